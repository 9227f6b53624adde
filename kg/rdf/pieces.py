"""The RDF files written from per-article pieces serialised as results arrive (`kg build`'s export process).

An article's named graph (its description and its statements) depends on that article's result only: its
metadata, its events in their stable order (the graph sorts events by article first), and the actors it mentions.
So each article is serialised once, when its result arrives, into the bytes it contributes to every format:
its N-Quads lines, its TriG graph block, its JSON-LD items, and its Turtle subject blocks (the article, then its
statements). At the end only the default graph (actors, direct edges, outlets) is serialised, and each file is
the concatenation of the pieces in sorted order: Oxigraph's writers give the same bytes for sorted quads written
graph by graph (subject by subject for Turtle) as in one stream, so the files equal kg.rdf.build.write_rdf's
(tests/test_export_overlap.py compares them).

Two cases fall back to the straightforward writer or recompute a piece, so the bytes never depend on this path:
an event whose `doc` is not its result's article (its statement would belong to another graph), and a mention of
an actor that the article's own result does not describe (another article may make it a node of the graph).
"""

from __future__ import annotations

import heapq
import json
import tempfile
from collections.abc import Iterable
from contextlib import ExitStack
from itertools import chain
from pathlib import Path
from typing import IO, NamedTuple, Self

import networkx as nx
import pyoxigraph as ox
from rdflib import RDF, XSD, URIRef
from rdflib.namespace import PROV

from kg.atomic import atomic_write
from kg.model import ArticleMeta, ArticleResult, Event
from kg.rdf.build import (
    OUTPUTS,
    RDF_FORMATS,
    _article,
    _date,
    _decimal,
    _statement,
    _url,
    default_quads,
    write_rdf,
    written_rdf,
)
from kg.rdf.namespace import (
    KG,
    MODE,
    PREFIXES,
    REL,
    SCHEMA,
    actor_iri_text,
    article_iri_text,
    outlet_iri_text,
    statement_iri_text,
)
from kg.rdf.serialize import (
    FORMATS,
    JsonLdObject,
    _quad_key,
    dumps_indented,
    jsonld_items,
    jsonld_literal,
    jsonld_rows,
    sorted_ox_quads,
    to_ox_term,
)

_PIECES = ("nq", "trig", "jsonld", "ttl_article", "ttl_statements")
_HEADER = b"\n".join(f"@prefix {name}: <{iri}> .".encode() for name, iri in PREFIXES.items()) + b"\n"


class _Entry(NamedTuple):
    graph_key: str  # the article's IRI as sorted (its graph's name; also its subject in graph.ttl)
    statements_key: str  # the prefix of its statements' IRIs (they sort together, see _statement_subjects)
    article_id: str
    offset: int
    lengths: tuple[int, ...]  # bytes of each of _PIECES, stored one after the other from offset
    unknown: tuple[str, ...]  # mentioned actors its own result does not describe


