"""Liberal candidate events for the learned scorer: every (trigger, actor, recipient) that a frame, the clause's
word order or the article's topic chain proposes, each with the features the scorer reads.

Generation stays explainable: a candidate names the frame that proposed it ("word_order", "between", …, or
"window" for two actors that merely share the trigger's sentence, "carried" for an actor carried over from an
earlier sentence), and whether the hand-written rules alone would have coded it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, cached_property, partial
from itertools import accumulate
from typing import NamedTuple

from kg.extract.actors import Syl
from kg.extract.discourse import answered_claimant, coordinated_clause_frame, is_denial, opens_with_honorific
from kg.extract.relations import (
    ARRIVAL_FRAMES,
    BLAME_FRAMES,
    FRAME_ONLY,
    FRAMES,
    LEGITIMACY_FRAMES,
    OBLIGATION_FRAMES,
    Found,
    RelationExtractor,
    SentenceCoder,
    _head,
    _mode,
    _speaker,
    _starts_clause,
    actor_spans,
    is_multilateral,
)
from kg.grammar import grammar
from kg.model import ACTOR_TYPES, MODES, Event, Mention
from kg.vocab import relation_types, relations_with

# the trained scorer reads a proposer by its index here: frames added after it was trained go last ("charge"; the
# answered proposal and the measure made by a passive agent, helper h9-b; "svo": a body joined, helper h12-e)
LATER_FRAMES = ("charge", "answered_proposal", "made_by", "mediator", "svo")
PROPOSERS = (tuple(name for name, _ in FRAMES if name not in LATER_FRAMES)
             + ("window", "carried", "answered", "coordinated_clause")
             + tuple(name for name, _ in ARRIVAL_FRAMES + LEGITIMACY_FRAMES + BLAME_FRAMES + OBLIGATION_FRAMES)
             + LATER_FRAMES)
MAX_ACTORS = 8  # sentences naming more actors than this are lists: only the frames propose there
FEATURES = (
    "relation", "proposer", "rules_pick", "frames_agreeing", "symmetric", "subject_distance", "object_distance",
    "subject_before", "object_after", "commas_subject", "commas_object", "clause_markers", "actors_in_sentence",
    "triggers_in_sentence", "subject_prev_word", "object_prev_word", "subject_type", "object_type", "same_side",
    "mode", "trigger_syllables", "nominal", "sentence_index", "sentence_syllables", "triggers_between",
    "subject_is_speaker", "cameo_root", "with_partner", "trigger_admitted", "actors_between_subject",
    "actors_between_object", "subject_leads_sentence", "object_is_last_actor",
)
CATEGORICAL = ("relation", "proposer", "subject_prev_word", "object_prev_word", "subject_type", "object_type", "mode")
CARRIED_DISTANCE = 99


@dataclass(frozen=True)
class Candidate:
    """One proposed (actor, relation, recipient) with its features, in FEATURES order. Its Event is made only
    when asked for: most candidates are scored and dropped, and an Event costs more than its features."""

    key: tuple  # (sentence_start, subjects, relation, objects, negated): one decision per key
    evidence_start: int
    proposer: str
    rules_pick: bool
    features: tuple[float, ...]
    make_event: Callable[[], Event] = field(repr=False, compare=False)

    @cached_property
    def event(self) -> Event:
        """One subject, one object; rule = "<relation>.<proposer>"."""
        return self.make_event()

    def with_features(self, extra: tuple[float, ...]) -> Candidate:
        return Candidate(self.key, self.evidence_start, self.proposer, self.rules_pick, self.features + extra,
                         self.make_event)


@dataclass(frozen=True)
class SentenceView:
    """What the candidate generator needs of one sentence."""

    text: str  # the whole article
    start: int
    end: int
    syls: list[Syl]
    mentions: list[Mention]
    index: int  # sentence number in the article


@cache
def function_words() -> tuple[str, ...]:
    """The words whose presence right before an actor the scorer reads (prepositions and markers)."""
    g = grammar()
    return tuple(sorted(g.place_preps | g.origin_preps | g.object_preps | g.topic_preps))


def vector_feature_names(dim: int) -> tuple[str, ...]:
    return tuple(f"trigger_vector_{i}" for i in range(dim))


def sentence_candidates(extractor: RelationExtractor, view: SentenceView, actor_type: Callable[[str], str],
                        same_side: Callable[[str, str], bool], carried: str | None,
                        vectors=None, admitted=None, reasons: list | None = None,
                        heads_out: list | None = None, claims: list | None = None,
                        carried_person: str | None = None) -> list[Candidate]:
    """Candidates of one sentence. `carried`: the article's current topic actor, proposed as the actor of a
    trigger that has none before it in its sentence. With floret `vectors`, the trigger's word vector is
    appended to the features. `admitted`: the trigger keys the rules load (the others are CAMEO rows not yet
    admitted, which the scorer may still weigh). `reasons`, when given, receives for each trigger its evidence,
    relation and what the rules made of it (their rule, or why they coded nothing). `heads_out`, when given,
    receives the sentence's mention heads (what the topic chain reads). `claims`: the answerable claims of
    earlier sentences still in reach (kg.extract.discourse), extended in place with this sentence's. `carried_person`: the last
    person named, carried instead of the topic into a clause that opens with "ông"/"bà"."""
    coder = extractor.coder(view.syls, view.mentions, same_side)
    heads = _heads(coder)
    if heads_out is not None:
        heads_out.extend(heads)
    facts = _facts(coder.syls) if coder.triggers else None
    out: list[Candidate] = []
    for trig in coder.triggers:
        key = trig.row or tuple(s.low for s in coder.syls[trig.i:trig.row_end or trig.j])
        is_admitted = admitted is None or key in admitted
        # "Bà thăm Ethiopia …": a clause opening with "ông"/"bà" carries the last person named, not the topic
        actor = carried_person if carried_person and opens_with_honorific(coder.syls, trig) else carried
        found, why = _trigger_candidates(coder, view, trig, heads, actor_type, same_side, actor, is_admitted,
                                         facts, claims)
        if claims is not None:
            claims.extend(((c.key[1][0],), (c.key[3][0],), view.index) for c in found
                          if c.rules_pick and c.key[2] in relations_with("answerable"))
        if reasons is not None:
            evidence = view.text[coder.syls[trig.i].start:coder.syls[trig.last].end]
            reasons.append((evidence, trig.relation, why))
        if vectors is not None and found:
            word = "_".join(key)
            extra = tuple(float(x) for x in vectors.get_batch([word])[0])
            found = [c.with_features(extra) for c in found]
        out.extend(found)
    return out


def topic_of(rule_subjects: list[tuple[str, ...]], coder_heads: list[tuple[int, str]],
             current: str | None) -> str | None:
    """The topic chain: the last actor the rules coded, else the sentence's first named actor, else what it was."""
    if rule_subjects:
        return rule_subjects[-1][0]
    if coder_heads:
        return coder_heads[0][1]
    return current


