"""An enterprise customer's contact persons (联系人) in the customer detail: the table model,
adding people through the table and saving them with the profile (a new enterprise first
gets its id), a refused phone shown under the table with nothing replaced, no section for an
individual, and the read-only view of the roles that may not edit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView

from app.services import customers
from app.services.customers import Contact, CustomerForm
from app.services.errors import UserError
from app.ui.common.errors import user_message
from app.ui.customers.contacts_model import NAME, PHONE, TITLE, ContactsModel
from tests.ui.customers.conftest import idle
from tests.ui.intake.keyboard import type_text

USCC = "91350100M000100Y43"
PEOPLE = [Contact("王经理", "行政总监", "13800001111"), Contact("Lisa Chen", None, "+852 9123 4567")]


@pytest.fixture
def company(engines) -> int:
    """杭州锦程科技 of sales1 (顾问甲), with 王经理 as its one contact person."""
    company_id = customers.save_customer(engines("sales1"), CustomerForm(
        kind="enterprise", name="杭州锦程科技有限公司", id_type="uscc", id_number=USCC,
        phone="0571-88886666", industry="软件"))
    customers.save_contacts(engines("sales1"), company_id, PEOPLE[:1])
    return company_id


def stored(engine, customer_id: int) -> list[tuple]:
    return [(c.name, c.title, c.phone) for c in customers.contacts(engine, customer_id)]


def type_row(qtbot, dialog, name: str, title: str = "", phone: str = "") -> None:
    """Add a person as a salesperson does: the add button opens the new row's name cell;
    type, Tab to the next cell, and Enter after the phone."""
    section = dialog.contacts
    section.add_button.click()
    for text, key in ((name, Qt.Key.Key_Tab), (title, Qt.Key.Key_Tab),
                      (phone, Qt.Key.Key_Return)):
        editor = section.table.indexWidget(section.table.currentIndex())
        assert editor is not None, "no cell editor open"
        type_text(qtbot, editor, text)
        qtbot.keyClick(editor, key)


def save(qtbot, dialog) -> None:
    dialog.save_button.click()
    idle(qtbot, dialog.runner)


def test_the_model_passes_the_model_tester(qtmodeltester):
    model = ContactsModel()
    model.set_people([Contact("王经理", "行政总监", "+8613800001111", 1),
                      Contact("Lisa Chen", None, "+85291234567", 2)])
    qtmodeltester.check(model)
    assert model.data(model.index(0, PHONE)) == "138 0000 1111"
    assert model.data(model.index(1, PHONE)) == "+852 9123 4567"
    assert model.data(model.index(1, TITLE)) == ""
    assert not model.dirty
    # editing a stored phone in its dialled form unchanged changes nothing
    assert model.setData(model.index(0, PHONE), "138 0000 1111")
    assert not model.dirty and model.person(0).phone == "+8613800001111"
    row = model.add_person()
    assert model.setData(model.index(row, NAME), " 赵六 ")
    assert model.setData(model.index(row, PHONE), "139-0000-2222")
    assert model.data(model.index(row, PHONE)) == "139-0000-2222"    # as typed until saved
    model.add_person()                                                 # left empty: skipped
    qtmodeltester.check(model)
    assert model.dirty and [p.name for p in model.people()] == ["王经理", "Lisa Chen", "赵六"]
    assert model.removeRows(0, 1) and model.rowCount() == 3
    model.set_editable(False)
    assert not model.flags(model.index(0, NAME)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, NAME), "改名") and model.add_person() is None


def test_an_unread_list_is_not_editable(qtmodeltester):
    model = ContactsModel()          # before the server's list arrived
    qtmodeltester.check(model)
    assert not model.can_edit() and not model.insertRows(0, 1)
    model.set_people([])
    assert model.can_edit() and model.insertRows(0, 1)


def test_a_new_enterprise_is_saved_with_two_contact_persons(qtbot, open_detail, engines):
    dialog = open_detail("sales1")
    profile, section = dialog.profile, dialog.contacts
    assert not section.isVisible()
    profile.enterprise.click()
    assert section.isVisible() and section.add_button.isVisible()
    assert section.note.isVisible()                                   # "none yet"
    type_text(qtbot, profile.widgets["name"], "杭州锦程科技有限公司")
    type_text(qtbot, profile.widgets["id_number"], USCC)
    type_text(qtbot, profile.widgets["phone"], "0571-88886666")
    type_row(qtbot, dialog, "王经理", "行政总监", "138 0000 1111")
    type_row(qtbot, dialog, "Lisa Chen", "", "+852 9123 4567")
    assert section.model.rowCount() == 2 and not section.note.isVisible()
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save_button.click()
    idle(qtbot, dialog.runner)
    company_id = saved.args[0]
    assert stored(engines("sales1"), company_id) == [
        ("王经理", "行政总监", "+8613800001111"), ("Lisa Chen", None, "+85291234567")]
    assert customers.load_form(engines("sales1"), company_id).kind == "enterprise"
    assert dialog.errors.current is None and not section.error_text()
    assert not section.model.dirty and section.model.person(0).id is not None
    assert section.model.data(section.model.index(0, PHONE)) == "138 0000 1111"
    with qtbot.waitSignal(dialog.saved, timeout=10_000):      # saving again keeps them
        dialog.save_button.click()
    idle(qtbot, dialog.runner)
    assert len(stored(engines("sales1"), company_id)) == 2


def test_a_bad_phone_is_shown_under_the_table_and_nothing_is_replaced(
        qtbot, open_detail, company, engines):
    dialog = open_detail("sales1", company)
    section = dialog.contacts
    assert section.isVisible() and section.model.rowCount() == 1
    assert section.model.data(section.model.index(0, PHONE)) == "138 0000 1111"
    section.table.setCurrentIndex(section.model.index(0, NAME))
    section.remove_button.click()                                 # 王经理 leaves the company
    type_row(qtbot, dialog, "赵六", "采购", "12345")
    save(qtbot, dialog)
    wrong = QCoreApplication.translate(
        "Messages", "This is not a valid phone number: please check the digits.")
    assert wrong != "This is not a valid phone number: please check the digits."  # Chinese
    assert section.error_text() == QCoreApplication.translate(
        "ContactsSection", "Contact person {number}: {message}").format(number=1, message=wrong)
    assert dialog.errors.current is None                     # not the company's phone field
    assert not dialog.profile.widgets["phone"].property("invalid")
    assert dialog.banner.isVisible() and dialog.isVisible()
    assert section.table.currentIndex().row() == 0
    assert section.table.currentIndex().column() == PHONE
    assert [(p.name, p.phone) for p in section.model.people()] == [("赵六", "12345")]
    assert stored(engines("sales1"), company) == [("王经理", "行政总监", "+8613800001111")]
    section.model.setData(section.model.index(0, PHONE), "139 0000 2222")     # corrected
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_button.click()
    idle(qtbot, dialog.runner)
    assert stored(engines("sales1"), company) == [("赵六", "采购", "+8613900002222")]
    assert not section.error_text() and not section.model.dirty


def test_a_refused_name_says_which_person(qtbot, open_detail, company, engines):
    with pytest.raises(UserError) as refused:
        customers.save_contacts(engines("sales1"), company, [Contact("李四2号")])
    assert refused.value.key == "contact_name:name_characters"
    dialog = open_detail("sales1", company)
    type_row(qtbot, dialog, "李四2号")
    save(qtbot, dialog)
    assert dialog.contacts.error_text() == QCoreApplication.translate(
        "ContactsSection", "Contact person {number}: {message}").format(
        number=2, message=user_message(refused.value))
    assert dialog.contacts.table.currentIndex().row() == 1
    assert dialog.contacts.table.currentIndex().column() == NAME
    assert len(stored(engines("sales1"), company)) == 1


def test_unsaved_contacts_survive_recording_a_follow_up(qtbot, open_detail, company):
    dialog = open_detail("sales1", company)
    type_row(qtbot, dialog, "钱七")
    dialog.reload()                                       # as after a follow-up
    idle(qtbot, dialog.runner)
    assert [p.name for p in dialog.contacts.model.people()] == ["王经理", "钱七"]


def test_an_individual_customer_has_no_contacts_section(qtbot, open_detail, named_customers):
    dialog = open_detail("sales1", named_customers["张三"])
    assert dialog.profile.kind() == "individual"
    assert not dialog.contacts.isVisible()
    assert not dialog.contacts.model.loaded                 # and nothing was read


@pytest.mark.parametrize("key", ["executive", "finance"])
def test_read_only_roles_see_the_section_without_editing(qtbot, open_detail, company, key):
    dialog = open_detail(key, company)
    section = dialog.contacts
    assert section.isVisible() and not dialog.save_button.isVisible()
    assert not section.add_button.isVisible() and not section.remove_button.isVisible()
    assert section.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not section.is_editable()
    if section.model.rowCount():
        index = section.model.index(0, NAME)
        assert not section.model.flags(index) & Qt.ItemFlag.ItemIsEditable
        assert not section.model.setData(index, "改名")
    else:   # the executive may not read contact phones: see the next test
        assert section.note.isVisible() and section.note.text()
    assert not dialog.banner.isVisible()


def test_finance_sees_the_contact_persons(qtbot, open_detail, company):
    dialog = open_detail("finance", company)
    model = dialog.contacts.model
    assert [model.data(model.index(0, c)) for c in (NAME, TITLE, PHONE)] == [
        "王经理", "行政总监", "138 0000 1111"]


def test_the_executive_sees_the_contact_names(qtbot, open_detail, company):
    dialog = open_detail("executive", company)
    model = dialog.contacts.model
    assert [model.data(model.index(0, c)) for c in (NAME, TITLE)] == ["王经理", "行政总监"]
