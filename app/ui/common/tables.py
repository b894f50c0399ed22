"""The look every read-only list of EstateDesk shares: whole rows selected one at a time,
nothing edited in place, alternating rows without a grid, no row numbers, fixed row height,
headers aligned left, the column widths given, and the tables' style sheet."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from app.ui.pricing.style import TABLE_CSS

ROW_HEIGHT = 30


def style_table(view: QTableView, widths: Sequence[int] = (), *, stretch: Iterable[int] = (),
                row_height: int = ROW_HEIGHT) -> QTableView:
    """Give `view` (its model already set) the list look; `widths` per column, the columns
    `stretch` take the room left. Returns the view."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setShowGrid(False)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(row_height)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    view.setStyleSheet(TABLE_CSS)
    return view