def _heads(coder: SentenceCoder) -> list[tuple[int, str]]:
    """(syllable index, actor id) of every mention head in the sentence, places dropped."""
    out = []
    for k, slot in enumerate(coder.slots):
        if slot and _head(coder.slots, k):
            out.extend((k, m.actor_id) for m in slot)
    return out


def _trigger_candidates(coder: SentenceCoder, view: SentenceView, trig: Found, heads, actor_type, same_side,
                        carried, is_admitted: bool = True, facts=None, claims=None) -> tuple[list[Candidate], str]:
    facts = facts or _facts(coder.syls)
    speaker = _speaker(coder.syls, coder.slots, trig)
    proposals: dict[tuple[str, str], list[str]] = {}
    symmetric: set[tuple[str, str]] = set()
    relation_of: dict[tuple[str, str], str] = {}
    readings = coder.frames(trig)  # every frame's reading; the rules take the first, so no frame runs twice
    rules_event, why = coder.code_reading("", view.text, view.start, view.end, trig,
                                          readings[0][1] if readings else None)
    rules_pairs = set(rules_event.pairs()) if rules_event else set()
    # once per trigger, as every candidate of the trigger shares it; the rules' event has it already (the mode
    # reads only the syllables around the trigger, which a frame's reading leaves as they are)
    mode = rules_event.mode if rules_event else _mode(coder.syls, trig)
    clause = coordinated_clause_frame(coder, trig) if rules_event is None else None
    if clause is not None:  # the rules code it through the discourse layer (kg.extract.discourse)
        readings = [*readings, ("coordinated_clause", clause)]
        rules_pairs = set(_frame_pairs(clause.subjects, clause.objects, clause.symmetric))
    for name, frame in readings:
        if is_multilateral(frame.subjects, frame.objects, frame.symmetric, frame.rule):
            continue  # a multilateral forum, not pairwise events (kg.extract.relations)
        for pair in _frame_pairs(frame.subjects, frame.objects, frame.symmetric):
            proposals.setdefault(pair, []).append(name)
            relation_of.setdefault(pair, rules_event.relation if rules_event and pair in rules_pairs
                                   else frame.relation or trig.relation)
            if frame.symmetric:
                symmetric.add(pair)
    if len({a for _, a in heads}) <= MAX_ACTORS and trig.needs not in FRAME_ONLY:  # an arrival codes only as a visit, a legitimacy word only as recognition
        for _, a in heads:
            for _, b in heads:
                if a != b:
                    proposals.setdefault((a, b), []).append("window")
    if carried and not any(k < trig.i for k, _ in heads) and trig.needs not in FRAME_ONLY:
        for k, b in heads:
            if k >= trig.j and b != carried:
                proposals.setdefault((carried, b), []).append("carried")
    if claims and is_denial(coder.syls, trig):
        answered = answered_claimant(coder, trig, claims, same_side, view.index)
        for a in answered[0] if answered else ():
            for b in answered[1]:
                proposals.setdefault((a, b), []).append("answered")
    out = []
    shared = _trigger_facts(coder, view, trig, heads, facts, mode, speaker, is_admitted, actor_type)
    for (s, o), names in proposals.items():
        relation = relation_of.get((s, o), trig.relation)
        features = _features(shared, s, o, names, (s, o) in rules_pairs, (s, o) in symmetric, relation, same_side)
        key = (view.start, (s,), relation, (o,), mode == "negated")
        out.append(Candidate(key, coder.syls[trig.i].start, names[0], (s, o) in rules_pairs, features,
                             partial(_event, view, trig, s, o, relation, names[0], coder, mode, speaker)))
    return out, rules_event.rule if rules_event else why or "no actor pair found"


