"""The day's rumatan dispensing sheet (lembar pemberian dosis harian) on the letterhead:
the doses given, the clients who did not come, the stock of the day, and the nurse's
signature. Plain data in (:func:`models.rumatan.sheet.day_sheet`), PDF bytes out."""
from __future__ import annotations

import datetime as dt
from typing import Any

from reports.dates import clock, long_date, short_date
from reports.letterhead import MM, Letterhead, Marks, P, Signer, build_pdf, esc, signature_block

HEAD = ("No.", "No. reg.", "Nama", "Obat", "Jenis", "Dosis (mg)", "Jam", "Petugas", "Batch",
        "Keterangan")
WIDTHS = (8, 20, 36, 17, 22, 19, 10, 24, 16, 0)


def _table(head: tuple[str, ...], rows: list[list[str]], widths: list[float]) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle
    data = [[P(f"<b>{esc(h)}</b>", "small") for h in head]]
    data += [[P(esc(cell), "small") for cell in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
    return table


def _note(row: dict[str, Any]) -> str:
    """The remarks of a dose: the take-home day first, then what models/ noted."""
    parts = [f"untuk {short_date(row['take_home_for'])} (bawa pulang {row['take_home_days']} "
             "hari)"] if row.get("take_home_days") else []
    return "; ".join(parts + ([row["note"]] if row["note"] else []))


def render_sheet(payload: dict[str, Any], logo: bytes | None = None,
                 invariant: bool = False) -> bytes:
    """The sheet as PDF bytes (landscape A4)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import Spacer
    page = landscape(A4)
    margin = 14 * MM
    width = page[0] - 2 * margin
    day = dt.date.fromisoformat(payload["day"])
    counts = payload["counts"]
    story: list[Any] = [
        P("<b>LEMBAR PEMBERIAN DOSIS HARIAN PROGRAM TERAPI RUMATAN</b>", "title"),
        P(esc(f"Tanggal {long_date(day)}"), "center"),
        Spacer(1, 3 * MM),
        P(esc(f"Klien terjadwal: {counts['clients']}; dosis diminum di tempat: "
              f"{counts['observed']}; dosis bawa pulang: {counts['take_home']}; "
              f"tidak datang: {counts['not_come']}.")),
        Spacer(1, 2 * MM)]
    fixed = sum(WIDTHS) * MM
    widths = [w * MM for w in WIDTHS[:-1]] + [width - fixed]
    rows = [[str(i), r["reg_no"], r["name"], r["medicine"], r["kind"], r["mg"],
             clock(r["given_at"], "."), r["staff"], r["batch"], _note(r)]
            for i, r in enumerate(payload["rows"], 1)]
    empty = [["", "", "Tidak ada dosis tercatat.", "", "", "", "", "", "", ""]]
    story.append(_table(HEAD, rows or empty, widths))
    if payload["absent"]:
        story += [Spacer(1, 4 * MM), P("<b>Tidak datang hari ini</b>")]
        story.append(_table(("No.", "No. reg.", "Nama",
                             "Hari tidak datang berturut-turut (dengan hari ini)",
                             "Keterangan"),
                            [[str(i), a["reg_no"], a["name"], str(a["missed"] + 1),
                              "Menunggu tinjauan dokter" if a["held"] else ""]
                             for i, a in enumerate(payload["absent"], 1)],
                            [8 * MM, 20 * MM, 60 * MM, 45 * MM, width - 133 * MM]))
    if payload["stock"]:
        story += [Spacer(1, 4 * MM), P("<b>Stok obat hari ini (mg)</b>")]
        story.append(_table(("Batch", "Obat", "Diterima", "Diberikan", "Terbuang", "Saldo",
                             "Hasil hitung", "Alasan selisih"),
                            [[s["batch"], s["medicine"], s["received"], s["dispensed"],
                              s["wasted"], s["balance"], s["counted"], s["reason"]]
                             for s in payload["stock"]],
                            [24 * MM, 24 * MM, 22 * MM, 22 * MM, 22 * MM, 22 * MM, 24 * MM,
                             width - 160 * MM]))
    signer = payload["signer"]
    story.append(signature_block(payload["facility"].get("city", ""), day,
                                 [Signer("Petugas yang memberikan,", signer["name"], "NIP",
                                         signer["nip"])], width=width))
    fac = payload["facility"]
    printed = payload["printed_at"]
    return build_pdf(story, letterhead=Letterhead.from_payload(fac, logo),
                     marks=Marks(f"LD-{day.strftime('%Y%m%d')} (dicetak "
                                 f"{short_date(printed)} {clock(printed, '.')})"),
                     title="Lembar pemberian dosis harian", pagesize=page, margin=margin,
                     invariant=invariant)
