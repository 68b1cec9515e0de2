"""The assessment summary: the ASI severity grid, the working diagnosis and the plan."""
from __future__ import annotations

from typing import Any

from reports.dates import long_date
from reports.holder import PrintOptions, identity_rows, page_setup
from reports.labels_id import ASI_DOMAINS, TREATMENT_PLANS, icd_label, label
from reports.letterhead import MM, P, Signer, build_pdf, esc, field_table, signature_block


def _grid(rows: list[dict[str, Any]]) -> Any:
    from reportlab.platypus import Table, TableStyle

    def cell(value: object) -> Any:
        return P("-" if value is None else esc(value), "center")

    data = [[P("<b>Ranah</b>"), P("<b>Skor keparahan (0–9)</b>", "center"),
             P("<b>Masalah menurut klien (0–4)</b>", "center"),
             P("<b>Kebutuhan bantuan (0–4)</b>", "center")]]
    data += [[P(esc(label(ASI_DOMAINS, r.get("domain")))), cell(r.get("severity")),
              cell(r.get("trouble")), cell(r.get("need"))] for r in rows]
    table = Table(data, colWidths=[56 * MM, 38 * MM, 40 * MM, 40 * MM], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0.4, 0.4, 0.4)),
                               ("BACKGROUND", (0, 0), (-1, 0), (0.92, 0.92, 0.92)),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return table


def story(payload: dict[str, Any], qr: str) -> list[Any]:
    """The flowables of an assessment summary."""
    from reportlab.platypus import Spacer
    assessor = payload.get("assessor") or {}
    plan = [label(TREATMENT_PLANS, code) for code in payload.get("plan") or []]
    facts = [("Tanggal asesmen", long_date(payload.get("assessed_on"))),
             ("Asesor", assessor.get("name", "")),
             ("Instrumen", "Formulir Asesmen Wajib Lapor dan Rehabilitasi Medis (berbasis ASI)")]
    reg_no = (payload.get("person") or {}).get("reg_no")
    if reg_no:  # the facility's own number of the client ("episode" is an in-house word)
        facts.append(("Nomor registrasi", reg_no))
    out: list[Any] = [
        P("<u>RINGKASAN HASIL ASESMEN</u>", "title"),
        P(f"Nomor: {esc(payload.get('number'))}", "subtitle"), Spacer(1, 5 * MM),
        field_table(identity_rows(payload.get("person") or {}, occupation=False) + facts),
        Spacer(1, 4 * MM), P("<b>Ringkasan tingkat keparahan per ranah</b>"), Spacer(1, 1 * MM),
        _grid(payload.get("grid") or []), Spacer(1, 4 * MM),
        field_table([("Diagnosis kerja", icd_label(payload.get("diagnosis") or "")),
                     ("Rencana terapi", "; ".join(plan) or "-")]),
        Spacer(1, 2 * MM),
        P("Ringkasan ini bersifat rahasia dan hanya untuk keperluan layanan rehabilitasi.",
          "small"),
        signature_block(payload.get("place", ""), payload.get("date"),
                        [Signer("Asesor,", assessor.get("name", ""), "NIP",
                                assessor.get("nip", ""))], qr),
    ]
    return out


def render_assessment_summary(payload: dict[str, Any], qr: str,
                              options: PrintOptions = PrintOptions()) -> bytes:
    """The assessment summary as PDF bytes."""
    letterhead, marks, author = page_setup(payload, options)
    return build_pdf(story(payload, qr), letterhead=letterhead, marks=marks,
                     title=f"Ringkasan asesmen {payload.get('number', '')}", keywords=qr,
                     author=author, invariant=options.invariant)
