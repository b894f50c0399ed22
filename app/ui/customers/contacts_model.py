"""An enterprise customer's contact persons (联系人) as an editable table: name, title, phone.
Cells hold what was typed; the service checks and normalises on save. A stored phone (E.164)
is shown as dialled ("138 0000 1111", "+852 9123 4567") and edited in that form. The model
remembers whether it holds the server's list (`loaded`) and whether it was changed since
(`dirty`), so the dialog never replaces the server's list with one it did not read."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.services.customers import Contact

COLUMNS = ("name", "title", "phone")
NAME, TITLE, PHONE = range(3)
MAX_LENGTH = {"name": 50, "title": 50, "phone": 30}   # the table's own limits
E164 = re.compile(r"\+[1-9][0-9]{6,14}")
INVALID = QColor("#fdecea")
_Index = QModelIndex | QPersistentModelIndex


def phone_display(phone: str | None) -> str:
    """A valid E.164 number as dialled; anything else (as typed, masked) unchanged."""
    if not phone:
        return ""
    if not E164.fullmatch(phone):
        return phone
    from app.domain.phones import format_phone_display

    try:
        return format_phone_display(phone)
    except ValueError:
        return phone


def is_blank(person: Contact) -> bool:
    return not (person.name or person.title or person.phone)


class ContactsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._people: list[Contact] = []
        self.editable = True    # the role may change contact persons
        self.loaded = False     # holds the server's list (or a new customer's empty one)
        self.dirty = False      # changed here since then
        self._invalid: tuple[int, int] | None = None

    # --- public -----------------------------------------------------------------------------

    def set_people(self, people: list[Contact]) -> None:
        """The server's list: replaces the rows, loaded and not dirty."""
        self.beginResetModel()
        self._people = list(people)
        self._invalid = None
        self.loaded, self.dirty = True, False
        self.endResetModel()

    def can_edit(self) -> bool:
        """Editable role, and the server's list is here (nothing to overwrite unread)."""
        return self.editable and self.loaded

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        if self._people:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._people) - 1, len(COLUMNS) - 1))

    def people(self) -> list[Contact]:
        """The rows as typed (stripped, empty → None), rows left completely empty skipped."""
        return [person for _row, person in self.typed_rows()]

    def typed_rows(self) -> list[tuple[int, Contact]]:
        """(row, person) for every row not left completely empty."""
        return [(row, person) for row, person in enumerate(self._people)
                if not is_blank(person)]

    def person(self, row: int) -> Contact:
        return self._people[row]

    def add_person(self) -> int | None:
        """Append an empty row; returns its number (None when not editable)."""
        row = len(self._people)
        return row if self.insertRows(row, 1) else None

    def mark_invalid(self, row: int | None, column: int = NAME) -> None:
        """Tint the cell a refusal was about (None: no cell)."""
        old, self._invalid = self._invalid, None if row is None else (row, column)
        for cell in (old, self._invalid):
            if cell is not None and cell[0] < len(self._people):
                index = self.index(*cell)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.BackgroundRole])

    # --- Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 — Qt signature
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return INVALID if self._invalid == (index.row(), index.column()) else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        value = getattr(self._people[index.row()], COLUMNS[index.column()])
        return phone_display(value) if index.column() == PHONE else value or ""

    def setData(self, index: _Index, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.can_edit()
                or not 0 <= index.row() < len(self._people)):
            return False
        text = str(value or "").strip()
        if text == (self.data(index, Qt.ItemDataRole.EditRole) or ""):
            return True     # unchanged (a stored phone is edited in its dialled form)
        field = COLUMNS[index.column()]
        person = self._people[index.row()]
        self._people[index.row()] = replace(person, **{field: text if field == "name"
                                                       else text or None})
        self.dirty = True
        if self._invalid == (index.row(), index.column()):
            self.mark_invalid(None)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole,
                                             Qt.ItemDataRole.EditRole])
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if self.can_edit() else flags

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if 0 <= section < len(self._people) else None
        if not 0 <= section < len(COLUMNS):
            return None
        return (self.tr("Name"), self.tr("Title"), self.tr("Phone"))[section]

    def insertRows(self, row: int, count: int,
                   parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        if (parent.isValid() or not self.can_edit() or count < 1
                or not 0 <= row <= len(self._people)):
            return False
        self.beginInsertRows(QModelIndex(), row, row + count - 1)
        self._people[row:row] = [Contact("") for _ in range(count)]
        self._invalid = None
        self.endInsertRows()
        self.dirty = True
        return True

    def removeRows(self, row: int, count: int,
                   parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        if (parent.isValid() or not self.can_edit() or count < 1 or row < 0
                or row + count > len(self._people)):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._people[row:row + count]
        self._invalid = None
        self.endRemoveRows()
        self.dirty = True
        return True
