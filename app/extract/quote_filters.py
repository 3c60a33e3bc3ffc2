"""What is not a statement among quoted spans, and what a quotation inside reported speech
inherits: scare quotes and terms the writer marks, headline quotes, quoted titles of things."""

import re

from spacy.tokens import Doc

from app.extract.attribution import unnamed_source
from app.extract.records import QuotationRecord
from app.extract.text import doc_text

_SCARE_QUOTE_MAX_WORDS = 3


def settle_quotations(
    doc: Doc, quotes: list[QuotationRecord], reported: list[QuotationRecord]
) -> list[QuotationRecord]:
    """A quotation inside reported speech ("X claimed there were “thousands of cases”") takes
    that speech's speaker; what is still unattributed and is a term the writer marks, a name of a
    thing or a headline is not a statement and is dropped."""
    text = doc_text(doc)
    flat = _flatten(text)
    kept = []
    for quote in quotes:
        if _pull_quote(text, flat, quote):
            continue
        if quote.speaker_key is None and quote.kind != "post":
            # the innermost reported clause holding it ("X said … the party, which called the results “rigged”":
            # the party's word, not X's), and only if that clause has a speaker
            hosts = [r for r in reported if r.start <= quote.start and quote.end <= r.end + 1]
            host = min(hosts, key=lambda r: r.end - r.start) if hosts else None
            if host is not None and (host.speaker_key is not None or _anonymous(doc, host)):
                # (an anonymous host's too: "critics said the plan was a “poison pill”" is the critics' phrase)
                quote.speaker_key, quote.cue = host.speaker_key, host.cue
                quote.channel, quote.said_on = host.channel, host.said_on
                quote.speaker_span, quote.cue_span, quote.rule = host.speaker_span, host.cue_span, "reported_host"
        anonymous = _anonymous(doc, quote)
        framed = quote.kind == "direct" and quote.rule in {"cue_after", "cue_before"}  # "“…,” the mayor told …"
        if quote.speaker_key is None and not anonymous and not framed and _is_term_or_title(text, quote):
            continue
        if _names_a_thing(text, quote):
            continue
        kept.append(quote)
    return kept


_PULL_QUOTE_MIN_WORDS = 6
_MARKS = re.compile(r"[“”‘’\"'«»]")
_EDGE = " \t.,;:!?—–-"  # what may stand beside a quotation in its paragraph, or end it


def _flatten(text: str) -> str:
    return " ".join(_MARKS.sub(" ", text).split()).casefold()


def _pull_quote(text: str, flat: str, quote: QuotationRecord) -> bool:
    """A paragraph that is nothing but a quotation whose words the article prints again
    elsewhere: a pull quote set in for display. The copy in the running text carries the
    attribution; this one would be the same words twice, without a speaker or with a guessed one."""
    para_start = text.rfind("\n", 0, quote.start) + 1
    para_end = text.find("\n", quote.end)
    para_end = len(text) if para_end == -1 else para_end
    outside = _MARKS.sub("", text[para_start : quote.start] + text[quote.end : para_end]).strip(_EDGE)
    words = _flatten(text[quote.start : quote.end]).strip(_EDGE)
    if outside or len(words.split()) < _PULL_QUOTE_MIN_WORDS:
        return False
    first = flat.find(words)
    return first != -1 and flat.find(words, first + 1) != -1


def _anonymous(doc: Doc, quote: QuotationRecord) -> bool:
    """A source the text describes but leaves unnamed ("“Pure fraud,” several lawmakers said"):
    its words are kept as the speaker mention; a definite description ("the businessman") that
    found no actor is not enough to keep a short quoted phrase."""
    span = quote.speaker_span
    if quote.speaker_key is not None or span is None:
        return False
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    return words is not None and len(words) > 0 and unnamed_source(words.root)


def _is_term_or_title(text: str, record: QuotationRecord) -> bool:
    words = text[record.start : record.end].split()
    if len(words) <= _SCARE_QUOTE_MAX_WORDS:
        return True
    line_start = text.rfind("\n", 0, record.start) + 1
    line_end = text.find("\n", record.end)
    line = text[line_start : len(text) if line_end == -1 else line_end]
    return _is_title_case(line)


_TITLE_MAX_WORDS = 16  # book titles with a subtitle run long: "The Fixers: Eddie Mannix, …"
_NAMING_VERBS = ("call", "dub", "label", "brand", "nickname", "describ", "term", "nam")


def _names_a_thing(text: str, quote: QuotationRecord) -> bool:
    """A quoted title ("Fox News Sunday", "Make Your Kid a Millionaire"): title case, short, not
    framed as a full quotation by a reporting verb next to it."""
    if quote.kind not in {"partial", "direct"} or (
        quote.kind == "direct" and quote.rule in {"cue_after", "cue_before"}
    ):
        return False
    if quote.speaker_key and (quote.cue or "").startswith(_NAMING_VERBS):
        return False  # "X called her “Miss Piggy”": a name X gave, so a statement of X
    words = text[quote.start : quote.end].split()
    return len(words) <= _TITLE_MAX_WORDS and _is_title_case(" ".join(words), min_words=1)


_MINOR_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "nor",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "with",
        "from",
        "as",
        "vs",
        "via",
        "is",
        "be",
        "than",
        "when",
    ]
)


def _is_title_case(line: str, *, min_words: int = 3) -> bool:
    """A headline or title: every word but the minor ones capitalised, and no sentence inside it."""
    words = [w.strip("“”‘’\"'«»()[],:;!?.—–-") for w in line.split()]
    words = [w for w in words if w and w[0].isalpha()]
    if len(words) < min_words or len(words) > 25:
        return False
    major = [w for w in words if w.lower() not in _MINOR_WORDS]
    return bool(major) and all(w[0].isupper() for w in major)
