"""Graph (kg/graph.py contract) -> RDF: actors, direct edges, statement nodes with provenance, articles.

Default graph: actors, outlets and the direct edges. One named graph per article (named by the article's IRI):
the article's description and the statements extracted from it. See docs/rdf.md for the model.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from itertools import groupby
from pathlib import Path

import networkx as nx
from rdflib import OWL, RDF, RDFS, XSD, Dataset, Literal, URIRef
from rdflib.namespace import PROV

from kg.atomic import atomic_write
from kg.model import ArticleMeta, Event
from kg.rdf.namespace import (
    KG,
    MODE,
    PREFIXES,
    REL,
    SCHEMA,
    WD,
    actor_iri,
    article_iri,
    outlet_iri,
    statement_iri,
)

Quad = tuple[URIRef, URIRef, object, URIRef | None]  # graph None = default graph

ACTOR_CLASSES = {
    "country": (KG.Country, SCHEMA.Country),
    "government": (KG.Government, SCHEMA.GovernmentOrganization),
    "military": (KG.Military, SCHEMA.GovernmentOrganization),
    "organisation": (KG.Organisation, SCHEMA.Organization),
    "armed_group": (KG.ArmedGroup, SCHEMA.Organization),
    "person": (KG.Person, SCHEMA.Person),
    "coalition": (KG.Coalition, SCHEMA.Organization),
    "other": (KG.OtherActor, SCHEMA.Thing),
}
OUTPUTS = (("graph.ttl", "ttl"), ("graph.trig", "trig"), ("graph.nq", "nq"), ("graph.jsonld", "jsonld"))


def iter_quads(graph: nx.MultiDiGraph) -> Iterator[Quad]:
    """Every quad of the RDF view of `graph`, in no particular order."""
    yield from default_quads(graph)
    for _article_id, quads in article_graphs(graph):
        yield from quads


def default_quads(graph: nx.MultiDiGraph) -> Iterator[Quad]:
    """The default graph: actors, direct edges and outlets (small: it grows with the actors, not the articles)."""
    for actor_id, data in graph.nodes(data=True):
        yield from _actor(actor_id, data)
    for subject, obj, data in graph.edges(data=True):
        if data.get("asserted"):
            yield actor_iri(subject), KG[data["relation"]], actor_iri(obj), None
    articles: dict[str, ArticleMeta] = graph.graph.get("articles", {})
    for outlet in sorted({meta.outlet for meta in articles.values() if meta.outlet}):
        node = outlet_iri(outlet)
        yield node, RDF.type, KG.Outlet, None
        yield node, SCHEMA.name, Literal(outlet), None


def article_graphs(graph: nx.MultiDiGraph, order=None) -> Iterator[tuple[str, Iterator[Quad]]]:
    """(article id, quads of its named graph), one article at a time, by article id or by `order`(id)."""
    articles: dict[str, ArticleMeta] = graph.graph.get("articles", {})
    events = graph.graph.get("events", [])
    by_doc = _events_by_doc(events)
    mentioned = _mentions_by_article(graph)
    for article_id in sorted(set(articles) | set(by_doc), key=order):
        yield article_id, _article_graph(articles.get(article_id), article_id, mentioned.get(article_id, ()),
                                         [events[i] for i in by_doc.get(article_id, ())])


def _article_graph(meta: ArticleMeta | None, article_id: str, mentioned, events: list[Event]) -> Iterator[Quad]:
    if meta is not None:
        yield from _article(meta, mentioned)
    for ordinal, event in enumerate(events, start=1):
        yield from _statement(event, ordinal)


def _events_by_doc(events: list[Event]) -> dict[str, list[int]]:
    """Event indices per article, in event order (a statement's ordinal is its rank here)."""
    out: dict[str, list[int]] = {}
    for index, event in enumerate(events):
        out.setdefault(event.doc, []).append(index)
    return out


def to_dataset(graph: nx.MultiDiGraph) -> Dataset:
    dataset = Dataset()
    for prefix, namespace in _bindings():
        dataset.bind(prefix, namespace)
    default = dataset.default_graph
    for s, p, o, g in iter_quads(graph):
        (default if g is None else dataset.graph(g)).add((s, p, o))
    return dataset


RDF_FORMATS = tuple(fmt for _name, fmt in OUTPUTS)


def write_rdf(graph: nx.MultiDiGraph, out_dir: Path, formats: Iterable[str] = RDF_FORMATS) -> list[Path]:
    """Write graph.ttl, graph.trig, graph.nq, graph.jsonld (those of `formats`) and ontology.ttl to out_dir,
    atomically, byte-stable.

    Memory stays bounded by the default graph plus one article's graph: each file is written article by article
    (named graphs sort by article IRI), and the triple formats walk the subjects in sorted order. This is the
    straightforward writer; kg.rdf.pieces writes the same bytes from pieces serialised while extraction runs.
    """
    from kg.rdf.serialize import write_graphs, write_subjects

    out_dir = Path(out_dir)
    wanted = set(formats)
    if "ttl" in wanted:
        with atomic_write(out_dir / "graph.ttl", "wb") as handle:
            write_subjects(_subject_triples(graph), "ttl", handle)
    dataset_formats = {name: fmt for name, fmt in OUTPUTS if fmt != "ttl" and fmt in wanted}
    if dataset_formats:
        with ExitStack() as stack:
            outputs = {fmt: stack.enter_context(atomic_write(out_dir / name, "wb"))
                       for name, fmt in dataset_formats.items()}
            write_graphs(_sorted_graphs(graph), outputs)
    return written_rdf(out_dir, wanted)


def written_rdf(out_dir: Path, formats: set[str]) -> list[Path]:
    """The RDF files of `formats`, in output order, and ontology.ttl (written here) with any of them."""
    from kg.rdf.ontology import shipped_ontology

    paths = [out_dir / name for name, fmt in OUTPUTS if fmt in formats]
    if paths:
        paths.append(_write(out_dir / "ontology.ttl", shipped_ontology()))
    return paths


def _sorted_graphs(graph: nx.MultiDiGraph) -> Iterator[list]:
    """Each graph's sorted Oxigraph quads: the default graph first, then named graphs in IRI order."""
    from kg.rdf.serialize import sorted_ox_quads, term_key

    yield sorted_ox_quads(default_quads(graph))
    for _article_id, quads in article_graphs(graph, order=lambda article_id: term_key(article_iri(article_id))):
        yield sorted_ox_quads(quads)


def _subject_triples(graph: nx.MultiDiGraph) -> Iterator[list]:
    """The union of all graphs as triples, one subject at a time in sorted order (ttl, nt).

    Three sorted streams of (subject key, quads) are merged: the default graph's subjects (small, in memory),
    the articles and the statements, the last two generated one subject at a time.
    """
    from kg.rdf.serialize import sorted_ox_quads, term_key

    default: dict[str, list[Quad]] = {}
    for quad in default_quads(graph):
        default.setdefault(term_key(quad[0]), []).append(quad)
    streams = [
        ((key, default[key]) for key in sorted(default)),
        _article_subjects(graph),
        _statement_subjects(graph.graph.get("events", [])),
    ]
    merged = heapq.merge(*streams, key=lambda subject: subject[0])
    for _key, group in groupby(merged, key=lambda subject: subject[0]):
        quads = [quad for _key, quads in group for quad in quads]
        yield [quad.triple for quad in sorted_ox_quads((s, p, o, None) for s, p, o, _g in quads)]


def _article_subjects(graph: nx.MultiDiGraph) -> Iterator[tuple[str, Iterator[Quad]]]:
    from kg.rdf.serialize import term_key

    articles: dict[str, ArticleMeta] = graph.graph.get("articles", {})
    mentioned = _mentions_by_article(graph)
    for key, article_id in sorted((term_key(article_iri(a)), a) for a in articles):
        yield key, _article(articles[article_id], mentioned.get(article_id, ()))


def _statement_subjects(events: list[Event]) -> Iterator[tuple[str, Iterator[Quad]]]:
    """Statements in IRI order. An article's statement IRIs share the prefix <.../statement/SEGMENT/, and a
    segment holds no "/", so ordering articles by that prefix, then each article's IRIs, orders them all."""
    from kg.rdf.serialize import term_key

    def prefix(doc: str) -> str:
        key = term_key(statement_iri(doc, 1))
        return key[: key.rindex("/") + 1]

    by_doc = _events_by_doc(events)
    for doc in sorted(by_doc, key=prefix):
        ranked = sorted((term_key(statement_iri(doc, n)), n, i) for n, i in enumerate(by_doc[doc], start=1))
        for key, ordinal, index in ranked:
            yield key, _statement(events[index], ordinal)


def _write(path: Path, data: bytes) -> Path:
    with atomic_write(path, "wb") as handle:
        handle.write(data)
    return path


def _bindings():
    return PREFIXES.items()


def _actor(actor_id: str, data: dict) -> Iterator[Quad]:
    node = actor_iri(actor_id)
    for cls in (KG.Actor, *ACTOR_CLASSES.get(data.get("type") or "other", ACTOR_CLASSES["other"])):
        yield node, RDF.type, cls, None
    yield node, KG.id, Literal(actor_id), None
    yield node, KG.actorType, Literal(data.get("type") or "other"), None
    if data.get("label"):
        yield node, RDFS.label, Literal(data["label"], lang="en"), None
    if data.get("label_vi"):
        yield node, RDFS.label, Literal(data["label_vi"], lang="vi"), None
    if data.get("qid"):
        yield node, OWL.sameAs, WD[data["qid"]], None
    if data.get("country") and data["country"] != actor_id:
        yield node, KG.country, actor_iri(data["country"]), None
    if data.get("role"):
        yield node, SCHEMA.jobTitle, Literal(data["role"], lang="en"), None
    yield node, KG.mentions, Literal(int(data.get("mentions") or 0)), None


def _mentions_by_article(graph: nx.MultiDiGraph) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for actor_id, articles in graph.nodes(data="articles"):
        for article_id in articles or ():
            out.setdefault(article_id, []).append(actor_id)
    return out


def _article(meta: ArticleMeta, mentioned) -> Iterator[Quad]:
    node = article_iri(meta.id)
    yield node, RDF.type, SCHEMA.NewsArticle, node
    yield node, KG.id, Literal(meta.id), node
    yield node, KG.sourceFile, Literal(meta.source), node
    if meta.title:
        yield node, SCHEMA.headline, Literal(meta.title, lang="vi"), node
    if meta.date:
        yield node, SCHEMA.datePublished, _date(meta.date), node
    if meta.url:
        yield node, SCHEMA.url, _url(meta.url), node
    if meta.sha256:
        yield node, KG.sha256, Literal(meta.sha256), node
    if meta.outlet:  # the outlet itself is described in the default graph
        yield node, SCHEMA.publisher, outlet_iri(meta.outlet), node
    for actor_id in mentioned:
        yield node, SCHEMA.mentions, actor_iri(actor_id), node


def _statement(event: Event, ordinal: int) -> Iterator[Quad]:
    node, article = statement_iri(event.doc, ordinal), article_iri(event.doc)
    yield node, RDF.type, KG.Statement, article
    for actor_id in event.subjects:
        yield node, KG.actor, actor_iri(actor_id), article
    for actor_id in event.objects:
        yield node, KG.recipient, actor_iri(actor_id), article
    KG[event.relation]  # an unknown relation fails here, like everywhere else in the vocabulary
    yield node, KG.relation, REL[event.relation], article
    yield node, KG.mode, MODE[event.mode], article
    yield node, KG.confidence, Literal(_decimal(event.confidence), datatype=XSD.decimal), article
    yield node, KG.evidence, Literal(event.evidence, lang="vi"), article
    yield node, KG.sentence, Literal(event.sentence, lang="vi"), article
    yield node, KG.sentenceStart, Literal(event.sentence_start), article
    yield node, KG.evidenceStart, Literal(event.evidence_start), article
    yield node, KG.evidenceEnd, Literal(event.evidence_end), article
    yield node, KG.rule, Literal(event.rule), article
    yield node, KG.symmetric, Literal(bool(event.symmetric)), article
    if event.source:
        yield node, KG.speaker, actor_iri(event.source), article
    if event.date:
        yield node, KG.eventDate, _date(event.date), article
    if event.place:
        yield node, KG.place, Literal(event.place, lang="vi"), article
    yield node, PROV.wasDerivedFrom, article, article


def _decimal(value: float) -> str:
    text = f"{round(float(value), 4):.4f}".rstrip("0")
    return text + "0" if text.endswith(".") else text


def _url(text: str) -> URIRef | Literal:
    """An IRI when the input's URL is an absolute IRI, else a plain literal (a relative or broken URL from a
    JSONL field must not make the RDF unwritable)."""
    import pyoxigraph

    try:
        pyoxigraph.NamedNode(text)
    except ValueError:
        return Literal(text)
    return URIRef(text)


def _date(text: str) -> Literal:
    """xsd:date when the text is an ISO date, else a plain literal (never a wrong typed value)."""
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return Literal(text)
    return Literal(text, datatype=XSD.date)
