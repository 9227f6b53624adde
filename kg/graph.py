"""Merge per-article results into one networkx MultiDiGraph keyed by actor ids, with provenance.

Contract used by every exporter:

* nodes: actor id -> label, label_vi, type, qid, country, role (None when unknown), mentions (int),
  articles (sorted tuple of article ids).
* edges: (subject, object, key=relation) -> relation, weight (supporting instances), modes (sorted tuple),
  articles (sorted tuple), plover, cameo, quad_class, first_date, last_date (ISO or None),
  asserted (bool: some instance is not negated), events (tuple of indices into G.graph["events"]).
* G.graph["articles"]: {article id: ArticleMeta}; G.graph["events"]: list of Event in a stable order.
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from kg.model import Actor, ArticleResult, Event
from kg.vocab import relation_types


def event_sort_key(event: Event) -> tuple:
    return (event.doc, event.sentence_start, event.evidence_start, event.relation, event.subjects, event.objects)


def build_graph(results: Iterable[ArticleResult]) -> nx.MultiDiGraph:
    """Merge article results (any order) into a deterministic graph."""
    actors: dict[str, Actor] = {}
    mentions: dict[str, int] = {}
    actor_articles: dict[str, set[str]] = {}
    events: list[Event] = []
    articles = {}
    for result in results:
        articles[result.article.id] = result.article
        for actor in result.actors:
            actors.setdefault(actor.id, actor)
        for mention in result.mentions:
            mentions[mention.actor_id] = mentions.get(mention.actor_id, 0) + 1
            actor_articles.setdefault(mention.actor_id, set()).add(result.article.id)
        events.extend(result.events)
    events.sort(key=event_sort_key)

    graph = nx.MultiDiGraph()
    graph.graph["articles"] = {key: articles[key] for key in sorted(articles)}
    graph.graph["events"] = events
    used = _actors_in_events(events) | set(mentions)
    for actor_id in sorted(used & set(actors)):
        actor = actors[actor_id]
        graph.add_node(
            actor_id,
            label=actor.label,
            label_vi=actor.label_vi,
            type=actor.type,
            qid=actor.qid,
            country=actor.country,
            role=actor.role,
            mentions=mentions.get(actor_id, 0),
            articles=tuple(sorted(actor_articles.get(actor_id, ()))),
        )
    _add_edges(graph, events)
    return graph


def _actors_in_events(events: list[Event]) -> set[str]:
    return {actor for event in events for actor in (*event.subjects, *event.objects)}


def _add_edges(graph: nx.MultiDiGraph, events: list[Event]) -> None:
    types = relation_types()
    grouped: dict[tuple[str, str, str], list[int]] = {}
    for index, event in enumerate(events):
        for subject, obj in event.pairs():
            grouped.setdefault((subject, obj, event.relation), []).append(index)
    for (subject, obj, relation) in sorted(grouped):
        indices = grouped[(subject, obj, relation)]
        instances = [events[i] for i in indices]
        dates = sorted(e.date for e in instances if e.date)
        rtype = types[relation]
        graph.add_edge(
            subject,
            obj,
            key=relation,
            relation=relation,
            weight=len(instances),
            modes=tuple(sorted({e.mode for e in instances})),
            articles=tuple(sorted({e.doc for e in instances})),
            plover=rtype.plover,
            cameo=rtype.cameo,
            quad_class=rtype.quad_class,
            first_date=dates[0] if dates else None,
            last_date=dates[-1] if dates else None,
            asserted=any(e.mode != "negated" for e in instances),
            events=tuple(indices),
        )
