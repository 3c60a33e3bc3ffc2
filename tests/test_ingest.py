"""Ingestion over real SQLite files: counts, metadata, idempotency, replacement, bad input."""

import json
import shutil
from datetime import date
from pathlib import Path

from sqlalchemy import func, select, update
from sqlmodel import Session
from typer.testing import CliRunner

from app.cli import app as cli
from app.config import PIPELINE_VERSION, get_settings
from app.db import make_engine
from app.models import Actor, Article, ClaimSource, Mention, Publisher, Quotation, Statement
from tests.conftest import SEEDS, ingest_paths


def _count(engine, model) -> int:  # type: ignore[no-untyped-def]
    with Session(engine) as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


def test_seeds_land_with_metadata(seeded_db) -> None:  # type: ignore[no-untyped-def]
    _, engine = seeded_db
    with Session(engine) as s:
        articles = {a.slug: a for a in s.execute(select(Article)).scalars()}
        publishers = {p.id: p for p in s.execute(select(Publisher)).scalars()}
    assert set(articles) == {p.stem for p in SEEDS.glob("*.txt")}
    belsat = articles["000_a7c0055103e96264"]
    assert publishers[belsat.publisher_id].name == "Belsat"
    assert publishers[belsat.publisher_id].domain == "belsat.eu"
    assert belsat.published_at == date(2021, 11, 12)
    assert belsat.url and belsat.url.startswith("https://belsat.eu/")
    assert articles["003_251dc70c6f41b457"].author == "Agnes Szucs"
    assert all(a.model_name and a.pipeline_version for a in articles.values())
    # boilerplate lines are not part of the stored text
    examiner = articles["004_3534fd8c3ae90925"].text
    assert "CLICK HERE" not in examiner and "Related Content" not in examiner
    assert "subscription options" not in articles["003_251dc70c6f41b457"].text
    assert not articles["001_2485c30655706b5a"].text.startswith("date")
    assert _count(engine, Mention) > 100 and _count(engine, Quotation) > 20


def test_second_run_changes_nothing(db_url: str, tmp_path: Path) -> None:
    engine = make_engine(db_url)
    ingest_paths(engine, SEEDS)
    before = [_count(engine, m) for m in (Article, Actor, Mention, Statement, Quotation)]
    report = ingest_paths(engine, SEEDS)
    assert report.count("unchanged") == 5 and report.count("ingested") == 0
    assert [_count(engine, m) for m in (Article, Actor, Mention, Statement, Quotation)] == before


