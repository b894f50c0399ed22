"""实测面积 import from the Deals screen: all rows filed or none, errors listed by row;
only those who sell see it."""

from __future__ import annotations

from openpyxl import Workbook

from app.services import deal_changes
from app.services.survey_import import HEADERS
from tests.ui.deals.conftest import idle


def _sheet(tmp_path, rows):
    book = Workbook()
    book.active.append(HEADERS)
    for row in rows:
        book.active.append(row)
    path = tmp_path / f"survey-{len(rows)}.xlsx"
    book.save(path)
    return path


def test_survey_import_files_requests_or_lists_the_rows_at_fault(qtbot, world, open_deals,
                                                                 tmp_path):
    deal = world.contract(unit=0, customer=0)
    screen = open_deals("sales1")
    assert screen.survey_button.text() == "实测面积"
    with qtbot.waitSignal(screen.survey.finished, timeout=10_000) as bad:
        screen.survey.run(_sheet(tmp_path, [(world.units[0].code, 101.5),
                                            (world.units[3].code, 99)]))
    assert "第3行" in bad.args[0] and "没有" not in bad.args[0]
    assert deal_changes.changes_of(world.engines("sales1"), deal) == []
    with qtbot.waitSignal(screen.survey.finished, timeout=10_000) as good:
        screen.survey.run(_sheet(tmp_path, [(world.units[0].code, 101.5)]))
    assert good.args[0] == "已提交 1 份面积补差申请，待审批。"
    idle(qtbot, screen.runner)
    [change] = deal_changes.changes_of(world.engines("sales1"), deal)
    assert (change.kind, change.status, change.request["measured_area"]) == (
        "area_settlement", "pending", "101.5")
    for box in screen.findChildren(object, "survey_result"):
        box.close()


def test_readers_do_not_get_the_survey_import(world, open_deals):
    assert open_deals("finance").survey is None
    assert open_deals("executive").survey is None
