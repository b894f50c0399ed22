"""The "联系人" card of an enterprise customer's detail: a small table of contact persons
(name, title, phone) with add and remove buttons. Read-only roles see the table without the
buttons. The detail dialog loads and saves the list; a refusal is shown under the table with
the person's number, and the offending cell is made current and tinted."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.customers.contacts_model import (
    COLUMNS,
    MAX_LENGTH,
    NAME,
    PHONE,
    TITLE,
    ContactsModel,
)
from app.ui.customers.field_errors import field_of, message_of

ROW_HEIGHT = 30
SHOWN_ROWS = (2, 6)          # the table is at least / at most this many rows high
FIELD_COLUMNS = {"contact_name": NAME, "name": NAME, "contact_title": TITLE, "title": TITLE,
                 "phone": PHONE}
TABLE_CSS = ("QTableView { background: white; border: 1px solid #dde3ea; border-radius: 6px;"
             " alternate-background-color: #f7f9fc; }"
             "QTableView::item { padding: 0 8px; }"
             "QTableView::item:selected { background: #dbe8f7; color: #1f3a5f; }"
             "QHeaderView::section { background: #f0f3f7; border: none;"
             " border-bottom: 1px solid #dde3ea; padding: 5px 8px; font-weight: 600;"
             " color: #44505e; }")


class ContactsDelegate(QStyledItemDelegate):
    """Plain line editors, as long as the column allows."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(MAX_LENGTH[COLUMNS[index.column()]])
        return editor


class ContactsSection(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import qtawesome as qta

        self.setProperty("card", True)
        self.setObjectName("contacts_section")
        self.model = ContactsModel(self)
        self.title = QLabel()
        self.title.setProperty("section", True)
        self.table = QTableView()
        self.table.setObjectName("contacts_table")
        self.table.setModel(self.model)
        self.table.setItemDelegate(ContactsDelegate(self.table))
        self.add_button = QPushButton(qta.icon("fa6s.user-plus"), "")
        self.add_button.setObjectName("add_contact")
        self.remove_button = QPushButton(qta.icon("fa6s.user-minus"), "")
        self.remove_button.setObjectName("remove_contact")
        self.note = QLabel()
        self.note.setProperty("muted", True)
        self.note.setWordWrap(True)
        self.error_line = QLabel()
        self.error_line.setProperty("field_error", True)
        self.error_line.setWordWrap(True)
        self.error_line.hide()
        self._load_problem = ""
        self._build()
        self.add_button.clicked.connect(self.add_person)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(self._on_rows_changed)
        self.set_editable(True)
        self._retranslate()

    # --- public -----------------------------------------------------------------------------

    def set_editable(self, editable: bool) -> None:
        self.model.set_editable(editable)
        self.add_button.setVisible(editable)
        self.remove_button.setVisible(editable)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
            if editable else QAbstractItemView.EditTrigger.NoEditTriggers)
        self._update_buttons()

    def is_editable(self) -> bool:
        return self.model.editable

    def add_person(self) -> None:
        """A new empty row, its name cell open for typing."""
        self.commit_editing()
        row = self.model.add_person()
        if row is None:
            return
        index = self.model.index(row, NAME)
        self.table.setCurrentIndex(index)
        self.table.setFocus()
        self.table.edit(index)

    def remove_selected(self) -> None:
        self.commit_editing()
        rows = {index.row() for index in self.table.selectionModel().selectedIndexes()}
        for row in sorted(rows, reverse=True):
            self.model.removeRows(row, 1)

    def commit_editing(self) -> None:
        """Put what is typed in an open cell editor into the model (before saving)."""
        editor = self.table.indexWidget(self.table.currentIndex())
        if editor is not None:
            self.table.commitData(editor)
            self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def set_load_problem(self, text: str) -> None:
        """Why the list could not be read ("" when it was)."""
        self._load_problem = text
        self._update_note()

    def show_error(self, error: BaseException) -> int | None:
        """Show a refusal of the list under the table; select the cell it is about and
        return its row (None when no row can be named)."""
        text = message_of(error)
        row, column = self._cell_of(error)
        if row is not None:
            text = self.tr("Contact person {number}: {message}").format(number=row + 1,
                                                                         message=text)
            index = self.model.index(row, column)
            self.model.mark_invalid(row, column)
            self.table.clearSelection()     # the cell's red tint shows, not the selection
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(index)
            self.table.setFocus()
        self.error_line.setText(text)
        self.error_line.show()
        return row

    def error_text(self) -> str:
        return self.error_line.text() if not self.error_line.isHidden() else ""

    def clear_error(self) -> None:
        self.error_line.hide()
        self.error_line.clear()
        self.model.mark_invalid(None)

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        table = self.table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setShowGrid(False)
        table.setStyleSheet(TABLE_CSS)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.add_button)
        head.addWidget(self.remove_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 12)
        column.setSpacing(8)
        column.addLayout(head)
        column.addWidget(table)
        column.addWidget(self.note)
        column.addWidget(self.error_line)
        self._fit_height()

    def _fit_height(self) -> None:
        low, high = SHOWN_ROWS
        rows = min(max(self.model.rowCount(), low), high)
        frame = 2 * self.table.frameWidth()
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height()
                                  + rows * ROW_HEIGHT + frame + 2)

    # --- state ------------------------------------------------------------------------------

    def _on_rows_changed(self, *_args: object) -> None:
        self._fit_height()
        self._update_note()
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        selected = self.table.selectionModel().hasSelection()
        self.remove_button.setEnabled(self.model.can_edit() and selected)
        self.add_button.setEnabled(self.model.can_edit())

    def _update_note(self) -> None:
        if self._load_problem:
            text = self._load_problem
        elif self.model.rowCount() == 0:
            text = (self.tr("No contact persons yet: add the people you deal with at this "
                            "company.") if self.model.editable
                    else self.tr("No contact persons recorded."))
        else:
            text = ""
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def _cell_of(self, error: BaseException) -> tuple[int | None, int]:
        """The first row whose value the service's rules refuse for the field it named."""
        column = FIELD_COLUMNS.get(field_of(error))
        if column is None:
            return None, NAME
        from app.domain import customer_rules as rules
        from app.domain.errors import ValidationError
        from app.domain.phones import normalize_phone

        checks = {NAME: lambda p: rules.clean_name(p.name, "contact_name"),
                  TITLE: lambda p: rules.clean_text(p.title, "contact_title", 50),
                  PHONE: lambda p: normalize_phone(p.phone) if p.phone else None}
        for row, person in self.model.typed_rows():
            try:
                checks[column](person)
            except ValidationError:
                return row, column
        return None, column

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Contact persons"))
        self.add_button.setText(self.tr("Add contact"))
        self.remove_button.setText(self.tr("Remove"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self._update_note()
