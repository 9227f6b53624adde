"""Extraction stage: actor recognition and relation extraction as registered spaCy components."""

from __future__ import annotations

from spacy.language import Language

from kg.extract import components  # noqa: F401  (registers the kg_actors and kg_relations factories)
from kg.nlp import make_nlp


def make_pipeline(lexicon_dir: str | None = None) -> Language:
    """The full pipeline: pyvi tokenizer, then the registered actor and relation components."""
    nlp = make_nlp()
    nlp.add_pipe("kg_actors", config={"lexicon_dir": lexicon_dir})
    nlp.add_pipe("kg_relations", config={"lexicon_dir": lexicon_dir})
    return nlp
