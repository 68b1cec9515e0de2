"""Watching, while the window is open, that the database's -wal file stays where SQLite
left it (see :class:`models.db.connection.WalWatch`). If another program removed it, saving stops
(models/ refuses every write) and the person is told, once, to restart Pulih."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from models.db import connection as dbmod

CHECK_EVERY_MS = 5000


class WalGuard(QObject):
    """Checks the -wal every few seconds (a stat, never an open) and tells the person.

    Attributes:
        box: the message shown once the -wal is gone, else None.
    """

    def __init__(self, window: QWidget, interval_ms: int = CHECK_EVERY_MS) -> None:
        super().__init__(window)
        self._window = window
        self.box: QMessageBox | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> bool:
        """True while the -wal is intact; else stop checking and say so (once)."""
        if dbmod.wal_intact():
            return True
        self.timer.stop()
        if self.box is None:
            target = dbmod.bound_target()
            wal = f"{target.location}-wal" if target is not None else "-wal"
            text = QCoreApplication.translate("Errors", dbmod.MSG_WAL_LOST).format(
                path=Path(wal).name)
            self.box = QMessageBox(QMessageBox.Icon.Critical,
                                   QCoreApplication.translate("App", "Pulih"), text,
                                   QMessageBox.StandardButton.Ok, self._window)
            self.box.setObjectName("wal_lost")
            self.box.setTextFormat(Qt.TextFormat.PlainText)
            self.box.open()
        return False
