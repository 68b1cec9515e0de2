"""The audit trail cannot be rewritten without being noticed (issue 11, fault 4): the database
refuses an event that is not the next link and a head that does not move forward, on every
way in; the check reads every event whatever its id, compares the count, the ids and the
head, and calls an empty trail on a database with data wiped (SQLite and PostgreSQL)."""
from __future__ import annotations

import datetime as dt

import peewee
import pytest

from main import main
from models.db import connection as dbmod
from models.db.schema import open_database
from models.safety import audit
from models.safety.audit import GENESIS, AuditEvent, AuditHead, canonical_at, chain_hash
from models.seals.audit_chain import verify_chain
from tests.audit_tamper import rewrite_chain, tamper

EVENTS = 6
COLUMNS = ("id, at, staff_id, action, table_name, record_id, person_id, detail, prev_hash, "
           "row_hash")


@pytest.fixture
def trail(db, staff):
    ids = []
    with dbmod.write_transaction():
        for n in range(EVENTS):
            ids.append(audit.record(staff["intake"], "person.view", "person", n, n).id)
    assert verify_chain().ok
    return ids


def raw(sql: str, params: tuple = ()) -> None:
    with dbmod.write_transaction():
        dbmod.database.execute_sql(sql.replace("?", dbmod.database.obj.param), params)


def forged_event(event_id: int, prev: str) -> tuple:
    at = dt.datetime(2025, 1, 1, 8, 0)
    own = chain_hash(prev, canonical_at(at), None, "person.view", "person", 1, 1, None)
    return (event_id, at, None, "person.view", "person", 1, 1, None, prev, own)


def insert_sql() -> str:
    return f"INSERT INTO audit_event ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"


def kinds() -> list[str]:
    return [f.kind for f in verify_chain().findings]


def tail_hash() -> str:
    return AuditEvent.select(AuditEvent.row_hash).order_by(AuditEvent.id.desc()).scalar()


# --- the database refuses ---------------------------------------------------------------

@pytest.mark.parametrize("event_id", [0, -5])
def test_a_plain_insert_with_an_id_of_zero_or_below_is_refused(db, trail, event_id):
    for prev in (GENESIS, tail_hash()):
        with pytest.raises(Exception, match="next link"):
            raw(insert_sql(), forged_event(event_id, prev))
    assert AuditEvent.select().where(AuditEvent.id <= 0).count() == 0


def test_an_insert_that_is_not_the_next_link_is_refused(db, trail):
    last = trail[-1]
    for event_id, prev in ((last + 2, tail_hash()), (last + 1, "f" * 64), (last, tail_hash()),
                           (last + 1, GENESIS)):
        with pytest.raises(peewee.DatabaseError):
            raw(insert_sql(), forged_event(event_id, prev))
    with pytest.raises(Exception, match="next link"):  # no id: the database would choose one
        raw("INSERT INTO audit_event (at, action, table_name, prev_hash, row_hash) "
            "VALUES (?, 'x', 'person', ?, ?)", (dt.datetime(2025, 1, 1), tail_hash(), "a" * 64))
    assert verify_chain().ok and AuditEvent.select().count() == len(set(trail)) + 4


def test_the_head_only_moves_forward_to_the_newest_event(db, trail):
    head = AuditHead.get_by_id(1)
    for change in (f"events = {head.events + 3}", f"events = {head.events - 1}",
                   f"last_hash = '{GENESIS}'", f"last_id = {head.last_id - 1}",
                   f"last_id = {head.last_id + 1}, events = {head.events + 1}",
                   "gaps_until = 0, last_id = last_id", "id = 2"):
        with pytest.raises(Exception, match="only moves forward"):
            raw(f"UPDATE audit_head SET {change} WHERE id = 1")
    with pytest.raises(peewee.DatabaseError):
        raw(f"INSERT INTO audit_head (id, last_hash, events, last_id, gaps_until) "
            f"VALUES (2, '{GENESIS}', 0, 0, 0)")
    assert verify_chain().ok


def test_the_apps_own_writes_still_pass_the_guards(db, staff):
    audit.record(staff["admin"], "a", "person", 1)
    AuditEvent.insert_many([{"action": "b", "table_name": "person", "record_id": n}
                            for n in range(3)]).execute()
    AuditEvent.create(action="c", table_name="person")
    head = AuditHead.get_by_id(1)
    ids = [i for (i,) in AuditEvent.select(AuditEvent.id).order_by(AuditEvent.id).tuples()]
    assert ids == list(range(ids[0], ids[0] + len(ids))) and head.last_id == ids[-1]
    assert head.events == len(ids) and verify_chain().ok


# --- the check notices what got past them -------------------------------------------------

def test_an_event_with_id_zero_slipped_in_is_named(db, trail):
    tamper(insert_sql(), params=forged_event(0, GENESIS))
    report = verify_chain()
    assert ("bad_id", 0) in [(f.kind, f.event_id) for f in report.findings]
    assert report.events == AuditEvent.select().count() == trail[-1] + 1


def test_a_wiped_trail_is_broken_not_intact(db, trail, capsys, qapp):
    tamper("DELETE FROM audit_event",
           f"UPDATE audit_head SET last_hash = '{GENESIS}', events = 0, last_id = 0")
    assert kinds() == ["empty"]
    if dbmod.is_sqlite():
        dbmod.close()
        assert main(["check", "--audit", "--db", db.location]) == 1
        assert "kosong" in capsys.readouterr().out
        open_database(db)


def test_a_fresh_database_with_no_data_has_an_intact_empty_trail(db):
    report = verify_chain()
    assert report.ok and report.events == 0


def test_a_wrong_count_in_the_head_is_named(db, trail):
    tamper("UPDATE audit_head SET events = events + 4")
    assert kinds() == ["count"]


def test_a_wrong_newest_id_in_the_head_is_named(db, trail):
    tamper("UPDATE audit_head SET last_id = last_id + 7")
    assert kinds() == ["head_id"]


def test_a_deletion_hidden_by_relinking_the_rest_shows_as_a_gap(db, trail):
    tamper("DELETE FROM audit_event WHERE id = ?", params=(trail[2],))
    rewrite_chain(renumber=False)
    findings = verify_chain().findings
    assert [(f.kind, f.params) for f in findings] == [
        ("gap", {"event": trail[1], "next": trail[3]})]


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_check_audit_reads_a_database_not_yet_upgraded_to_the_guards(db, trail, capsys, qapp):
    """``check`` opens a database as it is: one from before version 9 (no last_id) is still
    checked, not refused with a traceback."""
    with dbmod.database.atomic():
        for (name,) in dbmod.database.execute_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name IN "
                "('audit_event_next_link', 'audit_head_forward_only', 'audit_head_only_one')"
        ).fetchall():
            dbmod.database.execute_sql(f"DROP TRIGGER {name}")
        for column in ("last_id", "gaps_until"):
            dbmod.database.execute_sql(f"ALTER TABLE audit_head DROP COLUMN {column}")
        dbmod.database.execute_sql("DELETE FROM schema_migration WHERE name >= '0009'")
    dbmod.close()
    assert main(["check", "--audit", "--db", db.location]) == 0
    assert "rantai utuh" in capsys.readouterr().out
