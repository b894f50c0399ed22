"""The bar above the chart that says what is selected (how many units, their area and list
value) and offers the actions the user's roles have, each enabled only when it applies to
the whole selection — the same rules as the context menu."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from app.domain.chart import ChartUnit
from app.ui.chart import formatting as fmt
from app.ui.chart.actions import ActionKind, ActionSpec


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
        self._specs: list[ActionSpec] = []
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(4)
        self._row.addWidget(self.summary, 1)
        self.set_selection([])

    def set_actions(self, specs: Sequence[ActionSpec]) -> None:
        """One button per action the user's roles have at all."""
        import qtawesome as qta

        for button in self.buttons.values():
            self._row.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        self._specs = list(specs)
        for spec in specs:
            button = QToolButton()
            button.setObjectName(f"action_{spec.kind.value}")
            button.setIcon(qta.icon(spec.icon, color="#1F3A5F", color_disabled="#B8C0CA"))
            button.setIconSize(QSize(15, 15))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            button.setText(spec.display_label())
            button.setToolTip(spec.display_tip())
            button.setEnabled(False)
            button.clicked.connect(lambda _c=False, k=spec.kind: self.action_triggered.emit(k))
            self._row.addWidget(button)
            self.buttons[spec.kind] = button

    def update_enabled(self, applicable: dict[ActionKind, bool]) -> None:
        for kind, button in self.buttons.items():
            button.setEnabled(applicable.get(kind, False))

    def set_selection(self, units: Sequence[ChartUnit]) -> None:
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
        super().changeEvent(event)
