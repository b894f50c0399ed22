"""UI test fixtures: settings and logs in tmp_path (never the user's), Chinese installed as
the interface language (as in production), and login results that are disposed."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from app.ui.common import i18n


@pytest.fixture(autouse=True)
def temp_settings(tmp_path, monkeypatch) -> Iterator[QSettings]:
    """QSettings() anywhere in the code under test reads/writes an INI file in tmp_path."""
    monkeypatch.setenv("ESTATEDESK_LOG_DIR", str(tmp_path / "logs"))
    QCoreApplication.setOrganizationName("EstateDesk")
    QCoreApplication.setApplicationName("EstateDesk")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(tmp_path / "settings"))
    settings = QSettings()
    settings.clear()
    yield settings
    settings.clear()
    settings.sync()


@pytest.fixture(autouse=True)
def collect_on_gui_thread(qapp) -> Iterator[None]:
    """As in the app (app/ui/common/gc_guard.py): no automatic garbage collection, which
    could finalise Qt objects on an operation's pool thread; collect here, on this thread."""
    gc.disable()
    yield
    gc.collect()
    gc.enable()


@pytest.fixture(autouse=True)
def chinese(qapp) -> Iterator[None]:
    """Every UI test starts in Chinese, the default language, and leaves it so."""
    assert i18n.install_language("zh_CN"), "the compiled .qm is missing"
    yield
    i18n.install_language("zh_CN")


@pytest.fixture
def login_as(clone):
    """Log in through the real service as a test staff member (key: sales1, admin…)."""
    from app.services.auth import login
    from tests.helpers.staff import TEST_PASSWORD, TEST_STAFF

    results = []

    def _login(key: str):
        result = login(clone.address, TEST_STAFF[key][0], TEST_PASSWORD)
        results.append(result)
        return result

    yield _login
    for result in results:
        result.engine.dispose()
