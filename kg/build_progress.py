"""What `kg build` shows while it works, on stderr: on a terminal a rich progress bar for extraction (done/total,
rate, ETA) and a line per output stage; elsewhere (a pipe, a log file, CI) plain lines, at most one per
`interval` seconds for extraction, so logs stay short. kg.build reports through its `progress` callback; this
module only draws, so the library never knows whether anyone is watching.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text


class _Rate(ProgressColumn):
    """Articles per second (rich's own speed column speaks bytes)."""

    def render(self, task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("" if speed is None else f"{speed:,.1f}/s", style="progress.data.speed")


def _eta(done: int, total: int | None, elapsed: float) -> str:
    if not total or not done or done >= total:
        return "0:00:00" if total and done >= total else "?"
    seconds = int(elapsed / done * (total - done) + 0.5)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class PlainProgress:
    """Periodic lines: `extract: 120/600 articles (41.3 articles/s, ETA 0:00:11)`, then one per stage."""

    def __init__(self, console: Console, interval: float = 5.0, clock: Callable[[], float] = time.monotonic):
        self.console, self.interval, self.clock = console, interval, clock
        self.started, self.last = clock(), None  # the rate counts start-up (models loading) too
        self.pending: tuple[int, int | None] | None = None  # the latest count not yet printed

    def __call__(self, stage: str, done: int, total: int | None) -> None:
        if stage != "extract":
            self._flush()
            self._line(f"{stage}")
            return
        now = self.clock()
        self.pending = (done, total)
        if self.last is None or now - self.last >= self.interval or (total is not None and done >= total):
            self._flush()

    def _flush(self) -> None:
        if self.pending is None:
            return
        done, total = self.pending
        elapsed = max(self.clock() - self.started, 1e-9)
        of = f"/{total}" if total is not None else ""
        self._line(f"extract: {done}{of} articles ({done / elapsed:,.1f} articles/s, ETA {_eta(done, total, elapsed)})")
        self.last, self.pending = self.clock(), None

    def _line(self, text: str) -> None:
        self.console.print(text, markup=False, highlight=False, soft_wrap=True)

    def close(self) -> None:
        self._flush()


class BarProgress:
    """A rich bar for extraction; each output stage is printed above it as it starts."""

    def __init__(self, console: Console):
        self.bar = Progress(
            TextColumn("[bold]{task.description}"), BarColumn(bar_width=30), MofNCompleteColumn(),
            TextColumn("articles"), _Rate(), TextColumn("ETA"), TimeRemainingColumn(), TimeElapsedColumn(),
            console=console, transient=False,
        )
        self.task = None
        self.bar.start()

    def __call__(self, stage: str, done: int, total: int | None) -> None:
        if stage == "extract":
            if self.task is None:
                self.task = self.bar.add_task("extract", total=total)
            self.bar.update(self.task, completed=done, total=total)
        else:
            self.bar.console.print(f"[dim]·[/dim] {stage}", highlight=False)

    def close(self) -> None:
        self.bar.stop()


class Silent:
    def __call__(self, stage: str, done: int, total: int | None) -> None:
        pass

    def close(self) -> None:
        pass


def progress_display(console: Console, quiet: bool = False):
    """The display for this console: nothing when quiet, a bar on a terminal, plain lines elsewhere."""
    if quiet:
        return Silent()
    return BarProgress(console) if console.is_terminal else PlainProgress(console)
