"""Shared read helpers: actor summaries and provenance, fetched in bulk (no N+1).

The read path runs Core queries on the session's connection and builds plain dicts shaped like
the public models (app/schemas.py): no ORM object and no model per row (a model costs more to
build and validate than the query that fills it). Tests check every body against its model."""

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any, TypeVar

from sqlalchemy import DateTime, Executable, Select, func, insert, select
from sqlmodel import Session

from app.errors import NotFound

Item = dict[str, Any]  # one public object (a model's fields), ready for the JSON encoder
T = TypeVar("T")
# Ids per IN (...) list: well under SQLite's bound-parameter limit.
CHUNK = 5000


def chunks(values: Iterable[T], size: int = CHUNK) -> list[list[T]]:
    """`values` sorted, in lists of at most `size`."""
    ordered = sorted(values)  # type: ignore[type-var]
    return [ordered[i : i + size] for i in range(0, len(ordered), size)]


def insert_rows(session: Session, model: Any, rows: list[dict[str, Any]]) -> None:
    """Rows straight into the model's table: one executemany on the driver's cursor, inside the session's
    transaction. Without the ORM's bulk-insert bookkeeping (about half the time of
    `session.execute(insert(Model), rows)`), and without Core's per-row parameter processing, which costs
    more than SQLite takes to write the rows. Every row has the first row's columns; a column left out
    takes its scalar default; plain values only (no datetimes; dates, booleans, numbers and text, which
    both drivers adapt as SQLAlchemy would)."""
    if not rows:
        return
    sql, defaults = _insert_sql(model.__table__, tuple(rows[0]))
    if defaults is None:  # a default SQLAlchemy computes: let Core insert these rows
        session.connection().execute(insert(model.__table__), rows)
        return
    if defaults:
        rows = [{**defaults, **row} for row in rows]
    with _driver_cursor(session, sql) as (cursor, driver_sql):
        cursor.executemany(driver_sql, rows)


@lru_cache(maxsize=64)
def _insert_sql(table: Any, names: tuple[str, ...]) -> tuple[str, dict[str, Any] | None]:
    """The INSERT of `names` into `table` (`:name` parameters, every name quoted: "end" is a keyword), and the
    scalar defaults of the columns left out (None when one of them is computed or a datetime column is written)."""
    defaults: dict[str, Any] = {}
    for column in table.columns:
        if column.name in names:
            if isinstance(column.type, DateTime):
                return "", None
            continue
        if column.default is not None:
            if not column.default.is_scalar:
                return "", None
            defaults[column.name] = column.default.arg
    every = (*names, *defaults)
    columns = ", ".join(f'"{name}"' for name in every)
    values = ", ".join(f":{name}" for name in every)
    return f'INSERT INTO "{table.name}" ({columns}) VALUES ({values})', defaults


def core_rows(session: Session, query: Executable) -> Sequence[Any]:
    """Rows of a Core query on the session's connection (no ORM loading step)."""
    return session.connection().execute(query).all()


def page(session: Session, query: Select, order: tuple, limit: int, offset: int) -> tuple[list, int]:  # type: ignore[type-arg]
    """One page of a Core query's rows in `order`, and the number of all its rows."""
    total = session.connection().execute(select(func.count()).select_from(query.subquery())).scalar_one()
    rows = core_rows(session, query.order_by(*order).limit(limit).offset(offset))
    return list(rows), int(total)


def raw_page(
    session: Session,
    table: str,
    names: str,
    where: str,
    params: dict[str, Any],
    order: str,
    limit: int,
    offset: int,
) -> tuple[list[Any], int]:
    """One page of the columns `names` (see `column_names`) of `table` rows matching `where`
    (portable SQL, `:name` parameters), in `order`, and the number of all matching rows: two
    driver-level queries."""
    condition = f" WHERE {where}" if where else ""
    total = raw_rows(session, f"SELECT count(*) FROM {table}{condition}", params)[0][0]
    sql = f"SELECT {names} FROM {table}{condition} ORDER BY {order} LIMIT :_limit OFFSET :_offset"
    return raw_rows(session, sql, {**params, "_limit": limit, "_offset": offset}), int(total)


def raw_rows(session: Session, sql: str, params: dict[str, Any]) -> list[Any]:
    """Rows of a fixed SQL text with `:name` parameters, run on the driver's own connection
    inside the session's transaction. For the small, fixed-shape queries every read makes
    (provenance, actors, lookups by id or slug): building, caching and wrapping a SQLAlchemy
    statement costs more than SQLite takes to answer them. Portable SQL only (SQLite and
    PostgreSQL); values come back as the driver gives them (dates as ISO text on SQLite)."""
    with _driver_cursor(session, sql) as (cursor, driver_sql):
        cursor.execute(driver_sql, params)
        return list(cursor.fetchall())


