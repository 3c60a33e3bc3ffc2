"""Parser repairs made once on the Doc before any rule reads it.

The model also takes the last noun of a reported clause for the subject of the reporting verb after
it, with the real speaker as that noun's appositive ("… have killed at least 122 people, the Legal
Medical Service said"): the speaker is made the verb's subject again and the noun goes back to the
clause (`repair_appositive_speakers`).

The small English model reads a body's reporting verb as a plural noun when the body's name is a
compound before it ("The World Bank projects that …", "The IMF forecasts growth of 3%", "…, the
World Bank projects."), so the sentence has a noun "World Bank projects" and no speaker. The three
shapes below are rebuilt as the verb with the body as its subject; nothing else in the tree moves. A
"noun" the parser already built as the verb (a subject and a reported clause of its own: "…, the
International Organization for Migration estimates.") is only retagged (`repair_reporting_nouns`).
"Show" after data ("…, interior ministry data show.") is read as a noun too: it is made the verb, the
data its subject (`repair_data_that_show`; after the name of who compiled them, `repair_data_compiled_by_that_show`).

The others, each described where it stands: a lead's past tense read as a clause on its first noun
(`repair_misread_leads`); a source's cue read as a conjunct of the lead or as a participle's clause
(`repair_trailing_cues`); a source listed with the reported clause's last nouns
(`repair_listed_sources`); plural nouns read as verbs and verbs read as nouns after a number
(`repair_counted_verbs`, `repair_verbs_read_as_nouns`); the particle "do" inside a place's name read as
an auxiliary (`repair_names_with_do`).
"""

from spacy.tokens import Doc, Span, Token

from app.extract.gazetteer import BODY_NAME_OPENERS, body_for
from app.extract.lexicon import (
    CHANGE_VERBS,
    CUE_VERBS,
    FINDING_VERBS,
    GROUP_NOUNS,
    ORG_NOUNS,
    ORG_REFERENCE_NOUNS,
    PEOPLE_VERBS,
    PERSON_REFERENCE_NOUNS,
    PLURAL_SHARES,
    REACH_VERBS,
    TITLE_WORDS,
)
from app.extract.text import tokens_among

# Verbs of forecast and report whose third-person form is also a plural noun (the ones the model misreads).
_VERB_AS_NOUN = {"projects": "project", "forecasts": "forecast", "estimates": "estimate", "reports": "report"}
_NAMES = frozenset({"ORG", "GPE", "PERSON", "NORP"})
_TRAILING_CUES = CUE_VERBS | FINDING_VERBS
# Plural nouns for data that "show" something ("ministry data show", "government figures show").
_DATA_NOUNS = frozenset({"data", "datum", "figure", "statistic", "number", "record", "estimate", "poll", "survey"})


def repair_sentences_opened_by_a_comma(doc: Doc) -> None:
    """ "Israeli strikes killed eight people, including a commander of Hezbollah, Lebanese security sources said": the
    parser can end a sentence before a comma (it keeps no boundary set before it from being moved) and parse the
    source and its cue as a sentence of their own. A sentence never opens with a comma or semicolon: its root goes on
    the sentence before it (in the same paragraph), as the parser reads a trailing cue."""
    for sent in list(doc.sents):  # (listed first: the rebuilt heads merge the sentences being walked)
        first = doc[sent.start]
        if sent.start == 0 or first.text not in {",", ";"} or "\n" in doc[sent.start - 1].whitespace_:
            continue
        before = doc[sent.start - 1].sent
        if "\n" in before.text:
            continue  # (not across a paragraph or headline break)
        root, earlier = sent.root, before.root
        if earlier.pos_ not in {"VERB", "AUX"} and root.pos_ in {"VERB", "AUX"}:
            # ("Nationally, about a quarter of students graduate with debt": a word set before the clause)
            earlier.head, earlier.dep_ = root, "advmod" if earlier.pos_ == "ADV" else "dep"
        else:
            root.head, root.dep_ = earlier, "parataxis"


def repair_coordinated_clauses_before_a_cue(doc: Doc) -> None:
    """ "Two people were killed and 40 homes were destroyed, the agency said": the parser can split the two joined
    clauses a trailing cue reports, taking only one as what was said (the cue a conjunct of the first clause, with
    the second as its complement; or both clauses complements of the cue). Both clauses are said: the first becomes
    the cue's complement and the second its conjunct."""
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in CUE_VERBS:
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subj is None or subj.left_edge.i == 0 or doc[subj.left_edge.i - 1].text != ",":
            continue  # (a trailing source set off by a comma: "…, the agency said")
        before = [c for c in verb.children if c.dep_ == "ccomp" and c.right_edge.i < subj.left_edge.i]
        if len(before) == 2:
            first, second = before
        elif len(before) == 1 and verb.dep_ == "conj" and verb.head.i < before[0].i:
            first, second = verb.head, before[0]
        else:
            continue
        joined = any(c.dep_ == "cc" and first.i < c.i < second.left_edge.i for c in first.children)
        own_subjects = all(any(c.dep_ in {"nsubj", "nsubjpass"} for c in v.children) for v in (first, second))
        # (a cue verb acting on a thing is no cue: "employers added 22,000 jobs …, and the jobless rate rose …")
        acting = first.lemma_.lower() in _TALLYING_CUES and any(
            c.dep_ == "dobj" and c.pos_ == "NOUN" for c in first.children
        )
        if not joined or not own_subjects or first.pos_ not in {"VERB", "AUX"}:
            continue
        if first.lemma_.lower() in CUE_VERBS and not acting:
            continue
        if first is verb.head:
            if first.dep_ == "ROOT":
                verb.head, verb.dep_ = verb, "ROOT"
            else:
                verb.head, verb.dep_ = first.head, first.dep_
            first.head, first.dep_ = verb, "ccomp"
        second.head, second.dep_ = first, "conj"


# Cue verbs that also tally things ("added 22,000 jobs", "reported 40 new cases", "posted a loss").
_TALLYING_CUES = frozenset({"add", "report", "record", "post", "register"})


_BACKING_NOUNS = frozenset({"evidence", "proof"})


def repair_clauses_read_as_what_evidence_is_of(doc: Doc) -> None:
    """ "Trump said without evidence that the numbers had been manipulated": the model can hang the "that" clause a
    cue reports on the noun after "without" (evidence that …). Said without evidence, the clause is what was said."""
    for i in tokens_among(doc, _BACKING_NOUNS):  # (only where the noun is written)
        noun = doc[i]
        if noun.dep_ != "pobj" or noun.head.lower_ != "without":
            continue
        verb = noun.head.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in CUE_VERBS:
            continue
        if any(c.dep_ in {"ccomp", "dobj"} for c in verb.children):
            continue  # (the cue has its words already)
        clause = next(
            (
                c
                for c in noun.children
                if c.dep_ in {"acl", "ccomp", "relcl"}
                and c.pos_ in {"VERB", "AUX"}
                and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i for m in c.children)
            ),
            None,
        )
        if clause is not None:
            clause.head, clause.dep_ = verb, "ccomp"


def repair_two_trailing_cues(doc: Doc) -> None:
    """ "A can of water now sells for 50 cents, residents said, while the price of sorghum has doubled, the WFP said":
    the parser can take the first source and its cue for part of what the last one reports, with the first clause
    and the clause set off by "while" both hung on the wrong cue. Each source reports the clause before it: the
    first cue becomes the sentence's root with the first clause its complement, and the last cue its conjunct, with
    the clause set off its complement."""
    for last in doc:
        if last.pos_ != "VERB" or last.lemma_.lower() not in CUE_VERBS or last.dep_ != "ROOT":
            continue
        subj = next((c for c in last.children if c.dep_ == "nsubj" and c.i < last.i), None)
        if subj is None or subj.left_edge.i == 0 or doc[subj.left_edge.i - 1].text != ",":
            continue
        first = next((c for c in last.children if c.dep_ == "ccomp" and c.i < subj.i), None)
        if first is None or first.pos_ not in {"VERB", "AUX"}:
            continue
        # (the first cue a complement of the last, or an aside hung on either: "At least 40 died, police said, …")
        asides = [c for c in (*last.children, *first.children) if c.dep_ in {"ccomp", "parataxis"}]
        first_cue = next(
            (c for c in asides if first.i < c.i < subj.i and c.pos_ == "VERB" and c.lemma_.lower() in CUE_VERBS), None
        )
        if first_cue is None:
            continue
        source = next((c for c in first_cue.children if c.dep_ == "nsubj" and c.i < first_cue.i), None)
        if source is None or doc[source.left_edge.i - 1].text != "," or source.left_edge.i - 1 <= first.i:
            continue  # (a source set off by a comma after the first clause: "…, residents said, while …")
        set_off = next(
            (
                c
                for c in (*first_cue.children, *first.children, *last.children)
                if c.dep_ in {"advcl", "conj"}
                and c.i > first_cue.i
                and c.right_edge.i < subj.left_edge.i
                and any(m.dep_ == "mark" and m.lower_ in {"while", "whereas"} for m in c.children)
            ),
            None,
        )
        if set_off is None:
            continue
        first_cue.head, first_cue.dep_ = first_cue, "ROOT"
        first.head, first.dep_ = first_cue, "ccomp"
        last.head, last.dep_ = first_cue, "conj"
        set_off.head, set_off.dep_ = last, "ccomp"


def repair_reporting_nouns(doc: Doc) -> None:
    for tok in list(doc):
        if tok.tag_ != "NNS" or tok.lower_ not in _VERB_AS_NOUN:
            continue
        aside = tok.dep_ == "parataxis"  # ("Gangs hold 60% of it, the Crisis Group estimates, and …")
        if any(c.dep_ == "nsubj" for c in tok.children) and (aside or any(c.dep_ == "ccomp" for c in tok.children)):
            # "…, the International Organization for Migration estimates.": built as the verb, tagged a noun
            tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBZ", _VERB_AS_NOUN[tok.lower_]
            continue
        if (body := _source_of_a_reduced_relative(tok)) is not None:
            # "a figure the Catholic University of Argentina estimates could reach 50%": the relative clause's verb
            relative = tok.head
            for word in tok.doc[tok.left_edge.i : body.i]:
                if word.head == tok:
                    word.head = body
            tok.head, tok.dep_ = relative.head, relative.dep_
            relative.head, relative.dep_ = tok, "ccomp"
            body.head, body.dep_ = tok, "nsubj"
            tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBZ", _VERB_AS_NOUN[tok.lower_]
            continue
        body = _named_body_before(tok)
        if body is None:
            continue
        clause = _that_clause(tok)
        if clause is not None:
            _as_verb(tok, body)
            clause.dep_ = "ccomp"  # "The World Bank projects that growth will slow"
        elif _closing(tok) or _aside(tok):
            _as_verb(tok, body)
            # "…, the World Bank projects."; "Gangs control 80% of the city, the UN estimates, and …"
            tok.head, tok.dep_ = tok.sent.root, "parataxis"
        elif (obj := _verbless_object(tok)) is not None:
            _as_verb(tok, body)
            tok.head, tok.dep_ = tok, "ROOT"  # "The IMF forecasts growth of 3% next year."
            obj.head, obj.dep_ = tok, "dobj"


def repair_data_that_show(doc: Doc) -> None:
    """ "…, interior ministry data show.": the model reads "show" after a plural noun for data as a noun with
    the data as its compound and the clause before as its clause. It is the verb, the data its subject."""
    for tok in list(doc):
        if tok.lower_ not in {"show", "shows"} or tok.pos_ != "NOUN":
            continue
        data = doc[tok.i - 1] if tok.i > tok.sent.start else None
        if data is None or data.head != tok or data.dep_ != "compound" or data.lemma_.lower() not in _DATA_NOUNS:
            continue
        if not any(c.dep_ == "ccomp" for c in tok.children):
            continue
        tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBZ" if tok.lower_ == "shows" else "VBP", "show"
        for word in [c for c in tok.children if c.i < data.i and c.dep_ in {"compound", "amod", "poss", "nmod", "det"}]:
            word.head = data  # ("interior ministry data": whose data, now the subject's words)
        data.dep_ = "nsubj"


