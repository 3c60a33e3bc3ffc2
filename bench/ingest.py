"""Ingest throughput against bare spaCy `nlp.pipe` on the same texts, for 1 and 2 workers.

Builds ~N articles by varying the seeds (sentence order rotated, an edition line added), then
measures (a) bare `nlp.pipe` (the model as `spacy.load` gives it, and the project's own pipeline from
`load_nlp`) and (b) the whole ingest (normalise, extract, store, merge) into a
fresh SQLite file. Run: `uv run python bench/ingest.py [N] [--rounds R]` (R rounds per worker count, their order
alternated, and their median); results go in bench/RESULTS.md.
"""

import resource
import statistics
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


def measure(articles: list[ArticleInput], workers: int, reverse: bool) -> tuple[float, float, float, float, float]:
    """One round: bare spaCy (stock), the project's pipeline and the whole ingest, in that order or (`reverse`) the
    opposite one, so that a drift of the machine's speed within a run, or a warm-up, favours neither side.
    Wall-clock seconds of each, and the CPU seconds of the stock parse and of the ingest."""
    texts = [a.text for a in articles]
    steps = ["stock", "own", "ingest"]
    out: dict[str, tuple[float, float]] = {}
    for step in reversed(steps) if reverse else steps:
        if step == "ingest":
            out[step] = whole_ingest(articles, workers)
        else:
            out[step] = bare_spacy(texts, workers, stock=step == "stock")
    return out["stock"][0], out["own"][0], out["ingest"][0], out["stock"][1], out["ingest"][1]


def main() -> None:
    args = sys.argv[1:]
    rounds = 1
    if "--rounds" in args:
        at = args.index("--rounds")
        rounds = int(args[at + 1])
        del args[at : at + 2]
    n = int(args[0]) if args else 1000
    articles = corpus(n)
    words = sum(word_count(a.text) for a in articles)
    print(f"{n} articles, {words} words, {rounds} round(s) per worker count")
    # (ratio: bare spaCy's wall-clock time — the model as spacy.load gives it — over the ingest's; CPU ratio: the
    # same for CPU seconds, which work the ingest runs beside the parse, such as storing in its own thread, does
    # not hide; pipeline ratio: the project's spaCy pipeline alone over the ingest, i.e. what the rules, storing
    # and the corpus step add to its own parse. With several rounds, each alternates the order of the three and
    # the last row is the median of the rounds, each figure on its own: the machine's speed drifts by up to
    # ~20 % within an hour, which one round cannot tell from a change in the code.)
    print(
        "| workers | round | bare spaCy art/s | project pipeline art/s | ingest art/s | ingest words/s | ratio "
        "| CPU ratio | pipeline ratio | peak RSS MB |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for workers in (1, 2):
        rows = []
        for r in range(rounds):
            bare, own, whole, bare_cpu, whole_cpu = measure(articles, workers, reverse=r % 2 == 1)
            row = (n / bare, n / own, n / whole, words / whole, bare / whole, bare_cpu / whole_cpu, own / whole)
            rows.append(row)
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            print(
                f"| {workers} | {r + 1} | {row[0]:.1f} | {row[1]:.1f} | {row[2]:.1f} | {row[3]:.0f} "
                f"| {row[4]:.2f} | {row[5]:.2f} | {row[6]:.2f} | {rss:.0f} (children {children:.0f}) |",
                flush=True,
            )
        if rounds > 1:
            med = [statistics.median(col) for col in zip(*rows, strict=True)]
            print(
                f"| {workers} | median | {med[0]:.1f} | {med[1]:.1f} | {med[2]:.1f} | {med[3]:.0f} "
                f"| **{med[4]:.2f}** | {med[5]:.2f} | {med[6]:.2f} | |",
                flush=True,
            )


if __name__ == "__main__":
    main()
