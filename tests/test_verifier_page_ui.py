"""Admin > Settings: the verification address typed as an admin would, and the button that
writes the verifier page to a chosen folder."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt

from models.facility.facility import get_setting
from models.seals import signing
from reports.verifier_page import FILE_NAME
from tests import doc_world as w
from tests.test_admin_ui import click, page  # noqa: F401 - the Admin page fixture
from ui.widgets import file_dialogs

ADDRESS = "https://verifikasi.bnnk-sukamaju.example/pulih.html"


@pytest.fixture(autouse=True)
def key_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(signing.KEY_DIR_ENV, str(tmp_path / "keys"))


def test_a_bad_address_is_refused_at_its_field_and_kept(qtbot, page):  # noqa: F811
    admin_page = page()
    panel = admin_page.settings_panel
    admin_page.tabs.setCurrentWidget(panel)
    field = panel.rows["verification_address"].widget
    field.setFocus()
    qtbot.keyClicks(field, "http://verifikasi.example/pulih.html")
    click(qtbot, panel.save_button)
    error = panel.rows["verification_address"].error
    assert error.isVisible() and "https://" in error.text() and "alamat" in error.text()
    assert field.text() == "http://verifikasi.example/pulih.html"
    assert get_setting("verification_address") == ""
    field.selectAll()
    qtbot.keyClicks(field, ADDRESS)
    click(qtbot, panel.save_button)
    assert get_setting("verification_address") == ADDRESS and not error.isVisible()


def test_the_admin_writes_the_verifier_page_to_a_chosen_folder(qtbot, page, staff,  # noqa: F811
                                                               tmp_path, monkeypatch):
    admin_page = page()
    box = admin_page.settings_panel.verifier_box
    admin_page.tabs.setCurrentWidget(admin_page.settings_panel)
    folder = tmp_path / "situs"
    folder.mkdir()
    monkeypatch.setattr(file_dialogs, "existing_directory", lambda *a, **k: str(folder))
    click(qtbot, box.write_button)  # no facility yet: said in words, nothing written
    assert box.error_label.isVisible() and "fasilitas" in box.error_label.text().lower()
    assert not (folder / FILE_NAME).exists()

    w.facility_and_doctor(staff)
    w.skhpn(staff, w.applicant(staff))
    click(qtbot, box.write_button)
    page_file = folder / FILE_NAME
    assert page_file.exists() and not box.error_label.isVisible()
    assert str(page_file) in box.info_label.text() and "Kunci: 1" in box.info_label.text()
    key_id = signing.SigningKey.select(signing.SigningKey.key_id).scalar()
    assert key_id in page_file.read_text("utf-8")
    monkeypatch.setattr(file_dialogs, "existing_directory", lambda *a, **k: "")
    click(qtbot, box.write_button)  # cancelled: nothing said, nothing changed
    assert box.info_label.text() == "" and not box.error_label.isVisible()
    assert box.write_button.text() == "Tulis halaman pemeriksa…"
    assert Qt.TextFormat.PlainText == box.info_label.textFormat()
