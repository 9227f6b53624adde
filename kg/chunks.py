"""What every extraction engine shares: chunks of articles, running one chunk through a pipeline, and keeping a
bounded number of chunks in flight. kg.parallel (in-process and local pool) and kg.distributed (Dask) both build
on this module; neither imports the other's internals, so the orchestration has no import circle."""

from __future__ import annotations

import gc
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from kg.model import Article, ArticleResult

Chunk = tuple[tuple[str, ...], list[Article]]  # (cache keys, articles)

# Extraction makes millions of short-lived objects and almost no reference cycles: at Python's default threshold
# (a young-generation collection every 700 allocations) the cyclic collector ran about 1,200 times in the extracting
# process of a 600-article build, found almost nothing and took 7% of that process's CPU. Every 20,000 it runs ten.
COLLECT_EVERY = 20_000


@contextmanager
def fewer_collections():
    """The cyclic garbage collector's young generation collected every COLLECT_EVERY allocations instead of 700
    while the block runs (reference counting still frees everything else at once); the old setting comes back
    after it."""
    old = gc.get_threshold()
    gc.set_threshold(COLLECT_EVERY, *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def extract_chunk(nlp, batch: list[Article]) -> list[ArticleResult]:
    """Results of `batch` in order; an article the pipeline chokes on gets a failed result, the others go on."""
    from kg.extract.article import extract_articles

    try:
        return list(extract_articles(nlp, batch))
    except Exception as error:  # noqa: BLE001  (an article the pipeline chokes on must not stop the others)
        if len(batch) > 1:
            return [result for article in batch for result in extract_chunk(nlp, [article])]
        return [failed_result(batch[0], error)]


def failed_result(article: Article, error: Exception) -> ArticleResult:
    """The result of an article extraction crashed on: no events, and the problem for report.json."""
    from kg.model import ArticleMeta, InputProblem

    problem = InputProblem(article.source, f"extraction failed: {type(error).__name__}: {error}",
                           "a bug in kg: please report it with this article", "extract")
    return ArticleResult(article=ArticleMeta.of(article), problems=(problem,))


def bounded(submit: Callable, chunks: Iterator[Chunk], window: int):
    """Submit chunks keeping at most `window` in flight; yield (keys, results) in submission order."""
    flight: deque = deque()
    for keys, batch in chunks:
        flight.append((keys, submit(batch) if batch else None))  # nothing to run for an empty chunk
        if len(flight) >= window:
            done_keys, future = flight.popleft()
            yield done_keys, future.result() if future is not None else []
    while flight:
        done_keys, future = flight.popleft()
        yield done_keys, future.result() if future is not None else []
