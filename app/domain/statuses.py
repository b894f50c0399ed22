"""Statuses of units and customers, as the database's enums name them (domain.md)."""

from enum import StrEnum


class UnitStatus(StrEnum):
    NOT_RELEASED = "not_released"   # 未推
    AVAILABLE = "available"         # 待售
    HELD = "held"                   # 销控
    PENCILLED = "pencilled"         # 预留
    RESERVED = "reserved"           # 小定/认购
    CONTRACTED = "contracted"       # 签约
    FILED = "filed"                 # 已备案

    @property
    def is_sold(self) -> bool:
        """Counts toward sell-through (去化)."""
        return self in (UnitStatus.RESERVED, UnitStatus.CONTRACTED, UnitStatus.FILED)


class CustomerStatus(StrEnum):
    VISITOR = "visitor"
    QUEUED = "queued"
    RESERVED = "reserved"
    CONTRACTED = "contracted"
    OWNER = "owner"
    LOST = "lost"


class Role(StrEnum):
    """EstateDesk group roles; the PostgreSQL role is `estatedesk_<value>`."""

    RECEPTIONIST = "receptionist"
    SALES = "sales"
    SALES_MANAGER = "sales_manager"
    FINANCE = "finance"
    EXECUTIVE = "executive"
    PROPERTY = "property"
    ADMIN = "admin"

    @property
    def pg_role(self) -> str:
        return f"estatedesk_{self.value}"
