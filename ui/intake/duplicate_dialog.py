"""The decision a likely duplicate needs: the person being typed beside the one on file.

Saving a person whose name is like someone's on file with the same birth date stops here.
Enter opens the record on file (the safe choice, one key away); saving anyway needs the
explicit "this is a different person" button, and that decision is audited by models/.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from models.people.registry import DuplicateCandidate, PersonInput
from reports.dates import short_date
from ui.widgets.field_form import plain_label


class DuplicateDialog(QDialog):
    """Side by side: what is typed, and each likely duplicate on file.

    Attributes:
        chosen_person: the id of the record to open instead (None: save as a new person).
        different: True when the desk confirmed a different person.
    """

    def __init__(self, typed: PersonInput, candidates: tuple[DuplicateCandidate, ...],
                 details: dict[int, PersonInput], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicate_decision")
        self.setWindowTitle(self.tr("Possibly the same person"))
        self.candidates = candidates
        self.chosen_person: int | None = None
        self.different = False
        intro = plain_label(self.tr(
            "Someone on file has a similar name and the same date of birth. Compare them "
            "before saving: a second record for one person splits their history."), self,
            wrap=True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        rows = (self.tr("Name"), self.tr("Registration number"), self.tr("Date of birth"),
                self.tr("NIK"), self.tr("Phone"), self.tr("Address"))
        for r, text in enumerate(rows, start=1):
            grid.addWidget(plain_label(text, self), r, 0)
        columns = [(self.tr("Being registered now"), typed, self.tr("(new)"))]
        for c in candidates:
            columns.append((self.tr("On file"), details.get(c.person_id) or PersonInput(
                full_name=c.full_name, sex="", birth_date=c.birth_date), c.reg_no))
        for col, (title, data, number) in enumerate(columns, start=1):
            head = plain_label(title, self)
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            grid.addWidget(head, 0, col)
            values = (data.full_name, number, short_date(data.birth_date, "-"),
                      data.nik or "-", data.phone or "-", data.address or "-")
            for r, value in enumerate(values, start=1):
                label = plain_label(value, self, wrap=True)
                label.setObjectName(f"dup_{col}_{r}")
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(label, r, col)
        self.open_button = QPushButton(self.tr("&Open the record on file"), self)
        self.open_button.setObjectName("open_on_file")
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self._open)
        self.different_button = QPushButton(self.tr("This is a &different person: save"), self)
        self.different_button.setObjectName("different_person")
        self.different_button.setAutoDefault(False)
        self.different_button.clicked.connect(self._different)
        back = QPushButton(self.tr("Back to the form"), self)
        back.setObjectName("back_to_form")
        back.setAutoDefault(False)
        back.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(back)
        buttons.addWidget(self.different_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.open_button.setFocus()

    def _open(self) -> None:
        self.chosen_person = self.candidates[0].person_id
        self.accept()

    def _different(self) -> None:
        self.different = True
        self.accept()
