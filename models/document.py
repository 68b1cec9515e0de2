"""The document register: every issued letter and certificate with its frozen content."""
from __future__ import annotations

from peewee import (AutoField, CharField, DateTimeField, ForeignKeyField, IntegerField,
                    TextField)

from models.db import BaseModel
from models.episode import Episode
from models.errors import QT_TRANSLATE_NOOP as T
from models.fields import JSONTextField
from models.person import Person
from models.staff import Staff

DOCUMENT_KINDS = (
    ("SKHPN", T("Codes", "SKHPN (narcotics test result)")),
    ("KLD", T("Codes", "Kartu Lapor Diri")),
    ("SKR", T("Codes", "Certificate of rehabilitation in progress")),
    ("SKS", T("Codes", "Certificate of completed rehabilitation")),
    ("RUJ", T("Codes", "Referral letter")),
    ("PST", T("Codes", "Consent")),
    ("ASM", T("Codes", "Assessment summary")),
)
SKHPN_RESULTS = (
    ("not_indicated", T("Codes", "Not indicated to be using narcotics")),
    ("indicated", T("Codes", "Indicated to be using narcotics")),
)
SKHPN_PURPOSES = (
    ("job", T("Codes", "Job application")),
    ("school", T("Codes", "School / university")),
    ("candidacy", T("Codes", "Candidacy (election, civil service, police, military)")),
    ("licence", T("Codes", "Licence (driving, firearms)")),
    ("other", T("Codes", "Other")),
)


class Document(BaseModel):
    """An issued document. ``payload`` is the content exactly as printed and signed."""

    id = AutoField()
    number = CharField(max_length=64, unique=True)
    kind = CharField(max_length=8, choices=DOCUMENT_KINDS, index=True)
    year = IntegerField()
    seq = IntegerField()
    person = ForeignKeyField(Person, null=True, backref="documents", on_delete="RESTRICT")
    episode = ForeignKeyField(Episode, null=True, backref="documents", on_delete="RESTRICT")
    issued_by = ForeignKeyField(Staff, on_delete="RESTRICT")
    issued_at = DateTimeField(index=True)
    purpose = CharField(max_length=32, default="", index=True)
    result = CharField(max_length=32, default="", index=True)
    fee = IntegerField(default=0)
    fee_waived = CharField(max_length=200, default="")  # SKTM number when waived
    payload = JSONTextField()
    signature = TextField(default="")
    key_id = CharField(max_length=32, default="")
    voided_at = DateTimeField(null=True)
    voided_by = ForeignKeyField(Staff, null=True, on_delete="RESTRICT")
    void_reason = TextField(default="")
    reprints = IntegerField(default=0)

    class Meta:
        indexes = ((("kind", "year", "seq"), True),)

