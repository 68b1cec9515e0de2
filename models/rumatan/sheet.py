"""The day's dispensing sheet as plain data, frozen for reports/dispensing_sheet.py: every
dose given on the day (who, what, how much, from which batch), the clients who did not
come, the stock movements and counts, and the nurse who signs it. Printing is audited.
Times and dates stay ``datetime``/``date`` values: the paper writes them (reports.dates)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from peewee import JOIN

from models.db.connection import write_transaction
from models.documents.issue import letterhead
from models.facility.facility import facility
from models.people.person import Person
from models.rumatan.dispense import ml_text
from models.rumatan.stock import day_lines
from models.rumatan.tables import (
    DOSE_KINDS,
    MEDICINES,
    Dose,
    DoseOrder,
    StockBatch,
    TakeHome,
    mg_text,
)
from models.rumatan.window import DUE, HELD, due_rows
from models.safety import audit
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff

KIND_WORDS = {"observed": "Diminum di tempat", "take_home": "Bawa pulang",
              "split": "Bagian kedua (terbagi)", "replacement": "Pengganti (muntah)"}
MEDICINE_WORDS = {"methadone": "Metadon", "buprenorphine": "Buprenorfin"}
_ = (DOSE_KINDS, MEDICINES)


def day_sheet(actor: Staff, day: dt.date) -> dict[str, Any]:
    """The payload of the sheet for ``day``, signed by ``actor`` (the nurse printing it)."""
    require(actor, Area.DISPENSING, Action.VIEW)
    fac = facility()
    approver = Staff.alias()
    rows = []
    for (reg, name, kind, amount, at, giver, batch, home, approved, reason, vomited,
         medicine, for_day, unit) in (
            Dose.select(Person.reg_no, Person.full_name, Dose.kind, Dose.amount_ug,
                        Dose.given_at, Staff.full_name, StockBatch.batch_no, TakeHome.count,
                        approver.full_name, Dose.reason, Dose.vomited_at, DoseOrder.medicine,
                        Dose.day, StockBatch.unit_ug)
            .join(Person, on=(Dose.person == Person.id))
            .switch(Dose).join(Staff, on=(Dose.given_by == Staff.id))
            .switch(Dose).join(StockBatch, on=(Dose.batch == StockBatch.id))
            .switch(Dose).join(DoseOrder, on=(Dose.order == DoseOrder.id))
            .switch(Dose).join(TakeHome, join_type=JOIN.LEFT_OUTER,
                               on=(Dose.take_home == TakeHome.id))
            .switch(Dose).join(approver, join_type=JOIN.LEFT_OUTER,
                               on=(Dose.approved_by == approver.id))
            .where(((Dose.day == day) & (Dose.kind != "take_home"))
                   | ((Dose.kind == "take_home") & (TakeHome.given_on == day)))
            .order_by(Dose.given_at, Dose.id).tuples()):
        note = []
        if home:
            for_day = for_day if isinstance(for_day, dt.date) else dt.date.fromisoformat(
                str(for_day)[:10])
        if reason:
            note.append(reason)
        if approved:
            note.append(f"disetujui {approved}")
        if vomited:
            note.append("dimuntahkan")
        rows.append({"reg_no": reg, "name": name, "kind": KIND_WORDS[kind],
                     "medicine": MEDICINE_WORDS[medicine],
                     "mg": mg_text(amount) + (f" ({ml_text(amount, unit)} ml)"
                                              if medicine == "methadone" else ""),
                     "given_at": at if isinstance(at, dt.datetime)
                     else dt.datetime.fromisoformat(str(at)),
                     "take_home_for": for_day if home else None, "take_home_days": home or 0,
                     "staff": giver, "batch": batch, "note": "; ".join(note)})
    due = due_rows(actor, day, audit_view=False)
    absent = [{"reg_no": r.reg_no, "name": r.name, "missed": r.missed,
               "held": r.status == HELD} for r in due if r.status in (DUE, HELD)]
    stock = [{"batch": s.batch_no, "medicine": MEDICINE_WORDS[s.medicine],
              "received": mg_text(s.received_ug), "dispensed": mg_text(s.dispensed_ug),
              "wasted": mg_text(s.wasted_ug), "balance": mg_text(s.balance_ug),
              "counted": "" if s.counted_ug is None else mg_text(s.counted_ug),
              "reason": s.reason} for s in day_lines(actor, day)]
    total = sum(1 for r in rows if r["kind"] != KIND_WORDS["take_home"])
    payload = {"facility": letterhead(fac) if fac else {"name_lines": []},
               "day": day.isoformat(), "rows": rows, "absent": absent, "stock": stock,
               "counts": {"clients": len(due), "observed": total,
                          "take_home": sum(1 for r in rows
                                           if r["kind"] == KIND_WORDS["take_home"]),
                          "not_come": len(absent)},
               "signer": {"name": actor.full_name, "nip": actor.nip or "",
                          "position": actor.position or ""},
               "printed_at": dt.datetime.now()}
    with write_transaction():
        audit.record(actor, "rumatan.sheet_print", "dose", None, day=day.isoformat(),
                     doses=len(rows))
    return payload
