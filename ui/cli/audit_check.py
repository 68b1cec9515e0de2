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
from pathlib import Path

from models.core.errors import QT_TRANSLATE_NOOP
from models.db import connection as dbmod
from ui.cli.commands import MSG_NO_FILE, _target, fail, say

C = "Cli"
MSG_NO_CHECKPOINT_FILE = QT_TRANSLATE_NOOP(C, "There is no checkpoint file at {path}.")
MSG_GIVE_CHECKPOINT = QT_TRANSLATE_NOOP(C, "Give a checkpoint kept elsewhere with --checkpoint "
                                        "FILE.")


def check_audit(args: argparse.Namespace) -> int:
    """Check the audit chain of the database named by the options."""
    from models.db.schema import open_database
    from ui.common.audit_check import (
        check_audit_trail,
        checkpoints_sentence,
        finding_lines,
        privileged_sentence,
        verdict_sentence,
    )
    target = _target(args)
    if target.kind == "sqlite" and not Path(target.location).exists():
        return fail(MSG_NO_FILE, 2, path=target.location)
    files = [Path(p) for p in getattr(args, "checkpoint", None) or []]
    for path in files:
        if not path.is_file():
            return fail(MSG_NO_CHECKPOINT_FILE, 2, path=str(path))
    open_database(target, create=False, read_only=True)
    try:
        check = check_audit_trail(None, target, files)
    finally:
        dbmod.close()
    warning = privileged_sentence(check)
    if warning:
        print(warning)
    print(checkpoints_sentence(check))
    if not check.report.checkpoints:
        say(MSG_GIVE_CHECKPOINT)
    print(verdict_sentence(check))
    if check.report.ok:
        return 0
    for line in finding_lines(check.report):
        print("  " + line)
    return 1
