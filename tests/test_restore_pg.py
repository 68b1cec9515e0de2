"""Restoring on PostgreSQL: the backup is restored into a scratch database and checked there
(Pulih's own objects only, schema no newer, same facility unless confirmed), then swapped in
by renaming; the live database is never lost and no scratch database is left behind."""
from __future__ import annotations

import dataclasses
import datetime as dt
import os
import uuid
from pathlib import Path

import psycopg
import pytest

from models.admin.backup_jobs import backup_now, restore_database
from models.admin.facility_admin import save_facility
from models.backup.backup import BackupError
from models.core.nik import make_nik
from models.db import connection as dbmod
from models.db.connection import DatabaseTarget
from models.db.schema import open_database
from models.people.person import Person
from models.people.registry import register_person
from models.safety import accounts
from tests.conftest import PG_ENV, SAMPLE_PERSON, _with_database
from tests.doc_world import FACILITY
from tests.test_pg_roles import roles_db  # noqa: F401 - a fixture

pytestmark = pytest.mark.postgres


def person(n: int):
    born = SAMPLE_PERSON.birth_date - dt.timedelta(days=n)  # one look-alike per day
    return dataclasses.replace(SAMPLE_PERSON, full_name=f"Klien Server {n}", birth_date=born,
                               nik=make_nik("32", 73, 5, born, "P", 6000 + n), phone="")


def names() -> set[str]:
    return {n for (n,) in Person.select(Person.full_name).tuples()}


def admin_conn(base: str) -> psycopg.Connection:
    return psycopg.connect(base.replace("postgresql://", "postgres://", 1), autocommit=True)


def databases(base: str, like: str) -> list[str]:
    with admin_conn(base) as conn:
        return [r[0] for r in conn.execute(
            "SELECT datname FROM pg_database WHERE datname LIKE %s ORDER BY datname",
            (like,)).fetchall()]


@pytest.fixture
def live(tmp_path):
    """A migrated PostgreSQL database of this test only (renamed by the restores), an admin
    and an intake clerk; every database named after it is dropped at the end."""
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"{PG_ENV} is not set: PostgreSQL tests skipped")
    name = f"pulih_e2_{uuid.uuid4().hex[:8]}"
    with admin_conn(base) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    target = DatabaseTarget("postgres", _with_database(base, name))
    open_database(target)
    admin = accounts.create_first_admin("admin", "Admin Fasilitas", "admin-password-1")
    intake = accounts.create_staff(admin, "intake", "Petugas", "intake", "intake-password-1")
    yield target, admin, intake, base, name
    dbmod.close()
    with admin_conn(base) as conn:
        for (other,) in conn.execute("SELECT datname FROM pg_database WHERE datname LIKE %s",
                                     (name + "%",)).fetchall():
            conn.execute(f'DROP DATABASE IF EXISTS "{other}" WITH (FORCE)')


def run_sql(target: DatabaseTarget, *statements: str) -> None:
    for sql in statements:
        dbmod.database.execute_sql(sql)


def backup_with(target, admin, folder: Path, plant: list[str], unplant: list[str]) -> Path:
    """A backup made while ``plant`` was in the database; ``unplant`` undoes it after."""
    run_sql(target, *plant)
    made = backup_now(admin, target, folder)
    run_sql(target, *unplant)
    return made.path


def no_scratch(base: str) -> bool:
    return databases(base, "pulih_restore_%") == []


PLANTED = {
    "trigger making a counselor admin": (
        ["CREATE FUNCTION promote() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
         "UPDATE staff SET role = 'admin' WHERE role = 'counselor'; RETURN NEW; END $$",
         "CREATE TRIGGER t_signin AFTER INSERT ON audit_event FOR EACH ROW "
         "EXECUTE FUNCTION promote()"],
        ["DROP TRIGGER t_signin ON audit_event", "DROP FUNCTION promote()"]),
    "function": (["CREATE FUNCTION leak() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$"],
                 ["DROP FUNCTION leak()"]),
    "hidden table": (["CREATE TABLE person_copy (full_name text, nik text)"],
                     ["DROP TABLE person_copy"]),
    "view": (["CREATE VIEW all_niks AS SELECT nik FROM person"], ["DROP VIEW all_niks"]),
    "audit guard emptied": (
        ["ALTER FUNCTION pulih_audit_append_only() RENAME TO pulih_guard_kept",
         "CREATE FUNCTION pulih_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS "
         "$$ BEGIN RETURN NEW; END $$"],
        ["DROP FUNCTION pulih_audit_append_only()",
         "ALTER FUNCTION pulih_guard_kept() RENAME TO pulih_audit_append_only"]),
}


