"""The frame every clinical form shares: the client at the top, the form in a scroll area,
save as draft, sign (after an inline confirmation), read-only once signed with its addenda
below, and a question before a changed form is closed, so a misclick never loses input.

A subclass builds its inputs into :attr:`ClinicalDialog.content`, registers its
:class:`FieldForm` s (so an error from models/ lands under its field) and implements
:meth:`save_draft` and :meth:`sign`.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import qtawesome as qta
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from models.desk.client_list import client_rows
from ui.clinical.addenda_panel import AddendaPanel
from ui.i18n import one_period
from ui.session import SESSION
from ui.widgets import errors
from ui.widgets.errors import expected, show_failure
from ui.widgets.field_form import FieldForm, error_label, plain_label, show_error


def person_heading(person_id: int) -> str:
    """"Name · registration number" of the client, or "" without the right to see it."""
    if SESSION.staff is None:
        return ""
    try:
        rows = client_rows(SESSION.staff, [person_id])
    except Exception as exc:  # the form works without the heading
        if not expected(exc):
            raise
        return ""
    return f"{rows[0].full_name} \u00b7 {rows[0].reg_no}" if rows else ""


def first_input(root: QWidget) -> QWidget | None:
    """The first enabled, visible input under ``root`` that Tab can reach."""
    for widget in root.findChildren(QWidget):
        if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled()
                and widget.isVisibleTo(root) and widget.focusProxy() is None
                and not isinstance(widget, QScrollArea)):
            return widget
    return None


class ClinicalDialog(QDialog):
    """A clinical form in a dialog.

    Attributes:
        person_id: the client the form is about.
        record_id: the saved record (None until the first save).
        signed: the record is signed, so the form is read-only.
        content: the widget subclasses fill; it scrolls.

    Signals:
        saved(int): the record was saved, signed or given an addendum (its id).
    """

    saved = Signal(int)
    #: what models.care.addenda calls this kind of record ("assessment" or "note"); "" for none
    addendum_kind = ""
    #: whether the record has a draft state (a changed form can be kept as a draft)
    has_drafts = True

    def __init__(self, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(type(self).__name__)
        self.setSizeGripEnabled(True)
        self.person_id = person_id
        self.record_id: int | None = None
        self.signed = False
        self._dirty = False
        self._loading = False
        self._forms: list[tuple[FieldForm, Callable[[], None] | None]] = []

        self.heading = plain_label("", self, wrap=True)
        self.heading.setObjectName("form_heading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.client = plain_label(person_heading(person_id), self, wrap=True)
        self.client.setObjectName("form_client")
        self.state = plain_label("", self, wrap=True)
        self.state.setObjectName("form_state")
        self.state.hide()

        self.content = QWidget(self)
        self.content.setObjectName("form_content")
        self.content_layout = QVBoxLayout(self.content)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.content)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)

        self.addenda = AddendaPanel(self.addendum_kind or "note", self)
        self.addenda.hide()
        self.addenda.added.connect(self._addendum_added)
        self.addenda.edited.connect(self._changed)
        self.message = error_label(self)
        self.message.setObjectName("form_message")

        # Signing locks the record: a bar asks first, with the focus on its own button.
        self.confirm = QFrame(self)
        self.confirm.setObjectName("sign_confirm")
        self.confirm.setFrameShape(QFrame.Shape.StyledPanel)
        self.confirm_text = plain_label("", self.confirm, wrap=True)
        self.confirm_button = QPushButton(qta.icon("mdi6.draw-pen"), "", self.confirm)
        self.confirm_button.setObjectName("confirm_sign")
        self.confirm_button.clicked.connect(self._confirmed_sign)
        self.not_yet_button = QPushButton(self.confirm)
        self.not_yet_button.setObjectName("not_yet")
        self.not_yet_button.clicked.connect(self.confirm.hide)
        bar = QHBoxLayout(self.confirm)
        bar.addWidget(self.confirm_text, 1)
        bar.addWidget(self.not_yet_button)
        bar.addWidget(self.confirm_button)
        self.confirm.hide()

        self.save_button = QPushButton(qta.icon("mdi6.content-save"), "", self)
        self.save_button.setObjectName("save_draft")
        self.save_button.clicked.connect(self.save_draft)
        self.sign_button = QPushButton(qta.icon("mdi6.draw-pen"), "", self)
        self.sign_button.setObjectName("sign")
        self.sign_button.clicked.connect(self.ask_sign)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("close_form")
        self.close_button.clicked.connect(self.reject)
        for button in (self.save_button, self.sign_button, self.close_button,
                       self.not_yet_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.sign_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.client)
        layout.addWidget(self.state)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.addenda)
        layout.addWidget(self.message)
        layout.addWidget(self.confirm)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save_draft)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.ask_sign)
        self.resize(860, 680)

    def set_state(self, text: str) -> None:
        """The line under the client saying where the record stands (draft, signed ...)."""
        text = one_period(text)  # "oleh Rina, S.Psi." ends with one period
        self.state.setText(text)
        self.state.setVisible(bool(text))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.activateWindow()
        if self.signed and self.addenda.text.isVisibleTo(self):
            self.addenda.text.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.focusWidget() is None:
            first = first_input(self.content)
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- what a subclass provides ------------------------------------------------------

    def save_draft(self) -> bool:  # pragma: no cover - every form overrides it
        raise NotImplementedError

    def sign(self) -> bool:  # pragma: no cover - every form overrides it
        raise NotImplementedError

    def reload(self) -> None:
        """Show the saved record again (after an addendum); forms with addenda override."""

    # --- errors -------------------------------------------------------------------------

    def register_form(self, form: FieldForm, reveal: Callable[[], None] | None = None) -> None:
        """Errors about a field of ``form`` land under it; ``reveal`` brings it into view."""
        self._forms.append((form, reveal))

    def clear_messages(self) -> None:
        show_error(self.message, "")
        for form, _reveal in self._forms:
            form.clear_errors()

    def _reveal(self, form: FieldForm, widget: QWidget) -> None:
        """Bring ``widget`` of ``form`` into view: its tab first, then the scroll."""
        for registered, reveal in self._forms:
            if registered is form and reveal is not None:
                reveal()
        self.scroll.ensureWidgetVisible(widget)

    def show_problem(self, exc: BaseException) -> None:
        """Show ``exc`` under its field if a registered form has it, else below the form."""
        show_failure(exc, self.message, forms=[form for form, _reveal in self._forms],
                     reveal=self._reveal)

    def attempt(self, action: Callable[[], Any]) -> bool:
        """Run ``action``; an expected failure is shown and nothing typed is touched."""
        return errors.attempt(action, self.message, forms=[form for form, _reveal in self._forms],
                              reveal=self._reveal)[0]

    # --- changes and closing ------------------------------------------------------------

    def watch(self, root: QWidget) -> None:
        """Every input under ``root`` marks the form changed when edited."""
        for widget in [root, *root.findChildren(QWidget)]:
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(self._changed)
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(self._changed)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self._changed)
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(self._changed)
            elif isinstance(widget, QGroupBox) and widget.isCheckable():
                widget.toggled.connect(self._changed)
            elif isinstance(widget, QTimeEdit):
                widget.timeChanged.connect(self._changed)

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self._dirty = True

    @property
    def dirty(self) -> bool:
        return self._dirty or self.addenda.pending()

    def mark_clean(self) -> None:
        self._dirty = False

    def loading(self) -> _Loading:
        """``with self.loading():`` fills inputs without marking the form changed."""
        return _Loading(self)

    def reject(self) -> None:
        if self.dirty:
            self._ask_close()
            return
        super().reject()

    def _ask_close(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(),
                          self.tr("This form has changes that are not saved yet."),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("close_question")
        box.setTextFormat(Qt.TextFormat.PlainText)
        keep = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("keep_editing")
        if self.has_drafts and not self.signed and self._dirty:
            draft = box.addButton(self.tr("Save as draft and close"),
                                  QMessageBox.ButtonRole.AcceptRole)
            draft.setObjectName("save_and_close")
        discard = box.addButton(self.tr("Discard the changes"),
                                QMessageBox.ButtonRole.DestructiveRole)
        discard.setObjectName("discard_changes")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.buttonClicked.connect(lambda button: self._close_answer(box, button))
        box.open()

    def _close_answer(self, box: QMessageBox, button: QPushButton) -> None:
        name = button.objectName()
        if name == "save_and_close":
            if self.save_draft():
                self.accept()
        elif name == "discard_changes":
            self.addenda.text.clear()
            self._dirty = False
            super().reject()

    # --- signing ------------------------------------------------------------------------

    def ask_sign(self) -> None:
        """Show the signing question (a signed record is locked for good)."""
        if self.signed or not self.sign_button.isVisible():
            return
        self.confirm.show()
        self.confirm_button.setFocus()

    def _confirmed_sign(self) -> None:
        self.confirm.hide()
        self.sign()

    def _addendum_added(self, _addendum_id: int) -> None:
        self.reload()
        if self.record_id is not None:
            self.saved.emit(self.record_id)

    def show_signed(self, signed_text: str, addenda: tuple, can_add: bool) -> None:
        """Lock the form: no draft or sign buttons; the addenda panel below."""
        self.signed = True
        self.save_button.hide()
        self.sign_button.hide()
        self.confirm.hide()
        self.set_state(signed_text)
        if self.addendum_kind and self.record_id is not None:
            self.addenda.show_addenda(self.record_id, addenda, can_add)
            self.addenda.show()

    def retranslate_base(self) -> None:
        self.save_button.setText(self.tr("Save &draft"))
        self.save_button.setToolTip(self.tr("Keep what is filled so far (Ctrl+S)"))
        self.sign_button.setText(self.tr("Si&gn"))
        self.sign_button.setToolTip(self.tr("Sign and lock (Ctrl+Enter)"))
        self.close_button.setText(self.tr("Close"))
        self.confirm_text.setText(self.tr(
            "Signing locks this record for good: later corrections are addenda that show "
            "who wrote them and when. Sign now?"))
        self.confirm_button.setText(self.tr("Sign now"))
        self.not_yet_button.setText(self.tr("Not yet"))
        self.addenda.retranslate_ui()
        for form, _reveal in self._forms:
            form.retranslate_ui()


class _Loading:
    """Context manager that fills a form without counting it as the person's change."""

    def __init__(self, dialog: ClinicalDialog) -> None:
        self._dialog = dialog

    def __enter__(self) -> None:
        self._dialog._loading = True

    def __exit__(self, *_exc: object) -> None:
        self._dialog._loading = False
        self._dialog._dirty = False
