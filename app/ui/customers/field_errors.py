"""Showing a refusal where it belongs: the service names the field in `UserError.key`
("phone:phone_invalid" → the phone field), so the form highlights that field, writes the
translated sentence right under it and puts the cursor there. A refusal that names no known
field goes to the form's banner. Nothing is saved in either case — the service refused."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.ui.common.errors import error_text, is_user_error, user_message
from app.ui.customers import labels
from app.ui.customers.style import repolish, set_banner


def with_error_label(widget: QWidget) -> tuple[QWidget, QLabel]:
    """`widget` stacked over a (hidden) red error line, as one form row."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    error = QLabel()
    error.setProperty("field_error", True)
    error.setWordWrap(True)
    error.hide()
    column.addWidget(error)
    return box, error


def field_of(error: BaseException) -> str:
    """The form field a refusal names: the key's part before ":"; for a duplicate, what it
    matched on (phone or ID number)."""
    key = getattr(error, "key", "") or ""
    if key == "customer_duplicate":
        return str(getattr(error, "params", {}).get("matched", ""))
    return key.split(":", 1)[0] if ":" in key else ""


def message_of(error: BaseException) -> str:
    """The sentence to show; a duplicate's "matched" code becomes a translated field name."""
    if not is_user_error(error):
        return error_text(error)
    if getattr(error, "key", "") == "customer_duplicate":
        from dataclasses import replace

        params = dict(error.params)  # type: ignore[attr-defined]
        params["matched"] = labels.label(labels.FIELDS, params.get("matched"))
        return user_message(replace(error, params=params))  # type: ignore[arg-type]
    return user_message(error)  # type: ignore[arg-type]


class FieldErrors:
    """The error lines of one form, by field name (the services' field names)."""

    def __init__(self, banner: QLabel) -> None:
        self.banner = banner
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self.current: str | None = None

    def add(self, name: str, widget: QWidget, error_label: QLabel) -> None:
        self._fields[name] = (widget, error_label)

    def show(self, error: BaseException) -> str | None:
        """Show `error` at its field (returns the field name) or in the banner (None)."""
        self.clear()
        text = message_of(error)
        name = field_of(error)
        if name not in self._fields or not self._fields[name][0].isVisibleTo(
                self._fields[name][0].window()):
            set_banner(self.banner, "error", text)
            return None
        widget, line = self._fields[name]
        widget.setProperty("invalid", True)
        repolish(widget)
        line.setText(text)
        line.show()
        widget.setFocus()
        self.current = name
        return name

    def text_at(self, name: str) -> str:
        """The error shown at field `name` ("" when none) — for tests and screen readers."""
        widget_line = self._fields.get(name)
        return widget_line[1].text() if widget_line and widget_line[1].isVisibleTo(
            widget_line[1].parentWidget()) else ""

    def clear(self) -> None:
        for widget, line in self._fields.values():
            if widget.property("invalid"):
                widget.setProperty("invalid", False)
                repolish(widget)
            line.hide()
            line.clear()
        set_banner(self.banner, "error", "")
        self.current = None