class RdfPieces:
    """Collect each article's serialised RDF in an anonymous temporary file; `write` assembles the files.
    A context manager."""

    def __init__(self, directory: str | Path | None = None, formats: Iterable[str] = RDF_FORMATS):
        self.formats = {fmt for fmt in formats if fmt in RDF_FORMATS}
        self._file = tempfile.TemporaryFile(prefix=".kg-rdf-", dir=directory)  # noqa: SIM115 (closed by __exit__)
        self._index: list[_Entry] = []
        self._terms = _Terms()
        self.regular = True  # False: some result has an event of another article; write_rdf writes the files

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self._file.close()

    def add(self, result: ArticleResult) -> None:
        if not self.formats or not self.regular:
            return
        article_id = result.article.id
        if any(event.doc != article_id for event in result.events):
            self.regular = False
            return
        own = {actor.id for actor in result.actors}
        mentioned = {mention.actor_id for mention in result.mentions}
        self._store(result.article, sorted(mentioned & own), _sorted_events(result.events),
                    tuple(sorted(mentioned - own)))

    def _store(self, meta: ArticleMeta, mentioned: list[str], events: list[Event], unknown: tuple[str, ...]) -> None:
        pieces = article_pieces(meta, mentioned, events, self.formats, self._terms)
        self._file.seek(0, 2)
        offset = self._file.tell()
        for piece in pieces:
            self._file.write(piece)
        self._index.append(_Entry(f"<{article_iri_text(meta.id)}>", _statements_key(meta.id), meta.id, offset,
                                  tuple(len(piece) for piece in pieces), unknown))

    def write(self, graph: nx.MultiDiGraph, out_dir: Path) -> list[Path]:
        """Write the selected RDF files (and ontology.ttl) of `graph`, whose articles are the ones added."""
        out_dir = Path(out_dir)
        if not self.formats:
            return []
        if not self.regular or len(self._index) != len(graph.graph.get("articles", {})):
            return write_rdf(graph, out_dir, self.formats)
        self._recompute_unknown(graph)
        default = sorted_ox_quads(default_quads(graph))
        by_graph = sorted(self._index)
        if "ttl" in self.formats:
            with atomic_write(out_dir / "graph.ttl", "wb") as handle:
                self._write_turtle(default, by_graph, handle)
        with ExitStack() as stack:
            outputs = {fmt: stack.enter_context(atomic_write(out_dir / name, "wb"))
                       for name, fmt in OUTPUTS if fmt != "ttl" and fmt in self.formats}
            self._write_datasets(default, by_graph, outputs)
        return written_rdf(out_dir, self.formats)

    # -- assembling --
    def _piece(self, entry: _Entry, name: str) -> bytes:
        index = _PIECES.index(name)
        self._file.seek(entry.offset + sum(entry.lengths[:index]))
        return self._file.read(entry.lengths[index])

    def _write_datasets(self, default: list[ox.Quad], entries: list[_Entry], outputs: dict[str, IO[bytes]]) -> None:
        if "nq" in outputs:
            outputs["nq"].write(ox.serialize(default, format=FORMATS["nq"]))
        if "trig" in outputs:
            outputs["trig"].write(_HEADER + _strip_prefixes(ox.serialize(default, format=FORMATS["trig"],
                                                                         prefixes=PREFIXES)))
        started = False
        if "jsonld" in outputs:
            items = _jsonld_items(default)
            if items:
                outputs["jsonld"].write(b"[\n" + items)
                started = True
        for entry in entries:  # one read of the pieces file, in graph order, for all three formats
            for fmt, handle in outputs.items():
                piece = self._piece(entry, fmt)
                if fmt == "jsonld":
                    if not piece:
                        continue
                    handle.write((b",\n" if started else b"[\n") + piece)
                    started = True
                else:
                    handle.write(piece)
        if "jsonld" in outputs:
            outputs["jsonld"].write(b"\n]\n" if started else b"[]\n")

    def _write_turtle(self, default: list[ox.Quad], entries: list[_Entry], handle: IO[bytes]) -> None:
        """graph.ttl: the subjects of every graph in sorted order (three sorted streams merged, as in
        kg.rdf.build._subject_triples)."""
        subjects: dict[str, list[ox.Triple]] = {}
        for quad in default:  # sorted by subject already: each subject's triples stay in order
            subjects.setdefault(str(quad.subject), []).append(quad.triple)
        streams = [
            ((key, ("default", key)) for key in sorted(subjects)),
            ((entry.graph_key, ("ttl_article", entry)) for entry in entries),
            ((entry.statements_key, ("ttl_statements", entry))
             for entry in sorted(entries, key=lambda entry: entry.statements_key)),
        ]
        handle.write(_HEADER)
        for _key, (kind, what) in heapq.merge(*streams, key=lambda item: item[0]):
            if kind == "default":
                handle.write(_strip_prefixes(ox.serialize(subjects[what], format=FORMATS["ttl"], prefixes=PREFIXES)))
            else:
                handle.write(self._piece(what, kind))

    def _recompute_unknown(self, graph: nx.MultiDiGraph) -> None:
        """Articles that mention an actor described only by another article: serialise them again with the
        graph's view of what they mention (rare: an actor's description normally comes with its mention)."""
        nodes = graph.nodes
        redo = [entry for entry in self._index if any(actor in nodes for actor in entry.unknown)]
        if not redo:
            return
        events_of: dict[str, list[Event]] = {}
        for event in graph.graph.get("events", []):
            events_of.setdefault(event.doc, []).append(event)
        stale = {entry.article_id for entry in redo}
        self._index = [entry for entry in self._index if entry.article_id not in stale]
        for entry in redo:
            mentioned = sorted(actor for actor, articles in graph.nodes(data="articles")
                               if entry.article_id in (articles or ()))
            self._store(graph.graph["articles"][entry.article_id], mentioned, events_of.get(entry.article_id, []), ())


