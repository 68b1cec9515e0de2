"""``python main.py document NUMBER --out FILE.pdf`` (a reprint, marked SALINAN) and
``python main.py verify FILE.pdf|TEXT`` (is a paper genuine?).

A reprint shows personal data, so it signs in like the app: ``--user NAME`` with the
password from ``PULIH_PASSWORD`` (scripts) or typed at the terminal; the reprint is audited
by the same models/ operation the register screen uses. Verifying needs no sign-in: it
reads only the key store and, for this facility's own papers, whether one was voided.
Exit codes of verify: 0 genuine, 1 not genuine (forged, unknown key, voided, unreadable),
2 nothing to check.
"""
from __future__ import annotations

import argparse
import os
from pathlib import Path

from models.errors import QT_TRANSLATE_NOOP
from ui.cli.sign_in import MSG_NO_PASSWORD, MSG_USER, USER_ENV, password_for
from ui.cli.commands import MSG_NO_FILE, _target, fail, say, tr

C = "Cli"
MSG_NOT_PDF = QT_TRANSLATE_NOOP(C, "The output file must end in .pdf: {path}")
MSG_REPRINTED = QT_TRANSLATE_NOOP(C, "Saved {path}: copy (SALINAN) of {number}.")
MSG_REPRINTED_VOID = QT_TRANSLATE_NOOP(C, "Saved {path}: copy of {number}, which was voided "
                                       "on {date} ({reason}).")
MSG_NO_SEAL = QT_TRANSLATE_NOOP(C, "No Pulih QR code was found in {source}.")
MSG_MISMATCH = QT_TRANSLATE_NOOP(C, "NOT GENUINE: the QR code printed on the page and the data "
                                 "inside the file differ; the file was altered.")
MSG_FIELDS = QT_TRANSLATE_NOOP(C, "Number {number}, {kind}, dated {date}, {status}, issued by "
                               "{facility} (key {key_id}).")
MSG_VALID = QT_TRANSLATE_NOOP(C, "GENUINE: signed by {name}. Check that the paper shows the "
                              "same number, date and result.")
MSG_FORGED = QT_TRANSLATE_NOOP(C, "NOT GENUINE: the signature does not match the text. The "
                               "paper or its QR code was altered or forged.")
MSG_UNKNOWN_KEY = QT_TRANSLATE_NOOP(C, "UNKNOWN KEY: this QR was signed with key {key_id}, "
                                    "which is not in this database. Import the issuing "
                                    "facility's public key, or ask them to check it.")
MSG_VOIDED = QT_TRANSLATE_NOOP(C, "VOIDED: the signature is genuine, but the document was "
                               "voided on {date}: {reason}")
MSG_MALFORMED = QT_TRANSLATE_NOOP(C, "NOT A PULIH QR: the text is not a document seal "
                                  "(damaged or from another system). Treat the paper as "
                                  "unverified.")
MSG_HOLDER_OK = QT_TRANSLATE_NOOP(C, "The holder's name and date of birth match the QR code.")
MSG_HOLDER_BAD = QT_TRANSLATE_NOOP(C, "The holder's name and date of birth do NOT match the QR "
                                   "code.")



def cmd_document(args: argparse.Namespace) -> int:
    """Reprint document ``args.number`` into ``args.out``, marked SALINAN (audited)."""
    from models import db as dbmod
    from models.accounts import authenticate
    from models.documents_issue import reprint
    from models.facility import facility
    from models.schema import open_database
    from reports.holder import PrintOptions
    from reports.render import render_document

    out = Path(args.out).expanduser()
    if out.suffix.lower() != ".pdf":
        return fail(MSG_NOT_PDF, 2, path=str(out))
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
        actor = authenticate(user, password)
        record = reprint(actor, args.number)
        fac = facility()
        options = PrintOptions(copy=True, voided=record.voided_at is not None,
                               logo=fac.logo if fac is not None else None)
        pdf = render_document(record.payload, record.qr, options)
    finally:
        dbmod.close()
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(pdf)
    if record.voided_at is not None:
        say(MSG_REPRINTED_VOID, path=str(out), number=record.number,
            date=record.voided_at.date().isoformat(), reason=record.void_reason)
    else:
        say(MSG_REPRINTED, path=str(out), number=record.number)
    return 0


def _seals_of(source: str) -> tuple[list[str], bool]:
    """The seals to check and whether the file's metadata and its printed QR codes
    disagree. A source that is not an existing file is the QR text itself."""
    path = Path(source).expanduser()
    if len(source) < 4096 and path.is_file():
        from reports.seal_reader import seals_in_images, seals_in_metadata
        data = path.read_bytes()
        inside = seals_in_metadata(data)
        printed = seals_in_images(data)
        if inside and printed and set(inside) != set(printed):
            return printed, True
        return printed or inside, False
    return [source.strip()], False


def cmd_verify(args: argparse.Namespace) -> int:
    """Check every seal in a PDF (or the given QR text): 0 only when all are genuine."""
    from models import db as dbmod
    from models.schema import open_database
    from models.verification import (FORGED, MALFORMED, UNKNOWN_KEY, VALID, VOIDED,
                                     verify_text)

    seals, tampered = _seals_of(args.source)
    if not seals or seals == [""]:
        return fail(MSG_NO_SEAL, 2, source=args.source[:80])
    if tampered:
        print(tr(MSG_MISMATCH))
    target = _target(args)
    if target.kind == "sqlite" and not Path(target.location).exists():
        return fail(MSG_NO_FILE, 2, path=target.location)
    open_database(target, create=False)
    name = getattr(args, "name", None)
    born = getattr(args, "birth_date", None)
    all_valid = not tampered
    try:
        for text in seals:
            result = verify_text(text, name, born)
            seal = result.seal
            if seal is not None:
                say(MSG_FIELDS, number=seal.number, kind=seal.kind, date=seal.date,
                    status=seal.status, facility=result.facility_name or seal.facility,
                    key_id=seal.key_id)
            if result.status == VALID:
                say(MSG_VALID, name=result.facility_name or seal.facility)
            elif result.status == VOIDED:
                say(MSG_VOIDED, date=result.voided_at.date().isoformat() if result.voided_at
                    else "-", reason=result.void_reason)
            elif result.status == FORGED:
                say(MSG_FORGED)
            elif result.status == UNKNOWN_KEY:
                say(MSG_UNKNOWN_KEY, key_id=seal.key_id if seal else "-")
            elif result.status == MALFORMED:
                say(MSG_MALFORMED)
            if result.holder_matches is not None:
                say(MSG_HOLDER_OK if result.holder_matches else MSG_HOLDER_BAD)
            all_valid = all_valid and result.status == VALID and result.holder_matches is not False
    finally:
        dbmod.close()
    return 0 if all_valid else 1

