"""The client-list import's dry run and commit off the window's thread (20,000 rows take
seconds), on the worker's own database connection."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from ui.reports.report_worker import _close_thread_connection


class ImportWorker(QObject):
    """Runs one call (``dry_run`` or ``commit`` of models/admin/client_import.py).

    Signals:
        done(object, int): the call's result and the request's number.
        failed(object, int): the exception raised and the request's number.
    """

    done = Signal(object, int)
    failed = Signal(object, int)

    def __init__(self, call: Callable[[], Any], request: int) -> None:
        super().__init__()
        self._call = call
        self._request = request

    @Slot()
    def run(self) -> None:
        try:
            result = self._call()
        except Exception as exc:  # noqa: BLE001 - the panel says what it means, or logs it
            self.failed.emit(exc, self._request)
        else:
            self.done.emit(result, self._request)
        finally:
            _close_thread_connection()
