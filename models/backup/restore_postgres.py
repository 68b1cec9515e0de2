"""Restoring a backup on PostgreSQL with the same promise as on SQLite: the chosen backup is
checked completely before anything changes, and the database in use is never lost.

Order of work (:func:`restore_postgres`):

1. :func:`stage_pg`: the archive is restored (``pg_restore`` in one transaction) into a
   scratch database of the same server, ``pulih_restore_check_<pid>_<random>``, and
   checked there (after dropping what a killed restore left):
   a Pulih database, a schema no newer than this program's, and exactly Pulih's own schema
   objects (tables and columns, constraints, indexes, triggers, functions, views, rules,
   policies, types, event triggers, extensions), compared with a fresh database migrated
   to the backup's version (built once per process in a second scratch database). Until
   here the database in use is only read; on any failure the scratch databases are
   dropped.
2. :func:`swap_in_pg`: with the app's own connection closed and no other connection to the
   database in use (other desks are never cut off: the restore is refused, naming them),
   the live database is renamed aside as a safety copy and the checked scratch database
   renamed into its place. If the second rename fails the first is undone.
3. Only the newest :data:`KEEP_SAFETY` safety copies are kept (unless told otherwise).
"""
from __future__ import annotations

import datetime as dt
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg
from playhouse.migrations import Runner

from models.backup.backup import (
    KEEP_SAFETY,
    MSG_BACKUP_RUNNING,
    MSG_NOT_A_BACKUP,
    STAMP,
    BackupError,
)
from models.backup.postgres import _run, _split, dump_problem
from models.backup.postgres_schema import differences, pg_schema_objects
from models.backup.restore_check import (
    MSG_FOREIGN_OBJECTS,
    BackupReport,
    DataSummary,
    RestoreRefused,
    applied_migrations,
)
from models.core.cancel import CancelToken, check_cancel
from models.core.errors import QT_TRANSLATE_NOOP
from models.db import connection as dbmod

C = "Errors"
MSG_OTHER_CONNECTIONS = QT_TRANSLATE_NOOP(
    C, "The database is still in use by {count} other connection(s) ({who}). Pulih does not "
    "cut them off: close Pulih at the other desks (and any other program using the database), "
    "then restore again. Nothing was changed.")
MSG_SERVER_FAILED = QT_TRANSLATE_NOOP(
    C, "The database server refused the restore ({detail}). Nothing was changed: the "
    "database in use is as it was.")

SCRATCH_PREFIX = "pulih_restore_check_"
REFERENCE_PREFIX = "pulih_restore_ref_"
SAFETY_INFIX = "_before_restore_"


@dataclass(frozen=True)
class Server:
    """Where the database in use lives: connection parameters and its name."""

    params: dict[str, Any]
    name: str
    url: str

    def connect(self, dbname: str) -> psycopg.Connection:
        return psycopg.connect(dbname=dbname, autocommit=True, connect_timeout=10,
                               **self.params)

    def admin(self) -> psycopg.Connection:
        """A connection to the server's maintenance database (never the one in use)."""
        try:
            return self.connect("postgres")
        except psycopg.OperationalError:
            return self.connect("template1")

    def url_of(self, dbname: str) -> str:
        return urlunsplit(urlsplit(self.url)._replace(path="/" + dbname))


def server_of(url: str) -> Server:
    parts = urlsplit(url)
    params: dict[str, Any] = {"host": parts.hostname or "localhost", "port": parts.port or 5432}
    if parts.username:
        params["user"] = parts.username
    if parts.password:
        params["password"] = parts.password
    return Server(params, parts.path.lstrip("/") or "pulih", url)


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def scratch_name(prefix: str = SCRATCH_PREFIX) -> str:
    """A scratch database's name: this process and a random part (desks share a server)."""
    return f"{prefix}{os.getpid()}_{secrets.token_hex(3)}"