def _frame_pairs(subjects, objects, symmetric: bool) -> list[tuple[str, str]]:
    pairs = [(s, o) for s in dict.fromkeys(subjects) for o in dict.fromkeys(objects) if s != o]
    if symmetric:
        pairs += [(o, s) for s, o in pairs]
    return list(dict.fromkeys(pairs))


def _others_between(heads, head_at, a: int, b: int, s: str, o: str) -> int:
    """Mentions of actors other than s and o strictly between syllables a and b."""
    lo, hi = (a, b) if a < b else (b, a)
    # heads are in sentence order: bisection finds those between, usually none
    first, last = bisect_right(head_at, lo), bisect_left(head_at, hi)
    if first >= last:
        return 0
    return sum(1 for _, actor in heads[first:last] if actor != s and actor != o)


@dataclass(frozen=True)
class _Facts:
    """What every candidate of a sentence reads: running counts of commas and clause openings, the index of the
    function words, the relation vocabulary."""

    commas: tuple[int, ...]  # commas[k]: commas among syls[:k]
    clause_starts: tuple[int, ...]
    word_index: dict
    relation_index: dict  # relation id -> its place in the vocabulary


def _facts(syls) -> _Facts:
    markers = grammar().clause_markers_by_first  # most syllables start no clause marker: no call for them
    commas = accumulate((syl.text == "," for syl in syls), initial=0)
    clauses = accumulate((syl.low in markers and _starts_clause(syls, k) for k, syl in enumerate(syls)), initial=0)
    return _Facts(tuple(commas), tuple(clauses), _word_index(), _relation_index())


@cache
def _word_index() -> dict[str, int]:
    """Function word -> its code for the scorer (0 is reserved for "no word before")."""
    return {w: n + 1 for n, w in enumerate(function_words())}


@cache
def _relation_index() -> dict[str, int]:
    return {r: n for n, r in enumerate(relation_types())}


@cache
def _cameo_roots() -> dict[str, int]:
    """Relation id -> its CAMEO root as a number (the cameo_root feature)."""
    return {r: int(rtype.cameo) for r, rtype in relation_types().items()}


def _first_positions(items) -> dict[str, int]:
    """Item -> items.index(item), as a dict: looked up for every candidate."""
    out: dict[str, int] = {}
    for n, item in enumerate(items):
        out.setdefault(item, n)
    return out


