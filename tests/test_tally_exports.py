"""Exports of the monthly report read back: XLSX through openpyxl, CSV through csv, the PDF
as bytes and text; small counts hidden; a closed month exported twice gives the same numbers;
the command line signs in, writes the file and leaves an audit trail."""
from __future__ import annotations

import csv
import datetime as dt
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from models.demo.demo import build_demo
from models.facility.facility import Setting
from models.safety.audit import AuditEvent
from models.staff.staff import Staff
from models.tallies.achievement import set_indicator_target
from models.tallies.bnba import bnba_export
from models.tallies.close import close_month
from models.tallies.export import HIDDEN, SMALL, export_month, suppressed
from models.tallies.indicators import INDICATORS, TOPICS
from models.tallies.tally import TOTAL, Period, compute_tally
from reports.tally_csv import BOM, render_bnba_csv, render_tally_csv
from reports.tally_pdf import render_tally_pdf
from reports.tally_progress import ExportCancelled, write_file
from reports.tally_xlsx import render_bnba_xlsx, render_tally_xlsx
from tests.consent import consented
from ui.common.tally_export import indonesian

ROOT = Path(__file__).resolve().parent.parent
ID = indonesian()


# Renderers do not care which engine counted: the exports are checked on SQLite only, and
# test_tally.py shows that PostgreSQL gives the same numbers.
sqlite_only = pytest.mark.parametrize("db", ["sqlite"], indirect=True)


@pytest.fixture
def demo(db):
    build_demo(600, 11, end_date=dt.date(2025, 6, 30))
    return Staff.get(Staff.username == "admin")


def sheet_rows(ws) -> list[tuple]:
    return [tuple(row) for row in ws.iter_rows(values_only=True)]


def header_row(ws) -> int:
    for index, row in enumerate(ws.iter_rows(values_only=True), 1):
        if row[0] == "Indikator":
            return index
    raise AssertionError(f"no header row in {ws.title}")


def blocks_of(ws) -> dict[str, tuple[tuple, list[tuple]]]:
    """indicator label -> (its total row, its breakdown rows), read from a topic sheet."""
    found, current = {}, None
    for row in list(ws.iter_rows(values_only=True))[header_row(ws):]:
        if row[0]:
            current = row[0]
            found[current] = (row, [])
        elif row[1] and current:
            found[current][1].append(row)
        else:
            current = None
    return found


@sqlite_only
def test_the_xlsx_has_a_sheet_per_topic_in_indonesian_with_the_tally_numbers(demo):
    set_indicator_target(demo, 2025, "outpatient_clients", 40)
    payload = export_month(demo, 2025, 5, "xlsx", ID)
    wb = load_workbook(io.BytesIO(render_tally_xlsx(payload)))
    assert wb.sheetnames == ["Klien", "Laporan dan rujukan", "Zat dan diagnosis",
                             "Jenis layanan", "Sensus", "Terminasi dan pascarehabilitasi",
                             "Asesmen dan tes urine", "SKHPN", "Janji temu", "Target tahunan",
                             "Definisi"]
    month, ytd = compute_tally(Period.month(2025, 5)), compute_tally(Period.year_to_date(2025, 5))
    for topic, name in zip(TOPICS, wb.sheetnames):
        ws = wb[name]
        head = header_row(ws)
        assert ws.freeze_panes == f"A{head + 1}"
        assert int(ws.page_setup.paperSize) == 9 and ws.page_setup.fitToWidth == 1  # 9: A4
        assert ws.print_title_rows == f"${head}:${head}"
        blocks = blocks_of(ws)
        for indicator in (i for i in INDICATORS if i.topic == topic.id):
            total, rows = blocks[ID("Indicators", indicator.label)]
            assert total[1] == "Jumlah"
            assert (total[2], total[3]) == (month.value(indicator.id), ytd.value(indicator.id))
            assert isinstance(total[2], int) and isinstance(total[3], int)
            keys = [k for k in month.values[indicator.id] if k != TOTAL]
            if indicator.breakdown:
                assert [(r[2], r[3]) for r in rows] == \
                    [(month.value(indicator.id, k), ytd.value(indicator.id, k)) for k in keys]
    outpatient = blocks_of(wb["Jenis layanan"])["Klien rawat jalan yang diterima"][0]
    assert outpatient[4] == 40
    assert outpatient[5] == pytest.approx(ytd.value("outpatient_clients") / 40, abs=0.0006)
    assert wb["Klien"]["A1"].value == "BADAN NARKOTIKA NASIONAL KOTA SUKAMAJU"
    labels = [r[1] for r in blocks_of(wb["Klien"])["Klien baru (penerimaan)"][1]]
    assert labels[:2] == ["Laki-laki, 0-14 tahun", "Laki-laki, 15-19 tahun"]
    assert "Perempuan, 60 tahun ke atas" in labels
    definitions = sheet_rows(wb["Definisi"])
    assert any(r[0] == "Klien lanjutan" and "hari pertama periode" in r[1] for r in definitions)


