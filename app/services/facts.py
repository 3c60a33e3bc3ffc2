"""Reading statements and numeric claims, with provenance, in a fixed number of queries.

Items are plain dicts shaped like StatementPublic / ClaimPublic (see app/services/common.py)."""

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlmodel import Session, col

from app.errors import NotFound
from app.models import ClaimSource, NumericClaim, Quotation, Statement
from app.schemas import StatementSort
from app.services.common import Item, actor_summaries, by_id_sql, claim_sources, like, page, raw_rows, statement_sources

_STATEMENT_ORDER = {
    StatementSort.first_reported: (col(Statement.first_reported_at), col(Statement.id)),
    StatementSort.said_on: (col(Statement.said_on), col(Statement.id)),
    StatementSort.sources: (col(Statement.source_count).desc(), col(Statement.id)),
    StatementSort.id: (col(Statement.id),),
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


def statements_query(
    *,
    speaker: int | None = None,
    article: int | None = None,
    kind: str | None = None,
    q: str | None = None,
    since: date | None = None,
    until: date | None = None,
) -> Select:  # type: ignore[type-arg]
    query = select(*_STATEMENT_COLUMNS)
    if speaker is not None:
        query = query.where(col(Statement.speaker_id) == speaker)
    if article is not None:
        query = query.where(
            col(Statement.id).in_(select(col(Quotation.statement_id)).where(col(Quotation.article_id) == article))
        )
    if kind:
        query = query.where(col(Statement.kind) == kind)
    if q:
        query = query.where(col(Statement.text).ilike(like(q), escape="\\"))
    day = func.coalesce(col(Statement.said_on), col(Statement.first_reported_at))
    if since:
        query = query.where(day >= since)
    if until:
        query = query.where(day <= until)
    return query


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
) -> tuple[list[Item], int]:
    rows, total = page(session, statements_query(**filters), _STATEMENT_ORDER[sort], limit, offset)  # type: ignore[arg-type]
    return render_statements(session, rows), total


def get_statement(session: Session, statement_id: int) -> Item:
    rows = raw_rows(session, _STATEMENT_BY_ID, {"id": statement_id})
    if not rows:
        raise NotFound(f"no statement {statement_id}")
    return render_statements(session, rows)[0]


def claims_query(
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
) -> Select:  # type: ignore[type-arg]
    query = select(*_CLAIM_COLUMNS)
    if conflicting is not None:
        query = query.where(
            (col(NumericClaim.conflicts) != "[]") if conflicting else (col(NumericClaim.conflicts) == "[]")
        )
    if subject:
        query = query.where(
            or_(
                col(NumericClaim.subject).ilike(like(subject), escape="\\"),
                col(NumericClaim.subject_key) == subject.lower(),
            )
        )
    if unit:
        query = query.where(col(NumericClaim.unit) == unit)
    if claimant is not None:
        query = query.where(col(NumericClaim.claimant_id) == claimant)
    if article is not None:
        query = query.where(
            col(NumericClaim.id).in_(select(col(ClaimSource.claim_id)).where(col(ClaimSource.article_id) == article))
        )
    if min_value is not None:
        query = query.where(func.coalesce(col(NumericClaim.value_max), col(NumericClaim.value)) >= min_value)
    if max_value is not None:
        query = query.where(func.coalesce(col(NumericClaim.value_min), col(NumericClaim.value)) <= max_value)
    day = func.coalesce(col(NumericClaim.refers_to), col(NumericClaim.first_reported_at))
    if since:
        query = query.where(day >= since)
    if until:
        query = query.where(day <= until)
    return query


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


def list_claims(session: Session, *, limit: int, offset: int, **filters: object) -> tuple[list[Item], int]:
    rows, total = page(session, claims_query(**filters), (col(NumericClaim.id),), limit, offset)  # type: ignore[arg-type]
    return render_claims(session, rows), total


def get_claim(session: Session, claim_id: int) -> Item:
    rows = raw_rows(session, _CLAIM_BY_ID, {"id": claim_id})
    if not rows:
        raise NotFound(f"no claim {claim_id}")
    return render_claims(session, rows)[0]
