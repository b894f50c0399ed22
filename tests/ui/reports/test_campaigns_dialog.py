"""The campaign costs dialog (市场活动费用) against PostgreSQL (the deal screens' project): a
sales manager adds a campaign, corrects it and deletes it after confirming — each time the
table shows what `report_campaigns.campaigns(...)` returns, the exact Decimal cost included;
a cost that is not an amount and dates in the wrong order are refused in the banner and
nothing is saved; an executive sees the campaigns but the form is disabled."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate

from app.services import lists, report_campaigns
from app.services.report_campaigns import CampaignInput
from app.ui.reports import campaigns as campaigns_module
from tests.ui.deals.conftest import context_for, idle, world  # noqa: F401 — fixtures

TIMEOUT = 10_000
START, END = dt.date(2024, 3, 1), dt.date(2024, 3, 31)


@pytest.fixture
def open_dialog(qtbot, context_for):  # noqa: F811 — the imported fixture
    from app.ui.reports.campaigns import CampaignsDialog

    def _open(key: str, project_id: int) -> CampaignsDialog:
        context = context_for(key)
        dialog = CampaignsDialog(context, project_id)
        dialog.runner = context.runner
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        settle(qtbot, dialog)
        return dialog

    return _open


def settle(qtbot, dialog) -> None:
    idle(qtbot, dialog.runner, TIMEOUT)
    qtbot.waitUntil(dialog.is_ready, timeout=TIMEOUT)


def fill(dialog, name: str, cost: str, start: dt.date = START, end: dt.date = END,
         channel: int = 0, note: str = "") -> None:
    dialog.name.setText(name)
    dialog.channel.setCurrentIndex(channel)
    dialog.starts_on.setDate(QDate(start.year, start.month, start.day))
    dialog.ends_on.setDate(QDate(end.year, end.month, end.day))
    dialog.cost.setText(cost)
    dialog.note.setText(note)


def stored(world) -> list:  # noqa: F811 — the imported fixture
    return report_campaigns.campaigns(world.engines("manager"), world.project.id)


def test_manager_adds_corrects_and_deletes_a_campaign(qtbot, world, open_dialog,  # noqa: F811
                                                      monkeypatch):
    dialog = open_dialog("manager", world.project.id)
    assert dialog.objectName() == "campaigns_dialog"
    assert dialog.project_id() == world.project.id
    assert dialog.model.rowCount() == 0
    assert dialog.save_button.isEnabled() and not dialog.delete_button.isEnabled()

    # add
    fill(dialog, "春季开盘活动", "12,000.50", note="报纸半版")
    channel_id = dialog.channel.currentData()
    with qtbot.waitSignal(dialog.changed, timeout=TIMEOUT):
        dialog.save_button.click()
    settle(qtbot, dialog)
    rows = stored(world)
    assert len(rows) == 1
    added = rows[0]
    assert (added.name, added.channel_id, added.starts_on, added.ends_on, added.cost,
            added.note) == ("春季开盘活动", channel_id, START, END, Decimal("12000.50"),
                            "报纸半版")
    assert dialog.model.rows() == rows
    assert dialog.total == Decimal("12000.50")
    assert dialog.editing == added              # the saved campaign stays chosen
    assert dialog.delete_button.isEnabled()
    assert dialog.banner.isVisible() and dialog.banner.property("banner") == "ok"

    # correct: choose the row (fills the form), change cost and channel
    dialog.clear_form()
    assert dialog.editing is None and dialog.cost.text() == ""
    assert dialog.select_campaign(added.id)
    assert dialog.name.text() == "春季开盘活动" and dialog.cost.text() == "12000.50"
    dialog.cost.setText("9800")
    dialog.channel.setCurrentIndex(1)
    with qtbot.waitSignal(dialog.changed, timeout=TIMEOUT):
        dialog.save_button.click()
    settle(qtbot, dialog)
    rows = stored(world)
    assert len(rows) == 1 and rows[0].id == added.id
    assert rows[0].cost == Decimal("9800.00") and rows[0].channel_id != channel_id
    assert dialog.model.rows() == rows and dialog.total == Decimal("9800.00")

    # delete: cancelled first, then confirmed
    asked = []
    monkeypatch.setattr(campaigns_module, "confirm", lambda *a: asked.append(a) or False)
    dialog.delete_button.click()
    settle(qtbot, dialog)
    assert len(asked) == 1 and len(stored(world)) == 1
    monkeypatch.setattr(campaigns_module, "confirm", lambda *a: True)
    with qtbot.waitSignal(dialog.changed, timeout=TIMEOUT):
        dialog.delete_button.click()
    settle(qtbot, dialog)
    assert stored(world) == []
    assert dialog.model.rowCount() == 0 and dialog.total == Decimal(0)
    assert dialog.editing is None and not dialog.delete_button.isEnabled()


@pytest.mark.parametrize("cost", ["-1", "1.234", "abc", ""])
def test_a_bad_cost_is_refused_and_nothing_saved(qtbot, world, open_dialog, cost):  # noqa: F811
    dialog = open_dialog("manager", world.project.id)
    fill(dialog, "路演", cost)
    with qtbot.assertNotEmitted(dialog.changed):
        dialog.save_button.click()
        settle(qtbot, dialog)
    assert dialog.banner.isVisible() and dialog.banner.property("banner") == "error"
    assert dialog.banner.text()
    assert stored(world) == []
    assert dialog.model.rowCount() == 0
    assert dialog.save_button.isEnabled()       # the form stays, to correct it


def test_an_end_before_the_start_is_refused_by_the_database(qtbot, world,  # noqa: F811
                                                            open_dialog):
    dialog = open_dialog("manager", world.project.id)
    fill(dialog, "路演", "500", start=END, end=START)
    with qtbot.assertNotEmitted(dialog.changed):
        dialog.save_button.click()
        settle(qtbot, dialog)
    assert dialog.banner.isVisible() and dialog.banner.property("banner") == "error"
    assert dialog.banner.text()
    assert stored(world) == []
    assert dialog.name.text() == "路演" and dialog.cost.text() == "500"   # still there
    assert dialog.save_button.isEnabled()


@pytest.mark.parametrize("who", ["executive", "finance"])
def test_readers_see_the_campaigns_but_cannot_edit(qtbot, world, open_dialog, who):  # noqa: F811
    channel = next(e for e in lists.entries(world.engines("manager"), "channels") if e.active)
    campaign_id = report_campaigns.save_campaign(world.engines("manager"), CampaignInput(
        world.project.id, channel.id, "售楼处暖场", START, END, Decimal("3000.05")))
    dialog = open_dialog(who, world.project.id)
    assert dialog.model.rows() == report_campaigns.campaigns(world.engines(who),
                                                             world.project.id)
    assert [r.id for r in dialog.model.rows()] == [campaign_id]
    assert dialog.total == Decimal("3000.05")
    assert dialog.select_campaign(campaign_id)
    assert dialog.editing.id == campaign_id
    for widget in (dialog.save_button, dialog.delete_button, dialog.new_button, dialog.name,
                   dialog.channel, dialog.starts_on, dialog.ends_on, dialog.cost, dialog.note):
        assert not widget.isEnabled(), widget.objectName()
    assert dialog.project.isEnabled()
    dialog.save()                                # even called directly: nothing happens
    dialog.delete()
    settle(qtbot, dialog)
    assert [r.cost for r in stored(world)] == [Decimal("3000.05")]


def test_the_reports_screen_opens_it_and_the_channel_report_counts_the_cost(
        qtbot, world, context_for):  # noqa: F811 — the imported fixtures
    from app.services import reports
    from app.services.reports import ReportFilter
    from app.ui.reports.screen import ReportsScreen

    context = context_for("manager")
    screen = ReportsScreen(context)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.is_ready() and screen.report is not None, timeout=TIMEOUT)
    screen.set_project(world.project.id)
    screen.set_period(START, END)
    screen.choose("channel_roi")
    idle(qtbot, context.runner, TIMEOUT)
    qtbot.waitUntil(lambda: screen.is_ready() and screen.report.key == "channel_roi",
                    timeout=TIMEOUT)
    assert screen.report.total("cost") == Decimal("0.00")
    dialog = screen.open_campaigns()
    dialog.runner = context.runner
    qtbot.waitUntil(dialog.is_ready, timeout=TIMEOUT)
    assert dialog.isVisible() and dialog.project_id() == world.project.id
    fill(dialog, "路演", "3,500.25")
    with qtbot.waitSignal(dialog.changed, timeout=TIMEOUT):
        dialog.save_button.click()
    idle(qtbot, context.runner, TIMEOUT)
    qtbot.waitUntil(lambda: screen.is_ready() and screen.report.total("cost") != 0,
                    timeout=TIMEOUT)
    assert screen.report.total("cost") == Decimal("3500.25")
    assert screen.report.totals == reports.run(
        world.engines("manager"), "channel_roi",
        ReportFilter(project_id=world.project.id, date_from=START, date_to=END)).totals
