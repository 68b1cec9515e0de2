"""A closed month written for the national systems as Laporan and ``main.py exchange`` both
write it (ui/common/national_export.py): the mapping reported is the one the file was made
with, even when another desk loads a new mapping meanwhile."""
from __future__ import annotations

import datetime as dt
import json
import zipfile

import pytest

from models.demo.demo import build_demo
from models.seals.signing import KEY_DIR_ENV
from models.staff.staff import Staff
from models.tallies.close import close_month
from models.tallies.exchange_mapping import current_mapping, default_mapping, load_mapping
from ui.common.national_export import NationalFormatError, export_national, kind_for_file

sqlite_only = pytest.mark.parametrize("db", ["sqlite"], indirect=True)
OTHER = {"format": "pulih-exchange-mapping/1", "version": "jabar-2025.2",
         "data_set": "aBcDeF12345", "indicators": {"new_clients": {"total": "DE_NEW"}}}


@pytest.fixture(autouse=True)
def key_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(KEY_DIR_ENV, str(tmp_path / "keys"))


@pytest.fixture
def closed(db):
    build_demo(40, 5, end_date=dt.date(2025, 6, 30))
    admin = Staff.get(Staff.username == "admin")
    close_month(admin, 2025, 5, now=dt.datetime(2025, 6, 2, 9, 0))
    return admin


def test_the_file_name_chooses_the_format():
    assert [kind_for_file(n) for n in ("a.json", "a.CSV", "a.xml", "a.zip")] == \
        ["dhis2_json", "dhis2_csv", "adx", "package"]
    with pytest.raises(NationalFormatError):
        kind_for_file("a.xlsx")


@sqlite_only
@pytest.mark.parametrize("kind, suffix", [("dhis2_json", ".json"), ("package", ".zip")])
def test_the_mapping_reported_is_the_one_written_not_a_second_look(closed, tmp_path,
                                                                    monkeypatch, kind, suffix):
    from reports import exchange_formats as fmt
    render = fmt.render_dhis2_json

    def render_while_another_desk_loads_a_mapping(payload):
        load_mapping(closed, json.dumps(OTHER))
        return render(payload)

    monkeypatch.setattr(fmt, "render_dhis2_json", render_while_another_desk_loads_a_mapping)
    out = tmp_path / f"national{suffix}"
    written = export_national(closed, 2025, 5, kind, out)
    assert current_mapping().version == "jabar-2025.2"  # the database moved on
    assert written.mapping_version == default_mapping().version != "jabar-2025.2"
    assert written.period == "2025-05" and written.values > 0
    data = (zipfile.ZipFile(out).read("dhis2.json") if kind == "package" else out.read_bytes())
    assert written.mapping_version.encode() in data and b"jabar-2025.2" not in data
