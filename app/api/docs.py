"""ReDoc served with no outside request at all.

fastapi-offline ships the ReDoc bundle, but the bundle still loads its "API docs by Redocly"
logo from cdn.redoc.ly. This page serves the same bundle with that one URL pointed at the
local favicon, so /redoc makes no request beyond this server.
"""

from functools import cache
from pathlib import Path

import fastapi_offline
from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_redoc_html
from fastapi.responses import HTMLResponse, Response

_STATIC = Path(fastapi_offline.__file__).parent / "static"
_STATIC_URL = "/static-offline-docs"  # where fastapi-offline mounts its assets
_LOGO = "https://cdn.redoc.ly/redoc/logo-mini.svg"
_BUNDLE_URL = "/docs-assets/redoc.standalone.js"


@cache
def _bundle() -> bytes:
    return (_STATIC / "redoc.standalone.js").read_bytes().replace(_LOGO.encode(), f"{_STATIC_URL}/favicon.png".encode())


def install_redoc(app: FastAPI, path: str = "/redoc") -> None:
    @app.get(_BUNDLE_URL, include_in_schema=False)
    def redoc_bundle() -> Response:
        return Response(_bundle(), media_type="application/javascript", headers={"Cache-Control": "max-age=86400"})

    @app.get(path, include_in_schema=False)
    def redoc(request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "")
        return get_redoc_html(
            openapi_url=f"{root}{app.openapi_url}",
            title=f"{app.title} - ReDoc",
            redoc_js_url=f"{root}{_BUNDLE_URL}",
            redoc_favicon_url=f"{root}{_STATIC_URL}/favicon.png",
            with_google_fonts=False,
        )
