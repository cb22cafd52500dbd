"""The ``kerjasama`` command line: thin wrappers over the library.

Each module here registers its commands on ``main``:
extract (extract), records (ingest, stats), questions (sector, partners, ...),
cypher (cypher, schema), neo4j (push), view (view), sources (correct, expiring).
"""
from kerjasama.cli import cypher, extract, neo4j, questions, records, sources, view  # noqa: F401  (registers commands)
from kerjasama.cli.app import main

__all__ = ["main"]
