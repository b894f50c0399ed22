"""Choosing a zoom: the steps of the zoom buttons, fit to width, and the overview's fit.
Pure functions over a grid and the room available, so the view stays about painting."""

from __future__ import annotations

from app.domain.chart import ChartGrid
from app.ui.chart.layout import MAX_ZOOM, MIN_ZOOM, ChartLayout

ZOOM_STEPS = (0.1, 0.15, 0.2, 0.25, 0.33, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.15, 1.3, 1.5,
              1.75, 2.0)
USEFUL_OVERVIEW_ZOOM = 0.3  # below this room numbers disappear


def step_in(zoom: float) -> float:
    return next((z for z in ZOOM_STEPS if z > zoom + 1e-6), MAX_ZOOM)


def step_out(zoom: float) -> float:
    return next((z for z in reversed(ZOOM_STEPS) if z < zoom - 1e-6), MIN_ZOOM)


def fit_width(grid: ChartGrid, width: int) -> float | None:
    """The largest zoom at which every column fits `width` pixels of cell area."""
    base = ChartLayout(grid, 1.0)
    available = width - 2 * base.m.margin
    if not base.width or available <= 0:
        return None
    zoom = min(MAX_ZOOM, available / base.width)
    while zoom > MIN_ZOOM and ChartLayout(grid, zoom).width > available:
        zoom *= 0.98
    return zoom


def fit_overview(grid: ChartGrid, width: int, height: int) -> float | None:
    """The whole chart if it fits at a useful size; else the floors fill the height and the
    buildings scroll sideways (a 10,000-unit project is wider than any screen)."""
    base = ChartLayout(grid, 1.0)
    margin = base.m.margin
    if not base.width or not base.height:
        return None
    fit_w = (width - 2 * margin) / base.width
    fit_h = (height - 2 * margin) / base.height
    zoom = min(1.0, min(fit_w, fit_h) if min(fit_w, fit_h) >= USEFUL_OVERVIEW_ZOOM else fit_h)
    while zoom > MIN_ZOOM and ChartLayout(grid, zoom).height > height - 2 * margin:
        zoom *= 0.98
    return zoom
