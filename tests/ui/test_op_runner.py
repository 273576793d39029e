"""Work runs off the GUI thread and comes back on it; errors take the right path; writes
run one at a time and announce what they changed."""

from __future__ import annotations

import threading
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread

from app.domain.errors import NotFoundError
from app.services.core.changes import Changed, Kind
from app.views.ops.change_bus import ChangeBus
from app.views.ops.op_runner import Op, OpRunner
from app.views.ops.serial_writer import SerialWriter


def app_thread() -> QThread:
    return QCoreApplication.instance().thread()


def test_result_arrives_on_the_gui_thread(qtbot, errors):
    runner = OpRunner(None, errors)
    seen: dict[str, object] = {}

    def work(_op):
        seen["worker"] = threading.get_ident()
        return 42

    def done(result):
        seen["result"] = result
        seen["on_gui_thread"] = QThread.currentThread() is app_thread()

    runner.run(work, done)
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42
    assert seen["worker"] != threading.get_ident()
    assert seen["on_gui_thread"]


def test_expected_errors_go_to_the_presenter_and_unexpected_ones_too(qtbot, errors):
    runner = OpRunner(None, errors)
    finished = []

    def missing(_op):
        raise NotFoundError(entity="Customer", key=7)

    runner.run(missing, on_finished=lambda: finished.append(1))
    qtbot.waitUntil(lambda: bool(finished))
    assert [e.params["key"] for e in errors.expected_errors] == [7]

    def broken(_op):
        raise ZeroDivisionError("boom")

    runner.run(broken, on_finished=lambda: finished.append(2))
    qtbot.waitUntil(lambda: len(finished) == 2)
    assert errors.unexpected_errors[0][0] is ZeroDivisionError
    assert errors.unexpected_errors[0][2] is not None  # the traceback travels along
    errors.unexpected_errors.clear()


def test_a_custom_handler_replaces_the_dialog_for_expected_errors(qtbot, errors):
    runner = OpRunner(None, errors)
    handled = []

    def missing(_op):
        raise NotFoundError(entity="Invoice", key=1)

    runner.run(missing, on_expected_error=handled.append)
    qtbot.waitUntil(lambda: bool(handled))
    assert not errors.expected_errors


def test_callbacks_of_a_deleted_owner_are_skipped(qtbot, errors):
    runner = OpRunner(None, errors)
    owner = QObject()
    go = threading.Event()
    called = []
    runner.run(lambda _op: go.wait(5), called.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner))
    go.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert called == []


def test_progress_is_reported_and_cancel_stops_the_work(qtbot, errors):
    runner = OpRunner(None, errors)
    progress: list[tuple[int, int]] = []
    started = threading.Event()

    def long_work(op):
        for done in range(1000):
            if op.is_cancelled():
                return done
            op.report(done, 1000)
            started.set()
            threading.Event().wait(0.005)
        return 1000

    results = []
    op = runner.run(
        long_work,
        results.append,
        on_progress=lambda done, total, _text: progress.append((done, total)),
    )
    assert started.wait(5)
    qtbot.waitUntil(lambda: bool(progress))
    op.cancel()
    qtbot.waitUntil(lambda: bool(results))
    assert results[0] < 1000
    assert progress[0] == (0, 1000)


def test_writes_run_one_at_a_time_and_announce_changes(qtbot, errors):
    bus = ChangeBus()
    writer = SerialWriter(None, errors, bus)
    running = []
    overlap = []
    threads = set()

    def write(kinds: frozenset[Kind]) -> Callable[[Op], Changed[int]]:
        def run(_op: Op) -> Changed[int]:
            threads.add(threading.get_ident())
            running.append(1)
            overlap.append(len(running))
            threading.Event().wait(0.02)
            running.pop()
            return Changed(len(kinds), kinds)

        return run

    announced = []
    values = []
    bus.changed.connect(lambda kinds: announced.append(sorted(kinds)))
    for kinds in ({Kind.CUSTOMERS}, {Kind.INVOICES}, {Kind.INVOICES, Kind.PAYMENTS}, set()):
        writer.write(write(frozenset(kinds)), values.append)
    qtbot.waitUntil(lambda: len(values) == 4)
    assert max(overlap) == 1
    assert len(threads) == 1
    # What each write reported it changed, in order; a write that changed nothing is silent.
    assert announced == [["customers"], ["invoices"], ["invoices", "payments"]]
    assert values == [1, 1, 2, 0]


def test_the_latest_query_of_an_owner_wins_over_older_ones_finishing_later(qtbot, errors):
    runner = OpRunner(None, errors)
    owner, other = QObject(), QObject()
    release_older = threading.Event()
    delivered: list[str] = []
    finished: list[str] = []

    def slow(_op):
        release_older.wait(5)
        return "older"

    older = runner.run(
        slow, delivered.append, owner=owner, latest="detail", on_finished=lambda: finished.append(1)
    )
    runner.run(lambda _op: "newer", delivered.append, owner=owner, latest="detail")
    runner.run(lambda _op: "other key", delivered.append, owner=owner, latest="matches")
    runner.run(lambda _op: "other owner", delivered.append, owner=other, latest="detail")
    qtbot.waitUntil(lambda: len(delivered) == 3)
    assert older.is_cancelled()  # asked to stop: nobody wants its answer any more
    release_older.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert sorted(delivered) == ["newer", "other key", "other owner"]
    assert finished == []  # nothing of the dropped one runs, not even on_finished
    assert not errors.expected_errors


def test_a_dropped_query_delivers_nothing_but_a_bug_in_it_is_still_reported(qtbot, errors):
    runner = OpRunner(None, errors)
    owner = QObject()
    go = threading.Event()
    called: list[object] = []

    def missing(_op):
        go.wait(5)
        raise NotFoundError(entity="Customer", key=3)

    def broken(_op):
        go.wait(5)
        raise ZeroDivisionError("boom")

    runner.run(missing, called.append, owner=owner, latest="a", on_expected_error=called.append)
    runner.run(broken, called.append, owner=owner, latest="b", on_expected_error=called.append)
    runner.drop(owner, "a")  # e.g. the selection went away
    runner.drop(owner, "b")
    go.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert called == []
    assert not errors.expected_errors
    assert [info[0] for info in errors.unexpected_errors] == [ZeroDivisionError]
    errors.unexpected_errors.clear()


def test_a_write_that_does_not_say_what_it_changed_is_an_error(qtbot, errors):
    bus = ChangeBus()
    writer = SerialWriter(None, errors, bus)
    announced, done = [], []
    bus.changed.connect(announced.append)
    writer.write(lambda _op: 42, done.append)
    qtbot.waitUntil(lambda: bool(errors.unexpected_errors))
    [(kind, exc, _tb)] = errors.unexpected_errors
    assert kind is TypeError and "must return Changed, not int" in str(exc)
    assert announced == [] and done == []
    errors.unexpected_errors.clear()
