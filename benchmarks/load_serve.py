"""Bounded load test of `kg serve`: a fixed number of concurrent clients on 127.0.0.1 for a fixed time.

    python benchmarks/load_serve.py [--out out/] [--clients 8] [--seconds 20] [--workers 2]

Without --out it serves the hand-made graph of tests/rdf_fixtures.py. Each client loops over the query library
(GET, JSON results). Prints requests served, error rate and latency percentiles.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from kg.query import bind, list_queries, resolve_query
from kg.serve import make_app, make_server

BINDINGS = {"actor-relations": {"actor": "Russia"}, "actor-articles": {"actor": "Russia"}}


def _client(url: str, queries: list[str], stop_at: float, latencies: list[float], errors: list[str]) -> None:
    i = 0
    while time.perf_counter() < stop_at:
        query = queries[i % len(queries)]
        i += 1
        request = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": query}),
                                         headers={"Accept": "application/sparql-results+json"})
        began = time.perf_counter()
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                response.read()
            latencies.append(time.perf_counter() - began)
        except (urllib.error.URLError, OSError) as error:
            errors.append(str(error))


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out
        if out is None:
            sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
            from rdf_fixtures import fixture_graph

            from kg.rdf import write_rdf

            out = Path(tmp)
            write_rdf(fixture_graph(), out)
        app = make_app(out, workers=args.workers)
        server = make_server(app, "127.0.0.1", 0)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{server.server_address[1]}/sparql"
        queries = [bind(resolve_query(name), BINDINGS.get(name)) for name in list_queries()]
        latencies: list[float] = []
        errors: list[str] = []
        stop_at = time.perf_counter() + args.seconds
        clients = [threading.Thread(target=_client, args=(url, queries, stop_at, latencies, errors))
                   for _ in range(args.clients)]
        for thread in clients:
            thread.start()
        for thread in clients:
            thread.join()
        server.shutdown()
        server.server_close()
        app.close()
    total = len(latencies) + len(errors)
    print(f"{args.clients} clients x {args.seconds:g} s, {args.workers} query workers, {len(queries)} queries")
    print(f"requests: {total}  ({total / args.seconds:.0f}/s)  errors: {len(errors)} ({100 * len(errors) / max(total, 1):.2f} %)")
    if latencies:
        ms = [1000 * x for x in latencies]
        print(f"latency ms: p50 {percentile(ms, 50):.1f}  p95 {percentile(ms, 95):.1f}  p99 {percentile(ms, 99):.1f}"
              f"  max {max(ms):.1f}")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
