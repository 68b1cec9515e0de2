"""A urine rapid test: specimen, collection, kit and lot, the examiner, a result for every
parameter of the facility's panel, and a red "needs lab confirmation" flag on a positive.

A test is recorded once (models/ keeps no draft of it); after saving, the form shows the
recorded test, read-only. An error never clears what was entered.
"""
from __future__ import annotations

import datetime as dt

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP as T
from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QTimeEdit, QWidget

from models.care.urine import (
    F_COLLECTED,
    F_KIT,
    F_LOT,
    F_NOTE,
    F_PURPOSE,
    F_RESULT,
    F_SPECIMEN,
    PURPOSES,
    UrineTestRecord,
    record_urine_test,
    view_urine_test,
)
from models.staff.rights import Action, Area, has_right
from ui.clients.person_form import code_combo, line, retranslate_combo, set_code
from ui.clinical.answers import note_box, set_read_only
from ui.clinical.asi_sections import wrapping_form
from ui.clinical.episode_choice import F_EPISODE, EpisodeChoice
from ui.clinical.form_dialog import ClinicalDialog
from ui.clinical.urine_confirm import ConfirmationBox
from ui.clinical.urine_panel import ConfirmationFlag, UrinePanel
from ui.session import SESSION
from ui.widgets.date_field import DateField
from ui.widgets.errors import show_failure
from ui.widgets.field_form import plain_label

F_SUPERVISED = T("Codes", "Supervised collection")
F_EXAMINER = T("Codes", "Examiner")
SUPERVISED_TEXT = T("Codes", "Collected under supervision")


