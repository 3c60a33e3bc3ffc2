"""Attributing quotations to speakers over one Doc (reported speech: reported.py; what is not a
statement: quote_filters.py).

Patterns: "Q," SPEAKER CUE / "Q," CUE SPEAKER / SPEAKER CUE: "Q" / SPEAKER CUE that "Q" /
according to SPEAKER, "Q" / partial quotes governed by a cue verb / continuation of the
previous speaker / pronouns / documents speaking for their issuer / signed posts.
"""

import re
from collections.abc import Sequence
from datetime import date

from spacy.tokens import Doc, Span, Token

from app.extract.dates import resolve_day
from app.extract.lexicon import (
    ABBREVIATIONS,
    ADMIN_UNIT_NOUNS,
    CHANNEL_WORDS,
    CUE_VERBS,
    FORECAST_CUE_VERBS,
    GROUP_NOUNS,
    HAZARD_NOUNS,
    KIN_NOUNS,
    NAMING_VERBS,
    ORG_NOUNS,
    ORG_REFERENCE_NOUNS,
    PEOPLE_STATES,
    PERSON_REFERENCE_NOUNS,
    SPEECH_ACT_NOUNS,
    STANCE_VERBS,
    STATEMENT_NOUNS,
    TITLE_WORDS,
)
from app.extract.names import normalize_name
from app.extract.quotes import CLOSERS, QuoteSpan, signed_posts
from app.extract.records import QuotationRecord
from app.extract.records import Span as RecordSpan
from app.extract.speaker_labels import is_speaker_label, name_labels, signature_after, transcript_labels
from app.extract.speakers import SpeakerResolver
from app.extract.text import according_source, age_named, date_entities, doc_text, entry_lead, in_brackets

_SUBJECTS = {"nsubj", "nsubjpass"}
_THING_WORDS = frozenset(["it", "this", "that", "which"])  # subjects that speak for no one
_MAX_HEAD_WALK = 8


def sends_or_drops(call: Token) -> bool:
    """A call that sends people somewhere or drops a plan ("onto the streets", "into the capital"; "called up",
    "called in", "called off"), with no complement or clause that would name or quote something."""
    return any(
        (c.dep_ == "prep" and c.lower_ in {"onto", "into"}) or (c.dep_ == "prt" and c.lower_ in {"off", "in", "up"})
        for c in call.children
    ) and not any(c.dep_ in {"oprd", "xcomp", "ccomp", "attr"} for c in call.children)


