"""Crash safety: a desk registering intakes is killed at random moments, 50 times.

After every kill the file passes SQLite's integrity check, every intake the desk had been
told was saved is there, and no intake is half-written (a person without their episode, an
episode without its consent or substances, an act without its audit event). At the end the
audit chain is unbroken.
"""
from __future__ import annotations

import multiprocessing as mp
import random
import sqlite3
import time

import pytest

from models.db import connection as dbmod
from models.db.schema import open_database
from models.seals.audit_chain import verify_chain
from tests.intake_desk_worker import desk

KILLS = 50
HALF_WRITTEN = {
    "person without an episode":
        "SELECT count(*) FROM person p WHERE NOT EXISTS "
        "(SELECT 1 FROM episode e WHERE e.person_id = p.id)",
    "episode without its consent":
        "SELECT count(*) FROM episode e WHERE NOT EXISTS "
        "(SELECT 1 FROM consent c WHERE c.episode_id = e.id)",
    "episode without both substances":
        "SELECT count(*) FROM episode e WHERE "
        "(SELECT count(*) FROM episode_substance s WHERE s.episode_id = e.id) <> 2",
    "episode not admitted":
        "SELECT count(*) FROM episode WHERE admitted_on IS NULL",
    "person without the audit of the registration":
        "SELECT count(*) FROM person p WHERE NOT EXISTS (SELECT 1 FROM audit_event a "
        "WHERE a.action = 'person.create' AND a.record_id = p.id)",
}


def _kill_during_work(location: str, desk_no: int, delay: float) -> list[int]:
    """Start a desk, kill it ``delay`` seconds after it opened the database; the person
    ids it had acknowledged."""
    ctx = mp.get_context("fork")  # the children start in milliseconds: 50 rounds stay fast
    parent, child = ctx.Pipe(duplex=False)
    worker = ctx.Process(target=desk, args=("sqlite", location, desk_no, 9000, child))
    worker.start()
    child.close()
    acknowledged: list[int] = []
    assert parent.poll(30), "the desk did not start"
    first = parent.recv()
    assert first == ("ready",), first
    deadline = time.monotonic() + delay
    while time.monotonic() < deadline:
        if parent.poll(max(0.0, deadline - time.monotonic())):
            message = parent.recv()
            assert message[0] == "ok", message
            acknowledged.append(message[1])
    worker.kill()  # SIGKILL: no cleanup, no rollback, as a power cut
    worker.join(10)
    while parent.poll():  # acknowledgements sent before the kill still count
        try:
            message = parent.recv()
        except EOFError:
            break
        if message[0] == "ok":
            acknowledged.append(message[1])
    parent.close()
    return acknowledged


@pytest.mark.slow
@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_killing_a_desk_at_random_moments_loses_nothing_acknowledged(db, staff):
    dbmod.close()
    rng = random.Random(20250701)
    started = time.perf_counter()
    acknowledged_total = 0
    for round_no in range(KILLS):
        acknowledged = _kill_during_work(db.location, round_no + 1, rng.uniform(0.02, 0.25))
        acknowledged_total += len(acknowledged)
        conn = sqlite3.connect(db.location)  # the first connection recovers the WAL
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            present = {pid for (pid,) in conn.execute("SELECT id FROM person")}
            assert set(acknowledged) <= present, f"round {round_no}: acknowledged but lost"
            for what, sql in HALF_WRITTEN.items():
                assert conn.execute(sql).fetchone()[0] == 0, f"round {round_no}: {what}"
        finally:
            conn.close()
    open_database(db)
    people = dbmod.database.execute_sql("SELECT count(*) FROM person").fetchone()[0]
    report = verify_chain()
    assert report.ok, report.findings
    elapsed = time.perf_counter() - started
    print(f"\ncrash test: {KILLS} kills, {acknowledged_total} intakes acknowledged, "
          f"{people} in the database, {report.events} audit events checked, {elapsed:.1f} s")
    assert people >= acknowledged_total > KILLS  # the desks did real work between kills
