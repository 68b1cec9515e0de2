"""Encryption chosen at first-run set-up, and the key asked for at start, driven as a person
would."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from models.admin.setup import needs_setup
from models.core.errors import DatabaseProblem
from models.db import cipher
from models.db import connection as dbmod
from models.db.connection import DatabaseTarget
from models.db.schema import open_database
from models.safety import accounts
from ui import i18n
from ui.auth.key_dialog import KeyDialog
from ui.auth.setup_dialog import SetupDialog

KEY = "kunci-panti-2026"


@pytest.fixture(autouse=True)
def indonesian(qapp):
    i18n.install("id")


@pytest.fixture
def new_database(tmp_path):
    target = DatabaseTarget("sqlite", str(tmp_path / "baru.sqlite3"))
    open_database(target)
    yield target
    dbmod.close()


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_encryption_chosen_at_set_up(qtbot, new_database):
    path = Path(new_database.location)
    assert cipher.is_plain(path)
    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.encryption_box.isVisible()
    assert dialog.encrypt.text() == "&Enkripsi basis data"
    assert not dialog.db_key.isEnabled()
    dialog.facility.name_lines.setPlainText("BADAN NARKOTIKA NASIONAL")
    dialog.facility.code.setText("BNNK-UJI")
    type_into(qtbot, dialog.username, "kepala")
    type_into(qtbot, dialog.full_name, "Kepala Klinik")
    type_into(qtbot, dialog.password, "rahasia-sekali-1")
    type_into(qtbot, dialog.password_again, "rahasia-sekali-1")
    dialog.nip.setFocus()
    qtbot.keyClick(dialog.nip, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.encrypt
    qtbot.keyClick(dialog.encrypt, Qt.Key.Key_Space)
    assert dialog.encrypt.isChecked() and dialog.db_key.isEnabled()
    qtbot.keyClick(dialog.encrypt, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.db_key
    qtbot.keyClicks(dialog.db_key, KEY)
    qtbot.keyClick(dialog.db_key, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.db_key_again, KEY + "x")
    dialog.finish()
    error = dialog.key_form.rows["Database key again"].error
    assert error.isVisible() and error.text() == "Kedua kunci tidak sama."
    assert cipher.is_plain(path) and needs_setup()  # nothing changed
    dialog.db_key_again.clear()
    qtbot.keyClicks(dialog.db_key_again, KEY)
    qtbot.keyClick(dialog.db_key_again, Qt.Key.Key_Return)
    assert dialog.result() == SetupDialog.DialogCode.Accepted
    assert dbmod.bound_target().key == KEY
    dbmod.close()
    assert path.stat().st_size > 0 and not cipher.is_plain(path)
    data = path.read_bytes() + Path(f"{path}-wal").read_bytes() if Path(
        f"{path}-wal").exists() else path.read_bytes()
    assert b"Kepala Klinik" not in data and b"BNNK-UJI" not in data
    with pytest.raises(DatabaseProblem) as caught:
        open_database(DatabaseTarget("sqlite", str(path)))
    assert caught.value.text == cipher.MSG_ENCRYPTED
    open_database(DatabaseTarget("sqlite", str(path), key=KEY))
    assert accounts.authenticate("kepala", "rahasia-sekali-1").full_name == "Kepala Klinik"


def test_a_short_key_is_refused_at_its_field(qtbot, new_database):
    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    dialog.facility.name_lines.setPlainText("KLINIK")
    dialog.facility.code.setText("BNNK-UJI")
    dialog.username.setText("kepala")
    dialog.full_name.setText("Kepala")
    dialog.password.setText("rahasia-sekali-1")
    dialog.password_again.setText("rahasia-sekali-1")
    dialog.encrypt.setChecked(True)
    dialog.db_key.setText("pendek")
    dialog.db_key_again.setText("pendek")
    dialog.finish()
    assert "sedikitnya 12 karakter" in dialog.key_form.rows["Database key"].error.text()
    assert needs_setup() and cipher.is_plain(Path(new_database.location))


def test_key_dialog_asks_in_indonesian_and_returns_the_typed_key(qtbot, tmp_path):
    target = DatabaseTarget("sqlite", str(tmp_path / "x.sqlite3"))
    error = DatabaseProblem(cipher.MSG_WRONG_KEY, path=target.location)
    dialog = KeyDialog(target, error)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Basis data terenkripsi"
    assert "kuncinya salah" in dialog.message.text()
    assert dialog.message.textFormat() == Qt.TextFormat.PlainText
    qtbot.keyClick(dialog.key, Qt.Key.Key_Return)  # empty: still asking
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.key, KEY)
    qtbot.keyClick(dialog.key, Qt.Key.Key_Return)
    assert dialog.result() == KeyDialog.DialogCode.Accepted and dialog.value() == KEY
