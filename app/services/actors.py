"""Reading actors."""

from collections import defaultdict

from sqlalchemy import func, or_, select
from sqlmodel import Session, col

from app.errors import NotFound
from app.models import Actor, ActorAlias
from app.schemas import ActorCounts, ActorPublic, ActorSort
from app.services.common import like

_ORDER = {
    ActorSort.mentions: (col(Actor.mention_count).desc(), col(Actor.id)),
    ActorSort.statements: (col(Actor.statement_count).desc(), col(Actor.id)),
    ActorSort.name: (col(Actor.name), col(Actor.id)),
}


def _public(session: Session, rows: list[Actor]) -> list[ActorPublic]:
    ids = [a.id for a in rows]
    names: dict[int, dict[str, list[str]]] = defaultdict(lambda: {"alias": [], "demonym": []})
    for actor_id, name, relation in session.execute(
        select(col(ActorAlias.actor_id), col(ActorAlias.name), col(ActorAlias.relation))
        .where(col(ActorAlias.actor_id).in_(ids))
        .order_by(col(ActorAlias.name))
    ).all():
        names[actor_id][relation].append(name)
    return [
        ActorPublic(
            id=a.id,
            slug=a.slug,
            name=a.name,
            kind=a.kind,
            role=a.role,
            aliases=names[a.id or 0]["alias"],
            demonyms=names[a.id or 0]["demonym"],
            counts=ActorCounts(mentions=a.mention_count, statements=a.statement_count, articles=a.article_count),
        )
        for a in rows
    ]


def list_actors(
    session: Session, *, limit: int, offset: int, kind: str | None, q: str | None, sort: ActorSort
) -> tuple[list[ActorPublic], int]:
    query = select(Actor)
    if kind:
        query = query.where(col(Actor.kind) == kind)
    if q:
        aliased = select(col(ActorAlias.actor_id)).where(col(ActorAlias.name).ilike(like(q), escape="\\"))
        query = query.where(or_(col(Actor.name).ilike(like(q), escape="\\"), col(Actor.id).in_(aliased)))
    total = session.execute(select(func.count()).select_from(query.subquery())).scalar_one()
    rows = session.execute(query.order_by(*_ORDER[sort]).limit(limit).offset(offset)).scalars().all()
    return _public(session, list(rows)), total


def get_actor(session: Session, actor_id: int) -> ActorPublic:
    actor = session.get(Actor, actor_id)
    if actor is None:
        raise NotFound(f"no actor {actor_id}")
    return _public(session, [actor])[0]
