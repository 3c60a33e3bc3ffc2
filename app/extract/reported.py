"""Reported (indirect) speech: SPEAKER + reporting verb + clause ("said that …", "noted that …",
"according to X, …", "…, she said, …", a "Name: claim" headline) → indirect statements whose
text is the reported clause. Unnamed sources ("sources said") are kept with no speaker."""

import re
from datetime import date

from spacy.tokens import Doc, Token

from app.extract.attribution import (
    PEOPLE_WORDS,
    agreement_in_anothers_words,
    appositive_speaker,
    bounds_a_figure,
    channel_in,
    coordinated_cue,
    cue_text,
    date_in,
    held_by_the_clause,
    in_anothers_words,
    is_cue,
    lets_in,
    names_a_hazard,
    names_itself,
    negation,
    no_one_doing,
    not_said,
    phrase_span,
    put_as_question,
    sends_or_drops,
    separate_statement,
    subject_of,
    token_span,
    values_a_figure,
)
from app.extract.lexicon import (
    CHANNEL_WORDS,
    CLAUSE_CUE_VERBS,
    DECLARED_MEASURES,
    ESTIMATE_VERBS,
    FINDING_VERBS,
    FORECAST_CUE_VERBS,
    GROUP_NOUNS,
    HAZARD_NOUNS,
    INDIRECT_CUE_VERBS,
    NAMING_VERBS,
    ORG_REFERENCE_NOUNS,
    PEOPLE_VERBS,
    PERSON_REFERENCE_NOUNS,
    SPEAKING_FOR_NOUNS,
    STANCE_VERBS,
    TITLE_WORDS,
)
from app.extract.records import QuotationRecord
from app.extract.records import Span as RecordSpan
from app.extract.repair import SUBORDINATORS, misread_past_tense
from app.extract.speaker_labels import names_someone
from app.extract.speakers import SpeakerResolver
from app.extract.text import doc_text, entry_lead, in_brackets

# Cues that report a clause when set off by commas ("But, he said, officials should be vigilant"), and every
# lemma that can make a statement below (a word outside them never does, so the loop passes it at once).
_PARATAXIS_CUES = INDIRECT_CUE_VERBS | FORECAST_CUE_VERBS | FINDING_VERBS
_ANY_CUE = _PARATAXIS_CUES | CLAUSE_CUE_VERBS | STANCE_VERBS


# Verbs of aiming whose infinitive is an aim, not a deed ("seeks to show", "hopes to prove"): general English.
_AIMING_VERBS = frozenset({"seek", "try", "hope", "want", "aim", "attempt", "strive", "wish", "intend", "plan"})


def _aiming(verb: Token) -> bool:
    """A verb of aiming (the small model lemmatises "hopes" as "hop")."""
    return verb.lemma_.lower() in _AIMING_VERBS or verb.lower_.removesuffix("s") in _AIMING_VERBS


def reported_speech(
    doc: Doc, resolver: SpeakerResolver, quotes: list[QuotationRecord], published: date | None
) -> list[QuotationRecord]:
    """SPEAKER + reporting verb + clause → indirect statements whose text is the clause."""
    quoted = [(q.start, q.end) for q in quotes]
    whole = [(q.start, q.end) for q in quotes if q.kind in {"direct", "transcript", "post"}]
    out = headline_statement(doc, resolver)
    for tok in doc:
        lemma = tok.lemma_.lower()
        if lemma not in _ANY_CUE and tok.lower_ != "according":
            continue  # (none of the cues below: the common case, decided on the word alone)
        if values_a_figure(tok) or (lemma == "call" and names_itself(tok)) or declares_a_measure(tok, lemma):
            continue  # ("a group calling itself GenZ 212": the name it goes by; "declared a curfew": an act)
        if lemma == "call" and _summons(tok):
            continue  # "the army had been called in to help", "called off the strike": a summons or an act, no words
        if _reduced_passive(tok):
            continue  # "two people believed to be missing", "hostages said to be held": no one says it
        if _stance_in_anothers_words(tok):
            continue  # "Hamas said Israel had rejected a proposal": Hamas's claim about Israel, not Israel's statement
        if lemma == "find" and _finds_it_so(tok):
            continue  # "voters would find it “very hard to look past” …": a view of it, not a finding reported
        if _passive_belief_in_anothers_words(tok):
            continue  # "61 migrants are believed to have drowned …, the IOM said": the IOM's words, no one else's
        if _withheld(tok):
            continue  # "convoys were denied access": refused, not called untrue
        if lemma in FINDING_VERBS and tok.dep_ == "xcomp" and _aiming(tok.head):
            continue  # "as he seeks to show his program is working": what he aims to show, nothing shown or found
        if not_said(tok):
            continue  # "did not say that the talks had failed", "without acknowledging that …": nothing was said
        if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
            clause = _according_to_clause(tok)
        elif tok.pos_ == "VERB" and lemma in _PARATAXIS_CUES and tok.dep_ == "parataxis":
            clause = _sentence_without(tok)  # "But, he said, officials should be vigilant."
        elif tok.pos_ == "VERB" and lemma in INDIRECT_CUE_VERBS:
            clause = _reported_clause(tok)
        elif tok.pos_ == "VERB" and lemma in CLAUSE_CUE_VERBS:
            clause = _reported_clause(tok, clause_only=True)
        else:
            clause = None
        if clause is None and tok.pos_ == "VERB" and lemma in INDIRECT_CUE_VERBS:
            clause = _before_appositive(tok)  # "…, the UN agency said" misparsed as an appositive
        # "Congo accuses Rwanda of backing the M23, a charge Kigali denies", "…, which Moscow denies": the denial is
        # of the statement just reported in the sentence
        denied = _statement_denied(tok, out) if _denies_what_was_reported(tok) else None
        clause = (denied.start, denied.end) if denied is not None else clause
        stance = False
        if (report := _report_denied_by_a_relative_clause(tok)) is not None:
            # ("appalled by the reports, which the RSF denied": the RSF denied the reports, as "denied the reports")
            account = [t for t in report.subtree if t.i < tok.left_edge.i and not t.is_punct]
            clause, stance = (account[0].idx, account[-1].idx + len(account[-1].text)), True
        # (not the act someone is accused of or praised for: "accuses Rwanda of backing the M23")
        # (nor the act a cue above reports: "Rwanda denies backing the rebels", "vowed to back the plan": the denial
        # or the vow is the statement, not a stance the speaker takes)
        # (nor a standing alignment a relative clause describes its noun by: "Turkey, which backs some rebel
        # factions, said …")
        taken = (
            not (tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ in {"of", "for"})
            and not (tok.dep_ == "xcomp" and is_cue(tok.head))
            and not _standing_alignment(tok)
        )
        if clause is None and tok.pos_ == "VERB" and lemma in STANCE_VERBS and taken:
            clause, stance = _stance_object(tok), True  # "X endorsed Y", "X called the plan a ploy"
        if clause is None or put_as_question(tok):
            continue
        if clause[0] < tok.idx and _subordinate(tok):
            continue  # "…, more than an hour after the first bodies were reported": no clause before it is reported
        start, end = _close_marks(doc_text(doc), *clause)
        first = doc.char_span(start, end, alignment_mode="contract") if start < tok.idx < end else None
        # (not a free relative, "what he promised to do": without "what" the words would read as a claim)
        # (nor a demonstrative set off by the cue: "That, the commission said, would help")
        relative = (
            first is not None
            and len(first) > 1
            and first[0].lower_ in _RELATIVE_PRONOUNS
            and not first[1].is_punct
            and tok.i + 1 < len(doc)
        )
        if relative:
            # "…, which forecasters said had not been seen before": the parser opens the words at the relative
            # pronoun the cue's own clause begins with; what was said follows the cue
            start = doc[tok.i + 1].idx
        dateline = entry_lead(doc_text(doc), start)
        if dateline is not None and dateline.end() < end:
            start = dateline.end()  # "GENEVA — Between 3,000 …", "10:15 GMT — More than …": the writer's line
        if (kicker := _kicker_before(doc, start, end)) is not None:
            start = kicker  # "Philippines: ferry fire kills 31, coast guard says": the desk's label, no one's words
        opening = doc.char_span(start, end, alignment_mode="contract")
        if opening is not None and len(opening) and (fragment := _name_left_as_a_fragment(opening[0])):
            start = fragment[0].idx
        if any(qs <= start < qe for qs, qe in whole):
            continue  # a misparse hangs the cue's clause on a whole quotation: that is the statement
        start = _open_marks(doc_text(doc), start, end)
        if _ANONYMITY.match(doc_text(doc), start):
            continue  # "who asked not to be named": the terms of the interview, not a statement
        outside = doc_text(doc)[start:end]
        for qs, qe in sorted(quoted, reverse=True):
            if qs < end and qe > start:
                outside = outside[: max(0, qs - start)] + outside[min(end, qe) - start :]
        if len(outside.split()) < (1 if stance else 2 if relative else 3):
            continue  # the clause is the quote itself, already a statement
        if re.match(r"(?:each other|one another)\b", outside, re.IGNORECASE):
            continue  # "Israel and Hamas blamed each other for the impasse": a mutual act, no one's statement
        resolver.history = [
            q.speaker_key for q in sorted(quotes + out, key=lambda q: q.start) if q.speaker_key and q.end <= tok.idx
        ]
        subject = subject_of(tok)
        if tok.dep_ == "conj" and _reticence(tok) and tok.head.dep_ == "ccomp" and is_cue(tok.head.head):
            subject = subject_of(tok.head.head)  # "Police said X had been detained but declined to comment": police
        elif tok.dep_ == "conj" and (across := _cue_across_the_marks(tok, quoted)) is not None:
            subject = subject_of(across)  # 'Bah said that "the government deplores …" and announced an inquiry': Bah
        reported_words: tuple[int, int] | None = None  # (the clause of another cue a stance participle is on)
        if (
            stance
            and tok.tag_ == "VBG"
            and tok.dep_ == "advcl"
            and not _acting_subject(tok.head)
            and (reporter := _reporting_cue(tok)) is not None
        ):
            # "HRW said 18 people had been killed by security forces since Oct. 21, citing hospital records": the
            # participle on the reported clause is the reporter's act, not the clause's agent's (nor is its day)
            subject = subject_of(reporter[0])
            reported_words = (reporter[1].left_edge.idx, tok.idx)
        if (
            subject is None
            or subject.lower_ in _NO_SPEAKER_WORDS
            or (tok.lower_ != "according" and _indefinite_plural(subject))
            or no_one_doing(tok)  # "it is unrealistic to think that …": no one thinks it
        ):
            continue
        if stance and not _can_take_a_stance(subject):
            continue  # "the bridge supports the deck", "rising prices backed the rally"
        endangers = subject.tag_ == "NN" or (subject.tag_ == "NNS" and not any(c.dep_ == "xcomp" for c in tok.children))
        # ("Winds threaten to spread the flames", "the swollen Indus River threatened to breach embankments": no one
        # threatens)
        hazard = subject.lemma_.lower() in HAZARD_NOUNS
        # ("it had destroyed half the crops and threatened the food supply of millions": the thing "it" stands for
        # puts an object at risk, joined to what it did)
        at_risk = (
            tok.dep_ == "conj"  # (not "it threatened sanctions": the body "it" stands for made a threat)
            and subject.lower_ in {"it", "this", "which"}
            and any(c.dep_ == "dobj" for c in tok.children)
            and not any(c.dep_ in {"xcomp", "ccomp"} for c in tok.children)
        )
        if tok.lemma_.lower() == "threaten" and (hazard or at_risk or (endangers and not _can_take_a_stance(subject))):
            # "the spill has spread …, threatening the livelihoods of 18,000 fishermen", "Locust swarms threaten
            # harvests": no one speaks (but "Farmers threaten to block roads" is a threat made)
            continue
        if tok.idx >= end:  # (not an aside inside the words: "Her shop, she said, was under water")
            cut = _before_the_speaker(doc, subject, start, end)
            words = doc.char_span(start, cut, alignment_mode="contract") if cut < end else None
            if words is not None and not any(t.pos_ in {"VERB", "AUX"} for t in words):
                continue  # "Jeffrey Salkin, a rabbi helping …, said": what the parser took for words is who spoke
            end = cut
        # None: "sources said", "a spokesman said" stay unnamed; so does "it was reported that …" (no one)
        # (the passive subject of this cue, not of a clause it is coordinated with: "said it was "saddened"
        # and called on states to act": "it" is the body that said so)
        if subject.head == tok and _named_in_the_passive(subject):
            continue  # "Ana Ruiz was declared the winner, the commission said": she was named; the naming is reported
        speaker = None if subject.head == tok and _expletive_passive(subject) else resolver.resolve(subject)
        if _unnamed_spokesperson(subject) and (about := _body_the_words_are_about(doc, start, end, resolver)):
            # "Toyota has recalled …, a spokesman said": Toyota's spokesman (over a body named in the sentence before)
            speaker = about
        # (a pronoun, or a definite noun for a body: "which the group denied")
        referring = subject.pos_ == "PRON" or (
            subject.lemma_.lower() in ORG_REFERENCE_NOUNS and any(c.lower_ == "the" for c in subject.children)
        )
        if denied is not None and referring and (accused := _accused_in(doc, denied, tok)) is not None:
            speaker = resolver.resolve(accused) or speaker  # "blamed the BNP for the violence, a charge it denies"
        if denied is not None and speaker == denied.speaker_key:
            speaker = None  # (no one denies their own words: "…, an accusation the group rejected" is not the army's)
        sent = tok.sent
        # (not a date in what was said; but "endorsed Ana Ruiz on Thursday": a stance's object holds its day)
        # "Fighting has killed 226 people since May 10, the charity said Sunday, warning that …": not a date in the
        # words of the cue the participle adds to
        told = (
            _reported_clause(tok.head, clause_only=True)
            if tok.tag_ == "VBG" and tok.head != tok and is_cue(tok.head)
            else _next_statement(tok)  # "said … and cited the decision after the Sept. 11 attacks": not its day
        )
        said = reported_words if stance and reported_words else (start, end)
        said_on = date_in(sent, published, said, told, cue=tok if stance and not reported_words else None, by=tok)
        cue, cue_span = _cue_words(tok)
        out.append(
            QuotationRecord(
                start=start,
                end=end,
                kind="indirect",
                speaker_key=speaker,
                speaker_span=phrase_span(subject),  # "sources" too: the words naming the source
                cue=cue,
                cue_span=cue_span,
                channel=channel_in([t.text for t in sent]),
                said_on=said_on,
                sentence_start=sent.start_char,
                sentence_end=sent.end_char,
            )
        )
    return out


