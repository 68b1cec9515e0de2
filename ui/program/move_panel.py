"""Moving a client to another phase: the moves the template allows, date, note and reason,
and undoing the last move. A move models/ refuses shows its sentence; nothing typed is lost.
"""
from __future__ import annotations

import datetime as dt

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from models.care import enrollment as en
from models.care.enrollment import AllowedMove, EnrollmentRecord
from models.core.errors import ConflictError
from ui.session import SESSION
from ui.widgets.date_field import DateField
from ui.widgets.errors import show_failure
from ui.widgets.field_form import FieldForm, error_label, keep_room, plain_label, show_error

KIND_ICONS = {"forward": "mdi6.arrow-right-bold", "back": "mdi6.arrow-u-left-top",
              "skip": "mdi6.debug-step-over"}
#: How each kind of move reads on its button; the phase name is filled in.
KIND_TEXTS = {
    "forward": QT_TRANSLATE_NOOP("MovePanel", "Forward to {phase}"),
    "back": QT_TRANSLATE_NOOP("MovePanel", "Back to {phase} (after a relapse)"),
    "skip": QT_TRANSLATE_NOOP("MovePanel", "Skip to {phase}"),
}


class MovePanel(QGroupBox):
    """The allowed moves as choices, the move's date, note and reason, and undo.

    Signals:
        moved(): a move or an undo was saved (the tab reloads).
    """

    moved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("move_panel")
        self._record: EnrollmentRecord | None = None
        self.choices: list[tuple[QRadioButton, AllowedMove]] = []
        self.group = QButtonGroup(self)
        self.choice_box = QVBoxLayout()
        self.none_label = plain_label("", self, wrap=True)
        self.form = FieldForm(self)
        self.moved_on = DateField(en.F_MOVED_ON, self)
        self.moved_on.setObjectName("moved_on")
        self.note = QLineEdit(self)
        self.note.setObjectName("move_note")
        self.reason = QLineEdit(self)
        self.reason.setObjectName("move_reason")
        self.form.add_row(en.F_MOVED_ON, self.moved_on, required=True)
        self.form.add_row(en.F_NOTE, self.note)
        self.form.add_row(en.F_REASON, self.reason)
        self.move_button = QPushButton(qta.icon("mdi6.swap-horizontal-bold"), "", self)
        self.move_button.setObjectName("move_phase")
        self.move_button.clicked.connect(self.move)
        self.undo_button = QPushButton(qta.icon("mdi6.undo"), "", self)
        self.undo_button.setObjectName("undo_move")
        self.undo_button.clicked.connect(self.undo)
        self.message = error_label(self)
        self.message.setObjectName("move_message")
        keep_room(self.message)  # a message never moves Pindahkan / Batalkan under the pointer
        self.done_label = plain_label("", self, wrap=True)
        self.done_label.setObjectName("move_done")
        keep_room(self.done_label)
        self.done_label.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.move_button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.choice_box)
        layout.addWidget(self.none_label)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.done_label)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def show_record(self, record: EnrollmentRecord) -> None:
        """Offer the moves allowed from the current phase; keep what was typed."""
        self._record = record
        for button, _move in self.choices:
            self.group.removeButton(button)
            self.choice_box.removeWidget(button)
            button.setObjectName("")  # gone at once for findChild, deleted on the next loop
            button.hide()
            button.deleteLater()
        self.choices = []
        for move in record.allowed:
            button = QRadioButton(self)
            button.setObjectName(f"move_to_{move.to_phase_id}")
            button.setIcon(qta.icon(KIND_ICONS.get(move.kind, "mdi6.arrow-right")))
            button.toggled.connect(self._chosen)
            self.group.addButton(button)
            self.choice_box.addWidget(button)
            self.choices.append((button, move))
        if self.choices:
            self.choices[0][0].setChecked(True)
        if not self.moved_on.text():
            self.moved_on.set_date(dt.date.today())
        self.none_label.setVisible(not self.choices)
        self.form.setVisible(bool(self.choices))
        self.move_button.setEnabled(bool(self.choices))
        self.undo_button.setEnabled(sum(1 for m in record.moves if not m.undone) > 1)
        self._texts()

    def chosen(self) -> AllowedMove | None:
        for button, move in self.choices:
            if button.isChecked():
                return move
        return None

    def _chosen(self) -> None:
        move = self.chosen()
        row = self.form.rows[en.F_REASON]
        row.label.setProperty("required", bool(move and move.needs_reason))
        self.form.retranslate_ui()

    def choose(self, phase_id: int) -> bool:
        """Pick the move into ``phase_id``; False if the template allows none."""
        for button, move in self.choices:
            if move.to_phase_id == phase_id:
                button.setChecked(True)
                return True
        return False

    def move(self) -> bool:
        """Save the chosen move; a refusal is shown as its sentence, the input kept."""
        record, move, staff = self._record, self.chosen(), SESSION.staff
        if record is None or staff is None:
            return False
        self._clear()
        if move is None:
            show_error(self.message, self.tr("Choose the phase to move to first."))
            return False
        try:
            en.move_phase(staff, record.id, move.to_phase_id, self.moved_on.date(),
                          self.note.text(), self.reason.text(),
                          expected_version=record.version)
        except Exception as exc:  # noqa: BLE001 - shown, input kept
            return self._refused(exc)
        self.note.clear()
        self.reason.clear()
        self._done(self.tr("Moved to {phase}.").format(phase=move.to_phase_name))
        self.moved.emit()
        return True

    def undo(self) -> bool:
        """Undo the last move not undone; the move stays on record, marked undone."""
        record, staff = self._record, SESSION.staff
        if record is None or staff is None:
            return False
        self._clear()
        try:
            en.undo_last_move(staff, record.id, expected_version=record.version)
        except Exception as exc:  # noqa: BLE001
            return self._refused(exc)
        self._done(self.tr("The last move was undone."))
        self.moved.emit()
        return True

    def _refused(self, exc: Exception) -> bool:
        show_failure(exc, self.message, forms=[self.form])
        if isinstance(exc, ConflictError):
            self.moved.emit()  # show what the other desk did; the input stays
        return False

    def _done(self, text: str) -> None:
        self.done_label.setText(text)
        self.done_label.setVisible(bool(text))

    def _clear(self) -> None:
        self.form.clear_errors()
        show_error(self.message, "")
        self._done("")

    def _texts(self) -> None:
        for button, move in self.choices:
            button.setText(QCoreApplication.translate("MovePanel", KIND_TEXTS.get(
                move.kind, KIND_TEXTS["forward"])).format(phase=move.to_phase_name)
                + (" \u2013 " + self.tr("needs a reason") if move.needs_reason else ""))
        self._chosen()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Move to another phase"))
        self.none_label.setText(self.tr(
            "The program template allows no move from this phase. The next step is the "
            "discharge."))
        self.move_button.setText(self.tr("&Move"))
        self.undo_button.setText(self.tr("&Undo the last move"))
        self.moved_on.retranslate_ui()
        self.form.retranslate_ui()
        self._texts()
