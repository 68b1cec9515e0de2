"""The SKHPN desk: find the walk-in applicant in the registry (or register them from their
identity card: they need not be a rehab client), then take the application: purpose, and
the fee or its waiver on a certificate of poverty (SKTM). The doctor's examination, which
issues the certificate, is :mod:`ui.documents.skhpn_exam`.
"""
from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.documents.document import SKHPN_PURPOSES
from models.documents.photo import has_photo
from models.documents.skhpn import (
    F_PURPOSE,
    F_PURPOSE_DETAIL,
    F_SKTM,
    identity_gaps,
    open_application,
)
from models.facility.facility import get_setting
from models.people.registry import LikelyDuplicate, register_person, view_person
from models.people.search import search_ids
from models.staff.staff import Staff
from reports.dates import short_date
from reports.letterhead import rupiah
from ui.clients.list_model import ClientListModel, PersonIdRole
from ui.clients.person_form import PersonForm, code_combo, line, retranslate_combo
from ui.documents.photo_dialog import PhotoDialog
from ui.intake.duplicate_dialog import DuplicateDialog
from ui.session import SESSION
from ui.widgets.errors import describe, expected, show_failure
from ui.widgets.field_form import FieldForm, error_label, plain_label, show_error
from ui.widgets.tables import set_up_table

F_FEE = QT_TRANSLATE_NOOP("Codes", "Fee")
SEARCH_PAUSE_MS = 150

SEARCH_LIMIT = 200  # rows listed; more are announced, never cut silently


