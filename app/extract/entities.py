"""The actors step: candidates from NER and rules, merged into one article's entities."""

from spacy.tokens import Doc

from app.extract.actors import (
    acronyms_beside_a_body,
    admin_unit_candidates,
    byline_candidates,
    dateline_candidates,
    described_name_candidates,
    gazetteer_candidates,
    hashtag_candidates,
    ner_candidates,
    noun_phrase_candidates,
    spelled_out_acronym_candidates,
    titled_name_candidates,
)
from app.extract.aliases import build_entities
from app.extract.quotes import QuoteSpan
from app.extract.records import EntityRecord
from app.extract.speaker_labels import label_candidates


def extract_entities(doc: Doc, quotes: list[QuoteSpan]) -> list[EntityRecord]:
    """`quotes`: the article's quoted spans (signatures after them name people)."""
    known = gazetteer_candidates(doc)
    # ("the Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU)": one body, over the pieces tagged)
    spelled = [
        c
        for c in spelled_out_acronym_candidates(doc)
        if not any(c.span.start <= k.span.start < c.span.end for k in known)
    ]
    known += spelled
    bodies = [(c.span.start, c.span.end) for c in known if c.kind == "organization"]
    tagged = [c for c in ner_candidates(doc) if not any(s <= c.span.start and c.span.end <= e for s, e in bodies)]
    # the place a dateline opens with, whole, over the pieces the recogniser made of it ("VIÑA" + "DEL MAR")
    datelines = dateline_candidates(doc) + byline_candidates(doc)
    tagged = [
        c for c in tagged if not any(d.span.start <= c.span.start and c.span.end <= d.span.end for d in datelines)
    ]
    # ("the mayor of Kherson, Roman Mrochko,": a person's name the recogniser tagged a people, the title says whose)
    described = described_name_candidates(doc)
    names = {(c.span.start, c.span.end) for c in described}
    tagged = [c for c in tagged if c.kind != "demonym" or (c.span.start, c.span.end) not in names]
    starts = {c.span.start for c in tagged + known}
    datelines = [c for c in datelines if c.span.start not in starts]
    taken = {t.i for c in tagged + known for t in c.span}
    described = [c for c in described if not any(t.i in taken for t in c.span)]
    units = [c for c in admin_unit_candidates(doc) if not any(t.i in taken for t in c.span)]
    units += [c for c in acronyms_beside_a_body(doc) if not any(t.i in taken for t in c.span)]
    ner = tagged + known + titled_name_candidates(doc) + described + units + label_candidates(doc, quotes) + datelines
    covered = {t.i for c in ner for t in c.span}
    phrases = [c for c in noun_phrase_candidates(doc) if c.span.root.i not in covered]
    return build_entities(doc, ner + hashtag_candidates(doc) + phrases)
