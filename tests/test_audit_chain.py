"""The tamper-evident audit trail: every event linked to the one before, the database refuses
changes and deletions, and the check names what was edited, deleted, inserted, reordered or
cut off (on SQLite and PostgreSQL)."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import peewee
import pytest

from main import main
from models.db import connection as dbmod
from models.db.connection import resolve_target
from models.db.schema import open_database
from models.safety import audit
from models.safety.audit import AuditEvent, AuditHead, canonical_at, chain_hash
from models.seals.audit_chain import verify_chain
from tests.audit_tamper import tamper

FIXTURES = Path(__file__).parent / "fixtures"
EVENTS = 10


@pytest.fixture
def trail(db, staff):
    """A database whose trail ends with EVENTS events of our own; returns their ids."""
    ids = []
    with dbmod.write_transaction():
        for n in range(EVENTS):
            ids.append(audit.record(staff["intake"], "person.view", "person", n, n,
                                    note=f"lihat {n}").id)
    assert verify_chain().ok
    return ids


def own_hash(event_id: int, **changes) -> str:
    event = AuditEvent.get_by_id(event_id)
    values = {"prev": event.prev_hash, "at": canonical_at(event.at), "staff": event.staff_id,
              "action": event.action, "table": event.table_name, "record": event.record_id,
              "person": event.person_id,
              "detail": AuditEvent.detail.db_value(event.detail)} | changes
    return chain_hash(*values.values())


def kinds() -> list[tuple[str, int | None]]:
    return [(f.kind, f.event_id) for f in verify_chain().findings]


def test_every_way_of_writing_an_event_extends_one_chain(db, staff):
    audit.record(staff["admin"], "a", "person", 1)
    AuditEvent.create(staff=None, action="b", table_name="person", record_id=2,
                      detail={"x": 1})
    AuditEvent.insert_many([{"at": dt.datetime(2025, 1, 1, 8, 0), "staff": staff["admin"].id,
                             "action": "c", "table_name": "person", "record_id": n,
                             "person_id": n, "detail": {"n": n}} for n in range(3)]).execute()
    AuditEvent.insert(action="d", table_name="person").execute()
    report = verify_chain()
    assert report.ok and report.events == AuditEvent.select().count()
    head = AuditHead.get_by_id(1)
    last = AuditEvent.select().order_by(AuditEvent.id.desc()).get()
    assert head.last_hash == last.row_hash and head.events == report.events


def test_the_database_refuses_to_change_or_delete_events(db, trail):
    for sql in ("UPDATE audit_event SET action = 'x' WHERE id = ?",
                "DELETE FROM audit_event WHERE id = ?"):
        with pytest.raises(Exception) as err:
            with dbmod.write_transaction():
                dbmod.database.execute_sql(sql.replace("?", dbmod.database.obj.param),
                                           (trail[3],))
        assert "audit events cannot be" in str(err.value)
    with pytest.raises(peewee.DatabaseError):
        with dbmod.write_transaction():
            AuditHead.delete().execute()
    assert verify_chain().ok and AuditEvent.get_by_id(trail[3]).action == "person.view"


def test_an_edited_event_is_named(db, trail):
    tamper("UPDATE audit_event SET action = 'person.update' WHERE id = ?", params=(trail[4],))
    assert kinds() == [("changed", trail[4])]


def test_an_edit_hidden_by_a_new_hash_is_named(db, trail):
    forged = own_hash(trail[4], action="person.update")
    tamper("UPDATE audit_event SET action = 'person.update', row_hash = ? WHERE id = ?",
           params=(forged, trail[4]))
    assert kinds() == [("rehashed", trail[4])]


def test_a_deleted_event_is_named(db, trail):
    tamper("DELETE FROM audit_event WHERE id = ?", params=(trail[5],))
    findings = verify_chain().findings
    assert [(f.kind, f.params) for f in findings] == [
        ("deleted", {"event": trail[4], "next": trail[6]})]
    assert findings[0].english() == f"Events between {trail[4]} and {trail[6]} were deleted."


def _make_room_after(event_id: int) -> int:
    """Move the later events one id up, as a forger must to slip one in; the free id."""
    for later in reversed(range(event_id + 1, max_id() + 1)):
        tamper("UPDATE audit_event SET id = id + 1 WHERE id = ?", params=(later,))
    return event_id + 1


def max_id() -> int:
    return AuditEvent.select(AuditEvent.id).order_by(AuditEvent.id.desc()).scalar()


@pytest.mark.parametrize("links_well", [True, False])
def test_an_inserted_event_is_named(db, trail, links_well):
    free = _make_room_after(trail[5])
    prev = AuditEvent.get_by_id(trail[5]).row_hash if links_well else "f" * 64
    at = "2025-01-01 08:00:00.000000"
    forged = chain_hash(prev, at, None, "person.view", "person", 99, 99, None)
    tamper("INSERT INTO audit_event (id, at, staff_id, action, table_name, record_id, "
           "person_id, detail, prev_hash, row_hash) VALUES (?, ?, NULL, 'person.view', "
           "'person', 99, 99, NULL, ?, ?)", params=(free, dt.datetime(2025, 1, 1, 8), prev,
                                                   forged))
    assert kinds() == [("inserted", free)]


def test_reordered_events_are_named(db, trail):
    first, second = AuditEvent.get_by_id(trail[3]), AuditEvent.get_by_id(trail[4])
    columns = ("at", "staff_id", "action", "table_name", "record_id", "person_id", "detail",
               "prev_hash", "row_hash")
    sets = ", ".join(f"{c} = ?" for c in columns)

    def values(event):
        return (event.at, event.staff_id, event.action, event.table_name, event.record_id,
                event.person_id, AuditEvent.detail.db_value(event.detail), event.prev_hash,
                event.row_hash)

    tamper(f"UPDATE audit_event SET {sets} WHERE id = {trail[3]}", params=values(second))
    tamper(f"UPDATE audit_event SET {sets} WHERE id = {trail[4]}", params=values(first))
    assert kinds() == [("reordered", trail[3])]


def test_a_trail_cut_off_at_the_end_is_noticed(db, trail):
    tamper("DELETE FROM audit_event WHERE id >= ?", params=(trail[-2],))
    findings = verify_chain().findings
    assert [(f.kind, f.params) for f in findings] == [
        ("truncated", {"event": trail[-3], "missing": 2})]


def test_an_event_added_at_the_end_outside_pulih_is_noticed(db, trail):
    prev = AuditEvent.get_by_id(trail[-1]).row_hash
    at = dt.datetime(2025, 1, 1, 8)
    forged = chain_hash(prev, canonical_at(at), None, "x", "person", 1, 1, None)
    tamper("INSERT INTO audit_event (id, at, action, table_name, record_id, person_id, "
           "prev_hash, row_hash) VALUES (?, ?, 'x', 'person', 1, 1, ?, ?)",
           params=(trail[-1] + 1, at, prev, forged))
    assert kinds() == [("appended", trail[-1])]


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_check_audit_names_the_event_in_indonesian(db, trail, capsys, qapp):
    dbmod.close()
    assert main(["check", "--audit", "--db", db.location]) == 0
    assert "rantai utuh" in capsys.readouterr().out
    open_database(db)
    tamper("UPDATE audit_event SET detail = '{}' WHERE id = ?", params=(trail[2],))
    dbmod.close()
    assert main(["check", "--audit", "--db", db.location]) == 1
    out = capsys.readouterr().out
    assert f"Peristiwa {trail[2]} diubah setelah ditulis." in out
    open_database(db)


def test_events_written_before_the_upgrade_are_chained_by_it(tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURES / "schema_v1.sqlite3", path)
    open_database(resolve_target(str(path)))
    try:
        report = verify_chain()
        assert report.ok and report.events == AuditEvent.select().count() >= 1
        assert AuditHead.get_by_id(1).events == report.events
    finally:
        dbmod.close()


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_the_demo_writes_an_unbroken_chain(db):
    from models.demo.demo import build_demo
    build_demo(60, seed=3, end_date=dt.date(2025, 6, 30))
    report = verify_chain()
    assert report.ok and report.events > 500
    assert AuditHead.get_by_id(1).events == report.events