def article_pieces(meta: ArticleMeta, mentioned: list[str], events: list[Event], formats: set[str],
                   convert=to_ox_term) -> list[bytes]:
    """One article's bytes in each of _PIECES (empty for a format not wanted). Each subject's quads are converted
    to Oxigraph terms once and sorted once (kg.rdf.serialize.sorted_ox_quads' order) for every format."""
    # (key, quad) pairs sorted by key: a quad's _quad_key (its N-Quads terms) is computed once, and two quads are
    # equal exactly when their keys are, so merging by key is the set union of the quads
    if isinstance(convert, _Terms):  # Oxigraph terms made directly, with their keys
        description = convert.description_keyed(meta, mentioned)
        statements = [convert.statement_keyed(event, ordinal) for ordinal, event in enumerate(events, start=1)]
    else:
        description = _keyed_quads(_article(meta, mentioned), convert)
        statements = [_keyed_quads(_statement(event, ordinal), convert)
                      for ordinal, event in enumerate(events, start=1)]
    merged = dict(chain(description, *statements))
    keys = sorted(merged)
    quads = [merged[key][0] for key in keys]
    # each statement's subject key (its IRI as sorted), for graph.ttl's order of subjects
    subject_keys = [keyed[0][0][1] for keyed in statements]
    description = [quad for _key, (quad, _members) in description]
    statements = [[quad for _key, (quad, _members) in keyed] for keyed in statements]
    pieces = dict.fromkeys(_PIECES, b"")
    if "nq" in formats:  # an N-Quads line is the quad's four terms as keyed, then " ."
        pieces["nq"] = "".join(f"{s} {p} {o} {g} .\n" for g, s, p, o in keys).encode("utf-8")
    if "trig" in formats:
        pieces["trig"] = _strip_prefixes(ox.serialize(quads, format=FORMATS["trig"], prefixes=PREFIXES))
    if "jsonld" in formats:
        # the article's graph is named, and its subjects and predicates are IRIs: each key's term is "<IRI>"
        pieces["jsonld"] = jsonld_rows([(g[1:-1], s[1:-1], p[1:-1], merged[(g, s, p, o)][1])
                                        for g, s, p, o in keys]).encode("utf-8")
    if "ttl" in formats:  # one graph per subject here: the sorted quads are the subject's sorted triples
        pieces["ttl_article"] = _turtle([description])
        ranked = sorted(range(len(statements)), key=subject_keys.__getitem__)
        pieces["ttl_statements"] = _turtle([statements[i] for i in ranked]) if statements else b""
    return [pieces[name] for name in _PIECES]


def _keyed_quads(quads, convert) -> Keyed:
    """The rdflib `quads`, converted, with their keys and JSON-LD objects, distinct and sorted by key (keys are
    distinct, so quads are never compared)."""
    converted = {ox.Quad(convert(s), convert(p), convert(o), ox.DefaultGraph() if g is None else convert(g))
                 for s, p, o, g in quads}
    return sorted((_quad_key(quad), (quad, _keyed_term(quad.object)[2])) for quad in converted)


# An Oxigraph term, its key (its N-Triples form, as _quad_key) and its members as a JSON-LD object
Term = tuple[ox.NamedNode | ox.Literal, str, JsonLdObject]
Keyed = list[tuple[tuple[str, str, str, str], tuple[ox.Quad, JsonLdObject]]]  # (key, (quad, its object's JSON-LD))


