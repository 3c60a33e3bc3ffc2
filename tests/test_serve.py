"""`crisis-facts serve --workers N` (app/serve.py): a listening socket per worker, real processes."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy.engine import Engine

from tests.conftest import ROOT, _free_port


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _wait_for(predicate, seconds: float = 60) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def _workers_answering(base: str, parent: int, n: int) -> bool:
    workers = [p for p in _children(parent) if "spawn_main" in Path(f"/proc/{p}/cmdline").read_text(errors="replace")]
    try:
        return len(workers) == n and httpx.get(f"{base}/health", timeout=2).status_code == 200
    except httpx.TransportError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_serve_with_workers_spreads_restarts_and_stops(seeded_sqlite: tuple[str, Engine], tmp_path: Path) -> None:
    port = _free_port()
    env = {**os.environ, "DATABASE_URL": seeded_sqlite[0], "ACCESS_LOG": "false"}
    log = open(tmp_path / "serve.log", "w")  # noqa: SIM115
    proc = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "serve", "--port", str(port), "--workers", "2"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=log,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        assert _wait_for(lambda: _workers_answering(base, proc.pid, 2)), (tmp_path / "serve.log").read_text()
        # many connections opened at once land on both workers (each answers with its own pid's work)
        clients = [httpx.Client(base_url=base) for _ in range(16)]
        for client in clients:
            assert client.get("/api/v1/statements?limit=1").status_code == 200
        served_by: dict[int, int] = {}
        for pid in _children(proc.pid):
            fds = Path(f"/proc/{pid}/fd")
            if fds.exists():
                served_by[pid] = sum(1 for fd in fds.iterdir() if "socket" in os.readlink(fd))
        for client in clients:
            client.close()
        assert len([n for n in served_by.values() if n > 2]) >= 2, served_by  # both workers hold connections
        # a worker that dies is replaced
        victim = next(p for p in _children(proc.pid) if "spawn_main" in Path(f"/proc/{p}/cmdline").read_text())
        os.kill(victim, signal.SIGKILL)
        assert _wait_for(lambda: victim not in _children(proc.pid) and _workers_answering(base, proc.pid, 2))
        # SIGTERM to the launcher stops every worker
        workers = _children(proc.pid)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=40) == 0
        assert _wait_for(lambda: not any(Path(f"/proc/{p}").exists() for p in workers), 10)
    finally:
        if proc.poll() is None:
            proc.kill()
        log.close()
    assert "Traceback" not in (tmp_path / "serve.log").read_text()
