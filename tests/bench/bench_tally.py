"""One month's tally and its XLSX export, beside hand-written floors.

    python -m tests.bench.bench_tally --db demo.sqlite3 [--month YYYY-MM] [--rounds 7]

Needs a demo database (``python main.py demo --clients 100000 --db demo.sqlite3``), opened
read-only: nothing is written to it. Figures, each the median of ``--rounds`` runs (and the
slowest run):

1. ``compute_tally``: every indicator of one month through models/ (SQL aggregation, the
   breakdowns filled in Python). Its floor: the same counts asked by hand with raw
   ``sqlite3``, one ``GROUP BY`` statement per source table (with the same two index-friendly
   halves for "still in care", see ``models.tallies.tally.in_care``), results left as rows.
2. ``compute_month_report``: what an export counts (the month, the year to date, the
   twelve-month trend and the targets).
3. The XLSX export of that report: the payload with its labels, then openpyxl with styles,
   frozen headers and print set-up. Its floor: openpyxl writing the same cells bare
   (write-only workbook, no styles).

The month defaults to the last complete month of the demo. The floor's totals are checked
against the tally's before anything is timed.
"""
from __future__ import annotations

import argparse
import datetime as dt
import io
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):  # run as a plain script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.report import print_table


def timed(fn: Callable[[], object], rounds: int) -> list[float]:
    """Milliseconds of each of ``rounds`` calls, after one untimed warm-up call."""
    fn()
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


AGE = ("CAST(substr({ref}, 1, 4) AS INTEGER) - CAST(substr(p.birth_date, 1, 4) AS INTEGER) "
       "- (substr({ref}, 6, 5) < substr(p.birth_date, 6, 5))")


def floor_queries(start: str, end: str, after: str) -> dict[str, str]:
    """The month's counts written by hand: one GROUP BY per source table."""
    return {
        "new_clients": f"""
            SELECT p.sex, {AGE.format(ref='e.admitted_on')}, e.service_type, s.substance,
                   s.route,
                   (SELECT substr(a.diagnosis_code, 1, 3) FROM assessment a
                     WHERE a.episode_id = e.id AND a.state = 'signed'
                       AND a.diagnosis_code <> '' AND a.assessed_on <= '{end}'
                     ORDER BY a.assessed_on DESC, a.id DESC LIMIT 1) AS diag, COUNT(*)
              FROM episode e JOIN person p ON p.id = e.person_id
              LEFT JOIN episode_substance s ON s.episode_id = e.id AND s.rank = 1
             WHERE e.admitted_on BETWEEN '{start}' AND '{end}'
             GROUP BY 1, 2, 3, 4, 5, 6""",
        "continuing_clients": f"""
            SELECT sex, age, service, COUNT(*) FROM (
                SELECT p.sex AS sex, {AGE.format(ref=repr(start))} AS age,
                       e.service_type AS service
                  FROM episode e JOIN person p ON p.id = e.person_id
                 WHERE e.discharged_on >= '{start}' AND e.admitted_on < '{start}'
                UNION ALL
                SELECT p.sex, {AGE.format(ref=repr(start))}, e.service_type
                  FROM episode e JOIN person p ON p.id = e.person_id
                 WHERE e.discharged_on IS NULL AND e.admitted_on < '{start}')
             GROUP BY 1, 2, 3""",
        "reports_received": f"""
            SELECT referral_route, reporter, wajib_lapor, COUNT(*) FROM episode
             WHERE reported_on BETWEEN '{start}' AND '{end}' GROUP BY 1, 2, 3""",
        "census_end": f"""
            SELECT e.service_type,
                   (SELECT pm.to_phase_id FROM phase_move pm
                      JOIN enrollment en ON en.id = pm.enrollment_id
                     WHERE en.episode_id = e.id AND pm.undone_at IS NULL
                       AND pm.moved_on <= '{end}'
                     ORDER BY pm.moved_on DESC, pm.id DESC LIMIT 1), COUNT(*)
              FROM (SELECT id, service_type FROM episode
                     WHERE discharged_on > '{end}' AND admitted_on <= '{end}'
                    UNION ALL
                    SELECT id, service_type FROM episode
                     WHERE discharged_on IS NULL AND admitted_on <= '{end}') e
             GROUP BY 1, 2""",
        "waiting_list_end": f"""
            SELECT COUNT(*) FROM waiting_list_entry
             WHERE added_on <= '{end}' AND (left_on IS NULL OR left_on > '{end}')""",
        "discharges": f"""
            SELECT reason, COUNT(*) FROM discharge
             WHERE discharged_on BETWEEN '{start}' AND '{end}' GROUP BY 1""",
        "aftercare_clients": f"""
            SELECT COUNT(*) FROM aftercare_plan
             WHERE started_on BETWEEN '{start}' AND '{end}'""",
        "followup_contacts": f"""
            SELECT contact_type, COUNT(*) FROM aftercare_contact
             WHERE contacted_on BETWEEN '{start}' AND '{end}' GROUP BY 1""",
        "assessments_done": f"""
            SELECT kind, COUNT(*) FROM assessment
             WHERE state = 'signed' AND assessed_on BETWEEN '{start}' AND '{end}'
             GROUP BY 1""",
        "urine_tests": f"""
            SELECT t.any_positive, EXISTS (SELECT 1 FROM urine_result r
                                            WHERE r.test_id = t.id AND r.result = 'invalid'),
                   COUNT(*)
              FROM urine_test t
             WHERE t.collected_at >= '{start}' AND t.collected_at < '{after}'
             GROUP BY 1, 2""",
        "skhpn_issued": f"""
            SELECT result, purpose, fee_waived <> '', COUNT(*), SUM(fee) FROM document
             WHERE kind = 'SKHPN' AND voided_at IS NULL
               AND issued_at >= '{start}' AND issued_at < '{after}'
             GROUP BY 1, 2, 3""",
    }