def test_hidden_small_counts_cannot_be_worked_out_from_the_total():
    assert suppressed([0, 3, 12, 40], 55) == [0, SMALL, HIDDEN, 40]
    assert suppressed([2, 3, 12], 17) == [SMALL, SMALL, 12]
    assert suppressed([3], 3) == [SMALL]
    assert suppressed([0, 7, 9], 16) == [0, 7, 9]


@sqlite_only
def test_a_suppressed_export_shows_no_count_from_1_to_4(demo):
    payload = export_month(demo, 2025, 5, "xlsx", ID, suppress=True)
    wb = load_workbook(io.BytesIO(render_tally_xlsx(payload)))
    seen = set()
    for name in wb.sheetnames[:8]:
        for label, (total, rows) in blocks_of(wb[name]).items():
            if "rupiah" in label:
                continue
            for row in [total] + rows:
                for cell in row[2:4]:
                    assert not (isinstance(cell, int) and 1 <= cell <= 4), (name, label, row)
                    seen.add(cell if isinstance(cell, str) else "number")
    assert {SMALL, HIDDEN, "number"} <= seen
    assert any("<5" in (wb["Klien"].cell(row=r, column=1).value or "") for r in range(1, 6))


@sqlite_only
def test_the_csv_reads_back_in_both_variants(demo):
    set_indicator_target(demo, 2025, "outpatient_clients", 37)
    payload = export_month(demo, 2025, 5, "csv", ID)
    month = compute_tally(Period.month(2025, 5))
    for semicolon in (False, True):
        data = render_tally_csv(payload, semicolon=semicolon)
        assert data.startswith(BOM.encode("utf-8"))
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")),
                               delimiter=";" if semicolon else ","))
        assert rows[0][0] == "Fasilitas" and rows[1] == ["Periode", "Mei 2025"]
        assert rows[4][:3] == ["Kelompok", "Indikator", "Rincian"]
        totals = {r[1]: r for r in rows[5:] if len(r) > 2 and r[2] == "Jumlah"}
        for indicator in INDICATORS:
            assert int(totals[ID("Indicators", indicator.label)][3]) == month.value(indicator.id)
        achievement = totals["Klien rawat jalan yang diterima"][6]
        decimal = "," if semicolon else "."
        expected = next(t["achievement"] for t in payload["targets"]
                        if t["label"] == "Klien rawat jalan yang diterima")
        assert decimal in achievement and float(achievement.replace(",", ".")) == expected


@sqlite_only
def test_the_pdf_renders_on_the_letterhead_the_same_bytes_each_time(demo):
    payload = export_month(demo, 2025, 5, "pdf", ID, now=dt.datetime(2025, 7, 1, 9, 0))
    first = render_tally_pdf(payload, invariant=True)
    assert first.startswith(b"%PDF") and first == render_tally_pdf(payload, invariant=True)
    from pypdf import PdfReader
    reader = PdfReader(io.BytesIO(first))
    assert len(reader.pages) >= 3
    text = "\n".join(page.extract_text() for page in reader.pages)
    for expected in ("BADAN NARKOTIKA NASIONAL KOTA SUKAMAJU", "LAPORAN BULANAN LAYANAN",
                     "Mei 2025", "Klien baru menurut zat utama, Mei 2025",
                     "Dua belas bulan terakhir", "Halaman 2", "Cara penghitungan"):
        assert expected in text


@sqlite_only
def test_a_cancelled_export_writes_nothing(demo, tmp_path):
    payload = export_month(demo, 2025, 5, "xlsx", ID)
    calls = []

    def stop_at_the_third(done: int, total: int) -> bool:
        calls.append((done, total))
        return len(calls) < 3

    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "laporan.xlsx"
    target.write_bytes(b"the previous export")
    for render in (render_tally_xlsx, render_tally_pdf,
                   lambda p, progress: render_tally_csv(p, progress=progress)):
        calls.clear()
        with pytest.raises(ExportCancelled):
            write_file(target, render(payload, progress=stop_at_the_third))
        assert len(calls) == 3
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in folder.iterdir()] == ["laporan.xlsx"]


