"""The dashboard's charts (QtCharts): each a QChartView whose chart is refilled on every
load; a click on a bar or a slice calls `on_drill(DrillDown)`. Figures reach the charts as
floats — charts only draw; the cards and tooltips show the Decimals."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

Drill = Callable[[Any], None]
COLORS = ("#1f6feb", "#2e7d32", "#f29900", "#c62828", "#6f42c1", "#00838f", "#8d6e63",
          "#5c6bc0")


def make_view(name: str, parent: QWidget | None = None) -> QChartView:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setVisible(False)
    view = QChartView(chart, parent)
    view.setObjectName(name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(240)
    return view


def _clear(chart: QChart, title: str) -> None:
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
        axis.deleteLater()
    chart.setTitle(title)
    chart.legend().setVisible(False)


def bar_chart(view: QChartView, title: str, categories: Sequence[str],
              sets: Sequence[tuple[str, Sequence[float]]], drills: Sequence[Any],
              on_drill: Drill, **options: Any) -> None:
    """Refill `view` with bars: one QBarSet per (name, values); bar i drills into drills[i].
    Options: horizontal (bool), label_format ("@value"), value_max (the axis' top)."""
    horizontal = bool(options.get("horizontal", False))
    chart = view.chart()
    _clear(chart, title)
    if not categories:
        return
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    for i, (name, values) in enumerate(sets):
        bar_set = QBarSet(name)
        bar_set.setColor(QColor(COLORS[i % len(COLORS)]))
        bar_set.append([round(float(v), 2) for v in values])
        bar_set.clicked.connect(lambda index, d=tuple(drills): on_drill(d[index]))
        series.append(bar_set)
    series.setLabelsVisible(True)
    series.setLabelsFormat(options.get("label_format", "@value"))
    chart.addSeries(series)
    names = QBarCategoryAxis()
    names.append(list(categories))
    values_axis = QValueAxis()
    values_axis.setLabelFormat("%.0f")
    top = max((float(v) for _n, vs in sets for v in vs), default=0.0)
    value_max = options.get("value_max")
    values_axis.setRange(0, value_max if value_max is not None else max(top * 1.15, 1.0))
    if value_max is None:
        values_axis.applyNiceNumbers()
    chart.addAxis(names, Qt.AlignmentFlag.AlignLeft if horizontal else
                  Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values_axis, Qt.AlignmentFlag.AlignBottom if horizontal else
                  Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(names)
    series.attachAxis(values_axis)
    chart.legend().setVisible(len(sets) > 1)


def pie_chart(view: QChartView, title: str, slices: Sequence[tuple[str, float, Any]],
              on_drill: Drill) -> None:
    """Refill `view` with a pie of (label, value, drill); empty slices are left out."""
    chart = view.chart()
    _clear(chart, title)
    shown = [s for s in slices if s[1] > 0]
    if not shown:
        return
    series = QPieSeries()
    for i, (label, value, drill) in enumerate(shown):
        piece = series.append(label, float(value))
        piece.setColor(QColor(COLORS[i % len(COLORS)]))
        piece.setLabelVisible(True)
        piece.clicked.connect(lambda d=drill: on_drill(d))
    chart.addSeries(series)
    chart.legend().setVisible(False)
