"""The steps of a receipt book (票据本): 登记 register a series and its numbers, 领用 issue it to
a cashier (someone other than the one issuing), 核销 reconcile a handed-back book — its
unused numbers are recorded voided, the dialog says how many first — and 作废 cancel a
book never issued, with a reason. The database checks each step and says why not."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from app.ui.deals.sale_form import local_refusal
from app.ui.finance.dialog_base import FinanceDialog

MAX_NUMBER = 99_999_999


def book_name(book: Any) -> str:
    return f"{book.series} {book.first_no}–{book.last_no}"


def _number(name: str, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(1, MAX_NUMBER)
    box.setValue(value)
    box.setGroupSeparatorShown(False)
    return box


class RegisterBookDialog(FinanceDialog):
    FIELDS = {"book_series_invalid": "series", "receipt_books_series_format": "series",
              "book_range_invalid": "last_no", "receipt_books_range": "last_no",
              "receipt_books_no_overlap": "first_no"}

    def __init__(self, context: Any, project_id: int, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("register_book_dialog")
        self.setWindowTitle(self.tr("Register a receipt book"))
        self.project_id = project_id
        self.headline.setText(self.tr("The series and the numbers printed on the book."))
        self.series = QLineEdit()
        self.series.setObjectName("series")
        self.series.setMaxLength(10)
        self.series.setPlaceholderText(self.tr("e.g. SJ"))
        self.series.setValidator(QRegularExpressionValidator(r"[A-Za-z0-9]{0,10}"))
        self.first_no = _number("first_no", 1)
        self.last_no = _number("last_no", 50)
        self.count = QLabel()
        self.count.setProperty("muted", True)
        self.add_row("series", self.tr("Series"), self.series)
        self.add_row("first_no", self.tr("First number"), self.first_no)
        self.add_row("last_no", self.tr("Last number"), self.last_no)
        self.form.addRow("", self.count)
        self.ok_button().setText(self.tr("Register book"))
        self.series.textEdited.connect(lambda t: self.series.setText(t.upper()))
        self.first_no.valueChanged.connect(self._count)
        self.last_no.valueChanged.connect(self._count)
        self._count()

    def _count(self) -> None:
        n = self.last_no.value() - self.first_no.value() + 1
        self.count.setText(self.tr("{n} numbers").format(n=n) if n > 0 else "")

    def submit(self) -> tuple:
        from app.services import finance

        series = self.series.text().strip().upper()
        if not series:
            raise local_refusal("series", self.tr("Enter the series printed on the book."))
        engine, project = self.engine, self.project_id
        first, last = self.first_no.value(), self.last_no.value()
        return (lambda: finance.register_book(engine, project, series, first, last),
                self.done_and_close)


class IssueBookDialog(FinanceDialog):
    FIELDS = {"not_a_cashier": "cashier", "book_issue_own": "cashier"}

    def __init__(self, context: Any, book: Any, cashiers: list,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("issue_book_dialog")
        self.setWindowTitle(self.tr("Issue a receipt book"))
        self.book = book
        self.headline.setText(self.tr("Issue book {book} to a cashier.").format(
            book=book_name(book)))
        self.cashier = QComboBox()
        self.cashier.setObjectName("cashier")
        for cashier in cashiers:
            self.cashier.addItem(cashier.name, cashier.id)
        self.add_row("cashier", self.tr("Cashier"), self.cashier)
        self.ok_button().setText(self.tr("Issue book"))

    def submit(self) -> tuple:
        from app.services import finance

        cashier = self.cashier.currentData()
        if cashier is None:
            raise local_refusal("cashier", self.tr("Choose the cashier."))
        engine, book = self.engine, self.book.id
        return (lambda: finance.issue_book(engine, book, cashier)), self.done_and_close


class ReconcileBookDialog(FinanceDialog):
    FIELDS = {"receipt_books_note_length": "note"}

    def __init__(self, context: Any, book: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("reconcile_book_dialog")
        self.setWindowTitle(self.tr("Reconcile a receipt book"))
        self.book = book
        unused = max(book.left, 0)
        self.headline.setText(self.tr("Reconcile book {book}: {used} used, {voided} voided.")
                              .format(book=book_name(book), used=book.used,
                                      voided=book.voided))
        self.unused = QLabel(self.tr("{n} unused numbers ({first}–{last}) will be recorded "
                                     "voided.").format(n=unused, first=book.next_no,
                                                       last=book.last_no)
                             if unused else self.tr("Every number of the book was used."))
        self.unused.setObjectName("unused")
        self.unused.setWordWrap(True)
        self.form.addRow(self.unused)
        self.note = self.add_text("note", self.tr("Note"), self.tr("Optional"))
        self.ok_button().setText(self.tr("Reconcile"))

    def submit(self) -> tuple:
        from app.services import finance

        engine, book = self.engine, self.book.id
        note = self.note.toPlainText().strip() or None
        return (lambda: finance.reconcile_book(engine, book, note)), self.done_and_close


class CancelBookDialog(FinanceDialog):
    FIELDS = {"reason_missing": "note", "receipt_books_note_length": "note"}

    def __init__(self, context: Any, book: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("cancel_book_dialog")
        self.setWindowTitle(self.tr("Cancel a receipt book"))
        self.book = book
        self.headline.setText(self.tr("Cancel book {book}? It was never issued; it cannot be "
                                      "used afterwards.").format(book=book_name(book)))
        self.note = self.add_text("note", self.tr("Reason"),
                                  self.tr("Required: why, e.g. misprinted numbers"))
        self.ok_button().setText(self.tr("Cancel book"))

    def submit(self) -> tuple:
        from app.services import finance

        note = self.note.toPlainText().strip()
        if not note:
            raise local_refusal("note", self.tr("Write why the book is cancelled."))
        engine, book = self.engine, self.book.id
        return (lambda: finance.cancel_book(engine, book, note)), self.done_and_close
