"""The appointment slip handed to a client: the day, time and place of the next
appointments, on a small page with no letterhead.

The slip says nothing of what the appointments are for: no facility name (a letterhead names
the purpose), no kind of appointment. The texts it prints come from the payload, which
:mod:`models.appointments.reminders` has checked for words that name the purpose.
"""
from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass, field

from reports.dates import clock, day_name, long_date
from reports.letterhead import MM, P, esc, styles

TITLE = "KARTU JANJI TEMU"
#: A6, the size of a hand-held card.
PAGE = (105 * MM, 148 * MM)


@dataclass(frozen=True)
class SlipVisit:
    starts_at: dt.datetime
    minutes: int
    place: str


@dataclass(frozen=True)
class SlipData:
    """What the slip shows; ``holder`` is the client's name, ``phone`` whom to call."""

    holder: str
    visits: Sequence[SlipVisit]
    phone: str = ""
    note: str = ""
    printed_on: dt.date = field(default_factory=dt.date.today)


def render_slip(data: SlipData, *, invariant: bool = False) -> bytes:
    """The slip as PDF bytes (``invariant`` for byte-identical output in tests)."""
    from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle
    styles()
    rows = [[P("<b>Hari, tanggal</b>", "small"), P("<b>Jam</b>", "small"),
             P("<b>Tempat</b>", "small")]]
    for visit in data.visits:
        rows.append([P(esc(f"{day_name(visit.starts_at.date())}, "
                           f"{long_date(visit.starts_at.date())}"), "small"),
                     P(esc(clock(visit.starts_at, ".")), "small"),
                     P(esc(visit.place or "-"), "small")])
    table = Table(rows, colWidths=[42 * MM, 14 * MM, 29 * MM], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0.4, 0.4, 0.4)),
                               ("BACKGROUND", (0, 0), (-1, 0), (0.92, 0.92, 0.92)),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [P(TITLE, "title"), Spacer(1, 3 * MM),
             P(f"Nama: <b>{esc(data.holder)}</b>"), Spacer(1, 3 * MM), table,
             Spacer(1, 4 * MM)]
    if data.phone:
        story.append(P(esc(f"Bila berhalangan hadir, mohon kabari kami di {data.phone}."),
                       "small"))
    if data.note:
        story.append(P(esc(data.note), "small"))
    story.append(Spacer(1, 3 * MM))
    story.append(P(esc(f"Dicetak {long_date(data.printed_on)}. Bawa kartu ini saat datang."),
                   "small"))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=PAGE, leftMargin=10 * MM, rightMargin=10 * MM,
                            topMargin=10 * MM, bottomMargin=10 * MM, title=TITLE,
                            author="", subject="", creator="", invariant=int(invariant))
    doc.build(story)
    return buf.getvalue()
