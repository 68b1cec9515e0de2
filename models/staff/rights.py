"""The rights matrix: which role may view, input or correct what, checked on every act.

The facility head can change a member's rights (``StaffRight`` rows); a new member starts
with the defaults of their role. Checks read the rows each time, so a right taken away
takes effect at the next act, not the next sign-in.
"""
from __future__ import annotations

from enum import Enum

from models.core.errors import QT_TRANSLATE_NOOP, PermissionDenied
from models.db.connection import database
from models.staff.staff import Staff, StaffRight


class Area(str, Enum):
    """Parts of the record that rights are granted on."""

    IDENTITY = "identity"      # person, identity documents, family contacts
    EPISODE = "episode"        # intake data, consent, waiting list
    PROGRAM = "program"        # enrolment, phase moves, discharge, aftercare
    ASSESSMENT = "assessment"  # ASI, ASSIST, DAST-10, diagnoses
    NOTES = "notes"            # counselling session notes
    LAB = "lab"                # urine tests, physical exam
    DOCUMENT = "document"      # letters and certificates
    REPORT = "report"          # tallies, targets, BNBA exports
    ADMIN = "admin"            # staff, facility profile, settings, merges, templates
    RESTRICTED = "restricted"  # records marked restricted: open them, set or clear the mark
    DISPENSING = "dispensing"  # rumatan: give doses and keep the stock (correct: order doses)


class Action(str, Enum):
    VIEW = "view"
    INPUT = "input"
    CORRECT = "correct"


AREA_LABELS = {
    Area.IDENTITY: QT_TRANSLATE_NOOP("Codes", "identity data"),
    Area.EPISODE: QT_TRANSLATE_NOOP("Codes", "intake and episode data"),
    Area.PROGRAM: QT_TRANSLATE_NOOP("Codes", "program, discharge and aftercare"),
    Area.ASSESSMENT: QT_TRANSLATE_NOOP("Codes", "assessments and diagnoses"),
    Area.NOTES: QT_TRANSLATE_NOOP("Codes", "session notes"),
    Area.LAB: QT_TRANSLATE_NOOP("Codes", "urine tests and examinations"),
    Area.DOCUMENT: QT_TRANSLATE_NOOP("Codes", "letters and certificates"),
    Area.REPORT: QT_TRANSLATE_NOOP("Codes", "reports and tallies"),
    Area.ADMIN: QT_TRANSLATE_NOOP("Codes", "administration"),
    Area.RESTRICTED: QT_TRANSLATE_NOOP("Codes", "restricted records"),
    Area.DISPENSING: QT_TRANSLATE_NOOP("Codes", "rumatan doses and medicine stock"),
}

V, VI, VIC = "v", "vi", "vic"
#: Default rights per role: letters v(iew), i(nput), c(orrect); absent means none.
ROLE_DEFAULTS: dict[str, dict[Area, str]] = {
    "admin": {Area.IDENTITY: VIC, Area.EPISODE: VIC, Area.PROGRAM: V, Area.DOCUMENT: VIC,
              Area.REPORT: VIC, Area.ADMIN: VIC, Area.RESTRICTED: VIC},
    "intake": {Area.IDENTITY: VIC, Area.EPISODE: VIC, Area.PROGRAM: V, Area.DOCUMENT: VI},
    "counselor": {Area.IDENTITY: V, Area.EPISODE: VI, Area.PROGRAM: VIC, Area.ASSESSMENT: VIC,
                  Area.NOTES: VIC, Area.LAB: V, Area.DOCUMENT: VI},
    "doctor": {Area.IDENTITY: V, Area.EPISODE: V, Area.PROGRAM: V, Area.ASSESSMENT: VIC,
               Area.NOTES: V, Area.LAB: VIC, Area.DOCUMENT: VI, Area.RESTRICTED: V,
               Area.DISPENSING: VIC},
    "nurse": {Area.IDENTITY: V, Area.EPISODE: V, Area.PROGRAM: V, Area.LAB: VI,
              Area.DISPENSING: VI},
    "pharmacist": {Area.IDENTITY: V, Area.DISPENSING: VI},
}

MSG_DENIED = QT_TRANSLATE_NOOP(
    "Errors", "You do not have the right to {action} {area}. Ask the facility admin.")
MSG_INACTIVE = QT_TRANSLATE_NOOP("Errors", "This account has been deactivated.")
ACTION_WORDS = {
    Action.VIEW: QT_TRANSLATE_NOOP("Codes", "view"),
    Action.INPUT: QT_TRANSLATE_NOOP("Codes", "enter"),
    Action.CORRECT: QT_TRANSLATE_NOOP("Codes", "correct"),
}


def default_rows(staff_id: int, role: str) -> list[dict]:
    """The StaffRight rows a new member of ``role`` starts with."""
    rows = []
    for area, letters in ROLE_DEFAULTS[role].items():
        rows.append({"staff": staff_id, "area": area.value, "can_view": "v" in letters,
                     "can_input": "i" in letters, "can_correct": "c" in letters})
    return rows


def has_right(actor: Staff, area: Area, action: Action) -> bool:
    """Whether ``actor`` holds ``action`` on ``area`` right now (read from the database).

    Runs on every act, so the statement is written once here rather than built by the
    query builder each time (which cost ten times the query itself).
    """
    param = database.obj.param
    sql = (f'SELECT 1 FROM "{StaffRight._meta.table_name}" r '
           f'JOIN "{Staff._meta.table_name}" s ON s.id = r.staff_id '
           f"WHERE r.staff_id = {param} AND r.area = {param} AND r.can_{action.value} "
           f"AND s.active LIMIT 1")
    return database.execute_sql(sql, (actor.id, area.value)).fetchone() is not None


def require(actor: Staff | None, area: Area, action: Action) -> None:
    """Raise :class:`PermissionDenied` unless ``actor`` may do ``action`` on ``area``."""
    if actor is None:
        raise PermissionDenied(MSG_DENIED, action=ACTION_WORDS[action], area=AREA_LABELS[area])
    if not has_right(actor, area, action):
        if not Staff.select(Staff.active).where(Staff.id == actor.id).scalar():
            raise PermissionDenied(MSG_INACTIVE)
        raise PermissionDenied(MSG_DENIED, action=ACTION_WORDS[action], area=AREA_LABELS[area])
