"""Commands: extract."""
from kerjasama.cli.app import main  # noqa: F401
