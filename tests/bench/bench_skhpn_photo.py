"""One SKHPN with the applicant's photo and its seal, beside its floor.

    python -m tests.bench.bench_skhpn_photo [--rounds 20]

The photo is what models/documents/photo.py stores (a 300 x 400 JPEG) and the payload freezes
(base64 with its SHA-256). The floor draws the same words, the same JPEG and the same QR
straight onto a bare ReportLab canvas: no layout, no tables, no hash check of the photo.
"""
from __future__ import annotations

import argparse
import base64
import hashlib
import io
import statistics
import time
from typing import Any

from models.documents.photo import prepare_photo
from reports.holder import PrintOptions
from reports.letterhead import BOLD, FONT, MM, register_fonts
from reports.qr import draw_qr
from reports.skhpn import render_skhpn
from tests.bench.bench_documents import FACILITY, HEAD, skhpn_payload
from tests.bench.report import print_table


def synthetic_photo() -> bytes:
    """A drawn portrait (no real person), through the same checks as a desk's photo."""
    from PIL import Image, ImageDraw
    img = Image.new("RGB", (1200, 1600), (40, 90, 170))
    draw = ImageDraw.Draw(img)
    draw.ellipse((360, 280, 840, 840), fill=(225, 185, 150))
    draw.rectangle((240, 960, 960, 1600), fill=(240, 240, 240))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=92)
    return prepare_photo(out.getvalue())


def seal(i: int) -> str:
    return (f"PULIH2|SKHPN/{i:04d}/VII/2025/BNNK-SM|SKHPN|2025-07-14|TIDAK TERINDIKASI|"
            f"BNNK-SM|2025-10-13|N:3F9A2C1B7D2E|B:1A2B3C4D5E6F|I:ABCDEF012345|"
            f"D:{'d' * 24}|K:1A2B3C4D5E6F7A8B|S:{'x' * 86}")


def payload(i: int, jpeg: bytes) -> dict[str, Any]:
    p = skhpn_payload(i)
    p.pop("fee", None)
    p.pop("fee_waived", None)
    p["valid_until"] = "2025-10-13"
    p["photo"] = {"jpeg": base64.b64encode(jpeg).decode("ascii"),
                  "sha256": hashlib.sha256(jpeg).hexdigest()}
    return p


def floor(p: dict[str, Any], qr: str, jpeg: bytes) -> bytes:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas
    register_fonts()
    buf = io.BytesIO()
    canvas = Canvas(buf)
    lines = [(BOLD, 11, line) for line in FACILITY["name_lines"]]
    lines += [(FONT, 9, FACILITY["address"]), (BOLD, 13, p["number"])]
    lines += [(FONT, 10, f"{k}: {v}") for k, v in p["person"].items()]
    lines += [(FONT, 10, "Pemeriksaan narkotika: DAST-10, tes urine enam parameter"),
              (FONT, 10, "Kesimpulan: TIDAK TERINDIKASI"),
              (FONT, 10, "Surat keterangan ini berlaku sampai dengan 13 Oktober 2025"),
              (FONT, 10, HEAD["name"])]
    y = 800.0
    for font, size, text in lines:
        canvas.setFont(font, size)
        canvas.drawString(50, y, text)
        y -= size * 1.3
    canvas.drawImage(ImageReader(io.BytesIO(jpeg)), 470, 640, 25 * MM, 100 / 3 * MM)
    draw_qr(canvas, qr, 50, 60, 27 * MM)
    canvas.showPage()
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
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args(argv)
    jpeg = synthetic_photo()
    options = PrintOptions(invariant=True)
    render_skhpn(payload(0, jpeg), seal(0), options)  # warm up (fonts, imports)
    floor(payload(0, jpeg), seal(0), jpeg)
    counter = iter(range(1, 10 ** 6))

    def one() -> bytes:  # a new QR text each round: no encoder cache helps
        i = next(counter)
        return render_skhpn(payload(i, jpeg), seal(i), options)

    def one_floor() -> bytes:
        i = next(counter)
        return floor(payload(i, jpeg), seal(i), jpeg)

    pulih_ms = timed(one, args.rounds) * 1000
    floor_ms = timed(one_floor, args.rounds) * 1000
    size = len(one())
    print(f"photo JPEG stored: {len(jpeg) / 1024:.1f} KiB")
    print_table(("benchmark", "Pulih", "floor"), [
        ("one SKHPN with photo and seal (median ms)", f"{pulih_ms:.1f}", f"{floor_ms:.1f}"),
        ("  PDF size (KiB)", f"{size / 1024:.1f}", "")])


if __name__ == "__main__":
    main()
