"""Signing in, and the lock that hides personal data after a while without input.

The sign-in form is one widget used twice: in a dialog at start, and over the main window
when it is locked (then only the member who locked it, or another member who signs in in
their place, brings the window back; what was typed underneath stays where it was).
"""
from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.safety.accounts import authenticate
from models.staff.staff import Staff
from ui.widgets.errors import show_failure
from ui.widgets.field_form import error_label, plain_label, show_error


class SignInForm(QWidget):
    """User name, password and a message line.

    Signals:
        signed_in(object): the models.staff.staff.Staff who signed in.
    """

    signed_in = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = plain_label("", self, wrap=True)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.explanation = plain_label("", self, wrap=True)
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.username.setMaxLength(64)
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(1024)
        self.password.returnPressed.connect(self.try_sign_in)
        self.username.returnPressed.connect(self.password.setFocus)
        self.message = error_label(self)
        self.message.setObjectName("sign_in_message")
        self.button = QPushButton(qta.icon("mdi6.login"), "", self)
        self.button.setObjectName("sign_in")
        self.button.setDefault(True)
        self.button.clicked.connect(self.try_sign_in)
        self.form = QFormLayout()
        self.user_label = plain_label("", self)
        self.password_label = plain_label("", self)
        self.user_label.setBuddy(self.username)
        self.password_label.setBuddy(self.password)
        self.form.addRow(self.user_label, self.username)
        self.form.addRow(self.password_label, self.password)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def try_sign_in(self) -> None:
        show_error(self.message, "")
        try:
            staff = authenticate(self.username.text(), self.password.text())
        except Exception as exc:  # noqa: BLE001 - one message, no traceback
            show_failure(exc, self.message)
            self.password.clear()
            self.password.setFocus()
            return
        self.password.clear()
        self.signed_in.emit(staff)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Sign in to Pulih"))
        self.user_label.setText(self.tr("&User name"))
        self.password_label.setText(self.tr("&Password"))
        self.button.setText(self.tr("Sign &in"))


class SignInDialog(QDialog):
    """The sign-in at start; ``staff`` holds the member after ``accept``."""

    def __init__(self, facility_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sign_in_dialog")
        self.staff: Staff | None = None
        self.form = SignInForm(self)
        self.form.explanation.setText(facility_name)
        self.form.signed_in.connect(self._done)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.setMinimumWidth(420)
        self.setWindowTitle("Pulih")
        self.form.username.setFocus()

    def _done(self, staff: Staff) -> None:
        self.staff = staff
        self.accept()


class IdleWatch(QObject):
    """Fires ``idle`` after ``minutes`` without a key press or mouse use in the app.

    Signals:
        idle(): the time ran out.
    """

    idle = Signal()
    ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                QEvent.Type.Wheel, QEvent.Type.TouchBegin}

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: float) -> None:
        self.timer.setInterval(max(1, int(minutes * 60_000)))
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in self.ACTIVITY and self.timer.isActive():
            self.timer.start()
        return False


class LockOverlay(QWidget):
    """Shown instead of the window's pages while it is locked; the sign-in form in the middle.

    Signals:
        unlocked(object): a member signed in again (the Staff).
    """

    unlocked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lock_overlay")
        self.form = SignInForm(self)
        self.form.setMaximumWidth(460)
        self.icon = plain_label("", self)
        self.icon.setPixmap(qta.icon("mdi6.lock").pixmap(48, 48))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.icon)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.form, 2)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.form.signed_in.connect(self.unlocked)

    def lock(self, username: str, on_request: bool = False) -> None:
        """Show the sign-in form over the pages; ``on_request``: locked with Ctrl+L (or the
        menu), not after a while without use, and the sentence says which."""
        self.form.username.setText(username)
        self.form.explanation.setText(self.tr(
            "The window was locked on request. Enter the password to go on; what you typed "
            "is still there.") if on_request else self.tr(
            "The window was locked after a while without use, to keep personal data private. "
            "Enter the password to go on; what you typed is still there."))
        show_error(self.form.message, "")
        self.form.password.setFocus()

    def retranslate_ui(self) -> None:
        self.form.retranslate_ui()
