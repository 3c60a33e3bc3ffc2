"""Reading actors (plain dicts shaped like ActorPublic; see app/services/common.py)."""

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import or_, select
from sqlmodel import Session, col

from app.errors import NotFound
from app.models import Actor, ActorAlias
from app.schemas import ActorSort
from app.services.common import Item, by_id_sql, in_list, like, page, raw_rows

_ORDER = {
    ActorSort.mentions: (col(Actor.mention_count).desc(), col(Actor.id)),
    ActorSort.statements: (col(Actor.statement_count).desc(), col(Actor.id)),
    ActorSort.name: (col(Actor.name), col(Actor.id)),
}
_COLUMNS: tuple[Any, ...] = (
    col(Actor.id),
    col(Actor.slug),
    col(Actor.name),
    col(Actor.kind),
    col(Actor.role),
    col(Actor.mention_count),
    col(Actor.statement_count),
    col(Actor.article_count),
)


_BY_ID = by_id_sql("actor", _COLUMNS)


def _public(session: Session, rows: Sequence[Any]) -> list[Item]:
    """Rows with the columns of _COLUMNS, in order, as public actors (with aliases, demonyms)."""
    names: dict[int, dict[str, list[str]]] = defaultdict(lambda: {"alias": [], "demonym": []})
    where, params = in_list("a", [a[0] for a in rows])
    aliases = f"SELECT actor_id, name, relation FROM actoralias WHERE actor_id IN {where} ORDER BY name"
    for actor_id, name, relation in raw_rows(session, aliases, params) if rows else []:
        names[actor_id][relation].append(name)
    return [
        {
            "id": a[0],
            "slug": a[1],
            "name": a[2],
            "kind": a[3],
            "role": a[4],
            "aliases": names[a[0]]["alias"],
            "demonyms": names[a[0]]["demonym"],
            "counts": {"mentions": a[5], "statements": a[6], "articles": a[7]},
        }
        for a in rows
    ]


def list_actors(
    session: Session, *, limit: int, offset: int, kind: str | None, q: str | None, sort: ActorSort
) -> tuple[list[Item], int]:
    query = select(*_COLUMNS)
    if kind:
        query = query.where(col(Actor.kind) == kind)
    if q:
        aliased = select(col(ActorAlias.actor_id)).where(col(ActorAlias.name).ilike(like(q), escape="\\"))
        query = query.where(or_(col(Actor.name).ilike(like(q), escape="\\"), col(Actor.id).in_(aliased)))
    rows, total = page(session, query, _ORDER[sort], limit, offset)
    return _public(session, rows), total


def get_actor(session: Session, actor_id: int) -> Item:
    rows = raw_rows(session, _BY_ID, {"id": actor_id})
    if not rows:
        raise NotFound(f"no actor {actor_id}")
    return _public(session, rows)[0]
