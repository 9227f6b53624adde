"""Vietnamese dependency parsing with the parser shipped in kg/models/vi_parser (no download).

The shipped spaCy pipeline (tok2vec + morphologizer + parser, trained on UD_Vietnamese-VTB, see
kg/models/vi_parser/README.md) reads words, not raw text: each token is one pyvi word with spaces between its
syllables ("Ngoại trưởng") and token.tag_ holds pyvi's POS tag, which the model uses as an input feature.
`parse(doc)` or the "kg_parser" pipeline component copies UD heads, relations and UPOS onto our Doc, one
sentence at a time so the trees never cross our sentence boundaries.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy
from spacy.attrs import DEP, HEAD, POS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import minibatch

MODEL_DIR = Path(__file__).parent / "models" / "vi_parser"


@lru_cache(maxsize=4)
def load_parser(path: str | None = None) -> Language:
    """The shipped parser pipeline (loaded once per path); only its tok2vec, morphologizer and parser run."""
    import spacy

    return spacy.load(path or MODEL_DIR)


def _units(doc: Doc) -> list[Span]:
    """Our sentences when the Doc has them, else the whole Doc as one unit."""
    if doc.has_annotation("SENT_START"):
        return list(doc.sents)
    return [doc[:]]


def _word_doc(nlp: Language, unit: Span) -> Doc:
    """A Doc in the parser's vocab with the unit's words and pyvi tags."""
    tags = [t.tag_ for t in unit]
    return Doc(
        nlp.vocab,
        words=[t.text for t in unit],
        spaces=[bool(t.whitespace_) for t in unit],
        tags=tags if all(tags) else None,
        # One unit is one sentence: forbid the parser from splitting it into several trees.
        sent_starts=[True] + [False] * (len(unit) - 1),
    )


def _copy_annotations(doc: Doc, units: list[Span], parsed: list[Doc], set_pos: bool) -> None:
    """Write heads (relative offsets), relations and UPOS of the parsed units onto doc."""
    attrs = [HEAD, DEP, POS] if set_pos else [HEAD, DEP]
    arr = numpy.zeros((len(doc), len(attrs)), dtype="uint64")
    for unit, p in zip(units, parsed):
        # Relation hashes are the same in every StringStore; only the label strings must be added.
        arr[unit.start : unit.end] = p.to_array(attrs)
        for label in {t.dep_ for t in p}:
            doc.vocab.strings.add(label)
    doc.from_array(attrs, arr)


def parse_docs(
    docs: Iterable[Doc], nlp: Language | None = None, set_pos: bool = True, batch_size: int = 256
) -> Iterator[Doc]:
    """Parse our Docs in place (sentence by sentence, batched across docs) and yield them in order."""
    nlp = nlp or load_parser()
    for group in minibatch(docs, size=max(1, batch_size // 16)):
        units = [_units(doc) if len(doc) else [] for doc in group]
        parsed = iter(nlp.pipe((_word_doc(nlp, u) for us in units for u in us), batch_size=batch_size))
        for doc, doc_units in zip(group, units):
            if doc_units:
                _copy_annotations(doc, doc_units, [next(parsed) for _ in doc_units], set_pos)
            yield doc


def parse(doc: Doc, nlp: Language | None = None, set_pos: bool = True) -> Doc:
    """Parse one Doc of pyvi words in place and return it."""
    return next(iter(parse_docs([doc], nlp=nlp, set_pos=set_pos)))


class KgParser:
    """Pipeline component: parses each Doc with the shipped parser and copies heads/deps/UPOS onto it."""

    def __init__(self, model_path: str | None, set_pos: bool, batch_size: int):
        self.model_path = model_path
        self.set_pos = set_pos
        self.batch_size = batch_size

    def __call__(self, doc: Doc) -> Doc:
        return parse(doc, nlp=load_parser(self.model_path), set_pos=self.set_pos)

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        yield from parse_docs(docs, load_parser(self.model_path), self.set_pos, self.batch_size)


@Language.factory(
    "kg_parser",
    default_config={"model_path": None, "set_pos": True, "batch_size": 256},
    assigns=["token.head", "token.dep", "token.pos", "token.is_sent_start"],
)
def make_kg_parser(nlp: Language, name: str, model_path: str | None, set_pos: bool, batch_size: int):
    return KgParser(model_path, set_pos, batch_size)


# --- Arguments of a trigger verb read from the UD tree (for dependency-based event coding) -------------------

SUBJECT_DEPS = ("nsubj", "nsubj:pass")
OBJECT_DEPS = ("obj", "iobj", "obl:iobj", "obl:with")
# Relations through which a verb shares the subject of its head: control ("sẵn sàng phối hợp"), coordinated
# and serial verbs.
SHARED_SUBJECT_DEPS = ("xcomp", "xcomp:adj", "conj", "compound:svc", "compound:vmod", "compound:dir")
# Relations by which a clause modifies a noun that is its subject ("lực lượng ... tấn công", "Nga sẵn sàng").
NOUN_MODIFIER_DEPS = ("acl", "acl:subj", "acl:relcl", "amod")
MODALITY_CHILD_DEPS = ("advmod", "advmod:neg", "aux", "mark", "discourse", "advmod:adj")
NOMINAL_POS = ("NOUN", "PROPN", "PRON", "NUM", "X")


@dataclass(frozen=True)
class Arguments:
    """Candidate participants of a trigger, in semantic roles (passive already undone).

    subjects: who acts (grammatical subject, or the obl:agent of a passive); objects: who is acted upon or
    acted with (obj, obl with "với"/"giữa"/"vào", the patient of a passive); modality: sorted labels from
    grammar.jsonl ("negated", "willing", "future", "conditional", ...); empty when asserted.
    """

    trigger: Token
    subjects: tuple[Token, ...]
    objects: tuple[Token, ...]
    passive: bool
    modality: tuple[str, ...]
    speakers: tuple[Token, ...] = ()  # subjects of the reporting verb when the trigger is reported speech


@lru_cache(maxsize=1)
def load_cues(path: str | None = None) -> dict[str, dict[str, str]]:
    """cue -> {word: value}: the rows of kg/data/grammar.jsonl the parser reads (passive, modality with its value,
    object_case, object_control, speech; kg.grammar.PARSER_CUES), or those of a JSONL file of
    {"word", "cue", "value"} rows at `path`."""
    if path is None:
        from kg.grammar import grammar

        return {cue: dict(words) for cue, words in grammar().parser_cues.items()}
    cues: dict[str, dict[str, str]] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                cues.setdefault(row["cue"], {})[row["word"]] = row.get("value", row["cue"])
    return cues


def _word(token: Token) -> str:
    return token.text.lower()


def _with_conjuncts(tokens: Iterable[Token]) -> list[Token]:
    """Tokens plus the nominals coordinated with them ("Nga và Thổ Nhĩ Kỳ"), in sentence order."""
    out: dict[int, Token] = {}
    stack = list(tokens)
    while stack:
        t = stack.pop()
        if t.i in out:
            continue
        out[t.i] = t
        stack.extend(c for c in t.children if c.dep_ == "conj" and c.pos_ in NOMINAL_POS)
    return [out[i] for i in sorted(out)]


def _is_passive(verb: Token, cues: dict) -> bool:
    passive = cues.get("passive", {})
    return any(c.dep_ == "aux:pass" and _word(c) in passive for c in verb.children) or any(
        c.dep_ == "nsubj:pass" for c in verb.children
    )


def _grammatical_subjects(verb: Token, cues: dict, seen: frozenset = frozenset()) -> list[Token]:
    """Subjects of verb, inherited through control, coordination and noun-modifying clauses."""
    own = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if own or verb.i in seen:
        return own
    seen = seen | {verb.i}
    head = verb.head
    if head.i == verb.i:
        return []
    dep = verb.dep_
    if dep in ("xcomp", "xcomp:adj") and (
        _word(head) in cues.get("object_control", {}) or _word(head) in cues.get("speech", {})
    ):
        objs = [c for c in head.children if c.dep_ in ("obj", "iobj")]
        if objs:
            return objs
    if dep in SHARED_SUBJECT_DEPS:
        return _grammatical_subjects(head, cues, seen)
    if dep in NOUN_MODIFIER_DEPS and head.pos_ in NOMINAL_POS:
        return [head]
    return []


def _case_word(token: Token) -> str:
    return " ".join(_word(c) for c in token.children if c.dep_ == "case")


def _grammatical_objects(verb: Token, cues: dict) -> list[Token]:
    """obj/iobj and obl with a participant preposition, also under a light object ("phối hợp hành động với X")."""
    case_words = cues.get("object_case", {})

    def direct(t: Token) -> list[Token]:
        return [
            c
            for c in t.children
            if c.dep_ in OBJECT_DEPS
            or (c.dep_.startswith("obl") and _case_word(c) in case_words)
            or (c.dep_ == "nmod" and _case_word(c) in case_words)
        ]

    found = direct(verb)
    for c in list(found) + [c for c in verb.children if c.dep_.startswith("compound")]:
        found += [g for g in direct(c) if g.dep_ != "obj" or c.dep_.startswith("compound")]
    # Verbal objects ("phối hợp hành động") are part of the predicate, not participants.
    return [t for t in found if t.pos_ in NOMINAL_POS]


def _modality(verb: Token, cues: dict) -> tuple[str, ...]:
    """Modality labels from the verb, the heads it reaches through xcomp, and their function-word children."""
    lexicon = cues.get("modality", {})
    labels: set[str] = set()
    chain = [verb]
    while chain[-1].dep_ in ("xcomp", "xcomp:adj") and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    for t in chain:
        if t is not verb and _word(t) in lexicon:
            labels.add(lexicon[_word(t)])
        labels.update(
            lexicon[_word(c)] for c in t.children if c.dep_ in MODALITY_CHILD_DEPS and _word(c) in lexicon
        )
    # A trigger inside an "if" clause is conditional.
    top = chain[-1]
    if top.dep_.startswith("advcl") and any(
        _word(c) in lexicon and lexicon[_word(c)] == "conditional" for c in top.children if c.dep_ == "mark"
    ):
        labels.add("conditional")
    return tuple(sorted(labels))


def _speakers(verb: Token, cues: dict) -> list[Token]:
    """Subjects of the reporting verb whose ccomp (or mis-attached xcomp) clause contains verb."""
    speech = cues.get("speech", {})
    t = verb
    while t.head.i != t.i:
        if t.dep_ == "ccomp" or (t.dep_ in ("xcomp", "xcomp:adj") and _word(t.head) in speech):
            return _with_conjuncts(_grammatical_subjects(t.head, cues))
        if t.dep_ not in SHARED_SUBJECT_DEPS:
            return []
        t = t.head
    return []


def arguments(sent: Span, trigger_i: int, cues: dict | None = None) -> Arguments:
    """Candidate subjects, objects and modality of the trigger at doc index trigger_i in a parsed sentence."""
    if not sent.start <= trigger_i < sent.end:
        raise ValueError(f"token {trigger_i} is outside the sentence {sent.start}..{sent.end}")
    cues = cues or load_cues()
    verb = sent.doc[trigger_i]
    subjects = _grammatical_subjects(verb, cues)
    objects = _grammatical_objects(verb, cues)
    passive = _is_passive(verb, cues)
    if passive:
        # "Iran bị IS tấn công": the grammatical subject is the patient, the obl:agent the actor.
        agents = [c for c in verb.children if c.dep_ == "obl:agent"]
        subjects, objects = agents, subjects + objects
    return Arguments(
        trigger=verb,
        subjects=tuple(_with_conjuncts(subjects)),
        objects=tuple(_with_conjuncts(t for t in objects if t.i != verb.i)),
        passive=passive,
        modality=_modality(verb, cues),
        speakers=tuple(_speakers(verb, cues)),
    )


def phrase(token: Token) -> Span:
    """The nominal phrase headed by token (its subtree without clauses, coordination or punctuation)."""
    stop = ("conj", "cc", "punct", "acl", "acl:subj", "acl:relcl", "acl:tmod", "advcl", "parataxis", "ccomp")
    keep = [token]
    stack = [c for c in token.children if c.dep_ not in stop]
    while stack:
        t = stack.pop()
        keep.append(t)
        stack.extend(c for c in t.children if c.dep_ not in stop)
    return token.doc[min(t.i for t in keep) : max(t.i for t in keep) + 1]
