"""What a user may do with the chosen units, mirrored from the database's transition table
(`my_transitions`) only to decide which menu entries and buttons to show — the database
functions still check every action. No widgets here, so the rules are tested directly.

Two groups: status changes (销控, 预留…, `ActionPolicy`, from the transition table) and sale
actions (认购, 小定, 查看交易, `SalePolicy`, from the user's roles): a sale is not a status
change of its own but a deal, started by the deal functions (which reserve the unit and
check availability, the customer and the role themselves) through app/ui/deals."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.chart import ChartUnit
from app.domain.statuses import Role, UnitStatus

CONTEXT = "ChartActions"
S = UnitStatus


class ActionKind(StrEnum):
    HOLD = "hold"                       # 销控
    RELEASE_HOLD = "release_hold"       # 解除销控
    PUT_ON_SALE = "put_on_sale"         # 推盘
    WITHDRAW = "withdraw"               # 撤回 (back to not released)
    PENCIL = "pencil"                   # 预留
    RELEASE_PENCIL = "release_pencil"   # 取消预留
    HISTORY = "history"                 # 查看记录


@dataclass(frozen=True)
class ActionSpec:
    kind: ActionKind
    label: str                           # English source, context "ChartActions"
    icon: str                            # qtawesome name
    target: UnitStatus | None            # None: not a status change (history)
    sources: frozenset[UnitStatus] | None  # statuses it applies to; None: any the table allows
    single: bool = False                 # one unit at a time
    tip: str = ""                        # what it does, for the button's tooltip

    def display_label(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.label)

    def display_tip(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.tip) if self.tip else ""


SPECS: tuple[ActionSpec, ...] = (
    ActionSpec(ActionKind.PENCIL, QT_TRANSLATE_NOOP("ChartActions", "Pencil in…"),
               "fa6s.user-clock", S.PENCILLED, frozenset({S.AVAILABLE}), single=True,
               tip=QT_TRANSLATE_NOOP("ChartActions", "Hold an available unit for one of your "
                                     "customers for a limited time")),
    ActionSpec(ActionKind.RELEASE_PENCIL, QT_TRANSLATE_NOOP("ChartActions", "Release pencil"),
               "fa6s.user-xmark", S.AVAILABLE, frozenset({S.PENCILLED}),
               tip=QT_TRANSLATE_NOOP("ChartActions", "Give a pencilled unit back for sale "
                                     "before its time runs out")),
    ActionSpec(ActionKind.HOLD, QT_TRANSLATE_NOOP("ChartActions", "Hold…"), "fa6s.lock",
               S.HELD, None,
               tip=QT_TRANSLATE_NOOP("ChartActions", "Withhold units from sale, with a reason")),
    ActionSpec(ActionKind.RELEASE_HOLD, QT_TRANSLATE_NOOP("ChartActions", "Release hold"),
               "fa6s.lock-open", S.AVAILABLE, frozenset({S.HELD}),
               tip=QT_TRANSLATE_NOOP("ChartActions", "Put held units back on sale")),
    ActionSpec(ActionKind.PUT_ON_SALE, QT_TRANSLATE_NOOP("ChartActions", "Put on sale"),
               "fa6s.bullhorn", S.AVAILABLE, frozenset({S.NOT_RELEASED}),
               tip=QT_TRANSLATE_NOOP("ChartActions", "Release units not yet on sale")),
    ActionSpec(ActionKind.WITHDRAW, QT_TRANSLATE_NOOP("ChartActions", "Withdraw from sale…"),
               "fa6s.box-archive", S.NOT_RELEASED, frozenset({S.AVAILABLE}),
               tip=QT_TRANSLATE_NOOP("ChartActions", "Take available units off sale again, "
                                     "with a reason")),
    ActionSpec(ActionKind.HISTORY, QT_TRANSLATE_NOOP("ChartActions", "View history"),
               "fa6s.clock-rotate-left", None, None, single=True,
               tip=QT_TRANSLATE_NOOP("ChartActions", "Who changed this unit's status, when "
                                     "and why")),
)
SPEC_BY_KIND = {spec.kind: spec for spec in SPECS}


class ActionPolicy:
    """Which actions to offer, from the transitions the user's roles allow."""

    def __init__(self, transitions: Iterable, session) -> None:  # noqa: ANN001
        self._reason: dict[tuple[UnitStatus, UnitStatus], bool] = {}
        for t in transitions:
            key = (UnitStatus(t.from_status), UnitStatus(t.to_status))
            self._reason[key] = self._reason.get(key, False) or bool(t.needs_reason)
        self._session = session
        self._manager = session is not None and session.has(Role.SALES_MANAGER)
        self._sales = session is not None and session.has(Role.SALES)

    def allows(self, source: UnitStatus, target: UnitStatus) -> bool:
        return (source, target) in self._reason

    def offered(self) -> list[ActionSpec]:
        """Actions this user could take on some unit (the buttons to show at all)."""
        return [spec for spec in SPECS if self._offered(spec)]

    def _offered(self, spec: ActionSpec) -> bool:
        if spec.target is None:
            return True
        if spec.kind is ActionKind.PENCIL and not self._sales:
            return False
        return any(self._fits(spec, source) for source in UnitStatus)

    def _fits(self, spec: ActionSpec, source: UnitStatus) -> bool:
        if spec.sources is not None and source not in spec.sources:
            return False
        return spec.target is not None and source != spec.target and \
            self.allows(source, spec.target)

    def applicable(self, spec: ActionSpec, units: Sequence[ChartUnit]) -> bool:
        """May this user try `spec` on all of `units` (all or none, as the database does)?"""
        if not units or (spec.single and len(units) != 1) or not self._offered(spec):
            return False
        if spec.target is None:
            return True
        for unit in units:
            if not self._fits(spec, unit.status):
                return False
            if spec.kind is ActionKind.RELEASE_PENCIL and not self._manager \
                    and unit.status_changed_by != self._session.login:
                return False  # a salesperson releases only their own pencils
        return True

    def needs_reason(self, spec: ActionSpec, units: Sequence[ChartUnit]) -> bool:
        if spec.target is None:
            return False
        return any(self._reason.get((u.status, spec.target), False) for u in units)

    def menu_actions(self, units: Sequence[ChartUnit]) -> list[ActionSpec]:
        """The entries of the context menu for these units, in order."""
        return [spec for spec in SPECS if self.applicable(spec, units)]