def test_changed_text_replaces_that_articles_facts(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / "story.txt"
    path.write_text("“We will not give up,” Maria Kowalska said on Monday. Police counted 40 protesters.")
    engine = make_engine(db_url)
    ingest_paths(engine, folder)
    with Session(engine) as s:
        first = s.execute(select(Article)).scalar_one()
        first_id = first.id
    path.write_text("“We will fight on,” Maria Kowalska said on Tuesday.")
    report = ingest_paths(engine, folder)
    assert report.count("replaced") == 1
    with Session(engine) as s:
        article = s.execute(select(Article)).scalar_one()
        quotes = s.execute(select(Quotation.exact)).scalars().all()
    assert article.id == first_id and "fight on" in article.text
    assert quotes == ["We will fight on"]


def test_articles_from_an_earlier_pipeline_are_extracted_again(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "pledge.txt").write_text("The ministry pledged on Monday to settle 5,000 families by 2030.")
    engine = make_engine(db_url)
    ingest_paths(engine, folder)
    with Session(engine) as s:  # as if stored by an older release, before targets were told apart
        s.execute(update(Article).values(pipeline_version="0.9.0"))
        s.execute(update(ClaimSource).values(refers_to_relation=None))
        s.commit()
    report = ingest_paths(engine, folder)
    assert report.count("replaced") == 1 and report.count("unchanged") == 0
    with Session(engine) as s:
        assert s.execute(select(Article.pipeline_version)).scalar_one() == PIPELINE_VERSION
        assert s.execute(select(ClaimSource.refers_to_relation)).scalars().all() == ["by"]
    assert ingest_paths(engine, folder).count("unchanged") == 1  # and only once


def test_broken_files_are_reported_and_the_rest_land(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(SEEDS / "003_251dc70c6f41b457.txt", folder / "good.txt")
    (folder / "good2.json").write_text(
        json.dumps({"text": "The mayor said the bridge would reopen.", "title": "Bridge"})
    )
    (folder / "good3.md").write_text("---\ntitle: Floods\npublished_at: 2024-05-02\n---\nRiver levels rose.\n")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (folder / "latin1.txt").write_bytes("caf\xe9 au lait".encode("latin-1"))
    (folder / "empty.txt").write_text("   \n")
    (folder / "broken.json").write_text("{not json")
    (folder / "nofield.json").write_text(json.dumps({"title": "no text"}))
    (folder / "badfront.md").write_text("---\ntitle: [unclosed\n---\nBody.\n")
    (folder / "image.png").write_bytes(b"\x89PNG")
    (folder / "huge.txt").write_text("word " * 500_000)
    engine = make_engine(db_url)
    report = ingest_paths(engine, folder)
    failed = {Path(o.name).name: o.reason for o in report.failed}
    assert set(failed) == {
        "binary.txt",
        "latin1.txt",
        "empty.txt",
        "broken.json",
        "nofield.json",
        "badfront.md",
        "image.png",
        "huge.txt",
    }
    assert "NUL" in failed["binary.txt"] and "UTF-8" in failed["latin1.txt"]
    assert "empty" in failed["empty.txt"] and "JSON" in failed["broken.json"]
    assert "front matter" in failed["badfront.md"] and "extension" in failed["image.png"]
    assert "limit" in failed["huge.txt"]
    assert report.count("ingested") == 3 and _count(engine, Article) == 3


def test_cli_ingest_shows_summary_and_fails_on_bad_file(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "cli"
    folder.mkdir()
    (folder / "ok.txt").write_text("The minister said talks would resume.")
    (folder / "bad.json").write_text("[1, 2")
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    from app.config import get_settings
    from app.db import get_engine

    get_settings.cache_clear()
    get_engine.cache_clear()
    result = CliRunner().invoke(cli, ["ingest", str(folder)])
    get_settings.cache_clear()
    get_engine.cache_clear()
    assert result.exit_code == 1
    assert (
        "1 ingested" in result.output
        and "1 failed" in result.output
        and "bad.json" in result.output.replace("\n", "").replace("│", "").replace(" ", "")
    )


def test_two_workers_give_the_same_facts(db_url: str, tmp_path: Path, seeded_db) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(3):
        for src in SEEDS.glob("*.txt"):
            (folder / f"{i}_{src.name}").write_text(src.read_text() + f"\n\nEdition {i}.")
    engine = make_engine(db_url)
    report = ingest_paths(engine, folder, workers=2)
    assert report.count("ingested") == 15
    assert _count(engine, Quotation) == 3 * _count(seeded_db[1], Quotation)


HTML_PAGE = """<!doctype html>
<html lang="en"><head>
<title>Dam inspectors find cracks | The Valley Courier</title>
<meta property="og:title" content="Dam inspectors find cracks">
<meta property="og:site_name" content="The Valley Courier">
<meta name="author" content="Lena Ortiz">
<meta property="article:published_time" content="2024-04-02T08:30:00Z">
<link rel="canonical" href="https://valleycourier.example.com/2024/04/02/dam-cracks">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Dam inspectors find cracks</h1>
<p>Inspectors found three cracks in the northern wall of the Tessel dam on Monday, the regional
water authority said, and ordered the reservoir lowered by two metres.</p>
<p>“The structure is not in danger, but we are taking no chances,” chief engineer Paolo Rinaldi
told reporters at the site. About 1,200 residents downstream were told to prepare for a possible
evacuation.</p>
<p>The authority said repairs would take at least six weeks and cost more than $2 million.</p>
</article>
<footer>© 2024 The Valley Courier. All rights reserved.</footer>
</body></html>"""


def test_html_page_main_text_and_metadata_via_trafilatura(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "web"
    folder.mkdir()
    (folder / "dam.html").write_text(HTML_PAGE)
    (folder / "notreally.html").write_text("just words, no markup at all")
    engine = make_engine(db_url)
    report = ingest_paths(engine, folder)
    assert [Path(o.name).name for o in report.failed] == ["notreally.html"]
    assert "markup" in report.failed[0].reason
    with Session(engine) as s:
        article = s.execute(select(Article)).scalar_one()
        quotes = s.execute(select(Quotation)).scalars().all()
        publisher = s.get(Publisher, article.publisher_id)
    assert article.title == "Dam inspectors find cracks"
    assert article.published_at == date(2024, 4, 2)
    assert article.author == "Lena Ortiz"
    assert publisher is not None and publisher.name == "The Valley Courier"
    assert "Inspectors found three cracks" in article.text
    assert "Sport" not in article.text and "All rights reserved" not in article.text  # page furniture gone
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.exact for q in direct] == ["The structure is not in danger, but we are taking no chances"]
    assert all(article.text[q.start : q.end] == q.exact for q in quotes)


def test_articles_sharing_a_title_get_numbered_slugs(db_url: str) -> None:
    from app.ingest.readers import ArticleInput
    from app.ingest.service import ingest
    from tests.conftest import MODEL

    engine = make_engine(db_url)
    titles = ["Flood update", "Flood update", "Flood updates", "Flood update"]
    inputs = [
        ArticleInput(text=f"The river rose {i + 2} metres overnight, officials said.", title=title)
        for i, title in enumerate(titles)
    ]
    report = ingest(engine, inputs, model_name=MODEL)
    assert report.count("ingested") == 4
    with Session(engine) as session:
        slugs = session.execute(select(Article.slug).order_by(Article.id)).scalars().all()
    assert slugs == ["flood-update", "flood-update-2", "flood-updates", "flood-update-3"]


def test_extraction_results_keep_job_order_with_failures_in_place(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Every job gets its result in job order, failures included: a text too long for the model and an article
    whose rules fail are reported where they stand, and the articles around them are extracted."""
    from app.extract import pipeline
    from app.extract.nlp import load_nlp
    from app.ingest.extraction import extract_in_process

    model = get_settings().spacy_model
    monkeypatch.setattr(load_nlp(model), "max_length", 20_000)
    real = pipeline.extract_article

    def failing_on_a_marker(doc, published):  # type: ignore[no-untyped-def]
        if "MARKER-FAIL" in doc.text:
            raise ValueError("a rule broke")
        return real(doc, published)

    monkeypatch.setattr(pipeline, "extract_article", failing_on_a_marker)
    seeds = [p.read_text() for p in sorted(SEEDS.glob("*.txt"))]
    jobs = [(text, date(2021, 11, 12)) for text in seeds]
    jobs += [("Police said 40 people were held. " * 700, None), ("MARKER-FAIL: officials said 3 died.", None)]
    jobs *= 2
    results = list(extract_in_process(model, jobs))
    assert len(results) == len(jobs)
    for k in (5, 12):
        assert isinstance(results[k], str) and results[k].startswith("too long for the language model")
    for k in (6, 13):
        assert results[k] == "extraction failed: ValueError: a rule broke"
    assert all(not isinstance(r, str) and r.quotations for r in results[:5] + results[7:12])
