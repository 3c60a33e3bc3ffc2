"""Attribution rules for parser and tagger errors, on hand-built parses (the small model makes
these errors on real copy; a hand-built Doc pins the error so the rule is tested every time)."""

import pytest
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from app.extract.attribution import subject_of
from app.extract.claims import _describes_a_noun
from app.extract.pipeline import extract_article
from app.extract.records import EntityRecord, Span
from app.extract.reported import _before_appositive, _reported_clause
from app.extract.speakers import SpeakerResolver
from tests.test_attribution_rules import _indirect


def _doc(nlp, rows: list[tuple[str, str, str, str, int]]) -> Doc:  # type: ignore[no-untyped-def]
    """rows: (word, lemma, pos, dep, head index)."""
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in {",", ".", "”"} and words[i] != "“" for i in range(len(words))]
    return Doc(
        nlp.vocab,
        words=words,
        spaces=spaces,
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        sent_starts=[i == 0 for i in range(len(rows))],
    )


QUOTE_THEN_SAID = [
    ("“", "“", "PUNCT", "punct", 2),
    ("It", "it", "PRON", "nsubj", 2),
    ("is", "be", "AUX", "ccomp", 6),
    ("valuable", "valuable", "ADJ", "acomp", 2),
    (",", ",", "PUNCT", "punct", 6),
    ("”", "”", "PUNCT", "punct", 6),
    ("said", "say", "VERB", "ROOT", 6),
]


def test_a_mistagged_name_right_after_an_inverted_cue_is_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(nlp, [*QUOTE_THEN_SAID, ("Skelton", "skelton", "ADV", "advmod", 6), (".", ".", "PUNCT", "punct", 6)])
    resolver = SpeakerResolver(doc, [])
    subject = subject_of(doc[6], outside=(0, 5))
    assert subject is not None and subject.text == "Skelton"
    key = resolver.resolve(subject)
    assert key is not None and resolver.kinds[key] == "person"


def test_a_capitalised_word_after_a_cue_with_no_quotation_before_it_is_not_a_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(
        nlp,
        [
            ("Will", "will", "AUX", "aux", 1),
            ("described", "describe", "VERB", "ROOT", 1),
            ("Halvorsen", "Halvorsen", "PROPN", "dobj", 1),
            (".", ".", "PUNCT", "punct", 1),
        ],
    )
    assert subject_of(doc[1]) is None or subject_of(doc[1]).text != "Halvorsen"  # type: ignore[union-attr]


def test_a_surname_tagged_as_a_noun_finds_the_person_named_earlier_even_if_ner_called_them_an_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(
        nlp, [*QUOTE_THEN_SAID[:6], ("O’Dorney", "o’dorney", "NOUN", "nsubj", 7), ("said", "say", "VERB", "ROOT", 7)]
    )
    earlier = EntityRecord(key="org:brett o’dorney", name="Brett O’Dorney", kind="organization")
    earlier.mentions.append(Span(0, 0))
    resolver = SpeakerResolver(doc, [earlier])
    assert resolver.resolve(doc[6]) == "org:brett o’dorney"


def test_a_noun_never_becomes_a_new_speaker_unless_right_after_a_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(
        nlp, [*QUOTE_THEN_SAID[:6], ("Police", "police", "NOUN", "nsubj", 7), ("said", "say", "VERB", "ROOT", 7)]
    )
    assert SpeakerResolver(doc, []).resolve(doc[6]) is None


def test_a_speaker_taken_for_an_appositive_of_the_noun_before_the_comma_still_speaks(nlp) -> None:  # type: ignore[no-untyped-def]
    from app.extract.reported import reported_speech

    # "Rebels shelled the port of Sahl, the aid agency said.": the parser hangs "the aid agency" on
    # "Sahl" as an appositive and "said" on "shelled" as a conjunct with no subject.
    doc = _doc(
        nlp,
        [
            ("Rebels", "rebel", "NOUN", "nsubj", 1),
            ("shelled", "shell", "VERB", "ROOT", 1),
            ("the", "the", "DET", "det", 3),
            ("port", "port", "NOUN", "dobj", 1),
            ("of", "of", "ADP", "prep", 3),
            ("Sahl", "Sahl", "PROPN", "pobj", 4),
            (",", ",", "PUNCT", "punct", 5),
            ("the", "the", "DET", "det", 9),
            ("aid", "aid", "NOUN", "compound", 9),
            ("agency", "agency", "NOUN", "appos", 5),
            ("said", "say", "VERB", "conj", 1),
            (".", ".", "PUNCT", "punct", 1),
        ],
    )
    speaker = subject_of(doc[10])
    assert speaker is not None and speaker.i == 9
    statements = reported_speech(doc, SpeakerResolver(doc, []), [], None)
    assert [doc.text[s.start : s.end] for s in statements] == ["Rebels shelled the port of Sahl"]
    assert statements[0].speaker_span is not None
    assert doc.text[statements[0].speaker_span.start : statements[0].speaker_span.end] == "the aid agency"


