"""The facility profile (letterhead, head, capacity) and its declared settings."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from peewee import AutoField, BlobField, CharField, IntegerField, TextField

from models.core.errors import QT_TRANSLATE_NOOP
from models.core.fields import JSONTextField
from models.core.verification_address import F_ADDRESS as VERIFY_ADDRESS_TEXT
from models.db.connection import BaseModel

FACILITY_KINDS: tuple[tuple[str, str], ...] = (
    ("ipwl_puskesmas", QT_TRANSLATE_NOOP("Codes", "IPWL puskesmas")),
    ("ipwl_hospital", QT_TRANSLATE_NOOP("Codes", "IPWL hospital")),
    ("ipwl_clinic", QT_TRANSLATE_NOOP("Codes", "IPWL clinic")),
    ("bnn_clinic", QT_TRANSLATE_NOOP("Codes", "BNN clinic (Klinik Pratama)")),
    ("bnn_centre", QT_TRANSLATE_NOOP("Codes", "BNN rehabilitation centre")),
    ("kemensos_centre", QT_TRANSLATE_NOOP("Codes", "Kemensos centre")),
    ("community", QT_TRANSLATE_NOOP("Codes", "Community rehabilitation (LRKM/LKS)")),
    ("prison", QT_TRANSLATE_NOOP("Codes", "Prison program (lapas/rutan)")),
)


class Facility(BaseModel):
    """The one facility this database belongs to (always id 1)."""

    id = AutoField()
    name_lines = JSONTextField(default=list)  # letterhead lines, ministry first
    code = CharField(max_length=32)  # used in document numbers, e.g. BNNK-JU
    kind = CharField(max_length=32, choices=FACILITY_KINDS)
    address = TextField(default="")
    city = CharField(max_length=100, default="")  # place written before letter dates
    province_code = CharField(max_length=2, default="")
    phone = CharField(max_length=64, default="")
    email = CharField(max_length=200, default="")
    website = CharField(max_length=200, default="")
    logo = BlobField(null=True)
    head_name = CharField(max_length=200, default="")
    head_position = CharField(max_length=200, default="")
    head_nip = CharField(max_length=18, default="")
    capacity = IntegerField(default=0)  # program places; 0 means no limit


class Setting(BaseModel):
    """A facility setting that differs from its declared default."""

    id = AutoField()
    key = CharField(max_length=64, unique=True)
    value = JSONTextField()


@dataclass(frozen=True)
class SettingSpec:
    """Declaration of one setting: everything else reads this."""

    key: str
    kind: type
    default: Any
    description: str
    minimum: int | None = None
    maximum: int | None = None


SETTINGS: dict[str, SettingSpec] = {s.key: s for s in (
    SettingSpec("idle_lock_minutes", int, 10,
                QT_TRANSLATE_NOOP("Settings", "Minutes without input before the window locks"),
                1, 240),
    SettingSpec("login_max_failures", int, 5,
                QT_TRANSLATE_NOOP("Settings", "Failed sign-ins before the account waits"), 3, 20),
    SettingSpec("aftercare_interval_months", int, 1,
                QT_TRANSLATE_NOOP("Settings", "Months between aftercare follow-ups"), 1, 12),
    SettingSpec("aftercare_followups", int, 6,
                QT_TRANSLATE_NOOP("Settings", "Number of aftercare follow-ups"), 1, 36),
    SettingSpec("skhpn_fee", int, 290000,
                QT_TRANSLATE_NOOP("Settings", "SKHPN examination fee in rupiah"), 0, 10_000_000),
    SettingSpec("skhpn_valid_months", int, 3,
                QT_TRANSLATE_NOOP("Settings", "Months an SKHPN is valid"), 1, 24),
    SettingSpec("kartu_valid_months", int, 12,
                QT_TRANSLATE_NOOP("Settings", "Months a Kartu Lapor Diri is valid"), 1, 120),
    SettingSpec("urine_extra_parameters", list, [],
                QT_TRANSLATE_NOOP("Settings", "Urine test parameters beyond the six-panel")),
    SettingSpec("funding_sources", list, ["government", "self", "other"],
                QT_TRANSLATE_NOOP("Settings", "Funding sources offered at intake")),
    SettingSpec("age_bands", list, [0, 15, 20, 25, 30, 35, 40, 50, 60],
                QT_TRANSLATE_NOOP("Settings", "Lower edges of the age bands in tallies")),
    SettingSpec("number_format", str, "{kind}/{seq:04d}/{month_roman}/{year}/{facility}",
                QT_TRANSLATE_NOOP("Settings", "Template of document numbers")),
    SettingSpec("backup_keep_daily", int, 7,
                QT_TRANSLATE_NOOP("Settings", "Daily backups kept"), 1, 365),
    SettingSpec("backup_keep_monthly", int, 12,
                QT_TRANSLATE_NOOP("Settings", "Monthly backups kept"), 0, 120),
    SettingSpec("backup_folder", str, "",
                QT_TRANSLATE_NOOP("Settings", "Backup folder, e.g. on a USB stick (empty: "
                                  "the folder 'backups' beside the database)")),
    SettingSpec("backup_auto", int, 1,
                QT_TRANSLATE_NOOP("Settings", "Automatic backup on exit and daily (1 on, "
                                  "0 off)"), 0, 1),
    SettingSpec("capacity_outpatient", int, 0,
                QT_TRANSLATE_NOOP("Settings", "Outpatient (rawat jalan) places (0: no limit)"),
                0, 100_000),
    SettingSpec("capacity_inpatient", int, 0,
                QT_TRANSLATE_NOOP("Settings", "Inpatient (rawat inap) places (0: no limit)"),
                0, 100_000),
    SettingSpec("capacity_maintenance", int, 0,
                QT_TRANSLATE_NOOP("Settings", "Maintenance (rumatan) places (0: no limit)"),
                0, 100_000),
    SettingSpec("capacity_social", int, 0,
                QT_TRANSLATE_NOOP("Settings", "Social rehabilitation places (0: no limit)"),
                0, 100_000),
    SettingSpec("appointment_trace_days", int, 21,
                QT_TRANSLATE_NOOP("Settings", "Days an outpatient may go without an attended "
                                  "session before being listed to trace"), 7, 180),
    SettingSpec("urine_due_days", int, 30,
                QT_TRANSLATE_NOOP("Settings", "Days after the last urine test (or the "
                                  "admission) before a client in a program is due a test"),
                7, 180),
    SettingSpec("rumatan_missed_days", int, 3,
                QT_TRANSLATE_NOOP("Settings", "Rumatan: consecutive missed days after which "
                                  "the next dose waits for a doctor's review"), 1, 30),
    SettingSpec("rumatan_change_percent", int, 25,
                QT_TRANSLATE_NOOP("Settings", "Rumatan: change of the daily dose (percent) "
                                  "that needs a confirmation and a reason"), 1, 100),
    SettingSpec("provincial_office", int, 0,
                QT_TRANSLATE_NOOP("Settings", "Provincial office: imports and rolls up the "
                                  "facilities' monthly packages (1 yes, 0 no)"), 0, 1),
    # checked by models.core.verification_address.clean_address when set
    SettingSpec("verification_address", str, "", VERIFY_ADDRESS_TEXT),
)}


def get_setting(key: str) -> Any:
    """The facility's value of ``key``, or its declared default."""
    spec = SETTINGS[key]
    value = Setting.select(Setting.value).where(Setting.key == key).scalar()
    if value is None:
        return spec.default
    return value


def facility() -> Facility | None:
    """The facility profile, or None before first-run set-up."""
    return Facility.get_or_none(Facility.id == 1)