@pytest.mark.parametrize("kind", sorted(PLANTED))
def test_a_backup_with_planted_objects_is_refused(live, tmp_path, kind):
    target, admin, intake, base, _name = live
    register_person(intake, person(1))
    backup = backup_with(target, admin, tmp_path, *PLANTED[kind])
    register_person(intake, person(2))
    with pytest.raises(BackupError) as err:
        restore_database(admin, target, backup)
    assert "objects that Pulih never makes" in err.value.english()
    assert names() == {"Klien Server 1", "Klien Server 2"}
    assert no_scratch(base)


def test_a_newer_schema_backup_is_refused(live, tmp_path):
    target, admin, intake, base, _name = live
    register_person(intake, person(1))
    backup = backup_with(
        target, admin, tmp_path,
        ["INSERT INTO schema_migration (name, applied) VALUES ('0099_future', now())"],
        ["DELETE FROM schema_migration WHERE name = '0099_future'"])
    register_person(intake, person(2))
    with pytest.raises(BackupError) as err:
        restore_database(admin, target, backup)
    assert "newer version of Pulih" in err.value.english()
    assert len(names()) == 2 and no_scratch(base)


def test_another_facilitys_backup_needs_an_explicit_confirmation(live, tmp_path):
    target, admin, intake, base, name = live
    save_facility(admin, FACILITY)
    register_person(intake, person(1))
    backup = backup_with(target, admin, tmp_path,
                         ["UPDATE facility SET code = 'BNNP-LAIN'"],
                         [f"UPDATE facility SET code = '{FACILITY.code}'"])
    register_person(intake, person(2))
    with pytest.raises(BackupError) as err:
        restore_database(admin, target, backup)
    assert "another facility" in err.value.english() and "BNNP-LAIN" in err.value.english()
    assert len(names()) == 2 and no_scratch(base)
    restore_database(admin, target, backup, other_facility=True)
    assert names() == {"Klien Server 1"}


def test_a_good_restore_swaps_and_keeps_the_safety_copy(live, tmp_path):
    target, admin, intake, base, name = live
    register_person(intake, person(1))
    backup = backup_now(admin, target, tmp_path).path
    register_person(intake, person(2))
    result = restore_database(admin, target, backup)
    assert names() == {"Klien Server 1"}
    safety = str(result.safety_copy)
    assert safety.startswith(name + "_before_restore_")
    assert databases(base, safety) == [safety] and no_scratch(base)
    with psycopg.connect(_with_database(base, safety)) as conn:
        kept = {r[0] for r in conn.execute("SELECT full_name FROM person").fetchall()}
    assert kept == {"Klien Server 1", "Klien Server 2"}


def test_only_the_newest_safety_copies_are_kept(live, tmp_path):
    target, admin, intake, base, name = live
    register_person(intake, person(1))
    backup = backup_now(admin, target, tmp_path).path
    for day in (1, 2, 3):
        restore_database(admin, target, backup, now=dt.datetime(2026, 12, day, 9, 0))
    kept = databases(base, name + "_before_restore_%")
    assert [k[len(name):] for k in kept] == ["_before_restore_20261202-090000",
                                             "_before_restore_20261203-090000"]


