"""What the salesperson narrows the list by: one search box (name, any digits of the phone,
or pinyin initials — the database does the searching), grade, status, salesperson (managers),
channel, the visit dates, and the order. Typing is debounced; every change emits one query."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.customer_rules import GRADES
from app.services.customers import CustomerQuery
from app.ui.customers import labels

DEBOUNCE_MS = 250
NO_DATE = QDate(2000, 1, 1)
SORTS = ("recent", "name", "next_contact", "last_contact", "grade")


def _date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setDate(NO_DATE)
    return edit


class CustomerFilterBar(QWidget):
    """Signals:
        query_changed(object): the CustomerQuery the widgets now describe.
    """

    query_changed = Signal(object)

    def __init__(self, show_staff: bool, digits_search: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import qtawesome as qta

        self.digits_search, self.show_staff = digits_search, show_staff
        self.search = QLineEdit()
        self.search.setObjectName("customer_search")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(qta.icon("fa6s.magnifying-glass", color="#6b7785"),
                              QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(300)
        self.grade, self.status = QComboBox(), QComboBox()
        self.staff, self.channel, self.sort = QComboBox(), QComboBox(), QComboBox()
        self.staff.setVisible(show_staff)
        self.visited_from, self.visited_to = _date_edit(), _date_edit()
        self.visited_label = QLabel()
        self.dash = QLabel("–")
        self.clear_button = QPushButton(qta.icon("fa6s.filter-circle-xmark"), "")
        self.clear_button.setObjectName("clear_filters")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.search, 2)
        for widget in (self.grade, self.status, self.staff, self.channel, self.sort):
            top.addWidget(widget)
        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        for widget in (self.visited_label, self.visited_from, self.dash, self.visited_to):
            bottom.addWidget(widget)
        bottom.addStretch(1)
        bottom.addWidget(self.clear_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addLayout(top)
        column.addLayout(bottom)
        self.search.textChanged.connect(self._timer.start)
        for combo in (self.grade, self.status, self.staff, self.channel, self.sort):
            combo.activated.connect(self._emit)
        for edit in (self.visited_from, self.visited_to):
            edit.dateChanged.connect(self._timer.start)
        self.clear_button.clicked.connect(self.clear)
        self._retranslate()

    # --- public -----------------------------------------------------------------------------

    def query(self) -> CustomerQuery:
        def day(edit: QDateEdit):  # noqa: ANN202
            return None if edit.date() == NO_DATE else edit.date().toPython()

        grade, status = self.grade.currentData(), self.status.currentData()
        return CustomerQuery(
            text=self.search.text().strip(), grades=(grade,) if grade else (),
            statuses=(status,) if status else (),
            staff_id=self.staff.currentData() if self.show_staff else None,
            channel_id=self.channel.currentData(), visited_from=day(self.visited_from),
            visited_to=day(self.visited_to), sort=self.sort.currentData() or "recent")

    def set_choices(self, salespeople: list, channels: list) -> None:
        self._fill(self.staff, self.tr("All consultants"), [(c.id, c.name) for c in salespeople])
        self._fill(self.channel, self.tr("All channels"), [(c.id, c.name) for c in channels])

    def clear(self) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        for combo in (self.grade, self.status, self.staff, self.channel, self.sort):
            combo.setCurrentIndex(0)
        for edit in (self.visited_from, self.visited_to):
            edit.blockSignals(True)
            edit.setDate(NO_DATE)
            edit.blockSignals(False)
        self._emit()

    # --- internals --------------------------------------------------------------------------

    def _emit(self) -> None:
        self._timer.stop()
        self.query_changed.emit(self.query())

    @staticmethod
    def _fill(combo: QComboBox, everything: str, items: list) -> None:
        current = combo.currentData()
        combo.clear()
        combo.addItem(everything, None)
        for code, text in items:
            combo.addItem(text, code)
        combo.setCurrentIndex(max(combo.findData(current), 0))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.search.setPlaceholderText(
            self.tr("Search by name, any digits of the phone, or pinyin initials (zs → 张三)")
            if self.digits_search else
            self.tr("Search by name or pinyin initials (zs → 张三)"))
        self._fill(self.grade, self.tr("All grades"),
                   [(g, self.tr("Grade {grade}").format(grade=g)) for g in GRADES])
        self._fill(self.status, self.tr("All statuses"), labels.choices(labels.STATUSES))
        names = (self.tr("Newest first"), self.tr("By name"), self.tr("By next contact"),
                 self.tr("By last contact"), self.tr("By grade"))
        current = self.sort.currentData()
        self.sort.clear()
        for code, name in zip(SORTS, names, strict=True):
            self.sort.addItem(name, code)
        self.sort.setCurrentIndex(max(self.sort.findData(current), 0))
        if self.staff.count() == 0:
            self._fill(self.staff, self.tr("All consultants"), [])
            self._fill(self.channel, self.tr("All channels"), [])
        else:
            self.staff.setItemText(0, self.tr("All consultants"))
            self.channel.setItemText(0, self.tr("All channels"))
        self.visited_label.setText(self.tr("Visited"))
        self.visited_from.setSpecialValueText(self.tr("any date"))
        self.visited_to.setSpecialValueText(self.tr("any date"))
        self.clear_button.setText(self.tr("Clear filters"))
