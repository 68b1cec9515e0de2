"""Nothing in the process touches the live database file behind SQLite's back (issue 11,
fault 9), and a vanished -wal is noticed.

On Linux closing ANY descriptor of a file drops every POSIX lock the process holds on it.
Qt's own file dialog guesses the type of each file it lists by reading it (the -wal and
-shm beside the database have no known suffix, so their content is sniffed), and a probe
that opened the database file to read its header did the same. With the app's connection
holding a read transaction, every file dialog Pulih uses and every probe is exercised
here; another process must then still see SQLite's locks, and the -wal must survive an
outside open and close.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileSystemModel, QLineEdit

from models.admin.health import health_report
from models.core.errors import DatabaseProblem
from models.db import cipher
from models.db import connection as dbmod
from models.db.connection import resolve_target
from models.db.schema import open_database
from ui.widgets import file_dialogs

ROOT = Path(__file__).resolve().parent.parent

#: Run in another process: are SQLite's locks on the database and its -shm still held by
#: the app (a write lock on them must fail), and does an outside open and close keep the
#: -wal? Prints one word per check.
OUTSIDE = textwrap.dedent("""
    import errno, fcntl, os, sqlite3, sys
    db = sys.argv[1]
    def held(path, start, length):
        fd = os.open(path, os.O_RDWR)
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, length, start, 0)
        except OSError as exc:
            return exc.errno in (errno.EAGAIN, errno.EACCES)
        finally:
            os.close(fd)
        return False
    PENDING = 0x40000000
    print("db-shared-lock", held(db, PENDING + 2, 510))
    print("shm-dms-lock", held(db + "-shm", 128, 1))
    conn = sqlite3.connect(db)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()
    print("wal-kept", os.path.exists(db + "-wal"))
""")


def _outside_view(path: Path) -> dict[str, bool]:
    done = subprocess.run([sys.executable, "-c", OUTSIDE, str(path)], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return {k: v == "True" for k, v in (line.split() for line in done.stdout.splitlines())}


@pytest.fixture
def live(sqlite_template, tmp_path):
    """The app's connection to a database in its own folder, in a read transaction."""
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "pulih.sqlite3"
    shutil.copyfile(sqlite_template, path)
    open_database(resolve_target(str(path)))
    dbmod.database.execute_sql("BEGIN")
    dbmod.database.execute_sql("SELECT count(*) FROM staff").fetchone()
    yield path
    dbmod.database.execute_sql("ROLLBACK")
    dbmod.close()


def _list_folder(qtbot, dialog, folder: Path) -> int:
    """Show ``dialog`` on ``folder`` as a person would: list it, type the folder in the name
    box, fetch every entry's icon and type. Returns how many entries it listed."""
    dialog.show()
    model = dialog.findChild(QFileSystemModel)
    with qtbot.waitSignal(model.directoryLoaded, timeout=5000):
        dialog.setDirectory(str(folder))
    name_box = dialog.findChild(QLineEdit, "fileNameEdit")
    if name_box is not None:
        qtbot.keyClicks(name_box, str(folder) + "/p")
    root = model.index(str(folder))
    for row in range(model.rowCount(root)):
        index = model.index(row, 0, root)
        model.data(index, Qt.ItemDataRole.DecorationRole)
        model.type(index)
    qtbot.wait(300)  # let Qt's file-info thread fetch what it fetches
    count = model.rowCount(root)
    dialog.reject()
    return count


# The offscreen platform cannot raise windows or grab the keyboard for the name box's
# completer popup; that is the test platform talking, not Pulih.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_dialogs_and_probes_leave_sqlites_locks_and_wal_alone(qtbot, live):
    folder = live.parent
    assert _outside_view(live) == {"db-shared-lock": True, "shm-dms-lock": True,
                                   "wal-kept": True}
    exercised, listed = 0, []
    for make in (lambda: file_dialogs.make_dialog(None, "Save", str(folder), "CSV (*.csv)"),
                 lambda: file_dialogs.make_dialog(None, "Open", str(folder)),
                 lambda: file_dialogs.make_dialog(None, "Folder", str(folder))):
        dialog = make()
        qtbot.addWidget(dialog)
        if exercised == 2:
            dialog.setFileMode(dialog.FileMode.Directory)
        listed.append(_list_folder(qtbot, dialog, folder))
        exercised += 1
    for probe in (lambda: cipher.looks_encrypted(live), lambda: cipher.is_plain(live),
                  lambda: cipher.uses_cipher(live, "some-key-1234"),
                  lambda: dbmod.wal_intact(),
                  lambda: dbmod.quick_check(live),  # the background integrity check's
                  lambda: health_report()):
        probe()
        exercised += 1
    assert exercised == 9
    assert max(listed) >= 3  # the database, its -wal and its -shm were listed
    assert _outside_view(live) == {"db-shared-lock": True, "shm-dms-lock": True,
                                   "wal-kept": True}
    assert cipher.is_plain(live) and not cipher.looks_encrypted(live)  # answered, unopened


def test_no_screen_calls_qfiledialogs_static_functions():
    """Every dialog goes through ui/widgets/file_dialogs.py (never reads file content)."""
    offenders = []
    for source in (ROOT / "ui").rglob("*.py"):
        if source.name == "file_dialogs.py":
            continue
        text = source.read_text(encoding="utf-8")
        if re.search(r"QFileDialog\.get(Open|Save|Existing)", text):
            offenders.append(str(source.relative_to(ROOT)))
    assert offenders == []


def test_a_vanished_wal_stops_writes_with_a_message(sqlite_template, tmp_path):
    from models.safety import accounts
    path = tmp_path / "pulih.sqlite3"
    shutil.copyfile(sqlite_template, path)
    open_database(resolve_target(str(path)))
    try:
        admin = accounts.create_first_admin("admin", "Admin Fasilitas", "admin-password-1")
        assert dbmod.wal_intact()
        Path(str(path) + "-wal").unlink()  # what an outside process did, locks gone
        assert not dbmod.wal_intact()
        with pytest.raises(DatabaseProblem) as caught:
            accounts.create_staff(admin, "petugas", "Petugas Pendaftaran", "intake",
                                  "intake-password-1")
        assert caught.value.text == dbmod.MSG_WAL_LOST
    finally:
        dbmod.close()


def test_the_window_tells_the_person_when_the_wal_vanishes(qtbot, sqlite_template, tmp_path):
    from PySide6.QtWidgets import QWidget

    from ui.wal_guard import WalGuard
    path = tmp_path / "pulih.sqlite3"
    shutil.copyfile(sqlite_template, path)
    open_database(resolve_target(str(path)))
    try:
        window = QWidget()
        qtbot.addWidget(window)
        guard = WalGuard(window, interval_ms=20)
        assert guard.check() and guard.box is None
        Path(str(path) + "-wal").unlink()
        qtbot.waitUntil(lambda: guard.box is not None and guard.box.isVisible(), timeout=3000)
        assert "pulih.sqlite3-wal" in guard.box.text()
        assert not guard.timer.isActive()  # told once
    finally:
        dbmod.close()
