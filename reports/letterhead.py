"""The page every document is printed on: the facility's letterhead (kop surat), the marks
of a copy or a voided paper, and the parts Indonesian letters share: dates written the
Indonesian way, identity tables, signature blocks with NIP or SIP, copies-to (tembusan).

All text from a payload passes through :func:`esc` before it enters a ``Paragraph``:
ReportLab's paragraph mini-markup would otherwise read ``<img src=...>`` in a name as an
image to fetch. Fonts are registered once per process: DejaVu Sans from resources/fonts, a
wide-coverage family (Latin with every diacritic, Greek, Cyrillic, many symbols), so every
machine prints the same glyphs, embedded in the PDF. models/core/glyphs.py refuses at input
what this font cannot draw.
"""
from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reports.dates import long_date

FONT, BOLD, ITALIC, BOLD_ITALIC = "PulihSans", "PulihSans-Bold", "PulihSans-Italic", \
    "PulihSans-BoldItalic"
MM = 72 / 25.4
STAMP_RED = (0.75, 0.1, 0.1)

_fonts_registered = False
_styles: dict[str, Any] = {}


def register_fonts() -> None:
    """Register the document fonts with ReportLab (once per process)."""
    global _fonts_registered
    if _fonts_registered:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from resources import fonts
    for name, path in ((FONT, fonts.REGULAR), (BOLD, fonts.BOLD), (ITALIC, fonts.OBLIQUE),
                       (BOLD_ITALIC, fonts.BOLD_OBLIQUE)):
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC,
                                  boldItalic=BOLD_ITALIC)
    _fonts_registered = True


def rupiah(amount: int) -> str:
    """``290000`` → ``Rp 290.000``."""
    return "Rp " + f"{int(amount):,}".replace(",", ".")


def nip_text(nip: object) -> str:
    """An 18-digit NIP with its standard spaces (birth date, appointment, sex, number):
    ``197805122003121002`` -> ``19780512 200312 1 002``; anything else as written."""
    value = "" if nip is None else str(nip).strip()
    digits = value.replace(" ", "")
    if len(digits) == 18 and digits.isascii() and digits.isdigit():
        return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"
    return value


def esc(text: object) -> str:
    """Payload text made safe for a Paragraph: markup characters print as themselves and
    line breaks stay line breaks."""
    value = "" if text is None else str(text)
    return escape(value).replace("\r\n", "\n").replace("\n", "<br/>")


def styles() -> dict[str, Any]:
    """The paragraph styles of every document (made once)."""
    if _styles:
        return _styles
    register_fonts()
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13,
                          splitLongWords=1)
    _styles.update({
        "body": base,
        "justify": ParagraphStyle("justify", parent=base, alignment=TA_JUSTIFY),
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "tiny": ParagraphStyle("tiny", parent=base, fontSize=6.5, leading=8, alignment=TA_CENTER),
        "bold": ParagraphStyle("bold", parent=base, fontName=BOLD),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=13, leading=17,
                                alignment=TA_CENTER),
        "subtitle": ParagraphStyle("subtitle", parent=base, alignment=TA_CENTER),
        "head_name": ParagraphStyle("head_name", parent=base, fontName=BOLD, fontSize=13,
                                    leading=15.5, alignment=TA_CENTER),
        "head_upper": ParagraphStyle("head_upper", parent=base, fontName=BOLD, fontSize=11,
                                     leading=13.5, alignment=TA_CENTER),
        "head_line": ParagraphStyle("head_line", parent=base, fontSize=9, leading=11,
                                    alignment=TA_CENTER),
    })
    return _styles


def P(text: str, style: str = "body") -> Any:  # noqa: N802 - short, like ReportLab's Paragraph
    """A paragraph of already-escaped text (call :func:`esc` on anything from a payload)."""
    from reportlab.platypus import Paragraph
    return Paragraph(text, styles()[style])


@dataclass(frozen=True)
class Letterhead:
    """What the kop surat shows: name lines (ministry first), address, contacts, logo."""

    name_lines: tuple[str, ...]
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    logo: bytes | None = None

    @classmethod
    def from_payload(cls, facility: dict[str, Any], logo: bytes | None = None) -> Letterhead:
        return cls(tuple(facility.get("name_lines") or ()), facility.get("address", ""),
                   facility.get("phone", ""), facility.get("email", ""),
                   facility.get("website", ""), logo)

    def contacts(self) -> str:
        parts = [f"Telepon {self.phone}" if self.phone else "",
                 f"Surel {self.email}" if self.email else "",
                 f"Laman {self.website}" if self.website else ""]
        return " \u2022 ".join(p for p in parts if p)


LOGO_SIZE = 22 * MM


def _head_paragraphs(lh: Letterhead) -> list[Any]:
    last = len(lh.name_lines) - 1
    paras = [P(esc(line.upper()), "head_name" if i == last else "head_upper")
             for i, line in enumerate(lh.name_lines)]
    if lh.address:
        paras.append(P(esc(lh.address), "head_line"))
    if lh.contacts():
        paras.append(P(esc(lh.contacts()), "head_line"))
    return paras


