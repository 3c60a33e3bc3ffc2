"""/api/v1/articles"""

import asyncio
import weakref
from functools import partial
from typing import Annotated, Literal

import anyio
import anyio.to_thread
from fastapi import Depends, Query, Request, Response

from app.api.deps import PageDep, SessionDep, SettingsDep, paged, require_api_key, v1_router
from app.api.responses import ld_doc, problems
from app.errors import PayloadTooLarge
from app.schemas import Annotations, ArticleDetail, ArticlePublic, Page
from app.services import articles as service
from app.services.articles_write import create_article_from_request, remove_article
from app.services.common import resolve_article_id
from app.services.exports import dumps, w3c_annotations

NO_NUL = {"pattern": r"^[^\u0000]*$"}  # NUL bytes mark a binary file, refused

router = v1_router("/articles", tags=["articles"])


_INGEST_LIMITERS: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, anyio.CapacityLimiter]" = (
    weakref.WeakKeyDictionary()
)


def _ingest_limiter(threads: int) -> anyio.CapacityLimiter:
    """The threads extraction runs in (INGEST_THREADS), apart from the read threads; one limiter
    per event loop, as anyio's default one is."""
    loop = asyncio.get_running_loop()
    limiter = _INGEST_LIMITERS.get(loop)
    if limiter is None:
        limiter = _INGEST_LIMITERS[loop] = anyio.CapacityLimiter(threads)
    return limiter


@router.get("", summary="List articles", response_model=Page[ArticlePublic], responses=problems())
def list_articles(session: SessionDep, page: PageDep, request: Request) -> Response:
    items, total = service.list_articles(session, limit=page.limit, offset=page.offset)
    return paged(request, page, items, total)


@router.get("/{id_or_slug}", summary="One article with its text", response_model=ArticleDetail, responses=problems(404))
def get_article(id_or_slug: str, session: SessionDep) -> ArticleDetail:
    return service.get_article(session, resolve_article_id(session, id_or_slug))


@router.get(
    "/{id_or_slug}/annotations",
    summary="Every extracted span of one article",
    response_model=Annotations,
    responses=ld_doc(
        {
            "@context": ["http://www.w3.org/ns/anno.jsonld"],
            "type": "AnnotationCollection",
            "first": {"type": "AnnotationPage", "items": []},
        }
    ),
)
def get_annotations(
    id_or_slug: str,
    session: SessionDep,
    request: Request,
    format: Annotated[
        Literal["json", "w3c"] | None,
        Query(description="w3c: a W3C Web Annotation collection (JSON-LD); also chosen by Accept: application/ld+json"),
    ] = None,
) -> Annotations | Response:
    found = service.annotations(session, resolve_article_id(session, id_or_slug))
    wants_ld = "application/ld+json" in request.headers.get("accept", "")
    if format == "w3c" or (format is None and wants_ld):
        api = str(request.base_url).rstrip("/") + "/api/v1"
        document = w3c_annotations(session, found, api)
        return Response(dumps(document), media_type='application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"')
    return found


@router.post(
    "",
    summary="Ingest an article (API key)",
    status_code=201,
    response_model=ArticleDetail,
    responses={
        200: {"model": ArticleDetail, "description": "The same text was ingested before"},
        **problems(401, 403, 413, 415, 429),
    },
    dependencies=[Depends(require_api_key)],
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {"$ref": "#/components/schemas/ArticleCreate"},
                    "example": {
                        "text": "River levels fell on Monday. “We have moved 1,200 people,” the minister said.",
                        "title": "River levels fall as evacuations continue",
                        "publisher": "Example News",
                        "url": "https://news.example.org/2024/03/04/river-levels-fall",
                        "published_at": "2024-03-04",
                    },
                },
                "text/plain": {
                    "schema": {"type": "string", "allOf": [{"pattern": r"\w"}, NO_NUL]},
                    "example": "River levels fell on Monday. “We have moved 1,200 people,” the minister said.",
                },
                "text/html": {
                    # markup with some word outside the tags (send text without markup as text/plain)
                    "schema": {"type": "string", "allOf": [{"pattern": r"<[A-Za-z!/][^>]*>[^<]*\w"}, NO_NUL]},
                    "example": "<html><head><title>River levels fall</title></head><body><article><p>River levels"
                    " fell on Monday.</p></article></body></html>",
                },
            },
        }
    },
)
async def post_article(request: Request, response: Response, settings: SettingsDep) -> ArticleDetail:
    body = await read_capped(request, settings.max_article_bytes)
    work = partial(
        create_article_from_request, body=body, content_type=request.headers.get("content-type", ""), settings=settings
    )
    # extraction (and a fetch) never blocks the event loop, nor the threads that serve reads
    article, created = await anyio.to_thread.run_sync(work, limiter=_ingest_limiter(settings.ingest_threads))
    response.status_code = 201 if created else 200
    response.headers["Location"] = f"/api/v1/articles/{article.id}"
    return article


@router.delete(
    "/{id_or_slug}",
    summary="Delete an article and the facts only it supported (API key)",
    status_code=204,
    responses=problems(401, 403, 404, 429),
    dependencies=[Depends(require_api_key)],
)
def delete_article(id_or_slug: str, session: SessionDep) -> Response:
    article_id = resolve_article_id(session, id_or_slug)
    session.close()
    remove_article(article_id)
    return Response(status_code=204)


ArticleIdDep = Annotated[str, "article id or slug"]


async def read_capped(request: Request, limit: int) -> bytes:
    """The body, refused with 413 as soon as it is known to be over the limit: from its
    Content-Length before reading anything, else while it streams in."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise PayloadTooLarge(f"body is {int(declared)} bytes; the limit is {limit}")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise PayloadTooLarge(f"body is over the limit of {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)
