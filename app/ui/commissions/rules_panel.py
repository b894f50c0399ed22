"""The managers' commission rules editor: the project's rules (rate per salesperson or agency,
date range, active) and a form to add one or change the selected one. Reads and saves run off
the GUI thread through the runner; the database refuses a bad rate, an overlap or a role that
may not, and the refusal shows under the form."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.commissions import AGENCY, STAFF, CommissionRule, RuleInput
from app.ui.commissions.models import RuleModel
from app.ui.common.errors import describe_error
from app.ui.pricing.style import TABLE_CSS

HUNDRED = Decimal(100)


def _qdate(day: dt.date | None) -> QDate:
    day = day or dt.date.today()
    return QDate(day.year, day.month, day.day)


class RulesPanel(QGroupBox):
    """Signals: saved(int): a rule was saved (its id); the statements may have changed."""

    saved = Signal(int)

    def __init__(self, engine: Any, runner: Any, exclude_staff_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._exclude = exclude_staff_id        # nobody but an admin sets their own rate
        self.setObjectName("commission_rules")
        self.setTitle(self.tr("Commission rules"))
        self._engine, self._runner = engine, runner
        self.project_id: int | None = None
        self.rule_id: int | None = None
        self.model = RuleModel(self)
        self.table = QTableView()
        self.table.setObjectName("commission_rules_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setStyleSheet(TABLE_CSS)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.edit(self.model.rule_at(current.row())))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Salesperson"), STAFF)
        self.kind.addItem(self.tr("Agency"), AGENCY)
        self.staff = QComboBox()
        self.agency = QComboBox()
        self.agency.setEditable(True)
        self.agency.lineEdit().setPlaceholderText(self.tr("Agency name"))
        self.rate = QDoubleSpinBox()
        self.rate.setRange(0.01, 10.0)
        self.rate.setDecimals(2)
        self.rate.setSingleStep(0.1)
        self.rate.setSuffix(" %")
        self.rate.setValue(1.0)
        self.has_from, self.has_to = QCheckBox(self.tr("From")), QCheckBox(self.tr("Until"))
        self.valid_from, self.valid_to = QDateEdit(), QDateEdit()
        for check, edit in ((self.has_from, self.valid_from), (self.has_to, self.valid_to)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(_qdate(None))
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
        self.active = QCheckBox(self.tr("Active"))
        self.active.setChecked(True)
        self.new_button = QPushButton(self.tr("New rule"))
        self.save_button = QPushButton(self.tr("Save rule"))
        self.save_button.setDefault(True)
        self.message = QLabel()
        self.message.setObjectName("commission_rules_message")
        self.message.setWordWrap(True)
        self.kind.currentIndexChanged.connect(self._show_payee)
        self.new_button.clicked.connect(self.new_rule)
        self.save_button.clicked.connect(self.save)
        self._build()
        self._show_payee()

    def _build(self) -> None:
        form = QGridLayout()
        form.addWidget(QLabel(self.tr("Payee")), 0, 0)
        form.addWidget(self.kind, 0, 1)
        form.addWidget(self.staff, 0, 2)
        form.addWidget(self.agency, 0, 2)
        form.addWidget(QLabel(self.tr("Rate")), 1, 0)
        form.addWidget(self.rate, 1, 1)
        form.addWidget(self.active, 1, 2)
        form.addWidget(self.has_from, 2, 0)
        form.addWidget(self.valid_from, 2, 1)
        form.addWidget(self.has_to, 3, 0)
        form.addWidget(self.valid_to, 3, 1)
        form.setColumnStretch(2, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def _key(self, what: str) -> str:
        return f"commission-rules-{what}-{id(self)}"

    def is_loading(self) -> bool:
        return self._runner.is_busy(self._key("load"))

    def _show_payee(self) -> None:
        staff = self.kind.currentData() == STAFF
        self.staff.setVisible(staff)
        self.agency.setVisible(not staff)

    def say(self, text: str, error: bool = False) -> None:
        self.message.setProperty("error", error)
        self.message.setStyleSheet("color: #c62828;" if error else "color: #2e7d32;")
        self.message.setText(text)

    # --- loading --------------------------------------------------------------------------

    def load(self, project_id: int, select: int | None = None) -> None:
        from app.services import commissions

        self.project_id = project_id
        engine = self._engine

        def read() -> tuple[list, list, list]:
            return (commissions.rules(engine, project_id), commissions.salespeople(engine),
                    commissions.agencies(engine))

        self._runner.run(self._key("load"), read, lambda data: self._loaded(*data, select),
                         lambda error: self.say(describe_error(error), True))

    def _loaded(self, rules: list[CommissionRule], people: list, agencies: list[str],
                select: int | None) -> None:
        self.staff.clear()
        for person in people:
            if person.staff_id != self._exclude:
                self.staff.addItem(person.name, person.staff_id)
        typed = self.agency.currentText()
        self.agency.clear()
        self.agency.addItems(agencies)
        self.agency.setEditText(typed)
        self.model.set_rows(rules)
        rows = [i for i, r in enumerate(rules) if r.rule_id == select]
        if rows:
            self.table.selectRow(rows[0])
        else:
            self.new_rule()

    # --- the form -------------------------------------------------------------------------

    def new_rule(self) -> None:
        self.rule_id = None
        self.table.clearSelection()
        for widget in (self.kind, self.staff, self.agency):
            widget.setEnabled(True)
        self.active.setChecked(True)
        self.has_from.setChecked(False)
        self.has_to.setChecked(False)

    def edit(self, rule: CommissionRule | None) -> None:
        """Fill the form with `rule`; its payee stays (a new payee is a new rule)."""
        if rule is None:
            return
        self.rule_id = rule.rule_id
        self.kind.setCurrentIndex(self.kind.findData(rule.payee.kind))
        if rule.payee.kind == STAFF:
            self.staff.setCurrentIndex(max(0, self.staff.findData(rule.payee.staff_id)))
        else:
            self.agency.setEditText(rule.payee.name)
        for widget in (self.kind, self.staff, self.agency):
            widget.setEnabled(False)
        self.rate.setValue(float(rule.rate * HUNDRED))
        self.has_from.setChecked(rule.valid_from is not None)
        self.valid_from.setDate(_qdate(rule.valid_from))
        self.has_to.setChecked(rule.valid_to is not None)
        self.valid_to.setDate(_qdate(rule.valid_to))
        self.active.setChecked(rule.active)

    def rule_input(self) -> RuleInput | None:
        if self.project_id is None:
            return None
        staff = self.kind.currentData() == STAFF
        return RuleInput(
            self.project_id, Decimal(f"{self.rate.value():.2f}") / HUNDRED,
            staff_id=self.staff.currentData() if staff else None,
            agency=None if staff else self.agency.currentText(),
            valid_from=self.valid_from.date().toPython() if self.has_from.isChecked() else None,
            valid_to=self.valid_to.date().toPython() if self.has_to.isChecked() else None,
            active=self.active.isChecked(), rule_id=self.rule_id)

    def save(self) -> None:
        from app.services import commissions

        rule = self.rule_input()
        if rule is None:
            return
        engine, project_id = self._engine, rule.project_id
        self.save_button.setEnabled(False)
        self.say("")

        def done(rule_id: int) -> None:
            self.save_button.setEnabled(True)
            self.say(self.tr("Saved. The statements follow the new rule."))
            self.load(project_id, select=rule_id)
            self.saved.emit(rule_id)

        def failed(error: BaseException) -> None:
            self.save_button.setEnabled(True)
            self.say(describe_error(error), True)

        self._runner.run(self._key("save"), lambda: commissions.set_rule(engine, rule),
                         done, failed)
