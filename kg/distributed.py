"""`kg build --cluster tcp://HOST:PORT`: per-article extraction on a Dask distributed cluster.

Start a cluster where kg (the same version) is installed:

    dask scheduler                                   # prints tcp://HOST:8786
    dask worker tcp://HOST:8786 --nworkers 4 --nthreads 1   # on each machine; one thread per process

The client (the machine running `kg build`) reads, cleans and caches; tasks of TASK_ARTICLES articles go to the
workers, each of which keeps its pipelines loaded between tasks (a WorkerPlugin holds one per worker thread:
the extractor keeps per-sentence state, so threads never share one); results come back one list per task and are
merged on the client exactly as a local build merges them, so the output files are the same.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

from distributed import Client, WorkerPlugin, get_worker

from kg.chunks import bounded, extract_chunk
from kg.model import Article, ArticleResult

TASK_ARTICLES = 25  # articles per task: enough to hide the scheduler's per-task cost, few enough to balance
PLUGIN_NAME = "kg-pipeline"


def task_articles() -> int:
    """Articles per task (read at call time, so that tests can lower TASK_ARTICLES)."""
    return TASK_ARTICLES


class VersionMismatch(RuntimeError):
    """A worker runs other kg code or data than the client: its results would not match the cache keys."""


class PipelinePlugin(WorkerPlugin):
    """Lives on each worker: builds a pipeline per worker thread on first use and keeps it."""

    name = PLUGIN_NAME

    def __init__(self, extractor: str = "rules"):
        self.extractor = extractor

    def setup(self, worker) -> None:
        self._local = threading.local()

    def pipeline(self):
        nlp = getattr(self._local, "nlp", None)
        if nlp is None:
            from kg.extract import make_pipeline

            nlp = self._local.nlp = make_pipeline(extractor=self.extractor)
        return nlp


def _task(batch: list[Article]) -> tuple[str, list[ArticleResult]]:
    """Run on a worker: one task's articles through that worker's pipeline."""
    from kg.cache import code_version

    plugin = get_worker().plugins[PLUGIN_NAME]
    return code_version(), extract_chunk(plugin.pipeline(), batch)


def cluster_engine(address: str, extractor: str = "rules"):
    """An engine for kg.parallel: chunks in, (keys, results) out in submission order."""

    def run(chunks: Iterator) -> Iterator[tuple[tuple[str, ...], list[ArticleResult]]]:
        from kg.cache import code_version

        expected = code_version()
        with Client(address, set_as_default=False) as client:
            client.register_plugin(PipelinePlugin(extractor), name=PLUGIN_NAME)
            window = 2 * max(1, sum(client.nthreads().values()))

            def submit(batch: list[Article]):
                return client.submit(_task, batch, pure=False)

            for keys, (version, results) in bounded(submit, chunks, window):
                if version != expected:
                    raise VersionMismatch(f"a worker of {address} runs another kg version or other kg data; "
                                          "install the same kg on the client and every worker")
                yield keys, results

    return run
