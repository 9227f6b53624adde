"""Bounded load test of `kg serve`: a fixed number of concurrent clients on 127.0.0.1 for a fixed time.

    python benchmarks/load_serve.py [--out out/] [--clients 8] [--seconds 20] [--workers 4]
    python benchmarks/load_serve.py --slow 2 --clients 1 --timeout 3 --seconds 30   # mixed load

Without --out it serves the hand-made graph of tests/rdf_fixtures.py. Each client loops over the query library
(GET, JSON results). Prints requests served, error rate and latency percentiles.

Mixed load (--slow N): N more clients loop on a query that always runs into the time-out, while the others
loop on a trivial ASK (pausing --pause s between requests); latency percentiles are of those fast queries.
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
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def _slow_client(url: str, stop_at: float, outcomes: list[int]) -> None:
    while time.perf_counter() < stop_at:
        request = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": HEAVY}))
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                response.read()
                outcomes.append(response.status)
        except urllib.error.HTTPError as error:
            outcomes.append(error.code)


def _client(url: str, queries: list[str], stop_at: float, latencies: list[float], errors: list[str],
            pause: float = 0.0) -> None:
    i = 0
    while time.perf_counter() < stop_at:
        time.sleep(pause)
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
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--long-queries", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=10.0)
    parser.add_argument("--slow", type=int, default=0, help="clients looping on a query that hits the time-out")
    parser.add_argument("--ask", action="store_true", help="fast clients send the trivial ASK (implied by --slow)")
    parser.add_argument("--pause", type=float, default=0.05, help="pause between fast queries in mixed load")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out
        if out is None:
            sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
            from rdf_fixtures import fixture_graph

            from kg.rdf import write_rdf

            out = Path(tmp)
            write_rdf(fixture_graph(), out)
        app = make_app(out, workers=args.workers, long_queries=args.long_queries, timeout_s=args.timeout)
        server = make_server(app, "127.0.0.1", 0)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{server.server_address[1]}/sparql"
        if args.slow or args.ask:
            queries, pause = ["ASK { ?s ?p ?o }"], args.pause
        else:
            queries, pause = [bind(resolve_query(name), BINDINGS.get(name)) for name in list_queries()], 0.0
        latencies: list[float] = []
        errors: list[str] = []
        slow_outcomes: list[int] = []
        stop_at = time.perf_counter() + args.seconds
        clients = [threading.Thread(target=_slow_client, args=(url, stop_at, slow_outcomes))
                   for _ in range(args.slow)]
        clients += [threading.Thread(target=_client, args=(url, queries, stop_at, latencies, errors, pause))
                    for _ in range(args.clients)]
        for thread in clients:
            thread.start()
        for thread in clients:
            thread.join()
        server.shutdown()
        server.server_close()
        app.close()
    total = len(latencies) + len(errors)
    print(f"{args.clients} clients x {args.seconds:g} s, {args.workers} short + {args.long_queries} long query "
          f"slots, {len(queries)} queries")
    if args.slow:
        timed_out = sum(1 for status in slow_outcomes if status == 503)
        print(f"slow clients: {args.slow}, heavy queries answered {len(slow_outcomes)} "
              f"(503 time-out or refused: {timed_out}), time-out {args.timeout:g} s")
    print(f"requests: {total}  ({total / args.seconds:.0f}/s)  errors: {len(errors)} ({100 * len(errors) / max(total, 1):.2f} %)")
    if latencies:
        ms = [1000 * x for x in latencies]
        print(f"latency ms: p50 {percentile(ms, 50):.1f}  p95 {percentile(ms, 95):.1f}  p99 {percentile(ms, 99):.1f}"
              f"  max {max(ms):.1f}")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
