"""``python main.py check --audit``: is the audit trail as it was written?

Reads the whole hash chain (see models/seals/audit_chain.py) and names every event that was
changed, deleted, inserted, reordered or cut off, and compares the trail with the signed
checkpoints kept outside the database (models/seals/audit_checkpoint.py): those in the facility's
backup folder and any given with ``--checkpoint FILE`` (a checkpoint file, or a closed month's
tally export). Exit codes: 0 intact, 1 broken, 2 the database cannot be read or is older than
the tamper-evident trail.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from models.db import connection as dbmod
from models.core.errors import QT_TRANSLATE_NOOP
from reports.dates import short_stamp
from ui import i18n
from ui.cli.commands import MSG_NO_FILE, _target, fail, say

C = "Cli"
CHAIN_VERSION = 6
MSG_OLD = QT_TRANSLATE_NOOP(C, "This database is at schema version {found}; its audit trail "
                            "is chained from version {needed} on. Open it once with Pulih to "
                            "upgrade it, then check again.")
MSG_INTACT = QT_TRANSLATE_NOOP(C, "Audit trail: {events} events checked in {seconds:.1f} s; "
                               "the chain is intact.")
MSG_BROKEN = QT_TRANSLATE_NOOP(C, "Audit trail: {events} events checked; {count} break(s) "
                               "found. The trail was altered outside Pulih:")
MSG_CHECKPOINTS = QT_TRANSLATE_NOOP(C, "Compared with {count} signed checkpoint(s) kept "
                                    "outside the database; the newest is of {date}.")
MSG_NO_CHECKPOINTS = QT_TRANSLATE_NOOP(C, "No signed checkpoint was found outside the "
                                       "database (backup folder: {folder}); a rewrite of the "
                                       "whole trail could not be seen. Give one with "
                                       "--checkpoint FILE.")
MSG_PRIVILEGED = QT_TRANSLATE_NOOP(C, "Warning: this connection's PostgreSQL role {role} may "
                                   "empty or rewrite the audit trail (a superuser or the "
                                   "tables' owner). Make the data-only role with \"python "
                                   "main.py pg-roles\" and connect the desks as it.")
MSG_NO_CHECKPOINT_FILE = QT_TRANSLATE_NOOP(C, "There is no checkpoint file at {path}.")
#: findings also printed in English, so that a report sent on says the same to anyone
BILINGUAL = frozenset({"rewritten", "shortened"})


def check_audit(args: argparse.Namespace) -> int:
    """Check the audit chain of the database named by the options."""
    from models.seals.audit_chain import verify_chain
    from models.db.schema import current_version, open_database
    from models.seals.audit_checkpoint import find_checkpoints
    target = _target(args)
    if target.kind == "sqlite" and not Path(target.location).exists():
        return fail(MSG_NO_FILE, 2, path=target.location)
    files = [Path(p) for p in getattr(args, "checkpoint", None) or []]
    for path in files:
        if not path.is_file():
            return fail(MSG_NO_CHECKPOINT_FILE, 2, path=str(path))
    open_database(target, create=False, read_only=True)
    try:
        version = current_version()
        if version < CHAIN_VERSION:
            return fail(MSG_OLD, 2, found=version, needed=CHAIN_VERSION)
        started = time.perf_counter()
        folder = _backup_folder(target)
        report = verify_chain(find_checkpoints([folder] if folder else [], files))
        seconds = time.perf_counter() - started
        from models.db.pg_roles import privileged_role
        privileged = privileged_role()
    finally:
        dbmod.close()
    events = f"{report.events:,}".replace(",", ".")
    if privileged:
        say(MSG_PRIVILEGED, role=privileged)
    if report.checkpoints:
        say(MSG_CHECKPOINTS, count=report.checkpoints,
            date=short_stamp(report.newest_checkpoint))
    else:
        say(MSG_NO_CHECKPOINTS, folder=str(folder or "-"))
    if report.ok:
        say(MSG_INTACT, events=events, seconds=seconds)
        return 0
    say(MSG_BROKEN, events=events, count=len(report.findings))
    for finding in report.findings:
        print("  " + i18n.translate("AuditChain", finding.text).format(**finding.params))
        if finding.kind in BILINGUAL and i18n.translate("AuditChain", finding.text) != \
                finding.text:
            print("  (" + finding.english() + ")")
    return 1


def _backup_folder(target: object) -> Path | None:
    """The facility's backup folder, where backups leave their checkpoints (None when the
    database has no settings to say)."""
    try:
        from models.admin.backup_jobs import backup_folder
        return backup_folder(target)  # type: ignore[arg-type]
    except Exception:  # noqa: BLE001 - an old or odd database: look only at --checkpoint
        return None
