"""Kartu Lapor Diri: an ID-1 card (85.6 x 54 mm), front and back side by side on A4 with
cut marks and a fold line, or alone on a card-sized page for a card printer.

Text that is too long for its box is set smaller, down to a legible minimum, and then
wrapped: a card has no room to grow, so nothing may run past its edge.
"""
from __future__ import annotations

import io
from typing import Any

from reports.dates import long_date
from reports.holder import PrintOptions, birth_text
from reports.labels_id import ID_TYPES, SEX, label
from reports.letterhead import (
    BOLD,
    FONT,
    MM,
    STAMP_RED,
    Marks,
    draw_marks,
    esc,
    nip_text,
    qr_hint,
    register_fonts,
)
from reports.photo import photo_reader
from reports.qr import draw_qr

CARD_W, CARD_H = 85.6 * MM, 54 * MM
PAD = 3 * MM
MIN_FONT = 5.0


def fit_paragraph(text: str, width: float, height: float, size: float, bold: bool = False,
                  floor: float = MIN_FONT) -> Any:
    """A paragraph of escaped ``text`` set as large as fits ``width`` x ``height`` (at most
    ``size`` points, at least ``floor``)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph
    while True:
        style = ParagraphStyle("fit", fontName=BOLD if bold else FONT, fontSize=size,
                               leading=size * 1.18, splitLongWords=1)
        para = Paragraph(text, style)
        _w, h = para.wrap(width, height)
        if h <= height or size <= floor:
            return para
        size -= 0.5


def _put(canvas: Any, text: str, x: float, top: float, width: float, height: float,
         size: float, bold: bool = False) -> None:
    para = fit_paragraph(text, width, height, size, bold)
    _w, h = para.wrap(width, height)
    para.drawOn(canvas, x, top - min(h, height))


def draw_front(canvas: Any, payload: dict[str, Any], x: float, y: float) -> None:
    """The front: facility, title, number, photo slot, the holder and the dates."""
    person = payload.get("person") or {}
    facility = payload.get("facility") or {}
    lines = facility.get("name_lines") or []
    canvas.saveState()
    canvas.setFillColorRGB(0.11, 0.32, 0.55)
    canvas.rect(x, y + CARD_H - 11 * MM, CARD_W, 11 * MM, stroke=0, fill=1)
    canvas.restoreState()
    top = y + CARD_H - 1.2 * MM
    _put(canvas, f'<font color="white">{esc(" ".join(lines[-1:]).upper())}</font>',
         x + PAD, top, CARD_W - 2 * PAD, 4.6 * MM, 7, bold=True)
    _put(canvas, '<font color="white">KARTU LAPOR DIRI</font>', x + PAD, top - 5 * MM,
         CARD_W - 2 * PAD, 4.2 * MM, 9, bold=True)
    # photo slot, 2 x 2.6 cm
    px, pw, ph = x + PAD, 20 * MM, 26 * MM
    py = y + PAD + 4 * MM
    photo = photo_reader(payload)
    if photo is not None:  # the sealed photo, 3:4, centred in the slot
        iw = ph * 3 / 4
        canvas.drawImage(photo, px + (pw - iw) / 2, py, iw, ph)
    else:
        canvas.saveState()
        canvas.setDash(2, 2)
        canvas.setLineWidth(0.5)
        canvas.rect(px, py, pw, ph)
        canvas.restoreState()
        canvas.setFont(FONT, 5.5)
        canvas.drawCentredString(px + pw / 2, py + ph / 2, "Pas foto 2 x 3")
    tx = px + pw + 2.5 * MM
    tw = x + CARD_W - PAD - tx
    id_type = person.get("id_type") or "nik"
    # (label, value, height in mm, may grow): who the holder is, as on their identity card,
    # then the card's own dates; an unknown fact is left out, never printed as "-". A long
    # name or address takes the room the others leave, in a smaller size.
    rows = [(n, v, h, grow) for n, v, h, grow in (
        ("Nomor", payload.get("number", ""), 3.0, False),
        ("Nama", person.get("name", ""), 3.0, True),
        (label(ID_TYPES, id_type), person.get("nik") or person.get("id_number") or "", 3.0,
         False),
        ("Lahir", birth_text(person), 3.0, False),
        ("Jenis kelamin", label(SEX, person.get("sex")) if person.get("sex") else "", 3.0,
         False),
        ("Alamat", person.get("address") or "", 3.0, True),
        ("Tanggal lapor", long_date(payload.get("reported_on")), 3.0, False),
        ("Berlaku s.d.", long_date(payload.get("valid_until")), 3.0, False)) if v]
    gap, bottom = 0.4 * MM, y + PAD + 3.2 * MM
    cursor = y + CARD_H - 12.2 * MM
    canvas.saveState()
    clip = canvas.beginPath()
    clip.rect(tx, bottom, x + CARD_W - tx, cursor - bottom)
    canvas.clipPath(clip, stroke=0, fill=0)
    for i, (name, value, h, grow) in enumerate(rows):
        later = sum(r[2] * MM + gap for r in rows[i + 1:])
        room = h * MM
        if grow:  # the name may take half of what is free, the address all that is left
            free = cursor - bottom - later
            room = max(room, free / 2 if name == "Nama" else free)
        canvas.setFont(FONT, 4.6)
        canvas.setFillGray(0.35)
        canvas.drawString(tx, cursor - 1.6 * MM, name)
        canvas.setFillGray(0)
        para = fit_paragraph(esc(value), tw - 13 * MM, room, 6.8 if name == "Nama" else 6.0,
                             bold=name == "Nama", floor=3.5 if grow else MIN_FONT)
        _w, used = para.wrap(tw - 13 * MM, room)
        para.drawOn(canvas, tx + 13 * MM, cursor - used)
        cursor -= max(used, h * MM) + gap
    canvas.restoreState()
    _put(canvas, esc(f"IPWL: {' '.join(lines[-1:])}"), x + PAD, y + PAD + 2.6 * MM,
         CARD_W - 2 * PAD, 2.8 * MM, 5.5)


def draw_back(canvas: Any, payload: dict[str, Any], qr: str, x: float, y: float) -> None:
    """The back: the QR, what the card means, and the signature."""
    head = payload.get("head") or {}
    qr_size = 27 * MM
    if qr:
        draw_qr(canvas, qr, x + PAD - 1 * MM, y + CARD_H - PAD - qr_size + 1 * MM, qr_size)
    tx = x + PAD + qr_size + 1 * MM
    tw = x + CARD_W - PAD - tx
    _put(canvas, "Kartu ini adalah bukti bahwa pemegangnya telah melaksanakan wajib lapor "
         "pecandu narkotika (PP 25/2011) di IPWL tersebut. Bawalah kartu ini setiap kali "
         f"datang. {qr_hint(qr)}.",
         tx, y + CARD_H - PAD, tw, 20 * MM, 5.6)
    place_date = f"{payload.get('place', '')}, {long_date(payload.get('date'))}"
    _put(canvas, esc(place_date), x + PAD, y + 20 * MM, CARD_W - 2 * PAD, 3 * MM, 5.8)
    _put(canvas, esc(f"{head.get('position') or 'Kepala'},"), x + PAD, y + 17 * MM,
         CARD_W - 2 * PAD, 3 * MM, 5.8)
    _put(canvas, f"<u>{esc(head.get('name'))}</u>", x + PAD, y + 7.6 * MM,
         CARD_W - 2 * PAD, 3.4 * MM, 6.2, bold=True)
    if head.get("nip"):
        _put(canvas, esc(f"NIP. {nip_text(head['nip'])}"), x + PAD, y + 4.4 * MM,
             CARD_W - 2 * PAD, 3 * MM, 5.8)


def _cut_marks(canvas: Any, x: float, y: float, w: float, h: float) -> None:
    """Corner marks just outside the rectangle, where the scissors go."""
    gap, length = 1.5 * MM, 5 * MM
    canvas.saveState()
    canvas.setLineWidth(0.3)
    for cx, sx in ((x, -1), (x + w, 1)):
        for cy, sy in ((y, -1), (y + h, 1)):
            canvas.line(cx + sx * gap, cy, cx + sx * (gap + length), cy)
            canvas.line(cx, cy + sy * gap, cx, cy + sy * (gap + length))
    canvas.restoreState()


def render_card(payload: dict[str, Any], qr: str, options: PrintOptions = PrintOptions(),
                sheet: bool = True) -> bytes:
    """The card as PDF bytes: on A4 with cut marks (``sheet``), else two card-sized pages."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas
    register_fonts()
    buf = io.BytesIO()
    pagesize = A4 if sheet else (CARD_W, CARD_H)
    canvas = Canvas(buf, pagesize=pagesize, invariant=1 if options.invariant else 0)
    canvas.setTitle(f"Kartu Lapor Diri {payload.get('number', '')}")
    canvas.setAuthor(" ".join((payload.get("facility") or {}).get("name_lines", [])))
    canvas.setSubject("Kartu Lapor Diri")
    canvas.setKeywords(qr)
    canvas.setCreator("Pulih")
    if sheet:
        x = (A4[0] - 2 * CARD_W) / 2
        y = A4[1] - 25 * MM - CARD_H
        draw_front(canvas, payload, x, y)
        draw_back(canvas, payload, qr, x + CARD_W, y)
        canvas.saveState()
        canvas.setLineWidth(0.25)
        canvas.setStrokeGray(0.6)
        canvas.rect(x, y, 2 * CARD_W, CARD_H)
        canvas.setDash(3, 2)
        canvas.line(x + CARD_W, y - 6 * MM, x + CARD_W, y + CARD_H + 6 * MM)
        canvas.restoreState()
        _cut_marks(canvas, x, y, 2 * CARD_W, CARD_H)
        canvas.setFont(FONT, 8)
        canvas.drawString(x, y - 10 * MM, "Gunting pada tanda potong, lipat pada garis "
                          "putus-putus (depan dan belakang), lalu laminasi.")
        draw_marks(canvas, Marks(payload.get("number", ""), options.copy, options.voided),
                   A4[0], A4[1], 18 * MM)
    else:
        draw_front(canvas, payload, 0, 0)
        _small_marks(canvas, options)
        canvas.showPage()
        draw_back(canvas, payload, qr, 0, 0)
        _small_marks(canvas, options)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _small_marks(canvas: Any, options: PrintOptions) -> None:
    """SALINAN / DIBATALKAN on a card-sized page."""
    if not (options.copy or options.voided):
        return
    canvas.saveState()
    canvas.setFillColorRGB(*STAMP_RED)
    canvas.setFont(BOLD, 7)
    canvas.drawRightString(CARD_W - 2 * MM, 2 * MM,
                           "DIBATALKAN" if options.voided else "SALINAN")
    canvas.restoreState()
