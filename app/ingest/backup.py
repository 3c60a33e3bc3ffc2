"""Backup and restore as JSON Lines: every table's rows, articles with their text and metadata and
every fact with its provenance, in foreign-key order, streamed both ways (no whole table in
memory). Importing into an empty database gives back the same rows with the same ids, so the API
serves the same output; the search index is rebuilt from them."""

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import Date, DateTime, Table, func, insert, select
from sqlalchemy.engine import Engine
from sqlmodel import Session

from app.ingest.search_index import rebuild_search_index
from app.models import Article, metadata

FORMAT = "crisis-facts-export"
VERSION = 1
_CHUNK = 1000


class BackupError(Exception):
    """The file is not an export this version can read, or the database is not empty."""


def _tables() -> list[Table]:
    return list(metadata.sorted_tables)  # parents before children


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value


def export_rows(engine: Engine, out: TextIO) -> dict[str, int]:
    """Write the header line, then one line per row; returns the row count per table."""
    counts: dict[str, int] = {}
    out.write(json.dumps({"format": FORMAT, "version": VERSION, "tables": [t.name for t in _tables()]}) + "\n")
    with engine.connect() as conn:
        for table in _tables():
            counts[table.name] = 0
            result = conn.execution_options(yield_per=_CHUNK).execute(select(table).order_by(*table.primary_key))
            for row in result.mappings():
                out.write(json.dumps({"t": table.name, "r": {k: _plain(v) for k, v in row.items()}}) + "\n")
                counts[table.name] += 1
    return counts


def _typed(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    for column in table.columns:
        value = out.get(column.name)
        kind = getattr(column.type, "impl", column.type)  # SQLModel wraps DateTime in a TypeDecorator
        if isinstance(value, str) and isinstance(kind, DateTime):
            out[column.name] = datetime.fromisoformat(value)
        elif isinstance(value, str) and isinstance(kind, Date):
            out[column.name] = date.fromisoformat(value)
    return out


def _lines(source: TextIO) -> Iterator[dict[str, Any]]:
    for number, line in enumerate(source, 1):
        if line.strip():
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise BackupError(f"line {number}: not JSON ({exc.msg})") from exc


def import_rows(engine: Engine, source: TextIO) -> dict[str, int]:
    """Load an export into an empty database, in one transaction."""
    tables = {t.name: t for t in _tables()}
    lines = _lines(source)
    header = next(lines, None)
    if not header or header.get("format") != FORMAT or header.get("version") != VERSION:
        raise BackupError(f"not a {FORMAT} version {VERSION} file")
    counts: dict[str, int] = {name: 0 for name in tables}
    with Session(engine) as session:
        if session.execute(select(func.count()).select_from(Article)).scalar_one():
            raise BackupError("the database already holds articles; import into an empty database")
        batch: list[dict[str, Any]] = []
        current: str | None = None
        for item in lines:
            name = item.get("t")
            if name not in tables or not isinstance(item.get("r"), dict):
                raise BackupError(f"unknown table or malformed row: {str(item)[:120]}")
            if name != current and batch:
                session.execute(insert(tables[str(current)]), batch)
                batch = []
            current = name
            batch.append(_typed(tables[name], item["r"]))
            counts[name] += 1
            if len(batch) >= _CHUNK:
                session.execute(insert(tables[name]), batch)
                batch = []
        if batch and current is not None:
            session.execute(insert(tables[current]), batch)
        rebuild_search_index(session)
        session.commit()
    return counts


def export_file(engine: Engine, path: Path) -> dict[str, int]:
    with path.open("w", encoding="utf-8") as out:
        return export_rows(engine, out)


def import_file(engine: Engine, path: Path) -> dict[str, int]:
    with path.open(encoding="utf-8") as source:
        return import_rows(engine, source)
