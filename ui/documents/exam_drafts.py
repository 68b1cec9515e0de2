"""The doctor's half-entered SKHPN examination kept as a draft per applicant: it survives a
switch to another applicant, a locked window and a sign-out, and comes back when the
applicant is shown again (models/desk/drafts.py). A mixin of
:class:`ui.documents.skhpn_exam.SkhpnExamPanel`, whose widgets it reads and fills.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QTime

from models.desk.drafts import load_draft, save_draft
from reports.dates import short_stamp
from ui.session import SESSION
from ui.widgets.errors import show_failure

DRAFT_KIND = "skhpn_exam"


class ExamDrafts:
    """Draft keeping for the examination form (needs the panel's input widgets,
    ``_shown``, ``message`` and ``draft_note``)."""

    def state(self) -> dict[str, Any]:
        """Every input as typed (a half-typed date stays half-typed)."""
        return {"dast": self.dast.answers(), "urine": self.panel.results(),
                "specimen": self.specimen.text(), "collected_on": self.collected_on.text(),
                "collected_time": self.collected_time.time().toString("HH:mm"),
                "supervised": self.supervised.isChecked(), "kit": self.kit.text(),
                "lot": self.lot.text(),
                "vitals": {key: edit.text() for key, edit in self.vitals.items()},
                "finding": self.finding.toPlainText(),
                "conclusion": self.conclusion.conclusion(),
                "confirmed": self.conclusion.confirm.isChecked(),
                "override_reason": self.conclusion.reason.text()}

    def has_input(self) -> bool:
        state = self.state()
        texts = [state[k] for k in ("specimen", "kit", "lot", "finding", "conclusion",
                                    "override_reason")]
        return bool(state["dast"] or state["urine"] or any(t.strip() for t in texts)
                    or any(v.strip() for v in state["vitals"].values()))

    def keep_draft(self) -> None:
        """Keep what is typed for the applicant shown as the member's draft (also called
        when the window locks or the member signs out)."""
        if self._shown is None or SESSION.staff is None or not self.has_input():
            return
        try:
            save_draft(SESSION.staff, DRAFT_KIND, self.state(), str(self._shown))
        except Exception as exc:  # noqa: BLE001 - the form keeps the text either way
            show_failure(exc, self.message)

    def restore_draft(self) -> None:
        self.draft_note.setText("")
        if self._shown is None or SESSION.staff is None:
            return
        draft = load_draft(SESSION.staff, DRAFT_KIND, str(self._shown))
        if draft is None:
            return
        state = draft.payload
        self.dast.set_answers(state.get("dast") or {})
        self.panel.set_results(state.get("urine") or {})
        for key, edit in (("specimen", self.specimen), ("collected_on", self.collected_on),
                          ("kit", self.kit), ("lot", self.lot)):
            edit.setText(str(state.get(key, "")))
        self.collected_time.setTime(QTime.fromString(str(state.get("collected_time", "")),
                                                     "HH:mm"))
        self.supervised.setChecked(bool(state.get("supervised", True)))
        for key, edit in self.vitals.items():
            edit.setText(str((state.get("vitals") or {}).get(key, "")))
        self.finding.setPlainText(str(state.get("finding", "")))
        self.conclusion.set_conclusion(str(state.get("conclusion", "")))
        self.conclusion.confirm.setChecked(bool(state.get("confirmed", False)))
        self.conclusion.reason.setText(str(state.get("override_reason", "")))
        self.draft_note.setText(QCoreApplication.translate(
            "SkhpnExamPanel", "Restored what was typed before, kept at {time}.")
            .format(time=short_stamp(draft.updated_at)))
