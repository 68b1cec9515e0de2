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
from typing import Callable

from PySide6.QtCore import QTranslator

from models.core.errors import QT_TRANSLATE_NOOP
from models.staff.staff import Staff
from ui import i18n
from ui.cli.sign_in import MSG_NO_PASSWORD, MSG_USER, USER_ENV, password_for
from ui.cli.commands import MSG_NO_FILE, _target, fail, say, tr

C = "Cli"
FORMATS = (".xlsx", ".csv", ".pdf")
MSG_FORMAT = QT_TRANSLATE_NOOP(C, "The file name must end in .xlsx, .csv or .pdf (the format "
                               "follows it): {path}")
MSG_BNBA_FORMAT = QT_TRANSLATE_NOOP(C, "The BNBA list is exported as .xlsx or .csv.")
MSG_SAVED = QT_TRANSLATE_NOOP(C, "Saved {path}: monthly report for {period}.")
MSG_SAVED_BNBA = QT_TRANSLATE_NOOP(C, "Saved {path}: {count} clients by name and address for "
                                   "{period}. The file holds personal data: keep it safe and "
                                   "send it only to the named recipient.")


def indonesian() -> Callable[[str, str], str]:
    """A translate(context, text) that always gives Bahasa Indonesia (official papers)."""
    translator = QTranslator()
    translator.load(str(i18n.I18N_DIR / "pulih_id.qm"))

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    translate.translator = translator  # type: ignore[attr-defined] # keep it alive
    return translate



def cmd_tally(args: argparse.Namespace) -> int:
    """Export one month's report (or its BNBA list) to the file named by ``--out``."""
    from models.db import connection as dbmod
    from models.safety.accounts import authenticate
    from models.db.schema import open_database
    from models.tallies.tally import parse_month
    from reports.tally_progress import write_file

    year, month = parse_month(args.month)
    out = Path(args.out).expanduser()
    kind = out.suffix.lower()
    if kind not in FORMATS:
        return fail(MSG_FORMAT, 2, path=str(out))
    bnba = bool(getattr(args, "bnba", False))
    if bnba and kind == ".pdf":
        return fail(MSG_BNBA_FORMAT, 2)
    user = getattr(args, "user", None) or os.environ.get(USER_ENV)
    if not user:
        return fail(MSG_USER, 2)
    target = _target(args)
    if target.kind == "sqlite" and not Path(target.location).exists():
        return fail(MSG_NO_FILE, 2, path=target.location)
    password = password_for(user)
    if password is None:
        return fail(MSG_NO_PASSWORD, 2)
    translate = indonesian()
    semicolon = bool(getattr(args, "semicolon", False))
    open_database(target, create=False)
    try:
        actor = authenticate(user, password)
        if bnba:
            data, count, period = _bnba(actor, year, month, kind, semicolon, translate)
        else:
            data, period = _report(actor, year, month, kind, semicolon, translate,
                                   bool(getattr(args, "suppress", False)))
    finally:
        dbmod.close()
    write_file(out, data)
    if bnba:
        say(MSG_SAVED_BNBA, path=str(out), count=count, period=period)
    else:
        say(MSG_SAVED, path=str(out), period=period)
    return 0


def _report(actor: Staff, year: int, month: int, kind: str, semicolon: bool,
            translate: Callable[[str, str], str], suppress: bool) -> tuple[bytes, str]:
    from models.tallies.export import export_month
    payload = export_month(actor, year, month, kind[1:], translate, suppress=suppress)
    if kind == ".xlsx":
        from reports.tally_xlsx import render_tally_xlsx
        data = render_tally_xlsx(payload)
    elif kind == ".csv":
        from reports.tally_csv import render_tally_csv
        data = render_tally_csv(payload, semicolon=semicolon)
    else:
        from reports.tally_pdf import render_tally_pdf
        data = render_tally_pdf(payload)
    from models.tallies.export import TEXTS, period_label
    closed = payload["closed"]
    print(i18n.translate("Indicators", TEXTS["closed"]).format(**closed) if closed
          else i18n.translate("Indicators", TEXTS["open"]))
    return data, period_label(year, month, i18n.translate)


def _bnba(actor: Staff, year: int, month: int, kind: str, semicolon: bool,
          translate: Callable[[str, str], str]) -> tuple[bytes, int, str]:
    from models.tallies.bnba import bnba_export
    payload = bnba_export(actor, year, month, kind[1:], translate)
    if kind == ".xlsx":
        from reports.tally_xlsx import render_bnba_xlsx
        data = render_bnba_xlsx(payload)
    else:
        from reports.tally_csv import render_bnba_csv
        data = render_bnba_csv(payload, semicolon=semicolon)
    from models.tallies.export import period_label
    return data, len(payload["rows"]), period_label(year, month, i18n.translate)
