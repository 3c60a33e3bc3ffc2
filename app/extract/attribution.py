"""Attributing quotes to speakers, and reported speech, over one Doc.

Patterns: "Q," SPEAKER CUE / "Q," CUE SPEAKER / SPEAKER CUE: "Q" / SPEAKER CUE that "Q" /
according to SPEAKER, "Q" / partial quotes governed by a cue verb / continuation of the
previous speaker / pronouns / documents speaking for their issuer / signed posts.
"""

import re
from datetime import date

from spacy.tokens import Doc, Span, Token

from app.extract.dates import resolve_day
from app.extract.lexicon import (
    ABBREVIATIONS,
    CHANNEL_WORDS,
    CLAUSE_CUE_VERBS,
    CUE_VERBS,
    INDIRECT_CUE_VERBS,
    STATEMENT_NOUNS,
)
from app.extract.quotes import QuoteSpan, find_quotes, signed_posts
from app.extract.records import QuotationRecord
from app.extract.records import Span as RecordSpan
from app.extract.speaker_labels import is_speaker_label, signature_after, transcript_labels
from app.extract.speakers import SpeakerResolver
from app.extract.text import doc_text

_SUBJECTS = {"nsubj", "nsubjpass"}
_MAX_HEAD_WALK = 8


def is_cue(tok: Token) -> bool:
    if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
        return True
    if tok.lower_ in {"read", "reads", "said", "says"} and (
        tok.dep_ == "ROOT" or any(c.dep_ in _SUBJECTS for c in tok.children)
    ):
        return True  # the tagger often takes "the statement read" for a noun
    return tok.pos_ in {"VERB", "AUX"} and tok.lemma_.lower() in CUE_VERBS


_NOT_SUBJECT_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


def _subject_child(node: Token) -> Token | None:
    """The verb's subject; with a misparse giving two ("12:15 p.m. Ana Ruiz says"), the one
    nearest the verb that is not a time or a number."""
    subjects = [c for c in node.children if c.dep_ in _SUBJECTS and c.ent_type_ not in _NOT_SUBJECT_ENTS]
    if not subjects:
        return None
    return min(subjects, key=lambda c: abs(c.i - node.i))


def subject_of(verb: Token, *, outside: tuple[int, int] = (0, 0)) -> Token | None:
    """The speaker phrase of a cue. `outside`: the quotation's characters, never searched (a
    misparse can hang the cue on a verb inside the quotation, whose subject is "we" or "I")."""
    if verb.lower_ == "according":
        for to in (c for c in verb.children if c.lower_ == "to"):
            return next((c for c in to.children if c.dep_ == "pobj"), None)
    node: Token | None = verb
    for _ in range(4):
        if node is None or outside[0] <= node.idx < outside[1]:
            break
        subj = _subject_child(node)
        if subj is not None:
            return subj
        if node.dep_ == "acl" and node.head.pos_ in {"PROPN", "NOUN"}:
            return node.head  # "footage of Ana Ruiz asking, “…”"
        if node.dep_ == "pcomp" and node.head.dep_ == "prep":
            node = node.head  # "… before asking her, “…”": the clause the preposition belongs to
        node = node.head if node.dep_ in {"conj", "xcomp", "advcl", "prep"} and node.head != node else None
    return _actor_just_before(verb)


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
        return False  # an initial
    if "." in word and all(len(part) <= 2 for part in word.split(".")):
        return False  # U.S, D.C, F.B.I
    return word.lower() not in ABBREVIATIONS


def _frame_after(text: str, quote: QuoteSpan, next_open: int) -> tuple[int, int]:
    start = (quote.close_mark + 1) if quote.close_mark is not None else quote.end
    _, para_end = _sentence_bounds(text, quote.start, quote.end)
    end = min(next_open, para_end)
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
    return start, end


def _channel(words: list[str]) -> str | None:
    for word in words:
        channel = CHANNEL_WORDS.get(word.lower().rstrip("."))
        if channel:
            return channel
    return None


