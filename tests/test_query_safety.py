"""Queries that cannot mislead (issue 13, item 4): exact rows of every shipped query over a graph with two-way
statements, no self-pairs on the seeds, predeclared prefixes, `--bind` and syntax errors as a user sees them."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from rdf_fixtures import two_way_graph
from typer.testing import CliRunner

from kg.cli import app
from kg.query import QueryError, list_queries, run_query
from kg.rdf import write_rdf
from kg.sparql_text import BindingError, parse_bindings, syntax_message, with_prefixes

REPO = Path(__file__).resolve().parent.parent
PAIR_COLUMNS = (("subject", "object"), ("subjectLabel", "objectLabel"), ("actorLabel", "other"))


@pytest.fixture(scope="module")
def two_way_out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("two_way")
    write_rdf(two_way_graph(), out)
    return out


def rows(name: str, out: Path, *columns: str, **bindings) -> list[tuple]:
    table = csv.DictReader(io.StringIO(run_query(name, out, bindings or None, "csv")))
    return [tuple(row[c] for c in columns) if columns else tuple(row.values()) for row in table]


# ---- exact rows over the fixture: the article x02 says "Nga, Iran và Thổ Nhĩ Kỳ đã thảo luận và nhất trí sẽ
# phối hợp ...": two symmetric statements whose actors and recipients are all three countries.

TRIO = [("Iran", "Russia"), ("Iran", "Turkey"), ("Russia", "Iran"), ("Russia", "Turkey"), ("Turkey", "Iran"),
        ("Turkey", "Russia")]


def test_cooperation_exact(two_way_out):
    assert rows("cooperation", two_way_out) == sorted(
        [(a, b, "1", "intended") for a, b in TRIO]
        + [("Russia", "US-led coalition", "1", "intended"), ("Russia", "United States", "1", "asserted")])


def test_negated_intended_exact(two_way_out):
    got = rows("negated-intended", two_way_out, "mode", "subject", "relation", "object", "evidence", "article")
    assert got == [("intended", "Russia", "cooperate", "US-led coalition", "phối hợp", "000_b99a79c0a7bb7213")] + [
        ("intended", a, "cooperate", b, "phối hợp", "x02_two_way") for a, b in TRIO] + [
        ("negated", "United States", "cooperate", "Russia", "hợp tác", "x01_negated")]


def test_dyad_balance_counts_each_statement_once(two_way_out):
    got = {(r[0], r[1]): r[2:] for r in rows("dyad-balance", two_way_out)}
    assert got == {
        **{pair: ("1", "1", "0", "0", "2") for pair in TRIO},
        ("Russia", "Turkey"): ("2", "1", "0", "0", "3"),  # + the one-sided-symmetric agreement of 004
        ("Turkey", "Russia"): ("2", "1", "0", "0", "3"),
        ("Russia", "US-led coalition"): ("0", "1", "0", "0", "1"),
        ("Russia", "United States"): ("0", "1", "1", "0", "0"),
        ("United States", "Syria"): ("0", "1", "0", "0", "1"),
    }


def test_actor_relations_exact(two_way_out):
    got = rows("actor-relations", two_way_out, "direction", "relation", "other", "mode", "statements", actor="Iran")
    assert got == [(d, r, o, m, "1") for d in ("did", "received")
                   for r, m in (("consult", "asserted"), ("cooperate", "intended")) for o in ("Russia", "Turkey")]


def test_edge_evidence_exact(two_way_out):
    got = rows("edge-evidence", two_way_out, "subjectLabel", "objectLabel", "mode", "evidence", "start", "end",
               "article", relation="consult")
    assert got == [(a, b, "asserted", "thảo luận", "27", "36", "x02_two_way") for a, b in TRIO]


def test_central_actors_exact(two_way_out):
    assert rows("central-actors", two_way_out) == [
        ("Russia", "country", "4", "7"), ("United States", "country", "2", "4"), ("Turkey", "country", "2", "3"),
        ("Iran", "country", "2", "2"), ("Syria", "country", "1", "1"), ("US-led coalition", "coalition", "1", "1")]


def test_relation_counts_exact(two_way_out):
    got = rows("relation-counts", two_way_out, "relation", "plover", "cameo", "statements", "edges")
    assert got == [("cooperate", "COOPERATE", "06", "4", "8"), ("accuse", "ACCUSE", "11", "1", "1"),
                   ("agree", "AGREE", "05", "1", "2"), ("consult", "CONSULT", "04", "1", "6"),
                   ("withdraw", "RETREAT", "08", "1", "1")]


def test_relations_over_time_exact(two_way_out):
    assert rows("relations-over-time", two_way_out) == [
        ("2016-10", "accuse", "1"), ("2016-10", "cooperate", "1"), ("2017-03", "cooperate", "1"),
        ("2018-12", "agree", "1"), ("2018-12", "consult", "1"), ("2018-12", "cooperate", "1"),
        ("2018-12", "withdraw", "1")]


def test_actor_articles_people_and_wikidata_exact(two_way_out):
    assert rows("actor-articles", two_way_out, "article", "outlet", "date", actor="Iran") == [
        ("x02_two_way", "TTXVN", "2018-12-30")]
    assert rows("people-countries", two_way_out) == [
        ("Sergei Lavrov", "Minister of Foreign Affairs", "Russia", "http://www.wikidata.org/entity/Q159")]
    assert rows("wikidata-links", two_way_out, "label", "labelVi") == [
        ("Iran", "Iran"), ("Russia", "Nga"), ("Syria", "Syria"), ("Turkey", "Thổ Nhĩ Kỳ"), ("United States", "Mỹ")]


def _self_pairs(out: Path) -> list[tuple[str, tuple]]:
    found = []
    for name in sorted(list_queries()):
        for row in csv.DictReader(io.StringIO(run_query(name, out, None, "csv"))):
            found += [(name, (row[a], row[b])) for a, b in PAIR_COLUMNS if a in row and b in row and row[a] == row[b]]
    return found


def test_no_shipped_query_pairs_an_actor_with_itself(two_way_out, seeds_out):
    assert _self_pairs(two_way_out) == []
    assert _self_pairs(seeds_out) == []


def test_seed_russia_cooperates_with_the_us_led_coalition(seeds_out):
    assert ("Russia", "US-led coalition") in rows("cooperation", seeds_out, "subject", "object")


def test_every_query_header_starts_with_a_one_line_description():
    for path in sorted((REPO / "queries").glob("*.rq")):
        first = path.read_text("utf-8").splitlines()[0]
        assert first.startswith(f"# {path.stem}: ") and first.endswith(".") and len(first) <= 110, path.name


# ---- prefixes, bindings, errors ------------------------------------------------------------------------------


def test_common_prefixes_are_predeclared_once(two_way_out):
    query = "SELECT ?l WHERE { ?a owl:sameAs wd:Q794 ; rdfs:label ?l FILTER(LANG(?l) = 'en') }"
    assert run_query(query, two_way_out, fmt="csv") == "l\r\nIran\r\n"
    own = "PREFIX rdfs: <http://example.org/not-rdfs#>\nASK { ?s rdfs:label ?o }"
    prefixed, added = with_prefixes(own)
    assert added == 1 and prefixed.count("PREFIX rdfs:") == 1 and "PREFIX kg: <https://w3id.org/kg-vn/ontology#>" in prefixed
    assert run_query(own, two_way_out) == "false\n"  # the query's own rdfs: wins
    assert with_prefixes("# PREFIX kg: <x>\nASK {}")[0].count("PREFIX kg:") == 2  # a comment declares nothing


def test_bind_without_value_is_an_error():
    assert parse_bindings(["actor=Russia", "object=a=b", "empty="]) == {"actor": "Russia", "object": "a=b", "empty": ""}
    for bad in ("actor", "=Russia"):
        with pytest.raises(BindingError, match="expected NAME=VALUE"):
            parse_bindings([bad])


def test_syntax_error_is_one_line_with_a_caret():
    query = "SELECT ?s WHERE {\n  ?s ?p \n}"
    message = syntax_message("error at 3:1: expected one of LATERAL, SERVICE, [_]", query)
    assert message == "malformed query at 3:1: expected one of LATERAL, SERVICE\n  }\n  ^"
    unicode_wall = ("error at 2:24: expected one of Prefix not found, ['%'], ['-' | '0' ..= '9' | '\\u{00B7}' |\n"
                    "'\\u{203F}'..='\\u{2040}'], ['.'], [':']")
    message = syntax_message(unicode_wall, "PREFIX kg: <x>\nSELECT * { ?s foaf:name ?n }", skip_lines=1)
    first, shown, caret = message.split("\n")
    assert first.startswith("malformed query at 1:15: undeclared prefix 'foaf:'") and "\\u" not in message
    assert shown[caret.index("^"):].startswith("foaf:name")


def test_long_query_lines_are_cut_around_the_error():
    query = "SELECT * WHERE { " + "?s ?p ?o . " * 30 + "FILTER(?o = ) }"
    at = query.index(") }") + 1
    first, shown, caret = syntax_message(f"error at 1:{at}: expected one of ABS, STR", query).split("\n")
    assert first == f"malformed query at 1:{at}: expected one of ABS, STR"
    assert len(shown) <= 75 and shown.startswith("  …") and shown[caret.index("^")] == ")"


def test_run_query_reports_position_in_the_users_text(two_way_out):
    with pytest.raises(QueryError) as error:
        run_query("SELECT ?s WHERE {\n  ?s rdfs:label ?l FILTER(?l = ) }", two_way_out)
    first = str(error.value).splitlines()[0]
    assert first.startswith("malformed query at 2:") and "expected one of" in first and "\\u" not in first


# ---- through the command line ----------------------------------------------------------------------------------


def _kg(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def test_cli_bind_without_value_exits_2_with_one_line(two_way_out):
    result = _kg("query", "actor-relations", "--out", two_way_out, "--bind", "actor")
    assert result.exit_code == 2
    assert result.stderr == "error: --bind 'actor': expected NAME=VALUE, e.g. --bind actor=Russia\n"


def test_cli_syntax_error_has_no_traceback(two_way_out):
    result = _kg("query", "SELECT ?s WHERE { ?s foaf:name ?n }", "--out", two_way_out)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        ("error: malformed query at 1:22: undeclared prefix 'foaf:' (declare it with PREFIX foaf: <...>; "
         "predeclared: kg, rel, mode, quad, schema, wd, owl, prov, rdf, rdfs, skos, xsd, dcterms)"),
        "  SELECT ?s WHERE { ?s foaf:name ?n }",
        "                       ^",
    ]


def test_cli_query_help_lists_named_queries():
    result = _kg("query", "--help")
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    assert "Named queries" in text
    for name in list_queries():
        assert name in text
    assert "cooperation who cooperates with whom." in text
    assert "negated-intended statements that are not plain assertions" in text
