"""Restoring a backup from the Backups tab, in three steps that never freeze the window.

1. The backup is checked completely in a worker thread (progress window with Cancel).
2. The admin sees what will replace what (facility, date, counts of both sides) and
   confirms; another facility's backup and a plain backup into an encrypted installation
   each need their own tick.
3. The backup is copied beside the database and checked again in a worker thread (pages
   copied of the total, Cancel; on PostgreSQL it is restored into a scratch database of
   the server and checked there); only then, in a moment on the window's thread, the
   database is closed, the copy swapped in (renamed) and the old database kept as a
   safety copy.
   Pulih then closes, so every screen starts afresh.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from models.backup.backup import KEEP_SAFETY
from models.backup.restore_check import BackupReport
from models.core.cancel import Cancelled
from models.db import connection as dbmod
from reports.dates import long_stamp
from ui.admin.background_job import BackgroundJob
from ui.i18n import language
from ui.session import SESSION
from ui.widgets.errors import describe, expected, show_failure
from ui.widgets.field_form import plain_label

C = "RestoreFlow"


def progress_window(parent: QWidget, text: str, name: str) -> QProgressDialog:
    """A window-modal progress window with a Cancel button, shown at once."""
    dialog = QProgressDialog(text, QCoreApplication.translate("RestoreFlow", "Cancel"), 0, 0,
                             parent)
    dialog.setObjectName(name)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.show()
    return dialog


class RestoreConfirm(QDialog):
    """What will replace what, and the admin's explicit choices."""

    def __init__(self, report: BackupReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_confirm")
        self.setWindowTitle(self.tr("Restore a backup"))
        self.report = report
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(plain_label(self.tr("Replace the data in use by this backup?"), self))
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        heads = ("", self.tr("In use now"), self.tr("The backup"))
        for column, text in enumerate(heads):
            grid.addWidget(plain_label(text, self), 0, column)
        rows = ((self.tr("Facility code"), lambda s: s.facility_code or "-"),
                (self.tr("Facility"), lambda s: s.facility_name or "-"),
                (self.tr("Newest entry"), lambda s: long_stamp(s.newest_event, language())),
                (self.tr("People"), lambda s: QLocale().toString(s.people)),
                (self.tr("Episodes"), lambda s: QLocale().toString(s.episodes)),
                (self.tr("Documents"), lambda s: QLocale().toString(s.documents)),
                (self.tr("Encrypted"),
                 lambda s: self.tr("yes") if s.encrypted else self.tr("no")))
        for row, (label, value) in enumerate(rows, start=1):
            grid.addWidget(plain_label(label, self), row, 0)
            grid.addWidget(plain_label(value(report.current) if report.current else "-",
                                       self), row, 1)
            grid.addWidget(plain_label(value(report.backup), self), row, 2)
        layout.addLayout(grid)
        server = dbmod.bound_target() is not None and not dbmod.is_sqlite()
        kept = self.tr(
            "The backup was checked completely. The database in use now is kept as a safety "
            "copy on the database server under another name.") if server else self.tr(
            "The backup was checked completely. The database in use now is kept as a safety "
            "copy beside it.")
        text = plain_label(kept + " " + self.tr(
            "Only the newest {keep} safety copies are kept; older ones are deleted now. "
            "Everything entered after the backup (at every desk) will no longer be shown; it "
            "stays only in the safety copy. Pulih then closes: start it again and sign in."
            ).format(keep=KEEP_SAFETY), self, wrap=True)
        text.setObjectName("restore_explained")
        layout.addWidget(text)
        self.foreign_box = QCheckBox(self.tr(
            "This backup belongs to another facility ({code}): replace this facility's data "
            "with it").format(code=report.backup.facility_code), self)
        self.foreign_box.setObjectName("restore_other_facility")
        self.foreign_box.setVisible(report.foreign)
        self.encrypt_box = QCheckBox(self.tr(
            "The backup is not encrypted: encrypt the restored data with the key in use"),
            self)
        self.encrypt_box.setObjectName("restore_encrypt_plain")
        self.encrypt_box.setVisible(report.plain_into_encrypted)
        layout.addWidget(self.foreign_box)
        layout.addWidget(self.encrypt_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.yes = buttons.addButton(self.tr("Restore"),
                                     QDialogButtonBox.ButtonRole.DestructiveRole)
        self.yes.setObjectName("restore_yes")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.yes.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for box in (self.foreign_box, self.encrypt_box):
            box.toggled.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.yes.setEnabled((not self.report.foreign or self.foreign_box.isChecked())
                            and (not self.report.plain_into_encrypted
                                 or self.encrypt_box.isChecked()))


class RestoreFlow(QObject):
    """Drives one restore for the Backups tab.

    Signals:
        failed(str): the restore stopped; the message in the current language.
        restored(str): the backup (path) is in place; the app closes after the note.
    """

    failed = Signal(str)
    restored = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent
        self.job: BackgroundJob | None = None
        self.progress: QProgressDialog | None = None
        self.confirm: RestoreConfirm | QMessageBox | None = None
        self.done_box: QMessageBox | None = None

    # --- 1. check ------------------------------------------------------------------

    def start(self, backup: Path) -> None:
        from models.admin.backup_jobs import check_restore
        staff, target = SESSION.staff, dbmod.bound_target()
        self._run(lambda _progress, cancel: check_restore(staff, target, backup, cancel),
                  self.tr("Checking the backup completely…"), "restore_check_progress",
                  self._checked)

    def _run(self, work, text: str, name: str, then) -> None:
        self.progress = progress_window(self.window, text, name)
        self.job = BackgroundJob(work, self)
        self.job.progress.connect(self._step)
        self.job.succeeded.connect(lambda result: (self._close_progress(), then(result)))
        self.job.failed.connect(self._failed)
        self.progress.canceled.connect(self.job.cancel)
        self.job.start()

    def _step(self, done: int, total: int) -> None:
        if self.progress is not None and total:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        if isinstance(exc, Cancelled):
            self.failed.emit(describe(exc))
            return
        show_failure(exc, self.failed.emit)

    # --- 2. confirm ----------------------------------------------------------------

    def _checked(self, report: BackupReport) -> None:
        self.confirm = RestoreConfirm(report, self.window)
        self.confirm.setWindowModality(Qt.WindowModality.WindowModal)
        self.confirm.accepted.connect(lambda: self._stage(report))
        self.confirm.open()

    # --- 3. copy, then swap ----------------------------------------------------------

    def _stage(self, report: BackupReport) -> None:
        from models.admin.backup_jobs import stage_restore
        assert self.confirm is not None
        foreign = self.confirm.foreign_box.isChecked()
        encrypt = self.confirm.encrypt_box.isChecked()
        target = dbmod.bound_target()
        self._run(lambda progress, cancel: stage_restore(
            report, target, other_facility=foreign, encrypt_plain=encrypt, progress=progress,
            cancel=cancel), self.tr("Restoring the backup into a scratch database on the "
                                    "server and checking it again…")
            if target is not None and target.kind != "sqlite"
            else self.tr("Copying the backup beside the database…"),
            "restore_copy_progress", lambda staged: self._finish(report, staged))

    def _finish(self, report: BackupReport, staged: Path | str) -> None:
        from models.admin.backup_jobs import finish_restore
        try:
            result = finish_restore(SESSION.staff, dbmod.bound_target(), report, staged)
        except Exception as exc:  # noqa: BLE001 - expected failures are shown
            if expected(exc) and isinstance(staged, Path) and not staged.exists():
                # Swapped in, but it cannot be opened (e.g. the disk filled up meanwhile)
                self.failed.emit(self.tr(
                    "The backup was put in place and the database before it kept beside it, "
                    "but it cannot be opened now: {problem} Pulih must close; start it again "
                    "when that is solved.").format(problem=describe(exc)))
                return
            self._failed(exc)
            return
        self._done(report.path, long_stamp(report.backup.newest_event, language()),
                   result.safety_copy)

    def _done(self, backup: Path, when: str, safety) -> None:
        text = self.tr("The backup of {when} was restored; the data before it was kept as "
                       "{safety}. Pulih closes now: start it again and sign in.").format(
            when=when, safety=safety or "-")
        done = QMessageBox(QMessageBox.Icon.Information, self.tr("Restore a backup"), text,
                           QMessageBox.StandardButton.Ok, self.window)
        done.setObjectName("restore_done")
        done.setTextFormat(Qt.TextFormat.PlainText)
        # Every screen holds data of the database that was replaced: start afresh.
        done.finished.connect(lambda _code: QCoreApplication.quit())
        self.done_box = done
        done.open()
        self.restored.emit(str(backup))