def letterhead_height(lh: Letterhead, width: float) -> float:
    """Height of the kop surat, rules included, when ``width`` wide."""
    text_width = width - 2 * (LOGO_SIZE + 3 * MM)
    height = sum(p.wrap(text_width, 1000)[1] for p in _head_paragraphs(lh))
    return max(height, LOGO_SIZE) + 4 * MM


def draw_letterhead(canvas: Any, lh: Letterhead, x: float, top: float, width: float) -> float:
    """Draw the kop surat from ``top`` down; returns the y of its bottom rule."""
    text_width = width - 2 * (LOGO_SIZE + 3 * MM)
    paras = _head_paragraphs(lh)
    heights = [p.wrap(text_width, 1000)[1] for p in paras]
    block = max(sum(heights), LOGO_SIZE)
    if lh.logo:
        from reportlab.lib.utils import ImageReader
        try:
            canvas.drawImage(ImageReader(io.BytesIO(lh.logo)), x, top - block / 2 - LOGO_SIZE / 2,
                             LOGO_SIZE, LOGO_SIZE, preserveAspectRatio=True, anchor="c",
                             mask="auto")
        except Exception:  # noqa: BLE001 - a damaged logo must not stop a letter
            pass
    y = top - (block - sum(heights)) / 2
    for para, height in zip(paras, heights):
        y -= height
        para.drawOn(canvas, x + LOGO_SIZE + 3 * MM, y)
    rule = top - block - 2 * MM
    canvas.saveState()
    canvas.setLineWidth(2.2)
    canvas.line(x, rule, x + width, rule)
    canvas.setLineWidth(0.6)
    canvas.line(x, rule - 2.2, x + width, rule - 2.2)
    canvas.restoreState()
    return rule - 2.2


@dataclass(frozen=True)
class Marks:
    """What every page says besides the content: the number, and whether it is a copy
    (SALINAN) or a voided paper."""

    number: str
    copy: bool = False
    voided: bool = False


def draw_marks(canvas: Any, marks: Marks, page_width: float, page_height: float,
               margin: float) -> None:
    """Footer (number and page), the SALINAN stamp and the DIBATALKAN watermark."""
    canvas.saveState()
    canvas.setFont(FONT, 7.5)
    canvas.setFillGray(0.35)
    canvas.drawString(margin, margin / 2, f"Nomor {marks.number}")
    canvas.drawRightString(page_width - margin, margin / 2,
                           f"Halaman {canvas.getPageNumber()}")
    if marks.copy:
        canvas.setStrokeColorRGB(*STAMP_RED)
        canvas.setFillColorRGB(*STAMP_RED)
        canvas.setLineWidth(1.5)
        w, h = 34 * MM, 9 * MM
        x0, y0 = page_width - margin - w, page_height - margin / 2 - h + 2 * MM
        canvas.roundRect(x0, y0, w, h, 2 * MM)
        canvas.setFont(BOLD, 15)
        canvas.drawCentredString(x0 + w / 2, y0 + 2.6 * MM, "SALINAN")
    if marks.voided:
        canvas.setFillColorRGB(*STAMP_RED)
        canvas.setFillAlpha(0.18)
        canvas.setFont(BOLD, 72)
        canvas.translate(page_width / 2, page_height / 2)
        canvas.rotate(35)
        canvas.drawCentredString(0, -24, "DIBATALKAN")
    canvas.restoreState()


