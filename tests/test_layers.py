"""The layer rules of README.md ("Where things go"), checked by walking every import of every
module: models/ imports neither ui/ nor reports/ nor Qt; reports/ imports neither ui/ nor
models/; ui/ never writes SQL; the packages of models/ import only the layers below them (the
import-linter contracts of pyproject.toml); migrations import no live code."""
from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
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


def _lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    """import-linter over the packages under ``root`` with the contracts of its pyproject."""
    env = dict(os.environ, PYTHONPATH=str(root))
    return subprocess.run([sys.executable, "-c", "import sys; from importlinter.cli import "
                           "lint_imports; sys.exit(lint_imports(no_cache=True, no_logo=True))"],
                          cwd=root, env=env, capture_output=True, text=True, timeout=120)


def test_import_contracts_are_kept():
    """Every contract of pyproject.toml holds: the layers of models/, and models/ and
    reports/ free of Qt, screens and each other."""
    run = _lint_imports(ROOT)
    assert run.returncode == 0, run.stdout + run.stderr
    assert ", 0 broken." in run.stdout, run.stdout


def test_an_upward_import_breaks_the_layers(tmp_path):
    """The contract is not toothless: a copy of the code with one lazy import from a low
    layer (core) up into a high one (desk) fails it, naming the import."""
    for name in ("models", "reports", "ui"):
        shutil.copytree(ROOT / name, tmp_path / name,
                        ignore=shutil.ignore_patterns("__pycache__", "*.qm", "*.ttf"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    age = tmp_path / "models" / "core" / "age.py"
    age.write_text(age.read_text(encoding="utf-8") + "\n\ndef _upward():\n"
                   "    from models.desk import dashboard\n    return dashboard\n",
                   encoding="utf-8")
    run = _lint_imports(tmp_path)
    assert run.returncode != 0
    assert "models.core.age -> models.desk.dashboard" in run.stdout, run.stdout


def test_migrations_import_no_live_code():
    """A migration runs on databases of every older version: it imports peewee and the
    standard library only (frozen copies of what it needs), never models/ code that may
    move or change."""
    offences = []
    for path in sorted((ROOT / "models" / "db" / "migrations").glob("*.py")):
        for line, module in imported_modules(path):
            if module.split(".")[0] not in ("peewee", "playhouse") and \
                    module.split(".")[0] not in sys.stdlib_module_names:
                offences.append(f"{path.name}:{line} imports {module}")
    assert offences == []


def test_models_init_imports_nothing():
    """Importing one module of models/ loads only what it needs: models/__init__.py and
    each layer's __init__.py import nothing."""
    for init in [ROOT / "models" / "__init__.py", *sorted((ROOT / "models").glob("*/__init__.py"))]:
        assert imported_modules(init) == [], init
