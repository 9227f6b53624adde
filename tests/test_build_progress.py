"""Progress of `kg build` (issue 13, item 7): the library reports through a callback; the CLI draws a bar on a
terminal, plain periodic lines elsewhere, nothing with --quiet, always on stderr."""

from __future__ import annotations

import io
import json
import shutil

from build_fixtures import ROOT
from rich.console import Console
from typer.testing import CliRunner

from kg.build import build
from kg.build_progress import BarProgress, PlainProgress, progress_display
from kg.cli import app

SEEDS = ROOT / "seeds"
STAGES = ["graph", "write triples.jsonl", "write graph.graphml", "write graph.gexf", "write nodes.csv",
          "write edges.csv", "write index.html", "write graph.png",
          "write graph.ttl, graph.trig, graph.nq, graph.jsonld, ontology.ttl", "write report.json"]


def _corpus(tmp_path):
    """Two seed files and a JSONL file of two articles (one blank line): four articles expected."""
    folder = tmp_path / "in"
    folder.mkdir()
    for seed in ("000_b99a79c0a7bb7213", "004_675986af5fcbd24d"):
        shutil.copyfile(SEEDS / f"{seed}.txt", folder / f"{seed}.txt")
    lines = [json.dumps({"id": s, "text": (SEEDS / f"{s}.txt").read_text("utf-8")}, ensure_ascii=False)
             for s in ("001_674095f15dbdd021", "003_0d9d01209cccd38e")]
    (folder / "more.jsonl").write_text(lines[0] + "\n\n" + lines[1] + "\n", "utf-8")
    return folder


def test_library_reports_total_then_each_stage(tmp_path):
    calls = []
    build([str(_corpus(tmp_path))], tmp_path / "out", jobs=1, progress=lambda *call: calls.append(call))
    extract = [c for c in calls if c[0] == "extract"]
    assert extract == [("extract", n, 4) for n in range(5)]
    assert [c[0] for c in calls if c[0] != "extract"] == STAGES
    assert calls.index(("extract", 4, 4)) < calls.index(("graph", 0, None))


def test_total_shrinks_by_inputs_skipped_before_extraction(tmp_path):
    folder = _corpus(tmp_path)
    (folder / "empty.txt").write_text("   \n", "utf-8")  # skipped by ingest: no text
    calls = []
    build([str(folder)], tmp_path / "out", jobs=1, progress=lambda *call: calls.append(call))
    extract = [c for c in calls if c[0] == "extract"]
    assert extract[0] == ("extract", 0, 5) and extract[-1] == ("extract", 4, 4)


class _Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def test_plain_lines_are_periodic_and_end_with_the_total():
    out, clock = io.StringIO(), _Clock()
    plain = PlainProgress(Console(file=out, width=200), interval=5.0, clock=clock)
    plain("extract", 0, 600)
    for done in range(1, 601):
        clock.now += 0.025  # 40 articles/s: 15 s in all
        plain("extract", done, 600)
    plain("graph", 0, None)
    plain("write index.html", 0, None)
    plain.close()
    assert out.getvalue().splitlines() == [
        "extract: 0/600 articles (0.0 articles/s, ETA ?)",
        "extract: 200/600 articles (40.0 articles/s, ETA 0:00:10)",
        "extract: 400/600 articles (40.0 articles/s, ETA 0:00:05)",
        "extract: 600/600 articles (40.0 articles/s, ETA 0:00:00)",
        "graph",
        "write index.html",
    ]


def test_bar_on_a_terminal_shows_total_rate_and_eta():
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=120, color_system=None)
    assert isinstance(progress_display(console), BarProgress)
    bar = progress_display(console)
    bar("extract", 0, 30)
    bar("extract", 12, 30)
    bar.bar.refresh()  # rich redraws on a timer; draw this state now
    bar("write index.html", 0, None)
    bar("extract", 30, 30)
    bar.close()
    text = out.getvalue()
    assert "12/30 articles" in text and "30/30 articles" in text and "/s" in text and "ETA" in text
    assert "· write index.html" in text


def test_cli_prints_plain_progress_to_stderr_and_quiet_silences_it(tmp_path):
    folder = _corpus(tmp_path)
    runner = CliRunner()
    result = runner.invoke(app, ["build", str(folder), "--out", str(tmp_path / "out"), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert lines[0] == "extract: 0/4 articles (0.0 articles/s, ETA ?)"
    assert lines[1].startswith("extract: 4/4 articles (") and lines[1].endswith("ETA 0:00:00)")
    assert lines[2:2 + len(STAGES)] == STAGES and lines[2 + len(STAGES)].startswith("built ")
    assert result.stdout == ""
    quiet = runner.invoke(app, ["build", str(folder), "--out", str(tmp_path / "out2"), "--jobs", "1", "--quiet"])
    assert quiet.exit_code == 0 and quiet.output == ""
