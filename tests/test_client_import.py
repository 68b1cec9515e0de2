"""Importing an existing client list: Indonesian CSV (semicolon and comma) and XLSX, column
mapping saved for reuse, a dry run with planted bad rows and likely duplicates, an
all-or-nothing commit audited with the file's hash. Both engines."""
from __future__ import annotations

import datetime as dt
import hashlib
import io

import pytest
from openpyxl import Workbook

from models.admin.client_import import (
    DUP_FILE,
    DUP_ON_FILE,
    ClientImport,
    commit,
    dry_run,
    guess_columns,
    save_mapping,
    saved_mappings,
)
from models.core.client_file import parse_date, read_table
from models.core.errors import PermissionDenied, ValidationError
from models.core.nik import make_nik
from models.people.person import Person
from models.people.search import search_ids
from models.safety.audit import AuditEvent

TODAY = dt.date(2025, 6, 2)
HEADER = ["No", "Nama Lengkap", "Jenis Kelamin", "Tempat Lahir", "Tanggal Lahir", "NIK",
          "Alamat", "Kabupaten/Kota", "No HP"]


def good_rows() -> list[list[str]]:
    return [
        ["1", "Andi Pratama", "Laki-laki", "Bogor", "17 Agustus 1995",
         make_nik("32", 1, 2, dt.date(1995, 8, 17), "L", 11), "Jl. Melati 1", "Kab. Bogor",
         "0812-1111-2222"],
        ["2", "Bunga Citra", "P", "Depok", "05/03/1990",
         make_nik("32", 76, 1, dt.date(1990, 3, 5), "P", 12), "Jl. Mawar 2", "Kota Depok", ""],
        ["3", "Cahyo\u200b Nugroho", "L", "Bekasi", "1988-12-01", "", "Jl. Kenanga 3",
         "Kota Bekasi", "+62 813 3333 4444"],
        ["4", "Dimas Arya", "pria", "Bandung", "01-Jan-92", "", "Jl. Anggrek 4",
         "Kota Bandung", ""],
    ]


def planted_rows(sample_nik: str) -> list[list[str]]:
    """Rows 6.. of the sheet: each refused or a likely duplicate, for one reason."""
    return [
        ["5", "", "L", "Bogor", "01-01-1990", "", "Jl. A", "Kab. Bogor", ""],  # no name
        ["6", "Eko Saputra", "X", "Bogor", "01-01-1990", "", "Jl. B", "Kab. Bogor", ""],
        ["7", "Fajar Nugraha", "L", "Bogor", "31-02-1990", "", "Jl. C", "Kab. Bogor", ""],
        ["8", "Gita Permata", "P", "Bogor", "01-01-2030", "", "Jl. D", "Kab. Bogor", ""],
        ["9", "Hadi Susilo", "L", "Bogor", "02-02-1980", "1234", "Jl. E", "Kab. Bogor", ""],
        ["10", "Indra Wijaya", "L", "Bogor", "02-02-1980",  # NIK of another birth date
         make_nik("32", 1, 2, dt.date(1981, 2, 2), "L", 13), "Jl. F", "Kab. Bogor", ""],
        ["11", "Siti R.", "P", "Bandung", "17-08-1995", sample_nik, "Jl. G", "Bandung", ""],
        ["12", "Andi P.", "L", "Bogor", "17-08-1995",  # same NIK as row 2
         make_nik("32", 1, 2, dt.date(1995, 8, 17), "L", 11), "Jl. H", "Kab. Bogor", ""],
        ["13", "Siti Rahmawaty", "P", "Bandung", "17 Agt 1995", "", "Jl. I", "Bandung", ""],
        ["14", "Dimas Aryа", "L", "Bandung", "1/1/1992", "", "Jl. J", "Bandung", ""],
        ["15", "Joko\u202e Tingkir", "L", "Bogor", "03-03-1983", "", "Jl. K", "Bogor", ""],
    ]


def csv_bytes(rows: list[list[str]], sep: str = ";") -> bytes:
    lines = [sep.join(HEADER)] + [sep.join(row) for row in rows]
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


def test_indonesian_dates_are_read_day_first():
    assert parse_date("17 Agustus 1995", TODAY) == dt.date(1995, 8, 17)
    assert parse_date("17-08-1995", TODAY) == dt.date(1995, 8, 17)
    assert parse_date("17.08.95", TODAY) == dt.date(1995, 8, 17)
    assert parse_date("05/03/1990", TODAY) == dt.date(1990, 3, 5)
    assert parse_date("1990-03-05", TODAY) == dt.date(1990, 3, 5)
    assert parse_date("5 Mei 2001", TODAY) == dt.date(2001, 5, 5)
    assert parse_date("01-Des-05", TODAY) == dt.date(2005, 12, 1)
    assert parse_date(" ", TODAY) is None
    for bad in ("31-02-1990", "17 Agustos 1995", "kemarin"):
        with pytest.raises(ValueError):
            parse_date(bad, TODAY)


