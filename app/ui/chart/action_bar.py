"""The bar above the chart that says what is selected (how many units, their area and list
value) and offers the actions the user's roles have, each enabled only when it applies to
the whole selection — the same rules as the context menu. The sale actions (认购, 小定,
查看交易) come first, as the salesperson's main work; `buttons` holds the status changes,
`sale_buttons` the sales."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from app.domain.chart import ChartUnit
from app.ui.chart import formatting as fmt
from app.ui.chart.actions import ActionKind, ActionSpec, OfferedSale, SaleKind


class ActionBar(QWidget):
    """Signals:
        action_triggered(object): an ActionKind was clicked.
    """

    action_triggered = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("action_bar")
        self.summary = QLabel()
        self.summary.setObjectName("selection_summary")
        self.summary.setStyleSheet("color: #33475B;")
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.buttons: dict[ActionKind, QToolButton] = {}
        self.sale_buttons: dict[SaleKind, QToolButton] = {}
        self._specs: list[ActionSpec] = []
        self._sales: list[OfferedSale] = []
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(4)
        self._row.addWidget(self.summary, 1)
        self.set_selection([])

    def set_actions(self, specs: Sequence[ActionSpec | OfferedSale]) -> None:
        """One button per action the user's roles have at all (sales first)."""
        for button in (*self.sale_buttons.values(), *self.buttons.values()):
            self._row.removeWidget(button)
            button.deleteLater()
        self.buttons, self.sale_buttons = {}, {}
        self._sales = [s for s in specs if isinstance(s, OfferedSale)]
        self._specs = [s for s in specs if not isinstance(s, OfferedSale)]
        for sale in self._sales:
            self.sale_buttons[sale.kind] = self._add_button(sale, f"sale_{sale.kind.value}")
        for spec in self._specs:
            self.buttons[spec.kind] = self._add_button(spec, f"action_{spec.kind.value}")

    def _add_button(self, spec: ActionSpec | OfferedSale, name: str) -> QToolButton:
        import qtawesome as qta

        button = QToolButton()
        button.setObjectName(name)
        button.setIcon(qta.icon(spec.icon, color="#1F3A5F", color_disabled="#B8C0CA"))
        button.setIconSize(QSize(15, 15))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        button.setText(spec.display_label())
        button.setToolTip(spec.display_tip())
        button.setEnabled(False)
        button.clicked.connect(lambda _c=False, k=spec.kind: self.action_triggered.emit(k))
        self._row.addWidget(button)
        return button

    def update_enabled(self, applicable: dict[ActionKind, bool]) -> None:
        for kind, button in self.buttons.items():
            button.setEnabled(applicable.get(kind, False))

    def set_selection(self, units: Sequence[ChartUnit]) -> None:
        for sale in self._sales:
            self.sale_buttons[sale.kind].setEnabled(sale.applicable(units))
        if not units:
            self.summary.setText(self.tr("Click a unit to select it; Ctrl-click or drag to "
                                         "select several; right-click for actions."))
            return
        if len(units) == 1:
            u = units[0]
            self.summary.setText(self.tr("{code} · {layout} · {area} · {total}").format(
                code=u.code, layout=u.layout or "—", area=fmt.area(u.gross_area),
                total=fmt.money_short(u.list_total)))
            return
        area = sum((u.gross_area for u in units), Decimal(0))
        value = sum((u.list_total or Decimal(0) for u in units), Decimal(0))
        self.summary.setText(self.tr("{n} units selected · {area} · {total}").format(
            n=len(units), area=fmt.area(area), total=fmt.money_short(value)))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            for spec in self._specs:
                self.buttons[spec.kind].setText(spec.display_label())
                self.buttons[spec.kind].setToolTip(spec.display_tip())
            for sale in self._sales:
                self.sale_buttons[sale.kind].setText(sale.display_label())
                self.sale_buttons[sale.kind].setToolTip(sale.display_tip())
        super().changeEvent(event)
