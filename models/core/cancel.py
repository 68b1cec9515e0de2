"""Stopping long work (a backup, a restore's copy or check) when the person presses Cancel.

The work runs in a worker thread; the window sets a :class:`threading.Event`, and the work
checks it between steps (or SQLite's progress handler interrupts a long statement).
"""
from __future__ import annotations

from typing import Any, Protocol

from models.core.errors import QT_TRANSLATE_NOOP, PulihError

MSG_CANCELLED = QT_TRANSLATE_NOOP("Errors", "Stopped. Nothing was changed.")


class Cancelled(PulihError):
    """The person stopped the work; nothing was changed and nothing was left behind."""

    def __init__(self) -> None:
        super().__init__(MSG_CANCELLED)


class CancelToken(Protocol):
    """Anything with ``is_set()``, e.g. a :class:`threading.Event`."""

    def is_set(self) -> bool: ...


def check_cancel(cancel: CancelToken | None) -> None:
    """Raise :class:`Cancelled` when ``cancel`` is set."""
    if cancel is not None and cancel.is_set():
        raise Cancelled()


def interrupt_on(conn: Any, cancel: CancelToken | None) -> None:
    """Let ``cancel`` stop a long statement on the DB-API connection ``conn``."""
    if cancel is not None:
        conn.set_progress_handler(lambda: 1 if cancel.is_set() else 0, 20_000)