@contextmanager
def _driver_cursor(session: Session, sql: str) -> Iterator[tuple[Any, str]]:
    """The driver's own cursor on the session's connection (inside its transaction), and `sql` (`:name`
    parameters) in the driver's parameter style."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        sql = _pyformat(sql)
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        yield cursor, sql
    finally:
        cursor.close()


def column_names(columns: Iterable[Any]) -> str:
    """`columns` as a SELECT list, made once at import (SQLAlchemy's attribute lookups cost
    ~50 µs a page when done per request)."""
    return ", ".join(c.name for c in columns)


def by_id_sql(table: str, columns: Iterable[Any]) -> str:
    """The plain SQL (for `raw_rows`) reading `columns`, in order, of one row by `:id`."""
    return f"SELECT {column_names(columns)} FROM {table} WHERE id = :id"


@lru_cache(maxsize=512)
def _pyformat(sql: str) -> str:
    """`:name` parameters as psycopg's `%(name)s` (a literal % doubled)."""
    return re.sub(r"(?<![:\w]):(\w+)", r"%(\1)s", sql.replace("%", "%%"))


def in_list(name: str, values: Iterable[Any]) -> tuple[str, dict[str, Any]]:
    """`(:name0, :name1, …)` and its parameters, for `column IN …`."""
    params = {f"{name}{i}": v for i, v in enumerate(values)}
    return "(" + ", ".join(f":{key}" for key in params) + ")", params


def actor_summaries(session: Session, ids: Iterable[int | None]) -> dict[int, Item]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    where, params = in_list("a", sorted(wanted))
    rows = raw_rows(session, f"SELECT id, slug, name, kind, role FROM actor WHERE id IN {where}", params)
    return {r[0]: {"id": r[0], "slug": r[1], "name": r[2], "kind": r[3], "role": r[4]} for r in rows}


def text_span(start: int | None, end: int | None, exact: str | None) -> Item | None:
    return {"start": start, "end": end, "exact": exact} if start is not None and end is not None and exact else None


_SOURCES = """SELECT s.{fk}, s.article_id, a.slug, p.name, a.published_at, a.url,
    s.start, s."end", s.exact, s.prefix, s.suffix, s.sentence{extra}
FROM {table} AS s JOIN article AS a ON a.id = s.article_id LEFT OUTER JOIN publisher AS p ON p.id = a.publisher_id
WHERE s.{fk} IN {ids} ORDER BY a.published_at, s.article_id, s.start"""
_ATTRIBUTION = ", s.speaker_start, s.speaker_end, s.speaker_exact, s.cue_start, s.cue_end, s.cue_exact"


def _source_rows(session: Session, table: str, fk: str, ids: set[int]) -> dict[int, list[Item]]:
    out: dict[int, list[Item]] = defaultdict(list)
    if not ids:
        return out
    attribution = table == "quotation"
    where, params = in_list("f", sorted(ids))
    sql = _SOURCES.format(fk=fk, table=table, ids=where, extra=_ATTRIBUTION if attribution else "")
    for r in raw_rows(session, sql, params):
        fields: Item = {
            "article_id": r[1],
            "article_slug": r[2],
            "publisher": r[3],
            "published_at": r[4],
            "url": r[5],
            "start": r[6],
            "end": r[7],
            "exact": r[8],
            "prefix": r[9],
            "suffix": r[10],
            "sentence": r[11],
        }
        if attribution:
            fields["speaker_mention"] = text_span(*r[12:15])
            fields["cue_span"] = text_span(*r[15:18])
        out[r[0]].append(fields)
    return out


def statement_sources(session: Session, ids: Iterable[int]) -> dict[int, list[Item]]:
    return _source_rows(session, "quotation", "statement_id", set(ids))


def claim_sources(session: Session, ids: Iterable[int]) -> dict[int, list[Item]]:
    return _source_rows(session, "claimsource", "claim_id", set(ids))


MAX_ROW_ID = 2**63 - 1  # SQLite's largest integer key


def as_row_id(id_or_slug: str) -> int | None:
    """The integer id an `{id_or_slug}` names, or None for a slug (or a number no row can have)."""
    if not re.fullmatch(r"[0-9]{1,19}", id_or_slug):
        return None
    value = int(id_or_slug)
    return value if value <= MAX_ROW_ID else -1


def _resolve(session: Session, table: str, id_or_slug: str) -> int | None:
    row_id = as_row_id(id_or_slug)
    if row_id is not None:
        rows = raw_rows(session, f"SELECT id FROM {table} WHERE id = :key", {"key": row_id})
    else:
        rows = raw_rows(session, f"SELECT id FROM {table} WHERE slug = :key", {"key": id_or_slug})
    return int(rows[0][0]) if rows else None


def resolve_article_id(session: Session, id_or_slug: str) -> int:
    found = _resolve(session, "article", id_or_slug)
    if found is None:
        raise NotFound(f"no article with id or slug {id_or_slug!r}")
    return found


def resolve_actor_id(session: Session, id_or_slug: str) -> int:
    found = _resolve(session, "actor", id_or_slug)
    if found is None:
        raise NotFound(f"no actor with id or slug {id_or_slug!r}")
    return found


def like(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
