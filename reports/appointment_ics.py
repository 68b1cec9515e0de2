"""An ``.ics`` file of a staff member's appointments, for their own calendar program.

The events name the kind of appointment and the client's initials only (a phone calendar
may be synced to a cloud service): never the full name, the facility's purpose or notes.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class IcsEvent:
    uid: str
    starts_at: dt.datetime
    minutes: int
    summary: str
    place: str
    cancelled: bool = False


def initials(name: str) -> str:
    """``Siti Rahmawati`` -> ``S.R.``"""
    return "".join(f"{part[0].upper()}." for part in name.split() if part[:1].isalpha())


def render_ics(events: Sequence[IcsEvent], *, stamp: dt.datetime | None = None) -> bytes:
    """A VCALENDAR with one VEVENT per appointment (local times, as the desk books them)."""
    from icalendar import Calendar, Event
    cal = Calendar()
    cal.add("prodid", "-//Pulih//Jadwal//ID")
    cal.add("version", "2.0")
    stamp = stamp or dt.datetime.now(dt.UTC).replace(microsecond=0)
    for item in events:
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", item.starts_at)
        event.add("dtend", item.starts_at + dt.timedelta(minutes=item.minutes))
        event.add("summary", item.summary)
        if item.place:
            event.add("location", item.place)
        if item.cancelled:
            event.add("status", "CANCELLED")
        cal.add_component(event)
    return cal.to_ical()
