"""spaCy components `kg_actors` and `kg_relations`, registered by name; results live on `Doc._`."""

from __future__ import annotations

from dataclasses import replace
from functools import cached_property
from pathlib import Path

from spacy.attrs import IDX, LENGTH, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.actors import ActorRecognizer, SentenceInfo, TokenLayout
from kg.extract.candidates import SentenceView, sentence_candidates, topic_of
from kg.extract.discourse import code_sentence, live_claims
from kg.extract.lexicon import load_lexicon
from kg.extract.relations import RelationExtractor, load_triggers
from kg.model import Event, Explanation, Mention
from kg.nlp import doc_text

ARMED_GROUP = "armed_group:"  # a named armed group's id: its `country` is where it fights, not a side it acts for
# (a composite such as "Syrian rebels" stays the country's own side, as the unnamed groups the guidelines leave out)


def _register_extensions() -> None:
    for name in ("kg_actors", "kg_sentences", "kg_events", "kg_explain"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


@Language.factory("kg_actors", default_config={"lexicon_dir": None})
def make_actor_component(nlp: Language, name: str, lexicon_dir: str | None) -> ActorComponent:
    return ActorComponent(Path(lexicon_dir) if lexicon_dir else None)


@Language.factory("kg_relations", default_config={"lexicon_dir": None, "scorer": None})
def make_relation_component(nlp: Language, name: str, lexicon_dir: str | None,
                            scorer: str | None) -> RelationComponent:
    """`scorer`: None for the rules alone, "default" for the shipped event scorer, or a model directory."""
    return RelationComponent(Path(lexicon_dir) if lexicon_dir else None, scorer)


class ActorComponent:
    """Sets doc._.kg_actors (ArticleActors) and doc._.kg_sentences (SentenceInfo per sentence).

    A Doc made from tokens segmented ahead (kg.clean_ahead) may carry its actors read there as well, with the
    default lexicon (kg.extract.article puts them in its user_data under ACTORS_AHEAD): the same reading of the same
    tokens, so a component with the default lexicon takes them as they are instead of reading again."""

    def __init__(self, lexicon_dir: Path | None = None):
        _register_extensions()
        self.lexicon_dir = lexicon_dir
        self.default_lexicon = lexicon_dir is None

    @cached_property
    def recognizer(self) -> ActorRecognizer:
        """Loaded on first use: a `kg build --jobs 1` whose actors all come read ahead never loads the lexicon here
        (half a second of its start-up)."""
        return ActorRecognizer(load_lexicon(self.lexicon_dir))

    def __call__(self, doc: Doc) -> Doc:
        ahead = doc.user_data.pop(ACTORS_AHEAD, None)
        if ahead is None or not self.default_lexicon:
            ahead = self.recognizer.article(doc_text(doc), doc_layout(doc))
        doc._.kg_actors, doc._.kg_sentences = ahead
        return doc


ACTORS_AHEAD = "kg.actors_ahead"


def _codable(mentions: list[Mention]) -> list[Mention]:
    """Mentions the event coder may use: proper names found only by capitalisation stay graph nodes (with
    their mentions) but are not coded as parties to events, which they too often are not (places, outlets).
    A name after a person title ("Bà X", "Tướng X") is a person, and is coded."""
    return [m for m in mentions if m.via != "proper_noun"]


def doc_layout(doc: Doc) -> TokenLayout:
    """Where the segmenter put the doc's words (kg.extract.actors.TokenLayout), read from the doc's arrays rather
    than by making a Token object per token."""
    starts, ends, spans = _token_layout(doc)
    return TokenLayout(frozenset(starts), frozenset(ends), frozenset(_verb_starts(doc)), tuple(spans))


def _verb_starts(doc: Doc) -> set[int]:
    """Start offsets of the words pyvi tags as verbs (tags V, Vb, Vy): a request's complement starts with one."""
    if not len(doc):
        return set()
    idx, tags = doc.to_array([IDX, TAG]).T.tolist()
    verb_tags = {t for t in set(tags) if doc.vocab.strings[t].startswith("V")}
    return {a for a, t in zip(idx, tags) if t in verb_tags}


def _token_layout(doc: Doc) -> tuple[set[int], set[int], list[tuple[int, int]]]:
    """(token start offsets, token end offsets, (start_char, end_char) of each of doc.sents)."""
    if not len(doc):
        return set(), set(), [(s.start_char, s.end_char) for s in doc.sents]
    idx, length, sent_start = doc.to_array([IDX, LENGTH, SENT_START]).T.tolist()
    ends = [a + n for a, n in zip(idx, length)]
    firsts = [0] + [i for i in range(1, len(idx)) if sent_start[i] == 1]  # as Doc.sents cuts them
    lasts = [i - 1 for i in firsts[1:]] + [len(idx) - 1]
    return set(idx), set(ends), [(idx[a], ends[b]) for a, b in zip(firsts, lasts)]


class RelationComponent:
    """Sets doc._.kg_events: events with an empty `doc` field (the caller knows the article id)."""

    def __init__(self, lexicon_dir: Path | None = None, scorer: str | None = None):
        _register_extensions()
        triggers_path = lexicon_dir / "triggers.jsonl" if lexicon_dir else None
        self.extractor = RelationExtractor(load_triggers(triggers_path))
        self.scorer = None
        self.candidate_extractor = self.extractor
        if scorer:
            from kg.extract.scorer import EventScorer

            self.scorer = EventScorer(None if scorer == "default" else Path(scorer))
            if self.scorer.meta.whole_dictionary:  # candidates also from CAMEO rows the rules do not load yet
                self.candidate_extractor = RelationExtractor(load_triggers(triggers_path, include_inactive=True))

    def __call__(self, doc: Doc) -> Doc:
        if self.scorer is not None:
            return self._scored(doc)
        events: list[Event] = []
        same_side = same_side_of(doc._.kg_actors.actors)
        compatriots = compatriots_of(doc._.kg_actors.actors)
        explanations: list[Explanation] = []
        text = doc_text(doc)  # Doc.text joins every token: never once per sentence
        topic = None  # the article's topic chain (kg.extract.discourse)
        for index, info in enumerate(doc._.kg_sentences or ()):
            found, reasons, topic = code_sentence(self.extractor, text, info.start, info.end, info.syls,
                                                  _codable(info.mentions), same_side, index, topic, compatriots)
            events.extend(found)
            explanations.extend(self._explain(text, info, reasons))
        doc._.kg_events = events
        doc._.kg_explain = explanations
        return doc

    def _scored(self, doc: Doc) -> Doc:
        """Liberal candidates, kept where the scorer's probability reaches its threshold."""
        events: list[Event] = []
        explanations: list[Explanation] = []
        text = doc_text(doc)
        sentences = article_candidates(doc, self.candidate_extractor, admitted=self.extractor.triggers,
                                       with_reasons=True)
        # one call to the model per article: per-sentence calls cost more than the trees
        kept_by_sentence: dict[int, list] = {}
        for cand, p in self.scorer.decide([c for _, found, _ in sentences for c in found]):
            kept_by_sentence.setdefault(cand.key[0], []).append((cand, p))
        for info, _, rules in sentences:
            kept = kept_by_sentence.get(info.start, [])
            for cand, p in kept:
                events.append(replace(cand.event, confidence=round(p, 3)))
            explanations.extend(self._explain(text, info, _scored_reasons(kept, rules)))
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


def same_side_of(actors: dict):
    def same_side(a: str, b: str) -> bool:
        """A person or agency and the country it acts for are one side, not two parties. An armed group's country
        is where it fights, not whom it acts for ("Pakistan không kích các căn cứ của Taliban Pakistan")."""
        ca = actors[a].country if a in actors and not a.startswith(ARMED_GROUP) else None
        cb = actors[b].country if b in actors and not b.startswith(ARMED_GROUP) else None
        return ca == b or cb == a

    return same_side


def compatriots_of(actors: dict):
    def compatriots(a: str, b: str) -> bool:
        """Two actors of one country ("quân đội Venezuela" and Maduro): one may answer a demand made on the other."""
        ca = actors[a].country if a in actors else None
        return ca is not None and ca == (actors[b].country if b in actors else None)

    return compatriots


def _scored_reasons(kept, rules) -> list[tuple[str, str, str, str]]:
    """Per trigger: the candidates the scorer kept (frame and probability), or what the rules made of it."""
    out = [(c.event.evidence, c.event.relation, "coded", f"{c.event.rule} p={p:.3f}") for c, p in kept]
    coded = {c.event.evidence for c, _ in kept}
    out += [(evidence, relation, "missed", f"scorer kept no candidate; rules: {why}")
            for evidence, relation, why in rules if evidence not in coded]
    return out


def article_candidates(doc: Doc, extractor: RelationExtractor, vectors=None, admitted=None,
                       with_reasons: bool = False) -> list[tuple]:
    """Each sentence with its candidates (and, `with_reasons`, what the rules made of each trigger); the topic
    chain carries the last actor across sentences."""
    actors = doc._.kg_actors.actors
    same_side = same_side_of(actors)

    def actor_type(actor_id: str) -> str:
        return actors[actor_id].type if actor_id in actors else "other"

    text = doc_text(doc)
    topic = None
    person = None  # the previous sentence's first person: what "Ông …"/"Bà …" refers to
    claims: list = []  # the answerable claims of earlier sentences (kg.extract.discourse)
    out = []
    for index, info in enumerate(doc._.kg_sentences or ()):
        view = SentenceView(text, info.start, info.end, info.syls, _codable(info.mentions), index)
        reasons: list = []
        heads: list = []
        claims = live_claims(claims, index)
        candidates = sentence_candidates(extractor, view, actor_type, same_side, topic, vectors,
                                         admitted if admitted is not None else extractor.triggers, reasons, heads,
                                         claims, person)
        out.append((info, candidates, reasons) if with_reasons else (info, candidates))
        topic = topic_of([c.key[1] for c in candidates if c.rules_pick], heads, topic)
        person = next((actor for _, actor in heads if actor_type(actor) == "person"), None)
    return out
