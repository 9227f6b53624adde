"""Grammar as data: no Vietnamese literal in kg/**/*.py outside docstrings and comments; kg/data/grammar.jsonl is
well formed and is the one source of the word lists the rules and the dependency coder read; relation properties
are columns of kg/data/relation_types.jsonl."""

from __future__ import annotations

import ast
import json
import re
import unicodedata
from pathlib import Path
from types import MappingProxyType

import pytest

from kg.depparse import load_cues
from kg.grammar import PARSER_CUES, Grammar, grammar
from kg.vocab import relation_types, relations_where, relations_with

ROOT = Path(__file__).resolve().parents[1]
KG = ROOT / "kg"
DATA = KG / "data"
VIETNAMESE = re.compile("[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]")
CLASSES = {
    "place_prep", "place_noun", "nominaliser", "pronoun", "multilateral", "predicate_start", "proposing", "undoing",
    "undergo", "origin_prep", "topic_prep", "object_prep", "speech_verb", "quoting_verb", "shared_subject_marker", "suffer_verb", "negation", "intention", "prevention",
    "hypothetical", "clause_break", "clause_marker", "target_phrase", "light_noun", "joiner", "list_joiner",
    "conjunction", "between_joiner", "non_agent_prep", "passive_marker", "relative_marker", "passive_agent", "possessive",
    "agent_marker", "according_to", "partner_prep", "regarding", "against", "honorific", "order_noun", "between",
    "reciprocal_marker", "consent_verb", "dual_reference", "joint_marker", "unclear", "question_tag", "near_prep", "game_context", "first_person", "object_case", "object_control", "recipient_case",
    "destination_case", "day_word", "relative_day", "capital_letter", "byline_credit", "ascii_fold", "claim_noun", "claim_opener",
    "claim_quantifier", "denial", "topic_noun", "sent_to_prep", "clause_adverb", "send_verb", "arrival_gap", "mission_noun", "declare_verb", "copula",
    "list_closer", "making_verb", "condition_marker", "duration_unit", "duration_count", "increment_word", "national_noun", "phrase_joiner", "joining_verb",
    "inclusion_marker", "clause_coordinator", "fronted_preposition", "backing_preposition", "option_marker", "possibility_marker", "past_marker", "willingness", "example_marker", "actor_group_noun", "complementiser", "cancellation",
    "appositive_head", "calendar_noun", "split_verb", "vehicle_noun", "future_marker", "kin_noun", "charge_prep", "copula_focus", "inclusion_hedge",
    "content_noun", "means_prep", "talk_referrer", "wish_verb", "conveying_verb", "agent_noun_prefix", "border_noun", "goods_measure", "asked_act", "comitative", "quantity_word", "contrast_marker", "office_modifier",
    "agreed_detail_noun", "remit_verb", "compass_word",
    "claim_verb", "meeting_noun", "verb_modifier", "hedge_verb",
    "negation_lookalike", "measure_noun",
}
CLASSES |= {"event_adjunct_prep", "fronted_time_clause"}  # meetings and visits as adjuncts (helper b)
CLASSES |= {"blame_declarer", "label_verb", "blame_adverb", "side_noun"}  # who says X did wrong; who labels X with a reproach (helper h)
CLASSES |= {"objection", "objection_manner", "joint_exercise", "exercise_halt"}  # a bare objection answers the act done to its actor (helper a, ninth session)
CLASSES |= {"act_denial", "denied_act_gap", "effort", "owned_act_noun", "descriptor_noun", "invitation_accept"}  # a denied act of one's own is negated (helper h9-b)
CLASSES |= {"declared_envoy", "venue_prep", "offer_verb", "protester_noun"}  # persona non grata: "tuyên bố một nhà ngoại giao Nga là …" (helper c)
CLASSES |= {"conveyed_to_prep"}  # a refused transfer refuses its destination: "từ chối dẫn độ X sang Y" (helper h11-d)
CLASSES |= {"warned_situation", "unnamed_counterpart", "invitation_answer", "doubt_phrase"}  # warnings about a situation; meetings with unnamed counterparts (helper h10-b)
CLASSES |= {"reason_marker", "regime_noun", "departure_verb", "expelled_count", "following_marker", "counterclaim_marker"}  # a passive reason clause shares the main subject (helper c, tenth session)
CLASSES |= {"label_referent", "crossing_prep"}  # '…, điều X gọi là "…"': the namer of an act is not its actor (helper h10-a)
CLASSES |= {"so_called", "repetition_adverb", "negated_copula"}  # 'không công nhận cái gọi là X': a scornful label before the object is skipped; 'và liên tục V' shares the subject; 'X không phải là … hợp pháp' rejects X (helper h15-f)
CLASSES |= {"mention_phrase", "halting", "permission_verb", "forum_member_gap", "eve_marker"}  # events talked about, halted or permitted are not done (helper h10-b2)
CLASSES |= {"agreement_noun", "conflict_noun", "negated_modal"}  # how far a partner, target or negation reaches (helper h10-c2)
CLASSES |= {"person_leaver", "leaving_modal", "demonstrative", "distance_marker", "distance_unit", "place_prep_lookalike"}  # a person or envoy who leaves does not withdraw; 'cách X 92 km' locates (helper h10-a2)
CLASSES |= {"company_noun", "tenure_marker"}  # a country's companies acting are not the state; a leader after "dưới thời" dates the clause (helper h11-b)
CLASSES |= {"feared_act", "risk_noun"}  # an act only feared or risked by someone else is no event of its agent (helper h15-c)
CLASSES |= {"considered_cancel", "indefinite_term", "match_stage", "match_head", "warned_hazard", "condition_gap",
            "capability_marker", "weapon_ability", "weapon_noun",
            "speculation_verb", "assessment_verb", "analyst_noun", "drill_word"}  # events that did not happen or are no events (helper p11a)
