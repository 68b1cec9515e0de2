"""Data in and out at scale (issue 15), beside their floors.

    python -m tests.bench.bench_exchange --db demo.sqlite3 [--rounds 5]
    python -m tests.bench.bench_exchange --packages 50
    python -m tests.bench.bench_exchange --import-rows 20000

* ``--db``: on a copy of a big demo database (``main.py demo --clients 100000``): closing
  last month once, then the national-systems export (DHIS2 JSON + CSV + ADX from the closed
  snapshot) and the signed package, each ``--rounds`` times; and the data-quality check of
  the month (what the Laporan panel runs). Floor: reading the closed snapshot alone.
* ``--packages N``: N facility packages (each facility its own key) imported at a provincial
  office, then imported again (idempotent). Floor: verifying the N packages alone.
* ``--import-rows N``: a client list of N rows (CSV, semicolons, Indonesian dates, NIKs)
  through the dry run and the commit. Floor: the same cleaned rows written with one
  ``insert_many`` per 400 rows, no checks, no numbering, no audit.

``--share`` scales the demo facilities the last two build for themselves (1.0: a facility of
300 clients, a provincial office of 20, an importing facility of 500).
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import tempfile
import time
from pathlib import Path

from tests.bench.bench_lookup import summary, timed
from tests.bench.report import print_table


def _open(path: Path) -> None:
    from models.db import connection as dbmod
    from models.db.connection import resolve_target
    from models.db.schema import open_database
    dbmod.close()
    open_database(resolve_target(str(path)))


def _clients(reference: int, share: float) -> int:
    return max(1, round(reference * share))


def bench_month(db: str, rounds: int) -> list[tuple]:
    from models.staff.staff import Staff
    from models.tallies.close import close_month, closed_report
    from models.tallies.data_quality import check_month
    from models.tallies.exchange_package import build_package, closed_month_payload
    from reports.exchange_formats import render_package_files
    work = Path(tempfile.mkdtemp(prefix="bench-exchange-"))
    copy = work / "demo.sqlite3"
    shutil.copyfile(db, copy)
    _open(copy)
    admin = Staff.get(Staff.username == "admin")
    last = dt.date.today().replace(day=1) - dt.timedelta(days=1)
    started = time.perf_counter()
    if closed_report(last.year, last.month) is None:
        close_month(admin, last.year, last.month)
    close_ms = (time.perf_counter() - started) * 1000
    quality = timed(lambda: check_month(admin, last.year, last.month), rounds)
    floor = timed(lambda: closed_report(last.year, last.month), rounds)

    def export() -> None:
        payload, _report = closed_month_payload(admin, last.year, last.month)
        render_package_files(payload)

    exports = timed(export, rounds)
    packages = timed(lambda: build_package(admin, last.year, last.month,
                                           render_package_files), rounds)
    from models.people.person import Person
    people = Person.select().count()
    shutil.rmtree(work, ignore_errors=True)
    return [(f"close {last:%Y-%m} ({people} people), once", close_ms, close_ms),
            ("data-quality check of the month", *summary(quality)),
            ("DHIS2 JSON + CSV + ADX of the closed month", *summary(exports)),
            ("signed package (exports, tally, manifest, signature)", *summary(packages)),
            ("floor: read the closed snapshot", *summary(floor))]


def bench_packages(count: int, share: float = 1.0) -> list[tuple]:
    from models.admin.facility_admin import set_setting
    from models.demo.demo import build_demo
    from models.documents.trust import export_keys, import_keys
    from models.facility.facility import Facility
    from models.seals.signing import SigningKey
    from models.staff.staff import Staff
    from models.tallies.close import close_month
    from models.tallies.exchange_package import build_package, read_package
    from models.tallies.province import import_package
    from reports.exchange_formats import render_package_files
    work = Path(tempfile.mkdtemp(prefix="bench-packages-"))
    os.environ["PULIH_KEY_DIR"] = str(work / "keys")
    _open(work / "facility.sqlite3")
    build_demo(_clients(300, share), 2, end_date=dt.date(2025, 6, 30))
    admin = Staff.get(Staff.username == "admin")
    close_month(admin, 2025, 5, now=dt.datetime(2025, 6, 2))
    packages, keys = [], []
    for n in range(count):
        code = f"BNNK-{n:02d}"
        Facility.update(code=code).execute()
        packages.append(build_package(admin, 2025, 5, render_package_files))
        keys.append("\n".join(line for line in export_keys(admin).splitlines()
                              if f"|{code}|" in line and not line.startswith("{")))
    _open(work / "province.sqlite3")
    build_demo(_clients(20, share), 3, end_date=dt.date(2025, 6, 30))
    Facility.update(code="BNNP-X").execute()
    SigningKey.update(facility_code="BNNP-X").where(SigningKey.own).execute()
    boss = Staff.get(Staff.username == "admin")
    set_setting(boss, "provincial_office", 1)
    import_keys(boss, "\n".join(keys))
    floor = timed(lambda: [read_package(p) for p in packages], 1)
    first = timed(lambda: [import_package(boss, p) for p in packages], 1)
    again = timed(lambda: [import_package(boss, p) for p in packages], 1)
    size = sum(len(p) for p in packages) / count / 1024
    shutil.rmtree(work, ignore_errors=True)
    return [(f"import {count} packages (~{size:.0f} KiB each)", first[0], first[0] / count),
            (f"the same {count} again (nothing changes)", again[0], again[0] / count),
            (f"floor: verify the {count} packages only", floor[0], floor[0] / count)]


def client_list(rows: int) -> bytes:
    from models.core.nik import make_nik
    first = ("Agus", "Budi", "Citra", "Dewi", "Eka", "Fajar", "Gita", "Hadi", "Indah", "Joko")
    last = ("Santoso", "Lestari", "Pratama", "Wijaya", "Nugroho", "Saputra", "Hidayat")
    months = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
              "September", "Oktober", "November", "Desember")
    lines = ["No;Nama Lengkap;Jenis Kelamin;Tanggal Lahir;NIK;Alamat;Kabupaten/Kota;No HP"]
    for n in range(rows):
        born = dt.date(1960 + n % 45, 1 + n % 12, 1 + n % 28)
        sex = "L" if n % 2 else "P"
        when = f"{born.day} {months[born.month - 1]} {born.year}" if n % 3 else \
            f"{born:%d-%m-%Y}"
        nik = make_nik("32", 1 + n % 70, 1 + n % 30, born, sex, n % 9999 + 1) if n % 4 else ""
        name = f"{first[n % 10]} {last[n % 7]} {n}"
        lines.append(f"{n + 1};{name};{sex};{when};{nik};Jl. Contoh {n};Kota Contoh;"
                     f"08{n:010d}")
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


def bench_import(rows: int, share: float = 1.0) -> list[tuple]:
    from models.admin import client_import
    from models.admin.client_import import commit, dry_run, guess_columns
    from models.db.connection import write_transaction
    from models.demo.demo import build_demo
    from models.people.person import Person
    from models.staff.staff import Staff
    work = Path(tempfile.mkdtemp(prefix="bench-import-"))
    os.environ["PULIH_KEY_DIR"] = str(work / "keys")
    _open(work / "a.sqlite3")
    build_demo(_clients(500, share), 2)
    shutil.copyfile(work / "a.sqlite3", work / "b.sqlite3")  # for the floor
    admin = Staff.get(Staff.username == "admin")
    data = client_list(rows)
    header = data.decode("utf-8-sig").split("\r\n", 1)[0].split(";")
    start = time.perf_counter()
    run = dry_run(admin, "daftar.csv", data, guess_columns(header))
    dry_ms = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    commit(admin, run, data)
    commit_ms = (time.perf_counter() - start) * 1000
    values = [dict(run.values[n], reg_no=f"X-{n}") for n in run.create]
    _open(work / "b.sqlite3")
    start = time.perf_counter()
    with write_transaction():
        for chunk in client_import._chunks(values, 400):
            Person.insert_many(chunk).execute()
    floor_ms = (time.perf_counter() - start) * 1000
    shutil.rmtree(work, ignore_errors=True)
    made = len(run.create)
    return [(f"dry run of {rows} rows ({made} to create, {len(run.refused)} refused, "
             f"{len(run.duplicates)} duplicates)", dry_ms, rows / dry_ms * 1000),
            (f"commit of {made} people", commit_ms, made / commit_ms * 1000),
            ("floor: raw insert_many of the same rows", floor_ms, made / floor_ms * 1000)]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--packages", type=int)
    parser.add_argument("--import-rows", type=int)
    parser.add_argument("--share", type=float, default=1.0,
                        help="share of the reference size of the demo facilities built")
    args = parser.parse_args(argv)
    os.environ.setdefault("PULIH_KEY_DIR", tempfile.mkdtemp(prefix="bench-keys-"))
    if args.db:
        print_table(("month at scale", "median ms", "p95 ms"), bench_month(args.db, args.rounds))
    if args.packages:
        print_table(("provincial import", "total ms", "ms per package"),
                    bench_packages(args.packages, args.share))
    if args.import_rows:
        print_table(("client list", "ms", "rows per second"),
                    bench_import(args.import_rows, args.share))


if __name__ == "__main__":
    main()
