"""The words of a seal check, shared by ``main.py verify`` and the verify dialog.

The headline is given in the interface language with the English beside it
("ASLI / GENUINE"); the lines below say in plain words what was checked and what was not.
The void reason is given only to someone signed in (the command needs no sign-in).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from models.core.errors import QT_TRANSLATE_NOOP
from models.documents.document import DOCUMENT_KINDS
from models.documents.verification import (
    FORGED,
    MALFORMED,
    REVOKED,
    UNCHECKED,
    UNKNOWN_KEY,
    VALID,
    Verification,
)
from reports.dates import short_date, short_date_or_text
from ui.i18n import translate

if TYPE_CHECKING:
    from ui.common.paper_check import PaperCheck

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
#: kept in the command line's context, where it was first written and translated
MSG_NO_SEAL = QT_TRANSLATE_NOOP("Cli", "No Pulih QR code was found in {source}.")
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
    return translate(C, text)


def headline(status: str) -> tuple[str, str]:
    """``("ASLI / GENUINE", colour)``: the interface's words with the English beside them."""
    english, colour = HEADLINES.get(status, HEADLINES[FORGED])
    local = tr(english)
    return (f"{local} / {english}" if local != english else english), colour


def describe(result: Verification, *, signed_in: bool = False) -> list[str]:
    """The lines that explain ``result``."""
    seal = result.seal
    lines: list[str] = []
    if seal is not None:
        kind = translate("Codes", dict(DOCUMENT_KINDS).get(seal.kind, seal.kind))
        lines.append(tr(MSG_FIELDS).format(
            number=seal.number, kind=kind, date=short_date_or_text(seal.date),
            status=seal.status,
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
            reason=result.key_reason
            or short_date_or_text(result.key_revoked_at or result.key_retired_at)))
    elif result.status == REVOKED:
        lines.append(tr(MSG_VOIDED))
        if signed_in and result.voided_at is not None:
            lines.append(tr(MSG_VOIDED_REASON).format(
                date=short_date(result.voided_at), reason=result.void_reason))
    elif result.status == UNKNOWN_KEY:
        lines.append(tr(MSG_UNKNOWN_KEY).format(key_id=seal.key_id if seal is not None else "-"))
    else:
        lines.append(tr(MSG_MALFORMED))
    if result.note == "expired" and seal is not None:
        lines.append(tr(MSG_EXPIRED).format(
            date=short_date_or_text(getattr(seal, "valid_until", ""))))
    return lines


def worst(statuses: list[str]) -> str:
    return max(statuses, key=SEVERITY.index) if statuses else MALFORMED


def no_seal(source: str) -> str:
    """The sentence for a file or text that holds no Pulih seal."""
    return translate("Cli", MSG_NO_SEAL).format(source=source)


def refused(reason: str) -> str:
    """Why a PDF was not read (:class:`reports.pdf_probe.PdfRefused`'s reason)."""
    return tr(REFUSED.get(reason, REFUSED["damaged"]))


def verdict(check: PaperCheck) -> str:
    """The one headline of a whole check: FORGED when the file itself was altered (its QR
    codes and metadata differ, or it hides text), else the worst seal's verdict."""
    if check.tampered or check.hidden:
        return TAMPERED
    return worst([r.status for r in check.results])


def report_lines(check: PaperCheck, *, signed_in: bool, numbered: bool) -> list[str]:
    """The lines under the headline: the file's own faults, then each seal's lines.

    ``numbered`` is the window's way (its large headline gives the verdict): a file with
    several seals heads each with "1. GENUINE / GENUINE" and so on, a single seal gets no
    headline of its own. Otherwise (a terminal) every seal is headed by its verdict.
    ``signed_in`` shows a void's reason, which the command line (no sign-in) never does.
    """
    lines: list[str] = []
    if check.tampered:
        lines.append(tr(MSG_MISMATCH))
    if check.hidden:
        lines.append(tr(MSG_HIDDEN))
    several = len(check.results) > 1
    for number, result in enumerate(check.results, start=1):
        if not numbered:
            lines.append(headline(result.status)[0])
        elif several:
            lines.append(f"{number}. {headline(result.status)[0]}")
        lines.extend(describe(result, signed_in=signed_in))
    if check.text_unread:
        lines.append(tr(MSG_TEXT_UNREAD))
    return lines


def exit_code(check: PaperCheck) -> int:
    """``main.py verify``'s answer: 0 genuine with the holder and the printed text checked,
    1 not genuine (forged, altered, revoked, unknown key, unreadable), 3 a genuine seal whose
    holder or printed text was not checked."""
    statuses = [r.status for r in check.results]
    if check.tampered or check.hidden or any(s not in (VALID, UNCHECKED) for s in statuses):
        return 1
    if check.text_unread or UNCHECKED in statuses:
        return 3
    return 0
