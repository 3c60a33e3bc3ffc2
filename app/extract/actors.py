"""Actors within one article: NER plus rules, cleaned, typed, and merged by alias rules.

Cross-article resolution (spelling variants, role-only references) happens at ingestion,
over the whole corpus; this step only sees one Doc.
"""

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import cast

from spacy.tokens import Doc, Span, Token

from app.extract.cities import CITY_TO_COUNTRY
from app.extract.gazetteer import (
    BODY_BY_NAME,
    BODY_BY_NOUN,
    CAPITAL_TO_COUNTRY,
    COUNTRY_NAMES,
    DEMONYM_TO_COUNTRY,
    RIVERS,
    WORLD_REGIONS,
    body_for,
    country_for,
)
from app.extract.lexicon import (
    ADMIN_UNIT_NOUNS,
    ARMED_GROUP_NOUNS,
    BACKING_WORDS,
    BODY_KIND_NOUNS,
    CUE_VERBS,
    GROUP_NOUNS,
    HONORIFICS,
    JURISDICTIONS,
    KICKER_WORDS,
    KIN_NOUNS,
    MILITARY_RANKS,
    MINISTRY_PORTFOLIOS,
    ORG_NOUNS,
    ORG_REFERENCE_NOUNS,
    PART_OF_PLACE_WORDS,
    PERSON_DESCRIPTOR_NOUNS,
    PERSON_REFERENCE_NOUNS,
    PORTFOLIO_BODIES,
    RANK_GRADES,
    RANK_PARTS,
    SENTENCE_START_BODY_KINDS,
    SPEAKING_FOR_NOUNS,
    SPOKESPERSON_NOUNS,
    STANDALONE_ORG_NOUNS,
    STATEMENT_NOUNS,
    TIME_ZONES,
    TITLE_ABBREVIATIONS,
    TITLE_STOPS,
    TITLE_WORDS,
)
from app.extract.names import normalize_name
from app.extract.quantities import scan
from app.extract.roles import (
    TITLE_QUALIFIERS,
    Role,
    affiliation_of,
    bodies_worked_at,
    only_a_rank,
    role_before,
    role_in_apposition,
    role_in_relative_clause,
    title_class,
)
from app.extract.text import DATELINE, capitalised_for_its_place, doc_text, possessive, tokens_among, words_of
from app.extract.units import unit_surfaces

NER_KINDS = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "demonym",
}
_TRAILING = {"’s", "'s", "’", "'", ",", ".", ":", ";", "-", "—", "&"}
# Name particles that NER often cuts a name at ("Ursula von | der Leyen").
# Nouns that open the names of places ("Rio de la Plata", "Ciudad del Este", "Place de la Concorde") and of bodies
# ("Hospital de Clínicas", "Universidad de Chile", "Partido dos Trabalhadores") in Spanish, Portuguese, French and
# Italian, whose particles are also those of people's names ("de la", "del", "dos"): common words of those languages,
# chosen by hand.
_ROMANCE_PLACE_NOUNS = frozenset({
    "rio", "río", "ciudad", "cidade", "puerto", "porto", "villa", "vila", "isla", "ilha", "île", "isola", "lago",
    "lac", "laguna", "monte", "mont", "sierra", "serra", "cerro", "playa", "praia", "bahía", "baía", "cabo", "costa",
    "golfo", "valle", "vale", "plaza", "praça", "place", "piazza", "calle", "rua", "rue", "via", "avenida", "barrio",
    "bairro", "colonia", "parque", "parc", "parco", "puente", "ponte", "pont", "aeropuerto", "aeroporto", "aéroport",
    "provincia", "província", "departamento", "municipio", "município", "estado", "região", "región", "région",
    "mar", "canal", "arroyo", "quebrada", "ribeirão", "ciudadela", "pueblo", "aldea", "estación", "estação", "gare",
})  # fmt: skip
_ROMANCE_BODY_NOUNS = frozenset({
    "hospital", "hôpital", "ospedale", "clínica", "clinica", "universidad", "universidade", "université",
    "università", "instituto", "institut", "istituto", "banco", "banque", "museo", "musée", "museu", "ministerio",
    "ministério", "ministère", "ministero", "tribunal", "corte", "cour", "consejo", "conselho", "conseil", "consiglio",
    "asamblea", "assemblée", "cámara", "câmara", "senado", "congreso", "partido", "partito", "parti", "frente", "front",
    "movimiento", "movimento", "mouvement", "fundación", "fundação", "fondation", "fondazione", "compañía",
    "companhia", "compagnie", "grupo", "groupe", "gruppo", "colegio", "escuela", "escola", "école", "iglesia",
    "igreja", "église", "chiesa", "comisión", "comissão", "commission", "commissione", "agencia", "agência", "agence",
    "secretaría", "secretaria", "servicio", "serviço", "service", "sindicato", "syndicat", "federación", "federação",
    "fédération", "confederación", "confederação", "asociación", "associação", "association", "cruz", "policía",
    "polícia", "police", "guardia", "guarda", "ejército", "exército", "armée", "fuerza", "força", "force",
})  # fmt: skip
NAME_PARTICLES = frozenset(
    ["von", "van", "der", "den", "de", "da", "du", "la", "le", "al", "el", "bin", "ibn", "ben", "del", "della", "dos",
     "das", "di", "ter", "ten", "zu", "dal", "dalla"]
)  # fmt: skip
# Words that open the name of a storm, which the model often tags as a person ("Typhoon Haiyan").
STORM_WORDS = frozenset(["typhoon", "hurricane", "cyclone", "storm", "tropical", "superstorm", "super"])
# Platforms are where people speak, not actors.
_PLATFORMS = frozenset(["twitter", "facebook", "telegram", "instagram", "youtube", "tiktok", "whatsapp", "x"])
_INSTITUTIONAL_ADJ = frozenset(
    [
        "humanitarian",
        "international",
        "military",
        "local",
        "federal",
        "senior",
        "western",
        "government",
        "rights",
        "aid",
        "relief",
        "border",
        "defense",
        "defence",
        "security",
        "health",
        "intelligence",  # ("according to multiple intelligence sources")
        "environmental",  # ("Environmental groups welcomed the figures")
    ]
)
# The reach or the service of officials who speak as one ("state officials said", "emergency officials said", "fire
# officials said"): a collective only for officials and authorities (not "renewable energy sources", "police officers").
_OFFICIALS_REACH = frozenset({
    "state", "provincial", "municipal", "city", "regional", "district", "county", "emergency", "rescue", "disaster",
    "hospital", "fire", "police", "energy", "election", "electoral", "prison", "customs", "immigration",
    "transport",
})  # fmt: skip
_OFFICIALS = frozenset({"officials", "authorities"})
# (a lowercase particle joined to a capitalised word is part of the name: "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)")
_ACRONYM_DEF = re.compile(
    r"((?:[A-Z][\w’'-]*,?\s+)(?:(?:of|the|for|and|on|in|[A-Z][\w’'-]*,?|[a-z]{1,4}-[A-Z][\w’'-]*)\s+){0,8}?)\((\w{2,10})\)"
)
_QUANTIFIERS = frozenset(
    ["some", "many", "several", "other", "few", "all", "both", "most", "these", "those", "two", "three"]
)


@dataclass
class Candidate:
    span: Span  # token span (for roles and dependency lookups)
    name: str
    kind: str
    role: Role | None = None
    is_role_reference: bool = False
    settled: bool = False  # a kind the name has throughout the article (the place a dateline opens with)
    nickname: str | None = None  # another name the person is known as, written at this mention ("Prachanda")


_INVERTED_CUES = frozenset({"said", "says", "added", "asked", "told", "wrote", "replied", "explained", "noted"})


def _inverted_cue(doc: Doc, start: int, end: int) -> bool:
    """A sentence opening "Said Ellis:" / "Added Ruiz," — a cue verb NER swallowed into the name
    (only before a colon or comma: "Said Jalili" alone may be a name)."""
    first = doc[start]
    return (
        first.lower_ in _INVERTED_CUES
        and bool(first.is_sent_start)
        and first.text[:1].isupper()
        and end < len(doc)
        and doc[end].text in {":", ","}
    )


def _graded_rank(doc: Doc, i: int) -> bool:
    """A capitalised ordinal at `i` and a capitalised rank after it ("Second Lieutenant", "First Admiral")."""
    return (
        i + 1 < len(doc)
        and doc[i].lower_ in RANK_GRADES
        and doc[i + 1].lower_ in MILITARY_RANKS | {"admiral"}
        and doc[i].text[:1].isupper()
        and doc[i + 1].text[:1].isupper()
    )


def names_a_profession(word: str) -> bool:
    """ "Volcanologist", "Epidemiologist", "Economist", "Physician", "Statistician": a capitalised word whose
    English suffix makes it a profession (-ologist, -ist, -ician), never part of a person's name before it."""
    low = word.lower()
    return word[:1].isupper() and len(low) > 6 and low.endswith(("ologist", "onomist", "ist", "ician"))


def _sentence_adverb(span: Span) -> bool:
    """One word the tagger read as an adverb in -ly, opening its sentence before a comma ("Nationally, …")."""
    if len(span) != 1:
        return False
    tok = span[0]
    doc = span.doc
    opens = tok.is_sent_start or (tok.i > 0 and doc[tok.i - 1].is_space)
    return (
        tok.tag_ == "RB" and tok.lower_.endswith("ly") and opens and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ","
    )


def _clean(span: Span) -> Span | None:
    start, end = span.start, span.end
    doc = span.doc
    if _a_kicker(span):
        return None  # "ANALYSIS: Storm floods …": the desk's label for the story, no one's name
    if _sentence_adverb(span):
        return None  # "Nationally, about a quarter of students …": an adverb set before the clause, tagged a name
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_space):
        start += 1
    while span.label_ == "PERSON" and start > 1 and _given_name_left_out(doc[start - 1], start, end):
        start -= 1  # "Attorney General Tarek William Saab", tagged "William Saab": the first name too
    if start + 1 < end and doc[start].dep_ == "nummod" and _plural_in(doc[start].head, end):
        start += 1  # "Three Britons were among the injured": how many, no part of a name
    if start + 1 < end and _inverted_cue(doc, start, end):
        start += 1  # "Said Ellis: “…”": the cue verb is not part of the name
    if start + 2 < end and doc[start + 1].text == "," and country_for(doc[start].text) and span.label_ == "ORG":
        start += 2  # "20 Germans and a Briton, Thai Airways said": a listed person, then the body's name
    profession = span.label_ == "PERSON" and names_a_profession(doc[start].text)  # (not "Zionist Union")
    if start + 2 < end and (doc[start].lower_ in PERSON_DESCRIPTOR_NOUNS or profession):
        start += 1  # "Holidaymaker Fiona Fagan", "Volcanologist Ana Ruiz": who she is, not her name
    if start + 1 < end and opens_with_body_kind(doc[start]):
        start += 1  # "Consultancy EcoGo said": what kind of body, capitalised as the sentence opens, not its name
    described = start
    while described < end and doc[described].text.islower():
        described += 1
    if (
        span.label_ == "ORG"
        and start < described < end
        and doc[described - 1].lower_ in BODY_KIND_NOUNS | INSTITUTION_HEADS
        and all(t.text[:1].isupper() for t in doc[described:end])
    ):
        start = described  # "the national statistics institute INDEC", tagged whole: the body's name after its kind
    while start + 1 < end and doc[start].lower_ in HONORIFICS - {"sir", "dame"}:
        start += 1  # "Ms Agnieszka Nowak", "Dr Ana Ruiz": the name without the form of address
    if start + 2 < end and doc[start].lower_ in RANK_PARTS and doc[start + 1].text in TITLE_STOPS:
        start += 1  # "Rear Adm. Shannon Gilreath", tagged whole: the rank's first word, then its abbreviation below
    while start + 1 < end and doc[start].text in TITLE_STOPS:
        start += 1  # "Sec. Clinton", "Reps. Ana Ruiz": the name without its title's abbreviation
    if _graded_rank(doc, start) and start + 2 == end:
        return None  # "Second Lieutenant", tagged apart from the name after it: a rank, no one's name
    if start + 2 < end and _graded_rank(doc, start):
        start += 1  # "First Sergeant Dara Okonkwo": the rank's grade, then the rank, then the name
    if start + 2 < end and doc[start].lower_ in MILITARY_RANKS and doc[start].text[:1].isupper():
        start += 1  # "Major Amadou Diallo said": the rank, then the name
        if start + 2 < end and doc[start].lower_ in TITLE_WORDS and doc[start].is_title:
            start += 1  # "Lieutenant General Ana Ruiz", tagged whole: a rank of two words
    while span.label_ == "PERSON" and start + 2 < end and doc[start].lower_ in TITLE_WORDS and doc[start].is_title:
        start += 1  # "Government Statistician Samuel Kobina Annim", tagged whole: the title is not the name
    # "Moody's cut the rating", "McDonald's said": a body named with an "'s" that possesses nothing after it
    named_with_s = (
        span.label_ == "ORG"
        and end - start > 1
        and doc[end - 1].tag_ == "POS"
        and end < len(doc)
        and (
            doc[end].tag_ in {"VBD", "VBZ", "VBP"}
            or (doc[end].tag_ == "VBN" and doc[end].dep_ == "ROOT")  # "Moody's cut the rating", cut read as VBN
            or doc[end].pos_ in {"PUNCT", "ADP", "CCONJ"}
        )
        and doc[end].pos_ != "AUX"  # ("Christie's been making the case": "has", not a name)
    )
    while (
        end > start
        and not named_with_s
        and (doc[end - 1].text in _TRAILING or doc[end - 1].tag_ == "POS" or doc[end - 1].is_space)
    ):
        end -= 1
    while end - start > 1 and doc[end - 1].text in _TRAILING_WORDS:
        end -= 1  # "the village of Tintidi in Sanmatenga province", tagged "Tintidi in": no name ends on a preposition
    if start >= end:
        return None
    # pull in name particles on either side: "von der Leyen", "Ursula von der Leyen"
    while start > 0 and doc[start - 1].lower_ in NAME_PARTICLES and doc[start - 1].text.islower():
        start -= 1
        if span.label_ == "PERSON" and start > 0 and _given_name_before_particle(doc[start - 1]):
            start -= 1  # "Marina dal Poggetto", tagged "Poggetto" (and "Marina" a place): her given name too
    while (
        end + 1 < len(doc)
        and doc[end].lower_ in NAME_PARTICLES
        and doc[end].text.islower()
        and (doc[end + 1].text[:1].isupper() or doc[end + 1].lower_ in NAME_PARTICLES)
    ):
        end += 1
        while end < len(doc) and (doc[end].lower_ in NAME_PARTICLES or doc[end].text[:1].isupper()):
            end += 1
            if doc[end - 1].text[:1].isupper():
                break
    while end < len(doc) and doc[end - 1].lower_ in NAME_PARTICLES and doc[end].text[:1].isupper() and end > start + 1:
        end += 1  # "Ursula von der" + "Leyen": a name the model cut after its particles
    # ("Marina dal Poggetto": a given name the recogniser took for a place, with the surname after it)
    given_name = (
        span.label_ in {"GPE", "LOC"}
        and len(span) == 1
        and end > span.end
        and _given_name_before_particle(span[0])
        and not _a_known_place(span.text)
        and span[0].lower_ not in _ROMANCE_PLACE_NOUNS | _ROMANCE_BODY_NOUNS
        and _said_or_titled(doc[start:end])  # (not "the neighbourhoods of Viña del Mar", a place as tagged)
    )
    opened = next((i for i in range(start + 1, end) if doc[i].text == "("), None)
    if opened is not None and not any(doc[i].text == ")" for i in range(opened, end)):
        end = opened  # "the National Storm Center (NSC) said", tagged up to "(NSC": the name, its short form apart
    located = next(
        (
            i
            for i in range(start + 1, end - 1)
            if doc[i].lower_ in {"in", "at"} and _a_known_place(doc[i + 1 : end].text)
        ),
        None,
    )
    if span.label_ == "ORG" and located is not None:
        end = located  # "First Capital Holdings in Colombo", tagged whole: the body, then where it is
    if span.label_ == "PERSON" and end + 1 < len(doc) and doc[end + 1].text not in _TOWN_PARTICLES:
        end = _past_a_hyphened_particle(doc, end)  # "Zia-ul-Haq", tagged "Zia" (not a town: "Boulogne-sur-Mer")
    while span.label_ == "PERSON" and end - start > 1 and doc[end - 1].tag_ == "CD" and doc[end - 1].is_digit:
        end -= 1  # "Laquan McDonald 16", "Ted Cruz 1": a number the recogniser ran into the name
        while end - start > 1 and doc[end - 1].text in _TRAILING:
            end -= 1  # ("Cruz 42-40": the hyphen before it too)
    if end - start > 1 and doc[end - 1].tag_ == "CD" and country_for(doc[start : end - 1].text):
        end -= 1  # "Peru 200" in "Chile pledged 300 tents, Peru 200 and …": a country and its count
    cleaned = doc[start:end]
    text = cleaned.text
    if all(t.lower_ in NAME_PARTICLES for t in cleaned) or text.casefold().rstrip(".") in _PLATFORMS:
        return None
    if "\n" in text or not (text[:1].isupper() or cleaned[0].lower_ in NAME_PARTICLES):
        return None
    if len(cleaned) > 1 and text.upper() == text and body_for(text) is None:
        return None  # a shouted headline fragment
    if any(ch.isdigit() for ch in text) and any(q.start == 0 and q.end == len(text) and q.unit for q in scan(text)):
        return None  # "HK$330 million", tagged a body: an amount, no one's name
    return Span(doc, start, end, label="PERSON") if given_name else cleaned


# Lowercase words no name ends with, which the recogniser may run into one.
# (not "of" or "for": a name cut there is completed later, "the Electoral Commission of" + "Zambia")
_TRAILING_WORDS = frozenset({"in", "at", "on", "from", "to", "and", "or", "by", "with", "near"})


def _said_or_titled(span: Span) -> bool:
    """A name that speaks (`_speaks`), or after a cue, or set beside a title or a word for a person ("said Ana dal
    Poggetto, director of …")."""
    doc, root = span.doc, span.root
    cue_before = span.start > 0 and doc[span.start - 1].lemma_.lower() in CUE_VERBS
    titled = any(c.dep_ == "appos" and c.lemma_.lower() in TITLE_WORDS | PERSON_REFERENCE_NOUNS for c in root.children)
    return cue_before or _speaks(root) or titled


def _given_name_before_particle(tok: Token) -> bool:
    """A capitalised word right before a surname's particle, which is no title, form of address or country."""
    return (
        tok.pos_ == "PROPN"
        and tok.text[:1].isupper()
        and tok.text[1:].islower()
        and tok.text.isalpha()
        and tok.lower_ not in TITLE_WORDS | HONORIFICS | PERSON_REFERENCE_NOUNS
        and not country_for(tok.text)
    )


def _a_kicker(span: Span) -> bool:
    """A kicker word opening a line before a colon ("LIVE: …")."""
    doc, first = span.doc, span[0]
    at_line_start = first.i == 0 or "\n" in doc[first.i - 1].text_with_ws
    return (
        len(span) == 1
        and at_line_start
        and first.lower_ in KICKER_WORDS
        and first.i + 1 < len(doc)
        and doc[first.i + 1].text == ":"
    )


def _written_lowercase_elsewhere(tok: Token) -> bool:
    """The word, capitalised here, is a common noun in lowercase elsewhere in the article ("Dam" and "dams")."""
    low = tok.lower_
    return any(t.text.islower() and t.pos_ == "NOUN" and low in {t.lower_, t.lemma_} for t in tok.doc if t.i != tok.i)


def _a_known_place(text: str) -> bool:
    """A country or capital the gazetteer knows, by any of its names."""
    return country_for(text) is not None or text.casefold() in _PLACE_NAMES


def _plural_in(noun: Token, end: int) -> bool:
    """The plural noun a count is on, inside the name's span (which ends before `end`)."""
    return noun.i < end and noun.tag_ in {"NNS", "NNPS"}


def _plural_of_man(tok: Token) -> bool:
    """A plural noun of the "-man" kind ("Gunmen", "Tribesmen", "Fishermen") capitalised only because it opens
    its sentence: no name (not a country's, "Yemen")."""
    text = tok.text
    return (
        len(text) > 5
        and text.endswith("men")
        and text[1:].islower()
        and capitalised_for_its_place(tok)
        and not country_for(text)
        and not body_for(text)
    )


def source_noun_capitalised_for_its_place(tok: Token) -> bool:
    """A common noun for a source ("Monitor", "Police", "Officials", "Minister") capitalised only because it follows
    a headline's colon ("Syria: Monitor says …"): no name (not one opening a sentence: "Carrier said" is a firm's)."""
    low = tok.lower_
    return (
        tok.text[:1].isupper()
        and tok.text[1:].islower()
        and tok.i > 0
        and tok.doc[tok.i - 1].text == ":"
        and (low in ORG_REFERENCE_NOUNS | GROUP_NOUNS | PERSON_REFERENCE_NOUNS or low in _SOURCE_KIND_NOUNS)
        and not country_for(tok.text)
        and not body_for(tok.text)
    )


# Kinds of source news names by their work, beyond the words for a body or a person ("a war monitor said").
_SOURCE_KIND_NOUNS = frozenset({"monitor", "monitors", "witness", "witnesses", "analyst", "analysts"})


def _title_part(tok: Token) -> bool:
    """A word of a title or rank, written out or abbreviated ("Rear", "Adm.", "Lt.", "General")."""
    low = tok.lower_.rstrip(".")
    return tok.text in TITLE_STOPS or low in TITLE_WORDS or low in TITLE_QUALIFIERS or low in RANK_PARTS


# A word of letters and digits run together ("H5N1", "A2", "Election2016"): a code, not a name.
_CODE = re.compile(r"[A-Za-z]+\d[A-Za-z\d.]*|\d+[A-Za-z][A-Za-z\d.]*")


# Office titles the title lexicon leaves out, which follow or precede "General" ("General Counsel", "Surgeon
# General", "Inspector General"): chosen by hand from English official titles.
_OFFICE_TITLES = frozenset({
    "counsel", "advocate", "solicitor", "auditor", "surgeon", "inspector", "manager", "controller", "comptroller",
    "registrar", "treasurer", "administrator", "counselor", "counsellor", "clerk", "executive",
})  # fmt: skip
_ANY_TITLE = TITLE_WORDS | _OFFICE_TITLES


def _given_name_left_out(tok: Token, start: int, end: int) -> bool:
    """A capitalised word the recogniser left out of a person's name, between a title and the name and joined to
    it ("Attorney General [Tarek] William Saab")."""
    doc = tok.doc
    return (
        tok.pos_ == "PROPN"
        and tok.is_title
        and tok.is_alpha
        and tok.ent_type_ == ""
        and tok.dep_ == "compound"
        and start <= tok.head.i < end
        and tok.lower_ not in _ANY_TITLE
        and tok.i > 0
        and doc[tok.i - 1].lower_ in TITLE_WORDS
    )


_NAMING_STORM_WORDS = STORM_WORDS - {"tropical", "super"}


def opens_with_a_body_acronym(span: Span) -> bool:
    """A name opening with a body's acronym: one the gazetteer knows, or one the recogniser tagged a body on its
    own elsewhere in the article ("NHS trusts … NHS England"). No person's name opens with an acronym of a body
    (not "JJ Abrams": no body "JJ" in the article)."""
    first = span[0].text
    if not (2 <= len(first) <= 6 and first.isalpha() and first.isupper()):
        return False
    return bool(body_for(first)) or any(e.label_ == "ORG" and e.text == first for e in span.doc.ents)


def _storm_names(doc: Doc) -> frozenset[str]:
    """Names the article gives a storm ("Hurricane Melissa" → "Melissa"), once per document."""
    cached = doc.user_data.get("crisis_facts.storm_names")
    if cached is None:
        cached = doc.user_data["crisis_facts.storm_names"] = frozenset(
            doc[i + 1].text
            for i in tokens_among(doc, _NAMING_STORM_WORDS)
            if i + 1 < len(doc) and doc[i].is_title and doc[i + 1].pos_ == "PROPN"
        )
    return cast(frozenset[str], cached)


