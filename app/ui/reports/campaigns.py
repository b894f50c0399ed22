"""市场活动费用: the campaigns of a project and what each cost, as the channel report (渠道投入
产出) divides them by its visitors and sales. A sales manager (or an administrator) adds a
campaign, corrects one (choose its row: it fills the form) or deletes one after confirming;
everyone else who reads reports sees the list and the total, the form disabled.

The cost is checked here first (a number, not negative, two decimals at most) so a typing
slip never reaches the database; the rest — name, channel, dates — the database checks in
campaign_save, and its refusal shows in the banner. Every call runs on the screen's
OperationRunner; one call is one transaction, so nothing is half-saved."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QEvent, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.money import format_yuan
from app.domain.statuses import Role
from app.ui.customers.field_errors import message_of
from app.ui.customers.style import set_banner
from app.ui.deals.sale_form import money_edit, money_input_text
from app.ui.finance.table import Column, RecordModel, make_view, selected_row
from app.ui.pricing.style import PRICING_CSS

if TYPE_CHECKING:
    from app.ui.shell.screens import ScreenContext

CONTEXT = "CampaignsDialog"
MAX_NAME, MAX_NOTE = 60, 200


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("CampaignsDialog", "Campaign"), lambda r: r.name, 180),
    Column(QT_TRANSLATE_NOOP("CampaignsDialog", "Channel"), lambda r: r.channel_name, 110),
    Column(QT_TRANSLATE_NOOP("CampaignsDialog", "Starts on"), lambda r: r.starts_on, 100),
    Column(QT_TRANSLATE_NOOP("CampaignsDialog", "Ends on"), lambda r: r.ends_on, 100),
    Column(QT_TRANSLATE_NOOP("CampaignsDialog", "Cost"), lambda r: r.cost, 130),
    Column(QT_TRANSLATE_NOOP("CampaignsDialog", "Note"), lambda r: r.note, 180),
    Column(QT_TRANSLATE_NOOP("CampaignsDialog", "Entered by"), lambda r: r.updated_by, 110),
)


def confirm(parent: QWidget, title: str, text: str, yes_text: str) -> bool:
    """Ask before deleting (tests replace this)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                      parent)
    box.button(QMessageBox.StandardButton.Yes).setText(yes_text)
    box.button(QMessageBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("CampaignsDialog", "Cancel"))
    for button in box.buttons():
        button.setIcon(QIcon())
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate.currentDate())
    return edit


