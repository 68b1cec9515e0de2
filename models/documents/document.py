"""The document register: every issued letter and certificate with its frozen content."""
from __future__ import annotations

from peewee import AutoField, CharField, DateTimeField, ForeignKeyField, IntegerField, TextField

from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.fields import JSONTextField
from models.db.connection import BaseModel
from models.intake.episode import Episode
from models.people.person import Person
from models.staff.staff import Staff

DOCUMENT_KINDS = (
    ("SKHPN", T("Codes", "SKHPN (narcotics test result)")),
    ("KLD", T("Codes", "Kartu Lapor Diri")),
    ("SKR", T("Codes", "Certificate of rehabilitation in progress")),
    ("SKS", T("Codes", "Certificate of completed rehabilitation")),
    ("SRT", T("Codes", "Completion certificate (landscape)")),
    ("RUJ", T("Codes", "Referral letter")),
    ("PST", T("Codes", "Consent")),
    ("ASM", T("Codes", "Assessment summary")),
    ("KWT", T("Codes", "Receipt (kuitansi) of a paid fee")),
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


#: What the seal of each kind says in its result/status field when it is not an SKHPN.
#: Upper-case Indonesian words: this field is read by people off a phone's screen.
SEAL_STATUS = {
    "KLD": "WAJIB LAPOR",
    "SKR": "SEDANG REHABILITASI",
    "SKS": "SELESAI REHABILITASI",
    "SRT": "SELESAI PROGRAM",
    "RUJ": "RUJUKAN",
    "PST": "PERSETUJUAN",
    "ASM": "RINGKASAN ASESMEN",
    "KWT": "LUNAS",
}
SKHPN_SEAL_STATUS = {"not_indicated": "TIDAK TERINDIKASI", "indicated": "TERINDIKASI"}


class Document(BaseModel):
    """An issued document. ``payload`` is the content exactly as printed and signed: the
    renderer of its kind draws it again, byte for byte, for every reprint.

    ``payload["seal"]`` holds the signed QR fields and ``signature`` their signature;
    :func:`qr_text` joins them into the text the QR code carries.
    """

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



def qr_text(payload: dict, signature: str) -> str:
    """The QR text of an issued document (its seal and signature), or "" without a seal."""
    from models.seals.seal_check import seal_from_dict
    seal = payload.get("seal") if isinstance(payload, dict) else None
    if not seal or not signature:
        return ""
    from models.core.verification_address import PAYLOAD_KEY, wrap
    text = f"{seal_from_dict(seal).signed_text()}|S:{signature}"
    return wrap(str(payload.get(PAYLOAD_KEY) or ""), text)
