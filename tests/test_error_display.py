"""The one way a screen shows a failure (ui/widgets/errors.py: show_failure and attempt): a
field's error lands under that field and focuses it, anything else in the form's label, a
message box or a status line; an unexpected error goes on to the error log's hook; what
the person typed is never touched."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


import peewee
import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from models.core import validation as v
from models.core.errors import PermissionDenied, ValidationError
from ui import i18n
from ui.widgets.errors import attempt, show_failure
from ui.widgets.field_form import FieldForm, error_label

F_NAME = "Full name"
F_PHONE = "Phone"
TYPED_NAME = "Siti Rahma\u0301wati"
TYPED_PHONE = "0812 3456"


class Form(QWidget):
    """A form of two fields with a general message label under it."""

    def __init__(self) -> None:
        super().__init__()
        self.form = FieldForm(self)
        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.phone = QLineEdit(self)
        self.phone.setObjectName("phone")
        self.form.add_row(F_NAME, self.name, required=True)
        self.form.add_row(F_PHONE, self.phone)
        self.form.retranslate_ui()
        self.message = error_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        self.name.setText(TYPED_NAME)
        self.phone.setText(TYPED_PHONE)

    def typed(self) -> tuple[str, str]:
        return self.name.text(), self.phone.text()


@pytest.fixture
def form(qtbot):
    i18n.install("id")
    widget = Form()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def refuse_phone() -> None:
    v.text("", F_PHONE, limit=20, required=True)  # models/' own "Please fill in Phone."


def locked() -> None:
    raise peewee.OperationalError("database is locked")


def test_a_field_error_lands_under_its_field_and_focuses_it(form, qtbot):
    form.name.setFocus()
    ok, result = attempt(refuse_phone, form.message, forms=[form.form])
    assert (ok, result) == (False, None)
    row = form.form.rows[F_PHONE]
    assert row.error.isVisible() and row.error.text() == "Silakan isi Telepon."
    qtbot.waitUntil(form.phone.hasFocus)
    assert not form.message.isVisible() and not form.form.rows[F_NAME].error.isVisible()
    assert form.typed() == (TYPED_NAME, TYPED_PHONE)


def test_a_field_in_another_form_is_revealed_first(qtbot):
    """The second form has the field: its tab comes to the front, then the field is focused."""
    i18n.install("id")
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    first, second = Form(), Form()
    del first.form.rows[F_PHONE]  # only the second form asks for a phone number
    tabs.addTab(first, "1")
    tabs.addTab(second, "2")
    tabs.show()
    qtbot.waitExposed(tabs)
    revealed = []

    def reveal(form: FieldForm, widget: QWidget) -> None:
        revealed.append((form, widget))
        tabs.setCurrentWidget(second)

    try:
        refuse_phone()
    except ValidationError as exc:
        show_failure(exc, first.message, forms=[first.form, second.form], reveal=reveal)
    assert revealed == [(second.form, second.phone)]
    assert tabs.currentWidget() is second
    assert second.form.rows[F_PHONE].error.text() == "Silakan isi Telepon."
    qtbot.waitUntil(second.phone.hasFocus)
    assert not first.message.isVisible()


def test_an_error_about_no_field_of_the_form_lands_in_the_label(form):
    form.phone.setFocus()
    ok, _ = attempt(lambda: v.text("", "Address", limit=20, required=True), form.message,
                    forms=[form.form])
    assert not ok
    assert form.message.isVisible() and form.message.text() == "Silakan isi Alamat."
    assert not any(row.error.isVisible() for row in form.form.rows.values())
    assert form.typed() == (TYPED_NAME, TYPED_PHONE)


def test_a_database_problem_lands_in_the_label_even_with_forms(form):
    """A driver's error has no field; it is said in the label, not crashed on."""
    ok, _ = attempt(locked, form.message, forms=[form.form])
    assert not ok
    assert form.message.text().startswith("Basis data sedang dipakai")
    assert form.typed() == (TYPED_NAME, TYPED_PHONE)


def test_a_new_attempt_clears_the_last_messages_and_returns_the_result(form):
    attempt(refuse_phone, form.message, forms=[form.form])
    attempt(locked, form.message, forms=[form.form])
    assert not form.form.rows[F_PHONE].error.isVisible()  # the new failure is not a field's
    ok, result = attempt(lambda: 42, form.message, forms=[form.form])
    assert (ok, result) == (True, 42)
    assert not form.message.isVisible() and not form.message.text()
    kept, _ = attempt(lambda: 1, form.message, clear=False)
    form.message.setText("kept")
    attempt(lambda: 1, form.message, clear=False)
    assert kept and form.message.text() == "kept"


@pytest.mark.parametrize("failure", [KeyError("bug"), AttributeError("bug")])
def test_an_unexpected_error_is_raised_and_nothing_is_shown(form, failure):
    def broken() -> None:
        raise failure

    with pytest.raises(type(failure)) as raised:
        attempt(broken, form.message, forms=[form.form])
    assert raised.value is failure
    with pytest.raises(type(failure)):
        try:
            broken()
        except Exception as exc:  # noqa: BLE001 - the idiom under test
            show_failure(exc, form.message, forms=[form.form])
    assert not form.message.isVisible()
    assert form.typed() == (TYPED_NAME, TYPED_PHONE)


def test_a_widget_gets_a_message_box_and_a_function_gets_the_text(form, qtbot):
    said: list[str] = []
    show_failure(PermissionDenied("You do not have the right to {action}.", action="x"),
                 said.append)
    assert said and "x" in said[0]
    try:
        locked()
    except Exception as exc:  # noqa: BLE001
        show_failure(exc, form)
    box = form.findChild(QMessageBox, "error_box")
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert box.text().startswith("Basis data sedang dipakai")
    assert isinstance(form.message, QLabel) and not form.message.isVisible()
    box.close()
    assert form.typed() == (TYPED_NAME, TYPED_PHONE)
