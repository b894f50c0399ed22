"""One editor tab (价格方案 or 调价): the editor, 试算 — the trial runs off the GUI thread and
fills the PriceChangeModel, with a summary line; the trial reads as a table or as 价格图, the
sales control chart coloured by the new unit price — and 提交审批, which names the plan and
submits exactly the prices that were tried. Typing after a trial makes it out of date: it
must be tried again before it can be submitted.

Signals:
    submitted(int): a plan was submitted for approval (its id).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.money import format_wan
from app.ui.common.errors import is_user_error
from app.ui.customers.field_errors import FieldErrors
from app.ui.customers.style import set_banner
from app.ui.pricing.change_model import COLUMNS, PriceChangeModel, TrialSummary, signed_percent
from app.ui.pricing.price_map_panel import PriceMapPanel
from app.ui.pricing.style import DOWN, TABLE_CSS, UP

WIDTHS = {"code": 96, "floor": 48, "layout": 108, "old_unit_price": 96,
          "new_unit_price": 96, "old_total": 120, "new_total": 120, "change": 168}
ROW_HEIGHT = 30
VIEW_KEY = "pricing/trial_view"          # "table" or "map", as the user last chose
TABLE, MAP = "table", "map"
TOGGLE_CSS = """
QToolButton { border: 1px solid #cbd3dc; background: white; color: #44505e;
    padding: 4px 12px; }
QToolButton#show_table { border-top-left-radius: 4px; border-bottom-left-radius: 4px; }
QToolButton#show_map { border-left: none; border-top-right-radius: 4px;
    border-bottom-right-radius: 4px; }