_HEADLINE_LABEL = re.compile(r"(?P<label>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}): +(?P<claim>\S[^\n]{10,})")


# A headline closed by its source after a spaced dash ("Libya: Migrant boat sinks, 61 feared drowned – IOM"), with
# the place or desk label before a colon left out of the words.
_HEADLINE_SOURCE_AFTER = re.compile(
    r"(?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}: +)?(?P<claim>\S[^\n]{10,}?) +[–—-] +(?P<label>[A-Z][^\n–—:]{1,60}?) *\n"
)


def headline_statement(doc: Doc, resolver: SpeakerResolver) -> list[QuotationRecord]:
    """A headline "Ana Ruiz: Flood Defences Will Hold" reports what the named actor said; so does one closed by its
    source after a dash ("Libya: Migrant boat sinks off Tobruk, 61 feared drowned – IOM")."""
    return _headline_label(doc, resolver) or _headline_source_after(doc, resolver)


# A headline's claim closed by its own source: "…, IOM says", "…, officials said", "… – UN".
_SOURCE_AT_THE_END = re.compile(
    r"(?:,\s+[^,]{1,60}\s+(?:says?|said|warns?|reports?|claims?|confirms?|tells?)|\s+[–—-]\s+[A-Z][^–—-]{1,40})$"
)


def _headline_label(doc: Doc, resolver: SpeakerResolver) -> list[QuotationRecord]:
    text = doc_text(doc)
    match = _HEADLINE_LABEL.match(text)
    if match is None or not names_someone(match["label"]):
        return []  # (nor a desk's kicker: "ANALYSIS: Storm floods coastal towns")
    label = doc.char_span(match.start("label"), match.end("label"), alignment_mode="contract")
    key = next((resolver.by_token[t.i] for t in label or [] if t.i in resolver.by_token), None)
    if key is None or resolver.kinds.get(key) not in {"person", "organization", "group"}:
        return []
    named = resolver.names.get(key, "").split()
    if any(t.i not in resolver.by_token and t.lower_ not in named and not _title_or_mark(t) for t in label or []):
        return []  # "Hurricane Melissa: Jamaica counts the cost": a label of a thing named after someone, no speaker
    end = match.end("claim")
    while end > match.start("claim") and text[end - 1] in " .":
        end -= 1
    if text[match.start("claim") : match.start("claim") + 1] in {'"', "“", "‘", "'"}:
        return []  # "Zelensky: ‘We will not give up our land’": a quotation, attributed as one already
    if _SOURCE_AT_THE_END.search(text, match.start("claim"), end):
        return []  # "Mediterranean: 61 migrants feared drowned, IOM says": the claim names its own source
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


# Words that make a name a news outlet's (English-language mastheads, agencies and broadcasters), whose name after a
# page title is the site's, not a source's.
_NEWS_NAME_WORDS = frozenset({
    "news", "times", "post", "guardian", "herald", "tribune", "journal", "telegraph", "gazette", "reuters", "ap", "afp",
    "bbc", "cnn", "press", "daily", "mail", "express", "observer", "independent", "standard", "chronicle", "online",
    "jazeera", "tv", "radio", "nation", "today", "world", "insider", "review", "weekly",
})  # fmt: skip


def _headline_source_after(doc: Doc, resolver: SpeakerResolver) -> list[QuotationRecord]:
    """ "Migrant boat sinks off Tobruk, 61 feared drowned – IOM": the words before the dash are the source's, when
    the whole of what follows it names one body or person the article names."""
    text = doc_text(doc)
    match = _HEADLINE_SOURCE_AFTER.match(text)
    label = doc.char_span(match.start("label"), match.end("label"), alignment_mode="contract") if match else None
    if match is None or label is None or not len(label):
        return []
    if _NEWS_NAME_WORDS & set(label.text.lower().split()):
        return []  # "Storm hits coast - BBC News": the site's name after its page title, no source of the words
    keys = {resolver.by_token.get(t.i) for t in label}
    if keys == {None}:  # (a short form the recogniser missed in the headline: the actor the body names with it)
        written = label.text.casefold()
        keys = {e.key for e in resolver.entities if written in {a.casefold() for a in {e.name, *e.aliases}}} or {None}
    key = keys.pop() if len(keys) == 1 else None
    if key is None or resolver.kinds.get(key) not in {"person", "organization"}:
        return []
    return [
        QuotationRecord(
            start=match.start("claim"),
            end=match.end("claim"),
            kind="indirect",
            speaker_key=key,
            speaker_span=RecordSpan(label.start_char, label.end_char),
            cue="–",
            sentence_start=0,
            sentence_end=match.end("label"),
        )
    ]


def _title_or_mark(tok: Token) -> bool:
    """A word of a title or a possessive mark in a headline's label ("President Ana Ruiz", "Ardenia's Ruiz")."""
    return tok.lower_.rstrip(".") in TITLE_WORDS or tok.tag_ == "POS" or tok.is_punct


# Subjects that name no source: "it said" of a document is resolved elsewhere; these are not.
_NO_SPEAKER_WORDS = frozenset(["that", "which", "this", "there", "what"])


# Particles that make "call" a summons or an act: "called in the army", "called up reservists", "called off the
# strike", "called back the rescue teams".
_SUMMONS = frozenset({"in", "up", "off", "back"})


def _summons(call: Token) -> bool:
    """ "Call" as a summons or an act: a particle ("called up reservists", "called off the strike"), or "in" right
    after it with what was brought in ("called in the army"; not "called in a statement for calm")."""
    if any(c.dep_ == "prt" and c.lower_ in _SUMMONS for c in call.children):
        return True
    prep = next((c for c in call.children if c.dep_ == "prep" and c.i == call.i + 1 and c.lower_ == "in"), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return obj is not None and obj.pos_ == "NOUN" and not _channel_or_document(obj)


# Stances taken on a thing that need not be spoken ("backed the plan", "opposed the war"); not acts of speech such as
# "called it weak", "criticized", "denied", which stay statements of their own inside another's words.
_TAKEN_STANCES = frozenset({"support", "back", "oppose", "endorse", "favor", "favour", "welcome", "reject", "accept"})


# Stances that may be a standing alignment rather than words ("backs the rebels"; not "endorses", "calls … a
# sociopath", "criticizes": acts of speech even when a relative clause tells them).
_ALIGNMENTS = frozenset({"support", "back", "oppose", "favor", "favour"})


# A headline's label before a colon ("Philippines: ", "Sudan war: "): a few capitalised words.
_KICKER = re.compile(r"[A-Z][\w'’.-]*(?: [\w'’.-]+){0,3}: +(?=\S)")


def _kicker_before(doc: Doc, start: int, end: int) -> int | None:
    """Where the words begin after a label a headline opens with ("Sudan: RSF fighters kill 120, activists say"):
    a few words and a colon at the start of the article's first line, with no verb in lower case; else None."""
    text = doc_text(doc)
    if start != len(text) - len(text.lstrip()) or "\n" in text[start:end]:
        return None
    found = _KICKER.match(text, start, end)
    label = doc.char_span(start, found.end(), alignment_mode="contract") if found is not None else None
    # (a verb written in lower case makes it a clause: "Russia says: …"; the tagger may read a name as a verb: "Chad")
    if found is None or label is None or any(t.pos_ in {"VERB", "AUX"} and t.text.islower() for t in label):
        return None
    return found.end()


def _standing_alignment(verb: Token) -> bool:
    """A stance in the present tense in a relative clause whose subject is the relative pronoun ("Iran, which
    supports Hezbollah,", "lawmakers who back the bill"): what the noun is, described, not something it said."""
    return (
        verb.dep_ == "relcl"
        and verb.lemma_.lower() in _ALIGNMENTS
        and verb.tag_ in {"VBZ", "VBP"}
        and any(c.dep_ == "nsubj" and c.lower_ in {"which", "who", "that"} for c in verb.children)
    )


def _stance_in_anothers_words(verb: Token) -> bool:
    """A stance taken on a thing ("rejected a proposal", "backed the plan"), with no clause of its own, inside the
    clause another cue above it reports: what that speaker says the other did, not the other's statement."""
    if agreement_in_anothers_words(verb):
        return True  # "the minister said the government and the fund had agreed to increase the loan"
    if verb.lemma_.lower() not in _TAKEN_STANCES or any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children):
        return False
    return any(c.dep_ == "dobj" for c in verb.children) and in_anothers_words(verb)


def _finds_it_so(verb: Token) -> bool:
    """ "would find it hard to look past", "found it difficult": "find" with "it" and a quality, a small clause of
    judgement, not a finding that reports a clause."""
    return any(
        c.dep_ in {"ccomp", "oprd", "xcomp"} and c.pos_ == "ADJ" and any(g.lower_ == "it" for g in c.children)
        for c in verb.children
    )


def _passive_belief_in_anothers_words(verb: Token) -> bool:
    """A passive "is believed/thought/feared to …" with no one named as believing it, inside the clause another cue
    reports: part of those words, not a statement of its own."""
    return (
        verb.lemma_.lower()
        # ("only a handful of deaths were confirmed to be caused by heat": no one named confirming it either)
        in {"believe", "think", "fear", "say", "report", "know", "understand", "presume", "estimate", "confirm"}
        and any(c.dep_ == "auxpass" for c in verb.children)
        and any(c.dep_ == "xcomp" for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
        and any(is_cue(a) and a.pos_ == "VERB" for a in verb.ancestors)
    )


def _reduced_passive(verb: Token) -> bool:
    """A cue's participle on the noun before it, with no one doing it ("two people believed to be missing"), also
    when the parser read it as a past tense joined to the verb before ("freed 30 hostages said to be held")."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "agent", "ccomp"} for c in verb.children):
        return False
    doc = verb.doc
    if not (0 < verb.i < len(doc) - 2 and doc[verb.i + 1].lower_ == "to" and doc[verb.i + 2].lower_ in {"be", "have"}):
        return False  # (only with what the noun is said to be or have done: "a woman accused of …" is an accusation)
    if verb.tag_ == "VBN" and verb.dep_ == "acl":
        return True
    return verb.tag_ == "VBD" and verb.dep_ == "conj" and doc[verb.i - 1].pos_ in {"NOUN", "PROPN"}


def _cue_across_the_marks(verb: Token, quoted: list[tuple[int, int]]) -> Token | None:
    """'The minister said that "the government deplores the violence" and announced an inquiry': the parser joined
    the verb after the closing mark to the quoted verb, whose subject is in the quoted words; the verb with no
    subject of its own goes on the sentence of the cue that reports the quotation, so its subject is the cue's."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    inside = next(((s, e) for s, e in quoted if s <= verb.head.idx < e), None)
    if inside is None or inside[0] <= verb.idx < inside[1]:
        return None
    node = verb.head
    for _ in range(4):
        if node.head == node:
            return None
        node = node.head
        if not inside[0] <= node.idx < inside[1] and is_cue(node):
            return node
    return None


def _cue_words(verb: Token) -> tuple[str, RecordSpan | None]:
    """The cue's words as the reader must see them: with its negation when a belief is denied ("didn't think",
    "do not believe"), so the clause after it is not taken for what the speaker believes."""
    neg = negation(verb)
    if neg is None:
        return cue_text(verb), token_span(verb)
    first = min([neg] + [c for c in verb.children if c.dep_ == "aux" and neg.i - 2 <= c.i < neg.i])
    start = first.idx
    end = verb.idx + len(verb.text)
    return doc_text(verb.doc)[start:end].lower(), RecordSpan(start, end)


def declares_a_measure(verb: Token, lemma: str) -> bool:
    """ "Sri Lanka declared a state of emergency", "declared a curfew", "declared war on …": a measure put in force
    by declaring it, an act and no statement (not "declared victory", a claim)."""
    if lemma != "declare":
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.lemma_.lower() in {"period", "day", "week"}:
        # "declared a 14-day period of national mourning", "declared three days of mourning": the measure is the "of"
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else obj
    return obj is not None and obj.lemma_.lower() in DECLARED_MEASURES


def _according_to_clause(according: Token) -> tuple[int, int] | None:
    """ "According to X, CLAUSE." / "CLAUSE, according to X.": the sentence without the attribution;
    after a contrasting clause ("Y said …, while in the north 310 have died, according to X"), that
    clause alone, which is what X reports."""
    clause = contrast_before(according)
    tokens = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head == clause)] if clause is not None else []
    if len(tokens) >= 3:
        return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    if (outer := _reporting_around(according)) is not None and (aside := _aside_before(according, outer)):
        return aside
    if (relative := _relative_clause_ending_on(according)) is not None:
        return relative
    if (second := _clause_after_another_source(according)) is not None:
        return second
    return _sentence_without(according)


def _clause_after_another_source(according: Token) -> tuple[int, int] | None:
    """ "Inflation reached 30%, the ministry says, and 2 million people have left since 2020, according to UN data":
    an "according to X" ending a clause joined to one another source reports (its cue set off inside it) gives that
    clause alone."""
    clause = according.head
    if clause.dep_ != "conj" or clause.pos_ not in {"VERB", "AUX"} or clause.head.i > clause.i:
        return None
    first = clause.head
    if not any(c.dep_ == "parataxis" and is_cue(c) and c.i < clause.i for c in first.children):
        return None
    aside = set(according.subtree)
    return _clause_span([t for t in clause.subtree if t not in aside])


