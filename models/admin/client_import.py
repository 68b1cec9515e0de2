"""Importing a facility's existing client list (admin): map columns, dry run, commit.

1. :func:`guess_columns` proposes which column holds which of Pulih's fields from the
   header line; the admin corrects it, and may save it under a name for the next file
   (:func:`save_mapping` / :func:`saved_mappings`).
2. :func:`dry_run` checks every row exactly as the registration desk does
   (:func:`models.people.registry.clean_person`: required fields, NIKs, invisible characters in
   names), reads the Indonesian date forms, and sorts the rows into those that would be
   created, those refused (with the reason) and likely duplicates: of people on file (same
   NIK, or a similar name with the same birth date) and of earlier rows of the same file.
   Nothing is written.
3. :func:`commit` writes all the rows the dry run would create, and the likely duplicates
   the admin decided are different people, in one transaction (all or nothing), numbered
   in the client series, audited as one import with the source file's SHA-256. A file
   that differs from the one the dry run read is refused.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from peewee import AutoField, CharField, DateTimeField, ForeignKeyField, IntegerField

from models.core.client_file import parse_date, read_table
from models.core.errors import QT_TRANSLATE_NOOP, PulihError, ValidationError
from models.core.fields import JSONTextField
from models.db.connection import BaseModel, database, write_transaction
from models.people.duplicates import names_similar
from models.people.person import Person
from models.people.registry import CLIENT_SERIES, PersonInput, clean_person
from models.safety import audit
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff

T = QT_TRANSLATE_NOOP
C = "Exchange"
#: Pulih's fields a column can fill, with their labels (context "Codes").
FIELDS: tuple[tuple[str, str], ...] = (
    ("full_name", T("Codes", "Full name")), ("sex", T("Codes", "Sex")),
    ("birth_date", T("Codes", "Date of birth")), ("birth_place", T("Codes", "Place of birth")),
    ("nik", T("Codes", "NIK")), ("address", T("Codes", "Address")),
    ("rt_rw", T("Codes", "RT/RW")), ("village", T("Codes", "Village (kelurahan/desa)")),
    ("district", T("Codes", "District (kecamatan)")),
    ("regency", T("Codes", "Regency / city")), ("phone", T("Codes", "Phone")),
    ("mr_no", T("Codes", "Medical record number")),
)
FIELD_KEYS = tuple(key for key, _label in FIELDS)
HINTS: dict[str, tuple[str, ...]] = {
    "full_name": ("nama lengkap", "nama klien", "nama", "name"),
    "sex": ("jenis kelamin", "jk", "l/p", "kelamin", "sex", "gender"),
    "birth_date": ("tanggal lahir", "tgl lahir", "tgl. lahir", "tanggal_lahir", "lahir",
                   "birth date", "dob"),
    "birth_place": ("tempat lahir", "tmp lahir", "tempat_lahir"),
    "nik": ("nik", "no ktp", "nomor ktp", "no. ktp"),
    "address": ("alamat", "address"),
    "rt_rw": ("rt/rw", "rt rw", "rt_rw"),
    "village": ("kelurahan", "desa", "kelurahan/desa"),
    "district": ("kecamatan",),
    "regency": ("kabupaten/kota", "kabupaten", "kota", "kab/kota"),
    "phone": ("no hp", "no. hp", "telepon", "telp", "hp", "no telp", "phone"),
    "mr_no": ("no rm", "no. rm", "nomor rm", "rekam medis", "no rekam medis"),
}
SEX_WORDS = {"l": "L", "laki-laki": "L", "laki laki": "L", "laki": "L", "pria": "L",
             "lk": "L", "m": "L", "male": "L", "p": "P", "perempuan": "P", "wanita": "P",
             "pr": "P", "f": "P", "female": "P"}
NO_NIK_REASON = "Tidak ada NIK di daftar klien lama (impor)"
MSG_NAME_NEEDED = T("Errors", "Choose the column that holds the full name.")
MSG_SEX_NEEDED = T("Errors", "Choose the column that holds the sex.")
MSG_SEX = T("Errors", "\"{value}\" is not a sex (write L or P).")
MSG_DATE = T("Errors", "\"{value}\" is not a date (write e.g. 17-08-1995 or 17 Agustus 1995).")
MSG_NIK_ON_FILE = T("Errors", "This NIK is already registered to {name} ({reg_no}).")
MSG_NIK_TWICE = T("Errors", "The same NIK as row {row}.")
MSG_CHANGED = T("Errors", "The file changed since the dry run. Run the dry run again and "
                "check its result before importing.")
MSG_MAPPING_NAME = T("Errors", "Give the column mapping a name (at most 100 characters).")
DUP_FILE, DUP_ON_FILE = "file", "on_file"


class ClientImportMapping(BaseModel):
    """A saved column mapping: Pulih field -> column header."""

    id = AutoField()
    name = CharField(max_length=100, unique=True)
    columns = JSONTextField()
    saved_by = ForeignKeyField(Staff, backref="+", on_delete="RESTRICT")
    saved_at = DateTimeField()


class ClientImport(BaseModel):
    """One committed import (its people are ids first_person..last_person)."""

    id = AutoField()
    file_name = CharField(max_length=300)
    file_sha256 = CharField(max_length=64, index=True)
    rows = IntegerField()
    created = IntegerField()
    first_person = IntegerField(null=True)
    last_person = IntegerField(null=True)
    created_by = ForeignKeyField(Staff, backref="+", on_delete="RESTRICT")
    created_at = DateTimeField()


def guess_columns(header: Sequence[str]) -> dict[str, str]:
    """Pulih field -> the header that most likely holds it (exact words first)."""
    folded = {h.casefold().strip(): h for h in header if h}
    out: dict[str, str] = {}
    for key in FIELD_KEYS:
        for hint in HINTS[key]:
            if hint in folded and folded[hint] not in out.values():
                out[key] = folded[hint]
                break
    return out


def save_mapping(actor: Staff, name: str, columns: Mapping[str, str]) -> None:
    """Save (or replace) a named column mapping for the next import."""
    require(actor, Area.ADMIN, Action.INPUT)
    name = " ".join(str(name or "").split())
    if not name or len(name) > 100:
        raise ValidationError(MSG_MAPPING_NAME)
    clean = {k: str(v)[:200] for k, v in columns.items() if k in FIELD_KEYS and v}
    now = dt.datetime.now().replace(microsecond=0)
    with write_transaction():
        (ClientImportMapping.insert(name=name, columns=clean, saved_by=actor.id, saved_at=now)
         .on_conflict(conflict_target=[ClientImportMapping.name],
                      update={ClientImportMapping.columns: clean,
                              ClientImportMapping.saved_at: now}).execute())
        audit.record(actor, "client_import.mapping", "client_import_mapping", None, name=name)


def saved_mappings(actor: Staff) -> dict[str, dict[str, str]]:
    require(actor, Area.ADMIN, Action.VIEW)
    return {row.name: dict(row.columns)
            for row in ClientImportMapping.select().order_by(ClientImportMapping.name)}


@dataclass(frozen=True)
class Refused:
    row: int  # the spreadsheet's row number (header = 1)
    name: str
    reason: PulihError


@dataclass(frozen=True)
class Duplicate:
    row: int
    name: str
    kind: str  # DUP_ON_FILE or DUP_FILE
    other: str  # "R-2024-000012 Nama" or "row 7"
    other_id: int  # person id, or the other row's number


@dataclass
class DryRun:
    """What an import would do; ``values`` holds the cleaned rows by row number."""

    file_name: str
    sha256: str
    rows: int
    create: list[int] = field(default_factory=list)
    refused: list[Refused] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    values: dict[int, dict] = field(default_factory=dict)

    @property
    def names(self) -> dict[int, str]:
        return {row: v["full_name"] for row, v in self.values.items()}


def _input(row: Mapping[str, str], today: dt.date) -> PersonInput:
    sex_raw = row.get("sex", "")
    sex = SEX_WORDS.get(" ".join(sex_raw.casefold().split()), None)
    if sex is None:
        raise ValidationError(MSG_SEX, field=FIELDS[1][1], value=sex_raw[:30])
    try:
        born = parse_date(row.get("birth_date", ""), today)
    except ValueError:
        raise ValidationError(MSG_DATE, field=FIELDS[2][1],
                              value=row.get("birth_date", "")[:30]) from None
    nik = row.get("nik", "").replace(" ", "").replace("'", "")
    return PersonInput(
        full_name=row.get("full_name", ""), sex=sex, birth_date=born,
        birth_place=row.get("birth_place", ""), id_type="nik" if nik else "none", nik=nik,
        no_id_reason="" if nik else NO_NIK_REASON, address=row.get("address", ""),
        rt_rw=row.get("rt_rw", ""), village=row.get("village", ""),
        district=row.get("district", ""), regency=row.get("regency", ""),
        phone=row.get("phone", ""), mr_no=row.get("mr_no", ""))


def _same_name(a: str, b: str) -> bool:
    """As the desk's duplicate check: similar spellings, and the same numbers in them
    ("Klien 1" and "Klien 2" are labels, not spellings)."""
    return names_similar(a, b) and [c for c in a if c.isdigit()] == [c for c in b if c.isdigit()]


def _chunks(items: list, size: int = 500) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def dry_run(actor: Staff, file_name: str, data: bytes, columns: Mapping[str, str],
            today: dt.date | None = None) -> DryRun:
    """Check a client list without writing anything (see the module docstring)."""
    require(actor, Area.IDENTITY, Action.INPUT)
    require(actor, Area.ADMIN, Action.INPUT)
    if not columns.get("full_name"):
        raise ValidationError(MSG_NAME_NEEDED)
    if not columns.get("sex"):
        raise ValidationError(MSG_SEX_NEEDED)
    today = today or dt.date.today()
    header, rows = read_table(file_name, data)
    index = {key: header.index(col) for key, col in columns.items()
             if key in FIELD_KEYS and col in header}
    result = DryRun(file_name, hashlib.sha256(data).hexdigest(), len(rows))
    seen_nik: dict[str, int] = {}
    for number, cells in enumerate(rows, start=2):
        raw = {key: cells[i] for key, i in index.items()}
        try:
            values = clean_person(_input(raw, today), override_nik=False, today=today)
        except PulihError as exc:
            result.refused.append(Refused(number, raw.get("full_name", "")[:200], exc))
            continue
        if values["nik"] and values["nik"] in seen_nik:
            result.refused.append(Refused(number, values["full_name"], ValidationError(
                MSG_NIK_TWICE, field=FIELDS[4][1], row=seen_nik[values["nik"]])))
            continue
        if values["nik"]:
            seen_nik[values["nik"]] = number
        result.values[number] = values
    _find_on_file(result)
    _find_within(result)
    duplicated = {d.row for d in result.duplicates}
    refused = {r.row for r in result.refused}
    result.create = [n for n in result.values if n not in duplicated and n not in refused]
    return result


def _find_on_file(result: DryRun) -> None:
    """Same NIK on file: refused. Similar name and same birth date: a likely duplicate."""
    by_nik = {v["nik"]: n for n, v in result.values.items() if v["nik"]}
    for chunk in _chunks(sorted(by_nik)):
        for nik, name, reg_no in (Person.select(Person.nik, Person.full_name, Person.reg_no)
                                  .where(Person.nik.in_(chunk) & Person.merged_into.is_null())
                                  .tuples()):
            number = by_nik[nik]
            result.refused.append(Refused(number, result.values[number]["full_name"],
                                          ValidationError(MSG_NIK_ON_FILE, field=FIELDS[4][1],
                                                          name=name, reg_no=reg_no)))
            del result.values[number]
    by_birth: dict[dt.date, list[int]] = {}
    for number, values in result.values.items():
        if values["birth_date"] is not None:
            by_birth.setdefault(values["birth_date"], []).append(number)
    for chunk in _chunks(sorted(by_birth)):
        rows = (Person.select(Person.id, Person.reg_no, Person.full_name, Person.birth_date)
                .where(Person.birth_date.in_(chunk) & Person.merged_into.is_null()).tuples())
        for pid, reg_no, name, born in rows:
            for number in by_birth.get(born, ()):
                mine = result.values[number]["full_name"]
                if _same_name(name, mine):
                    result.duplicates.append(Duplicate(number, mine, DUP_ON_FILE,
                                                       f"{reg_no} {name}", pid))
                    break


def _find_within(result: DryRun) -> None:
    """A row with a similar name and the same birth date as an earlier row of the file."""
    earlier: dict[dt.date, list[int]] = {}
    for number in sorted(result.values):
        values = result.values[number]
        born = values["birth_date"]
        if born is None:
            continue
        for other in earlier.get(born, ()):
            if _same_name(result.values[other]["full_name"], values["full_name"]):
                result.duplicates.append(Duplicate(number, values["full_name"], DUP_FILE,
                                                   str(other), other))
                break
        earlier.setdefault(born, []).append(number)


def _take_numbers(count: int, year: int) -> int:
    """Reserve ``count`` client numbers of ``year``; returns the first (inside a write
    transaction, like models.facility.sequence.next_value)."""
    from models.facility.sequence import NumberSequence, next_value
    first = next_value(CLIENT_SERIES[1], year)
    if count > 1:
        table = NumberSequence._meta.table_name
        param = database.obj.param
        database.execute_sql(f'UPDATE "{table}" SET "last_value" = "last_value" + {param} '
                             f'WHERE "kind" = {param} AND "year" = {param}',
                             (count - 1, CLIENT_SERIES[1], year))
    return first


def commit(actor: Staff, run: DryRun, data: bytes, different_people: Sequence[int] = (),
           now: dt.datetime | None = None) -> ClientImport:
    """Create the dry run's rows (and the likely duplicates in ``different_people``, row
    numbers the admin decided are other people) in one transaction; audited once."""
    require(actor, Area.IDENTITY, Action.INPUT)
    require(actor, Area.ADMIN, Action.INPUT)
    if hashlib.sha256(data).hexdigest() != run.sha256:
        raise ValidationError(MSG_CHANGED)
    decided = sorted({n for n in different_people if n in run.values}
                     & {d.row for d in run.duplicates})
    numbers = sorted(set(run.create) | set(decided))
    now = (now or dt.datetime.now()).replace(microsecond=0)
    first_id = last_id = None
    with write_transaction():
        if numbers:
            first_seq = _take_numbers(len(numbers), now.year)
            prefix = CLIENT_SERIES[0]
            rows = [dict(run.values[n], reg_no=f"{prefix}-{now.year}-{first_seq + i:06d}",
                         created_at=now, updated_at=now) for i, n in enumerate(numbers)]
            for chunk in _chunks(rows, 400):
                Person.insert_many(chunk).execute()
            reg_first, reg_last = rows[0]["reg_no"], rows[-1]["reg_no"]
            first_id, last_id = (Person.select(Person.id).where(Person.reg_no == reg_first)
                                 .scalar(), Person.select(Person.id)
                                 .where(Person.reg_no == reg_last).scalar())
        record = ClientImport.create(file_name=run.file_name[:300], file_sha256=run.sha256,
                                     rows=run.rows, created=len(numbers),
                                     first_person=first_id, last_person=last_id,
                                     created_by=actor.id, created_at=now)
        audit.record(actor, "client_import.commit", "client_import", record.id,
                     file_sha256=run.sha256, file_name=run.file_name[:300], rows=run.rows,
                     created=len(numbers), refused=len(run.refused),
                     duplicates_created=decided, first_person=first_id,
                     last_person=last_id)
    return record