def is_cue(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
        return True
    if tok.lower_ in {"read", "reads", "said", "says"} and (
        tok.dep_ == "ROOT" or any(c.dep_ in _SUBJECTS for c in tok.children)
    ):
        return True  # the tagger often takes "the statement read" for a noun
    if lemma == "put" and _as_put_it(tok):
        return True  # "as Ana Ruiz put it, …"
    if lemma in _BACK_VERBS and any(c.dep_ in {"prt", "advmod"} and c.lower_ == "back" for c in tok.children):
        return True  # "shot back", "fired back", "hit back": a retort
    particle = _PHRASAL_CUES.get(lemma)
    if particle and tok.pos_ in {"VERB", "AUX"}:
        children = list(tok.children)
        if any(c.dep_ in {"prt", "advmod"} and c.lower_ == particle for c in children) and not any(
            c.dep_ in {"xcomp", "prep"} for c in children
        ):
            return True  # "Brandt went on", "a voter chimed in": speech, unless "went on to win"
    if lemma in _AMOUNT_VERBS and any(c.dep_ == "dobj" and _is_amount(c) for c in tok.children):
        return False  # "the shares added 12 cents", "the economy added 300,000 jobs": a change, not speech
    if lemma == "call" and sends_or_drops(tok):
        return False  # "called his supporters onto the streets", "called up reservists", "called off the strike"
    if lemma == "call" and names_itself(tok):
        return False  # "a group calling itself GenZ 212": the name it goes by, no statement
    if lemma == "admit" and lets_in(tok):
        return False  # "children admitted for treatment", "admitted to hospital": let in, not an admission
    if lemma == "conclude" and any(c.dep_ == "dobj" for c in tok.children):
        return False  # "hoped to conclude the talks": to finish them, not to find that something is so
    if lemma == "add" and _adds_to_something(tok):
        return False  # "the deal would add modestly to earnings": a sum grows, no one speaks
    if lemma == "post" and any(c.dep_ == "dobj" and c.lemma_.lower() not in _POSTED_MESSAGES for c in tok.children):
        return False  # "the country posted a primary surplus of 0.6%": a result, not a message
    if tok.tag_ == "VBN" and tok.dep_ in {"pcomp", "advcl"} and tok.head.lower_ in {"with", "without"}:
        return False  # "…, with 95 confirmed": what was confirmed, by no one the sentence names
    if values_a_figure(tok) and not any(c.dep_ == "agent" for c in tok.children):
        return False  # (by an agent, "estimated at $2bn by the bank", the bank claims the figure)
    if lemma in FORECAST_CUE_VERBS and tok.dep_ != "parataxis" and not any(c.dep_ == "ccomp" for c in tok.children):
        return False  # "projecting military power": a forecast is a cue only with what it forecasts
    if lemma == "continue" and any(c.dep_ == "xcomp" and c.lemma_.lower() not in CUE_VERBS for c in tok.children):
        return False  # "Rubio will continue to be “a champion …”": going on being, not going on speaking
    if lemma == "continue" and (
        (tok.dep_ == "amod" and tok.head.pos_ == "NOUN")
        or any(c.dep_ == "dobj" and c.left_edge.i == tok.i + 1 and c.pos_ == "NOUN" for c in tok.children)
    ):
        # "the military continued air strikes", "continued his push" (or "continued" read as the strikes'
        # adjective): an act, not speech (but "Continued Stone: “…”", "Trump continued: “…”")
        return False
    if not (tok.pos_ in {"VERB", "AUX"} and lemma in CUE_VERBS):
        return False
    if lemma in _IMPACT_VERBS and any(c.dep_ == "prep" and c.lower_ in _IMPACT_PREPS for c in tok.children):
        return False  # "the jet slammed into a concrete wall", "a missile hit against …": a blow, not a rebuke
    if lemma in _IMPACT_VERBS and _a_hazard_acts(tok):
        return False  # "Hurricane Otis slams Acapulco", "Storm Ciaran lashes France": weather, no one speaks
    # "the number of people confirmed dead rose to 111", "reported missing": a state, no statement
    return not any(c.dep_ in {"oprd", "acomp"} and c.lower_ in _STATES_OF_PEOPLE for c in tok.children)


# Verbs of a physical blow that news also uses for a verbal one ("slammed the decision", "blasted the plan"), and the
# prepositions that make them the blow ("slammed into a wall", "crashed against the pier").
_IMPACT_VERBS = frozenset({"slam", "blast", "hit", "lash", "hammer", "smash", "crash", "strike", "rip"})
_IMPACT_PREPS = frozenset({"into", "onto", "against", "through"})


def _a_hazard_acts(verb: Token) -> bool:
    """The verb's subject is a hazard ("the storm slammed the coast", "Hurricane Otis slams Acapulco")."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and names_a_hazard(subject)


def names_a_hazard(noun: Token) -> bool:
    """A hazard, by its common noun or the kind before a named one ("the storm", "Hurricane Otis"; not a name that is
    also a hazard's word: "Bruce Ash criticized the move")."""
    kinds = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    return (noun.pos_ == "NOUN" and noun.lemma_.lower() in HAZARD_NOUNS) or any(
        c.lemma_.lower() in HAZARD_NOUNS for c in kinds
    )


# The states a person is confirmed, reported or declared in ("confirmed dead", "reported missing").
_STATES_OF_PEOPLE = PEOPLE_STATES | {"alive", "safe", "killed"}


def names_itself(call: Token) -> bool:
    """ "calling itself GenZ 212", "who call themselves the Black Bloc": a reflexive object and a capitalised name
    after it (not "called himself a victim", a description he gave)."""
    doc = call.doc
    obj = next((c for c in call.children if c.dep_ == "dobj" and c.lower_.endswith(("self", "selves"))), None)
    if obj is None or obj.i + 1 >= len(doc):
        return False
    after = doc[obj.i + 1]
    after = doc[obj.i + 2] if after.lower_ == "the" and obj.i + 2 < len(doc) else after
    return after.text[:1].isupper()


def lets_in(verb: Token) -> bool:
    """ "admitted for treatment", "was admitted to hospital", "admitted into the country": "admit" in its sense of
    letting in, with where or what for, and no words admitted (no clause after it)."""
    children = list(verb.children)
    into = any(
        c.dep_ == "prep"
        and c.lower_ in {"to", "into", "for"}
        and c.i > verb.i
        and not any(g.dep_ == "pcomp" for g in c.children)  # ("admitted to having lied": an admission)
        for c in children
    )
    return into and not any(c.dep_ in {"ccomp", "parataxis"} for c in children)


def _adds_to_something(verb: Token) -> bool:
    """ "would add to earnings", "added to the pressure": "add to" with no words said (no clause, no quotation
    after it)."""
    children = list(verb.children)
    to = any(c.dep_ == "prep" and c.lower_ == "to" and c.i > verb.i for c in children)
    return to and not any(c.dep_ in {"ccomp", "parataxis", "dobj"} for c in children)


# Verbs that put a figure on something ("was estimated at", "is put at", "was valued at").
_VALUING_VERBS = frozenset(["estimate", "put", "value", "calculate", "assess", "project", "peg", "reckon"])


def values_a_figure(tok: Token) -> bool:
    """ "The damage was estimated at $2 billion": a passive verb putting a figure on its subject — its
    subject is what is valued, not a speaker, and it reports no clause (a clause the parser hangs on it
    is the sentence's other half)."""
    return (
        tok.lemma_.lower() in _VALUING_VERBS
        and any(c.dep_ == "auxpass" for c in tok.children)
        and any(c.dep_ == "prep" and c.lower_ == "at" for c in tok.children)
    )


# What one posts that says something ("posted a video", "posted a statement on X").
_POSTED_MESSAGES = frozenset({
    "message", "video", "statement", "photo", "picture", "image", "comment", "note", "letter", "tweet",
    "update", "clip", "recording", "post", "text", "thread", "link", "status", "word",
})  # fmt: skip
# Cue verbs that also take an amount as their object.
_AMOUNT_VERBS = frozenset(["add"])


def _is_amount(tok: Token) -> bool:
    return (
        tok.like_num
        or tok.ent_type_ in {"MONEY", "PERCENT", "QUANTITY", "CARDINAL"}
        or any(c.dep_ == "nummod" for c in tok.children)
    )


_BACK_VERBS = frozenset(["shoot", "fire", "hit", "snap", "push"])
# Phrasal verbs of speaking (verb lemma → particle), as press attributions use them.
_PHRASAL_CUES = {"go": "on", "chime": "in", "pipe": "up", "weigh": "in", "butt": "in", "cut": "in"}


def _as_put_it(tok: Token) -> bool:
    children = list(tok.children)
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in children) and any(
        c.dep_ == "dobj" and c.lower_ == "it" for c in children
    )


_NOT_SUBJECT_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


def _subject_child(node: Token) -> Token | None:
    """The verb's subject; with a misparse giving two ("12:15 p.m. Ana Ruiz says"), the one
    nearest the verb that is not a time or a number."""
    subjects = [
        c
        for c in node.children
        if c.dep_ in _SUBJECTS and (c.ent_type_ not in _NOT_SUBJECT_ENTS or _one_of_them(c) or age_named(c))
    ]
    if not subjects:
        return None
    if len(subjects) > 1:  # "Ana, star of the show “Late,” thanked …": a quoted title is no subject
        subjects = [c for c in subjects if not _in_marks(c)] or subjects
    nearest = min(subjects, key=lambda c: abs(c.i - node.i))
    named = [c for c in subjects if c.i < nearest.i and c.pos_ == "PROPN" and c.i + 1 < len(c.doc)]
    if nearest.pos_ == "NOUN" and named and _comma_after(named[-1]):
        # "COGAT, the Israeli military body that oversees aid, said": the parser made the description a
        # second subject; the name is the subject, the description its apposition
        return named[-1]
    return nearest


def _one_of_them(tok: Token) -> bool:
    """ "one of the diplomats", "two of the survivors": a number of some people, which the recogniser tags a
    number, and which speaks."""
    if not (tok.like_num or tok.lower_ in _VAGUE_COUNTS):
        return False  # ("Hundreds of dock workers", "tens of thousands of protesters": a vague count of them too)
    them: Token | None = tok
    while them is not None and (them.like_num or them.lower_ in _VAGUE_COUNTS):
        of = next((c for c in them.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        them = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    people = them is not None and (
        them.lower_ in GROUP_NOUNS or them.lemma_.lower() in PERSON_REFERENCE_NOUNS | PEOPLE_WORDS
    )
    return them is not None and them.tag_ == "NNS" and people


# Plural scale words that count people vaguely ("hundreds of workers", "tens of thousands of protesters").
_VAGUE_COUNTS = frozenset({"dozens", "scores", "tens", "hundreds", "thousands", "millions"})


def _comma_after(tok: Token) -> bool:
    """A name followed by a comma, right after its own phrase ("COGAT, …")."""
    nxt = tok.doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.text == ","


def _in_marks(tok: Token) -> bool:
    """A word standing between quotation marks of its own ("“Scandal,”")."""
    doc, first = tok.doc, tok.left_edge.i
    if doc[first].text in _QUOTE_TOKENS and doc[first].text not in {"”", "’", "»"}:
        return True  # the marks hang on the word itself
    return first > 0 and doc[first - 1].text in {"“", "‘", "«"}


def subject_of(
    verb: Token, *, outside: tuple[int, int] = (0, 0), quoted: Sequence[tuple[int, int]] = ()
) -> Token | None:
    """The speaker phrase of a cue. `outside`: the quotation's characters, never searched (a
    misparse can hang the cue on a verb inside the quotation, whose subject is "we" or "I");
    `quoted`: every quotation of the article, whose verbs are not the speaker's clause either."""
    if verb.lower_ == "according":
        return according_source(verb)
    blocked = [outside, *quoted]
    if (appositive := appositive_speaker(verb)) is not None:
        return appositive
    if (author := _author_of_statement(verb)) is not None:
        return author
    if (person := _person_shown_speaking(verb)) is not None:
        return person
    if (quoted_one := _quoted_as_saying(verb)) is not None:
        return quoted_one
    if (after_label := _speaker_after_a_label(verb)) is not None:
        return after_label  # "South Africa: power cuts cost R900m a day, says central bank": the bank, not the label
    coordinated = coordinated_cue(verb)
    node: Token | None = verb
    for _ in range(4):
        if node is None or any(start <= node.idx < end for start, end in blocked):
            if node is not None and node is not verb and verb.tag_ == "VBG":
                return _root_subject(verb, blocked)  # "X told Y that Z “…,” adding, “…”": X adds
            break
        if (
            node is not verb
            and node.dep_ == "ccomp"
            and is_cue(node.head)
            and node.head.i < verb.i
            and _aside_cue(verb)
            and not is_cue(node)  # ("…,” Lewandowski added, saying …": the one who added)
            and not held_by_the_clause(verb, node)
        ):
            # "X said 10 people were arrested, adding: “…”": the parser hung "adding" on the reported clause;
            # who adds is who said it, not the clause's subject
            node = node.head
        if node is verb and _headline_passive(verb):
            return None  # "Sudan's RSF accused of killing hundreds": the subject is the one accused, by no one named
        subj = _passive_agent(node) or _subject_child(node) or _glued_subject(node) or _aside_subject(node)
        if subj is not None and node is not verb and _expletive_over_an_infinitive(subj, node, verb):
            return None  # "It seems unfair to simply tell the communities: “…”": no one tells them
        # "X denied the notion that a shakeup is coming, explaining that …", "X rejected the notion that …,
        # saying …": the parser hung the participle under a thing (the clause's subject, or the noun it
        # describes); a thing explains nothing, so the participle is the earlier cue's speaker's
        if subj is not None:
            thing = subj if node is not verb and not is_cue(node) else None
        else:
            thing = node.head if node.dep_ == "acl" else None
        # a cue coordinated to a reported clause whose subject is no person ("said it was too early but added,
        # “…”", "said the party was not in crisis, and urged …"): the parser's attachment, not the speaker
        impersonal = coordinated and thing is not None and thing.ent_type_ != "PERSON"
        # "said 75 officers had been wounded and blamed “violent groups”", "said its fighters were protecting
        # residents and accused the army of …": a cue with an object of its own does not share the subject
        separate = thing is not None and verb.dep_ == "conj" and verb.head == node and separate_statement(verb, node)
        if (
            thing is not None
            and (_aside_cue(verb) or coordinated or separate)
            and (_a_thing(thing) or impersonal or separate)
        ):
            earlier = _earlier_cue(node, verb)
            if earlier is not None:
                return subject_of(earlier, outside=outside, quoted=quoted)
        about = _antecedent(subj, node) if subj is not None and node.dep_ == "relcl" else None
        if subj is not None and about is not None and _relative_for_a_source(subj, about):
            return about  # "… was echoed by Ana Ruiz, who said …": the one the relative clause is about
        if subj is not None:
            return subj
        if node.dep_ == "acl" and node.head.pos_ in {"PROPN", "NOUN"}:
            return node.head  # "footage of Ana Ruiz asking, “…”"
        if node.dep_ == "pcomp" and node.head.dep_ == "prep":
            node = node.head  # "… before asking her, “…”": the clause the preposition belongs to
        walk = {"conj", "xcomp", "advcl", "prep"} | ({"ccomp"} if is_cue(node.head) else set())
        if node.dep_ == "dobj" and node.tag_ == "VBG":
            walk.add("dobj")  # "she recalled thinking, “…”": the one who recalls
        node = node.head if node.dep_ in walk and node.head != node else None  # ccomp: "said that …, but said “…”"
    after = _name_just_after(verb)
    if after is not None and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
        return after  # "…, where 33 people died, said Qureshi Badloon": the name, not a place in the clause
    return _actor_just_before(verb) or after or _previous_subject(verb)


def _speaker_after_a_label(verb: Token) -> Token | None:
    """A headline's "Label: claim, says X": the parser may make the label before the colon the cue's subject and hang
    the speaker after the cue loosely on it; the noun right after the cue is who says it."""
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i), None)
    if subj is None or not any(t.text == ":" for t in verb.doc[subj.i + 1 : verb.i]):
        return None
    if verb.lemma_.lower() not in {"say", "warn", "claim", "report", "tell", "confirm", "insist", "admit"}:
        return None  # ("The Latest: Trump urges supporters to …": an object, not who speaks)
    return next(
        (
            c
            for c in verb.children
            if c.i > verb.i
            and c.left_edge.i == verb.i + 1
            and c.dep_ in {"dep", "nsubj", "attr", "npadvmod", "dobj"}
            and c.pos_ in {"NOUN", "PROPN"}
            and _closes_the_line(c)  # ("…, says central bank")
        ),
        None,
    )


def _closes_the_line(phrase: Token) -> bool:
    """Nothing but punctuation or a line break after the phrase's last word."""
    doc = phrase.doc
    last = max(t.i for t in phrase.subtree if not t.is_space)
    return last + 1 >= len(doc) or doc[last + 1].is_punct or doc[last + 1].is_space or "\n" in doc[last].whitespace_


def _expletive_over_an_infinitive(subj: Token, node: Token, verb: Token) -> bool:
    """ "It seems unfair to tell …", "It is time to say …": an empty "it" of a verb of being or seeming above the
    cue, an infinitive, which then has no speaker."""
    return (
        subj.lower_ == "it" and node.lemma_.lower() in {"be", "seem", "appear", "look", "sound"} and verb.tag_ == "VB"
    )


def _headline_passive(verb: Token) -> bool:
    """A cue's bare past participle with a subject and no auxiliary, object or clause, completed by what its subject
    is charged with or asked to do, or by the role it is named to, as headlines write the passive ("Minister accused
    of lying", "Mayor urged to quit", "Army criticised over raids", "Ruiz declared winner")."""
    children, lemma = list(verb.children), verb.lemma_.lower()
    # ("Maduro declared winner as …", "Ruiz named prime minister": the one named, a role with no article after it)
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    named = lemma in NAMING_VERBS and nxt is not None and nxt.tag_ == "NN" and nxt.lemma_.lower() in _NAMED_ROLES
    if named and verb.tag_ in {"VBN", "VBD"} and not any(c.dep_ in {"aux", "auxpass"} for c in children):
        return any(c.dep_ == "nsubj" and c.i < verb.i for c in children)
    charged = lemma in _CHARGING_VERBS and any(c.dep_ == "prep" and c.lower_ in {"of", "for", "over"} for c in children)
    pressed = lemma in _PRESSING_VERBS and any(c.dep_ == "xcomp" for c in children)
    # (these never go without their object in the active voice, so a past tense is that passive too: "Mayor urged to
    # quit")
    past = verb.tag_ == "VBN" or (verb.tag_ == "VBD" and pressed)
    return (
        past
        and (charged or pressed)
        # (or read as a clause on the headline's noun; not "a man accused of …" inside a sentence, an accusation)
        and ((verb.dep_ == "acl" and verb.head.dep_ == "ROOT") or any(c.dep_ == "nsubj" for c in children))
        and not any(c.dep_ in {"aux", "auxpass", "dobj", "ccomp", "agent"} for c in children)
    )


# Verbs whose object is the one charged with, blamed or praised for something, and those whose object is pressed to do
# something: in a headline's bare passive, their subject is that object.
_CHARGING_VERBS = frozenset({"accuse", "suspect", "blame", "criticise", "criticize", "condemn", "slam", "praise"})
_PRESSING_VERBS = frozenset({"urge", "press", "tell"})
# Verbs that thank, credit or fault someone for something ("thanked donors for their help").
_THANKING_VERBS = frozenset({"thank", "commend", "credit", "fault", "chide", "rebuke", "scold", "lambast", "berate"})
_NAMED_ROLES = TITLE_WORDS | {"winner", "victor", "champion", "successor", "candidate", "nominee"}


def _quoted_as_saying(verb: Token) -> Token | None:
    """ "Interfax quoted Sergei Ryabkov as saying …", "state media cited an official as saying …": the one
    quoted says it, not the outlet that quotes."""
    prep = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.dep_ != "prep":
        return None
    quoting = prep.head
    if quoting.lemma_.lower() not in {"quote", "cite"}:
        return None
    return next((c for c in quoting.children if c.dep_ in {"dobj", "nsubjpass"}), None)


def separate_statement(verb: Token, first: Token) -> bool:
    """`verb`, a cue with an object of its own coordinated with the reported clause `first`, is the speaker's next
    statement: when `first` is passive ("said 75 officers had been wounded and blamed …"), or `verb` is in the
    simple past and `first` a progressive ("were protecting … and accused …") or after a modal ("would resume …
    and blamed …"), whose auxiliary `verb` cannot share, nor its subject."""
    if not any(c.dep_ == "dobj" for c in verb.children) or any(c.dep_ in _SUBJECTS for c in verb.children):
        return False  # (a subject of its own: "… was set to rise but 800,000 pensioners were not claiming it")
    if any(c.dep_ == "nsubjpass" for c in first.children):
        return True
    if verb.tag_ != "VBD" or verb.lower_.endswith("ing") or not (first.dep_ == "ccomp" and is_cue(first.head)):
        return False  # (not "Mook was holding a meeting … and told aides": the first clause is nobody's words)
    if any(c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.ent_type_) for c in first.children):
        return False  # (a named subject may be who speaks next, the parser's "cue" a misread clause)
    auxes = [c for c in first.children if c.dep_ == "aux"]
    progressive = first.tag_ == "VBG" and any(c.lemma_ == "be" for c in auxes)
    modal = first.tag_ == "VB" and any(c.tag_ == "MD" for c in auxes)
    return progressive or modal