# The particles that join the parts of a town's hyphened name ("Boulogne-sur-Mer", "Stratford-upon-Avon").
_TOWN_PARTICLES = frozenset({"sur", "sous", "en", "le", "la", "les", "lès", "de", "du", "upon", "on", "am", "an", "im"})


def _hyphened_town(span: Span) -> Span | None:
    """A town's name written with hyphens and a particle ("Boulogne-sur-Mer"), which the tokenizer splits and the
    recogniser tags in part, often as a person: the whole name, a place."""
    doc, end = span.doc, span.end
    whole = _past_a_hyphened_particle(doc, end)
    return doc[span.start : whole] if whole > end and doc[end + 1].text in _TOWN_PARTICLES else None


def _headline_verb_read_as_a_name(span: Span) -> bool:
    """A name ending in a capitalised verb of the third person, right before a number, in a line that capitalises
    every word: a title-case headline's subject and verb ("Wildfire Forces 30,000 From Homes", "Quake Kills 200")."""
    doc, last = span.doc, span[-1]
    if len(span) < 2 or span.end >= len(doc) or not doc[span.end].like_num or not last.text.endswith("s"):
        return False
    return last.tag_ in {"NNPS", "VBZ"} and _capitalises_every_word(span.sent)


def _capitalises_every_word(sent: Span) -> bool:
    """A line in title case, as headlines are written: every word longer than three letters capitalised."""
    return all(t.text[:1].isupper() for t in sent if t.is_alpha and len(t) > 3)


def _named_fire(span: Span) -> bool:
    """A wildfire's name: "the Eaton Fire", "the Dixie Fire" (a capitalised "Fire" after a name, with "the")."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    opening = span[0] if span[0].lower_ == "the" else before
    return (
        len(span) >= 2
        and span[-1].text in {"Fire", "Fires"}
        and opening is not None
        and opening.lower_ == "the"
        and span[-2].is_title
    )


def _bracketed_acronym(span: Span) -> bool:
    """A word in capitals of three letters or more set in brackets right after a noun ("… agency (BNPB)")."""
    doc, word = span.doc, span[0]
    return (
        len(word.text) >= 3
        and word.text.isupper()
        and word.text.isalpha()
        and span.start >= 2
        and doc[span.start - 1].text == "("
        and doc[span.start - 2].pos_ in {"NOUN", "PROPN"}
        and span.end < len(doc)
        and doc[span.end].text == ")"
    )


# Kinds of equipment a model's name is written before ("ATACMS missiles", "HIMARS launchers"): general English.
_EQUIPMENT_NOUNS = frozenset({
    "missile", "rocket", "launcher", "jet", "plane", "aircraft", "helicopter", "tank", "drone", "vehicle", "shell",
    "munition", "round", "system", "battery", "satellite", "ship", "submarine", "vessel", "phone", "vaccine", "engine",
})  # fmt: skip


def _a_body_named_for_its_field(span: Span) -> bool:
    """ "the Center for Strategic and International Studies", "the Institute of Development Studies": a body's word
    opening the name, then "for", "of" or "on" and its field."""
    words = [t for t in span if t.lower_ != "the"]
    return len(words) >= 3 and words[0].lower_ in _NAME_HEADS and words[1].lower_ in {"for", "of", "on"}


def _title_before_a_name(span: Span) -> bool:
    """A span ending in a title word with a capitalised name right after it ("Jigawa Governor" + "Umar Namadi")."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    return (
        span[-1].lower_ in TITLE_WORDS
        and span[-1].is_title
        and after is not None
        and after.pos_ == "PROPN"
        and after.is_title
        and after.ent_type_ == "PERSON"
    )


def _names_equipment(tok: Token) -> bool:
    """An all-capitals word written as the model of the equipment after it ("ATACMS missiles")."""
    noun = tok.head
    return (
        tok.text.isupper()
        and len(tok.text) >= 3
        and tok.dep_ == "compound"
        and noun.i == tok.i + 1
        and noun.pos_ == "NOUN"
        and noun.lemma_.lower() in _EQUIPMENT_NOUNS
    )


def _kind_for(span: Span, label: str) -> str | None:
    text = span.text
    if span[0].lower_ in STORM_WORDS and len(span) > 1:
        return None  # "Typhoon Haiyan", "Storm Daniel": a weather event, not an actor
    if _named_fire(span):
        return None  # "the Eaton Fire had scorched 14,117 acres": a wildfire, not an actor
    if _headline_verb_read_as_a_name(span):
        return None  # "Wildfire Forces 30,000 From Homes": the headline's subject and verb, no body
    if label == "ORG" and span[-1].lower_ in _WRITER_TITLES:
        return None  # "By Tom Hughes, Home Affairs Correspondent": the writer's beat and title, no body
    if label == "PERSON" and len(span) > 1 and opens_with_a_body_acronym(span):
        return "organization"  # "NHS England said", "UNHCR Greece": a body's branch, named after its acronym
    if label == "PERSON" and len(span) == 1 and _bracketed_acronym(span):
        return "organization"  # "the national disaster mitigation agency (BNPB)": a body's short name, no person
    if label == "PERSON" and len(span) > 1 and span[-1].text == "Fire":
        return "organization"  # "according to Cal Fire": a fire service, no person
    if len(span) == 1 and text in _storm_names(span.doc):
        return None  # "Melissa made landfall", after "Hurricane Melissa" (tagged without its storm word)
    if text.casefold() in _TEMPERATURE_SCALES:
        return None  # "51.8 degrees Celsius (125 Fahrenheit)": a scale the recogniser took for a name
    if len(span) == 1 and span.start > 0 and span.doc[span.start - 1].like_num and text in unit_surfaces()[0]:
        return None  # "about 400 MW more": a unit symbol after its number
    if re.fullmatch(r"[^\W\d]{0,3}\.?\d+(?:[.,]\d+)+[^\W\d]{0,3}", text):
        return None  # "Rs305.36", "Rp15,000": an amount the recogniser took for a name (not "M23", "G20")
    if len(span) == 1 and text.lower() in HONORIFICS:
        return None  # "Prof Sir Stephen Powis": a form of address the recogniser took for a name
    if label == "FAC" and _a_body_named_for_its_field(span):
        return "organization"  # "now at the Center for Strategic and International Studies": a body, not a building
    if label == "PERSON" and len(span) > 1 and _title_before_a_name(span):
        return None  # "Jigawa Governor Umar Namadi said": the place and title of the person named after them
    if label == "PERSON" and len(span) == 1 and _names_equipment(span[0]):
        return None  # "U.S.-supplied ATACMS missiles": a weapon or product, no person
    if label == "PERSON" and any(re.fullmatch(r"[^\W\d_]+[-‐]?\d[\w-]*", t.text) for t in span):
        return None  # "We saw this with COVID-19": a disease, strain or model; no person's name runs into digits
    if all(_title_part(t) for t in span) and (len(span) > 1 or span[0].text in TITLE_STOPS):  # (not "Major said")
        return None  # "Coast guard spokesman Rear Adm. Armando Balilo": a rank the recogniser took for a name
    if len(span) == 1 and _plural_of_man(span[0]):
        return None  # "JUBA, South Sudan — Gunmen ambushed a convoy": people of a kind, capitalised for its place
    if len(span) == 1 and label == "PERSON" and source_noun_capitalised_for_its_place(span[0]):
        return None  # "Syria: Monitor says 1,000 killed", a headline: a kind of source, no one's name
    if 1 < len(span) <= 3 and label == "PERSON" and _names_the_place_of_an_office(span):
        return "place"  # "the Russian-installed mayor of Nova Kakhovka": the town, not a person
    if len(span) == 1 and label in {"PERSON", "ORG"} and (_scoped_place(span[0]) or _place_an_office_is_of(span[0])):
        return "place"  # "the Lazio regional health authority": the region the body serves; "the mayor of Kherson"
    if text in TIME_ZONES and span.start > 0 and _clock_time(span.doc[span.start - 1]):
        return None  # "at 23:47 local time (18:02 GMT)": a time zone, no body
    stop = text.endswith(".") or (span.end < len(span.doc) and span.doc[span.end].text == ".")
    if len(span) == 1 and text.lower().rstrip(".") in TITLE_ABBREVIATIONS and stop:
        return None  # "Brig. Omar Said": a rank's abbreviation the recogniser took for a name
    if _opens_a_dateline(span) or _dateline_region(span):
        return "place"  # "KARACHI, Pakistan —": the place a story was filed from, whatever the recogniser said
    if label in {"FAC", "LOC", "GPE", "PERSON", "WORK_OF_ART"} and _a_body_known_as(span):
        return "organization"  # "the rescue group known as the White Helmets", tagged a building
    if label in {"PERSON", "ORG"} and _after_a_bearing(span):
        return "place"  # "about 50 nautical miles southwest of Pylos": where the bearing is taken from
    if label == "ORG" and len(span) <= 2 and span.start > 0 and span.doc[span.start - 1].lower_ == "near":
        return "place"  # "a camp near Gedaref" (not a person: "stood near Ana Ruiz")
    if label == "ORG" and _where_people_are(span):
        return "place"  # "the last hospital in El Fasher", "the camp outside El Fasher", "fled Nagorno-Karabakh"
    if label == "PERSON" and _where_a_group_is(span):
        return "place"  # "Villagers in Zagora said": where they live, not a person
    if label == "PERSON" and len(span) <= 3 and _home_of_residents(span):
        return "place"  # "a resident of Kajuru": where the resident lives
    if label in {"GPE", "LOC"} and len(span) <= 3 and _named_after_a_title_noun(span):
        return "person"  # "BNPB head Suharyanto told reporters": a one-name person the recogniser took for a place
    if label == "ORG" and _owns_a_kind_of_place(span):
        return "place"  # "In Uttar Pradesh's Ballia district": a place that holds the district, not a body
    if label in {"PERSON", "ORG"} and _where_a_sentence_opens(span):
        return "place"  # "In Khan Younis, residents said …": where the sentence is set
    if (
        label == "PERSON"
        and len(span) == 1
        and span.start >= 2
        and span.doc[span.start - 1].lower_ == "the"
        and span.doc[span.start - 2].lower_ in _PLACE_PREPOSITIONS
        and span.root.dep_ == "pobj"
        and not text.endswith("s")
    ):
        # "along the Danube", "into the Mekong": a river or region after a preposition of place (no person's name
        # takes "the"; not "the Clintons", a family, nor "the Obama administration", a modifier)
        return "place"
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if (
        after is not None
        and (after.lower_ in _PLACE_KIND_NOUNS or after.text == "state")  # ("Kaduna state"; not "Ohio State")
        and any(t.head == after for t in span)
        and label != "NORP"
        and span[-1].pos_ == "PROPN"
    ):  # (not "more Democratic districts", "this Southern town")
        return "place"  # "the Bab al-Tabbaneh district", "the Siachen glacier": a name of a place of that kind
    kind_after = after.head if after is not None and after.dep_ == "compound" and after.pos_ == "NOUN" else None
    if (
        kind_after is not None
        and kind_after.i == after.i + 1  # type: ignore[union-attr]
        and kind_after.lower_ in _PLACE_KIND_NOUNS
        and any(t.head in {after, kind_after} for t in span)
        and label in {"PERSON", "ORG", "FAC", "LOC", "GPE"}
        and span[-1].pos_ == "PROPN"
    ):
        return "place"  # "the Bab al-Hawa border crossing", "the Zamzam displacement camp": a place of that kind
    if label in {"PERSON", "ORG"} and _route_end(span):
        return "place"  # "rates from Shanghai to Rotterdam", "flights between Lagos and Abuja"
    if label == "PERSON" and _joined_to_a_place(span):
        return "place"  # "around Viña del Mar and Quilpué": a name joined to a place where something happens
    if names_a_website(text):
        return "organization"  # "PowerOutage.us", "Weather.com": a website, run by a body
    if label == "PERSON" and len(span) > 1 and span[-1].lower_ in _SITE_NOUNS and span[-1].text[:1].isupper():
        return "place"  # "Sam Ratulangi International Airport": a site named after a person
    if (
        label in {"PERSON", "ORG"}
        and len(span) > 1
        and span[-1].lower_ in _FEATURE_NOUNS
        and span[-1].text[:1].isupper()
    ):
        return "place"  # "Gatun Lake", "Rio Grande Valley", "the Indus River": a natural feature, not a person or body
    if label == "PERSON" and _names_a_site(span):
        return "place"  # "the Zaporizhzhia nuclear power plant", "the Antonio Guiteras plant": a site, not a person
    if NER_KINDS.get(label) in {"person", "organization"} and set_beside_a_kind_of_place(span):
        return "place"  # "In Hai Phong, a port city of 2 million people,", "the town of Coyuca de Benítez"
    if NER_KINDS.get(label) == "person" and any(_CODE.fullmatch(t.text) for t in span):
        return None  # "the virus, known as H5N1,", "#Trump2016": a code of letters and digits is no person's name
    # (not a name the recogniser tagged a place: "Viña del Mar", "Ciudad del Este")
    if label in {"PERSON", "ORG"} and len(span) > 1 and span[-1].text in _HOSPITAL_HEADS:
        return "organization"  # "treated at al-Shifa Hospital": a hospital, which speaks as a body, not a person
    particles = any(t.lower_ in NAME_PARTICLES and t.text.islower() for t in span) and label not in {"GPE", "LOC"}
    if particles and not body_for(text):
        if span[0].lower_ in _ROMANCE_PLACE_NOUNS:
            return "place"  # "the Rio de la Plata estuary", "Ciudad del Este": a place's name, particles and all
        if span[0].lower_ not in _ROMANCE_BODY_NOUNS:  # ("the Hospital de Clínicas": a body, as tagged)
            return "person"  # ("von der Leyen"; not "al Qaeda", a body the gazetteer knows)
    if text.casefold().removeprefix("the ") in WORLD_REGIONS and label in {"ORG", "PERSON", "LOC", "GPE", "NORP"}:
        return "place"  # "The central Mediterranean continues to be …", "across the Sahel": a sea or region
    if text.casefold().removeprefix("the ") in RIVERS and label in {"ORG", "PERSON", "LOC", "GPE", "NORP"}:
        return "place"  # "The Danube in Passau was expected to peak at 9.2 metres": a river, named alone
    if DEMONYM_TO_COUNTRY.get(text.casefold()):
        return "demonym"
    if label in {"ORG", "PERSON"} and text.endswith("s") and DEMONYM_TO_COUNTRY.get(text[:-1].casefold()):
        return None  # "one in seven Pakistanis": people of a country, no body
    if label in {"ORG", "PERSON"} and text.endswith("s") and text[:-1].casefold() in _REGIONAL_PEOPLES:
        return None  # "attacks on black Africans": people of a continent or region, no person or body
    if country_for(text) and NER_KINDS[label] != "demonym":
        return "place"
    if len(span) == 1 and text.casefold() in CAPITAL_TO_COUNTRY and NER_KINDS[label] in {"person", "organization"}:
        return "place"  # a lone capital the model took for a name: "Kyiv said"
    if body_for(text):
        return "organization"
    kind = NER_KINDS[label]
    if kind == "organization" and len(span) == 1 and (span[0].pos_ == "ADJ" or span[0].lower_.endswith("ed")):
        return None
    if kind in {"place", "person"} and len(span) > 1 and span[-1].text[:1].isupper() and span[-1].lower_ in _BODY_HEADS:
        # "South Yorkshire Police said" (tagged a place), "its owner, Scentre Group, said" (tagged a person): a body
        return "organization"
    if kind == "organization" and span.start >= 2:
        before = span.doc[span.start - 1]
        if before.lower_ == "of" and span.doc[span.start - 2].lower_ in TITLE_WORDS:
            return None  # "Secretary of State": part of a title, not a body
        if before.lower_ == "for" and _portfolio_of_a_title(span):
            return None  # "State Minister for Disaster Management Mohibbur Rahman": the title's portfolio
    if kind == "organization" and span[-1].tag_ == "NNPS" and span[-1].lower_ in GROUP_NOUNS:
        return "group"
    if kind == "organization" and span[-1].lower_ in _STRUCTURE_HEADS and len(span) > 1 and _after_the(span):
        return "place"  # "the Francis Scott Key Bridge", "the Kakhovka Dam": a structure (not "American Bridge")
    if (
        kind == "organization"
        and len(span) == 1
        and span.start == span.sent.start
        and (
            span[0].tag_ == "NN"
            or (
                span[0].tag_ == "NNP"
                and _written_lowercase_elsewhere(span[0])
                and span[0].head.lower_ not in TITLE_WORDS | SPOKESPERSON_NOUNS  # ("Army spokesman X said")
            )
        )
        and span[0].dep_ == "compound"
        and span[0].head.pos_ == "NOUN"
        and not body_for(text)
    ):
        # "Exit polls … showed", "Dam failure floods towns" (with "two dams burst" after): a common noun
        # capitalised to open the sentence, no body
        return None
    if kind == "organization" and len(span) == 1 and span[0].lower_ in TITLE_QUALIFIERS:
        return None  # "Caretaker Interior Minister Bassam Mawlawi": how the office is held, no body
    if kind == "organization" and len(span) == 1 and _portfolio_of_a_title(span):
        return None  # "Transportation Secretary Pete Buttigieg": the title's portfolio, no body named
    if kind == "organization" and _an_office_of(span):
        return None  # "said the Minister of Public Health": a person's office the recogniser took for a body
    if kind == "organization" and _a_title_before_a_name(span):
        return None  # "National Cyber Security Coordinator Darren Goldie said": a title the recogniser took for a body
    if kind in {"organization", "place"} and _given_as_a_name(span):
        return "person"  # "a teacher who gave her name only as Amira": the name a person gave
    if kind == "organization" and _after_a_title(span):
        return "person"  # "President Kassym-Jomart Tokayev ordered …": a titled name the recogniser took for a body
    if kind == "organization" and _referred_to_as_a_person(span):
        return "person"  # "Oleh Kiper said in a Telegram post … Two workers were wounded, he said"
    if kind in {"organization", "place"} and (_named_beside_a_title(span) or _one_name_set_off_beside_a_title(span)):
        return "person"  # "Moldova's prime minister, Ana Ruiz,": a name the model took for a body
    if kind in {"person", "place"} and named_after_a_body_noun(span):
        return "organization"  # "the airline Transavia", "the charity Oxfam": the body's name
    if kind == "organization" and _described_by_who(span):
        return "person"  # "Amara Diallo, who chairs the committee, said": a body is no "who"
    if kind == "organization" and _described_as_a_person(span):
        return "person"  # "according to Gilberto Pozo, a biologist who …"
    if kind in {"organization", "place"} and _one_name_set_beside_a_title(span):
        return "person"  # "said Heriyanto, a spokesman for the rescue agency,": one who goes by one name
    if kind == "person" and _described_by_which(span):
        return "organization"  # "Zesco, which generates most of the country's power, said": no person is a "which"
    if kind == "person" and len(span) == 1 and _names_a_kind_of_body(span):
        return "organization"  # "the ruling Frelimo party", "the Wagner militia": the body's name, not a person
    described = _named_before_a_kind_of_body(span) and (kind == "person" or not _a_known_place(text))
    if (kind in {"person", "place"} and described) or (
        kind in {"person", "place"} and _named_after_a_kind_of_body(span, person=kind == "person")
    ):
        # "Alarm Phone, an activist network that runs a hotline, said", "the state grid operator, Ukrenergo,": a
        # body's name
        return "organization"
    if (
        kind in {"place", "person"}
        and len(span) > 1
        and span[-1].lower_ in INSTITUTION_HEADS | _AIRLINE_HEADS
        and span[-1].text[:1].isupper()
    ):
        # "the Goma Volcano Observatory", "The Law Society of Kenya": an institution; "Jeju Air": an airline
        return "organization"
    feature = len(span) > 1 and span[-1].lower_ in _FEATURE_NOUNS  # ("the Indus River threatened …": a river)
    if (
        label in {"FAC", "LOC"}
        and span.root.dep_ == "nsubj"
        and span.root.head.lemma_.lower() in CUE_VERBS
        and not feature
    ):
        return "organization"  # a building or region does not speak: "the White Helmets reported", "the Pentagon said"
    if kind in {"person", "organization"} and len(span) == 1 and _joined_to_a_place_where(span):
        return "place"  # "Hospitals in Malatya and Elazig": a second place where something is
    if kind in {"person", "organization"} and len(span) <= 2 and _a_destination_joined_to_a_place(span):
        return "place"  # "fled to Tawila and El Fasher": where people went
    if kind in {"person", "organization"} and len(span) <= 2 and _listed_after_a_place(span):
        return "place"  # "a red alert for Delhi, Haryana, Punjab and western Uttar Pradesh": places listed
    if kind in {"person", "organization"} and len(span) <= 2 and _names_before_a_kind_of_place(span):
        return "place"  # "over the Odesa, Mykolaiv and Kherson regions": names of the regions
    return kind


def _owns_a_kind_of_place(span: Span) -> bool:
    """A name whose possessive owns a named area or a capital: "Uttar Pradesh's Ballia district", "Nigeria's Kaduna
    state", "Punjab's capital" (not "Pelosi's district", "Obama's home state": the named area's own name is there)."""
    root = span.root
    owned = root.head
    named = any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i > root.i for c in owned.children)
    return (
        root.dep_ == "poss"
        and (named or owned.lower_ == "capital")
        and (span[-1].tag_ == "POS" or (span.end < len(span.doc) and span.doc[span.end].tag_ == "POS"))
        and owned.i > root.i + 1
        and owned.pos_ == "NOUN"
        and owned.text.islower()
        and (owned.lemma_.lower() in _NAMED_AREA_NOUNS or owned.lower_ == "capital")
    )


# People named by where they live ("a resident of Kajuru", "natives of Ghazni").
_RESIDENT_NOUNS = frozenset({"resident", "native", "inhabitant", "villager", "townsman", "townswoman"})


def _named_after_a_title_noun(span: Span) -> bool:
    """Proper nouns right after a lowercase title noun hung on them ("BNPB head Suharyanto", "army chief Ana Ruiz"),
    naming no country, capital or known body."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is None or not before.text.islower() or before.lower_ not in TITLE_WORDS | SPEAKING_FOR_NOUNS:
        return False
    if before.dep_ != "compound" or not span.start <= before.head.i < span.end:
        return False
    text = span.text
    known = country_for(text) or text.casefold() in CAPITAL_TO_COUNTRY or body_for(text)
    return not known and all(t.pos_ == "PROPN" for t in span)


def _home_of_residents(span: Span) -> bool:
    root = span.root
    of = root.head
    return (
        root.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.lemma_.lower() in _RESIDENT_NOUNS
        and of.head.pos_ == "NOUN"
    )


# Peoples of a continent or region, in the singular (general English): "Africans", "Europeans", "Arabs".
_REGIONAL_PEOPLES = frozenset({
    "african", "european", "asian", "arab", "latino", "latina", "hispanic", "caribbean", "scandinavian", "balkan",
    "sub-saharan african", "west african", "east african", "central american", "south american", "latin american",
})  # fmt: skip


# The last word of a hospital's name ("al-Shifa Hospital", "Mayo Clinic"): no person's name ends in one.
_HOSPITAL_HEADS = frozenset({"Hospital", "Clinic", "Infirmary"})


def _names_before_a_kind_of_place(span: Span) -> bool:
    """A name (or a list of names, each a conjunct of the first) modifying a noun for a kind of place: "the
    Kherson region", "the Odesa, Mykolaiv and Kherson regions", "Bolivar and Amazonas states"."""
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    kind = first.head
    if first.dep_ not in {"nmod", "compound"} or kind.i < span.end or kind.pos_ != "NOUN":
        return False
    return kind.lemma_.lower() in _NAMED_AREA_NOUNS and kind.text.islower()


