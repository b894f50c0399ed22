"""The buttons under a deal's heading: only those the deal's stage allows and the user's
roles may use. Sellers (salespeople, managers): 转认购 / 重新报价, 签约, 打印认购书, 按揭,
备案/交房/产权 and the 变更申请 menu; managers and administrators: 审批折扣 while a price
waits. Finance and executives read only. The database checks every action again.

The sale dialogs (认购, 签约, 打印) come from app.ui.deals.sale_actions; a button whose
entry point is missing is hidden, so the screen works without them."""

from __future__ import annotations

import functools
import importlib
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QVBoxLayout, QWidget

from app.domain.statuses import Role
from app.ui.deals import labels
from app.ui.deals.decisions import DealDecisions
from app.ui.deals.flow_layout import FlowLayout

_log = logging.getLogger(__name__)
CHANGE_KINDS = ("cancel", "exchange", "rename", "price", "area_settlement")


@functools.cache
def _sale_actions() -> Any:
    try:
        return importlib.import_module("app.ui.deals.sale_actions")
    except ImportError:
        _log.warning("app.ui.deals.sale_actions is not available", exc_info=True)
        return None


def sale_action(name: str) -> Callable[..., Any] | None:
    """An entry point of app.ui.deals.sale_actions, or None while it does not exist."""
    return getattr(_sale_actions(), name, None)


def allowed_changes(deal: Any) -> tuple[str, ...]:
    """The change kinds a live deal may ask for (a small deposit: only its cancellation)."""
    if deal.stage == "small_deposit":
        return ("cancel",)
    if deal.stage == "subscribed":
        return ("cancel", "exchange", "price")
    if deal.stage == "contracted":
        return CHANGE_KINDS
    return ()


