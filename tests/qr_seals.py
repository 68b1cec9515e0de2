"""Test helper: the Pulih seals read back from the QR codes drawn on a PDF's pages.

The application reads printed QR codes only through :mod:`reports.pdf_probe` (a child process
with bounded time and memory, which also refuses hostile files); the tests read the papers
they have just rendered directly, without a child process, to check that the printed codes
still carry the seal."""
from __future__ import annotations

from reports.seal_reader import looks_like_seal


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
