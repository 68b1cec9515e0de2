"""Kuitansi: the receipt of a paid PNBP fee (document kind KWT), from its frozen payload.

It says who paid, how much (in figures and in words, as Indonesian receipts do: the words
keep a figure from being altered), for what, and who received it, with the seal's QR.
"""
from __future__ import annotations

from typing import Any

from reports.dates import long_date
from reports.holder import PrintOptions, page_setup
from reports.letterhead import MM, P, Signer, build_pdf, esc, field_table, rupiah, signature_block

TITLE = "KUITANSI"
_ONES = ("", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
         "sepuluh", "sebelas")
_GROUPS = ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (1000, "ribu"))


def _below_thousand(n: int) -> str:
    if n < 12:
        return _ONES[n]
    if n < 20:
        return f"{_ONES[n - 10]} belas"
    if n < 100:
        tens, rest = divmod(n, 10)
        return f"{_ONES[tens]} puluh {_ONES[rest]}".strip()
    hundreds, rest = divmod(n, 100)
    head = "seratus" if hundreds == 1 else f"{_ONES[hundreds]} ratus"
    return f"{head} {_below_thousand(rest)}".strip()


def terbilang(n: int) -> str:
    """A whole number in Indonesian words: ``290000`` → ``dua ratus sembilan puluh ribu``."""
    if n < 0:
        return "minus " + terbilang(-n)
    if n == 0:
        return "nol"
    words = []
    for size, name in _GROUPS:
        count, n = divmod(n, size)
        if count:
            words.append("seribu" if size == 1000 and count == 1
                         else f"{terbilang(count)} {name}")
    if n:
        words.append(_below_thousand(n))
    return " ".join(words)


def story(payload: dict[str, Any], qr: str) -> list[Any]:
    """The flowables of a receipt."""
    from reportlab.platypus import Spacer, Table, TableStyle
    amount = int(payload.get("amount") or 0)
    words = terbilang(amount) + " rupiah"
    received = payload.get("received_by") or {}
    rows = [("Telah terima dari", payload.get("payer", "")),
            ("Uang sejumlah", words[:1].upper() + words[1:]),
            ("Untuk pembayaran", payload.get("paid_for", "")),
            ("Tanggal pembayaran", long_date(payload.get("paid_on")))]
    figure = Table([[P(f"<b>Jumlah: {esc(rupiah(amount))},-</b>")]], colWidths=[70 * MM],
                   hAlign="LEFT")
    figure.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, (0, 0, 0)),
                                ("BACKGROUND", (0, 0), (-1, -1), (0.94, 0.94, 0.94)),
                                ("TOPPADDING", (0, 0), (-1, -1), 4),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return [
        P(f"<u>{TITLE}</u>", "title"),
        P(f"Nomor: {esc(payload.get('number'))}", "subtitle"),
        Spacer(1, 6 * MM),
        field_table(rows, label_width=40 * MM),
        Spacer(1, 5 * MM),
        figure,
        Spacer(1, 2 * MM),
        P("Penerimaan Negara Bukan Pajak (PNBP) sesuai PP Nomor 19 Tahun 2020.", "small"),
        signature_block(payload.get("place", ""), payload.get("date"),
                        [Signer("Yang menerima,", received.get("name", ""), "NIP",
                                received.get("nip", ""))], qr),
    ]


def render_receipt(payload: dict[str, Any], qr: str, options: PrintOptions = PrintOptions()
                   ) -> bytes:
    """The receipt as PDF bytes."""
    letterhead, marks, author = page_setup(payload, options)
    return build_pdf(story(payload, qr), letterhead=letterhead, marks=marks,
                     title=f"Kuitansi {payload.get('number', '')}", keywords=qr, author=author,
                     invariant=options.invariant)
