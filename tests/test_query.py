"""Every query in queries/ runs on Oxigraph over the RDF of a realistic graph and returns its expected rows."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from rdf_fixtures import fixture_graph

from kg.query import QueryError, bind, list_queries, resolve_query, run_query
from kg.rdf import write_rdf

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    out_dir = tmp_path_factory.mktemp("out")
    write_rdf(fixture_graph(), out_dir)
    return out_dir


def rows(name, out, fmt="csv", **bindings) -> list[dict]:
    return list(csv.DictReader(io.StringIO(run_query(name, out, bindings or None, fmt))))


def test_query_library_is_complete_and_documented():
    names = set(list_queries())
    assert {"cooperation", "actor-relations", "relation-counts", "edge-evidence", "dyad-balance",
            "relations-over-time", "actor-articles", "people-countries", "wikidata-links", "negated-intended",
            "central-actors"} <= names
    for path in (REPO / "queries").glob("*.rq"):
        assert path.read_text("utf-8").startswith(f"# {path.stem}: "), path.name


def test_cooperation(out):
    assert rows("cooperation", out) == [
        {"subject": "Russia", "object": "US-led coalition", "statements": "1", "modes": "intended"},
        {"subject": "Russia", "object": "United States", "statements": "1", "modes": "asserted"},
    ]


def test_actor_relations_bound_by_english_label(out):
    got = [(r["direction"], r["relation"], r["other"], r["mode"]) for r in rows("actor-relations", out, actor="Russia")]
    assert got == [
        ("did", "accuse", "United States", "asserted"),
        ("did", "agree", "Turkey", "asserted"),
        ("did", "cooperate", "US-led coalition", "intended"),
        ("did", "cooperate", "United States", "asserted"),
        ("received", "agree", "Turkey", "asserted"),
        ("received", "cooperate", "United States", "negated"),
    ]
    # Vietnamese label and kg id select the same actor
    assert rows("actor-relations", out, actor="nga") == rows("actor-relations", out, actor="country:RUS")
    assert rows("actor-relations", out, actor="Nobody") == []


def test_relation_counts(out):
    got = [(r["relation"], r["plover"], r["cameo"], r["statements"], r["edges"]) for r in rows("relation-counts", out)]
    assert got == [("cooperate", "COOPERATE", "06", "3", "2"), ("accuse", "ACCUSE", "11", "1", "1"),
                   ("agree", "AGREE", "05", "1", "2"), ("withdraw", "RETREAT", "08", "1", "1")]


def test_edge_evidence(out):
    got = rows("edge-evidence", out, subject="Russia", object="US-led coalition", relation="cooperate")
    assert len(got) == 1
    assert got[0]["evidence"] == "phối hợp" and got[0]["mode"] == "intended"
    assert "sẵn sàng phối hợp hành động với liên minh do Mỹ dẫn đầu" in got[0]["sentence"]
    assert got[0]["article"] == "000_b99a79c0a7bb7213"
    # the symmetric agreement is evidence for both directions
    assert [r["subjectLabel"] for r in rows("edge-evidence", out, relation="agree")] == ["Russia", "Turkey"]


def test_dyad_balance(out):
    got = {(r["subject"], r["object"]): (r["verbalCooperation"], r["materialCooperation"], r["verbalConflict"],
                                         r["materialConflict"], r["balance"]) for r in rows("dyad-balance", out)}
    assert got == {
        ("Russia", "Turkey"): ("1", "0", "0", "0", "1"),
        ("Russia", "US-led coalition"): ("0", "1", "0", "0", "1"),
        ("Russia", "United States"): ("0", "1", "1", "0", "0"),
        ("Turkey", "Russia"): ("1", "0", "0", "0", "1"),
        ("United States", "Syria"): ("0", "1", "0", "0", "1"),
    }


def test_relations_over_time(out):
    got = [(r["month"], r["relation"], r["statements"]) for r in rows("relations-over-time", out)]
    assert got == [("2016-10", "accuse", "1"), ("2016-10", "cooperate", "1"), ("2017-03", "cooperate", "1"),
                   ("2018-12", "agree", "1"), ("2018-12", "withdraw", "1")]


def test_actor_articles(out):
    got = [(r["article"], r["outlet"], r["date"]) for r in rows("actor-articles", out, actor="Thổ Nhĩ Kỳ")]
    assert got == [("004_675986af5fcbd24d", "TTXVN", "2018-12-29")]


def test_people_countries(out):
    assert rows("people-countries", out) == [{"person": "Sergei Lavrov", "role": "Minister of Foreign Affairs",
                                              "country": "Russia",
                                              "countryWikidata": "http://www.wikidata.org/entity/Q159"}]


def test_wikidata_links(out):
    got = [(r["label"], r["labelVi"], r["wikidata"].rsplit("/", 1)[1]) for r in rows("wikidata-links", out)]
    assert got == [("Russia", "Nga", "Q159"), ("Syria", "Syria", "Q858"), ("Turkey", "Thổ Nhĩ Kỳ", "Q43"),
                   ("United States", "Mỹ", "Q30")]


def test_negated_intended(out):
    got = [(r["mode"], r["subject"], r["relation"], r["object"]) for r in rows("negated-intended", out)]
    assert got == [("intended", "Russia", "cooperate", "US-led coalition"),
                   ("negated", "United States", "cooperate", "Russia")]


def test_central_actors(out):
    got = [(r["actor"], r["partners"], r["statements"]) for r in rows("central-actors", out)]
    assert got[:2] == [("Russia", "3", "5"), ("United States", "2", "4")]
    assert {a for a, _, _ in got} == {"Russia", "United States", "Syria", "Turkey", "US-led coalition"}


def test_formats(out):
    table = run_query("cooperation", out)
    assert table.splitlines()[0].split() == ["subject", "object", "statements", "modes"]
    assert table.rstrip().endswith("(2 rows)")
    doc = json.loads(run_query("cooperation", out, fmt="json"))
    assert doc["head"]["vars"] == ["subject", "object", "statements", "modes"]
    first = doc["results"]["bindings"][0]
    assert first["subject"] == {"type": "literal", "value": "Russia", "xml:lang": "en"}
    assert first["statements"]["datatype"] == "http://www.w3.org/2001/XMLSchema#integer"
    tsv = run_query("cooperation", out, fmt="tsv").splitlines()
    assert tsv[0] == "?subject\t?object\t?statements\t?modes"
    assert tsv[1] == '"Russia"@en\t"US-led coalition"@en\t"1"^^<http://www.w3.org/2001/XMLSchema#integer>\t"intended"'
    assert "<sparql" in run_query("cooperation", out, fmt="xml")
    with pytest.raises(ValueError, match="unknown format"):
        run_query("cooperation", out, fmt="yaml")


def test_resolve_path_name_and_inline(tmp_path):
    path = tmp_path / "mine.rq"
    path.write_text("ASK { ?s ?p ?o }", "utf-8")
    assert resolve_query(str(path)) == "ASK { ?s ?p ?o }"
    assert "kg:cooperate" in resolve_query("cooperation")
    assert resolve_query("SELECT * WHERE { ?s ?p ?o }") == "SELECT * WHERE { ?s ?p ?o }"
    with pytest.raises(ValueError, match="unknown query 'cooperatoin'"):
        resolve_query("cooperatoin")


def test_bind_quotes_values_and_rejects_unknown_parameters():
    query = "SELECT * WHERE { VALUES ?actor { UNDEF } }"
    assert bind(query, {"actor": 'say "hi"'}) == 'SELECT * WHERE { VALUES ?actor { "say \\"hi\\"" } }'
    assert bind(query, {"actor": "<https://example.org/x>"}).endswith("{ <https://example.org/x> } }")
    with pytest.raises(ValueError, match=r"no parameter \?country"):
        bind(query, {"country": "Russia"})


def test_inline_ask_and_missing_graph(out, tmp_path):
    assert run_query("ASK { ?s a <https://schema.org/NewsArticle> }", out) == "true\n"
    with pytest.raises(QueryError, match="kg build"):
        run_query("cooperation", tmp_path)
    with pytest.raises(QueryError, match="malformed query"):
        run_query("SELECT ?s WHERE { ?s ?p }", out)


def test_query_module_stays_light():
    import subprocess
    import sys

    code = "import sys, kg.query; print(sorted(m for m in ('spacy', 'pyvi', 'rdflib', 'networkx') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


# ---- on the seeds' graph (kg build seeds/, built once per session by conftest.seeds_out) ------------------------


def _pairs(name, out, a, b, **bindings):
    return {(r[a], r[b]) for r in rows(name, out, **bindings)}


def test_seed_cooperation_and_agreement(seeds_out):
    assert {("Russia", "United States"), ("Russia", "Turkey"), ("Turkey", "Russia")} <= _pairs(
        "cooperation", seeds_out, "subject", "object")
    relations = {(r["direction"], r["relation"], r["other"]) for r in rows("actor-relations", seeds_out, actor="Russia")}
    assert {("did", "agree", "Turkey"), ("received", "agree", "Turkey")} <= relations
    evidence = rows("edge-evidence", seeds_out, subject="Russia", object="Turkey", relation="agree")
    assert any(r["sentence"].startswith("Nga và Thổ Nhĩ Kỳ ngày 29/12 nhất trí") for r in evidence)
    assert len(evidence) == len({tuple(r.values()) for r in evidence})


def test_seed_summaries(seeds_out):
    counts = {r["relation"]: r for r in rows("relation-counts", seeds_out)}
    assert counts["cooperate"]["plover"] == "COOPERATE" and int(counts["cooperate"]["statements"]) >= 2
    balance = {(r["subject"], r["object"]): r for r in rows("dyad-balance", seeds_out)}
    assert int(balance[("Russia", "Turkey")]["verbalCooperation"]) >= 1
    central = [r["actor"] for r in rows("central-actors", seeds_out)]
    assert central[0] == "Russia"
    links = {r["label"]: r["wikidata"] for r in rows("wikidata-links", seeds_out)}
    assert links["Russia"] == "http://www.wikidata.org/entity/Q159"
    assert ("Turkey", "004_675986af5fcbd24d") in _pairs("actor-articles", seeds_out, "actorLabel", "article",
                                                         actor="Thổ Nhĩ Kỳ")
    modes = {(r["mode"], r["subject"], r["object"]) for r in rows("negated-intended", seeds_out)}
    assert ("intended", "Russia", "United States") in modes
    # the seed pages state day and month ("ngày 29/12") but no year and no publication date: no dated events
    assert rows("relations-over-time", seeds_out) == []


def test_seed_russia_cooperates_with_us_led_coalition(seeds_out):
    assert ("Russia", "US-led coalition") in _pairs("cooperation", seeds_out, "subject", "object")
    assert ("Sergei Lavrov", "Russia") in _pairs("people-countries", seeds_out, "person", "country")
