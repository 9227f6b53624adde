"""spaCy component `kg_relations_syntax`: events coded from the dependency tree, alone or added to the rules'.

`make_pipeline(extractor=...)` chooses: "rules" (kg_relations), "syntax" (this component alone) or "both"
(kg_relations, then this component with merge=True: the union, deduplicated by sentence, subjects, relation and
objects, the rules' event kept when both code the same one).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.components import RelationComponent, _codable, _register_extensions, same_side_of
from kg.extract.relations import load_triggers
from kg.extract.syntax import SyntaxRelationExtractor, words_of_span
from kg.model import Event, Explanation


@Language.factory("kg_relations_syntax", default_config={"lexicon_dir": None, "merge": False, "model_path": None})
def make_syntax_component(nlp: Language, name: str, lexicon_dir: str | None, merge: bool,
                          model_path: str | None) -> SyntaxRelationComponent:
    return SyntaxRelationComponent(Path(lexicon_dir) if lexicon_dir else None, merge, model_path)


def event_key(event: Event) -> tuple:
    return (event.sentence_start, event.subjects, event.relation, event.objects)


def merge_events(first: Iterable[Event], second: Iterable[Event]) -> list[Event]:
    """Events of `first`, then those of `second` that `first` does not already have."""
    out = list(first)
    seen = {event_key(e) for e in out}
    for event in second:
        if event_key(event) not in seen:
            seen.add(event_key(event))
            out.append(event)
    return out



class SyntaxRelationComponent:
    """Sets doc._.kg_events (and kg_explain); with merge=True adds to what kg_relations set."""

    def __init__(self, lexicon_dir: Path | None = None, merge: bool = False, model_path: str | None = None):
        _register_extensions()
        triggers = load_triggers(lexicon_dir / "triggers.jsonl" if lexicon_dir else None)
        self.extractor = SyntaxRelationExtractor(triggers, model_path=model_path)
        self.merge = merge

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text  # Doc.text joins every token: build it once per doc
        infos = list(doc._.kg_sentences or ())
        candidates = [self._candidate(doc, info) for info in infos]
        chosen = [c for c in candidates if c is not None]
        trees = iter(self.extractor.parse(chosen) if chosen else ())  # one batch of parses per document
        same_side = same_side_of(doc._.kg_actors.actors)
        events: list[Event] = []
        explanations: list[Explanation] = []
        for info, candidate in zip(infos, candidates):
            reasons = []
            if candidate is not None:
                found, reasons = self.extractor.code("", text, candidate, next(trees), same_side)
                events += found
            explanations += RelationComponent._explain(text, info, reasons)
        if self.merge:
            merged = merge_events(doc._.kg_events or [], events)
            added = {(e.sentence_start, e.evidence, e.relation) for e in merged[len(doc._.kg_events or []):]}
            explanations = list(doc._.kg_explain or []) + [
                x for x in explanations if x.status == "coded" and (x.sentence_start, x.trigger, x.relation) in added]
            events = merged
        doc._.kg_events = events
        doc._.kg_explain = explanations
        return doc

    def _candidate(self, doc: Doc, info):
        span = doc.char_span(info.start, info.end, alignment_mode="expand")
        words = words_of_span(span) if span is not None else None
        return self.extractor.select(info.start, info.end, info.syls, _codable(info.mentions), words)
