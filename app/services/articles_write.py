"""Ingesting and deleting over HTTP: the same ingest service the CLI runs."""

import json

from pydantic import ValidationError
from sqlmodel import Session

from app.config import Settings, get_settings
from app.db import get_engine
from app.errors import NotFound, PayloadTooLarge, UnprocessableInput, UnsupportedMediaType
from app.ingest.fetch import FetchPolicy, fetch_article
from app.ingest.readers import ArticleInput, InputError, article_from_html, decode_utf8
from app.ingest.service import delete_article, ingest
from app.schemas import ArticleCreate, ArticleDetail
from app.services.articles import get_article


def parse_body(body: bytes, content_type: str, max_bytes: int, settings: Settings | None = None) -> ArticleInput:
    if len(body) > max_bytes:
        raise PayloadTooLarge(f"body is {len(body)} bytes; the limit is {max_bytes}")
    media = content_type.split(";")[0].strip().lower()
    if media not in {"application/json", "text/plain", "text/html"}:
        raise UnsupportedMediaType(f"use application/json, text/plain or text/html, not {media or 'nothing'!r}")
    try:
        text = decode_utf8(body)
        if media == "application/json":
            data = ArticleCreate.model_validate(json.loads(text))
            if data.text is None:
                return _fetched(data, settings)
            return ArticleInput(**data.model_dump())
        if not text.strip():
            raise InputError("the body is empty")
        return article_from_html(text) if media == "text/html" else ArticleInput(text=text)
    except json.JSONDecodeError as exc:
        raise UnprocessableInput(f"malformed JSON: {exc.msg} at line {exc.lineno}") from exc
    except ValidationError as exc:
        detail = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise UnprocessableInput(detail) from exc
    except InputError as exc:
        raise UnprocessableInput(str(exc)) from exc


def _fetched(data: ArticleCreate, settings: Settings | None) -> ArticleInput:
    """{"url": …} with no text: the page, fetched under the HTTP policy (no private addresses
    unless FETCH_ALLOW_PRIVATE); fields given in the body win over the page's metadata."""
    settings = settings or get_settings()
    policy = FetchPolicy(
        max_bytes=settings.max_article_bytes,
        timeout=settings.fetch_timeout_seconds,
        allow_private=settings.fetch_allow_private,
    )
    article = fetch_article(data.url or "", policy)
    for name in ("title", "publisher", "author", "published_at"):
        if getattr(data, name) is not None:
            setattr(article, name, getattr(data, name))
    return article


def create_article_from_request(*, body: bytes, content_type: str, settings: Settings) -> tuple[ArticleDetail, bool]:
    source = parse_body(body, content_type, settings.max_article_bytes, settings)
    report = ingest(get_engine(), [source], model_name=settings.spacy_model)
    outcome = report.outcomes[0]
    if outcome.status == "failed" or outcome.article_id is None:
        raise UnprocessableInput(outcome.reason or "the article could not be ingested")
    with Session(get_engine()) as session:
        return get_article(session, outcome.article_id), outcome.status != "unchanged"


def remove_article(article_id: int) -> None:
    if not delete_article(get_engine(), article_id):
        raise NotFound(f"no article {article_id}")
