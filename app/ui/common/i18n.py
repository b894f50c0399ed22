"""The interface language: English source strings, Chinese from the compiled .qm.

Switching installs or removes the translators; Qt then sends every widget a LanguageChange
event, and each window re-sets its texts in `changeEvent`, so the switch is immediate.
The choice is remembered in QSettings ("ui/language").
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QSettings, QTranslator

_log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "zh_CN"
# (code, name shown in its own language: never translated, so anyone can find theirs)
LANGUAGES: tuple[tuple[str, str], ...] = (("zh_CN", "中文"), ("en", "English"))
_SETTINGS_KEY = "ui/language"
_installed: list[QTranslator] = []
_current = "en"


def translations_dir() -> Path:
    """resources/translations in the source tree (next to the `app` package)."""
    return Path(__file__).resolve().parents[3] / "resources" / "translations"


def qm_path(language: str) -> Path:
    return translations_dir() / f"estatedesk_{language}.qm"


def current_language() -> str:
    return _current


def normalise(language: str | None) -> str:
    """Accept zh_CN, zh, zh-CN, en, en_US…; anything else falls back to the default."""
    text = (language or "").replace("-", "_").lower()
    if text.startswith("zh"):
        return "zh_CN"
    if text.startswith("en"):
        return "en"
    return DEFAULT_LANGUAGE


def install_language(language: str) -> bool:
    """Make `language` the interface language now. False if its translation file is missing."""
    global _current
    language = normalise(language)
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ok = True
    if language != "en":
        ok = _install(qm_path(language))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        _install(Path(qt_dir) / f"qtbase_{language}.qm")  # the standard buttons: 确定/取消
        if not ok:
            _log.warning("no translation file %s", qm_path(language))
    QLocale.setDefault(QLocale("zh_CN" if language == "zh_CN" else "en_US"))
    _current = language
    # Qt posts LanguageChange to every window; deliver now so the switch is visible at once
    # (and callers, tests included, see the new texts when this returns).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return ok


def _install(path: Path) -> bool:
    translator = QTranslator(QCoreApplication.instance())
    if not path.exists() or not translator.load(str(path)):
        return False
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    return True


def saved_language(settings: QSettings | None = None) -> str | None:
    value = (settings or QSettings()).value(_SETTINGS_KEY)
    return normalise(str(value)) if value else None


def save_language(language: str, settings: QSettings | None = None) -> None:
    (settings or QSettings()).setValue(_SETTINGS_KEY, normalise(language))


def switch_language(language: str) -> None:
    """What the language menus call: install now and remember for the next start."""
    install_language(language)
    save_language(language)
