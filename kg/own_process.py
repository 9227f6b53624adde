"""Starting one of kg's own processes (`python -m kg.…`) on the very kg package the caller runs.

A fresh interpreter imports `kg` from its own sys.path, which need not be the caller's: a build run inside
another checkout of kg (`-m` puts the working directory first), or a program that put another checkout first on
its path, would otherwise hand its articles to another kg, whose messages may not be the same (kg.clean_ahead and
kg.export.writer exchange pickles). So the child starts with `-P` (no working directory on its path) and this kg
package's parent first on PYTHONPATH.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def own_module(module: str, *args: str) -> tuple[list[str], dict[str, str]]:
    """(argv, environment) that run `python -m module args…` with this kg package first on the path."""
    package_parent = str(Path(__file__).resolve().parent.parent)
    path = os.environ.get("PYTHONPATH")
    env = {**os.environ, "PYTHONPATH": package_parent if not path else os.pathsep.join((package_parent, path))}
    return [sys.executable, "-P", "-m", module, *args], env
