"""Reading statements and numeric claims, with provenance, in a fixed number of queries.

Items are plain dicts shaped like StatementPublic / ClaimPublic (see app/services/common.py)."""

import json
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

import orjson
from sqlalchemy import Select, bindparam, select, text, update
from sqlmodel import Session, col

from app.errors import NotFound
from app.models import NumericClaim, Statement
from app.schemas import StatementSort
from app.services.common import (
    Item,
    actor_summaries,
    by_id_sql,
    chunks,
    claim_sources,
    column_names,
    like,
    raw_page,
    raw_rows,
    statement_sources,
)

_STATEMENT_ORDER = {
    StatementSort.first_reported: "first_reported_at, id",
    StatementSort.said_on: "said_on, id",
    StatementSort.sources: "source_count DESC, id",
    StatementSort.id: "id",
}
_STATEMENT_COLUMNS = (
    col(Statement.id),
    col(Statement.text),
    col(Statement.kind),
    col(Statement.speaker_id),
    col(Statement.cue),
    col(Statement.channel),
    col(Statement.said_on),
    col(Statement.source_count),
    col(Statement.first_reported_at),
)
_CLAIM_COLUMNS = (
    col(NumericClaim.id),
    col(NumericClaim.value),
    col(NumericClaim.value_min),
    col(NumericClaim.value_max),
    col(NumericClaim.qualifier),
    col(NumericClaim.unit),
    col(NumericClaim.subject),
    col(NumericClaim.claimant_id),
    col(NumericClaim.refers_to),
    col(NumericClaim.refers_to_precision),
    col(NumericClaim.refers_to_relation),
    col(NumericClaim.source_count),
    col(NumericClaim.first_reported_at),
    col(NumericClaim.conflicts),
)


def statement_where(
    *,
    speaker: int | None = None,
    article: int | None = None,
    kind: str | None = None,
    q: str | None = None,
    since: date | None = None,
    until: date | None = None,
) -> tuple[str, dict[str, Any]]:
    """The filters of GET /statements as portable SQL (`:name` parameters) and its parameters;
    "" for none. One text for the list's driver-level query and the Core queries built on it."""
    where: list[str] = []
    params: dict[str, Any] = {}
    if speaker is not None:
        where.append("statement.speaker_id = :speaker")
        params["speaker"] = speaker
    if article is not None:
        where.append("statement.id IN (SELECT statement_id FROM quotation WHERE article_id = :article)")
        params["article"] = article
    if kind:
        where.append("statement.kind = :kind")
        params["kind"] = kind
    if q:
        where.append("lower(statement.text) LIKE lower(:q) ESCAPE '\\'")
        params["q"] = like(q)
    day = "coalesce(statement.said_on, statement.first_reported_at)"
    if since:
        where.append(f"{day} >= :since")
        params["since"] = since
    if until:
        where.append(f"{day} <= :until")
        params["until"] = until
    return " AND ".join(where), params


def statements_query(*, columns: Sequence[Any] = _STATEMENT_COLUMNS, **filters: Any) -> Select:  # type: ignore[type-arg]
    return _filtered(select(*columns), *statement_where(**filters))


def _filtered(query: Select, where: str, params: dict[str, Any]) -> Select:  # type: ignore[type-arg]
    return query.where(text(where).bindparams(**params)) if where else query


_STATEMENT_BY_ID = by_id_sql("statement", _STATEMENT_COLUMNS)
_CLAIM_BY_ID = by_id_sql("numericclaim", _CLAIM_COLUMNS)


def render_statements(session: Session, rows: Sequence[Any]) -> list[Item]:
    """Rows with the columns of `statements_query`, in its order, as public statements."""
    sources = statement_sources(session, [s[0] for s in rows])
    speakers = actor_summaries(session, (s[3] for s in rows))
    return [
        {
            "id": s[0],
            "text": s[1],
            "kind": s[2],
            "speaker": speakers.get(s[3]) if s[3] is not None else None,
            "cue": s[4],
            "channel": s[5],
            "said_on": s[6],
            "sources": sources.get(s[0], []),
            "source_count": s[7],
            "first_reported_at": s[8],
        }
        for s in rows
    ]


def list_statements(
    session: Session, *, limit: int, offset: int, sort: StatementSort = StatementSort.first_reported, **filters: object
) -> tuple[list[Item | orjson.Fragment], int]:
    """One page of public statements, ready for orjson (see `_from_bodies`)."""
    where, params = statement_where(**filters)  # type: ignore[arg-type]
    names = _with_body(session, _STATEMENT_NAMES)
    rows, total = raw_page(session, "statement", names, where, params, _STATEMENT_ORDER[sort], limit, offset)
    return _from_bodies(session, rows, render_statements, speaker_column=3, key="speaker"), total


