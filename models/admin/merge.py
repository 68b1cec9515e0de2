"""Merging duplicate people (admin): the survivor takes over the other's records; undoable.

The merged record is kept, marked ``merged_into``, so its history stays readable and the
merge can be undone: :class:`PersonMerge` remembers exactly which rows moved.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, AutoField, DateTimeField, ForeignKeyField, ModelAlias, fn

from models.care.assessment import Assessment
from models.care.urine import UrineTest
from models.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from models.core.fields import JSONTextField
from models.db.connection import BaseModel, write_transaction
from models.documents.document import Document
from models.intake.episode import STATUSES, Episode
from models.people.person import FamilyContact, Person
from models.safety import audit
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff

T = QT_TRANSLATE_NOOP
MSG_SAME = T("Errors", "Choose two different people to merge.")
MSG_ALREADY = T("Errors", "{name} was already merged into another record.")
MSG_OPEN_BOTH = T("Errors", "Both people have an open episode; close one before merging (an "
                  "episode still in screening or on the waiting list: \"Not continuing...\" "
                  "on its Program tab).")
MSG_UNDONE = T("Errors", "This merge was already undone.")
MSG_LATER_MERGE = T("Errors", "A later merge involves these people; undo that one first.")
MSG_NO_MERGE = T("Errors", "This merge does not exist.")

#: Tables whose rows belong to a person and move with a merge: model, its person column.
OWNED = ((Episode, Episode.person), (FamilyContact, FamilyContact.person),
         (Assessment, Assessment.person), (UrineTest, UrineTest.person),
         (Document, Document.person))
OPEN_STATES = ("screening", "waiting", "in_program", "aftercare")


class PersonMerge(BaseModel):
    """One merge: which rows moved from ``merged`` to ``survivor``, and whether it was undone."""

    id = AutoField()
    survivor = ForeignKeyField(Person, backref="merges_in", on_delete="RESTRICT")
    merged = ForeignKeyField(Person, backref="merges_out", on_delete="RESTRICT")
    staff = ForeignKeyField(Staff, on_delete="RESTRICT")
    merged_at = DateTimeField(default=dt.datetime.now, index=True)
    moved = JSONTextField()  # table name -> list of ids
    undone_at = DateTimeField(null=True)
    undone_by = ForeignKeyField(Staff, null=True, on_delete="RESTRICT")


@dataclass(frozen=True)
class MergeResult:
    merge_id: int
    survivor_id: int
    merged_id: int
    moved: dict[str, list[int]]


def merge_persons(actor: Staff, survivor_id: int, merged_id: int) -> MergeResult:
    """Move every record of ``merged_id`` to ``survivor_id`` and mark it merged."""
    require(actor, Area.ADMIN, Action.CORRECT)
    if survivor_id == merged_id:
        raise ValidationError(MSG_SAME)
    with write_transaction():
        people = {p.id: p for p in Person.select().where(Person.id.in_([survivor_id, merged_id]))}
        if len(people) != 2:
            raise NotFound(T("Errors", "This person's record does not exist."))
        for person in people.values():
            if person.merged_into_id is not None:
                raise ValidationError(MSG_ALREADY, name=person.full_name)
        open_count = (Episode.select().where(Episode.person.in_([survivor_id, merged_id])
                                             & Episode.status.in_(OPEN_STATES))
                      .count())
        if open_count > 1:
            raise ValidationError(MSG_OPEN_BOTH)
        moved: dict[str, list[int]] = {}
        for model, column in OWNED:
            ids = [i for (i,) in model.select(model.id).where(column == merged_id)
                   .order_by(model.id).tuples()]
            if ids:
                model.update({column: survivor_id}).where(model.id.in_(ids)).execute()
            moved[model._meta.table_name] = ids
        now = dt.datetime.now()
        Person.update(merged_into=survivor_id, version=Person.version + 1, updated_at=now) \
            .where(Person.id == merged_id).execute()
        Person.update(version=Person.version + 1, updated_at=now) \
            .where(Person.id == survivor_id).execute()
        merge = PersonMerge.create(survivor=survivor_id, merged=merged_id, staff=actor.id,
                                   merged_at=now, moved=moved)
        for pid in (survivor_id, merged_id):
            audit.record(actor, "person.merge", "person_merge", merge.id, person_id=pid,
                         survivor=survivor_id, merged=merged_id,
                         moved={k: len(v) for k, v in moved.items()})
    return MergeResult(merge.id, survivor_id, merged_id, moved)


def undo_merge(actor: Staff, merge_id: int) -> None:
    """Give the merged person back exactly the rows the merge moved."""
    require(actor, Area.ADMIN, Action.CORRECT)
    with write_transaction():
        merge = PersonMerge.get_or_none(PersonMerge.id == merge_id)
        if merge is None:
            raise NotFound(MSG_NO_MERGE)
        if merge.undone_at is not None:
            raise ValidationError(MSG_UNDONE)
        pair = [merge.survivor_id, merge.merged_id]
        later = (PersonMerge.select().where((PersonMerge.id > merge_id)
                                            & PersonMerge.undone_at.is_null()
                                            & (PersonMerge.survivor.in_(pair)
                                               | PersonMerge.merged.in_(pair))).exists())
        if later:
            raise ValidationError(MSG_LATER_MERGE)
        by_table = {model._meta.table_name: (model, column) for model, column in OWNED}
        for table, ids in merge.moved.items():
            model, column = by_table[table]
            if ids:
                model.update({column: merge.merged_id}).where(
                    model.id.in_(ids) & (column == merge.survivor_id)).execute()
        now = dt.datetime.now()
        Person.update(merged_into=None, version=Person.version + 1, updated_at=now) \
            .where(Person.id == merge.merged_id).execute()
        Person.update(version=Person.version + 1, updated_at=now) \
            .where(Person.id == merge.survivor_id).execute()
        merge.undone_at, merge.undone_by = now, actor.id
        merge.save()
        for pid in pair:
            audit.record(actor, "person.merge_undo", "person_merge", merge.id, person_id=pid)


@dataclass(frozen=True)
class MergeRow:
    """One merge as the admin's list of merges shows it.

    Attributes:
        undone_by: the full name of whoever undid the merge ("" while it stands).
        blocked: True when a later merge that still stands involves one of the two people,
            so this one cannot be undone before that one.
    """

    merge_id: int
    merged_at: dt.datetime
    staff_name: str
    survivor_id: int
    survivor_reg_no: str
    survivor_name: str
    merged_id: int
    merged_reg_no: str
    merged_name: str
    moved_rows: int
    undone_at: dt.datetime | None
    undone_by: str
    blocked: bool


def list_merges(actor: Staff, limit: int = 100) -> list[MergeRow]:
    """The ``limit`` most recent merges, newest first (admins only)."""
    require(actor, Area.ADMIN, Action.VIEW)
    # ModelAlias, not Person.alias(): Person has a column called "alias".
    survivor, merged = ModelAlias(Person, "survivor"), ModelAlias(Person, "merged")
    by, undoer = ModelAlias(Staff, "by"), ModelAlias(Staff, "undoer")
    query = (PersonMerge
             .select(PersonMerge.id, PersonMerge.merged_at, by.full_name, survivor.id,
                     survivor.reg_no, survivor.full_name, merged.id, merged.reg_no,
                     merged.full_name, PersonMerge.moved, PersonMerge.undone_at,
                     undoer.full_name)
             .join_from(PersonMerge, survivor, on=(PersonMerge.survivor == survivor.id))
             .join_from(PersonMerge, merged, on=(PersonMerge.merged == merged.id))
             .join_from(PersonMerge, by, on=(PersonMerge.staff == by.id))
             .join_from(PersonMerge, undoer, on=(PersonMerge.undone_by == undoer.id),
                        join_type=JOIN.LEFT_OUTER)
             .order_by(PersonMerge.id.desc()).limit(max(1, min(int(limit), 1000))).tuples())
    rows: list[MergeRow] = []
    standing: set[int] = set()  # people in a newer merge that still stands
    for (mid, at, staff_name, sid, sreg, sname, oid, oreg, oname, moved, undone_at,
         undoer_name) in query:
        # Newest first, so every later merge was seen before this one: the same rule
        # as undo_merge, without a query per row.
        blocked = undone_at is None and bool({sid, oid} & standing)
        rows.append(MergeRow(mid, at, staff_name, sid, sreg, sname, oid, oreg, oname,
                             sum(len(ids) for ids in (moved or {}).values()), undone_at,
                             undoer_name or "", blocked))
        if undone_at is None:
            standing.update((sid, oid))
    return rows


@dataclass(frozen=True)
class MergeSide:
    """One of the two people an admin compares before a merge.

    Attributes:
        episodes: ``(status code, count)`` for every status that occurs, in status order.
        owned: ``(table name, count)`` of every kind of row a merge would move.
        merged_into: the survivor's id if this record was already merged away.
    """

    person_id: int
    reg_no: str
    full_name: str
    alias: str
    sex: str
    birth_place: str
    birth_date: dt.date | None
    id_type: str
    id_number: str
    address: str
    phone: str
    created_at: dt.datetime
    merged_into: int | None
    episodes: tuple[tuple[str, int], ...]
    owned: tuple[tuple[str, int], ...]

    @property
    def episode_count(self) -> int:
        return sum(count for _, count in self.episodes)


def merge_side(actor: Staff, person_id: int) -> MergeSide:
    """What an admin sees of one person while choosing which record survives.

    The look is audited as a view of the person's record.
    """
    require(actor, Area.ADMIN, Action.VIEW)
    person = Person.get_or_none(Person.id == person_id)
    if person is None:
        raise NotFound(T("Errors", "This person's record does not exist."))
    counts = dict(Episode.select(Episode.status, fn.COUNT(Episode.id))
                  .where(Episode.person == person_id).group_by(Episode.status).tuples())
    episodes = tuple((code, counts[code]) for code, _ in STATUSES if counts.get(code))
    owned = tuple((model._meta.table_name, model.select().where(column == person_id).count())
                  for model, column in OWNED)
    with write_transaction():
        audit.record(actor, "person.view", "person", person_id, person_id=person_id,
                     purpose="merge")
    return MergeSide(person.id, person.reg_no, person.full_name, person.alias, person.sex,
                     person.birth_place, person.birth_date, person.id_type,
                     person.nik or person.id_number, person.address, person.phone,
                     person.created_at, person.merged_into_id, episodes, owned)
