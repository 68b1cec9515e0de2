"""Merging duplicate people (admin): the survivor takes over the other's records; undoable.

The merged record is kept, marked ``merged_into``, so its history stays readable and the
merge can be undone: :class:`PersonMerge` remembers exactly which rows moved.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import AutoField, DateTimeField, ForeignKeyField

from models import audit
from models.assessment import Assessment
from models.db import BaseModel, write_transaction
from models.document import Document
from models.episode import Episode
from models.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from models.fields import JSONTextField
from models.person import FamilyContact, Person
from models.rights import Action, Area, require
from models.staff import Staff
from models.urine import UrineTest

T = QT_TRANSLATE_NOOP
MSG_SAME = T("Errors", "Choose two different people to merge.")
MSG_ALREADY = T("Errors", "{name} was already merged into another record.")
MSG_OPEN_BOTH = T("Errors", "Both people have an open episode; close one before merging.")
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
