"""What the Program and Pascarehabilitasi tabs share: one person's episodes with their course,
loaded the first time the tab is shown for that person and again after every change."""
from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from models.desk.course import course_of
from models.staff.staff import Staff
from ui.program.course_events import COURSE
from ui.session import SESSION
from ui.widgets.errors import describe, expected
from ui.widgets.field_form import show_error


class CourseTab(QWidget):
    """Base of a record tab built on an episode chooser.

    A subclass makes ``self.episodes`` (an EpisodeChoice) and ``self.message`` (an error
    label) and provides ``_show_parts(None)`` (show nothing of an episode) and
    ``_show_episode()`` (show the chosen one).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._person_id: int | None = None
        self._loaded_for: int | None = None
        COURSE.changed.connect(self._course_changed)

    def set_person(self, person_id: int) -> None:
        """Show this person's course (loaded when the tab is next shown)."""
        self._person_id = person_id
        self._loaded_for = None
        self.episodes.set_courses([])
        if self.isVisible():
            self.load()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._loaded_for != self._person_id:
            self.load()

    def _course_changed(self, person_id: int) -> None:
        if person_id == self._person_id:
            self._loaded_for = None
            if self.isVisible():
                self.load()

    def _prepare(self, staff: Staff) -> None:
        """Adjust the tab to the member before loading; the base class has nothing to adjust."""

    def load(self) -> None:
        staff = SESSION.staff
        if self._person_id is None or staff is None:
            return
        self._loaded_for = self._person_id
        show_error(self.message, "")
        self._prepare(staff)
        try:
            courses = course_of(staff, self._person_id)
        except Exception as exc:  # a refusal is shown in place of the tab
            if not expected(exc):
                raise
            self.episodes.set_courses([])
            self._show_parts(None)
            show_error(self.message, describe(exc))
            return
        self.episodes.set_courses(courses)
        self._show_episode()
