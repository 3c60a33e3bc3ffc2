"""Writing one article and its extracted records (one transaction per article, caller commits)."""

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from urllib.parse import urlparse

from sqlalchemy import delete, select
from sqlmodel import Session, col

from app.config import PIPELINE_VERSION
from app.extract.records import ArticleExtraction
from app.extract.records import Span as RecordSpan
from app.extract.text import normalize_text, word_count
from app.ingest.readers import ArticleInput
from app.models import Article, ArticleEntity, ClaimSource, Mention, Publisher, Quotation
from app.services.common import insert_rows, raw_rows
from app.slugs import slugify, unique_slug

CONTEXT = 32  # characters of prefix/suffix, as in a W3C TextQuoteSelector


@dataclass
class PreparedArticle:
    source: ArticleInput
    text: str
    content_hash: str


def prepare(source: ArticleInput) -> PreparedArticle:
    text = normalize_text(source.text)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return PreparedArticle(source, text, digest)


def find_existing(session: Session, prepared: PreparedArticle) -> tuple[Article | None, Article | None]:
    """(article with the same text, article with the same slug)."""
    slug = prepared.source.slug or ""
    # (one plain query first: for a new article, the common case, neither exists and no ORM query is built)
    clash = "SELECT 1 FROM article WHERE content_hash = :hash OR slug = :slug LIMIT 1"
    if not raw_rows(session, clash, {"hash": prepared.content_hash, "slug": slug}):
        return None, None
    same_text = (
        session.execute(select(Article).where(col(Article.content_hash) == prepared.content_hash)).scalars().first()
    )
    same_slug = None
    if prepared.source.slug:
        same_slug = session.execute(select(Article).where(col(Article.slug) == prepared.source.slug)).scalars().first()
    return same_text, same_slug


def _publisher(session: Session, source: ArticleInput) -> int | None:
    domain = source.publisher_domain or (urlparse(source.url).hostname if source.url else None)
    if domain and domain.startswith("www."):
        domain = domain[4:]
    name = source.publisher or domain
    if not name:
        return None
    slug = slugify(name)
    existing = session.execute(select(Publisher).where(col(Publisher.slug) == slug)).scalars().first()
    if existing is not None:
        if domain and not existing.domain:
            existing.domain = domain
        known: int | None = existing.id
        return known
    publisher = Publisher(slug=slug, name=name, domain=domain)
    session.add(publisher)
    session.flush()
    return publisher.id


def _article_slug(session: Session, prepared: PreparedArticle) -> str:
    base = prepared.source.slug or slugify(prepared.source.title or prepared.content_hash[:12])
    # the base and its numbered forms ("base-2"): a range on the slug index, not a LIKE that scans
    # every article ('.' is the character after '-')
    sql = "SELECT slug FROM article WHERE slug = :base OR (slug > :low AND slug < :high)"
    taken = {row[0] for row in raw_rows(session, sql, {"base": base, "low": f"{base}-", "high": f"{base}."})}
    return unique_slug(base, taken)


def clear_facts(session: Session, article_id: int) -> None:
    for table in (Quotation, ClaimSource, Mention, ArticleEntity):
        session.execute(delete(table).where(col(table.article_id) == article_id))


def upsert_article(session: Session, prepared: PreparedArticle, replacing: Article | None, model_name: str) -> Article:
    src = prepared.source
    article = replacing or Article(
        slug=_article_slug(session, prepared),
        text="",
        content_hash="",
        ingested_at=datetime.now(UTC),
        model_name="",
        pipeline_version="",
    )
    if replacing is not None:
        clear_facts(session, replacing.id or 0)
    article.title = src.title or _first_line_title(prepared.text)
    article.publisher_id = _publisher(session, src)
    article.url, article.author, article.published_at = src.url, src.author, src.published_at
    article.text, article.content_hash = prepared.text, prepared.content_hash
    article.word_count = word_count(prepared.text)
    article.source_path = src.source_path
    fetched = src.extra.get("fetched_at")
    article.fetched_at = datetime.fromisoformat(fetched) if isinstance(fetched, str) else None
    article.ingested_at = datetime.now(UTC)
    article.model_name, article.pipeline_version = model_name, PIPELINE_VERSION
    session.add(article)
    session.flush()
    return article


