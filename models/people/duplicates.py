"""People who may already be on file: candidates shown while typing, and the likely
duplicates (a similar name with the same birth date) that a registration must decide about.

The decision itself ("this is a different person") is recorded by
:func:`models.people.registry.register_person` in the audit trail.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher

from models.core import validation as v
from models.core.errors import QT_TRANSLATE_NOOP, ValidationError
from models.core.names import compact_key
from models.people.person import Person
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff

T = QT_TRANSLATE_NOOP
F_NAME = T("Codes", "Full name")
F_PHONE = T("Codes", "Phone")
MSG_LIKELY_DUPLICATE = T(
    "Errors", "{name} ({reg_no}) has a similar name and the same date of birth: this may be the "
    "same person. Open that record, or confirm that this is a different person.")


@dataclass(frozen=True)
class DuplicateCandidate:
    """A person already on file who may be the one being registered."""

    person_id: int
    reg_no: str
    full_name: str
    birth_date: dt.date | None
    reasons: tuple[str, ...]  # "nik", "name_birth_date", "phone"


REASON_LABELS = {"nik": T("Codes", "same NIK"),
                 "name_birth_date": T("Codes", "similar name, same date of birth"),
                 "phone": T("Codes", "same phone number")}


_NUMBERS = re.compile(r"\d+")


def names_similar(a: str, b: str) -> bool:
    """True for spelling variants of one name (after normalising): Nurhayati / Nur Hayati."""
    ka, kb = compact_key(a), compact_key(b)
    if not ka or not kb:
        return False
    if ka == kb or ka.startswith(kb) or kb.startswith(ka):
        return True
    return SequenceMatcher(None, ka, kb).ratio() >= 0.85


def duplicate_candidates(actor: Staff, *, nik: str = "", full_name: str = "",
                         birth_date: dt.date | None = None, phone: str = "",
                         exclude_id: int | None = None, limit: int = 20
                         ) -> list[DuplicateCandidate]:
    """People who may already be the person being typed: same NIK; a similar name with the
    same birth date; the same phone. Every lookup uses an index."""
    require(actor, Area.IDENTITY, Action.VIEW)
    found: dict[int, tuple[Person, set[str]]] = {}

    def add(rows: Iterable[Person], reason: str) -> None:
        for person in rows:
            if person.id != exclude_id:
                found.setdefault(person.id, (person, set()))[1].add(reason)

    cols = (Person.id, Person.reg_no, Person.full_name, Person.birth_date)
    live = Person.merged_into.is_null()
    digits = "".join(ch for ch in nik if ch.isdigit())
    if len(digits) == 16:
        add(Person.select(*cols).where((Person.nik == digits) & live).limit(limit), "nik")
    if birth_date is not None and full_name.strip():
        same_day = Person.select(*cols).where((Person.birth_date == birth_date) & live)
        add((p for p in same_day.limit(500) if names_similar(p.full_name, full_name)),
            "name_birth_date")
    if phone.strip():
        try:
            number = v.phone(phone, F_PHONE)
        except ValidationError:
            number = ""
        if number:
            add(Person.select(*cols).where((Person.phone == number) & live).limit(limit), "phone")
    order = {"nik": 0, "name_birth_date": 1, "phone": 2}
    result = [DuplicateCandidate(p.id, p.reg_no, p.full_name, p.birth_date,
                                 tuple(sorted(reasons, key=lambda r: order[r])))
              for p, reasons in found.values()]
    result.sort(key=lambda c: (order[c.reasons[0]], -len(c.reasons), c.full_name))
    return result[:limit]


class LikelyDuplicate(ValidationError):
    """Someone on file may be this person; saving needs an explicit decision.

    Attributes:
        candidates: the people on file to show side by side (their ids in ``ids``).
    """

    def __init__(self, candidates: list[DuplicateCandidate]) -> None:
        first = candidates[0]
        super().__init__(MSG_LIKELY_DUPLICATE, field=F_NAME, name=first.full_name,
                         reg_no=first.reg_no, count=len(candidates))
        self.candidates = tuple(candidates)

    @property
    def ids(self) -> tuple[int, ...]:
        return tuple(c.person_id for c in self.candidates)


def likely_duplicates(full_name: str, birth_date: dt.date | None,
                      exclude_id: int | None = None) -> list[DuplicateCandidate]:
    """People on file with a similar name and the same birth date: likely the same person
    (a shared phone is only a hint: families share phones)."""
    if birth_date is None or not full_name.strip():
        return []
    cols = (Person.id, Person.reg_no, Person.full_name, Person.birth_date)
    rows = (Person.select(*cols)
            .where((Person.birth_date == birth_date) & Person.merged_into.is_null())
            .limit(500))
    numbers = _NUMBERS.findall(full_name)
    # Names that differ in their numbers ("Klien 1", "Klien 2") are labels, not spellings;
    # compared as whole numbers, so "Meja 1 Nomor 10" and "Meja 11 Nomor 0" differ too.
    return [DuplicateCandidate(p.id, p.reg_no, p.full_name, p.birth_date, ("name_birth_date",))
            for p in rows if p.id != exclude_id and names_similar(p.full_name, full_name)
            and _NUMBERS.findall(p.full_name) == numbers]


def check_duplicates_decided(values: dict, different_from: tuple[int, ...]) -> None:
    """Refuse to register a likely duplicate unless the desk decided it is another person."""
    undecided = [c for c in likely_duplicates(values["full_name"], values["birth_date"])
                 if c.person_id not in set(different_from)]
    if undecided:
        raise LikelyDuplicate(undecided)
