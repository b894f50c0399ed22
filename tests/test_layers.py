"""The layers import downwards only: ui never imports SQLAlchemy, services never import
Qt, domain imports neither (architecture.md)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parent.parent / "app"
RULES = {
    "domain": ("sqlalchemy", "PySide6", "psycopg2", "app.db", "app.services", "app.ui"),
    "db": ("PySide6", "app.services", "app.ui"),
    "services": ("PySide6", "app.ui"),
    "ui": ("sqlalchemy", "psycopg2"),
    "exports": ("PySide6", "sqlalchemy", "app.ui"),
}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(RULES))
def test_layer_imports_point_down(layer):
    offenders = []
    for path in (APP / layer).rglob("*.py"):
        for name in _imports(path):
            if any(name == bad or name.startswith(bad + ".") for bad in RULES[layer]):
                offenders.append(f"{path.relative_to(APP)} imports {name}")
    assert not offenders, offenders
    assert any((APP / layer).rglob("*.py")), f"layer {layer} is empty"