def _one(session: Session, sql: str, row_id: int, what: str) -> list[Any]:
    """The row `sql` reads by `:id`, as a list of one; NotFound when there is none."""
    rows = raw_rows(session, sql, {"id": row_id})
    if not rows:
        raise NotFound(f"no {what} {row_id}")
    return rows


def get_statement(session: Session, statement_id: int) -> Item:
    """One public statement as a dict (rendered from its rows)."""
    return render_statements(session, _one(session, _STATEMENT_BY_ID, statement_id, "statement"))[0]


def statement_json(session: Session, statement_id: int) -> Item | orjson.Fragment:
    """One public statement, ready for orjson: its stored body when there is one."""
    rows = _one(session, _by_id_with_body(session, "statement", _STATEMENT_NAMES), statement_id, "statement")
    return _from_bodies(session, rows, render_statements, speaker_column=3, key="speaker")[0]


def claim_where(
    *,
    subject: str | None = None,
    unit: str | None = None,
    claimant: int | None = None,
    article: int | None = None,
    min_value: float | None = None,
    max_value: float | None = None,
    since: date | None = None,
    until: date | None = None,
    conflicting: bool | None = None,
) -> tuple[str, dict[str, Any]]:
    """The filters of GET /claims as portable SQL and its parameters (see `statement_where`)."""
    where: list[str] = []
    params: dict[str, Any] = {}
    if conflicting is not None:
        where.append("numericclaim.conflicts != '[]'" if conflicting else "numericclaim.conflicts = '[]'")
    if subject:
        where.append(
            "(lower(numericclaim.subject) LIKE lower(:subject) ESCAPE '\\' OR numericclaim.subject_key = :subject_key)"
        )
        params |= {"subject": like(subject), "subject_key": subject.lower()}
    if unit:
        where.append("numericclaim.unit = :unit")
        params["unit"] = unit
    if claimant is not None:
        where.append("numericclaim.claimant_id = :claimant")
        params["claimant"] = claimant
    if article is not None:
        where.append("numericclaim.id IN (SELECT claim_id FROM claimsource WHERE article_id = :article)")
        params["article"] = article
    if min_value is not None:
        where.append("coalesce(numericclaim.value_max, numericclaim.value) >= :min_value")
        params["min_value"] = min_value
    if max_value is not None:
        where.append("coalesce(numericclaim.value_min, numericclaim.value) <= :max_value")
        params["max_value"] = max_value
    day = "coalesce(numericclaim.refers_to, numericclaim.first_reported_at)"
    if since:
        where.append(f"{day} >= :since")
        params["since"] = since
    if until:
        where.append(f"{day} <= :until")
        params["until"] = until
    return " AND ".join(where), params


def claims_query(*, columns: Sequence[Any] = _CLAIM_COLUMNS, **filters: Any) -> Select:  # type: ignore[type-arg]
    return _filtered(select(*columns), *claim_where(**filters))


def _number(value: float | None) -> float | None:
    return None if value is None else float(value)


def render_claims(session: Session, rows: Sequence[Any]) -> list[Item]:
    """Rows with the columns of `claims_query`, in its order, as public claims."""
    sources = claim_sources(session, [c[0] for c in rows])
    claimants = actor_summaries(session, (c[7] for c in rows))
    return [
        {
            "id": c[0],
            "value": _number(c[1]),
            "value_min": _number(c[2]),
            "value_max": _number(c[3]),
            "qualifier": c[4],
            "unit": c[5],
            "subject": c[6],
            "claimant": claimants.get(c[7]) if c[7] is not None else None,
            "refers_to": c[8],
            "refers_to_precision": c[9],
            "refers_to_relation": c[10],
            "sources": sources.get(c[0], []),
            "source_count": c[11],
            "first_reported_at": c[12],
            "conflicts": json.loads(c[13]),
        }
        for c in rows
    ]


def list_claims(
    session: Session, *, limit: int, offset: int, **filters: object
) -> tuple[list[Item | orjson.Fragment], int]:
    """One page of public claims, ready for orjson (see `_from_bodies`)."""
    where, params = claim_where(**filters)  # type: ignore[arg-type]
    names = _with_body(session, _CLAIM_NAMES)
    rows, total = raw_page(session, "numericclaim", names, where, params, "id", limit, offset)
    return _from_bodies(session, rows, render_claims, speaker_column=7, key="claimant"), total


