"""Starting without a screen: a plain Indonesian sentence instead of Qt's dying words.

Without a graphical session (a server console, ssh without X forwarding, a service) Qt's
platform plugin cannot connect, prints in English that "no Qt platform plugin could be
initialized", suggests reinstalling a library that is present, and aborts the process.
Pulih looks before it makes the QApplication (DISPLAY / WAYLAND_DISPLAY on Linux and the
BSDs, and what QT_QPA_PLATFORM asks for), and should the connection still fail (a DISPLAY
that names no running X server) it catches Qt's fatal message and says the same sentence.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)

MSG_NO_DISPLAY = QT_TRANSLATE_NOOP(
    "App", "Pulih needs a screen to show its window, and this session has none (no graphical "
    "desktop: DISPLAY and WAYLAND_DISPLAY are not set). Start Pulih from the computer's "
    "desktop. Commands that need no window still work here, for example "
    "\"python main.py check\" or \"python main.py backup\" (see \"python main.py --help\").")
MSG_DISPLAY_FAILED = QT_TRANSLATE_NOOP(
    "App", "Pulih could not open its window on the screen \"{display}\": that screen does not "
    "answer (the desktop session may have ended, or this session may not use it). Start Pulih "
    "from the computer's desktop. Commands that need no window still work here, for example "
    "\"python main.py check\" (see \"python main.py --help\").")
MSG_PLUGIN_FAILED = QT_TRANSLATE_NOOP(
    "App", "Pulih could not start its window: Qt's window system part failed ({detail}). "
    "Commands that need no window still work, for example \"python main.py check\". Send "
    "this sentence to your Pulih support.")
#: Exit status of a start without a usable screen.
NO_DISPLAY_STATUS = 3
#: Platform plugins that draw on a screen of their own and need no desktop session.
_WINDOWING = ("xcb", "wayland", "wayland-egl")


def display_missing(env: Mapping[str, str] = os.environ, platform: str = sys.platform) -> bool:
    """True when Qt would find no screen to draw on: on Linux and the BSDs, a windowing
    platform (the default, or one QT_QPA_PLATFORM names) without its DISPLAY or
    WAYLAND_DISPLAY. Windows and macOS always have their own; offscreen, vnc, eglfs and the
    like need no session."""
    if not (platform.startswith("linux") or "bsd" in platform):
        return False
    wanted = [p.split(":", 1)[0].strip() for p in env.get("QT_QPA_PLATFORM", "").split(";")]
    wanted = [p for p in wanted if p]
    if not wanted:
        wanted = ["wayland", "xcb"]
    for name in wanted:
        if name not in _WINDOWING:
            return False  # a platform that needs no desktop session
        if name == "xcb" and env.get("DISPLAY"):
            return False
        if name.startswith("wayland") and env.get("WAYLAND_DISPLAY"):
            return False
    return True


def x_server_answers(display: str) -> bool:
    """Whether the X server that ``display`` names (":0", "unix:1", "host:0.0") accepts a
    connection; True when ``display`` is empty or not an X display (nothing to blame)."""
    import socket
    host, sep, rest = display.rpartition(":")
    number = rest.split(".", 1)[0]
    if not sep or not number.isdigit():
        return True
    try:
        if host in ("", "unix"):
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                sock.settimeout(2)
                sock.connect(f"/tmp/.X11-unix/X{number}")
        else:
            socket.create_connection((host, 6000 + int(number)), timeout=2).close()
    except OSError:
        return False
    return True


def say(text: str) -> None:
    """Write ``text`` where a person starting from a terminal reads it."""
    try:
        sys.stderr.write(text + "\n")
        sys.stderr.flush()
    except (OSError, ValueError):  # no terminal either: nothing more can be done
        pass


def tell_no_display(install_language: Callable[[], None]) -> int:
    """Say in the person's language that there is no screen; the exit status to return.

    A QCoreApplication (which needs no screen) carries the translation."""
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    install_language()
    say(QCoreApplication.translate("App", MSG_NO_DISPLAY))
    del app
    return NO_DISPLAY_STATUS


class FatalGuard:
    """While the QApplication is made, turns Qt's fatal "could not connect to display"
    into Pulih's own sentence (and exit status) instead of an English abort.

    A QTranslator is read on its own here: the application it would be installed in does
    not exist yet.
    """

    def __init__(self, language: str) -> None:
        from ui.i18n import I18N_DIR
        self.translator = QTranslator()
        self.translator.load(str(I18N_DIR / f"pulih_{language}.qm"))
        self.previous = None
        self.no_answer = False  # the X server named by DISPLAY did not answer
        self.last = ""

    def __enter__(self) -> FatalGuard:
        self.previous = qInstallMessageHandler(self.handle)
        return self

    def __exit__(self, *exc: object) -> None:
        qInstallMessageHandler(self.previous)

    def handle(self, mode: QtMsgType, context: object, message: str) -> None:
        if mode == QtMsgType.QtFatalMsg:
            display = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or "?"
            no_answer = self.no_answer or not x_server_answers(os.environ.get("DISPLAY", ""))
            source = MSG_DISPLAY_FAILED if no_answer else MSG_PLUGIN_FAILED
            text = self.translator.translate("App", source) or source
            say(text.format(display=display, detail=self.last or message))
            os._exit(NO_DISPLAY_STATUS)  # Qt would abort right after this handler
        if str(getattr(context, "category", "")).startswith("qt.qpa"):
            self.no_answer = self.no_answer or "could not connect to display" in message
            self.last = message.splitlines()[0] if message else self.last
            return  # the platform plugin's own complaints: replaced by the sentence above
        if self.previous is not None:
            self.previous(mode, context, message)
        else:
            say(message)
