"""来访登记: the front desk registers a visitor in under a minute, keyboard only. The phone
number comes first — a returning customer shows up as it is typed (looked up off the GUI
thread, 250 ms after the last key) and gets a visit logged with their own salesperson;
otherwise the rest of the form, handed to the next salesperson on today's rotation (or, for a
manager, whomever they pick). Enter saves, Esc starts over.

Signals:
    visit_registered(object): a VisitResult, after a save succeeded.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.statuses import Role
from app.ui.common.errors import is_user_error
from app.ui.customers.events import customer_events
from app.ui.customers.field_errors import FieldErrors, with_error_label
from app.ui.customers.style import SCREEN_CSS, set_banner
from app.ui.intake.intake_data import intake_choices
from app.ui.intake.returning_card import ReturningCard
from app.ui.intake.rotation_panel import RotationPanel
from app.ui.intake.visit_form import PICK, ROTATION, SELF, VisitFormWidget

if TYPE_CHECKING:
    from app.ui.shell.screens import ScreenContext

LOOKUP_DELAY_MS = 250
MIN_LOOKUP_DIGITS = 7
LOOKUP, SAVE, CHOICES, ROSTER = "intake-lookup", "intake-save", "intake-choices", "intake-roster"
RETURNING_NAME = "访客"  # a valid name for a known phone: the service keeps the stored one


def assign_mode(session) -> str:  # noqa: ANN001 — SessionInfo
    """Who decides the salesperson, as the database will: a manager picks, the front desk
    uses the rotation, a salesperson keeps the visitors they register."""
    if session.has(Role.SALES_MANAGER, Role.ADMIN):
        return PICK
    if session.has(Role.SALES) and not session.has(Role.RECEPTIONIST):
        return SELF
    return ROTATION


class IntakeScreen(QWidget):
    visit_registered = Signal(object)

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intake")
        self.setStyleSheet(SCREEN_CSS)
        self._engine = context.login.engine
        self._runner = context.runner
        self._session = context.session
        self.hit = None
        self.salespeople: list = []
        self.roster_dialog = None
        self._save_after_lookup = False
        self.title, self.subtitle = QLabel(), QLabel()
        self.title.setObjectName("screen_title")
        self.subtitle.setObjectName("screen_subtitle")
        self.banner = QLabel()
        self.banner.setObjectName("intake_banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.errors = FieldErrors(self.banner)
        self.phone = QLineEdit()
        self.phone.setObjectName("phone")
        self.phone.setMaxLength(30)
        self.phone.setMinimumHeight(40)
        self.phone.setStyleSheet("QLineEdit#phone { font-size: 16pt; padding: 2px 10px; }")
        self.lookup_status = QLabel()
        self.lookup_status.setObjectName("lookup_status")
        self.lookup_status.setProperty("muted", True)
        self.lookup_status.hide()
        self.returning = ReturningCard()
        self.returning.hide()
        self.form = VisitFormWidget(assign_mode(self._session))
        self.rotation = RotationPanel(self._session.has(Role.SALES_MANAGER, Role.ADMIN))
        self.save_button = QPushButton()
        self.save_button.setObjectName("register")
        self.save_button.setProperty("primary", True)
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("clear")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOOKUP_DELAY_MS)
        self._build()
        self._connect()
        self._retranslate()
        self.reload()

    # --- public -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the channels, salespeople and today's rotation again."""
        engine, pick = self._engine, self.form.assign_mode == PICK
        self._runner.run(CHOICES, lambda: intake_choices(engine, dt.date.today(), pick),
                         self._on_choices, self._show_banner_error)

    def save(self) -> None:
        """Register the visitor (Enter). Waits for a lookup still under way, so a returning
        customer typed fast is still recognised."""
        if self._runner.is_busy(SAVE):
            return
        if self._timer.isActive() or self._runner.is_busy(LOOKUP):
            self._save_after_lookup = True
            self._lookup()
            return
        self._register()

    def clear(self) -> None:
        """Start over for the next visitor (Esc); the confirmation stays until then."""
        self._timer.stop()
        self._runner.cancel(LOOKUP)
        self._save_after_lookup = False
        self.phone.clear()
        self.form.clear()
        self.errors.clear()
        self._set_hit(None, 0)
        self._status("")
        self.phone.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override: keys fields ignore
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save()
        elif event.key() == Qt.Key.Key_Escape:
            set_banner(self.banner, "ok", "")
            self.clear()
        else:
            super().keyPressEvent(event)

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        phone_card = QFrame()
        phone_card.setProperty("card", True)
        self.phone_caption = QLabel()
        self.phone_caption.setProperty("section", True)
        self.phone_caption.setBuddy(self.phone)
        phone_box, phone_error = with_error_label(self.phone)
        self.errors.add("phone", self.phone, phone_error)
        self.form.register_errors(self.errors)
        pc = QVBoxLayout(phone_card)
        pc.setContentsMargins(18, 14, 18, 14)
        pc.setSpacing(6)
        for widget in (self.phone_caption, phone_box, self.lookup_status):
            pc.addWidget(widget)
        self.details_card = QFrame()
        self.details_card.setProperty("card", True)
        self.details_caption = QLabel()
        self.details_caption.setProperty("section", True)
        dc = QVBoxLayout(self.details_card)
        dc.setContentsMargins(18, 14, 18, 14)
        dc.setSpacing(10)
        dc.addWidget(self.details_caption)
        dc.addWidget(self.form)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.clear_button)
        actions.addWidget(self.save_button)
        main = QVBoxLayout()
        main.setSpacing(12)
        for widget in (self.banner, phone_card, self.returning, self.details_card):
            main.addWidget(widget)
        main.addLayout(actions)
        main.addStretch(1)
        side = QVBoxLayout()
        side.addWidget(self.rotation)
        side.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(20)
        columns.addLayout(main, 3)
        columns.addLayout(side, 1)
        page = QVBoxLayout(self)
        page.setContentsMargins(32, 24, 32, 24)
        page.setSpacing(6)
        page.addWidget(self.title)
        page.addWidget(self.subtitle)
        page.addSpacing(10)
        page.addLayout(columns, 1)
        chain = [self.phone, *self.form.tab_chain(), self.save_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        import qtawesome as qta

        self.save_button.setIcon(qta.icon("fa6s.check", color="white"))
        self.clear_button.setIcon(qta.icon("fa6s.eraser"))
        self.phone.textEdited.connect(self._on_phone_edited)
        self._timer.timeout.connect(self._lookup)
        self.returning.log_visit_requested.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.clear)
        self.rotation.edit_requested.connect(self._edit_roster)
        events = customer_events()
        events.roster_changed.connect(self.reload)

    # --- lookup -----------------------------------------------------------------------------

    def _on_phone_edited(self, text: str) -> None:
        self._set_hit(None, 0)
        digits = sum(ch.isdigit() for ch in text)
        self._status("" if digits < MIN_LOOKUP_DIGITS else self.tr("Looking up…"))
        self._timer.start()

    def _lookup(self) -> None:
        from app.services.intake import find_by_phone

        self._timer.stop()
        phone = self.phone.text()
        if sum(ch.isdigit() for ch in phone) < MIN_LOOKUP_DIGITS:
            self._runner.cancel(LOOKUP)
            self._after_lookup()
            return
        engine = self._engine
        self._runner.run(LOOKUP, lambda: find_by_phone(engine, phone), self._on_hits,
                         self._on_lookup_failed)

    def _on_hits(self, hits: list) -> None:
        self._set_hit(hits[0] if hits else None, max(len(hits) - 1, 0))
        self._status(self.tr("Returning customer: log a visit with Enter.") if hits
                     else self.tr("New visitor: fill in the details below."))
        self._after_lookup()

    def _on_lookup_failed(self, error: BaseException) -> None:
        self._status(self.tr("Not a complete phone number yet.")
                     if is_user_error(error) else "")
        self._after_lookup()

    def _after_lookup(self) -> None:
        if self._save_after_lookup:
            self._save_after_lookup = False
            self._register()

    def _status(self, text: str) -> None:
        self.lookup_status.setText(text)
        self.lookup_status.setVisible(bool(text))

    def _set_hit(self, hit, others: int) -> None:  # noqa: ANN001 — LookupHit or None
        self.hit = hit
        self.returning.set_hit(hit, others)
        self.form.set_returning(hit is not None)
        self._retranslate()

    # --- saving -----------------------------------------------------------------------------

    def _register(self) -> None:
        from app.services.intake import VisitForm, register_visit

        self.errors.clear()
        values = self.form.values()
        if self.hit is not None:
            values.update(name=values["name"].strip() or RETURNING_NAME, assign_to=None)
        form = VisitForm(phone=self.phone.text(), **values)
        engine = self._engine
        self.save_button.setEnabled(False)
        self._runner.run(SAVE, lambda: register_visit(engine, form),
                         lambda result: self._on_saved(result, form), self._on_save_failed)

    def _on_saved(self, result, form) -> None:  # noqa: ANN001 — VisitResult, VisitForm
        self.save_button.setEnabled(True)
        name = self.hit.masked_name if self.hit is not None else " ".join(form.name.split())
        text = (self.tr("Registered: {name} → consultant {staff}") if result.is_new
                else self.tr("Visit logged: {name} → consultant {staff}"))
        self.clear()
        set_banner(self.banner, "ok", text.format(name=name, staff=result.staff_name))
        self.visit_registered.emit(result)
        customer_events().customers_changed.emit()
        self.reload()

    def _on_save_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        set_banner(self.banner, "ok", "")
        self.errors.show(error)

    def _show_banner_error(self, error: BaseException) -> None:
        from app.ui.customers.field_errors import message_of

        set_banner(self.banner, "error", message_of(error))

    # --- rotation ---------------------------------------------------------------------------

    def _on_choices(self, choices: dict) -> None:
        self.form.set_choices(choices["channels"], choices["salespeople"])
        self.salespeople = choices["salespeople"] or []
        self.rotation.set_roster(choices["roster"], choices["next_id"])
        self.form.set_next_on_duty(self.rotation.next_name())

    def _edit_roster(self) -> None:
        from app.ui.intake.roster_dialog import RosterDialog

        self.roster_dialog = RosterDialog(self.salespeople, self.rotation.roster, self)
        self.roster_dialog.submitted.connect(self._apply_roster)
        self.roster_dialog.open()

    def _apply_roster(self) -> None:
        from app.services.intake import set_duty_roster

        dialog, engine = self.roster_dialog, self._engine
        ids = dialog.staff_ids()

        def done(_count: int) -> None:
            dialog.succeeded()
            customer_events().roster_changed.emit()

        self._runner.run(ROSTER, lambda: set_duty_roster(engine, dt.date.today(), ids),
                         done, dialog.failed)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Walk-in intake"))
        self.subtitle.setText(self.tr("Start with the phone number: returning customers are "
                                      "found as you type. Enter registers, Esc starts over."))
        self.phone_caption.setText(self.tr("&Phone number"))
        self.phone.setPlaceholderText(self.tr("e.g. 138 0013 8000 or 0755-81234567"))
        self.details_caption.setText(self.tr("Visitor"))
        self.save_button.setText(self.tr("Log a visit (Enter)") if self.hit is not None
                                 else self.tr("Register (Enter)"))
        self.clear_button.setText(self.tr("Clear (Esc)"))
