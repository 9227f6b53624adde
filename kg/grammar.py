"""The Vietnamese grammar the extractor reacts to, read from kg/data/grammar.jsonl (documented in kg/data/README.md).

Every function word, cue phrase and marker the rules (kg.extract.relations, kg.extract.candidates), the dependency
coder (kg.depparse, kg.extract.syntax), the date and place finder (kg.extract.when_where), the cleaner (kg.clean)
and slugs (kg.extract.lexicon) look for is a row of that file: `phrase`, `class`, `readers` (which of those reads
it), optional `value` / `scope` / `unless`, a `gloss` and the `phenomenon` it serves. No Vietnamese word is written
in the code (tests/test_grammar_as_data.py checks it). `grammar()` reads the file once, on first use.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from types import MappingProxyType

Phrase = tuple[str, ...]


class Phrases(tuple):
    """A class's phrases in file order, with their index by first and by last syllable built on first use. The
    matchers look a syllable up in the index many times per sentence; kept on the tuple, the index is found with
    no hashing of every phrase (a tuple does not keep its hash, and the lru_cache that held it hashed it per call)."""

    @cached_property
    def by_first(self) -> dict[str, tuple[Phrase, ...]]:
        """The phrases grouped by first syllable, each group in file order (read-only)."""
        return _grouped(self, 0)

    @cached_property
    def by_last(self) -> dict[str, tuple[Phrase, ...]]:
        """The phrases grouped by last syllable, each group in file order (read-only)."""
        return _grouped(self, -1)


def _grouped(phrases: tuple[Phrase, ...], at: int) -> dict[str, tuple[Phrase, ...]]:
    out: dict[str, list[Phrase]] = {}
    for phrase in phrases:
        out.setdefault(phrase[at], []).append(phrase)
    return {word: tuple(group) for word, group in out.items()}


@dataclass(frozen=True)
class GrammarRow:
    phrase: str
    cls: str
    readers: tuple[str, ...]
    value: str | int | None = None
    scope: str | None = None
    unless: str | None = None

    @property
    def words(self) -> Phrase:
        return tuple(self.phrase.split())


@dataclass(frozen=True)
class Grammar:
    """The word classes, as the readers use them: frozensets of words, ordered tuples of phrases (a phrase is a
    tuple of lower-case syllables), and single words where a class has one member."""

    rows: tuple[GrammarRow, ...]
    phrases_by_class: Mapping[str, tuple[Phrase, ...]]  # every class the rules read -> its phrases, in file order
    # word-order rules (kg.extract.relations)
    place_preps: frozenset[str]
    place_nouns: tuple[Phrase, ...]
    place_nouns_by_first: Mapping[str, tuple[Phrase, ...]]
    nominalisers: frozenset[str]
    pronouns: frozenset[str]
    multilateral: tuple[Phrase, ...]
    predicate_starts: frozenset[str]
    proposing: tuple[Phrase, ...]
    undoing: tuple[Phrase, ...]
    undergo: tuple[Phrase, ...]
    receiving: tuple[Phrase, ...]  # undergo less the bare passive markers: they make a noun of what follows
    origin_preps: frozenset[str]
    sent_to_preps: frozenset[str]
    clause_adverbs: frozenset[str]
    send_verbs: frozenset[str]
    arrival_gap: tuple[Phrase, ...]
    mission_nouns: tuple[Phrase, ...]
    declare_verbs: tuple[Phrase, ...]
    copula: str
    list_closers: tuple[Phrase, ...]
    content_nouns: tuple[Phrase, ...]
    means_preps: tuple[Phrase, ...]
    measure_nouns: tuple[Phrase, ...]  # 'bằng các biện pháp cấm vận': between a means preposition and its act
    talk_referrers: tuple[Phrase, ...]
    wish_verbs: tuple[Phrase, ...]
    conveying_verbs: tuple[Phrase, ...]
    agent_noun_prefixes: frozenset[str]
    making_verbs: tuple[Phrase, ...]
    condition_markers: tuple[Phrase, ...]
    duration_units: tuple[Phrase, ...]
    duration_counts: frozenset[str]
    increment_words: frozenset[str]  # "more": alone it makes a count between a verb and its noun
    inclusion_markers: tuple[Phrase, ...]
    clause_coordinators: tuple[Phrase, ...]  # longest first
    clause_fillers: frozenset[str]  # words allowed between a clause coordinator and its verb
    fronted_prepositions: tuple[Phrase, ...]
    option_markers: tuple[Phrase, ...]
    possibility_markers: tuple[Phrase, ...]
    past_markers: frozenset[str]
    willingness: tuple[Phrase, ...]
    example_markers: tuple[Phrase, ...]
    actor_group_nouns: tuple[Phrase, ...]
    complementisers: frozenset[str]
    cancellation: tuple[Phrase, ...]
    topic_preps: frozenset[str]
    object_preps: frozenset[str]
    speech_verbs: tuple[Phrase, ...]
    speech_first: frozenset[str]
    shared_subject_markers: frozenset[str]  # 'A V1 … khi V2 Y': the adverbial clause shares A
    suffer_verbs: tuple[Phrase, ...]  # 'X sẽ phải hứng chịu …' said by A: A threatens X
    quoting_verbs: tuple[Phrase, ...]  # '"…", Reuters dẫn lời ông X': X, named after the verb, is the speaker
    negation: tuple[Phrase, ...]
    negation_window: tuple[Phrase, ...]  # 'suýt': read over the mode window before the trigger, not its last words
    negation_lookalikes: tuple[Phrase, ...]  # 'Không quân', 'không kích': words that open with 'không'
    intention: tuple[Phrase, ...]
    prevention: tuple[Phrase, ...]
    hypothetical: tuple[Phrase, ...]
    hypothetical_sentence: tuple[Phrase, ...]  # read over the whole sentence before the trigger
    clause_breaks: frozenset[str]
    clause_markers: tuple[Phrase, ...]
    clause_markers_by_first: Mapping[str, tuple[Phrase, ...]]
    target_phrases: tuple[Phrase, ...]
    appositive_heads: tuple[Phrase, ...]
    calendar_nouns: frozenset[str]
    split_verbs: tuple[Phrase, ...]
    split_returns: tuple[Phrase, ...]
    vehicle_nouns: tuple[Phrase, ...]
    vehicle_noun_ends: frozenset[str]  # their last syllables: most syllables end none
    future_markers: frozenset[str]
    kin_nouns: tuple[Phrase, ...]
    kin_firsts: frozenset[str]
    charge_preps: frozenset[str]
    copula_focus: frozenset[str]
    offer_verbs: tuple[Phrase, ...]  # "đề xuất đưa ra bảo đảm an ninh cho X": an offer of aid to X
    protester_nouns: tuple[Phrase, ...]  # "hàng nghìn người Iran biểu tình": the demonstrators' country acts
    venue_preps: frozenset[str]  # "tại hội nghị": a forum's meeting as the place of another act
    declared_envoys: tuple[Phrase, ...]  # "tuyên bố một nhà ngoại giao Nga là …": the envoy stands for X
    inclusion_hedges: tuple[Phrase, ...]
    light_nouns: frozenset[str]
    joiners: frozenset[str]
    list_joiners: frozenset[str]
    conjunction: str
    between_joiners: frozenset[str]
    not_agent_after: frozenset[str]  # place and origin prepositions and the non-agent prepositions
    passive_markers: frozenset[str]
    relative_markers: frozenset[str]
    passive_agent: str
    possessive: str
    agent_markers: frozenset[str]
    agent_marker_pairs: frozenset[Phrase]
    according_to: str
    partner_preps: frozenset[str]
    regarding: Phrase
    against: frozenset[str]
    honorifics: frozenset[str]
    order_noun: str
    between: str
    reciprocal_markers: tuple[tuple[Phrase, str | None], ...]  # (phrase, unless this word is also there)
    consent_verbs: tuple[Phrase, ...]
    dual_references: tuple[Phrase, ...]
    joint_markers: tuple[Phrase, ...]
    unclear: tuple[Phrase, ...]
    question_tags: tuple[Phrase, ...]
    near_prep: str
    border_nouns: tuple[Phrase, ...]
    joining_verbs: tuple[Phrase, ...]  # "không tham gia các lệnh trừng phạt": the negation reaches the event
    phrase_joiners: tuple[Phrase, ...]  # joiners of several syllables ("cũng như")
    national_nouns: tuple[Phrase, ...]
    goods_measures: tuple[Phrase, ...]
    asked_acts: tuple[Phrase, ...]
    comitatives: tuple[Phrase, ...]
    quantity_words: frozenset[str]
    contrast_markers: tuple[Phrase, ...]
    reason_markers: tuple[Phrase, ...]  # 'A V vì bị B cáo buộc …': a subjectless passive reason clause shares A
    regime_nouns: tuple[Phrase, ...]  # 'cho rằng chính quyền Tổng thống X là thủ phạm': the leader's government
    departure_verbs: tuple[Phrase, ...]  # 'yêu cầu các nhà ngoại giao Nga rời khỏi …': an expulsion
    expelled_counts: tuple[Phrase, ...]  # 'Litva trục xuất ba người': a bare count of the expelled
    following_markers: tuple[Phrase, ...]  # 'Brazil theo chân Mỹ công nhận X': Brazil does it too
    counterclaim_markers: tuple[Phrase, ...]  # 'A cho rằng …, trong khi B phủ nhận': B answers A's claim
    office_modifiers: frozenset[str]
    event_adjunct_preps: frozenset[str]
    fronted_time_clauses: tuple[Phrase, ...]  # 'Sau khi hội đàm với B, A …': a subjectless one shares A  # 'A V1 X sau cuộc gặp với B': a meeting noun after one is an adjunct of A's clause
    # dependency coder (kg.depparse, kg.extract.syntax)
    parse_nominalisers: frozenset[str]
    parser_cues: Mapping[str, Mapping[str, str]]
    recipient_cases: frozenset[str]
    destination_cases: frozenset[str]
    # dates and places (kg.extract.when_where), cleaning (kg.clean), slugs (kg.extract.lexicon)
    day_words: tuple[str, ...]
    relative_days: tuple[tuple[str, int], ...]
    event_place_preps: tuple[str, ...]
    capital_letters: str
    byline_credit: str
    ascii_folds: tuple[tuple[str, str], ...]
    game_context: tuple[Phrase, ...]  # sports words: a sentence holding one codes no political event
    first_person: tuple[Phrase, ...]  # the speaker's own voice: never filled from the topic chain
    claim_nouns: tuple[Phrase, ...]  # what a bare denial names ("bác bỏ mọi cáo buộc")
    claim_openers: tuple[Phrase, ...]  # open an accusation's content ("cáo buộc của Mỹ cho rằng X …")
    claim_verbs: tuple[Phrase, ...]  # an accusation: what its complement says is claimed, not asserted
    meeting_nouns: tuple[Phrase, ...]  # an organisation right after one holds the meeting (a forum)
    verb_modifiers: tuple[Phrase, ...]  # manner words between a verb and its object ('thăm chính thức Anh')
    hedge_verbs: tuple[Phrase, ...]  # 'được/bị cho là': the passive marker belongs to the hedge
    claim_quantifiers: frozenset[str]
    denials: tuple[Phrase, ...]  # the verbs of denial and refusal that answer a claim
    topic_nouns: frozenset[Phrase]  # their owner after "của" is still the topic
    agreed_detail_nouns: tuple[Phrase, ...]  # "(vào) thời gian và địa điểm hai bên thống nhất": to be agreed
    remit_verbs: tuple[Phrase, ...]  # "cơ quan phụ trách việc hợp tác …": the kind of act one is in charge of
    compass_words: frozenset[str]  # "tại đông Ukraine": a region of the country, a place
    blame_declarers: tuple[Phrase, ...]  # 'A nghi ngờ/tố X đứng sau …': who says X did wrong (with the declare verbs)
    blame_adverbs: tuple[Phrase, ...]  # 'A cho rằng X cố tình/liên tục vi phạm …': between X and the blame phrase
    side_nouns: frozenset[str]  # 'khẳng định phía Mỹ vi phạm …': 'the side of' before the declared actor
    crossing_preps: frozenset[str]  # 'tuyến đường qua biên giới với X': a way through a place
    label_referents: tuple[Phrase, ...]  # '…, điều X gọi là "…"': what a naming clause refers back to
    label_verbs: tuple[Phrase, ...]  # 'A coi/gọi X là tổ chức khủng bố': who labels X with a reproach accuses X
    act_denials: tuple[Phrase, ...]  # 'A phủ nhận (việc) V …': A denies doing V, so V is negated (helper h9-b)
    denied_act_gaps: frozenset[str]  # 'việc', 'đã': the words between such a denial and the act it denies
    efforts: tuple[Phrase, ...]  # 'A nỗ lực đạt được thỏa thuận với B': an agreement striven for is one-sided
    owned_act_nouns: tuple[Phrase, ...]  # 'cho rằng quyết định của Mỹ là sai lầm': X's act labelled
    company_nouns: tuple[Phrase, ...]  # 'hai công ty Trung Quốc giúp …': a country's companies act, not the state
    tenure_markers: tuple[Phrase, ...]  # 'Philippines dưới thời tổng thống Aquino …': the leader dates the clause
    descriptor_nouns: tuple[Phrase, ...]  # 'coi lực lượng YPG là …': a group's descriptive noun before its name
    invitation_accepts: tuple[Phrase, ...]  # 'Nhận lời mời của X, B …': X invites B, as 'theo lời mời của X'
    person_leavers: tuple[Phrase, ...]  # 'khi nhân vật này muốn rời khỏi X': a person who leaves does not withdraw
    leaving_modals: tuple[Phrase, ...]  # 'sẽ phải rời khỏi', 'muốn rời khỏi': words between the leaver and the verb
    demonstratives: tuple[Phrase, ...]  # 'nhân vật này', 'người đó'
    distance_markers: frozenset[str]  # 'cách vịnh Subic của X khoảng 92 km': X is a place
    distance_units: tuple[Phrase, ...]
    place_prep_lookalikes: tuple[Phrase, ...]  # 'hiện tại Pháp …': an adverb ending in a place preposition
    # 'Trump cho rằng nguyên nhân … là do X': the declare, blame, speech and label verbs, then each with a
    # complementiser after it (kg.extract.discourse._detain_cause_frame)
    cause_declarers: tuple[Phrase, ...]

    def phrases(self, cls: str) -> tuple[Phrase, ...]:
        """The phrases of a class the rules read, in file order: for classes with no field of their own, looked up
        once per build of the grammar, not by a scan of every row per call."""
        return self.phrases_by_class.get(cls, ())

    @cached_property
    def _syllables_by_class(self) -> Mapping[str, frozenset[str]]:
        return MappingProxyType({cls: frozenset(w for phrase in found for w in phrase)
                                 for cls, found in self.phrases_by_class.items()})

    @cached_property
    def _single_words_by_class(self) -> Mapping[str, frozenset[str]]:
        return MappingProxyType({cls: frozenset(phrase[0] for phrase in found if len(phrase) == 1)
                                 for cls, found in self.phrases_by_class.items()})

    def syllables(self, cls: str) -> frozenset[str]:
        """Every syllable of a class's phrases ("một số" gives "một" and "số"), for rules that skip its words one
        syllable at a time: built once per grammar (a cached property), not per call."""
        return self._syllables_by_class.get(cls, frozenset())

    def single_words(self, cls: str) -> frozenset[str]:
        """A class's one-syllable phrases, as words: `word in g.single_words(cls)` is `(word,) in g.phrases(cls)`
        with a set test, built once per grammar."""
        return self._single_words_by_class.get(cls, frozenset())

    @cached_property
    def accusing_declarers(self) -> tuple[Phrase, ...]:
        """'cho rằng đây là cuộc đảo chính do Mỹ giật dây': the declare, blame, speech and claim verbs, then each
        with a complementiser after it (kg.extract.discourse._blame_backer), built once per grammar."""
        verbs = self.declare_verbs + self.blame_declarers + self.speech_verbs + self.claim_verbs
        return _with_complementiser(verbs, self.complementisers)

    @cached_property
    def claim_declarers(self) -> tuple[Phrase, ...]:
        """'cáo buộc (rằng) … do Mỹ chống lưng': the claim verbs, then each with a complementiser after it."""
        return _with_complementiser(self.claim_verbs, self.complementisers)

    @cached_property
    def clause_opener_words(self) -> frozenset[str]:
        """The first syllables of the clause-opening classes ("…, trong khi ông X nói"): a postposed speaker is
        named after none of them (kg.extract.discourse._blame_tail_speaker)."""
        return frozenset(p[0] for cls in CLAUSE_OPENER_CLASSES for p in self.phrases(cls))

    @cached_property
    def plan_nouns(self) -> tuple[Phrase, ...]:
        """'quyết định', 'kế hoạch', 'ý định' (class `refusal_owned_noun`), then the claim nouns: what an actor owns
        and another rejects (kg.extract.discourse's `_refusal_` rules), built once per grammar."""
        return Phrases(self.phrases("refusal_owned_noun") + self.claim_nouns)

    @cached_property
    def members_group_nouns(self) -> tuple[Phrase, ...]:
        """The nouns that head a group whose members an inclusion marker lists ("các nước", "nhóm P5+1 gồm …"): the
        actor group nouns, then class `members_group_head`; built once per grammar, not per trigger."""
        return Phrases(self.actor_group_nouns + self.phrases("members_group_head"))

    @cached_property
    def warning_prohibitives(self) -> tuple[Phrase, ...]:
        """'cảnh báo X không / đừng …': the negations, then class `warning_prohibitive`, that mark what a warning's
        addressee is warned not to do (kg.extract.relations SentenceCoder._warning_warned_act)."""
        return Phrases(self.negation + self.phrases("warning_prohibitive"))

    @cached_property
    def warned_act_determiners(self) -> frozenset[str]:
        """'cảnh báo (về) các biện pháp trừng phạt của X': the words between a warning verb and the nominal act it
        names (topic prepositions, nominalisers, quantifiers, plural determiners, measure nouns' syllables)."""
        return (self.topic_preps | self.nominalisers | self.claim_quantifiers | self.single_words("list_closer")
                | self.syllables("measure_noun"))

    def of(self, cls: str, reader: str = "rules") -> tuple[GrammarRow, ...]:
        """The rows of a class that `reader` reads, in file order."""
        return tuple(row for row in self.rows if row.cls == cls and reader in row.readers)


# The classes whose words open a clause of their own (Grammar.clause_opener_words)
CLAUSE_OPENER_CLASSES = ("clause_marker", "clause_coordinator", "conjunction", "contrast_marker", "counterclaim_marker",
                         "reason_marker", "condition_marker", "relative_marker")

# Grammar class -> the dependency parser's cue (kg.depparse): passive, modality (with the row's value), …
PARSER_CUES = {"passive_marker": "passive", "negation": "modality", "intention": "modality",
               "hypothetical": "modality", "object_case": "object_case", "object_control": "object_control",
               "speech_verb": "speech"}


def grammar_path():
    return resources.files("kg").joinpath("data/grammar.jsonl")


@cache
def grammar() -> Grammar:
    """The grammar of kg/data/grammar.jsonl. Read once, on first use."""
    text = grammar_path().read_text(encoding="utf-8")
    rows = tuple(_row(json.loads(line)) for line in text.splitlines() if line.strip())
    return build_grammar(rows)


def read_actor_cues(path_or_file=None) -> tuple[dict, ...]:
    """The rows of kg/data/actor_cues.jsonl (or of the file given): the words the actor recogniser reacts to, by
    `kind` (title words, head nouns of organisations, pronouns and deictics, words that are never actors …).
    kg.extract.lexicon indexes them; this module is the one reader of the grammar files."""
    if path_or_file is None:
        path_or_file = resources.files("kg").joinpath("data/actor_cues.jsonl")
    if hasattr(path_or_file, "read_text"):
        text = path_or_file.read_text(encoding="utf-8")
    else:
        text = path_or_file.read()
    return tuple(json.loads(line) for line in text.splitlines() if line.strip())


def _row(data: dict) -> GrammarRow:
    return GrammarRow(data["phrase"], data["class"], tuple(data["readers"]), data.get("value"), data.get("scope"),
                      data.get("unless"))


def build_grammar(rows: tuple[GrammarRow, ...]) -> Grammar:
    def phrases(cls: str, reader: str = "rules") -> Phrases:
        return Phrases(row.words for row in rows if row.cls == cls and reader in row.readers)

    def words(cls: str, reader: str = "rules") -> frozenset[str]:
        return frozenset(row.phrase for row in rows if row.cls == cls and reader in row.readers)

    def one(cls: str) -> str:
        (row,) = [row for row in rows if row.cls == cls]
        return row.phrase

    cues: dict[str, dict[str, str]] = {}
    for row in rows:
        if "parser" in row.readers and row.cls in PARSER_CUES:
            cue = PARSER_CUES[row.cls]
            cues.setdefault(cue, {})[row.phrase] = str(row.value) if row.value is not None else cue
    place_preps, origin_preps = words("place_prep"), words("origin_prep")
    speech_verbs = phrases("speech_verb")
    place_nouns, clause_markers = phrases("place_noun"), phrases("clause_marker")
    by_class: dict[str, list[Phrase]] = {}
    for row in rows:
        if "rules" in row.readers:
            by_class.setdefault(row.cls, []).append(row.words)
    return Grammar(
        rows=rows,
        phrases_by_class=MappingProxyType({cls: Phrases(found) for cls, found in by_class.items()}),
        place_preps=place_preps,
        place_nouns=place_nouns,
        place_nouns_by_first=MappingProxyType(place_nouns.by_first),
        nominalisers=words("nominaliser"),
        pronouns=words("pronoun"),
        multilateral=phrases("multilateral"),
        predicate_starts=words("predicate_start"),
        proposing=phrases("proposing"),
        undoing=phrases("undoing"),
        undergo=phrases("undergo"),
        receiving=Phrases(p for p in phrases("undergo") if " ".join(p) not in words("passive_marker")),
        origin_preps=origin_preps,
        sent_to_preps=words("sent_to_prep"),
        clause_adverbs=words("clause_adverb"),
        send_verbs=words("send_verb"),
        arrival_gap=phrases("arrival_gap"),
        mission_nouns=phrases("mission_noun"),
        declare_verbs=phrases("declare_verb"),
        copula=one("copula"),
        list_closers=phrases("list_closer"),
        content_nouns=phrases("content_noun"),
        means_preps=phrases("means_prep"),
        measure_nouns=phrases("measure_noun"),
        talk_referrers=phrases("talk_referrer"),
        wish_verbs=phrases("wish_verb"),
        conveying_verbs=phrases("conveying_verb"),
        agent_noun_prefixes=words("agent_noun_prefix"),
        making_verbs=phrases("making_verb"),
        condition_markers=phrases("condition_marker"),
        duration_units=phrases("duration_unit"),
        duration_counts=words("duration_count"),
        increment_words=words("increment_word"),
        inclusion_markers=phrases("inclusion_marker"),
        clause_coordinators=Phrases(sorted(phrases("clause_coordinator"), key=len, reverse=True)),
        clause_fillers=words("clause_adverb").union(*phrases("arrival_gap"), *phrases("intention"), *speech_verbs,
                                                    *phrases("repetition_adverb")),
        fronted_prepositions=phrases("fronted_preposition"),
        option_markers=phrases("option_marker"),
        possibility_markers=phrases("possibility_marker"),
        past_markers=words("past_marker"),
        willingness=phrases("willingness"),
        example_markers=phrases("example_marker"),
        actor_group_nouns=phrases("actor_group_noun"),
        complementisers=words("complementiser"),
        cancellation=phrases("cancellation"),
        topic_preps=words("topic_prep"),
        object_preps=words("object_prep"),
        speech_verbs=speech_verbs,
        speech_first=frozenset(verb[0] for verb in speech_verbs),
        quoting_verbs=phrases("quoting_verb"),
        suffer_verbs=phrases("suffer_verb"),
        shared_subject_markers=words("shared_subject_marker"),
        negation=phrases("negation"),
        negation_window=Phrases(row.words for row in rows if row.cls == "negation"
                                and "rules" in row.readers and row.scope == "window"),
        negation_lookalikes=phrases("negation_lookalike"),
        intention=phrases("intention"),
        prevention=phrases("prevention"),
        hypothetical=phrases("hypothetical"),
        hypothetical_sentence=Phrases(row.words for row in rows if row.cls == "hypothetical"
                                    and "rules" in row.readers and row.scope == "sentence"),
        clause_breaks=words("clause_break"),
        clause_markers=clause_markers,
        clause_markers_by_first=MappingProxyType(clause_markers.by_first),
        target_phrases=phrases("target_phrase"),
        appositive_heads=phrases("appositive_head"),
        calendar_nouns=words("calendar_noun"),
        split_verbs=phrases("split_verb"),
        split_returns=phrases("split_return"),
        vehicle_nouns=phrases("vehicle_noun"),
        vehicle_noun_ends=frozenset(p[-1] for p in phrases("vehicle_noun")),
        future_markers=words("future_marker"),
        kin_nouns=phrases("kin_noun"),
        kin_firsts=frozenset(p[0] for p in phrases("kin_noun")),
        charge_preps=words("charge_prep"),
        copula_focus=words("copula_focus"),
        declared_envoys=phrases("declared_envoy"),
        venue_preps=words("venue_prep"),
        protester_nouns=phrases("protester_noun"),
        offer_verbs=phrases("offer_verb"),
        inclusion_hedges=phrases("inclusion_hedge"),
        light_nouns=words("light_noun"),
        joiners=words("joiner"),
        list_joiners=words("list_joiner"),
        conjunction=one("conjunction"),
        between_joiners=words("between_joiner"),
        not_agent_after=place_preps | origin_preps | words("non_agent_prep"),
        passive_markers=words("passive_marker"),
        relative_markers=words("relative_marker"),
        passive_agent=one("passive_agent"),
        possessive=one("possessive"),
        agent_markers=frozenset(p[0] for p in phrases("agent_marker") if len(p) == 1),
        agent_marker_pairs=frozenset(p for p in phrases("agent_marker") if len(p) == 2),
        according_to=one("according_to"),
        partner_preps=words("partner_prep"),
        regarding=phrases("regarding")[0],
        against=words("against"),
        honorifics=words("honorific"),
        order_noun=one("order_noun"),
        between=one("between"),
        reciprocal_markers=tuple((tuple(row.phrase.split()), row.unless) for row in rows
                                 if row.cls == "reciprocal_marker"),
        consent_verbs=phrases("consent_verb"),
        dual_references=phrases("dual_reference"),
        joint_markers=phrases("joint_marker"),
        unclear=phrases("unclear"),
        question_tags=phrases("question_tag"),
        near_prep=one("near_prep"),
        border_nouns=phrases("border_noun"),
        joining_verbs=phrases("joining_verb"),
        phrase_joiners=phrases("phrase_joiner"),
        national_nouns=phrases("national_noun"),
        goods_measures=phrases("goods_measure"),
        asked_acts=phrases("asked_act"),
        comitatives=phrases("comitative"),
        quantity_words=words("quantity_word"),
        contrast_markers=phrases("contrast_marker"),
        reason_markers=phrases("reason_marker"),
        regime_nouns=phrases("regime_noun"),
        departure_verbs=phrases("departure_verb"),
        expelled_counts=phrases("expelled_count"),
        following_markers=phrases("following_marker"),
        counterclaim_markers=phrases("counterclaim_marker"),
        office_modifiers=words("office_modifier"),
        event_adjunct_preps=words("event_adjunct_prep"),
        fronted_time_clauses=Phrases(sorted(phrases("fronted_time_clause"), key=len, reverse=True)),
        parse_nominalisers=words("nominaliser", "parser"),
        parser_cues=MappingProxyType({cue: MappingProxyType(found) for cue, found in cues.items()}),
        recipient_cases=words("recipient_case", "parser"),
        destination_cases=words("destination_case", "parser"),
        day_words=tuple(row.phrase for row in rows if row.cls == "day_word"),
        relative_days=tuple((row.phrase, int(row.value)) for row in rows if row.cls == "relative_day"),
        event_place_preps=tuple(row.phrase for row in rows if row.cls == "place_prep" and "dates" in row.readers),
        capital_letters="".join(row.phrase for row in rows if row.cls == "capital_letter"),
        byline_credit=one("byline_credit"),
        ascii_folds=tuple((row.phrase, str(row.value)) for row in rows if row.cls == "ascii_fold"),
        game_context=phrases("game_context"),
        first_person=phrases("first_person"),
        claim_nouns=phrases("claim_noun"),
        claim_openers=phrases("claim_opener"),
        claim_verbs=phrases("claim_verb"),
        meeting_nouns=phrases("meeting_noun"),
        verb_modifiers=phrases("verb_modifier"),
        hedge_verbs=phrases("hedge_verb"),
        claim_quantifiers=frozenset(word for row in rows if row.cls == "claim_quantifier" for word in row.words),
        denials=phrases("denial"),
        topic_nouns=frozenset(phrases("topic_noun")),
        agreed_detail_nouns=phrases("agreed_detail_noun"),
        remit_verbs=phrases("remit_verb"),
        compass_words=words("compass_word"),
        blame_declarers=phrases("blame_declarer"),
        label_verbs=phrases("label_verb"),
        label_referents=phrases("label_referent"),
        crossing_preps=words("crossing_prep"),
        side_nouns=words("side_noun"),
        blame_adverbs=phrases("blame_adverb"),
        act_denials=phrases("act_denial"),
        denied_act_gaps=words("denied_act_gap"),
        efforts=phrases("effort"),
        owned_act_nouns=phrases("owned_act_noun"),
        company_nouns=phrases("company_noun"),
        tenure_markers=phrases("tenure_marker"),
        descriptor_nouns=phrases("descriptor_noun"),
        invitation_accepts=phrases("invitation_accept"),
        person_leavers=phrases("person_leaver"),
        leaving_modals=phrases("leaving_modal"),
        demonstratives=phrases("demonstrative"),
        distance_markers=words("distance_marker"),
        distance_units=phrases("distance_unit"),
        place_prep_lookalikes=phrases("place_prep_lookalike"),
        cause_declarers=_with_complementiser(
            phrases("declare_verb") + phrases("blame_declarer") + speech_verbs + phrases("label_verb"),
            words("complementiser")),
    )


def _with_complementiser(verbs: tuple[Phrase, ...], complementisers: frozenset[str]) -> Phrases:
    """`verbs`, then each verb followed by each complementiser."""
    return Phrases(verbs + tuple(v + (c,) for v in verbs for c in complementisers))
