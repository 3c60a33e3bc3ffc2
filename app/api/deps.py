"""Dependencies routes declare: session, pagination, API key."""

import hmac
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Header, Path, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from sqlmodel import Session

from app.config import Settings, get_settings
from app.db import get_session
from app.errors import Forbidden, Unauthorized
from app.schemas import Page

T = TypeVar("T")


RowId = Annotated[int, Path(ge=1, le=2**63 - 1, description="Numeric id")]

SessionDep = Annotated[Session, Depends(get_session)]
SettingsDep = Annotated[Settings, Depends(get_settings)]

MAX_LIMIT = 500


class PageParams:
    def __init__(
        self,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page (max 500).")] = 50,
        offset: Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip.")] = 0,
    ) -> None:
        self.limit = limit
        self.offset = offset


PageDep = Annotated[PageParams, Depends()]


def link_header(request: Request, response: Response, params: PageParams, total: int) -> None:
    links = []
    if params.offset + params.limit < total:
        url = request.url.include_query_params(offset=params.offset + params.limit, limit=params.limit)
        links.append(f'<{url}>; rel="next"')
    if params.offset > 0:
        url = request.url.include_query_params(offset=max(0, params.offset - params.limit), limit=params.limit)
        links.append(f'<{url}>; rel="prev"')
    if links:
        response.headers["Link"] = ", ".join(links)


def paged(request: Request, response: Response, params: PageParams, items: list[T], total: int) -> Page[T]:
    """A page of results with its `Link` header set."""
    link_header(request, response, params, total)
    return Page(items=items, total=total, limit=params.limit, offset=params.offset)


def require_api_key(
    settings: SettingsDep,
    authorization: Annotated[str | None, Header(description="`Bearer <API key>`")] = None,
) -> None:
    if not authorization or not authorization.lower().startswith("bearer "):
        raise Unauthorized(
            "an API key is required: Authorization: Bearer <key>", headers={"WWW-Authenticate": "Bearer"}
        )
    token = authorization[7:].strip().encode()
    if not any(hmac.compare_digest(token, key.encode()) for key in settings.api_key_list):
        raise Forbidden("the API key is not valid")


def _query_names(dependant: Any) -> set[str]:
    names = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


def forbid_unknown_query(request: Request) -> None:
    """Unknown query parameters are a 422, never silently ignored (API.md conventions)."""
    route = request.scope.get("route")
    if route is None or not hasattr(route, "dependant"):
        return
    unknown = sorted(set(request.query_params) - _query_names(route.dependant))
    if unknown:
        raise RequestValidationError(
            [{"loc": ("query", name), "msg": "unknown query parameter", "type": "extra_forbidden"} for name in unknown]
        )