def test_comma_semicolon_and_xlsx_read_the_same(db):
    rows = good_rows()
    semi = read_table("daftar.csv", csv_bytes(rows, ";"))
    comma = read_table("daftar.csv", csv_bytes([[c.replace(",", " ") for c in r] for r in rows],
                                               ","))
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    for row in rows:
        ws.append(row[:4] + [dt.datetime(1995, 8, 17) if row[0] == "1" else row[4]] + row[5:])
    buf = io.BytesIO()
    wb.save(buf)
    xlsx = read_table("daftar.xlsx", buf.getvalue())
    assert semi[0] == comma[0] == xlsx[0] == HEADER
    assert semi[1] == comma[1] and len(xlsx[1]) == 4
    assert xlsx[1][0][4] == "1995-08-17" and xlsx[1][1] == semi[1][1]
    assert guess_columns(HEADER) == {
        "full_name": "Nama Lengkap", "sex": "Jenis Kelamin", "birth_place": "Tempat Lahir",
        "birth_date": "Tanggal Lahir", "nik": "NIK", "address": "Alamat",
        "regency": "Kabupaten/Kota", "phone": "No HP"}


def test_dry_run_then_commit_all_or_nothing(staff, person_id):
    admin = staff["admin"]
    sample = Person.get_by_id(person_id)
    data = csv_bytes(good_rows() + planted_rows(sample.nik))
    columns = guess_columns(HEADER)
    save_mapping(admin, "Daftar lama", columns)
    assert saved_mappings(admin) == {"Daftar lama": columns}
    before = Person.select().count()

    run = dry_run(admin, "daftar.csv", data, columns, today=TODAY)
    assert Person.select().count() == before  # a dry run writes nothing
    assert run.rows == 15 and run.sha256 == hashlib.sha256(data).hexdigest()
    assert run.create == [2, 3, 4, 5]
    refused = {r.row: r.reason.english() for r in run.refused}
    assert sorted(refused) == [6, 7, 8, 9, 10, 11, 12, 13, 16]
    assert "required" in refused[6].lower() or "full name" in refused[6].lower()
    assert "not a sex" in refused[7]
    assert "31-02-1990" in refused[8] and "not a date" in refused[8]
    assert "future" in refused[9].lower() or "after today" in refused[9].lower()
    assert "already registered" in refused[12] and sample.reg_no in refused[12]
    assert "row 2" in refused[13]
    dups = {d.row: (d.kind, d.other_id) for d in run.duplicates}
    assert dups == {14: (DUP_ON_FILE, person_id), 15: (DUP_FILE, 5)}
    assert run.values[4]["full_name"] == "Cahyo Nugroho"  # the zero-width space is gone
    assert run.values[4]["phone"] == "081333334444"

    with pytest.raises(ValidationError):  # a file changed since the dry run
        commit(admin, run, data + b"x")
    with pytest.raises(PermissionDenied):
        dry_run(staff["intake"], "daftar.csv", data, columns, today=TODAY)

    record = commit(admin, run, data, different_people=[15])
    assert record.created == 5 and Person.select().count() == before + 5
    made = list(Person.select().where(Person.id >= record.first_person).order_by(Person.id))
    assert [p.full_name for p in made] == ["Andi Pratama", "Bunga Citra", "Cahyo Nugroho",
                                          "Dimas Arya", "Dimas Ary\u0430"]
    assert all(p.reg_no.startswith(f"R-{dt.date.today().year}-") for p in made)
    assert len({p.reg_no for p in made}) == 5
    assert made[1].birth_date == dt.date(1990, 3, 5) and made[1].sex == "P"
    assert made[2].id in search_ids(admin, "Cahyo Nugroho", limit=5)  # the desk finds them
    event = AuditEvent.get(AuditEvent.action == "client_import.commit")
    assert event.detail["file_sha256"] == run.sha256 and event.detail["created"] == 5
    assert event.detail["duplicates_created"] == [15]
    assert ClientImport.get().file_sha256 == run.sha256


def test_a_failure_half_way_leaves_nothing(staff, monkeypatch):
    admin = staff["admin"]
    rows = [[str(i), f"Klien Impor {i}", "L", "Bogor", "01-01-1990", "", "Jl. X",
             "Kab. Bogor", ""] for i in range(1, 451)]
    data = csv_bytes(rows)
    run = dry_run(admin, "besar.csv", data, guess_columns(HEADER), today=TODAY)
    assert len(run.create) == 450 and run.duplicates == []
    from models.admin import client_import
    real = client_import.Person.insert_many
    calls = []

    def failing(rows_):
        calls.append(len(rows_))
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return real(rows_)

    monkeypatch.setattr(client_import.Person, "insert_many", failing)
    with pytest.raises(RuntimeError):
        commit(admin, run, data)
    assert calls == [400, 50]
    assert Person.select().count() == 0 and ClientImport.select().count() == 0