def clean_leftovers(server: Server) -> list[str]:
    """Drop the scratch databases a killed restore left on the server. One another desk is
    still using has a connection, and PostgreSQL refuses to drop it (no FORCE here)."""
    gone = []
    with server.admin() as conn:
        names = [str(r[0]) for r in conn.execute(
            "SELECT datname FROM pg_database WHERE starts_with(datname, %s) OR "
            "starts_with(datname, %s)", (SCRATCH_PREFIX, REFERENCE_PREFIX)).fetchall()]
        for name in names:
            try:
                conn.execute(f"DROP DATABASE IF EXISTS {_ident(name)}")
                gone.append(name)
            except psycopg.errors.ObjectInUse:
                continue  # another desk's restore or check, still running
        for (role,) in conn.execute("SELECT rolname FROM pg_roles WHERE starts_with("
                                    "rolname, %s)", (ROLE_PREFIX,)).fetchall():
            try:  # refused while it still owns a scratch database in use
                conn.execute(f"DROP ROLE IF EXISTS {_ident(role)}")
            except psycopg.Error:
                continue
    return gone


def _drop(server: Server, name: str) -> None:
    with server.admin() as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {_ident(name)} WITH (FORCE)")


def _create_like(server: Server, name: str, owner: str | None = None) -> None:
    """An empty database ``name`` with the encoding, locale and owner of the one in use
    (or ``owner``)."""
    with server.admin() as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {_ident(name)} WITH (FORCE)")
        row = conn.execute(
            "SELECT pg_encoding_to_char(encoding), datcollate, datctype, "
            "pg_get_userbyid(datdba), current_user FROM pg_database WHERE datname = %s",
            (server.name,)).fetchone()
        sql = f"CREATE DATABASE {_ident(name)} TEMPLATE template0"
        if row is not None:
            encoding, collate, ctype, live_owner, me = row
            sql += (f" ENCODING '{encoding}' LC_COLLATE '{collate}' LC_CTYPE '{ctype}'")
            if owner is None and live_owner != me:
                owner = live_owner
        if owner is not None:
            sql += f" OWNER {_ident(owner)}"
        conn.execute(sql)


# --- a role without rights for the backup's own SQL ----------------------------------------

ROLE_PREFIX = "pulih_restore_role_"


