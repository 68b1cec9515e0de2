"""The Laporan page's longest event-loop stall while it counts a month, beside the stall
of counting on the window's thread (how it was before).

    python -m tests.bench.bench_report_stall --db demo.sqlite3 [--rounds 5]

A QTimer ticks every 10 ms while the page counts the chosen month on its worker thread;
the figure is the largest gap between two ticks (the aim: under 100 ms at 100,000
clients). Floor: the same month counted on the window's thread, which stalls it for the
whole count. Also says how often an export counted the month again (should be 0).
Opening the database may upgrade its schema, so run it on a copy of the demo database.
"""
from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time

from tests.bench.report import print_table

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--user", default="admin")
    parser.add_argument("--password", default="demo-admin")
    args = parser.parse_args(argv)

    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication([])
    from models.db import connection as dbmod
    from models.db.connection import resolve_target
    from models.db.schema import open_database
    from models.safety import accounts
    from models.tallies import close as tally_close
    from ui import i18n
    from ui.reports.reports_page import ReportsPage
    from ui.session import SESSION

    i18n.install("id")
    open_database(resolve_target(args.db))
    staff = accounts.authenticate(args.user, args.password)
    SESSION.sign_in(staff)
    page = ReportsPage()
    page.resize(1200, 800)
    gaps: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    ticker = QTimer()
    ticker.setInterval(10)
    ticker.timeout.connect(lambda: gaps.append(clock.restart()))
    ticker.start()

    def wait(done) -> None:
        end = time.monotonic() + 300
        while not done() and time.monotonic() < end:
            app.processEvents()
            time.sleep(0.002)

    stalls, counts = [], []
    for round_ in range(args.rounds):
        gaps.clear()
        clock.restart()
        started = time.perf_counter()
        if round_ == 0:
            page.show()
        else:
            page.payload = None
            page.refresh()
        wait(lambda: page.payload is not None and not page.is_computing())
        counts.append((time.perf_counter() - started) * 1000)
        stalls.append(max(gaps, default=0))
    year, month = page.selected()
    floor = []
    for _ in range(args.rounds):
        started = time.perf_counter()
        tally_close.month_report(staff, year, month)
        floor.append((time.perf_counter() - started) * 1000)
    recounts: list[int] = []
    real = tally_close.compute_month_report
    tally_close.compute_month_report = lambda *a: recounts.append(1) or real(*a)
    with tempfile.TemporaryDirectory() as tmp:
        gaps.clear()
        clock.restart()
        page.start_export("csv", os.path.join(tmp, "laporan.csv"))
        wait(lambda: not page.is_exporting())
        export_stall = max(gaps, default=0)
    tally_close.compute_month_report = real
    page.wait_for_report()
    ticker.stop()
    dbmod.close()
    print(f"Laporan page, {year:04d}-{month:02d}, {args.rounds} rounds (ms)")
    print_table(("figure", "median", "max"), [
        ("count and show on the worker thread", statistics.median(counts), max(counts)),
        ("longest event-loop stall meanwhile (aim < 100 ms)", statistics.median(stalls),
         max(stalls)),
        ("floor: the stall of counting on the window thread", statistics.median(floor),
         max(floor)),
        (f"CSV export's longest stall (counted again {len(recounts)} times, aim 0)",
         export_stall, export_stall)])


if __name__ == "__main__":
    main()
