"""kg.sparql_guard: SERVICE found wherever Oxigraph would read it, and nowhere else; the query form."""

from __future__ import annotations

import pyoxigraph
import pytest

from kg.sparql_guard import UnsafeQuery, check_query, query_form, uses_service

FEDERATED = [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:7999/sparql> { ?s ?p ?o } }",
    "select * where { service <http://x/> { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE SILENT <http://x/> { ?s ?p ?o } }",
    "SELECT * WHERE { VALUES ?e { <http://x/> } SERVICE ?e { ?s ?p ?o } }",
    "PREFIX ex: <http://x/> SELECT * WHERE { SERVICE ex:e { ?s ?p ?o } }",
    "SELECT * WHERE { ?a ?b ?c.SERVICE<http://x/>{?s ?p ?o} }",
    "SELECT * WHERE { ?a ?b ?c FILTER(?c > 1)SERVICE <http://x/> { ?s ?p ?o } }",
    "SELECT * WHERE { ?a ?b \"x\" # comment\n SERVICE <http://x/> { ?s ?p ?o } }",
    "SELECT * WHERE { ?a ?b 'it''s' . SERVICE <http://x/> { ?s ?p ?o } }",  # two strings, not one
    "SELECT * WHERE { ?a ?b \"\"\"long\n\"quoted\"\n\"\"\" . SERVICE <http://x/> { ?s ?p ?o } }",
    "PREFIX ex: <http://x/> SELECT * WHERE { ?a ?b ex:a\\# SERVICE <http://x/> { ?s ?p ?o } }",
    "SELECT * WHERE { ?a <http://x/#frag> ?c . SERVICE <http://x/> { ?s ?p ?o } }",
    "SELECT * WHERE { \\u0053ERVICE <http://x/> { ?s ?p ?o } }",  # SPARQL 1.1 §19.2 codepoint escape
    "SELECT * WHERE { { SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } } } }",
    "ASK { GRAPH ?g { ?s ?p ?o } OPTIONAL { SERVICE <http://x/> { ?s ?q ?r } } }",
]

LOCAL = [
    'SELECT * WHERE { ?s ?p "SERVICE <http://x/> { }" }',
    "SELECT * WHERE { ?s ?p 'a SERVICE b' }",
    'SELECT * WHERE { ?s ?p """SERVICE\n<http://x/> {}""" }',
    "SELECT * WHERE { ?s <http://x/SERVICE> ?o }",
    "SELECT * WHERE { ?s ?p ?o } # SERVICE <http://x/> { }",
    "PREFIX service: <http://x/> SELECT ?service WHERE { ?service service:SERVICE ?o }",
    "PREFIX ex: <http://x/> SELECT * WHERE { ?s ex:SERVICE ?o . ?s ex:a-SERVICE ?o }",
    'SELECT * WHERE { ?s ?p "x"@en-service }',
    "SELECT $service WHERE { $service ?p ?o }",
    "SELECT * WHERE { ?s ?p _:service }",
    "SELECT * WHERE { ?s ?p ?o FILTER(CONTAINS(STR(?o), \"service\")) }",
]


@pytest.mark.parametrize("query", FEDERATED)
def test_service_is_found(query):
    assert uses_service(query)
    with pytest.raises(UnsafeQuery, match="SERVICE is not allowed"):
        check_query(query)


@pytest.mark.parametrize("query", LOCAL)
def test_the_word_service_elsewhere_is_not_a_service_clause(query):
    assert not uses_service(query)
    check_query(query)
    pyoxigraph.Store().query(query)  # and it is a query Oxigraph accepts: nothing valid is refused


@pytest.mark.parametrize("query, form", [
    ("SELECT * WHERE { ?s ?p ?o }", "SELECT"),
    ("PREFIX select: <http://x/> # CONSTRUCT\nask { ?s select:p ?o }", "ASK"),
    ("BASE <http://x/> CONSTRUCT { ?s ?p ?o } WHERE { { SELECT * WHERE { ?s ?p ?o } } }", "CONSTRUCT"),
    ("describe <http://x/a>", "DESCRIBE"),
    ("PREFIX ex: <http://x/> INSERT DATA { ex:a ex:b ex:c }", "UPDATE"),
    ("# a comment\nDELETE WHERE { ?s ?p ?o }", "UPDATE"),
    ("WITH <http://x/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "UPDATE"),
    ("CLEAR ALL", "UPDATE"),
    ("LOAD <http://x/data.ttl>", "UPDATE"),
    ("nonsense", None),
])
def test_query_form(query, form):
    assert query_form(query) == form
