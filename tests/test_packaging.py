"""Packaging (issue 13, item 5): a wheel built from the sources, installed (not editable) into a fresh virtual
environment, runs `kg build`, `kg query cooperation` (the queries ride in the wheel as kg/queries) and `kg serve`.

Offline by design: the wheel is built without build isolation and installed with --no-deps --no-index; the fresh
environment sees this environment's dependencies through a .pth file (not through its editable kg, whose import
hook lives in a .pth file that Python does not read from a directory added that way)."""

from __future__ import annotations

import shutil
import site
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "kg", "queries")

pytestmark = pytest.mark.slow


def _run(*args, cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess:
    done = subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=timeout,
                          check=False)
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done


def _can_build_wheels() -> bool:
    try:
        import setuptools.command.bdist_wheel  # noqa: F401  (setuptools >= 70.1)
    except ImportError:
        try:
            import wheel  # noqa: F401
        except ImportError:
            return False
    return True


def _fresh_venv(path: Path) -> Path:
    """A venv without pip or packages whose only view of dependencies is this environment's site-packages."""
    _run(sys.executable, "-m", "venv", "--without-pip", path, cwd=path.parent)
    [purelib] = path.glob("lib/python*/site-packages")
    (purelib / "_kg_test_deps.pth").write_text("\n".join(site.getsitepackages()) + "\n", "utf-8")
    return path / "bin"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    if not _can_build_wheels():
        pytest.skip("setuptools >= 70.1 (or the wheel package) is needed to build a wheel offline")
    src = tmp_path_factory.mktemp("src")
    for name in SOURCES:  # a copy: the build writes build/ and *.egg-info beside the sources
        copy = shutil.copytree if (ROOT / name).is_dir() else shutil.copyfile
        copy(ROOT / name, src / name, **({"ignore": shutil.ignore_patterns("__pycache__")}
                                        if (ROOT / name).is_dir() else {}))
    dist = src / "dist"
    _run(sys.executable, "-m", "pip", "wheel", src, "--no-deps", "--no-build-isolation", "--no-index", "-w", dist,
         cwd=src)
    [built] = dist.glob("kg-*.whl")
    return built


def test_wheel_in_fresh_venv_builds_queries_and_serves(wheel, tmp_path):
    bin_dir = _fresh_venv(tmp_path / "venv")
    _run(sys.executable, "-m", "pip", "--python", bin_dir / "python", "install", "--no-deps", "--no-index", wheel,
         cwd=tmp_path)
    where = _run(bin_dir / "python", "-c", "import kg.query as q; print(q.__file__); print(q.queries_dirs()[0])",
                 cwd=tmp_path).stdout.split("\n")
    assert where[0].startswith(str(tmp_path / "venv")) and where[1].endswith("site-packages/kg/queries"), where

    _run(bin_dir / "kg", "build", ROOT / "seeds", "--out", tmp_path / "out", "--jobs", "1", "--quiet", cwd=tmp_path)
    table = _run(bin_dir / "kg", "query", "cooperation", "--out", tmp_path / "out", cwd=tmp_path).stdout
    assert any(line.split()[:4] == ["Russia", "US-led", "coalition", "1"] for line in table.splitlines()), table
    assert "cooperation" in _run(bin_dir / "kg", "query", "--help", cwd=tmp_path).stdout

    port = _free_port()
    server = subprocess.Popen([bin_dir / "kg", "serve", "--out", tmp_path / "out", "--port", str(port)], cwd=tmp_path,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}/sparql?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
        assert _poll(url) == b"true"
    finally:
        server.terminate()
        server.wait(timeout=30)


def _poll(url: str, seconds: float = 60) -> bytes:
    """The body of the first successful answer (the server loads the graph before it answers)."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            request = urllib.request.Request(url, headers={"Accept": "text/csv"})
            with urllib.request.urlopen(request, timeout=10) as answer:
                return answer.read().split(b"\r\n")[1]
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def test_pip_install_of_the_source_tree_is_not_editable_and_finds_queries(wheel, tmp_path):
    """`pip install .` builds the same wheel (same hook); the installed copy, not the checkout, answers."""
    bin_dir = _fresh_venv(tmp_path / "venv")
    src = wheel.parent.parent
    _run(sys.executable, "-m", "pip", "--python", bin_dir / "python", "install", "--no-deps", "--no-index",
         "--no-build-isolation", src, cwd=tmp_path)
    names = _run(bin_dir / "python", "-c", "from kg.query import list_queries as l, queries_dirs as d;"
                 "print(d()[0]); print(' '.join(l()))", cwd=tmp_path).stdout.split("\n")
    assert names[0].startswith(str(tmp_path / "venv")) and "cooperation" in names[1].split()
    assert len(names[1].split()) == len(list((ROOT / "queries").glob("*.rq")))
