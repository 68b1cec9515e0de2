"""The error log and private files (issue 11, faults 6 and 8).

Unexpected errors (a slot that raises, a thread that dies, Qt's own critical messages) go
to a rotating log in the per-user data folder, with passwords, keys and database URLs
redacted, and the person sees where it is. What Pulih writes is readable by its owner only.
"""
from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QtMsgType
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from models.core.redaction import redact, remember_secret
from ui import error_log

ROOT = Path(__file__).resolve().parent.parent
SECRET = "s3cret-Pa55word"


@pytest.fixture
def data_home(tmp_path, monkeypatch):
    """The per-user data folder in tmp_path; the hooks restored after the test."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    # pytest-qt keeps its own Qt message handler (it fails tests on warnings)
    monkeypatch.setattr(error_log, "qInstallMessageHandler", lambda handler: None)
    root = logging.getLogger()
    before = list(root.handlers)
    yield tmp_path / "data" / "pulih"
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


def _log_text(folder: Path) -> str:
    return (folder / error_log.LOG_NAME).read_text(encoding="utf-8")


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_an_error_escaping_a_slot_is_logged_and_the_person_is_told(qtbot, data_home):
    path = error_log.install()
    assert path == data_home / error_log.LOG_NAME
    button = QPushButton("Simpan")
    qtbot.addWidget(button)

    def broken() -> None:
        raise RuntimeError("the save button's handler broke")
    button.clicked.connect(broken)
    button.click()

    def told() -> QMessageBox:
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.objectName() == "unexpected_error"
                 and w.isVisible()]
        assert boxes
        return boxes[0]
    qtbot.waitUntil(lambda: bool(told()), timeout=3000)
    box = told()
    assert str(path) in box.text()
    box.close()
    text = _log_text(data_home)
    assert "the save button's handler broke" in text and "Traceback" in text


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_dying_thread_and_qt_critical_messages_are_logged(qtbot, data_home):
    error_log.install()

    def work() -> None:
        raise ValueError("worker thread failed")
    thread = threading.Thread(target=work, name="laporan")
    thread.start()
    thread.join()
    error_log._qt_messages(QtMsgType.QtCriticalMsg, None, "QPainter gave up")
    text = _log_text(data_home)
    assert "worker thread failed" in text and "laporan" in text
    assert "QPainter gave up" in text
    qtbot.waitUntil(lambda: any(w.objectName() == "unexpected_error"
                                for w in QApplication.topLevelWidgets()), timeout=3000)
    for w in QApplication.topLevelWidgets():
        if w.objectName() == "unexpected_error":
            w.close()


def test_passwords_keys_and_urls_never_reach_the_log(data_home, monkeypatch):
    from ui.cli import commands
    url = f"postgresql://pulih:{SECRET}@db.example:5432/pulih"
    monkeypatch.setattr(sys, "argv", ["main.py", "check", "--database-url", url])
    remember_secret("kunci-rahasia-USB-2026")
    try:
        raise RuntimeError(f"connect failed for {url} with PGPASSWORD={SECRET} and "
                           "PRAGMA key = 'kunci-rahasia-USB-2026'")
    except RuntimeError:
        commands._error_log()
    logging.getLogger("pulih").addHandler(error_log.file_handler())
    logging.getLogger("pulih").error("retrying %s", url)
    text = _log_text(data_home)
    assert SECRET not in text and "kunci-rahasia-USB-2026" not in text
    assert "postgresql://pulih:***@db.example:5432/pulih" in text
    assert "connect failed" in text and "retrying" in text


def test_redact_keeps_ordinary_text():
    assert redact("Pasien Siti, 3 kunjungan") == "Pasien Siti, 3 kunjungan"
    assert redact("postgresql://u@host/pulih") == "postgresql://u@host/pulih"
    assert redact("password=abc123 x") == "password=*** x"
    assert redact("Key (nik)=(3273055708950003) already exists") \
        == "Key (nik)=([NIK]) already exists"


PRIVATE = textwrap.dedent("""
    import os, sys
    sys.path.insert(0, sys.argv[1])
    os.environ["XDG_DATA_HOME"] = sys.argv[2]
    import main
    main.private_files()
    from models.safety import accounts
    from models.db import connection as dbmod
    from models.db.connection import resolve_target
    from models.db.schema import open_database
    from ui.error_log import write_exception
    path = os.path.join(sys.argv[2], "pulih.sqlite3")
    open_database(resolve_target(path))
    accounts.create_first_admin("admin", "Admin Fasilitas", "admin-password-1")
    try:
        raise RuntimeError("for the log")
    except RuntimeError:
        log = write_exception()
    from pathlib import Path
    from models.db.schema import backup_sqlite
    from reports.tally_progress import write_file
    backup = backup_sqlite(Path(path), "test")
    export = os.path.join(sys.argv[2], "laporan.csv")
    write_file(export, b"a,b")
    modes = {name: oct(os.stat(os.path.join(sys.argv[2], name)).st_mode & 0o777)
             for name in ("pulih.sqlite3", "pulih.sqlite3-wal", "pulih.sqlite3-shm")}
    modes["log"] = oct(os.stat(log).st_mode & 0o777)
    modes["backup"] = oct(os.stat(backup).st_mode & 0o777)
    modes["export"] = oct(os.stat(export).st_mode & 0o777)
    dbmod.close()
    print(modes)
""")


def test_what_pulih_writes_is_readable_by_its_owner_only(tmp_path):
    done = subprocess.run([sys.executable, "-c", PRIVATE, str(ROOT), str(tmp_path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    modes = eval(done.stdout.strip())  # our own subprocess's dict
    assert modes == {"pulih.sqlite3": "0o600", "pulih.sqlite3-wal": "0o600",
                     "pulih.sqlite3-shm": "0o600", "log": "0o600", "backup": "0o600",
                     "export": "0o600"}


def test_an_existing_world_readable_database_is_made_private_on_open(sqlite_template,
                                                                     tmp_path):
    import shutil

    from models.db import connection as dbmod
    from models.db.connection import resolve_target
    from models.db.schema import open_database
    path = tmp_path / "pulih.sqlite3"
    shutil.copyfile(sqlite_template, path)
    os.chmod(path, 0o644)
    open_database(resolve_target(str(path)))
    try:
        for name in ("pulih.sqlite3", "pulih.sqlite3-wal", "pulih.sqlite3-shm"):
            assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600, name
    finally:
        dbmod.close()


def test_an_error_that_ends_the_program_is_logged_and_shown(qtbot, data_home, monkeypatch):
    import main
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)

    def broken_start(_args) -> int:
        raise RuntimeError("sign-in dialog broke")
    import ui.app
    monkeypatch.setattr(ui.app, "run_app", broken_start)
    monkeypatch.setattr(os, "umask", lambda mask: 0o022)  # keep the test process's umask
    assert main.main([]) == 1
    assert "sign-in dialog broke" in _log_text(data_home)
    assert shown and str(data_home / error_log.LOG_NAME) in shown[0]


def test_an_old_world_readable_log_becomes_private(data_home):
    data_home.mkdir(parents=True)
    old = data_home / error_log.LOG_NAME
    old.write_text("--- older entries\n", encoding="utf-8")
    old.chmod(0o644)
    try:
        raise RuntimeError("new entry")
    except RuntimeError:
        error_log.write_exception()
    assert stat.S_IMODE(old.stat().st_mode) == 0o600
    assert "older entries" in _log_text(data_home) and "new entry" in _log_text(data_home)
