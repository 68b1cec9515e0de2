"""QR codes for documents: a flowable for platypus stories and a call for bare canvases.

The module matrix comes from zxing-cpp's encoder (the same library ``verify`` reads codes
with) and is drawn as one filled path of row runs. ReportLab's own ``QrCodeWidget`` was
tried first: its pure-Python encoder took 21 ms of a 44 ms SKHPN (zxing-cpp: under 2 ms),
and it encodes twice per drawing and emits a shape per run.
"""
from __future__ import annotations

import itertools
from functools import lru_cache
from typing import Any

#: Error correction M (15 %): survives a fold, a stamp or a smudge and keeps the code
#: small enough to scan from a phone at arm's length.
LEVEL = "M"
QUIET = 4  # modules of white border the QR standard asks for


@lru_cache(maxsize=32)  # a preview and then a print of one paper encode once
def qr_modules(text: str) -> tuple[tuple[bool, ...], ...]:
    """The dark (True) / light module matrix of ``text``, top row first, no quiet zone."""
    import zxingcpp
    code = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level=LEVEL)
    image = code.to_image(scale=1, add_quiet_zones=False)
    rows, cols = image.shape
    # 8-bit grey, 0 is a dark module. The Image has the buffer protocol; its stub omits it.
    pixels = memoryview(image).tobytes()  # type: ignore[arg-type]
    return tuple(tuple(pixels[r * cols + c] < 128 for c in range(cols)) for r in range(rows))


def draw_qr(canvas: Any, text: str, x: float, y: float, size: float) -> None:
    """Draw the QR code, quiet zone included, as a ``size`` square with its lower-left
    corner at (x, y)."""
    modules = qr_modules(text)
    count = len(modules)
    box = size / (count + 2 * QUIET)
    path = canvas.beginPath()
    for r, row in enumerate(modules):
        top = y + size - (r + QUIET + 1) * box
        c = 0
        for dark, run in itertools.groupby(row):
            n = len(list(run))
            if dark:
                # a hair wider than the module, so no light seams show between runs
                path.rect(x + (c + QUIET) * box, top, n * box + 0.01, box + 0.01)
            c += n
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def qr_flowable(text: str, size: float) -> Any:
    """The QR code as a flowable of ``size`` x ``size`` points."""
    from reportlab.platypus.flowables import Flowable

    class QrFlowable(Flowable):
        def wrap(self, _avail_w: float, _avail_h: float) -> tuple[float, float]:
            return size, size

        def draw(self) -> None:
            draw_qr(self.canv, text, 0, 0, size)

    return QrFlowable()
