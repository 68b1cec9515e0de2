"""Session notes: individual or group (one note, a roster of attendees).

A group note holds the shared text of the session and a short entry for each participant
present (:func:`write_entries`): what that person brought and how they took part. The
entries are signed with the note, and a person's record shows the shared text with their
own entry only (:func:`view_note` with ``person_id``), never what was written of the others.

A note is a draft until its author signs it; a signed note is locked and corrected only by
addenda (:mod:`models.care.addenda`). Reading notes needs the notes view right and is audited
once for every client the note is about, so each client's trail shows who read what.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

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

from models.care.assessment import AddendumRecord, addenda_of
from models.core import validation as v
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import ConflictError, NotFound, ValidationError
from models.db.connection import BaseModel, write_transaction
from models.intake.episode import Episode, get_episode
from models.people.flags import require_open
from models.people.person import Person
from models.safety import audit
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff

NOTE_KINDS = (("individual", T("Codes", "Individual session")),
              ("group", T("Codes", "Group session")))


class Note(BaseModel):
    """A counselling note. Individual notes name their episode; group notes have a roster."""

    id = AutoField()
    kind = CharField(max_length=16, choices=NOTE_KINDS, index=True)
    episode = ForeignKeyField(Episode, null=True, backref="notes", on_delete="RESTRICT")
    author = ForeignKeyField(Staff, backref="notes", on_delete="RESTRICT")
    session_on = DateField(index=True)
    topic = CharField(max_length=200, default="")
    body = TextField(default="")
    state = CharField(max_length=8, default="draft", index=True)  # draft / signed
    signed_at = DateTimeField(null=True)
    created_at = DateTimeField(default=dt.datetime.now)
    version = IntegerField(default=1)


class NoteAttendance(BaseModel):
    """One client on the roster of a group note."""

    id = AutoField()
    note = ForeignKeyField(Note, backref="attendance", on_delete="CASCADE")
    episode = ForeignKeyField(Episode, backref="attendance", on_delete="RESTRICT")
    present = BooleanField(default=True)
    entry = TextField(default="")  # this participant's own entry of a group session
    entry_signed_at = DateTimeField(null=True)  # signed with the note, by its author

    class Meta:
        indexes = ((("note", "episode"), True),)


# --- operations ---------------------------------------------------------------------------

F_KIND = T("Codes", "Kind of session")
F_SESSION_ON = T("Codes", "Session date")
F_TOPIC = T("Codes", "Topic")
F_BODY = T("Codes", "Note")
F_ROSTER = T("Codes", "Attendees")
F_REPORTED = T("Codes", "Date reported")
F_SEARCH = T("Codes", "Search text")
F_ENTRY = T("Codes", "Participant's entry")

MSG_GONE = T("Errors", "This note does not exist.")
MSG_LOCKED = T("Errors", "This note was signed on {date} and is locked. "
               "Add an addendum to correct it.")
MSG_INDIVIDUAL = T("Errors", "An individual note belongs to exactly one client's episode.")
MSG_GROUP = T("Errors", "A group note needs at least one attendee and no single episode.")
MSG_TWICE = T("Errors", "Episode {episode_no} is on the roster twice.")
MSG_NOT_AUTHOR = T("Errors", "Only {name}, who wrote this note, can sign it.")
MSG_CONFLICT = T("Errors", "Another desk changed this note since you opened it. "
                 "Your input is kept; review their change and save again.")
MSG_ENTRY_MISSING = T("Errors", "Write the entry of each participant present before signing; "
                      "still without one: {names}.")
MSG_NOT_ON_ROSTER = T("Errors", "This client is not on the roster of this group session.")
MSG_ENTRIES_GROUP = T("Errors", "Only a group note has an entry per participant.")
BODY_LIMIT = 20_000
ENTRY_LIMIT = 2_000


@dataclass(frozen=True)
class RosterEntry:
    episode_id: int
    person_id: int
    full_name: str
    present: bool
    entry: str = ""
    entry_signed_at: dt.datetime | None = None


@dataclass(frozen=True)
class NoteRecord:
    """A note as its screen shows it; ``episode_id`` is None for a group note."""

    id: int
    kind: str
    episode_id: int | None
    author_id: int
    author_name: str
    session_on: dt.date
    topic: str
    body: str
    state: str
    signed_at: dt.datetime | None
    version: int
    roster: tuple[RosterEntry, ...]
    addenda: tuple[AddendumRecord, ...]


@dataclass(frozen=True)
class NoteSummary:
    """A line of a client's list of notes."""

    id: int
    kind: str
    session_on: dt.date
    topic: str
    state: str
    author_name: str