CLASSES |= {"subject_matter_noun", "subject_matter_link", "pressure_phrase"}  # "X là chủ đề đàm phán": X is the topic (helper h11-d2)
CLASSES |= {"policy_noun", "predicate_prefix", "ellipsis_filler"}  # a drilled attack is no attack; a policy toward X does not address X (helper h11-c)
CLASSES |= {"named_format_noun", "time_zone_noun", "time_zone_lead", "act_target_prep", "adverse_passive_marker"}  # a capital naming a format, a time zone, the target of a criticised act are not participants (helper h12-b)
CLASSES |= {"blame_backing_verb", "blame_pretext_noun", "blame_pretext_link"}  # a backer named inside an accusation, the actor a pretext covers, is accused (helper h13-f)
CLASSES |= {"reduced_passive_marker", "shared_verb_joiner", "joined_marker", "speaker_pronoun"}  # "SDF do Mỹ hậu thuẫn": a reduced passive relative after an actor (helper h12-c)
CLASSES |= {"members_group_head"}  # a group spelled out by its members faces one party (helper h13-e)
CLASSES |= {"passive_agent_filler", "single_relative_head"}  # words inside the agent of a negated passive: "không được lãnh đạo hai bên thống nhất" is negated (helper h14-b)
CLASSES |= {"between_place_noun"}  # "gần biên giới giữa Syria và Israel, Jordan": the listed names are a place (helper h15-d)
CLASSES |= {"cause_link", "cause_noun", "list_pronoun", "nominal_act_opener", "blame_shift_verb", "blame_recipient_prep"}  # "nói rằng nguyên nhân là do X …": the speaker blames X (helper h12-d)
CLASSES |= {"pronoun_plural_topic", "pronoun_reported_opener", "pronoun_report_verb"}  # "Họ cũng …" carries a list; "Nga nói Mỹ cáo buộc họ": the speaker (helper h13-i)
CLASSES |= {"warning_verb", "migrant_noun", "consequence_link", "disputed_matter"}  # a warning about another's owned act threatens no one; expelled migrants are no country (helper h13-g)
CLASSES |= {"blame_act_anaphor"}  # "Iran gọi đây là hành động xấc xược": the named act is the last one done to the namer (helper h12-g)
CLASSES |= {"nominal_role", "nominal_matter", "nominal_dispatch_verb", "nominal_promoter", "nominal_why",
            "nominal_agenda", "nominal_whether", "nominal_rumour", "nominal_report", "nominal_determiner",
            "nominal_attend_verb", "nominal_attend_gap", "nominal_talk_noun"}  # talk, meeting and relationship nouns that name no event (helper h12-a)
