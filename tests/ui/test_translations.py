"""The Chinese translation is complete and compiled: no unfinished message in the .ts,
every service message is in it, and the committed .qm gives every translation the .ts
has (so a .ts edited without running lrelease fails here)."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from app.ui.common.i18n import qm_path, translations_dir

TS = translations_dir() / "estatedesk_zh_CN.ts"


def _load_update_script():
    spec = importlib.util.spec_from_file_location("ts_update", translations_dir() / "update.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


update = _load_update_script()


def messages(ts: Path) -> list[tuple[str, str, str]]:
    """(context, source, translation); for a plural (numerus) message its first form, which
    is what QTranslator.translate() without a count returns."""
    return [(c.findtext("name"), m.findtext("source"), _translation(m))
            for c in ET.parse(ts).getroot().iter("context") for m in c.iter("message")]


def _translation(message: ET.Element) -> str:
    if message.get("numerus") == "yes":
        return message.findtext("translation/numerusform") or ""
    return message.findtext("translation") or ""


def test_ts_has_no_unfinished_or_empty_translation():
    assert update.unfinished(TS) == []
    assert len(messages(TS)) > 100


def test_every_service_message_is_in_the_ts():
    in_ts = {source for context, source, _ in messages(TS) if context == "Messages"}
    missing = [text for text, _file, _line in update.collect_noop_messages()
               if text not in in_ts]
    assert missing == [], "run resources/translations/update.py and translate"


def test_compiled_qm_matches_the_ts(qapp):
    translator = QTranslator()
    assert translator.load(str(qm_path("zh_CN")))
    stale = [(context, source) for context, source, translation in messages(TS)
             if translator.translate(context, source) != translation]
    assert stale == [], "run resources/translations/update.py to recompile the .qm"


@pytest.mark.parametrize("context", ["Messages", "Roles", "Screens"])
def test_placeholders_survive_translation(context):
    for ctx, source, translation in messages(TS):
        if ctx == context:
            assert sorted(_fields(source)) == sorted(_fields(translation)), source


def _fields(text: str) -> list[str]:
    import string

    return [name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name]
