"""The client registry: search as you type, a sortable list of ids, open a record.

Typing waits a moment (:data:`SEARCH_PAUSE_MS`) so a fast typist causes one search, not one
per letter; Enter searches at once and, with one result, opens it. Down moves from the search
box into the list.
"""
from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.desk.client_list import clients_only, recent_ids
from models.people.search import search_ids
from models.staff.staff import Staff
from ui.clients.list_model import ClientListModel, PersonIdRole
from ui.session import SESSION
from ui.widgets.errors import describe, expected
from ui.widgets.field_form import plain_label
from ui.widgets.tables import set_up_table

SEARCH_PAUSE_MS = 120
RESULT_LIMIT = 1000


class SearchPanel(QWidget):
    """Search box, result count and the result table.

    Signals:
        open_person(int): the person with this id should be opened.
        new_intake(): the desk asked for a new registration.
    """

    open_person = Signal(int)
    new_intake = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setObjectName("client_search")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(qta.icon("mdi6.magnify"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.installEventFilter(self)
        self.count_label = plain_label("", self)
        self.count_label.setObjectName("result_count")
        self.model = ClientListModel(self._staff, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        set_up_table(self.table, "client_table", widths=(130, None, 100, 110, 150, 140), stretch=1,
                     alternate=True)  # the name takes the room
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(self._activated)
        self.open_button = QPushButton(qta.icon("mdi6.folder-account"), "", self)
        self.open_button.setObjectName("open_client")
        self.open_button.clicked.connect(self._open_current)
        self.new_button = QPushButton(qta.icon("mdi6.account-plus"), "", self)
        self.new_button.setObjectName("new_intake")
        self.new_button.clicked.connect(self.new_intake)
        # SKHPN applicants are not rehab clients: listed only when asked for
        self.applicants = QCheckBox(self)
        self.applicants.setObjectName("show_applicants")
        self.applicants.toggled.connect(lambda _on: self.run_search())

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.applicants)
        top.addWidget(self.new_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_PAUSE_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._timer.start)
        self._searched: str | None = None
        self._error = ""
        self.retranslate_ui()

    def _staff(self) -> Staff:
        if SESSION.staff is None:
            raise RuntimeError("nobody is signed in")
        return SESSION.staff

    # --- behaviour ----------------------------------------------------------------------

    def run_search(self) -> None:
        """Search for what is typed now (or list the newest people when nothing is)."""
        self._timer.stop()
        text = self.search.text().strip()
        self._error = ""
        if SESSION.staff is None:
            return
        try:
            applicants = self.applicants.isChecked()
            if text:
                ids = search_ids(self._staff(), text, limit=RESULT_LIMIT)
                ids = ids if applicants else clients_only(ids)
            else:
                ids = recent_ids(self._staff(), limit=200, applicants=applicants)
            self.model.set_ids(ids)
        except Exception as exc:  # shown beside the box, typing goes on
            if not expected(exc):
                raise
            self._error = describe(exc)
            self.model.set_ids([])
        self._searched = text
        if self.model.rowCount():
            self.table.selectRow(0)
        self._show_count()

    def _show_count(self) -> None:
        if self._error:
            self.count_label.setText(self._error)
            return
        count = self.model.rowCount()
        text = self._searched or ""
        if not text:
            self.count_label.setText(self.tr("Newest registrations; type to search."))
        elif count == 0:
            self.count_label.setText(self.tr("Nobody found for \u201c{text}\u201d.").format(
                text=text))
        elif count >= RESULT_LIMIT:
            self.count_label.setText(self.tr("The first {count} people found; type more to "
                                             "narrow the search.").format(count=count))
        else:
            self.count_label.setText(self.tr("%n person(s) found.", "", count))

    def current_person_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.data(index, PersonIdRole) if index.isValid() else None

    def _activated(self, index) -> None:
        person_id = self.model.data(index, PersonIdRole)
        if person_id is not None:
            self.open_person.emit(person_id)

    def _open_current(self) -> None:
        person_id = self.current_person_id()
        if person_id is not None:
            self.open_person.emit(person_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Enter in the box searches now (and opens a single result); Down enters the list;
        Escape empties the box."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = QKeyEvent(event).key() if not isinstance(event, QKeyEvent) else event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive() or self._searched != self.search.text().strip():
                    self.run_search()
                if self.model.rowCount() == 1:
                    self.open_person.emit(self.model.person_id(0))
                elif self.model.rowCount() > 1:
                    self.table.setFocus()
                return True
            if key == Qt.Key.Key_Down and self.model.rowCount():
                self.table.setFocus()
                self.table.selectRow(max(0, self.table.currentIndex().row()))
                return True
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()  # Escape empties a search box, as everywhere in Pulih
                return True
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._searched is None or self._searched != self.search.text().strip():
            self.run_search()

    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(
            self.tr("Search by name, alias, NIK, registration number or phone (Ctrl+F)"))
        self.open_button.setText(self.tr("&Open record"))
        self.applicants.setText(self.tr("SKHPN applicants too"))
        self.applicants.setToolTip(self.tr("Also list people who only applied for an SKHPN "
                                           "and never were rehab clients"))
        self.new_button.setText(self.tr("&New intake"))
        self.new_button.setToolTip(self.tr("Register a new person (Ctrl+N)"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          self.model.columnCount() - 1)
        if self._searched is not None:
            self._show_count()
