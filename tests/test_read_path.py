"""The read path writes its JSON straight from rows (app/services/common.py), without building
the response models. Every body must still be exactly what its documented model would produce:
validating it against the model and dumping it back gives the same JSON, field for field."""

import json
from typing import Any

import pytest
from pydantic import TypeAdapter

from app.schemas import (
    ActorPublic,
    ArticlePublic,
    ClaimPublic,
    Page,
    SearchHit,
    SourcePublic,
    StatementPublic,
    TimelineEntry,
)

LISTS: list[tuple[str, Any]] = [
    ("/api/v1/statements?limit=500", Page[StatementPublic]),
    ("/api/v1/statements?limit=500&sort=sources", Page[StatementPublic]),
    ("/api/v1/claims?limit=500", Page[ClaimPublic]),
    ("/api/v1/actors?limit=500", Page[ActorPublic]),
    ("/api/v1/articles?limit=500", Page[ArticlePublic]),
    ("/api/v1/sources?limit=500", Page[SourcePublic]),
    ("/api/v1/timeline?limit=500", Page[TimelineEntry]),
    ("/api/v1/search?q=border&limit=100", Page[SearchHit]),
]


def exactly_as_model(body: bytes, shape: Any) -> Any:
    """The body parsed, after checking that the model reads it and writes it back unchanged."""
    adapter = TypeAdapter(shape)
    parsed = json.loads(body)
    assert adapter.dump_python(adapter.validate_json(body), mode="json") == parsed
    return parsed


@pytest.mark.parametrize(("path", "shape"), LISTS, ids=[p for p, _ in LISTS])
def test_list_bodies_match_their_models(client, path: str, shape: Any) -> None:  # type: ignore[no-untyped-def]
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    page = exactly_as_model(response.content, shape)
    assert page["items"], f"{path}: the seeds should give items to check"


def test_lookups_match_their_models_and_the_lists(client) -> None:  # type: ignore[no-untyped-def]
    for path, model, key in [
        ("/api/v1/statements", StatementPublic, "id"),
        ("/api/v1/claims", ClaimPublic, "id"),
        ("/api/v1/actors", ActorPublic, "slug"),
    ]:
        items = client.get(path, params={"limit": 500}).json()["items"]
        assert items
        for item in items:
            one = client.get(f"{path}/{item[key]}")
            assert one.status_code == 200
            assert exactly_as_model(one.content, model) == item  # the same object in the list and alone


def test_statement_sources_carry_the_attribution_spans(client) -> None:  # type: ignore[no-untyped-def]
    """Dict-built sources keep every field: spans, context and the article they point into."""
    statements = client.get("/api/v1/statements", params={"limit": 500}).json()["items"]
    sources = [s for st in statements for s in st["sources"]]
    assert sources and all(s["article_slug"] and s["exact"] and s["sentence"] for s in sources)
    assert any(s["speaker_mention"] for s in sources) and any(s["cue_span"] for s in sources)
    for source in sources:
        for span in (source["speaker_mention"], source["cue_span"]):
            assert span is None or set(span) == {"start", "end", "exact"}


def test_paged_json_keeps_link_and_etag(client) -> None:  # type: ignore[no-untyped-def]
    first = client.get("/api/v1/statements", params={"limit": 2})
    assert 'rel="next"' in first.headers["link"] and first.headers["etag"]
    again = client.get("/api/v1/statements", params={"limit": 2}, headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304
