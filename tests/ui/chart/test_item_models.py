"""The table models of the chart's dialogs pass Qt's model tester and show Chinese."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app.domain.statuses import UnitStatus
from app.services.chart import CustomerChoice, HistoryEntry
from app.ui.chart.customer_model import ID_ROLE, SEARCH_ROLE, CustomerChoiceModel
from app.ui.chart.history_model import CHANGE, HistoryModel

CUSTOMERS = [CustomerChoice(1, "张三", "138****0001"), CustomerChoice(2, "李四", "139****0002")]
NOW = dt.datetime(2026, 5, 14, 9, 30, tzinfo=dt.UTC)
HISTORY = [
    HistoryEntry(NOW, "edt_admin", "管理员", "INSERT", None, UnitStatus.AVAILABLE, None),
    HistoryEntry(NOW, "edt_manager", "经理测试", "UPDATE", UnitStatus.AVAILABLE,
                 UnitStatus.HELD, "VIP"),
    HistoryEntry(NOW, "edt_x", None, "UPDATE", UnitStatus.PENCILLED, UnitStatus.AVAILABLE,
                 "pencil expired"),
]


def test_customer_model(qtmodeltester):
    model = CustomerChoiceModel(CUSTOMERS)
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "张三"
    assert model.index(0, 1).data() == "138****0001"
    assert model.index(1, 0).data(ID_ROLE) == 2
    assert "zs" in model.index(0, 0).data(SEARCH_ROLE)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "客户"
    model.set_customers([])
    qtmodeltester.check(model)


def test_history_model(qtmodeltester):
    model = HistoryModel(HISTORY)
    qtmodeltester.check(model)
    assert model.index(1, CHANGE).data() == "待售 → 销控"
    assert model.index(0, CHANGE).data().endswith("待售")
    assert model.index(1, 3).data() == "VIP"
    assert model.index(2, 1).data() == "edt_x"
    assert model.index(2, 3).data() != "pencil expired"  # translated
    assert model.headerData(0, Qt.Orientation.Horizontal) == "时间"