def _listed_after_a_place(span: Span) -> bool:
    """A name in a list (a chain of conjuncts) of three or more that opens with a place the recogniser or the
    gazetteer knows, after a preposition, with another place in it and no one tagged a person of more than
    one word."""
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first == span.root or first.dep_ != "pobj" or first.head.pos_ != "ADP":
        return False
    if not (first.ent_type_ in {"GPE", "LOC"} or country_for(first.text)):
        return False
    members = [first, *(t for t in first.subtree if t.dep_ == "conj" and t.pos_ == "PROPN")]
    people = [t for t in members if t.ent_type_ == "PERSON" and any(c.dep_ == "compound" for c in t.children)]
    # (two more places in a list of three or more: not "from Quinnipiac and Fox News", "Netflix, Hulu and Amazon")
    places = [t for t in members if t != span.root and t.ent_type_ in {"GPE", "LOC", "NORP"}]
    return not people and len(members) >= 3 and len(places) >= 2


# Prepositions of where something is (not "from"/"to"/"with", after which people are named too).
_PREPOSITIONS_OF_WHERE = frozenset({"in", "across", "near", "around", "throughout", "outside", "inside"})


def _joined_to_a_place_where(span: Span) -> bool:
    """One word joined by "and" to a place the recogniser or the gazetteer knows, after "in" and the like:
    "hospitals in Malatya and Elazig" (a person is not where something is)."""
    root = span.root
    first = root.head
    if root.dep_ != "conj" or first.i >= root.i or first.dep_ != "pobj":
        return False
    if first.head.lower_ not in _PREPOSITIONS_OF_WHERE:
        return False
    if not (first.ent_type_ in {"GPE", "LOC"} or country_for(first.text) or first.lower_ in CAPITAL_TO_COUNTRY):
        return False
    return any(c.dep_ == "cc" and c.lower_ == "and" for c in first.children) and root.i == first.i + 2


# Verbs of going somewhere, after which "to X and Y" names where (general English; not "send", "speak", "talk", after
# which people are named).
_GOING_VERBS = frozenset({
    "flee", "move", "travel", "return", "go", "head", "evacuate", "relocate", "escape", "walk", "drive", "fly",
    "deport", "displace", "migrate", "retreat", "march", "sail", "trek",
})  # fmt: skip


def _a_destination_joined_to_a_place(span: Span) -> bool:
    """A name joined by "and" to a place the recogniser or the gazetteer knows, where people go to or from: "fled to
    Tawila and El Fasher", "returned from Goma and Bukavu"."""
    root = span.root
    first = root.head
    if root.dep_ != "conj" or first.dep_ != "pobj" or span.start != first.i + 2 or root.i != span.end - 1:
        return False
    going = first.head.lower_ in {"to", "from", "toward", "towards", "into"} and first.head.head.lemma_ in _GOING_VERBS
    place = first.ent_type_ in {"GPE", "LOC"} or country_for(first.text) or first.lower_ in CAPITAL_TO_COUNTRY
    return going and bool(place) and span.doc[first.i + 1].lower_ == "and"


_TEMPERATURE_SCALES = frozenset({"fahrenheit", "celsius", "centigrade"})
_PLACE_PREPOSITIONS = frozenset({
    "along", "across", "on", "in", "into", "over", "near", "from", "to", "at", "beyond", "below", "above", "up",
    "down", "through", "towards", "toward", "off", "around", "past", "by", "under",
})  # fmt: skip


# Places people live, shelter, work, are held or treated in, named by the town they are in ("the hospital in El
# Fasher", "a television station in Guayaquil").
_SHELTER_NOUNS = frozenset({
    "hospital", "clinic", "camp", "school", "market", "shelter", "neighbourhood", "neighborhood", "village", "town",
    "city", "district", "streets", "street", "homes", "houses", "mosque", "church", "residents", "families", "prison",
    "jail", "station", "hotel", "factory",
})  # fmt: skip
# Verbs whose object is a place people leave.
_LEAVING_VERBS = frozenset({"flee", "evacuate", "escape"})  # (not "leave": "left CNN", "leaving the White House")


def _where_people_are(span: Span) -> bool:
    """A short name the recogniser took for a body, written where only a place fits: after "outside", after a
    shelter or settlement "in" it ("the last hospital in El Fasher", "residents in Goma"), as what people flee
    ("thousands fled Nagorno-Karabakh"), as what is home to people ("El Fasher is home to 1.8 million"); never a
    name whose words make it a body ("fled the Ministry"), an acronym or an owner ("outside CNN's building")."""
    doc = span.doc
    if len(span) > 3 or any(t.lower_ in _NAME_HEADS or t.lower_ in ORG_NOUNS for t in span) or span[0].lower_ == "the":
        return False
    if span.text.isupper() or (span.end < len(doc) and doc[span.end].tag_ == "POS"):
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ == "outside" and span.root.dep_ == "pobj":
        return True
    if before is not None and before.lower_ == "in" and span.root.dep_ == "pobj" and span.start >= 2:
        return doc[span.start - 2].lemma_.lower() in _SHELTER_NOUNS or doc[span.start - 2].lower_ in _SHELTER_NOUNS
    if span.root.dep_ == "nsubj" and span.root.head.lemma_ == "be":
        return any(c.dep_ == "attr" and c.lower_ == "home" for c in span.root.head.children)  # "X is home to 2 million"
    return span.root.dep_ == "dobj" and span.root.head.lemma_.lower() in _LEAVING_VERBS


def _where_a_group_is(span: Span) -> bool:
    """A short name after "in" and a plural noun of people ("Villagers in Zagora", "officials in Yambali"): where the
    people are (not an owner: "doctors in Ana Ruiz's team")."""
    doc = span.doc
    if len(span) > 2 or span.start < 2 or (span.end < len(doc) and doc[span.end].tag_ == "POS"):
        return False
    people = doc[span.start - 2]
    return doc[span.start - 1].lower_ == "in" and people.tag_ == "NNS" and people.lower_ in GROUP_NOUNS


def _a_body_known_as(span: Span) -> bool:
    """A name given to a group or body by "known as" ("the rescue group known as the White Helmets")."""
    as_ = span.root.head
    known = as_.head
    return (
        span.root.dep_ == "pobj"
        and as_.lower_ == "as"
        and known.lower_ == "known"
        and known.dep_ == "acl"
        and (
            known.head.lemma_.lower() in ORG_NOUNS | {"group", "militia", "movement", "network", "coalition"}
            or known.head.lemma_.lower() in _BODIES_OF_SERVICE  # "the civil defence, known as the White Helmets"
        )
    )


# Services a state or a movement runs that go by names of their own ("civil defence", "the coast guard").
_BODIES_OF_SERVICE = frozenset({"defence", "defense", "guard", "service", "brigade", "corps", "unit", "team"})


_BEARINGS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})


def _after_a_bearing(span: Span) -> bool:
    """A name after a compass point and "of" ("southwest of Pylos", "20 km north of the capital")."""
    doc, start = span.doc, span.start
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in _BEARINGS


def _where_a_sentence_opens(span: Span) -> bool:
    """A name between a sentence-opening "In" and a comma ("In Khan Younis, …", "In Uttar Pradesh, …"), not
    a body's ("In Congress, …", "In the ministry, …")."""
    doc = span.doc
    if span.start < 1 or span.end >= len(doc) or doc[span.end].text != ",":
        return False
    opener = doc[span.start - 1]
    return (
        opener.text == "In"
        and bool(opener.is_sent_start)
        and not span.text.isupper()
        and not any(t.lower_ in {"v.", "vs.", "v", "vs"} for t in span)  # ("In Fisher v. Texas, …": a case)
        and span[-1].lower_ not in _NAME_HEADS | ORG_NOUNS | INSTITUTION_HEADS | {"congress", "parliament"}
        and body_for(span.text) is None
    )


def _clock_time(tok: Token) -> bool:
    """A clock time or its a.m./p.m. ("18:02", "9", "p.m."), as a time zone follows it."""
    return any(c.isdigit() for c in tok.text) or tok.lower_ in {"a.m.", "p.m.", "am", "pm", "hrs", "hours"}


def _dateline_of(span: Span) -> tuple[int, re.Match[str]] | None:
    """Where the span's line starts, and the wire dateline opening that line, if one does."""
    text = doc_text(span.doc)
    line = text.rfind("\n", 0, span.start_char) + 1
    dateline = DATELINE.match(text, line)
    return (line, dateline) if dateline is not None else None


def _opens_a_dateline(span: Span) -> bool:
    """The place in capitals that opens a wire dateline ("ASTANA, April 9 (Reuters) -"; not the body
    of "UNITED NATIONS (AP) —")."""
    found = _dateline_of(span)
    return (
        found is not None
        and span.start_char == found[0]
        and span.text.isupper()
        and span.end_char < found[1].end()
        and body_for(span.text.title()) is None
    )


def _dateline_region(span: Span) -> bool:
    """The state, province or country after the place in a dateline ("YELLOWKNIFE, Northwest Territories
    —", "KATHMANDU, Nepal (Reuters) -"): up to the agency in brackets or the dash, no date."""
    found = _dateline_of(span)
    if found is None or not span.text[:1].isupper() or any(c.isdigit() for c in span.text):
        return False
    line, dateline = found
    head = dateline.group(0)
    comma = head.find(",")
    end = min(i for i in (head.find("("), len(head.rstrip(" –—-"))) if i >= 0)
    if comma < 0 or len(head[:comma].split()) > 4:
        return False  # ("IOWA POLLS NOT NECESSARILY WRONG, JUST TOO EARLY -": a shouted headline)
    return comma < span.start_char - line and span.end_char - line <= end and body_for(span.text) is None


def dateline_candidates(doc: Doc) -> list[Candidate]:
    """The place a wire dateline opens with ("HYDERABAD, Pakistan —"), which the recogniser may leave
    untagged: a place, settled for every mention of the name."""
    out = []
    for sent in doc.sents:
        end = sent.start
        while end < sent.end and (
            doc[end].text.isupper()
            or (doc[end].text in {"-", "/"} and not doc[end].whitespace_)
            or doc[end].text in {"'S", "’S"}
        ):
            end += 1
        span = doc[sent.start : end]
        after = doc[end] if end < len(doc) else None
        slashes = [t.i for t in span if t.text == "/"]
        if (
            not 0 < sum(t.text not in {"-", "/"} for t in span) <= 4 * (len(slashes) + 1)
            or after is None
            or not span[-1].is_alpha
            or not _opens_a_dateline(span)
            # set off by a comma or the agency ("PLACE, Country —", "PLACE (AP) —"), or tagged as a name before
            # the dash ("DES MOINES -"; not a slug: "EXCLUSIVE –"), or two places filed from ("NAIROBI/GENEVA —")
            or not (
                after.text in {",", "("} or slashes or any(t.ent_type_ in {"GPE", "LOC", "FAC", "ORG"} for t in span)
            )
        ):
            continue
        for start, stop in zip([sent.start, *(i + 1 for i in slashes)], [*slashes, end], strict=True):
            if 0 < sum(t.text != "-" for t in doc[start:stop]) <= 4 and doc[stop - 1].is_alpha:
                out.append(Candidate(doc[start:stop], doc[start:stop].text, "place", settled=True))
    return out


# A byline: its own line, "By" and the writers' names, then perhaps the outlet and where it was filed from
# ("By Ana Ruiz and Tom Lee, Reuters"; "By Ana Ruiz, The Daily Star, Dhaka"); not "By contrast, …".
_BYLINE = re.compile(r"(?m)^By (?P<rest>[^\n.?!:;]{3,150})$")
# The titles a byline gives a writer ("By Our Correspondent"; after the name: "Home Affairs Correspondent").
_WRITER_TITLES = frozenset({"correspondent", "editor", "reporter", "columnist", "writer"})
# Words that stand for the writer in a byline without naming anyone ("By Staff Reporter", "By Our Correspondent").
_BYLINE_STAND_INS = _WRITER_TITLES | frozenset({
    "staff", "reporters", "correspondents", "our", "editors", "desk", "team", "writers", "agencies", "agency", "the",
    "news", "bureau", "wire", "wires",
})  # fmt: skip
_NAME_PARTICLES = frozenset({"da", "de", "do", "dos", "das", "del", "della", "van", "von", "der", "den", "bin", "al"})


def _a_writers_name(words: list[str]) -> bool:
    """Two to five words written as a person's name ("Marina Costa", "Luiz Inácio da Silva")."""
    return (
        2 <= len(words) <= 5
        and all(
            (w[:1].isupper() and w.lower() not in _BYLINE_STAND_INS and not any(c.isdigit() for c in w))
            or w in _NAME_PARTICLES
            for w in words
        )
        and words[0][:1].isupper()
    )


def byline_candidates(doc: Doc) -> list[Candidate]:
    """The writers a byline names (people, whatever the recogniser tagged: it reads "By Marina Costa" as a place
    as often as not) and the place the byline was filed from after the outlet ("…, BBC News, São Paulo")."""
    out = []
    for line in _BYLINE.finditer(doc_text(doc)):
        parts, at = [], line.start("rest")
        for part in line["rest"].split(","):
            parts.append((at + len(part) - len(part.lstrip()), part.strip()))
            at += len(part) + 1
        (start, writers), rest = parts[0], parts[1:]
        names, at = [], start
        for name in re.split(r"( and | & )", writers):
            if name.strip() not in {"and", "&"}:
                names.append((at, name))
            at += len(name)
        if not all(_a_writers_name(name.split()) for _, name in names):
            continue
        for at, name in names:
            span = doc.char_span(at, at + len(name))
            if span is not None:
                out.append(Candidate(span, span.text, "person", settled=True))
        # "…, BBC News, São Paulo": after the outlet the recogniser knows, where the story was filed from
        outlet, place = [doc.char_span(at, at + len(part)) for at, part in rest] if len(rest) == 2 else (None, None)
        filed_from = outlet is not None and place is not None and all(t.ent_type_ == "ORG" for t in outlet)
        if filed_from and place is not None and place.text[:1].isupper() and not body_for(place.text):
            out.append(Candidate(place, place.text, "place", settled=True))
    return out


def _named_in_apposition(root: Token) -> bool:
    """ "The forestry agency, Conaf, said", "the state statistics agency CAPMAS": the body's name follows its
    description, and the name is the actor; "UNRWA, the U.N. agency for Palestinian refugees": the
    description follows the name."""
    doc, first = root.doc, root.left_edge.i
    # (the parser may hang the description on a person named before the body: "a spokeswoman for UNRWA, the …")
    described = root.dep_ == "appos" and first >= 2 and doc[first - 1].text == "," and doc[first - 2].ent_type_ == "ORG"
    # ("the state weather agency PAGASA": the name right after the description, which the parser hangs it on)
    nxt = doc[root.i + 1] if root.i + 1 < len(doc) else None
    named_after = nxt is not None and nxt.pos_ == "PROPN" and nxt.ent_type_ == "ORG" and nxt.ent_iob_ == "B"
    return (
        described or named_after or any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > root.i for c in root.children)
    )


def _a_kind_of_place(tok: Token) -> bool:
    """ "a port city", "the regional capital", "one of the hottest cities on earth": a kind of place, or one
    of them."""
    if tok.lower_ == "one":
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        kind = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        return kind is not None and kind.tag_ == "NNS" and kind.lemma_.lower() in _PLACE_KINDS
    return tok.lower_ in _PLACE_KINDS


def set_beside_a_kind_of_place(span: Span) -> bool:
    """A name with a kind of place in apposition after a comma ("Hai Phong, a port city", "Kherson, the
    regional capital,", "Jacobabad, one of the hottest cities on earth,"), or after the kind ("the provincial
    capital, Wabag", "the town of Coyuca")."""
    root = span.root
    if root.dep_ == "appos" and root.head.lower_ in _PLACE_KINDS and root.head.i < span.start:
        return span.doc[span.start - 1].text == ","
    if root.dep_ == "compound" and root.head.lemma_.lower() == "camp" and root.head.i > span.end:
        # "the Zamzam displacement camp", "the Kakuma refugee camp": a camp named for its place (not "the Trump camp")
        return any(c.i > root.i and c.lower_ in _CAMP_KINDS for c in root.head.children)
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # ("the northern states of Nuevo Leon and Tamaulipas": each of them)
    kind_noun = root.head.head
    if (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and kind_noun.lemma_.lower() in _PLACE_KINDS - {"border", "crossing"}
    ):
        return span.doc[kind_noun.i + 1] == root.head  # "the nearby town of Coyuca de Benítez"
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is None or after.text != ",":
        return False
    return any(c.dep_ == "appos" and _a_kind_of_place(c) and c.i > span.end for c in root.children)


# Words for whom or what a camp is for, written between a camp's name and "camp" (general English).
_CAMP_KINDS = frozenset({
    "refugee", "refugees", "displacement", "displaced", "idp", "idps", "transit", "detention", "migrant", "migrants",
    "relief", "tent", "reception", "internment", "evacuation", "evacuee",
})  # fmt: skip


# The last word of the name of a built structure (general English words), which the recogniser may tag as a body.
_STRUCTURE_HEADS = frozenset({
    "bridge", "dam", "airport", "tunnel", "canal", "highway", "motorway", "expressway", "pipeline", "reservoir",
    "barrage", "square", "stadium",
})  # fmt: skip


_WEBSITE = re.compile(r"\w\.(?:com|org|net|gov|us|io|info|co\.uk)$", re.IGNORECASE)


def names_a_website(text: str) -> bool:
    """ "PowerOutage.us", "Mic.com": a website's name, which a body runs."""
    return _WEBSITE.search(text) is not None


def _route_end(span: Span) -> bool:
    """The far end of a route whose near end is a place: "from Shanghai to Rotterdam", "between Lagos and
    Abuja"."""
    root = span.root
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ == "to":
        start = next((c for c in prep.head.children if c.dep_ == "prep" and c.lower_ == "from" and c.i < prep.i), None)
        near = next((c for c in start.children if c.dep_ == "pobj"), None) if start is not None else None
    else:
        between = root.dep_ == "conj" and root.head.dep_ == "pobj" and root.head.head.lower_ == "between"
        near = root.head if between else None
    return near is not None and near.ent_type_ in {"GPE", "LOC"}


# Prepositions of where something happens, after which names joined by "and" are places alike.
_PREPOSITIONS_OF_WHERE = frozenset({"in", "around", "near", "across", "throughout", "outside", "between"})


def _joined_to_a_place(span: Span) -> bool:
    """A one-word name joined by "and" to a place the recogniser tagged, both after a preposition of where
    ("fires around Viña del Mar and Quilpué", "clashes in Goma and Sake"): a place too, whatever it was
    tagged (not a person's full name, as a byline's "reporting by X in Beijing and Ben Blanchard" may run)."""
    root = span.root
    first = root.head
    if len(span) != 1 or root.dep_ != "conj" or first.dep_ != "pobj" or first.head.lower_ not in _PREPOSITIONS_OF_WHERE:
        return False
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in first.children):
        return False
    words = [first, *(c for c in first.children if c.dep_ == "compound")]  # (its own words: "Viña del Mar")
    return first.ent_type_ != "PERSON" and any(t.ent_type_ in {"GPE", "LOC", "FAC"} for t in words)


# What a name before it makes a site of (general English words for plants and built structures).
_SITE_NOUNS = _STRUCTURE_HEADS | {
    "plant", "refinery", "mine", "reactor", "station", "port", "terminal", "oilfield", "field", "prison", "base",
    "route", "observatory",
}  # fmt: skip


# The kinds of natural feature that end a place's name ("Gatun Lake", "Kerch Strait"), and are not surnames
# (not "Bay", "Forest", "Hill").
_FEATURE_NOUNS = frozenset({
    "lake", "river", "sea", "ocean", "gulf", "valley", "canyon", "desert", "peninsula", "strait", "glacier",
    "volcano", "reservoir", "lagoon", "delta", "plateau", "mountains", "islands", "island",
})  # fmt: skip


# Definite articles of other languages that open the names of newspapers and bodies ("La Stampa", "Die Welt").
_ARTICLES = frozenset({"la", "le", "les", "el", "los", "las", "il", "lo", "der", "die", "das", "het"})


def _the_end_of_a_persons_name(span: Span) -> bool:
    """Two or more capitalised proper nouns that end the name of a person the recogniser tagged earlier ("Le
    Pen" after "Marine Le Pen", "Vargas Llosa" after "Mario Vargas Llosa"): a surname of someone named before."""
    words = list(span)
    if len(words) < 2 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
        return False
    return any(
        e.label_ == "PERSON" and e.end <= span.start and len(e) > len(span) and e.text.endswith(" " + span.text)
        for e in span.doc.ents
    )


def _referred_to_as_a_person(span: Span) -> bool:
    """A proper name of two to four words the recogniser took for a body, which speaks and which "he" or "she"
    takes up as the next source, no other person named between: a person ("Oleh Kiper said …. Two workers
    were wounded, he said")."""
    doc = span.doc
    words = list(span)
    if not 2 <= len(words) <= 4 or not all(t.pos_ == "PROPN" and t.text.isalpha() and t.text.istitle() for t in words):
        return False
    if any(t.lower_ in _NAME_HEADS | ORG_NOUNS for t in words) or body_for(span.text) or country_for(span.text):
        return False
    if (span.start > 0 and doc[span.start - 1].lower_ == "the") or words[0].lower_ in _ARTICLES:
        return False  # "the Wagner Group", "La Stampa": a body's name takes an article; a person's does not
    if span.root.dep_ != "nsubj" or span.root.head.lemma_.lower() not in CUE_VERBS:
        return False
    sentences = list(doc.sents)
    here = next(k for k, sent in enumerate(sentences) if sent.start <= span.start < sent.end)
    for sent in sentences[here : here + 2]:
        for tok in sent:
            if tok.i < span.end:
                continue
            if tok.ent_type_ == "PERSON":
                return False  # another person named first
            if tok.lower_ in {"he", "she"} and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in CUE_VERBS:
                return True
    return False


def _names_a_site(span: Span) -> bool:
    """A name written as the modifier of a site noun, with a determiner or a possessive before it ("the
    Zaporizhzhia nuclear power plant", "Iraq's Baiji refinery") or a preposition of place ("at Shahid Rajaee
    port"): the site's name, even a person's."""
    root = span.root
    site = root.head
    if root.dep_ not in {"compound", "nmod"} or site.lower_ not in _SITE_NOUNS or site.i < span.end:
        return False
    words = span.doc[span.end : site.i]
    if site.text[:1].isupper() and all(t.text[:1].isupper() for t in words):
        return True  # "Sam Ratulangi International Airport": the site's own name
    # (or right after a preposition of place, the site noun following the name at once: "at Shahid Rajaee port")
    located = not words and site.dep_ == "pobj" and site.head.lower_ in _PLACE_PREPOSITIONS and site.text.islower()
    return located or (
        all(t.pos_ in {"ADJ", "NOUN"} and t.ent_type_ == "" for t in words)
        and any(c.dep_ in {"det", "poss"} for c in site.children)
    )


def _after_the(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].lower_ == "the"


def _portfolio_of_a_title(span: Span) -> bool:
    """ "Transportation Secretary Pete Buttigieg", "State Minister for Disaster Management Mohibbur Rahman": a
    portfolio written before or after a capitalised title, with the holder's name after both (not "a Treasury
    spokesman said": the body speaking; not "spokesman for Oxfam")."""
    doc = span.doc
    if span.start >= 2 and doc[span.start - 1].lower_ == "for":
        title = doc[span.start - 2]  # "Minister for Disaster Management Mohibbur Rahman"
        portfolio = [t.lower_ for t in span]
        named = span.end < len(doc) and doc[span.end].ent_type_ == "PERSON" and span[-1].ent_type_ != "PERSON"
        return title.lower_ in TITLE_WORDS and title.text[:1].isupper() and named and names_a_portfolio(portfolio)
    after = doc[span.end] if span.end < len(doc) else None
    if after is None or after.lower_ not in TITLE_WORDS:
        return False
    if span.text.lower() == "state" and after.text[:1].isupper():
        return True  # "State Minister for Disaster Management X", "State Secretary X": a junior office, no body
    named = span.end + 1 < len(doc) and doc[span.end + 1].ent_type_ == "PERSON"
    return named and span.text.lower() in MINISTRY_PORTFOLIOS


