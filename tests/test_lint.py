"""ruff and mypy with the settings of pyproject.toml ([tool.ruff], [tool.mypy]): the code
passes both, and each really looks at the code (a broken config that checks nothing fails
here too). The tools are pinned in the `test` extra."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RUFF_PATHS = ["main.py", "ui", "models", "reports", "tests"]

pytestmark = pytest.mark.lint


def _run(*args: str, timeout: int = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout)


def test_ruff_finds_nothing():
    run = _run("ruff", "check", "--no-fix", "--output-format", "concise", *RUFF_PATHS)
    assert run.returncode == 0, run.stdout + run.stderr


def test_ruff_uses_the_project_rules(tmp_path):
    """The rule set of pyproject.toml is the one applied: a long line (E501 at 100) and an
    unused import are reported in a file under the project's settings."""
    bad = tmp_path / "bad.py"
    bad.write_text("import os\n\nx = '" + "a" * 100 + "'\n", encoding="utf-8")
    run = _run("ruff", "check", "--no-cache", "--no-fix", "--output-format", "concise",
               "--config", str(ROOT / "pyproject.toml"), str(bad))
    assert run.returncode == 1, run.stdout + run.stderr
    assert "F401" in run.stdout and "E501" in run.stdout, run.stdout


def test_mypy_finds_nothing():
    """mypy over models/ and reports/ (the `files` of [tool.mypy]). The cache makes a rerun
    take about a second instead of about twenty."""
    run = _run("mypy", "--python-executable", sys.executable,
               "--cache-dir", str(ROOT / ".mypy_cache"), timeout=240)
    assert run.returncode == 0, run.stdout + run.stderr
    checked = re.search(r"no issues found in (\d+) source files", run.stdout)
    assert checked, run.stdout
    expected = sum(1 for p in ("models", "reports") for _ in (ROOT / p).rglob("*.py"))
    assert int(checked.group(1)) == expected, run.stdout
