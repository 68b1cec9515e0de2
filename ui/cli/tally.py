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
from pathlib import Path

from models.core.errors import QT_TRANSLATE_NOOP
from ui.cli.commands import fail, say
from ui.cli.sign_in import NotSignedIn, signed_in

C = "Cli"
MSG_SAVED = QT_TRANSLATE_NOOP(C, "Saved {path}: monthly report for {period}.")
MSG_SAVED_BNBA = QT_TRANSLATE_NOOP(C, "Saved {path}: {count} clients by name and address for "
                                   "{period}. The file holds personal data: keep it safe and "
                                   "send it only to the named recipient.")


def cmd_tally(args: argparse.Namespace) -> int:
    """Export one month's report (or its BNBA list) to the file named by ``--out``."""
    from models.tallies.tally import parse_month
    from ui.common.tally_export import ExportFormatError, closing_line, export_tally, kind_for_file

    year, month = parse_month(args.month)
    out = Path(args.out).expanduser()
    try:
        kind = kind_for_file(out, bnba=bool(getattr(args, "bnba", False)),
                             semicolon=bool(getattr(args, "semicolon", False)))
    except ExportFormatError as exc:
        return fail(exc.text, 2, **exc.params)
    try:
        with signed_in(args) as actor:
            exported = export_tally(actor, year, month, kind, out,
                                    suppress=bool(getattr(args, "suppress", False)))
    except NotSignedIn as exc:
        return fail(exc.text, 2, **exc.params)
    if exported.rows is not None:
        say(MSG_SAVED_BNBA, path=str(out), count=exported.rows, period=exported.period)
    else:
        print(closing_line(exported))
        say(MSG_SAVED, path=str(out), period=exported.period)
    return 0
