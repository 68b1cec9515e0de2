"""The home page (Beranda) as a counselor opens it, beside its floors.

    python -m tests.bench.bench_dashboard --db demo.sqlite3 [--rounds 300] [--user konselor1]

Two figures, each the time a counselor waits:

* **data load**: :func:`models.desk.dashboard.load_dashboard` (follow-ups due today and missed,
  overdue phases, census by service type, waiting list, today's SKHPN, unsigned notes:
  counts and the first 50 rows of each). Floor: the same counts and rows as hand-written
  queries with the sqlite3 module on the same file.
* **first show**: a new :class:`ui.home.overview_page.OverviewPage` built, shown offscreen
  (which fetches the facility's counts and the day) and painted. Floor: an empty PySide6
  window shown and painted the same way.

Opening the database may upgrade its schema, so run it on a copy of the demo database.
The goal is under 300 ms for the first show at 100,000 clients.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3

from tests.bench.bench_lookup import summary, timed
from tests.bench.report import print_table

LIMIT = 50


def raw_dashboard(raw: sqlite3.Connection, staff_id: int, today: dt.date) -> None:
    """The dashboard's numbers and first rows, written by hand for SQLite."""
    day = today.isoformat()
    person = ("JOIN aftercare_plan p ON p.id = f.plan_id JOIN episode e ON e.id = p.episode_id "
              "JOIN person pe ON pe.id = e.person_id")
    raw.execute(f"SELECT f.id, p.id, pe.id, pe.full_name, f.due_on FROM follow_up f {person} "
                f"WHERE f.due_on = ? AND p.closed_on IS NULL ORDER BY pe.full_name LIMIT ?",
                (day, LIMIT)).fetchall()
    raw.execute(f"SELECT COUNT(*) FROM follow_up f {person} "
                "WHERE f.due_on = ? AND p.closed_on IS NULL", (day,)).fetchone()
    raw.execute(f"SELECT f.id, p.id, pe.id, pe.full_name, f.due_on FROM follow_up f {person} "
                "WHERE f.due_on < ? AND f.contact_id + 0 IS NULL AND p.closed_on IS NULL "
                "ORDER BY f.due_on DESC LIMIT ?", (day, LIMIT)).fetchall()
    raw.execute("SELECT COUNT(*) FROM follow_up WHERE plan_id IN (SELECT id FROM aftercare_plan "
                "WHERE closed_on IS NULL) AND due_on < ? AND contact_id + 0 IS NULL",
                (day,)).fetchone()
    days = "CAST(julianday(?) - julianday(n.phase_since) AS INTEGER)"
    where = f"n.ended_on IS NULL AND ph.target_days IS NOT NULL AND {days} > ph.target_days"
    raw.execute(f"SELECT COUNT(*) FROM enrollment n JOIN phase ph ON ph.id = n.current_phase_id "
                f"WHERE {where}", (day,)).fetchone()
    raw.execute(f"SELECT n.id, pe.id, pe.full_name, t.name, ph.name, n.phase_since, "
                f"ph.target_days, {days} FROM enrollment n "
                f"JOIN phase ph ON ph.id = n.current_phase_id "
                f"JOIN program_template t ON t.id = n.template_id "
                f"JOIN episode e ON e.id = n.episode_id JOIN person pe ON pe.id = e.person_id "
                f"WHERE {where} ORDER BY {days} - ph.target_days DESC, pe.full_name LIMIT ?",
                (day, day, day, LIMIT)).fetchall()
    raw.execute("SELECT service_type, COUNT(*) FROM episode WHERE status = 'in_program' "
                "GROUP BY service_type").fetchall()
    raw.execute("SELECT capacity FROM facility WHERE id = 1").fetchone()
    raw.execute("SELECT e.id, pe.id, pe.full_name, e.service_type, w.added_on "
                "FROM waiting_list_entry w JOIN episode e ON e.id = w.episode_id "
                "JOIN person pe ON pe.id = e.person_id WHERE w.state = 'waiting' "
                "ORDER BY w.priority DESC, w.added_on, w.id LIMIT ?", (LIMIT,)).fetchall()
    raw.execute("SELECT COUNT(*) FROM waiting_list_entry WHERE state = 'waiting'").fetchone()
    start = dt.datetime.combine(today, dt.time())
    raw.execute("SELECT s.id, pe.id, pe.full_name, s.registered_at, s.purpose, s.state "
                "FROM skhpn_exam s JOIN person pe ON pe.id = s.person_id "
                "WHERE s.registered_at >= ? AND s.registered_at < ? "
                "ORDER BY s.registered_at, s.id LIMIT ?",
                (str(start), str(start + dt.timedelta(days=1)), LIMIT)).fetchall()
    raw.execute("SELECT n.id, n.kind, pe.id, pe.full_name, n.session_on, n.topic FROM note n "
                "LEFT JOIN episode e ON e.id = n.episode_id "
                "LEFT JOIN person pe ON pe.id = e.person_id "
                "WHERE n.author_id + 0 = ? AND n.state = 'draft' "
                "ORDER BY n.session_on DESC, n.id DESC LIMIT ?", (staff_id, LIMIT)).fetchall()
    raw.execute("SELECT COUNT(*) FROM note WHERE author_id + 0 = ? AND state = 'draft'",
                (staff_id,)).fetchone()


