"""ui/common runs without widgets: importing any of its modules loads neither
PySide6.QtWidgets nor PySide6.QtGui nor qtawesome (the command line must start without them,
and the import-linter contract can only forbid whole packages, not PySide6's parts)."""
from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import ui.common

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted(f"ui.common.{m.name}" for m in pkgutil.iter_modules(ui.common.__path__))
WIDGETS = ("PySide6.QtWidgets", "PySide6.QtGui", "qtawesome")


def test_every_glue_module_is_checked():
    assert {"ui.common.papers", "ui.common.tally_export", "ui.common.national_export",
            "ui.common.paper_check", "ui.common.verdict_text", "ui.common.audit_check",
            "ui.common.packages", "ui.common.verifier_page"} <= set(MODULES)


@pytest.mark.parametrize("module", MODULES)
def test_importing_a_glue_module_loads_no_widgets(module):
    code = (f"import sys, {module}; "
            f"print(','.join(m for m in {WIDGETS!r} if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"{module} loads {result.stdout.strip()}"
