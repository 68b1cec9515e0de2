"""Encrypt the plain database in use, or change the key of an encrypted one (admins).

The work (:mod:`models.admin.encryption`) writes a checked encrypted copy and swaps it in, in a
worker thread while the database is closed (progress window with Cancel);
the old file is wiped unless the admin ticks "keep". The key is typed twice and must have
at least :data:`models.db.cipher.MIN_KEY_LENGTH` characters; a refused key stays typed.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from models.db import cipher
from models.db import connection as dbmod
from ui.admin.background_job import BackgroundJob
from ui.admin.restore_flow import progress_window
from ui.session import SESSION
from ui.widgets.errors import show_failure
from ui.widgets.field_form import error_label, plain_label, show_error


class EncryptionDialog(QDialog):
    """Key typed twice, keep-old choice, OK/Cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("encryption_dialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        target = dbmod.bound_target()
        self.encrypted = bool(target and target.kind == "sqlite"
                              and not cipher.is_plain(Path(target.location)))
        self.result_box: QMessageBox | None = None
        self.progress = None
        self.job: BackgroundJob | None = None
        self.intro = plain_label("", self, wrap=True)
        self.key = QLineEdit(self)
        self.key.setObjectName("new_db_key")
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit(self)
        self.again.setObjectName("new_db_key_again")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.keep = QCheckBox(self)
        self.keep.setObjectName("keep_old_file")
        self.error = error_label(self)
        self.error.setObjectName("encryption_error")
        from ui.widgets.dialog_buttons import ok_cancel
        self.buttons, self.ok_button = ok_cancel(self, "mdi6.lock-outline", self.run)
        self.ok_button.setObjectName("encryption_ok")
        form = QFormLayout()
        self.key_label = plain_label(self.tr("New key"), self)
        self.again_label = plain_label(self.tr("New key again"), self)
        form.addRow(self.key_label, self.key)
        form.addRow(self.again_label, self.again)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        self.setMinimumWidth(600)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.keep)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Change the database key") if self.encrypted
                            else self.tr("Encrypt the database"))
        self.intro.setText(self.tr(
            "A copy encrypted with the new key is written beside the database, checked, and "
            "only then put in its place. The key must have at least {minimum} characters "
            "(a few words are easy to remember). Pulih asks for it at every start; without "
            "it the data cannot be recovered: keep it written down in a safe place.").format(
            minimum=cipher.MIN_KEY_LENGTH))
        self.keep.setText(self.tr("Keep the old file (plain or under the old key) beside it; "
                                  "otherwise it is overwritten and removed"))
        # A wrapped label in a dialog is laid out one line short at times: leave room.
        self.intro.setMinimumHeight(self.intro.heightForWidth(560)
                                    + self.intro.fontMetrics().lineSpacing())

    def run(self) -> None:
        """Check the input, then rewrite the file in a worker thread (progress window with
        Cancel); on a refusal the message shows and the keys stay typed."""
        from models.admin.encryption import prepare, reencrypt_file
        show_error(self.error, "")
        target = dbmod.bound_target()
        key, keep = self.key.text(), self.keep.isChecked()
        try:
            old_key = prepare(SESSION.staff, target, key, self.again.text(),
                              not self.encrypted)
        except Exception as exc:  # noqa: BLE001 - expected failures are shown, input kept
            show_failure(exc, self.error)
            return
        self._actor_id, self._target, self._key = SESSION.staff.id, target, key
        dbmod.close()  # the file is rewritten and swapped while nothing holds it
        self.progress = progress_window(self, self.tr("Writing the encrypted copy…"),
                                        "encryption_progress")
        self.job = BackgroundJob(lambda _progress, cancel: reencrypt_file(
            Path(target.location), old_key, key, keep_old=keep, cancel=cancel), self)
        self.progress.canceled.connect(self.job.cancel)
        self.job.succeeded.connect(self._done)
        self.job.failed.connect(self._failed)
        self.buttons.setEnabled(False)
        self.job.start()

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None
        self.buttons.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        from models.db.schema import open_database
        self._close_progress()
        open_database(self._target)  # unchanged: carry on with it
        show_failure(exc, self.error)

    def _done(self, outcome) -> None:
        from models.admin.encryption import reopen
        self._close_progress()
        kept, wiped = outcome
        try:
            result = reopen(self._actor_id, self._target, self._key, kept, wiped,
                            not self.encrypted)
        except Exception as exc:  # noqa: BLE001 - expected failures are shown
            show_failure(exc, self.error)
            return
        lines = [self.tr("The database is now encrypted with the new key.")]
        if result.kept_old:
            lines.append(self.tr("The old file was kept as {path}, as asked: keep it safe or "
                                 "delete it.").format(path=str(result.kept_old)))
        elif result.wiped_old:
            lines.append(self.tr("The old file was overwritten with zeros and removed (on a "
                                 "flash disk or SSD an overwrite cannot promise that no old "
                                 "block survives inside the device)."))
        lines.append(self.tr("Backups made before stay as they were (plain or under the old "
                             "key): make a new backup now, and keep the old ones safe or "
                             "delete them."))
        box = QMessageBox(QMessageBox.Icon.Information, self.windowTitle(), "\n\n".join(lines),
                          QMessageBox.StandardButton.Ok, self.parentWidget())
        box.setObjectName("encryption_done")
        box.setTextFormat(Qt.TextFormat.PlainText)
        self.result_box = box
        box.open()
        self.accept()
