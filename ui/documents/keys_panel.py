"""The facility's public signing keys and those imported from other facilities: export ours
(a text file, or a printable page of QR codes), import theirs (a file or pasted text), so
offices can check each other's papers offline."""
from __future__ import annotations

from pathlib import Path

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.documents.trust import export_keys, import_keys
from models.facility.facility import facility
from models.seals.signing import PublicKeyInfo, list_keys, parse_key_line
from models.staff.rights import Action, Area, has_right
from reports.dates import short_date
from reports.public_key_qr import PublicKeyEntry, grouped, render_public_key_page
from reports.tally_progress import write_file
from ui.documents.key_state_dialog import KeyStateDialog
from ui.documents.preview import PreviewDialog
from ui.documents.printing import open_preview
from ui.session import SESSION
from ui.widgets import file_dialogs
from ui.widgets.errors import describe, show_failure
from ui.widgets.field_form import error_label, plain_label, show_error
from ui.widgets.tables import read_only_table

C = "KeysPanel"
HEADERS = (QT_TRANSLATE_NOOP(C, "Key ID"), QT_TRANSLATE_NOOP(C, "Facility code"),
           QT_TRANSLATE_NOOP(C, "Facility"), QT_TRANSLATE_NOOP(C, "Whose"),
           QT_TRANSLATE_NOOP(C, "Added"), QT_TRANSLATE_NOOP(C, "State"))
KEY_FILE_FILTER = "Pulih key (*.txt *.key)"


