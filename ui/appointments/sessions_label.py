"""The program tab's line on session series: sessions done against the plan."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from models.appointments.series import SeriesProgress, series_progress
from ui.session import SESSION
from ui.widgets.errors import expected


class SessionsLabel(QLabel):
    """"Sessions: 3 of 8 attended, 1 missed, 4 booked" for the episode shown (hidden when the
    episode has no series and its program offers none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("series_progress")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.progress: SeriesProgress | None = None
        self.hide()

    def show_episode(self, episode_id: int | None) -> None:
        self.progress = None
        if episode_id is not None and SESSION.staff is not None:
            try:
                self.progress = series_progress(SESSION.staff, episode_id)
            except Exception as exc:  # a line of the tab, not worth a message
                if not expected(exc):
                    raise
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        progress = self.progress
        if progress is None or progress.planned == 0:
            self.hide()
            return
        self.setText(self.tr("Counselling sessions: {done} of {planned} attended, {missed} "
                             "missed, {booked} booked (Jadwal page).").format(
            done=progress.attended, planned=progress.planned, missed=progress.missed,
            booked=progress.booked))
        self.show()
