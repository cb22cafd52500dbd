"""Graphs for the question tests: the dev articles' gold records, built and loaded.

Import the fixtures into a test module (``from question_graphs import gold, gold_cli``);
they build on conftest's ``store`` fixture, so every test runs on each backend.
"""
from __future__ import annotations

import os

import pytest
from gold import gold_records

from kerjasama.graph.build import build_tables


@pytest.fixture
def gold(store):
    """The store holding the graph of every dev article's gold record."""
    store.load(build_tables(gold_records()))
    return store


def cli_args(store, request) -> list[str]:
    """The command-line options that point a command at ``store``."""
    if store.name == "ladybug":
        return ["--data", str(store.path.parent)]
    backend = request.node.callspec.params.get("store")
    if backend == "bolt":
        server = request.getfixturevalue("bolt_server")
        return ["--neo4j", server.uri, "--neo4j-user", server.user,
                "--neo4j-password", server.password, "--neo4j-database", server.database]
    return ["--neo4j", os.environ["NEO4J_URI"]]  # credentials from the NEO4J_* environment


@pytest.fixture
def gold_cli(gold, request):
    """Options pointing a command at the ``gold`` store."""
    return cli_args(gold, request)