class CampaignsDialog(QDialog):
    """Signals:
        changed(): a campaign was saved or deleted (the reports screen reloads).
    """

    changed = Signal()

    def __init__(self, context: ScreenContext, project_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("campaigns_dialog")
        self.setStyleSheet(PRICING_CSS)
        self.setMinimumSize(980, 640)
        self._engine, self._runner = context.login.engine, context.runner
        self.can_write = bool(context.login.session.has(Role.SALES_MANAGER, Role.ADMIN))
        self._project_id = project_id
        self._key = f"campaigns-{id(self)}"
        self._load_key = f"campaigns-load-{id(self)}"
        self._write_key = f"campaigns-write-{id(self)}"
        self._loaded = False
        self._busy = False
        self.editing: Any = None          # the CampaignRow in the form; None: a new one
        self.total = Decimal(0)

        self.title = QLabel()
        self.title.setObjectName("screen_title")
        self.project_label = QLabel()
        self.project = QComboBox()
        self.project.setObjectName("campaign_project")
        self.project.setMinimumWidth(200)
        self.banner = QLabel()
        self.banner.setObjectName("campaign_banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.model = RecordModel(COLUMNS, context=CONTEXT)
        self.view = make_view(self.model, "campaign_table")
        self.total_label = QLabel()
        self.total_label.setObjectName("campaign_total")
        self.total_label.setProperty("section", True)

        self.form_title = QLabel()
        self.form_title.setProperty("section", True)
        self.name = QLineEdit()
        self.name.setObjectName("campaign_name")
        self.name.setMaxLength(MAX_NAME)
        self.channel = QComboBox()
        self.channel.setObjectName("campaign_channel")
        self.starts_on, self.ends_on = _date_edit("campaign_starts"), _date_edit("campaign_ends")
        self.cost = money_edit()
        self.cost.setObjectName("campaign_cost")
        self.cost.setMaximumWidth(220)
        self.channel.setMinimumWidth(160)
        self.note = QLineEdit()
        self.note.setObjectName("campaign_note")
        self.note.setMaxLength(MAX_NOTE)
        self.new_button, self.save_button = QPushButton(), QPushButton()
        self.delete_button, self.close_button = QPushButton(), QPushButton()
        self.new_button.setObjectName("campaign_new")
        self.save_button.setObjectName("campaign_save")
        self.save_button.setProperty("primary", True)
        self.delete_button.setObjectName("campaign_delete")
        self.close_button.setObjectName("campaign_close")
        self.form_labels = [QLabel() for _ in range(6)]
        self._build()
        self._connect()
        self._retranslate()
        self._enable()
        self._load()

    # --- layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.project_label)
        head.addWidget(self.project)
        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        dates = QHBoxLayout()
        dates.setSpacing(8)
        dates.addWidget(self.starts_on)
        dates.addWidget(self.form_labels[3])
        dates.addWidget(self.ends_on)
        dates.addStretch(1)
        form.addRow(self.form_labels[0], self.name)
        form.addRow(self.form_labels[1], self.channel)
        form.addRow(self.form_labels[2], dates)
        form.addRow(self.form_labels[4], self.cost)
        form.addRow(self.form_labels[5], self.note)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.total_label, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.form_title)
        layout.addLayout(form)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.project.activated.connect(lambda _i: self.reload())
        self.view.selectionModel().selectionChanged.connect(self._on_selected)
        self.new_button.clicked.connect(self.clear_form)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.close_button.clicked.connect(self.accept)

    # --- public -----------------------------------------------------------------------------

    def project_id(self) -> int | None:
        return self.project.currentData()

    def is_ready(self) -> bool:
        """Lists loaded, nothing under way (tests wait for this)."""
        return self._loaded and not any(self._runner.is_busy(k) for k in (
            self._key, self._load_key, self._write_key))

    def reload(self, select_id: int | None = None) -> None:
        from app.services import report_campaigns

        project = self.project_id()
        if project is None:
            self._on_campaigns([], None)
            return
        engine = self._engine
        self._runner.run(self._key, lambda: report_campaigns.campaigns(engine, project),
                         lambda rows: self._on_campaigns(rows, select_id), self._failed)

    def clear_form(self) -> None:
        """An empty form for a new campaign (the "New" button)."""
        self.view.clearSelection()
        self._fill(None)

    def select_campaign(self, campaign_id: int) -> bool:
        """Choose the row of `campaign_id` (fills the form)."""
        row = self.model.row_of(campaign_id)
        if row is not None:
            self.view.selectRow(row)
        return row is not None

    def save(self) -> None:
        """Create or correct the campaign in the form."""
        from app.services import report_campaigns

        if not self.can_write or not self._loaded:
            return
        campaign = self._input()
        if campaign is None:
            return
        engine, new = self._engine, campaign.campaign_id is None
        set_banner(self.banner, "info", "")
        self._working(True)
        self._runner.run(self._write_key,
                         lambda: report_campaigns.save_campaign(engine, campaign),
                         lambda campaign_id: self._on_saved(campaign_id, new),
                         self._write_failed)

    def delete(self) -> None:
        """Delete the chosen campaign, after confirming."""
        from app.services import report_campaigns

        row = self.editing
        if not self.can_write or row is None:
            return
        if not confirm(self, self.tr("Delete campaign"),
                       self.tr("Delete the campaign \"{name}\" ({cost})? The channel report "
                               "no longer counts its cost.").format(
                           name=row.name, cost=format_yuan(row.cost)),
                       self.tr("Delete")):
            return
        engine = self._engine
        set_banner(self.banner, "info", "")
        self._working(True)
        self._runner.run(self._write_key,
                         lambda: report_campaigns.delete_campaign(engine, row.id),
                         lambda _v: self._on_deleted(row), self._write_failed)

    # --- reading the form -------------------------------------------------------------------

    def _input(self) -> Any:
        """The form as a CampaignInput, or None after showing why it cannot be saved."""
        from app.domain.customer_rules import parse_money
        from app.domain.errors import ValidationError
        from app.services.errors import from_validation
        from app.services.report_campaigns import CampaignInput

        channel = self.channel.currentData()
        if channel is None:
            return self._refuse(self.tr("Choose a channel."))
        try:
            cost = parse_money(self.cost.text(), "cost")
        except ValidationError as error:
            self.cost.setFocus()
            set_banner(self.banner, "error", message_of(from_validation(error)))
            return None
        if cost is None:
            self.cost.setFocus()
            return self._refuse(self.tr("Enter the cost in yuan (0 for a free event)."))
        return CampaignInput(
            project_id=self.project_id(), channel_id=channel, name=self.name.text().strip(),
            starts_on=self.starts_on.date().toPython(), ends_on=self.ends_on.date().toPython(),
            cost=cost, note=self.note.text().strip() or None,
            campaign_id=self.editing.id if self.editing is not None else None)

    def _refuse(self, text: str) -> None:
        set_banner(self.banner, "error", text)
        return None

    # --- reactions --------------------------------------------------------------------------

    def _load(self) -> None:
        from app.services import lists
        from app.services.chart import list_projects

        engine = self._engine
        self._runner.run(self._load_key,
                         lambda: (list_projects(engine), lists.entries(engine, "channels")),
                         self._on_lists, self._failed)

    def _on_lists(self, lists: tuple[list, list]) -> None:
        projects, channels = lists
        self.project.clear()
        for p in projects:
            self.project.addItem(p.name, p.id)
        index = self.project.findData(self._project_id)
        if index >= 0:
            self.project.setCurrentIndex(index)
        self.channel.clear()
        for entry in channels:
            if entry.active:
                self.channel.addItem(entry.name, entry.id)
        self._loaded = True
        self._enable()
        self.reload()

    def _on_campaigns(self, rows: list, select_id: int | None) -> None:
        self.model.set_rows(rows)
        self.total = sum((r.cost for r in rows), Decimal(0))
        self._show_total()
        if select_id is None or not self.select_campaign(select_id):
            self.clear_form()

    def _on_selected(self, *_args: Any) -> None:
        self._fill(selected_row(self.view))

    def _fill(self, row: Any) -> None:
        self.editing = row
        today = dt.date.today()
        self.name.setText(row.name if row else "")
        if row is not None:
            index = self.channel.findData(row.channel_id)
            if index < 0:                     # a channel since disabled: still its own
                self.channel.addItem(row.channel_name, row.channel_id)
                index = self.channel.count() - 1
            self.channel.setCurrentIndex(index)
        else:
            self.channel.setCurrentIndex(0 if self.channel.count() else -1)
        for edit, day in ((self.starts_on, row.starts_on if row else today),
                          (self.ends_on, row.ends_on if row else today)):
            edit.setDate(QDate(day.year, day.month, day.day))
        self.cost.setText(money_input_text(row.cost) if row else "")
        self.note.setText((row.note or "") if row else "")
        self._retitle_form()
        self._enable()

    def _on_saved(self, campaign_id: int, new: bool) -> None:
        self._working(False)
        set_banner(self.banner, "ok", self.tr("Campaign added.") if new
                   else self.tr("Campaign corrected."))
        self.changed.emit()
        self.reload(campaign_id)

    def _on_deleted(self, row: Any) -> None:
        self._working(False)
        set_banner(self.banner, "ok", self.tr("Campaign \"{name}\" deleted.").format(
            name=row.name))
        self.changed.emit()
        self.reload()

    def _write_failed(self, error: BaseException) -> None:
        self._working(False)
        self._failed(error)

    def _failed(self, error: BaseException) -> None:
        set_banner(self.banner, "error", message_of(error))

    def _working(self, busy: bool) -> None:
        self._busy = busy
        self._enable()

    def _enable(self) -> None:
        writable = self.can_write and self._loaded and not self._busy
        for widget in (self.name, self.channel, self.starts_on, self.ends_on, self.cost,
                       self.note, self.new_button, self.save_button):
            widget.setEnabled(writable)
        self.delete_button.setEnabled(writable and self.editing is not None)
        self.project.setEnabled(not self._busy)

    def _show_total(self) -> None:
        self.total_label.setText(self.tr("{n} campaigns, total cost {total}").format(
            n=self.model.rowCount(), total=format_yuan(self.total)))

    def _retitle_form(self) -> None:
        if not self.can_write:
            self.form_title.setText(self.tr("Only sales managers and administrators enter "
                                            "campaign costs."))
        elif self.editing is None:
            self.form_title.setText(self.tr("New campaign"))
        else:
            self.form_title.setText(self.tr("Correct campaign \"{name}\"").format(
                name=self.editing.name))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Campaign costs"))
        self.title.setText(self.tr("Campaign costs"))
        self.project_label.setText(self.tr("Project"))
        for label, text in zip(self.form_labels, (
                self.tr("Campaign"), self.tr("Channel"), self.tr("Starts on"), self.tr("Ends on"),
                self.tr("Cost (yuan)"), self.tr("Note")), strict=True):
            label.setText(text)
        self.name.setPlaceholderText(self.tr("e.g. Spring open day"))
        self.cost.setPlaceholderText(self.tr("e.g. 12000 or 12000.50"))
        self.new_button.setText(self.tr("New"))
        self.save_button.setText(self.tr("Save"))
        self.delete_button.setText(self.tr("Delete…"))
        self.close_button.setText(self.tr("Close"))
        self._show_total()
        self._retitle_form()
        self.model.retranslate()
