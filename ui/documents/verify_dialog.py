"""Is this paper genuine? A field a USB QR scanner types into (it ends with Enter), or a PDF
file, checked against the key store, key states, voided numbers and the register; the
answer large and plain, in Indonesian with the English beside it.

The holder's name and date of birth, as written on their identity card, are checked against
the hashes in the QR (which never carries the name itself); without them the answer says
the holder was not checked and is never the green GENUINE. A PDF's printed holder, number
and result are compared with its seal too (:mod:`ui.common.paper_check`).
"""
from __future__ import annotations

import threading
from pathlib import Path

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.documents.verification import MALFORMED, Verification, verify_text
from ui.clients.person_form import line
from ui.common import verdict_text as vt
from ui.common.paper_check import PaperCheck
from ui.widgets import file_dialogs
from ui.widgets.date_field import DateField
from ui.widgets.errors import describe, expected
from ui.widgets.field_form import FieldForm, plain_label

C = "VerifyDialog"
F_SEAL = QT_TRANSLATE_NOOP("Codes", "QR code text")
F_HOLDER = QT_TRANSLATE_NOOP("Codes", "Holder's name (as on the identity card)")
F_HOLDER_BORN = QT_TRANSLATE_NOOP("Codes", "Holder's date of birth (as on the identity card)")
TAMPERED = vt.TAMPERED


READING = "reading"


class VerifyDialog(QDialog):
    """Scan, paste or open, then read the verdict.

    Attributes:
        status: the verdict of the last check (a :mod:`models.documents.verification` status, or
            "tampered" for a PDF whose printed QR and stored seal differ), "" before one.
        results: the checks of the last scan or file, one per seal.
    """

    pdf_read = Signal(str, object)  # emitted from the reading thread

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verify_dialog")
        self.reading = False
        self.pdf_read.connect(self._pdf_done)
        self.status = ""
        self.results: list[Verification] = []
        self._last: tuple | None = None  # source, seals, tampered, printed, text_unread
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
        name = self.holder.text().strip() or None
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
        """Check every seal in a PDF: read in the background (a bounded child process, up
        to half a minute for a hostile file) while the window stays alive; then the printed
        QR codes against the seals stored inside the file, and the printed holder, number
        and result against each seal."""
        if self.reading:
            return
        self.reading = True
        self.pdf_button.setEnabled(False)
        self.results = []
        self._show(READING, self.tr("Reading {file}...").format(file=Path(path).name))
        thread = threading.Thread(target=self._read_in_background, args=(path,), daemon=True)
        thread.start()

    def _read_in_background(self, path: str) -> None:
        from reports.pdf_probe import PdfRefused
        from ui.common.paper_check import read_paper
        try:
            outcome: object = read_paper(path)
        except PdfRefused as exc:
            outcome = exc
        try:
            self.pdf_read.emit(path, outcome)
        except RuntimeError:
            pass  # the dialog was closed meanwhile

    def _pdf_done(self, path: str, outcome: object) -> None:
        from reports.pdf_probe import PdfRefused
        self.reading = False
        self.pdf_button.setEnabled(True)
        if isinstance(outcome, PdfRefused):
            self._show(vt.NOT_READ, vt.refused(outcome.reason))
            return
        read = outcome
        if not read.seals:
            self._show(MALFORMED, vt.no_seal(Path(path).name))
            return
        self.check_seals(Path(path).name, read.seals, read.tampered, read.printed,
                         read.text_unread, read.hidden)

    def check_again(self) -> None:
        """Enter in the name or date: check the last seals again with the holder given."""
        if self._last is not None:
            self.check_seals(*self._last)

    def check_seals(self, source: str, seals: list[str], tampered: bool = False,
                    printed: list | None = None, text_unread: bool = False,
                    hidden: str = "") -> None:
        self._last = (source, seals, tampered, printed, text_unread, hidden)
        name, born = self._holder()
        printed = printed or [None] * len(seals)
        try:
            self.results = [verify_text(text, name, born, one)
                            for text, one in zip(seals, printed)]
        except Exception as exc:  # a locked database, say
            if not expected(exc):
                raise
            self._show(MALFORMED, describe(exc))
            return
        check = PaperCheck(self.results, tampered, text_unread, list(seals), hidden)
        self._show(vt.verdict(check),
                   "\n".join(vt.report_lines(check, signed_in=True, numbered=True)))

    def _show(self, status: str, details: str) -> None:
        self.status = status
        headline, colour = (vt.headline(status) if status != READING
                            else (self.tr("Reading..."), "#5f5f5f"))
        self.headline.setText(headline)
        self.headline.setStyleSheet(f"color: white; background: {colour}; padding: 10px;")
        self.details.setText(details)
        self.verdict.show()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Check a document"))
        self.intro.setText(self.tr(
            "Scan the QR code on the paper with the USB scanner (the cursor must be in the "
            "first field), paste its text and press Enter, or open the PDF file. Then type "
            "the holder's name and date of birth as written on their identity card (KTP): "
            "without them the holder is not checked and the paper is not confirmed."))
        self.form.retranslate_ui()
        self.seal.setPlaceholderText(self.tr("PULIH2|..."))
        self.pdf_button.setText(self.tr("Open &PDF..."))
        self.holder_born.retranslate_ui()
        self.close_button.setText(self.tr("Close"))
        if self._last is not None and self.verdict.isVisible():
            self.check_seals(*self._last)


