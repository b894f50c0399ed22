"""The buyers of a contract (共有人): one or more co-owners, each with name, ID document type
and number, phone and, optionally, their share (产权份额, %). The ID number is checked with
the national rules (GB 11643 check digit…) and the phone with the numbering plan while typing:
a field's error appears when the user leaves it and disappears as soon as it is corrected;
submitting checks everything and puts the cursor on the first wrong field."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ValidationError
from app.domain.identity import normalize_id
from app.domain.phones import format_phone_display, normalize_phone
from app.ui.customers import labels as customer_labels
from app.ui.customers.style import repolish
from app.ui.deals.sale_form import local_refusal

MAX_BUYERS = 10


def _message(error: ValidationError) -> str:
    from app.services.errors import from_validation
    from app.ui.common.errors import user_message

    return user_message(from_validation(error))


class BuyerRow(QObject):
    """One co-owner's fields (placed in the editor's grid), with the error line under them."""

    removed = Signal(object)
    edited = Signal()

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number_label = QLabel()
        self.name = QLineEdit()
        self.name.setMaxLength(100)
        self.id_type = QComboBox()
        for code, text in customer_labels.choices(customer_labels.ID_TYPES):
            self.id_type.addItem(text, code)
        self.id_number = QLineEdit()
        self.id_number.setMaxLength(40)
        self.id_number.setMinimumWidth(170)
        self.phone = QLineEdit()
        self.phone.setMaxLength(30)
        self.share = QLineEdit()
        self.share.setMaximumWidth(64)
        self.share.setPlaceholderText(self.tr("optional"))
        self.remove = QPushButton("×")
        self.remove.setFixedWidth(28)
        self.remove.setToolTip(self.tr("Remove this buyer"))
        self.error = QLabel()
        self.error.setProperty("field_error", True)
        self.error.setWordWrap(True)
        self.error.hide()
        for name, widget in (("name", self.name), ("id_number", self.id_number),
                             ("phone", self.phone), ("share", self.share)):
            widget.setObjectName(f"buyer_{name}")
        self.id_type.setObjectName("buyer_id_type")
        self.fields = (self.number_label, self.name, self.id_type, self.id_number, self.phone,
                       self.share, self.remove)
        self._shown: set[QWidget] = set()   # fields whose error is on show (punish late)
        self._errors: dict[QWidget, str] = {}
        for edit in (self.name, self.id_number, self.phone, self.share):
            edit.textChanged.connect(lambda _t, e=edit: self._on_typed(e))
            edit.editingFinished.connect(lambda e=edit: self._reveal(e))
        self.id_type.currentIndexChanged.connect(lambda _i: self._on_typed(self.id_number))
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        self.set_number(number)

    def place(self, grid: QGridLayout, row: int) -> None:
        for widget in (*self.fields, self.error):
            grid.removeWidget(widget)       # (no-op the first time)
        for column, widget in enumerate(self.fields):
            grid.addWidget(widget, row, column)
        grid.addWidget(self.error, row + 1, 1, 1, len(self.fields) - 1)

    def dispose(self, grid: QGridLayout) -> None:
        for widget in (*self.fields, self.error):
            grid.removeWidget(widget)
            widget.deleteLater()
        self.deleteLater()

    def set_number(self, number: int) -> None:
        self.number = number
        self.number_label.setText(f"{number}.")

    def fill(self, name: str, id_type: str | None, id_number: str | None,
             phone: str | None, share: Decimal | None = None) -> None:
        self.name.setText(name)
        self.id_type.setCurrentIndex(max(0, self.id_type.findData(id_type or "resident_id")))
        self.id_number.setText(id_number or "")
        self.phone.setText(format_phone_display(phone) if phone and phone.startswith("+")
                           else phone or "")
        self.share.setText("" if share is None else f"{share.normalize():f}")

    # --- checking ---------------------------------------------------------------------------

    def check(self) -> dict[QWidget, str]:
        """Every field's problem (empty when the row is fine)."""
        errors: dict[QWidget, str] = {}
        if not self.name.text().strip():
            errors[self.name] = self.tr("Enter the buyer's name.")
        try:
            normalize_id(self.id_type.currentData(), self.id_number.text())
        except ValidationError as error:
            errors[self.id_number] = _message(error)
        if self.phone.text().strip():
            try:
                normalize_phone(self.phone.text())
            except ValidationError as error:
                errors[self.phone] = _message(error)
        if self.share.text().strip() and self.share_value() is None:
            errors[self.share] = self.tr("A share is a percentage above 0 and up to 100.")
        return errors

    def share_value(self) -> Decimal | None:
        text = self.share.text().strip().rstrip("%")
        try:
            value = Decimal(text)
        except InvalidOperation:
            return None
        ok = 0 < value <= 100 and value == value.quantize(Decimal("0.01"))
        return value if ok else None

    def reveal_all(self) -> QWidget | None:
        """Show every problem; the first wrong field (or None)."""
        self._errors = self.check()
        self._shown = set(self._errors)
        self._paint()
        order = (self.name, self.id_number, self.phone, self.share)
        return next((w for w in order if w in self._errors), None)

    def problem(self, field: QWidget) -> str:
        return self._errors.get(field, "")

    def buyer(self) -> Any:
        from app.services.deals import Buyer

        phone = self.phone.text().strip()
        return Buyer(self.name.text().strip(), self.id_type.currentData(),
                     normalize_id(self.id_type.currentData(), self.id_number.text()),
                     normalize_phone(phone) if phone else None, self.share_value())

    def error_text(self) -> str:
        return "" if self.error.isHidden() else self.error.text()

    def _on_typed(self, _edit: QWidget) -> None:
        self._errors = self.check()
        self._paint()
        self.edited.emit()

    def _reveal(self, edit: QLineEdit) -> None:
        if edit.property("touched") is None and not edit.text().strip():
            return   # tabbing through an empty field is not an error yet
        edit.setProperty("touched", True)
        self._shown.add(edit)
        self._errors = self.check()
        self._paint()

    def _paint(self) -> None:
        messages = []
        for edit in (self.name, self.id_number, self.phone, self.share):
            bad = edit in self._errors and edit in self._shown
            if bool(edit.property("invalid")) != bad:
                edit.setProperty("invalid", bad)
                repolish(edit)
            if bad:
                messages.append(self._errors[edit])
        self.error.setText("\n".join(messages))
        self.error.setVisible(bool(messages))


