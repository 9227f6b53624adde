"""Run extraction over a stream of articles: in this process, on a local process pool, or on a Dask cluster.

Articles flow in chunks; only the chunks in flight hold article text, so memory follows the results (small), not
the corpus. Cached results are taken from the cache and never re-extracted. Every engine returns each chunk's
results in input order, and `kg build` sorts by article id, so the output does not depend on the engine or on
the number of workers.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import cache

from kg.chunks import (  # noqa: F401  (failed_result: re-exported)
    COLLECT_EVERY,
    Chunk,
    bounded,
    extract_chunk,
    failed_result,
    fewer_collections,
)
from kg.model import Article, ArticleResult

Engine = Callable[[Iterator[Chunk]], Iterator[tuple[tuple[str, ...], list[ArticleResult]]]]

POOL_CHUNK = 8  # articles per task on the local pool: small enough to balance the last chunks
MIN_POOL_CHUNKS = 4  # fewer uncached chunks than this per worker are done in-process (starting workers costs more)
HITS_FLUSH = 64  # cached results held before an empty chunk hands them on (a warm build must not hold them all)
# Modules the fork server imports once, so that each worker only builds its pipeline.
_PRELOAD = ["kg.extract", "kg.extract.article", "kg.pyvi_models", "pycrfsuite"]


def cpu_count() -> int:
    """Cores this process may run on (`--jobs 0`)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def extract_stream(
    articles: Iterable[Article],
    *,
    jobs: int = 1,
    cluster: str | None = None,
    cache=None,
    chunk_size: int | None = None,
    extractor: str = "rules",
) -> Iterator[ArticleResult]:
    """ArticleResult for every article; `cache` is a kg.cache.ExtractCache or None, `cluster` a Dask address,
    `extractor` the relation extractor of kg.extract.make_pipeline. New results are stored in the cache."""
    for key, result, extracted in extract_keyed(articles, jobs=jobs, cluster=cluster, cache=cache,
                                                chunk_size=chunk_size, extractor=extractor):
        if extracted and cache is not None and not result.problems:  # a crash is not cached: it may be transient
            cache.put(key, result)
        yield result


def extract_keyed(
    articles: Iterable[Article],
    *,
    jobs: int = 1,
    cluster: str | None = None,
    cache=None,
    chunk_size: int | None = None,
    extractor: str = "rules",
    on_miss: Callable[[int], None] | None = None,
) -> Iterator[tuple[str, ArticleResult, bool]]:
    """(cache key, result, extracted now) for every article: cache hits come back with extracted False. Nothing
    is written to the cache here: the caller decides where (kg build hands new rows to its export process).
    `on_miss(n)` is told of the n-th article found to need extraction, as soon as it is met (before the engine
    runs it: a pool looks several chunks ahead)."""
    jobs = jobs if jobs > 0 else cpu_count()
    hits: deque[ArticleResult] = deque()
    size = chunk_size or (_cluster_chunk() if cluster else POOL_CHUNK)
    # local engines take empty chunks: a pause that lets cached results flow out before the next miss
    chunks = _chunks(articles, cache, hits, size, flush=None if cluster else HITS_FLUSH, on_miss=on_miss)
    for keys, results in _engine(chunks, jobs, cluster, extractor):
        for key, result in zip(keys, results, strict=True):
            yield key, result, True
        for result in _drain(hits):
            yield "", result, False
    for result in _drain(hits):
        yield "", result, False


def _cluster_chunk() -> int:
    from kg.distributed import task_articles

    return task_articles()


def _chunks(
    articles: Iterable[Article], cache, hits: deque[ArticleResult], size: int, flush: int | None = None,
    on_miss: Callable[[int], None] | None = None,
) -> Iterator[Chunk]:
    """Chunks of uncached articles; cached results go to `hits` as they are met. With `flush`, a chunk (perhaps
    empty) is cut whenever that many hits wait, so that the caller can pass them on."""
    keys: list[str] = []
    batch: list[Article] = []
    misses = 0
    for article in articles:
        key = cache.key(article) if cache is not None else ""
        cached = cache.get(key) if cache is not None else None
        if cached is not None:
            hits.append(cached)
            if flush and len(hits) >= flush:
                yield tuple(keys), batch
                keys, batch = [], []
            continue
        if on_miss is not None:
            misses += 1
            on_miss(misses)
        keys.append(key)
        batch.append(article)
        if len(batch) >= size:
            yield tuple(keys), batch
            keys, batch = [], []
    if batch:
        yield tuple(keys), batch


def _drain(hits: deque[ArticleResult]) -> Iterator[ArticleResult]:
    while hits:
        yield hits.popleft()


def _engine(chunks: Iterator[Chunk], jobs: int, cluster: str | None, extractor: str = "rules"):
    if cluster:
        from kg.distributed import cluster_engine

        return cluster_engine(cluster, extractor)(chunks)
    if jobs <= 1:
        return serial_engine(chunks, extractor)
    return _pool_if_worth_it(chunks, jobs, extractor)


def serial_engine(chunks: Iterator[Chunk], extractor: str = "rules") -> Iterator[tuple[tuple[str, ...], list[ArticleResult]]]:
    """In this process; the pipeline is built at the first uncached article (a warm build never loads it)."""
    nlp = None
    with fewer_collections():
        for keys, batch in chunks:
            if not batch:  # a pause for cached results (see _chunks)
                yield keys, []
                continue
            if nlp is None:
                from kg.extract import make_pipeline

                nlp = make_pipeline(extractor=extractor)
            yield keys, extract_chunk(nlp, batch)


def _pool_if_worth_it(chunks: Iterator[Chunk], jobs: int, extractor: str = "rules"):
    """Look ahead a few chunks: a handful of new articles is quicker in-process than on fresh workers.
    Empty chunks (pauses for cached results) pass straight through, so looking ahead holds no hits back."""
    ahead: list[Chunk] = []
    for keys, batch in chunks:
        if not batch:
            yield keys, []
            continue
        ahead.append((keys, batch))
        if len(ahead) >= MIN_POOL_CHUNKS * jobs:
            yield from pool_engine(_chain(ahead, chunks), jobs, extractor)
            return
    yield from serial_engine(iter(ahead), extractor)


def _chain(first: list[Chunk], rest: Iterator[Chunk]) -> Iterator[Chunk]:
    while first:
        yield first.pop(0)
    yield from rest


def pool_engine(chunks: Iterator[Chunk], jobs: int, extractor: str = "rules"):
    """`jobs` worker processes, each with its own pipeline loaded once by the pool's initializer."""
    context = _context()
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker,
                             initargs=(extractor,)) as pool:
        yield from bounded(lambda batch: pool.submit(_worker_chunk, batch, extractor), chunks, window=2 * jobs)


def _context():
    """A fork server that has imported spaCy and the CRF tagger once: workers start in milliseconds and share no threads
    with the parent (whose progress display runs one)."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(_PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


# -- in the worker process --------------------------------------------------------------------------------------
@cache
def _worker_pipeline(extractor: str = "rules"):
    """This worker's pipeline: built once by the initializer, then reused by every task the worker runs."""
    from kg.extract import make_pipeline

    return make_pipeline(extractor=extractor)


def _init_worker(extractor: str = "rules") -> None:
    gc.set_threshold(COLLECT_EVERY)  # a worker process does nothing but extract (kg.chunks.fewer_collections)
    _worker_pipeline(extractor)


def _worker_chunk(batch: list[Article], extractor: str = "rules") -> list[ArticleResult]:
    return extract_chunk(_worker_pipeline(extractor), batch)