def _relative_clause_ending_on(according: Token) -> tuple[int, int] | None:
    """ "She called the election, which the ruling party won with 54% of the vote according to official results,
    rigged": an "according to X" that ends a relative clause sets its source on that clause alone."""
    clause = according.head
    if clause.dep_ != "relcl" or according.i < clause.i or according.right_edge.i != clause.right_edge.i:
        return None
    tokens = [t for t in clause.subtree if t.i < according.i]
    relative = next((c for c in clause.children if c.dep_ == "nsubj" and c.tag_ in {"WP", "WDT"}), None)
    if relative is not None and tokens and tokens[0] == relative:
        # "Venancio Mondlane, who came second according to official results, …": the relative pronoun is the
        # clause's subject, so the noun it stands for opens the words ("who came second" alone says nothing)
        noun = clause.head
        between = clause.doc[noun.i + 1 : relative.i]
        if not all(t.is_punct for t in between):
            return None
        tokens = [*noun.doc[noun.left_edge.i : noun.i + 1], *between, *tokens]
    return _clause_span(tokens)


def _reporting_around(according: Token) -> Token | None:
    """The cue with a subject of its own whose reported clause the "according to" was hung in ("The
    ministry says 43,000 have been killed since …, when militants attacked …, according to Israeli
    tallies"): that clause is the cue's source's, not the one "according to" names."""
    below = according
    for node in according.ancestors:
        if node.i < according.i and is_cue(node) and below.dep_ == "ccomp":
            return node if any(c.dep_ == "nsubj" for c in node.children) else None
        below = node
    return None


def _aside_before(according: Token, outer: Token) -> tuple[int, int] | None:
    """What a trailing "according to X" inside another source's words reports: the subordinate clause set
    off by a comma before it ("…, when militants attacked …, killing 1,200 people"); None without one (then X
    reports the sentence: "Aid agencies said 90% were women, according to an assessment by X")."""
    doc = according.doc
    end = according.i
    while end > outer.i and doc[end - 1].is_punct:
        end -= 1
    # "…, ordered an inquiry into the dams, which had not been maintained since 2002, according to a report by X": the
    # relative clause set off right before it, with the noun it is on — a "which" clause, on a thing ("…, who has been
    # outspoken, …" describes a person the words are about, and the source reports the whole)
    last = doc[end - 1]
    relative = next((a for a in [last, *last.ancestors] if a.dep_ == "relcl" and a.right_edge.i == end - 1), None)
    if (
        relative is not None
        and relative.i > outer.i
        and relative.head.pos_ in {"NOUN", "PROPN"}
        and doc[relative.left_edge.i - 1].text == ","
        and relative.left_edge.lower_ == "which"
    ):
        return _clause_span([t for t in relative.head.subtree if t.i < end])
    for t in doc[outer.i + 1 : end]:
        if doc[t.i - 1].text == "," and (t.lower_ in _ASIDE_OPENERS or (t.tag_ == "VBG" and t.dep_ == "advcl")):
            start = t.i + 1 if t.lower_ in _ASIDE_OPENERS else t.i
            return _clause_span(list(doc[start:end]))
    return None


# Words that open a clause set off after a statement ("…, when …", "…, after …").
_ASIDE_OPENERS = frozenset({"when", "where", "after", "while", "whereas", "as"})


def contrast_before(according: Token) -> Token | None:
    """The contrasting clause ("while …", "whereas …") that ends right before a trailing
    "according to X", whose source X is."""
    doc, k = according.doc, according.i - 1
    while k > according.sent.start and doc[k].is_punct:
        k -= 1
    clause = next((a for a in [doc[k], *doc[k].ancestors] if a.dep_ == "advcl" and a.right_edge.i == k), None)
    if clause is not None and any(c.dep_ == "mark" and c.lower_ in {"while", "whereas"} for c in clause.children):
        return clause
    return None


def _hangs_on(part: list[Token], clause: list[Token]) -> bool:
    """The words of `part` (after a cue) hang on the words of `clause` (before it) as a clause or phrase that
    modifies them: every word heading a piece of `part` has its head in `clause`, one of them as an adverbial
    clause or phrase ("…, with more than 3,900 injured", "…, a day after figures showed …")."""
    inside, before = {t.i for t in part}, {t.i for t in clause}
    tops = [t for t in part if t.head.i not in inside and not t.is_punct]
    if any(c.dep_ == "aux" and c.lower_ == "to" for t in tops for c in t.children):
        return False  # "So it makes sense, strategists said, for Democrats to put …": what "it" stands for
    return bool(tops) and all(t.head.i in before for t in tops) and any(t.dep_ in {"advcl", "prep"} for t in tops)


def _sentence_without(cue: Token) -> tuple[int, int] | None:
    """The sentence around a parenthetical attribution, without it: the longer of the parts
    before and after "X said" / "according to X" (a span is one contiguous stretch of text)."""
    sent = cue.sent
    reported = next((c for c in cue.children if c.dep_ == "ccomp" and c.i < cue.i), None)
    # (not the clause the parser hangs on the cue before it: "Another 2,000 were being recovered, he said, many of
    # them washed out to sea" has the words before the cue as its clause, and they are a part of the sentence)
    inside = {t.i for t in reported.subtree} if reported is not None else set()
    phrase = [t.i for t in cue.subtree if t.i not in inside]
    before = [t for t in sent if t.i < min(phrase)]
    after = [t for t in sent if t.i > max(phrase)]
    words = [t for t in after if not t.is_punct]
    # (a turn the parser may hang as a preposition: "…, forecasters say, as a heatwave … tightens its grip")
    turning = bool(words) and words[0].lower_ in _TURNS
    turn = turning and words[0].dep_ in {"mark", "prep"}
    if (
        reported is not None
        and cue.dep_ == "parataxis"
        and cue.head.i > cue.i
        and (turn or (turning and words[0].dep_ == "cc"))
    ):
        # "Temperatures … are expected to reach 45C, forecasters say, as a heatwave … tightens its grip": the parser
        # made the words before the cue its clause and the turn after it ("as", "while", "but") the sentence's root;
        # the clause is what is said
        said = [
            t for t in reported.subtree if not (t.is_punct and t.i in {reported.left_edge.i, reported.right_edge.i})
        ]
        return (said[0].idx, said[-1].idx + len(said[-1].text)) if said else None
    goes_on = bool(words) and (words[0].dep_ == "cc" or turn)
    # "…, the commission said, and cut the main highway": the parser hung the "and" on the cue
    goes_on = goes_on or (bool(words) and any(c.dep_ == "cc" and c.i > cue.i for c in cue.children))
    # a relative clause the words after the cue open is on a noun before it ("More than 3 million households lost
    # power, the utility said, of which about half had been reconnected"): the words are before the cue
    relative = _opens_a_relative(words) and bool(before)
    # (the subject's verb in the clause the words after the aside open: not a verb the parser took for the sentence's
    # inside a phrase of time, "…, the envoy said, hours after shelling killed 14")
    straddles = not relative and any(
        t.dep_ in {"nsubj", "nsubjpass"} and t.head in after and _opens(words, t.head) for t in before
    )
    # ("The presumed adjustment, they concluded, never happened": a participle inside the subject is no verb)
    clause_words = [t for t in before if not any(a.dep_ in {"nsubj", "nsubjpass"} for a in [t, *t.ancestors])]
    if goes_on and len(before) >= 3 and any(t.pos_ in {"VERB", "AUX"} for t in before):
        # "Prices have tripled, residents said, and a truce collapsed", "2,000 may be buried, according
        # to X, although officials cautioned …": the writer goes on
        tokens = before
    elif straddles and (
        (len(before) <= 8 and not any(t.pos_ in {"VERB", "AUX"} for t in clause_words))
        # (a long subject, perhaps after a conjunction: "But those who spend …, he said, wind up …")
        or all(t.is_punct or (t.dep_ in {"cc", "advmod"} and t.head in after) for t in clause_words)
    ):
        # "Her shop, she said, was under a metre of water": the subject before the aside belongs to the
        # clause after it; the statement is the whole sentence, the aside inside it
        tokens = [t for t in sent if t.i >= before[0].i]
    elif words and _ANONYMITY.search(" ".join(t.text for t in words[:8])) and before:
        tokens = before  # "…, two people familiar with it said, asking not to be identified": the terms, not words
    else:
        # (a part that holds a clause over one that only names something: "Americans oppose cutting the funds, a
        # new poll finds, a debate likely to come to a head this week")
        parts = [part for part in (before, after) if _holds_a_clause(part) and not (relative and part is after)]
        if parts == [after] and len(before) >= 3 and _participle_phrase(after):
            # "A tanker carrying 1.4 million litres of fuel oil sank in Manila Bay, the coast guard said, raising fears
            # of a spill": the words before the cue hold no clause the tagger saw ("sank" read as a noun), but the
            # participle after it is still the writer's
            parts = [before]
        if len(before) >= 3 and _time_after_an_event(words):
            # "Talks … stalled on Thursday, the U.N. envoy said, hours after shelling killed 14 civilians": a time set
            # by another event, after the source, is the writer's (whatever the parser made of the words before)
            parts = [before]
        if before in parts and (_participle_phrase(after) or _hangs_on(after, before)):
            # "About 7.7 million have left since 2014, according to the UN refugee agency, many of them fleeing an
            # economic collapse": a participle phrase after the source is the writer's addition. So is a clause the
            # parser hangs on the verb before the cue ("The toll rose to 2,056, the government said, with more than
            # 3,900 injured, as rescuers dug …", "…, data showed, a day after figures showed …")
            parts = [before]
        parts = parts or ([before] if relative else [before, after])
        tokens = max(parts, key=lambda part: sum(len(t.text_with_ws) for t in part))
    for k, t in enumerate(tokens):
        if k and t.dep_ == "cc" and tokens[k - 1].text == "," and _reports_itself(t.head, cue):
            tokens = tokens[: k - 1]  # "According to X, 1.2m have crossed, and rail operator Y said …"
            break
    return _clause_span(_after_other_source(tokens, cue))


def _time_after_an_event(words: list[Token]) -> bool:
    """Words opening with a time set by another event: "hours after …", "a day before …", "after …"."""
    # (past the length of time the phrase may open with: "hours", "a day")
    lead = next((w for w in words[:3] if not (w.dep_ == "npadvmod" or w.lower_ in {"a", "an", "the"})), None)
    return lead is not None and lead.lower_ in _EVENT_TIMES


_EVENT_TIMES = frozenset({"after", "before"})


def _opens(words: list[Token], verb: Token) -> bool:
    """The verb's clause is what the words open with: no phrase of time or circumstance comes before the verb."""
    ahead = [w for w in words if w.i < verb.i]
    return verb in words and not any(w.dep_ in {"prep", "mark", "npadvmod", "pcomp", "advcl"} for w in ahead)


def _participle_phrase(part: list[Token]) -> bool:
    """Words whose head is a present participle with no finite verb over it ("many of them fleeing …")."""
    inside = {t.i for t in part}
    roots = [t for t in part if t.head.i not in inside or t.head == t]
    verbs = [t for t in roots if t.pos_ in {"VERB", "AUX"}]
    finite = any(c.dep_ in {"aux", "auxpass"} for t in verbs for c in t.children)  # ("might be going")
    return bool(verbs) and not finite and all(t.tag_ == "VBG" for t in verbs)


# Verbs of denial, and the nouns for what is denied, when a denial is set after a statement ("…, a charge X denies").
def _subordinate(verb: Token) -> bool:
    """A verb heading a clause opened by a subordinating conjunction ("after the bodies were reported")."""
    return any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS for c in verb.children)


# What is denied someone in the sense of withheld, not of called untrue (general English).
_WITHHELD_NOUNS = frozenset({
    "access", "entry", "permission", "visa", "bail", "passage", "admission", "asylum", "permit", "parole",
    "treatment", "care", "service", "food", "water", "fuel", "aid", "medicine", "request", "licence", "license",
})  # fmt: skip


def _withheld(verb: Token) -> bool:
    """ "The convoys had been denied access to the north", "Israel denied entry to the UN team": "deny" as withhold,
    no stance on what anyone said: a passive with an object left, or the object a thing one is let have."""
    if verb.lemma_.lower() != "deny":
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
    return obj is not None and (passive or obj.lemma_.lower() in _WITHHELD_NOUNS)


_DENIAL_VERBS = frozenset({"deny", "reject", "dispute", "dismiss", "contest", "refute"})
_CHARGE_NOUNS = frozenset({"charge", "claim", "accusation", "allegation", "assertion"})
# Nouns by which a writer names words just reported ("…, remarks that drew criticism").
_REMARK_NOUNS = _CHARGE_NOUNS | {"comment", "remark", "statement", "word"}
# Nouns for accounts of events a statement may be about (and a relative clause deny on their own).
_REPORT_NOUNS = _CHARGE_NOUNS | {"report", "account", "rumour", "rumor"}
_ARGUMENTS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass"})


