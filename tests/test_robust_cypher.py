"""Cypher safety on both stores: read-only unless --write, enforced by the database; user
values only ever as parameters; credentials never printed or logged.

Every check runs on the embedded store and on the Bolt server (ArcadeDB through
the official neo4j driver), and on a real Neo4j when NEO4J_URI is set.
"""
from __future__ import annotations

import json
import logging
import os
import shutil

import pytest
from click.testing import CliRunner

from conftest import STORE_BACKENDS, neo4j_store_for
from graph_dump import dump
from kerjasama.cli import main
from kerjasama.errors import QueryError, ReadOnlyQuery
from kerjasama.graph.build import build_tables
from kerjasama.graph.ladybug_store import LadybugStore
from kerjasama.queries.example import example_records
from kerjasama.queries.filters import agreement_match

HOSTILE = [
    "x' OR 1=1 //",
    "}) DETACH DELETE n //",
    "14.71'}) MATCH (n) DETACH DELETE n //",
    '" OR ""="',
    "1; MATCH (n) DETACH DELETE n",
    "$region",
    "pertanian` ) MATCH (n) SET n.name = 'pwned' //",
]

WRITES = [
    "MATCH (r:Region {code: '14.71'}) SET r.name = 'x' RETURN r.name AS name",
    "CREATE (:Region {code: '99.99', name: 'x', kind: 'kota', province: '99'})",
    "MATCH (a:Agreement) DETACH DELETE a",
    "MERGE (s:Sector {slug: 'baru'}) RETURN s.slug AS slug",
    "// only reading, honest\nmatch (r:Region) where r.code = '14.71' set r.name = 'x' return 1",
    "UNWIND [1, 2] AS i CREATE (:Sector {slug: 'x' + toString(i)})",
]


