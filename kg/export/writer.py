"""Writing a build's outputs: the graph, the chosen exports, explain.jsonl and report.json, into a staging folder.

`write_outputs` is the one writer, used in two ways by kg.build:

* in the build's own process, after extraction (small and warm builds: starting a process costs more);
* in an *export process* (`ExportProcess`) that runs beside extraction. The build hands it every result as it
  arrives (pickled once), with the cache row to store for new ones. While extraction goes on, the export process
  parks the results on disk, writes the cache rows in batches and serialises each article's RDF (kg.rdf.pieces).
  When extraction ends it builds the graph and writes the files; graph.png and index.html are drawn by forked
  children meanwhile. So exports and the cache overlap with extraction, in a second process.

Both ways give the same bytes (tests/test_export_overlap.py).
"""

from __future__ import annotations

import gc
import json
import os
import pickle
import signal
import subprocess
import sys
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from kg.chunks import COLLECT_EVERY
from kg.model import ArticleResult, InputProblem
from kg.own_process import own_module

if TYPE_CHECKING:  # the build's process imports this module for ExportProcess alone: networkx stays out of it
    from kg.graph import GraphBuilder

Stage = Callable[[str], None]
_IDLE_IMPORTS = ("matplotlib.figure", "matplotlib.backends.backend_agg", "kg.export.picture", "kg.export.report")


# -- the writer ------------------------------------------------------------------------------------------------
def write_outputs(
    results: Callable[[], Iterator[ArticleResult]],
    folder: Path,
    *,
    failed: list[InputProblem],
    explain: bool,
    formats: Iterable[str],
    stage: Stage | None = None,
    rdf=None,
    split: bool = False,
    merged: tuple[GraphBuilder, Tally] | None = None,
) -> tuple[list[str], dict[str, int]]:
    """Write every output into `folder` (which must exist); returns (file names, counts). `results()` iterates
    the build's results in article-id order, once per call; `rdf` is a kg.rdf.pieces.RdfPieces or None; with
    `split`, graph.png and index.html are written by forked children at the same time as the rest. `merged`:
    the results already merged as they came (kg.graph.GraphBuilder, and their Tally), so that they are not read
    back for the graph."""
    from kg.export import write_exports
    from kg.graph import build_graph

    stage = stage or (lambda name: None)
    formats = tuple(formats)
    stage("graph")
    if merged is not None:
        builder, tally = merged
        graph = builder.graph()
    else:
        tally = Tally()
        graph = build_graph(tally.watch(results()))
    children = _fork_writers(graph, folder, formats, stage) if split else []
    failing = True
    try:
        files = write_exports(graph, folder, on_file=lambda name: stage(f"write {name}"), formats=formats, rdf=rdf,
                              skip=[name for _pid, name in children])
        if explain:
            stage("write explain.jsonl")
            write_explanations(results(), folder / "explain.jsonl")
            files.append("explain.jsonl")
        counts = tally.counts(graph)
        stage("write report.json")
        write_report(counts, failed, tally.rows(graph), folder / "report.json")
        files.append("report.json")
        failing = False
    finally:
        statuses = [_wait(pid) for pid, _name in children]
        if not failing and any(statuses):
            raise ExportError("writing graph.png or index.html failed (see the message above)")
    if children:  # list the files in the order write_exports alone gives them
        files = _in_order(files + [name for _pid, name in children])
    return files, counts


def _in_order(files: list[str]) -> list[str]:
    from kg.export import _file_writers

    graph_level = [name for _fmt, name, _writer in _file_writers()]
    return [name for name in graph_level if name in files] + [name for name in files if name not in graph_level]


