"""kerjasama: a knowledge graph of cooperation between Indonesia's regional governments.

The library lives in three packages: ``kerjasama.loaders`` turns sources into
extraction records, ``kerjasama.graph`` keeps the schema and the graph stores,
``kerjasama.queries`` answers the network questions. ``kerjasama.cli`` is a thin
command line over them.
"""

__version__ = "0.1.0"
