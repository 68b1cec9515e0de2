"""Recognising a Pulih seal (QR text) and finding the seals a PDF carries in its metadata.

The QR codes printed on the pages (also on a scan, which has no metadata) are read by
:mod:`reports.pdf_probe`, in a child process with bounded time and memory."""
from __future__ import annotations

import io

SEAL_PREFIXES = ("PULIH1|", "PULIH2|")


def looks_like_seal(text: str) -> bool:
    """A Pulih seal: plain (PULIH1|..., PULIH2|...) or behind a verification address
    (``https://...#PULIH2%7C...``)."""
    text = text.strip()
    if text.startswith(SEAL_PREFIXES):
        return True
    return "#" in text and text.split("#", 1)[1].startswith("PULIH")


def seals_in_metadata(pdf: bytes) -> list[str]:
    """The seals Pulih wrote into the PDF's keywords (one per line; a batch has many)."""
    from pypdf import PdfReader
    try:
        info = PdfReader(io.BytesIO(pdf)).metadata
    except Exception:  # noqa: BLE001 - a damaged or foreign PDF simply has no seal
        return []
    keywords = str(info.get("/Keywords") or "") if info else ""
    return [line.strip() for line in keywords.splitlines() if looks_like_seal(line)]
