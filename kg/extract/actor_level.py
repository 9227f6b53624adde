"""State bodies reported as their state: an event of "chính phủ Nga" or "Bộ Ngoại giao Nga" is Russia's.

Event data sets code a state's ministries, government and forces as the state (CAMEO actor codes keep the sector
only as a role: RUSGOV, RUSMIL), and the annotation guidelines accept the country for any of its bodies (the
country is among the alt names of every government, ministry, military or agency line). Which sectors act for
their state is data: the `country_level` column of kg/data/sectors.jsonl. The body's mention stays on the event
(its offsets, with `via` "agency"), so nothing the text said is lost.
"""

from __future__ import annotations

import json
from dataclasses import replace
from functools import cache
from pathlib import Path

from kg.extract.lexicon import data_dir
from kg.model import Actor, ActorSpan, Event


@cache
def country_level_sectors(directory: Path | None = None) -> frozenset[str]:
    """Sector ids (sectors.jsonl) whose composites are reported as their country."""
    with open((directory or data_dir()) / "sectors.jsonl", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return frozenset(row["id"] for row in rows if row.get("country_level"))


def state_of(actor_id: str, actors: dict[str, Actor], sectors: frozenset[str]) -> str:
    """The country a state body acts for, or the actor itself."""
    actor = actors.get(actor_id)
    if actor is None or not actor.country or actor_id.partition(":")[0] not in sectors:
        return actor_id
    return actor.country


def at_country_level(events: tuple[Event, ...], actors: dict[str, Actor],
                     sectors: frozenset[str] | None = None) -> tuple[Event, ...]:
    """Every event with its state bodies raised to their states, and events that became the same kept once. An
    event between bodies of one state ("Quốc hội Mỹ chỉ trích chính phủ Mỹ") keeps its bodies: raised, it would
    be the state acting on itself."""
    sectors = country_level_sectors() if sectors is None else sectors
    out: dict[tuple, Event] = {}
    for event in events:
        raised = _raised(event, actors, sectors)
        key = (raised.sentence_start, raised.evidence_start, raised.subjects, raised.relation, raised.objects,
               raised.mode)
        out.setdefault(key, raised)
    return tuple(out.values())


def _raised(event: Event, actors: dict[str, Actor], sectors: frozenset[str]) -> Event:
    def up(actor_id: str) -> str:
        return state_of(actor_id, actors, sectors)

    source = up(event.source) if event.source else None
    subjects = tuple(dict.fromkeys(up(a) for a in event.subjects))
    objects = tuple(dict.fromkeys(up(a) for a in event.objects))
    if (subjects, objects, source) == (event.subjects, event.objects, event.source):
        return event
    if all(s == o for s in subjects for o in objects):  # one state's bodies between themselves: kept as they are
        return event
    spans = ()
    if event.spans:  # one per subject, then one per object (kg.model.Event)
        cut = len(event.subjects)
        spans = (_spans_for(subjects, event.spans[:cut], actors, sectors)
                 + _spans_for(objects, event.spans[cut:], actors, sectors))
    return replace(event, subjects=subjects, objects=objects, source=source, spans=spans)


def _spans_for(ids: tuple[str, ...], spans: tuple[ActorSpan, ...], actors: dict[str, Actor],
               sectors: frozenset[str]) -> tuple[ActorSpan, ...]:
    """The first span that reached each raised actor, marked "agency" where a body stood for its state."""
    out = []
    for actor_id in ids:
        span = next(s for s in spans if state_of(s.actor_id, actors, sectors) == actor_id)
        out.append(span if span.actor_id == actor_id else replace(span, actor_id=actor_id, via="agency"))
    return tuple(out)