# The nouns of a post that make "the X of Y" a person's office ("Minister of Public Health", "Secretary of State",
# "Governor of the Central Bank"), not a body's name
_OFFICE_NOUNS = frozenset({
    "minister", "secretary", "director", "director-general", "commissioner", "governor", "president", "prosecutor",
    "chancellor", "speaker", "chairman", "chairwoman", "chair", "mayor", "ombudsman", "attorney", "envoy",
    "ambassador", "coordinator", "rapporteur", "secretary-general", "under-secretary", "undersecretary",
})  # fmt: skip


def _an_office_of(span: Span) -> bool:
    """A span whose head is a capitalised noun of a post followed by "of": "the Minister of Public Health",
    "Secretary of State" (each names whoever holds it)."""
    head = span[0]
    return (
        len(span) > 2
        and head.lower_ in _OFFICE_NOUNS
        and head.text[:1].isupper()
        and span[1].lower_ == "of"
        and span.root == head
    )


def _a_title_before_a_name(span: Span) -> bool:
    """A capitalised run ending in a title word ("Coordinator", "Commissioner"), right before a person's name,
    naming no body the gazetteer knows: the person's title."""
    doc = span.doc
    return (
        len(span) > 1
        and span[-1].lower_ in TITLE_WORDS
        and span[-1].text[:1].isupper()
        and span.end < len(doc)
        and doc[span.end].ent_type_ == "PERSON"
        and body_for(span.text) is None
    )


# "gave her name only as X", "identified only as X", "asked to be called X": a name a person goes by.
_GIVEN_NAME_BEFORE = re.compile(
    r"(?i)\b(?:(?:his|her|their) (?:first )?names? (?:only |simply |just )?as|identified (?:only |simply )?as"
    r"|(?:asked|wanted) to be (?:called|named|identified as)|(?:his|her|their) (?:first|given) name ?,)$"
)


def _given_as_a_name(span: Span) -> bool:
    """A one- or two-word proper name right after the words by which a person gives a name ("a teacher
    who gave her name only as Amira", "a man identified only as Joseph", "who gave only his first name, Jorge,"): a
    person's name."""
    doc = span.doc
    before = doc[max(span.sent.start, span.start - 6) : span.start].text
    return len(span) <= 2 and all(t.pos_ == "PROPN" for t in span) and bool(_GIVEN_NAME_BEFORE.search(before))


def _written_like_a_personal_name(span: Span) -> bool:
    """Two or three capitalised words, none the head word of a body's name, naming no known body or country."""
    words = list(span)
    if not 2 <= len(words) <= 3 or not all(t.pos_ == "PROPN" and t.is_alpha and t.text.istitle() for t in words):
        return False
    return not (
        body_for(span.text) or country_for(span.text) or any(t.lower_ in _NAME_HEADS | ORG_NOUNS for t in words)
    )


def _described_by_who(span: Span) -> bool:
    """A subject's name of two or three capitalised words, set off by a comma and described by a relative clause
    opened by "who" ("Amara Diallo, who chairs the committee, said"): a person, whatever the recogniser tagged."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != "," or doc[span.end + 1].lower_ != "who":
        return False
    if not _written_like_a_personal_name(span):
        return False
    clause = doc[span.end + 1].head
    return clause.dep_ == "relcl" and clause.head.i in range(span.start, span.end) and span.root.dep_ == "nsubj"


def _described_as_a_person(span: Span) -> bool:
    """A name of two or three capitalised words with a description set off by a comma after it that names a person
    ("Gilberto Pozo, a biologist who has been tracking the deaths"; "…, a spokesman"): a person, whatever the
    recogniser tagged."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != "," or not _written_like_a_personal_name(span):
        return False
    description = next((c for c in span.root.children if c.dep_ == "appos" and c.i > span.end), None)
    if description is None or description.pos_ != "NOUN" or description.left_edge.i != span.end + 1:
        return False
    who = any(
        c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ == "who" for g in c.children)
        for c in description.children
    )
    return who or description.lemma_.lower() in PERSON_REFERENCE_NOUNS


def _one_name_set_beside_a_title(span: Span) -> bool:
    """A single capitalised name, no country or capital the gazetteer knows, with a spokesperson's or a title's
    noun set beside it after a comma ("said Heriyanto, a spokesman for the local rescue agency,", "Suharyanto,
    head of the disaster agency, said"): a person who goes by one name, whatever the recogniser tagged."""
    doc = span.doc
    word = span[0]
    if len(span) != 1 or word.pos_ != "PROPN" or not (word.is_alpha and word.text.istitle()):
        return False
    if span.end + 1 >= len(doc) or doc[span.end].text != "," or _a_known_place(span.text):
        return False
    title = next((c for c in word.children if c.dep_ == "appos" and c.i > span.end), None)
    if title is None or title.pos_ != "NOUN" or title.left_edge.i != span.end + 1:
        return False
    return title.lemma_.lower() in SPOKESPERSON_NOUNS | TITLE_WORDS


def _described_by_which(span: Span) -> bool:
    """A subject's name set off by a comma and described by a relative clause opened by "which" ("Zesco,
    which generates …, said"): a thing or a body, not a person (who would take "who")."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != "," or doc[span.end + 1].lower_ != "which":
        return False
    clause = doc[span.end + 1].head
    # (the subject it describes: not "a book by Ana Ruiz, which chronicles …", nor "a lead over Ana Ruiz, which
    # could grow", where "which" is of the phrase around the name)
    return (
        clause.dep_ == "relcl"
        and clause.head.i in range(span.start, span.end)
        and span.root.dep_ in {"nsubj", "nsubjpass"}
    )


def _after_a_title(span: Span) -> bool:
    """A run of proper nouns right after a capitalised title word ("President", "Governor"), naming no
    body the gazetteer knows: a person's name."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    # (or right after a spokesperson's title, written lowercase: "Rivers police spokeswoman Grace Iringe-Koko")
    # (not a service before a rank: "Pentagon spokesman Navy Capt. Jeff Davis")
    after = span.doc[span.end] if span.end < len(span.doc) else None
    spokesperson = (
        before is not None
        and before.lower_ in SPEAKING_FOR_NOUNS
        and len(span) <= 4
        and not (after is not None and (_title_part(after) or after.lower_ in MILITARY_RANKS))
    )
    return (
        before is not None
        and (before.text[:1].isupper() or spokesperson)
        # (also "Rear Adm."; and "Mr", "Ms": "Mr Díaz-Canel", tagged a body)
        and (before.lower_ in TITLE_WORDS | MILITARY_RANKS | HONORIFICS or before.text in TITLE_STOPS)
        and all(t.pos_ == "PROPN" or t.tag_ == "HYPH" for t in span)
        and body_for(span.text) is None
    )


# Lowercase nouns for kinds of place that follow a place's name (general English geography words).
_PLACE_KIND_NOUNS = frozenset({
    "district", "neighbourhood", "neighborhood", "province", "region", "village", "town", "city", "camp",
    "suburb", "county", "governorate", "municipality", "valley", "glacier", "river", "island", "islands",
    "mountains", "peninsula", "desert", "basin", "delta", "corridor", "strait", "border", "crossing",
    "township", "settlement", "slum", "lake", "sea", "coast", "plain", "plateau", "highlands", "hills", "pass",
    "gorge", "canyon", "prefecture", "oblast", "volcano",
})  # fmt: skip
# ... and the kinds a name is set beside ("Kherson, the regional capital", "the provincial capital, Wabag")
_PLACE_KINDS = _PLACE_KIND_NOUNS | {"capital", "port", "metropolis", "hub", "state", "country", "territory", "kingdom"}
# Areas a place name is written before ("the Kherson region", "Bolivar state"): the kinds of place and the
# administrative units, less the kinds other words are also written before ("the 'Bernie or Bust' camp", "the
# Bush-era border").
_NAMED_AREA_NOUNS = (_PLACE_KIND_NOUNS | {"state", "oblast", "prefecture"}) - {
    "camp", "glacier", "islands", "mountains", "corridor", "strait", "border", "crossing", "settlement", "slum",
    "sea", "hills", "pass", "gorge", "canyon",
}  # fmt: skip
# The last word of an institution's name, which the recogniser may tag as a place or building (generic
# English words for institutions; not "center" or "hospital", names of buildings as often as of bodies).
INSTITUTION_HEADS = frozenset({
    "observatory", "institute", "university", "commission", "council", "agency", "ministry", "laboratory",
    "foundation", "society", "association", "authority", "bureau", "committee", "federation", "academy",
})  # fmt: skip


# The last word of an airline's name ("Jeju Air", "Kenya Airways", "Yeti Airlines").
_AIRLINE_HEADS = frozenset({"air", "airways", "airlines", "airline"})


# Kinds of body no person is described as ("Alarm Phone, an activist network, …"; a person may be "a
# publisher" or "an operator").
_COLLECTIVE_KINDS = frozenset({
    "network", "group", "organisation", "organization", "charity", "coalition", "alliance", "movement", "ngo",
    "nonprofit", "watchdog", "association", "federation", "consortium", "militia", "company", "firm", "agency",
    "utility", "airline", "insurer", "conglomerate", "automaker", "carmaker", "drugmaker", "chipmaker", "startup",
    "consultancy", "bank", "hotline", "helpline", "initiative", "union", "cooperative", "collective", "institute",
    "foundation", "railroad", "railway", "newspaper", "corporation",
})  # fmt: skip
# Kinds of body that are also what a person can be ("a crane operator", "the broadcaster David …"): a body's
# only after a one-word name and "the" ("Ukrenergo, the national grid operator, said").
_COLLECTIVE_KINDS_ALSO_PEOPLE = frozenset({
    "operator", "carrier", "broadcaster", "supplier", "distributor", "exporter", "importer", "miner", "shipper",
    "manufacturer", "retailer", "lender", "regulator", "trader",
})  # fmt: skip


def opens_with_body_kind(tok: Token) -> bool:
    """A kind of body opening the sentence, capitalised for its place ("Consultancy EcoGo said")."""
    return bool(tok.is_sent_start) and tok.lower_ in SENTENCE_START_BODY_KINDS


def named_after_a_body_noun(span: Span) -> bool:
    """A name written right after a lowercase noun for a kind of organisation ("the charity Oxfam")."""
    before = span.doc[span.start - 1] if span.start else None
    if before is not None and opens_with_body_kind(before):
        return True  # "Carrier Jet2 said": capitalised as the sentence opens
    # (the tagger may read the kind as an adjective of the name: "the risk modelling firm Verisk"; not "a firm Trump
    # supporter", where it is the supporter's)
    if before is None or not before.text.islower() or before.lower_ not in BODY_KIND_NOUNS:
        return False
    return before.pos_ == "NOUN" or (before.dep_ == "amod" and before.head == span.root)


# Kinds of body a one-word name is written before ("the Frelimo party", "the Wagner militia"); a person's
# name rarely is (unlike "campaign", "administration", "family").
_NAMED_BODY_KINDS = frozenset({"party", "movement", "militia", "force", "brigade", "battalion", "regiment", "group"})


def _names_a_kind_of_body(span: Span) -> bool:
    """A one-word name the recogniser took for a person, written before the kind of body it names."""
    root = span.root
    return root.dep_ == "compound" and root.head.lower_ in _NAMED_BODY_KINDS and root.head.i == span.end


# What a company that runs a "line" carries ("Maersk, the world's second-largest container line,"; not "the front
# line").
_LINE_TRADES = frozenset({"container", "shipping", "cruise", "ferry", "freight", "cargo", "tanker", "bus", "coach"})


def a_shipping_line(noun: Token) -> bool:
    """ "a container line", "the cruise line": a company that runs ships (or coaches) on its routes."""
    return noun.lemma_.lower() == "line" and any(
        c.dep_ == "compound" and c.lower_ in _LINE_TRADES for c in noun.children
    )


def _named_before_a_kind_of_body(span: Span) -> bool:
    """A name set off by a comma right before a kind of body it is ("Alarm Phone, an activist network,"; also
    when the parser made the description the subject: "Trafigura, the commodities trader that operates the
    vessel, said")."""
    doc = span.doc
    descriptions = [c for c in span.root.children if c.dep_ == "appos"]
    descriptions += [
        c
        for c in span.root.head.children
        if c.dep_ == "nsubj"
        and span.root.dep_ not in {"nsubj", "nsubjpass"}
        and c.i > span.root.i
        and c.right_edge.i + 1 < len(doc)
        and doc[c.right_edge.i + 1].text == ","
    ]
    return (
        span.end < len(doc)
        and doc[span.end].text == ","
        and any(
            c.pos_ == "NOUN"
            and (
                c.lemma_.lower() in _COLLECTIVE_KINDS
                or a_shipping_line(c)
                or (
                    c.lemma_.lower() in _COLLECTIVE_KINDS_ALSO_PEOPLE
                    and len(span) == 1
                    and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
                )
            )
            and c.left_edge.i == span.end + 1  # right after the name and its comma
            for c in descriptions
        )
    )


def _named_after_a_kind_of_body(span: Span, person: bool = False) -> bool:
    """A name set off by a comma right after the kind of body it is ("the state grid operator, Ukrenergo,"; a
    kind that may be a person's job only before a one-word name with "the" or an owner on it)."""
    root, doc = span.root, span.doc
    kind = root.head
    if span.start >= 2 and (root.dep_ == "npadvmod" or (root.dep_ == "pobj" and root.head.i < span.start - 2)):
        # the parser may make the name an adverbial, of the kind or of the verb, or the object of the preposition
        # before the kind: "according to the national forestry corporation, Conaf"; then the kind is the noun right
        # before the comma
        kind = doc[span.start - 2]
    elif root.dep_ != "appos":
        return False
    if kind.pos_ != "NOUN" or kind.i >= span.start or doc[span.start - 1].text != ",":
        return False
    title = kind.head.head if kind.dep_ == "pobj" and kind.head.dep_ == "prep" else None
    if person and title is not None and title.lower_ in TITLE_WORDS and title.dep_ != "appos":
        # "a spokesman for the crisis management organization, Hossein Zafari,": the spokesman, named (not "Ana
        # Ruiz, a spokeswoman for its parent company, Mondelez International": the body)
        return False
    if kind.lemma_.lower() in _COLLECTIVE_KINDS:
        return True
    owned = any(d.dep_ in {"det", "poss"} and d.lower_ not in {"a", "an"} for d in kind.children)
    return kind.lemma_.lower() in _COLLECTIVE_KINDS_ALSO_PEOPLE and len(span) == 1 and owned


def _a_specialist(noun: Token) -> bool:
    """A singular noun for a person by their field ("a hydrologist", "an economist", "the analyst"): English
    nouns in "-ist"/"-yst" name people who practise something, not bodies."""
    low = noun.lower_
    return noun.tag_ == "NN" and noun.text.islower() and len(low) > 5 and low.endswith(("ist", "yst"))


def _named_beside_a_title(span: Span) -> bool:
    """A two- or three-word proper name in apposition to a person's title or right after one ("the
    prime minister, Ana Ruiz," / "Ana Ruiz, the prime minister," / "presidential adviser Ana Ruiz")."""
    if not 2 <= len(span) <= 3 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in span):
        return False
    if span[-1].lower_ in _BODY_HEADS:
        return False  # "its owner, Scentre Group, said": a body's name, beside a word for whoever owns
    root = span.root
    people = PERSON_REFERENCE_NOUNS | KIN_NOUNS  # the reference nouns hold the title words
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lower_ in people:
        return True  # "her son, Sajeeb Wazed,"
    if root.dep_ == "appos" and _a_specialist(root.head):
        return True  # "a Libyan hydrologist, Abdelwanees Ashoor,"
    owner = root.head.head if root.dep_ == "appos" and root.head.dep_ == "pobj" else None
    if owner is not None and owner.lower_ == "of" and owner.head.pos_ == "NOUN" and owner.head.lower_ in people:
        return True  # "the mayor of Derna, Omar Fadel,": the parser hung the name on the place
    before = span.doc[span.start - 1] if span.start else None
    if before is not None and before.pos_ == "NOUN" and before.text.islower() and before.lower_ in people:
        return True  # "presidential adviser Hikmet Hajiyev"
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lower_ in people for c in root.children)


def _one_name_set_off_beside_a_title(span: Span) -> bool:
    """A single name set off by commas in apposition to a person's title ("The agency's head, Suharyanto, said":
    many Indonesians use one name), when no place the gazetteer knows and no acronym."""
    if len(span) != 1 or span[0].pos_ != "PROPN" or not span.text.istitle() or _a_known_place(span.text):
        return False
    doc, root = span.doc, span.root
    closed = span.start > 0 and doc[span.start - 1].text == "," and span.end < len(doc) and doc[span.end].text == ","
    return closed and root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lower_ in PERSON_REFERENCE_NOUNS


# The head nouns of a body's name that an "of"/"for" phrase completes ("Office for the Coordination of
# Humanitarian Affairs", "Commission for Human Rights"); the recogniser may cut the name at the preposition.
_NAME_HEADS = ORG_REFERENCE_NOUNS | {"centre", "center", "secretariat", "directorate", "tribunal", "observatory"}


def _joined_names(doc: Doc) -> list[Span]:
    """The recogniser's entities, with names it cut in two joined again (`_joined_label`)."""
    ents = list(doc.ents)
    out: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        label = _joined_label(doc, ent, nxt) if nxt is not None else None
        if nxt is not None and label is not None:
            out.append(Span(doc, ent.start, nxt.end, label=label))
            i += 2
            continue
        split = _name_set_beside_a_body(ent)
        out += split if split is not None else [_speaker_read_as_a_work(ent) or ent]
        i += 1
    return out


def _name_set_beside_a_body(ent: Span) -> list[Span] | None:
    """ "The mayor of Kharkiv, Ihor Terekhov, said": the recogniser can tag a place or body and the person's name
    set beside it after a comma as one body ("Kharkiv, Ihor Terekhov"). Split when the words after the comma are
    two to four capitalised proper nouns the parser made an appositive of the words before it: the body, then
    the person (not "Skadden, Arps, Slate, Meagher & Flom", "the University of California, Berkeley")."""
    commas = [t.i for t in ent if t.text == ","]
    if ent.label_ != "ORG" or len(commas) != 1 or not ent.start < commas[0] < ent.end - 1:
        return None
    comma, doc = commas[0], ent.doc
    name = doc[comma + 1 : ent.end]
    if not 2 <= len(name) <= 4 or not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in name):
        return None  # (four with particles: "Regina De La Portilla")
    if name.root.dep_ != "appos" or not ent.start <= name.root.head.i < comma:
        return None
    return [Span(doc, ent.start, comma, label="ORG"), Span(doc, comma + 1, ent.end, label="PERSON")]


_CLOSING_MARKS = frozenset({'"', "”", "''", "’"})


def _speaker_read_as_a_work(ent: Span) -> Span | None:
    """'…," Agriculture Minister Mykola Solskyi wrote': right after a quotation's closing mark the small model
    tags the speaker (with the mark, and a title before the name) as a title of a work. A run of capitalised
    proper nouns there, the subject of a cue verb, is a person's name (with its title, as tagged names have)."""
    if ent.label_ != "WORK_OF_ART":
        return None
    doc = ent.doc
    start = ent.start
    while start < ent.end and doc[start].text in _CLOSING_MARKS:
        start += 1
    words = [t for t in doc[start : ent.end] if t.text != "-"]
    if start == 0 or doc[start - 1].text not in _CLOSING_MARKS or not 2 <= len(words) <= 6:
        return None
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha for t in words):
        return None
    span = doc[start : ent.end]
    if span.root.dep_ != "nsubj" or span.root.head.lemma_.lower() not in CUE_VERBS:
        return None
    titles = [t.i for t in span if t.lower_ in TITLE_WORDS]
    start = titles[-1] + 1 if titles else start  # ("Agriculture Minister": the title before the name)
    if ent.end - start < 2 or _the_end_of_a_persons_name(doc[start : ent.end]):
        return None  # ("…,” Le Pen told CNN" after "Marine Le Pen": the speaker step finds her by the surname)
    return Span(doc, start, ent.end, label="PERSON")


# The generation written after a name ("Jr.", "Sr.", "III").
_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _joined_label(doc: Doc, ent: Span, nxt: Span) -> str | None:
    """The label of one name the recogniser cut into `ent` and the entity right after it, else None:
    a body's name cut at "for (the)" or "of (the)" ("the U.N. Office" + "for the" + "Coordination of
    Humanitarian Affairs"), a national branch's name cut before its country ("Amnesty International" +
    "Kenya"), a person's surname taken for a body, a place or a second person ("Rosa Icela" +
    "Rodríguez"; "Oleksandr" + "Prokudin"), or the first half of a hyphened given name ("François-Xavier")."""
    between = [t.lower_ for t in doc[ent.end : nxt.start]]
    if (
        ent.label_ == nxt.label_ == "ORG"
        and between in (["for"], ["for", "the"], ["of"], ["of", "the"])
        and ent[-1].text[:1].isupper()
        and ent[-1].lower_ in _NAME_HEADS
        and all(t.text[:1].isupper() or t.is_stop for t in nxt)
    ):
        return "ORG"
    if (
        ent.label_ == nxt.label_ == "ORG"
        and not between
        and len(ent) >= 3
        and ent[-1].lower_ in {"for", "of"}
        and ent[-2].lower_ in _NAME_HEADS
        and all(t.text[:1].isupper() or t.is_stop or t.tag_ == "POS" for t in nxt)
    ):
        return "ORG"  # "The U.S. Agency for" + "International Development": the recogniser kept the "for" on the first
    if (
        ent.label_ == nxt.label_ == "ORG"
        and between == ["and"]
        and any(t.head == nxt.root and t.dep_ in {"compound", "nmod"} for t in ent)
        and ent[-1].lower_ not in _NAME_HEADS
        and nxt[-1].lower_ in _NAME_HEADS
        and all(t.text[:1].isupper() for t in nxt)
        and body_for(ent.text) is None
    ):
        return "ORG"  # "the Flood Forecasting" + "and" + "Warning Centre": one body, its name read as a phrase
    # (the recogniser may keep the "and" on the first: "The Kenya Flower Growers and" + "Exporters Association")
    kept_and = not between and len(ent) > 2 and ent[-1].lower_ == "and"
    members = ent[:-1] if kept_and else ent
    words = [t for t in members if t.lower_ != "the"]
    if (
        ent.label_ == nxt.label_ == "ORG"
        and (between == ["and"] or kept_and)
        and len(words) >= 2
        and members[-1].tag_ in {"NNP", "NNPS"}
        and members[-1].text.endswith("s")  # (the members, in the plural: "Growers", "Manufacturers")
        and country_for(members[-1].text) is None
        and members[-1].lower_ not in _NAME_HEADS
        and len(nxt) == 2
        and nxt[0].lower_.endswith("s")
        and nxt[-1].lower_ in _NAME_HEADS
        and all(t.text[:1].isupper() for t in nxt)
    ):
        return "ORG"  # "the Bangladesh Garment Manufacturers" + "and" + "Exporters Association": members, then the body
    # (a body "for" its fields; not "of": "the University of Pennsylvania and Carnegie Mellon" are two)
    heads = [k for k, t in enumerate(ent[:-1]) if t.lower_ in _NAME_HEADS and ent[k + 1].lower_ == "for"]
    if (
        ent.label_ == nxt.label_ == "ORG"
        and between == ["and"]
        and heads
        and nxt.root.dep_ == "conj"
        and nxt.root.head in ent
        and nxt[-1].lower_ not in _NAME_HEADS
        and all(t.text[:1].isupper() for t in nxt)
    ):
        return "ORG"  # "the Center for Volcanology" + "and" + "Geological Hazard Mitigation": the body's two fields
    # the parser hangs the first part on the last word of the name, right after it
    hung_on_next = nxt.start == ent.end and ent.root.dep_ == "compound" and ent.root.head == nxt.root
    # (a known body the recogniser tagged a building: "Amnesty International" + "Kenya")
    body = ent.label_ == "ORG" or (ent.label_ == "FAC" and body_for(ent.text) is not None)
    if hung_on_next and body and nxt.label_ == "GPE":
        return "ORG"
    # ("Francisco Tiu" + "Laurel Jr.": a surname with its generation after it)
    surname = nxt[:-1] if len(nxt) == 2 and nxt[-1].text.rstrip(".").lower() in _GENERATIONS else nxt
    if (
        hung_on_next
        and ent.label_ == "PERSON"
        and nxt.label_ in {"ORG", "GPE", "NORP", "PERSON"}
        and len(surname) == 1
        and surname.root.pos_ == "PROPN"
        and not body_for(nxt.text)
        and not country_for(nxt.text)
        and nxt.text.casefold() not in DEMONYM_TO_COUNTRY
    ):
        return "PERSON"
    # "François" + "-" + "Xavier Bieuville": a double given name, its first half taken for a place (not two people's
    # names joined: "Reagan-Bush", "Clinton-Kaine")
    glued = ent.end + 1 == nxt.start and _joins_a_double_name(doc[ent.end])
    given = len(ent) == 1 and ent[0].is_title and ent.label_ != "PERSON" and len(nxt) >= 2
    if glued and nxt.label_ == "PERSON" and given:
        return "PERSON"
    # "district official" + "Harish" + "Chandra Sharma": a given name right after a title, taken for a place or a body,
    # before the rest of the name (not a country or a known place: "Kenyan President Ruto", "Gaza Hamas chief X")
    titled = ent.start > 0 and doc[ent.start - 1].lower_ in TITLE_WORDS
    if (
        titled
        and given
        and not between
        and nxt.label_ == "PERSON"
        and ent.label_ in {"GPE", "ORG"}
        and not country_for(ent.text)
        and not body_for(ent.text)
        and not _a_known_place(ent.text)
    ):
        return "PERSON"
    return None


