"""Legible pictures (issue 13, item 6): graph.png labels never overlap and stay inside the picture; the report
hides actors without relations behind a toggle, sizes nodes by partners and keeps labels >= 12 px on screen."""

from __future__ import annotations

import itertools

import pytest
from chromium_cdp import Chromium, find_chromium

from kg.export.picture import DPI, FIGSIZE, label_boxes
from kg.export.report import report_data, write_html_report
from kg.export.style import degree_size, partners


def _no_overlaps(boxes):
    return [(a, b) for (a, p), (b, q) in itertools.combinations(sorted(boxes.items()), 2)
            if p[0] < q[2] and q[0] < p[2] and p[1] < q[3] and q[1] < p[3]]


def test_png_labels_do_not_overlap_on_the_seeds(seed_graph):
    boxes = label_boxes(seed_graph)
    busiest = max(seed_graph.nodes, key=lambda n: (partners(seed_graph, n), n))
    assert busiest in boxes and len(boxes) >= 10
    assert _no_overlaps(boxes) == []
    width, height = FIGSIZE[0] * DPI, FIGSIZE[1] * DPI
    assert all(0 <= b[0] and 0 <= b[1] and b[2] <= width and b[3] <= height for b in boxes.values())


def test_png_labels_do_not_overlap_on_a_crowded_star():
    """One hub with 60 partners whose names are long: many labels cannot fit, none may overlap."""
    import networkx as nx

    graph = nx.MultiDiGraph(events=[], articles={})
    graph.add_node("hub", label="A very central actor", type="country")
    for i in range(60):
        graph.add_node(f"n{i:02d}", label=f"Some long actor name number {i}", type="person")
        graph.add_edge("hub", f"n{i:02d}", key="consult", relation="consult", quad_class="verbal_cooperation")
    boxes = label_boxes(graph)
    assert "hub" in boxes and _no_overlaps(boxes) == []


def test_report_data_sizes_nodes_by_partners(seed_graph):
    nodes = {n["id"]: n for n in report_data(seed_graph)["nodes"]}
    for node, data in nodes.items():
        assert data["size"] == degree_size(partners(seed_graph, node))
    assert min(nodes.values(), key=lambda n: n["rank"])["size"] == max(n["size"] for n in nodes.values())


@pytest.fixture(scope="module")
def chromium() -> str:
    path = find_chromium()
    if path is None:
        pytest.skip("Chromium is not installed (Debian: apt-get install chromium)")
    return path


LABEL_PX = "parseFloat(kgCy.nodes(':visible').first().style('font-size')) * kgCy.zoom()"


def test_report_view_at_1400x900(chromium, seed_graph, tmp_path):
    page = tmp_path / "index.html"
    write_html_report(seed_graph, page)
    isolated = sorted(n for n in seed_graph.nodes if seed_graph.degree(n) == 0)
    linked = seed_graph.number_of_nodes() - len(isolated)
    with Chromium(chromium, 1400, 900) as browser:
        browser.goto(page.resolve().as_uri())
        browser.wait_for("window.kgReady === true")
        assert browser.evaluate("kgCy.nodes(':visible').length") == linked
        assert browser.evaluate(LABEL_PX) >= 12
        # every visible node lies inside the canvas: the first view shows the whole linked graph
        inside = """kgCy.nodes(':visible').every((n) => { const p = n.renderedPosition();
            return p.x >= 0 && p.y >= 0 && p.x <= kgCy.width() && p.y <= kgCy.height(); })"""
        assert browser.evaluate(inside) is True
        # edge names only on hover
        edge = browser.evaluate("kgCy.edges(':visible').first().id()")
        assert browser.evaluate(f"kgCy.getElementById({edge!r}).style('label')") == ""
        browser.evaluate(f"kgCy.getElementById({edge!r}).emit('mouseover') && 0")
        relation = browser.evaluate(f"kgCy.getElementById({edge!r}).data('relation')")
        assert browser.evaluate(f"kgCy.getElementById({edge!r}).style('label')") == relation
        # the toggle brings the isolated actors back, and zoomed out the labels stay readable
        browser.evaluate("document.getElementById('show-isolated').click()")
        browser.wait_for(f"kgCy.nodes(':visible').length === {seed_graph.number_of_nodes()}")
        browser.evaluate("kgCy.zoom(0.3) && 0")
        assert browser.evaluate(LABEL_PX) >= 12
