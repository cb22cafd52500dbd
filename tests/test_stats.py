"""Graph counts, the same on every store, and the stats command on Neo4j."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from gold import gold_records
from kerjasama.cli import main
from kerjasama.graph.build import build
from kerjasama.graph.stats import stats


def expected():
    records = gold_records()
    agreements = [a for r in records for a in r["agreements"]]
    return {
        "regions": {"all": 552,
                    "with_agreements": len({p for a in agreements for p in a["parties"]})},
        # b-001 and b-002 report one MoU: one agreement fewer than the gold files hold.
        "agreements": {"total": len(agreements) - 1, "plan": 1, "mou": 13, "pks": 8,
                       "reported_by_several_sources": 1},
        "officials": 45,
        "sectors": {"all": 36, "used": len({s for a in agreements for s in a["sectors"]})},
        "sources": len(records),
    }


def test_stats_on_every_store(store):
    build(gold_records(), store)
    assert stats(store) == expected()


@pytest.mark.bolt
def test_stats_command_on_neo4j(bolt_server, data_dir):
    from kerjasama.graph.neo4j_store import Neo4jStore

    with Neo4jStore(bolt_server.uri, user=bolt_server.user, password=bolt_server.password,
                    database=bolt_server.database) as store:
        store.run("MATCH (n) DETACH DELETE n", write=True)
        build(gold_records(), store)
    result = CliRunner().invoke(main, [
        "stats", "--format", "json", "--data", str(data_dir), "--neo4j", bolt_server.uri,
        "--neo4j-user", bolt_server.user or "", "--neo4j-password", bolt_server.password or "",
        *(["--neo4j-database", bolt_server.database] if bolt_server.database else []),
    ], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == expected()
    assert (bolt_server.password or "secret-not-set") not in result.output
