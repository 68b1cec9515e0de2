"""Start-up: from a new Python process to the main window shown on a database, beside an
empty PySide6 window shown the same way (the floor).

    python -m tests.bench.bench_startup --db demo.sqlite3 [--runs 7]

Each run is a fresh process (imports are part of start-up), offscreen; the time is measured
inside the process from its first line to the window having painted once, so the
interpreter's own start (the same for both) is left out of both. The sign-in dialog is
skipped: the figure is what the program costs, not how fast a person types a password.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

from tests.bench.report import print_table

ROOT = Path(__file__).resolve().parents[2]
FLOOR = """
import time; t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([]); w = QWidget(); w.resize(1180, 760); w.show(); app.processEvents()
w.grab()
print((time.perf_counter() - t0) * 1000)
"""
PULIH = """
import time; t0 = time.perf_counter()
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from models import db as dbmod
from models.schema import open_database
from models.staff import Staff
from ui import i18n
i18n.install("id")
target = dbmod.resolve_target(sys.argv[1])
open_database(target)
from ui.main_window import MainWindow
from PySide6.QtCore import QSettings
w = MainWindow(target, settings=QSettings(sys.argv[2], QSettings.Format.IniFormat))
w.sign_in(Staff.get(Staff.role == "intake"))
w.show(); app.processEvents(); w.grab()
print((time.perf_counter() - t0) * 1000)
dbmod.close()
"""


def run(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> list[tuple]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    settings = str(Path(args.db).with_suffix(".bench.ini"))
    ours = [run(PULIH, args.db, settings) for _ in range(args.runs)]
    floor = [run(FLOOR) for _ in range(args.runs)]
    om, fm = statistics.median(ours), statistics.median(floor)
    rows = [("main window shown", om, max(ours), fm, max(floor), om / fm)]
    print(f"Start-up, {args.runs} fresh processes each (ms, offscreen)")
    print_table(("what", "median", "max", "floor median", "floor max", "ratio"), rows)
    return rows


if __name__ == "__main__":
    main()
