"""The login window comes up without loading SQLAlchemy or the services: they load on the
pool thread when logging in, so the window shows fast. (The layer rules themselves are in
tests/test_layers.py.)"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_login_window_starts_without_sqlalchemy():
    code = ("import sys; import app.ui.shell.controller; "
            "print(sorted(m for m in ('sqlalchemy', 'app.services.auth', 'alembic') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""}).stdout
    assert out.strip() == "[]"
