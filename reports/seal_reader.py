"""Finding the seal (QR text) of a document in a PDF: in its metadata, and in the QR codes
printed on its pages (also on a scan, which has no metadata)."""
from __future__ import annotations

import io

SEAL_PREFIX = "PULIH1|"
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
    keywords = str((info or {}).get("/Keywords") or "")
    return [line.strip() for line in keywords.splitlines() if looks_like_seal(line)]


def seals_in_images(pdf: bytes, dpi: int = 300, max_pages: int = 50) -> list[str]:
    """The Pulih seals in the QR codes drawn on the first ``max_pages`` pages, page order."""
    import pypdfium2 as pdfium
    import zxingcpp
    found: list[str] = []
    try:
        document = pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError:
        return []
    try:
        for index in range(min(len(document), max_pages)):
            image = document[index].render(scale=dpi / 72).to_pil()
            for code in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode):
                if looks_like_seal(code.text) and code.text not in found:
                    found.append(code.text)
    finally:
        document.close()
    return found
