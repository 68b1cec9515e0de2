"""SKHPN: Surat Keterangan Hasil Pemeriksaan Narkotika, from its frozen payload.

The purpose is written once (the desk's own words when given, else the purpose's name); the
fee is not on the certificate (a paid fee has its own receipt, reports/receipt.py, and an
SKTM waiver must not tell an employer the applicant is poor); a doctor's clinical reason for
a conclusion that differs from the results is one short line; the validity date closes it.
"""
from __future__ import annotations

from typing import Any

from reports.dates import long_date
from reports.holder import PrintOptions, identity_rows, page_setup
from reports.labels_id import SKHPN_PURPOSES, SKHPN_RESULTS, dast_phrase, label, urine_rows
from reports.letterhead import MM, P, Signer, build_pdf, esc, field_table, signature_block
from reports.photo import photo_flowable

PHOTO_W, PHOTO_H = 25 * MM, 100 / 3 * MM  # a 3:4 pas foto, 2.5 x 3.3 cm

TITLE = "SURAT KETERANGAN HASIL PEMERIKSAAN NARKOTIKA"


def _urine_table(results: dict[str, str]) -> Any:
    """The panel in two halves side by side (parameters down the left half first): half the
    height of one long table, so the photo, a long name and the doctor's note still leave the
    signatures on the first page."""
    from reportlab.platypus import Table, TableStyle
    cells = [[P(esc(code)), P(esc(name)),
              P(f"<b>{esc(result)}</b>" if results.get(code) == "positive" else esc(result))]
             for code, name, result in urine_rows(results)]
    half = (len(cells) + 1) // 2
    head = [P("<b>Parameter</b>"), P("<b>Zat</b>"), P("<b>Hasil</b>")]
    rows = [head + head]
    for i in range(half):
        right = cells[half + i] if half + i < len(cells) else [P(""), P(""), P("")]
        rows.append(cells[i] + right)
    table = Table(rows, colWidths=[27 * MM, 33 * MM, 19 * MM] * 2, hAlign="LEFT")
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0.4, 0.4, 0.4)),
                               ("BACKGROUND", (0, 0), (-1, 0), (0.92, 0.92, 0.92)),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return table


def _holder(payload: dict[str, Any]) -> Any:
    """The holder's identity, with the photo beside it when the payload has one."""
    from reportlab.platypus import Table, TableStyle
    rows = identity_rows(payload.get("person") or {})
    photo = photo_flowable(payload, PHOTO_W, PHOTO_H)
    if photo is None:
        return field_table(rows, width=166 * MM)
    # a narrower label column keeps a long name and address from pushing the signatures
    # onto a second page
    gap = 3 * MM
    table = Table([[field_table(rows, label_width=44 * MM, width=166 * MM - PHOTO_W - gap),
                    photo]], colWidths=[166 * MM - PHOTO_W - gap, PHOTO_W + gap])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return table


def story(payload: dict[str, Any], qr: str) -> list[Any]:
    """The flowables of an SKHPN."""
    from reportlab.platypus import Indenter, Spacer
    methods = payload.get("methods") or {}
    interview = methods.get("interview") or {}
    facility_name = " ".join((payload.get("facility") or {}).get("name_lines", [])[-1:])
    doctor = payload.get("doctor") or {}
    head = payload.get("head") or {}
    purpose = payload.get("purpose_detail") or label(SKHPN_PURPOSES, payload.get("purpose"))
    result = label(SKHPN_RESULTS, payload.get("result"))
    vitals = methods.get("vitals") or {}
    finding = methods.get("physical") or "-"
    if vitals:
        finding += " (" + ", ".join(f"{k}: {val}" for k, val in sorted(vitals.items())) + ")"
    out: list[Any] = [
        P(f"<u>{TITLE}</u>", "title"),
        P(f"Nomor: {esc(payload.get('number'))}", "subtitle"),
        Spacer(1, 4 * MM),
        P(f"Yang bertanda tangan di bawah ini, dokter pemeriksa pada {esc(facility_name)}, "
          "menerangkan bahwa:", "justify"),
        Spacer(1, 2 * MM),
        Indenter(8 * MM), _holder(payload), Indenter(-8 * MM),
        Spacer(1, 3 * MM),
        P(f"telah menjalani pemeriksaan narkotika pada tanggal "
          f"<b>{long_date(payload.get('examined_on'))}</b> dengan metode:", "justify"),
        Spacer(1, 1 * MM),
        P(f"1. Wawancara skrining {esc(interview.get('instrument') or 'DAST-10')}: "
          f"{esc(dast_phrase(interview.get('score'), interview.get('band')))}.", "body"),
        P("2. Tes urine cepat" + (f" (spesimen {esc(methods['urine_specimen'])})"
                                  if methods.get("urine_specimen") else "") + ":", "body"),
        Indenter(8 * MM), _urine_table(methods.get("urine") or {}), Indenter(-8 * MM),
        P(f"3. Pemeriksaan fisik: {esc(finding)}.", "body"),
        Spacer(1, 3 * MM),
        P(f"Kesimpulan: pada saat pemeriksaan, yang bersangkutan <b>{esc(result)}</b> "
          "menggunakan narkotika.", "justify"),
    ]
    if payload.get("clinical_note"):
        out.append(P(f"Pertimbangan klinis dokter pemeriksa: {esc(payload['clinical_note'])}.",
                     "small"))
    out += [Spacer(1, 2 * MM),
            P(f"Surat keterangan ini dibuat untuk keperluan: {esc(purpose)}.", "justify")]
    if payload.get("valid_until"):
        out.append(P(f"Surat keterangan ini berlaku sampai dengan "
                     f"<b>{long_date(payload['valid_until'])}</b>.", "justify"))
    out.append(signature_block(
        payload.get("place", ""), payload.get("date"),
        [Signer("Dokter Pemeriksa,", doctor.get("name", ""), "SIP", doctor.get("sip", "")),
         Signer(f"{head.get('position') or 'Kepala'},", head.get("name", ""), "NIP",
                head.get("nip", ""))], qr))
    return out


def render_skhpn(payload: dict[str, Any], qr: str, options: PrintOptions = PrintOptions()
                 ) -> bytes:
    """The SKHPN as PDF bytes."""
    letterhead, marks, author = page_setup(payload, options)
    return build_pdf(story(payload, qr), letterhead=letterhead, marks=marks,
                     title=f"SKHPN {payload.get('number', '')}", keywords=qr, author=author,
                     invariant=options.invariant)