def _date_in(span: Span | None, published: date | None) -> date | None:
    if span is None:
        return None
    for ent in span.ents:
        if ent.label_ == "DATE":
            day = resolve_day(ent.text, published)
            if day:
                return day
    return None


def _cue_text(verb: Token) -> str:
    if verb.lower_ == "according":
        return "according to"
    particle = next((c for c in verb.children if c.dep_ == "prt"), None)
    return f"{verb.lower_} {particle.lower_}" if particle is not None else verb.lower_


def _governing_cue(doc: Doc, quote: QuoteSpan) -> Token | None:
    span = _tokens(doc, quote.start, quote.end)
    if span is None or len(span) == 0:
        return None
    node = span.root
    for _ in range(_MAX_HEAD_WALK):
        if is_cue(node) and not (quote.start <= node.idx < quote.end):
            return node
        if node.head == node:
            return None
        node = node.head
    return None


_SPEAKING_KINDS = frozenset({"person", "organization", "group", "place"})


def _clause_verb(doc: Doc, quote: QuoteSpan, text: str) -> Token | None:
    """The verb of the clause a quotation sits in ("X mocked Y for “…”", "X calls it “…”"), or,
    for a quotation introduced by a colon, the verb of the clause before it ("X continued: “…”")."""
    lead = text[: quote.open_mark].rstrip()
    if lead.endswith(":"):
        colon = doc.char_span(len(lead) - 1, len(lead), alignment_mode="expand")
        node: Token | None = colon.root if colon is not None and len(colon) else None
    else:
        span = _tokens(doc, quote.start, quote.end)
        node = span.root if span is not None and len(span) else None
    for _ in range(_MAX_HEAD_WALK):
        if node is None:
            return None
        if node.pos_ in {"VERB", "AUX"} and not (quote.start <= node.idx < quote.end):
            return node
        if node.dep_ in _SUBJECTS or node.dep_ == "appos":
            return None  # a quotation inside the subject phrase is not said by that subject
        node = None if node.head == node else node.head
    return None


def _clause_subject(verb: Token) -> Token | None:
    """The explicit subject of `verb` or of the clause it continues; never a passive subject
    (the thing named, not the namer)."""
    node = verb
    for _ in range(3):
        subj = _subject_child(node)
        if subj is not None:
            if subj.dep_ == "nsubjpass" or subj.lower_ in {"it", "this", "that", "which"}:
                return None
            if subj.lower_ == "who" and node.dep_ == "relcl":
                return node.head  # "Smith, who called it “…”"
            return subj
        if node.dep_ not in {"conj", "xcomp", "advcl"} or node.head == node:
            return None
        node = node.head
    return None


def _cue_in(span: Span | None, *, last: bool) -> Token | None:
    if span is None:
        return None
    cues = [t for t in span if is_cue(t)]
    if not cues:
        return None
    return cues[-1] if last else cues[0]


def _is_partial(text: str, quote: QuoteSpan, before: tuple[int, int]) -> bool:
    lead = text[before[0] : before[1]].strip()
    first = text[quote.start : quote.start + 1]
    return not first.isupper() or (bool(lead) and not lead.endswith((":", ",")))


def attribute_quotes(doc: Doc, resolver: SpeakerResolver, published: date | None) -> list[QuotationRecord]:
    text = doc_text(doc)
    posts = signed_posts(text)
    records = [_post_record(doc, resolver, p, published) for p in posts]
    taken = [(p[0], p[1]) for p in posts]
    turns = transcript_turns(doc, resolver)
    records += turns
    taken += [(t.start, t.end) for t in turns]
    quotes = [q for q in find_quotes(text) if not any(s <= q.start < e for s, e in taken)]
    last: QuotationRecord | None = None
    pending = sorted(turns, key=lambda t: t.start)
    for idx, quote in enumerate(quotes):
        while pending and pending[0].start < quote.start:
            resolver.spoke(pending.pop(0).speaker_key)  # speakers in reading order, for pronouns
        prev_close = quotes[idx - 1].end + 1 if idx else 0
        next_open = quotes[idx + 1].open_mark if idx + 1 < len(quotes) else len(text)
        record = _attribute_one(doc, resolver, quote, prev_close, next_open, last, published)
        records.append(record)
        last = record
    return sorted(records, key=lambda r: r.start)


