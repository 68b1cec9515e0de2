"""Program templates, their phases and allowed moves, enrolments and dated phase moves."""
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

from models.core.errors import QT_TRANSLATE_NOOP as T
from models.db.connection import BaseModel
from models.intake.episode import Episode
from models.staff.staff import Staff

MOVE_KINDS = (
    ("forward", T("Codes", "Forward")),
    ("back", T("Codes", "Back after relapse")),
    ("skip", T("Codes", "Skip (with a reason)")),
)


class ProgramTemplate(BaseModel):
    """A program a facility runs, such as BNN inpatient Therapeutic Community."""

    id = AutoField()
    code = CharField(max_length=32, unique=True)
    name = CharField(max_length=200)
    service_type = CharField(max_length=16)
    active = BooleanField(default=True)
    series_sessions = SmallIntegerField(default=0)  # sessions an enrolment offers to book
    series_every_days = SmallIntegerField(default=7)  # days between them


class Phase(BaseModel):
    """One phase of a template, in order; ``target_days`` makes it overdue when passed."""

    id = AutoField()
    template = ForeignKeyField(ProgramTemplate, backref="phases", on_delete="CASCADE")
    seq = SmallIntegerField()
    code = CharField(max_length=32)
    name = CharField(max_length=200)
    target_days = IntegerField(null=True)
    is_first = BooleanField(default=False)
    is_final = BooleanField(default=False)
    requirements = CharField(max_length=200, default="")  # e.g. "signed_asi" before leaving

    class Meta:
        indexes = ((("template", "code"), True), (("template", "seq"), True))


class PhaseTransition(BaseModel):
    """A move the template allows from one phase to another."""

    id = AutoField()
    template = ForeignKeyField(ProgramTemplate, backref="transitions", on_delete="CASCADE")
    from_phase = ForeignKeyField(Phase, backref="exits", on_delete="CASCADE")
    to_phase = ForeignKeyField(Phase, backref="entries", on_delete="CASCADE")
    kind = CharField(max_length=8, choices=MOVE_KINDS)
    requires_reason = BooleanField(default=False)

    class Meta:
        indexes = ((("from_phase", "to_phase"), True),)


class Enrollment(BaseModel):
    """An episode in a program. ``current_phase`` mirrors the last move not undone."""

    id = AutoField()
    episode = ForeignKeyField(Episode, backref="enrollments", on_delete="RESTRICT")
    template = ForeignKeyField(ProgramTemplate, on_delete="RESTRICT")
    started_on = DateField(index=True)
    current_phase = ForeignKeyField(Phase, null=True, on_delete="RESTRICT", index=True)
    phase_since = DateField(null=True, index=True)
    ended_on = DateField(null=True)
    version = IntegerField(default=1)


class PhaseMove(BaseModel):
    """A dated move into a phase by a named staff member; the last one can be undone."""

    id = AutoField()
    enrollment = ForeignKeyField(Enrollment, backref="moves", on_delete="CASCADE")
    from_phase = ForeignKeyField(Phase, null=True, on_delete="RESTRICT")
    to_phase = ForeignKeyField(Phase, on_delete="RESTRICT")
    kind = CharField(max_length=8, choices=MOVE_KINDS + (("start", "start"),))
    moved_on = DateField(index=True)
    staff = ForeignKeyField(Staff, on_delete="RESTRICT")
    note = TextField(default="")
    reason = TextField(default="")
    undone_at = DateTimeField(null=True)
    undone_by = ForeignKeyField(Staff, null=True, on_delete="RESTRICT")
    created_at = DateTimeField(default=dt.datetime.now)