def test_a_truncated_archive_leaves_the_live_database_and_no_scratch(live, tmp_path):
    target, admin, intake, base, name = live
    register_person(intake, person(1))
    backup = backup_now(admin, target, tmp_path).path
    register_person(intake, person(2))
    data = backup.read_bytes()
    backup.write_bytes(data[: len(data) * 3 // 4])
    with pytest.raises(BackupError):
        restore_database(admin, target, backup)
    assert names() == {"Klien Server 1", "Klien Server 2"}
    assert no_scratch(base)
    assert databases(base, name + "_before_restore_%") == []


def test_another_desk_still_connected_is_named_not_cut_off(live, tmp_path):
    target, admin, intake, base, name = live
    register_person(intake, person(1))
    backup = backup_now(admin, target, tmp_path).path
    register_person(intake, person(2))
    with psycopg.connect(_with_database(base, name), application_name="pulih-desk-2") as desk:
        with pytest.raises(BackupError) as err:
            restore_database(admin, target, backup)
        assert "other connection" in err.value.english()
        assert "pulih-desk-2" in err.value.english()
        assert desk.execute("SELECT 1").fetchone() == (1,)  # not cut off
    assert names() == {"Klien Server 1", "Klien Server 2"}
    assert no_scratch(base) and databases(base, name + "_before_restore_%") == []


def test_a_backup_running_at_another_desk_is_named_as_such(live, tmp_path):
    target, admin, intake, base, name = live
    register_person(intake, person(1))
    backup = backup_now(admin, target, tmp_path).path
    with psycopg.connect(_with_database(base, name), application_name="pg_dump"):
        with pytest.raises(BackupError) as err:
            restore_database(admin, target, backup)
    assert "backup of the database is being made" in err.value.english()
    assert no_scratch(base)


def test_the_restore_command_keeps_as_many_safety_copies_as_asked(live, tmp_path, capsys, qapp):
    import main
    target, admin, intake, base, name = live
    register_person(intake, person(1))
    backup = backup_now(admin, target, tmp_path).path
    dbmod.close()
    for _ in range(2):
        assert main.main(["restore", str(backup), "--database-url", target.location,
                          "--keep-safety", "1"]) == 0
    out = capsys.readouterr().out
    assert f"{name}_before_restore_" in out and "BNNK" not in out
    assert len(databases(base, name + "_before_restore_%")) == 1 and no_scratch(base)


def test_a_scratch_database_a_killed_restore_left_is_dropped_by_the_next(live, tmp_path):
    target, admin, intake, base, name = live
    register_person(intake, person(1))
    backup = backup_now(admin, target, tmp_path).path
    with admin_conn(base) as conn:
        conn.execute('CREATE DATABASE "pulih_restore_check_1_dead00"')
    try:
        restore_database(admin, target, backup)
    finally:
        with admin_conn(base) as conn:
            left = conn.execute("SELECT count(*) FROM pg_database WHERE datname = "
                                "'pulih_restore_check_1_dead00'").fetchone()[0]
            conn.execute('DROP DATABASE IF EXISTS "pulih_restore_check_1_dead00"')
    assert left == 0 and no_scratch(base)


EVIL_ROLE = "pulih_e2_planted_role"


def test_a_tampered_backup_cannot_act_as_superuser_while_it_is_checked(live, tmp_path):
    """The backup's own SQL (here a view in place of the migrations table, calling a
    function that makes a role) runs with a role that has no rights on the server."""
    target, admin, intake, base, name = live
    register_person(intake, person(1))
    backup = backup_with(target, admin, tmp_path, [
        "ALTER TABLE schema_migration RENAME TO schema_migration_real",
        "CREATE FUNCTION sneak() RETURNS SETOF text LANGUAGE plpgsql AS $$ BEGIN "
        f"EXECUTE 'CREATE ROLE {EVIL_ROLE} SUPERUSER LOGIN'; "
        "RETURN QUERY SELECT name::text FROM schema_migration_real; END $$",
        "CREATE VIEW schema_migration AS SELECT sneak() AS name"], [
        "DROP VIEW schema_migration", "DROP FUNCTION sneak()",
        "ALTER TABLE schema_migration_real RENAME TO schema_migration"])
    try:
        with pytest.raises(BackupError):
            restore_database(admin, target, backup)
        with admin_conn(base) as conn:
            made = conn.execute("SELECT count(*) FROM pg_roles WHERE rolname = %s",
                                (EVIL_ROLE,)).fetchone()[0]
            leftover_roles = conn.execute("SELECT count(*) FROM pg_roles WHERE rolname "
                                          "LIKE 'pulih_restore_role_%'").fetchone()[0]
    finally:
        with admin_conn(base) as conn:
            conn.execute(f"DROP ROLE IF EXISTS {EVIL_ROLE}")
    assert made == 0 and leftover_roles == 0
    assert names() == {"Klien Server 1"} and no_scratch(base)


def test_a_restore_keeps_the_owner_and_app_roles_working(roles_db, tmp_path):  # noqa: F811
    """On a server set up with `pg-roles`, the restored database still lets the desks' data
    role read and write and still refuses it the audit trail."""
    from main import main
    from tests.test_pg_roles import _url, refused
    super_url, name, owner, app = roles_db
    assert main(["pg-roles", "--owner", owner, "--app", app, "--apply",
                 "--database-url", super_url]) == 0
    target = DatabaseTarget("postgres", super_url)
    open_database(target)
    made = backup_now(None, target, tmp_path)
    dbmod.close()
    result = restore_database(None, target, made.path)
    dbmod.close()
    app_url = _url(os.environ[PG_ENV], app, name)
    with psycopg.connect(app_url) as conn:
        assert conn.execute("SELECT count(*) FROM staff").fetchone()[0] == 2
    assert "permission denied" in refused(app_url, "TRUNCATE audit_event")
    with psycopg.connect(super_url) as conn:  # the owner role still owns Pulih's tables
        assert {r[0] for r in conn.execute("SELECT tableowner FROM pg_tables WHERE "
                                           "schemaname = 'public'").fetchall()} == {owner}
    with admin_conn(os.environ[PG_ENV]) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{result.safety_copy}" WITH (FORCE)')
        left = conn.execute("SELECT count(*) FROM pg_roles WHERE rolname LIKE "
                            "'pulih_restore_role_%'").fetchone()[0]
    assert left == 0