_SCARE_QUOTE_MAX_WORDS = 3


def settle_quotations(
    doc: Doc, quotes: list[QuotationRecord], reported: list[QuotationRecord]
) -> list[QuotationRecord]:
    """A quotation inside reported speech ("X claimed there were “thousands of cases”") takes
    that speech's speaker; what is still unattributed and is a term the writer marks, a name of a
    thing or a headline is not a statement and is dropped."""
    text = doc_text(doc)
    kept = []
    for quote in quotes:
        if quote.speaker_key is None and quote.kind != "post":
            host = next((r for r in reported if r.start <= quote.start and quote.end <= r.end + 1), None)
            if host is not None:
                quote.speaker_key, quote.cue = host.speaker_key, host.cue
                quote.channel, quote.said_on = host.channel, host.said_on
                quote.speaker_span, quote.cue_span, quote.rule = host.speaker_span, host.cue_span, "reported_host"
        if quote.speaker_key is None and _is_term_or_title(text, quote):
            continue
        if _names_a_thing(text, quote):
            continue
        kept.append(quote)
    return kept


def _is_term_or_title(text: str, record: QuotationRecord) -> bool:
    words = text[record.start : record.end].split()
    if len(words) <= _SCARE_QUOTE_MAX_WORDS:
        return True
    line_start = text.rfind("\n", 0, record.start) + 1
    line_end = text.find("\n", record.end)
    line = text[line_start : len(text) if line_end == -1 else line_end]
    return _is_title_case(line)


_TITLE_MAX_WORDS = 8
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


def _attribute_one(
    doc: Doc,
    resolver: SpeakerResolver,
    quote: QuoteSpan,
    prev_close: int,
    next_open: int,
    last: QuotationRecord | None,
    published: date | None,
) -> QuotationRecord:
    text = doc_text(doc)
    labelled = _labelled_speaker(doc, resolver, quote)
    if labelled is not None:
        return labelled
    before = _frame_before(text, quote, prev_close)
    after = _frame_after(text, quote, next_open)
    partial = _is_partial(text, quote, before)
    after_span = _tokens(doc, *after)
    before_span = _tokens(doc, *before)
    cue = _governing_cue(doc, quote) if partial else None
    frame: Span | None = None
    rule = "governing_cue"
    if cue is None:
        cue, frame, rule = _cue_in(after_span, last=False), after_span, "cue_after"
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
    if cue is not None:
        subj = subject_of(cue, outside=(quote.open_mark, quote.close_mark or quote.end))
        record.speaker_key = resolver.resolve(subj)
        record.cue, record.rule = _cue_text(cue), rule
        record.cue_span = token_span(cue)
        record.speaker_span = phrase_span(subj) if record.speaker_key else None
        words = [t.text for t in (frame or cue.sent)] + [cue.lower_]
        if subj is not None and subj.lemma_.lower() in STATEMENT_NOUNS:
            words.append("statement")
        record.channel = _channel(words)
        record.said_on = _date_in(frame, published) or _date_in(cue.sent, published)
    elif (verb := _clause_verb(doc, quote, text)) is not None and (
        speaker := _clause_speaker(resolver, verb)
    ) is not None:
        record.speaker_key, record.cue, record.rule = speaker, _cue_text(verb), "clause_subject"
        record.cue_span, record.speaker_span = token_span(verb), phrase_span(_clause_subject(verb))
        record.said_on = _date_in(verb.sent, published)
    elif not partial and last is not None and last.kind != "post" and _adjacent(text, last, quote):
        record.speaker_key, record.cue, record.rule = last.speaker_key, last.cue, "continuation"
        record.channel, record.said_on = last.channel, last.said_on
    if record.speaker_key is None and partial:
        record.cue = None
    resolver.spoke(record.speaker_key)
    return record


