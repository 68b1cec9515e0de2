"""Is the audit trail as it was written? The Audit tab's check and ``main.py check --audit``
run the same check and say it in the same sentences, with the same date format.

The whole hash chain is read (:mod:`models.seals.audit_chain`) and compared with the signed
checkpoints kept outside the database: those in the facility's backup folder and any file
given. On PostgreSQL the check also says when this connection's role could empty or rewrite
the trail itself (a superuser or the tables' owner).
"""
from __future__ import annotations

import datetime as dt
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from models.core.errors import QT_TRANSLATE_NOOP, DatabaseProblem
from models.db.connection import DatabaseTarget
from models.seals.audit_chain import CHAIN_VERSION, ChainReport
from models.staff.staff import Staff
from reports.dates import short_stamp
from ui.i18n import translate

#: the sentences first written for the command line keep its context and translations
CLI = "Cli"
C = "AuditCheck"
MSG_OLD = QT_TRANSLATE_NOOP(CLI, "This database is at schema version {found}; its audit trail "
                            "is chained from version {needed} on. Open it once with Pulih to "
                            "upgrade it, then check again.")
MSG_CHECKPOINTS = QT_TRANSLATE_NOOP(CLI, "Compared with {count} signed checkpoint(s) kept "
                                    "outside the database; the newest is of {date}.")
MSG_PRIVILEGED = QT_TRANSLATE_NOOP(CLI, "Warning: this connection's PostgreSQL role {role} may "
                                   "empty or rewrite the audit trail (a superuser or the "
                                   "tables' owner). Make the data-only role with \"python "
                                   "main.py pg-roles\" and connect the desks as it.")
MSG_INTACT = QT_TRANSLATE_NOOP(C, "The audit trail is intact: {events} events checked in "
                               "{seconds:.1f} s; the chain is unbroken.")
MSG_ALTERED = QT_TRANSLATE_NOOP(C, "The audit trail was altered outside Pulih: {count} "
                                "break(s) found in {events} events checked.")
MSG_NO_CHECKPOINTS = QT_TRANSLATE_NOOP(C, "No signed checkpoint was found outside the database "
                                       "(backup folder: {folder}), so a rewrite of the whole "
                                       "trail could not be seen. Each backup writes one.")
MSG_MORE = QT_TRANSLATE_NOOP(C, "… and {count} more.")
#: findings also given in English, so that a report sent on says the same to anyone
BILINGUAL = frozenset({"rewritten", "shortened"})


class TrailTooOld(DatabaseProblem):
    """The database predates the chained trail (its text is marked in "Cli")."""

    context = CLI


@dataclass(frozen=True)
class TrailCheck:
    """The answer of one check.

    Attributes:
        report: what the chain and the checkpoints showed.
        seconds: how long the check took.
        folder: the backup folder searched for checkpoints (None when unknown).
        privileged: the PostgreSQL role that could rewrite the trail, if this one can.
    """

    report: ChainReport
    seconds: float
    folder: Path | None
    privileged: str | None


def backup_folder(target: DatabaseTarget | None) -> Path | None:
    """The facility's backup folder, where backups leave their checkpoints (None when the
    database has no settings to say)."""
    if target is None:
        return None
    try:
        from models.admin.backup_jobs import backup_folder as folder_of
        return folder_of(target)
    except Exception:  # noqa: BLE001 - an old or odd database: look only at the files given
        return None


def check_audit_trail(actor: Staff | None, target: DatabaseTarget | None,
                      files: Sequence[Path] = ()) -> TrailCheck:
    """Check the trail of the open database. ``actor`` None is the headless check (whoever
    can open the file); a member must have the admin view right. Raises TrailTooOld for a
    database older than the chain."""
    from models.db.pg_roles import privileged_role
    from models.db.schema import current_version
    from models.seals.audit_chain import verify_chain
    from models.seals.audit_checkpoint import check_trail, find_checkpoints
    version = current_version()
    if version < CHAIN_VERSION:
        raise TrailTooOld(MSG_OLD, found=version, needed=CHAIN_VERSION)
    started = time.perf_counter()
    folder = backup_folder(target)
    folders = [folder] if folder is not None else []
    if actor is None:
        report = verify_chain(find_checkpoints(folders, files))
    else:
        report = check_trail(actor, folders, files)
    seconds = time.perf_counter() - started
    return TrailCheck(report, seconds, folder, privileged_role())


def _count(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def privileged_sentence(check: TrailCheck) -> str:
    """The warning about a role that could rewrite the trail; "" when there is none."""
    if not check.privileged:
        return ""
    return translate(CLI, MSG_PRIVILEGED).format(role=check.privileged)


def checkpoints_sentence(check: TrailCheck) -> str:
    """How many checkpoints outside the database were compared, and the newest one's date."""
    report = check.report
    if report.checkpoints:
        return translate(CLI, MSG_CHECKPOINTS).format(
            count=report.checkpoints, date=short_stamp(report.newest_checkpoint))
    return translate(C, MSG_NO_CHECKPOINTS).format(folder=str(check.folder or "-"))


def verdict_sentence(check: TrailCheck) -> str:
    """Intact, or altered with how many breaks."""
    report = check.report
    if report.ok:
        return translate(C, MSG_INTACT).format(events=_count(report.events),
                                               seconds=check.seconds)
    return translate(C, MSG_ALTERED).format(count=len(report.findings),
                                            events=_count(report.events))


def finding_lines(report: ChainReport, *, limit: int | None = None) -> list[str]:
    """Each finding in the interface language; a rewrite after a checkpoint also in English
    (in brackets, on its own line). With ``limit``, the rest are counted in one last line."""
    lines: list[str] = []
    shown = report.findings if limit is None else report.findings[:limit]
    for finding in shown:
        params = {key: short_stamp(value, seconds=True) if isinstance(value, dt.datetime)
                  else value for key, value in finding.params.items()}
        local = translate("AuditChain", finding.text).format(**params)
        lines.append(local)
        english = finding.text.format(**params)
        if finding.kind in BILINGUAL and local != english:
            lines.append("(" + english + ")")
    more = len(report.findings) - len(shown)
    if more > 0:
        lines.append(translate(C, MSG_MORE).format(count=more))
    return lines
