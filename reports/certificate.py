"""The landscape certificate of a completed program, one by one or as a batch for everyone
who completed in a period (one PDF, one page each, made on every core)."""
from __future__ import annotations

import io
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from reports.dates import long_date
from reports.holder import PrintOptions, page_setup
from reports.labels_id import SERVICE_TYPES, label
from reports.letterhead import MM, P, Signer, build_pdf, esc, set_number, signature_block, styles

GOLD = (0.62, 0.48, 0.16)


def _border(canvas: Any, doc: Any) -> None:
    """A double frame around the page."""
    w, h = doc.pagesize
    canvas.saveState()
    canvas.setStrokeColorRGB(*GOLD)
    canvas.setLineWidth(3)
    canvas.rect(5 * MM, 5 * MM, w - 10 * MM, h - 10 * MM)
    canvas.setLineWidth(0.8)
    canvas.rect(7.5 * MM, 7.5 * MM, w - 15 * MM, h - 15 * MM)
    canvas.restoreState()


def _name_style() -> Any:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    st = styles()
    if "cert_name" not in st:
        st["cert_name"] = ParagraphStyle("cert_name", parent=st["bold"], fontSize=22, leading=27,
                                         alignment=TA_CENTER)
        st["cert_title"] = ParagraphStyle("cert_title", parent=st["bold"], fontSize=26,
                                          leading=32, alignment=TA_CENTER,
                                          textColor=colors.Color(*GOLD))
        st["cert_body"] = ParagraphStyle("cert_body", parent=st["center"], fontSize=11.5,
                                         leading=16)
    return st


def story(payload: dict[str, Any], qr: str, width: float) -> list[Any]:
    """The flowables of one certificate (one page)."""
    from reportlab.platypus import Paragraph, Spacer
    st = _name_style()
    person = payload.get("person") or {}
    facility = " ".join((payload.get("facility") or {}).get("name_lines", [])[-1:])
    program = payload.get("program") or label(SERVICE_TYPES, payload.get("service_type"))
    head = payload.get("head") or {}
    return [
        set_number(payload.get("number", "")),
        Paragraph("SERTIFIKAT", st["cert_title"]),
        P(f"Nomor: {esc(payload.get('number'))}", "subtitle"),
        Spacer(1, 4 * MM),
        Paragraph("diberikan kepada", st["cert_body"]),
        Spacer(1, 2 * MM),
        Paragraph(esc(person.get("name")), st["cert_name"]),
        Spacer(1, 2 * MM),
        Paragraph(f"atas keberhasilannya menyelesaikan program <b>{esc(program)}</b> di "
                  f"{esc(facility)} sejak {long_date(payload.get('from'))} sampai dengan "
                  f"{long_date(payload.get('to'))}.", st["cert_body"]),
        Paragraph("Semoga tetap pulih, produktif, dan bermanfaat bagi keluarga dan masyarakat.",
                  st["cert_body"]),
        signature_block(payload.get("place", ""), payload.get("date"),
                        [Signer(f"{head.get('position') or 'Kepala'},", head.get("name", ""),
                                "NIP", head.get("nip", ""))], qr, width=width, qr_size=25 * MM),
    ]


MARGIN = 20 * MM


def _render(items: Sequence[tuple[dict[str, Any], str]], options: PrintOptions) -> bytes:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import PageBreak
    pagesize = landscape(A4)
    width = pagesize[0] - 2 * MARGIN
    flow: list[Any] = []
    for i, (payload, qr) in enumerate(items):
        if i:
            flow.append(PageBreak())
        flow += story(payload, qr, width)
    first = items[0][0]
    letterhead, marks, author = page_setup(first, options)
    title = (f"Sertifikat {first.get('number', '')}" if len(items) == 1
             else f"Sertifikat ({len(items)})")
    return build_pdf(flow, letterhead=letterhead, marks=marks, title=title,
                     keywords="\n".join(qr for _p, qr in items), author=author,
                     pagesize=pagesize, margin=MARGIN, invariant=options.invariant,
                     decorate=_border, restart_letterhead=True)


def render_certificate(payload: dict[str, Any], qr: str,
                       options: PrintOptions = PrintOptions()) -> bytes:
    """One certificate as PDF bytes."""
    return _render([(payload, qr)], options)


def _chunk(args: tuple[list[tuple[dict[str, Any], str]], PrintOptions]) -> bytes:
    return _render(*args)


def render_certificates(items: Sequence[tuple[dict[str, Any], str]],
                        options: PrintOptions = PrintOptions(),
                        workers: int | None = None) -> bytes:
    """Many certificates in one PDF, one page each, in the order given.

    Large batches are drawn in ``workers`` processes (default: every core) in contiguous
    chunks, and the chunks joined page by page.
    """
    if not items:
        raise ValueError("no certificates to print")
    workers = workers or os.cpu_count() or 1
    if workers < 2 or len(items) < 40:
        return _render(list(items), options)
    size = -(-len(items) // workers)
    chunks = [(list(items[i:i + size]), options) for i in range(0, len(items), size)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        parts = list(pool.map(_chunk, chunks))
    from pypdf import PdfWriter
    writer = PdfWriter()
    for part in parts:
        writer.append(io.BytesIO(part))
    writer.add_metadata({"/Title": f"Sertifikat ({len(items)})", "/Creator": "Pulih",
                         "/Keywords": "\n".join(qr for _p, qr in items)})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
