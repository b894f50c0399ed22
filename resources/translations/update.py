"""Regenerate the Chinese translation files. Run from anywhere:

    python resources/translations/update.py           # update .ts, then compile .qm
    python resources/translations/update.py --check   # exit 1 if the .ts is out of date

What it does:
1. `pyside6-lupdate` over app/ui, app/main.py and the service modules with texts: it
   collects `self.tr(...)`, `QCoreApplication.translate(...)` and `QT_TRANSLATE_NOOP(...)`.
2. lupdate cannot see the services' `tr_noop("...")` (the services must not import Qt), so
   this script collects those with `ast` from app/services/ and app/domain/ and writes them
   into the context "Messages" — the context `app.ui.common.errors.user_message` uses.
   Translations already in the .ts are kept; new texts arrive as type="unfinished".
3. `pyside6-lrelease` compiles the .ts into the .qm the client loads.

Then translate every unfinished message (Qt Linguist: `pyside6-linguist <file>.ts`, or by
hand), and run the script again to compile. tests/ui/test_translations.py fails while any
message is unfinished or the .qm is behind the .ts.
"""

from __future__ import annotations

import argparse
import ast
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TS_FILE = HERE / "estatedesk_zh_CN.ts"
QM_FILE = HERE / "estatedesk_zh_CN.qm"
LANGUAGE = "zh_CN"
MESSAGES_CONTEXT = "Messages"
NOOP_NAMES = {"tr_noop"}
NOOP_SOURCES = ("app/services", "app/domain")


def lupdate_sources() -> list[Path]:
    files = sorted((ROOT / "app" / "ui").rglob("*.py"))
    files.append(ROOT / "app" / "main.py")
    return [f for f in files if f.exists()]


def collect_noop_messages(roots: tuple[str, ...] = NOOP_SOURCES) -> list[tuple[str, str, int]]:
    """(text, relative file, line) for every `tr_noop("literal")` call, first occurrence
    of each text first."""
    seen: dict[str, tuple[str, str, int]] = {}
    for root in roots:
        for path in sorted((ROOT / root).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
            for node in ast.walk(tree):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                        and node.func.id in NOOP_NAMES and node.args
                        and isinstance(node.args[0], ast.Constant)
                        and isinstance(node.args[0].value, str)):
                    text = node.args[0].value
                    rel = path.relative_to(ROOT).as_posix()
                    if text not in seen or (rel, node.lineno) < seen[text][1:]:
                        seen[text] = (text, rel, node.lineno)
    return sorted(seen.values(), key=lambda m: (m[1], m[2]))


def read_translations(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> the <translation> element, for finished translations only."""
    if not ts.exists():
        return {}
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") not in (
                    "unfinished", "obsolete", "vanished"):
                found[(name, message.findtext("source") or "")] = translation
    return found


def run_lupdate(ts: Path) -> None:
    sources = [str(p) for p in lupdate_sources()]
    subprocess.run(["pyside6-lupdate", *sources, "-target-language", LANGUAGE,
                    "-locations", "relative", "-no-obsolete", "-ts", str(ts)],
                   check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def merge_messages(ts: Path, previous: dict[tuple[str, str], ET.Element]) -> None:
    """Replace the "Messages" context with the service texts, keeping known translations;
    restore translations lupdate lost (it keeps them, but be sure)."""
    tree = ET.parse(ts)
    root = tree.getroot()
    for context in list(root.iter("context")):
        if context.findtext("name") == MESSAGES_CONTEXT:
            root.remove(context)
        else:
            _restore(context, previous)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = MESSAGES_CONTEXT
    for text, rel, line in collect_noop_messages():
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "location",
                      filename=_relative_to_ts(ts, ROOT / rel), line=str(line))
        ET.SubElement(message, "source").text = text
        old = previous.get((MESSAGES_CONTEXT, text))
        translation = ET.SubElement(message, "translation")
        if old is not None and old.text:
            translation.text = old.text
        else:
            translation.set("type", "unfinished")
    write_ts(tree, ts)


def _restore(context: ET.Element, previous: dict[tuple[str, str], ET.Element]) -> None:
    name = context.findtext("name") or ""
    for message in context.iter("message"):
        translation = message.find("translation")
        old = previous.get((name, message.findtext("source") or ""))
        if translation is not None and translation.get("type") == "unfinished" and old is not None:
            message.remove(translation)
            message.append(old)


def _relative_to_ts(ts: Path, target: Path) -> str:
    """As lupdate writes locations; always relative to the committed .ts's folder."""
    return Path(os.path.relpath(target, TS_FILE.parent)).as_posix()


def write_ts(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished, non-empty translation."""
    result = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            texts = [translation.text] if translation is not None else []
            if translation is not None and message.get("numerus") == "yes":
                texts = [f.text for f in translation.iter("numerusform")]
            if (translation is None or translation.get("type") == "unfinished"
                    or not all(t and t.strip() for t in texts)):
                result.append((name, message.findtext("source") or ""))
    return result


def run_lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(qm)], check=True,
                   stdout=subprocess.DEVNULL)


def update(ts: Path = TS_FILE, qm: Path = QM_FILE) -> list[tuple[str, str]]:
    previous = read_translations(ts)
    run_lupdate(ts)
    merge_messages(ts, previous)
    run_lrelease(ts, qm)
    return unfinished(ts)


def check() -> int:
    """Regenerate into a temporary copy and compare: is the committed .ts current?"""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / TS_FILE.name
        copy.write_bytes(TS_FILE.read_bytes())
        previous = read_translations(copy)
        run_lupdate(copy)
        merge_messages(copy, previous)
        stale = _messages(copy) != _messages(TS_FILE)
    missing = unfinished(TS_FILE)
    if stale:
        print("estatedesk_zh_CN.ts is out of date: run resources/translations/update.py")
    for context, source in missing:
        print(f"unfinished: [{context}] {source}")
    return 1 if stale or missing else 0


def _messages(ts: Path) -> set[tuple[str, str]]:
    return {(c.findtext("name") or "", m.findtext("source") or "")
            for c in ET.parse(ts).getroot().iter("context") for m in c.iter("message")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only check, change nothing")
    if parser.parse_args().check:
        return check()
    missing = update()
    print(f"{TS_FILE.name}: {len(missing)} unfinished; compiled {QM_FILE.name}")
    for context, source in missing:
        print(f"  [{context}] {source}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
