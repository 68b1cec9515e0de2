"""The data-quality check of a month off the window's thread (on the worker's own database
connection, as ui/reports/report_worker.py counts the month): at 100,000 clients it takes
most of a second, which the window must not freeze for."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from models.tallies.data_quality import check_month, people_labels
from ui.reports.report_worker import _close_thread_connection


class QualityWorker(QObject):
    """Runs ``check_month`` once, with the labels of the people it lists.

    Signals:
        done(object, int): ``(QualityReport, {person id: (reg no, name)})`` and the request.
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
            report = check_month(self._staff, *self._period)
            labels = people_labels(self._staff, {f.person_id for f in report.findings})
        except Exception as exc:  # noqa: BLE001 - the panel says what it means, or logs it
            self.failed.emit(exc, self._request)
        else:
            self.done.emit((report, labels), self._request)
        finally:
            _close_thread_connection()
