"""The visitor's details after the phone number: who they are, how they came, what they want,
and who serves them. Everything is passed on as typed — the service checks and converts it —
so the rules live in one place and the desk sees the same refusal psql would give."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from app.ui.customers import labels
from app.ui.customers.field_errors import FieldErrors, with_error_label

ROTATION, SELF, PICK = "rotation", "self", "pick"
# Customer fields hidden for a returning visitor (their record exists already).
PROFILE_FIELDS = ("name", "gender", "purpose", "wanted_layout", "area_min", "budget")


def _fill(combo: QComboBox, items: list[tuple[object, str]], empty: str | None = "—") -> None:
    current = combo.currentData()
    combo.clear()
    if empty is not None:
        combo.addItem(empty, None)
    for code, text in items:
        combo.addItem(text, code)
    found = combo.findData(current)
    combo.setCurrentIndex(max(found, 0))


class VisitFormWidget(QWidget):
    def __init__(self, assign_mode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.assign_mode = assign_mode
        self.next_name: str | None = None
        self.name = QLineEdit()
        self.name.setMaxLength(100)
        self.gender = QComboBox()
        self.visit_type = QComboBox()
        self.channel = QComboBox()
        self.purpose = QComboBox()
        self.wanted_layout = QLineEdit()
        self.wanted_layout.setMaxLength(30)
        self.area_min, self.area_max = QLineEdit(), QLineEdit()
        self.budget = QLineEdit()
        numbers = QRegularExpressionValidator(QRegularExpression(r"[-0-9.,，。 ]{0,16}"))
        for edit in (self.area_min, self.area_max, self.budget):
            edit.setValidator(numbers)
        self.party_size = QSpinBox()
        self.party_size.setRange(0, 50)
        self.party_size.setSpecialValueText("—")
        self.note = QLineEdit()
        self.note.setMaxLength(200)
        self.assignee = QComboBox()
        self.assignee_label = QLabel()
        self.assignee_label.setObjectName("assignee_label")
        self.assignee_label.setMinimumHeight(self.assignee.sizeHint().height())
        self.assignee_label.setAlignment(Qt.AlignmentFlag.AlignVCenter)
        self._captions: dict[str, QLabel] = {}
        self._boxes: dict[str, QWidget] = {}
        self._errors: dict[str, tuple[QWidget, QLabel]] = {}
        self._build()
        self._retranslate()

    # --- public -----------------------------------------------------------------------------

    def tab_chain(self) -> list[QWidget]:
        """The fields in keyboard order (the screen chains them after the phone)."""
        chain = [self.name, self.gender, self.visit_type, self.channel, self.purpose,
                 self.wanted_layout, self.area_min, self.area_max, self.budget,
                 self.party_size, self.note]
        return chain + ([self.assignee] if self.assign_mode == PICK else [])

    def register_errors(self, errors: FieldErrors) -> None:
        for name, (widget, line) in self._errors.items():
            errors.add(name, widget, line)

    def set_choices(self, channels: list, salespeople: list | None) -> None:
        _fill(self.channel, [(c.id, c.name) for c in channels])
        if salespeople is not None:
            _fill(self.assignee, [(s.id, s.name) for s in salespeople], empty=self._rotation())

    def set_next_on_duty(self, name: str | None) -> None:
        self.next_name = name
        self._retranslate()

    def set_returning(self, returning: bool) -> None:
        """A returning visitor keeps their record and salesperson: only the visit is asked."""
        for key in PROFILE_FIELDS:
            self._captions[key].setVisible(not returning)
            self._boxes[key].setVisible(not returning)
        self._captions["assignee"].setVisible(not returning)
        self._boxes["assignee"].setVisible(not returning)

    def values(self) -> dict:
        """The VisitForm fields (all but phone), as typed."""
        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        return {"name": self.name.text(), "gender": self.gender.currentData(),
                "visit_type": self.visit_type.currentData() or "visit",
                "channel_id": self.channel.currentData(),
                "purpose": self.purpose.currentData(),
                "wanted_layout": text(self.wanted_layout), "area_min": text(self.area_min),
                "area_max": text(self.area_max), "budget_wan": text(self.budget),
                "party_size": self.party_size.value() or None, "note": text(self.note),
                "assign_to": self.assignee.currentData() if self.assign_mode == PICK else None}

    def clear(self) -> None:
        for edit in (self.name, self.wanted_layout, self.area_min, self.area_max, self.budget,
                     self.note):
            edit.clear()
        for combo in (self.gender, self.visit_type, self.channel, self.purpose, self.assignee):
            combo.setCurrentIndex(0)
        self.party_size.setValue(0)

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        area = QWidget()
        row = QHBoxLayout(area)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.area_to = QLabel("–")
        self.area_unit = QLabel("m²")
        for widget in (self.area_min, self.area_to, self.area_max, self.area_unit):
            row.addWidget(widget)
        budget = QWidget()
        brow = QHBoxLayout(budget)
        brow.setContentsMargins(0, 0, 0, 0)
        brow.setSpacing(6)
        self.budget_unit = QLabel()
        brow.addWidget(self.budget)
        brow.addWidget(self.budget_unit)
        assignee = self.assignee if self.assign_mode == PICK else self.assignee_label
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(8)
        cells = (("name", self.name, self.name), ("gender", self.gender, self.gender),
                 ("visit_type", self.visit_type, self.visit_type),
                 ("channel", self.channel, self.channel),
                 ("purpose", self.purpose, self.purpose),
                 ("wanted_layout", self.wanted_layout, self.wanted_layout),
                 ("area_min", area, self.area_min), ("budget", budget, self.budget),
                 ("party_size", self.party_size, self.party_size),
                 ("assignee", assignee, self.assignee))
        for i, (key, widget, target) in enumerate(cells):
            self._add(grid, i // 2, (i % 2) * 2, key, widget, target)
        self._add(grid, len(cells) // 2, 0, "note", self.note, self.note, span=3)
        self._errors["area_max"] = (self.area_max, self._errors["area_min"][1])
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    def _add(self, grid: QGridLayout, row: int, col: int, key: str, widget: QWidget,
             target: QWidget, span: int = 1) -> None:
        caption = QLabel()
        caption.setBuddy(target)
        caption.setMinimumHeight(target.sizeHint().height())  # level with the field, and
        box, line = with_error_label(widget)                  # stays there above an error
        grid.addWidget(caption, row, col, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(box, row, col + 1, 1, span, Qt.AlignmentFlag.AlignTop)
        self._captions[key], self._boxes[key] = caption, box
        self._errors[key] = (target, line)

    def _rotation(self) -> str:
        if self.next_name:
            return self.tr("Duty rotation (next: {name})").format(name=self.next_name)
        return self.tr("Duty rotation")

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        captions = {"name": self.tr("&Name"), "gender": self.tr("&Gender"),
                    "visit_type": self.tr("Visit &type"), "channel": self.tr("&Heard of us via"),
                    "purpose": self.tr("&Purpose"), "wanted_layout": self.tr("&Layout wanted"),
                    "area_min": self.tr("&Area"), "budget": self.tr("&Budget"),
                    "party_size": self.tr("Part&y size"), "assignee": self.tr("&Consultant"),
                    "note": self.tr("N&ote")}
        for key, text in captions.items():
            self._captions[key].setText(text)
        _fill(self.gender, labels.choices(labels.GENDERS))
        _fill(self.visit_type, labels.choices(labels.VISIT_TYPES), empty=None)
        _fill(self.purpose, labels.choices(labels.PURPOSES))
        if self.assignee.count():
            self.assignee.setItemText(0, self._rotation())
        self.budget_unit.setText(self.tr("×10k yuan"))
        self.name.setPlaceholderText(self.tr("e.g. 张三"))
        self.wanted_layout.setPlaceholderText(self.tr("e.g. 三室两厅"))
        self.area_min.setPlaceholderText(self.tr("from"))
        self.area_max.setPlaceholderText(self.tr("to"))
        self.note.setPlaceholderText(self.tr("Anything the consultant should know"))
        if self.assign_mode == SELF:
            self.assignee_label.setText(self.tr("You (visitors you register stay yours)"))
        elif self.next_name:
            self.assignee_label.setText(self.tr("Next on duty: {name}").format(
                name=self.next_name))
        else:
            self.assignee_label.setText(self.tr("The next consultant on today's rotation"))
