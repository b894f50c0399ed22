"""Display names for values that come from the service layer as codes: roles and servers.

Marked with QT_TRANSLATE_NOOP so lupdate collects them; translated when shown, so a language
switch changes them too.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.statuses import Role

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
