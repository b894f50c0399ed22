"""A manager's decisions on a deal, shared by the approvals tab and the deal detail: approve
(after a confirmation that says what happens) or reject (with a required reason) a discount
waiting for approval, or a change request. The database checks who may decide (not the
seller, not the requester, a director for a director-level price); a refusal shows in the
reject dialog or in the owner's banner. Every open deal view hears `deals_changed`.

Signals:
    decided(str): a decision was saved; the sentence saying what happened.
    failed(object): the decision was refused (the error), when no dialog shows it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.money import format_yuan
from app.ui.customers.style import SCREEN_CSS
from app.ui.deals import labels
from app.ui.deals.change_text import describe
from app.ui.deals.events import deals_changed
from app.ui.pricing.reject_dialog import RejectDialog


class DealRejectDialog(RejectDialog):
    """The pricing screen's reject dialog, worded for a deal."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("deal_reject_dialog")
        self.setWindowTitle(title)
        self.prompt.setText(prompt)
        self.reason.setPlaceholderText(self.tr("Required: why, for the salesperson (up to "
                                               "200 characters)"))


class DealDecisions(QObject):
    decided = Signal(str)
    failed = Signal(object)

    def __init__(self, parent: QWidget, engine: Any, runner: Any) -> None:
        super().__init__(parent)
        self._parent, self._engine, self._runner = parent, engine, runner
        self.confirm_box: QMessageBox | None = None
        self.reject_dialog: DealRejectDialog | None = None

    def is_busy(self) -> bool:
        return self._runner.is_busy(f"deal-decide-{id(self)}")

    # --- discounts --------------------------------------------------------------------------

    def approve_discount(self, deal: Any) -> None:
        text = self.tr("Approve the price of {unit} for {customer}: {total}, approval "
                       "needed from {level}?").format(
            unit=deal.unit_code, customer=deal.customer_name,
            total=format_yuan(deal.deal_total), level=labels.level_name(deal.approval_level))
        self._confirm(self.tr("Approve discount"), text,
                      lambda: self._decide_discount(deal, True, None))

    def reject_discount(self, deal: Any) -> None:
        dialog = DealRejectDialog(
            self.tr("Reject discount"),
            self.tr("Reject the price of {unit} for {customer}? The salesperson may offer "
                    "another price or cancel.").format(unit=deal.unit_code,
                                                       customer=deal.customer_name),
            self._parent)
        dialog.submitted.connect(lambda: self._decide_discount(
            deal, False, dialog.reason_text(), dialog))
        self.reject_dialog = dialog
        dialog.open()

    def _decide_discount(self, deal: Any, approve: bool, note: str | None,
                         dialog: Any = None) -> None:
        from app.services.deals import decide_discount

        engine = self._engine
        done = (self.tr("Approved the price of {unit}.") if approve else
                self.tr("Rejected the price of {unit}.")).format(unit=deal.unit_code)
        self._run(lambda: decide_discount(engine, deal.id, approve, note), done,
                  [deal.id], dialog)

    # --- change requests --------------------------------------------------------------------

    def approve_change(self, change: Any) -> None:
        what = "\n".join(describe(change.kind, change.request))
        text = self.tr("Approve the {kind} of {unit} ({customer})? It is applied at "
                       "once.").format(kind=labels.change_kind_name(change.kind),
                                       unit=change.unit_code, customer=change.customer_name)
        self._confirm(self.tr("Approve change"), f"{text}\n\n{what}",
                      lambda: self._decide_change(change, True, None))

    def reject_change(self, change: Any) -> None:
        dialog = DealRejectDialog(
            self.tr("Reject change"),
            self.tr("Reject the {kind} of {unit} ({customer})? The deal stays as it "
                    "is.").format(kind=labels.change_kind_name(change.kind),
                                  unit=change.unit_code, customer=change.customer_name),
            self._parent)
        dialog.submitted.connect(lambda: self._decide_change(
            change, False, dialog.reason_text(), dialog))
        self.reject_dialog = dialog
        dialog.open()

    def _decide_change(self, change: Any, approve: bool, note: str | None,
                       dialog: Any = None) -> None:
        from app.services.deal_changes import decide

        engine = self._engine
        kind = labels.change_kind_name(change.kind)
        done = (self.tr("Approved the {kind} of {unit}.") if approve else
                self.tr("Rejected the {kind} of {unit}.")).format(kind=kind,
                                                                  unit=change.unit_code)
        self._run(lambda: decide(engine, change.id, approve, note), done,
                  [change.deal_id], dialog)

    # --- internals --------------------------------------------------------------------------

    def _confirm(self, title: str, text: str, action: Any) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self._parent)
        for standard, label in ((QMessageBox.StandardButton.Yes, self.tr("Approve")),
                                (QMessageBox.StandardButton.Cancel, self.tr("Cancel"))):
            box.button(standard).setText(label)
            box.button(standard).setIcon(QIcon())
        box.button(QMessageBox.StandardButton.Yes).setProperty("primary", True)
        box.setStyleSheet(SCREEN_CSS)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.buttonClicked.connect(
            lambda button: action() if box.standardButton(button)
            == QMessageBox.StandardButton.Yes else None)
        self.confirm_box = box
        box.open()

    def _run(self, work: Any, done_text: str, ids: list[int], dialog: Any) -> None:
        def done(result: Any) -> None:
            if dialog is not None:
                dialog.succeeded()
            changed = list(ids)
            if isinstance(result, int) and result not in changed:
                changed.append(result)          # an exchange's new deal
            self.decided.emit(done_text)
            deals_changed(changed)

        def failed(error: BaseException) -> None:
            if dialog is not None:
                dialog.failed(error)
            else:
                self.failed.emit(error)
            deals_changed(list(ids))            # someone may have decided first: show it

        self._runner.run(f"deal-decide-{id(self)}", work, done, failed)
