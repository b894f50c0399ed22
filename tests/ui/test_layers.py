"""Layer rules for the UI: no SQLAlchemy in app/ui, and the login window comes up without
loading SQLAlchemy or the services (they load on the pool thread when logging in)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "app" / "ui"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_app_ui_never_imports_sqlalchemy():
    offenders = [str(p) for p in UI.rglob("*.py")
                 if any(m.split(".")[0] in ("sqlalchemy", "psycopg2")
                        for m in imported_modules(p))]
    assert offenders == []


def test_login_window_starts_without_sqlalchemy():
    code = ("import sys; import app.ui.shell.controller; "
            "print(sorted(m for m in ('sqlalchemy', 'app.services.auth', 'alembic') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=UI.parents[1],
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""}).stdout
    assert out.strip() == "[]"
