"""面积补差: after the official survey the measured area is requested; the dialog shows the
settlement live as the area is typed — the same rule and rounding as the database
(app.domain.settlement.settle): within ±3% the difference at the contract unit price; beyond
it the buyer pays only up to +3% (the developer bears the rest) or is refunded down to −3%
once and beyond −3% double. A manager approves it in 审批; the notice (面积补差通知书) is then
printed from the deal's history (`print_settlement`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.domain.money import format_yuan
from app.ui.deals.change_text import area, decimal, percent
from app.ui.deals.task_dialog import DealTaskDialog

DIR_KEY = "deals/document_dir"


def explanation_text(template: str, params: dict[str, str]) -> str:
    """A settlement explanation line in the user's language (its templates are the domain's
    texts, translated in the context "Messages")."""
    return QCoreApplication.translate("Messages", template).format(**params)


def settlement_translate(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


class AreaSettlementDialog(DealTaskDialog):
    FIELDS = {"area_precision": "measured_area", "settlement_input": "measured_area"}

    def __init__(self, context: Any, detail: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, detail, parent)
        self.setObjectName("settlement_dialog")
        self.setWindowTitle(self.tr("Request an area settlement"))
        self.setMinimumWidth(540)
        breakdown = detail.breakdown or {}
        self.contract_area = decimal(breakdown.get("area"))
        self.unit_price = self.deal.deal_unit_price
        self.headline.setText(self.tr("{title}: contracted {area} at {price}/m²").format(
            title=self.deal_title(), area=area(self.contract_area),
            price=format_yuan(self.unit_price) if self.unit_price else "—"))
        self.measured = QLineEdit()
        self.measured.setObjectName("measured_area")
        self.measured.setPlaceholderText(self.tr("m², as the survey report states"))
        self.add_row("measured_area", self.tr("Measured area (m²)"), self.measured)
        self.figures = QGridLayout()
        self.figures.setHorizontalSpacing(16)
        self.figures.setVerticalSpacing(4)
        self.body.addLayout(self.figures)
        self.explanation = QLabel()
        self.explanation.setObjectName("settlement_explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet("QLabel { background: #f7f9fc; border: 1px solid "
                                       "#dde3ea; border-radius: 6px; padding: 8px 10px; }")
        self.body.addWidget(self.explanation)
        below = QFormLayout()
        self.body.addLayout(below)
        self.reason = self.add_reason(self.tr("e.g. survey report no. 2026-118"), below)
        self.ok_button().setText(self.tr("Request settlement"))
        self.settlement: Any = None
        self._rows: list[tuple[str, str]] = []
        self.measured.textChanged.connect(self.recompute)
        self.recompute()

    def figure_rows(self) -> list[tuple[str, str]]:
        """What the dialog shows now: (what, figure) per line."""
        return list(self._rows)

    def recompute(self) -> None:
        """The settlement for what is typed (nothing when it is not an area yet)."""
        from app.domain.customer_rules import parse_area
        from app.domain.errors import ValidationError
        from app.domain.settlement import settle

        self.settlement = None
        try:
            measured = parse_area(self.measured.text(), "measured_area")
            if measured is not None and self.contract_area and self.unit_price:
                self.settlement = settle(self.contract_area, measured, self.unit_price)
        except ValidationError:
            self.settlement = None
        self._show()

    def _show(self) -> None:
        s = self.settlement
        rows: list[tuple[str, str]] = []
        if s is not None:
            rows = [(self.tr("Difference"), f"{area(s.difference_area)} "
                                            f"({percent(s.error_ratio)})"),
                    (self.tr("Within ±3%"), self.tr("yes") if s.within_3_percent
                     else self.tr("no — the buyer may cancel")),
                    (self.tr("Buyer pays"), format_yuan(s.buyer_pays)),
                    (self.tr("Developer refunds"), format_yuan(s.developer_refunds)),
                    (self.tr("of which double"), format_yuan(s.double_refund_part)),
                    (self.tr("Developer bears"), format_yuan(s.developer_bears)),
                    (self.tr("Net to the buyer"), format_yuan(s.net_to_buyer))]
        while self.figures.count():
            item = self.figures.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for row, (what, figure) in enumerate(rows):
            name = QLabel(what)
            name.setProperty("muted", True)
            value = QLabel(figure)
            value.setObjectName(f"figure_{row}")
            self.figures.addWidget(name, row, 0)
            self.figures.addWidget(value, row, 1)
        self._rows = rows
        self.explanation.setText("\n".join(explanation_text(line.template, line.params)
                                           for line in s.explanation) if s else
                                 self.tr("Type the measured area to see the settlement."))

    def submit(self) -> tuple:
        from app.domain.customer_rules import parse_area
        from app.domain.errors import ValidationError
        from app.services.deal_changes import request_area_settlement
        from app.services.errors import from_validation
        from app.ui.deals.sale_form import local_refusal

        try:
            measured = parse_area(self.measured.text(), "measured_area")
        except ValidationError as error:
            raise from_validation(error) from error
        if measured is None:
            raise local_refusal("measured_area", self.tr("Enter the measured area."))
        engine, deal_id, reason = self.engine, self.deal.id, self.reason.toPlainText()
        return (lambda: request_area_settlement(engine, deal_id, measured, reason),
                self.saved_deal)


def settlement_file_name(unit_code: str) -> str:
    return QCoreApplication.translate("DealDocuments", "Area settlement {unit}.pdf").format(
        unit=unit_code)


def ask_pdf_path(parent: QWidget, title: str, name: str) -> Path | None:
    folder = QSettings().value(DIR_KEY) or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / name),
                                                QCoreApplication.translate("DealDocuments",
                                                                           "PDF (*.pdf)"))
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    QSettings().setValue(DIR_KEY, str(target.parent))
    return target


def print_settlement(parent: QWidget, context: Any, change_id: int, unit_code: str,
                     on_done: Any, on_failed: Any, path: Path | None = None) -> None:
    """Write the settlement notice of an approved change to a PDF (asks where, unless
    `path`); `on_done(path)` or `on_failed(error)` on the GUI thread."""
    from app.services.deal_documents import write_settlement

    target = path or ask_pdf_path(parent, QCoreApplication.translate(
        "DealDocuments", "Save the settlement notice"), settlement_file_name(unit_code))
    if target is None:
        return
    engine = context.login.engine

    def work() -> Path:
        write_settlement(engine, change_id, target, settlement_translate)
        return target

    context.runner.run(f"settlement-notice-{change_id}", work, on_done, on_failed)
