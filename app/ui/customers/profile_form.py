"""A customer's profile, for individuals and enterprises: every field of `CustomerForm`, in
four cards (identity, contact, background or company, intent). Switching to an enterprise
shows the company's fields — name, unified social credit code (id_type "uscc"), industry,
size, legal representative — and hides a person's. Values go to the service as typed."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.customer_rules import GRADES
from app.services.customers import CustomerForm
from app.ui.customers import labels
from app.ui.customers.field_errors import FieldErrors, with_error_label
from app.ui.customers.list_model import phone_text

SECTIONS = {
    "identity": ("name", "gender", "birthday", "id_type", "id_number"),
    "contact": ("phone", "phone2", "email", "address", "district"),
    "background": ("occupation", "employer", "income_band", "household", "education"),
    "enterprise": ("legal_representative", "industry", "company_size"),
    "intent": ("grade", "channel_id", "purpose", "wanted_layout", "wanted_area_min",
               "budget_wan"),
}
COMBOS = ("gender", "id_type", "grade", "channel_id", "purpose")
MAX_LENGTH = {"name": 100, "address": 200, "email": 100, "employer": 100, "id_number": 30,
              "phone": 30, "phone2": 30}
NO_DATE = QDate(1900, 1, 1)
PERSON_ONLY = ("gender", "birthday", "id_type")


def _shown(name: str, value: str | None) -> str:
    """A loaded value as the form shows it: phones as dialled, and numbers in plain digits
    (load_form normalises 3000000 yuan to "3E+2" 万元, which nobody reads — or re-saves)."""
    if not value:
        return ""
    if name.startswith("phone"):
        return phone_text(value)
    if name in ("budget_wan", "wanted_area_min", "wanted_area_max"):
        try:
            return format(Decimal(value), "f")
        except InvalidOperation:
            return value
    return value


class CustomerProfileForm(QWidget):
    """Signals:
        kind_changed(str): "individual" or "enterprise" was chosen.
    """

    kind_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.customer_id: int | None = None
        self.assigned_staff_id: int | None = None
        self.individual = QRadioButton()
        self.enterprise = QRadioButton()
        self.individual.setChecked(True)
        self.kinds = QButtonGroup(self)
        self.kinds.addButton(self.individual)
        self.kinds.addButton(self.enterprise)
        self.widgets: dict[str, QWidget] = {}
        self._captions: dict[str, QLabel] = {}
        self._rows: dict[str, tuple[QFormLayout, QWidget]] = {}
        self._errors: dict[str, tuple[QWidget, QLabel]] = {}
        self._titles: dict[str, QLabel] = {}
        self._cards: dict[str, QFrame] = {}
        self._make_widgets()
        self._build()
        self.kinds.buttonToggled.connect(self._on_kind_toggled)
        self._apply_kind()

    # --- public -----------------------------------------------------------------------------

    def kind(self) -> str:
        return "enterprise" if self.enterprise.isChecked() else "individual"

    def set_channels(self, channels: list) -> None:
        self._fill("channel_id", [(c.id, c.name) for c in channels])

    def register_errors(self, errors: FieldErrors) -> None:
        for name, (widget, line) in self._errors.items():
            errors.add(name, widget, line)

    def set_form(self, form: CustomerForm) -> None:
        self.customer_id, self.assigned_staff_id = form.id, form.assigned_staff_id
        (self.enterprise if form.kind == "enterprise" else self.individual).setChecked(True)
        for name, widget in self.widgets.items():
            value = getattr(form, name)
            if isinstance(widget, QLineEdit):
                widget.setText(_shown(name, value))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(widget.findData(value), 0))
            elif isinstance(widget, QDateEdit):
                widget.setDate(QDate(value) if value else NO_DATE)
        self._apply_kind()

    def form(self) -> CustomerForm:
        """The profile as typed (texts stripped, empty → None)."""
        values: dict = {"id": self.customer_id, "kind": self.kind(),
                        "assigned_staff_id": self.assigned_staff_id}
        for name, widget in self.widgets.items():
            if isinstance(widget, QLineEdit):
                values[name] = widget.text().strip() or None
            elif isinstance(widget, QComboBox):
                values[name] = widget.currentData()
            elif isinstance(widget, QDateEdit):
                values[name] = None if widget.date() == NO_DATE else widget.date().toPython()
        values["name"] = values["name"] or ""
        if values["kind"] == "enterprise":
            values.update(gender=None, birthday=None, id_type="uscc")
        if not values["id_number"]:
            values["id_type"] = None
        return CustomerForm(**values)

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.widgets.values():
            if isinstance(widget, QLineEdit):
                widget.setReadOnly(read_only)
            else:
                widget.setEnabled(not read_only)
        self.individual.setEnabled(not read_only)
        self.enterprise.setEnabled(not read_only)

    # --- building ---------------------------------------------------------------------------

    def _make_widgets(self) -> None:
        for names in SECTIONS.values():
            for name in names:
                if name in COMBOS:
                    self.widgets[name] = QComboBox()
                elif name == "birthday":
                    edit = QDateEdit()
                    edit.setCalendarPopup(True)
                    edit.setDisplayFormat("yyyy-MM-dd")
                    edit.setDateRange(NO_DATE, QDate.currentDate())
                    edit.setDate(NO_DATE)  # "not given" until someone picks a date
                    self.widgets[name] = edit
                else:
                    self.widgets[name] = QLineEdit()
                    self.widgets[name].setMaxLength(MAX_LENGTH.get(name, 50))
        self.widgets["wanted_area_max"] = QLineEdit()
        self.widgets["wanted_area_max"].setMaxLength(12)
        self._fill("grade", [(g, g) for g in GRADES])

    def _build(self) -> None:
        kind_row = QHBoxLayout()
        self.kind_caption = QLabel()
        kind_row.addWidget(self.kind_caption)
        kind_row.addWidget(self.individual)
        kind_row.addWidget(self.enterprise)
        kind_row.addStretch(1)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(14)
        places = {"identity": (0, 0), "contact": (1, 0), "background": (0, 1),
                  "enterprise": (0, 1), "intent": (1, 1)}
        for section, names in SECTIONS.items():
            grid.addWidget(self._card(section, names), *places[section])
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addLayout(kind_row)
        column.addLayout(grid)
        column.addStretch(1)

    def _card(self, section: str, names: tuple[str, ...]) -> QFrame:
        card = QFrame()
        card.setProperty("card", True)
        form = QFormLayout(card)
        form.setContentsMargins(16, 12, 16, 12)
        form.setVerticalSpacing(6)
        form.setHorizontalSpacing(12)
        title = QLabel()
        title.setProperty("section", True)
        form.addRow(title)
        self._titles[section], self._cards[section] = title, card
        for name in names:
            field = self._area_field() if name == "wanted_area_min" else self.widgets[name]
            if name == "budget_wan":
                field = self._with_unit(field, "budget_unit")
            box, line = with_error_label(field)
            caption = QLabel()
            caption.setBuddy(self.widgets[name])
            form.addRow(caption, box)
            self._captions[name], self._rows[name] = caption, (form, box)
            self._errors[name] = (self.widgets[name], line)
        if "wanted_area_min" in names:
            self._errors["wanted_area_max"] = (self.widgets["wanted_area_max"],
                                               self._errors["wanted_area_min"][1])
        return card

    def _area_field(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.widgets["wanted_area_min"])
        row.addWidget(QLabel("–"))
        row.addWidget(self.widgets["wanted_area_max"])
        row.addWidget(QLabel("m²"))
        return box

    def _with_unit(self, field: QWidget, attr: str) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(field)
        setattr(self, attr, QLabel())
        row.addWidget(getattr(self, attr))
        return box

    def _fill(self, name: str, items: list, empty: str | None = "—") -> None:
        combo = self.widgets[name]
        current = combo.currentData()
        combo.clear()
        if empty is not None:
            combo.addItem(empty, None)
        for code, text in items:
            combo.addItem(text, code)
        combo.setCurrentIndex(max(combo.findData(current), 0))

    # --- kind -------------------------------------------------------------------------------

    def _on_kind_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self._apply_kind()
            self.kind_changed.emit(self.kind())

    def _apply_kind(self) -> None:
        enterprise = self.kind() == "enterprise"
        for name in PERSON_ONLY:
            form, box = self._rows[name]
            form.setRowVisible(box, not enterprise)
        self._cards["background"].setVisible(not enterprise)
        self._cards["enterprise"].setVisible(enterprise)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        company = self.kind() == "enterprise"
        captions = {
            "name": self.tr("Company name") if company else self.tr("Name"),
            "gender": self.tr("Gender"), "birthday": self.tr("Birthday"),
            "id_type": self.tr("ID type"),
            "id_number": self.tr("Credit code") if company else self.tr("ID number"),
            "phone": self.tr("Phone"), "phone2": self.tr("Second phone"),
            "email": self.tr("E-mail"), "address": self.tr("Address"),
            "district": self.tr("District"), "occupation": self.tr("Occupation"),
            "employer": self.tr("Employer"), "income_band": self.tr("Income"),
            "household": self.tr("Household"), "education": self.tr("Education"),
            "legal_representative": self.tr("Legal representative"),
            "industry": self.tr("Industry"), "company_size": self.tr("Company size"),
            "grade": self.tr("Grade"), "channel_id": self.tr("Heard of us via"),
            "purpose": self.tr("Purpose"), "wanted_layout": self.tr("Layout wanted"),
            "wanted_area_min": self.tr("Area wanted"), "budget_wan": self.tr("Budget")}
        for name, text in captions.items():
            self._captions[name].setText(text)
        titles = {"identity": self.tr("Company") if company else self.tr("Identity"),
                  "contact": self.tr("Contact"), "background": self.tr("Background"),
                  "enterprise": self.tr("Company details"), "intent": self.tr("Intent")}
        for section, text in titles.items():
            self._titles[section].setText(text)
        self.kind_caption.setText(self.tr("Customer type:"))
        self.individual.setText(self.tr("Individual"))
        self.enterprise.setText(self.tr("Enterprise"))
        self.budget_unit.setText(self.tr("×10k yuan"))
        self.widgets["birthday"].setSpecialValueText(self.tr("not given"))
        self.widgets["wanted_area_min"].setPlaceholderText(self.tr("from"))
        self.widgets["wanted_area_max"].setPlaceholderText(self.tr("to"))
        self._fill("gender", labels.choices(labels.GENDERS))
        self._fill("purpose", labels.choices(labels.PURPOSES))
        ids = [(c, t) for c, t in labels.choices(labels.ID_TYPES) if c != "uscc"]
        self._fill("id_type", ids, empty=None)

