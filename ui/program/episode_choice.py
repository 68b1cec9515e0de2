"""The episode a program or aftercare tab is about: the person's newest by default."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSizePolicy, QWidget

from models.desk.course import EpisodeCourse
from models.intake.episode import STATUSES
from reports.dates import short_date
from ui.widgets.field_form import plain_label


class EpisodeChoice(QWidget):
    """A labelled combo of a person's episodes (newest first).

    Signals:
        chosen(int): another episode (id) was picked.
    """

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.courses: list[EpisodeCourse] = []
        self.label = plain_label("", self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("episode_choice")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(16)
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.label.setBuddy(self.combo)
        self.combo.currentIndexChanged.connect(self._picked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.combo, 1)
        self.retranslate_ui()

    def set_courses(self, courses: list[EpisodeCourse]) -> None:
        """Offer these episodes, keeping the one chosen before if it is still there."""
        keep = self.current()
        self.courses = list(courses)
        self.combo.blockSignals(True)
        self.combo.clear()
        for course in self.courses:
            self.combo.addItem("", course.episode_id)
        index = self.combo.findData(keep.episode_id) if keep is not None else -1
        self.combo.setCurrentIndex(max(index, 0) if self.courses else -1)
        self.combo.blockSignals(False)
        self.retranslate_ui()

    def current(self) -> EpisodeCourse | None:
        index = self.combo.currentIndex()
        return self.courses[index] if 0 <= index < len(self.courses) else None

    def _picked(self, index: int) -> None:
        if 0 <= index < len(self.courses):
            self.chosen.emit(self.courses[index].episode_id)

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("&Episode:"))
        statuses = dict(STATUSES)
        for row, course in enumerate(self.courses):
            self.combo.setItemText(row, self.tr("{number} \u00b7 {status} \u00b7 reported {date}")
                                   .format(number=course.episode_no,
                                           status=QCoreApplication.translate(
                                               "Codes", statuses.get(course.status, course.status)),
                                           date=short_date(course.reported_on)))