@sqlite_only
def test_a_closed_month_exports_the_same_numbers_after_late_records(demo):
    from models.intake.intake import EpisodeInput, admit, open_episode
    from models.people.registry import PersonInput, register_person
    close_month(demo, 2025, 5, now=dt.datetime(2025, 6, 2, 8, 0))
    before = load_workbook(io.BytesIO(render_tally_xlsx(export_month(demo, 2025, 5, "xlsx", ID))))
    intake = Staff.get(Staff.username == "pendaftaran1")
    person = register_person(intake, PersonInput(full_name="Andi Saputra", sex="L",
                                                 id_type="none", no_id_reason="Belum punya KTP"))
    late = open_episode(intake, person, EpisodeInput("outpatient", dt.date(2025, 5, 12)),
                        today=dt.date(2025, 7, 1))
    # room in every service type: the admission goes through
    Setting.delete().where(Setting.key.startswith("capacity_")).execute()
    consented(intake, late)
    assert admit(intake, late, dt.date(2025, 5, 13), today=dt.date(2025, 7, 1)) == "in_program"
    after = load_workbook(io.BytesIO(render_tally_xlsx(export_month(demo, 2025, 5, "xlsx", ID))))
    for name in before.sheetnames[:9]:
        assert sheet_rows(before[name]) == sheet_rows(after[name]), name
    live = compute_tally(Period.month(2025, 5)).value("new_clients")
    assert blocks_of(after["Klien"])["Klien baru (penerimaan)"][0][2] == live - 1
    assert AuditEvent.select().where(AuditEvent.action == "tally.export").count() == 2


@sqlite_only
def test_the_bnba_keeps_the_nik_as_text_and_dates_as_dates(demo):
    payload = bnba_export(demo, 2025, 5, "xlsx", ID)
    ws = load_workbook(io.BytesIO(render_bnba_xlsx(payload))).active
    rows = sheet_rows(ws)
    head = next(i for i, r in enumerate(rows) if r[0] == "No.")
    assert rows[head][:4] == ("No.", "Nama", "NIK", "Jenis kelamin")
    data = rows[head + 1:]
    assert len(data) == len(payload["rows"]) > 0
    with_nik = [r for r in data if r[2]]
    assert with_nik and all(isinstance(r[2], str) and len(r[2]) == 16 for r in with_nik)
    assert all(isinstance(r[15], dt.datetime) for r in data)
    text = render_bnba_csv(payload, semicolon=True).decode("utf-8-sig")
    parsed = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert parsed[0][0] == "Fasilitas" and parsed[1][0] == "Periode" and parsed[3] == []
    assert len(parsed) == len(data) + 5 and parsed[5][1] == data[0][1]


def run_cli(*args: str, password: str | None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PULIH_LANG": "en"}
    for key in ("PULIH_DB", "PULIH_DATABASE_URL", "PULIH_PASSWORD"):
        env.pop(key, None)
    if password is not None:
        env["PULIH_PASSWORD"] = password
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "tally", *args], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL)


def test_the_command_signs_in_writes_the_file_and_is_audited(tmp_path):
    from models.db import connection as dbmod
    from models.db.connection import resolve_target
    from models.db.schema import open_database
    path = tmp_path / "demo.sqlite3"
    open_database(resolve_target(str(path)))
    try:
        build_demo(200, 3, end_date=dt.date(2025, 6, 30))
    finally:
        dbmod.close()
    out = tmp_path / "laporan mei.xlsx"
    common = ("--month", "2025-05", "--db", str(path))
    denied = run_cli(*common, "--out", str(out), "--user", "admin", password="salah-sandi-1")
    assert denied.returncode == 1 and "wrong" in denied.stderr and not out.exists()
    asked = run_cli(*common, "--out", str(out), "--user", "admin", password=None)
    assert asked.returncode == 2 and "PULIH_PASSWORD" in asked.stderr
    bad = run_cli(*common, "--out", str(tmp_path / "x.docx"), "--user", "admin",
                  password="demo-admin")
    assert bad.returncode == 2 and ".xlsx" in bad.stderr
    done = run_cli(*common, "--out", str(out), "--user", "admin", "--suppress",
                   password="demo-admin")
    assert done.returncode == 0, done.stderr
    assert "Provisional" in done.stdout and "May 2025" in done.stdout
    assert load_workbook(out).sheetnames[0] == "Klien"
    listed = run_cli(*common, "--out", str(tmp_path / "bnba.csv"), "--user", "admin", "--bnba",
                     "--semicolon", password="demo-admin")
    assert listed.returncode == 0, listed.stderr
    assert (tmp_path / "bnba.csv").read_bytes().startswith(BOM.encode("utf-8"))
    intake = run_cli(*common, "--out", str(tmp_path / "no.pdf"), "--user", "pendaftaran1",
                     password="demo-intake")
    assert intake.returncode == 1 and "right" in intake.stderr
    open_database(resolve_target(str(path)))
    try:
        exports = [(a, d) for a, d in AuditEvent.select(AuditEvent.action, AuditEvent.detail)
                   .where(AuditEvent.action.in_(("tally.export", "bnba.export")))
                   .order_by(AuditEvent.id).tuples()]
    finally:
        dbmod.close()
    assert [(a, d["format"], d.get("suppressed")) for a, d in exports] == \
        [("tally.export", "xlsx", True), ("bnba.export", "csv", None)]
