"""Reminders that protect privacy: consent to be contacted, and neutral message texts.

A client is reminded only after consenting to be contacted, with the channel (WhatsApp, SMS
or a printed slip only) and the number recorded; the consent is part of the person's record
(identity area) and audited, and it can be withdrawn. The message names the day, time and
place, never the facility's purpose: :data:`FORBIDDEN` words are refused in every text sent
unless the client chose that the purpose may be named. The desk sends WhatsApp and SMS by
hand (a click-to-chat link, a text to copy); nothing leaves the computer by itself.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import quote

from peewee import (
    JOIN,
    AutoField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
)

from models.appointments.appointment import Appointment, require_view
from models.core import validation as v
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import NotFound, ValidationError
from models.db.connection import BaseModel, write_transaction
from models.people.flags import require_open
from models.people.person import Person
from models.safety import audit
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff

CHANNELS = (
    ("whatsapp", T("Codes", "WhatsApp")),
    ("sms", T("Codes", "SMS")),
    ("slip", T("Codes", "Printed slip only")),
)
#: Words that would tell a reader what the appointment is about (checked without case,
#: accents or spacing tricks). A client may choose that the purpose be named.
FORBIDDEN = ("rehabilitasi", "rehab", "narkoba", "narkotika", "napza", "bnn", "bnnk", "bnnp",
             "adiksi", "kecanduan", "pecandu", "candu", "psikotropika", "sabu", "ganja", "metadon",
             "methadone", "rumatan", "detoks", "ipwl", "lapor diri", "wajib lapor",
             "urine", "urin", "skhpn", "drug", "addiction", "rehabilitation", "narcotic")

#: The reminder texts (English source; the Indonesian is in the translations). Fields:
#: {day} {date} {time} {place} {phone}. None of them may name the purpose.
MESSAGES = (
    T("Reminders", "Good day. A reminder of your appointment on {day}, {date} at {time}, "
      "{place}. If you cannot come, please let us know at {phone}. Thank you."),
    T("Reminders", "Reminder: your appointment is on {day}, {date} at {time} at {place}. "
      "Please bring this message. To change the time, contact {phone}."),
)

F_CHANNEL = T("Codes", "Reminder channel")
F_PHONE = T("Codes", "Phone number for reminders")
F_CONSENTED = T("Codes", "Date of consent to be contacted")
MSG_NO_CONSENT = T("Errors", "This client has not consented to be contacted: record the "
                   "consent (with the channel) in the record first.")
MSG_OTHER_CHANNEL = T("Errors", "This client consented to be contacted by {channel} only.")
MSG_NOT_NEUTRAL = T("Errors", "The message would say \"{word}\", which tells a reader what "
                    "the appointment is about. Change the place or the text.")
MSG_NEEDS_PHONE = T("Errors", "Fill in {field}: WhatsApp and SMS need a number.")


class ContactConsent(BaseModel):
    """A client's consent to be reminded, by one channel, at one number; withdrawn by
    setting ``withdrawn_on`` (the row stays)."""

    id = AutoField()
    person = ForeignKeyField(Person, backref="contact_consents", on_delete="RESTRICT")
    channel = CharField(max_length=16, choices=CHANNELS)
    phone = CharField(max_length=20, default="")
    may_name_purpose = BooleanField(default=False)
    consented_on = DateField()
    withdrawn_on = DateField(null=True)
    staff = ForeignKeyField(Staff, on_delete="RESTRICT")
    recorded_at = DateTimeField(default=dt.datetime.now)


@dataclass(frozen=True)
class ConsentView:
    """The consent in force."""

    id: int
    channel: str
    phone: str
    may_name_purpose: bool
    consented_on: dt.date


def record_consent(actor: Staff, person_id: int, channel: str, phone: str,
                   consented_on: dt.date, *, may_name_purpose: bool = False) -> int:
    """Record the client's consent to be contacted (replacing the one in force)."""
    require(actor, Area.IDENTITY, Action.INPUT)
    channel = v.choice(channel, F_CHANNEL, CHANNELS)
    phone = v.phone(phone, F_PHONE)
    if channel != "slip" and not phone:
        raise ValidationError(MSG_NEEDS_PHONE, field=F_PHONE)
    consented_on = v.past_date(consented_on, F_CONSENTED, required=True)
    require_open(actor, person_id)
    with write_transaction():
        if Person.get_or_none(Person.id == person_id) is None:
            raise NotFound(T("Errors", "This person does not exist."))
        ContactConsent.update(withdrawn_on=consented_on).where(
            ContactConsent.person == person_id, ContactConsent.withdrawn_on.is_null()).execute()
        row = ContactConsent.create(person=person_id, channel=channel, phone=phone,
                                    may_name_purpose=bool(may_name_purpose),
                                    consented_on=consented_on, staff=actor.id)
        audit.record(actor, "contact_consent.record", "contact_consent", row.id, person_id,
                     channel=channel, may_name_purpose=bool(may_name_purpose))
    return row.id