class DealActions(QWidget):
    def __init__(self, context: Any, parent: QWidget) -> None:
        super().__init__(parent)
        import qtawesome as qta

        self.setObjectName("deal_actions")
        self.context = context
        session = context.session
        self.seller = session.has(Role.SALES, Role.SALES_MANAGER)
        self.decider = session.has(Role.SALES_MANAGER, Role.ADMIN)
        self.printer = self.seller or session.has(Role.ADMIN)
        self.decisions = DealDecisions(parent, context.login.engine, context.runner)
        self.detail: Any = None
        self.changes: list = []
        self.dialog: Any = None

        def button(icon: str, name: str, colour: str = "#44505e") -> QPushButton:
            made = QPushButton(qta.icon(icon, color=colour), "")
            made.setObjectName(name)
            return made

        self.subscribe_button = button("fa6s.file-signature", "subscribe_action")
        self.contract_button = button("fa6s.file-contract", "contract_action", "white")
        self.contract_button.setProperty("primary", True)
        self.print_button = button("fa6s.print", "print_action")
        self.mortgage_button = button("fa6s.building-columns", "mortgage_action")
        self.milestone_button = button("fa6s.flag-checkered", "milestone_action")
        self.change_button = button("fa6s.pen-to-square", "change_action")
        self.change_menu = QMenu(self)
        self.change_button.setMenu(self.change_menu)
        self.approve_button = button("fa6s.check", "approve_discount_action", "white")
        self.approve_button.setProperty("primary", True)
        self.reject_button = button("fa6s.xmark", "reject_discount_action", "#c62828")
        self.menu_actions = {kind: self.change_menu.addAction("") for kind in CHANGE_KINDS}
        decide = QHBoxLayout()        # a manager's decision: its own row, seen first
        decide.setSpacing(6)
        for made in (self.approve_button, self.reject_button):
            decide.addWidget(made)
        decide.addStretch(1)
        row = FlowLayout()              # wraps rather than widening the panel
        for made in self.buttons()[2:]:
            row.addWidget(made)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addLayout(decide)
        column.addLayout(row)
        self._connect()
        self.retranslate()
        self.set_detail(None, [])

    def buttons(self) -> list[QPushButton]:
        return [self.approve_button, self.reject_button, self.contract_button,
                self.subscribe_button, self.print_button, self.mortgage_button,
                self.milestone_button, self.change_button]

    def visible_buttons(self) -> list[str]:
        return [b.objectName() for b in self.buttons() if not b.isHidden()]

    def _connect(self) -> None:
        self.subscribe_button.clicked.connect(lambda: self._sale("open_subscribe",
                                                                 deal_id=self._id()))
        self.contract_button.clicked.connect(lambda: self._sale("open_contract", self._id()))
        self.print_button.clicked.connect(lambda: self._sale("print_subscription", self._id()))
        self.mortgage_button.clicked.connect(self.open_mortgage)
        self.milestone_button.clicked.connect(self.open_milestone)
        self.approve_button.clicked.connect(
            lambda: self.decisions.approve_discount(self.detail.deal))
        self.reject_button.clicked.connect(
            lambda: self.decisions.reject_discount(self.detail.deal))
        for kind, action in self.menu_actions.items():
            action.triggered.connect(lambda _checked=False, k=kind: self.open_change(k))

    def _id(self) -> int | None:
        return self.detail.deal.id if self.detail is not None else None

    # --- state ------------------------------------------------------------------------------

    def set_detail(self, detail: Any, changes: list) -> None:
        self.detail, self.changes = detail, list(changes)
        deal = detail.deal if detail is not None else None
        stage = deal.stage if deal is not None else None
        approval = deal.approval if deal is not None else None
        pending = any(c.status == "pending" for c in self.changes)
        loan = deal is not None and deal.payment_method in labels.LOAN_METHODS
        show = {
            self.subscribe_button: self.seller and (stage == "small_deposit" or (
                stage == "subscribed" and approval in ("pending", "rejected")))
            and sale_action("open_subscribe") is not None,
            self.contract_button: self.seller and stage == "subscribed"
            and approval in ("not_needed", "approved")
            and sale_action("open_contract") is not None,
            self.print_button: self.printer and stage in ("subscribed", "contracted")
            and sale_action("print_subscription") is not None,
            self.mortgage_button: self.seller and stage == "contracted" and loan,
            self.milestone_button: self.seller and stage == "contracted"
            and detail is not None and detail.title_on is None,
            self.change_button: self.seller and bool(deal and allowed_changes(deal)),
            self.approve_button: self.decider and stage == "subscribed"
            and approval == "pending",
        }
        show[self.reject_button] = show[self.approve_button]
        for made, visible in show.items():
            made.setVisible(bool(visible))
        allowed = allowed_changes(deal) if deal is not None else ()
        for kind, action in self.menu_actions.items():
            action.setVisible(kind in allowed)
            action.setEnabled(not pending)
        self.change_button.setToolTip(self.tr("A change is waiting for a decision")
                                      if pending else "")
        self.retranslate()

    # --- opening ----------------------------------------------------------------------------

    def _sale(self, name: str, *args: Any, **kwargs: Any) -> None:
        action = sale_action(name)
        if action is not None and self.detail is not None:
            action(self.window(), self.context, *args, **kwargs)

    def _open(self, dialog: Any) -> Any:
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_mortgage(self) -> Any:
        from app.ui.deals.mortgage_dialog import MortgageDialog

        return self._open(MortgageDialog(self.context, self.detail, self.window()))

    def open_milestone(self) -> Any:
        from app.ui.deals.milestone_dialog import MilestoneDialog

        return self._open(MilestoneDialog(self.context, self.detail, parent=self.window()))

    def open_change(self, kind: str) -> Any:
        from app.ui.deals import change_dialogs
        from app.ui.deals.settlement_dialog import AreaSettlementDialog

        made = {"cancel": change_dialogs.CancelDialog,
                "exchange": change_dialogs.ExchangeDialog,
                "rename": change_dialogs.RenameDialog,
                "price": change_dialogs.TermsDialog,
                "area_settlement": AreaSettlementDialog}[kind]
        return self._open(made(self.context, self.detail, self.window()))

    def retranslate(self) -> None:
        deal = self.detail.deal if self.detail is not None else None
        self.subscribe_button.setText(self.tr("Subscribe…") if deal is not None
                                      and deal.stage == "small_deposit"
                                      else self.tr("New price…"))
        self.contract_button.setText(self.tr("Sign contract…"))
        self.print_button.setText(self.tr("Print subscription"))
        self.mortgage_button.setText(self.tr("Mortgage…"))
        self.milestone_button.setText(self.tr("Filing / handover / title…"))
        self.change_button.setText(self.tr("Request a change"))
        self.approve_button.setText(self.tr("Approve discount…"))
        self.reject_button.setText(self.tr("Reject discount…"))
        names = {"cancel": self.tr("Cancellation…"), "exchange": self.tr("Exchange unit…"),
                 "rename": self.tr("Change buyers…"),
                 "price": self.tr("Price or payment method…"),
                 "area_settlement": self.tr("Area settlement…")}
        for kind, action in self.menu_actions.items():
            action.setText(names[kind])
