"""How a headless command signs in: like the app, as a named staff member.

``--user NAME`` (or the environment variable ``PULIH_USER``) and the password from
``PULIH_PASSWORD`` (for a scheduled task) or typed at the terminal; never on the command
line, where other users of the PC could read it in the process list.
"""
from __future__ import annotations

import getpass
import os
import sys

from models.core.errors import QT_TRANSLATE_NOOP
from ui.cli.commands import tr

C = "Cli"
PASSWORD_ENV = "PULIH_PASSWORD"
USER_ENV = "PULIH_USER"
MSG_USER = QT_TRANSLATE_NOOP(C, "Give your user name with --user; the password is read from "
                             "PULIH_PASSWORD or asked for.")
MSG_NO_PASSWORD = QT_TRANSLATE_NOOP(C, "No password: set the environment variable "
                                    "PULIH_PASSWORD, or run the command in a terminal to type "
                                    "it.")
MSG_PROMPT = QT_TRANSLATE_NOOP(C, "Password for {user}: ")


def password_for(user: str) -> str | None:
    """The password from the environment, or typed at a terminal; None when neither."""
    password = os.environ.get(PASSWORD_ENV)
    if password:
        return password
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(tr(MSG_PROMPT).format(user=user))
    return None
