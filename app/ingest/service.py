"""The ingest service the CLI and `POST /articles` share."""

import logging
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, func, select, text, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlmodel import Session, col

from app.config import PIPELINE_VERSION
from app.extract.records import ArticleExtraction
from app.extract.text import word_count
from app.ingest.extraction import extract_many
from app.ingest.merge_facts import (
    group_claims,
    merge_statements,
    refresh_actor_counts,
    update_claims,
    update_statements,
)
from app.ingest.readers import ArticleInput, ReadFailure
from app.ingest.resolve_actors import resolve_actors, update_actors
from app.ingest.search_index import rebuild_search_index, update_search_index
from app.ingest.store import (
    PreparedArticle,
    find_existing,
    prepare,
    store_extraction,
    upsert_article,
)
from app.models import Article, ArticleEntity, ClaimSource, CorpusState, Quotation, Statement, corpus_state
from app.services.common import chunks

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
    session.execute(update(Article).where(col(Article.facts_pending)).values(facts_pending=False))


@dataclass
class Scope:
    """What a batch of ingests and deletions changed, for an incremental update of the
    corpus-wide facts: articles stored (new or replaced), and what the rows they replaced or
    deleted belonged to (read before those rows went).

    New articles carry `facts_pending` until an update includes them, so an update that never
    ran (a crash, a failed update) is caught up by the next one. What a replaced or deleted
    article's rows belonged to is held in memory only: if the process dies between that
    change and the update, `crisis-facts rebuild` puts those facts right."""

    articles: set[int] = field(default_factory=set)
    removed_articles: set[int] = field(default_factory=set)
    actors: set[int] = field(default_factory=set)
    statements: set[int] = field(default_factory=set)
    claims: set[int] = field(default_factory=set)

    def add_removal(self, session: Session, article_id: int) -> None:
        """Note what the stored rows of `article_id` belong to, before they are deleted."""

        def ids(column: Any, owner: Any) -> set[int]:
            rows = session.execute(select(column).where(owner == article_id).distinct()).scalars()
            return {int(i) for i in rows if i is not None}

        self.removed_articles.add(article_id)
        self.actors |= ids(col(ArticleEntity.actor_id), col(ArticleEntity.article_id))
        self.statements |= ids(col(Quotation.statement_id), col(Quotation.article_id))
        self.claims |= ids(col(ClaimSource.claim_id), col(ClaimSource.article_id))

    def merge(self, other: "Scope") -> None:
        self.articles |= other.articles
        self.removed_articles |= other.removed_articles
        self.actors |= other.actors
        self.statements |= other.statements
        self.claims |= other.claims


def update_corpus_facts(session: Session, scope: Scope) -> None:
    """The corpus-wide facts after `scope`'s changes, recomputing only what they can reach;
    the same result as `rebuild_corpus_facts` (tests/test_incremental.py checks it)."""
    pending = set(session.execute(select(col(Article.id)).where(col(Article.facts_pending))).scalars())
    articles = scope.articles | pending
    actors = update_actors(session, articles, scope.actors)
    statements = update_statements(session, articles, scope.statements, actors.entities)
    claims = update_claims(session, articles, scope.claims, actors.entities)
    counted = actors.actors | statements.actors | claims.actors
    refresh_actor_counts(session, counted)
    titled: set[int] = set()  # statements indexed under a speaker whose name changed
    for part in chunks(actors.renamed):
        titled.update(session.execute(select(col(Statement.id)).where(col(Statement.speaker_id).in_(part))).scalars())
    update_search_index(
        session,
        {
            "article": articles | scope.removed_articles,
            "statement": statements.old | statements.new | titled,
            "claim": claims.old | claims.new,
            "actor": actors.actors,
        },
    )
    for part in chunks(articles):
        session.execute(update(Article).where(col(Article.id).in_(part)).values(facts_pending=False))


def _has_pending(engine: Engine) -> bool:
    with Session(engine) as session:
        return session.execute(select(col(Article.id)).where(col(Article.facts_pending)).limit(1)).first() is not None


def corpus_is_stale(engine: Engine) -> bool:
    with Session(engine) as session:
        state = session.get(CorpusState, 1)
        return bool(state and state.stale)


# Any fixed number: the PostgreSQL advisory lock every corpus-wide rebuild takes.
_CORPUS_LOCK = 4_729_001


# How long an update waits for another process's corpus update to finish (SQLite).
_CORPUS_WAIT_SECONDS = 900.0


