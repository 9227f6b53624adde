"""Our RDF vocabulary as a closed rdflib namespace, and the minting of IRIs for actors, articles and statements.

IRIs live under BASE. The vocabulary (classes, properties, one direct-edge property per relation type) is
`kg:` (closed: a typo such as `KG.cooperates` raises AttributeError). Relation types, modes and PLOVER quad
classes are SKOS concepts under `rel:`, `mode:` and `quad:`; their definitions ship in kg/ontology.ttl.
"""

from __future__ import annotations

from urllib.parse import quote

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

from kg.rdf.iris import BASE, ONTOLOGY_IRI, PREFIXES  # noqa: F401  (re-exported)

WD = Namespace("http://www.wikidata.org/entity/")
REL = Namespace(BASE + "relation/")
MODE = Namespace(BASE + "mode/")
QUAD = Namespace(BASE + "quad/")
SCHEMA = Namespace("https://schema.org/")


class KG(DefinedNamespace):
    """The kg: vocabulary. Keep in step with kg/ontology.ttl (a test checks both ways)."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

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
    # article properties
    sourceFile: URIRef
    sha256: URIRef
    # direct edges: the super-property and one sub-property per relation type (kg/data/relation_types.jsonl)
    relatedTo: URIRef
    consult: URIRef
    agree: URIRef
    cooperate: URIRef
    support: URIRef
    aid: URIRef
    request: URIRef
    propose: URIRef
    demand: URIRef
    concede: URIRef
    withdraw: URIRef
    accuse: URIRef
    reject: URIRef
    threaten: URIRef
    sanction: URIRef
    protest: URIRef
    investigate: URIRef
    coerce: URIRef
    mobilize: URIRef
    attack: URIRef




def _segment(text: str) -> str:
    return quote(text, safe="-._~")


def actor_iri(actor_id: str) -> URIRef:
    """"country:RUS" -> <BASE/actor/country/RUS>; the id's colon becomes a path step."""
    kind, sep, rest = actor_id.partition(":")
    path = f"{_segment(kind)}/{_segment(rest)}" if sep else _segment(actor_id)
    return URIRef(f"{BASE}actor/{path}")


def article_iri(article_id: str) -> URIRef:
    """Also the name of the article's graph in graph.trig / graph.nq."""
    return URIRef(f"{BASE}article/{_segment(article_id)}")


def statement_iri(article_id: str, ordinal: int) -> URIRef:
    """The ordinal-th (1-based) event of an article, in the graph's stable event order."""
    return URIRef(f"{BASE}statement/{_segment(article_id)}/{ordinal}")


def outlet_iri(outlet: str) -> URIRef:
    return URIRef(f"{BASE}outlet/{_segment(outlet)}")
