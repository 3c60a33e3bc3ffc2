"""The commands `make run` relies on, run as a user runs them (typer's runner, a real SQLite file)."""

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlmodel import Session
from typer.testing import CliRunner

from tests.conftest import SEEDS


def test_seed_loads_the_seeds_once(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.cli import app
    from app.config import get_settings
    from app.db import get_engine
    from app.models import Article

    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'seed.db'}")
    get_settings.cache_clear()
    get_engine.cache_clear()
    try:
        first = CliRunner().invoke(app, ["seed", str(SEEDS)])
        assert first.exit_code == 0, first.output
        assert "5 ingested" in first.output
        with Session(get_engine()) as session:
            assert session.execute(select(func.count()).select_from(Article)).scalar_one() == 5
        again = CliRunner().invoke(app, ["seed", str(SEEDS)])
        assert again.exit_code == 0 and "not seeding" in again.output
    finally:
        get_engine.cache_clear()
        get_settings.cache_clear()


@pytest.mark.parametrize(("setting", "expected"), [("10", 10), ("0", 0), ("19", 19)])
def test_the_command_line_ingest_gives_way_to_reads_once(setting: str, expected: int) -> None:
    """The CLI ingest lowers its CPU priority by INGEST_NICE, once however often it ingests
    (`poll` ingests every round), so API workers on the machine keep their latency."""
    import os
    import subprocess
    import sys

    code = "import os, app.cli\napp.cli._yield_cpu(); app.cli._yield_cpu()\nprint(os.nice(0))\n"
    env = {**os.environ, "INGEST_NICE": setting}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert int(out.stdout) == min(19, os.nice(0) + expected)
