"""Minors and their guardians: who signs a minor's consent, and the reporting parent kept.

A person under 18 (:func:`models.core.age.is_minor`, on the day the consent is signed) does not
sign their own consent: a parent or guardian does, and that guardian is one of the person's
family contacts marked as guardian. The parent who reported the minor at intake is copied
into the family contacts automatically, so the desk never types them twice.
"""
from __future__ import annotations

import datetime as dt

from models.core import validation as v
from models.core.age import is_minor
from models.core.errors import QT_TRANSLATE_NOOP, ValidationError
from models.core.names import name_key
from models.people.person import RELATIONS, FamilyContact, Person
from models.safety import audit
from models.staff.staff import Staff

T = QT_TRANSLATE_NOOP
F_CONSENT_BY = T("Codes", "Signed by")
F_GUARDIAN_RELATION = T("Codes", "Guardian's relation")
MSG_MINOR_NEEDS_GUARDIAN = T(
    "Errors", "{name} is under 18 on {date}, so a parent or guardian signs the consent. "
    "Write the name of a family contact marked as guardian, or record the reporting parent "
    "or guardian at arrival.")
GUARDIAN_RELATIONS = ("father", "mother", "guardian", "sibling", "other")


def _same_name(a: str, b: str) -> bool:
    return (name_key(a) or a.casefold().strip()) == (name_key(b) or b.casefold().strip())


def guardian_contact(person_id: int, name: str) -> FamilyContact | None:
    """The person's family contact marked as guardian whose name is ``name``."""
    if not name.strip():
        return None
    for contact in FamilyContact.select().where((FamilyContact.person == person_id)
                                                & (FamilyContact.is_guardian == True)):  # noqa: E712
        if _same_name(contact.name, name):
            return contact
    return None


def check_minor_consent(person: Person, signed_by_name: str, signed_on: dt.date) -> None:
    """Refuse a minor's consent that no guardian on file signs (call inside the write)."""
    if not is_minor(person.birth_date, signed_on):
        return
    if guardian_contact(person.id, signed_by_name) is None:
        raise ValidationError(MSG_MINOR_NEEDS_GUARDIAN, field=F_CONSENT_BY,
                              name=person.full_name, date=signed_on.strftime("%d-%m-%Y"))


def keep_reporting_guardian(actor: Staff, person_id: int, name: str, phone: str,
                            relation: str) -> int | None:
    """Copy a minor's reporting parent or guardian into the family contacts, marked as
    guardian (once: a contact of the same name is marked instead). Returns the contact id."""
    name = v.text(name, F_CONSENT_BY, limit=200, printed=True)
    if not name:
        return None
    relation = v.choice(relation or "guardian", F_GUARDIAN_RELATION, RELATIONS)
    for contact in FamilyContact.select().where(FamilyContact.person == person_id):
        if _same_name(contact.name, name):
            if not contact.is_guardian:
                FamilyContact.update(is_guardian=True).where(
                    FamilyContact.id == contact.id).execute()
                audit.record(actor, "contact.guardian", "family_contact", contact.id,
                             person_id=person_id)
            return contact.id
    contact = FamilyContact.create(person=person_id, relation=relation, name=name,
                                   phone=v.phone(phone, F_CONSENT_BY), is_guardian=True)
    audit.record(actor, "contact.create", "family_contact", contact.id, person_id=person_id,
                 from_reporter=True)
    return contact.id


def consent_guardian(person_id: int, signed_by_name: str) -> dict[str, str] | None:
    """Name and relation code of the guardian who signed, for a printed consent."""
    contact = guardian_contact(person_id, signed_by_name)
    if contact is None:
        return None
    return {"name": contact.name, "relation": contact.relation}
