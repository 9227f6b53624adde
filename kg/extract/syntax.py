"""Dependency-based event coding: the same triggers as the word-order rules, participants read from the UD tree.

UniversalPetrarch-style: nsubj -> actor, obj / obl with "với", "giữa", "vào" -> recipient, conj -> coordinated
actors, xcomp/advmod/aux -> modality, passive "bị/được" undone, ccomp of a speech verb -> the claim's source
(all from `kg.depparse.arguments`). Only sentences with a trigger and two actor mentions are parsed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.depparse import NOMINAL_POS, _with_conjuncts, arguments, load_cues, load_parser, phrase
from kg.extract.actors import Syl
from kg.extract.relations import Found, RelationExtractor, _drop_places, _mention_slots
from kg.grammar import grammar
from kg.model import Event, Mention
from kg.vocab import relations_where, relations_with

# Parser modality labels (kg/data/grammar.jsonl, read by kg.depparse.load_cues) -> Event.mode; the first that applies wins.
MODE_OF = (("negated", ("negated",)), ("hypothetical", ("conditional", "possible")),
           ("intended", ("willing", "want", "future", "planned", "obligation")))
# The Vietnamese words read here (partner, recipient and destination prepositions, nominalisers) are the rows of
# kg/data/grammar.jsonl that the "parser" reads (kg.grammar); relation properties come from kg.vocab.
Explanation = tuple[str, str, str, str]  # evidence, relation, "coded"/"missed", rule or reason

Word = tuple[str, str, bool, int, int]  # text, pyvi tag, followed by a space, start and end in the article text


@dataclass
class Candidate:
    """A sentence worth parsing: its trigger occurrences and the mentions that may take part."""

    start: int
    end: int
    syls: list[Syl]
    triggers: list[Found]
    mentions: list[Mention]  # after places are dropped ("thành phố Hamburg, Đức" names no participant)
    words: list[Word]


class SyntaxRelationExtractor:
    """`sentence(...)` like kg.extract.relations.RelationExtractor, coding from the dependency tree."""

    def __init__(self, triggers: dict, parser: Language | None = None, model_path: str | None = None):
        self.rules = RelationExtractor(triggers)  # used for its trigger lexicon matcher only
        self._parser = parser
        self._segmenter = None  # kg.nlp pipeline, for sentence() calls made without words
        self.model_path = model_path
        self.cues = load_cues()

    @property
    def parser(self) -> Language:
        if self._parser is None:  # loaded at the first sentence that needs it
            self._parser = load_parser(self.model_path)
        return self._parser

    def sentence(self, doc_id: str, text: str, start: int, end: int, syls: list[Syl], mentions: list[Mention],
                 same_side=None, words: Sequence[Word] | None = None) -> list[Event]:
        """Events of one sentence; `words` are its pyvi words with tags (segmented and tagged here if None)."""
        candidate = self.select(start, end, syls, mentions, words or ())
        if candidate is not None and not words:
            candidate.words = self._segment(text, start, end)
        if candidate is None:
            return []
        (tree,) = self.parse([candidate])
        return self.code(doc_id, text, candidate, tree, same_side)[0]

    # -- stages (the component runs them batched over a document) ------------------------------------------
    def select(self, start: int, end: int, syls: list[Syl], mentions: list[Mention],
               words: Sequence[Word] | None = None) -> Candidate | None:
        """The sentence's triggers and participant mentions, or None when it cannot hold an event."""
        if len({m.actor_id for m in mentions}) < 2:
            return None
        slots = _mention_slots(syls, mentions)
        _drop_places(syls, slots, lambda k: self.rules._trigger_at(syls, k))
        kept = {id(m) for slot in slots for m in slot}
        triggers = [t for t in self.rules._triggers(syls, slots) if t.relation]
        if not triggers:
            return None
        live = [m for m in mentions if id(m) in kept]
        return Candidate(start, end, syls, triggers, live, list(words) if words else _words_of(syls))

    def _segment(self, text: str, start: int, end: int) -> list[Word]:
        if self._segmenter is None:
            from kg.nlp import make_nlp

            self._segmenter = make_nlp()
        return [(w, tag, space, a + start, b + start)
                for w, tag, space, a, b in words_of_span(self._segmenter(text[start:end]))]

    def parse(self, candidates: Sequence[Candidate]) -> list[Doc]:
        nlp = self.parser
        docs = (_word_doc(nlp, c.words) for c in candidates)
        return list(nlp.pipe(docs, batch_size=64))

    def code(self, doc_id: str, text: str, c: Candidate, tree: Doc,
             same_side=None) -> tuple[list[Event], list[Explanation]]:
        """The sentence's events, and for each trigger (evidence, relation, "coded"/"missed", rule or reason)."""
        same_side = same_side or (lambda a, b: False)
        events: list[Event] = []
        explanations: list[Explanation] = []
        for trig in c.triggers:
            begin, stop = c.syls[trig.i].start, c.syls[trig.last].end
            head = _head_token(tree, c.words, begin, stop)
            event, why = (None, "trigger is not a word of the parse") if head is None else self._event(
                doc_id, text, c, tree, trig, head, same_side)
            if event is not None:
                events.append(event)
            status = "coded" if event else "missed"
            explanations.append((text[begin:stop], trig.relation, status, event.rule if event else why))
        return events, explanations

    # -- one trigger ---------------------------------------------------------------------------------------
    def _event(self, doc_id, text, c: Candidate, tree: Doc, trig: Found, head: Token,
               same_side: Callable[[str, str], bool]) -> tuple[Event | None, str]:
        args = arguments(tree[:], head.i, self.cues)
        actors = _Actors(c.words, c.mentions)
        subject_tokens = list(args.subjects) or _nominal_agents(head)
        subjects = actors.of(subject_tokens)
        inherited = not subjects and not args.passive
        if inherited:  # a mis-attached clause: the nearest subject up the tree ("A cho biết, B … tấn công C")
            subject_tokens = _ancestor_subjects(head)
            subjects = actors.of(subject_tokens)
        partner_cases = grammar().partner_preps
        with_only = relations_with("with_only")
        objects_tokens = [t for t in list(args.objects) + _more_objects(head, trig.relation, args.objects)
                          if not (trig.relation in with_only and _case(t) not in partner_cases and not args.passive)]
        objects = [a for a in actors.of(objects_tokens) if a not in subjects]
        symmetric = False
        if trig.needs == "between":  # "thỏa thuận giữa A và B": the noun alone names no parties
            pair = actors.of([t for t in objects_tokens if _case(t) == grammar().between])
            subjects, objects_tokens = (pair, []) if len(pair) > 1 else ([], [])
            objects = []
        if args.passive:
            rule = "dep_passive"
        elif not objects and len(subjects) > 1 and (trig.relation in relations_with("reciprocal")
                                                      or trig.needs == "between"):
            objects, symmetric, rule = list(subjects), True, "dep_conj_reciprocal"
        else:
            partner = any(_case(t) in partner_cases for t in objects_tokens)
            symmetric = trig.mutual and (partner or trig.relation == "consult")
            rule = f"dep_{_base(subject_tokens)}_{_base(objects_tokens)}" + ("_up" if inherited else "")
        if not symmetric:
            objects = [o for o in objects if not all(same_side(s, o) for s in subjects if s != o)]
        if not subjects or not objects:
            return None, "no subject actor in the tree" if not subjects else "no object actor in the tree"
        begin, stop = c.syls[trig.i].start, c.syls[trig.last].end
        speakers = actors.of(list(args.speakers))
        return Event(
            doc=doc_id, sentence=text[c.start : c.end], sentence_start=c.start,
            subjects=tuple(subjects), objects=tuple(objects), relation=trig.relation, mode=_mode(args.modality),
            evidence=text[begin:stop], evidence_start=begin, evidence_end=stop, rule=f"{trig.relation}.{rule}",
            confidence=0.7, symmetric=symmetric, source=speakers[0] if speakers else None,
        ), rule


