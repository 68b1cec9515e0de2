"""Backups on the big demo: the exit when nothing changed, and the window during a backup.

    python -m tests.bench.bench_backup --db demo.sqlite3 [--runs 5] [--folder DIR] [--idle 3]

1. One backup is made through the Backups tab (offscreen), as an admin pressing "Back up
   now" would: a QTimer ticks every 10 ms on the window's thread and the longest gap between
   two ticks is the window's longest stall during the backup (the floor: the same timer
   with no backup running, for ``--idle`` seconds).
3. With ``--restore``: the newest backup is restored through the tab (checked completely,
   confirmed, copied beside the database, checked, swapped in), timed, with the longest
   stall.
2. Then (after one more backup if something changed during the first, e.g. the desk's
   signing key made at sign-in), with nothing changed, the exit backup
   (``AutoBackup.on_exit``, as the app runs it when the window closes) is timed ``--runs``
   times; the median is reported beside the floor of closing the database alone.

The demo database is used as it is (a sign-in and the backup's own audit event are added).
"""
from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tests.bench.report import print_table

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def longest_gap(app, until, tick_ms: int = 10) -> tuple[float, int]:
    """Run the event loop until ``until()``; the longest gap between ticks (ms), ticks."""
    from PySide6.QtCore import QTimer
    gaps = [0.0]
    last = [time.perf_counter()]
    ticks = [0]

    def tick() -> None:
        now = time.perf_counter()
        gaps[0] = max(gaps[0], (now - last[0]) * 1000)
        last[0] = now
        ticks[0] += 1

    timer = QTimer()
    timer.setInterval(tick_ms)
    timer.timeout.connect(tick)
    timer.start()
    while not until():
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    return gaps[0], ticks[0]


def after(seconds: float) -> Callable[[], bool]:
    """A ``longest_gap`` end: true once ``seconds`` have passed from now."""
    end = time.perf_counter() + seconds
    return lambda: time.perf_counter() > end


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--folder", type=Path, help="backup folder (default: a temporary one)")
    parser.add_argument("--idle", type=float, default=3.0,
                        help="seconds the window idles for the floor (a third of it to show "
                             "the tab)")
    parser.add_argument("--restore", action="store_true",
                        help="also restore the newest backup through the tab (timed)")
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication([])
    from models.admin.facility_admin import set_setting
    from models.db import connection as dbmod
    from models.db.schema import open_database
    from models.safety.accounts import authenticate
    from ui import i18n
    from ui.admin.auto_backup import AutoBackup
    from ui.admin.backup_panel import BackupPanel
    from ui.session import SESSION
    i18n.install("id")

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.folder or Path(tmp) / "usb"
        target = dbmod.resolve_target(str(args.db))
        open_database(target)
        admin = authenticate("admin", "demo-admin")
        set_setting(admin, "backup_folder", str(folder))
        SESSION.sign_in(admin)

        floor, _ticks = longest_gap(app, after(args.idle))
        panel = BackupPanel()
        panel.refresh()
        panel.show()
        first_paint, _ = longest_gap(app, after(args.idle / 3))
        started = time.perf_counter()
        panel.back_up_now()
        stall, ticks = longest_gap(app, lambda: panel.job is not None and not panel.job.running()
                                   and panel.progress is None)
        took = time.perf_counter() - started
        outcome = panel.info_label.text() or panel.error_label.text()
        print(f"Backup through the Backups tab: {outcome}")
        rows: list[tuple] = [
            (f"backup through the tab ({ticks} ticks of 10 ms)", took * 1000, ""),
            ("longest event-loop stall during it (floor: no backup)", stall, floor),
            ("longest stall while the tab first shows", first_paint, "")]

        from models.admin.backup_jobs import run_automatic
        caught_up = run_automatic(target, "exit")  # whatever changed during the backup
        if caught_up is not None:
            print(f"  (one more backup first: something changed during the first, "
                  f"{caught_up.path.name})")
        exits, closes = [], []
        for _ in range(args.runs):
            auto = AutoBackup(target)
            auto.timer.stop()
            t0 = time.perf_counter()
            auto.on_exit()
            exits.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            dbmod.close()
            closes.append(time.perf_counter() - t0)
            open_database(target)
        rows += [(f"exit backup, nothing changed, median of {args.runs} "
                  "(floor: closing the database alone)",
                  statistics.median(exits) * 1000, statistics.median(closes) * 1000),
                 (f"exit backup, nothing changed, slowest of {args.runs}",
                  max(exits) * 1000, max(closes) * 1000)]
        if args.restore:
            rows += restore_stall(app, panel, floor)
        print_table(("figure", "ms", "floor ms"), rows)
        SESSION.sign_out()
        dbmod.close()


def restore_stall(app, panel, floor: float) -> list[tuple]:
    """Restore the newest backup through the tab (check, confirm, copy, swap), timing it and
    the window's longest stall; the confirmation is accepted as soon as it shows. The rows
    of its figures (none when the restore was refused)."""
    panel.refresh()
    panel.table.selectRow(0)
    started = time.perf_counter()
    panel.ask_restore()
    stall1, _ = longest_gap(app, lambda: (panel.confirm_box is not None
                                          and panel.confirm_box.isVisible())
                            or bool(panel.error_label.text()))
    checked = time.perf_counter() - started
    if panel.error_label.text():
        print(f"restore refused: {panel.error_label.text()}")
        return []
    panel.confirm_box.yes.click()
    started = time.perf_counter()
    stall2, _ = longest_gap(app, lambda: (panel.done_box is not None
                                          and panel.done_box.isVisible())
                            or bool(panel.error_label.text()))
    copied = time.perf_counter() - started
    print(f"Restore through the tab: {panel.error_label.text() or panel.done_box.text()}")
    return [("restore: the whole-file check", checked * 1000, ""),
            ("restore: copy, check and swap", copied * 1000, ""),
            ("longest event-loop stall during the restore (floor: no backup)",
             max(stall1, stall2), floor)]


if __name__ == "__main__":
    main()