# --- sale actions -----------------------------------------------------------------------------

class SaleKind(StrEnum):
    SUBSCRIBE = "subscribe"             # 认购
    SMALL_DEPOSIT = "small_deposit"     # 小定
    VIEW_DEALS = "view_deals"           # 查看交易


SELLERS = frozenset({Role.SALES, Role.SALES_MANAGER})
DEAL_READERS = frozenset({Role.SALES, Role.SALES_MANAGER, Role.FINANCE, Role.EXECUTIVE,
                          Role.ADMIN})
TAKEABLE = frozenset({S.AVAILABLE, S.PENCILLED, S.HELD})


@dataclass(frozen=True)
class SaleSpec:
    kind: SaleKind
    label: str                           # English source, context "ChartActions"
    icon: str
    sources: frozenset[UnitStatus]       # statuses it applies to (one unit at a time)
    roles: frozenset[Role]               # who is offered it
    tip: str = ""

    def display_label(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.label)

    def display_tip(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.tip) if self.tip else ""


SALE_SPECS: tuple[SaleSpec, ...] = (
    SaleSpec(SaleKind.SUBSCRIBE, QT_TRANSLATE_NOOP("ChartActions", "Subscribe…"),
             "fa6s.file-signature", TAKEABLE, SELLERS,
             tip=QT_TRANSLATE_NOOP("ChartActions", "Reserve the unit for a customer with a "
                                   "deposit, the agreed price and a deadline to sign (认购)")),
    SaleSpec(SaleKind.SMALL_DEPOSIT, QT_TRANSLATE_NOOP("ChartActions", "Small deposit…"),
             "fa6s.hand-holding-dollar", TAKEABLE, SELLERS,
             tip=QT_TRANSLATE_NOOP("ChartActions", "Hold the unit for a customer for a few "
                                   "days against a small deposit (小定)")),
    SaleSpec(SaleKind.VIEW_DEALS, QT_TRANSLATE_NOOP("ChartActions", "View deals"),
             "fa6s.file-contract", frozenset({S.RESERVED, S.CONTRACTED, S.FILED}),
             DEAL_READERS,
             tip=QT_TRANSLATE_NOOP("ChartActions", "Who reserved or contracted this unit, "
                                   "when and at what price")),
)
SALE_SPEC_BY_KIND = {spec.kind: spec for spec in SALE_SPECS}


class SalePolicy:
    """Which sale actions to offer: by role, on one unit the user could take (available;
    pencilled in by them, or by anyone for a manager; held, for a manager) — what the
    database's deal_take_unit allows."""

    def __init__(self, session) -> None:  # noqa: ANN001
        self._session = session
        self._manager = session is not None and session.has(Role.SALES_MANAGER)

    def offered(self) -> list[SaleSpec]:
        if self._session is None:
            return []
        return [spec for spec in SALE_SPECS if self._session.has(*spec.roles)]

    def applicable(self, spec: SaleSpec, units: Sequence[ChartUnit]) -> bool:
        if len(units) != 1 or spec not in self.offered():
            return False
        unit = units[0]
        if unit.status not in spec.sources:
            return False
        if unit.status is S.HELD:
            return self._manager
        if unit.status is S.PENCILLED:
            return self._manager or unit.status_changed_by == self._session.login
        return True

    def menu_actions(self, units: Sequence[ChartUnit]) -> list[SaleSpec]:
        return [spec for spec in SALE_SPECS if self.applicable(spec, units)]


@dataclass(frozen=True)
class OfferedSale:
    """A sale action as the action bar shows it: it asks the policy itself whether it
    applies to the selection (the bar has no other way to know)."""

    spec: SaleSpec
    policy: SalePolicy

    @property
    def kind(self) -> SaleKind:
        return self.spec.kind

    @property
    def icon(self) -> str:
        return self.spec.icon

    def display_label(self) -> str:
        return self.spec.display_label()

    def display_tip(self) -> str:
        return self.spec.display_tip()

    def applicable(self, units: Sequence[ChartUnit]) -> bool:
        return self.policy.applicable(self.spec, units)
