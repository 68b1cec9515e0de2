"""A printable page of a facility's public signing keys: one QR per key, holding the same
one-line text the key file holds, so another facility can import it by scanning the page
with a phone (or typing the line) instead of receiving a file.

Plain data in (facility name and code, each key's id and line), PDF bytes out. The page is
printed in Indonesian like every official paper.
"""
from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reports.dates import long_date
from reports.letterhead import BOLD, FONT, MM, esc, register_fonts
from reports.qr import qr_flowable

QR_SIZE = 58 * MM


@dataclass(frozen=True)
class PublicKeyEntry:
    """One key as printed: its id and the exported line (``PULIH-KEY1|...``)."""

    key_id: str
    line: str


def grouped(key_id: str) -> str:
    """``1A2B3C4D5E6F7A8B`` → ``1A2B 3C4D 5E6F 7A8B``: easier to read out over a phone."""
    return " ".join(key_id[i:i + 4] for i in range(0, len(key_id), 4))


def _styles() -> dict[str, Any]:
    from reportlab.lib.styles import ParagraphStyle
    return {
        "title": ParagraphStyle("pk_title", fontName=BOLD, fontSize=14, leading=18,
                                spaceAfter=2 * MM),
        "body": ParagraphStyle("pk_body", fontName=FONT, fontSize=9.5, leading=13,
                               spaceAfter=2 * MM),
        "label": ParagraphStyle("pk_label", fontName=BOLD, fontSize=10, leading=13),
        "mono": ParagraphStyle("pk_mono", fontName="Courier", fontSize=8, leading=10,
                               splitLongWords=1, wordWrap="CJK"),
    }


def render_public_key_page(facility_name: str, facility_code: str,
                           keys: Sequence[PublicKeyEntry], *, on: dt.date | None = None,
                           invariant: bool = False) -> bytes:
    """The key page as PDF bytes (A4, one block per key; more keys flow onto more pages)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import (
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )
    if not keys:
        raise ValueError("no keys to print")
    register_fonts()
    s = _styles()
    margin = 18 * MM
    width = A4[0] - 2 * margin
    story: list[Any] = [
        Paragraph("KUNCI PUBLIK TANDA TANGAN DOKUMEN", s["title"]),
        Paragraph(f"<b>{esc(facility_name)}</b> (kode fasilitas {esc(facility_code)})",
                  s["body"]),
        Paragraph("Setiap surat dan sertifikat yang diterbitkan fasilitas ini memuat kode QR "
                  "bertanda tangan digital. Dengan kunci publik di bawah ini, fasilitas lain "
                  "dapat memeriksa keaslian dokumen tersebut tanpa jaringan dan tanpa melihat "
                  "data pribadi pemegangnya.", s["body"]),
        Paragraph("Cara memasukkan kunci di Pulih: menu Dokumen, tab Kunci tanda tangan, "
                  "<i>Impor kunci</i>; pindai kode QR (atau ketik baris teksnya) ke kotak "
                  "teks. Sebelum mengimpor, cocokkan ID kunci dengan fasilitas penerbit "
                  "melalui telepon.", s["body"]),
        Paragraph(f"Dicetak: {esc(long_date(on or dt.date.today()))}", s["body"]),
        Spacer(0, 3 * MM),
    ]
    text_width = width - QR_SIZE - 6 * MM
    for number, key in enumerate(keys, start=1):
        text = [Paragraph(f"Kunci {number}", s["label"]),
                Paragraph(f"ID kunci: <b>{esc(grouped(key.key_id))}</b>", s["body"]),
                Paragraph("Teks kunci:", s["body"]),
                Paragraph(esc(key.line), s["mono"])]
        table = Table([[qr_flowable(key.line, QR_SIZE), text]],
                      colWidths=[QR_SIZE + 6 * MM, text_width])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("BOX", (0, 0), (-1, -1), 0.5, (0.6, 0.6, 0.6)),
                                   ("TOPPADDING", (0, 0), (-1, -1), 3 * MM),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * MM)]))
        story += [KeepTogether([table]), Spacer(0, 4 * MM)]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=margin, rightMargin=margin,
                            topMargin=margin, bottomMargin=margin,
                            title=f"Kunci publik {facility_code}", author=facility_name[:200],
                            creator="Pulih", invariant=1 if invariant else 0)
    doc.build(story)
    return buf.getvalue()