# Titles of monarchs and princes written before the name (general English).
_ROYAL_TITLES = frozenset({"king", "queen", "prince", "princess", "emperor", "empress", "sultan", "emir", "tsar"})


def _monarch_named(span: Span) -> Span | None:
    """The name in "King Felipe VI", "Queen Margrethe II" (a royal title, capitalised names and a regnal number),
    tagged a body, else None."""
    if len(span) < 3 or span[0].lower_ not in _ROYAL_TITLES or not span[0].is_title:
        return None
    if not re.fullmatch(r"[IVX]+", span[-1].text) or not all(t.is_title for t in span[1:-1]):
        return None
    return span[1:]


def ner_candidates(doc: Doc) -> list[Candidate]:
    out: list[Candidate] = []
    nicknames: dict[str, Candidate] = {}
    for ent in _joined_names(doc):
        if ent.label_ not in NER_KINDS:
            continue
        span = _clean(ent)
        if span is None:
            continue
        label = span.label_ or ent.label_  # (a place's tag that was a given name's: "Marina dal Poggetto")
        if label == "ORG" and (named := _monarch_named(span)) is not None:
            span, label = named, "PERSON"  # "as King Felipe VI was pelted with mud": a person, the title before
        if label == "ORG" and (named := _name_after_portfolio(span) or _name_after_a_title_in(span)) is not None:
            # "State Minister for Disaster Management Ana Ruiz", "Minister of Transport Ana Ruiz": the title before her
            out.append(Candidate(named, named.text, "person", role_before(named)))
            continue
        if (town := _hyphened_town(span)) is not None:
            out.append(Candidate(town, town.text, "place"))  # "Boulogne-sur-Mer", "Stratford-upon-Avon"
            continue
        if label == "ORG":
            span = _with_place_after_of(_with_trailing_name(_with_leading_compounds(span)))
        elif label == "PERSON":
            span = _with_hyphened_syllable(_with_surname(_with_given_name(_with_leading_acronym(span))))
        elif label == "GPE" and (branch := _a_bodys_branch_in(span)) is not None:
            out.append(Candidate(branch, branch.text, "organization"))  # "NHS Scotland said", after "NHS officials"
            continue
        if (countries := _countries_joined(span)) is not None:
            out += [Candidate(part, part.text, "place") for part in countries]  # "Mozambique and South Africa"
            continue
        known = nicknames.get(span.text) or _known_as(span, out)
        if known is not None:
            # "Pushpa Kamal Dahal, also known as Prachanda,": the person, then and in every later "Prachanda"
            nicknames[span.text] = known
            out.append(Candidate(span, known.name, "person", nickname=span.text))
            continue
        kind = _kind_for(span, label)
        if kind is None:
            continue
        role = None
        if kind == "person":
            role = role_before(span)
            if role is None or only_a_rank(role):
                # ("the defence ministry's spokeswoman, Lieutenant General X,": the office, not the rank alone)
                role = role_in_apposition(span.root) or role_in_relative_clause(span.root) or role
        # (a name the article sets beside a kind of place is that place in every mention: "the besieged city of
        # El Fasher" settles "around El Fasher", which the recogniser tagged a body)
        # ("fled Nagorno-Karabakh", "southwest of Marrakesh": only a place fits, against a headline's tag)
        settled = kind == "place" and (
            _opens_a_dateline(span)
            or _dateline_region(span)
            or set_beside_a_kind_of_place(span)
            or (label == "ORG" and (_where_people_are(span) or _after_a_bearing(span)))
            or (label == "ORG" and _owns_a_kind_of_place(span))
            or (label == "PERSON" and len(span) <= 3 and _home_of_residents(span))
            or (label == "PERSON" and _where_a_group_is(span))
        )
        name = _countrys_body(span) if kind == "organization" else None
        out.append(Candidate(span, name or _without_closing_stop(span), kind, role, settled=settled))
    return out


def _without_closing_stop(span: Span) -> str:
    """The name without the sentence's full stop the tokenizer kept on its last word, which it reads as a
    month's abbreviation ("the coastal city of Viña del Mar." → "Viña del Mar", its "Mar." read as March's);
    any other abbreviation keeps its stop ("Calif.", "Corp.")."""
    last = span[-1]
    after = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    dated = after is not None and after.like_num  # ("… Mar. 3": a date)
    if len(span) > 1 and not dated and last.text.endswith(".") and last.text[:-1].lower() in _MONTH_ABBREVIATIONS:
        return span.text[:-1]  # (the parser may not end the sentence there either: "… Viña del Mar. Fires burned")
    if SHORT_FORM_WITH_STOP.fullmatch(last.text):
        return span.text[:-1]  # "… by the environmental nonprofit E3G.": a short form, then the sentence's stop
    return span.text


# A short form in capitals or digits with the sentence's full stop kept on it by the tokenizer ("E3G.", "UNHCR.").
SHORT_FORM_WITH_STOP = re.compile(r"[A-Z0-9][A-Z0-9&-]*[A-Z0-9]\.")


# The months' abbreviations the tokenizer keeps a full stop on ("Mar.", "Jun."): spaCy's English exceptions.
_MONTH_ABBREVIATIONS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})


# Heads of the names every country's government gives the same body ("Defense Ministry", "Foreign Ministry").
_COUNTRY_BODY_HEADS = frozenset({"ministry", "department"})


def _countrys_body(span: Span) -> str | None:
    """ "Russia's Defense Ministry": a body every country has, named with the country that owns it (one
    actor per country's ministry, not one "Defense Ministry" for all)."""
    root = span.root
    if root.lower_ not in _COUNTRY_BODY_HEADS:
        return None
    owner = next((c for c in root.children if c.dep_ == "poss" and c.i < span.start), None)
    country = country_for(owner.text) if owner is not None else None
    if country is None and owner is not None:
        country = country_for(span.doc[owner.left_edge.i : owner.i + 1].text)  # "the United States' …"
    if country is None and owner is not None and owner.pos_ == "PROPN":
        # "Gaza's Health Ministry", "Puntland's interior ministry": a place that is no country owns it — named
        # with it, never with the country the story is filed from
        whose = doc_text(span.doc)[owner.left_edge.idx : span.start_char].strip()
        named = owner.ent_type_ in {"GPE", "LOC", ""} and whose.endswith(("'s", "’s"))
        return f"{whose} {span.text}" if named else None
    if country is None and len(span) > 1 and names_a_portfolio([t.lower_ for t in span[:-1]]):
        # "KATHMANDU (AFP) - … Home ministry spokesman X said": the ministry of the country the story is filed
        # from, when no other country is named before it (as "the health ministry said")
        country = _home_country(span.doc, span)
    return f"{possessive(country)} {span.text}" if country else None


def _with_trailing_name(span: Span) -> Span:
    """ "the Flood Forecasting and Warning Centre": the recogniser may stop a body's name at its "and"; the
    capitalised words after it, up to the noun the first part hangs on, are the rest of the name (as is a capitalised
    word joined to the last of an "of" name: "the Ministry of Energy and Mines")."""
    doc, head = span.doc, span.root.head
    last = span[-1]
    joined = next((c for c in last.children if c.dep_ == "conj" and c.i == span.end + 1), None)
    if (
        joined is not None
        and doc[span.end].lower_ == "and"
        and any(t.lower_ == "of" for t in span)
        and joined.pos_ == "PROPN"
        and joined.text[:1].isupper()
        and joined.ent_type_ == ""
        and joined.right_edge.i == joined.i
        and not (joined.i + 1 < len(doc) and doc[joined.i + 1].pos_ == "PROPN")  # (the name goes on: not this reading)
    ):
        return doc[span.start : joined.i + 1]  # "the Ministry of Energy and Mines": the last portfolio, untagged
    if head.i < span.end or head.i - span.end > 4 or head.pos_ != "PROPN" or not head.text[:1].isupper():
        return span
    rest = doc[span.end : head.i + 1]
    if rest[0].lower_ != "and" or any(t.ent_type_ not in {"", "ORG"} for t in rest):
        return span
    if not all(t.lower_ == "and" or (t.pos_ == "PROPN" and t.text[:1].isupper()) for t in rest[1:]):
        return span
    return doc[span.start : head.i + 1]


def _name_after_portfolio(span: Span) -> Span | None:
    """ "State Minister for Disaster Management Enamur Rahman said": the recogniser may take a title's portfolio
    and the name after it for one body; the capitalised words after the portfolio are the minister's name."""
    doc = span.doc
    if (
        span.start < 2
        or doc[span.start - 1].lower_ not in {"for", "of"}
        or doc[span.start - 2].lower_ not in TITLE_WORDS
    ):
        return None
    cut = next((t.i for t in span if t.lower_ not in MINISTRY_PORTFOLIOS), span.end)
    name = doc[cut : span.end]
    if cut == span.start or len(name) < 2 or not all(t.pos_ == "PROPN" and t.is_title for t in name):
        return None
    return name


def _name_after_a_title_in(span: Span) -> Span | None:
    """ "National Cyber Security Coordinator Darren Goldie said": the recogniser may tag a title and the name
    after it as one body; two or three capitalised words after a capitalised title word that close the span
    are the person's name."""
    doc = span.doc
    titles = [
        t.i for t in span if t.lower_ in TITLE_WORDS and t.lower_ not in MINISTRY_PORTFOLIOS and t.text[:1].isupper()
    ]  # (not a portfolio: "National Defense Authorization Act", "U.S. Foreign Agents Registration Act")
    if not titles or titles[-1] == span.start:
        return None
    name = doc[titles[-1] + 1 : span.end]
    if not 2 <= len(name) <= 3 or not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in name):
        return None
    if any(t.lower_ in _NAME_HEADS | ORG_NOUNS for t in name) or body_for(name.text) or country_for(name.text):
        return None
    return name


def _with_place_after_of(span: Span) -> Span:
    """ "the Electoral Commission of Zambia": the recogniser may end a body's name at "of" and tag the place
    after it on its own; the place is the end of the name."""
    doc = span.doc
    # ("The Law Society of Kenya", tagged "The Law Society": an institution's name goes on through "of" too)
    through = span[-1].lower_ in INSTITUTION_HEADS and span.end + 1 < len(doc) and doc[span.end].lower_ == "of"
    end = span.end + 1 if through else span.end
    if (span[-1].lower_ != "of" and not through) or end >= len(doc) or doc[end].ent_iob_ != "B":
        return span
    place = next((e for e in doc.ents if e.start == end), None)
    return doc[span.start : place.end] if place is not None and place.label_ in {"GPE", "LOC"} else span


def _countries_joined(span: Span) -> list[Span] | None:
    """Two countries the recogniser took for one name ("import power from Mozambique and South Africa"):
    each a place of its own."""
    joins = [t.i for t in span if t.lower_ == "and"]
    if len(joins) != 1 or country_for(span.text):
        return None  # ("Trinidad and Tobago", "Bosnia and Herzegovina": one country)
    first, second = span.doc[span.start : joins[0]], span.doc[joins[0] + 1 : span.end]
    if not len(first) or not len(second) or not country_for(first.text) or not country_for(second.text):
        return None
    return [first, second]


def _known_as(span: Span, before: list[Candidate]) -> Candidate | None:
    """The person a name is given to as another name of theirs ("Pushpa Kamal Dahal, also known as
    Prachanda,", "Jimmy Chérizier, known as Barbecue,", "Ana Ruiz, nicknamed “La Tigresa”"): the person
    named right before, whatever kind the recogniser gave the nickname."""
    doc, i = span.doc, span.start
    while i > 0 and doc[i - 1].text in {"“", '"', "‘", "'"}:
        i -= 1
    if i >= 2 and doc[i - 2].lower_ == "known" and doc[i - 1].lower_ == "as":
        i -= 2
    elif i >= 1 and doc[i - 1].lower_ in {"nicknamed", "dubbed", "alias"}:
        i -= 1
    else:
        return None
    if i > 0 and doc[i - 1].lower_ in {"also", "better", "widely", "popularly", "commonly"}:
        i -= 1
    if i > 0 and doc[i - 1].text == ",":
        i -= 1
    person = before[-1] if before else None
    return person if person is not None and person.kind == "person" and person.span.end == i else None


def _with_leading_compounds(span: Span) -> Span:
    """ "Africa CDC": proper nouns the recogniser left out, right before a body's name and compounds
    of it, are part of the name (not when they are entities of their own: "U.S. Central Command")."""
    doc, start = span.doc, span.start
    while (
        start > span.sent.start
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].dep_ == "compound"
        and span.start <= doc[start - 1].head.i < span.end
        and doc[start - 1].ent_type_ == ""
        and doc[start - 1].text[:1].isupper()
        and doc[start - 1].lower_
        not in TITLE_WORDS | HONORIFICS  # ("President Kassym-Jomart Tokayev", "Mr Díaz-Canel")
    ):
        start -= 1
    return doc[start : span.end]


def _a_bodys_branch_in(place: Span) -> Span | None:
    """ "NHS Scotland said …" after "NHS officials": a place the recogniser tagged, right after an untagged acronym
    joined to it, which is a body's (one the gazetteer knows, or one tagged a body elsewhere in the article) — the
    body's branch there, not the place; "Police Scotland": the country's force."""
    doc = place.doc
    if place.start == 0 or place.start == place.sent.start:
        return None
    before = doc[place.start - 1]
    if before.ent_type_ or before.dep_ != "compound" or not place.start <= before.head.i < place.end:
        return None
    branch = doc[before.i : place.end]
    # (or a national force named for its country: "Police Scotland said two people had died")
    force = before.text == "Police" and before.pos_ == "PROPN"
    return branch if opens_with_a_body_acronym(branch) or force else None


def _with_leading_acronym(span: Span) -> Span:
    """ "according to SBM Intelligence, a Lagos-based consultancy", tagged a person "Intelligence": a word in
    capitals the recogniser left out right before a name the article sets beside a kind of body, a compound of it
    that is no title and names no known body or place, is part of the body's name."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > span.sent.start else None
    if before is None or before.pos_ != "PROPN" or before.dep_ != "compound" or before.ent_type_:
        return span
    if before.lower_ in TITLE_WORDS or not any(
        c.dep_ == "appos" and c.lower_ in BODY_KIND_NOUNS for c in span.root.children
    ):
        return span
    if not (len(before.text) >= 2 and before.text.isalpha() and before.text.isupper()):
        return span
    if not span.start <= before.head.i < span.end or body_for(before.text) or country_for(before.text):
        return span
    return doc[span.start - 1 : span.end]


# Forms of address written before a surname that the title and person-noun tables do not hold (common
# English academic, religious, judicial and service titles).
_NAME_TITLES = frozenset({
    "professor", "reverend", "father", "brother", "sister", "bishop", "archbishop", "rabbi", "imam", "sheikh",
    "cardinal", "pope", "councillor", "councilor", "justice", "coach", "captain", "sergeant", "officer",
    "detective", "constable", "inspector", "chief", "colonel", "major", "lieutenant", "private", "corporal",
})  # fmt: skip


def _with_surname(span: Span) -> Span:
    """ "Njuguna Ndung'u told parliament": a capitalised proper noun the recogniser left out right after a
    person's name, whose last word the parser made a compound of it, is the surname."""
    doc, last = span.doc, span.doc[span.end - 1]
    nxt = doc[span.end] if span.end < len(doc) else None
    if (
        nxt is not None
        and nxt.pos_ == "PROPN"
        and nxt.ent_type_ == ""
        and nxt.text[:1].isupper()
        and last.dep_ == "compound"
        and last.head == nxt
        and "\n" not in last.whitespace_
        and nxt.lower_ not in TITLE_WORDS | HONORIFICS
        and affiliation_of(nxt.text) is None
        and not country_for(nxt.text)
    ):
        return doc[span.start : span.end + 1]
    return span


def _with_hyphened_syllable(span: Span) -> Span:
    """ "Park Min-soo said": the lowercase syllable the tokenizer split off a hyphened given name ("Min-soo",
    "Jae-in"), written glued to it and read as the name's own proper noun, belongs to the name (not "Trump-backed":
    no proper noun)."""
    doc, end = span.doc, span.end
    if len(span) < 2 or end + 1 >= len(doc) or doc[end].text != "-" or doc[end - 1].whitespace_ or doc[end].whitespace_:
        return span  # (a family name and a given name before the hyphen; not "Bare-knuckle campaigns")
    syllable = doc[end + 1]
    if (
        syllable.is_alpha
        and syllable.is_lower
        and len(syllable) <= 5
        # (or read as a common noun that is the name's place in the clause: "Acting President Choi Sang-mok declared")
        and (syllable.pos_ == "PROPN" or (syllable.pos_ == "NOUN" and syllable.dep_ in {"nsubj", "nsubjpass", "dobj"}))
        and doc[end - 1].head == syllable
    ):
        return doc[span.start : end + 2]
    return span


def _with_given_name(span: Span) -> Span:
    """ "said Pradeep Kumara": a capitalised proper noun the recogniser left out, right before a person's
    name and a compound of it, is a given name (not a title, an affiliation or a name of its own)."""
    doc, start = span.doc, span.start
    # (one name or two: "said Ana Paula Silva, a coordinator", with "Ana" left out)
    prev = doc[start - 1] if start > span.sent.start and len(span) <= 2 else None
    opening = prev is not None and prev.i == span.sent.start  # "Enver Solomon, chief executive of …, said"
    introduced = span.end + 1 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].pos_ in {"DET", "NUM"}
    # ("…'s executive director, Irungu Houghton, said": who the person is, set before the name)
    root = span.root
    titled = any(c.dep_ == "appos" and c.lower_ in TITLE_WORDS | PERSON_REFERENCE_NOUNS for c in root.children)
    introduced = introduced or (opening and span.end < len(doc) and doc[span.end].text == "," and titled)
    described = (
        prev is not None
        and doc[start - 2].text == ","
        and root.dep_ == "appos"
        and root.head.lower_ in TITLE_WORDS | PERSON_REFERENCE_NOUNS
    )
    introduced = introduced or described
    if (
        prev is not None
        and introduced  # a first mention, with who the person is after it ("Pradeep Kumara, a driver,")
        and (opening or not doc[start - 2].text[:1].isupper())  # ("said Councillor Ana Ruiz": a title may open it)
        and prev.pos_ == "PROPN"
        and prev.dep_ == "compound"
        and span.start <= prev.head.i < span.end
        and prev.ent_type_ == ""
        and prev.text[:1].isupper()
        and prev.text[1:].isalpha()
        and prev.text[1:].islower()
        and prev.lower_ not in TITLE_WORDS | HONORIFICS | PERSON_REFERENCE_NOUNS | _NAME_TITLES
        and prev.tag_ != "NNPS"  # ("Senators Mitch McConnell, …": a title, plural; no given name is)
        and affiliation_of(prev.text) is None
        and not country_for(prev.text)
        and prev.lower_ not in DEMONYM_TO_COUNTRY
    ):
        return doc[start - 1 : span.end]
    return span


def _past_a_hyphened_particle(doc: Doc, end: int) -> int:
    """Where a name ends that goes on through a short lowercase particle between hyphens ("Waker-uz-Zaman",
    "Zia-ul-Haq", "Boulogne-sur-Mer"), written without spaces: past its last part; else `end`."""
    if end + 3 >= len(doc) or doc[end - 1].whitespace_:
        return end
    hyphen, particle, hyphen2, rest = doc[end], doc[end + 1], doc[end + 2], doc[end + 3]
    glued = not (hyphen.whitespace_ or particle.whitespace_ or hyphen2.whitespace_)
    shape = hyphen.text == hyphen2.text == "-" and particle.text.isalpha() and particle.text.islower()
    if glued and shape and len(particle) <= 4 and rest.text[:1].isupper() and rest.text.isalpha():
        return end + 4
    return end


def titled_name_candidates(doc: Doc) -> list[Candidate]:
    """People the model did not tag but a title introduces: "Governor Ana Ruiz said", "Mayor
    Lund". The name is the run of capitalised proper nouns right after a capitalised title word."""
    out = []
    for tok in doc:
        rank = tok.lower_ in MILITARY_RANKS
        if not (tok.text[:1].isupper() and (tok.lower_ in TITLE_WORDS or rank)) or tok.i + 1 >= len(doc):
            continue
        if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in TITLE_WORDS | MILITARY_RANKS:
            rank = False  # "Colonel-Major Amadou Diallo": the second part of a rank, the name after it
        end = tok.i + 1
        while (
            end < len(doc)
            and end - tok.i <= 3
            and doc[end].pos_ == "PROPN"
            and doc[end].text[:1].isupper()
            and doc[end].text.isalpha()
            and doc[end].lower_ not in _ANY_TITLE  # ("General Counsel James Baker")
            and doc[end].lower_ not in MILITARY_RANKS  # ("Colonel Major Amadou Diallo": a rank of two words)
            and not doc[end].ent_type_
            and "\n" not in doc[end - 1].whitespace_
        ):
            end += 1
        end = _past_a_hyphened_particle(doc, end) if end > tok.i + 1 else end  # "General Waker-uz-Zaman"
        span = doc[tok.i + 1 : end]
        if not len(span) or country_for(span.text) or body_for(span.text) or span.text.casefold() in _PLACE_NAMES:
            continue
        if all(t.lower_ in MINISTRY_PORTFOLIOS for t in span):
            continue  # "The Minister for Foreign Affairs Penny Wong": the rest of a portfolio, not a name
        nxt = doc[end] if end < len(doc) else None
        if nxt is not None and (
            nxt.lower_ in _ANY_TITLE or (nxt.pos_ == "NOUN" and nxt.text.islower() and span[-1].head == nxt)
        ):
            continue  # "Chief Medical Officer X", "the High Atlas mountains": words of a longer title or name
        if rank and (len(span) < 2 or _capitalises_every_word(tok.sent)):
            # ("Major Road", "Captain Marvel", a headline's "Hit By Major Legal Action": a bare rank word before one
            # name, or in a line that capitalises every word, is no evidence)
            continue
        out.append(Candidate(span, span.text, "person", role_before(span)))
    for i in tokens_among(doc, frozenset({"for"})):
        name = _name_after_a_titles_portfolio(doc[i])
        if name is not None and not any(c.span.start <= name.start < c.span.end for c in out):
            out.append(Candidate(name, name.text, "person", role_before(name)))
    return out


