"""Display names for values that come from the service layer as codes: roles, unit
statuses and servers.

Marked with QT_TRANSLATE_NOOP so lupdate collects them; translated when shown, so a language
switch changes them too.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.statuses import Role, UnitStatus

ROLE_NAMES: dict[Role, str] = {
    Role.RECEPTIONIST: QT_TRANSLATE_NOOP("Roles", "Receptionist"),
    Role.SALES: QT_TRANSLATE_NOOP("Roles", "Sales consultant"),
    Role.SALES_MANAGER: QT_TRANSLATE_NOOP("Roles", "Sales manager"),
    Role.FINANCE: QT_TRANSLATE_NOOP("Roles", "Finance"),
    Role.EXECUTIVE: QT_TRANSLATE_NOOP("Roles", "Executive"),
    Role.PROPERTY: QT_TRANSLATE_NOOP("Roles", "Property service"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Roles", "Administrator"),
}
_ROLE_ORDER = list(Role)

UNIT_STATUS_NAMES: dict[UnitStatus, str] = {
    UnitStatus.NOT_RELEASED: QT_TRANSLATE_NOOP("UnitStatus", "not released"),
    UnitStatus.AVAILABLE: QT_TRANSLATE_NOOP("UnitStatus", "available"),
    UnitStatus.HELD: QT_TRANSLATE_NOOP("UnitStatus", "held"),
    UnitStatus.PENCILLED: QT_TRANSLATE_NOOP("UnitStatus", "pencilled"),
    UnitStatus.RESERVED: QT_TRANSLATE_NOOP("UnitStatus", "reserved"),
    UnitStatus.CONTRACTED: QT_TRANSLATE_NOOP("UnitStatus", "contracted"),
    UnitStatus.FILED: QT_TRANSLATE_NOOP("UnitStatus", "filed"),
}


def unit_status_name(status: UnitStatus | str) -> str:
    return QCoreApplication.translate("UnitStatus", UNIT_STATUS_NAMES[UnitStatus(status)])


def role_name(role: Role | str) -> str:
    role = Role(role)
    return QCoreApplication.translate("Roles", ROLE_NAMES[role])


def role_names(roles: Iterable[Role | str]) -> str:
    """Several roles, in the fixed order of `Role`, joined for a label."""
    ordered = sorted((Role(r) for r in roles), key=_ROLE_ORDER.index)
    separator = QCoreApplication.translate("Roles", ", ")
    return separator.join(role_name(r) for r in ordered)


def server_text(label: str) -> str:
    """`ServerAddress.label()` as the user reads it: the embedded server gets a name."""
    if label == "embedded":
        return QCoreApplication.translate("Server", "This computer (embedded database)")
    return label


def display_params(params: dict) -> dict:
    """Error parameters as the user reads them: status and role codes become names."""
    shown = dict(params)
    for key in ("status", "to"):
        if shown.get(key) in UnitStatus.__members__.values():
            shown[key] = unit_status_name(shown[key])
    roles = shown.get("roles")
    if isinstance(roles, list) and all(r in Role.__members__.values() for r in roles):
        shown["roles"] = role_names(roles)
    return shown
