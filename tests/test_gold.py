"""Quality against the hand-made gold file; the thresholds are the issues' acceptance bars."""

from pathlib import Path

import pytest

from app.evaluate import evaluate_database
from tests.conftest import GOLD, SEEDS, fresh_engine, ingest_paths


@pytest.fixture(scope="module")
def report(seeded_db):  # type: ignore[no-untyped-def]
    return evaluate_database(GOLD, seeded_db[0])


def test_quotes_and_attribution(report) -> None:  # type: ignore[no-untyped-def]
    assert report["quotes"].f1 >= 0.95, report["quotes"].misses
    assert report["quotes attributed"].f1 >= 0.95, report["quotes attributed"].misses


def test_statement_clusters_all_right(report) -> None:  # type: ignore[no-untyped-def]
    assert report["statement clusters"].recall == 1.0, report["statement clusters"].misses


def test_claims(report) -> None:  # type: ignore[no-untyped-def]
    assert report["claim values"].f1 >= 0.95, report["claim values"].misses
    assert report["claim subjects"].recall >= 0.90, report["claim subjects"].misses
    assert report["claim qualifiers+ranges"].recall == 1.0, report["claim qualifiers+ranges"].misses


def test_every_gold_actor_group_is_one_actor(report) -> None:  # type: ignore[no-untyped-def]
    assert report["actors"].recall == 1.0, report["actors"].misses


def test_no_boilerplate_statement(client) -> None:  # type: ignore[no-untyped-def]
    texts = [s["text"] for s in client.get("/api/v1/statements?limit=500").json()["items"]]
    assert not any("CLICK HERE" in t or "subscription" in t or "Related Content" in t for t in texts)


def test_actors_do_not_depend_on_ingest_order(tmp_path: Path, seeded_db) -> None:  # type: ignore[no-untyped-def]
    engine = fresh_engine(tmp_path / "reverse.db")
    for path in sorted(SEEDS.glob("*.txt"), reverse=True):
        folder = tmp_path / path.stem
        folder.mkdir()
        (folder / path.name).write_text(path.read_text())
        ingest_paths(engine, folder)
    from sqlalchemy import select
    from sqlmodel import Session

    from app.models import Actor

    def actors(e):  # type: ignore[no-untyped-def]
        with Session(e) as s:
            return sorted((a.name, a.kind, a.role) for a in s.execute(select(Actor)).scalars())

    assert actors(engine) == actors(seeded_db[1])
