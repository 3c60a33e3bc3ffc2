"""Who a phrase refers to: entities by span, documents by their issuer, pronouns by the
previous speaker, bodies by their common noun ("the alliance")."""

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from app.extract.actors import (
    INSTITUTION_HEADS,
    NAME_PARTICLES,
    SHORT_FORM_WITH_STOP,
    STORM_WORDS,
    a_shipping_line,
    dateline_country,
    named_after_a_body_noun,
    names_a_profession,
    names_a_website,
    opens_with_a_body_acronym,
    opens_with_body_kind,
    set_beside_a_kind_of_place,
    set_off_name,
    source_noun_capitalised_for_its_place,
)
from app.extract.gazetteer import BODIES, BODY_BY_NOUN, CAPITAL_TO_COUNTRY, DEMONYM_TO_COUNTRY, body_for, country_for
from app.extract.lexicon import (
    ADMIN_UNIT_NOUNS,
    ARMED_GROUP_NOUNS,
    BACKING_WORDS,
    BODY_KIND_NOUNS,
    CUE_VERBS,
    DATA_NOUNS,
    FINDING_VERBS,
    FIRM_NAME_HEADS,
    GROUP_NOUNS,
    HONORIFICS,
    JURISDICTIONS,
    MILITARY_RANKS,
    MINISTRY_PORTFOLIOS,
    ORG_NOUNS,
    ORG_REFERENCE_NOUNS,
    PERSON_DESCRIPTOR_NOUNS,
    PERSON_REFERENCE_NOUNS,
    RANK_PARTS,
    SPEAKING_FOR_NOUNS,
    SPOKESPERSON_NOUNS,
    STATEMENT_NOUNS,
    TITLE_STOPS,
    TITLE_WORDS,
)
from app.extract.names import normalize_name
from app.extract.quotes import QuoteSpan
from app.extract.records import EntityRecord
from app.extract.records import Span as SpanRecord
from app.extract.roles import only_a_rank, role_before, title_class
from app.extract.text import according_source, age_described, age_named, doc_text

_NOT_SPEAKER_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "NORP", "LOC"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_OPENING_QUOTES = frozenset({'"', "“"})
_CLOSING_QUOTES = frozenset({'"', "”"})
GROUP_PRONOUNS = frozenset({"they", "them", "we"})
THING_PRONOUNS = frozenset({"it"})
_STOPS = frozenset({".", "!", "?"})
# Words that say a person is a woman or a man when written as their title or role, or right before
# their name ("Ms Ruiz", "the spokeswoman"): evidence for which "she" or "he" can refer to them.
_FEMALE_WORDS = frozenset(
    {
        "ms",
        "mrs",
        "miss",
        "madam",
        "madame",
        "dame",
        "lady",
        "queen",
        "princess",
        "duchess",
        "baroness",
        "empress",
        "spokeswoman",
        "chairwoman",
        "businesswoman",
        "congresswoman",
        "councilwoman",
        "policewoman",
        "sportswoman",
        "woman",
        "mother",
        "wife",
        "daughter",
        "sister",
        "grandmother",
        "widow",
        "girl",
        "actress",
        "aunt",
        "niece",
    }
)
_MALE_WORDS = frozenset({
    "mr", "sir", "lord", "king", "prince", "duke", "baron", "emperor",
    "spokesman", "chairman", "businessman", "congressman", "councilman", "policeman", "sportsman",
    "man", "father", "husband", "son", "brother", "grandfather", "widower", "boy", "uncle", "nephew",
})  # fmt: skip
# ("A woman who fled the camp told Reuters …", "a person familiar with the talks said …": no one named)
_UNNAMED_PERSON_NOUNS = PERSON_REFERENCE_NOUNS | _FEMALE_WORDS | _MALE_WORDS | {"person"}
_CLOSING_MARKS = frozenset({"”", '"', "''", "’"})
_PRONOUN_GENDER = {"she": "f", "her": "f", "he": "m", "him": "m"}
_ISSUING_VERBS = frozenset(["deliver", "issue", "publish", "release", "adopt", "sign", "put", "make", "send", "post"])
# Participles by which a body puts out a document or figures ("a report released by", "figures compiled by").
# (not "written", "signed", "sent" by: a person may write a body's letter)
_COMPILING_VERBS = frozenset({
    "issue", "publish", "release", "compile", "prepare", "produce", "conduct", "file", "commission", "carry",
    "collect", "gather", "provide", "analyse", "analyze",
})  # fmt: skip


# The media a news outlet's name is written before ("MRTV television", "NHK radio", "the Kathimerini newspaper").
_OUTLET_NOUNS = frozenset({"television", "tv", "radio", "channel", "newspaper", "station", "website"})


def _closing_mark_before(tok: Token) -> int:
    """The position of the closing quotation mark right before `tok` (past a comma), or -1."""
    i = tok.i - 1
    while i >= 0 and (tok.doc[i].text == "," or tok.doc[i].dep_ == "det" or tok.doc[i].dep_ == "amod"):
        i -= 1
    return i if i >= 0 and tok.doc[i].text in _CLOSING_MARKS else -1


def _noun_after_the_quotation(span: Span) -> Token | None:
    """ "“They went from house to house,” a woman who fled to the town told Reuters": the parser hung the noun
    after the closing mark on a verb inside the quotation and left the cue without a subject; that noun is it."""
    noun = next((t for t in span if t.pos_ == "NOUN" and t.dep_ not in {"pobj", "dobj"}), None)
    return noun if noun is not None and _closing_mark_before(noun) >= span.start else None


def _known_as_name(head: Token) -> Token | None:
    """The name a noun is given by "known as" after it ("the rescue group known as the White Helmets")."""
    known = next((c for c in head.children if c.dep_ == "acl" and c.lower_ == "known"), None)
    as_ = next((c for c in known.children if c.lower_ == "as"), None) if known is not None else None
    return next((c for c in as_.children if c.dep_ == "pobj"), None) if as_ is not None else None


def _all_capitals(sent: Span) -> bool:
    """ "POLICE SAY FIRE WAS ARSON": a line set in capitals, where a word in capitals is no acronym."""
    words = [t for t in sent if t.is_alpha and len(t) > 1]
    return sum(t.text.isupper() for t in words) * 2 > len(words)


def _name_words(name: str) -> set[str]:
    """A name's words as a noun referring back to it may write them: "the airline" is "Yeti Airlines"."""
    words = [w.lower() for w in re.findall(r"\w+", name)]
    central = {"central", "bank"} if _names_a_central_bank(name) else set()  # "the central bank": the Reserve Bank
    met = {"met"} if "meteorological" in words else set()  # "the met office": the Meteorological Office
    # ("the centre said" after "the US National Hurricane Center": a word in the other spelling)
    spelt = {_OTHER_SPELLING[w] for w in words if w in _OTHER_SPELLING}
    return {*words, *(w[:-1] for w in words if w.endswith("s") and len(w) > 3), *central, *met, *spelt}


# How copy writes the UN before one of its agencies ("the U.N. agency", "the UN agency").
_UN_WORDS = frozenset({"u.n.", "un", "united", "nations"})


def _subject_pronoun(possessive: Token) -> str:
    """ "he" for "his", "she" for "her": the pronoun a possessive stands for as a subject."""
    return "he" if possessive.lower_ == "his" else "she"


def _heads_the_name(noun: str, name: str) -> bool:
    """The noun is what the body's name names: its last word ("the bank": "World Bank"), the word before an "of",
    "for" or "on" ("the ministry": "Ministry of Health"), or before a country ("the police": "Police Scotland");
    not a word modifying another ("the government": not "Local Government Association"); "General" after it is said
    of it ("the directorate": "Directorate General of Health Services"); the word before an "and" joining a second
    body to it heads the name too ("the fire service": "Fire Service and Civil Defence")."""
    words = [w.lower() for w in re.findall(r"\w+", name)]
    forms = {noun, noun + "s", _OTHER_SPELLING.get(noun, noun)}
    return any(
        w in forms
        and (i == len(words) - 1 or words[i + 1] in {"of", "for", "on", "general", "and"} or country_for(words[i + 1]))
        for i, w in enumerate(words)
    )


# Words of bodies' names that British and American English spell differently (general English spelling).
_SPELLINGS = {"centre": "center", "organisation": "organization", "defence": "defense", "programme": "program"}
_OTHER_SPELLING = _SPELLINGS | {american: british for british, american in _SPELLINGS.items()}


# How central banks are named: "South African Reserve Bank", "European Central Bank", "Federal Reserve",
# "People's Bank of China", "Bank of Japan" (the bank of a country by its own name; not "Bank of America").
_CENTRAL_BANK = re.compile(r"\b(?:Reserve Bank|Central Bank|Federal Reserve|People['’]s Bank)\b|\bBank of (.+)$", re.I)


# Words an airline's name is written with ("Ethiopian Airlines", "British Airways"): the carrier ("Air France" by
# `_names_an_airline`).
_AIRLINE_WORDS = frozenset({"airlines", "airways", "airline"})


def _names_an_airline(name: str) -> bool:
    """ "Ethiopian Airlines", "Kenya Airways", "Air France": an airline's name (not "the Indian Air Force")."""
    words = name.lower().split()
    return bool(_AIRLINE_WORDS & set(words)) or (words[:1] == ["air"] and "force" not in words)


def _names_a_central_bank(name: str) -> bool:
    match = _CENTRAL_BANK.search(name)
    if match is None or match.group(1) is None:
        return match is not None
    return (country_for(match.group(1)) or "").casefold() == match.group(1).casefold()  # (the country's own name)


# Nouns for a company, which copy narrows by the company's nationality ("the Danish company", "the German carrier").
_COMPANY_NOUNS = frozenset({
    "company", "firm", "carrier", "lender", "insurer", "airline", "operator", "shipper", "miner", "producer",
    "retailer", "manufacturer", "maker", "automaker", "carmaker", "drugmaker", "conglomerate", "utility",
})  # fmt: skip
# Nouns for a body of any kind, and the words that say what such a body works on ("the rights group",
# "the aid agency", "the medical charity"): general English vocabulary of news copy.
_GENERIC_BODY_NOUNS = frozenset({"group", "organisation", "organization", "charity", "agency", "network", "coalition"})
# Arms of a state, which no word for a body of that generic kind stands for ("the group" is not the police).
_ARMS_OF_STATE = frozenset({"police", "army", "navy", "military", "junta", "court", "embassy", "government"})
_LINES_OF_WORK = frozenset({
    "rights", "aid", "relief", "humanitarian", "advocacy", "activist", "campaign", "medical", "environmental",
    "conservation", "lobby", "monitoring", "research", "charity", "nonprofit", "non-profit", "watchdog",
})  # fmt: skip
# What a body runs that news reports as speaking for it ("the USGS's PAGER system estimated", "the bank's model
# showed", "the agency's tracker recorded"): general English.
_INSTRUMENT_NOUNS = frozenset({"system", "model", "tracker", "dashboard", "database", "monitor", "tool", "platform"})
# Words for the kind of armed body a group is ("the militant group", "the rebel group"): general English of conflict
# reporting (who stands behind it, "the Iran-backed group", is lexicon.BACKING_WORDS).
_ARMED_KINDS = frozenset({
    "militant", "armed", "rebel", "jihadist", "extremist", "paramilitary", "insurgent", "separatist", "islamist",
    "terrorist", "guerrilla", "militia", "resistance",
})  # fmt: skip
# Kinds of body a second reference names by their type: "the ministry" is no body the sentence before is
# about unless its name says ministry (generic "the agency", "the group", "the company" may be any).
_TYPED_BODY_NOUNS = frozenset({
    "ministry", "department", "government", "administration", "army", "navy", "police", "court", "embassy",
    "junta", "party", "committee", "commission", "council", "mission", "university", "campaign", "newspaper",
    "paper", "magazine", "channel", "union",
})  # fmt: skip

_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:['’-][A-Z]?[a-z]+)*|[A-Z]['’][A-Z][a-z]+")


def _may_be_armed(name: str) -> bool:
    """A body's name that may be an armed group's: one the gazetteer knows as one, or one it does not know that names
    no government body ("ministry", "army", "police")."""
    if body_for(name) is not None:
        return _known_armed(name)
    return not _name_words(name) & _TYPED_BODY_NOUNS


def _known_armed(name: str) -> bool:
    """A body the gazetteer knows as an armed group ("Hezbollah", "the Houthi movement")."""
    known = body_for(name)
    return known is not None and BODIES[known][1] == "armed group"


def _names_with(word: Token) -> bool:
    """A capitalised adjective that is not a country's demonym, as the first word of a name."""
    return word.pos_ == "ADJ" and word.text[:1].isupper() and word.lower_ not in DEMONYM_TO_COUNTRY


# Determiners that make a subject no one in particular ("no other official", "every senator", "any
# candidate"; not "the other candidate", "another pollster, Ana Ruiz")
_NO_ONE_IN_PARTICULAR = frozenset({"no", "any", "every", "each"})


# Verbs of asking someone: the next pronoun quoted is the one asked, answering.
_ASKING_VERBS = frozenset({"ask", "press", "quiz"})


def _subjects_above(head: Token) -> Iterator[tuple[Token, Token]]:
    """The verbs above `head`, nearest first, that have a subject before it, with that subject."""
    for verb in head.ancestors:
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < head.i), None)
        if subj is not None:
            yield verb, subj


def _known_as(head: Token) -> list[Token]:
    """The name in "the UN agency for Palestinian refugees, known as UNRWA,": a name given to the phrase
    `head` heads, by a participle on it or on a noun in it."""
    return [
        name
        for t in _phrase_tokens(head)
        for known in t.children
        if known.dep_ == "acl" and known.lower_ in {"known", "called"}
        for as_ in known.children
        if as_.lower_ == "as"
        for name in as_.children
        if name.dep_ == "pobj"
    ]


def _first_name_given(head: Token) -> list[Token]:
    """The name in "a resident, who gave only her first name, Rima,": a relative clause on the phrase
    `head` heads, in which the person gives a name, set beside the word "name"."""
    return [
        name
        for t in _phrase_tokens(head)
        for clause in t.children
        if clause.dep_ == "relcl"
        for noun in clause.subtree
        if noun.lemma_.lower() == "name" and noun.pos_ == "NOUN"
        for name in noun.children
        if name.dep_ == "appos" and name.pos_ == "PROPN"
    ]


def _no_one_in_particular(tok: Token) -> bool:
    """A noun (or a word of its name) under "no", "any", "every" or "each"."""
    noun = tok.head if tok.dep_ == "compound" else tok
    return any(c.lower_ in _NO_ONE_IN_PARTICULAR for c in noun.children if c.i < noun.i)