def _denies_what_was_reported(verb: Token) -> bool:
    """A denial with no object of its own, in a clause a comma sets after the words before it: ", which Moscow
    denies", ", a charge Kigali denies" (also when the parser made "a charge Kigali" the subject)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _DENIAL_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ in {"dobj", "ccomp", "xcomp"} and c.i > verb.i]
    if len(objects) == 1 and objects[0].lower_ in {"it", "this", "that"} and verb.dep_ != "relcl":
        # "He accused police of abducting him; police denied it": the pronoun is what was just reported, in a clause
        # a semicolon or comma (and a conjunction) sets after it
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        start = subject.left_edge if subject is not None else verb  # (the parser may hang the clause before on it)
        set_off = verb.doc[start.i - 1] if start.i > 0 else None
        if set_off is not None and set_off.lower_ in {"but", "and"} and start.i > 1:
            set_off = verb.doc[start.i - 2]
        return set_off is not None and set_off.text in {";", ","}
    if objects:
        return False
    opening: Token | None = None
    if verb.dep_ == "relcl":
        which = next((c for c in verb.children if c.lower_ == "which" and c.i < verb.i), None)
        if _report_denied_by_a_relative_clause(verb) is not None:
            return False  # "appalled by the reports, which the RSF denied": the reports are denied, not his words
        charged = verb.head.lemma_.lower() in _CHARGE_NOUNS and verb.head.i < verb.i
        opening = which if which is not None else (verb.head.left_edge if charged else None)
    else:
        # ("a charge Kigali" read as the subject, or "a charge" as an object before the verb)
        before = [c for c in verb.children if c.dep_ in {"nsubj", "dobj"} and c.i < verb.i]
        charges = [
            c
            for c in before
            if c.lemma_.lower() in _CHARGE_NOUNS
            or any(m.dep_ in {"compound", "amod", "nmod"} and m.lemma_.lower() in _CHARGE_NOUNS for m in c.children)
        ]
        opening = min((c.left_edge for c in charges), key=lambda t: t.i) if charges else None
    return opening is not None and opening.i > 0 and verb.doc[opening.i - 1].text == ","


def _report_denied_by_a_relative_clause(verb: Token) -> Token | None:
    """ "…by the reports, which the RSF denied": the noun for an account the clause is on (an argument in the
    words before, not a writer's restatement of them set off as "…, a claim which Moscow denied"), else None."""
    if verb.dep_ != "relcl" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _DENIAL_VERBS:
        return None
    if not any(c.lower_ == "which" and c.dep_ in {"dobj", "nsubj"} and c.i < verb.i for c in verb.children):
        return None
    report = verb.head
    # ("the reports of killings in the camp, which …": the parser may hang the clause on the noun the account is of)
    while report.lemma_.lower() not in _REPORT_NOUNS and report.dep_ == "pobj" and report.head.dep_ == "prep":
        report = report.head.head
    return report if report.lemma_.lower() in _REPORT_NOUNS and report.dep_ in _ARGUMENTS else None


def _statement_denied(verb: Token, said: list[QuotationRecord]) -> QuotationRecord | None:
    """The last statement read in the denial's sentence before it."""
    return next((q for q in reversed(said) if q.sentence_start == verb.sent.start_char and q.end <= verb.idx), None)


def _accused_in(doc: Doc, statement: QuotationRecord, denial: Token) -> Token | None:
    """Whom the statement's cue accuses or blames ("blamed the BNP for …", "accused Russia of …"), else None."""
    cue = doc.char_span(statement.cue_span.start, statement.cue_span.end) if statement.cue_span else None
    if cue is None:
        return None
    verb: Token | None = cue.root
    if cue.root.lemma_.lower() not in _ACCUSING:
        # (or the last accusation in the statement's sentence before the denial: "said it had let 200 trucks in and
        # accused Hamas of diverting supplies, which the group denied")
        after = [t for t in cue.root.sent if cue.root.i < t.i < denial.i]
        verb = next((t for t in reversed(after) if t.lemma_.lower() in _ACCUSING and t.pos_ == "VERB"), None)
    return next((c for c in verb.children if c.dep_ == "dobj"), None) if verb is not None else None


_ACCUSING = frozenset({"accuse", "blame", "charge"})


# Verbs of backing a claim up, whose absence the writer remarks on (", without providing evidence").
_BACKING_VERBS = frozenset(
    {"provide", "give", "offer", "cite", "elaborate", "specify", "present", "explain", "identify", "name", "detail"}
)


def _unsupported(without: Token) -> bool:
    """ "without providing evidence", "without giving details", "without elaborating": no backing given."""
    return any(c.dep_ == "pcomp" and c.tag_ == "VBG" and c.lemma_.lower() in _BACKING_VERBS for c in without.children)


def _what_it_says_is(last: Token, verb: Token) -> list[Token] | None:
    """ "… for what it says is 15 years of real-terms cuts": the words end on a cue inside a "what" clause, and the
    parser hung the rest of that clause ("is 15 years …") on the outer cue; the rest belongs to the words."""
    if not is_cue(last) or not any(c.lower_ == "what" for c in last.children):
        return None
    if any(c.dep_ in {"ccomp", "xcomp", "dobj"} for c in last.children):
        return None
    rest = next((c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i == last.i + 1), None)
    return sorted(rest.subtree, key=lambda t: t.i) if rest is not None else None


def _opens_a_relative(words: list[Token]) -> bool:
    """The words open a relative clause ("which …", "of which …", "most of whom …")."""
    relative = next((k for k, t in enumerate(words[:4]) if t.lower_ in {"which", "who", "whom", "whose"}), None)
    return relative is not None and all(t.pos_ in {"ADP", "ADV", "ADJ", "DET", "NUM", "NOUN"} for t in words[:relative])


def _holds_a_clause(part: list[Token]) -> bool:
    """A verb in the part that no noun of the part governs (not only a relative clause or participle on a noun)."""
    ids = {t.i for t in part}
    return any(
        t.pos_ in {"VERB", "AUX"} and not any(a.i in ids and a.pos_ in {"NOUN", "PROPN", "PRON"} for a in t.ancestors)
        for t in part
    )


def _after_other_source(tokens: list[Token], cue: Token) -> list[Token]:
    """ "Inflation reached 264%, according to A, and 80% live in poverty, B estimates": the words before
    a cue that come after another source's "according to" and an ", and" are the cue's; the rest are A's."""
    according = [
        k for k, t in enumerate(tokens) if t.lower_ == "according" and any(c.lower_ == "to" for c in t.children)
    ]
    if according and tokens and tokens[-1].i < cue.i:
        for k in range(according[-1] + 1, len(tokens) - 1):
            if tokens[k].dep_ == "cc" and tokens[k - 1].text == ",":
                return tokens[k + 1 :]
    return tokens


def _clause_span(tokens: list[Token]) -> tuple[int, int] | None:
    """The characters of a stretch of one sentence as a statement: without the marks and conjunction
    at its edges, at least three words with a verb among them, on one line."""
    while tokens and _trailing_mark(tokens[-1]):
        tokens.pop()
    while tokens and (tokens[0].is_punct or tokens[0].is_space or tokens[0].dep_ == "cc"):
        tokens.pop(0)
    if len(tokens) < 3 or not any(t.pos_ in {"VERB", "AUX"} for t in tokens):
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return None if "\n" in doc_text(tokens[0].doc)[start:end] else (start, end)


def _before_appositive(cue: Token) -> tuple[int, int] | None:
    """The clause before a speaker the parser took for an appositive ("At least 600 are feared dead
    after a boat capsized off Greece, the UN refugee agency said"): the sentence up to its comma."""
    speaker = appositive_speaker(cue)
    if speaker is None:
        return None
    # a name under the appositive's cue, or the subject of a cue hung on the noun before the comma
    opening = speaker.head.head if speaker.dep_ == "nsubj" and speaker.head.head.dep_ == "appos" else speaker
    comma = min(t.i for t in opening.subtree) - 1
    return _clause_span([t for t in cue.sent if t.i < comma])


def _reports_itself(verb: Token, cue: Token) -> bool:
    """A clause coordinated after a parenthetical attribution that holds a reporting verb of its
    own with its own subject: a second statement, not more of the first."""
    conj = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}), None)
    if conj is None:
        return False
    return any(
        t is not cue
        and t.pos_ == "VERB"
        and t.lemma_.lower() in INDIRECT_CUE_VERBS
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)
        for t in conj.subtree
    )


# Refusals are reported speech only with what was refused to do ("declined to comment"); a thing
# refused ("the boat refused offers of help", "declined an invitation") is an act, not a statement.
_REFUSALS = frozenset({"refuse", "decline"})

# Verbs whose direct object is the addressee or target, not what was said.
_OBJECT_IS_ADDRESSEE = frozenset(["tell", "urge", "warn", "accuse", "ask", "call", "criticize", "criticise"])


_PERSONAL = frozenset({"he", "she", "they", "i", "we"})
# Nouns (lemmas) an "of" phrase completes (who or what they are), so an "of" after them names no charge.
_OF_COMPLETED = TITLE_WORDS | PERSON_REFERENCE_NOUNS | {"member", "part", "some", "one", "all", "each"}


_SPANS_OF_TIME = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours"})


def partitive(verb: Token) -> bool:
    """A clause opening "of whom" / "of which": it tells of a part of what the noun before it names."""
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in {"whom", "which"} for g in c.children)
        for c in verb.children
    )


def timeline(clause: Token) -> bool:
    """ "a day after protesters stormed parliament", "two weeks before the vote": a clause that dates
    something by an interval from another event."""
    return any(c.dep_ == "mark" and c.lower_ in {"after", "before"} for c in clause.children) and any(
        c.dep_ == "npadvmod" and c.lower_ in _SPANS_OF_TIME for c in clause.children
    )


def _past_after_a_forecast(clause: Token, after: Token) -> bool:
    """A clause of what already happened ("after at least 46 people were killed") on a forecast ("the toll would
    rise"): its verb in the past, opened by "after", the forecast's verb with a modal."""
    forecast = any(c.dep_ == "aux" and c.lower_ in {"will", "would", "could", "may", "might"} for c in clause.children)
    opened = any(c.dep_ == "mark" and c.lower_ == "after" for c in after.children)
    past = after.tag_ == "VBD" or (after.tag_ == "VBN" and any(c.dep_ in {"aux", "auxpass"} for c in after.children))
    return forecast and opened and past


def _narrated_after(clause: Token, joined: Token, subject: Token | None) -> bool:
    """ "The WHO said it had recorded 3,958 deaths, and the UN office later revised its estimate": a clause joined
    after a comma with a subject of its own in the plain past, after reported words backshifted to the past perfect
    or a modal ("had recorded", "could supply"), is the writer narrating again; reported words keep the shift."""
    if subject is None and _a_later_act(joined):
        # "said the death toll was expected to climb and appealed for blood donations", "said it would rise and
        # appealed …": a past form that neither the modal nor the passive before it reaches (they take "rise",
        # "expected") is the speaker's own next act, not more of the words (as `_past_act_joined_to`) — not a
        # participle the passive reaches ("would be released in 2018 and returned to the United States"), nor the
        # other half of a refusal ("could not support Trump but understood why people did")
        passive = any(c.dep_ == "auxpass" for c in clause.children)
        first = min(t.i for t in joined.subtree)
        refused = any(c.dep_ == "neg" for c in clause.children) and clause.doc[first - 1].lower_ == "but"
        modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children) and not passive and not refused
        return modal or (
            passive and any(c.dep_ == "xcomp" and c.tag_ == "VB" and c.i < joined.i for c in clause.children)
        )
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"} or joined.tag_ != "VBD":
        return False
    if any(c.dep_ in {"aux", "auxpass"} or (c.dep_ == "mark" and c.lower_ == "that") for c in joined.children):
        return False  # (", and that the emails were less secure": more of the words)
    shifted = any(c.dep_ == "aux" and (c.lower_ == "had" or c.tag_ == "MD") for c in clause.children)
    first = min(t.i for t in joined.subtree)
    after_comma = clause.doc[first - 1].dep_ == "cc" and first >= 2 and clause.doc[first - 2].text == ","
    return shifted and after_comma


def _past_act_joined_to(infinitive: Token) -> Token | None:
    """A verb in the plain past with no subject joined to an infinitive ("to rise and appealed"), else None."""
    return next((c for c in infinitive.children if c.dep_ == "conj" and _a_later_act(c)), None)


def _a_later_act(verb: Token) -> bool:
    """A verb in the plain past with no subject or auxiliary of its own, in a form that is not also its base and not
    joined by "or" ("and appealed for help"; not "or lay off workers"): an act after the words, if nothing before it
    reaches it."""
    first = min(t.i for t in verb.subtree)
    return (
        verb.tag_ == "VBD"
        and verb.lower_ != verb.lemma_.lower()
        and verb.doc[first - 1].lower_ != "or"
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children)
    )


