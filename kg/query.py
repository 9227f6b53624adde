"""`kg query`: run SPARQL over a built graph on Oxigraph (pyoxigraph), with named parameters and plain output.

The graph is loaded from out/graph.nq (all named graphs; the default graph is their union) plus out/ontology.ttl
into an in-memory store each run; see docs/rdf.md for load times. Named queries are the .rq files of the
repository's queries/ directory, packaged into the wheel as kg/queries. Inline queries may use the common
prefixes (kg, rdf, rdfs, owl, xsd, schema, prov, skos, ...) without declaring them (kg.sparql_text).

Parameters: a query declares `VALUES ?name { UNDEF }`; `bindings={"name": "Russia"}` replaces UNDEF with the
value (an `<iri>`, a number, or else a string literal), so the same file runs unbound or bound.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from xml.sax.saxutils import escape

import pyoxigraph as ox

from kg.rdf.iris import ONTOLOGY_IRI, PREFIXES
from kg.sparql_guard import UnsafeQuery, check_query
from kg.sparql_text import syntax_message, with_prefixes

FORMATS = ("table", "csv", "tsv", "json", "xml")
_SPARQL_START = re.compile(r"^\s*(PREFIX|BASE|SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)
_COMMENT = re.compile(r"^\s*#.*$", re.MULTILINE)
_NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?$")


class QueryError(ValueError):
    """A user error: unknown query or format, bad binding, no built graph, malformed SPARQL."""


@dataclass
class Result:
    """A query's answer: `kind` is select, ask or graph; rows hold pyoxigraph terms (None when unbound)."""

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[list] = field(default_factory=list)
    boolean: bool | None = None
    triples: list = field(default_factory=list)
    truncated: bool = False


def queries_dirs(queries_dir: Path | None = None) -> list[Path]:
    """Where named queries are looked up, in order: the copy packaged into the wheel (kg/queries, put there by
    setup.py from the top-level queries/), then the checkout's queries/ (source tree, editable install)."""
    if queries_dir is not None:
        return [Path(queries_dir)]
    packaged = Path(str(resources.files("kg").joinpath("queries")))
    repo = Path(__file__).resolve().parent.parent / "queries"
    return [d for d in (packaged, repo) if d.is_dir()]


def list_queries(queries_dir: Path | None = None) -> dict[str, str]:
    """Query name -> first line of its header comment."""
    out: dict[str, str] = {}
    for directory in queries_dirs(queries_dir):
        for path in sorted(directory.glob("*.rq")):
            first = path.read_text("utf-8").splitlines()[0] if path.stat().st_size else ""
            out.setdefault(path.stem, first.lstrip("# ").strip())
    return out


def resolve_query(spec: str, queries_dir: Path | None = None) -> str:
    """The SPARQL text for a .rq path, a name from queries/ (e.g. "cooperation"), or inline SPARQL."""
    if spec.endswith(".rq") and Path(spec).is_file():
        return Path(spec).read_text("utf-8")
    for directory in queries_dirs(queries_dir):
        candidate = directory / f"{spec}.rq"
        if re.fullmatch(r"[\w.-]+", spec) and candidate.is_file():
            return candidate.read_text("utf-8")
    if _SPARQL_START.match(_COMMENT.sub("", spec)):
        return spec
    names = ", ".join(list_queries(queries_dir)) or "none found"
    raise QueryError(f"unknown query {spec!r}: not a .rq file, not a named query ({names}), not SPARQL")


def bind(query: str, bindings: dict[str, str] | None) -> str:
    """Replace `VALUES ?name { UNDEF }` with the bound value for each binding."""
    for name, value in (bindings or {}).items():
        if not re.fullmatch(r"\w+", name):
            raise QueryError(f"bad parameter name {name!r}")
        pattern = re.compile(r"VALUES\s+\?" + name + r"\s*\{\s*UNDEF\s*\}", re.IGNORECASE)
        if not pattern.search(query):
            raise QueryError(f"the query has no parameter ?{name} (declare it as VALUES ?{name} {{ UNDEF }})")
        replacement = f"VALUES ?{name} {{ {_sparql_term(value)} }}"
        query = pattern.sub(lambda _m, text=replacement: text, query)
    return query


def _sparql_term(value: str) -> str:
    if value.startswith("<") and value.endswith(">") and not re.search(r"[\s<>\"{}|^`\\]", value[1:-1]):
        return value
    if _NUMBER.match(value):
        return value
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid SPARQL string literal


def load_store(out_dir: Path) -> ox.Store:
    """An in-memory Oxigraph store holding out_dir/graph.nq and the ontology (named graph ONTOLOGY_IRI)."""
    out_dir = Path(out_dir)
    data = out_dir / "graph.nq"
    if not data.is_file():
        raise QueryError(f"{data} not found: run `kg build --out {out_dir}` first")
    store = ox.Store()
    store.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
    ontology = out_dir / "ontology.ttl"
    onto_path = ontology if ontology.is_file() else Path(str(resources.files("kg").joinpath("ontology.ttl")))
    store.bulk_load(path=str(onto_path), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(ONTOLOGY_IRI))
    return store


