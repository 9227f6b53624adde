"""RDF export: every serialisation parses with an independent parser (pyoxigraph) and carries the same triples;
output is byte-stable; the vocabulary is closed and the shipped ontology is current."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdf_fixtures import fixture_graph
from rdflib import Literal, URIRef

from kg.rdf import to_dataset, write_rdf
from kg.rdf.namespace import KG, REL, actor_iri, article_iri
from kg.rdf.ontology import ontology_bytes, shipped_ontology
from kg.rdf.serialize import ox_quads
from kg.vocab import relation_types

FORMATS = {"graph.ttl": ox.RdfFormat.TURTLE, "graph.trig": ox.RdfFormat.TRIG, "graph.nq": ox.RdfFormat.N_QUADS,
           "graph.jsonld": ox.RdfFormat.JSON_LD}
KG_NS = "https://w3id.org/kg-vn/ontology#"


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    out_dir = tmp_path_factory.mktemp("out")
    write_rdf(fixture_graph(), out_dir)
    return out_dir


def _parse(path: Path) -> list[ox.Quad]:
    return list(ox.parse(path=str(path), format=FORMATS.get(path.name, ox.RdfFormat.TURTLE)))


def test_all_serialisations_parse_and_agree(out):
    parsed = {name: _parse(out / name) for name in FORMATS}
    triples = {name: {q.triple for q in quads} for name, quads in parsed.items()}
    expected = {q.triple for q in ox_quads(to_dataset(fixture_graph()))}
    assert len(expected) == 195
    for name, found in triples.items():
        assert found == expected, name
    # the dataset formats keep the graph names too
    assert set(parsed["graph.trig"]) == set(parsed["graph.nq"]) == set(parsed["graph.jsonld"])


def test_named_graph_per_article_and_default_graph_for_actors(out):
    quads = _parse(out / "graph.nq")
    graphs = {str(q.graph_name) for q in quads if not isinstance(q.graph_name, ox.DefaultGraph)}
    assert graphs == {f"<{article_iri(a)}>" for a in
                      ("000_b99a79c0a7bb7213", "003_0d9d01209cccd38e", "004_675986af5fcbd24d", "x01_negated")}
    russia = ox.NamedNode(str(actor_iri("country:RUS")))
    actor_graphs = {type(q.graph_name) for q in quads if q.subject == russia}
    assert actor_graphs == {ox.DefaultGraph}


def test_writing_twice_gives_identical_bytes(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    paths = write_rdf(fixture_graph(), first)
    write_rdf(fixture_graph(), second)
    assert [p.name for p in paths] == ["graph.ttl", "graph.trig", "graph.nq", "graph.jsonld", "ontology.ttl"]
    for path in paths:
        assert path.read_bytes() == (second / path.name).read_bytes(), path.name
    assert not list(first.glob(".*.tmp"))


def test_model_facts():
    ds = to_dataset(fixture_graph()).default_graph
    russia, coalition, usa = actor_iri("country:RUS"), actor_iri("coalition:USA"), actor_iri("country:USA")
    schema = "https://schema.org/"
    assert (russia, URIRef("http://www.w3.org/2002/07/owl#sameAs"), URIRef("http://www.wikidata.org/entity/Q159")) in ds
    assert (russia, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), URIRef(schema + "Country")) in ds
    assert (russia, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("Nga", lang="vi")) in ds
    # intended cooperation makes a direct edge; the negated one (United States -> Russia) does not
    assert (russia, KG.cooperate, coalition) in ds
    assert (usa, KG.cooperate, russia) not in ds
    # symmetric agreement: both directions
    turkey = actor_iri("country:TUR")
    assert (russia, KG.agree, turkey) in ds and (turkey, KG.agree, russia) in ds
    lavrov = actor_iri("person:sergei-lavrov")
    assert (lavrov, KG.country, russia) in ds
    assert (lavrov, URIRef(schema + "jobTitle"), Literal("Minister of Foreign Affairs", lang="en")) in ds


def test_statement_node_carries_provenance():
    ds = to_dataset(fixture_graph())
    graph = ds.graph(article_iri("000_b99a79c0a7bb7213"))
    (statement,) = graph.subjects(KG.relation, REL.cooperate)
    values = {p: o for _, p, o in graph.triples((statement, None, None))}
    assert values[KG.mode] == URIRef("https://w3id.org/kg-vn/mode/intended")
    assert values[KG.evidence] == Literal("phối hợp", lang="vi")
    assert str(values[KG.sentence]).startswith("Hãng tin Nga Interfax ngày 14/3")
    text_start = int(values[KG.sentenceStart])
    sentence = str(values[KG.sentence])
    start, end = int(values[KG.evidenceStart]), int(values[KG.evidenceEnd])
    assert sentence[start - text_start:end - text_start] == "phối hợp"
    assert values[KG.speaker] == actor_iri("person:sergei-lavrov")
    assert str(values[KG.eventDate]) == "2017-03-14"
    assert values[URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")] == article_iri("000_b99a79c0a7bb7213")
    assert str(values[KG.confidence]) == "0.9"


def test_closed_namespace_raises_on_typo():
    assert str(KG.cooperate) == KG_NS + "cooperate"
    with pytest.raises(AttributeError):
        _ = KG.cooperates
    with pytest.raises(AttributeError):
        _ = KG.Statment


def test_ontology_parses_is_current_and_matches_namespace(out):
    assert shipped_ontology() == ontology_bytes(), "run: python -m kg.rdf.ontology"
    assert (out / "ontology.ttl").read_bytes() == shipped_ontology()
    triples = list(ox.parse(shipped_ontology(), format=ox.RdfFormat.TURTLE))
    defined = {t.subject.value[len(KG_NS):] for t in triples if t.subject.value.startswith(KG_NS)}
    declared = {name for name in KG.__annotations__}
    assert defined == declared
    # every relation type is a SKOS concept with en+vi labels, a PLOVER and a CAMEO notation
    by_subject: dict[str, list] = {}
    for t in triples:
        by_subject.setdefault(t.subject.value, []).append(t)
    for rtype in relation_types().values():
        facts = by_subject[str(REL[rtype.id])]
        notations = {(t.object.value, t.object.datatype.value) for t in facts if t.predicate.value.endswith("notation")}
        assert notations == {(rtype.plover, KG_NS + "PLOVER"), (rtype.cameo, KG_NS + "CAMEO")}
        langs = {t.object.language for t in facts if t.predicate.value.endswith("prefLabel")}
        assert langs == {"en", "vi"}


def test_unknown_relation_is_refused():
    from dataclasses import replace

    from kg.rdf.build import iter_quads

    graph = fixture_graph()
    graph.graph["events"] = [replace(graph.graph["events"][0], relation="befriend")]
    with pytest.raises(AttributeError):
        list(iter_quads(graph))