def _clean_text(session_on: dt.date, topic: str, body: str, today: dt.date | None) -> dict:
    return {"session_on": v.past_date(session_on, F_SESSION_ON, today=today, required=True),
            "topic": v.text(topic, F_TOPIC, limit=200),
            "body": v.text(body, F_BODY, limit=BODY_LIMIT, multiline=True)}


def _check_roster(roster: Sequence[int], session_on: dt.date) -> list[Episode]:
    """The roster's episodes, each once, none reported after the session."""
    episodes: list[Episode] = []
    for episode_id in roster:
        episode = get_episode(episode_id)
        if any(e.id == episode.id for e in episodes):
            raise ValidationError(MSG_TWICE, field=F_ROSTER, episode_no=episode.episode_no)
        v.not_before(session_on, F_SESSION_ON, episode.reported_on, F_REPORTED)
        episodes.append(episode)
    return episodes


def _audit_each(actor: Staff, action: str, note_id: int, person_ids: Iterable[int],
                **detail: object) -> None:
    for person_id in sorted(set(person_ids)):
        audit.record(actor, action, "note", note_id, person_id=person_id, **detail)


def _persons_of(note_id: int) -> list[int]:
    """Every client a note is about: its episode's person, or each attendee."""
    single = (Episode.select(Episode.person).join(Note, on=(Note.episode == Episode.id))
              .where(Note.id == note_id))
    roster = (Episode.select(Episode.person).join(NoteAttendance)
              .where(NoteAttendance.note == note_id))
    return [row[0] for row in single.union(roster).tuples()]


def write_note(actor: Staff, kind: str, session_on: dt.date, topic: str, body: str, *,
               episode_id: int | None = None, roster: Sequence[int] = (),
               today: dt.date | None = None) -> int:
    """A new draft note: individual (``episode_id``) or group (``roster`` of episode ids)."""
    require(actor, Area.NOTES, Action.INPUT)
    kind = v.choice(kind, F_KIND, NOTE_KINDS)
    values = _clean_text(session_on, topic, body, today)
    if kind == "individual" and (episode_id is None or roster):
        raise ValidationError(MSG_INDIVIDUAL, field=F_ROSTER)
    if kind == "group" and (episode_id is not None or not roster):
        raise ValidationError(MSG_GROUP, field=F_ROSTER)
    with write_transaction():
        if kind == "individual":
            # episode_id is not None here: an individual note without one was refused above
            episodes = _check_roster([episode_id], values["session_on"])  # type: ignore[list-item]
        else:
            episodes = _check_roster(roster, values["session_on"])
        note = Note.create(kind=kind, episode=episode_id, author=actor.id, state="draft",
                           **values)
        if kind == "group":
            NoteAttendance.insert_many([{"note": note.id, "episode": e.id, "present": True}
                                        for e in episodes]).execute()
        _audit_each(actor, "note.create", note.id, (e.person_id for e in episodes),
                    kind=kind)
    return note.id


def _draft(note_id: int) -> Note:
    note = Note.get_or_none(Note.id == note_id)
    if note is None:
        raise NotFound(MSG_GONE)
    if note.state == "signed":
        raise ValidationError(MSG_LOCKED, date=note.signed_at.date() if note.signed_at else "")
    return note


