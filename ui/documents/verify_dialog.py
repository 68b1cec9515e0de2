"""Is this paper genuine? A field a USB QR scanner types into (it ends with Enter), or a PDF
file, checked against the key store and the register; the answer large and plain.

Optionally the holder's name and date of birth, as printed on the paper, are checked
against the hash in the QR (which never carries the name itself).
"""
from __future__ import annotations

from pathlib import Path

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QDialog, QFrame, QHBoxLayout, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from models.document import DOCUMENT_KINDS
from models.verification import (FORGED, MALFORMED, UNKNOWN_KEY, VALID, VOIDED, Verification,
                                 verify_text)
from ui.cli import documents as cli_texts
from ui.clients.person_form import line
from ui.documents.printing import busy
from ui.widgets.date_field import DateField
from ui.widgets.errors import describe, expected
from ui.widgets.field_form import FieldForm, plain_label
from ui.widgets import file_dialogs

C = "VerifyDialog"
F_SEAL = QT_TRANSLATE_NOOP("Codes", "QR code text")
F_HOLDER = QT_TRANSLATE_NOOP("Codes", "Holder's name on the paper")
F_HOLDER_BORN = QT_TRANSLATE_NOOP("Codes", "Holder's date of birth on the paper")
#: status -> (headline, colour); the worst status of a file with several seals wins.
HEADLINES = {
    VALID: (QT_TRANSLATE_NOOP(C, "GENUINE"), "#1b5e20"),
    VOIDED: (QT_TRANSLATE_NOOP(C, "VOIDED"), "#b3261e"),
    UNKNOWN_KEY: (QT_TRANSLATE_NOOP(C, "UNKNOWN KEY"), "#9a5b00"),
    FORGED: (QT_TRANSLATE_NOOP(C, "FORGED"), "#b3261e"),
    MALFORMED: (QT_TRANSLATE_NOOP(C, "NOT A PULIH QR"), "#b3261e"),
}
SEVERITY = (VALID, UNKNOWN_KEY, VOIDED, MALFORMED, FORGED)
TAMPERED = "tampered"