def execute(store: ox.Store, query: str, max_rows: int | None = None) -> Result:
    """Evaluate over the union of all graphs. Raises SyntaxError for a malformed query."""
    try:
        check_query(query)  # SERVICE would make Oxigraph connect to another host: refused (kg.sparql_guard)
    except UnsafeQuery as error:
        raise QueryError(str(error)) from None
    return result_of(store.query(query, use_default_graph_as_union=True), max_rows)


def result_of(answer, max_rows: int | None = None) -> Result:
    """A pyoxigraph answer (boolean, solutions or triples) as a Result, at most `max_rows` rows."""
    if isinstance(answer, ox.QueryBoolean):
        return Result("ask", boolean=bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        variables = [v.value for v in answer.variables]
        rows, truncated = _take(([s[v] for v in variables] for s in answer), max_rows)
        return Result("select", variables, rows, truncated=truncated)
    triples, truncated = _take(iter(answer), max_rows)
    return Result("graph", triples=triples, truncated=truncated)


def _take(items, max_rows: int | None) -> tuple[list, bool]:
    out = []
    for item in items:
        if max_rows is not None and len(out) >= max_rows:
            return out, True
        out.append(item)
    return out, False


def run_query(
    spec: str,
    out_dir: Path,
    bindings: dict[str, str] | None = None,
    fmt: str = "table",
    queries_dir: Path | None = None,
) -> str:
    """Resolve, bind and run a query over out_dir's graph; the answer as text in `fmt`."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    query, added = with_prefixes(bind(resolve_query(spec, queries_dir), bindings))
    store = load_store(out_dir)
    try:
        result = execute(store, query)
    except SyntaxError as error:
        raise QueryError(syntax_message(str(error), query, skip_lines=added)) from None
    return format_result(result, fmt)


# ---- output formats -------------------------------------------------------------------------------------------


def format_result(result: Result, fmt: str) -> str:
    if result.kind == "graph":
        fmt_map = {"json": ox.RdfFormat.JSON_LD, "xml": ox.RdfFormat.RDF_XML}
        rdf_format = fmt_map.get(fmt, ox.RdfFormat.N_TRIPLES if fmt in ("csv", "tsv") else ox.RdfFormat.TURTLE)
        prefixes = PREFIXES if rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
        return ox.serialize(result.triples, format=rdf_format, prefixes=prefixes).decode("utf-8")
    return {"table": to_table, "csv": to_csv, "tsv": to_tsv, "json": to_json, "xml": to_xml}[fmt](result)


def compact(term) -> str:
    """A term for people: literal value, or prefixed IRI where a prefix fits."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, iri in PREFIXES.items():
            if term.value.startswith(iri) and re.fullmatch(r"[\w.-]+", term.value[len(iri):]):
                return f"{prefix}:{term.value[len(iri):]}"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def to_table(result: Result) -> str:
    if result.kind == "ask":
        return "true\n" if result.boolean else "false\n"
    header = result.variables
    body = [[compact(term).replace("\n", " ") for term in row] for row in result.rows]
    widths = [max([len(h)] + [len(r[i]) for r in body]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in body]
    lines.append(f"({len(body)} row{'s' if len(body) != 1 else ''}{', truncated' if result.truncated else ''})")
    return "\n".join(lines) + "\n"


def to_csv(result: Result) -> str:
    """SPARQL 1.1 CSV results: plain values."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if result.kind == "ask":
        writer.writerow(["_askResult"])
        writer.writerow(["true" if result.boolean else "false"])
        return buffer.getvalue()
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow(["" if t is None else (f"_:{t.value}" if isinstance(t, ox.BlankNode) else t.value)
                         for t in row])
    return buffer.getvalue()


def to_tsv(result: Result) -> str:
    """SPARQL 1.1 TSV results: terms in N-Triples/Turtle syntax."""
    if result.kind == "ask":
        return "?_askResult\n" + ("true" if result.boolean else "false") + "\n"
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


def to_json(result: Result) -> str:
    """SPARQL 1.1 Query Results JSON."""
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": result.boolean}) + "\n"
    bindings = [
        {v: _json_term(t) for v, t in zip(result.variables, row) if t is not None} for row in result.rows
    ]
    doc = {"head": {"vars": result.variables}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def _xml_term(term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if term.language:
        return f'<literal xml:lang="{escape(term.language)}">{escape(term.value)}</literal>'
    if term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        return f'<literal datatype="{escape(term.datatype.value)}">{escape(term.value)}</literal>'
    return f"<literal>{escape(term.value)}</literal>"


def to_xml(result: Result) -> str:
    """SPARQL Query Results XML Format."""
    out = ['<?xml version="1.0"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">', "<head>"]
    if result.kind == "ask":
        out += ["</head>", f"<boolean>{'true' if result.boolean else 'false'}</boolean>", "</sparql>"]
        return "\n".join(out) + "\n"
    out += [f'<variable name="{escape(v)}"/>' for v in result.variables]
    out += ["</head>", "<results>"]
    for row in result.rows:
        cells = [f'<binding name="{escape(v)}">{_xml_term(t)}</binding>'
                 for v, t in zip(result.variables, row) if t is not None]
        out.append("<result>" + "".join(cells) + "</result>")
    out += ["</results>", "</sparql>"]
    return "\n".join(out) + "\n"