def get_claim(session: Session, claim_id: int) -> Item:
    """One public claim as a dict (rendered from its rows)."""
    return render_claims(session, _one(session, _CLAIM_BY_ID, claim_id, "claim"))[0]


def claim_json(session: Session, claim_id: int) -> Item | orjson.Fragment:
    """One public claim, ready for orjson: its stored body when there is one."""
    rows = _one(session, _by_id_with_body(session, "numericclaim", _CLAIM_NAMES), claim_id, "claim")
    return _from_bodies(session, rows, render_claims, speaker_column=7, key="claimant")[0]


# ----------------------------------------------------------------------------- stored bodies
# A statement's or claim's public JSON depends on its own row and its sources (quotations or
# claim sources, with their articles' slug, outlet, date and url); the corpus step writes every
# statement and claim it recomputes, so a body changes whenever one of those does. The speaker
# or claimant is the one part that can change without that (an actor renamed or given a role
# by another article), so bodies hold it as null and it is put in when read.

_STATEMENT_NAMES = column_names(_STATEMENT_COLUMNS)
_CLAIM_NAMES = column_names(_CLAIM_COLUMNS)


def _with_body(session: Session, names: str) -> str:
    """`names` and then the stored public JSON. SQLite is asked for it as a BLOB: it comes as
    bytes, ready for orjson, where a TEXT value is decoded into a str (slow for any non-ASCII
    character) only to be encoded back (a 50-statement page: 85 → 31 µs for the query)."""
    return f"{names}, CAST(body AS BLOB)" if session.get_bind().dialect.name == "sqlite" else f"{names}, body"


def _by_id_with_body(session: Session, table: str, names: str) -> str:
    """The plain SQL reading the columns `names` and the stored body of one `table` row by `:id`."""
    return f"SELECT {_with_body(session, names)} FROM {table} WHERE id = :id"


def _from_bodies(
    session: Session, rows: Sequence[Any], render: Any, *, speaker_column: int, key: str
) -> list[Item | orjson.Fragment]:
    """Rows (the render's columns, then `body`) as public items: a stored body as an orjson
    Fragment with its actor summary put in, a row without one rendered from its rows."""
    missing = [r for r in rows if r[-1] is None]
    rendered = iter(render(session, missing)) if missing else iter(())
    actors = actor_summaries(session, (r[speaker_column] for r in rows if r[-1] is not None))
    placeholder = f'"{key}":null'.encode()
    filled = {i: f'"{key}":'.encode() + orjson.dumps(actor) for i, actor in actors.items()}
    items: list[Item | orjson.Fragment] = []
    for r in rows:
        if r[-1] is None:
            items.append(next(rendered))
            continue
        body = r[-1] if isinstance(r[-1], bytes) else str(r[-1]).encode()
        actor = filled.get(r[speaker_column]) if r[speaker_column] is not None else None
        body = body if actor is None else body.replace(placeholder, actor, 1)
        items.append(orjson.Fragment(body))
    return items


def _write_bodies(session: Session, model: Any, query: Select, render: Any, key: str, ids: Iterable[int]) -> None:  # type: ignore[type-arg]
    """Store the public JSON (with `key` null) of the `model` rows `ids`: `query` rows rendered."""
    table = model.__table__
    for part in chunks(set(ids)):
        rows = session.connection().execute(query.where(table.c.id.in_(part))).all()
        items = render(session, rows)
        bodies = [{"_id": item["id"], "body": orjson.dumps({**item, key: None}).decode()} for item in items]
        if bodies:
            statement = update(table).where(table.c.id == bindparam("_id")).values(body=bindparam("body"))
            session.connection().execute(statement, bodies)


def write_statement_bodies(session: Session, ids: Iterable[int]) -> None:
    """Store the public JSON of the statements `ids` (their rows and sources as they are now)."""
    _write_bodies(session, Statement, statements_query(), render_statements, "speaker", ids)


def write_claim_bodies(session: Session, ids: Iterable[int]) -> None:
    """Store the public JSON of the claims `ids` (their rows and sources as they are now)."""
    _write_bodies(session, NumericClaim, claims_query(), render_claims, "claimant", ids)


def write_all_bodies(session: Session) -> None:
    """Store the public JSON of every statement and claim (a database written by other means)."""
    connection = session.connection()
    write_statement_bodies(session, (int(str(i)) for i in connection.execute(select(col(Statement.id))).scalars()))
    write_claim_bodies(session, (int(str(i)) for i in connection.execute(select(col(NumericClaim.id))).scalars()))
