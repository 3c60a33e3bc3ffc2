"""One article through every extraction step: Doc → entities, quotations, claims."""

from datetime import date

from spacy.tokens import Doc

from app.extract.attribution import attribute_quotes
from app.extract.entities import extract_entities
from app.extract.gazetteer import country_for
from app.extract.office_holders import (
    name_office_holders,
    spokespeople_of_the_body_before,
    spokespeople_of_the_one_before,
)
from app.extract.quote_filters import settle_quotations
from app.extract.quotes import find_quotes
from app.extract.records import ArticleExtraction, EntityRecord
from app.extract.repair import (
    repair_appositive_sources_of_bare_cues,
    repair_appositive_speakers,
    repair_appositives_of_a_fronted_place,
    repair_body_names_read_as_clauses,
    repair_clauses_read_as_conjuncts_of_a_cue,
    repair_clauses_read_as_what_evidence_is_of,
    repair_clauses_told_to_a_gathering,
    repair_conjoined_speakers,
    repair_conjuncts_read_into_a_subordinate_clause,
    repair_coordinated_clauses_before_a_cue,
    repair_counted_verbs,
    repair_counts_read_as_objects_of_a_preposition,
    repair_cues_read_as_relative_clauses,
    repair_data_compiled_by_that_show,
    repair_data_that_show,
    repair_leads_read_as_a_noun,
    repair_leads_read_into_a_fronted_place,
    repair_list_ends_read_as_the_speaker,
    repair_listed_sources,
    repair_misread_leads,
    repair_names_read_as_compounds_of_verbs,
    repair_names_read_as_modifiers_before_their_body,
    repair_names_read_into_a_relative_clause,
    repair_names_with_do,
    repair_participles_read_as_cues,
    repair_participles_read_as_reported_clauses,
    repair_participles_read_between_a_count_and_its_noun,
    repair_places_read_as_the_subject_after_in,
    repair_reporting_nouns,
    repair_sentences_opened_by_a_comma,
    repair_sources_read_into_a_phrase,
    repair_subordinate_clauses_read_as_main,
    repair_trailing_cues,
    repair_two_trailing_cues,
    repair_verbless_appositive_leads,
    repair_verbs_read_as_nouns,
    repair_verbs_read_into_relative_clauses,
    repair_verbs_read_into_the_subjects_appositive,
    repair_words_misread_around_clauses,
)
from app.extract.reported import reported_speech
from app.extract.speakers import SpeakerResolver
from app.extract.text import capitalised_for_its_place, doc_text, words_of


def extract_article(doc: Doc, published: date | None) -> ArticleExtraction:
    repair_body_names_read_as_clauses(doc)
    repair_sentences_opened_by_a_comma(doc)
    repair_coordinated_clauses_before_a_cue(doc)
    repair_clauses_read_as_what_evidence_is_of(doc)
    repair_two_trailing_cues(doc)
    repair_reporting_nouns(doc)
    repair_data_that_show(doc)
    repair_data_compiled_by_that_show(doc)
    repair_cues_read_as_relative_clauses(doc)
    repair_leads_read_into_a_fronted_place(doc)
    repair_counted_verbs(doc)
    repair_counts_read_as_objects_of_a_preposition(doc)
    repair_participles_read_between_a_count_and_its_noun(doc)
    repair_verbs_read_as_nouns(doc)
    repair_names_with_do(doc)
    repair_names_read_as_compounds_of_verbs(doc)
    repair_clauses_read_as_conjuncts_of_a_cue(doc)
    repair_verbless_appositive_leads(doc)
    repair_verbs_read_into_relative_clauses(doc)
    repair_participles_read_as_cues(doc)
    repair_participles_read_as_reported_clauses(doc)
    repair_subordinate_clauses_read_as_main(doc)
    repair_conjuncts_read_into_a_subordinate_clause(doc)
    repair_words_misread_around_clauses(doc)
    repair_names_read_into_a_relative_clause(doc)
    repair_names_read_as_modifiers_before_their_body(doc)
    repair_appositive_speakers(doc)
    repair_misread_leads(doc)
    repair_leads_read_as_a_noun(doc)
    repair_sources_read_into_a_phrase(doc)
    repair_trailing_cues(doc)
    repair_appositive_sources_of_bare_cues(doc)
    repair_listed_sources(doc)
    repair_list_ends_read_as_the_speaker(doc)
    repair_verbs_read_into_the_subjects_appositive(doc)
    repair_conjoined_speakers(doc)
    repair_appositives_of_a_fronted_place(doc)
    repair_places_read_as_the_subject_after_in(doc)
    repair_clauses_told_to_a_gathering(doc)
    quotes = find_quotes(doc_text(doc))  # one scan, for signatures (entities) and attribution
    entities = extract_entities(doc, quotes)
    resolver = SpeakerResolver(doc, entities, quotes)
    quotations = attribute_quotes(doc, resolver, published, quotes)
    reported = reported_speech(doc, resolver, quotations, published)
    quotations = settle_quotations(doc, quotations, reported) + reported
    name_office_holders(doc, quotations, entities)
    spokespeople_of_the_one_before(doc, entities)
    spokespeople_of_the_body_before(doc, entities)
    from app.extract.claims import extract_claims

    claims = extract_claims(doc, resolver, quotations, published)
    used = {q.speaker_key for q in quotations} | {c.claimant_key for c in claims}
    # Role-only references matter only when they speak or claim; otherwise they are noise.
    kept = [e for e in entities if (not e.is_role_reference and not _opening_word(doc, e)) or e.key in used]
    return ArticleExtraction(entities=kept, quotations=quotations, claims=claims)


def _opening_word(doc: Doc, entity: EntityRecord) -> bool:
    """A one-word "person" only ever written where every word is capitalised, opening a sentence
    ("Turnout was 58.6%"): a common word the recogniser took for a name, unless it speaks or claims. The
    same for a one-word "organization" or "place" the article also writes in lowercase (a headline's "Dam breach
    forces …" over "A dam on the river gave way", "Strikes halt trains" over "the strikes went ahead"; not a
    country's name)."""
    kinds = {"person", "organization", "place"}
    if entity.kind not in kinds or len(entity.name.split()) != 1 or not entity.mentions or country_for(entity.name):
        return False
    for mention in entity.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or len(span) != 1 or not capitalised_for_its_place(span[0]):
            return False
    return entity.kind == "person" or entity.name.lower() in words_of(doc)
