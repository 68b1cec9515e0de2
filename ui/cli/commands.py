"""The headless commands of ``main.py``: the same models/ operations, printed for a terminal.

Messages go through Qt's translation like the GUI's, so a desk sees Indonesian by default.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from models.core.errors import QT_TRANSLATE_NOOP, DatabaseProblem, PulihError
from models.db import connection as dbmod
from models.db.connection import DatabaseTarget, resolve_target
from ui import i18n

C = "Cli"
MSG_NO_FILE = QT_TRANSLATE_NOOP(C, "There is no database at {path}.")
MSG_LATER = QT_TRANSLATE_NOOP(
    C, "The command '{command}' is not part of this version of Pulih yet.")
MSG_NOT_EMPTY = QT_TRANSLATE_NOOP(
    C, "{path} already holds a database with data. A demo is only built into a new file; "
    "choose another file with --db.")


MSG_ENCRYPT = QT_TRANSLATE_NOOP(
    C, "--encrypt makes a new encrypted SQLite file: give a new file with --db and its key "
    "with --db-key-file or PULIH_DB_KEY.")
MSG_OS_ERROR = QT_TRANSLATE_NOOP(
    C, "The computer refused to read or write a file: {detail}. Check free disk space and "
    "folder permissions, then try again.")
MSG_UNEXPECTED = QT_TRANSLATE_NOOP(
    C, "Something unexpected went wrong; nothing was saved half-way. The details are in "
    "{log}; please send that file to your Pulih support.")


def _error_log() -> Path:
    """Append the current traceback to the error log (redacted: no password of a
    ``--database-url`` on the command line, no key)."""
    from ui.error_log import write_exception
    return write_exception(where="in: " + " ".join(sys.argv))


def tr(text: str) -> str:
    return QCoreApplication.translate(C, text)


def say(text: str, **params: object) -> None:
    print(tr(text).format(**params))


def fail(text: str, code: int = 1, **params: object) -> int:
    print(tr(text).format(**params), file=sys.stderr)
    return code


def _target(args: argparse.Namespace) -> DatabaseTarget:
    return resolve_target(getattr(args, "db", None), getattr(args, "database_url", None),
                          key_file=getattr(args, "db_key_file", None))


def cmd_check(args: argparse.Namespace) -> int:
    """Schema version, integrity and row counts; exit 0 only for a sound, current database."""
    if getattr(args, "audit", False):
        from ui.cli.audit_check import check_audit
        return check_audit(args)
    from models.admin.health import health_report
    from models.db.schema import open_database
    target = _target(args)
    if target.kind == "sqlite" and not Path(target.location).exists():
        return fail(MSG_NO_FILE, 2, path=target.location)
    open_database(target, create=False, read_only=True)
    try:
        report = health_report(full=args.full)
    finally:
        dbmod.close()
    say(QT_TRANSLATE_NOOP(C, "Database: {where} ({engine})"), where=target.describe(),
        engine=report.engine)
    say(QT_TRANSLATE_NOOP(C, "Schema version: {found} (this program: {known})"),
        found=report.schema_version, known=report.known_version)
    if report.engine != "sqlite":
        say(QT_TRANSLATE_NOOP(C, "Integrity: kept by the PostgreSQL server (use its own "
                                 "tools, such as amcheck, to verify)"))
    elif report.integrity is None:
        say(QT_TRANSLATE_NOOP(C, "Integrity: ok"))
    else:
        say(QT_TRANSLATE_NOOP(C, "Integrity: DAMAGED: {detail}"), detail=report.integrity)
    if report.schema_version < report.known_version:
        say(QT_TRANSLATE_NOOP(C, "The schema will be upgraded the next time Pulih opens it."))
    say(QT_TRANSLATE_NOOP(C, "Rows per table:"))
    width = max(len(name) for name in report.row_counts)
    for name, count in report.row_counts.items():
        print(f"  {name:<{width}}  {count:>10,}".replace(",", "."))
    return 0 if report.ok else 1


def cmd_demo(args: argparse.Namespace) -> int:
    """Build the synthetic demo facility into a new database."""
    from models.db.schema import open_database
    from models.demo.demo import build_demo
    from models.people.person import Person
    target = _target(args)
    if args.clients < 1 or args.clients > 1_000_000:
        return fail(QT_TRANSLATE_NOOP(C, "--clients must be between 1 and 1000000."), 2)
    new_file = target.kind == "sqlite" and not Path(target.location).exists()
    if getattr(args, "encrypt", False) and not (target.kind == "sqlite" and target.key
                                                 and new_file):
        return fail(MSG_ENCRYPT, 2)
    open_database(target)
    built = False
    try:
        if Person.select().exists():
            return fail(MSG_NOT_EMPTY, 2, path=target.describe())
        last = [0.0]

        def progress(stage: str, done: int, total: int) -> None:
            now = time.monotonic()
            if now - last[0] > 2 or done == total:
                last[0] = now
                print(f"  {stage}: {done}/{total}", file=sys.stderr, flush=True)

        summary = build_demo(args.clients, args.seed, progress=progress)
        built = True
    finally:
        dbmod.close()
        if new_file and not built:  # a half-built demo is useless: leave no file behind
            for suffix in ("", "-wal", "-shm"):
                Path(target.location + suffix).unlink(missing_ok=True)
    say(QT_TRANSLATE_NOOP(C, "Demo facility built in {seconds:.1f} s: {rows} rows in {where}."),
        seconds=summary.elapsed_s, rows=f"{sum(summary.counts.values()):,}".replace(",", "."),
        where=target.describe())
    if target.kind == "sqlite":
        size = Path(target.location).stat().st_size / 1e6
        say(QT_TRANSLATE_NOOP(C, "File size: {size:.0f} MB"), size=size)
    say(QT_TRANSLATE_NOOP(C, "Demo accounts (for this demo database only):"))
    for account in summary.accounts:
        print(f"  {account.username:<12} {account.role:<10} {account.password}")
    return 0


def run_command(args: argparse.Namespace) -> int:
    """Run one headless command; a person's mistake prints a message, never a traceback."""
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    i18n.install(i18n.chosen_language(getattr(args, "lang", None)))
    from ui.cli.tally import cmd_tally
    handlers = {"check": cmd_check, "demo": cmd_demo, "tally": cmd_tally}
    from ui.cli.documents import cmd_document, cmd_verify
    handlers.update(document=cmd_document, verify=cmd_verify)
    from ui.cli.backup import cmd_backup, cmd_encrypt, cmd_restore
    from ui.cli.verifier_page import cmd_verifier_page
    handlers["verifier-page"] = cmd_verifier_page
    handlers.update(backup=cmd_backup, restore=cmd_restore, encrypt=cmd_encrypt)
    from ui.cli.pg_roles import cmd_pg_roles
    handlers["pg-roles"] = cmd_pg_roles
    from ui.cli.exchange import cmd_exchange, cmd_import_package, cmd_verify_package
    handlers.update({"exchange": cmd_exchange, "verify-package": cmd_verify_package,
                     "import-package": cmd_import_package})
    handler = handlers.get(args.command)
    if handler is None:
        return fail(MSG_LATER, 2, command=args.command)
    try:
        return handler(args)
    except DatabaseProblem as exc:
        print(i18n.error_text(exc), file=sys.stderr)
        return 2
    except PulihError as exc:
        print(i18n.error_text(exc), file=sys.stderr)
        return 1
    except OSError as exc:  # full disk, read-only folder, missing permission
        print(tr(MSG_OS_ERROR).format(detail=exc.strerror or exc), file=sys.stderr)
        return 1
    except Exception:  # noqa: BLE001 - a person sees a message, the log keeps the detail
        log = _error_log()
        print(tr(MSG_UNEXPECTED).format(log=log), file=sys.stderr)
        return 3
    finally:
        del app