class _Terms:
    """rdflib -> Oxigraph terms, remembering IRIs (predicates, classes and actors recur in every article); the
    memory is emptied when it grows past `limit`, so it stays small however big the build. `statement_keyed` and
    `description_keyed` make a statement's and an article's quads as Oxigraph terms directly, with their sort
    keys, the very terms kg.rdf.build._statement's and _article's rdflib terms convert to (tests/test_fast_exports.py
    compares them), without making rdflib terms first nor reading the terms back from Oxigraph for the keys."""

    def __init__(self, limit: int = 20_000):
        self.limit = limit
        self.iris: dict[URIRef, ox.NamedNode] = {}
        self.texts: dict[str, Term] = {}  # IRI string -> its term
        self.actors: dict[str, Term] = {}  # actor id -> its IRI's term
        self.literals: dict[tuple, Term] = {}  # (kind, value) -> literal term, for values that recur
        self.p = {name: self._text(str(getattr(KG, name))) for name in (
            "actor", "recipient", "relation", "mode", "confidence", "evidence", "sentence", "sentenceStart",
            "evidenceStart", "evidenceEnd", "rule", "symmetric", "speaker", "eventDate", "place", "id", "sourceFile",
            "sha256")}
        self.p.update({name: self._text(str(getattr(SCHEMA, name))) for name in (
            "headline", "datePublished", "url", "publisher", "mentions")})
        self.p["type"], self.p["derived_from"] = self._text(str(RDF.type)), self._text(str(PROV.wasDerivedFrom))
        self.statement_class, self.news_article = self._text(str(KG.Statement)), self._text(str(SCHEMA.NewsArticle))
        self.integer, self.boolean = str(XSD.integer), str(XSD.boolean)
        self.relations: dict[str, Term] = {}
        self.modes: dict[str, Term] = {}

    def __call__(self, term):
        if type(term) is not URIRef:
            return to_ox_term(term)
        return self._remembered(self.iris, term, lambda: ox.NamedNode(str(term)))

    def _text(self, iri: str) -> Term:
        return self._remembered(self.texts, iri, lambda: _iri_term(iri))

    def _actor(self, actor_id: str) -> Term:
        return self._remembered(self.actors, actor_id, lambda: _iri_term(actor_iri_text(actor_id)))

    def _remembered(self, memo: dict, key, make):
        """memo[key], made on first use; the memo is emptied when full, so memory stays bounded."""
        value = memo.get(key)
        if value is None:
            if len(memo) >= self.limit:
                memo.clear()
            value = memo[key] = make()
        return value

    def _literal(self, kind: str, value, make) -> Term:
        key = (kind, value)
        term = self.literals.get(key)
        if term is None:
            if len(self.literals) >= self.limit:
                self.literals.clear()
            term = self.literals[key] = _keyed_term(make(value))
        return term

    def _relation(self, relation: str) -> Term:
        term = self.relations.get(relation)
        if term is None:
            KG[relation]  # an unknown relation fails here, as in kg.rdf.build._statement
            term = self.relations[relation] = _keyed_term(ox.NamedNode(str(REL[relation])))
        return term

    def _mode(self, mode: str) -> Term:
        term = self.modes.get(mode)
        if term is None:
            term = self.modes[mode] = _keyed_term(ox.NamedNode(str(MODE[mode])))
        return term

    def statement(self, event: Event, ordinal: int) -> set[ox.Quad]:
        """The quads of kg.rdf.build._statement(event, ordinal), as Oxigraph terms."""
        return {quad for _key, (quad, _members) in self.statement_keyed(event, ordinal)}

    def statement_keyed(self, event: Event, ordinal: int) -> Keyed:
        """statement's quads, each with its _quad_key, distinct and sorted by key."""
        p, literal, integer, actor = self.p, _literal_term, self.integer, self._actor
        objects = [
            (p["type"], self.statement_class),
            (p["relation"], self._relation(event.relation)),
            (p["mode"], self._mode(event.mode)),
            (p["confidence"], self._literal("decimal", _decimal(event.confidence), _decimal_literal)),
            (p["evidence"], literal(event.evidence, language="vi")),
            (p["sentence"], literal(event.sentence, language="vi")),
            (p["sentenceStart"], literal(str(event.sentence_start), datatype=integer)),
            (p["evidenceStart"], literal(str(event.evidence_start), datatype=integer)),
            (p["evidenceEnd"], literal(str(event.evidence_end), datatype=integer)),
            (p["rule"], literal(event.rule)),
            (p["symmetric"], literal("true" if event.symmetric else "false", datatype=self.boolean)),
        ]
        objects += [(p["actor"], actor(actor_id)) for actor_id in event.subjects]
        objects += [(p["recipient"], actor(actor_id)) for actor_id in event.objects]
        if event.source:
            objects.append((p["speaker"], actor(event.source)))
        if event.date:
            objects.append((p["eventDate"], self._literal("date", event.date, _date_literal)))
        if event.place:
            objects.append((p["place"], literal(event.place, language="vi")))
        article = self._text(article_iri_text(event.doc))
        objects.append((p["derived_from"], article))
        return _keyed_pairs(_iri_term(statement_iri_text(event.doc, ordinal)), article, objects)

    def description_keyed(self, meta: ArticleMeta, mentioned: Iterable[str]) -> Keyed:
        """The quads of kg.rdf.build._article(meta, mentioned) with their keys, distinct and sorted by key."""
        p, literal = self.p, _literal_term
        objects = [(p["type"], self.news_article), (p["id"], literal(meta.id)), (p["sourceFile"], literal(meta.source))]
        if meta.title:
            objects.append((p["headline"], literal(meta.title, language="vi")))
        if meta.date:
            objects.append((p["datePublished"], self._literal("date", meta.date, _date_literal)))
        if meta.url:
            objects.append((p["url"], _keyed_term(self(_url(meta.url)))))
        if meta.sha256:
            objects.append((p["sha256"], literal(meta.sha256)))
        if meta.outlet:
            objects.append((p["publisher"], self._text(outlet_iri_text(meta.outlet))))
        objects += [(p["mentions"], self._actor(actor_id)) for actor_id in mentioned]
        node = self._text(article_iri_text(meta.id))
        return _keyed_pairs(node, node, objects)


