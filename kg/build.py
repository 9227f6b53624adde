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
) -> BuildReport:
    """Build the knowledge graph of `inputs` into `out`; raises kg.ingest.UsageError for bad arguments.

    `jobs` worker processes (0: all cores) or a Dask `cluster` address run the extraction; results are cached in
    out/.cache (kg.cache), and outputs that are already current are not rewritten.
    """
    from kg.cache import CACHE_DIR, ExtractCache, build_key, read_manifest, write_manifest
    from kg.ingest import read_articles

    out = Path(out)
    _clear_leftovers(out)
    _check_out(out)
    report = BuildReport(out=out)
    items = read_articles(inputs, max_bytes=max_bytes)
    articles = _clean(items, report, progress)
    with ExtractCache(out / CACHE_DIR) if cache else nullcontext() as store:
        extracted = _extract(articles, jobs=jobs, progress=progress, cluster=cluster, cache=store)
        if not explain:  # explanations are half of a result's memory, and only --explain writes them
            extracted = (replace(r, explanations=()) for r in extracted)
        results = sorted(extracted, key=lambda r: r.article.id)
    key = build_key(store.keys, report.failed, {"explain": explain}) if cache else None
    current = read_manifest(out, key) if cache else None
    if current:  # same inputs, same code, outputs intact: nothing to write
        report.files, report.counts = current["files"], current["counts"]
        return report
    _write_outputs(results, report, out, explain)
    if cache:
        write_manifest(out, key, report.files, report.counts)
    return report


KEEP_IN_OUT = (".gitkeep", ".cache")


def extract_inputs(inputs: Sequence[str | Path], *, jobs: int = 1, max_bytes: int = 20_000_000) -> list[ArticleResult]:
    """Ingest, clean and extract without writing anything: the results `build` would merge, sorted by id."""
    from kg.ingest import read_articles

    report = BuildReport(out=Path("."))
    articles = _clean(read_articles(inputs, max_bytes=max_bytes), report, None)
    return sorted(_extract(articles, jobs=jobs, progress=None), key=lambda r: r.article.id)


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
        except Exception as error:  # one bad article never stops the others
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
    articles: Iterable[Article], *, jobs: int, progress: Progress | None, cluster: str | None = None, cache=None
) -> Iterator[ArticleResult]:
    from kg.parallel import extract_stream

    for count, result in enumerate(extract_stream(articles, jobs=jobs, cluster=cluster, cache=cache), start=1):
        if progress:
            progress("extract", count)
        yield result


def _write_outputs(results: list[ArticleResult], report: BuildReport, out: Path, explain: bool) -> None:
    from kg.export import write_exports
    from kg.graph import build_graph

    graph = build_graph(results)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.building-{os.getpid()}-", dir=out.parent))
    staging.chmod(0o755)
    try:
        report.files = write_exports(graph, staging)
        if explain:
            _write_explanations(results, staging / "explain.jsonl")
            report.files.append("explain.jsonl")
        report.counts = _counts(results, graph)
        _write_report(report, results, staging / "report.json")
        report.files.append("report.json")
        _swap_in(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _write_explanations(results: list[ArticleResult], path: Path) -> None:
    from dataclasses import asdict

    from kg.atomic import atomic_write

    with atomic_write(path) as handle:
        for result in results:
            for item in result.explanations:
                handle.write(json.dumps(asdict(item), ensure_ascii=False) + "\n")


def _counts(results: list[ArticleResult], graph) -> dict[str, int]:
    return {
        "articles": len(results),
        "sentences": sum(r.sentences for r in results),
        "syllables": sum(r.syllables for r in results),
        "mentions": sum(len(r.mentions) for r in results),
        "events": len(graph.graph["events"]),
        "actors": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
    }


def _write_report(report: BuildReport, results: list[ArticleResult], path: Path) -> None:
    from kg.atomic import atomic_write

    body = {
        "counts": report.counts,
        "articles": [
            {"id": r.article.id, "source": r.article.source, "status": "ok", "outlet": r.article.outlet,
             "date": r.article.date, "title": r.article.title, "sentences": r.sentences, "events": len(r.events)}
            for r in results
        ],
        "failed": [
            {"source": p.source, "stage": p.stage, "problem": p.problem, "hint": p.hint}
            for p in sorted(report.failed, key=lambda p: (p.source, p.problem))
        ],
    }
    with atomic_write(path) as handle:
        json.dump(body, handle, ensure_ascii=False, indent=2, sort_keys=True)
        handle.write("\n")


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
