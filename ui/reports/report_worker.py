"""Counting a month's report off the window's thread, on its own database connection.

peewee gives every thread its own connection to the bound database (SQLite and
PostgreSQL alike; an SQLCipher file gets its key on each new connection), so the worker
reads through the same models/ functions as the window while the window keeps painting.
The worker's connection is closed when it is through.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from models.db import connection as dbmod
from models.tallies.close import month_report


class ReportWorker(QObject):
    """Counts ``month_report(staff, year, month)`` once.

    Signals:
        done(object, int): the MonthReport and the request's number.
        failed(object, int): the exception raised and the request's number.
    """

    done = Signal(object, int)
    failed = Signal(object, int)

    def __init__(self, staff: Any, year: int, month: int, request: int) -> None:
        super().__init__()
        self._staff = staff
        self._period = (year, month)
        self._request = request

    @Slot()
    def run(self) -> None:
        try:
            report = month_report(self._staff, *self._period)
        except Exception as exc:  # noqa: BLE001 - the window says what it means, or logs it
            self.failed.emit(exc, self._request)
        else:
            self.done.emit(report, self._request)
        finally:
            _close_thread_connection()


def _close_thread_connection() -> None:
    """Close this thread's own connection (the window's stays open)."""
    db = dbmod.database.obj
    if db is not None and not db.is_closed():
        db.close()


def start_report(worker: ReportWorker) -> QThread:
    """Run ``worker`` on a new thread that ends (and is deleted) when it is through.

    The thread belongs to the application, not to the page, so a page closed (and
    deleted) mid-count never destroys a running thread; the thread keeps its worker."""
    thread = QThread(QCoreApplication.instance())
    thread.worker = worker  # referenced as long as the thread lives
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.done.connect(thread.quit)
    worker.failed.connect(thread.quit)
    thread.finished.connect(worker.deleteLater)
    thread.finished.connect(thread.deleteLater)
    thread.start()
    return thread
