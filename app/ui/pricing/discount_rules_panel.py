"""The discount rules card of the 优惠设置 tab: the project's rules in stacking order, adding
and changing one (DiscountRuleDialog), 停用 / 启用, and under the table a worked example — a
¥2,000,000, 100 m² unit after all active rules in order, each step rounded as the project
rounds — computed with the same pure `apply_discounts` the deals use, so a manager sees how
the rules stack before a salesperson quotes them. Saves run off the GUI thread."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.discounts import DiscountRule, apply_discounts, discount_ratio
from app.domain.money import Rounding
from app.ui.common.tables import style_table
from app.ui.customers.field_errors import message_of
from app.ui.customers.style import repolish, set_banner
from app.ui.pricing.discount_models import RULE_COLUMNS, DiscountRuleModel, percent, yuan

EXAMPLE_LIST = Decimal("2000000")
EXAMPLE_AREA = Decimal("100")
RULE_WIDTHS = {"sort_order": 60, "code": 96, "name": 170, "kind": 110, "value": 80,
               "payment_method": 130, "active": 70}
ROW_HEIGHT = 30


class RulesPanel(QFrame):
    def __init__(self, engine: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import qtawesome as qta

        self.setObjectName("rules")
        self.setProperty("card", True)
        self._engine, self._runner = engine, runner
        self.project_id: int | None = None
        self.rounding = Rounding()
        self.rule_dialog: Any = None
        self.title, self.hint, self.count = QLabel(), QLabel(), QLabel()
        self.title.setProperty("section", True)
        self.hint.setProperty("hint", True)
        self.hint.setWordWrap(True)
        self.count.setProperty("muted", True)
        self.model = DiscountRuleModel(self)
        self.view = QTableView()
        self.view.setObjectName("rules_table")
        self.example = QLabel()
        self.example.setObjectName("example")
        self.example.setWordWrap(True)
        self.steps = QLabel()
        self.steps.setObjectName("example_steps")
        self.steps.setProperty("hint", True)
        self.steps.setWordWrap(True)
        self.banner = QLabel()
        self.banner.setObjectName("rules_banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.add_button = QPushButton(qta.icon("fa6s.plus", color="white"), "")
        self.add_button.setObjectName("add_rule")
        self.add_button.setProperty("primary", True)
        self.edit_button = QPushButton(qta.icon("fa6s.pen", color="#44505e"), "")
        self.edit_button.setObjectName("edit_rule")
        self.toggle_button = QPushButton(qta.icon("fa6s.power-off", color="#44505e"), "")
        self.toggle_button.setObjectName("toggle_rule")
        self._build()
        self.add_button.clicked.connect(self.add_rule)
        self.edit_button.clicked.connect(self.edit_rule)
        self.toggle_button.clicked.connect(self.toggle_rule)
        self.view.doubleClicked.connect(lambda _index: self.edit_rule())
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._retranslate()

    def _build(self) -> None:
        view = self.view
        view.setModel(self.model)
        style_table(view, [RULE_WIDTHS[name] for name in RULE_COLUMNS],
                    stretch=[RULE_COLUMNS.index("name")], row_height=ROW_HEIGHT)
        view.setMinimumHeight(190)
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(self.title)
        head.addWidget(self.count)
        head.addStretch(1)
        for button in (self.toggle_button, self.edit_button, self.add_button):
            head.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addWidget(self.hint)
        layout.addWidget(view, 1)
        layout.addWidget(self.example)
        layout.addWidget(self.steps)
        layout.addWidget(self.banner)

    # --- public -----------------------------------------------------------------------------

    def set_rules(self, rules: list, select: str | None = None) -> None:
        current = self.selected_rule()
        wanted = select if select is not None else (current.code if current else None)
        self.model.set_rows(rules)
        self._show_count()
        row = self.model.row_of(wanted) if wanted is not None else None
        if row is not None:
            self.view.selectRow(row)
        self._show_example()

    def clear_message(self) -> None:
        set_banner(self.banner, "ok", "")

    def reload(self, select: str | None = None, message: str = "") -> None:
        from app.services.discount_settings import rules

        engine, project_id = self._engine, self.project_id

        def done(rows: list) -> None:
            self.set_rules(rows, select)
            set_banner(self.banner, "ok", message)

        self._runner.run(f"discounts-rules-{id(self)}", lambda: rules(engine, project_id),
                         done, lambda error: set_banner(self.banner, "error",
                                                        message_of(error)))

    def selected_rule(self) -> Any | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_rule(self, code: str) -> None:
        row = self.model.row_of(code)
        if row is not None:
            self.view.selectRow(row)

    def add_rule(self) -> None:
        rules = self.model.rows()
        self._open_dialog(None, max((r.sort_order for r in rules), default=0) + 1)

    def edit_rule(self) -> None:
        rule = self.selected_rule()
        if rule is not None:
            self._open_dialog(rule, rule.sort_order)

    def toggle_rule(self) -> None:
        """停用 / 启用 the selected rule; deals keep the discounts they were agreed with."""
        rule = self.selected_rule()
        if rule is not None:
            self._save(replace(rule, active=not rule.active))

    def example_breakdown(self) -> Any:
        """The active rules on the example unit, as the deals will apply them."""
        rules = [DiscountRule(r.code, r.name, r.kind, r.value, r.sort_order)
                 for r in self.model.active_rules()]
        return apply_discounts(EXAMPLE_LIST, EXAMPLE_AREA, rules, self.rounding)

    # --- saving -----------------------------------------------------------------------------

    def _open_dialog(self, rule: Any, next_order: int) -> None:
        from app.ui.pricing.discount_rule_dialog import DiscountRuleDialog

        if self.project_id is None:
            return
        dialog = DiscountRuleDialog(rule, {r.code for r in self.model.rows()}, next_order, self)
        dialog.submitted.connect(lambda: self._save_from(dialog))
        self.rule_dialog = dialog
        dialog.open()

    def _save_from(self, dialog: Any) -> None:
        from app.ui.common.errors import is_user_error

        try:
            setting = dialog.setting()
        except Exception as error:
            if not is_user_error(error):
                raise
            dialog.failed(error)
            return
        self._save(setting, dialog)

    def _save(self, setting: Any, dialog: Any = None) -> None:
        from app.services.discount_settings import save_rule

        engine, project_id = self._engine, self.project_id
        self.toggle_button.setEnabled(False)
        if setting.active:
            message = self.tr("Saved “{name}”.").format(name=setting.name)
        else:
            message = self.tr("“{name}” is no longer offered; deals agreed with it keep "
                              "their price.").format(name=setting.name)

        def done(_rule_id: int) -> None:
            if dialog is not None:
                dialog.succeeded()
            self.reload(select=setting.code, message=message)

        def failed(error: BaseException) -> None:
            self._update_buttons()
            if dialog is not None:
                dialog.failed(error)
            else:
                set_banner(self.banner, "error", message_of(error))

        self._runner.run(f"discounts-save-rule-{id(self)}",
                         lambda: save_rule(engine, project_id, setting), done, failed)

    # --- showing ----------------------------------------------------------------------------

    def _show_count(self) -> None:
        self.count.setText(self.tr("{active} active of {n}").format(
            active=len(self.model.active_rules()), n=self.model.rowCount()))

    def _show_example(self) -> None:
        from app.domain.errors import ValidationError

        active = self.model.active_rules()
        self.example.setProperty("failed", False)
        self.steps.clear()
        if not active:
            self.example.setText(self.tr("No rule is active: the deal price is the list "
                                         "price."))
        else:
            try:
                breakdown = self.example_breakdown()
            except ValidationError as error:
                from app.services.errors import from_validation

                self.example.setProperty("failed", True)
                self.example.setText(message_of(from_validation(error)))
            else:
                self.example.setText(self.tr(
                    "Example: {list} list ({area} m²) → after all {n} active rules in order "
                    "→ {deal} ({percent} of list)").format(
                    list=yuan(EXAMPLE_LIST), area=EXAMPLE_AREA, n=len(active),
                    deal=yuan(breakdown.deal_total),
                    percent=percent(discount_ratio(breakdown))))
                self.steps.setText(" → ".join(
                    [yuan(breakdown.list_total)]
                    + [f"{step.rule.name} {yuan(step.after)}" for step in breakdown.steps]))
        repolish(self.example)

    def _update_buttons(self) -> None:
        rule = self.selected_rule()
        busy = self._runner.is_busy(f"discounts-save-rule-{id(self)}")
        self.edit_button.setEnabled(rule is not None)
        self.toggle_button.setEnabled(rule is not None and not busy)
        self.toggle_button.setText(self.tr("Activate") if rule is not None and not rule.active
                                   else self.tr("Deactivate"))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Discount rules"))
        self.hint.setText(self.tr("Applied in this order, each on the price the one before "
                                  "left. A rule for one payment method applies only to deals "
                                  "paid that way."))
        self.add_button.setText(self.tr("New rule…"))
        self.edit_button.setText(self.tr("Change…"))
        self._update_buttons()
        if self.model.rowCount():
            self._show_count()
            self._show_example()