def main(argv: list[str] | None = None) -> list[tuple]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--user", default="konselor1")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication, QWidget

    from models.db import connection as dbmod
    from models.db.connection import resolve_target
    from models.db.schema import open_database
    from models.desk.dashboard import load_dashboard
    from models.people.person import Person
    from models.staff.staff import Staff
    from ui import i18n
    from ui.home.overview_page import OverviewPage
    from ui.session import SESSION

    app = QApplication.instance() or QApplication([])
    i18n.install("id")
    open_database(resolve_target(args.db))
    actor = Staff.get(Staff.username == args.user)
    count = Person.select().count()
    today = dt.date.today()
    SESSION.sign_in(actor)
    raw = sqlite3.connect(args.db)
    dashboard = load_dashboard(actor, today)

    def show(make) -> None:
        widget = make()
        widget.resize(1180, 760)
        widget.show()
        app.processEvents()  # layout and first paint
        widget.close()
        widget.deleteLater()

    # a page is heavier to build than a query to run: a fifth as many, but 20 at least
    shows = max(args.rounds // 5, min(args.rounds, 20))
    show(OverviewPage)  # warm: imports, fonts and icons are loaded once per process
    results = [
        ("data load, whole facility", timed(lambda: load_dashboard(actor, today), args.rounds),
         timed(lambda: raw_dashboard(raw, actor.id, today), args.rounds), args.rounds),
        # Klien saya (issue 17): the member's caseload; same floor, the facility's queries
        ("data load, Klien saya", timed(lambda: load_dashboard(actor, today, mine=True),
                                        args.rounds),
         timed(lambda: raw_dashboard(raw, actor.id, today), args.rounds), args.rounds),
        ("first show of the page", timed(lambda: show(OverviewPage), shows),
         timed(lambda: show(QWidget), shows), shows),
    ]
    SESSION.sign_out()
    raw.close()
    dbmod.close()
    rows = []
    for name, ours, floor, rounds in results:
        (om, op), (fm, fp) = summary(ours), summary(floor)
        rows.append((f"{name} ({rounds}x)", om, op, fm, fp, om / fm if fm else float("nan")))
    mine = load_dashboard(actor, today, mine=True)
    sizes = ", ".join(f"{key} {getattr(dashboard, key).total}/{getattr(mine, key).total}"
                      for key in ("followups_today", "followups_missed", "overdue", "waiting",
                                  "unsigned_notes"))
    print(f"Dashboard at {count:,} persons as {args.user} (facility/mine: {sizes}) (ms)")
    print_table(("operation", "median", "p95", "floor median", "floor p95", "ratio"), rows)
    return rows


if __name__ == "__main__":
    main()
