"""The Dokumen page: the register of issued documents (search, filters, open a copy, void,
the certificates of a period, checking a paper), the SKHPN desk and the doctor's
examination, and (for admins) the signing keys."""
from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.documents.document import DOCUMENT_KINDS
from models.documents.rules import void_refusal
from models.staff.rights import Action, Area, has_right
from models.staff.staff import Staff
from ui.clients.person_form import code_combo, retranslate_combo
from ui.common.papers import certificates_pdf, reprint_pdf
from ui.documents.keys_panel import KeysPanel
from ui.documents.preview import PreviewDialog
from ui.documents.printing import busy, open_preview
from ui.documents.register_dialogs import F_FROM, F_TO, CertificatesDialog, VoidDialog
from ui.documents.register_model import DocumentIdRole, NumberRole, RegisterFilter, RegisterModel
from ui.documents.skhpn_desk import SkhpnDesk
from ui.documents.skhpn_exam import SkhpnExamPanel
from ui.documents.verify_dialog import VerifyDialog
from ui.session import SESSION
from ui.widgets.date_field import DateField
from ui.widgets.errors import describe, show_failure
from ui.widgets.field_form import error_label, plain_label, show_error
from ui.widgets.tables import set_up_table

C = "RegisterPanel"
ALL_KINDS = QT_TRANSLATE_NOOP("Codes", "All documents")
STATES = (("", QT_TRANSLATE_NOOP("Codes", "Valid and voided")),
          ("valid", QT_TRANSLATE_NOOP("Codes", "Valid only")),
          ("voided", QT_TRANSLATE_NOOP("Codes", "Voided only")))
SEARCH_PAUSE_MS = 200


