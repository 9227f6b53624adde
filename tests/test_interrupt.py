"""No half-written outputs (issue 7, part 2): a killed, interrupted or failed build leaves the previous `out/`.

`kg build` writes into a staging folder beside `out/` and swaps it in at the end, so whatever stops a build —
kill -9, Ctrl-C, a full disk, an exporter's bug — the previous build stays complete and readable, and what a
killed build left behind is cleared by the next one.
"""

from __future__ import annotations

import errno
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from build_fixtures import ROOT, assert_outputs_parse, copy_good, has_triple, run_kg, snapshot

SEEDS = ROOT / "seeds"


def _outputs(out: Path) -> dict[str, bytes]:
    """The build's files, without its extraction cache (which a killed build may extend: that is its job)."""
    return {name: data for name, data in snapshot(out).items() if not name.startswith(".cache")}


def _leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}."))


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> tuple[Path, Path]:
    """(input, out) of a build of seed 004, made once; each test gets a copy of `out`."""
    from kg.build import build

    base = tmp_path_factory.mktemp("template")
    good = copy_good(base / "in")
    assert build([str(good)], base / "out").exit_code == 0
    return good, base / "out"


@pytest.fixture
def previous(template, tmp_path) -> tuple[Path, Path, dict[str, bytes]]:
    """(input, out, out's files): a copy of an earlier build, with its extraction cache, so that rebuilding the
    same input with --explain (a different build, every output rewritten) needs no NLP pipeline."""
    good, built = template
    out = Path(shutil.copytree(built, tmp_path / "out"))
    return good, out, _outputs(out)


def _assert_previous_intact(out: Path, files: dict[str, bytes]) -> None:
    assert _outputs(out) == files
    assert assert_outputs_parse(out)["report.json"] == 1
    assert has_triple(out, "good", "Russia", "agree", "Turkey")


def _start(args: list[str], prelude: str = "") -> subprocess.Popen:
    """`kg ARGS` in a fresh Python, after running `prelude` (to slow it down at a chosen point)."""
    code = f"import sys\n{prelude}\nfrom kg.cli import app\nsys.argv = ['kg'] + {args!r}\napp()\n"
    return subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def _wait_until(condition, proc: subprocess.Popen, timeout: float = 240) -> bool:
    """Poll `condition` every 2 ms; False if the process ended first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        if proc.poll() is not None:
            return False
        time.sleep(0.002)
    proc.kill()
    raise AssertionError(f"the build neither got there nor ended in {timeout} s")


def _staging_with_files(out: Path, pid: int) -> list[Path]:
    try:
        return [p for p in out.parent.iterdir()
                if p.name.startswith(f".{out.name}.building-{pid}-") and any(p.iterdir())]
    except FileNotFoundError:  # the folder was swapped away between the two calls
        return []


def test_kill_9_while_writing_outputs_leaves_previous_out(previous, template):
    good, out, files = previous
    for _attempt in range(3):  # the write phase lasts about a second; should the poll miss it, try again
        proc = _start(["build", str(good), str(SEEDS / "000_b99a79c0a7bb7213.txt"), "--out", str(out), "--jobs", "1"])
        if _wait_until(lambda p=proc: _staging_with_files(out, p.pid), proc):
            break
        assert proc.wait() == 0, proc.communicate()[0].decode()  # it finished first: start again
        shutil.rmtree(out)
        shutil.copytree(template[1], out)
    else:
        pytest.fail("the build was never caught while writing its outputs")
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    staging = _leftovers(out)
    assert staging and all(name.startswith(f".out.building-{proc.pid}-") for name in staging)
    _assert_previous_intact(out, files)
    # the next build clears what the killed one left and succeeds
    code, console = run_kg("build", str(good), "--out", str(out), "--explain")
    assert code == 0, console
    assert _leftovers(out) == []
    assert (out / "explain.jsonl").is_file()
    assert_outputs_parse(out)


# Without an atomic folder exchange (renameat2 is Linux-only), `out` is renamed aside, then the new build renamed
# in: stop the build between the two renames, as a kill could.
_BETWEEN_RENAMES = """
import os, time
from pathlib import Path
import kg.build
kg.build._exchange = lambda staging, out: False
_replace = os.replace
def _slow_replace(src, dst):
    _replace(src, dst)
    if '.old-' in str(dst):
        Path(str(dst) + '.reached').touch()
        time.sleep(300)
