"""Long database work (a backup, checking a backup, copying one for a restore) in a worker
thread, so the window keeps answering; progress and the outcome come back as signals.

The work is a function ``work(progress, cancel)``; ``progress(done, total)`` may be called as
often as it likes (the signal is sent at most every 50 ms), ``cancel`` is a
:class:`threading.Event` that :meth:`BackgroundJob.cancel` sets. The worker thread's own
database connection (peewee keeps one per thread) is closed when the work ends.
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)
PROGRESS_EVERY_S = 0.05


class BackgroundJob(QObject):
    """One piece of work in a worker thread.

    Signals:
        progress(int, int): done and total (pages); total 0 while the size is unknown.
        succeeded(object): the work's return value.
        failed(object): the exception the work raised (a Cancelled when stopped).
    """

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[Callable[[int, int], None], threading.Event], Any],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        self._last = 0.0

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="pulih-job", daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        """Ask the work to stop; it ends with :class:`models.core.cancel.Cancelled`."""
        self._cancel.set()

    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def _report(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self._last >= PROGRESS_EVERY_S or done >= total:
            self._last = now
            self._emit(self.progress, int(done), int(total))

    @staticmethod
    def _emit(signal: Any, *args: object) -> bool:
        """Emit, unless the window that started the job was closed (and this object with
        it) while the work ran: then there is nobody to tell; False."""
        try:
            signal.emit(*args)
        except RuntimeError:  # "Signal source has been deleted"
            return False
        return True

    def _run(self) -> None:
        from models.db import connection as dbmod
        try:
            result = self._work(self._report, self._cancel)
        except BaseException as exc:  # handed to the window, which says it
            if not isinstance(exc, Exception):
                raise
            if not self._emit(self.failed, exc):
                logging.getLogger(__name__).error("background job failed after its window "
                                                  "closed", exc_info=exc)
        else:
            self._emit(self.succeeded, result)
        finally:
            obj = dbmod.database.obj
            if obj is not None and not obj.is_closed():
                obj.close()  # this thread's own connection