class BuyersEditor(QWidget):
    """Signals:
        changed(): a buyer was added, removed or edited.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("buyers_editor")
        self.rows: list[BuyerRow] = []
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(3)
        for column, stretch in ((1, 2), (3, 3), (4, 2)):
            self.grid.setColumnStretch(column, stretch)
        headers = ("", self.tr("Name"), self.tr("ID document"), self.tr("ID number"),
                   self.tr("Phone"), self.tr("Share %"))
        for column, text in enumerate(headers):
            label = QLabel(text)
            label.setProperty("muted", True)
            self.grid.addWidget(label, 0, column)
        self.add_button = QPushButton(self.tr("Add co-owner"))
        self.add_button.setObjectName("add_buyer")
        self.add_button.clicked.connect(lambda: self.add_row().name.setFocus())
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addLayout(bottom)
        self.add_row()

    def add_row(self) -> BuyerRow:
        row = BuyerRow(len(self.rows) + 1, self)
        row.removed.connect(self.remove_row)
        row.edited.connect(self.changed)
        row.place(self.grid, 1 + 2 * len(self.rows))
        self.rows.append(row)
        self._update()
        return row

    def remove_row(self, row: BuyerRow) -> None:
        if len(self.rows) <= 1:
            return
        self.rows.remove(row)
        row.dispose(self.grid)
        for number, other in enumerate(self.rows, start=1):
            other.set_number(number)
            other.place(self.grid, 2 * number - 1)
        self._update()

    def set_buyers(self, people: Sequence[tuple]) -> None:
        """(name, id_type, id_number, phone[, share]) per buyer."""
        while len(self.rows) > 1:
            self.remove_row(self.rows[-1])
        for index, person in enumerate(people):
            row = self.rows[0] if index == 0 else self.add_row()
            row.fill(*person)

    def buyers(self) -> list:
        """The buyers, checked; a refusal at the first wrong field otherwise."""
        for row in self.rows:
            field = row.reveal_all()
            if field is not None:
                self.setFocusProxy(field)
                raise local_refusal("buyers", self.tr("Buyer {number}: {problem}").format(
                    number=row.number, problem=row.problem(field)))
        shares = [row.share_value() for row in self.rows]
        given = [s for s in shares if s is not None]
        if given and (len(given) != len(shares) or sum(given) != 100):
            self.setFocusProxy(self.rows[0].share)
            raise local_refusal("buyers", self.tr(
                "Give every buyer's share, together 100%, or none (now {sum}%).").format(
                    sum=f"{sum(given, Decimal(0)).normalize():f}"))
        return [row.buyer() for row in self.rows]

    def _update(self) -> None:
        self.add_button.setEnabled(len(self.rows) < MAX_BUYERS)
        for row in self.rows:
            row.remove.setVisible(len(self.rows) > 1)
        self.changed.emit()
