"""Starting the desktop app: Qt application, language, database, main window."""
from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from models.core.errors import PulihError
from models.db import connection as dbmod
from models.db.cipher import MSG_ENCRYPTED, MSG_WRONG_KEY
from models.db.connection import DatabaseTarget
from models.db.schema import open_database
from ui import i18n

APP_NAME = "Pulih"
#: How long after the sign-in window's loop starts the background integrity check begins.
CHECK_AFTER_MS = 400


def saved_language(settings: QSettings) -> str | None:
    """The language last chosen in the View menu, if any."""
    value = settings.value("language")
    return value if isinstance(value, str) and value in i18n.LANGUAGES else None


def startup_language(explicit: str | None, settings: QSettings) -> str:
    """``--lang`` wins, then ``PULIH_LANG``, then the last choice in the menu, then Indonesian."""
    if not explicit and not os.environ.get("PULIH_LANG"):
        explicit = saved_language(settings)
    return i18n.chosen_language(explicit)


def show_startup_error(error: PulihError, target: DatabaseTarget) -> bool:
    """Tell the person, in their language, why the database cannot be used; for a damaged
    one, offer the newest good backup. True when a backup was restored (open again)."""
    from ui.admin.backup_offer import add_backup_offer, take_offer
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Critical,
                      translate("App", "Pulih cannot open the database"),
                      i18n.error_text(error), QMessageBox.StandardButton.Ok)
    box.setInformativeText(translate("App", "Database: {where}").format(where=target.describe()))
    box.setObjectName("startup_error")
    offer = add_backup_offer(box, error, target)
    box.exec()
    return take_offer(box, offer, target)


def run_app(args: argparse.Namespace) -> int:
    """Run the desktop app until its window closes; the process exit status is returned.

    ``args`` may carry ``db``, ``database_url`` and ``lang`` (missing or None: not given).
    """
    from ui import display
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    settings = QSettings()
    language = startup_language(getattr(args, "lang", None), settings)
    app = QApplication.instance()
    if app is None:
        if display.display_missing():  # Qt would die with its own English message
            return display.tell_no_display(lambda: i18n.install(language))
        with display.FatalGuard(language):  # a DISPLAY that does not answer
            app = QApplication(sys.argv[:1])
    i18n.install(language)
    from ui.widgets.choice_field import install_form_keys
    install_form_keys(app)  # choice lists and number boxes of every form, set-up dialog too

    try:
        target = dbmod.resolve_target(getattr(args, "db", None),
                                      getattr(args, "database_url", None),
                                      key_file=getattr(args, "db_key_file", None))
    except PulihError as err:  # an unreadable key file
        target = dbmod.resolve_target(getattr(args, "db", None),
                                      getattr(args, "database_url", None), env={})
        show_startup_error(err, target)
        return 1
    from ui import integrity_check
    up_front = integrity_check.check_up_front(settings, target)  # last check found damage
    while True:
        try:
            open_database(target, integrity_later=not up_front)
            break
        except PulihError as err:
            if err.text in (MSG_ENCRYPTED, MSG_WRONG_KEY):
                from ui.auth.key_dialog import ask_key
                key = ask_key(target, err)
                if key is None:
                    return 1
                target = replace(target, key=key)
                continue
            if not show_startup_error(err, target):
                return 1

    if up_front:
        integrity_check.passed_up_front(settings, target)
    # The whole-file check grows with the database: it runs while the person signs in.
    check = integrity_check.IntegrityCheck(target, settings, app)
    if not up_front:
        from PySide6.QtCore import QTimer
        # Once the sign-in window has painted: its first paint never shares the machine
        # with a read of the whole file.
        QTimer.singleShot(CHECK_AFTER_MS, check.start)
    try:
        staff = sign_in_or_set_up()
        if staff is None:
            return 0
        target = dbmod.bound_target() or target  # encryption may be chosen at set-up
        # Only now: neither an early error nor the sign-in window needs the main window's
        # screens, and importing them first made the sign-in window wait for them.
        from ui.main_window import MainWindow
        window = MainWindow(target, language=language, settings=settings)
        window.sign_in(staff)
        window.show()
        from ui.wal_guard import WalGuard
        WalGuard(window)  # a vanished -wal: stop saving, tell the person to restart
        from ui.admin.auto_backup import AutoBackup
        auto_backup = AutoBackup(target, window)
        status = app.exec()
        auto_backup.on_exit()
        return status
    finally:
        dbmod.close()


def sign_in_or_set_up():
    """The first-run set-up on a new database, otherwise the sign-in; None if cancelled."""
    from models.admin.setup import needs_setup
    from models.desk.overview import facility_heading
    from ui.auth.sign_in import SignInDialog

    if needs_setup():
        from ui.auth.setup_dialog import SetupDialog  # only on a new database
        setup = SetupDialog()
        if setup.exec() != SetupDialog.DialogCode.Accepted:
            return None
        return setup.admin
    heading = facility_heading()
    dialog = SignInDialog(heading.name if heading else "")
    if dialog.exec() != SignInDialog.DialogCode.Accepted:
        return None
    return dialog.staff
