"""Carrying out the chart's actions: ask what is needed (a reason, a customer), call the
service off the GUI thread, then say what happened. The database decides; a refusal comes
back as a translated sentence ("房源 1-1-1501 已不可售：当前为「预留」（张华）。").

Dialogs are opened window-modal with `open()` (not `exec()`), so the event loop — and the
live updates — keep running while the user types a reason.

The sale actions (认购, 小定, 查看交易) open the deal dialogs of app/ui/deals; the unit is
reloaded when they save (the live feed also brings the change)."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from app.domain.chart import ChartUnit
from app.ui.chart.actions import (
    SALE_SPEC_BY_KIND,
    SPEC_BY_KIND,
    ActionKind,
    ActionPolicy,
    ActionSpec,
    OfferedSale,
    SaleKind,
    SalePolicy,
)
from app.ui.chart.formatting import time_of_day
from app.ui.common.operations import OperationRunner


class ChartActionController(QObject):
    """Signals:
        policy_ready(): the user's allowed transitions are known (buttons can be shown).
        units_changed(list): these unit ids were changed by us: reload them.
        status_message(str): a sentence for the status line.
        failed(object): an exception to show (a UserError is a refusal).
        dialog_opened(object): a dialog is up (tests drive it).
    """

    policy_ready = Signal()
    units_changed = Signal(list)
    status_message = Signal(str)
    failed = Signal(object)
    dialog_opened = Signal(object)

    def __init__(self, login: Any, runner: OperationRunner, parent_widget: QWidget,
                 hold_minutes: Callable[[], int]) -> None:
        super().__init__(parent_widget)
        self._login = login
        self._runner = runner
        self._parent = parent_widget
        self._hold_minutes = hold_minutes
        self._tickets = itertools.count(1)
        self.policy: ActionPolicy | None = None
        self.sales: SalePolicy | None = None
        self.dialog: QDialog | None = None

    # --- policy -----------------------------------------------------------------------------

    def load_policy(self) -> None:
        from app.services.chart import my_transitions

        engine = self._login.engine
        self._runner.run("chart-transitions", lambda: my_transitions(engine),
                         self._on_transitions, self.failed.emit)

    def _on_transitions(self, transitions: list) -> None:
        self.policy = ActionPolicy(transitions, self._login.session)
        self.sales = SalePolicy(self._login.session)
        self.policy_ready.emit()

    def offered(self) -> list[ActionSpec | OfferedSale]:
        """The status actions, then the sale actions (OfferedSale) the user's roles have."""
        if self.policy is None or self.sales is None:
            return []
        return [*self.policy.offered(),
                *(OfferedSale(spec, self.sales) for spec in self.sales.offered())]

    def applicable(self, kind: ActionKind | SaleKind, units: Sequence[ChartUnit]) -> bool:
        if isinstance(kind, SaleKind):
            return self.sales is not None and self.sales.applicable(SALE_SPEC_BY_KIND[kind],
                                                                    units)
        return self.policy is not None and self.policy.applicable(SPEC_BY_KIND[kind], units)

    def build_menu(self, units: Sequence[ChartUnit], parent: QWidget | None = None) -> QMenu:
        """The context menu: only what this user may do with exactly these units."""
        import qtawesome as qta

        menu = QMenu(parent or self._parent)
        menu.setObjectName("chart_menu")
        specs = self.policy.menu_actions(units) if self.policy else []
        sales = self.sales.menu_actions(units) if self.sales else []
        if specs or sales:
            title = menu.addAction(units[0].code if len(units) == 1 else
                                   self.tr("{n} units selected").format(n=len(units)))
            title.setEnabled(False)
            menu.addSeparator()
        for sale in sales:   # their kind is a property, not data(): data() is an ActionKind
            action = QAction(qta.icon(sale.icon, color="#33475B"), sale.display_label(), menu)
            action.setObjectName(f"sale_{sale.kind.value}")
            action.setProperty("sale_kind", sale.kind.value)
            action.triggered.connect(lambda _c=False, k=sale.kind: self.trigger(k, units))
            menu.addAction(action)
        if sales and specs:
            menu.addSeparator()
        for spec in specs:
            if spec.kind is ActionKind.HISTORY and len(specs) > 1:
                menu.addSeparator()
            action = QAction(qta.icon(spec.icon, color="#33475B"), spec.display_label(), menu)
            action.setData(spec.kind.value)
            action.triggered.connect(lambda _c=False, k=spec.kind: self.trigger(k, units))
            menu.addAction(action)
        return menu

    def show_menu(self, units: Sequence[ChartUnit], global_pos: QPoint) -> QMenu:
        menu = self.build_menu(units)
        if not menu.isEmpty():
            menu.popup(global_pos)
        return menu

    # --- actions ----------------------------------------------------------------------------

    def trigger(self, kind: ActionKind | SaleKind, units: Sequence[ChartUnit]) -> None:
        """Start `kind` on `units` (asking first where needed)."""
        if isinstance(kind, SaleKind):
            self._sale(kind, list(units))
            return
        spec = SPEC_BY_KIND[kind]
        units = list(units)
        if self.policy is None or not self.policy.applicable(spec, units):
            return
        if kind is ActionKind.PENCIL:
            self._load_customers(units[0])
        elif kind is ActionKind.HISTORY:
            self._load_history(units[0])
        elif self.policy.needs_reason(spec, units):
            self._ask_reason(spec, units)
        else:
            self._change(spec, units, None)

    def _ask_reason(self, spec: ActionSpec, units: list[ChartUnit]) -> None:
        from app.ui.chart.reason_dialog import ReasonDialog

        codes = ", ".join(u.code for u in units[:5]) + ("…" if len(units) > 5 else "")
        dialog = ReasonDialog(spec.display_label().rstrip("…"),
                              self.tr("{action}: {n} unit(s) — {codes}\nPlease give the reason.")
                              .format(action=spec.display_label().rstrip("…"), n=len(units),
                                      codes=codes), True, self._parent)
        dialog.accepted.connect(lambda: self._change(spec, units, dialog.reason()))
        self._open(dialog)

    def _change(self, spec: ActionSpec, units: list[ChartUnit], reason: str | None) -> None:
        from app.services import unit_actions

        engine, ids, target = self._login.engine, [u.id for u in units], spec.target
        label = spec.display_label().rstrip("…")

        def done(count: int) -> None:
            self.units_changed.emit(ids)
            self.status_message.emit(self.tr("{action}: {n} unit(s) done.").format(
                action=label, n=count))

        self._run(lambda: unit_actions.change_status(engine, ids, target, reason), done)

    def _load_customers(self, unit: ChartUnit) -> None:
        from app.services.chart import my_customers

        engine = self._login.engine
        self._run(lambda: my_customers(engine), lambda rows: self._ask_customer(unit, rows))

    def _ask_customer(self, unit: ChartUnit, customers: list) -> None:
        from app.ui.chart.pencil_dialog import PencilDialog

        dialog = PencilDialog(unit, customers, self._hold_minutes(), self._parent)
        dialog.accepted.connect(lambda: self._pencil(unit, dialog.customer_id(), customers))
        self._open(dialog)

    def _pencil(self, unit: ChartUnit, customer_id: int | None, customers: list) -> None:
        from app.services import unit_actions

        if customer_id is None:
            return
        engine = self._login.engine
        name = next((c.name for c in customers if c.id == customer_id), "")

        def done(expires: Any) -> None:
            self.units_changed.emit([unit.id])
            self.status_message.emit(self.tr("Unit {code} pencilled in for {name} until {time}.")
                                     .format(code=unit.code, name=name,
                                             time=time_of_day(expires)))

        self._run(lambda: unit_actions.pencil(engine, unit.id, customer_id), done)

    def _load_history(self, unit: ChartUnit) -> None:
        from app.services.chart import unit_history

        engine = self._login.engine
        self._run(lambda: unit_history(engine, unit.id),
                  lambda entries: self._show_history(unit, entries))

    def _show_history(self, unit: ChartUnit, entries: list) -> None:
        from app.ui.chart.history_dialog import UnitHistoryDialog

        self._open(UnitHistoryDialog(unit, entries, self._parent))

    # --- sale actions -----------------------------------------------------------------------

    def _context(self) -> Any:
        from app.ui.shell.screens import ScreenContext

        return ScreenContext(self._login, self._runner)

    def _sale(self, kind: SaleKind, units: list[ChartUnit]) -> None:
        if self.sales is None or not self.sales.applicable(SALE_SPEC_BY_KIND[kind], units):
            return
        unit = units[0]
        if kind is SaleKind.VIEW_DEALS:
            from app.ui.deals.sale_data import load_unit_deals

            engine = self._login.engine
            self._run(lambda: load_unit_deals(engine, unit)[1],
                      lambda rows: self._show_deals(unit, rows))
            return
        from app.ui.deals import sale_actions

        opener = (sale_actions.open_subscribe if kind is SaleKind.SUBSCRIBE
                  else sale_actions.open_small_deposit)
        dialog = opener(self._parent, self._context(), unit_id=unit.id)
        label = SALE_SPEC_BY_KIND[kind].display_label().rstrip("…")
        dialog.saved.connect(lambda _deal: self._sold(unit, label))
        self._opened(dialog)

    def _sold(self, unit: ChartUnit, label: str) -> None:
        self.units_changed.emit([unit.id])
        self.status_message.emit(self.tr("{action}: unit {code} is reserved.").format(
            action=label, code=unit.code))

    def _show_deals(self, unit: ChartUnit, rows: list) -> None:
        from app.domain.statuses import Role
        from app.ui.chart.unit_deals_dialog import UnitDealsDialog

        can_sell = self._login.session.has(Role.SALES, Role.SALES_MANAGER)
        dialog = UnitDealsDialog(unit, rows, self._context(), can_sell, self._parent)
        dialog.unit_changed.connect(lambda: self.units_changed.emit([unit.id]))
        self._open(dialog)

    def _opened(self, dialog: QDialog) -> None:
        self.dialog = dialog
        self.dialog_opened.emit(dialog)

    def _run(self, fn: Callable[[], Any], on_success: Callable[[Any], None]) -> None:
        """Each action has its own key: a second action never drops the first's result."""
        self._runner.run(f"chart-action-{next(self._tickets)}", fn, on_success,
                         self.failed.emit)

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        self.dialog_opened.emit(dialog)