def _fork_writers(graph, folder: Path, formats: tuple[str, ...], stage: Stage) -> list[tuple[int, str]]:
    """[(pid, file name)] of forked children drawing graph.png and index.html (one each: they are the slowest
    files and need only the graph); none where fork is not available. The export process has no threads, so
    forking it is safe. When both are drawn, their layout is computed here, once, before the fork: both
    children inherit the same positions (the spring layout took each child most of a CPU-second)."""
    from kg.export import FORMAT_FILES, shares_layout
    from kg.export.style import layout

    if not hasattr(os, "fork"):
        return []
    positions = layout(graph) if shares_layout(formats) else None
    children = []
    for fmt in ("png", "html"):
        if fmt not in formats:
            continue
        name = FORMAT_FILES[fmt][0]
        stage(f"write {name}")
        pid = os.fork()
        if pid == 0:  # the child: write, then leave without running the parent's clean-up
            code = 1
            try:
                from kg.export import write_exports

                write_exports(graph, folder, formats=[fmt], positions=positions)
                code = 0
            except BaseException:  # noqa: BLE001  (reported through the exit status)
                traceback.print_exc()
            finally:
                os._exit(code)
        children.append((pid, name))
        if fmt == "png":
            _yield_to_children()
    return children


def _yield_to_children() -> None:
    """Lower this process's priority (and that of the children it forks next) below graph.png's child: the
    picture is the longest of the last files, so with every core busy it goes first and the rest fit beside it."""
    try:
        os.nice(5)
    except (AttributeError, OSError):  # no nice() here: the scheduler shares the cores evenly
        pass


def _wait(pid: int) -> int:
    """The exit code of a forked writer."""
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])


class Tally:
    """What report.json needs from the results, gathered while they stream into the graph."""

    def __init__(self) -> None:
        self.totals = {"articles": 0, "sentences": 0, "syllables": 0, "mentions": 0}
        self.per_article: dict[str, tuple[int, int]] = {}  # id -> (sentences, events)

    def watch(self, results: Iterable[ArticleResult]) -> Iterator[ArticleResult]:
        for result in results:
            self.add(result)
            yield result

    def add(self, result: ArticleResult) -> None:
        self.totals["articles"] += 1
        self.totals["sentences"] += result.sentences
        self.totals["syllables"] += result.syllables
        self.totals["mentions"] += len(result.mentions)
        self.per_article[result.article.id] = (result.sentences, len(result.events))

    def counts(self, graph) -> dict[str, int]:
        return {**self.totals, "events": len(graph.graph["events"]), "actors": graph.number_of_nodes(),
                "edges": graph.number_of_edges()}

    def rows(self, graph) -> Iterator[dict]:
        """report.json's article rows, by id (the graph keeps every article's metadata)."""
        for article_id, meta in graph.graph["articles"].items():
            sentences, events = self.per_article[article_id]
            yield {"id": meta.id, "source": meta.source, "status": "ok", "outlet": meta.outlet, "date": meta.date,
                   "title": meta.title, "sentences": sentences, "events": events}


def write_explanations(results: Iterable[ArticleResult], path: Path) -> None:
    from kg.atomic import atomic_write

    with atomic_write(path) as handle:
        for result in results:
            for item in result.explanations:
                handle.write(json.dumps(asdict(item), ensure_ascii=False) + "\n")


def write_report(counts: dict[str, int], failed: list[InputProblem], rows: Iterable[dict], path: Path) -> None:
    """report.json as json.dump(indent=2, sort_keys=True) would write it, one article row at a time."""
    from kg.atomic import atomic_write

    tail = {
        "counts": counts,
        "failed": [
            {"source": p.source, "stage": p.stage, "problem": p.problem, "hint": p.hint}
            for p in sorted(failed, key=lambda p: (p.source, p.problem))
        ],
    }
    with atomic_write(path) as handle:
        handle.write('{\n  "articles": [')
        separator = "\n"
        for row in rows:  # json.dumps escapes newlines in strings, so every "\n" here is a line break
            text = json.dumps(row, ensure_ascii=False, indent=2, sort_keys=True)
            handle.write(separator + "    " + text.replace("\n", "\n    "))
            separator = ",\n"
        handle.write("]" if separator == "\n" else "\n  ]")
        # the other keys sort after "articles": the rest of json.dump's object, without its opening brace
        handle.write(",\n" + json.dumps(tail, ensure_ascii=False, indent=2, sort_keys=True)[2:] + "\n")


