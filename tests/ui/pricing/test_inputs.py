"""Bad input is refused at its field before anything runs: no trial, nothing shown."""

from __future__ import annotations

import pytest

from app.services import price_plans


@pytest.fixture
def no_trials(monkeypatch):
    """Records every trial the screen would run (there must be none)."""
    calls = []

    def record(*args, **kwargs):  # noqa: ANN202
        calls.append(args)
        return []

    monkeypatch.setattr(price_plans, "trial_plan", record)
    monkeypatch.setattr(price_plans, "trial_adjustment", record)
    return calls


@pytest.mark.parametrize("text,message", [
    ("abc", "“其他户型”的基准单价：“abc”不是数字。"),
    ("-1", "“其他户型”的基准单价必须大于零。"),
    ("0", "“其他户型”的基准单价必须大于零。"),
])
def test_a_bad_base_price_is_shown_at_its_field(open_pricing, priced, no_trials, text,
                                                 message):
    screen = open_pricing("manager")
    tab = screen.plan_tab
    tab.editor.base_prices.set_value("default", text)
    tab.trial_button.click()
    assert tab.errors.text_at("base_prices") == message
    assert tab.editor.base_prices.property("invalid") is True
    assert tab.editor.base_prices.currentRow() == 0
    assert not tab.is_running() and no_trials == []
    assert tab.model.rowCount() == 0 and not tab.submit_button.isEnabled()


def test_a_missing_base_price_names_the_layout(open_pricing, priced, no_trials):
    screen = open_pricing("manager")
    tab = screen.plan_tab
    tab.editor.base_prices.set_value("三室两厅两卫", "26000")
    tab.trial_button.click()
    assert tab.errors.text_at("base_prices") == \
        "两室两厅一卫没有基准单价：请填写，或填写“其他户型”的单价。"
    assert no_trials == []


@pytest.mark.parametrize("field,text,message", [
    ("floor_step", "x", "每层增减：“x”不是数字。"),
    ("start_floor", "1.5", "起始楼层：“1.5”不是楼层号。"),
    ("floor_base", "-1", "起始系数必须大于零。"),
])
def test_a_bad_floor_rule_is_shown_at_its_field(open_pricing, priced, no_trials, field, text,
                                                message):
    screen = open_pricing("manager")
    tab = screen.plan_tab
    tab.editor.base_prices.set_value("default", "25000")
    getattr(tab.editor, field).setText(text)
    tab.trial_button.click()
    assert tab.errors.text_at(field) == message
    assert no_trials == []


def test_a_bad_special_floor_and_orientation(open_pricing, priced, no_trials):
    screen = open_pricing("manager")
    editor = screen.plan_tab.editor
    editor.base_prices.set_value("default", "25000")
    editor.add_override.click()
    editor.overrides.item(0, 0).setText("3")
    editor.overrides.item(0, 1).setText("0.9x")
    screen.plan_tab.trial_button.click()
    assert screen.plan_tab.errors.text_at("floor_overrides") == "3层系数：“0.9x”不是数字。"
    editor.overrides.item(0, 1).setText("0.95")
    editor.orientations.set_value("东南", "-0.1")
    screen.plan_tab.trial_button.click()
    assert screen.plan_tab.errors.text_at("orientations") == "东南朝向系数必须大于零。"
    assert screen.plan_tab.errors.text_at("floor_overrides") == ""
    assert no_trials == []


@pytest.mark.parametrize("amount,low,high,field,message", [
    ("abc", "", "", "amount", "调整比例：“abc”不是数字。"),
    ("", "", "", "amount", "调整比例：请填写数字。"),
    ("0", "", "", "amount", "调整幅度为零，不会改变任何价格。"),
    ("-100", "", "", "amount", "价格不能下调 100% 或更多。"),
    ("2", "5", "3", "floor_to", "结束楼层低于起始楼层。"),
    ("2", "a", "", "floor_from", "起始楼层：“a”不是楼层号。"),
])
def test_a_bad_adjustment_is_shown_at_its_field(open_pricing, priced, no_trials, amount, low,
                                                high, field, message):
    screen = open_pricing("manager")
    tab = screen.adjustment_tab
    screen.tabs.setCurrentWidget(tab)
    tab.editor.amount.setText(amount)
    tab.editor.floor_from.setText(low)
    tab.editor.floor_to.setText(high)
    tab.trial_button.click()
    assert tab.errors.text_at(field) == message
    assert no_trials == []
    assert tab.model.rowCount() == 0
