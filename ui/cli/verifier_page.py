"""``python main.py verifier-page --out DIR``: write the paper verifier page.

No sign-in: the page holds public keys and voided numbers only, and is made to be
published. Exit codes: 0 written, 1 could not write, 2 no database.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from ui.cli.commands import MSG_NO_FILE, _target, fail


def cmd_verifier_page(args: argparse.Namespace) -> int:
    from models.db import connection as dbmod
    from models.db.schema import open_database
    from ui.common.verifier_page import write_verifier_page

    target = _target(args)
    if target.kind == "sqlite" and not Path(target.location).exists():
        return fail(MSG_NO_FILE, 2, path=target.location)
    open_database(target, create=False)
    try:
        written = write_verifier_page(None, args.out)
    finally:
        dbmod.close()
    for line in written.lines():
        print(line)
    return 0
