"""`kg build --cluster`: extraction on a Dask cluster writes the same files as a local build."""

from __future__ import annotations

from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def output_files(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and ".cache" not in p.relative_to(out).parts}


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address="127.0.0.1:0", silence_logs=40) as local:
        yield local


def test_cluster_build_equals_local_build(cluster, seeds_out, tmp_path, monkeypatch):
    import kg.distributed
    from kg.build import build

    monkeypatch.setattr(kg.distributed, "TASK_ARTICLES", 2)  # three tasks for five seeds: both workers busy
    report = build([str(SEEDS)], tmp_path / "out", cluster=cluster.scheduler_address, cache=False)

    assert report.exit_code == 0 and report.counts["articles"] == 5
    remote, local = output_files(tmp_path / "out"), output_files(seeds_out)
    assert sorted(remote) == sorted(local)
    assert [name for name in local if remote[name] != local[name]] == []

    # each worker kept the plugin (and so its pipeline) for the next build
    with distributed.Client(cluster.scheduler_address) as client:
        has_plugin = client.run(lambda dask_worker: kg.distributed.PLUGIN_NAME in dask_worker.plugins)
    assert sorted(has_plugin.values()) == [True, True]


def test_cluster_refuses_workers_running_other_code(cluster, tmp_path, monkeypatch):
    import kg.cache
    import kg.distributed
    from kg.build import build

    kg.cache.code_version()  # computed before the client's view is changed below
    monkeypatch.setattr(kg.cache, "code_version", lambda: "client runs another kg")
    with pytest.raises(kg.distributed.VersionMismatch):
        build([str(SEEDS / "000_b99a79c0a7bb7213.txt")], tmp_path / "out", cluster=cluster.scheduler_address,
              cache=False)
    assert not (tmp_path / "out" / "report.json").exists()
