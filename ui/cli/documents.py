"""``python main.py document NUMBER --out FILE.pdf`` (a reprint, marked SALINAN) and
``python main.py verify FILE.pdf|TEXT`` (is a paper genuine?).

A reprint shows personal data, so it signs in like the app: ``--user NAME`` with the
password from ``PULIH_PASSWORD`` (scripts) or typed at the terminal; the reprint is audited
by the same models/ operation the register screen uses. Verifying needs no sign-in: it
reads only the key store, key states and voided numbers (never a void reason), and for a
PDF compares the printed holder, number and result with the seal.
Exit codes of verify: 0 genuine with the holder checked, 1 not genuine (forged, revoked,
unknown key, unreadable), 2 nothing checked, 3 genuine seal but holder or printed text
not checked.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from models.core.errors import QT_TRANSLATE_NOOP
from reports.dates import short_date
from ui.cli.commands import MSG_NO_FILE, _target, fail, say
from ui.cli.sign_in import NotSignedIn, signed_in

C = "Cli"
MSG_NOT_PDF = QT_TRANSLATE_NOOP(C, "The output file must end in .pdf: {path}")
MSG_REPRINTED = QT_TRANSLATE_NOOP(C, "Saved {path}: copy (SALINAN) of {number}.")
MSG_REPRINTED_VOID = QT_TRANSLATE_NOOP(C, "Saved {path}: copy of {number}, which was voided "
                                       "on {date} ({reason}).")
MSG_BAD_BORN = QT_TRANSLATE_NOOP(C, "The date of birth must be written as YYYY-MM-DD, for "
                                 "example 1990-01-31: {value}")
MSG_REFUSED = QT_TRANSLATE_NOOP(C, "{source} was not checked: {why}")


def cmd_document(args: argparse.Namespace) -> int:
    """Reprint document ``args.number`` into ``args.out``, marked SALINAN (audited)."""
    from ui.common.papers import reprint_to_file

    out = Path(args.out).expanduser()
    if out.suffix.lower() != ".pdf":
        return fail(MSG_NOT_PDF, 2, path=str(out))
    try:
        with signed_in(args) as actor:
            # Written whole or not at all, inside the reprint's transaction: a full disk
            # leaves no 0-byte PDF and the reprint is not counted.
            record = reprint_to_file(actor, args.number, out)
    except NotSignedIn as exc:
        return fail(exc.text, 2, **exc.params)
    if record.voided_at is not None:
        say(MSG_REPRINTED_VOID, path=str(out), number=record.number,
            date=short_date(record.voided_at), reason=record.void_reason)
    else:
        say(MSG_REPRINTED, path=str(out), number=record.number)
    return 0


def _holder(args: argparse.Namespace) -> tuple[str | None, dt.date | None, bool]:
    """The holder's name and birth date given on the command line; False when the date
    cannot be read."""
    name = (getattr(args, "name", None) or "").strip() or None
    born = getattr(args, "birth_date", None)
    if not born:
        return name, None, True
    try:
        return name, dt.date.fromisoformat(born.strip()), True
    except ValueError:
        return name, None, False


def _report(check) -> int:
    """Print the answer of each seal; the exit code of the whole check."""
    from ui.common import verdict_text as vt
    for line in vt.report_lines(check, signed_in=False, numbered=False):
        print(line)
    return vt.exit_code(check)


def _no_seal(source: str) -> int:
    from ui.common import verdict_text as vt
    print(vt.no_seal(source), file=sys.stderr)
    return 2


def cmd_verify(args: argparse.Namespace) -> int:
    """Check every seal in a PDF (or the given QR text). Exit codes: 0 genuine and the
    holder checked, 1 not genuine (forged, revoked, unknown key, unreadable), 2 nothing was
    checked (no seal, a refused file, a bad argument), 3 the seal is genuine but the holder
    or the printed text was not checked."""
    from models.db import connection as dbmod
    from models.db.schema import open_database
    from models.documents.verification import verify_text
    from reports.pdf_probe import PdfRefused
    from ui.common import verdict_text as vt
    from ui.common.paper_check import PaperCheck

    name, born, born_ok = _holder(args)
    if not born_ok:
        return fail(MSG_BAD_BORN, 2, value=str(args.birth_date)[:40])
    source = args.source
    path = Path(source).expanduser() if len(source) < 4096 else None
    is_file = path is not None and path.is_file()
    if not is_file and source.strip().lower().endswith(".pdf"):
        from reports.pdf_probe import NOT_FOUND
        return fail(MSG_REFUSED, 2, source=source[:80], why=vt.refused(NOT_FOUND))
    target = _target(args)
    if target.kind == "sqlite" and not Path(target.location).exists():
        return fail(MSG_NO_FILE, 2, path=target.location)
    open_database(target, create=False)
    try:
        if is_file:
            from ui.common.paper_check import check_pdf
            try:
                checked = check_pdf(path, name, born)
            except PdfRefused as exc:
                return fail(MSG_REFUSED, 2, source=path.name[:80], why=vt.refused(exc.reason))
            if not checked.results:
                return _no_seal(path.name[:80])
            return _report(checked)
        text = source.strip()
        if not text:
            return _no_seal(source[:80])
        return _report(PaperCheck([verify_text(text, name, born)]))
    finally:
        dbmod.close()
