"""The Backups tab: where backups go, whether they run by themselves, the list, back up now,
restore.

A restore replaces everything the desks see, so the confirmation says exactly what happens
(the current data is kept as a safety copy; work after the backup's time is no longer shown;
Pulih closes and is started again).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout,
                               QHeaderView, QLineEdit, QMessageBox, QProgressDialog,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from models import db as dbmod
from models.backup import BackupInfo, list_backups
from ui.session import SESSION
from ui.widgets.errors import describe, expected
from ui.widgets.field_form import error_label, plain_label, show_error
from ui.widgets import file_dialogs

ROW_HEIGHT = 28
C = "BackupPanel"


def stamp_text(value) -> str:
    return QLocale().toString(QDateTime(value), "d MMMM yyyy HH:mm")


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
        self.confirm_box: QMessageBox | None = None
        self.done_box: QMessageBox | None = None
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
        self.error_label = error_label(self)
        self.error_label.setObjectName("backup_error")
        self.info_label = plain_label("", self, wrap=True)
        self.info_label.setObjectName("backup_info")

        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("backup_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((200, 320)):
            self.table.horizontalHeader().resizeSection(column, width)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(folder_row)
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
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made on"), self.tr("File"), self.tr("Size")])
        self._fill_table()

    # --- reading -------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the folder setting and the list of backups again."""
        from models.backup_jobs import automatic_enabled, backup_folder, backups
        show_error(self.error_label, "")
        target = dbmod.bound_target()
        try:
            if target is None:
                raise RuntimeError("no database bound")
            self._backups = backups(SESSION.staff, target)
            folder = backup_folder(target)
            auto = automatic_enabled()
        except Exception as exc:  # noqa: BLE001 - expected failures are shown
            if not expected(exc):
                raise
            self._backups = []
            show_error(self.error_label, describe(exc))
            self._fill_table()
            self._enable(False)
            return
        self.folder_edit.setText(str(folder))
        self.auto_box.blockSignals(True)
        self.auto_box.setChecked(auto)
        self.auto_box.blockSignals(False)
        self._fill_table()
        self._enable(True)

    def _enable(self, ok: bool) -> None:
        for widget in (self.folder_button, self.auto_box, self.backup_button,
                       self.restore_button):
            widget.setEnabled(ok)

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self._backups))
        for row, backup in enumerate(self._backups):
            size = QLocale().toString(backup.size / 1e6, "f", 1) + " MB"
            for column, text in enumerate((stamp_text(backup.made_at), backup.path.name, size)):
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
        from models.facility_admin import set_setting
        try:
            set_setting(SESSION.staff, key, value)
        except Exception as exc:  # noqa: BLE001 - expected failures are shown
            if not expected(exc):
                raise
            show_error(self.error_label, describe(exc))
        self.refresh()

    # --- acts ----------------------------------------------------------------------

    def back_up_now(self) -> None:
        """Make a backup now, with a progress window; the list shows it after."""
        from models.backup_jobs import backup_now
        self.info_label.clear()
        show_error(self.error_label, "")
        progress = QProgressDialog(self.tr("Making the backup…"), "", 0, 0, self)
        progress.setObjectName("backup_progress")
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()

        def step(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            QCoreApplication.processEvents()

        try:
            made = backup_now(SESSION.staff, dbmod.bound_target(), progress=step)
        except Exception as exc:  # noqa: BLE001 - expected failures are shown
            if not expected(exc):
                raise
            show_error(self.error_label, describe(exc))
            return
        finally:
            progress.close()
        self.info_label.setText(self.tr("Backup made and checked: {file}.").format(
            file=made.path.name))
        self.refresh()

    def ask_restore(self) -> QMessageBox | None:
        """Ask before restoring the chosen backup (or a file picked from elsewhere)."""
        backup = self.selected_backup()
        if backup is None:
            path, _filter = file_dialogs.open_file_name(
                self, self.tr("Choose a backup"), self.folder_edit.text(),
                self.tr("Pulih backups (*.sqlite3 *.pgdump)"))
            if not path:
                return None
            chosen = Path(path)
            backup = next((b for b in list_backups(chosen.parent) if b.path == chosen), None)
            if backup is None:  # renamed or copied by hand: its time is the file's
                stat = chosen.stat()
                backup = BackupInfo(chosen, dt.datetime.fromtimestamp(stat.st_mtime),
                                    stat.st_size, "sqlite")
        when = stamp_text(backup.made_at)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore a backup"),
                          self.tr("Restore the backup of {when}?").format(when=when),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("restore_confirm")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(self.tr(
            "The backup is checked first. The database in use now is kept as a safety copy "
            "beside it, then replaced by the backup of {when}. Everything entered after "
            "{when} (at every desk) will no longer be shown; it stays only in the safety "
            "copy. Pulih then closes: start it again and sign in.").format(when=when))
        yes = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.DestructiveRole)
        yes.setObjectName("restore_yes")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _code: self._confirmed(box, yes, backup))
        self.confirm_box = box
        box.open()
        return box

    def _confirmed(self, box: QMessageBox, yes, backup: BackupInfo) -> None:
        self.confirm_box = None
        if box.clickedButton() is not yes:
            return
        from models.backup_jobs import restore_database
        show_error(self.error_label, "")
        try:
            result = restore_database(SESSION.staff, dbmod.bound_target(), backup.path)
        except Exception as exc:  # noqa: BLE001 - expected failures are shown
            if not expected(exc):
                raise
            show_error(self.error_label, describe(exc))
            return
        text = self.tr(
            "The backup of {when} was restored; the data before it was kept as {safety}. "
            "Pulih closes now: start it again and sign in.").format(
            when=stamp_text(backup.made_at), safety=result.safety_copy or "-")
        self.info_label.setText(text)
        done = QMessageBox(QMessageBox.Icon.Information, self.tr("Restore a backup"), text,
                           QMessageBox.StandardButton.Ok, self)
        done.setObjectName("restore_done")
        done.setTextFormat(Qt.TextFormat.PlainText)
        # Every screen holds data of the database that was replaced: start afresh.
        done.finished.connect(lambda _code: QCoreApplication.quit())
        self.done_box = done
        done.open()
        self.restored.emit(str(backup.path))
