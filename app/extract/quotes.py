"""Finding quoted spans in raw text: every quote style, mismatched pairs, apostrophes,
quotes continued across paragraphs, and unbalanced marks (recovered, never fatal)."""

import re
from dataclasses import dataclass

# ” also opens: copy typed with the wrong mark (”…”) is common; _can_open keeps it from
# taking a closing mark for an opener (an opener follows a space and precedes a word).
OPENERS = {"“": "double", "”": "double", "‘": "single", '"': "straight", "«": "guillemet", "'": "straight1"}
CLOSERS = {"”": "double", "’": "single", '"': "straight", "»": "guillemet", "'": "straight1"}
# What may close what. Mismatched pairs (‘…”) are common in copy-edited text.
_ACCEPTS = {
    "double": {"”", '"', "“"},
    "single": {"’", "”", "'"},
    "straight": {'"', "”"},
    "guillemet": {"»"},
    "straight1": {"'", "’"},
}
_SIGNED_POST = re.compile(
    r"^\s*[—–-]{1,2}\s*(?P<name>[^\n(@]{2,80}?)\s*\(@(?P<handle>\w{1,30})\)"
    r"\s*(?P<date>[A-Z][a-z]+\.? \d{1,2}, \d{4})?\s*$",
    re.M,
)


_TWO_APOSTROPHES = "''"


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # first character inside the marks
    end: int  # end (exclusive) of the quoted words
    open_mark: int  # index of the opening mark
    close_mark: int | None  # index of the closing mark; None when the paragraph ran out
    continues: bool = False  # the quote goes on in the next paragraph


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _can_open(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace() and not (text[i] in '"“' and text[i + 1 : i + 3] in {" '", " ‘"}):
        return False  # but “ ‘…’ …” opens both: a space set between two openers
    if text[i] in "’'" and _is_word(before):
        return False  # apostrophe: We’ll, Belarus’
    return before.isspace() or before in "([{—–-/:;,"


def _can_close(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() and not (text[i] in '"”' and text[i - 2 : i] in {"' ", "’ "}):
        return False  # but “… ‘…,’ ” closes both: a space set between two closers
    if text[i] in "’'" and _is_word(before) and _is_word(after):
        return False  # apostrophe inside a word
    if text[i] == "“" and not (_is_word(before) or before in ".,!?"):
        return False  # an opener typed as a closer (“rapists“ while) ends a word or a sentence
    if text[i] == "”" and before in ",.!?" and after.isalpha():
        return True  # glued to the next word: “We will,”Mayor Berg said
    return after.isspace() or after in '.,;:!?)]}―—–-"”’'


def find_quotes(text: str) -> list[QuoteSpan]:
    """Quoted spans in reading order. Never raises on unbalanced marks."""
    quotes: list[QuoteSpan] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if text.startswith(_TWO_APOSTROPHES, i) and _can_open(text, i) and text[i + 2 : i + 3].strip():
            found = _scan_two_apostrophes(text, i)
            if found is not None:
                quotes.append(found)
                i = (found.close_mark + 1) if found.close_mark is not None else found.end
                continue
        if ch in OPENERS and _can_open(text, i):
            found = _scan_to_close(text, i)
            if found is not None:
                quotes.append(found)
                i = (found.close_mark + 1) if found.close_mark is not None else found.end
                continue
        i += 1
    return [q for q in quotes if q.end > q.start]


def _scan_to_close(text: str, open_at: int) -> QuoteSpan | None:
    style = OPENERS[text[open_at]]
    accepts = _ACCEPTS[style]
    para_end = text.find("\n", open_at)
    para_end = len(text) if para_end == -1 else para_end
    j = open_at + 1
    while j < para_end:
        if text[j] in accepts and _can_close(text, j):
            if text[j] == "’" and style == "single" and _possessive_plural(text, j, para_end):
                j += 1
                continue
            end = j
            return QuoteSpan(open_at + 1, end, open_at, j)
        j += 1
    # No closer in the paragraph: a quote continued in the next paragraph opens it again.
    continues = _next_paragraph_opens_quote(text, para_end)
    if style in {"straight1", "single"} and not continues:
        return None  # a stray single mark is more often an apostrophe than a quote
    end = para_end
    while end > open_at + 1 and text[end - 1].isspace():
        end -= 1
    return QuoteSpan(open_at + 1, end, open_at, None, continues=continues)


def _scan_two_apostrophes(text: str, open_at: int) -> QuoteSpan | None:
    """''…'' : two apostrophes standing for a double mark (typewriter copy, archive exports)."""
    para_end = text.find("\n", open_at)
    para_end = len(text) if para_end == -1 else para_end
    j = open_at + 2
    while j < para_end - 1:
        if text.startswith(_TWO_APOSTROPHES, j) and _can_close(text, j + 1) and not text[j - 1].isspace():
            return QuoteSpan(open_at + 2, j, open_at, j + 1)
        j += 1
    end = para_end
    while end > open_at + 2 and text[end - 1].isspace():
        end -= 1
    continues = _next_paragraph_opens_quote(text, para_end)
    return QuoteSpan(open_at + 2, end, open_at, None, continues=continues)


def _next_paragraph_opens_quote(text: str, para_end: int) -> bool:
    """A quotation running on into the next paragraph opens it again with a mark."""
    nxt = para_end
    while nxt < len(text) and text[nxt].isspace():
        nxt += 1
    if nxt >= len(text):
        return False
    return (text[nxt] in OPENERS and text[nxt] != "'") or text.startswith(_TWO_APOSTROPHES, nxt)


def _possessive_plural(text: str, j: int, para_end: int) -> bool:
    """ "the Unions’ borders": ’ after s followed by a lowercase word, with a later closer."""
    if text[j - 1] != "s" or j + 2 >= para_end or text[j + 1] != " ":
        return False
    if not text[j + 2].islower():
        return False
    return any(text[k] in "’”" and _can_close(text, k) for k in range(j + 2, para_end))


def signed_posts(text: str) -> list[tuple[int, int, str, str, str | None]]:
    """Embedded posts: the paragraph before a "— Name (@handle) Month D, YYYY" signature.
    Returns (start, end, name, handle, date text) with start/end around the post's text."""
    posts = []
    for match in _SIGNED_POST.finditer(text):
        body_end = match.start()
        while body_end > 0 and text[body_end - 1].isspace():
            body_end -= 1
        body_start = text.rfind("\n", 0, body_end) + 1
        if body_end > body_start:
            posts.append((body_start, body_end, match["name"].strip(), match["handle"], match["date"]))
    return posts


def quote_words(text: str, quote: QuoteSpan) -> str:
    return text[quote.start : quote.end]
