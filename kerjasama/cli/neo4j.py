"""Commands: neo4j."""
from kerjasama.cli.app import main  # noqa: F401
