"""A closed month in the formats national systems import: DHIS2 data value sets (JSON and
CSV) and IHE ADX (XML).

Each renderer takes the plain payload :func:`models.exchange_export.exchange_payload` froze::

    {"data_set": str, "org_unit": str, "period": "202505", "start": "2025-05-01",
     "mapping_version": str, "definitions_version": int, "facility": str,
     "exported": "2025-06-02T10:00:00",
     "values": [{"data_element": str, "coc": str, "category": str, "value": int}, ...]}

and returns bytes. The CSV goes through :mod:`reports.spreadsheet_cells` like every CSV
Pulih writes.
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from xml.sax.saxutils import quoteattr

from reports.spreadsheet_cells import csv_bytes

ADX_NS = "urn:ihe:qrph:adx:2015"
DHIS2_CSV_HEADER = ("dataelement", "period", "orgunit", "catoptcombo", "attroptcombo",
                    "value", "storedby", "lastupdated", "comment", "followup", "deleted")


def render_dhis2_json(payload: Mapping[str, Any]) -> bytes:
    """A DHIS2 ``dataValueSets`` document (POST /api/dataValueSets?dataElementIdScheme=CODE
    &orgUnitIdScheme=CODE&categoryOptionComboIdScheme=CODE)."""
    doc = {
        "dataSet": payload["data_set"], "period": payload["period"],
        "orgUnit": payload["org_unit"], "completeDate": payload["exported"][:10],
        "dataValues": [{"dataElement": v["data_element"], "period": payload["period"],
                        "orgUnit": payload["org_unit"], "categoryOptionCombo": v["coc"],
                        "value": str(v["value"]),
                        "comment": f"Pulih mapping {payload['mapping_version']}"}
                       for v in payload["values"]],
    }
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


def render_dhis2_csv(payload: Mapping[str, Any]) -> bytes:
    """The CSV form of a data value set that DHIS2's import accepts (header row first)."""
    rows: list[tuple[Any, ...]] = [DHIS2_CSV_HEADER]
    rows += [(v["data_element"], payload["period"], payload["org_unit"], v["coc"], "",
              v["value"], "pulih", payload["exported"],
              f"Pulih mapping {payload['mapping_version']}", "false", "false")
             for v in payload["values"]]
    return csv_bytes(rows)


def render_adx(payload: Mapping[str, Any]) -> bytes:
    """An IHE ADX message: one group for the facility and month; a breakdown value carries
    its category as an attribute (category code = option code)."""
    period = f"{payload['start']}/P1M"
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             f'<adx xmlns="{ADX_NS}" exported={quoteattr(payload["exported"])}>',
             f'  <group orgUnit={quoteattr(payload["org_unit"])} period={quoteattr(period)} '
             f'dataSet={quoteattr(payload["data_set"])} '
             f'comment={quoteattr("Pulih mapping " + payload["mapping_version"])}>']
    for v in payload["values"]:
        extra = f' {v["category"]}={quoteattr(v["coc"])}' if v["category"] else ""
        lines.append(f'    <dataValue dataElement={quoteattr(v["data_element"])}{extra} '
                     f'value={quoteattr(str(v["value"]))}/>')
    lines += ["  </group>", "</adx>", ""]
    return "\n".join(lines).encode("utf-8")


def render_package_files(payload: Mapping[str, Any]) -> dict[str, bytes]:
    """The exports a signed package carries (models/tallies/exchange_package.py)."""
    return {"dhis2.json": render_dhis2_json(payload), "dhis2.csv": render_dhis2_csv(payload),
            "adx.xml": render_adx(payload)}