class _Actors:
    """Maps argument tokens of a parse to the actor ids of the mentions that cover them (character offsets)."""

    def __init__(self, words: Sequence[Word], mentions: Sequence[Mention]):
        self.words = words
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end, m.actor_id))

    def of(self, tokens: Sequence[Token]) -> list[str]:
        ids: dict[str, None] = {}
        for token in tokens:
            for m in self._covering(token) or self._in_phrase(token):
                ids[m.actor_id] = None
        return list(ids)

    def _span(self, first: int, last: int) -> tuple[int, int]:
        return self.words[first][3], self.words[last][4]

    def _covering(self, token: Token) -> list[Mention]:
        a, b = self._span(token.i, token.i)
        return [m for m in self.mentions if m.start < b and a < m.end]

    def _in_phrase(self, token: Token) -> list[Mention]:
        """The first mention inside the nominal phrase the token heads ("lực lượng [Mỹ]", "vụ … của [Mỹ]")."""
        if token.pos_ not in NOMINAL_POS:
            return []
        span = phrase(token)
        a, b = self._span(span.start, span.end - 1)
        inside = [m for m in self.mentions if a <= m.start and m.end <= b]
        return [m for m in inside if (m.start, m.end) == (inside[0].start, inside[0].end)] if inside else []


def _words_of(syls: Sequence[Syl]) -> list[Word]:
    """Words rebuilt from the segmenter's syllable flags (no tags): for callers without a spaCy Doc."""
    words: list[Word] = []
    first = 0
    for k, s in enumerate(syls):
        if s.word_start:
            first = k
        if s.word_end or k == len(syls) - 1:
            a, b = syls[first].start, s.end
            spaced = k + 1 < len(syls) and syls[k + 1].start > b
            words.append((" ".join(x.text for x in syls[first : k + 1]), "", spaced, a, b))
    return words


