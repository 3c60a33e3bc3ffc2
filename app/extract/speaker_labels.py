"""Speaker labels that name a speaker by position, not by a reporting verb:

- transcript turns: a paragraph opening with an upper-case name and a colon ("WALLACE: …",
  "SEN. KAINE: …"), quoted or not;
- signatures: a quotation followed by a dash and a name ("“…” ― Ana Ruiz").

Both give spans of the stored text; `label_candidates` turns them into person candidates so the
article's usual merging links "PENCE" to "Mike Pence".
"""

import re

from spacy.tokens import Doc, Span

from app.extract.actors import Candidate
from app.extract.lexicon import KICKER_WORDS
from app.extract.quotes import QuoteSpan
from app.extract.text import doc_text

# "WALLACE:", "SEN. KAINE:", "O'DONNELL:" at the start of a paragraph, after an optional mark.
TRANSCRIPT_LABEL = re.compile(r"(?m)^[ \t]*[\"“”']?(?P<label>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}):[ \t]+(?=\S)")
# Labels that open a paragraph with a colon but name no one (Q/A, HOST: anonymous or role-only turns).
_NOT_SPEAKERS = frozenset(
    [
        "Q",
        "A",
        "UPDATE",
        "UPDATED",
        "NOTE",
        "EDITOR'S",
        "EDITORS",
        "CORRECTION",
        "CORRECTIONS",
        "CLARIFICATION",
        "DISCLOSURE",
        "DISCLAIMER",
        "ADVERTISEMENT",
        "BREAKING",
        "WARNING",
        "SPOILER",
        "CREDIT",
        "CREDITS",
        "FILE",
        "CAPTION",
        "ADDENDUM",
        "ERRATUM",
        "WATCH",
        "READ",
        "MORE",
        "RELATED",
        "PHOTO",
        "VIDEO",
        "SOURCE",
        "HOST",
        "MODERATOR",
        "ANCHOR",
        "REPORTER",
        "INTERVIEWER",
        "AUDIENCE",
        "CROWD",
        "UNIDENTIFIED",
        "VOICE",
        "NARRATOR",
    ]
) | {w.upper() for w in KICKER_WORDS}
_DASHES = "―—–-"
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'’.-]*|[A-Z]\.)$")


def is_speaker_label(label: str) -> bool:
    words = label.replace(".", " ").split()
    return bool(words) and not any(w in _NOT_SPEAKERS for w in words) and len(label.strip(".")) >= 2


def names_someone(label: str) -> bool:
    """Not a label that names no one as a whole ("LIVE", "Update"; but "Judicial Watch" is a name)."""
    return label.upper() not in _NOT_SPEAKERS


def transcript_labels(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of every transcript label; end is the end of the label word(s)."""
    return [
        (m.start("label"), m.end("label"), m["label"])
        for m in TRANSCRIPT_LABEL.finditer(text)
        if is_speaker_label(m["label"])
    ]


# "Okafor: All of them." at the start of a paragraph: an interview's turn labelled in ordinary case.
_NAME_LABEL = re.compile(r"(?m)^[ \t]*(?P<label>[A-Z][a-z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}):[ \t]+(?=\S)")


def name_labels(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, label) of transcript labels written in ordinary case ("Okafor:", "Ray Okafor:"),
    kept only when the label's last word ends a person's name found elsewhere in the article, so a
    fact-box or section label ("Deaths: 4,320", "Note: …") is never taken for a speaker. Read once
    per Doc (entity candidates and transcript turns both ask)."""
    cached = doc.user_data.get("crisis_facts.name_labels")
    if cached is None:
        cached = doc.user_data["crisis_facts.name_labels"] = _name_labels(doc)
    return list(cached)


def _name_labels(doc: Doc) -> list[tuple[int, int, str]]:
    text = doc_text(doc)
    # (not the first line: "Clinton: Trump will reverse Roe v. Wade" is a headline's paraphrase)
    found = [m for m in _NAME_LABEL.finditer(text) if text[: m.start()].strip()]
    if not found:
        return []
    surnames = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) >= 2}
    labels = [
        (m.start("label"), m.end("label"), m["label"])
        for m in found
        if m["label"].split()[-1] in surnames and is_speaker_label(m["label"].upper())
    ]
    # an interview has turns: a question line, or more than one labelled answer
    questions = re.search(r"(?m)^[ \t]*(?:Q|Question)[.:]", text) is not None
    return labels if labels and (questions or len(labels) > 1) else []


def signature_after(doc: Doc, close_mark: int) -> Span | None:
    """The name in "“…” ― Name" right after a closing mark, as a token span."""
    text = doc_text(doc)
    i = close_mark + 1
    while i < len(text) and text[i] in " \t.,":
        i += 1
    if i >= len(text) or text[i] not in _DASHES:
        return None
    i += 1
    while i < len(text) and text[i] in " \t":
        i += 1
    first = doc.char_span(i, i + 1, alignment_mode="expand")
    if first is None or not len(first):
        return None
    start = end = first[0].i
    while end < len(doc) and end - start < 5 and _NAME_TOKEN.match(doc[end].text) and "\n" not in doc[end].text:
        end += 1
        if "\n" in doc[end - 1].whitespace_:
            break
    while end > start and doc[end - 1].text.endswith("."):
        if len(doc[end - 1].text) == 2:  # an initial ("G.") belongs to the name
            break
        end -= 1
    return doc[start:end] if end - start >= 1 else None


def label_candidates(doc: Doc, quotes: list[QuoteSpan]) -> list[Candidate]:
    out = []
    for start, end, label in transcript_labels(doc_text(doc)) + name_labels(doc):
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is not None and len(span):
            name = " ".join(w.capitalize() for w in label.replace(".", ". ").split())
            out.append(Candidate(span, name, "person"))
    for quote in quotes:
        if quote.close_mark is None:
            continue
        span = signature_after(doc, quote.close_mark)
        if span is not None and not any(t.ent_type_ for t in span):
            out.append(Candidate(span, span.text, "person"))
    return out