@cache
def _proposer_index() -> dict[str, int]:
    return _first_positions(PROPOSERS)


def _span_count(prefix: tuple[int, ...], a: int, b: int) -> int:
    """How many marks fall in syllables [a, b), from a running count."""
    n = len(prefix) - 1
    a, b = max(0, min(a, n)), max(0, min(b, n))
    return prefix[b] - prefix[a] if b > a else 0


class _Side(NamedTuple):
    """What the features read of one actor on one side of one trigger (subject: before it; object: after it)."""

    at: int | None  # the syllable index of the actor's mention nearest the trigger on that side; None if carried
    distance: float  # syllables between the mention and the trigger (CARRIED_DISTANCE when carried)
    placed: float  # the mention stands on its side of the trigger
    commas: float  # commas between the mention and the trigger (-1 when carried)
    prev_word: float  # the code of the function word before the mention
    type: float  # the actor's ACTOR_TYPES index
    with_partner: float  # (objects) the mention follows a partner preposition


@dataclass(slots=True)  # not frozen: a frozen dataclass sets each of its fields through object.__setattr__,
class _TriggerFacts:    # and one is made per trigger; nothing changes one after it is made but `sides`
    """What every candidate of one trigger shares, worked out once. `sides` fills as candidates ask: each actor's
    _Side is the same for every pair it is in, and a trigger proposes each actor in several pairs."""

    syls: list
    trig: Found
    heads: list[tuple[int, str]]
    head_at: list[int]  # the syllable index of each head, in order
    spots: dict  # actor id -> the syllable indices of its mention heads
    facts: _Facts
    mode: str
    speaker: str | None
    admitted: bool
    other_triggers: list[int]  # start syllables of the sentence's other triggers, in order
    nominal: bool
    constant: tuple[float, ...]  # actors_in_sentence, triggers_in_sentence, …: the same for every candidate
    actor_type: Callable[[str], str]
    mode_index: float
    first_head: str | None  # the actor of the sentence's first mention (subject_leads_sentence)
    last_head: str | None  # the actor of its last (object_is_last_actor)
    sides: dict = field(default_factory=dict)  # (actor, is_subject) -> _Side

    def side(self, actor: str, subject: bool) -> _Side:
        found = self.sides.get((actor, subject))
        if found is None:
            found = self.sides[actor, subject] = _side(self, actor, subject)
        return found


def _trigger_facts(coder, view, trig, heads, facts: _Facts, mode: str, speaker, admitted: bool,
                   actor_type) -> _TriggerFacts:
    g = grammar()
    syls = coder.syls
    spots: dict[str, list[int]] = {}
    for k, actor in heads:
        spots.setdefault(actor, []).append(k)
    nominal = syls[trig.i].low in g.nominalisers or (trig.i > 0 and syls[trig.i - 1].low in g.nominalisers)
    constant = (float(len(spots)), float(len(coder.triggers)), float(view.index), float(len(syls)))
    return _TriggerFacts(syls, trig, heads, [k for k, _ in heads], spots, facts, mode, speaker, admitted,
                         sorted(t.i for t in coder.triggers if t.i != trig.i), nominal, constant, actor_type,
                         float(MODES.index(mode)), heads[0][1] if heads else None, heads[-1][1] if heads else None)


def _side(shared: _TriggerFacts, actor: str, subject: bool) -> _Side:
    trig, facts, syls = shared.trig, shared.facts, shared.syls
    at = _nearest(shared.spots, actor, trig, before=subject)
    kind = float(_actor_type_index()[shared.actor_type(actor)])
    if at is None:
        return _Side(None, float(CARRIED_DISTANCE), 0.0, -1.0, 0.0, kind, 0.0)  # a carried actor: no word before
    prev_word = float(_prev_word(facts, syls, at))
    if subject:
        return _Side(at, float(trig.i - at), float(at < trig.i), float(_commas(facts, at, trig.i)), prev_word, kind,
                     0.0)
    with_partner = at > 0 and syls[at - 1].low in grammar().object_preps
    return _Side(at, float(at - trig.j), float(at >= trig.j), float(_commas(facts, trig.j, at)), prev_word, kind,
                 float(with_partner))


@cache
def _actor_type_index() -> dict[str, int]:
    return _first_positions(ACTOR_TYPES)


