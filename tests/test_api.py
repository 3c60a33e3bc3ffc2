"""Contract tests over a real SQLite file: shapes, filters, pagination, errors, auth, ETag."""

import json
import re

import pytest
from pydantic import TypeAdapter
from sqlalchemy import event, text

from app import schemas
from tests.conftest import API_KEY

PROBLEM = "application/problem+json"


def test_health_and_ready(client) -> None:  # type: ignore[no-untyped-def]
    assert client.get("/health").json() == {"status": "ok"}
    assert client.get("/ready").json() == {"status": "ready"}


def test_articles_list_shape_and_pagination(client) -> None:  # type: ignore[no-untyped-def]
    r = client.get("/api/v1/articles", params={"limit": 2})
    body = r.json()
    assert r.status_code == 200 and body["total"] == 5 and body["limit"] == 2 and body["offset"] == 0
    assert len(body["items"]) == 2 and 'rel="next"' in r.headers["link"]
    item = body["items"][0]
    for field in (
        "id",
        "slug",
        "title",
        "publisher",
        "url",
        "author",
        "published_at",
        "language",
        "word_count",
        "ingested_at",
        "counts",
    ):
        assert field in item
    assert set(item["counts"]) == {"statements", "claims", "actors"}
    last = client.get("/api/v1/articles", params={"limit": 2, "offset": 4})
    assert 'rel="prev"' in last.headers["link"] and 'rel="next"' not in last.headers["link"]


def test_article_by_id_or_slug(client) -> None:  # type: ignore[no-untyped-def]
    by_slug = client.get("/api/v1/articles/004_3534fd8c3ae90925").json()
    assert by_slug["publisher"] == "Washington Examiner" and by_slug["text"].startswith("NATO condemns")
    assert client.get(f"/api/v1/articles/{by_slug['id']}").json()["slug"] == "004_3534fd8c3ae90925"


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/articles?limit=0",
        "/api/v1/articles?limit=501",
        "/api/v1/articles?offset=-1",
        "/api/v1/articles?colour=red",
        "/api/v1/actors?kind=planet",
        "/api/v1/statements?since=yesterday",
        "/api/v1/statements?kind=rumour",
        "/api/v1/claims?min_value=lots",
        "/api/v1/search",
    ],
)
def test_bad_query_values_are_422_problems(client, path) -> None:  # type: ignore[no-untyped-def]
    r = client.get(path)
    assert r.status_code == 422 and r.headers["content-type"].startswith(PROBLEM)
    assert {"type", "title", "status", "detail"} <= set(r.json())


def test_every_api_route_refuses_an_unknown_query_parameter(client) -> None:  # type: ignore[no-untyped-def]
    """The API's routes are added flat (app.main), each carrying the check of its router."""
    paths = [p for p, ops in client.get("/openapi.json").json()["paths"].items() if "get" in ops]
    api_paths = [p for p in paths if p.startswith("/api/v1/")]
    assert len(api_paths) >= 15
    for template in api_paths:
        path = re.sub(r"\{fmt\}", "csv", re.sub(r"\{(?!fmt)[^}]+\}", "1", template))
        r = client.get(path, params={"zzz_unknown": "1"})
        assert r.status_code == 422, (template, r.status_code)
        assert "zzz_unknown" in r.text, template


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/articles/nope",
        "/api/v1/actors/999999",
        "/api/v1/statements/999999",
        "/api/v1/claims/999999",
        "/api/v1/sources/nope",
        "/api/v1/nothing-here",
    ],
)
def test_missing_things_are_404_problems(client, path) -> None:  # type: ignore[no-untyped-def]
    r = client.get(path)
    assert r.status_code == 404 and r.headers["content-type"].startswith(PROBLEM)
    assert "Traceback" not in r.text