def test_an_appositive_that_is_no_source_does_not_speak(nlp) -> None:  # type: ignore[no-untyped-def]
    # "The convoy reached Kuma, the capital said.": "the capital" is a place, not a source that speaks
    doc = _doc(
        nlp,
        [
            ("The", "the", "DET", "det", 1),
            ("convoy", "convoy", "NOUN", "nsubj", 2),
            ("reached", "reach", "VERB", "ROOT", 2),
            ("Kuma", "Kuma", "PROPN", "dobj", 2),
            (",", ",", "PUNCT", "punct", 3),
            ("the", "the", "DET", "det", 6),
            ("capital", "capital", "NOUN", "appos", 3),
            ("said", "say", "VERB", "conj", 2),
            (".", ".", "PUNCT", "punct", 2),
        ],
    )
    subject = subject_of(doc[7])
    assert subject is None or subject.i != 6


def test_a_name_closing_an_appositive_before_its_cue_is_the_source(nlp) -> None:  # type: ignore[no-untyped-def]
    # "…, the state power company Elco said": the parser takes the company for an appositive of
    # "homes" and "Elco said" for a relative clause on it
    doc = _doc(
        nlp,
        [
            ("About", "about", "ADV", "advmod", 1),
            ("210,000", "210,000", "NUM", "nummod", 2),
            ("homes", "home", "NOUN", "nsubj", 3),
            ("lost", "lose", "VERB", "ROOT", 3),
            ("power", "power", "NOUN", "dobj", 3),
            (",", ",", "PUNCT", "punct", 3),
            ("the", "the", "DET", "det", 9),
            ("state", "state", "NOUN", "compound", 9),
            ("power", "power", "NOUN", "compound", 9),
            ("company", "company", "NOUN", "appos", 2),
            ("Elco", "Elco", "PROPN", "nsubj", 11),
            ("said", "say", "VERB", "relcl", 9),
            (".", ".", "PUNCT", "punct", 3),
        ],
    )
    subject = subject_of(doc[11])
    assert subject is not None and subject.text == "Elco"
    clause = _before_appositive(doc[11])
    assert clause is not None and doc.text[clause[0] : clause[1]] == "About 210,000 homes lost power"
    assert not _describes_a_noun(doc[11])  # so the figure in the clause is Elco's too


def test_an_estimate_put_at_a_level_states_the_level(nlp) -> None:  # type: ignore[no-untyped-def]
    # "estimated the damage at $1.2 billion" with "at" hung on the verb, beside its object
    doc = _doc(
        nlp,
        [
            ("The", "the", "DET", "det", 1),
            ("bank", "bank", "NOUN", "nsubj", 2),
            ("estimated", "estimate", "VERB", "ROOT", 2),
            ("the", "the", "DET", "det", 4),
            ("damage", "damage", "NOUN", "dobj", 2),
            ("to", "to", "ADP", "prep", 4),
            ("roads", "road", "NOUN", "pobj", 5),
            ("at", "at", "ADP", "prep", 2),
            ("$", "$", "SYM", "nmod", 9),
            ("1.2bn", "1.2bn", "NUM", "pobj", 7),
            (".", ".", "PUNCT", "punct", 2),
        ],
    )
    clause = _reported_clause(doc[2])
    assert clause is not None and doc.text[clause[0] : clause[1]] == "the damage to roads at $ 1.2bn"


