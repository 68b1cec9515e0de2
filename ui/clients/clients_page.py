"""The Klien page: the registry list, and a person's record opened from it."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from ui.clients.record_page import RecordPage
from ui.clients.search_panel import SearchPanel


class ClientsPage(QWidget):
    """Search panel and record, one at a time.

    Signals:
        new_intake(int): register a new intake; the person's id, or 0 for a new person.
    """

    new_intake = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = SearchPanel(self)
        self.search.setObjectName("search_panel")
        self._record: RecordPage | None = None
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.search)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.search.open_person.connect(self.open_person)
        self.search.new_intake.connect(lambda: self.new_intake.emit(0))

    @property
    def record(self) -> RecordPage:
        """The record page, built the first time a record is opened."""
        if self._record is None:
            self._record = RecordPage(self)
            self._record.setObjectName("record_page")
            self._record.back.connect(self.show_list)
            self._record.new_episode.connect(self.new_intake)
            self.stack.addWidget(self._record)
        return self._record

    def open_person(self, person_id: int, tab: str = "") -> None:
        if self.record.open_person(person_id, tab):
            self.stack.setCurrentWidget(self.record)

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.search)
        self.search.run_search()  # names and statuses may have changed meanwhile
        self.search.focus_search()

    def focus_search(self) -> None:
        if self._record is not None and self._record.editing:
            # never throw away an edit in progress for a shortcut, but never stay silent
            self._record.say_finish_edit_first()
            return
        self.stack.setCurrentWidget(self.search)
        self.search.focus_search()

    def retranslate_ui(self) -> None:
        self.search.retranslate_ui()
        if self._record is not None:
            self._record.retranslate_ui()
