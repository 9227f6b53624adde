"""`kg build`: ingest -> clean -> nlp/extract -> graph -> exports, written together into the output folder.

Outputs are built in a temporary folder beside `out` and swapped in only when complete, so a failed or
interrupted build leaves the previous `out/` as it was.
"""

from __future__ import annotations

import os
import pickle
import shutil
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.errors import UsageError
from kg.model import Article, ArticleResult, InputProblem

# Progress callback (stage, done, total): "extract" with articles done and the expected total (None when
# unknown), then one call per output stage ("graph", "write graph.graphml", ...) with done=0, total=None.
Progress = Callable[[str, int, int | None], None]


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


# A build starts its export process (kg.export.writer) once this many articles are known to need extraction:
# fewer are written quicker in this process than a second interpreter starts.
OVERLAP_AFTER = 24


# The extractor `kg build` runs: the one with the best strict F1 on the blind split (docs/accuracy.md).
DEFAULT_EXTRACTOR = "rules"  # the learned scorer only ties the rules on blind strict F1 (docs/accuracy.md)

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
    extractor: str = DEFAULT_EXTRACTOR,
    formats: str | Sequence[str] | None = None,
    overlap: bool = True,
) -> BuildReport:
    """Build the knowledge graph of `inputs` into `out`; raises kg.errors.UsageError for bad arguments.

    `jobs` worker processes (0: all cores) or a Dask `cluster` address run the extraction; results are cached in
    out/.cache (kg.cache), and outputs that are already current are not rewritten. `extractor` chooses the
    relation extractor (kg.extract.make_pipeline): "rules" (the default), "scored", "syntax" or "both".
    `formats` chooses the exports (kg.export.FORMAT_FILES; None: all). With `overlap`, a build that extracts
    more than a few articles writes its cache rows and outputs in a second process while extraction runs
    (kg.export.writer); the files are the same bytes either way.
    """
    from kg.cache import CACHE_DIR, ExtractCache, build_key, read_manifest, write_manifest
    from kg.export import parse_formats
    from kg.extract import EXTRACTORS
    from kg.ingest import count_articles, read_articles
    from kg.spill import ResultSpill

    if extractor not in EXTRACTORS:  # checked before any work
        raise UsageError(f"--extractor must be one of {', '.join(EXTRACTORS)}, not {extractor!r}")
    chosen = parse_formats(formats)
    out = Path(out)
    _clear_leftovers(out)
    _check_out(out)
    report = BuildReport(out=out)
    items = read_articles(inputs, max_bytes=max_bytes)
    expected = count_articles(inputs) if progress else None
    # each extractor keeps its own results: the article keys do not depend on the extractor
    cache_dir = out / CACHE_DIR if extractor == DEFAULT_EXTRACTOR else out / CACHE_DIR / extractor
    out.parent.mkdir(parents=True, exist_ok=True)
    options = {"explain": explain, "extractor": extractor}
    if chosen != parse_formats(None):
        options["formats"] = list(chosen)
    writer = None
    try:
        # Results go to disk as they arrive and come back one at a time in id order: memory follows the graph.
        with ResultSpill(out.parent) as spill:
            with ExtractCache(cache_dir, explained=explain) if cache else nullcontext() as store:
                articles = _clean(items, report, store, ahead=CLEAN_AHEAD if _cleans_ahead(jobs, cluster) else 0,
                                  on_cleaner=_import_extraction)

                def on_miss(count: int) -> None:
                    """Start the export process once OVERLAP_AFTER articles are known to need extraction: early
                    enough that its start-up overlaps a pool's (which looks ahead several chunks)."""
                    nonlocal writer
                    if not overlap or writer is not None or count < OVERLAP_AFTER:
                        return
                    if store is not None:
                        store.flush()
                    writer = _start_writer(out, chosen, explain, store)
                    for data in spill.pickled():  # what came before goes first (cached already)
                        writer.add("", data)

                for key, result, fresh in _extract(articles, jobs=jobs, cluster=cluster, cache=store,
                                                   progress=_extract_progress(progress, expected, report),
                                                   extractor=extractor, on_miss=on_miss):
                    failed = [p for p in result.problems if p.stage == "extract"]
                    report.failed += failed
                    row = key if fresh and store is not None and not result.problems else ""
                    if failed:  # a crash is not cached (it may be fixed or transient), nor written
                        continue
                    kept = result if explain else replace(result, explanations=())  # only --explain writes them
                    if writer is not None:
                        writer.add(row, pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL))
                        continue
                    if row:
                        store.put(row, result)
                    spill.add(kept)
            key = build_key(store.keys, report.failed, options) if cache else None
            current = read_manifest(out, key) if cache else None
            if current:  # same inputs, same code, outputs intact: nothing to write
                if writer is not None:
                    writer.finish(report.failed, write=False)  # it still stores the new cache rows
                    shutil.rmtree(writer.staging, ignore_errors=True)
                report.files, report.counts = current["files"], current["counts"]
                return report
            if writer is not None:
                stage = (lambda name: progress(name, 0, None)) if progress else None
                report.files, report.counts = writer.finish(report.failed, stage=stage)
                _swap_in(writer.staging, out)
            else:
                _write_outputs(spill, report, out, explain, progress, chosen)
    except BaseException:
        if writer is not None:
            writer.abort()
            shutil.rmtree(writer.staging, ignore_errors=True)
        raise
    if cache:
        write_manifest(out, key, report.files, report.counts)
    return report


