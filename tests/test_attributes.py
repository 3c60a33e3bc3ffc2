"""The attribute ruler applied by table lookup (app.extract.attributes) sets exactly what spaCy's own
AttributeRuler sets: same parts of speech, morphology and lemmas, on the real model."""

import pytest
import spacy
from spacy.attrs import IS_SPACE, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc

from app.config import get_settings
from app.extract.attributes import FastAttributeRuler, compile_ruler
from app.extract.nlp import load_nlp

# Written for this test: contractions and dialect forms the model's exceptions cover ("ain't", "y'all",
# "let's", "nothin'", "doin'"), auxiliaries and main-verb "do"/"have", determiners as pronouns, numbers,
# quotation marks, a dash, extra spaces and line breaks.
TEXTS = [
    "“We ain't leaving,” said a farmer near the levee. “Y'all know there's nothin' left to save.”",
    "Let's be clear: the ministry did not say how many had died, and it has done little since Tuesday.",
    "Those who stayed have had no power for 12 days — that is what the mayor's office told reporters.",
    "What're you doin' here?  She asked him twice,\nthen left.\n\nIt was 3.5 km away; all of them ran.",
    "Rescuers pulled 41 people from the rubble on Friday, while others said they'd go back at dawn.",
]

SET = [POS, TAG, MORPH, LEMMA, IS_SPACE]


@pytest.fixture(scope="module")
def stock_nlp():
    return spacy.load(get_settings().spacy_model)


def _before_ruler(nlp, text: str) -> Doc:
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "attribute_ruler":
            return doc
        doc = proc(doc)
    raise AssertionError("the model has no attribute ruler")


def test_the_project_pipeline_uses_the_lookup_ruler():
    nlp = load_nlp(get_settings().spacy_model)
    assert isinstance(nlp.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert nlp.pipe_names.index("attribute_ruler") < nlp.pipe_names.index("lemmatizer")


@pytest.mark.parametrize("text", TEXTS)
def test_lookup_ruler_sets_what_the_stock_ruler_sets(stock_nlp, text):
    stock = stock_nlp.get_pipe("attribute_ruler")
    fast = compile_ruler(stock)
    assert fast is not None
    parsed = _before_ruler(stock_nlp, text)
    by_stock = stock(Doc(stock_nlp.vocab).from_bytes(parsed.to_bytes()))
    by_fast = fast(Doc(stock_nlp.vocab).from_bytes(parsed.to_bytes()))
    assert [t.pos_ for t in by_fast] == [t.pos_ for t in by_stock]
    assert [str(t.morph) for t in by_fast] == [str(t.morph) for t in by_stock]
    assert (by_fast.to_array(SET) == by_stock.to_array(SET)).all()
    assert by_fast.to_bytes() == by_stock.to_bytes()
    assert {t.pos_ for t in by_fast} >= {"VERB", "AUX", "PRON", "PUNCT"}  # the ruler did set parts of speech


def test_the_exceptions_with_two_tokens_and_patterns_apply(stock_nlp):
    fast = compile_ruler(stock_nlp.get_pipe("attribute_ruler"))
    assert fast is not None and fast.sequences  # "let's", "y'all" …: patterns over two tokens
    doc = fast(_before_ruler(stock_nlp, "Let's go."))
    assert doc[1].lemma_ == "us"  # the stock rule for "let's"


def test_patterns_it_cannot_express_keep_the_stock_component():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"POS": "ADV"})
    assert compile_ruler(ruler) is None
    ruler = spacy.blank("en").add_pipe("attribute_ruler")
    ruler.add([[{"LENGTH": {">=": 3}}]], {"POS": "NOUN"})
    assert compile_ruler(ruler) is None


def test_a_blank_pipeline_ruler_with_simple_patterns_matches_the_stock_one():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"IN": ["floods", "fires"]}}]], {"POS": "NOUN", "LEMMA": "disaster"})
    ruler.add([[{"LOWER": "the"}, {"LOWER": {"REGEX": "^fl"}}]], {"POS": "NOUN"}, index=1)
    ruler.add([[{"IS_SPACE": True}]], {"POS": "SPACE"})
    fast = compile_ruler(ruler)
    assert fast is not None
    text = "The floods  and the fires: the flames, the flood."
    by_stock, by_fast = ruler(nlp.make_doc(text)), fast(nlp.make_doc(text))
    assert [(t.pos_, t.lemma_) for t in by_fast] == [(t.pos_, t.lemma_) for t in by_stock]
    assert [t.pos_ for t in by_fast][:3] == ["", "NOUN", "SPACE"]
    assert by_fast[1].lemma_ == "disaster" and by_fast[8].text == "flames" and by_fast[8].pos_ == "NOUN"


def test_an_empty_text():
    nlp = load_nlp(get_settings().spacy_model)
    assert len(nlp("")) == 0
