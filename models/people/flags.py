"""Flags on a person's record: alerts that matter at a glance, and the *restricted* mark.

A flag is a short sentence of one kind: a clinical alert (a safety risk, an allergy), a legal
one (a court order, a legal hold), an administrative one (a debt, a transfer pending), or the
restricted mark, which hides the record's content from anyone without the right to
restricted records (:data:`models.staff.rights.Area.RESTRICTED`). Who may set and clear a kind is
the right of its area below; every set and clear is audited, and a cleared flag keeps who
cleared it, when and why.

The restricted mark is enforced here, in models/: every function that reads a record's
content calls :func:`require_open` first, so a screen that forgot to hide a tab still
gets nothing.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import AutoField, CharField, DateTimeField, ForeignKeyField

from models.core import validation as v
from models.core.errors import QT_TRANSLATE_NOOP, NotFound, PermissionDenied
from models.db.connection import BaseModel, write_transaction
from models.people.person import Person
from models.safety import audit
from models.staff.rights import Action, Area, has_right, require
from models.staff.staff import Staff

T = QT_TRANSLATE_NOOP
CLINICAL, LEGAL, ADMINISTRATIVE, RESTRICTED = "clinical", "legal", "administrative", "restricted"
KINDS: tuple[tuple[str, str], ...] = (
    (CLINICAL, T("Codes", "Clinical alert")),
    (LEGAL, T("Codes", "Legal alert")),
    (ADMINISTRATIVE, T("Codes", "Administrative alert")),
    (RESTRICTED, T("Codes", "Restricted record")),
)
#: The area whose input right sets and clears each kind.
KIND_AREAS: dict[str, Area] = {CLINICAL: Area.ASSESSMENT, LEGAL: Area.EPISODE,
                               ADMINISTRATIVE: Area.IDENTITY, RESTRICTED: Area.RESTRICTED}
F_KIND = T("Codes", "Kind of flag")
F_TEXT = T("Codes", "What the flag says")
F_CLEAR_REASON = T("Codes", "Why the flag is cleared")
MSG_RESTRICTED = T("Errors", "This record is restricted: only staff with the right to "
                   "restricted records may see its content. Ask the facility admin.")
MSG_NO_FLAG = T("Errors", "That flag does not exist or was already cleared.")


class PersonFlag(BaseModel):
    """One flag on a person's record; active while ``cleared_at`` is empty."""

    id = AutoField()
    person = ForeignKeyField(Person, backref="flags", on_delete="CASCADE")
    kind = CharField(max_length=16, choices=KINDS)
    text = CharField(max_length=300)
    set_by = ForeignKeyField(Staff, on_delete="RESTRICT")
    set_at = DateTimeField()
    cleared_by = ForeignKeyField(Staff, null=True, on_delete="RESTRICT")
    cleared_at = DateTimeField(null=True)
    clear_reason = CharField(max_length=300, default="")

    class Meta:
        table_name = "person_flag"
        indexes = ((("person", "cleared_at"), False),)


@dataclass(frozen=True)
class Flag:
    """An active flag as the record's header shows it."""

    id: int
    kind: str
    text: str
    set_by: str
    set_at: dt.datetime
    may_clear: bool  # whether the asking member holds the right to clear it


def is_restricted(person_id: int) -> bool:
    """Whether ``person_id`` carries an active restricted mark."""
    return (PersonFlag.select().where(PersonFlag.person == person_id,
                                      PersonFlag.kind == RESTRICTED,
                                      PersonFlag.cleared_at.is_null()).exists())


def may_open(actor: Staff, person_id: int) -> bool:
    """Whether ``actor`` may see the content of ``person_id``'s record."""
    return not is_restricted(person_id) or has_right(actor, Area.RESTRICTED, Action.VIEW)


def require_open(actor: Staff, person_id: int) -> None:
    """Raise :class:`PermissionDenied` (and audit the refusal) when the record is restricted
    and ``actor`` lacks the right to restricted records."""
    if may_open(actor, person_id):
        return
    with write_transaction():
        audit.record(actor, "person.restricted_refused", "person", person_id,
                     person_id=person_id)
    raise PermissionDenied(MSG_RESTRICTED)


def active_flags(actor: Staff, person_id: int) -> list[Flag]:
    """The record's active flags, restricted mark first, then newest first. Anyone who may
    see the person's identity sees the flags: they are warnings for whoever meets them."""
    require(actor, Area.IDENTITY, Action.VIEW)
    rows = (PersonFlag.select(PersonFlag.id, PersonFlag.kind, PersonFlag.text,
                              Staff.full_name, PersonFlag.set_at)
            .join(Staff, on=(PersonFlag.set_by == Staff.id))
            .where(PersonFlag.person == person_id, PersonFlag.cleared_at.is_null())
            .order_by(PersonFlag.set_at.desc(), PersonFlag.id.desc()).tuples())
    flags = [Flag(fid, kind, text, name, at,
                  has_right(actor, KIND_AREAS[kind], Action.INPUT))
             for fid, kind, text, name, at in rows]
    return sorted(flags, key=lambda f: f.kind != RESTRICTED)  # stable: newest first within


def set_flag(actor: Staff, person_id: int, kind: str, text: str) -> int:
    """Put a flag on the record; the right is that of the kind's area (see KIND_AREAS)."""
    kind = v.choice(kind, F_KIND, KINDS)
    require(actor, KIND_AREAS[kind], Action.INPUT)
    text = v.text(text, F_TEXT, limit=300, required=True)
    with write_transaction():
        if not Person.select().where(Person.id == person_id).exists():
            raise NotFound(T("Errors", "This person does not exist."))
        flag = PersonFlag.create(person=person_id, kind=kind, text=text, set_by=actor.id,
                                 set_at=dt.datetime.now().replace(microsecond=0))
        audit.record(actor, "flag.set", "person_flag", flag.id, person_id=person_id,
                     kind=kind)
    return flag.id


def clear_flag(actor: Staff, flag_id: int, reason: str) -> None:
    """Clear an active flag, saying why; audited."""
    flag = PersonFlag.get_or_none(PersonFlag.id == flag_id)
    if flag is None or flag.cleared_at is not None:
        raise NotFound(MSG_NO_FLAG)
    require(actor, KIND_AREAS[flag.kind], Action.INPUT)
    reason = v.text(reason, F_CLEAR_REASON, limit=300, required=True)
    with write_transaction():
        changed = (PersonFlag.update(cleared_by=actor.id, clear_reason=reason,
                                     cleared_at=dt.datetime.now().replace(microsecond=0))
                   .where(PersonFlag.id == flag_id, PersonFlag.cleared_at.is_null()).execute())
        if not changed:
            raise NotFound(MSG_NO_FLAG)
        audit.record(actor, "flag.clear", "person_flag", flag_id, person_id=flag.person_id,
                     kind=flag.kind)
