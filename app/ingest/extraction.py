"""Running the NLP over many texts, in this process or in N worker processes."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from datetime import date
from typing import TYPE_CHECKING, Any

from app.extract.records import ArticleExtraction

if TYPE_CHECKING:
    from spacy.tokens import Doc

_WORKER_MODEL: str | None = None
_BATCH = 16


def _init_worker(model_name: str) -> None:
    global _WORKER_MODEL
    _WORKER_MODEL = model_name


def _extract_batch(jobs: Sequence[tuple[str, date | None]]) -> list[ArticleExtraction | str]:
    assert _WORKER_MODEL is not None
    return list(extract_in_process(_WORKER_MODEL, jobs, overlap=False))  # (its sibling processes fill the cores)


def extract_in_process(
    model_name: str, jobs: Sequence[tuple[str, date | None]], *, overlap: bool = True
) -> Iterator[ArticleExtraction | str]:
    """One extraction per job, or the error message for a job that failed, in job order.

    With `overlap` (and a second core), the rules run in a thread of their own on parsed articles while the model
    parses the next ones: the parser's inner loop and its matrix code release the GIL, so the two overlap. The rules
    change only their own article's parse (a label they set goes into the shared string store in one step under the
    GIL), and the model never touches an article again once it has parsed it."""
    from app.extract.nlp import load_nlp

    nlp = load_nlp(model_name)
    if not overlap or (os.cpu_count() or 1) < 2:
        for item in _parsed(nlp, jobs):
            yield item if isinstance(item, str) else _extract_one(*item)
        return
    pending: deque[Future[ArticleExtraction | str] | str] = deque()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="rules") as rules:
        for item in _parsed(nlp, jobs):
            pending.append(item if isinstance(item, str) else rules.submit(_extract_one, *item))
            while pending and (isinstance(pending[0], str) or pending[0].done() or len(pending) > _AHEAD):
                yield _result(pending.popleft())
        while pending:
            yield _result(pending.popleft())


_AHEAD = 32  # parsed articles waiting for the rules, at most (bounds the memory their parses hold)


def _parsed(nlp: Any, jobs: Sequence[tuple[str, date | None]]) -> Iterator[tuple[Doc, date | None] | str]:
    """Each job's parse with its date, or why it has none, in job order."""
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
        yield doc, published


def _extract_one(doc: Doc, published: date | None) -> ArticleExtraction | str:
    from app.extract.pipeline import extract_article

    try:
        return extract_article(doc, published)
    except Exception as exc:  # one article's failure is recorded, never aborts the batch
        return f"extraction failed: {type(exc).__name__}: {exc}"


def _result(item: Future[ArticleExtraction | str] | str) -> ArticleExtraction | str:
    return item if isinstance(item, str) else item.result()


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
