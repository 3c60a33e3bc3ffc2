"""Reading articles and their annotations."""

from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session, col

from app.errors import NotFound
from app.models import Article, ArticleEntity, ClaimSource, Mention, Publisher, Quotation
from app.schemas import (
    Annotations,
    ArticleCounts,
    ArticleDetail,
    ArticlePublic,
    ClaimSpan,
    MentionSpan,
    QuotationSpan,
)
from app.services.common import actor_summaries, text_span


def _counts(session: Session, ids: list[int]) -> dict[int, ArticleCounts]:
    def per_article(column: Any) -> dict[int, int]:
        q = (
            select(column.table.c.article_id, func.count(func.distinct(column)))
            .where(column.table.c.article_id.in_(ids))
            .group_by(column.table.c.article_id)
        )
        return dict(session.execute(q).all())

    statements = per_article(col(Quotation.statement_id))
    claims = per_article(col(ClaimSource.claim_id))
    actors = per_article(col(ArticleEntity.actor_id))
    return {
        i: ArticleCounts(statements=statements.get(i, 0), claims=claims.get(i, 0), actors=actors.get(i, 0)) for i in ids
    }


def _columns() -> tuple[Any, ...]:
    return (
        col(Article.id),
        col(Article.slug),
        col(Article.title),
        col(Publisher.name).label("publisher"),
        col(Article.url),
        col(Article.author),
        col(Article.published_at),
        col(Article.language),
        col(Article.word_count),
        col(Article.ingested_at),
        col(Article.model_name),
        col(Article.pipeline_version),
        col(Article.fetched_at),
    )


def list_articles(
    session: Session, *, limit: int, offset: int, publisher_id: int | None = None, q: str | None = None
) -> tuple[list[ArticlePublic], int]:
    query = select(*_columns()).outerjoin(Publisher, col(Publisher.id) == col(Article.publisher_id))
    if publisher_id is not None:
        query = query.where(col(Article.publisher_id) == publisher_id)
    if q:
        query = query.where(col(Article.title).ilike(f"%{q}%"))
    total = session.execute(select(func.count()).select_from(query.subquery())).scalar_one()
    rows = session.execute(
        query.order_by(col(Article.published_at).desc(), col(Article.id)).limit(limit).offset(offset)
    ).all()
    counts = _counts(session, [r.id for r in rows])
    return [ArticlePublic(**r._mapping, counts=counts[r.id]) for r in rows], total


def get_article(session: Session, article_id: int) -> ArticleDetail:
    row = session.execute(
        select(*_columns(), col(Article.text))
        .outerjoin(Publisher, col(Publisher.id) == col(Article.publisher_id))
        .where(col(Article.id) == article_id)
    ).first()
    if row is None:
        raise NotFound(f"no article {article_id}")
    return ArticleDetail(**row._mapping, counts=_counts(session, [article_id])[article_id])


def annotations(session: Session, article_id: int) -> Annotations:
    slug = session.execute(select(col(Article.slug)).where(col(Article.id) == article_id)).scalar_one()
    ent_actor = dict(
        session.execute(
            select(col(ArticleEntity.id), col(ArticleEntity.actor_id)).where(
                col(ArticleEntity.article_id) == article_id
            )
        ).all()
    )
    quotes = (
        session.execute(select(Quotation).where(col(Quotation.article_id) == article_id).order_by(col(Quotation.start)))
        .scalars()
        .all()
    )
    claims = (
        session.execute(
            select(ClaimSource).where(col(ClaimSource.article_id) == article_id).order_by(col(ClaimSource.start))
        )
        .scalars()
        .all()
    )
    mentions = session.execute(
        select(col(Mention.actor_id), col(Mention.start), col(Mention.end), col(Mention.exact))
        .where(col(Mention.article_id) == article_id)
        .order_by(col(Mention.start), col(Mention.end), col(Mention.id))
    ).all()
    actors = actor_summaries(session, ent_actor.values())

    def actor_of(entity_id: int | None):  # type: ignore[no-untyped-def]
        return actors.get(ent_actor.get(entity_id or -1) or -1)

    return Annotations(
        article_id=article_id,
        article_slug=slug,
        quotations=[
            QuotationSpan(
                statement_id=q.statement_id,
                start=q.start,
                end=q.end,
                exact=q.exact,
                kind=q.kind,
                speaker=actor_of(q.speaker_entity_id),
                speaker_mention=text_span(q.speaker_start, q.speaker_end, q.speaker_exact),
                cue_span=text_span(q.cue_start, q.cue_end, q.cue_exact),
            )
            for q in quotes
        ],
        claims=[
            ClaimSpan(
                claim_id=c.claim_id,
                start=c.start,
                end=c.end,
                exact=c.exact,
                value=c.value,
                value_min=c.value_min,
                value_max=c.value_max,
                qualifier=c.qualifier,
                unit=c.unit,
                subject=c.subject,
                claimant=actor_of(c.claimant_entity_id),
            )
            for c in claims
        ],
        mentions=[MentionSpan(actor_id=m.actor_id, start=m.start, end=m.end, exact=m.exact) for m in mentions],
    )
