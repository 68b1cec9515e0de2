"""The one signal the program screens share: a client's course changed.

The program tab, the discharge dialog and the aftercare tab live in different tabs of the
record; an enrolment, a move or a discharge in one makes what another shows stale. Each
listens here instead of being wired to the others.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class CourseEvents(QObject):
    """Signals:
        changed(int): the program, discharge or aftercare of this person (id) changed.
    """

    changed = Signal(int)


COURSE = CourseEvents()