def _earlier_cue(node: Token, verb: Token) -> Token | None:
    """The cue before `verb` whose reported words hold `node` (not one whose circumstance does: "He
    tweeted when X ended the debate with a reference …, remarking": X remarks)."""
    if node.dep_ == "advcl" and node is not verb:
        return None  # "X asks as a man walks in, saying …": the man says it
    for a in node.ancestors:
        if is_cue(a) and a.i < verb.i:
            return a
        if a.dep_ == "advcl":
            return None
    return None


def _a_thing(subj: Token) -> bool:
    """A subject that is a common noun for no person or body ("a shakeup", "the episode")."""
    if subj.pos_ != "NOUN" or subj.ent_type_:
        return False
    lemma = subj.lemma_.lower()
    people = PERSON_REFERENCE_NOUNS | ORG_REFERENCE_NOUNS | ORG_NOUNS | PEOPLE_WORDS
    return lemma not in people and subj.lower_ not in GROUP_NOUNS


# Common nouns for people that no lexicon list of titles, bodies or kin holds.
PEOPLE_WORDS = KIN_NOUNS | {
    "people", "person", "man", "woman", "family", "resident", "witness", "friend", "neighbour", "neighbor", "colleague",
}  # fmt: skip


# Verbs of committing to a course, whose infinitive is what was said ("vowed to fight on", "pledged to rebuild").
_VOWS = frozenset({"vow", "pledge", "promise", "threaten", "swear", "undertake"})


def agreement_in_anothers_words(verb: Token) -> bool:
    """An agreement to act inside the clause another cue above it reports ("the minister said the government and
    the fund had agreed to increase the loan"): what that speaker says was agreed, not a statement of its own."""
    agreed = verb.lemma_.lower() == "agree" and any(c.dep_ == "xcomp" for c in verb.children)
    return agreed and in_anothers_words(verb)


def in_anothers_words(verb: Token) -> bool:
    """The verb's clause is the one another cue above it reports, or one joined to it (not a reason or purpose
    clause inside it)."""
    node = verb
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    return node.dep_ == "ccomp" and node.head.pos_ == "VERB" and is_cue(node.head) and node.head != verb


def coordinated_cue(verb: Token) -> bool:
    """A cue with no subject and a clause of its own, coordinated by the parser to the clause another
    cue reports ("X said 37,000 cases had been recorded and warned that …", "… and urged the government
    to act", "… and accused the U.N. of failing to distribute aid"): X's second statement."""
    deps = {c.dep_ for c in verb.children}
    # (a charge or praise: "and accused the U.N. of …", "and thanked donors for …"; not "the lack of rain had destroyed
    # half the crop and threatened food supplies for millions")
    charging = verb.lemma_.lower() in _CHARGING_VERBS | _THANKING_VERBS
    charged = charging and "dobj" in deps and any(c.dep_ == "prep" and c.lower_ in {"of", "for"} for c in verb.children)
    # ("… was “outrageous” and vowed to continue the war": a vow's infinitive is what was vowed)
    vowed = "xcomp" in deps and verb.lemma_.lower() in _VOWS
    # ("… had received 600 mm of rain and warned of landslides": a warning of a thing, the speaker's own act)
    warned = verb.lemma_.lower() in {"warn", "complain"} and any(
        c.dep_ == "prep" and c.lower_ in {"of", "about"} for c in verb.children
    )
    # ("… had originated in Spain and called for an independent audit": a demand, the speaker's own act)
    demanded = verb.lemma_.lower() == "call" and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
    return (
        verb.dep_ == "conj"
        and is_cue(verb)
        and not deps & {"nsubj", "nsubjpass"}
        and ("ccomp" in deps or {"dobj", "xcomp"} <= deps or charged or vowed or warned or demanded)
        and verb.head.dep_ == "ccomp"
        and (is_cue(verb.head.head) or _belief_reported(verb.head.head))
    )


def _belief_reported(verb: Token) -> bool:
    """A verb of a mind whose clause a cue reports ("said he suspected trafficking was behind the surge and vowed to
    …"): a cue coordinated to its clause is the speaker's next statement too."""
    return verb.lemma_.lower() in _MIND_PARTICIPLES and verb.dep_ == "ccomp" and is_cue(verb.head)


# Participles of a mind, not of speech: ", believing the sirens warned of a tsunami" tells what the people the
# clause is about believed.
_MIND_PARTICIPLES = frozenset({"believe", "think", "fear", "hope", "expect", "assume", "suspect", "worry"})


def held_by_the_clause(verb: Token, clause: Token) -> bool:
    """A participle of belief or fear hung on a reported clause with a subject of its own: "He said residents
    might have fled toward the fire, believing the sirens warned of a tsunami" (the residents believed it, not he;
    and it is part of what he said)."""
    return (
        verb.tag_ == "VBG"
        and verb.lemma_.lower() in _MIND_PARTICIPLES
        and verb.head == clause
        and any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < clause.i for c in clause.children)
    )


def _aside_cue(verb: Token) -> bool:
    """A participle cue set off by a comma with no object of its own (", adding: “…”", ", saying that …"),
    not "would risk adding another program"."""
    comma = verb.i > 0 and verb.doc[verb.i - 1].text == ","
    return verb.tag_ == "VBG" and comma and not any(c.dep_ == "dobj" for c in verb.children)


def appositive_speaker(verb: Token) -> Token | None:
    """ "… off the coast of Greece, the UN refugee agency said on Friday": the parser can take the
    speaker for an appositive of the noun before the comma and hang the cue on the main verb as a
    conjunct with no subject. The appositive that ends right before such a cue, if it names a
    person or a body, is the speaker."""
    if verb.dep_ == "relcl":
        return _named_in_appositive(verb)
    # (or a complement: "61 migrants drowned off Libya, the IOM said", the cue taken for what drowned governs)
    # (or the root, with the words before it as its complement: "…, about 200 people were evacuated, the town's
    # mayor, Ana Ruiz, said", the speaker hung on the words' subject)
    words_before = verb.dep_ == "ROOT" and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
    if (
        (verb.dep_ not in {"conj", "ccomp"} and not words_before)
        or verb.i == 0
        or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    ):
        return None
    # (the phrase may end in a bracketed short form whose closing bracket the parser hung elsewhere: "…, the Vice
    # Ministry of Civil Defence (VIDECI) said")
    ends = {verb.i - 1, verb.i - 2} if verb.doc[verb.i - 1].text == ")" else {verb.i - 1}
    for t in verb.sent:
        # (or a conjunct after a bare comma: "…, five million of them at risk, the WFP warned")
        if t.dep_ not in {"appos", "conj"} or t.i >= verb.i or max(x.i for x in t.subtree) not in ends:
            continue
        first = min(x.i for x in t.subtree)
        if first == 0 or verb.doc[first - 1].text != "," or t.head.i >= first:
            continue
        speaks = t.ent_type_ in {"PERSON", "ORG", "NORP"} or t.pos_ == "PROPN"
        if speaks or t.lemma_.lower() in ORG_REFERENCE_NOUNS | ORG_NOUNS | PERSON_REFERENCE_NOUNS:
            # ("a police spokesman, Dan Karki,": the name the description is in apposition with)
            # (not a bracketed short form: the name it abbreviates speaks)
            return next((c for c in t.children if c.dep_ == "appos" and c.pos_ == "PROPN" and not in_brackets(c)), t)
    return None


