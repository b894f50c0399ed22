"""Finance screen fixtures, against a cloned PostgreSQL: the deal screens' project of 2 floors ×
5 units with its customers (tests/ui/deals/conftest.py `world`, `context_for`), a receipt
book issued to the finance login, a contracted deal on a commercial loan (1,980,000: deposit
50,000, down payment 730,000, loan 1,200,000), the finance screen for a login, shown and
loaded, and a printer that prints to PDF files instead of asking."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from app.domain.payment_plans import LoanAmounts
from app.services import finance
from app.services.finance import PaymentInput
from tests.helpers.deals import TODAY
from tests.ui.deals.conftest import DealWorld, context_for, idle, world  # noqa: F401 — fixtures

TIMEOUT = 10_000
LOAN = Decimal("1200000.00")


@dataclass
class Desk:
    world: DealWorld
    deal: int          # contracted, commercial loan, schedule 50,000 / 730,000 / 1,200,000
    book: int          # SJ 1–50, issued to edt_finance
    cashier: int       # edt_finance's staff id

    @property
    def project(self) -> Any:
        return self.world.project

    def pay(self, kind: str, amount: str, line: int | None = None, method: str = "transfer",
            deal: int | None = None) -> int:
        return finance.record_payment(self.world.engines("finance"), PaymentInput(
            deal or self.deal, kind, Decimal(amount), method, TODAY, line, "网银流水"))

    def ledger(self, deal: int | None = None) -> Any:
        return finance.ledger(self.world.engines("finance"), deal or self.deal)

    def sql(self, statement: str, **params: Any) -> Any:
        with self.world.superuser.begin() as conn:
            result = conn.execute(sa.text(statement), params)
            return result.all() if result.returns_rows else None


@pytest.fixture
def desk(world) -> Desk:  # noqa: F811 — the imported fixture
    admin = world.engines("admin")
    with world.superuser.connect() as conn:
        cashier = conn.execute(sa.text(
            "SELECT id FROM estatedesk.staff WHERE login = 'edt_finance'")).scalar_one()
    book = finance.register_book(admin, world.project.id, "SJ", 1, 50)
    finance.issue_book(admin, book, cashier)
    deal = world.contract(0, 0, method="commercial_loan", loans=LoanAmounts(commercial=LOAN))
    return Desk(world, deal, book, cashier)


@pytest.fixture
def open_finance(qtbot, context_for):  # noqa: F811 — the imported fixture
    """open_finance(key) → the FinanceScreen for that login, shown, everything loaded."""
    from app.ui.finance.screen import FinanceScreen

    def _open(key: str) -> FinanceScreen:
        context = context_for(key)
        screen = FinanceScreen(context)
        screen.runner = context.runner
        qtbot.addWidget(screen)
        screen.resize(1500, 950)
        screen.show()
        qtbot.waitExposed(screen)
        qtbot.waitUntil(screen.is_ready, timeout=TIMEOUT)
        return screen

    return _open


def settle(qtbot, screen: Any) -> None:
    """Wait until every call of the screen has come back."""
    idle(qtbot, screen.runner, TIMEOUT)
    qtbot.waitUntil(screen.is_ready, timeout=TIMEOUT)


@pytest.fixture
def printed_to(monkeypatch, tmp_path) -> list[Path]:
    """The print dialog says "print" to a PDF file in tmp_path; returns the files printed."""
    from PySide6.QtPrintSupport import QPrinter

    from app.ui.finance import printing

    files: list[Path] = []

    def ask(_parent: Any, printer: QPrinter) -> bool:
        path = tmp_path / f"printed-{len(files) + 1}.pdf"
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        files.append(path)
        return True

    monkeypatch.setattr(printing, "ask_printer", ask)
    return files