def words_of_span(tokens) -> list[Word]:
    """Words of a spaCy span of our pipeline (pyvi words and tags); whitespace tokens are left out."""
    return [(t.text, t.tag_, bool(t.whitespace_), t.idx, t.idx + len(t.text)) for t in tokens if not t.is_space]


def _word_doc(nlp: Language, words: Sequence[Word]) -> Doc:
    tags = [w[1] for w in words]
    return Doc(nlp.vocab, words=[w[0] for w in words], spaces=[w[2] for w in words],
               tags=tags if all(tags) else None, sent_starts=[True] + [False] * (len(words) - 1))


def _head_token(tree: Doc, words: Sequence[Word], begin: int, stop: int) -> Token | None:
    """The word of the trigger whose head lies outside the trigger ("phối hợp" in "phối hợp hành động")."""
    inside = [t for t in tree if words[t.i][3] < stop and begin < words[t.i][4]]
    members = {t.i for t in inside}
    for t in inside:
        if t.head.i not in members or t.head.i == t.i:
            return t
    return inside[0] if inside else None


def _nominal_agents(head: Token) -> list[Token]:
    """'vụ không kích của Mỹ': the possessor of a nominal event (on the trigger or its nominaliser) acts."""
    g = grammar()
    owners = [head] + ([head.head] if head.head.text.lower() in g.parse_nominalisers else [])
    return [c for t in owners for c in t.children if c.dep_ == "nmod:poss" and _case(c) == g.possessive]


def _more_objects(head: Token, relation: str, found: Sequence[Token]) -> list[Token]:
    """Recipients kg.depparse.arguments leaves out: obl/nmod with "cho", "vào", … on the trigger or on its
    nominaliser ("vụ không kích nhằm vào X"); the subject of a request's complement clause."""
    g = grammar()
    cases = g.recipient_cases | (g.destination_cases if relation in relations_with("destination") else set())
    owners = [head] + ([head.head] if head.head.text.lower() in g.parse_nominalisers and head.head.i != head.i else [])
    seen = {t.i for t in found}
    out = [c for t in owners for c in t.children
           if c.i not in seen and c.dep_.split(":")[0] in ("obl", "nmod", "obj") and _case(c) in cases]
    if relation in relations_where("control", "object") and not found:
        out += [g for c in head.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"]
    return [t for t in out if t.pos_ in NOMINAL_POS]


def _ancestor_subjects(head: Token) -> list[Token]:
    """The first subject up the tree: an ancestor that is a subject itself ("Nga và Thổ Nhĩ Kỳ … nhất trí"
    mis-parsed as Nga's object), or the subject of an ancestor verb; with its conjuncts."""
    t = head
    while t.head.i != t.i:
        t = t.head
        own = [t] if t.dep_ == "nsubj" else [c for c in t.children if c.dep_ == "nsubj"]
        if own:
            return _with_conjuncts(own)
    return []


def _case(token: Token) -> str:
    return " ".join(c.text.lower() for c in token.children if c.dep_ == "case")


def _base(tokens: Sequence[Token]) -> str:
    return tokens[0].dep_.split(":")[0] if tokens else "none"


def _mode(labels: Sequence[str]) -> str:
    for mode, cues in MODE_OF:
        if any(label in cues for label in labels):
            return mode
    return "asserted"
