"""Pausing Python's cyclic garbage collector around bulk work on a large heap.

A national build or load holds millions of small dicts, lists and tuples and
makes no reference cycles. Each collector pass walks all of them, and the
passes that plain allocation triggers took a third of the build time, and
most of a second of a load (pyarrow imports pandas on its first conversion).

>>> import gc
>>> with paused_gc():
...     gc.isenabled()
False
>>> gc.isenabled()
True
"""
from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def paused_gc():
    """Collector off inside, back as it was after (also usable as a decorator)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
