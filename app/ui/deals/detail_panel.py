"""The right side of the deals screen: one deal in full — its heading (unit, customer,
stage, approval), the actions the stage and the user's roles allow, the price breakdown
(list total → each discount → deal total and per m²), the terms, the buyers, the payment
schedule, the mortgage, the filing/handover/title dates, and the history of its change
requests. Read off the GUI thread; refreshed when `deals_changed` names this deal."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.ui.customers.field_errors import message_of
from app.ui.customers.style import set_banner
from app.ui.deals import detail_sections as sections
from app.ui.deals import labels
from app.ui.deals.change_history import ChangeHistory
from app.ui.deals.detail_actions import DealActions
from app.ui.deals.detail_sections import LEFT, RIGHT, SectionCard
from app.ui.deals.events import deal_events

CSS = ("QScrollArea#deal_scroll { border: none; background: transparent; }"
       "QWidget#deal_body { background: transparent; }"
       "QLabel#deal_title { font-size: 15pt; font-weight: 600; color: #1f3a5f; }")


def load_deal(engine: Any, deal_id: int) -> tuple[Any, list]:
    """(DealDetail or None, its ChangeRows) — pool thread."""
    from app.services.deal_changes import changes_of
    from app.services.deals import deal_detail

    detail = deal_detail(engine, deal_id)
    return detail, (changes_of(engine, deal_id) if detail is not None else [])


def deal_number(deal_id: int) -> str:
    """As the subscription form numbers it (认购编号)."""
    return f"RG{deal_id:06d}"


class DealDetailPanel(QWidget):
    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deal_detail")
        self.setStyleSheet(CSS)
        self.context = context
        self._engine, self._runner = context.login.engine, context.runner
        self._key = f"deal-detail-{id(self)}"
        self.deal_id: int | None = None
        self.detail: Any = None
        self.changes: list = []
        self.title = QLabel()
        self.title.setObjectName("deal_title")
        self.stage_chip, self.approval_chip = QLabel(), QLabel()
        for chip in (self.stage_chip, self.approval_chip):
            chip.setProperty("chip", True)
        self.subline = QLabel()
        self.subline.setProperty("muted", True)
        self.subline.setWordWrap(True)
        self.banner = QLabel()
        self.banner.setObjectName("detail_banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.placeholder = QLabel()
        self.placeholder.setProperty("muted", True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.actions = DealActions(context, self)
        self.price = SectionCard("price_card", (LEFT, RIGHT, RIGHT))
        self.terms = SectionCard("terms_card", (LEFT, LEFT), stretch=1)
        self.buyers = SectionCard("buyers_card", (LEFT, LEFT, LEFT, LEFT, RIGHT))
        self.schedule = SectionCard("schedule_card", (LEFT, LEFT, LEFT, RIGHT), stretch=1)
        self.mortgage = SectionCard("mortgage_card", (LEFT, LEFT), stretch=1)
        self.milestones = SectionCard("milestones_card", (LEFT, LEFT), stretch=1)
        self.history = ChangeHistory()
        self.predecessor = QLabel()
        self.predecessor.setObjectName("predecessor_link")
        self.predecessor.setTextFormat(Qt.TextFormat.RichText)
        self.predecessor.linkActivated.connect(lambda link: self.show_deal(int(link)))
        self.cards = (self.price, self.terms, self.buyers, self.schedule, self.mortgage,
                      self.milestones)
        self._build()
        self.actions.decisions.decided.connect(lambda text: set_banner(self.banner, "ok", text))
        self.actions.decisions.failed.connect(
            lambda error: set_banner(self.banner, "error", message_of(error)))
        self.history.print_requested.connect(self.print_settlement)
        deal_events().changed.connect(self._on_deals_changed)
        self._retranslate()
        self._show()

    def _build(self) -> None:
        chips = QHBoxLayout()
        chips.setSpacing(8)
        chips.addWidget(self.title)
        chips.addWidget(self.stage_chip)
        chips.addWidget(self.approval_chip)
        chips.addStretch(1)
        body = QWidget()
        body.setObjectName("deal_body")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 6, 0)
        column.setSpacing(10)
        for card in self.cards:
            column.addWidget(card)
        column.addWidget(self.history)
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("deal_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(chips)
        layout.addWidget(self.subline)
        layout.addWidget(self.predecessor)
        layout.addWidget(self.actions)
        layout.addWidget(self.banner)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.scroll, 1)

    # --- public -----------------------------------------------------------------------------

    def show_deal(self, deal_id: int | None) -> None:
        if deal_id != self.deal_id:
            set_banner(self.banner, "ok", "")
            self.detail, self.changes = None, []
        self.deal_id = deal_id
        self._show()
        self.reload()

    def reload(self) -> None:
        if self.deal_id is None:
            return
        engine, deal_id = self._engine, self.deal_id
        self._runner.run(self._key, lambda: load_deal(engine, deal_id),
                         lambda result: self._on_loaded(deal_id, result),
                         lambda error: set_banner(self.banner, "error", message_of(error)))

    def is_loading(self) -> bool:
        return self._runner.is_busy(self._key)

    def print_settlement(self, change: Any, path: Any = None) -> None:
        from app.ui.deals.settlement_dialog import print_settlement

        print_settlement(self, self.context, change.id, change.unit_code,
                         lambda where: set_banner(self.banner, "ok", self.tr(
                             "Saved the settlement notice to {path}").format(path=str(where))),
                         lambda error: set_banner(self.banner, "error", message_of(error)),
                         path)

    # --- internals --------------------------------------------------------------------------

    def _on_loaded(self, deal_id: int, result: tuple[Any, list]) -> None:
        if deal_id != self.deal_id:
            return
        self.detail, self.changes = result
        if self.detail is None:
            set_banner(self.banner, "info", self.tr("This deal is no longer visible to you."))
        self._show()

    def _on_deals_changed(self, ids: Any) -> None:
        if self.deal_id is not None and (ids is None or self.deal_id in ids):
            self.reload()

    def _show(self) -> None:
        detail = self.detail
        has = detail is not None
        self.scroll.setVisible(has)
        self.placeholder.setVisible(not has)
        for widget in (self.stage_chip, self.approval_chip, self.subline):
            widget.setVisible(has)
        self.actions.set_detail(detail, self.changes)
        if not has:
            self.title.setText("")
            self.predecessor.hide()
            return
        deal = detail.deal
        self.title.setText(f"{deal.unit_code} · {deal.building_name}")
        self.stage_chip.setText(labels.stage_name(deal.stage))
        self.approval_chip.setText(labels.approval_name(deal.approval))
        self.approval_chip.setVisible(deal.approval != "not_needed")
        self.subline.setText(self.tr("{number} · customer {customer} · consultant "
                                     "{consultant}").format(
            number=deal_number(deal.id), customer=deal.customer_name,
            consultant=deal.staff_name))
        self.predecessor.setVisible(detail.predecessor_id is not None)
        if detail.predecessor_id is not None:
            self.predecessor.setText(self.tr("Exchanged from deal <a href='{id}'>{number}</a>")
                                     .format(id=detail.predecessor_id,
                                             number=deal_number(detail.predecessor_id)))
        self.price.set_rows(sections.breakdown_rows(detail), self.tr(
            "No price is agreed yet: a small deposit holds the unit."), bold_last=True)
        self.terms.set_rows(sections.terms_rows(detail))
        self.buyers.set_rows(sections.buyer_rows(detail), self.tr(
            "The buyers are listed when the contract is signed."))
        self.schedule.set_rows(sections.schedule_rows(detail), self.tr(
            "The payment schedule is agreed when the contract is signed."), bold_last=True)
        self.mortgage.set_rows(sections.mortgage_rows(detail), self.tr(
            "No mortgage recorded yet."))
        self.mortgage.setVisible(deal.payment_method in labels.LOAN_METHODS)
        self.milestones.set_rows(sections.milestone_rows(detail), self.tr(
            "Not filed, handed over or registered yet."))
        self.milestones.setVisible(deal.stage == "contracted" or bool(deal.filed_on))
        self.history.set_changes(self.changes)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._show()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.placeholder.setText(self.tr("Select a deal to see it in full."))
        for card, title in ((self.price, self.tr("Price")), (self.terms, self.tr("Terms")),
                            (self.buyers, self.tr("Buyers")),
                            (self.schedule, self.tr("Payment schedule")),
                            (self.mortgage, self.tr("Mortgage")),
                            (self.milestones, self.tr("Filing, handover, title"))):
            card.title.setText(title)
