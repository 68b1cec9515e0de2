"""One entry point for printing any issued document from its frozen payload."""
from __future__ import annotations

from typing import Any

from reports.holder import PrintOptions


def render_document(payload: dict[str, Any], qr: str, options: PrintOptions = PrintOptions()
                    ) -> bytes:
    """The PDF of a document of any kind (``payload["kind"]``)."""
    kind = payload.get("kind")
    if kind == "SKHPN":
        from reports.skhpn import render_skhpn
        return render_skhpn(payload, qr, options)
    if kind == "KLD":
        from reports.card import render_card
        return render_card(payload, qr, options)
    if kind == "SRT":
        from reports.certificate import render_certificate
        return render_certificate(payload, qr, options)
    if kind == "ASM":
        from reports.assessment_summary import render_assessment_summary
        return render_assessment_summary(payload, qr, options)
    if kind == "KWT":
        from reports.receipt import render_receipt
        return render_receipt(payload, qr, options)
    if kind in ("SKR", "SKS", "RUJ", "PST"):
        from reports.letters import render_letter
        return render_letter(payload, qr, options)
    raise ValueError(f"no renderer for document kind {kind!r}")
