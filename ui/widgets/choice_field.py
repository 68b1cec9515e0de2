"""Choice lists that do not fight a fast typist, the same in every form of Pulih.

Qt's own combo box opens on a space (and then swallows the typing that follows), jumps to the
first item starting with a typed letter ("S1" picks "SD", "T" picks "Tidak terindikasi"), and
changes its value under a mouse wheel that was meant to scroll the page. Here:

- a space never opens the list; Alt+Down or F4 does, as everywhere in Qt;
- typed letters filter the items (anywhere in the label, case ignored) in a small list under
  the field; Up/Down move in it, Enter or Tab take the highlighted item, Escape drops the
  filter, and nothing is chosen until the person takes an item;
- the wheel scrolls the page around an unfocused choice list or number box instead of
  changing it, and never gives it the focus.

:class:`ChoiceField` is a combo box with this behaviour built in; :class:`FormKeys`, installed
once on the application (:func:`install_form_keys`), gives every other ``QComboBox`` and number
box of the program the same behaviour, so a screen written with a plain ``QComboBox`` behaves
alike.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFrame,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

FILTER_LIST_NAME = "choice_filter"
_MAX_ROWS = 8


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


class _FilterList(QListWidget):
    """The list of matching items under a choice field while the person types.

    It never takes the focus (a tool-tip window): the keys keep going to the field, which
    moves the highlight and takes the item.
    """

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)  # a child, so it goes with the field, yet its own window
        self.combo = combo
        self.typed = ""
        self.setObjectName(FILTER_LIST_NAME)
        self.setWindowFlags(Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.Box)
        self.itemClicked.connect(self._clicked)

    def refilter(self) -> None:
        """Show the items whose label holds what was typed (all words, any order)."""
        typed = _fold(self.typed)
        words = typed.split()
        self.clear()
        found = []
        for row in range(self.combo.count()):
            label = self.combo.itemText(row)
            folded = _fold(label)
            if label.strip() in ("", "-") or not all(w in folded for w in words):
                continue
            # "kawi" highlights "Kawin" before "Belum kawin": the label starting with what
            # was typed first, then a word starting with it, then the rest, in list order
            rank = (0 if folded.startswith(typed) else
                    1 if any(part.startswith(words[0]) for part in folded.split()) else 2)
            found.append((rank, row, label))
        for _rank, row, label in sorted(found):
            item = QListWidgetItem(label, self)
            item.setData(Qt.ItemDataRole.UserRole, row)
        if self.count() == 0:
            QListWidgetItem(QCoreApplication.translate("ChoiceField", "No choice matches “{typed}”")
                            .format(typed=self.typed), self).setFlags(Qt.ItemFlag.NoItemFlags)
        else:
            self.setCurrentRow(0)
        self._place()

    def _place(self) -> None:
        combo = self.combo
        rows = min(max(self.count(), 1), _MAX_ROWS)
        height = self.sizeHintForRow(0) * rows + 2 * self.frameWidth() + 2
        width = max(combo.width(), self.sizeHintForColumn(0) + 24)
        self.resize(width, height)
        self.move(combo.mapToGlobal(QPoint(0, combo.height())))
        if combo.isVisible():
            self.show()

    def highlighted_row(self) -> int | None:
        item = self.currentItem()
        row = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return row if isinstance(row, int) else None

    def move_highlight(self, step: int) -> None:
        if self.count() and self.highlighted_row() is not None:
            self.setCurrentRow(max(0, min(self.count() - 1, self.currentRow() + step)))

    def take(self) -> bool:
        """Choose the highlighted item; False when nothing matched."""
        row = self.highlighted_row()
        self.drop()
        if row is None:
            return False
        self.combo.setCurrentIndex(row)
        self.combo.activated.emit(row)
        return True

    def drop(self) -> None:
        self.typed = ""
        self.hide()

    def _clicked(self, item: QListWidgetItem) -> None:
        self.setCurrentItem(item)
        self.take()


def filter_list(combo: QComboBox, create: bool = False) -> _FilterList | None:
    """The combo's filter list (made on first use when ``create``)."""
    found = combo.findChild(QListWidget, FILTER_LIST_NAME,
                            Qt.FindChildOption.FindDirectChildrenOnly)
    if isinstance(found, _FilterList):
        return found
    return _FilterList(combo) if create else None


