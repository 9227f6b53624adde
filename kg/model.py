"""Cross-stage types. Every stage talks to the next only through these small frozen dataclasses.

Data flows one way: ingest -> clean -> nlp -> extract -> graph -> rdf/export -> query.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ACTOR_TYPES = (
    "country",
    "government",
    "military",
    "organisation",
    "armed_group",
    "person",
    "coalition",
    "other",
)
MODES = ("asserted", "intended", "hypothetical", "negated")


@dataclass(frozen=True)
class Article:
    """One input article. `text` is the raw text at ingest and the cleaned text after `clean`."""

    id: str
    text: str
    source: str  # file path, or "path:LINE" for a jsonl line
    title: str | None = None
    url: str | None = None
    date: str | None = None  # ISO 8601 date (yyyy-mm-dd) when known
    outlet: str | None = None  # e.g. "VOV", "TTXVN", taken from the text or the jsonl `source`
    fmt: str = "txt"  # txt, md, html, jsonl


@dataclass(frozen=True, eq=False)
class TokenizedArticle(Article):
    """A cleaned article with its pyvi tokens (kg.pyvi_text.Tokens), segmented and tagged ahead of extraction by
    the cleaning process (kg.clean_ahead) while the build's process extracts the articles before it. Extraction
    builds its Doc from them instead of segmenting again; nothing stores them (the cache keeps the Article).
    The tokens follow from the text: it equals (and hashes as) the Article it carries them for. `actors`, where that
    process could read them, are the article's actors read from those tokens with the default lexicon
    (kg.extract.actors.ActorRecognizer.article: the state and the sentences), for the build's actor component."""

    tokens: tuple | None = field(default=None, repr=False)
    actors: tuple | None = field(default=None, repr=False)

    def article(self) -> Article:
        """The Article without its tokens."""
        return Article(self.id, self.text, self.source, self.title, self.url, self.date, self.outlet, self.fmt)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, TokenizedArticle):
            other = other.article()
        return self.article() == other if isinstance(other, Article) else NotImplemented

    __hash__ = Article.__hash__


@dataclass(frozen=True)
class ArticleMeta:
    """An article without its text: what the graph keeps for provenance."""

    id: str
    source: str
    title: str | None = None
    url: str | None = None
    date: str | None = None
    outlet: str | None = None
    sha256: str | None = None  # of the cleaned text

    @classmethod
    def of(cls, article: Article, sha256: str | None = None) -> ArticleMeta:
        return cls(article.id, article.source, article.title, article.url, article.date, article.outlet, sha256)


@dataclass(frozen=True)
class InputProblem:
    """An article (or file, or jsonl line) that could not be built, and why."""

    source: str
    problem: str
    hint: str = ""
    stage: str = "ingest"


@dataclass(frozen=True)
class Actor:
    """A resolved actor with a stable id, e.g. "country:RUS", "government:RUS", "person:sergei-lavrov"."""

    id: str
    label: str  # English
    label_vi: str
    type: str  # one of ACTOR_TYPES
    qid: str | None = None  # Wikidata QID
    country: str | None = None  # actor id of the country it belongs to / acts for
    role: str | None = None  # English role for people ("Minister of Foreign Affairs")


@dataclass(frozen=True)
class Mention:
    """A span of the article's cleaned text that refers to an actor."""

    actor_id: str
    start: int  # character offsets into the cleaned article text
    end: int
    text: str
    via: str = "lexicon"  # lexicon, composite, title, coref, metonym, head_noun, surname, titled, proper_noun


@dataclass(frozen=True)
class ActorSpan:
    """Where an event's actor came from: the mention's character offsets in the article (None when the actor
    was carried over from an earlier sentence) and how it was reached."""

    actor_id: str
    start: int | None
    end: int | None
    via: str  # named, list, metonym, pronoun, carried, agency (a state body standing for its state)


@dataclass(frozen=True)
class Event:
    """One extracted relation instance: actors -relation-> recipients, as stated in one sentence.

    Coordinated actors stay together here ("Nga và Thổ Nhĩ Kỳ nhất trí ...") and are expanded to pairs
    only for the graph and triples.jsonl.
    """

    doc: str
    sentence: str
    sentence_start: int  # character offset of the sentence in the cleaned text
    subjects: tuple[str, ...]  # actor ids
    objects: tuple[str, ...]
    relation: str  # one of the relation vocabulary (kg/data/relation_types.jsonl)
    mode: str  # one of MODES
    evidence: str  # trigger text as it appears in the sentence
    evidence_start: int  # character offsets of the trigger in the cleaned text
    evidence_end: int
    rule: str  # id of the pattern that fired
    confidence: float
    symmetric: bool = False
    source: str | None = None  # actor id of the speaker in reported speech
    date: str | None = None  # ISO date of the event when stated
    place: str | None = None
    cameo: str | None = None  # the trigger's full CAMEO code ("161"), or the relation's root when re-typed
    spans: tuple[ActorSpan, ...] = ()  # one per subject and object, in subjects-then-objects order

    def span_of(self, actor_id: str, role: str) -> ActorSpan | None:
        """The span of a subject (role "subject") or object (role "object")."""
        pool = self.spans[: len(self.subjects)] if role == "subject" else self.spans[len(self.subjects):]
        return next((s for s in pool if s.actor_id == actor_id), None)

    def pairs(self) -> list[tuple[str, str]]:
        """(subject, object) pairs; reciprocal events give both directions."""
        out = [(s, o) for s in self.subjects for o in self.objects if s != o]
        if self.symmetric:
            out += [(o, s) for s, o in out]
        return sorted(set(out), key=out.index)


@dataclass(frozen=True)
class Explanation:
    """Why a sentence gave a triple, or why it gave none (written by `kg build --explain`)."""

    doc: str
    sentence: str
    sentence_start: int
    status: str  # "coded" or "missed"
    reason: str  # the rule that fired, or what was missing
    trigger: str | None = None
    relation: str | None = None
    actors: tuple[str, ...] = ()  # actor ids found in the sentence


@dataclass(frozen=True)
class ArticleResult:
    """Everything extraction learned from one article; the unit that is cached and merged."""

    article: ArticleMeta
    actors: tuple[Actor, ...] = ()
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    sentences: int = 0
    syllables: int = 0
    problems: tuple[InputProblem, ...] = field(default_factory=tuple)
    explanations: tuple[Explanation, ...] = ()
