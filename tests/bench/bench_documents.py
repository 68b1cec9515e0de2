"""Document rendering beside its floor (the same page drawn with a bare ReportLab canvas).

    python -m tests.bench.bench_documents [--rounds 30] [--batch 500]

1. One SKHPN with its QR: median milliseconds per document.
2. A batch of certificates in one PDF, on every core: documents per second (and per core).
The floor draws the same words and the same QR straight onto a canvas, with no layout,
no wrapping and no tables: what any way of printing these pages must at least pay.
"""
from __future__ import annotations

import argparse
import io
import os
import statistics
import time
from typing import Any

from reports.certificate import render_certificates
from reports.holder import PrintOptions
from reports.letterhead import BOLD, FONT, MM, register_fonts
from reports.qr import draw_qr, qr_modules
from reports.skhpn import render_skhpn
from tests.bench.report import print_table

FACILITY = {"name_lines": ["BADAN NARKOTIKA NASIONAL REPUBLIK INDONESIA",
                           "BADAN NARKOTIKA NASIONAL KOTA SUKAMAJU"],
            "address": "Jl. Pahlawan Revolusi No. 17, Kelurahan Sukajadi, Kecamatan Sukamaju "
                       "Kaler, Kota Sukamaju, Jawa Barat 45123",
            "phone": "(0266) 5550 147", "email": "klinik@bnnk-sukamaju.example",
            "website": "https://bnnk-sukamaju.example", "code": "BNNK-SM", "city": "Sukamaju"}
HEAD = {"name": "Drs. Hendra Kusumawijaya, M.Si.", "position": "Kepala BNN Kota Sukamaju",
        "nip": "197303152000031002"}


def person(i: int) -> dict[str, Any]:
    return {"name": f"Bench Klien Nomor {i} Wulandari Kusumaningtyas", "nik": "3273055708950003",
            "sex": "P", "birth_place": "Bandung", "birth_date": "1995-08-17",
            "occupation": "Karyawan swasta",
            "address": "Jl. Cihampelas No. 12 RT/RW 003/007, Cipaganti, Kec. Coblong, Bandung"}


def seal(number: str, kind: str, status: str) -> str:
    return (f"PULIH1|{number}|{kind}|2025-07-14|{status}|BNNK-SM|H:3F9A2C1B7D2E|"
            f"K:1A2B3C4D5E6F7A8B|S:{'x' * 86}")


def skhpn_payload(i: int) -> dict[str, Any]:
    return {"number": f"SKHPN/{i:04d}/VII/2025/BNNK-SM", "kind": "SKHPN", "date": "2025-07-14",
            "place": "Sukamaju", "facility": FACILITY, "head": HEAD, "person": person(i),
            "examined_on": "2025-07-14",
            "methods": {"interview": {"instrument": "DAST-10", "score": 0, "band": "none"},
                        "urine": {p: "negative" for p in ("AMP", "MET", "THC", "COC", "MOP",
                                                          "BZO")},
                        "physical": "Dalam batas normal", "urine_specimen": f"U25-{i:06d}"},
            "result": "not_indicated", "purpose": "job", "purpose_detail": "",
            "doctor": {"name": "dr. Ni Made Ayu Lestari", "sip": "446/0123/SIP-DU/2023"},
            "fee": 290000, "fee_waived": ""}


def certificate_payload(i: int) -> dict[str, Any]:
    return {"number": f"SRT/{i:04d}/VII/2025/BNNK-SM", "kind": "SRT", "date": "2025-07-14",
            "place": "Sukamaju", "facility": FACILITY, "head": HEAD, "person": person(i),
            "program": "BNN – Rawat Jalan", "from": "2025-01-02", "to": "2025-06-30"}


def floor_page(canvas: Any, lines: list[tuple[str, float, str]], qr: str) -> None:
    """The floor: every line drawn at a fixed place, and the QR."""
    y = 800.0
    for font, size, text in lines:
        canvas.setFont(font, size)
        canvas.drawString(50, y, text)
        y -= size * 1.3
    draw_qr(canvas, qr, 50, 60, 27 * MM)
    canvas.showPage()


def floor_pdf(pages: list[tuple[dict[str, Any], str]]) -> bytes:
    from reportlab.pdfgen.canvas import Canvas
    register_fonts()
    buf = io.BytesIO()
    canvas = Canvas(buf)
    for payload, qr in pages:
        lines = [(BOLD, 11, line) for line in FACILITY["name_lines"]]
        lines += [(FONT, 9, FACILITY["address"]), (BOLD, 13, payload["number"])]
        lines += [(FONT, 10, f"{k}: {v}") for k, v in payload["person"].items()]
        lines += [(FONT, 10, "Pemeriksaan narkotika: DAST-10, tes urine enam parameter"),
                  (FONT, 10, "Kesimpulan: TIDAK TERINDIKASI"), (FONT, 10, HEAD["name"])]
        floor_page(canvas, lines, qr)
    canvas.save()
    return buf.getvalue()


def timed(fn: Any, rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--batch", type=int, default=500)
    args = parser.parse_args(argv)
    options = PrintOptions(invariant=True)
    render_skhpn(skhpn_payload(0), seal("X", "SKHPN", "TIDAK TERINDIKASI"), options)  # warm up

    counter = iter(range(1, 10 ** 6))

    def one() -> bytes:  # a new QR text each round: no encoder cache helps
        i = next(counter)
        return render_skhpn(skhpn_payload(i), seal(f"SKHPN/{i}", "SKHPN", "TIDAK TERINDIKASI"),
                            options)

    def one_floor() -> bytes:
        i = next(counter)
        return floor_pdf([(skhpn_payload(i), seal(f"F/{i}", "SKHPN", "TIDAK TERINDIKASI"))])

    skhpn_ms = timed(one, args.rounds) * 1000
    floor_ms = timed(one_floor, args.rounds) * 1000
    qr_ms = timed(lambda: qr_modules(seal(f"Q/{next(counter)}", "SKHPN", "X")),
                  args.rounds) * 1000
    items = [(certificate_payload(i), seal(f"SRT/{i}", "SRT", "SELESAI PROGRAM"))
             for i in range(args.batch)]
    cores = os.cpu_count() or 1
    start = time.perf_counter()
    pdf = render_certificates(items, options, workers=cores)
    batch_s = time.perf_counter() - start
    qr_modules.cache_clear()
    start = time.perf_counter()
    floor_pdf([(p, q.replace("SRT/", "FLOOR/")) for p, q in items])
    floor_batch_s = time.perf_counter() - start
    rate = args.batch / batch_s
    floor_rate = args.batch / floor_batch_s
    print_table(("benchmark", "Pulih", "floor"), [
        ("one SKHPN with its QR (median ms)", f"{skhpn_ms:.1f}", f"{floor_ms:.1f}"),
        ("  of which QR encoding (median ms)", f"{qr_ms:.1f}", ""),
        (f"batch of {args.batch} certificates (docs/s)", f"{rate:.1f}", f"{floor_rate:.1f}"),
        (f"  per core ({cores} cores; floor on one)", f"{rate / cores:.1f}",
         f"{floor_rate:.1f}"),
        ("  batch PDF size (MB)", f"{len(pdf) / 1e6:.1f}", "")])


if __name__ == "__main__":
    main()