def _narrative_tail(clause: Token) -> int:
    """Where the reported words end inside the clause the cue governs: before a coordinated clause
    whose subject is a personal pronoun ("X said the bill is flawed, and he railed against…": the
    writer narrating again), before a trailing participle, relative clause or appositive after a
    comma ("…, echoing a memo", "…, which forced her to leave", "…, the presumed favourite") and
    before a semicolon. The index of the first token left out (past the clause if none)."""
    end = max(t.i for t in clause.subtree) + 1
    # the cue follows the words: "Attacks grew this year, launching 5,438 drones in June, an AP tally shows"
    fronted = clause.head.i >= end and clause.head.i != clause.i
    for child in clause.children:
        if child.i < clause.i:
            continue
        comma_before = child.i > 0 and clause.doc[child.i - 1].text == ","
        if child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"}:
            subject = next((c for c in child.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            # (inside the marks: the words)
            second = (
                coordinated_cue(child) or _reticence(child) or (_states(child) and separate_statement(child, clause))
            )
            second = second and not _quoted_at(clause, child.i)
            if (
                (subject is not None and subject.lower_ in _PERSONAL)
                or second
                or _narrated_after(clause, child, subject)
            ):
                # (or "… had been recorded and warned that …": the reporter's second statement, not more of this one)
                first = min(t.i for t in child.subtree)
                cc = [c.i for c in clause.children if c.dep_ == "cc" and clause.i < c.i < first]
                # (the parser may hang the "and" on a word before it: "destroyed about half of the crop and warned …")
                cc += [first - 1] if clause.doc[first - 1].dep_ == "cc" else []
                end = min(end, min(cc) if cc else first)
        elif child.dep_ == "xcomp" and child.tag_ == "VB" and (act := _past_act_joined_to(child)) is not None:
            # "said the death toll was expected to rise and appealed for international help": a past form joined to
            # an infinitive is no part of it (nor of the words): the speaker's own next act
            first = min(t.i for t in act.subtree)
            end = min(end, first - 1 if clause.doc[first - 1].dep_ == "cc" else first)
        elif (
            child.dep_ == "advcl"
            and child.tag_ == "VBG"
            and comma_before
            and not _toll(child)
            and not held_by_the_clause(child, clause)
            and not (
                fronted and not is_cue(child)  # (but "…, telling reporters: “…”" is a cue of its own)
            )
        ):
            end = min(end, min(t.i for t in child.subtree))
        elif child.dep_ == "advcl" and _other_source(child):
            end = min(end, min(t.i for t in child.subtree) - 1)  # before the comma
        elif child.dep_ == "prep" and child.lower_ == "without" and comma_before and _unsupported(child):
            end = min(end, child.i - 1)  # "…, without providing evidence": the writer's remark on the claim
        elif child.lower_ == "according" and comma_before and not fronted:
            end = min(end, child.i - 1)  # "…, according to Israeli tallies": another source, named after the words
        elif (
            child.dep_ == "advcl"
            and (timeline(child) or _past_after_a_forecast(clause, child))
            and clause.doc[min(t.i for t in child.subtree) - 1].text == ","
        ):
            # "X said he would not sign the bill, a day after protesters stormed parliament": the writer
            # placing the statement in time, not what X said; so too "warned the toll would rise significantly,
            # after at least 46 people were killed": what had happened, told by the writer, after a forecast
            end = min(end, min(t.i for t in child.subtree) - 1)
    # "said he suspected trafficking was behind the surge and vowed to …": a cue coordinated inside the clause of a
    # belief reported is the speaker's next statement too
    for inner in (c for c in clause.children if c.dep_ == "ccomp" and c.i > clause.i):
        for child in inner.children:
            if child.dep_ == "conj" and coordinated_cue(child) and not _quoted_at(clause, child.i):
                first = min(t.i for t in child.subtree)
                cc = [c.i for c in inner.children if c.dep_ == "cc" and inner.i < c.i < first]
                end = min(end, min(cc) if cc else first)
    last = max(t.i for t in clause.subtree)
    # (not a relative clause when the cue follows: "The storm will reach the coast on Sunday, where 30,000
    # people have been moved, the governor said": all of it, up to the cue, is the governor's)
    for t in clause.subtree:
        if t.text == ";":
            end = min(end, t.i)  # "…; they only learned on Friday …": a new sentence in all but name
            continue
        remark = t.lemma_.lower() in _REMARK_NOUNS and t.dep_ in {"attr", "appos", "npadvmod", "dobj", "conj"}
        if (
            remark
            and t.i > clause.i
            and max(x.i for x in t.subtree) == last
            and clause.doc[t.left_edge.i - 1].text == ","
        ):
            # "…, comments that rights groups said had fuelled attacks": the writer naming the words, not more of them
            end = min(end, t.left_edge.i - 1)
            continue
        if t.dep_ not in {"relcl", "appos", "advcl", "acl"}:
            continue
        first = min(x.i for x in t.subtree)
        added = t.dep_ in {"relcl", "appos"} or t.doc[first].lower_ in {"which", "who"}
        # (not a part of what was counted: "134 hostages remain, of whom at least 30 are believed dead")
        added = added and not partitive(t) and not (fronted and t.dep_ != "appos")
        # (not a place's state or country: "in Hollywood Beach, Florida")
        place = t.head.ent_type_ in {"GPE", "LOC", "FAC"}
        added = added and not (t.dep_ == "appos" and t.ent_type_ in {"GPE", "LOC"} and place)
        # (nor the name of one the words describe: "were attended by the army's deputy commander, Shams El Din Kabashi,
        # and …")
        added = added and not (t.dep_ == "appos" and t.pos_ == "PROPN" and t.head.pos_ == "NOUN")
        if added and max(x.i for x in t.subtree) == last and clause.doc[first - 1].text == ",":
            end = min(end, first - 1)  # "…, which forced her to leave early": the writer's addition at the end
    while end - 1 > clause.i and clause.doc[end - 1].dep_ == "cc" and clause.doc[end - 1].head == clause:
        end -= 1  # "said prices had risen and warned …": the "and" joins the cues, not this clause's words
    return end


def _next_statement(cue: Token) -> tuple[int, int] | None:
    """The characters of the next statement coordinated inside what `cue` reports ("said prices would rise and
    blamed the drought"), or coordinated with the cue itself ("said the heat would ease but warned that
    temperatures would stay high until June 20": that day is what was warned, not when it was said)."""
    for part in (c for c in cue.children if c.dep_ == "ccomp"):
        for verb in part.children:
            if verb.dep_ == "conj" and _states(verb) and separate_statement(verb, part):
                tokens = list(verb.subtree)
                return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    for verb in cue.children:
        # (or a participle cue after it: "disputed the figures, saying more than 8,000 trucks had entered since May 1")
        second = verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG")
        if second and verb.i > cue.i and is_cue(verb):
            tokens = list(verb.subtree)
            return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return None


def _states(verb: Token) -> bool:
    return is_cue(verb) or verb.lemma_.lower() in STANCE_VERBS  # ("… and blamed the rebels": a statement too)


def _reticence(verb: Token) -> bool:
    """ "… had been hit but gave no details", "… but declined to say for how long", "… but did not elaborate":
    a verb with no subject of its own, coordinated to the reported clause, telling what the source would not
    say. The source's reticence, reported by the writer, not more of the source's words."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma in _REFUSALS:
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in _WITHHELD for c in verb.children)
    negated = any(c.dep_ == "neg" for c in verb.children) or any(
        c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in verb.children
    )
    return negated and lemma in _WITHHELD


# What a source can decline to do, or not do, about the words ("declined to comment", "gave no details").
_WITHHELD = frozenset({
    "say", "comment", "elaborate", "specify", "give", "provide", "disclose", "identify", "explain", "reveal",
    "name", "confirm", "offer", "detail", "discuss", "answer", "respond", "release", "share", "mention", "address",
})  # fmt: skip


def _toll(participle: Token) -> bool:
    """ "Typhoon Rai tore across the islands, killing at least 375 people, police said": a casualty
    participle with its count is what the source reports, not the writer's addition."""
    return participle.lemma_.lower() in PEOPLE_VERBS and any(t.like_num for t in participle.subtree)


def _quoted_at(clause: Token, i: int) -> bool:
    """Whether token `i` stands inside a quotation opened after the clause begins (''…'', “…”, "…")."""
    text = clause.doc[min(t.i for t in clause.subtree) : i].text
    opened = any(text.count(opener) > text.count(closer) for opener, closer in _PAIRS)  # the pairs `_close_marks` reads
    return opened or text.count("''") % 2 == 1 or text.count('"') % 2 == 1


_ENDS = frozenset({";", ".", "!", "?"})
_ANONYMITY = re.compile(
    r"(?i)(?:(?:not )?to be (?:named|identified|quoted)\b|anonymity|that (?:he|she|they) not be named"
    r"|(?:that )?(?:his|her|their) (?:full |last |family )?(?:name|surname)s? (?:not )?(?:be )?"
    r"(?:used|given|published|withheld)"
    r"|(?:not )?(?:to )?give (?:only )?(?:his|her|their) (?:full |last |family |first )?(?:name|surname)s?\b)"
)  # ("…, declining to be identified", "who asked that her surname not be used", "who declined to give her full
# name", "asking not to give his name": the terms of the interview too)
# Conjunctions opening a clause of the writer's after a parenthetical attribution.
_TURNS = frozenset({"although", "though", "while", "whereas", "but", "yet", "as", "even"})
_CONTRASTS = frozenset({"while", "whereas", "but", "as", "though", "although"})


def _other_source(clause: Token) -> bool:
    """ "X said 8,500 had died, while the ministry put the toll at 2,600": a contrasting clause in
    which another actor reports or estimates is that actor's statement, not part of X's."""
    lemma = clause.lemma_.lower()
    if not any(c.dep_ == "mark" and c.lower_ in _CONTRASTS for c in clause.children):
        return False
    if lemma not in ESTIMATE_VERBS and lemma not in INDIRECT_CUE_VERBS and lemma not in CLAUSE_CUE_VERBS:
        return False
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    first = min(t.i for t in clause.subtree)
    return subject is not None and subject.pos_ in {"NOUN", "PROPN"} and clause.doc[first - 1].text == ","


_STANCE_PREPS = frozenset({"for", "as", "against", "over", "on"})
_STANCE_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "who", "that"})


def _before_the_speaker(doc: Doc, subject: Token, start: int, end: int) -> int:
    """ "Heating was cut to 2,500 homes, the regional governor, Ivan Rudenko, said": the parser may take
    the speaker's phrase into the reported clause (as a conjunct); the words end before it."""
    anchor = subject
    while anchor.dep_ == "appos" and (
        (anchor.head.pos_ == "NOUN" and anchor.head.lemma_.lower() in PERSON_REFERENCE_NOUNS)
        or (anchor.head.pos_ == "PROPN" and in_brackets(anchor))
    ):
        # the title the name is in apposition to ("the regional governor, Ivan Rudenko"), or the name a bracketed short
        # form abbreviates ("…, the National Disaster Agency (NDA) said")
        anchor = anchor.head
    first = doc[min(t.i for t in anchor.subtree)].idx
    if not start < first < end:
        return end
    text = doc_text(doc)
    while first > start and (text[first - 1].isspace() or text[first - 1] in ",;"):
        first -= 1
    return first


_RELATIVE_PRONOUNS = frozenset({"which", "who", "whom", "that"})


def _unnamed_spokesperson(subject: Token) -> bool:
    """ "a spokesman", "a spokeswoman": someone speaking for a body the phrase does not name (no "for …", no owner or
    modifier: "a government spokesman", "a spokesman for the mayor" are said of their own)."""
    return (
        subject.lower_ in SPEAKING_FOR_NOUNS
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in subject.children)
        and all(c.dep_ in {"det", "punct"} for c in subject.children)
    )


def _body_the_words_are_about(doc: Doc, start: int, end: int, resolver: SpeakerResolver) -> str | None:
    """The body the subject of the words names, if a named organisation ("Toyota has recalled 2 million cars, a
    spokesman said": Toyota's spokesman speaks for Toyota); else None (not a person: "Ana Ruiz will attend, a spokesman
    said" is hers, not her own words)."""
    words = doc.char_span(start, end, alignment_mode="contract")
    root = (
        next((t for t in words if t.head.i < words.start or t.head.i >= words.end or t.head == t), None)
        if words
        else None
    )
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None) if root is not None else None
    if subject is None or subject.pos_ == "PRON":
        return None
    # (a body named inside the subject's phrase: "The insurance association GDV estimated …, a spokesman said")
    inside = (resolver.by_token.get(t.i) for t in subject.subtree)
    key = next((k for k in inside if k is not None and resolver.kinds.get(k) == "organization"), None)
    key = key or resolver.resolve(subject)
    return key if key is not None and resolver.kinds.get(key) == "organization" else None


def _can_take_a_stance(subject: Token) -> bool:
    """A person, a group or an organisation: a named entity, a proper noun, a personal or relative
    pronoun, or a noun the lexicon knows as a person or an organisation ("the senator", "the party")."""
    if names_a_hazard(subject):
        return False  # "Hurricane Otis slams Acapulco": a storm's name, no one's stance
    return (
        subject.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}
        or subject.pos_ == "PROPN"
        or subject.lower_ in _STANCE_PRONOUNS
        or subject.lemma_.lower() in PERSON_REFERENCE_NOUNS | ORG_REFERENCE_NOUNS | GROUP_NOUNS
    )


