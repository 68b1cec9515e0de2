"""From a drawn PDF to the preview dialog that shows it, with the wait cursor while it is
drawn. What is drawn (an original, a reprint marked SALINAN, certificates) comes from
:mod:`ui.common.papers`, shared with ``main.py document``.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from ui.documents.preview import PreviewDialog


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