def repair_data_compiled_by_that_show(doc: Doc) -> None:
    """ "…, figures compiled by the national statistics agency show.": closing the sentence, "show" after the name
    of who compiled the data is read as a noun that name is a compound of, the object of "by", and the data the
    sentence's root with the clause before as its clause. It is the verb, the data its subject, the name the object
    of "by" again."""
    for tok in list(doc):
        if tok.lower_ not in {"show", "shows"} or tok.pos_ != "NOUN" or tok.dep_ != "pobj":
            continue
        by, name = tok.head, doc[tok.i - 1]
        participle = by.head
        data = participle.head
        if by.dep_ != "agent" or participle.dep_ != "acl" or data.lemma_.lower() not in _DATA_NOUNS or data.i > by.i:
            continue
        if name.head != tok or name.dep_ != "compound" or any(not t.is_punct for t in doc[tok.i + 1 : tok.sent.end]):
            continue
        root = data.sent.root
        if data == root:
            clause = next((c for c in data.children if c.dep_ == "ccomp" and c.i < data.i), None)
        else:  # (or the data, set off by a comma, hung inside the clause before: "Prices rose 4% in May, figures …")
            opened = data.left_edge.i > 0 and doc[data.left_edge.i - 1].text == ","
            clause = root if opened and root.i < data.i and root.pos_ in {"VERB", "AUX"} else None
        if clause is None:
            continue
        for word in [c for c in tok.children if c.i < name.i]:
            word.head = name  # ("the Zimbabwe National Statistics": the name's words)
        name.head, name.dep_ = by, "pobj"
        tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBZ" if tok.lower_ == "shows" else "VBP", "show"
        tok.head, tok.dep_ = tok, "ROOT"
        data.head, data.dep_ = tok, "nsubj"
        clause.head, clause.dep_ = tok, "ccomp"


def _named_body_before(tok: Token) -> Token | None:
    """The last word of a name written right before the noun and hung on it ("World Bank", "IMF")."""
    before = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
    # (hung on the noun, or, with no verb in the sentence, on the noun after it: "The IMF forecasts growth")
    if before is None or before.head not in {tok, tok.head} or before.dep_ != "compound":
        return None
    named = before.ent_type_ in _NAMES or (before.pos_ == "PROPN" and before.text[:1].isupper())
    return before if named else None


def _source_of_a_reduced_relative(tok: Token) -> Token | None:
    """ "a figure the Catholic University of Argentina estimates could reach 50%": a relative clause with no relative
    word, its source's verb read as a plural noun with the name as its modifier and the clause's modal verb as its
    head. The name's head word, else None."""
    clause = tok.head
    if tok.dep_ != "nsubj" or clause.dep_ != "relcl" or not any(c.tag_ == "MD" for c in clause.children):
        return None
    if any(c.tag_ in {"WDT", "WP"} or c.lower_ == "that" for c in clause.subtree if c.i < tok.i):
        return None  # (a relative word: "a figure that analysts' estimates could reach")
    names = [c for c in tok.children if c.dep_ in {"nmod", "compound"} and c.pos_ == "PROPN" and c.ent_type_ in _NAMES]
    return names[0] if len(names) == 1 else None


def _that_clause(tok: Token) -> Token | None:
    """A clause opened by the complementiser "that" right after the noun (not the pronoun "that":
    "projects that were funded"). The model may read it as a relative clause's object; a clause with a
    subject of its own and a modal ("that the economy will shrink") is a forecast, not a relative."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is None or nxt.lower_ != "that" or nxt.head.head != tok:
        return None
    clause = nxt.head
    if nxt.dep_ == "mark":
        return clause
    subject = any(c.dep_ in {"nsubj", "nsubjpass"} and c != nxt for c in clause.children)
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
    return clause if nxt.dep_ == "dobj" and clause.dep_ == "relcl" and subject and modal else None


def _closing(tok: Token) -> bool:
    """ "…, the World Bank projects.": the name and the noun close the sentence after a comma."""
    sent: Span = tok.sent
    rest = [t for t in tok.doc[tok.i + 1 : sent.end] if not t.is_punct]
    start = tok.left_edge.i
    # (only the name after the comma: not "…, less than half the growth OPEC forecasts", a relative clause's verb)
    named = all(
        t.dep_ == "det" or t.text[:1].isupper() or t.tag_ == "POS" or t.lower_ in {"of", "for", "and", "the"}
        for t in tok.doc[start : tok.i - 1]
    )
    return not rest and named and start > sent.start and tok.doc[start - 1].text == "," and tok != sent.root


def _aside(tok: Token) -> bool:
    """ "Gangs control 80% of the city, the UN estimates, and 15,000 have fled": the name and the noun set off
    by commas inside the sentence, which the parser hung as an appositive on the word before them."""
    start, doc = tok.left_edge.i, tok.doc
    closed = tok.i + 1 < tok.sent.end and doc[tok.i + 1].text == ","
    return tok.dep_ == "appos" and closed and start > tok.sent.start and doc[start - 1].text == ","


def _verbless_object(tok: Token) -> Token | None:
    """ "The IMF forecasts growth of 3%": a sentence with no verb, the noun a compound on its root."""
    sent: Span = tok.sent
    obj = tok.head
    if tok.dep_ != "compound" or obj.i != tok.i + 1 or obj != sent.root or obj.pos_ != "NOUN":
        return None
    return None if any(t.pos_ in {"VERB", "AUX"} for t in sent) else obj


def _as_verb(tok: Token, body: Token) -> None:
    """The noun made the verb, the name's last word its subject, the words before it the name's."""
    for word in tok.doc[tok.sent.start : body.i]:
        if word.head in {tok, body.head}:
            word.head = body  # "The", "World": part of the name now, not of the noun
    body.head, body.dep_ = tok, "nsubj"
    tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBZ", _VERB_AS_NOUN[tok.lower_]


def repair_verbs_read_into_the_subjects_appositive(doc: Doc) -> None:
    """ "One passenger, a British national seated in 11A, survived, police commissioner G.S. Malik told reporters": the
    model can read the reported clause's verb as another modifier of its subject's appositive and leave the cue with
    two subjects. A cue has one: the verb that ends the first subject's words, right before the comma that sets off
    the second, in the past or present tense, is the reported clause, and the first subject its subject."""
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in CUE_VERBS:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
        if len(subjects) != 2:
            continue
        first, source = subjects
        if source.left_edge.i < 2 or doc[source.left_edge.i - 1].text != ",":
            continue
        said = doc[source.left_edge.i - 2]
        if said.tag_ not in {"VBD", "VBZ", "VBP"} or said.dep_ not in {"acl", "relcl"} or first not in said.ancestors:
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass"} or (c.dep_ == "mark") for c in said.children):
            continue  # (a clause of its own: "who lived …")
        said.head, said.dep_ = verb, "ccomp"
        first.head, first.dep_ = said, "nsubj"


def repair_list_ends_read_as_the_speaker(doc: Doc) -> None:
    """ "…, including 150 Turkish nationals, 20 Germans and a Briton, Turkish Airlines said": the model can take the
    list's last items for the cue's subject, with the name that speaks their last conjunct (and the item before the
    comma a modifier of the name), or leave the cue with no subject and the name the list's last item; or take the
    object of a preposition for the subject, with the name a conjunct inside it ("with about 86 people on board,
    including women and children, IOM spokesperson Flavio Di Giacomo said"). The name right before the cue, set
    off by a comma, is the subject; the items are the list's, the object the preposition's."""
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in CUE_VERBS or verb.i < 2:
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        opener = doc[subj.left_edge.i - 1] if subj is not None and subj.left_edge.i > 1 else None
        listed = opener is not None and opener.text == ","
        taker = opener if opener is not None and opener.pos_ == "ADP" and not list(opener.children) else None
        if subj is not None and not listed and taker is None:
            continue
        if subj is None and any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
            continue
        name = doc[verb.i - 1]
        if name.pos_ != "PROPN" or name.ent_type_ not in {"ORG", "PERSON"} or name.dep_ != "conj":
            continue
        if name.head.i > name.i or (subj is not None and name not in (subj.conjuncts if listed else subj.subtree)):
            continue
        start = name.i
        while start > 0 and doc[start - 1].dep_ == "compound" and name in doc[start - 1].ancestors:
            start -= 1  # ("IOM spokesperson Flavio Di Giacomo": compounds of compounds)
        comma = doc[start - 1]
        if comma.text != "," or (subj is not None and comma.i <= subj.i):
            continue
        before_comma = [c for c in name.children if c.i < comma.i]
        item = next((c for c in before_comma if c.pos_ in {"NOUN", "PROPN"}), None)
        if before_comma and item is None:
            continue
        before: Token | None = None
        if subj is not None and listed:
            before = doc[subj.left_edge.i - 2]  # the item before the ones misread ("nationals")
            while before.dep_ in {"compound", "amod", "nummod"} and before.head.i > before.i:
                before = before.head
            if before.pos_ not in {"NOUN", "PROPN"}:
                continue
        if item is not None:
            for c in [c for c in before_comma if c != item]:
                c.head = item  # ("a" of "a Briton")
            item.head, item.dep_ = name.head, "conj"
            comma.head = item
        name.head, name.dep_ = verb, "nsubj"
        if subj is not None and before is not None:
            subj.head, subj.dep_ = before, "conj"
        elif subj is not None and taker is not None:
            subj.head, subj.dep_ = taker, "pobj"
            lead = verb.head
            if verb.dep_ == "conj" and lead.dep_ == "ROOT" and lead.i < verb.i:
                verb.head, verb.dep_ = verb, "ROOT"  # (the cue that closes the sentence reports the lead)
                lead.head, lead.dep_ = verb, "ccomp"


def repair_appositive_speakers(doc: Doc) -> None:
    """ "Fires have killed 122 people, the ministry said": the model hangs "people" on "said" as its
    subject and "the ministry" on "people" as an appositive. Rebuilt when the appositive, after a comma,
    ends right before the verb, names an actor (a name, a body's noun, a title), and the verb's reported
    clause comes before the noun: the appositive becomes the subject, the noun the clause's object."""
    for verb in list(doc):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in CUE_VERBS:
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
        if subj is None or clause is None or subj.pos_ != "NOUN" or not clause.i < subj.i < verb.i:
            continue
        speaker = next((c for c in subj.children if c.dep_ == "appos" and c.i > subj.i), None)
        if speaker is None or speaker.right_edge.i != verb.i - 1 or doc[speaker.left_edge.i - 1].text != ",":
            continue
        named = speaker.ent_type_ in _NAMES or speaker.lower_ in ORG_NOUNS | TITLE_WORDS
        if not named or speaker.pos_ not in {"PROPN", "NOUN"}:
            continue
        comma = doc[speaker.left_edge.i - 1]
        speaker.head, speaker.dep_ = verb, "nsubj"
        if comma.head == subj:
            comma.head = verb
        subj.head, subj.dep_ = clause, "dobj" if clause.pos_ == "VERB" and subj.i > clause.i else "npadvmod"


def misread_past_tense(noun: Token) -> Token | None:
    """ "A fire swept through the camp": the past tense right after the noun that opens a clause, which the
    parser read as a participle (or a relative clause) on the noun."""
    return next((c for c in noun.children if c.dep_ == "acl" and c.tag_ in {"VBD", "VBN"} and c.i == noun.i + 1), None)


def _past_tense_after_its_relative_clause(noun: Token) -> Token | None:
    """ "A fire that tore through the building killed 46": the past tense right after the relative clause on the noun
    that opens the sentence, which the parser read as a clause on the noun."""
    relative = next((c for c in noun.children if c.dep_ == "relcl" and c.i > noun.i), None)
    if relative is None:
        return None
    end = relative.right_edge.i
    # (a past tense, or a participle with an object no participle on a noun takes: "… Kathmandu, killed 31 people")
    after = next(
        (
            c
            for c in noun.children
            if c.dep_ == "acl"
            and c.i in {end + 1, end + 2}
            and (c.tag_ == "VBD" or (c.tag_ == "VBN" and any(o.dep_ == "dobj" for o in c.children)))
        ),
        None,
    )
    if after is not None:
        return after
    # (or hung on the clause's last noun, with an object no participle takes: "… a building in Dhaka killed 46 people")
    return next(
        (
            t
            for t in relative.subtree
            if t.dep_ == "acl"
            and t.tag_ in {"VBD", "VBN"}
            and t.doc[t.i - 1].pos_ in {"NOUN", "PROPN"}
            and any(c.dep_ == "dobj" for c in t.children)
        ),
        None,
    )


def repair_misread_leads(doc: Doc) -> None:
    """ "Air strikes killed 38 people overnight, including 11 in Khan Younis, the health ministry said": the
    model reads the lead's past tense as a clause on its first noun ("strikes" ← "killed"), makes that noun
    the cue's subject and hangs the source on the last noun before the cue as an appositive. Rebuilt when the
    noun opens the sentence, the misread verb follows it at once, the cue has no reported clause of its own
    and the appositive, after a comma, ends right before the cue and names an actor: the verb becomes the
    cue's clause with the noun its subject, and the appositive the cue's subject."""
    for verb in list(doc):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in CUE_VERBS or any(c.dep_ == "ccomp" for c in verb.children):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subj is not None and subj.left_edge.i != subj.sent.start:
            _rebuild_lead_left_hanging(verb, subj)
            continue
        if subj is None or subj.pos_ != "NOUN":
            continue
        misread = misread_past_tense(subj)
        if misread is None and (after := _past_tense_after_its_relative_clause(subj)) is not None:
            # "A fire that tore through a building in Dhaka killed at least 46 people, Health Minister Samanta Lal Sen
            # said": the parser gave the cue two subjects, the lead's noun (the verb read as a clause on it after its
            # relative clause) and the source right before the cue
            source = [c for c in verb.children if c.dep_ == "nsubj" and subj.i < c.i < verb.i]
            if len(source) == 1 and source[0].right_edge.i == verb.i - 1 and doc[source[0].left_edge.i - 1].text == ",":
                after.head, after.dep_ = verb, "ccomp"
                subj.head, subj.dep_ = after, "nsubj"
            continue
        speaker = next(
            (
                t
                for t in subj.subtree
                if t.dep_ == "appos"
                and t.right_edge.i == verb.i - 1
                and doc[t.left_edge.i - 1].text == ","
                and (t.ent_type_ in _NAMES or t.lower_ in ORG_NOUNS | TITLE_WORDS)
                and t.pos_ in {"PROPN", "NOUN"}
            ),
            None,
        )
        if misread is None or speaker is None:
            continue
        comma = doc[speaker.left_edge.i - 1]
        speaker.head, speaker.dep_ = verb, "nsubj"
        comma.head = verb
        misread.head, misread.dep_, misread.tag_ = verb, "ccomp", "VBD"
        subj.head, subj.dep_ = misread, "nsubj"


def repair_leads_read_as_a_noun(doc: Doc) -> None:
    """ "In 2016, a landslide killed at least 113 people": with no cue after it, the model can still read a sentence's
    past tense as a clause on the noun before it and make that noun the sentence's root, so the sentence has no verb
    and what opens it ("In 2016,") is the noun's. A past tense with an object, right after the root noun (or after
    the noun's relative clause), is the sentence's verb: it becomes the root, the noun its subject, and the words
    before the noun's phrase and the closing mark are the verb's."""
    for sent in list(doc.sents):  # (listed first: the rebuilt heads must not move the sentences being walked)
        noun = sent.root
        if noun.pos_ != "NOUN" or noun.dep_ != "ROOT":
            continue
        verb = misread_past_tense(noun) or _past_tense_after_its_relative_clause(noun)
        if verb is None:
            # ("a landslide at a rubbish dump outside the capital killed …": hung on the noun or on the last noun of
            # its phrase)
            verb = next(
                (
                    t
                    for t in doc[noun.i + 1 : sent.end]
                    if t.dep_ == "acl"
                    and t.tag_ in {"VBD", "VBN"}
                    and doc[t.i - 1].text != ","
                    and t.head.pos_ in {"NOUN", "PROPN"}
                    and not any(u.pos_ in {"VERB", "AUX"} or u.text == "," for u in doc[noun.i + 1 : t.i])
                ),
                None,
            )
        if verb is None or not any(c.dep_ == "dobj" for c in verb.children):
            continue
        if any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} and t.head == noun and t != verb for t in sent):
            continue
        opening = min(
            (c.left_edge.i for c in noun.children if c.dep_ in {"det", "amod", "compound", "poss", "nummod"}),
            default=noun.i,
        )
        verb.head, verb.dep_ = verb, "ROOT"
        noun.head, noun.dep_ = verb, "nsubj"
        for child in [c for c in noun.children if c.i < opening or (c.is_punct and c.i > verb.i)]:
            child.head = verb