def _subjectless_rest(part: Token, parts: list[Token]) -> Token | None:
    """The second of two complement clauses of one cue, right after the first and with no subject of its
    own, when the first is a participle on a pronoun ("those returned to Libya" + "face torture") or a
    noun misread as a verb after "that" ("that talks on the exchange" + "had begun")."""
    rest = next((p for p in parts[1:] if p.dep_ == "ccomp" and p.left_edge.i == part.right_edge.i + 1), None)
    if rest is None or part.dep_ != "ccomp":
        return None
    subj = next((c for c in part.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if _participle_before_an_apposition(part, subj, rest):
        return rest
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in rest.children):
        return None
    if subj is not None and subj.lower_ == "that" and subj.tag_ == "IN" and part.tag_ in {"VBZ", "VBP"}:
        # "told AP that talks on the next exchange had already begun": the subject noun misread as a verb
        # ("talks"), with "that" for its subject, and the rest of the clause parsed as a second one
        return rest
    if part.tag_ != "VBN":
        return None
    # ("those returned to Libya" + "face torture"; "one in three children screened" + "was malnourished")
    return rest if subj is not None and subj.tag_ in {"DT", "PRP", "CD"} else None


def _participle_before_an_apposition(part: Token, subj: Token | None, rest: Token) -> bool:
    """ "Police said the three men arrested, the directors of the company, had been negligent": a noun and its
    participle read as one clause, and the rest as a second whose subject is the apposition set off by commas."""
    doc = part.doc
    if (
        part.tag_ != "VBN"
        or subj is None
        or subj.pos_ != "NOUN"
        or any(c.dep_.startswith("aux") for c in part.children)
    ):
        return False
    other = next((c for c in rest.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if other is None:  # ("the men arrested, Ana Ruiz and Tom Lee, had confessed": the apposition kept on the noun)
        opened = part.i + 1 < len(doc) and doc[part.i + 1].text == ","
        return opened and rest.left_edge.i - 1 > part.i + 1 and doc[rest.left_edge.i - 1].text == ","
    if other.pos_ not in {"NOUN", "PROPN"}:
        return False
    first, last = other.left_edge.i, other.right_edge.i
    closed = doc[last].text == "," or (last + 1 < rest.i and doc[last + 1].text == ",")  # (the parser's either way)
    return doc[first - 1].text == "," and closed


def _day_it_was_taken(tokens: list[Token], verb: Token, obj: Token) -> int:
    """Where a closing phrase of time on the verb or its object begins ("defended the decision on Monday",
    "denied the report on Tuesday"): when the stance was taken, not what it is about; else past the end."""
    words = [t for t in tokens if not _trailing_mark(t)]
    prep = next((t for t in words if t.dep_ == "prep" and t.head in {verb, obj} and t.right_edge == words[-1]), None)
    if prep is None or prep.lower_ not in {"on", "at", "in"} or prep == words[0]:
        return tokens[-1].i + 1 if tokens else 0
    dated = all(t.ent_type_ in {"DATE", "TIME"} for t in words if t.i > prep.i)
    return prep.i if dated else tokens[-1].i + 1


# Verbs that take what they name something as a second object ("called it a disgrace", "denied his party the win").
_NAMING_VERBS = frozenset({"call", "dub", "brand", "label", "name", "term", "deem", "deny"})


def _stance_object(verb: Token) -> tuple[int, int] | None:
    """What a stance verb is about: its object with what completes it ("called the plan a ploy",
    "criticized Y for Z", "defended himself against …"), without a trailing participle or a
    non-restrictive clause the writer added after a comma."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.i < verb.i:
        return None  # "the plan he backed": the object is not after the verb
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None  # "thousands took to the streets to oppose tax increases": a purpose, not a stance taken
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "did not dispute the figure": no stance taken (and none a reader should see as taken)
    if verb.lemma_.lower() == "call" and _a_call_to(verb, obj):
        return None  # "called Putin on Wednesday", "called a strike": no stance; "called the plan a ploy" is one
    if verb.lemma_.lower() == "support" and (obj.lower_ == "those" or obj.lemma_.lower() in _PEOPLE_IN_NEED):
        return None  # "would support those affected", "supports flood victims": help given, no stance taken
    parts = [obj] + [
        c
        for c in verb.children
        if c.i > obj.i
        and (
            c.dep_ in {"oprd", "ccomp", "xcomp"}
            # ("calling it “a famine we could have prevented”": what it is called, read as a second object)
            or (c.dep_ == "dobj" and c.i > obj.right_edge.i and verb.lemma_.lower() in _NAMING_VERBS)
            or (c.dep_ == "prep" and c.lower_ in _STANCE_PREPS)
            # "blamed Russian shelling for …": the tagger took the noun in "-ing" right after the object for a
            # participle on the verb; with no comma between, it is the object's own noun
            or (c.dep_ == "advcl" and c.tag_ == "VBG" and c.i == obj.right_edge.i + 1)
        )
    ]
    tokens = sorted({t for part in parts for t in part.subtree}, key=lambda t: t.i)
    cut = min(_writer_addition(verb.doc, tokens), _day_it_was_taken(tokens, verb, obj))
    tokens = [t for t in tokens if t.i < cut]
    # (nor a conjunction left at its end: "announced 12.5 billion reais in emergency credit and", the rest of the
    # phrase parsed as a sentence of its own)
    while tokens and (_trailing_mark(tokens[-1]) or tokens[-1].dep_ == "cc"):
        tokens.pop()
    if not tokens or not any(t.pos_ in {"NOUN", "PROPN", "PRON"} for t in tokens):
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    if "\n" in doc_text(verb.doc)[start:end]:
        return None
    return start, end


# People one supports by helping them, not by taking their side ("support those affected", "support the families").
_PEOPLE_IN_NEED = frozenset({
    "victim", "survivor", "family", "household", "refugee", "evacuee", "resident", "community", "orphan", "widow",
    "affected", "displaced", "injured", "wounded", "needy", "vulnerable", "bereaved", "homeless",
})  # fmt: skip


# What one calls in the sense of convening it ("called a national strike", "called snap elections"), not of
# naming it something: general English nouns for meetings, votes and stoppages.
_CONVENED = frozenset({
    "meeting", "session", "election", "elections", "vote", "referendum", "strike", "summit", "conference",
    "halt", "truce", "ceasefire", "recess", "inquiry", "rally", "protest", "walkout", "shutdown", "poll",
})  # fmt: skip


def _a_call_to(verb: Token, obj: Token) -> bool:
    """ "called Putin on Wednesday", "called them": a person or a pronoun called; "called a national strike",
    "called snap elections": a meeting, vote or stoppage convened; with nothing either was called (no
    second object, complement or quotation after it)."""
    summoned = any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(p.lemma_.lower() in _CONVENED | {"talk", "table"} for p in c.children)
        for c in verb.children
    )
    if summoned or sends_or_drops(verb):
        return True  # "called both sides to talks": summoned, no stance; "called supporters onto the streets"
    # ("had called the leaders of both countries on Saturday": people called, as by name)
    person = obj.lemma_.lower() in PERSON_REFERENCE_NOUNS | {"counterpart"}
    if obj.ent_type_ != "PERSON" and obj.pos_ not in {"PRON", "PROPN"} and obj.lower_ not in _CONVENED and not person:
        return False
    # ("had called the vote to win support for a plan": a vote convened, and what for)
    purpose = [c for c in verb.children if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)]
    if obj.lemma_.lower() in _CONVENED and purpose and obj.i < purpose[0].i:
        return True
    if any(c.dep_ in {"oprd", "xcomp", "ccomp", "attr"} for c in verb.children):
        return False
    if sum(c.dep_ == "dobj" for c in verb.children) > 1:
        return False
    after = verb.doc[max(t.i for t in obj.subtree) + 1 : max(t.i for t in obj.subtree) + 3]
    # (nor with what they were called inside the object's words: "calling the protester “a very obnoxious guy”")
    return not any(t.is_quote for t in after) and not (person and any(t.is_quote for t in obj.subtree))


def _writer_addition(doc: Doc, tokens: list[Token]) -> int:
    """The first token of a comma-led participle, relative clause or appositive that the writer
    added to a stance's object (", who has not been charged", ", citing a poll"), or past the end."""
    inside = {t.i for t in tokens}
    cut = max(inside) + 1 if inside else 0
    for t in tokens:
        first = min(x.i for x in t.subtree)
        one_date = t.ent_type_ == "DATE" and t.head.ent_type_ == "DATE"  # ("after the Sept. 11, 2001, attacks")
        if t.dep_ in {"relcl", "appos", "advcl", "acl"} and first - 1 in inside and doc[first - 1].text == ",":
            cut = cut if one_date else min(cut, first - 1)
    return cut


# Adverbs that, right after a cue with no "that", tell when the saying was ("said earlier the talks had failed").
_TIMES_OF_SAYING = frozenset({"earlier", "later", "previously", "yesterday", "today", "recently"})


def _without_time_of_saying(tokens: list[Token], verb: Token, part: Token) -> list[Token]:
    """ "The ministry said on Wednesday it had secured a loan": with no "that", a time right after the cue
    and before the clause's subject dates the saying, though the parser hung it on the clause's verb."""
    if not tokens or tokens[0].i != verb.i + 1 or part.i < verb.i:
        return tokens
    time = next(
        (
            c
            for c in part.children
            if c.left_edge.i == tokens[0].i
            and (c.dep_ in {"prep", "npadvmod"} or (c.dep_ == "advmod" and c.lower_ in _TIMES_OF_SAYING))
        ),
        None,
    )
    if time is None:
        return tokens
    phrase = sorted(time.subtree, key=lambda t: t.i)
    if not all(
        t.ent_type_ in {"DATE", "TIME"}
        or (t == time and t.lower_ in {"on", "at", "in"})  # ("said in February it would …")
        or (t == time and t.lower_ in _TIMES_OF_SAYING)  # ("had said earlier the government could not …")
        or (t.i == tokens[0].i and t.dep_ == "advmod" and t.lower_ in {"early", "late"})  # "said early on Wednesday"
        for t in phrase
    ):
        return tokens
    after = phrase[-1].i + 1
    if not any(c.left_edge.i == after and c.dep_ in {"nsubj", "nsubjpass"} for c in part.children):
        return tokens  # (the subject's own words first: "said on Monday its teams had treated …")
    return [t for t in tokens if t.i >= after]


def _name_left_as_a_fragment(first: Token) -> list[Token]:
    """'ACAPULCO, Mexico - Hurricane Otis killed 27 people, the minister said': after a dateline the parser
    may leave the first word of a name that opens the clause as a sentence of its own ("Hurricane"), so the
    clause starts at "Otis"; that word, written right before the name without a mark between, is the
    clause's."""
    if first.pos_ != "PROPN" or first.i == 0:
        return []
    word = first.doc[first.i - 1]
    alone = word.head.i == word.i and not any(True for _ in word.children)
    if not alone or word.pos_ != "PROPN" or not word.text[:1].isupper() or word.whitespace_ != " ":
        return []
    return [word]


def _trailing_mark(tok: Token) -> bool:
    """Punctuation or space that closes a clause, not part of its last word ("hit 17%": the sign)."""
    return tok.is_space or (tok.is_punct and tok.text not in {"%", "‰"})


def _after_the_cues_day(clause: Token, verb: Token) -> bool:
    """A clause after the cue that opens with a day and a comma, the day right after the cue, and goes on with no
    "that": the day is the cue's, the rest the writer's ("officials said Thursday, most of them swept away …")."""
    doc = verb.doc
    first = min(t.i for t in clause.subtree)
    if clause.i < verb.i or first != verb.i + 1:
        return False
    after = first
    while after < clause.i and doc[after].ent_type_ in {"DATE", "TIME"}:
        after += 1
    if after == first or doc[after].text != ",":
        return False
    rest = next((t for t in doc[after : clause.i + 1] if not t.is_punct and t.dep_ != "advmod"), None)
    return rest is not None and rest.lower_ != "that"


def _fronted_clause(verb: Token) -> list[Token]:
    """ "Mobilising that many people would cost 500 billion hryvnias, he said": the parser hung the
    reported clause, which opens the sentence, on the cue as an adverbial clause; it is what was said
    when it holds a finite verb and the cue follows it after a comma, with its subject."""
    doc = verb.doc
    # the subject nearest the cue: the parser may hang the clause's own subject on the cue as well
    subj = next((c for c in reversed(list(verb.lefts)) if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.i < verb.i - 3 or subj.left_edge.i == 0 or doc[subj.left_edge.i - 1].text != ",":
        return []
    # (or what a tally or an index showed: "Rates have tripled to $4,406, the Drewry index showed")
    if verb.lemma_.lower() not in {"say", "add", "tell", "write", "warn", *FINDING_VERBS} or any(
        c.dep_ == "dobj" for c in verb.children
    ):
        return []
    # a finite clause opening the sentence ("Shelling killed 45 people overnight, officials said"), or the
    # gerund that opens it with the finite clause the parser hung under it ("Mobilising" + "that many people
    # would cost …"); not a subordinate clause ("When …", "Ever since …") or a participle ("Asked whether …")
    finite = [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and c.left_edge.i == verb.sent.start
        and not any(m.dep_ == "mark" or m.tag_ == "WRB" for m in c.children)  # ("When I ask him …, he says")
        and (
            (c.tag_ in {"VBD", "VBZ", "VBP"} and any(k.dep_ in {"nsubj", "nsubjpass"} for k in with_auxiliaries(c)))
            or (
                c.tag_ == "VBG"
                and c.i == verb.sent.start
                and (
                    any(
                        k.dep_ == "ccomp" and any(t.tag_ in {"MD", "VBD", "VBZ", "VBP"} for t in k.subtree)
                        for k in c.children
                    )
                    or any(_finite_verb_read_as_relative(k) for k in c.subtree)
                )
            )
        )
    ]
    return finite[:1] or [c for c in verb.children if _misread_past_tense(c, verb)][:1]


def _finite_verb_read_as_relative(verb: Token) -> bool:
    """ "Fighting between the army and the paramilitary Rapid Support Forces has cut off supplies": the parser made
    the sentence's verb a relative clause on a noun inside the gerund's phrase, with no relative word to open it."""
    return (
        verb.dep_ == "relcl"
        and any(t.tag_ in {"MD", "VBZ", "VBP", "VBD"} for t in with_auxiliaries(verb))
        and not any(t.tag_ in {"WDT", "WP", "WP$", "WRB"} for t in verb.subtree if t.i < verb.i)
        and not any(t.lower_ == "that" for t in verb.subtree if t.i < verb.i)
    )


def with_auxiliaries(verb: Token) -> list[Token]:
    """The verb's dependents and its auxiliaries': the parser may hang the subject on the auxiliary
    ("Rates have more than tripled": "rates" ← "have")."""
    return [k for a in [verb, *(c for c in verb.children if c.dep_ == "aux")] for k in a.children]


def _misread_past_tense(head: Token, verb: Token) -> bool:
    """ "A fire swept through the camp on Sunday, officials said": the parser read the past tense as a
    participle on the noun before it ("fire" ← "swept") and hung the noun on the cue (as a loose
    dependent or a second subject); the noun opens the sentence and the "participle" follows it at once."""
    if head.dep_ not in {"dep", "nsubj"} or head.pos_ not in {"NOUN", "PROPN"} or head.left_edge.i != verb.sent.start:
        return False
    return misread_past_tense(head) is not None


def _acting_subject(verb: Token) -> bool:
    """Whether a clause's verb has a subject that acts (and so does what a participle on the clause says: "her
    friends mocked him, calling him …"), not a passive one or a pronoun for a thing ("18 were killed", "that is
    a distortion")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lower_ not in {"that", "this", "it", "which", "there"}


def _reporting_cue(tok: Token) -> tuple[Token, Token] | None:
    """The cue whose reported clause (a ccomp) holds `tok`, the nearest one above it, with that clause."""
    node = tok
    while node.head != node:
        if node.dep_ == "ccomp" and is_cue(node.head):
            return node.head, node
        node = node.head
    return None


def _count_said(verb: Token) -> Token | None:
    """ "Ministry says 40 dead after floods", "Israel says 112 killed in crush": a number the cue takes as its object,
    with a participle or adjective on it, is a clause with its verb left out (a headline's "40 [are] dead"); so is a
    count of people with a participle after it, after "say" ("UN agency says 13,000 children killed in Gaza")."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "dobj"
            and c.i > verb.i
            and (c.like_num or (verb.lemma_.lower() == "say" and _a_count(c)))
            and any(
                a.dep_ in {"acl", "amod"} and a.tag_ in {"VBN", "JJ"} and a.i > c.i and (c.like_num or a.tag_ == "VBN")
                for a in c.children
            )
        ),
        None,
    )


def _a_count(noun: Token) -> bool:
    """A noun a number before it counts ("13,000 children"); not after "tell", whose object is who is told ("he told
    2,267 people gathered at Purdue University")."""
    return any(n.dep_ == "nummod" and n.like_num and n.i < noun.i for n in noun.children)


def _what_the_clause_was_told(part: Token, parts: list[Token]) -> Token | None:
    """A "that" clause the parser hung on the outer cue right after a clause whose own verb is a cue with no clause
    of its own ("the coast guard had been told hours earlier | that the boat was in distress"), else None."""
    if part.dep_ != "ccomp" or not is_cue(part) or any(c.dep_ == "ccomp" for c in part.children):
        return None
    end = max(t.i for t in part.subtree)
    nxt = next((p for p in parts if p.dep_ == "ccomp" and min(t.i for t in p.subtree) == end + 1), None)
    return nxt if nxt is not None and part.doc[end + 1].lower_ == "that" else None


def _conjunction_before(tok: Token, words: set[str]) -> Token | None:
    """The coordinating conjunction of `words` written right before `tok`'s phrase, if there is one."""
    cc = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
    return cc if cc is not None and cc.dep_ == "cc" and cc.lower_ in words else None


def _second_clause_of(first: Token, second: Token) -> bool:
    """A clause the parser hung on the cue beside `first`, opening right after a comma and an "and"/"but" that are
    `first`'s own (so the two were one coordination)."""
    cc = _conjunction_before(second, {"and", "but"})
    between = first.doc[first.right_edge.i + 1 : second.left_edge.i]
    return cc is not None and cc.head == first and all(t.is_punct or t == cc for t in between)


def _joined_after(first: Token, second: Token) -> bool:
    """Two objects of one verb the parser split at a conjunction: `second` opens right after an "and"/"or" that ends
    `first`'s phrase."""
    if second.dep_ != "dobj" or second.i < first.i:
        return False
    cc = _conjunction_before(second, {"and", "or"})
    return cc is not None and cc.head in first.subtree


def _reported_clause(verb: Token, *, clause_only: bool = False) -> tuple[int, int] | None:
    lemma = verb.lemma_.lower()
    parts = [
        c
        for c in verb.children
        if (c.dep_ in {"ccomp", "xcomp"} and any(t.pos_ in {"VERB", "AUX"} for t in c.subtree))
        or (
            c.dep_ == "dobj"
            and not clause_only
            and lemma not in _OBJECT_IS_ADDRESSEE | _REFUSALS | {"say", "tell", "write", "post", "tweet"}
            and c.ent_type_ == ""
            and c.pos_ != "PRON"
        )
    ]
    hung = next((c for c in parts if c.dep_ == "dobj" and _description_hung_on(verb, c)), None)
    if hung is not None:
        # "declared mpox a public health emergency on Wednesday, its highest level of alert": the parser hung the
        # writer's description on the verb as its object and made what was declared a clause of no verb
        clause = next(c for c in verb.children if c.dep_ in {"xcomp", "oprd"} and verb.i < c.i < hung.i)
        parts = [clause if c == hung else c for c in parts]
    if lemma in _REFUSALS:
        # "said it would refuse orders to shoot and that it had taken control": no one refuses that something is
        # so; a clause the parser hung on the refusal is another's (here the first cue's), not what was refused
        parts = [c for c in parts if c.dep_ != "ccomp"]
    convened = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _CONVENED), None)
    if lemma == "call" and convened is not None:
        # "had called the vote to win support for a plan": a vote convened, and what for, no one called on to act
        parts = [c for c in parts if c != convened and not (c.dep_ == "xcomp" and c.i > convened.i)]
    if lemma == "admit":
        # "admitted the leader of the Polisario Front for medical treatment", "admitted 300 refugees": let in,
        # not an admission
        parts = [c for c in parts if c.dep_ != "dobj" or not (lets_in(verb) or _names_people(c))]
    counted = _count_said(verb) if lemma in {"say", "tell"} else None
    if counted is not None:
        # "Israel says 112 killed in crush, Hamas blames troops": the count is what was said (a clause with its verb
        # left out); a clause after it set off by a comma with its own subject is another party's
        parts = [counted, *(c for c in parts if c.i < counted.i)]
    if not parts and (told := told_that_clause(verb)) is not None:
        parts = [told]
    if not parts:
        parts = clause_on_channel(verb)  # "said in a statement that the government was committed …"
    if clause_only:
        parts = [c for c in parts if c.dep_ == "ccomp"]
    # "warned of a “second disaster” as cold weather … raised the risk": a finite clause that opens with its
    # verb, its subject parsed elsewhere in the sentence, is a misparse, and the cue reports nothing clear
    if parts and _headless_clause(parts[0], verb):
        return None
    doc = verb.doc
    # "X have sought to cap spending; Speaker Y said that …": a semicolon (or a full stop the parser ran
    # past) between a clause and the cue after it ends a sentence, so the clause is not what the cue reports
    objects = [c.i for c in verb.children if c.dep_ == "dobj"]
    # (so does a colon when the cue has a clause after it: "Marburg outbreak in Rwanda: WHO says 11 dead, 36 infected")
    ends = _ENDS | {":"} if any(c.i > verb.i for c in parts) else _ENDS
    parts = [
        c
        for c in parts
        if c.i > verb.i
        or not (
            any(t.text in ends for t in doc[max(t.i for t in c.subtree) + 1 : verb.i])
            or any(c.i < o < verb.i for o in objects)  # "He accused X of Y, a charge Baku denies": the charge
        )
    ]

    # "X entered Gaza on Monday, the UN said, as a monitor warned that famine was imminent": a clause after the cue
    # opened by "that" is what it reports; a clause before it is another cue's (but not a "that" set off by a comma:
    # "because of the “impact,” Jacobs said, that he's had": a relative clause the aside interrupts)
    def that_clause(c: Token) -> bool:
        first = min(t.i for t in c.subtree)
        return c.i > verb.i and c.dep_ == "ccomp" and doc[first].lower_ == "that" and doc[first - 1].text != ","

    # "Fire kills 27 in Dhaka, workers say exits were locked": a clause right after the cue is what it reports, the
    # one before the writer's
    def right_after(c: Token) -> bool:
        # (a clause with its subject, after a cue whose subject comes before it: not "said Ana Ruiz, a teacher …")
        subjects = [x for x in c.children if x.dep_ in {"nsubj", "nsubjpass"}]
        named = any(x.dep_ == "nsubj" and x.i < verb.i for x in verb.children)
        if not (c.i > verb.i and c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"} and subjects and named):
            return False
        first = min(t.i for t in c.subtree)  # (not a clause of time or reason: "he said as some booed")
        return first == verb.i + 1 and not (doc[first].dep_ == "mark" and doc[first].lower_ != "that")

    # "…, officials said Thursday, most of them swept away by floods": the parser hung the cue's day on the writer's
    # words after it (not "said Monday, however, that …")
    parts = [c for c in parts if not _after_the_cues_day(c, verb)]
    if any(that_clause(c) or right_after(c) for c in parts) or (
        any(c.i > verb.i for c in parts) and any(_speaker_described(c, verb) for c in parts)
    ):
        parts = [c for c in parts if c.i > verb.i]
    if not parts and (not clause_only or lemma in FINDING_VERBS):
        parts = _fronted_clause(verb)
    if lemma == "call" and (
        not any(c.dep_ == "dobj" for c in verb.children) or any(c.dep_ == "prt" for c in verb.children)
    ):
        # (not "called an emergency cabinet meeting on his return": a meeting called, no one called on; but "calling
        # out Clinton on the substance of her attack")
        parts += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"]
    if lemma == "accuse" and not any(c.dep_ == "neg" for c in verb.children):  # ("has never accused X of …": none)
        charges = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"]
        # "accused the police of abuses": the parser may hang the charge on the accused; then both are the words
        # (not a noun an "of" completes: "accused the head of the agency", "members of the militia")
        accused = [
            o
            for o in verb.children
            if o.dep_ == "dobj"
            and o.lemma_.lower() not in _OF_COMPLETED
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in o.children)
        ]
        parts += charges or accused
    if not parts:
        return None
    part = parts[0]
    if part.dep_ == "xcomp" and (later := next((p for p in parts if misparsed_subject(p) is not None), None)):
        part = later  # "warned the disruption to supply chains would be major": the clause, its subject misread
    if part.dep_ == "dobj" and any(c.dep_ == "neg" for c in verb.children):
        return None  # "It did not confirm the number of dead": nothing confirmed (as "did not dispute the figure")
    if _open_question(verb, part):
        return None  # "It did not say whether there were casualties": no answer was given
    cut = _narrative_tail(part)
    tokens = [t for t in part.subtree if not (t.dep_ == "mark" and t.head == part) and t.i < cut]
    joined = next(
        (
            c
            for c in verb.children
            if c.dep_ == "ccomp" and part.dep_ == "ccomp" and part.i < c.i < verb.i and _second_clause_of(part, c)
        ),
        None,
    )
    quoted = joined is not None and any(t.tag_ in {"``", "''"} for t in verb.doc[part.left_edge.i : verb.i])
    if joined is not None and tokens and not quoted:
        # "Greece has asked the EU for help, and Italy and France have sent aircraft, the EU said": the parser hung
        # the clause joined to the first on the cue as well; both are the words (not inside quotation marks, whose
        # words the quotation step gives whole)
        gap = verb.doc[max(t.i for t in tokens) + 1 : joined.left_edge.i]
        tokens = sorted([*tokens, *gap, *joined.subtree], key=lambda t: t.i)
    split = next(
        (c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < part.i and _joined_after(c, part)), None
    )
    if split is not None:
        # "announced 50.9 billion reais in emergency credit and tax relief": the parser split one object in two at its
        # "and"; the first half was announced as well
        tokens = sorted([*split.subtree, *tokens], key=lambda t: t.i)
    if (told := _what_the_clause_was_told(part, parts)) is not None:
        # "said the coast guard had been told hours earlier that the boat was in distress": the parser hung what the
        # clause's cue was told on the outer cue; it is a part of the clause
        tokens += [t for t in told.subtree if t.i < _narrative_tail(told)]
    if (rest := _subjectless_rest(part, parts)) is not None:
        # "Rights groups say those returned to Libya face torture": the parser split the clause in two, its
        # subject read as a clause of its own ("those returned to Libya") and the rest without a subject
        cut = _narrative_tail(rest)
        tokens = sorted([*tokens, *(t for t in rest.subtree if t.i < cut)], key=lambda t: t.i)
    if (taken := misparsed_subject(part)) is not None:
        # "He said turnout in October's election, which …, had been 58.9%": the parser took the clause's
        # subject for the verb's object; it belongs to the statement (with what it hung between them: "the
        # disruption [to supply chains] would be …")
        between = [t for c in verb.children if taken.i < c.i < part.i and c.dep_ == "xcomp" for t in c.subtree]
        tokens = sorted([*taken.subtree, *between, *tokens], key=lambda t: t.i)
    tokens = _with_up_to(tokens, verb)
    last = max((t.i for t in tokens), default=-1)
    if last >= 0 and _split_at_hyphen(doc, last):
        # "it had pre-positioned 2,000 tonnes": the tokenizer cut the word at its hyphen and the parser hung
        # the rest of the clause on the cue; what follows the cut is still the clause
        tokens += [t for c in verb.children if c.i > last for t in c.subtree if t.i > last]
        tokens.sort(key=lambda t: t.i)
    if part.dep_ == "dobj" and lemma in ESTIMATE_VERBS:
        # "estimated the damage at $34.2 billion": the level it was put at is part of what was said
        level = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"at", "to"} and c.i > part.i]
        tokens = sorted([*tokens, *(t for c in level for t in c.subtree)], key=lambda t: t.i)
    if part.dep_ == "prep":
        # (up to a writer's addition: "accused Russia of shelling the plant, which Moscow denies")
        tokens = [t for t in part.subtree if t != part and t.i < cut]
        if part.lower_ == "on":  # "called on X to do Y": X and what X is to do
            tokens = [t for t in tokens] + [t for c in verb.children if c.dep_ in {"xcomp", "ccomp"} for t in c.subtree]
            tokens.sort(key=lambda t: t.i)
    if part.i < verb.i:
        tokens = _after_other_source(tokens, verb)
    if len(tokens) < 3:
        return None
    # (nor a conjunction left at its end: "…, and" before another source's clause the parser hung on the words)
    while tokens and (_trailing_mark(tokens[-1]) or tokens[-1].dep_ == "cc"):
        tokens.pop()
    while tokens and (
        tokens[0].is_punct
        or (tokens[0].lower_ == "that" and not _demonstrative_subject(tokens[0]) and not _demonstrative_det(tokens[0]))
    ):
        tokens.pop(0)  # (the complementizer "said that …", not the clause's own subject: "That is an increase …")
    tokens = _without_time_of_saying(tokens, verb, part)
    if hung is not None and part.dep_ in {"xcomp", "oprd"}:
        tokens = [t for t in tokens if t.i < _day_it_was_taken(tokens, verb, part)]  # (not "on Wednesday")
    if tokens and (said_is := _what_it_says_is(tokens[-1], verb)) is not None:
        tokens = [*tokens, *said_is]  # "demanding a 35% rise to make up for what it says is 15 years of cuts"
    if len(tokens) < 3:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    if "\n" in doc_text(verb.doc)[start:end]:
        return None
    return start, end


