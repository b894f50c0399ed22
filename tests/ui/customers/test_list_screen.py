"""The customer list screen for each role that sees it, and the manager's tools driven
through the UI: reassign, merge, and the Excel export with progress and cancel."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QPushButton

from app.services import customers
from app.services.customers import CustomerQuery
from app.ui.customers.list_screen import CustomerListScreen
from tests.ui.customers.conftest import idle


@pytest.fixture
def open_list(qtbot, context_for):
    def _open(key: str) -> CustomerListScreen:
        context = context_for(key)
        screen = CustomerListScreen(context)
        qtbot.addWidget(screen)
        screen.resize(1200, 700)
        screen.show()
        qtbot.waitExposed(screen)
        idle(qtbot, context.runner)
        qtbot.waitUntil(lambda: screen.model.rowCount() == 0
                        or screen.model.customer_at(0) is not None, timeout=10_000)
        idle(qtbot, context.runner)
        return screen

    return _open


def select(screen, rows: list[int]) -> None:
    selection = screen.view.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(screen.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)


def row_of(screen, name: str) -> int | None:
    """The row showing `name` (None while rows are loading)."""
    return next((r for r in range(screen.model.rowCount())
                 if screen.model.index(r, 0).data() == name), None)


def cell(screen, name: str, column: int):  # noqa: ANN201
    row = row_of(screen, name)
    return None if row is None else screen.model.index(row, column).data()


@pytest.mark.parametrize("key,rows,manager,create", [
    ("sales1", 2, False, True), ("sales2", 1, False, True), ("manager", 3, True, True),
    ("admin", 3, True, True), ("executive", 3, False, False)])
def test_the_list_opens_for_every_role_that_sees_it(open_list, named_customers, key, rows,
                                                    manager, create):
    screen = open_list(key)
    assert screen.model.rowCount() == rows
    assert screen.export_button.isVisible() == manager
    assert screen.reassign_button.isVisible() == manager
    assert screen.filters.staff.isVisible() == manager
    assert screen.new_button.isVisible() == create
    assert "拼音" in screen.filters.search.placeholderText() or \
        "pinyin" in screen.filters.search.placeholderText()
    assert not screen.banner.isVisible()


def test_executive_reads_masked_phones(open_list, named_customers):
    screen = open_list("executive")
    phones = {screen.model.index(r, 2).data() for r in range(3)}
    assert phones == {"139****2222", "139****4444", "137****6666"}


def test_manager_list_formats_phones_and_filters(qtbot, open_list, named_customers):
    screen = open_list("manager")
    assert cell(screen, "张三", 2) == "139 1111 2222"
    screen.filters.search.setText("zs")
    qtbot.waitUntil(lambda: screen.model.query.text == "zs", timeout=5000)
    qtbot.waitUntil(lambda: screen.model.index(0, 0).data() == "张三"
                    and screen.model.rowCount() == 1, timeout=10_000)
    assert "1" in screen.count_label.text()
    screen.filters.clear()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 3, timeout=10_000)


def test_double_click_opens_the_detail(qtbot, open_list, named_customers):
    screen = open_list("sales1")
    row = row_of(screen, "单田芳")
    rect = screen.view.visualRect(screen.model.index(row, 0))
    viewport = screen.view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = screen.detail
    qtbot.waitUntil(lambda: not dialog.is_loading(), timeout=10_000)
    assert dialog.customer_id == named_customers["单田芳"]
    assert dialog.profile.widgets["name"].text() == "单田芳"
    dialog.close()


def test_manager_reassigns_through_the_ui(qtbot, open_list, named_customers, engines,
                                          staff_ids):
    screen = open_list("manager")
    select(screen, [row_of(screen, "张三"), row_of(screen, "单田芳")])
    assert screen.reassign_button.isEnabled() and screen.merge_button.isEnabled()
    screen.reassign_button.click()
    dialog = screen.actions.dialog
    assert not dialog.ok_button().isEnabled()            # a consultant must be chosen
    dialog.staff.setCurrentIndex(dialog.staff.findData(staff_ids["顾问乙"]))
    dialog.reason.setText("顾问甲休假")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok_button().click()
    assert "2" in screen.banner.text() and "顾问乙" in screen.banner.text()
    mine = customers.customer_page(engines("sales2"), CustomerQuery(sort="name"), 0)
    assert {r.name for r in mine} == {"张三", "单田芳", "李张伟"}
    qtbot.waitUntil(lambda: cell(screen, "张三", 5) == "顾问乙", timeout=10_000)


def test_manager_merges_two_records_through_the_ui(qtbot, open_list, named_customers, engines):
    screen = open_list("manager")
    select(screen, [row_of(screen, "张三"), row_of(screen, "李张伟")])
    assert screen.merge_button.isEnabled()
    screen.merge_button.click()
    dialog = screen.actions.dialog
    keep = next(i for i, r in enumerate(dialog.records) if r.name == "李张伟")
    dialog.options[keep].setChecked(True)
    assert dialog.keep_and_drop() == (named_customers["李张伟"], named_customers["张三"])
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok_button().click()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2, timeout=10_000)
    assert "李张伟" in screen.banner.text()
    kept = customers.load_form(engines("manager"), named_customers["李张伟"])
    assert kept.phone2 == "+8613911112222"                # the other's phone came along


def test_merge_needs_exactly_two(open_list, named_customers):
    screen = open_list("manager")
    select(screen, [0])
    assert not screen.merge_button.isEnabled()
    screen.actions.merge()
    assert screen.banner.isVisible() and screen.actions.dialog is None


def test_export_writes_the_filtered_list(qtbot, open_list, named_customers, tmp_path):
    screen = open_list("manager")
    screen.filters.search.setText("张")
    qtbot.waitUntil(lambda: screen.model.query.text == "张", timeout=5000)
    path = tmp_path / "客户.xlsx"
    job = screen.actions.export_to(path)
    with qtbot.waitSignal(job.finished, timeout=20_000) as done:
        pass
    assert done.args == [2, str(path)]
    sheet = load_workbook(path).active
    assert {sheet.cell(row=r, column=1).value for r in (2, 3)} == {"张三", "李张伟"}
    assert sheet.max_row == 3
    assert str(path) in screen.banner.text()


def test_cancelled_export_leaves_no_file(qtbot, open_list, bulk_customers, tmp_path):
    bulk_customers(300)
    screen = open_list("manager")
    path = tmp_path / "cancelled.xlsx"
    job = screen.actions.export_to(path)
    with qtbot.waitSignal(job.cancelled, timeout=20_000):
        job.progress.findChild(QPushButton).click()      # the progress dialog's Cancel
    assert not path.exists() and not list(tmp_path.iterdir())
    assert screen.banner.isVisible()


def test_export_progress_is_reported(qtbot, open_list, bulk_customers, tmp_path):
    bulk_customers(1200)
    screen = open_list("manager")
    job = screen.actions.export_to(tmp_path / "all.xlsx")
    seen = []
    job.progressed.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    assert seen[-1] == (1200, 1200) and len(seen) == 2    # pages of 1000


def test_grade_and_visit_date_filters_narrow_the_list(qtbot, open_list, named_customers,
                                                      engines):
    from PySide6.QtCore import QDate

    from app.services import intake

    intake.set_duty_roster(engines("manager"), QDate.currentDate().toPython(),
                           [c.id for c in intake.salespeople(engines("manager"))])
    intake.register_visit(engines("manager"), intake.VisitForm(phone="13933334444",
                                                               name="单田芳"))
    screen = open_list("manager")
    screen.filters.visited_from.setDate(QDate.currentDate())
    qtbot.waitUntil(lambda: screen.model.query.visited_from is not None, timeout=5000)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1
                    and screen.model.index(0, 0).data() == "单田芳", timeout=10_000)
    screen.filters.clear()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 3, timeout=10_000)
    screen.filters.grade.setCurrentIndex(screen.filters.grade.findData("A"))
    screen.filters.grade.activated.emit(screen.filters.grade.currentIndex())
    qtbot.waitUntil(lambda: screen.model.query.grades == ("A",), timeout=5000)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0, timeout=10_000)