class UrineDialog(ClinicalDialog):
    """Record a new test (``test_id`` None) or show a recorded one."""

    has_drafts = False

    def __init__(self, person_id: int, test_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(person_id, parent)
        self.form = wrapping_form(self.content)
        self.episode = EpisodeChoice(person_id, allow_none=True, parent=self.form)
        self.specimen = line("specimen_code", self.form)
        when = QWidget(self.form)
        self.collected_on = DateField(F_COLLECTED, when)
        self.collected_on.setObjectName("collected_on")
        self.collected_time = QTimeEdit(when)
        self.collected_time.setObjectName("collected_time")
        self.collected_time.setDisplayFormat("HH:mm")
        row = QHBoxLayout(when)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.collected_on, 2)
        row.addWidget(self.collected_time, 1)
        when.setFocusProxy(self.collected_on)
        self.supervised = QCheckBox(self.form)
        self.supervised.setObjectName("supervised")
        self.supervised.setChecked(True)
        self.kit = line("kit", self.form)
        self.lot = line("lot", self.form)
        self.purpose = code_combo(PURPOSES, "purpose", self.form)
        self.examiner = plain_label(SESSION.staff.full_name if SESSION.staff else "", self.form)
        self.examiner.setObjectName("examiner")
        results = QWidget(self.form)
        self.flag = ConfirmationFlag(results)
        self.flag.hide()
        self.panel = UrinePanel(results)
        self.panel.changed.connect(lambda: self.flag.setVisible(self.panel.any_positive()))
        box = QHBoxLayout(results)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.panel, 1)
        results.setFocusProxy(self.panel.combos[self.panel.parameters[0]])
        self.note = note_box("urine_note", self.form)
        for label, widget, required in (
                (F_EPISODE, self.episode, False), (F_SPECIMEN, self.specimen, True),
                (F_COLLECTED, when, True), (F_SUPERVISED, self.supervised, False),
                (F_KIT, self.kit, False), (F_LOT, self.lot, False),
                (F_PURPOSE, self.purpose, True), (F_EXAMINER, self.examiner, False),
                (F_RESULT, results, True), (F_NOTE, self.note, False)):
            self.form.add_row(label, widget, required=required)
        self.form.layout_.insertRow(self.form.layout_.rowCount() - 1, "", self.flag)
        self.register_form(self.form)
        self.content_layout.addWidget(self.form)
        self.confirmation = ConfirmationBox(self.content)
        self.confirmation.hide()
        self.confirmation.confirmed.connect(self._confirmed)
        self.content_layout.addWidget(self.confirmation)
        self.content_layout.addStretch(1)
        self.sign_button.hide()
        now = dt.datetime.now()
        self.collected_on.set_date(now.date())
        self.collected_time.setTime(QTime(now.hour, now.minute))
        status = next((e.status for e in self.episode.episodes
                       if e.id == self.episode.episode_id()), "")
        set_code(self.purpose, "aftercare" if status == "aftercare"
                 else "program" if status == "in_program" else "assessment")
        self.watch(self.content)
        self.retranslate_ui()
        if SESSION.staff is not None and not has_right(SESSION.staff, Area.LAB, Action.INPUT):
            self.save_button.hide()  # a convenience: models/ refuses it anyway
            set_read_only(self.content, True)
        if test_id is not None:
            self.open_record(test_id)
        self.resize(760, 720)

    def save_draft(self) -> bool:
        """Record the test (named so for the shared Save button and Ctrl+S)."""
        if self.record_id is not None or SESSION.staff is None:
            return False
        staff = SESSION.staff

        def act() -> None:
            day = self.collected_on.date()
            if day is None:
                collected = None
            else:
                time = self.collected_time.time()
                collected = dt.datetime.combine(day, dt.time(time.hour(), time.minute()))
            self.record_id = record_urine_test(
                staff, self.person_id, self.episode.episode_id(), self.specimen.text(),
                collected, self.supervised.isChecked(), self.kit.text(),  # type: ignore[arg-type]
                self.lot.text(), self.purpose.currentData(), self.panel.results(),
                note=self.note.toPlainText())

        if not self.attempt(act):
            return False
        self.mark_clean()
        assert self.record_id is not None
        self.open_record(self.record_id)
        self.saved.emit(self.record_id)
        return True

    def sign(self) -> bool:
        return False  # a urine test is final once recorded

    def open_record(self, test_id: int) -> bool:
        if SESSION.staff is None:
            return False
        try:
            record = view_urine_test(SESSION.staff, test_id)
        except Exception as exc:  # noqa: BLE001
            show_failure(exc, self.message)
            return False
        self._show(record)
        return True

    def _show(self, record: UrineTestRecord) -> None:
        self.record_id = record.id
        with self.loading():
            self.episode.set_episode(record.episode_id)
            self.specimen.setText(record.specimen_code)
            self.collected_on.set_date(record.collected_at.date())
            self.collected_time.setTime(QTime(record.collected_at.hour,
                                              record.collected_at.minute))
            self.supervised.setChecked(record.supervised)
            self.kit.setText(record.kit)
            self.lot.setText(record.lot)
            set_code(self.purpose, record.purpose)
            self.examiner.setText(record.examiner_name)
            self.panel.set_results(dict(record.results))
            self.note.setPlainText(record.note)
        set_read_only(self.content, True)
        self.save_button.hide()
        self.signed = True
        self.set_state(self.tr("Recorded by {name}.").format(name=record.examiner_name))
        self.flag.setVisible(record.status == "pending")
        for code, flag in self.panel.flags.items():  # the per-parameter sign, once settled
            flag.setVisible(record.status == "pending" and dict(record.results).get(code)
                            == "positive")
        can_confirm = SESSION.staff is not None and has_right(SESSION.staff, Area.LAB,
                                                              Action.INPUT)
        self.confirmation.show_record(record, can_confirm)
        if record.status == "pending" and can_confirm:
            set_read_only(self.confirmation, False)

    def _confirmed(self, test_id: int) -> None:
        self.open_record(test_id)
        self.saved.emit(test_id)

    def retranslate_ui(self) -> None:
        self.retranslate_base()
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Record the test (Ctrl+S)"))
        title = self.tr("Urine test")
        self.setWindowTitle(title)
        self.heading.setText(title)
        self.save_button.setIcon(qta.icon("mdi6.content-save"))
        self.episode.retranslate_ui()
        self.collected_on.retranslate_ui()
        retranslate_combo(self.purpose)
        self.panel.retranslate_ui()
        self.flag.retranslate_ui()
        if hasattr(self, "confirmation"):
            self.confirmation.retranslate_ui()
        self.supervised.setText(QCoreApplication.translate("Codes", SUPERVISED_TEXT))
