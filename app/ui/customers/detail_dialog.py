"""One customer: the profile (editable by sales, managers and administrators; read-only and
masked for executives), the timeline of visits, calls, follow-ups and reassignments, and the
salesperson's two actions — record a follow-up, mark lost. Every service call runs off the
GUI thread; a refusal is shown at its field (a duplicate phone says whose customer it is).

An enterprise also has its contact persons (联系人), a table under the profile: read when
the detail shows an enterprise, and saved with the profile — after the customer itself, so a
new enterprise has its id first. The list is replaced only when it was read and changed here;
when the service refuses it, the customer stays saved and the table keeps what was typed.

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
from app.ui.customers.contacts_section import ContactsSection
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
        self.contacts = ContactsSection()
        self.contacts.set_editable(self.editable)
        if customer_id is None:
            self.contacts.model.set_people([])   # a new customer has none yet
        self.contacts.hide()
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
        self.profile.kind_changed.connect(self._sync_contacts)
        self.resize(1220, 780)
        self._retranslate()
        self.reload()

    # --- public -----------------------------------------------------------------------------

    def reload(self) -> None:
        engine, customer_id = self._engine, self.customer_id
        self._runner.run(self._key, lambda: load_detail(engine, customer_id), self._on_loaded,
                         self._on_failed)

    def is_loading(self) -> bool:
        return self._runner.is_busy(self._key) or self._runner.is_busy(f"{self._key}-contacts")

    def save(self) -> None:
        from app.services.customers import save_customer

        self.contacts.commit_editing()
        self.errors.clear()
        self.contacts.clear_error()
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
        page = QWidget()
        stack = QVBoxLayout(page)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(14)
        stack.addWidget(self.profile)
        stack.addWidget(self.contacts)
        stack.addStretch(1)
        scroll.setWidget(page)
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
        self._sync_contacts()
        self._retranslate()

    def _on_failed(self, error: BaseException) -> None:
        set_banner(self.banner, "error", message_of(error))

    def _on_saved(self, customer_id: int) -> None:
        self.customer_id = customer_id
        self.profile.customer_id = customer_id
        people = self._contacts_to_save()
        if people is None:
            self._finish_save(customer_id, ok=True)
            return
        from app.services.customers import contacts, save_contacts

        engine = self._engine

        def save_and_read() -> list | None:
            save_contacts(engine, customer_id, people)
            try:
                return contacts(engine, customer_id)
            except Exception:   # saved all the same: the reload reads them again
                return None

        def done(stored: list | None) -> None:
            if stored is None:
                self.contacts.model.loaded = False
            else:
                self.contacts.model.set_people(stored)
            self._finish_save(customer_id, ok=True)

        def refused(error: BaseException) -> None:
            self.contacts.show_error(error)
            set_banner(self.banner, "error", self.tr(
                "The customer was saved, but not its contact persons: please correct them "
                "and save again."))
            self._finish_save(customer_id, ok=False)

        self._runner.run(f"{self._key}-contacts-save", save_and_read, done, refused)

    def _finish_save(self, customer_id: int, ok: bool) -> None:
        self.save_button.setEnabled(True)
        if ok:
            set_banner(self.banner, "ok", self.tr("Saved."))
        self._retranslate()
        self.saved.emit(customer_id)
        customer_events().customers_changed.emit()
        self.reload()   # the contacts table is not re-read over unsaved edits

    def _on_save_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.errors.show(error)

    # --- contact persons --------------------------------------------------------------------

    def _sync_contacts(self, *_args: object) -> None:
        """Show the contacts for an enterprise; read them once its id is known."""
        enterprise = self.profile.kind() == "enterprise"
        self.contacts.setVisible(enterprise)
        model, key = self.contacts.model, f"{self._key}-contacts"
        if (not enterprise or self.customer_id is None or model.loaded
                or self._runner.is_busy(key)):
            return
        from app.services.customers import contacts

        engine, customer_id = self._engine, self.customer_id

        def loaded(people: list) -> None:
            self.contacts.set_load_problem("")
            model.set_people(people)

        def failed(error: BaseException) -> None:
            self.contacts.set_load_problem(self.tr(
                "The contact persons could not be shown: {reason}").format(
                reason=message_of(error)))

        self._runner.run(key, lambda: contacts(engine, customer_id), loaded, failed)

    def _contacts_to_save(self) -> list | None:
        """The list to replace the server's with, or None to leave the server's alone: not an
        enterprise, not editable, never read (or read failed), or unchanged."""
        model = self.contacts.model
        if (not self.editable or self.profile.kind() != "enterprise" or not model.loaded
                or not model.dirty):
            return None
        return model.people()

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
