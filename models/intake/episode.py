"""Episodes of care: one stay of one person, from report to closing, with what intake records."""
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
    SmallIntegerField,
    TextField,
)

from models.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from models.db.connection import BaseModel, is_sqlite
from models.people.person import Person
from models.staff.staff import Staff

T = QT_TRANSLATE_NOOP
STATUSES = (
    ("screening", T("Codes", "Screening")),
    ("waiting", T("Codes", "Waiting list")),
    ("in_program", T("Codes", "In program")),
    ("aftercare", T("Codes", "Aftercare")),
    ("closed", T("Codes", "Closed")),
)
REPORTERS = (
    ("self", T("Codes", "Self")),
    ("parent_guardian", T("Codes", "Parent / guardian")),
    ("family", T("Codes", "Spouse / family")),
    ("other", T("Codes", "Other")),
)
REFERRAL_ROUTES = (
    ("voluntary", T("Codes", "Voluntary")),
    ("family", T("Codes", "Family")),
    ("police_tat", T("Codes", "Police / investigator via TAT")),
    ("court", T("Codes", "Prosecutor / court order")),
    ("prison", T("Codes", "Prison (lapas/rutan)")),
    ("health", T("Codes", "Hospital / puskesmas")),
    ("rehab", T("Codes", "Another rehabilitation institution")),
    ("school", T("Codes", "School / campus")),
    ("workplace", T("Codes", "Workplace")),
    ("other", T("Codes", "Other")),
)
LEGAL_STATUSES = (
    ("none", T("Codes", "None")),
    ("suspect", T("Codes", "Suspect")),
    ("defendant", T("Codes", "Defendant")),
    ("inmate", T("Codes", "Sentenced inmate (WBP)")),
)
SERVICE_TYPES = (
    ("outpatient", T("Codes", "Outpatient (rawat jalan)")),
    ("inpatient", T("Codes", "Inpatient (rawat inap)")),
    ("maintenance", T("Codes", "Maintenance (rumatan)")),
    ("social", T("Codes", "Social rehabilitation")),
)
SUBSTANCES = (
    ("methamphetamine", T("Codes", "Methamphetamine (sabu)")),
    ("cannabis", T("Codes", "Cannabis (ganja)")),
    ("synthetic_cannabinoid", T("Codes", "Synthetic cannabinoids (tembakau sintetis)")),
    ("mdma", T("Codes", "Ecstasy (MDMA)")),
    ("heroin", T("Codes", "Heroin")),
    ("other_opioid", T("Codes", "Other opioids")),
    ("benzodiazepine", T("Codes", "Benzodiazepines / sedatives")),
    ("alcohol", T("Codes", "Alcohol")),
    ("inhalant", T("Codes", "Inhalants (lem)")),
    ("cocaine", T("Codes", "Cocaine")),
    ("hallucinogen", T("Codes", "Hallucinogens")),
    ("tramadol", T("Codes", "Tramadol")),
    ("dextromethorphan", T("Codes", "Dextromethorphan")),
    ("trihexyphenidyl", T("Codes", "Trihexyphenidyl")),
    ("pcc", T("Codes", "PCC")),
    ("other", T("Codes", "Other")),
)
ROUTES = (
    ("oral", T("Codes", "Oral")),
    ("nasal", T("Codes", "Nasal / sublingual")),
    ("smoked", T("Codes", "Smoked / inhaled")),
    ("injected", T("Codes", "Injected, not IV")),
    ("iv", T("Codes", "Intravenous")),
)
PATTERNS = (
    ("experimental", T("Codes", "Experimental (coba-coba)")),
    ("recreational", T("Codes", "Recreational")),
    ("situational", T("Codes", "Situational")),
    ("habitual", T("Codes", "Habitual")),
    ("compulsive", T("Codes", "Compulsive")),
)
CONSENT_KINDS = (
    ("general", T("Codes", "General consent")),
    ("disclosure", T("Codes", "Consent to disclose")),
)


