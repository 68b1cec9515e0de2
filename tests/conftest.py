"""Shared fixtures: a fresh migrated database per test on SQLite and, when
PULIH_TEST_DATABASE_URL is set, on PostgreSQL; staff of every role; a registered person."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PULIH_LANG", "id")

import datetime as dt
import shutil
import uuid
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest

from models.admin.tables import ALL_MODELS
from models.db import connection as dbmod
from models.db.connection import DatabaseTarget, resolve_target
from models.db.schema import open_database
from models.people.registry import PersonInput, register_person
from models.safety import accounts

PG_ENV = "PULIH_TEST_DATABASE_URL"
ENGINES = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/" + name))


@pytest.fixture(scope="session")
def pg_url():
    """A scratch PostgreSQL database for this test session, dropped at the end."""
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"{PG_ENV} is not set: PostgreSQL tests skipped")
    name = f"pulih_test_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    admin = base.replace("postgresql://", "postgres://", 1)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = _with_database(base, name)
    open_database(DatabaseTarget("postgres", url))
    dbmod.close()
    yield url
    dbmod.close()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        # safety copies a restore renamed aside (models/backup/restore_postgres.py)
        for (kept,) in conn.execute("SELECT datname FROM pg_database WHERE datname LIKE %s",
                                    (name + "_before_restore_%",)).fetchall():
            conn.execute(f'DROP DATABASE IF EXISTS "{kept}" WITH (FORCE)')


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    """A migrated, empty SQLite file that each test copies (migrating once is faster)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    open_database(resolve_target(str(path)))
    dbmod.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    dbmod.close()
    return path


def _truncate_all() -> None:
    tables = ", ".join(f'"{m._meta.table_name}"' for m in ALL_MODELS)
    dbmod.database.execute_sql(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")


@pytest.fixture(params=ENGINES)
def db(request, tmp_path):
    """A fresh, migrated, empty database bound to models.db.connection.database; yields its
    target."""
    if request.param == "sqlite":
        template = request.getfixturevalue("sqlite_template")
        path = tmp_path / "pulih.sqlite3"
        shutil.copyfile(template, path)
        target = resolve_target(str(path))
        open_database(target)
    else:
        target = DatabaseTarget("postgres", request.getfixturevalue("pg_url"))
        open_database(target)
        _truncate_all()
    yield target
    dbmod.close()


@pytest.fixture
def staff(db):
    """One active member of each role, named by role: admin, intake, counselor, doctor."""
    admin = accounts.create_first_admin("admin", "Admin Fasilitas", "admin-password-1")
    members = {"admin": admin}
    for role, name in (("intake", "Petugas Pendaftaran"), ("counselor", "Konselor Adiksi"),
                       ("doctor", "Dokter Pemeriksa")):
        members[role] = accounts.create_staff(admin, role, name, role, f"{role}-password-1")
    return members


SAMPLE_PERSON = PersonInput(
    full_name="Siti Rahmawati", sex="P", birth_date=dt.date(1995, 8, 17),
    nik="3273055708950003", birth_place="Bandung", address="Jl. Cihampelas No. 12",
    rt_rw="003/007", village="Cipaganti", district="Coblong", regency="Kota Bandung",
    phone="0812-3456-7890")


@pytest.fixture
def person_id(staff):
    """A registered person (registered by the intake desk)."""
    return register_person(staff["intake"], SAMPLE_PERSON)
