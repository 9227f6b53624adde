"""The query page of kg serve (YASGUI, vendored): loads offline, offers the named queries, runs one in headless
Chromium and shows its rows; no request leaves 127.0.0.1."""

from __future__ import annotations

import json
import os
import threading
import urllib.request

import chromium_cdp
import pytest
from chromium_cdp import Chromium, find_chromium
from rdf_fixtures import fixture_graph

from kg.query import list_queries
from kg.query_page import CSP, named_queries
from kg.rdf import write_rdf
from kg.serve import make_app, make_server

CHROMIUM = find_chromium()
SCREENSHOT = os.environ.get("KG_QUERY_PAGE_SCREENSHOT")  # a path: save what the page showed (docs/)


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    write_rdf(fixture_graph(), out)
    app = make_app(out, timeout_s=10, workers=2)
    server = make_server(app, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()
    app.close()


def test_page_is_served_with_the_named_queries(base_url):
    with urllib.request.urlopen(base_url, timeout=30) as response:
        page = response.read().decode()
        assert response.headers["Content-Security-Policy"] == CSP
        assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    embedded = json.loads(page.split('<script id="kg-queries" type="application/json">')[1].split("</script>")[0])
    assert [q["name"] for q in embedded] == list(list_queries())
    cooperation = next(q for q in embedded if q["name"] == "cooperation")
    assert cooperation["description"] == list_queries()["cooperation"].removeprefix("cooperation: ")
    assert cooperation["query"].startswith("# cooperation: ")
    for name in ("yasgui.min.js", "yasgui.min.css", "query.js"):
        with urllib.request.urlopen(base_url + "static/" + name, timeout=30) as response:
            assert response.status == 200 and len(response.read()) > 1000 or name == "query.js"
    with pytest.raises(urllib.error.HTTPError) as missing:
        urllib.request.urlopen(base_url + "static/../serve.py", timeout=30)
    assert missing.value.code == 404


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (see .ci/apt.txt)")
def test_run_a_named_query_in_chromium(base_url, monkeypatch):
    # Every host still resolves to nothing, except the loopback address the endpoint listens on.
    flags = tuple("--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1" if f.startswith("--host-resolver")
                  else f for f in chromium_cdp.FLAGS)
    monkeypatch.setattr(chromium_cdp, "FLAGS", flags)
    with Chromium(CHROMIUM, width=1400, height=900) as browser:
        browser.goto(base_url)
        browser.wait_for("window.kgReady === true")
        names = browser.evaluate("[...document.querySelectorAll('#examples option')].map(o => o.value)")
        assert names == [""] + [q["name"] for q in named_queries()]
        browser.evaluate("""(() => { const pick = document.getElementById('examples');
            pick.value = 'cooperation'; pick.dispatchEvent(new Event('change')); })()""")
        assert browser.evaluate("kgYasgui.getTab().getQuery()").startswith("# cooperation: ")
        browser.evaluate("document.querySelector('.yasqe_queryButton').click()")
        rows = browser.wait_for("""(() => { const rows = [...document.querySelectorAll('.yasr table tbody tr')]
            .map(r => [...r.querySelectorAll('td')].slice(1).map(c => c.innerText.trim()));
            return rows.length && rows[0].length > 1 ? rows : null; })()""", timeout=30)
        requested = browser.requested_urls()
        if SCREENSHOT:
            browser.screenshot(SCREENSHOT)
    assert [row[:2] for row in rows] == [['"Russia"@en', '"US-led coalition"@en'],
                                         ['"Russia"@en', '"United States"@en']]
    assert requested and all(url.startswith((base_url, "data:")) for url in requested), requested
    assert any(url.startswith(base_url + "sparql") for url in requested)
