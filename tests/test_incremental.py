"""Incremental corpus facts equal a full recompute (issue #13, point 1).

A corpus is ingested one article at a time in shuffled order (each ingest updates only what it
touches), with a replacement and a deletion on the way, and the whole API output is compared:
- with what a full recompute (`crisis-facts rebuild`) of the same database gives — exactly,
  ids and slugs included;
- with a database that got the same articles in one batch — with every id replaced by what it
  stands for (an article's slug, a statement's or claim's source spans, an actor's name and
  spans), since ids follow ingest order.
The corpus: the seeds plus articles made of their paragraphs recombined under other dates and
outlets, so quotations, names and figures recur across articles and merge.
"""

import json
import random
import re
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine

from app.config import get_settings
from app.db import get_engine
from app.ingest.readers import ArticleInput, read_inputs
from app.ingest.service import delete_article, ingest, refresh_corpus
from app.main import create_app
from tests.conftest import MODEL, SEEDS, fresh_engine

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def _retell(quote: re.Match[str]) -> str:
    return quote[0].replace(" the ", " this ").replace(" and ", " & ")


def _corpus() -> list[ArticleInput]:
    seeds = [i for i in read_inputs([SEEDS], max_bytes=2_000_000) if isinstance(i, ArticleInput)]
    seeds.sort(key=lambda a: a.slug or "")
    made = []
    for n, (a, b) in enumerate([(0, 1), (2, 3), (4, 0), (1, 3)]):
        pa = [p for p in seeds[a].text.split("\n\n") if p.strip()]
        pb = [p for p in seeds[b].text.split("\n\n") if p.strip()]
        if n == 0:  # other figures a day later: claims that conflict with the original's
            pb = [re.sub(r"(?<=\d)\d", lambda m: str((int(m[0]) + 3) % 10), p) for p in pb]
        if n == 2:  # retold with a word changed: these quotations merge only by the fuzzy match
            pb = [
                re.sub(r"[“‘][^”’]{40,}[”’]", lambda m: m[0].replace(" the ", " this ").replace(" and ", " & "), p)
                for p in pb
            ]
        text = "\n\n".join([f"Roundup {n}: the border crisis", *pa[1 + n : 5 + n], *pb[2:6]])
        day = (seeds[a].published_at or date(2021, 11, 15)) + timedelta(days=n + 1)
        made.append(
            ArticleInput(
                text=text, slug=f"roundup-{n}", title=f"Roundup {n}", publisher=f"Outlet {n % 2}", published_at=day
            )
        )
    figures = [  # written for this test: the same subjects with other figures, undated and dated
        ("2021-11-10", "Border guards said 4,000 migrants were waiting near the crossing. "
                       "A spokesman said 300 soldiers had been sent."),
        ("2021-11-11", "Aid groups said 2,000 migrants were waiting near the crossing. "
                       "The ministry said 300 soldiers were deployed."),
        ("2021-11-12", "Officials said 4,000 migrants were waiting near the crossing on November 9, "
                       "up from 900 in October."),
        ("2021-11-13", "A charity said 2,500 migrants were waiting near the crossing on November 9."),
    ]  # fmt: skip
    for n, (day_text, text) in enumerate(figures):
        day = date.fromisoformat(day_text)
        made.append(
            ArticleInput(text=text, slug=f"figures-{n}", title=f"Figures {n}", publisher="Wire", published_at=day)
        )
    return seeds + made


def _ingest(engine: Engine, *items: ArticleInput) -> None:
    report = ingest(engine, list(items), model_name=MODEL)
    assert not report.failed and report.corpus_error is None, (report.failed, report.corpus_error)


def _client(url: str, monkeypatch: pytest.MonkeyPatch) -> TestClient:
    monkeypatch.setenv("DATABASE_URL", url)
    get_settings.cache_clear()
    get_engine.cache_clear()
    return TestClient(create_app(), raise_server_exceptions=True)