def _serialize_corpus_writers(session: Session) -> None:
    """One corpus-wide update at a time across processes, holding the lock from its first read:
    on PostgreSQL a transaction-scoped advisory lock; on SQLite the write lock, taken up front
    with BEGIN IMMEDIATE. (The sqlite3 driver otherwise begins a transaction only at the first
    write, so two processes could read the same state, e.g. no corpus-state row yet, and both
    write it: a UNIQUE failure.) Waits as long as another update runs, up to 15 minutes."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _CORPUS_LOCK})
    elif dialect == "sqlite":
        deadline = time.monotonic() + _CORPUS_WAIT_SECONDS
        while True:
            try:
                session.execute(text("BEGIN IMMEDIATE"))
                return
            except OperationalError as exc:  # busy_timeout elapsed while another update runs
                session.rollback()
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise


# An incremental update is chosen while the batch is at most this share of the corpus (and
# the corpus is not stale); a bulk load is faster recomputed whole. Both give the same facts.
_INCREMENTAL_SHARE = 0.25


def _whole(session: Session, scope: Scope | None) -> bool:
    if scope is None or corpus_state(session).stale:
        return True
    stored = int(session.execute(select(func.count(col(Article.id)))).scalar_one())
    return len(scope.articles) + len(scope.removed_articles) > max(20, _INCREMENTAL_SHARE * stored)


def refresh_corpus(engine: Engine, scope: Scope | None = None) -> str | None:
    """Bring the corpus-wide facts up to date in a transaction of their own: only what
    `scope` touched, or everything (no scope, a stale corpus, or a large batch). On failure
    nothing of it is kept, the corpus is marked stale (the next ingest or `crisis-facts
    rebuild` recomputes everything) and the error is returned; stored articles are never
    touched."""
    try:
        with Session(engine) as session:
            _serialize_corpus_writers(session)
            if _whole(session, scope):
                rebuild_corpus_facts(session)
            else:
                update_corpus_facts(session, scope)  # type: ignore[arg-type]
            state = corpus_state(session)
            state.stale, state.last_error, state.rebuilt_at = False, None, datetime.now(UTC)
            session.commit()
        return None
    except Exception as exc:  # reported to the caller and kept for the next attempt
        message = f"corpus-wide rebuild failed: {type(exc).__name__}: {exc}"
        log.exception(message)
        with Session(engine) as session:
            state = corpus_state(session)
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
        if corpus_is_stale(engine) or _has_pending(engine):  # a rebuild or update left undone earlier
            report.corpus_error = refresh_corpus(engine, Scope())
        return report
    from app.ingest.extraction import model_name_and_version

    label = model_name_and_version(model_name)
    jobs = [(p.text, p.source.published_at) for p, _, _ in todo]
    results = extract_many(model_name, jobs, workers=workers)
    scope = Scope()

    def store(prepared: PreparedArticle, status: str, existing: Article | None, result: Any) -> Outcome:
        outcome = _store_one(engine, prepared, status, existing, result, label, scope)
        if outcome.article_id is not None and outcome.status != "unchanged":
            scope.articles.add(outcome.article_id)
        return outcome

    # Storing runs in one thread of its own, in order, while the next articles are parsed: SQLite and the
    # model's matrix code release the GIL, so the two overlap. Only that thread touches `scope` until the end.
    pending: deque[Future[Outcome]] = deque()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="store") as storer:
        for (prepared, status, existing), result in zip(todo, results, strict=True):
            pending.append(storer.submit(store, prepared, status, existing, result))
            while pending and (pending[0].done() or len(pending) > _STORE_AHEAD):
                record(pending.popleft().result())
        while pending:
            record(pending.popleft().result())
    report.corpus_error = refresh_corpus(engine, scope)
    return report


_STORE_AHEAD = 32  # extracted articles waiting to be stored, at most (bounds the memory they hold)


def _store_one(
    engine: Engine,
    prepared: PreparedArticle,
    status: str,
    existing: Article | None,
    result: ArticleExtraction | str,
    label: str,
    scope: Scope,
) -> Outcome:
    name = prepared.source.source_path or prepared.source.slug or prepared.content_hash[:12]
    if isinstance(result, str):
        return Outcome(name, "failed", result)
    for attempt in range(3):
        try:
            with Session(engine) as session:
                replacing = session.get(Article, existing.id) if existing is not None else None
                removal = Scope()
                if replacing is not None:
                    removal.add_removal(session, replacing.id or 0)
                article = upsert_article(session, prepared, replacing, label)
                article.facts_pending = True  # until the corpus-wide update that follows includes it
                store_extraction(session, article, result)
                article_id = article.id  # read before the commit expires it (no reload query)
                session.commit()
                scope.merge(removal)
                return Outcome(name, status, article_id=article_id)
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
    scope = Scope()
    with Session(engine) as session:
        if session.get(Article, article_id) is None:
            return False
        scope.add_removal(session, article_id)
        session.execute(delete(Article).where(col(Article.id) == article_id))
        session.commit()
    error = refresh_corpus(engine, scope)
    if error:
        log.error("article %s deleted; %s", article_id, error)
    return True


def article_ids(session: Session, slugs: Sequence[str]) -> list[int]:
    return list(session.execute(select(col(Article.id)).where(col(Article.slug).in_(slugs))).scalars())
