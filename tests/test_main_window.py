"""The main window: navigation, the home page's counts, language switching, status bar,
remembered geometry, and the start-up error shown instead of a traceback."""
from __future__ import annotations

import argparse
import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from models.admin.facility_admin import FacilityInput, save_facility
from models.documents.document import Document
from models.intake.intake import EpisodeInput, open_episode
from models.people.registry import PersonInput, register_person
from ui import i18n
from ui.home.overview_page import OverviewPage
from ui.main_window import NAV_ENTRIES, MainWindow

NAV_ID = ["Beranda", "Klien", "Pendaftaran", "Jadwal", "Dokumen", "Rumatan", "Laporan", "Admin"]
NAV_EN = ["Home", "Clients", "Intake", "Appointments", "Documents", "Rumatan", "Reports", "Admin"]
FACILITY = FacilityInput(
    name_lines=("BADAN NARKOTIKA NASIONAL REPUBLIK INDONESIA",
                "BADAN NARKOTIKA NASIONAL KOTA BANDUNG", "KLINIK PRATAMA BNNK BANDUNG"),
    code="BNNK-BDG", kind="bnn_clinic", address="Jl. Ir. H. Juanda No. 99, Dago",
    city="Bandung")


@pytest.fixture
def settings(tmp_path) -> QSettings:
    """Window settings in a file of their own, never the desk's real ones."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, db, settings):
    """Build and show a main window on the test database, in Indonesian."""
    made: list[MainWindow] = []

    def make() -> MainWindow:
        i18n.install("id")
        window = MainWindow(db, language="id", settings=settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()
    i18n.install("id")


def nav_texts(window: MainWindow) -> list[str]:
    return [window.nav.item(row).text() for row in range(window.nav.count())]


def count_text(window: MainWindow, card: str) -> str:
    label = window.findChild(QLabel, f"{card}_count")
    assert label is not None, card
    return label.text()


def test_navigation_has_its_entries_and_only_built_screens_open(make_window):
    window = make_window()
    assert nav_texts(window) == NAV_ID
    enabled = [bool(window.nav.item(row).flags() & Qt.ItemFlag.ItemIsEnabled)
               for row in range(window.nav.count())]
    built = [entry.make_page is not None for entry in NAV_ENTRIES]
    assert enabled == built
    assert built[:3] == [True, True, True]  # home, clients, intake
    later = {window.nav.item(row).toolTip() for row in range(len(NAV_ENTRIES)) if not built[row]}
    assert later <= {"Layar ini hadir di versi Pulih berikutnya."}
    assert isinstance(window.pages.currentWidget(), OverviewPage)
    assert window.pages.count() == 1  # other pages are built the first time they are opened


def test_ctrl_number_shortcuts_match_the_entries(make_window):
    window = make_window()
    assert [a.shortcut().toString() for a in window.page_actions] == [
        f"Ctrl+{n}" for n in range(1, len(NAV_ENTRIES) + 1)]
    assert [a.isEnabled() for a in window.page_actions] == [
        entry.make_page is not None for entry in NAV_ENTRIES]
    window.page_actions[0].trigger()
    assert window.nav.currentRow() == 0
    window.page_actions[1].trigger()
    assert window.nav.currentRow() == 1


def test_home_page_counts_people_episodes_and_documents(make_window, staff, person_id):
    save_facility(staff["admin"], FACILITY)
    open_episode(staff["intake"], person_id,
                 EpisodeInput(service_type="outpatient", reported_on=dt.date.today()))
    Document.create(number="SKHPN/0001/TEST", kind="SKHPN", year=dt.date.today().year, seq=1,
                    issued_by=staff["doctor"].id, issued_at=dt.datetime.now(), payload={})
    Document.create(number="SKHPN/0002/TEST", kind="SKHPN", year=dt.date.today().year, seq=2,
                    issued_by=staff["doctor"].id, issued_at=dt.datetime.now(), payload={},
                    voided_at=dt.datetime.now())  # a voided document is not counted
    window = make_window()

    assert count_text(window, "persons") == "1"
    assert count_text(window, "documents") == "1"
    assert [count_text(window, f"status_{code}")
            for code in ("screening", "waiting", "in_program", "aftercare", "closed")] == \
        ["1", "0", "0", "0", "0"]
    page = window.page("home")
    assert [label.text() for label in page.name_labels] == list(FACILITY.name_lines)
    assert page.address_label.text() == "Jl. Ir. H. Juanda No. 99, Dago, Bandung"
    assert page.not_set_up_label.isHidden()
    assert window.findChild(QLabel, "status_screening_caption").text() == "Skrining"
    assert window.facility_label.full_text() == "KLINIK PRATAMA BNNK BANDUNG"


def test_home_page_counts_again_when_shown_again(make_window, staff, person_id):
    window = make_window()
    assert count_text(window, "persons") == "1"
    register_person(staff["intake"], PersonInput(full_name="Budi Santoso", sex="L",
                                                 birth_date=dt.date(1990, 1, 2), nik=None,
                                                 id_type="none", no_id_reason="hilang"))
    window.hide()
    window.show()
    assert count_text(window, "persons") == "2"


def test_new_database_says_the_facility_is_not_set_up(make_window):
    window = make_window()
    page = window.page("home")
    assert page.name_labels == []
    assert page.not_set_up_label.isVisible()
    assert "belum diisi" in page.not_set_up_label.text()
    assert count_text(window, "persons") == "0"
    assert window.facility_label.full_text() == ""


def test_language_menu_switches_to_english_and_back(make_window, settings):
    window = make_window()
    window.language_actions["en"].trigger()
    assert nav_texts(window) == NAV_EN
    assert window.findChild(QLabel, "persons_caption").text() == "Clients registered"
    assert window.findChild(QLabel, "status_waiting_caption").text() == "Waiting list"
    assert window.view_menu.title() == "&View"
    assert settings.value("language") == "en"
    window.language_actions["id"].trigger()
    assert nav_texts(window) == NAV_ID
    assert window.findChild(QLabel, "status_waiting_caption").text() == "Daftar tunggu"


def test_status_bar_names_the_database_and_no_staff_yet(make_window, db):
    window = make_window()
    assert window.database_label.full_text() == db.describe()
    if db.kind == "sqlite":
        assert db.location in window.database_label.toolTip()
    assert window.staff_label.isHidden() and window.staff_label.text() == ""


def test_window_size_is_remembered(make_window):
    window = make_window()
    window.resize(720, 530)
    window.close()
    again = make_window()
    assert (again.width(), again.height()) == (720, 530)


def test_start_up_shows_a_message_for_a_file_that_is_not_pulih(qapp, tmp_path, monkeypatch):
    from ui.app import run_app

    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"shopping list, not a database\n")
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: shown.append((box.windowTitle(), box.text())) or 0)
    names = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    try:
        status = run_app(argparse.Namespace(db=str(path), lang="en"))
    finally:
        QCoreApplication.setOrganizationName(names[0])
        QCoreApplication.setApplicationName(names[1])
        i18n.install("id")
    assert status == 1
    assert shown == [("Pulih cannot open the database",
                      f"The file {path} is not a Pulih database. It was not changed.")]
    assert path.read_bytes() == b"shopping list, not a database\n"
