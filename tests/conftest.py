"""Fixtures shared by the whole suite."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "articles"
DEV_CORPUS = Path(__file__).resolve().parent / "data" / "dev"


@pytest.fixture
def data_dir(tmp_path):
    """An empty data folder."""
    return tmp_path / "kerjasama-data"


@pytest.fixture(scope="session")
def samples_dir():
    return SAMPLES


# -- graph stores: every store test runs on each backend ---------------------------
# "ladybug": the embedded store on disk; "bolt": Neo4jStore against ArcadeDB's Bolt
# server from arcadedb-embedded (started once per session); "neo4j": a real Neo4j
# when NEO4J_URI is set. The Neo4j database is emptied before each test that uses it.

STORE_BACKENDS = [
    "ladybug",
    pytest.param("bolt", marks=pytest.mark.bolt),
    *([pytest.param("neo4j", marks=pytest.mark.bolt)] if os.environ.get("NEO4J_URI") else []),
]


@pytest.fixture(scope="session")
def bolt_server(tmp_path_factory):
    """ArcadeDB with its Bolt plugin on a free loopback port, for the whole session."""
    from bolt_server import BoltServer, available

    if not available():
        pytest.fail("arcadedb-embedded is missing: pip install -e '.[test]'")
    with BoltServer(tmp_path_factory.mktemp("bolt")) as server:
        yield server


def neo4j_store_for(backend, request):
    """A Neo4jStore on the Bolt test server or on NEO4J_URI, emptied."""
    from kerjasama.graph.neo4j_store import Neo4jStore

    if backend == "bolt":
        server = request.getfixturevalue("bolt_server")
        store = Neo4jStore(server.uri, user=server.user, password=server.password,
                           database=server.database)
    else:
        store = Neo4jStore(os.environ["NEO4J_URI"], user=os.environ.get("NEO4J_USERNAME"),
                           password=os.environ.get("NEO4J_PASSWORD"),
                           database=os.environ.get("NEO4J_DATABASE"))
    store.run("MATCH (n) DETACH DELETE n", write=True)
    return store


@pytest.fixture(params=STORE_BACKENDS)
def store(request, tmp_path):
    """An empty graph store, once per backend."""
    if request.param == "ladybug":
        from kerjasama.graph.ladybug_store import LadybugStore

        store = LadybugStore(tmp_path / "graph.lbug")
    else:
        store = neo4j_store_for(request.param, request)
    yield store
    store.close()
