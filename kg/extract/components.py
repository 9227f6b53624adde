"""spaCy components `kg_actors` and `kg_relations`, registered by name; results live on `Doc._`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.actors import ActorRecognizer, ArticleActors, Syl
from kg.extract.lexicon import SYLLABLE, load_lexicon
from kg.extract.relations import RelationExtractor, load_triggers
from kg.model import Event, Explanation, Mention
from kg.nlp import doc_text


@dataclass
class SentenceInfo:
    start: int
    end: int
    syls: list[Syl]
    mentions: list[Mention]


def _register_extensions() -> None:
    for name in ("kg_actors", "kg_sentences", "kg_events", "kg_explain"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


@Language.factory("kg_actors", default_config={"lexicon_dir": None})
def make_actor_component(nlp: Language, name: str, lexicon_dir: str | None) -> ActorComponent:
    return ActorComponent(Path(lexicon_dir) if lexicon_dir else None)


@Language.factory("kg_relations", default_config={"lexicon_dir": None})
def make_relation_component(nlp: Language, name: str, lexicon_dir: str | None) -> RelationComponent:
    return RelationComponent(Path(lexicon_dir) if lexicon_dir else None)


class ActorComponent:
    """Sets doc._.kg_actors (ArticleActors) and doc._.kg_sentences (SentenceInfo per sentence)."""

    def __init__(self, lexicon_dir: Path | None = None):
        _register_extensions()
        self.recognizer = ActorRecognizer(load_lexicon(lexicon_dir))

    def __call__(self, doc: Doc) -> Doc:
        state = ArticleActors()
        sentences = []
        text = doc_text(doc)
        # token boundaries of the whole doc: tokens never overlap, so within a sentence these are its own
        starts, ends, spans = _token_layout(doc)
        for start, end in spans:
            piece = text[start:end]
            if not piece.strip():
                continue
            start += len(piece) - len(piece.lstrip())
            end -= len(piece) - len(piece.rstrip())
            syls = [Syl(m.group(), a, b, a in starts, b in ends)
                    for m in SYLLABLE.finditer(text, start, end) for a, b in (m.span(),)]
            mentions = self.recognizer.sentence(text, start, end, state, syls)
            sentences.append(SentenceInfo(start, end, syls, mentions))
        doc._.kg_actors = state
        doc._.kg_sentences = sentences
        return doc


def _codable(mentions: list[Mention]) -> list[Mention]:
    """Mentions the event coder may use: proper names found only by capitalisation stay graph nodes (with
    their mentions) but are not coded as parties to events, which they too often are not (places, outlets)."""
    return [m for m in mentions if m.via != "proper_noun"]


def _token_layout(doc: Doc) -> tuple[set[int], set[int], list[tuple[int, int]]]:
    """(token start offsets, token end offsets, (start_char, end_char) of each of doc.sents), read from the
    doc's arrays rather than by making a Token object per token."""
    if not len(doc):
        return set(), set(), [(s.start_char, s.end_char) for s in doc.sents]
    idx, length, sent_start = doc.to_array([IDX, LENGTH, SENT_START]).T.tolist()
    ends = [a + n for a, n in zip(idx, length)]
    firsts = [0] + [i for i in range(1, len(idx)) if sent_start[i] == 1]  # as Doc.sents cuts them
    lasts = [i - 1 for i in firsts[1:]] + [len(idx) - 1]
    return set(idx), set(ends), [(idx[a], ends[b]) for a, b in zip(firsts, lasts)]


class RelationComponent:
    """Sets doc._.kg_events: events with an empty `doc` field (the caller knows the article id)."""

    def __init__(self, lexicon_dir: Path | None = None):
        _register_extensions()
        self.extractor = RelationExtractor(load_triggers(lexicon_dir / "triggers.jsonl" if lexicon_dir else None))

    def __call__(self, doc: Doc) -> Doc:
        events: list[Event] = []
        actors = doc._.kg_actors.actors

        def same_side(a: str, b: str) -> bool:
            """A person or agency and the country it acts for are one side, not two parties."""
            ca = actors[a].country if a in actors else None
            cb = actors[b].country if b in actors else None
            return ca == b or cb == a

        explanations: list[Explanation] = []
        text = doc_text(doc)  # Doc.text joins every token: never once per sentence
        for info in doc._.kg_sentences or ():
            found = self.extractor.sentence("", text, info.start, info.end, info.syls, _codable(info.mentions),
                                            same_side)
            events.extend(found)
            explanations.extend(self._explain(text, info, self.extractor.last_explanations))
        doc._.kg_events = events
        doc._.kg_explain = explanations
        return doc

    @staticmethod
    def _explain(text: str, info: SentenceInfo, triggers: list[tuple[str, str, str, str]]) -> list[Explanation]:
        actors = tuple(dict.fromkeys(m.actor_id for m in info.mentions))
        sentence = text[info.start : info.end]
        out = []
        for evidence, relation, status, why in triggers:
            out.append(Explanation("", sentence, info.start, status, why, evidence, relation, actors))
        if not triggers and len(actors) >= 2:
            out.append(Explanation("", sentence, info.start, "missed", "two or more actors but no relation trigger",
                                   None, None, actors))
        return out
