"""Progress and cancelling of a long export: one callback, asked between pieces of work.

A renderer calls ``progress(done, total)`` now and then; a callback that returns False
cancels the export, and the renderer raises :class:`ExportCancelled` before it has
returned or written anything, so a cancelled export leaves no half-made file.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

#: ``progress(done, total) -> keep_going``; None means nobody is watching.
Progress = Callable[[int, int], bool] | None


class ExportCancelled(Exception):
    """The person cancelled the export; nothing was written."""


def report(progress: Progress, done: int, total: int) -> None:
    """Tell ``progress`` how far the work is; raise ExportCancelled when it says stop."""
    if progress is not None and progress(done, total) is False:
        raise ExportCancelled()


def write_file(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, so the file
    is either the whole export or untouched (a full disk leaves the old file as it was)."""
    target = Path(path)
    handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent or ".")
    try:
        with os.fdopen(handle, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
