"""How a headless command signs in: like the app, as a named staff member.

``--user NAME`` (or the environment variable ``PULIH_USER``) and the password from
``PULIH_PASSWORD`` (for a scheduled task) or typed at the terminal; never on the command
line, where other users of the PC could read it in the process list.
"""
from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from models.core.errors import QT_TRANSLATE_NOOP
from ui.cli.commands import MSG_NO_FILE, _target, tr

if TYPE_CHECKING:
    from models.staff.staff import Staff

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


class NotSignedIn(Exception):
    """A command could not sign in before the database was asked anything: no user name, no
    database file, no password. ``text`` (a "Cli" message) and ``params`` say why; the
    command prints them and exits with 2."""

    def __init__(self, text: str, **params: object) -> None:
        super().__init__(text)
        self.text = text
        self.params = params


@contextmanager
def signed_in(args: argparse.Namespace) -> Iterator[Staff]:
    """Open the database the command names and sign in as ``--user`` (or ``PULIH_USER``);
    the database is closed on leaving, whatever happened inside.

    Raises :class:`NotSignedIn` before anything is opened when the user name, the SQLite
    file or the password is missing; a wrong password raises the sign-in's own error, as
    in the app (and is audited there)."""
    from models.db import connection as dbmod
    from models.db.schema import open_database
    from models.safety.accounts import authenticate
    user = getattr(args, "user", None) or os.environ.get(USER_ENV)
    if not user:
        raise NotSignedIn(MSG_USER)
    target = _target(args)
    if target.kind == "sqlite" and not Path(target.location).exists():
        raise NotSignedIn(MSG_NO_FILE, path=target.location)
    password = password_for(user)
    if password is None:
        raise NotSignedIn(MSG_NO_PASSWORD)
    open_database(target, create=False)
    try:
        yield authenticate(user, password)
    finally:
        dbmod.close()