CLASSES |= {"deal_body_gap", "deal_joined_noun", "deal_join_hope", "deal_exhortation", "deal_exhortation_gap"}  # joining a body or an initiative of a named owner is an agreement with it (helper h12-e)
CLASSES |= {"refusal_faced", "refusal_gap", "refusal_cause", "refusal_owned_noun", "refusal_anaphor", "refusal_put_forward"}  # an objection faced or defied is its owner's toward the one who faces it (helper p13a)
CLASSES |= {"charge_faced", "charge_gap", "charge_victim_act"}  # an accusation the clause's actor faces is made against it; only its named owner accuses (helper p14c)
CLASSES |= {"talks_aside_opener", "talks_subordinator", "talks_purpose_marker", "talks_denied_fact"}  # "Trong cuộc điện đàm với B, như AFP đưa tin, A …": an attribution aside (helper h13-d)
CLASSES |= {"warning_prohibitive", "warning_open_option", "warning_domain"}  # "cảnh báo X không được đe dọa Y": what X is warned not to do is no act (helper h13-b)
CLASSES |= {"strike_list_head", "strike_site_hedge", "strike_cause_verb"}  # "Liên quân Mỹ, Anh, Pháp phóng …": a collective noun heads a bare comma list of actors (helper h13-h)
CLASSES |= {"tally_numeral", "tally_group_noun", "tally_opener", "tally_closer", "tally_clause_opener"}  # "ba nước", "cả bốn quốc gia này": a numbered group refers to the latest list of that size (helper h13-j)
CLASSES |= {"trigger_determiner"}  # "cắt đứt các quan hệ ngoại giao với X": a determiner inside a verb-noun trigger (helper h16-d)
CLASSES |= {"pair_qualifier", "pair_place_noun", "partner_predicate_link"}  # which pair "hai bên" refers to: a qualified reference, a placed pair, a second predicate's partner (helper h15-a)
CLASSES |= {"meeting_avoided", "meeting_free_choice", "meeting_absence", "meeting_sender_marker", "meeting_sender_verb"}  # a meeting avoided, any meeting under a free-choice quantifier, a pair's meeting one is absent from: not held (helper p14a)
CLASSES |= {"split_return"}  # a word that puts a split verb's object back onto a list (helper i)
CLASSES |= {"subjection_preposition"}  # under X's act, the clause's opening actor is its target (helper p16e)
CLASSES |= {"contrast_adverb"}  # "và Nga lại chỉ trích …": a name after "và" opens a contrasting clause (helper h16-i)
CLASSES |= {"goods_noun", "list_noun", "list_maker_verb"}  # a country's goods before a sanction's relative clause, or listed to be taxed by the list's maker (helper p16j)
READERS = {"rules", "parser", "dates", "clean", "slug"}


