"""The missed-visit job: appointments not marked by the end of their day become *missed*.

It runs as Beranda or the Jadwal page opens (and can run any time): nothing is deleted, and
running it again changes nothing. One audit event records each run that changed something.
"""
from __future__ import annotations

import datetime as dt

from models.appointments.appointment import Appointment, AppointmentAttendee
from models.db.connection import write_transaction
from models.safety import audit
from models.staff.staff import Staff


def missed_job(today: dt.date | None = None, actor: Staff | None = None) -> int:
    """Every appointment still *scheduled* after the end of its day becomes *missed*
    (nothing is deleted). Running it again changes nothing. Returns how many changed."""
    cutoff = dt.datetime.combine(today or dt.date.today(), dt.time.min)
    with write_transaction():
        ids = [i for (i,) in Appointment.select(Appointment.id).where(
            Appointment.status == "scheduled", Appointment.starts_at < cutoff).tuples()]
        if not ids:
            return 0
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            Appointment.update(status="missed", status_at=dt.datetime.now(),
                               status_reason="not marked by the end of its day",
                               version=Appointment.version + 1).where(
                Appointment.id.in_(chunk), Appointment.status == "scheduled").execute()
            AppointmentAttendee.update(status="missed").where(
                AppointmentAttendee.appointment.in_(chunk),
                AppointmentAttendee.status == "scheduled").execute()
        audit.record(actor, "appointment.missed_job", "appointment", None, None,
                     count=len(ids), before=cutoff.date().isoformat(),
                     first=ids[0], last=ids[-1])
    return len(ids)