def _plain_typing(event: QKeyEvent) -> str:
    mods = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier
                                 | Qt.KeyboardModifier.KeypadModifier)
    if mods != Qt.KeyboardModifier.NoModifier:
        return ""
    text = event.text()
    return text if text and text.isprintable() else ""


def choice_key(combo: QComboBox, event: QKeyEvent) -> bool:
    """Handle a key pressed in a (non-editable) choice list; True when it was used here."""
    if combo.isEditable():
        return False
    listing = filter_list(combo)
    open_filter = listing is not None and listing.isVisible()
    key = event.key()
    if open_filter:
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            listing.take()
            return True
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            listing.take()
            return False  # the focus still moves on
        if key == Qt.Key.Key_Escape:
            listing.drop()
            return True
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1,
                    Qt.Key.Key_PageDown: _MAX_ROWS, Qt.Key.Key_PageUp: -_MAX_ROWS}[key]
            listing.move_highlight(step)
            return True
        if key == Qt.Key.Key_Backspace:
            listing.typed = listing.typed[:-1]
            if listing.typed:
                listing.refilter()
            else:
                listing.drop()
            return True
    text = _plain_typing(event)
    if not text:
        return False
    if text.isspace() and not open_filter:
        return True  # a space never opens the list (nor lands in the next field)
    listing = filter_list(combo, create=True)
    assert listing is not None
    listing.typed += text
    listing.refilter()
    return True


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QComboBox):
            return parent
        parent = parent.parentWidget()
    return None


def wheel_to_page(widget: QWidget, event: QWheelEvent) -> bool:
    """A wheel over an unfocused choice or number field scrolls the page instead."""
    if widget.hasFocus():
        return False
    area = _scroll_area_of(widget)
    if area is not None:
        bar = (area.verticalScrollBar()
               if abs(event.angleDelta().y()) >= abs(event.angleDelta().x())
               else area.horizontalScrollBar())
        QApplication.sendEvent(bar, event)
    event.accept()
    return True


class ChoiceField(QComboBox):
    """A combo box of choices that filters as one types and ignores a stray space or wheel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def event(self, event: QEvent) -> bool:
        # Tab never reaches keyPressEvent (QWidget moves the focus first): take the
        # highlighted match here, then let the focus move on.
        if (event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)):
            choice_key(self, event)
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if choice_key(self, event):
            event.accept()
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        if not wheel_to_page(self, event):
            super().wheelEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt override
        listing = filter_list(self)
        if listing is not None:
            listing.drop()
        super().focusOutEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        listing = filter_list(self)
        if listing is not None:
            listing.drop()
        super().hideEvent(event)


class FormKeys(QObject):
    """Application-wide event filter giving every plain combo box and number box the
    behaviour of :class:`ChoiceField` (keys, wheel, focus by wheel)."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(obj, (QComboBox, QAbstractSpinBox)):
            if obj.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                obj.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if isinstance(obj, ChoiceField):
            return False  # it does all this itself
        if kind == QEvent.Type.KeyPress and isinstance(obj, QComboBox):
            if choice_key(obj, event):
                event.accept()
                return True
            return False
        if kind == QEvent.Type.Wheel and isinstance(obj, (QComboBox, QAbstractSpinBox)):
            return wheel_to_page(obj, event)
        if kind in (QEvent.Type.FocusOut, QEvent.Type.Hide) and isinstance(obj, QComboBox):
            listing = filter_list(obj)
            if listing is not None:
                listing.drop()
        return False


_INSTALLED: list[FormKeys] = []


def install_form_keys(app: QApplication | None = None) -> None:
    """Give every choice list and number box of the program the typist's behaviour (once)."""
    app = app or QApplication.instance()
    if app is None or _INSTALLED:
        return
    keys = FormKeys(app)
    app.installEventFilter(keys)
    _INSTALLED.append(keys)