def _sandbox(server: Server, backup_listing: str) -> str | None:
    """A role with no rights beyond owning the scratch database, as which the backup's SQL
    runs (``pg_restore --role``), so a tampered archive cannot reach the server (roles,
    files, programs) while it is checked. None when the restorer is no superuser (its SQL
    then runs with the restorer's own, already limited, rights). The role may act for the
    non-superuser roles the backup's default privileges name (Pulih's owner role)."""
    with server.admin() as conn:
        if not _scalar(conn, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"):
            return None
        role = scratch_name(ROLE_PREFIX)
        conn.execute(f"CREATE ROLE {_ident(role)} NOLOGIN NOSUPERUSER NOCREATEDB "
                     "NOCREATEROLE NOREPLICATION NOBYPASSRLS")
        for line in backup_listing.splitlines():
            if " DEFAULT ACL " in line:
                named = line.split()[-1]
                ok = conn.execute("SELECT NOT rolsuper FROM pg_roles WHERE rolname = %s",
                                  (named,)).fetchone()
                if ok and ok[0]:
                    conn.execute(f"GRANT {_ident(named)} TO {_ident(role)}")
        return role


def _drop_role(server: Server, role: str | None) -> None:
    if role is not None:
        with server.admin() as conn:
            conn.execute(f"DROP ROLE IF EXISTS {_ident(role)}")


def _hand_over(server: Server, scratch: str, role: str) -> None:
    """Give what the sandbox role made to the owner of the tables in use (Pulih's owner role
    after ``pg-roles``), the scratch database to the owner of the database in use; drop
    the role."""
    with server.admin() as conn:
        row = conn.execute("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE "
                           "datname = %s", (server.name,)).fetchone()
        db_owner = row[0] if row else _scalar(conn, "SELECT current_user")
    tables_owner = db_owner
    try:
        with server.connect(server.name) as conn:
            row = conn.execute("SELECT tableowner FROM pg_tables WHERE schemaname = 'public' "
                               "AND tablename = %s", (dbmod.MARKER_TABLE,)).fetchone()
            tables_owner = row[0] if row else db_owner
    except psycopg.Error:
        pass  # the database in use cannot be read: its database owner takes them
    with server.connect(scratch) as conn:
        conn.execute(f"REASSIGN OWNED BY {_ident(role)} TO {_ident(tables_owner)}")
        conn.execute(f"DROP OWNED BY {_ident(role)}")
    with server.admin() as conn:
        conn.execute(f"ALTER DATABASE {_ident(scratch)} OWNER TO {_ident(db_owner)}")
        conn.execute(f"DROP ROLE {_ident(role)}")


# --- Pulih's own schema objects (models/backup/postgres_schema.py) ----------------------------

#: Reference objects per (server, migrations applied): built once per process.
_REFERENCES: dict[tuple[str, int, str, tuple[str, ...]], frozenset[tuple[str, str, str]]] = {}


def _build_reference(server: Server, applied: tuple[str, ...]
                     ) -> frozenset[tuple[str, str, str]]:
    name = scratch_name(REFERENCE_PREFIX)
    _create_like(server, name)
    try:
        fresh = dbmod.postgres_database(server.url_of(name))
        fresh.connect()
        try:
            runner = Runner(fresh, str(Path(dbmod.__file__).with_name("migrations")),
                            table_name=dbmod.MARKER_TABLE)
            runner.History.create_table()
            for migration in runner.migrations():
                if migration.name in applied:
                    runner._run(migration.name, migration.load(), "up")
        finally:
            fresh.close()
        with server.connect(name) as conn:
            return frozenset(pg_schema_objects(conn))
    finally:
        _drop(server, name)


def reference_objects(server: Server, applied: tuple[str, ...]
                      ) -> frozenset[tuple[str, str, str]]:
    """The objects of a fresh database of this server with exactly ``applied`` migrations."""
    key = (str(server.params["host"]), int(server.params["port"]),
           str(server.params.get("user", "")), applied)
    if key not in _REFERENCES:
        _REFERENCES[key] = _build_reference(server, applied)
    return _REFERENCES[key]


# --- what each side holds ---------------------------------------------------------------

def _scalar(conn: psycopg.Connection, sql: str, params: tuple[Any, ...] = ()) -> Any:
    """The first column of the row of ``sql``, a query that always returns one (an
    aggregate, a server function)."""
    row = conn.execute(sql, params).fetchone()
    if row is None:
        raise psycopg.DataError(f"no row returned by {sql!r}")
    return row[0]


def _exists(conn: psycopg.Connection, table: str) -> bool:
    return bool(_scalar(conn, "SELECT to_regclass(%s) IS NOT NULL", (f"public.{table}",)))


def _count(conn: psycopg.Connection, table: str) -> int:
    if not _exists(conn, table):
        return 0
    return int(_scalar(conn, f"SELECT count(*) FROM {_ident(table)}"))


def pg_summary(conn: psycopg.Connection) -> DataSummary:
    """Facility, counts, schema version and newest event of the database on ``conn``."""
    code, name = "", ""
    if _exists(conn, "facility"):
        row = conn.execute("SELECT code, name_lines FROM facility ORDER BY id LIMIT 1"
                           ).fetchone()
        if row:
            code = str(row[0] or "")
            lines = row[1]
            if isinstance(lines, str):
                try:
                    lines = json.loads(lines or "[]")
                except ValueError:
                    lines = []
            name = str(lines[-1]) if isinstance(lines, list) and lines else ""
    newest = None
    if _exists(conn, "audit_event"):
        value = _scalar(conn, "SELECT max(at) FROM audit_event")
        if isinstance(value, str):
            try:
                value = dt.datetime.fromisoformat(value)
            except ValueError:
                value = None
        newest = value if isinstance(value, dt.datetime) else None
    version = 0
    if _exists(conn, dbmod.MARKER_TABLE):
        names = [str(r[0]) for r in conn.execute(
            f"SELECT name FROM {_ident(dbmod.MARKER_TABLE)}").fetchall()]
        version = max((int(n.split("_", 1)[0]) for n in names if n[:1].isdigit()), default=0)
    return DataSummary(code, name, _count(conn, "person"), _count(conn, "episode"),
                       _count(conn, "document"), version, newest, False)


def current_summary(server: Server) -> DataSummary | None:
    """What the database in use holds; None when it cannot be read."""
    try:
        with server.connect(server.name) as conn:
            return pg_summary(conn) if _exists(conn, dbmod.MARKER_TABLE) else None
    except psycopg.Error:
        return None


# --- 1. restore into a scratch database and check it ---------------------------------------

def stage_pg(url: str, backup: Path, cancel: CancelToken | None = None
             ) -> tuple[BackupReport, str]:
    """Restore ``backup`` into a scratch database of the server of ``url`` and check it
    completely. Returns the report and the scratch database's name (the caller swaps it in
    or drops it with :func:`discard`); on failure no scratch database is left."""
    problem = dump_problem(backup)
    if problem:
        raise RestoreRefused(MSG_NOT_A_BACKUP, path=str(backup), detail=problem)
    server = server_of(url)
    scratch = scratch_name()
    role = None
    try:
        clean_leftovers(server)
        role = _sandbox(server, _run("pg_restore", ["--list", str(backup)], dict(os.environ)))
        _create_like(server, scratch, owner=role)
        check_cancel(cancel)
        address, env = _split(server.url_of(scratch))
        as_role = [f"--role={role}"] if role else []
        try:
            _run("pg_restore", ["--no-owner", "--single-transaction", "--exit-on-error",
                                *as_role, f"--dbname={address}", str(backup)], env)
        except BackupError as exc:
            raise RestoreRefused(MSG_NOT_A_BACKUP, path=str(backup),
                                 detail=str(exc.params.get("detail", ""))[:200]) from exc
        check_cancel(cancel)
        with server.connect(scratch) as conn:
            if role:  # nothing the backup defined runs with more rights than its own
                conn.execute(f"SET ROLE {_ident(role)}")
            if not _exists(conn, dbmod.MARKER_TABLE):
                raise RestoreRefused(MSG_NOT_A_BACKUP, path=str(backup),
                                     detail="no Pulih tables")
            applied = applied_migrations(conn, backup)
            check_cancel(cancel)
            problems = differences(pg_schema_objects(conn), reference_objects(server, applied))
            if problems:
                raise RestoreRefused(MSG_FOREIGN_OBJECTS, path=str(backup),
                                     detail=", ".join(problems[:4])[:300])
            summary = pg_summary(conn)
        if role:
            _hand_over(server, scratch, role)
            role = None
    except BaseException as exc:
        try:
            _drop(server, scratch)
            _drop_role(server, role)
        except psycopg.Error:
            pass  # the first failure is the one to report
        if isinstance(exc, psycopg.Error):
            raise BackupError(MSG_SERVER_FAILED, detail=str(exc).strip()[:200]) from exc
        raise
    current = current_summary(server)
    foreign = bool(current and current.facility_code and summary.facility_code
                   and current.facility_code != summary.facility_code)
    return BackupReport(backup, summary, current, foreign, False), scratch


def discard(url: str, scratch: str) -> None:
    """Drop a scratch database that is not swapped in."""
    _drop(server_of(url), scratch)


def inspect_pg(url: str, backup: Path, cancel: CancelToken | None = None) -> BackupReport:
    """Check ``backup`` completely (restored into a scratch database, dropped again)."""
    report, scratch = stage_pg(url, backup, cancel)
    discard(url, scratch)
    return report


# --- 2. swap ---------------------------------------------------------------------------------

def safety_name(live: str, now: dt.datetime) -> str:
    return f"{live[:30]}{SAFETY_INFIX}{now.strftime(STAMP)}"[:63]


def _others(conn: psycopg.Connection, name: str) -> list[tuple[str, str]]:
    return [(str(a or ""), str(c or "local")) for a, c in conn.execute(
        "SELECT application_name, host(client_addr) FROM pg_stat_activity "
        "WHERE datname = %s AND pid <> pg_backend_pid()", (name,)).fetchall()]


def _refuse_others(others: list[tuple[str, str]]) -> None:
    if any(app.startswith("pg_dump") for app, _addr in others):
        raise BackupError(MSG_BACKUP_RUNNING)
    who = ", ".join(sorted({f"{app or '?'} @ {addr}" for app, addr in others}))[:200]
    raise BackupError(MSG_OTHER_CONNECTIONS, count=len(others), who=who)


def swap_in_pg(url: str, scratch: str, now: dt.datetime | None = None) -> str:
    """Rename the database in use aside (the safety copy, returned) and the checked
    ``scratch`` database into its place. The caller has closed its own connection."""
    server = server_of(url)
    safety = safety_name(server.name, now or dt.datetime.now())
    with server.admin() as conn:
        taken = {r[0] for r in conn.execute("SELECT datname FROM pg_database").fetchall()}
        base, counter = safety, 1
        while safety in taken:
            counter += 1
            safety = f"{base[:60]}_{counter}"
        others = _others(conn, server.name)
        if others:
            _refuse_others(others)
        try:
            conn.execute(f"ALTER DATABASE {_ident(server.name)} RENAME TO {_ident(safety)}")
        except psycopg.errors.ObjectInUse:
            _refuse_others(_others(conn, server.name) or [("?", "?")])
        except psycopg.Error as exc:
            raise BackupError(MSG_SERVER_FAILED, detail=str(exc).strip()[:200]) from exc
        try:
            conn.execute(f"ALTER DATABASE {_ident(scratch)} RENAME TO {_ident(server.name)}")
        except BaseException as exc:
            conn.execute(f"ALTER DATABASE {_ident(safety)} RENAME TO {_ident(server.name)}")
            if isinstance(exc, psycopg.Error):
                raise BackupError(MSG_SERVER_FAILED, detail=str(exc).strip()[:200]) from exc
            raise
    return safety


def prune_safety_pg(url: str, keep: int = KEEP_SAFETY) -> list[str]:
    """Drop all but the newest ``keep`` safety copies of the database in use."""
    server = server_of(url)
    prefix = f"{server.name[:30]}{SAFETY_INFIX}"
    with server.admin() as conn:
        names = sorted((str(r[0]) for r in conn.execute(
            "SELECT datname FROM pg_database WHERE starts_with(datname, %s)",
            (prefix,)).fetchall()), reverse=True)
        gone = names[max(keep, 0):]
        for name in gone:
            conn.execute(f"DROP DATABASE IF EXISTS {_ident(name)}")
    return gone


def restore_postgres(url: str, backup: Path, *, other_facility: bool = False,
                     now: dt.datetime | None = None, keep_safety: int = KEEP_SAFETY,
                     cancel: CancelToken | None = None) -> tuple[BackupReport, str]:
    """Check ``backup`` in a scratch database, then swap it in for the (closed) database
    at ``url``; returns the report and the safety copy's database name."""
    from models.backup.restore import refuse_without_choice
    report, scratch = stage_pg(url, backup, cancel)
    try:
        refuse_without_choice(report, other_facility, False)
        safety = swap_in_pg(url, scratch, now)
    except BaseException:
        discard(url, scratch)
        raise
    prune_safety_pg(url, keep_safety)
    return report, safety
