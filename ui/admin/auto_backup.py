"""The automatic backup: once a day while the app runs, and when it closes.

Both follow the facility's settings (``backup_auto``, ``backup_folder``, rotation) and are
skipped when nothing changed since the newest backup, so closing Pulih after only looking
takes no time. Both run in a worker thread: the daily one silently but announced in the
status bar, the one on exit with a progress window (pages copied, Cancel). Every failure,
daily or on exit, is shown to the person with its cause, never only logged.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEventLoop,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from models.core.cancel import Cancelled
from models.db import connection as dbmod
from models.db.connection import DatabaseTarget
from ui.admin.background_job import BackgroundJob
from ui.widgets.errors import describe, expected

log = logging.getLogger(__name__)
C = "AutoBackup"
MSG_RUNNING = QT_TRANSLATE_NOOP(C, "Making the automatic backup before Pulih closes...")
MSG_FAILED = QT_TRANSLATE_NOOP(C, "The automatic backup was not made: {reason}")
MSG_DAILY_RUNNING = QT_TRANSLATE_NOOP(C, "Making the daily backup in the background…")
MSG_DAILY_DONE = QT_TRANSLATE_NOOP(C, "Daily backup made and checked: {file}")
MSG_CANCEL = QT_TRANSLATE_NOOP(C, "Cancel")
CHECK_EVERY_MS = 30 * 60 * 1000
FIRST_CHECK_MS = 2 * 60 * 1000
#: The exit backup's window appears only when the backup takes longer than this.
SHOW_AFTER_MS = 400


def tr(text: str) -> str:
    return QCoreApplication.translate(C, text)


class AutoBackup(QObject):
    """Runs the automatic backups of the bound database for the app's lifetime.

    Signals:
        finished(str): a daily backup ended; the file name, or "" when none was due.
        failed(str): a daily backup failed; the message in the current language.
    """

    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, target: DatabaseTarget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._target = target
        self.window = parent
        self.job: BackgroundJob | None = None
        self.failure_box: QMessageBox | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.run_daily)
        self.timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, self, self.run_daily)
        self.failed.connect(self._show_failure)

    @property
    def target(self) -> DatabaseTarget:
        """The database bound now (its key may have been changed since start-up)."""
        return dbmod.bound_target() or self._target

    def _status(self, text: str) -> None:
        if isinstance(self.window, QMainWindow):
            self.window.statusBar().showMessage(text, 15_000)

    def run_daily(self) -> None:
        """Start the daily backup in a worker thread, unless one is running."""
        from models.admin.backup_jobs import run_automatic
        if self.job is not None and self.job.running():
            return
        target = self.target

        def work(progress, cancel):
            return run_automatic(target, "daily", progress=progress, cancel=cancel)

        self.job = BackgroundJob(work, self)
        self.job.succeeded.connect(self._daily_done)
        self.job.failed.connect(self._daily_failed)
        self.job.progress.connect(lambda _d, _t: self._status(tr(MSG_DAILY_RUNNING)))
        self.job.start()

    def _daily_done(self, made) -> None:
        if made is not None:
            self._status(tr(MSG_DAILY_DONE).format(file=made.path.name))
        self.finished.emit(made.path.name if made is not None else "")

    def _daily_failed(self, exc: BaseException) -> None:
        if not expected(exc):
            log.error("automatic backup failed", exc_info=exc)
        self.failed.emit(describe(exc) if expected(exc) else repr(exc))

    def _show_failure(self, text: str) -> None:
        log.warning("automatic backup: %s", text)
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("App", "Pulih"),
                          tr(MSG_FAILED).format(reason=text), QMessageBox.StandardButton.Ok,
                          self.window if isinstance(self.window, QWidget) else None)
        box.setObjectName("daily_backup_failed")
        box.setTextFormat(Qt.TextFormat.PlainText)
        self.failure_box = box
        box.open()

    def wait(self) -> None:
        """Wait for a daily backup still running (before the database is closed)."""
        if self.job is not None:
            self.job.wait()

    def on_exit(self, parent: QWidget | None = None) -> None:
        """The backup when the app closes, in a worker thread: nothing to do when nothing
        changed; otherwise a progress window (shown after a moment) with Cancel. A failure
        is shown."""
        from PySide6.QtWidgets import QProgressDialog

        from models.admin.backup_jobs import run_automatic
        self.timer.stop()
        self.wait()
        target = self.target
        loop = QEventLoop()
        outcome: dict[str, BaseException | None] = {"error": None}
        job = BackgroundJob(lambda progress, cancel: run_automatic(
            target, "exit", progress=progress, cancel=cancel), self)
        dialog = QProgressDialog(tr(MSG_RUNNING), tr(MSG_CANCEL), 0, 0, parent)
        dialog.setObjectName("exit_backup_progress")
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(job.cancel)

        def step(done: int, total: int) -> None:
            if total:
                dialog.setMaximum(total)
                dialog.setValue(done)

        job.progress.connect(step)
        job.succeeded.connect(lambda _made: loop.quit())
        job.failed.connect(lambda exc: (outcome.__setitem__("error", exc), loop.quit()))
        self.exit_dialog = dialog
        job.start()
        if job.running():
            loop.exec()
        job.wait()
        QCoreApplication.sendPostedEvents()
        dialog.close()
        exc = outcome["error"]
        if exc is None or isinstance(exc, Cancelled):
            return
        if not expected(exc):
            raise exc
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("App", "Pulih"),
                          tr(MSG_FAILED).format(reason=describe(exc)),
                          QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("exit_backup_failed")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
