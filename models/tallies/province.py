"""The provincial roll-up: an installation marked as a provincial office (setting
``provincial_office``) imports the signed monthly packages of its facilities.

An import checks the package (:func:`models.tallies.exchange_package.read_package`: signature
against the facility's imported key, hashes, known definitions version) and then

- the same package again changes nothing (idempotent: same SHA-256);
- a newer package of the same facility and month (made later) replaces the one on file,
  which stays in the table marked replaced; both acts are audited;
- an older one than the one on file is refused, naming the date of the one kept.

:func:`rollup` gives the province's tally of a month by facility and in total, and which
known facilities (those whose keys were imported) have not reported. The province's own
package (:func:`build_province_package`) carries that total, signed by its own key.
"""
from __future__ import annotations

import datetime as dt
import types
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from peewee import AutoField, CharField, DateTimeField, ForeignKeyField, IntegerField

from models.core.errors import QT_TRANSLATE_NOOP, ValidationError
from models.core.fields import JSONTextField
from models.db.connection import BaseModel, is_sqlite, write_transaction
from models.facility.facility import facility, get_setting
from models.safety import audit
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff
from models.tallies.close import canonical, checksum
from models.tallies.exchange_mapping import current_mapping
from models.tallies.exchange_package import (
    FORMAT,
    MSG_NO_FACILITY,
    Render,
    exchange_payload,
    read_package,
    seal_package,
)
from models.tallies.indicators import DEFINITIONS_VERSION
from models.tallies.tally import TOTAL, Period, Tally, _frozen

T = QT_TRANSLATE_NOOP
MSG_NOT_PROVINCE = T("Errors", "This installation is not marked as a provincial office "
                     "(Settings: provincial office). Facility packages are imported there.")
MSG_OLDER = T("Errors", "This package of {facility} for {period} was made on {made}, before "
              "the one already imported (made on {kept}); the newer one is kept.")
MSG_NOTHING = T("Errors", "No facility package of {period} has been imported yet.")
MSG_MIXED = T("Errors", "The packages of {period} were counted under different definitions "
              "versions ({versions}), so they cannot be added up into one package. Ask the "
              "facilities on the older version to update Pulih and send the month again.")
NEW, SAME, REPLACED = "new", "same", "replaced"


class ReceivedPackage(BaseModel):
    """A facility's package as imported; ``current_key`` ("CODE/2025-05") is set on the one in
    force and cleared when a newer one replaces it."""

    id = AutoField()
    facility_code = CharField(max_length=32)
    facility_name = CharField(max_length=300, default="")
    period = CharField(max_length=7)
    current_key = CharField(max_length=40, null=True, unique=True)
    sha256 = CharField(max_length=64, index=True)
    created_at = DateTimeField()
    definitions_version = IntegerField()
    mapping_version = CharField(max_length=40)
    key_id = CharField(max_length=16)
    manifest = JSONTextField()
    tally = JSONTextField()
    imported_by = ForeignKeyField(Staff, backref="+", on_delete="RESTRICT")
    imported_at = DateTimeField()
    replaced_at = DateTimeField(null=True)

    class Meta:
        indexes = ((("period", "facility_code"), False),)


def is_provincial_office() -> bool:
    return bool(get_setting("provincial_office"))


@dataclass(frozen=True)
class ImportResult:
    outcome: str  # NEW, SAME or REPLACED
    facility: str
    period: str
    package_id: int


def import_package(actor: Staff, data: bytes, now: dt.datetime | None = None) -> ImportResult:
    """Import one facility package at a provincial office (report input right)."""
    require(actor, Area.REPORT, Action.INPUT)
    if not is_provincial_office():
        raise ValidationError(MSG_NOT_PROVINCE)
    info = read_package(data)
    key = f"{info.facility}/{info.period}"
    now = (now or dt.datetime.now()).replace(microsecond=0)
    with write_transaction():
        query = ReceivedPackage.select().where(ReceivedPackage.current_key == key)
        if not is_sqlite():
            query = query.for_update()
        kept = query.first()
        if kept is not None and kept.sha256 == info.sha256:
            return ImportResult(SAME, info.facility, info.period, kept.id)
        if kept is not None and info.created_at <= kept.created_at:
            raise ValidationError(MSG_OLDER, facility=info.facility, period=info.period,
                                  made=f"{info.created_at:%Y-%m-%d %H:%M}",
                                  kept=f"{kept.created_at:%Y-%m-%d %H:%M}")
        if kept is not None:
            ReceivedPackage.update(current_key=None, replaced_at=now).where(
                ReceivedPackage.id == kept.id).execute()
        row = ReceivedPackage.create(
            facility_code=info.facility,
            facility_name=str(info.manifest.get("facility_name") or info.facility_name)[:300],
            period=info.period, current_key=key, sha256=info.sha256,
            created_at=info.created_at,
            definitions_version=int(info.manifest["definitions_version"]),
            mapping_version=str(info.manifest.get("mapping_version", ""))[:40],
            key_id=info.key_id, manifest=dict(info.manifest), tally=info.tally.to_json(),
            imported_by=actor.id, imported_at=now)
        audit.record(actor, "exchange.import_replace" if kept else "exchange.import",
                     "received_package", row.id, facility=info.facility, period=info.period,
                     sha256=info.sha256, **({"replaced": kept.id} if kept else {}))
    return ImportResult(REPLACED if kept else NEW, info.facility, info.period, row.id)


