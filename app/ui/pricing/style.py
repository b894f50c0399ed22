"""The pricing screen's look, on top of the shared screen style (white cards on a light page,
one primary button): tables as in the customer list, tabs that read as page sections, and
the colours of price changes — red up, green down, as Chinese price boards show them."""

from __future__ import annotations

from PySide6.QtGui import QColor

from app.ui.customers.style import ERROR, SCREEN_CSS, SUCCESS, TEXT_MUTED, TITLE

UP = QColor(ERROR)
DOWN = QColor(SUCCESS)
SKIPPED = QColor("#9aa5b1")
SKIPPED_BACKGROUND = QColor("#f4f6f9")
PENDING = QColor("#b26a00")
STATUS_COLOURS = {"submitted": PENDING, "approved": QColor(SUCCESS),
                  "rejected": QColor(ERROR)}

TABLE_CSS = (
    "QTableView { background: white; border: 1px solid #dde3ea; border-radius: 6px;"
    " alternate-background-color: #f7f9fc; }"
    "QTableView::item { padding: 0 8px; }"
    "QTableView::item:selected { background: #dbe8f7; color: #1f3a5f; }"
    "QHeaderView::section { background: #f0f3f7; border: none;"
    " border-bottom: 1px solid #dde3ea; padding: 6px 8px; font-weight: 600;"
    " color: #44505e; }")

PRICING_CSS = SCREEN_CSS + f"""
QTabWidget::pane {{ border: none; border-top: 1px solid #dde3ea; top: -1px; }}
QTabBar::tab {{ padding: 8px 22px; margin-right: 2px; color: {TEXT_MUTED};
    border: none; border-bottom: 3px solid transparent; font-size: 11pt; }}
QTabBar::tab:selected {{ color: {TITLE}; font-weight: 600; border-bottom-color: #2f6db5; }}
QTabBar::tab:hover:!selected {{ color: {TITLE}; }}
QLabel[hint="true"] {{ color: {TEXT_MUTED}; font-size: 9pt; }}
QLabel#summary {{ color: {TITLE}; }}
QLabel#settings_chip {{ background: #eef2f7; color: {TITLE}; border-radius: 10px;
    padding: 3px 12px; }}
QTableWidget[editor="true"] {{ background: white; border: 1px solid #cbd3dc;
    border-radius: 4px; gridline-color: #e6eaf0; }}
QTableWidget[editor="true"][invalid="true"] {{ border: 1px solid {ERROR}; background: #fff6f6; }}
QTableWidget[editor="true"] QHeaderView::section {{ background: #f0f3f7; border: none;
    border-bottom: 1px solid #dde3ea; padding: 4px 6px; font-weight: 600; color: #44505e; }}
QToolButton[row_button="true"] {{ border: 1px solid #cbd3dc; border-radius: 4px;
    background: white; padding: 2px 8px; }}
QToolButton[row_button="true"]:hover {{ border-color: #8fa3ba; }}
"""
