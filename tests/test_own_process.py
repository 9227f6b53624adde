"""kg's own processes (kg.clean_ahead, kg.export.writer, kg.serve_pool) start on the caller's kg package, even
from a working directory that holds another `kg`: they exchange pickles, so both sides must be the same code."""

from __future__ import annotations

import subprocess

from kg.own_process import own_module


def test_an_own_process_imports_the_callers_kg_not_the_one_in_its_working_directory(tmp_path):
    decoy = tmp_path / "kg"
    decoy.mkdir()
    (decoy / "__init__.py").write_text("raise SystemExit('the decoy kg was imported')\n", encoding="utf-8")
    argv, env = own_module("kg.own_process")
    assert argv[1:] == ["-P", "-m", "kg.own_process"]
    run = subprocess.run(argv, check=False, env=env, cwd=tmp_path, capture_output=True, text=True)
    assert (run.returncode, run.stderr) == (0, "")
    plain = subprocess.run(argv[:1] + argv[2:], check=False, cwd=tmp_path, capture_output=True, text=True)
    assert "the decoy kg was imported" in plain.stderr  # what `python -m` alone would have run
