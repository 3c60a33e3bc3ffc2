"""Numeric claims: value (or range), qualifier, unit, subject, claimant, date referred to.

Not claims: dates, years, times, ordinals, ages, identifiers and model numbers, handles,
URLs, and vague quantities ("thousands of"), which carry no number to report.
"""

from datetime import date

from spacy.tokens import Doc, Span, Token

from app.extract.attribution import is_cue, subject_of
from app.extract.dates import MONTHS, resolve_period
from app.extract.lexicon import LEGISLATIVE_VERBS, TALLY_SIDES, VOTE_WORDS
from app.extract.numbers import (
    CURRENCY_SIGNS,
    SCALES,
    SMALL,
    UNIT_MAX_WORDS,
    UNITS,
    parse_digits,
    parse_words,
    qualifier_before,
    unit_after,
)
from app.extract.records import ClaimRecord, QuotationRecord
from app.extract.speakers import SpeakerResolver

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
}
_UNIT_HEADS = {key.split()[0] for key in UNITS}
_RANGE_JOINERS = {"-", "–", "—", "to", "and"}
_AGENT_KINDS = {"person", "organization", "group", "place"}


def _is_number(tok: Token) -> bool:
    low = tok.lower_
    if parse_digits(tok.text) is not None:
        return True
    if low in SMALL or (low in SCALES and low != "hundred"):
        # a word number counts only when it counts something: "ten soldiers", not "one for all"
        return (tok.pos_ == "NUM" and tok.dep_ in {"nummod", "quantmod", "compound"}) or low == "dozen"
    return False


def _excluded(tok: Token) -> bool:
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > 0 else None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if tok.ent_type_ in _NOT_CLAIM_ENTS and not (tok.ent_type_ == "DATE" and prev is not None and prev.tag_ == "POS"):
        return True
    if prev is not None and (prev.text in {"@", "#", "No.", "no."} or prev.lower_.rstrip(".") in MONTHS):
        return True
    if nxt is not None and (
        nxt.lower_ in {"year", "years", "-year", "st", "nd", "rd", "th", ":", "am", "pm", "a.m.", "p.m."}
        or nxt.text.startswith("-year")
    ):
        return nxt.lower_ not in {"years"} or (tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ == "old")
    value = parse_digits(tok.text)
    if value is not None and "," not in tok.text and 1900 <= value <= 2100 and float(value).is_integer():
        return not (nxt is not None and nxt.pos_ == "NOUN" and tok.dep_ == "nummod")
    if prev is not None and prev.pos_ == "PROPN" and tok.dep_ != "nummod" and not prev.is_sent_start:
        return True  # "Boeing 737", "Resolution 2334": an identifier
    return "/" in tok.text or ("." in tok.text and tok.text.count(".") > 1)


def _expression(doc: Doc, i: int) -> tuple[int, int, float | None]:
    """Token range [i, j) of one number ("1.5 million", "four hundred thirty") and its value."""
    j = i + 1
    while j < len(doc) and (
        doc[j].lower_ in SCALES
        or (doc[j].lower_ in SMALL and doc[j].pos_ == "NUM")
        or (doc[j].lower_ == "and" and j + 1 < len(doc) and doc[j + 1].lower_ in SMALL)
    ):
        j += 1
    start = i - 1 if i > 0 and doc[i - 1].lower_ == "a" and doc[i].lower_ == "dozen" else i
    return start, j, parse_words([t.text for t in doc[i:j]])


def _subject(head: Token, unit: str | None) -> str | None:
    if head.pos_ not in {"NOUN", "PROPN"} or head.ent_type_ in {"GPE", "PERSON"}:
        return None
    noun = head
    if (unit and head.lower_ in UNITS) or head.lower_ in _CONTAINERS:
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj is not None and head.lower_ in UNITS:
            noun = obj
        elif obj is not None:
            words = [head.text, "of", *_noun_phrase(obj)]
            return " ".join(words)
    if noun.lower_ in _UNIT_HEADS:
        return None  # "41 degrees Celsius": the unit, not what is measured
    return " ".join(_noun_phrase(noun))


