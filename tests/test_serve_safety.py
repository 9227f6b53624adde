"""kg serve and kg query never open a network connection; slow queries cannot starve fast ones; startup
failures are one line and exit 2."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from rdf_fixtures import fixture_graph

from kg.rdf import write_rdf
from kg.serve import make_app, make_server

HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    write_rdf(fixture_graph(), out)
    return out


@pytest.fixture(scope="module")
def endpoint(out_dir):
    app = make_app(out_dir, timeout_s=3, workers=4, long_queries=2, short_s=1.0)
    server = make_server(app, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql"
    server.shutdown()
    server.server_close()
    app.close()


class Listener:
    """A TCP socket on 127.0.0.1 that records every connection made to it."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.1)
        self.port = self.sock.getsockname()[1]
        self.connections: list[bytes] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self):
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            conn.settimeout(1)
            try:
                self.connections.append(conn.recv(4096))
            except OSError:
                self.connections.append(b"")
            conn.close()

    def close(self):
        time.sleep(0.5)  # a connection attempt in flight would arrive by now
        self._stop.set()
        self._thread.join()
        self.sock.close()


@pytest.fixture
def listener():
    lis = Listener()
    yield lis
    lis.close()


def _service_queries(port: int) -> list[str]:
    url = f"http://127.0.0.1:{port}/sparql"
    return [
        f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"select * where {{ service silent <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ VALUES ?e {{ <{url}> }} SERVICE ?e {{ ?s ?p ?o }} }}",
        f"PREFIX r: <http://127.0.0.1:{port}/> SELECT * WHERE {{ ?s ?p ?o . SERVICE r:sparql {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ \\u0053ERVICE <{url}> {{ ?s ?p ?o }} }}",
    ]


def _get(url, params, accept=None, timeout=30):
    query = urllib.parse.urlencode(params, doseq=True)
    request = urllib.request.Request(url + "?" + query, headers={"Accept": accept} if accept else {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def test_the_listener_sees_oxigraph_federate(listener):
    """The premise: unguarded, Oxigraph does connect (so the tests below would notice if kg did)."""
    import pyoxigraph

    with contextlib.suppress(OSError):  # the listener hangs up without answering
        list(pyoxigraph.Store().query(_service_queries(listener.port)[0]))
    listener.close()
    assert len(listener.connections) == 1 and listener.connections[0].startswith(b"POST /sparql")
    listener.connections.clear()


def test_serve_refuses_service_and_connects_nowhere(endpoint, listener):
    for query in _service_queries(listener.port):
        for method in ("GET", "POST"):
            if method == "GET":
                status, body = _get(endpoint, {"query": query})
            else:
                request = urllib.request.Request(endpoint, data=query.encode(), method="POST",
                                                 headers={"Content-Type": "application/sparql-query"})
                try:
                    urllib.request.urlopen(request, timeout=30)
                    status, body = 200, ""
                except urllib.error.HTTPError as error:
                    status, body = error.code, error.read().decode()
            assert (status, body.strip()) == (400, ("SERVICE is not allowed: kg answers from its own graph only "
                                                    "and never queries other endpoints")), query
    # graph names pointing at the listener are names in the store, never fetched
    remote = f"http://127.0.0.1:{listener.port}/data.ttl"
    assert _get(endpoint, {"query": f"ASK FROM <{remote}> {{ ?s ?p ?o }}"}, "text/csv") == (200, "_askResult\r\nfalse\r\n")
    assert _get(endpoint, {"query": "ASK { ?s ?p ?o }", "default-graph-uri": remote, "named-graph-uri": remote},
                "text/csv") == (200, "_askResult\r\nfalse\r\n")
    assert _get(endpoint, {"query": f"DESCRIBE <{remote}>"}, "application/n-triples") == (200, "")
    listener.close()
    assert listener.connections == []


def test_kg_query_refuses_service_in_one_line(out_dir, listener):
    for query in _service_queries(listener.port)[:3]:
        done = subprocess.run([sys.executable, "-m", "kg", "query", query, "--out", str(out_dir)],
                              capture_output=True, text=True, timeout=60, check=False)
        assert done.returncode == 2, done.stderr
        assert done.stdout == ""
        assert done.stderr == ("error: SERVICE is not allowed: kg answers from its own graph only and never "
                               "queries other endpoints\n")
    listener.close()
    assert listener.connections == []


@pytest.mark.slow
def test_fast_query_answers_while_two_clients_hit_the_timeout(endpoint):
    """Two clients loop on a query that runs into the 3 s time-out; an ASK sent every 0.1 s meanwhile must
    answer within 0.5 s each time (on a 2-core machine with other work running: the margin is wide)."""
    stop = time.monotonic() + 4.0
    slow_answers: list[tuple[int, str]] = []

    def slow_client():
        while time.monotonic() < stop:
            slow_answers.append(_get(endpoint, {"query": HEAVY}))

    clients = [threading.Thread(target=slow_client) for _ in range(2)]
    for client in clients:
        client.start()
    time.sleep(0.2)  # both heavy queries are running
    latencies = []
    while time.monotonic() < stop:
        began = time.perf_counter()
        answer = _get(endpoint, {"query": "ASK { ?s ?p ?o }"}, "text/csv", timeout=5)
        latencies.append(time.perf_counter() - began)
        assert answer == (200, "_askResult\r\ntrue\r\n")
        time.sleep(0.1)
    for client in clients:
        client.join()
    assert (503, "query timed out after 3 s\n") in slow_answers
    assert len(latencies) >= 20
    assert max(latencies) <= 0.5, sorted(latencies)[-5:]


def test_a_third_long_query_is_stopped_not_queued(out_dir):
    """With the long lane full, a query still running after short_s is stopped with 503 and Retry-After."""
    app = make_app(out_dir, timeout_s=3, workers=2, long_queries=1, short_s=0.3)
    server = make_server(app, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/sparql"
    try:
        first = threading.Thread(target=_get, args=(url, {"query": HEAVY}))
        first.start()
        time.sleep(0.6)  # the first is in the long lane now
        request = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": HEAVY}))
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=10)
        assert refused.value.code == 503 and refused.value.headers["Retry-After"] == "3"
        assert refused.value.read().decode() == ("stopped after 0.3 s: 1 long queries are already running; "
                                                 "try again later\n")
        first.join()
    finally:
        server.shutdown()
        server.server_close()
        app.close()


# ---- startup failures: one line on stderr, exit 2, no banner, no traceback ------------------------------------


def _kg_serve(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", "serve", *args], capture_output=True, text=True, timeout=60, check=False)


def test_serve_without_a_build(tmp_path):
    done = _kg_serve("--out", str(tmp_path / "out"), "--port", "0")
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (f"error: cannot load the graph in {tmp_path}/out: {tmp_path}/out/graph.nq not found: "
                           f"run `kg build --out {tmp_path}/out` first\n")


def test_serve_with_a_damaged_graph(tmp_path):
    (tmp_path / "graph.nq").write_text("<urn:a> <urn:b> oops .\n", "utf-8")
    done = _kg_serve("--out", str(tmp_path), "--port", "0")
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.startswith(f"error: cannot load the graph in {tmp_path}: ")
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


def test_serve_on_a_busy_port(out_dir):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        done = _kg_serve("--out", str(out_dir), "--port", str(port))
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == f"error: cannot listen on 127.0.0.1:{port}: already in use\n"
