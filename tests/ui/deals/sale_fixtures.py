"""Helpers of the sale dialog tests (认购, 小定, 排号, 签约): a parent window for the dialogs,
waiting for a dialog's data and for the live quote, reading the database as the superuser,
and a PDF written where the test says instead of asking the user.

The project, units, rules and customers come from tests/ui/deals/conftest.py (`world`,
`context_for`)."""

from __future__ import annotations

import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtWidgets import QWidget

from app.ui.deals import sale_actions

TIMEOUT = 10_000


@pytest.fixture
def host(qtbot) -> QWidget:
    """The window the sale dialogs open over (window-modal)."""
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(600, 400)
    window.show()
    return window


@pytest.fixture
def pdf_to(monkeypatch, tmp_path):
    """Printing writes to tmp_path/<name> without asking, and opens nothing; returns the
    list of paths 'opened'."""
    opened: list[str] = []

    def choose(_parent: Any, suggested: str) -> str:
        opened.append(f"suggested:{Path(suggested).name}")
        return str(tmp_path / Path(suggested).name)

    monkeypatch.setattr(sale_actions, "choose_path", choose)
    monkeypatch.setattr(sale_actions, "open_file", lambda path: opened.append(path) or True)
    return opened


def ready(qtbot, dialog: Any) -> Any:
    """Wait until a sale dialog's data is in."""
    qtbot.waitUntil(lambda: dialog.ready, timeout=TIMEOUT)
    return dialog


def quoted(qtbot, panel: Any) -> Any:
    """Wait until the live quote has settled; the Quote (or None)."""
    qtbot.waitUntil(lambda: not panel.is_busy(), timeout=TIMEOUT)
    return panel.quote


def submit(qtbot, dialog: Any) -> None:
    """Click the primary button and wait until the call came back (or was refused early)."""
    dialog.ok_button().click()
    qtbot.waitUntil(lambda: not dialog.working, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not dialog.runner.is_busy(), timeout=TIMEOUT)


def one(engine: sa.Engine, sql: str, **params: Any) -> Any:
    with engine.connect() as conn:
        return conn.execute(sa.text(sql), params).first()


def unit_status(engine: sa.Engine, unit_id: int) -> str:
    return one(engine, "SELECT status::text FROM estatedesk.units WHERE id = :u", u=unit_id)[0]


def deals_of(engine: sa.Engine, unit_id: int) -> list:
    with engine.connect() as conn:
        return conn.execute(sa.text(
            "SELECT id, stage::text AS stage, customer_id, deposit, deal_total, approval "
            "FROM estatedesk.deals WHERE unit_id = :u ORDER BY id"), {"u": unit_id}).all()


def pdf_text(path: str | Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def yuan(text: str) -> Decimal:
    return Decimal(text)
