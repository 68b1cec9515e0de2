"""Changing the counselor of record: of one episode (with the reason, from the Program tab),
and of a whole caseload (the admin, from the Staff tab). models/intake/admission.py checks the
rights and records each change in the audit trail.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLineEdit, QWidget

from models.intake import admission as ad
from ui.session import SESSION
from ui.widgets.dialog_buttons import column, ok_cancel
from ui.widgets.errors import show_failure
from ui.widgets.field_form import FieldForm, error_label, plain_label, show_error

C = "CounselorDialogs"
CHOOSE = QT_TRANSLATE_NOOP(C, "Choose a counselor.")
CANCEL = QT_TRANSLATE_NOOP(C, "Cancel")


class _CounselorDialog(QDialog):
    """A counselor to choose and the reason; ``_save`` does the act."""

    def __init__(self, exclude: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = FieldForm(self)
        self.counselor = QComboBox(self)
        self.counselor.setObjectName("new_counselor")
        for staff_id, name in ad.counselors():
            if staff_id != exclude:
                self.counselor.addItem(name, staff_id)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("counselor_reason")
        self.form.add_row(ad.F_COUNSELOR, self.counselor, required=True)
        self.form.add_row(ad.F_CHANGE_REASON, self.reason, required=True)
        self.intro = plain_label("", self, wrap=True)
        self.message = error_label(self)
        self.buttons, self.ok_button = ok_cancel(self, "mdi6.account-switch", self.save)
        column(self, self.intro, self.form, self.message, self.buttons)
        self.setMinimumWidth(460)

    def save(self) -> bool:
        if SESSION.staff is None:
            return False
        self.form.clear_errors()
        show_error(self.message, "")
        chosen = self.counselor.currentData()
        if chosen is None:
            self.form.set_field_message(ad.F_COUNSELOR, QCoreApplication.translate(C, CHOOSE))
            return False
        try:
            self._save(int(chosen))
        except Exception as exc:  # noqa: BLE001 - shown, input kept
            show_failure(exc, self.message, forms=[self.form])
            return False
        self.accept()
        return True

    def _save(self, counselor_id: int) -> None:
        raise NotImplementedError

    def _cancel_text(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate(C, CANCEL))


class EpisodeCounselorDialog(_CounselorDialog):
    """Change the counselor of record of one episode."""

    def __init__(self, episode_id: int, current: tuple[int | None, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(current[0], parent)
        self.setObjectName("episode_counselor_dialog")
        self.episode_id = episode_id
        self.current_name = current[1]
        self.retranslate_ui()

    def _save(self, counselor_id: int) -> None:
        ad.set_counselor(SESSION.staff, self.episode_id, counselor_id, self.reason.text())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Change the counselor of record"))
        self.intro.setText(self.tr("Now: {name}. The change and its reason are recorded.")
                           .format(name=self.current_name or "-"))
        self.ok_button.setText(self.tr("Change"))
        self._cancel_text()
        self.form.retranslate_ui()


class CaseloadDialog(_CounselorDialog):
    """The admin hands every open episode of one counselor to another."""

    def __init__(self, from_id: int, from_name: str, parent: QWidget | None = None) -> None:
        super().__init__(from_id, parent)
        self.setObjectName("caseload_dialog")
        self.from_id, self.from_name = from_id, from_name
        self.moved = 0
        self.retranslate_ui()

    def _save(self, counselor_id: int) -> None:
        self.moved = ad.reassign_caseload(SESSION.staff, self.from_id, counselor_id,
                                          self.reason.text())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Hand over a caseload"))
        self.intro.setText(self.tr(
            "Every open episode whose counselor of record is {name} goes to the counselor "
            "chosen here. Each client's record shows the change and its reason.").format(
            name=self.from_name))
        self.ok_button.setText(self.tr("Hand over"))
        self._cancel_text()
        self.form.retranslate_ui()