def _start_writer(out: Path, formats: tuple[str, ...], explain: bool, store):
    from kg.export.writer import ExportProcess

    staging = _staging(out)
    try:
        return ExportProcess(staging, formats=formats, explain=explain,
                             cache_dir=store.directory if store is not None and store.usable else None)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _staging(out: Path) -> Path:
    """A new staging folder beside `out`, named after this process (so that the next build can clear it)."""
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.building-{os.getpid()}-", dir=out.parent))
    staging.chmod(0o755)
    return staging


KEEP_IN_OUT = (".gitkeep", ".cache")


def extract_inputs(
    inputs: Sequence[str | Path], *, jobs: int = 1, max_bytes: int = 20_000_000, extractor: str = DEFAULT_EXTRACTOR
) -> list[ArticleResult]:
    """Ingest, clean and extract without writing anything: the results `build` would merge, sorted by id."""
    from kg.ingest import read_articles

    report = BuildReport(out=Path("."))
    articles = _clean(read_articles(inputs, max_bytes=max_bytes), report)
    results = (result for _key, result, _fresh in _extract(articles, jobs=jobs, progress=None, extractor=extractor))
    return sorted(results, key=lambda r: r.article.id)


def _check_out(out: Path) -> None:
    """Refuse to replace a folder that is not a previous kg build: nothing the user had is lost."""
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out} exists and is not a folder")
    if out.is_dir():
        entries = {p.name for p in out.iterdir()}
        if entries - set(KEEP_IN_OUT) and "report.json" not in entries:
            raise UsageError(f"--out {out} holds files that are not a kg build; choose an empty or new folder")


def _extract_progress(progress: Progress | None, expected: int | None, report: BuildReport):
    """progress("extract", done, total), the total shrinking by the inputs skipped before extraction (they never
    reach it), so the bar ends full."""
    if progress is None:
        return None
    progress("extract", 0, expected)  # the bar appears, with its total, before the models load
    return lambda done: progress("extract", done, max(done, (expected or 0) - len(report.failed)) if expected
                                 is not None else None)


