"""Opening a database: probe, connect, check, and run pending migrations after a backup.

Migrations are numbered scripts in ``models/migrations`` applied by peewee's own runner
(``playhouse.migrations``); the schema version is the number of the newest one applied.
"""
from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import peewee
from playhouse.migrations import Migration, Runner

from models.core.errors import (
    MSG_DAMAGED,
    MSG_NEWER,
    MSG_NOT_PULIH,
    QT_TRANSLATE_NOOP,
    DatabaseProblem,
)
from models.core.redaction import redact
from models.db import cipher
from models.db import connection as dbmod
from models.db import problems as db_errors
from models.db.connection import DatabaseTarget, database

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
MSG_NEEDS_OWNER = QT_TRANSLATE_NOOP(
    "Errors", "This version of Pulih must first upgrade the database (schema {found} to "
    "{known}), and the role the desks connect as may not change the schema. Nothing was "
    "changed and nothing is damaged. Ask the administrator to run "
    "\"python main.py pg-roles --apply\" as the owner role, then start Pulih again.")


def known_version() -> int:
    """The newest schema version this program knows."""
    return max(m.idx for m in Migration.load_directory(str(MIGRATIONS_DIR)))


def _runner() -> Runner:
    return Runner(database.obj, str(MIGRATIONS_DIR), table_name=dbmod.MARKER_TABLE)


def current_version() -> int:
    """The schema version of the bound database (0 for an empty one)."""
    applied = _runner().applied()
    return max((int(name.split("_", 1)[0]) for name in applied if name[:1].isdigit()),
               default=0)


def backup_sqlite(path: Path, suffix: str, key: str | None = None) -> Path:
    """Copy a live SQLite database through the online backup API (never a file copy); an
    encrypted one stays encrypted with the same ``key``."""
    from models.db.sqlite_file import copy_sqlite
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{suffix}-{stamp}.sqlite3")
    copy_sqlite(path, target, key=key)
    return target


def integrity_problem(full: bool = False) -> str | None:
    """None when the bound database is sound, else the first complaint of SQLite."""
    if not dbmod.is_sqlite():
        return None
    pragma = "integrity_check" if full else "quick_check"
    rows = database.execute_sql(f"PRAGMA {pragma}").fetchall()
    if rows and rows[0][0] == "ok":
        return None
    return "; ".join(str(r[0]) for r in rows[:3])


def migrate(target: DatabaseTarget) -> list[str]:
    """Apply pending migrations to the bound database; back up an existing SQLite file first."""
    runner = _runner()
    version, known = current_version(), known_version()
    if version > known:
        raise DatabaseProblem(MSG_NEWER, found=version, known=known)
    pending = [m for m in runner.status() if not m.applied and m.path]
    if not pending:
        return []
    if version > 0 and target.kind == "sqlite":
        saved = backup_sqlite(Path(target.location), f"before-v{known}", target.key)
        log.info("backed up schema v%s to %s before migrating", version, saved)
    try:
        names = runner.up()
    except peewee.DatabaseError as exc:
        if not dbmod.is_sqlite() and _permission_denied(exc):
            raise DatabaseProblem(MSG_NEEDS_OWNER, found=version, known=known) from exc
        raise
    if dbmod.is_sqlite():
        database.execute_sql(f"PRAGMA user_version = {known}")
    return names


def _check_before_upgrade(target: DatabaseTarget) -> None:
    """The quick check an upgrade may not skip: a migration writes to the file."""
    problem = dbmod.quick_check(Path(target.location), target.key)
    if problem is not None:
        raise DatabaseProblem(MSG_DAMAGED, path=target.describe(), detail=problem)


def _permission_denied(exc: BaseException) -> bool:
    """Whether PostgreSQL refused for lack of a privilege (SQLSTATE 42501), e.g. the data-only
    app role asked to run a migration (see models/db/pg_roles.py)."""
    inner = exc.args[0] if exc.args else None
    return getattr(inner, "sqlstate", None) == "42501" or "permission denied" in str(exc)


def open_database(target: DatabaseTarget, *, create: bool = True, read_only: bool = False,
                  upgrade: bool = True, integrity_later: bool = False) -> peewee.Database:
    """Open ``target`` for use: refuse what is not a healthy Pulih database, then migrate.

    A file that exists but is not a Pulih database, or is damaged, is never written to:
    SQLite's quick check runs on a read-only connection before the file is opened for
    writing (which already sets the journal mode). A file on a network share is refused.
    ``upgrade=False`` opens an existing database as it is (``check`` reports, not changes).
    ``integrity_later=True`` (the desktop) leaves the quick check, which reads the whole
    file and so grows with it, to the caller to run in the background; it still runs here
    before a migration would write to the file.
    """
    if target.kind == "sqlite":
        path = Path(target.location)
        dbmod.refuse_network_share(path)
        # Read-only first: a newer, damaged or foreign file is refused before anything
        # (even the journal mode) is written to it.
        exists = dbmod.probe_sqlite_file(path, target.key, known=known_version(),
                                         integrity=not integrity_later)
        if not exists and (read_only or not create):
            raise DatabaseProblem(MSG_NOT_PULIH, path=str(path))
        if exists and not read_only:
            dbmod.refuse_unwritable(path)
    db = dbmod.connect(target, read_only=read_only)
    try:
        if not read_only and upgrade:
            if integrity_later and target.kind == "sqlite" and \
                    0 < current_version() < known_version():
                _check_before_upgrade(target)
            migrate(target)
        elif current_version() > known_version():
            raise DatabaseProblem(MSG_NEWER, found=current_version(), known=known_version())
    except (peewee.DatabaseError, *cipher.DATABASE_ERRORS) as exc:
        dbmod.close()
        if target.kind == "sqlite":
            raise db_errors.diagnose_file(Path(target.location), exc) from exc
        raise DatabaseProblem(MSG_DAMAGED, path=target.describe(),
                              detail=redact(db_errors.first_line(exc))) from exc
    except BaseException:
        dbmod.close()
        raise
    return db
