"""A short interpreter switch interval while the database copies beside Python work.

A load copies one table in LadybugDB while a second thread makes the next one
in Python. The COPY lets go of the interpreter lock but takes it back now and
then, and each time it waits until the Python thread hands the lock over,
which CPython asks for only every switch interval (5 ms by default). With the
Python thread busy, copying the sources, agreements and reports of 100,000
agreements took 3.4-3.9 s at 5 ms and 1.7-2.1 s at 0.1 ms (1.7-2.1 s is what
they take with no Python thread at all), and the Python thread did as much
work at both intervals: the interval only matters when another thread waits
for the lock.

>>> import sys
>>> before = sys.getswitchinterval()
>>> with short_switch_interval():
...     sys.getswitchinterval() < before
True
>>> sys.getswitchinterval() == before
True
"""
from __future__ import annotations

import sys
from contextlib import contextmanager

SWITCH_INTERVAL = 1e-4
"""Seconds: 0.05-0.2 ms copied as fast as alone; 0.5 and 1 ms still waited (2.2-2.7 s)."""


@contextmanager
def short_switch_interval(seconds: float = SWITCH_INTERVAL):
    """``sys.setswitchinterval(seconds)`` inside, the interval as it was after (also a
    decorator)."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(min(seconds, before))
    try:
        yield
    finally:
        sys.setswitchinterval(before)
