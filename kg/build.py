"""`kg build`: ingest -> clean -> nlp/extract -> graph -> exports, written together into the output folder.

Outputs are built in a temporary folder beside `out` and swapped in only when complete, so a failed or
interrupted build leaves the previous `out/` as it was.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.model import Article, ArticleResult, InputProblem

Progress = Callable[[str, int], None]  # (stage, count) callback for the CLI's progress display


@dataclass
class BuildReport:
    out: Path
    articles: int = 0
    failed: list[InputProblem] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0


def build(
    inputs: Sequence[str | Path],
    out: str | Path = "out",
    *,
    jobs: int = 1,
    explain: bool = False,
    max_bytes: int = 20_000_000,
    progress: Progress | None = None,
    cluster: str | None = None,
    cache: bool = True,
    extractor: str = "rules",
) -> BuildReport:
    """Build the knowledge graph of `inputs` into `out`; raises kg.ingest.UsageError for bad arguments.

    `jobs` worker processes (0: all cores) or a Dask `cluster` address run the extraction; results are cached in
    out/.cache (kg.cache), and outputs that are already current are not rewritten. `extractor` chooses the
    relation extractor: "rules" (word order), "syntax" (dependency tree) or "both" (kg.extract.make_pipeline).
    """
    from kg.cache import CACHE_DIR, ExtractCache, build_key, read_manifest, write_manifest
    from kg.ingest import UsageError, read_articles
    from kg.spill import ResultSpill

    if extractor not in ("rules", "syntax", "both"):  # kg.extract.EXTRACTORS, checked before any work
        raise UsageError(f"--extractor must be rules, syntax or both, not {extractor!r}")
    out = Path(out)
    _clear_leftovers(out)
    _check_out(out)
    report = BuildReport(out=out)
    items = read_articles(inputs, max_bytes=max_bytes)
    articles = _clean(items, report, progress)
    # each extractor keeps its own results: the article keys do not depend on the extractor
    cache_dir = out / CACHE_DIR if extractor == "rules" else out / CACHE_DIR / extractor
    out.parent.mkdir(parents=True, exist_ok=True)
    # Results go to disk as they arrive and come back one at a time in id order: memory follows the graph.
    with ResultSpill(out.parent) as spill:
        with ExtractCache(cache_dir) if cache else nullcontext() as store:
            extracted = _extract(articles, jobs=jobs, progress=progress, cluster=cluster, cache=store,
                                 extractor=extractor)
            for result in extracted:
                failed = [p for p in result.problems if p.stage == "extract"]
                report.failed += failed
                if not failed:  # explanations are half of a result, and only --explain writes them
                    spill.add(result if explain else replace(result, explanations=()))
        key = build_key(store.keys, report.failed, {"explain": explain, "extractor": extractor}) if cache else None
        current = read_manifest(out, key) if cache else None
        if current:  # same inputs, same code, outputs intact: nothing to write
            report.files, report.counts = current["files"], current["counts"]
            return report
        _write_outputs(spill, report, out, explain)
    if cache:
        write_manifest(out, key, report.files, report.counts)
    return report


KEEP_IN_OUT = (".gitkeep", ".cache")


def extract_inputs(
    inputs: Sequence[str | Path], *, jobs: int = 1, max_bytes: int = 20_000_000, extractor: str = "rules"
) -> list[ArticleResult]:
    """Ingest, clean and extract without writing anything: the results `build` would merge, sorted by id."""
    from kg.ingest import read_articles

    report = BuildReport(out=Path("."))
    articles = _clean(read_articles(inputs, max_bytes=max_bytes), report, None)
    return sorted(_extract(articles, jobs=jobs, progress=None, extractor=extractor), key=lambda r: r.article.id)


def _check_out(out: Path) -> None:
    """Refuse to replace a folder that is not a previous kg build: nothing the user had is lost."""
    from kg.ingest import UsageError

    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out} exists and is not a folder")
    if out.is_dir():
        entries = {p.name for p in out.iterdir()}
        if entries - set(KEEP_IN_OUT) and "report.json" not in entries:
            raise UsageError(f"--out {out} holds files that are not a kg build; choose an empty or new folder")


def _clean(items: Iterable[Article | InputProblem], report: BuildReport, progress: Progress | None) -> Iterator[Article]:
    from kg.clean import clean_article

    seen: set[str] = set()
    for item in items:
        if isinstance(item, InputProblem):
            report.failed.append(item)
            continue
        if item.id in seen:
            report.failed.append(InputProblem(item.source, f"duplicate article id {item.id!r}", "rename one", "ingest"))
            continue
        seen.add(item.id)
        try:
            cleaned = clean_article(item)
        except Exception as error:  # noqa: BLE001  (one bad article never stops the others)
            report.failed.append(InputProblem(item.source, f"clean failed: {error}", "", "clean"))
            continue
        if not cleaned.text.strip():
            report.failed.append(InputProblem(item.source, "no article text left after removing boilerplate", "", "clean"))
            continue
        report.articles += 1
        if progress:
            progress("clean", report.articles)
        yield cleaned


def _extract(
    articles: Iterable[Article], *, jobs: int, progress: Progress | None, cluster: str | None = None, cache=None,
    extractor: str = "rules",
) -> Iterator[ArticleResult]:
    from kg.parallel import extract_stream

    for count, result in enumerate(extract_stream(articles, jobs=jobs, cluster=cluster, cache=cache, extractor=extractor), start=1):
        if progress:
            progress("extract", count)
        yield result


def _write_outputs(spill, report: BuildReport, out: Path, explain: bool) -> None:
    """`spill` is a kg.spill.ResultSpill: results are read back one at a time, in id order, never all at once."""
    from kg.export import write_exports
    from kg.graph import build_graph

    tally = _Tally()
    graph = build_graph(tally.watch(spill.sorted()))
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.building-{os.getpid()}-", dir=out.parent))
    staging.chmod(0o755)
    try:
        report.files = write_exports(graph, staging)
        if explain:
            _write_explanations(spill.sorted(), staging / "explain.jsonl")
            report.files.append("explain.jsonl")
        report.counts = tally.counts(graph)
        _write_report(report, tally.rows(graph), staging / "report.json")
        report.files.append("report.json")
        _swap_in(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


class _Tally:
    """What report.json needs from the results, gathered while they stream into the graph."""

    def __init__(self) -> None:
        self.totals = {"articles": 0, "sentences": 0, "syllables": 0, "mentions": 0}
        self.per_article: dict[str, tuple[int, int]] = {}  # id -> (sentences, events)

    def watch(self, results: Iterable[ArticleResult]) -> Iterator[ArticleResult]:
        for result in results:
            self.totals["articles"] += 1
            self.totals["sentences"] += result.sentences
            self.totals["syllables"] += result.syllables
            self.totals["mentions"] += len(result.mentions)
            self.per_article[result.article.id] = (result.sentences, len(result.events))
            yield result

    def counts(self, graph) -> dict[str, int]:
        return {**self.totals, "events": len(graph.graph["events"]), "actors": graph.number_of_nodes(),
                "edges": graph.number_of_edges()}

    def rows(self, graph) -> Iterator[dict]:
        """report.json's article rows, by id (the graph keeps every article's metadata)."""
        for article_id, meta in graph.graph["articles"].items():
            sentences, events = self.per_article[article_id]
            yield {"id": meta.id, "source": meta.source, "status": "ok", "outlet": meta.outlet, "date": meta.date,
                   "title": meta.title, "sentences": sentences, "events": events}


def _write_explanations(results: Iterable[ArticleResult], path: Path) -> None:
    from dataclasses import asdict

    from kg.atomic import atomic_write

    with atomic_write(path) as handle:
        for result in results:
            for item in result.explanations:
                handle.write(json.dumps(asdict(item), ensure_ascii=False) + "\n")


def _write_report(report: BuildReport, rows: Iterable[dict], path: Path) -> None:
    """report.json as json.dump(indent=2, sort_keys=True) would write it, one article row at a time."""
    from kg.atomic import atomic_write

    tail = {
        "counts": report.counts,
        "failed": [
            {"source": p.source, "stage": p.stage, "problem": p.problem, "hint": p.hint}
            for p in sorted(report.failed, key=lambda p: (p.source, p.problem))
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


def _swap_in(staging: Path, out: Path) -> None:
    """Replace `out` by `staging` with renames; keep the cache of the previous build."""
    for name in KEEP_IN_OUT:
        kept = out / name
        if kept.exists() and not (staging / name).exists():
            os.replace(kept, staging / name)
    if out.exists() and _exchange(staging, out):
        shutil.rmtree(staging, ignore_errors=True)  # it now holds the previous build
    elif out.exists():  # no atomic exchange here: a kill between the renames is undone by the next build
        retired = out.parent / f".{out.name}.old-{os.getpid()}"
        os.replace(out, retired)
        try:
            os.replace(staging, out)
        except BaseException:
            os.replace(retired, out)
            raise
        shutil.rmtree(retired, ignore_errors=True)
    else:
        os.replace(staging, out)


def _exchange(staging: Path, out: Path) -> bool:
    """Swap two folders in one step (Linux renameat2 RENAME_EXCHANGE), so `out` is never missing."""
    import ctypes

    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError, TypeError):  # not Linux, or a libc without it
        return False
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(staging), at_fdcwd, os.fsencode(out), rename_exchange) == 0


def _clear_leftovers(out: Path) -> None:
    """Remove the staging folders of killed builds beside `out`; put back an `out` retired by one."""
    if os.name != "posix" or not out.parent.is_dir():  # liveness below needs POSIX kill(pid, 0)
        return
    prefix = f".{out.name}."
    for path in sorted(p for p in out.parent.iterdir() if p.name.startswith(prefix)):
        kind, _, rest = path.name[len(prefix):].partition("-")
        pid = rest.split("-")[0]
        if kind not in ("building", "old") or not pid.isdigit() or _alive(int(pid)):
            continue
        if kind == "old" and not out.exists():
            os.replace(path, out)
        else:
            shutil.rmtree(path, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True
