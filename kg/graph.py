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
    builder = GraphBuilder()
    for result in results:
        builder.add(result)
    return builder.graph()


class GraphBuilder:
    """build_graph one result at a time (kg build's export process merges each result as it arrives, so that no
    result is read back once extraction ends). The results may come in any order: the graph is the one
    build_graph makes of them sorted by article id (the first description of an actor is taken by article id,
    and events that tie on event_sort_key keep the order of their articles' ids, then their own)."""

    def __init__(self) -> None:
        self.actors: dict[str, tuple[str, Actor]] = {}  # actor id -> (article id that described it, description)
        self.mentions: dict[str, int] = {}
        self.actor_articles: dict[str, set[str]] = {}
        self.events: list[Event] = []
        self.origins: list[str] = []  # the article id of each event's result
        self.articles: dict = {}

    def add(self, result: ArticleResult) -> None:
        article_id = result.article.id
        self.articles[article_id] = result.article
        actors = self.actors
        for actor in result.actors:
            seen = actors.get(actor.id)
            if seen is None or article_id < seen[0]:
                actors[actor.id] = (article_id, actor)
        mentions, actor_articles = self.mentions, self.actor_articles
        for mention in result.mentions:
            mentions[mention.actor_id] = mentions.get(mention.actor_id, 0) + 1
            actor_articles.setdefault(mention.actor_id, set()).add(article_id)
        self.events.extend(result.events)
        self.origins.extend([article_id] * len(result.events))

    def graph(self) -> nx.MultiDiGraph:
        """The graph of the results added so far (call once: it takes the events)."""
        actors, mentions, actor_articles, articles = self.actors, self.mentions, self.actor_articles, self.articles
        origins = self.origins
        order = sorted(range(len(self.events)), key=lambda i: (event_sort_key(self.events[i]), origins[i], i))
        events = [self.events[i] for i in order]
        self.events, self.origins = [], []

        graph = nx.MultiDiGraph()
        graph.graph["articles"] = {key: articles[key] for key in sorted(articles)}
        graph.graph["events"] = events
        used = _actors_in_events(events) | set(mentions)
        for actor_id in sorted(used & set(actors)):
            actor = actors[actor_id][1]
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