def _rows() -> list[dict]:
    return [json.loads(line) for line in (DATA / "grammar.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]


def _ascii_words() -> set[str]:
    """Grammar phrases written in plain ASCII ("theo", "khi", "sau khi"): Vietnamese all the same."""
    return {row["phrase"].lower() for row in _rows() if re.fullmatch(r"[A-Za-z]+(?: [A-Za-z]+)*", row["phrase"])}


def _docstrings(tree: ast.AST) -> set[int]:
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(
                    first.value.value, str):
                out.add(id(first.value))
    return out


def vietnamese_literals(path: Path, ascii_words: set[str]) -> list[str]:
    """'line: literal' for each string constant (docstrings aside) that is Vietnamese."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            value = node.value
            if VIETNAMESE.search(value.lower()) or value.strip().lower() in ascii_words:
                found.append(f"{node.lineno}: {value!r}")
    return found


SOURCES = sorted(KG.rglob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=[str(p.relative_to(ROOT)) for p in SOURCES])
def test_no_vietnamese_literal_in_code(path):
    relative = str(path.relative_to(ROOT))
    found = vietnamese_literals(path, _ascii_words())
    assert not found, f"{relative}: move these to kg/data (kg/data/grammar.jsonl): {found}"


def test_the_scan_sees_literals_and_skips_docstrings(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('"""Theo AFP, Nga và Mỹ."""\nX = "với"  # với\nY = "theo"\nZ = f"a {X} b"\nW = "then"\n',
                      encoding="utf-8")
    assert vietnamese_literals(sample, _ascii_words()) == ["2: 'với'", "3: 'theo'"]


def test_grammar_rows_are_well_formed():
    rows = _rows()
    assert rows
    seen = set()
    for row in rows:
        assert set(row) <= {"phrase", "class", "readers", "value", "scope", "unless", "gloss", "phenomenon"}, row
        assert row["phrase"] and row["phrase"] == row["phrase"].strip(), row
        assert unicodedata.is_normalized("NFC", row["phrase"]), row
        assert row["class"] in CLASSES, row
        assert row["readers"] and set(row["readers"]) <= READERS, row
        assert row["gloss"] and row["phenomenon"], row
        assert (row["phrase"], row["class"]) not in seen, row
        seen.add((row["phrase"], row["class"]))
    assert {row["class"] for row in rows} == CLASSES
    # lower case, as matched against syllables' .low (capital letters and the credit word are written as cased)
    for row in rows:
        if row["class"] not in {"capital_letter", "byline_credit", "ascii_fold"}:
            assert row["phrase"] == row["phrase"].lower(), row


def test_grammar_is_cached_and_frozen():
    g = grammar()
    assert grammar() is g and isinstance(g, Grammar)
    with pytest.raises(AttributeError):
        g.negation = ()  # type: ignore[misc]
    assert all(isinstance(getattr(g, name), (frozenset, tuple, str, MappingProxyType))
               or name.endswith(("_by_first", "cues")) for name in g.__dataclass_fields__ if name != "rows")
    with pytest.raises(TypeError):
        g.phrases_by_class["negation"] = ()  # type: ignore[index]


def test_one_list_per_class_read_by_both_coders():
    """Speech verbs, negation, modality and nominalisers are one list each; the parser's share is derived."""
    g = grammar()
    rows = _rows()
    parser_nominalisers = {r["phrase"] for r in rows if r["class"] == "nominaliser" and "parser" in r["readers"]}
    assert g.parse_nominalisers == parser_nominalisers and parser_nominalisers <= g.nominalisers
    cues = load_cues()
    assert cues == {cue: dict(words) for cue, words in g.parser_cues.items()}
    for row in rows:
        if "parser" in row["readers"] and row["class"] in PARSER_CUES:
            assert row["phrase"] in cues[PARSER_CUES[row["class"]]], row
    assert {w for w, v in cues["modality"].items() if v == "negated"} <= {" ".join(p) for p in g.negation}
    assert not (DATA / "syntax_cues.jsonl").exists()


def test_speech_verbs_are_cameo_statement_rows():
    """The rules' speech verbs are CAMEO 01 statement rows of the trigger dictionary; the parser also reads
    "cho" (the treebank splits "cho biết") and "cảnh báo" (a warning, coded as threaten, also reports speech)."""
    triggers = [json.loads(line) for line in (DATA / "triggers.jsonl").read_text(encoding="utf-8").splitlines()
                if line.strip()]
    statements = {row["trigger"] for row in triggers if row.get("role") == "speech" and row["cameo"].startswith("01")}
    speech = [row for row in _rows() if row["class"] == "speech_verb"]
    assert {row["phrase"] for row in speech if "rules" in row["readers"]} <= statements
    assert {row["phrase"] for row in speech if row["phrase"] not in statements} == {"cho", "cảnh báo"}


def test_relation_properties_are_columns_of_the_relation_table():
    types = relation_types()
    for rtype in types.values():
        assert -10.0 <= rtype.goldstein <= 10.0
        assert rtype.control in (None, "subject", "object")
        assert (rtype.goldstein > 0) == rtype.quad_class.endswith("cooperation"), rtype
    assert relations_with("reciprocal") == {"consult", "agree", "cooperate"}
    assert relations_with("with_only") <= relations_with("reciprocal") <= relations_with("reciprocal_by_marker")
    assert relations_where("control", "object") == {"request", "propose", "demand"}
    assert relations_with("control") == relations_where("control", "object") | {"agree"}
    assert relations_with("verbal_request") <= relations_with("control")
    assert relations_with("destination") == {"consult", "withdraw", "mobilize", "attack", "sanction"}
    assert relations_with("maker_target") == {"accuse", "reject", "support", "agree"}
    assert relations_with("answerable") == {"accuse", "demand", "request", "propose", "threaten"}
