"""A whole graph as plain sorted data, read through Cypher: two equal dumps, one graph."""
from __future__ import annotations

from kerjasama.graph.schema import NODES, RELS
from kerjasama.graph.store import GraphStore


def _plain(props: dict) -> str:
    # Internal ids and labels differ between two loads of the same graph; values do not.
    return repr(sorted(((k, v) for k, v in props.items() if not k.startswith("_")), key=str))


def dump(store: GraphStore) -> dict:
    """Every node and relationship of ``store`` with all its properties, sorted."""
    out = {}
    for label, node in NODES.items():
        rows = store.run(f"MATCH (n:{label}) RETURN n.{node.key} AS k, n AS n")
        out[label] = sorted((r["k"], _plain(r["n"])) for r in rows)
    for rtype, rel in RELS.items():
        start, end = NODES[rel.start].key, NODES[rel.end].key
        rows = store.run(f"MATCH (a:{rel.start})-[e:{rtype}]->(b:{rel.end}) "
                         f"RETURN a.{start} AS a, b.{end} AS b, e AS e")
        out[rtype] = sorted((r["a"], r["b"], _plain(r["e"])) for r in rows)
    return out


def dump_folder(data_dir) -> dict:
    """The dump of the embedded graph in a data folder."""
    from kerjasama.graph.ladybug_store import LadybugStore

    with LadybugStore(data_dir / "graph.lbug") as store:
        return dump(store)
