"""Appointments at scale (issue 13), beside their floors.

    python -m tests.bench.bench_appointments --db demo.sqlite3 [--rounds 100] [--user konselor1]

Figures, each the time a person waits:

* **a counselor's week**: the Jadwal page switched to the member's week and painted
  (aim: under 100 ms). Floor: an empty window of the same size painted the same way; the
  data alone beside the same rows by a hand-written sqlite3 query.
* **the facility's day**: the page switched to the whole facility's day and painted (aim:
  under 150 ms). Floor: the empty window painted.
* **missed-visit lists**: Beranda's "Tidak datang" and "Perlu dilacak" (counts and the first
  50 rows of each; aim: under 100 ms). Floor: the same queries through sqlite3.
* **missed-visit job** when there is nothing to do (it runs as Beranda opens).

Opening the database may upgrade its schema, so run it on a copy of the demo database.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3

from tests.bench.bench_lookup import summary, timed
from tests.bench.report import print_table


def raw_calendar(raw: sqlite3.Connection, first: dt.date, days: int,
                 staff_id: int | None) -> list:
    start = dt.datetime.combine(first, dt.time())
    sql = ("SELECT a.id, a.kind, a.status, a.starts_at, a.minutes, a.place, a.staff_id, "
           "s.full_name, a.person_id, p.full_name FROM appointment a "
           "JOIN staff s ON s.id = a.staff_id LEFT JOIN person p ON p.id = a.person_id "
           "WHERE a.starts_at >= ? AND a.starts_at < ? AND a.status != 'rescheduled'")
    params: list = [str(start), str(start + dt.timedelta(days=days))]
    if staff_id is not None:
        sql += " AND a.staff_id = ?"
        params.append(staff_id)
    return raw.execute(sql + " ORDER BY a.starts_at, a.id", params).fetchall()


def raw_lists(raw: sqlite3.Connection, today: dt.date, trace_days: int) -> None:
    since = str(dt.datetime.combine(today - dt.timedelta(days=30), dt.time()))
    body = ("FROM appointment a WHERE a.status = 'missed' AND a.person_id IS NOT NULL "
            "AND a.starts_at >= ? AND NOT EXISTS (SELECT 1 FROM appointment b "
            "WHERE b.person_id = a.person_id AND b.status = 'attended' "
            "AND b.starts_at > a.starts_at) AND NOT EXISTS (SELECT 1 FROM appointment c "
            "WHERE c.person_id = a.person_id AND c.status = 'missed' "
            "AND c.starts_at > a.starts_at)")
    raw.execute(f"SELECT COUNT(DISTINCT a.person_id) {body}", (since,)).fetchone()
    raw.execute(f"SELECT a.person_id, a.starts_at {body} ORDER BY a.starts_at DESC LIMIT 50",
                (since,)).fetchall()
    cutoff = today - dt.timedelta(days=trace_days)
    body = ("FROM episode e WHERE e.status = 'in_program' AND e.service_type = 'outpatient' "
            "AND e.admitted_on < ? AND NOT EXISTS (SELECT 1 FROM appointment a "
            "WHERE a.episode_id = e.id AND a.status = 'attended' AND a.starts_at >= ?)")
    params = (cutoff.isoformat(), str(dt.datetime.combine(cutoff, dt.time())))
    raw.execute(f"SELECT COUNT(*) {body}", params).fetchone()
    raw.execute(f"SELECT e.id {body} ORDER BY e.admitted_on LIMIT 50", params).fetchall()


def main(argv: list[str] | None = None) -> list[tuple]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--user", default="konselor1")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication, QWidget

    from models.appointments.appointment import Appointment
    from models.appointments.job import missed_job
    from models.appointments.lists import calendar, missed, to_trace, trace_days
    from models.db import connection as dbmod
    from models.db.connection import resolve_target
    from models.db.schema import open_database
    from models.people.person import Person
    from models.staff.staff import Staff
    from ui import i18n
    from ui.appointments.calendar_page import CalendarPage
    from ui.session import SESSION

    app = QApplication.instance() or QApplication([])
    i18n.install("id")
    open_database(resolve_target(args.db))
    actor = Staff.get(Staff.username == args.user)
    persons, appointments = Person.select().count(), Appointment.select().count()
    today = dt.date.today()
    monday = today - dt.timedelta(days=today.weekday())
    SESSION.sign_in(actor)
    raw = sqlite3.connect(args.db)
    missed_job(today)
    page = CalendarPage()
    page.resize(1180, 760)
    page.show()
    app.processEvents()

    # The facility's busiest day of the coming week (the demo books weekdays only).
    busiest = max((today + dt.timedelta(days=n) for n in range(7)),
                  key=lambda day: len(raw_calendar(raw, day, 1, None)))

    def show(week: bool, staff_id: int | None):
        def run() -> None:
            page.set_view(week=week, staff_id=staff_id, day=today if week else busiest)
            page.repaint()
            app.processEvents()
        return run

    blank = QWidget()
    blank.resize(1180, 760)
    blank.show()

    def paint_blank() -> None:
        blank.repaint()
        app.processEvents()

    week_rows = len(calendar(actor, monday, 7, staff_id=actor.id))
    day_rows = len(calendar(actor, busiest, 1))
    lists = (missed(actor, today)[1], to_trace(actor, today)[1])
    days = trace_days()
    results = [
        ("counselor's week, shown", timed(show(True, actor.id), args.rounds),
         timed(paint_blank, args.rounds)),
        ("counselor's week, data", timed(lambda: calendar(actor, monday, 7, staff_id=actor.id),
                                         args.rounds),
         timed(lambda: raw_calendar(raw, monday, 7, actor.id), args.rounds)),
        ("facility's day, shown", timed(show(False, None), args.rounds),
         timed(paint_blank, args.rounds)),
        ("facility's day, data", timed(lambda: calendar(actor, busiest, 1), args.rounds),
         timed(lambda: raw_calendar(raw, busiest, 1, None), args.rounds)),
        ("missed-visit lists", timed(lambda: (missed(actor, today), to_trace(actor, today)),
                                     args.rounds),
         timed(lambda: raw_lists(raw, today, days), args.rounds)),
        ("missed-visit job, nothing to do", timed(lambda: missed_job(today), args.rounds),
         timed(lambda: raw.execute("SELECT id FROM appointment WHERE status = 'scheduled' "
                                   "AND starts_at < ?", (str(today),)).fetchall(),
               args.rounds)),
    ]
    page.close()
    blank.close()
    SESSION.sign_out()
    raw.close()
    dbmod.close()
    rows = []
    for name, ours, floor in results:
        (om, op), (fm, fp) = summary(ours), summary(floor)
        rows.append((f"{name} ({args.rounds}x)", om, op, fm, fp, om / fm if fm else float("nan")))
    print(f"Appointments at {persons:,} persons, {appointments:,} appointments, as {args.user}: "
          f"week {week_rows} rows, facility's day ({busiest}) {day_rows} rows, missed {lists[0]}, "
          f"to trace {lists[1]} (ms)")
    print_table(("operation", "median", "p95", "floor median", "floor p95", "ratio"), rows)
    return rows


if __name__ == "__main__":
    main()
