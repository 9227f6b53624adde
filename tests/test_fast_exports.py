"""The speed-ups of the export path write exactly what the code they replace wrote."""

from __future__ import annotations

import json

import pytest

ODD = [[], {}, [[]], {"a": {}}, {"a": []}, 0, 1, -7, 10**30, 1.5, -0.0, 2.5e300, float("nan"), float("inf"), True,
       False, None, "", "x\n\"\\\u2028é\x00\U0001f600", {"k": [1, 2.5, None, "a", {"b": [True]}]},
       [{"@id": "http://example.org/a", "@type": ["http://example.org/T"],
         "http://schema.org/name": [{"@value": "Hà Nội", "@language": "vi"}]}]]


@pytest.mark.parametrize("value", ODD)
def test_dumps_indented_is_json_indent_1(value):
    from kg.rdf.serialize import dumps_indented

    assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=1)
    assert dumps_indented(value, "\n ") == json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n ")


def _same_graph(a, b) -> None:
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))
    assert a.graph == b.graph


def _reference_graph(results):
    """build_graph as it was before GraphBuilder: results by article id, first description wins, stable sort."""
    import networkx as nx

    from kg.graph import _actors_in_events, _add_edges, event_sort_key

    actors, mentions, actor_articles, events, articles = {}, {}, {}, [], {}
    for result in sorted(results, key=lambda r: r.article.id):
        articles[result.article.id] = result.article
        for actor in result.actors:
            actors.setdefault(actor.id, actor)
        for mention in result.mentions:
            mentions[mention.actor_id] = mentions.get(mention.actor_id, 0) + 1
            actor_articles.setdefault(mention.actor_id, set()).add(result.article.id)
        events.extend(result.events)
    events.sort(key=event_sort_key)
    graph = nx.MultiDiGraph()
    graph.graph["articles"] = {key: articles[key] for key in sorted(articles)}
    graph.graph["events"] = events
    for actor_id in sorted((_actors_in_events(events) | set(mentions)) & set(actors)):
        actor = actors[actor_id]
        graph.add_node(actor_id, label=actor.label, label_vi=actor.label_vi, type=actor.type, qid=actor.qid,
                       country=actor.country, role=actor.role, mentions=mentions.get(actor_id, 0),
                       articles=tuple(sorted(actor_articles.get(actor_id, ()))))
    _add_edges(graph, events)
    return graph


def test_graph_merged_as_results_come_equals_the_sorted_merge(seed_results):
    """kg build's export process merges each result as it arrives (kg.graph.GraphBuilder); the graph is the one
    build_graph makes of the results in article-id order, whatever order they came in, also when an event filed
    under another article ties with that article's own events."""
    import random
    from dataclasses import replace

    from kg.graph import GraphBuilder, build_graph

    results = sorted(seed_results, key=lambda r: r.article.id)
    first, second = results[0], results[1]
    stray = replace(second, events=second.events + tuple(replace(e, doc=first.article.id) for e in first.events))
    for variant in (results, [first, stray, *results[2:]]):
        expected = _reference_graph(variant)
        _same_graph(build_graph(sorted(variant, key=lambda r: r.article.id)), expected)
        for seed in range(3):
            shuffled = list(variant)
            random.Random(seed).shuffle(shuffled)
            builder = GraphBuilder()
            for result in shuffled:
                builder.add(result)
            _same_graph(builder.graph(), expected)


def test_statement_quads_made_directly_are_the_rdflib_ones(seed_results):
    """kg.rdf.pieces makes each statement's Oxigraph quads directly; they are the quads of
    kg.rdf.build._statement's rdflib terms, converted, for every seed event and for the optional fields."""
    from dataclasses import replace

    from kg.rdf.build import _statement
    from kg.rdf.pieces import _Terms
    from kg.rdf.serialize import _quad_key, sorted_ox_quads

    terms = _Terms()
    events = [e for r in seed_results for e in r.events]
    assert len(events) > 20
    first = events[0]
    events += [replace(first, source=first.subjects[0], date="2020-03-05", place="Hà Nội", symmetric=True,
                       confidence=1.0, mode="negated", sentence_start=0),
               replace(first, date="20200305", confidence=0.0, doc="id with spaces/ư"),
               replace(first, date="not a date", confidence=0.12345, evidence='"quoted" \\ and\nnewline')]
    for ordinal, event in enumerate(events, start=1):
        expected = sorted_ox_quads(_statement(event, ordinal))
        assert sorted(terms.statement(event, ordinal), key=_quad_key) == expected, event


