"""Opening the graph store a command should use: embedded by default, Neo4j on request."""
from __future__ import annotations

from pathlib import Path

from kerjasama.graph.store import GraphStore

GRAPH_FILE = "graph.lbug"


def open_store(data_dir: str | Path, *, neo4j_uri: str | None = None, user: str | None = None,
               password: str | None = None, database: str | None = None) -> GraphStore:
    """The Neo4j store when ``neo4j_uri`` is given, else the embedded one in ``data_dir``.

    >>> import tempfile
    >>> open_store(tempfile.mkdtemp()).name
    'ladybug'
    """
    if neo4j_uri:
        from kerjasama.graph.neo4j_store import Neo4jStore

        return Neo4jStore(neo4j_uri, user=user, password=password, database=database)
    from kerjasama.graph.ladybug_store import LadybugStore

    return LadybugStore(Path(data_dir) / GRAPH_FILE)
