"""Crash safety: an ingest of 300 articles killed with SIGKILL midway, then run again, leaves a
database where every article is complete or absent, nothing is orphaned or duplicated, and the
corpus-wide facts match the stored rows."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import MODEL, ROOT, SEEDS

N = 300


def _corpus(folder: Path) -> None:
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    for i in range(N):
        paragraphs = seeds[i % len(seeds)].split("\n\n")
        k = (i // len(seeds)) % len(paragraphs)
        text = "\n\n".join(paragraphs[k:] + paragraphs[:k]) + f"\n\nEdition {i}."
        (folder / f"edition-{i:03d}.txt").write_text(text, encoding="utf-8")


def _ingest(folder: Path, db: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{db}", "SPACY_MODEL": MODEL}
    return subprocess.Popen(
        [sys.executable, "-m", "app.cli", "ingest", str(folder)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as con:
            return int(con.execute("SELECT count(*) FROM article").fetchone()[0])
    except sqlite3.Error:
        return 0


def test_sigkill_midway_then_rerun_leaves_a_consistent_database(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    _corpus(folder)
    db = tmp_path / "crash.db"
    first = _ingest(folder, db)
    deadline = time.monotonic() + 300
    while _stored(db) < 40 and time.monotonic() < deadline and first.poll() is None:
        time.sleep(0.2)
    assert first.poll() is None, "the ingest ended before it could be killed"
    first.send_signal(signal.SIGKILL)
    first.wait()
    killed_at = _stored(db)
    assert 0 < killed_at < N

    second = _ingest(folder, db)
    assert second.wait(timeout=600) == 0

    con = sqlite3.connect(db)
    q = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
    assert q("SELECT count(*) FROM article") == N
    assert q("SELECT count(DISTINCT content_hash) FROM article") == N
    # every article complete: each has its entities and quotations (each seed text has both)
    assert q("SELECT count(*) FROM article WHERE id NOT IN (SELECT article_id FROM quotation)") == 0
    assert q("SELECT count(*) FROM article WHERE id NOT IN (SELECT article_id FROM articleentity)") == 0
    for table in ("quotation", "claimsource", "mention", "articleentity"):
        assert q(f"SELECT count(*) FROM {table} WHERE article_id NOT IN (SELECT id FROM article)") == 0, table
    assert q("SELECT count(*) FROM mention WHERE entity_id NOT IN (SELECT id FROM articleentity)") == 0
    # corpus-wide facts rebuilt and consistent with the rows
    assert q("SELECT stale FROM corpusstate") == 0
    assert q("SELECT count(*) FROM quotation WHERE statement_id IS NULL") == 0
    assert (
        q(
            "SELECT count(*) FROM statement s WHERE source_count != "
            "(SELECT count(*) FROM quotation WHERE statement_id = s.id)"
        )
        == 0
    )
    assert q("SELECT count(*) FROM statement WHERE id NOT IN (SELECT statement_id FROM quotation)") == 0
    assert (
        q(
            "SELECT count(*) FROM actor a WHERE article_count != "
            "(SELECT count(DISTINCT article_id) FROM articleentity WHERE actor_id = a.id)"
        )
        == 0
    )
