"""The customer detail: saving (a duplicate phone says whose customer it is; a bad ID number
is shown at its field), enterprise customers, follow-ups in the timeline, marking lost, and
the executive's read-only, masked view."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate

from app.domain.identity import uscc_check_char
from app.services import customers, intake
from app.services.customers import CustomerQuery
from tests.helpers.factories import resident_id
from tests.ui.customers.conftest import idle
from tests.ui.intake.keyboard import type_text


def save(qtbot, dialog) -> None:
    dialog.save_button.click()
    idle(qtbot, dialog.runner)


def test_duplicate_phone_says_whose_customer_it_is(qtbot, open_detail, named_customers,
                                                   engines):
    dialog = open_detail("sales2")
    type_text(qtbot, dialog.profile.widgets["name"], "周七")
    type_text(qtbot, dialog.profile.widgets["phone"], "139 1111 2222")   # 张三's, of 顾问甲
    save(qtbot, dialog)
    assert dialog.errors.current == "phone"
    shown = dialog.errors.text_at("phone")
    assert "顾问甲" in shown and "张*" in shown
    assert "phone" not in shown                              # the field is named, not coded
    assert dialog.customer_id is None
    assert customers.count_customers(engines("manager"), CustomerQuery(text="周七")) == 0


def test_bad_id_number_is_shown_at_its_field(qtbot, open_detail, engines):
    dialog = open_detail("sales1")
    type_text(qtbot, dialog.profile.widgets["name"], "吴八")
    type_text(qtbot, dialog.profile.widgets["id_number"], "110105194912310021")
    save(qtbot, dialog)
    assert dialog.errors.current == "id_number"
    assert dialog.profile.widgets["id_number"].property("invalid") is True
    type_text(qtbot, dialog.profile.widgets["id_number"], "")
    dialog.profile.widgets["id_number"].setText(resident_id(7))
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save_button.click()
    form = customers.load_form(engines("sales1"), saved.args[0])
    assert (form.name, form.id_type, form.id_number) == ("吴八", "resident_id", resident_id(7))
    assert dialog.errors.current is None and "吴八" in dialog.windowTitle()


def test_an_enterprise_shows_its_own_fields_and_saves_with_its_credit_code(
        qtbot, open_detail, engines):
    dialog = open_detail("sales1")
    profile = dialog.profile
    assert profile._cards["background"].isVisible() and not profile._cards["enterprise"].isVisible()
    profile.enterprise.click()
    assert profile._cards["enterprise"].isVisible() and not profile._cards["background"].isVisible()
    assert not profile.widgets["gender"].isVisible() and not profile.widgets["id_type"].isVisible()
    first17 = "91350100M00010000"
    profile.widgets["name"].setText("福州锦绣置业有限公司")
    profile.widgets["id_number"].setText(first17 + uscc_check_char(first17))
    profile.widgets["legal_representative"].setText("林一")
    profile.widgets["industry"].setText("房地产")
    profile.widgets["company_size"].setText("200人")
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save_button.click()
    form = customers.load_form(engines("sales1"), saved.args[0])
    assert (form.kind, form.id_type, form.legal_representative) == ("enterprise", "uscc", "林一")
    assert (form.industry, form.company_size, form.gender) == ("房地产", "200人", None)


def test_edits_are_saved_and_reloaded(qtbot, open_detail, named_customers, engines):
    dialog = open_detail("sales1", named_customers["张三"])
    profile = dialog.profile
    assert profile.widgets["phone"].text() == "139 1111 2222"
    profile.widgets["grade"].setCurrentIndex(profile.widgets["grade"].findData("A"))
    profile.widgets["birthday"].setDate(QDate(1985, 6, 12))
    profile.widgets["wanted_area_min"].setText("90")
    profile.widgets["wanted_area_max"].setText("120")
    profile.widgets["budget_wan"].setText("300")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_button.click()
    form = customers.load_form(engines("manager"), named_customers["张三"])
    assert (form.grade, form.birthday) == ("A", dt.date(1985, 6, 12))
    assert Decimal(form.budget_wan) == 300      # the service says "3E+2"; the form shows 300
    assert form.wanted_area_max == "120.00" and form.phone == "+8613911112222"
    idle(qtbot, dialog.runner)
    assert dialog.grade_chip.isVisible() and "A" in dialog.grade_chip.text()
    assert profile.widgets["budget_wan"].text() == "300"
    with qtbot.waitSignal(dialog.saved, timeout=10_000):   # and saves again unchanged
        dialog.save_button.click()
    assert dialog.errors.current is None


def test_a_recorded_follow_up_appears_in_the_timeline(qtbot, open_detail, named_customers):
    dialog = open_detail("sales1", named_customers["张三"])
    before = len(dialog.timeline.entries)
    dialog.followup_button.click()
    follow = dialog.followup_dialog
    follow.method.setCurrentIndex(follow.method.findData("wechat"))
    follow.ok_button().click()                                     # no content: refused
    idle(qtbot, dialog.runner)
    assert follow.errors.current == "content" and follow.isVisible()
    type_text(qtbot, follow.content, "发了样板间视频")
    follow.result.setText("周末来看房")
    assert follow.next_date.minimumDate() == QDate.currentDate()
    with qtbot.waitSignal(follow.accepted, timeout=10_000):
        follow.ok_button().click()
    qtbot.waitUntil(lambda: len(dialog.timeline.entries) == before + 1, timeout=10_000)
    first = dialog.timeline.entries[0]
    assert (first.kind, first.method, first.text) == ("followup", "wechat", "发了样板间视频")
    text = dialog.timeline.texts()[0]
    assert "发了样板间视频" in text and "周末来看房" in text
    assert (QDate.currentDate().addDays(3).toString("yyyy-MM-dd")) in text


def test_mark_lost_needs_a_reason(qtbot, open_detail, named_customers, engines):
    dialog = open_detail("sales1", named_customers["单田芳"])
    dialog.lost_button.click()
    qtbot.waitUntil(lambda: getattr(dialog, "lost_dialog", None) is not None, timeout=10_000)
    lost = dialog.lost_dialog
    assert not lost.ok_button().isEnabled()
    lost.reason.setCurrentIndex(1)
    lost.note.setText("已买竞品")
    with qtbot.waitSignal(lost.accepted, timeout=10_000):
        lost.ok_button().click()
    rows = customers.customer_page(engines("manager"), CustomerQuery(statuses=("lost",)), 0)
    assert [r.name for r in rows] == ["单田芳"]
    assert dialog.status == "lost" and not dialog.followup_button.isEnabled()


def test_executive_sees_masked_phone_and_no_save(qtbot, open_detail, named_customers, engines):
    intake.register_visit(engines("manager"), intake.VisitForm(phone="13755556666", name="李张伟",
                                                               party_size=2))
    dialog = open_detail("executive", named_customers["李张伟"])
    profile = dialog.profile
    assert profile.widgets["phone"].text() == "137****6666"
    assert profile.widgets["phone"].isReadOnly()
    assert not profile.widgets["grade"].isEnabled()
    assert not dialog.save_button.isVisible()
    assert not dialog.followup_button.isVisible() and not dialog.lost_button.isVisible()
    assert dialog.timeline.kinds() == ["visit"]
    assert dialog.timeline.entries[0].detail == "2"        # the party size
    assert len(dialog.timeline.texts()) == 1


@pytest.mark.parametrize("key,editable", [("sales1", True), ("manager", True),
                                          ("admin", True), ("executive", False)])
def test_the_detail_opens_for_every_role_that_sees_customers(qtbot, open_detail,
                                                             named_customers, key, editable):
    dialog = open_detail(key, named_customers["张三"])
    assert dialog.profile.widgets["name"].text() == "张三"
    assert dialog.save_button.isVisible() == editable
    assert not dialog.banner.isVisible()
