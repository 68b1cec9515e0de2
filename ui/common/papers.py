"""Papers from the register: the print options, an original as first printed, a reprint
(marked SALINAN, counted and audited) and a batch of certificates. The register screen, the
letters menu, the SKHPN examination and ``main.py document`` all draw through here.

A reprint is rendered inside :func:`models.documents.issue.reprint`'s transaction, so a
renderer that fails (or a disk that is full when the file is written) leaves the reprint
neither counted nor audited: nobody got a copy.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from models.documents.issue import IssuedDocument, reprint, view_document
from models.facility.facility import facility
from models.staff.staff import Staff
from reports.holder import PrintOptions


def print_options(record: IssuedDocument, *, copy: bool) -> PrintOptions:
    """How ``record`` is drawn: SALINAN for a copy, VOID when voided, the facility's logo."""
    fac = facility()
    return PrintOptions(copy=copy, voided=record.voided_at is not None,
                        logo=fac.logo if fac is not None else None)


def document_pdf(record: IssuedDocument, *, copy: bool) -> bytes:
    """The PDF of a register entry (``copy``: marked SALINAN)."""
    from reports.render import render_document
    return render_document(record.payload, record.qr, print_options(record, copy=copy))


def original_pdf(actor: Staff, document_id: int) -> tuple[IssuedDocument, bytes]:
    """A document just issued, as printed the first time (the view is audited)."""
    record = view_document(actor, document_id)
    return record, document_pdf(record, copy=False)


def reprint_pdf(actor: Staff, number: str,
                deliver: Callable[[bytes], None] | None = None
                ) -> tuple[IssuedDocument, bytes]:
    """A reprint of ``number``, marked SALINAN, counted and audited only once it is drawn
    (and handed to ``deliver``, e.g. written to a file, when given): both run inside the
    reprint's transaction."""
    drawn: list[bytes] = []

    def render(record: IssuedDocument) -> None:
        pdf = document_pdf(record, copy=True)
        if deliver is not None:
            deliver(pdf)
        drawn.append(pdf)

    record = reprint(actor, number, render)
    return record, drawn[0]


def reprint_to_file(actor: Staff, number: str, out: Path) -> IssuedDocument:
    """``main.py document``: the reprint written whole to ``out`` or not at all (a full disk
    leaves no 0-byte PDF and no counted reprint)."""
    from reports.tally_progress import write_file

    def deliver(pdf: bytes) -> None:
        out.parent.mkdir(parents=True, exist_ok=True)
        write_file(out, pdf)

    record, _pdf = reprint_pdf(actor, number, deliver)
    return record


def certificates_pdf(actor: Staff, document_ids: Iterable[int]) -> bytes:
    """A batch of certificates just issued, one page each, in the order given.

    Drawn in this process (``workers=1``): the renderer's process pool would fork the
    whole running window.
    """
    from reports.certificate import render_certificates
    records = [view_document(actor, document_id) for document_id in document_ids]
    if not records:
        raise ValueError("no certificates")
    return render_certificates([(r.payload, r.qr) for r in records],
                               print_options(records[0], copy=False), workers=1)
