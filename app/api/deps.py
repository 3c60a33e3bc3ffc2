"""Dependencies routes declare: session, pagination, API key."""

import hmac
import inspect
import logging
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import Annotated, Any, ParamSpec, TypeVar

from fastapi import APIRouter, Depends, Header, Path, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from sqlmodel import Session

from app.api.responses import json_response
from app.config import Settings, get_settings
from app.db import get_engine
from app.errors import Forbidden, TooManyRequests, Unauthorized

T = TypeVar("T")
P = ParamSpec("P")
log = logging.getLogger("crisis_facts.auth")


def on_loop(factory: Callable[P, T]) -> Callable[P, Awaitable[T]]:
    """`factory` as a dependency run on the event loop. FastAPI runs a plain function or class
    in its thread pool, a hop that costs more than the cheap work these dependencies do."""

    async def dependency(*args: P.args, **kwargs: P.kwargs) -> T:
        return factory(*args, **kwargs)

    dependency.__signature__ = inspect.signature(factory)  # type: ignore[attr-defined]
    dependency.__name__ = getattr(factory, "__name__", "dependency")
    return dependency


async def request_session() -> AsyncIterator[Session]:
    """The request's session. Opening one touches no connection (that waits for the first
    query, in the endpoint's thread), so it is made on the event loop, without a thread hop."""
    with Session(get_engine()) as session:
        yield session


# A page read by index is cheap while its offset is small; past this SQLite walks the skipped rows.
INLINE_MAX_OFFSET = 1000


async def read(work: Callable[[Session], T], *, cheap: bool) -> T:
    """Run a read endpoint's `work` with a session of its own. On SQLite, work that is cheap by
    construction (a lookup by key, a page in index order without filters and with a small
    offset: well under a millisecond) runs right here on the event loop: the hop to the thread
    pool and back costs more than the query (a 50-item page: ~1.3x the requests per second
    without it, bench/api.py). Anything that may scan (filters, text, another sort, a deep
    offset) runs in the thread pool, so a slow query never holds up the other requests of its
    worker. (The session is opened here rather than by a dependency: FastAPI's generator
    dependencies cost ~35 µs a request.)"""

    def run() -> T:
        with Session(get_engine()) as session:
            return work(session)

    if cheap and get_settings().database_url.startswith("sqlite"):
        return run()
    return await run_in_threadpool(run)


RowId = Annotated[int, Path(ge=1, le=2**63 - 1, description="Numeric id")]

SessionDep = Annotated[Session, Depends(request_session)]
SettingsDep = Annotated[Settings, Depends(on_loop(get_settings))]

MAX_LIMIT = 500


class PageParams:
    def __init__(
        self,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page (max 500).")] = 50,
        offset: Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip.")] = 0,
    ) -> None:
        self.limit = limit
        self.offset = offset

    @property
    def shallow(self) -> bool:
        """Whether an index-ordered page at this offset is cheap to read (see `read`)."""
        return self.offset <= INLINE_MAX_OFFSET


PageDep = Annotated[PageParams, Depends(on_loop(PageParams))]


def link_header(request: Request, params: PageParams, total: int) -> dict[str, str]:
    links = []
    if params.offset + params.limit < total:
        url = request.url.include_query_params(offset=params.offset + params.limit, limit=params.limit)
        links.append(f'<{url}>; rel="next"')
    if params.offset > 0:
        url = request.url.include_query_params(offset=max(0, params.offset - params.limit), limit=params.limit)
        links.append(f'<{url}>; rel="prev"')
    return {"Link": ", ".join(links)} if links else {}


def paged(request: Request, params: PageParams, items: Sequence[Any], total: int) -> Response:
    """A page of results (plain dicts or models) as JSON, with its `Link` header."""
    body = {"items": items, "total": total, "limit": params.limit, "offset": params.offset}
    return json_response(body, headers=link_header(request, params, total))


class WriteLimiter:
    """A sliding one-minute window of write requests per API key, in this process."""

    def __init__(self) -> None:
        self._seen: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def check(self, key_index: int, per_minute: int) -> None:
        now = time.monotonic()
        with self._lock:
            window = self._seen.setdefault(str(key_index), deque())
            while window and now - window[0] >= 60:
                window.popleft()
            if len(window) >= per_minute:
                retry = max(1, int(60 - (now - window[0])) + 1)
                raise TooManyRequests(
                    f"at most {per_minute} writes per minute per API key", headers={"Retry-After": str(retry)}
                )
            window.append(now)


write_limiter = WriteLimiter()


def require_api_key(
    request: Request,
    settings: SettingsDep,
    authorization: Annotated[str | None, Header(description="`Bearer <API key>`")] = None,
) -> None:
    client = request.client.host if request.client else "?"
    if not authorization or not authorization.lower().startswith("bearer "):
        log.warning("write refused: no API key (%s %s from %s)", request.method, request.url.path, client)
        raise Unauthorized(
            "an API key is required: Authorization: Bearer <key>", headers={"WWW-Authenticate": "Bearer"}
        )
    token = authorization[7:].strip().encode()
    matches = [i for i, key in enumerate(settings.api_key_list) if hmac.compare_digest(token, key.encode())]
    if not matches:
        # the presented secret is never logged, not even in part
        log.warning("write refused: invalid API key (%s %s from %s)", request.method, request.url.path, client)
        raise Forbidden("the API key is not valid")
    write_limiter.check(matches[0], settings.write_requests_per_minute)


def _query_names(dependant: Any) -> set[str]:
    names = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


async def forbid_unknown_query(request: Request) -> None:
    """Unknown query parameters are a 422, never silently ignored (API.md conventions)."""
    route = request.scope.get("route")
    if route is None or not hasattr(route, "dependant"):
        return
    unknown = sorted(set(request.query_params) - _query_names(route.dependant))
    if unknown:
        raise RequestValidationError(
            [{"loc": ("query", name), "msg": "unknown query parameter", "type": "extra_forbidden"} for name in unknown]
        )


API_PREFIX = "/api/v1"


def v1_router(prefix: str = "", **kwargs: Any) -> APIRouter:
    """A router for `/api/v1{prefix}` whose routes refuse unknown query parameters. The app adds
    its routes as they are (app.main), not by `include_router`: an included router is matched
    by walking every route in it, and walked again to dispatch, for each level of inclusion."""
    return APIRouter(
        prefix=API_PREFIX + prefix,
        dependencies=[Depends(forbid_unknown_query)],
        generate_unique_id_function=operation_id,
        **kwargs,
    )


def operation_id(route: APIRoute) -> str:
    """An operation's id in the OpenAPI document is its function's name (the clients' method names)."""
    return route.name
