"""Which actions the chart offers, mirrored from the database's transition table; the
database still decides (tests/ui/chart/test_actions_db.py)."""

from __future__ import annotations

from dataclasses import replace

from app.domain.statuses import Role, UnitStatus
from app.services.auth import SessionInfo
from app.services.chart import Transition
from app.ui.chart.actions import SPEC_BY_KIND, SPECS, ActionKind, ActionPolicy
from tests.ui.chart.fake_units import fake_units

S = UnitStatus
MANAGER = [Transition(S.NOT_RELEASED, S.AVAILABLE, False), Transition(S.AVAILABLE,
           S.NOT_RELEASED, True), Transition(S.AVAILABLE, S.HELD, True),
           Transition(S.HELD, S.AVAILABLE, False), Transition(S.NOT_RELEASED, S.HELD, True),
           Transition(S.PENCILLED, S.HELD, True), Transition(S.PENCILLED, S.AVAILABLE, True)]
SALES = [Transition(S.AVAILABLE, S.PENCILLED, False), Transition(S.PENCILLED, S.AVAILABLE,
                                                                   False)]


def session(role: Role, login: str = "edt_x") -> SessionInfo:
    return SessionInfo(1, login, "测试", frozenset({role}), "test")


def units_in(status: UnitStatus, n: int = 2, by: str | None = None):
    return [replace(u, status=status, status_changed_by=by) for u in fake_units(floors=1)[:n]]


def kinds(policy, units):
    return [spec.kind for spec in policy.menu_actions(units)]


def test_manager_holds_releases_puts_on_sale_and_withdraws():
    policy = ActionPolicy(MANAGER, session(Role.SALES_MANAGER))
    offered = [s.kind for s in policy.offered()]
    assert ActionKind.PENCIL not in offered
    assert {ActionKind.HOLD, ActionKind.RELEASE_HOLD, ActionKind.PUT_ON_SALE,
            ActionKind.WITHDRAW, ActionKind.HISTORY} <= set(offered)
    assert kinds(policy, units_in(S.AVAILABLE)) == [ActionKind.HOLD, ActionKind.WITHDRAW,
                                                    ActionKind.HISTORY][:2]
    assert kinds(policy, units_in(S.AVAILABLE, 1)) == [ActionKind.HOLD, ActionKind.WITHDRAW,
                                                       ActionKind.HISTORY]
    assert kinds(policy, units_in(S.HELD)) == [ActionKind.RELEASE_HOLD]
    assert kinds(policy, units_in(S.NOT_RELEASED)) == [ActionKind.HOLD, ActionKind.PUT_ON_SALE]
    assert kinds(policy, units_in(S.CONTRACTED)) == []
    assert policy.needs_reason(SPEC_BY_KIND[ActionKind.HOLD], units_in(S.AVAILABLE))
    assert not policy.needs_reason(SPEC_BY_KIND[ActionKind.RELEASE_HOLD], units_in(S.HELD))


def test_mixed_selection_offers_only_what_fits_every_unit():
    policy = ActionPolicy(MANAGER, session(Role.SALES_MANAGER))
    mixed = units_in(S.AVAILABLE, 1) + units_in(S.HELD, 1)
    assert kinds(policy, mixed) == []
    mixed = units_in(S.AVAILABLE, 1) + units_in(S.NOT_RELEASED, 1)
    assert kinds(policy, mixed) == [ActionKind.HOLD]


def test_salesperson_pencils_one_available_unit_and_releases_only_their_own():
    policy = ActionPolicy(SALES, session(Role.SALES, "edt_sales1"))
    assert [s.kind for s in policy.offered()] == [ActionKind.PENCIL, ActionKind.RELEASE_PENCIL,
                                                  ActionKind.HISTORY]
    assert kinds(policy, units_in(S.AVAILABLE, 1)) == [ActionKind.PENCIL, ActionKind.HISTORY]
    assert kinds(policy, units_in(S.AVAILABLE, 2)) == []  # one unit at a time
    assert kinds(policy, units_in(S.PENCILLED, 1, "edt_sales1")) == [
        ActionKind.RELEASE_PENCIL, ActionKind.HISTORY]
    assert kinds(policy, units_in(S.PENCILLED, 1, "edt_sales2")) == [ActionKind.HISTORY]
    assert ActionKind.HOLD not in kinds(policy, units_in(S.AVAILABLE, 1))


def test_roles_without_transitions_only_see_history():
    policy = ActionPolicy([], session(Role.RECEPTIONIST))
    assert [s.kind for s in policy.offered()] == [ActionKind.HISTORY]
    assert kinds(policy, units_in(S.AVAILABLE, 1)) == [ActionKind.HISTORY]


def test_status_actions_never_reserve_a_unit():
    """Reserving goes through the deal functions (SalePolicy), never a bare status change."""
    assert not any("reserv" in kind.value for kind in ActionKind)
    assert all(spec.target not in (UnitStatus.RESERVED, UnitStatus.CONTRACTED, UnitStatus.FILED)
               for spec in SPECS)