# Cues whose passive subject is what is said about ("he was said to have …"), or who is told ("she was
# warned that …"), not who says it.
_SAID_ABOUT = frozenset({
    "say", "report", "believe", "think", "rumour", "rumor", "allege", "understand", "know", "estimate", "fear",
    "suspect", "presume",
})  # fmt: skip
_TOLD = frozenset({"tell", "inform", "warn", "advise", "assure", "brief", "notify"})


# (the common nouns for people of the attribution step, and the people a country or a hospital admits)
_PEOPLE = PEOPLE_WORDS | {
    "child", "refugee", "migrant", "patient", "student", "worker", "asylum-seeker", "soldier", "prisoner", "detainee",
}  # fmt: skip


def _description_hung_on(verb: Token, obj: Token) -> bool:
    """An object set off by a comma after a clause of no verb the parser hung on the verb between them ("declared mpox
    a public health emergency, its highest level of alert"): the writer's description of what the clause names."""
    doc = verb.doc
    set_off = obj.left_edge.i > 0 and doc[obj.left_edge.i - 1].text == ","
    return set_off and any(c.dep_ in {"xcomp", "oprd"} and verb.i < c.i < obj.i for c in verb.children)


def _names_people(noun: Token) -> bool:
    """A noun phrase for people: a person's name, a title, a word for people or a count of people."""
    return (
        noun.ent_type_ in {"PERSON", "NORP"}
        or noun.lemma_.lower() in PERSON_REFERENCE_NOUNS | _PEOPLE
        or noun.lower_ in GROUP_NOUNS
        or any(c.dep_ == "nummod" for c in noun.children)
    )


