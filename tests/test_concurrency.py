"""Two desks at once: two processes registering people on one database never share a number."""
from __future__ import annotations

import dataclasses
import multiprocessing as mp

from models.db import connection as dbmod
from models.people.person import Person
from models.staff.staff import Staff

PER_DESK = 60


def desk(target_kind: str, location: str, desk_no: int, queue) -> None:
    """One desk: registers PER_DESK people and reports the numbers it was given."""
    from models.core.nik import make_nik
    from models.db.connection import DatabaseTarget
    from models.db.schema import open_database
    from models.people.registry import register_person
    from tests.conftest import SAMPLE_PERSON
    try:
        open_database(DatabaseTarget(target_kind, location))
        actor = Staff.get(Staff.username == "intake")
        numbers = []
        for i in range(PER_DESK):
            nik = make_nik("32", 73, 5, SAMPLE_PERSON.birth_date, "P", desk_no * 1000 + i + 1)
            data = dataclasses.replace(SAMPLE_PERSON, full_name=f"Klien Meja {desk_no} No {i}",
                                       nik=nik, phone="")
            pid = register_person(actor, data)
            numbers.append(Person.get_by_id(pid).reg_no)
        dbmod.close()
        queue.put(numbers)
    except Exception as exc:  # noqa: BLE001 - reported: the parent fails at once, not waiting
        queue.put(f"desk {desk_no} failed: {exc!r}")


def test_two_desks_never_get_the_same_registration_number(staff, db):
    dbmod.close()  # the children open their own connections
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    workers = [ctx.Process(target=desk, args=(db.kind, db.location, n, queue)) for n in (1, 2)]
    for w in workers:
        w.start()
    results = [queue.get(timeout=120) for _ in workers]
    assert all(isinstance(r, list) for r in results), results
    for w in workers:
        w.join(timeout=60)
        assert w.exitcode == 0
    numbers = results[0] + results[1]
    assert len(numbers) == 2 * PER_DESK
    assert len(set(numbers)) == 2 * PER_DESK
    from models.db.schema import open_database
    open_database(db)
    assert Person.select().count() == 2 * PER_DESK
    serials = sorted(int(n.rsplit("-", 1)[1]) for n in numbers)
    assert serials == list(range(1, 2 * PER_DESK + 1))  # no gaps, no repeats


INTAKES_PER_DESK = 1000


def test_two_desks_register_a_thousand_intakes_each_without_a_locked_error(staff, db):
    """Two processes, 1,000 whole intakes each, on one SQLite file or one PostgreSQL
    database: no error reaches a desk, all 2,000 are there with unique registration numbers,
    and the audit trail is one unbroken chain."""
    import time

    from models.db.schema import open_database
    from models.intake.episode import Episode
    from models.seals.audit_chain import verify_chain
    from tests.intake_desk_worker import desk as intake_desk

    dbmod.close()
    ctx = mp.get_context("fork")
    pipes = [ctx.Pipe(duplex=False) for _ in (1, 2)]
    started = time.perf_counter()
    workers = [ctx.Process(target=intake_desk,
                           args=(db.kind, db.location, n, INTAKES_PER_DESK, pipes[n - 1][1]))
               for n in (1, 2)]
    for w in workers:
        w.start()
    numbers: list[str] = []
    for receiver, _sender in pipes:
        while True:
            assert receiver.poll(300), "a desk stopped answering"
            message = receiver.recv()
            assert message[0] != "error", message  # e.g. "database is locked"
            if message[0] == "done":
                break
            if message[0] == "ok":
                numbers.append(message[2])
    for w in workers:
        w.join(timeout=60)
        assert w.exitcode == 0
    elapsed = time.perf_counter() - started
    assert len(numbers) == len(set(numbers)) == 2 * INTAKES_PER_DESK
    open_database(db)
    assert Person.select().count() == 2 * INTAKES_PER_DESK
    assert Episode.select().where(Episode.admitted_on.is_null(False)).count() == \
        2 * INTAKES_PER_DESK
    report = verify_chain()
    assert report.ok, report.findings
    print(f"\n{db.kind}: 2 desks x {INTAKES_PER_DESK} intakes in {elapsed:.1f} s, "
          f"{report.events} audit events in one chain")