def _odd_metas(seed_results):
    from dataclasses import replace

    meta = seed_results[0].article
    return [r.article for r in seed_results] + [
        replace(meta, id="id with spaces/ư", title='"quoted" \\ and\nnewline', date="20200305",
                url="not a url", sha256="", outlet="Tuổi Trẻ"),
        replace(meta, title="", date="not a date", url="https://example.org/a?b=c", outlet=""),
    ]


def test_article_quads_made_directly_are_the_rdflib_ones(seed_results):
    """kg.rdf.pieces makes each article's description directly too: the quads of kg.rdf.build._article, and the
    keys that sort them are _quad_key's, for every seed article and for odd metadata."""
    from kg.rdf.build import _article
    from kg.rdf.pieces import _Terms
    from kg.rdf.serialize import _quad_key, sorted_ox_quads

    terms = _Terms()
    mentioned = ["country:VNM", "person:x y", "country:USA"]
    for meta in _odd_metas(seed_results):
        keyed = terms.description_keyed(meta, mentioned)
        assert [quad for _key, (quad, _members) in keyed] == sorted_ox_quads(_article(meta, mentioned)), meta
        assert [key for key, _value in keyed] == [_quad_key(quad) for _key, (quad, _members) in keyed]


def test_jsonld_written_directly_is_oxigraphs(seed_graph, seed_results):
    """JSON-LD written from the terms (kg.rdf.serialize.jsonld_items) and from the pieces' own JSON-LD objects
    is Oxigraph's JSON-LD, parsed and indented, for the default graph, every article graph and odd literals."""
    import pyoxigraph as ox

    from kg.rdf.build import _article, article_graphs, default_quads
    from kg.rdf.pieces import _jsonld_items, _Terms, article_pieces
    from kg.rdf.serialize import FORMATS, dumps_indented, jsonld_items, sorted_ox_quads

    def oxigraphs(quads) -> str:
        items = json.loads(ox.serialize(quads, format=FORMATS["jsonld"]))
        return ",\n".join(" " + dumps_indented(item, "\n ") for item in items)

    graphs = [sorted_ox_quads(default_quads(seed_graph))]
    graphs += [sorted_ox_quads(quads) for _article_id, quads in article_graphs(seed_graph)]
    graphs.append(graphs[0][:40] + graphs[1] + graphs[2])  # several graphs in one list
    for quads in graphs:
        assert jsonld_items(quads) == oxigraphs(quads)
    for meta in _odd_metas(seed_results):
        nq, _trig, jsonld, _ttl, _statements = article_pieces(meta, [], [], {"nq", "jsonld"}, _Terms())
        quads = sorted_ox_quads(_article(meta, []))
        assert jsonld == _jsonld_items(quads) == oxigraphs(quads).encode("utf-8")
        assert nq == ox.serialize(quads, format=FORMATS["nq"])


def test_article_pieces_nquads_are_oxigraphs(seed_results):
    """An article's N-Quads piece, written from the quads' keys, is Oxigraph's N-Quads of its quads."""
    import pyoxigraph as ox

    from kg.rdf.build import _article, _statement
    from kg.rdf.pieces import _sorted_events, _Terms, article_pieces
    from kg.rdf.serialize import FORMATS, sorted_ox_quads

    terms = _Terms()
    for result in seed_results:
        mentioned = sorted({m.actor_id for m in result.mentions})
        events = _sorted_events(result.events)
        nq = article_pieces(result.article, mentioned, events, {"nq"}, terms)[0]
        quads = [*_article(result.article, mentioned)]
        quads += [quad for n, event in enumerate(events, start=1) for quad in _statement(event, n)]
        assert nq == ox.serialize(sorted_ox_quads(quads), format=FORMATS["nq"])
