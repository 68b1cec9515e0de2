"""Admin acts on the facility: its profile (letterhead), settings and annual targets."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from models.core import validation as v
from models.core.errors import QT_TRANSLATE_NOOP, ValidationError
from models.core.nik import PROVINCES
from models.db.connection import write_transaction
from models.facility.facility import FACILITY_KINDS, SETTINGS, Facility, Setting
from models.safety import audit
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff

T = QT_TRANSLATE_NOOP
F_NAME_LINES = T("Codes", "Letterhead name lines")
F_CODE = T("Codes", "Facility code")
F_KIND = T("Codes", "Facility type")
F_ADDRESS = T("Codes", "Address")
F_CITY = T("Codes", "City for letter dates")
F_PHONE = T("Codes", "Phone")
F_EMAIL = T("Codes", "E-mail")
F_WEBSITE = T("Codes", "Web site")
F_HEAD = T("Codes", "Head of facility")
F_HEAD_POSITION = T("Codes", "Head's position")
F_HEAD_NIP = T("Codes", "Head's NIP")
F_CAPACITY = T("Codes", "Program capacity")
F_SETTING = T("Codes", "Setting")

MSG_LINES = T("Errors", "The letterhead needs one to four name lines.")
MSG_CODE = T("Errors", "A facility code uses capital letters, digits and dashes, e.g. BNNK-JU.")
MSG_EMAIL = T("Errors", "{value} is not an e-mail address.")
MSG_LOGO = T("Errors", "The logo must be a PNG or JPEG image of at most 2 MB.")
MSG_UNKNOWN_SETTING = T("Errors", "There is no setting called {key}.")
MSG_SETTING_TYPE = T("Errors", "{field} has the wrong kind of value.")
MSG_SETTING_RANGE = T("Errors", "{field} must be between {low} and {high}.")
MSG_NIP = T("Errors", "A NIP has 18 digits.")


@dataclass(frozen=True)
class FacilityInput:
    """The facility profile as the admin types it."""

    name_lines: tuple[str, ...]
    code: str
    kind: str
    address: str = ""
    city: str = ""
    province_code: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    head_name: str = ""
    head_position: str = ""
    head_nip: str = ""
    capacity: int = 0
    logo: bytes | None = field(default=None, repr=False)


def clean_facility(data: FacilityInput) -> dict[str, Any]:
    """Validated column values of a facility profile."""
    lines = [v.text(line, F_NAME_LINES, limit=120, printed=True) for line in data.name_lines]
    lines = [line for line in lines if line]
    if not 1 <= len(lines) <= 4:
        raise ValidationError(MSG_LINES, field=F_NAME_LINES)
    code = v.text(data.code, F_CODE, limit=32, required=True).upper()
    if not all(ch.isascii() and (ch.isalnum() or ch in "-.") for ch in code):
        raise ValidationError(MSG_CODE, field=F_CODE)
    email = v.text(data.email, F_EMAIL, limit=200)
    if email and ("@" not in email or " " in email or email.startswith("@")):
        raise ValidationError(MSG_EMAIL, field=F_EMAIL, value=email)
    nip = v.text(data.head_nip, F_HEAD_NIP, limit=40).replace(" ", "")
    if nip and (len(nip) != 18 or not nip.isdigit()):
        raise ValidationError(MSG_NIP, field=F_HEAD_NIP)
    province = v.text(data.province_code, F_ADDRESS, limit=2)
    if province and province not in PROVINCES:
        raise ValidationError(v.MSG_CHOICE, field=F_ADDRESS, value=province)
    if not isinstance(data.capacity, int) or not 0 <= data.capacity <= 100_000:
        raise ValidationError(MSG_SETTING_RANGE, field=F_CAPACITY, low=0, high=100_000)
    logo = data.logo
    if logo is not None and (len(logo) > 2 * 1024 * 1024 or not (
            logo.startswith(b"\x89PNG\r\n\x1a\n") or logo.startswith(b"\xff\xd8\xff"))):
        raise ValidationError(MSG_LOGO)
    return {
        "name_lines": lines, "code": code, "kind": v.choice(data.kind, F_KIND, FACILITY_KINDS),
        "address": v.text(data.address, F_ADDRESS, limit=500, multiline=True),
        "city": v.text(data.city, F_CITY, limit=100),
        "province_code": province,
        "phone": v.text(data.phone, F_PHONE, limit=64),
        "email": email, "website": v.text(data.website, F_WEBSITE, limit=200),
        "head_name": v.text(data.head_name, F_HEAD, limit=200, printed=True),
        "head_position": v.text(data.head_position, F_HEAD_POSITION, limit=200),
        "head_nip": nip, "capacity": data.capacity, "logo": logo,
    }


def save_facility(actor: Staff, data: FacilityInput) -> None:
    """Create or correct the facility profile (id 1)."""
    values = clean_facility(data)
    with write_transaction():
        exists = Facility.select().where(Facility.id == 1).exists()
        require(actor, Area.ADMIN, Action.CORRECT if exists else Action.INPUT)
        if exists:
            Facility.update(**values).where(Facility.id == 1).execute()
        else:
            Facility.insert(id=1, **values).execute()
        audit.record(actor, "facility.update" if exists else "facility.create", "facility", 1,
                     fields=sorted(k for k in values if k != "logo"))


def set_setting(actor: Staff, key: str, value: Any) -> None:
    """Change one declared setting, checked against its declaration."""
    require(actor, Area.ADMIN, Action.CORRECT)
    spec = SETTINGS.get(key)
    if spec is None:
        raise ValidationError(MSG_UNKNOWN_SETTING, field=F_SETTING, key=str(key)[:64])
    if spec.kind is int and (isinstance(value, bool) or not isinstance(value, int)):
        raise ValidationError(MSG_SETTING_TYPE, field=spec.description)
    if not isinstance(value, spec.kind):
        raise ValidationError(MSG_SETTING_TYPE, field=spec.description)
    from models.admin.setting_rules import clean_setting
    value = clean_setting(spec, value)  # the setting's own rule (templates, bands, lists...)
    if spec.kind is int and spec.minimum is not None and spec.maximum is not None \
            and not spec.minimum <= value <= spec.maximum:
        raise ValidationError(MSG_SETTING_RANGE, field=spec.description, low=spec.minimum,
                              high=spec.maximum)
    with write_transaction():
        (Setting.insert(key=key, value=value)
         .on_conflict(conflict_target=[Setting.key], update={Setting.value: value}).execute())
        audit.record(actor, "setting.update", "setting", None, key=key)