_LABEL_AT_START = re.compile(r"([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}):[ \t]+(?=\S)")


def transcript_turns(doc: Doc, resolver: SpeakerResolver) -> list[QuotationRecord]:
    """Unquoted turns of a transcript: "PENCE: Well, look, …" to the end of the paragraph."""
    text = doc_text(doc)
    out = []
    for start, end, _label in transcript_labels(text):
        if text[text.rfind("\n", 0, start) + 1 : start].strip():
            continue  # the turn opens with a quote mark: a quotation, attributed in _labelled_speaker
        name = doc.char_span(start, end, alignment_mode="contract")
        key = next((resolver.by_token[t.i] for t in name or [] if t.i in resolver.by_token), None)
        body = end + 1
        while body < len(text) and text[body] in " \t":
            body += 1
        para_end = text.find("\n", body)
        para_end = len(text) if para_end == -1 else para_end
        if key is None or para_end <= body:
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


def _clause_speaker(resolver: SpeakerResolver, verb: Token) -> str | None:
    subject = _clause_subject(verb)
    key = resolver.resolve(subject) if subject is not None else None
    return key if key is not None and resolver.kinds.get(key) in _SPEAKING_KINDS else None


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
    from app.extract.actors import normalize_name

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


def reported_speech(
    doc: Doc, resolver: SpeakerResolver, quotes: list[QuotationRecord], published: date | None
) -> list[QuotationRecord]:
    """SPEAKER + reporting verb + clause → indirect statements whose text is the clause."""
    quoted = [(q.start, q.end) for q in quotes]
    out = headline_statement(doc, resolver)
    for tok in doc:
        if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
            clause = _according_to_clause(tok)
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in INDIRECT_CUE_VERBS and tok.dep_ == "parataxis":
            clause = _sentence_without(tok)  # "But, he said, officials should be vigilant."
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in INDIRECT_CUE_VERBS:
            clause = _reported_clause(tok)
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in CLAUSE_CUE_VERBS:
            clause = _reported_clause(tok, clause_only=True)
        else:
            continue
        if clause is None:
            continue
        start, end = clause
        outside = doc_text(doc)[start:end]
        for qs, qe in sorted(quoted, reverse=True):
            if qs < end and qe > start:
                outside = outside[: max(0, qs - start)] + outside[min(end, qe) - start :]
        if len(outside.split()) < 3:
            continue  # the clause is the quote itself, already a statement
        resolver.history = [
            q.speaker_key for q in sorted(quotes + out, key=lambda q: q.start) if q.speaker_key and q.end <= tok.idx
        ]
        subject = subject_of(tok)
        if subject is None or subject.lower_ in _NO_SPEAKER_WORDS:
            continue
        speaker = resolver.resolve(subject)  # None: "sources said", "a spokesman said" stay unnamed
        sent = tok.sent
        out.append(
            QuotationRecord(
                start=start,
                end=end,
                kind="indirect",
                speaker_key=speaker,
                speaker_span=phrase_span(subject),  # "sources" too: the words naming the source
                cue=_cue_text(tok),
                cue_span=token_span(tok),
                channel=_channel([t.text for t in sent]),
                said_on=_date_in(sent, published),
                sentence_start=sent.start_char,
                sentence_end=sent.end_char,
            )
        )
    return out


_HEADLINE_LABEL = re.compile(r"(?P<label>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}): +(?P<claim>\S[^\n]{10,})")


