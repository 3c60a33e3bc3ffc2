"""Reading statements and numeric claims, with provenance, in a fixed number of queries."""

import json
from datetime import date

from sqlalchemy import Select, func, or_, select
from sqlmodel import Session, col

from app.errors import NotFound
from app.models import ClaimSource, NumericClaim, Quotation, Statement
from app.schemas import ClaimPublic, StatementPublic, StatementSort
from app.services.common import actor_summaries, claim_sources, like, statement_sources

_STATEMENT_ORDER = {
    StatementSort.first_reported: (col(Statement.first_reported_at), col(Statement.id)),
    StatementSort.said_on: (col(Statement.said_on), col(Statement.id)),
    StatementSort.sources: (col(Statement.source_count).desc(), col(Statement.id)),
    StatementSort.id: (col(Statement.id),),
}


def statements_query(
    *,
    speaker: int | None = None,
    article: int | None = None,
    kind: str | None = None,
    q: str | None = None,
    since: date | None = None,
    until: date | None = None,
) -> Select:  # type: ignore[type-arg]
    query = select(Statement)
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


def render_statements(session: Session, rows: list[Statement]) -> list[StatementPublic]:
    ids = [s.id for s in rows if s.id is not None]
    sources = statement_sources(session, ids)
    speakers = actor_summaries(session, (s.speaker_id for s in rows))
    return [
        StatementPublic(
            id=s.id or 0,
            text=s.text,
            kind=s.kind,
            speaker=speakers.get(s.speaker_id or -1),
            cue=s.cue,
            channel=s.channel,
            said_on=s.said_on,
            sources=sources.get(s.id or 0, []),
            source_count=s.source_count,
            first_reported_at=s.first_reported_at,
        )
        for s in rows
    ]


def page(session: Session, query: Select, order: tuple, limit: int, offset: int) -> tuple[list, int]:  # type: ignore[type-arg]
    total = session.execute(select(func.count()).select_from(query.subquery())).scalar_one()
    rows = session.execute(query.order_by(*order).limit(limit).offset(offset)).scalars().all()
    return list(rows), total


def list_statements(
    session: Session, *, limit: int, offset: int, sort: StatementSort = StatementSort.first_reported, **filters: object
) -> tuple[list[StatementPublic], int]:
    rows, total = page(session, statements_query(**filters), _STATEMENT_ORDER[sort], limit, offset)  # type: ignore[arg-type]
    return render_statements(session, rows), total


def get_statement(session: Session, statement_id: int) -> StatementPublic:
    row = session.get(Statement, statement_id)
    if row is None:
        raise NotFound(f"no statement {statement_id}")
    return render_statements(session, [row])[0]


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
    query = select(NumericClaim)
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


def render_claims(session: Session, rows: list[NumericClaim]) -> list[ClaimPublic]:
    sources = claim_sources(session, [c.id for c in rows if c.id is not None])
    claimants = actor_summaries(session, (c.claimant_id for c in rows))
    return [
        ClaimPublic(
            id=c.id or 0,
            value=c.value,
            value_min=c.value_min,
            value_max=c.value_max,
            qualifier=c.qualifier,
            unit=c.unit,
            subject=c.subject,
            claimant=claimants.get(c.claimant_id or -1),
            refers_to=c.refers_to,
            refers_to_precision=c.refers_to_precision,
            refers_to_relation=c.refers_to_relation,
            sources=sources.get(c.id or 0, []),
            source_count=c.source_count,
            first_reported_at=c.first_reported_at,
            conflicts=json.loads(c.conflicts),
        )
        for c in rows
    ]


def list_claims(session: Session, *, limit: int, offset: int, **filters: object) -> tuple[list[ClaimPublic], int]:
    rows, total = page(session, claims_query(**filters), (col(NumericClaim.id),), limit, offset)  # type: ignore[arg-type]
    return render_claims(session, rows), total


def get_claim(session: Session, claim_id: int) -> ClaimPublic:
    row = session.get(NumericClaim, claim_id)
    if row is None:
        raise NotFound(f"no claim {claim_id}")
    return render_claims(session, [row])[0]
