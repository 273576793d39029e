"""The paged model without a view: lazy pages, LRU, SQL-side sort requests, stale loads."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import Qt, QThreadPool

from app.domain.clock import FixedClock
from app.services.core.list_request import ListRequest
from app.views.ops.op_runner import OpRunner
from app.views.tables.paged_table_model import (
    MAX_PAGES,
    PAGE_SIZE,
    ColumnKind,
    ColumnSpec,
    ItemRole,
    PagedTableModel,
)

AS_OF = date(2026, 6, 30)


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    amount_fen: int


class NumberedSource:
    """Rows computed from their position, as many as asked for; records every page asked
    for (and the request it was asked for)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.fetches: list[tuple[int, int]] = []
        self.requests: list[ListRequest] = []

    def count(self, req: ListRequest) -> int:
        return self.size_of(req)

    def size_of(self, req: ListRequest) -> int:
        return self.size if not req.search else 3

    def fetch(self, req: ListRequest, offset: int, limit: int, total: int | None) -> list[Row]:
        self.requests.append(req)
        self.fetches.append((offset, limit))
        end = min(offset + limit, self.size_of(req))
        sign = -1 if req.descending else 1
        return [Row(i + 1, f"row {i}", sign * (i - 5) * 100) for i in range(offset, end)]


COLUMNS = (
    ColumnSpec("Name", lambda r, _d: r.name, sort_key="name"),
    ColumnSpec("Amount", lambda r, _d: r.amount_fen, ColumnKind.MONEY, sort_key="amount"),
    ColumnSpec("Note", lambda r, _d: "", width_chars=4),
)


@pytest.fixture
def runner(errors) -> Iterator[OpRunner]:
    runner = OpRunner(None, errors)
    yield runner
    runner.shutdown()


def make_model(source, runner, slow_page_seconds: float = 10.0) -> PagedTableModel[Row]:
    """By default a busy test machine must not make the model switch to fetching pages
    later."""
    return PagedTableModel(
        COLUMNS,
        source,
        runner,
        FixedClock(AS_OF),
        ListRequest(sort_key="name"),
        slow_page_seconds=slow_page_seconds,
    )


def load(qtbot, model: PagedTableModel) -> None:
    """Refresh and wait for the first page and the count."""
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.refresh()
    qtbot.waitUntil(lambda: model.is_counted, timeout=5000)


