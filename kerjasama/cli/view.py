"""Commands: view."""
from kerjasama.cli.app import main  # noqa: F401