def _name_after_a_titles_portfolio(prep: Token) -> Span | None:
    """ "U.N. High Commissioner for Human Rights Volker Turk said": two or three capitalised words the recogniser left
    untagged, after a capitalised title's "for" and the portfolio's capitalised words, are the holder's name."""
    doc = prep.doc
    if prep.i == 0 or not (doc[prep.i - 1].lower_ in TITLE_WORDS and doc[prep.i - 1].text[:1].isupper()):
        return None
    start = prep.i + 1
    while start < len(doc) and doc[start].lower_ in MINISTRY_PORTFOLIOS and doc[start].text[:1].isupper():
        start += 1
    end = start
    while end < len(doc) and end - start < 3 and doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].is_alpha:
        end += 1
    name = doc[start:end]
    untagged = all(t.ent_type_ in {"", "PERSON"} and t.lower_ not in _ANY_TITLE for t in name)
    return name if start > prep.i + 1 and len(name) >= 2 and untagged else None


def acronyms_beside_a_body(doc: Doc) -> list[Candidate]:
    """A body's short name the recogniser left untagged, set beside the kind of body it is: "according to a
    statement from the prison authority, SNAI" (an acronym of three letters or more, in apposition to a body noun;
    the tagger may read it as a common noun)."""
    out = []
    for tok in doc:
        if tok.ent_type_ or not (tok.text.isalpha() and tok.text.isupper() and len(tok) >= 3):
            continue
        described = next((c for c in tok.children if c.dep_ == "appos" and c.i > tok.i and c.pos_ == "NOUN"), None)
        if described is not None and described.lemma_.lower() in _COLLECTIVE_KINDS | PORTFOLIO_BODIES | {"body"}:
            # "COGAT, the Israeli military body that coordinates aid, said": the kind of body written after the name
            # (the name whole: not "Our Principles PAC, the best-funded group", whose words before it are in it)
            alone = tok.is_sent_start or not doc[tok.i - 1].text[:1].isupper()
            if alone and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "," and doc[tok.i + 2].lower_ == "the":
                out.append(Candidate(doc[tok.i : tok.i + 1], tok.text, "organization"))
            continue
        if tok.dep_ != "appos":
            continue
        kind = tok.head
        if kind.i < tok.i and kind.pos_ == "NOUN" and kind.lemma_.lower() in _COLLECTIVE_KINDS | PORTFOLIO_BODIES:
            start = tok.i
            while start - 1 > kind.i and doc[start - 1].head == tok and doc[start - 1].dep_ == "compound":
                start -= 1  # ("the technology company NGP VAN": the whole name)
            if all(t.text[:1].isupper() and not t.ent_type_ for t in doc[start : tok.i]):
                out.append(Candidate(doc[start : tok.i + 1], doc[start : tok.i + 1].text, "organization"))
    return out


def spelled_out_acronym_candidates(doc: Doc) -> list[Candidate]:
    """A body's full name whose initials spell the acronym in brackets right after it, over the commas and "and"
    inside the name that cut it for the recogniser: "the Kenya Medical Practitioners, Pharmacists and Dentists Union
    (KMPDU)" is one body. The initials of its capitalised words hold the acronym's letters in order, beginning and
    ending with them (one word may go unspelled, as "Pharmacists" here); the longest such run before the bracket."""
    out = []
    for close in tokens_among(doc, frozenset({")"})):
        if close < 3 or doc[close - 2].text != "(":
            continue
        acronym = doc[close - 1].text
        if not (3 <= len(acronym) <= 8 and acronym.isalpha() and acronym.isupper()):
            continue
        end = close - 2  # (the bracket's index: the name ends before it)
        start, best = end, None
        while start > doc[end - 1].sent.start and _may_be_in_a_name(doc[start - 1]):
            start -= 1
            words = [t for t in doc[start:end] if t.text[:1].isupper() and t.is_alpha]
            if doc[start] in words and len(words) > 2 and _spells(acronym, [w.text[0] for w in words]):
                best = start
        if best is None or not any(t.text in {",", "and", "&"} for t in doc[best:end]):
            continue  # (a name with no comma or "and" in it is read whole by the recogniser and the rules)
        span = doc[best:end]
        if span[-1].lower_ in ORG_REFERENCE_NOUNS | INSTITUTION_HEADS or doc[close - 1].ent_type_ == "ORG":
            out.append(Candidate(span, span.text, "organization"))
    return out


def _may_be_in_a_name(tok: Token) -> bool:
    """A capitalised word, or a comma, "and", "&" or a lowercase particle between the words of a body's name."""
    return (tok.text[:1].isupper() and tok.is_alpha) or tok.text in {",", "&"} or tok.lower_ in {"and", "of", "for"}


def _spells(acronym: str, initials: list[str]) -> bool:
    """The initials, in order, hold every letter of the acronym, the first and the last included, at most one
    initial left out."""
    if initials[0] != acronym[0] or initials[-1] != acronym[-1] or len(initials) - len(acronym) not in {0, 1}:
        return False
    letters = iter(initials)
    return all(any(i == a for i in letters) for a in acronym)


def described_name_candidates(doc: Doc) -> list[Candidate]:
    """People the model did not tag but a title set off beside the name describes: "Ana Ruiz, the head of
    the agency, said", "said the Minister of Public Health, Ana Ruiz,". The name is a run of two or three
    capitalised proper nouns, tagged as nothing, with the title in apposition after a comma (or the name in
    apposition to the title, after a comma)."""
    out = []
    for head in doc:
        if head.pos_ != "PROPN" or (_tagged_as_a_kind(head) and not _name_read_as_a_people(head)):
            continue
        if not (_titled_after(head) or _titled_before(head)):
            continue
        start = head.i
        while start > 0 and (
            (doc[start - 1].dep_ == "compound" and doc[start - 1].head == head) or _joins_a_double_name(doc[start - 1])
        ):
            start -= 1
        span = doc[start : head.i + 1]
        words = [t for t in span if not _joins_a_double_name(t)]
        proper = all(
            t.pos_ == "PROPN"
            and t.text[:1].isupper()
            and t.text.isalpha()
            and (not _tagged_as_a_kind(t) or _name_read_as_a_people(t))
            for t in words
        )
        if not proper or not 2 <= len(words) <= 3 or any(t.lower_ in TITLE_WORDS for t in span):
            continue
        opening = span.start == span.sent.start and (len(span) < 2 or span[0].is_stop)
        if opening or country_for(span.text) or body_for(span.text):
            continue  # (a capitalised first word is no evidence of a name; two names are: "Ana Ruiz, the …")
        out.append(Candidate(span, span.text, "person", role_in_apposition(head)))
    return out


def admin_unit_candidates(doc: Doc) -> list[Candidate]:
    """An administrative unit the recogniser left untagged, named by capitalised proper nouns before its kind in
    lowercase ("Ishikawa prefecture said …", "in Niigata prefecture"): the place its name names, as when tagged."""
    out = []
    for noun in doc:
        if noun.lower_ not in ADMIN_UNIT_NOUNS or not noun.text.islower() or noun.tag_ != "NN" or noun.ent_type_:
            continue
        names = [c for c in noun.lefts if c.dep_ == "compound"]
        if not names or names[-1].i != noun.i - 1:
            continue
        start = names[0].i
        words = noun.doc[start : noun.i]
        written = words_of(doc)
        if all(
            # (the tagger may read a name opening a sentence as a common noun: "Tottori prefecture said"; a word
            # the article writes in lowercase too is one)
            (t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.lower_ not in written and not t.is_stop))
            and t.text[:1].isupper()
            and t.text.isalpha()
            and not t.ent_type_
            and t.dep_ == "compound"
            for t in words
        ) and not (start == noun.sent.start and len(words) == 1 and words[0].is_stop):
            out.append(Candidate(words, words.text, "place"))  # (the unit's noun speaks for it: speakers.py)
    return out


def _titled_after(head: Token) -> bool:
    """ "Ana Ruiz, the head of the agency,": a title with its article set off after the name."""
    appos = next((c for c in head.children if c.dep_ == "appos" and c.i > head.i), None)
    return (
        appos is not None
        # (or a person's work at a body the recogniser tagged: "Ana Ruiz, an epidemiologist at Emory University,")
        and (appos.lemma_.lower() in TITLE_WORDS or any(b.ent_type_ == "ORG" for b in bodies_worked_at(appos)))
        and head.i + 1 < len(head.doc)
        and head.doc[head.i + 1].text == ","
        # (or without one, as wires write it: "Tamer Ramadan, head of the Red Cross delegation, said", "Ana Ruiz,
        # health minister in the interim government, told …": a title with what it is of, or its portfolio)
        and (
            any(c.dep_ in {"det", "poss"} for c in appos.children)
            or any(c.dep_ == "prep" and c.lower_ in {"of", "in", "for", "at"} for c in appos.children)
            or any(c.dep_ == "compound" and c.i < appos.i for c in appos.children)
        )
    )


def _titled_before(head: Token) -> bool:
    """ "the Minister of Public Health, Ana Ruiz,", "Moldova's prime minister, Ana Ruiz,": the name set off after
    one person's title, which has its article or owner; the parser may hang the name on what the title is of
    ("the governor of Kharkiv, Oleh Syniehubov,", "the agency's envoy to Libya, Ana Ruiz,", as
    `role_in_apposition` reads it)."""
    title = head.head
    if title.dep_ == "pobj" and title.head.dep_ == "prep" and title.head.lower_ in {"of", "for", "to"}:
        title = title.head.head if title.lemma_.lower() not in TITLE_WORDS else title
    start = head.left_edge.i
    return (
        head.dep_ == "appos"
        and title.i < head.i
        and title.lemma_.lower() in TITLE_WORDS
        and title.tag_ != "NNS"
        and start > 0
        and head.doc[start - 1].text == ","
        and any(c.dep_ in {"det", "poss"} for c in title.children)
    )


def _name_read_as_a_people(tok: Token) -> bool:
    """A word of a person's name the recogniser tagged, with the name, a people ("the mayor of Kherson, Roman
    Mrochko,": NORP), when the name's last word is no people's."""
    if tok.ent_type_ != "NORP":
        return False
    name = next(e for e in tok.doc.ents if e.start <= tok.i < e.end)
    last = name[-1].lower_
    return len(name) >= 2 and last not in DEMONYM_TO_COUNTRY and last.rstrip("s") not in DEMONYM_TO_COUNTRY


def _tagged_as_a_kind(tok: Token) -> bool:
    """Tagged by the recogniser as one of the kinds of actor. A name it reads as a title of a work is not: right
    after a quotation's closing mark it tags the speaker so ('…," Ana Ruiz, a spokesperson for the agency, said')."""
    return bool(tok.ent_type_) and tok.ent_type_ != "WORK_OF_ART"


def _joins_a_double_name(tok: Token) -> bool:
    """The hyphen of a double-barrelled name, written without spaces: "Nkweta-Salami"."""
    doc = tok.doc
    return (
        tok.text == "-"
        and not tok.whitespace_
        and 0 < tok.i < len(doc) - 1
        and not doc[tok.i - 1].whitespace_
        and doc[tok.i - 1].text[:1].isupper()
        and doc[tok.i + 1].text[:1].isupper()
    )


_PLACE_NAMES = {**CAPITAL_TO_COUNTRY, **COUNTRY_NAMES}
_PLACE_MAX_WORDS = max(len(name.split()) for name in _PLACE_NAMES)
# first word of every place and body name (casefolded) → the most words a name starting with it has
_GAZETTEER_FIRST_WORDS: dict[str, int] = {}
for _name in [*_PLACE_NAMES, *BODY_BY_NAME]:
    _first = re.split(r"[\s-]", _name)[0]
    _tokens = len(re.findall(r"\w+|[^\w\s]", _name))  # an upper bound on the tokens the name spans
    _GAZETTEER_FIRST_WORDS[_first] = max(_GAZETTEER_FIRST_WORDS.get(_first, 0), _tokens)


_GAZETTEER_FIRST_FORMS = frozenset(_GAZETTEER_FIRST_WORDS)


def gazetteer_candidates(doc: Doc) -> list[Candidate]:
    """Countries, capitals and well-known bodies the model did not tag ("Kyiv said ...", "Doctors
    Without Borders said ..."), from the gazetteer."""
    out = []
    past = 0  # the first token after the last name found
    for i in tokens_among(doc, _GAZETTEER_FIRST_FORMS):
        if i < past or not doc[i].text[:1].isupper():
            continue
        longest = _GAZETTEER_FIRST_WORDS[doc[i].lower_]
        for n in range(min(longest, len(doc) - i), 0, -1):
            span = doc[i : i + n]
            key = span.text.casefold()
            if any(t.ent_type_ for t in span) and not (n > 1 and key in BODY_BY_NAME):
                continue  # a body's full name wins over the piece the model tagged ("Doctors Without [Borders]")
            # (a body's acronym alone only in capitals: "according to IOM figures", not "Who")
            acronym = n == 1 and len(span.text) > 1 and span.text.isupper()
            # (or a body's one-word name written in title case, a proper noun: "Unicef says", "Oxfam said"; not a word
            # of its own: "Who", "Amnesty was granted")
            acronym = acronym or (
                n == 1 and len(key) >= 4 and span[0].pos_ == "PROPN" and span.text.istitle() and key != "amnesty"
            )
            if key in _PLACE_NAMES and _ends_a_longer_name(span):
                break  # "Business Unity South Africa said": a body's name, which ends in a country's
            if key in _PLACE_NAMES or ((n > 1 or acronym) and key in BODY_BY_NAME):
                out.append(Candidate(span, span.text, "place" if key in _PLACE_NAMES else "organization"))
                past = i + n
                break
    return out


def _ends_a_longer_name(span: Span) -> bool:
    """ "Business Unity South Africa", "Friends of the Earth …": at least two capitalised words the recogniser left
    untagged, compounds of the place's own name, open a longer name (not "Northern Syria" or "Mainland China": a
    part of the place)."""
    words = []
    k = span.start - 1
    while k >= span.sent.start:
        tok = span.doc[k]
        if not (tok.pos_ == "PROPN" and tok.dep_ == "compound" and tok.text[:1].isupper() and not tok.ent_type_):
            break
        if not (k < tok.head.i < span.end) or tok.lower_ in PART_OF_PLACE_WORDS:
            break
        words.append(tok)
        k -= 1
    return len(words) >= 2


def hashtag_candidates(doc: Doc) -> list[Candidate]:
    """ "#NATO" → NATO, "#Belarus" → Belarus (the mention covers the tag text, not the #)."""
    out = []
    for match in re.finditer(r"(?<![\w#])#([A-Z][A-Za-z]{1,40})\b", doc_text(doc)):
        span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        if span is None or span.text != match.group(1):
            continue
        name = match.group(1)
        kind = "place" if country_for(name) else "organization" if body_for(name) else None
        if kind:
            out.append(Candidate(span, name, kind))
    return out


def _a_seat_of_office_that_speaks(mods: list[Token], root: Token) -> bool:
    """ "the royal palace said", "according to the presidential palace": the head of state's office, named by its
    seat, when it speaks (not the building: "protesters stormed the presidential palace"); so is a headquarters
    with its field, "the provincial flood control headquarters said" (a command body; not "the UN headquarters")."""
    if root.lower_ == "headquarters":
        return any(t.pos_ == "NOUN" and t.dep_ == "compound" for t in mods) and _speaks(root)
    kinds = {t.lower_ for t in mods}
    return root.lower_ == "palace" and bool(kinds) and kinds <= _PALACE_KINDS and _speaks(root)


# What makes a palace the seat of a head of state's office ("the royal palace", "the presidential palace").
_PALACE_KINDS = frozenset({"royal", "presidential", "imperial"})


def _speaks(root: Token) -> bool:
    """The noun is a cue's subject or a statement's source ("the presidency said", "a statement from the presidency",
    "according to the presidency"), not an office won or held ("won the presidency")."""
    if root.dep_ == "nsubj":
        return root.head.lemma_.lower() in CUE_VERBS
    via = root.head if root.dep_ == "pobj" else None
    if via is None:
        return False
    return (via.lower_ == "from" and via.head.lemma_.lower() in STATEMENT_NOUNS) or (
        via.lower_ == "to" and via.head.lower_ == "according"
    )


def _speaking_armed_party(chunk: Span, root: Token, mods: list[Token]) -> Span | None:
    """ "Houthi rebels said", "Ukrainian troops said", "according to M23 fighters": the armed party a name or a
    nationality makes of its fighters when they speak, named without what backs it ("Iran-backed Houthi rebels" →
    "Houthi rebels"). Not fighters of no party in particular ("armed men", "the rebels"), nor ones who only act
    ("Russian troops shelled the town": no actor is made of every mention of a country's soldiers)."""
    if root.tag_ != "NNS" or not _speaks(root) or _indefinite(chunk):
        return None
    backed = [t.i for t in mods if t.lower_ in BACKING_WORDS and t.i > 0 and root.doc[t.i - 1].text == "-"]
    named = [t for t in mods if t.i > max(backed, default=-1)]
    if not named or not all(_capitalised_as_name(t) or t.pos_ == "PROPN" for t in named):
        return None
    return root.doc[named[0].i : root.i + 1]


def _a_military_command(mods: list[Token], of_something: bool) -> bool:
    """ "Ukraine's southern military command", "Poland's operational command": a command of a country's forces (not
    "Trump's command of the issues", not "the command to fire")."""
    return not of_something and any(
        t.ent_type_ in {"GPE", "NORP"} or country_for(t.text) or t.lower_ in _COMMAND_WORDS for t in mods
    )


_COMMAND_WORDS = frozenset({"military", "operational", "army", "naval", "joint", "central", "regional", "air"})


def _has_actor_modifier(tokens: list) -> bool:  # type: ignore[type-arg]
    return any(
        affiliation_of(t.text) or (t.ent_type_ in {"ORG", "GPE", "NORP"} and not t.text.islower()) or _country_owns(t)
        for t in tokens
    )  # (a lowercase word inside a tagged body is no name: "the health ministry")


def _a_country_tagged_a_person(tok: Token) -> bool:
    """A word of a country's name, alone or in the whole name the recogniser tagged a person ("Sri Lanka's" in "Sri
    Lanka's health ministry")."""
    if country_for(tok.text):
        return True
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and country_for(re.sub(r"['’]s$", "", ent.text)) is not None


def _country_owns(tok: Token) -> bool:
    """A possessive naming a country whatever the recogniser tagged it ("Sri Lanka's health ministry", which the small
    model may tag a person)."""
    return (
        tok.dep_ == "poss"
        and tok.pos_ == "PROPN"
        and country_for(tok.doc[tok.left_edge.i : tok.i + 1].text) is not None
    )


# Verbs whose "of" after the object tells what the object is charged with, told of or deprived of ("accused the
# police of abuses", "warned residents of flooding"), which the parser may hang on the object.
_OF_WHAT_VERBS = frozenset({
    "accuse", "suspect", "convict", "acquit", "clear", "absolve", "warn", "notify", "inform", "remind", "deprive",
    "strip", "rob", "relieve", "cure", "rid",
})  # fmt: skip


# What a body publishes that a source phrase names it by: "according to central bank data", "government figures
# show" (the body is the compound before the noun).
_DATA_NOUNS = frozenset(
    {"data", "datum", "figure", "statistic", "estimate", "number", "tally", "count", "survey", "record"}
)


def _actor_chunks(doc: Doc) -> Iterator[tuple[Span, Token]]:
    """The noun chunks with their roots, and inside a chunk on a body's data the body's own words ("central bank
    data" → "central bank", "government figures" → "government")."""
    for chunk in doc.noun_chunks:
        root = chunk.root
        yield chunk, root
        body = doc[root.i - 1] if root.i > chunk.start else None
        data = root.lemma_.lower() in _DATA_NOUNS and root.tag_ in {"NNS", "NN"}
        if data and body is not None and body.dep_ == "compound" and body.head == root and body.pos_ == "NOUN":
            yield doc[chunk.start : body.i + 1], body