class ApplicantDialog(QDialog):
    """Register a walk-in applicant from their identity card (the person form of intake).

    Attributes:
        person_id: the person registered (after the dialog was accepted).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("applicant_dialog")
        self.person_id: int | None = None
        self._different_from: tuple[int, ...] = ()  # decided: not the same person
        self.duplicate_dialog: DuplicateDialog | None = None
        self.person = PersonForm(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.person)
        self.message = error_label(self)
        self.message.setObjectName("applicant_message")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(640, 720)
        self.retranslate_ui()
        self.person.full_name.setFocus()

    def save(self) -> None:
        if SESSION.staff is None:
            return
        self.person.form.clear_errors()
        show_error(self.message, "")
        try:
            self.person_id = register_person(SESSION.staff, self.person.value(),
                                             override_nik=self.person.override_nik(),
                                             override_reason=self.person.override_reason(),
                                             applicant=True,  # not a rehab client number
                                             different_from=self._different_from)
        except LikelyDuplicate as exc:
            self._ask_duplicate(exc)
            return
        except Exception as exc:  # noqa: BLE001 - shown at its field, input kept
            show_failure(exc, self.message, forms=[self.person.form])
            return
        self.accept()

    def _ask_duplicate(self, exc: LikelyDuplicate) -> None:
        """Side by side with the person on file: take that record as the applicant (Enter),
        or confirm a different person (recorded) and save."""
        details = {}
        for candidate in exc.candidates:
            try:
                details[candidate.person_id] = view_person(SESSION.staff,
                                                           candidate.person_id).data
            except Exception as err:  # the name and number still show
                if not expected(err):
                    raise
        dialog = DuplicateDialog(self.person.value(), exc.candidates, details, self)
        self.duplicate_dialog = dialog

        def decided(result: int) -> None:
            self.duplicate_dialog = None
            dialog.deleteLater()
            if result != QDialog.DialogCode.Accepted:
                return
            if dialog.chosen_person is not None:
                self.person_id = dialog.chosen_person  # the record on file is the applicant
                self.accept()
            elif dialog.different:
                self._different_from = tuple(sorted(set(self._different_from) | set(exc.ids)))
                self.save()

        dialog.finished.connect(decided)
        dialog.open()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Register an SKHPN applicant"))
        self.person.retranslate_ui()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("&Save the applicant"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))


class SkhpnDesk(QWidget):
    """Applicant search and the application form.

    Signals:
        application_opened(int): an application was taken (its id); the doctor's queue
            should show it.
    """

    application_opened = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person_id: int | None = None
        self.applicant_box = QGroupBox(self)
        self.search = QLineEdit(self.applicant_box)
        self.search.setObjectName("applicant_search")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(qta.icon("mdi6.magnify"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.returnPressed.connect(self._search_now)
        self.search.installEventFilter(self)  # Down goes into the list of hits
        self.new_button = QPushButton(qta.icon("mdi6.account-plus"), "", self.applicant_box)
        self.new_button.setObjectName("new_applicant")
        self.new_button.clicked.connect(self.register_applicant)
        self.model = ClientListModel(self._staff, self)
        self.table = QTableView(self.applicant_box)
        self.table.setModel(self.model)
        set_up_table(self.table, "applicant_table", widths=(130, None, 90, 100, 140, 120),
                     stretch=1)  # the name takes the room
        self.table.setMinimumHeight(self.fontMetrics().height() * 9)
        self.table.selectionModel().currentRowChanged.connect(self._picked)
        self.table.activated.connect(lambda _index: self.purpose.setFocus())
        self.count_label = plain_label("", self.applicant_box, wrap=True)
        self.count_label.setObjectName("applicant_count")

        self.application_box = QGroupBox(self)
        self.chosen = plain_label("", self.application_box, wrap=True)
        self.chosen.setObjectName("chosen_applicant")
        self.gaps = plain_label("", self.application_box, wrap=True)
        self.gaps.setObjectName("identity_gaps")
        self.gaps.setStyleSheet("color: #8a4b00;")
        self.gaps.hide()
        self.photo_state = plain_label("", self.application_box, wrap=True)
        self.photo_state.setObjectName("photo_state")
        self.photo_button = QPushButton(qta.icon("mdi6.camera-account"), "",
                                        self.application_box)
        self.photo_button.setObjectName("applicant_photo")
        self.photo_button.clicked.connect(self.take_photo)
        self.form = FieldForm(self.application_box)
        self.purpose = code_combo((("", "-"),) + SKHPN_PURPOSES, "skhpn_purpose",
                                  self.application_box)
        self.purpose_detail = line("purpose_detail", self.application_box)
        self.sktm = line("sktm_number", self.application_box)
        self.sktm.textChanged.connect(self._show_fee)
        self.fee = plain_label("", self.application_box)
        self.fee.setObjectName("skhpn_fee")
        self.form.add_row(F_PURPOSE, self.purpose, required=True)
        self.form.add_row(F_PURPOSE_DETAIL, self.purpose_detail)
        self.form.add_row(F_SKTM, self.sktm)
        self.form.add_row(F_FEE, self.fee)
        self.form.chain_tab_order()
        self.open_button = QPushButton(qta.icon("mdi6.clipboard-check"), "",
                                       self.application_box)
        self.open_button.setObjectName("open_application")
        self.open_button.clicked.connect(self.take_application)
        self.purpose_detail.returnPressed.connect(self.take_application)
        self.sktm.returnPressed.connect(self.take_application)
        self.message = error_label(self)
        self.message.setObjectName("desk_message")
        self.done = plain_label("", self, wrap=True)
        self.done.setObjectName("desk_done")

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        applicant = QVBoxLayout(self.applicant_box)
        applicant.addLayout(top)
        applicant.addWidget(self.table, 1)
        applicant.addWidget(self.count_label)
        application = QVBoxLayout(self.application_box)
        application.addWidget(self.chosen)
        application.addWidget(self.gaps)
        application.addWidget(self.form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.photo_state, 1)
        buttons.addWidget(self.photo_button)
        buttons.addWidget(self.open_button)
        application.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.applicant_box, 1)
        layout.addWidget(self.application_box)
        layout.addWidget(self.message)
        layout.addWidget(self.done)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_PAUSE_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._timer.start)
        self.retranslate_ui()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        """Down in the search box moves into the hits (nothing is picked before that)."""
        if (obj is self.search and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down and self.model.rowCount()):
            self.table.setFocus()
            self.table.selectRow(0)
            return True
        if (obj is self.search and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Escape and self.search.text()):
            self.search.clear()  # Escape empties a search box, as everywhere in Pulih
            return True
        return super().eventFilter(obj, event)

    def _staff(self) -> Staff:
        if SESSION.staff is None:
            raise RuntimeError("nobody is signed in")
        return SESSION.staff

    # --- the applicant -----------------------------------------------------------------

    def _search_now(self) -> None:
        """Enter: search now; a single hit is taken, as Enter opens a single client in Klien
        (several hits: nobody is picked, Down goes into the list)."""
        self.run_search()
        if self.model.rowCount() == 1:
            self.table.selectRow(0)

    def run_search(self) -> None:
        """Search the registry for what is typed (name, NIK, registration number, phone)."""
        self._timer.stop()
        text = self.search.text().strip()
        if SESSION.staff is None:
            return
        try:
            ids = search_ids(SESSION.staff, text, limit=SEARCH_LIMIT + 1,
                             newest_first=True) if text else []
            more = len(ids) > SEARCH_LIMIT
            self.model.set_ids(ids[:SEARCH_LIMIT])
        except Exception as exc:  # said beside the box; typing goes on
            if not expected(exc):
                raise
            self.model.set_ids([])
            self.count_label.setText(describe(exc))
            return
        count = self.model.rowCount()
        if not text:
            self.count_label.setText("")
        elif more:  # never a silent cut at the limit
            self.count_label.setText(self.tr(
                "More than {limit} found; the {limit} registered most recently are listed. "
                "Type more of the name or number to narrow it down.").format(limit=SEARCH_LIMIT))
        elif count:
            # Nobody is picked for the desk: Down (or Tab) goes into the list to choose.
            self.count_label.setText(self.tr("%n person(s) found. Pick the applicant, or "
                                             "register them if they are not here.", "", count))
        else:
            self.count_label.setText(self.tr(
                "Nobody found for \u201c{text}\u201d: register the applicant from their "
                "identity card.").format(text=text))

    def _picked(self, current, _previous=None) -> None:
        person_id = self.model.data(current, PersonIdRole) if current.isValid() else None
        self.choose(person_id)

    def choose(self, person_id: int | None) -> None:
        """Make ``person_id`` the applicant (None: nobody yet)."""
        self.person_id = person_id
        self._show_chosen()

    def _show_chosen(self) -> None:
        self.gaps.hide()
        self.photo_state.setText("")
        self.photo_button.setEnabled(False)
        if self.person_id is None or SESSION.staff is None:
            self.chosen.setText(self.tr("Find or register the applicant first."))
            self.open_button.setEnabled(False)
            return
        index = self.table.currentIndex()
        row = self.model.row_of(index.row()) if index.isValid() else None
        if row is None or row.person_id != self.person_id:
            self.chosen.setText(self.tr("Find or register the applicant first."))
            self.open_button.setEnabled(False)
            return
        self._show_photo_and_gaps()
        name, reg_no, born = row.full_name, row.reg_no, row.birth_date
        self.chosen.setText(self.tr("Applicant: {name} ({reg_no}), born {born}").format(
            name=name, reg_no=reg_no, born=short_date(born, "-")))
        self.open_button.setEnabled(True)

    def _show_photo_and_gaps(self) -> None:
        """Whether a photo is on file, and what identity the certificate still needs."""
        try:
            photo = has_photo(self.person_id)
            gaps = identity_gaps(SESSION.staff, self.person_id)
        except Exception as exc:  # noqa: BLE001 - said here; the desk goes on
            show_failure(exc, self.photo_state.setText)
            return
        self.photo_button.setEnabled(True)
        self.photo_state.setText(
            self.tr("Photo on file; it is printed on the SKHPN.") if photo else
            self.tr("No photo yet: take one (webcam or file) to print it on the SKHPN."))
        if gaps:
            self.gaps.setText(self.tr("Before the SKHPN can be issued, the identity record "
                                      "needs: {fields}. Complete it in Klien.").format(
                fields=", ".join(QCoreApplication.translate("Codes", f) for f in gaps)))
            self.gaps.show()

    def take_photo(self) -> PhotoDialog | None:
        """Take the chosen applicant's photo with the webcam, or choose a file."""
        if self.person_id is None:
            return None
        dialog = PhotoDialog(self.person_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._show_chosen)
        dialog.open()
        return dialog

    def register_applicant(self) -> ApplicantDialog:
        """Open the registration of a new applicant; once saved they are the applicant."""
        dialog = ApplicantDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        name = self.search.text().strip()
        if name and not any(ch.isdigit() for ch in name):
            dialog.person.full_name.setText(name)  # what was searched for is the name
        dialog.accepted.connect(lambda: self._registered(dialog.person_id))
        dialog.open()
        return dialog

    def _registered(self, person_id: int | None) -> None:
        if person_id is None:
            return
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._timer.stop()
        self.model.set_ids([person_id])
        self.table.selectRow(0)
        self.choose(person_id)
        self.count_label.setText(self.tr("Registered."))
        self.purpose.setFocus()

    # --- the application ---------------------------------------------------------------

    def _show_fee(self) -> None:
        try:
            amount = int(get_setting("skhpn_fee"))
        except Exception as exc:  # a busy database: the fee is said later
            if not expected(exc):
                raise
            amount = None
        if self.sktm.text().strip():
            self.fee.setText(self.tr("Rp 0: waived on the certificate of poverty (SKTM)"))
        elif amount is not None:
            self.fee.setText(self.tr("{amount}, paid as state revenue").format(
                amount=rupiah(amount)))

    def take_application(self) -> int | None:
        """Record the application; the applicant then waits for the doctor."""
        if SESSION.staff is None or self.person_id is None:
            return None
        self.form.clear_errors()
        show_error(self.message, "")
        self.done.setText("")
        try:
            exam_id = open_application(SESSION.staff, self.person_id,
                                       self.purpose.currentData() or "",
                                       self.purpose_detail.text(), self.sktm.text())
        except Exception as exc:  # noqa: BLE001 - shown at its field, input kept
            show_failure(exc, self.message, forms=[self.form])
            return None
        self.done.setText(self.tr("Application recorded: {who}. {fee} The applicant now "
                                  "waits for the doctor's examination.").format(
            who=self.chosen.text(), fee=self.fee.text() + "."))
        self.purpose.setCurrentIndex(0)
        self.purpose_detail.clear()
        self.sktm.clear()
        self.search.clear()
        self.model.set_ids([])
        self.choose(None)
        self.search.setFocus()
        self.application_opened.emit(exam_id)
        return exam_id

    def retranslate_ui(self) -> None:
        self.applicant_box.setTitle(self.tr("1. The applicant"))
        self.application_box.setTitle(self.tr("2. The application"))
        self.search.setPlaceholderText(self.tr("Search by name, NIK, registration number or "
                                               "phone, then Enter"))
        self.new_button.setText(self.tr("&Register a new applicant"))
        self.open_button.setText(self.tr("&Take the application"))
        self.photo_button.setText(self.tr("&Photo..."))
        self.form.retranslate_ui()
        retranslate_combo(self.purpose)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          self.model.columnCount() - 1)
        self._show_fee()
        self._show_chosen()
