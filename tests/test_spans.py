"""Property: every stored span is the exact text it claims, text[start:end] == exact."""

from sqlalchemy import select
from sqlmodel import Session

from app.models import Article, ClaimSource, Mention, Quotation


def test_every_stored_span_matches_the_article_text(seeded_db) -> None:  # type: ignore[no-untyped-def]
    _, engine = seeded_db
    with Session(engine) as s:
        texts = dict(s.execute(select(Article.id, Article.text)).all())
        checked = 0
        for model in (Mention, Quotation, ClaimSource):
            for row in s.execute(select(model)).scalars():
                text = texts[row.article_id]
                assert 0 <= row.start < row.end <= len(text)
                assert text[row.start : row.end] == row.exact, (model.__name__, row.id)
                if model is not Mention:
                    assert text[max(0, row.start - 32) : row.start] == row.prefix
                    assert text[row.end : row.end + 32] == row.suffix
                    assert row.exact in row.sentence or row.sentence in text
                checked += 1
                if model is Quotation:
                    for name in ("speaker", "cue"):
                        start, end, exact = (getattr(row, f"{name}_{part}") for part in ("start", "end", "exact"))
                        if start is not None:
                            assert text[start:end] == exact, (name, row.id)
                            checked += 1
    assert checked > 150


def test_attributions_point_at_their_words(seeded_db) -> None:  # type: ignore[no-untyped-def]
    """Attributed quotations carry the words that name the speaker and the reporting verb."""
    _, engine = seeded_db
    with Session(engine) as s:
        rows = s.execute(select(Quotation).where(Quotation.speaker_entity_id.is_not(None))).scalars().all()  # type: ignore[union-attr]
    with_mention = [r for r in rows if r.speaker_exact]
    assert len(with_mention) >= 0.8 * len(rows) > 0
    assert sum(bool(r.cue_exact) for r in rows) >= 0.7 * len(rows)


def test_sources_served_by_the_api_match_the_article_text(client) -> None:  # type: ignore[no-untyped-def]
    texts: dict[int, str] = {}
    for path in ("/api/v1/statements?limit=500", "/api/v1/claims?limit=500"):
        for item in client.get(path).json()["items"]:
            assert item["sources"], item
            for src in item["sources"]:
                if src["article_id"] not in texts:
                    texts[src["article_id"]] = client.get(f"/api/v1/articles/{src['article_id']}").json()["text"]
                assert texts[src["article_id"]][src["start"] : src["end"]] == src["exact"]
                for extra in ("speaker_mention", "cue_span"):
                    span = src.get(extra)
                    if span:
                        assert texts[src["article_id"]][span["start"] : span["end"]] == span["exact"]
