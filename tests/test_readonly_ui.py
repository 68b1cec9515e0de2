"""A database that has become read-only (a write-protected USB stick, a file whose
permissions changed) gets a clear Indonesian message, and what the admin typed stays."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt

from models.db import connection as dbmod
from models.facility.facility import get_setting
from ui import i18n
from ui.admin.admin_page import AdminPage
from ui.session import SESSION

TYPED = "{kind}-{seq:05d}/{year}/{facility}"


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_read_only_database_says_so_and_keeps_the_typed_text(qtbot, db, staff):
    i18n.install("id")
    SESSION.sign_in(staff["admin"])
    try:
        page = AdminPage()
        qtbot.addWidget(page)
        page.show()
        page.tabs.setCurrentWidget(page.settings_panel)
        panel = page.settings_panel
        field = panel.rows["number_format"].widget
        field.selectAll()
        qtbot.keyClicks(field, TYPED)
        # SQLite answers exactly as for a read-only file ("attempt to write a readonly
        # database"); a chmod would not stop the test's root user, query_only does.
        dbmod.database.execute_sql("PRAGMA query_only = 1")
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
        shown = panel.rows["number_format"].error.text() + panel.error_label.text()
        assert "tidak dapat ditulisi" in shown and "hanya-baca" in shown
        assert field.text() == TYPED  # nothing typed is lost
        dbmod.database.execute_sql("PRAGMA query_only = 0")
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
        assert get_setting("number_format") == TYPED  # saved once the file is writable
    finally:
        SESSION.sign_out()
