"""Two processes give the same client's dose at the same moment, 200 times over: exactly
one dose is written each time (SQLite file and PostgreSQL)."""
from __future__ import annotations

import multiprocessing
import time

import pytest

from models.rumatan.tables import REGULAR, Dose, StockBatch, ug
from tests.rumatan_race import desk
from tests.rumatan_world import TODAY, make_ptrm

ROUNDS = 200


@pytest.mark.parametrize("index_only", [False, True], ids=["model", "index-only"])
def test_two_processes_never_give_two_doses(db, staff, index_only):
    w = make_ptrm(staff, clients=ROUNDS)
    from models.db import connection as dbmod
    dbmod.close()  # the desks have the database to themselves
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    procs = [ctx.Process(target=desk, args=(db.kind, db.location, nurse.id, w.clients,
                                            barrier, results, index_only))
             for nurse in (w.nurse, w.pharmacist)]
    started = time.monotonic()
    for p in procs:
        p.start()
    outcomes = [results.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=30)
    elapsed = time.monotonic() - started
    from models.db.schema import open_database
    open_database(db)
    assert [o[2] for o in outcomes] == [[], []]
    assert sum(o[0] for o in outcomes) == ROUNDS
    assert sum(o[1] for o in outcomes) == ROUNDS
    per_client = {pid: 0 for pid in w.clients}
    for (pid,) in Dose.select(Dose.person).where(Dose.day == TODAY, Dose.slot == REGULAR).tuples():
        per_client[pid] += 1
    assert set(per_client.values()) == {1}
    assert StockBatch.get_by_id(w.batch).balance_ug == ug(100_000 - 60 * ROUNDS)
    print(f"{db.kind}: {ROUNDS} races in {elapsed:.1f} s; wins per desk "
          f"{[o[0] for o in outcomes]}")