def _nearest(spots: dict, actor: str, trig: Found, before: bool) -> int | None:
    """Syllable index of the actor's mention nearest the trigger, on the side asked for when it has one."""
    at = spots.get(actor)
    if not at:
        return None
    if len(at) == 1:
        return at[0]  # the usual single mention is nearest on either side
    side = [k for k in at if (k < trig.i) == before]
    return min(side or at, key=lambda k: abs(k - trig.i))


def _features(shared: _TriggerFacts, s, o, names, rules_pick, symmetric, relation, same_side) -> tuple[float, ...]:
    """The candidate's features, in FEATURES order. Most are the pair's two _Sides and the trigger's constants;
    only what lies between the two actors is counted per pair."""
    trig, facts = shared.trig, shared.facts
    subj, obj = shared.side(s, True), shared.side(o, False)
    s_at, o_at = subj.at, obj.at
    lo = trig.i if s_at is None else s_at
    hi = trig.j if o_at is None else o_at
    if hi < lo:
        lo, hi = hi, lo
    actors_in_sentence, triggers_in_sentence, sentence_index, sentence_syllables = shared.constant
    agreeing = 0
    for n in names:
        if n != "window" and n != "carried" and n != "answered":
            agreeing += 1
    return (
        float(facts.relation_index.get(relation, -1)),  # relation
        float(_proposer_index()[names[0]]),  # proposer
        float(rules_pick),  # rules_pick
        float(agreeing),  # frames_agreeing
        float(symmetric),  # symmetric
        subj.distance,  # subject_distance
        obj.distance,  # object_distance
        subj.placed,  # subject_before
        obj.placed,  # object_after
        subj.commas,  # commas_subject
        obj.commas,  # commas_object
        float(_span_count(facts.clause_starts, lo + 1, hi)),  # clause_markers
        actors_in_sentence,
        triggers_in_sentence,
        subj.prev_word,  # subject_prev_word
        obj.prev_word,  # object_prev_word
        subj.type,  # subject_type
        obj.type,  # object_type
        float(same_side(s, o)),  # same_side
        shared.mode_index,  # mode
        float(trig.j - trig.i),  # trigger_syllables
        float(shared.nominal),  # nominal
        sentence_index,
        sentence_syllables,
        float(_strictly_between(shared.other_triggers, lo, hi)),  # triggers_between
        float(shared.speaker == s),  # subject_is_speaker
        float(_cameo_roots().get(relation, -1)),  # cameo_root
        obj.with_partner,  # with_partner
        float(shared.admitted),  # trigger_admitted
        -1.0 if s_at is None else float(_others_between(shared.heads, shared.head_at, s_at, trig.i, s, o)),
        -1.0 if o_at is None else float(_others_between(shared.heads, shared.head_at, trig.j, o_at, s, o)),
        float(shared.first_head == s),  # subject_leads_sentence
        float(shared.last_head == o),  # object_is_last_actor
    )


def _strictly_between(ordered: list[int], lo: int, hi: int) -> int:
    """How many of the ascending `ordered` lie strictly between lo and hi, by bisection (usually there are none
    to count at all)."""
    if not ordered or hi - lo < 2:
        return 0
    return max(0, bisect_left(ordered, hi) - bisect_right(ordered, lo))


def _prev_word(facts: _Facts, syls, k: int | None) -> int:
    """The code of the function word before syllable k (0: none, or the sentence's start)."""
    if k is None or k == 0:
        return 0
    return facts.word_index.get(syls[k - 1].low, len(facts.word_index) + 1)


def _commas(facts: _Facts, a: int, b: int) -> int:
    return _span_count(facts.commas, min(a, b), max(a, b))


def _event(view: SentenceView, trig: Found, s: str, o: str, relation: str, proposer: str,
           coder: SentenceCoder, mode: str, speaker) -> Event:
    syls = coder.syls
    start, end = syls[trig.i].start, syls[trig.last].end
    return Event(
        doc="",
        sentence=view.text[view.start:view.end],
        sentence_start=view.start,
        subjects=(s,),
        objects=(o,),
        relation=relation,
        mode=mode,
        evidence=view.text[start:end],
        evidence_start=start,
        evidence_end=end,
        rule=f"{relation}.{proposer}",
        confidence=0.0,
        source=speaker,
        cameo=trig.cameo if relation == trig.relation else relation_types()[relation].cameo,
        spans=actor_spans(coder.slots, trig, (s,), (o,)),
    )