# The parts a body sends or sets up to speak for it ("the EU's observer mission", "the UN's team").
_ORG_PART_NOUNS = frozenset({"mission", "delegation", "team", "panel", "secretariat"})
# Parts of a body by place or line of work ("its Africa office", "its regional bureau", "its armed wing").
_BRANCH_NOUNS = frozenset({"office", "branch", "bureau", "division", "unit", "arm", "wing", "chapter", "affiliate"})
# What governs a country or runs a body, spoken for by its owner ("its government said", "their leadership said").
_GOVERNING_NOUNS = frozenset({"government", "administration", "cabinet", "leadership", "authorities"})
# Title classes (roles.title_class) of those who head a government ("his government": theirs).
_LEADER_TITLES = frozenset({"leader", "prime minister"})


def _person_like(name: str, surname: str) -> bool:
    """A two- or three-word name of capitalised words ending in `surname` ("Brett O’Donnell")."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and normalize_name(words[-1]) == surname


_CLAUSES = frozenset({"acl", "relcl", "ccomp", "xcomp", "advcl", "csubj"})


def _affiliation_tokens(head: Token) -> list[Token]:
    """The words of a person noun's phrase that can name the body the person is from: its
    modifiers ("a UN spokesman", "the ministry's spokesman") and an "at/from/of/for/with/in"
    phrase ("economists at Goldman Sachs"); not a clause describing them ("economists polled by
    Reuters")."""
    out = []
    for child in head.children:
        if child.dep_ in {"compound", "amod", "poss", "nmod", "appos"} or (
            child.dep_ == "prep" and child.lower_ in {"at", "from", "of", "for", "with", "in"}
        ):
            out += [t for t in child.subtree if not any(_hyphened_modifier(a) for a in [t, *t.ancestors])]
    return out


def _published(noun: Token) -> bool:
    """The noun is what its verb's subject published ("published a report", "issued a statement")."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in {"publish", "release", "issue", "put"}


def _untagged_acronym(tok: Token) -> bool:
    """An acronym the recogniser left untagged ("LSEG" in "LSEG data"), in a sentence not all in capitals."""
    return (
        tok.pos_ == "PROPN"
        and tok.ent_type_ == ""
        and len(tok.text) >= 3
        and tok.text.isupper()
        and tok.text.isalpha()
        and not re.fullmatch(r"[IVXLC]+", tok.text)  # ("Section III")
        and not (tok.i > 0 and tok.doc[tok.i - 1].text == "-" and not tok.doc[tok.i - 1].whitespace_)  # ("G-III")
        and not _all_capitals(tok.sent)
    )


def _name_set_off_as_a_modifier(head: Token) -> Token | None:
    """ "The national water commission, Conagua, said": a name set off by commas right after the noun, which the
    parser hung on it as a modifier rather than in apposition."""
    doc = head.doc
    for c in head.rights:
        if c.dep_ != "npadvmod" or c.pos_ != "PROPN" or c.left_edge.i != head.i + 2:
            continue
        if doc[head.i + 1].text == "," and c.right_edge.i + 1 < len(doc) and doc[c.right_edge.i + 1].text == ",":
            return c
    return None


def _hyphened_modifier(tok: Token) -> bool:
    """The first part of a hyphened modifier ("the Geneva-based agency", "a US-led coalition"): where
    the body is, or who leads it, not the body a person speaks for."""
    if tok.i + 2 >= len(tok.doc) or tok.doc[tok.i + 1].text != "-" or tok.whitespace_:
        return False
    second = tok.doc[tok.i + 2]
    # the parser hangs the first part on the second ("US-led" → led) or, beside it, on the noun
    # both modify ("a UN-backed hunger monitor": UN and backed both on monitor)
    return (
        second.tag_ in {"VBN", "VBG", "JJ"}
        and second.dep_ in {"amod", "compound"}
        and (tok.head == second or tok.head == second.head)
    )


def _source_written(noun: Token) -> bool:
    """Whether a document's phrase says whom it is from ("by …", "from …", "provided by …")."""
    return any(
        (c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "from"})
        or (c.dep_ == "acl" and any(a.dep_ == "agent" for a in c.children))
        for c in noun.children
    )


def _apposed(tok: Token, lemma: str) -> bool:
    """Whether a name's word stands in apposition to a noun of this kind ("the teachers' union, SUTEBA,",
    "SUTEBA, the largest union,")."""
    if tok.dep_ == "appos" and tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() == lemma:
        return True
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() == lemma for c in tok.children)


def _phrase_tokens(head: Token) -> list[Token]:
    """The noun phrase a head word heads, without the clauses hung on it ("tally sheets showing that
    Ana Ruiz won" is about the sheets, not about Ana Ruiz)."""
    out = [head]
    for child in head.children:
        if child.dep_ not in _CLAUSES:
            out.extend(_phrase_tokens(child))
    return out


def _after_compounds(head: Token, start: int, of: Token | None = None) -> int:
    """The first word of the run of proper-noun compounds right before `start` in the head's sentence (only
    those on `of`, when given): where a name written before the head begins."""
    doc = head.doc
    while start > head.sent.start and (of is None or doc[start - 1].head == of):
        prev = doc[start - 1]
        # ("Luca di Stefano told reporters": a surname's particle, with the given name before it)
        particle = prev.lower_ in NAME_PARTICLES and prev.text.islower() and start - 2 >= head.sent.start
        named_before = particle and doc[start - 2].pos_ == "PROPN" and doc[start - 2].text[:1].isupper()
        if not named_before and not (prev.pos_ == "PROPN" and prev.dep_ == "compound"):
            break
        start -= 1
    return start


# Documents of research, whose demonym says where their authors work, not that a state published them.
_RESEARCH_NOUNS = frozenset({"study", "survey", "analysis", "paper", "research", "poll", "review"})


# People named by whom they back or oppose ("a Trump supporter", "Ruiz's critics"): general English.
_FOLLOWER_NOUNS = frozenset({
    "supporter", "voter", "fan", "critic", "opponent", "backer", "loyalist", "detractor", "follower", "donor", "foe",
})  # fmt: skip

# Prepositions that name one of some people ("critics like Huffman", "backers such as …", "donors including …").
_NAMING_ONE = frozenset({"like", "such", "including"})

# Words that make a title another office or a past one: "the deputy health minister" is not "the health minister".
_RANK_QUALIFIERS = frozenset({"former", "deputy", "vice", "acting", "assistant", "interim", "associate", "executive"})


# How many sentences back "the 43-year-old" looks for the person it describes again.
_AGE_REACH = 3


# The level of government a place noun owning a title is ("the region's governor": the regional one).
_JURISDICTION_NOUNS = {"region": "regional", "province": "provincial", "state": "state", "county": "county"}


def _of_the_jurisdiction(title: Token) -> str | None:
    """ "the region's governor", "the province's governor": the level a definite place noun owning `title` names."""
    for owner in (c for c in title.children if c.dep_ == "poss"):
        if owner.lower_ in _JURISDICTION_NOUNS and any(d.dep_ == "det" and d.lower_ == "the" for d in owner.children):
            return _JURISDICTION_NOUNS[owner.lower_]
    return None


def _introduced_by_age(tok: Token, age: str) -> bool:
    """ "A 40-year-old man": `tok` is the "old" of someone introduced, not named, by that age."""
    if tok.lower_ != "old" or tok.i < 4 or age_named(tok) is not None:
        return False
    return tok.doc[tok.i - 2].lower_ == "year" and tok.doc[tok.i - 4].text == age


# Words that make a report the press's or hearsay ("local media reports", "news reports", "unconfirmed reports").
_PRESS_WORDS = frozenset({"media", "news", "press", "newspaper", "unconfirmed", "witness", "eyewitness"})


def _reports_at_large(noun: Token) -> bool:
    """Reports with no one's name: plural with no determiner or possessor ("according to reports"), or written as the
    press's or witnesses' ("local media reports", "news reports", "unconfirmed reports")."""
    words = {c.lower_ for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}}
    determined = any(c.dep_ in {"det", "poss"} for c in noun.children)
    return bool(words & _PRESS_WORDS) or (noun.tag_ == "NNS" and not determined)


# Words for a part of a group, unnamed ("Some of the miners said", "Many told reporters", "Others said").
_SOME_OF_A_GROUP = frozenset({"some", "many", "several", "most", "few", "others"})