def _indefinite_plural(subject: Token) -> bool:
    """ "…, a move aid groups said was long overdue": "a" before a plural subject marks a relative clause
    without its pronoun, read as one noun phrase ("a move [that] aid groups said …"); what the cue
    reports is said of the noun before, in a clause the parser did not build, so no statement is read."""
    if subject.tag_ != "NNS" or any(c.dep_ == "nummod" or c.lower_ in _SOME_WORDS for c in subject.children):
        return False
    det = next((c for c in subject.children if c.dep_ == "det" and c.lower_ in {"a", "an"}), None)
    return det is not None and not any(
        t.is_punct for t in subject.doc[det.i : subject.i]
    )  # (not "an old one - others")


_SOME_WORDS = frozenset({"few", "couple", "dozen", "number", "lot", "handful", "host", "series", "pair"})


# What a body or person says things in, besides the channels (`CHANNEL_WORDS`): "said in a report that …".
_DOCUMENT_NOUNS = frozenset({
    "report", "letter", "memo", "filing", "note", "speech", "briefing", "submission", "notice", "message", "address",
    "decree", "ruling", "judgment", "judgement", "order", "document", "affidavit", "complaint", "lawsuit", "petition",
    "op-ed", "column", "essay", "editorial",
})  # fmt: skip


def _channel_or_document(noun: Token) -> bool:
    return noun.lower_ in CHANNEL_WORDS or noun.lemma_.lower() in _DOCUMENT_NOUNS


def clause_on_channel(verb: Token) -> list[Token]:
    """ "X said in a statement that …": the parser hangs the that-clause on the channel noun ("statement",
    "interview", "letter") as its complement; it is what the cue reports."""
    channels = [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in {"in", "on", "during"}
        for o in p.children
        if o.dep_ == "pobj" and _channel_or_document(o)
    ]
    return [
        c
        for o in channels
        for c in o.children
        if c.dep_ in {"acl", "relcl"}
        and c.pos_ in {"VERB", "AUX"}
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
    ]


# Verbs of naming someone something ("declared the winner", "named chief of staff"): said of the one named.


def _named_in_the_passive(subject: Token) -> bool:
    """ "X was declared the winner", "X was named interim president": the subject of a passive verb of naming is
    who was named, by no one named there; no statement of theirs (the parser may take the name for an object)."""
    cue = subject.head
    return (
        subject.dep_ == "nsubjpass"
        and cue.lemma_.lower() in NAMING_VERBS
        and any(c.dep_ == "auxpass" for c in cue.children)
        and not any(c.dep_ in {"agent", "ccomp", "xcomp"} for c in cue.children)
    )


def _expletive_passive(subject: Token) -> bool:
    """ "It was widely reported that …", "it is said that …", "he was said to have been handed …", "she
    was told that …": a passive cue with no one named as saying it; its subject is the clause, whom it
    is about, or who heard it."""
    cue = subject.head
    if subject.dep_ != "nsubjpass" or any(c.dep_ in {"agent", "dobj"} for c in cue.children):
        return False  # (a by-agent speaks; an object is heard by: "he's told reporters …" is "has told")
    lemma = cue.lemma_.lower()
    if subject.lower_ == "it" or lemma in _TOLD:
        return True
    if lemma in _OBJECT_IS_ADDRESSEE | _ACCUSING and any(c.dep_ == "auxpass" for c in cue.children):
        return True  # "Ana Ruiz was accused of ordering the killings": she is the one accused, by no one named
    # "he was said to have …" reports a clause in the infinitive; "he's said he'll fight" is "has said"
    return lemma in _SAID_ABOUT and not any(c.dep_ == "ccomp" for c in cue.children)


def _headless_clause(clause: Token, cue: Token) -> bool:
    """A finite complement clause with no subject and nothing before its verb but a "that" (not in a
    relative clause, whose subject is the relative pronoun: "the vote, which she said was a mistake")."""
    if clause.dep_ != "ccomp" or clause.tag_ not in {"VBD", "VBZ", "VBP"} or clause.i < cue.i:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for c in clause.children):
        return False
    if any(a.dep_ == "relcl" for a in [cue, *cue.ancestors]):
        return False
    if misparsed_subject(clause) is not None:
        return False  # "said about one in four cases were children": its subject, misread, is found
    before = [t for t in clause.subtree if t.i < clause.i and not (t.dep_ == "mark" or t.is_punct)]
    return not before


def _split_at_hyphen(doc: Doc, i: int) -> bool:
    """Token `i` is the first part of a hyphened word ("pre-positioned")."""
    return (
        i + 2 < len(doc)
        and not doc[i].whitespace_
        and doc[i].is_alpha
        and doc[i + 1].text == "-"
        and not doc[i + 1].whitespace_
        and doc[i + 2].is_alpha
    )


def _demonstrative_subject(tok: Token) -> bool:
    """ "That is an increase of 19 million, the agency said": "that" as the clause's subject pronoun."""
    return tok.dep_ in {"nsubj", "nsubjpass"} and tok.tag_ == "DT"


def _demonstrative_det(tok: Token) -> bool:
    """ "That criticism was warranted, he said": "That" opening the sentence as the determiner of the clause's
    subject noun (no conjunction opens a sentence; after a cue, "said that aid was blocked", it is one)."""
    head = tok.head
    return tok.dep_ == "det" and head.i == tok.i + 1 and bool(tok.is_sent_start) and head.dep_ in {"nsubj", "nsubjpass"}


def _open_question(verb: Token, clause: Token) -> bool:
    """A clause the cue leaves as a question ("did not say whether …", "would not say if …"): it
    says nothing was asserted, so it is no statement (its marker is dropped from the statement)."""
    if verb.lemma_.lower() in _ASKING:
        return False  # "asked whether the vote would take place": the question is what was said
    mark = next((c.lower_ for c in clause.children if c.dep_ == "mark"), None)
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _REFUSALS:
        return True  # "refused to say that …", "declined to say how many …": the refusal is the statement
    negated = any(c.dep_ == "neg" for c in verb.children)
    opening = clause.doc[min(t.i for t in clause.subtree)]
    asked = opening.tag_ in {"WRB", "WP", "WDT", "WP$"} and opening.lower_ != "that"  # how, what, which
    return mark == "whether" or (negated and (mark == "if" or asked))


# Cues whose clause is a question put to someone ("asked whether …", "wondered if …").
_ASKING = frozenset({"ask", "wonder", "inquire", "enquire", "question", "query"})


def _speaker_described(clause: Token, cue: Token) -> bool:
    """A participle set off by commas between the speaker and a cue that has no subject of its own, which the
    parser read as a clause the cue reports: "Former prime minister Imran Khan, ousted in a vote in April, said
    the government had …" (what Khan was, not what he said)."""
    if clause.i > cue.i or clause.dep_ != "ccomp" or clause.tag_ not in {"VBN", "VBD"}:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in cue.children):
        return False
    if any(c.dep_ in {"dobj", "ccomp", "aux", "auxpass"} for c in clause.children):
        return False
    subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    doc = cue.doc
    return (
        subj is not None
        and subj.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}
        and doc[clause.i - 1].text == ","
        and clause.right_edge.i < cue.i
        and doc[cue.i - 1].text == ","
    )


def misparsed_subject(clause: Token) -> Token | None:
    """The object the parser gave a reporting verb when it is the subject of the verb's clause: a
    complement clause with no subject of its own, after a noun object of "say" ("He said turnout …
    had been 58.9%")."""
    verb = clause.head
    lemma = verb.lemma_.lower()
    if clause.dep_ != "ccomp" or lemma not in {"say", "state", "report", "add", "warn"}:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in clause.children):
        return None
    if lemma == "warn":
        # "warned the disruption to supply chains would be …": a thing right after the verb, no one warned (not
        # "warned residents would be moved", whom); the parser may hang the rest of the subject between them
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i == verb.i + 1), None)
        people = obj is not None and (obj.lemma_.lower() in PERSON_REFERENCE_NOUNS or obj.lower_ in GROUP_NOUNS)
        if obj is None or obj.pos_ != "NOUN" or obj.ent_type_ or people:
            return None
        rest = [c for c in verb.children if obj.i < c.i < clause.i]
        return obj if all(c.dep_ in {"xcomp", "punct"} for c in rest) else None
    # (or "about" read as a preposition on the verb: "said about one in four cases were children", the
    # phrase it opens, "about" included; so too "between", "around", "over", "under", and "up to")
    return next(
        (
            c
            for c in verb.children
            if verb.i < c.i < clause.i
            and (
                (c.dep_ == "dobj" and c.pos_ == "NOUN")
                or (c.dep_ == "prep" and c.lower_ in _BOUNDING and c.i == verb.i + 1 and _approximates(c))
                or (c.dep_ == "prep" and c.lower_ == "to" and _up_to(c) and _approximates(c))
            )
        ),
        None,
    )


# Words that bound a figure and that the parser may read as a preposition on "said" ("said about 40 …",
# "said between 300,000 and 350,000 people could …", "said over 200 …").
_BOUNDING = frozenset({"about", "around", "between", "over", "under"})


def _with_up_to(tokens: list[Token], verb: Token) -> list[Token]:
    """ "She said up to 900 millimetres of rain had fallen": the parser hangs "up" (and "to") on the verb, and the
    bound is left out of what was said; the words "up to" right after the verb, before the figure, are put back."""
    doc = verb.doc
    if not tokens or verb.i + 1 >= len(doc) or not bounds_a_figure(doc[verb.i + 1]):
        return tokens
    if tokens[0].i == verb.i + 2:
        return [doc[verb.i + 1], *tokens]
    if tokens[0].i == verb.i + 3:
        return [doc[verb.i + 1], doc[verb.i + 2], *tokens]
    return tokens


def _up_to(to: Token) -> bool:
    """ "said up to 1,500 millimetres of rain had fallen": "up" right after the verb, "to" right after it."""
    verb = to.head
    up = verb.doc[to.i - 1] if to.i > 0 else None
    return up is not None and up.i == verb.i + 1 and up.head == verb and bounds_a_figure(up)


def _approximates(about: Token) -> bool:
    """ "about one in four cases", "about 40 people": "about" before a number, not "said about the plan"."""
    noun = next((c for c in about.children if c.dep_ == "pobj"), None)
    return noun is not None and any(t.like_num for t in about.doc[about.i + 1 : noun.i])


# Verbs that take an audience and then what it was told ("told a briefing that …").
_TELL_VERBS = frozenset({"tell", "inform", "assure", "warn", "remind", "brief"})


def told_that_clause(verb: Token) -> Token | None:
    """What a verb of telling reports when the parser took it for a relative clause on the audience ("told a
    briefing that …") or on a noun in a phrase after it ("told the governor during a visit to the town that
    187 pupils were missing")."""
    if verb.lemma_.lower() not in _TELL_VERBS:
        return None
    return next(
        (r for o in verb.children if o.dep_ in {"dobj", "prep"} for r in o.subtree if misparsed_that_clause(r)),
        None,
    )


def misparsed_that_clause(clause: Token) -> bool:
    """ "told a briefing that Hezbollah had fired 90 rockets": the parser may take the reported clause
    for a relative clause on the audience; a "that" clause with a subject and an object of its own
    cannot be a relative clause whose "that" is the object, nor can one whose "that" is a conjunction
    (marked so by the parser) with a subject of its own."""
    if clause.dep_ != "relcl":
        return False
    first = clause.left_edge
    if first.lower_ != "that" and (first.i == 0 or clause.doc[first.i - 1].lower_ != "that"):
        return False
    own = [c.dep_ for c in clause.children if c.lower_ != "that"]
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return "nsubj" in own or "nsubjpass" in own
    return "nsubj" in own and ("dobj" in own or "ccomp" in own)


_PAIRS = (("“", "”"), ("‘", "’"), ("«", "»"), ("(", ")"))  # (a parenthesis too: "… ($13.2 billion)")


def _close_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """ "called Trump a “con artist”": a clause that opens a quotation mark ends after its closer,
    never between the quoted words and the mark."""
    words = text[start:end]
    for opener, closer in _PAIRS:
        if words.count(opener) <= words.count(closer):
            continue
        if opener != "(":
            return start, _closer_after(text, end, closer)  # a quotation left open runs to its closer
        if text[end : end + 1] == closer:
            return start, end + 1  # (a bracket only to a closer right after the words)
    if words.count('"') % 2 == 1 and _opens_a_quotation(words, words.rindex('"')):
        return start, _closer_after(text, end, '"')
    return start, end


def _opens_a_quotation(words: str, at: int) -> bool:
    """The straight mark at `at` opens the quoted words after it ('… the move "yet another'), not closes words opened
    before the clause began ('cooperation" toward …'): a word right after it, and a space or the start before it."""
    after = words[at + 1 : at + 2]
    return after.isalnum() and (at == 0 or words[at - 1].isspace() or words[at - 1] in "([—–-")


def _closer_after(text: str, end: int, closer: str) -> int:
    """The end of the quotation a clause left open: right after its closing mark, when the mark comes before the
    sentence's end ('called the move "yet another affront to democracy"': the parser hung "to democracy" on the verb,
    outside the object), else `end`."""
    close = text.find(closer, end)
    while close != -1 and text[close + 1 : close + 2].isalpha():
        close = text.find(closer, close + 1)  # (an apostrophe inside a word, "the nation’s", closes nothing)
    between = text[end:close] if close != -1 else ""
    if close == -1 or len(between) > 120 or "\n" in between or re.search(r"[.!?][\s]", between):
        return end
    if any(mark in between for mark in '“‘«"'):
        return end  # (another quotation opens first: the clause's own mark was never closed, "an “expedited review“")
    return close + 1


def _open_marks(text: str, start: int, end: int) -> int:
    """'told reporters that “a few” people had died': a clause that closes a quotation mark its words never
    opened starts at the opener right before it, never between the mark and the quoted words."""
    words = text[start:end]
    for opener, closer in _PAIRS:
        if words.count(closer) > words.count(opener) and text[start - 1 : start] == opener:
            return start - 1
    if words.count('"') % 2 == 1 and text[start - 1 : start] == '"' and not words.startswith('"'):
        return start - 1
    return start
