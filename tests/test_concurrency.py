"""Concurrency, on SQLite (WAL) and on PostgreSQL: readers hammer the API while an ingest writes
to the same database — every read succeeds and nothing reports "database is locked"; two
`crisis-facts ingest` processes at once lose nothing and duplicate nothing."""

import os
import subprocess
import sys
import threading
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select
from sqlmodel import Session

from app.db import make_engine
from app.ingest.service import corpus_is_stale
from app.models import Article, ClaimSource, Quotation
from tests.conftest import MODEL, ROOT, SEEDS, _serve, ingest_paths


@pytest.fixture
def served(db_url: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A live server over the seeded database, on each backend."""
    ingest_paths(make_engine(db_url), SEEDS)
    for base in _serve(db_url, tmp_path):
        base.url = db_url  # type: ignore[attr-defined]
        yield base


PATHS = ["/api/v1/articles", "/api/v1/actors", "/api/v1/statements", "/api/v1/claims", "/api/v1/search?q=border"]


def _start_ingest(folder: Path, db_url: str, **streams: int) -> "subprocess.Popen[str]":
    """`crisis-facts ingest FOLDER` in its own process, writing to `db_url`."""
    env = {**os.environ, "DATABASE_URL": db_url, "SPACY_MODEL": MODEL}
    command = [sys.executable, "-m", "app.cli", "ingest", str(folder)]
    return subprocess.Popen(command, cwd=ROOT, env=env, text=True, **streams)  # type: ignore[call-overload]


def test_reads_during_an_ingest_never_fail(served, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    live_server = served
    folder = tmp_path / "incoming"
    folder.mkdir()
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    for i in range(40):
        (folder / f"late-{i:02d}.txt").write_text(seeds[i % len(seeds)] + f"\n\nLate edition {i}.", encoding="utf-8")
    writer = _start_ingest(folder, served.url, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    statuses: list[int] = []
    errors: list[str] = []

    def reader() -> None:
        with httpx.Client(base_url=str(live_server), timeout=30) as client:
            i = 0
            while writer.poll() is None:
                try:
                    statuses.append(client.get(PATHS[i % len(PATHS)]).status_code)
                except httpx.HTTPError as exc:
                    errors.append(repr(exc))
                i += 1

    threads = [threading.Thread(target=reader) for _ in range(4)]
    for thread in threads:
        thread.start()
    _, writer_err = writer.communicate(timeout=600)
    for thread in threads:
        thread.join()
    assert writer.returncode == 0, writer_err[-2000:]
    assert len(statuses) > 50 and not errors
    assert set(statuses) == {200}, sorted(set(statuses))
    log = Path(live_server.log).read_text(encoding="utf-8")
    assert "database is locked" not in log + writer_err
    assert httpx.get(f"{live_server}/api/v1/articles").json()["total"] == 45


def _story(i: int) -> str:
    return (
        f"Town {i} reported flooding on Monday. “We moved {100 + i} families overnight,” Mayor Ana Ruiz{i} "
        f"said. The agency counted {40 + i} damaged homes, according to the regional office.\n"
    )


def test_two_ingest_processes_at_once_lose_and_duplicate_nothing(db_url: str, tmp_path: Path) -> None:
    """Two `crisis-facts ingest` processes write to one database at the same time, over folders
    that share ten articles: every article lands once, with all its facts, and the corpus-wide
    facts are rebuilt afterwards (not left stale)."""
    first, second = tmp_path / "a", tmp_path / "b"
    for folder, numbers in ((first, range(0, 30)), (second, range(20, 50))):
        folder.mkdir()
        for i in numbers:
            (folder / f"story-{i:02d}.txt").write_text(_story(i), encoding="utf-8")
    procs = [
        _start_ingest(folder, db_url, stdout=subprocess.PIPE, stderr=subprocess.STDOUT) for folder in (first, second)
    ]
    outputs = [p.communicate(timeout=600)[0] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    engine = make_engine(db_url)
    with Session(engine) as s:
        hashes = s.execute(select(Article.content_hash)).scalars().all()
        quotes = s.execute(select(func.count()).select_from(Quotation)).scalar_one()
        claims = s.execute(select(func.count()).select_from(ClaimSource)).scalar_one()
        per_article = s.execute(select(Quotation.article_id, func.count()).group_by(Quotation.article_id)).all()
    assert len(hashes) == len(set(hashes)) == 50
    assert len(per_article) == 50 and {n for _, n in per_article} == {2}  # the quotation and "according to"
    assert quotes == 100
    assert claims >= 100
    assert not corpus_is_stale(engine)


def test_a_corpus_update_waits_for_another_from_its_first_read(tmp_path: Path) -> None:
    """Another process holds SQLite's write lock and is about to write the corpus-state row. An
    update that started reading before that commit and wrote after it failed on the row's
    UNIQUE key; the update now takes the write lock before its first read, waits, and succeeds."""
    import sqlite3
    import time

    from app.ingest.service import Scope, refresh_corpus
    from tests.conftest import fresh_engine

    path = tmp_path / "db.sqlite"
    engine = fresh_engine(path)
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("DELETE FROM corpusstate")
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO corpusstate (id, stale) VALUES (1, 0)")

    def finish() -> None:
        time.sleep(1.0)
        other.execute("COMMIT")

    committer = threading.Thread(target=finish)
    committer.start()
    error = refresh_corpus(engine, Scope())  # an incremental update reads the state row first
    committer.join()
    other.close()
    assert error is None
    assert not corpus_is_stale(engine)
