"""kg serve against the SPARQL 1.1 Protocol: W3C protocol test cases, dataset parameters, content negotiation by
query form, HEAD; with http.client, SPARQLWrapper and roqet (rasqal-utils) as clients."""

from __future__ import annotations

import http.client
import json
import shutil
import subprocess
import threading
from urllib.parse import quote, urlencode

import pytest
import rdflib
from SPARQLWrapper import JSON, JSONLD, RDFXML, TURTLE, SPARQLWrapper

from kg.serve import make_app, make_server

DATA = "http://kasei.us/2009/09/sparql/data/"  # the graph names of the W3C protocol tests
D1, D2, D3 = (f"{DATA}data{i}.rdf" for i in (1, 2, 3))
FOAF_DOC = "http://xmlns.com/foaf/0.1/Document"
TITLE = "http://purl.org/dc/terms/title"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """An endpoint over three named graphs, each describing itself (as the W3C tests' data1-3.rdf)."""
    out = tmp_path_factory.mktemp("w3c")
    lines = [f'<{g}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{FOAF_DOC}> <{g}> .\n'
             f'<{g}> <{TITLE}> "data {i}"@en <{g}> .\n' for i, g in enumerate((D1, D2, D3), 1)]
    (out / "graph.nq").write_text("".join(lines), "utf-8")
    app = make_app(out, timeout_s=5, workers=2)
    httpd = make_server(app, "127.0.0.1", 0)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield httpd.server_address[1]
    httpd.shutdown()
    httpd.server_close()
    app.close()