class Episode(BaseModel):
    """One episode of care. ``status`` is the stage now; the discharge date changes only
    through the discharge step."""

    id = AutoField()
    person = ForeignKeyField(Person, backref="episodes", on_delete="RESTRICT")
    episode_no = CharField(max_length=32, unique=True)
    status = CharField(max_length=16, choices=STATUSES, default="screening", index=True)
    reported_on = DateField(index=True)
    wajib_lapor = BooleanField(default=False, index=True)
    reporter = CharField(max_length=16, choices=REPORTERS, default="self")
    reporter_name = CharField(max_length=200, default="")
    reporter_phone = CharField(max_length=20, default="")
    referral_route = CharField(max_length=16, choices=REFERRAL_ROUTES, default="voluntary",
                               index=True)
    referral_detail = CharField(max_length=200, default="")
    legal_status = CharField(max_length=16, choices=LEGAL_STATUSES, default="none")
    legal_reference = TextField(default="")  # court / letter numbers
    funding = CharField(max_length=32, default="government")
    service_type = CharField(max_length=16, choices=SERVICE_TYPES, index=True)
    admitted_on = DateField(null=True, index=True)
    discharged_on = DateField(null=True, index=True)
    intake_staff = ForeignKeyField(Staff, backref="intakes", on_delete="RESTRICT")
    created_at = DateTimeField(default=dt.datetime.now)
    updated_at = DateTimeField(default=dt.datetime.now)
    version = IntegerField(default=1)
    #: the counselor of record (models/intake/admission.py: set at admission, changed with a reason)
    counselor = ForeignKeyField(Staff, null=True, backref="caseload", on_delete="RESTRICT")
    #: a screening or waiting episode closed as "tidak melanjutkan", and why
    not_continued_on = DateField(null=True, index=True)
    not_continued_reason = TextField(default="")

    class Meta:
        indexes = ((("person", "reported_on"), False), (("status", "service_type"), False),
                   (("counselor", "status"), False))


class EpisodeSubstance(BaseModel):
    """Primary (rank 1), secondary (2) or tertiary (3) substance of an episode."""

    id = AutoField()
    episode = ForeignKeyField(Episode, backref="substances", on_delete="CASCADE")
    rank = SmallIntegerField()
    substance = CharField(max_length=32, choices=SUBSTANCES, index=True)
    route = CharField(max_length=16, choices=ROUTES)
    days_last_30 = SmallIntegerField(null=True)
    years_used = SmallIntegerField(null=True)
    age_first_use = SmallIntegerField(null=True)
    pattern = CharField(max_length=16, choices=PATTERNS, null=True)
    overdoses = SmallIntegerField(default=0)
    previous_treatment = BooleanField(default=False)

    class Meta:
        indexes = ((("episode", "rank"), True),)


class Consent(BaseModel):
    """A signed consent: general, or to disclose to a named recipient for a purpose until a date."""

    id = AutoField()
    episode = ForeignKeyField(Episode, backref="consents", on_delete="CASCADE")
    kind = CharField(max_length=16, choices=CONSENT_KINDS)
    signed_on = DateField()
    signed_by_name = CharField(max_length=200)  # the client, or parent/guardian of a minor
    recipient = CharField(max_length=200, default="")
    purpose = CharField(max_length=300, default="")
    valid_until = DateField(null=True)
    revoked_on = DateField(null=True)
    staff = ForeignKeyField(Staff, on_delete="RESTRICT")


class WaitingListEntry(BaseModel):
    """An episode queued for a place in a full program."""

    id = AutoField()
    episode = ForeignKeyField(Episode, backref="waiting", unique=True, on_delete="CASCADE")
    added_on = DateField(index=True)
    priority = SmallIntegerField(default=0)
    state = CharField(max_length=16, default="waiting", index=True)  # waiting/admitted/withdrawn
    left_on = DateField(null=True)
    note = TextField(default="")


MSG_EPISODE_GONE = T("Errors", "This episode does not exist.")
MSG_PERSON_GONE = T("Errors", "This person's record does not exist.")
MSG_OTHER_PERSON = T("Errors", "Episode {episode_no} belongs to another person.")


def get_episode(episode_id: int, *, lock: bool = False) -> Episode:
    """The episode ``episode_id``, or :class:`NotFound`.

    ``lock`` (inside a write transaction) holds the row until commit on PostgreSQL, so a
    check-then-write on the episode cannot interleave with another desk's; SQLite write
    transactions are already serialised by ``BEGIN IMMEDIATE``.
    """
    query = Episode.select().where(Episode.id == episode_id)
    if lock and not is_sqlite():
        query = query.for_update()
    episode = query.first()
    if episode is None:
        raise NotFound(MSG_EPISODE_GONE)
    return episode


def person_and_episode(person_id: int, episode_id: int | None) -> Episode | None:
    """Check that the person exists (not merged away) and owns the episode, if one is named.

    Used by the clinical records (assessments, urine tests) that belong to a person and,
    when the person is a client, to one of their episodes.
    """
    person = Person.select(Person.id, Person.merged_into).where(Person.id == person_id).first()
    if person is None or person.merged_into_id is not None:
        raise NotFound(MSG_PERSON_GONE)
    if episode_id is None:
        return None
    episode = get_episode(episode_id)
    if episode.person_id != person_id:
        raise ValidationError(MSG_OTHER_PERSON, episode_no=episode.episode_no)
    return episode