def sum_tallies(tallies: list[Tally], period: Period) -> Tally:
    """Indicator by indicator and key by key, the sum of ``tallies`` (keys in first-seen
    order; the total under "" stays the sum of the totals)."""
    values: dict[str, dict[str, int]] = {}
    labels: dict[str, tuple[str, str]] = {}
    bands: tuple[int, ...] = ()
    version = DEFINITIONS_VERSION
    for tally in tallies:
        bands = bands or tally.age_bands
        version = tally.definitions_version
        labels.update(tally.phase_labels)
        for ind, keys in tally.values.items():
            into = values.setdefault(ind, {TOTAL: 0})
            for key, n in keys.items():
                into[key] = into.get(key, 0) + n
    return _frozen(period, version, bands, values, labels)


@dataclass(frozen=True)
class Rollup:
    """A month at the province: each facility's tally, the total, who has not reported."""

    period: str
    by_facility: Mapping[str, Tally]
    names: Mapping[str, str]
    total: Tally
    missing: tuple[tuple[str, str], ...]  # (code, name) of known facilities not reported
    received: Mapping[str, dt.datetime]  # facility -> when its package was made


def known_facilities() -> dict[str, str]:
    """Facilities the province knows: imported keys' facilities (not its own)."""
    from models.seals.signing import SigningKey
    rows = (SigningKey.select(SigningKey.facility_code, SigningKey.facility_name)
            .where(~SigningKey.own).order_by(SigningKey.facility_code).tuples())
    known: dict[str, str] = {}
    for code, name in rows:
        known.setdefault(code, name)
    return known


def rollup(actor: Staff, year: int, month: int) -> Rollup:
    """The province's tally of a month (report view right)."""
    require(actor, Area.REPORT, Action.VIEW)
    period = Period.month(year, month)
    key = period.key
    rows = (ReceivedPackage.select().where((ReceivedPackage.period == key)
                                           & ReceivedPackage.current_key.is_null(False))
            .order_by(ReceivedPackage.facility_code))
    by_facility, names, received = {}, {}, {}
    for row in rows:
        by_facility[row.facility_code] = Tally.from_json(row.tally)
        names[row.facility_code] = row.facility_name
        received[row.facility_code] = row.created_at
    known = known_facilities()
    missing = tuple((code, name) for code, name in known.items() if code not in by_facility)
    total = sum_tallies(list(by_facility.values()), period)
    proxy = types.MappingProxyType
    return Rollup(key, proxy(by_facility), proxy(names), total, missing, proxy(received))


def one_version(roll: Rollup) -> int:
    """The definitions version all of the month's packages share; refused when they differ
    (a sum would mix indicators counted by different rules)."""
    versions = sorted({t.definitions_version for t in roll.by_facility.values()})
    if len(versions) > 1:
        raise ValidationError(MSG_MIXED, period=roll.period,
                              versions=", ".join(str(v) for v in versions))
    return versions[0] if versions else DEFINITIONS_VERSION


def build_province_package(actor: Staff, year: int, month: int, render: Render,
                           now: dt.datetime | None = None) -> bytes:
    """The province's own package of a month: the total of the facilities' packages,
    listing which facilities it holds, signed by the province's key."""
    require(actor, Area.REPORT, Action.VIEW)
    if not is_provincial_office():
        raise ValidationError(MSG_NOT_PROVINCE)
    roll = rollup(actor, year, month)
    if not roll.by_facility:
        raise ValidationError(MSG_NOTHING, period=roll.period)
    one_version(roll)
    now = (now or dt.datetime.now()).replace(microsecond=0)
    profile = facility()
    if profile is None:
        raise ValidationError(MSG_NO_FACILITY)
    mapping = current_mapping()
    tally_json: dict[str, Any] = roll.total.to_json()
    version = one_version(roll)
    payload = exchange_payload(roll.total, mapping, profile.code, version, now)
    files = dict(render(payload))
    files["tally.json"] = canonical(tally_json).encode("utf-8")
    files["mapping.json"] = mapping.text.encode("utf-8")
    manifest = {
        "format": FORMAT, "kind": "province", "facility": profile.code,
        "facility_name": (profile.name_lines or [profile.code])[-1], "period": roll.period,
        "definitions_version": version, "mapping_version": mapping.version,
        "created_at": now.isoformat(), "closed_at": None,
        "tally_checksum": checksum(tally_json), "audit_checkpoint": None,
        "facilities": {code: roll.received[code].isoformat() for code in roll.by_facility},
        "not_reported": [code for code, _name in roll.missing],
    }
    data = seal_package(actor, manifest, files)
    with write_transaction():
        audit.record(actor, "exchange.package", "received_package", None, month=roll.period,
                     kind="province", facilities=len(roll.by_facility))
    return data