def test_a_body_the_parser_took_for_a_conjunct_before_a_subjectless_cue_is_the_source(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Millions face hunger, two million of them at risk, the Food Agency warned": the agency hung on
    # "million" as a conjunct, "warned" on "face" as one with no subject
    doc = _doc(
        nlp,
        [
            ("Millions", "million", "NOUN", "nsubj", 1),
            ("face", "face", "VERB", "ROOT", 1),
            ("hunger", "hunger", "NOUN", "dobj", 1),
            (",", ",", "PUNCT", "punct", 2),
            ("two", "two", "NUM", "compound", 5),
            ("million", "million", "NUM", "appos", 2),
            ("of", "of", "ADP", "prep", 5),
            ("them", "they", "PRON", "pobj", 6),
            (",", ",", "PUNCT", "punct", 5),
            ("the", "the", "DET", "det", 11),
            ("Food", "Food", "PROPN", "compound", 11),
            ("Agency", "Agency", "PROPN", "conj", 5),
            ("warned", "warn", "VERB", "conj", 1),
            (".", ".", "PUNCT", "punct", 1),
        ],
    )
    subject = subject_of(doc[12])
    assert subject is not None and subject.text == "Agency"
    clause = _before_appositive(doc[12])
    assert clause is not None and doc.text[clause[0] : clause[1]] == "Millions face hunger, two million of them"


def test_a_body_the_parser_took_for_an_appositive_before_a_complement_cue_is_the_source(nlp) -> None:  # type: ignore[no-untyped-def]
    # "…, the Red Cross said": the parser takes the body for an appositive of the town and the
    # cue, with no subject, for a complement of the main verb
    doc = _doc(
        nlp,
        [
            ("Forty", "forty", "NUM", "nummod", 1),
            ("miners", "miner", "NOUN", "nsubj", 2),
            ("drowned", "drown", "VERB", "ROOT", 2),
            ("near", "near", "ADP", "prep", 2),
            ("Kitwe", "Kitwe", "PROPN", "pobj", 3),
            (",", ",", "PUNCT", "punct", 4),
            ("the", "the", "DET", "det", 8),
            ("Red", "Red", "PROPN", "compound", 8),
            ("Cross", "Cross", "PROPN", "appos", 4),
            ("said", "say", "VERB", "ccomp", 2),
            (".", ".", "PUNCT", "punct", 2),
        ],
    )
    subject = subject_of(doc[9])
    assert subject is not None and subject.text == "Cross"
    clause = _before_appositive(doc[9])
    assert clause is not None and doc.text[clause[0] : clause[1]] == "Forty miners drowned near Kitwe"
    assert not _describes_a_noun(doc[9])


def _relative_after_comma(nlp, relative: list[tuple[str, str, str, str, int]]) -> Doc:  # type: ignore[no-untyped-def]
    # "… reached the outskirts of Goma, [relative] the United Nations said": the cue taken for a
    # relative clause on the place before the comma
    n = len(relative)
    return _doc(
        nlp,
        [
            ("Families", "family", "NOUN", "nsubj", 1),
            ("fled", "flee", "VERB", "ROOT", 1),
            ("the", "the", "DET", "det", 3),
            ("outskirts", "outskirt", "NOUN", "dobj", 1),
            ("of", "of", "ADP", "prep", 3),
            ("Goma", "Goma", "PROPN", "pobj", 4),
            (",", ",", "PUNCT", "punct", 5),
            *relative,
            ("the", "the", "DET", "det", 9 + n),
            ("United", "United", "PROPN", "compound", 9 + n),
            ("Nations", "Nations", "PROPN", "nsubj", 10 + n),
            ("said", "say", "VERB", "relcl", 5),
            (".", ".", "PUNCT", "punct", 1),
        ],
    )


def test_a_named_subject_of_a_cue_hung_on_the_noun_before_a_comma_is_the_source(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _relative_after_comma(nlp, [])
    subject = subject_of(doc[10])
    assert subject is not None and subject.text == "Nations"
    clause = _before_appositive(doc[10])
    assert clause is not None and doc.text[clause[0] : clause[1]] == "Families fled the outskirts of Goma"
    # with a relative word it is a relative clause: "Goma, which the United Nations said …"
    doc = _relative_after_comma(nlp, [("which", "which", "PRON", "dobj", 11)])
    assert _before_appositive(doc[11]) is None


def test_a_lead_whose_past_tense_was_read_as_a_clause_on_its_last_noun_is_the_sources_words(nlp) -> None:  # type: ignore[no-untyped-def]
    # "stalled" read as a participle on "ceasefire", the opening noun left hanging on the cue
    text = (
        "Talks on a ceasefire in Yemen stalled on Tuesday after negotiators failed to agree on a prisoner swap, "
        "two Omani officials said."
    )
    ex = extract_article(nlp(text), None)
    assert [text[q.start : q.end] for q in ex.quotations] == [
        "Talks on a ceasefire in Yemen stalled on Tuesday after negotiators failed to agree on a prisoner swap"
    ]


def _tagged(nlp, rows: list[tuple[str, str, str, str, str, int]]) -> Doc:  # type: ignore[no-untyped-def]
    """rows: (word, lemma, pos, tag, dep, head index); one sentence."""
    doc = _doc(nlp, [(w, lemma, pos, dep, head) for w, lemma, pos, _, dep, head in rows])
    for tok, row in zip(doc, rows, strict=True):
        tok.tag_ = row[3]
    return doc


def test_a_cue_after_a_bare_comma_read_as_a_conjunct_of_the_lead_is_its_source(nlp) -> None:  # type: ignore[no-untyped-def]
    # "…, police said, the biggest abduction": with words after the source, "said" is hung on "kidnapped" as a
    # conjunct joined by the comma alone
    doc = _tagged(
        nlp,
        [
            ("Gunmen", "gunman", "NOUN", "NNS", "nsubj", 1),
            ("kidnapped", "kidnap", "VERB", "VBD", "ROOT", 1),
            ("40", "40", "NUM", "CD", "nummod", 3),
            ("pupils", "pupil", "NOUN", "NNS", "dobj", 1),
            ("on", "on", "ADP", "IN", "prep", 1),
            ("Thursday", "Thursday", "PROPN", "NNP", "pobj", 4),
            (",", ",", "PUNCT", ",", "punct", 1),
            ("police", "police", "NOUN", "NNS", "nsubj", 8),
            ("said", "say", "VERB", "VBD", "conj", 1),
            (",", ",", "PUNCT", ",", "punct", 8),
            ("the", "the", "DET", "DT", "det", 12),
            ("biggest", "big", "ADJ", "JJS", "amod", 12),
            ("abduction", "abduction", "NOUN", "NN", "dobj", 1),
            (".", ".", "PUNCT", ".", "punct", 1),
        ],
    )
    ex = extract_article(doc, None)
    names = {e.key: e.name for e in ex.entities}
    assert [(doc.text[q.start : q.end], names.get(q.speaker_key or "")) for q in ex.quotations] == [
        ("Gunmen kidnapped 40 pupils on Thursday", "police")
    ]


def test_a_source_hung_on_a_participle_as_what_it_reports_is_the_sentences_source(nlp) -> None:  # type: ignore[no-untyped-def]
    # "…, adding 10 days to voyages, tracking data showed.": "showed" read as the clause "adding" reports
    doc = _tagged(
        nlp,
        [
            ("Ships", "ship", "NOUN", "NNS", "nsubj", 2),
            ("have", "have", "AUX", "VBP", "aux", 2),
            ("diverted", "divert", "VERB", "VBN", "ROOT", 2),
            ("around", "around", "ADP", "IN", "prep", 2),
            ("Africa", "Africa", "PROPN", "NNP", "pobj", 3),
            (",", ",", "PUNCT", ",", "punct", 2),
            ("adding", "add", "VERB", "VBG", "advcl", 2),
            ("10", "10", "NUM", "CD", "nummod", 8),
            ("days", "day", "NOUN", "NNS", "dobj", 6),
            ("to", "to", "ADP", "IN", "prep", 6),
            ("voyages", "voyage", "NOUN", "NNS", "pobj", 9),
            (",", ",", "PUNCT", ",", "punct", 6),
            ("tracking", "tracking", "NOUN", "NN", "compound", 13),
            ("data", "datum", "NOUN", "NNS", "nsubj", 14),
            ("showed", "show", "VERB", "VBD", "ccomp", 6),
            (".", ".", "PUNCT", ".", "punct", 2),
        ],
    )
    ex = extract_article(doc, None)
    assert [(doc.text[q.start : q.end], q.cue) for q in ex.quotations] == [
        ("Ships have diverted around Africa, adding 10 days to voyages", "showed")
    ]


def test_a_noun_heading_a_reported_clause_after_a_bare_number_is_its_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    # "the company says fewer than 1,500 remain": "remain" tagged a noun the number counts
    doc = _tagged(
        nlp,
        [
            ("The", "the", "DET", "DT", "det", 1),
            ("company", "company", "NOUN", "NN", "nsubj", 2),
            ("says", "say", "VERB", "VBZ", "ROOT", 2),
            ("fewer", "few", "ADJ", "JJR", "amod", 5),
            ("than", "than", "ADP", "IN", "quantmod", 5),
            ("1,500", "1,500", "NUM", "CD", "nummod", 6),
            ("remain", "remain", "NOUN", "NN", "ccomp", 2),
            (".", ".", "PUNCT", ".", "punct", 2),
        ],
    )
    ex = extract_article(doc, None)
    assert [doc.text[q.start : q.end] for q in ex.quotations] == ["fewer than 1,500 remain"]
    assert (doc[6].pos_, doc[5].dep_) == ("VERB", "nsubj")


def test_data_that_show_a_clause_are_its_source(nlp) -> None:  # type: ignore[no-untyped-def]
    # the model reads "show" as a noun with the data as its compound
    text = (
        "MADRID (Reuters) - Arrivals in Spain have nearly doubled this year to around 51,000, interior ministry "
        "data show."
    )
    ex = extract_article(nlp(text), None)
    names = {e.key: e.name for e in ex.entities}
    assert [(text[q.start : q.end], names.get(q.speaker_key or "")) for q in ex.quotations] == [
        ("Arrivals in Spain have nearly doubled this year to around 51,000", "Spain's interior ministry")
    ]
    assert [names.get(c.claimant_key or "") for c in ex.claims] == ["Spain's interior ministry"]


def test_a_name_whose_description_the_parser_made_the_subject_is_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Zendrix, the shipping operator that runs the terminal, said …": the name hung on the cue as a clause and
    # the description, set off by commas, read as its subject; the name (tagged a place) is the body speaking
    doc = _tagged(
        nlp,
        [
            ("Zendrix", "Zendrix", "PROPN", "NNP", "advcl", 10),
            (",", ",", "PUNCT", ",", "punct", 10),
            ("the", "the", "DET", "DT", "det", 4),
            ("shipping", "shipping", "NOUN", "NN", "compound", 4),
            ("operator", "operator", "NOUN", "NN", "nsubj", 10),
            ("that", "that", "PRON", "WDT", "nsubj", 6),
            ("runs", "run", "VERB", "VBZ", "relcl", 4),
            ("the", "the", "DET", "DT", "det", 8),
            ("terminal", "terminal", "NOUN", "NN", "dobj", 6),
            (",", ",", "PUNCT", ",", "punct", 10),
            ("said", "say", "VERB", "VBD", "ROOT", 10),
            ("the", "the", "DET", "DT", "det", 12),
            ("fire", "fire", "NOUN", "NN", "nsubj", 13),
            ("was", "be", "AUX", "VBD", "ccomp", 10),
            ("out", "out", "ADV", "RB", "advmod", 13),
            (".", ".", "PUNCT", ".", "punct", 10),
        ],
    )
    doc.ents = [SpacySpan(doc, 0, 1, label="GPE")]
    ex = extract_article(doc, None)
    kinds = {e.key: (e.name, e.kind) for e in ex.entities}
    assert [(doc.text[q.start : q.end], kinds.get(q.speaker_key or "")) for q in ex.quotations] == [
        ("the fire was out", ("Zendrix", "organization"))
    ]


def test_a_place_before_a_cue_its_speaker_interrupts_is_not_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Tarvik, the mayor said, is calm": no comma closes "the mayor" before the cue; the mayor speaks, not the town
    doc = _tagged(
        nlp,
        [
            ("Tarvik", "Tarvik", "PROPN", "NNP", "nsubj", 6),
            (",", ",", "PUNCT", ",", "punct", 6),
            ("the", "the", "DET", "DT", "det", 3),
            ("mayor", "mayor", "NOUN", "NN", "nsubj", 4),
            ("said", "say", "VERB", "VBD", "parataxis", 6),
            (",", ",", "PUNCT", ",", "punct", 6),
            ("is", "be", "AUX", "VBZ", "ROOT", 6),
            ("calm", "calm", "ADJ", "JJ", "acomp", 6),
            (".", ".", "PUNCT", ".", "punct", 6),
        ],
    )
    doc.ents = [SpacySpan(doc, 0, 1, label="GPE")]
    ex = extract_article(doc, None)
    assert all(q.speaker_key != "place:tarvik" for q in ex.quotations)
    assert {e.name: e.kind for e in ex.entities}.get("Tarvik") == "place"


def test_a_source_with_a_bracketed_short_form_listed_with_the_leads_last_nouns(nlp) -> None:  # type: ignore[no-untyped-def]
    # "…, including 300 children, the Ardenian Office for Relief (AOR) said": the source read as a conjunct of
    # the lead's last noun, its short form as that noun's appositive, and the cue as a conjunct of the lead
    doc = _tagged(
        nlp,
        [
            ("Floods", "flood", "NOUN", "NNS", "nsubj", 1),
            ("displaced", "displace", "VERB", "VBD", "ROOT", 1),
            ("900", "900", "NUM", "CD", "nummod", 3),
            ("people", "people", "NOUN", "NNS", "dobj", 1),
            (",", ",", "PUNCT", ",", "punct", 1),
            ("including", "include", "VERB", "VBG", "prep", 1),
            ("300", "300", "NUM", "CD", "nummod", 7),
            ("children", "child", "NOUN", "NNS", "pobj", 5),
            (",", ",", "PUNCT", ",", "punct", 7),
            ("the", "the", "DET", "DT", "det", 11),
            ("Ardenian", "Ardenian", "PROPN", "NNP", "compound", 11),
            ("Office", "Office", "PROPN", "NNP", "conj", 7),
            ("for", "for", "ADP", "IN", "prep", 11),
            ("Relief", "Relief", "PROPN", "NNP", "pobj", 12),
            ("(", "(", "PUNCT", "-LRB-", "punct", 7),
            ("AOR", "AOR", "PROPN", "NNP", "appos", 7),
            (")", ")", "PUNCT", "-RRB-", "punct", 7),
            ("said", "say", "VERB", "VBD", "conj", 1),
            (".", ".", "PUNCT", ".", "punct", 17),
        ],
    )
    doc.ents = [SpacySpan(doc, 9, 14, label="ORG"), SpacySpan(doc, 15, 16, label="ORG")]
    ex = extract_article(doc, None)
    names = {e.key: e.name for e in ex.entities}
    said = [(doc.text[q.start : q.end], names.get(q.speaker_key or "")) for q in ex.quotations]
    assert said == [("Floods displaced 900 people, including 300 children", "Ardenian Office for Relief")], said
    assert [names.get(c.claimant_key or "") for c in ex.claims] == ["Ardenian Office for Relief"] * 2


def test_data_named_by_an_acronym_the_recogniser_left_untagged_are_that_bodys(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _tagged(
        nlp,
        [
            ("Prices", "price", "NOUN", "NNS", "nsubj", 1),
            ("rose", "rise", "VERB", "VBD", "ROOT", 1),
            ("3", "3", "NUM", "CD", "nummod", 3),
            ("%", "%", "NOUN", "NN", "dobj", 1),
            (",", ",", "PUNCT", ",", "punct", 1),
            ("according", "accord", "VERB", "VBG", "prep", 1),
            ("to", "to", "ADP", "IN", "prep", 5),
            ("ZMVB", "ZMVB", "PROPN", "NNP", "compound", 8),
            ("data", "datum", "NOUN", "NNS", "pobj", 6),
            (".", ".", "PUNCT", ".", "punct", 1),
        ],
    )
    ex = extract_article(doc, None)
    names = {e.key: (e.name, e.kind) for e in ex.entities}
    assert [(doc.text[q.start : q.end], names.get(q.speaker_key or "")) for q in ex.quotations] == [
        ("Prices rose 3 %", ("ZMVB", "organization"))
    ]
    assert [names.get(c.claimant_key or "") for c in ex.claims] == [("ZMVB", "organization")]


def test_a_name_the_parser_made_a_second_subject_beside_its_description_is_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Kim Tae-yong, the leader of Lee's own Unity Power Party, called the plan “reckless”": name (its last part read as
    # a common noun) and description both read as the cue's subjects, the closing comma hung on the description;
    # the description is the name's, not a second, unnamed leader speaking
    doc = _tagged(
        nlp,
        [
            ("Kim", "Kim", "PROPN", "NNP", "compound", 1),
            ("Tae", "Tae", "PROPN", "NNP", "compound", 3),
            ("-", "-", "PUNCT", "HYPH", "punct", 3),
            ("yong", "yong", "NOUN", "NN", "nsubj", 15),
            (",", ",", "PUNCT", ",", "punct", 15),
            ("the", "the", "DET", "DT", "det", 6),
            ("leader", "leader", "NOUN", "NN", "nsubj", 15),
            ("of", "of", "ADP", "IN", "prep", 6),
            ("Lee", "Lee", "PROPN", "NNP", "poss", 13),
            ("'s", "'s", "PART", "POS", "case", 8),
            ("own", "own", "ADJ", "JJ", "amod", 13),
            ("Unity", "Unity", "PROPN", "NNP", "compound", 13),
            ("Power", "Power", "PROPN", "NNP", "compound", 13),
            ("Party", "Party", "PROPN", "NNP", "pobj", 7),
            (",", ",", "PUNCT", ",", "punct", 6),
            ("called", "call", "VERB", "VBD", "ROOT", 15),
            ("the", "the", "DET", "DT", "det", 17),
            ("plan", "plan", "NOUN", "NN", "dobj", 15),
            ("“", "“", "PUNCT", "``", "punct", 19),
            ("reckless", "reckless", "ADJ", "JJ", "oprd", 15),
            ("”", "”", "PUNCT", "''", "punct", 15),
            (".", ".", "PUNCT", ".", "punct", 15),
        ],
    )
    doc.ents = [
        SpacySpan(doc, 0, 4, label="PERSON"),
        SpacySpan(doc, 8, 9, label="PERSON"),
        SpacySpan(doc, 11, 14, label="ORG"),
    ]
    ex = extract_article(doc, None)
    names = {e.key: e.name for e in ex.entities}
    assert {(doc.text[q.start : q.end], names.get(q.speaker_key or "")) for q in ex.quotations} == {
        ("reckless", "Kim Tae - yong"),  # (the hand-built text spaces every word)
        ("the plan “reckless”", "Kim Tae - yong"),
    }


def test_a_speaker_hung_on_the_words_subject_before_a_subjectless_root_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    # "…, about 200 people were evacuated from their homes, the town's mayor, Tomas Kovac-Horvat, said.": the
    # parser hung "the town's mayor" on "people" as an apposition and left the root cue with no subject
    doc = _tagged(
        nlp,
        [
            ("In", "in", "ADP", "IN", "prep", 16),
            ("the", "the", "DET", "DT", "det", 2),
            ("town", "town", "NOUN", "NN", "pobj", 0),
            ("of", "of", "ADP", "IN", "prep", 2),
            ("Tarvik", "Tarvik", "PROPN", "NNP", "pobj", 3),
            (",", ",", "PUNCT", ",", "punct", 4),
            ("north", "north", "NOUN", "NN", "appos", 4),
            ("of", "of", "ADP", "IN", "prep", 6),
            ("the", "the", "DET", "DT", "det", 9),
            ("capital", "capital", "NOUN", "NN", "pobj", 7),
            ("Ardena", "Ardena", "PROPN", "NNP", "appos", 9),
            (",", ",", "PUNCT", ",", "punct", 16),
            ("about", "about", "ADV", "RB", "advmod", 13),
            ("200", "200", "NUM", "CD", "nummod", 14),
            ("people", "people", "NOUN", "NNS", "nsubjpass", 16),
            ("were", "be", "AUX", "VBD", "auxpass", 16),
            ("evacuated", "evacuate", "VERB", "VBN", "ccomp", 31),
            ("from", "from", "ADP", "IN", "prep", 16),
            ("their", "their", "PRON", "PRP$", "poss", 19),
            ("homes", "home", "NOUN", "NNS", "pobj", 17),
            (",", ",", "PUNCT", ",", "punct", 16),
            ("the", "the", "DET", "DT", "det", 22),
            ("town", "town", "NOUN", "NN", "poss", 24),
            ("'s", "'s", "PART", "POS", "case", 22),
            ("mayor", "mayor", "NOUN", "NN", "appos", 14),
            (",", ",", "PUNCT", ",", "punct", 24),
            ("Tomas", "Tomas", "PROPN", "NNP", "compound", 29),
            ("Kovac", "Kovac", "PROPN", "NNP", "compound", 29),
            ("-", "-", "PUNCT", "HYPH", "punct", 29),
            ("Horvat", "Horvat", "PROPN", "NNP", "appos", 24),
            (",", ",", "PUNCT", ",", "punct", 24),
            ("said", "say", "VERB", "VBD", "ROOT", 31),
            (".", ".", "PUNCT", ".", "punct", 31),
        ],
    )
    doc.ents = [
        SpacySpan(doc, 4, 5, label="GPE"),
        SpacySpan(doc, 10, 11, label="GPE"),
        SpacySpan(doc, 12, 14, label="CARDINAL"),
        SpacySpan(doc, 26, 30, label="ORG"),  # (as the recogniser tagged the real name)
    ]
    ex = extract_article(doc, None)
    names = {e.key: e.name for e in ex.entities}
    said = [q for q in ex.quotations if q.kind == "indirect"]
    assert [names.get(q.speaker_key or "") for q in said] == ["Tomas Kovac - Horvat"]
    assert doc.text[said[0].start : said[0].end].endswith("were evacuated from their homes")
    assert [names.get(c.claimant_key or "") for c in ex.claims] == ["Tomas Kovac - Horvat"]


def test_a_clause_subject_read_as_the_object_of_as(nlp) -> None:  # type: ignore[no-untyped-def]
    # "were ordered to leave on Sunday as a wildfire burning 12 kilometres from the town's edge threatened to reach its
    # outskirts": "as" read as a preposition, "threatened" hung on "ordered" with the residents for its subject — a
    # threat no one made became a statement
    text = (
        "FORT SMITH, Alberta — About 4,000 residents of Hay River were ordered to leave on Sunday as a wildfire burning"
        " 12 kilometres from the town's edge threatened to reach its outskirts by Monday, officials said."
    )
    ex = extract_article(nlp(text), None)
    assert [q.cue for q in ex.quotations] == ["said"]


def test_a_noun_opening_the_sentence_read_as_an_imperative(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Aid deliveries into Gaza have fallen by two-thirds …": "Aid" read as a verb with "deliveries" its object, the
    # two a clausal subject; the share had nothing it measured and was dropped
    text = "Aid deliveries into Gaza have fallen by two-thirds since May, the United Nations said on Friday."
    ex = extract_article(nlp(text), None)
    assert [(round(c.value, 4), c.subject) for c in ex.claims] == [(round(2 / 3, 4), "Aid deliveries")]
    assert [text[q.start : q.end] for q in ex.quotations] == [
        "Aid deliveries into Gaza have fallen by two-thirds since May"
    ]


def test_a_punctuation_mark_parsed_as_the_name_beside_a_title_is_no_crash(nlp) -> None:  # type: ignore[no-untyped-def]
    # (found by tests/test_fuzz.py: a noun set beside the root title whose words are all punctuation made the repair
    # of verbless appositive leads take the max of nothing)
    from app.extract.repair import repair_verbless_appositive_leads

    words = ["Minister", ",", "—", ",", "warned", "rivals", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[0, 0, 0, 0, 5, 0, 0],
        deps=["ROOT", "punct", "appos", "punct", "amod", "dobj", "punct"],
        pos=["PROPN", "PUNCT", "NOUN", "PUNCT", "VERB", "NOUN", "PUNCT"],
        tags=["NNP", ",", "NN", ",", "VBD", "NNS", "."],
        sent_starts=[True, False, False, False, False, False, False],
    )
    repair_verbless_appositive_leads(doc)  # (no error)
    assert [t.text for t in doc] == words


def test_a_participle_set_off_between_the_speaker_and_the_cue_is_not_what_was_said(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Former prime minister Ana Ruiz, ousted in a vote in April, said the new cabinet had failed.": the parser made
    # "Ruiz … ousted in a vote" a clause the subjectless cue reports, so what she was became a statement of hers
    doc = _tagged(
        nlp,
        [
            ("Former", "former", "ADJ", "JJ", "amod", 2),
            ("prime", "prime", "ADJ", "JJ", "amod", 2),
            ("minister", "minister", "NOUN", "NN", "compound", 4),
            ("Ana", "Ana", "PROPN", "NNP", "compound", 4),
            ("Ruiz", "Ruiz", "PROPN", "NNP", "nsubj", 6),
            (",", ",", "PUNCT", ",", "punct", 4),
            ("ousted", "oust", "VERB", "VBD", "ccomp", 13),
            ("in", "in", "ADP", "IN", "prep", 6),
            ("a", "a", "DET", "DT", "det", 9),
            ("vote", "vote", "NOUN", "NN", "pobj", 7),
            ("in", "in", "ADP", "IN", "prep", 9),
            ("April", "April", "PROPN", "NNP", "pobj", 10),
            (",", ",", "PUNCT", ",", "punct", 6),
            ("said", "say", "VERB", "VBD", "ROOT", 13),
            ("the", "the", "DET", "DT", "det", 16),
            ("new", "new", "ADJ", "JJ", "amod", 16),
            ("cabinet", "cabinet", "NOUN", "NN", "nsubj", 18),
            ("had", "have", "AUX", "VBD", "aux", 18),
            ("failed", "fail", "VERB", "VBN", "ccomp", 13),
            (".", ".", "PUNCT", ".", "punct", 13),
        ],
    )
    doc.ents = [SpacySpan(doc, 3, 5, label="PERSON"), SpacySpan(doc, 11, 12, label="DATE")]
    ex = extract_article(doc, None)
    names = {e.key: e.name for e in ex.entities}
    said = [(doc.text[q.start : q.end], names.get(q.speaker_key or "")) for q in ex.quotations]
    assert said == [("the new cabinet had failed", "Ana Ruiz")]


def test_a_belief_hung_on_a_reported_clause_is_part_of_it_and_not_the_speakers(nlp) -> None:  # type: ignore[no-untyped-def]
    # ", believing the sirens warned of a tsunami": what the residents believed, in what he said — not a second
    # statement of his
    text = (
        "Omar Said defended the decision. He said residents might have fled toward the fire, believing the sirens "
        "warned of a tsunami."
    )
    said = _indirect(nlp, text)
    assert ("residents might have fled toward the fire, believing the sirens warned of a tsunami", "Omar Said") in said
    assert not any(words == "the sirens warned of a tsunami" and who == "Omar Said" for words, who in said)


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz said the army had been called in to help the civilian administration.",
        "The Interior Ministry called in the army to guard the polling stations.",
        "The Defence Ministry called up 20,000 reservists to help.",
    ],
)
def test_call_as_a_summons_is_no_statement(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any("call" in q.cue for q in extract_article(nlp(text), None).quotations)


def test_a_dateline_before_a_gerund_subject_leaves_the_words_to_the_speaker_at_the_end(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser took "Fighting between …" for a gerund and made the sentence's verb a relative clause on a noun in it
    text = (
        "PORT SUDAN, Sudan — Fighting between Sudan's army and the paramilitary Rapid Support Forces has cut off "
        "water supplies to as many as 300,000 people in Nyala, the last city in the region still held by the army, "
        "the United Nations warned on Tuesday."
    )
    said = _indirect(nlp, text)
    assert [who for _words, who in said] == ["United Nations"]
    assert said[0][0].startswith("Fighting between") and said[0][0].endswith("300,000 people in Nyala")


def test_a_short_name_after_a_kind_of_body_hung_on_according_and_tagged_a_place_is_the_source(nlp) -> None:  # type: ignore[no-untyped-def]
    # "…, according to the national disaster agency, NDMA.": the parser hangs the short name on "according" and the
    # recogniser tags it a place
    doc = _tagged(
        nlp,
        [
            ("About", "about", "ADV", "RB", "advmod", 1),
            ("9,000", "9,000", "NUM", "CD", "nummod", 2),
            ("people", "people", "NOUN", "NNS", "nsubjpass", 5),
            ("have", "have", "AUX", "VBP", "aux", 5),
            ("been", "be", "AUX", "VBN", "auxpass", 5),
            ("evacuated", "evacuate", "VERB", "VBN", "ROOT", 5),
            (",", ",", "PUNCT", ",", "punct", 5),
            ("according", "accord", "VERB", "VBG", "prep", 5),
            ("to", "to", "ADP", "IN", "prep", 7),
            ("the", "the", "DET", "DT", "det", 12),
            ("national", "national", "ADJ", "JJ", "amod", 12),
            ("disaster", "disaster", "NOUN", "NN", "compound", 12),
            ("agency", "agency", "NOUN", "NN", "pobj", 8),
            (",", ",", "PUNCT", ",", "punct", 12),
            ("NDMA", "NDMA", "PROPN", "NNP", "pobj", 7),
            (".", ".", "PUNCT", ".", "punct", 5),
        ],
    )
    doc.ents = [SpacySpan(doc, 1, 2, label="CARDINAL"), SpacySpan(doc, 14, 15, label="GPE")]
    ex = extract_article(doc, None)
    names = {e.key: e.name for e in ex.entities}
    assert [(doc.text[q.start : q.end], names.get(q.speaker_key or "")) for q in ex.quotations] == [
        ("About 9,000 people have been evacuated", "NDMA")
    ]


def test_a_quotation_left_open_closes_at_its_mark_not_at_an_apostrophe_inside_a_word() -> None:
    from app.extract.reported import _close_marks

    text = "The union called the deal ‘a betrayal for the nation’s farmers’ and vowed to strike."
    start = text.index("the deal")
    end = text.index(" for the nation")
    assert text[slice(*_close_marks(text, start, end))] == "the deal ‘a betrayal for the nation’s farmers’"
