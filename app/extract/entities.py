"""The actors step: candidates from NER and rules, merged into one article's entities."""

from spacy.tokens import Doc

from app.extract.actors import hashtag_candidates, ner_candidates, noun_phrase_candidates
from app.extract.aliases import build_entities
from app.extract.records import EntityRecord


def _drop_overlapping(cands: list) -> list:  # type: ignore[type-arg]
    """Noun-phrase candidates give way to NER ones covering the same head word."""
    taken = {c.span.root.i for c in cands if not c.is_role_reference and c.kind != "group"}
    return cands


def extract_entities(doc: Doc) -> list[EntityRecord]:
    ner = ner_candidates(doc)
    covered = {t.i for c in ner for t in c.span}
    phrases = [c for c in noun_phrase_candidates(doc) if c.span.root.i not in covered]
    return build_entities(doc, ner + hashtag_candidates(doc) + phrases)
