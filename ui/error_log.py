"""The error log: every unexpected error of the desktop app (and of a command) lands in a
rotating file in the per-user data folder, with secrets redacted, and the person is told
in a short message where it is. Nothing fails silently.

Attributes:
    LOG_NAME: the file's name, beside the default database.
"""
from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    Qt,
    QThread,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)

from models.core.redaction import redact

LOG_NAME = "pulih-errors.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
C = "ErrorLog"
MSG_UNEXPECTED = QT_TRANSLATE_NOOP(
    C, "Something unexpected went wrong, so the last action may not have been done. What "
    "was saved before is safe. The details were written to {log}: please send that file "
    "to your Pulih support.")

log = logging.getLogger("pulih")


def log_path() -> Path:
    """Where the error log is: the per-user data folder (beside the default database)."""
    from models.db.connection import default_sqlite_path
    return default_sqlite_path().with_name(LOG_NAME)


class RedactingFilter(logging.Filter):
    """Replaces a record's message (arguments filled in) by its redacted text."""

    def filter(self, record: logging.LogRecord) -> bool:  # logging's name
        record.msg = redact(record.getMessage())
        record.args = None
        return True


class RedactingFormatter(logging.Formatter):
    """Redacts the whole formatted entry, the traceback's lines (locals, URLs) included."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def file_handler(path: Path | None = None) -> logging.Handler:
    """The rotating, redacting handler of the error log (the folder is made if needed)."""
    path = path or log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES,
                                                   backupCount=BACKUPS, encoding="utf-8")
    try:
        path.chmod(0o600)  # a log an older Pulih wrote world-readable becomes private
    except OSError:
        pass
    handler.setLevel(logging.WARNING)
    handler.addFilter(RedactingFilter())
    handler.setFormatter(RedactingFormatter("--- %(asctime)s %(levelname)s %(name)s\n"
                                            "%(message)s"))
    return handler


def write_exception(exc: BaseException | None = None, where: str = "") -> Path:
    """Append ``exc`` (default: the one being handled) with its traceback; the log's path."""
    path = log_path()
    try:
        handler = file_handler(path)
    except OSError:
        traceback.print_exc()
        return path
    record = logging.LogRecord("pulih", logging.ERROR, __file__, 0,
                               f"unexpected error {where}".strip(), None,
                               (type(exc), exc, exc.__traceback__) if exc is not None
                               else sys.exc_info())
    try:
        handler.handle(record)
    finally:
        handler.close()
    return path


class _Notifier(QObject):
    """Carries "tell the person" from any thread to the window's thread.

    Signals:
        unexpected(str): the log's path.
    """

    unexpected = Signal(str)


_notifier: _Notifier | None = None
_showing = False
_box = None  # the message box on screen (kept referenced while it shows)


def _tell(path: str) -> None:
    """A short message box saying where the details are (one at a time)."""
    global _showing, _box
    from PySide6.QtWidgets import QApplication, QMessageBox
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("App", "Pulih"),
                      QCoreApplication.translate(C, MSG_UNEXPECTED).format(log=path),
                      QMessageBox.StandardButton.Ok, QApplication.activeWindow())
    box.setObjectName("unexpected_error")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.finished.connect(_done_showing)
    _box = box
    box.open()


def _done_showing(_result: int) -> None:
    global _showing, _box
    _showing = False
    if _box is not None:
        _box.deleteLater()
        _box = None


def report(exc: BaseException, where: str = "") -> None:
    """Log ``exc`` and tell the person (from any thread)."""
    path = write_exception(exc, where)
    if _notifier is not None:
        _notifier.unexpected.emit(str(path))


def report_fatal(exc: BaseException) -> None:
    """An error that ends the program (outside the event loop): log it, then wait until the
    person has read where the log is (a window that just vanished says nothing)."""
    path = write_exception(exc, "that ended Pulih")
    from PySide6.QtWidgets import QApplication, QMessageBox
    if QApplication.instance() is None:
        print(QCoreApplication.translate(C, MSG_UNEXPECTED).format(log=path), file=sys.stderr)
        return
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("App", "Pulih"),
                      QCoreApplication.translate(C, MSG_UNEXPECTED).format(log=path),
                      QMessageBox.StandardButton.Ok)
    box.setObjectName("fatal_error")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def _excepthook(kind: type[BaseException], exc: BaseException,
                tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    report(exc, "in the window")


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        report(args.exc_value, f"in thread {args.thread.name if args.thread else '?'}")


def _qt_messages(kind: QtMsgType, context: object, message: str) -> None:
    """Qt's own critical and fatal messages go to the log; warnings to stderr, as before."""
    if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        logging.getLogger("pulih.qt").error("Qt: %s", message)
    elif kind == QtMsgType.QtWarningMsg:
        print(f"Qt warning: {redact(message)}", file=sys.stderr)


def install() -> Path:
    """Route every unexpected error of the desktop app to the log and to the person.

    Call once the QApplication exists. Exceptions escaping a Qt slot reach
    ``sys.excepthook`` in PySide6, so the screens' "re-raise what is unexpected" handlers
    land here too."""
    global _notifier
    path = log_path()
    root = logging.getLogger()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        try:
            root.addHandler(file_handler(path))
        except OSError:
            pass  # no data folder: the message box still says what happened
    if _notifier is None:
        _notifier = _Notifier()
        app = QCoreApplication.instance()
        if app is not None and QThread.currentThread() is not app.thread():
            _notifier.moveToThread(app.thread())
        _notifier.unexpected.connect(_tell, Qt.ConnectionType.QueuedConnection)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    qInstallMessageHandler(_qt_messages)
    return path
