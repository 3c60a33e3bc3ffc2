"""create_app(): routers, middleware, error handlers, offline docs."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import anyio.to_thread
from fastapi import APIRouter, FastAPI, Response
from fastapi.middleware.cors import CORSMiddleware
from fastapi_offline import FastAPIOffline
from sqlalchemy import text

from app.api import actors, articles, catalog, statements
from app.api.deps import operation_id
from app.api.docs import install_redoc
from app.api.etag import ETagMiddleware
from app.api.examples import add_examples
from app.api.request_log import RequestIdMiddleware, configure_logging
from app.api.responses import json_response, problems
from app.api.timeout import TimeoutMiddleware
from app.config import PIPELINE_VERSION, get_settings
from app.db import get_engine
from app.errors import install_error_handlers, problem
from app.schemas import ArticleCreate, Health
from app.web import install_explorer

DESCRIPTION = """Facts from crisis news articles — actors, statements, numeric claims — each tied to
the exact words in the exact articles it came from (`sources[].start/end/exact`)."""


def _document_examples(app: FastAPI) -> None:
    """Generate the OpenAPI document once, with an example on every response."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            spec = FastAPI.openapi(app)
            # the probes are matched first (create_app) but documented last
            probe_paths = {route.path for route in probes.routes}  # type: ignore[attr-defined]
            paths = spec["paths"]
            spec["paths"] = {p: v for p, v in paths.items() if p not in probe_paths} | {
                p: v for p, v in paths.items() if p in probe_paths
            }
            # POST /articles reads its body by content type, so FastAPI never saw this model.
            spec["components"]["schemas"]["ArticleCreate"] = ArticleCreate.model_json_schema(
                ref_template="#/components/schemas/{model}"
            )
            app.openapi_schema = add_examples(spec)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def create_app() -> FastAPI:
    settings = get_settings()

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.worker_threads
        yield

    app = FastAPIOffline(
        lifespan=lifespan,
        redoc_url=None,  # ours: see app/api/docs.py
        generate_unique_id_function=operation_id,
        title="crisis-facts",
        version=PIPELINE_VERSION,
        description=DESCRIPTION,
        openapi_tags=[
            {"name": n}
            for n in ("articles", "actors", "statements", "claims", "sources", "search", "timeline", "health")
        ],
    )
    install_error_handlers(app)
    install_redoc(app)
    configure_logging(settings.log_format)
    app.add_middleware(ETagMiddleware)
    app.add_middleware(TimeoutMiddleware, seconds=settings.request_timeout_seconds)
    if settings.cors_origin_list:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origin_list,
            allow_methods=["GET", "POST", "DELETE"],
            allow_headers=["Authorization", "Content-Type", "If-None-Match"],
            expose_headers=["ETag", "Link", "Location"],
        )
    # outermost: every response, errors and CORS included
    app.add_middleware(RequestIdMiddleware, access_log=settings.access_log)
    # Routes are tried in order, so the probes go first (a load balancer calls them most), then
    # the API's routes, added flat (see deps.v1_router), then the docs and the explorer.
    fixed = list(app.router.routes)  # the docs routes FastAPIOffline added
    app.router.routes[:] = [
        *probes.routes,
        *(
            route
            for r in (articles.router, actors.router, statements.router, statements.claims_router, catalog.router)
            for route in r.routes
        ),
        *fixed,
    ]
    install_explorer(app)
    _document_examples(app)
    return app


probes = APIRouter(tags=["health"], generate_unique_id_function=operation_id)


@probes.get("/health", summary="Process is up", response_model=Health, responses=problems())
async def health() -> Response:
    return json_response({"status": "ok"})  # on the event loop: no thread, nothing to validate


@probes.get("/ready", summary="Database reachable", response_model=Health, responses=problems(503))
def ready() -> Response | Health:
    try:
        with get_engine().connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception:
        return problem(503, "Service unavailable", "the database is not reachable")
    return Health(status="ready")
