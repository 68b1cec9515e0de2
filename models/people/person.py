"""People: identity, identity documents and family contacts.

A person is kept apart from their episodes of care: an SKHPN applicant is a person who may
never become a client, and a client may come back many times.
"""
from __future__ import annotations

import datetime as dt

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from models.core.errors import QT_TRANSLATE_NOOP
from models.db.connection import BaseModel

SEXES = (("L", QT_TRANSLATE_NOOP("Codes", "Male")), ("P", QT_TRANSLATE_NOOP("Codes", "Female")))
ID_TYPES = (
    ("nik", QT_TRANSLATE_NOOP("Codes", "NIK (KTP / KK)")),
    ("passport", QT_TRANSLATE_NOOP("Codes", "Passport")),
    ("kitas", QT_TRANSLATE_NOOP("Codes", "KITAS")),
    ("kitap", QT_TRANSLATE_NOOP("Codes", "KITAP")),
    ("none", QT_TRANSLATE_NOOP("Codes", "No identity document")),
)
RELIGIONS = (
    ("islam", QT_TRANSLATE_NOOP("Codes", "Islam")),
    ("protestant", QT_TRANSLATE_NOOP("Codes", "Protestant Christian")),
    ("catholic", QT_TRANSLATE_NOOP("Codes", "Catholic")),
    ("hindu", QT_TRANSLATE_NOOP("Codes", "Hindu")),
    ("buddhist", QT_TRANSLATE_NOOP("Codes", "Buddhist")),
    ("confucian", QT_TRANSLATE_NOOP("Codes", "Confucian")),
    ("belief", QT_TRANSLATE_NOOP("Codes", "Belief in God Almighty (kepercayaan)")),
    ("unknown", QT_TRANSLATE_NOOP("Codes", "Not stated")),
)
MARITAL = (
    ("single", QT_TRANSLATE_NOOP("Codes", "Not married")),
    ("married", QT_TRANSLATE_NOOP("Codes", "Married")),
    ("divorced", QT_TRANSLATE_NOOP("Codes", "Divorced")),
    ("widowed", QT_TRANSLATE_NOOP("Codes", "Widowed")),
)
EDUCATION = (
    ("none", QT_TRANSLATE_NOOP("Codes", "No schooling")),
    ("sd", QT_TRANSLATE_NOOP("Codes", "Primary school (SD)")),
    ("smp", QT_TRANSLATE_NOOP("Codes", "Junior high (SMP/SLTP)")),
    ("sma", QT_TRANSLATE_NOOP("Codes", "Senior high (SMA/SLTA)")),
    ("diploma", QT_TRANSLATE_NOOP("Codes", "Diploma / academy")),
    ("university", QT_TRANSLATE_NOOP("Codes", "University")),
)
BLOOD_TYPES = (("", "-"), ("A", "A"), ("B", "B"), ("AB", "AB"), ("O", "O"))
RELATIONS = (
    ("father", QT_TRANSLATE_NOOP("Codes", "Father")),
    ("mother", QT_TRANSLATE_NOOP("Codes", "Mother")),
    ("spouse", QT_TRANSLATE_NOOP("Codes", "Spouse")),
    ("guardian", QT_TRANSLATE_NOOP("Codes", "Guardian")),
    ("sibling", QT_TRANSLATE_NOOP("Codes", "Sibling")),
    ("child", QT_TRANSLATE_NOOP("Codes", "Child")),
    ("other", QT_TRANSLATE_NOOP("Codes", "Other")),
)


class Person(BaseModel):
    """One human being, whatever their role: client, SKHPN applicant or both.

    ``version`` goes up on every change so that a second desk saving an older copy gets a
    conflict instead of overwriting. ``merged_into`` points at the surviving record after
    an admin merged two duplicates.
    """

    id = AutoField()
    reg_no = CharField(max_length=32, unique=True)
    mr_no = CharField(max_length=32, default="", index=True)  # medical-record number
    full_name = CharField(max_length=200)
    name_key = CharField(max_length=200, index=True)  # normalised for search and duplicates
    alias = CharField(max_length=200, default="")
    sex = CharField(max_length=1, choices=SEXES, index=True)
    birth_place = CharField(max_length=100, default="")
    birth_date = DateField(null=True, index=True)
    birth_date_estimated = BooleanField(default=False)
    id_type = CharField(max_length=16, choices=ID_TYPES, default="nik")
    id_number = CharField(max_length=32, default="", index=True)
    nik = CharField(max_length=16, null=True, index=True)
    nik_override = BooleanField(default=False)  # desk confirmed a NIK/birth mismatch
    no_id_reason = CharField(max_length=200, default="")
    kk_number = CharField(max_length=16, default="")
    religion = CharField(max_length=16, choices=RELIGIONS, default="unknown")
    marital_status = CharField(max_length=16, choices=MARITAL, default="single")
    education = CharField(max_length=16, choices=EDUCATION, default="sma")
    occupation = CharField(max_length=100, default="")
    address = TextField(default="")
    rt_rw = CharField(max_length=16, default="")
    village = CharField(max_length=100, default="")
    district = CharField(max_length=100, default="")
    regency = CharField(max_length=100, default="", index=True)
    province_code = CharField(max_length=2, default="", index=True)
    phone = CharField(max_length=20, default="", index=True)  # digits, starting 0
    blood_type = CharField(max_length=2, choices=BLOOD_TYPES, default="")
    nationality = CharField(max_length=3, default="IDN")
    created_at = DateTimeField(default=dt.datetime.now, index=True)
    updated_at = DateTimeField(default=dt.datetime.now)
    version = IntegerField(default=1)
    merged_into = ForeignKeyField("self", null=True, backref="merged", on_delete="RESTRICT")

    class Meta:
        indexes = ((("birth_date", "name_key"), False),)


class FamilyContact(BaseModel):
    """Father, mother, spouse, guardian or another person to reach about a client."""

    id = AutoField()
    person = ForeignKeyField(Person, backref="contacts", on_delete="CASCADE")
    relation = CharField(max_length=16, choices=RELATIONS)
    name = CharField(max_length=200)
    phone = CharField(max_length=20, default="")
    address = TextField(default="")
    is_guardian = BooleanField(default=False)  # the reporting parent/guardian of a minor
