"""The trial and plan list models pass Qt's model tester and show what a sales office reads:
codes and floors, prices to the fen, the change in red (up) or green (down) with its
percentage, sold units greyed with why, plan statuses in Chinese."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from types import SimpleNamespace

from PySide6.QtCore import Qt

from app.domain.pricing import PriceChange
from app.services.price_plans import PlanSummary
from app.ui.pricing.change_model import COLUMNS, VALUE_ROLE, PriceChangeModel
from app.ui.pricing.plan_list_model import COLUMNS as PLAN_COLUMNS
from app.ui.pricing.plan_list_model import PLAN_ROLE, PlanListModel
from app.ui.pricing.style import DOWN, SKIPPED, UP

D = Decimal
UNITS = {i: SimpleNamespace(code=f"1-1-{100 * f + r}", floor=f, layout="三室两厅两卫")
         for i, (f, r) in enumerate([(1, 1), (1, 2), (2, 1), (2, 2)], start=1)}
CHANGES = [
    PriceChange(1, D("20000.00"), D("2000000.00"), D("20000.00"), D("2000000.00"), "frozen"),
    PriceChange(2, D("20000.00"), D("2000000.00"), D("20400.00"), D("2040000.00")),
    PriceChange(3, D("20000.00"), D("2000000.00"), D("19500.00"), D("1950000.00")),
    PriceChange(4, None, None, None, None, "unpriced"),
]


def cell(model, row: int, column: str, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
    return model.index(row, COLUMNS.index(column)).data(role)


def test_the_change_model_passes_the_model_tester(qtmodeltester):
    model = PriceChangeModel()
    qtmodeltester.check(model)
    assert model.rowCount() == 0
    model.set_changes(CHANGES, UNITS)
    qtmodeltester.check(model)
    assert model.rowCount() == len(CHANGES) > 0
    model.sort(COLUMNS.index("change"), Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    model.clear()
    qtmodeltester.check(model)


def test_changes_show_prices_colours_and_reasons(qapp):
    model = PriceChangeModel()
    model.set_changes(CHANGES, UNITS)
    assert [cell(model, r, "code") for r in range(4)] == ["1-1-101", "1-1-102", "1-1-201",
                                                          "1-1-202"]
    assert cell(model, 1, "new_unit_price") == "20,400.00"
    assert cell(model, 1, "new_total", VALUE_ROLE) == D("2040000.00")
    assert cell(model, 1, "change") == "+40,000.00 (+2.00%)"
    assert cell(model, 1, "change", Qt.ItemDataRole.ForegroundRole) == UP
    assert cell(model, 2, "change") == "−50,000.00 (−2.50%)"
    assert cell(model, 2, "change", Qt.ItemDataRole.ForegroundRole) == DOWN
    assert cell(model, 0, "change") == "已售：保持原价"
    assert cell(model, 0, "code", Qt.ItemDataRole.ForegroundRole) == SKIPPED
    assert "保持" in cell(model, 0, "code", Qt.ItemDataRole.ToolTipRole)
    assert cell(model, 3, "change") == "未定价"
    assert cell(model, 3, "old_total") == "—"
    assert model.headerData(3, Qt.Orientation.Horizontal) == "原单价"
    assert model.headerData(3, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "元/㎡"
    summary = model.summary()
    assert (summary.changed, summary.frozen, summary.unpriced) == (2, 1, 1)
    assert (summary.before, summary.after) == (D("6000000.00"), D("5990000.00"))


def test_whole_unit_pricing_says_per_unit(qapp):
    model = PriceChangeModel()
    model.set_changes(CHANGES[1:2], UNITS, per_unit=True)
    assert model.headerData(3, Qt.Orientation.Horizontal) == "原价"
    assert model.headerData(3, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "元/套"


def _plan(id_: int, status: str, **kw) -> PlanSummary:
    values = dict(id=id_, kind="plan", name=f"方案{id_}", status=status, author="edt_manager",
                  submitted_at=dt.datetime(2026, 5, 1, 9, 30, tzinfo=dt.UTC),
                  decided_by=None, decision_note=None, units=12, applied_units=None,
                  skipped_units=None)
    values.update(kw)
    return PlanSummary(**values)


PLANS = [_plan(3, "submitted", kind="adjustment"),
         _plan(2, "approved", decided_by="edt_admin", applied_units=9, skipped_units=3),
         _plan(1, "rejected", decided_by="edt_admin", decision_note="涨幅过大")]


def test_the_plan_model_passes_the_model_tester(qtmodeltester):
    model = PlanListModel()
    qtmodeltester.check(model)
    assert model.rowCount() == 0
    model.set_plans(PLANS)
    qtmodeltester.check(model)
    assert model.rowCount() == len(PLANS) > 0


def test_plans_show_kind_status_and_result_in_chinese(qapp):
    model = PlanListModel()
    model.set_plans(PLANS)

    def text(row: int, column: str) -> str:
        return model.index(row, PLAN_COLUMNS.index(column)).data()

    assert [text(r, "kind") for r in range(3)] == ["调价", "价格方案", "价格方案"]
    assert [text(r, "status") for r in range(3)] == ["待审批", "已批准", "已驳回"]
    assert text(0, "result") == "—"
    assert text(1, "result") == "已调整 9 套，3 套已售保持原价"
    assert text(2, "note") == "涨幅过大"
    assert text(0, "units") == "12"
    assert model.index(1, 0).data(PLAN_ROLE).id == 2
    assert model.row_of(1) == 2


def test_sorting_reads_unit_codes_as_numbers_and_keeps_the_selection(qapp):
    from PySide6.QtCore import QPersistentModelIndex

    units = {1: SimpleNamespace(code="1-1-1001", floor=10, layout="A"),
             2: SimpleNamespace(code="1-1-201", floor=2, layout="A"),
             3: SimpleNamespace(code="1-1-101", floor=1, layout="A")}
    model = PriceChangeModel()
    model.set_changes([PriceChange(i, D(1), D(1), D(2), D(2)) for i in (1, 2, 3)], units)
    kept = QPersistentModelIndex(model.index(0, 0))            # 1-1-1001
    model.sort(COLUMNS.index("code"))
    assert [cell(model, r, "code") for r in range(3)] == ["1-1-101", "1-1-201", "1-1-1001"]
    assert kept.row() == 2 and kept.data() == "1-1-1001"
    model.sort(COLUMNS.index("floor"), Qt.SortOrder.DescendingOrder)
    assert [cell(model, r, "floor") for r in range(3)] == ["10", "2", "1"]
