"""Our RDF vocabulary as a closed rdflib namespace, and the minting of IRIs for actors, articles and statements.

IRIs live under BASE. The vocabulary (classes, properties, one direct-edge property per relation type) is
`kg:` (closed: a typo such as `KG.cooperates` raises AttributeError). Relation types, modes and PLOVER quad
classes are SKOS concepts under `rel:`, `mode:` and `quad:`; their definitions ship in kg/ontology.ttl.
The hand-written terms mirror kg/rdf/ontology_core.ttl; the direct-edge properties, one per relation type, are
derived from kg/data/relation_types.jsonl (kg.vocab), the table kg/ontology.ttl is generated from.
"""

from __future__ import annotations

from urllib.parse import quote

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

from kg.rdf.iris import BASE, ONTOLOGY_IRI, PREFIXES  # noqa: F401  (re-exported)
from kg.vocab import relation_types

WD = Namespace("http://www.wikidata.org/entity/")
REL = Namespace(BASE + "relation/")
MODE = Namespace(BASE + "mode/")
QUAD = Namespace(BASE + "quad/")
SCHEMA = Namespace("https://schema.org/")


class _Core:
    """The hand-written kg: terms (kg/rdf/ontology_core.ttl; a test checks both ways)."""

    # classes
    Actor: URIRef
    Country: URIRef
    Government: URIRef
    Military: URIRef
    Organisation: URIRef
    ArmedGroup: URIRef
    Person: URIRef
    Coalition: URIRef
    OtherActor: URIRef
    Statement: URIRef
    RelationType: URIRef
    Mode: URIRef
    QuadClass: URIRef
    Outlet: URIRef
    # datatypes of skos:notation
    PLOVER: URIRef
    CAMEO: URIRef
    # concept schemes
    RelationTypes: URIRef
    Modes: URIRef
    QuadClasses: URIRef
    # actor properties
    id: URIRef
    actorType: URIRef
    country: URIRef
    mentions: URIRef
    # statement properties
    actor: URIRef
    recipient: URIRef
    relation: URIRef
    mode: URIRef
    confidence: URIRef
    evidence: URIRef
    sentence: URIRef
    sentenceStart: URIRef
    evidenceStart: URIRef
    evidenceEnd: URIRef
    rule: URIRef
    symmetric: URIRef
    speaker: URIRef
    eventDate: URIRef
    place: URIRef
    # relation-type properties
    quadClass: URIRef
    property: URIRef
    goldstein: URIRef
    # article properties
    sourceFile: URIRef
    sha256: URIRef
    # direct edges: the super-property (one sub-property per relation type is added from the table below)
    relatedTo: URIRef


def _namespace() -> type[DefinedNamespace]:
    """The closed kg: namespace: the core terms and one direct-edge property per relation type."""
    terms = [*_Core.__annotations__, *relation_types()]
    return type("KG", (DefinedNamespace,), {
        "__doc__": "The kg: vocabulary: kg/rdf/ontology_core.ttl plus one property per row of relation_types.jsonl.",
        "__module__": __name__,
        "__annotations__": dict.fromkeys(terms, URIRef),
        "_NS": Namespace(BASE + "ontology#"),
        "_fail": True,
    })


KG = _namespace()


def _segment(text: str) -> str:
    return quote(text, safe="-._~")


def actor_iri(actor_id: str) -> URIRef:
    """"country:RUS" -> <BASE/actor/country/RUS>; the id's colon becomes a path step."""
    return URIRef(actor_iri_text(actor_id))


def actor_iri_text(actor_id: str) -> str:
    """actor_iri as a string (kg.rdf.pieces builds Oxigraph terms from it without rdflib's)."""
    kind, sep, rest = actor_id.partition(":")
    path = f"{_segment(kind)}/{_segment(rest)}" if sep else _segment(actor_id)
    return f"{BASE}actor/{path}"


def article_iri(article_id: str) -> URIRef:
    """Also the name of the article's graph in graph.trig / graph.nq."""
    return URIRef(article_iri_text(article_id))


def article_iri_text(article_id: str) -> str:
    return f"{BASE}article/{_segment(article_id)}"


def statement_iri(article_id: str, ordinal: int) -> URIRef:
    """The ordinal-th (1-based) event of an article, in the graph's stable event order."""
    return URIRef(statement_iri_text(article_id, ordinal))


def statement_iri_text(article_id: str, ordinal: int) -> str:
    return f"{BASE}statement/{_segment(article_id)}/{ordinal}"


def outlet_iri(outlet: str) -> URIRef:
    return URIRef(outlet_iri_text(outlet))


def outlet_iri_text(outlet: str) -> str:
    return f"{BASE}outlet/{_segment(outlet)}"
