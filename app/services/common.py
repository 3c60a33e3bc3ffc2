"""Shared read helpers: actor summaries and provenance, fetched in bulk (no N+1)."""

import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from app.errors import NotFound
from app.models import Actor, Article, ClaimSource, Publisher, Quotation
from app.schemas import ActorSummary, SourceRef, StatementSourceRef, TextSpan


def actor_summaries(session: Session, ids: Iterable[int | None]) -> dict[int, ActorSummary]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(
        select(col(Actor.id), col(Actor.slug), col(Actor.name), col(Actor.kind), col(Actor.role)).where(
            col(Actor.id).in_(wanted)
        )
    ).all()
    return {r.id: ActorSummary(id=r.id, slug=r.slug, name=r.name, kind=r.kind, role=r.role) for r in rows}


_ATTRIBUTION_COLUMNS = ("speaker_start", "speaker_end", "speaker_exact", "cue_start", "cue_end", "cue_exact")


def text_span(start: int | None, end: int | None, exact: str | None) -> TextSpan | None:
    return TextSpan(start=start, end=end, exact=exact) if start is not None and end is not None and exact else None


def _source_rows(session: Session, table: Any, fk: Any, ids: set[int]) -> dict[int, list[SourceRef]]:
    out: dict[int, list[SourceRef]] = defaultdict(list)
    if not ids:
        return out
    attribution = table is Quotation
    extra = [getattr(table, c) for c in _ATTRIBUTION_COLUMNS] if attribution else []
    rows = session.execute(
        select(
            fk,
            table.article_id,
            col(Article.slug),
            col(Publisher.name),
            col(Article.published_at),
            col(Article.url),
            table.start,
            table.end,
            table.exact,
            table.prefix,
            table.suffix,
            table.sentence,
            *extra,
        )
        .join(Article, col(Article.id) == table.article_id)
        .outerjoin(Publisher, col(Publisher.id) == col(Article.publisher_id))
        .where(fk.in_(ids))
        .order_by(col(Article.published_at), table.article_id, table.start)
    ).all()
    for r in rows:
        fields = {
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
            out[r[0]].append(
                StatementSourceRef(**fields, speaker_mention=text_span(*r[12:15]), cue_span=text_span(*r[15:18]))
            )
        else:
            out[r[0]].append(SourceRef(**fields))
    return out


def statement_sources(session: Session, ids: Iterable[int]) -> dict[int, list[SourceRef]]:
    return _source_rows(session, Quotation, col(Quotation.statement_id), set(ids))


def claim_sources(session: Session, ids: Iterable[int]) -> dict[int, list[SourceRef]]:
    return _source_rows(session, ClaimSource, col(ClaimSource.claim_id), set(ids))


MAX_ROW_ID = 2**63 - 1  # SQLite's largest integer key


def as_row_id(id_or_slug: str) -> int | None:
    """The integer id an `{id_or_slug}` names, or None for a slug (or a number no row can have)."""
    if not re.fullmatch(r"[0-9]{1,19}", id_or_slug):
        return None
    value = int(id_or_slug)
    return value if value <= MAX_ROW_ID else -1


def resolve_article_id(session: Session, id_or_slug: str) -> int:
    row_id = as_row_id(id_or_slug)
    query = select(col(Article.id)).where(
        col(Article.id) == row_id if row_id is not None else col(Article.slug) == id_or_slug
    )
    found = session.execute(query).scalar_one_or_none()
    if found is None:
        raise NotFound(f"no article with id or slug {id_or_slug!r}")
    return int(found)


def resolve_actor_id(session: Session, id_or_slug: str) -> int:
    row_id = as_row_id(id_or_slug)
    query = select(col(Actor.id)).where(
        col(Actor.id) == row_id if row_id is not None else col(Actor.slug) == id_or_slug
    )
    found = session.execute(query).scalar_one_or_none()
    if found is None:
        raise NotFound(f"no actor with id or slug {id_or_slug!r}")
    return int(found)


def like(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