def test_million_rows_count_but_only_touched_pages_load(qtbot, runner):
    source = NumberedSource(1_000_000)
    model = make_model(source, runner)
    load(qtbot, model)
    assert model.rowCount() == 1_000_000
    assert model.loaded_pages() == [0]
    assert model.index(999_999, 0).data() == "row 999999"
    assert model.index(PAGE_SIZE * 7 + 3, 0).data() == f"row {PAGE_SIZE * 7 + 3}"
    assert model.loaded_pages() == [0, 7, 999_999 // PAGE_SIZE]
    # The far page was asked for with the total, so the service can read from the far end.
    assert source.fetches[-2] == ((999_999 // PAGE_SIZE) * PAGE_SIZE, PAGE_SIZE)


def test_pages_beyond_the_cache_size_evict_the_least_recently_used(qtbot, runner):
    model = make_model(NumberedSource(PAGE_SIZE * (MAX_PAGES + 10)), runner)
    load(qtbot, model)
    for page in range(MAX_PAGES + 10):
        model.index(page * PAGE_SIZE, 0).data()
        model.index(0, 0).data()  # keep page 0 recently used
    assert len(model.loaded_pages()) == MAX_PAGES
    assert 0 in model.loaded_pages() and 1 not in model.loaded_pages()


def test_money_is_formatted_right_aligned_and_negative_in_red(qtbot, runner):
    model = make_model(NumberedSource(10), runner)
    load(qtbot, model)
    negative, positive = model.index(0, 1), model.index(9, 1)
    assert negative.data() == "-¥5.00"
    assert positive.data() == "¥4.00"
    assert negative.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert positive.data(Qt.ItemDataRole.ForegroundRole) is None
    assert negative.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert negative.data(ItemRole.SortRole) == -500
    assert negative.data(ItemRole.RowIdRole) == 1


def test_sorting_re_queries_and_unsortable_columns_are_ignored(qtbot, runner):
    source = NumberedSource(10)
    model = make_model(source, runner)
    load(qtbot, model)
    with qtbot.waitSignal(model.loaded):
        model.sort(1, Qt.SortOrder.DescendingOrder)
    assert source.requests[-1].sort_key == "amount" and source.requests[-1].descending
    assert model.sort_column() == 1
    calls = len(source.requests)
    model.sort(2, Qt.SortOrder.AscendingOrder)  # "Note" has no sort key
    assert len(source.requests) == calls
    assert model.sort_column() == 1 and model.sort_order() == Qt.SortOrder.DescendingOrder


def test_a_slow_older_load_finishing_last_is_discarded(qtbot, runner):
    release = threading.Event()

    class SlowFirst(NumberedSource):
        def count(self, req: ListRequest) -> int:
            if not req.search:
                release.wait(5)
            return super().count(req)

    model = make_model(SlowFirst(1000), runner)
    model.refresh()  # blocks in the worker until released
    with qtbot.waitSignal(model.loaded):
        model.set_search("x")
    assert model.rowCount() == 3
    release.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert model.rowCount() == 3 and model.request.search == "x"
    assert not model.is_loading


def test_rows_carry_the_as_of_date_of_their_load(qtbot, runner):
    source = NumberedSource(10)
    model = make_model(source, runner)
    load(qtbot, model)
    assert source.requests[-1].as_of == AS_OF
    assert model.as_of == AS_OF


def test_pages_of_a_slow_order_arrive_off_the_gui_thread(qtbot, runner):
    gui_thread = threading.get_ident()
    fetch_threads = []

    class SlowSource(NumberedSource):
        def fetch(self, req, offset, limit, total):
            fetch_threads.append(threading.get_ident())
            threading.Event().wait(0.1)
            return super().fetch(req, offset, limit, total)

    model = make_model(SlowSource(PAGE_SIZE * 10), runner, slow_page_seconds=0.02)
    load(qtbot, model)
    far = model.index(PAGE_SIZE * 5 + 1, 0)
    with qtbot.waitSignal(model.dataChanged, timeout=5000):
        assert far.data() is None  # not there yet: the view shows an empty row meanwhile
    assert far.data() == f"row {PAGE_SIZE * 5 + 1}"
    assert gui_thread not in fetch_threads


def test_the_first_page_is_shown_before_the_count_is_in(qtbot, runner):
    release = threading.Event()
    size = PAGE_SIZE * 3 + 7

    class SlowCount(NumberedSource):
        def count(self, req: ListRequest) -> int:
            release.wait(5)
            return super().count(req)

    model = make_model(SlowCount(size), runner)
    counted: list[int] = []
    model.counted.connect(lambda: counted.append(model.rowCount()))
    with qtbot.waitSignal(model.loaded):
        model.refresh()
    # The first page, as many rows as it has, while the count is still running.
    assert model.rowCount() == PAGE_SIZE and not model.is_counted and counted == []
    assert model.index(PAGE_SIZE - 1, 0).data() == f"row {PAGE_SIZE - 1}"
    release.set()
    qtbot.waitUntil(lambda: model.is_counted)
    assert model.rowCount() == size and counted == [size]
    assert model.index(size - 1, 0).data() == f"row {size - 1}"


@dataclass(frozen=True)
class Sums:
    count: int


def test_another_order_of_the_same_rows_keeps_the_count_and_the_totals(qtbot, runner):
    counts: list[ListRequest] = []
    sums: list[ListRequest] = []

    class Counting(NumberedSource):
        def count(self, req: ListRequest) -> int:
            counts.append(req)
            return super().count(req)

    def add_up(req: ListRequest) -> Sums:
        sums.append(req)
        return Sums(Counting(PAGE_SIZE * 4).size_of(req))

    model = PagedTableModel(
        COLUMNS,
        Counting(PAGE_SIZE * 4),
        runner,
        FixedClock(AS_OF),
        ListRequest(sort_key="name"),
        slow_page_seconds=10.0,
        totals=add_up,
    )
    load(qtbot, model)
    qtbot.waitUntil(lambda: model.totals is not None)
    first = model.totals
    assert (len(counts), len(sums), first.count) == (1, 1, PAGE_SIZE * 4)

    with qtbot.waitSignal(model.loaded):
        model.sort(1, Qt.SortOrder.DescendingOrder)
    # Counted and added up already: the whole list at once, the same totals.
    assert model.is_counted and model.rowCount() == PAGE_SIZE * 4
    assert model.totals is first
    qtbot.waitUntil(lambda: not runner.busy)
    assert (len(counts), len(sums)) == (1, 1)

    # Other rows: counted and added up again (the old totals go at once).
    with qtbot.waitSignal(model.loaded):
        model.set_search("x")
    assert model.totals is None or model.totals.count == 3
    qtbot.waitUntil(lambda: model.totals is not None and model.totals.count == 3)
    # The same request again (a change was announced): counted and added up again.
    model.refresh()
    qtbot.waitUntil(lambda: len(sums) == 3 and not runner.busy)
    assert len(counts) == 3


def test_a_new_first_page_does_not_wait_behind_the_last_count_and_totals(qtbot, errors):
    """Two workers, both of which the last request's count and totals would hold."""
    pool = QThreadPool()
    pool.setMaxThreadCount(2)
    runner = OpRunner(None, errors, pool)
    gate = threading.Event()

    class SlowCount(NumberedSource):
        def count(self, req: ListRequest) -> int:
            if not req.search:
                gate.wait(10)
            return super().count(req)

    def add_up(req: ListRequest) -> Sums:
        if not req.search:
            gate.wait(10)
        return Sums(3 if req.search else PAGE_SIZE * 4)

    model = PagedTableModel(
        COLUMNS,
        SlowCount(PAGE_SIZE * 4),
        runner,
        FixedClock(AS_OF),
        ListRequest(sort_key="name"),
        slow_page_seconds=10.0,
        totals=add_up,
    )
    try:
        with qtbot.waitSignal(model.loaded):
            model.refresh()  # its count and then its totals wait at the gate
        with qtbot.waitSignal(model.loaded, timeout=3000):
            model.set_search("x")
        assert model.rowCount() == 3 and model.index(2, 0).data() == "row 2"
    finally:
        gate.set()
        runner.shutdown()
