"""Choosing an application font that has Chinese glyphs.

Qt's default font on a bare Linux desktop may lack CJK glyphs (boxes instead of 中文);
Windows and macOS have good ones under other names. The first installed family wins.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

CJK_FAMILIES = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "Noto Sans SC",
)


def apply_cjk_font(app: QApplication, point_size: int = 10) -> str | None:
    """Set the first available CJK family as the app font; returns it, or None if none is."""
    families = set(QFontDatabase.families())
    for family in CJK_FAMILIES:
        if family in families:
            font = QFont(family)
            font.setPointSize(max(point_size, app.font().pointSize()))
            app.setFont(font)
            return family
    return None
