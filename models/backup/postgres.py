"""Backups of a PostgreSQL database through the server's own tools, ``pg_dump``/``pg_restore``.

A dump is written in the custom format under a temporary name, read back with
``pg_restore --list`` (which reads the whole table of contents) and only then named. The
password travels in ``PGPASSWORD``, never on a command line other users could see.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from models.backup.backup import MSG_BACKUP_BAD, BackupError
from models.core.errors import QT_TRANSLATE_NOOP

C = "Errors"
MSG_NO_TOOL = QT_TRANSLATE_NOOP(
    C, "{tool} is not installed on this computer, so Pulih cannot back up or restore the "
    "PostgreSQL database from here. Install the PostgreSQL client tools (the same version as "
    "the server) on this computer, or ask whoever runs the database server to make the "
    "backups there with pg_dump.")
MSG_TOOL_FAILED = QT_TRANSLATE_NOOP(
    C, "{tool} stopped with an error: {detail}. Nothing was changed.")
TIMEOUT_S = 6 * 3600


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise BackupError(MSG_NO_TOOL, tool=name)
    return found


def _split(url: str) -> tuple[str, dict[str, str]]:
    """The URL without its password, and an environment carrying the password."""
    parts = urlsplit(url)
    env = dict(os.environ)
    if parts.password:
        env["PGPASSWORD"] = parts.password
    host = parts.hostname or "localhost"
    netloc = f"{parts.username + '@' if parts.username else ''}{host}"
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit(("postgresql", netloc, parts.path, parts.query, "")), env


def _run(tool: str, args: list[str], env: dict[str, str]) -> str:
    try:
        done = subprocess.run([_tool(tool), *args], env=env, capture_output=True, text=True,
                              timeout=TIMEOUT_S)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise BackupError(MSG_TOOL_FAILED, tool=tool, detail=str(exc)[:300]) from exc
    if done.returncode != 0:
        detail = (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1]
        raise BackupError(MSG_TOOL_FAILED, tool=tool, detail=detail[:300])
    return done.stdout


def dump_problem(path: Path) -> str | None:
    """None when ``path`` is a readable pg_dump archive, else what is wrong with it."""
    try:
        listing = _run("pg_restore", ["--list", str(path)], dict(os.environ))
    except BackupError as exc:
        if exc.text == MSG_NO_TOOL:
            raise  # the tool is missing: say so, not that the file is bad
        return str(exc.params.get("detail", exc.english()))
    if "TABLE DATA" not in listing:
        return "no table data"
    return None


def dump(url: str, final: Path) -> None:
    """Write a checked custom-format dump of the database at ``url`` to ``final``."""
    address, env = _split(url)
    partial = final.with_name(f"{final.name}.{os.getpid()}.part")
    try:
        _run("pg_dump", ["--format=custom", "--no-owner", f"--file={partial}",
                         f"--dbname={address}"], env)
        problem = dump_problem(partial)
    except BackupError:
        partial.unlink(missing_ok=True)
        raise
    if problem:
        partial.unlink(missing_ok=True)
        raise BackupError(MSG_BACKUP_BAD, path=str(final), detail=problem)
    with open(partial, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(partial, final)