def floor_totals(conn: sqlite3.Connection, queries: dict[str, str]) -> dict[str, int]:
    """Each floor query's total count (the count is the last column but for the fees)."""
    totals = {}
    for name, sql in queries.items():
        rows = conn.execute(sql).fetchall()
        column = -2 if name == "skhpn_issued" else -1
        totals[name] = sum(row[column] for row in rows)
    return totals


def bare_xlsx(payload: dict) -> bytes:
    """The report's cells written by openpyxl with nothing else (the XLSX floor)."""
    from openpyxl import Workbook
    wb = Workbook(write_only=True)
    for sheet in payload["sheets"]:
        ws = wb.create_sheet(sheet["title"][:31])
        for block in sheet["blocks"]:
            ws.append([block["label"], "", block["month"], block["ytd"], block["target"],
                       block["achievement"]])
            for item in block["rows"]:
                ws.append(["", item["label"], item["month"], item["ytd"]])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> list[tuple]:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True)
    parser.add_argument("--month", help="YYYY-MM (default: the demo's last complete month)")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args(argv)

    from models.db import connection as dbmod
    from models.db.connection import resolve_target
    from models.db.schema import open_database
    from models.people.person import Person
    from models.tallies.export import build_payload
    from models.tallies.report import compute_month_report
    from models.tallies.tally import Period, compute_tally, parse_month
    from reports.tally_xlsx import render_tally_xlsx

    open_database(resolve_target(args.db), read_only=True)
    raw = sqlite3.connect(f"{Path(args.db).resolve().as_uri()}?mode=ro", uri=True)
    try:
        persons = Person.select().count()
        if args.month:
            year, month = parse_month(args.month)
        else:
            last = dt.date.fromisoformat(raw.execute(
                "SELECT MAX(reported_on) FROM episode").fetchone()[0])
            first = last.replace(day=1) - dt.timedelta(days=1)
            year, month = first.year, first.month
        period = Period.month(year, month)
        after = (period.end + dt.timedelta(days=1)).isoformat()
        queries = floor_queries(period.start.isoformat(), period.end.isoformat(), after)
        tally = compute_tally(period)
        totals = floor_totals(raw, queries)
        wrong = {name: (n, tally.value(name)) for name, n in totals.items()
                 if n != tally.value(name)}
        if wrong:
            raise SystemExit(f"the floor does not count what the tally counts: {wrong}")

        report = compute_month_report(year, month)

        def translate(_context: str, text: str) -> str:
            return text

        payload = build_payload(report, translate)
        cells = sum(2 + 2 * len(b["rows"]) for s in payload["sheets"] for b in s["blocks"])

        results = [
            ("tally of one month", timed(lambda: compute_tally(period), args.rounds),
             timed(lambda: floor_totals(raw, queries), args.rounds)),
            ("month report (month, year to date, trend, targets)",
             timed(lambda: compute_month_report(year, month), args.rounds), None),
            ("XLSX export of the report",
             timed(lambda: render_tally_xlsx(build_payload(report, translate)), args.rounds),
             timed(lambda: bare_xlsx(payload), args.rounds)),
        ]
    finally:
        raw.close()
        dbmod.close()

    rows = []
    for name, ours, floor in results:
        om, omax = statistics.median(ours), max(ours)
        if floor is None:
            rows.append((name, om, omax, "", "", ""))
        else:
            fm, fmax = statistics.median(floor), max(floor)
            rows.append((name, om, omax, fm, fmax, om / fm if fm else float("nan")))
    print(f"Tally of {period.key} at {persons:,} persons, {args.rounds} runs each (ms); "
          f"the report holds {cells:,} numbers")
    print_table(("what", "median", "slowest", "floor median", "floor slowest", "ratio"), rows)
    return rows


if __name__ == "__main__":
    main()