@pytest.fixture(scope="module")
def example_data(tmp_path_factory):
    """A data folder with the example records and their graph, made once."""
    folder = tmp_path_factory.mktemp("example")
    source = folder / "records.json"
    source.write_text(json.dumps(example_records()), encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", "--data", str(folder / "data"), str(source)])
    assert result.exit_code == 0, result.output
    return folder / "data"


@pytest.fixture(params=STORE_BACKENDS)
def graph(request, tmp_path, example_data):
    """The example graph on one backend, and the CLI options that reach it."""
    data_dir = tmp_path / "data"
    shutil.copytree(example_data, data_dir)
    if request.param == "ladybug":
        store, env = LadybugStore(data_dir / "graph.lbug"), {"NEO4J_URI": None}
    else:
        store = neo4j_store_for(request.param, request)
        store.load(build_tables(example_records()))
        if request.param == "bolt":
            server = request.getfixturevalue("bolt_server")
            env = {"NEO4J_URI": server.uri, "NEO4J_USERNAME": server.user,
                   "NEO4J_PASSWORD": server.password, "NEO4J_DATABASE": server.database}
        else:
            env = {k: os.environ.get(k) for k in ("NEO4J_URI", "NEO4J_USERNAME",
                                                  "NEO4J_PASSWORD", "NEO4J_DATABASE")}
    yield {"store": store, "data_dir": data_dir, "env": env, "backend": request.param}
    store.close()


def _cli(graph, *args):
    result = CliRunner(env=graph["env"]).invoke(
        main, [str(a) for a in args] + ["--data", str(graph["data_dir"])])
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def _snapshot(graph) -> dict:
    if graph["backend"] == "ladybug":
        graph["store"].close()  # it reopens, seeing the file as it is now
    return dump(graph["store"])


@pytest.mark.parametrize("query", WRITES)
def test_cypher_refuses_writes_without_write_and_changes_nothing(graph, query):
    before = _snapshot(graph)
    result = _cli(graph, "cypher", query)
    assert result.exit_code == 1, result.output
    assert "would change the graph" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert _snapshot(graph) == before


def test_the_store_refuses_writes_itself(graph):
    # Not the CLI matching keywords: the store's own read path refuses.
    store = graph["store"]
    before = _snapshot(graph)
    for query in WRITES:
        with pytest.raises(ReadOnlyQuery):
            store.run(query)
    assert _snapshot(graph) == before


def test_a_write_hidden_in_a_parameterised_query_is_refused(graph):
    before = _snapshot(graph)
    result = _cli(graph, "cypher", "MATCH (r:Region {code: $code}) SET r.name = $name",
                  "-p", "code=14.71", "-p", "name=x")
    assert result.exit_code == 1 and "would change the graph" in result.output
    assert _snapshot(graph) == before


def test_hostile_values_in_the_filters_are_only_parameters(graph):
    store = graph["store"]
    before = _snapshot(graph)
    for value in HOSTILE:
        for key in ("region", "between", "sector"):
            clause, params = agreement_match(
                **{key: [value, "14.71"] if key == "between" else value})
            benign = agreement_match(**{key: ["13.02", "14.71"] if key == "between" else "x"})
            assert clause == benign[0]  # the query text does not depend on the value
            assert store.run(clause + " RETURN count(a) AS n", params) == [{"n": 0}]
    assert _snapshot(graph) == before


QUESTIONS = [
    ["sector", "{v}"],
    ["sector", "pertanian", "--since", "{v}"],
    ["partners", "{v}"],
    ["partners", "Kota Pekanbaru", "--sector", "{v}"],
    ["agreements", "--region", "{v}"],
    ["agreements", "--between", "{v}", "Kota Pekanbaru"],
    ["agreements", "--sector", "{v}"],
    ["agreements", "--until", "{v}"],
    ["path", "{v}", "Kota Pekanbaru"],
    ["central", "--sector", "{v}"],
    ["communities", "--sector", "{v}"],
    ["provinces", "--sector", "{v}"],
    ["stalled", "--as-of", "{v}"],
    ["isolated", "--province", "{v}"],
    ["expiring", "--region", "{v}"],
    ["expiring", "--today", "{v}"],
    ["cypher", "MATCH (r:Region) WHERE r.name = $v OR r.code = $v RETURN r.code AS code",
     "-p", "v={v}"],
]


def _empty(output: str) -> bool:
    data = json.loads(output)
    return data in ([], {}) or (isinstance(data, dict) and all(not v for v in data.values()))


def test_hostile_values_through_every_question_change_nothing_and_find_nothing(graph):
    before = _snapshot(graph)
    for args in QUESTIONS:
        for value in HOSTILE[:4]:
            line = [a.replace("{v}", value) for a in args] + ["--format", "json"]
            result = _cli(graph, *line)
            if result.exit_code == 0:
                assert _empty(result.output), (line, result.output)
            else:
                # Refused with one line saying why (an unknown region, a bad date...).
                assert result.exit_code in (1, 2), (line, result.output)
                assert result.output.startswith(("Error:", "Usage:")), (line, result.output)
    assert _snapshot(graph) == before


# -- credentials ------------------------------------------------------------------------

SECRET = "s3cret-Pa55word-8841"


def _no_secret(result, caplog) -> None:
    for text in (result.output, getattr(result, "stderr", ""), caplog.text, repr(result.exception)):
        assert SECRET not in text


@pytest.mark.bolt
def test_a_wrong_password_is_never_printed_or_logged(bolt_server, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)  # the driver's own debug log included
    for args in (["stats"], ["cypher", "RETURN 1 AS one"], ["partners", "Kota Pekanbaru"],
                 ["schema"]):
        result = CliRunner().invoke(main, [*args, "--data", str(tmp_path), "--neo4j",
                                           bolt_server.uri, "--neo4j-user", bolt_server.user,
                                           "--neo4j-password", SECRET])
        assert result.exit_code == 1, result.output
        assert "Traceback" not in result.output
        _no_secret(result, caplog)


@pytest.mark.bolt
def test_a_password_in_the_uri_or_the_environment_is_never_printed(bolt_server, tmp_path,
                                                                    caplog):
    from bolt_server import free_port

    caplog.set_level(logging.DEBUG)
    uri_with_secret = bolt_server.uri.replace("//", f"//{bolt_server.user}:{SECRET}@", 1)
    nowhere = f"bolt://{bolt_server.user}:{SECRET}@127.0.0.1:{free_port()}"
    for uri in (uri_with_secret, nowhere):
        result = CliRunner().invoke(main, ["cypher", "RETURN 1 AS one", "--data", str(tmp_path),
                                           "--neo4j", uri])
        assert result.exit_code == 1, result.output
        _no_secret(result, caplog)
    env = {"NEO4J_URI": f"bolt://127.0.0.1:{free_port()}", "NEO4J_PASSWORD": SECRET}
    result = CliRunner(env=env).invoke(main, ["stats", "--data", str(tmp_path)])
    assert result.exit_code == 1
    _no_secret(result, caplog)
    # Nor in the help, which shows options and their environment variables.
    result = CliRunner(env=env).invoke(main, ["stats", "--help"])
    _no_secret(result, caplog)


@pytest.mark.bolt
def test_a_failing_query_with_the_right_password_does_not_show_it(bolt_server, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    env = {"NEO4J_URI": bolt_server.uri, "NEO4J_USERNAME": bolt_server.user,
           "NEO4J_PASSWORD": bolt_server.password, "NEO4J_DATABASE": bolt_server.database}
    result = CliRunner(env=env).invoke(main, ["cypher", "MATCH (n RETURN n", "--data",
                                              str(tmp_path)])
    assert result.exit_code == 1
    for text in (result.output, caplog.text):
        assert bolt_server.password not in text


def test_query_errors_are_query_errors(graph):
    with pytest.raises(QueryError):
        graph["store"].run("MATCH (n RETURN n")
