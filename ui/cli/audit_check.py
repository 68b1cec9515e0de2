"""``python main.py check --audit``: is the audit trail as it was written?

Reads the whole hash chain (see models/audit_chain.py) and names every event that was
changed, deleted, inserted, reordered or cut off. Exit codes: 0 intact, 1 broken, 2 the
database cannot be read or is older than the tamper-evident trail.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from models import db as dbmod
from models.errors import QT_TRANSLATE_NOOP
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


def check_audit(args: argparse.Namespace) -> int:
    """Check the audit chain of the database named by the options."""
    from models.audit_chain import verify_chain
    from models.schema import current_version, open_database
    target = _target(args)
    if target.kind == "sqlite" and not Path(target.location).exists():
        return fail(MSG_NO_FILE, 2, path=target.location)
    open_database(target, create=False, read_only=True)
    try:
        version = current_version()
        if version < CHAIN_VERSION:
            return fail(MSG_OLD, 2, found=version, needed=CHAIN_VERSION)
        started = time.perf_counter()
        report = verify_chain()
        seconds = time.perf_counter() - started
    finally:
        dbmod.close()
    events = f"{report.events:,}".replace(",", ".")
    if report.ok:
        say(MSG_INTACT, events=events, seconds=seconds)
        return 0
    say(MSG_BROKEN, events=events, count=len(report.findings))
    for finding in report.findings:
        print("  " + i18n.translate("AuditChain", finding.text).format(**finding.params))
    return 1