def _named_in_appositive(verb: Token) -> Token | None:
    """ "About 500,000 homes lost power, the state power company Elco said, …": the parser can take
    the speaker for an appositive after a comma and the cue, with the name as its subject, for a
    relative clause on it. A cue with nothing reported of its own whose subject is the name that
    closes such an appositive: that name speaks."""
    appos, subj = verb.head, next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or any(c.dep_ in {"ccomp", "xcomp", "dobj", "parataxis"} for c in verb.children):
        return None  # "the company Elco said it would …": a clause of its own
    if appos.dep_ != "appos":
        return _after_a_comma(verb, subj)
    if subj.pos_ != "PROPN" or subj.i != verb.i - 1 or subj.i <= appos.i:
        return None
    first = min(x.i for x in appos.subtree)
    if first == 0 or verb.doc[first - 1].text != "," or appos.head.i >= first:
        return None
    return subj


def _after_a_comma(verb: Token, subj: Token) -> Token | None:
    """ "… the outskirts of Goma, the United Nations said on Friday": a cue taken for a relative
    clause on the noun before a comma, with no relative word. English has no such relative clause
    after a comma, so its named subject is the sentence's source."""
    first = min(x.i for x in subj.subtree)
    if first == 0 or verb.doc[first - 1].text != "," or verb.head.i >= first - 1:
        return None
    if any(t.tag_ in {"WDT", "WP", "WP$"} or t.lower_ == "that" for t in verb.doc[first : verb.i]):
        return None
    named = subj.ent_type_ in {"PERSON", "ORG", "NORP"} or subj.pos_ == "PROPN"
    return subj if named or subj.lemma_.lower() in ORG_REFERENCE_NOUNS | ORG_NOUNS else None


def _antecedent(relative: Token, clause: Token) -> Token:
    """What a relative clause is about: the noun the parser hung it on, but not a place for "who" ("Ana
    Ruiz, a nurse in Quito, who said …": the parser may hang the clause on the place; the person the place
    is said of)."""
    noun = clause.head
    if relative.lower_ == "who":
        # "the mayor of Villa del Sol, Marta Quiroga, who called …": the clause hung on the place (tagged a body, or
        # not at all) is on the person named beside it
        named = [c for c in noun.children if noun.i < c.i < relative.i and c.dep_ in {"appos", "conj"}]
        if named and named[-1].ent_type_ == "PERSON" and noun.ent_type_ != "PERSON":
            return named[-1]
        if noun.ent_type_ in {"ORG", "NORP"}:
            # "Sunil Perera, a lawmaker from the opposition National Front, who called …": the clause hung on the body
            # in a person's description is on that person
            node = noun
            while node.dep_ in {"appos", "pobj", "prep", "compound"} and node.head.i != node.i:
                node = node.head
                if node.ent_type_ == "PERSON":
                    return node
    if relative.lower_ != "who" or noun.ent_type_ not in {"GPE", "LOC", "FAC"}:
        return noun
    while noun.ent_type_ in {"GPE", "LOC", "FAC"} and noun.dep_ == "pobj" and noun.head.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head.head
    return noun.head if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" else noun  # ("a nurse" → Ana Ruiz)


def _relative_for_a_source(relative: Token, antecedent: Token) -> bool:
    """ "Ana Ruiz, who said", "the ministry, which said": a relative pronoun standing for a person
    or a body (not "a comment that described …": a thing is no source)."""
    if relative.lower_ == "who":
        return antecedent.pos_ in {"NOUN", "PROPN"}
    if relative.lower_ in {"which", "that"}:
        body = antecedent.lemma_.lower() in ORG_REFERENCE_NOUNS | ORG_NOUNS
        # ("according to Ishikawa prefecture, which said …": a unit named, which speaks for its government)
        unit = antecedent.lower_ in ADMIN_UNIT_NOUNS and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" for c in antecedent.children
        )
        return antecedent.pos_ == "PROPN" or body or unit
    return False


