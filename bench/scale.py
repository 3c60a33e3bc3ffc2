"""Ingesting one more article into corpora of growing size (issue #13's table).

For each size, a synthetic corpus is written by make_corpus.py (no spaCy), then one short article
is ingested into it in this process (the spaCy model is loaded once, before timing, so every
size pays only the article's own work). An ingest updates the corpus-wide facts incrementally
(only what the article touches); the last column times a full recompute of the same corpus
(`crisis-facts rebuild`), which every ingest paid before the update was incremental.
Target (issue #13): the one-article ingest at 20,000 articles ≤ 1.5× the one at 100.

usage: uv run python bench/scale.py [--sizes 100,1000,20000] [--skip-full]
"""

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlmodel import Session  # noqa: E402

from app.config import get_settings  # noqa: E402
from app.db import make_engine  # noqa: E402
from app.ingest.readers import ArticleInput  # noqa: E402
from app.ingest.service import ingest, rebuild_corpus_facts  # noqa: E402

ARTICLE = (
    "River levels fell on Monday in the northern valley, officials said. “We have moved 1,200 people to higher "
    "ground,” the regional governor, Marek Olsen-{n}, said on Monday. He added that 300 soldiers were helping.\n"
)


def one_article(engine, n: int) -> float:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    report = ingest(engine, [ArticleInput(text=ARTICLE.format(n=n))], model_name=get_settings().spacy_model)
    elapsed = time.perf_counter() - t0
    assert report.count("ingested") == 1, report.outcomes
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="100,1000,20000")
    ap.add_argument("--skip-full", action="store_true", help="do not time the full recompute (minutes at 20,000)")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    work = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    warm = make_engine(f"sqlite:///{work / 'warm.db'}")
    subprocess.run(
        [sys.executable, str(ROOT / "bench" / "make_corpus.py"), "--articles", "10", "--out", str(work / "warm.db")],
        check=True,
        capture_output=True,
    )
    one_article(warm, 0)  # loads the model once
    print(f"| articles stored | ingest one more (incremental, median of 3) | ratio to {sizes[0]:,} | full recompute |")
    print("|---|---|---|---|")
    first = None
    for size in sizes:
        db = work / f"scale-{size}.db"
        subprocess.run(
            [sys.executable, str(ROOT / "bench" / "make_corpus.py"), "--articles", str(size), "--out", str(db)],
            check=True,
            capture_output=True,
        )
        engine = make_engine(f"sqlite:///{db}")
        total = statistics.median(one_article(engine, size + i) for i in range(3))  # 3 articles, one by one
        rebuild = float("nan")
        if not args.skip_full:
            with Session(engine) as session:
                t0 = time.perf_counter()
                rebuild_corpus_facts(session)
                session.commit()
                rebuild = time.perf_counter() - t0
        engine.dispose()
        first = first or total
        print(f"| {size:,} | {total:.3f} s | {total / first:.2f}× | {rebuild:.2f} s |", flush=True)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
