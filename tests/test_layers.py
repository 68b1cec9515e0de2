"""The layer rules of ARCHITECTURE.md, checked by walking every import of every module:
models/ imports neither ui/ nor reports/ nor Qt; reports/ imports neither ui/ nor models/;
ui/ never writes SQL."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = {
    "models": ("ui", "reports", "PySide6", "qtawesome"),
    "reports": ("ui", "models", "PySide6", "qtawesome"),
}


def imported_modules(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
    return found


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_layer_imports(package):
    offences = []
    for path in sorted((ROOT / package).rglob("*.py")):
        for line, module in imported_modules(path):
            if module.split(".")[0] in FORBIDDEN[package]:
                offences.append(f"{path.relative_to(ROOT)}:{line} imports {module}")
    assert offences == []


def test_ui_writes_no_sql():
    offences = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for word in ("execute_sql", "SELECT ", "INSERT INTO", "UPDATE ", "DELETE FROM"):
            if word in text:
                offences.append(f"{path.relative_to(ROOT)} contains {word!r}")
        for line, module in imported_modules(path):
            if module.split(".")[0] in ("peewee", "playhouse", "sqlite3", "psycopg"):
                offences.append(f"{path.relative_to(ROOT)}:{line} imports {module}")
    assert offences == []


def test_the_checker_sees_a_violation(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport reports.skhpn\n")
    assert [m for _, m in imported_modules(bad)] == ["PySide6.QtCore", "reports.skhpn"]