def _clean(items: Iterable[Article | InputProblem], report: BuildReport, store=None, ahead: int = 0,
           on_cleaner: Callable[[], None] | None = None) -> Iterator[Article]:
    """Cleaned articles; with a cache `store`, an article cleaned by an earlier build with this code is not
    cleaned again. With `ahead`, articles are cleaned by a process of their own (kg.clean_ahead) up to that many
    articles ahead of what is taken, once more than CLEAN_INLINE need cleaning (fewer are cleaned here: a
    process costs more); what is taken and what is reported are the same, in the same order. `on_cleaner()` is
    called once that process has started: the build loads what extraction needs meanwhile."""
    seen: set[str] = set()
    # [kind, raw, cleaned or problem] in input order: "problem", "ready", "cleaned", "remote" (sent to the
    # process) or "pending" (cleaned here when taken, unless sent to a process started before that)
    queue: deque[list] = deque()
    cleaner = None
    needing = 0  # articles met that needed cleaning
    queued_bytes = 0
    source = iter(items)
    more = True
    try:
        while True:
            budget = 16  # items read per article taken: the queue fills within the first chunk's articles
            while more and budget and (not queue or (ahead and len(queue) < ahead and queued_bytes < AHEAD_BYTES)):
                budget -= 1
                item = next(source, None)
                if item is None:
                    more = False
                    break
                entry = _prepare(item, seen, store)
                if entry[0] == "clean":
                    needing += 1
                    if not ahead or (cleaner is not None and cleaner.gone):
                        entry = _cleaned_here(entry[1])
                    elif cleaner is None and needing <= CLEAN_INLINE:
                        entry = ["pending", entry[1], None]
                    else:
                        if cleaner is None:
                            cleaner = _start_cleaner()
                            if cleaner is not None:
                                _hand_over(queue, cleaner)
                                if on_cleaner is not None:
                                    on_cleaner()
                        if cleaner is None:
                            ahead = 0  # no process to clean in: clean here, as without `ahead`
                            entry = _cleaned_here(entry[1])
                        else:
                            cleaner.submit(entry[1])
                            entry = ["remote", entry[1], None]
                queued_bytes += len(entry[1].text) if entry[1] is not None else 0
                queue.append(entry)
            if not queue:
                return
            kind, raw, value = queue.popleft()
            queued_bytes -= len(raw.text) if raw is not None else 0
            if kind == "pending":
                kind, raw, value = _cleaned_here(raw)
            if kind == "remote":
                kind, value = _answer(cleaner, raw)
            if kind == "problem":
                report.failed.append(value)
                continue
            cleaned = value
            if store is not None and cleaned.text.strip() and kind == "cleaned":
                store.put_cleaned(raw, cleaned)
            if not cleaned.text.strip():
                report.failed.append(InputProblem(raw.source, "no article text left after removing boilerplate", "",
                                                  "clean"))
                continue
            report.articles += 1
            yield cleaned
    finally:
        if cleaner is not None:
            cleaner.close()


def _hand_over(queue: deque[list], cleaner) -> None:
    """Send the articles waiting to be cleaned here to the cleaning process just started, in queue order (its
    answers come in the order asked): the build's process then never cleans, and loads the pipeline instead."""
    for entry in queue:
        if entry[0] == "pending":
            cleaner.submit(entry[1])
            entry[0] = "remote"


# kg build --jobs 1 cleans in a process of its own (kg.clean_ahead) once more than CLEAN_INLINE articles need it,
# up to CLEAN_AHEAD articles (and AHEAD_BYTES of raw text) ahead of extraction.
CLEAN_INLINE = 8
CLEAN_AHEAD = 128
AHEAD_BYTES = 64 << 20


def _prepare(item: Article | InputProblem, seen: set[str], store) -> list:
    """[kind, raw article, value] for one input: ["problem", raw or None, InputProblem], ["ready", raw, cleaned
    article from the cache] or ["clean", raw, None] (to be cleaned)."""
    if isinstance(item, InputProblem):
        return ["problem", None, item]
    if item.id in seen:
        return ["problem", item, InputProblem(item.source, f"duplicate article id {item.id!r}", "rename one",
                                              "ingest")]
    seen.add(item.id)
    cleaned = store.get_cleaned(item) if store is not None else None
    return ["ready", item, cleaned] if cleaned is not None else ["clean", item, None]