def _keyed_term(term: ox.NamedNode | ox.Literal) -> Term:
    if type(term) is ox.NamedNode:
        return term, str(term), (("@id", term.value),)
    return term, str(term), jsonld_literal(term.value, term.language, term.datatype.value)


def _iri_term(iri: str) -> Term:
    return ox.NamedNode(iri), f"<{iri}>", (("@id", iri),)


def _literal_term(value: str, language: str | None = None, datatype: str | None = None) -> Term:
    """A literal's term from its parts (its JSON-LD object from them too, not read back from Oxigraph)."""
    if language:
        literal = ox.Literal(value, language=language)
    elif datatype:
        literal = ox.Literal(value, datatype=ox.NamedNode(datatype))
    else:
        literal = ox.Literal(value)
    return literal, str(literal), jsonld_literal(value, language, datatype)


def _keyed_pairs(subject: Term, graph: Term, objects: list[tuple[Term, Term]]) -> Keyed:
    """The quads (subject, predicate, object, graph) of `objects`' (predicate, object) pairs with their
    _quad_keys, distinct (equal keys are equal quads) and sorted by key."""
    (subject_node, subject_key, _), (graph_node, graph_key, _) = subject, graph
    terms = {(graph_key, subject_key, p_key, o_key): (p_node, o_node, o_members)
             for (p_node, p_key, _), (o_node, o_key, o_members) in objects}
    quad = ox.Quad
    return [(key, (quad(subject_node, p_node, o_node, graph_node), o_members))
            for key in sorted(terms) for p_node, o_node, o_members in (terms[key],)]


def _decimal_literal(text: str) -> ox.Literal:
    from rdflib import Literal

    return to_ox_term(Literal(text, datatype=XSD.decimal))


def _date_literal(text: str) -> ox.Literal:
    return to_ox_term(_date(text))


def _sorted_events(events: Iterable[Event]) -> list[Event]:
    from kg.graph import event_sort_key

    return sorted(events, key=event_sort_key)


def _statements_key(article_id: str) -> str:
    key = f"<{statement_iri_text(article_id, 1)}>"  # term_key(statement_iri(article_id, 1))
    return key[: key.rindex("/") + 1]


def _turtle(subjects: list[list[ox.Quad]]) -> bytes:
    """Turtle of subjects given in order, each as its sorted quads of one graph, without the @prefix header."""
    triples = [quad.triple for quads in subjects for quad in quads]
    return _strip_prefixes(ox.serialize(triples, format=FORMATS["ttl"], prefixes=PREFIXES))


def _jsonld_items(quads: list[ox.Quad]) -> bytes:
    """The top-level JSON-LD items of `quads`, indented as kg.rdf.serialize._JsonLd writes them, joined."""
    if not quads:
        return b""
    text = jsonld_items(quads)
    if text is None:  # a term the direct writer does not know: Oxigraph's writer, re-indented
        items = json.loads(ox.serialize(quads, format=FORMATS["jsonld"]))
        text = ",\n".join(" " + dumps_indented(item, "\n ") for item in items)
    return text.encode("utf-8")


def _strip_prefixes(data: bytes) -> bytes:
    """Oxigraph's output without its @prefix lines (they come first, in an order of its own)."""
    start = 0
    while data.startswith(b"@prefix ", start):
        start = data.index(b"\n", start) + 1
    return data[start:]


