"""Signed packages: one zip per facility and month that a provincial office can trust.

A package holds the month's exports (``dhis2.json``, ``dhis2.csv``, ``adx.xml``, rendered by
reports/ through the ``render`` callback the caller passes, so models/ stays free of
renderers), the frozen tally (``tally.json``), the mapping used (``mapping.json``), a
``manifest.json`` (format, facility code and name, period, definitions version, mapping
version, when it was made and closed, the newest signed audit checkpoint, the SHA-256 of
every other file, the signing key id) and ``manifest.sig``: the Ed25519 signature of the
manifest's exact bytes by the facility desk's key (:func:`models.seals.signing.desk_key`).

Only counts travel: the tally holds numbers by indicator and breakdown key and the names of
program phases; no name, NIK, address or date of a person is in any file.

:func:`read_package` checks a package offline against the key store: the key must be known
for the manifest's facility (imported, or this facility's own), not revoked or retired
before the package was made; the signature, every file's hash, the file list and the
definitions version must all hold. Anything else is refused with the reason.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from models.core.errors import QT_TRANSLATE_NOOP, ValidationError
from models.db.connection import write_transaction
from models.facility.facility import facility
from models.safety import audit
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff
from models.tallies.close import canonical, closed_report
from models.tallies.exchange_mapping import CodeMap, current_mapping, data_values
from models.tallies.indicators import FINGERPRINTS
from models.tallies.tally import Tally

T = QT_TRANSLATE_NOOP
FORMAT = "pulih-package/1"
F_PACKAGE = T("Exchange", "Package")
MSG_OPEN = T("Errors", "{month} is not closed. Only a closed month can be exported to the "
             "national systems: close it on the Laporan page first.")
R_TOO_LARGE = T("Errors", "This file is too large to be a Pulih package; it was refused.")
R_NOT_ZIP = T("Errors", "This file is not a Pulih package (not a readable zip file).")
R_MEMBERS = T("Errors", "This file holds more or larger files than a Pulih package does; it "
              "was refused.")
R_NO_MANIFEST = T("Errors", "This package has no signed manifest; it was refused.")
R_FORMAT = T("Errors", "This file is not a package of the format {format}; it was refused.")
R_KEY = T("Errors", "This package is signed with a key that is not imported for facility "
          "{facility}. Import that facility's public keys first (Admin > Facility profile).")
R_SIGNATURE = T("Errors", "The signature of this package does not match: it was changed "
                "after it was signed. It was refused.")
R_FIELDS = T("Errors", "The manifest of this package lacks the period, the date or the "
             "definitions version; it was refused.")
R_REVOKED = T("Errors", "Key {key} was revoked from {date}; this package was refused.")
R_RETIRED = T("Errors", "Key {key} was retired on {date}; this package was refused.")
R_VERSION = T("Errors", "This package was counted by definitions version {version}, which is "
              "unknown to this Pulih. Update Pulih to import it.")
R_FILES = T("Errors", "The files of this package are not those its manifest lists; it was "
            "refused.")
R_CHANGED = T("Errors", "{name} was changed after the package was signed; the package was "
              "refused.")
R_TALLY = T("Errors", "The tally in this package cannot be read or is not of the month its "
            "manifest names; it was refused.")
MSG_NO_FACILITY = T("Errors", "Set up the facility profile first.")
EXPORT_FILES = ("dhis2.json", "dhis2.csv", "adx.xml")
DATA_FILES = EXPORT_FILES + ("tally.json", "mapping.json")
MAX_PACKAGE = 20_000_000
MAX_MEMBER = 20_000_000

Render = Callable[[Mapping[str, Any]], Mapping[str, bytes]]


def exchange_payload(tally: Tally, mapping: CodeMap, facility_code: str,
                     definitions_version: int, exported: dt.datetime) -> dict[str, Any]:
    """The plain payload reports/exchange_formats.py renders (see there)."""
    start = tally.period.start
    return {
        "data_set": mapping.data_set, "org_unit": mapping.org_unit_of(facility_code),
        "period": f"{start:%Y%m}", "start": start.isoformat(), "facility": facility_code,
        "mapping_version": mapping.version, "definitions_version": definitions_version,
        "exported": exported.replace(microsecond=0).isoformat(),
        "values": [{"data_element": d.data_element, "coc": d.category_option_combo,
                    "category": d.category, "value": d.value, "indicator": d.indicator,
                    "key": d.key} for d in data_values(tally, mapping)],
    }


def closed_month_payload(actor: Staff, year: int, month: int,
                         now: dt.datetime | None = None) -> tuple[dict[str, Any], Any]:
    """The exchange payload of a closed month and its report; refused while it is open.
    Audited as an export (format ``exchange``)."""
    require(actor, Area.REPORT, Action.VIEW)
    report = closed_report(year, month)
    key = f"{year:04d}-{month:02d}"
    if report is None or report.closed is None:  # a stored report is always closed
        raise ValidationError(MSG_OPEN, month=key)
    profile = facility()
    if profile is None:
        raise ValidationError(MSG_NO_FACILITY)
    mapping = current_mapping()
    payload = exchange_payload(report.month_tally, mapping, profile.code,
                               report.closed.definitions_version, now or dt.datetime.now())
    with write_transaction():
        audit.record(actor, "tally.export", "tally_close", None, month=key, format="exchange",
                     mapping_version=mapping.version, checksum=report.closed.checksum)
    return payload, report


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def seal_package(actor: Staff | None, manifest: dict[str, Any], files: Mapping[str, bytes],
                 ) -> bytes:
    """Add the files' hashes to ``manifest``, sign it with this desk's key, and zip."""
    from models.seals.signing import b64, desk_key
    profile = facility()
    if profile is None:
        raise ValidationError(MSG_NO_FACILITY)
    with write_transaction():
        key_id, key = desk_key(actor, profile.code, (profile.name_lines or [profile.code])[-1])
    manifest = dict(manifest, key_id=key_id,
                    files={name: _sha(data) for name, data in sorted(files.items())})
    manifest_bytes = canonical(manifest).encode("utf-8")
    signature = b64(key.sign(manifest_bytes)).encode("ascii")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in sorted(files.items()):
            zf.writestr(zipfile.ZipInfo(name, (2000, 1, 1, 0, 0, 0)), data)
        zf.writestr(zipfile.ZipInfo("manifest.json", (2000, 1, 1, 0, 0, 0)), manifest_bytes)
        zf.writestr(zipfile.ZipInfo("manifest.sig", (2000, 1, 1, 0, 0, 0)), signature)
    return out.getvalue()


def build_package(actor: Staff, year: int, month: int, render: Render,
                  now: dt.datetime | None = None) -> bytes:
    """The signed package of a closed month of this facility (see the module docstring)."""
    from models.seals.audit_checkpoint import make_checkpoint
    now = (now or dt.datetime.now()).replace(microsecond=0)
    payload, report = closed_month_payload(actor, year, month, now)
    mapping = current_mapping()
    files = dict(render(payload))
    files["tally.json"] = canonical(report.month_tally.to_json()).encode("utf-8")
    files["mapping.json"] = mapping.text.encode("utf-8")
    checkpoint = make_checkpoint(actor, now)
    profile = facility()
    if profile is None:
        raise ValidationError(MSG_NO_FACILITY)
    manifest = {
        "format": FORMAT, "kind": "facility", "facility": profile.code,
        "facility_name": (profile.name_lines or [profile.code])[-1],
        "period": f"{year:04d}-{month:02d}",
        "definitions_version": report.closed.definitions_version,
        "mapping_version": mapping.version, "created_at": now.isoformat(),
        "closed_at": report.closed.closed_at.isoformat(),
        "tally_checksum": report.closed.checksum,
        "audit_checkpoint": checkpoint.line() if checkpoint else None,
    }
    data = seal_package(actor, manifest, files)
    with write_transaction():
        audit.record(actor, "exchange.package", "tally_close", None, month=manifest["period"],
                     sha256=_sha(data), mapping_version=mapping.version)
    return data


@dataclass(frozen=True)
class PackageInfo:
    """A package whose signature and contents were checked."""

    manifest: Mapping[str, Any]
    tally: Tally
    sha256: str
    key_id: str
    facility_name: str  # as the key store knows the facility

    @property
    def facility(self) -> str:
        return str(self.manifest["facility"])

    @property
    def period(self) -> str:
        return str(self.manifest["period"])

    @property
    def created_at(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.manifest["created_at"])


def _refuse(text: str, **params: object) -> ValidationError:
    return ValidationError(text, field=F_PACKAGE, **params)


def _members(data: bytes) -> dict[str, bytes]:
    if len(data) > MAX_PACKAGE:
        raise _refuse(R_TOO_LARGE)
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
        if len(infos) > 20 or any(i.file_size > MAX_MEMBER for i in infos):
            raise _refuse(R_MEMBERS)
        members = {i.filename: zf.read(i) for i in infos}
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        raise _refuse(R_NOT_ZIP) from None
    return members


def read_package(data: bytes) -> PackageInfo:
    """Check a package against the key store (offline); see the module docstring."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    from models.seals.seal_check import MalformedSeal
    from models.seals.signing import SigningKey, unb64
    members = _members(data)
    if "manifest.json" not in members or "manifest.sig" not in members:
        raise _refuse(R_NO_MANIFEST)
    try:
        manifest = json.loads(members["manifest.json"].decode("utf-8"))
    except ValueError:
        raise _refuse(R_NO_MANIFEST) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _refuse(R_FORMAT, format=FORMAT)
    key = SigningKey.get_or_none(SigningKey.key_id == str(manifest.get("key_id", ""))[:16])
    if key is None or key.facility_code != manifest.get("facility"):
        raise _refuse(R_KEY, facility=str(manifest.get("facility"))[:32])
    try:
        public = Ed25519PublicKey.from_public_bytes(unb64(key.public_key))
        public.verify(unb64(members["manifest.sig"].decode("ascii").strip()),
                      members["manifest.json"])
    except (InvalidSignature, MalformedSeal, ValueError, UnicodeDecodeError):
        raise _refuse(R_SIGNATURE) from None
    try:
        created = dt.datetime.fromisoformat(manifest["created_at"])
        version = int(manifest["definitions_version"])
        period = str(manifest["period"])
        year, month = int(period[:4]), int(period[5:7])
    except (KeyError, TypeError, ValueError):
        raise _refuse(R_FIELDS) from None
    if key.revoked_at is not None and created.date() >= key.revoked_at:
        raise _refuse(R_REVOKED, key=key.key_id, date=f"{key.revoked_at:%Y-%m-%d}")
    if key.retired_at is not None and created.date() > key.retired_at:
        raise _refuse(R_RETIRED, key=key.key_id, date=f"{key.retired_at:%Y-%m-%d}")
    if version not in FINGERPRINTS:
        raise _refuse(R_VERSION, version=version)
    hashes = manifest.get("files") or {}
    names = set(members) - {"manifest.json", "manifest.sig"}
    if set(hashes) != names or not set(DATA_FILES) <= names:
        raise _refuse(R_FILES)
    for name in sorted(names):
        if _sha(members[name]) != hashes[name]:
            raise _refuse(R_CHANGED, name=name)
    try:
        tally = Tally.from_json(json.loads(members["tally.json"].decode("utf-8")))
    except (ValueError, KeyError, TypeError):
        raise _refuse(R_TALLY) from None
    if (tally.period.start.year, tally.period.start.month) != (year, month) \
            or tally.period.kind != "month":
        raise _refuse(R_TALLY)
    return PackageInfo(manifest, tally, _sha(data), key.key_id, key.facility_name)
