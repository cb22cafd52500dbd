"""Docstring examples are tests: every module's examples must run."""
from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import kerjasama


def _modules():
    names = ["kerjasama"]
    for pkg in ("kerjasama", "kerjasama.graph", "kerjasama.loaders", "kerjasama.queries",
                "kerjasama.cli"):
        module = importlib.import_module(pkg)
        names += [f"{pkg}.{m.name}" for m in pkgutil.iter_modules(module.__path__)
                  if f"{pkg}.{m.name}" not in ("kerjasama.graph", "kerjasama.loaders",
                                               "kerjasama.queries", "kerjasama.cli")]
    return sorted(set(names))


@pytest.mark.parametrize("name", _modules())
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"


def test_version():
    assert kerjasama.__version__
