"""A drop-down button to pick any number of values (layouts, orientations, statuses): a menu
of check boxes that stays open while the user ticks, and a caption saying what is chosen."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget


class _StayOpenMenu(QMenu):
    """A menu whose check boxes can be ticked one after another without it closing."""

    def mouseReleaseEvent(self, event) -> None:  # noqa: ANN001 — Qt override
        action = self.activeAction()
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            return
        super().mouseReleaseEvent(event)


class MultiSelectButton(QToolButton):
    """Signals:
        selection_changed(): the user ticked or unticked a value.
    """

    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setStyleSheet(
            "QToolButton { padding: 3px 22px 3px 8px; border: 1px solid #CBD3DC;"
            " border-radius: 4px; background: #FFFFFF; }"
            "QToolButton:hover { border-color: #8FA3BA; }"
            "QToolButton:disabled { color: #A3AAB3; background: #F5F7FA; }"
            "QToolButton::menu-indicator { subcontrol-origin: padding;"
            " subcontrol-position: center right; right: 7px; }")
        self.menu_ = _StayOpenMenu(self)
        self.setMenu(self.menu_)
        self._title = ""
        self._all_text = ""
        self._actions: dict[object, QAction] = {}

    def set_title(self, title: str, all_text: str) -> None:
        self._title, self._all_text = title, all_text
        self._update_text()

    def set_options(self, options: Iterable[tuple[object, str]]) -> None:
        """(value, label) pairs; values chosen before stay chosen if still offered."""
        chosen = self.selected()
        self.menu_.clear()
        self._actions = {}
        for value, label in options:
            action = QAction(label, self.menu_)
            action.setCheckable(True)
            action.setChecked(value in chosen)
            action.toggled.connect(self._on_toggled)
            self.menu_.addAction(action)
            self._actions[value] = action
        self.setEnabled(bool(self._actions))
        self._update_text()

    def relabel(self, labels: dict[object, str]) -> None:
        for value, action in self._actions.items():
            if value in labels:
                action.setText(labels[value])
        self._update_text()

    def options(self) -> list[object]:
        return list(self._actions)

    def selected(self) -> frozenset:
        return frozenset(v for v, a in self._actions.items() if a.isChecked())

    def set_selected(self, values: Iterable[object]) -> None:
        """Tick exactly these (no signal: this mirrors a filter set elsewhere)."""
        wanted = set(values)
        for value, action in self._actions.items():
            action.blockSignals(True)
            action.setChecked(value in wanted)
            action.blockSignals(False)
        self._update_text()

    def set_checked(self, value: object, checked: bool) -> None:
        """Tick one value as the user would (emits selection_changed)."""
        self._actions[value].setChecked(checked)

    def _on_toggled(self, _checked: bool) -> None:
        self._update_text()
        self.selection_changed.emit()

    def _update_text(self) -> None:
        chosen = [a.text() for a in self._actions.values() if a.isChecked()]
        if not chosen:
            shown = self._all_text
        elif len(chosen) <= 2:
            shown = self.tr(", ").join(chosen)
        else:
            shown = f"{chosen[0]} +{len(chosen) - 1}"
        self.setText(self.tr("{title}: {chosen}").format(title=self._title, chosen=shown)
                     if self._title else shown)
