"""Normalising article text once, before anything else sees it.

Every offset the service stores refers to the text this module returns, so it runs
exactly once per article, at ingestion.
"""

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

from app.extract.lexicon import TIME_ZONES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Lines that are site furniture rather than reporting. Patterns are general shapes seen
# across news sites (promo links, related-content headers, wire-agency footers), not
# sentences of any one article.
_BOILERPLATE_LINE = re.compile(
    r"""^\s*(?:
        click\ here\b.*
      | related\ (?:content|articles?|stories|coverage|news)\s*:?
      | (?:read|see)\ (?:more|also)\s*:.*
      | (?:photo|image|picture)\s*(?:credit)?\s*:.{0,80}
      | advertisement
      | share\ this\ (?:article|story)
      | sign\ up\ for\ .{0,80}newsletter.*
      | .*\bcontains\ only\ a\ portion\ of\ the\ news\ stories\b.*
      | .*\bplease\ contact\ us\ for\ subscription\b.*
      | .*\ball\ rights\ reserved\b.{0,40}
      | (?:copyright\ |©).{0,120}
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# A wire dateline opening a story: "KHARTOUM, April 18 (Reuters) - ", "ANKARA (AP) — ": a place in
# capitals, an optional date or country, an optional agency in brackets, then a dash and a space (a
# hyphen needs a space before it too, so "UN-backed forces" is no dateline).
# (capitals with accents too: "VIÑA DEL MAR, Chile (AP) —", "SÃO PAULO (Reuters) -")
_CAPS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
# (two places for a story filed from both: "NAIROBI/GENEVA —")
_PLACE = rf"[{_CAPS}][{_CAPS}.'’]{{2,}}(?:[ -][{_CAPS}][{_CAPS}.'’]+)*"
DATELINE = re.compile(
    rf"{_PLACE}(?:/{_PLACE})*(?:,[^\n()–—-]{{0,40}})?(?:\s*\([^)\n]{{1,40}}\))?"
    r"(?:\s*[–—]+|\s+-{1,2})\s+"
)
# A live blog's time stamp opening an entry ("10:42 GMT — The storm made landfall …", "9.05am - …"): like a
# dateline, the writer's, and no part of the sentence after it.
# ("8.40am: The death toll …": a colon after a time that carries its am/pm or zone)
# (a.m./p.m., then the time zone: "8:40 p.m. ET —"; common zone abbreviations of news copy)
_CLOCK_MARK = (
    r"(?:[ap]\.?m\.?|GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|ET|CST|CDT|CT|MST|MDT|MT|PST|PDT|PT|IST|JST|KST|"
    r"AEST|AEDT|WAT|EAT|CAT|SAST|HKT|SGT|PKT|local(?: time)?)"
)
TIME_STAMP = re.compile(
    rf"\d{{1,2}}[:.]\d{{2}}(?:(?:\s*{_CLOCK_MARK}){{0,2}}(?:\s*[–—]+|\s+-{{1,2}})|(?:\s*{_CLOCK_MARK}){{1,2}}:)\s+",
    re.IGNORECASE,
)


# A dateline in title case, as some outlets write it ("Port Sudan – A cholera outbreak …", "Kyiv, Ukraine — …"): one
# to four capitalised words, an optional country, a spaced en or em dash, and a sentence opening with a capital; only
# at the start of a paragraph. With the day filed after the place ("Khartoum, May 28 — …", "Kyiv, March 3 (AFP) -
# …"), a spaced hyphen closes it too.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
TITLE_DATELINE = re.compile(
    r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}(?:, [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2})?"
    rf"(?:, {_MONTH} \d{{1,2}}(?: \([^)\n]{{1,40}}\))? [–—-]| [–—]) (?=[A-Z\d“\"])"
)


def entry_lead(text: str, at: int) -> re.Match[str] | None:
    """The dateline or live-blog time stamp that opens the text at `at`, if one does."""
    found = DATELINE.match(text, at) or TIME_STAMP.match(text, at)
    if found is None and (at == 0 or text[at - 1] == "\n"):
        found = TITLE_DATELINE.match(text, at)
    return found


# A leading metadata marker some exports carry, e.g. " date 2021-11-12 Text starts…".
DATE_MARKER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s+")


def _is_shouted(line: str) -> bool:
    """An all-capitals line of five or more words: a promo headline for another story."""
    return len(line.split()) >= 5 and any(c.isupper() for c in line) and not any(c.islower() for c in line)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def normalize_text(raw: str) -> str:
    """NFC, Unix line endings, no trailing spaces, boilerplate lines removed, blank runs collapsed."""
    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\ufeff", "")
    text = _CONTROL.sub("", text)  # NUL and other control characters carry no text (tabs and newlines stay)
    text = DATE_MARKER.sub("", text, count=1)
    lines = [line.rstrip() for line in text.split("\n")]
    kept = [line for line in lines if not _BOILERPLATE_LINE.match(line)]
    if any(line.strip() and not _is_shouted(line) for line in kept):  # an all-capitals wire copy stays
        kept = [line for line in kept if not _is_shouted(line)]
    text = "\n".join(kept)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def leading_date_marker(raw: str) -> str | None:
    """The ISO date of a leading `date YYYY-MM-DD` marker, if the raw text has one."""
    match = DATE_MARKER.match(raw)
    return match.group(1) if match else None


def word_count(text: str) -> int:
    return len(re.findall(r"\w+(?:[’'-]\w+)*", text))


def doc_text(doc: "Doc") -> str:
    """`doc.text`, computed once per Doc (spaCy rebuilds the string from every token on each access)."""
    cached = doc.user_data.get("crisis_facts.text")
    if cached is None:
        cached = doc.user_data["crisis_facts.text"] = doc.text
    return str(cached)


def words_of(doc: "Doc") -> frozenset[str]:
    """Every token's text, gathered once per Doc (whether the article writes a word in some form: "in lowercase
    too" is `word.lower() in words_of(doc)`)."""
    words = doc.user_data.get("crisis_facts.words")
    if words is None:
        words = doc.user_data["crisis_facts.words"] = frozenset(t.text for t in doc)
    assert isinstance(words, frozenset)
    return words


def tokens_among(doc: "Doc", words: frozenset[str]) -> list[int]:
    """The indices, in order, of the tokens whose lower-case form is one of `words` (written in lower case),
    found in an array of every token's form read once per Doc: a pass that looks at a few words only visits
    those (building a spaCy Token and reading its string costs more than the test itself). Token text never
    changes after the parse; the repairs change tags, lemmas and heads only."""
    import numpy
    from spacy.attrs import LOWER

    cached = doc.user_data.get("crisis_facts.lowers")
    if cached is None:
        lowers = doc.to_array(LOWER)
        cached = doc.user_data["crisis_facts.lowers"] = (lowers, numpy.unique(lowers).tolist())
    lowers, forms = cached
    ids = _word_ids(words)
    present = [form for form in forms if form in ids]  # (the article's few hundred forms, not every word asked for)
    if not present:
        return []
    found: list[int] = numpy.flatnonzero(numpy.isin(lowers, present)).tolist()
    return found


@lru_cache(maxsize=256)
def _word_ids(words: frozenset[str]) -> frozenset[int]:
    from spacy.strings import get_string_id

    return frozenset(get_string_id(w) for w in words)


def date_entities(span: "Span") -> list["Span"]:
    """The DATE entities inside `span` (a sentence, a clause), from a list made once per Doc
    (`span.ents` builds every entity of the Doc on each access)."""
    doc = span.doc
    dates = doc.user_data.get("crisis_facts.dates")
    if dates is None:
        dates = doc.user_data["crisis_facts.dates"] = [e for e in doc.ents if e.label_ == "DATE" and not _clock_time(e)]
    return [e for e in dates if span.start <= e.start and e.end <= span.end]


_TWENTY_FOUR_HOUR = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")


def _clock_time(ent: "Span") -> bool:
    """A 24-hour clock time the recogniser took for a year: "at 11:47 p.m. (1917 GMT)", "at 2130 local time" —
    four digits followed by a time zone or "local time" (no year is written so)."""
    if not _TWENTY_FOUR_HOUR.fullmatch(ent.text):
        return False
    after = ent.doc[ent.end : ent.end + 2]
    return bool(after) and (after[0].text in TIME_ZONES or [t.lower_ for t in after] == ["local", "time"])


# Marks after which a word is capitalised for its place, not as a name: a dateline's dash, a colon, a quote.
_OPENING_MARKS = frozenset({"—", "–", "--", ":", "“", '"'})


def possessive(owner: str) -> str:
    """ "Qatar" → "Qatar's", "United Arab Emirates" → "United Arab Emirates'" (a name ending in "s" takes the
    apostrophe alone, as news style writes "the Philippines' coast guard")."""
    return f"{owner}'" if owner.endswith("s") else f"{owner}'s"


def capitalised_for_its_place(tok: "Token") -> bool:
    """A word that opens its sentence, or follows a dateline's dash, a colon or an opening quote
    ("Wildfires have …", "TORONTO — Territorial officials said"): its capital says nothing of a name."""
    return tok.i == tok.sent.start or (tok.i > 0 and tok.doc[tok.i - 1].text in _OPENING_MARKS)


def according_source(tok: "Token") -> "Token | None":
    """The source an "according to" names (the object of its "to"), or None for any other token."""
    if tok.lower_ != "according":
        return None
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None:
        return None
    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
    return obj if obj is not None or to.n_rights else _phrase_left_after(to)


def _phrase_left_after(to: "Token") -> "Token | None":
    """ "according to the U.N." closing the sentence, the parser's tree broken there ("the" and "U.N." left as loose
    words): the last word of the noun phrase written right after "to" to the sentence's end, if nothing else is."""
    words = [t for t in to.doc[to.i + 1 : to.sent.end] if not t.is_space and not t.is_punct]
    nouns = [t for t in words if t.pos_ in {"NOUN", "PROPN"}]
    if not nouns or any(t.pos_ in {"VERB", "AUX", "ADP", "SCONJ", "CCONJ"} for t in words):
        return None
    return nouns[-1]


def age_described(head: "Token") -> str | None:
    """The number in "the 34-year-old mother of three", "the 84-year-old laureate": a person described again by a
    noun with their age on it (the definite article before), else None."""
    if head.pos_ != "NOUN" or not _definite(head):
        return None
    old = next((c for c in head.children if c.dep_ == "amod" and c.lower_ == "old" and c.i < head.i), None)
    return _years_of(old) if old is not None else None


def age_named(head: "Token") -> str | None:
    """The number in "the 43-year-old" (the subject a person is described by only their age), else None."""
    return _years_of(head) if head.lower_ == "old" and _definite(head) else None


def _definite(head: "Token") -> bool:
    return any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in head.children)


def _years_of(old: "Token") -> str | None:
    """The number of years in "43-year-old", read from its "old" (a whole number in digits), else None."""
    unit = next((c for c in old.children if c.lower_ in {"year", "years"} and c.i < old.i), None)
    number = next((c for c in unit.children if c.like_num and c.i < unit.i), None) if unit is not None else None
    return number.text if number is not None and number.text.isdigit() else None


def in_brackets(tok: "Token") -> bool:
    """A word set in brackets on its own: the "NDA" of "(NDA)"."""
    doc = tok.doc
    return 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text == "(" and doc[tok.i + 1].text == ")"