@dataclass
class SpeakerResolver:
    doc: Doc
    entities: list[EntityRecord]
    quotes: list[QuoteSpan] = field(default_factory=list)  # the article's quoted spans (quotes.find_quotes)
    by_token: dict[int, str] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)  # entity key -> role words, lowercased
    names: dict[str, str] = field(default_factory=dict)  # entity key -> name, lowercased
    role_references: set[str] = field(default_factory=set)  # keys of "the NATO chief"-style entities
    issuers: list[tuple[int, str]] = field(default_factory=list)  # (char offset, entity key)
    history: list[str] = field(default_factory=list)  # speakers in reading order
    _genders: dict[str, str | None] = field(default_factory=dict)
    _evidence: dict[str, set[str]] | None = None
    _evidence_tokens: int = 0  # how many named tokens the evidence was read over (names found later add some)
    _chain: int = 0  # how many sentences back a pronoun is being followed through "He said …" sentences

    def __post_init__(self) -> None:
        self.role_references = {e.key for e in self.entities if e.is_role_reference}
        for entity in self.entities:
            self.kinds[entity.key] = entity.kind
            self.roles[entity.key] = " ".join(filter(None, [entity.role, entity.role_title])).lower()
            self.names[entity.key] = entity.name.lower()
            for mention in entity.mentions:
                span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is not None:
                    for tok in span:
                        self.by_token.setdefault(tok.i, entity.key)
        self._find_issuers()

    def _acronym_named(self, tok: Token) -> str | None:
        """The body an acronym in capitals names, when the article names that body ("WHO" for the World
        Health Organization)."""
        acronym = body_for(tok.text)
        key = f"org:{acronym.casefold()}" if acronym else None
        return key if key is not None and self.kinds.get(key) == "organization" else None

    def _body_by_noun(self, noun: Token) -> str | None:
        """ "the group said" after "Amnesty International": the one body of that kind named before it. Not
        "a rights group said", which brings in a body of its own (nor one named only later: "At least 23 were
        killed, a rights group said. … Amnesty International said …")."""
        if any(c.dep_ == "det" and c.lower_ in {"a", "an", "another"} for c in noun.children):
            return None
        bodies = {a.upper() for a in BODY_BY_NOUN.get(noun.lemma_.lower(), [])}
        present = [
            e
            for e in self.entities
            if e.kind == "organization"
            and e.key.removeprefix("org:").upper() in bodies
            and any(m.start < noun.idx for m in e.mentions)
        ]
        if len(present) != 1:
            return None
        # "The Police Reform Working Group, which includes Amnesty International Kenya, said …. The group said": the
        # body the sentence before is about, when its name holds the noun or the known body was named only inside
        # its description
        subject = self._subject_before(noun, None)
        about = self.body_before(noun) if subject is not None else None
        if subject is not None and about is not None and about != present[0].key:
            inside = range(subject.left_edge.idx, subject.right_edge.idx + 1)
            words = _name_words(self.names[about])
            if noun.lemma_.lower() in words or all(
                m.start in inside for m in present[0].mentions if m.start < noun.idx
            ):
                return about
            if (
                noun.lemma_.lower() in _GENERIC_BODY_NOUNS
                and not words & _TYPED_BODY_NOUNS
                and not body_for(self.names[about])
            ):
                # "The WHO praised … The U.S. Centers for Disease Control said it was monitoring … The risk was low,
                # the agency said": a body the sentence before is about, of no other kind, over the known one
                return about
        return present[0].key

    def _find_issuers(self) -> None:
        for tok in self.doc:
            if tok.lemma_.lower() not in STATEMENT_NOUNS:
                continue
            issuer = self._modifier_entity(tok)
            if issuer is None and tok.dep_ in {"dobj", "nsubjpass"} and tok.head.lemma_ in _ISSUING_VERBS:
                subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
                issuer = self.entity_in(subj) if subj is not None else None
            verb = tok.head.head
            if issuer is None and tok.dep_ == "pobj" and tok.head.lower_ == "in" and verb.lemma_.lower() in CUE_VERBS:
                # "In a statement, the ministry said …": whoever said it issued it
                subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                issuer = self.entity_in(subj) if subj is not None and subj.pos_ != "PRON" else None
            if issuer:
                self.issuers.append((tok.idx, issuer))

    def _source_of_the_same_data(self, head: Token) -> str | None:
        """ "the data", "the figures" with nothing else on them: the source of the same data named in the sentence
        before (by the same noun), if any."""
        if [c.lower_ for c in head.children if c.i < head.i] != ["the"] or head.sent.start == 0:
            return None
        named = [t for t in self.doc[head.sent.start - 1].sent if t.lemma_ == head.lemma_]
        return self._modifier_entity(named[-1]) if named else None

    def _body_by_its_name(self, tok: Token) -> str | None:
        """The article's organisation whose whole name is this one word."""
        word = tok.text.casefold()
        return next(
            (k for k, name in self.names.items() if name.casefold() == word and self.kinds.get(k) == "organization"),
            None,
        )

    def _modifier_entity(self, noun: Token) -> str | None:
        """Who a document or a set of figures is from: "UN figures", "the ministry's statement", "a
        report by/from X", "figures compiled by X", "a report released by X"."""
        for child in noun.children:
            if (
                child.dep_ in {"compound", "poss", "amod", "nmod"}  # ("Bank of Ghana data": nmod)
                and child.i in self.by_token
                and not _hyphened_modifier(child)
            ):
                return self.by_token[child.i]  # (not "a UN-backed assessment": the UN backs it, another body made it)
            if (body := self._body_of_the_possessors(child)) is not None:
                return body  # "a U.N. experts' report": the experts' body
            if child.dep_ == "compound" and child.pos_ == "PROPN" and (body := self._body_by_its_name(child)):
                return body  # "according to Indec figures": a body named before, tagged otherwise here
            if child.dep_ == "compound" and _untagged_acronym(child) and (named := self._named(child)) is not None:
                return (
                    named  # "according to LSEG data", "a POLITICO analysis of …": a body the recogniser left untagged
                )
            # (figures as a subject that shows something, not a speaker's: "some party figures concluded" are people)
            shows = FINDING_VERBS - {"find", "conclude"} | {"put", "say"}  # (what figures do; people find, conclude)
            showing = noun.dep_ not in {"nsubj", "nsubjpass"} or noun.head.lemma_.lower() in shows
            if (
                showing
                and child.dep_ in {"compound", "poss"}
                and child.pos_ == "NOUN"
                and child.lemma_.lower() in ORG_REFERENCE_NOUNS
            ):
                # "according to ministry figures", "according to the office's data": the ministry or office named
                # before (one whose name holds the noun)
                body = self._nominal(child, definite=True)
                if body is not None and child.lemma_.lower() in _name_words(self.names.get(body, "")):
                    return body
            # (not research: "a Saudi study" is by researchers of that country, not its state)
            research = noun.lemma_.lower() in _RESEARCH_NOUNS
            country = DEMONYM_TO_COUNTRY.get(child.lower_) if child.dep_ == "amod" and not research else None
            if country and f"place:{country.casefold()}" in self.kinds:
                return f"place:{country.casefold()}"  # "according to Israeli tallies": Israel's, when named
            if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in _COMPILING_VERBS:
                agent = next((c for c in child.children if c.dep_ == "agent"), None)
                obj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
                if (found := self.entity_in(obj)) is not None:
                    return found
            if child.dep_ in {"prep", "agent"} and child.lower_ in {"of", "from", "by"}:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        found = self.entity_in(obj) or self._body_named_after_its_kind(obj)
                        if found:
                            return found
        return None

    def _body_named_after_its_kind(self, tok: Token) -> str | None:
        """ "an estimate by the risk modelling firm Verisk": a one-word name the recogniser left untagged, written
        right after a lowercase noun for a kind of body (which the tagger may read as an adjective), is that body."""
        if tok.pos_ != "PROPN" or tok.ent_type_ or tok.i in self.by_token:
            return None
        return self._named(tok) if named_after_a_body_noun(self.doc[tok.i : tok.i + 1]) else None

    def _body_of_the_possessors(self, owner: Token) -> str | None:
        """The body or country written on a possessor that is a common noun ("U.N." in "a U.N. experts' report")."""
        if owner.dep_ != "poss" or owner.pos_ != "NOUN" or owner.i in self.by_token:
            return None
        return next(
            (
                self.by_token[c.i]
                for c in owner.children
                if c.dep_ in {"compound", "amod", "nmod"}
                and self.kinds.get(self.by_token.get(c.i, "")) in {"organization", "place"}
            ),
            None,
        )

    def entity_in(self, head: Token | None) -> str | None:
        """The entity a noun phrase headed by `head` refers to."""
        if head is None:
            return None
        country = CAPITAL_TO_COUNTRY.get(head.lower_)
        if country and f"place:{country.casefold()}" in self.kinds:
            return f"place:{country.casefold()}"  # "Warsaw said": the government, not the city
        if head.i in self.by_token:
            return self.by_token[head.i]
        if (known := _known_as_name(head)) is not None and known.i in self.by_token:
            return self.by_token[known.i]  # "the rescue group known as the White Helmets": the group named
        lemma = head.lemma_.lower()
        if lemma in STATEMENT_NOUNS:
            found = self._modifier_entity(head)
            if found is None and _published(head):
                # "the mission … published a report accusing …": the mission's (its publisher, if the parse shows it;
                # not the last body that issued a statement)
                publisher = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
                return self.resolve(publisher) if publisher is not None else None
            if found is None and _source_written(head):
                return None  # "a document provided by Nunberg's lawyer": its source, unnamed, not the last issuer
            if found is None and _reports_at_large(head):
                return None  # "according to local media reports": the press at large, not the last issuer
            return found or self.last_issuer(head.idx)
        if lemma in DATA_NOUNS | _INSTRUMENT_NOUNS and (source := self._modifier_entity(head)) is not None:
            # "according to figures compiled by Reuters", "estimates by the IRC"; "The U.S. Geological Survey's PAGER
            # system estimated …": the body that runs it
            return source
        if lemma in DATA_NOUNS and (source := self._source_of_the_same_data(head)) is not None:
            return source  # "…, ministry data showed. Wheat accounted for 1.4 million tons, the data showed"
        if (
            lemma in DATA_NOUNS
            and head.pos_ == "NOUN"
            and any(c.dep_ == "poss" and c.lower_ == "its" for c in head.children)
        ):
            # "The central bank has bought more than $20 billion …, according to its own figures": the body the
            # sentence is about, the nearest subject before (not "the opposition, which said its own tally showed …")
            subjects = [self.by_token.get(t.i) for t in head.sent if t.dep_ in {"nsubj", "nsubjpass"} and t.i < head.i]
            if subjects and subjects[-1] and self.kinds.get(subjects[-1]) == "organization":
                return subjects[-1]
        if lemma == "office" and head.pos_ == "NOUN" and (holder := self._office_holder(head)) is not None:
            return holder  # "Her office said", "the mayor's office said": the person the office speaks for
        its = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}), None)
        if its is not None and lemma in _ORG_PART_NOUNS | _BRANCH_NOUNS and head.pos_ == "NOUN":
            # "The WHO said … . Its Africa office said …": the body the sentence before is about
            body = self._previous_subject("it", head, None)
            if body is not None and self.kinds.get(body) == "organization":
                return body
        if (
            its is not None
            and (lemma in _GOVERNING_NOUNS or head.lower_ in _GOVERNING_NOUNS)
            and head.pos_ == "NOUN"
            # (not "…, according to their governments": the soldiers' several countries; but "its authorities")
            and not (head.tag_ == "NNS" and head.lower_ not in _GOVERNING_NOUNS)
        ):
            # "Indonesia is not a signatory …, and its government says …": the country (or body) "its" stands for
            subjects = [
                self.by_token[t.i]
                for t in head.sent
                if t.i < its.i and t.dep_ in {"nsubj", "nsubjpass"} and t.i in self.by_token
            ]
            governed = subjects[-1] if subjects else self.resolve(its)
            if governed is not None and self.kinds.get(governed) in {"place", "organization"}:
                return governed
        his = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in {"his", "her"}), None)
        if his is not None and lemma in {"government", "administration"} and head.pos_ == "NOUN":
            # "President Javier Milei … His government says …": the country whose leader "his" stands for
            pronoun = _subject_pronoun(his)
            if (country := self._led_country(self._previous_subject(pronoun, head, None))) is not None:
                return country
        if lemma in _ORG_PART_NOUNS | _BRANCH_NOUNS and (head.pos_ == "NOUN" or head.text.islower()):  # ("secretariat")
            # ("the Red Crescent's Libya branch said": a branch by its owner's name; not "the Libya branch" alone)
            links = {"poss", "compound"} if lemma in _ORG_PART_NOUNS else {"poss"}
            owner = next((c for c in head.children if c.dep_ in links and c.i in self.by_token), None)
            if owner is not None and self.kinds.get(self.by_token[owner.i]) == "organization":
                return self.by_token[owner.i]  # "the European Union's observer mission said": the EU's mission
        if lemma in BODY_BY_NOUN:
            body = self._body_by_noun(head)
            if body:
                return body
        owned = any(t.dep_ == "poss" for c in head.lefts for t in c.subtree)
        if lemma in ORG_REFERENCE_NOUNS and head.pos_ == "NOUN" and owned and (body := self._body_named_on(head)):
            return body  # "Khan's Pakistan Tehreek-e-Insaf (PTI) party said": the body named on the noun, not its owner
        if head.lower_ in ARMED_GROUP_NOUNS and head.tag_ == "NNS" and (fought := self._body_of_its_fighters(head)):
            return fought  # "Opposition fighters of the National Unity Government announced …": the body they fight for
        # "a Trump supporter", "Ruiz's critics", "supporters of Ana Ruiz": not the person they follow or oppose (but
        # "critics like Huffman say": one of them)
        followed: set[int] = set()
        if lemma in _FOLLOWER_NOUNS and head.i not in self.by_token:
            whose = [
                c
                for c in head.children
                if c.dep_ in {"compound", "poss", "nmod"} or (c.dep_ == "prep" and c.lower_ not in _NAMING_ONE)
            ]
            followed = {t.i for c in whose for t in c.subtree}
        for tok in _phrase_tokens(head):
            if tok.i in followed:
                continue
            if tok.i in self.by_token and self.kinds.get(self.by_token[tok.i]) in {"person", "group"}:
                return self.by_token[tok.i]
        # "Trafigura, the trader that operates the vessel, said": the parser made the description the subject
        return self._name_described_first(head) or self._nominal(head)

    def _body_of_its_fighters(self, fighters: Token) -> str | None:
        """The body or armed group an "of" after fighters names ("fighters of the National Unity Government")."""
        of = next((c for c in fighters.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        key = self.by_token.get(owner.i) if owner is not None else None
        return key if key is not None and self.kinds.get(key) in {"organization", "group"} else None

    def _office_holder(self, office: Token) -> str | None:
        """The person an office speaks for: its possessor, a person named ("Ruiz's office"), a pronoun for the
        person its sentence names first or the sentence before is about ("her office"), or a title held by a person
        named before ("the mayor's office"); None for anyone else ("the prosecutor's office", no prosecutor named)."""
        holder = next((c for c in office.children if c.dep_ == "poss"), None)
        if holder is None:
            return None
        if holder.lower_ in {"his", "her"}:
            pronoun = _subject_pronoun(holder)
            # (the person the sentence names first: "Emanuel told reporters that his office would stop …")
            key = self._fitting(pronoun, self._in_sentence(pronoun, office)) or self._fitting(
                pronoun, self._previous_subject(pronoun, office, None)
            )
        elif holder.pos_ == "NOUN" and holder.lemma_.lower() in TITLE_WORDS:
            key = self._nominal(holder, definite=True)
        else:
            key = self.by_token.get(holder.i)
        return key if key is not None and self.kinds.get(key) == "person" else None

    def _whose_words_are_reported(self, head: Token) -> str | None:
        """The person "his"/"her" before a spokesman stands for when the spokesman's words tell of that person ("Ana
        Ruiz will not attend, her spokeswoman said"): the subject of the clause reported, if a person it fits."""
        whose = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in {"his", "her"}), None)
        if whose is None or head.dep_ != "nsubj":
            return None
        reported = next((c for c in head.head.children if c.dep_ == "ccomp" and c.i < head.i), None)
        subj = next((c for c in reported.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if reported else None
        key = self.by_token.get(subj.i) if subj is not None else None
        if subj is not None and (key is None or self.kinds.get(key) != "person"):
            # "The U.N. secretary-general, Antonio Guterres, called for restraint, his spokesman said": the person
            # named in apposition to the subject's title
            named = next((c for c in subj.children if c.dep_ == "appos" and c.i in self.by_token), None)
            key = self.by_token.get(named.i) if named is not None else None
        if key is None or self.kinds.get(key) != "person":
            return None
        return self._fitting(_subject_pronoun(whose), key)

    def _nominal(self, head: Token, *, definite: bool = False) -> str | None:
        """A second reference by a common noun: "the senator" is the last person named before
        it whose role holds that noun (else the last person named, if a title or a person noun);
        "the ministry" the last organisation named whose name holds it; "a ministry spokesman"
        the organisation he speaks for."""
        lemma = head.lemma_.lower()
        if head.pos_ != "NOUN" and not (head.pos_ == "PROPN" and head.text.islower()):
            return None  # the small model tags some lowercase titles ("the senator") PROPN
        if lemma in SPOKESPERSON_NOUNS:
            bodies = []
            # "a company spokesman": the company named before, as "the company" would be (a spokesperson speaks for
            # the body; not "a senior administration official", "party strategists"; not one named in apposition:
            # "a company spokeswoman, Ana Ruiz,")
            for_body = head.lower_ in SPEAKING_FOR_NOUNS and not any(c.dep_ == "appos" for c in head.children)
            for tok in _affiliation_tokens(head):
                key = self.by_token.get(tok.i)
                at = tok.dep_ == "pobj" and tok.head.head == head and tok.head.lower_ in {"at", "from", "with"}
                firm = tok.ent_type_ == "PRODUCT" or (tok.ent_type_ == "" and tok.tag_ == "NNPS")
                if key is None and at and tok.pos_ == "PROPN" and firm:
                    # "analysts at Lagos-based CSL Stockbrokers said": a name after "at" the recogniser took for a
                    # product (or left out, with a plural in it) is the body the analysts work at
                    key = self._named(tok)
                if key is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in ORG_REFERENCE_NOUNS:
                    # "a spokesman for the group": the body "the group" refers to
                    key = self._nominal(tok, definite=for_body and tok.dep_ == "compound" and tok.head == head)
                if key and self.kinds.get(key) in {"organization", "place"}:
                    bodies.append(key)
            # (the body over the place that owns it: "a spokesperson for Sudan's health ministry")
            body = next((k for k in bodies if self.kinds.get(k) == "organization"), bodies[0] if bodies else None)
            if body is not None:
                return body
            # (by a pronoun or a name; "the prime minister's spokesman" is left to the title's own reading)
            whose = next((c for c in head.children if c.dep_ == "poss"), None)
            by_name = whose is not None and (whose.lower_ in {"his", "her"} or whose.pos_ == "PROPN")
            holder = self._whose_words_are_reported(head) or self._office_holder(head) if for_body and by_name else None
            if holder is not None:
                return holder  # "Guterres will visit next week, his spokesman said": he speaks for Guterres
            bare = not any(c.dep_ in {"prep", "compound", "amod", "poss", "nmod"} for c in head.children)
            if head.lower_ in SPEAKING_FOR_NOUNS and bare:
                # "Jet2 said it had cancelled flights. “…,” a spokesperson said": the body just named
                body = self.body_before(head)
                if body is not None:
                    return body
        if lemma in _OUTLET_NOUNS and (body := self._body_named_on(head)) is not None:
            return body  # "MRTV television said", "NHK radio reported": the outlet named before its medium
        if lemma in ORG_REFERENCE_NOUNS:
            if (body := self._body_named_on(head)) is not None:
                return body  # "the MK party", "the Wagner group": a body's name written as a modifier of its kind
            if (body := self._body_named_right_after(head)) is not None:
                return body  # "according to the space research agency INPE.", the name parsed as a verb
            whose = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in {"his", "her"}), None)
            people = [self.by_token[i] for i in range(head.sent.start, head.i) if i in self.by_token]
            people = [k for k in people if self.kinds.get(k) == "person" and k not in self.role_references]
            owner = people[-1] if people else None  # (the person named before in the sentence)
            if whose is not None and (body := self._persons_own_body(owner, lemma)) is not None:
                return body  # "X, chairman of the United National Movement party, was beaten, his party said"
            if whose is not None and lemma == "office" and owner is not None:
                # "President Mahamat Deby launched an operation, his office said": his office speaks for him, as
                # "Rishi Sunak's office said" and "Mayor Tom Green … The mayor's office said" do
                return owner
            if whose is not None and lemma == "office" and head.tag_ == "NN" and head.dep_ == "nsubj":
                # "“…,” Türk said in a statement. His office said …": the person the sentence before is about
                pronoun = _subject_pronoun(whose)
                quoted = self._quoted_run_before(head)
                key = self._office_holder(head) or (
                    self._fitting(pronoun, self._previous_subject(pronoun, head, quoted))
                    if quoted is not None
                    else None
                )
                return key if key is not None and self.kinds.get(key) == "person" else None
            # (through a lowercase kind of work: "the Syrian Observatory monitoring group")
            mods = [c for c in head.children if c.dep_ == "compound"]
            mods += [g for c in mods if c.pos_ == "NOUN" for g in c.children if g.dep_ == "compound"]
            untagged = [
                c for c in mods if c.pos_ == "PROPN" and c.i not in self.by_token and c.ent_type_ in {"", "PRODUCT"}
            ]
            key = self._named(untagged[-1]) if untagged and head.tag_ == "NN" else None
            if key is not None and self.kinds.get(key) == "organization":
                return key  # "according to the Airwars monitoring group": the name the tagger missed
        definite = definite or any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in head.children)
        # ("the region's governor": a title owned by a place the story named is as definite as "the governor")
        definite = definite or (lemma in PERSON_REFERENCE_NOUNS and _of_the_jurisdiction(head) is not None)
        if not definite and lemma in PERSON_REFERENCE_NOUNS and (titled := self._headline_title(head)) is not None:
            return titled  # "…, says planning minister" over "Planning Minister Ahsan Iqbal said …"
        if not definite and lemma in ORG_REFERENCE_NOUNS and (body := self._headline_body(head)) is not None:
            return body  # "Kyiv hit by largest drone attack, air force says" over "Ukraine's air force said …"
        owned = any(c.dep_ == "poss" for c in head.children)  # ("Kenya's human rights body")
        if head.tag_ == "NN" and ((owned and lemma in ORG_REFERENCE_NOUNS) or lemma == "body") and (owned or definite):
            return self._body_named_next(head)  # (no "body" named before: "the body" alone is no name's word)
        if not definite:
            return None
        earlier = [self.by_token[i] for i in range(head.i - 1, -1, -1) if i in self.by_token]
        if head.tag_ == "NNS":
            # "Palestinian health officials said … . Of those killed, 23 were from one family, the officials
            # said": the group named before by the same plural noun
            same = (k for k in earlier if self.kinds.get(k) == "group" and self.names[k].split()[-1:] == [head.lower_])
            if (group := next(same, None)) is not None:
                return group
        if lemma in PERSON_REFERENCE_NOUNS and head.tag_ == "NNS":
            return None  # "The presidents of Chile and Guatemala questioned …": several people, not the one president
        if lemma in PERSON_REFERENCE_NOUNS:
            people = [k for k in earlier if self.kinds.get(k) == "person"]
            wanted = {lemma, title_class([lemma])} - {""}
            # a title narrowed by a title word of its own must be held whole: "the prime minister" is not the
            # health minister named before
            narrowed = title_class([c.lower_ for c in head.children if c.dep_ in {"amod", "compound"}] + [lemma])
            wanted = {narrowed} if len(narrowed.split()) > 1 else wanted
            found = next((k for k in people if any(w in self.roles.get(k, "") for w in wanted)), None)
            return found or self._named_after(head, lemma) or self._unnamed_one_again(head, lemma)
        if lemma in ORG_REFERENCE_NOUNS:
            if head.tag_ == "NNS" and head.lower_ != lemma:
                return None  # ("…, according to the authorities and the UN": the state at large, not one body before)
            # "the bank" is the World Bank named before; "the central bank" is not: every word that
            # narrows the noun must be in the name too
            narrowing = {c.lower_ for c in head.children if c.dep_ in {"amod", "compound"} and c.pos_ != "PRON"}
            # ("The Syrian Observatory … said … The Britain-based group said": where it is based narrows nothing a
            # name would show)
            narrowing -= {"based", "headquartered"}
            if narrowing and narrowing <= _UN_WORDS and (family := self._un_body_before(head, lemma)) is not None:
                return family  # "The World Food Programme said … . …, the U.N. agency said": the WFP, a UN agency
            # ("The province's largest teachers' union, SUTEBA, said …. …, the union said": introduced as one)
            introduced = {
                self.by_token[i] for i in range(head.i) if i in self.by_token and _apposed(self.doc[i], lemma)
            }
            named = next(
                (
                    k
                    for k in earlier
                    if self.kinds.get(k) == "organization"
                    and (
                        ({lemma, *narrowing} <= _name_words(self.names[k]) and _heads_the_name(lemma, self.names[k]))
                        or (k in introduced and not narrowing and head.tag_ == "NN")  # (one body: "the union")
                    )
                ),
                None,
            )
            # ("The rights group urged …" after "according to Amnesty International": a word for the body's
            # line of work narrows nothing a name would show)
            # ("The militant group said …", "the Iran-backed group", "the Palestinian militant group": the kind of armed
            # body, its nationality or who backs it narrows nothing its name would show either)
            descriptive = lemma in _GENERIC_BODY_NOUNS and all(
                w in _LINES_OF_WORK | _ARMED_KINDS | BACKING_WORDS or w in DEMONYM_TO_COUNTRY for w in narrowing
            )
            # ("Maersk said … The Danish company warned …": a nationality narrows nothing a company's name would show)
            nationality = (
                lemma in _COMPANY_NOUNS and bool(narrowing) and all(DEMONYM_TO_COUNTRY.get(w) for w in narrowing)
            )
            said_before = {t.lower_ for t in head.sent if t.i < head.i - len(narrowing) - 1}
            if named is None and narrowing and narrowing <= said_before and lemma not in _TYPED_BODY_NOUNS:
                # "Demand on the grid run by ERCOT hit a record, the grid operator said": the one body the sentence
                # named before, with what narrows the noun written there too
                named = self._one_body_earlier_in_sentence(head)
            if named is None and narrowing and head.tag_ == "NN" and (ahead := self._body_named_next(head)) is not None:
                # "Kenya's state-funded human rights body said … . The Kenya National Commission on Human Rights said
                # …": the body the next sentence names, whose name holds the nouns that narrow this one
                named = ahead
            if named is None and lemma in {"carrier", "airline"} and head.tag_ == "NN":
                # "Ethiopian Airlines said … No one was hurt, the carrier said", "Kenya Airways … the airline said": the
                # airline named before (the word news uses for one), not the plane maker named beside it
                named = next(
                    (k for k in earlier if self.kinds.get(k) == "organization" and _names_an_airline(self.names[k])),
                    None,
                )
            if named is None and lemma == "ministry" and not narrowing and head.tag_ == "NN":
                # "Agriculture Minister Ana Ruiz said … The ministry said …": the ministry of the minister just named
                named = self._ministry_of_the_minister_before(head)
            if named is not None or (narrowing and not (descriptive or nationality)) or lemma in _TYPED_BODY_NOUNS:
                return named  # (not "the ministry said" for the police named before)
            # "The Nuclear Regulation Authority said … “…,” the agency said": the body the sentence
            # before is about, when no earlier body has the noun in its name; but first the one body the
            # sentence itself named before it ("An RSF spokesman denied the group had …")
            found = self._one_body_earlier_in_sentence(head) or self.body_before(head)
            if found is not None and lemma in _GENERIC_BODY_NOUNS and _name_words(self.names[found]) & _ARMS_OF_STATE:
                return None  # ("16 were killed as police fired on protesters, the group said": the police are no group)
            if found is not None and nationality and body_for(self.names.get(found, "")) is not None:
                return None  # (a body the gazetteer knows is no company of a nationality: "the Danish company")
            armed = bool(narrowing & (_ARMED_KINDS | BACKING_WORDS))
            if found is not None and armed and not _may_be_armed(self.names[found]):
                # ("The UN said … The militant group said": no body the gazetteer knows unarmed, no ministry)
                return None
            if found is None and armed:
                # "Pagers used by Hezbollah members exploded … The Iran-backed group blamed Israel": the one armed
                # group the gazetteer knows named before
                known = {k for k in earlier if self.kinds.get(k) == "organization" and _known_armed(self.names[k])}
                found = known.pop() if len(known) == 1 else None
            return found
        return None

    def _body_named_right_after(self, head: Token) -> str | None:
        """ "according to the space research agency INPE.": a body's name written right after the noun for its kind,
        closing the phrase, which the parser hung elsewhere (a short name read as a verb): that body."""
        after = head.i + 1
        key = self.by_token.get(after)
        if key is None or self.kinds.get(key) != "organization" or self.by_token.get(head.i) == key:
            return None
        if self.doc[after].head == head:
            return None  # (a name the parser did hang on the noun is read by the rules above)
        end = after
        while end + 1 < len(self.doc) and self.by_token.get(end + 1) == key:
            end += 1
        closing = end + 1 >= len(self.doc) or self.doc[end + 1].is_punct
        return key if closing else None

    def _body_named_next(self, head: Token) -> str | None:
        """The one organisation the sentence after `head`'s names whose name holds every noun before `head` in its
        phrase ("human rights body" → "… Commission on Human Rights"), else None."""
        nouns = {t.lower_ for c in head.lefts if c.dep_ == "compound" for t in c.subtree if t.pos_ == "NOUN"}
        nxt = head.sent.end
        while nxt < len(self.doc) and self.doc[nxt].is_space:
            nxt += 1
        if not nouns or nxt >= len(self.doc):
            return None
        following = self.doc[nxt].sent
        found = {
            key
            for t in following
            if (key := self.by_token.get(t.i)) is not None
            and self.kinds.get(key) == "organization"
            and nouns <= _name_words(self.names[key])
        }
        return found.pop() if len(found) == 1 else None

    def _ministry_of_the_minister_before(self, head: Token) -> str | None:
        """The ministry of the one minister of a portfolio ("Health Minister Ana Ruiz", "the minister of agriculture")
        named in the sentence before `head`'s or in its own, as an actor: "health ministry" (one the article names
        already, or a new one)."""
        window = self._sentence_before(head, None)
        start = window.start if window is not None else head.sent.start
        portfolios = self._portfolios_of_ministers(start, head.i) - {""}
        if not portfolios:
            # ("Lebanon's health minister said … ¶ … ¶ …, the ministry said": the one minister the article named
            # before, however far back, when it named no other)
            everyone = self._portfolios_of_ministers(0, head.i)
            portfolios = everyone if "" not in everyone else set()
        if len(portfolios) != 1:
            return None
        name = f"{portfolios.pop()} ministry"
        key = f"org:{normalize_name(name)}"
        if key not in self.kinds:
            self.entities.append(EntityRecord(key=key, name=name, kind="organization", aliases={name}))
            self.kinds[key], self.names[key] = "organization", name
            self.roles[key] = ""
        entity = next(e for e in self.entities if e.key == key)
        mention = SpanRecord(head.idx, head.idx + len(head.text))  # (the noun that refers to it)
        if mention not in entity.mentions:
            entity.mentions.append(mention)
        return key

    def _portfolios_of_ministers(self, start: int, end: int) -> set[str]:
        """The portfolios of the ministers (not deputies) named between two token positions ("health", "agriculture");
        a minister named with no portfolio counts as one of their own ("")."""
        people = {
            self.by_token[i]
            for i in range(start, end)
            if i in self.by_token and self.kinds.get(self.by_token[i]) == "person"
        }
        portfolios = set()
        for key in people:
            person = next((e for e in self.entities if e.key == key), None)
            if person is None or person.role_title != "minister":
                continue
            # (an unnamed one is named by the title: "Lebanon's health minister said")
            role = (person.role or (person.name if person.is_role_reference else "")).lower().split()
            if "deputy" not in role:
                portfolios.add(" ".join(w for w in role if w in MINISTRY_PORTFOLIOS))
        return portfolios

    def _unnamed_one_again(self, head: Token, lemma: str) -> str | None:
        """ "A senior Hamas official, who declined to be named, told Reuters …. “…,” the official said": the one
        the sentence before introduced by the same noun, unnamed, whose words went to the body named with it."""
        key = self._unnamed_person_before(head, None, frozenset({lemma}))
        return key if key and self.kinds.get(key) == "organization" else None

    def _named_after(self, head: Token, lemma: str) -> str | None:
        """ "…, the health minister said. … Health Minister Roger Kamba told reporters …": a title said before any
        holder is named is the one person named later in the article whose role holds the title and every word
        narrowing it ("health"), when only one does (a "former" or "deputy" one only for "the former minister"). A
        title with no word narrowing it ("the director") or in the plural names no one office."""
        narrowing = {c.lower_ for c in head.children if c.dep_ in {"amod", "compound"} and c.pos_ != "PRON"}
        narrowing |= {level} if (level := _of_the_jurisdiction(head)) is not None else set()
        if head.tag_ != "NN" or not narrowing - _RANK_QUALIFIERS:
            return None  # ("the director", "the senators": no one office; "the health minister" is one)
        later = {key for i, key in self.by_token.items() if i > head.i}
        fits = {
            k
            for k in later
            if self.kinds.get(k) == "person"
            and lemma in (words := set(re.findall(r"[\w-]+", self.roles.get(k, "").lower())))
            # ("the state governor", "Governor Ana Ruiz": the one governor; a title may leave out its level)
            and narrowing - JURISDICTIONS <= words
            and words & _RANK_QUALIFIERS == narrowing & _RANK_QUALIFIERS
        }
        return fits.pop() if len(fits) == 1 else None

    def _in_the_headline(self, head: Token) -> bool:
        """The word is in the article's first line, set apart from its body."""
        line_end = self.doc.text.find("\n")
        return head.sent.start == 0 and line_end >= head.idx

    def _headline_body(self, head: Token) -> str | None:
        """A bare body noun speaking in the headline ("…, air force says"): the one body of the article whose name
        holds the noun and every word before it."""
        if not self._in_the_headline(head) or any(c.dep_ in {"det", "poss"} for c in head.children):
            return None
        words = {c.lower_ for c in head.children if c.dep_ in {"compound", "amod"} and c.i < head.i} | {
            head.lemma_.lower()
        }
        bodies = [e.key for e in self.entities if e.kind == "organization" and words <= _name_words(e.name)]
        return bodies[0] if len(bodies) == 1 else None

    def _headline_title(self, head: Token) -> str | None:
        """A bare title speaking in the headline ("…, says planning minister"): the one person of the article whose
        role holds the title and every word before it."""
        if not self._in_the_headline(head) or any(c.dep_ in {"det", "poss"} for c in head.children):
            return None
        words = [c.lower_ for c in head.children if c.dep_ in {"compound", "amod"} and c.i < head.i] + [head.lower_]
        people = [
            k
            for k, kind in self.kinds.items()
            if kind == "person" and all(w in self.roles.get(k, "").split() for w in words)
        ]
        return people[0] if len(people) == 1 else None

    def _one_body_earlier_in_sentence(self, head: Token) -> str | None:
        """ "A cyberattack forced DP World Australia to suspend operations, the company said", "An RSF spokesman
        denied the group had targeted civilians": the one body the words of the sentence before `head` name, when
        they name no other actor (not the body the sentence before was about)."""
        named = (self.by_token.get(i, "") for i in range(head.sent.start, head.i))
        # (a person named is no "group" or "company": "X said the RSF had …, an accusation the group rejected"; but
        # "the groups" are more than the one body)
        singular = head.tag_ == "NN"
        counted = {"organization", "group"} if singular else {"organization", "person", "group"}
        actors = {key for key in named if self.kinds.get(key) in counted}
        if len(actors) != 1:
            return None  # (not "Gazprom cut supplies to Naftogaz, the company said", whatever kind Gazprom was given)
        body = actors.pop()
        if self.kinds.get(body) != "organization":
            return None
        others = [
            t
            for t in self.doc[head.sent.start : head.i]
            if t.pos_ == "PROPN"
            and self.by_token.get(t.i) != body
            and self.kinds.get(self.by_token.get(t.i, "")) not in ({"place", "person"} if singular else {"place"})
            and not (singular and self._in_a_persons_name(t))  # ("Secretary of State Antony Blinken": his title)
            and t.ent_type_ not in {"GPE", "LOC", "NORP", "DATE", "TIME", "FAC"}
            # (nor the body's acronym in brackets after its name: "the Electric Reliability Council of Texas (ERCOT)")
            and not (
                t.text.isupper() and t.i >= 2 and self.doc[t.i - 1].text == "(" and self.by_token.get(t.i - 2) == body
            )
        ]  # (nor a name the entity step left out)
        return None if others else body

    def _in_a_persons_name(self, tok: Token) -> bool:
        """A word of the phrase naming a person: their name or the title written before it."""
        node = tok
        for _ in range(4):
            if self.kinds.get(self.by_token.get(node.i, "")) == "person":
                return True
            if node.head == node or node.dep_ not in {"compound", "prep", "pobj", "amod", "nmod"}:
                return False
            node = node.head
        return False

    def _un_body_before(self, head: Token, noun: str) -> str | None:
        """The last body named before `head` that is a UN agency of the noun's kind ("the U.N. agency" after the World
        Food Programme): one the gazetteer describes as a "UN …" agency."""
        for i in range(head.i - 1, -1, -1):
            key = self.by_token.get(i)
            if key is None or self.kinds.get(key) != "organization":
                continue
            acronym = body_for(self.names.get(key, ""))
            entry = BODIES.get(acronym or "")
            if entry is not None and entry[1] == noun and any(n.startswith("UN ") for n in entry[2]):
                return key
        return None

    def body_before(self, head: Token) -> str | None:
        """The organisation the sentence before `head`'s is about (the subject of its main verb).
        None when that sentence reports, ahead of its cue, what another named party did ("Rebel
        fighters have seized three towns, the army said. The group says …"): either could be meant."""
        window = self._sentence_before(head, None, whole=True)
        past_a_quotation = window != self._sentence_before(head, None)  # (its own words quoted at its end)
        subj = self._subject_in(window)
        if subj is not None and subj.head.lemma_.lower() in CUE_VERBS and self._reports_another_party(subj.head):
            return None
        key = self.entity_in(subj) if subj is not None and subj.i < head.i else None
        if key is None and subj is not None and subj.i < head.i and subj.pos_ == "NOUN":
            body = self._appos_in_phrase(subj, "organization")  # "Tour operator TUI said …": the body named
            key = self.by_token[body.i] if body is not None else None
        if key is None and subj is not None and subj.i < head.i:
            # "Norway-based Iran Human Rights (IHR) said …": a name the recogniser left untagged, with the acronym it
            # defines beside it
            short = (self.by_token.get(c.i) for c in subj.children if c.dep_ == "appos" and c.text.isupper())
            key = next((k for k in short if k is not None and self.kinds.get(k) == "organization"), None)
        if key is not None and self.kinds.get(key) == "person":
            # "“…,” said Ana Ruiz, WFP's country director. The agency said …": the body the person speaks for
            key = self._body_of_the_persons_role(key)
        if key is None or self.kinds.get(key) != "organization":
            # "The quake struck at a depth of 18 km, according to the USGS. The agency estimated …": the body
            # the sentence before cites
            key = self._according_in(self._sentence_before(head, None), "organization")
        if past_a_quotation and self.history[-1:] != [key]:
            return None  # (past a quotation, only the body whose words it was, the last to speak)
        return key if key is not None and self.kinds.get(key) == "organization" else None

    def _persons_own_body(self, key: str | None, noun: str) -> str | None:
        """The body of a kind (`noun`: "party") a person's role is with or names ("chairman of the United National
        Movement party"), else None."""
        if key is None or self.kinds.get(key) != "person":
            return None
        person = next((e for e in self.entities if e.key == key), None)
        role = (person.role or "").casefold() if person is not None else ""
        named = [
            e.key
            for e in self.entities
            if e.kind == "organization" and noun in e.name.casefold().split() and e.name.casefold() in role
        ]
        return named[0] if len(named) == 1 else None

    def _body_of_the_persons_role(self, key: str) -> str | None:
        """The organisation a person's role is with ("WFP's country director" → the World Food Programme)."""
        person = next((e for e in self.entities if e.key == key), None)
        affiliation = person.role_affiliation if person is not None else None
        if not affiliation:
            return None
        bodies = [
            e.key
            for e in self.entities
            if e.kind == "organization" and (e.name == affiliation or affiliation in e.aliases)
        ]
        return bodies[0] if len(bodies) == 1 else None

    def _reports_another_party(self, cue: Token) -> bool:
        """A content clause before `cue` whose subject names a party: a proper noun, or an actor."""
        content = next((c for c in cue.children if c.dep_ in {"ccomp", "parataxis"} and c.i < cue.i), None)
        subj = next((c for c in content.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if content else None
        if subj is None or subj.pos_ not in {"NOUN", "PROPN"}:
            return False
        named = subj.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in subj.children)
        return named or subj.i in self.by_token or subj.lower_ in GROUP_NOUNS | ARMED_GROUP_NOUNS

    def last_issuer(self, before: int) -> str | None:
        earlier = [key for pos, key in self.issuers if pos < before]
        return earlier[-1] if earlier else (self.issuers[0][1] if self.issuers else None)

    def resolve(self, head: Token | None, anchor: int | None = None) -> str | None:
        """An entity key for a subject phrase; pronouns go to the right earlier speaker.
        `anchor`: where the passage holding the pronoun begins (a quotation's opening mark), when
        that is before the pronoun's own sentence."""
        if head is None:
            return None
        key = self._resolve(head, anchor)
        if key is None and head.tag_ == "NNS" and not any(c.dep_ != "conj" and c.dep_ != "cc" for c in head.children):
            # "…, officials and the United Nations said": the unnamed ones have no name; the body joined to them does
            joined = [self.by_token.get(c.i) for c in head.children if c.dep_ == "conj"]
            return next((k for k in joined if k is not None and self.kinds.get(k) in {"organization", "person"}), None)
        return key

    def _resolve(self, head: Token, anchor: int | None) -> str | None:
        if (
            head.like_num
            and head.i not in self.by_token
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
            and not any(c.dep_ == "appos" for c in head.children)
        ):
            # "one of Grayson's former supporters": one of some people, unnamed (not whose they are; but "one of
            # the men, Jessie Elkins,": named)
            return None
        low = head.lower_
        if low in _SOME_OF_A_GROUP and not any(c.dep_ == "appos" or c.lower_ == "including" for c in head.children):
            # "Some of the survivors told reporters …", "Others said …": some people, unnamed (but "Many of the local
            # GOP leaders said": of a group named as an actor; "others, including Sen. Ana Ruiz,": named)
            whole = next((g for c in head.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
            return self.by_token.get(whole.i) if whole is not None else None
        if head.pos_ == "PRON" and head.text == "WHO" and (who := self._acronym_named(head)) is not None:
            return who  # "…, WHO warns": the World Health Organization, which the tagger read as "who"
        if head.pos_ == "PRON" or low in PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS:
            if low == "it" and (body_key := self._body_a_relative_clause_is_on(head)) is not None:
                # "Norden Analytics, which builds what it calls “psychographic” profiles": the body ("" when the
                # noun the clause is on is no body named: no one else either)
                return body_key or None
            if low == "it" and head.head.dep_ == "relcl" and (body_key := self._body_subject_above(head)) is not None:
                # "The United Nations launched an appeal to help 250,000 people it says are in need": the body the
                # sentence is about, not the last one that spoke
                return body_key
            if low == "it" and (joined := self._body_of_the_clause_joined_before(head)) is not None:
                return joined  # "The bank's target is 3%, and it forecasts …": the bank, not the last to speak
            if low in THING_PRONOUNS and (body := self._body_subject_in_sentence(head)) is not None:
                # "The UN mission said …, though it believes …": the body the sentence is about, named or not
                return self.entity_in(body)
            if low in {"they", "them"} and (group := self._group_subject_in_sentence(head)) is not None:
                # "Junior doctors are seeking a rise, which they say …": the people the sentence is about,
                # named or not — not whoever spoke last
                return self.entity_in(group)
            before = self._passage_start(head, anchor)  # a name inside the quotation is not who spoke it
            if low in {"him", "her"} and (other := self._other_than_the_subject(low, head, before)) is not None:
                return other  # "…,” Dujarric quoted him as saying": not Dujarric
            found = self._fitting(low, self._in_sentence(low, head))
            if found is None and low in THING_PRONOUNS and self._unnamed_body_spoke_before(head, anchor):
                return None  # "The committee said … . …, it said": the committee again, whoever spoke before it
            unnamed = self._unnamed_person_before(head, anchor) if found is None and low in {"he", "she"} else None
            if unnamed is not None:
                # "A police officer … said his unit had 12 officers. “…,” he said": the officer again, unnamed (""); "A
                # Hamas official said the talks had stalled. “…,” he told reporters": the official again, whose words
                # went to his body — not the last person named either way
                return unnamed or None
            found = (
                found
                or (self._body_its_words_are_about(head) if low in THING_PRONOUNS else None)
                or self._fitting(low, self._previous_subject(low, head, anchor))
                or self._by_gender(low, head, before)
                or self.antecedent(low)
                or self._last_mentioned(low, before)
            )
            gendered = found is not None and low in _PRONOUN_GENDER and self.kinds.get(found) == "person"
            if found is not None and gendered and self.gender(found) is None:
                self._genders[found] = _PRONOUN_GENDER[low]  # the chain read so far says so
            return found
        if (age := age_named(head) or age_described(head)) is not None:
            return self._person_of_age(head, age, anchor)  # "the 43-year-old", "the 34-year-old mother of three"
        appos = next((c for c in head.children if c.dep_ == "appos"), None) or _name_set_off_as_a_modifier(head)
        titled = head.lower_.rstrip(".") in TITLE_WORDS  # "The group's CEO, Ana Ruiz, said": a title, then her name
        if (
            appos is not None
            and head.pos_ == "PROPN"
            and head.ent_type_ == ""
            and head.i not in self.by_token
            and not titled
        ):
            # "Tamer Ramadan, head of the Red Cross delegation, told …": a name the tagger missed, before
            # its title; the person the title phrase describes is this one
            named = self._named(head)
            if named is not None:
                return named
        if (bracketed := self._short_form_in_brackets(head)) is not None:
            # "The Group to Support Islam and Muslims (JNIM) said": the body its short form names (not another
            # "group" named in the article the lone word was taken for)
            return bracketed
        found = self.entity_in(head)
        generic = found is not None and self.kinds.get(found) == "organization" and head.pos_ == "NOUN"
        words = self.names.get(found or "", "").split()
        if generic and len(words) > 1 and set(words[:-1]) <= _UN_WORDS and words[-1] == head.lower_:
            # "…, the U.N. agency said" (a span the recogniser tagged): the UN agency named before, if any
            found = self._un_body_before(head, head.lemma_.lower()) or found
        if head.pos_ == "PROPN" and self.kinds.get(found or "") == "organization":
            # "The U.S. Agency for International Development's chief, Samantha Power, said": the parser read the
            # body's possessive as the object of its own "for"; the person named beside its title speaks
            found = self._holder_of_the_bodys_title(head) or found
        # (only for a relative clause on the title: "the Democratic candidate stated" may be an apposition the
        # parser hung on another name)
        titled_relative = head.dep_ == "appos" and any(c.dep_ == "relcl" for c in head.children)
        named_by = self.by_token.get(head.head.i) if titled_relative else None
        if (found is None or found in self.role_references) and self.kinds.get(named_by or "") == "person":
            return named_by  # "Ana Ruiz, the executive director of X, who also said …": the person the title is hers
        if appos is None and (found is None or found in self.role_references) and head.pos_ == "NOUN":
            # "a spokesman for the European Commission, Eric Mamer, said": the parser hung the name on
            # the body; a person named in apposition inside the phrase is the one speaking
            appos = self._appos_in_phrase(head, "person")
        # ("Trump's leading rivals, Sens. Ted Cruz and …, have urged": the possessor inside the noun's phrase is
        # not who the noun names; the person in apposition is)
        named_person = (
            appos is not None
            and head.pos_ == "NOUN"
            and head.i not in self.by_token
            and self.kinds.get(self.by_token.get(appos.i, "")) == "person"
        )
        if appos is not None and (found is None or found in self.role_references or named_person):
            named = self.entity_in(appos) or self._named(appos)  # "the director, Ana Ruiz, said"
            if named is None and appos.pos_ == "NOUN" and (given := self._appos_in_phrase(appos, "person")) is not None:
                named = self.by_token.get(given.i)  # "Her neighbor, a driver who gave only his first name, Jorge,"
            inner = next((c for c in appos.children if c.dep_ == "appos"), None) if appos.pos_ == "NOUN" else None
            if named is None and inner is not None and inner.pos_ == "PROPN":
                # "His party, the main opposition Republican People's Party, said": the name the parser hung on the
                # description set beside the subject
                named = self.entity_in(inner)
            found = named or found
        elif head.pos_ == "NOUN" and (body := self._appos_in_phrase(head, "organization")) is not None:
            found = self.by_token[body.i]  # "The UN agency for Palestinian refugees, UNRWA, said": the body's name
        if found is None or found in self.role_references:
            # "Han Dong-hoon, the leader of Yoon's party, called …": the parser made both the cue's subjects
            found = self._name_described_first(head) or found
        return found or self._named(head) or self._unit_named_before(head)

    def _short_form_in_brackets(self, head: Token) -> str | None:
        """ "Electricity of Vietnam (EVN) said": a body's name the recogniser missed, with the short form it tagged
        in brackets after it, is that body (not a person named "Electricity"); so too when the head word was taken
        for another body (the lone "Group" of "The Group to Support Islam and Muslims (JNIM)")."""
        own = self.by_token.get(head.i, "")
        # (the head word taken for another body, whose name the phrase does not hold: not a person whose title names
        # a body, "Ana Ruiz, head of the World Food Programme (WFP)", nor the body named in full before its short form)
        phrase = self.doc[head.left_edge.i : head.right_edge.i + 1].text.lower()
        misread = own and self.kinds.get(own) == "organization" and self.names.get(own, "") not in phrase
        if head.pos_ != "PROPN" or (head.i in self.by_token and not misread):
            return None
        for tok in head.subtree:
            key = self.by_token.get(tok.i)
            # (in apposition, or closing the phrase whatever the parser hung it on: "… Muslims (JNIM) said")
            closing = tok.i + 1 == head.right_edge.i and self.doc[tok.i + 1].text == ")"
            bracketed = tok.i > 0 and self.doc[tok.i - 1].text == "(" and (tok.dep_ == "appos" or closing)
            if bracketed and key is not None and self.kinds.get(key) == "organization":
                return key
        return None

    def _holder_of_the_bodys_title(self, head: Token) -> str | None:
        """The person named in apposition to a title a body owns, inside the phrase `head` heads (the body's name
        may have been cut in two at its preposition: "U.S. Agency for" and "International Development"), or
        named beside the body's name when the parser made the title a modifier of it ("the WHO director-general,
        Tedros Adhanom Ghebreyesus, said")."""
        if (beside := self._person_in_apposition(head, proper=True)) is not None:
            named, key = beside
            between = head.doc[head.i + 1 : named.i]
            if any(t.lower_ in TITLE_WORDS and t.dep_ in {"amod", "compound"} for t in between):
                return key
        for tok in head.subtree:
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            if (
                tok.pos_ != "NOUN"
                or tok.lower_ not in TITLE_WORDS
                or owner is None
                or self.kinds.get(self.by_token.get(owner.i, "")) != "organization"
            ):
                continue
            if (apposed := self._person_in_apposition(tok)) is not None:
                return apposed[1]
        return None

    def _person_in_apposition(self, tok: Token, *, proper: bool = False) -> tuple[Token, str] | None:
        """The first word in apposition to `tok` (a proper noun, with `proper`) and the person it names, if it names
        one."""
        named = next((c for c in tok.children if c.dep_ == "appos" and (not proper or c.pos_ == "PROPN")), None)
        key = self.by_token.get(named.i) if named is not None else None
        return (named, key) if named is not None and key is not None and self.kinds.get(key) == "person" else None

    def _person_of_age(self, head: Token, age: str, anchor: int | None) -> str | None:
        """ "Mohamed Azaw said he had pulled his children out. “…,” the 43-year-old told AFP": the person named
        before whose age the text gave as that number ("Ana Ruiz, 43,"), else the last person named (outside
        quotations) in the few sentences before; None when no one was named that near (an unnamed person
        described again)."""
        before = min(self._passage_start(head, anchor), head.left_edge.i)  # (not the age in its own phrase)
        sentences = list(self.doc.sents)
        here = next((n for n, s in enumerate(sentences) if s.start <= before < s.end), 0)
        floor = sentences[max(0, here - _AGE_REACH)].start
        text = doc_text(self.doc)
        people: list[tuple[int, str]] = []  # (token, key), nearest first
        for i in range(before - 1, -1, -1):
            if _introduced_by_age(self.doc[i], age):
                return None  # "A 40-year-old man said … “…,” the 40-year-old said": the unnamed one again
            key = self.by_token.get(i)
            if key is None or self.kinds.get(key) != "person":
                continue
            if re.match(rf",\s*{age}\b", text[self.doc[i].idx + len(self.doc[i]) :]):
                return key
            if not any(q.open_mark <= self.doc[i].idx < q.end for q in self.quotes):  # (not one the words name)
                people.append((i, key))
        return next((key for i, key in people if i >= floor), None)

    def _led_country(self, key: str | None) -> str | None:
        """The country (an actor of the article) that a person with a leader's role leads: the country of the role,
        else the one the story is filed from."""
        person = next((e for e in self.entities if e.key == key and e.kind == "person"), None)
        if person is None or person.role_title not in _LEADER_TITLES:
            return None
        country = country_for(person.role_affiliation or "") or dateline_country(self.doc)
        return next((e.key for e in self.entities if e.kind == "place" and country_for(e.name) == country), None)

    def _unit_named_before(self, head: Token) -> str | None:
        """ "Miyagi prefecture said": the place named before the administrative unit's noun, which speaks for it."""
        if head.lower_ not in ADMIN_UNIT_NOUNS or not head.text.islower():
            return None
        named = [c for c in head.children if c.dep_ == "compound" and c.i == head.i - 1]
        key = self.by_token.get(named[0].i) if named else None
        if not named and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            # "the prefecture said": the unit named so last ("according to Ishikawa prefecture")
            earlier = (t for t in reversed(self.doc[: head.i]) if t.lower_ == head.lower_ and t.i > 0)
            key = next((self.by_token.get(t.i - 1) for t in earlier if self.by_token.get(t.i - 1)), None)
        return key if key is not None and self.kinds.get(key) == "place" else None

    def _name_described_first(self, head: Token) -> str | None:
        """The actor named at the start of the sentence, before a comma and a description set off by commas
        that the parser took for the cue's subject ("Trafigura, the trader that operates the vessel, said"):
        the description is the name's; not "Kyiv, the mayor said, is safe" (no comma closes the description)."""
        opening = head.left_edge.i - 1
        closing = head.right_edge.i + (head.right_edge.text != ",")  # (the parser may hang the comma on the noun)
        if (inside := self._name_opening_the_description(head, closing)) is not None:
            return inside
        if (
            head.pos_ != "NOUN"
            or head.dep_ != "nsubj"
            or not any(c.dep_ == "det" for c in head.children)
            or opening < head.sent.start + 1
            or self.doc[opening].text != ","
            or not self._closed_before_the_verb(head, closing)
        ):
            return None
        name = self.doc[opening - 1]
        key = self.by_token.get(name.i)
        if key is None or name.dep_ == "nsubjpass" or name.head != head.head:
            return None
        first = min(i for i in range(head.sent.start, name.i + 1) if self.by_token.get(i) == key)
        return key if first == head.sent.start else None

    def _name_opening_the_description(self, head: Token, closing: int) -> str | None:
        """ "The CGT, Argentina's largest labor federation, said": the parser may take the name opening the
        sentence, and the comma after it, into the phrase of the description set off after it; the name is the
        subject."""
        sent = head.sent
        start = sent.start + (self.doc[sent.start].lower_ == "the")
        key = self.by_token.get(start)
        if head.pos_ != "NOUN" or head.dep_ != "nsubj" or key is None or head.left_edge.i > start:
            return None
        end = start
        while self.by_token.get(end + 1) == key:
            end += 1
        comma = end + 1
        if (
            self.kinds.get(key) not in {"organization", "person"}
            or comma >= head.i
            or self.doc[comma].text != ","
            or any(t.pos_ in {"VERB", "AUX"} or t.text in {",", "and"} for t in self.doc[comma + 1 : head.i])
            or not self._closed_before_the_verb(head, closing)
        ):
            return None
        return key

    def _closed_before_the_verb(self, head: Token, closing: int) -> bool:
        """A comma at `closing` ends the description and only auxiliaries or adverbs stand before the verb."""
        return (
            closing + 1 <= head.head.i
            and self.doc[closing].text == ","
            and all(t.pos_ in {"AUX", "ADV", "PART"} for t in self.doc[closing + 1 : head.head.i])
        )

    def _body_named_on(self, head: Token) -> str | None:
        """The body whose name is written as a modifier of the noun of its kind ("the MK party", "the Wagner group";
        the parser may hang the name as nmod: "the U.N. human rights mission"), else None."""
        for c in head.children:
            key = self.by_token.get(c.i) if c.dep_ in {"compound", "nmod"} and not _hyphened_modifier(c) else None
            if key is not None and self.kinds.get(key) == "organization":
                return key
        return None

    def _appos_in_phrase(self, head: Token, kind: str) -> Token | None:
        """A word of an actor of `kind` in apposition inside the phrase `head` heads ("a spokesman for
        the Commission, Eric Mamer,"; "the UN agency for Palestinian refugees, UNRWA,"; the parser may hang the
        name on the noun as an adverbial: "according to the national forestry corporation, Conaf", or make it the
        object of the preposition before it)."""

        def beside(t: Token) -> bool:
            if t.dep_ == "appos" or t.head.lower_ == "as" or (kind == "person" and set_off_name(t)):
                return True  # (or joined to a title's place: "the mayor of Viña del Mar, Macarena Ripamonti, …")
            # (or the object of the preposition before it: "according to the national disaster agency, BNPB")
            misread = t.dep_ == "npadvmod" or (t.dep_ == "pobj" and t.head.i < head.i)
            return misread and t.i == head.i + 2 and self.doc[head.i + 1].text == ","

        after = [self.doc[head.i + 2]] if head.i + 2 < len(self.doc) else []
        return next(
            (
                t
                for t in _phrase_tokens(head) + _known_as(head) + _first_name_given(head) + after
                if beside(t) and self.kinds.get(self.by_token.get(t.i, "")) == kind
            ),
            None,
        )

    def _named(self, head: Token) -> str | None:
        """A speaker named by a proper noun the entity step missed ("said Skelly"): the one person
        of the article with that surname, else a new actor for the name."""
        after_cue = head.i > head.sent.start and self.doc[head.i - 1].lemma_.lower() in CUE_VERBS
        if not head.text[:1].isupper() or head.ent_type_ in _NOT_SPEAKER_ENTS:
            return None
        if head.lower_ in GROUP_NOUNS | ARMED_GROUP_NOUNS and head.i == head.sent.start:
            return None  # "9:12 EDT - Officials in Pinellas County said": a plural noun opening the sentence, no name
        lone = not any(c.dep_ in {"compound", "amod", "nmod", "poss"} for c in head.children)
        if lone and source_noun_capitalised_for_its_place(head):
            return None  # "Syria: Monitor says 1,000 killed", a headline: a kind of source, no one's name
        mistagged = head.pos_ != "PROPN"
        speaks = head.dep_ == "nsubj" and head.head.lemma_.lower() in CUE_VERBS
        # "The SNAI, the agency that runs the prisons, said": an acronym the tagger read as a word is a body
        acronym = len(head.text) >= 3 and head.text.isupper() and head.text.isalpha()
        spoken_acronym = acronym and speaks and not _all_capitals(head.sent)
        if mistagged and not _NAME_WORD.fullmatch(head.text) and not spoken_acronym:
            return None
        start = _after_compounds(head, head.i)  # "Human Rights Watch": compounds of compounds are part of the name
        possessor = self.doc[start - 2] if start - 2 > head.sent.start else None
        if (
            possessor is not None
            and self.doc[start - 1].text in {"'", "’"}
            and possessor.dep_ == "poss"
            and possessor.head == head
            and possessor.pos_ == "PROPN"
            and possessor.lower_.endswith("s")
        ):
            # "the Government Medical Officers' Association", "the Teachers' Union": a plural possessor in the name
            start = _after_compounds(head, possessor.i, of=possessor)
        opening = self.doc[start - 1] if start > head.sent.start else None
        if opening is not None and opening.dep_ == "amod" and opening.head == head and _names_with(opening):
            start -= 1  # "Bavarian Nordic": a capitalised adjective that is no country's is part of the name
        if start < head.i and opens_with_body_kind(self.doc[start]):
            start += 1  # "Consultancy EcoGo said": the kind of body, capitalised as the sentence opens
        addressed = start < head.i and self.doc[start].lower_ in HONORIFICS - {"sir", "dame"}
        if addressed:
            start += 1  # "Mr Díaz-Canel blamed …" (tagged a body without the "Mr"): a person, named without it
        if start + 1 < head.i and (
            self.doc[start].lower_ in PERSON_DESCRIPTOR_NOUNS or names_a_profession(self.doc[start].text)
        ):
            start += 1  # "Fisherman Rodel Macaraig, 47, said", "Epidemiologist Ana Ruiz said": who, not the name
        titles = [k for k in range(start, head.i) if self.doc[k].lower_ in TITLE_WORDS]
        if titles:
            start = titles[-1] + 1  # "Bohol Governor Arthur Yap wrote": the place and title are no part of the name
        while start + 1 < head.i and (
            self.doc[start].lower_ in MILITARY_RANKS
            or self.doc[start].text in TITLE_STOPS | {"-"}
            or (self.doc[start].lower_ in RANK_PARTS and self.doc[start + 1].text in TITLE_STOPS)
        ):
            # "Colonel-Major Amadou Diallo said", "Rear Adm. Shannon Gilreath told": the rest of a rank, or one
            # written short, is no part of the name either
            start += 1
        span = self.doc[start : head.i + 1]
        if span[0].lower_ in STORM_WORDS or (start > 0 and self.doc[start - 1].lower_ in STORM_WORDS):
            return None  # "Cyclone Remal slammed into the coast": a storm, no one speaking
        surname = normalize_name(head.text)
        # (a role is no surname: "State" is not "the secretary of state", but "Justice" may be "the justice")
        titled = head.lower_ in TITLE_WORDS
        people = [e for e in self.entities if e.kind == "person" and (titled or not e.is_role_reference)]
        owners = {e.key for e in people if normalize_name(e.name).split()[-1:] == [surname]}
        if not owners:  # "Brett Ode" tagged as an organisation, later "Ode said"
            owners = {e.key for e in self.entities if e.kind == "organization" and _person_like(e.name, surname)}
        if not owners and speaks:  # a body the tagger named elsewhere, untagged here ("State calls 22 emails …")
            written = normalize_name(span.text)
            owners = {e.key for e in self.entities if e.kind == "organization" and normalize_name(e.name) == written}
        if not owners and len(span) == 1:
            # "Tedros" after "Tedros Adhanom Ghebreyesus", "Lula" after "Luiz Inácio Lula da Silva": the one
            # fuller name the word is part of
            owners = {e.key for e in people if len(e.name.split()) > 1 and surname in normalize_name(e.name).split()}
        if len(owners) == 1:
            key = owners.pop()  # also a sentence-initial surname the tagger read as a word ("Trump shot back")
            owner = next(e for e in self.entities if e.key == key)
            if len(span) > len(owner.name.split()) and owner.kind == "person" and not mistagged:
                # "Prigozhin said" first, "Yevgeny Prigozhin, the founder, said" later: the fuller name
                owner.aliases.add(owner.name)
                owner.name = span.text
                owner.mentions.append(SpanRecord(span.start_char, span.end_char))
                self.names[key] = span.text.lower()
            return key
        acronym = acronym and len(span) == 1
        if mistagged and not (spoken_acronym and acronym):
            if head.i == head.sent.start:
                return None  # a capitalised first word names no one new
            if not after_cue:
                return None  # a mis-tagged word names someone new only right after a cue ("…,” said Skelly)
        if owners or country_for(span.text) or body_for(span.text) or not surname:
            return None
        if titled and len(span) == 1:
            return None  # "The Minister of Public Health said": a title names no one new (as "the health minister")
        kind = "person" if addressed else {"ORG": "organization", "GPE": "place"}.get(head.ent_type_, "person")
        if kind == "person" and set_beside_a_kind_of_place(span):
            kind = "place"  # "Jacobabad, one of the hottest cities on earth, recorded 51.2C": a place
        if kind == "person" and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            kind = "organization"  # "according to the Grid Controller of India": no person's name takes "the"
        if kind == "person" and len(span) > 1 and opens_with_a_body_acronym(span):
            kind = "organization"  # "NHS England said", after "NHS trusts": a body's branch, named after its acronym
        apposed = [c.lemma_.lower() for c in head.children if c.dep_ == "appos"]
        # ("Tamer Ramadan, head of the Red Cross's delegation in Libya, said": a title set beside the name first;
        # the body's kind after it is part of the title's phrase the parser hung on the name)
        described = any(w in BODY_KIND_NOUNS for w in apposed) and not (
            apposed and apposed[0] in PERSON_REFERENCE_NOUNS
        )
        # "Maersk, the world's second-largest container line, said"
        described = described or any(a_shipping_line(c) for c in head.children if c.dep_ == "appos")
        # "Ukraine's state grid operator, Ukrenergo, said": the name set beside the kind of body it is
        described = described or (head.dep_ == "appos" and head.head.lemma_.lower() in BODY_KIND_NOUNS)
        # "the Airwars monitoring group": a name written before the kind of body it is
        kind_after = head.head.head if head.head.dep_ == "compound" and head.head.pos_ == "NOUN" else head.head
        described = described or (head.dep_ == "compound" and kind_after.lemma_.lower() in BODY_KIND_NOUNS)
        if (
            named_after_a_body_noun(span)
            or described
            or acronym  # "COGAT said": an acronym names a body
            or names_a_website(span.text)  # "according to PowerOutage.us"
            or (len(span) > 1 and any(t.tag_ == "NNPS" for t in span))
            or (len(span) > 1 and span[-1].lower_ in INSTITUTION_HEADS)  # "… Officers' Association said"
            or (len(span) > 1 and span[-1].lower_ in FIRM_NAME_HEADS)  # "Enki Research put losses at …"
            or any(country_for(span[k:].text) for k in range(1, len(span)))  # "Business Unity South Africa"
        ):
            # "the rights group OVD-Info said"; "Elco, the Danish company, said"; a name with a plural in it
            # ("Human Rights Watch")
            kind = "organization"
        written = span.text
        if SHORT_FORM_WITH_STOP.fullmatch(span[-1].text):
            written = written[:-1]  # "… by the nonprofit E3G.": the sentence's full stop on a short form
        key = f"{'org' if kind == 'organization' else kind}:{normalize_name(written)}"
        if key not in self.kinds:
            entity = EntityRecord(key=key, name=written, kind=kind, aliases={written})
            entity.mentions.append(SpanRecord(span.start_char, span.start_char + len(written)))
            # ("…, police chief Ana Ruiz said": the title before a name the recogniser left untagged)
            role = role_before(span) if kind == "person" else None
            if role is not None and not only_a_rank(role):
                entity.role, entity.role_title = role.text, role.title_class or None
                entity.role_affiliation = role.affiliation
            self.entities.append(entity)
            self.kinds[key], self.names[key] = kind, written.lower()
            self.roles[key] = " ".join(filter(None, [entity.role, entity.role_title])).lower()
            for tok in span:
                self.by_token.setdefault(tok.i, key)
        return key

    def _in_sentence(self, pronoun: str, head: Token) -> str | None:
        """ "Ban Ki-moon condemned what he called …": a person pronoun whose clause sits inside a
        sentence whose subject is a person named earlier in it refers to that person."""
        if pronoun not in PERSON_PRONOUNS or head.i == head.sent.start:
            return None
        for verb, nearest in _subjects_above(head):
            # "… after Ana Ruiz lost her temper, as she said …": the nearest clause above with a subject
            # (not a "with" phrase's: "Ruiz spoke, with Berg standing behind her as she urged …")
            if verb.head.lower_ != "with":
                key = self.by_token.get(nearest.i)
                if key is not None and self.kinds.get(key) == "person":
                    return key
                break
        # "Ruiz, though she praised the judge …, stopped short": the parser may hang the clause on the name as if
        # the name had no verb; the name it is set off from is the one the pronoun stands for
        clause = next((a for a in head.ancestors if a.dep_ == "advcl"), None)
        if clause is not None and clause.head.pos_ == "PROPN" and clause.head.i < clause.left_edge.i:
            key = self.by_token.get(clause.head.i)
            if key is not None and self.kinds.get(key) == "person":
                return key
        root = head.sent.root
        subj = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < head.i), None)
        if subj is None or subj == head:
            return None
        key = self.by_token.get(subj.i)
        return key if key is not None and self.kinds.get(key) == "person" else None

    def _body_a_relative_clause_is_on(self, head: Token) -> str | None:
        """The organisation named by the noun the nearest relative clause around `head` describes, when the
        relative pronoun is the clause's subject and "it" speaks deeper in it: "it" in "a company called Norden
        Analytics, which builds what it calls …" is that company. "" when the noun names no body; None when
        the rule does not hold ("the data, which it said was incomplete": "it" is whoever released them)."""
        clause = next((a for a in head.ancestors if a.dep_ == "relcl"), None)
        if clause is None or head.head == clause:
            return None
        if not any(c.dep_ == "nsubj" and c.lower_ in {"which", "that"} for c in clause.children):
            return None
        noun = clause.head
        key = self.by_token.get(noun.i)
        if key is None and noun.dep_ in {"pobj", "dobj"} and noun.lower_ in {"company", "firm", "group"}:
            # "a company called Norden Analytics, which …": the name the noun is called by
            called = next((c for c in noun.children if c.dep_ == "acl" and c.lower_ in {"called", "named"}), None)
            name = next((c for c in called.children if c.dep_ in {"oprd", "attr", "dobj"}), None) if called else None
            key = self.by_token.get(name.i) if name is not None else None
        return key if key is not None and self.kinds.get(key) == "organization" else ""

    def _body_of_the_clause_joined_before(self, head: Token) -> str | None:
        """ "The bank's target is 3%, and it forecasts …", "The ministry's figures show 40 dead, but it says …": "it"
        opening a clause joined to the one before, whose subject is a body or a body's (named, or a noun for one
        written as named before), is that body."""
        verb = head.head
        if head.dep_ != "nsubj" or verb.dep_ != "conj" or verb.head.i > head.i:
            return None
        subj = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is None:
            return None
        for noun in (subj, *(c for c in subj.children if c.dep_ == "poss")):
            key = self.by_token.get(noun.i)
            if key is None and noun.lemma_.lower() in ORG_REFERENCE_NOUNS and noun.tag_ == "NN":
                key = self._nominal(noun, definite=True)
            if key is not None and self.kinds.get(key) == "organization":
                return key
        return None

    def _body_subject_above(self, head: Token) -> str | None:
        """The organisation that is the nearest subject above the relative clause `head` speaks in, else None."""
        found = next((subj for _, subj in _subjects_above(head.head)), None)
        key = self.by_token.get(found.i) if found is not None else None
        return key if key is not None and self.kinds.get(key) == "organization" else None

    def _group_subject_in_sentence(self, head: Token) -> Token | None:
        """The plural subject of the nearest verb above `head` that has one before it ("officials said they
        …", "doctors are seeking a rise, which they say …"), when it names people or bodies (a group
        entity, or a noun for people or bodies), not things."""
        # (past a singular common noun no actor is named by: "Analysts said the damage could cost 8%, though
        # they cautioned …" — "they" are not the damage)
        subj = next(
            (found for _, found in _subjects_above(head) if found.tag_ != "NN" or found.i in self.by_token), None
        )
        if subj is None or subj.tag_ not in {"NNS", "NNPS"}:
            return None
        key = self.by_token.get(subj.i)
        if key is not None:
            return subj if self.kinds.get(key) in {"organization", "group"} else None
        lemma = subj.lemma_.lower()
        people = PERSON_REFERENCE_NOUNS | ORG_REFERENCE_NOUNS | ORG_NOUNS | PERSON_DESCRIPTOR_NOUNS
        return subj if lemma in people or subj.lower_ in GROUP_NOUNS else None

    def _body_its_words_are_about(self, head: Token) -> str | None:
        """ "The Canal Authority will cut transits to 18 a day, it said": "it" saying words before it whose subject
        is a body is that body."""
        cue = head.head
        if head.dep_ != "nsubj" or cue.lemma_.lower() not in CUE_VERBS:
            return None
        words = next((c for c in cue.children if c.dep_ == "ccomp" and c.i < head.i), None)
        subj = next((c for c in words.children if c.dep_ == "nsubj"), None) if words is not None else None
        key = self.by_token.get(subj.i) if subj is not None else None
        if key is None and subj is not None and subj.lemma_.lower() in ORG_REFERENCE_NOUNS and subj.tag_ == "NN":
            key = self._nominal(subj, definite=True)  # "The institute recorded 265 rockfalls, it said": the one named
        return key if key is not None and self.kinds.get(key) == "organization" else None

    def _body_subject_in_sentence(self, head: Token) -> Token | None:
        """The subject of the sentence's main verb, a reporting verb, before `head`, when it is a body
        written as a noun phrase ("The UN monitoring mission in Ukraine said …")."""
        root = head.sent.root
        if root.lemma_.lower() not in CUE_VERBS or any(c.dep_ == "mark" for c in root.children):
            return None  # only a sentence reporting the body's words ("Although X declined …, it showed …": no)
        subj = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < head.i), None)
        if subj is None or subj == head or subj.pos_ not in {"NOUN", "PROPN"}:
            return None
        key = self.by_token.get(subj.i)
        if key is not None:
            # ("Sweden said it had confirmed a case": a country speaking as a body is what "it" refers to)
            return subj if self.kinds.get(key) == "organization" or self._a_place_speaking(subj) else None
        return subj if subj.pos_ == "NOUN" and subj.lemma_.lower() in ORG_REFERENCE_NOUNS | ORG_NOUNS else None

    def _a_place_speaking(self, subj: Token) -> bool:
        """Whether a subject is a country or city named as itself (tagged a place, with no possessor or modifier in
        its phrase: "Sweden said", not "Sweden's capital" or "northern Sweden")."""
        key = self.by_token.get(subj.i)
        return (
            key is not None
            and self.kinds.get(key) == "place"
            and subj.ent_type_ == "GPE"
            and not any(c.dep_ in {"poss", "amod", "prep", "case"} for c in subj.children)
        )

    def _quoted_run_before(self, head: Token) -> int | None:
        """Where the sentences wholly in quotation marks right before `head`'s sentence begin ("“…,” Türk said. “An
        assault would be devastating.” His office said …": the second), else None."""
        doc, start, anchor = head.doc, head.sent.start, None
        while start > 0:
            before = doc[start - 1].sent
            words = before.text.strip()
            if not words or words[0] not in _OPENING_QUOTES or words[-1] not in _CLOSING_QUOTES:
                break
            anchor, start = before.start_char, before.start
        return anchor

    def _previous_subject(self, pronoun: str, head: Token, anchor: int | None) -> str | None:
        """ "Its spokesperson, Ana Ruiz, warned that … “…,” she said.": a pronoun refers to the actor
        the sentence right before its passage is about (the subject of its main verb), ahead of
        whoever was quoted last — "he"/"she" to a person, "it" to a body, "they" to a body or a
        group. Not when that sentence reports someone else's words about the person ("Ruiz, he
        said, was wrong")."""
        wanted = (
            {"person"}
            if pronoun in PERSON_PRONOUNS
            else {"organization"}
            if pronoun in THING_PRONOUNS  # "MSF said its staff … “…,” it said"
            else {"organization", "group"}
            if pronoun in {"they", "them"}
            else set()
        )
        if not wanted:
            return None
        window = self._sentence_before(head, anchor)
        subj = self._subject_in(window)
        if subj is None and pronoun in {"he", "she"} and self._chain < 4:
            # "Tomas Vega held his daughter's hand. He said he had waited three days. “…,” he told AFP": the one the
            # sentence before reports speaking with the same pronoun, followed back to whom it names (not whoever
            # was quoted last), at most a few sentences back
            said_by = self._pronoun_that_spoke(window, pronoun)
            if said_by is not None:
                self._chain += 1
                genders = dict(self._genders)  # (what the followed pronoun would learn is not read into the text)
                try:
                    key = self.resolve(said_by)
                finally:
                    self._chain -= 1
                    self._genders = genders
                return key if key is not None and self.kinds.get(key) == "person" else None
        if subj is not None and _no_one_in_particular(subj):
            subj = None  # "No other secretary of state had a private server": no one a pronoun can refer to
        asked = next((c for c in subj.head.children if c.dep_ == "dobj"), None) if subj is not None else None
        if (
            asked is not None
            and subj is not None
            and subj.head.lemma_.lower() in _ASKING_VERBS
            and self.kinds.get(self.by_token.get(asked.i, "")) == "person"
            and anchor is not None
            and anchor < head.idx
        ):
            # "A reporter asked Ana Ruiz whether … “Sure,” she said": the one asked answers the question
            subj = asked
        key = self.resolve(subj) if subj is not None else None
        source = self._according_in(window) if pronoun in PERSON_PRONOUNS else None
        if pronoun in THING_PRONOUNS and subj is not None and subj.head.lemma_.lower() not in CUE_VERBS:
            # "The Dali was carrying 4,700 containers, according to its manager, Synergy Marine. It said …": the body
            # the sentence's words are from, not the thing they are about
            # ("The ship was carrying 55,000 tonnes of coal when it was boarded, the force said in a statement. It
            # said …": the body a cue after the words gives them to)
            source = self._according_in(window, "organization") or self._trailing_source_in(window, subj)
            if source is not None:
                return source
        # (not when the sentence's own subject names a person: "Ruiz said …, according to …"; but "the
        # case against Novak was dropped, according to Walsh": the person inside it is not its subject)
        inside = subj is not None and subj.pos_ == "NOUN" and self.kinds.get(key or "") == "person"
        if source is not None and (key is None or inside):
            return source
        return key if key is not None and self.kinds.get(key) in wanted else None

    def _pronoun_that_spoke(self, window: range | None, pronoun: str) -> Token | None:
        """The pronoun, the same as `pronoun`, that is the subject of the cue at the root of the sentence `window`
        ("He said he had been there")."""
        if window is None:
            return None
        for tok in self.doc[window.start : window.stop]:
            if tok.lemma_.lower() not in CUE_VERBS or tok.dep_ != "ROOT":
                continue  # (not an aside about another: "Omar Haddad, she said, had ignored the warnings")
            found = next((c for c in tok.children if c.dep_ == "nsubj" and c.lower_ == pronoun), None)
            if found is not None:
                return found
        return None

    def _unnamed_body_spoke_before(self, head: Token, anchor: int | None) -> bool:
        """Whether the sentence before is a body's words that names no body ("The committee said
        prices had risen."), or a document's findings that name no author ("The joint assessment found
        that …"): the "it" that speaks next is that body or document, not the last body named."""
        return self._unnamed_spoke_before(
            head, anchor, ORG_REFERENCE_NOUNS | ORG_NOUNS | DATA_NOUNS, CUE_VERBS | FINDING_VERBS
        )

    def _unnamed_person_before(
        self, head: Token, anchor: int | None, nouns: frozenset[str] = _UNNAMED_PERSON_NOUNS
    ) -> str | None:
        """When the sentence before is the words of someone named by a common noun only ("A police officer, who
        spoke on condition of anonymity, said …", "A Hamas official said …"), the "he" or "she" that speaks next is
        that person, not the last person named: "" when the words went to no one, else the body they went to. None
        when the sentence before is no such words (or the noun names a person)."""
        subj = self._unnamed_subject_before(head, anchor, nouns, CUE_VERBS, indefinite=True)
        if subj is None:
            return None
        key = self.resolve(subj)
        if key is None:
            return ""
        return key if self.kinds.get(key) != "person" else None

    def _unnamed_spoke_before(
        self, head: Token, anchor: int | None, nouns: frozenset[str], verbs: frozenset[str], indefinite: bool = False
    ) -> bool:
        """The sentence before has for its cue's subject a singular common noun of `nouns` (with "a"/"an"/"one"/
        "another" when `indefinite`) that names no one the article named."""
        subj = self._unnamed_subject_before(head, anchor, nouns, verbs, indefinite)
        return subj is not None and self.resolve(subj) is None

    def _unnamed_subject_before(
        self, head: Token, anchor: int | None, nouns: frozenset[str], verbs: frozenset[str], indefinite: bool
    ) -> Token | None:
        """The cue's subject in the sentence before when it is a singular common noun of `nouns` (with "a"/"an"/
        "one"/"another" when `indefinite`)."""
        subj = self._subject_before(head, anchor)
        if (
            subj is not None
            and subj.tag_ == "NN"
            and subj.lemma_.lower() in nouns
            and (
                not indefinite
                # ("One woman, who asked not to be named, said": the parser makes "one" a number on the noun)
                or any(
                    (c.dep_ == "det" and c.lower_ in {"a", "an", "one", "another"})
                    or (c.dep_ == "nummod" and c.lower_ == "one")
                    for c in subj.children
                )
            )
            and (subj.dep_ == "nsubj" or subj.head.i < _closing_mark_before(subj))
            and (subj.head if subj.dep_ == "nsubj" else subj.sent.root).lemma_.lower() in verbs
        ):
            return subj
        return None

    def _sentence_before(self, head: Token, anchor: int | None, *, whole: bool = False) -> range | None:
        """The token positions of the sentence before the one holding `head` (or before `anchor`,
        where its passage begins): back to the full stop before it, or its parsed start. With `whole`, a sentence
        ending in a quotation is not the closing mark alone (a body's second reference looks back past it; a
        pronoun, after the quotation, goes to its speaker by other means)."""
        doc = self.doc
        stops = [t.i for t in head.sent if t.i < head.i and t.text in _STOPS]
        start = doc[stops[-1] + 1].idx if stops else head.sent.start_char  # a full stop the parser ran past
        if anchor is not None:
            start = min(start, anchor)
        first = doc.char_span(start, start + 1, alignment_mode="expand")
        if first is None or len(first) == 0 or first[0].i == 0:
            return None
        end = first[0].i
        while end > 0 and doc[end - 1].is_space:  # the paragraph break before a quotation is no sentence
            end -= 1
        if end == 0:
            return None
        begin = doc[end - 1].sent.start
        begin = max([begin] + [t.i + 1 for t in doc[begin : end - 1] if t.text in _STOPS])
        if whole and begin == end - 1 and doc[begin].is_quote and doc[begin].sent.start < begin:
            begin = doc[begin].sent.start  # '… "for the foreseeable future." The company …': not its closing mark alone
        return range(begin, end)

    def _according_in(self, window: range | None, kind: str = "person") -> str | None:
        """The source a sentence (the one before a pronoun's) gives with "according to" ("…, according
        to Ana Ruiz, a former official. “…,” she said"): the person (or the body, for `kind`) the next
        pronoun or second reference most likely is."""
        if window is None:
            return None
        for i in window:
            source = according_source(self.doc[i])
            key = self.resolve(source) if source is not None else None
            if key is not None and self.kinds.get(key) == kind:
                return key
        return None

    def _trailing_source_in(self, window: range | None, subj: Token) -> str | None:
        """The body a cue after the sentence's own subject gives its words to ("The ship was carrying coal …, the force
        said"), when that is a body."""
        if window is None:
            return None
        for i in window:
            tok = self.doc[i]
            if i > subj.i and tok.lemma_.lower() in CUE_VERBS and tok.pos_ == "VERB":
                source = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                key = self.resolve(source) if source is not None and source.pos_ != "PRON" else None
                if key is not None and self.kinds.get(key) == "organization":
                    return key
        return None

    def _subject_before(self, head: Token, anchor: int | None) -> Token | None:
        """The subject of the main verb of the sentence before the one holding `head` (or before
        `anchor`, where its passage begins), if it is not a pronoun and that sentence does not
        report a pronoun's words."""
        return self._subject_in(self._sentence_before(head, anchor))

    def _subject_in(self, window: range | None) -> Token | None:
        """`_subject_before` for a sentence's token positions."""
        doc = self.doc
        if window is None:
            return None
        begin, end = window.start, window.stop
        roots = [t for t in doc[begin:end] if t.head.i not in window or t.head == t]
        root = next((t for t in roots if t.pos_ in {"VERB", "AUX"}), None)
        if root is None:
            # "Somalia's minister of health, Ali Haji Adam, called on donors …": the parser made the subject the
            # sentence's root and its verb a clause on it — a verb in the past tense, which a reduced relative
            # clause ("the man called Bob", a participle) is not; the noun is the subject
            noun = next((t for t in roots if t.pos_ in {"NOUN", "PROPN"}), None)
            if noun is not None and any(c.dep_ == "acl" and c.tag_ == "VBD" and c.i > noun.i for c in noun.children):
                return noun
            return None
        if any(
            t.lemma_.lower() in CUE_VERBS
            and any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in t.children)
            and not any(a.lemma_.lower() in CUE_VERBS for a in t.ancestors)  # ("Reis said he would ask …")
            for t in doc[begin:end]
        ):
            return None
        subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
        # "A teacher who gave her name only as Amira said …", parsed with two subjects of "said": the one
        # that names someone
        subj = next((c for c in subjects if c.i in self.by_token), subjects[0] if subjects else None)
        if subj is None and root.i > begin:
            # "In the parish of X, farmer Ana Ruiz, 61, stood in …": the parser hung the name on the place before it
            # as an apposition and left the verb without a subject; the person named right before the verb is it
            k = root.i - 1
            while k > begin and (doc[k].is_punct or doc[k].like_num):
                k -= 1
            before_verb = doc[k]
            if (
                before_verb.dep_ == "appos"
                and before_verb.i < root.i
                and self.kinds.get(self.by_token.get(before_verb.i, "")) == "person"
            ):
                subj = before_verb
        if subj is None and root.lemma_.lower() in CUE_VERBS:
            subj = _noun_after_the_quotation(doc[begin : root.i])
        if subj is not None and subj.lower_ == "it":
            # "Lynch announced the lawsuit against the state, it’s governor and …": the parser made the sentence's
            # verb a clause of the "it’s" after it; the subject is the one that clause opens with
            opened = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None)
            named = next((c for c in opened.children if c.dep_ == "nsubj"), None) if opened is not None else None
            subj = named if named is not None and named.pos_ in {"PROPN", "NOUN"} else subj
        opening = doc[begin]
        if subj is None and opening.head == root and opening.dep_ in {"advmod", "npadvmod", "dep"}:
            # "Mwamba, in a victory speech, called for unity": a name the tagger misread, opening the sentence
            subj = opening if self.kinds.get(self.by_token.get(opening.i, "")) == "person" else None
        return None if subj is None or subj.pos_ == "PRON" else subj

    def _other_than_the_subject(self, pronoun: str, head: Token, before: int) -> str | None:
        """An object pronoun ("quoted him as saying") is never the subject of its own verb: the last person
        named before it who is not that subject; None when the verb has no named subject."""
        subject = next((c for c in head.head.children if c.dep_ == "nsubj"), None) if head.dep_ == "dobj" else None
        bound = self.resolve(subject) if subject is not None and subject.pos_ != "PRON" else None
        return self._last_mentioned(pronoun, before, other_than=bound) if bound is not None else None

    def _last_mentioned(self, pronoun: str, before: int, other_than: str | None = None) -> str | None:
        """No earlier speaker: "he" is the last person named in the sentences before (but `other_than`)."""
        if pronoun not in PERSON_PRONOUNS:
            return None
        for i in range(before - 1, max(-1, before - 80), -1):
            key = self.by_token.get(i)
            if key and key != other_than and self.kinds.get(key) == "person" and self._fitting(pronoun, key):
                top = self.doc[i]
                while top.head != top and self.by_token.get(top.head.i) == key:
                    top = top.head  # the head word of the name ("secretary" of "secretary of state")
                if _no_one_in_particular(top):
                    continue
                named = self.by_token.get(top.head.i) if top.dep_ == "appos" else None
                if key in self.role_references and named and self.kinds.get(named) == "person":
                    # "Darko Juka, the head of civil protection, told …": the person the title is set beside
                    return named
                return key
        return None

    def gender(self, key: str) -> str | None:
        """ "f" or "m" when the text says so by a title, role or honorific of the person; else None."""
        if key not in self._genders:
            words = set(re.findall(r"[a-z]+", self.roles.get(key, "")))
            words |= set(re.findall(r"[a-z]+", self.names.get(key, "").split(" ")[0]))  # "Mrs Okonjo" as tagged
            words |= self._gender_evidence().get(key, set())
            female, male = bool(words & _FEMALE_WORDS), bool(words & _MALE_WORDS)
            self._genders[key] = "f" if female and not male else "m" if male and not female else None
        return self._genders[key]

    def _gender_evidence(self) -> dict[str, set[str]]:
        """Per person, the words in the text besides their role that say which they are, read in one
        pass: the word right before a mention ("Ms Ruiz", "spokeswoman Ana Ruiz"), and the pronoun
        their own reported clause opens with ("Reis said he would ask for funds", "Chen said she …")."""
        if self._evidence is None or self._evidence_tokens != len(self.by_token):
            self._evidence, self._evidence_tokens = {}, len(self.by_token)
            for i, owner in self.by_token.items():
                if i > 0 and self.by_token.get(i - 1) != owner:
                    self._evidence.setdefault(owner, set()).add(self.doc[i - 1].lower_.rstrip("."))
            for cue in self.doc:
                if cue.lemma_.lower() not in CUE_VERBS:
                    continue
                subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
                key = self.by_token.get(subj.i) if subj is not None else None
                if key is None or self.kinds.get(key) != "person":
                    continue
                for clause in (c for c in cue.children if c.dep_ == "ccomp"):
                    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                    if subject is None or subject.lower_ not in {"he", "she"}:
                        continue
                    between = self.doc[min(subject.i, cue.i) : max(subject.i, cue.i)]
                    if any(t.is_quote for t in between):
                        continue  # ("“He is becoming ISIS's best recruiter,” Clinton said": someone else, in her words)
                    self._evidence.setdefault(key, set()).add("man" if subject.lower_ == "he" else "woman")
        return self._evidence

    def _fitting(self, pronoun: str, key: str | None) -> str | None:
        """`key`, unless the text shows the person is not what a gendered pronoun says."""
        wanted = _PRONOUN_GENDER.get(pronoun)
        if key is None or wanted is None or self.kinds.get(key) != "person":
            return key
        found = self.gender(key)
        return None if found is not None and found != wanted else key

    def _passage_start(self, head: Token, anchor: int | None) -> int:
        """The token position of `head`, or of `anchor` (a quotation's opening mark) if it comes first."""
        if anchor is None or anchor >= head.idx:
            return head.i
        first = self.doc.char_span(anchor, anchor + 1, alignment_mode="expand")
        return min(head.i, first[0].i) if first is not None and len(first) else head.i

    def _by_gender(self, pronoun: str, head: Token, before: int) -> str | None:
        """ "Spokeswoman Ana Ruiz said … “…,” she said", after quotes of a man: the person last
        named before the pronoun whom the text shows to be a woman (or a man, for "he"), when the
        earlier speaker is not shown to be one, or was named before her."""
        wanted = _PRONOUN_GENDER.get(pronoun)
        if wanted is None:
            return None
        last: dict[str, int] = {}
        for i, key in self.by_token.items():
            if i < before and self.kinds.get(key) == "person":
                last[key] = max(last.get(key, -1), i)
        shown = [k for k in last if self.gender(k) == wanted]
        if not shown:
            return None
        recent = max(shown, key=lambda k: last[k])
        earlier = self.antecedent(pronoun)
        if earlier is None or earlier == recent:
            return recent if earlier is None and head.i - last[recent] < 80 else earlier
        if self.gender(earlier) is None and last.get(earlier, -1) < last[recent]:
            return recent
        text, mention = doc_text(self.doc), self.doc[last[recent]]
        paragraph = text.rfind("\n\n", 0, head.idx)
        quoted = any(q.open_mark <= mention.idx < q.end for q in self.quotes)
        if self.doc[last.get(earlier, 0)].idx < paragraph < mention.idx and not quoted:
            # "Ms. Epstein noted that … ¶ … the possibility that Mrs. Clinton might nominate … ''Wow, what a great
            # idea,'' she said": the one named in the pronoun's paragraph, not the last speaker, not named in it
            # (nor one named in a quotation, or as the subject of what the pronoun says: "Mr. Trump … fits that
            # bill, he added")
            said = mention.head.dep_ == "ccomp" and mention.head.head == head.head
            return None if mention.dep_ in {"nsubj", "nsubjpass"} and said else recent
        return None

    def antecedent(self, pronoun: str) -> str | None:
        wanted = (
            {"person"}
            if pronoun in PERSON_PRONOUNS
            else {"group"}
            if pronoun in GROUP_PRONOUNS
            else {"organization", "place"}
        )
        for key in reversed(self.history):
            if self.kinds.get(key) in wanted and self._fitting(pronoun, key):
                return key
        return None

    def spoke(self, key: str | None) -> None:
        if key:
            self.history.append(key)