def call(port, method, target, body=None, headers=None):
    """(status, headers, body) of one request, sent exactly as given (no header added by the client)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.putrequest(method, target, skip_accept_encoding=True)
    data = body.encode("utf-8") if isinstance(body, str) else body
    for name, value in (headers or {}).items():
        conn.putheader(name, value)
    if data is not None:
        conn.putheader("Content-Length", str(len(data)))
    conn.endheaders(data)
    response = conn.getresponse()
    payload = response.read()
    conn.close()
    return response.status, dict(response.getheaders()), payload.decode("utf-8")


def q(**params) -> str:
    return "/sparql?" + urlencode([(k.replace("_", "-"), v) for k, vs in params.items()
                                   for v in (vs if isinstance(vs, list) else [vs])])


def boolean(body: str) -> bool:
    return json.loads(body)["boolean"]


ASK_D1_D2 = f"ASK {{ <{D1}> a ?type . <{D2}> a ?type . }}"
ASK_NAMED = f"ASK {{ GRAPH ?g1 {{ <{D1}> a ?type }} GRAPH ?g2 {{ <{D2}> a ?type }} }}"
ASK_FULL = f"ASK {{ <{D3}> a ?type GRAPH ?g1 {{ <{D1}> a ?type }} GRAPH ?g2 {{ <{D2}> a ?type }} }}"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
DIRECT = {"Content-Type": "application/sparql-query"}
JSON_ACCEPT = {"Accept": "application/sparql-results+json"}

# (W3C test name, method, target, body, headers, expected status, expected boolean or None)
W3C_CASES = [
    ("query_get", "GET", q(query="ASK {}"), None, {}, 200, True),
    ("query_post_form", "POST", q(default_graph_uri=f"{DATA}data0.rdf"), "query=ASK%20%7B%7D", FORM, 200, True),
    ("query_post_direct", "POST", "/sparql", "ASK {}", DIRECT, 200, True),
    ("query_dataset_default_graphs_get", "GET", q(query=ASK_D1_D2, default_graph_uri=[D1, D2]), None, {}, 200,
     True),
    ("query_dataset_default_graphs_post", "POST", q(default_graph_uri=[D1, D2]), ASK_D1_D2, DIRECT, 200, True),
    ("query_dataset_default_graphs_form", "POST", "/sparql",
     urlencode([("query", ASK_D1_D2), ("default-graph-uri", D1), ("default-graph-uri", D2)]), FORM, 200, True),
    ("query_dataset_named_graphs_post", "POST", q(named_graph_uri=[D1, D2]), ASK_NAMED, DIRECT, 200, True),
    ("query_dataset_named_graphs_get", "GET", q(query=ASK_NAMED, named_graph_uri=[D1, D2]), None, {}, 200, True),
    ("query_dataset_full", "POST", q(default_graph_uri=D3, named_graph_uri=[D1, D2]), ASK_FULL, DIRECT, 200,
     True),
    ("query_multiple_dataset", "POST", q(default_graph_uri=D1), f"ASK FROM <{D2}> {{ <{D1}> ?p ?o }}", DIRECT,
     200, True),
    # the same dataset rules, seen failing when the graph is left out
    ("default_graph_excludes_others", "GET", q(query=f"ASK {{ <{D2}> ?p ?o }}", default_graph_uri=D1), None, {},
     200, False),
    ("named_graphs_only_those_named", "GET", q(query=f"ASK {{ GRAPH <{D3}> {{ ?s ?p ?o }} }}",
                                               named_graph_uri=[D1, D2]), None, {}, 200, False),
    ("no_dataset_is_the_union", "GET", q(query=ASK_D1_D2), None, {}, 200, True),
    ("from_clause_without_protocol_dataset", "GET", q(query=f"ASK FROM <{D1}> {{ <{D2}> ?p ?o }}"), None, {},
     200, False),
    ("bad_query_method", "PUT", q(query="ASK {}"), None, {}, 405, None),
    ("bad_multiple_queries", "GET", q(query=["ASK {}", "SELECT * {}"]), None, {}, 400, None),
    ("bad_query_wrong_media_type", "POST", "/sparql", "ASK {}", {"Content-Type": "text/plain"}, 415, None),
    ("bad_query_missing_form_type", "POST", "/sparql", "query=ASK%20%7B%7D", {}, 415, None),
    ("bad_query_missing_direct_type", "POST", "/sparql", "ASK {}", {}, 415, None),
    ("bad_query_non_utf8", "POST", "/sparql", "ASK {}".encode("utf-16"),
     {"Content-Type": "application/sparql-query; charset=UTF-16"}, 415, None),
    ("bad_query_syntax", "GET", q(query="ASK {"), None, {}, 400, None),
    ("bad_update_get", "GET", q(update="CLEAR ALL"), None, {}, 403, None),
    ("update_post_form", "POST", "/sparql", "update=CLEAR%20ALL", FORM, 403, None),
    ("update_post_direct", "POST", "/sparql", "CLEAR ALL", {"Content-Type": "application/sparql-update"}, 403,
     None),
    ("update_as_query", "POST", "/sparql", "INSERT DATA { <urn:a> <urn:b> <urn:c> }", DIRECT, 403, None),
    ("bad_graph_iri", "GET", q(query="ASK {}", default_graph_uri="not an iri"), None, {}, 400, None),
]


@pytest.mark.parametrize("name, method, target, body, headers, status, expected", W3C_CASES,
                         ids=[case[0] for case in W3C_CASES])
def test_w3c_protocol_case(server, name, method, target, body, headers, status, expected):
    got_status, got_headers, got_body = call(server, method, target, body, {**JSON_ACCEPT, **headers})
    assert got_status == status, got_body
    if expected is not None:
        assert got_headers["Content-Type"] == "application/sparql-results+json; charset=utf-8"
        assert boolean(got_body) is expected
    else:
        assert got_headers["Content-Type"] == "text/plain; charset=utf-8" and got_body.strip()


def test_refusal_messages(server):
    assert call(server, "GET", q(query=["ASK {}", "ASK {}"]))[2] == "more than one 'query': send exactly one query\n"
    assert call(server, "GET", q(update="CLEAR ALL"))[2] == "this endpoint is read-only: SPARQL UPDATE is refused\n"
    assert call(server, "POST", "/sparql", "ASK {}", {"Content-Type": "text/plain"})[2] == (
        "unsupported Content-Type text/plain: POST application/sparql-query or application/x-www-form-urlencoded\n")
    assert call(server, "GET", q(query="ASK {"))[2].startswith("malformed query: ")


# ---- content negotiation by query form -------------------------------------------------------------------------

SELECT = f"SELECT ?t WHERE {{ <{D1}> <{TITLE}> ?t }}"
CONSTRUCT = f"CONSTRUCT {{ ?s <{TITLE}> ?t }} WHERE {{ ?s <{TITLE}> ?t FILTER(?s = <{D1}>) }}"


@pytest.mark.parametrize("accept, ctype, body", [
    ("application/sparql-results+json", "application/sparql-results+json",
     ('{"head": {"vars": ["t"]}, "results": {"bindings": [{"t": {"type": "literal", "value": "data 1", '
      '"xml:lang": "en"}}]}}')),
    ("application/sparql-results+xml", "application/sparql-results+xml",
     ('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>\n'
      '<variable name="t"/>\n</head>\n<results>\n<result><binding name="t"><literal xml:lang="en">data 1</literal>'
      '</binding></result>\n</results>\n</sparql>\n')),
    ("text/csv", "text/csv", "t\r\ndata 1\r\n"),
    ("text/tab-separated-values", "text/tab-separated-values", '?t\n"data 1"@en\n'),
    ("*/*", "application/sparql-results+json", None),
    ("text/turtle;q=0.9, text/csv;q=0.5, application/sparql-results+xml;q=0.8", "application/sparql-results+xml",
     None),
])
def test_select_formats(server, accept, ctype, body):
    status, headers, got = call(server, "GET", q(query=SELECT), headers={"Accept": accept})
    assert (status, headers["Content-Type"]) == (200, f"{ctype}; charset=utf-8")
    if body is not None:
        assert (json.loads(got) if ctype.endswith("json") else got) == (
            json.loads(body) if ctype.endswith("json") else body)


@pytest.mark.parametrize("accept, body", [
    ("application/sparql-results+json", '{"head": {}, "boolean": true}\n'),
    ("application/sparql-results+xml", ('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                                        "\n<head>\n</head>\n<boolean>true</boolean>\n</sparql>\n")),
    ("text/csv", "_askResult\r\ntrue\r\n"),
    ("text/tab-separated-values", "?_askResult\ntrue\n"),
])
def test_ask_formats(server, accept, body):
    assert call(server, "GET", q(query="ASK {}"), headers={"Accept": accept})[::2] == (200, body)


@pytest.mark.parametrize("accept, ctype, rdflib_format", [
    ("text/turtle", "text/turtle", "turtle"),
    ("application/n-triples", "application/n-triples", "nt"),
    ("application/rdf+xml", "application/rdf+xml", "xml"),
    ("application/ld+json", "application/ld+json", "json-ld"),
    ("*/*", "text/turtle", "turtle"),
    ("application/sparql-results+json;q=0.9, application/ld+json;q=0.5", "application/ld+json", "json-ld"),
])
def test_construct_formats(server, accept, ctype, rdflib_format):
    status, headers, body = call(server, "GET", q(query=CONSTRUCT), headers={"Accept": accept})
    assert (status, headers["Content-Type"]) == (200, f"{ctype}; charset=utf-8")
    graph = rdflib.Graph().parse(data=body, format=rdflib_format)
    assert set(graph) == {(rdflib.URIRef(D1), rdflib.URIRef(TITLE), rdflib.Literal("data 1", lang="en"))}


def test_describe_is_a_graph(server):
    status, headers, body = call(server, "GET", q(query=f"DESCRIBE <{D2}>", default_graph_uri=D2),
                                 headers={"Accept": "application/n-triples"})
    assert (status, headers["Content-Type"]) == (200, "application/n-triples; charset=utf-8")
    assert sorted(body.splitlines()) == [
        f'<{D2}> <{TITLE}> "data 2"@en .',
        f"<{D2}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{FOAF_DOC}> .",
    ]


def test_results_only_accept_on_a_graph_query_is_406_naming_graph_formats(server):
    status, _, body = call(server, "GET", q(query=CONSTRUCT), headers={"Accept": "application/sparql-results+xml"})
    assert (status, body) == (406, ("not acceptable (Accept: application/sparql-results+xml): a CONSTRUCT or "
                                    "DESCRIBE query answers with an RDF graph; accept text/turtle, "
                                    "application/n-triples, application/rdf+xml or application/ld+json\n"))
    status, _, body = call(server, "GET", q(query=SELECT), headers={"Accept": "text/turtle"})
    assert (status, body) == (406, ("not acceptable (Accept: text/turtle): a SELECT or ASK query answers with "
                                    "SPARQL results; accept application/sparql-results+json, "
                                    "application/sparql-results+xml, text/csv or text/tab-separated-values\n"))


def test_format_parameter_follows_the_query_form(server):
    assert call(server, "GET", q(query=CONSTRUCT, format="json"))[1]["Content-Type"] == \
        "application/ld+json; charset=utf-8"
    assert call(server, "GET", q(query=SELECT, format="json"))[1]["Content-Type"] == \
        "application/sparql-results+json; charset=utf-8"


def test_head_is_get_without_a_body(server):
    target = q(query=SELECT)
    _, get_headers, get_body = call(server, "GET", target, headers={"Accept": "text/csv"})
    status, headers, body = call(server, "HEAD", target, headers={"Accept": "text/csv"})
    assert (status, body) == (200, "")
    assert (headers["Content-Type"], headers["Content-Length"]) == (get_headers["Content-Type"],
                                                                    str(len(get_body.encode())))
    assert call(server, "HEAD", q(query="ASK {"))[::2] == (400, "")
    # the connection still works after a HEAD (keep-alive)
    assert call(server, "GET", target, headers={"Accept": "text/csv"})[2] == "t\r\ndata 1\r\n"


# ---- real clients ----------------------------------------------------------------------------------------------


def _wrapper(port, query, fmt, method="GET"):
    client = SPARQLWrapper(f"http://127.0.0.1:{port}/sparql")
    client.setQuery(query)
    client.setReturnFormat(fmt)
    client.setMethod(method)
    return client


@pytest.mark.parametrize("fmt", [TURTLE, RDFXML, JSONLD])
def test_sparqlwrapper_construct(server, fmt):
    graph = _wrapper(server, CONSTRUCT, fmt).query().convert()
    graph = graph if isinstance(graph, rdflib.Graph) else rdflib.Graph().parse(data=graph, format=fmt)
    assert set(graph) == {(rdflib.URIRef(D1), rdflib.URIRef(TITLE), rdflib.Literal("data 1", lang="en"))}


def test_sparqlwrapper_dataset_and_ask(server):
    for method in ("GET", "POST"):
        client = _wrapper(server, ASK_FULL, JSON, method)
        client.addDefaultGraph(D3)
        client.addNamedGraph(D1)
        client.addNamedGraph(D2)
        assert client.query().convert()["boolean"] is True
        client = _wrapper(server, ASK_FULL, JSON, method)
        client.addDefaultGraph(D1)
        assert client.query().convert()["boolean"] is False


ROQET = shutil.which("roqet")


@pytest.mark.skipif(ROQET is None, reason="roqet not installed (Debian package rasqal-utils, in .ci/apt.txt)")
def test_roqet_select_and_construct(server):
    endpoint = f"http://127.0.0.1:{server}/sparql"
    query = f"SELECT ?g ?t WHERE {{ GRAPH ?g {{ ?g <{TITLE}> ?t }} }} ORDER BY ?g"
    done = subprocess.run([ROQET, "-q", "-r", "csv", "-p", endpoint, "-e", query], capture_output=True,
                          text=True, timeout=60, check=False)
    assert (done.returncode, done.stdout.splitlines()) == (0, ["g,t", f"{D1},data 1", f"{D2},data 2", f"{D3},data 3"])
    # roqet asks for a graph with `Accept: application/sparql-results+xml` only: that is a 406, not a wrong answer
    done = subprocess.run([ROQET, "-q", "-p", endpoint, "-e", CONSTRUCT], capture_output=True, text=True, timeout=60,
                          check=False)
    assert done.returncode != 0 and "HTTP status 406" in done.stderr


def test_roqet_style_escapes_are_decoded(server):
    """roqet percent-encodes letters (C%4F%4E…); the query still arrives intact."""
    target = "/sparql?query=" + "".join(f"%{ord(c):02X}" if c.isalpha() else quote(c) for c in "ASK {}")
    assert call(server, "GET", target, headers=JSON_ACCEPT)[::2] == (200, '{"head": {}, "boolean": true}\n')