def update_note(actor: Staff, note_id: int, expected_version: int, session_on: dt.date,
                topic: str, body: str, *, roster: Sequence[int] | None = None,
                today: dt.date | None = None) -> int:
    """Save over a draft note (and, for a group note, its roster); returns the new version."""
    require(actor, Area.NOTES, Action.INPUT)
    values = _clean_text(session_on, topic, body, today)
    with write_transaction():
        note = _draft(note_id)
        if roster is not None and note.kind != "group":
            raise ValidationError(MSG_INDIVIDUAL, field=F_ROSTER)
        if note.kind == "group" and roster is not None:
            if not roster:
                raise ValidationError(MSG_GROUP, field=F_ROSTER)
            episodes = _check_roster(roster, values["session_on"])
        elif note.kind == "individual":
            _check_roster([note.episode_id], values["session_on"])
        else:
            episodes = _check_roster([a.episode_id for a in note.attendance],
                                     values["session_on"])
        before = set(_persons_of(note_id))
        rows = (Note.update(version=Note.version + 1, **values)
                .where((Note.id == note_id) & (Note.version == expected_version)
                       & (Note.state == "draft"))
                .execute())
        if rows == 0:
            raise ConflictError(MSG_CONFLICT)
        if note.kind == "group" and roster is not None:
            kept = {a.episode_id: (a.present, a.entry) for a in note.attendance}
            NoteAttendance.delete().where(NoteAttendance.note == note_id).execute()
            NoteAttendance.insert_many([
                {"note": note_id, "episode": e.id, "present": kept.get(e.id, (True, ""))[0],
                 "entry": kept.get(e.id, (True, ""))[1]} for e in episodes]).execute()
        changed = sorted(k for k, val in values.items() if getattr(note, k) != val)
        _audit_each(actor, "note.update", note_id, before | set(_persons_of(note_id)),
                    fields=changed)
    return expected_version + 1


def sign_note(actor: Staff, note_id: int, expected_version: int | None = None) -> dt.datetime:
    """Sign and lock a draft; only its author signs, and an empty note is not signed.

    With ``expected_version`` the note is signed only as the author last saw it.
    """
    require(actor, Area.NOTES, Action.INPUT)
    now = dt.datetime.now().replace(microsecond=0)
    with write_transaction():
        note = _draft(note_id)
        if note.author_id != actor.id:
            raise ValidationError(MSG_NOT_AUTHOR, name=note.author.full_name)
        if not note.body.strip():
            raise ValidationError(v.MSG_REQUIRED, field=F_BODY)
        if note.kind == "group":
            missing = [name for name, in (
                NoteAttendance.select(Person.full_name).join(Episode).join(Person)
                .where((NoteAttendance.note == note_id) & NoteAttendance.present
                       & (NoteAttendance.entry == "")).order_by(Person.full_name).tuples())]
            if missing:
                raise ValidationError(MSG_ENTRY_MISSING, names=", ".join(missing))
            NoteAttendance.update(entry_signed_at=now).where(
                (NoteAttendance.note == note_id) & NoteAttendance.present).execute()
        version = note.version if expected_version is None else expected_version
        rows = (Note.update(state="signed", signed_at=now, version=Note.version + 1)
                .where((Note.id == note_id) & (Note.state == "draft")
                       & (Note.version == version)).execute())
        if rows == 0:
            raise ConflictError(MSG_CONFLICT)
        _audit_each(actor, "note.sign", note_id, _persons_of(note_id))
    return now


