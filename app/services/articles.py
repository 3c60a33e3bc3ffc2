"""Reading articles and their annotations."""

from sqlalchemy import func, select
from sqlmodel import Session

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
    def per_article(column, where=None):  # type: ignore[no-untyped-def]
        q = (
            select(column.table.c.article_id, func.count(func.distinct(column)))
            .where(column.table.c.article_id.in_(ids))
            .group_by(column.table.c.article_id)
        )
        return dict(session.execute(q).all())  # type: ignore[arg-type]

    statements = per_article(Quotation.statement_id)  # type: ignore[arg-type]
    claims = per_article(ClaimSource.claim_id)  # type: ignore[arg-type]
    actors = per_article(ArticleEntity.actor_id)  # type: ignore[arg-type]
    return {
        i: ArticleCounts(statements=statements.get(i, 0), claims=claims.get(i, 0), actors=actors.get(i, 0)) for i in ids
    }


def _columns():  # type: ignore[no-untyped-def]
    return (
        Article.id,
        Article.slug,
        Article.title,
        Publisher.name.label("publisher"),
        Article.url,  # type: ignore[attr-defined]
        Article.author,
        Article.published_at,
        Article.language,
        Article.word_count,
        Article.ingested_at,
        Article.model_name,
        Article.pipeline_version,
        Article.fetched_at,
    )


def list_articles(
    session: Session, *, limit: int, offset: int, publisher_id: int | None = None, q: str | None = None
) -> tuple[list[ArticlePublic], int]:
    query = select(*_columns()).outerjoin(Publisher, Publisher.id == Article.publisher_id)
    if publisher_id is not None:
        query = query.where(Article.publisher_id == publisher_id)
    if q:
        query = query.where(Article.title.ilike(f"%{q}%"))  # type: ignore[union-attr]
    total = session.execute(select(func.count()).select_from(query.subquery())).scalar_one()
    rows = session.execute(query.order_by(Article.published_at.desc(), Article.id).limit(limit).offset(offset)).all()  # type: ignore[union-attr]
    counts = _counts(session, [r.id for r in rows])
    return [ArticlePublic(**r._mapping, counts=counts[r.id]) for r in rows], total


def get_article(session: Session, article_id: int) -> ArticleDetail:
    row = session.execute(
        select(*_columns(), Article.text)
        .outerjoin(Publisher, Publisher.id == Article.publisher_id)
        .where(Article.id == article_id)
    ).first()
    if row is None:
        raise NotFound(f"no article {article_id}")
    return ArticleDetail(**row._mapping, counts=_counts(session, [article_id])[article_id])


def annotations(session: Session, article_id: int) -> Annotations:
    slug = session.execute(select(Article.slug).where(Article.id == article_id)).scalar_one()
    ent_actor = dict(
        session.execute(
            select(ArticleEntity.id, ArticleEntity.actor_id).where(ArticleEntity.article_id == article_id)
        ).all()
    )
    quotes = (
        session.execute(select(Quotation).where(Quotation.article_id == article_id).order_by(Quotation.start))
        .scalars()
        .all()
    )
    claims = (
        session.execute(select(ClaimSource).where(ClaimSource.article_id == article_id).order_by(ClaimSource.start))
        .scalars()
        .all()
    )
    mentions = session.execute(
        select(Mention.actor_id, Mention.start, Mention.end, Mention.exact)
        .where(Mention.article_id == article_id)
        .order_by(Mention.start, Mention.end, Mention.id)
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
        ],  # type: ignore[arg-type]
        claims=[
            ClaimSpan(
                claim_id=c.claim_id,
                start=c.start,
                end=c.end,
                exact=c.exact,
                value=c.value,
                value_min=c.value_min,
                value_max=c.value_max,
                qualifier=c.qualifier,  # type: ignore[arg-type]
                unit=c.unit,
                subject=c.subject,
                claimant=actor_of(c.claimant_entity_id),
            )
            for c in claims
        ],
        mentions=[MentionSpan(actor_id=m.actor_id, start=m.start, end=m.end, exact=m.exact) for m in mentions],
    )
