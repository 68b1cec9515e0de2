"""``main.py encrypt`` records what it did through models/ (models.admin.encryption.reopen),
as the Backups tab does: the same audit action and details, by no member (the command needs
the file and its key, not a sign-in)."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from main import main
from models.db import cipher
from models.db import connection as dbmod
from models.db.schema import open_database
from models.safety.audit import AuditEvent

KEY = "kunci panti sukamaju 2026"
NEW_KEY = "kunci baru yang lebih panjang"


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_encrypting_and_changing_the_key_from_the_command_line_is_audited(db, staff, tmp_path,
                                                                           monkeypatch, qapp):
    dbmod.close()
    first, second = tmp_path / "first.key", tmp_path / "second.key"
    first.write_text(KEY + "\n", encoding="utf-8")
    second.write_text(NEW_KEY + "\n", encoding="utf-8")
    monkeypatch.delenv("PULIH_DB_KEY", raising=False)
    assert main(["encrypt", "--db", db.location, "--new-key-file", str(first)]) == 0
    monkeypatch.setenv("PULIH_DB_KEY", KEY)
    assert main(["encrypt", "--db", db.location, "--new-key-file", str(second),
                 "--keep-old"]) == 0
    assert not cipher.is_plain(Path(db.location))
    open_database(dataclasses.replace(db, key=NEW_KEY))
    events = [(e.action, e.staff_id, e.detail["wiped_old"], bool(e.detail["kept_old"]))
              for e in AuditEvent.select().where(AuditEvent.action.startswith("database."))
              .order_by(AuditEvent.id)]
    assert events == [("database.encrypt", None, True, False),
                      ("database.change_key", None, False, True)]
