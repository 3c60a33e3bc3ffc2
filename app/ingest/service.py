"""The ingest service the CLI and `POST /articles` share."""

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import delete, select
from sqlalchemy.engine import Engine
from sqlmodel import Session

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
from app.models import Article


@dataclass
class Outcome:
    name: str  # file path or slug
    status: str  # ingested | replaced | unchanged | failed
    reason: str | None = None
    article_id: int | None = None


@dataclass
class IngestReport:
    outcomes: list[Outcome] = field(default_factory=list)

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


def _plan(engine: Engine, prepared: PreparedArticle) -> tuple[str, Article | None]:
    with Session(engine) as session:
        same_text, same_slug = find_existing(session, prepared)
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
        return report
    from app.ingest.extraction import model_name_and_version

    label = model_name_and_version(model_name)
    jobs = [(p.text, p.source.published_at) for p, _, _ in todo]
    results = extract_many(model_name, jobs, workers=workers)
    for (prepared, status, existing), result in zip(todo, results, strict=True):
        record(_store_one(engine, prepared, status, existing, result, label))
    with Session(engine) as session:
        rebuild_corpus_facts(session)
        session.commit()
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
    try:
        with Session(engine) as session:
            replacing = session.get(Article, existing.id) if existing is not None else None
            article = upsert_article(session, prepared, replacing, label)
            store_extraction(session, article, result)
            session.commit()
            return Outcome(name, status, article_id=article.id)
    except Exception as exc:  # one article's failure never aborts the batch
        return Outcome(name, "failed", f"storing failed: {type(exc).__name__}: {exc}")


def delete_article(engine: Engine, article_id: int) -> bool:
    with Session(engine) as session:
        if session.get(Article, article_id) is None:
            return False
        session.execute(delete(Article).where(Article.id == article_id))  # type: ignore[arg-type]
        rebuild_corpus_facts(session)
        session.commit()
        return True


def article_ids(session: Session, slugs: Sequence[str]) -> list[int]:
    return list(session.execute(select(Article.id).where(Article.slug.in_(slugs))).scalars())  # type: ignore[attr-defined]