def repair_leads_read_into_a_fronted_place(doc: Doc) -> None:
    """ "In the province of Lao Cai, a flash flood swept away the village on Tuesday, killing 48, state media
    reported": after a place set before the lead, the model reads the lead's noun as an appositive of the place and
    its past tense as a clause on the noun, and leaves the cue after them with no clause. Rebuilt when the verb
    follows the noun at once and has an object (which no participle on a noun takes): the verb becomes the cue's
    clause, with the noun its subject and the place its own."""
    for cue in list(doc):
        if cue.pos_ != "VERB" or cue.lemma_.lower() not in CUE_VERBS or any(c.dep_ == "ccomp" for c in cue.children):
            continue
        source = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
        place = next((c for c in cue.children if c.dep_ == "prep" and c.i == c.sent.start), None)
        if source is None or place is None or doc[source.left_edge.i - 1].text != ",":
            continue
        noun = next((t for t in place.subtree if t.dep_ == "appos" and doc[t.left_edge.i - 1].text == ","), None)
        misread = misread_past_tense(noun) if noun is not None and noun.pos_ == "NOUN" else None
        if noun is None or misread is None or not any(c.dep_ == "dobj" for c in misread.children):
            continue
        misread.head, misread.dep_, misread.tag_ = cue, "ccomp", "VBD"
        noun.head, noun.dep_ = misread, "nsubj"
        place.head = misread


def _rebuild_lead_left_hanging(verb: Token, subj: Token) -> None:
    """ "Talks on a ceasefire stalled on Tuesday after …, two Egyptian officials said": the model reads the
    lead's past tense as a clause on the last noun of its subject ("ceasefire" ← "stalled") and leaves the
    subject hanging on the cue (dep), whose own subject is the source after a comma. Rebuilt: the verb becomes
    the cue's clause, with the opening noun its subject."""
    doc = verb.doc
    comma = doc[subj.left_edge.i - 1] if subj.left_edge.i > 0 else None
    opener = next(
        # (hung as "dep", or as a clause of its own, "advcl", no noun can head)
        (c for c in verb.children if c.dep_ in {"dep", "advcl"} and c.pos_ == "NOUN" and c.left_edge.i == c.sent.start),
        None,
    )
    if comma is None or comma.text != "," or opener is None or opener.i > comma.i:
        return
    misread = next(
        (
            t
            for t in opener.subtree
            if t.dep_ == "acl"
            and t.tag_ in {"VBD", "VBN"}
            and t.head.i < t.i
            and t.right_edge.i < comma.i
            # right after the noun and its phrase ("a ceasefire in Gaza stalled"), nothing set off between
            and not any(x.is_punct or x.pos_ in {"VERB", "AUX"} for x in doc[t.head.i + 1 : t.i])
        ),
        None,
    )
    if misread is None:
        return
    misread.head, misread.dep_, misread.tag_ = verb, "ccomp", "VBD"
    opener.head, opener.dep_ = misread, "nsubj"


def repair_trailing_cues(doc: Doc) -> None:
    """ "Gunmen kidnapped 287 pupils on Thursday, a teacher and residents said, the biggest …", "Ships have
    diverted around the Cape, adding 10 days to journeys, shipping data showed.": with words after the
    source, or a participle clause before it, the model can read the source's cue as a conjunct of the lead's
    verb (joined by the comma alone) or as the clause the participle reports. English joins two clauses with
    "and"/"but", and a reported clause does not close on a bare cue, so a cue after a comma, with a subject of
    its own and nothing it reports, is the lead's source: it is rebuilt as the parenthetical cue ("…, X said")."""
    for verb in list(doc):
        if verb.dep_ not in {"conj", "ccomp"} or verb.pos_ != "VERB" or verb.lemma_.lower() not in _TRAILING_CUES:
            continue
        head = verb.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subj is None or head.i > verb.i or head.pos_ not in {"VERB", "AUX"}:
            continue
        # (the object of "told" is whom it was told to: "…, two diplomats told AFP on Tuesday")
        said_to = verb.lemma_.lower() == "tell"
        # "…, the vast majority of them homes, the agency estimated": an object before the source is the lead's
        fronted = [c for c in verb.children if c.dep_ == "dobj" and c.i < subj.i]
        # "…, the firm estimated, a fraction of the total damage": a noun phrase set off by a comma right after the
        # cue is no object of it (a cue's object follows it directly) but an aside on the lead
        aside = [
            c
            for c in verb.children
            if c.dep_ == "dobj" and c.left_edge.i == verb.i + 2 and doc[verb.i + 1].text == "," and c.pos_ == "NOUN"
        ]
        # "…, the agency estimated, and the cost was put at $5.5 billion": a clause joined after the source
        joined = _clause_joined_after(verb)
        if any(
            (c.dep_ in {"ccomp", "xcomp", "cc", "mark"} and not (joined and c in joined))
            or (c.dep_ == "dobj" and not said_to and c not in fronted and c not in aside)
            for c in verb.children
        ) or any(
            c.dep_ in {"cc", "preconj"} and head.i < c.i < verb.i and not _joins_another(head, c, verb)
            for c in head.children
        ):
            continue  # "… and residents said they had fled": a second clause, or one with its own words
        before = subj.left_edge.i - 1
        if before <= head.i or doc[before].text != ",":
            continue
        if verb.dep_ == "ccomp" and any(not t.is_punct for t in doc[verb.right_edge.i + 1 : verb.sent.end]):
            continue  # (a reported clause closes the sentence)
        verb.head, verb.dep_ = verb.sent.root if verb.dep_ == "ccomp" else head, "parataxis"
        for c in fronted:
            c.head, c.dep_ = head, "npadvmod"
            for p in [p for p in verb.children if p.is_punct and p.i < c.left_edge.i]:
                p.head = head  # (the comma that opens it)
        for c in joined:
            c.head = head
        for c in aside:
            c.head, c.dep_ = head, "npadvmod"
            doc[verb.i + 1].head = head  # (the comma that opens it)


# Nouns for the kind of source a name is written after ("the statistics agency Indec", "the opposition leader X").
_SOURCE_KINDS = ORG_NOUNS | ORG_REFERENCE_NOUNS | PERSON_REFERENCE_NOUNS


