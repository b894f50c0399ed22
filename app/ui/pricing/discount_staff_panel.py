"""The own discount limits card of the 优惠设置 tab: the salespeople and sales managers, and
under the table the chosen person's own limit (or their level's ceiling) and — for an
administrator only — whether they are a project director. Widgets only: the tab runs the
service call. The database refuses a limit set on oneself and a director named by anyone but
an administrator; the refusal shows under the field it concerns."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QWidget,
)

from app.domain.discounts import DEFAULT_LEVELS
from app.ui.common.tables import style_table
from app.ui.customers.field_errors import with_error_label
from app.ui.pricing.discount_models import STAFF_COLUMNS, StaffLimitModel
from app.ui.pricing.discount_panels import Card, PercentSpin, at_field

ROW_HEIGHT = 28
STAFF_WIDTHS = {"full_name": 150, "login": 110, "discount_limit": 150, "director": 130}


class StaffPanel(Card):
    """The staff table, and under it the chosen person's own limit and director flag. Only
    an administrator names a project director; nobody sets their own limit (the database
    refuses both — the refusal shows under the field)."""

    FIELDS = {"discount_limit_own": "discount_limit", "discount_limit_range": "discount_limit",
              "staff_discount_limit_range": "discount_limit",
              "director_admin_only": "director"}

    def __init__(self, own_staff_id: int | None, is_admin: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__("staff_limits", parent)
        self.is_admin = is_admin
        self.model = StaffLimitModel(own_staff_id, self)
        self.view = QTableView()
        self.view.setObjectName("staff_limits_table")
        self.chosen = QLabel()
        self.chosen.setObjectName("staff_chosen")
        self.own_limit = QCheckBox()
        self.own_limit.setObjectName("own_limit")
        self.limit = PercentSpin("staff_limit")
        self.limit.setMinimum(0.0)          # shown as "Level default" (special value text)
        self.default_ratio: Decimal = DEFAULT_LEVELS[0][1]   # the project's sales ceiling
        self.director = QCheckBox()
        self.director.setObjectName("director")
        self._build()
        self.view.selectionModel().selectionChanged.connect(self._on_selected)
        self.model.modelReset.connect(self._on_selected)
        self.own_limit.toggled.connect(self._on_own_limit)
        self.retranslate()
        self._on_selected()

    def _build(self) -> None:
        view = self.view
        view.setModel(self.model)
        style_table(view, [STAFF_WIDTHS[name] for name in STAFF_COLUMNS], stretch=[0],
                    row_height=ROW_HEIGHT)
        view.setMinimumHeight(150)
        self.body.addWidget(view, 1)
        self.chosen.setMinimumWidth(110)
        self.chosen.setStyleSheet("font-weight: 600;")
        line_height = self.limit.sizeHint().height()
        for widget in (self.chosen, self.own_limit, self.director):
            widget.setFixedHeight(line_height)       # centred on the spin box's line
        limit_box, limit_error = with_error_label(self.limit)
        director_box, director_error = with_error_label(self.director)
        self.errors.add("discount_limit", self.limit, limit_error)
        self.errors.add("director", self.director, director_error)
        row = QHBoxLayout()
        row.setSpacing(10)
        top = Qt.AlignmentFlag.AlignTop
        row.addWidget(self.chosen, 0, top)
        row.addWidget(self.own_limit, 0, top)
        row.addWidget(limit_box, 0, top)
        row.addSpacing(8)
        row.addWidget(director_box, 0, top)
        row.addStretch(1)
        row.addWidget(self.save_button, 0, top)
        self.body.addLayout(row)
        self.body.addWidget(self.banner)

    def set_staff(self, staff: list, select: int | None = None) -> None:
        current = self.selected()
        wanted = select if select is not None else (current.staff_id if current else None)
        self.model.set_rows(staff)
        row = self.model.row_of(wanted) if wanted is not None else None
        if row is not None:
            self.view.selectRow(row)

    def selected(self) -> Any | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_staff(self, staff_id: int) -> None:
        row = self.model.row_of(staff_id)
        if row is not None:
            self.view.selectRow(row)

    def chosen_limit(self) -> Decimal | None:
        """The own limit to save, None for the level's default."""
        return self.limit.ratio() if self.own_limit.isChecked() else None

    def chosen_director(self) -> bool | None:
        """The director flag to save; None (unchanged) unless an administrator edits."""
        return self.director.isChecked() if self.is_admin else None

    def show_error(self, error: BaseException) -> None:
        self.errors.show(at_field(error, self.FIELDS))

    def _on_selected(self, *_args: Any) -> None:
        self.errors.clear()
        staff = self.selected()
        self.chosen.setText(staff.full_name if staff else self.tr("Choose someone above"))
        own = staff is not None and staff.discount_limit is not None
        self.own_limit.blockSignals(True)
        self.own_limit.setChecked(own)
        self.own_limit.blockSignals(False)
        if own:
            self.limit.set_ratio(staff.discount_limit)
        else:
            self.limit.setValue(0.0)
        self.director.setChecked(bool(staff and staff.director))
        self._update()

    def _on_own_limit(self, checked: bool) -> None:
        """An own limit starts from the person's current one, else the sales ceiling."""
        staff = self.selected()
        if not checked:
            self.limit.setValue(0.0)
        elif self.limit.ratio() == 0:
            current = staff.discount_limit if staff is not None else None
            self.limit.set_ratio(current if current is not None else self.default_ratio)
        self._update()

    def _update(self) -> None:
        chosen = self.selected() is not None
        self.own_limit.setEnabled(chosen)
        self.limit.setEnabled(chosen and self.own_limit.isChecked())
        self.director.setEnabled(chosen and self.is_admin)
        self.save_button.setEnabled(chosen)

    def set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy and self.selected() is not None)

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Own discount limits"))
        self.hint.setText(self.tr("An own limit replaces the ceiling of the person's level. "
                                  "Nobody sets their own; only an administrator names a "
                                  "project director."))
        self.own_limit.setText(self.tr("Own limit"))
        self.limit.setSpecialValueText(self.tr("Level default"))
        self.director.setText(self.tr("Project director"))
        self.director.setToolTip(self.tr("Approves the deepest discounts. Only an "
                                         "administrator changes this."))
        if self.selected() is None:
            self.chosen.setText(self.tr("Choose someone above"))
