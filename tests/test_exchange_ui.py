"""Screens of issue 15: the data-quality panel on Laporan (findings open their record, closing
with problems is confirmed and recorded), the national-systems exports, and Admin > Data
exchange (the code mapping, the provincial roll-up, the client-list import's dry run).
Set EXCHANGE_M_SHOTS to a folder to keep screenshots."""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtWidgets import QMessageBox

from models.admin.facility_admin import set_setting
from models.db import connection as dbmod
from models.db.connection import resolve_target
from models.db.schema import open_database
from models.demo.demo import build_demo
from models.documents.trust import export_keys, import_keys
from models.facility.facility import Facility
from models.intake.episode import Episode
from models.intake.intake import EpisodeInput, admit, open_episode
from models.people.person import Person
from models.people.registry import PersonInput, register_person
from models.seals.signing import KEY_DIR_ENV, SigningKey
from models.staff.staff import Staff
from models.tallies.close import close_month
from models.tallies.data_quality import CloseQuality
from models.tallies.exchange_package import build_package
from reports.exchange_formats import render_package_files
from tests import doc_world
from tests.consent import consented
from tests.test_client_import import csv_bytes, good_rows, planted_rows
from ui import i18n
from ui.exchange.exchange_tab import ExchangeTab
from ui.reports.reports_page import ReportsPage
from ui.session import SESSION

LAST_MONTH = dt.date.today().replace(day=1) - dt.timedelta(days=1)
sqlite_only = pytest.mark.parametrize("db", ["sqlite"], indirect=True)


@pytest.fixture(autouse=True)
def key_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(KEY_DIR_ENV, str(tmp_path / "keys"))


def shot(widget, name: str) -> None:
    folder = os.environ.get("EXCHANGE_M_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


@pytest.fixture
def laporan(qtbot, db, staff):
    i18n.install("id")
    doc_world.facility_and_doctor(staff)
    for n in range(3):
        person = register_person(staff["intake"], PersonInput(
            full_name=f"Klien Uji {n}", sex="L", id_type="none", no_id_reason="-",
            birth_date=dt.date(1990, 1, 1 + n), address="Jl. Uji" if n else "",
            regency="Kota Uji"))
        episode = open_episode(staff["intake"], person, EpisodeInput(
            service_type="outpatient", reported_on=LAST_MONTH.replace(day=2)))
        consented(staff["intake"], episode)
        admit(staff["intake"], episode, LAST_MONTH.replace(day=3))
    # entered on the day of the report, so no finding depends on the day the test runs
    Episode.update(created_at=dt.datetime.combine(LAST_MONTH.replace(day=2), dt.time(9))
                   ).execute()
    SESSION.sign_in(staff["admin"])
    widget = ReportsPage()
    qtbot.addWidget(widget)
    widget.resize(1280, 860)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.payload is not None and not widget.is_computing(),
                    timeout=20_000)
    yield widget
    SESSION.sign_out()


def test_the_quality_panel_lists_problems_and_opens_the_record(qtbot, laporan):
    panel = laporan.extras.panel
    with qtbot.waitSignal(panel.checked, timeout=20_000):  # checked on a worker thread
        laporan.extras.quality_button.click()
    assert panel.isVisible() and panel.problems() == 4  # one address, three substances
    assert "Kelengkapan" in panel.summary.text()
    missing = panel.tree.topLevelItem(0)
    assert missing.text(1) == "4"
    first = missing.child(0)
    assert "Klien Uji 0" in first.text(0)
    with qtbot.waitSignal(laporan.open_record) as opened:
        panel.tree.itemActivated.emit(first, 0)
    assert opened.args == [Person.get(Person.full_name == "Klien Uji 0").id, ""]  # identity
    substance = missing.child(1)  # the episode's primary substance: on the program tab
    with qtbot.waitSignal(laporan.open_record) as opened:
        panel.tree.itemActivated.emit(substance, 0)
    assert opened.args[1] == "program"
    shot(laporan, "laporan_quality_panel")


def test_closing_with_open_problems_says_so_and_records_the_confirmation(qtbot, laporan):
    laporan.close_or_reopen()
    box = laporan.confirm_box
    assert laporan.extras.panel.isVisible()  # the problems are shown behind the question
    assert isinstance(box, QMessageBox) and "4 masalah kualitas data" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not laporan.is_computing() and bool(laporan.payload["closed"]),
                    timeout=20_000)
    assert CloseQuality.get().problems == 4


def test_an_open_month_is_not_sent_to_national_systems(qtbot, laporan, monkeypatch,
                                                       tmp_path):
    from ui.widgets import file_dialogs
    target = tmp_path / "m.json"
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: (str(target), ""))
    laporan.extras.export("dhis2_json")
    assert "belum ditutup" in laporan.message.text() and not target.exists()
    close_month(SESSION.staff, LAST_MONTH.year, LAST_MONTH.month)
    laporan.extras.export("dhis2_json")
    assert laporan.message.text() == ""
    assert json.loads(target.read_text())["period"] == f"{LAST_MONTH:%Y%m}"
    assert "pulih-1" in laporan.status.text()


