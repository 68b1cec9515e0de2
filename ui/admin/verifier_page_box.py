"""The box under the settings that writes the paper verifier page to a chosen folder.

The page (reports/verifier_page.py) holds this database's public keys and voided numbers;
the admin publishes it at the verification address, so a phone that scans a paper's QR
opens it and checks the paper there, offline and without Pulih.
"""
from __future__ import annotations

import qtawesome as qta
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui.session import SESSION
from ui.widgets import file_dialogs
from ui.widgets.errors import describe, expected
from ui.widgets.field_form import error_label, plain_label, show_error


class VerifierPageBox(QGroupBox):
    """Explains the verifier page and writes it.

    Attributes:
        write_button: asks for a folder and writes ``pulih-verifikasi.html`` there.
        info_label: where the page went, or nothing yet.
        error_label: why it could not be written.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verifier_page_box")
        self.about_label = plain_label("", self, wrap=True)
        self.write_button = QPushButton(qta.icon("mdi6.qrcode-scan"), "", self)
        self.write_button.setObjectName("write_verifier_page")
        self.write_button.clicked.connect(self.write)
        self.info_label = plain_label("", self, wrap=True)
        self.info_label.setObjectName("verifier_page_info")
        self.error_label = error_label(self)
        self.error_label.setObjectName("verifier_page_error")
        buttons = QHBoxLayout()
        buttons.addWidget(self.write_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about_label)
        layout.addLayout(buttons)
        layout.addWidget(self.info_label)
        layout.addWidget(self.error_label)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Verifier page for phones"))
        self.about_label.setText(self.tr(
            "One web page that checks this facility's papers on any phone, offline: it holds "
            "the public keys and the voided numbers, nothing about a person. Publish it at "
            "the verification address above, and write it again after a key is retired or "
            "revoked or a paper is voided."))
        self.write_button.setText(self.tr("Write the verifier page…"))

    def write(self) -> None:
        """Ask for a folder and write the page there; say where it went or why not."""
        from ui.common.verifier_page import write_verifier_page
        show_error(self.error_label, "")
        self.info_label.clear()
        folder = file_dialogs.existing_directory(self, self.tr("Folder for the verifier page"))
        if not folder:
            return
        try:
            written = write_verifier_page(SESSION.staff, folder)
        except OSError as exc:
            show_error(self.error_label, self.tr(
                "The page could not be written to {folder}: {detail}. Choose another folder "
                "(a USB stick, say).").format(folder=folder, detail=exc.strerror or exc))
            return
        except Exception as exc:  # expected failures are shown, not raised
            if not expected(exc):
                raise
            show_error(self.error_label, describe(exc))
            return
        self.info_label.setText(" ".join(written.lines()))
