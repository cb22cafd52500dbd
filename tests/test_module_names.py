"""A module-level name is bound once: a second pattern under an existing name silently replaces the first
for every function that reads it (two rules of the extractor were lost that way)."""
from __future__ import annotations

import ast
import importlib
from collections import Counter
from pathlib import Path

import pytest

from test_doctests import _modules


def _rebound(source: str) -> list[str]:
    """The names a module's top level binds twice or more (assignments, functions, classes).

    >>> _rebound("A = 1\\ndef f(): pass\\nA = 2\\n")
    ['A']
    """
    bound = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            bound.update(t.id for t in targets if isinstance(t, ast.Name))
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound[node.name] += 1
    return sorted(name for name, n in bound.items() if n > 1 and name != "__all__")


def test_rebound_finds_a_second_binding():
    assert _rebound("_RULE = 1\n_RULE = 2\n") == ["_RULE"]
    assert _rebound("_RULE = 1\n_OTHER = 2\n") == []


@pytest.mark.parametrize("name", _modules())
def test_no_module_binds_a_name_twice(name):
    path = Path(importlib.import_module(name).__file__)
    assert _rebound(path.read_text("utf-8")) == []