def write_entries(actor: Staff, note_id: int, expected_version: int,
                  entries: Mapping[int, str], absent: Iterable[int] = ()) -> int:
    """Write the participants' entries of a draft group note (episode id -> text) and mark
    who was absent (an absent participant has no entry); returns the new version."""
    require(actor, Area.NOTES, Action.INPUT)
    absent = set(absent)
    with write_transaction():
        note = _draft(note_id)
        if note.kind != "group":
            raise ValidationError(MSG_ENTRIES_GROUP)
        rows = {a.episode_id: a for a in note.attendance}
        names = dict(Episode.select(Episode.id, Person.full_name).join(Person)
                     .where(Episode.id.in_(list(rows) or [0])).tuples())
        clean: dict[int, str] = {}
        for episode_id in set(entries) | absent:
            if episode_id not in rows:
                raise ValidationError(MSG_NOT_ON_ROSTER, field=F_ROSTER)
        for episode_id, text in entries.items():
            clean[episode_id] = "" if episode_id in absent else v.text(
                text, F_ENTRY, limit=ENTRY_LIMIT, multiline=True)
        updated = (Note.update(version=Note.version + 1)
                   .where((Note.id == note_id) & (Note.version == expected_version)
                          & (Note.state == "draft")).execute())
        if updated == 0:
            raise ConflictError(MSG_CONFLICT)
        for episode_id, row in rows.items():
            present = episode_id not in absent
            entry = clean.get(episode_id, row.entry) if present else ""
            if (present, entry) != (row.present, row.entry):
                NoteAttendance.update(present=present, entry=entry).where(
                    NoteAttendance.id == row.id).execute()
                audit.record(actor, "note.entry", "note", note_id,
                             person_id=Episode.get_by_id(episode_id).person_id,
                             present=present, name=names.get(episode_id, ""))
    return expected_version + 1


def view_note(actor: Staff, note_id: int, person_id: int | None = None) -> NoteRecord:
    """Open a note with its roster and addenda; audited for every client it is about.

    From one client's record (``person_id``), a group note shows that client's own entry
    only: the entries of the others stay empty in the roster it returns. Its author still
    writing the draft sees every entry.
    """
    require(actor, Area.NOTES, Action.VIEW)
    note = Note.get_or_none(Note.id == note_id)
    if note is None:
        raise NotFound(MSG_GONE)
    if note.state == "draft" and note.author_id == actor.id:
        person_id = None
    roster = tuple(
        RosterEntry(episode_id, pid, name, present,
                    entry if person_id is None or pid == person_id else "",
                    signed if person_id is None or pid == person_id else None)
        for episode_id, pid, name, present, entry, signed in (
            NoteAttendance.select(NoteAttendance.episode, Person.id, Person.full_name,
                                  NoteAttendance.present, NoteAttendance.entry,
                                  NoteAttendance.entry_signed_at)
            .join(Episode).join(Person)
            .where(NoteAttendance.note == note_id)
            .order_by(Person.full_name, NoteAttendance.id).tuples()))
    with write_transaction():
        _audit_each(actor, "note.view", note_id, _persons_of(note_id))
    return NoteRecord(note.id, note.kind, note.episode_id, note.author_id,
                      note.author.full_name, note.session_on, note.topic, note.body,
                      note.state, note.signed_at, note.version, roster,
                      addenda_of("note", note.id))


def list_notes(actor: Staff, person_id: int, contains: str = "",
               limit: int = 500) -> list[NoteSummary]:
    """A client's notes, individual and group, newest first; ``contains`` searches the topic
    and the text (case does not matter). The list is audited on the client's trail."""
    require(actor, Area.NOTES, Action.VIEW)
    require_open(actor, person_id)  # a restricted record: its content stays hidden
    needle = v.text(contains, F_SEARCH, limit=200)
    own = Episode.select(Episode.id).where(Episode.person == person_id)
    attended = (NoteAttendance.select(NoteAttendance.note)
                .join(Episode).where(Episode.person == person_id))
    query = (Note.select(Note.id, Note.kind, Note.session_on, Note.topic, Note.state,
                         Staff.full_name)
             .join(Staff)
             .where(Note.episode.in_(own) | Note.id.in_(attended))
             .order_by(Note.session_on.desc(), Note.id.desc())
             .limit(limit))
    if needle:
        query = query.where(Note.topic.contains(needle) | Note.body.contains(needle))
    result = [NoteSummary(*row) for row in query.tuples()]
    with write_transaction():
        audit.record(actor, "note.search" if needle else "note.list", "person", person_id,
                     person_id=person_id, count=len(result))
    return result
