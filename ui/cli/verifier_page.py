"""``python main.py verifier-page --out DIR``: write the paper verifier page.

No sign-in: the page holds public keys and voided numbers only, and is made to be
published. Exit codes: 0 written, 1 could not write, 2 no database.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from models.core.errors import QT_TRANSLATE_NOOP
from ui.cli.commands import MSG_NO_FILE, _target, fail, say

C = "Cli"
MSG_WRITTEN = QT_TRANSLATE_NOOP(C, "Saved the verifier page {path} ({size} bytes). Keys: "
                                "{keys}; voided numbers: {voided}.")
MSG_PUBLISH = QT_TRANSLATE_NOOP(C, "Publish it at the verification address ({address}) so "
                                "phones that scan a paper open it.")
MSG_NO_ADDRESS = QT_TRANSLATE_NOOP(C, "No verification address is set: papers' QR codes hold "
                                   "the seal as text. Publish this page and set its address "
                                   "under Admin > Settings so a phone camera opens it.")
MSG_NO_KEYS = QT_TRANSLATE_NOOP(C, "The page has no keys yet: it will answer UNKNOWN KEY "
                                "until a paper has been issued here and the page written "
                                "again.")


def cmd_verifier_page(args: argparse.Namespace) -> int:
    from models.db import connection as dbmod
    from models.db.schema import open_database
    from models.documents.verifier_site import page_bundle, verification_address
    from reports.verifier_page import write_page

    target = _target(args)
    if target.kind == "sqlite" and not Path(target.location).exists():
        return fail(MSG_NO_FILE, 2, path=target.location)
    open_database(target, create=False)
    try:
        bundle = page_bundle(None)
        address = verification_address()
    finally:
        dbmod.close()
    path = write_page(bundle, Path(args.out).expanduser())
    say(MSG_WRITTEN, path=str(path), size=path.stat().st_size, keys=len(bundle["keys"]),
        voided=len(bundle["voided"]))
    if not bundle["keys"]:
        say(MSG_NO_KEYS)
    if address:
        say(MSG_PUBLISH, address=address)
    else:
        say(MSG_NO_ADDRESS)
    return 0