def repair_cues_read_as_relative_clauses(doc: Doc) -> None:
    """ "Consumer prices rose 2.4%, the national statistics agency Indec said on Thursday, below …": a source
    written as its kind and its name, after a comma, can be read as a noun hung on the lead with the name and its
    cue a relative clause on it ("the agency [that] Indec said"). With no relative word, it is the lead's source:
    the cue is rebuilt as the parenthetical cue ("…, X said"), the noun for its kind a modifier of the name."""
    for verb in list(doc):
        if verb.dep_ != "relcl" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _TRAILING_CUES:
            continue
        kind, lead = verb.head, verb.head.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subj is None or subj.pos_ != "PROPN" or subj.left_edge.i != kind.i + 1 or kind.pos_ != "NOUN":
            continue
        if (
            kind.dep_ not in {"npadvmod", "appos", "dobj", "attr"}
            or lead.pos_ not in {"VERB", "AUX"}
            or lead.i > kind.i
        ):
            continue
        if kind.lemma_.lower() not in _SOURCE_KINDS or any(
            c.dep_ == "det" and c.lower_ != "the" for c in kind.children
        ):
            continue  # (a noun for what was said is no source: "…, a point Feinstein also acknowledged")
        if any(c.tag_ in {"WDT", "WP"} or c.lower_ == "that" for c in verb.children if c.i < verb.i):
            continue  # ("the agency that Indec said …": a relative clause)
        if kind.left_edge.i < 1 or doc[kind.left_edge.i - 1].text != "," or kind.n_rights != 1:
            continue
        verb.head, verb.dep_ = lead, "parataxis"
        kind.head, kind.dep_ = subj, "compound"


def _clause_joined_after(verb: Token) -> list[Token]:
    """The "and" (or "but") and the verb of a clause the model joined to a trailing cue after its comma ("…, the
    agency estimated, and the cost was put at …"), or nothing."""
    cc = next((c for c in verb.children if c.dep_ == "cc" and c.i > verb.i), None)
    if cc is None or cc.i < 1 or verb.doc[cc.i - 1].text != ",":
        return []
    clause = next((c for c in verb.children if c.dep_ == "conj" and c.i > cc.i and c.pos_ in {"VERB", "AUX"}), None)
    if clause is None or not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in clause.children):
        return []
    return [cc, clause]


def repair_appositive_sources_of_bare_cues(doc: Doc) -> None:
    """ "Rescuers pulled 51 survivors from the water, a local official, Eric Mwamba, told AFP.": the model may
    hang the source on the lead's last noun as an appositive and join the cue to the lead's verb with no
    subject of its own. A cue after a comma, with no subject and nothing it reports, right after an
    appositive set off by commas that names someone (a title, a person's or body's noun, a name), is the
    lead's source: the appositive becomes the cue's subject, and the cue the parenthetical one ("…, X said")."""
    for verb in list(doc):
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in _TRAILING_CUES:
            _participle_cue_on_a_source(verb)
            continue
        if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _TRAILING_CUES:
            continue
        head = verb.head
        if head.i > verb.i or head.pos_ not in {"VERB", "AUX"}:
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "ccomp", "xcomp", "cc", "mark"} for c in verb.children):
            continue
        if any(
            c.dep_ in {"cc", "preconj"} and head.i < c.i < verb.i and not _joins_another(head, c, verb)
            for c in head.children
        ):
            continue  # "… and told AFP": a second act of the lead's subject
        # (the appositive up to the comma before the cue, or up to the cue: "…, fouled 24 beaches, Peru's
        # environmental regulator said Tuesday")
        last = verb.i - 2 if doc[verb.i - 1].text == "," else verb.i - 1
        bracket = _bracketed_short_form(doc, last)  # "…, the U.N. Office for … Affairs (OCHA) said"
        last = bracket.start - 1 if bracket is not None else last
        source = next(
            (
                t
                for t in doc[head.i + 1 : last + 1]
                if t.dep_ == "appos" and t.right_edge.i == last and t.head.i < t.i and head in t.ancestors
            ),
            None,
        )
        if source is None:
            source = _listed_source(doc, head, last)
        if source is None or doc[source.left_edge.i - 1].text != ",":
            continue
        named = source.head
        if (
            source.lemma_.lower() in PERSON_REFERENCE_NOUNS | TITLE_WORDS
            and named.dep_ == "appos"
            and named.ent_type_ == "PERSON"
            and named.right_edge.i in {last, last + 1}  # (the comma before the cue may hang on the name)
            and named.left_edge.i > 0
            and doc[named.left_edge.i - 1].text == ","
        ):
            # "…, where a landslide buried several houses, Darko Juka, the head of civil protection, told local
            # television": the name the title is set beside is the source, not the title alone
            source = named
        names = {t.ent_type_ for t in source.subtree} & _NAMES
        sources = [t for t in source.subtree if t.dep_ in {"appos", "conj"} or t == source]
        if not (names or any(t.lemma_.lower() in PERSON_REFERENCE_NOUNS | ORG_NOUNS | TITLE_WORDS for t in sources)):
            continue
        source.head, source.dep_ = verb, "nsubj"
        verb.dep_ = "parataxis"
        if bracket is not None:
            for t in bracket:
                if t.head.i < bracket.start or t.head.i >= bracket.end:
                    t.head = source  # the short form goes with the name it shortens