@pytest.fixture
def admin_tab(qtbot, db):
    i18n.install("id")
    build_demo(60, 4, end_date=dt.date(2025, 6, 30))
    admin = Staff.get(Staff.username == "admin")
    SESSION.sign_in(admin)
    widget = ExchangeTab()
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    SESSION.sign_out()


@sqlite_only
def test_the_mapping_tab_shows_the_codes_and_refuses_a_bad_file(qtbot, admin_tab, tmp_path):
    panel = admin_tab.mapping_panel
    admin_tab.refresh()
    assert "pulih-1" in panel.heading.text() and panel.table.rowCount() > 20
    assert panel.table.item(0, 1).text() == "PULIH_NEW_CLIENTS"
    shot(admin_tab, "admin_mapping")
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "pulih-exchange-mapping/1", "version": "x", "data_set": "D", '
                   '"indicators": {"nope": {"total": "A"}}}')
    panel.load_path(str(bad))
    assert "nope" in panel.message.text() and "pulih-1" in panel.heading.text()


@sqlite_only
def test_the_import_tab_shows_the_dry_run_and_commits(qtbot, admin_tab, tmp_path):
    admin_tab.tabs.setCurrentIndex(2)
    panel = admin_tab.import_panel
    nik = Person.select(Person.nik).where(Person.nik.is_null(False)).scalar()
    path = tmp_path / "daftar-klien.csv"
    path.write_bytes(csv_bytes(good_rows() + planted_rows(nik)))
    panel.open_path(str(path))
    assert panel.combos["full_name"].currentData() == "Nama Lengkap"
    panel.start_dry_run()
    assert not panel.dry_button.isEnabled()  # checked on a worker thread
    qtbot.waitUntil(lambda: not panel.is_busy(), timeout=30_000)
    created = len(panel.run.create)  # 4 good rows, and the Siti the demo does not have
    assert created == 5 and panel.create_table.rowCount() == 5
    assert panel.refused_table.rowCount() == len(panel.run.refused) >= 8
    assert panel.duplicate_table.rowCount() == 1  # row 15 (a Cyrillic a) of row 5
    assert "5 akan dibuat" in panel.summary.text()
    shot(admin_tab, "admin_import_dry_run")
    before = Person.select().count()
    panel.do_commit()
    qtbot.waitUntil(lambda: not panel.is_busy(), timeout=30_000)
    assert Person.select().count() == before + 5 and "5 orang" in panel.summary.text()


@sqlite_only
def test_the_rollup_tab_shows_facilities_total_and_who_has_not_reported(
        qtbot, db, sqlite_template, tmp_path):
    i18n.install("id")
    build_demo(80, 6, end_date=dt.date(2025, 6, 30))
    admin = Staff.get(Staff.username == "admin")
    Facility.update(code="BNNK-A").execute()
    SigningKey.update(facility_code="BNNK-A").where(SigningKey.own).execute()
    close_month(admin, 2025, 5, now=dt.datetime(2025, 6, 2))
    package = build_package(admin, 2025, 5, render_package_files)
    keys = export_keys(admin)
    province = tmp_path / "p.sqlite3"
    shutil.copyfile(sqlite_template, province)
    dbmod.close()
    open_database(resolve_target(str(province)))
    build_demo(20, 7, end_date=dt.date(2025, 6, 30))
    Facility.update(code="BNNP-X").execute()
    SigningKey.update(facility_code="BNNP-X").where(SigningKey.own).execute()
    boss = Staff.get(Staff.username == "admin")
    set_setting(boss, "provincial_office", 1)
    import_keys(boss, keys)
    SESSION.sign_in(boss)
    try:
        tab = ExchangeTab()
        qtbot.addWidget(tab)
        tab.resize(1280, 600)
        tab.show()
        tab.tabs.setCurrentIndex(1)
        panel = tab.rollup_panel
        panel.year.setValue(2025)
        panel.month.setCurrentIndex(4)
        (tmp_path / "a.zip").write_bytes(package)
        lines = panel.import_paths([str(tmp_path / "a.zip"), str(tmp_path / "a.zip")])
        assert "diimpor" in lines[0] and "tidak ada yang berubah" in lines[1]
        assert panel.table.rowCount() == 2
        assert panel.table.item(0, 0).text().startswith("BNNK-A")
        assert panel.table.item(0, 1).text() == panel.table.item(1, 1).text()
        assert "Semua fasilitas" in panel.missing.text()
        shot(tab, "admin_rollup")
    finally:
        SESSION.sign_out()