class RegisterPanel(QWidget):
    """Filters, the register list and what can be done with an entry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._searched = False
        self.last_preview: PreviewDialog | None = None
        self.text = QLineEdit(self)
        self.text.setObjectName("register_search")
        self.text.setClearButtonEnabled(True)
        self.text.addAction(qta.icon("mdi6.magnify"), QLineEdit.ActionPosition.LeadingPosition)
        self.text.returnPressed.connect(self.run_search)
        self.kind = code_combo((("", ALL_KINDS),) + DOCUMENT_KINDS, "register_kind", self)
        self.state = code_combo(STATES, "register_state", self)
        self.date_from = DateField(F_FROM, self)
        self.date_from.setObjectName("register_from")
        self.date_to = DateField(F_TO, self)
        self.date_to.setObjectName("register_to")
        self.from_label = plain_label("", self)
        self.to_label = plain_label("", self)
        for date in (self.date_from, self.date_to):
            date.returnPressed.connect(self.run_search)
        self.search_button = QPushButton(qta.icon("mdi6.magnify"), "", self)
        self.search_button.setObjectName("register_search_button")
        self.search_button.clicked.connect(self.run_search)

        self.model = RegisterModel(self._staff, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        # number, holder, document, issued, status, issued by; the least needed column,
        # purpose or result, takes what is left
        set_up_table(self.table, "register_table", widths=(215, 200, 150, 115, 85, 140, 120),
                     alternate=True)
        self.table.activated.connect(lambda _index: self.open_current())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())

        self.count_label = plain_label("", self, wrap=True)
        self.count_label.setObjectName("register_count")
        self.message = error_label(self)
        self.message.setObjectName("register_message")
        self.open_button = QPushButton(qta.icon("mdi6.file-eye"), "", self)
        self.open_button.setObjectName("open_document")
        self.open_button.clicked.connect(self.open_current)
        self.void_button = QPushButton(qta.icon("mdi6.file-cancel"), "", self)
        self.void_button.setObjectName("void_document")
        self.void_button.clicked.connect(self.void_current)
        self.certificates_button = QPushButton(qta.icon("mdi6.certificate"), "", self)
        self.certificates_button.setObjectName("issue_certificates")
        self.certificates_button.clicked.connect(self.issue_certificates)
        self.verify_button = QPushButton(qta.icon("mdi6.shield-check"), "", self)
        self.verify_button.setObjectName("verify_document")
        self.verify_button.clicked.connect(self.verify)

        first = QHBoxLayout()
        first.addWidget(self.text, 3)
        first.addWidget(self.kind, 2)
        second = QHBoxLayout()
        for widget in (self.from_label, self.date_from, self.to_label, self.date_to):
            second.addWidget(widget)
        second.addWidget(self.state, 1)
        second.addWidget(self.search_button)
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.certificates_button)
        actions.addWidget(self.verify_button)
        actions.addStretch(1)
        actions.addWidget(self.void_button)  # apart from the everyday buttons
        layout = QVBoxLayout(self)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addLayout(actions)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_PAUSE_MS)
        self._timer.timeout.connect(self.run_search)
        self.text.textChanged.connect(self._timer.start)
        self.kind.currentIndexChanged.connect(self.run_search)
        self.state.currentIndexChanged.connect(self.run_search)
        self.retranslate_ui()

    def _staff(self) -> Staff:
        if SESSION.staff is None:
            raise RuntimeError("nobody is signed in")
        return SESSION.staff

    # --- searching ---------------------------------------------------------------------

    def current_filter(self) -> RegisterFilter:
        """The filters as typed (a bad date raises a ValidationError at its field)."""
        state = self.state.currentData()
        return RegisterFilter(text=self.text.text().strip(), kind=self.kind.currentData() or None,
                              date_from=self.date_from.date(), date_to=self.date_to.date(),
                              voided=None if not state else state == "voided")

    def run_search(self) -> None:
        self._timer.stop()
        show_error(self.message, "")
        if SESSION.staff is None:
            return
        try:
            register_filter = self.current_filter()
        except Exception as exc:  # noqa: BLE001 - a half-typed date: said, list kept
            show_failure(exc, self.message)
            return
        self.model.search(register_filter)
        self._searched = True
        if self.model.error is not None:
            show_error(self.message, describe(self.model.error))
        if self.model.rowCount():
            self.table.selectRow(0)
        self._show_count()
        self._enable()

    def _show_count(self) -> None:
        count = self.model.rowCount()
        if count == 0:
            self.count_label.setText(self.tr("No document matches."))
        elif self.model.canFetchMore():
            self.count_label.setText(self.tr("The newest {count} documents shown; scroll down "
                                             "for more.").format(count=count))
        else:
            self.count_label.setText(self.tr("%n document(s).", "", count))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._searched:
            self.run_search()

    # --- acting on an entry ------------------------------------------------------------

    def _current(self, role: int):
        index = self.table.currentIndex()
        return self.model.data(index, role) if index.isValid() else None

    def _enable(self) -> None:
        """Open needs a chosen entry; Void asks models/ whether the signed-in member may
        void it, and says why not in the tooltip."""
        document_id = self._current(DocumentIdRole)
        self.open_button.setEnabled(document_id is not None)
        refusal = None
        if document_id is not None and SESSION.staff is not None:
            refusal = void_refusal(SESSION.staff, document_id)
        allowed = document_id is not None and SESSION.staff is not None and refusal is None
        self.void_button.setEnabled(allowed)
        self.void_button.setToolTip(describe(refusal) if refusal is not None else
                                    self.tr("Void the chosen document, with a reason"))

    def open_current(self) -> PreviewDialog | None:
        """Show the chosen entry again, marked SALINAN (a counted, audited reprint)."""
        number = self._current(NumberRole)
        if number is None or SESSION.staff is None:
            return None
        show_error(self.message, "")
        try:
            record, pdf = busy(reprint_pdf, SESSION.staff, number)
        except Exception as exc:  # noqa: BLE001
            show_failure(exc, self.message)
            return None
        title = self.tr("{number} (copy)").format(number=record.number)
        return open_preview(self, pdf, title, record.number)

    def void_current(self) -> VoidDialog | None:
        document_id = self._current(DocumentIdRole)
        if document_id is None or SESSION.staff is None:
            return None
        refusal = void_refusal(SESSION.staff, document_id)
        if refusal is not None:  # a right taken away since the row was chosen
            show_error(self.message, describe(refusal))
            self._enable()
            return None
        dialog = VoidDialog(document_id, self._current(NumberRole), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._refresh_keep_place)
        dialog.open()
        return dialog

    def _refresh_keep_place(self) -> None:
        row = self.table.currentIndex().row()
        self.model.refresh()
        if self.model.rowCount():
            self.table.selectRow(min(max(row, 0), self.model.rowCount() - 1))
        self._show_count()
        self._enable()

    def issue_certificates(self) -> CertificatesDialog:
        dialog = CertificatesDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._show_certificates(dialog.document_ids))
        dialog.open()
        return dialog

    def _show_certificates(self, document_ids: list[int]) -> PreviewDialog | None:
        self.run_search()
        if SESSION.staff is None:
            return None
        try:
            pdf = busy(certificates_pdf, SESSION.staff, document_ids)
        except Exception as exc:  # noqa: BLE001 - issued: each can be opened from the list
            show_failure(exc, self.message)
            return None
        self.last_preview = open_preview(
            self, pdf, self.tr("%n certificate(s)", "", len(document_ids)),
            f"sertifikat-{len(document_ids)}")
        return self.last_preview

    def verify(self) -> VerifyDialog:
        """Check a paper's QR (Ctrl+Shift+V)."""
        dialog = VerifyDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def retranslate_ui(self) -> None:
        self.text.setPlaceholderText(self.tr("Document number or holder's name"))
        retranslate_combo(self.kind)
        retranslate_combo(self.state)
        self.from_label.setText(QCoreApplication.translate("Codes", F_FROM))
        self.to_label.setText(QCoreApplication.translate("Codes", F_TO).lower())
        self.date_from.retranslate_ui()
        self.date_to.retranslate_ui()
        self.search_button.setText(self.tr("Search"))
        self.open_button.setText(self.tr("&Open a copy"))
        self.open_button.setToolTip(self.tr("Show the document again, marked SALINAN, to "
                                            "print or save (Enter)"))
        self.void_button.setText(self.tr("&Void..."))
        self.certificates_button.setText(self.tr("&Certificates of a period..."))
        self.verify_button.setText(self.tr("Chec&k a paper..."))
        self.verify_button.setToolTip(self.tr("Check the QR code of a printed document "
                                              "(Ctrl+Shift+V)"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          self.model.columnCount() - 1)
        if self._searched:
            self._show_count()


class RegisterPage(QWidget):
    """The Dokumen navigation page: register, SKHPN desk, examination and signing keys."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("documents_tabs")
        self.register = RegisterPanel(self)
        self.desk = SkhpnDesk(self)
        self.exam = SkhpnExamPanel(self)
        self.tabs.addTab(self.register, qta.icon("mdi6.book-open-variant"), "")
        self.tabs.addTab(self.desk, qta.icon("mdi6.account-check"), "")
        self.tabs.addTab(self.exam, qta.icon("mdi6.stethoscope"), "")
        self.keys: KeysPanel | None = None
        staff = SESSION.staff
        if staff is not None and has_right(staff, Area.ADMIN, Action.VIEW):
            self.keys = KeysPanel(self)
            self.tabs.addTab(self.keys, qta.icon("mdi6.key-chain"), "")
        self.desk.application_opened.connect(lambda _id: self.exam.load())
        self.exam.issued.connect(lambda _id: self.register.run_search())
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        # Active while this page is shown (a hidden widget's shortcut does not fire).
        QShortcut(QKeySequence("Ctrl+Shift+V"), self, activated=self.register.verify)
        self.retranslate_ui()

    def keep_draft(self) -> None:
        """Called by the main window on a lock or sign-out: keep a half-entered exam."""
        self.exam.keep_draft()

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.exam:
            self.exam.load()
        elif self.tabs.widget(index) is self.register:
            self.register.run_search()

    def retranslate_ui(self) -> None:
        texts = [self.tr("Register"), self.tr("SKHPN: application"),
                 self.tr("SKHPN: examination")]
        if self.keys is not None:
            texts.append(self.tr("Signing keys"))
        for index, text in enumerate(texts):
            self.tabs.setTabText(index, text)
        self.register.retranslate_ui()
        self.desk.retranslate_ui()
        self.exam.retranslate_ui()
        if self.keys is not None:
            self.keys.retranslate_ui()
