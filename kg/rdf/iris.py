"""IRI constants as plain strings, importable without rdflib (kg query and kg serve stay light)."""

from __future__ import annotations

BASE = "https://w3id.org/kg-vn/"
ONTOLOGY_IRI = BASE + "ontology"

# Turtle/TriG prefixes, in output order. Data IRIs (actor/, article/, statement/) stay unprefixed on purpose:
# their local parts contain "/" which Turtle would have to escape.
PREFIXES = {
    "kg": BASE + "ontology#",
    "rel": BASE + "relation/",
    "mode": BASE + "mode/",
    "quad": BASE + "quad/",
    "schema": "https://schema.org/",
    "wd": "http://www.wikidata.org/entity/",
    "owl": "http://www.w3.org/2002/07/owl#",
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "dcterms": "http://purl.org/dc/terms/",
}