def build_pdf(story: list[Any], *, letterhead: Letterhead, marks: Marks, title: str,
              keywords: str = "", author: str = "", pagesize: tuple[float, float] | None = None,
              margin: float = 18 * MM, invariant: bool = False,
              decorate: Callable[[Any, Any], None] | None = None,
              restart_letterhead: bool = False) -> bytes:
    """Lay ``story`` out under the letterhead (first page) and return the PDF bytes.

    ``keywords`` carries the seal's QR text, so ``python main.py verify FILE.pdf`` finds it
    without decoding the picture. ``decorate(canvas, doc)`` may draw more on every page
    (the certificate's border). ``invariant`` gives identical bytes for identical input.
    ``restart_letterhead`` prints the letterhead on every page (a batch of one-page papers).
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
    register_fonts()
    pagesize = pagesize or A4
    page_w, page_h = pagesize
    width = page_w - 2 * margin
    head = letterhead_height(letterhead, width)
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=pagesize, leftMargin=margin, rightMargin=margin,
                          topMargin=margin, bottomMargin=margin, title=title, author=author,
                          subject=title, keywords=[keywords], creator="Pulih",
                          invariant=1 if invariant else 0)
    first = Frame(margin, margin, width, page_h - 2 * margin - head - 4 * MM, id="first",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    later = Frame(margin, margin, width, page_h - 2 * margin, id="later",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def on_first(canvas: Any, d: Any) -> None:
        if decorate:
            decorate(canvas, d)
        draw_letterhead(canvas, letterhead, margin, page_h - margin, width)

    def on_later(canvas: Any, d: Any) -> None:
        if decorate:
            decorate(canvas, d)

    def on_end(canvas: Any, d: Any) -> None:
        # Drawn when the page is full, so a batch's SetNumber on this page is known.
        number = getattr(d, "pulih_number", None) or marks.number
        draw_marks(canvas, Marks(number, marks.copy, marks.voided), page_w, page_h, margin)

    later_id = "first" if restart_letterhead else "later"
    doc.addPageTemplates([PageTemplate("first", [first], onPage=on_first, onPageEnd=on_end,
                                       autoNextPageTemplate=later_id),
                          PageTemplate("later", [later], onPage=on_later, onPageEnd=on_end)])
    doc.build(story)
    return buf.getvalue()


def set_number(number: str) -> Any:
    """A zero-size flowable that makes the footer of its page show ``number`` (batches)."""
    from reportlab.platypus.flowables import Flowable

    class SetNumber(Flowable):
        def wrap(self, _w: float, _h: float) -> tuple[float, float]:
            return 0, 0

        def draw(self) -> None:
            # The canvas knows the document it builds (ReportLab's private attribute).
            self.canv._doctemplate.pulih_number = number  # type: ignore[attr-defined]

    return SetNumber()


# --- parts of a letter ---------------------------------------------------------------------

def field_table(rows: Sequence[tuple[str, str]], label_width: float = 45 * MM,
                width: float | None = None) -> Any:
    """``label : value`` rows; values are escaped here and wrap inside their column."""
    from reportlab.platypus import Table, TableStyle
    width = width or 174 * MM
    data = [[P(esc(label)), P(":"), P(esc(value) or "-")] for label, value in rows]
    table = Table(data, colWidths=[label_width, 4 * MM, width - label_width - 4 * MM],
                  splitInRow=1)  # a row longer than a page continues on the next
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return table


@dataclass(frozen=True)
class Signer:
    """One signature: heading (e.g. "Dokter Pemeriksa,"), name, and NIP or SIP."""

    heading: str
    name: str
    id_label: str = "NIP"
    id_value: str = ""


def _signer_cell(signer: Signer, place_date: str | None) -> list[Any]:
    from reportlab.platypus import Spacer
    cell = [P(esc(place_date)) if place_date else Spacer(1, 14)]
    cell.append(P(esc(signer.heading)))
    cell.append(Spacer(1, 17 * MM))
    cell.append(P(f"<u>{esc(signer.name) or '.' * 40}</u>", "bold"))
    if signer.id_value:
        value = nip_text(signer.id_value) if signer.id_label == "NIP" else signer.id_value
        cell.append(P(f"{esc(signer.id_label)}. {esc(value)}"))
    return cell


def qr_hint(qr_text: str) -> str:
    """The line under a paper's QR. A QR holding the facility's verifier address opens it in
    any phone's camera; a bare seal shows only text there, so the line says what reads it."""
    if qr_text.startswith("https://"):
        return "Pindai kode QR dengan kamera ponsel untuk memeriksa keaslian dokumen"
    return ("Keaslian diperiksa dengan aplikasi Pulih atau halaman pemeriksa dari fasilitas "
            "penerbit: pindai kode QR")


def signature_block(place: str, date: dt.date | str | None, signers: Sequence[Signer],
                    qr_text: str = "", width: float = 174 * MM, qr_size: float = 27 * MM,
                    dated: bool = True) -> Any:
    """The QR (left) and one or two signatures, kept together on one page; the place and
    date stand above the last signer (not when ``dated`` is False: an official letter
    dates itself at the top)."""
    from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

    from reports.qr import qr_flowable
    qr_cell: list[Any] = []
    if qr_text:
        qr_cell = [qr_flowable(qr_text, qr_size),
                   P(qr_hint(qr_text), "tiny")]
    place_date = f"{place}, {long_date(date)}" if place else long_date(date)
    cells = [_signer_cell(s, place_date if dated and i == len(signers) - 1 else None)
             for i, s in enumerate(signers)]
    column = (width - qr_size - 6 * MM) / 2
    if len(cells) == 1:
        cells.insert(0, [Spacer(1, 1)])
    table = Table([[qr_cell or [Spacer(1, 1)], *cells]],
                  colWidths=[qr_size + 6 * MM, column, column])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("VALIGN", (0, 0), (0, 0), "BOTTOM"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([Spacer(1, 4 * MM), table])


def tembusan(lines: Sequence[str]) -> list[Any]:
    """The copies-to list under the signature."""
    from reportlab.platypus import Spacer
    if not lines:
        return []
    out: list[Any] = [Spacer(1, 5 * MM), P("<u>Tembusan:</u>", "small")]
    out += [P(f"{i}. {esc(line)}", "small") for i, line in enumerate(lines, 1)]
    return out


def numbered(paragraphs: Sequence[str], width: float = 174 * MM, start: int = 1) -> Any:
    """Numbered paragraphs of an official letter (the texts are already escaped)."""
    from reportlab.platypus import Table, TableStyle
    table = Table([[P(f"{i}."), P(text, "justify")]
                   for i, text in enumerate(paragraphs, start)],
                  colWidths=[8 * MM, width - 8 * MM], splitInRow=1)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return table
