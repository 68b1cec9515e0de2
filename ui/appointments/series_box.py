"""The session series a program template offers, in the template editor (admins)."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QPushButton, QSpinBox, QWidget

from models.appointments.series import MAX_SESSIONS, series_plan, set_series_plan
from ui.session import SESSION
from ui.widgets.errors import show_failure
from ui.widgets.field_form import error_label, plain_label, show_error


class SeriesBox(QGroupBox):
    """Sessions and days between them for the template shown; 0 sessions: no series."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("series_box")
        self.template_id: int | None = None
        self.sessions = QSpinBox(self)
        self.sessions.setObjectName("series_sessions")
        self.sessions.setRange(0, MAX_SESSIONS)
        self.every = QSpinBox(self)
        self.every.setObjectName("series_every_days")
        self.every.setRange(1, 60)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save_series")
        self.save_button.clicked.connect(self.save)
        self.message = error_label(self)
        self.labels = [plain_label("", self), plain_label("", self)]
        form = QFormLayout()
        form.addRow(self.labels[0], self.sessions)
        form.addRow(self.labels[1], self.every)
        row = QHBoxLayout(self)
        row.addLayout(form, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.message, 1)
        self.retranslate_ui()

    def show_template(self, template_id: int) -> None:
        self.template_id = template_id
        plan = series_plan(template_id)
        self.sessions.setValue(plan.sessions)
        self.every.setValue(plan.every_days)
        show_error(self.message, "")

    def save(self) -> bool:
        if self.template_id is None or SESSION.staff is None:
            return False
        try:
            set_series_plan(SESSION.staff, self.template_id, self.sessions.value(),
                            self.every.value())
        except Exception as exc:  # noqa: BLE001 - shown beside the fields, values kept
            show_failure(exc, self.message)
            return False
        show_error(self.message, "")
        return True

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Session series offered at enrolment"))
        self.labels[0].setText(self.tr("Sessions (0: none)"))
        self.labels[1].setText(self.tr("Days between sessions"))
        self.save_button.setText(self.tr("Save the series"))
