"""Start-up: from a new Python process to the sign-in window, and to the main window,
shown on a database, beside an empty PySide6 window shown the same way (the floor).

    python -m tests.bench.bench_startup --db demo2k.sqlite3 --db demo100k.sqlite3 [--runs 7]

Each run is a fresh process (imports are part of start-up), offscreen; the time is measured
inside the process from its first line to the window having painted once, so the
interpreter's own start (the same for both) is left out of both. The sign-in window is
reached through ``main.main()`` itself (``SignInDialog.exec`` replaced by show, paint and
stop); the main window row skips the password: what the program costs, not how fast a
person types. Give several --db files (2,000 and 100,000 clients): flat figures show that
start-up does not grow with the database (the integrity check runs after the window
shows, see ui/integrity_check.py).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.bench.report import print_table

ROOT = Path(__file__).resolve().parents[2]
_CONFIG = tempfile.TemporaryDirectory(prefix="pulih-bench-")
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
from models.db import connection as dbmod
from models.db.schema import open_database
from models.staff.staff import Staff
from ui import i18n
i18n.install("id")
target = dbmod.resolve_target(sys.argv[1])
open_database(target, integrity_later=True)
from ui.main_window import MainWindow
from PySide6.QtCore import QSettings
w = MainWindow(target, settings=QSettings(sys.argv[2], QSettings.Format.IniFormat))
w.sign_in(Staff.get(Staff.role == "intake"))
w.show(); app.processEvents(); w.grab()
print((time.perf_counter() - t0) * 1000)
dbmod.close()
"""
SIGN_IN = """
import time; t0 = time.perf_counter()
import sys
from ui.auth import sign_in
def shown(self):
    from PySide6.QtWidgets import QApplication
    self.show(); QApplication.processEvents(); self.grab()
    print((time.perf_counter() - t0) * 1000, flush=True)
    return 0  # rejected: main() returns at once
sign_in.SignInDialog.exec = shown
import main
main.main(["--db", sys.argv[1]])
"""

#: The same, with the whole-file check before the window as before issue 12 (the path a
#: start still takes after the background check found damage): what was moved out.
SIGN_IN_CHECKED = SIGN_IN.replace(
    "import main\n", "import main\nimport ui.integrity_check as ic\n"
    "ic.check_up_front = lambda settings, target: True\n")


def run(code: str, *args: str) -> float:
    # Settings of its own: the person's saved language or window place stay untouched.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=_CONFIG.name)
    out = subprocess.run([sys.executable, "-X", "faulthandler", "-c", code, *args], cwd=ROOT,
                         env=env, capture_output=True, text=True)
    if out.returncode:  # a crash: show where (faulthandler), not only the exit status
        raise RuntimeError(f"start-up run failed ({out.returncode}): {out.stderr[-4000:]}")
    return float(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> list[tuple]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True, action="append",
                        help="a demo database (repeatable: e.g. 2,000 and 100,000 clients)")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    # Interleaved (floor, then each database and window, run after run), so a change in
    # the machine's load touches every row alike.
    cases = [(db, what, code, extra) for db in args.db
             for what, code, extra in (("sign-in window", SIGN_IN, (db,)),
                                       ("sign-in, check first", SIGN_IN_CHECKED, (db,)),
                                       ("main window", PULIH,
                                        (db, str(Path(db).with_suffix(".bench.ini")))))]
    floor: list[float] = []
    times: dict[tuple[str, str], list[float]] = {(db, what): [] for db, what, _, _ in cases}
    for _ in range(args.runs):
        floor.append(run(FLOOR))
        for db, what, code, extra in cases:
            times[(db, what)].append(run(code, *extra))
    fm = statistics.median(floor)
    rows = []
    for (db, what), ours in times.items():
        om = statistics.median(ours)
        size = f"{Path(db).stat().st_size / 1e6:.0f} MB"
        rows.append((Path(db).name, size, what, om, max(ours), fm, max(floor), om / fm))
    print(f"Start-up, {args.runs} fresh processes each (ms, offscreen)")
    print_table(("database", "size", "shown", "median", "max", "floor median", "floor max",
                 "ratio"), rows)
    return rows


if __name__ == "__main__":
    main()
