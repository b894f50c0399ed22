"""价格图: a trial shown as the sales control chart coloured by the new unit price — the
building chooser (when the trial spans several buildings), the legend of the colour scale
(the trial's lowest → highest new unit price, grey for the units a plan leaves at their
price, dashed for the building's units outside the trial) and the painted map."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.pricing.price_map_model import OUTSIDE, SKIPPED, PriceMapModel, price_text
from app.ui.pricing.price_map_painter import OUTSIDE_FILL
from app.ui.pricing.price_map_view import PriceMapView
from app.ui.pricing.price_scale import (
    OUTSIDE_BORDER,
    SKIPPED_BORDER,
    SKIPPED_FILL,
    STOPS,
)

LEGEND_CSS = """
QLabel[legend="true"] { color: #44505e; }
QLabel#scale_low, QLabel#scale_high { color: #1f2933; font-weight: 600; }
QFrame#price_map_frame { background: white; border: 1px solid #dde3ea; border-radius: 6px; }
"""


class ScaleBar(QWidget):
    """The colour scale drawn as a bar, lowest price at the left."""

    def sizeHint(self) -> QSize:
        return QSize(180, 14)

    def minimumSizeHint(self) -> QSize:
        return QSize(90, 14)

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        gradient = QLinearGradient(rect.topLeft(), rect.topRight())
        for i, stop in enumerate(STOPS):
            gradient.setColorAt(i / (len(STOPS) - 1), QColor(stop))
        p.setBrush(gradient)
        p.setPen(QPen(QColor("#9aa5b1"), 1))
        p.drawRoundedRect(rect, 3, 3)
        p.end()


class Swatch(QWidget):
    """A small cell sample for the legend: grey (skipped) or dashed (outside the trial)."""

    def __init__(self, fill: QColor, border: QColor, dashed: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fill, self.border, self.dashed = fill, border, dashed
        self.setFixedSize(22, 14)

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(self.border, 1)
        if self.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(self.fill)
        p.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        p.end()


class PriceMapPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import qtawesome as qta

        self.setObjectName("price_map")
        self.model = PriceMapModel(self)
        self.view = PriceMapView(self.model)
        self.building_label = QLabel()
        self.building_combo = QComboBox()
        self.building_combo.setObjectName("price_map_building")
        self.building_combo.setMinimumWidth(140)
        self.zoom_out_button = self._tool_button(qta.icon("fa6s.magnifying-glass-minus",
                                                          color="#44505e"))
        self.zoom_in_button = self._tool_button(qta.icon("fa6s.magnifying-glass-plus",
                                                         color="#44505e"))
        self.fit_button = self._tool_button(qta.icon("fa6s.expand", color="#44505e"))
        self.scale_title = QLabel()
        self.scale_low, self.scale_high = QLabel(), QLabel()
        self.scale_low.setObjectName("scale_low")
        self.scale_high.setObjectName("scale_high")
        self.scale_bar = ScaleBar()
        self.skipped_swatch = Swatch(SKIPPED_FILL, SKIPPED_BORDER)
        self.skipped_label = QLabel()
        self.outside_swatch = Swatch(OUTSIDE_FILL, OUTSIDE_BORDER, dashed=True)
        self.outside_label = QLabel()
        for label in (self.building_label, self.scale_title, self.skipped_label,
                      self.outside_label):
            label.setProperty("legend", True)
        self._build()
        self.building_combo.activated.connect(
            lambda index: self.model.set_building(self.building_combo.itemData(index)))
        self.model.changed.connect(self._refresh_legend)
        self.zoom_out_button.clicked.connect(self.view.zoom_out)
        self.zoom_in_button.clicked.connect(self.view.zoom_in)
        self.fit_button.clicked.connect(self.view.fit)
        self._retranslate()

    def _build(self) -> None:
        middle = Qt.AlignmentFlag.AlignVCenter
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(6)
        bar.addWidget(self.building_label, 0, middle)
        bar.addWidget(self.building_combo, 0, middle)
        bar.addSpacing(8)
        for button in (self.zoom_out_button, self.fit_button, self.zoom_in_button):
            bar.addWidget(button, 0, middle)
        bar.addStretch(1)
        bar.addWidget(self.scale_title, 0, middle)
        bar.addSpacing(4)
        bar.addWidget(self.scale_low, 0, middle)
        bar.addWidget(self.scale_bar, 0, middle)
        bar.addWidget(self.scale_high, 0, middle)
        bar.addSpacing(14)
        bar.addWidget(self.skipped_swatch, 0, middle)
        bar.addWidget(self.skipped_label, 0, middle)
        bar.addSpacing(10)
        bar.addWidget(self.outside_swatch, 0, middle)
        bar.addWidget(self.outside_label, 0, middle)
        frame = QFrame()
        frame.setObjectName("price_map_frame")
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(1, 1, 1, 1)
        inner.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addWidget(frame, 1)
        self.setStyleSheet(LEGEND_CSS)

    @staticmethod
    def _tool_button(icon: Any) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon)
        button.setAutoRaise(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    # --- public -----------------------------------------------------------------------------

    def set_trial(self, changes: Iterable[Any], units: Mapping[int, Any],
                  buildings: Sequence[Any] = (), per_unit: bool = False) -> None:
        self.model.set_trial(changes, units, buildings, per_unit)

    def clear(self) -> None:
        self.model.clear()

    def choose_building(self, building_id: int) -> None:
        self.model.set_building(building_id)

    # --- showing ----------------------------------------------------------------------------

    def _refresh_legend(self) -> None:
        model = self.model
        combo = self.building_combo
        combo.blockSignals(True)
        combo.clear()
        for building in model.buildings:
            combo.addItem(self.tr("{name} ({n} units)").format(name=building.name,
                                                               n=building.count), building.id)
        combo.setCurrentIndex(max(0, combo.findData(model.building_id)))
        combo.blockSignals(False)
        several = len(model.buildings) > 1
        self.building_label.setVisible(several)
        combo.setVisible(several)
        scale = model.scale
        self.scale_low.setText(self._price(scale.low) if scale else "—")
        self.scale_high.setText(self._price(scale.high) if scale else "—")
        self.scale_title.setText(self.tr("New unit price, yuan/unit") if model.per_unit
                                 else self.tr("New unit price, yuan/m²"))
        kinds = set(model.kinds)
        self.skipped_swatch.setVisible(SKIPPED in kinds)
        self.skipped_label.setVisible(SKIPPED in kinds)
        self.outside_swatch.setVisible(OUTSIDE in kinds)
        self.outside_label.setVisible(OUTSIDE in kinds)

    def _price(self, value: Any) -> str:
        return price_text(value, self.model.per_unit)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.building_label.setText(self.tr("Building"))
        self.skipped_label.setText(self.tr("Skipped: price kept"))
        self.outside_label.setText(self.tr("Not in this trial"))
        self.scale_bar.setToolTip(self.tr("Paler is cheaper, darker is dearer: the same "
                                          "colour is the same price in every building."))
        self.view.set_placeholder(self.tr("No unit to show."))
        self.zoom_out_button.setToolTip(self.tr("Smaller cells (Ctrl + mouse wheel)"))
        self.zoom_in_button.setToolTip(self.tr("Larger cells (Ctrl + mouse wheel)"))
        self.fit_button.setToolTip(self.tr("Fit the building to the view (Ctrl+0)"))
        if len(self.model) or self.model.buildings:
            self.model.refresh_texts()
        else:
            self._refresh_legend()
