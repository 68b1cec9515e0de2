"""Forms whose errors appear at the field they are about, in the current language.

models/ raises a :class:`~models.core.errors.ValidationError` whose ``field`` is the English
label of the input (marked in context "Codes"). A :class:`FieldForm` keeps, for each label,
the input widget and a small red line under it, so the message lands where the person is
looking; what they typed is never touched.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from models.core.errors import PulihError
from ui.i18n import error_text

ERROR_COLOR = "#b3261e"


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = False) -> QLabel:
    """A label that shows text as typed: people's names and notes are never markup."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


def error_label(parent: QWidget | None = None) -> QLabel:
    """A hidden, red, wrapping, plain-text label for one error message."""
    label = plain_label("", parent, wrap=True)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOR)
    label.setPalette(palette)
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def keep_room(label: QLabel) -> None:
    """Keep one line of room for ``label`` while it is hidden, so showing a message (an
    error, a hint, a status line) moves nothing: no click lands on the wrong button."""
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    label.setSizePolicy(policy)
    label.setMinimumHeight(label.fontMetrics().lineSpacing())


def _on_edit(widget: QWidget, slot) -> None:
    """Call ``slot`` when the person changes ``widget``'s value."""
    for name in ("textEdited", "currentIndexChanged", "toggled", "valueChanged"):
        signal = getattr(widget, name, None)
        if signal is not None and hasattr(signal, "connect"):
            signal.connect(slot)
            return
    if isinstance(widget, QPlainTextEdit):
        widget.textChanged.connect(slot)


@dataclass
class FieldRow:
    """One labelled input of a form.

    Attributes:
        source: the English label, as models/ names the field in its errors.
        label: the label widget beside the input.
        widget: the input.
        error: the red line under the input.
    """

    source: str
    label: QLabel
    widget: QWidget
    error: QLabel


class FieldForm(QWidget):
    """A two-column form that shows each error under its input.

    Rows are added with :meth:`add_row`; their labels are translated in context "Codes"
    (the same texts models/ uses in its messages) by :meth:`retranslate_ui`.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.rows: dict[str, FieldRow] = {}

    def add_row(self, source: str, widget: QWidget, *, required: bool = False) -> FieldRow:
        """Add ``widget`` labelled ``source`` (an English text marked in context "Codes")."""
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        error = error_label(holder)
        error.setObjectName(f"error_{widget.objectName()}")
        keep_room(error)  # a message appearing never moves the fields below it
        box.addWidget(error)
        label = plain_label("", self)
        label.setBuddy(widget)
        label.setProperty("required", required)
        self.layout_.addRow(label, holder)
        row = FieldRow(source, label, widget, error)
        self.rows[source] = row
        _on_edit(widget, lambda: show_error(error, ""))  # a fixed field's error goes
        return row

    def chain_tab_order(self, extra: dict[QWidget, QWidget] | None = None) -> None:
        """Tab goes down the form in the order the rows are shown (not the order in which
        the widgets were made). ``extra`` puts a widget right after a row's input."""
        previous: QWidget | None = None
        for row in self.rows.values():
            for widget in (row.widget, (extra or {}).get(row.widget)):
                if widget is None:
                    continue
                if previous is not None:
                    QWidget.setTabOrder(previous, widget)
                previous = widget

    def retranslate_ui(self) -> None:
        for row in self.rows.values():
            text = QCoreApplication.translate("Codes", row.source)
            row.label.setText(text + (" *" if row.label.property("required") else ""))

    def clear_errors(self) -> None:
        for row in self.rows.values():
            show_error(row.error, "")

    def show_error(self, error: PulihError) -> bool:
        """Put ``error`` under its field and move the focus there; False if no field here
        matches (the caller shows it elsewhere)."""
        row = self.rows.get(error.field or "")
        if row is None:
            return False
        show_error(row.error, error_text(error))
        row.widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def set_field_message(self, source: str, text: str) -> None:
        """Show (or clear, with "") a message of the screen's own under ``source``."""
        row = self.rows.get(source)
        if row is not None:
            show_error(row.error, text)
