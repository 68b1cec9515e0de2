"""The automatic backup: once a day while the app runs, and when it closes.

Both follow the facility's settings (``backup_auto``, ``backup_folder``, rotation). The daily
one runs in a worker thread, so a desk keeps working during the copy; the one on exit shows a
small progress window, and a failure (a USB stick not plugged in) is said, never swallowed.
"""
from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from models.db import DatabaseTarget
from ui.widgets.errors import describe, expected

log = logging.getLogger(__name__)
C = "AutoBackup"
MSG_RUNNING = QT_TRANSLATE_NOOP(C, "Making the automatic backup before Pulih closes...")
MSG_FAILED = QT_TRANSLATE_NOOP(C, "The automatic backup was not made: {reason}")
CHECK_EVERY_MS = 30 * 60 * 1000
FIRST_CHECK_MS = 2 * 60 * 1000


def tr(text: str) -> str:
    return QCoreApplication.translate(C, text)


class AutoBackup(QObject):
    """Runs the automatic backups of one database for the app's lifetime.

    Signals:
        finished(str): a daily backup ended; the file name, or "" when none was due.
        failed(str): a daily backup failed; the message in the current language.
    """

    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, target: DatabaseTarget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self._worker: threading.Thread | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.run_daily)
        self.timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, self, self.run_daily)
        self.failed.connect(lambda text: log.warning("automatic backup: %s", text))

    def run_daily(self) -> None:
        """Start the daily backup in a worker thread, unless one is running."""
        if self._worker is not None and self._worker.is_alive():
            return
        self._worker = threading.Thread(target=self._daily, name="pulih-backup", daemon=True)
        self._worker.start()

    def _daily(self) -> None:
        from models import db as dbmod
        from models.backup_jobs import run_automatic
        try:
            made = run_automatic(self.target, "daily")
            self.finished.emit(made.path.name if made else "")
        except Exception as exc:  # noqa: BLE001 - a thread must report, not die silently
            if not expected(exc):
                log.exception("automatic backup failed")
            self.failed.emit(describe(exc) if expected(exc) else repr(exc))
        finally:
            if not dbmod.database.obj.is_closed():
                dbmod.database.obj.close()  # this thread's own connection

    def wait(self) -> None:
        """Wait for a daily backup still running (before the database is closed)."""
        if self._worker is not None:
            self._worker.join()

    def on_exit(self, parent: QWidget | None = None) -> None:
        """The backup when the app closes, with a progress window; a failure is shown."""
        from models.backup_jobs import run_automatic
        self.timer.stop()
        self.wait()
        dialog = QProgressDialog(tr(MSG_RUNNING), "", 0, 0, parent)
        dialog.setObjectName("exit_backup_progress")
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0)
        dialog.show()
        QCoreApplication.processEvents()

        def progress(done: int, total: int) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)
            QCoreApplication.processEvents()

        try:
            run_automatic(self.target, "exit", progress=progress)
        except Exception as exc:  # noqa: BLE001 - said to the person, then the app closes
            if not expected(exc):
                raise
            dialog.close()
            box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("App", "Pulih"),
                              tr(MSG_FAILED).format(reason=describe(exc)),
                              QMessageBox.StandardButton.Ok, parent)
            box.setObjectName("exit_backup_failed")
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.exec()
        finally:
            dialog.close()
