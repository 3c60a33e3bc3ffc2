"""Readers hammer the API while an ingest writes to the same SQLite database (WAL): every read
succeeds and nothing reports "database is locked"."""

import os
import subprocess
import sys
import threading
from pathlib import Path

import httpx

from tests.conftest import MODEL, ROOT, SEEDS

PATHS = ["/api/v1/articles", "/api/v1/actors", "/api/v1/statements", "/api/v1/claims", "/api/v1/search?q=border"]


def test_reads_during_an_ingest_never_fail(live_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "incoming"
    folder.mkdir()
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    for i in range(40):
        (folder / f"late-{i:02d}.txt").write_text(seeds[i % len(seeds)] + f"\n\nLate edition {i}.", encoding="utf-8")
    db = Path(tmp_path / "live.db")
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{db}", "SPACY_MODEL": MODEL}
    writer = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "ingest", str(folder)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
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
