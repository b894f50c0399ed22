"""Intake, customer list search, profiles, duplicates, masking, follow-ups and export
through the services, on real logins."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from openpyxl import load_workbook

from app.services import customer_export, customers, followups, intake
from app.services.customers import CustomerForm, CustomerQuery
from app.services.errors import ErrorKind, UserError
from tests.helpers.factories import resident_id


@pytest.fixture
def as_(engines):
    """Shorter to read in these tests: as_("sales1") is an engine logged in as sales1."""
    return engines


@pytest.fixture
def roster(as_):
    ids = {c.name: c.id for c in intake.salespeople(as_("manager"))}
    intake.set_duty_roster(as_("manager"), dt.date.today(), [ids["顾问甲"], ids["顾问乙"]])
    return ids


def _walk_in(as_, phone, name="张三", **kw):
    return intake.register_visit(as_("reception"), intake.VisitForm(phone=phone, name=name, **kw))


def test_register_checks_everything_first_and_normalises(as_, roster):
    got = _walk_in(as_, "138 0013 8000", "张三", budget_wan="350.5", area_min="89",
                   area_max="120", purpose="upgrade", party_size=3)
    assert got.is_new and got.staff_name == "顾问甲"
    again = _walk_in(as_, "+86 13800138000", "张叁")
    assert (again.customer_id, again.is_new) == (got.customer_id, False)
    form = customers.load_form(as_("sales1"), got.customer_id)
    assert form.phone == "+8613800138000" and form.budget_wan == "350.5"
    assert form.status == "visitor"
    assert intake.next_on_duty(as_("reception"), dt.date.today()) == roster["顾问乙"]
    assert (form.wanted_area_min, form.wanted_area_max) == ("89.00", "120.00")


@pytest.mark.parametrize("changes,key", [
    ({"phone": "12345"}, "phone:phone_invalid"),
    ({"phone": "62345678"}, "phone:phone_area_code_missing"),
    ({"name": "张三😀"}, "name:name_characters"),
    ({"name": "张" * 101}, "name:name_too_long"),
    ({"budget_wan": "-1"}, "budget:amount_negative"),
    ({"budget_wan": "1.234"}, "budget:amount_precision"),
    ({"area_min": "120", "area_max": "90"}, "area_max:range_order"),
    ({"party_size": 0}, "party_size:range"),
    ({"note": "x" * 201}, "note:text_too_long"),
])
def test_bad_intake_is_refused_and_saves_nothing(as_, roster, clone, changes, key):
    values = {"phone": "13900139000", "name": "李四", **changes}
    with pytest.raises(UserError) as caught:
        intake.register_visit(as_("reception"), intake.VisitForm(**values))
    assert caught.value.kind is ErrorKind.VALIDATION and caught.value.key == key
    engine = clone.superuser_engine()
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM estatedesk.customers")).scalar() == 0
    engine.dispose()


def test_landlines_and_foreign_numbers_are_stored_normalised(as_, roster):
    for typed, stored in (("010-62345678", "+861062345678"), ("+852 9123 4567", "+85291234567"),
                          ("0755 8123 4567", "+8675581234567")):
        got = _walk_in(as_, typed, "王五")
        assert customers.load_form(as_("manager"), got.customer_id).phone == stored


def test_find_by_phone_is_masked_for_the_front_desk(as_, roster):
    _walk_in(as_, "13812345678", "欧阳娜娜")
    hits = intake.find_by_phone(as_("reception"), "138-1234-5678")
    assert [(h.masked_name, h.masked_phone, h.salesperson) for h in hits] == [
        ("欧***", "138****5678", "顾问甲")]


def test_search_by_phone_fragment_name_part_and_pinyin(as_, roster):
    for phone, name in (("13811112222", "张三"), ("13933334444", "单田芳"),
                        ("13755556666", "李张伟")):
        _walk_in(as_, phone, name)
    manager = as_("manager")

    def names(text: str) -> set[str]:
        rows = customers.customer_page(manager, CustomerQuery(text=text), 0)
        assert customers.count_customers(manager, CustomerQuery(text=text)) == len(rows)
        return {r.name for r in rows}

    assert names("2222") == {"张三"}
    assert names("zs") == {"张三"}
    assert names("stf") == {"单田芳"}          # 单 as a surname reads Shan
    assert names("张") == {"张三", "李张伟"}
    assert names("田芳") == {"单田芳"}         # two characters: the name_grams index
    assert names("李张伟") == {"李张伟"} and names("张伟李") == set()
    assert names("") == {"张三", "单田芳", "李张伟"}
    assert names("9999") == set()


def test_filters_sort_and_rls_in_the_list(as_, roster):
    first = _walk_in(as_, "13811110001", "甲")
    _walk_in(as_, "13811110002", "乙")
    customers.save_customer(as_("sales1"), CustomerForm(
        **{**customers.load_form(as_("sales1"), first.customer_id).__dict__, "grade": "A"}))
    sales1 = customers.customer_page(as_("sales1"), CustomerQuery(), 0)
    assert [r.name for r in sales1] == ["甲"]  # the rotation gave 乙 to 顾问乙
    graded = customers.customer_page(as_("manager"), CustomerQuery(grades=("A",)), 0)
    assert [r.name for r in graded] == ["甲"]
    by_name = customers.customer_page(as_("manager"), CustomerQuery(sort="name"), 0)
    assert [r.name for r in by_name] == sorted(r.name for r in by_name)
    today = dt.date.today()
    visited = CustomerQuery(visited_from=today, visited_to=today)
    assert customers.count_customers(as_("manager"), visited) == 2
    old = CustomerQuery(visited_to=today - dt.timedelta(days=1))
    assert customers.count_customers(as_("manager"), old) == 0


def test_executives_see_masked_phones_and_cannot_search_digits(as_, roster):
    _walk_in(as_, "13812345678", "赵六")
    rows = customers.customer_page(as_("executive"), CustomerQuery(), 0)
    assert [r.phone for r in rows] == ["138****5678"]
    form = customers.load_form(as_("executive"), rows[0].id)
    assert form.phone == "138****5678" and form.email is None


def test_duplicates_name_the_owner(as_, roster):
    _walk_in(as_, "13800001111", "周七")   # goes to 顾问甲
    with pytest.raises(UserError) as caught:
        customers.save_customer(as_("sales2"), CustomerForm(name="周七", phone="13800001111"))
    assert caught.value.kind is ErrorKind.DUPLICATE
    assert caught.value.params == {"matched": "phone", "name": "周*", "owner": "顾问甲"}
    number = resident_id(42)
    customers.save_customer(as_("sales2"), CustomerForm(name="吴八", id_type="resident_id",
                                                        id_number=number.lower()))
    with pytest.raises(UserError) as caught:
        customers.save_customer(as_("sales1"), CustomerForm(
            name="吴八", id_type="resident_id", id_number=number))
    assert caught.value.params["matched"] == "id_number"


@pytest.mark.parametrize("id_type,number,key", [
    ("resident_id", "110105194912310021", "id_number:id_check_digit"),
    ("resident_id", "110105194902300028", "id_number:id_birth_date"),
    ("uscc", "91350100M000100Y44", "id_number:uscc_check_char"),
    ("passport", "E1234", None),
])
def test_id_numbers_are_checked(as_, id_type, number, key):
    kind = "enterprise" if id_type == "uscc" else "individual"
    form = CustomerForm(kind=kind, name="测试客户", id_type=id_type, id_number=number)
    if key is None:
        assert customers.save_customer(as_("sales1"), form) > 0
        return
    with pytest.raises(UserError) as caught:
        customers.save_customer(as_("sales1"), form)
    assert caught.value.key == key


def test_round_budgets_come_back_plainly(as_):
    new_id = customers.save_customer(as_("sales1"), CustomerForm(
        name="整数预算", phone="13900001234", budget_wan="300"))
    form = customers.load_form(as_("sales1"), new_id)
    assert form.budget_wan == "300"
    assert customers.save_customer(as_("sales1"), form) == new_id  # saves again as loaded


def test_old_15_digit_ids_are_stored_as_18(as_):
    new_id = customers.save_customer(as_("sales1"), CustomerForm(
        name="老证件", id_type="resident_id", id_number="110105491231002"))
    assert customers.load_form(as_("sales1"), new_id).id_number == "11010519491231002X"


def test_followups_timeline_and_due_list(as_, roster):
    got = _walk_in(as_, "13800002222", "孙九")
    today = dt.date.today()
    followups.record_followup(as_("sales1"), got.customer_id, "call", "介绍了新推楼栋",
                              "有意向", today)
    with pytest.raises(UserError):
        followups.record_followup(as_("sales1"), got.customer_id, "call", "   ")
    with pytest.raises(UserError) as caught:
        followups.record_followup(as_("sales2"), got.customer_id, "call", "抢客户")
    assert caught.value.key == "customer_not_yours"
    kinds = [e.kind for e in followups.timeline(as_("sales1"), got.customer_id)]
    assert kinds == ["followup", "assignment", "visit"] or kinds == ["followup", "visit",
                                                                     "assignment"]
    due = followups.due_followups(as_("sales1"), today)
    assert [(d.name, d.overdue_days) for d in due] == [("孙九", 0)]
    assert followups.due_followups(as_("sales1"), today + dt.timedelta(days=2))[0].overdue_days == 2
    assert followups.due_followups(as_("sales2"), today) == []


def test_lost_reassign_and_merge_through_services(as_, roster):
    a = _walk_in(as_, "13800003333", "钱一")
    b = _walk_in(as_, "13800004444", "钱一")
    ids = {c.name: c.id for c in intake.salespeople(as_("manager"))}
    assert customers.reassign(as_("manager"), [a.customer_id], ids["顾问乙"], "调整") == 1
    customers.merge(as_("manager"), a.customer_id, b.customer_id)
    assert customers.count_customers(as_("manager"), CustomerQuery(text="钱一")) == 1
    reason = intake.lost_reasons(as_("sales2"))[0]
    with pytest.raises(UserError) as caught:
        customers.mark_lost(as_("sales2"), a.customer_id, None)
    assert caught.value.key == "lost_reason_required"
    customers.mark_lost(as_("sales2"), a.customer_id, reason.id, "暂不考虑")
    assert customers.load_form(as_("manager"), a.customer_id).id == a.customer_id


def test_export_is_for_managers_and_audited(as_, roster, clone, tmp_path):
    for i in range(3):
        _walk_in(as_, f"1380000555{i}", f"导出{'甲乙丙'[i]}")
    with pytest.raises(UserError) as caught:
        customer_export.export_customers(as_("sales1"), CustomerQuery(), tmp_path / "x.xlsx")
    assert caught.value.kind is ErrorKind.NOT_ALLOWED
    seen = []
    path = tmp_path / "客户.xlsx"
    n = customer_export.export_customers(as_("manager"), CustomerQuery(text="导出"), path,
                                         progress=lambda done, total: seen.append((done, total)))
    assert n == 3 and seen[-1] == (3, 3)
    ws = load_workbook(path).active
    assert [c.value for c in ws[1]][:3] == ["客户姓名", "性别", "电话"]
    assert {ws.cell(row=r, column=1).value for r in (2, 3, 4)} == {"导出甲", "导出乙", "导出丙"}
    assert ws.cell(row=2, column=3).value.startswith("138 0000 555")
    engine = clone.superuser_engine()
    with engine.connect() as conn:
        entry = conn.execute(sa.text("SELECT login, detail FROM estatedesk.audit_log "
                                     "WHERE action = 'EXPORT'")).one()
    engine.dispose()
    assert entry.login == "edt_manager" and entry.detail["rows"] == 3
    cancelled = tmp_path / "cancelled.xlsx"
    with pytest.raises(customer_export.ExportCancelled):
        customer_export.export_customers(as_("manager"), CustomerQuery(), cancelled,
                                         cancelled=lambda: True)
    assert not cancelled.exists() and not list(tmp_path.glob("*.part"))


def test_enterprise_contact_persons(as_):
    company = customers.save_customer(as_("sales1"), CustomerForm(
        kind="enterprise", name="杭州锦程科技有限公司", id_type="uscc",
        id_number="91350100M000100Y43", phone="0571-88886666", industry="软件"))
    people = [customers.Contact("王经理", "行政总监", "13800001111"),
              customers.Contact("Lisa Chen", None, "+852 9123 4567")]
    assert customers.save_contacts(as_("sales1"), company, people) == 2
    got = customers.contacts(as_("sales1"), company)
    assert [(c.name, c.title, c.phone) for c in got] == [
        ("王经理", "行政总监", "+8613800001111"), ("Lisa Chen", None, "+85291234567")]
    assert customers.save_contacts(as_("sales1"), company, people[:1]) == 1
    assert len(customers.contacts(as_("sales1"), company)) == 1
    with pytest.raises(UserError) as caught:          # someone else's customer
        customers.save_contacts(as_("sales2"), company, people)
    assert caught.value.kind is ErrorKind.NOT_ALLOWED
    with pytest.raises(UserError) as caught:          # bad phone: nothing replaced
        customers.save_contacts(as_("sales1"), company,
                                [customers.Contact("赵六", None, "12345")])
    assert caught.value.key == "phone:phone_invalid"
    assert len(customers.contacts(as_("sales1"), company)) == 1
    person = customers.save_customer(as_("sales1"), CustomerForm(name="个人", phone="13900009999"))
    with pytest.raises(UserError):
        customers.save_contacts(as_("sales1"), person, people)
