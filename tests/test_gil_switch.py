"""Loads into the embedded store run with a short switch interval, and put it back after."""
import sys

import pytest

from kerjasama.graph.build import table_stream
from kerjasama.graph.gil_switch import SWITCH_INTERVAL
from kerjasama.graph.ladybug_store import LadybugStore


def test_tables_are_made_with_the_short_interval_and_it_is_restored(tmp_path):
    seen = []

    def stream():
        for item in table_stream([]):
            seen.append(sys.getswitchinterval())  # made in the converter thread, mid-load
            yield item

    before = sys.getswitchinterval()
    with LadybugStore(tmp_path / "graph.lbug") as store:
        store.load_stream(stream())
        assert store.run("MATCH (r:Region) RETURN count(r) AS n") == [{"n": 552}]
    assert seen and all(s == pytest.approx(SWITCH_INTERVAL) for s in seen)
    assert sys.getswitchinterval() == before


def test_a_failed_load_restores_it_too(tmp_path):
    def stream():
        yield from list(table_stream([]))[:2]
        raise ValueError("bad table")

    before = sys.getswitchinterval()
    with LadybugStore(tmp_path / "graph.lbug") as store:
        try:
            store.load_stream(stream())
        except ValueError:
            pass
        else:
            raise AssertionError("the stream's error was swallowed")
    assert sys.getswitchinterval() == before
