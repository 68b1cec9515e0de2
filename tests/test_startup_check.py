"""Start-up that does not grow with the database (issue 12, fault 15): the whole-file
integrity check runs after the sign-in window shows, on its own connection in the
background, and stops writing only when it finds damage."""
from __future__ import annotations

import argparse
import shutil
import sqlite3

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from models.core.errors import MSG_DAMAGED, DatabaseProblem
from models.db import cipher
from models.db import connection as dbmod
from models.db.connection import resolve_target, write_transaction
from models.db.schema import open_database
from ui import i18n, integrity_check
from ui.auth import sign_in


def damaged_copy(template, tmp_path):
    """A Pulih database whose schema and marker read fine but one index page is garbage:
    only a check of the whole file finds it."""
    path = tmp_path / "pulih.sqlite3"
    shutil.copyfile(template, path)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE junk (a TEXT)")
    conn.execute("CREATE INDEX junk_a ON junk (a)")
    conn.executemany("INSERT INTO junk VALUES (?)", [(f"row {i:05d}" * 4,) for i in range(3000)])
    conn.commit()
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='junk_a'").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * size)
        fh.write(bytes([0xA5]) * size)
    return path


class Recorder:
    """Counts SQLite quick checks of the file, whoever runs them."""

    def __init__(self, monkeypatch):
        self.sql: list[str] = []
        real = cipher.raw_connect
        recorder = self

        class Conn:
            def __init__(self, conn):
                self.conn = conn

            def execute(self, sql, *args):
                recorder.sql.append(sql)
                return self.conn.execute(sql, *args)

            def __getattr__(self, name):
                return getattr(self.conn, name)

        monkeypatch.setattr(cipher, "raw_connect", lambda *a, **kw: Conn(real(*a, **kw)))

    def checks(self) -> int:
        return sum("quick_check" in s for s in self.sql)


def run_to_sign_in(qtbot, monkeypatch, tmp_path, path):
    """Start the app on ``path`` until the sign-in window shows; what had run by then."""
    recorder = Recorder(monkeypatch)
    seen: dict = {}

    def shown(dialog):
        seen["checks_before_window"] = recorder.checks()
        dialog.show()
        QApplication.processEvents()
        seen["visible"] = dialog.isVisible()
        check = QApplication.instance().findChildren(integrity_check.IntegrityCheck)[-1]
        seen["check"] = check
        seen["started_at_once"] = check.thread is not None
        qtbot.waitUntil(lambda: check.thread is not None and not check.thread.is_alive(),
                        timeout=10000)
        QApplication.processEvents()
        seen["checks_after"] = recorder.checks()
        seen["problem"] = check.problem
        try:
            with write_transaction():
                pass
            seen["write"] = None
        except DatabaseProblem as err:
            seen["write"] = err.text
        box = QApplication.instance().activeWindow()
        seen["boxes"] = [w for w in QApplication.topLevelWidgets()
                         if isinstance(w, QMessageBox) and w.objectName() == "integrity_failed"
                         and w.isVisible()]
        for w in seen["boxes"]:
            w.close()
        del box
        return 0

    monkeypatch.setattr(sign_in.SignInDialog, "exec", shown)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr("ui.app.QSettings", lambda: settings)
    names = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    from ui.app import run_app
    try:
        status = run_app(argparse.Namespace(db=str(path), lang="id"))
    finally:
        QCoreApplication.setOrganizationName(names[0])
        QCoreApplication.setApplicationName(names[1])
        i18n.install("id")
        seen["check"].setParent(None)  # the next start makes its own
    assert status == 0
    return seen, settings


def test_sign_in_window_shows_before_the_whole_file_is_checked(qtbot, monkeypatch, tmp_path,
                                                                sqlite_template):
    path = tmp_path / "pulih.sqlite3"
    shutil.copyfile(sqlite_template, path)
    from models.admin.setup import needs_setup
    open_database(resolve_target(str(path)))
    from models.safety import accounts
    accounts.create_first_admin("admin", "Admin Satu", "sandi-rahasia-1")
    assert not needs_setup()
    dbmod.close()
    seen, settings = run_to_sign_in(qtbot, monkeypatch, tmp_path, path)
    assert seen["visible"]
    assert seen["checks_before_window"] == 0  # nothing read the whole file before the window
    assert not seen["started_at_once"]  # nor during its first paint
    assert seen["checks_after"] == 1  # ... and the check ran once it showed
    assert seen["problem"] is None and seen["write"] is None and not seen["boxes"]
    assert settings.value(integrity_check.SETTING) is None


def test_damage_found_in_the_background_stops_writing_and_says_so(qtbot, monkeypatch,
                                                                 tmp_path, sqlite_template):
    path = damaged_copy(sqlite_template, tmp_path)
    open_database(resolve_target(str(path)), integrity_later=True)
    from models.safety import accounts
    accounts.create_first_admin("admin", "Admin Satu", "sandi-rahasia-1")
    dbmod.close()
    seen, settings = run_to_sign_in(qtbot, monkeypatch, tmp_path, path)
    assert seen["checks_before_window"] == 0
    assert seen["problem"]  # SQLite's complaint
    assert seen["write"] == MSG_DAMAGED  # every later write refused
    assert len(seen["boxes"]) == 1 and "tidak menyimpan apa pun lagi" in seen["boxes"][0].text()
    # The next start checks the file before the window, so the backup offer comes up.
    assert settings.value(integrity_check.SETTING) == str(path)
    assert integrity_check.check_up_front(settings, resolve_target(str(path)))
    with pytest.raises(DatabaseProblem) as caught:
        open_database(resolve_target(str(path)), integrity_later=False)
    assert caught.value.text == MSG_DAMAGED


def test_an_upgrade_still_checks_the_file_before_writing(tmp_path, sqlite_template, monkeypatch):
    path = damaged_copy(sqlite_template, tmp_path)
    monkeypatch.setattr("models.db.schema.current_version", lambda: 1)
    with pytest.raises(DatabaseProblem) as caught:
        open_database(resolve_target(str(path)), integrity_later=True)
    assert caught.value.text == MSG_DAMAGED