def _noun_phrase(noun: Token) -> list[str]:
    mods = [c for c in noun.lefts if c.dep_ in {"compound", "amod"} and not c.like_num and c.pos_ != "NUM"]
    first = min([noun.i] + [m.i for m in mods if all(t.dep_ != "punct" for t in noun.doc[m.i : noun.i])])
    return [t.text for t in noun.doc[first : noun.i + 1] if not t.like_num and t.text not in {"-", "–"}]


def _claimant(
    tok: Token, resolver: SpeakerResolver, quotes: list[QuotationRecord], head: Token | None, tally: bool = False
) -> str | None:
    for q in quotes:
        if q.kind != "indirect" and q.start <= tok.idx < q.end:
            return q.speaker_key
    sent = tok.sent
    governing = [a for a in tok.ancestors if is_cue(a)]
    others = [t for t in sent if is_cue(t) and t not in governing]
    for cue in governing + others:
        if tally and cue.lemma_.lower() in LEGISLATIVE_VERBS:
            continue  # "voted 52-48 to confirm her": the outcome of the vote, not a report of it
        subj = subject_of(cue)
        if subj is None or subj.lower_ in {"we", "i", "you", "it"}:
            continue  # the writer's "we explain", not a source
        key = resolver.resolve(subj)
        if key:
            return key
    if head is not None and head.dep_ in {"dobj", "attr"}:
        key = resolver.resolve(subject_of(head.head))
        if key and resolver.kinds.get(key) in _AGENT_KINDS:
            return key
    return None


def _clause(tok: Token) -> Token:
    """The verb heading the clause a token is in (the sentence root if none)."""
    while tok.pos_ not in {"VERB", "AUX"} and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _refers_to(tok: Token, published: date | None) -> tuple[date, str] | tuple[None, None]:
    """The time a figure applies to: the nearest date expression in the figure's clause or in a
    clause above it ("On Tuesday the agency said that 459 died"), not in a sibling clause ("...,
    while 4,000 crossed on Sunday"). A vague nearest one ("in ten days") means no date."""
    own = _clause(tok)
    chain = {own.i} | {a.i for a in own.ancestors if a.pos_ in {"VERB", "AUX"}}
    dates = [
        e for e in tok.sent.ents if e.label_ == "DATE" and not (e.start <= tok.i < e.end) and _clause(e.root).i in chain
    ]
    if not dates:
        return None, None
    nearest = min(dates, key=lambda e: min(abs(e.start - tok.i), abs(e.end - 1 - tok.i)))
    return resolve_period(nearest.text, published) or (None, None)


def extract_claims(
    doc: Doc, resolver: SpeakerResolver, quotations: list[QuotationRecord], published: date | None
) -> list[ClaimRecord]:
    claims: list[ClaimRecord] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if not _is_number(tok) or _excluded(tok):
            i += 1
            continue
        start, end, value = _expression(doc, i)
        if value is None:
            i = end
            continue
        tally, after = _vote_tally(doc, start, end, value, resolver, quotations, published)
        if tally:
            claims += tally
            i = after
            continue
        value_max = None
        if end + 1 < len(doc) and doc[end].text in _RANGE_JOINERS and _is_number(doc[end + 1]):
            joiner_ok = (
                doc[end].text != "and"
                or (start > 0 and doc[start - 1].lower_ == "between")
                or (start > 1 and doc[start - 2].lower_ == "between")
            )
            if joiner_ok:
                _, end2, value_max = (
                    _expression(doc, end + 1) if doc[end + 1].text not in CURRENCY_SIGNS else (0, end + 1, None)
                )
                if value_max is not None:
                    end = end2
        claim = _build(doc, start, end, value, value_max, resolver, quotations, published, claims)
        if claim is not None:
            claims.append(claim)
        i = end
    return claims


def _is_vote_sentence(sent: Span, smaller_second: bool) -> bool:
    lemmas = {t.lemma_.lower() for t in sent}
    return bool(lemmas & VOTE_WORDS) or (smaller_second and bool(lemmas & LEGISLATIVE_VERBS))


