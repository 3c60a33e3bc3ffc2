"""The ingest service the CLI and `POST /articles` share."""

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import delete, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col

from app.config import PIPELINE_VERSION
from app.extract.records import ArticleExtraction
from app.extract.text import word_count
from app.ingest.extraction import extract_many
from app.ingest.merge_facts import group_claims, merge_statements, refresh_actor_counts
from app.ingest.readers import ArticleInput, ReadFailure
from app.ingest.resolve_actors import resolve_actors
from app.ingest.search_index import rebuild_search_index
from app.ingest.store import (
    PreparedArticle,
    find_existing,
    prepare,
    store_extraction,
    upsert_article,
)
from app.models import Article, CorpusState

log = logging.getLogger("crisis_facts.ingest")


@dataclass
class Outcome:
    name: str  # file path or slug
    status: str  # ingested | replaced | unchanged | failed
    reason: str | None = None
    article_id: int | None = None


@dataclass
class IngestReport:
    outcomes: list[Outcome] = field(default_factory=list)
    corpus_error: str | None = None  # the corpus-wide rebuild failed; it is retried next time

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]


def rebuild_corpus_facts(session: Session) -> None:
    """Everything that depends on more than one article, recomputed from the stored rows."""
    resolve_actors(session)
    merge_statements(session)
    group_claims(session)
    refresh_actor_counts(session)
    rebuild_search_index(session)


def _state(session: Session) -> CorpusState:
    state = session.get(CorpusState, 1)
    if state is None:
        state = CorpusState(id=1)
        session.add(state)
    return state


def corpus_is_stale(engine: Engine) -> bool:
    with Session(engine) as session:
        state = session.get(CorpusState, 1)
        return bool(state and state.stale)


def mark_corpus_stale(engine: Engine) -> None:
    with Session(engine) as session:
        _state(session).stale = True
        session.commit()


# Any fixed number: the PostgreSQL advisory lock every corpus-wide rebuild takes.
_CORPUS_LOCK = 4_729_001


def _serialize_corpus_writers(session: Session) -> None:
    """One corpus-wide rebuild at a time across processes: on PostgreSQL a transaction-scoped
    advisory lock (two ingest workers finishing together wait for each other instead of
    interleaving deletes and inserts); SQLite's single writer lock already does this."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _CORPUS_LOCK})


def refresh_corpus(engine: Engine) -> str | None:
    """Rebuild the corpus-wide facts in a transaction of their own. On failure nothing of the
    rebuild is kept, the corpus stays marked stale (the next ingest or `crisis-facts rebuild`
    retries) and the error is returned; stored articles are never touched."""
    try:
        with Session(engine) as session:
            _serialize_corpus_writers(session)
            rebuild_corpus_facts(session)
            state = _state(session)
            state.stale, state.last_error, state.rebuilt_at = False, None, datetime.now(UTC)
            session.commit()
        return None
    except Exception as exc:  # reported to the caller and kept for the next attempt
        message = f"corpus-wide rebuild failed: {type(exc).__name__}: {exc}"
        log.exception(message)
        with Session(engine) as session:
            state = _state(session)
            state.stale, state.last_error = True, message[:2000]
            session.commit()
        return message


def _plan(engine: Engine, prepared: PreparedArticle) -> tuple[str, Article | None]:
    with Session(engine) as session:
        same_text, same_slug = find_existing(session, prepared)
        if same_text is not None and same_text.pipeline_version != PIPELINE_VERSION:
            return "replaced", same_text  # extracted by an earlier pipeline: extract it again
        if same_text is not None:
            return "unchanged", same_text
        return ("replaced", same_slug) if same_slug is not None else ("ingested", None)


def ingest(
    engine: Engine,
    inputs: Iterable[ArticleInput | ReadFailure],
    *,
    model_name: str,
    workers: int = 1,
    on_progress: Callable[[Outcome], None] | None = None,
) -> IngestReport:
    report = IngestReport()

    def record(outcome: Outcome) -> None:
        report.outcomes.append(outcome)
        if on_progress:
            on_progress(outcome)

    todo: list[tuple[PreparedArticle, str, Article | None]] = []
    hashes: set[str] = set()
    for item in inputs:
        if isinstance(item, ReadFailure):
            record(Outcome(item.path, "failed", item.reason))
            continue
        prepared = prepare(item)
        name = item.source_path or item.slug or prepared.content_hash[:12]
        if not prepared.text:
            record(Outcome(name, "failed", "no text left after removing boilerplate"))
            continue
        if word_count(prepared.text) == 0:
            record(Outcome(name, "failed", "the text has no words"))
            continue
        status, existing = _plan(engine, prepared)
        if status == "unchanged" or prepared.content_hash in hashes:
            record(Outcome(name, "unchanged", article_id=existing.id if existing else None))
            continue
        hashes.add(prepared.content_hash)
        todo.append((prepared, status, existing))
    if not todo:
        if corpus_is_stale(engine):
            report.corpus_error = refresh_corpus(engine)
        return report
    from app.ingest.extraction import model_name_and_version

    label = model_name_and_version(model_name)
    jobs = [(p.text, p.source.published_at) for p, _, _ in todo]
    results = extract_many(model_name, jobs, workers=workers)
    mark_corpus_stale(engine)  # before any article lands: a crash from here on leaves a retry behind
    for (prepared, status, existing), result in zip(todo, results, strict=True):
        record(_store_one(engine, prepared, status, existing, result, label))
    report.corpus_error = refresh_corpus(engine)
    return report


def _store_one(
    engine: Engine,
    prepared: PreparedArticle,
    status: str,
    existing: Article | None,
    result: ArticleExtraction | str,
    label: str,
) -> Outcome:
    name = prepared.source.source_path or prepared.source.slug or prepared.content_hash[:12]
    if isinstance(result, str):
        return Outcome(name, "failed", result)
    for attempt in range(3):
        try:
            with Session(engine) as session:
                replacing = session.get(Article, existing.id) if existing is not None else None
                article = upsert_article(session, prepared, replacing, label)
                store_extraction(session, article, result)
                session.commit()
                return Outcome(name, status, article_id=article.id)
        except IntegrityError as exc:
            # Another ingest process stored the same text, slug or publisher meanwhile: look again.
            status, existing = _plan(engine, prepared)
            if status == "unchanged":
                return Outcome(name, "unchanged", article_id=existing.id if existing else None)
            if attempt == 2:
                return Outcome(name, "failed", f"storing failed: {type(exc).__name__}: {exc}")
        except Exception as exc:  # one article's failure never aborts the batch
            return Outcome(name, "failed", f"storing failed: {type(exc).__name__}: {exc}")
    raise AssertionError("unreachable")


def delete_article(engine: Engine, article_id: int) -> bool:
    with Session(engine) as session:
        if session.get(Article, article_id) is None:
            return False
        session.execute(delete(Article).where(col(Article.id) == article_id))
        _state(session).stale = True
        session.commit()
    error = refresh_corpus(engine)
    if error:
        log.error("article %s deleted; %s", article_id, error)
    return True


def article_ids(session: Session, slugs: Sequence[str]) -> list[int]:
    return list(session.execute(select(col(Article.id)).where(col(Article.slug).in_(slugs))).scalars())
