"""A build's extraction results parked on disk, read back one at a time in article-id order.

Results arrive in input order (engines, cache hits); the graph and report.json want them by id. Holding them all
in a list costs about 26 KB per article (2.6 GB at 100k), so `kg build` writes each one to an anonymous
temporary file as it arrives and keeps only (id, offset). The file is pickled because this process wrote it a
moment ago and nobody else can open it (it has no name); the persistent cache (kg.cache) stays JSON.
"""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Self

from kg.model import ArticleResult


class ResultSpill:
    """Append ArticleResults, then iterate them sorted by article id as often as needed. A context manager."""

    def __init__(self, directory: str | Path | None = None):
        self._file = tempfile.TemporaryFile(prefix=".kg-results-", dir=directory)  # noqa: SIM115 (closed by __exit__)
        self._index: list[tuple[str, int]] = []  # (article id, offset)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self._file.close()

    def __len__(self) -> int:
        return len(self._index)

    def add(self, result: ArticleResult) -> bytes:
        """Park `result`; returns its pickled bytes (kg build hands the same bytes to its export process)."""
        data = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
        self.add_pickled(result.article.id, data)
        return data

    def add_pickled(self, article_id: str, data: bytes) -> None:
        """Park a result already pickled by this program (a moment ago, in this build)."""
        self._file.seek(0, 2)
        self._index.append((article_id, self._file.tell()))
        self._file.write(data)

    def pickled(self) -> Iterator[bytes]:
        """Every result's pickled bytes, in the order they were added."""
        offsets = sorted(offset for _id, offset in self._index)
        end = self._file.seek(0, 2)
        for offset, following in zip(offsets, [*offsets[1:], end]):
            self._file.seek(offset)
            yield self._file.read(following - offset)

    def sorted(self) -> Iterator[ArticleResult]:
        """Every result, by article id; nothing else is held while iterating."""
        self._index.sort()
        for _id, offset in self._index:
            self._file.seek(offset)
            yield pickle.load(self._file)