def _vote_tally(
    doc: Doc,
    start: int,
    end: int,
    value: float,
    resolver: SpeakerResolver,
    quotations: list[QuotationRecord],
    published: date | None,
) -> tuple[list[ClaimRecord], int]:
    """ "13-2", "52 to 48" in a sentence about a vote: two claims, votes in favour and against.

    Returns the claims and the token after the tally; ([], end) when this is not a tally.
    """
    if end + 1 >= len(doc) or doc[end].text not in {"-", "–", "—", "to"} or not _is_number(doc[end + 1]):
        return [], end
    second_start, second_end, second = _expression(doc, end + 1)
    if second is None or not _is_vote_sentence(doc[start].sent, second < value):
        return [], end
    sides = ((start, end, value, "votes in favour"), (second_start, second_end, second, "votes against"))
    out = [_build(doc, s, e, v, None, resolver, quotations, published, [], subject=side) for s, e, v, side in sides]
    claims = [c for c in out if c is not None]
    return (claims, second_end) if len(claims) == 2 else ([], end)


def _tally_side(doc: Doc, end: int) -> str | None:
    """ "9 in favour", "3 against", "2 abstaining": the side of a vote a bare figure counts."""
    if not _is_vote_sentence(doc[min(end, len(doc) - 1)].sent, False):
        return None
    following = [t.lower_ for t in doc[end : end + 2]]
    for words in (" ".join(following), following[0] if following else ""):
        if words in TALLY_SIDES:
            return TALLY_SIDES[words]
    return None


def _main_figure(doc: Doc, claims: list[ClaimRecord]) -> ClaimRecord:
    """Of a sentence's earlier figures, the one an elliptical "up from 301" compares with: the
    latest that is not tucked in a prepositional phrase ("536 people on six flights" → 536)."""
    for claim in reversed(claims):
        span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
        if span is None:
            continue
        counted = span.root.head if span.root.dep_ in {"nummod", "quantmod"} else span.root
        if counted.dep_ != "pobj":
            return claim
    return claims[-1]


def _build(
    doc: Doc,
    start: int,
    end: int,
    value: float,
    value_max: float | None,
    resolver: SpeakerResolver,
    quotations: list[QuotationRecord],
    published: date | None,
    earlier: list[ClaimRecord],
    subject: str | None = None,
) -> ClaimRecord | None:
    first, last = doc[start], doc[end - 1]
    unit = None
    span_start = start
    if start > 0 and doc[start - 1].text in CURRENCY_SIGNS:
        unit, span_start = CURRENCY_SIGNS[doc[start - 1].text], start - 1
    after = doc[end] if end < len(doc) else None
    span_end = end
    found = unit_after([t.text for t in doc[end : end + UNIT_MAX_WORDS]]) if unit is None else None
    if found is not None:
        unit, span_end = found[0], end + found[1]
    words_before = [t.text for t in doc[max(0, span_start - 3) : span_start]]
    qualifier = qualifier_before(words_before)
    head = last.head if last.dep_ in {"nummod", "quantmod", "compound"} else None
    if head is None and first.dep_ in {"nummod", "quantmod"}:
        head = first.head
    if head is None and after is not None and after.pos_ == "NOUN":
        head = after
    tally = subject is not None  # the side of a vote: whoever voted is not claiming the figure
    if subject is None and unit is None:
        subject = _tally_side(doc, span_end)
    if subject is None:
        subject = _subject(head, unit) if head is not None and head.i >= end else None
    same_sentence = [c for c in earlier if c.sentence_start == first.sent.start_char]
    elliptical = parse_digits(first.text) is not None
    if subject in {None, "others"} and same_sentence and unit is None and elliptical:
        subject = _main_figure(doc, same_sentence).subject
    if subject is None and unit is None:
        return None  # a bare number with nothing counted is not a claim we can state
    low, high = (value, value_max) if value_max is not None else (None, None)
    refers_to, precision = _refers_to(first, published)
    span_start_char = doc[span_start].idx
    span_end_char = doc[span_end - 1].idx + len(doc[span_end - 1].text)
    return ClaimRecord(
        start=span_start_char,
        end=span_end_char,
        value=value,
        value_min=low,
        value_max=high,
        qualifier=qualifier,
        unit=unit,
        subject=subject,
        claimant_key=_claimant(first, resolver, quotations, None if tally else head, tally),
        refers_to=refers_to,
        refers_to_precision=precision,
        sentence_start=first.sent.start_char,
        sentence_end=first.sent.end_char,
    )
