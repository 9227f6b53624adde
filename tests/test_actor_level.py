"""State bodies reported as their state (kg/extract/actor_level.py), on real text and on fixed events."""

from __future__ import annotations

from pathlib import Path

from kg.extract.actor_level import at_country_level, country_level_sectors
from kg.model import Actor, ActorSpan, Event

ACTORS = {
    "country:RUS": Actor("country:RUS", "Russia", "Nga", "country", "Q159"),
    "country:USA": Actor("country:USA", "United States", "Mỹ", "country", "Q30"),
    "foreign_ministry:RUS": Actor("foreign_ministry:RUS", "Russian Ministry of Foreign Affairs", "Bộ Ngoại giao Nga",
                                  "government", country="country:RUS"),
    "government:USA": Actor("government:USA", "United States government", "chính phủ Mỹ", "government",
                            country="country:USA"),
    "military:USA": Actor("military:USA", "United States military", "quân đội Mỹ", "military", country="country:USA"),
    "coalition:USA": Actor("coalition:USA", "US-led coalition", "liên quân do Mỹ dẫn đầu", "coalition",
                           country="country:USA"),
}


def _event(subjects, objects, spans=(), start=10, source=None) -> Event:
    return Event(doc="a", sentence="…", sentence_start=0, subjects=subjects, objects=objects, relation="accuse",
                 mode="asserted", evidence="lên án", evidence_start=start, evidence_end=start + 6, rule="accuse.svo",
                 confidence=0.8, source=source, spans=spans)


def test_which_sectors_act_for_their_state():
    sectors = country_level_sectors()
    assert {"government", "foreign_ministry", "military", "navy", "parliament", "police"} <= sectors
    assert not {"coalition", "opposition", "rebels"} & sectors


def test_a_body_becomes_its_state_and_keeps_its_mention():
    spans = (ActorSpan("foreign_ministry:RUS", 0, 17, "named"), ActorSpan("country:USA", 25, 27, "named"))
    (event,) = at_country_level((_event(("foreign_ministry:RUS",), ("country:USA",), spans,
                                        source="foreign_ministry:RUS"),), ACTORS)
    assert (event.subjects, event.objects, event.source) == (("country:RUS",), ("country:USA",), "country:RUS")
    assert event.spans == (ActorSpan("country:RUS", 0, 17, "agency"), ActorSpan("country:USA", 25, 27, "named"))


def test_bodies_of_one_state_between_themselves_and_a_coalition_are_kept_as_they_are():
    events = (_event(("government:USA",), ("military:USA",)), _event(("coalition:USA",), ("country:RUS",)))
    assert at_country_level(events, ACTORS) == events


def test_events_that_became_the_same_are_kept_once():
    events = (_event(("government:USA",), ("country:RUS",)), _event(("country:USA",), ("country:RUS",)))
    (event,) = at_country_level(events, ACTORS)
    assert (event.subjects, event.objects) == (("country:USA",), ("country:RUS",))


def test_a_ministry_in_real_text_is_reported_as_its_state():
    from kg.clean import clean_article
    from kg.extract import make_pipeline
    from kg.extract.article import extract_articles
    from kg.model import Article

    text = "Người phát ngôn Bộ Ngoại giao Trung Quốc Hoa Xuân Doanh cho biết, Bộ Ngoại giao Trung Quốc lên án Mỹ."
    article = clean_article(Article(id="t", text=text, source=str(Path("t.txt"))))
    (result,) = extract_articles(make_pipeline(), [article])
    labels = {a.id: a.label for a in result.actors}
    pairs = {(labels[s], e.relation, labels[o]) for e in result.events for s, o in e.pairs()}
    assert ("China", "accuse", "United States") in pairs
    assert not any("Ministry" in s for s, _, _ in pairs)
    event = next(e for e in result.events if e.relation == "accuse")
    span = event.span_of("country:CHN", "subject")
    assert span.via == "agency" and text[span.start:span.end] == "Bộ Ngoại giao Trung Quốc"

