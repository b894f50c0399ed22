"""优惠设置: a sales manager (or an administrator) keeps a project's discounts here — the
discount rules in their stacking order with a worked example (RulesPanel), the ceiling of
each level, the deal deadlines, and the salespeople's own limits. Every read and save runs
off the GUI thread through the screen's runner; the database refuses anything wrong and the
refusal shows under the field it concerns. Executives do not get this tab."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.domain.money import Rounding
from app.ui.customers.field_errors import message_of
from app.ui.customers.style import ERROR, set_banner
from app.ui.pricing.discount_panels import DeadlinesPanel, LevelsPanel
from app.ui.pricing.discount_rules_panel import RulesPanel
from app.ui.pricing.discount_staff_panel import StaffPanel

SIDE_WIDTH = 420          # the levels and deadlines cards; the tables take the rest
TAB_CSS = f"""
QDoubleSpinBox[invalid="true"] {{ border: 1px solid {ERROR}; border-radius: 3px;
    background: #fff6f6; padding: 1px 4px; }}
QDoubleSpinBox[invalid="true"]::up-button, QDoubleSpinBox[invalid="true"]::down-button {{
    subcontrol-origin: border; width: 0px; border: none; }}
QLabel#example {{ color: #1f3a5f; }}
QLabel#example[failed="true"] {{ color: {ERROR}; }}
QScrollArea#discounts_scroll, QWidget#discounts_page, QWidget#discounts_side {{
    background: transparent; }}
"""


@dataclass(frozen=True)
class DiscountData:
    rules: list
    levels: list
    deadlines: Any
    staff: list
    rounding: Rounding


def load_discounts(engine: Any, project_id: int) -> DiscountData:
    """Everything the tab shows, read on a pool thread."""
    from app.services import discount_settings as ds
    from app.services.price_plans import project_settings

    settings = project_settings(engine, project_id)
    return DiscountData(ds.rules(engine, project_id), ds.levels(engine, project_id),
                        ds.deadlines(engine, project_id), ds.staff_limits(engine),
                        Rounding(settings.rounding_unit, settings.rounding_mode))


class DiscountsTab(QWidget):
    def __init__(self, engine: Any, runner: Any, session: Any,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.domain.statuses import Role

        self.setObjectName("discounts_tab")
        self.setStyleSheet(TAB_CSS)
        self._engine, self._runner = engine, runner
        self.project_id: int | None = None
        self.banner = QLabel()
        self.banner.setObjectName("discounts_banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.rules = RulesPanel(engine, runner)
        self.levels_panel = LevelsPanel()
        self.deadlines_panel = DeadlinesPanel()
        self.staff_panel = StaffPanel(session.staff_id, session.has(Role.ADMIN))
        self._build()
        self.levels_panel.save_requested.connect(self.save_levels)
        self.deadlines_panel.save_requested.connect(self.save_deadlines)
        self.staff_panel.save_requested.connect(self.save_staff_limit)

    def _build(self) -> None:
        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(self.rules, 3)
        left.addWidget(self.staff_panel, 2)
        side = QWidget()
        side.setObjectName("discounts_side")
        side.setFixedWidth(SIDE_WIDTH)
        right = QVBoxLayout(side)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(12)
        right.addWidget(self.levels_panel)
        right.addWidget(self.deadlines_panel)
        right.addStretch(1)
        page = QWidget()
        page.setObjectName("discounts_page")
        columns = QHBoxLayout(page)
        columns.setContentsMargins(0, 0, 4, 0)
        columns.setSpacing(12)
        columns.addLayout(left, 1)
        columns.addWidget(side, 0)
        scroll = QScrollArea()
        scroll.setObjectName("discounts_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)

    def _key(self, what: str) -> str:
        return f"discounts-{what}-{id(self)}"

    # --- loading ----------------------------------------------------------------------------

    def load(self, project_id: int) -> None:
        self.project_id = self.rules.project_id = project_id
        engine = self._engine
        for panel in (self.levels_panel, self.deadlines_panel, self.staff_panel):
            panel.clear_errors()
        self.rules.clear_message()
        self._runner.run(self._key("load"), lambda: load_discounts(engine, project_id),
                         self._on_loaded,
                         lambda error: set_banner(self.banner, "error", message_of(error)))

    def is_loading(self) -> bool:
        return self._runner.is_busy(self._key("load"))

    def _on_loaded(self, data: DiscountData) -> None:
        set_banner(self.banner, "ok", "")
        self.rules.rounding = data.rounding
        self.rules.set_rules(data.rules)
        self.levels_panel.set_levels(data.levels)
        self.deadlines_panel.set_deadlines(data.deadlines)
        self.staff_panel.default_ratio = dict(data.levels).get("sales", Decimal("0.97"))
        self.staff_panel.set_staff(data.staff)

    # --- saving the settings ----------------------------------------------------------------

    def _save(self, what: str, panel: Any, call: Callable[[], Any],
              done: Callable[[Any], None]) -> None:
        """Run `call` for `panel` off the GUI thread: a refusal under its field, else `done`."""
        if self.project_id is None:
            return
        panel.clear_errors()
        panel.set_busy(True)

        def succeeded(result: Any) -> None:
            panel.set_busy(False)
            done(result)

        def failed(error: BaseException) -> None:
            panel.set_busy(False)
            panel.show_error(error)

        self._runner.run(self._key(what), call, succeeded, failed)

    def save_levels(self) -> None:
        from app.services.discount_settings import save_levels

        engine, project_id = self._engine, self.project_id
        ratios = self.levels_panel.ratios()
        self._save("levels", self.levels_panel,
                   lambda: save_levels(engine, project_id, ratios),
                   lambda _none: self.levels_panel.say(self.tr(
                       "Saved. New quotes use these ceilings.")))

    def save_deadlines(self) -> None:
        from app.services.discount_settings import DealDeadlines, save_deadlines

        engine, project_id = self._engine, self.project_id
        values = DealDeadlines(*self.deadlines_panel.values())
        self._save("deadlines", self.deadlines_panel,
                   lambda: save_deadlines(engine, project_id, values),
                   lambda _none: self.deadlines_panel.say(self.tr(
                       "Saved. New deals get these deadlines; the action applies to "
                       "every deal that passes one.")))

    def save_staff_limit(self) -> None:
        from app.services.discount_settings import set_staff_limit, staff_limits

        panel, engine = self.staff_panel, self._engine
        staff = panel.selected()
        if staff is None:
            return
        limit, director = panel.chosen_limit(), panel.chosen_director()

        def run() -> list:
            set_staff_limit(engine, staff.staff_id, limit, director)
            return staff_limits(engine)

        def done(rows: list) -> None:
            panel.set_staff(rows, select=staff.staff_id)
            panel.say(self.tr("Saved the discount limit of {name}.").format(
                name=staff.full_name))

        self._save("staff", panel, run, done)