class VerifyDialog(QDialog):
    """Scan, paste or open, then read the verdict.

    Attributes:
        status: the verdict of the last check (a :mod:`models.verification` status, or
            "tampered" for a PDF whose printed QR and stored seal differ), "" before one.
        results: the checks of the last scan or file, one per seal.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verify_dialog")
        self.status = ""
        self.results: list[Verification] = []
        self._last: tuple[str, list[str], bool] | None = None  # source, seals, tampered
        self.intro = plain_label("", self, wrap=True)
        self.form = FieldForm(self)
        self.seal = QLineEdit(self)
        self.seal.setObjectName("seal_input")
        self.seal.setClearButtonEnabled(True)
        self.seal.returnPressed.connect(self.check_typed)
        self.pdf_button = QPushButton(qta.icon("mdi6.file-pdf-box"), "", self)
        self.pdf_button.setObjectName("open_pdf")
        self.pdf_button.clicked.connect(self.choose_pdf)
        self.pdf_button.setAutoDefault(False)  # Enter belongs to the scanner field
        seal_row = QWidget(self)
        row = QHBoxLayout(seal_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.seal, 1)
        row.addWidget(self.pdf_button)
        seal_row.setFocusProxy(self.seal)
        self.holder = line("holder_name", self)
        self.holder.returnPressed.connect(self.check_again)
        self.holder_born = DateField(F_HOLDER_BORN, self)
        self.holder_born.setObjectName("holder_born")
        self.holder_born.returnPressed.connect(self.check_again)
        self.form.add_row(F_SEAL, seal_row)
        self.form.add_row(F_HOLDER, self.holder)
        self.form.add_row(F_HOLDER_BORN, self.holder_born)

        self.verdict = QFrame(self)
        self.verdict.setObjectName("verdict")
        self.verdict.setFrameShape(QFrame.Shape.StyledPanel)
        self.headline = plain_label("", self.verdict)
        self.headline.setObjectName("verdict_headline")
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.headline.font())
        font.setPointSizeF(font.pointSizeF() * 2.6)
        font.setBold(True)
        self.headline.setFont(font)
        self.details = plain_label("", self.verdict, wrap=True)
        self.details.setObjectName("verdict_details")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QVBoxLayout(self.verdict)
        box.addWidget(self.headline)
        box.addWidget(self.details)
        self.verdict.hide()
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("close_verify")
        self.close_button.clicked.connect(self.accept)
        self.close_button.setAutoDefault(False)  # Enter belongs to the scanner field
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.form)
        layout.addWidget(self.verdict, 1)
        layout.addLayout(buttons)
        self.form.chain_tab_order()
        self.resize(720, 520)
        self.retranslate_ui()
        self.seal.setFocus()

    # --- checking -----------------------------------------------------------------------

    def _holder(self) -> tuple[str | None, object]:
        name = self.holder.text().strip()
        if not name:
            return None, None
        return name, self.holder_born.date_or_none()

    def check_typed(self) -> None:
        """Check what the scanner typed (or was pasted), then make room for the next scan."""
        text = self.seal.text().strip()
        if not text:
            return
        self.check_seals(text[:80], [text])
        self.seal.selectAll()  # the next scan replaces this one

    def choose_pdf(self) -> None:
        path, _ = file_dialogs.open_file_name(self, self.tr("Open a document to check"), "",
                                              "PDF (*.pdf)")
        if path:
            self.check_pdf(path)

    def check_pdf(self, path: str) -> None:
        """Check every seal in a PDF: the printed QR codes, compared with the seals Pulih
        stored inside the file (they differ when the file was altered)."""
        from reports.seal_reader import seals_in_images, seals_in_metadata
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            self._show(MALFORMED, describe(exc))
            return
        inside = seals_in_metadata(data)
        printed = busy(seals_in_images, data)
        if inside and printed and set(inside) != set(printed):
            self.check_seals(Path(path).name, printed, tampered=True)
            return
        seals = printed or inside
        if not seals:
            self.results = []
            self._show(MALFORMED, QCoreApplication.translate("Cli", cli_texts.MSG_NO_SEAL)
                       .format(source=Path(path).name))
            return
        self.check_seals(Path(path).name, seals)

    def check_again(self) -> None:
        """Enter in the name or date: check the last seals again with the holder given."""
        if self._last is not None:
            self.check_seals(*self._last)

    def check_seals(self, source: str, seals: list[str], tampered: bool = False) -> None:
        self._last = (source, seals, tampered)
        name, born = self._holder()
        try:
            self.results = [verify_text(text, name, born) for text in seals]
        except Exception as exc:  # noqa: BLE001 - a locked database, say
            if not expected(exc):
                raise
            self._show(MALFORMED, describe(exc))
            return
        worst = max((r.status for r in self.results), key=SEVERITY.index)
        lines: list[str] = []
        if tampered:
            lines.append(QCoreApplication.translate("Cli", cli_texts.MSG_MISMATCH))
        for number, result in enumerate(self.results, start=1):
            if len(self.results) > 1:
                lines.append(f"{number}. {self.tr(HEADLINES[result.status][0])}")
            lines.extend(self._describe(result))
        self._show(TAMPERED if tampered else worst, "\n".join(lines))

    def _describe(self, result: Verification) -> list[str]:
        translate = QCoreApplication.translate
        seal = result.seal
        lines = []
        if seal is not None:
            kind = translate("Codes", dict(DOCUMENT_KINDS).get(seal.kind, seal.kind))
            lines.append(self.tr("Number: {number}").format(number=seal.number))
            lines.append(self.tr("Document: {kind}").format(kind=kind))
            lines.append(self.tr("Date: {date}").format(date=_date_text(seal.date)))
            lines.append(self.tr("Result or status: {status}").format(status=seal.status))
            facility = (f"{result.facility_name} ({seal.facility})" if result.facility_name
                        else seal.facility)
            lines.append(self.tr("Issued by: {facility}").format(facility=facility))
            lines.append(self.tr("Key: {key_id}").format(key_id=seal.key_id))
        if result.status == VALID:
            lines.append(translate("Cli", cli_texts.MSG_VALID).format(
                name=result.facility_name or (seal.facility if seal else "")))
        elif result.status == VOIDED:
            lines.append(translate("Cli", cli_texts.MSG_VOIDED).format(
                date=result.voided_at.strftime("%d-%m-%Y") if result.voided_at else "-",
                reason=result.void_reason))
        elif result.status == FORGED:
            lines.append(translate("Cli", cli_texts.MSG_FORGED))
        elif result.status == UNKNOWN_KEY:
            lines.append(translate("Cli", cli_texts.MSG_UNKNOWN_KEY).format(
                key_id=seal.key_id if seal else "-"))
        else:
            lines.append(translate("Cli", cli_texts.MSG_MALFORMED))
        if result.holder_matches is not None:
            lines.append(translate("Cli", cli_texts.MSG_HOLDER_OK if result.holder_matches
                                   else cli_texts.MSG_HOLDER_BAD))
        return lines

    def _show(self, status: str, details: str) -> None:
        self.status = status
        headline, colour = HEADLINES.get(status, HEADLINES[FORGED])
        if status == TAMPERED:
            headline = HEADLINES[FORGED][0]
        self.headline.setText(self.tr(headline))
        self.headline.setStyleSheet(f"color: white; background: {colour}; padding: 10px;")
        self.details.setText(details)
        self.verdict.show()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Check a document"))
        self.intro.setText(self.tr(
            "Scan the QR code on the paper with the USB scanner (the cursor must be in the "
            "first field), paste its text and press Enter, or open the PDF file. To check "
            "that the paper belongs to its holder, also type the name and date of birth "
            "printed on it."))
        self.form.retranslate_ui()
        self.seal.setPlaceholderText(self.tr("PULIH1|..."))
        self.pdf_button.setText(self.tr("Open &PDF..."))
        self.holder_born.retranslate_ui()
        self.close_button.setText(self.tr("Close"))
        if self._last is not None and self.verdict.isVisible():
            self.check_seals(*self._last)


def _date_text(iso: str) -> str:
    """An ISO date from a seal as the desk reads dates (17-08-2025); as given if odd."""
    parts = iso.split("-")
    return "-".join(reversed(parts)) if len(parts) == 3 else iso
