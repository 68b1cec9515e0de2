"""The integrity check of the database file, after the window shows, in the background.

SQLite's quick check reads the whole file, so before the window it made start-up grow with
the database (2 s on the 100,000-client demo, 10 s and more on a file of several GB). It
now runs on its own read-only connection in a worker thread while the person signs in. A
sound file changes nothing. A damaged one stops every write at once (models/db/connection.py), the
person is told, and the next start checks the file before the window and offers the
newest good backup (ui/app.py), as an open-time check always did.

Signals:
    IntegrityCheck.failed(str): SQLite's complaint about the file.
    IntegrityCheck.finished(): the check ended, sound or not.
"""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSettings, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from models.core.errors import MSG_DAMAGED, DatabaseProblem
from models.db import connection as dbmod
from models.db.connection import DatabaseTarget

C = "IntegrityCheck"
MSG_FOUND = QT_TRANSLATE_NOOP(
    C, "The check of the database file that runs after start-up found damage ({detail}). To "
    "keep what is there safe, Pulih saves nothing more from now on; what you can see is "
    "still shown. Close Pulih and start it again: it will check the file first and offer "
    "the newest good backup.")
#: QSettings key naming the database whose background check failed (checked up front at
#: the next start).
SETTING = "integrity/failed"


def check_up_front(settings: QSettings, target: DatabaseTarget) -> bool:
    """Whether the last background check of ``target`` failed, so this start checks the
    whole file before the window (and so offers a backup when it is still damaged)."""
    return target.kind == "sqlite" and settings.value(SETTING) == target.location


def passed_up_front(settings: QSettings, target: DatabaseTarget) -> None:
    """The up-front check found the file sound (or a backup replaced it): forget the failure."""
    if settings.value(SETTING) == target.location:
        settings.remove(SETTING)


class IntegrityCheck(QObject):
    """Runs SQLite's quick check of ``target`` on its own connection in a worker thread."""

    failed = Signal(str)
    finished = Signal()

    def __init__(self, target: DatabaseTarget, settings: QSettings,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.settings = settings
        self.problem: str | None = None
        self.thread: threading.Thread | None = None
        self.failed.connect(self._on_failed)

    def start(self) -> bool:
        """Start the check (SQLite files only); False when there is nothing to check."""
        if self.target.kind != "sqlite":
            return False
        self.thread = threading.Thread(target=self._run, name="pulih-integrity", daemon=True)
        self.thread.start()
        return True

    def _run(self) -> None:
        # SQLite releases the interpreter while it reads, so the window stays responsive.
        problem = dbmod.quick_check(Path(self.target.location), self.target.key)
        if problem is not None:
            self.failed.emit(problem)  # queued to the window's thread
        self.finished.emit()

    def _on_failed(self, problem: str) -> None:
        self.problem = problem
        if dbmod.bound_target() == self.target:
            dbmod.stop_writes(DatabaseProblem(MSG_DAMAGED, path=self.target.describe(),
                                              detail=problem))
        self.settings.setValue(SETTING, self.target.location)
        self.settings.sync()
        box = QMessageBox(QMessageBox.Icon.Critical,
                          QCoreApplication.translate(C, "The database is damaged"),
                          QCoreApplication.translate(C, MSG_FOUND).format(detail=problem),
                          QMessageBox.StandardButton.Ok, QApplication.activeWindow())
        box.setObjectName("integrity_failed")
        box.setModal(True)
        box.show()  # not exec(): the sign-in dialog may be running its own loop
        self._box = box