def _cleaned_here(raw: Article) -> list:
    """Clean `raw` in this process: ["cleaned", raw, article] or ["problem", raw, InputProblem]."""
    try:
        return ["cleaned", raw, _clean_one(raw)]
    except Exception as error:  # noqa: BLE001  (one bad article never stops the others)
        return ["problem", raw, InputProblem(raw.source, f"clean failed: {error}", "", "clean")]


def _answer(cleaner, raw: Article) -> tuple[str, Article | InputProblem]:
    """The cleaning process's answer for `raw` (asked in order); cleaned here if the process is gone."""
    from kg.clean_ahead import CleanerGone

    try:
        return "cleaned", cleaner.result()
    except ValueError as error:
        return "problem", InputProblem(raw.source, f"clean failed: {error}", "", "clean")
    except CleanerGone:
        kind, _raw, value = _cleaned_here(raw)
        return kind, value


def _cleans_ahead(jobs: int, cluster: str | None) -> bool:
    """Whether a build cleans in a process of its own: with one extracting process (the build's own) and a core
    to spare. A pool's workers keep every core busy, and a cluster extracts elsewhere."""
    from kg.parallel import cpu_count

    return cluster is None and (jobs if jobs > 0 else cpu_count()) == 1 and cpu_count() > 1


def _start_cleaner():
    from kg.clean_ahead import Cleaner

    try:
        return Cleaner()
    except OSError:  # cannot start a process here: the build cleans in its own
        return None


def _import_extraction() -> None:
    """Import the extraction modules (spaCy: about a second), while the cleaning process just started cleans the
    first articles: they used to be imported only once the first articles were clean, in this process. More
    articles needing cleaning than CLEAN_INLINE (none cleaned by an earlier build) means a cold build, whose
    extraction runs in this process (a cleaning process is used only then: kg.build._cleans_ahead)."""
    import kg.extract  # noqa: F401


def _clean_one(article: Article) -> Article:
    # justext and its stop lists: imported only when something needs cleaning
    from kg.clean import clean_article

    return clean_article(article)


def _extract(
    articles: Iterable[Article], *, jobs: int, progress: Callable[[int], None] | None, cluster: str | None = None,
    cache=None, extractor: str = "rules", on_miss: Callable[[int], None] | None = None,
) -> Iterator[tuple[str, ArticleResult, bool]]:
    """(cache key, result, extracted now) per article (kg.parallel.extract_keyed), counting them for `progress`."""
    from kg.parallel import extract_keyed

    stream = extract_keyed(articles, jobs=jobs, cluster=cluster, cache=cache, extractor=extractor, on_miss=on_miss)
    for count, item in enumerate(stream, start=1):
        if progress:
            progress(count)
        yield item


def _write_outputs(spill, report: BuildReport, out: Path, explain: bool, progress: Progress | None = None,
                   formats: Sequence[str] | None = None) -> None:
    """Write the outputs in this process, into a staging folder swapped in at the end. `spill` is a
    kg.spill.ResultSpill: results are read back one at a time, in id order, never all at once."""
    from kg.export import parse_formats
    from kg.export.writer import write_outputs

    stage = (lambda name: progress(name, 0, None)) if progress else None
    staging = _staging(out)
    try:
        report.files, report.counts = write_outputs(spill.sorted, staging, failed=report.failed, explain=explain,
                                                    formats=parse_formats(formats), stage=stage)
        _swap_in(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _write_report(report: BuildReport, rows: Iterable[dict], path: Path) -> None:
    """report.json of `report` (kg.export.writer.write_report)."""
    from kg.export.writer import write_report

    write_report(report.counts, report.failed, rows, path)


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
