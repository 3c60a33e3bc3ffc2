"""Backup and restore: export the seeded database, import it into an empty one, and the API serves
the same output; bad files are refused without writing anything."""

import io
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlmodel import Session

from app.db import make_engine
from app.ingest.backup import BackupError, export_file, import_file, import_rows
from app.models import Article
from tests.conftest import _client_for, fresh_engine, new_database

PATHS = [
    "/api/v1/articles?limit=500",
    "/api/v1/actors?limit=500",
    "/api/v1/statements?limit=500",
    "/api/v1/claims?limit=500",
    "/api/v1/sources",
    "/api/v1/timeline?limit=500",
    "/api/v1/search?q=border",
    "/api/v1/articles/1/annotations",
]


def _outputs(client: TestClient) -> dict[str, object]:
    return {path: client.get(path).json() for path in PATHS}


def test_round_trip_gives_identical_api_output(seeded_db, backend, request, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    url, engine = seeded_db
    dump = tmp_path / "backup.jsonl"
    counts = export_file(engine, dump)
    assert counts["article"] == 5 and counts["quotation"] > 0
    restored_url = new_database(backend, request, tmp_path / "restored")  # the same backend
    assert import_file(make_engine(restored_url), dump) == counts
    with _client_for(url, monkeypatch) as original:
        before = _outputs(original)
    with _client_for(restored_url, monkeypatch) as copy:
        after = _outputs(copy)
    assert before == after


def test_a_backup_moves_between_backends(seeded_sqlite, request, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """SQLite → PostgreSQL (the way out when one machine is outgrown) and back: the same facts on
    PostgreSQL, and the very same API output once back on SQLite."""
    url, engine = seeded_sqlite
    dump = tmp_path / "backup.jsonl"
    counts = export_file(engine, dump)
    target = new_database("postgresql", request, tmp_path / "pg")
    assert import_file(make_engine(target), dump) == counts
    back_dump = tmp_path / "back.jsonl"
    assert export_file(make_engine(target), back_dump) == counts
    back = new_database("sqlite", request, tmp_path / "back")
    assert import_file(make_engine(back), back_dump) == counts
    with _client_for(url, monkeypatch) as original:
        before = _outputs(original)
    with _client_for(target, monkeypatch) as on_postgres:
        moved = _outputs(on_postgres)
    with _client_for(back, monkeypatch) as on_sqlite_again:
        returned = _outputs(on_sqlite_again)
    assert returned == before
    for path in PATHS:
        if "search" not in path:  # ranks and snippets are each engine's own
            assert moved[path] == before[path], path


def test_bad_files_are_refused_and_nothing_is_written(seeded_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, engine = seeded_db
    dump = tmp_path / "b.jsonl"
    export_file(engine, dump)
    target = fresh_engine(tmp_path / "t.db")
    lines = dump.read_text(encoding="utf-8").splitlines()
    for broken in ("not json\\n", '{"format": "other"}\\n', lines[0] + '\\n{"t": "nope", "r": {}}\\n'):
        with pytest.raises(BackupError):
            import_rows(target, io.StringIO(broken.replace("\\\\n", "\\n")))
    with pytest.raises(BackupError):
        import_rows(engine, io.StringIO("\\n".join(lines)))  # not empty
    with Session(target) as s:
        assert s.execute(select(func.count()).select_from(Article)).scalar_one() == 0
