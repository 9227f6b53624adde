"""Gephi-ready exports: GraphML (XSD-valid, igraph-readable), GEXF 1.3 (RNG-valid, dynamic), CSV tables, PNG."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest
from gephi_fixtures import (
    CARTER,
    RUSSIA,
    SHOIGU,
    TURKEY,
    USA,
    article_results,
    sample_graph,
)

from kg.export.gexf import write_gexf
from kg.export.graphml import nmtoken, write_graphml
from kg.export.picture import draw, write_png
from kg.export.report import write_html_report
from kg.export.tables import write_edge_table, write_node_table
from kg.graph import build_graph
from kg.model import Actor, ArticleMeta, ArticleResult, Event, Mention

SCHEMAS = Path(__file__).parent / "data" / "schemas"
GRAPHML_XSD = SCHEMAS / "graphml" / "graphml.xsd"
GEXF_RNC = SCHEMAS / "gexf-1.3" / "gexf.rnc"
G = "{http://graphml.graphdrawing.org/xmlns}"
X = "{http://gexf.net/1.3}"
VIZ = "{http://gexf.net/1.3/viz}"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian: {'libxml2-utils' if name == 'xmllint' else name})")
    return path


def xmllint_errors(path: Path) -> str:
    """'' when the file is valid GraphML, else xmllint's complaint."""
    run = subprocess.run(
        [_tool("xmllint"), "--noout", "--nonet", "--schema", str(GRAPHML_XSD), str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    return "" if run.returncode == 0 else run.stderr


def jing_errors(path: Path) -> str:
    """'' when the file is valid GEXF 1.3, else jing's complaint (its classpath warnings dropped)."""
    run = subprocess.run(
        [_tool("jing"), "-c", str(GEXF_RNC), str(path)], capture_output=True, text=True, check=False
    )
    return "" if run.returncode == 0 else run.stdout + run.stderr


def odd_graph():
    """An actor whose id and label carry spaces, markup and a control character, with no QID or date."""
    text = "Nhà Trắng & <Điện Kremlin> hội đàm\x01 hôm qua."
    white_house = Actor("other:Nhà Trắng", "White House <&>\x01", "Nhà Trắng", "other")
    kremlin = Actor("other:Điện Kremlin", "Kremlin", "Điện Kremlin", "other")
    event = Event(
        "odd",
        text,
        0,
        (white_house.id,),
        (kremlin.id,),
        "consult",
        "asserted",
        "hội đàm",
        text.index("hội đàm"),
        text.index("hội đàm") + 7,
        "test",
        0.5,
    )
    mention = Mention(white_house.id, 0, 9, "Nhà Trắng")
    return build_graph(
        [ArticleResult(ArticleMeta("odd", "odd.txt"), (white_house, kremlin), (mention,), (event,))]
    )


@pytest.fixture(params=["sample", "odd", "seeds"])
def any_graph(request):
    if request.param == "sample":
        return sample_graph()
    if request.param == "odd":
        return odd_graph()
    try:
        return request.getfixturevalue("seed_graph")
    except pytest.FixtureLookupError:
        pytest.skip("tests/conftest.py offers no seed_graph fixture yet")


@pytest.fixture(scope="module")
def graph():
    return sample_graph()


# ---- GraphML -------------------------------------------------------------------------------------


def test_graphml_is_valid_against_the_xsd(any_graph, tmp_path):
    path = tmp_path / "graph.graphml"
    write_graphml(any_graph, path)
    assert xmllint_errors(path) == ""


def test_xmllint_really_validates(graph, tmp_path):
    path = tmp_path / "graph.graphml"
    write_graphml(graph, path)
    path.write_text(path.read_text().replace('attr.type="int"', 'attr.type="list"', 1))
    assert "attr.type" in xmllint_errors(path)


def _graphml(graph) -> tuple[dict, dict, list]:
    buffer = io.BytesIO()
    write_graphml(graph, buffer)
    root = ET.fromstring(buffer.getvalue())
    keys = {k.get("id"): k.get("attr.name") for k in root.iter(f"{G}key")}

    def values(element):
        return {keys[d.get("key")]: d.text for d in element.iter(f"{G}data")}

    nodes = {n.get("id"): values(n) for n in root.iter(f"{G}node")}
    edges = [(e.get("source"), e.get("target"), values(e)) for e in root.iter(f"{G}edge")]
    return keys, nodes, edges


def test_graphml_nodes_carry_gephi_properties(graph):
    keys, nodes, _ = _graphml(graph)
    assert "label" in keys.values() and "Label" not in keys.values()
    assert nodes["country:RUS"] == {
        "label": "Russia",
        "label_vi": "Nga",
        "type": "country",
        "qid": "Q159",
        "mentions": "7",
        "article_count": "2",
        "articles": "ttxvn-2018-12-29;vov-2017-03-14",
        "r": "0",
        "g": "114",
        "b": "178",
        "size": "23.2",
    }
    assert nodes["person:sergei-lavrov"]["role"] == "Minister of Foreign Affairs"
    assert "qid" not in nodes["person:sergei-lavrov"]  # unknown: left out, never empty


def test_graphml_has_one_edge_per_subject_relation_object(graph):
    _, _, edges = _graphml(graph)
    triples = sorted((s, v["relation"], o) for s, o, v in edges)
    assert len(triples) == len(set(triples)) == graph.number_of_edges() == 10
    assert [r for s, r, o in triples if (s, o) == ("country:RUS", "country:TUR")] == ["agree", "cooperate"]
    cooperate = next(
        v for s, o, v in edges if (s, o, v["relation"]) == ("country:RUS", "coalition:USA", "cooperate")
    )
    assert cooperate == {
        "label": "cooperate",
        "relation": "cooperate",
        "weight": "1.0",
        "mode": "intended",
        "plover": "COOPERATE",
        "cameo": "06",
        "quad_class": "material_cooperation",
        "first_date": "2017-03-14",
        "last_date": "2017-03-14",
        "article_count": "1",
        "articles": "vov-2017-03-14",
        "asserted": "true",
        "r": "26",
        "g": "120",
        "b": "55",
    }
    negated = next(v for s, o, v in edges if v["relation"] == "support")
    assert (negated["asserted"], negated["mode"]) == ("false", "negated")
    assert "first_date" not in negated
    assert all(value not in (None, "") for _, _, v in edges for value in v.values())


def test_graphml_escapes_ids_that_are_not_nmtokens():
    assert nmtoken("country:RUS") == "country:RUS"
    assert nmtoken("armed_group:ISIL") == "armed_group:ISIL"
    assert nmtoken("other:Nhà Trắng") == "other:Nh.E0..20.Tr.1EAF.ng"
    assert nmtoken("a.b") == "a.2E.b"


def test_igraph_reads_graphml_like_networkx(any_graph, tmp_path):
    igraph = pytest.importorskip("igraph")
    path = tmp_path / "graph.graphml"
    write_graphml(any_graph, path)
    read = igraph.Graph.Read_GraphML(str(path))
    assert read.is_directed()
    assert (read.vcount(), read.ecount()) == (any_graph.number_of_nodes(), any_graph.number_of_edges())
    by_token = {nmtoken(node): node for node in any_graph.nodes}
    for vertex in read.vs:
        data = any_graph.nodes[by_token[vertex["id"]]]
        assert vertex["label"] == " ".join(data["label"].replace("\x01", "").split())
        assert (vertex["type"], int(vertex["mentions"])) == (data["type"], data["mentions"])
        assert (vertex.attributes().get("qid") or None) == data["qid"]  # igraph reads a missing string as ""
    edges = {
        (by_token[read.vs[e.source]["id"]], by_token[read.vs[e.target]["id"]], e["relation"]): (
            e["weight"],
            e["mode"],
            e["plover"],
            e["cameo"],
        )
        for e in read.es
    }
    assert edges == {
        (u, v, k): (float(d["weight"]), ";".join(d["modes"]), d["plover"], d["cameo"])
        for u, v, k, d in any_graph.edges(keys=True, data=True)
    }


# ---- GEXF ----------------------------------------------------------------------------------------


def test_gexf_is_valid_against_the_rnc(any_graph, tmp_path):
    path = tmp_path / "graph.gexf"
    write_gexf(any_graph, path)
    assert jing_errors(path) == ""


def test_jing_really_validates(graph, tmp_path):
    path = tmp_path / "graph.gexf"
    write_gexf(graph, path)
    path.write_text(path.read_text().replace('r="0"', 'r="300"', 1))
    assert "r" in jing_errors(path) and jing_errors(path) != ""


def _gexf(graph) -> ET.Element:
    buffer = io.BytesIO()
    write_gexf(graph, buffer)
    return ET.fromstring(buffer.getvalue())


def test_gexf_edges_keep_relations_apart_and_play_in_time(graph):
    root = _gexf(graph)
    body = root.find(f"{X}graph")
    assert (root.get("version"), body.get("defaultedgetype")) == ("1.3", "directed")
    assert (body.get("mode"), body.get("timeformat")) == ("dynamic", "date")
    edges = list(root.iter(f"{X}edge"))
    assert len(edges) == len({e.get("id") for e in edges}) == 10
    assert all(e.get("label") == e.get("kind") for e in edges)
    assert all(e.get("type") is None for e in edges)  # direction comes from defaultedgetype only
    by_id = {e.get("id"): e for e in edges}
    agree = by_id["country:RUS|agree|country:TUR"]
    assert (agree.get("kind"), agree.get("weight")) == ("agree", "2.0")
    spells = [(s.get("start"), s.get("end")) for s in agree.iter(f"{X}spell")]
    assert spells == [("2018-12-29", "2018-12-29"), ("2018-12-30", "2018-12-30")]
    assert by_id["coalition:USA|attack|armed_group:ISIL"].find(f"{X}spells") is None  # undated
    colour = by_id["coalition:USA|attack|armed_group:ISIL"].find(f"{VIZ}color")
    assert (colour.get("r"), colour.get("g"), colour.get("b")) == ("178", "24", "43")


def test_gexf_nodes_have_colour_size_and_attributes(graph):
    root = _gexf(graph)
    russia = next(n for n in root.iter(f"{X}node") if n.get("id") == RUSSIA.id)
    assert russia.get("label") == "Russia"
    colour = russia.find(f"{VIZ}color")
    assert (colour.get("r"), colour.get("g"), colour.get("b")) == ("0", "114", "178")
    assert russia.find(f"{VIZ}size").get("value") == "23.2"
    values = {a.get("for"): a.get("value") for a in russia.iter(f"{X}attvalue")}
    assert values["qid"] == "Q159" and values["mentions"] == "7" and values["type"] == "country"
    carter = next(n for n in root.iter(f"{X}node") if n.get("id") == CARTER.id)
    assert "qid" not in {a.get("for") for a in carter.iter(f"{X}attvalue")}


def test_gexf_without_dates_is_static(tmp_path):
    results = [r for r in article_results() if r.article.id == "vov-2017-03-14"]
    undated = [replace(r, events=tuple(replace(e, date=None) for e in r.events)) for r in results]
    graph = build_graph(undated)
    root = _gexf(graph)
    body = root.find(f"{X}graph")
    assert (body.get("mode"), body.get("timeformat")) == ("static", None)
    path = tmp_path / "graph.gexf"
    write_gexf(graph, path)
    assert jing_errors(path) == ""


# ---- CSV tables ----------------------------------------------------------------------------------


def test_tables_use_gephi_spreadsheet_columns(graph):
    nodes_file, edges_file = io.StringIO(), io.StringIO()
    write_node_table(graph, nodes_file)
    write_edge_table(graph, edges_file)
    nodes = list(csv.DictReader(io.StringIO(nodes_file.getvalue())))
    edges = list(csv.DictReader(io.StringIO(edges_file.getvalue())))
    assert list(nodes[0])[:5] == ["Id", "Label", "Label_vi", "Type", "Qid"]
    assert list(edges[0])[:7] == ["Source", "Target", "Type", "Id", "Label", "Kind", "Weight"]
    assert len(nodes) == 9 and len(edges) == 10
    assert {row["Type"] for row in edges} == {"Directed"}
    russia = next(row for row in nodes if row["Id"] == RUSSIA.id)
    assert (russia["Label"], russia["Type"], russia["Qid"], russia["Mentions"]) == (
        "Russia",
        "country",
        "Q159",
        "7",
    )
    consult = [row for row in edges if row["Relation"] == "consult"]
    assert {(row["Source"], row["Target"]) for row in consult} == {
        (SHOIGU.id, CARTER.id),
        (CARTER.id, SHOIGU.id),
    }
    support = next(row for row in edges if row["Kind"] == "support")
    assert (support["Source"], support["Target"], support["Mode"], support["Asserted"]) == (
        TURKEY.id,
        USA.id,
        "negated",
        "false",
    )
    assert next(row for row in edges if row["Relation"] == "cooperate")["Cameo"] == "06"


# ---- picture -------------------------------------------------------------------------------------


def test_png_shows_every_linked_node_label(graph, tmp_path):
    """A small graph has room for every label; actors without relations are left out of the picture."""
    pytest.importorskip("matplotlib")
    figure = draw(graph)
    texts = {t.get_text() for t in figure.axes[0].texts}
    assert texts == {data["label"] for node, data in graph.nodes(data=True) if graph.degree(node)}
    assert "Sergei Lavrov" not in texts  # mentioned, but in no relation
    path = tmp_path / "graph.png"
    write_png(graph, path)
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
    assert b"Software" not in data and b"tIME" not in data


# ---- determinism, paths and file objects ---------------------------------------------------------

WRITERS = [write_graphml, write_gexf, write_node_table, write_edge_table, write_png, write_html_report]


@pytest.mark.parametrize("writer", WRITERS, ids=lambda w: w.__name__)
def test_outputs_are_byte_identical_whatever_the_article_order(writer, tmp_path):
    if writer is write_png:
        pytest.importorskip("matplotlib")
    writer(build_graph(article_results()), tmp_path / "a")
    writer(build_graph(list(reversed(article_results()))), tmp_path / "b")
    assert (tmp_path / "a").read_bytes() == (tmp_path / "b").read_bytes()


@pytest.mark.parametrize("writer", WRITERS, ids=lambda w: w.__name__)
def test_writers_accept_paths_and_binary_files_alike(writer, graph, tmp_path):
    if writer is write_png:
        pytest.importorskip("matplotlib")
    target = tmp_path / "new" / "dir" / "out"
    writer(graph, target)
    buffer = io.BytesIO()
    writer(graph, buffer)
    assert target.read_bytes() == buffer.getvalue()
    assert sorted(p.name for p in target.parent.iterdir()) == ["out"]  # no temp file left behind
