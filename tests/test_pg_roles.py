"""The PostgreSQL roles (issue 11, fault 4): as the data-only app role the program works, but
TRUNCATE, UPDATE and DELETE of the audit tables and any DDL are refused; the owner (what the
program used to connect as) could empty both audit tables."""
from __future__ import annotations

import os
import uuid
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest

from main import main
from models.core.errors import DatabaseProblem, ValidationError
from models.db import connection as dbmod
from models.db.connection import DatabaseTarget
from models.db.pg_roles import role_sql
from models.db.schema import open_database
from models.people.registry import register_person
from models.safety import accounts, audit
from models.seals.audit_chain import verify_chain
from tests.conftest import SAMPLE_PERSON


def _url(base: str, user: str | None, database: str) -> str:
    parts = urlsplit(base)
    netloc = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit(parts._replace(netloc=f"{user}@{netloc}" if user else parts.netloc,
                                     path="/" + database))


@pytest.fixture
def roles_db(pg_url, qapp):
    """A new database with an admin and a person in it, made by the superuser; the names
    of the database, the owner role and the app role (all dropped afterwards)."""
    base = os.environ["PULIH_TEST_DATABASE_URL"]
    tag = f"{os.getpid()}_{uuid.uuid4().hex[:6]}"
    name, owner, app = f"pulih_roles_{tag}", f"pulih_owner_{tag}", f"pulih_app_{tag}"
    admin_url = _url(base, None, "postgres")
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    super_url = _url(base, None, name)
    open_database(DatabaseTarget("postgres", super_url))
    admin = accounts.create_first_admin("admin", "Admin Fasilitas", "admin-password-1")
    accounts.create_staff(admin, "intake", "Petugas", "intake", "intake-password-1")
    dbmod.close()
    yield super_url, name, owner, app
    dbmod.close()
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        for role in (app, owner):
            conn.execute(f"DROP ROLE IF EXISTS {role}")


def refused(url: str, sql: str) -> str:
    """The error PostgreSQL gives ``sql`` run at ``url`` ('' when it was allowed; rolled
    back either way)."""
    with psycopg.connect(url) as conn:
        try:
            conn.execute(sql)
        except psycopg.Error as exc:
            return str(exc)
        finally:
            conn.rollback()
    return ""


@pytest.mark.postgres
def test_the_app_role_works_but_cannot_rewrite_or_empty_the_trail(roles_db, capsys):
    super_url, name, owner, app = roles_db
    # the fault: whoever owns the tables (what the desks used to connect as) empties both
    assert refused(super_url, "TRUNCATE audit_event, audit_head") == ""
    assert main(["pg-roles", "--owner", owner, "--app", app, "--apply",
                 "--database-url", super_url]) == 0
    app_url = _url(os.environ["PULIH_TEST_DATABASE_URL"], app, name)
    for sql in ("TRUNCATE audit_event", "TRUNCATE audit_head", "TRUNCATE person",
                "UPDATE audit_event SET action = 'x'", "DELETE FROM audit_event",
                "DELETE FROM audit_head", "UPDATE audit_head SET id = 2",
                "ALTER TABLE audit_event DISABLE TRIGGER USER",
                "DROP TRIGGER audit_event_next_link ON audit_event",
                "CREATE TABLE hidden (id int)", "DROP TABLE person",
                "CREATE TRIGGER t AFTER INSERT ON person FOR EACH ROW "
                "EXECUTE FUNCTION pulih_audit_next_link()",
                "ALTER TABLE person ADD COLUMN x int", "CREATE INDEX i ON person (id)"):
        assert "permission denied" in refused(app_url, sql) or "must be owner" in \
            refused(app_url, sql), sql
    # check --audit warns about a connection that could empty the trail, not about the app
    capsys.readouterr()
    assert main(["check", "--audit", "--database-url", super_url]) == 0
    assert "pg-roles" in capsys.readouterr().out
    assert main(["check", "--audit", "--database-url", app_url]) == 0
    assert "pg-roles" not in capsys.readouterr().out
    # the desks' own work goes on as the app role
    target = DatabaseTarget("postgres", app_url)
    open_database(target)
    try:
        intake = accounts.authenticate("intake", "intake-password-1")
        person = register_person(intake, SAMPLE_PERSON)
        audit.record(intake, "person.view", "person", person, person)
        report = verify_chain()
        assert report.ok and report.events >= 4
    finally:
        dbmod.close()
    assert main(["pg-roles", "--owner", owner, "--app", app, "--apply",
                 "--database-url", super_url]) == 0  # again after an upgrade: still fine

    # a new version's migration is pending: the app role is told to ask for pg-roles, not
    # that the database is damaged
    with psycopg.connect(super_url, autocommit=True) as conn:
        conn.execute("DELETE FROM schema_migration WHERE name = "
                     "(SELECT max(name) FROM schema_migration)")
    with pytest.raises(DatabaseProblem) as err:
        open_database(target)
    assert "pg-roles --apply" in err.value.english() and "restore" not in err.value.english()


def test_role_names_are_checked():
    for owner, app in (("pulih_owner", "pulih_owner"), ("Robert'); DROP", "pulih_app"),
                       ("pulih_owner", "")):
        with pytest.raises(ValidationError):
            role_sql(owner, app, "pulih")
    sql = "\n".join(role_sql("pulih_owner", "pulih_app", 'odd"name'))
    assert 'DATABASE "odd""name"' in sql and "TRUNCATE ON audit_event" in sql


def test_pg_roles_refuses_sqlite(tmp_path, qapp, capsys):
    assert main(["pg-roles", "--db", str(tmp_path / "x.sqlite3")]) == 2