def _first_line_title(text: str) -> str | None:
    first = text.split("\n", 1)[0].strip()
    return first if 0 < len(first) <= 200 else None


def _context(text: str, start: int, end: int) -> dict[str, str]:
    return {"prefix": text[max(0, start - CONTEXT) : start], "suffix": text[end : end + CONTEXT]}


def store_extraction(session: Session, article: Article, extraction: ArticleExtraction) -> None:
    text, aid = article.text, article.id
    assert aid is not None
    entities = [
        {
            "article_id": aid,
            "local_key": record.key,
            "name": record.name,
            "kind": record.kind,
            "role": record.role,
            "role_title": record.role_title,
            "role_affiliation": record.role_affiliation,
            "aliases": json.dumps(sorted(record.aliases)),
            "demonyms": json.dumps(sorted(record.demonyms)),
            "is_role_reference": record.is_role_reference,
        }
        for record in extraction.entities
    ]
    entity_ids: dict[str, int] = {}
    if entities:
        insert_rows(session, ArticleEntity, entities)
        sql = "SELECT local_key, id FROM articleentity WHERE article_id = :aid"
        entity_ids = {key: eid for key, eid in raw_rows(session, sql, {"aid": aid})}
    mentions = [
        {
            "article_id": aid,
            "entity_id": entity_ids[r.key],
            "start": m.start,
            "end": m.end,
            "exact": text[m.start : m.end],
        }
        for r in extraction.entities
        for m in r.mentions
    ]
    if mentions:
        insert_rows(session, Mention, mentions)
    provenance = {"model_name": article.model_name, "pipeline_version": PIPELINE_VERSION}
    quotations = [
        {
            "article_id": aid,
            "speaker_entity_id": entity_ids.get(q.speaker_key or ""),
            "start": q.start,
            "end": q.end,
            "exact": text[q.start : q.end],
            "kind": q.kind,
            "cue": q.cue,
            "channel": q.channel,
            "said_on": q.said_on,
            "sentence": text[q.sentence_start : q.sentence_end],
            **_span_columns("speaker", q.speaker_span, text),
            **_span_columns("cue", q.cue_span, text),
            **_context(text, q.start, q.end),
            **provenance,
        }
        for q in extraction.quotations
    ]
    if quotations:
        insert_rows(session, Quotation, quotations)
    claims = [
        {
            "article_id": aid,
            "claimant_entity_id": entity_ids.get(c.claimant_key or ""),
            "start": c.start,
            "end": c.end,
            "exact": text[c.start : c.end],
            "value": c.value,
            "value_min": c.value_min,
            "value_max": c.value_max,
            "qualifier": c.qualifier,
            "unit": c.unit,
            "subject": c.subject,
            "subject_key": subject_key(c.subject, c.event),
            "refers_to": c.refers_to,
            "refers_to_precision": c.refers_to_precision,
            "refers_to_relation": c.refers_to_relation,
            "sentence": text[c.sentence_start : c.sentence_end],
            **_context(text, c.start, c.end),
            **provenance,
        }
        for c in extraction.claims
    ]
    if claims:
        insert_rows(session, ClaimSource, claims)


def _span_columns(name: str, span: RecordSpan | None, text: str) -> dict[str, object]:
    if span is None or not 0 <= span.start < span.end <= len(text):
        return {f"{name}_start": None, f"{name}_end": None, f"{name}_exact": None}
    return {f"{name}_start": span.start, f"{name}_end": span.end, f"{name}_exact": text[span.start : span.end]}


def subject_key(subject: str | None, event: str | None = None) -> str | None:
    """What two claims must share to be about the same thing: the head noun, singular, and what
    happened to the people counted, when the text says ("300 people killed" and "1,200 people
    injured" are not figures for one thing: "person:kill", "person:injure")."""
    if not subject:
        return None
    words = subject.lower().split(" of ")[0].split()
    if not words:
        return None
    head = words[-1]
    head = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    return f"{head}:{event}" if event else head


def published(article: Article) -> date | None:
    return article.published_at
