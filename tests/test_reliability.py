"""The corpus-wide step never bricks a database: odd stored rows are skipped, a failure leaves the
articles stored and the corpus marked stale, and the next ingest (or `crisis-facts rebuild`) retries."""

from pathlib import Path

import pytest
from sqlalchemy import func, insert, select
from sqlmodel import Session

from app.db import make_engine
from app.ingest import service
from app.ingest.readers import ArticleInput
from app.models import Actor, Article, ArticleEntity, CorpusState
from tests.conftest import MODEL

TEXT = "“The levee will hold,” Mayor Ana Ruiz said on Monday. Engineer Bo Lind agreed."


def test_entities_with_no_usable_name_are_skipped(db_url: str, tmp_path: Path) -> None:
    engine = make_engine(db_url)
    service.ingest(engine, [ArticleInput(text=TEXT, slug="a")], model_name=MODEL)
    with Session(engine) as session:
        article_id = session.execute(select(Article.id)).scalar_one()
        rows = [
            {"article_id": article_id, "local_key": f"person:{n}", "name": n, "kind": "person", "aliases": f'["{n}"]'}
            for n in ("Madam", "MR", "the")
        ]
        session.execute(insert(ArticleEntity), rows)
        session.commit()
    assert service.refresh_corpus(engine) is None
    with Session(engine) as session:
        names = set(session.execute(select(Actor.name)).scalars())
    assert "Ana Ruiz" in names
    assert not names & {"Madam", "MR", "", "the"}


def test_failed_corpus_step_keeps_articles_and_is_retried(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = make_engine(db_url)

    def broken(session: Session, *args: object) -> None:
        raise RuntimeError("injected fault")

    monkeypatch.setattr(service, "resolve_actors", broken)  # the full recompute
    monkeypatch.setattr(service, "update_actors", broken)  # and the incremental update
    report = service.ingest(engine, [ArticleInput(text=TEXT, slug="a")], model_name=MODEL)
    assert report.count("ingested") == 1
    assert report.corpus_error is not None and "injected fault" in report.corpus_error
    with Session(engine) as session:
        assert session.execute(select(func.count()).select_from(Article)).scalar_one() == 1
        state = session.get(CorpusState, 1)
        assert state is not None and state.stale and "injected fault" in (state.last_error or "")

    monkeypatch.undo()
    again = service.ingest(engine, [ArticleInput(text=TEXT, slug="a")], model_name=MODEL)  # unchanged text
    assert again.count("unchanged") == 1 and again.corpus_error is None
    with Session(engine) as session:
        state = session.get(CorpusState, 1)
        assert state is not None and not state.stale and state.last_error is None
        assert "Ana Ruiz" in set(session.execute(select(Actor.name)).scalars())


def test_an_article_stored_without_its_corpus_update_is_caught_up(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A process that dies between storing an article and the corpus update leaves the article
    pending; the next ingest, even of nothing new, brings its actors and statements in."""
    engine = make_engine(db_url)
    service.ingest(engine, [ArticleInput(text=TEXT, slug="a")], model_name=MODEL)
    monkeypatch.setattr(service, "refresh_corpus", lambda engine, scope=None: None)  # the "crash"
    other = "“The river is falling,” Governor Lea Moss said on Tuesday."
    assert service.ingest(engine, [ArticleInput(text=other, slug="b")], model_name=MODEL).count("ingested") == 1
    monkeypatch.undo()
    with Session(engine) as session:
        assert "Lea Moss" not in set(session.execute(select(Actor.name)).scalars())
    again = service.ingest(engine, [ArticleInput(text=TEXT, slug="a")], model_name=MODEL)  # nothing new
    assert again.count("unchanged") == 1 and again.corpus_error is None
    with Session(engine) as session:
        assert "Lea Moss" in set(session.execute(select(Actor.name)).scalars())
        pending = session.execute(select(func.count()).select_from(Article).where(Article.facts_pending)).scalar_one()
        assert pending == 0