os.replace = _slow_replace
"""


def test_kill_9_between_the_two_renames_is_undone_by_the_next_build(previous):
    good, out, files = previous
    proc = _start(["build", str(good), "--out", str(out), "--explain"], _BETWEEN_RENAMES)
    retired = out.parent / f".out.old-{proc.pid}"
    assert _wait_until(lambda: Path(f"{retired}.reached").exists(), proc), proc.communicate()[0].decode()
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    Path(f"{retired}.reached").unlink()
    assert not out.exists() and retired.is_dir()
    # any later build first puts the previous one back, even one that then stops on a usage error
    code, console = run_kg("build", str(out.parent / "missing.txt"), "--out", str(out))
    assert (code, console) == (2, f"error: {out.parent / 'missing.txt'}: no such file or directory")
    assert _leftovers(out) == []
    _assert_previous_intact(out, files)


def _fail_gexf(monkeypatch, error: BaseException) -> None:
    def write_gexf(graph, path):
        Path(path).write_text("<gexf", encoding="utf-8")  # half a file, as a crash mid-write leaves
        raise error

    monkeypatch.setattr("kg.export.gexf.write_gexf", write_gexf)


def test_disk_full_during_export_leaves_previous_out(previous, monkeypatch):
    good, out, files = previous
    _fail_gexf(monkeypatch, OSError(errno.ENOSPC, "No space left on device"))
    code, console = run_kg("build", str(good), "--out", str(out), "--explain")
    # the stage lines of the progress report come first; the last line says what happened
    assert code == 3 and console.endswith(f"error: [Errno 28] No space left on device; {out}/ was left as it was")
    assert _leftovers(out) == []
    _assert_previous_intact(out, files)


def test_ctrl_c_during_export_leaves_previous_out(previous, monkeypatch):
    good, out, files = previous
    _fail_gexf(monkeypatch, KeyboardInterrupt())
    code, console = run_kg("build", str(good), "--out", str(out), "--explain")
    assert code == 130 and console.endswith(f"interrupted: {out}/ was left as it was")
    assert _leftovers(out) == []
    _assert_previous_intact(out, files)


def test_exporter_bug_leaves_previous_out(previous, monkeypatch):
    good, out, files = previous
    _fail_gexf(monkeypatch, RuntimeError("exporter bug"))
    with pytest.raises(RuntimeError, match="exporter bug"):
        run_kg("build", str(good), "--out", str(out), "--explain")
    assert _leftovers(out) == []
    _assert_previous_intact(out, files)


def test_refuses_to_replace_a_folder_that_is_not_a_build(tmp_path):
    good = copy_good(tmp_path / "in")
    mine = tmp_path / "thesis"
    (mine / "chapters").mkdir(parents=True)
    (mine / "thesis.tex").write_text("\\chapter{Nga và Thổ Nhĩ Kỳ}\n", encoding="utf-8")
    (mine / "chapters" / "1.tex").write_text("\\section{Syria}\n", encoding="utf-8")
    before = snapshot(mine)
    code, console = run_kg("build", str(good), "--out", str(mine))
    message = f"error: --out {mine} holds files that are not a kg build; choose an empty or new folder"
    assert (code, console) == (2, message)
    assert snapshot(mine) == before
    assert _leftovers(mine) == []


def test_builds_into_a_folder_holding_only_gitkeep_and_cache(template, tmp_path):
    good, built = template
    out = tmp_path / "out"
    shutil.copytree(built / ".cache", out / ".cache")
    (out / ".gitkeep").write_bytes(b"")
    code, _ = run_kg("build", str(good), "--out", str(out))
    assert code == 0
    assert (out / ".gitkeep").read_bytes() == b""
    assert has_triple(out, "good", "Russia", "agree", "Turkey")


def test_outputs_are_ordinary_readable_files(template):
    out = template[1]
    for path in out.iterdir():
        if path.is_file():
            assert path.stat().st_mode & 0o444 == 0o444 & ~_umask(), path.name
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
