"""From the register to the preview: the models/ call that yields a document's content (and
audits it), the renderer that draws it, and the preview dialog that shows it.

An original just issued is read with :func:`models.documents.issue.view_document`; an
entry opened from the register again is a reprint (:func:`models.documents.issue.reprint`,
counted and audited), drawn with SALINAN on it.
"""
from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from models.documents.issue import IssuedDocument, reprint, view_document
from models.facility.facility import facility
from models.staff.staff import Staff
from reports.holder import PrintOptions
from ui.documents.preview import PreviewDialog


def _options(record: IssuedDocument, copy: bool) -> PrintOptions:
    fac = facility()
    return PrintOptions(copy=copy, voided=record.voided_at is not None,
                        logo=fac.logo if fac is not None else None)


def document_pdf(record: IssuedDocument, copy: bool) -> bytes:
    """The PDF of a register entry (``copy``: marked SALINAN)."""
    from reports.render import render_document
    return render_document(record.payload, record.qr, _options(record, copy))


def original_pdf(actor: Staff, document_id: int) -> tuple[IssuedDocument, bytes]:
    """A document just issued, as printed the first time (the view is audited)."""
    record = view_document(actor, document_id)
    return record, document_pdf(record, copy=False)


def reprint_pdf(actor: Staff, number: str) -> tuple[IssuedDocument, bytes]:
    """A reprint from the register, marked SALINAN (counted and audited)."""
    record = reprint(actor, number)
    return record, document_pdf(record, copy=True)


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
                               _options(records[0], copy=False), workers=1)


def busy(function, *args):
    """Run ``function`` with the wait cursor shown (rendering takes a moment)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return function(*args)
    finally:
        QGuiApplication.restoreOverrideCursor()


def open_preview(parent: QWidget | None, pdf: bytes, title: str,
                 file_stem: str, document_id: int | None = None) -> PreviewDialog:
    """Show ``pdf`` in a preview dialog (window-modal over ``parent``) and return it; with
    ``document_id`` (an original just issued) it offers voiding to who may void it."""
    dialog = PreviewDialog(pdf, title, file_stem, parent)
    if document_id is not None:
        dialog.offer_void(document_id, file_stem)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
