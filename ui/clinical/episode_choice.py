"""Which of a client's episodes a new assessment, urine test or note belongs to.

Offered newest first; the newest episode still open is chosen to start with. An SKHPN
applicant has no episode: assessments and urine tests may then belong to no episode.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from models.desk.client_list import EpisodeLine, episodes_of
from models.intake.episode import STATUSES
from reports.dates import short_date
from ui.session import SESSION
from ui.widgets.errors import expected

F_EPISODE = QT_TRANSLATE_NOOP("Codes", "Episode")
NO_EPISODE = QT_TRANSLATE_NOOP("Codes", "No episode (examination only)")


class EpisodeChoice(QComboBox):
    """A combo box of the person's episodes (item data: the episode id, or 0 for none)."""

    def __init__(self, person_id: int, allow_none: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("episode")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self._allow_none = allow_none
        self.episodes: list[EpisodeLine] = []
        if SESSION.staff is not None:
            try:
                self.episodes = episodes_of(SESSION.staff, person_id)
            except Exception as exc:  # without the right, no episode to offer
                if not expected(exc):
                    raise
        if allow_none:
            self.addItem("", 0)
        for line in self.episodes:
            self.addItem("", line.id)
        still_open = [e for e in self.episodes if e.status != "closed"]
        if still_open:
            self.set_episode(still_open[0].id)
        self.retranslate_ui()

    def episode_id(self) -> int | None:
        return self.currentData() or None

    def set_episode(self, episode_id: int | None) -> None:
        row = self.findData(episode_id or 0)
        if row >= 0:
            self.setCurrentIndex(row)

    def retranslate_ui(self) -> None:
        start = 0
        if self._allow_none:
            self.setItemText(0, QCoreApplication.translate("Codes", NO_EPISODE))
            start = 1
        statuses = dict(STATUSES)
        for offset, line in enumerate(self.episodes):
            status = QCoreApplication.translate("Codes", statuses.get(line.status, line.status))
            self.setItemText(start + offset, f"{line.episode_no} \u00b7 {status} \u00b7 "
                                             f"{short_date(line.reported_on)}")
