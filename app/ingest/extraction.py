"""Running the NLP over many texts, in this process or in N worker processes."""

from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from typing import Any

from app.extract.records import ArticleExtraction

_WORKER_MODEL: str | None = None
_BATCH = 16


def _init_worker(model_name: str) -> None:
    global _WORKER_MODEL
    _WORKER_MODEL = model_name


def _extract_batch(jobs: Sequence[tuple[str, date | None]]) -> list[ArticleExtraction | str]:
    assert _WORKER_MODEL is not None
    return list(extract_in_process(_WORKER_MODEL, jobs))


def extract_in_process(model_name: str, jobs: Sequence[tuple[str, date | None]]) -> Iterator[ArticleExtraction | str]:
    """One extraction per job, or the error message for a job that failed."""
    from app.extract.nlp import load_nlp
    from app.extract.pipeline import extract_article

    nlp = load_nlp(model_name)
    limit = nlp.max_length
    docs = iter(nlp.pipe([t for t, _ in jobs if len(t) <= limit], batch_size=_BATCH))
    for index, (text, published) in enumerate(jobs):
        if len(text) > limit:
            yield f"too long for the language model: {len(text):,} characters (limit {limit:,}); split the article"
            continue
        try:
            doc = next(docs)
        except Exception as exc:  # the model failed on this text: record it, go on with the rest
            yield f"language model failed: {type(exc).__name__}: {exc}"
            rest = [t for t, _ in jobs[index + 1 :] if len(t) <= limit]
            docs = iter(nlp.pipe(rest, batch_size=_BATCH))
            continue
        try:
            yield extract_article(doc, published)
        except Exception as exc:  # one article's failure is recorded, never aborts the batch
            yield f"extraction failed: {type(exc).__name__}: {exc}"


def extract_many(
    model_name: str, jobs: Sequence[tuple[str, date | None]], *, workers: int = 1
) -> Iterator[ArticleExtraction | str]:
    """Results in job order; `workers > 1` spreads batches over processes."""
    if workers <= 1 or len(jobs) < 2:
        yield from extract_in_process(model_name, jobs)
        return
    size = max(1, min(_BATCH, len(jobs) // (workers * 2) or 1))
    batches = [jobs[i : i + size] for i in range(0, len(jobs), size)]
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(model_name,)) as pool:
        for results in pool.map(_extract_batch, batches):
            yield from results


def model_name_and_version(model_name: str) -> str:
    from app.extract.nlp import load_nlp, model_label

    nlp: Any = load_nlp(model_name)
    return model_label(nlp)
