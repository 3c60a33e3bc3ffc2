"""Property-based tests on ingestion (hypothesis): arbitrary Unicode, control characters, lone
surrogates, unbalanced and nested quote marks, HTML soup, JSON with wrong types. Never a crash,
never a partial article, every stored span is its exact text.

`make test` runs the "ci" profile (220 examples in all); `make fuzz` runs the "fuzz" profile
(10,000 extraction inputs, 500 whole ingests, 2,000 POST bodies). Failures hypothesis finds are kept in .hypothesis/ and
replayed first.
"""

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlmodel import Session

from app.extract.pipeline import extract_article
from app.extract.text import normalize_text
from app.ingest.readers import ArticleInput
from app.ingest.service import ingest
from app.models import Article, ClaimSource, Mention, Quotation
from tests.conftest import API_KEY, MODEL, fresh_engine

settings.register_profile("ci", max_examples=120, deadline=None, suppress_health_check=list(HealthCheck))
settings.register_profile("fuzz", max_examples=10_000, deadline=None, suppress_health_check=list(HealthCheck))
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
# Examples per test: extraction is cheap; each ingest example builds a database; POSTs go through the app.
EXAMPLES = {
    "ci": {"extract": 120, "ingest": 40, "post": 60},
    "fuzz": {"extract": 10_000, "ingest": 500, "post": 2_000},
}[PROFILE]

# Pieces news text is made of, and the marks that break naive quote and number parsers.
PIECES = [
    "The mayor", "Ana Ruiz", "Mr.", "Gov.", "said", "told reporters", "according to", "she added", "WALLACE:",
    "“", "”", "‘", "’", '"', "'", "«", "»", "„", "―", "—", "-", ":", ",", ".", "?", "\n", "\n\n", " ", "\t",
    "$", "€", "£", "%", "5", "1,000", "3.5m", "12-2", "between", "and", "to", "minus", "1/16", "two-thirds of",
    "<p>", "</b>", "&amp;", "<script>x</script>", "\u0000", "\u200b", "\ufeff", "\u00a0", "e\u0301", "🙂",
]  # fmt: skip
news_like = st.lists(st.sampled_from(PIECES), max_size=80).map(" ".join)
any_text = st.one_of(st.text(max_size=300), news_like)


@settings(settings.get_profile(PROFILE), max_examples=EXAMPLES["extract"])
@given(raw=any_text)
def test_extraction_never_fails_and_every_span_is_exact(nlp, raw: str) -> None:  # type: ignore[no-untyped-def]
    text = normalize_text(raw)
    extraction = extract_article(nlp(text), None)
    for record in [*extraction.quotations, *extraction.claims]:
        assert 0 <= record.start <= record.end <= len(text)
    for quote in extraction.quotations:
        for span in (quote.speaker_span, quote.cue_span):
            assert span is None or 0 <= span.start < span.end <= len(text)
    for entity in extraction.entities:
        for mention in entity.mentions:
            assert 0 <= mention.start < mention.end <= len(text)


@settings(settings.get_profile(PROFILE), max_examples=EXAMPLES["ingest"])
@given(texts=st.lists(any_text, min_size=1, max_size=3))
def test_ingest_lands_whole_articles_or_nothing(tmp_path_factory, texts: list[str]) -> None:  # type: ignore[no-untyped-def]
    engine = fresh_engine(tmp_path_factory.mktemp("fuzz") / "f.db")
    articles = [ArticleInput(text=t, slug=f"f{i}") for i, t in enumerate(texts)]
    report = ingest(engine, articles, model_name=MODEL)
    assert report.corpus_error is None
    assert all(o.status in {"ingested", "unchanged", "failed"} for o in report.outcomes)
    with Session(engine) as s:
        stored = dict(s.execute(select(Article.id, Article.text)).all())
        assert len(stored) == report.count("ingested")
        for model in (Quotation, ClaimSource, Mention):
            for row in s.execute(select(model)).scalars():
                assert stored[row.article_id][row.start : row.end] == row.exact
        assert (
            s.execute(
                select(func.count()).select_from(Quotation).where(Quotation.article_id.not_in(stored))
            ).scalar_one()
            == 0
        )  # type: ignore[attr-defined]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
bodies = st.one_of(
    st.dictionaries(
        st.sampled_from(["text", "title", "publisher", "url", "author", "published_at", "extra"]),
        json_values,
        max_size=6,
    ).map(json.dumps),
    json_values.map(json.dumps),
    st.text(max_size=200),
)


@settings(settings.get_profile(PROFILE), max_examples=EXAMPLES["post"])
@given(body=bodies, media=st.sampled_from(["application/json", "text/plain", "text/html", "application/xml"]))
def test_post_article_never_500(writable_client, body: str, media: str) -> None:  # type: ignore[no-untyped-def]
    response = writable_client.post(
        "/api/v1/articles",
        content=body.encode("utf-8", "surrogatepass"),
        headers={"Authorization": f"Bearer {API_KEY}", "Content-Type": media},
    )
    assert response.status_code in {200, 201, 413, 415, 422}, response.text
    if response.status_code >= 400:
        assert response.headers["content-type"].startswith("application/problem+json")


def test_too_long_for_the_model_fails_alone(tmp_path: Path) -> None:
    """A 1.7-million-character single line (under the 2 MB limit, over spaCy's max_length)."""
    engine = fresh_engine(tmp_path / "big.db")
    big = "The mayor said the levee will hold and 300 people left. " * 30_000
    report = ingest(
        engine,
        [ArticleInput(text=big, slug="big"), ArticleInput(text="“It holds,” Ana Ruiz said.", slug="small")],
        model_name=MODEL,
    )
    outcomes = {o.name: o for o in report.outcomes}
    assert outcomes["big"].status == "failed" and "too long" in (outcomes["big"].reason or "")
    assert outcomes["small"].status == "ingested"


@pytest.mark.parametrize("raw", ["a\u0000b said", "\ud800 lone surrogate said", "x\u0085y\u009f"])
def test_control_characters_are_not_stored(raw: str) -> None:
    text = normalize_text(raw)
    assert not any(ord(c) < 32 and c not in "\n\t" for c in text)
    text.encode("utf-8")  # storable
