"""Preview of an issued document (a PDF held in memory): pages, zoom, print through the
system's printers, open in the system's PDF viewer, save as a file.

The PDF bytes come from the models/ call that produced them (an issue, a view, a reprint,
which the register audits); this dialog only shows, prints and saves those bytes.
"""
from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

import qtawesome as qta
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRectF,
    QSize,
    QStandardPaths,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QImage,
    QKeySequence,
    QPageLayout,
    QPainter,
    QShortcut,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QToolButton, QVBoxLayout, QWidget

from reports.tally_progress import write_file
from ui.widgets import file_dialogs
from ui.widgets.errors import describe, show_failure
from ui.widgets.field_form import error_label, plain_label, show_error

#: Pages are drawn as pictures for the printer; above this resolution they only get bigger.
MAX_PRINT_DPI = 300
ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
_viewer_dir: Path | None = None


class PrintFailed(OSError):
    """The printer could not be started (no printer, a bad output file)."""


def safe_stem(number: str) -> str:
    """A document number as a file name: ``SKHPN/0001/VII/2025/BNNK-JU`` →
    ``SKHPN-0001-VII-2025-BNNK-JU``."""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", number).strip("-.")
    return stem[:100] or "dokumen"


def load_pdf(data: bytes, parent: QWidget | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument reading ``data`` from a buffer (keep the buffer as long as the
    document)."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    return document, buffer


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Print every page of ``document`` on ``printer``; returns the number of pages.

    Each page is rendered as a picture at the printer's resolution (at most
    :data:`MAX_PRINT_DPI`), fitted to the paper with its proportions kept and turned to the
    page's own orientation (a landscape certificate prints landscape).
    """
    count = document.pageCount()
    if count <= 0:
        return 0

    def orientation(page: int) -> QPageLayout.Orientation:
        size = document.pagePointSize(page)
        return (QPageLayout.Orientation.Landscape if size.width() > size.height()
                else QPageLayout.Orientation.Portrait)

    printer.setFullPage(True)  # the PDF brings its own margins
    printer.setPageOrientation(orientation(0))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(QCoreApplication.translate(
            "DocumentPreview", "The printer could not be started."))
    try:
        for page in range(count):
            if page:
                printer.setPageOrientation(orientation(page))
                printer.newPage()
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            points = document.pagePointSize(page)
            scale = min(paper.width() / points.width(), paper.height() / points.height())
            drawn_w, drawn_h = points.width() * scale, points.height() * scale
            shrink = min(1.0, MAX_PRINT_DPI / max(printer.resolution(), 1))
            pixels = QSize(max(1, round(drawn_w * shrink)), max(1, round(drawn_h * shrink)))
            picture = QImage(pixels, QImage.Format.Format_RGB32)
            picture.fill(QColor("white"))  # the render is transparent where nothing is drawn
            ink = QPainter(picture)
            ink.drawImage(0, 0, document.render(page, pixels))
            ink.end()
            target = QRectF(paper.x() + (paper.width() - drawn_w) / 2,
                            paper.y() + (paper.height() - drawn_h) / 2, drawn_w, drawn_h)
            painter.drawImage(target, picture)
    finally:
        painter.end()
    return count


def viewer_dir() -> Path:
    """A private folder for the copies handed to the system viewer, removed when Pulih
    quits (they hold personal data); a copy still open in a viewer stays until then."""
    global _viewer_dir
    if _viewer_dir is None or not _viewer_dir.is_dir():
        _viewer_dir = Path(tempfile.mkdtemp(prefix="pulih-lihat-"))
        app = QCoreApplication.instance()
        if app is not None:
            folder = _viewer_dir
            app.aboutToQuit.connect(lambda: shutil.rmtree(folder, ignore_errors=True))
    return _viewer_dir


class PreviewDialog(QDialog):
    """A PDF on screen with page navigation, zoom, print, open and save.

    Attributes:
        document: the loaded PDF.
        view: the QtPdf view.
    """

    def __init__(self, pdf: bytes, title: str, file_stem: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("document_preview")
        self.pdf = pdf
        self._title = title
        self.file_stem = safe_stem(file_stem)
        self.document, self._buffer = load_pdf(pdf, self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.pageNavigator().currentPageChanged.connect(self._show_page)

        def tool(icon: str, name: str, slot) -> QToolButton:
            button = QToolButton(self)
            button.setIcon(qta.icon(icon))
            button.setObjectName(name)
            button.setAutoRaise(True)
            button.clicked.connect(slot)
            return button

        self.previous_button = tool("mdi6.chevron-up", "previous_page", lambda: self.go(-1))
        self.next_button = tool("mdi6.chevron-down", "next_page", lambda: self.go(1))
        self.page_label = plain_label("", self)
        self.page_label.setObjectName("page_label")
        self.zoom_out_button = tool("mdi6.magnify-minus", "zoom_out", lambda: self.zoom(-1))
        self.zoom_in_button = tool("mdi6.magnify-plus", "zoom_in", lambda: self.zoom(1))
        self.fit_button = tool("mdi6.arrow-expand-horizontal", "fit_width", self.fit_width)
        self.print_button = QPushButton(qta.icon("mdi6.printer"), "", self)
        self.print_button.setObjectName("print_document")
        self.print_button.clicked.connect(self.print_document)
        self.open_button = QPushButton(qta.icon("mdi6.open-in-new"), "", self)
        self.open_button.setObjectName("open_in_viewer")
        self.open_button.clicked.connect(self.open_in_viewer)
        self.save_button = QPushButton(qta.icon("mdi6.content-save"), "", self)
        self.save_button.setObjectName("save_document")
        self.save_button.clicked.connect(self.save_as)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("close_preview")
        self.close_button.clicked.connect(self.accept)
        self.message = error_label(self)
        self.message.setObjectName("preview_message")
        self.done_note = plain_label("", self, wrap=True)
        self.done_note.setObjectName("preview_done")
        # shown by offer_void() to who may void the paper: bottom left, far from "Tutup"
        self.void_button = QPushButton(qta.icon("mdi6.file-cancel", color="#b3261e"), "", self)
        self.void_button.setObjectName("void_from_preview")
        self.void_button.setAutoDefault(False)
        self.void_button.clicked.connect(self.void_document)
        self.void_button.hide()
        self.document_id: int | None = None
        self.number = ""

        bar = QHBoxLayout()
        for widget in (self.previous_button, self.page_label, self.next_button):
            bar.addWidget(widget)
        bar.addSpacing(12)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.print_button, self.open_button, self.save_button,
                       self.close_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.done_note)
        bottom = QHBoxLayout()
        bottom.addWidget(self.void_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self,
                  activated=self.print_document)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, activated=self.save_as)
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn), self,
                  activated=lambda: self.zoom(1))
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut), self,
                  activated=lambda: self.zoom(-1))
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, activated=lambda: self.go(1))
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, activated=lambda: self.go(-1))
        self.resize(860, 900)
        self.retranslate_ui()
        self.close_button.setDefault(True)

    # --- voiding the paper just shown ------------------------------------------------

    def offer_void(self, document_id: int, number: str) -> bool:
        """Show "Batalkan dokumen..." when models/ says the signed-in member may void this
        document (the doctor who signed an SKHPN, or who may correct documents)."""
        from models.documents.rules import void_refusal
        from ui.session import SESSION
        self.document_id, self.number = document_id, number
        allowed = SESSION.staff is not None and void_refusal(SESSION.staff, document_id) is None
        self.void_button.setVisible(allowed)
        return allowed

    def void_document(self) -> QDialog | None:
        """Ask the reason and void (the register's own dialog)."""
        from ui.documents.register_dialogs import VoidDialog
        if self.document_id is None:
            return None
        dialog = VoidDialog(self.document_id, self.number, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._voided)
        dialog.open()
        return dialog

    def _voided(self) -> None:
        self.void_button.hide()
        self.done_note.setText(self.tr("Document {number} was voided. Copies printed from now "
                                       "on are marked DIBATALKAN.").format(number=self.number))

    # --- pages and zoom ----------------------------------------------------------------

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go(self, step: int) -> None:
        """Move ``step`` pages forward (negative: back)."""
        page = max(0, min(self.page_count() - 1, self.current_page() + step))
        self.view.pageNavigator().jump(page, self.view.pageNavigator().currentLocation())
        self._show_page()

    def zoom(self, step: int) -> None:
        """One zoom step in (1) or out (-1) from the current factor."""
        now = self.view.zoomFactor()
        if step > 0:
            factor = next((z for z in ZOOM_STEPS if z > now + 0.01), ZOOM_STEPS[-1])
        else:
            factor = next((z for z in reversed(ZOOM_STEPS) if z < now - 0.01), ZOOM_STEPS[0])
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)
        self._show_page()

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._show_page()

    def _show_page(self, *_args) -> None:
        count = self.page_count()
        page = self.current_page()
        self.page_label.setText(self.tr("Page {page} of {count}").format(
            page=page + 1, count=count))
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < count - 1)
        custom = self.view.zoomMode() == QPdfView.ZoomMode.Custom
        self.zoom_out_button.setEnabled(not custom or self.view.zoomFactor() > ZOOM_STEPS[0])
        self.zoom_in_button.setEnabled(not custom or self.view.zoomFactor() < ZOOM_STEPS[-1])

    # --- print, open, save -------------------------------------------------------------

    def print_document(self) -> None:
        """Choose a printer in the system's dialog, then print every page."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._title)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print {title}").format(title=self._title))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Print on a printer already chosen; False, with a message, when it failed."""
        show_error(self.message, "")
        try:
            pages = print_pdf(self.document, printer)
        except Exception as exc:  # noqa: BLE001 - the preview stays open
            show_failure(exc, self.message)
            return False
        self.done_note.setText(self.tr("Sent %n page(s) to the printer.", "", pages))
        return True

    def open_in_viewer(self) -> bool:
        """Hand a copy to the system's PDF viewer (for printers Qt does not reach)."""
        show_error(self.message, "")
        try:
            path = viewer_dir() / f"{self.file_stem}.pdf"
            write_file(path, self.pdf)
        except OSError as exc:
            show_error(self.message, describe(exc))
            return False
        from ui.documents.viewer_check import no_pdf_program
        if no_pdf_program() or not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            show_error(self.message, self.tr(
                "No program to show PDF files was found. Save the file and open it "
                "yourself."))
            return False
        return True

    def save_as(self) -> None:
        """Ask where, then save the PDF there."""
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        default = str(Path(folder) / f"{self.file_stem}.pdf") if folder else \
            f"{self.file_stem}.pdf"
        path, _ = file_dialogs.save_file_name(self, self.tr("Save the document"), default,
                                              "PDF (*.pdf)")
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> bool:
        """Write the PDF to ``path`` whole or not at all (a full disk leaves no half file)."""
        show_error(self.message, "")
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            write_file(target, self.pdf)
        except OSError as exc:
            show_error(self.message, describe(exc))
            return False
        self.done_note.setText(self.tr("Saved as {path}.").format(path=str(target)))
        return True

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self._title)
        self.previous_button.setToolTip(self.tr("Previous page (Page Up)"))
        self.next_button.setToolTip(self.tr("Next page (Page Down)"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.fit_button.setToolTip(self.tr("Fit the page to the window width"))
        self.print_button.setText(self.tr("&Print..."))
        self.print_button.setToolTip(self.tr("Print on one of this computer's printers "
                                             "(Ctrl+P)"))
        self.open_button.setText(self.tr("Open in &viewer"))
        self.open_button.setToolTip(self.tr("Open the PDF in the computer's own PDF viewer"))
        self.save_button.setText(self.tr("Save &as..."))
        self.save_button.setToolTip(self.tr("Save the PDF as a file (Ctrl+S)"))
        self.close_button.setText(self.tr("Close"))
        self.void_button.setText(self.tr("&Void this document..."))
        self._show_page()