def _aside_subject(verb: Token) -> Token | None:
    """ "Mayor Ana Ruiz, opening the library, said …": the parser hands the subject to the aside
    (a participle clause between subject and verb) and leaves the verb without one."""
    for aside in verb.lefts:
        if aside.dep_ == "advcl" and aside.tag_ in {"VBG", "VBN"}:
            subj = next((c for c in aside.lefts if c.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
    return None


def _previous_subject(verb: Token) -> Token | None:
    """ "X stated that … . Adding, “…”": a participle cue opening a sentence continues the subject
    of the sentence before."""
    sent = verb.sent
    if verb.tag_ != "VBG" or verb.i != sent.start or sent.start == 0:
        return None
    return _subject_child(verb.doc[sent.start - 1].sent.root)


def _root_subject(verb: Token, blocked: list[tuple[int, int]]) -> Token | None:
    root = verb.sent.root
    if any(start <= root.idx < end for start, end in blocked):
        # the parser made the quotation the root and hung the writer's clause under it ("X hardly
        # clarified it -- “…” -- asserting, “…”"): that clause's subject
        for clause in root.children:
            if clause.dep_ == "ccomp" and clause.i < verb.i and not any(s <= clause.idx < e for s, e in blocked):
                return _subject_child(clause)
        return None
    return _subject_child(root)


_NOT_NAME_POS = frozenset({"ADP", "DET", "PRON", "CCONJ", "SCONJ", "AUX", "NUM", "PUNCT", "PART", "SPACE"})


def _name_just_after(verb: Token) -> Token | None:
    """ "…,” said Skelly, explaining …": a capitalised word right after an inverted cue is the
    speaker even when the tagger calls it something else (the last word of a name run)."""
    doc, j = verb.doc, verb.i + 1
    opens_sentence = verb.i == verb.sent.start and verb.tag_ in {"VBD", "VBZ"}  # "Said Ellis: “…”"
    # ("…, where 33 people died, said Qureshi Badloon, the head …": after a comma and the clause it reports,
    # when the tagger broke the name off as a sentence of its own)
    after_clause = (
        verb.i > 0
        and doc[verb.i - 1].text == ","
        and verb.lower_ in {"said", "says"}
        and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
        and j < len(doc)
        and doc[j].pos_ == "PROPN"
    )
    if not opens_sentence and not after_clause and (verb.i == 0 or doc[verb.i - 1].text not in _QUOTE_TOKENS):
        return None  # only the inverted order right after a quotation: "…,” said Skelly"
    last = None
    while j < len(doc) and j < verb.i + 4 and doc[j].text[:1].isupper() and doc[j].pos_ not in _NOT_NAME_POS:
        last, j = doc[j], j + 1
    if after_clause and last is not None and last.dep_ in {"nsubj", "nsubjpass"} and last.head.i > last.i:
        return None  # "…, said Mr. Trump was a candidate …": the subject of what is said next, not the speaker
    return last


def _passive_agent(verb: Token) -> Token | None:
    """ "Ana was asked by the host, “…”": a passive cue's speaker is its by-agent, not its subject (but
    "X was quoted by Reuters as saying": the agent quotes X, who speaks)."""
    if not any(c.dep_ == "nsubjpass" for c in verb.children) or verb.lemma_.lower() in {"quote", "cite"}:
        return None
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        return next((c for c in agent.children if c.dep_ == "pobj"), None)
    return None


def _glued_subject(verb: Token) -> Token | None:
    """ "…,” Ana joked, …": the parser sometimes hangs the name right before a cue verb on it as
    a compound instead of a subject; a capitalised proper noun there is the speaker."""
    if verb.i == 0 or verb.lemma_.lower() not in CUE_VERBS:
        return None
    prev = verb.doc[verb.i - 1]
    if prev.head == verb and prev.dep_ in {"compound", "npadvmod", "nmod", "dep"} and prev.pos_ == "PROPN":
        return prev if prev.text[:1].isupper() else None
    return None


def _person_shown_speaking(verb: Token) -> Token | None:
    """ "footage of Ana Ruiz asking, “…”", "a video of the mayor saying": a participle cue right
    after a named person who is the object of a preposition or verb (the parser often hangs the
    participle on the main verb, whose subject is the footage, not the speaker)."""
    if verb.tag_ != "VBG" or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.ent_type_ == "PERSON" and before.dep_ in {"pobj", "dobj"} and verb.dep_ in {"xcomp", "advcl", "acl"}:
        return before
    return None


def _actor_just_before(verb: Token) -> Token | None:
    """When the parse gives the cue no subject (an appositive misparse), the proper noun
    right before it, skipping adverbs, is the speaker: "... Minister Jan Kowalski alleged"."""
    i = verb.i - 1
    while i >= verb.sent.start and verb.doc[i].pos_ in {"ADV", "AUX", "PART"}:
        i -= 1
    if i >= verb.sent.start and verb.doc[i].pos_ in {"PROPN", "NOUN"} and verb.doc[i].dep_ != "pobj":
        return verb.doc[i]
    if i >= verb.sent.start and verb.doc[i].dep_ == "appos":
        return verb.doc[i]
    if i >= verb.sent.start and verb.doc[i].text == ",":
        return _name_before_aside(verb.doc, i)
    return None


_QUOTE_TOKENS = frozenset(["“", "”", '"', "''", "‘", "’", "«", "»"])
_MAX_ASIDE = 30


def _name_before_aside(doc: Doc, comma: int) -> Token | None:
    """ "…,” Ana Ruiz, a senior adviser to the mayor, said": the proper noun before an aside set
    off by commas (an appositive, an age), when the parse hangs it elsewhere."""
    for j in range(comma - 1, max(doc[comma].sent.start, comma - _MAX_ASIDE) - 1, -1):
        if doc[j].text in _QUOTE_TOKENS:
            return None
        if doc[j].text == ",":
            aside = doc[j + 1 : comma]
            if len(aside) and all(t.ent_type_ == "PERSON" for t in aside):
                return aside[-1]  # "her senior policy adviser, Jake Sullivan, said:": the aside is the name
            name = doc[j - 1] if j - 1 >= doc[comma].sent.start else None
            if name is None or name.pos_ != "PROPN" or not name.text[:1].isupper():
                return None
            # ("…,” a woman who fled to the town of Tawila, about 60 km away, told Reuters": a name inside a
            # relative clause on a common noun is what the clause tells of that one, not who speaks)
            inside = any(a.dep_ == "relcl" and a.head.pos_ == "NOUN" for a in name.ancestors)
            return None if inside else name
    return None


def phrase_span(head: Token | None) -> RecordSpan | None:
    """The words of a noun phrase up to its head ("the Russian leader", "Gov. Ana Ruiz", "he"),
    without what follows it (an appositive, a relative clause)."""
    if head is None:
        return None
    start = head.i
    for left in sorted(head.lefts, key=lambda t: -t.i):
        if left.i == start - 1 and left.dep_ in {"compound", "amod", "nmod", "poss", "det", "case", "nummod"}:
            start = left.i
    first = head.doc[start]
    return RecordSpan(first.idx, head.idx + len(head.text))


def token_span(tok: Token | None) -> RecordSpan | None:
    return RecordSpan(tok.idx, tok.idx + len(tok.text)) if tok is not None else None


def _tokens(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="contract") if end > start else None


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Paragraph-limited sentence around [start, end) (quotes may hold several sentences)."""
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    return para_start, len(text) if para_end == -1 else para_end


def _ends_sentence(text: str, stop: int) -> bool:
    """A full stop that ends a sentence, not the period of "Gov.", "Ms.", "J." or "U.S."."""
    if text[stop] != ".":
        return True
    word_start = stop
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:stop]
    if len(word) == 1 and word.isupper():
        # an initial ("J. Smith"), unless a quotation opens right after ("wrote on X. “Germany will …”")
        return text[stop + 1 : stop + 3].lstrip()[:1] in {'"', "“", "‘"}
    if "." in word and all(len(part) <= 2 for part in word.split(".")):
        # U.S, D.C, F.B.I; but 'at 2 a.m. "They opened fire …"': a quotation opening with a capital starts a sentence
        after = text[stop + 1 : stop + 4].lstrip()
        return after[:1] in {'"', "“"} and after[1:2].isupper()
    return word.lower() not in ABBREVIATIONS


def _frame_after(text: str, quote: QuoteSpan, next_open: int) -> tuple[int, int]:
    start = (quote.close_mark + 1) if quote.close_mark is not None else quote.end
    _, para_end = _sentence_bounds(text, quote.start, quote.end)
    end = min(next_open, para_end)
    if text[start : start + 1] == "." and (start + 1 >= len(text) or text[start + 1].isspace()):
        # 'ordered the military "to do whatever is necessary". Police fired …': the full stop right after the closing
        # mark ends the sentence, so no cue after it is the quotation's
        return start, start + 1
    for stop in range(start, end):
        if (
            text[stop] in ".!?"
            and (stop + 1 >= len(text) or text[stop + 1].isspace())
            and stop > start + 1
            and _ends_sentence(text, stop)
        ):
            return start, stop + 1  # with the stop: "on X." is one token
    return start, end


def _frame_before(text: str, quote: QuoteSpan, prev_close: int) -> tuple[int, int]:
    para_start, _ = _sentence_bounds(text, quote.start, quote.end)
    start = max(prev_close, para_start)
    end = quote.open_mark
    for stop in range(end - 1, start - 1, -1):
        if text[stop] in ".!?" and text[stop + 1 : stop + 2].isspace() and _ends_sentence(text, stop):
            return stop + 1, end
    opening = len(text[start:end]) - len(text[start:end].lstrip())
    lead = entry_lead(text, start + opening)
    if lead is not None and lead.end() <= end:
        return lead.end(), end  # "09:30 GMT — “We are prepared,” …": the time stamp is the writer's
    return start, end


def channel_in(words: list[str]) -> str | None:
    for word in words:
        channel = CHANNEL_WORDS.get(word.lower().rstrip("."))
        if channel:
            return channel
    return None


# Words inside what was said that name the day it was said ("“We met as the core four today,” she added").
_DAY_OF_SPEAKING = frozenset({"today", "tonight", "this morning", "this afternoon", "this evening"})


def date_in(
    span: Span | None,
    published: date | None,
    words: tuple[int, int] | None = None,
    other_words: tuple[int, int] | None = None,
    cue: Token | None = None,
    by: Token | None = None,
) -> date | None:
    """The day a date in `span` names, the first that resolves; with `words`, the character range of what was
    said, not a date inside it ("said it had cancelled flights until Tuesday": Tuesday is no day of the saying);
    nor one inside `other_words`, what another cue of the sentence reports. With `cue` (a stance, whose object
    may hold its day: "endorsed Ana Ruiz on Thursday"), only a date in a clause on a noun of the words is left out
    ("cited the decision to use screeners after the Sept. 11 attacks": a day of using)."""
    if span is None:
        return None
    for ent in date_entities(span):
        inside = words is not None and words[0] <= ent.start_char and ent.end_char <= words[1]
        if inside and cue is not None:
            verb = next((a for a in ent.root.ancestors if a.pos_ in {"VERB", "AUX"}), cue)
            # (not "called the system “rigged” in a tweet Tuesday": what it was called, misread as a clause on it)
            called = verb.tag_ == "VBN" and verb.head.dep_ == "dobj" and verb.head.head == cue
            inside = verb != cue and verb.dep_ in {"acl", "relcl"} and not called
        # (a date in what another cue reports is never the stance's: "disputed the figures, saying … since May 1")
        inside = inside or (
            other_words is not None and other_words[0] <= ent.start_char <= ent.end_char <= other_words[1]
        )
        if inside and ent.text.lower() not in _DAY_OF_SPEAKING:
            continue
        if by is not None and _on_a_speaker(ent.root, by):
            continue  # "Ana Ruiz, who took office on Friday, said …": the day of what the clause tells of her
        if by is not None and _another_clauses_day(ent, by):
            continue  # "Police fired tear gas on Tuesday at a bill that critics say …": they say it still, any day
        if by is not None and _in_a_clause_joined_after(ent, by):
            continue  # "The EU said it stood ready, and its president was due to visit on Thursday": her day
        # ("Since June 16, when he asked …": the day of the clause set beside the date)
        dated_cue = by is not None and (
            any(by in t.subtree for t in ent) or any(c.lower_ == "when" and c.i == ent.end + 1 for c in by.children)
        )
        if _deadline(ent) or (_counted_from(ent) and not dated_cue):
            # "…, where schools will stay closed until at least Jan. 29": a limit, no day of saying; nor a start
            # ("has recorded 7,031 deaths since Russia's invasion on Feb. 24 last year, but says …")
            continue
        day = resolve_day(ent.text, published)
        if day:
            return day
    return None


def _in_a_clause_joined_after(ent: Span, cue: Token) -> bool:
    """A date in a clause joined to the cue's after it, with a subject of its own ("The EU said it stood ready to
    help, and its president was due to visit Poland on Thursday"): the other clause's day, not the saying's."""
    for node in ent.root.ancestors:
        if node.dep_ == "conj" and node.head == cue:
            return node.i > cue.i and any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in node.children)
    return False


def _another_clauses_day(ent: Span, cue: Token) -> bool:
    """A cue in the present ("say", "believes") dated by a clause of its own sentence that does not hold it ("Clinton
    advisers say …, angering Sanders, whom she praised Tuesday night"), or that holds it only through a relative
    clause on a noun ("… moved closer to passing a bill that critics say mirrors …"); not a date in its subject ("the
    statement published on Friday reads"), nor the clause of a cue that reports it ("said he believes")."""
    if cue.tag_ not in {"VBP", "VBZ"}:
        return False
    over = next((a for a in ent.root.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    subject = subject_of(cue)
    if over is None or over == cue or (subject is not None and ent.root in subject.subtree):
        return False
    described = any(a.dep_ == "relcl" for a in [cue, *cue.ancestors] if over in a.ancestors)
    return described or over not in cue.ancestors


def _counted_from(ent: Span) -> bool:
    """A date in a phrase of "since" ("since May 1", "since the invasion on Feb. 24")."""
    first = ent[0]
    return any(a.dep_ == "prep" and a.lower_ == "since" for a in [first, *list(first.ancestors)[:3]])


def _deadline(ent: Span) -> bool:
    """A date after "until", "till", "through" or "before" (with "at least" or "at the latest" between)."""
    i = ent.start - 1
    doc = ent.doc
    while i >= 0 and doc[i].lower_ in {"at", "least", "the", "latest", "earliest"}:
        i -= 1
    return i >= 0 and doc[i].lower_ in {"until", "till", "through", "before"}  # (not "by": "By Sunday she had …")


# Verbs of going to a place or an event, or of addressing one, whose day a speaker's words are most often said on
# ("who visited the site on Saturday", "who attended the rally on Wednesday", "the groups who wrote to her Thursday").
_VISIT_VERBS = frozenset({
    "visit", "tour", "travel", "fly", "arrive", "inspect", "go", "come", "return", "attend", "campaign", "stump",
    "address", "speak", "appear", "write", "meet",
})  # fmt: skip


def _on_a_speaker(tok: Token, by: Token) -> bool:
    """A word of a relative clause on a cue's subject, or on the noun set beside it ("Ana Ruiz, who took office on
    Friday, said", "said Carson, who will address the convention on Tuesday"), that is not the clause of `by`, the
    cue of the statement dated ("Ana Ruiz, who endorsed him on Tuesday, said …": the endorsement's day), nor a visit
    told in the past, on whose day the words were said."""
    verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.dep_ != "relcl" or by in verb.subtree:
        return False
    helpers = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.lemma_.lower() in _VISIT_VERBS and verb.tag_ == "VBD" and not helpers:
        return False  # "Modi, who visited the crash site on Saturday, said …": words said on the visit
    noun = verb.head.head if verb.head.dep_ == "appos" else verb.head
    return noun.dep_ in {"nsubj", "nsubjpass"} and noun.head != verb and is_cue(noun.head)


def cue_text(verb: Token) -> str:
    if verb.lower_ == "according":
        return "according to"
    particle = next(
        (c for c in verb.children if c.dep_ == "prt" or (c.lower_ == "back" and verb.lemma_.lower() in _BACK_VERBS)),
        None,
    )
    if particle is not None and bounds_a_figure(particle):
        particle = None  # "said up to 900 millimetres had fallen": the figure's bound, no particle of the verb
    return f"{verb.lower_} {particle.lower_}" if particle is not None else verb.lower_


def bounds_a_figure(up: Token) -> bool:
    """ "up" opening "up to" and a number ("up to 900 millimetres"): a bound of the figure, whatever the parser hung
    it on."""
    doc = up.doc
    return up.lower_ == "up" and up.i + 2 < len(doc) and doc[up.i + 1].lower_ == "to" and doc[up.i + 2].like_num


def not_said(verb: Token) -> bool:
    """A cue the sentence denies took place: negated ("the minister did not say that the talks had failed",
    "never claimed it had won") or under "without" ("apologised, without acknowledging that the plane had been
    hit"). What follows was not said by anyone the sentence names, so it is no one's statement. Not a belief
    denied ("he didn't think the accord went far enough"): that is a view held, shown with its negation."""
    if verb.lemma_.lower() not in BELIEF_VERBS and negation(verb) is not None:
        return True
    return verb.dep_ == "pcomp" and verb.head.lower_ == "without"


def negation(verb: Token) -> Token | None:
    """The "not", "n't" or "never" on a verb, written before it with at most adverbs between ("did not immediately
    say"); not one the parser hung on it from another clause ("thought I couldn't, thought that …")."""
    doc = verb.doc
    for c in verb.children:
        if c.dep_ == "neg" and c.i < verb.i and all(doc[j].pos_ == "ADV" for j in range(c.i + 1, verb.i)):
            return c
    return None


# Verbs of belief whose negation is read as a belief in the opposite ("I don't think it will pass": I think it
# will not), so a denied belief is still a view the speaker holds (general English: "neg-raising" verbs).
BELIEF_VERBS = frozenset({"think", "believe", "expect", "suppose", "imagine", "feel", "reckon", "anticipate"})


def _governing_cue(doc: Doc, quote: QuoteSpan) -> Token | None:
    """The nearest cue verb above the quoted words; when its subject is a thing ("said it would
    tell a story, one of “…”"), the cue above it, whose subject reports the words."""
    span = _tokens(doc, quote.start, quote.end)
    if span is None or len(span) == 0:
        return None
    node, found = span.root, None
    came_from: Token | None = None
    for _ in range(_MAX_HEAD_WALK):
        if is_cue(node) and not (quote.start <= node.idx < quote.end) and not _naming_participle(node, quote):
            subj = _subject_child(node)
            if _joined_act_in_reported_words(node, came_from) or not_said(node):
                # "Jones said Brown begged him for support and “would have crawled across the floor”": the quoted
                # predicate is joined to an act the outer speaker reports, not words of that act; "called for Obama
                # to resign for not calling the attack “radical Islamic terrorism”": no one said it under a denied
                # cue; the cue above, if any, says who did
                found = found or node
            elif subj is not None and subj.lower_ in _THING_WORDS:
                found = found or node  # a thing "tells": look for who reports it
            elif subj is None and no_one_doing(node):
                # "Ryan said it is unrealistic to think that …, “our oceans are going to save us”": no one
                # thinks; the cue above says who
                found = found or node
            elif found is None or subj is not None or subject_of(node) is not None:
                return node
            else:
                return found
        if node.head == node:
            return found
        came_from, node = node, node.head
    return found


def _joined_act_in_reported_words(cue: Token, came_from: Token | None) -> bool:
    """A cue reached from a predicate joined to it that has no subject of its own, where the cue is itself inside
    the words another cue reports ("Jones said Brown begged him … and “would have crawled …”")."""
    return (
        came_from is not None
        and came_from.dep_ == "conj"
        and came_from.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in came_from.children)
        and cue.dep_ == "ccomp"
        and is_cue(cue.head)
    )


def _naming_participle(verb: Token, quote: QuoteSpan) -> bool:
    """ "a company called Norden Analytics, which builds what it calls “…”": "called" gives the noun its name
    (outside the quoted words); it reports no one's words."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.head.pos_ == "NOUN"
        and verb.lemma_.lower() in {"call", "name", "dub"}
        and any(c.dep_ in {"oprd", "attr"} and not (quote.start <= c.idx < quote.end) for c in verb.children)
    )


def _author_of_statement(verb: Token) -> Token | None:
    """ "Trump posted a message on Twitter reading “…”", "the ministry issued a statement saying …": a
    participle on a statement noun speaks for whoever put the statement out, the subject of the verb the
    noun is the object of (not a name inside the noun's phrase: "on Twitter")."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.dep_ != "dobj" or noun.lemma_.lower() not in STATEMENT_NOUNS:
        return None
    return _subject_child(noun.head)


def no_one_doing(cue: Token) -> bool:
    """An infinitive cue no one is the subject of, or only the "it" of "it is hard to …" ("it is unrealistic to
    think"; not a participle, whose doer the parse may just not show: "began shoving her, calling her …")."""
    if cue.dep_ != "xcomp" or cue.tag_ != "VB":
        return False
    subj = subject_of(cue)
    # (the contracted "it’s", whose lemma the tagger may leave as written)
    return subj is None or (subj.lower_ == "it" and (subj.head.lemma_ == "be" or subj.head.lower_ in {"'s", "’s"}))


def _in_question_put(doc: Doc, quote: QuoteSpan) -> bool:
    """Quoted words inside "Asked about …" are the unnamed asker's, not the answerer's."""
    span = _tokens(doc, quote.start, quote.end)
    return span is not None and len(span) > 0 and any(put_as_question(a) for a in [span.root, *span.root.ancestors])


def put_as_question(verb: Token) -> bool:
    """ "Asked about …", "Asked whether …, he replied": a participle of asking with no subject — a
    question put to the subject of the main clause by someone unnamed; neither the question nor
    words quoted in it are a statement."""
    return (
        verb.tag_ == "VBN"
        and verb.lemma_.lower() in {"ask", "question", "press", "challenge"}
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children)
    )


_SPEAKING_KINDS = frozenset({"person", "organization", "group", "place"})


def _clause_verb(doc: Doc, quote: QuoteSpan, text: str) -> Token | None:
    """The verb of the clause a quotation sits in ("X mocked Y for “…”", "X calls it “…”"), or,
    for a quotation introduced by a colon, the verb of the clause before it ("X continued: “…”")."""
    lead = text[: quote.open_mark].rstrip()
    if lead.endswith((":", ",")):  # "X continued: “…”", "X told the crowd, “…”"
        mark = doc.char_span(len(lead) - 1, len(lead), alignment_mode="expand")
        node: Token | None = mark.root if mark is not None and len(mark) else None
    else:
        span = _tokens(doc, quote.start, quote.end)
        node = span.root if span is not None and len(span) else None
    for _ in range(_MAX_HEAD_WALK):
        if node is None:
            return None
        if node.pos_ in {"VERB", "AUX"} and not (quote.start <= node.idx < quote.end):
            return node
        if node.dep_ in _SUBJECTS or (node.dep_ == "appos" and node.head.dep_ in _SUBJECTS):
            return None  # a quotation inside the subject phrase is not said by that subject
        node = None if node.head == node else node.head
    return None


def _clause_subject(verb: Token) -> Token | None:
    """The explicit subject of `verb` or of the clause it continues; never a passive subject
    (the thing named, not the namer)."""
    node = verb
    for _ in range(4):
        subj = _subject_child(node)
        if subj is not None:
            # ("In a statement, it blamed “the army” for the shelling": "it" taking a stance may be a body)
            stance = subj.lower_ == "it" and node.lemma_.lower() in STANCE_VERBS | CUE_VERBS
            if subj.dep_ == "nsubjpass" or (subj.lower_ in _THING_WORDS and not stance):
                return None
            if subj.lower_ == "who" and node.dep_ == "relcl":
                return _antecedent(subj, node)  # "Smith, who called it “…”"
            return subj
        if node.dep_ == "pcomp" and node.head.dep_ == "prep" and node.head.head.pos_ in {"VERB", "AUX"}:
            node = node.head.head  # "X thanked Y for “taking …”": the clause the preposition belongs to
            continue
        if node.dep_ == "relcl" and node.head.pos_ == "PROPN" and _finite(node):
            return node.head  # no subject relative drops its "who": "Reid, …, has been pounding" misparsed
        if node.dep_ not in {"conj", "xcomp", "advcl"} or node.head == node:
            return None
        node = node.head
    return None


def _finite(verb: Token) -> bool:
    return verb.tag_ in {"VBD", "VBZ", "VBP"} or any(c.dep_ == "aux" and c.tag_ != "TO" for c in verb.children)


def _reporting_clause(verb: Token) -> Token | None:
    """ "X worried that the net was becoming “…”": the verb whose complement holds the quoted
    clause, when that clause's own subject is not a speaker."""
    node = verb
    for _ in range(3):
        if node.dep_ == "conj" and node.head != node:
            node = node.head
            continue
        if node.dep_ == "ccomp" and node.head.pos_ in {"VERB", "AUX"}:
            return node.head
        return None
    return None


def _cue_in(span: Span | None, *, last: bool) -> Token | None:
    if span is None:
        return None
    cues = [t for t in span if is_cue(t)]
    if not cues:
        return None
    return cues[-1] if last else cues[0]


def _closes_sentence(text: str, quote: QuoteSpan) -> bool:
    """The quoted words end with a full stop inside the marks ("… smart.”"), so the sentence ends
    there (a "?" or "!" may still be followed by "she asked")."""
    words = text[quote.start : quote.end].rstrip(" '’\"”")
    return words.endswith(".") and not words.endswith("..")


def _is_partial(text: str, quote: QuoteSpan, before: tuple[int, int], continued: bool) -> bool:
    """`continued`: the second half of a quote split by its cue ("“We are doing what we can,” a spokesman said,
    “but the grid is stretched.”": one quote, direct)."""
    lead = text[before[0] : before[1]].strip()
    first = text[quote.start : quote.start + 1]
    if continued:
        return False
    return not first.isupper() or (bool(lead) and not lead.endswith((":", ",")))


def _continues_a_quote(text: str, before: tuple[int, int], lead: str) -> bool:
    """The second half of a sentence quoted around its cue: the quote before it closed on a comma, and only
    the cue's frame, set off by commas, stands between ("“…,” she said, “but …”")."""
    start = before[0]
    closed_on_comma = start >= 2 and text[start - 1] in CLOSERS and text[start - 2] == ","
    return closed_on_comma and lead.endswith(",") and len(lead.split()) <= 12 and not any(c in lead for c in ".;:")


def attribute_quotes(
    doc: Doc, resolver: SpeakerResolver, published: date | None, found: list[QuoteSpan]
) -> list[QuotationRecord]:
    """`found`: the article's quoted spans (quotes.find_quotes), scanned once per article."""
    text = doc_text(doc)
    posts = signed_posts(text)
    records = [_post_record(doc, resolver, p, published) for p in posts]
    taken = [(p[0], p[1]) for p in posts]
    turns = transcript_turns(doc, resolver)
    turns += [a for a in answer_turns(doc, resolver) if not any(t.start <= a.start < t.end for t in turns)]
    records += turns
    taken += [(t.start, t.end) for t in turns]
    quotes = [q for q in found if not any(s <= q.start < e for s, e in taken)]
    last: QuotationRecord | None = None
    quoted = [(q.open_mark, q.close_mark if q.close_mark is not None else q.end) for q in quotes]
    pending = sorted(turns, key=lambda t: t.start)
    attributed: list[QuotationRecord] = []
    for idx, quote in enumerate(quotes):
        while pending and pending[0].start < quote.start:
            resolver.spoke(pending.pop(0).speaker_key)  # speakers in reading order, for pronouns
        prev_close = quotes[idx - 1].end + 1 if idx else 0
        next_open = quotes[idx + 1].open_mark if idx + 1 < len(quotes) else len(text)
        record = _attribute_one(doc, resolver, quote, prev_close, next_open, last, published, quoted)
        attributed.append(record)
        last = record
    # A quotation that runs on into the next paragraph (no closing mark, the next paragraph opening
    # with one) is said by whoever the next paragraph's attribution names: “… \n\n“…,” he said.
    for idx in range(len(quotes) - 2, -1, -1):
        here, there = attributed[idx], attributed[idx + 1]
        if quotes[idx].continues and here.speaker_key is None and here.kind == "direct" and there.speaker_key:
            here.speaker_key, here.cue, here.rule = there.speaker_key, there.cue, "continued_paragraph"
            here.channel, here.said_on = there.channel, there.said_on
    records += attributed
    return sorted(records, key=lambda r: r.start)


def _attribute_one(
    doc: Doc,
    resolver: SpeakerResolver,
    quote: QuoteSpan,
    prev_close: int,
    next_open: int,
    last: QuotationRecord | None,
    published: date | None,
    quoted: Sequence[tuple[int, int]] = (),
) -> QuotationRecord:
    text = doc_text(doc)
    labelled = _labelled_speaker(doc, resolver, quote)
    if labelled is not None:
        return labelled
    before = _frame_before(text, quote, prev_close)
    after = _frame_after(text, quote, next_open)
    lead = text[before[0] : before[1]].rstrip()
    # "“In breaking news,” X tweeted, “@Y wins …,” after Z wrote": the second half of a quote split by its cue
    continued = not text[quote.start : quote.start + 1].isupper() and _continues_a_quote(text, before, lead.strip())
    partial = _is_partial(text, quote, before, continued)
    after_span = _tokens(doc, *after)
    before_span = _tokens(doc, *before)
    asked = partial and _in_question_put(doc, quote)  # "Asked about the ‘coalition of the willing’, …"
    cue = _governing_cue(doc, quote) if partial and not asked else None
    frame: Span | None = None
    rule = "governing_cue"
    closed = _closes_sentence(text, quote)
    if cue is None and (closed or continued) and lead.endswith((",", ":")):
        # "X boasted, “That makes me smart.” Y was …": the sentence ended inside the marks, so
        # the introducing clause speaks, not a verb of the next sentence (nor, for the second half of a
        # quote, a verb after it)
        cue, frame, rule = _cue_in(before_span, last=True), before_span, "cue_before"
    if cue is None and not (partial and closed):
        cue, frame, rule = _cue_in(after_span, last=False), after_span, "cue_after"
        going_on = last is not None and last.speaker_key is not None and _adjacent(text, last, quote)
        if cue is not None and closed and going_on and _reports_its_own_sentence(text, quote, cue):
            # '“We have recovered 68 bodies,” X told AFP. “The search continues.” Among the passengers were 15
            # foreigners, the airline said.': X goes on; the cue reports its own sentence
            cue = None
    if cue is None:
        cue, frame, rule = _cue_in(before_span, last=True), before_span, "cue_before"
    end = quote.end
    while end > quote.start and text[end - 1] in ",; ":
        end -= 1
    sentence = _sentence_bounds(text, quote.start, end)
    record = QuotationRecord(
        start=quote.start,
        end=end,
        kind="partial" if partial else "direct",
        sentence_start=sentence[0],
        sentence_end=sentence[1],
    )
    if asked:
        resolver.spoke(None)
        return record  # the unnamed asker's words, nobody's statement
    marks = (quote.open_mark, quote.close_mark or quote.end)  # the quoted words with their marks
    owned = _owner_of_words(doc, quote) if partial else None
    if owned is not None and (owner_key := resolver.resolve(owned[1], anchor=quote.open_mark)) is not None:
        # "a blow to Prime Minister Ana Ruiz's pledge to “end hunger”": her words, whoever reports the sentence
        noun, owner = owned
        record.speaker_key, record.cue, record.rule = owner_key, noun.lower_, "owner_of_words"
        record.cue_span, record.speaker_span = token_span(noun), phrase_span(owner)
        resolver.spoke(owner_key)
        return record
    if cue is not None:
        subj = subject_of(cue, outside=marks, quoted=quoted)
        record.speaker_key = resolver.resolve(subj, anchor=quote.open_mark)
        record.cue, record.rule = cue_text(cue), rule
        record.cue_span = token_span(cue)
        record.speaker_span = phrase_span(subj) if record.speaker_key or unnamed_source(subj) else None
        words = [t.text for t in (frame or cue.sent)] + [cue.lower_]
        if subj is not None and subj.lemma_.lower() in STATEMENT_NOUNS:
            words.append("statement")
        record.channel = channel_in(words)
        record.said_on = date_in(frame, published, marks, by=cue) or date_in(cue.sent, published, marks, by=cue)
    elif (
        not (partial and _a_label_on_a_noun(doc, quote))
        and (clause := _clause_verb(doc, quote, text)) is not None
        and (speaker := _clause_speaker(resolver, clause)) is not None
    ):
        key, subject, verb = speaker
        record.speaker_key, record.cue, record.rule = key, cue_text(verb), "clause_subject"
        record.cue_span, record.speaker_span = token_span(verb), phrase_span(subject)
        record.said_on = date_in(verb.sent, published, marks, by=verb)
    elif (colon_label := _label_before_colon(doc, resolver, quote)) is not None:
        record.speaker_key, record.rule = colon_label[0], "label_colon"
        record.speaker_span = colon_label[1]
    elif not partial and (prior := _previous_sentence_speaker(doc, resolver, quote, last)) is not None:
        record.speaker_key, record.cue, record.rule = prior[0], cue_text(prior[1]), "previous_sentence"
        record.cue_span, record.speaker_span = token_span(prior[1]), phrase_span(subject_of(prior[1]))
        record.said_on = date_in(prior[1].sent, published)
    elif not partial and last is not None and last.kind != "post" and _adjacent(text, last, quote):
        record.speaker_key, record.cue, record.rule = last.speaker_key, last.cue, "continuation"
        record.channel, record.said_on = last.channel, last.said_on
    if record.speaker_key is None and (named := _name_before_dash(doc, resolver, quote.open_mark)) is not None:
        record.speaker_key, record.rule = resolver.by_token[named.i], "dash_after_name"
        record.speaker_span = token_span(named)
    if record.speaker_key is None and record.speaker_span is None and partial:
        record.cue = None
    resolver.spoke(record.speaker_key)
    return record


_DASH_BEFORE = re.compile(r"\s(?:--|—|–)\s*$")


def _reports_its_own_sentence(text: str, quote: QuoteSpan, cue: Token) -> bool:
    """A cue after a quotation that ended its sentence inside the marks, in a new sentence (opening with a capital)
    with words of its own for the cue to report: that sentence's statement, not the quotation's."""
    start = (quote.close_mark + 1) if quote.close_mark is not None else quote.end
    rest = text[start:].lstrip()
    if not rest[:1].isupper():
        return False
    if any(c.dep_ == "ccomp" and start <= c.idx < cue.idx for c in cue.children):
        return True  # its words before it: "Among the passengers were 15 foreigners, the airline said"
    # or a named speaker with words of their own after it ("Gov. John Kasich said he would have fired …", "Mr. Zahed
    # said: “…”"); not "She further announced that …", which may go on from the quotation
    subject = next((c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    named = subject is not None and subject.pos_ in {"PROPN", "NOUN"} and subject.i < cue.i
    doc = cue.doc
    own = any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children) or (
        cue.i + 1 < len(doc) and doc[cue.i + 1].text == ":"
    )
    return named and own


def _a_label_on_a_noun(doc: Doc, quote: QuoteSpan) -> bool:
    """Quoted words that modify the noun right after the marks ("clash with police over 'foreign agent' bill"): a
    name the writer marks, not words of the clause's subject."""
    span = _tokens(doc, quote.start, quote.end)
    if span is None or not 0 < len(span) <= 3:
        return False
    noun = span.root.head
    after = quote.close_mark + 1 if quote.close_mark is not None else quote.end
    return (
        span.root.dep_ in {"amod", "compound", "nmod", "poss"}
        and noun.pos_ == "NOUN"
        and noun.i >= span.end
        and all(t.is_punct or t.tag_ == "POS" for t in doc[span.end : noun.i] if t.idx < after)
        and not any(t.pos_ in {"VERB", "AUX"} for t in span)
    )


def _owner_of_words(doc: Doc, quote: QuoteSpan) -> tuple[Token, Token] | None:
    """ "Ana Ruiz's pledge to “end hunger”", "the minister's call for “restraint”": the noun for a speech act the
    quoted words complete, and its possessor, who said them."""
    span = _tokens(doc, quote.start, quote.end)
    if span is None or len(span) == 0:
        return None
    node = span.root
    for _ in range(2):
        noun = node.head
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in SPEECH_ACT_NOUNS and node.dep_ in {"acl", "ccomp", "pobj"}:
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            return (noun, owner) if owner is not None and owner.idx < quote.open_mark else None
        if node.dep_ != "pobj" or noun.dep_ != "prep":
            return None
        node = noun  # "her call for “restraint”": through the preposition
    return None


def _name_before_dash(doc: Doc, resolver: SpeakerResolver, open_mark: int) -> Token | None:
    """ "… including Mitt Romney -- ''It is disqualifying …'' --": a quotation set off by a dash
    right after a person's name is that person's words; the name's last word."""
    text = doc_text(doc)
    dash = _DASH_BEFORE.search(text, max(0, open_mark - 6), open_mark)
    if dash is None:
        return None
    words = doc.char_span(max(0, dash.start() - 40), dash.start(), alignment_mode="expand")
    name = words[-1] if words is not None and len(words) else None
    if name is None or name.idx + len(name) != dash.start():
        return None
    key = resolver.by_token.get(name.i)
    return name if key is not None and resolver.kinds.get(key) == "person" else None


_INDEFINITE = frozenset(["a", "an", "one", "another", "some", "several", "many", "multiple", "few", "other", "two"])


def unnamed_source(subj: Token | None) -> bool:
    """ "what several lawmakers called “fraud”", "a party official said", "critics say": a source
    the text leaves anonymous — its words are kept as the speaker mention, with no actor. (A
    definite description, "the businessman", points at someone: unresolved, it names no one.)"""
    if subj is None or subj.pos_ != "NOUN":
        return False
    dets = [c.lower_ for c in subj.children if c.dep_ in {"det", "nummod", "amod", "quantmod"}]
    if any(d in {"the", "this", "that", "these", "those"} for d in dets) or any(
        c.dep_ == "poss" for c in subj.children
    ):
        return False
    return any(d in _INDEFINITE for d in dets) or subj.tag_ == "NNS"


_LABEL_AT_START = re.compile(r"([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}):[ \t]+(?=\S)")


def transcript_turns(doc: Doc, resolver: SpeakerResolver) -> list[QuotationRecord]:
    """Unquoted turns of a transcript: "PENCE: Well, look, …" to the end of the paragraph."""
    text = doc_text(doc)
    out = []
    for start, end, _label in transcript_labels(text) + name_labels(doc):
        if text[text.rfind("\n", 0, start) + 1 : start].strip():
            continue  # the turn opens with a quote mark: a quotation, attributed in _labelled_speaker
        name = doc.char_span(start, end, alignment_mode="contract")
        key = next((resolver.by_token[t.i] for t in name or [] if t.i in resolver.by_token), None)
        body = end + 1
        while body < len(text) and text[body] in " \t":
            body += 1
        para_end = text.find("\n", body)
        para_end = len(text) if para_end == -1 else para_end
        if key is None or para_end <= body or resolver.kinds.get(key) != "person":
            continue
        out.append(
            QuotationRecord(
                start=body,
                end=para_end,
                kind="transcript",
                speaker_key=key,
                speaker_span=RecordSpan(start, end),
                sentence_start=start,
                sentence_end=para_end,
            )
        )
    return out


_QUESTION = re.compile(r"(?m)^[ \t]*(?:Q|Question)[:.][ \t]+(?=\S)")
_ANSWER = re.compile(r"(?m)^[ \t]*(?:A|Answer)[:.][ \t]+(?=\S)")


def answer_turns(doc: Doc, resolver: SpeakerResolver) -> list[QuotationRecord]:
    """ "A: Better than in 2017, …": the answers of a question-and-answer interview, each to the end of its
    paragraph, are the interviewee's - the one person the article names before its first question (none
    when it names several, or none)."""
    text = doc_text(doc)
    first = _QUESTION.search(text)
    if first is None:
        return []
    people = {
        key
        for i, key in resolver.by_token.items()
        if doc[i].idx < first.start() and resolver.kinds.get(key) == "person" and key not in resolver.role_references
    }
    if len(people) != 1:
        return []
    (key,) = people
    out = []
    for answer in _ANSWER.finditer(text, first.end()):
        end = text.find("\n", answer.end())
        end = len(text) if end == -1 else end
        out.append(
            QuotationRecord(
                start=answer.end(),
                end=end,
                kind="transcript",
                rule="answer",
                speaker_key=key,
                sentence_start=answer.start(),
                sentence_end=end,
            )
        )
    return out


def _labelled_speaker(doc: Doc, resolver: SpeakerResolver, quote: QuoteSpan) -> QuotationRecord | None:
    """A quoted transcript turn ("“PENCE: Well, …") or a signed quotation ("“…” ― Ana Ruiz")."""
    text = doc_text(doc)
    start, name = quote.start, None
    turn = _LABEL_AT_START.match(text, quote.start)
    at_paragraph_start = quote.open_mark == 0 or text[: quote.open_mark].rstrip(" \t").endswith("\n")
    if turn is not None and at_paragraph_start and is_speaker_label(turn[1]):
        start, name = turn.end(), doc.char_span(turn.start(1), turn.end(1), alignment_mode="contract")
    elif quote.close_mark is not None:
        name = signature_after(doc, quote.close_mark)
    key = next((resolver.by_token[t.i] for t in name or [] if t.i in resolver.by_token), None)
    if key is None or start >= quote.end:
        return None
    sentence = _sentence_bounds(text, quote.start, quote.end)
    resolver.spoke(key)
    return QuotationRecord(
        start=start,
        end=quote.end,
        kind="transcript" if turn is not None and start > quote.start else "direct",
        rule="label" if start > quote.start else "signature",
        speaker_key=key,
        speaker_span=RecordSpan(name.start_char, name.end_char) if name is not None else None,
        cue=None if start > quote.start else "said",
        sentence_start=sentence[0],
        sentence_end=sentence[1],
    )


def _label_before_colon(doc: Doc, resolver: SpeakerResolver, quote: QuoteSpan) -> tuple[str, RecordSpan] | None:
    """ "Ana Ruiz: “…”" / "… - Ana Ruiz and Ben Ode: “…”": a name standing alone before a colon
    (a digest or a debate excerpt) labels the quotation that follows."""
    text = doc_text(doc)
    lead = text[: quote.open_mark].rstrip(" \t")
    if not lead.endswith(":"):
        return None
    colon = doc.char_span(len(lead) - 1, len(lead), alignment_mode="expand")
    if colon is None or len(colon) == 0 or colon[0].i == 0:
        return None
    last = colon[0].i - 1
    if doc[last].text == ")" and "(" in doc[max(0, last - 8) : last].text:
        while last > 0 and doc[last].text != "(":
            last -= 1  # "Rep. Ana Ruiz (D-Vt.):": the party and state after the name
        last -= 1
    name = doc[last]
    key = resolver.by_token.get(name.i) or (resolver.resolve(name) if name.pos_ == "PROPN" else None)
    if key is None or resolver.kinds.get(key) not in _SPEAKING_KINDS - {"place"}:
        return None
    i = last
    while i > 0 and (
        resolver.by_token.get(i - 1) is not None
        or doc[i - 1].lower_ in {"and", ","}
        or (doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper())
    ):
        i -= 1
    label_start = doc[i].idx
    line_start = text.rfind("\n", 0, label_start) + 1
    prefix = text[line_start:label_start].rstrip()
    after_stop = prefix.endswith((" -", "-", "–", "—", ".", "!", "?", '"', "”", "]", ")"))
    if prefix and not after_stop and not _title_words(doc, line_start, label_start):
        return None  # words other than the name (or a title) before it: a sentence, handled by its verb
    return key, RecordSpan(label_start, colon[0].idx)


def _title_words(doc: Doc, line_start: int, label_start: int) -> bool:
    """ "Former secretary of state Ana Ruiz:": what stands before the name, back to the end of the
    previous sentence, is a title (nouns, adjectives, "of"), no verb."""
    words = [t for t in doc if line_start <= t.idx < label_start]
    stops = [k for k, t in enumerate(words) if t.text in {".", "!", "?", '"', "”"} or t.is_sent_start]
    words = words[stops[-1] + (words[stops[-1]].text in {".", "!", "?", '"', "”"}) :] if stops else words
    return 0 < len(words) <= 6 and all(t.pos_ in {"NOUN", "PROPN", "ADJ", "ADP", "DET"} for t in words)


def _previous_sentence_speaker(
    doc: Doc, resolver: SpeakerResolver, quote: QuoteSpan, last: QuotationRecord | None
) -> tuple[str, Token] | None:
    """A quotation that opens a sentence or paragraph with no cue of its own, right after a
    sentence reporting what someone said ("Ana Ruiz said the plan had failed.\n\n“…”"): hers."""
    text = doc_text(doc)
    lead = text[: quote.open_mark].rstrip()
    if not lead or lead[-1] not in ".!?\"”'’" or text[len(lead) : quote.open_mark].count("\n") > 2:
        return None
    before = doc.char_span(len(lead) - 1, len(lead), alignment_mode="expand")
    if before is None or len(before) == 0:
        return None
    sent = before[0].sent
    if last is not None and last.end > sent.start_char and last.speaker_key is not None:
        return None  # the sentence is the previous quotation's: continuation decides
    cues = [t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in CUE_VERBS and t.dep_ in {"ROOT", "conj"}]
    for cue in cues:
        key = resolver.resolve(subject_of(cue))
        if key is not None and resolver.kinds.get(key) in _SPEAKING_KINDS - {"place"}:
            return key, cue
    return None


def _clause_speaker(resolver: SpeakerResolver, verb: Token) -> tuple[str, Token, Token] | None:
    """(speaker key, subject, verb) of the clause holding a quotation, or of the clause that
    reports it."""
    subject = _clause_subject(verb)
    if subject is not None and (moved := _person_affected(resolver, subject, verb)) is not None:
        return moved[0], moved[1], verb
    if subject is not None and subject.lower_ == "it":
        # ("The RSF denied targeting civilians. In a statement, it blamed “the army” …": only the body the sentence
        # before is about)
        key = resolver.body_before(subject)
    else:
        key = resolver.resolve(subject) if subject is not None else None
    if key is not None and subject is not None and resolver.kinds.get(key) in _SPEAKING_KINDS:
        return key, subject, verb
    outer = _reporting_clause(verb)
    return _clause_speaker(resolver, outer) if outer is not None else None


# Verbs whose object feels what the subject causes (English object-experiencer verbs): "X surprised Y".
_MOVING_VERBS = frozenset({
    "surprise", "shock", "worry", "concern", "puzzle", "frustrate", "anger", "alarm", "delight", "please",
    "upset", "trouble", "bother", "disappoint", "amaze", "astonish", "baffle", "impress", "dismay", "stun",
    "infuriate", "outrage", "encourage", "frighten", "scare", "sadden", "thrill", "excite",
})  # fmt: skip


def _person_affected(resolver: SpeakerResolver, subject: Token, verb: Token) -> tuple[str, Token] | None:
    """ "The timing of X's surge doesn't surprise pollster Ana Berg: “…”": when a thing is the subject of a
    verb of feeling, the named person it moves (the verb's object) is who speaks, not the one its
    possessor names. (The speaker and the object naming them.)"""
    if (
        verb.lemma_.lower() not in _MOVING_VERBS
        or subject.pos_ != "NOUN"
        or subject.lemma_.lower()
        in (PERSON_REFERENCE_NOUNS | ORG_REFERENCE_NOUNS | ORG_NOUNS | GROUP_NOUNS | STATEMENT_NOUNS)
    ):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "PROPN":
        return None
    key = resolver.resolve(obj)
    return (key, obj) if key is not None and resolver.kinds.get(key) == "person" else None


def _adjacent(text: str, last: QuotationRecord, quote: QuoteSpan) -> bool:
    """A quote continues the previous speaker only if nothing but the attribution lies between."""
    gap = text[last.end : quote.open_mark]
    return gap.count("\n\n") <= 1 and len(gap) < 200


def _post_record(
    doc: Doc,
    resolver: SpeakerResolver,
    post: tuple[int, int, str, str, str | None],
    published: date | None,
) -> QuotationRecord:
    start, end, name, handle, when = post
    wanted = normalize_name(name)
    key = next(
        (
            e.key
            for e in resolver.entities
            if normalize_name(e.name) == wanted or wanted in {normalize_name(a) for a in e.aliases}
        ),
        None,
    )
    entity = next((e for e in resolver.entities if e.key == key), None)
    if entity is not None:
        entity.aliases.add(f"@{handle}")
    resolver.spoke(key)
    return QuotationRecord(
        start=start,
        end=end,
        kind="post",
        speaker_key=key,
        cue="posted",
        channel="twitter",
        said_on=resolve_day(when, published) if when else None,
        sentence_start=start,
        sentence_end=end,
    )
