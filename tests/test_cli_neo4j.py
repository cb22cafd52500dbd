"""``kerjasama push``: the graph of the records copied to a Bolt server, then the questions
asked of it answer as the embedded graph does."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kerjasama.cli import main
from kerjasama.queries.example import example_records

pytestmark = pytest.mark.bolt


@pytest.fixture
def records_dir(tmp_path, data_dir):
    source = tmp_path / "records.json"
    source.write_text(json.dumps(example_records()), encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", "--data", str(data_dir), str(source)])
    assert result.exit_code == 0, result.output
    return data_dir


@pytest.fixture
def server_env(bolt_server, request):
    from conftest import neo4j_store_for

    neo4j_store_for("bolt", request).close()  # an empty graph on the server
    return {"NEO4J_URI": bolt_server.uri, "NEO4J_USERNAME": bolt_server.user,
            "NEO4J_PASSWORD": bolt_server.password, "NEO4J_DATABASE": bolt_server.database}


def test_push_copies_the_graph_and_a_second_push_writes_nothing(records_dir, server_env):
    runner = CliRunner(env=server_env)
    first = runner.invoke(main, ["push", "--data", str(records_dir)])
    assert first.exit_code == 0, first.output
    assert "5 records" in first.output and "8 agreements" in first.output
    assert server_env["NEO4J_PASSWORD"] not in first.output
    again = runner.invoke(main, ["push", "--data", str(records_dir)])
    assert "Written: 0 nodes and 0 relationships new or changed; deleted: 0 nodes" in again.output

    counts = runner.invoke(main, ["cypher", "MATCH (a:Agreement) RETURN count(a) AS n",
                                  "--format", "json", "--data", str(records_dir)])
    assert json.loads(counts.output) == [{"n": 8}]


@pytest.mark.parametrize("args", [
    ["sector", "pertanian"],
    ["partners", "Kota Kendari"],
    ["path", "Kab. Konawe Selatan", "Kab. Konawe Utara"],
    ["agreements", "--region", "Kab. Kampar"],
    ["schema"],
])
def test_questions_answer_the_same_from_the_server(records_dir, server_env, args):
    runner = CliRunner(env=server_env)
    assert runner.invoke(main, ["push", "--data", str(records_dir)]).exit_code == 0
    fmt = [] if args == ["schema"] else ["--format", "json"]
    on_server = runner.invoke(main, [*args, *fmt, "--data", str(records_dir)])
    embedded = CliRunner().invoke(main, [*args, *fmt, "--data", str(records_dir)])
    assert on_server.exit_code == 0, on_server.output
    assert embedded.exit_code == 0, embedded.output
    assert on_server.output == embedded.output


def test_push_refuses_an_empty_folder_and_needs_a_server(data_dir, server_env):
    result = CliRunner(env=server_env).invoke(main, ["push", "--data", str(data_dir)])
    assert result.exit_code == 1
    assert "no records" in result.output
    result = CliRunner().invoke(main, ["push", "--data", str(data_dir)], env={"NEO4J_URI": None})
    assert result.exit_code == 2
    assert "--neo4j" in result.output


def test_the_sample_articles_ingested_into_the_server_answer_as_the_embedded_graph(
        tmp_path, samples_dir, server_env, bolt_server):
    from kerjasama.graph.ladybug_store import LadybugStore
    from kerjasama.graph.neo4j_store import Neo4jStore
    from kerjasama.loaders.ingest import ingest

    embedded_dir, server_dir = tmp_path / "embedded", tmp_path / "server"
    ingest([samples_dir], embedded_dir)
    with Neo4jStore(bolt_server.uri, user=bolt_server.user, password=bolt_server.password,
                    database=bolt_server.database) as server:
        report = ingest([samples_dir], server_dir, store=server)
    assert report.graph["Agreement"] > 0
    assert not (server_dir / "graph.lbug").exists()

    # The questions to ask, from what the articles gave: every sector covered, every
    # party, each pair of parties of an agreement, and a pair with no chain between.
    with LadybugStore(embedded_dir / "graph.lbug") as graph:
        slugs = [r["s"] for r in graph.run(
            "MATCH (:Agreement)-[:COVERS]->(s:Sector) RETURN DISTINCT s.slug AS s ORDER BY s")]
        parties = [r["p"] for r in graph.run("MATCH (a:Agreement) RETURN a.parties AS p")]
    codes = sorted({c for p in parties for c in p})
    pairs = [(p[0], p[-1]) for p in parties] + [(parties[0][0], parties[-1][-1])]
    asks = ([["sector", s] for s in slugs] + [["partners", c] for c in codes]
            + [["path", a, b] for a, b in pairs])
    assert slugs and codes

    runner = CliRunner(env=server_env)
    answered = set()
    for args in asks:
        on_server = runner.invoke(main, [*args, "--format", "json", "--data", str(server_dir)])
        embedded = CliRunner().invoke(main, [*args, "--format", "json",
                                             "--data", str(embedded_dir)])
        assert embedded.exit_code == 0, (args, embedded.output)
        assert (on_server.exit_code, on_server.output) == (0, embedded.output), args
        if json.loads(embedded.output):
            answered.add(args[0])
    assert answered == {"sector", "partners", "path"}


def test_ingest_and_rebuild_write_the_graph_to_the_server(tmp_path, data_dir, server_env):
    source = tmp_path / "records.json"
    source.write_text(json.dumps(example_records()), encoding="utf-8")
    runner = CliRunner(env=server_env)
    result = runner.invoke(main, ["ingest", "--data", str(data_dir), str(source)])
    assert result.exit_code == 0, result.output
    assert "8 agreements" in result.output
    assert not (data_dir / "graph.lbug").exists()  # the graph went to the server only
    count = ["cypher", "MATCH (a:Agreement) RETURN count(a) AS n", "--format", "json",
             "--data", str(data_dir)]
    assert json.loads(runner.invoke(main, count).output) == [{"n": 8}]

    rebuilt = runner.invoke(main, ["rebuild", "--data", str(data_dir)])
    assert rebuilt.exit_code == 0, rebuilt.output
    assert json.loads(runner.invoke(main, count).output) == [{"n": 8}]
    assert server_env["NEO4J_PASSWORD"] not in result.output + rebuilt.output
