"""CustomerListModel: a correct Qt model, lazy (only the pages on screen are fetched, counted
through a wrapper around the real service calls), searching through the database, and a new
query superseding an old one."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from app.services import customers
from app.services.customers import CustomerQuery
from app.ui.common.operations import OperationRunner
from app.ui.customers.list_model import PAGE, CustomerListModel
from tests.ui.customers.conftest import idle


class CountingFetch:
    """The real service calls, counted: which offsets were asked for, how many counts."""

    def __init__(self, engine, delay_for: str | None = None) -> None:
        self.engine = engine
        self.offsets: list[int] = []
        self.counts = 0
        self.delay_for = delay_for
        self.lock = threading.Lock()

    def count(self, query: CustomerQuery) -> int:
        with self.lock:
            self.counts += 1
        self._maybe_wait(query)
        return customers.count_customers(self.engine, query)

    def page(self, query: CustomerQuery, offset: int, limit: int) -> list:
        with self.lock:
            self.offsets.append(offset)
        self._maybe_wait(query)
        return customers.customer_page(self.engine, query, offset, limit)

    def pages(self) -> set[int]:
        return {offset // PAGE for offset in self.offsets}

    def _maybe_wait(self, query: CustomerQuery) -> None:
        if self.delay_for and query.text == self.delay_for:
            time.sleep(0.6)


@pytest.fixture
def model_for(qtbot, engines):
    runners = []

    def make(key: str = "manager", delay_for: str | None = None):
        runner = OperationRunner()
        runners.append(runner)
        fetch = CountingFetch(engines(key), delay_for)
        return CustomerListModel(fetch.count, fetch.page, runner), fetch, runner

    yield make
    for runner in runners:
        runner.wait_for_done(10_000)


def names(model) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def load(qtbot, model, runner, query=CustomerQuery(), rows: int = 0) -> None:  # noqa: B008
    model.set_query(query)
    idle(qtbot, runner)
    for row in range(min(rows, model.rowCount())):   # ask as a view would, then wait
        model.index(row, 0).data()
    qtbot.wait(30)
    idle(qtbot, runner)


def test_model_passes_qt_model_tester(qtbot, qtmodeltester, model_for, bulk_customers):
    bulk_customers(30)
    model, _fetch, runner = model_for()
    load(qtbot, model, runner, rows=30)
    assert model.rowCount() == 30 and model.columnCount() == 9
    qtmodeltester.check(model)
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 0).data() == "客户30"        # newest first
    assert model.index(0, 2).data() == "138 0000 0030"


def test_only_the_pages_on_screen_are_fetched(qtbot, model_for, bulk_customers):
    bulk_customers(700)
    model, fetch, runner = model_for()
    view = QTableView()
    qtbot.addWidget(view)
    view.resize(800, 400)
    view.verticalHeader().setDefaultSectionSize(30)
    view.setModel(model)
    view.show()
    qtbot.waitExposed(view)
    model.set_query(CustomerQuery())
    qtbot.waitUntil(lambda: model.index(0, 0).data() == "客户700", timeout=10_000)
    idle(qtbot, runner)
    assert model.rowCount() == 700 and fetch.counts == 1
    assert fetch.pages() == {0}
    view.scrollToBottom()
    qtbot.waitUntil(lambda: 3 in model.loaded_pages(), timeout=10_000)  # the view asked
    idle(qtbot, runner)
    assert fetch.pages() == {0, 3}                      # pages 1 and 2 were never shown
    assert model.index(699, 0).data() == "客户1"
    view.scrollTo(model.index(450, 0))
    qtbot.waitUntil(lambda: 2 in model.loaded_pages(), timeout=10_000)
    idle(qtbot, runner)
    assert fetch.pages() == {0, 2, 3}
    assert model.index(450, 0).data() == "客户250"
    assert len(fetch.offsets) == 3                      # each page once: cached
    assert model.index(5, 0).data() == "客户695"


def test_a_million_rows_scroll_without_fetching_everything(qtbot):
    """The model's paging at scale, fed by a generator standing in for the database."""
    import datetime as dt

    from app.services.customers import CustomerRow

    asked: list[int] = []
    now = dt.datetime.now(dt.UTC)

    def page(_query, offset: int, limit: int) -> list:
        asked.append(offset)
        return [CustomerRow(i, f"客户{i}", None, None, "B", "visitor", None, None, None, None,
                            None, now) for i in range(offset, min(offset + limit, 1_000_000))]

    runner = OperationRunner()
    model = CustomerListModel(lambda _q: 1_000_000, page, runner)
    view = QTableView()
    qtbot.addWidget(view)
    view.resize(800, 400)
    view.verticalHeader().setDefaultSectionSize(30)
    view.setModel(model)
    view.show()
    model.set_query(CustomerQuery())
    qtbot.waitUntil(lambda: model.rowCount() == 1_000_000, timeout=5000)
    bar = view.verticalScrollBar()
    started = time.perf_counter()
    for value in range(0, 1_000_000, 25_000):          # a drag of the scroll bar
        bar.setValue(value)
        qtbot.wait(5)
    elapsed = time.perf_counter() - started
    qtbot.waitUntil(lambda: model.index(bar.value(), 0).data() == f"客户{bar.value()}",
                    timeout=5000)
    runner.wait_for_done(5000)
    assert len(asked) <= 2 * 40 + 2                     # a page or two per stop, not 5,000
    assert elapsed < 5


def test_rows_show_a_placeholder_until_their_page_arrives(qtbot, model_for, bulk_customers):
    bulk_customers(5)
    model, _fetch, runner = model_for()
    model.set_query(CustomerQuery())
    idle(qtbot, runner)
    assert model.index(0, 0).data() == "…"
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    qtbot.waitUntil(lambda: model.index(0, 0).data() == "客户5", timeout=10_000)


@pytest.mark.parametrize("text,expected", [
    ("2222", {"张三"}), ("zs", {"张三"}), ("stf", {"单田芳"}), ("张", {"张三", "李张伟"}),
    ("9999", set()),
])
def test_search_by_digits_pinyin_and_name_part(qtbot, model_for, named_customers, text,
                                               expected):
    model, _fetch, runner = model_for()
    load(qtbot, model, runner, CustomerQuery(text=text), rows=10)
    assert set(names(model)) == expected


def test_a_salesperson_sees_only_their_own(qtbot, model_for, named_customers):
    model, _fetch, runner = model_for("sales2")
    load(qtbot, model, runner, rows=10)
    assert names(model) == ["李张伟"]


def test_a_new_query_supersedes_a_slow_old_one(qtbot, model_for, named_customers):
    model, fetch, runner = model_for(delay_for="张")
    model.set_query(CustomerQuery(text="张"))          # slow: answers after 0.6 s
    model.set_query(CustomerQuery(text="stf"))
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10_000)
    load(qtbot, model, runner, model.query, rows=5)
    qtbot.wait(700)                                    # the old answer has come and gone
    idle(qtbot, runner)
    assert names(model) == ["单田芳"] and model.query.text == "stf"


def test_refresh_keeps_the_count_and_rereads_rows(qtbot, model_for, named_customers, engines):
    model, fetch, runner = model_for()
    load(qtbot, model, runner, CustomerQuery(sort="name"), rows=5)
    before = len(fetch.offsets)
    customers.merge(engines("manager"), named_customers["张三"], named_customers["李张伟"])
    model.refresh()
    idle(qtbot, runner)
    assert model.rowCount() == 2
    load(qtbot, model, runner, model.query, rows=5)
    assert len(fetch.offsets) > before
