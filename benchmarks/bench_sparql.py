"""SPARQL engines on graphs shaped like ours: rdflib's in-memory store vs Oxigraph (pyoxigraph, what `kg query`
and `kg serve` use), timing the load of graph.nq + ontology.ttl and every query in queries/, in one run.

    nice python benchmarks/bench_sparql.py --triples 100000 1000000

The synthetic corpus mimics kg build's output: countries, governments, militaries, coalitions, organisations
and people with labels in en/vi and Wikidata ids, articles with outlets and dates, events with one or two
actors per side, all relation types, modes asserted/intended/hypothetical/negated, symmetric agreements.
It goes through kg.graph.build_graph and kg.rdf.write_rdf, so the RDF is exactly what the exporter writes.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import tempfile
import time
from pathlib import Path

from kg.graph import build_graph
from kg.model import Actor, ArticleMeta, ArticleResult, Event, Mention
from kg.query import bind, list_queries, resolve_query
from kg.rdf import write_rdf
from kg.rdf.iris import ONTOLOGY_IRI
from kg.vocab import relation_types

BINDINGS = {"actor-relations": {"actor": "Country 0"}, "actor-articles": {"actor": "Country 0"},
            "edge-evidence": {"subject": "Country 0", "relation": "cooperate"}}
MODES = (("asserted", 70), ("intended", 15), ("hypothetical", 5), ("negated", 10))
TRIPLES_PER_EVENT = 21.0  # measured on the synthetic corpus; used only to size it


def synthetic_results(n_events: int, seed: int = 7) -> list[ArticleResult]:
    rng = random.Random(seed)
    countries = [Actor(f"country:C{i:03d}", f"Country {i}", f"Nước {i}", "country", f"Q{1000 + i}")
                 for i in range(200)]
    others = []
    for i, country in enumerate(countries[:60]):
        code = country.id.split(":")[1]
        others.append(Actor(f"government:{code}", f"{country.label} government", f"chính phủ {country.label_vi}",
                            "government", country=country.id))
        others.append(Actor(f"military:{code}", f"{country.label} military", f"quân đội {country.label_vi}",
                            "military", country=country.id))
        others.append(Actor(f"person:p{i}", f"Person {i}", f"Ông {i}", "person", f"Q{5000 + i}",
                            country=country.id, role="Minister of Foreign Affairs"))
    others += [Actor(f"coalition:C{i:03d}", f"Country {i}-led coalition", f"liên minh do Nước {i} dẫn đầu",
                     "coalition", country=f"country:C{i:03d}") for i in range(10)]
    others += [Actor(f"organisation:O{i}", f"Organisation {i}", f"Tổ chức {i}", "organisation", f"Q{9000 + i}")
               for i in range(40)]
    actors = countries + others
    weights = [1.0 / (rank + 1) for rank in range(len(actors))]  # a few actors dominate, as in the news
    relations = list(relation_types())
    rel_weights = [8, 5, 6, 4, 3, 3, 2, 2, 1, 2, 4, 3, 2, 2, 1, 1, 1, 2, 4]
    modes, mode_weights = zip(*MODES)
    results, per_article = [], 6
    for a in range(max(1, n_events // per_article)):
        doc = f"a{a:07d}"
        date = f"{2015 + a % 9}-{1 + a % 12:02d}-{1 + a % 28:02d}"
        events, used, text = [], {}, []
        for e in range(per_article):
            subj = rng.choices(actors, weights)[0]
            obj = rng.choices(actors, weights)[0]
            if obj.id == subj.id:
                continue
            relation = rng.choices(relations, rel_weights)[0]
            sentence = f"{subj.label_vi} và {obj.label_vi} {relation_types()[relation].label_vi} câu {e}."
            start = sum(len(t) + 1 for t in text)
            text.append(sentence)
            used[subj.id], used[obj.id] = subj, obj
            events.append(Event(doc, sentence, start, (subj.id,), (obj.id,), relation,
                                rng.choices(modes, mode_weights)[0], relation_types()[relation].label_vi,
                                start + 5, start + 12, "synthetic", round(rng.uniform(0.5, 1.0), 2),
                                symmetric=relation == "agree" and rng.random() < 0.5,
                                date=date if rng.random() < 0.3 else None))
        mentions = tuple(Mention(actor_id, 0, 1, "x") for actor_id in sorted(used))
        meta = ArticleMeta(doc, f"corpus/{doc}.txt", f"Tin {a}", date=date, outlet=f"Outlet {a % 12}")
        results.append(ArticleResult(meta, tuple(used.values()), mentions, tuple(events)))
    return results


def time_rdflib(out: Path, queries: dict[str, str], timeout_s: float) -> tuple[float, dict[str, float | None]]:
    from rdflib import Dataset, URIRef

    started = time.perf_counter()
    dataset = Dataset(default_union=True)
    dataset.parse(out / "graph.nq", format="nquads")
    dataset.graph(URIRef(ONTOLOGY_IRI)).parse(out / "ontology.ttl", format="turtle")
    load = time.perf_counter() - started
    times = {}
    for name, query in queries.items():
        times[name] = _in_child(_rdflib_query, (dataset, query), timeout_s)
    return load, times


def _rdflib_query(dataset, query) -> int:
    return len(list(dataset.query(query)))


def _in_child(func, args, timeout_s: float) -> float | None:
    """Time func(*args) in a forked child (so a runaway query can be stopped); None when over timeout_s."""
    context = mp.get_context("fork")
    parent, child = context.Pipe()

    def target():
        begin = time.perf_counter()
        func(*args)
        child.send(time.perf_counter() - begin)

    process = context.Process(target=target)
    process.start()
    elapsed = parent.recv() if parent.poll(timeout_s) else None
    process.kill()
    process.join()
    return elapsed


def time_oxigraph(out: Path, queries: dict[str, str]) -> tuple[float, dict[str, float], int]:
    from kg.query import execute, load_store

    started = time.perf_counter()
    store = load_store(out)
    load = time.perf_counter() - started
    times = {}
    for name, query in queries.items():
        begin = time.perf_counter()
        execute(store, query)
        times[name] = time.perf_counter() - begin
    return load, times, len(store)


def run(target: int, timeout_s: float, only: list[str] | None = None) -> list[str]:
    started = time.perf_counter()
    graph = build_graph(synthetic_results(int(target / TRIPLES_PER_EVENT)))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        write_rdf(graph, out)
        built = time.perf_counter() - started
        queries = {name: bind(resolve_query(name), BINDINGS.get(name)) for name in list_queries()
                   if not only or name in only}
        ox_load, ox_times, size = time_oxigraph(out, queries)
        rdf_load, rdf_times = time_rdflib(out, queries, timeout_s)
    lines = [f"\n### {size:,} triples ({len(graph.graph['events']):,} events; generate + write RDF {built:.1f} s)\n",
             "| step | rdflib (s) | Oxigraph (s) | rdflib / Oxigraph |", "|---|---:|---:|---:|",
             _row("load graph.nq + ontology.ttl", rdf_load, ox_load)]
    lines += [_row(f"query `{name}`", rdf_times[name], ox_times[name], timeout_s) for name in queries]
    return lines


def _row(label: str, slow: float | None, fast: float, timeout_s: float = 0.0) -> str:
    if slow is None:  # stopped at the time-out: the ratio is a lower bound
        return f"| {label} | > {timeout_s:.0f} | {fast:.3f} | > {timeout_s / max(fast, 1e-6):.0f}× |"
    return f"| {label} | {slow:.3f} | {fast:.3f} | {slow / max(fast, 1e-6):.0f}× |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--timeout", type=float, default=120.0, help="per rdflib query, seconds")
    parser.add_argument("--queries", nargs="*", help="time only these queries (default: all of queries/)")
    args = parser.parse_args()
    for target in args.triples:
        print("\n".join(run(target, args.timeout, args.queries)), flush=True)


if __name__ == "__main__":
    main()
