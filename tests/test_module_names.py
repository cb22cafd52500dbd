"""Slips a module's tests cannot see: a top-level name bound twice (a second pattern under a name in use silently
replaces the first for every function that reads it) and a control character in the source (a pattern's "\\b"
written outside a raw string is a backspace)."""
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


@pytest.mark.parametrize("name", _modules())
def test_no_module_holds_a_control_character(name):
    # (a pattern's "\b" written where a raw string was meant is a backspace, and matches nothing)
    source = Path(importlib.import_module(name).__file__).read_text("utf-8")
    assert [c for c in source if ord(c) < 32 and c not in "\n\t"] == []
