"""Regenerate the data-model example of docs/rdf.md from a real build of seeds/, so the docs never show a value
the build does not produce (tests/test_docs_examples.py checks every quad of the example against a build).

    python scripts/rdf_examples.py                 # builds seeds/ into a temporary folder
    python scripts/rdf_examples.py --out out/      # uses an existing build of seeds/

The example is rewritten between the markers `<!-- rdf-example:start -->` and `<!-- rdf-example:end -->`.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

import pyoxigraph as ox

from kg.rdf.iris import BASE, PREFIXES

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "rdf.md"
START, END = "<!-- rdf-example:start -->", "<!-- rdf-example:end -->"
ARTICLE = "000_b99a79c0a7bb7213"  # "Nga sẵn sàng phối hợp với Mỹ ...": Russia -cooperate (intended)-> coalition
RUSSIA, COALITION, LAVROV = (ox.NamedNode(BASE + "actor/" + p) for p in
                             ("country/RUS", "coalition/USA", "person/sergei-lavrov"))
KG = PREFIXES["kg"]
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_LOCAL = re.compile(r"[A-Za-z_][\w-]*")


def load(out: Path) -> ox.Store:
    store = ox.Store()
    store.bulk_load(path=str(out / "graph.nq"), format=ox.RdfFormat.N_QUADS)
    return store


def example_quads(store: ox.Store) -> list[ox.Quad]:
    """Russia (without its other edges), Lavrov, article 000 and its Russia -> coalition statement."""
    article = ox.NamedNode(BASE + "article/" + ARTICLE)
    quads = [q for q in store.quads_for_pattern(RUSSIA, None, None, ox.DefaultGraph()) if _shown(q)]
    quads += store.quads_for_pattern(LAVROV, None, None, ox.DefaultGraph())
    quads += store.quads_for_pattern(article, None, None, article)
    quads += _statement(store, article)
    return quads


def _shown(quad: ox.Quad) -> bool:
    """Of Russia's direct edges to other actors, only the one the example is about."""
    to_actor = quad.object.value.startswith(BASE + "actor/") if isinstance(quad.object, ox.NamedNode) else False
    return not to_actor or (quad.predicate.value == KG + "cooperate" and quad.object == COALITION)


def _statement(store: ox.Store, article: ox.NamedNode) -> list[ox.Quad]:
    query = f"""SELECT ?st WHERE {{ GRAPH <{article.value}> {{ ?st <{KG}actor> <{RUSSIA.value}> ;
        <{KG}recipient> <{COALITION.value}> ; <{KG}relation> <{BASE}relation/cooperate> }} }} ORDER BY ?st LIMIT 1"""
    found = [solution["st"] for solution in store.query(query)]
    if not found:
        sys.exit(f"the seeds build has no statement Russia -cooperate-> US-led coalition in {ARTICLE}")
    return list(store.quads_for_pattern(found[0], None, None, article))


def term(node) -> str:
    """A term in Turtle, prefixed where a prefix fits (data IRIs stay whole, as in graph.ttl)."""
    if isinstance(node, ox.NamedNode):
        for prefix, iri in PREFIXES.items():
            local = node.value[len(iri):]
            if node.value.startswith(iri) and _LOCAL.fullmatch(local) and prefix not in ("rdf",):
                return f"{prefix}:{local}"
        return "a" if node.value == RDF_TYPE else f"<{node.value}>"
    return _literal(node)


def _literal(node: ox.Literal) -> str:
    """Turtle's short forms for numbers and booleans, as the build's graph.ttl writes them."""
    xsd = PREFIXES["xsd"]
    datatype = node.datatype.value
    if node.language or datatype == xsd + "string":
        return str(node)
    if datatype in (xsd + "integer", xsd + "boolean") or (datatype == xsd + "decimal" and "." in node.value):
        return node.value
    quoted = str(node)[: str(node).rindex("^^")]
    return f"{quoted}^^{term(node.datatype)}"


def _subject_block(subject, quads: list[ox.Quad], indent: str) -> list[str]:
    by_predicate: dict[str, list[str]] = {}
    for quad in quads:
        by_predicate.setdefault(term(quad.predicate), []).append(term(quad.object))
    order = sorted(by_predicate, key=lambda p: (p != "a", p))
    lines = [f"{indent}{term(subject)}"]
    for i, predicate in enumerate(order):
        end = " ." if i == len(order) - 1 else " ;"
        line = f"{indent}    {predicate} {' , '.join(sorted(by_predicate[predicate]))}{end}"
        if len(line) > 115:  # a long list of objects: one per line
            line = f"{indent}    {predicate}\n{indent}        " + f" ,\n{indent}        ".join(
                sorted(by_predicate[predicate])) + end
        lines.append(line)
    return lines


def render(quads: list[ox.Quad]) -> str:
    """TriG: used prefixes, the default graph's subjects, then each named graph's subjects."""
    graphs: dict[str, dict[str, list[ox.Quad]]] = {}
    for quad in quads:
        graph_key = "" if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
        graphs.setdefault(graph_key, {}).setdefault(quad.subject.value, []).append(quad)
    body: list[str] = ["# default graph: actors and direct edges"]
    for graph_key in sorted(graphs):
        indent = ""
        if graph_key:
            body += ["", f"# named graph of article {graph_key.rsplit('/', 1)[1]}: the article and its statements",
                     f"<{graph_key}> {{"]
            indent = "  "
        for subject in sorted(graphs[graph_key]):
            body += _subject_block(graphs[graph_key][subject][0].subject, graphs[graph_key][subject], indent)
        if graph_key:
            body.append("}")
    text = "\n".join(body)
    used = [f"@prefix {p}: <{iri}> ." for p, iri in PREFIXES.items() if re.search(rf"(?<![\w<]){p}:", text)]
    return "\n".join(used) + "\n\n" + text + "\n"


def update_doc(example: str, doc: Path = DOC) -> None:
    text = doc.read_text("utf-8")
    head, _start, rest = text.partition(START)
    _old, _end, tail = rest.partition(END)
    if not _start or not _end:
        sys.exit(f"{doc}: markers {START} / {END} not found")
    doc.write_text(f"{head}{START}\n```turtle\n{example}```\n{END}{tail}", "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="an existing build of seeds/ (default: build one)")
    args = parser.parse_args()
    if args.out is None:
        from kg.build import build

        args.out = Path(tempfile.mkdtemp()) / "out"
        build([str(ROOT / "seeds")], args.out, jobs=1, cache=False)
    update_doc(render(example_quads(load(args.out))))
    print(f"updated {DOC.relative_to(ROOT)} from {args.out}")


if __name__ == "__main__":
    main()