def noun_phrase_candidates(doc: Doc) -> list[Candidate]:
    """Collective and institutional actors the NER leaves out: "Polish officials", "the police",
    "the defense ministers of the Baltic states"; and role-only references ("the NATO chief")."""
    out = []
    for tok in doc:
        if _named_with_of(tok) and tok.head.tag_ == "NN":
            # "the State of Mexico civil protection agency said": a body named with its place, which the recogniser
            # and the chunker split
            out.append(Candidate(doc[tok.i : tok.head.i + 1], doc[tok.i : tok.head.i + 1].text, "organization"))
    for chunk, root in _actor_chunks(doc):
        if root.lower_ not in _ACTOR_HEADS:
            continue  # (a chunk of any other head yields nothing below)
        mods = [t for t in chunk if t.i < root.i and t.dep_ != "det" and t.lower_ not in _QUANTIFIERS]
        if (led := _led_by(root)) is not None:
            out.append(Candidate(led, led.text, "organization"))  # "the Biden administration": the government
            continue
        if root.lower_ in SPEAKING_FOR_NOUNS and (ministry := _countrys_ministry_before(mods, root)) is not None:
            # "A German foreign ministry spokesman said": the ministry he speaks for, a body of its own (its mention
            # the portfolio and ministry: the parser may hang the country on the spokesman)
            out.append(Candidate(ministry[1:], ministry.text, "organization"))
        if root.lower_ in _FIRM_HEADS:
            if root.tag_ == "NN" and (firm := _state_firm(mods, root)) is not None:
                out.append(Candidate(firm, firm.text, "organization"))  # "Zambia's state power company said"
            continue
        if root.lower_ in _STATE_MEDIA_HEADS:
            if (media := _state_firm(mods, root)) is not None:
                out.append(Candidate(media, media.text, "organization"))  # "Iranian state media reported"
            elif [t.lower_ for t in mods] == ["state"] and (home := _home_country(doc, chunk)) is not None:
                # "HANOI — … killing 48 residents, state media reported": the media of the country the story is filed
                # from, when no other country is named before them
                media = doc[mods[0].i : root.i + 1]
                out.append(Candidate(media, f"{possessive(home)} {media.text}", "organization"))
            continue
        if root.lower_ == "bank":
            if root.tag_ == "NN" and (central := _central_bank(mods, root)) is not None:
                out.append(Candidate(central[0], central[1], "organization"))
            continue
        if root.lower_ == "opposition":
            if (camp := _speaking_opposition(doc, chunk, root)) is not None:
                out.append(Candidate(chunk, camp, "group"))
            continue
        if root.lower_ in ORG_NOUNS and root.tag_ == "NN" and any(_scoped_place(t) for t in chunk):
            # "the Lazio regional health authority said": a body named with its region (which the recogniser may
            # take for a person), not the region
            first = next(t for t in chunk if _scoped_place(t))
            out.append(Candidate(doc[first.i : root.i + 1], doc[first.i : root.i + 1].text, "organization"))
            continue
        if any(t.ent_type_ == "PERSON" and not _a_country_tagged_a_person(t) for t in chunk) or root.pos_ == "PRON":
            continue
        start = next(
            (
                t.i
                for t in chunk
                if t.dep_ != "det"
                and t.lower_ not in _QUANTIFIERS
                and not (t.dep_ == "poss" and t.pos_ == "PRON")  # ("its HERA health emergency agency")
            ),
            root.i,
        )
        joined = [
            t.i for t in chunk if t.dep_ == "cc" and start <= t.i and any(u.tag_ == "POS" for u in doc[t.i : root.i])
        ]
        if joined and root.tag_ == "NN":
            # "according to the UN and South Africa's defence ministry": two sources, the body the last one's (one
            # body is no one's but one owner's)
            start = joined[-1] + 1
        end = root.i + 1
        of = [c for c in root.rights if c.dep_ == "prep" and c.lower_ == "of"]
        if root.dep_ == "dobj" and root.head.lemma_.lower() in _OF_WHAT_VERBS:
            of = []  # "accused Chadian security forces of abuses": the charge, not part of who they are
        if of and root.lower_ in GROUP_NOUNS | TITLE_WORDS:
            end = max(t.i for t in of[0].subtree) + 1
            # "the mayor of Derna, Omar Fadel,": the name the parser hung on the place is not the title's (nor one it
            # joined to the place: "the mayor of Viña del Mar, Macarena Ripamonti, who described …")
            end = min([end] + [t.left_edge.i for t in of[0].subtree if t.i > of[0].i and set_off_name(t)])
            while end > root.i + 1 and doc[end - 1].is_punct:
                end -= 1  # "the executive director of the Food Council, who …": not the comma the parser hung on it
        elif root.tag_ == "NNS" and root.lower_ in GROUP_NOUNS and (where := _place_people_are_in(root)) is not None:
            end = where  # "Officials in Gaza said": the officials there, not Gaza
            while start < root.i and (
                doc[start].is_punct or doc[start].pos_ in {"ADP", "SCONJ", "CCONJ", "ADV", "INTJ"}
            ):
                start += 1  # ("- like most elected officials in Virginia": not the words the chunk began with)
            while start < root.i and doc[start].lower_ in {"most", "many", "some", "all", "several"}:
                start += 1
        span = doc[start:end]
        if "\n" in span.text:
            continue
        low = root.lower_
        field = _field_after_of(of[0]) if of and low in _FIELD_BODY_HEADS else None
        # a singular common noun; the small model tags some lowercase ones NNP ("the foreign ministry")
        singular = root.tag_ == "NN" or (root.tag_ == "NNP" and root.text.islower())
        # (a lowercase noun the model tagged ORG is no name: "Gaza's health ministry")
        untagged = root.ent_type_ == "" or (root.ent_type_ == "ORG" and root.text.islower())
        if low in ARMED_GROUP_NOUNS:
            if (armed := _speaking_armed_party(chunk, root, mods)) is not None:
                out.append(Candidate(armed, armed.text, "group"))
        elif (
            root.tag_ == "NNS"
            and low in GROUP_NOUNS
            and _is_collective(mods, span)
            and not _indefinite(chunk)
            # (not "Egypt's main sources of foreign currency": sources of a thing, not people)
            and not (low == "sources" and any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children))
            and not span.text.isupper()  # (a headline in capitals: "CALLED OUT BY FELLOW DOCTORS")
        ):
            out.append(Candidate(span, span.text, "group"))
        elif (
            (singular or (root.tag_ == "NNS" and low == "services")) and untagged and _a_service_by_its_field(mods, low)
        ):
            # "the coast guard said", "the fire brigade said"; named again, the service named before ("the
            # Maltese coast guard said … The coast guard said"), which the speaker's noun refers back to (but named
            # again with its owner, "China's coast guard said", it is that service by name)
            owned = _has_actor_modifier(mods[:-1])
            if owned or f" {span.text.lower()}" not in doc_text(doc)[: span.start_char].lower():
                out.append(Candidate(span, span.text, "organization"))
        elif (
            # ("the national statistics institute said": with its field; "the Jordanian seismological center said")
            (
                low in ORG_NOUNS
                or low == "institute"
                or (low in _CENTRE_HEADS and _of_a_science(mods))
                or _a_secretariat(mods, low)
                or _a_seat_of_office_that_speaks(mods, root)
            )
            and (singular or low in STANDALONE_ORG_NOUNS)
            and untagged
            and not _named_in_apposition(root)
            and (low != "command" or _a_military_command(mods, bool(of)))
            and (low != "chamber" or field is not None)  # (not "the House chamber", a room)
        ):
            owner = list(of[0].subtree) if of else []  # "the foreign ministry of Qatar": named after the noun
            if field is not None:
                span = doc[start : field.end]  # "the chamber of commerce", "the ministry of health": named by its field
            if (
                field is not None
                or _has_actor_modifier(mods)
                # "the police", "the junta"; "the regional government", "the ruling military junta": a body by its
                # reach alone (only a standalone noun without one)
                or ((mods or low in STANDALONE_ORG_NOUNS) and all(t.lower_ in _SCOPES for t in mods))
                # "the air force said", as "the navy said" (when the article names no one's air force, which "the air
                # force" is then: "Ukraine's air force said … The air force said …")
                or (
                    low == "force"
                    and [t.lower_ for t in mods] == ["air"]
                    and _OWNED_AIR_FORCE.search(doc_text(doc)) is None
                )
                or (low in _CENTRE_HEADS and all(t.lower_ in _SCOPES | _SCIENCE_FIELDS for t in mods))
                # "the interior ministry said": the portfolio alone names the body, with its reach or not ("the
                # provincial health department")
                or (
                    # ("the national statistics institute"; a field written with a hyphen: "the hydro-meteorological
                    # institute")
                    low in PORTFOLIO_BODIES | {"institute"}
                    and _portfolio_named([t.lower_ for t in mods if t.lower_ not in _SCOPES and t.text != "-"], low)
                )
                or (low == "presidency" and not mods and _speaks(root))  # "a statement from the presidency said"
                or _a_seat_of_office_that_speaks(mods, root)  # "the royal palace said"
                or _a_body_by_its_remit([t.lower_ for t in mods if t.lower_ not in _SCOPES], low)
            ):
                # "BUJUMBURA, Burundi — … the health ministry said": the ministry of the country the story is filed
                # from, when no other country is named before it (a body by its reach alone stays as written)
                bare = (
                    low in {"ministry", "presidency", "palace", "regulator", "watchdog"}
                    or _a_national_service(mods, low)
                    or (low in _NATIONAL_FORCES and not mods)  # "QUETTA (Reuters) - …, the military said"
                ) and not _has_actor_modifier(mods)
                # "ADDIS ABABA — … the federal government had sent a team": the government of the country the story
                # is filed from, as "the government" is
                federal = (
                    low == "government" and mods and {t.lower_ for t in mods} <= {"federal", "central", "national"}
                )
                if federal and (home_government := _home_government(doc, span)) is not None:
                    out.append(Candidate(span, home_government, "organization"))
                    continue
                # ("NIAMEY — Niger's junta has ordered the French ambassador to leave, the foreign ministry said": the
                # ministry of the country whose act it reports, though another country was named)
                # ("In Haiti, the health ministry said …": the country the sentence opens on)
                home = (
                    (
                        _country_of_the_words(root)
                        or _country_opening_the_sentence(doc, span)
                        or _home_country(doc, span)
                    )
                    if bare
                    else None
                )
                out.append(Candidate(span, f"{possessive(home)} {span.text}" if home else span.text, "organization"))
            elif (its := _its_portfolio_ministry(mods, root)) is not None:
                out.append(Candidate(its[0], its[1], "organization"))  # "…, its foreign ministry said"
            elif (country := _the_countrys_ministry(mods, root)) is not None:
                out.append(Candidate(country[0], country[1], "organization"))  # "the country's health ministry"
            elif (held := _a_title_holders_office(mods, root)) is not None:
                out.append(Candidate(held[0], held[1], "organization"))  # "the country's ombudsman's office said"
            elif (local := _the_places_ministry(mods, root)) is not None:
                out.append(Candidate(local, local.text, "organization"))  # "the enclave's health ministry"
            elif low == "government" and not mods and (seat := _government_seat(root)) is not None:
                out.append(Candidate(span, f"{possessive(seat)} government", "organization"))  # "… in Damascus"
            elif low == "government" and not mods and (home := _home_government(doc, span)) is not None:
                out.append(Candidate(span, home, "organization"))  # "HANOI — … the government estimated …"
            elif owner and _has_actor_modifier(owner) and "\n" not in (named := doc[start : owner[-1].i + 1]).text:
                body = doc[start : root.i + 1].text
                # as "Qatar's foreign ministry"
                out.append(Candidate(_without_end_marks(named), f"{possessive(_whose(owner))} {body}", "organization"))
        elif low in TITLE_WORDS and singular and root.ent_type_ == "" and not _indefinite(chunk):
            reference = role_reference(span)
            if reference:
                name = span.text
                if (place_word := _possessive_place_word(span)) is not None and reference.affiliation:
                    # "The city's governor" after "Bangkok": Bangkok's governor (not one "city's governor" for all)
                    name = f"{possessive(reference.affiliation)} {doc[place_word.i + 2 : span.end].text}"
                out.append(Candidate(span, name, "person", reference, is_role_reference=True))
    return out


def _whose(owner: list[Token]) -> str:
    """Who a body named "the <body> of …" belongs to, as written: "of Qatar" → Qatar; "of the Taliban's supreme leader,
    Haibatullah Akhundzada," → the name set beside the title (Haibatullah Akhundzada), else the words before it."""
    doc = owner[0].doc
    words = [t for t in owner[1:] if not (t.dep_ == "det" and t.i == owner[1].i)]
    comma = next((k for k, t in enumerate(words) if t.text == ","), len(words))
    person = next((t for t in words[comma:] if t.dep_ == "appos" and t.ent_type_ == "PERSON"), None)
    if person is not None:
        name = [t for t in person.subtree if t.ent_type_ == "PERSON"]
        if name:
            return doc[name[0].i : name[-1].i + 1].text
    kept = words[:comma]
    return doc[kept[0].i : kept[-1].i + 1].text if kept else " ".join(t.text for t in words)


def _without_end_marks(span: Span) -> Span:
    end = span.end
    while end > span.start + 1 and span.doc[end - 1].is_punct:
        end -= 1
    return span.doc[span.start : end]


def set_off_name(tok: Token) -> bool:
    """A name set off after a title's place: in apposition, or a person's name the parser joined to the place after
    a comma."""
    if tok.dep_ == "appos":
        return True
    return tok.dep_ == "conj" and tok.ent_type_ == "PERSON" and tok.doc[tok.left_edge.i - 1].text == ","


# Bodies named by a field after "of" ("the chamber of commerce", "the ministry of health", "the court of appeals").
_FIELD_BODY_HEADS = frozenset(
    {"ministry", "department", "chamber", "office", "commission", "bureau", "court", "council", "agency", "authority"}
)


def _field_after_of(of: Token) -> Span | None:
    """ "the chamber of commerce", "the ministry of health", "the department of trade and industry": the field a
    body's noun is named by after "of", in lowercase common nouns without an article (not "the ministry of
    Qatar", its owner, nor "the office of the president")."""
    words = list(of.subtree)[1:]
    if not words or any(
        t.pos_ not in {"NOUN", "PROPN", "CCONJ", "ADJ"} or t.dep_ in {"det", "poss"} or not t.text.islower()
        for t in words
    ):
        return None  # (the small model tags some lowercase nouns NNP: "the chamber of commerce")
    if words[0].pos_ == "CCONJ" or words[-1].pos_ not in {"NOUN", "PROPN"}:
        return None
    if any(t.lower_ in TITLE_WORDS for t in words):
        return None  # "the office of president": a title's office
    return of.doc[words[0].i : words[-1].i + 1]


# Emergency services named by their field, which speak for themselves in disaster reporting ("the coast
# guard said", "the fire brigade said", "the ambulance service said", "the civil defence said"): the
# body noun → the field words that make it one (general English names of such services).
_SERVICE_FIELDS = {
    "guard": frozenset({"coast", "border"}),
    "brigade": frozenset({"fire"}),
    "service": frozenset({
        "fire", "ambulance", "rescue", "coastguard", "prison", "prisons", "correctional", "emergency", "forensic",
        "guard",  # ("the border guard service", "the state border guard service")
    }),
    # (one body written in the plural: "Romania's emergency services said", "the rescue services said")
    "services": frozenset({"ambulance", "rescue", "emergency"}),
    "department": frozenset({"fire"}),
    "defence": frozenset({"civil"}),
    "defense": frozenset({"civil"}),
}  # fmt: skip
# Such services written as one word with their field ("the coastguard said", British style).
_ONE_WORD_SERVICES = frozenset({"coastguard"})


# Heads of a technical body's description ("the national seismological centre", "the state geological survey"),
# and the sciences such public bodies are named after (general English: the national weather, earth-science and
# disease-watch services).
_CENTRE_HEADS = frozenset({"center", "centre", "observatory", "survey"})
_SCIENCE_FIELDS = frozenset({
    "seismological", "seismology", "seismic", "meteorological", "meteorology", "hydrological", "hydrometeorological",
    "hydro-meteorological", "geological", "geophysical", "volcanological", "volcanology", "oceanographic", "weather",
    "earthquake", "hurricane", "typhoon", "tsunami", "climate", "epidemiological", "forecasting", "networks",
    "disaster",  # (not a science, but a public body's remit as well: "the national disaster centre")
})  # fmt: skip


def _a_secretariat(mods: list[Token], low: str) -> bool:
    """ "the transport secretariat": a ministry as Latin American governments name it, by its portfolio alone (not "the
    OPEC secretariat", the staff of a body named on it, which speaks for that body)."""
    return (
        low == "secretariat" and bool(mods) and names_a_portfolio([t.lower_ for t in mods if t.lower_ not in _SCOPES])
    )


def _a_service_by_its_field(mods: list[Token], low: str) -> bool:
    """The field word right before the body noun, and before it only the service's reach or its country."""
    if low in _ONE_WORD_SERVICES:
        return all(t.lower_ in _SCOPES for t in mods) or _has_actor_modifier(mods)  # "the Greek coastguard"
    fields = _SERVICE_FIELDS.get(low)
    if low == "department" and len(mods) >= 2 and mods[-1].lower_ == "services":
        # "the fire services department", "the correctional services department": the department of those services
        fields, mods = _SERVICE_FIELDS["service"], mods[:-1]
    if not fields or not mods or mods[-1].lower_ not in fields:
        return False
    rest = mods[:-1]
    guarding = _SERVICE_FIELDS["guard"] if mods[-1].lower_ == "guard" else frozenset()  # ("the border guard service")
    return all(t.lower_ in _SCOPES | guarding for t in rest) or _has_actor_modifier(rest)


# Heads of a state-owned firm's description ("Zambia's state power company", "the Nigerian state oil firm").
_FIRM_HEADS = frozenset({"company", "firm", "utility", "corporation"})
# The supplies a country's one utility company is named by.
_UTILITY_SECTORS = frozenset({"power", "electricity", "electric", "water"})
# What a state's own outlets are called when its media speak ("Iranian state media reported", "Syria's state TV").
_STATE_MEDIA_HEADS = frozenset({"media", "television", "tv", "radio", "broadcaster"})
_ACTOR_HEADS = (
    GROUP_NOUNS
    | _STATE_MEDIA_HEADS
    | ORG_NOUNS
    | TITLE_WORDS
    | _SERVICE_FIELDS.keys()
    | _ONE_WORD_SERVICES
    | _FIRM_HEADS
    | {"administration", "bank", "opposition", "institute", "secretariat", "palace", "headquarters"}
    | ARMED_GROUP_NOUNS
    | _CENTRE_HEADS
)


def _countrys_ministry_before(mods: list[Token], root: Token) -> Span | None:
    """ "a German foreign ministry spokesman", "a Chinese defence ministry spokesperson": a country's ministry,
    written as the modifier of its spokesperson (the country as a demonym or name, then the portfolio)."""
    body = next((t for t in mods if t.dep_ == "compound" and t.lower_ in PORTFOLIO_BODIES and t.head == root), None)
    if body is None:
        return None
    owner = next((t for t in mods if t.i < body.i and country_for(t.text)), None)
    if owner is None:
        return None
    portfolio = [t.lower_ for t in root.doc[owner.i + 1 : body.i]]
    return root.doc[owner.i : body.i + 1] if portfolio and names_a_portfolio(portfolio) else None


def _state_firm(mods: list[Token], root: Token) -> Span | None:
    """ "Zambia's state power company", "the Nigerian state-owned oil firm": a firm its country owns, named by
    that country (as owner or demonym) and "state" or "state-owned"/"state-run": one firm, a body that speaks.
    Not a firm without its country ("the state oil company"), nor any other ("the country's biggest company")."""
    words = [t.lower_ for t in mods]
    # ("Puerto Rico's power company", "Lebanon's electricity utility": the one grid or water supplier a country has,
    # owned by the state or not)
    utility = bool(_UTILITY_SECTORS & set(words)) and any(t.dep_ == "poss" for t in mods)
    if "state" not in words and not utility:
        return None
    owners = [t for t in mods if t.dep_ in {"poss", "amod", "compound", "nmod"}]
    # (a name in words of its own: "Puerto Rico's", its first word a compound of the owner)
    country = next((t.left_edge for t in owners if country_for(root.doc[t.left_edge.i : t.i + 1].text)), None)
    if country is None:
        return None
    return root.doc[country.i : root.i + 1]


def _central_bank(mods: list[Token], root: Token) -> tuple[Span, str] | None:
    """ "Sri Lanka's central bank", "the Turkish central bank": a country's central bank, a body its
    place names; "the country's central bank" is the bank of the last country named before it. Not a
    central bank without its country (one in every country) nor any other bank ("the local bank")."""
    words = [t.lower_ for t in mods]
    if words[-1:] != ["central"]:
        return None
    doc = root.doc
    if words[:2] in (["country", "'s"], ["nation", "'s"]) and len(words) == 3:
        named = _last_country_before(doc, mods[0].i)
        body = doc[mods[2].i : root.i + 1]
        return (body, f"{possessive(named.text)} {body.text}") if named is not None else None
    place = [t for t in mods[:-1] if t.dep_ != "case" and t.pos_ not in {"ADV", "PART"}]  # (not "even")
    if place and (_has_actor_modifier(place) or country_for(" ".join(t.text for t in place))):
        return doc[place[0].i : root.i + 1], doc[place[0].i : root.i + 1].text
    if len(words) == 1 and (filed_in := dateline_country(doc)) is not None:
        # "COLOMBO, Sri Lanka — … Inflation hit 39.1%, the central bank said": the bank of the country the
        # story was filed from
        body = doc[mods[0].i : root.i + 1]
        return body, f"{possessive(filed_in)} {body.text}"
    return None


def _speaking_opposition(doc: Doc, chunk: Span, root: Token) -> str | None:
    """ "The opposition said …", "Kenya's opposition accused …": a country's political opposition when it is
    the subject of a cue, named with its country (the one it is said of, or the one the story is filed from,
    as for "the government"). Not the noun's other sense ("opposition to the plan grew", "faced opposition"),
    nor one with no country to name it by (one actor for every country's opposition would merge them)."""
    if root.dep_ != "nsubj" or root.head.lemma_.lower() not in CUE_VERBS or root.tag_ != "NN":
        return None
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in root.children):
        return None
    owner = next((c for c in root.children if c.dep_ == "poss"), None)
    others = [t for t in chunk if t.i < root.i and t.dep_ not in {"det", "poss", "case"} and t != owner]
    if any(t.lower_ not in {"main", "political", "country", "'s", "’s"} for t in others):
        return None  # ("the armed opposition", "the Labour opposition": a name or a kind the words give)
    if owner is not None and owner.lower_ != "country":
        country = country_for(owner.text)
        return f"{possessive(country)} opposition" if country else None
    home = _home_country(doc, chunk)  # (also "the country's opposition": the country the story is filed from)
    return f"{possessive(home)} opposition" if home else None


def _government_seat(root: Token) -> str | None:
    """ "the government in Damascus said": the country whose capital (or which itself) the "in" after the noun names
    (not "the government in the east": no country)."""
    prep = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "in"), None)
    place = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if place is None or place.pos_ != "PROPN":
        return None
    name = next((e.text for e in root.doc.ents if e.start <= place.i < e.end), place.text)
    return country_for(name) or CAPITAL_TO_COUNTRY.get(name.casefold())


def _home_government(doc: Doc, span: Span) -> str | None:
    """ "HANOI (AP) — … The government estimated losses at …": the government of the country the story is
    filed from, when no other country has been named before it (in a story filed from Geneva about Sudan,
    "the government" is not Switzerland's, and Switzerland is not named)."""
    home = (
        _country_opening_the_sentence(doc, span)  # ("In Peru, the government said …")
        or _home_country(doc, span)
        or _home_country_of_the_sentence(doc, span)
        or _country_the_story_is_about(doc, span)
    )
    return f"{possessive(home)} government" if home is not None else None


def _country_the_story_is_about(doc: Doc, span: Span) -> str | None:
    """The country the story is filed from, when the words before `span` name it more often than any other country,
    twice at least ("MARRAKECH, Morocco — … Morocco's High Atlas … Morocco has accepted help from Spain, Britain and
    Qatar … The government said": Morocco's, though others were named once each)."""
    home = dateline_country(doc)
    if home is None:
        return None
    counts = _country_mentions(doc, 0, span.start)
    mine = counts.pop(home, 0)
    return home if mine >= 2 and all(n < mine for n in counts.values()) else None


def _home_country_of_the_sentence(doc: Doc, span: Span) -> str | None:
    """The country the story is filed from, when the sentence names it before `span` and no other country
    ("NAIROBI — … Kenya's High Court ruled …, but the government says …", though Haiti was named before)."""
    home = dateline_country(doc)
    return home if home is not None and _countries_named(doc, span.sent.start, span.start) == {home} else None


def _countries_named(doc: Doc, start: int, end: int) -> set[str]:
    """The countries the recogniser's places and peoples name between tokens `start` and `end`."""
    return set(_country_mentions(doc, start, end))


def _country_mentions(doc: Doc, start: int, end: int) -> Counter[str]:
    """How often the recogniser's places and peoples between tokens `start` and `end` name each country."""
    return Counter(
        country
        for e in doc.ents
        if start <= e.start and e.end <= end and e.label_ in {"GPE", "NORP"}
        if (country := country_for(e.text)) is not None
    )


def _country_of_the_words(body: Token) -> str | None:
    """The country the words a body reports are about, when their subject is that country or its own (the "Niger's
    military junta" of "Niger's military junta has ordered …, the foreign ministry said"), and the story is filed
    from that country; else None."""
    verb = body.head if body.dep_ == "nsubj" else None
    if verb is None or verb.lemma_.lower() not in CUE_VERBS:
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None and verb.dep_ == "parataxis":
        clause = verb.head
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if clause else None
    if subject is None:
        return None
    owner = next((c for c in subject.children if c.dep_ == "poss"), subject)
    name = next((e.text for e in body.doc.ents if e.start <= owner.i < e.end), owner.text)  # (whatever its tag)
    country = country_for(name)
    return country if country is not None and country == dateline_country(body.doc) else None


# An air force named with its owner ("Ukraine's air force", "the Indian Air Force"; not "The air force").
_OWNED_AIR_FORCE = re.compile(r"(?:['’]s|\b(?!The\b)[A-Z][\w-]*) [Aa]ir [Ff]orce")


def _country_opening_the_sentence(doc: Doc, span: Span) -> str | None:
    """ "In Haiti, the health ministry said …", "In neighbouring Burundi, 170 cases …, the health ministry said": the
    country a sentence opens on with "In …,", when it names no other before `span`."""
    sent = span.sent
    if doc[sent.start].lower_ != "in":
        return None
    comma = next((t.i for t in doc[sent.start + 1 : span.start] if t.text == ","), None)
    if comma is None:
        return None
    # (whatever the recogniser's tag: the small model tags "Malawi" a person there)
    place = next((e for e in sent.ents if e.start > sent.start and e.end == comma), None)
    if place is None or any(
        t.dep_ not in {"det", "amod", "compound"} or not t.is_lower for t in doc[sent.start + 1 : place.start]
    ):
        return None  # (only the place, perhaps described: not "In talks with Kenya, …")
    country = country_for(place.text)
    return country if country is not None and _countries_named(doc, sent.start, span.start) <= {country} else None


def _home_country(doc: Doc, span: Span) -> str | None:
    """The country the story is filed from, when no other country has been named before `span`."""
    home = dateline_country(doc)
    if home is None:
        return None
    return home if _countries_named(doc, 0, span.start) <= {home} else None


