"""kg serve: SPARQL 1.1 Protocol over the built graph, answered to SPARQLWrapper; read-only and bounded."""

from __future__ import annotations

import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest
from rdf_fixtures import fixture_graph
from SPARQLWrapper import CSV, JSON, TSV, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from kg.rdf import write_rdf
from kg.serve import make_app, make_server

COOPERATE = """PREFIX kg: <https://w3id.org/kg-vn/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?s ?o WHERE { ?a kg:cooperate ?b . ?a rdfs:label ?s . ?b rdfs:label ?o
  FILTER(LANG(?s) = "en" && LANG(?o) = "en") } ORDER BY ?o"""


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    out_dir = tmp_path_factory.mktemp("out")
    write_rdf(fixture_graph(), out_dir)
    app = make_app(out_dir, timeout_s=3, max_rows=5, workers=1)
    server = make_server(app, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql"
    server.shutdown()
    server.server_close()
    app.close()


def _client(url, fmt, method="GET"):
    client = SPARQLWrapper(url)
    client.setQuery(COOPERATE)
    client.setReturnFormat(fmt)
    client.setMethod(method)
    return client


def test_sparqlwrapper_json_get_and_post(endpoint):
    for method in ("GET", "POST"):
        result = _client(endpoint, JSON, method).query().convert()
        assert [(b["s"]["value"], b["o"]["value"]) for b in result["results"]["bindings"]] == [
            ("Russia", "US-led coalition"), ("Russia", "United States")]


def test_content_negotiation(endpoint):
    xml = _client(endpoint, XML).query().convert()
    assert [n.firstChild.data for n in xml.getElementsByTagName("literal")] == [
        "Russia", "US-led coalition", "Russia", "United States"]
    assert _client(endpoint, CSV).query().convert().decode().splitlines() == [
        "s,o", "Russia,US-led coalition", "Russia,United States"]
    assert _client(endpoint, TSV).query().convert().decode().splitlines()[1] == '"Russia"@en\t"US-led coalition"@en'


def _get(url, params, accept=None):
    request = urllib.request.Request(url + "?" + urllib.parse.urlencode(params),
                                     headers={"Accept": accept} if accept else {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


def _post(url, body: bytes, ctype: str):
    request = urllib.request.Request(url, data=body, headers={"Content-Type": ctype}, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def test_update_refused(endpoint):
    client = SPARQLWrapper(endpoint)
    client.setMethod("POST")
    client.setQuery("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    with pytest.raises(Exception, match="403|read-only"):
        client.query()
    status, body = _post(endpoint, b"DELETE WHERE { ?s ?p ?o }", "application/sparql-update")
    assert (status, body.strip()) == (403, "this endpoint is read-only: SPARQL UPDATE is refused")
    status, body = _post(endpoint, urllib.parse.urlencode({"update": "CLEAR ALL"}).encode(),
                         "application/x-www-form-urlencoded")
    assert status == 403
    # the data is still there
    assert len(_client(endpoint, JSON).query().convert()["results"]["bindings"]) == 2


def test_malformed_query_is_400_with_message(endpoint):
    client = SPARQLWrapper(endpoint)
    client.setQuery("SELECT ?s WHERE { ?s ?p }")
    client.setReturnFormat(JSON)
    with pytest.raises(QueryBadFormed, match="malformed query"):
        client.query()


def test_result_size_limit_and_timeout(endpoint):
    status, headers, body = _get(endpoint, {"query": "SELECT * WHERE { ?s ?p ?o }"}, "text/csv")
    assert status == 200 and headers["X-KG-Truncated"] == "true"
    assert len(body.strip().splitlines()) == 1 + 5
    heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    status, _, body = _get(endpoint, {"query": heavy})
    assert (status, body.strip()) == (503, "query timed out after 3 s")
    # the killed worker was replaced: the endpoint still answers
    assert _get(endpoint, {"query": "ASK { ?s ?p ?o }"}, "application/sparql-results+json")[2].strip() == \
        '{"head": {}, "boolean": true}'


def test_unacceptable_format(endpoint):
    status, _, _ = _get(endpoint, {"query": "ASK { ?s ?p ?o }"}, "image/png")
    assert status == 406


def test_missing_graph_refuses_to_start(tmp_path):
    with pytest.raises(RuntimeError, match="graph.nq not found"):
        make_app(tmp_path, workers=1)
