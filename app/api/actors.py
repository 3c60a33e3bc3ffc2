"""/api/v1/actors"""

from typing import Annotated

from fastapi import Query, Request, Response
from sqlmodel import Session

from app.api.deps import PageDep, SessionDep, paged, read, v1_router
from app.api.responses import json_response, problems
from app.schemas import ActorKind, ActorPublic, ActorSort, ClaimPublic, Page, StatementPublic
from app.services import actors as service
from app.services import facts
from app.services.common import resolve_actor_id

router = v1_router("/actors", tags=["actors"])


@router.get("", summary="List actors", response_model=Page[ActorPublic], responses=problems())
def list_actors(
    session: SessionDep,
    page: PageDep,
    request: Request,
    kind: Annotated[ActorKind | None, Query(description="person, organization, place or group")] = None,
    q: Annotated[str | None, Query(min_length=1, max_length=200, description="Substring of a name or alias")] = None,
    sort: Annotated[ActorSort, Query(description="Sort order")] = ActorSort.mentions,
) -> Response:
    items, total = service.list_actors(session, limit=page.limit, offset=page.offset, kind=kind, q=q, sort=sort)
    return paged(request, page, items, total)


@router.get("/{id_or_slug}", summary="One actor", response_model=ActorPublic, responses=problems(404))
async def get_actor(id_or_slug: str) -> Response:
    def work(session: Session) -> Response:
        return json_response(service.get_actor(session, resolve_actor_id(session, id_or_slug)))

    return await read(work, cheap=True)


@router.get(
    "/{id_or_slug}/statements",
    summary="Statements by one actor",
    response_model=Page[StatementPublic],
    responses=problems(404),
)
def actor_statements(id_or_slug: str, session: SessionDep, page: PageDep, request: Request) -> Response:
    actor_id = resolve_actor_id(session, id_or_slug)
    items, total = facts.list_statements(session, limit=page.limit, offset=page.offset, speaker=actor_id)
    return paged(request, page, items, total)


@router.get(
    "/{id_or_slug}/claims",
    summary="Numeric claims asserted by one actor",
    response_model=Page[ClaimPublic],
    responses=problems(404),
)
def actor_claims(id_or_slug: str, session: SessionDep, page: PageDep, request: Request) -> Response:
    actor_id = resolve_actor_id(session, id_or_slug)
    items, total = facts.list_claims(session, limit=page.limit, offset=page.offset, claimant=actor_id)
    return paged(request, page, items, total)
