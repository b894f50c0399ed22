"""The legend under the chart: per status its colour, name, count, area (㎡) and list value
(万元), the totals, and the sell-through rate (去化率) by count and by area of what is shown
— the numbers a manager reads out in the morning meeting. Clicking a status toggles it in the
filter."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.domain.statuses import UnitStatus
from app.ui.chart import formatting as fmt
from app.ui.chart.legend_card import LegendCard
from app.ui.chart.model import ChartModel
from app.ui.common.labels import unit_status_name

STYLE = """
QFrame#legend_card { background: #FFFFFF; border: 1px solid #E2E7ED; border-radius: 6px; }
QFrame#legend_card:hover { border-color: #9DB4CF; }
QFrame#legend_card[checked="true"] { border: 2px solid #2563EB; background: #F3F7FF; }
QLabel#legend_name { color: #33475B; font-weight: 600; }
QLabel#legend_count { color: #0F172A; font-weight: 700; font-size: 12pt; }
QLabel#legend_detail { color: #6B7785; font-size: 9pt; }
QFrame#sell_through { background: #1F3A5F; border-radius: 6px; }
QFrame#sell_through QLabel { color: #FFFFFF; }
QLabel#sell_title { color: #C9D6E6; font-size: 9pt; }
QLabel#sell_value { font-size: 15pt; font-weight: 700; }
QLabel#sell_detail { color: #C9D6E6; font-size: 9pt; }
"""


class LegendWidget(QWidget):
    """Signals:
        status_toggled(object): the user clicked a status (a UnitStatus); the model's filter
            has already been changed.
    """

    status_toggled = Signal(object)

    def __init__(self, model: ChartModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legend")
        self.model = model
        self.cards: dict[UnitStatus, LegendCard] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        for status in UnitStatus:
            card = LegendCard(status)
            card.clicked.connect(lambda s=status: self.toggle(s))
            self.cards[status] = card
            row.addWidget(card, 1)
        self.total_card = LegendCard(None)
        row.addWidget(self.total_card, 1)
        self.sell_through = QFrame()
        self.sell_through.setObjectName("sell_through")
        self.sell_title = QLabel()
        self.sell_title.setObjectName("sell_title")
        self.sell_value = QLabel()
        self.sell_value.setObjectName("sell_value")
        self.sell_detail = QLabel()
        self.sell_detail.setObjectName("sell_detail")
        box = QVBoxLayout(self.sell_through)
        box.setContentsMargins(12, 6, 12, 6)
        box.setSpacing(0)
        for label in (self.sell_title, self.sell_value, self.sell_detail):
            box.addWidget(label)
        row.addWidget(self.sell_through, 1)
        self.setStyleSheet(STYLE)
        model.changed.connect(self.refresh)
        self.refresh()

    def toggle(self, status: UnitStatus) -> None:
        current = self.model.filter
        self.model.set_filter(replace(current, statuses=current.statuses ^ {status}))
        self.status_toggled.emit(status)

    def refresh(self) -> None:
        legend = self.model.legend
        chosen = self.model.filter.statuses
        for status, card in self.cards.items():
            totals = legend.of(status)
            card.name.setText(unit_status_name(status))
            card.count.setText(fmt.count(totals.count))
            self._figures(card, totals)
            card.set_checked(status in chosen)
            card.setToolTip(self.tr("Click to show only (or also) units that are {status}")
                            .format(status=unit_status_name(status)))
        total = legend.total
        self.total_card.name.setText(self.tr("Total"))
        self.total_card.count.setText(fmt.count(total.count))
        self._figures(self.total_card, total)
        self.sell_title.setText(self.tr("Sell-through (by units)"))
        self.sell_value.setText(fmt.percent(legend.sell_through_count))
        self.sell_detail.setText(self.tr("by area {rate}").format(
            rate=fmt.percent(legend.sell_through_area)))
        self.sell_through.setToolTip(self.tr(
            "Reserved, contracted and filed units over all released units (not counting "
            "those not yet released)."))

    def _figures(self, card: LegendCard, totals) -> None:  # noqa: ANN001 — StatusTotals
        card.area.setText(self.tr("{area} ㎡").format(area=fmt.area_number(totals.gross_area)))
        card.value.setText(self.tr("{value} 万元").format(value=fmt.wan(totals.list_value)))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
