"""/api/v1/sources, /api/v1/search, /api/v1/timeline"""

from typing import Annotated, Literal

from fastapi import Query, Request, Response

from app.api.deps import PageDep, SessionDep, paged, v1_router
from app.api.responses import problems
from app.config import get_settings
from app.schemas import ArticlePublic, IsoDate, Page, SearchHit, SourcePublic, TimelineEntry
from app.services import articles, catalog
from app.services.common import resolve_actor_id

router = v1_router()


@router.get(
    "/sources",
    tags=["sources"],
    summary="Outlets the articles come from",
    response_model=Page[SourcePublic],
    responses=problems(),
)
def list_sources(session: SessionDep, page: PageDep, request: Request) -> Response:
    items, total = catalog.list_sources(session, limit=page.limit, offset=page.offset)
    return paged(request, page, items, total)


@router.get(
    "/sources/{id_or_slug}",
    tags=["sources"],
    summary="One outlet",
    response_model=SourcePublic,
    responses=problems(404),
)
def get_source(id_or_slug: str, session: SessionDep) -> SourcePublic:
    return catalog.resolve_source(session, id_or_slug)


@router.get(
    "/sources/{id_or_slug}/articles",
    tags=["sources"],
    summary="Articles from one outlet",
    response_model=Page[ArticlePublic],
    responses=problems(404),
)
def source_articles(id_or_slug: str, session: SessionDep, page: PageDep, request: Request) -> Response:
    source = catalog.resolve_source(session, id_or_slug)
    items, total = articles.list_articles(session, limit=page.limit, offset=page.offset, publisher_id=source.id)
    return paged(request, page, items, total)


@router.get(
    "/search",
    tags=["search"],
    summary="Ranked full-text search",
    description=(
        "Statements, claims, actors and articles holding every word (prefix match), best first. "
        "`total` counts every match; when it exceeds the server's ranking window "
        "(`SEARCH_RANK_WINDOW`, default 2,000), the ranked pages cover that many of the most recently "
        "stored matches — narrow the words or `kind` to reach older ones."
    ),
    response_model=Page[SearchHit],
    responses=problems(),
)
def search(
    session: SessionDep,
    page: PageDep,
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=200, description="Words to find")],
    kind: Annotated[
        list[Literal["statement", "claim", "actor", "article"]] | None, Query(description="Restrict to these kinds")
    ] = None,
) -> Response:
    settings = get_settings()
    items, total = catalog.search(
        session,
        q=q,
        limit=page.limit,
        offset=page.offset,
        kinds=kind,
        rank_window=settings.search_rank_window,
        cache_size=settings.search_cache_size,
    )
    return paged(request, page, items, total)


@router.get(
    "/timeline",
    tags=["timeline"],
    summary="Dated statements and claims in date order",
    response_model=Page[TimelineEntry],
    responses=problems(404),
)
def timeline(
    session: SessionDep,
    page: PageDep,
    request: Request,
    since: Annotated[IsoDate | None, Query(description="On or after this date (ISO 8601)")] = None,
    until: Annotated[IsoDate | None, Query(description="On or before this date (ISO 8601)")] = None,
    actor: Annotated[str | None, Query(min_length=1, max_length=200, description="Actor id or slug")] = None,
) -> Response:
    items, total = catalog.timeline(
        session,
        since=since,
        until=until,
        limit=page.limit,
        offset=page.offset,
        actor=resolve_actor_id(session, actor) if actor else None,
    )
    return paged(request, page, items, total)