def _participle_cue_on_a_source(verb: Token) -> None:
    """ "…, the attack damaged an energy facility, Oleh Kiper, the head of the regional administration, posted on
    Telegram.": the model read the cue as a participle on the name set off before it (on the lead's last noun). A cue
    after a comma, with no object and closing the sentence, on a name set off by commas: the name is the cue's
    subject, and the cue the parenthetical one ("…, X said")."""
    doc, name = verb.doc, verb.head
    if doc[verb.i - 1].text != "," or name.dep_ != "appos" or name.i > verb.i or name.ent_type_ not in _NAMES:
        return
    if any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in verb.children) or verb.right_edge.i + 2 < verb.sent.end:
        return
    clause = next((a for a in name.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if clause is None or doc[name.left_edge.i - 1].text != ",":
        return
    verb.head, verb.dep_, verb.tag_, verb.pos_ = clause, "parataxis", "VBD", "VERB"
    name.head, name.dep_ = verb, "nsubj"
    doc[verb.i - 1].head = verb


def repair_listed_sources(doc: Doc) -> None:
    """ "Floods destroyed 400 homes and two schools, residents and a police officer said.": the model may list
    the source with the reported clause's last nouns and leave the cue with no subject. Later members of that
    list, from a comma up to the cue, that name someone, are the cue's subject."""
    for verb in list(doc):
        _source_listed_with_an_object(doc, verb)
        clause = _clause_before_subjectless_cue(verb, _TRAILING_CUES, beside=True)
        if clause is None:
            continue
        # (each member from the comma on names someone: `_listed_source` checks)
        source = _listed_source(doc, clause, verb.i - 2 if doc[verb.i - 1].text == "," else verb.i - 1)
        if source is not None:
            source.head, source.dep_ = verb, "nsubj"


def _source_listed_with_an_object(doc: Doc, verb: Token) -> None:
    """ "… was shelled on Saturday, killing at least 15 people, Doctors Without Borders said": the model may make
    the object of the clause's last verb the cue's subject, with the source a conjunct of it after a bare comma. A
    noun right after a verb that has no object of its own, in the clause the cue reports, is that verb's object;
    the conjunct, naming someone and running up to the cue, is the cue's subject."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _TRAILING_CUES:
        return
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    clause = next((c for c in verb.lefts if c.dep_ == "ccomp"), None)
    if subj is None or clause is None or subj.pos_ != "NOUN" or subj.ent_type_ not in {"", "CARDINAL"}:
        return
    taker = doc[subj.left_edge.i - 1] if subj.left_edge.i > 0 else None
    if taker is None or taker.pos_ != "VERB" or clause not in (taker, *taker.ancestors):
        return
    if any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in taker.children):
        return
    source = next((c for c in subj.rights if c.dep_ == "conj"), None)
    if source is None or any(c.dep_ == "cc" and subj.i < c.i < source.i for c in subj.children):
        return
    if doc[source.left_edge.i - 1].text != "," or not any(_names_someone(t) for t in source.subtree):
        return
    last = verb.i - 2 if doc[verb.i - 1].text == "," else verb.i - 1
    inside = {t.i for t in source.subtree}  # (once: a membership test on `subtree` walks it again for every word)
    if not all(t.i in inside or t.is_punct for t in doc[source.left_edge.i : last + 1]):
        return
    for punct in [c for c in subj.children if c.is_punct and c.i > source.left_edge.i - 1]:
        punct.head = source  # (the brackets around the source's short form go with it)
    subj.head, subj.dep_ = taker, "dobj"
    source.head, source.dep_ = verb, "nsubj"


def _clause_before_subjectless_cue(verb: Token, cues: frozenset[str], *, beside: bool = False) -> Token | None:
    """The clause before a cue with no subject that the parser hangs on it as what it reports ("…, residents and
    a police officer said"), else None. `beside`: also the clause the parser hung such a cue on instead ("Workers
    blocked a highway, demanding higher pay, police and witnesses said": the cue set beside the lead's verb)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues:
        return None
    clause = next((c for c in verb.lefts if c.dep_ == "ccomp"), None)  # (most cues have none: looked for first)
    set_beside = beside and verb.dep_ == "parataxis" and verb.head.i < verb.i
    if clause is None and set_beside and not any(c.dep_ == "ccomp" for c in verb.children):
        clause = verb.head
    if clause is None or clause.pos_ not in {"VERB", "AUX"}:
        return None
    return None if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children) else clause


def _bracketed_short_form(doc: Doc, last: int) -> Span | None:
    """The bracketed short form closing a source's name right before its cue ("(OCHA)"), else None."""
    if doc[last].text != ")":
        return None
    opening = next((i for i in range(last - 1, max(last - 5, 0), -1) if doc[i].text == "("), None)
    return doc[opening : last + 1] if opening is not None and opening > 0 else None


def _listed_source(doc: Doc, head: Token, last: int) -> Token | None:
    """ "… for the release of the children, relatives and a local official told AFP.": sources the model
    listed with the lead's last noun, from a comma up to the cue (the later members of the list, each of them
    someone: not "two bridges" in "destroyed 300 homes, two bridges, …")."""
    for t in doc[head.i + 1 : last + 1]:
        if not (
            t.dep_ == "conj"
            and t.pos_ in {"NOUN", "PROPN"}
            and t.head.pos_ in {"NOUN", "PROPN"}
            and t.head.i < t.i
            and t.right_edge.i == last
            and doc[t.left_edge.i - 1].text == ","
            and head in t.ancestors
        ):
            continue
        members = [m for m in t.subtree if m == t or (m.dep_ == "conj" and m.head.i >= t.i)]
        # (a member named by its compound: "Governor Ana Ruiz", the name untagged)
        if all(any(_names_someone(w) for w in [m, *m.children] if w == m or w.dep_ == "compound") for m in members):
            return t
    return None


def _names_someone(tok: Token) -> bool:
    """A name, a title, or a noun for a person, body or group of people ("a local official", "residents")."""
    return (
        tok.ent_type_ in _NAMES
        or tok.lemma_.lower() in PERSON_REFERENCE_NOUNS | ORG_NOUNS | TITLE_WORDS
        or tok.lower_ in GROUP_NOUNS
        or tok.lemma_.lower() == "relative"  # ("relatives told AFP")
    )


def _joins_another(head: Token, cc: Token, verb: Token) -> bool:
    """The "and" joins another verb to the lead before the cue ("has spread … and fouled 24 beaches, …
    said"), not the cue ("… and told AFP")."""
    return any(c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and cc.i < c.i < verb.i for c in head.children)


def repair_conjoined_speakers(doc: Doc) -> None:
    """ "The army did not comment, but a senior officer, speaking on condition of anonymity, said commanders
    had been ordered to hold": the model may join the second clause's subject to the first clause's verb (a
    noun conjunct of a verb) and hang that clause on the cue as a clause it reports, leaving the cue with no
    subject. English joins a clause to a clause, not a noun to a verb, so when that noun, after the "but" or
    "and", runs up to the cue, it is the cue's subject, and the first clause is the writer's, set beside the
    cue, not reported by it."""
    for verb in list(doc):
        clause = _clause_before_subjectless_cue(verb, CUE_VERBS)
        if clause is None:
            continue
        speaker = next(
            (c for c in clause.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"} and c.i > clause.i),
            None,
        )
        if speaker is None or not any(c.dep_ == "cc" and clause.i < c.i < speaker.i for c in clause.children):
            continue
        end = speaker.right_edge.i + 1
        if not (end == verb.i or (end == verb.i - 1 and doc[end].text == ",")):
            continue
        speaker.head, speaker.dep_ = verb, "nsubj"
        clause.dep_ = "parataxis"


def repair_counted_verbs(doc: Doc) -> None:
    """ "freed more than 4,000 inmates from the prisons": the tagger may read a plural noun as a verb
    ("inmates" VBZ) while the parser builds it as the noun a number counts (an object or subject with the
    number on it), or as a preposition's object with the word before it as its subject ("according to WHO
    figures"), or after a share of a plural ("…, most of them pilgrims who had walked for hours": a verb's third
    person singular cannot agree with "most of them"); it is retagged a plural noun."""
    for tok in doc:
        if tok.tag_ not in {"VBZ", "VBP"}:
            continue
        if tok.tag_ == "VBZ" and _after_a_share_of_them(tok):
            tok.pos_, tok.tag_ = "NOUN", "NNS"
            continue
        if tok.dep_ not in {"dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos"}:
            continue
        if any(c.dep_ == "nummod" and c.i < tok.i for c in tok.children):
            tok.pos_, tok.tag_ = "NOUN", "NNS"
        elif tok.dep_ == "pobj" and tok.lower_.endswith("s") and tok.i > 0 and doc[tok.i - 1].dep_ == "nsubj":
            # "according to WHO figures": a preposition's object is a noun, and the name before it its compound
            tok.pos_, tok.tag_ = "NOUN", "NNS"
            doc[tok.i - 1].dep_ = "compound"


def _after_a_share_of_them(tok: Token) -> bool:
    share = next((c for c in tok.children if c.dep_ == "nsubj" and c.right_edge.i == tok.i - 1), None)
    if share is None or not tok.lower_.endswith("s") or (share.lower_ not in PLURAL_SHARES and share.pos_ != "NUM"):
        return False
    return any(
        c.lower_ == "of" and any(o.lower_ in {"them", "those", "these"} for o in c.children) for c in share.children
    )


def repair_verbs_read_as_nouns(doc: Doc) -> None:
    """ "Energoatom says fewer than 3,000 remain": the tagger may read a present-tense verb after a bare number
    as a noun the number counts ("3,000 remain[s]"), which the parser still builds as the reported clause. A
    clause has a verb at its head, so a singular noun heading a reported clause, with a number before it and
    nothing else on it, is retagged the verb, the number its subject. The same for a singular noun the parser made
    the root of a sentence with no verb and gave a plural subject ("Women over 60 account for nearly half of
    deaths, according to the health ministry": "account" a noun, so nothing was stated)."""
    for tok in doc:
        if tok.tag_ in {"NN", "NNS"} and tok.dep_ == "ROOT" and tok.text.islower():
            if _third_person_verb_read_as_a_plural(tok):
                tok.pos_, tok.tag_ = "VERB", "VBZ"  # "Quake death toll climbs to 2,000"
            elif tok.tag_ == "NN" and (subject := _subject_of_a_predicate_read_as_a_noun(tok)) is not None:
                tok.pos_, tok.tag_ = "VERB", "VBP"
                subject.dep_ = "nsubj"
            elif _price_read_as_a_noun(tok):
                tok.pos_, tok.tag_ = "VERB", "VBZ" if tok.lower_ == "costs" else "VBD"
            continue
        if _third_person_verb_read_as_a_plural(tok):
            tok.pos_, tok.tag_ = "VERB", "VBZ"  # "… as inflation climbs to 29.9%"
            continue
        if _change_verb_read_as_a_compound(tok):
            _rebuild_as_the_verb(tok)  # "Turkey's central bank hikes rates to 50%, citing inflation risks"
            continue
        if (subject := _subject_of_a_marked_verb_read_as_a_plural(tok)) is not None:
            # "…, while the informal dollar trades at around 1,040 pesos": the noun before it its subject
            for child in list(tok.children):
                if child.i < subject.i and child.dep_ in {"det", "amod", "poss", "compound", "punct", "nmod"}:
                    child.head = subject
            tok.pos_, tok.tag_ = "VERB", "VBZ"
            subject.dep_ = "nsubj"
            continue
        if tok.tag_ == "VB" and tok.dep_ == "csubj":
            _noun_read_as_an_imperative(tok)  # "Aid deliveries have fallen by two-thirds"
            continue
        if (counted := _object_of_a_verb_read_as_a_noun(tok)) is not None:
            tok.pos_, tok.tag_ = "VERB", "VBP"  # "… as police arrest 13 over renovation work", a headline
            counted.dep_ = "dobj"
            continue
        if tok.tag_ != "NN" or tok.dep_ != "ccomp" or not tok.text.islower():
            continue
        children = list(tok.children)
        number = next((c for c in children if c.dep_ == "nummod" and c.i < tok.i), None)
        if number is None or any(c.dep_ not in {"nummod", "punct"} for c in children):
            continue
        tok.pos_, tok.tag_ = "VERB", "VBP"
        number.dep_ = "nsubj"


def _object_of_a_verb_read_as_a_noun(tok: Token) -> Token | None:
    """The number right after a lowercase singular noun that has a subject of its own before it ("police arrest
    13"): a noun has no subject, so the noun is a verb and the number its object."""
    if tok.tag_ != "NN" or not tok.text.islower() or tok.dep_ not in {"advcl", "ccomp", "conj", "ROOT"}:
        return None
    if not any(c.dep_ == "nsubj" and c.i < tok.i and c.pos_ in {"NOUN", "PROPN", "PRON"} for c in tok.children):
        return None
    number = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return number if number is not None and number.head == tok and number.dep_ == "nummod" else None


def _noun_read_as_an_imperative(first: Token) -> None:
    """ "Aid deliveries into Gaza have fallen by two-thirds", "Rescue teams have found 12 bodies": a noun opening the
    sentence, capitalised, before the noun it modifies, read as a verb in its base form with that noun for its object,
    the whole a clausal subject of the verb after it. The first word becomes the noun's compound and the noun the
    verb's subject (with what the parser hung on the first word: "into Gaza")."""
    noun = first.doc[first.i + 1] if first.i + 1 < len(first.doc) else None
    verb = first.head
    if noun is None or first.i != first.sent.start or not first.is_title or noun.head != first or noun.dep_ != "dobj":
        return
    if (
        noun.tag_ not in {"NN", "NNS"}
        or verb.i <= noun.i
        or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    ):
        return
    for child in list(first.children):
        if child != noun:
            child.head = noun
    noun.head, noun.dep_ = verb, "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"
    first.head, first.dep_, first.pos_, first.tag_ = noun, "compound", "NOUN", "NN"


def _third_person_verb_read_as_a_plural(tok: Token) -> bool:
    """ "Naira hits record low as inflation climbs to 29.9%": a verb in -s the tagger read as a plural noun, which the
    parser still built as a clause with a singular subject and nothing a noun takes (no determiner, modifier or
    number; in a headline also as its root or an apposition: "Death toll from monsoon rains climbs to 1,136")."""
    if tok.tag_ != "NNS" or tok.dep_ not in {"advcl", "conj", "ROOT", "appos"} or not tok.text.islower():
        return False
    subject = next((c for c in tok.lefts if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ not in {"NN", "NNP"} or not tok.lower_.endswith("s"):
        return False
    nominal = {"det", "amod", "compound", "nummod", "poss", "cop", "aux", "auxpass"}
    return not any(c.dep_ in nominal for c in tok.children)


def _subject_of_a_marked_verb_read_as_a_plural(tok: Token) -> Token | None:
    """ "…, while the informal dollar trades at around 1,040 pesos": a verb in -s after a subordinating word, which the
    tagger read as a plural noun with the singular noun before it as its modifier; the clause the parser built on it
    (its mark) shows it is the verb. The singular noun right before it, else None."""
    if tok.tag_ != "NNS" or tok.dep_ not in {"advcl", "ccomp"} or not tok.text.islower() or tok.lower_.endswith("ss"):
        return None
    if not any(c.dep_ == "mark" and c.i < tok.i for c in tok.children):
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "nummod"} for c in tok.children):
        return None
    subject = tok.doc[tok.i - 1]
    right_before = subject.head == tok and subject.dep_ == "compound" and subject.tag_ in {"NN", "NNP"}
    return subject if right_before and any(c.dep_ == "prep" and c.i > tok.i for c in tok.children) else None


def _change_verb_read_as_a_compound(tok: Token) -> bool:
    """ "Turkey's central bank hikes rates to 50%, citing inflation risks": a verb of change in -s the tagger read as a
    plural noun modifying the plural after it (a compound's modifier is not plural: "rate hikes"), with a noun before
    it, in a sentence with no finite verb (a headline's)."""
    doc = tok.doc
    if tok.tag_ != "NNS" or tok.dep_ != "compound" or not tok.text.islower() or not tok.lower_.endswith("s"):
        return False
    if tok.lemma_.lower() not in CHANGE_VERBS or tok.head.tag_ != "NNS" or tok.head.i != tok.i + 1:
        return False
    before = doc[tok.i - 1] if tok.i > tok.sent.start else None
    if before is None or before.pos_ not in {"NOUN", "PROPN"} or before.head != tok:
        return False
    return not any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in tok.sent)


def _rebuild_as_the_verb(verb: Token) -> None:
    """The verb read as a compound becomes the clause's head: the noun before it its subject (with the words before
    that noun the parser hung on the object), the plural after it its object, and the sentence's root, if the
    object hung on it, a clause on the verb ("…, citing inflation risks")."""
    obj = verb.head
    subject = verb.doc[verb.i - 1]
    old_head, old_dep = obj.head, obj.dep_
    for child in list(obj.children):
        if child.i < subject.i and child.dep_ in {"poss", "det", "amod", "compound", "nmod"}:
            child.head = subject
    verb.pos_, verb.tag_ = "VERB", "VBZ"
    subject.head, subject.dep_ = verb, "nsubj"
    obj.head, obj.dep_ = verb, "dobj"
    if old_head == obj:  # (the object was the root)
        verb.head, verb.dep_ = verb, "ROOT"
    elif old_dep in {"nsubj", "nsubjpass"} and old_head.dep_ == "ROOT":
        root = old_head
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "advcl"
        for punct in (t for t in verb.sent if t.head == root and t.is_punct and t.i < root.i):
            punct.head = verb
    else:
        verb.head, verb.dep_ = old_head, old_dep


def _price_read_as_a_noun(root: Token) -> bool:
    """ "A can of petrol cost 1.9 million pounds on Tuesday": "cost" read as the root noun, with the can its subject
    and a figure after it, in a sentence with no finite verb."""
    if root.lower_ not in {"cost", "costs"} or not any(c.dep_ == "nsubj" and c.i < root.i for c in root.children):
        return False
    if not any(t.like_num for t in root.doc[root.i + 1 : root.sent.end]):
        return False
    return not any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in root.sent)


def _subject_of_a_predicate_read_as_a_noun(root: Token) -> Token | None:
    """The plural noun before a root noun that has a preposition after it, in a sentence with no finite verb (the
    parser may hang it as the subject or leave it unlabelled: "Women over 60 account for …")."""
    subject = next((c for c in root.lefts if c.dep_ in {"nsubj", "dep"}), None)
    if subject is None or subject.tag_ not in {"NNS", "NNPS"} or not any(c.dep_ == "prep" for c in root.rights):
        return None
    return None if any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in root.sent) else subject