def withdraw_consent(actor: Staff, person_id: int, on: dt.date | None = None) -> None:
    """The client no longer wants reminders."""
    require(actor, Area.IDENTITY, Action.INPUT)
    with write_transaction():
        n = ContactConsent.update(withdrawn_on=on or dt.date.today()).where(
            ContactConsent.person == person_id, ContactConsent.withdrawn_on.is_null()).execute()
        if n:
            audit.record(actor, "contact_consent.withdraw", "contact_consent", None, person_id)


def consent_in_force(person_id: int | None) -> ConsentView | None:
    """The consent to be contacted in force for ``person_id``, or None."""
    if person_id is None:
        return None
    row = (ContactConsent.select().where(ContactConsent.person == person_id,
                                         ContactConsent.withdrawn_on.is_null())
           .order_by(ContactConsent.id.desc()).first())
    if row is None:
        return None
    return ConsentView(row.id, row.channel, row.phone, row.may_name_purpose, row.consented_on)


def _folded(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", " ", text)


def forbidden_word(text: str) -> str | None:
    """The first word of :data:`FORBIDDEN` that ``text`` contains (whole words, also when
    spelt with dots or spaces between letters such as "B.N.N"), or None."""
    folded = f" {_folded(text)} "
    for word in FORBIDDEN:
        if f" {word} " in folded:
            return word
        if len(word) <= 4 and re.search(r"(?:^| )" + r" ?".join(word) + r"(?: |$)", folded):
            return word
    return None


@dataclass(frozen=True)
class Reminder:
    """A message ready to send by hand: the text, and for WhatsApp the click-to-chat link."""

    channel: str
    phone: str
    text: str
    link: str


def whatsapp_link(phone: str, text: str) -> str:
    """A wa.me click-to-chat link: the number in international form without +, the text
    URL-encoded."""
    digits = re.sub(r"\D", "", phone)
    if digits.startswith("0"):
        digits = "62" + digits[1:]
    return f"https://wa.me/{digits}?text={quote(text, safe='')}"


def compose(template: str, fields: dict[str, str], *, may_name_purpose: bool = False) -> str:
    """``template`` (already translated) filled with ``fields``; refused when the result
    names the purpose and the client did not choose that."""
    text = template.format(**fields)
    word = None if may_name_purpose else forbidden_word(text)
    if word is not None:
        raise ValidationError(MSG_NOT_NEUTRAL, word=word)
    return text


def prepare_reminder(actor: Staff, appointment_id: int, template: str,
                     fields: dict[str, str], channel: str | None = None) -> Reminder:
    """The reminder for one appointment by the consented channel (audited: it carries
    personal data out of Pulih). Refused without a consent in force or by another channel."""
    require_view(actor)
    appt = Appointment.get_or_none(Appointment.id == appointment_id)
    if appt is None or appt.person_id is None:
        raise NotFound(T("Errors", "This appointment does not exist."))
    require_open(actor, appt.person_id)  # the number and the consent are record content
    consent = consent_in_force(appt.person_id)
    if consent is None:
        raise ValidationError(MSG_NO_CONSENT)
    channel = channel or consent.channel
    if channel != consent.channel or channel == "slip":
        raise ValidationError(MSG_OTHER_CHANNEL, channel=dict(CHANNELS)[consent.channel])
    text = compose(template, fields, may_name_purpose=consent.may_name_purpose)
    link = whatsapp_link(consent.phone, text) if channel == "whatsapp" else ""
    with write_transaction():
        audit.record(actor, "appointment.reminder", "appointment", appt.id, appt.person_id,
                     channel=channel)
    return Reminder(channel, consent.phone, text, link)


@dataclass(frozen=True)
class SlipVisitData:
    starts_at: dt.datetime
    minutes: int
    place: str


@dataclass(frozen=True)
class SlipPayload:
    """What a printed slip shows: the client's name, this and the next booked visits, and
    the facility's phone; nothing about the purpose."""

    holder: str
    visits: tuple[SlipVisitData, ...]
    phone: str


def _as_dt(value: str | dt.datetime) -> dt.datetime:
    if isinstance(value, str):  # SQLite gives text, PostgreSQL a datetime
        return dt.datetime.fromisoformat(value)
    return value


def slip_payload(actor: Staff, appointment_id: int, *, upcoming: int = 8) -> SlipPayload:
    """The slip of an appointment and the client's next booked ones (audited as a print).
    Refused when a place would name the purpose and the client did not choose that."""
    from models.facility.facility import facility
    require_view(actor)
    appt = Appointment.get_or_none(Appointment.id == appointment_id)
    if appt is None or appt.person_id is None:
        raise NotFound(T("Errors", "This appointment does not exist."))
    require_open(actor, appt.person_id)
    start = _as_dt(appt.starts_at)
    rows = (Appointment.select(Appointment.starts_at, Appointment.minutes, Appointment.place)
            .where(Appointment.person == appt.person_id, Appointment.status == "scheduled",
                   Appointment.starts_at >= start)
            .order_by(Appointment.starts_at).limit(upcoming).tuples())
    visits = tuple(SlipVisitData(_as_dt(s), m, p) for s, m, p in rows) or (
        SlipVisitData(start, appt.minutes, appt.place),)
    consent = consent_in_force(appt.person_id)
    if not (consent and consent.may_name_purpose):
        for visit in visits:
            word = forbidden_word(visit.place)
            if word is not None:
                raise ValidationError(MSG_NOT_NEUTRAL, word=word)
    profile = facility()
    holder = Person.get_by_id(appt.person_id).full_name
    with write_transaction():
        audit.record(actor, "appointment.slip", "appointment", appt.id, appt.person_id,
                     visits=len(visits))
    return SlipPayload(holder, visits, profile.phone if profile else "")


@dataclass(frozen=True)
class IcsItem:
    uid: str
    starts_at: dt.datetime
    minutes: int
    kind: str
    initials: str
    place: str
    cancelled: bool


def ics_items(actor: Staff, staff_id: int, first: dt.date, days: int) -> list[IcsItem]:
    """A staff member's appointments of a period for their own calendar: kind, the client's
    initials and the place only (audited as an export)."""
    require_view(actor)
    start = dt.datetime.combine(first, dt.time.min)
    rows = (Appointment.select(Appointment.id, Appointment.starts_at, Appointment.minutes,
                               Appointment.kind, Person.full_name, Appointment.place,
                               Appointment.status)
            .join(Person, on=(Person.id == Appointment.person), join_type=JOIN.LEFT_OUTER)
            .where(Appointment.staff == staff_id, Appointment.starts_at >= start,
                   Appointment.starts_at < start + dt.timedelta(days=days),
                   Appointment.status.in_(("scheduled", "attended", "cancelled")))
            .order_by(Appointment.starts_at).tuples())
    items = []
    for aid, starts, minutes, kind, name, place, status in rows:
        initials = "".join(f"{w[0].upper()}." for w in (name or "").split() if w[:1].isalpha())
        place = place if forbidden_word(place) is None else ""  # a phone's calendar syncs
        items.append(IcsItem(f"appointment-{aid}@pulih", _as_dt(starts), minutes, kind,
                             initials, place, status == "cancelled"))
    with write_transaction():
        audit.record(actor, "appointment.ics", "appointment", None, None, staff=staff_id,
                     first=first.isoformat(), days=days, count=len(items))
    return items
