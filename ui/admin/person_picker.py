"""One side of the merge dialog: a search box, its results, and "keep this record"."""
from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from models.people import search
from models.people.person import SEXES
from reports.dates import long_date
from ui.i18n import language
from ui.session import SESSION
from ui.widgets.errors import show_failure
from ui.widgets.field_form import error_label, plain_label, show_error

SEARCH_DELAY_MS = 250
SEARCH_LIMIT = 30
RESULT_ROWS = 5


class SearchLine(QLineEdit):
    """A search box in a dialog: Enter searches, and does not also press the default button."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class ResultList(QListWidget):
    """Search results; Enter on a row chooses it like a double click."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.itemActivated.emit(self.currentItem())
            return
        super().keyPressEvent(event)


class PersonPicker(QWidget):
    """One side of the comparison: a search box, its results and "keep this record".

    Signals:
        chosen(int): a person was chosen (their id).
    """

    chosen = Signal(int)

    def __init__(self, side: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"picker_{side}")
        self.person_id: int | None = None
        self.title_label = plain_label("", self)
        font = QFont(self.title_label.font())
        font.setBold(True)
        self.title_label.setFont(font)
        self.search_edit = SearchLine(self)
        self.search_edit.setObjectName(f"search_{side}")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.addAction(qta.icon("mdi6.magnify"),
                                   QLineEdit.ActionPosition.LeadingPosition)
        self.results = ResultList(self)
        self.results.setObjectName(f"results_{side}")
        self.results.setUniformItemSizes(True)
        row_height = self.results.fontMetrics().height() + 6
        self.results.setFixedHeight(row_height * RESULT_ROWS + 2 * self.results.frameWidth())
        self.keep_radio = QRadioButton(self)
        self.keep_radio.setObjectName(f"keep_{side}")
        self.error_label = error_label(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.search_edit.textEdited.connect(lambda _text: self._timer.start())
        self.search_edit.returnPressed.connect(self._search_now)
        self.results.itemActivated.connect(self._activated)
        self.results.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.results)
        layout.addWidget(self.error_label)
        layout.addWidget(self.keep_radio)

    def search(self) -> None:
        """Fill the results for what is typed (search_ids + hits: indexed, no scan)."""
        self._timer.stop()
        self.results.clear()
        show_error(self.error_label, "")
        text = self.search_edit.text().strip()
        if not text:
            return
        try:
            found = search.hits(search.search_ids(SESSION.staff, text, limit=SEARCH_LIMIT))
        except Exception as exc:  # noqa: BLE001 - expected failures are shown, not raised
            show_failure(exc, self.error_label)
            return
        sexes = dict(SEXES)
        for hit in found:
            parts = [hit.full_name, hit.reg_no,
                     QCoreApplication.translate("Codes", sexes.get(hit.sex, hit.sex)),
                     long_date(hit.birth_date, language(), "")]
            item = QListWidgetItem(" · ".join(p for p in parts if p), self.results)
            item.setData(Qt.ItemDataRole.UserRole, hit.person_id)
            item.setToolTip(hit.full_name)
        if not found:
            show_error(self.error_label, QCoreApplication.translate(
                "MergeDialog", "Nobody found for “{text}”.").format(text=text))

    def _search_now(self) -> None:
        self.search()
        if self.results.count():
            self.results.setCurrentRow(0)
            self.results.setFocus()

    def _activated(self, item: QListWidgetItem) -> None:
        self.choose(int(item.data(Qt.ItemDataRole.UserRole)))

    def choose(self, person_id: int) -> None:
        self.person_id = person_id
        self.chosen.emit(person_id)