def _all(client: TestClient, path: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    while True:
        sep = "&" if "?" in path else "?"
        page = client.get(f"{path}{sep}limit=500&offset={len(items)}")
        assert page.status_code == 200, (path, page.text)
        body = page.json()
        items += body["items"]
        if len(items) >= body["total"]:
            return items


def api_output(client: TestClient) -> dict[str, Any]:
    """Every resource the API serves about the corpus, as JSON."""
    out: dict[str, Any] = {}
    for name in ("articles", "actors", "statements", "claims", "sources", "timeline"):
        out[name] = _all(client, f"/api/v1/{name}")
    for article in out["articles"]:
        out[f"article {article['slug']}"] = client.get(f"/api/v1/articles/{article['id']}").json()
        out[f"annotations {article['slug']}"] = client.get(f"/api/v1/articles/{article['id']}/annotations").json()
    for actor in out["actors"]:
        for tail in ("", "/statements", "/claims"):
            response = client.get(f"/api/v1/actors/{actor['id']}{tail}")
            out[f"actor {actor['id']}{tail}"] = response.json()
    for statement in out["statements"]:
        out[f"statement {statement['id']}"] = client.get(f"/api/v1/statements/{statement['id']}").json()
    for claim in out["claims"]:
        out[f"claim {claim['id']}"] = client.get(f"/api/v1/claims/{claim['id']}").json()
    for q in ("Lukashenko", "migrants border", "Poland", "soldiers"):
        out[f"search {q}"] = _all(client, f"/api/v1/search?q={q}")
    for value in out.values():
        if isinstance(value, dict):
            value.pop("ingested_at", None)
    for article in out["articles"]:
        article.pop("ingested_at", None)
    return out


class Canon:
    """Replaces every id in an API output by what it stands for."""

    def __init__(self, out: dict[str, Any]) -> None:
        self.article = {a["id"]: a["slug"] for a in out["articles"]}
        self.statement = {s["id"]: self._spans(s["sources"]) for s in out["statements"]}
        self.claim = {c["id"]: self._spans(c["sources"]) for c in out["claims"]}
        spans: dict[int, list[str]] = {}
        for key, value in out.items():
            if key.startswith("annotations "):
                for m in value["mentions"]:
                    if m["actor_id"] is not None:
                        spans.setdefault(m["actor_id"], []).append(f"{value['article_slug']}@{m['start']}")
        self.actor = {a["id"]: f"{a['kind']}:{a['name']}:{sorted(spans.get(a['id'], []))[:3]}" for a in out["actors"]}

    @staticmethod
    def _spans(sources: list[dict[str, Any]]) -> str:
        return ",".join(sorted(f"{s['article_slug']}@{s['start']}-{s['end']}" for s in sources))

    def key(self, kind: str, value: int | None) -> str | None:
        table = {"article": self.article, "statement": self.statement, "claim": self.claim, "actor": self.actor}
        return None if value is None else table[kind].get(value, f"missing {kind} {value}")

    def __call__(self, value: Any) -> Any:
        if isinstance(value, list):
            return sorted((self(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
        if not isinstance(value, dict):
            return value
        out = {k: self(v) for k, v in value.items()}
        kind = None
        if "word_count" in value:
            kind = "article"
        elif "aliases" in value or ("slug" in value and "role" in value):
            kind = "actor"
        elif "source_count" in value and "text" in value:
            kind = "statement"
        elif "source_count" in value and "qualifier" in value:
            kind = "claim"
        elif "kind" in value and "snippet" in value:
            kind = value["kind"]
        elif "kind" in value and "day" in value and "id" in value:
            kind = "statement" if value["kind"] == "statement" else "claim"
        if kind and "id" in value:
            out["id"] = self.key(kind, value["id"])
        if "article_count" in value and "domain" in value:  # an outlet: its slug says which
            out["id"] = value["slug"]
        if kind == "actor" and "slug" in value:  # a -2 suffix depends on which namesake came first
            out["slug"] = out["slug"].rsplit("-", 1)[0] if out["slug"].rsplit("-", 1)[-1].isdigit() else out["slug"]
        for field, target in (("article_id", "article"), ("statement_id", "statement"), ("claim_id", "claim"),
                              ("actor_id", "actor")):  # fmt: skip
            if field in value:
                out[field] = self.key(target, value[field])
        if "conflicts" in value:
            out["conflicts"] = sorted(self.key("claim", c) or "" for c in value["conflicts"])
        return out

    def output(self, out: dict[str, Any]) -> dict[str, Any]:
        canon: dict[str, Any] = {}
        for key, value in out.items():
            head, _, rest = key.partition(" ")
            if head in {"actor", "statement", "claim"} and rest:
                ident, _, tail = rest.partition("/")
                rest = f"{self.key(head, int(ident))}/{tail}"
            canon[f"{head} {rest}".strip()] = self(value)
        return canon


def _diff(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    keys = sorted(set(a) | set(b))
    return [k for k in keys if json.dumps(a.get(k), sort_keys=True) != json.dumps(b.get(k), sort_keys=True)]


def assert_bodies_current(engine: Engine) -> None:
    """Every statement and claim has a stored body, and it reads as what its rows render now."""
    import orjson
    from sqlalchemy import text
    from sqlmodel import Session

    from app.services import facts

    with Session(engine) as session:
        for table, stored, live in (
            ("statement", facts.statement_json, facts.get_statement),
            ("numericclaim", facts.claim_json, facts.get_claim),
        ):
            rows = session.connection().execute(text(f"SELECT id, body IS NOT NULL FROM {table}")).all()
            assert rows and all(has_body for _, has_body in rows), f"{table} rows without a body"
            for row_id, _ in rows:
                item = stored(session, row_id)
                assert isinstance(item, orjson.Fragment)
                assert orjson.loads(orjson.dumps(item)) == orjson.loads(orjson.dumps(live(session, row_id))), row_id


def test_a_fact_without_a_stored_body_reads_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A database from before bodies were stored (the migration leaves them null) serves the same
    statements and claims, and `crisis-facts rebuild` writes the bodies."""
    engine = fresh_engine(tmp_path / "old.sqlite")
    _ingest(engine, *_corpus()[:3])
    with _client(f"sqlite:///{tmp_path / 'old.sqlite'}", monkeypatch) as client:
        before = api_output(client)
    with engine.begin() as conn:
        from sqlalchemy import text

        conn.execute(text("UPDATE statement SET body = NULL"))
        conn.execute(text("UPDATE numericclaim SET body = NULL WHERE id % 2 = 0"))  # a mix of both kinds
    with _client(f"sqlite:///{tmp_path / 'old.sqlite'}", monkeypatch) as client:
        assert _diff(api_output(client), before) == []
    assert refresh_corpus(engine) is None
    assert_bodies_current(engine)
    get_settings.cache_clear()
    get_engine.cache_clear()


def test_incremental_updates_equal_a_full_recompute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = _corpus()
    by_slug = {a.slug: a for a in corpus}

    batch_engine = fresh_engine(tmp_path / "batch.sqlite")
    _ingest(batch_engine, *corpus)
    assert refresh_corpus(batch_engine) is None  # the whole corpus recomputed

    import app.ingest.service as service

    full_runs: list[int] = []
    whole = service.rebuild_corpus_facts
    monkeypatch.setattr(service, "rebuild_corpus_facts", lambda session: (full_runs.append(1), whole(session))[1])
    one_engine = fresh_engine(tmp_path / "one.sqlite")
    order = list(corpus)
    random.Random(13).shuffle(order)
    extra = replace(corpus[-1], slug="to-be-deleted", text=corpus[-1].text.replace("Roundup", "Digest"), title="Digest")
    for n, item in enumerate(order):
        if n == 2:  # a replacement: an article first stored with other text under the same slug
            changed = item.text.split("\n\n")
            _ingest(one_engine, replace(item, text="\n\n".join(changed[:1] + changed[3:] + changed[1:2])))
        _ingest(one_engine, item)
        if n == 4:
            _ingest(one_engine, extra)
        if n == 6:
            with one_engine.connect() as conn:
                from sqlalchemy import text

                gone = conn.execute(text("SELECT id FROM article WHERE slug = 'to-be-deleted'")).scalar_one()
            assert delete_article(one_engine, gone)

    assert full_runs == []  # every step above was an incremental update
    assert_bodies_current(one_engine)
    with _client(f"sqlite:///{tmp_path / 'one.sqlite'}", monkeypatch) as client:
        incremental = api_output(client)
    assert refresh_corpus(one_engine) is None
    assert full_runs == [1]
    with _client(f"sqlite:///{tmp_path / 'one.sqlite'}", monkeypatch) as client:
        recomputed = api_output(client)
    with _client(f"sqlite:///{tmp_path / 'batch.sqlite'}", monkeypatch) as client:
        batch = api_output(client)
    get_settings.cache_clear()
    get_engine.cache_clear()

    assert {a["slug"] for a in incremental["articles"]} == set(by_slug)
    assert len(incremental["statements"]) > 20 and len(incremental["actors"]) > 20 and incremental["claims"]
    assert any(s["source_count"] > 1 for s in incremental["statements"]), "the corpus must merge statements"
    assert sum(bool(c["conflicts"]) for c in incremental["claims"]) >= 4, "the corpus must have conflicting figures"
    differ = _diff(incremental, recomputed)  # ids and slugs included
    assert differ == [], [(k, incremental.get(k), recomputed.get(k)) for k in differ if k in ("actors", "claims")]
    canon_incremental, canon_batch = Canon(incremental).output(incremental), Canon(batch).output(batch)
    differ = _diff(canon_incremental, canon_batch)
    assert differ == [], [(k, canon_incremental.get(k), canon_batch.get(k)) for k in differ[:3]]
