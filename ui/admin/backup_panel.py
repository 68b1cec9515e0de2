"""The Backups tab: where backups go, the newest good one, the last failure, whether the
folder would survive the computer's disk failing, the list, back up now, restore, and the
database's encryption.

Backing up and restoring run in worker threads (:mod:`ui.admin.background_job`,
:mod:`ui.admin.restore_flow`) with pages copied of the total and a Cancel button: the
window never waits for the copy.
"""
from __future__ import annotations

from pathlib import Path

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.backup.backup import BackupInfo
from models.backup.status import BackupOverview
from models.db import connection as dbmod
from reports.dates import long_stamp
from ui.admin.background_job import BackgroundJob
from ui.admin.restore_flow import RestoreFlow, progress_window
from ui.i18n import language
from ui.session import SESSION
from ui.widgets import file_dialogs
from ui.widgets.errors import describe, expected, show_failure
from ui.widgets.field_form import error_label, plain_label, show_error
from ui.widgets.tables import read_only_table

C = "BackupPanel"


def size_text(size: int) -> str:
    return QLocale().toString(size / 1e6, "f", 1) + " MB"


class BackupPanel(QWidget):
    """Backups of the database in use.

    Signals:
        restored(str): a backup was restored; the backup's file path. The app should close.
    """

    restored = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup_panel")
        self._backups: list[BackupInfo] = []
        self._overview: BackupOverview | None = None
        self.job: BackgroundJob | None = None
        self.progress = None
        self.flow = RestoreFlow(self)
        self.flow.failed.connect(self._restore_failed)
        self.flow.restored.connect(self.restored.emit)
        self.intro_label = plain_label("", self, wrap=True)
        self.folder_label = plain_label("", self)
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setObjectName("backup_folder")
        self.folder_edit.setReadOnly(True)
        self.folder_button = QPushButton(qta.icon("mdi6.folder-open-outline"), "", self)
        self.folder_button.setObjectName("choose_backup_folder")
        self.folder_button.clicked.connect(self.choose_folder)
        self.auto_box = QCheckBox(self)
        self.auto_box.setObjectName("backup_auto")
        self.auto_box.toggled.connect(self._auto_toggled)
        self.backup_button = QPushButton(qta.icon("mdi6.content-save-move-outline"), "", self)
        self.backup_button.setObjectName("backup_now")
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(qta.icon("mdi6.backup-restore"), "", self)
        self.restore_button.setObjectName("restore_backup")
        self.restore_button.clicked.connect(self.ask_restore)
        self.status_label = plain_label("", self, wrap=True)
        self.status_label.setObjectName("backup_status")
        self.same_disk_label = plain_label("", self, wrap=True)
        self.same_disk_label.setObjectName("backup_same_disk")
        palette = self.same_disk_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.darkRed)
        self.same_disk_label.setPalette(palette)
        self.same_disk_button = QPushButton(qta.icon("mdi6.usb-flash-drive-outline"), "", self)
        self.same_disk_button.setObjectName("choose_other_disk")
        self.same_disk_button.clicked.connect(self.choose_folder)
        self.failure_label = error_label(self)
        self.failure_label.setObjectName("backup_last_failure")
        self.encryption_button = QPushButton(qta.icon("mdi6.lock-outline"), "", self)
        self.encryption_button.setObjectName("database_encryption")
        self.encryption_button.clicked.connect(self.manage_encryption)
        self.error_label = error_label(self)
        self.error_label.setObjectName("backup_error")
        self.info_label = plain_label("", self, wrap=True)
        self.info_label.setObjectName("backup_info")

        self.table = read_only_table(self, "backup_table", 4, widths=(200, 300, 100))

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.encryption_button)
        disk_row = QHBoxLayout()
        disk_row.addWidget(self.same_disk_label, 1)
        disk_row.addWidget(self.same_disk_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(folder_row)
        layout.addWidget(self.status_label)
        layout.addLayout(disk_row)
        layout.addWidget(self.failure_label)
        layout.addWidget(self.auto_box)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        layout.addWidget(self.info_label)
        layout.addWidget(self.table, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.intro_label.setText(self.tr(
            "Each backup is a complete copy of the database, checked after it is written. "
            "Keep the folder on a USB stick or another disk, so a broken computer does not "
            "take the backups with it."))
        self.folder_label.setText(self.tr("Backup folder"))
        self.folder_button.setText(self.tr("Choose…"))
        self.auto_box.setText(self.tr("Back up automatically when Pulih closes and once a day"))
        self.backup_button.setText(self.tr("Back up now"))
        self.restore_button.setText(self.tr("Restore…"))
        self.same_disk_button.setText(self.tr("Choose a USB stick or another disk…"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made on"), self.tr("File"), self.tr("Size"),
             self.tr("Checked when written")])
        self._fill_table()
        self._show_overview()

    # --- reading -------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the folder setting, the list of backups and their status again."""
        from models.admin.backup_jobs import automatic_enabled, backup_folder, backups
        from models.backup.status import overview
        show_error(self.error_label, "")
        target = dbmod.bound_target()
        try:
            if target is None:
                raise RuntimeError("no database bound")
            self._backups = backups(SESSION.staff, target)
            folder = backup_folder(target)
            auto = automatic_enabled()
            self._overview = overview(target, folder)
        except Exception as exc:  # expected failures are shown
            if not expected(exc):
                raise
            self._backups, self._overview = [], None
            show_error(self.error_label, describe(exc))
            self._fill_table()
            self._show_overview()
            self._enable(False)
            return
        self.folder_edit.setText(str(folder))
        self.auto_box.blockSignals(True)
        self.auto_box.setChecked(auto)
        self.auto_box.blockSignals(False)
        self._fill_table()
        self._show_overview()
        self._enable(True)

    def _show_overview(self) -> None:
        """The status lines: newest good backup, how many are kept, same disk, failure."""
        info = self._overview
        if info is None:
            self.status_label.clear()
            self.same_disk_label.hide()
            self.same_disk_button.hide()
            show_error(self.failure_label, "")
            self._encryption_text()
            return
        if info.newest is None:
            status = self.tr("No backup in this folder yet.")
        else:
            status = self.tr(
                "Newest good backup: {when}, {size}, checked after writing (SQLite integrity "
                "check). {count} backups here, {total} in all.").format(
                when=long_stamp(info.newest.made_at, language()), size=size_text(info.newest.size),
                count=info.count, total=size_text(info.total_size))
        if info.keep is not None:
            status += " " + self.tr("Kept here: the {keep} newest.").format(keep=info.keep)
        else:
            status += " " + self.tr("Kept: the 3 newest, the newest of each recent day and "
                                    "of each recent month (see Settings).")
        self.status_label.setText(status)
        self.same_disk_label.setText(self.tr(
            "This folder is on the same disk as the database: if that disk fails, the "
            "backups are lost with it. Choose a USB stick or another disk."))
        self.same_disk_label.setVisible(info.same_disk)
        self.same_disk_button.setVisible(info.same_disk)
        failure = info.failure
        if failure is None:
            show_error(self.failure_label, "")
        else:
            cause = QCoreApplication.translate(failure.context, failure.text)
            try:
                cause = cause.format(**failure.params)
            except (KeyError, IndexError, ValueError):
                pass
            show_error(self.failure_label, self.tr(
                "The last backup ({when}) was not made: {cause}").format(
                when=long_stamp(failure.at, language()), cause=cause))
        self._encryption_text()

    def _encryption_text(self) -> None:
        from models.db import cipher
        target = dbmod.bound_target()
        sqlite = target is not None and target.kind == "sqlite"
        self.encryption_button.setVisible(sqlite)
        if sqlite:
            encrypted = not cipher.is_plain(Path(target.location))
            self.encryption_button.setText(self.tr("Change the database key…") if encrypted
                                           else self.tr("Encrypt the database…"))

    def _enable(self, ok: bool) -> None:
        for widget in (self.folder_button, self.auto_box, self.backup_button,
                       self.restore_button, self.encryption_button, self.same_disk_button):
            widget.setEnabled(ok)

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self._backups))
        for row, backup in enumerate(self._backups):
            texts = (long_stamp(backup.made_at, language()), backup.path.name,
                     size_text(backup.size), self.tr("yes"))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
                self.table.setItem(row, column, item)

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._backups[rows[0].row()] if rows else None

    # --- settings ------------------------------------------------------------------

    def choose_folder(self) -> None:
        folder = file_dialogs.existing_directory(self, self.tr("Backup folder"),
                                                 self.folder_edit.text())
        if folder:
            self._set("backup_folder", folder)

    def _auto_toggled(self, on: bool) -> None:
        self._set("backup_auto", 1 if on else 0)

    def _set(self, key: str, value: object) -> None:
        from models.admin.facility_admin import set_setting
        try:
            set_setting(SESSION.staff, key, value)
        except Exception as exc:  # noqa: BLE001 - expected failures are shown
            show_failure(exc, self.error_label)
        self.refresh()

    # --- acts ----------------------------------------------------------------------

    def back_up_now(self) -> None:
        """Make a backup in a worker thread, with pages copied and Cancel; the list shows
        it after."""
        from models.admin.backup_jobs import backup_now
        if self.job is not None and self.job.running():
            return
        self.info_label.clear()
        show_error(self.error_label, "")
        staff, target = SESSION.staff, dbmod.bound_target()
        self.progress = progress_window(self, self.tr("Making the backup…"), "backup_progress")
        self.job = BackgroundJob(lambda progress, cancel: backup_now(
            staff, target, progress=progress, cancel=cancel), self)
        self.job.progress.connect(self._step)
        self.job.succeeded.connect(self._backed_up)
        self.job.failed.connect(self._backup_failed)
        self.progress.canceled.connect(self.job.cancel)
        self._enable(False)
        self.job.start()

    def _step(self, done: int, total: int) -> None:
        if self.progress is not None and total:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _job_ended(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None
        self._enable(True)

    def _backed_up(self, made: BackupInfo) -> None:
        self._job_ended()
        self.info_label.setText(self.tr("Backup made and checked: {file} ({size}).").format(
            file=made.path.name, size=size_text(made.size)))
        self.refresh()

    def _backup_failed(self, exc: BaseException) -> None:
        self._job_ended()
        if not expected(exc):
            raise exc
        self.refresh()
        show_error(self.error_label, describe(exc))

    def ask_restore(self) -> None:
        """Restore the chosen backup (or a file picked from elsewhere): it is checked
        completely first, then the admin sees what replaces what and confirms."""
        backup = self.selected_backup()
        if backup is None:
            path, _filter = file_dialogs.open_file_name(
                self, self.tr("Choose a backup"), self.folder_edit.text(),
                self.tr("Pulih backups (*.sqlite3 *.pgdump)"))
            if not path:
                return
            chosen = Path(path)
        else:
            chosen = backup.path
        self.info_label.clear()
        show_error(self.error_label, "")
        self.flow.start(chosen)

    def _restore_failed(self, text: str) -> None:
        show_error(self.error_label, text)

    @property
    def confirm_box(self):
        return self.flow.confirm

    @property
    def done_box(self):
        return self.flow.done_box

    def manage_encryption(self) -> None:
        """Encrypt the plain database, or change the key of an encrypted one."""
        from ui.admin.encryption_dialog import EncryptionDialog
        dialog = EncryptionDialog(self)
        dialog.finished.connect(lambda _code: self.refresh())
        dialog.open()
