"""Who is signed in at this desk, for every screen to read.

Screens never keep their own copy of the staff member: they ask :data:`SESSION`, and
models/ checks the member's rights on every act anyway.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from models.staff.staff import Staff


class Session(QObject):
    """The signed-in staff member of this window.

    Signals:
        changed(int): a member signed in (their id) or out (0).
        locked_changed(bool): the window was locked (True) or unlocked (False).
    """

    changed = Signal(int)
    locked_changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self._staff: Staff | None = None
        self._locked = False

    @property
    def staff(self) -> Staff | None:
        return self._staff

    @property
    def locked(self) -> bool:
        return self._locked

    def sign_in(self, staff: Staff) -> None:
        self._staff = staff
        self._locked = False
        self.changed.emit(staff.id)

    def sign_out(self) -> None:
        self._staff = None
        self._locked = False
        self.changed.emit(0)

    def set_locked(self, locked: bool) -> None:
        if locked != self._locked:
            self._locked = locked
            self.locked_changed.emit(locked)


SESSION = Session()
