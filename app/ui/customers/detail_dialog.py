"""One customer: the profile (editable by sales, managers and administrators; read-only and
masked for executives), the timeline of visits, calls, follow-ups and reassignments, and the
salesperson's two actions — record a follow-up, mark lost. Every service call runs off the
GUI thread; a refusal is shown at its field (a duplicate phone says whose customer it is).

Signals:
    saved(int): the customer (id) was created or changed here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.statuses import Role
from app.ui.customers import labels
from app.ui.customers.detail_data import load_detail
from app.ui.customers.events import customer_events
from app.ui.customers.field_errors import FieldErrors, message_of
from app.ui.customers.profile_form import CustomerProfileForm
from app.ui.customers.style import SCREEN_CSS, set_banner
from app.ui.customers.timeline_list import TimelineList

EDITORS = (Role.SALES, Role.SALES_MANAGER, Role.ADMIN)


class CustomerDetailDialog(QDialog):
    saved = Signal(int)

    def __init__(self, context: Any, customer_id: int | None = None, row: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import qtawesome as qta

        self.setObjectName("customer_detail")
        self.setStyleSheet(SCREEN_CSS + "QDialog#customer_detail { background: #f5f7fa; }"
                           "QLabel#customer_name { font-size: 18pt; font-weight: 600;"
                           " color: #1f3a5f; }")
        self._engine, self._runner = context.login.engine, context.runner
        self._key = f"customer-detail-{id(self)}"
        self.customer_id = customer_id
        self.status = getattr(row, "status", None)
        self.editable = context.session.has(*EDITORS)
        self.staff_names: dict[int, str] = {}
        self.name_label = QLabel()
        self.name_label.setObjectName("customer_name")
        self.status_chip, self.grade_chip = QLabel(), QLabel()
        for chip in (self.status_chip, self.grade_chip):
            chip.setProperty("chip", True)
        self.subline = QLabel()
        self.subline.setProperty("muted", True)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.errors = FieldErrors(self.banner)
        self.profile = CustomerProfileForm()
        self.profile.register_errors(self.errors)
        self.profile.set_read_only(not self.editable)
        self.timeline = TimelineList()
        self.timeline_title = QLabel()
        self.timeline_title.setProperty("section", True)
        self.followup_button = QPushButton(qta.icon("fa6s.comment-medical"), "")
        self.followup_button.setObjectName("record_followup")
        self.lost_button = QPushButton(qta.icon("fa6s.user-xmark"), "")
        self.lost_button.setObjectName("mark_lost")
        self.save_button = QPushButton(qta.icon("fa6s.floppy-disk", color="white"), "")
        self.save_button.setObjectName("save_customer")
        self.save_button.setProperty("primary", True)
        self.close_button = QPushButton()
        for button in (self.followup_button, self.lost_button, self.save_button):
            button.setVisible(self.editable)
        self._build()
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.followup_button.clicked.connect(self.record_followup)
        self.lost_button.clicked.connect(self.mark_lost)
        self.resize(1220, 780)
        self._retranslate()
        self.reload()

    # --- public -----------------------------------------------------------------------------

    def reload(self) -> None:
        engine, customer_id = self._engine, self.customer_id
        self._runner.run(self._key, lambda: load_detail(engine, customer_id), self._on_loaded,
                         self._on_failed)

    def is_loading(self) -> bool:
        return self._runner.is_busy(self._key)

    def save(self) -> None:
        from app.services.customers import save_customer

        self.errors.clear()
        form, engine = self.profile.form(), self._engine
        self.save_button.setEnabled(False)
        self._runner.run(f"{self._key}-save", lambda: save_customer(engine, form),
                         self._on_saved, self._on_save_failed)

    def record_followup(self) -> None:
        from app.ui.customers.followup_dialog import FollowupDialog

        self.followup_dialog = FollowupDialog(self.profile.form().name, self)
        self.followup_dialog.submitted.connect(self._submit_followup)
        self.followup_dialog.open()

    def mark_lost(self) -> None:
        from app.services.intake import lost_reasons

        engine = self._engine
        self._runner.run(f"{self._key}-reasons", lambda: lost_reasons(engine),
                         self._open_lost_dialog, self._on_failed)

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        head = QHBoxLayout()
        head.setSpacing(10)
        head.addWidget(self.name_label)
        head.addWidget(self.status_chip)
        head.addWidget(self.grade_chip)
        head.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.profile)
        scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget "
                             "{ background: transparent; }")
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(8, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.timeline_title)
        top.addStretch(1)
        top.addWidget(self.followup_button)
        column.addLayout(top)
        column.addWidget(self.timeline, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(scroll)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        split.setSizes([780, 400])
        footer = QHBoxLayout()
        footer.addWidget(self.lost_button)
        footer.addStretch(1)
        footer.addWidget(self.close_button)
        footer.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 16)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addWidget(self.subline)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)
        layout.addLayout(footer)

    # --- results ----------------------------------------------------------------------------

    def _on_loaded(self, data: dict) -> None:
        self.staff_names = data["staff"]
        self.profile.set_channels(data["channels"])
        if data["form"] is not None:
            self.profile.set_form(data["form"])
        self.timeline.set_entries(data["timeline"])
        self._retranslate()

    def _on_failed(self, error: BaseException) -> None:
        set_banner(self.banner, "error", message_of(error))

    def _on_saved(self, customer_id: int) -> None:
        self.save_button.setEnabled(True)
        self.customer_id = customer_id
        self.profile.customer_id = customer_id
        set_banner(self.banner, "ok", self.tr("Saved."))
        self._retranslate()
        self.saved.emit(customer_id)
        customer_events().customers_changed.emit()
        self.reload()

    def _on_save_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.errors.show(error)

    def _submit_followup(self) -> None:
        from app.services.followups import record_followup

        dialog, engine, customer_id = self.followup_dialog, self._engine, self.customer_id
        values = dialog.values()

        def done(_id: int) -> None:
            dialog.succeeded()
            customer_events().customers_changed.emit()
            self.reload()

        self._runner.run(f"{self._key}-followup",
                         lambda: record_followup(engine, customer_id, **values), done,
                         dialog.failed)

    def _open_lost_dialog(self, reasons: list) -> None:
        from app.ui.customers.lost_dialog import MarkLostDialog

        self.lost_dialog = MarkLostDialog(self.profile.form().name, reasons, self)
        self.lost_dialog.submitted.connect(self._submit_lost)
        self.lost_dialog.open()

    def _submit_lost(self) -> None:
        from app.services.customers import mark_lost

        dialog, engine, customer_id = self.lost_dialog, self._engine, self.customer_id
        reason_id, note = dialog.values()

        def done(_none: None) -> None:
            dialog.succeeded()
            self.status = "lost"
            self._retranslate()
            customer_events().customers_changed.emit()
            self.reload()

        self._runner.run(f"{self._key}-lost",
                         lambda: mark_lost(engine, customer_id, reason_id, note), done,
                         dialog.failed)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        form = self.profile.form()
        new = self.customer_id is None
        self.setWindowTitle(self.tr("New customer") if new else
                            self.tr("Customer: {name}").format(name=form.name))
        self.name_label.setText(self.tr("New customer") if new else form.name)
        self.status_chip.setText(labels.label(labels.STATUSES, self.status))
        self.status_chip.setVisible(bool(self.status))
        self.grade_chip.setText(self.tr("Grade {grade}").format(grade=form.grade))
        self.grade_chip.setVisible(bool(form.grade))
        staff = self.staff_names.get(form.assigned_staff_id or -1)
        self.subline.setText(self.tr("Consultant: {name}").format(name=staff) if staff else "")
        self.subline.setVisible(bool(staff))
        self.timeline_title.setText(self.tr("History"))
        self.followup_button.setText(self.tr("Record follow-up"))
        self.lost_button.setText(self.tr("Mark as lost"))
        self.save_button.setText(self.tr("Save"))
        self.close_button.setText(self.tr("Close"))
        for button in (self.followup_button, self.lost_button):
            button.setEnabled(not new and self.status != "lost")
