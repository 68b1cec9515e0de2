"""Addenda: the only way to correct or add to a signed assessment, a session note or an
aftercare contact.

The signed record stays as it was signed; an addendum says who added what and when. It
needs the correction right of the record's area (assessments, lab for physical exams,
notes, program for aftercare contacts) and is audited on the trail of every client the
record is about. An aftercare contact is final once recorded: it is corrected only so.
"""
from __future__ import annotations

import datetime as dt

from models.care.aftercare import AftercareContact, AftercarePlan
from models.care.assessment import Addendum, Assessment, area_of
from models.care.notes import Note, NoteAttendance
from models.core import validation as v
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import NotFound, ValidationError
from models.db.connection import write_transaction
from models.intake.episode import Episode
from models.safety import audit
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff

TARGET_KINDS = (("assessment", T("Codes", "Assessment")), ("note", T("Codes", "Session note")),
                ("contact", T("Codes", "Aftercare contact")))
F_TARGET = T("Codes", "Record")
F_TEXT = T("Codes", "Addendum")
TEXT_LIMIT = 10_000

MSG_GONE = T("Errors", "The record to add to does not exist.")
MSG_DRAFT = T("Errors", "This record is still a draft: change it directly instead of adding "
              "an addendum.")


def _target(target_kind: str, target_id: int) -> tuple[Area, str, list[int]]:
    """The area, state and client(s) of the record an addendum is for."""
    if target_kind == "assessment":
        row = (Assessment.select(Assessment.kind, Assessment.state, Assessment.person)
               .where(Assessment.id == target_id).first())
        if row is None:
            return Area.ASSESSMENT, "", []
        return area_of(row.kind), row.state, [row.person_id]
    if target_kind == "contact":
        contact = (AftercareContact.select(Episode.person).join(AftercarePlan).join(Episode)
                   .where(AftercareContact.id == target_id).tuples().first())
        if contact is None:
            return Area.PROGRAM, "", []
        return Area.PROGRAM, "signed", [contact[0]]
    row = Note.select(Note.state, Note.episode).where(Note.id == target_id).first()
    if row is None:
        return Area.NOTES, "", []
    if row.episode_id is not None:
        persons = [Episode.get_by_id(row.episode_id).person_id]
    else:
        persons = [p for (p,) in (Episode.select(Episode.person).join(NoteAttendance)
                                  .where(NoteAttendance.note == target_id).tuples())]
    return Area.NOTES, row.state, persons


def add_addendum(actor: Staff, target_kind: str, target_id: int, text: str) -> int:
    """Add a dated, signed-by-``actor`` addendum to a signed assessment or note; returns its id."""
    target_kind = v.choice(target_kind, F_TARGET, TARGET_KINDS)
    area, state, persons = _target(target_kind, target_id)
    require(actor, area, Action.CORRECT)
    if not state:
        raise NotFound(MSG_GONE)
    if state != "signed":
        raise ValidationError(MSG_DRAFT)
    body = v.text(text, F_TEXT, limit=TEXT_LIMIT, required=True, multiline=True)
    with write_transaction():
        row = Addendum.create(target_kind=target_kind, target_id=target_id, staff=actor.id,
                              written_at=dt.datetime.now().replace(microsecond=0), text=body)
        for person_id in sorted(set(persons)):
            audit.record(actor, f"{target_kind}.addendum", target_kind, target_id,
                         person_id=person_id, addendum_id=row.id)
    return row.id
