"""The client registry as a desk uses it: one keystroke of search-as-you-type, and opening a
record, through the same code the screens run, beside raw sqlite3 floors.

    python -m tests.bench.bench_registry --db demo.sqlite3 [--rounds 300]

A keystroke is: search for the text typed so far (up to 1,000 ids, as the list keeps),
hand the ids to the list's item model, and read the cells of the first 30 rows, the part
a window shows (the model fetches one page of 50 rows for that). The floor is the same FTS5
match and one page of the same columns, written by hand with the sqlite3 module.

Opening a record is what the record page does before it paints: read the person (an audited
view: the audit row is written with ``synchronous=full``, so it includes a disk flush) and the
episode timeline. The floor reads the same rows by hand without writing anything, and a
second floor adds the same audit event written by hand: in one ``BEGIN IMMEDIATE``
transaction, the newest event read, the next link's hash computed the trail's way
(``models.safety.audit.chain_hash``), the row inserted into the trail and its head moved
forward, so the audit is visible. The database's guards take these rows as any other, and
the whole chain is checked at the end (the floor's events must be valid links).

The last row opens the record page itself (offscreen): the same reads, the form filled and
the page laid out and painted, beside the floor with the audit write.

Opening a record writes audit rows: run it on a copy of the demo database.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sqlite3

from tests.bench.bench_lookup import summary, timed
from tests.bench.report import print_table

VISIBLE_ROWS = 30


def keystrokes(names: list[str], count: int, rng: random.Random) -> list[str]:
    """What a desk types, letter by letter: prefixes of real first and second names."""
    out: list[str] = []
    while len(out) < count:
        words = rng.choice(names).lower().split()[:2]
        typed = ""
        for word in words:
            for ch in word:
                typed += ch
                if len(typed.replace(" ", "")) >= 2:
                    out.append(typed)
            typed += " "
    return out[:count]


def main(argv: list[str] | None = None) -> list[tuple]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--rounds", type=int, default=300)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    from models.db import connection as dbmod
    from models.db.connection import resolve_target
    from models.db.schema import open_database
    from models.desk.client_list import episodes_of
    from models.people.person import Person
    from models.people.registry import view_person
    from models.people.search import fts_query, search_ids
    from models.safety.audit import GENESIS, canonical_at, chain_hash
    from models.seals.audit_chain import verify_chain
    from models.staff.staff import Staff
    from ui.clients.list_model import ClientListModel
    from ui.clients.record_page import RecordPage
    from ui.session import SESSION

    app = QApplication.instance() or QApplication([])
    open_database(resolve_target(args.db))
    actor = Staff.get(Staff.role == "intake")
    rng = random.Random(11)
    count = Person.select().count()
    names = [n for (n,) in Person.select(Person.full_name).order_by(Person.id)
             .limit(20_000).tuples()]
    typed = keystrokes(names, args.rounds, rng)
    ids = [i for (i,) in Person.select(Person.id).tuples()]
    people = [rng.choice(ids) for _ in range(args.rounds)]
    model = ClientListModel(lambda: actor)

    def keystroke(text: str) -> None:
        model.set_ids(search_ids(actor, text, limit=1000))
        for row in range(min(VISIBLE_ROWS, model.rowCount())):
            for column in range(model.columnCount()):
                model.data(model.index(row, column))

    raw = sqlite3.connect(args.db, isolation_level=None)  # transactions as written below
    raw.execute("PRAGMA journal_mode=wal")
    raw.execute("PRAGMA synchronous=full")
    page_sql = ("SELECT id, reg_no, full_name, alias, sex, birth_date, nik, phone FROM person "
                "WHERE id IN ({})")

    def raw_keystroke(text: str) -> None:
        match = fts_query(text)
        found = [r[0] for r in raw.execute(
            "SELECT rowid FROM person_fts WHERE person_fts MATCH ? ORDER BY rank LIMIT 1000",
            (match,))]
        page = found[:50]
        if page:
            raw.execute(page_sql.format(",".join("?" * len(page))), page).fetchall()

    def open_record(person_id: int) -> None:
        view_person(actor, person_id)
        episodes_of(actor, person_id)

    def raw_open(person_id: int) -> None:
        raw.execute("SELECT * FROM person WHERE id = ?", (person_id,)).fetchall()
        raw.execute("SELECT * FROM family_contact WHERE person_id = ?", (person_id,)).fetchall()
        raw.execute("SELECT * FROM episode WHERE person_id = ? ORDER BY reported_on DESC",
                    (person_id,)).fetchall()

    def raw_audit_view(person_id: int) -> None:
        """The event view_person records, appended by hand as the next link of the chain."""
        raw.execute("BEGIN IMMEDIATE")
        try:
            last_id, prev = raw.execute("SELECT id, row_hash FROM audit_event "
                                        "ORDER BY id DESC LIMIT 1").fetchone() or (0, GENESIS)
            at = canonical_at(dt.datetime.now())
            link = chain_hash(prev, at, actor.id, "person.view", "person", person_id,
                              person_id, None)
            raw.execute("INSERT INTO audit_event (id, at, staff_id, action, table_name, "
                        "record_id, person_id, detail, prev_hash, row_hash) "
                        "VALUES (?, ?, ?, 'person.view', 'person', ?, ?, NULL, ?, ?)",
                        (last_id + 1, at, actor.id, person_id, person_id, prev, link))
            raw.execute("UPDATE audit_head SET last_hash = ?, events = events + (? - last_id), "
                        "last_id = ? WHERE id = 1", (link, last_id + 1, last_id + 1))
            raw.execute("COMMIT")
        except BaseException:
            raw.execute("ROLLBACK")
            raise

    def raw_open_with_write(person_id: int) -> None:
        raw_open(person_id)
        raw_audit_view(person_id)

    SESSION.sign_in(actor)
    page = RecordPage()
    page.resize(1200, 800)
    page.show()

    def open_page(person_id: int) -> None:
        page.open_person(person_id)
        app.processEvents()  # lay out and paint, as the desk would see it

    def rounds(fn, keys) -> list[float]:
        it = iter(keys)
        return timed(lambda: fn(next(it)), len(keys))

    results = [
        ("search keystroke", rounds(keystroke, typed), rounds(raw_keystroke, typed)),
        ("open record (read only floor)", rounds(open_record, people), rounds(raw_open, people)),
        ("open record (floor + audit write)", rounds(open_record, people[::-1]),
         rounds(raw_open_with_write, people[::-1])),
        ("record page shown (widgets)", rounds(open_page, people),
         rounds(raw_open_with_write, people)),
    ]
    page.close()
    SESSION.sign_out()
    raw.close()
    chain = verify_chain()
    if not chain.ok:
        raise SystemExit("the audit trail is broken after the benchmark: "
                         + "; ".join(f.english() for f in chain.findings[:5]))
    dbmod.close()
    rows = []
    for name, ours, floor in results:
        (om, op), (fm, fp) = summary(ours), summary(floor)
        rows.append((name, om, op, fm, fp, om / fm if fm else float("nan")))
    print(f"Client registry at {count:,} persons, {args.rounds} rounds each (ms)")
    print_table(("operation", "median", "p95", "floor median", "floor p95", "ratio"), rows)
    return rows


if __name__ == "__main__":
    main()
