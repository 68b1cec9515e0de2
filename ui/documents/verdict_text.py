"""The words of a seal check, shared by ``main.py verify`` and the verify dialog.

The headline is given in the interface language with the English beside it
("ASLI / GENUINE"); the lines below say in plain words what was checked and what was not.
The void reason is given only to someone signed in (the command needs no sign-in).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from models.documents.document import DOCUMENT_KINDS
from models.documents.verification import (FORGED, MALFORMED, REVOKED, UNCHECKED, UNKNOWN_KEY, VALID,
                                 Verification)

C = "Verdict"
TAMPERED = "tampered"
NOT_READ = "not_read"
#: verdict -> (headline, colour); green only for a fully checked genuine paper
HEADLINES = {
    VALID: (QT_TRANSLATE_NOOP(C, "GENUINE"), "#1b5e20"),
    UNCHECKED: (QT_TRANSLATE_NOOP(C, "HOLDER NOT CHECKED"), "#5f5f5f"),
    REVOKED: (QT_TRANSLATE_NOOP(C, "REVOKED"), "#b3261e"),
    UNKNOWN_KEY: (QT_TRANSLATE_NOOP(C, "UNKNOWN KEY"), "#9a5b00"),
    FORGED: (QT_TRANSLATE_NOOP(C, "FORGED"), "#b3261e"),
    MALFORMED: (QT_TRANSLATE_NOOP(C, "NOT READABLE"), "#b3261e"),
    TAMPERED: (QT_TRANSLATE_NOOP(C, "FORGED"), "#b3261e"),
    NOT_READ: (QT_TRANSLATE_NOOP(C, "NOT READ"), "#9a5b00"),
}
#: mildest first: the worst verdict of a file with several seals wins
SEVERITY = (VALID, UNCHECKED, UNKNOWN_KEY, REVOKED, MALFORMED, FORGED, TAMPERED)
FIELDS = {
    "signature": QT_TRANSLATE_NOOP(C, "signature"),
    "name": QT_TRANSLATE_NOOP(C, "holder's name"),
    "birth_date": QT_TRANSLATE_NOOP(C, "date of birth"),
    "identity": QT_TRANSLATE_NOOP(C, "identity number (NIK)"),
    "status": QT_TRANSLATE_NOOP(C, "result"),
    "number": QT_TRANSLATE_NOOP(C, "document number"),
    "holder": QT_TRANSLATE_NOOP(C, "holder's name and date of birth"),
    "register": QT_TRANSLATE_NOOP(C, "content in the register"),
}
MSG_FIELDS = QT_TRANSLATE_NOOP(C, "Number {number}, {kind}, dated {date}, {status}, issued by "
                               "{facility} (key {key_id}).")
MSG_VALID = QT_TRANSLATE_NOOP(C, "GENUINE: signed by {name}, and the holder's name and date of "
                              "birth you gave match the paper. Check that the paper shows the "
                              "same number, date and result.")
MSG_VALID_NO_HOLDER = QT_TRANSLATE_NOOP(C, "GENUINE: signed by {name}. This paper names no "
                                        "holder.")
MSG_UNCHECKED = QT_TRANSLATE_NOOP(C, "The signature is genuine, but the holder was NOT checked: "
                                  "give the holder's name and date of birth as written on "
                                  "their identity card. Until then do not accept the paper as "
                                  "genuine.")
MSG_FORGED_SIGNATURE = QT_TRANSLATE_NOOP(C, "FORGED: the signature does not match the text. "
                                         "The paper or its QR code was altered or forged.")
MSG_FORGED_PRINTED = QT_TRANSLATE_NOOP(C, "FORGED: the {field} printed on the paper differs "
                                       "from what was signed. The paper was altered.")
MSG_FORGED_HOLDER = QT_TRANSLATE_NOOP(C, "NOT THE HOLDER: the {field} you gave does not match "
                                      "the holder this paper was issued to.")
MSG_FORGED_REGISTER = QT_TRANSLATE_NOOP(C, "FORGED: this facility's register holds different "
                                        "content under this number.")
MSG_REVOKED_KEY = QT_TRANSLATE_NOOP(C, "REVOKED: the key that signed this paper ({key_id}) is "
                                    "not trusted for papers of this date ({reason}).")
MSG_VOIDED = QT_TRANSLATE_NOOP(C, "REVOKED: the issuing facility voided this document.")
MSG_VOIDED_REASON = QT_TRANSLATE_NOOP(C, "Voided on {date}: {reason}")
MSG_UNKNOWN_KEY = QT_TRANSLATE_NOOP(C, "UNKNOWN KEY: this QR was signed with key {key_id}, "
                                    "which is not in this database. Import the issuing "
                                    "facility's public key, or ask them to check it.")
MSG_MALFORMED = QT_TRANSLATE_NOOP(C, "NOT READABLE: the text is not a Pulih document seal "
                                  "(damaged or from another system). Treat the paper as "
                                  "unverified.")
MSG_EXPIRED = QT_TRANSLATE_NOOP(C, "Note: the validity period ended on {date}.")
MSG_TEXT_UNREAD = QT_TRANSLATE_NOOP(C, "The file has no readable text (a scan?): the printed "
                                    "name, date of birth and result were not compared with "
                                    "the seal. Compare them by eye.")
MSG_MISMATCH = QT_TRANSLATE_NOOP(C, "FORGED: the QR code printed on the page and the data "
                                 "inside the file differ; the file was altered.")
MSG_HIDDEN = QT_TRANSLATE_NOOP(C, "FORGED: some text in the file cannot be seen on the page "
                               "(covered, invisible, white or clipped), so what the page shows "
                               "is not what was read; the file was altered.")
REFUSED = {
    "not_found": QT_TRANSLATE_NOOP(C, "The file cannot be opened."),
    "too_big": QT_TRANSLATE_NOOP(C, "The file is larger than 20 MB; a Pulih paper is far "
                                 "smaller. It was not read."),
    "not_pdf": QT_TRANSLATE_NOOP(C, "The file is not a PDF."),
    "too_many_pages": QT_TRANSLATE_NOOP(C, "The file has more than 100 pages. It was not "
                                        "read."),
    "page_too_big": QT_TRANSLATE_NOOP(C, "The file has a page far larger than any paper. It "
                                      "was not read."),
    "damaged": QT_TRANSLATE_NOOP(C, "The PDF is damaged and cannot be read."),
    "too_slow": QT_TRANSLATE_NOOP(C, "Reading the file took too long; it was stopped."),
    "too_heavy": QT_TRANSLATE_NOOP(C, "Reading the file needed too much memory; it was "
                                   "stopped."),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(C, text)


def headline(status: str) -> tuple[str, str]:
    """``("ASLI / GENUINE", colour)``: the interface's words with the English beside them."""
    english, colour = HEADLINES.get(status, HEADLINES[FORGED])
    local = tr(english)
    return (f"{local} / {english}" if local != english else english), colour