def test_etag_and_304(client) -> None:  # type: ignore[no-untyped-def]
    r = client.get("/api/v1/actors")
    etag = r.headers["etag"]
    again = client.get("/api/v1/actors", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.headers["etag"] == etag and again.content == b""


def test_actors_filters(client) -> None:  # type: ignore[no-untyped-def]
    people = client.get("/api/v1/actors", params={"kind": "person", "limit": 500}).json()["items"]
    assert people and all(a["kind"] == "person" for a in people)
    hits = client.get("/api/v1/actors", params={"q": "Stoltenberg"}).json()["items"]
    assert hits[0]["name"] == "Jens Stoltenberg" and hits[0]["role"]
    by_slug = client.get(f"/api/v1/actors/{hits[0]['slug']}").json()
    assert by_slug["id"] == hits[0]["id"] and by_slug["counts"]["statements"] >= 3
    said = client.get(f"/api/v1/actors/{hits[0]['slug']}/statements").json()
    assert said["total"] >= 3 and all(s["speaker"]["id"] == hits[0]["id"] for s in said["items"])
    mentions = [a["counts"]["mentions"] for a in client.get("/api/v1/actors").json()["items"]]
    assert mentions == sorted(mentions, reverse=True)


def test_statements_filters_and_provenance(client) -> None:  # type: ignore[no-untyped-def]
    direct = client.get("/api/v1/statements", params={"kind": "direct", "limit": 500}).json()["items"]
    assert direct and all(s["kind"] == "direct" for s in direct)
    s = direct[0]
    assert {
        "id",
        "text",
        "kind",
        "speaker",
        "cue",
        "channel",
        "said_on",
        "sources",
        "source_count",
        "first_reported_at",
    } <= set(s)
    src = s["sources"][0]
    assert {
        "article_id",
        "article_slug",
        "publisher",
        "published_at",
        "url",
        "start",
        "end",
        "exact",
        "prefix",
        "suffix",
        "sentence",
    } <= set(src)
    in_article = client.get("/api/v1/statements", params={"article": "004_3534fd8c3ae90925", "limit": 500}).json()
    assert in_article["total"] > 0
    assert all(any(x["article_slug"] == "004_3534fd8c3ae90925" for x in st["sources"]) for st in in_article["items"])
    words = client.get("/api/v1/statements", params={"q": "callous"}).json()["items"]
    assert words and all("callous" in w["text"] for w in words)
    dated = client.get("/api/v1/statements", params={"since": "2021-11-12", "until": "2021-11-12"}).json()["items"]
    assert dated and all((d["said_on"] or d["first_reported_at"]) == "2021-11-12" for d in dated)


def test_annotations_and_sources(client) -> None:  # type: ignore[no-untyped-def]
    ann = client.get("/api/v1/articles/001_2485c30655706b5a/annotations").json()
    assert ann["quotations"] and ann["mentions"]
    text = client.get("/api/v1/articles/001_2485c30655706b5a").json()["text"]
    for span in ann["quotations"] + ann["mentions"] + ann["claims"]:
        assert text[span["start"] : span["end"]] == span["exact"]
    sources = client.get("/api/v1/sources").json()
    assert sources["total"] == 5
    belsat = client.get("/api/v1/sources/belsat").json()
    assert belsat["domain"] == "belsat.eu" and belsat["article_count"] == 1
    assert client.get("/api/v1/sources/belsat/articles").json()["items"][0]["publisher"] == "Belsat"


def test_search_and_timeline(client) -> None:  # type: ignore[no-untyped-def]
    hits = client.get("/api/v1/search", params={"q": "vigilant"}).json()
    assert hits["total"] >= 1 and any(h["kind"] == "statement" for h in hits["items"])
    assert "[" in hits["items"][0]["snippet"]
    ranks = [h["rank"] for h in hits["items"]]
    assert ranks == sorted(ranks, reverse=True)
    assert client.get("/api/v1/search", params={"q": '"unbalanced AND ('}).status_code == 200
    line = client.get("/api/v1/timeline", params={"limit": 500}).json()["items"]
    dates = [e["date"] for e in line]
    assert dates and dates == sorted(dates)


def test_list_endpoints_use_a_bounded_number_of_queries(client, seeded_db) -> None:  # type: ignore[no-untyped-def]
    from app.db import get_engine

    counts: list[int] = []
    for path in (
        "/api/v1/statements?limit=5",
        "/api/v1/statements?limit=200",
        "/api/v1/actors?limit=5",
        "/api/v1/actors?limit=200",
        "/api/v1/claims?limit=200",
        "/api/v1/articles?limit=5",
    ):
        queries: list[str] = []

        def listener(*args, queries=queries):  # type: ignore[no-untyped-def]
            queries.append(args[2])

        event.listen(get_engine(), "before_cursor_execute", listener)
        assert client.get(path).status_code == 200
        event.remove(get_engine(), "before_cursor_execute", listener)
        counts.append(len(queries))
    assert max(counts) <= 8
    assert counts[0] == counts[1] and counts[2] == counts[3]


def test_post_needs_a_key(writable_client) -> None:  # type: ignore[no-untyped-def]
    r = writable_client.post("/api/v1/articles", json={"text": "x"})
    assert r.status_code == 401 and r.headers["content-type"].startswith(PROBLEM)
    r = writable_client.post("/api/v1/articles", json={"text": "x"}, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 403


def test_post_and_delete_article(writable_client) -> None:  # type: ignore[no-untyped-def]
    auth = {"Authorization": f"Bearer {API_KEY}"}
    body = {
        "text": "“The river has never been this high,” Mayor Anna Berg said on Friday. "
        "Officials evacuated more than 2,000 residents.",
        "title": "Floods",
        "publisher": "Example News",
        "url": "https://example.org/floods",
        "published_at": "2024-05-03",
    }
    r = writable_client.post("/api/v1/articles", json=body, headers=auth)
    assert r.status_code == 201, r.text
    article = r.json()
    assert article["publisher"] == "Example News" and article["text"].startswith("“The river")
    again = writable_client.post("/api/v1/articles", json=body, headers=auth)
    assert again.status_code == 200 and again.json()["id"] == article["id"]
    said = writable_client.get("/api/v1/statements").json()["items"]
    assert said and said[0]["speaker"]["name"] == "Anna Berg" and said[0]["said_on"] == "2024-05-03"
    plain = writable_client.post(
        "/api/v1/articles",
        content="The minister said talks would resume.",
        headers={**auth, "Content-Type": "text/plain"},
    )
    assert plain.status_code == 201
    assert writable_client.delete(f"/api/v1/articles/{article['id']}", headers=auth).status_code == 204
    assert writable_client.get(f"/api/v1/articles/{article['id']}").status_code == 404
    assert all(
        s["sources"] and s["sources"][0]["article_id"] != article["id"]
        for s in writable_client.get("/api/v1/statements").json()["items"]
    )
    assert writable_client.delete("/api/v1/articles/999", headers=auth).status_code == 404


def test_search_cache_serves_repeats_and_never_a_stale_page(writable_client) -> None:  # type: ignore[no-untyped-def]
    """A repeated search is answered from the process's cache (one query: the index token), and
    every write to the index (an ingest, a deletion) is seen by the next search at once."""
    from app.db import get_engine

    auth = {"Authorization": f"Bearer {API_KEY}"}

    def article(n: int) -> dict[str, str]:
        return {"text": f"Engineers inspected the quellbridge span {n} on Monday, the agency said.", "title": f"T{n}"}

    def search() -> tuple[int, list[int], int]:
        queries: list[str] = []

        def listener(*args, queries=queries):  # type: ignore[no-untyped-def]
            queries.append(args[2])

        event.listen(get_engine(), "before_cursor_execute", listener)
        r = writable_client.get("/api/v1/search", params={"q": "quellbridge", "kind": "article"})
        event.remove(get_engine(), "before_cursor_execute", listener)
        assert r.status_code == 200
        return r.json()["total"], [h["id"] for h in r.json()["items"]], len(queries)

    first = writable_client.post("/api/v1/articles", json=article(1), headers=auth).json()["id"]
    total, ids, queries = search()
    assert (total, ids) == (1, [first]) and queries >= 3  # token, count, page
    assert search() == (1, [first], 1)  # kept: only the token was read
    second = writable_client.post("/api/v1/articles", json=article(2), headers=auth).json()["id"]
    total, ids, _ = search()
    assert total == 2 and sorted(ids) == sorted([first, second])
    assert writable_client.delete(f"/api/v1/articles/{first}", headers=auth).status_code == 204
    assert search()[:2] == (1, [second])


@pytest.mark.parametrize(
    ("content", "ctype", "status"),
    [
        (b"{broken", "application/json", 422),
        (b'{"title": "no text"}', "application/json", 422),
        (b'{"text": "ok", "extra": 1}', "application/json", 422),
        (b"hello", "application/xml", 415),
        (b"\xff\xfe", "text/plain", 422),
        (b"x" * 2_000_001, "text/plain", 413),
    ],
)
def test_post_bad_bodies(writable_client, content, ctype, status) -> None:  # type: ignore[no-untyped-def]
    r = writable_client.post(
        "/api/v1/articles", content=content, headers={"Authorization": f"Bearer {API_KEY}", "Content-Type": ctype}
    )
    assert r.status_code == status and r.headers["content-type"].startswith(PROBLEM)


def _model_for(schema_name: str):  # type: ignore[no-untyped-def]
    if schema_name.startswith("Page_"):
        return schemas.Page[getattr(schemas, schema_name[5:-1])]
    return getattr(schemas, schema_name)


def test_openapi_documents_problems_and_examples(client) -> None:  # type: ignore[no-untyped-def]
    spec = client.get("/openapi.json").json()
    assert "Problem" in spec["components"]["schemas"]
    checked = 0
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            where = f"{method.upper()} {path}"
            assert op.get("summary") and op.get("tags"), where
            for code in ("422", "500"):
                assert "application/problem+json" in op["responses"][code]["content"], where
            for param in op.get("parameters", []):
                assert param.get("description") or param["in"] == "path", f"{where} {param['name']}"
            for code, response in op["responses"].items():
                for media_type, content in response.get("content", {}).items():
                    assert "example" in content, f"{where} {code} {media_type}"
                    ref = content["schema"].get("$ref")
                    if ref:  # the example is a valid instance of the documented model
                        model = _model_for(ref.rsplit("/", 1)[-1])
                        TypeAdapter(model).validate_python(content["example"])
                        checked += 1
                    if "problem" in media_type:
                        assert content["example"]["status"] == int(code), where
    assert checked > 40
    refs = set(re.findall(r'"#/components/schemas/([^"]+)"', json.dumps(spec)))
    assert refs <= set(spec["components"]["schemas"]), refs - set(spec["components"]["schemas"])


def test_docs_pages_are_served_without_cdn(client) -> None:  # type: ignore[no-untyped-def]
    docs = client.get("/docs").text
    assert "cdn" not in docs.lower() and "swagger-ui-bundle.js" in docs
    assert "cdn" not in client.get("/redoc").text.lower()


def test_claims_filters_and_detail(client) -> None:  # type: ignore[no-untyped-def]
    everything = client.get("/api/v1/claims", params={"limit": 500}).json()
    assert everything["total"] == len(everything["items"]) >= 7
    claim = everything["items"][0]
    assert set(claim) >= {"value", "qualifier", "unit", "subject", "refers_to", "refers_to_precision", "conflicts"}
    assert client.get(f"/api/v1/claims/{claim['id']}").json() == claim
    troops = client.get("/api/v1/claims", params={"subject": "troops"}).json()["items"]
    assert troops and all("troop" in c["subject"] for c in troops)
    km = client.get("/api/v1/claims", params={"unit": "km"}).json()["items"]
    assert km and all(c["unit"] == "km" for c in km)
    big = client.get("/api/v1/claims", params={"min_value": 10000}).json()["items"]
    assert big and all((c["value_max"] or c["value"]) >= 10000 for c in big)
    small = client.get("/api/v1/claims", params={"max_value": 100}).json()["items"]
    assert small and all((c["value_min"] or c["value"]) <= 100 for c in small)
    with_claimant = [c for c in everything["items"] if c["claimant"]]
    who = with_claimant[0]["claimant"]
    by_claimant = client.get("/api/v1/claims", params={"claimant": who["slug"]}).json()["items"]
    assert by_claimant and all(c["claimant"]["id"] == who["id"] for c in by_claimant)
    assert client.get(f"/api/v1/actors/{who['id']}/claims").json()["items"] == by_claimant
    article = claim["sources"][0]["article_slug"]
    in_article = client.get("/api/v1/claims", params={"article": article}).json()["items"]
    assert in_article and all(any(s["article_slug"] == article for s in c["sources"]) for c in in_article)
    dated = [c for c in everything["items"] if c["refers_to"]]
    assert dated and all(c["refers_to_precision"] in {"day", "month", "year"} for c in dated)


def test_wrong_method_lists_the_allowed_ones(client) -> None:  # type: ignore[no-untyped-def]
    r = client.put("/api/v1/articles")
    assert r.status_code == 405 and r.headers["allow"] == "GET, POST"
    assert r.headers["content-type"].startswith(PROBLEM)
    assert client.patch("/api/v1/articles/1").headers["allow"] == "DELETE, GET"


def test_dates_must_be_iso(client) -> None:  # type: ignore[no-untyped-def]
    for bad in ("0", "1700000000", "12/11/2021"):
        r = client.get("/api/v1/statements", params={"since": bad})
        assert r.status_code == 422 and r.headers["content-type"].startswith(PROBLEM), bad
    assert client.get("/api/v1/statements", params={"since": "2021-11-12"}).status_code == 200
    assert client.get("/api/v1/claims/99999999999999999999999").status_code == 422
    assert client.get("/api/v1/articles/99999999999999999999999").status_code == 404


def test_writes_are_rate_limited_per_key(writable_client, monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    from app.api.deps import write_limiter
    from app.config import get_settings

    monkeypatch.setenv("WRITE_REQUESTS_PER_MINUTE", "2")
    get_settings.cache_clear()
    write_limiter._seen.clear()
    headers = {"Authorization": f"Bearer {API_KEY}", "Content-Type": "text/plain"}
    codes = [writable_client.post("/api/v1/articles", content=b"...", headers=headers).status_code for _ in range(3)]
    assert codes[:2] == [422, 422] and codes[2] == 429  # refused for its content twice, then for the rate
    last = writable_client.post("/api/v1/articles", content=b"...", headers=headers)
    assert last.status_code == 429 and int(last.headers["Retry-After"]) >= 1
    assert last.headers["content-type"].startswith("application/problem+json")
    write_limiter._seen.clear()


def test_oversized_body_refused_from_its_declared_length(writable_client) -> None:  # type: ignore[no-untyped-def]
    headers = {"Authorization": f"Bearer {API_KEY}", "Content-Type": "text/plain", "Content-Length": "999999999"}
    response = writable_client.post("/api/v1/articles", content=b"short", headers=headers)
    assert response.status_code == 413


def test_failed_auth_is_logged_without_the_secret(writable_client, caplog) -> None:  # type: ignore[no-untyped-def]
    secret = "not-the-key-0123456789"
    with caplog.at_level("WARNING", logger="crisis_facts.auth"):
        response = writable_client.post(
            "/api/v1/articles",
            content=b"x",
            headers={"Authorization": f"Bearer {secret}", "Content-Type": "text/plain"},
        )
    assert response.status_code == 403
    assert "invalid API key" in caplog.text and secret not in caplog.text and secret[:6] not in caplog.text


def test_every_response_has_a_request_id(client) -> None:  # type: ignore[no-untyped-def]
    fresh = client.get("/api/v1/articles")
    assert len(fresh.headers["x-request-id"]) == 32
    echoed = client.get("/api/v1/nope", headers={"X-Request-ID": "trace-42"})
    assert echoed.status_code == 404 and echoed.headers["x-request-id"] == "trace-42"
    unsafe = client.get("/health", headers={"X-Request-ID": "bad id"})
    assert unsafe.headers["x-request-id"] != "bad id"


def test_json_log_lines_carry_the_request_id() -> None:
    import json
    import logging

    from app.api.request_log import JsonFormatter, RequestIdFilter, request_id

    token = request_id.set("trace-7")
    record = logging.LogRecord("crisis_facts.access", logging.INFO, __file__, 1, "GET %s", ("/x",), None)
    RequestIdFilter().filter(record)
    request_id.reset(token)
    line = json.loads(JsonFormatter().format(record))
    assert line["request_id"] == "trace-7" and line["message"] == "GET /x" and line["level"] == "info"


def test_the_read_path_never_imports_spacy(seeded_db) -> None:  # type: ignore[no-untyped-def]
    """An API worker serves reads without the NLP stack (spaCy, thinc, numpy): it stays small;
    ingestion (POST /articles, the CLI) loads it on first use."""
    import os
    import subprocess
    import sys

    code = (
        "import sys, app.main\n"
        "from fastapi.testclient import TestClient\n"
        "with TestClient(app.main.create_app()) as c:\n"
        "    assert c.get('/health').status_code == 200\n"
        "    c.get('/api/v1/statements'); c.get('/api/v1/articles'); c.get('/')\n"
        "print(sorted(m for m in ('spacy', 'thinc', 'numpy', 'trafilatura') if m in sys.modules))\n"
    )
    env = {**os.environ, "DATABASE_URL": seeded_db[0]}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr


def test_a_read_that_takes_too_long_gets_a_503_problem(seeded_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.config import get_settings
    from tests.conftest import _client_for

    monkeypatch.setenv("REQUEST_TIMEOUT_SECONDS", "0.000001")
    with _client_for(seeded_db[0], monkeypatch) as slow:
        # a read that may scan (here: a sort no index serves) runs in the thread pool, where the
        # limit can cut it off; cheap reads run inline on the event loop and always finish
        r = slow.get("/api/v1/statements", params={"limit": 500, "sort": "sources"})
        assert r.status_code == 503 and r.headers["content-type"].startswith("application/problem+json")
        assert r.json()["title"] == "Request timed out" and r.headers["retry-after"] == "5"
    get_settings.cache_clear()
    monkeypatch.setenv("REQUEST_TIMEOUT_SECONDS", "30")
    with _client_for(seeded_db[0], monkeypatch) as normal:
        assert normal.get("/api/v1/statements", params={"limit": 500, "sort": "sources"}).status_code == 200
    get_settings.cache_clear()


def test_cheap_reads_run_on_the_event_loop_and_the_others_in_the_thread_pool(seeded_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import asyncio
    import threading

    from app.api.deps import read
    from app.config import get_settings

    monkeypatch.setenv("DATABASE_URL", seeded_db[0])
    get_settings.cache_clear()

    async def where(cheap: bool) -> str:
        return await read(lambda session: threading.current_thread().name, cheap=cheap)

    try:
        inline = asyncio.run(where(True)) == threading.current_thread().name
        assert inline == seeded_db[0].startswith("sqlite")  # PostgreSQL: every query waits on the network
        assert asyncio.run(where(False)) != threading.current_thread().name
    finally:
        get_settings.cache_clear()


def test_search_ranks_within_the_most_recent_matches_and_counts_them_all(seeded_sqlite) -> None:  # type: ignore[no-untyped-def]
    from sqlmodel import Session

    from app.services import catalog

    _, engine = seeded_sqlite
    with Session(engine) as session:
        every, total = catalog.search(session, q="the", limit=500, offset=0, kinds=None, rank_window=10_000)
        window, windowed_total = catalog.search(session, q="the", limit=500, offset=0, kinds=None, rank_window=4)
        numbered = session.execute(text("SELECT rowid, kind, ref_id FROM search_index")).all()
        newest = session.execute(
            text(
                "SELECT kind, ref_id FROM search_index WHERE search_index MATCH '\"the\"*' ORDER BY rowid DESC LIMIT 4"
            )
        ).all()
    assert total == windowed_total == len(every) > 4
    assert len(window) == 4
    assert {(h.kind, h.id) for h in window} == {(k, int(i)) for k, i in newest}
    codes = {"article": 0, "statement": 1, "claim": 2, "actor": 3}
    # a row's number is fixed by what it indexes, so newer facts (higher ids) come later
    assert numbered and all(rowid == ref_id * 4 + codes[kind] for rowid, kind, ref_id in numbered)
