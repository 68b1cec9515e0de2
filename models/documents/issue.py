"""Issuing, reprinting and voiding documents: the register's three acts, all audited.

Issuing takes the number, freezes the content into a plain payload (letterhead, person,
what the paper says), signs the seal and stores all of it in one transaction. A reprint
hands back the stored payload untouched (the renderer marks it SALINAN); voiding keeps the
row and records who, when and why. The payload builders of each kind live in
:mod:`models.documents.letters` and :mod:`models.documents.skhpn`.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from peewee import JOIN, ModelAlias

from models.core import validation as v
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import NotFound, ValidationError
from models.db.connection import write_transaction
from models.documents.document import DOCUMENT_KINDS, Document, qr_text
from models.documents.numbering import allocate_number
from models.documents.rules import check_clinical_view, check_printable_holder, void_refusal
from models.facility.facility import Facility, facility, get_setting
from models.people.flags import require_open
from models.people.person import Person
from models.safety import audit
from models.seals.seal_check import b64, make_seal2, payload_digest
from models.seals.signing import check_field, desk_key
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff

F_VOID_REASON = T("Codes", "Reason for voiding")
F_NUMBER = T("Codes", "Document number")
MSG_NO_FACILITY = T("Errors", "The facility profile (letterhead) is not set up yet. Ask the "
                    "facility admin to fill it in first.")
MSG_DOC_GONE = T("Errors", "There is no document numbered {number}.")
MSG_ALREADY_VOID = T("Errors", "Document {number} was already voided on {date}.")
MSG_REASON_SHORT = T("Errors", "Write why the document is voided (at least 5 characters).")
PERSON_GONE = T("Errors", "This person's record does not exist.")

VOID_REASON_LIMIT = 500


@dataclass(frozen=True)
class IssuedDocument:
    """A register entry with everything a renderer or a register screen needs.

    Attributes:
        payload: the frozen content, exactly as printed the first time.
        qr: the QR text (seal and signature).
        issued_by: name of the staff member who issued it.
    """

    id: int
    number: str
    kind: str
    person_id: int | None
    episode_id: int | None
    issued_by: str
    issued_at: dt.datetime
    purpose: str
    result: str
    payload: dict[str, Any]
    qr: str
    voided_at: dt.datetime | None
    void_reason: str
    reprints: int


def letterhead(fac: Facility) -> dict[str, Any]:
    """The facility's letterhead as frozen into each payload (the logo is drawn from the
    profile at print time: a picture in every row would bloat the register)."""
    return {"name_lines": list(fac.name_lines or []), "address": fac.address or "",
            "phone": fac.phone or "", "email": fac.email or "", "website": fac.website or "",
            "code": fac.code, "city": fac.city or ""}


def full_address(p: Person) -> str:
    """Street, RT/RW, village, district and regency in the order Indonesian letters use."""
    parts = [p.address.strip()]
    if p.rt_rw:
        parts[0] = f"{parts[0]} RT/RW {p.rt_rw}".strip()
    if p.village:
        parts.append(p.village)
    if p.district:
        parts.append(f"Kec. {p.district}" if not p.district.lower().startswith("kec")
                     else p.district)
    if p.regency:
        parts.append(p.regency)
    return ", ".join(part for part in parts if part)


def identity(p: Person) -> dict[str, Any]:
    """The holder's identity as documents print it; refused (naming the character) when
    a name or address typed before input was checked holds a character the papers'
    font cannot draw: no paper shows an empty box in a name."""
    holder = {"name": p.full_name, "nik": p.nik or "", "id_type": p.id_type,
              "id_number": p.id_number or "", "reg_no": p.reg_no, "sex": p.sex,
              "birth_place": p.birth_place or "",
              "birth_date": p.birth_date.isoformat() if p.birth_date else "",
              "occupation": p.occupation or "", "address": full_address(p)}
    check_printable_holder(holder)
    return holder


def live_person(person_id: int) -> Person:
    person = Person.get_or_none(Person.id == person_id)
    if person is None or person.merged_into_id is not None:
        raise NotFound(PERSON_GONE)
    return person


def staff_block(member: Staff) -> dict[str, str]:
    return {"name": member.full_name, "position": member.position or "", "nip": member.nip or "",
            "sip": member.sip or ""}


def issue(actor: Staff, kind: str, *, person: Person | None, episode_id: int | None,
          content: dict[str, Any], status: str, on: dt.date, purpose: str = "",
          result: str = "", fee: int = 0, fee_waived: str = "",
          valid_until: dt.date | None = None) -> Document:
    """Number, freeze, sign and store one document; call inside a write transaction after
    the caller has checked the actor's rights for ``kind``.

    ``content`` is what the paper says besides the letterhead, the holder and the seal;
    ``status`` is the seal's result/status field; ``valid_until`` the last day the paper
    is valid (printed and sealed). The PULIH2 seal binds a digest of the whole payload.
    """
    v.choice(kind, F_NUMBER, DOCUMENT_KINDS)
    fac = facility()
    if fac is None:
        raise ValidationError(MSG_NO_FACILITY)
    now = dt.datetime.now().replace(microsecond=0)
    number, seq = allocate_number(kind, on, fac.code)
    name_line = (fac.name_lines or [fac.code])[-1]
    key_id, key = desk_key(actor, fac.code, name_line)
    holder = identity(person) if person is not None else None
    payload: dict[str, Any] = {
        "v": 1, "number": number, "kind": kind, "date": on.isoformat(), "place": fac.city or "",
        "facility": letterhead(fac),
        "head": {"name": fac.head_name or "", "position": fac.head_position or "",
                 "nip": fac.head_nip or ""},
        "issuer": staff_block(actor),
    }
    if holder is not None:
        payload["person"] = holder
    payload.update(content)
    from models.core.verification_address import PAYLOAD_KEY, SETTING_KEY
    address = get_setting(SETTING_KEY)
    if address:  # frozen: a reprint's QR opens the same page as the original's
        payload[PAYLOAD_KEY] = address
    if valid_until is not None:
        payload["valid_until"] = valid_until.isoformat()
    payload = json.loads(json.dumps(payload))  # exactly what the register will hand back
    seal_holder = None
    if holder is not None:
        seal_holder = {"name": holder["name"], "birth_date": holder["birth_date"],
                       "identity": holder["nik"] or holder["id_number"]}
    seal = make_seal2(check_field(number), kind, on.isoformat(), check_field(status),
                      check_field(fac.code), str(payload.get("valid_until") or ""),
                      seal_holder, payload_digest(payload), key_id)
    signature = b64(key.sign(seal.signed_text().encode("utf-8")))
    payload["seal"] = seal.as_dict()
    doc = Document.create(
        number=number, kind=kind, year=on.year, seq=seq,
        person=person.id if person is not None else None, episode=episode_id,
        issued_by=actor.id, issued_at=now, purpose=purpose[:32], result=result[:32], fee=fee,
        fee_waived=fee_waived[:200], payload=payload, signature=signature, key_id=key_id)
    audit.record(actor, "document.issue", "document", doc.id,
                 person_id=person.id if person is not None else None, number=number, kind=kind)
    return doc


def _record(doc: Document) -> IssuedDocument:
    return IssuedDocument(
        doc.id, doc.number, doc.kind, doc.person_id, doc.episode_id, doc.issued_by.full_name,
        doc.issued_at, doc.purpose, doc.result, doc.payload, qr_text(doc.payload, doc.signature),
        doc.voided_at, doc.void_reason, doc.reprints)


def view_document(actor: Staff, document_id: int) -> IssuedDocument:
    """One register entry with its frozen content (a view of personal data: audited)."""
    require(actor, Area.DOCUMENT, Action.VIEW)
    doc = Document.get_or_none(Document.id == document_id)
    if doc is None:
        raise NotFound(MSG_DOC_GONE, number=str(document_id))
    check_clinical_view(actor, doc.kind, doc.number, doc.payload)
    if doc.person_id is not None:
        require_open(actor, doc.person_id)  # a restricted record's papers stay hidden too
    with write_transaction():
        audit.record(actor, "document.view", "document", doc.id, person_id=doc.person_id,
                     number=doc.number)
    return _record(doc)


def reprint(actor: Staff, number: str,
            deliver: Callable[[IssuedDocument], None] | None = None) -> IssuedDocument:
    """The stored content of ``number`` for printing again (the renderer marks it SALINAN);
    counts the reprint and audits it. A voided document can be reprinted for the file: its
    ``voided_at`` tells the renderer to say so.

    ``deliver`` (e.g. render and write the file) runs inside the same transaction: when it
    fails (a full disk) the reprint is neither counted nor audited."""
    require(actor, Area.DOCUMENT, Action.VIEW)
    holder = (Document.select(Document.person)
              .where(Document.number == (number or "").strip()).scalar())
    if holder is not None:
        require_open(actor, holder)  # a restricted record's papers stay hidden too
    with write_transaction():
        doc = Document.get_or_none(Document.number == (number or "").strip())
        if doc is None:
            raise NotFound(MSG_DOC_GONE, number=(number or "")[:64])
        check_clinical_view(actor, doc.kind, doc.number, doc.payload)
        Document.update(reprints=Document.reprints + 1).where(Document.id == doc.id).execute()
        audit.record(actor, "document.reprint", "document", doc.id, person_id=doc.person_id,
                     number=doc.number, copy=doc.reprints + 1)
        doc.reprints += 1
        record = _record(doc)
        if deliver is not None:
            deliver(record)
    return record


def void_document(actor: Staff, document_id: int, reason: str,
                  now: dt.datetime | None = None) -> None:
    """Void an issued document with a reason; the row stays in the register and its QR
    then verifies as voided wherever this register is at hand. Who may void is
    :func:`models.documents.rules.void_refusal`'s rule (the doctor who signed an SKHPN may
    void their own)."""
    refusal = void_refusal(actor, document_id)
    if refusal is not None:
        raise refusal
    reason = v.text(reason, F_VOID_REASON, limit=VOID_REASON_LIMIT, required=True,
                    multiline=True)
    if len(reason) < 5:
        raise ValidationError(MSG_REASON_SHORT, field=F_VOID_REASON)
    now = (now or dt.datetime.now()).replace(microsecond=0)
    with write_transaction():
        doc = Document.get_or_none(Document.id == document_id)
        if doc is None:
            raise NotFound(MSG_DOC_GONE, number=str(document_id))
        if doc.voided_at is not None:
            raise ValidationError(MSG_ALREADY_VOID, number=doc.number,
                                  date=doc.voided_at.date().isoformat())
        rows = (Document.update(voided_at=now, voided_by=actor.id, void_reason=reason)
                .where((Document.id == document_id) & Document.voided_at.is_null()).execute())
        if rows != 1:
            raise ValidationError(MSG_ALREADY_VOID, number=doc.number, date=now.date().isoformat())
        audit.record(actor, "document.void", "document", doc.id, person_id=doc.person_id,
                     number=doc.number, reason=reason)


@dataclass(frozen=True)
class RegisterRow:
    """One line of the register screen."""

    id: int
    number: str
    kind: str
    issued_at: dt.datetime
    person_id: int | None
    person_name: str
    issued_by: str
    purpose: str
    result: str
    voided: bool


def search_register(actor: Staff, *, text: str = "", kind: str | None = None,
                    date_from: dt.date | None = None, date_to: dt.date | None = None,
                    voided: bool | None = None, limit: int = 200,
                    offset: int = 0) -> list[RegisterRow]:
    """Register entries, newest first: ``text`` matches the start of a number or a part of
    the holder's name; filters by kind, issue dates and voided state. A search is not a
    view of a record (the views of opened entries are audited)."""
    require(actor, Area.DOCUMENT, Action.VIEW)
    holder = ModelAlias(Person)  # Person.alias is a column (the person's alias)
    issuer = ModelAlias(Staff)
    query = (Document.select(Document.id, Document.number, Document.kind, Document.issued_at,
                             Document.person, holder.full_name, issuer.full_name,
                             Document.purpose, Document.result, Document.voided_at)
             .join(holder, on=(Document.person == holder.id), join_type=JOIN.LEFT_OUTER)
             .switch(Document).join(issuer, on=(Document.issued_by == issuer.id)))
    from models.people.search import search_text
    text = search_text(text)
    if text:
        query = query.where(Document.number.startswith(text)
                            | holder.full_name.contains(text))
    if kind:
        query = query.where(Document.kind == kind)
    if date_from:
        query = query.where(Document.issued_at >= dt.datetime.combine(date_from, dt.time()))
    if date_to:
        query = query.where(Document.issued_at < dt.datetime.combine(
            date_to + dt.timedelta(days=1), dt.time()))
    if voided is not None:
        query = query.where(Document.voided_at.is_null(not voided))
    query = (query.order_by(Document.issued_at.desc(), Document.id.desc())
             .limit(limit).offset(offset))
    return [RegisterRow(i, n, k, at, pid, name or "", by, purpose, result, void is not None)
            for i, n, k, at, pid, name, by, purpose, result, void in query.tuples()]
