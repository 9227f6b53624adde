"""Extraction stage: actor recognition and relation extraction as registered spaCy components.

Importing this package imports no spaCy: the components are registered when a pipeline is made, so the parts
that need no spaCy (kg.extract.actors, which the cleaning process reads actors with) stay light to import.
"""

from __future__ import annotations

EXTRACTORS = ("rules", "scored", "syntax", "both")


def make_pipeline(lexicon_dir: str | None = None, extractor: str = "rules"):
    """The full pipeline (a spaCy Language): pyvi tokenizer, the actor component, then the relation extractor
    chosen: "rules" (word order), "scored" (liberal candidates kept by the learned event scorer), "syntax"
    (dependency tree) or "both" (rules and syntax, their union)."""
    if extractor not in EXTRACTORS:
        raise ValueError(f"extractor must be one of {', '.join(EXTRACTORS)}, not {extractor!r}")
    # importing these registers the kg_actors, kg_relations and kg_relations_syntax factories
    from kg.extract import components, syntax_component  # noqa: F401
    from kg.nlp import make_nlp

    nlp = make_nlp()
    nlp.add_pipe("kg_actors", config={"lexicon_dir": lexicon_dir})
    if extractor in ("rules", "both"):
        nlp.add_pipe("kg_relations", config={"lexicon_dir": lexicon_dir})
    if extractor == "scored":
        nlp.add_pipe("kg_relations", config={"lexicon_dir": lexicon_dir, "scorer": "default"})
    if extractor in ("syntax", "both"):
        nlp.add_pipe("kg_relations_syntax", config={"lexicon_dir": lexicon_dir, "merge": extractor == "both"})
    return nlp
