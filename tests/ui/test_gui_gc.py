"""Cycles are collected on the GUI thread while the application runs, never by Python's
automatic collector on whichever worker thread allocates."""

from __future__ import annotations

import gc
import weakref

from app.views.shell.gui_gc import FULL_EVERY, GuiThreadCollector


class Node:
    def __init__(self) -> None:
        self.me = self


def test_the_collector_switches_automatic_collection_off_and_collects_on_its_ticks(qapp):
    collector = GuiThreadCollector(qapp)
    collector.start()
    try:
        assert not gc.isenabled()
        cycle = Node()
        gone = weakref.ref(cycle)
        del cycle
        for _ in range(FULL_EVERY - 1):
            collector.collect()
        collector.collect()  # the full collection of every 30th tick
        assert gone() is None
    finally:
        collector.stop()
    assert gc.isenabled()


def test_the_timer_runs_the_collection(qtbot, qapp):
    collector = GuiThreadCollector(qapp)
    collector.start()
    try:
        ticks = collector._ticks
        qtbot.waitUntil(lambda: collector._ticks > ticks, timeout=5000)
    finally:
        collector.stop()
