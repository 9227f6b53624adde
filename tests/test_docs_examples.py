"""docs/rdf.md shows only what the build produces: every quad of its data-model example is in a build of seeds/
(regenerate the example with `python scripts/rdf_examples.py` when extraction changes)."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = re.compile(r"<!-- rdf-example:start -->\n```turtle\n(.*?)```\n<!-- rdf-example:end -->", re.DOTALL)


def _example_quads() -> list[ox.Quad]:
    found = EXAMPLE.search((ROOT / "docs" / "rdf.md").read_text("utf-8"))
    assert found, "docs/rdf.md lost its generated example markers"
    return list(ox.parse(found.group(1), format=ox.RdfFormat.TRIG))


def test_rdf_doc_example_is_real_build_output(seeds_out):
    store = ox.Store()
    store.bulk_load(path=str(seeds_out / "graph.nq"), format=ox.RdfFormat.N_QUADS)
    quads = _example_quads()
    kinds = {q.predicate.value.rsplit("#", 1)[-1] for q in quads}
    assert {"cooperate", "actor", "recipient", "mode", "evidence", "sentence", "rule", "wasDerivedFrom"} <= kinds
    # kg:sourceFile is the path as given to `kg build` (relative in the docs, absolute in this test's build)
    source = ox.NamedNode("https://w3id.org/kg-vn/ontology#sourceFile")
    for quad in (q for q in quads if q.predicate == source):
        built = [q.object.value for q in store.quads_for_pattern(quad.subject, source, None, quad.graph_name)]
        assert [Path(p).name for p in built] == [Path(quad.object.value).name]
    missing = [str(q) for q in quads if q.predicate != source and q not in store]
    assert missing == [], "docs/rdf.md shows quads the build does not write: run python scripts/rdf_examples.py"