QToolButton:checked { background: #e8f0fa; color: #1f3a5f; font-weight: 600; }
QToolButton:hover:!checked { background: #f4f6f9; }
QToolButton:disabled { color: #9aa5b1; }
"""


def guarded(trial: Callable[[], list]) -> Callable[[], list]:
    """The trial as run on the pool thread: a rule the plan breaks on some unit (no base
    price for its layout, a floor coefficient not above zero) comes back as the UserError
    that names the field."""
    def run() -> list:
        from app.domain.errors import ValidationError
        from app.services.errors import from_validation

        try:
            return trial()
        except ValidationError as error:
            raise from_validation(error) from error

    return run


def wan_change(delta: Decimal) -> str:
    return ("+" if delta >= 0 else "−") + format_wan(abs(delta))


class TrialTab(QWidget):
    submitted = Signal(int)

    def __init__(self, editor: Any, engine: Any, runner: Any,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import qtawesome as qta

        self.setObjectName(f"{editor.kind}_tab")
        self.editor = editor
        self._engine, self._runner = engine, runner
        self._key = f"pricing-trial-{editor.kind}-{id(self)}"
        self.project: Any = None
        self.tried: Any = None        # the definition whose trial is shown, while current
        self.name_dialog: Any = None
        self.model = PriceChangeModel(self)
        self.view = QTableView()
        self.view.setObjectName(f"{editor.kind}_changes")
        self.placeholder = QLabel()
        self.placeholder.setProperty("muted", True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.price_map = PriceMapPanel()
        self.table_button = self._toggle_button("show_table", qta.icon("fa6s.table-list",
                                                                      color="#44505e"))
        self.map_button = self._toggle_button("show_map", qta.icon("fa6s.table-cells",
                                                                  color="#44505e"))
        self.view_toggle = QWidget()
        self.view_toggle.setObjectName("view_toggle")
        self.view_toggle.setStyleSheet(TOGGLE_CSS)
        self.views = QButtonGroup(self)
        self.views.addButton(self.table_button)
        self.views.addButton(self.map_button)
        shown = QSettings().value(VIEW_KEY, TABLE)
        (self.map_button if shown == MAP else self.table_button).setChecked(True)
        self.stack = QStackedWidget()
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.errors = FieldErrors(self.banner)
        editor.register_errors(self.errors)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.trial_button = QPushButton(qta.icon("fa6s.calculator", color="white"), "")
        self.trial_button.setObjectName("trial")
        self.trial_button.setProperty("primary", True)
        self.submit_button = QPushButton(qta.icon("fa6s.paper-plane", color="#2f6db5"), "")
        self.submit_button.setObjectName("submit")
        self._build()
        editor.edited.connect(self._on_edited)
        self.trial_button.clicked.connect(self.run_trial)
        self.submit_button.clicked.connect(self.submit)
        self.views.buttonClicked.connect(self._on_view_chosen)
        self._retranslate()
        self._update_buttons()

    def _build(self) -> None:
        view = self.view
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setShowGrid(False)
        view.setSortingEnabled(True)
        view.verticalHeader().hide()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        view.horizontalHeader().setHighlightSections(False)
        view.horizontalHeader().setSortIndicatorShown(False)   # until the user sorts
        view.horizontalHeader().sectionClicked.connect(self._on_sorted)
        for column, name in enumerate(COLUMNS):
            view.setColumnWidth(column, WIDTHS[name])
        view.horizontalHeader().setStretchLastSection(True)
        view.setStyleSheet(TABLE_CSS)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(view)
        self.stack.addWidget(self.price_map)
        self.placeholder.setStyleSheet("QLabel { background: white; border: 1px dashed "
                                       "#cbd3dc; border-radius: 6px; padding: 24px; }")
        actions = QHBoxLayout()
        actions.setSpacing(8)
        for widget in self.editor.scope_widgets():
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.trial_button)
        actions.addWidget(self.submit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.banner)
        layout.addWidget(self.editor)
        layout.addLayout(actions)
        toggle = QHBoxLayout(self.view_toggle)
        toggle.setContentsMargins(0, 0, 0, 0)
        toggle.setSpacing(0)
        toggle.addWidget(self.table_button)
        toggle.addWidget(self.map_button)
        summary_row = QHBoxLayout()
        summary_row.setSpacing(8)
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.view_toggle, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(summary_row)
        layout.addWidget(self.stack, 1)

    @staticmethod
    def _toggle_button(name: str, icon: Any) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setIcon(icon)
        button.setCheckable(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    # --- public -----------------------------------------------------------------------------

    def set_project(self, project: Any) -> None:
        self._runner.cancel(self._key)
        self.project = project
        self.editor.set_project(project)
        self.tried = None
        self.model.clear()
        self.price_map.clear()
        self.errors.clear()
        set_banner(self.banner, "ok", "")
        self._show_summary()
        self._update_buttons()

    def run_trial(self) -> None:
        """试算: read the editor (a bad value is shown at its field and nothing runs), then
        compute the new prices off the GUI thread."""
        if self.project is None:
            return
        self.errors.clear()
        set_banner(self.banner, "ok", "")
        try:
            definition = self.editor.definition(self.project)
        except Exception as error:
            if not is_user_error(error):
                raise
            self.errors.show(error)
            return
        trial = self.editor.trial_function(self._engine, self.project.project_id, definition)
        self.trial_button.setEnabled(False)
        self.summary.setText(self.tr("Trying the prices…"))
        self._runner.run(self._key, guarded(trial),
                         lambda changes: self._on_trial(definition, changes),
                         self._on_trial_failed)

    def is_running(self) -> bool:
        return self._runner.is_busy(self._key)

    def submit(self) -> None:
        """提交审批: name the plan; the dialog submits the prices tried."""
        from app.ui.pricing.name_dialog import PlanNameDialog

        if self.tried is None:
            return
        summary = self.model.summary()
        dialog = PlanNameDialog(self.editor.suggested_name(self.tried), summary.changed,
                                summary.skipped, self)
        dialog.submitted.connect(lambda: self._submit(dialog))
        self.name_dialog = dialog
        dialog.open()

    def show_map(self, shown: bool = True) -> None:
        """Show the trial as 价格图 (True) or as the table (False)."""
        (self.map_button if shown else self.table_button).setChecked(True)
        self._on_view_chosen()

    def map_shown(self) -> bool:
        return self.map_button.isChecked()

    def mark_stale(self) -> None:
        """List prices changed elsewhere (a plan was approved): try again before submitting."""
        if self.model.rowCount():
            self._on_edited()

    # --- reactions --------------------------------------------------------------------------

    def _on_sorted(self, _section: int) -> None:
        self.view.horizontalHeader().setSortIndicatorShown(True)

    def _on_view_chosen(self, _button: Any = None) -> None:
        QSettings().setValue(VIEW_KEY, MAP if self.map_shown() else TABLE)
        self._update_buttons()

    def _on_trial(self, definition: Any, changes: list) -> None:
        per_unit = str(self.project.settings.basis) == "whole_unit"
        self.model.set_changes(changes, self.project.units, per_unit)
        self.price_map.set_trial(changes, self.project.units, self.project.buildings,
                                 per_unit)
        header = self.view.horizontalHeader()
        if header.isSortIndicatorShown():   # keep the order the user chose
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.tried = definition
        self._show_summary()
        self._update_buttons()

    def _on_trial_failed(self, error: BaseException) -> None:
        self.errors.show(error)
        self._show_summary()
        self._update_buttons()

    def _on_edited(self) -> None:
        if self.tried is not None or self.model.rowCount():
            self.tried = None
            self._show_summary()
            self._update_buttons()

    def _submit(self, dialog: Any) -> None:
        definition, changes, name = self.tried, self.model.changes(), dialog.plan_name()
        engine, project_id = self._engine, self.project.project_id
        if definition is None:
            dialog.reject()
            return

        def run() -> int:
            from app.services import price_plans

            return price_plans.submit(engine, project_id, name, definition, changes)

        def done(plan_id: int) -> None:
            dialog.succeeded()
            count = self.model.summary().changed
            self.tried = None
            self._update_buttons()
            set_banner(self.banner, "ok", self.tr(
                "Submitted “{name}” ({n} units) for approval. List prices change once a "
                "sales manager other than you, or an administrator, approves it.").format(
                name=name, n=count))
            self.submitted.emit(plan_id)

        self._runner.run(f"pricing-submit-{id(self)}", run, done, dialog.failed)

    # --- showing ----------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        self.trial_button.setEnabled(self.project is not None and not self.is_running())
        self.submit_button.setEnabled(self.tried is not None
                                      and self.model.summary().changed > 0)
        shown = self.price_map if self.map_shown() else self.view
        self.stack.setCurrentWidget(shown if self.model.rowCount() else self.placeholder)
        self.view_toggle.setEnabled(self.model.rowCount() > 0)

    def _show_summary(self) -> None:
        if not self.model.rowCount():
            self.summary.setText(self.tr("No unit matches these conditions.")
                                 if self.tried is not None else "")
            return
        text = self._summary_text(self.model.summary())
        if self.tried is None:
            text = self.tr("Changed since this trial — try again before submitting.") \
                + "&nbsp;&nbsp;<span style='color:#9aa5b1'>" + text + "</span>"
        self.summary.setText(text)

    def _summary_text(self, summary: TrialSummary) -> str:
        """调整 12 套 · 跳过 3 套（已售） · 总价 2,345.67万 → 2,390.12万（+44.45万，+1.89%）"""
        parts = [self.tr("<b>{n}</b> units priced").format(n=summary.changed)]
        if summary.frozen and summary.unpriced:
            parts.append(self.tr("{n} skipped ({frozen} sold, {unpriced} unpriced)").format(
                n=summary.skipped, frozen=summary.frozen, unpriced=summary.unpriced))
        elif summary.frozen:
            parts.append(self.tr("{n} skipped (sold: prices kept)").format(n=summary.frozen))
        elif summary.unpriced:
            parts.append(self.tr("{n} skipped (no list price)").format(n=summary.unpriced))
        change = wan_change(summary.delta)
        if summary.percent is not None:
            change = self.tr("{amount}, {percent}").format(
                amount=change, percent=signed_percent(summary.percent))
        colour = UP if summary.delta > 0 else DOWN if summary.delta < 0 else None
        if colour is not None:
            change = f"<span style='color:{colour.name()}'>{change}</span>"
        parts.append(self.tr("list value {before} → {after} ({change})").format(
            before=format_wan(summary.before), after=format_wan(summary.after), change=change))
        return " · ".join(parts)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.trial_button.setText(self.tr("Try prices"))
        self.submit_button.setText(self.tr("Submit for approval…"))
        self.table_button.setText(self.tr("Table"))
        self.map_button.setText(self.tr("Price map"))
        self.table_button.setToolTip(self.tr("Every unit's old and new price as a list"))
        self.map_button.setToolTip(self.tr("The units as on the sales control chart, "
                                           "coloured by their new unit price"))
        self.trial_button.setToolTip(self.tr("Compute the new list prices without changing "
                                             "anything"))
        self.placeholder.setText(self.tr("Fill in the plan and press “Try prices”: every "
                                         "unit's old and new list price shows here before "
                                         "anything changes."))
        if self.model.rowCount() or self.tried is not None:
            self._show_summary()

