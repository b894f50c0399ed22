"""票据本: the project's receipt books — series and numbers, the next number, how many are
left, used and voided, the state and the cashier holding it. Finance and administrators
register, issue (领用), take back (交回), reconcile (核销) and cancel books; executives read."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.ui.customers.field_errors import message_of
from app.ui.customers.style import SCREEN_CSS, set_banner
from app.ui.finance import book_dialogs, columns
from app.ui.finance.events import finance_changed, finance_events
from app.ui.finance.table import RecordModel, make_view, select_where, selected_row


class BooksTab(QWidget):
    def __init__(self, context: Any, editor: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import qtawesome as qta

        self.context = context
        self._engine, self._runner = context.login.engine, context.runner
        self._key = f"finance-books-{id(self)}"
        self.editor = editor
        self.project_id: int | None = None
        self.cashiers: list = []
        self.dialog: Any = None
        self.confirm_box: QMessageBox | None = None
        self.note = QLabel()
        self.note.setProperty("muted", True)
        self.note.setWordWrap(True)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.model = RecordModel(columns.BOOKS, self,
                                 muted=lambda b: b.status in ("reconciled", "cancelled"))
        self.view = make_view(self.model, "books_table")
        self.buttons = {name: QPushButton(qta.icon(icon), "") for name, icon in (
            ("register", "fa6s.plus"), ("issue", "fa6s.hand-holding"),
            ("return", "fa6s.arrow-rotate-left"), ("reconcile", "fa6s.list-check"),
            ("cancel", "fa6s.ban"))}
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.note, 1)
        for name, button in self.buttons.items():
            button.setObjectName(f"book_{name}_button")
            button.setVisible(editor)
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        self.view.selectionModel().selectionChanged.connect(self._enable)
        self.buttons["register"].clicked.connect(self.open_register)
        self.buttons["issue"].clicked.connect(self.open_issue)
        self.buttons["return"].clicked.connect(self.hand_back)
        self.buttons["reconcile"].clicked.connect(self.open_reconcile)
        self.buttons["cancel"].clicked.connect(self.open_cancel)
        finance_events().changed.connect(self._on_changed)
        self._retranslate()

    # --- public -----------------------------------------------------------------------------

    def set_project(self, project_id: int | None) -> None:
        self.project_id = project_id
        self.reload()

    def set_cashiers(self, cashiers: list) -> None:
        self.cashiers = list(cashiers)

    def reload(self) -> None:
        from app.services import finance

        if self.project_id is None:
            return
        engine, project = self._engine, self.project_id
        self._runner.run(self._key, lambda: finance.books(engine, project), self._on_books,
                         self._failed)

    def is_loading(self) -> bool:
        return self._runner.is_busy(self._key) or self._runner.is_busy(f"{self._key}-return")

    def select_book(self, book_id: int) -> bool:
        return select_where(self.view, lambda b: b.id == book_id)

    def open_register(self) -> Any:
        if self.project_id is None:
            return None
        return self._open(book_dialogs.RegisterBookDialog(self.context, self.project_id,
                                                          self.window()),
                          lambda _id: self.tr("Book registered."))

    def open_issue(self) -> Any:
        book = selected_row(self.view)
        if book is None:
            return None
        return self._open(book_dialogs.IssueBookDialog(self.context, book, self.cashiers,
                                                       self.window()),
                          lambda _v: self.tr("Book {book} issued.").format(
                              book=book_dialogs.book_name(book)))

    def open_reconcile(self) -> Any:
        book = selected_row(self.view)
        if book is None:
            return None
        return self._open(book_dialogs.ReconcileBookDialog(self.context, book, self.window()),
                          lambda n: self.tr("Book {book} reconciled: {n} unused numbers "
                                            "voided.").format(
                              book=book_dialogs.book_name(book), n=n))

    def open_cancel(self) -> Any:
        book = selected_row(self.view)
        if book is None:
            return None
        return self._open(book_dialogs.CancelBookDialog(self.context, book, self.window()),
                          lambda _v: self.tr("Book {book} cancelled.").format(
                              book=book_dialogs.book_name(book)))

    def hand_back(self) -> None:
        book = selected_row(self.view)
        if book is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Hand back"),
                          self.tr("Take book {book} back from {cashier}? Its {n} unused "
                                  "numbers stay unused until it is reconciled.").format(
                              book=book_dialogs.book_name(book), cashier=book.cashier_name,
                              n=book.left),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self.window())
        for standard, text in ((QMessageBox.StandardButton.Yes, self.tr("Hand back")),
                               (QMessageBox.StandardButton.Cancel, self.tr("Cancel"))):
            box.button(standard).setText(text)
            box.button(standard).setIcon(QIcon())
        box.setStyleSheet(SCREEN_CSS)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.buttonClicked.connect(lambda button: self._return(book) if box.standardButton(
            button) == QMessageBox.StandardButton.Yes else None)
        self.confirm_box = box
        box.open()

    # --- reactions --------------------------------------------------------------------------

    def _return(self, book: Any) -> None:
        from app.services import finance

        engine = self._engine

        def done(_v: Any) -> None:
            set_banner(self.banner, "ok", self.tr("Book {book} handed back.").format(
                book=book_dialogs.book_name(book)))
            finance_changed()

        self._runner.run(f"{self._key}-return", lambda: finance.return_book(engine, book.id),
                         done, self._failed)

    def _open(self, dialog: Any, text: Any) -> Any:
        set_banner(self.banner, "ok", "")
        dialog.saved.connect(lambda value: set_banner(self.banner, "ok", text(value)))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_books(self, books: list) -> None:
        chosen = selected_row(self.view)
        self.model.set_rows(books)
        if chosen is not None:
            self.select_book(chosen.id)
        self._enable()

    def _on_changed(self, _ids: Any) -> None:
        self.reload()

    def _failed(self, error: BaseException) -> None:
        set_banner(self.banner, "error", message_of(error))

    def _enable(self) -> None:
        status = getattr(selected_row(self.view), "status", None)
        for name, wanted in (("issue", "registered"), ("return", "issued"),
                             ("reconcile", "returned"), ("cancel", "registered")):
            self.buttons[name].setEnabled(status == wanted)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.note.setText(self.tr("Numbers are used in order and never skipped: a spoiled "
                                  "receipt is voided, a book is reconciled when handed back."))
        for name, text in (("register", self.tr("Register…")), ("issue", self.tr("Issue…")),
                           ("return", self.tr("Hand back…")),
                           ("reconcile", self.tr("Reconcile…")),
                           ("cancel", self.tr("Cancel book…"))):
            self.buttons[name].setText(text)
        self.model.retranslate()
        self._enable()