class KeysPanel(QWidget):
    """The key store as a list, with export and import.

    Attributes:
        keys: the keys listed.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keys: list[PublicKeyInfo] = []
        self._loaded = False
        self.intro = plain_label("", self, wrap=True)
        self.table = read_only_table(self, "keys_table", len(HEADERS),
                                     widths=(170, 110, None, 110, 100, 190), stretch=2,
                                     single=False)
        self.table.itemSelectionChanged.connect(self._enable_state_buttons)
        self.retire_button = QPushButton(qta.icon("mdi6.key-minus"), "", self)
        self.retire_button.setObjectName("retire_key")
        self.retire_button.clicked.connect(lambda: self.change_state(revoke=False))
        self.revoke_button = QPushButton(qta.icon("mdi6.key-remove"), "", self)
        self.revoke_button.setObjectName("revoke_key")
        self.revoke_button.clicked.connect(lambda: self.change_state(revoke=True))
        self.export_button = QPushButton(qta.icon("mdi6.file-export"), "", self)
        self.export_button.setObjectName("export_keys")
        self.export_button.clicked.connect(self.choose_export_file)
        self.qr_button = QPushButton(qta.icon("mdi6.qrcode"), "", self)
        self.qr_button.setObjectName("print_keys_qr")
        self.qr_button.clicked.connect(self.show_qr_page)
        self.import_box = QGroupBox(self)
        self.import_box.setObjectName("import_keys")
        self.pasted = QPlainTextEdit(self.import_box)
        self.pasted.setObjectName("pasted_keys")
        self.pasted.setTabChangesFocus(True)
        self.pasted.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.import_file_button = QPushButton(qta.icon("mdi6.file-import"), "", self.import_box)
        self.import_file_button.setObjectName("import_key_file")
        self.import_file_button.clicked.connect(self.choose_import_file)
        self.import_text_button = QPushButton(qta.icon("mdi6.key-plus"), "", self.import_box)
        self.import_text_button.setObjectName("import_pasted")
        self.import_text_button.clicked.connect(lambda: self.import_text(
            self.pasted.toPlainText()))
        self.message = error_label(self)
        self.message.setObjectName("keys_message")
        self.done = plain_label("", self, wrap=True)
        self.done.setObjectName("keys_done")

        box = QVBoxLayout(self.import_box)
        box.addWidget(self.pasted)
        import_row = QHBoxLayout()
        import_row.addWidget(self.import_file_button)
        import_row.addStretch(1)
        import_row.addWidget(self.import_text_button)
        box.addLayout(import_row)
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_button)
        export_row.addWidget(self.qr_button)
        export_row.addStretch(1)
        export_row.addWidget(self.retire_button)
        export_row.addWidget(self.revoke_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(export_row)
        layout.addWidget(self.import_box)
        layout.addWidget(self.message)
        layout.addWidget(self.done)
        self.retranslate_ui()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._loaded:
            self.load()

    def load(self) -> None:
        """List the key store (own keys first)."""
        staff = SESSION.staff
        if staff is None:
            return
        self._loaded = True
        self.import_box.setEnabled(has_right(staff, Area.ADMIN, Action.INPUT))
        admin = has_right(staff, Area.ADMIN, Action.INPUT)
        self.retire_button.setVisible(admin)
        self.revoke_button.setVisible(admin)
        try:
            self.keys = list_keys(staff)
        except Exception as exc:  # noqa: BLE001
            show_failure(exc, self.message)
            self.keys = []
        self._fill()
        self._enable_state_buttons()

    def _state_text(self, key: PublicKeyInfo) -> str:
        if key.revoked_at is not None:
            return self.tr("Revoked from {date}").format(date=short_date(key.revoked_at))
        if key.retired_at is not None:
            return self.tr("Retired after {date}").format(date=short_date(key.retired_at))
        return self.tr("In use")

    def selected_key(self) -> PublicKeyInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.keys):
            return None
        return self.keys[rows[0].row()]

    def _enable_state_buttons(self) -> None:
        key = self.selected_key()
        self.retire_button.setEnabled(key is not None and key.retired_at is None
                                      and key.revoked_at is None)
        self.revoke_button.setEnabled(key is not None)

    def change_state(self, revoke: bool) -> KeyStateDialog | None:
        """Ask for the date and reason of retiring or revoking the selected key."""
        key = self.selected_key()
        if key is None:
            return None
        dialog = KeyStateDialog(key.key_id, revoke, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._state_changed(key.key_id, revoke))
        dialog.open()
        return dialog

    def _state_changed(self, key_id: str, revoke: bool) -> None:
        self.load()
        if revoke:
            self._say(self.tr("Key {key_id} was revoked. Export the keys again and send them "
                              "to the other facilities.").format(key_id=key_id))
        else:
            self._say(self.tr("Key {key_id} was retired.").format(key_id=key_id))

    def _fill(self) -> None:
        self.table.setRowCount(len(self.keys))
        for row, key in enumerate(self.keys):
            whose = self.tr("This facility") if key.own else self.tr("Imported")
            for column, text in enumerate((grouped(key.key_id), key.facility_code,
                                           key.facility_name, whose,
                                           short_date(key.added_at),
                                           self._state_text(key))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)

    def _say(self, text: str) -> None:
        show_error(self.message, "")
        self.done.setText(text)

    # --- export ------------------------------------------------------------------------

    def _exported(self) -> str | None:
        """This facility's keys as exported lines (audited), or None with a message."""
        show_error(self.message, "")
        self.done.setText("")
        if SESSION.staff is None:
            return None
        try:
            text = export_keys(SESSION.staff)
        except Exception as exc:  # noqa: BLE001
            show_failure(exc, self.message)
            return None
        if not text.strip():
            show_error(self.message, self.tr(
                "This facility has no signing key yet: one is made when the first document "
                "is issued."))
            return None
        return text

    def choose_export_file(self) -> None:
        code = facility().code if facility() is not None else "pulih"
        path, _ = file_dialogs.save_file_name(self, self.tr("Save the public keys"),
                                              f"kunci-publik-{code}.txt", KEY_FILE_FILTER)
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> bool:
        """Write this facility's public keys to a text file, one line per key."""
        text = self._exported()
        if text is None:
            return False
        try:
            write_file(path, text.encode("utf-8"))
        except OSError as exc:
            show_error(self.message, describe(exc))
            return False
        self._say(self.tr("Saved {path}: give this file to the other facility.").format(
            path=path))
        return True

    def qr_page(self) -> bytes | None:
        """The printable page of this facility's keys as QR codes (PDF bytes)."""
        text = self._exported()
        if text is None:
            return None
        fac = facility()
        entries = []
        for key_line in text.splitlines():
            if not key_line.startswith("PULIH-KEY"):
                continue  # the signed list of key states travels in the file, not the QR
            _code, key_id, _raw, _name = parse_key_line(key_line)
            entries.append(PublicKeyEntry(key_id, key_line))
        name = (fac.name_lines or [fac.code])[-1] if fac is not None else ""
        return render_public_key_page(name, fac.code if fac is not None else "", entries)

    def show_qr_page(self) -> PreviewDialog | None:
        pdf = self.qr_page()
        if pdf is None:
            return None
        code = facility().code if facility() is not None else "pulih"
        return open_preview(self, pdf, self.tr("Public keys as QR codes"),
                            f"kunci-publik-{code}")

    # --- import ------------------------------------------------------------------------

    def choose_import_file(self) -> None:
        path, _ = file_dialogs.open_file_name(self, self.tr("Import public keys"), "",
                                              KEY_FILE_FILTER + ";;* (*)")
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> bool:
        try:
            text = Path(path).read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            show_error(self.message, describe(exc))
            return False
        return self.import_text(text)

    def import_text(self, text: str) -> bool:
        """Add the keys in ``text`` (exported lines) to the key store."""
        show_error(self.message, "")
        self.done.setText("")
        if SESSION.staff is None:
            return False
        try:
            added = import_keys(SESSION.staff, text)
        except Exception as exc:  # noqa: BLE001 - the pasted text stays
            show_failure(exc, self.message)
            return False
        self.pasted.clear()
        self.load()
        self._say(self.tr("%n key(s) imported.", "", len(added)) if added else
                  self.tr("These keys were already in the list; nothing was added."))
        return True

    def retranslate_ui(self) -> None:
        self.intro.setText(self.tr(
            "Papers are signed with this facility's keys. Give the public keys to other "
            "facilities (as a file or a printed page of QR codes) so they can check your "
            "papers, and import theirs to check their papers here. Private keys never leave "
            "the computer that signs."))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate(C, text) for text in HEADERS])
        self.export_button.setText(self.tr("Export to a &file..."))
        self.qr_button.setText(self.tr("Print as &QR codes..."))
        self.import_box.setTitle(self.tr("Import another facility's keys (admins)"))
        self.pasted.setPlaceholderText(self.tr("Paste or scan the key text here "
                                               "(PULIH-KEY1|...)"))
        self.import_file_button.setText(self.tr("From a f&ile..."))
        self.import_text_button.setText(self.tr("Import the &pasted text"))
        self.retire_button.setText(self.tr("Re&tire key..."))
        self.revoke_button.setText(self.tr("Re&voke key..."))
        if self._loaded:
            self._fill()
