"""The sales control chart screen (销控图): project and building pickers, the painted chart,
filters, legend, actions by role, live updates from every other desk, print and export.

It wires parts that each do one thing: ChartLoader (data off the GUI thread), LiveUnitFeed
(LISTEN/NOTIFY), ChartActionController (hold, pencil…), ChartExports (paper and files)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from app.ui.chart.action_bar import ActionBar
from app.ui.chart.action_controller import ChartActionController
from app.ui.chart.actions import ActionKind
from app.ui.chart.exports import ChartExports, ExportJob
from app.ui.chart.filter_bar import FilterBar
from app.ui.chart.legend_widget import LegendWidget
from app.ui.chart.live_feed import LiveUnitFeed
from app.ui.chart.loader import ChartLoader
from app.ui.chart.model import ChartModel
from app.ui.chart.screen_data import ProjectChooser
from app.ui.chart.status_line import ChartStatusLine
from app.ui.chart.toolbar import ChartToolbar
from app.ui.chart.view import UnitChartView
from app.ui.common.errors import error_box

EXPIRY_INTERVAL_MS = 60_000


class ChartScreen(QWidget):
    def __init__(self, context: Any, parent: QWidget | None = None, live: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("sales_chart")
        self._login = context.login
        self._runner = context.runner
        self.model = ChartModel(self)
        self.toolbar = ChartToolbar()
        self.filter_bar = FilterBar(self.model)
        self.action_bar = ActionBar()
        self.view = UnitChartView(self.model)
        self.legend = LegendWidget(self.model)
        self.status = ChartStatusLine()
        self.loader = ChartLoader(self._login, self._runner, self.model, self)
        self.chooser = ProjectChooser(self._login, self._runner, self.toolbar, self.loader, self)
        self.actions = ChartActionController(self._login, self._runner, self,
                                             self.chooser.hold_minutes)
        self.feed = LiveUnitFeed(self._login.engine, self._runner, self)
        self.exports = ChartExports(self._runner, self, self.export_job)
        self.menu = None
        self.error_box = None
        self.last_error = ""
        self.expiry_timer = QTimer(self)
        self.expiry_timer.setInterval(EXPIRY_INTERVAL_MS)
        self._build_layout()
        self._connect()
        self.chooser.start()
        self.actions.load_policy()
        if live:
            self.feed.start()
        self.expiry_timer.start()

    def _build_layout(self) -> None:
        frame = QFrame()
        frame.setObjectName("chart_frame")
        frame.setStyleSheet("QFrame#chart_frame { border: 1px solid #E2E7ED; "
                            "border-radius: 6px; background: #FFFFFF; }")
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(1, 1, 1, 1)
        inner.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 8)
        layout.setSpacing(8)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.action_bar)
        layout.addWidget(frame, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.status)

    def _connect(self) -> None:
        tb = self.toolbar
        tb.zoom_in_button.clicked.connect(self.view.zoom_in)
        tb.zoom_out_button.clicked.connect(self.view.zoom_out)
        tb.fit_button.clicked.connect(self.view.fit_width)
        tb.refresh_button.clicked.connect(self.refresh)
        tb.print_button.clicked.connect(self.exports.print_chart)
        tb.preview_button.clicked.connect(self.exports.preview)
        tb.pdf_button.clicked.connect(self.exports.export_pdf)
        tb.excel_button.clicked.connect(self.exports.export_excel)
        self.view.zoom_changed.connect(tb.set_zoom)
        self.view.zoom_changed.connect(self.chooser.note_zoom)
        self.view.selection_changed.connect(self._update_actions)
        self.view.context_menu_requested.connect(self.show_menu)
        self.model.changed.connect(self._update_actions)
        self.loader.loading_changed.connect(self._on_loading)
        self.loader.loaded.connect(self._on_loaded)
        self.loader.updated.connect(lambda: self.status.set_updated(self.loader.last_updated))
        self.loader.failed.connect(self._on_load_failed)
        self.loader.refresh_failed.connect(lambda _e: self.status.show_message(
            self.tr("A live refresh failed; the chart reloads when the connection is back.")))
        self.actions.policy_ready.connect(self._on_policy)
        self.actions.units_changed.connect(self.loader.reload_units)
        self.actions.failed.connect(self.show_error)
        self.actions.status_message.connect(self.status.show_message)
        self.action_bar.action_triggered.connect(self.trigger)
        self.feed.changes_arrived.connect(self.loader.apply_changes)
        self.feed.reconnected.connect(self.loader.reload)
        self.feed.state_changed.connect(self.status.set_live_state)
        self.exports.finished.connect(self.status.show_message)
        self.exports.finished.connect(self._tell)
        self.exports.unavailable.connect(self._tell)
        self.exports.failed.connect(self.show_error)
        self.chooser.failed.connect(self.show_error)
        self.chooser.empty.connect(self.view.set_placeholder)
        self.expiry_timer.timeout.connect(self.expire_pencils)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh)
        QShortcut(QKeySequence.StandardKey.Print, self, self.exports.print_chart)

    # --- public -----------------------------------------------------------------------------

    def refresh(self) -> None:
        self.loader.reload()

    def selected_units(self) -> list:
        units = self.view.selected_units()
        if not units and self.view.current_id is not None:
            current = self.model.unit_by_id(self.view.current_id)
            units = [current] if current else []
        return units

    def trigger(self, kind: ActionKind) -> None:
        self.actions.trigger(kind, self.selected_units())

    def show_menu(self, unit_ids: list, global_pos: QPoint) -> None:
        units = [u for u in (self.model.unit_by_id(i) for i in unit_ids) if u]
        if units:
            self.menu = self.actions.show_menu(units, global_pos)

    def export_job(self) -> ExportJob:
        return ExportJob(self.chooser.title(), tuple(self.model.units), self.model.filter,
                         self.filter_bar.filter_text(), dt.datetime.now())

    def show_error(self, error: BaseException) -> None:
        """Non-blocking (open, not exec): live updates keep flowing behind the message."""
        box = error_box(self, error)
        self.last_error = box.text()
        self.error_box = box
        box.open()

    def expire_pencils(self) -> None:
        """Let overdue pencils lapse; every open chart then hears it through NOTIFY."""
        from app.services.unit_actions import expire_pencils

        engine = self._login.engine

        def done(count: int) -> None:
            if count and not self.feed.is_live():
                self.loader.reload()

        self._runner.run("chart-expire", lambda: expire_pencils(engine), done)

    def shutdown(self) -> None:
        """Stop listening and ticking (log out, tests)."""
        self.feed.stop()
        self.expiry_timer.stop()

    # --- reactions --------------------------------------------------------------------------

    def _on_policy(self) -> None:
        self.action_bar.set_actions(self.actions.offered())
        self._update_actions()

    def _update_actions(self, *_args: Any) -> None:
        units = self.selected_units()
        self.action_bar.set_selection(units)
        self.action_bar.update_enabled(
            {kind: self.actions.applicable(kind, units) for kind in self.action_bar.buttons})

    def _on_loading(self, loading: bool) -> None:
        if loading and not len(self.model):
            self.view.set_placeholder(self.tr("Loading…"))
        if loading:
            self.status.show_message(self.tr("Loading…"), 60_000)

    def _on_loaded(self) -> None:
        self.status.show_message("", 1)
        self.status.set_updated(self.loader.last_updated)
        if not len(self.model):
            self.view.set_placeholder(self.tr("No units here yet."))
        if self.loader.fresh:
            self.view.scroll_to_start()
        self.chooser.after_load(self.view)

    def _on_load_failed(self, error: BaseException) -> None:
        self.view.set_placeholder(self.tr("The chart could not be loaded."))
        self.show_error(error)

    def _tell(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("EstateDesk"), text,
                          QMessageBox.StandardButton.Ok, self)
        self.error_box = box
        box.open()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.view.refresh_texts()
        super().changeEvent(event)

