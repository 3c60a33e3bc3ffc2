"""Ingesting and deleting over HTTP: the same ingest service the CLI runs."""

import json

from pydantic import ValidationError
from sqlmodel import Session

from app.config import Settings
from app.db import get_engine
from app.errors import NotFound, PayloadTooLarge, UnprocessableInput, UnsupportedMediaType
from app.ingest.readers import ArticleInput, InputError, article_from_html, decode_utf8
from app.ingest.service import delete_article, ingest
from app.schemas import ArticleCreate, ArticleDetail
from app.services.articles import get_article


def parse_body(body: bytes, content_type: str, max_bytes: int) -> ArticleInput:
    if len(body) > max_bytes:
        raise PayloadTooLarge(f"body is {len(body)} bytes; the limit is {max_bytes}")
    media = content_type.split(";")[0].strip().lower()
    if media not in {"application/json", "text/plain", "text/html"}:
        raise UnsupportedMediaType(f"use application/json, text/plain or text/html, not {media or 'nothing'!r}")
    try:
        text = decode_utf8(body)
        if media == "application/json":
            data = ArticleCreate.model_validate(json.loads(text))
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


def create_article_from_request(*, body: bytes, content_type: str, settings: Settings) -> tuple[ArticleDetail, bool]:
    source = parse_body(body, content_type, settings.max_article_bytes)
    report = ingest(get_engine(), [source], model_name=settings.spacy_model)
    outcome = report.outcomes[0]
    if outcome.status == "failed" or outcome.article_id is None:
        raise UnprocessableInput(outcome.reason or "the article could not be ingested")
    with Session(get_engine()) as session:
        return get_article(session, outcome.article_id), outcome.status != "unchanged"


def remove_article(article_id: int) -> None:
    if not delete_article(get_engine(), article_id):
        raise NotFound(f"no article {article_id}")
