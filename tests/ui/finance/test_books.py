"""Receipt books from the books tab against PostgreSQL: register, issue to a cashier, hand
back, reconcile (the dialog says how many unused numbers get voided), cancel a book never
issued — each refusal in the database's words."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from app.services import finance
from tests.ui.deals.conftest import idle
from tests.ui.finance.conftest import TIMEOUT, settle


def books(desk) -> dict:
    return {b.series + str(b.first_no): b
            for b in finance.books(desk.world.engines("finance"), desk.project.id)}


def submit(qtbot, dialog) -> None:
    runner = dialog.runner
    dialog.ok_button().click()
    idle(qtbot, runner, TIMEOUT)


def test_register_issue_hand_back_and_reconcile(qtbot, desk, open_finance):
    for _ in range(3):
        desk.pay("loan", "1.00", line=3)
    screen = open_finance("admin")
    tab = screen.books_tab
    screen.tabs.setCurrentWidget(tab)
    assert [row[0:2] for row in tab.model.texts()] == [["SJ", "1–50"]]

    dialog = tab.open_register()
    dialog.series.setText("sj")
    dialog.first_no.setValue(40)
    dialog.last_no.setValue(60)
    submit(qtbot, dialog)                                 # overlaps SJ 1–50
    assert dialog.errors.current == "first_no" and dialog.isVisible()
    dialog.first_no.setValue(51)
    dialog.last_no.setValue(100)
    assert "50" in dialog.count.text()
    submit(qtbot, dialog)
    settle(qtbot, screen)
    assert "SJ51" in books(desk) and tab.banner.text() == "票据本已登记。"

    assert tab.select_book(books(desk)["SJ51"].id)
    assert tab.buttons["issue"].isEnabled() and tab.buttons["cancel"].isEnabled()
    dialog = tab.open_issue()
    assert dialog.cashier.currentData() == desk.cashier
    submit(qtbot, dialog)
    settle(qtbot, screen)
    assert books(desk)["SJ51"].status == "issued"

    assert tab.select_book(desk.book)
    tab.hand_back()
    tab.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    settle(qtbot, screen)
    assert books(desk)["SJ1"].status == "returned"
    assert tab.select_book(desk.book) and tab.buttons["reconcile"].isEnabled()
    dialog = tab.open_reconcile()
    assert dialog.unused.text().startswith("47 ") and "4–50" in dialog.unused.text()
    submit(qtbot, dialog)
    settle(qtbot, screen)
    book = books(desk)["SJ1"]
    assert (book.status, book.used, book.voided) == ("reconciled", 3, 47)
    assert "47" in tab.banner.text()


def test_a_book_never_issued_is_cancelled_with_a_reason(qtbot, desk, open_finance):
    second = finance.register_book(desk.world.engines("admin"), desk.project.id, "ZZ", 1, 10)
    screen = open_finance("finance")
    tab = screen.books_tab
    screen.tabs.setCurrentWidget(tab)
    assert tab.select_book(second)
    dialog = tab.open_cancel()
    submit(qtbot, dialog)
    assert dialog.errors.current == "note"
    dialog.note.setPlainText("印错号码")
    submit(qtbot, dialog)
    settle(qtbot, screen)
    assert books(desk)["ZZ1"].status == "cancelled"
    # finance cannot issue a book to themselves: the issue dialog offers the others only
    third = finance.register_book(desk.world.engines("admin"), desk.project.id, "ZZ", 11, 20)
    tab.reload()
    settle(qtbot, screen)
    assert tab.select_book(third)
    dialog = tab.open_issue()
    assert dialog.cashier.count() == 0
    submit(qtbot, dialog)
    assert dialog.errors.current == "cashier"
    dialog.close()

