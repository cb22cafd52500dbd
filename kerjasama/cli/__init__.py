"""The ``kerjasama`` command line: thin wrappers over the library.

Each module here registers its commands on ``main``.
"""
from kerjasama.cli.app import main

__all__ = ["main"]
