"""Ingest throughput against bare spaCy `nlp.pipe` on the same texts, for 1 and 2 workers.

Builds ~N articles by varying the seeds (sentence order rotated, an edition line added), then
measures (a) bare `nlp.pipe` (the model as `spacy.load` gives it, and the project's own pipeline from
`load_nlp`) and (b) the whole ingest (normalise, extract, store, merge) into a
fresh SQLite file. Run: `uv run python bench/ingest.py [N]`; results go in bench/RESULTS.md.
"""

import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.config import get_settings  # noqa: E402
from app.db import make_engine  # noqa: E402
from app.extract.text import normalize_text, word_count  # noqa: E402
from app.ingest.readers import ArticleInput  # noqa: E402
from app.ingest.service import ingest  # noqa: E402
from app.migrate import upgrade_head  # noqa: E402


def corpus(n: int) -> list[ArticleInput]:
    seeds = [normalize_text(p.read_text()) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    out = []
    for i in range(n):
        paragraphs = seeds[i % len(seeds)].split("\n\n")
        k = (i // len(seeds)) % len(paragraphs)
        text = "\n\n".join(paragraphs[k:] + paragraphs[:k]) + f"\n\nEdition {i}."
        out.append(ArticleInput(text=text, slug=f"bench-{i}"))
    return out


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (worker processes), user and system."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def bare_spacy(texts: list[str], workers: int, stock: bool = True) -> tuple[float, float]:
    """Wall-clock and CPU seconds of `nlp.pipe` over the texts: the model as spaCy loads it (`stock`), or the
    project's pipeline alone (`load_nlp`: its tokenizer exceptions, paragraph breaks, and the attribute ruler
    applied by lookup), without the rules, storing and the corpus step."""
    import spacy

    from app.extract.nlp import load_nlp

    name = get_settings().spacy_model
    nlp = spacy.load(name) if stock else load_nlp(name)
    start, cpu = time.perf_counter(), cpu_seconds()
    for _ in nlp.pipe(texts, batch_size=16, n_process=workers):
        pass
    return time.perf_counter() - start, cpu_seconds() - cpu


def whole_ingest(articles: list[ArticleInput], workers: int) -> tuple[float, float]:
    """Wall-clock and CPU seconds of the whole ingest into a fresh SQLite file."""
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.db"
        upgrade_head(url)
        start, cpu = time.perf_counter(), cpu_seconds()
        report = ingest(make_engine(url), articles, model_name=get_settings().spacy_model, workers=workers)
        elapsed, used = time.perf_counter() - start, cpu_seconds() - cpu
        assert report.count("ingested") == len(articles), report.failed[:3]
        return elapsed, used


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    articles = corpus(n)
    texts = [a.text for a in articles]
    words = sum(word_count(t) for t in texts)
    print(f"{n} articles, {words} words")
    # (ratio: bare spaCy's wall-clock time — the model as spacy.load gives it — over the ingest's; CPU ratio: the
    # same for CPU seconds, which work the ingest runs beside the parse, such as storing in its own thread, does
    # not hide; pipeline ratio: the project's spaCy pipeline alone over the ingest, i.e. what the rules, storing
    # and the corpus step add to its own parse)
    print(
        "| workers | bare spaCy art/s | project pipeline art/s | ingest art/s | ingest words/s | ratio | CPU ratio "
        "| pipeline ratio | peak RSS MB |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for workers in (1, 2):
        bare, bare_cpu = bare_spacy(texts, workers)
        own, _ = bare_spacy(texts, workers, stock=False)
        whole, whole_cpu = whole_ingest(articles, workers)
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(
            f"| {workers} | {n / bare:.1f} | {n / own:.1f} | {n / whole:.1f} | {words / whole:.0f} "
            f"| {bare / whole:.2f} | {bare_cpu / whole_cpu:.2f} | {own / whole:.2f} "
            f"| {rss:.0f} (children {children:.0f}) |"
        )


if __name__ == "__main__":
    main()
