"""/api/v1/statements and /api/v1/claims"""

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from app.api.deps import PageDep, RowId, SessionDep, paged
from app.api.responses import problems
from app.schemas import ClaimPublic, IsoDate, Page, StatementKind, StatementPublic, StatementSort
from app.services import facts
from app.services.common import resolve_actor_id, resolve_article_id

router = APIRouter(tags=["statements"])
claims_router = APIRouter(tags=["claims"])

ActorParam = Annotated[str | None, Query(min_length=1, max_length=200, description="Actor id or slug")]
ArticleParam = Annotated[str | None, Query(min_length=1, max_length=200, description="Article id or slug")]
Since = Annotated[IsoDate | None, Query(description="On or after this date (ISO 8601)")]
Until = Annotated[IsoDate | None, Query(description="On or before this date (ISO 8601)")]


@router.get(
    "/statements",
    summary="Statements: who said what, when, where reported",
    response_model=Page[StatementPublic],
    responses=problems(404),
)
def list_statements(
    session: SessionDep,
    page: PageDep,
    request: Request,
    response: Response,
    speaker: ActorParam = None,
    article: ArticleParam = None,
    kind: Annotated[
        StatementKind | None,
        Query(
            description="direct, partial, indirect, post or transcript (a turn of an interview or debate transcript)"
        ),
    ] = None,
    q: Annotated[str | None, Query(min_length=1, max_length=200, description="Words in the statement")] = None,
    since: Since = None,
    until: Until = None,
    sort: Annotated[StatementSort, Query(description="Sort order")] = StatementSort.first_reported,
) -> Page[StatementPublic]:
    items, total = facts.list_statements(
        session,
        limit=page.limit,
        offset=page.offset,
        sort=sort,
        speaker=resolve_actor_id(session, speaker) if speaker else None,
        article=resolve_article_id(session, article) if article else None,
        kind=kind,
        q=q,
        since=since,
        until=until,
    )
    return paged(request, response, page, items, total)


@router.get(
    "/statements/{statement_id}",
    summary="One statement with all its sources",
    response_model=StatementPublic,
    responses=problems(404),
)
def get_statement(statement_id: RowId, session: SessionDep) -> StatementPublic:
    return facts.get_statement(session, statement_id)


@claims_router.get("/claims", summary="Numeric claims", response_model=Page[ClaimPublic], responses=problems(404))
def list_claims(
    session: SessionDep,
    page: PageDep,
    request: Request,
    response: Response,
    subject: Annotated[str | None, Query(min_length=1, max_length=200, description="What is counted")] = None,
    unit: Annotated[str | None, Query(min_length=1, max_length=20, description="km, %, USD…")] = None,
    claimant: ActorParam = None,
    article: ArticleParam = None,
    min_value: Annotated[float | None, Query(allow_inf_nan=False, description="Figures at or above")] = None,
    max_value: Annotated[float | None, Query(allow_inf_nan=False, description="Figures at or below")] = None,
    since: Since = None,
    until: Until = None,
) -> Page[ClaimPublic]:
    items, total = facts.list_claims(
        session,
        limit=page.limit,
        offset=page.offset,
        subject=subject,
        unit=unit,
        claimant=resolve_actor_id(session, claimant) if claimant else None,
        article=resolve_article_id(session, article) if article else None,
        min_value=min_value,
        max_value=max_value,
        since=since,
        until=until,
    )
    return paged(request, response, page, items, total)


@claims_router.get(
    "/claims/{claim_id}", summary="One numeric claim", response_model=ClaimPublic, responses=problems(404)
)
def get_claim(claim_id: RowId, session: SessionDep) -> ClaimPublic:
    return facts.get_claim(session, claim_id)
