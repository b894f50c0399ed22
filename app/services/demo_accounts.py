"""The demo project's staff accounts, one per role, shown on the first run of the embedded
database so anyone can try every role. Not used on an office server."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.statuses import Role

DEMO_PASSWORD = "demo2026"


@dataclass(frozen=True)
class DemoAccount:
    login: str
    full_name: str
    role: Role
    password: str = DEMO_PASSWORD


DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount("qiantai", "王丽", Role.RECEPTIONIST),
    DemoAccount("guwen1", "李明", Role.SALES),
    DemoAccount("guwen2", "张华", Role.SALES),
    DemoAccount("jingli", "赵强", Role.SALES_MANAGER),
    DemoAccount("caiwu", "陈静", Role.FINANCE),
    DemoAccount("juece", "刘建国", Role.EXECUTIVE),
    DemoAccount("wuye", "孙涛", Role.PROPERTY),
    DemoAccount("xitong", "周杰", Role.ADMIN),
)
