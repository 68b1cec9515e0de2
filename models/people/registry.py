"""The client registry: registering, correcting, viewing and finding people.

Every function takes the acting staff member first and checks their rights here, not in
the screens. Viewing a record is audited; a search is not (it shows only what the list
needs), but opening a result is.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Any

from models.core import validation as v
from models.core.errors import QT_TRANSLATE_NOOP, ConflictError, NotFound, ValidationError
from models.core.names import name_key
from models.core.nik import PROVINCES, check_nik
from models.db.connection import write_transaction
from models.facility.sequence import next_value
from models.people.duplicates import (  # noqa: F401
    REASON_LABELS,
    DuplicateCandidate,
    LikelyDuplicate,
    check_duplicates_decided,
    duplicate_candidates,
    likely_duplicates,
    names_similar,
)
from models.people.flags import require_open
from models.people.person import (
    BLOOD_TYPES,
    EDUCATION,
    ID_TYPES,
    MARITAL,
    RELATIONS,
    RELIGIONS,
    SEXES,
    FamilyContact,
    Person,
)
from models.safety import audit
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff

T = QT_TRANSLATE_NOOP
F_NAME = T("Codes", "Full name")
F_ALIAS = T("Codes", "Alias")
F_SEX = T("Codes", "Sex")
F_BIRTH_PLACE = T("Codes", "Place of birth")
F_BIRTH_DATE = T("Codes", "Date of birth")
F_ID_TYPE = T("Codes", "Identity document")
F_ID_NUMBER = T("Codes", "Document number")
F_NIK = T("Codes", "NIK")
F_NO_ID_REASON = T("Codes", "Reason for no identity document")
F_KK = T("Codes", "Family card number (KK)")
F_RELIGION = T("Codes", "Religion")
F_MARITAL = T("Codes", "Marital status")
F_EDUCATION = T("Codes", "Education")
F_OCCUPATION = T("Codes", "Occupation")
F_ADDRESS = T("Codes", "Address")
F_RT_RW = T("Codes", "RT/RW")
F_VILLAGE = T("Codes", "Village (kelurahan/desa)")
F_DISTRICT = T("Codes", "District (kecamatan)")
F_REGENCY = T("Codes", "Regency / city")
F_PROVINCE = T("Codes", "Province")
F_PHONE = T("Codes", "Phone")
F_BLOOD = T("Codes", "Blood type")
F_NATIONALITY = T("Codes", "Nationality")
F_RELATION = T("Codes", "Relation")
F_CONTACT_NAME = T("Codes", "Contact name")

MSG_OVERRIDE_REASON = T("Errors", "The NIK disagrees with what was entered: correct it, or "
                        "say why the card really says so.")
NOT_RECORDED = (("", "-"),)
MSG_NIK_EXISTS = T("Errors", "This NIK is already registered to {name} ({reg_no}). "
                   "Open that record instead of making a new one.")
MSG_NIK_NEEDED = T("Errors", "Enter the NIK, or choose another identity document.")
MSG_KK = T("Errors", "A family card (KK) number has 16 digits.")
MSG_CONFLICT = T("Errors", "Another desk changed this record at {time} (by {staff}). "
                 "Your input is kept; review their change and save again.")
MSG_PERSON_GONE = T("Errors", "This person's record does not exist.")


@dataclass(frozen=True)
class PersonInput:
    """What a desk types about a person."""

    full_name: str
    sex: str
    birth_date: dt.date | None = None
    birth_date_estimated: bool = False
    birth_place: str = ""
    alias: str = ""
    id_type: str = "nik"
    nik: str = ""
    id_number: str = ""
    no_id_reason: str = ""
    kk_number: str = ""
    religion: str = "unknown"
    marital_status: str = ""  # "": not asked yet (never a guess saved as if told)
    education: str = ""
    occupation: str = ""
    address: str = ""
    rt_rw: str = ""
    village: str = ""
    district: str = ""
    regency: str = ""
    province_code: str = ""
    phone: str = ""
    blood_type: str = ""
    nationality: str = "IDN"
    mr_no: str = ""


@dataclass(frozen=True)
class ContactRecord:
    id: int
    relation: str
    name: str
    phone: str
    address: str
    is_guardian: bool


@dataclass(frozen=True)
class PersonRecord:
    """A person as a screen or a letter needs it; frozen, no ORM object."""

    id: int
    reg_no: str
    version: int
    data: PersonInput
    nik_override: bool
    created_at: dt.datetime
    updated_at: dt.datetime
    merged_into: int | None
    contacts: tuple[ContactRecord, ...] = field(default_factory=tuple)


class _Problems:
    """Runs field checks one by one, keeping every refusal instead of stopping at the first."""

    def __init__(self) -> None:
        self.found: list[ValidationError] = []

    def __call__(self, check: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        try:
            return check(*args, **kwargs)
        except ValidationError as exc:
            self.found.append(exc)
            return None

    def add(self, text: str, field: str, **params: Any) -> None:
        self.found.append(ValidationError(text, field=field, **params))


def clean_person(data: PersonInput, override_nik: bool = False,
                 today: dt.date | None = None) -> dict:
    """Validate ``data`` and return the column values; raises :class:`ValidationError`
    (the first of :func:`person_problems`).

    A NIK that disagrees with the birth date, sex or province entered passes only with
    ``override_nik`` (the callers also want a reason, :func:`_check_override_reason`)."""
    out, problems = _clean_person(data, override_nik, today)
    if problems:
        raise problems[0]
    return out


def person_problems(data: PersonInput, override_nik: bool = False,
                    today: dt.date | None = None) -> list[ValidationError]:
    """Every problem of ``data``, each at its field (for a form's error summary)."""
    return _clean_person(data, override_nik, today)[1]


def _clean_person(data: PersonInput, override_nik: bool,
                  today: dt.date | None) -> tuple[dict, list[ValidationError]]:
    today = today or dt.date.today()
    c = _Problems()
    out = {
        "full_name": c(v.text, data.full_name, F_NAME, limit=200, required=True,
                       printed=True) or "",
        "alias": c(v.text, data.alias, F_ALIAS, limit=200, printed=True),
        "sex": c(v.choice, data.sex, F_SEX, SEXES),
        "birth_place": c(v.text, data.birth_place, F_BIRTH_PLACE, limit=100, printed=True),
        "birth_date": c(v.past_date, data.birth_date, F_BIRTH_DATE, today=today),
        "birth_date_estimated": bool(data.birth_date_estimated),
        "id_type": c(v.choice, data.id_type, F_ID_TYPE, ID_TYPES),
        "religion": c(v.choice, data.religion, F_RELIGION, RELIGIONS),
        "marital_status": c(v.choice, data.marital_status, F_MARITAL, NOT_RECORDED + MARITAL),
        "education": c(v.choice, data.education, F_EDUCATION, NOT_RECORDED + EDUCATION),
        "occupation": c(v.text, data.occupation, F_OCCUPATION, limit=100, printed=True),
        "address": c(v.text, data.address, F_ADDRESS, limit=500, multiline=True,
                     printed=True),
        "rt_rw": c(v.text, data.rt_rw, F_RT_RW, limit=16, printed=True),
        "village": c(v.text, data.village, F_VILLAGE, limit=100, printed=True),
        "district": c(v.text, data.district, F_DISTRICT, limit=100, printed=True),
        "regency": c(v.text, data.regency, F_REGENCY, limit=100, printed=True),
        "phone": c(v.phone, data.phone, F_PHONE),
        "blood_type": c(v.choice, data.blood_type, F_BLOOD, BLOOD_TYPES),
        "nationality": (c(v.text, data.nationality, F_NATIONALITY, limit=3, required=True)
                        or "").upper(),
        "mr_no": c(v.text, data.mr_no, F_ID_NUMBER, limit=32),
        "no_id_reason": "", "id_number": "", "nik": None, "nik_override": False,
    }
    province = c(v.text, data.province_code, F_PROVINCE, limit=2) or ""
    if province and province not in PROVINCES:
        c.add(v.MSG_CHOICE, F_PROVINCE, value=province)
        province = ""
    out["province_code"] = province
    kk = (c(v.text, data.kk_number, F_KK, limit=40) or "").replace(" ", "")
    if kk and (len(kk) != 16 or not kk.isdigit()):
        c.add(MSG_KK, F_KK)
    out["kk_number"] = kk
    if out["id_type"] == "nik":
        raw = c(v.text, data.nik, F_NIK, limit=40)
        if raw == "":
            c.add(MSG_NIK_NEEDED, F_NIK)
        elif raw:
            check = check_nik(raw, out["birth_date"], out["sex"], today=today,
                              province_code=out["province_code"] or None)
            if check.errors:
                problem = check.errors[0]
                c.add(problem.text, F_NIK, **problem.params)
            elif check.mismatches and not override_nik:
                problem = check.mismatches[0]
                c.add(problem.text, F_NIK, **problem.params)
            else:
                out.update(nik=check.nik, id_number=check.nik,
                           nik_override=bool(check.mismatches))
                if not out["province_code"] and check.province_code:
                    out["province_code"] = check.province_code
    elif out["id_type"] == "none":
        out["no_id_reason"] = c(v.text, data.no_id_reason, F_NO_ID_REASON, limit=200,
                                required=True)
    elif out["id_type"] is not None:
        out["id_number"] = c(v.text, data.id_number, F_ID_NUMBER, limit=32, required=True)
    out["name_key"] = name_key(out["full_name"]) or out["full_name"].casefold()
    return out, c.found


def _check_override_reason(values: dict, reason: str) -> None:
    """A new NIK override says why the card really says so (kept in the audit trail)."""
    if values["nik_override"] and not v.text(reason, F_NIK, limit=300):
        raise ValidationError(MSG_OVERRIDE_REASON, field=F_NIK)


def _check_nik_free(nik: str | None, exclude_id: int | None = None) -> None:
    if not nik:
        return
    query = Person.select(Person.full_name, Person.reg_no).where(
        (Person.nik == nik) & Person.merged_into.is_null())
    if exclude_id is not None:
        query = query.where(Person.id != exclude_id)
    other = query.first()
    if other is not None:
        raise ValidationError(MSG_NIK_EXISTS, field=F_NIK, name=other.full_name,
                              reg_no=other.reg_no)


#: Registration numbers: rehab clients ``R-<year>-<seq>``; SKHPN walk-in applicants their
#: own series ``P-<year>-<seq>`` (pemohon), so an applicant never takes a client number.
CLIENT_SERIES = ("R", "REG")
APPLICANT_SERIES = ("P", "APP")


def new_reg_no(series: tuple[str, str], year: int) -> str:
    """The next registration number of ``series`` (call inside a write transaction)."""
    prefix, sequence = series
    return f"{prefix}-{year}-{next_value(sequence, year):06d}"


def register_person(actor: Staff, data: PersonInput, *, override_nik: bool = False,
                    today: dt.date | None = None, applicant: bool = False,
                    override_reason: str = "", different_from: tuple[int, ...] = ()) -> int:
    """Register a new person; returns their id. A NIK already on file is refused.

    ``applicant``: an SKHPN walk-in, numbered in the applicant series; they get a client
    number when their first episode opens (:func:`models.intake.intake.open_episode`).
    """
    require(actor, Area.IDENTITY, Action.INPUT)
    values = clean_person(data, override_nik, today)
    _check_override_reason(values, override_reason)
    with write_transaction():
        _check_nik_free(values["nik"])
        check_duplicates_decided(values, different_from)
        now = dt.datetime.now()
        person = Person.create(
            reg_no=new_reg_no(APPLICANT_SERIES if applicant else CLIENT_SERIES, now.year),
            created_at=now, updated_at=now, **values)
        audit.record(actor, "person.create", "person", person.id, person_id=person.id,
                     nik_override=values["nik_override"],
                     **({"nik_override_reason": override_reason.strip()}
                        if values["nik_override"] else {}))
        for other in sorted(set(different_from)):
            audit.record(actor, "person.not_duplicate", "person", person.id,
                         person_id=person.id, other_person=other)
    return person.id


def update_person(actor: Staff, person_id: int, expected_version: int, data: PersonInput, *,
                  override_nik: bool = False, today: dt.date | None = None,
                  override_reason: str = "") -> int:
    """Correct a person's identity; returns the new version.

    Saving over a version another desk has already replaced raises :class:`ConflictError`
    and writes nothing, so nobody's change is silently lost.
    """
    require(actor, Area.IDENTITY, Action.CORRECT)
    values = clean_person(data, override_nik, today)
    with write_transaction():
        current = Person.get_or_none(Person.id == person_id)
        if current is None:
            raise NotFound(MSG_PERSON_GONE)
        if not current.nik_override or current.nik != values["nik"]:
            _check_override_reason(values, override_reason)
        _check_nik_free(values["nik"], exclude_id=person_id)
        changed = sorted(k for k, val in values.items() if getattr(current, k) != val)
        rows = (Person.update(updated_at=dt.datetime.now(), version=Person.version + 1, **values)
                .where((Person.id == person_id) & (Person.version == expected_version))
                .execute())
        if rows == 0:
            _raise_conflict("person", person_id, current.updated_at)
        audit.record(actor, "person.update", "person", person_id, person_id=person_id,
                     fields=changed, nik_override=values["nik_override"],
                     **({"nik_override_reason": override_reason.strip()}
                        if values["nik_override"] else {}))
    return expected_version + 1


def _raise_conflict(table: str, record_id: int, when: dt.datetime) -> None:
    last = (audit.AuditEvent.select(audit.AuditEvent.staff, audit.AuditEvent.at)
            .where((audit.AuditEvent.table_name == table)
                   & (audit.AuditEvent.record_id == record_id)
                   & audit.AuditEvent.action.endswith(".update"))
            .order_by(audit.AuditEvent.id.desc()).first())
    who = Staff.get_by_id(last.staff_id).full_name if last and last.staff_id else "?"
    at = (last.at if last else when).strftime("%H:%M")
    raise ConflictError(MSG_CONFLICT, time=at, staff=who)


def view_person(actor: Staff, person_id: int) -> PersonRecord:
    """Open a person's record; the view itself is audited."""
    require(actor, Area.IDENTITY, Action.VIEW)
    require_open(actor, person_id)  # a restricted record: its content stays hidden
    person = Person.get_or_none(Person.id == person_id)
    if person is None:
        raise NotFound(MSG_PERSON_GONE)
    names = {f.name for f in fields(PersonInput)}
    values: dict[str, Any] = {n: getattr(person, n) or ("" if n == "nik" else getattr(person, n))
                              for n in names}
    data = PersonInput(**values)
    contacts = tuple(ContactRecord(c.id, c.relation, c.name, c.phone, c.address, c.is_guardian)
                     for c in person.contacts.order_by(FamilyContact.id))
    with write_transaction():
        audit.record(actor, "person.view", "person", person_id, person_id=person_id)
    return PersonRecord(person.id, person.reg_no, person.version, data, person.nik_override,
                        person.created_at, person.updated_at, person.merged_into_id, contacts)


def add_contact(actor: Staff, person_id: int, relation: str, name: str, phone: str = "",
                address: str = "", is_guardian: bool = False) -> int:
    """Add a family contact (father, mother, spouse, guardian ...)."""
    require(actor, Area.IDENTITY, Action.INPUT)
    values = {"relation": v.choice(relation, F_RELATION, RELATIONS),
              "name": v.text(name, F_CONTACT_NAME, limit=200, required=True, printed=True),
              "phone": v.phone(phone, F_PHONE),
              "address": v.text(address, F_ADDRESS, limit=500, multiline=True),
              "is_guardian": bool(is_guardian)}
    with write_transaction():
        if not Person.select().where(Person.id == person_id).exists():
            raise NotFound(MSG_PERSON_GONE)
        contact = FamilyContact.create(person=person_id, **values)
        audit.record(actor, "contact.create", "family_contact", contact.id, person_id=person_id)
    return contact.id
