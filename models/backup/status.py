"""What the admin sees about backups: where they go, the newest good one, the last failure,
and whether the folder would survive the disk of the database failing.

The last outcome of every backup (by hand, daily, on exit, from the command line) is kept in a
small status file beside the database (``pulih-backup-status.json``, readable by its owner
only), not in the database: a backup that failed because the database cannot be written
must still be reported, and reading the status must not need the database.
"""
from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from models.backup.backup import BackupInfo, list_backups
from models.db import connection as dbmod
from models.db.connection import DatabaseTarget

STATUS_NAME = "pulih-backup-status.json"
#: Backups kept in a folder on the same disk as the database: they help against mistakes,
#: not against the disk failing, so they need not pile up.
SAME_DISK_KEEP = 2


@dataclass(frozen=True)
class Failure:
    """One backup that was not made: when, why (the message and its values), which run."""

    at: dt.datetime
    reason: str  # "manual", "daily", "exit", "cli"
    text: str  # English source text of the message (translated by the screen)
    context: str
    params: dict[str, Any]


@dataclass(frozen=True)
class BackupOverview:
    """The backup folder as the admin panel shows it.

    Attributes:
        same_disk: the folder is on the disk (device) of the database.
        newest: the newest backup in the folder (every one there was checked after writing).
        failure: the last failure, if it came after the newest backup.
        keep: how many backups rotation keeps at most (None: by day and month).
    """

    folder: Path
    exists: bool
    same_disk: bool
    newest: BackupInfo | None
    count: int
    total_size: int
    failure: Failure | None
    keep: int | None


def status_path(target: DatabaseTarget) -> Path:
    """The status file: beside an SQLite database, else in the per-user data folder."""
    if target.kind == "sqlite":
        return Path(target.location).resolve().parent / STATUS_NAME
    return dbmod.default_sqlite_path().parent / STATUS_NAME


def _read(target: DatabaseTarget) -> dict[str, Any]:
    try:
        data = json.loads(status_path(target).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write(target: DatabaseTarget, data: dict[str, Any]) -> None:
    path = status_path(target)
    temporary = path.with_name(path.name + f".{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, default=str)
        os.replace(temporary, path)
    except OSError:
        temporary.unlink(missing_ok=True)  # a full disk: the failure is still shown now


def record_failure(target: DatabaseTarget, reason: str, error: Any,
                   now: dt.datetime | None = None) -> None:
    """Keep the failure of one backup run (a :class:`~models.core.errors.PulihError` or any
    exception) for the admin panel."""
    data = _read(target)
    data["failure"] = {
        "at": (now or dt.datetime.now()).isoformat(timespec="seconds"),
        "reason": reason,
        "text": getattr(error, "text", None) or str(error)[:300],
        "context": getattr(error, "context", "Errors"),
        "params": {k: str(v) for k, v in getattr(error, "params", {}).items()},
    }
    _write(target, data)


def record_success(target: DatabaseTarget, made: BackupInfo) -> None:
    """A backup was made and checked: the last failure is history."""
    data = _read(target)
    data.pop("failure", None)
    data["success"] = {"at": made.made_at.isoformat(timespec="seconds"),
                       "file": str(made.path), "size": made.size}
    _write(target, data)


def last_failure(target: DatabaseTarget) -> Failure | None:
    """The failure of the last backup run, if the last run failed."""
    raw = _read(target).get("failure")
    if not isinstance(raw, dict):
        return None
    try:
        return Failure(dt.datetime.fromisoformat(str(raw["at"])), str(raw.get("reason", "")),
                       str(raw["text"]), str(raw.get("context", "Errors")),
                       dict(raw.get("params") or {}))
    except (KeyError, ValueError):
        return None


def same_disk(folder: Path, target: DatabaseTarget) -> bool:
    """True when ``folder`` (or, not made yet, its nearest existing parent) is on the device
    of the SQLite database; False for PostgreSQL, whose data is on the server."""
    if target.kind != "sqlite":
        return False
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    try:
        return probe.stat().st_dev == Path(target.location).resolve().parent.stat().st_dev
    except OSError:
        return False


def overview(target: DatabaseTarget, folder: Path) -> BackupOverview:
    """Everything the panel shows about ``folder`` (no database access)."""
    found = list_backups(folder)
    on_same_disk = same_disk(folder, target)
    failure = last_failure(target)
    if failure is not None and found and found[0].made_at > failure.at:
        failure = None
    return BackupOverview(folder, folder.is_dir(), on_same_disk, found[0] if found else None,
                          len(found), sum(b.size for b in found), failure,
                          SAME_DISK_KEEP if on_same_disk else None)
