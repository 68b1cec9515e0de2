"""Database limits a desk can meet (issue 11, faults 7 and 12): a NUL typed in a search,
and a save waiting for another desk's lock on PostgreSQL (bounded, with a message, the
input kept)."""
from __future__ import annotations

import time

import psycopg
import pytest

from models.core.errors import DatabaseProblem
from models.db import connection as dbmod
from models.db import problems as db_errors
from models.people.registry import PersonInput, register_person
from models.people.search import search_ids
from tests.conftest import SAMPLE_PERSON


def test_a_nul_or_control_character_in_a_search_is_no_database_error(staff, person_id):
    from models.desk.audit_query import find_person
    from models.documents.issue import search_register
    for typed in ("siti\x00", "\x00", "R-\x00001", "siti\x00rahma", "\x1f\x7f"):
        found = search_ids(staff["intake"], typed)
        if typed.startswith("siti"):
            assert person_id in found
    for typed in ("Siti\x00", "SKHPN\x00/2026", "\x00"):
        assert isinstance(search_register(staff["admin"], text=typed), list)
        assert find_person(staff["admin"], typed) is None


@pytest.mark.postgres
def test_a_save_waits_for_another_desks_lock_only_so_long(staff, pg_url, monkeypatch):
    """Another session holds the desks' write lock; the save gives up after the lock
    timeout with "another desk is saving", and nothing of it is written."""
    if dbmod.is_sqlite():
        pytest.skip("PostgreSQL's lock wait (SQLite has its busy timeout)")
    monkeypatch.setattr(dbmod, "PG_LOCK_TIMEOUT_MS", 700)
    target = dbmod.bound_target()
    dbmod.close()
    from models.db.schema import open_database
    open_database(target)  # a connection with the shorter timeout
    holder = psycopg.connect(pg_url.replace("postgresql://", "postgres://", 1))
    holder.execute("BEGIN")
    holder.execute("SELECT pg_advisory_xact_lock(%s)", (dbmod.WRITE_LOCK_KEY,))
    person = PersonInput(**{**SAMPLE_PERSON.__dict__, "full_name": "Dewi Lestari",
                            "nik": "3273055708950011"})
    started = time.monotonic()
    try:
        with pytest.raises(Exception) as caught:
            register_person(staff["intake"], person)
    finally:
        holder.rollback()
        holder.close()
    waited = time.monotonic() - started
    assert waited < 5
    problem = db_errors.database_problem(caught.value)
    assert problem is not None and problem.text == db_errors.MSG_PG_BUSY
    assert search_ids(staff["intake"], "dewi") == []  # nothing half-saved
    register_person(staff["intake"], person)  # the same input saves once the lock is gone
    assert len(search_ids(staff["intake"], "dewi")) == 1



def test_a_password_in_the_url_never_shows_in_the_message(tmp_path):
    """Connecting fails (nothing listens on port 1); the message names the server, never
    the password given in the URL."""
    from models.db.connection import DatabaseTarget
    from models.db.schema import open_database
    secret = "Rahasia-Desk-42"
    with pytest.raises(DatabaseProblem) as caught:
        open_database(DatabaseTarget("postgres", f"postgresql://pulih:{secret}@127.0.0.1:1/x"))
    assert secret not in caught.value.english()
    assert secret not in DatabaseTarget("postgres", f"postgresql://pulih:{secret}@h/x").describe()
