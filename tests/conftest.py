"""Shared fixtures: one build of the seeds per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seeds_out(tmp_path_factory) -> Path:
    """The output folder of `kg build seeds/` (built once per session)."""
    from kg.build import build

    out = tmp_path_factory.mktemp("seeds") / "out"
    report = build([str(SEEDS)], out, jobs=1)
    assert report.exit_code == 0, report.failed
    return out


@pytest.fixture(scope="session")
def seed_results():
    """ArticleResult per seed article, from the same pipeline the build uses."""
    from kg.build import extract_inputs

    return extract_inputs([str(SEEDS)])


@pytest.fixture(scope="session")
def seed_graph(seed_results):
    """The merged networkx graph of the seeds (the object every exporter consumes)."""
    from kg.graph import build_graph

    return build_graph(seed_results)