def repair_names_with_do(doc: Doc) -> None:
    """ "the state of Rio Grande do Sul rose to 100": the Portuguese particle "do" inside a place's name is
    read as the auxiliary verb and the name's last word as a second subject of the sentence's verb. The name
    is rebuilt as one noun phrase standing where its first part stood."""
    for do in doc:
        if do.lower_ != "do" or do.pos_ not in {"AUX", "VERB"} or not 0 < do.i < len(doc) - 1:
            continue
        before, last = doc[do.i - 1], doc[do.i + 1]
        if not (before.pos_ == "PROPN" and last.pos_ == "PROPN" and before.text[:1].isupper()):
            continue
        # (or the name's last word read as a compound of the subject: "Brazil's Rio Grande do Sul state rose to 143")
        noun = last if last.dep_ == "nsubj" else last.head
        if last.dep_ == "compound" and not (noun.dep_ == "nsubj" and noun.i > last.i and noun.pos_ == "NOUN"):
            continue
        if noun.dep_ != "nsubj" or do.head != noun.head or before.head == noun.head:
            continue
        noun.head, noun.dep_ = before.head, before.dep_
        for word in [t for t in doc[: before.i] if t.head == before and t.dep_ != "compound"]:
            word.head = noun  # ("Brazil's southern …": what described the name's first part describes the whole)
        for word in [before, *(t for t in doc[: before.i] if t.head == before and t.dep_ == "compound")]:
            word.head, word.dep_ = last, "compound"
        do.head, do.dep_, do.pos_ = last, "compound", "PROPN"


def repair_verbless_appositive_leads(doc: Doc) -> None:
    """ "Greece's migration minister, Dimitris Kairidis, blamed smugglers.": after a title and the name set off
    beside it, the model can read the past tense as an adjective on its object and leave the sentence with no
    verb, its title the root. Rebuilt when the sentence has no other finite verb and the past tense opens the
    words right after the name's closing comma: the title becomes its subject and the noun it stood on its
    object, so the sentence's subject (and a "he" after it) is the person named."""
    for sent in list(doc.sents):  # (listed first: the rebuilt heads must not move the sentences being walked)
        title = sent.root
        if title.pos_ not in {"NOUN", "PROPN"} or title.dep_ != "ROOT":
            continue
        # the name after a title, or what a body named first is ("Enki Research, a firm that models hurricane damage,
        # estimated losses at about $15 billion")
        kind = "PROPN" if title.pos_ == "NOUN" else "NOUN"
        name = next((c for c in title.rights if c.dep_ == "appos" and c.pos_ == kind), None)
        end = (
            0
            if name is None
            else name.i
            if kind == "PROPN"
            else max((t.i for t in name.subtree if not t.is_punct), default=name.i)
        )
        if name is None or doc[name.left_edge.i - 1].text != "," or end + 2 >= sent.end or doc[end + 1].text != ",":
            continue
        verb, obj = doc[end + 2], doc[end + 2].head
        if verb.tag_ not in {"VBD", "VBN"} or verb.dep_ != "amod" or obj.i <= verb.i or obj.pos_ != "NOUN":
            continue
        inside = {t.i for t in name.subtree}  # (the description's own relative clause)
        if any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} and t.i != verb.i and t.i not in inside for t in sent):
            continue  # (a clause with a verb of its own is parsed another way)
        verb.head, verb.dep_, verb.pos_, verb.tag_ = verb, "ROOT", "VERB", "VBD"
        title.head, title.dep_ = verb, "nsubj"
        obj.head, obj.dep_ = verb, "dobj"
        for punct in (t for t in sent if t.head == title and t.i > obj.i and t.is_punct):
            punct.head = verb


def repair_verbs_read_into_relative_clauses(doc: Doc) -> None:
    """ "Venancio Mondlane, who says he won the vote, called on his supporters to march": the model can hang the main
    verb inside the relative clause set off after the subject (as a participle on its last noun) and leave the name
    the sentence's root, with no verb. Rebuilt when the root is a name or a noun, a relative clause on it is set off
    by commas, and the word right after the clause's closing comma is a past tense the parse put inside it: that verb
    becomes the root and the name its subject."""
    for sent in list(doc.sents):  # (listed first: the rebuilt heads must not move the sentences being walked)
        subject = sent.root
        if subject.pos_ not in {"PROPN", "NOUN"} or subject.dep_ != "ROOT":
            continue
        relative = next((c for c in subject.rights if c.dep_ == "relcl"), None)
        if relative is None or doc[relative.left_edge.i - 1].text != ",":
            continue
        inside = {t.i for t in relative.subtree}
        verb = next(
            (
                t
                for t in doc[relative.i + 1 : sent.end]
                if t.tag_ in {"VBD", "VBN"} and t.i - 1 in inside and doc[t.i - 1].text == "," and t.i in inside
            ),
            None,
        )
        if verb is None or verb.dep_ not in {"acl", "conj", "advcl", "relcl"}:
            continue
        if any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} and t.i not in inside for t in sent):
            continue  # (a clause with a verb of its own outside the relative clause is parsed another way)
        verb.head, verb.dep_, verb.pos_ = verb, "ROOT", "VERB"
        subject.head, subject.dep_ = verb, "nsubj"
        for punct in (t for t in sent if t.head == subject and t.i > verb.i and t.is_punct):
            punct.head = verb


def repair_participles_read_as_cues(doc: Doc) -> None:
    """ "Cholera cases reported to the WHO more than doubled in 2022": the model can read the participle describing
    the subject ("cases [that were] reported to the WHO") as the subject's reporting verb, with the sentence's verb its
    reported clause. A participle with no auxiliary, right after its plural subject, with "to" or "by" after it and a
    finite verb with no subject of its own as its complement, describes the subject: the finite verb takes the
    subject and the participle's place."""
    for verb in doc:
        if (
            verb.tag_ not in {"VBN", "VBD"}
            or verb.lemma_.lower() not in CUE_VERBS
            or verb.dep_ not in {"ROOT", "ccomp"}
        ):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i == verb.i - 1 and c.tag_ == "NNS"), None)
        if subj is None or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
            continue
        if not any(
            c.dep_ in {"prep", "agent"} and c.lower_ in {"to", "by"} and c.i == verb.i + 1 for c in verb.children
        ):
            continue
        main = next((c for c in verb.children if c.dep_ == "ccomp" and c.tag_ in {"VBD", "VBZ", "VBP"}), None)
        if main is None or any(c.dep_ in {"nsubj", "nsubjpass", "expl", "mark"} for c in main.children):
            continue
        main.head, main.dep_ = (main, "ROOT") if verb.dep_ == "ROOT" else (verb.head, verb.dep_)
        subj.head, subj.dep_ = main, "nsubj"
        verb.head, verb.dep_ = subj, "acl"
        for punct in (t for t in doc[verb.i : main.sent.end] if t.head == verb and t.is_punct and t.i > main.i):
            punct.head = main


def repair_participles_read_between_a_count_and_its_noun(doc: Doc) -> None:
    """ "NOAA has predicted 13 to 18 named storms": the model can read a participle between a count and the plural
    noun it counts as a verb, with the noun its complement and the count left a noun of its own. A past participle
    right after a number that has no noun, whose only child is a plural noun right after it, is the noun's modifier:
    the noun takes the count's place and the count."""
    for tok in doc:
        if tok.tag_ != "VBN" or tok.i == 0 or tok.i + 1 >= len(doc):
            continue
        number, noun = doc[tok.i - 1], doc[tok.i + 1]
        if number.pos_ != "NUM" or number.dep_ not in {"dobj", "nsubj", "nsubjpass", "pobj", "attr"}:
            continue
        if noun.tag_ != "NNS" or noun.head != tok or [c.i for c in tok.children] != [noun.i]:
            continue
        if number.head == tok or any(c.i > number.i and c != tok for c in number.children):
            continue
        noun.head, noun.dep_ = number.head, number.dep_
        number.head, number.dep_ = noun, "nummod"
        tok.head, tok.dep_ = noun, "amod"


def repair_counts_read_as_objects_of_a_preposition(doc: Doc) -> None:
    """ "Around 900 have been moved to shelters": the model can read the word that makes a count approximate as a
    preposition with the count its object, and leave the verb after them with no subject. A number alone after such a
    word, right before the verb's auxiliaries or the verb, where the verb has no subject of its own, is the verb's
    subject, and the word its modifier. Right after a verb done to people, with no object of its own ("wounding about
    2,800"), the number is that verb's object."""
    for i in tokens_among(doc, _APPROXIMATING_PREPOSITIONS):
        prep = doc[i]
        verb = prep.head
        if prep.dep_ != "prep" or verb.pos_ != "VERB" or i + 1 >= len(doc):
            continue
        number = doc[i + 1]
        if number.dep_ != "pobj" or number.head != prep or number.pos_ != "NUM" or list(number.children):
            continue
        if verb.i == i - 1 and prep.lower_ in {"about", "around", "roughly"}:
            # "killing at least 12 people and wounding about 2,800": the count is the object of the verb before it
            if not any(c.dep_ == "dobj" for c in verb.children) and verb.lemma_.lower() in PEOPLE_VERBS:
                number.head, number.dep_ = verb, "dobj"
                prep.head, prep.dep_, prep.pos_ = number, "advmod", "ADV"
            continue
        if verb.i < prep.i:
            continue
        if any(t.dep_ not in {"aux", "auxpass", "neg"} for t in doc[number.i + 1 : verb.i]):
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in verb.children):
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        number.head, number.dep_ = verb, "nsubjpass" if passive else "nsubj"
        prep.head, prep.dep_, prep.pos_ = number, "advmod", "ADV"


_APPROXIMATING_PREPOSITIONS = frozenset({"around", "about", "over", "under", "nearly", "almost", "roughly"})


# Conjunctions that open a clause of time, cause, condition or concession (general English).
SUBORDINATORS = frozenset({
    "after", "before", "when", "while", "until", "till", "since", "because", "once", "if", "though", "although",
    "whereas", "unless",
})  # fmt: skip


def repair_subordinate_clauses_read_as_main(doc: Doc) -> None:
    """ "Carlos Mazón has been criticised for sending the alert at 8:12 p.m., more than an hour after the first bodies
    were reported.": the model can make the verb of a closing clause of time or cause the sentence's root, with its
    conjunction, and hang the main clause before it on that verb as a clause it reports. A clause a subordinating
    conjunction opens is never the main one: the finite clause before the conjunction becomes the root."""
    for sent in list(doc.sents):  # (listed first: the rebuilt heads must not move the sentences being walked)
        root = sent.root
        mark = next((c for c in root.children if c.dep_ == "mark" and c.lower_ in SUBORDINATORS), None)
        if root.pos_ not in {"VERB", "AUX"} or mark is None or mark.i > root.i:
            continue
        main = next((c for c in root.lefts if c.dep_ in {"ccomp", "advcl", "conj"} and c.i < mark.i), None)
        if main is None or main.pos_ not in {"VERB", "AUX"} or main.left_edge.i != sent.start:
            continue
        if not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in main.children):
            continue
        main.head, main.dep_ = main, "ROOT"
        root.head, root.dep_ = main, "advcl"
        for punct in (t for t in sent if t.head == root and t.i < mark.i and t.is_punct):
            punct.head = main
        for closing in (t for t in sent if t.head == root and t.i == sent.end - 1 and t.is_punct):
            closing.head = main


def repair_conjuncts_read_into_a_subordinate_clause(doc: Doc) -> None:
    """ "The price of petrol has more than quadrupled since the government scrapped a subsidy in May, and now stands at
    1,030 naira a litre.": the model can join the verb after ", and" to the verb of the clause of time or cause before
    it. A verb with no subject of its own, in the present while the subordinate clause's verb is in the past, goes on
    with the main clause: it shares the main verb's subject, and the subordinate clause's time is not its own."""
    for verb in doc:
        clause = verb.head
        if verb.dep_ != "conj" or verb.tag_ not in {"VBZ", "VBP"} or clause.tag_ != "VBD" or clause.dep_ != "advcl":
            continue
        if not any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS and c.i < clause.i for c in clause.children):
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
            continue
        joined = [c for c in clause.children if c.dep_ == "cc" and c.i < verb.i and c.i > clause.i]
        if not joined:
            continue
        main = clause.head
        verb.head = main
        for cc in joined:
            cc.head = main


