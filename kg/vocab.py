"""The fixed relation vocabulary (kg/data/relation_types.jsonl): one table of relation types and their properties.

Each row: id, PLOVER type, CAMEO root, quad class, labels, definition, and the properties the extractor and the
ontology read: Goldstein weight (CAMEO Goldstein scale of the root), cooperative, reciprocal (mutual by nature),
reciprocal_by_marker (made mutual by "lẫn nhau"), with_only (partner only via "với"/"cùng"), control (whose
argument also acts in the complement: "subject" or "object"), destination (a recipient after "tới"/"khỏi"),
sent_to (a recipient after "tới"/"sang" of what is sent: always, or only for a nominal trigger), verbal_request,
answerable, nested_target (relations of a nested event whose target is this one's recipient: "dỡ bỏ lệnh trừng
phạt đối với X" concedes to X, "cảnh báo sẽ tấn công X" threatens X), conditional_target (with no recipient of its
own, the first actor of its condition is the recipient: "cảnh báo sẽ đáp trả nếu Mỹ tấn công" threatens the US),
option_as (the relation and CAMEO code of the event when its actor states it as an option: "không loại trừ khả năng
can thiệp quân sự" threatens force, CAMEO 138), complement_target (the subject of a complement clause opened by
"rằng" right after the trigger is the recipient: "cáo buộc rằng Mỹ đã …" accuses the US), maker_target (the owner
of the thing acted on is the recipient: "đồng ý với đề xuất của Mỹ" agrees with the US, "chỉ trích các tên lửa do
Nga phát triển" criticises Russia), parties_after (a pair right after the trigger, "A - B" or "giữa A và B", holds
the event and is not its recipient: "công kích cuộc tập trận Mỹ - Hàn" targets neither), own_people (a person of
the actor's own country is a recipient, not the actor's side: "chính khách đối lập Nga Alexei Navalny bị Moscow bắt
giữ" coerces Navalny), nationals_target (with no recipient of its own, the country of unnamed nationals held or
freed is the recipient: "Trung Quốc giam giữ hai công dân Canada" coerces Canada, "trả tự do cho 10 công dân Mỹ"
concedes to the United States).
The RDF namespace and kg/ontology.ttl are generated from it (kg.rdf.namespace, kg.rdf.ontology).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class RelationType:
    id: str
    plover: str
    cameo: str  # CAMEO root code, two digits
    quad_class: str  # verbal_cooperation, material_cooperation, verbal_conflict, material_conflict
    label: str
    label_vi: str
    definition: str
    goldstein: float = 0.0  # Goldstein weight of the CAMEO root (-10 conflict … +10 cooperation)
    cooperative: bool = False  # a recipient after "chống (lại)" is not the partner of a cooperative event
    reciprocal: bool = False  # "A và B V" codes A <-> B
    reciprocal_by_marker: bool = False  # "A và B V lẫn nhau" codes A <-> B
    with_only: bool = False  # the partner is introduced by "với"/"cùng", never a bare object
    control: str | None = None  # "subject"/"object": that argument also acts in the complement clause
    destination: bool = False  # "thăm tới X", "rút khỏi X": a recipient after a preposition of direction
    verbal_request: bool = False  # "kêu gọi thành lập liên minh chống IS": IS is not asked
    sent_to: str | None = None  # "always"/"nominal": a recipient after "tới"/"sang" (aid sent, a message sent)
    answerable: bool = False  # what a bare denial ("Havana bác bỏ.") answers: accusation, demand, request, proposal, threat
    nested_target: list[str] | None = None  # relations of a nested event whose target is this one's recipient
    conditional_target: bool = False  # with no recipient of its own, the first actor of its condition ("nếu X …")
    option_as: dict | None = None  # {"relation", "cameo"} of the event when its actor states it as an option
    complement_target: bool = False  # "cáo buộc rằng X …": the subject of the complement clause is the recipient
    maker_target: bool = False  # "đồng ý với đề xuất của X", "chỉ trích tên lửa do X phát triển": X is the recipient
    parties_after: bool = False  # "tập trận Mỹ - Hàn": a pair right after the trigger holds the event, is no recipient
    own_people: bool = False  # "Navalny bị Moscow bắt giữ": a person of the actor's own country is a recipient
    nationals_target: bool = False  # "giam giữ hai công dân Canada": the country of unnamed nationals is the recipient
    regarding_target: bool = False  # "bày tỏ sự ủng hộ đối với X": "đối với" right after the trigger names the recipient
    goods_owner_not_target: bool = False  # "chuyển giao xe tăng của Đức cho Ukraine": the goods' owner is no recipient
    site_target: bool = False  # "IAEA điều tra … tại Iran": a site after a place preposition is the recipient
    answers_proposals: bool = False  # "đồng ý với đề xuất … của X": the verb answers a proposal X made to its subject
    passed_measure: bool = False  # "gói viện trợ … được Quốc hội Mỹ thông qua": a measure a body passes or signs


@cache
def relation_types() -> dict[str, RelationType]:
    """Relation id -> RelationType, in vocabulary order. Read once, on first use."""
    text = resources.files("kg").joinpath("data/relation_types.jsonl").read_text(encoding="utf-8")
    rows = (json.loads(line) for line in text.splitlines() if line.strip())
    return {row["id"]: RelationType(**row) for row in rows}


@cache
def relations_where(prop: str, value: object = True) -> frozenset[str]:
    """Ids of the relation types whose `prop` equals `value` ("reciprocal", "control" == "object", …)."""
    return frozenset(rid for rid, rtype in relation_types().items() if getattr(rtype, prop) == value)


@cache
def relations_with(prop: str) -> frozenset[str]:
    """Ids of the relation types whose `prop` is set (not None, not False)."""
    return frozenset(rid for rid, rtype in relation_types().items() if getattr(rtype, prop) not in (None, False))


@cache
def _alliances() -> tuple[frozenset[str], ...]:
    """The member sets of kg/data/alliances.jsonl (standing defence alliances and treaty allies)."""
    text = resources.files("kg").joinpath("data/alliances.jsonl").read_text(encoding="utf-8")
    return tuple(frozenset(json.loads(line)["members"]) for line in text.splitlines() if line.strip())


def allied(a: str, b: str) -> bool:
    """Two distinct actor ids (countries) bound by one standing alliance or defence treaty."""
    return a != b and any(a in members and b in members for members in _alliances())