def headline_statement(doc: Doc, resolver: SpeakerResolver) -> list[QuotationRecord]:
    """A headline "Ana Ruiz: Flood Defences Will Hold" reports what the named actor said."""
    text = doc_text(doc)
    match = _HEADLINE_LABEL.match(text)
    if match is None:
        return []
    label = doc.char_span(match.start("label"), match.end("label"), alignment_mode="contract")
    key = next((resolver.by_token[t.i] for t in label or [] if t.i in resolver.by_token), None)
    if key is None or resolver.kinds.get(key) not in {"person", "organization", "group"}:
        return []
    end = match.end("claim")
    while end > match.start("claim") and text[end - 1] in " .":
        end -= 1
    return [
        QuotationRecord(
            start=match.start("claim"),
            end=end,
            kind="indirect",
            speaker_key=key,
            speaker_span=RecordSpan(label.start_char, label.end_char) if label is not None else None,
            cue=":",
            sentence_start=0,
            sentence_end=match.end(),
        )
    ]


# Subjects that name no source: "it said" of a document is resolved elsewhere; these are not.
_NO_SPEAKER_WORDS = frozenset(["that", "which", "this", "there", "what"])


def _according_to_clause(according: Token) -> tuple[int, int] | None:
    """ "According to X, CLAUSE." / "CLAUSE, according to X.": the sentence without the attribution."""
    return _sentence_without(according)


def _sentence_without(cue: Token) -> tuple[int, int] | None:
    """The sentence around a parenthetical attribution, without it: the longer of the parts
    before and after "X said" / "according to X" (a span is one contiguous stretch of text)."""
    sent = cue.sent
    phrase = [t.i for t in cue.subtree]
    before = [t for t in sent if t.i < min(phrase)]
    after = [t for t in sent if t.i > max(phrase)]
    tokens = max(before, after, key=lambda part: sum(len(t.text_with_ws) for t in part))
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    while tokens and (tokens[0].is_punct or tokens[0].is_space or tokens[0].dep_ == "cc"):
        tokens.pop(0)
    if len(tokens) < 3 or not any(t.pos_ in {"VERB", "AUX"} for t in tokens):
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    if "\n" in doc_text(cue.doc)[start:end]:
        return None
    return start, end


# Verbs whose direct object is the addressee or target, not what was said.
_OBJECT_IS_ADDRESSEE = frozenset(["tell", "urge", "warn", "accuse", "ask", "call", "criticize", "criticise"])


def _reported_clause(verb: Token, *, clause_only: bool = False) -> tuple[int, int] | None:
    lemma = verb.lemma_.lower()
    parts = [
        c
        for c in verb.children
        if (c.dep_ in {"ccomp", "xcomp"} and any(t.pos_ in {"VERB", "AUX"} for t in c.subtree))
        or (
            c.dep_ == "dobj"
            and not clause_only
            and lemma not in _OBJECT_IS_ADDRESSEE | {"say", "tell", "write", "post", "tweet"}
            and c.ent_type_ == ""
            and c.pos_ != "PRON"
        )
    ]
    if clause_only:
        parts = [c for c in parts if c.dep_ == "ccomp"]
    if lemma == "call":
        parts += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"]
    if lemma == "accuse":
        parts += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"]
    if not parts:
        return None
    part = parts[0]
    tokens = [t for t in part.subtree if not (t.dep_ == "mark" and t.head == part)]
    if part.dep_ == "prep":
        tokens = [t for t in part.subtree if t != part]
        if part.lower_ == "on":  # "called on X to do Y": X and what X is to do
            tokens = [t for t in tokens] + [t for c in verb.children if c.dep_ in {"xcomp", "ccomp"} for t in c.subtree]
            tokens.sort(key=lambda t: t.i)
    if len(tokens) < 3:
        return None
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    while tokens and (tokens[0].is_punct or tokens[0].lower_ == "that"):
        tokens.pop(0)
    if len(tokens) < 3:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    if "\n" in doc_text(verb.doc)[start:end]:
        return None
    return start, end
