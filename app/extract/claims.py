"""Numeric claims: value (or range), qualifier, unit, subject, claimant, date referred to.

Not claims: dates, years, times, ordinals, ages, identifiers and model numbers, handles,
URLs, and vague quantities ("thousands of"), which carry no number to report.
"""

import re
from collections.abc import Sequence, Set
from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from app.extract.attribution import agreement_in_anothers_words, appositive_speaker, is_cue, subject_of
from app.extract.dates import (
    MONTHS,
    QUARTER_NUMBERS,
    WEEKDAYS,
    ends_this_period,
    names_the_same_span,
    period_relation,
    resolve_period,
    safe_date,
)
from app.extract.gazetteer import COUNTRIES, DEMONYM_TO_COUNTRY, RIVERS
from app.extract.lexicon import (
    CHANGE_VERBS,
    CUE_VERBS,
    EARNING_VERBS,
    ESTIMATE_VERBS,
    FINDING_VERBS,
    GROUP_NOUNS,
    IDENTIFIER_NOUNS,
    LEGISLATIVE_VERBS,
    ORG_NOUNS,
    ORG_REFERENCE_NOUNS,
    PEOPLE_STATES,
    PEOPLE_VERBS,
    PERSON_REFERENCE_NOUNS,
    PLURAL_SHARES,
    REACH_VERBS,
    TALLY_SIDES,
    TRANSFER_VERBS,
    VOTE_WORDS,
)
from app.extract.numbers import SCALES, SMALL, parse_digits, parse_words, qualifier_before, tidy
from app.extract.quantities import SCALE_LETTERS, Quantity, rate_after, scan, sub_prefixed, unit_after
from app.extract.records import ClaimRecord, QuotationRecord
from app.extract.reported import (
    clause_on_channel,
    contrast_before,
    declares_a_measure,
    misparsed_subject,
    misparsed_that_clause,
    partitive,
    timeline,
    told_that_clause,
    with_auxiliaries,
)
from app.extract.speakers import SpeakerResolver
from app.extract.text import capitalised_for_its_place, date_entities, doc_text, possessive, tokens_among
from app.extract.units import (
    DURATION_UNITS,
    cfa_franc_in,
    currency_in_context,
    currency_words,
    is_money,
    shared_currency_names,
    shared_currency_word,
    unit_word,
    written_currency,
)

_NOT_CLAIM_ENTS = {"DATE", "TIME", "ORDINAL"}
_CONTAINERS = {
    "attempts",
    "attempt",
    "cases",
    "number",
    "numbers",
    "groups",
    "incidents",
    "kilometres",
    "rounds",
    "waves",
    "crossings",
    "tons",
    "tonnes",
    "units",
    "contingent",
    "delegation",
    "force",
    "package",
    "packages",
    "shipment",
    "shipments",
    "consignment",
}
_AGENT_KINDS = {"person", "organization", "group", "place"}


# Words that make a scale word after them a vague amount ("several thousand", "a few dozen", "many million").
_VAGUE_MULTIPLIERS = frozenset({"several", "few", "many", "numerous", "multiple"})


# Every word `_is_number` can take for a number (it takes no other word written in letters).
_NUMBER_WORDS = frozenset(SMALL) | frozenset(SCALES)


def _is_number(tok: Token) -> bool:
    low = tok.lower_
    if parse_digits(tok.text) is not None:
        return True
    if low in SCALES and tok.i > 0 and tok.doc[tok.i - 1].like_num:
        return False  # "18-20 billion": the scale of a figure in digits, not a number of its own
    a_hundred = low == "hundred" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in {"a", "an"}  # not "hundreds of"
    if (low in SCALES or low == "dozen") and tok.i > 0 and tok.doc[tok.i - 1].lower_ in _VAGUE_MULTIPLIERS:
        return False  # "several thousand protesters", "a few dozen soldiers": no number to report
    if low in SMALL or (low in SCALES and (low != "hundred" or a_hundred)):
        # a word number counts only when it counts something: "ten soldiers", not "one for all"
        if tok.pos_ == "NUM" and low != "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            return True  # "only nine of Gaza's 36 hospitals": a count of part of a whole
        if tok.pos_ == "NUM" and tok.dep_ in {"nsubj", "nsubjpass"} and low != "one":
            # "Seven drowned": people, counted by the verb they undergo; "of whom six were critical": a part
            return _people_verb(tok) or _partitive_whole(tok) is not None
        if tok.pos_ == "NUM" and tok.dep_ == "dobj" and low != "one" and tok.head.pos_ == "VERB" and _people_verb(tok):
            return True  # "Floods kill nine in Kenya", "police arrested five": people, counted by what is done to them
        if tok.pos_ == "NUM" and _parallel_count(tok):
            return True  # "211 were in Valencia, five in Castilla-La Mancha and one in Andalusia"
        if tok.pos_ == "NUM" and _listed_under(tok) and low != "one" and not any(c.dep_ == "det" for c in tok.children):
            return True  # "killed 15 people, including nine in a traffic accident": a part of the count before
        if tok.pos_ == "NUM" and low != "one" and _joined_to_a_count(tok):
            return True  # "killed 21 people in the Philippines and four in China": four more of them
        if low == "one" and _one_what_it_is(tok):
            return False  # "It is one big ocean": what the thing is, not a count
        # ("Eleven people were rescued": a number word the tagger took for an adjective, counting a plural)
        tagged_other = tok.dep_ == "nummod" and tok.head.tag_ in {"NNS", "NNPS"} and low != "one"
        # ("Thirteen peacekeepers … have been killed": opening the sentence, taken for a name on a plural)
        tagged_other = tagged_other or (
            tok.dep_ == "compound" and tok.head.tag_ == "NNS" and low != "one" and capitalised_for_its_place(tok)
        )
        return (tok.pos_ == "NUM" and tok.dep_ in {"nummod", "quantmod", "compound"}) or tagged_other or low == "dozen"
    return False


def _one_what_it_is(tok: Token) -> bool:
    """ "one" on the complement of "be" whose subject is "it"/"this"/"that" ("It is one big ocean"), or in
    "one last" ("one last media splash")."""
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "last":
        return True
    noun = tok.head
    if tok.dep_ != "nummod" or noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in {"it", "this", "that"} for c in noun.head.children)


def _listed_under(tok: Token) -> bool:
    """A bare number after "including"/"among": a part of the count before it."""
    return tok.dep_ == "pobj" and tok.head.lower_ in {"including", "among"}


def _joined_to_a_count(tok: Token) -> bool:
    """A bare number joined to a counted noun, with a place or time of its own and its noun left out ("21 people
    in the Philippines and four in China"): a count of the same thing."""
    noun = tok.head
    return (
        tok.dep_ == "conj"
        and noun.pos_ in {"NOUN", "PROPN"}
        and any(c.dep_ == "nummod" and c.i < noun.i for c in noun.children)
        and any(c.dep_ == "prep" for c in tok.children)
        and not any(c.dep_ in {"det", "amod", "compound"} for c in tok.children)
    )


def _parallel_count(tok: Token) -> bool:
    """A bare number with its verb left out after a count that is its verb's subject ("211 were in
    Valencia, five in Castilla-La Mancha and one in Andalusia"): the parser hangs the first on the
    verb as a modifier and the next on it; each has a place or a time of its own ("in …")."""
    base = tok
    while base.dep_ == "conj" and base.head.pos_ == "NUM":
        base = base.head
    if base.dep_ != "npadvmod" or base.head.pos_ not in {"VERB", "AUX"}:
        return False
    first = next((c for c in base.head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < base.i), None)
    own = any(c.dep_ == "prep" for c in tok.children)
    return first is not None and first.pos_ == "NUM" and own


def _event(number: Token, noun: Token | None) -> str | None:
    """What happened to the people a count counts, by a casualty, detention or displacement verb
    (`PEOPLE_VERBS`): "300 people were killed", "killed 300 people", "300 people killed in …",
    "1,200 were injured"; None otherwise."""
    if noun is not None and noun.i > number.i and noun.lower_ in _STATE_EVENTS:
        return _STATE_EVENTS[noun.lower_]  # "leaving four missing", "40 dead"
    nxt = number.doc[number.i + 1] if number.i + 1 < len(number.doc) else None
    if noun is None and nxt is not None and nxt.lower_ in _STATE_EVENTS:
        # "put the toll at 1,023 dead and about 1,600 injured": the state written right after a bare count (not the verb
        # the parser hung the first count on, "injured")
        return _STATE_EVENTS[nxt.lower_]
    if noun is not None and (misread := _verb_misread_as_modifier(noun)) is not None and noun.i > number.i:
        return _people_lemma(misread)  # "3,500 Rohingya attempted crossings, and 348 died": not "died"
    node = noun if noun is not None and noun.i > number.i else number
    base = node
    while base.dep_ == "conj" and base.head.pos_ in {"NOUN", "PROPN"}:
        base = base.head  # "killed 300 soldiers and 40 civilians", "33 migrants drowned and 20 others were missing"
    verbs = [base.head] if base.dep_ in {"nsubj", "nsubjpass", "dobj"} else []
    if base.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in base.head.children):
        verbs = []  # "two earthquakes killed 9,000 people": who did it, not who underwent it
    if base.dep_ in {"nsubj", "nsubjpass"} and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.i > base.i for c in base.head.children
    ):
        verbs = []  # "One in five …, and at least 13 people died", parsed with two subjects: the later one died
    # a participle on the noun first: "27 migrants drowned and 45 others were missing" (the parser hangs "drowned"
    # on the migrants and makes them the subject of "were missing"), "the 40 people rescued were taken to …"
    verbs = [c for c in node.children if c.dep_ == "acl" and c.pos_ == "VERB"] + verbs
    if noun is None and (state := _state_after(number)) is not None:
        verbs = [state]  # "the clashes left 40 wounded": wounded, not what "left" did
    # (not "shot down 87 missiles": a particle makes it something done to things)
    verbs = [v for v in verbs if not any(c.dep_ == "prt" and c.lower_ == "down" for c in v.children)]
    lemma = next((lemma for verb in verbs if (lemma := _people_lemma(verb)) is not None), None)
    # ("72 people remained missing", "40 are dead": the same events as "leaving 72 missing", "40 dead")
    return _STATE_EVENTS.get(lemma, lemma) if lemma is not None else None


def _verb_misread_as_modifier(noun: Token) -> Token | None:
    """A past tense the parser hung on a noun as an adjective ("More than 3,500 Rohingya attempted dangerous
    sea crossings" read as one noun phrase): the verb of a clause whose subject is the words before it."""
    for verb in noun.children:
        # (not "270 pledged delegates": a participle right before its noun)
        if verb.dep_ != "amod" or verb.tag_ not in {"VBD", "VBN"} or verb.pos_ != "VERB":
            continue
        if not noun.left_edge.i < verb.i < noun.i - 1:
            continue
        before = noun.doc[verb.i - 1]
        if _those_who_underwent(before) and before.head == noun:
            return verb  # "of those infected needed hospital treatment": those infected needed it
        if before.dep_ not in {"nmod", "compound"} or before.head != noun:
            continue
        # (a past tense after any noun; a participle only after a name: "2,400 Somalis attempted risky crossings")
        if (verb.tag_ == "VBD" and before.pos_ in {"NOUN", "PROPN"}) or before.pos_ == "PROPN":
            return verb
    return None


def _counted_before_a_misread_verb(head: Token, after: int) -> str | None:
    """ "3,500 Rohingya attempted dangerous sea crossings", parsed as one noun phrase: the one to three nouns
    between the figure and the past tense the parser read as an adjective are what is counted."""
    verb = _verb_misread_as_modifier(head)
    if verb is None:
        return None
    words = [t for t in head.doc[head.left_edge.i : verb.i] if t.idx >= after]
    if len(words) == 2 and _those_who_underwent(words[1]):
        return " ".join(t.text for t in words)  # "those infected"
    if not 1 <= len(words) <= 3 or not all(t.pos_ in {"NOUN", "PROPN"} for t in words):
        return None
    return " ".join(t.text for t in words)


def _those_who_underwent(tok: Token) -> bool:
    """A participle after "those" ("those infected", "those killed"): the people it happened to (hung on "those"
    as a clause, or, misread, on a noun after it as an adjective)."""
    return tok.tag_ == "VBN" and tok.dep_ in {"amod", "acl"} and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "those"


def _people_lemma(verb: Token) -> str | None:
    """The verb's lemma if only people undergo it (`PEOPLE_VERBS`), looking through an auxiliary to
    its complement ("were missing"), or to the verb the parser hung the number on the auxiliary of ("three had
    died and seven were missing", with "seven" the subject of "were", itself "missing"'s auxiliary)."""
    if verb.dep_ in {"aux", "auxpass"} and verb.head.pos_ == "VERB" and verb.head.i > verb.i:
        verb = verb.head
    elif verb.pos_ == "AUX" or verb.lemma_.lower() in {"remain", "stay"}:  # ("8,500 remain missing")
        verb = next((c for c in verb.children if c.dep_ in {"acomp", "attr"}), verb)
    lemma = verb.lemma_.lower()
    if verb.tag_ == "JJ" and lemma.endswith("ed"):
        # "4.5 million remain displaced": a participle the tagger read as an adjective, left unlemmatised
        lemma = next((stem for stem in (lemma[:-1], lemma[:-2]) if stem in PEOPLE_VERBS), lemma)
    if any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
        return None  # "62 had been shot down": drones, aircraft or missiles, not people
    return lemma if lemma in PEOPLE_VERBS or verb.lower_ in PEOPLE_VERBS else None


def _undergoes(number: Token) -> bool:
    """A bare number with a participle only people undergo hung on it ("8,400 killed", "40 injured"), or
    right after it as the verb's complement ("the clashes left 40 wounded")."""
    hung = any(c.dep_ in {"acl", "amod"} and c.tag_ == "VBN" and _people_lemma(c) for c in number.children)
    return hung or _state_after(number) is not None


def _state_after(number: Token) -> Token | None:
    """ "left 40 wounded", "had counted 1,500 injured": a people-only participle right after a bare object
    number, which the parser hangs on the verb as an adverbial clause; the participle, else None."""
    nxt = number.doc[number.i + 1] if number.i + 1 < len(number.doc) else None
    if nxt is None or number.dep_ != "dobj" or nxt.tag_ != "VBN" or nxt.head != number.head:
        return None
    if any(c.dep_.startswith("nsubj") or c.dep_ == "dobj" for c in nxt.children):
        return None  # ("sent 300 trained in Kenya …": a clause of its own)
    return nxt if _people_lemma(nxt) is not None else None


def _people_verb(number: Token) -> bool:
    """Whether the verb a bare number is the subject of is one only people undergo ("Seven
    drowned", "40 were missing", "a further 150 were detained")."""
    return _people_lemma(number.head) is not None


_DATE_OPENERS = frozenset({"the", "a", "an", "last", "this", "that"})


# Verbs a level is put or held at ("the toll stood at 9 the next day"): after them, "at" a number is a level.
_LEVEL_AT_VERBS = frozenset({"stand", "put", "remain", "peak", "hold", "estimate", "set", "fix", "close", "end"})


def _hour_of_a_day(value: float | None, prev: Token | None, nxt: Token | None) -> bool:
    """ "started at 9 the next day": a whole number up to 24 after "at", with a day right after it, on a verb
    that does not set a level."""
    return (
        value is not None
        and value.is_integer()
        and 1 <= value <= 24
        and prev is not None
        and prev.lower_ == "at"
        and prev.head.pos_ in {"VERB", "AUX"}
        and prev.head.lemma_.lower() not in _LEVEL_AT_VERBS
        and nxt is not None
        and nxt.ent_type_ in {"DATE", "TIME"}
        and nxt.ent_iob_ == "B"
    )


def _level_changed_from(tok: Token) -> bool:
    """ "up from 9", "down from 40": the figure a change ran from."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].lower_ == "from" and doc[tok.i - 2].lower_ in {"up", "down"}


def _other_end_of_a_change(tok: Token, value: float | None) -> bool:
    """ "cut the number of ships to 24 from 31": a bare number after "from" (or "to") whose change has its other
    end, a count the tagger did not take for a date, a few words before; the tagger reads "from 31" as a day."""
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if value is None or prev is None or prev.lower_ not in {"from", "to"}:
        return False
    other = "to" if prev.lower_ == "from" else "from"
    for k in range(prev.i - 2, max(tok.sent.start, prev.i - 6) - 1, -1):
        if doc[k].lower_ == other:
            end = doc[k + 1]
            return parse_digits(end.text) is not None and end.ent_type_ not in {"DATE", "TIME"} and not end.is_punct
    return False


# Nouns a number after them grades on a scale ("level 3", "Category 4", "phase 2", "stage 4", "tier 1").
_GRADE_NOUNS = frozenset({"level", "category", "phase", "stage", "tier", "grade", "class", "type"})


def _labels_a_grade(number: Span) -> bool:
    """A bare number between a grade's noun and the noun the grade describes ("a level 3 travel notice", "the
    Category 5 storm", "phase 2 trials"), not a level something is raised to ("raised the alert level to 3")."""
    doc = number.doc
    if number.start < 1 or number.end >= len(doc) or len(number) != 1:
        return False
    grade, described = doc[number.start - 1], doc[number.end]
    head = number[0].head
    return (
        grade.lower_ in _GRADE_NOUNS
        and described.pos_ in {"NOUN", "PROPN", "ADJ"}
        and (head == grade or head.i >= number.end)
    )


def _clock_time_ends(tok: Token) -> bool:
    """The word ends a time the recogniser tagged that has a number in it ("9 a.m.", "noon" too), not a span of
    time ("each hour")."""
    if tok.ent_type_ != "TIME":
        return False
    start = tok.i
    while start > 0 and tok.doc[start].ent_iob_ == "I":
        start -= 1
    return any(t.like_num or t.lower_ in {"noon", "midnight"} for t in tok.doc[start : tok.i + 1])


def _excluded(tok: Token) -> bool:
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > 0 else None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    value = parse_digits(tok.text)
    not_a_date = value is not None and ("," in tok.text or value >= 10000)  # "at 1829304": no date is written so
    # "up from 52 the day before", "against 40 a year earlier": the tagger takes the figure into
    # the date phrase that follows it
    before_a_date = tok.ent_iob_ == "B" and nxt is not None and nxt.lower_ in _DATE_OPENERS and value is not None
    if tok.ent_iob_ == "I" and prev is not None and prev.lower_ in {"to", "and"} and value is not None:
        start = tok.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        opener = doc[start + 1] if start + 1 < len(doc) else None
        # "from 40 a week to 12": the second figure of a change the tagger took into one date with the first
        before_a_date = doc[start].like_num and opener is not None and opener.lower_ in _DATE_OPENERS
    if (
        tok.ent_type_ in _NOT_CLAIM_ENTS
        and not (tok.ent_type_ == "DATE" and prev is not None and prev.tag_ == "POS")
        # ("up from 9 the night before": the level a change ran from, not a time of day)
        and not (tok.ent_type_ == "TIME" and before_a_date and _level_changed_from(tok))
        and not (
            tok.ent_type_ == "DATE"
            and (
                not_a_date
                or before_a_date
                or _counted_alongside(tok, value)
                or _level_of_a_tally(tok, value)
                or _counting_a_plural(tok, value)
                or _count_set_beside(tok, value)
                or _other_end_of_a_change(tok, value)
                # "Floods kill 40 and injure 100": the object of a verb only people undergo is a count of them
                or (value is not None and tok.dep_ == "dobj" and _people_lemma(tok.head) is not None)
                or (value is not None and _feared_in_a_state(tok, tok.i + 1))  # "…, 40 feared drowned"
                # "down from 76 in August": the level a change ran from, with the month it was at (not "12 August")
                or (_level_changed_from(tok) and nxt is not None and nxt.lower_ in {"in", "on", "at", "by"})
            )
        )
    ):
        return True
    if prev is not None and (prev.text in {"@", "#", "No.", "no."} or prev.lower_.rstrip(".") in MONTHS):
        return True
    if _hour_of_a_day(value, prev, nxt):
        return True  # "The meeting started at 9 the next day": a time of day
    if prev is not None and prev.lower_ in {"under", "over"} and tok.i > 1 and _aged(doc[tok.i - 2], nxt):
        return True  # "children under 15 account for 70%", "those over 65": an age limit, not a claim
    if prev is not None and prev.lower_ in {"to", "until", "till"} and tok.i > 1 and _clock_time_ends(doc[tok.i - 2]):
        return True  # "from 9 a.m. to 12": a time of day, like the one it runs from (not "each hour to 12")
    if nxt is not None and (
        nxt.lower_ in {"year", "years", "-year", "st", "nd", "rd", "th", ":", "am", "pm", "a.m.", "p.m."}
        or nxt.text.startswith("-year")
    ):
        return nxt.lower_ not in {"years"} or (tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ == "old")
    if value is not None and "," not in tok.text and 1900 <= value <= 2100 and float(value).is_integer():
        return not (nxt is not None and nxt.pos_ == "NOUN" and tok.dep_ == "nummod")
    in_name = prev is not None and prev.pos_ == "PROPN" and not prev.is_sent_start
    if (
        prev is not None
        and in_name
        and (tok.dep_ != "nummod" or (prev.head == tok.head and prev.dep_ in {"compound", "nmod"}))
    ):
        return True  # "Boeing 737", "Resolution 2334", "a Pixel 8 phone": an identifier
    if (
        in_name
        and value is not None
        and value != 1
        and tok.dep_ == "nummod"
        and tok.head.i == tok.i + 1
        and tok.head.tag_ == "NN"
        and unit_word(tok.head.text) is None
    ):
        return True  # "told France 2 television": a number on a singular noun counts nothing; the name's
    if prev is not None and prev.pos_ == "PROPN" and tok.head == prev and prev.text[:1].isupper():
        # "the S&P 500", "Fortune 500 firms": a number after the name it belongs to; not a count with its noun
        # left out after the first ("Japan pledged 300 doses, Germany 200 and France 150")
        return _gapped_count(tok, prev) is None
    return "/" in tok.text or ("." in tok.text and tok.text.count(".") > 1)


def _model_named_before(tok: Token) -> bool:
    """A bare number with nothing it counts after it ("the first fatal crash of a 787") that the article wrote
    earlier as the model number of a name ("The Boeing 787-8 Dreamliner", "the Airbus A350"): the model."""
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if "," in tok.text or not tok.text.isdigit() or (after is not None and after.pos_ in {"NOUN", "PROPN"}):
        return False
    return any(
        t.text == tok.text and t.i < tok.i and t.i > 0 and doc[t.i - 1].pos_ == "PROPN" and t.head == doc[t.i - 1]
        for t in doc[: tok.i]
    )


def _aged(people: Token, after: Token | None) -> bool:
    """The people an age limit is given of ("children under 15", "residents over 65"), with no unit after
    the number ("children under 5 kg" weighs them)."""
    unit = after is not None and (after.text == "%" or unit_word(after.text) is not None)
    if unit and after is not None and after.lower_ not in {"years", "year", "months"}:
        return False  # ("under 15 percent", "over 65 kilometres", "under 5 kg")
    return people.lower_ in _AGED_PEOPLE


# People an age limit after "under" / "over" is given of.
_AGED_PEOPLE = frozenset({
    "children", "people", "adults", "residents", "those", "anyone", "men", "women", "boys", "girls", "kids",
    "patients", "voters", "workers", "citizens", "youths", "teenagers", "infants", "babies", "everyone",
})  # fmt: skip


def _gapped_count(tok: Token, name: Token) -> Token | None:
    """The counted noun of a figure written after a name with its verb and noun left out, as they are
    in the clause before: "Japan pledged 300 doses, Germany 200 and France 150", "Japan has pledged 3
    million doses, and the United States 50,000". The name is joined (conj/appos) to the verb that
    holds that figure or to its counted noun; nothing but punctuation or "and" follows the number."""
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if after is not None and not (after.is_punct or after.dep_ == "cc"):
        return None
    if name.ent_type_ not in {"GPE", "NORP", "ORG", "PERSON"}:
        return None
    top = name
    while top.dep_ in {"conj", "appos"} and top.head != top:
        top = top.head
    if top == name and name.dep_ == "dobj":
        top = name.head  # (the parser may hang the name on the verb as a second object, after "and")
        if not any(c.dep_ == "cc" and c.i < name.i for c in top.children):
            return None
    if top == name:
        return None
    if top.pos_ == "NOUN" and any(c.like_num and c.dep_ == "nummod" for c in top.children):
        return top  # "… 300 doses, Germany 200": the noun counted in the first clause
    if top.pos_ in {"VERB", "AUX"}:
        for obj in top.children:
            if obj.dep_ == "dobj" and obj.pos_ == "NOUN" and obj.i < name.i and any(c.like_num for c in obj.subtree):
                return obj  # "Japan has pledged 3 million doses, and the United States 50,000"
    return None


def _counted_alongside(tok: Token, value: float | None) -> bool:
    """A bare number the tagger took for a date, in a conjunct after a count it parallels ("105 of
    the dead were in Jajarkot and 52 in Rukum"): a count too."""
    alone = _entity_of_its_own(tok)
    if not alone or value is None or value >= 1000 or tok.dep_ != "conj":
        return False
    return any(t.like_num and t.ent_type_ in {"", "CARDINAL"} for t in tok.sent if t.i < tok.i)


def _counting_a_plural(tok: Token, value: float | None) -> bool:
    """ "Only 76 aid trucks entered …": a whole number below 1,000 on a plural noun that is no span of time,
    which the tagger took (with "only") for a year: a count. (Years are written in four digits.)"""
    if value is None or value >= 1000 or not float(value).is_integer() or tok.dep_ != "nummod":
        return False
    noun = tok.head
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return (
        noun.tag_ == "NNS"
        and noun.i > tok.i
        and noun.lemma_.lower() not in DURATION_UNITS
        and noun.ent_type_ != "DATE"
        and (prev is None or prev.text not in {"'", "’"})
    )


def _count_set_beside(tok: Token, value: float | None) -> bool:
    """A bare number the tagger took for a date, set off beside a plural count noun ("reported the most deaths,
    36,") or standing where a count stood before it in the sentence ("Bihar with 17 and Rajasthan with 16"): a
    count. (Years are written in four digits.)"""
    if not _entity_of_its_own(tok) or value is None or value >= 1000 or not float(value).is_integer():
        return False
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ")":
        return False  # "1) registers …, 2) realizes …": the numbers of a list's items
    if _set_beside_a_plural(tok):
        return True
    return tok.dep_ == "pobj" and any(
        t.like_num and t.ent_type_ in {"", "CARDINAL"} and t.dep_ == "pobj" and t.head.lower_ == tok.head.lower_
        for t in tok.sent
        if t.i < tok.i
    )


def _set_beside_a_plural(number: Token) -> Token | None:
    """The plural count noun a bare number is set off beside ("the most deaths, 36,", "the fewest delegates — 71
    in all —"); None for a list item's number ("2) realizes") or a verb the parser read as a plural after a name
    ("Wealth-X tallies 585")."""
    noun = number.head
    if number.dep_ == "appos" and noun.lower_ in PLURAL_SHARES and noun.i < number.i:
        # "Most of the victims, 207, died in the Valencia region": the victims (the share's "of" phrase)
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), noun) if of is not None else noun
    if number.dep_ != "appos" or number.pos_ != "NUM" or noun.tag_ != "NNS" or noun.i > number.i:
        return None
    if noun.lemma_.lower() in DURATION_UNITS or any(
        c.dep_ == "compound" and c.text[:1].isupper() for c in noun.children
    ):
        return None
    after = number.doc[number.i + 1] if number.i + 1 < len(number.doc) else None
    return None if after is not None and after.text == ")" else noun


def _entity_of_its_own(tok: Token) -> bool:
    """The token is a whole entity by itself (a bare number the tagger gave a label of its own)."""
    return tok.ent_iob_ == "B" and (tok.i + 1 == len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")


def _level_of_a_tally(tok: Token, value: float | None) -> bool:
    """A bare number the tagger took for a date, as the level a count stands at ("the death toll stood
    at 32", "the total rose to 45") or is put at by a source ("put the death toll at 53", "raised the toll to
    45"): a count."""
    alone = _entity_of_its_own(tok)
    if not alone or value is None or value >= 1000 or tok.dep_ != "pobj" or tok.head.lower_ not in {"at", "to"}:
        return False
    verb = tok.head.head
    return any(c.dep_ in {"nsubj", "dobj"} and c.lemma_.lower() in _BARE_COUNTS for c in verb.children)


def _expression(doc: Doc, i: int) -> tuple[int, int, float | None]:
    """Token range [i, j) of one number ("1.5 million", "four hundred thirty") and its value."""
    j = i + 1
    while j < len(doc) and (
        doc[j].lower_ in SCALES
        or (doc[j].lower_ in SMALL and doc[j].pos_ == "NUM")
        or doc[j].lower_ == "dozen"  # ("two dozen governors", the tagger's noun)
        or (doc[j].text == "-" and j + 1 < len(doc) and doc[j + 1].lower_ == "dozen" and not doc[j].whitespace_)
        or (doc[j].lower_ == "and" and j + 1 < len(doc) and doc[j + 1].lower_ in SMALL)
        or _hyphenated_tens(doc, j)
    ):
        j += 1
    # "a dozen", "a million homes", "a hundred": the article is the number one
    start = i - 1 if i > 0 and doc[i - 1].lower_ in {"a", "an"} and doc[i].lower_ in _A_SCALE else i
    value = parse_words([t.text for t in doc[i:j]])
    if start == i - 1 and value is not None:
        # "half a million", "a quarter of a million": a share of the scale
        if start >= 1 and doc[start - 1].lower_ == "half":
            start, value = start - 1, value / 2
        elif start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in {"quarter", "third"}:
            share = 4 if doc[start - 2].lower_ == "quarter" else 3
            start = start - 3 if start >= 3 and doc[start - 3].lower_ in {"a", "one"} else start - 2
            value = value / share
    return start, j, value


_A_SCALE = frozenset({"dozen", "hundred", "thousand", "million", "billion", "trillion"})


def _hyphenated_tens(doc: Doc, j: int) -> bool:
    """The hyphen of "eighty-seven" (a tens word, a hyphen with no space around it, a unit word)."""
    if doc[j].text not in {"-", "‑"} or j == 0 or j + 1 >= len(doc) or doc[j - 1].whitespace_ or doc[j].whitespace_:
        return False
    tens, unit = SMALL.get(doc[j - 1].lower_), SMALL.get(doc[j + 1].lower_)
    return tens is not None and unit is not None and tens >= 20 and tens % 10 == 0 and 0 < unit < 10


def _subject(head: Token, unit: str | None, after: int = 0) -> str | None:
    """What a figure counts or measures, from the noun it modifies; words before `after` (the
    figure's own characters, "10 ppb" in "the 10 ppb limit") are not part of it."""
    # (also the number the parser made the state's subject: "Floods hit the city, 40 dead", a headline)
    if head.lower_ in _STATE_WORDS and any(
        c.dep_ == "nummod" or (c.dep_ == "nsubj" and c.like_num) for c in head.children
    ):
        return "people"  # "leaving four missing", "40 dead": people in that state
    # ("eight die as boat sinks": the tagger's verb, or the plural noun a repair made it, with the number on it)
    tagged = head.tag_ in {"NN", "NNS", "VBP", "VB"}
    if head.lower_ in PEOPLE_VERBS and tagged and not any(c.dep_ == "det" for c in head.children):
        # "More than 100,000 flee Nagorno-Karabakh": a headline's verb only people do, the tagger's noun
        return "people" if any(c.dep_ == "nummod" for c in head.children) else None
    verb = next((c for c in head.children if c.dep_ == "compound" and c.i > 0 and c.doc[c.i - 1].like_num), None)
    if verb is not None and verb.lower_ in PEOPLE_VERBS and verb.tag_ == "NN" and head.pos_ == "PROPN":
        # "Nearly 30,000 flee Rafah": the verb read as a noun on the place's name (not "135 rescue workers")
        return "people"
    # ("42,000 kwacha": a currency name the tagger read as another word class, with the figure on it)
    counted = any(c.dep_ == "nummod" for c in head.children) or (head.i > 0 and head.doc[head.i - 1].like_num)
    unit_named = counted and unit_word(head.text) is not None
    hyphened = any(c.i == head.i - 1 and _hyphened_to_a_number(c) for c in head.children)  # ("31-storey blocks")
    # ("2 million Nepalis": a people in the plural the recogniser tagged a person is still who is counted)
    # ("18 million young Bangladeshis": a people's plural name, whichever tag and entity type it was given)
    people_named = DEMONYM_TO_COUNTRY.get(head.text[:-1].casefold()) is not None and head.text.endswith("s")
    demonym = (
        counted
        and head.text.endswith("s")
        and (
            (head.tag_ == "NNPS" and head.ent_type_ == "PERSON")
            or (people_named and head.ent_type_ in {"PERSON", "GPE"})
        )
    )
    people = _people_of_a_country(head)  # ("18 million Sudanese face hunger": the demonym, tagged an adjective)
    if (
        head.pos_ not in {"NOUN", "PROPN"} and not unit_named and not hyphened and not _gerund_noun(head) and not people
    ) or (head.ent_type_ in {"GPE", "PERSON"} and not _currency_word(head) and not demonym):
        return None
    if (counted_before := _counted_before_a_misread_verb(head, after)) is not None:
        return counted_before
    if _subject_of_a_relative_read_as_counted(head, unit):
        return None  # "well short of the 23,000 taka unions had demanded": who demanded it, not what it is of
    if head.lower_ in {"hostage", "captive", "prisoner"} and any(
        c.dep_ == "amod" and c.tag_ == "VBN" and c.lemma_.lower() in {"take", "hold"} for c in head.children
    ):
        return head.lower_ + "s"  # "240 taken hostage", parsed as a noun phrase: 240 hostages
    noun = head
    is_unit = unit_word(head.text) is not None or head.idx < after  # the figure's own unit ("0.8 mg/L of lead")
    herd = head.lower_ == "head" and _of_object(head) is not None  # "735,000 head of cattle": the cattle
    if (unit and is_unit) or head.lower_ in _CONTAINERS or herd:
        obj = _of_object(head)
        if obj is not None and is_unit and _ratio_base(obj) and not _share_of_the_people_acted_on(head, obj):
            return None  # "4.2% of GDP": what is measured is found elsewhere (the verb's subject)
        if obj is not None and is_unit and (figure_of := _figure_owned_by(obj)) is not None:
            return figure_of  # "85% of the country's $55 billion in exports": the exports, not the country
        if obj is not None and (is_unit or herd):
            noun = obj  # "25 kilometres of new levees"
        elif obj is not None:
            words = [head.text, "of", *_noun_phrase(obj)]
            return " ".join(words)
    # ("of rain" inside the figure's span, "491 litres of rain per square metre", is still what is measured)
    own_characters = noun is head and noun.idx < after
    if noun is not head and (described := _those_described(noun)) is not None:
        return described  # "88% of those infected": the people the participle describes
    # ("51.8C (125F)": the parser can hang a figure on the figure that converts it, a number with its unit glued on)
    glued = unit is not None and noun.text[:1].isdigit()
    if noun.pos_ == "PRON" or (unit is not None and (unit_word(noun.text) is not None or own_characters or glued)):
        return None  # "41 degrees Celsius": the unit, not what is measured (an unread unit is read later)
    changed = _change_in(noun)
    obj = next((c for c in changed.children if c.dep_ == "pobj"), None) if changed is not None else None
    if obj is not None and obj.pos_ in {"NOUN", "PROPN"}:
        return _phrase(obj)  # "a 17% drop in homicides": homicides
    return _owned(noun, _phrase(noun, after))


def _subject_of_a_relative_read_as_counted(head: Token, unit: str | None) -> bool:
    """ "the 23,000 taka unions had demanded": the parser can make the subject of a relative clause with no relative
    word, written right after an amount of money, the noun the amount is on; the clause's verb then has no subject
    or object of its own."""
    doc = head.doc
    if unit is None or not is_money(unit) or head.dep_ not in {"pobj", "dobj"} or head.i < 1:
        return False
    if unit_word(doc[head.i - 1].text) is None:
        return False
    k = head.i + 1
    while k < len(doc) and doc[k].pos_ == "AUX":
        k += 1
    verb = doc[k] if k < len(doc) else None
    return (
        verb is not None
        and verb.pos_ == "VERB"
        and verb.tag_ in {"VBD", "VBN", "VBZ", "VBP"}
        and not any(c.dep_ in {"nsubj", "nsubjpass", "dobj", "ccomp"} for c in verb.children)
    )


def _those_described(noun: Token) -> str | None:
    """ "those infected", "those killed in the strikes": the demonstrative and the participle that says who they
    are (its own phrase: "those displaced by the floods"), else None."""
    participle = next(
        (c for c in noun.children if c.dep_ == "acl" and c.i == noun.i + 1 and _those_who_underwent(c)), None
    )
    if participle is None and noun.lower_ == "those":
        # "only 3% of those in need", "a third of those over 65": the phrase saying who they are
        participle = next(
            (c for c in noun.children if c.dep_ == "prep" and c.i == noun.i + 1 and c.lower_ in _THOSE_PREPS), None
        )
    if participle is None:
        return None
    return noun.doc[noun.i : participle.right_edge.i + 1].text


# Prepositions that say who "those" are ("those in need", "those with disabilities", "those under 18").
_THOSE_PREPS = frozenset({"in", "with", "without", "under", "over", "from", "at", "on"})


def _gerund_noun(tok: Token) -> bool:
    """A gerund the tagger called a verb, standing as a noun for an activity ("Shipping through the canal has
    fallen by 40%", "Borrowing rose 3%"); not a clause with its own object ("Raising rates has cut …")."""
    return (
        tok.tag_ == "VBG"
        and tok.dep_ in {"nsubj", "nsubjpass"}
        and not any(c.dep_ in {"dobj", "nsubj", "aux", "attr", "acomp", "ccomp", "xcomp"} for c in tok.children)
    )


def _currency_word(tok: Token) -> bool:
    """A currency's lowercase name, which the recogniser may take for a place ("Nigeria's naira fell")."""
    return tok.text.islower() and tok.lower_ in currency_words()


def _change_in(noun: Token) -> Token | None:
    """The "in" of a noun of change ("a 17% drop in homicides", "the increase in contributions"); not
    one of time ("growth of about 5% in 2024": the growth itself)."""
    if noun.lemma_.lower() not in _CHANGE_NOUNS:
        return None
    if any(c.dep_ == "compound" and c.lower_ in {"storm", "tidal"} for c in noun.children):
        return None  # "storm surges of more than 3 metres in coastal areas": a wave, not a change in the areas
    ins = (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "in")
    return next(
        (c for c in ins if not any(o.dep_ == "pobj" and o.ent_type_ in {"DATE", "TIME"} for o in c.children)), None
    )


def _owned(noun: Token, phrase: str | None) -> str | None:
    """ "The rupee has lost 80% of its value" → "rupee's value": whose, when "its"/"their" says so."""
    owner = _owner_of_its(noun)
    if not phrase or not owner:
        return phrase
    return f"{possessive(owner)} {phrase}"  # "footballers' earnings"


# Nouns of change: a figure on them measures what changed "in" ("a 17% drop in homicides").
_CHANGE_NOUNS = frozenset({
    "increase", "rise", "drop", "fall", "decline", "jump", "gain", "cut", "reduction", "decrease", "surge",
    "growth", "slump", "plunge", "spike", "hike", "climb", "dip", "contraction", "expansion", "loss",
})  # fmt: skip


def _figure_owned_by(noun: Token) -> str | None:
    """ "of the country's $55 billion in annual exports": what the figure a share is of is in or of
    ("annual exports"), else None. The parser may make the owner the object of "of" and hang the figure on it."""
    figure: Token | None = noun if noun.pos_ == "NUM" else None
    if figure is None and any(c.dep_ == "case" for c in noun.children):
        figure = next((c for c in noun.children if c.i > noun.i and c.dep_ == "nummod"), None)
    if figure is None:
        return None
    prep = next((c for c in figure.children if c.dep_ == "prep" and c.lower_ in {"in", "of"}), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return _phrase(obj) if obj is not None and obj.pos_ == "NOUN" else None


def _of_object(noun: Token) -> Token | None:
    """The object of the noun's "of" ("kilometres of levees" → levees), if it has one."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    after = noun.doc[noun.right_edge.i + 1] if noun.right_edge.i + 1 < len(noun.doc) else None
    if of is None and after is not None and after.lower_ == "of" and after.dep_ == "prep" and after.head == noun.head:
        of = after  # "dumped 500 mm (20 inches) of rain": the parser hung the "of" on the verb past the brackets
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if of is not None and obj is None:
        obj = _object_hung_on_the_verb(of)
    return _verb_taken_for_a_noun(obj) if obj is not None else None


def _object_hung_on_the_verb(of: Token) -> Token | None:
    """ "About 5% of global maritime trade passes through the canal, which …": an "of" left with no object, its
    noun phrase hung on the verb after it as the verb's compound; the noun just before that verb is the object."""
    doc = of.doc
    j = of.i + 1
    while j + 1 < len(doc) and doc[j].pos_ in {"DET", "ADJ", "NOUN", "PROPN"}:
        noun, verb = doc[j], doc[j + 1]
        if noun.dep_ == "compound" and noun.head == verb and noun.pos_ == "NOUN" and verb.tag_ in {"VBZ", "VBP", "VBD"}:
            return noun
        j += 1
    return None


def _verb_taken_for_a_noun(obj: Token) -> Token:
    """ "12% of global trade passes through the Red Sea": a present-tense verb the parser built as the object of
    "of" with the noun before it as its compound; the object is that noun (else `obj` itself)."""
    doc = obj.doc
    people = doc[obj.i - 1] if obj.i > 0 else obj
    if (
        obj.tag_ == "NN"
        and people.dep_ == "compound"
        and people.head == obj
        and people.ent_type_ == "NORP"
        and people.text.endswith("s")
    ):
        # "80% of Georgians support joining the EU": a people in the plural does not modify a noun in the singular
        # ("Georgian support" would); the parser read the verb ("support", "favour") as a noun. What is counted is
        # those people
        return people
    if obj.tag_ not in {"VBZ", "VBP"} or obj.i + 1 >= len(doc) or doc[obj.i + 1].pos_ != "ADP":
        return obj
    noun = doc[obj.i - 1]
    return noun if noun.dep_ == "compound" and noun.head == obj and noun.pos_ == "NOUN" else obj


def _phrase(noun: Token, after: int = 0) -> str | None:
    """The noun with its modifiers as one string ("asylum applications"), or None if empty."""
    return " ".join(_noun_phrase(noun, after)) or None


def _numeric_compound(word: Token) -> bool:
    """The last word of a hyphenated modifier with a number in it: "1,000-strong", "5.5-metre-high"."""
    doc, j = word.doc, word.i
    while j >= 2 and doc[j - 1].text == "-" and not doc[j - 1].whitespace_ and not doc[j - 2].whitespace_:
        j -= 2
        if doc[j].text[:1].isdigit():
            return True
    return False


# Words saying a count comes on top of another, not what is counted.
_ADDED = frozenset({"more", "further", "additional", "extra", "other", "another"})


def _mod_start(mod: Token, after: int) -> int:
    """Where a modifier begins, with its own modifiers ("Latin American" for "American") and a
    hyphenated compound it ends ("Iranian-made"); never inside the figure (before `after`) or a
    measure written as a compound ("5.2-litre V10 engine" → "V10 engine")."""
    doc, i = mod.doc, _hyphen_start(mod.doc, mod.i)
    while (
        i > 0
        and doc[i - 1].head.i == i
        and doc[i - 1].dep_ in {"compound", "amod"}
        and doc[i - 1].pos_ in {"PROPN", "ADJ", "NOUN"}
        and not doc[i - 1].like_num
        and doc[i - 1].idx >= after
        and not _numeric_compound(doc[i - 1])
        and not (i >= 2 and doc[i - 2].like_num and unit_word(doc[i - 1].text))  # "5.2 litre V10": a unit
    ):
        i = _hyphen_start(doc, i - 1)  # "blue-chip TA-35 index"
    return i


def _hyphen_start(doc: Doc, i: int) -> int:
    """The first word of the hyphenated modifier ending at word `i` ("Iranian-made" for "made")."""
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        i -= 2
    return i


def _noun_phrase(noun: Token, after: int = 0) -> list[str]:
    doc = noun.doc
    people = doc[noun.i - 1] if noun.i else None
    if (
        people is not None
        and noun.is_lower
        and people.head == noun
        and people.dep_ == "compound"
        and people.tag_ == "NNPS"
        and people.ent_type_ == "NORP"
        and people.idx >= after
    ):
        return [people.text]  # "two-thirds of Peruvians disapprove": a nationality does not modify a noun
    mods = [c for c in noun.lefts if c.dep_ in {"compound", "amod"} and not c.like_num and c.pos_ != "NUM"]
    mods = [m for m in mods if m.lower_ not in _ADDED]  # "five more Patriot batteries": batteries
    # "the cold brought temperatures as low as -20C": a verb with a subject of its own, taken for a modifier
    mods = [m for m in mods if not (m.tag_ == "VBD" and any(c.dep_ in {"nsubj", "npadvmod"} for c in m.children))]
    mods = [m for m in mods if not (m.i and doc[m.i - 1].like_num and unit_word(m.text))]  # "5.2 litre V12 engine"
    mods = [m for m in mods if m.idx >= after and not _numeric_compound(m)]
    # "…, halting output of 220,000 barrels": a participle opening a clause after a comma, taken for a modifier
    # (tagged a participle, or an "-ing" noun compounded with an appositive: ", halting exports of …")
    mods = [m for m in mods if not (m.i and doc[m.i - 1].text == "," and _participle(m, noun))]
    starts = [
        _mod_start(m, after) for m in mods if all(t.dep_ != "punct" or _glued_hyphen(t) for t in doc[m.i : noun.i])
    ]
    first = min([noun.i] + [i for i in starts if doc[i].idx >= after])
    last = noun.i
    while last + 2 < len(doc) and _glued_hyphen(doc[last + 1]) and doc[last + 2].is_title:
        last += 2  # the rest of a hyphenated name the parser split off ("Stratford-upon-Avon", not "percent-owned")
    words: list[str] = []
    glue = False
    skip = -1
    for t in doc[first : last + 1]:
        if t.i <= skip:
            continue
        written_in = t.like_num and _hyphen_follows(t)  # "the average two-year fixed rate": the number stays
        if t.like_num and not written_in and t.i + 2 <= last and _glued_hyphen(doc[t.i + 1]):
            skip = t.i + 2  # "a six-acre park", "a billion-dollar machine": the figure and its unit, not the thing
            continue
        if t.text == "-" and words and not t.whitespace_ and not doc[t.i - 1].whitespace_:
            words[-1] += "-"  # "Iranian-made drones" stays one modifier
            glue = True
        elif (not t.like_num or written_in) and t.text not in {"-", "–"} and not _scale_letter(t):
            if glue and words:
                words[-1] += t.text
            else:
                words.append(t.text)
            glue = False
    return words


def _participle(mod: Token, noun: Token) -> bool:
    return mod.tag_ == "VBG" or (noun.dep_ == "appos" and mod.lower_.endswith("ing") and mod.i == noun.i - 1)


def _hyphen_follows(tok: Token) -> bool:
    """A number written into a hyphenated modifier ("two-year"), not a figure's own ("billion-dollar")."""
    doc = tok.doc
    if tok.lower_ in SCALES or not (tok.i + 2 < len(doc) and _glued_hyphen(doc[tok.i + 1]) and doc[tok.i + 2].is_alpha):
        return False
    return unit_word(doc[tok.i + 2].text) is None  # ("a two-mile trek": the figure itself)


def _glued_hyphen(tok: Token) -> bool:
    """A hyphen inside a word ("Port-au-Prince"), not a dash between words."""
    return tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_


def _beside_a_count(whole: Span) -> bool:
    """A share set beside a count of things as its appositive ("2 million people, roughly a tenth of the
    population"): the share the counted things are of the base, not a measure of the clause's subject."""
    head = whole.root.head
    # (not the clause's subject: "28 million people, two-thirds of the population, need aid" measures the people)
    counted = head.pos_ == "NOUN" and head.dep_ not in {"nsubj", "nsubjpass"}
    return whole.root.dep_ == "appos" and counted and any(c.dep_ == "nummod" for c in head.children)


def _claimant(tok: Token, resolver: SpeakerResolver, quotes: list[QuotationRecord], tally: bool = False) -> str | None:
    if (giver := _giver_with(tok, resolver)) is not None:
        return giver
    if (owner := _owner_of_the_figure(tok, resolver)) is not None:
        return owner
    if (teller := _teller_of_whom(tok, resolver)) is not None:
        return teller
    key = _source_of(tok, resolver, quotes, tally)
    name = tok.head if tok.dep_ == "nummod" and tok.head.pos_ == "PROPN" else None
    counted = _gapped_count(tok, name) if name is not None else None
    if name is None or counted is None:
        return key
    verb = counted if counted.pos_ in {"VERB", "AUX"} else counted.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # (no source named: "…, and the United States 50,000, officials said" is still the United States' pledge)
    same = subj is not None and (key is None or resolver.resolve(subj) == key)
    if same and (other := resolver.entity_in(name)) is not None:
        # "Japan pledged 300 doses, Germany 200": the verb left out has the name as its subject
        return other
    return key


# What a source publishes that holds a figure after "of" ("the UN's figure of 670 dead", "the ministry's toll of
# 1,200"): the figure is the owner's.
_OWNED_FIGURE_NOUNS = frozenset({"figure", "estimate", "tally", "count", "toll", "projection", "forecast", "number"})


def _owner_of_the_figure(tok: Token, resolver: SpeakerResolver) -> str | None:
    """ "far higher than the UN's figure of 670 dead", "the government's tally of 1,200 deaths": a figure a source's
    estimate, tally or count is written "of", with the source as its owner, is that source's (whoever reports
    it)."""
    node = tok
    while node.dep_ in {"nummod", "quantmod", "compound"} and node.head != node:
        node = node.head
    of = node.head
    if node.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in _OWNED_FIGURE_NOUNS:
        return None
    owner = next((c for c in of.head.children if c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"}), None)
    its = next((c for c in of.head.children if c.dep_ == "poss" and c.lower_ in {"its", "their", "his", "her"}), None)
    if owner is None and its is not None and of.head.dep_ == "dobj":
        # "The UN office revised its own figure of 11,300 dead": the subject whose figure "its" says it is
        owner = next((c for c in of.head.head.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), None)
    # (the parser may hang the participle on the figure: "a toll of [41 given by Amman]")
    given = next((c for c in [*of.head.children, *node.children] if c.dep_ == "acl" and c.tag_ == "VBN"), None)
    agent = next((c for c in given.children if c.dep_ == "agent"), None) if given is not None else None
    if owner is None and agent is not None:
        # "an official toll of 41 given by Amman on Tuesday": the figure is the one who gave it
        owner = next((c for c in agent.children if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"}), None)
    key = resolver.resolve(owner) if owner is not None else None
    return key if key is not None and resolver.kinds.get(key) in {"place", "organization", "person", "group"} else None


def _teller_of_whom(tok: Token, resolver: SpeakerResolver) -> str | None:
    """ "about 130 hostages, around 30 of whom Israel says are dead": a figure of some people whose relative clause
    is a cue with a named source is that source's."""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None or not any(c.lower_ in {"whom", "which"} for c in of.children):
        return None
    cue = next((c for c in tok.children if c.dep_ == "relcl" and is_cue(c)), None)
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None) if cue is not None else None
    key = resolver.resolve(subj) if subj is not None and subj.pos_ != "PRON" else None
    return key if key is not None and resolver.kinds.get(key) in _AGENT_KINDS else None


def _giver_with(tok: Token, resolver: SpeakerResolver) -> str | None:
    """ "Qatar pledged $500 million, followed by the United Arab Emirates with $300 million and the European Union
    with 250 million euros": an amount written right after an actor and "with", in a sentence whose main verb
    gives money, is that actor's (as "Germany 200" after "Japan pledged 300 doses" is Germany's)."""
    root = tok
    while root.dep_ in {"nummod", "compound", "quantmod"} and root.head != root:
        root = root.head
    if root.dep_ == "appos" and root.head.dep_ == "pobj":
        root = root.head  # "with 250 million euros ($270 million)": the conversion too
    with_ = root.head
    if root.dep_ != "pobj" or with_.lower_ != "with" or with_.i == 0:
        return None
    key = resolver.by_token.get(with_.i - 1)
    main = tok.sent.root
    if key is None or resolver.kinds.get(key) not in {"place", "organization", "person"}:
        return None
    return key if main.lemma_.lower() in TRANSFER_VERBS and main.i < with_.i else None


def _source_of(tok: Token, resolver: SpeakerResolver, quotes: list[QuotationRecord], tally: bool) -> str | None:
    for q in quotes:
        if q.kind != "indirect" and q.start <= tok.idx < q.end:
            return q.speaker_key
        if q.cue in _HEADLINE_CUES and q.speaker_key and q.start <= tok.idx < q.end:
            return q.speaker_key  # "Migrant boat sinks off Tobruk, 61 feared drowned – IOM": the headline's source's
    for q in quotes:
        if q.cue == "according to" and q.speaker_key and q.start <= tok.idx < q.end:
            # "The ministry said it needed $30m a month, but reserves were under $50m, according to the bank": a
            # cue of its own inside the words "according to" covers gives the figures in what it reports
            inner = [
                o.speaker_key
                for o in quotes
                if o is not q
                and o.kind == "indirect"
                and o.speaker_key
                and q.start <= o.start <= tok.idx < o.end <= q.end
            ]
            if inner:
                return inner[-1]
            return q.speaker_key  # "Inflation reached 264%, according to A, and …, B estimates": A's figure
    sent = tok.sent
    for verb in tok.ancestors:
        if is_cue(verb):
            break
        if (estimator := _estimator(verb, tok, resolver)) is not None:
            in_words = verb.dep_ == "ccomp" and is_cue(verb.head)
            if in_words and resolver.kinds.get(estimator) == "place":
                break  # "Sudan has recorded 658 cases, the health minister said": the minister's figure
            if estimator or not in_words:
                return estimator or None  # "…, while the ministry put the toll at 2,662": the ministry's figure
            break  # "X said the country expected a further $1.2 billion": an unnamed forecaster in X's words
        if (
            verb.dep_ == "conj"
            and any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
            and not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
        ):
            # "Authorities have recorded 5,000 cases, and 50,000 doses arrived on Thursday": a clause with a
            # subject of its own is no part of what the verb it is joined to records (but "said it was … and
            # that the total had reached 2,184": a second clause of the words)
            break
    # (a cue whose object is the figure's own phrase acts on it, "smugglers charged $4,000", and is weighed
    # with the other cues of the sentence)
    governing = [
        a
        for a in tok.ancestors
        if is_cue(a)
        and not declares_a_measure(a, a.lemma_.lower())  # ("Lithuania declared a state of emergency, with 1,676 …")
        and not agreement_in_anothers_words(a)
        and not _circumstance_of(a, tok)
        and not (_object_of(a, tok) and a.lemma_.lower() not in _FIGURE_REPORTING)
        and not _in_own_relative_clause(tok, a)
        and not _in_clause_joined_to(tok, a)
        and not _obliged_act(a)
        and not _before_its_mark(a, tok)
    ]
    if (closing := _according_after_contrast(tok)) is not None:
        governing.insert(0, closing)  # "…, while in Syria 2,530 have died, according to the government"
    # "Insurers estimate claims at 25bn crowns, according to X": an unnamed source's figure that X reports is X's
    reporter = next((c for c in governing[0].children if c.lower_ == "according"), None) if governing else None
    # "At least 40 died, the ministry said, while …": a cue the parser hung beside the figure's clause,
    # when no cue of the figure's own comes first ("…, while the Red Crescent reported 12 deaths")
    path: list[Token] = []
    for node in tok.ancestors:
        if is_cue(node):
            break
        path.append(node)
    governing += [
        t
        for t in sent
        if t.dep_ == "parataxis"
        and t.head in path
        and is_cue(t)
        and t not in governing
        and not _in_circumstance_after(tok, t)
    ]
    # a cue inside a clause that describes a noun reports on that noun, not on the figure elsewhere in
    # the sentence ("…£6m a day, a cost that the minister has called “unacceptable”")
    others = [
        t
        for t in sent
        if is_cue(t)
        and t not in governing
        and not declares_a_measure(t, t.lemma_.lower())
        and not _describes_a_noun(t)
        and not _in_circumstance_after(tok, t)
        and not _circumstance_of(t, tok)
        and not _in_own_relative_clause(tok, t)
        # "The capital recorded 52.3C, though the weather office later said the sensor may have been faulty":
        # a source in a clause of concession or time on the figure's own clause speaks of something else
        and not (_concession_on(t) and t.head in {tok, *tok.ancestors})
        and not _as_it_acts_after(t, tok)
        and not _acting_after(t, tok)
        and not _in_clause_joined_to(tok, t)
        and not _named_in_an_act_after(t, tok)
        and not _cue_on_a_clause_joined_after(t, tok)
    ]
    unnamed = unnamed_governing = False
    described: Token | None = None  # a cue whose source's description holds the figure
    # the speaker already found for a cue's reported clause (pronouns resolved in reading order)
    reported = {q.cue_span.start: q for q in quotes if q.kind == "indirect" and q.cue_span is not None}
    for cue in governing + others:
        said = reported.get(cue.idx)
        past_the_words = said is not None and cue.i < tok.i and tok.idx >= said.end
        if said is not None and tok.i < cue.i and cue.idx < said.start and _in_the_clause_before(tok, cue):
            continue  # "Wildfires kill at least 112, president says toll will rise": the cue reports what follows it
        if past_the_words and cue.lower_ == "according" and _in_clause_joined_to(tok, cue.head):
            continue  # "…, according to the UN, and a poll by Delphos found that a quarter …": the next clause's
        if past_the_words and cue.lower_ == "according" and _predicate_joined_after(tok, cue):
            continue  # "Niger receives $2 billion a year, according to the World Bank, and hosts 1,100 troops"
        before_cue = said is not None and said.start < cue.idx
        if past_the_words and cue.lower_ == "according" and before_cue and _in_participle_after(tok, cue):
            # "About 7.7 million have left, according to the UN refugee agency, many of them fleeing a collapse in
            # which the economy shrank by 75%": a participle phrase after the source and its words is the writer's
            continue
        if past_the_words and (_aside_on_a_noun(tok, cue) or _in_circumstance_after(tok, cue)):
            # "… demanding a 15% rise to offset inflation, which reached 9.7% in March": the writer's aside,
            # past the end of what the cue reports, so not its source's figure; so is a clause of time after
            # the cue ("…, the Red Crescent said, as rescuers searched … after two dams collapsed")
            continue
        if any(c.dep_ == "auxpass" for c in cue.children) and not any(c.dep_ == "agent" for c in cue.children):
            continue  # "of whom 30 are believed to be dead": no one is named as believing it; a cue above may be
        if unnamed_governing and cue in others:
            break  # "…; flights rose threefold, one analyst estimated": the analyst's, not another clause's source
        if described is not None and described in cue.ancestors and cue.lower_ != "according":
            continue  # "The gang demanded $5m, two people … said": a cue inside the words of the source described
        if tally and cue.lemma_.lower() in LEGISLATIVE_VERBS:
            continue  # "voted 52-48 to confirm her": the outcome of the vote, not a report of it
        subj = subject_of(cue)
        if subj is not None and cue.i < subj.i < tok.i and cue.lower_ != "according":
            continue  # "…,” said Ana Ruiz, 41, who lives … with her four children": the writer's, about her
            # (not "According to the UN, 3,000 people fled": the source, then its figure)
        # "according to OCHA, which said 5.4 million people …": the cue is a relative clause on its own
        # source and the figure is in what it reports, so the figure is in the source's phrase but not about it
        reports_it = said is not None and said.start <= tok.idx < said.end and cue in tok.ancestors
        about_source = subj is not None and tok in subj.subtree and not (reports_it and subj in cue.ancestors)
        if said is not None and said.speaker_key and not about_source:
            return said.speaker_key
        if subj is None or subj.lower_ in {"we", "i", "you", "it"}:
            continue  # the writer's "we explain", not a source
        if about_source:
            # "Ana Ruiz, a mother of four living in a tent, said …": the figure describes the speaker, and
            # is not what a cue inside her words reports
            # (a share of a group is what a poll found, not who speaks: "70 percent believe …")
            described = described or (cue if cue in governing and unit_word(subj.text) is None else None)
            continue
        key = resolver.resolve(subj)
        if key:
            return key
        unnamed = unnamed or subj.pos_ == "NOUN" or subj.text.islower()  # ("the health ministry", tagged PROPN)
        unnamed_governing = unnamed and cue in governing
        if unnamed_governing and cue == governing[0]:
            if reporter is not None and closing is None:
                return resolver.resolve(subject_of(reporter))
            return None  # "Police said X, while organisers said 200,000 took part": the nearest source's, unnamed
    if unnamed:
        return None  # "Russian forces fired 81 missiles, officials said": the officials', unnamed
    # "Attacks grew, with 5,438 drones in June, an AP tally shows", "a poll found that 42% …": a verb of
    # finding, which reports only through its clause, gives its source the figures in the words it reports
    # (not "Northwind added 12 cents", a change the parser took for a report)
    for q in quotes:
        if q.kind != "indirect" or not q.speaker_key or q.cue_span is None or not q.start <= tok.idx < q.end:
            continue
        cue_words = tok.doc.char_span(q.cue_span.start, q.cue_span.end)
        if cue_words is not None and cue_words[0].lemma_.lower() in FINDING_VERBS:
            return q.speaker_key  # (before its words too: "A poll by YouGov found that 42 percent …")
        saying = cue_words is not None and cue_words[0].lemma_.lower() in {"say", "tell", "report", "state"}
        if saying and q.cue_span.start >= q.end and tok.sent.start_char <= q.start:
            # "Russia launched 458 drones, the Ukrainian air force said, of which 406 …": the parser hung the cue on the
            # clause after it, but the words it closes are the source's, and so are their figures (not "Northwind Mills
            # added 12 cents": a change read as a cue)
            return q.speaker_key
    # No cue, no claimant: whoever acts on a figure ("Russian forces fired 81 missiles", "gangs control
    # 60% of the capital") does not thereby assert it.
    return None


def _in_participle_after(tok: Token, cue: Token) -> bool:
    """The figure is inside a participle phrase set off by a comma after the cue ("…, many of them fleeing …")."""
    source = {t.i for t in cue.subtree}  # (the parser may hang the source on the participle)
    for node in tok.ancestors:
        if node.tag_ == "VBG" and node.dep_ == "advcl":
            start = min(t.i for t in node.subtree if t.i not in source and not t.is_punct)
            return start > cue.right_edge.i and node.doc[start - 1].text == ","
    return False


def _obliged_act(cue: Token) -> bool:
    """A cue verb as the infinitive of another verb, reporting no clause ("the government would have to agree to
    tougher terms to unlock a $1.1 billion tranche"): an act someone may do, not a source of the figure."""
    return cue.dep_ == "xcomp" and not is_cue(cue.head) and not any(c.dep_ == "ccomp" for c in cue.children)


def _in_clause_joined_to(tok: Token, cue: Token) -> bool:
    """The figure is in a clause with a subject of its own joined to the cue's clause ("Ana Ruiz has pledged to
    curb arrivals, and her government has signed a deal worth €105 million"): no part of what the cue reports."""
    for node in tok.ancestors:
        if node == cue:
            return False
        if node.dep_ == "conj" and node.head == cue and any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children):
            # (but "said …, and 20 were hurt"; not "The UN said …, and the European Union released 500,000 euros": a
            # named actor's act of its own)
            return cue.lemma_.lower() not in {"say", "tell", "add", "report"} or _named_actor_acting(node, cue)
    return False


def _named_actor_acting(verb: Token, cue: Token) -> bool:
    """The subject of `verb` is a name (a body, person or country) other than the cue's subject."""
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    source = subject_of(cue)
    if subj is None or subj.pos_ != "PROPN" or subj.ent_type_ not in {"ORG", "PERSON", "GPE", "NORP"}:
        return False
    return source is None or source.ent_type_ != subj.ent_type_ or source.text != subj.text


def _cue_on_a_clause_joined_after(cue: Token, tok: Token) -> bool:
    """ "France has about 1,500 troops in Niger, and the junta has revoked the agreements, saying …": a cue hung on a
    clause joined after the figure's, with a subject of its own, tells that subject's words, not the figure's source."""
    for node in [cue, *cue.ancestors]:
        joined = node.dep_ == "conj" and node.pos_ in {"VERB", "AUX"} and node.i > tok.i
        if joined and any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children):
            return tok not in node.subtree and node.head in tok.ancestors
    return False


def _predicate_joined_after(tok: Token, according: Token) -> bool:
    """The figure is in a predicate joined to the one "according to" is on, written after the source ("Niger
    receives $2 billion in aid, according to the World Bank, and hosts about 1,100 troops"): the source is given
    for the predicate before it, not for the one after."""
    # (the joined word, whatever the tagger made of it: "hosts" may be read as a plural noun; a predicate sharing the
    # subject, not a clause of its own: "…, according to the police, and there were only eight incidents" goes on
    # with the same source's figures)
    joined = next((a for a in tok.ancestors if a.dep_ == "conj" and a.head == according.head), None)
    own_subject = joined is not None and any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in joined.children)
    return joined is not None and joined.i > according.right_edge.i and not own_subject


def _according_after_contrast(tok: Token) -> Token | None:
    """ "X said 8,574 had died, while in Syria at least 2,530 have died, according to Y": an
    "according to" right after a contrasting clause that holds the figure gives that clause's
    source, wherever the parser hung it."""
    holders = set(tok.ancestors)
    return next(
        (t for t in tok.sent if t.lower_ == "according" and is_cue(t) and contrast_before(t) in holders),
        None,
    )


def _earlier_month_compared(tok: Token, when: date, same_sentence: list[ClaimRecord]) -> bool:
    """The figure is the earlier one of a comparison ("down from 38% in September"), dated by a month with no year
    that does not come before the month of the figure it is compared with ("29.8% in January")."""
    compared = _comparison_holding(tok)
    if compared is None or any(re.fullmatch(r"\d{4}", t.text) for t in compared.subtree):
        return False
    level = same_sentence[-1] if same_sentence else None
    return (
        level is not None
        and level.refers_to is not None
        and level.refers_to_precision == "month"
        and when >= level.refers_to
    )


def _in_the_clause_before(tok: Token, cue: Token) -> bool:
    """The parser gave the cue two reported clauses, one before it holding the figure and one after it (a headline:
    "Wildfires kill at least 112, president says toll will rise"); the words are the one after."""
    branch = next((a for a in [tok, *tok.ancestors] if a.head == cue and a != cue), None)
    return (
        branch is not None
        and branch.dep_ == "ccomp"
        and branch.i < cue.i
        and any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children)
    )


def _aside_on_a_noun(tok: Token, cue: Token) -> bool:
    """The figure is in a relative clause set off by a comma below the cue (", which reached 9.7%"), in a
    description set off by a comma on a name (", a city of about 2 million people"), or in a clause dating
    the statement by another event (", a day after 23 people were killed")."""
    relative = False
    for node in tok.ancestors:
        if node == cue:
            return False
        first = min(t.i for t in node.subtree)
        described = node.dep_ == "appos" and node.head.pos_ == "PROPN" and node.head.i < node.i
        # (or a relative clause inside a phrase set off so: "…, according to the agency, in a country where food
        # inflation reached 37.5%")
        phrase = relative and node.dep_ == "prep"
        if (
            (node.dep_ == "relcl" or described or phrase or timeline(node))
            and first > 0
            and node.doc[first - 1].text == ","
        ):
            return True
        relative = relative or node.dep_ == "relcl"
    return False


def _them_counted(num: Token) -> Token | None:
    """ "Officers had acted with restraint, and 57 of them were injured": the plural noun "them" refers back to,
    the last one before the figure in its sentence that is a clause's subject or object (not a name)."""
    of = next((c for c in num.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    them = next((c for c in of.children if c.dep_ == "pobj" and c.lower_ == "them"), None) if of is not None else None
    if them is None or num.doc[num.i - 1].lower_ == "the":
        return None  # (not "the two of them": the pair named before, no figure)
    nouns = [
        t
        for t in num.sent
        if t.i < num.i and t.tag_ == "NNS" and t.dep_ in {"nsubj", "nsubjpass", "dobj"} and not t.ent_type_
    ]
    return nouns[-1] if nouns else None


def _partitive_whole(tok: Token) -> Token | None:
    """What a bare count after "of whom" / "of which" is a part of: the noun the relative clause is on
    ("…, of whom six were in critical condition"), or the subject of the clause it is hung on."""
    verb = tok.head
    if tok.dep_ not in {"nsubj", "nsubjpass"} or not partitive(verb):
        return None
    if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN":
        return verb.head
    whole = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return whole if whole is not None and whole.pos_ == "NOUN" else None


def _counted_by_the_clause_with(tok: Token) -> Token | None:
    """What a bare number in a clause set off with "with" counts: the plural subject of the clause it is hung on
    ("Cholera cases have doubled, with more than 95,000 recorded since January": cases)."""
    verb = tok.head
    if tok.dep_ not in {"nsubj", "nsubjpass"} or verb.tag_ != "VBN" or verb.dep_ not in {"pcomp", "advcl"}:
        return None
    with_ = verb.head
    if with_.lower_ != "with" or with_.dep_ != "prep" or with_.head.pos_ not in {"VERB", "AUX"}:
        return None
    whole = next((c for c in with_.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return whole if whole is not None and whole.tag_ == "NNS" else None


def _in_own_relative_clause(tok: Token, cue: Token) -> bool:
    """The figure is in a relative clause with a subject of its own, below the cue ("Kenya pledged
    officers for a mission, which the US has backed with $300 million"): the writer's description."""
    for node in tok.ancestors:
        if node == cue:
            return False
        if node.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children):
            return False  # "said it was the eighth exchange it had mediated and that the total had reached 2,184"
        if node.dep_ == "relcl":
            if (node.head.head == cue and misparsed_that_clause(node)) or node == told_that_clause(cue):
                return False  # "told a briefing that Hezbollah had fired 90 rockets": what was told
            top = next((a for a in node.ancestors if a.head == cue), None)
            if cue.i > max(t.i for t in node.subtree) and top is not None and top.dep_ == "ccomp":
                # "The storm will reach the coast, where 30,000 people have been moved, the governor said": in
                # the reported clause before its cue (not "In Miami, where two have left, Ruiz said …")
                return False
            subj = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            # ("134 hostages remain, of whom at least 30 are believed dead": a part of what the cue reports)
            if (
                subj is not None
                and subj.lower_ not in {"which", "that", "who", "whom", "whose"}
                and not partitive(node)
            ):
                return cue in node.ancestors
    return False


def _object_of(cue: Token, tok: Token) -> bool:
    """The figure's phrase is the cue's direct object ("charged $4,000 per person")."""
    node = tok
    while node.head != cue and node.head != node:
        node = node.head
    if node.head != cue:
        return False
    if node.dep_ == "prep" and any(c.dep_ == "dobj" for c in cue.children):
        return True  # "agreed a package of sanctions worth €10bn": the parser hung "worth" on the verb
    # (also a figure on a conjunct of the object: "reported 15,600 cases and 537 deaths")
    on_conjunct = tok.head.dep_ == "conj" and tok.head.head == node
    return node.dep_ == "dobj" and (node == tok or tok.head == node or on_conjunct)


# Verbs of asking: their object is who is asked ("asked donors for $600m").
# Verbs of handing something over: the measure of their object is of what is handed over (hand-chosen).
_HANDING_VERBS = frozenset({
    "give", "hand", "distribute", "deliver", "provide", "supply", "send", "donate", "ship", "airlift", "airdrop",
    "truck", "dispatch", "bring", "offer", "allocate", "transfer", "export", "import", "ration", "dole",
})  # fmt: skip
_ASKING_VERBS = frozenset({"ask", "request", "petition", "press", "urge", "lobby", "beg", "approach"})
# Cues whose object a figure can be and whose subject then gives it ("Congo has reported 15,600 cases").
_FIGURE_REPORTING = frozenset({"report", "confirm", "announce", "disclose", "publish"})


_CIRCUMSTANCE_MARKS = frozenset({"as", "while", "when", "after", "before", "because", "although", "though", "since"})


def _before_its_mark(cue: Token, tok: Token) -> bool:
    """ "271 had died since the war began, 117 of them since the IPC warned in July that …": the parser made the
    figure a subject of a cue in a clause of time; the clause begins at its "since", after the figure, so the cue
    says nothing of it."""
    return tok.i < cue.i and any(
        c.dep_ == "mark" and c.lower_ in _CIRCUMSTANCE_MARKS and tok.i < c.i < cue.i for c in cue.children
    )


def _circumstance_of(cue: Token, tok: Token) -> bool:
    """ "…, the agency said, as rescuers dug through debris up to 8 metres deep": a figure in an
    adverbial clause or a phrase of place or time on the reporting verb itself tells when, where or why
    it was said, not what."""
    if any(tok in clause.subtree for clause in [*clause_on_channel(cue), told_that_clause(cue)] if clause):
        # "said in a statement that …", "told the governor during a visit that …": what was said, not where
        return False
    node = tok
    while node.head != node and node.head != cue:
        node = node.head
    # (or a phrase of place or time on it: "he told a crowd …, near the epicentre of the magnitude 7.8 quake")
    setting = node.dep_ == "prep" and node.lower_ in _SETTING_PREPS and node.i > cue.i
    setting = setting and cue.lemma_.lower() not in ESTIMATE_VERBS  # ("estimated losses at $10 billion": the level)
    # (before it, the description of the place: "In Chimney Rock, a village of about 140 people, the mayor said")
    described = node.dep_ == "prep" and node.lower_ in _SETTING_PREPS and node.i < cue.i
    described = described and any(
        tok in a.subtree for o in node.children if o.dep_ == "pobj" for a in o.children if a.dep_ == "appos"
    )
    return node.head == cue and (_circumstance_clause(node) or setting or described)


# Prepositions of place and time: a phrase they open on a reporting verb says where or when, not what.
_SETTING_PREPS = frozenset({
    "near", "in", "at", "during", "after", "before", "outside", "inside", "beside", "amid", "following", "across",
})  # fmt: skip


def _in_circumstance_after(tok: Token, cue: Token) -> bool:
    """ "The toll rose to 670, the agency said, as rescuers dug through 8 metres of mud": a figure
    in an adverbial clause after a parenthetical cue is the writer's scene-setting."""
    for node in [tok, *tok.ancestors]:
        if node.dep_ == "advcl" and min(t.i for t in node.subtree) > cue.i:
            return _circumstance_clause(node)
    return False


def _acting_after(cue: Token, tok: Token) -> bool:
    """ "The EU released €1.5m, and the United States pledged $2.5m": a cue coordinated after the figure's
    clause, with a subject and an object of its own, acts on its own object; with a reported clause of its
    own ("the bank raised rates by 700 basis points and the government said it would seek help") it reports
    that clause. Either way it reports nothing of the figure before it."""
    return (
        cue.dep_ == "conj"
        and cue.i > tok.i
        and tok not in cue.subtree
        and any(c.dep_ == "nsubj" for c in cue.children)
        and any(c.dep_ in {"dobj", "ccomp"} and c.i > cue.i for c in cue.children)
    )


def _named_in_an_act_after(cue: Token, tok: Token) -> bool:
    """ "…displaced about 12 million, creating what the U.N. calls the world's largest crisis": a cue in the
    complement of a verb that is no cue, after the figure and outside that verb's own clause, names what the verb
    acts on; it reports nothing of the figure."""
    host = cue.head
    return (
        cue.dep_ in {"ccomp", "xcomp"}
        and cue.i > tok.i
        and host != cue
        and host.pos_ == "VERB"
        and not is_cue(host)
        and host.i > tok.i
        and tok not in host.subtree
    )


def _as_it_acts_after(cue: Token, tok: Token) -> bool:
    """ "Pager explosions kill 12 as Hezbollah vows retaliation": an "as" clause after the figure whose cue has
    words or an object of its own tells what else happened, not who reports the figure (but "…, as the Times
    reported" has none: it attributes the clause)."""
    own_words = any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in cue.children)
    # ("… passes 3,000 as aid groups warn of disease": what it is about, after "of", "about", "over", "against")
    own_words = own_words or any(
        c.dep_ == "prep"
        and c.lower_ in {"of", "about", "over", "against"}
        and any(g.dep_ == "pobj" for g in c.children)
        for c in cue.children
    )
    host, above = cue.head, set(tok.ancestors)
    # (on the verb joined to the figure's: "kill 12, wound 3,000 as …")
    on_the_figure = host in above or (host.dep_ in {"conj", "dep"} and host.head in above)
    return cue.i > tok.i and own_words and _circumstance_clause(cue, frozenset({"as"})) and on_the_figure


def _concession_on(cue: Token) -> bool:
    """A cue opening a clause of concession, contrast or time on another clause ("…, though the bureau later
    said …", "…, after officials said …"); not "As the Times reported, …", which attributes the clause."""
    return _circumstance_clause(cue, _CIRCUMSTANCE_MARKS - {"as"})


def _circumstance_clause(node: Token, marks: frozenset[str] = _CIRCUMSTANCE_MARKS) -> bool:
    """An adverbial clause opened by "as", "while", "when", "after" … (one of `marks`)."""
    return node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in node.children)


def _describes_a_noun(verb: Token) -> bool:
    """A verb in a relative clause, participle or appositive hung on a noun ("a cost that X called …"),
    unless the parser hung the sentence's own source there ("…, the power company Elco said")."""
    if appositive_speaker(verb) is not None:
        return False
    node = verb
    while node.head != node:
        if node.dep_ in {"relcl", "acl", "appos"}:
            return True
        node = node.head
    return False


# Verbs by which a source replaces its own earlier figure with a new level ("the UN revised its
# figure down to 3,958", "the IMF downgraded its forecast to 1.5%"): the subject gives the new figure.
_REVISION_VERBS = frozenset({"revise", "update", "upgrade", "downgrade"})
# Verbs of forecasting: the subject gives the figure as its forecast ("the IMF expects growth of 3%",
# "analysts forecast a 5% drop") and is never what the figure measures.
_FORECAST_VERBS = frozenset({"expect", "forecast", "project", "predict", "anticipate"})
# Verbs that set a value on a noun ("damage estimated at $30 billion", "a house valued at £2m", "fares capped at $5")
_VALUING_VERBS = ESTIMATE_VERBS | _FORECAST_VERBS | {"value", "price", "cap", "peg", "fix", "set", "assess"}


# Verbs that give out a figure named as one ("gave a toll of 1,000", "released an estimate of $2 billion").
_GIVING_VERBS = frozenset({"give", "offer", "provide", "release", "publish", "issue"})
_GIVEN_FIGURES = frozenset({"toll", "figure", "estimate", "tally", "count", "number", "total"})


def _another_clause(cue: Token) -> bool:
    """A cue heading a clause of its own beside another: one of concession or time, or one joined with its own
    subject ("…, but a spokesman later said …")."""
    joined = cue.dep_ == "conj" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in cue.children)
    return joined or _concession_on(cue)


def _at_inside_the_object(verb: Token, tok: Token) -> bool:
    """ "puts the number of people killed since April at more than 12,000", "puts the cost of rebuilding at $14
    billion": the parser may hang the "at" of an estimate on a verb inside the object (a noun) it estimates."""
    at = next((a for a in tok.ancestors if a.dep_ == "prep" and a.lower_ == "at"), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}), None)
    return at is not None and obj is not None and obj in at.ancestors


def _estimator(verb: Token, tok: Token, resolver: SpeakerResolver) -> str | None:
    """Who gives a figure by a verb of estimating or recording ("the ministry put the toll at
    2,662", "monitors counted 40 violations"): an actor as the verb's subject, not a pronoun.
    "" when the subject is a noun that names no known actor: the figure is still its own, not
    that of a cue further up."""
    lemma = verb.lemma_.lower()
    if verb.pos_ == "VERB" and _appeals_for(verb, tok):
        # "the agency appealed for $20 million": the sum is the agency's (an unknown asker's in someone's words
        # leaves it to the cue: "she said the government would seek a $2 billion loan")
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and tok not in c.subtree), None)
        relative = subj is not None and subj.tag_ in {"WDT", "WP"}  # ("charities that solicit $25,000")
        if subj is None or relative or any(is_cue(a) for a in verb.ancestors):
            return None  # (in someone's words the sum is the speaker's: "she said Greece would seek €2bn")
        key = resolver.resolve(subj)
        return key if key is not None and resolver.kinds.get(key) in _AGENT_KINDS else None
    # ("gave a lower toll of 1,000", "released a figure of 3,000": a figure given by the verb's subject)
    gives = lemma in _GIVING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _GIVEN_FIGURES and tok in c.subtree for c in verb.children
    )
    if verb.pos_ != "VERB" or (lemma not in ESTIMATE_VERBS | _REVISION_VERBS | _FORECAST_VERBS and not gives):
        return None
    misplaced = any((obj := _misplaced_level(t)) is not None and obj.head == verb for t in verb.subtree)
    if (
        lemma in {"put", "place"}
        and not misplaced
        and not any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children)
        and not _at_inside_the_object(verb, tok)
    ):
        return None  # "put pressure on", "placed 500 troops": no estimate
    level = (t for t in verb.subtree if t.dep_ == "prep" and t.lower_ in {"to", "at"} and verb in (t.head, t.head.head))
    if lemma in _REVISION_VERBS and next(level, None) is None:
        return None  # "revised its figure (down) to 3,958" gives a figure; "upgraded 40 tanks" does not
    if any((is_cue(c) and not _another_clause(c)) or c.lower_ == "according" for c in verb.children if c.i > verb.i):
        # "Greece has recorded 500 fires, according to the fire service": the cue says whose (not a clause of
        # concession, nor one joined with a subject of its own: "puts the toll at 400, though local groups believe …",
        # "had put the number at 11,300, but a spokesman later said …" are still the estimates of who put them)
        return None
    # (a cue before it heads another clause: "Moscow claimed 300; Kyiv put the figure at 45")
    if (by := _valued_by(verb)) is not None:
        key = resolver.resolve(by)
        return key if key is not None and resolver.kinds.get(key) in _AGENT_KINDS else ""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    relative = subj is not None and subj.lower_ in {"which", "who", "that"} and verb.dep_ == "relcl"
    if relative:
        subj = verb.head  # "according to the council, which put the number at 1.8 million": the council
    if subj is not None and subj.lower_ in {"he", "she"}:
        key = resolver.resolve(subj)  # "He had put the toll at 2,445": the person the pronoun refers to
        return key if key is not None and resolver.kinds.get(key) == "person" else None
    if subj is None or subj.pos_ == "PRON" or (tok in subj.subtree and not relative):
        return None  # "7.8 million Ukrainians have registered as refugees": the figure is who registered
    key = resolver.resolve(subj)
    cued = (verb.dep_ == "ccomp" and is_cue(verb.head)) or any(t.lower_ == "according" for t in verb.sent)
    if key is not None and resolver.kinds.get(key) == "place" and (cued or _a_weather_reading(verb, tok)):
        # "Uttar Pradesh recorded 36 deaths, the ministry said", "Delhi recorded 46.8 C …, according to …":
        # where the figure was recorded; the cue says whose it is
        return None
    if key is not None and resolver.kinds.get(key) in _AGENT_KINDS:
        return key
    if relative:
        return None  # "a city that has recorded 400 homicides": no actor; the cue above may say whose
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children):
        return None  # "the OSCE said its monitors had recorded 1,400 explosions": the speaker's own count
    return "" if subj.pos_ in {"NOUN", "PROPN"} else None


# The cues of a headline's source, given by position: after a dash ("… – IOM") or as a label ("Ruiz: …").
_HEADLINE_CUES = frozenset({"–", ":"})


# Verbs and nouns of appealing for money or help (hand-chosen): the sum asked for is the asker's figure.
_APPEAL_VERBS = frozenset({"appeal", "seek", "request", "solicit"})
_APPEAL_NOUNS = frozenset({"appeal", "request", "plea", "call"})


def _appeals_for(verb: Token, tok: Token) -> bool:
    """The figure is the sum a verb of appealing asks for: its object or what it is "for" ("appealed for $20
    million", "is seeking $50 million", "launched an appeal for $2.7 billion", "issued a flash appeal for …")."""
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "for")]
    if lemma in _APPEAL_VERBS:
        return any(tok in o.subtree for o in objects)
    if lemma not in {"launch", "issue", "make", "announce"}:
        return False
    asked = [o for o in objects if o.dep_ == "dobj" and o.lemma_.lower() in _APPEAL_NOUNS]
    return any(tok in p.subtree for o in asked for p in o.children if p.dep_ == "prep" and p.lower_ == "for")


# What weather a place records ("Delhi recorded its highest temperature of 52.9C", "the city recorded 300 mm of
# rain"): the place is where it was measured, not a source.
_WEATHER_NOUNS = frozenset(
    {"temperature", "rainfall", "rain", "snow", "snowfall", "gust", "wind", "heat", "high", "low"}
)
_WEATHER_UNIT_WORDS = frozenset({"c", "f", "°c", "°f", "degrees", "mm", "millimetres", "millimeters", "inches", "cm"})


def _a_weather_reading(verb: Token, tok: Token) -> bool:
    """A figure a verb of recording has as a temperature, rain, snow or wind."""
    if any(c.dep_ == "dobj" and c.lemma_.lower() in _WEATHER_NOUNS for c in verb.children):
        return True
    after = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
    return re.fullmatch(r"[\d.,]+°?[CF]", tok.text) is not None or after in _WEATHER_UNIT_WORDS


# Verbs of measuring something ("the agency recorded 491 mm", "stations measured 45C"): general English.
_MEASURING_VERBS = frozenset({"record", "register", "measure", "log", "observe", "detect"})


def _measurer(verb: Token, subj: Token) -> bool:
    """A verb of measuring whose subject is a body or a person (named, or by a noun for one)."""
    if verb.lemma_.lower() not in _MEASURING_VERBS:
        return False
    actor_noun = subj.pos_ == "NOUN" and subj.lemma_.lower() in ORG_REFERENCE_NOUNS | PERSON_REFERENCE_NOUNS
    return subj.ent_type_ in {"ORG", "PERSON"} or actor_noun


def _valued_by(verb: Token) -> Token | None:
    """ "The damage was estimated at $2bn by the World Bank": who gave a passive estimate (the parser
    may hang the "by" on the figure)."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    for by in verb.subtree:
        if by.lower_ != "by" or not (
            (by.dep_ == "agent" and by.head == verb)
            or (
                by.dep_ == "prep"
                and by.head.dep_ == "pobj"
                and by.head.head.lower_ == "at"
                and by.head.head.head == verb
            )
        ):
            continue
        return next((c for c in by.children if c.dep_ == "pobj"), None)
    return None


# "a day", "per week", "each month" right after a count or what it counts: the count is a rate
_COUNT_RATE = re.compile(r"\s+(?:a|an|per|each|every)\s+(?P<span>day|night|week|month|year|hour)\b")
# "a day earlier", "a year ago", "a week before the vote", "a year on", "a year from now": when, not how often
# (but "700 a day from a peak of 2,000", "700 a day from 900": the level a rate changed from)
_NOT_A_RATE = re.compile(
    r"\s+(?:earlier|ago|before|later|after|on|since|into|of)\b|'s\b|’s\b|"
    r"\s+from\b(?!\s+(?:[$€£]?\d|(?:a|an|the|its|their)\s+(?:[a-z]+\s+)?(?:peak|high|low|record|level|total|average)s?\b))"
)


def _count_rate(doc: Doc, number: Span, head: Token | None) -> str | None:
    """ "3,000 migrants a day" → "migrant per day", "an average of 500 a day" → "per day": a span of time
    after a count, or after the noun it counts right after the figure; else None."""
    at, counted = number.end, None
    if head is not None and head.i >= number.end and head.i - number.end <= 2:
        at, counted = head.i + 1, head.lemma_.lower()  # "3,000 migrants a day", "40 Syrian refugees a week"
        if head.lower_.endswith("oses"):
            counted = head.lower_[:-1]  # "3 million doses a month": the model's lemma is "dos"
    text = doc_text(doc)
    pos = doc[at - 1].idx + len(doc[at - 1].text)
    rate = _COUNT_RATE.match(text, pos)
    if rate is None or _NOT_A_RATE.match(text, rate.end()):
        return None
    # as a rate of a unit is written ("barrel per day"): what is counted, per span
    return f"{counted} per {rate['span']}" if counted else f"per {rate['span']}"


# "46 per 100,000 inhabitants", "120 cases per 100,000 people", "5.2 per 1,000 live births": a rate per a
# round number of people (or of anything counted), the base written in digits or words
_PER_BASE = re.compile(
    r"\s+per\s+(?P<base>(?:1|10|100)(?:,000)+|1000+|100|(?:a |one )?(?:hundred thousand|thousand|million))\b"
    r"(?!,\d|\.\d)",
    re.I,
)


def _base_rate(doc: Doc, number: Span, head: Token | None) -> tuple[str, int] | None:
    """ "per 100,000 inhabitants" after a figure, or after the noun it counts right after it: the rate's
    unit ("per 100,000 inhabitants", "case per 100,000 people") and the token after it; else None."""
    at, counted = number.end, None
    if head is not None and head.i >= number.end and head.i - number.end <= 2:
        at, counted = head.i + 1, head.lemma_.lower()
    text = doc_text(doc)
    match = _PER_BASE.match(text, doc[at - 1].idx + len(doc[at - 1].text))
    if match is None:
        return None
    after = next((t for t in doc[at:] if t.idx > match.end()), None)  # the first word past the base
    noun = after if after is not None and text[match.end()] == " " else None
    per, end = f"per {match['base']}", after.i if after is not None else len(doc)
    adjective = noun is not None and noun.pos_ == "ADJ" and noun.ent_type_ not in {"DATE", "TIME"}  # (not "last")
    if adjective and noun is not None and noun.i + 1 < len(doc) and doc[noun.i + 1].pos_ == "NOUN":
        per, noun = f"{per} {noun.text}", doc[noun.i + 1]  # "per 1,000 live births"
    if noun is not None and noun.pos_ == "NOUN" and noun.ent_type_ not in {"DATE", "TIME"}:
        per, end = f"{per} {noun.text}", noun.i + 1
    return (f"{counted} {per}" if counted else per), end


def _misplaced_level(prep: Token) -> Token | None:
    """ "put the cost of rebuilding at $5.5 billion", "put the number of homes destroyed at 450": the
    parser hangs the level ("at", "to") on the gerund or participle in the estimated object's "of"
    phrase; the object (cost, number), else None."""
    verb = prep.head
    if prep.lower_ not in {"at", "to"}:
        return None
    obj: Token | None
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "of":
        obj = verb.head.head
    elif verb.tag_ == "VBN" and verb.dep_ == "acl":
        noun = verb.head  # the participle describes what is counted ("homes"), or the object itself
        obj = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    elif verb.tag_ == "VBN" and verb.dep_ == "advcl" and not any(c.dep_.startswith("nsubj") for c in verb.children):
        # "put the number of homes lost at 450": the participle hung on the verb, right after its object
        obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.right_edge.i == verb.i - 1), None)
    elif verb.dep_ == "relcl" and verb.head.dep_ == "pobj" and verb.head.head.dep_ == "prep":
        # "put the number of cases in areas it controls at 59,000": the level hung on a relative clause in a
        # phrase of the verb's (when the verb has no level of its own)
        estimating = verb.head.head.head
        own = any(c.dep_ == "prep" and c.lower_ == prep.lower_ for c in estimating.children)
        obj = None if own else next((c for c in estimating.children if c.dep_ == "dobj"), None)
    else:
        return None
    return obj if obj is not None and obj.dep_ == "dobj" and obj.head.lemma_.lower() in ESTIMATE_VERBS else None


_MAKING_VERBS = frozenset({"make", "render", "leave", "keep"})


def _compared_noun(whole: Span) -> Token | None:
    """The noun a comparative the figure measures is on ("received 190% more rain than its average", "20% fewer
    cases"): what is compared, not the verb's subject."""
    root = whole.root
    more = root.head
    if root.dep_ != "npadvmod" or more.tag_ not in {"JJR", "RBR"} or more.dep_ != "amod":
        return None
    noun = more.head  # (written right after the comparative: not "25 percent more than even President X")
    between = root.doc[more.i + 1 : noun.i]
    if noun.pos_ != "NOUN" or noun.i < more.i or any(t.pos_ not in {"ADJ", "NOUN"} for t in between):
        return None
    return noun


# Prepositions of a level a measure is above or below ("temperatures above 40C", "winds over 100 km/h").
_LEVEL_PREPOSITIONS = frozenset({"above", "below", "over", "under", "exceeding"})


def _noun_before_its_level(whole: Span) -> Token | None:
    """The noun written right before the preposition of a level ("fanned by winds and temperatures above 40C"),
    when the parser hung the preposition on something else (the verb): what is at that level."""
    root = whole.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in _LEVEL_PREPOSITIONS or prep.i == 0:
        return None
    noun = root.doc[prep.i - 1]
    if noun.pos_ != "NOUN" or noun.tag_ not in {"NN", "NNS"} or prep.head == noun or noun.ent_type_:
        return None
    return noun


def _made_so(whole: Span) -> Token | None:
    """The object a verb of making gives a compared quality ("made the heatwave 35 times more likely",
    "left bread 20% more expensive"): what the figure compares, not the verb's subject."""
    root = whole.root
    quality = root.head
    while quality.pos_ != "ADJ" and quality.dep_ in {"npadvmod", "advmod", "quantmod"} and quality.head != quality:
        quality = quality.head
    if root.dep_ not in {"nsubj", "npadvmod", "advmod"} or quality.pos_ != "ADJ":
        return None
    if not any(c.lower_ in {"more", "less"} for c in quality.children) and quality.tag_ not in {"JJR", "RBR"}:
        return None
    verb = quality.head
    if quality.dep_ not in {"advcl", "oprd", "ccomp", "xcomp", "acomp"} or verb.lemma_.lower() not in _MAKING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}), None)


def _joined_without_a_conjunction(verb: Token) -> bool:
    """The verb is parsed as joined to a verb before it with no conjunction or mark between them."""
    head = verb.head
    if verb.dep_ != "conj" or head.pos_ != "VERB" or head.i >= verb.i:
        return False
    return not any(t.dep_ == "cc" or t.is_punct for t in verb.doc[head.i + 1 : verb.i])


def _gapped_subject(verb: Token, via: Token) -> Token | None:
    """ "The deposit rate stands at 27.25% and the lending rate at 28.25%": the verb left out of the second clause,
    the parser joined its subject to the verb; the noun joined right before the figure's preposition is its subject."""
    if via.dep_ != "prep" or via.head != verb:
        return None
    joined = [
        c
        for c in verb.children
        if c.dep_ == "conj" and c.pos_ == "NOUN" and verb.i < c.i < via.i and c.right_edge.i + 1 == via.i
    ]
    cc = joined and verb.doc[joined[-1].left_edge.i - 1].lower_ in {"and", "while", "but"}
    return joined[-1] if cc else None


def _nearest_subject(verb: Token) -> Token | None:
    """The verb's subject; of two (a misparse: "The magnitude 6.8 quake struck" gives both "magnitude"
    and "quake" as subjects), the one nearest before the verb, the head of the noun phrase."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects:
        # "The number of people forcibly displaced rose to …", parsed as a clause subject whose participle
        # has the noun phrase as its subject: the participle is a reduced relative on the real subject
        reduced = (c for c in verb.children if c.dep_ == "csubj" and c.tag_ == "VBN" and c.i < verb.i)
        subjects = [s for c in reduced for s in c.children if s.dep_ == "nsubj" and s.i < c.i and s.pos_ == "NOUN"]
    if not subjects:  # "Rates have more than tripled to $4,406": the parser hung the subject on "have"
        subjects = [c for c in with_auxiliaries(verb) if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects and _joined_without_a_conjunction(verb):
        # "The number of people confirmed dead in the fire rose to 111": the parser joined the verb, with no word
        # or mark between to join them, to the participle in its subject, which holds the subject
        subjects = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.head.i]
    before = [c for c in subjects if c.i < verb.i]
    subj = before[-1] if before else (subjects[0] if subjects else None)
    finite = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}] + [verb]
    last = max(subj.conjuncts, key=lambda c: c.i) if subj is not None and subj.conjuncts else None
    if (
        subj is not None
        and last is not None
        and last.i > subj.i
        and last.tag_ == "NN"
        and finite[0].lower_ in {"was", "is", "has"}
        and any(c.dep_ == "det" for c in last.children)
        and [t.text for t in subj.doc[max(0, last.left_edge.i - 2) : last.left_edge.i]] == [",", "and"]
    ):
        # "Crowds burned the court, the homes of ministers, and the damage was put at …": a singular verb
        # after ", and the …" agrees with that noun alone; the parser coordinated it with the objects before it
        # (not "all new income and wealth is going …", one subject)
        subj = last
    if subj is not None and subj.ent_type_ == "DATE" and subj.pos_ == "PROPN":
        subj = _noun_before_a_date_read_as_the_subject(subj) or subj
    elif subj is None:
        # (or the parser hung the date on the mark and left the verb no subject)
        mark = next((c for c in verb.children if c.dep_ == "mark" and c.i < verb.i), None)
        date = next((t for t in verb.doc[mark.i + 1 : verb.i] if t.ent_type_ == "DATE"), None) if mark else None
        subj = _noun_before_a_date_read_as_the_subject(date) if date is not None else None
    if subj is None or subj.i + 1 >= len(subj.doc) or not subj.doc[subj.i + 1].like_num:
        return subj
    # "The magnitude 6.2 quake struck", parsed as "magnitude" with "quake" in apposition: the word
    # before a figure is its label; the noun after the figure is the subject
    return next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > subj.i + 1), subj)


def _noun_before_a_date_read_as_the_subject(date: Token) -> Token | None:
    """ "the death toll from the floods since mid-June rose to 1,136", parsed with "June" the subject of "rose": a
    date after "since"/"from" qualifies the noun phrase before it, whose head is the subject."""
    opener = next((t for t in date.doc[max(0, date.i - 4) : date.i] if t.lower_ in {"since", "from", "until"}), None)
    if opener is None or opener.i == 0:
        return None
    noun = date.doc[opener.i - 1]
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # ("the death toll from the floods": the toll)
    return noun if noun.pos_ == "NOUN" else None


def _clause(tok: Token) -> Token:
    """The verb heading the clause a token is in (the sentence root if none)."""
    while (tok.pos_ not in {"VERB", "AUX"} or tok.lower_ == "according") and tok.head.i != tok.i:
        tok = tok.head  # "according to estimates from last month" belongs to the clause it attributes
    return tok


def _possessive(ent: Span) -> bool:
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return ent.text.endswith(("'s", "’s")) or (nxt is not None and nxt.lower_ in {"'s", "’s"})


def _time_owning(noun: Token) -> Token | None:
    """The possessive time on the noun a relative clause describes, or on a noun above it whose phrase holds it
    ("last month's attack on tourists"): the time of the event the clause tells of."""
    node = noun
    for _ in range(3):
        # (or on the noun of its "of"/"from" phrase, where the parser hung the clause on the first noun: "the toll
        # from last month's quake, in which 300 people died")
        nouns = [node] + [
            o for p in node.children if p.lower_ in {"of", "from"} for o in p.children if o.dep_ == "pobj"
        ]
        owner = next((c for n in nouns for c in n.children if c.dep_ == "poss" and c.ent_type_ == "DATE"), None)
        if owner is not None:
            return owner
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            return None
        node = node.head.head
    return None


def _possessed_figure(ent: Span, tok: Token) -> bool:
    """ "last year's record of 248,000", "2022's total of 1.2 million": the figure is in the phrase the date
    owns (its noun, then "of" the figure), so the date is the figure's."""
    owned = ent.root.head
    if ent.root.dep_ != "poss" or owned.pos_ != "NOUN" or not owned.i < tok.i:
        return False
    path = [t for t in tok.ancestors if owned in t.ancestors or t == owned]
    # (through "of" only: "narrowed from March's 20-point gap to 13 points" is no figure of March's)
    return owned in path and all(
        t.dep_ in {"pobj", "nummod", "quantmod", "compound"} or (t.dep_ == "prep" and t.lower_ == "of")
        for t in path[:-1]
    )


def _subjects_time(ent: Span, own: Token) -> bool:
    """ "Last year's floods killed 1,700 people": a possessive time on the subject of the figure's own clause is the
    time of what the clause tells (not "up from last year's 150", a figure of its own)."""
    owned = ent.root.head
    return ent.root.dep_ == "poss" and owned.dep_ in {"nsubj", "nsubjpass"} and owned.head == own


def _since_a_record(ent: Span) -> bool:
    """ "4.47%, its highest since May", "the biggest jump since 2008", "the first time since March": the
    date a record is counted from, not the time the figure describes."""
    prep = ent.root.head
    if ent.root.dep_ != "pobj" or prep.lower_ != "since":
        return False
    held = prep.head
    extreme = held.tag_ in {"JJS", "RBS"} or held.lower_ in _EXTREMES | {"first", "time"}
    return extreme or any(c.tag_ in {"JJS", "RBS"} or c.lower_ == "first" for c in held.children)


# Debt named by the year it falls due ("Ecuador's 2030 dollar bond", "the 2032 notes"): the year is the
# paper's maturity, neither a figure nor the time a figure describes.
_DEBT_PAPER = frozenset({
    "bond", "bonds", "eurobond", "eurobonds", "note", "notes", "gilt", "gilts", "treasury", "treasuries",
    "sukuk", "maturity", "maturities",
})  # fmt: skip


def _names_debt(tok: Token) -> bool:
    """A year written on a bond or note (through a currency word: "2030 dollar bond"), not a count."""
    noun = tok.head
    while noun.dep_ == "compound" and noun.head != noun and noun.i > tok.i:
        noun = noun.head  # "2030 dollar bond": the currency word is a compound on the paper
    return tok.dep_ in {"nummod", "compound", "amod"} and noun.i > tok.i and noun.lower_ in _DEBT_PAPER


_DURATION_MODIFIER = re.compile(r"^(?:\d+|[a-z]+)-(?:year|month|week|day|hour)(?:-old)?$", re.I)
# A word of how often, which the recogniser may tag a date ("Annual inflation was 8.6% as of Oct. 21"): no time.
_FREQUENCY = re.compile(r"(?:annual|annualised|annualized|yearly|monthly|weekly|daily|quarterly|hourly)", re.I)


def _dates_a_figure_compared(ent: Span, tok: Token) -> bool:
    """ "3,898 were sleeping rough last autumn, more than double the figure in 2010": a time written right after a noun
    standing for another figure ("the figure in 2010") dates that figure, whatever the parser hung it on."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ not in {"in", "of", "for"}:
        return False
    noun = doc[ent.start - 2]
    if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head in tok.ancestors:
        return False  # ("The number in 2010 was 4,000": the figure's own subject)
    if any(c.dep_ in {"compound", "nmod"} for c in noun.children):
        return False  # ("party affiliation at the state level in 2015": no figure named by the noun)
    return noun.lemma_.lower() in _FIGURE_NOUNS and noun.pos_ == "NOUN" and noun not in tok.ancestors and noun != tok


def _dates_the_figure_before_the_change(ent: Span, tok: Token) -> bool:
    """ "Some 105,000 residents remained under evacuation orders, down from about 153,000 on Saturday": a time in
    the "down from" or "up from" phrase set after the figure dates the figure it came from, not this one."""
    for prep in ent.root.ancestors:
        if prep.dep_ == "prep" and prep.lower_ == "from" and prep.head.lower_ in {"down", "up"}:
            came_from = next((c for c in prep.children if c.dep_ == "pobj"), None)
            numeric = came_from is not None and _numeric(came_from)
            return numeric and tok.i < prep.i and tok not in prep.subtree
    return False


def _base_of_a_change(ent: Span, tok: Token) -> bool:
    """ "Prices rose 25.5% from November": a time after "from" on a verb of change told in the past is what the
    figure is measured against, not its own time (not "will rise 10% from January", a change starting then)."""
    prep = ent.root.head
    verb = prep.head
    based = ent.root.dep_ == "pobj" or (ent.root.dep_ == "pcomp" and ent.root.lower_ in {"earlier", "before"})
    if not based or prep.lower_ != "from" or prep.dep_ != "prep" or not _changes(verb):
        return False
    ahead = any(c.dep_ == "aux" and c.lower_ in _AHEAD_AUX for c in verb.children)
    if verb.pos_ != "VERB" or ahead or verb not in tok.ancestors:
        return False
    # "fell 39% in August from a year earlier to 2.8 million tonnes": nor the level it came to, written after it
    came_to = next((a for a in tok.ancestors if a.dep_ == "prep" and a.lower_ == "to"), None)
    if tok.i < ent.start or (came_to is not None and came_to.head in {prep, verb} and came_to.i >= ent.end):
        return True
    # "rose 25.5% in December from November, slightly below the 30% economists had forecast": nor a figure the
    # change is compared with after it (but "rose from 2019, when 300 died": the clause on the time is its own)
    return tok.i >= ent.end and ent.root not in tok.ancestors


def _season_of_a_noun(ent: Span) -> bool:
    """A season's name alone on the noun it says the kind of ("spring floods", "winter wheat", "the summer monsoon"):
    no time of the clause."""
    root = ent.root
    return (
        len(ent) == 1
        and root.lower_ in {"spring", "summer", "autumn", "fall", "winter"}
        and root.dep_ in {"compound", "amod", "nmod"}
        and root.head.pos_ == "NOUN"
        and root.head.i == root.i + 1
    )


def _modifies_another_noun(ent: Span, tok: Token) -> bool:
    """ "$34bn, the equivalent of 4% of the country's 2021 GDP": a year written on the noun a share
    is "of" dates that base, not the figures of the sentence ("In the 2012 election, X won 27%" and
    "2021 sales rose 5%" are dated by it)."""
    root = ent.root
    noun = root.head
    if root.dep_ not in {"nummod", "compound", "amod"} or noun.pos_ not in {"NOUN", "PROPN"} or noun == root:
        return False
    if noun in tok.ancestors:
        return False  # "the 2021 budget deficit of 5%": the figure is said of that noun
    prep = next((a for a in noun.ancestors if a.dep_ == "prep"), None)
    if prep is None or prep.lower_ != "of":
        return False
    base_of = prep.head  # "4% of …", "a third of …": a share whose base the noun is
    if base_of.like_num or unit_word(base_of.text) is not None or any(c.like_num for c in base_of.children):
        return True
    # "30% of jobs for relatives of veterans of the 1971 war": a past event naming who another noun is
    return noun.lemma_.lower() in _HISTORIC_EVENTS and base_of.pos_ == "NOUN" and base_of not in tok.ancestors


# Events a year names as a past one ("the 1971 war", "the 2004 tsunami"), when they say who or what another noun is.
_HISTORIC_EVENTS = frozenset({
    "war", "revolution", "uprising", "genocide", "tsunami", "earthquake", "quake", "coup", "famine", "massacre",
    "invasion", "independence", "conflict",
})  # fmt: skip


def _closes_the_words(span: Span, own: Token) -> bool:
    """Nothing of the clause `own` after `span` but a clause of circumstance: it closes the sentence, or the words a
    cue after them reports ("16 people were killed and 400 injured on Wednesday, the group said"; "… on Wednesday as
    police fired on protesters")."""
    verbs = (own, _clause(span.root))
    after = [c for v in verbs for c in v.children if c.dep_ == "advcl" and c.left_edge.i >= span.end]
    outside = {t.i for c in after for t in c.subtree}
    return all(
        t.is_punct or t.i in outside or (t != own and own not in t.ancestors)
        for t in span.doc[span.end : span.sent.end]
    )


def _value_before_the_change(when: Span, tok: Token) -> bool:
    """ "The court cut his share of the vote to 65% from 71% on Monday", "fixed the rate at 800 from 366.5 on
    Tuesday": the figure a change ran from is the value before it, which the time of the change does not date (a
    time inside its own phrase does: "from 400 in 2008")."""
    noun = tok.head if tok.dep_ in {"nummod", "compound", "quantmod"} and tok.head.dep_ == "pobj" else tok
    came_from = noun.head
    if noun.dep_ != "pobj" or came_from.lower_ != "from" or came_from.dep_ != "prep":
        return False
    ran_to = [
        p
        for p in came_from.head.children
        if p.dep_ == "prep" and p.lower_ in {"to", "at"} and any(c.dep_ == "pobj" and _numeric(c) for c in p.children)
    ]
    if not ran_to or when.root in came_from.subtree or tok.i < when.start < ran_to[0].i:
        return False  # ("from 400 in 2008 to 60": the parser hung the time on the verb)
    if when.start > tok.i and any(ran_to[0].i < e.start < came_from.i for e in date_entities(tok.sent)):
        return False  # "climbed to 31 in 2022 from about 9 in 2017": the figure before has its time, this one too
    # (only the time of the change itself, on its verb: "cut its forecast for the third quarter to $86 from $90"
    # dates both, the period the figures are for; "from 1,507.5 since 1997" is how long the old value held)
    on_verb = when.root.head if when.root.dep_ == "pobj" else when.root
    if on_verb.dep_ == "prep" and on_verb.lower_ not in {"on", "in", "at", "during"}:
        return False
    changed = came_from.head  # (or a verb above it: "devalued the peso on Tuesday, fixing the rate at 800 from 366.5")
    return on_verb.head in (changed, *changed.ancestors) and on_verb.dep_ in {"prep", "npadvmod", "advmod"}


def _from_figure(tok: Token) -> Token | None:
    """The figure a change ran from, when `tok` is the one it ran to ("cut polling places from 400 in 2008 to
    60")."""
    to = tok.head
    if tok.dep_ != "pobj" or to.lower_ != "to" or to.dep_ != "prep":
        return None
    for prep in to.head.children:
        if prep.dep_ == "prep" and prep.lower_ == "from" and prep.i < to.i:
            figure = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if figure is not None and _numeric(figure):
                return figure
    return None


def _numeric(noun: Token) -> bool:
    """Whether a noun is a figure or is counted by one ("400", "65 %", "4 million")."""
    return noun.like_num or any(c.like_num for c in noun.children)


_PERIOD_ON_PERIOD = re.compile(r"\b(year|month|quarter|week)[ -]on[ -]\1\b", re.IGNORECASE)


def _period_on_period(when: Span) -> bool:
    """A date entity that is a word of "year on year", "month-on-month": the basis of a comparison, no time."""
    doc = when.doc
    around = doc[max(0, when.start - 4) : min(len(doc), when.end + 4)]
    found = _PERIOD_ON_PERIOD.search(around.text)
    return (
        found is not None
        and len(when) <= 3
        and when.text.lower().strip() in {found.group(0).lower(), found.group(1).lower()}
    )


# Verbs of an attempt a count of people may have died in ("died trying to cross …").
_ATTEMPTS = frozenset({"try", "attempt"})


def _refers_to(
    tok: Token, published: date | None, *, before_only: bool = False
) -> tuple[date, str, str] | tuple[None, None, None]:
    """The time a figure applies to: the nearest date expression in the figure's clause or in a
    clause above it ("On Tuesday the agency said that 459 died"), not in a sibling clause ("...,
    while 4,000 crossed on Sunday"). A vague nearest one ("in ten days") means no date."""
    own = _clause(tok)
    if _size_of_a_place_set_beside(tok, own):
        return None, None, None  # "Goma, a city of about 2 million people, was occupied in 2012": its size now
    chain = {own.i}
    node = own
    earlier: Token | None = None  # "after protests left 72 dead": the phrase; a time outside it is another event's
    owner_time: Token | None = None  # "last month's attack, in which 26 were killed": the event's own time
    while node.head != node:
        if node.dep_ == "conj" and is_cue(node) and any(c.dep_ == "nsubj" for c in node.children):
            break  # "X announced a truce on Tuesday, but a rights group said …": the group's report, not dated so
        if node.dep_ == "relcl" and _told_in_the_present(node) and not _dated_by_what_it_describes(node):
            break  # "The company, which employs about 800 people, was fined in 2021": it employs them now
        if (
            node.dep_ == "advcl"
            and _told_in_the_present(node)
            and _tense(node.head) in _NOT_PRESENT
            and not any(c.dep_ == "mark" and c.lower_ in {"while", "whereas", "when"} for c in node.children)
        ):
            # "will raise tariffs from February, as the island tries to meet the terms of a $2.9 billion bailout": what
            # stands now, not what the time of the clause above it dates (but "…, the agency said on Sunday, while
            # 9,000 people are still missing": where things stood when it said so)
            break
        if node.dep_ == "relcl" and node.lemma_.lower() in ESTIMATE_VERBS:
            break  # "to cut the deficit, which he put at 5.5% of GDP, to zero next year": his estimate, not next year's
        owner_time = _time_owning(node.head) if node.dep_ == "relcl" else None
        if owner_time is not None:
            break
        earlier = earlier or _before_or_after_phrase(node)
        # ("said inflation had fallen to 13.6% in August, and that the government had collected 1.2 trillion birr":
        # a second "that" clause is words of their own, not dated by the clause it is joined to)
        another = node.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children)
        node = node.head
        if node.pos_ in {"VERB", "AUX"} and not another:
            chain.add(node.i)
    chain |= {c.i for c in own.children if c.dep_ == "xcomp"}  # "900 boats tried to land last month"
    chain |= {c.i for c in own.children if c.dep_ == "advcl" and _since_clause(c)}  # "since the war began in 2022"
    # "78 people died when a boat sank early Wednesday": the time of what they died in
    # (also a clause joined to it, which the parser may give the "when": "when a boat capsized and sank")
    verbs = [[c, *(j for j in c.children if j.dep_ == "conj")] for c in own.children if c.dep_ == "advcl"]
    chain |= {v.i for vs in verbs if any(m.lower_ == "when" and m.i < v.i for v in vs for m in v.children) for v in vs}
    # "the previous record of 4.76 metres set in 1941": a participle on the noun phrase holding the
    # figure dates it, ahead of the clause's own date
    described = {
        c.i
        for node in [tok, *tok.ancestors]
        if node.i != own.i and own in node.ancestors
        for c in node.children
        # (also the infinitive the parser made a noun's complement: "4,000 attempts to cross the border in October")
        if (c.dep_ in {"acl", "relcl"} or (c.dep_ == "xcomp" and node.pos_ == "NOUN"))
        and c.pos_ == "VERB"
        and not _history_of_counted(c, tok)
        # (not a part's clause: "owes $51 billion, of which $28 billion must be repaid by 2027": the part's time)
        and not partitive(c)
    }
    chain |= described
    # "29,092 were killed and 69,028 wounded since Oct. 7": a time closing the sentence after a coordinated
    # clause with a figure of its own, parallel to this one, holds for this one too (not "spent $500,000 on
    # ads and debated him on Saturday")
    joined = {
        c.i
        for c in own.children
        if c.dep_ == "conj"
        and c.pos_ in {"VERB", "AUX"}
        and c.i > tok.i
        and any(t.like_num and t.ent_type_ not in {"DATE", "TIME"} for t in c.subtree)
    }
    # ("16 people were killed and 400 injured on Wednesday": the parser joins the second figure to the verb, its
    # participle hung on it)
    joined |= {
        a.i
        for c in own.children
        if c.dep_ == "conj" and c.pos_ == "NUM" and c.i > tok.i
        for a in c.children
        if a.dep_ == "acl" and a.tag_ == own.tag_
    }
    # "were killed or injured in the first three months": a verb joined right after the figure's own shares it (and
    # is no parallel clause, whatever figure it holds: "died or went missing last year, up from 1,417 in 2022")
    shared = {
        c.i
        for c in own.children
        if c.dep_ == "conj"
        and c.i == own.i + 2
        and own.doc[own.i + 1].dep_ == "cc"
        and c.tag_ == own.tag_
        and not any(g.dep_.startswith("nsubj") for g in c.children)
    }
    joined -= shared
    chain |= joined | shared
    # "1,200 people have died or gone missing trying to cross the Mediterranean since January", "5,054 people died
    # trying to reach Spain in the first five months of the year": the time of the attempt they died in
    acting = [own, *(c for c in own.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"})]
    attempts = [c for v in acting for c in v.children if c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in _ATTEMPTS]
    chain |= {t.i for a in attempts for t in (a, *a.children) if t is a or t.dep_ == "xcomp"}
    compared = _comparison_holding(tok)
    sibling = _coordinated_before(own)
    came_from = _from_figure(tok)  # "from 505,430 in 2000 to 5.2 million": 2000 dates the first figure only
    own_time = _relative_clause_of_another_time(tok)
    dates = [
        e
        for e in date_entities(tok.sent)
        if not (e.start <= tok.i < e.end)
        and _clause(e.root).i in chain
        and not (sibling is not None and _clause(e.root) == sibling[0] and e.start >= sibling[1])
        # "last year's 150", "last year's record of 248,000" date their own figure only
        and (not _possessive(e) or 0 <= tok.i - e.end <= 1 or _possessed_figure(e, tok) or _subjects_time(e, own))
        and not _modifies_another_noun(e, tok)
        and not _season_of_a_noun(e)  # "spring floods forced 118,000 from their homes in April": in April
        and not _DURATION_MODIFIER.match(e.text)  # "10-year gilts", "a 30-year high": a length, not a time
        and not _FREQUENCY.fullmatch(e.text)  # "Annual inflation was 8.6% as of Oct. 21": as of Oct. 21
        and not _period_on_period(e)  # "rose 190% year on year in February": a comparison, not the time
        and not _names_debt(e.root)  # "Ecuador's 2030 dollar bond lost 2.5 cents": not said of 2030
        and not (_since_a_record(e) and not (tok.i >= e.end and _when_clause(e)))  # (the "when" clause is dated)
        and not _in_comparison_without(e.root, tok)
        and not _after_the_base_of_a_comparison(e, tok)
        and not _dates_the_extreme_before(e, tok)
        and not _frames_a_superlative(e, tok)
        and not _dates_a_figure_compared(e, tok)
        and not _dates_the_figure_before_the_change(e, tok)
        and not _base_of_a_change(e, tok)
        and not _value_before_the_change(e, tok)
        and not (compared is not None and e.root not in compared.subtree)
        and not _in_the_phrase_joined_before(e, tok)
        and not _deadline_of_an_act_ahead(e, own)
        and not (before_only and e.start > tok.i)
        and not (_clause(e.root).i in joined and not _closes_the_words(e, own))
        # "the vote will be held on March 5, after protests left 72 dead": not the deaths' date (but "after a
        # defeat in 2008, when she said 18 million …": the phrase's own)
        and not (earlier is not None and e.root not in earlier.subtree)
        and not (came_from is not None and came_from.i < e.start < tok.i)
        and not (own_time is not None and e.root not in own_time.subtree)
        and not _date_the_figure_was_joined_to(e, tok)
        and not _in_a_phrase_of_another_time(e, tok)
    ]
    # (the tagger may take the figure into the phrase: "up from [40 a day earlier]")
    spans = dates + [tok.doc[tok.i + 1 : e.end] for e in date_entities(tok.sent) if e.start == tok.i]
    shifted = next((found for e in spans if (found := _shifted(e, tok, published)) is not None), None)
    if shifted is not None:
        return shifted[0], shifted[1], "at"  # "from 5.4 million tonnes a year earlier"
    if not dates and (begun := _begun_on(own)) is not None and (period := resolve_period(begun.text, published)):
        return period[0], period[1], "since"  # "The fighting, which erupted on April 15, has killed 459"
    if not dates and owner_time is not None:
        owned = next((e for e in date_entities(tok.sent) if e.start <= owner_time.i < e.end), None)
        period = resolve_period(owned.text, published) if owned is not None else None
        if period is not None:
            return period[0], period[1], "at"  # "last month's attack on tourists in which 26 men were killed"
    if not dates:
        return None, None, None
    own_clause = {own.i} | {c.i for c in own.children if c.dep_ == "xcomp"} | described
    dated_elsewhere = any(not is_cue(_clause(e.root)) and resolve_period(e.text, published) for e in dates)
    nearest = min(  # the figure's own clause first ("pledged on Monday to settle 5,000 by 2030"), then the date
        # written right after it ("slowed to 20.6% in January from 25.5% in December"), then the nearest
        dates,
        key=lambda e: (
            _clause(e.root).i not in described,  # "double the 7.6% rise recorded in September"
            _clause(e.root).i not in own_clause,
            not _right_after(tok, e),
            # ("killing 800 people and injuring more than 2,500, the government said on Monday": the quake's day
            # above the clause, not the day of the words that report it, however near the figure that is written)
            _clause(e.root) != own and is_cue(_clause(e.root)) and dated_elsewhere,
            min(abs(e.start - tok.i), abs(e.end - 1 - tok.i)),
        ),
    )
    period = resolve_period(nearest.text, published)
    if period is None and (whose := _date_of_the_span(nearest)) is not None:
        period = resolve_period(whose.text, published)  # "the same period" + "of 2022", tagged apart
    if period is not None and names_the_same_span(nearest.text) and not _right_after(tok, nearest):
        # "won less in October than they did the same month last year, with revenue dipping to $191.6 million":
        # the earlier year dates only the figure it is written right after ("29,000 in the same period of 2021")
        return None, None, None
    if period is None or (ends_this_period(nearest.text) and not _ahead_or_modal(tok)):
        return None, None, None  # "By the end of the year, he had climbed to 35%": which year is not said
    relation = _relation(nearest)
    if relation == "since" and tok.i >= nearest.end and _when_clause(nearest):
        relation = "at"  # "the deadliest since 1992, when a plane hit a hillside, killing all 167": in 1992
    if relation == "since" and _on_the_event_dated(tok, nearest):
        relation = "at"  # "the strongest since Cyclone Nargis in 2008, which killed nearly 140,000": in 2008
    when, precision = period
    own_modal = _falls_due(nearest.root) or (
        _clause(nearest.root) == own
        and (
            any(c.dep_ == "aux" and c.lower_ in _AHEAD_AUX for c in own.children)
            # "the board is expected to approve a tranche of $360 million in December": an infinitive of intent
            or (own.dep_ == "xcomp" and own.tag_ == "VB" and own.head.lemma_.lower() in _AHEAD_VERBS)
            or _in_an_intent(tok)  # "plans to start unwinding 2.2 million bpd of cuts from October"
            # "a 50% chance of a rate cut in June", "a $2 billion bond due in June"
            or _in_a_prospect(nearest.root, own)
        )
    )  # ("inflation, which hit 18.7% in March", under "the bank expected": March past)
    if (
        precision == "month"
        and published is not None
        and not re.search(r"\b\d{4}\b", nearest.text)
        and re.search(r"\b(?:last|this|next|past)\b", nearest.text, re.I) is None
        and ((relation == "by" and _looks_ahead(tok)) or (relation == "at" and own_modal))
    ):
        # "aims to reach 3.1 million people by May", "output in December could fall by 20%": the coming
        # month, not the last one
        year = published.year if when.month >= published.month else published.year + 1
        when = date(year, when.month, 1)
    if (
        precision == "quarter"
        and published is not None
        and own_modal
        and not re.search(r"\b\d{4}\b", nearest.text)
        and when < date(published.year, (published.month - 1) // 3 * 3 + 1, 1)
    ):
        # "cut its Brent forecast for the third quarter to $86": the coming third quarter (a quarter named with no
        # year is otherwise the last one begun)
        when = when.replace(year=when.year + 1)
    if (
        precision == "day"
        and published is not None
        and when < published
        and relation == "by"
        and _BARE_WEEKDAY.match(nearest.text)
        and _ahead_or_modal(tok)
    ):
        when += timedelta(days=7)  # "20,000 homes will have power by Tuesday": the coming Tuesday
    if relation == "by" and _counted_by_then(nearest, tok) and (published is None or when <= published):
        relation = "at"  # "8,000 had crossed by Sunday morning": the count as it stood then, not a target
    past = _clause(nearest.root).tag_ == "VBD" and not own_modal and relation == "at" and precision == "day"
    if past and published is not None and when > published and not re.search(r"\b\d{4}\b", nearest.text):
        # "The war began on Oct. 7 when … killing some 1,200" in a September article: a day told in the past tense
        # is one already past (last year's), not one in the coming month
        when = safe_date(when.year - 1, when.month, when.day) or when
    if relation == "since" and published is not None and when > published and not re.search(r"\b\d{4}\b", nearest.text):
        # "31,819 killed since Oct. 7" in a March article: a count runs from a day already past (last year's)
        when = safe_date(when.year - 1, when.month, when.day) or when
    return when, precision, relation


# "… from 32.9% in the first": an ordinal standing for the period named before it in the sentence.
_ELIDED_PERIOD_AFTER = re.compile(
    r"\s+in\s+the\s+(?P<ord>first|second|third|fourth)(?=\s*(?:[,.;:)]|$|\b(?:and|but|while|from|to|when)\b))", re.I
)
_PERIOD_WITH_ORDINAL = re.compile(
    r"\b(?P<ord>first|second|third|fourth)\s+(?P<noun>quarter|half)"
    r"(?P<of>\s+of\s+(?:\d{4}|(?:the\s+)?(?:this|last|previous)\s+year|the\s+year))?",
    re.I,
)


def _elided_period(text: str, end: int, sentence_start: int, published: date | None) -> tuple[date, str, str] | None:
    """ "rose to 33.2% in the second quarter from 32.9% in the first", "38.1% in the second half of 2024, from 52.9%
    in the first": the figure written right before "in the first" (no noun after it) is of the period of that rank
    named before it in the sentence, in that period's year ("the first quarter", "the first half of 2024")."""
    elided = _ELIDED_PERIOD_AFTER.match(text, end)
    named = list(_PERIOD_WITH_ORDINAL.finditer(text, sentence_start, end))
    if elided is None or not named:
        return None
    expression = f"the {named[-1][0]}"
    period = resolve_period(expression, published)
    if period is None:
        return None
    rank = QUARTER_NUMBERS[elided["ord"].lower()]
    month = (rank - 1) * 3 + 1 if named[-1]["noun"].lower() == "quarter" else (rank - 1) * 6 + 1
    if month > 12:
        return None  # ("the third half": no such period)
    # ("grew 1.2% in the first quarter, up from 0.8% in the fourth": a later rank compared back is last year's)
    back = _COMPARED_BACK.search(text, named[-1].end(), end) is not None
    year = period[0].year - (1 if back and rank > QUARTER_NUMBERS[named[-1]["ord"].lower()] else 0)
    return period[0].replace(year=year, month=month), period[1], period_relation(expression) or "at"


_COMPARED_BACK = re.compile(r"\b(?:from|than|compared\s+(?:with|to)|versus|after)\b", re.I)


_BARE_WEEKDAY = re.compile(r"(?i)^(?:by |on )?(?:" + "|".join(WEEKDAYS) + r")$")


# Verbs saying something began: a count in the perfect on what began runs from that date.
_BEGINNING_VERBS = frozenset({"begin", "start", "erupt", "launch", "ignite", "flare"})


def _begun_on(verb: Token) -> Span | None:
    """ "The fighting, which erupted on April 15, has killed at least 459 people": the date in a relative
    clause saying when the subject of a clause in the perfect began (or of the clause a coordinated verb
    shares: "… and wounded more than 4,000")."""
    while (
        verb.dep_ == "conj"
        and verb.head.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    ):
        verb = verb.head
    if not any(c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    for clause in (c for c in (subj.children if subj is not None else []) if c.dep_ == "relcl"):
        began = clause.lemma_.lower() in _BEGINNING_VERBS or (
            clause.lemma_.lower() == "break" and any(c.lower_ == "out" for c in clause.children)
        )
        if began:
            return next((e for e in date_entities(verb.sent) if e.root in clause.subtree), None)
    return None


def _tense(verb: Token) -> str:
    """The tag that carries a clause's tense: its first auxiliary's ("has killed": VBZ), else the verb's."""
    aux = [c.tag_ for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    return aux[0] if aux else verb.tag_


# Kinds of place a size is given of in apposition ("Goma, a city of about 2 million people"): general English.
_SIZED_PLACES = frozenset({
    "city", "town", "village", "country", "nation", "region", "province", "state", "island", "district", "capital",
    "metropolis", "enclave", "territory", "camp", "settlement", "county", "municipality", "archipelago", "port",
})  # fmt: skip


def _size_of_a_place_set_beside(tok: Token, own: Token) -> bool:
    """A figure giving the size of a kind of place set beside a name ("Goma, a city of about 2 million people,
    was occupied by rebels in 2012") or named by it ("The island of 22 million people is in its worst crisis since
    1948"), or of the set a name is one of: a standing fact, which the time of the clause it sits in does not
    date."""
    path = []
    for node in tok.ancestors:
        if node == own:
            break
        path.append(node)
    # (or the set a name is one of: "Kanlaon, one of 24 active volcanoes in the Philippines, last erupted in 1996")
    return any(
        (
            ((node.dep_ == "appos" or node.dep_.startswith("nsubj")) and node.lemma_.lower() in _SIZED_PLACES)
            or (node.dep_ == "appos" and node.lower_ == "one")
        )
        and k > 0
        and path[k - 1].lower_ == "of"
        for k, node in enumerate(path)
    )


_NOT_PRESENT = frozenset({"VBD", "VBN", "MD"})  # a past tense, or a modal ("will raise", "would cut")


def _told_in_the_present(verb: Token) -> bool:
    """ "employs", "is home to", "has killed": a verb (or its first auxiliary) in the present tense."""
    return _tense(verb) in {"VBZ", "VBP"}


def _base_of_a_multiple(first: Token) -> str | None:
    """What a figure set after a multiple counts ("850, three times last year's total of 281", "three times last
    year's 281"): the subject of the clause the multiple hangs on, else None."""
    node = first
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in _COUNT_NOUNS | {"toll"}:
        node = node.head.head  # "last year's total of 281"
    times = node.head
    if node.dep_ != "appos" or times.lower_ not in {"times", "fold"} or times.head.pos_ not in {"VERB", "AUX"}:
        return None
    subj = next((c for c in times.head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "NOUN"), None)
    return _counted(subj) if subj is not None else None


def _date_the_figure_was_joined_to(date: Span, tok: Token) -> bool:
    """ "could supply 2 million doses by the end of the year and 10 million by the end of 2025": the parser can join
    the second figure to the first figure's date as its conjunct; that date is not the second figure's."""
    node = tok
    while node.dep_ in {"nummod", "compound", "quantmod"} and node.head != node:
        node = node.head
    if node.dep_ != "conj" or node.head != date.root:
        return False
    return any(t.ent_type_ == "DATE" for t in node.doc[node.i : node.sent.end])  # (its own date follows)


def _relative_clause_of_another_time(tok: Token) -> Token | None:
    """ "far below the 500 a day that entered before the war": a relative clause on a figure compared with the
    clause's own (or on its rate) that places it before, after or during an event has the figure's time; the dates of
    the clause above are not its dates."""
    head = tok.head if tok.dep_ == "nummod" else tok
    if head.dep_ != "pobj" or head.head.lower_ not in {"below", "above", "than", "from", "over", "under", "with"}:
        return None  # (a figure compared with the clause's own: not "40 people who fled before the war returned")
    phrase = [tok, head, *(c for c in tok.children if c.dep_ == "npadvmod")]
    for node in phrase:
        for relcl in (c for c in node.children if c.dep_ == "relcl"):
            if any(c.dep_ == "prep" and c.lower_ in {"before", "after", "during"} for c in relcl.children):
                return relcl
    return None


def _dated_by_what_it_describes(relcl: Token) -> bool:
    """A relative clause on a time ("on Tuesday, when the bank is to pay $354 million") or telling what a
    report shows ("data released Monday that shows a third …"): the time above is its time."""
    return relcl.lemma_.lower() in FINDING_VERBS or any(c.lower_ == "when" for c in relcl.children)


def _counted_by_then(when: Span, tok: Token) -> bool:
    """ "by" a time in a clause told in the past ("had crossed by Sunday", "was restored by noon"), not
    hedged or looking ahead: how far things had got at that time."""
    if not _opened_by(when, {"by"}):
        return False
    return _tense(_clause(tok)) == "VBD" and not _ahead_or_modal(tok)


def _opened_by(date: Span, words: Set[str]) -> bool:
    """The date begins with one of the words, or comes right after one ("by Sunday", "until March")."""
    return date[0].lower_ in words or (date.start > 0 and date.doc[date.start - 1].lower_ in words)


def _in_a_phrase_of_another_time(date_span: Span, tok: Token) -> bool:
    """ "had forecast growth of 6.0%, after a 4.4% rise in August": a date inside an "after" phrase written after the
    figure, not holding it but a figure of its own, dates what the phrase tells (the rise before), not the figure (but
    "detained 20 people after clashes on Tuesday night": then; "to spend $900 million before the November elections":
    the deadline)."""
    phrase = next((a for a in date_span.root.ancestors if a.dep_ == "prep" and a.lower_ == "after"), None)
    if phrase is None or tok in phrase.subtree or tok.i > phrase.i:
        return False
    return any(t.like_num and t.ent_type_ not in {"DATE", "TIME"} for t in phrase.subtree)


def _before_or_after_phrase(node: Token) -> Token | None:
    """The head of a clause or phrase telling what happened before or after the one it hangs on ("after
    protests left 72 dead", "before leaving 40 injured", "after riots that left 31 dead"), if `node` heads
    one: the time of the clause above is not its time."""
    if node.dep_ == "advcl":
        marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
        return node if marks & {"after", "before", "until", "till"} else None
    if node.dep_ in {"acl", "relcl"} and node.head.dep_ == "pobj":
        node = node.head  # "after riots left …" read as a participle on "riots"
    return node if node.dep_ in {"pcomp", "pobj"} and node.head.lower_ in {"after", "before"} else None


def _history_of_counted(clause: Token, tok: Token) -> bool:
    """ "1 million Rohingya refugees who fled Myanmar in 2017", "300 families, which moved out in May": a
    relative clause on what the figure counts tells what they did then, not when the count holds."""
    noun = clause.head
    counts_it = tok.dep_ in {"nummod", "compound", "quantmod"} and noun in (tok.head, tok.head.head)
    counts_it = counts_it and tok.ent_type_ not in {"PERCENT", "MONEY", "QUANTITY"}  # ("the 7.6% rise that was …")
    relative = any(g.dep_ in {"nsubj", "nsubjpass"} and g.lower_ in {"who", "which", "that"} for g in clause.children)
    return clause.dep_ == "relcl" and counts_it and relative


_PRESENT_WORDS = frozenset({"now", "currently", "today"})


def _coordinated_before(verb: Token) -> tuple[Token, int] | None:
    """The clause a clause with a subject of its own and a "now" is coordinated after, and where that
    clause's subject begins: a date after it there is that clause's ("Lenders have pulled deals since
    May, and the average rate now stands at 6.85%"); one before it opens the sentence for both."""
    if verb.dep_ != "conj" or not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return None
    if not any(c.dep_ == "advmod" and c.lower_ in _PRESENT_WORDS for c in verb.children):
        return None  # "X rose 2% on Monday and Y stood at 5,000": a day both clauses share
    head = verb.head
    subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    return head, (min(t.i for t in subject.subtree) if subject is not None else head.i)


def _ahead_or_modal(tok: Token) -> bool:
    """The figure's clause looks ahead, or is hedged by a modal ("famine could strike two districts by …")."""
    return _looks_ahead(tok) or any(c.tag_ == "MD" for c in _clause(tok).children)


# A time given by its distance from another: "a year earlier", "two months before", "a year ago".
_SHIFT = re.compile(
    r"^(?P<n>a|an|one|two|three|four|five|six|\d{1,2}) (?P<span>year|month|week|day)s? (?P<dir>earlier|before|ago)$",
    re.I,
)


def _shifted(when: Span, tok: Token, published: date | None) -> tuple[date, str] | None:
    """The period a figure written right before "a year earlier" (or "… ago") describes: the
    period of the sentence's other date (or, for "ago", of publication) moved back that far, at the
    other date's precision ("2.1m tonnes in March, from 5.4m a year earlier": March of the year before)."""
    match = _SHIFT.match(when.text)
    if match is None or not _written_right_after(tok, when):
        return None
    n = SMALL.get(match["n"].lower(), 1) if not match["n"].isdigit() else int(match["n"])
    span = match["span"].lower()
    days = n * (7 if span == "week" else 1) if span in {"week", "day"} else 0
    months = n * (12 if span == "year" else 1) if not days else 0
    if match["dir"].lower() == "ago":
        if published is None:
            return None
        base: tuple[date, str] | None = (published, "day") if days else (published.replace(day=1), "month")
    else:
        others = [e for e in date_entities(when.sent) if e.end <= when.start and e != when]
        base = next((p for e in reversed(others) if (p := resolve_period(e.text, published)) is not None), None)
    if base is None or (base[1] == "year" and months % 12) or (days and base[1] != "day"):
        return None
    first, precision = base
    if days:
        return first - timedelta(days=days), precision
    index = first.year * 12 + first.month - 1 - months
    return first.replace(year=index // 12, month=index % 12 + 1, day=1 if precision != "day" else first.day), precision


def _written_right_after(tok: Token, when: Span) -> bool:
    """Nothing but the figure's own words (scale, unit) between the figure and `when`."""
    between = tok.doc[tok.i + 1 : when.start]
    return len(between) <= 4 and all(_part_of_figure(t) for t in between)


def _part_of_figure(t: Token) -> bool:
    """A word of the figure itself: a number, a scale, punctuation or a unit-like noun (not a month)."""
    unit_like = t.pos_ in {"NOUN", "SYM"} and t.lower_ not in MONTHS
    # ("6 per 100,000"; "2,000 a day": the article of a rate's base)
    rate = t.lower_ in {"a", "an"} and t.i + 1 < len(t.doc) and t.doc[t.i + 1].pos_ == "NOUN"
    return t.like_num or t.lower_ in SCALES or t.is_punct or unit_like or t.lower_ == "per" or rate


# Verbs of intent and forecast: a deadline under them lies ahead of the article ("aims to … by May").
_AHEAD_VERBS = frozenset({
    "aim", "plan", "expect", "hope", "target", "intend", "seek", "want", "pledge", "promise", "vow", "forecast",
    "project", "predict", "need", "commit", "set",
})  # fmt: skip


# Auxiliaries of a clause about the future ("will", "could" …); "would" too when it is the figure's own
# clause ("output in December would fall"), not a clause above it.
_FUTURE_AUX = frozenset({"will", "'ll", "’ll", "shall", "could", "may", "might"})
_AHEAD_AUX = _FUTURE_AUX | {"would"}


def _looks_ahead(tok: Token) -> bool:
    """The figure's clause speaks of the future: "will"/"would"/"'ll", a verb of intent above it, or a noun of
    intent whose infinitive it is in ("plans to start unwinding 2.2 million bpd of cuts from October")."""
    for verb in [t for t in [_clause(tok), *tok.ancestors] if t.pos_ in {"VERB", "AUX"}]:
        if verb.lemma_.lower() in _AHEAD_VERBS:
            return True
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in verb.children):
            return True  # ("could face acute hunger by September": the coming September)
        if _condition_of_what_would_follow(verb):
            return True  # ("would have to cut rations unless it receives $150 million by August")
    return _in_an_intent(tok)


def _condition_of_what_would_follow(verb: Token) -> bool:
    """A condition in the present tense on a clause of what will or would follow ("will cut rations unless it
    receives $150 million by August"): it lies ahead."""
    opened = any(c.dep_ == "mark" and c.lower_ in {"unless", "if", "until"} for c in verb.children)
    if not opened or verb.dep_ != "advcl" or verb.tag_ not in {"VBZ", "VBP"}:
        return False
    head = verb.head
    heads = [head, head.head] if head.dep_ == "xcomp" else [head]  # ("would have to cut …")
    return any(c.dep_ == "aux" and c.lower_ in _AHEAD_AUX for h in heads for c in h.children)


# Nouns of what may yet happen, and the adjective of what falls due: a time under them lies ahead.
_PROSPECT_NOUNS = frozenset(
    {"chance", "odds", "probability", "likelihood", "prospect", "risk", "forecast", "outlook", "projection"}
)


# Verbs of falling due, which in the present tense tell of a date to come ("a bond that matures in July").
_FALLING_DUE = frozenset({"mature", "expire"})


def _falls_due(when: Token) -> bool:
    """The date is when something falls due, told in the present ("a $1 billion bond that matures in July")."""
    verb = next((a for a in when.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and verb.lemma_.lower() in _FALLING_DUE and verb.tag_ in {"VBZ", "VBP"}


def _in_a_prospect(when: Token, clause: Token) -> bool:
    """The date hangs, below the figure's clause, on a noun of what may yet happen or on "due" ("a 50% chance of a
    rate cut in June", "a $2 billion Eurobond due in June"): the coming month."""
    prep = when.head
    before = when.doc[prep.i - 1] if prep.i > 0 else None
    forecast = before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in _PROSPECT_NOUNS
    if prep.dep_ == "prep" and prep.lower_ == "for" and forecast:
        return True  # "cut its forecast for the third quarter to $86": the parser hung "for" on the verb
    for node in when.ancestors:
        if node == clause:
            return False
        if node.lower_ == "due" and node.pos_ == "ADJ":
            return True
        if node.pos_ == "NOUN" and node.lemma_.lower() in _PROSPECT_NOUNS:
            return True
    return False


def _in_an_intent(tok: Token) -> bool:
    """The figure is in the infinitive of a noun of intent ("plans to start unwinding 2.2 million bpd")."""
    node = tok
    for above in tok.ancestors:
        to_do = node.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        if to_do and above.pos_ == "NOUN" and above.lemma_.lower() in _AHEAD_NOUNS:
            return True
        node = above
    return False


# Nouns of intent whose infinitive lies ahead ("plans to cut", "a pledge to spend", "a target to reach").
_AHEAD_NOUNS = frozenset({"plan", "target", "goal", "pledge", "promise", "aim", "bid", "proposal", "intention"})


def _right_after(tok: Token, when: Span) -> bool:
    """A date introduced right after the figure and its unit ("25.5% in December", "4.5% this year")."""
    doc, k = tok.doc, tok.i + 1
    while k < when.start and k < tok.i + 4 and _part_of_figure(doc[k]):
        k += 1
    if k == when.start:
        return doc[k].lower_ in {"this", "last", "next", "that"}  # "from 4.5% this year"
    return k == when.start - 1 and doc[k].lower_ in {"in", "on", "during", "at"}


def _deadline_of_an_act_ahead(date: Span, own: Token) -> bool:
    """A time something is to be done by ("ordered 20,000 residents to leave by Friday noon as a wildfire crept to
    within 15 km"), in an infinitive other than the figure's own clause told in the past: that clause's time is not
    the deadline."""
    clause = _clause(date.root)
    return _opened_by(date, _TARGET_WORDS) and clause != own and _tense(clause) == "TO" and _tense(own) == "VBD"


def _in_the_phrase_joined_before(date: Span, tok: Token) -> bool:
    """The date is in the preposition's phrase the figure's own preposition is joined to ("up from 12.8% in November
    but below the 30% expected": November dates the 12.8% only)."""
    joined = next((a for a in tok.ancestors if a.dep_ == "conj" and a.pos_ == "ADP"), None)
    return joined is not None and date.root in joined.head.subtree and date.root not in joined.subtree


def _comparison_holding(tok: Token) -> Token | None:
    """The phrase giving an earlier figure that `tok` is in ("up from 30", "compared with 500 a day
    before the war"): a date outside it is the other figure's. (A comparison of its own time,
    "51%, compared with 44% for the rival", is not one.)"""
    for node in tok.ancestors:
        if node.dep_ == "conj" and node.pos_ == "ADP":
            return None  # "up from 12.8% in November but below the 30% expected": a level of its own, joined to it
        if node.dep_ != "prep":
            pass
        elif node.lower_ == "from" and node.head.lower_ in {"up", "down"}:
            return node
        elif node.lower_ in {"with", "to"} and node.head.lower_ == "compared":
            earlier = any(t.ent_type_ == "DATE" or t.lower_ in _EARLIER_WORDS for t in node.subtree)
            return node if earlier else None
        if node.pos_ in {"VERB", "AUX"} and node.lower_ != "compared":
            return None
    return None


# A figure standing where the subject would be: "1.3bn", "40k", "2.5 million".
_FIGURE_WORDS = re.compile(r"[\d.,]+\s*(?:bn|mn|m|k|tn|b|million|billion|trillion|thousand)?", re.I)
# Past participles the tagger reads as a noun right after a figure's unit ("85,508 MW set last August").
_MISREAD_PARTICIPLES = frozenset({"set", "recorded", "reported", "seen", "posted", "registered", "logged", "measured"})
# A share written in words, with what bounds it ("less than half", "a third", "nearly two-thirds").
_SHARE_WORDS = re.compile(
    r"(?:(?:less|more|fewer) than |about |nearly |almost |over |under |just )?(?:a |one |two |three |four )?"
    r"(?:half|thirds?|quarters?|fifths?|tenths?)",
    re.I,
)
_EARLIER_WORDS = frozenset({"before", "earlier", "ago", "previous", "previously", "last", "prior"})


def _after_the_base_of_a_comparison(when: Span, tok: Token) -> bool:
    """ "135,000 had been infected, about four times as many as at this point last year": a time after the "as" (or
    "than") that opens what a figure written before it is compared with, and no verb between, dates that base (the
    parser may hang it on the figure's verb)."""
    doc = when.doc
    if when.start <= tok.i:
        return False
    # (only after the last verb before the time: none between)
    last_verb = max((v.i for v in doc[tok.i + 1 : when.start] if v.pos_ in {"VERB", "AUX"}), default=tok.i)
    return any(
        t.lower_ in {"as", "than"}
        # (or any comparative before "than": "the rains were 50% heavier than last year")
        and (doc[t.i - 1].lower_ in _COMPARED_AMOUNTS or (t.lower_ == "than" and doc[t.i - 1].tag_ in {"JJR", "RBR"}))
        # (not a figure's own qualifier: "wounded more than 40 on Saturday", "as many as 400")
        and not (doc[t.i + 1].like_num or doc[t.i + 1].tag_ == "$")
        for t in doc[last_verb + 1 : when.start]
    )


# Words for an amount right before the "as"/"than" that opens what it is compared with ("as many as", "more than").
_COMPARED_AMOUNTS = frozenset({
    "many", "much", "more", "fewer", "less", "higher", "lower", "larger", "smaller", "greater", "high", "large",
})  # fmt: skip


def _in_comparison_without(when: Token, tok: Token) -> bool:
    """ "costs 420 rupees, up from 177 rupees in January": a date inside the phrase giving the
    earlier figure dates that figure, not the one it is compared with."""
    for node in [when, *when.ancestors]:
        if (
            node.dep_ == "prep"
            and node.lower_ in {"above", "below", "beyond"}
            and tok not in node.subtree
            and any(c.dep_ == "pobj" and c.lemma_.lower() in _LEVELS_COMPARED for c in node.children)
        ):
            return True  # "rose to more than 7 metres, above the level of the 1997 floods": the level compared with
        if node.dep_ == "prep" and node.lower_ in {"from", "than", "with", "on", "over"} and tok not in node.subtree:
            # "down 46% on a year earlier", "up 3% over the previous quarter": the time compared with
            base = node.lower_ in {"on", "over"}  # ("on May 5" is a date, not a figure compared with)
            day = any(
                c.dep_ == "pobj" and (c.lower_.rstrip(".") in MONTHS or c.lower_ in WEEKDAYS) for c in node.children
            )
            if base and day:
                return False  # "since the invasion on February 24 last year": a day, whatever year it is of
            changed = base or (node.lower_ == "from" and _changes(node.head))
            if any((t.like_num and not base) or (changed and t.lower_ in _EARLIER_WORDS) for t in node.subtree):
                return True
            if not base:
                return False
            # (else a day the earlier figure's phrase may hold above it: "42 are missing, down from 50 on Wednesday")
        if node.pos_ in {"VERB", "AUX"}:
            return False
    return False


_QUAKE_NOUNS = frozenset({"earthquake", "quake", "tremor", "aftershock", "temblor"})


def _quake_before(tok: Token) -> str | None:
    """The quake a magnitude is of: the last one named in the figure's sentence or the one before it."""
    doc = tok.doc
    start = doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else tok.sent.start
    return next((t.text for t in reversed(doc[start : tok.i]) if t.lemma_.lower() in _QUAKE_NOUNS), None)


def _frames_a_superlative(when: Span, tok: Token) -> bool:
    """ "…, in one of the deadliest disasters in the Mediterranean this year": a time written right after a phrase
    with a superlative, hung beside it, is the span the superlative ranks over, not the figure's time."""
    doc = when.doc
    head = when.root.head
    for prep in (c for c in head.children if c.dep_ == "prep" and c.i < when.start and tok not in c.subtree):
        after = max(t.i for t in prep.subtree) + 1
        if after == when.start and any(t.tag_ in {"JJS", "RBS"} for t in prep.subtree):
            return True
    # ("in the worst flooding this year": the time hung on the ranked noun, or written right after it)
    before = doc[when.start - 1] if when.start > 0 else None
    ranked = [n for n in (head, before) if n is not None and n.pos_ == "NOUN" and tok not in n.subtree]
    # (or on a ranked noun a phrase up: "…, the deadliest day of violence in the country since the 2006 war")
    over = head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else None
    if (
        over is not None
        and over.lower_ in {"since", "in", "for"}
        and over.head.pos_ == "NOUN"
        and tok not in over.head.subtree
    ):
        ranked.append(over.head)
    return any(c.tag_ in {"JJS", "RBS"} and c.i < n.i for n in ranked for c in n.children)


def _dates_the_extreme_before(when: Span, tok: Token) -> bool:
    """ "had fallen to 280 a day from a peak of more than 700 in late January": a time written right after
    a "from" phrase giving an earlier peak or low dates that peak, though the parser hangs it on the verb."""
    verb = when.root.head.head if when.root.head.dep_ == "prep" else when.root.head
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" and tok.i < c.i < when.start):
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        after = max(t.i for t in prep.subtree) + 1
        # ("in late January", a period; not "on Monday", the day things moved)
        if noun is not None and noun.lower_ in _EXTREMES and after == when.start - 1 and when.doc[after].lower_ == "in":
            return tok not in prep.subtree
    return False


def _changes(word: Token) -> bool:
    """ "up", "down", or a verb of change or movement ("rose 12% from a year earlier")."""
    lemma = word.lemma_.lower()
    return word.lower_ in {"up", "down"} or lemma in CHANGE_VERBS or lemma in _MOVE_VERBS


# Prepositions that make a date a deadline or a starting point rather than the time a figure describes.
_TARGET_WORDS = frozenset({"by", "before", "until", "till", "through"})
_SINCE_WORDS = frozenset({"since"})


def _dates_an_event_since(when: Span) -> bool:
    """ "killed since the invasion in February 2022", "since the war began in 2022": the date of an
    event the figure is counted from."""
    if when[0] != when.root and when[0].head.dep_ == "prep" and not when.start <= when[0].head.i < when.end:
        # "since Russia's invasion on Feb. 24 last year": the parser hung "last year" apart, the span's root; the day
        # hangs on the preposition
        return _dates_an_event_since(when[:1])
    prep = when.root.head
    if prep.dep_ == "prep" and prep.i > 0:
        # "killed since the invasion in February 2022", the date hung on the verb right after the "since" phrase
        before = when.doc[prep.i - 1]
        since = next((a for a in [before, *before.ancestors] if a.dep_ == "prep" and a.lower_ in _SINCE_WORDS), None)
        if since is not None and since.head == prep.head:
            return True
    for node in list(when.root.ancestors)[:4]:
        if node.dep_ == "prep" and node.lower_ in _SINCE_WORDS:
            return True
        if node.pos_ in {"VERB", "AUX"}:
            return _since_clause(node)
    return False


def _on_the_event_dated(tok: Token, when: Span) -> bool:
    """The figure's clause is a relative clause on the event the date is of ("since Cyclone Nargis in 2008,
    which killed nearly 140,000"), or the figure measures that event ("since a 7.6 tremor in 1999"): the figure is
    the event's, at its date, not counted since it."""
    clause = _clause(tok)
    prep = when.root.head if when.root.head.dep_ == "prep" else None
    if clause.dep_ == "relcl" and tok.i >= when.end:
        event = clause.head
    elif tok.dep_ in {"nummod", "compound", "amod"} and tok.head.pos_ == "NOUN":
        # "the strongest since a 7.6 tremor in 1999": the figure is the event's own (not "fell by nine points since
        # last month", "recorded 38 deaths between April 12 and May 9": a time counted over)
        event = tok.head
        prep = prep if prep is not None and prep.lower_ in {"in", "on", "of", "at"} else None
    else:
        return False
    # ("since a 1997 crash in Guam that killed 228": the year written before the event's noun)
    return (prep is not None and prep.head == event) or (when.root.head == event and when.end <= event.i)


def _when_clause(when: Span) -> bool:
    """The date is described by a "when" clause after a comma ("since 1992, when …")."""
    comma = when.end < len(when.doc) and when.doc[when.end].text == ","
    return comma and any(c.dep_ == "relcl" and any(g.lower_ == "when" for g in c.children) for c in when.root.children)


def _since_clause(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in _SINCE_WORDS for c in verb.children)


def _range_between(when: Span) -> str:
    """The whole of a range after "between", which the recogniser may cut: "between [May 10 and June 6]",
    "[between April 2] and [May 19]", "[between October 7 and] [November 3]"."""
    doc, end = when.doc, when.end
    if doc[end - 1].lower_ != "and" and end < len(doc) and doc[end].lower_ == "and":
        end += 1
    if doc[end - 1].lower_ == "and" and end < len(doc):
        end = next((e.end for e in doc.ents if e.start == end and e.label_ == "DATE"), when.end)
    text = doc[when.start : end].text
    return text if when[0].lower_ == "between" else f"between {text}"


def _relation(when: Span) -> str:
    """ "at" (the figure describes that time), "by" (a target or deadline: "40% by 2030", "by the end
    of the year"), or "since" (counted from then on: "4,000 have crossed since August")."""
    doc = when.doc
    words = {when[0].lower_, doc[when.start - 1].lower_ if when.start > 0 else ""}
    if when.root.head.i < when.start and when.root.head.dep_ == "prep":
        words.add(when.root.head.lower_)  # "by the end of 2030": the preposition the date hangs on
    written = _range_between(when) if "between" in words else when.text
    if words & _SINCE_WORDS or period_relation(written) == "since" or _dates_an_event_since(when):
        return "since"  # "since August"; "between May and August": counted from May on
    # ("through Tuesday", "through the end of June"; not "from March through May", a span)
    spanned = "from" in words or any(t.lower_ == "from" for t in doc[max(when.start - 5, 0) : when.start])
    if words & (_TARGET_WORDS - {"through"} if spanned else _TARGET_WORDS) or re.match(r"(?i)no later than", when.text):
        return "by"  # "by the end of 2025", "no later than June"; not "at the end of December"
    return "at"


def extract_claims(
    doc: Doc, resolver: SpeakerResolver, quotations: list[QuotationRecord], published: date | None
) -> list[ClaimRecord]:
    claims: list[ClaimRecord] = []
    seen: list[ClaimRecord] = []  # the claims, and the single things written "one" that are none
    spoken = sorted((q for q in quotations if q.speaker_key), key=lambda q: q.start)
    for quantity in _quantities(doc):
        number = _number_tokens(doc, quantity)
        whole = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
        if number is None or whole is None or not len(number) or _not_a_claim(doc, quantity, number):
            continue
        whole = _without_a_stray_scale(whole)
        # a pronoun that claims the figure refers to a speaker up to its sentence, not to the article's last
        # ("Two workers were wounded, he said" is not said by someone quoted further down)
        ends = whole.sent.end_char
        resolver.history = [q.speaker_key for q in spoken if q.speaker_key and q.start < ends]
        if quantity.value_max is not None and quantity.unit is None:
            tally = _vote_tally(doc, quantity, resolver, quotations, published)
            if tally:
                claims += tally
                seen += tally
                continue
        claim = _build(doc, quantity, number, whole, resolver, quotations, published, seen)
        if claim is not None and claim.unit is None and claim.value == 1 and number.text.lower() == "one":
            # "one broker said", "For one thing", "killed one resident": a single thing written as "one" is no
            # figure a source claims (the project's definition of a claim, as issue #11's scorer applies it);
            # "one US fluid ounce" is a measure. It still tells what a change after it counts ("Only one tanker
            # crossed, down from 34": tankers).
            seen.append(claim)
            continue
        if claim is not None:
            claims.append(_local_currency(_pounds_of_money(claim, doc_text(doc), claims), doc_text(doc)))
            seen.append(claims[-1])
    text = doc_text(doc)
    claims = _parts_share_the_whole_time(doc, claims)
    return _converted_subjects(_rate_of_a_change(_temperature_degrees(claims, text), text), text)


def _listed_after(doc: Doc, part: ClaimRecord, whole: ClaimRecord) -> bool:
    """The part is listed by "including" or "among" on the whole figure's noun or its clause ("326 people, including 43
    children"; "10 people have been killed …, police said, including two officers"), not by a verb of containing
    ("an office that includes six terraces")."""
    part_span = doc.char_span(part.start, part.end, alignment_mode="expand")
    whole_span = doc.char_span(whole.start, whole.end, alignment_mode="expand")
    if part_span is None or whole_span is None or whole.start >= part.start:
        return False
    root = whole_span.root
    counted = root.head if root.dep_ in {"nummod", "quantmod"} else root
    listing = next((a for a in part_span.root.ancestors if a.lower_ in {"including", "among"}), None)
    return listing is not None and (listing.head in {counted, counted.head} or listing.head in counted.ancestors)


def _parts_share_the_whole_time(doc: Doc, claims: list[ClaimRecord]) -> list[ClaimRecord]:
    """ "At least 326 people, including 43 children and 25 women, have been killed since September": a part listed
    after a figure counts over the same time as the figure it is part of (the day the group spoke dates neither)."""
    for k, claim in enumerate(claims):
        if claim.unit is not None or not _listed_part(doc, claim):
            continue
        whole = next(
            (
                c
                for c in reversed(claims[:k])
                if c.sentence_start == claim.sentence_start and c.unit is None and not _listed_part(doc, c)
            ),
            None,
        )
        if whole is not None and whole.refers_to is not None and _listed_after(doc, claim, whole):
            claim.refers_to = whole.refers_to
            claim.refers_to_precision = whole.refers_to_precision
            claim.refers_to_relation = whole.refers_to_relation
    return claims


# What stands between a figure and its conversion in brackets: the bracket, or a unit the figure's span left out first.
_BRACKET_AFTER = re.compile(r"\s*(?:[^\W\d_]+\s*)?\(\s*")


def _converted_subjects(claims: list[ClaimRecord], text: str) -> list[ClaimRecord]:
    """ "A litre now sells for about 1,000 naira ($0.60), up from 185 naira": a conversion in brackets measures what
    the figure before it measures, when that was only settled after the conversion was read (and the other way
    round when only the conversion found it)."""
    for a, b in pairwise(claims):
        if not _BRACKET_AFTER.fullmatch(text[a.end : b.start]):
            continue
        if b.subject is None and a.subject is not None:
            b.subject = a.subject
        elif a.subject is None and b.subject is not None and text.startswith(")", b.end):
            a.subject = b.subject  # "a 3 km (1.9 mile) strip": the parser gave the noun to the conversion
        if text.startswith(")", b.end) and (a.claimant_key or b.claimant_key):
            # "Australia pledged A$2.5 million ($1.7 million), Penny Wong said": one figure, one claimant (the
            # figure's as written; the parser may hang the bracket on the giver)
            b.claimant_key = a.claimant_key or b.claimant_key
    return claims


# What stands between the two ends of a change written "to X a month from Y" or "from Y to X a month".
_FROM_AFTER = re.compile(r"[^.;:!?]{0,40}\bfrom\s+\S{0,2}$")
_TO_BETWEEN = re.compile(r"\s+to\s+\S{0,2}$")


def _rate_of_a_change(claims: list[ClaimRecord], text: str) -> list[ClaimRecord]:
    """ "cut to $8 a month from $12", "rose from 250 rupees to 300 rupees a litre": the other end of a change
    is in the same rate as the end written with it (USD per month), when it is written in the rate's unit alone."""
    for a, b in pairwise(claims):
        if a.sentence_start != b.sentence_start or not a.unit or not b.unit:
            continue
        between = text[a.end : b.start]
        if " per " in a.unit and b.unit == a.unit.split(" per ")[0] and _FROM_AFTER.fullmatch(between):
            b.unit = a.unit  # "to $8 a month … from $12"
        elif " per " in b.unit and a.unit == b.unit.split(" per ")[0] and _TO_BETWEEN.fullmatch(between):
            a.unit = b.unit  # "from $12 to $8 a month"
    return claims


_HEAT_WORDS = re.compile(
    r"(?i)\b(?:temperatures?|heat(?:wave)?|warm(?:er|ing)?|cold(?:er)?|cool(?:er|ing)?|hott?(?:er|est)?)\b"
)


def _temperature_degrees(claims: list[ClaimRecord], text: str) -> list[ClaimRecord]:
    """ "temperatures will stay 4 to 6 degrees above normal": bare degrees in a sentence about heat or
    cold are the temperature scale the article writes out (°C or °F, the first one given), not angles."""
    scales = [c.unit for c in claims if c.unit in {"°C", "°F"}]
    if not scales:
        return claims
    for claim in claims:
        if claim.unit == "degree angle" and _HEAT_WORDS.search(text, claim.sentence_start, claim.sentence_end):
            claim.unit = scales[0]
    return claims


_WORD = re.compile(r"[^\W\d_]+")


# What a price is written as: a figure in "pounds" measuring one of these is money, not weight.
_PRICE_WORDS = frozenset({
    "price", "prices", "cost", "costs", "fee", "fees", "fare", "fares", "salary", "salaries", "wage", "wages",
    "rent", "rents", "bill", "bills", "fine", "fines", "pension", "pensions", "budget", "tax", "taxes",
    "rate",  # ("the official rate was changed to 15,000 pounds": a currency's rate is money)
})  # fmt: skip


# "costs 35,000 pounds", "earns about 9,000 pounds", "sold for 2m pounds": what is paid is money, not weight
_PAID_BEFORE = re.compile(
    r"\b(?:costs?|costing|pa(?:y|ys|id|ying)|earn(?:s|ed|ing)?|charg(?:e|es|ed|ing)|(?:sells?|sold|selling) for|"
    r"fetch(?:es|ed)?|worth|priced at|trad(?:e|es|ed|ing) at)\s+"
    r"(?:(?:about|around|nearly|almost|some|roughly|up to|more than|over|at least|less than|just|only)\s+)?$",
    re.I,
)
_PAY_PERIODS = frozenset({"lb per year", "lb per month", "lb per week"})
_CHANGED_FROM_BEFORE = re.compile(
    r"\b(?:up|down|rising|falling|rose|fell|compared with)\s+from\s+(?:(?:about|around|some|nearly)\s+)?$", re.I
)
_SCALED = re.compile(r"\b(?:million|billion|trillion|bn|mn|m)\b", re.I)
_WRITTEN_SCALE = re.compile(r"(?:\b|(?<=\d))(?:thousand|million|billion|trillion|bn|mn|m|k)\b", re.I)


def _pounds_of_money(claim: ClaimRecord, text: str, before: Sequence[ClaimRecord] = ()) -> ClaimRecord:
    """ "the average price of bread has tripled to 3,000 pounds": pounds of money, in the currency of
    the country the article is about ("Lebanese" → LBP), else pounds sterling. `before`: the claims found before
    it ("costs about 450 pounds ($9.10), up from 250 pounds a year ago": the earlier price is money too)."""
    quoted = _QUOTED_IN.match(text, claim.end) if claim.unit == "lb" else None
    other = _currency_named(quoted["name"], text) if quoted is not None else None
    if quoted is not None and other is not None:
        # "the currency hit a new low of 140,000 pounds to the dollar": an exchange rate, in the local pound
        local = currency_in_context("pound", text, any_name=True) or "GBP"
        if local != other:
            return replace(claim, unit=f"{local} per {other}", end=quoted.end())
    priced = claim.subject is not None and bool({w.lower() for w in claim.subject.split()} & _PRICE_WORDS)
    priced = priced or _PAID_BEFORE.search(text[max(0, claim.start - 40) : claim.start]) is not None
    # "dollars had been trading at up to 70 pounds", "a dollar now buys 89,500 pounds": a currency's price
    priced = priced or (claim.subject is not None and claim.subject.split()[-1].lower() in currency_words())
    # "…, up from 250 pounds a year ago" after a price in money: the level the price changed from
    priced = priced or (
        _CHANGED_FROM_BEFORE.search(text[max(0, claim.start - 30) : claim.start]) is not None
        and any(c.sentence_start == claim.sentence_start and is_money(c.unit) for c in before)
    )
    # "borrowing will reach 127.5 billion pounds": millions of pounds not "of" anything weighed are money
    scaled = _SCALED.search(text[claim.start : claim.end]) and not re.match(r"\s+of\b", text[claim.end :])
    # "a rise of at least 1,400 pounds a year": pounds earned or paid by the year, month or week (what is
    # weighed is weighed "of" something: "1,000 pounds of grain a week")
    weighed = re.match(r"\s+of\b", text[claim.end :]) or re.search(r"\bpounds?\s+of\b", text[claim.start : claim.end])
    paid = claim.unit in _PAY_PERIODS and not weighed
    # "bread costs 2,000 pounds a loaf": a price per thing bought
    priced_per = priced and claim.unit is not None and claim.unit.startswith("lb per ")
    if (claim.unit not in {"lb", *_PAY_PERIODS} and not priced_per) or not (priced or scaled or paid):
        return claim
    # the pound of the country the article is about, unless the figure's sentence or the one before names Britain
    # ("Britain will host a conference … . Lammy will announce 120 million pounds" in an article about Sudan)
    home = _names_the_home_of("GBP", text, claim.sentence_start, text[claim.sentence_start : claim.sentence_end])
    pound = "GBP" if home else currency_in_context("pound", text, any_name=True) or "GBP"
    if claim.unit is not None and (claim.unit in _PAY_PERIODS or priced_per):
        return replace(claim, unit=pound + claim.unit.removeprefix("lb"))
    return replace(claim, unit=pound)


def _local_currency_name(text: str, quantity: Quantity, word: str) -> tuple[str, int] | None:
    """ "346 billion shillings" in an article about Kenya: Kenyan shillings (a name with no usual reading
    alone), with the end of the span that takes the name in."""
    if len(word.split()) != 1:
        return None
    local = currency_in_context(word, text)
    written = re.match(r"\s+" + re.escape(word) + r"\b", text[quantity.end :])
    return (local, quantity.end + written.end()) if local is not None and written is not None else None


# The countries that issue the currencies a bare "pound" and "dollar" usually mean (`units.currency_words`).
_USUAL_CURRENCY_HOMES = {"GBP": "United Kingdom", "USD": "United States"}


def _names_the_home_of(code: str, text: str, sentence_start: int, sentence: str) -> bool:
    """Whether the figure's sentence, or the one before it, names the country that issues `code` (by its name,
    another name, a demonym or its capital: "Britain", "the UK", "British", "London")."""
    home = _USUAL_CURRENCY_HOMES.get(code)
    if home is None:
        return False
    ends = [m.end() for m in re.finditer(r"[.!?][\"”’]?\s", text[: max(sentence_start - 1, 0)])]
    before = text[ends[-1] if ends else 0 : sentence_start]
    demonyms, capital, others = COUNTRIES[home]
    words = [home, capital, *demonyms, *others]
    return any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", before + " " + sentence) for w in words)


def _local_currency(claim: ClaimRecord, text: str) -> ClaimRecord:
    """ "A litre of petrol costs 420 rupees" in an article about Sri Lanka: Sri Lankan rupees, where the
    figure's currency name may be another country's."""
    if claim.unit is None:
        return claim
    base, per, rate = claim.unit.partition(" per ")
    sentence = text[claim.sentence_start : claim.sentence_end]

    def local(name: str) -> str | None:
        # the country the figure's own sentence names ("… in Nairobi"), else the one the article names most
        found = currency_in_context(name, sentence) or currency_in_context(name, text)
        if found is not None and found != base and _names_the_home_of(base, text, claim.sentence_start, sentence):
            return None  # (not Sudan's pounds in "Britain will host a conference … . Lammy will announce 120 million
            # pounds": the country of the name's usual reading is named in the figure's sentence or the one before)
        return found

    if not is_money(base):
        found = local(base) if base in shared_currency_names() else None
        if not found:
            return claim
        # "200 shillings" where the country is named in the sentence, not in the article's first count
        written = re.match(r"\s+" + written_currency(base) + r"\b", text[claim.end :], re.IGNORECASE)
        return replace(claim, unit=found + per + rate, end=claim.end + (written.end() if written else 0))
    if re.match(r"Rs\.?\s?\d", text[claim.start : claim.end]):
        # "Rs 2.5 crore": rupees of the country the article names most (India, Pakistan, Sri Lanka, Nepal
        # all write "Rs"), India's when it names none of them
        found = local("rupee")
        return replace(claim, unit=found + per + rate) if found and found != base else claim
    words = _WORD.findall(text[claim.start : claim.end])
    name = next((w for w in words if currency_words().get(w.lower()) in {base, ""}), None)
    if name is None or (words.index(name) and currency_words().get(" ".join(words[: words.index(name) + 1]).lower())):
        return claim  # a symbol or a name that says which ("Sri Lankan rupees", "Rs")
    found = local(name)
    return replace(claim, unit=found + per + rate) if found and found != base else claim


def _number_tokens(doc: Doc, quantity: Quantity) -> Span | None:
    """The tokens of the figure itself, scale words included ("1.5 million"), unit excluded."""
    span = doc.char_span(quantity.number_start, quantity.number_end, alignment_mode="expand")
    if span is None:
        return None
    end = span.end
    while end < len(doc) and doc[end].idx < quantity.end and (doc[end].lower_ in SCALES or _scale_letter(doc[end])):
        end += 1  # "1.5 million", "2m people" (the tokenizer splits "2m": the "m" is the scale)
    return doc[span.start : end]


def _scale_letter(tok: Token) -> bool:
    return tok.text in SCALE_LETTERS and tok.idx > 0 and doc_text(tok.doc)[tok.idx - 1].isdigit()


def _quantities(doc: Doc) -> list[Quantity]:
    """Figures in digits (the character scanner) and in words ("four hundred thirty", "a
    dozen", "six to seven thousand"), in reading order."""
    shares = _fractions(doc_text(doc)) + _multiples(doc_text(doc))
    in_share = {i for q in shares for i in range(q.start, q.end)}
    found = [q for q in scan(doc_text(doc)) if q.number_start not in in_share] + shares
    taken = {i for q in found for i in range(q.start, q.end)}
    i = 0
    for at in tokens_among(doc, _NUMBER_WORDS):  # (digits are the scanner's; a word number is one of these)
        if at < i:
            continue  # part of the number or unit just read
        tok = doc[at]
        if tok.idx in taken or parse_digits(tok.text) is not None or not _is_number(tok):
            continue
        i = at
        start, end, value = _expression(doc, i)
        if value is None:
            i = end
            continue
        value_max = None
        if end + 1 < len(doc) and doc[end].lower_ in {"to", "-", "–"} and _is_number(doc[end + 1]):
            _, end2, high = _expression(doc, end + 1)
            if high is not None:
                scale = next((SCALES[t.lower_] for t in doc[end + 1 : end2] if t.lower_ in SCALES), 1)
                if scale > 1 and value * scale <= high:
                    value *= scale  # "six to seven thousand": the scale applies to both ends
                value_max, end = high, end2
        number_end = doc[end - 1].idx + len(doc[end - 1])
        unit, unit_end, _ = unit_after(doc_text(doc), number_end, money=False)  # "four hundred kilometres"
        if unit is not None:
            unit, unit_end = rate_after(doc_text(doc), unit_end, unit)  # "two litres a day", as "2 litres a day"
        quantity = Quantity(doc[start].idx, unit_end, tok.idx, number_end, value, value_max, unit)
        partner = _range_partner(doc_text(doc), quantity, found)
        if partner is not None:  # "three per cent to 11 per cent": one range
            found.remove(partner)
            quantity = replace(quantity, end=partner.end, number_end=partner.number_end, value_max=partner.value)
        # "Half a dozen", "a quarter of a million": the share read first is part of this number
        found = [q for q in found if not (quantity.start <= q.start and q.end <= quantity.end)]
        found.append(quantity)
        i = end
        while i < len(doc) and doc[i].idx < unit_end:
            i += 1
    return _listed_after_a_unit(doc_text(doc), sorted(found, key=lambda q: q.start))


_LIST_GAP = re.compile(r",?\s+(?:and|or)\s+|,\s*")
_LIST_END = re.compile(r"\s*(?:[,.;:)]|$|(?:and|or|in|on|at|for|respectively|each|a|per)\b)")


def _listed_after_a_unit(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "aftershocks of magnitude 6.3, 5.9, 5.5 and 4.6": bare numbers listed right after a figure whose
    unit is written before its number take that unit."""
    out: list[Quantity] = []
    carried: str | None = None  # the unit written before the last figure, carried along its list
    for q in found:
        prev = out[-1] if out else None
        if prev is not None and prev.unit is not None and prev.start < prev.number_start:
            carried = prev.unit  # the unit comes first ("magnitude 6.3")
        listed = (
            prev is not None
            and carried is not None
            and q.unit is None
            and q.start == q.number_start
            and _LIST_GAP.fullmatch(text, prev.end, q.start) is not None
            and re.fullmatch(r"\d+(?:\.\d+)?", text[q.number_start : q.number_end]) is not None
            and _LIST_END.match(text, q.end) is not None  # (not "cost $5, 40 people said": a count of its own)
        )
        if not listed:
            carried = None
        out.append(replace(q, unit=carried) if listed else q)
    return out


_RANGE_TO = re.compile(r"\s*(?:to|-|–)\s*")


def _range_partner(text: str, words: Quantity, digits: list[Quantity]) -> Quantity | None:
    """The figure in digits that closes a range a word number opens, with the same unit
    ("five per cent to 20 per cent")."""
    if words.value_max is not None or words.unit is None:
        return None
    joiner = _RANGE_TO.match(text, words.end)
    if joiner is None:
        return None
    return next((q for q in digits if q.start == joiner.end() and q.unit == words.unit and q.value_max is None), None)


# Words that qualify a share of change between "by" and the share ("fell by about a third").
_BY_QUALIFIERS = frozenset({"about", "around", "nearly", "almost", "roughly", "some", "over", "more", "less", "than"})
_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
                 "fifths": 5, "tenth": 10, "tenths": 10}  # fmt: skip
_FRACTION = re.compile(
    r"(?=[aotfnseh\d])"  # (every share opens with one of these: tried only there, the same matches, faster)
    r"(?:\b(?:(?P<num>a|one|two|three|four|nine)[ -](?P<den>half|thirds?|quarters?|fifths?|tenths?)\b"
    r"(?= of\b| (?:to|or) (?:a|one|two|three|four|nine)[ -](?:half|thirds?|quarters?|fifths?|tenths?) of\b)"
    r"|\b(?P<h_num>one|two|three|four|nine)-(?P<h_den>thirds|quarters|fifths|tenths)\b(?!-)"  # written as one word
    r"|(?P<half>half)(?= (?:of|the|a|all|its|their|his|her|that|this|these|those)\b)"
    r"|(?:(?P<one>one) (?:in(?: every)?|out of)|(?P<many>two|three|four|five|six|seven|eight|nine) (?:in|out of))"
    r" (?P<out>two|three|four|five|six|seven|eight|nine|ten)\b(?! (?:days|weeks|months|years|hours|minutes)\b)"
    r"|\b(?P<w_num>one|two|three|four|five|six|seven|eight|nine) (?:in(?: every)?|out of) (?P<w_den>\d{1,3})\b"
    r"(?![.,]\d| (?:days|weeks|months|years|hours|minutes)\b)"
    r"|\b(?P<d_one>\d{1,2}) out of (?P<d_out>\d{1,3})\b"
    r"|\b(?P<d_num>\d{1,2}) in (?:every )?(?P<d_in>\d{1,3})\b(?![.,]\d| (?:days|weeks|months|years|hours|minutes)\b)"
    r"|(?:(?<=\bby )|(?<=\bby about )|(?<=\bby around )|(?<=\bby nearly )|(?<=\bby almost )|(?<=\bby roughly )"
    r"|(?<=\bby more than )|(?<=\bby some )|(?<=\bby over ))"  # ("fell by about a third": the qualifier is read later)
    r"(?:(?P<by_num>a|one|two|three)[ -](?P<by_den>thirds?|quarters?|fifths?|tenths?)|(?P<by_half>half))\b"
    r"(?=\s*(?:[.,;:)]|$|(?:in|on|at|last|this|since|from|over|compared|after|and|but|between|during|within|to)\b))"
    r"|\b(?:(?P<v_num>a|one|two|three)[ -](?P<v_den>thirds?|quarters?|fifths?)|(?P<v_half>half))"
    r"(?= (?P<v_verb>[a-z']+)\b)))",
    re.IGNORECASE,
)
# A verb after a share written without "of" that agrees only with a plural ("a third have no power", "half are
# women"): the share of a group. After one that agrees with either ("a third said"), only a share qualified as one
# is ("nearly a third said"): "two were killed and a third was wounded", "a third would be" count in order.
_PLURAL_VERBS = frozenset({
    "are", "were", "have", "say", "do", "don't", "think", "believe", "support", "oppose", "want", "live", "lack",
    "need", "own", "use", "agree", "disagree", "favor", "favour", "expect", "plan", "approve", "disapprove", "remain",
    "work", "suffer", "earn",
})  # fmt: skip
_EITHER_VERBS = frozenset({
    "said", "had", "did", "agreed", "thought", "believed", "supported", "opposed", "wanted", "lived", "lacked",
    "needed", "died", "voted", "would", "will", "could", "can", "may", "might", "reported", "backed", "favored",
    "favoured",
})  # fmt: skip
_SHARE_QUALIFIED = re.compile(
    r"(?i)\b(?:nearly|almost|about|around|roughly|some|over|under|only|just|barely|approximately|(?:more|less|fewer)"
    r" than|at least|close to)\s+$"
)


_MULTIPLE_BASES = frozenset({"those", "that", "what", "the", "its", "their", "his", "her", "as", "than"})
_MULTIPLE_WORD = re.compile(
    r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred|thousand)"
    r"-?fold\b",
    re.IGNORECASE,
)
_MULTIPLE_WORD_VALUES = {"hundred": 100, "thousand": 1000}


def _multiples(text: str) -> list[Quantity]:
    """ "rose fivefold", "a tenfold increase", "a three-fold rise": a multiple, in the unit "times"
    (digits, "5-fold", and "three times higher" are read with their unit by the scanners)."""
    out: list[Quantity] = []
    if "fold" not in text.lower():
        return out  # (the common case, without running the pattern over the whole text)
    for m in _MULTIPLE_WORD.finditer(text):
        word = m["n"].lower()
        value = SMALL.get(word) or _MULTIPLE_WORD_VALUES[word]
        out.append(Quantity(m.start(), m.end(), m.start(), m.end(), float(value), None, "times"))
    return out


def _fractions(text: str) -> list[Quantity]:
    """ "two-thirds of", "a third of", "half the", "one in three", "1 in 4", "nine out of ten", "7 out of 10",
    "fell by a third", "cut by half": a share, as a fraction."""
    out: list[Quantity] = []
    for m in _FRACTION.finditer(text):
        if m["den"]:
            value = SMALL.get(m["num"].lower(), 1) / _DENOMINATORS[m["den"].lower()]
        elif m["by_den"]:  # a change by a share: "fell by a third"
            value = SMALL.get(m["by_num"].lower(), 1) / _DENOMINATORS[m["by_den"].lower()]
        elif m["h_den"]:  # "more than three-quarters from small donors": a share of what was just named
            value = SMALL[m["h_num"].lower()] / _DENOMINATORS[m["h_den"].lower()]
        elif m["by_half"]:  # "cut by half"
            value = 0.5
        elif m["v_verb"]:  # "about a third have no power", "half are women"
            qualified = bool(m["v_half"]) or _SHARE_QUALIFIED.search(text, max(0, m.start() - 20), m.start())
            verb = m["v_verb"].lower()
            if m["v_half"] and text[max(0, m.start() - 4) : m.start()].lower().strip() in {"the", "a", "one"}:
                continue  # "and a half were"
            if not (verb in _PLURAL_VERBS or (qualified and verb in _EITHER_VERBS)):
                continue
            value = 0.5 if m["v_half"] else SMALL.get(m["v_num"].lower(), 1) / _DENOMINATORS[m["v_den"].lower()]
        elif m["half"]:
            if text[max(0, m.start() - 4) : m.start()].lower().strip() in {"the", "a", "one"}:
                continue  # "the second half of the year", "a half"
            value = 0.5
        elif m["out"]:
            value = SMALL[(m["one"] or m["many"]).lower()] / SMALL[m["out"].lower()]
        elif m["w_den"]:
            value = SMALL[m["w_num"].lower()] / int(m["w_den"]) if int(m["w_den"]) > 1 else -1.0  # "three in 10"
        elif m["d_in"]:
            value = int(m["d_num"]) / int(m["d_in"]) if int(m["d_in"]) > 1 else -1.0  # "1 in 4", "2 in 5 children"
        else:
            value = int(m["d_one"]) / int(m["d_out"]) if 0 < int(m["d_one"]) <= int(m["d_out"]) else -1.0
        if not 0 < value <= 1:
            continue  # "seven in two", "12 out of 10": no share
        low = out[-1] if out and text[out[-1].end : m.start()] in {" to ", " or "} else None
        if low is not None and low.value_max is None and low.value < value:  # "one-quarter to one-third of"
            out[-1] = replace(low, end=m.end(), number_end=m.end(), value_max=value)
        else:
            out.append(Quantity(m.start(), m.end(), m.start(), m.end(), value, None, None))
    return out


_STREET_WORDS = frozenset(
    [
        "street",
        "st",
        "road",
        "rd",
        "avenue",
        "ave",
        "way",
        "lane",
        "ln",
        "boulevard",
        "blvd",
        "drive",
        "dr",
        "place",
        "pl",
        "court",
        "ct",
        "terrace",
        "highway",
        "hwy",
        "square",
        "parkway",
        "pkwy",
    ]
)  # USPS street suffix abbreviations (Publication 28, appendix C1), the common ones


def _name_a_count_was_hung_on(name: Token) -> bool:
    """ "200 Taliban and affiliated fighters": a body's (or a people's) name modifying a plural noun after it, which
    the parser gave the count that is the noun's."""
    return (
        name.ent_type_ in {"ORG", "NORP"}
        and name.dep_ in {"nmod", "compound"}
        and name.head.tag_ == "NNS"
        and name.head.i > name.i
        and any(c.dep_ == "nummod" and c.i < name.i for c in name.children)
    )


def _counts_named_things(tok: Token, name: Token) -> bool:
    """ "14 Leopard 2 tanks", "31 Abrams tanks": a small number counting the plural common noun (or plural name)
    that a name (and its model number) modifies, not a model number itself ("787 Dreamliner")."""
    value = parse_digits(tok.text)
    head = tok.head
    doc = tok.doc
    named_body = (
        all(t.ent_type_ in {"ORG", "NORP", "GPE", "PERSON"} for t in doc[name.i : tok.head.i])
        and not (tok.i > 0 and doc[tok.i - 1].pos_ in {"ADJ", "NUM"})  # "two new 737 Max jets": a model
        and not any(c.dep_ == "nummod" and c != tok for c in tok.head.children)
    )
    after = doc[name.i + 1] if name.i + 1 < len(doc) else None
    if (
        tok.dep_ == "nummod"
        and head == name
        and name.tag_ == "NNPS"
        and not (after is not None and after.pos_ == "PROPN")
    ):
        return True  # "53 Britons", "20 Kurds": a people in the plural, counted (not "4 Seasons Hotel")
    if tok.dep_ == "nummod" and head == name and _name_a_count_was_hung_on(name):
        return True  # "200 Taliban and affiliated fighters": the parser hung the count on the body's name
    return (
        value is not None
        and (value < 100 or named_body)  # "120 Hezbollah targets", "300 Wagner fighters": not a model number
        and tok.dep_ == "nummod"
        # ("33 Boeing 787 aircraft": a noun whose plural is its singular, which the tagger reads singular)
        and (head.tag_ == "NNS" or (head.lower_ in _ZERO_PLURALS and value > 1))
        and head.i > name.i
        # ("12 Hezbollah and Amal supporters": names joined before the noun)
        and all(t.pos_ in {"PROPN", "NUM", "PUNCT"} or _joins_names(t) for t in tok.doc[name.i : head.i])
    )


def _joins_names(tok: Token) -> bool:
    return tok.pos_ == "CCONJ" and 0 < tok.i < len(tok.doc) - 1 and tok.nbor(-1).pos_ == tok.nbor(1).pos_ == "PROPN"


# Countable nouns whose plural is the singular (English grammar's zero plurals, of the kinds news counts).
_ZERO_PLURALS = frozenset({
    "aircraft", "spacecraft", "hovercraft", "watercraft", "craft", "sheep", "deer", "fish", "personnel", "series",
    "species",
})  # fmt: skip


_NOT_A_SHARE_AFTER = re.compile(
    r"\s+of\s+(?:a|an|the|this|that|last|next)?\s*(?:century|year|decade|hour|mile|(?:19|20)\d{2}|season|quarter|"
    r"month|week|day|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?!['’]))\b",
    re.IGNORECASE,
)


def _verb_after_a_share(text: str, quantity: Quantity) -> str | None:
    """The verb a share written without "of" was read by ("a third have no power": "have"), else None."""
    match = _FRACTION.match(text, quantity.start)
    return match["v_verb"] if match is not None and match.end() == quantity.end else None


def _is_share(text: str, quantity: Quantity) -> bool:
    return _written_share(text, quantity.start, quantity.end)


def _written_share(text: str, start: int, end: int) -> bool:
    """The characters are a share in words ("a third of", "half the", "one-quarter to one-third of")."""
    match = _FRACTION.match(text, start)
    if match is not None and match.end() < end:
        match = _FRACTION.match(text, match.end() + len(" to "))  # "one-quarter to one-third of"
    return match is not None and match.end() == end


def _after_possessive(prev: Token | None) -> bool:
    """A word that makes what follows someone's: "'s" or a possessive pronoun ("its", "their")."""
    return prev is not None and (prev.lower_ in {"'s", "’s"} or prev.tag_ == "PRP$")


# Odds "N to 1" after "by" or "a ratio of" ("outnumber them by 80 to 1", "by a margin of three to one")
_ODDS = re.compile(
    r"\b(?:by|ratio of|margin of)\s+(?:(?:about|nearly|almost|roughly|some|more than)\s+)?"
    r"(?P<n>\d[\d,.]*|[a-z]+)\s+to\s+(?P<one>1|one)\b(?![.,]?\d)",
    re.IGNORECASE,
)


def _in_odds(text: str, quantity: Quantity) -> bool:
    """Either number of odds written "N to 1" ("outnumber them by 80 to 1")."""
    window = text[max(0, quantity.start - 60) : quantity.end + 20]
    offset = max(0, quantity.start - 60)
    for m in _ODDS.finditer(window):
        if not (m["n"][0].isdigit() or m["n"].lower() in SMALL):
            continue  # "by dropping to one knee"
        ends = {(m.start("n") + offset, m.end("n") + offset), (m.start("one") + offset, m.end("one") + offset)}
        if any(start <= quantity.number_start < end for start, end in ends):
            return True
    return False


def _not_a_claim(doc: Doc, quantity: Quantity, number: Span) -> bool:
    """Dates, times, ordinals, identifiers and model numbers, addresses, ages, compound
    modifiers ("two-door") and durations are figures but not claims."""
    tok = number[0]
    text = doc_text(doc)
    if _is_share(text, quantity):
        # a share is never a date, though the tagger may call "a quarter of the population" one;
        # "a quarter of a century", "of an hour", "of 2021" are spans of time, "of a mile" a length
        return _NOT_A_SHARE_AFTER.match(text, quantity.end) is not None
    after = text[quantity.end : quantity.end + 2]
    nxt = doc[number.end] if number.end < len(doc) else None
    prev = doc[number.start - 1] if number.start > 0 else None
    if re.fullmatch(r"\d{10,}", text[quantity.number_start : quantity.end].strip()):
        return True  # "tweet_id=694285415839330306", a phone number: ten digits or more with no separator name one
    if quantity.unit is None:
        if _excluded(tok):
            return True
        if prev is not None and prev.lower_.rstrip(".") in IDENTIFIER_NOUNS and prev.text[:1].isupper():
            return True  # "Article 78 of the constitution", "Resolution 2334", "Flight 752": a name
        owned = prev is not None and (prev.lower_ in {"the", "its", "their"} or prev.tag_ == "POS")
        if owned and nxt is not None and nxt.tag_ == "JJS" and quantity.value < 10:
            return True  # "the country's two largest prisons": which ones, by rank, not a count claimed
        if prev is not None and prev.lower_ in {"a", "an", "the"} and _model_named_before(tok):
            return True  # "the Boeing 787-8 …. It is the first fatal crash of a 787": the model, named again
        if (
            prev is not None
            and prev.lower_ in {"a", "an"}
            and nxt is not None
            and nxt.tag_ in {"NN", "NNP"}
            and tok.head == nxt
            and tok.text.isdigit()
            and quantity.value > 1
            and quantity.value_max is None  # (not a tally: "an 11-2 record")
        ):
            return True  # "the first crash of a 787 Dreamliner": one thing, named by its model number, not a count
        year_like = quantity.value_max is None and quantity.value.is_integer() and 1900 <= quantity.value <= 2100
        possessive = re.match(r"['’′]s\b", text[quantity.number_end : quantity.number_end + 3]) is not None
        singular = nxt is not None and nxt.tag_ == "NN" and prev is not None and prev.lower_ in {"a", "an", "the"}
        if (
            year_like
            and "," not in text[quantity.start : quantity.end]
            and (possessive or _after_possessive(prev) or singular or not (nxt is not None and nxt.pos_ == "NOUN"))
        ):
            # a year ("during 2022′s rout", "the country's 2020 exports", "a 2022 study": one study, so not a count)
            return True
        if (
            nxt is not None
            and nxt.pos_ == "PROPN"
            and nxt.ent_type_ not in {"NORP", "GPE"}
            and nxt.text[:1].isupper()
            and "," not in number.text  # "51,300 Model Ys": thousands are counted, not names
            and not any(t.lower_ in SCALES for t in number)  # "1 million Rohingya": a count, scaled
            and parse_digits(tok.text) is not None  # "two Tu-22M3 bombers": a word number counts
            and not _counts_named_things(tok, nxt)
            and nxt.lower_ not in WEEKDAYS  # (AP style: "the toll rose to 82 Sunday" is a count on Sunday)
        ):
            return True  # "787 Dreamliner", "11 Pro", "575 Wilbraham Road", "90049 ZIP code"
        if after[:1] == "-" and (after[1:2].isalpha() or after[1:2] in {",", " "}):
            word = re.match(r"-([a-z]+)", text[quantity.end : quantity.end + 20])
            if word is None or word.group(1) not in {*SCALES, "strong"}:
                return True  # "two-door", "eight-cylinder", "four-, five- and six-cylinder" (not "a 600-strong crowd")
    elif tok.ent_type_ == "TIME" and not re.fullmatch(
        r"\s*[A-Za-z]{4,}(?:\s+(?:a|an|per)\s+[A-Za-z]+)?", text[quantity.number_end : quantity.end]
    ):
        # "5 p.m.", "0900 GMT"; not "892 millibars" nor "300 litres a minute", a measure the tagger took for a time
        return True
    if quantity.value_max is None and quantity.value in range(1900, 2101) and _names_debt(tok):
        return True  # "the 2030 dollar bond": a maturity year the scanner read as money
    if quantity.unit is None and _in_odds(text, quantity):
        return True  # "outnumber them by 80 to 1": odds, not two figures
    if prev is not None and prev.lower_ in {"aged", "age", "ages"}:
        return True
    if quantity.unit is None and _EMERGENCY_LINE.match(text, quantity.start):
        return True  # "911 calls were being held", "a 999 call": the emergency number, not a count
    if quantity.unit is None and _AGE_RANGE_BEFORE.search(text, max(0, quantity.start - 30), quantity.start):
        return True  # "the victims ranged in age from three to 78", "between the ages of 18 and 60": ages
    if prev is not None and prev.lower_ == "per":
        return True  # "46 per 100,000 inhabitants", "$5 per 1,000 gallons": the base a rate is given per
    if quantity.unit is None and _counts_the_source(tok):
        return True  # "…, one airline analyst estimated", "two diplomats said": who speaks, not a claim
    if (
        prev is not None
        and prev.text == ","
        and number.start > 1
        and doc[number.start - 2].ent_type_ == "PERSON"
        and nxt is not None
        and nxt.text == ","
    ):
        return True  # "Ana Ruiz, 66, said": an age
    if quantity.unit is None and _labels_a_grade(number):
        return True  # "a level 3 travel notice", "a Category 4 hurricane": a grade on a scale, which names the thing
    street = [t.lower_.rstrip(".") for t in doc[number.end : number.end + 4]]
    capitalised = bool(nxt and nxt.text[:1].isupper())
    return quantity.unit is None and capitalised and any(w in _STREET_WORDS for w in street[1:])


# Emergency telephone numbers (911 in North America, 999 in Britain, 112 in Europe, 000 in Australia, 111 in New
# Zealand, 119 in Japan and Korea) before a word for calling them: a number dialled, not a count.
_EMERGENCY_LINE = re.compile(
    r"(?:911|999|112|000|111|119)[ -](?:calls?|lines?|operators?|dispatch(?:ers?)?|cent(?:er|re)s?|services?|system)\b",
    re.I,
)
# Words that open a range of ages, right before its first figure.
_AGE_RANGE_BEFORE = re.compile(r"\b(?:in age|ages?(?: of)?|aged)\s+(?:from|between)\s+$|\bages of\s+$", re.I)
_SOURCE_NOUNS = PERSON_REFERENCE_NOUNS | {"source"}  # ("two Egyptian security sources said": people too)


def _counts_the_source(tok: Token) -> bool:
    """A small count on the people a reporting verb's subject names ("two officials told Reuters",
    "three people familiar with the talks said"), or on the speakers named before ("the two countries said"), or a
    count of them that speaks ("two of the sources said")."""
    small = (parse_digits(tok.text) or SMALL.get(tok.lower_, 100)) <= 5
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    them = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if tok.dep_ == "nsubj" and is_cue(tok.head) and them is not None and small:
        return them.lemma_.lower() in _SOURCE_NOUNS or _unnamed_source(them)
    noun = tok.head if tok.dep_ == "nummod" else None
    place = noun.head.head if noun is not None and noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
    if noun is not None and place is not None and place.lemma_.lower() in _SOURCE_NOUNS and place.dep_ == "nsubj":
        # "officials in the two countries said", "officials from the three provinces told Reuters": where the
        # sources are from, named before
        return small and is_cue(place.head) and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    return (
        noun is not None
        and noun.dep_ == "nsubj"
        and is_cue(noun.head)
        and (
            noun.lemma_.lower() in _SOURCE_NOUNS
            or _unnamed_source(noun)
            or any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        )
        and small
    )


# How an unnamed source is described: "people familiar with the matter", "close to the talks",
# "briefed on the plan", "with knowledge of the deal".
_SOURCE_DESCRIPTIONS = frozenset({"familiar", "close", "briefed", "knowledgeable"})


def _unnamed_source(noun: Token) -> bool:
    if noun.lemma_.lower() not in {"people", "person"}:
        return False
    return any(
        c.lower_ in _SOURCE_DESCRIPTIONS or (c.lower_ == "with" and any(g.lower_ == "knowledge" for g in c.children))
        for c in noun.rights
    )


def _is_vote_sentence(sent: Span, smaller_second: bool) -> bool:
    lemmas = {t.lemma_.lower() for t in sent}
    return bool(lemmas & VOTE_WORDS) or (smaller_second and bool(lemmas & LEGISLATIVE_VERBS))


def _vote_tally(
    doc: Doc,
    quantity: Quantity,
    resolver: SpeakerResolver,
    quotations: list[QuotationRecord],
    published: date | None,
) -> list[ClaimRecord]:
    """ "13-2", "52 to 48" in a sentence about a vote: two claims, votes in favour and against."""
    assert quantity.value_max is not None
    first = doc.char_span(quantity.number_start, quantity.number_start + 1, alignment_mode="expand")
    if first is None or not _is_vote_sentence(first[0].sent, quantity.value_max < quantity.value):
        return []
    text = doc_text(doc)
    second = re.search(r"[\d.,]+$", text[: quantity.number_end])
    first_digits = re.match(r"[\d.,]+", text[quantity.number_start :])
    if second is None or first_digits is None:
        return []  # a tally is written in digits ("52 to 48"), not "a third or a half"
    second_start = quantity.number_end - len(second.group())
    first_end = first_digits.end() + quantity.number_start
    sides = (
        (quantity.number_start, first_end, quantity.value, "votes in favour"),
        (second_start, quantity.number_end, quantity.value_max, "votes against"),
    )
    out = []
    for start, end, value, side in sides:
        part = Quantity(start, end, start, end, value, None, None)
        number = doc.char_span(start, end, alignment_mode="expand")
        whole = number
        if number is None or whole is None:
            return []
        claim = _build(doc, part, number, whole, resolver, quotations, published, [], subject=side)
        if claim is None:
            return []
        out.append(claim)
    return out


def _tally_side(doc: Doc, end: int, start: int) -> str | None:
    """ "9 in favour", "3 against", "2 abstaining", "by 83 votes to 23": the side of a vote a bare figure counts."""
    if not _is_vote_sentence(doc[min(end, len(doc) - 1)].sent, False):
        return None
    if [t.lower_ for t in doc[max(0, start - 2) : start]] in (["votes", "to"], ["vote", "to"]):
        return "votes against"  # "passed by 83 votes to 23"
    following = [t.lower_ for t in doc[end : end + 2]]
    backed = next((c for c in doc[end].children if c.dep_ == "pobj"), None) if end < len(doc) else None
    if following[:1] == ["for"] and backed is not None and (backed.pos_ == "PROPN" or backed.ent_type_ == "PERSON"):
        return "votes"  # "1,702,375 for opposition leader Grace Chanda": a candidate's votes, not a motion's side
    for words in (" ".join(following), following[0] if following else ""):
        if words in TALLY_SIDES:
            return TALLY_SIDES[words]
    return None


def _forecast_by_people(head: Token, quantity: Quantity) -> bool:
    """The figure's noun is the subject of a verb of forecasting right after it, and names people
    ("the 28% analysts had forecast", "the 3% economists expected"): the figure is what they forecast."""
    verb = head.head
    return (
        head.dep_ == "nsubj"
        and head.idx > quantity.start
        and head.tag_ == "NNS"
        and verb.i > head.i
        and verb.lemma_.lower() in _FORECAST_VERBS | ESTIMATE_VERBS
        and (head.lemma_.lower() in PERSON_REFERENCE_NOUNS or head.lower_ in GROUP_NOUNS)
        and not any(c.dep_ == "dobj" for c in verb.children)
    )


# Nouns of a level a bare figure is said to be ("the parallel rate was about 1,000", "the price was 40"): hand-chosen.
_MEASURE_NOUNS = frozenset({"rate", "price", "cost", "value", "level", "score", "salary", "wage", "fare", "fee"})


def _named_measure(noun: Token) -> bool:
    """A measure's noun with a word of its own before it ("the parallel rate", "the average price")."""
    return (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() in _MEASURE_NOUNS
        and any(c.dep_ in {"amod", "compound"} for c in noun.children)
    )


def _main_figure(doc: Doc, claims: list[ClaimRecord], near: Token | None = None) -> ClaimRecord:
    """Of a sentence's earlier figures, the one an elliptical "up from 301" compares with: the
    latest that is not tucked in a prepositional phrase ("536 people on six flights" → 536). With
    `near`, the figure in question: of the clause it is in, when that clause holds one ("destroyed
    15,000 hectares and … cases had climbed to 1,200, up from 300" → the cases, not the hectares)."""
    clause = _nearest_verb(near) if near is not None else None
    for claim in reversed(claims if clause is not None else []):
        span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
        if span is None or _nearest_verb(span.root) != clause:
            continue
        counted = span.root.head if span.root.dep_ in {"nummod", "quantmod"} else span.root
        placed = span.root.dep_ == "pobj" and span.root.head.head == clause  # "climbed to 1,200"
        if placed or counted.dep_ not in {"pobj", "appos"}:
            return claim  # (not one in a phrase on a noun: "Caracas, with a population of 3.2 million, had 3,797")
    for claim in reversed(claims):
        span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
        if span is None:
            continue
        counted = span.root.head if span.root.dep_ in {"nummod", "quantmod"} else span.root
        if counted.dep_ not in {"pobj", "appos"}:
            return claim  # (nor a figure set beside another: "5 million Haitians, almost half the population,")
    return claims[-1]


def _nearest_verb(tok: Token) -> Token | None:
    """The verb of the clause a word is in: its nearest verb above it (itself, for a verb)."""
    for node in (tok, *tok.ancestors):
        if node.pos_ in {"VERB", "AUX"}:
            return node
    return None


def _claim_clause(doc: Doc, claim: ClaimRecord) -> Token | None:
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    return _nearest_verb(span.root) if span is not None else None


def _gapped_noun(whole: Span) -> Token | None:
    """ "Petrol costs 550 rupees a litre and diesel 460 rupees": a clause with its verb left out, which the
    parser builds as a noun joined to the verb with the figure in apposition (or as its object). The noun, else
    None."""
    root = whole.root
    doc = whole.doc
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ in {"by", "to"} and prep.i >= 2 and prep.head.pos_ in {"VERB", "AUX"}:
        # "diesel would rise by 6.1% … and kerosene by 7.5%": the noun right before the left-out verb's "by"
        before = doc[prep.i - 1]
        joined = before.dep_ == "conj" and doc[before.i - 1].lower_ in {"and", ","}
        # (the verb took the same preposition before: a second clause with the verb left out, not "won Florida
        # and Virginia by 20 points", both by that margin)
        again = any(c.dep_ == "prep" and c.lower_ == prep.lower_ and c.i < before.i for c in prep.head.children)
        if joined and again and before.pos_ in {"NOUN", "PROPN"} and before.i == before.right_edge.i:
            return before
    noun = root.head
    # (or as the noun's object: a noun takes none, the left-out verb does)
    if root.dep_ not in {"appos", "dobj", "npadvmod"} or noun.dep_ != "conj" or noun.i > root.i:
        return None
    verb = noun.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.i > noun.i:
        return None
    # "… costs 540 rupees …, and diesel 470 rupees": a noun the tagger took for a bare verb, joined to a finite
    # one without a subject, auxiliary or "to" of its own (English does not join them so)
    bare = (
        noun.tag_ == "VB"
        and verb.tag_ in {"VBZ", "VBD", "VBP"}
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in noun.children)
    )
    return noun if noun.pos_ in {"NOUN", "PROPN"} or bare else None


# Nouns of change that take what changed with "of" ("a doubling of the tax to 16%", "an increase of fares").
_CHANGE_OBJECTS = frozenset({"doubling", "tripling", "halving", "increase", "rise", "cut", "reduction", "hike"})


def _change_set_off(whole: Span) -> Token | None:
    """ "…recorded 45,000 arrivals since January, down about 60% from …", "arrested 320 people, up 40%":
    a change set off by a comma after a clause, the figure hung on "up"/"down" and that on the clause's
    verb. The verb, else None."""
    shift = whole.root.head
    if shift.lower_ not in {"up", "down"} or shift.dep_ != "advmod" or whole.root.dep_ not in {"npadvmod", "dobj"}:
        return None
    if shift.i == 0 or whole.doc[shift.i - 1].text != ",":
        return None
    return shift.head if shift.head.pos_ in {"VERB", "AUX"} else None


# Words between the two ends of a range, besides the qualifiers of the second ("to more than", "-", "and").
_RANGE_JOINERS = frozenset({"to", "-", "–", "and"})


def _range_end_after(number: Span, head: Token) -> bool:
    """`head` is the figure closing a range `number` opens ("from about 4,000 to more than 11,000")."""
    if not head.like_num or head.i < number.end or parse_digits(head.text) is None or parse_digits(number.text) is None:
        return False  # (figures in digits: "two to one" is a ratio)
    between = [t.lower_ for t in number.doc[number.end : head.i]]
    return (
        bool(between)
        and between[0] in _RANGE_JOINERS
        and all(
            w in _RANGE_JOINERS or w in {"more", "less", "than", "about", "around", "nearly", "over", "up"}
            for w in between
        )
    )


def _quake_measuring(number: Span) -> Token | None:
    """The quake a figure right after "measuring"/"measured" gives the size of ("the quake, measuring 6.3,", "a tremor
    that measured 5.1", "The quake measured 7.1"), else None."""
    doc = number.doc
    verb = doc[number.start - 1] if number.start > 0 else None
    if verb is None or verb.lemma_.lower() != "measure":
        return None
    noun = verb.head if verb.dep_ in {"acl", "relcl"} else None
    if verb.dep_ == "advcl":  # ("The quake, measuring 6.3, struck at dawn": the parser hung it on the main verb)
        noun = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    noun = noun or next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if noun is not None and noun.lower_ in {"which", "that"}:
        noun = verb.head
    if noun is not None and noun.lemma_.lower() in _QUAKE_NOUNS:
        return noun
    # ("The quake, measuring 6.3, struck", "the epicentre of the strongest quake, measuring 6.3, was": set off by
    # commas right after the quake, wherever the parser hung it)
    before = doc[verb.i - 2] if verb.i >= 2 and doc[verb.i - 1].text == "," else doc[verb.i - 1]
    return before if before.lemma_.lower() in _QUAKE_NOUNS else None


def _people_of_a_country(tok: Token | None) -> bool:
    """A demonym standing for the people themselves, with no noun after it ("18 million Sudanese face …"; not
    "18 million Sudanese pounds")."""
    if tok is None or tok.ent_type_ != "NORP" or tok.pos_ not in {"ADJ", "PROPN"} or not tok.text[:1].isupper():
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    follows = nxt is not None and nxt.pos_ in {"NOUN", "PROPN"} and nxt.head == tok
    return DEMONYM_TO_COUNTRY.get(tok.text.casefold()) is not None and not follows


def _build(
    doc: Doc,
    quantity: Quantity,
    number: Span,
    whole: Span,
    resolver: SpeakerResolver,
    quotations: list[QuotationRecord],
    published: date | None,
    earlier: list[ClaimRecord],
    subject: str | None = None,
) -> ClaimRecord | None:
    first, last = number[0], number[-1]
    unit = quantity.unit
    per_base = _base_rate(doc, number, None) if unit is None else None
    if per_base is not None:
        unit = per_base[0]  # "the murder rate rose to 46 per 100,000 inhabitants"
    end = whole.end
    words_before = [t.text for t in doc[max(0, whole.start - 4) : whole.start]]
    qualifier = qualifier_before(words_before)
    if qualifier == "up_to" and _moved_up_to(doc, whole.start):
        qualifier = "exact"  # "credit growth had picked up to 3.3%": where it moved, no ceiling
    if qualifier == "exact" and _passed_as_a_threshold(whole):
        qualifier = "more_than"  # "death toll passes 200", "inflation tops 200%"
    elif qualifier == "exact" and _passed_as_a_threshold(whole, _NEARING_VERBS):
        qualifier = "approximate"  # "death toll nears 1,400": close to it
    if doc_text(doc)[max(0, quantity.start - 1) : quantity.start] == "~":
        qualifier = "approximate"
    elif sub_prefixed(doc_text(doc), quantity.number_start):
        qualifier = "less_than"
    after = doc[end] if end < len(doc) else None
    head = last.head if last.dep_ in {"nummod", "quantmod", "compound", "predet"} else None  # ("half the country")
    if head is None and first.dep_ in {"nummod", "quantmod"}:
        head = first.head
    if head is not None and first.i <= head.i <= last.i and first.dep_ in {"nummod", "quantmod"}:
        head = first.head  # "two dozen protesters": the parser hung "dozen" on "two", which counts the protesters
    if head is not None and head.pos_ == "ADJ" and head.dep_ == "amod" and head.i < end <= head.head.i:
        head = head.head  # "a record 188 drones": the parser hung the number on the adjective before it
    if head is None and last.dep_ == "amod" and last.head.pos_ == "NOUN" and last.head.i >= end:
        head = last.head  # "its $51bn foreign debt": the figure read as an adjective of the noun it measures
    modifier = first.head if first.dep_ == "nsubj" and first.head.dep_ == "amod" and first.head.i == end else None
    if head is None and modifier is not None and modifier.head.pos_ == "NOUN" and modifier.head.i > end:
        head = modifier.head  # "100,417 forced displaced persons had entered": the parser made the count a subject
    if head is None and first.dep_ == "nsubj" and first.head.lower_ in _STATE_WORDS and first.head.i == end:
        head = first.head  # "Floods hit the city, 40 dead": a headline's count the parser made the state's subject
    if head is None and unit is None and after is not None and after.pos_ != "NOUN" and _currency_name(after):
        head = after  # "costs about 42,000 kwacha": a currency name the tagger took for an adverb
    if head is not None and _dated_by(head):
        head = None  # "rose to 157 last year": the parser hung the figure on the date after it
    if head is not None and after is not None and after.text == "," and head.i > end:
        # "to roughly 25,000, more than half the territory's population": a comma and a new noun phrase end the
        # figure (not a list of modifiers: "a $2.2 billion, two-year budget deficit")
        head = None if any(t.dep_ in {"det", "poss"} for t in doc[end + 1 : head.i]) else head
    if head is not None and head.i >= last.i + 3 and _hyphened_to_a_number(head):
        head = head.head  # "eight 31-storey blocks": the second number and its noun modify what the first counts
    while (
        head is not None
        and head.dep_ == "compound"
        and head.pos_ == "NOUN"
        and head.head.i == head.i + 1
        and unit_word(head.text) is None  # ("a 20 or 30 percent premium": the unit, read later)
        and head.ent_type_ not in {"PERCENT", "MONEY", "QUANTITY", "DATE", "TIME"}  # ("9.2% year over year")
        and _head_word(head.text) not in DURATION_UNITS  # ("could one day stretch")
    ):
        if head.head.pos_ != "NOUN" or unit_word(head.head.text) is not None:
            break
        head = head.head  # "2.5 million vaccine doses": the parser may hang the figure on the first noun
    if head is not None and _time_adverb(head):
        head = None  # "prices are up 15 per cent year on year": when, not what
    if head is not None and head.pos_ == "NUM" and after is not None and after.lower_ == "of" and head.i > after.i:
        head = head.head if head.dep_ == "nummod" else None  # "shot down 23 of 30 drones": both count the drones
    closing = head if head is not None and _range_end_after(number, head) else None
    if closing is not None:
        # "ranged from about 4,000 to more than 11,000": the parser hung the first end on the second; both count what
        # the second counts
        head = (
            closing.head if closing.dep_ in {"nummod", "quantmod"} and closing.head.pos_ in {"NOUN", "PROPN"} else None
        )
    if _scale_letter(last):
        head = None  # "2.7m people": the parser hangs the noun on the "m", any way round
    people = after is not None and after.pos_ == "PROPN" and after.ent_type_ == "NORP"  # "1.5m Syrians"
    if head is None and after is not None and (after.pos_ == "NOUN" or people) and not _time_adverb(after):
        head = after
    if head is not None and head.pos_ in {"VERB", "AUX"} and head.i > end and _people_of_a_country(after):
        head = after  # "nearly 18 million Sudanese face acute hunger": the parser read "Sudanese face" as a noun
    if (
        head is None
        and after is not None
        and after.text == "-"
        and end + 1 < len(doc)
        and doc[end + 1].lower_ == "strong"
    ):
        head = doc[end + 1].head  # "a 1,000-strong contingent"
    if (
        unit is None
        and head is not None
        and head.lemma_.lower() in _QUAKE_NOUNS
        and re.fullmatch(r"\d\.\d", first.text)
    ):
        unit = "magnitude"  # "a 6.7 aftershock": a quake is measured by its magnitude (not "two earthquakes")
    if unit is None and re.fullmatch(r"\d\.\d", first.text) and (quake := _quake_measuring(number)) is not None:
        unit, head = "magnitude", quake  # "the strongest quake, measuring 6.3,", "a tremor that measured 5.1"
        subject = subject or _subject(quake, None)
    across = doc[number.start - 1] if number.start > 0 else None
    placed = across is not None and across.dep_ == "prep" and head is not None and head.head == across
    if placed and across is not None and qualifier in {"more_than", "less_than"} and across.lower_ in {"over", "under"}:
        # "shot down 31 drones over nine regions", "submerged under two metres of water": where, not how many
        # more or less than (but "rose over 5%", "fell under $2" are)
        reached = across.head.lemma_.lower() in REACH_VERBS | {"be"}
        moved = _changes(across.head) or reached or across.head.pos_ != "VERB"
        if (unit is None and across.lower_ == "over") or not moved:
            qualifier = "exact"
        # "the home was under two metres of water": a depth of something it lay beneath, not less than one
        if (
            across.lower_ == "under"
            and unit in _DEPTHS
            and head is not None
            and any(c.lower_ == "of" and any(o.dep_ == "pobj" for o in c.children) for c in head.children)
        ):
            qualifier = "exact"
    tally = subject is not None  # the side of a vote: whoever voted is not claiming the figure
    if subject is None and unit is None:
        subject = _tally_side(doc, end, number.start)
    if (
        head is not None
        and head.idx < quantity.end
        and not any(c.lower_ == "of" for c in head.children)
        and _of_object(head) is None  # ("500 mm (20 inches) of rain", the "of" hung on the verb: still the rain)
    ):
        # "950€", "10 ppb limit", "a 353 million euro ($408 million) wall", "a 52,000 barrel-a-day refinery"
        hop = {"compound", "nmod"} if unit is not None else {"compound"}  # ("2018 sales": a year, no hop)
        head = head.head if head.dep_ in hop and head.head.i > head.i else None
        if head is not None and _time_adverb(head):
            head = None  # "down 9.2% year over year": when, not what
    # ("3.5 kilometers (2 miles) long": the dimension after the conversion in brackets)
    dimension = _past_a_conversion(after) if after is not None else None
    if subject is None and unit is not None and dimension is not None and dimension.lower_ in _DIMENSIONS:
        # "debris up to 8 metres deep", "a wall 5m high": the noun the measure describes; after a verb
        # ("the barrier … will be 5.5 metres high") the verb's subject; else nothing
        described_noun, relative = None, False
        for t in reversed(doc[max(0, whole.start - 4) : whole.start]):
            if t.pos_ in {"VERB", "AUX"} and t.i >= 2 and doc[t.i - 1].lower_ in {"that", "which"}:
                # "the small country that is about 90 miles wide", "the shaft, which is about 150 metres deep"
                antecedent = doc[t.i - 3] if doc[t.i - 2].text == "," and t.i >= 3 else doc[t.i - 2]
                described_noun = antecedent if antecedent.pos_ == "NOUN" else None
                relative = True
                break
            if t.pos_ in {"VERB", "AUX"} and t.lemma_ == "be":
                # "The fissure was about 3.5 kilometers long": the subject of the "be" right before the measure,
                # whatever the parser hung the dimension on
                said_of = next((c for c in t.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
                described_noun = said_of
                break
            if t.pos_ in {"VERB", "AUX"} or t.is_punct:
                break
            if t.pos_ == "NOUN" and t.ent_type_ not in {"DATE", "TIME"}:
                described_noun = t
                break
        # ("one that was three feet wide": what "one" stands for is not read here)
        fallback = "" if relative else (_measured(whole) or "")
        subject = _phrase(described_noun) if described_noun is not None else fallback
    if subject is None and unit is not None and (described := _described(doc, quantity)) is not None:
        subject = _phrase(described)  # "a 186-km barrier", "a 2.5-metre-high fence": the thing measured
    if subject is None and unit is not None and (stretching := _stretching(whole)) is not None:
        subject = _phrase(stretching)  # "fuel queues stretching for up to 3 kilometres": the queues
    worth = whole.root.head if whole.root.head.lower_ == "worth" else None
    valued = worth.head if worth is not None else None
    if valued is not None and valued.pos_ == "VERB":  # the parser may hang "worth" on the verb: its object
        verb = valued
        valued = next((c for c in verb.children if c.dep_ == "dobj" and c.i < worth.i), None)  # type: ignore[union-attr]
        if valued is not None:
            # "dispatch a medical team and relief goods worth 100 million rupees": the object joined last, right
            # before "worth", is what is worth it
            valued = [c for c in (valued, *valued.conjuncts) if c.i < worth.i][-1]  # type: ignore[union-attr]
        if valued is None and worth.dep_ in {"conj", "oprd", "advcl", "acomp"}:  # type: ignore[union-attr]
            valued = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)  # "7.5% … was damaged, worth …"
    if subject is None and valued is not None and valued.pos_ in {"NOUN", "PROPN"} and valued.i < whole.start:
        subject = _subject(valued, None)  # "a package of sanctions worth €10bn", "aid worth $2m": what is worth it
    # ("cost him $1bn in losses": what the money is in, below, not what cost it)
    spent_in = after is not None and (in_what := _past_a_conversion(after)).lower_ == "in" and _money_in(in_what)
    if (
        subject is None
        and (is_money(unit) or unit in shared_currency_names() or unit == "lb")  # (pounds: money if priced)
        and not spent_in
        and (priced := _priced(whole))
    ):
        subject = priced  # "a bag of cement was selling for 9,000 naira": what the price is of
    if subject is None and unit is not None and head is not None and _of_object(head) is not None and _level(whole):
        # "raised premiums to 1% of a ship's value", "poverty rose to 41% of adults": what was changed or moved
        # is measured, in a share of what follows "of"
        subject = _measured(whole, is_money(unit))
    if subject is None:
        owner_of = head.head if head is not None and head.dep_ == "poss" and head.head.pos_ == "NOUN" else None
        if (
            owner_of is not None
            and head is not None
            and any(c.dep_ == "det" and number.end <= c.i < head.i for c in head.children)
        ):
            head = owner_of  # "more than half the country's territory": the territory, not the country
        if head is not None and head.i >= number.end and _name_a_count_was_hung_on(head):
            head = head.head  # "200 Taliban and affiliated fighters": the fighters
        subject = _subject(head, unit, quantity.end) if head is not None and head.i >= number.end else None
        after_number = doc[number.end] if number.end < len(doc) else None
        if (
            subject is not None
            and head is not None
            and _listed_under(head)
            and after_number is not None
            and after_number.lower_.endswith("ing")
            and after_number.dep_ == "compound"  # (read as a noun: not "among the three remaining candidates")
            and head.head.head.pos_ == "NOUN"
        ):
            # "600 trucks a day, including 50 carrying fuel": a participle read as a noun after the part's number;
            # the part counts what the count it is listed under counts
            subject = _phrase(head.head.head)
    if subject is None and closing is not None and head is None:
        subject = _measured(doc[closing.i : closing.i + 1], is_money(unit))  # (what the range's closing end measures)
    same_sentence = [c for c in earlier if c.sentence_start == first.sent.start_char]
    equivalent = whole.root.head.lower_ == "of" and whole.root.head.head.lower_ == "equivalent"
    if subject is None and equivalent and same_sentence:
        subject = same_sentence[-1].subject  # "$34bn, the equivalent of 4% of GDP": the same thing as the $34bn
    of_follows = after is not None and after.lower_ == "of"  # "half of the cases are children": the cases
    if subject is None and unit is None and not of_follows and (attr := _copula_noun(whole)) is not None:
        subject = _phrase(attr)  # "Of the 4,000 detained, about 1,000 were children" → children
    if subject is None and after is not None and after.lower_ == "of":
        of_obj = next((c for c in after.children if c.dep_ == "pobj"), None)
        if of_obj is not None and (those := _those_described(of_obj)) is not None:
            subject = those  # "half of those killed"
        elif of_obj is not None and of_obj.pos_ == "PRON":  # "80% of them": what "them" stands for, if written
            subject = _main_figure(doc, same_sentence).subject if same_sentence else None
            # "Ukraine shipped 33 million tonnes of grain. About 57% of that went to …": the sentence before's
            figure_before = (
                _main_figure(doc, [c for c in earlier if c.sentence_start == earlier[-1].sentence_start])
                if earlier
                else None
            )
            # (a share, or a part of the count before: "8,000 swam in … Spain has sent back some 4,000 of them";
            # not "the two of them")
            part = (
                figure_before is not None
                and unit is None
                and figure_before.unit is None
                and (quantity.value or 0) < (figure_before.value or 0)
                and not any(c.dep_ == "det" and c.lower_ == "the" for c in first.children)
            )
            if (
                not same_sentence
                and figure_before is not None
                and not list(of_obj.children)  # (not "of those surveyed": a group the words describe)
                and (unit is not None or (quantity.value or 1) < 1 or part)
                and first.sent.start > 0
                and earlier[-1].sentence_start == doc[first.sent.start - 1].sent.start_char
            ):
                subject = figure_before.subject
        elif of_obj is not None and _ratio_base(of_obj) and (restated := _restates(whole, None, same_sentence)):
            subject = restated.subject  # "put the losses at $30 billion, or roughly 8% of GDP": the same losses
        elif of_obj is not None and _ratio_base(of_obj) and unit is None and _beside_a_count(whole):
            subject = _phrase(of_obj)  # "employs 2 million people, roughly a tenth of the population": its share
        elif (
            of_obj is not None
            and of_obj.lower_ in {"average", "normal", "level", "levels"}
            and _apposed_share(whole, same_sentence) is not None
        ):
            # "received 572 mm of rain in 48 hours, more than a tenth of its annual average": a share of the average
            # set beside the figure, not a level the verb's subject reached (the figure had measured Wayanad)
            subject = _owned(of_obj, _phrase(of_obj))
        elif (
            of_obj is not None
            and _ratio_base(of_obj)
            and whole.root.dep_ not in {"nsubj", "nsubjpass"}
            and not _share_of_the_people_acted_on(whole.root, of_obj)
        ):
            # "the deficit widened to 4.2% of GDP", "poverty rose to 41% of the population": the deficit,
            # poverty (not "80% of the population has fled", where the share is the subject)
            national = of_obj.lower_ not in _RATIO_BASES or of_obj.lower_ in {"gdp", "gnp", "gni"}  # output is money
            subject = _measured(whole, money=national) or _phrase(of_obj)
        elif of_obj is not None and (figure_of := _figure_owned_by(of_obj)) is not None:
            subject = figure_of  # "85% of the country's $55 billion in exports": the exports, not the country
        elif of_obj is not None and (misread := _counted_before_a_misread_verb(of_obj, quantity.end)) is not None:
            subject = misread  # "One in five of those infected needed hospital treatment", read as one noun phrase
        elif of_obj is not None:
            subject = _owned(of_obj, _phrase(of_obj))  # "a third of voters"
    if subject is None and unit is not None and (part_of := _part_of_which(whole)) is not None:
        subject = _phrase(part_of)  # "an appeal of $129m, of which it has received 19%": the appeal
    if subject is None and unit is None:
        subject = _of_noun(whole)  # "a net worth of 2.4 billion"
    converted = same_sentence[-1] if same_sentence else None
    bracketed = converted is not None and doc_text(doc)[converted.end : quantity.start].strip() == "("
    if bracketed and converted is not None:
        if subject is None or (converted.subject is not None and _converts(converted.unit, unit)):
            # "a 353 million euro ($408 million) wall": the conversion, of the same wall; "temperatures soared above
            # 48 degrees Celsius (118 degrees Fahrenheit) and power cuts left …": the same temperatures, whatever
            # the parser hung the bracket on
            subject = converted.subject
        if qualifier == "exact":
            qualifier = converted.qualifier  # "about 72 kilometres (45 miles)": about 45 miles too
    if subject is None and unit is not None and (restated := _restates(whole, unit, same_sentence)) is not None:
        subject = restated.subject  # "€18bn in aid, or roughly €1.5bn a month": the same aid
    of_extreme = whole.root.head.lower_ == "of" and whole.root.head.head.lower_ in _EXTREMES
    if subject is None and unit is not None and of_extreme:
        # "peaked at 5.33 metres, above the previous record of 4.76 metres": the record of the same measure
        subject = next((c.subject for c in reversed(same_sentence) if c.unit == unit and c.subject), None)
    if subject is None and unit is None and whole.root.head.lower_ == "at":
        subject = _measured(whole)  # "…, while the ministry put the toll at 2,662": the toll, not the people before
    at_level = _through_aggregate(whole.root).head
    if subject is None and at_level.lower_ == "at" and at_level.dep_ == "prep" and _on_a_pronoun(at_level.head):
        # "X estimated the damage at $10bn, while Y put it at $12.5bn": what the figure before in the sentence
        # (or the one before it) measured, in the same unit
        near = {first.sent.start_char, doc[first.sent.start - 1].sent.start_char if first.sent.start else -1}
        measured_before = [c for c in earlier if c.unit == unit and c.subject and c.sentence_start in near]
        subject = measured_before[-1].subject if measured_before else None
        putter = at_level.head
        joined = putter.head if putter.dep_ == "conj" and putter.head.pos_ in {"VERB", "AUX"} else None
        obj = next((c for c in joined.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None) if joined else None
        if obj is not None:
            # "raised its policy rate by 1,350 basis points but has held it at 29 per cent": the object of the verb
            # "it" is joined to
            subject = _subject(obj, None)
    # ("including nine in …", "21 people in the Philippines and four in China")
    elliptical = parse_digits(first.text) is not None or _listed_under(whole.root) or _joined_to_a_count(whole.root)
    copula = whole.root.head if whole.root.dep_ == "attr" else None
    said_to_be = next((c for c in copula.children if c.dep_ == "nsubj"), None) if copula is not None else None
    count_word = said_to_be.lemma_.lower() if said_to_be is not None else None
    if subject is None and unit is None and count_word in _BARE_COUNTS and same_sentence:
        subject = count_word  # "…; rebels said the real toll was 900": a tally, resolved below
    elif subject is None and unit is None and said_to_be is not None and count_word in _BARE_COUNTS:
        subject = _subject(said_to_be, None)  # "Last year the death toll was 2,406": the toll itself
    elif subject is None and unit is None and said_to_be is not None and _named_measure(said_to_be):
        # "808 pesos per dollar, while the parallel rate was about 1,000": what the figure is said to be
        subject = _subject(said_to_be, None)
    crossed = whole.root.dep_ == "dobj" and whole.root.head.lemma_.lower() in REACH_VERBS
    if subject is None and crossed and same_sentence and unit is None:
        subject = _measured(whole)  # "…, as the death toll passed 4,500": the toll, not the figure before
    crossed_by_subject = _level(whole) or _threshold(whole)  # "the toll rose above 41,000": the toll
    if subject is None and unit is None and (brought := _object_brought_to(whole.root)) is not None:
        subject = _counted(brought)  # "bringing the death toll linked to a doomsday cult to 429": the toll
    # ("…'s power; 7 killed": a number that is the subject of a verb only people undergo counts people, not the
    # figure before it in the sentence)
    undergoing = whole.root.dep_ in {"nsubj", "nsubjpass"} and _people_lemma(whole.root.head)
    # ("the toll rose to 128 as police arrested 13": people, whom the verb is done to, not the toll)
    done_to = (
        whole.root.dep_ == "dobj"
        and whole.root.head.pos_ == "VERB"
        and _people_lemma(whole.root.head) is not None
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in whole.root.children)  # ("33 of the drones")
        and not any(t.text == ":" for t in doc[whole.root.head.i : whole.root.i])  # (a fact box's "Evacuated: 600")
    )
    if (
        subject in {None, "others"}
        and same_sentence
        and unit is None
        and elliptical
        and not crossed_by_subject
        and not undergoing
        # (not "a level seen once every 100 years": a span of time, not another of the sentence's things)
        and not (number.end < len(doc) and _head_word(doc[number.end].text) in DURATION_UNITS)
    ):
        # ("the dead included 11 children and 97 others were wounded": not the children, a part of the dead)
        # (nor, for a bare number, a part listed after the main figure: "killed 492 people, including 35 children and
        # 58 women, and wounded 1,645": people, not women)
        whole_counts = [c for c in same_sentence if not _listed_part(doc, c)]
        counted_on = whole_counts if subject == "others" else whole_counts or same_sentence
        if counted_on:
            subject = _main_figure(doc, counted_on, first).subject
        else:
            subject = _count_before(first, unit, earlier) or subject
        if subject and _tally(subject) and (number.root.dep_ in {"nsubj", "nsubjpass"} or _undergoes(number.root)):
            # "the death toll rose to 41, with 12 still missing", "… toll rises to 143, over 600,000 displaced": the
            # 12 and the 600,000 are not a toll
            subject = None
    elif subject == "others" and unit is None and (before := _count_before(first, unit, earlier)) is not None:
        subject = before  # "… killed 420 civilians. … 3,700 others had been wounded": other civilians
    if done_to and subject is not None and not _counts_people(subject.split()[-1].lower()):
        subject = "people"  # "the toll rose to 128 as police arrested 13": people, whom the verb is done to
    alone = whole.root.pos_ == "NUM" or whole.root.lower_ == "dozen"  # ("at least a dozen wounded")
    if subject is None and unit is None and alone and (counted := _them_counted(whole.root)) is not None:
        subject = _counted(counted)  # "Officers had acted with restraint, and 57 of them had been injured"
    if subject is None and unit is None and alone and whole.root.dep_ in {"nsubj", "nsubjpass"}:
        subject = _stands_for(whole.root, earlier)  # "A further 150 were detained", "Seven drowned"
    elif subject is None and unit is None and alone and _parallel_count(whole.root):
        subject = _count_before(first, None, earlier)  # "211 were in Valencia, five in …": the dead again
    elif subject is None and unit is None and alone and _undergoes(whole.root):
        subject = "people"  # "That compares with 8,400 killed in 2023": a number a casualty participle follows
    elif subject is None and unit is None and alone and done_to:
        subject = "people"  # "… as police arrested 13": people, whom the verb is done to
    elif (
        subject is None
        and unit is None
        and alone
        and whole.root.dep_ == "dobj"
        and _people_lemma(whole.root.head)
        and _fact_box_label(doc_text(doc), quantity) is None  # ("Evacuated: about 60,000": the label, below)
    ):
        subject = "people"  # "has killed tens of thousands and displaced about 12 million": people it displaced

    elif subject is None and unit is None and alone and _received(whole.root):
        # "Chad has taken in 260,000 refugees … Egypt, which received around 255,000, …": what was counted before
        subject = _count_before(first, None, earlier)
    if unit is None and alone and _people_event_of(whole.root):
        subject = "people"  # "Wildfire forces evacuation of 30,000": people evacuated, not "Wildfire forces evacuation"
    if unit == "times" and after is not None and after.lower_ == "as" and (many := _as_many(after)) is not None:
        subject = _phrase(many, doc[many.i - 1].idx + 1)  # "four times as many people": the people
    occasions = subject is not None and unit is None and subject.lower() == "times" and head is not None
    if occasions and head is not None:
        subject, unit = None, "times"  # "arrested three times": occasions, counted in the unit, of nothing named
        quantity = replace(quantity, end=max(quantity.end, head.idx + len(head)))
    if unit is None and subject is not None and subject.lower() == "magnitude":
        # "Japan's meteorological agency put the magnitude at 7.5": a magnitude, of the quake named last
        subject, unit = _quake_before(first), "magnitude"
    generic = subject is not None and subject.lower() == "currency"  # ("the currency had been trading at 115 …")
    if unit is None and (subject is None or generic) and (currency := _currency_it_stands_for(whole)) is not None:
        subject = currency  # "The rupee has lost 40% … It traded at 318 to the dollar": the rupee
    rate = _exchange_rate(doc_text(doc), quantity.end, subject) if unit is None and subject is not None else None
    if unit is not None and is_money(unit) and (exchange := _priced_in(doc_text(doc), quantity.end, unit)) is not None:
        unit, quantity = exchange[0], replace(quantity, end=exchange[1])  # "808 pesos per dollar": an exchange rate
    earlier_rate = next(
        (c for c in reversed(same_sentence) if subject in {None, c.subject} and c.unit and _is_exchange_rate(c.unit)),
        None,
    )
    compared = first.head.lower_ in {"with", "to"} and first.head.head.lower_ in {"compared", "against"}
    if rate is not None:
        unit, quantity = rate[0], replace(quantity, end=rate[1])  # "the hryvnia fell to 32.5 against the dollar"
    elif (
        unit is None and earlier_rate is not None and (first.head.lower_ == "from" or compared or _to_after_from(first))
    ):
        # "fell to 49.5 to the dollar from 30.85", "…, compared with 201 a month earlier": the same rate, before
        # (or after: "from around 1,600 per dollar in March to about 1,150")
        unit, subject = earlier_rate.unit, earlier_rate.subject
    elif (
        unit is None
        and whole.root.dep_ == "pobj"
        and whole.root.head.lower_ == "from"
        and (level_then := _level_before(same_sentence, subject, doc_text(doc)[: quantity.start]))
        and not (level_then.unit == "%" and _WRITTEN_SCALE.search(doc_text(doc), quantity.number_start, quantity.end))
    ):
        # (no share passes to "up from 16 million" after "19 million, or about 40% of the population": a count)
        # "now costs 35,000 pounds, up from 1,500 in 2019": the same measure, in the same unit, before
        unit, subject = level_then.unit, level_then.subject
    elif (
        subject is not None
        and (as_unit := unit_word(subject)) is not None
        # (a share counts what it is a share of: "one in every eight barrels produced", not barrels; but "a quarter
        # of a percent" is a measure)
        and not re.fullmatch(r"\w+ (?:in(?: every)?|out of) \w+", doc_text(doc)[quantity.start : quantity.end])
    ):
        written = re.match(r"\s+" + re.escape(subject) + r"\b", doc_text(doc)[quantity.end :])
        if as_unit == "XOF":
            as_unit = cfa_franc_in(doc_text(doc))  # "CFA francs": the West or the Central African franc
        subject, unit = None, unit or as_unit  # "19 per cent", "30 yards": the unit, never the subject
        if written is not None and unit == as_unit:
            rated, rated_end = rate_after(doc_text(doc), quantity.end + written.end(), unit)
            if rated != unit:
                unit, quantity = rated, replace(quantity, end=rated_end)  # "900 dinars per kilogram"
        if is_money(unit) or unit in shared_currency_names():
            subject = _priced(whole)  # "a litre of petrol sold for 18,000 shillings"
    elif unit is None and subject is not None and (local := _local_currency_name(doc_text(doc), quantity, subject)):
        # "debt stands at 10 trillion shillings" in an article about Kenya: Kenyan shillings, and what they measure
        subject, unit, quantity = None, local[0], replace(quantity, end=local[1])
        named = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
        after = doc[named.end] if named is not None and named.end < len(doc) else None  # past the currency name
    if (
        unit is not None
        and whole.root.dep_ == "pobj"
        and whole.root.head.lower_ == "from"
        and whole.root.head.head.lower_ in {"up", "down"}
        and (level_then := _level_before(same_sentence, None)) is not None
        and level_then.unit == unit
        and level_then.subject is not None
    ):
        subject = level_then.subject  # "a less than 20% chance of a cut, down from about 50%": the chance, before
    money = is_money(unit)
    # (a sum by the year or month too: "$2 billion a year in development aid")
    money_rate = unit is not None and " per " in unit and is_money(unit.split(" per ")[0])
    if subject is None and (money or money_rate) and after is not None:
        # "a target of 200p on …", "$3bn in compensation" (not a level reached: "fell to $27.15 in early trading")
        leading = whole.root
        while leading.dep_ == "conj" and leading.head.i < leading.i:
            leading = leading.head  # "at 100 taka in public hospitals and 300 taka in private ones": a level too
        to = leading.head
        level = leading.dep_ == "pobj" and to.lower_ in {"to", "at", "from"} and to.head.pos_ in {"VERB", "AUX"}
        after = _past_a_conversion(after)  # "346 billion shillings ($2.7 billion) in new taxes"
        level = level and after.lower_ == "in"  # (not "access to $100bn in frozen funds")
        subject = _of_noun(whole, money=True) or (None if level else _money_in(after))
    by_at = whole.start - 1
    while by_at > 0 and doc[by_at].lower_ in _BY_QUALIFIERS:
        by_at -= 1  # "fell by about a third", "by more than half"
    after_by = whole.start > 0 and doc[by_at].lower_ == "by"
    by_share = after_by and _is_share(doc_text(doc), quantity)  # "fell by a third"
    place = _place(whole)
    # ("the number reached 90,000 Friday": the parser made the weekday the verb's modifier, the figure its number)
    as_object = place.dep_ == "dobj" or (place.dep_ == "npadvmod" and _dated_by(place) and place.i > whole.root.i)
    reached = as_object and place.head.lemma_.lower() in REACH_VERBS  # "cases topped 10,000"
    approx = whole.root.head  # "the crowd numbered around 50,000": the parser may take "around" for a preposition
    reached = reached or (
        whole.root.dep_ == "pobj" and approx.lower_ in _APPROX_PREPS and approx.head.lemma_.lower() in REACH_VERBS
    )
    level = place.head.lower_ in {"from", "to", "at"} or (
        place.head.lower_ in _THRESHOLDS and place.head.head.pos_ == "VERB"
    )  # "the toll rose above 11,000": the level the subject crossed
    # "the toll is as high as 150,000", "put the toll as high as 150,000": the level said of the subject
    level = level or _as_extent(place) is not None
    # "the toll rose by 300", "raise the quota by 2,000": how much what moved or was changed moved
    moved_by = place.head.lower_ == "by" and place.head.dep_ == "prep"
    level = level or (moved_by and place.head.head.lemma_.lower() in CHANGE_VERBS | _MOVE_VERBS)
    of = whole.root.head if whole.root.dep_ == "pobj" and whole.root.head.lower_ == "of" else None
    if of is not None and of.head.lower_ in _EXTREMES:
        # "fell to a record low of 140,000", "hit a high of 9.1%": the extreme is the level reached
        extreme = of.head
        level = level or extreme.head.lower_ in {"from", "to", "at"}
        reached = reached or (extreme.dep_ == "dobj" and extreme.head.lemma_.lower() in REACH_VERBS)
    if subject is None and (made := _made_so(whole)) is not None:
        subject = _phrase(made)  # "made the heatwave 35 times more likely": the heatwave
    if subject is None and unit in {"%", "times"} and (compared_noun := _compared_noun(whole)) is not None:
        # "received 190% more rain than its average": the rain (a share or a multiple; a count of "fewer people" is a
        # difference whose subject this would not say)
        subject = _phrase(compared_noun, whole.root.head.idx + 1)  # (after the comparative: "rain", not "more rain")
    if subject is None and unit is not None and (above_level := _noun_before_its_level(whole)) is not None:
        subject = _phrase(above_level)  # "fanned by winds and temperatures above 40C": the temperatures
    if subject is None and (gapped := _gapped_noun(whole)) is not None:
        # "Petrol now costs 550 rupees a litre, … and diesel 460 rupees": the verb left out, the noun before the
        # figure is what it measures, at the rate of the figure the verb has ("per litre")
        subject = _phrase(gapped)
        # (the figures before are in the article's currency already: "LKR per litre" beside a bare "INR")
        rates = [
            rate
            for base, _, rate in (c.unit.partition(" per ") for c in same_sentence if c.unit)
            if rate
            and unit is not None
            and " per " not in unit
            and (base == unit or (is_money(base) and is_money(unit)))
        ]
        unit = f"{unit} per {rates[-1]}" if rates else unit
    if subject is None and (clause := _change_set_off(whole)) is not None:
        # "…recorded 45,000 arrivals …, down about 60% from …": the change is the figure's before it in the clause
        changed = next((c for c in reversed(same_sentence) if c.subject and _claim_clause(doc, c) == clause), None)
        subject = changed.subject if changed is not None else None
    if subject is None and unit is not None and (added_to := _added_to(whole)) is not None:
        subject = _phrase(added_to)  # "could add 0.6 percentage points to global inflation": inflation
    if subject is None and not occasions and (unit is not None or by_share or reached or level):
        subject = _measured(whole, money)  # "inflation rose 0.4%", "horsepower jumped from 240 to 273"
    if subject is None and per_base is not None:
        # the parser hangs the figure on the base ("to [46 per 100,000] inhabitants"): what the rate stands for
        subject = _measured(doc[number.start : per_base[1]])
    set_off = head is not None and head.left_edge.i > 0 and doc[head.left_edge.i - 1].text == ","
    # (set off by a comma, whatever the parser made of it: ", a 45-fold increase from …" hung on the comma)
    aside = head is not None and (
        head.dep_ in {"npadvmod", "appos"} or (head.dep_ in {"dobj", "conj", "prep", "dep"} and set_off)
    )
    if unit == "times" and subject is not None and subject.startswith("fold "):
        subject = subject.removeprefix("fold ")  # "a 45-fold increase": the increase (the "fold" is the unit's)
    if subject in _CHANGE_NOUNS and aside and same_sentence:  # (", a 53% increase", parsed as a second object)
        subject = _main_figure(doc, same_sentence).subject or subject  # "1.2 million fled, a tenfold increase"
    counted_as: ClaimRecord | None = None  # the figure a bare "the number", "a figure" stands for
    if subject in _BARE_COUNTS and same_sentence and unit == same_sentence[0].unit:
        counted_as = _main_figure(doc, same_sentence)
        if _head_word(subject) == "toll" and (deaths := _deaths(same_sentence)) is not None:
            counted_as = deaths  # "… 212 dead and 1,300 injured, while X claimed the real toll was 500"
        subject = counted_as.subject or subject  # "…, while Belarus put the number at 7,000"
    elif subject in _COUNT_NOUNS and (before := _count_before(first, unit, earlier)) is not None:
        # "… 3,000 migrants had crossed. The figure is expected to rise to 5,000": migrants
        subject = before if before not in _COUNT_NOUNS else subject
    base = unit == "times" and after is not None and after.lower_ in _MULTIPLE_BASES and head is not None
    if base and subject is not None and head is not None and head.i > end and _head_word(subject) == head.lower_:
        # "reached 370 litres … — more than three times the September average": the average is the base
        # the figure is compared with; what is compared is what the sentence's figure measures
        subject = (_main_figure(doc, same_sentence).subject if same_sentence else None) or _measured(whole, money)
    if _compared_below_or_above(whole) and (same := [c for c in same_sentence if c.unit == unit]):
        # "Only 57% of children receive the first dose, well below the 95% needed": the same measure, compared
        subject = same[-1].subject or subject
    if head is not None and same_sentence and _forecast_by_people(head, quantity):
        # "rose to 30%, above the 28% analysts had forecast": the parser hung the figure on the forecasters;
        # it is the forecast of what the sentence's figure measures
        subject = _main_figure(doc, same_sentence).subject
    if subject is not None and subject.startswith("% of "):
        subject = subject[len("% of ") :]  # "7.5% of the rice crop was damaged, worth …": the crop
    unit_part, of_word, rest = (subject or "").partition(" of ")
    if of_word and rest and (unit_part.lower() in _SCORE_WORDS or (unit is not None and unit_word(unit_part) == unit)):
        # a figure's own unit before what it measures, copied from the figure it is compared with ("6,000 barrels
        # of crude …, far more than the 0.16 barrels reported": the crude; "(93 percent)" after "percent of voters")
        subject = rest
    if subject is not None and _verb_after_a_share(doc_text(doc), quantity) == subject:
        subject = None  # "Only one-third approve of waiting": the verb the parser took for the noun counted
    if subject is not None and unit is not None and subject.lower() in _MISREAD_PARTICIPLES:
        subject = None  # "the previous peak of 85,508 MW set last August": the participle read as a noun after the unit
    if subject is not None and (_FIGURE_WORDS.fullmatch(subject) or _SHARE_WORDS.fullmatch(subject)):
        # "$850m of the $1.3bn pledged", "producing less than half of the 3,000 megawatts needed": another figure,
        # or a share of this one, not what this one counts
        subject = None
    if (
        subject is not None
        and (
            (unit is not None and (unit_word(subject) == unit or not re.search(r"[^\W\d_]", subject)))
            or (unit is not None and _own_rate_unit(subject, unit, doc_text(doc)[quantity.start : quantity.end]))
            or (unit is not None and unit_word(subject) in {c.unit for c in same_sentence if c.unit})  # "(9.4m acres)"
            or subject.lower() in _SCORE_WORDS
            or subject.lower() in SCALES
            or _DIRECTION.fullmatch(subject.lower()) is not None
            or _own_characters(subject, doc_text(doc)[quantity.start : quantity.end])  # "Rs 1,400bn needed": "Rs"
        )
    ):
        # what was found is the unit again ("24 per cent" → "per cent"), a word for a share or score that
        # measures nothing ("forecast at 6.5%" hung on "points"), a symbol ("70% voted" → "%"), or the
        # figure's own scale word ("Rs 2.5 crore was released": the parser's noun), or a compass
        # direction ("72km south-west of the city": where, not what is measured)
        direction = subject is not None and _DIRECTION.fullmatch(subject.lower()) is not None
        # ("in Chegutu, about 100 km (62 miles) southwest of Harare": how far the place set off before it is)
        subject = _distance_of(whole) if direction and unit is not None else None
    if unit is None and subject is not None and (owner := _currency_owning(whole, subject)) is not None:
        subject = f"{owner} {subject}"  # "the pound's fair value was about 45 to the dollar": the pound's value
    if unit is None and subject is not None and (rate := _exchange_rate(doc_text(doc), quantity.end, subject)):
        unit, quantity = rate[0], replace(quantity, end=rate[1])  # the currency found by the verb ("fell to")
    elif unit is None and subject is not None and (other := _quoted_on_the_verb(whole)) is not None:
        rate = _exchange_rate(doc_text(doc), quantity.end, subject, other)  # "rose … against the dollar, to 283.5"
        unit = rate[0] if rate is not None else None
    if unit is not None and subject is not None and (priced := _currency_priced(subject, unit, doc_text(doc))):
        unit = f"{unit} per {priced}"  # "the dollar traded at about 10 bolivianos": the dollar's price, a rate
    if subject is None and (label := _fact_box_label(doc_text(doc), quantity)) is not None:
        subject = label  # a fact box: "- Deaths: 4,320", "Displaced: about 1.8 million"
    if subject is None and unit is None and (counted := _partitive_whole(first)) is not None:
        subject = _subject(counted, None)  # "40 soldiers were wounded, of whom six were critical": soldiers
    if subject is None and unit is None and (counted := _counted_by_the_clause_with(first)) is not None:
        subject = _subject(counted, None)  # "Cases have doubled, with 95,000 recorded since January": cases
    if subject is None and unit is None and (counted := _number_of_before(number)) is not None:
        subject = _phrase(counted)  # "the number of children admitted in July, 13,000, was …": the children
    if subject is None and unit is None and (counted := _number_of_changed(number)) is not None:
        subject = _phrase(counted)  # "cut the number of ships allowed through each day to 24 from 31": the ships
    if subject is None and unit is None and (beside := _set_beside_a_plural(whole.root)) is not None:
        # "reported the most deaths, 36, followed by …": the deaths (the most of them is where, not what)
        subject = re.sub(r"^(?:most|fewest|highest|lowest) ", "", _phrase(beside) or "") or None
    if subject is None and (back := _pointed_back_at(whole, unit, earlier)) is not None:
        subject = back  # "Poverty rose to 52.9%. That was up from 41.7% …": what the figure before measured
    if subject is None and unit == "%" and (share := _result_share_before(whole, earlier)) is not None:
        subject = share  # "X won with 54.28% of the vote. Y came second with 35.79%": of the vote too
    shared = unit == "%" or (unit is None and _is_share(doc_text(doc), quantity))
    if subject is None and shared and (share := _share_before(doc, whole, same_sentence)) is not None:
        subject = share  # "42 percent of Britons supported the policy, while 38 percent opposed it": Britons
    if (
        subject is None
        and unit is None
        and (_feared_in_a_state(first, end) or _state_hung_on(last, end) or _figure_of_a_state(first, end))
    ):
        subject = "people"  # "Quake strikes Herat, 2,000 feared dead", "61 feared drowned": a headline's count
    if unit is None and (multiplied := _base_of_a_multiple(first)) is not None and subject in {None, "times"}:
        # "Cases reached 850, three times last year's total of 281", "… three times last year's 281": what the
        # clause counts, of which the base is another figure (not "times", nor nothing)
        subject = multiplied
    if subject is None and unit is None:
        return None  # a bare number with nothing counted is not a claim we can state
    if subject is not None and unit is None and _head_word(subject) in DURATION_UNITS:
        return None  # a duration ("five years"), not a claim
    if unit == "quarter" and first.ent_type_ == "DATE":
        # "the first contraction in six quarters": a span of time the recogniser dated, not a coin or a weight
        return None
    if subject is not None and unit is None and subject.lower() in {"generation", "generations"}:
        return None  # "for almost two generations", "in the family for three generations": a span of time
    # "20 times those of 2015", "four times what it was in 2019": a date after a multiple's base is the base's
    base_follows = unit == "times" and after is not None and after.lower_ in _MULTIPLE_BASES
    elided = _elided_period(doc_text(doc), quantity.end, first.sent.start_char, published)
    refers_to, precision, relation = elided or _refers_to(first, published, before_only=base_follows)
    if refers_to is not None and subject is not None and _distance_of(whole) == subject:
        # "The fire, which broke out on Sunday near Varnavas, about 35 km from the capital": how far a place is does
        # not change with the day of the clause
        refers_to, precision, relation = None, None, None
    if (
        bracketed
        and converted is not None
        and converted.unit in _LENGTHS
        and converted.subject == subject
        and converted.refers_to is None
    ):
        refers_to, precision, relation = None, None, None  # "about 35 km (22 miles) from …": the same distance, undated
    if refers_to is not None and precision == "month" and _earlier_month_compared(first, refers_to, same_sentence):
        # "stood at 29.8% in January, down from a record 38% in September": the September before that January
        refers_to = refers_to.replace(year=refers_to.year - 1)
    event = _event(whole.root, head) if unit is None and subject else None  # ("another 1.5 million had fled")
    if event is None and counted_as is not None and counted_as.subject == subject:
        event = counted_as.event  # "1.2 million displaced, a figure the agency put at 900,000": displaced too
    if unit is None and subject is not None:
        # "3,000 migrants a day", "120 cases per 100,000 people": a rate, not a total
        unit = _count_rate(doc, number, head)
        if unit is None and (counted_rate := _base_rate(doc, number, head)) is not None:
            unit = counted_rate[0]
        if unit is not None and unit.startswith("per "):
            # "11.3 million vehicles a year, or roughly 31,000 a day": the rate of the same things per another span
            same_rate = next(
                (c.unit for c in reversed(same_sentence) if c.subject == subject and " per " in (c.unit or "")), None
            )
            unit = (
                f"{same_rate.partition(' per ')[0]} {unit}"
                if same_rate is not None and same_rate[:4] != "per "
                else unit
            )
    return ClaimRecord(
        start=quantity.start,
        end=quantity.end,
        value=tidy(quantity.value),  # the first figure written ("from $52,100 to $49,800": 52,100)
        value_min=tidy(min(quantity.value, quantity.value_max)) if quantity.value_max is not None else None,
        value_max=tidy(max(quantity.value, quantity.value_max)) if quantity.value_max is not None else None,
        qualifier=qualifier,
        unit=unit,
        subject=subject,
        claimant_key=_claimant(first, resolver, quotations, tally),
        refers_to=refers_to,
        refers_to_precision=precision,
        refers_to_relation=relation,
        event=event,
        sentence_start=first.sent.start_char,
        sentence_end=first.sent.end_char,
    )


_DIRECTION = re.compile(
    r"(?:(?:north|south|east|west)-)?(?:(?:north|south)?-?(?:east|west)|north|south)|(?:north|south|east|west)wards?"
)
# Words for shares and scores: never what a figure measures.
_SCORE_WORDS = frozenset({
    "percent", "per cent", "percentage", "percentages", "percentage point", "percentage points", "point", "points",
    "basis point", "basis points",
})  # fmt: skip
# A figure "of" one of these is what something reached ("inflation hit a 20-year high of 9.1%").
_EXTREMES = frozenset({"high", "highs", "low", "lows", "peak", "peaks", "record", "records", "maximum", "minimum"})
# Nouns of a level a figure is set above or below ("above the level of the 1997 floods", "below the 2019 peak").
_LEVELS_COMPARED = _EXTREMES | {"level", "mark", "height"}
# Nouns of change, count and estimate: "an increase of 300", "estimates of 64,900" say how a figure
# relates to another one, not what it counts.
_RELATION_NOUNS = frozenset({
    "increase", "increases", "rise", "rises", "drop", "drops", "fall", "falls", "decline", "declines", "jump",
    "jumps", "gain", "gains", "loss", "losses", "change", "changes", "growth", "total", "totals", "average",
    "estimate", "estimates", "forecast", "forecasts", "expectation", "expectations", "projection", "projections",
    "figure", "figures", "number", "numbers", "count", "tally", "level", "levels",
    *_EXTREMES,
})  # fmt: skip


# Units of a depth something can lie under ("under two metres of water", "under 30 cm of snow").
_DEPTHS = frozenset({"m", "cm", "mm", "km", "ft", "in", "yd"})
# A count noun standing alone for what an earlier figure in the sentence counted ("the number").
_BARE_COUNTS = frozenset({"number", "figure", "total", "count", "tally", "toll", "estimate", "share", "proportion"})
# Adjectives of extent after a measure ("8 metres deep").
_DIMENSIONS = frozenset({"deep", "high", "long", "wide", "thick", "tall", "broad"})
# Words of approximation the parser may take for a preposition before a number ("numbered around 50,000").
_APPROX_PREPS = frozenset({"around", "about", "nearly", "almost", "roughly", "approximately", "some"})
# Prepositions of a threshold a verb's subject crossed or stayed on one side of ("rose above 11,000",
# "fell below 500", "climbed past 2,000").
_THRESHOLDS = frozenset({"above", "below", "past", "beyond", "over", "under", "toward", "towards"})
# What a national figure is given as a share of ("a deficit of 3% of GDP"): the measure, not the thing measured.
_RATIO_BASES = frozenset({"gdp", "gnp", "gni", "population", "level", "levels", "normal", "average"})


def _feared_in_a_state(first: Token, end: int) -> bool:
    """A bare number the parser made the subject of "feared", "presumed" or "believed" right after it, with a state
    or a people-only participle on that verb ("2,000 feared dead", "61 feared drowned", "12 presumed dead")."""
    verb = first.head
    if first.dep_ not in {"nsubj", "nsubjpass"} or verb.i != end or verb.lemma_.lower() not in _HEDGE_VERBS:
        return False
    states = [c for c in verb.children if c.dep_ in {"oprd", "acomp", "advcl", "xcomp"} and c.i == verb.i + 1]
    if verb.dep_ == "amod" and verb.head.i == verb.i + 1:
        states.append(verb.head)  # ("40 feared drowned", the parser hanging "feared" on "drowned")
    return any(c.lower_ in _STATE_WORDS or _people_lemma(c) for c in states)


_HEDGE_VERBS = frozenset({"fear", "presume", "believe", "feared", "presumed", "believed"})


def _figure_of_a_state(first: Token, end: int) -> bool:
    """ "revised its own figure of 11,300 dead": a count written with its state after the noun of a source's figure
    ("figure", "toll", "estimate" … "of"), wherever the parser hung the state word (on the verb, as a clause)."""
    doc = first.doc
    if end >= len(doc) or doc[end].lower_ not in _STATE_WORDS or first.dep_ != "pobj" or first.head.lower_ != "of":
        return False
    if end + 1 < len(doc) and doc[end + 1].pos_ in {"NOUN", "PROPN"}:
        return False  # ("a toll of 40 dead soldiers": the noun counts)
    return first.head.head.lemma_.lower() in _OWNED_FIGURE_NOUNS


def _state_hung_on(number: Token, end: int) -> bool:
    """A state the parser hung on the number itself, right after it ("…, 30 dead" read as "30" with "dead" on it)."""
    return any(c.dep_ == "amod" and c.lower_ in _STATE_WORDS and c.i == end for c in number.children)


# States a count of people is written in without a noun ("four missing", "at least 40 dead").
_STATE_WORDS = PEOPLE_STATES | {"homeless"}
_STATE_EVENTS = {"missing": "miss", "dead": "die", "injured": "injure", "wounded": "wound"}
_TIME_NOUNS = frozenset({"day", "week", "month", "quarter", "year", "season", "decade"})


def _dated_by(noun: Token) -> bool:
    """A time noun with "last", "this", "next" or "previous" on it ("last year"), or a day of the week (AP style:
    "rose to 82 Sunday"): a date, not what a figure the parser hung on it counts."""
    weekday = noun.lower_ in WEEKDAYS or (
        noun.lower_ in {"morning", "afternoon", "evening", "night"}  # "climbed to 1,200 Wednesday night"
        and any(c.dep_ == "compound" and c.lower_ in WEEKDAYS for c in noun.children)
    )
    return weekday or (
        noun.lower_ in _TIME_NOUNS
        and any(c.dep_ in {"amod", "det"} and c.lower_ in {"last", "this", "next", "previous"} for c in noun.children)
    )


def _place(whole: Span) -> Token:
    """The token standing where the figure stands in the clause: the figure's root, or the extreme it
    is hung on ("rose to a record 110 million": the parser makes "record" the noun and the figure its
    apposition or number)."""
    root = whole.root
    held = root.head
    if root.dep_ == "nummod" and _dated_by(held):
        return held  # "rose to 157 last year"
    if root.dep_ in {"appos", "nummod"} and held.lower_ in _EXTREMES and held.i < whole.start:
        return held
    return _through_aggregate(root)  # "fell to an average of 69 a day": where the average stands


# Verbs whose subject is sold at the price they are "for" ("a loaf sells for 90 pence", "went for $2m")
_SOLD_FOR = frozenset({"sell", "go", "trade", "retail", "change"})
# Verbs that put a price on their object ("sold the land for $2m", "bought a sack for $40")
_PRICED_FOR = frozenset({"sell", "buy", "purchase", "offer", "rent", "lease", "auction"})


def _priced(whole: Span) -> str | None:
    """The thing a price is of when the money is what something costs or sells for ("a litre of
    petrol costs 420 rupees", "a sack of maize sold for $40", "bought the land for $2m"), else None."""
    thing = _priced_noun(whole)
    if thing is None:
        return _priced_misread(whole)
    obj = _of_object(thing) if thing is not None else None
    if thing is None or thing.lower_ in _COUNT_NOUNS or obj is None or obj.pos_ not in {"NOUN", "PROPN"}:
        return _counted(thing) if thing is not None else None
    return f"{_phrase(thing)} of {_phrase(obj)}"


def _priced_misread(whole: Span) -> str | None:
    """ "A litre of petrol costs 420 rupees", parsed as a litre of "petrol costs" with the price set beside the
    litre: the measure of the thing priced ("litre of petrol")."""
    root = whole.root
    if root.dep_ == "nummod" and unit_word(root.head.text):
        root = root.head  # ("420 rupees": the currency name outside the figure's span)
    measure = root.head
    cost = _of_object(measure) if root.dep_ in {"appos", "conj"} and measure.pos_ == "NOUN" else None
    if cost is None or cost.lower_ not in {"costs", "sells"} or cost.tag_ != "NNS" or not 0 < whole.start - cost.i <= 3:
        return None
    if any(t.pos_ not in {"ADV", "ADP", "ADJ"} for t in whole.doc[cost.i + 1 : whole.start]):
        return None  # (only a qualifier between: "costs about 450 pounds")
    thing = [c for c in cost.children if c.dep_ == "compound"]
    return f"{measure.text} of {' '.join(t.text for t in thing)}" if thing else None


def _priced_noun(whole: Span) -> Token | None:
    root = whole.root
    if root.dep_ == "nummod" and unit_word(root.head.text):
        root = root.head  # "18,000 shillings", the currency name outside the figure's span
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "for" else root.head
    if verb.pos_ != "VERB" or (verb == root.head and (root.dep_ != "dobj" or verb.lemma_.lower() != "cost")):
        return None
    lemma = verb.lemma_.lower()
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < root.i), None)
    if verb != root.head and obj is not None and lemma in _PRICED_FOR:
        return obj if obj.pos_ in {"NOUN", "PROPN"} else None  # "sold the land for $2m" (not "buying it for …")
    if obj is None and (verb == root.head or lemma in _SOLD_FOR):
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if (subject is None or subject.tag_ == "WDT") and verb.dep_ in {"acl", "relcl"}:
            subject = verb.head  # "a litre of petrol sold for …", "the house, which sold for $2m,"
        return subject if subject is not None and subject.pos_ == "NOUN" else None
    return None


def _level(whole: Span) -> bool:
    """A figure that is the level a change verb brings its object to, or a moving subject reaches
    ("raised the fee to 2%", "fell from 30%"): not a share given to someone ("given to 30% of adults")."""
    return _after_change_prep(whole, {"to", "from", "at"})


def _threshold(whole: Span) -> bool:
    """A figure a change verb's subject crossed or stayed on one side of ("rose above 41,000")."""
    return _after_change_prep(whole, _THRESHOLDS)


def _after_change_prep(whole: Span, preps: frozenset[str] | set[str]) -> bool:
    """The figure is the object of one of `preps` on a verb of change (itself, or the aggregate it is the
    figure of: "fell to an average of 69 a day", "rose to a total of 1,200")."""
    root = _through_extreme(_through_aggregate(whole.root))  # ("sank to a record low of 38,000")
    prep = root.head
    if prep.lower_ == "to" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "up":
        return False  # "the storm dropped up to 2.5 cm of ice": a bound on the figure, not a level reached
    return root.dep_ == "pobj" and prep.lower_ in preps and prep.head.pos_ == "VERB" and _changes(prep.head)


def _compared_below_or_above(whole: Span) -> bool:
    """ "…, well below the 95% needed …", "…, above the 2% target": a figure set off after a comma as the
    mark an earlier figure of the sentence falls short of or passes."""
    prep = whole.root.head
    if whole.root.dep_ != "pobj" or prep.lower_ not in {"below", "above", "under", "over"}:
        return False
    start = min(t.i for t in prep.subtree)
    return start > 0 and whole.doc[start - 1].text == ","


def _on_a_pronoun(verb: Token) -> bool:
    """The verb's object is a pronoun standing for something named before ("put it at", "estimated them at")."""
    return any(c.dep_ == "dobj" and c.lower_ in {"it", "them"} for c in verb.children)


def _through_extreme(node: Token) -> Token:
    """ "a record low of 140,000": the extreme the figure is "of", standing where the figure would; else the
    figure itself."""
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ in _EXTREMES:
        return node.head.head
    return node


def _relative_antecedent(relcl: Token) -> Token:
    """The noun a relative clause is on: the one the parser hung it on, or the last of the nouns joined to
    that one when the relative word follows it at once ("heavy rains and temperatures that were 1.5C above
    the average": the temperatures)."""
    noun = relcl.head
    joined = [c for c in noun.conjuncts if c.i > noun.i and c.right_edge.i == relcl.left_edge.i - 1]
    return joined[-1] if joined else noun


def _through_aggregate(node: Token) -> Token:
    """ "an average of 69", "a total of $2bn": the aggregate noun the figure is "of", standing where the
    figure would; else the figure itself."""
    holder = node.head.head
    if (
        node.dep_ == "pobj"
        and node.head.lower_ == "of"
        and holder.lower_ in _AGGREGATES
        # (a time owning it restricts nothing: "last year's total of 281")
        and all(
            c.dep_ in {"det", "prep"}
            or c.lower_ in _AGGREGATE_MODIFIERS
            or (c.dep_ == "poss" and c.ent_type_ == "DATE")
            for c in holder.children
        )
    ):
        return holder
    return node


def _share_of_the_people_acted_on(share: Token, base: Token) -> bool:
    """ "The war forced half of the country's population from their homes", "the floods displaced 10% of the
    population": a share of the people as what a verb does something to; what is counted is those people (not
    "Refugees make up 20% of the population", "poverty reached 41% of the population": a level the subject is)."""
    verb = share.head
    # (or the object the parser took for a measure of the verb: "displaced 10% of the population", no object else)
    measure = share.dep_ == "npadvmod" and not any(c.dep_ == "dobj" for c in verb.children)
    return (
        base.lower_ == "population"
        and (share.dep_ == "dobj" or measure)
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() not in _SHARE_OF_VERBS
    )


# Verbs by which a subject is, or comes to, a share of a whole ("make up", "represent"; the verbs of reaching a
# level: "reached 41% of").
_SHARE_OF_VERBS = REACH_VERBS | {
    "make", "represent", "constitute", "comprise", "form", "account", "be", "become", "remain",
}  # fmt: skip


def _ratio_base(noun: Token) -> bool:
    """A national measure a figure is a share of: "GDP", "the population", or "gross domestic product",
    "gross national income" and "economic output" written out."""
    if noun.lower_ in _RATIO_BASES:
        return True
    national = any(c.dep_ == "amod" and c.lower_ in {"domestic", "national", "economic"} for c in noun.children)
    return national and noun.lemma_.lower() in {"product", "income", "output"}


_SHARE_BOUNDS = frozenset({"more", "less", "than", "nearly", "almost", "about", "roughly", "over", "under", "just"})


def _apposed_share(whole: Span, earlier: list[ClaimRecord]) -> ClaimRecord | None:
    """The figure before a share set off after it by a comma, with no verb between them (", more than a tenth of its
    annual average"): the share says how much that figure is."""
    doc, k = whole.doc, whole.start - 1
    while k > 0 and (doc[k].pos_ == "ADV" or doc[k].lower_ in _SHARE_BOUNDS):
        k -= 1
    if k < 1 or doc[k].text != ",":
        return None
    before = [c for c in earlier if c.end <= doc[k].idx]
    if not before:
        return None
    between = doc.char_span(before[-1].end, doc[k].idx, alignment_mode="expand")
    if between is None or any(t.pos_ in {"VERB", "AUX"} or t.text in {",", ";"} for t in between):
        return None
    return before[-1]


def _restates(whole: Span, unit: str | None, earlier: list[ClaimRecord]) -> ClaimRecord | None:
    """The figure a figure restates after ", or" ("€18bn in aid for 2023, or roughly €1.5bn a
    month") or is set against ("against", "compared with", "up from"): the last figure before it
    in the sentence in the same unit (rates aside). `unit` None: a share of a national total that
    restates the figure before it in any unit ("$30 billion, or roughly 8% of GDP")."""
    doc, k = whole.doc, whole.start - 1
    while k > 0 and doc[k].pos_ == "ADV":
        k -= 1  # "or roughly", "or about"
    restating = k >= 1 and doc[k].lower_ == "or" and doc[k - 1].text == ","
    # "$34.2 billion, equivalent to 4% of GDP", "…, the equivalent of 2% of output"
    equivalent = k >= 2 and doc[k - 1].lower_ in {"equivalent", "equal"} and doc[k].lower_ in {"to", "of"}
    first = k - 2 if equivalent and doc[k - 2].lower_ == "the" else k - 1
    restating = restating or (equivalent and first >= 1 and doc[first - 1].text == ",")
    compared = k >= 1 and (
        doc[k].lower_ in {"against", "versus", "vs", "vs."}
        or (doc[k].lower_ in {"with", "to"} and doc[k - 1].lower_ in {"compared", "against"})
        or (doc[k].lower_ == "from" and doc[k - 1].lower_ in {"up", "down"})
    )  # "51% of the vote, against 44% for González", "…, up from 2.2% a year earlier"
    if not compared and k >= 3 and doc[k].lower_ == "the" and doc[k - 1].lower_ == "than":
        # "Turnout was about 75%, lower than the 83% recorded in 2019": a comparative set off after the figure
        compared = doc[k - 2].tag_ in {"JJR", "RBR"} and doc[k - 3].text == ","
        k -= 1
    if not (restating or compared):
        return None
    if unit is None:  # a share of a national total restating a figure in other units: the last figure before it
        before = [c for c in earlier if c.end <= doc[k].idx]
        return before[-1] if restating and before else None
    comma = doc[k - 1].idx
    right_before = [c for c in earlier if c.end <= comma and not doc_text(doc)[c.end : comma].strip()]
    if restating and right_before:
        return right_before[-1]  # "gained $2.95, or 4.1%": the change just written, in another unit
    base = unit.split(" per ")[0]
    same = [c for c in earlier if c.end <= doc[k].idx and c.unit is not None and c.unit.split(" per ")[0] == base]
    return same[-1] if same else None


def _named_entity(tok: Token, labels: set[str]) -> bool:
    """Whether a token names a person or place: tagged one of `labels` and written as a name (the
    recogniser takes a capitalised common noun opening a sentence, "Turnout was 62%", for a person)."""
    return tok.ent_type_ in labels and not (capitalised_for_its_place(tok) and tok.tag_ in {"NN", "NNS"})


def _word_said_to_be(subj: Token, verb: Token) -> bool:
    """ "Turnout was 58.6%": a single capitalised word opening the sentence, said by "be" to be a
    measure, is a word the recogniser took for a name (no one is 58.6%)."""
    doc = subj.doc
    alone = subj.i + 1 >= len(doc) or doc[subj.i + 1].ent_iob_ != "I"
    return alone and capitalised_for_its_place(subj) and verb.lemma_ == "be"


def _copula_noun(whole: Span) -> Token | None:
    """The noun a bare number is said to be: "about 1,000 were children", "two were Polish nationals"."""
    root = whole.root
    if root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return None
    attr = next((c for c in root.head.children if c.dep_ == "attr"), None)
    if attr is None or attr.pos_ != "NOUN" or attr.lower_ in _RELATION_NOUNS:
        return None
    return None if any(c.dep_ == "nummod" for c in attr.children) else attr  # "a dozen is 13 units": a measure


def _time_adverb(tok: Token) -> bool:
    return tok.dep_ == "npadvmod" and _head_word(tok.text) in DURATION_UNITS


def _described(doc: Doc, quantity: Quantity) -> Token | None:
    """The noun a measure written as its modifier describes: "a 186-km barrier", "a 2.5-metre-high
    fence", "a 3km-long queue" (hyphenated, as a measure before a noun is written)."""
    text = doc_text(doc)
    if "-" not in text[quantity.number_start : quantity.end + 1]:
        return None
    node = next((t for t in doc if t.idx < quantity.end <= t.idx + len(t)), None)
    for _ in range(3):
        if node is None or node.head.i <= node.i:
            return None
        node = node.head
        if node.pos_ == "NOUN" and node.idx >= quantity.end:
            return node
        if node.pos_ not in {"ADJ", "NOUN", "PUNCT"}:
            return None
    return None


# Verbs of growing and shrinking, said of what grows when they have no object ("the economy contracted 7%").
_GROWTH_VERBS = frozenset({"contract", "shrink", "grow", "expand", "increase", "decrease"})
# Verbs of a level moving, whose participle ("before easing to $11.50") goes on about the main subject.
_MOVE_VERBS = frozenset({
    "ease", "fall", "rise", "climb", "drop", "slip", "slide", "edge", "recover", "rebound", "settle", "close",
    "end", "finish", "dip", "jump", "surge", "soar", "plunge", "tumble", "retreat", "peak", "bottom", "sink",
    "slump", "plummet", "decline", "leap", "spike", "sag", "skyrocket",
})  # fmt: skip


# Verbs that say where a level stands ("That was up from 41.7%", "it stands at 9%", "it approaches 9%").
_LEVEL_VERBS = frozenset({"be", "stand", "remain", "compare", "reach", "hit", "exceed", "top", "approach", "near"})


def _pointed_back_at(whole: Span, unit: str | None, earlier: list[ClaimRecord]) -> str | None:
    """What a figure measures when its clause's subject is "that", "this" or "it" pointing back at the sentence
    before ("Poverty rose to 52.9% in the first half. That was up from 41.7% …"), or when "there were" states a bare
    count ("… 4,000 attempts in October. In August, there were 3,500"): the subject of the last figure in the same
    unit there."""
    verb = whole.root
    while (
        verb.dep_ in {"pobj", "prep", "advmod", "npadvmod", "nummod", "quantmod", "dobj", "attr"} and verb.head != verb
    ):
        verb = verb.head
        if verb.pos_ in {"VERB", "AUX"}:
            break
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb.pos_ in {"VERB", "AUX"} else None
    # "… 4,000 attempts in October. In the whole of August, there were 3,500": a bare count that "there were" states
    there = next((c for c in verb.children if c.dep_ == "expl" and c.lower_ == "there"), None)
    existential = there is not None and verb.lemma_ == "be" and whole.root.dep_ == "attr" and unit is None
    if not existential and (
        subj is None or subj.lower_ not in {"that", "this", "it"} or any(True for _ in subj.children)
    ):
        return None
    if not existential and verb.lemma_.lower() not in _LEVEL_VERBS | _MOVE_VERBS | _GROWTH_VERBS:
        return None  # ("It earned $40.8 million": a body acting, not a figure pointed back at)
    sent = whole.sent
    if sent.start == 0:
        return None
    before = sent.doc[sent.start - 1].sent.start_char
    last = next((c for c in reversed(earlier) if c.sentence_start == before and c.unit == unit), None)
    return last.subject if last is not None else None


# Verbs of a result a share is won "with" ("won with 54%", "came second with 35.79%", "finished third with 9%").
_RESULT_VERBS = frozenset({"win", "come", "finish", "place", "end", "trail", "lead", "take", "get", "secure"})


def _result_share_before(whole: Span, earlier: list[ClaimRecord]) -> str | None:
    """What a percentage a result is "with" is of, when a percentage just before it (this sentence or the one before)
    said: "Faye won with 54.28% of the vote. Ba came second with 35.79%" → the vote."""
    root = whole.root
    with_ = root.head if root.dep_ == "pobj" else None
    if with_ is None or with_.lower_ != "with" or with_.head.lemma_.lower() not in _RESULT_VERBS:
        return None
    sent = whole.sent
    since = sent.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    last = next((c for c in reversed(earlier) if c.unit == "%" and c.subject and c.sentence_start >= since), None)
    if last is None or last.subject is None:
        return None
    if _a_name_in(whole.doc, last.subject, last.sentence_start):
        # the share before was its winner's ("X took 5.74 million votes, or 42.31%"): this one is its own
        # result's ("Y came third with 17.27%": Y's), not the winner's
        holder = next((t for t in with_.head.children if t.dep_ == "nsubj"), None)
        return _proper_name(holder) if holder is not None and holder.pos_ == "PROPN" else None
    return last.subject


def _a_name_in(doc: Doc, words: str, since: int) -> bool:
    """Whether `words`, where they are first written from `since` on, are a proper name."""
    found = re.compile(r"\b" + re.escape(words) + r"\b").search(doc_text(doc), since)
    span = doc.char_span(found.start(), found.end()) if found is not None else None
    return span is not None and all(t.pos_ == "PROPN" for t in span)


def _proper_name(tok: Token) -> str:
    """A proper noun with the proper nouns compounded before it ("Ben Cole"; not "Former mayor Ben Cole", nor a
    capitalised title the tagger took for a name: "Incumbent Ranil Wickremesinghe")."""
    start, doc = tok.i, tok.doc
    while (
        start > 0
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].dep_ == "compound"
        and doc[start - 1].lower_ not in PERSON_REFERENCE_NOUNS
    ):
        start -= 1
    return doc[start : tok.i + 1].text


# Nouns of what only people undergo, whose bare "of" number counts people ("the evacuation of 30,000").
_PEOPLE_EVENT_NOUNS = frozenset({
    "evacuation", "rescue", "arrest", "detention", "deportation", "displacement", "abduction", "kidnapping",
    "killing", "death", "execution", "expulsion", "release", "relocation",
})  # fmt: skip


def _people_event_of(number: Token) -> bool:
    of = number.head if number.dep_ == "pobj" else None
    return (
        of is not None
        and of.lower_ == "of"
        and of.head.lemma_.lower() in _PEOPLE_EVENT_NOUNS
        and of.head.pos_ == "NOUN"
    )


# Verbs that bring an object to a level ("bringing the toll to 429", "taking the total to 45").
_BRINGING_VERBS = frozenset({"bring", "take", "push", "raise", "lift"})


# Verbs that move "up" to a level ("picked up to 3.3%", "ticked up to 4.1%"): the "up" is theirs, not "up to" (at most).
_UP_VERBS = frozenset({
    "pick", "tick", "edge", "inch", "creep", "shoot", "go", "move", "climb", "jump", "perk", "bounce", "speed", "head",
})  # fmt: skip


def _moved_up_to(doc: Doc, start: int) -> bool:
    """ "… had picked up to 3.3%": "up to" right after a verb that moves up, so the figure is the level reached."""
    if start < 3 or doc[start - 1].lower_ != "to" or doc[start - 2].lower_ != "up":
        return False
    verb = doc[start - 3]
    return verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in _UP_VERBS


def _object_brought_to(number: Token) -> Token | None:
    """ "bringing the death toll linked to a doomsday cult to 429": the object a verb of bringing takes to the level,
    when the parser hung the "to" on the words describing the object."""
    to = number.head
    if number.dep_ != "pobj" or to.lower_ != "to":
        return None
    node = to.head
    for _ in range(4):
        if node.dep_ not in {"pobj", "prep", "acl"}:
            break
        node = node.head
    if node.dep_ != "dobj" or node.head.lemma_.lower() not in _BRINGING_VERBS or node.i > to.i or node.pos_ != "NOUN":
        return None
    return node if to.head != node else None  # (hung on the object itself: read by the rules for levels)


def _plural_subject_of_the_clause_joined_before(number: Token) -> str | None:
    """The plural subject for people, with no number of its own, of the clause a bare number's clause is joined to
    ("officers had faced violence and that more than 50 had been injured"): what the number counts."""
    verb = number.head
    if verb.dep_ != "conj" or verb.head.i > verb.i:
        return None
    subject = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.tag_ != "NNS" or subject.pos_ != "NOUN" or not _counts_people(subject.lower_):
        return None  # (people only: "Floods have killed 143 people, and 125 remain missing" count no floods)
    if any(c.dep_ in {"nummod", "quantmod"} or c.like_num for c in subject.children):
        return None
    return _phrase(subject)


def _subject_counted_before(number: Token, earlier: list[ClaimRecord]) -> str | None:
    """ "Some 4,600 people lived in the 1,984 flats. Around 900 have been moved": a number standing alone as its
    verb's subject counts again what the sentence before counted in its subject, not a count further on in it."""
    sent = number.sent
    if sent.start == 0:
        return None
    before = sent.doc[sent.start - 1].sent
    counts = [c for c in earlier if c.unit is None and c.subject and before.start_char <= c.start < before.end_char]
    if len(counts) < 2:
        return None
    for claim in counts:
        span = sent.doc.char_span(claim.start, claim.end, alignment_mode="expand")
        noun = span.root.head if span is not None and span.root.dep_ == "nummod" else None
        if noun is not None and noun.dep_ in {"nsubj", "nsubjpass"} and noun.head == before.root:
            return claim.subject
    return None


def _count_before(number: Token, unit: str | None, earlier: list[ClaimRecord]) -> str | None:
    """What the last figure in the same unit counted, in this sentence or the one before."""
    sent = number.sent
    since = sent.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    counts = [
        c
        for c in earlier
        if c.unit == unit and c.subject and not _listed_part(sent.doc, c) and c.sentence_start >= since
    ]
    # ("A total of 1,097 people crossed …, in 15 boats. That brought the total to 30,164": the people, not what they
    # came in, a count in a phrase of the clause)
    main = [c for c in counts if not _in_a_phrase(sent.doc, c)]
    last = (main or counts)[-1] if counts else None
    return last.subject if last is not None else None


def _in_a_phrase(doc: Doc, claim: ClaimRecord) -> bool:
    """The figure counts a noun a preposition governs ("in 15 boats"), not the clause's subject or object."""
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    counted = span.root.head if span is not None and span.root.dep_ == "nummod" else None
    return counted is not None and counted.dep_ == "pobj" and counted.head.lower_ not in {"of", "to"}


def _currency_name(tok: Token) -> bool:
    """A currency's name as written ("kwacha", "rupees", "dinars"), whatever the tagger made of it."""
    return (
        tok.is_alpha and tok.is_lower and (tok.lower_ in currency_words() or shared_currency_word(tok.text) is not None)
    )


def _hyphened_to_a_number(noun: Token) -> bool:
    """A noun written onto a number before it ("eight 31-storey blocks", "three 20-tonne trucks"): a modifier
    of the noun after it, which a figure before both counts (whatever the tagger made of that noun)."""
    doc = noun.doc
    return (
        noun.dep_ in {"compound", "amod", "nmod"}
        and noun.head.i > noun.i
        and noun.i >= 2
        and _glued_hyphen(doc[noun.i - 1])
        and doc[noun.i - 2].like_num
    )


def _share_before(doc: Doc, whole: Span, same_sentence: list[ClaimRecord]) -> str | None:
    """What a share (a percentage or a fraction) standing alone as its verb's subject is of, when the share
    before it in the sentence was of a group and was its own verb's subject too ("42 percent of Britons
    supported the policy, while 38 percent opposed it"): the same group, split by what they did. Figures inside
    that share's own phrase ("70% of the 12 million people …") do not stand between them."""
    if (
        whole.root.dep_ != "nsubj"
        or whole.root.head.pos_ != "VERB"
        or any(c.lower_ == "of" for c in whole.root.children)
    ):
        return None
    text = doc_text(doc)
    for last in reversed(same_sentence):
        if last.unit == "%" or (last.unit is None and _written_share(text, last.start, last.end)):
            break
    else:
        return None
    before = doc.char_span(last.start, last.end, alignment_mode="expand")
    if not last.subject or before is None or before.root.dep_ != "nsubj" or before.root.head.pos_ != "VERB":
        return None
    phrase_end = before.root.right_edge.idx + len(before.root.right_edge)
    if any(c.start > last.start and c.end > phrase_end for c in same_sentence):
        return None  # another figure stands between the two
    return last.subject if any(c.lower_ == "of" for c in before.root.children) else None


def _listed_part(doc: Doc, claim: ClaimRecord) -> bool:
    """A figure given as part of the one before it ("killed 558 people, including 50 children", "the dead included
    11 children"):
    not what a later "others" or bare number goes on counting."""
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if span is None:
        return False
    # ("354 injured, 326 of them members of the security forces, and 409 arrested": a part of the 354 too)
    of_them = any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in {"them", "whom", "those"} for g in c.children)
        for c in span.root.children
    )
    # ("the dead included 11 children and 97 others were wounded": the children were some of the dead)
    return of_them or any(
        a.lower_ in {"including", "among"} or (a.pos_ == "VERB" and a.lemma_.lower() in {"include", "comprise"})
        for a in span.root.ancestors
    )


# Verbs of taking people or things in, whose bare number counts what the count before it counted.
_RECEIVING_VERBS = frozenset({"receive", "take", "host", "admit", "accept", "shelter", "register", "record", "welcome"})


def _received(number: Token) -> bool:
    return number.dep_ == "dobj" and number.head.lemma_.lower() in _RECEIVING_VERBS


def _stands_for(number: Token, earlier: list[ClaimRecord]) -> str | None:
    """What a number standing alone as the subject of its verb counts: what the count just before
    it (this sentence or the one before) counted ("Lithuania detained 4,200 migrants. A further
    150 were detained on Tuesday" → migrants), else people, for a verb only people undergo
    ("Seven drowned"). A group named before it ("Of the dead, 211 were in Valencia") is what it counts."""
    fronted = next((c for c in number.head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < number.i), None)
    group = next((c for c in fronted.children if c.dep_ == "pobj"), None) if fronted is not None else None
    # (a participle standing for people too: "Of the injured, 51 were in critical condition")
    named = group is not None and (group.pos_ in {"NOUN", "ADJ", "PROPN"} or group.tag_ == "VBN")
    if group is not None and named and group.lower_ not in _COUNT_NOUNS:
        return _phrase(group)  # (not "Of the total, 62.5 million were displaced": what the total counted)
    if (joined := _plural_subject_of_the_clause_joined_before(number)) is not None:
        return joined  # "officers had faced violence and that more than 50 had been injured": officers
    counted = _subject_counted_before(number, earlier) or _count_before(number, None, earlier)
    people = _people_verb(number)
    if people and counted is not None and not _counts_people(counted.split()[-1].lower()):
        # "… knock out half of Kyiv's power; 7 killed", "after two dams burst …, while 8,500 remain missing": people,
        # not the power or the dams counted before
        counted = None
    if counted is not None and not _tally(counted):
        return counted  # (not a tally: "the toll rose to 41, with 12 missing" counts no toll)
    return "people" if people else None


# Endings of plural nouns for people ("migrants", "residents", "soldiers", "civilians", "journalists", "refugees"),
# and plurals for people that have none of them; chosen by hand from the casualty counts of news.
_PEOPLE_ENDINGS = ("ants", "ents", "ers", "ors", "ists", "ians", "ees", "ives", "ics", "ims")
_PEOPLE_PLURALS = frozenset({
    "people", "persons", "men", "women", "children", "kids", "babies", "girls", "boys", "troops", "police", "staff",
    "crew", "guards", "adults", "others", "locals", "rebels", "hostages",
})  # fmt: skip


def _counts_people(noun: str) -> bool:
    """Whether a plural noun a count counted names people."""
    return noun in _PEOPLE_PLURALS or noun.endswith(_PEOPLE_ENDINGS)


def _part_of_which(whole: Span) -> Token | None:
    """The noun a relative clause opening "of which" / "of whom" is on, when the figure is the part it
    tells of ("the $129 million appeal, of which it has received just 19 per cent"; the parser hangs the
    "of" on the figure or on the clause's verb)."""
    root = whole.root
    verb = next((a for a in root.ancestors if a.dep_ == "relcl"), None)
    if verb is None:
        return None
    noun = verb.head
    if noun.pos_ == "NUM" and noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head  # "a budget of $40 million, of which …": the clause hung on the budget's figure
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    for holder in (root, verb):
        for of in holder.children:
            if (
                of.dep_ == "prep"
                and of.lower_ == "of"
                and of.i < whole.start
                and any(c.dep_ == "pobj" and c.lower_ in {"which", "whom"} for c in of.children)
            ):
                return noun
    return None


def _of_noun(whole: Span, money: bool = False) -> str | None:
    """The noun a bare figure is "of" ("a net worth of 2.4 billion" → net worth), unless it is a
    noun of change or estimate; `money`: losses are what an amount of money is of ("economic losses of 7.1
    billion yuan on the island"), not a change in something else."""
    node = whole.root
    if node.dep_ != "pobj" or node.head.lower_ != "of" or node.head.head.pos_ != "NOUN":
        return None
    noun = node.head.head
    if _noun_of_a_preposition(noun):
        # "a bill in excess of $80,000": the bill; "on top of $10 million": no noun the figure is of
        above = noun.head.head
        level = noun.lower_ in _LEVEL_PREPOSITION_NOUNS and above.pos_ == "NOUN" and above.dep_ != "pobj"
        return _phrase(above) if level and unit_word(above.text) is None else None
    before = node.doc[node.head.i - 1]
    if before.dep_ == "conj" and before.head == noun and before.pos_ == "NOUN":
        noun = before  # "an inquiry and compensation of 1 million rupees": the parser hangs "of" on the first
    if money and noun.lemma_.lower() == "loss":
        return _phrase(noun)
    return None if noun.lower_ in _RELATION_NOUNS or unit_word(noun.text) else _phrase(noun)  # (not "85% of $4bn")


# "against the dollar", "to the euro", "per US dollar": the currency an exchange rate is quoted in.
_QUOTED_IN = re.compile(
    r"\s+(?:against|versus|vs\.?|to|per)\s+(?:the\s+|a\s+|one\s+|each\s+)?(?:(?:US|U\.S\.)\s+)?(?P<name>[A-Za-z]+)\b"
)
# Press names of currencies that ISO 4217 does not list, or lists with another reading alone
# ("pound" is also a weight): read as currencies only in an exchange rate.
_RATE_NAMES = {"greenback": "USD", "buck": "USD", "pound": "GBP", "sterling": "GBP", "single currency": "EUR"}


def _is_exchange_rate(unit: str) -> bool:
    base, per, other = unit.partition(" per ")
    return bool(per) and is_money(base) and is_money(other)


def _priced_in(text: str, end: int, unit: str) -> tuple[str, int] | None:
    """ "808 pesos per dollar", "32.5 hryvnias to the dollar": a sum of one currency quoted per unit of another
    ("ARS per USD"), when "per", "to" or "against" and a currency name follow the sum; else None."""
    quoted = _QUOTED_IN.match(text, end)
    other = _currency_named(quoted["name"], text) if quoted is not None else None
    return (f"{unit} per {other}", quoted.end()) if quoted is not None and other and other != unit else None


def _currency_named(name: str, text: str, *, measured: bool = False) -> str | None:
    """The ISO code of a currency named in an exchange rate. `measured`: the currency whose price is
    given, which an article about a country that calls its currency so ("the pound" in Egypt) means."""
    word = name.lower()
    # a name several countries share, in the currency of the one the article names ("the rupee" in Sri Lanka)
    found = currency_in_context(name, text) or currency_words().get(word)
    if found is None and measured and word in {"pound", "pounds"}:
        found = currency_in_context(name, text, any_name=True)  # "the pound fell" in an article about Egypt
    return found or _RATE_NAMES.get(word)


def _level_inside(obj: Token) -> bool:
    """The object has a figure of its own before its conjunct ("damage at $14.9 billion and losses …")."""
    first_conjunct = min((c.i for c in obj.conjuncts if c.i > obj.i), default=obj.right_edge.i + 1)
    return any(t.like_num for t in obj.doc[obj.i + 1 : first_conjunct])


# Verbs of going past a level that the qualifier table, read on words alone, leaves out: "passed 12 bills" and
# "topped 30 countries" count things, so only a figure that is itself the verb's object is a threshold.
_PASSING_VERBS = frozenset({"pass", "top"})


def _passed_as_a_threshold(whole: Span, verbs: frozenset[str] | None = None) -> bool:
    """ "The death toll passed 200", "inflation tops 200%", "sales topped $5 billion": the figure itself (not a
    noun it counts) is the object of a verb of going past it (or one of `verbs`), written right before it: more
    than that level."""
    root = next((t for t in whole if not whole.start <= t.head.i < whole.end), None)
    verb = root.head if root is not None else None
    doc = whole.doc
    tally = whole.end + 1 < len(doc) and doc[whole.end].lower_ in {"to", "-", "–"} and doc[whole.end + 1].like_num
    return (
        not tally  # "The motion passed 139 to 121": the votes cast
        and root is not None
        and verb is not None
        and root.dep_ == "dobj"
        and verb.i == whole.start - 1
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in (verbs or _PASSING_VERBS)
    )


# Verbs of coming close to a level ("the death toll nears 1,400", "approaching 500"): about that level.
_NEARING_VERBS = frozenset({"near", "approach"})


def _own_rate_unit(subject: str, unit: str, figure: str) -> bool:
    """The subject is the rate's own first unit, written in the figure ("491 liters per square meter fell" →
    "liters"; not "the cedi", which a rate "15.7 to the dollar" measures), or what the rate is per ("2 kilometres
    a day were paved" → "day")."""
    base, _, per = unit.partition(" per ")
    if subject.lower() not in figure.lower():
        return False
    return unit_word(subject) == base or (bool(per) and (subject.lower() == per or unit_word(subject) == per))


def _own_characters(subject: str, written: str) -> bool:
    """The subject found is the start of the figure as written ("Rs" or "Rs 90bn" for "Rs 90bn"): no subject."""
    return written.startswith(subject) and (len(written) == len(subject) or not written[len(subject)].isalnum())


def _level_before(same_sentence: list[ClaimRecord], subject: str | None, before: str = "") -> ClaimRecord | None:
    """The sentence's figure just before a bare "from" figure, when it has a unit and measures the same
    thing (or this one names nothing); `before`, the text up to the "from" figure."""
    last = same_sentence[-1] if same_sentence else None
    if last is None or last.unit in {None, "times"} or last.value_max is not None:
        return None  # (not "increased eight-fold, from 505,430": a multiple is no level)
    change = last.unit == "%" and len(same_sentence) > 1 and re.fullmatch(r"\s*from\s*", before[last.end :])
    if change and not re.search(r"\b(?:to|at)\s*$", before[: last.start]):
        # "44 countries reported cases, up 25% from 35": the change right before, not the level (but "rose to 9.2%
        # from 8.7": a level)
        return None

    return last if subject in {None, last.subject} else None


def _currency_it_stands_for(whole: Span) -> str | None:
    """ "The rupee has lost 40% of its value. It traded at 318 to the dollar": the currency the sentence
    before is about, when the figure's clause has "it" (or "the currency": "On the black market, the currency had
    been trading at around 115 per dollar") for its subject and a currency is quoted after it."""
    verb = _clause(whole.root)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    doc = whole.doc
    generic = subj is not None and subj.lower_ == "currency" and any(c.lower_ == "the" for c in subj.children)
    if (
        subj is None
        or (subj.lower_ != "it" and not generic)
        or subj.sent.start == 0
        or not _QUOTED_IN.match(doc_text(doc), whole.end_char)
    ):
        return None
    before = doc[subj.sent.start - 1].sent
    named = next((c for c in before.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if named is None or _currency_named(named.text, doc_text(doc)) is None:
        return None
    return _phrase(named)


def _currency_priced(subject: str, unit: str, text: str) -> str | None:
    """The currency a sum in another one is the price of, when the figure's subject is that currency alone ("the
    dollar traded at about 10 bolivianos on the parallel market"): its ISO code, else None. (Not a sum in dollars:
    "the pound fell to $1.05" is the pound's price as the press quotes it, in dollars.)"""
    words = subject.split()
    if " per " in unit or not is_money(unit) or unit == "USD":
        return None
    if len(words) > 2 or (len(words) == 2 and words[0].lower() != "the"):
        return None
    priced = _currency_named(words[-1], text, measured=True)
    return priced if priced is not None and priced != unit else None


def _exchange_rate(text: str, end: int, subject: str, other_name: str | None = None) -> tuple[str, int] | None:
    """ "The hryvnia weakened to 32.5 against the dollar": a currency's price in another, the unit
    "UAH per USD", when what is measured is a currency and the other follows the figure (or is
    `other_name`, quoted elsewhere in the clause)."""
    quoted = _QUOTED_IN.match(text, end)
    if quoted is None and other_name is None:
        return None
    words = subject.split()
    # (or the currency that owns it: "…, the naira's lowest level in three months")
    owners = [w[:-2] for w in words[:-1] if w.endswith(("'s", "’s"))]
    measured = next(filter(None, (_currency_named(w, text, measured=True) for w in [words[-1], *owners])), None)
    if other_name is None and quoted is not None:
        other_name, end = quoted["name"], quoted.end()
    other = _currency_named(other_name or "", text)
    if not measured or not other or measured == other:
        return None
    return f"{measured} per {other}", end


# Nouns for what a currency is worth ("the pound's fair value", "the rupee's value", "the naira's rate").
# (and its moves: "the naira's recent rally, from around 1,600 per dollar in March to about 1,150")
_CURRENCY_WORTH = frozenset({
    "value", "rate", "price", "level", "rally", "slide", "fall", "decline", "slump", "recovery", "depreciation",
    "devaluation",
})  # fmt: skip


def _to_after_from(first: Token) -> bool:
    """The figure is the end of a "from … to …" change ("from around 1,600 per dollar in March to about 1,150")."""
    to = first.head
    if first.dep_ != "pobj" or to.lower_ != "to":
        return False
    return to.head.lower_ == "from" or any(c.lower_ == "from" and c.i < to.i for c in to.head.children)


def _currency_owning(whole: Span, subject: str) -> str | None:
    """The currency whose worth the figure is, written as the owner of its subject before it in the sentence ("the
    pound's fair value was about 45 to the dollar" → "pound's"), when the subject names a worth and leaves the owner
    out; else None."""
    if subject.split()[-1].lower() not in _CURRENCY_WORTH or "'" in subject or "’" in subject:
        return None
    text = doc_text(whole.doc)
    owners = [
        t
        for t in whole.sent
        if t.i < whole.start
        and t.dep_ == "poss"
        and t.head.lower_ in _CURRENCY_WORTH
        and _currency_named(t.text, text, measured=True)
    ]
    return owners[-1].text + "'s" if owners else None


def _quoted_on_the_verb(whole: Span) -> str | None:
    """ "The rupee rose 1.2% against the dollar in early trading, to 283.5": the currency the verb
    quotes a level in, named before the level it reached."""
    prep = whole.root.head
    if whole.root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in {"to", "at"}:
        return None
    against = next((c for c in prep.head.children if c.dep_ == "prep" and c.lower_ in {"against", "versus"}), None)
    obj = next((c for c in against.children if c.dep_ == "pobj"), None) if against is not None else None
    return obj.text if obj is not None else None


def _owner_of_its(noun: Token) -> str | None:
    """Whom "its"/"their" on a noun stands for: the subject of the clause the noun is in, when that is a
    noun ("The rupee has lost 80% of its value": the rupee)."""
    if not any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in noun.children):
        return None
    verb = _clause(noun)
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}), None)
    level = next((a for a in noun.ancestors if a.dep_ == "prep" and a.head == verb), None)
    if (
        obj is not None
        and level is not None
        and level.lower_ in {"at", "to"}
        and obj.i < level.i
        and noun.tag_ != "NNS"
    ):
        # "the drought left the reservoir at 11% of its capacity": whose level the object is brought to (a level is
        # one thing: "restored power to 230,000 of its customers" gives the object to the owner's own customers)
        return _phrase(obj)
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.pos_ not in {"NOUN", "PROPN"} or noun in subj.subtree:
        return None
    if subj.tag_ == "NNS" and any(c.dep_ == "poss" and c.lower_ == "its" for c in noun.children):
        return None  # "outages had risen to 16,500 MW, about a third of its installed capacity": not the outages'
    if noun.lemma_.lower() in _AHEAD_NOUNS and subj.pos_ == "NOUN" and subj.lemma_.lower() not in _ACTING_NOUNS:
        return None  # "expected inflation to stay below its 5% target": a body's aim, not the measure's
    return _phrase(subj)


# Common nouns for those who can have an aim or a target ("the bank", "the government", "the company").
_ACTING_NOUNS = ORG_REFERENCE_NOUNS | ORG_NOUNS | PERSON_REFERENCE_NOUNS


def _as_many(as_: Token) -> Token | None:
    """The noun of "as many people", "as much grain" after a multiple."""
    doc = as_.doc
    if as_.i + 2 < len(doc) and doc[as_.i + 1].lower_ in {"many", "much"} and doc[as_.i + 2].pos_ == "NOUN":
        return doc[as_.i + 2]
    return None


def _head_word(subject: str) -> str:
    words = subject.split()
    word = words[-1].lower() if words else ""  # (a line break the tokenizer kept as a token has no word)
    return word[:-1] if word.endswith("s") else word


# Nouns that only point back at a count already given ("the figure", "that number", "the total").
_COUNT_NOUNS = frozenset({"number", "total", "count", "tally", "figure"})
# ... and those standing for another figure compared with the one given ("double the figure in 2010", "the level of
# 2019").
_FIGURE_NOUNS = _COUNT_NOUNS | {"level", "rate", "average", "normal", "norm"}


def _number_of_before(number: Span) -> Token | None:
    """What "the number of …" before a bare figure set off by commas counts ("the number of children admitted for
    treatment in July, 13,000, was six times higher"): the figure is that number, whatever the parser hung it on.
    Only participles and phrases stand between them, no verb of a clause."""
    doc = number.doc
    start, end = number.start, number.end
    if start < 2 or end >= len(doc) or doc[start - 1].text != "," or doc[end].text != ",":
        return None
    for tok in reversed(doc[number.sent.start : start - 1]):
        if tok.tag_ in {"VBD", "VBZ", "VBP", "MD"} or tok.pos_ == "AUX" or tok.text in {";", ":"}:
            return None
        if tok.lower_ in _COUNT_NOUNS and tok.pos_ == "NOUN":
            obj = _of_object(tok)
            return obj if obj is not None and obj.pos_ == "NOUN" else None
    return None


def _added_to(whole: Span) -> Token | None:
    """What an amount is added to or taken off ("could add 0.6 percentage points to global inflation", "shaved
    1.2% off growth"): the noun after the verb's "to"/"off", which the amount changes, not the verb's subject."""
    verb = whole.root.head
    if whole.root.dep_ != "dobj" or verb.lemma_.lower() not in {"add", "shave", "knock", "wipe"}:
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "off"} and c.i >= whole.end), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return obj if obj is not None and obj.pos_ == "NOUN" else None


def _number_of_changed(number: Span) -> Token | None:
    """What "the number of …" counts when a bare figure is where that number was changed to or from ("will cut
    the number of ships allowed through each day to 24 from 31"): the parser may hang the "to" on a participle
    inside the phrase, so the phrase is found above the figure, within its clause."""
    root = number.root
    if root.dep_ != "pobj" or root.head.lower_ not in {"to", "from"}:
        return None
    for node in root.head.ancestors:
        if node.pos_ in {"VERB", "AUX"} and node.dep_ not in {"acl", "relcl"}:
            return None  # (past the clause's verb: no "number of" phrase holds the figure)
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ in _COUNT_NOUNS:
            return node if node.pos_ == "NOUN" else None
    return None


# A label line ending right before a figure, as fact boxes and lists print them ("- Deaths: 4,320",
# "Injured: more than 12,000"): a capitalised label of one to four words, a colon, a qualifier.
_LABEL = re.compile(
    r"[ \t]*(?:[-•*–][ \t]*)?(?P<label>[A-Z][a-z]+(?:[ -][A-Za-z][a-z]+){0,3})"
    r"(?:[ \t]+(?:in|since|for)[ \t]+\d{4})?:[ \t]*"  # ("Cases in 2024: 15,600": the label, dated)
    r"(?:(?:more than|at least|about|around|nearly|almost|over|some|up to|fewer than|less than|approximately)[ \t]+)?$"
)


def _fact_box_label(text: str, quantity: Quantity) -> str | None:
    """The label of a line that is nothing but a label and a figure ("- Deaths: 4,320"); not a line
    that goes on ("Updated: 03-04-2022 10:15", "Ana Ruiz: 4 Started the match …")."""
    start = text.rfind("\n", 0, quantity.start) + 1
    end = text.find("\n", quantity.end)
    rest = text[quantity.end : len(text) if end == -1 else end].strip()
    if rest not in {"", ".", ",", ";"} and not rest.startswith("("):
        return None
    label = _LABEL.fullmatch(text, start, quantity.start)
    return label.group("label") if label is not None else None


def _deaths(claims: list[ClaimRecord]) -> ClaimRecord | None:
    """The last of `claims` that counts the dead, which "the toll" stands for."""
    found = [c for c in claims if c.event in {"kill", "die"} or (c.subject and _tally(c.subject))]
    return found[-1] if found else None


def _tally(subject: str) -> bool:
    """A count named as a count: "the toll", "the total", "number of dead" (what a bare number
    standing for people is not: "put the number of dead at 212 and said 1,300 were injured")."""
    words = subject.lower().split()
    return _head_word(subject) in _BARE_COUNTS or (len(words) > 2 and words[0] in _COUNT_NOUNS and words[1] == "of")


def _counted(noun: Token) -> str | None:
    """What a count noun counts: "the number of asylum applications doubled to 14,000" →
    asylum applications (not "number")."""
    if noun.lower_ in _COUNT_NOUNS:
        obj = _of_object(noun)
        if obj is not None and obj.pos_ in {"NOUN", "PROPN"}:
            return _phrase(obj)
        if obj is not None and obj.pos_ in {"ADJ", "VERB"} and obj.lower_ in _STATE_WORDS:
            return obj.lower_  # "the number of dead reached 35,418": the dead
        if obj is not None and obj.pos_ == "ADJ" and obj.is_lower and not list(obj.children):
            return obj.lower_  # "the number of unemployed rose to 8.4 million": the unemployed
    if unit_word(noun.text) is not None and (obj := _of_object(noun)) is not None and obj.pos_ == "NOUN":
        return f"{noun.text} of {_phrase(obj)}"  # "a litre of petrol costs 420 rupees": not the litre alone
    return _phrase(noun)


def _right_after_and(verb: Token) -> bool:
    """A verb that shares the subject before it: "and cost", "but would cost", "and then rose"."""
    i = verb.i - 1
    while i >= 0 and verb.doc[i].pos_ in {"AUX", "PART", "ADV"}:
        i -= 1
    return i >= 0 and verb.doc[i].pos_ == "CCONJ"


_SCALE_WORDS = frozenset({"celsius", "fahrenheit", "centigrade"})


def _without_a_stray_scale(whole: Span) -> Span:
    """ "temperatures soared above 49 degrees Celsius (120 degrees Fahrenheit) and power cuts left …": the parser
    may hang the scale's name on a word outside the figure ("cuts"), which then passed for the figure's head; the
    figure is the degrees it counts (not when the degrees hang on the scale: "reached 45 degrees Celsius")."""
    if len(whole) < 2 or whole[-1].lower_ not in _SCALE_WORDS or whole[-2].head == whole[-1]:
        return whole
    if whole.start <= whole[-1].head.i < whole.end:
        return whole
    return whole[:-1]


def _converts(first: str | None, second: str | None) -> bool:
    """Two units one figure in brackets after another converts between: two currencies, or two units of measure
    ("48C (118F)", "3 km (2 miles)"); not a share, nor the same unit ("12% (15% a year ago)")."""
    if first is None or second is None or first == second or "%" in (first, second):
        return False
    return is_money(first) == is_money(second)


def _past_a_conversion(tok: Token) -> Token:
    """The word after a bracketed conversion that opens at `tok` ("12 billion shillings ($93m) in taxes" →
    "in"), or `tok` itself when no short bracket opens there."""
    doc = tok.doc
    if tok.text != "(":
        return tok
    close = next((t for t in doc[tok.i + 1 : tok.i + 8] if t.text == ")"), None)
    return doc[close.i + 1] if close is not None and close.i + 1 < len(doc) else tok


def _money_in(after: Token, earned: bool = False) -> str | None:
    """What an amount of money is in or is spent on: "€700m in humanitarian aid", "$2m in cash",
    "2 million roubles on food" (not "in 2020", "in Texas", "on Monday"); `earned`: also what it
    was earned from ("$10bn from canal fees", not "from donors" given to a receiver)."""
    if after.lower_ not in {"in", "on", "for", *(["from"] if earned else [])}:  # "$3bn in compensation"
        return None
    obj = next((c for c in after.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ != "NOUN" or obj.ent_type_ in {"DATE", "TIME", "GPE", "LOC"}:
        return None
    if _noun_of_a_preposition(obj) and any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children):
        return None  # "lent $40 million on top of $10 million", "in excess of": a preposition, not what it buys
    if _head_word(obj.text) in DURATION_UNITS or obj.lower_ in {"time", "times", "sale", "example", "instance"}:
        return None  # "for the first time", "for two years", "for sale"
    if after.lower_ == "in" and any(c.dep_ in {"det", "poss"} for c in obj.children):
        return None  # "in the event of", "in the bank", "in its budget": a place or an idiom, not what it buys
    if after.lower_ == "in" and obj.lemma_.lower() in _SETTINGS:
        return None  # "spent $5 million in rural areas", "earn $12 an hour in low-cost regions": where, not what
    return _phrase(obj)


# Kinds of place or workplace a sum is earned or spent "in" (general English nouns): where, not what the money is.
_SETTINGS = frozenset({
    "area", "region", "district", "province", "state", "county", "city", "town", "village", "suburb", "neighbourhood",
    "neighborhood", "country", "camp", "factory", "plant", "mine", "hospital", "clinic", "school", "market", "shop",
    "store", "office", "port", "zone",
})  # fmt: skip


# Words for a figure's kind of aggregate, not for what it measures ("an average of 4%", "a total of $2bn").
_AGGREGATES = frozenset({"average", "total", "sum", "maximum", "minimum", "mean", "median"})
# (but "the national average of 4.9%" is a figure of its own, compared with)
_AGGREGATE_MODIFIERS = frozenset({"combined", "grand", "overall", "cumulative"})


_AREAS = frozenset({"ha", "acre", "km2", "mi2", "m2"})
_SPREAD_OVER = frozenset({"across", "over", "throughout"})


_LENGTHS = frozenset({"km", "mi", "m", "ft", "yd", "nautical mile"})
# Verbs that say where a place is ("lies 30 km from the border", "is located 15 km north of …"): general English.
_LOCATING_VERBS = frozenset({"lie", "sit", "locate", "situate"})
# "…, 70 km to the west", "…, some 200 km away", "…, 40 miles north of the capital" (the compass words of _DIRECTION)
_DISTANCE_AFTER = re.compile(
    rf"\s*(?:\([^)]*\)\s*)?(?:away\b|to the (?:{_DIRECTION.pattern})\b|(?:{_DIRECTION.pattern}) of\b|from\b)"
)


def _distance_of(whole: Span) -> str | None:
    """ "…, most of them on foot to Tawila, about 70 km to the west": a distance set off by a comma after
    a named place is how far that place is (its name), not a measure of the clause's subject. None when
    the figure is no such distance ("the quake struck 70 km south of …")."""
    root, doc = whole.root, whole.doc
    # ("in Chegutu, about 100 km (62 miles) southwest of Harare": the parser may hang it on the compass word)
    if root.dep_ not in {"npadvmod", "appos", "nmod"} or unit_word(root.text) not in _LENGTHS:
        return None
    if _DISTANCE_AFTER.match(doc_text(doc), whole.end_char) is None:
        return None
    first = min(t.i for t in root.subtree)
    if first < 2 or doc[first - 1].text != ",":
        return None
    place = doc[first - 2]
    while (
        place.dep_ == "pobj"
        and place.head.lower_ == "of"
        and place.head.head.pos_ in {"NOUN", "PROPN"}
        and place.pos_ != "PROPN"  # ("the town of Sake, 25 km west of …": the town's name)
    ):
        place = place.head.head  # "the city of about 13,000 residents, 18 miles east of …": the city
    # (a named place, or a place the clause acts on: "had yet to reach the site, about 600 km northwest of the
    # capital"; not a setting: "struck in the hills, about 30 km north of the city" places the quake)
    # ("near Balasore in Odisha state, about 220 km south of Kolkata": the named region, not who worked there)
    # ("in the Chikangawa forest, about 50km south of Mzuzu", "the Zamzam camp, 15km from El Fasher": a place its
    # name is written on)
    named_region = place.pos_ == "NOUN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in place.children)
    named = place.pos_ == "PROPN" or named_region
    # (or a place the clause goes to: "to deliver aid to the remote area, some 600 km northwest of the capital")
    destination = place.dep_ == "pobj" and place.head.lower_ in {"to", "toward", "towards", "into"}
    return " ".join(_noun_phrase(place)) if named or place.dep_ == "dobj" or destination else None


# What "as … as" a figure says a measure reaches ("as high as 150,000", "as low as 2%").
_EXTENT_WORDS = frozenset({"high", "low", "large", "great", "big", "small", "much", "many", "few", "little"})


def _as_extent(figure: Token) -> Token | None:
    """The extent word of "as high as 150,000" said of a clause's subject or object ("the toll is as high as …",
    "put the toll as high as …"), when the figure is the object of its second "as"; else None."""
    if figure.dep_ != "pobj" or figure.head.lower_ != "as":
        return None
    extent = figure.head.head
    # (also the level a change reaches: "dropped to as low as -20C")
    reached = extent.dep_ == "pobj" and extent.head.lower_ == "to"
    return (
        extent if extent.lower_ in _EXTENT_WORDS and (extent.dep_ in {"acomp", "advmod", "oprd"} or reached) else None
    )


# Nouns that with a preposition before and "of" after make one preposition of three words ("on top of", "in excess
# of", "in the region of", "in terms of", "on behalf of"; general English grammar).
_PREPOSITION_NOUNS = frozenset({
    "top", "excess", "region", "terms", "behalf", "wake", "front", "place", "lieu", "spite", "view", "light",
    "addition", "case", "neighbourhood", "neighborhood", "vicinity", "tune",
})  # fmt: skip


# ... of them, those that set the level of what the clause is about ("Damage is in the region of $3 billion").
_LEVEL_PREPOSITION_NOUNS = frozenset({"excess", "region", "neighbourhood", "neighborhood", "vicinity", "tune"})


def _noun_of_a_preposition(noun: Token) -> bool:
    """ "top" in "on top of", "excess" in "in excess of", "tune" in "to the tune of": the noun of a preposition of three
    words, no thing a figure after it is of."""
    return noun.dep_ == "pobj" and noun.lower_ in _PREPOSITION_NOUNS and noun.head.lower_ in {"in", "on", "to"}


def _amount_of_a_rate_read_as_an_object(whole: Span) -> Token | None:
    """ "raised petrol prices by 14.91 rupees a litre": the parser can make what a rate is per ("a litre") an object
    of the verb, the root of the figure's words; the amount ("rupees", after "by") is where the figure stands."""
    root = whole.root
    if root.dep_ != "dobj" or unit_word(root.text) is None or not any(c.lower_ in {"a", "an"} for c in root.children):
        return None
    return next(
        (t for t in whole if t.i < root.i and t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head == root.head),
        None,
    )


# Words that say which way a figure moved ("with rice up 92.1%").
_SHIFT_WORDS = frozenset({"up", "down", "higher", "lower"})


def _measured(whole: Span, money: bool = False) -> str | None:
    """What a measured figure is of when no noun follows it: the subject of its verb ("inflation
    rose 0.4%", "the shares fell 3%") or the noun it is attributed to ("a price of $20")."""
    node, via = whole.root, whole.root
    if (place := _distance_of(whole)) is not None:
        return place
    if (amount := _amount_of_a_rate_read_as_an_object(whole)) is not None:
        node, via = amount, amount  # "raised petrol prices by 14.91 rupees a litre": the amount's own place
    own = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "NOUN"), None)
    if own is not None and node.dep_ in {"advcl", "ccomp", "conj"}:
        return _subject(own, None)  # "dozens die as temperatures top 50C": the parser read the figure as the verb
    noun = node.head
    if (
        node.dep_ == "appos"
        and noun.pos_ == "NOUN"
        and noun.dep_ in {"dobj", "nsubj", "nsubjpass"}
        and noun.i < whole.start
        # (not set off: "control gun ownership (65%)" is a share of those asked, not of gun ownership)
        and not any(t.text in {",", "(", "—", "-", "--"} for t in whole.doc[noun.i : whole.start])
        and noun.lower_ not in _EXTREMES  # (not "reached a record 5.33 metres")
        and not any(c.like_num for c in noun.lefts)  # (nor a conversion: "1.4 billion dirhams ($140 million)")
    ):
        return _subject(noun, None)  # "pushed temperatures close to 50C": the parser hung the measure on the noun
    mark = node.head
    if node.dep_ == "npadvmod" and mark.lower_ in _THRESHOLDS and mark.head.pos_ == "NOUN" and mark.dep_ == "prep":
        return _subject(mark.head, None)  # "a storm surge of up to 2 metres above the tide": the surge
    if (
        node.dep_ == "npadvmod"
        and noun.pos_ == "NOUN"
        and any(c.lower_ in _SHIFT_WORDS and c.i < node.i for c in noun.children)
    ):
        return _subject(noun, None)  # "prices rose 3.2%, with rice up 92.1%": the rice
    amount = whole.root.head if whole.root.dep_ == "appos" and whole.root.head.dep_ == "pobj" else whole.root
    given = amount.head  # (through a conversion in brackets: "with 250 million euros ($270 million)")
    after_a_name = given.lower_ == "with" and given.i > 0 and whole.doc[given.i - 1].pos_ == "PROPN"
    if amount.dep_ == "pobj" and after_a_name:
        return None  # "followed by the European Union with 250 million euros": the EU's amount, not the noun before
    shift = whole.root.head
    if shift.lower_ in _SHIFT_WORDS and shift.pos_ in {"ADV", "ADJ", "ADP"}:
        # "…, with food prices up 57.4% on a year earlier": the noun the shift word is said of
        moved = next((c for c in shift.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if moved is None and shift.dep_ == "advmod" and shift.head.pos_ == "NOUN":
            moved = shift.head  # ("with rice shipments down 12%": the parser hangs the shift word on the noun)
        pusher = shift.head if shift.dep_ in {"advmod", "prt"} and shift.head.pos_ == "VERB" else None
        if moved is None and pusher is not None and pusher.lemma_.lower() in CHANGE_VERBS:
            # "the war pushed food prices up 40%": what the verb moved
            moved = next((c for c in pusher.children if c.dep_ == "dobj" and c.i < shift.i), None)
        if moved is not None and moved.pos_ == "NOUN":
            return _counted(moved)
    for _ in range(4):
        holder = node.head.head
        as_far = node.dep_ == "pobj" and node.head.lower_ == "as" and holder.pos_ == "ADJ" and holder.dep_ == "amod"
        if as_far and holder.head.pos_ == "NOUN":
            # "a wall of water as high as 7 metres", "temperatures as low as -20C": the noun the extent is of
            return _subject(holder.head, None)
        if _as_extent(node) is not None and holder.dep_ == "pobj" and holder.head.head.pos_ in {"VERB", "AUX"}:
            # "Temperatures dropped to as low as -20C", "are expected to drop to as low as 5C": what changed, the verb's
            # subject (or the subject of the verb the infinitive completes)
            reaching = holder.head.head
            subjects = [reaching, reaching.head] if reaching.dep_ == "xcomp" else [reaching]
            said_of = next(
                (c for v in subjects for c in v.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "NOUN"), None
            )
            return _subject(said_of, None) if said_of is not None else None
        if _as_extent(node) is not None and holder.head.pos_ in {"VERB", "AUX"}:
            # "the toll is as high as 150,000": the copula's subject; "estimates put the toll as high as
            # 150,000": the object set at that level
            role = {"nsubj", "nsubjpass"} if holder.dep_ == "acomp" else {"dobj"}
            said_of = next((c for c in holder.head.children if c.dep_ in role and c.pos_ == "NOUN"), None)
            if said_of is None:
                return None
            return _counted(said_of) if holder.dep_ == "acomp" else _subject(said_of, None)
        if node.dep_ == "pobj" and node.head.lower_ == "from" and holder.lower_ == "to" and holder.dep_ == "prep":
            holder = holder.head  # "the increase in contributions, to 15% from 13.8%": both ends of it
        if (extreme := _through_extreme(node)) is not node:
            node, via = extreme, extreme  # "fell to a record low of 140,000": where the extreme stands
            continue
        if node.dep_ == "pobj" and node.head.lower_ == "of" and _noun_of_a_preposition(holder):
            if holder.lower_ not in _LEVEL_PREPOSITION_NOUNS:
                return None  # "lent $40 million on top of $10 million": not what "top" is of, nor what was lent
            node, via = holder, holder  # "Damage is in excess of $3 billion": the level of the damage
            continue
        if node.dep_ == "pobj" and holder.pos_ == "NOUN" and holder.dep_ == "pobj" and unit_word(holder.text):
            node, via = holder, holder  # "to 617 naira a litre … from 488 naira": a unit is not what is measured
            continue
        if (
            node.dep_ == "pobj"
            and node.head.dep_ == "prep"
            and holder.pos_ == "NOUN"
            and holder.lower_ not in _EXTREMES  # "hit a 20-year high of 9.1%": what hit it
        ):
            if (aggregate := _through_aggregate(node)) is not node:
                # "rose by an average of 4%", "lost a total of 900 ha": the figure itself
                node, via = aggregate, aggregate
                continue
            changed = _change_in(holder)
            if changed is not None:
                # "the increase in contributions, to 15% from 13.8%": what increased
                obj = next((c for c in changed.children if c.dep_ == "pobj"), None)
                return _phrase(obj) if obj is not None and obj.pos_ in {"NOUN", "PROPN"} else None
            if holder.lower_ == "equivalent":
                return None  # "$34bn, the equivalent of 4% of GDP": what the $34bn measures (read by the caller)
            return " ".join(_noun_phrase(holder))  # "a fine of $3 billion" → fine
        if node.pos_ in {"VERB", "AUX"} and (estimated := _misplaced_level(via)) is not None:
            return _subject(estimated, None)  # "put the cost of rebuilding at $5.5 billion": the cost
        if node.pos_ in {"VERB", "AUX"}:
            obj = next((c for c in node.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}), None)
            # "raised its deposit rate to 13.5% and its lending rate to 14.5%": the parser hangs the second
            # object on the verb beside the first; each level goes with the object written right before it
            gapped = [c for c in node.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i < via.i]
            if obj is not None and gapped and obj.i < gapped[-1].i:
                obj = gapped[-1]
            area = unit_word(whole.root.text) in _AREAS and via.dep_ == "prep" and via.lower_ in _SPREAD_OVER
            if area and obj is not None and obj.pos_ == "NOUN":
                return _subject(obj, None)  # "battling 165 fires across 26,000 hectares": the fires' extent
            # (but "a litre", "a day": what a rate is per, which the parser may make the verb's object)
            # (not a currency a share of change is of: "Milei devalues peso by 54%", a headline's bare noun)
            unit_alone = (
                obj is not None
                and unit_word(obj.text) is not None
                and not any(c.dep_ == "det" and c.lower_ not in {"a", "an"} for c in obj.children)
                and not (unit_word(whole.root.text) == "%" and _currency_word(obj))
            )
            multiple = obj is not None and obj.lower_ in {"fold", "times"}  # ("increasing eight-fold, from …")
            if obj is not None and (any(c.pos_ == "NUM" for c in obj.children) or unit_alone or multiple):
                # "lost 2.7 percent to Y=5,182": a figure of its own, not a thing changed ("devalued the peso
                # by 54%": a currency with its article is the thing)
                obj = None
            measure = unit_word(via.text)
            if (
                via.dep_ == "dobj"
                and via.pos_ == "NOUN"
                and measure is not None
                and not is_money(measure)  # ("charged new members $70,000": who pays, not what is priced)
                and measure != "cent"  # ("paid young girls 50 cents")
                and obj is not None
                and obj.i < via.i
                and obj.right_edge.i + 1 == via.left_edge.i
                and obj.pos_ == "NOUN"
            ):
                # "sending lava fountains up to 100 meters into the air": the parser makes the measure a second
                # object right after the first; the first is what reaches it
                return _subject(obj, None)
            relative = any(c.dep_ == "dobj" and c.lower_ in {"that", "which"} for c in node.children)
            # "a population the agency put at 120,000": a relative clause without its pronoun, its
            # object left out, when the figure is the level it is put at
            gap = via.lower_ in {"at", "to"} and not any(c.dep_ == "dobj" for c in node.children)
            # ("a crisis when inflation peaked at 54.1%": a clause of when or where its noun was, none left out)
            gap = gap and not any(c.tag_ == "WRB" and c.i < node.i for c in node.children)
            antecedent = node.head
            while antecedent.pos_ == "NUM" and antecedent.dep_ == "pobj" and antecedent.head.dep_ == "prep":
                antecedent = antecedent.head.head  # ("needs for 2026, which the IMF has put at …": the parser's "2026")
            # (a noun, or a word in a noun's place the tagger read otherwise: "budget needs")
            nominal = antecedent.pos_ == "NOUN" or (antecedent != node.head and antecedent.dep_ == "pobj")
            if obj is None and (relative or gap) and node.dep_ == "relcl" and nominal:
                obj = antecedent  # "a figure that the agency put at 900,000": the figure
            changed_of = _of_object(obj) if obj is not None and obj.lemma_.lower() in _CHANGE_OBJECTS else None
            if changed_of is not None and via.lower_ in {"to", "from", "by"} and via.dep_ == "prep":
                # "defended a doubling of value-added tax on fuel to 16%": the change's level is what changed
                return _subject(changed_of, None)
            # ("taking the deposit rate to 15.5%", "took the total to 45": the object brought to a level)
            changer = node.lemma_.lower() in CHANGE_VERBS | {"take"}
            levels = {"at", "by"} | ({"from", "to", *_THRESHOLDS} if changer else set())
            # (a currency's lowercase name the tagger read as a place: "devalued the naira by 30%")
            if (
                via.lower_ in levels
                and via.dep_ == "prep"
                and obj is not None
                and (obj.pos_ == "NOUN" or _currency_word(obj) or obj == antecedent)
            ):
                # "put the number of crossings at 17,300", "estimated the damage at $2bn", "cut the budget by
                # 10%", "cut fuel taxes from 20% to 15%", "raised the alert level to 3": the object changed
                # ("estimated total damage at $14.9 billion and economic losses at $15.2 billion": a second object,
                # joined to the first, with its own level after it)
                paired = [c for c in obj.conjuncts if obj.i < c.i < via.i and c.pos_ == "NOUN"]
                return _subject(paired[-1] if paired and _level_inside(obj) else obj, None)
            moves = node.lemma_.lower() in CHANGE_VERBS  # (not "took place": "take" brings a total to a level only)
            by_that_much = via.dep_ in {"npadvmod", "advmod"} and via == whole.root
            if moves and by_that_much and obj is not None and obj.pos_ == "NOUN" and obj.i < via.i:
                # "raised prices 5%", "attacks push shipping costs up fourfold": the object changed, by that much
                return _subject(obj, None)
            off = next((c for c in node.children if c.dep_ == "prep" and c.lower_ == "off"), None)
            taken_from = next((c for c in off.children if c.dep_ == "pobj"), None) if off is not None else None
            if via.dep_ == "dobj" and taken_from is not None and taken_from.pos_ in {"NOUN", "PROPN"}:
                # "could shave 0.2 points off growth", "wiped $2bn off the market value": what lost it
                return _owned(taken_from, _phrase(taken_from))
            if money and via.lower_ == "for" and via.dep_ == "prep":
                # "sold the port for $2bn" → port; "aid groups asked for $2bn": the asker is not what it measures,
                # nor who was asked ("asked donors for $600m")
                asked = node.lemma_.lower() in _ASKING_VERBS
                return _subject(obj, None) if obj is not None and not asked else None
            passive = any(c.dep_ == "nsubjpass" for c in node.children)  # "the rate is estimated at 3%"
            # "damage estimated at $30 billion": a participle on the noun it values is passive too
            valued = node.dep_ == "acl" and node.tag_ == "VBN" and node.lemma_.lower() in _VALUING_VERBS
            passive = passive or valued
            said = node.lemma_.lower() in {"say", "tell", "state"} and via.dep_ == "dobj"
            if said and is_cue(node) and not passive:
                return None  # "…, about 27 kilometers northeast of the city, the USGS said": a figure hung on "said"
            if via.dep_ != "dobj" and is_cue(node) and not passive and not any(c.dep_ == "dobj" for c in node.children):
                # "Turnout was 62%, the board said, down from 71%": the speaker is not what is measured (but
                # "the shares added 15 cents to $2.70" is a change, not speech)
                return None
            # ("Markets now price in a peak of around 5.75%": traders' bets, a forecast)
            priced_in = node.lemma_.lower() == "price" and any(
                c.dep_ in {"prt", "prep"} and c.lower_ == "in" and c.i == node.i + 1 for c in node.children
            )
            if (node.lemma_.lower() in _FORECAST_VERBS or priced_in) and not passive:
                # "Economists had expected a 0.1% contraction": who forecasts is not what is measured (but "the
                # deficit is forecast at $43 billion": what is forecast)
                return None
            if via.lower_ in levels and via.dep_ == "prep" and _on_a_pronoun(node):
                return None  # "X put it at $12.5bn": what "it" stands for (read by the caller), not X
            put_at = node.lemma_.lower() in ESTIMATE_VERBS and not passive and via.dep_ == "prep" and via.lower_ == "at"
            # (also one put on a relative pronoun whose noun the parser lost: "the bill for 2025, which the World Bank
            # has put at $410 million")
            if put_at and (relative or not any(c.dep_ == "dobj" for c in node.children)):
                # "at a cost the agency's head, Jean Kaseya, put at $500 million": who puts a figure on something
                # is not what it measures; the noun the parser hung on a first "at" before the clause is
                fronted = [c for c in node.children if c.dep_ == "prep" and c.lower_ in {"at", "of"} and c.i < node.i]
                held = next((c for p in fronted for c in p.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
                return _subject(held, None) if held is not None else None
            given_to = via.dep_ == "prep" and via.lower_ == "to" and not changer
            if given_to and obj is not None and obj.dep_ == "dobj" and obj.head == node:
                # "strikes knocked out power to 1 million", "delivered food to 40,000": the figure counts who the
                # object goes to, not the subject (which reaches no level "to" it); but "Sony lost 2.7% to Y=5,182":
                # an object that is a figure of its own (set aside above) is the change to the subject's level
                return None
            if via.dep_ == "dobj" and not money and node.lemma_.lower() in _HANDING_VERBS:
                # "hand out two litres a day to …", "the agency delivered 500 tonnes": a measure of what is handed
                # over, which who hands it over is not
                return None
            subj = _gapped_subject(node, via) or _nearest_subject(node)
            # ("2.5 billion dirhams ($243 million) had been earmarked": the amount the figure converts)
            converts = subj is not None and any(c.dep_ == "nummod" and c.i < whole.start for c in subj.children)
            if (
                subj is not None
                and subj == via
                and unit_word(subj.text) is not None
                and (converts or not any(t.is_currency for t in whole))
            ):
                # "2.5 billion dirhams had been earmarked": the amount itself, its unit word no subject (but "at $1.25
                # sterling is fairly priced": a currency priced in another)
                return None
            if subj is not None and subj.lower_ in {"which", "that"} and node.dep_ == "relcl":
                # "wheat prices, which peaked at $523 a tonne": the prices (not a person the clause
                # may have been hung on: "a bonus for the director, which was worth £1.5m")
                subj = _relative_antecedent(node)
                subj = subj if subj.lemma_.lower() not in PERSON_REFERENCE_NOUNS else None
            if subj is not None and via.dep_ == "dobj" and not passive and _measurer(node, subj):
                return None  # "Aemet recorded 491 litres per square metre": who measured is not what was measured
            if subj is None and money and node.dep_ == "acl" and via.dep_ == "dobj" and node.head.pos_ == "NOUN":
                return _phrase(node.head)  # "a wall costing $390m"
            if subj is None and (taken := misparsed_subject(node)) is not None:
                # "He said turnout …, which …, had been 58.9%": the object the parser gave "said" (or the noun of
                # "about …" it took for a preposition on it)
                subj = next((c for c in taken.children if c.dep_ == "pobj"), None) if taken.dep_ == "prep" else taken
            if subj is None and node.dep_ == "conj" and _right_after_and(node):  # "… stretch 186km and cost $1bn"
                subj = next((c for c in node.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            main = node.head.head if node.dep_ == "pcomp" and node.head.lower_ in {"before", "after"} else node.head
            # "…, reaching $4,406"; "shrank by 2.6% in 2022, after contracting 7% in 2021" (growing, with no object)
            grows = node.lemma_.lower() in _GROWTH_VERBS and not any(c.dep_ == "dobj" for c in node.children)
            moving = node.tag_ == "VBG" and (node.lemma_.lower() in _MOVE_VERBS | REACH_VERBS or grows)
            moving = moving and node.dep_ in {"advcl", "pcomp"}
            if subj is None and moving and main.pos_ in {"VERB", "AUX"}:
                # "prices surged to $12.94 before easing to $11.50": the participle shares the main subject; on a
                # cue, the subject of what it reports ("a study found heat stress would exceed it 6% of the time,
                # rising to 20% by 2080": not the study)
                cue = main.lemma_.lower() in CUE_VERBS | FINDING_VERBS
                reported = next((c for c in main.children if c.dep_ == "ccomp" and c.i < node.i), None) if cue else None
                subj = next((c for c in (reported or main).children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            held = node.head if node.dep_ == "xcomp" else node
            which = [c for c in [*node.children, *held.children] if c.lower_ in {"which", "that"} and c != via]
            if (
                subj is None
                and any(c.dep_ == "dobj" for c in which)
                and held.dep_ == "relcl"
                and held.head.pos_ == "NOUN"
            ):
                # "its deficit, which it expects to reach 5.6% of GDP": "which" read as an object of "reach" or of
                # "expects"; the level is the deficit's
                return _phrase(held.head)
            controller = node
            # "threatens to deal a blow to …": a verb with an object of its own is not about the figure
            acts_on = any(c.dep_ == "dobj" and c != via and not whole.start <= c.i < whole.end for c in node.children)
            while (
                subj is None and not acts_on and controller.dep_ in {"xcomp", "acomp"} and controller.head != controller
            ):
                # "temperatures are expected to fall to -15C": the subject of "expected"; "the appeal was only
                # 23% funded": the subject of "was"
                controller = controller.head
                # "the bank expected inflation to peak at 30%": an object before the infinitive is its subject
                told = next((c for c in controller.children if c.dep_ == "dobj" and c.i < node.i), None)
                # (not when the figure is the infinitive's object: "require the committee to pull in $250m")
                told = told if told is not None and told.pos_ == "NOUN" and node.dep_ == "xcomp" else None
                told = told if via.dep_ == "prep" else None
                subj = told or next((c for c in controller.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subj is None and controller != node and controller.dep_ == "conj" and _right_after_and(controller):
                # "The fire had scorched 14,117 acres and was 27% contained": "was" shares the subject before it
                subj = next((c for c in controller.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            reduced = controller != node and controller.dep_ == "acl" and controller.tag_ == "VBN"
            # "damage estimated at $30 billion", "a bill put at £2m": the noun the participle is on is valued
            reduced = reduced or (valued and via.dep_ == "prep" and via.lower_ == "at")
            # "winds gusting up to 70 km/h", "a fire burning at 800C": the noun the participle is on reaches it
            reduced = reduced or (
                node.dep_ == "acl" and node.tag_ == "VBG" and via.dep_ == "prep" and via.lower_ in {"to", "at"}
            )
            if subj is None and reduced and controller.head.pos_ == "NOUN":
                # "…, a figure expected to rise to 641,000": the figure (what it stands for, below)
                subj = controller.head
            if via.dep_ == "dobj" and money and node.lemma_.lower() in EARNING_VERBS:
                froms = (c for c in node.children if c.dep_ == "prep" and c.lower_ in {"from", "in"})
                source = next((found for c in froms if (found := _money_in(c, earned=True))), None)
                if source is not None:
                    return source  # "which earned $10bn from canal fees": the fees (else the earner, below)
            # ("has offered 3%, with a further 2% if …": a second amount, added to the first)
            added = via.dep_ == "prep" and via.lower_ == "with" and any(c.dep_ == "dobj" for c in node.children)
            if (via.dep_ == "dobj" or added) and node.lemma_.lower() in TRANSFER_VERBS:
                # "the EU pledged €700m", "the country has spent $1.2bn on the crisis": the subject acts on the
                # amount; what it is for, if anything, is what it measures
                spent_on = (_money_in(c) for c in node.children if c.dep_ == "prep" and c.i > via.i)
                return next((s for s in spent_on if s), None) if money else None
            if subj is None or (subj.pos_ not in {"NOUN", "PROPN"} and not _gerund_noun(subj)):
                return None
            river = subj.lower_ in RIVERS  # ("The Danube peaked at 9.2 metres": the river is what is measured)
            # ("Kharkiv lies about 30 km from the border": how far the place lies)
            placed = node.lemma_.lower() in _LOCATING_VERBS and unit_word(whole.root.text) in _LENGTHS
            if (
                _named_entity(subj, {"PERSON", "GPE"})
                and not _word_said_to_be(subj, node)
                and not _currency_word(subj)
                and not river
                and not placed
            ):
                return None
            return _counted(subj)
        if node.head == node:
            return None
        node, via = node.head, node
    return None


def _date_of_the_span(span: Span) -> Span | None:
    """A date tagged as two, a span and its year ("the same period" + "of" + "2022"): the whole, else None."""
    doc = span.doc
    if span[-1].lower_ in {"of", "in"}:
        at = span.end  # ("the same period of" + "2021")
    elif span.end + 1 < len(doc) and doc[span.end].lower_ in {"of", "in"}:
        at = span.end + 1
    else:
        return None
    year = next((e for e in date_entities(span.sent) if e.start == at), None)
    return doc[span.start : year.end] if year is not None else None


# Verbs of a thing reaching over a length ("queues stretching for 3 km", "a line that ran for 2 miles").
_STRETCHING_VERBS = frozenset({"stretch", "extend", "span", "run", "snake"})


def _stretching(whole: Span) -> Token | None:
    """The noun a participle or relative clause of stretching describes, when the figure is how far ("queues
    stretching for up to 3 kilometres", "a convoy that stretched for 60 km"), else None."""
    prep = whole.root.head
    if whole.root.dep_ != "pobj" or prep.lower_ not in {"for", "over"}:
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _STRETCHING_VERBS or verb.dep_ not in {"acl", "relcl"}:
        return None
    return verb.head if verb.head.pos_ == "NOUN" else None
