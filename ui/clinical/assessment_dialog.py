"""What the three instrument forms (ASI-based, ASSIST, DAST-10) share: the episode and date
at the top, saving a draft through :func:`models.care.assessment.save_assessment` (scored by
models/ on every save), what is still unanswered, signing, and the locked view with addenda.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from models.care.assessment import (
    F_ASSESSED_ON,
    KINDS,
    AssessmentRecord,
    area_of,
    save_assessment,
    sign_assessment,
    view_assessment,
)
from models.care.scoring import evaluate
from models.staff.rights import Action, has_right
from reports.dates import clock, short_stamp
from ui.clinical.answers import set_read_only
from ui.clinical.asi_sections import wrapping_form
from ui.clinical.episode_choice import F_EPISODE, EpisodeChoice
from ui.clinical.form_dialog import ClinicalDialog
from ui.session import SESSION
from ui.widgets.date_field import DateField
from ui.widgets.errors import show_failure
from ui.widgets.field_form import plain_label, show_error


class AssessmentDialog(ClinicalDialog):
    """One assessment of ``kind``; new when ``assessment_id`` is None.

    Subclasses build their inputs in :meth:`build`, read them in :meth:`answers` (None
    when an input error was shown), fill them in :meth:`set_answers`, and name an
    unanswered item for the person in :meth:`missing_text`.
    """

    kind = ""
    addendum_kind = "assessment"

    def __init__(self, person_id: int, assessment_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(person_id, parent)
        self.version: int | None = None
        self.assessor_id: int | None = None
        self.head = wrapping_form(self.content)
        self.episode = EpisodeChoice(person_id, allow_none=True, parent=self.head)
        self.assessed_on = DateField(F_ASSESSED_ON, self.head)
        self.assessed_on.setObjectName("assessed_on")
        self.assessed_on.set_date(dt.date.today())
        self.head.add_row(F_EPISODE, self.episode)
        self.head.add_row(F_ASSESSED_ON, self.assessed_on, required=True)
        self.register_form(self.head)
        self.content_layout.addWidget(self.head)
        self.build()
        self.progress = plain_label("", self, wrap=True)
        self.progress.setObjectName("form_progress")
        self.layout().insertWidget(self.layout().indexOf(self.scroll) + 1, self.progress)
        self._missing: tuple[str, ...] = ()
        self.watch(self.content)
        self.retranslate_ui()
        staff = SESSION.staff
        if staff is not None and not has_right(staff, area_of(self.kind), Action.INPUT):
            # A convenience only: models/ refuses the save anyway.
            self.save_button.hide()
            self.sign_button.hide()
            set_read_only(self.content, True)
        if assessment_id is not None:
            self.open_record(assessment_id)

    # --- the instrument's part -----------------------------------------------------------

    def build(self) -> None:  # pragma: no cover - every instrument overrides it
        raise NotImplementedError

    def answers(self) -> dict[str, Any] | None:  # pragma: no cover
        raise NotImplementedError

    def set_answers(self, record: AssessmentRecord) -> None:  # pragma: no cover
        raise NotImplementedError

    def missing_text(self, item: str) -> str:
        return item

    def diagnosis_code(self) -> str:
        return ""

    def treatment_plan(self) -> list[str]:
        return []

    # --- saving and signing --------------------------------------------------------------

    def save_draft(self) -> bool:
        if self.signed or SESSION.staff is None:
            return False
        self.clear_messages()
        answers = self.answers()
        if answers is None:
            return False
        staff = SESSION.staff

        def act() -> None:
            saved = save_assessment(
                staff, self.person_id, self.episode.episode_id(), self.kind,
                self.assessed_on.date(), answers, diagnosis_code=self.diagnosis_code(),
                treatment_plan=self.treatment_plan(), assessment_id=self.record_id,
                expected_version=self.version)
            self.record_id, self.version = saved.assessment_id, saved.version
            self.assessor_id = staff.id
            self._missing = saved.missing

        if not self.attempt(act):
            return False
        self.mark_clean()
        self.set_state(self.tr("Draft saved at {time}; not signed yet.").format(
            time=clock(dt.datetime.now())))
        self._show_progress()
        assert self.record_id is not None
        self.saved.emit(self.record_id)
        return True

    def sign(self) -> bool:
        if self.signed or SESSION.staff is None:
            return False
        if (self.dirty or self.record_id is None) and not self.save_draft():
            return False
        if self._missing:
            show_error(self.message, self.tr("The form cannot be signed yet; still "
                                             "unanswered: {missing}.").format(
                missing=", ".join(self.missing_text(m) for m in self._missing)))
            return False
        staff, record_id = SESSION.staff, self.record_id
        assert record_id is not None
        if not self.attempt(lambda: sign_assessment(staff, record_id, self.version)):
            return False
        self.open_record(record_id)
        self.saved.emit(record_id)
        return True

    def _show_progress(self) -> None:
        if self._missing:
            self.progress.setText(self.tr("Still to answer before signing: {missing}").format(
                missing=", ".join(self.missing_text(m) for m in self._missing)))
        else:
            self.progress.setText(self.tr("Every required question is answered: the form "
                                          "can be signed."))

    # --- opening -------------------------------------------------------------------------

    def open_record(self, assessment_id: int) -> bool:
        """Show a saved assessment (the view is audited); locked when signed."""
        if SESSION.staff is None:
            return False
        try:
            record = view_assessment(SESSION.staff, assessment_id)
        except Exception as exc:  # noqa: BLE001 - e.g. no right to view
            show_failure(exc, self.message)
            return False
        self.record_id, self.version = record.id, record.version
        self.assessor_id = record.staff_id
        with self.loading():
            self.episode.set_episode(record.episode_id)
            self.assessed_on.set_date(record.assessed_on)
            self.set_answers(record)
        evaluation = evaluate(record.kind, record.answers)
        self._missing = evaluation.missing if evaluation is not None else ()
        if record.state == "signed":
            set_read_only(self.content, True)
            self.progress.hide()
            stamp = short_stamp(record.signed_at)
            self.show_signed(self.tr("Signed by {name} on {when}. Locked: corrections are "
                                     "addenda.").format(name=record.staff_name, when=stamp),
                             record.addenda,
                             has_right(SESSION.staff, area_of(record.kind), Action.CORRECT))
        else:
            self.set_state(self.tr("Draft by {name}; not signed yet.").format(
                name=record.staff_name))
            self.sign_button.setVisible(self.sign_button.isVisible()
                                        and record.staff_id == SESSION.staff.id)
            self._show_progress()
        return True

    def reload(self) -> None:
        if self.record_id is not None:
            self.open_record(self.record_id)

    def retranslate_ui(self) -> None:
        self.retranslate_base()
        label = dict(KINDS).get(self.kind, self.kind)
        self.setWindowTitle(QCoreApplication.translate("Codes", label))
        self.heading.setText(QCoreApplication.translate("Codes", label))
        self.episode.retranslate_ui()
        self.assessed_on.retranslate_ui()
        if self.record_id is not None and not self.signed:
            self._show_progress()


def item_label(table: tuple[tuple[str, str], ...], code: str) -> str:
    """The translated label of ``code`` in a (code, English label) table."""
    return QCoreApplication.translate("Codes", dict(table).get(code, code))

