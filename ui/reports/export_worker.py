"""Rendering an export in the background, with progress and a way to cancel.

The figures are read and the export recorded in the audit trail on the window's thread
(it takes well under a second); only the rendering (openpyxl, ReportLab: plain data in, bytes
out, no database) runs on a worker thread, so the window stays responsive and a cancel stops
the renderer before it writes anything.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from reports.tally_progress import ExportCancelled

Renderer = Callable[..., bytes]
log = logging.getLogger(__name__)


class ExportWorker(QObject):
    """Runs ``render(payload, progress=...)`` once.

    Signals:
        progress(int, int): pieces done and in all.
        done(bytes): the rendered file.
        failed(str): the renderer raised (the text is for the log; the screen says more).
        cancelled(): the person cancelled; nothing was made.
    """

    progress = Signal(int, int)
    done = Signal(bytes)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, render: Renderer, payload: dict[str, Any], **options: Any) -> None:
        super().__init__()
        self._render = render
        self._payload = payload
        self._options = options
        self._stop = False

    def cancel(self) -> None:
        """Ask the renderer to stop at its next progress report (thread-safe: a flag)."""
        self._stop = True

    def _report(self, done: int, total: int) -> bool:
        self.progress.emit(done, total)
        return not self._stop

    @Slot()
    def run(self) -> None:
        try:
            data = self._render(self._payload, progress=self._report, **self._options)
        except ExportCancelled:
            self.cancelled.emit()
            return
        except Exception as exc:  # reported to the window, never a crash
            log.error("the export's renderer failed", exc_info=True)  # to the error log
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        if self._stop:
            self.cancelled.emit()
        else:
            self.done.emit(data)


def start_worker(worker: ExportWorker, parent: QObject) -> QThread:
    """Run ``worker`` on a new thread that ends (and is deleted) when the worker is through."""
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    for signal in (worker.done, worker.failed, worker.cancelled):
        signal.connect(thread.quit)
    thread.finished.connect(worker.deleteLater)
    thread.finished.connect(thread.deleteLater)
    thread.start()
    return thread
