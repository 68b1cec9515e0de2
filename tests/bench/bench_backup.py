"""Backups on the big demo: the exit when nothing changed, and the window during a backup.

    python -m tests.bench.bench_backup --db demo.sqlite3 [--runs 5] [--folder DIR]

1. One backup is made through the Backups tab (offscreen), as an admin pressing "Back up
   now" would: a QTimer ticks every 10 ms on the window's thread and the longest gap between
   two ticks is the window's longest stall during the backup (the floor: the same timer
   with no backup running).
3. With ``--restore``: the newest backup is restored through the tab (checked completely,
   confirmed, copied beside the database, checked, swapped in), timed, with the longest
   stall.
2. Then (after one more backup if something changed during the first, e.g. the desk's
   signing key made at sign-in), with nothing changed, the exit backup (``AutoBackup.on_exit``, as the app runs it
   when the window closes) is timed ``--runs`` times; the median is reported beside the
   floor of closing the database alone.

The demo database is used as it is (a sign-in and the backup's own audit event are added).
"""
from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

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


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--folder", type=Path, help="backup folder (default: a temporary one)")
    parser.add_argument("--restore", action="store_true",
                        help="also restore the newest backup through the tab (timed)")
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication([])
    from models.db import connection as dbmod
    from models.safety.accounts import authenticate
    from models.admin.facility_admin import set_setting
    from models.db.schema import open_database
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

        floor, _ticks = longest_gap(app, lambda t=time.perf_counter(): time.perf_counter() - t > 3)
        panel = BackupPanel()
        panel.refresh()
        panel.show()
        first_paint, _ = longest_gap(app, lambda t=time.perf_counter():
                                     time.perf_counter() - t > 1)
        started = time.perf_counter()
        panel.back_up_now()
        stall, ticks = longest_gap(app, lambda: panel.job is not None and not panel.job.running()
                                   and panel.progress is None)
        took = time.perf_counter() - started
        print(f"backup through the Backups tab: {took:.1f} s, {ticks} ticks of 10 ms; "
              f"longest event-loop stall {stall:.0f} ms (floor, no backup: {floor:.0f} ms; "
              f"the tab's first paint before it: {first_paint:.0f} ms)")
        print(f"  {panel.info_label.text() or panel.error_label.text()}")

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
        print(f"exit backup with nothing changed: median {statistics.median(exits) * 1000:.0f} "
              f"ms over {args.runs} runs (max {max(exits) * 1000:.0f} ms); closing the "
              f"database alone: median {statistics.median(closes) * 1000:.0f} ms")
        if args.restore:
            restore_stall(app, panel)
        SESSION.sign_out()
        dbmod.close()


def restore_stall(app, panel) -> None:
    """Restore the newest backup through the tab (check, confirm, copy, swap), timing it and
    the window's longest stall; the confirmation is accepted as soon as it shows."""
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
        return
    panel.confirm_box.yes.click()
    started = time.perf_counter()
    stall2, _ = longest_gap(app, lambda: (panel.done_box is not None
                                          and panel.done_box.isVisible())
                            or bool(panel.error_label.text()))
    copied = time.perf_counter() - started
    print(f"restore through the tab: check {checked:.1f} s, copy, check and swap "
          f"{copied:.1f} s; longest event-loop stall {max(stall1, stall2):.0f} ms")
    print(f"  {panel.error_label.text() or panel.done_box.text()}")


if __name__ == "__main__":
    main()
