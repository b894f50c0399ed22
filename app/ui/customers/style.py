"""The look shared by the intake and customer screens: white cards on a light page, one
primary (blue) button per screen, green/red banners. Colours follow the main window's."""

from __future__ import annotations

PRIMARY = "#2f6db5"
TEXT_MUTED = "#6b7785"
ERROR = "#c62828"
SUCCESS = "#2e7d32"
TITLE = "#1f3a5f"

SCREEN_CSS = f"""
QLabel#screen_title {{ font-size: 17pt; font-weight: 600; color: {TITLE}; }}
QLabel#screen_subtitle, QLabel[muted="true"] {{ color: {TEXT_MUTED}; }}
QFrame[card="true"] {{ background: #ffffff; border: 1px solid #dde3ea; border-radius: 8px; }}
QLabel[section="true"] {{ font-weight: 600; color: {TITLE}; font-size: 11pt; }}
QLabel[field_error="true"] {{ color: {ERROR}; font-size: 9pt; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"], QSpinBox[invalid="true"],
QDateEdit[invalid="true"], QPlainTextEdit[invalid="true"] {{
    border: 1px solid {ERROR}; border-radius: 3px; background: #fff6f6; }}
QPushButton[primary="true"] {{ background: {PRIMARY}; color: white; border: none;
    border-radius: 4px; padding: 7px 18px; font-weight: 600; }}
QPushButton[primary="true"]:hover {{ background: #275d9b; }}
QPushButton[primary="true"]:disabled {{ background: #9db7d6; }}
QLabel[chip="true"] {{ background: #eef2f7; color: {TITLE}; border-radius: 9px;
    padding: 2px 10px; }}
"""


BANNERS = {
    "ok": "background: #e8f5e9; color: #1b5e20; border: 1px solid #a5d6a7;"
          " font-weight: 600;",
    "error": "background: #fdecea; color: #8e1c14; border: 1px solid #f5b7b1;",
    "info": "background: #e8f0fa; color: #1f3a5f; border: 1px solid #b9cde6;",
}


def set_banner(label, kind: str, text: str) -> None:  # noqa: ANN001 — a QLabel
    """Show `text` in a banner label (kind ok/error/info), or hide it when text is empty.
    The style goes on the label itself, so padding is right from the first show."""
    label.setProperty("banner", kind)
    label.setStyleSheet(f"QLabel {{ {BANNERS[kind]} border-radius: 6px; padding: 8px 12px; }}")
    label.setText(text)
    label.setVisible(bool(text))


def repolish(widget) -> None:  # noqa: ANN001 — any QWidget
    """Re-apply the style sheet after a dynamic property changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()