# -- the export process ----------------------------------------------------------------------------------------
class ExportError(RuntimeError):
    """The export process failed; the message carries its traceback."""


class ExportProcess:
    """The build's side of an export process writing into `staging`: `python -m kg.export.writer`, a fresh
    interpreter (no spaCy, no threads or file descriptors of the build, nothing of the caller's main module).
    Messages are length-prefixed pickles over its stdin and stdout. `add` never blocks extraction: its pipe is
    non-blocking (and as large as the system allows), and what does not fit yet waits in memory until the next
    `add` or `finish`. No thread: a feeder thread cost the extracting thread GIL hand-offs on every result."""

    CHECK_EVERY = 0.5  # seconds between checks that the process is still alive (it failed: say so early)

    def __init__(self, staging: Path, *, formats: Iterable[str], explain: bool, cache_dir: Path | None):
        self.staging = Path(staging)
        settings = {"staging": str(staging), "formats": list(formats), "explain": explain,
                    "cache_dir": None if cache_dir is None else str(cache_dir)}
        argv, env = own_module("kg.export.writer", json.dumps(settings))
        self._process = subprocess.Popen(argv, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self._fd = self._process.stdin.fileno()
        _widen_pipe(self._fd)
        os.set_blocking(self._fd, False)
        self._pending: deque[memoryview] = deque()  # frames (or their tails) not yet in the pipe
        self._broken = False  # the pipe's reader is gone: finish/abort report why
        self._checked = time.monotonic()

    def add(self, key: str, data: bytes) -> None:
        """A pickled ArticleResult; `key` is its cache key when the result is new and cacheable, else ""."""
        now = time.monotonic()
        if now - self._checked >= self.CHECK_EVERY:
            self._checked = now
            if _readable(self._process.stdout):  # it failed: say so now rather than after extraction
                self._reply(None)
        self._send(pickle.dumps((key, data), protocol=pickle.HIGHEST_PROTOCOL))

    def finish(self, failed: list[InputProblem], *, write: bool = True, stage: Stage | None = None
               ) -> tuple[list[str], dict[str, int]]:
        """Write the outputs (or, with write=False, only store the cache rows) and wait for the process."""
        self._send(pickle.dumps(("finish", (failed, write)), protocol=pickle.HIGHEST_PROTOCOL))
        self._close_input()
        while True:
            message = self._reply(stage)
            if message[0] == "done":
                self._process.wait()
                return message[1], message[2]

    def abort(self) -> None:
        self._pending.clear()
        self._close_input()
        if self._process.poll() is None:
            self._process.terminate()
        self._process.wait()
        self._process.stdout.close()

    def _send(self, frame: bytes) -> None:
        self._pending.append(memoryview(len(frame).to_bytes(8, "little") + frame))
        self._pump()

    def _pump(self) -> None:
        """Write what the pipe takes now, without waiting."""
        while self._pending and not self._broken:
            head = self._pending[0]
            try:
                written = os.write(self._fd, head)
            except BlockingIOError:
                return
            except OSError:  # BrokenPipeError and the like: the process ended
                self._broken = True
                return
            if written < len(head):
                self._pending[0] = head[written:]
                return
            self._pending.popleft()

    def _close_input(self) -> None:
        """Write everything still pending (waiting for the process to read it), then close its input."""
        if self._process.stdin.closed:
            return
        try:
            os.set_blocking(self._fd, True)
            while self._pending and not self._broken:
                self._pump()
        finally:
            self._pending.clear()
            try:
                self._process.stdin.close()
            except OSError:
                pass

    def _reply(self, stage: Stage | None):
        message = _read_frame(self._process.stdout)
        if message is None:
            raise ExportError(f"the export process stopped (exit status {self._process.wait()})")
        if message[0] == "stage":
            if stage:
                stage(message[1])
            return message
        if message[0] == "error":
            self._process.wait()
            kind, number, text, trace = message[1:]
            if kind == "OSError":
                raise OSError(number, text)
            raise ExportError(f"{text}\n{trace}")
        return message


def _widen_pipe(fd: int, size: int = 1 << 20) -> None:
    """Ask for a pipe buffer of `size` bytes (Linux; up to /proc/sys/fs/pipe-max-size), so that extraction runs
    ahead of the export process by many results without keeping them in memory; elsewhere, the default."""
    try:
        import fcntl

        fcntl.fcntl(fd, getattr(fcntl, "F_SETPIPE_SZ", 1031), size)
    except (ImportError, OSError):
        pass


def _readable(pipe) -> bool:
    import select

    return bool(select.select([pipe], [], [], 0)[0])


def _read_frame(pipe):
    head = pipe.read(8)
    if len(head) < 8:
        return None
    body = pipe.read(int.from_bytes(head, "little"))
    return pickle.loads(body)


def _main(argv: list[str]) -> int:
    """The export process: park results, store cache rows, serialise RDF; on "finish", write the outputs."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the build's to handle: it stops this process
    gc.set_threshold(COLLECT_EVERY)  # this process only stores, merges and writes results (kg.chunks)
    settings = json.loads(argv[0])
    inbox = sys.stdin.buffer
    replies = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # anything printed by a library goes to stderr, never into the replies

    def send(message) -> None:
        frame = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
        replies.write(len(frame).to_bytes(8, "little") + frame)
        replies.flush()

    try:
        _serve(inbox, send, Path(settings["staging"]), tuple(settings["formats"]), settings["explain"],
               settings["cache_dir"])
    except Exception as exc:  # noqa: BLE001  (sent to the build)
        _send_error(send, exc)
        return 1
    # Done, and everything written is closed: leave without the interpreter's teardown (freeing the graph and
    # its terms one by one), which the build would otherwise wait for before it swaps the outputs in.
    sys.stderr.flush()
    os._exit(0)


def _serve(inbox, send, folder: Path, formats: tuple[str, ...], explain: bool, cache_dir: str | None) -> None:
    from kg.cache import ExtractCache
    from kg.export import RDF
    from kg.graph import GraphBuilder
    from kg.rdf.pieces import RdfPieces
    from kg.spill import ResultSpill

    with ResultSpill(folder.parent) as spill, RdfPieces(folder.parent, [f for f in formats if f in RDF]) as rdf:
        store = ExtractCache(cache_dir) if cache_dir else None
        merged = (GraphBuilder(), Tally())  # the graph grows as results come: none is read back for it
        try:
            idle = list(_IDLE_IMPORTS) if {"png", "html"} & set(formats) else []
            while True:
                while idle and not _readable(inbox):  # nothing to do yet: import what the last files need
                    import_module(idle.pop(0))
                message = _read_frame(inbox)
                if message is None:  # the build is gone (killed): its staging folder is cleared by the next one
                    return
                key, data = message
                if key == "finish":
                    failed, write = data
                    break
                result: ArticleResult = pickle.loads(data)
                if explain:  # explain.jsonl reads the results back; the graph is merged as they come
                    spill.add_pickled(result.article.id, data)
                if key and store is not None:
                    store.put(key, result)
                rdf.add(result)
                merged[0].add(result)
                merged[1].add(result)
        finally:
            if store is not None:
                store.close()
        files, counts = [], {}
        if write:
            files, counts = write_outputs(spill.sorted, folder, failed=failed, explain=explain, formats=formats,
                                          stage=lambda name: send(("stage", name)), rdf=rdf, split=True,
                                          merged=merged)
        send(("done", files, counts))


def _send_error(send, exc: BaseException) -> None:
    number = exc.errno if isinstance(exc, OSError) else None
    text = exc.strerror if isinstance(exc, OSError) and exc.strerror else f"{type(exc).__name__}: {exc}"
    send(("error", "OSError" if isinstance(exc, OSError) else type(exc).__name__, number, text,
          traceback.format_exc()))


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