def dateline_country(doc: Doc) -> str | None:
    """The country a wire dateline files the story from ("COLOMBO, Sri Lanka —", "ISLAMABAD —"), if the
    article opens with one in its first lines."""
    found = _dateline_head(doc)
    if found is None:
        return None
    place, region = found
    named = country_for(region) if region else None
    if named is None and "/" not in place:
        named = (
            country_for(place.title())
            or CAPITAL_TO_COUNTRY.get(place.strip().casefold())
            or CITY_TO_COUNTRY.get(normalize_name(place))  # ("ISTANBUL, March 20 (Reuters) -")
        )
    return named


def _dateline_city(doc: Doc) -> str | None:
    """The city a wire dateline files the story from ("BANGKOK (AP) —" → Bangkok), if it is no country."""
    found = _dateline_head(doc)
    if found is None or "/" in found[0] or country_for(found[0].strip().title()) is not None:
        return None
    return found[0].strip().title() or None


def _dateline_head(doc: Doc) -> tuple[str, str] | None:
    """The place and region of a wire dateline in the article's first lines ("COLOMBO, Sri Lanka —"; the lines
    may hold a headline and a byline before it), the region without a date after it ("GOMA, Democratic
    Republic of Congo, Jan 27 -")."""
    text = doc_text(doc)
    start = 0
    for _ in range(8):
        dateline = DATELINE.match(text, start)
        if dateline is not None:
            head = re.split(r"\s*[(–—]|\s+-", dateline.group(0))[0]
            place, _, region = head.partition(",")
            return place, region.partition(",")[0].strip()
        start = text.find("\n", start) + 1
        if start <= 0:
            return None
    return None


def _of_a_science(mods: list[Token]) -> bool:
    """A field of science among the last two words before a centre's noun ("the Jordanian seismological center",
    "the China earthquake networks center"): a public body, not a building ("the Jordanian medical center")."""
    return any(t.lower_ in _SCIENCE_FIELDS and t.text.islower() for t in mods[-2:])


def _portfolio_named(words: list[str], body: str) -> bool:
    """ "the interior ministry", "the statistics office": a body named by its field (not "public office",
    "the civil service", "public authority": a kind of post, of work or of power)."""
    generic = body in {"office", "service", "authority"} and set(words) <= {"public", "civil"}
    return names_a_portfolio(words) and not generic


# Independent bodies named by their remit alone ("the central election commission said", "the national human rights
# commission"), and the remits: those such commissions and boards commonly have (general English).
_REMIT_BODIES = frozenset({"commission", "council", "board", "tribunal", "authority", "committee"})
_REMITS = frozenset({
    "election", "elections", "electoral", "human", "rights", "anti-corruption", "anticorruption", "corruption",
    "audit", "competition", "securities", "broadcasting", "nuclear",
})  # fmt: skip


# What a country's regulators oversee, beside a government's portfolios ("the telecoms regulator", "the aviation
# watchdog", "the environmental regulator"): the sectors regulators are named after (general English).
_REGULATED = frozenset({
    "telecoms", "telecom", "telecommunications", "environmental", "financial", "banking", "aviation", "media",
    "market", "markets", "drug", "drugs", "medicines", "food", "safety", "privacy", "data", "power", "electricity",
    "gas", "rail", "gambling", "pensions", "insurance", "consumer", "nuclear", "securities", "competition", "internet",
    "shipping", "maritime", "petroleum", "utilities",
})  # fmt: skip


# The last word of a body's name, whatever the recogniser tagged the name ("South Yorkshire Police", "Scentre Group").
_BODY_HEADS = ORG_NOUNS | {"group", "company", "corporation", "association", "foundation", "institute", "university"}
# A country's armed forces, named by their kind alone ("the military said", "the army said").
_NATIONAL_FORCES = frozenset({"military", "army", "navy"})


def _a_national_service(mods: list[Token], body: str) -> bool:
    """ "the statistics agency", "the national statistics office", "the state weather agency": a country's own service
    (of statistics, weather or the earth), named by its field alone, as a ministry is by its portfolio (not one of a
    province or a city: "the provincial meteorological office")."""
    words = [t.lower_ for t in mods if t.lower_ not in {"national", "state", "federal", "central"} and t.text != "-"]
    return body in _SERVICE_HEADS and bool(words) and set(words) <= _NATIONAL_FIELDS


_SERVICE_HEADS = frozenset({"agency", "office", "bureau", "institute", "service", "department", "authority"})
_NATIONAL_FIELDS = frozenset({
    "statistics", "statistical", "census", "meteorological", "meteorology", "hydrometeorological",
    "hydro-meteorological", "seismological", "seismology", "weather",
})  # fmt: skip


def _a_body_by_its_remit(words: list[str], body: str) -> bool:
    """ "the central election commission", "the human rights commission": a body named by its remit; "the telecoms
    regulator", "the aviation watchdog": a regulator by the sector it oversees."""
    if body in {"regulator", "watchdog"}:
        fields = [w for w in words if w not in {"national", "federal", "state"}]
        # (not "an internal watchdog": a body's own inspector, of no sector)
        return bool(fields) and set(fields) <= _REGULATED | MINISTRY_PORTFOLIOS - {"internal", "external"}
    return body in _REMIT_BODIES and bool(words) and set(words) <= _REMITS and words != ["human"]


def names_a_portfolio(words: list[str]) -> bool:
    """ "interior", "foreign affairs": lowercase words that name a government portfolio, and so a ministry
    without its country ("the interior ministry")."""
    return bool(words) and all(w in MINISTRY_PORTFOLIOS for w in words)


def _its_portfolio_ministry(mods: list[Token], root: Token) -> tuple[Span, str] | None:
    """ "India has sent two ships, its foreign ministry said": the ministry after "its", named as the
    ministry of the place or body the reported clause is about when it has one ("India's foreign
    ministry"), else by its portfolio; the mention leaves out "its"."""
    poss = [t for t in mods if t.dep_ == "poss" and t.lower_ in {"its", "their"}]
    rest = [t for t in mods if t not in poss]
    if root.lower_ not in PORTFOLIO_BODIES or len(poss) != 1 or not rest:
        return None
    # (or a service by its field: "its border guard service", "its fire service")
    if not (names_a_portfolio([t.lower_ for t in rest]) or _a_service_by_its_field(rest, root.lower_)):
        return None
    body = root.doc[rest[0].i : root.i + 1]
    verb = root.head if root.dep_ == "nsubj" else None
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None) if verb is not None else None
    to = root.head
    if root.dep_ == "pobj" and to.lower_ == "to" and to.head.lower_ == "according" and to.head.head.pos_ == "VERB":
        clause = to.head.head  # "Zimbabwe has recorded 20,000 cases, according to its health ministry"
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
    if (named := _name_closed_by(subj, {"GPE", "ORG"})) is not None:
        return body, f"{possessive(named.text)} {body.text}"
    if subj is not None and subj.pos_ == "PROPN" and not subj.ent_type_ and (country := country_for(subj.text)):
        return body, f"{possessive(country)} {body.text}"  # ("Neighbouring Mozambique has …": a country left untagged)
    if clause is not None and (place := _place_the_clause_opens_with(clause)) is not None:
        return body, f"{possessive(place.text)} {body.text}"  # "In Uganda, 12 people died, its interior ministry said"
    return body, body.text


def _name_closed_by(tok: Token | None, labels: set[str]) -> Span | None:
    """The recognised name of one of these kinds that `tok` is the last word of, if any."""
    if tok is None:
        return None
    named = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return named if named is not None and named.label_ in labels and tok.i == named.end - 1 else None


def _place_the_clause_opens_with(clause: Token) -> Span | None:
    """The country a clause opens with in a fronted "In …" ("In Uganda, at least 12 people died …"), if any."""
    opening = next((c for c in clause.children if c.dep_ == "prep" and c.i == clause.left_edge.i), None)
    if opening is None or opening.lower_ != "in":
        return None
    return _name_closed_by(next((c for c in opening.children if c.dep_ == "pobj"), None), {"GPE"})


# Common nouns for a place a body governs, as a second reference writes them ("the enclave's health ministry").
_GOVERNED_PLACES = frozenset({"enclave", "territory", "region", "province", "state", "city", "island", "strip"})


def _the_places_ministry(mods: list[Token], root: Token) -> Span | None:
    """ "the enclave's health ministry", "the region's interior ministry": a ministry of a place written as a
    common noun; the mention is the portfolio and the noun."""
    if root.lower_ not in PORTFOLIO_BODIES or len(mods) < 3 or mods[0].lower_ not in _GOVERNED_PLACES:
        return None
    if mods[1].lower_ not in {"'s", "’s"} or not names_a_portfolio([t.lower_ for t in mods[2:]]):
        return None
    return root.doc[mods[2].i : root.i + 1]


def _a_title_holders_office(mods: list[Token], root: Token) -> tuple[Span, str] | None:
    """ "the ombudsman's office said", "according to the country's prosecutor's office", "the prime minister's office
    said": the office of a title its holder is not named by, a body that speaks (of the country named before it,
    else of the one the story is filed from, when there is one). The mention leaves out "the country's"."""
    if root.lower_ != "office" or len(mods) < 2 or mods[-1].tag_ != "POS" or not _speaks(root):
        return None
    words = mods[:-1]
    whose = words[:2] if len(words) > 2 and words[1].tag_ == "POS" and words[0].lower_ in {"country", "nation"} else []
    title = words[len(whose) :]
    if not title or title[-1].lower_ not in TITLE_WORDS or any(not t.text.islower() or t.ent_type_ for t in title):
        return None
    doc = root.doc
    # (not when the holder is named before: "Mayor Tom Green toured … . The mayor's office said": his office)
    office = [t.lower_ for t in title]
    held = (
        t
        for t in doc[len(office) - 1 : title[0].i]
        if [w.lower_ for w in doc[t.i - len(office) + 1 : t.i + 1]] == office and t.i + 1 < len(doc)
    )
    if any(doc[t.i + 1].ent_type_ == "PERSON" or any(c.dep_ == "appos" for c in t.children) for t in held):
        return None
    body = doc[title[0].i : root.i + 1]
    named = _the_country_meant(doc, whose[0].i) if whose else None
    home = _as_a_country(named) if named is not None else _home_country(doc, body)
    return body, f"{possessive(home)} {body.text}" if home is not None else body.text


def _the_countrys_ministry(mods: list[Token], root: Token) -> tuple[Span, str] | None:
    """ "Ethiopia has confirmed nine cases. The country's health ministry said …": the ministry of the
    last country named before it, else of the country the story is filed from ("ISLAMABAD (AP) — …, the
    government's statistics bureau said"); none: no candidate. The mention leaves out "the country's"."""
    whose = [t.lower_ for t in mods[:2]]
    centre = root.lower_ in _CENTRE_HEADS and _of_a_science(mods)  # "the country's national disaster centre"
    if (root.lower_ not in PORTFOLIO_BODIES | _REMIT_BODIES and not centre) or len(mods) < 3 or whose[1:] != ["'s"]:
        return None
    # (its field, a government portfolio or any words of one: "the country's forensic service", "the country's
    # election commission")
    field = names_a_portfolio([t.lower_ for t in mods[2:]]) or all(
        t.text.islower() and t.pos_ in {"NOUN", "ADJ", "PROPN"} for t in mods[2:]
    )
    if whose[0] not in {"country", "nation", "government"} or not field:
        return None
    body = root.doc[mods[2].i : root.i + 1]
    named = _the_country_meant(root.doc, mods[0].i)
    if named is not None:
        return body, f"{possessive(_as_a_country(named))} {body.text}"
    home = _home_country(root.doc, root.doc[mods[0].i : root.i + 1])
    return (body, f"{possessive(home)} {body.text}") if home is not None else None


def _as_a_country(named: Span) -> str:
    """A country as named, or by its name where a people's word named it ("the Chinese earthquake center … The
    country's weather agency": China's, not "Chinese's")."""
    return (country_for(named.text) or named.text) if named.label_ == "NORP" else named.text


def _the_country_meant(doc: Doc, i: int) -> Span | None:
    """The country "the country's" at token `i` means: one named earlier in its own sentence ("In Tanzania, five people
    died …, the country's health ministry said"), else the one the sentence before is about, else the last named."""
    last = _last_country_before(doc, i)
    own = last if last is not None and last.start >= doc[i].sent.start else None
    return own or _country_the_sentence_before_is_about(doc, i) or last


def _the_place_meant(doc: Doc, owner: Token) -> str | None:
    """The place a possessive "the country's" or "the city's" before a title means ("Floods hit Nairobi. The city's
    governor said …": Nairobi): for a country, as for its bodies; for a city or town, the last place named before it
    that is no country (nor a region the recogniser tagged a location), else the city the story is filed from."""
    if owner.lower_ in {"country", "nation"}:
        country = _the_country_meant(doc, owner.i)
        return _as_a_country(country) if country is not None else dateline_country(doc)
    places = [e for e in doc.ents if e.end <= owner.i and e.label_ == "GPE" and country_for(e.text) is None]
    # ("the eastern Libyan city of Derna …, the city's mayor said": the name after "city of", however it was tagged)
    places += [
        doc[t.i + 2 : end]
        for t in doc[: owner.i]
        if t.lower_ in {"city", "town"}
        and t.i + 2 < owner.i
        and doc[t.i + 1].lower_ == "of"
        and doc[t.i + 2].pos_ == "PROPN"
        and (end := next((k for k in range(t.i + 2, owner.i) if doc[k].pos_ != "PROPN"), owner.i)) > t.i + 2
    ]
    place = max(places, key=lambda p: p.start, default=None)
    if place is not None and not place.text.isupper():
        return place.text
    return _dateline_city(doc) or (place.text.title() if place is not None else None)


def _country_the_sentence_before_is_about(doc: Doc, i: int) -> Span | None:
    """The country the sentence before token `i`'s is about, its subject ("Jordan, which lies between Iran and Israel,
    closed its airspace. The country's civil aviation authority said …": Jordan, not Israel, named last)."""
    start = doc[i].sent.start
    if start == 0:
        return None
    subject = next((c for c in doc[start - 1].sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return None
    return next((e for e in doc.ents if e.start <= subject.i < e.end and country_for(e.text) is not None), None)


def _last_country_before(doc: Doc, i: int) -> Span | None:
    """The last country named before token `i` ("the country's …" is its)."""
    return next((e for e in reversed(doc.ents) if e.end <= i and country_for(e.text) is not None), None)


# The reach or branch of a force that stands alone as a body: "the national police", "the riot police".
_SCOPES = JURISDICTIONS | {
    "territorial", "city", "metropolitan", "military", "riot", "border", "traffic", "judicial", "tourist", "religious",
    "ruling", "interim", "transitional", "central", "district",
}  # fmt: skip


def _scoped_place(tok: Token) -> bool:
    """A one-word name right before the reach of a body it names ("Lazio" in "the Lazio regional health
    authority", "Sindh" in "the Sindh provincial government"): a place, whatever the recogniser tagged."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if tok.pos_ != "PROPN" or tok.ent_iob_ != "B" or nxt is None or nxt.ent_iob_ == "I":  # (a one-word name)
        return False
    if nxt.lower_ not in _REACHES:
        # "Castile" in "the Castile and Leon regional government": the first of two names joined before the reach
        return (
            tok.dep_ in {"nmod", "compound"}
            and tok.head.lower_ in ORG_NOUNS
            and any(c.dep_ == "conj" and _scoped_place(c) for c in tok.children)
        )
    return tok.head.lower_ in ORG_NOUNS or (
        tok.dep_ == "conj" and tok.head.pos_ == "PROPN" and tok.head.head.lower_ in ORG_NOUNS
    )


_REACHES = frozenset({"regional", "provincial", "territorial", "state", "municipal", "county", "city", "district"})


def _named_with_of(tok: Token) -> bool:
    """ "State of Mexico", "Province of Buenos Aires" modifying a body noun after it: a place's name of a kind and
    "of" a name."""
    if tok.text not in {"State", "Province", "City", "Region", "Department"} or tok.dep_ not in {"nmod", "compound"}:
        return False
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    place = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return place is not None and place.pos_ == "PROPN" and tok.head.lower_ in ORG_NOUNS and tok.head.i > place.i


# Offices held over a place ("the mayor of Kherson", "the governor of Enga"): what they are "of" is a place.
_PLACE_OFFICES = frozenset({"mayor", "governor", "prefect", "sub-prefect", "premier"})


def _place_an_office_is_of(tok: Token) -> bool:
    """A one-word name after "of" on an office held over a place: the place, whatever the recogniser tagged."""
    return tok.pos_ == "PROPN" and _after_an_office_of(tok) and not any(c.dep_ == "compound" for c in tok.children)


def _after_an_office_of(tok: Token) -> bool:
    """The object of "of" on an office held over a place ("mayor of …", "governor of …")."""
    of = tok.head
    return (
        tok.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in _PLACE_OFFICES and of.head.pos_ == "NOUN"
    )


def _names_the_place_of_an_office(span: Span) -> bool:
    """A name of capitalised words right after "of" on an office held over a place ("mayor of Nova Kakhovka")."""
    root = span.root
    return (
        all(t.pos_ == "PROPN" and t.is_title for t in span)
        and _after_an_office_of(root)
        and span.start == root.head.i + 1
    )


def _led_by(root: Token) -> Span | None:
    """ "the Biden administration", "the Trump administration": a government named by the person who leads
    it (a surname the model tags PERSON right before "administration"); the span from the name on."""
    before = root.doc[root.i - 1] if root.i > 0 else None
    if root.lower_ != "administration" or before is None or before.dep_ != "compound" or before.ent_type_ != "PERSON":
        return None
    start = before.i
    while start > 0 and root.doc[start - 1].ent_type_ == "PERSON" and root.doc[start - 1].dep_ == "compound":
        start -= 1
    return root.doc[start : root.i + 1]


def _indefinite(chunk: Span) -> bool:
    """ "a KEPCO official", "another ministry spokesman": one of many, no particular person."""
    return any(t.dep_ == "det" and t.lower_ in {"a", "an", "another", "one"} for t in chunk)


# Plural nouns for people who are at a place without speaking for the body that runs it ("doctors at Nasser Hospital",
# "residents at the camp"; not "analysts at Fitch Ratings", who speak for their firm).
_PEOPLE_AT_A_PLACE = frozenset({
    "doctors", "nurses", "residents", "villagers", "farmers", "witnesses", "rescuers", "protesters", "demonstrators",
    "patients", "survivors", "students", "workers", "medics",
})  # fmt: skip


def _place_people_are_in(root: Token) -> int | None:
    """The end of "in" and a named place after a plural noun of people ("Officials in Gaza", "residents in Yambali
    village in Enga province"), or of "at" or "from" and a body's name ("Analysts at Fitch Ratings"), up to a comma or
    a clause; else None ("officials in the past")."""
    prep = next((c for c in root.rights if c.dep_ == "prep" and c.lower_ in {"in", "at", "from"}), None)
    place = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    # ("Doctors at Nasser Hospital said": people there who do not speak for the body the place is)
    there = prep is not None and prep.lower_ == "at" and root.lower_ in _PEOPLE_AT_A_PLACE
    if place is not None and prep is not None and prep.lower_ != "in" and not there:
        # ("Analysts at Fitch Ratings said", "officials from the World Bank": the body they work at or come from)
        place = place if place.ent_type_ == "" and place.pos_ == "PROPN" else None  # (a tagged body speaks itself)
    # (a one-word name tagged a person or a body there is a place too: "Villagers in Zagora", "officials in Dhaka";
    # not an owner: "officials in Ms. Merkel's government", "states in Clinton's direction", "officials in the Obama
    # administration")
    owners = [c for c in place.subtree if c.dep_ == "poss"] if place is not None else []
    owned = place is not None and any(c.dep_ == "poss" or c.tag_ == "POS" for c in place.subtree)
    placed = [c.ent_type_ in {"GPE", "LOC"} or country_for(c.text) or c.lower_ in CAPITAL_TO_COUNTRY for c in owners]
    if there and owners and all(placed):
        owned = False  # ("Doctors at Dhaka's Mugda Medical College Hospital": a place's, not a person's)
    named = place is not None and (
        (prep is not None and prep.lower_ != "in")
        or any(t.ent_type_ in {"GPE", "LOC", "FAC"} or country_for(t.text) for t in place.subtree)
        or (place.pos_ == "PROPN" and place.ent_type_ in {"PERSON", "ORG"} and not list(place.children))
        or _kind_of_place_named(place)
    )
    if place is None or not named or owned:
        return None
    end = place.i + 1
    while end < len(root.doc) and root.doc[end] in place.subtree and not root.doc[end].is_punct:
        if root.doc[end].dep_ in {"relcl", "acl", "appos"}:
            break
        end += 1
    return end


def _kind_of_place_named(place: Token) -> bool:
    """ "the border town of Goris", "the province of Hodeidah": a kind of place and the name after its "of" (which the
    recogniser may have taken for a person's)."""
    if place.lower_ not in _PLACE_KIND_NOUNS | {"capital", "port", "state"}:
        return False
    of = next((c for c in place.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    name = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return name is not None and name.pos_ == "PROPN" and not any(c.tag_ == "POS" for c in name.children)


def _is_collective(mods: list, span: Span) -> bool:  # type: ignore[type-arg]
    """ "Polish officials", "EU ambassadors", "humanitarian groups", "defense ministers of the
    Baltic states" name a collective actor; "our allies", "large groups" do not."""
    if any(t.like_num or t.pos_ == "PRON" for t in mods):
        return False
    if any(_capitalised_as_name(t) or t.lower_ in _INSTITUTIONAL_ADJ for t in mods):
        return True
    if span.root.lower_ in _OFFICIALS and any(t.lower_ in _OFFICIALS_REACH for t in mods):
        return True
    return any(t.text[:1].isupper() for t in span if t.i > span.root.i)


def _capitalised_as_name(tok: Token) -> bool:
    """A capital that marks a name ("Polish officials"), not only the start of a sentence or of a
    line after a dateline ("Territorial officials said", "LAGOS — Local officials said")."""
    if not tok.text[:1].isupper():
        return False
    # (a country's name or people's adjective is capitalised wherever it stands: "LAGOS — Honduran authorities said")
    return (
        not capitalised_for_its_place(tok) or tok.pos_ == "PROPN" or tok.ent_type_ != "" or bool(country_for(tok.text))
    )


def _possessive_place_word(span: Span) -> Token | None:
    """ "the country's", "the city's" before a title in the span ("The city's governor"), if any."""
    return next(
        (
            t
            for t in span
            if t.lower_ in {"country", "nation", "city", "town"}
            and t.i + 1 < span.end
            and span.doc[t.i + 1].tag_ == "POS"
            and t.head == span.root
        ),
        None,
    )


def role_reference(span: Span) -> Role | None:
    """ "the Latvian defense minister", "the head of the alliance" → a role without a name."""
    root = span.root
    words = [t for t in span if t.i <= root.i and t.dep_ != "det" and t.tag_ != "POS"]
    title = [t.text for t in words if t.lower_ in TITLE_WORDS]
    affiliation = [t.text for t in words if affiliation_of(t.text)]
    named = [t for t in words if t.i < root.i and t.ent_type_ in {"ORG", "GPE", "NORP", "FAC"}]
    if not affiliation and named and named[-1].i == root.i - 1:  # "the Harbour Board chief"
        affiliation = [span.doc[named[0].i : root.i].text]
    owner = _possessive_place_word(span)
    if not affiliation and owner is not None and (place := _the_place_meant(span.doc, owner)) is not None:
        affiliation = [place]  # "The country's president said", "the city's governor said"
    for prep in (c for c in root.rights if c.dep_ == "prep" and c.lower_ in {"of", "for"}):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            acronyms = BODY_BY_NOUN.get(obj.lower_, [])
            affiliation += [acronyms[0]] if len(acronyms) == 1 else [obj.text]
    if not title or not affiliation:
        return None
    aff = affiliation_of(affiliation[0]) or affiliation[0]
    return Role(span.text, title_class(title), aff, 1)