def _date(iso: str) -> str:
    parts = iso.split("-")
    return "-".join(reversed(parts)) if len(parts) == 3 else iso


def describe(result: Verification, *, signed_in: bool = False) -> list[str]:
    """The lines that explain ``result``."""
    seal = result.seal
    lines: list[str] = []
    if seal is not None:
        kind = QCoreApplication.translate("Codes", dict(DOCUMENT_KINDS).get(seal.kind, seal.kind))
        lines.append(tr(MSG_FIELDS).format(
            number=seal.number, kind=kind, date=_date(seal.date), status=seal.status,
            facility=(f"{result.facility_name} ({seal.facility})" if result.facility_name
                      else seal.facility), key_id=seal.key_id))
    name = result.facility_name or (seal.facility if seal is not None else "")
    field = tr(FIELDS.get(result.field, result.field))
    if result.status == VALID:
        lines.append(tr(MSG_VALID if result.holder_matches else MSG_VALID_NO_HOLDER)
                     .format(name=name))
    elif result.status == UNCHECKED:
        lines.append(tr(MSG_UNCHECKED))
    elif result.status == FORGED and result.field == "register":
        lines.append(tr(MSG_FORGED_REGISTER))
    elif result.status == FORGED and result.reason == "printed":
        lines.append(tr(MSG_FORGED_PRINTED).format(field=field))
    elif result.status == FORGED and result.reason == "holder":
        lines.append(tr(MSG_FORGED_HOLDER).format(field=field))
    elif result.status == FORGED:
        lines.append(tr(MSG_FORGED_SIGNATURE))
    elif result.status == REVOKED and result.reason == "key":
        lines.append(tr(MSG_REVOKED_KEY).format(
            key_id=seal.key_id if seal is not None else "-",
            reason=result.key_reason or _date(result.key_revoked_at or result.key_retired_at)))
    elif result.status == REVOKED:
        lines.append(tr(MSG_VOIDED))
        if signed_in and result.voided_at is not None:
            lines.append(tr(MSG_VOIDED_REASON).format(
                date=result.voided_at.strftime("%d-%m-%Y"), reason=result.void_reason))
    elif result.status == UNKNOWN_KEY:
        lines.append(tr(MSG_UNKNOWN_KEY).format(key_id=seal.key_id if seal is not None else "-"))
    else:
        lines.append(tr(MSG_MALFORMED))
    if result.note == "expired" and seal is not None:
        lines.append(tr(MSG_EXPIRED).format(date=_date(getattr(seal, "valid_until", ""))))
    return lines


def worst(statuses: list[str]) -> str:
    return max(statuses, key=SEVERITY.index) if statuses else MALFORMED