def repair_clauses_read_as_conjuncts_of_a_cue(doc: Doc) -> None:
    """ "The committee said conditions in the camp, which shelters 500,000 people, met the threshold for famine.": the
    model can make the reported clause's subject the object of "said" and its verb a conjunct of "said", set after a
    comma with no "and" or "but". A verb of its own tense with no subject, joined that way, is the reported clause;
    the object before it is its subject."""
    for i in tokens_among(doc, _SAYING_FORMS):  # (a pass over the few words that may be such a verb)
        verb = doc[i]
        if verb.lemma_.lower() not in _SAYING_VERBS or verb.pos_ != "VERB":
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        if obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() in _SAID_OBJECTS:
            continue
        clause = next((c for c in verb.children if c.dep_ == "conj" and c.i > obj.right_edge.i), None)
        if clause is None or clause.pos_ not in {"VERB", "AUX"} or clause.tag_ not in {"VBD", "VBZ", "VBP"}:
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in clause.children):
            continue
        between = doc[obj.right_edge.i + 1 : clause.left_edge.i]
        if [t.text for t in between] != [","] or any(c.dep_ == "cc" for c in verb.children):
            continue
        clause.head, clause.dep_ = verb, "ccomp"
        obj.head, obj.dep_ = clause, "nsubj"
        between[0].head = clause


def repair_participles_read_as_reported_clauses(doc: Doc) -> None:
    """ "The agency said the area burned in Spain was the largest on record": the model can read a participle right
    after the reported clause's subject ("the area [that was] burned in Spain") as that clause's verb and hang the
    real verb, with no subject, on "said" as a second reported clause. A past form with no auxiliary and no object,
    right after its subject, whose words end where a finite verb with no subject of its own begins, describes the
    subject: the finite verb takes the subject and the participle's place."""
    for i in tokens_among(doc, _TELLING_FORMS):  # (a pass over the few words that may be such a verb)
        verb = doc[i]
        if verb.pos_ != "VERB":
            continue
        clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
        if len(clauses) != 2:
            continue
        participle, main = clauses
        # ("said projects worth 545 billion pesos had failed": "worth" and its value read as the clause the same way)
        worth = participle.lower_ == "worth"
        finite = main.tag_ in {"VBD", "VBZ", "VBP"} or any(
            c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD", "VBZ", "VBP", "MD"} for c in main.children
        )
        if not (participle.tag_ in {"VBD", "VBN"} or worth) or not finite:
            continue
        subj = next((c for c in participle.lefts if c.dep_ == "nsubj"), None)
        if subj is None or subj.i != participle.i - 1 or subj.pos_ != "NOUN":
            continue
        if any(
            c.dep_ not in {"nsubj", "prep", "advmod", *(["npadvmod"] if worth else [])} for c in participle.children
        ):
            continue  # (an object, an auxiliary or a clause of its own: a verb, not a participle)
        if main.left_edge.i != participle.right_edge.i + 1 or any(
            c.dep_ in {"nsubj", "nsubjpass", "expl", "mark"} for c in main.children
        ):
            continue
        main.head = verb
        subj.head, subj.dep_ = main, "nsubj"
        participle.head, participle.dep_ = subj, "amod" if worth else "acl"


# Verbs whose object clause the model can split this way, and the nouns that are truly said ("said a prayer").
_SAYING_VERBS = frozenset({"say", "report", "state", "add"})
_SAYING_FORMS = frozenset({
    "say", "says", "said", "saying", "report", "reports", "reported", "reporting", "state", "states", "stated",
    "stating", "add", "adds", "added", "adding",
})  # fmt: skip
_TELLING_FORMS = _SAYING_FORMS | {"tell", "tells", "told", "telling"}
_SAID_OBJECTS = frozenset({
    "prayer", "goodbye", "hello", "grace", "mass", "thanks", "word", "words", "something", "anything", "nothing",
    "thing", "things", "statement", "lot",
})  # fmt: skip


def repair_names_read_as_compounds_of_verbs(doc: Doc) -> None:
    """ "Economists at Nedbank estimate that …": the model can read the name after a preposition as a compound
    of the verb after it (a noun "Nedbank estimate"), leaving the preposition with no object and the speakers
    unplaced. The name (proper nouns right after the preposition, up to the verb) becomes its object."""
    for prep in doc:
        if prep.dep_ != "prep" or prep.pos_ != "ADP" or prep.i + 1 >= len(doc):
            continue
        if any(c.dep_ == "pobj" for c in prep.children):
            continue
        verb = doc[prep.i + 1].head
        if verb.pos_ != "VERB" or verb.i <= prep.i + 1 or prep.head.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        name = doc[prep.i + 1 : verb.i]
        if not all(t.pos_ == "PROPN" and t.dep_ == "compound" and t.head == verb for t in name):
            continue
        last = name[-1]
        last.head, last.dep_ = prep, "pobj"
        for t in name[:-1]:
            t.head = last


_RELATIVE_WORDS = frozenset({"whose", "who", "whom", "which"})


def repair_words_misread_around_clauses(doc: Doc) -> None:
    """Repairs set off by a word: a relative word (`_relative_clause_read_as_report`), a verb of reaching
    (`_reach_verb_read_as_adjective`), a modal in a noun's place ("a can of petrol"), "to record" before a level and
    a clause's subject read as the object of "as" (`_subject_read_as_object_of_as`), in one pass over the Doc."""
    for tok in doc:
        low = tok.lower_
        if low in _RELATIVE_WORDS:
            _relative_clause_read_as_report(doc, tok)
        elif tok.lemma_.lower() in REACH_VERBS and tok.pos_ in {"ADJ", "NOUN"}:
            _reach_verb_read_as_adjective(doc, tok)  # (a verb of reaching a level: "as temperatures top 51C")
        elif tok.tag_ == "MD" and tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}:
            tok.pos_, tok.tag_ = "NOUN", "NN"  # "A 20-litre can of petrol cost …": a noun the parser placed as one
        elif low == "record" and tok.tag_ == "VB":
            _record_level_read_as_a_verb(doc, tok)  # "raises interest rate to record 22%"
        elif low == "as" and tok.dep_ in {"mark", "prep"}:
            _subject_read_as_object_of_as(tok)  # "as a wildfire … threatened to reach the town"
        elif low == "between" and tok.dep_ == "prep":
            _range_read_as_the_cues_own(tok)  # "said between 18,000 and 20,000 may have died"


# Verbs that take a quantity to a new level ("to record 22%"): those that change their object's, and those by which a
# quantity moves itself (general English).
_LEVEL_VERBS = CHANGE_VERBS | {
    "rise", "fall", "climb", "jump", "soar", "surge", "slump", "sink", "plunge", "slide", "dip", "ease", "slow",
    "accelerate", "tumble", "spike", "swell",
}  # fmt: skip


def _range_read_as_the_cues_own(between: Token) -> None:
    """ "The mayor said between 18,000 and 20,000 may have died": the parser hung the range on the cue, and the
    reported clause right after it had no subject. The range is that clause's subject, "between" its modifier."""
    cue, number = between.head, next((c for c in between.children if c.dep_ == "pobj"), None)
    if number is None or not number.like_num or cue.lemma_.lower() not in CUE_VERBS or between.i < cue.i:
        return
    clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.left_edge.i == between.right_edge.i + 1), None)
    if clause is None or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in clause.children):
        return
    number.head, number.dep_ = clause, "nsubj"
    between.head, between.dep_ = number, "quantmod"  # (as the parser reads "between 40 and 50 people")


