"""The explorer: a web page for reading the facts against their sources, served at `/`.

No build step and no third-party code: `static/` holds the page (HTML, CSS, one ES module) that
calls only the public API under /api/v1. Every page of the explorer has its own URL, so links are
shareable and back/forward work; the server answers each of those paths with the same page.
"""

from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

STATIC = Path(__file__).parent / "static"
PAGES = [
    "/",
    "/search",
    "/actors",
    "/actors/{slug}",
    "/statements/{statement_id}",
    "/articles",
    "/articles/{slug}",
    "/claims",
    "/timeline",
]


def install_explorer(app: FastAPI) -> None:
    router = APIRouter(include_in_schema=False)

    def page() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html", headers={"Cache-Control": "no-cache"})

    for path in PAGES:
        router.add_api_route(path, page, methods=["GET"], name=f"explorer:{path}")
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
