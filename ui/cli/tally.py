"""``python main.py tally --month YYYY-MM --out FILE``: the monthly report for scheduled exports.

The format follows the file name (.xlsx, .csv, .pdf). The command signs in like the app:
``--user NAME`` with the password from the environment variable ``PULIH_PASSWORD`` (for a
scheduled task) or typed at the terminal, and the export is recorded in the audit trail by
the same models/ operation the Laporan screen uses. The file is always in Indonesian (it
leaves the facility), whatever ``--lang`` says for the messages.

    --suppress     counts from 1 to 4 shown as "<5" (for reports that leave the facility)
    --semicolon    CSV separated by semicolons, decimal comma (Excel in an Indonesian locale)
    --bnba         the by-name, by-address list instead of the tally (admins only)
"""
from __future__ import annotations

import argparse
import os
from pathlib import Path

from models.core.errors import QT_TRANSLATE_NOOP
from ui.cli.commands import MSG_NO_FILE, _target, fail, say
from ui.cli.sign_in import MSG_NO_PASSWORD, MSG_USER, USER_ENV, password_for

C = "Cli"
MSG_SAVED = QT_TRANSLATE_NOOP(C, "Saved {path}: monthly report for {period}.")
MSG_SAVED_BNBA = QT_TRANSLATE_NOOP(C, "Saved {path}: {count} clients by name and address for "
                                   "{period}. The file holds personal data: keep it safe and "
                                   "send it only to the named recipient.")


def cmd_tally(args: argparse.Namespace) -> int:
    """Export one month's report (or its BNBA list) to the file named by ``--out``."""
    from models.db import connection as dbmod
    from models.db.schema import open_database
    from models.safety.accounts import authenticate
    from models.tallies.tally import parse_month
    from ui.common.tally_export import ExportFormatError, closing_line, export_tally, kind_for_file

    year, month = parse_month(args.month)
    out = Path(args.out).expanduser()
    try:
        kind = kind_for_file(out, bnba=bool(getattr(args, "bnba", False)),
                             semicolon=bool(getattr(args, "semicolon", False)))
    except ExportFormatError as exc:
        return fail(exc.text, 2, **exc.params)
    user = getattr(args, "user", None) or os.environ.get(USER_ENV)
    if not user:
        return fail(MSG_USER, 2)
    target = _target(args)
    if target.kind == "sqlite" and not Path(target.location).exists():
        return fail(MSG_NO_FILE, 2, path=target.location)
    password = password_for(user)
    if password is None:
        return fail(MSG_NO_PASSWORD, 2)
    open_database(target, create=False)
    try:
        exported = export_tally(authenticate(user, password), year, month, kind, out,
                                suppress=bool(getattr(args, "suppress", False)))
    finally:
        dbmod.close()
    if exported.rows is not None:
        say(MSG_SAVED_BNBA, path=str(out), count=exported.rows, period=exported.period)
    else:
        print(closing_line(exported))
        say(MSG_SAVED, path=str(out), period=exported.period)
    return 0
