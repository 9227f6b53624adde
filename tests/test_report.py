"""The offline HTML report (out/index.html), checked as data and in headless Chromium."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from chromium_cdp import Chromium, find_chromium
from gephi_fixtures import (
    CARTER,
    COALITION,
    RUSSIA,
    SENTENCE_COOPERATE,
    SENTENCE_NEGATED,
    SHOIGU,
    TURKEY,
    USA,
    sample_graph,
)

from kg.export.report import report_data, report_html, write_html_report


@pytest.fixture(scope="module")
def graph():
    return sample_graph()


class _Resources(HTMLParser):
    """Tags and attributes that would make a browser fetch something."""

    def __init__(self):
        super().__init__()
        self.fetching: list[tuple[str, str]] = []
        self.csp = ""

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("src", "href", "srcset", "data", "poster", "action"):
            if attrs.get(name):
                self.fetching.append((tag, attrs[name]))
        if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy":
            self.csp = attrs["content"]


def test_report_is_one_self_contained_file(graph):
    page = report_html(graph)
    parser = _Resources()
    parser.feed(page)
    assert parser.fetching == []
    assert "default-src 'none'" in parser.csp
    assert "@import" not in page and "url(" not in page.split("<script")[0]
    assert "cytoscape" in page.lower() and page.count("</script>") == 3


def test_report_data_links_relations_to_their_sentences(graph):
    data = report_data(graph)
    assert [n["id"] for n in data["nodes"]] == sorted(graph.nodes)
    edges = {e["id"]: e for e in data["edges"]}
    cooperate = edges[f"{RUSSIA.id}|cooperate|{COALITION.id}"]
    assert (cooperate["modes"], cooperate["weight"], cooperate["quad_class"]) == (
        ["intended"],
        1,
        "material_cooperation",
    )
    [event] = [data["events"][i] for i in cooperate["events"]]
    assert event["sentence"] == SENTENCE_COOPERATE
    at = event["evidence_offset"]
    assert event["sentence"][at : at + len(event["evidence"])] == "sẵn sàng phối hợp hành động với"
    assert data["articles"][event["doc"]]["outlet"] == "VOV"
    assert [r["id"] for r in data["relations"]] == [
        "consult",
        "agree",
        "cooperate",
        "support",
        "withdraw",
        "attack",
    ]
    assert data["modes"] == ["asserted", "intended", "negated"]
    assert cooperate["color"] != edges[f"{COALITION.id}|attack|armed_group:ISIL"]["color"]


def test_report_data_cannot_break_out_of_its_script(tmp_path):
    from dataclasses import replace

    from gephi_fixtures import article_results

    from kg.graph import build_graph

    results = article_results()
    hostile = "Nga </script><script>alert(1)</script> <!-- hợp tác"
    results[2] = replace(results[2], events=tuple(replace(e, sentence=hostile) for e in results[2].events))
    page = report_html(build_graph(results))
    assert page.count("</script>") == 3  # data, library, app: the sentence added none
    blob = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.DOTALL).group(1)
    assert "<" not in blob
    assert hostile in [e["sentence"] for e in json.loads(blob)["events"]]


# ---- in a real browser -----------------------------------------------------------------------

NODE_CENTRE = """(() => {{
  const n = kgCy.getElementById({id!r}); const p = n.renderedPosition();
  const box = document.getElementById('cy').getBoundingClientRect();
  return [p.x + box.left, p.y + box.top];
}})()"""
EDGE_MIDPOINT = """(() => {{
  const e = kgCy.getElementById({id!r}); const p = e.renderedMidpoint();
  const box = document.getElementById('cy').getBoundingClientRect();
  return [p.x + box.left, p.y + box.top];
}})()"""
# True when some canvas layer has a painted pixel at the node's centre: the graph really was drawn.
PAINTED = """(() => {{
  const n = kgCy.getElementById({id!r}); const p = n.renderedPosition(); const r = window.devicePixelRatio;
  return [...document.querySelectorAll('#cy canvas')].some((c) => {{
    const ctx = c.getContext('2d'); if (!ctx) return false;
    return ctx.getImageData(Math.round(p.x * r), Math.round(p.y * r), 1, 1).data[3] > 0;
  }});
}})()"""
DETAILS = "document.getElementById('details').innerText"


def _visible(browser: Chromium, element_id: str) -> bool:
    return browser.evaluate(f"kgCy.getElementById({element_id!r}).visible()")


@pytest.fixture(scope="module")
def chromium() -> str:
    path = find_chromium()
    if path is None:
        pytest.skip("Chromium is not installed (Debian: apt-get install chromium)")
    return path


def test_report_in_headless_chromium(graph, chromium, tmp_path):
    page = tmp_path / "out" / "index.html"
    write_html_report(graph, page)
    url = page.resolve().as_uri()
    with Chromium(chromium) as browser:
        browser.goto(url)
        browser.wait_for("window.kgReady === true")
        assert browser.evaluate("kgCy.nodes().length") == graph.number_of_nodes()
        assert browser.evaluate(PAINTED.format(id=RUSSIA.id)) is True

        # Click Russia: its relations and their evidence sentences appear, with the article.
        browser.click(*browser.evaluate(NODE_CENTRE.format(id=RUSSIA.id)))
        text = browser.wait_for(f"{DETAILS}.includes('Russia → cooperate → US-led coalition') && {DETAILS}")
        assert SENTENCE_COOPERATE in text
        assert "Nga sẵn sàng phối hợp với Mỹ giải phóng Raqqa (VOV, 2017-03-14)" in text
        assert browser.evaluate("document.querySelector('#details mark').textContent") == "nhất trí"
        browser.screenshot(tmp_path / "report.png")

        # Click the negated edge Turkey -> United States: its sentence and mode appear.
        support = f"{TURKEY.id}|support|{USA.id}"
        browser.click(*browser.evaluate(EDGE_MIDPOINT.format(id=support)))
        text = browser.wait_for(f"{DETAILS}.includes('Turkey → support → United States') && {DETAILS}")
        assert SENTENCE_NEGATED in text and "negated" in text

        # Filters: untick the "negated" mode, then pick one actor.
        assert _visible(browser, support)
        browser.evaluate("document.querySelector('#mode-filter input[value=negated]').click()")
        browser.wait_for(
            f"!kgCy.getElementById({support!r}).visible()"
        )  # Cytoscape restyles on the next frame
        assert _visible(browser, f"{RUSSIA.id}|cooperate|{COALITION.id}")
        browser.evaluate(f"""(() => {{ const s = document.getElementById('actor-filter');
            s.value = {SHOIGU.id!r}; s.dispatchEvent(new Event('change')); }})()""")
        browser.wait_for("kgCy.elements(':visible').length === 4")
        shown = browser.evaluate("kgCy.elements(':visible').map((e) => e.id()).sort()")
        assert shown == sorted(
            [SHOIGU.id, CARTER.id, f"{SHOIGU.id}|consult|{CARTER.id}", f"{CARTER.id}|consult|{SHOIGU.id}"]
        )
        assert "Sergei Shoigu → consult → Ashton Carter" in browser.evaluate(DETAILS)

        requested = browser.requested_urls()
        problems = [
            e
            for e in browser.events
            if e["method"] == "Runtime.exceptionThrown"
            or (e["method"] == "Runtime.consoleAPICalled" and e["params"]["type"] in ("error", "warning"))
        ]
    assert requested == [url]  # the page itself, nothing else
    assert problems == []
    shot = (tmp_path / "report.png").read_bytes()
    assert shot[:8] == b"\x89PNG\r\n\x1a\n" and len(shot) > 30_000


def test_request_log_sees_what_a_page_loads(chromium, tmp_path):
    """The harness behind `requested == [url]` above: a page that loads a picture is caught doing so."""
    (tmp_path / "dot.png").write_bytes(b"")
    page = tmp_path / "page.html"
    page.write_text('<!DOCTYPE html><title>t</title><img src="dot.png"><script>window.done = true</script>')
    with Chromium(chromium) as browser:
        browser.goto(page.as_uri())
        browser.wait_for("window.done === true && document.readyState === 'complete'")
        requested = browser.requested_urls()
    assert requested == [page.as_uri(), (tmp_path / "dot.png").as_uri()]


def test_seed_report_opens_offline(chromium, tmp_path, request):
    seed_graph = request.getfixturevalue("seed_graph")
    if seed_graph.number_of_edges() == 0:
        pytest.skip("the seed build has no relations yet")
    page = tmp_path / "index.html"
    write_html_report(seed_graph, page)
    node = min(seed_graph.nodes, key=lambda n: (-seed_graph.degree(n), n))
    with Chromium(chromium) as browser:
        browser.goto(page.resolve().as_uri())
        browser.wait_for("window.kgReady === true")
        browser.click(*browser.evaluate(NODE_CENTRE.format(id=node)))
        text = browser.wait_for(f"{DETAILS}.includes('→') && {DETAILS}")
        requested = browser.requested_urls()
    events = seed_graph.graph["events"]
    incident = [*seed_graph.out_edges(node, data=True), *seed_graph.in_edges(node, data=True)]
    sentences = {" ".join(events[i].sentence.split()) for *_, d in incident for i in d["events"]}
    assert sentences and all(sentence in " ".join(text.split()) for sentence in sentences)
    assert requested == [page.resolve().as_uri()]


def test_report_writes_atomically_to_a_path(graph, tmp_path):
    target = tmp_path / "out" / "index.html"
    write_html_report(graph, target)
    assert sorted(p.name for p in target.parent.iterdir()) == ["index.html"]
    assert target.read_text(encoding="utf-8") == report_html(graph)
    assert Path(target).stat().st_size < 2_000_000
