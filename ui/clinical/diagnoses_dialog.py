"""The working diagnoses of an episode: several, one of them primary (ICD-10 F10-F19).

A doctor adds a diagnosis with its date (the first becomes the primary one), makes another
the primary one, or withdraws one given in error (kept, marked withdrawn, audited). A signed
assessment's diagnosis joins the list by itself (models/care/episode_diagnosis.py)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.care.diagnosis import F_DIAGNOSIS, diagnosis_label
from models.care.episode_diagnosis import (
    F_DIAGNOSED_ON,
    DiagnosisRecord,
    add_diagnosis,
    episode_diagnoses,
    make_primary,
    withdraw_diagnosis,
)
from models.staff.rights import Action, Area, has_right
from reports.dates import short_date
from ui.clinical.asi_plan import DiagnosisPicker
from ui.clinical.asi_sections import wrapping_form
from ui.clinical.episode_choice import EpisodeChoice
from ui.session import SESSION
from ui.widgets.date_field import DateField
from ui.widgets.errors import show_failure
from ui.widgets.field_form import error_label, plain_label, show_error


class DiagnosesDialog(QDialog):
    """An episode's diagnoses, the primary first, with add / make primary / withdraw."""

    def __init__(self, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diagnoses_dialog")
        self.records: list[DiagnosisRecord] = []
        self.episode = EpisodeChoice(person_id, allow_none=False, parent=self)
        self.episode.currentIndexChanged.connect(self.load)
        self.list = QListWidget(self)
        self.list.setObjectName("diagnoses")
        self.list.currentRowChanged.connect(self._update_buttons)
        self.primary_button = QPushButton(self)
        self.primary_button.setObjectName("make_primary")
        self.primary_button.clicked.connect(self.make_primary)
        self.withdraw_button = QPushButton(self)
        self.withdraw_button.setObjectName("withdraw_diagnosis")
        self.withdraw_button.clicked.connect(self.withdraw)
        self.form = wrapping_form(self)
        self.picker = DiagnosisPicker(self.form)
        self.diagnosed_on = DateField(F_DIAGNOSED_ON, self.form)
        self.diagnosed_on.setObjectName("diagnosed_on")
        self.diagnosed_on.set_date(dt.date.today())
        self.as_primary = QCheckBox(self)
        self.as_primary.setObjectName("as_primary")
        self.form.add_row(F_DIAGNOSIS, self.picker, required=True)
        self.form.add_row(F_DIAGNOSED_ON, self.diagnosed_on, required=True)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add_diagnosis")
        self.add_button.clicked.connect(self.add)
        self.message = error_label(self)
        self.heading = plain_label("", self, wrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.primary_button)
        actions.addWidget(self.withdraw_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.episode)
        layout.addWidget(self.list, 1)
        layout.addLayout(actions)
        layout.addWidget(self.form)
        layout.addWidget(self.as_primary)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        staff = SESSION.staff
        can_add = staff is not None and has_right(staff, Area.ASSESSMENT, Action.INPUT)
        for widget in (self.form, self.as_primary, self.add_button, self.primary_button):
            widget.setVisible(can_add)
        self.withdraw_button.setVisible(staff is not None and has_right(
            staff, Area.ASSESSMENT, Action.CORRECT))
        self.retranslate_ui()
        self.resize(640, 520)
        self.load()

    def load(self) -> None:
        staff, episode_id = SESSION.staff, self.episode.episode_id()
        self.list.clear()
        self.records = []
        if staff is None or episode_id is None:
            self._update_buttons()
            return
        try:
            self.records = episode_diagnoses(staff, episode_id)
        except Exception as exc:  # noqa: BLE001 - e.g. no right to view diagnoses
            show_failure(exc, self.message)
        tr = QCoreApplication.translate
        for record in self.records:
            substance, state = diagnosis_label(record.code)
            text = f"{record.code} {tr('Codes', substance)}: {tr('Codes', state)} \u00b7 " \
                   f"{short_date(record.diagnosed_on)} \u00b7 {record.staff_name}"
            if record.is_primary:
                text = self.tr("Primary: {diagnosis}").format(diagnosis=text)
            item = QListWidgetItem(text, self.list)
            item.setToolTip(record.note or text)
            if record.is_primary:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
        if not self.records:
            self.list.addItem(self.tr("No diagnosis for this episode yet."))
        self._update_buttons()

    def _chosen(self) -> DiagnosisRecord | None:
        row = self.list.currentRow()
        return self.records[row] if 0 <= row < len(self.records) else None

    def _update_buttons(self, *_args: object) -> None:
        chosen = self._chosen()
        self.primary_button.setEnabled(chosen is not None and not chosen.is_primary)
        self.withdraw_button.setEnabled(chosen is not None)

    def _act(self, act) -> bool:  # type: ignore[no-untyped-def]
        staff = SESSION.staff
        if staff is None:
            return False
        show_error(self.message, "")
        self.form.clear_errors()
        try:
            act(staff)
        except Exception as exc:  # noqa: BLE001 - shown at its field; input kept
            show_failure(exc, self.message, forms=[self.form])
            return False
        self.load()
        return True

    def add(self) -> bool:
        episode_id = self.episode.episode_id()
        if episode_id is None:
            return False
        done = self._act(lambda staff: add_diagnosis(
            staff, episode_id, self.picker.value() or "", self.diagnosed_on.date(),
            primary=self.as_primary.isChecked()))
        if done:
            self.picker.set_value("")
            self.as_primary.setChecked(False)
        return done

    def make_primary(self) -> bool:
        chosen = self._chosen()
        return chosen is not None and self._act(lambda staff: make_primary(staff, chosen.id))

    def withdraw(self) -> bool:
        chosen = self._chosen()
        return chosen is not None and self._act(
            lambda staff: withdraw_diagnosis(staff, chosen.id))

    def retranslate_ui(self) -> None:
        title = self.tr("Diagnoses of the episode")
        self.setWindowTitle(title)
        self.heading.setText(self.tr("Several diagnoses can be given; one is the primary "
                                     "diagnosis. A diagnosis given in error is withdrawn, "
                                     "not deleted."))
        self.episode.retranslate_ui()
        self.form.retranslate_ui()
        self.picker.retranslate_ui()
        self.as_primary.setText(self.tr("Make it the primary diagnosis"))
        self.add_button.setText(self.tr("Add diagnosis"))
        self.primary_button.setText(self.tr("Make primary"))
        self.withdraw_button.setText(self.tr("Withdraw"))