def _subject_read_as_object_of_as(as_: Token) -> None:
    """ "Residents were ordered to leave as a wildfire burning 15 kilometres away threatened to reach the town": the
    parser read "as" as a preposition with the clause's subject for its object, and the clause's verb had no subject
    (or hung it as a conjunct of the verb above), so what threatened came from the clause above: the residents. The
    noun becomes the verb's subject and "as" its conjunction; the verb, if hung elsewhere, a clause on the verb
    "as" was on. (Not "known as X", "such as X": a participle's or an adjective's "as".)"""
    noun = next((c for c in as_.children if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"}), None)
    if noun is None or noun.i < as_.i or noun.right_edge.i + 1 >= len(as_.doc):
        return
    verb = as_.head if as_.dep_ == "mark" else as_.doc[noun.right_edge.i + 1]
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} or any(
        c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in verb.children
    ):
        return
    if as_.dep_ == "mark":
        if not noun.i < verb.i or noun.right_edge.i >= verb.i:
            return
    else:
        above = as_.head
        if above.tag_ == "VBN" or above.pos_ not in {"VERB", "AUX"}:
            return
        if verb.dep_ != "conj" or verb.head.i > as_.i or above not in list(verb.head.subtree):
            return
        if any(c.dep_ == "cc" and as_.i < c.i < verb.i for c in verb.head.children):
            return  # ("worked as a nurse and later ran the clinic": a coordinated verb)
        verb.head, verb.dep_ = above, "advcl"
        as_.head, as_.dep_, as_.pos_, as_.tag_ = verb, "mark", "SCONJ", "IN"
    noun.head, noun.dep_ = verb, "nsubj"


def _record_level_read_as_a_verb(doc: Doc, record: Token) -> None:
    """ "Pakistan raises interest rate to record 22%": the headline's "to record" read as an infinitive, so the
    figure was the object of recording. "to" becomes the preposition of the new level, "record" its adjective and
    the figure the preposition's object, so the figure measures the rate."""
    to = doc[record.i - 1] if record.i > 0 else None
    figure = next((c for c in record.children if c.dep_ == "dobj" and c.left_edge.i == record.i + 1), None)
    verb = record.head
    if to is None or to.lower_ != "to" or figure is None or not doc[record.i + 1].like_num:
        return
    if record.dep_ not in {"advcl", "xcomp"} or verb.lemma_.lower() not in _LEVEL_VERBS:
        return
    for child in list(record.children):
        if child not in {to, figure}:
            child.head = verb  # ("… as inflation bites": on the verb, as before)
    to.head, to.dep_, to.pos_, to.tag_ = verb, "prep", "ADP", "IN"
    figure.head, figure.dep_ = to, "pobj"
    record.head, record.dep_, record.pos_, record.tag_ = figure, "amod", "ADJ", "JJ"


def _reach_verb_read_as_adjective(doc: Doc, verb: Token) -> None:
    """ "hundreds of pilgrims die as temperatures top 51C": the tagger read "top" as an adjective with the noun
    before it as its subject, and the parser hung the figure after it elsewhere. The word becomes the verb and
    the figure its object, so the figure measures the temperatures."""
    if verb.pos_ not in {"ADJ", "NOUN"} or verb.i + 1 >= len(doc) or verb.i == 0:
        return
    figure, subject = doc[verb.i + 1], doc[verb.i - 1]
    if (
        subject.tag_ not in {"NN", "NNS"}
        or not figure.text[:1].isdigit()
        or any(c.i > figure.i and not c.is_space for c in figure.children)
    ):
        return
    if subject.dep_ == "nsubj" and subject.head == verb and figure.head.i <= verb.i:
        pass  # the figure on the word or left hanging on the words before it
    elif verb.dep_ == "amod" and verb.head == figure and figure.head == subject:
        # (or "temperatures top 51C" read as one noun phrase, "top" on the figure and the figure on the noun)
        verb.head, verb.dep_ = subject.head, subject.dep_ if subject.head.pos_ != "ADP" else "pcomp"
        if subject.head == subject:
            verb.head = verb
        subject.head, subject.dep_ = verb, "nsubj"
    else:
        return
    verb.pos_, verb.tag_ = "VERB", "VBZ" if subject.tag_ == "NN" else "VBP"
    figure.head, figure.dep_ = verb, "dobj"


def _relative_clause_read_as_report(doc: Doc, rel: Token) -> None:
    """ "The Red Cross, whose chief Ana Ruiz visited the camp on Friday, said aid was running out.": the model can
    read the relative clause as a clause the cue reports, with the body as that clause's subject, so the body
    is no speaker and the relative clause its words. Rebuilt when the clause before the cue opens with a subject
    set off by a comma and a relative word, ends at the comma before the cue, and the cue has no subject of its
    own but reports a clause after it: the subject becomes the cue's, the clause a relative clause on it."""
    if rel.i < 2 or doc[rel.i - 1].text != ",":
        return
    clause = next((a for a in rel.ancestors if a.dep_ == "ccomp"), None)
    if clause is None or clause.i < rel.i:
        return
    verb = clause.head
    if (
        verb.pos_ != "VERB"
        or verb.lemma_.lower() not in CUE_VERBS
        or clause.right_edge.i not in {verb.i - 2, verb.i - 1}
    ):
        return
    if doc[verb.i - 1].text != "," or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return
    if not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return
    edge = {rel.i - 2, rel.i - 1}
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"} and c.right_edge.i in edge), None)
    if subject is None or subject.left_edge.i != clause.left_edge.i:
        return
    subject.head, subject.dep_ = verb, "nsubj"
    clause.head, clause.dep_ = subject, "relcl"
    doc[rel.i - 1].head = subject
    doc[verb.i - 1].head = subject


def repair_appositives_of_a_fronted_place(doc: Doc) -> None:
    """ "In Porto Alegre, the state capital, the Guaíba River reached 5.33 meters": the model makes the apposition
    of the place the sentence opens with ("the state capital") the verb's subject and the real subject its
    conjunct. Rebuilt when the subject is a common noun set off by commas right after "In <name>," and its
    conjunct follows the second comma with no "and": the conjunct becomes the subject, the noun the place's
    apposition."""
    for subj in list(doc):
        if subj.dep_ != "nsubj" or subj.pos_ != "NOUN" or subj.left_edge.i < 3:
            continue
        comma = doc[subj.left_edge.i - 1]
        place = doc[comma.i - 1]
        opening = doc[place.left_edge.i - 1] if place.left_edge.i > 0 else None
        fronted = (
            comma.text == ","
            and place.dep_ == "pobj"
            and place.pos_ == "PROPN"
            and opening is not None
            and opening.lower_ == "in"
            and opening.i == subj.sent.start
        )
        if not fronted:
            continue
        real = next((c for c in subj.children if c.dep_ == "conj" and c.i > subj.i), None)
        if real is None or any(c.dep_ == "cc" for c in subj.children) or doc[real.left_edge.i - 1].text != ",":
            continue
        verb = subj.head
        real.head, real.dep_ = verb, "nsubj"
        subj.head, subj.dep_ = place, "appos"


# Gatherings one tells things to ("told a briefing that …", "told a news conference that …"): general English.
_GATHERINGS = frozenset({
    "briefing", "conference", "meeting", "rally", "forum", "summit", "session", "hearing", "gathering", "audience",
    "parliament", "assembly", "congress", "convention", "seminar", "symposium", "panel",
})  # fmt: skip


def repair_clauses_told_to_a_gathering(doc: Doc) -> None:
    """ "Muswere told a post-cabinet briefing that the maize harvest was expected to fall by 70%": the model reads the
    "that" clause as a relative clause on the gathering, "that" the object of a verb inside it. Rebuilt when the
    clause opens with "that" right after the gathering and has a subject of its own: the clause becomes what the
    verb of telling reports, "that" its complementizer."""
    for verb in list(doc):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in {"tell", "inform", "brief", "assure", "warn"}:
            continue
        gathering = next((o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in _GATHERINGS), None)
        if gathering is None:
            continue
        for clause in [c for c in gathering.children if c.dep_ == "relcl"]:
            that = clause.left_edge
            if that.lower_ != "that" or that.i != gathering.i + 1:
                continue
            if not any(c.dep_ in {"nsubj", "nsubjpass"} and c != that for c in clause.children):
                continue
            clause.head, clause.dep_ = verb, "ccomp"
            that.head, that.dep_ = clause, "mark"


def repair_body_names_read_as_clauses(doc: Doc) -> None:
    """ "According to Save the Children, 40 children had died", "Save the Children's Yemen director, Ana Ruiz, said
    …": the model can read a known body's name that opens with a verb as a clause ("Save" a verb, "the Children" its
    object), and the sentence then has no source. The name's object (its last word, or the noun that word owns) is
    made the phrase's head in the verb's place, and the verb a word of the name."""
    for i in tokens_among(doc, BODY_NAME_OPENERS):  # (only where a known body's name may begin)
        first = doc[i]
        if first.pos_ != "VERB" or not first.text[:1].isupper() or first.dep_ == "ROOT":
            continue
        last = _last_word_of_a_body_name(doc, first.i)
        obj = next((c for c in first.children if c.dep_ == "dobj"), None)
        if last is None or obj is None or not (obj == last or (last.dep_ == "poss" and last.head == obj)):
            continue
        dep = {"pcomp": "pobj", "advcl": "nsubj", "csubj": "nsubj"}.get(first.dep_, first.dep_)
        if dep == "nsubj" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in first.head.children):
            continue
        others = [c for c in first.children if c != obj]
        obj.head, obj.dep_ = first.head, dep
        first.head, first.dep_, first.pos_, first.tag_ = last, "compound", "PROPN", "NNP"
        for c in others:
            c.head, c.dep_ = obj, "appos" if c.dep_ == "npadvmod" else c.dep_  # (", Ana Ruiz,": who the title is)


def _last_word_of_a_body_name(doc: Doc, start: int) -> Token | None:
    """The last word of a body's name of two to five words that opens at `start`, as the gazetteer knows it."""
    for end in range(min(start + 5, len(doc)), start + 1, -1):
        if body_for(doc[start:end].text) is not None:
            return doc[end - 1]
    return None


# Common nouns for a body ("the agency", "the ministry", "the military body").
_BODY_NOUNS = ORG_REFERENCE_NOUNS | ORG_NOUNS | {"body"}


def repair_names_read_into_a_relative_clause(doc: Doc) -> None:
    """ "Israel's military body that coordinates aid, COGAT, disputed the figures", "The agency that runs the camps,
    UNRWA, said …": a body's name set off by commas after the relative clause on a subject that is a body's noun,
    right before the subject's verb, is the subject's name; the model can hang it inside the clause (on its verb or
    object). It is made the subject's appositive."""
    for i in tokens_among(doc, _BODY_NOUNS):  # (only the nouns for a body, as written)
        noun = doc[i]
        relcl = next((c for c in noun.children if c.dep_ == "relcl"), None)
        if relcl is None or noun.dep_ not in {"nsubj", "nsubjpass"} or noun.pos_ != "NOUN":
            continue
        name = next((t for t in relcl.subtree if t.dep_ in {"appos", "npadvmod"} and t.pos_ == "PROPN"), None)
        if name is None or name.ent_type_ in {"PERSON", "GPE", "NORP", "DATE"}:
            continue
        first, last = name.left_edge.i, name.right_edge.i
        if first < 1 or last + 2 >= len(doc) or doc[first - 1].text != "," or doc[last + 1].text != ",":
            continue
        after = doc[last + 2]
        if not (after == noun.head or (after.dep_ in {"aux", "auxpass", "neg"} and after.head == noun.head)):
            continue
        name.head, name.dep_ = noun, "appos"
        doc[first - 1].head = noun
        doc[last + 1].head = noun


# What the model makes of a word it cannot place before a verb's subject ("SCAF" read as a clause, a modifier).
_MODIFIERS_OF_A_VERB = frozenset({"npadvmod", "nmod", "dep", "advcl", "advmod", "intj"})


def repair_names_read_as_modifiers_before_their_body(doc: Doc) -> None:
    """ "COGAT, the Israeli military body that coordinates aid to Gaza, said …": a short name the recogniser left
    untagged, set off by a comma before the body's noun phrase ("the …"), can be read as a modifier of the verb, and
    the body's noun as its subject. A name written in capitals (an acronym) that opens its sentence this way is the
    subject, the phrase after it its appositive (the noun phrase, set off by commas, that describes it)."""
    for i in tokens_among(doc, _BODY_NOUNS):  # (only the nouns for a body, as written)
        noun = doc[i]
        verb = noun.head
        if noun.dep_ not in {"nsubj", "nsubjpass"} or noun.pos_ != "NOUN" or verb.pos_ not in {"VERB", "AUX"}:
            continue
        first = noun.left_edge.i
        if first < 2 or doc[first].lower_ != "the" or doc[first - 1].text != ",":
            continue
        name = doc[first - 2]
        if not (name.is_sent_start and name.text.isalpha() and name.text.isupper() and len(name) >= 3):
            continue
        if name.head != verb or name.dep_ not in _MODIFIERS_OF_A_VERB or name.ent_type_ not in {"", "ORG"}:
            continue
        comma = noun.right_edge.i if noun.right_edge.text == "," else noun.right_edge.i + 1  # (which may hang on it)
        if comma >= verb.i or doc[comma].text != ",":
            continue
        name.dep_ = "nsubjpass" if noun.dep_ == "nsubjpass" else "nsubj"
        noun.head, noun.dep_ = name, "appos"
        doc[first - 1].head = name
        doc[comma].head = name


def repair_places_read_as_the_subject_after_in(doc: Doc) -> None:
    """ "In Vina del Mar, the mayor, Macarena Ripamonti, said …": the model can leave "In" without its object and make
    the place the verb's subject, with the title and the person set off after it as the place's appositions. Rebuilt
    when a sentence opens with "In" and the place, followed by a person's name: the place goes back to "In", and the
    title (or the person, with no title) becomes the subject, with the person its apposition."""
    for i in tokens_among(doc, frozenset({"in"})):
        opening, verb = doc[i], doc[i].head
        if i + 1 >= len(doc) or not opening.is_sent_start:
            continue
        subj = doc[i + 1]
        while subj.head != verb and subj.head.i > subj.i and subj.head.i < subj.sent.end:
            subj = subj.head  # ("Vina del Mar": the name's last word)
        if subj.dep_ != "nsubj" or subj.pos_ != "PROPN" or subj.ent_type_ == "PERSON" or subj.left_edge.i != i + 1:
            continue
        if opening.head != verb:
            continue
        if any(c.dep_ == "pobj" for c in opening.children):
            continue
        person = next(
            (c for c in subj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i > subj.i), None
        )
        if person is None:
            continue
        title = next(
            (c for c in subj.children if c.dep_ == "appos" and c.pos_ == "NOUN" and subj.i < c.i < person.i), None
        )
        head = title if title is not None else person
        commas = [c for c in subj.children if c.is_punct]
        subj.head, subj.dep_ = opening, "pobj"
        head.head, head.dep_ = verb, "nsubj"
        if title is not None:
            person.head, person.dep_ = title, "appos"
        for comma in commas:
            comma.head = title if title is not None and comma.i > title.i and comma.i < person.right_edge.i else verb


def repair_sources_read_into_a_phrase(doc: Doc) -> None:
    """ "… as he tried to cross into Armenia, Azerbaijan's border service said.": the model can take the source written
    after the last comma for the object of the clause's last preposition, the noun before the comma its modifier,
    and leave the cue closing the sentence with no subject. Rebuilt when the noun right before such a cue is that
    object and holds the comma: the phrase after the comma becomes the cue's subject, the noun before it the
    preposition's object."""
    for sent in doc.sents:
        k = sent.end - 1
        while k > sent.start and (doc[k].is_punct or doc[k].is_space):
            k -= 1
        verb = doc[k]  # (the cue closes the sentence)
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _TRAILING_CUES or verb.i < 1:
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} or (c.dep_ == "ccomp" and c.i > verb.i) for c in verb.children):
            continue
        source = doc[verb.i - 1]
        if source.pos_ not in {"NOUN", "PROPN"} or source.dep_ != "pobj" or source.head.i > verb.i:
            continue
        comma = next((t for t in source.subtree if t.text == "," and t.i < source.i), None)
        inner = [c for c in source.children if comma is not None and c.i < comma.i and c.dep_ in {"nmod", "compound"}]
        if comma is None or len(inner) != 1 or comma not in inner[0].subtree:
            continue
        place, prep = inner[0], source.head
        place.head, place.dep_ = prep, "pobj"
        comma.head = verb
        source.head, source.dep_ = verb, "nsubj"
