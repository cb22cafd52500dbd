"""The ``kerjasama`` command group and its error edge.

Library code raises ``KerjasamaError``; here, and only here, it becomes a
one-line message and a non-zero exit instead of a traceback.
"""
from __future__ import annotations

import click

from kerjasama import __version__
from kerjasama.errors import KerjasamaError


class Group(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KerjasamaError as err:
            raise click.ClickException(str(err)) from None
        except OSError as err:
            # The data folder cannot be made or written (no such place, no permission, disk
            # full): one line; every file is replaced atomically, so nothing is half-written.
            where = f"{err.filename}: " if err.filename else ""
            raise click.ClickException(f"{where}{err.strerror or err}") from None


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kerjasama")
def main():
    """Map cooperation between Indonesia's regional governments.

    \b
    Read news articles and registers into a graph of regions, officials,
    agreements and sectors, then ask it questions:
      kerjasama ingest articles/          # build the graph
      kerjasama stats                     # what is in it
      kerjasama partners "Kab. Kampar"    # a region's partners
      kerjasama cypher "MATCH (r:Region) RETURN count(r)"
    """
