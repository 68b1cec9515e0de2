"""The main window: navigation on the left, one page at a time, status bar underneath."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from models.db.connection import DatabaseTarget
from models.desk.overview import FacilityHeading
from models.facility.facility import get_setting
from models.staff.rights import Action, Area, has_right
from models.staff.staff import Staff
from ui import i18n
from ui.auth.sign_in import IdleWatch, LockOverlay
from ui.home.overview_page import OverviewPage
from ui.session import SESSION
from ui.widgets.choice_field import install_form_keys
from ui.widgets.errors import expected

NAV_CONTEXT = "MainWindow"


@dataclass(frozen=True)
class NavEntry:
    """One place the navigation leads to.

    Attributes:
        key: stable name, also the object name of the page.
        icon: qtawesome icon name.
        label: English source text, marked for translation in context ``MainWindow``.
        make_page: builds the page the first time it is opened; None while the screen
            does not exist yet (it comes with a later version).
    """

    key: str
    icon: str
    label: str
    make_page: Callable[[], QWidget] | None


def _clients_page() -> QWidget:
    from ui.clients.clients_page import ClientsPage  # built the first time it is opened
    return ClientsPage()


def _intake_page() -> QWidget:
    from ui.intake.intake_page import IntakePage
    return IntakePage()


def _documents_page() -> QWidget:
    from ui.documents.register_page import RegisterPage
    return RegisterPage()


def _appointments_page() -> QWidget:
    from ui.appointments.calendar_page import CalendarPage
    return CalendarPage()


def _rumatan_page() -> QWidget:
    from ui.rumatan.rumatan_page import RumatanPage
    return RumatanPage()


def _reports_page() -> QWidget:
    from ui.reports.reports_page import ReportsPage
    return ReportsPage()


def _admin_page() -> QWidget:
    from ui.admin.admin_page import AdminPage
    return AdminPage()


NAV_ENTRIES: tuple[NavEntry, ...] = (
    NavEntry("home", "mdi6.home", QT_TRANSLATE_NOOP("MainWindow", "Home"), OverviewPage),
    NavEntry("clients", "mdi6.account-search", QT_TRANSLATE_NOOP("MainWindow", "Clients"),
             _clients_page),
    NavEntry("intake", "mdi6.account-plus", QT_TRANSLATE_NOOP("MainWindow", "Intake"),
             _intake_page),
    NavEntry("appointments", "mdi6.calendar-clock",
             QT_TRANSLATE_NOOP("MainWindow", "Appointments"), _appointments_page),
    NavEntry("documents", "mdi6.file-document", QT_TRANSLATE_NOOP("MainWindow", "Documents"),
             _documents_page),
    NavEntry("rumatan", "mdi6.cup-water", QT_TRANSLATE_NOOP("MainWindow", "Rumatan"),
             _rumatan_page),
    NavEntry("reports", "mdi6.chart-bar", QT_TRANSLATE_NOOP("MainWindow", "Reports"),
             _reports_page),
    NavEntry("admin", "mdi6.cog", QT_TRANSLATE_NOOP("MainWindow", "Admin"), _admin_page),
)
#: Pages shown only to a member whose role may view their area (rights live in models/).
NAV_AREAS: dict[str, Area] = {"reports": Area.REPORT, "admin": Area.ADMIN,
                              "rumatan": Area.DISPENSING}
# Each language is offered in its own name, so a person who cannot read the current
# language still finds theirs; these two names are therefore not translated.
LANGUAGE_NAMES: dict[str, str] = {"id": "Bahasa Indonesia", "en": "English"}
NAV_ICON_PX = 22
SETTINGS_GEOMETRY = "main_window/geometry"
SETTINGS_STATE = "main_window/state"
SETTINGS_LANGUAGE = "language"


class ElidedLabel(QLabel):
    """A one-line plain-text label that shortens its text in the middle to fit.

    A long database path or facility name would otherwise set the window's minimum width.
    The whole text stays available as the tool tip.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._full_text = ""

    def full_text(self) -> str:
        """The text before shortening."""
        return self._full_text

    def set_full_text(self, text: str) -> None:
        """Show ``text``, shortened to the label's width if needed."""
        self._full_text = text
        self.setToolTip(text)
        self._elide()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Ask for the whole text's width; the layout may give less."""
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self._full_text) + 8, hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Allow shrinking to a few characters."""
        return QSize(40, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Shorten again for the new width."""
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(
            self._full_text, Qt.TextElideMode.ElideMiddle, max(self.width(), 40)))


class MainWindow(QMainWindow):
    """The application window.

    Attributes:
        nav: the navigation list, one item per :data:`NAV_ENTRIES` entry.
        pages: the stack of pages built so far (built on first use).
        facility_label: status-bar text naming the facility.
        staff_label: status-bar text naming the signed-in staff member (empty until sign-in
            exists).
        database_label: status-bar text naming the database in use.
    """

    def __init__(self, target: DatabaseTarget, *, language: str = "id",
                 settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self._target = target
        self._language = language
        self._settings = settings if settings is not None else QSettings()
        self._facility: FacilityHeading | None = None
        self._pages: dict[str, QWidget] = {}
        self.setWindowIcon(qta.icon("mdi6.hand-heart"))
        install_form_keys()  # every choice list and number box: the typist's behaviour

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(NAV_ICON_PX, NAV_ICON_PX))
        self.nav.setSpacing(2)
        self.nav.setUniformItemSizes(True)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        for entry in NAV_ENTRIES:
            item = QListWidgetItem(qta.icon(entry.icon), "", self.nav)
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            item.setSizeHint(QSize(0, NAV_ICON_PX + 18))
            if entry.make_page is None:
                item.setFlags(item.flags() & ~(Qt.ItemFlag.ItemIsEnabled
                                               | Qt.ItemFlag.ItemIsSelectable))
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("pages")

        self.content = QWidget(self)
        self.content.setObjectName("content")
        layout = QHBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        # While locked the pages are hidden, not destroyed: half-typed input stays.
        self.lock_overlay = LockOverlay(self)
        self.lock_overlay.unlocked.connect(self._unlocked)
        self.screens = QStackedWidget(self)
        self.screens.addWidget(self.content)
        self.screens.addWidget(self.lock_overlay)
        self.setCentralWidget(self.screens)
        self.idle = IdleWatch(10, self)
        self.idle.idle.connect(self.lock)

        self.page_actions: list[QAction] = []
        self._build_menus()
        self._build_status_bar()

        self.nav.currentRowChanged.connect(self._open_row)
        self.retranslate_ui()
        self.nav.setCurrentRow(0)
        self._restore_geometry()

    # --- building ----------------------------------------------------------------------

    def _build_menus(self) -> None:
        self.file_menu = QMenu(self)
        self.lock_action = QAction(qta.icon("mdi6.lock"), "", self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(lambda: self.lock(on_request=True))
        self.file_menu.addAction(self.lock_action)
        self.password_action = QAction(qta.icon("mdi6.form-textbox-password"), "", self)
        self.password_action.setObjectName("change_own_password")
        self.password_action.triggered.connect(self.change_own_password)
        self.file_menu.addAction(self.password_action)
        self.sign_out_action = QAction(qta.icon("mdi6.logout"), "", self)
        self.sign_out_action.triggered.connect(self.sign_out)
        self.file_menu.addAction(self.sign_out_action)
        self.file_menu.addSeparator()
        self.quit_action = QAction(qta.icon("mdi6.exit-to-app"), "", self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        self.view_menu = QMenu(self)
        for row, entry in enumerate(NAV_ENTRIES):
            action = QAction(qta.icon(entry.icon), "", self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.setEnabled(entry.make_page is not None)
            action.triggered.connect(lambda _checked=False, r=row: self.nav.setCurrentRow(r))
            self.view_menu.addAction(action)
            self.page_actions.append(action)
        self.view_menu.addSeparator()
        self.search_action = QAction(qta.icon("mdi6.magnify"), "", self)
        self.search_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.search_action.triggered.connect(self.find_client)
        self.view_menu.addAction(self.search_action)
        self.new_intake_action = QAction(qta.icon("mdi6.account-plus"), "", self)
        self.new_intake_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_intake_action.triggered.connect(lambda: self.start_intake(0))
        self.view_menu.addAction(self.new_intake_action)
        self.view_menu.addSeparator()
        self.language_menu = QMenu(self)
        self.language_menu.setIcon(qta.icon("mdi6.translate"))
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for lang in i18n.LANGUAGES:
            action = QAction(LANGUAGE_NAMES.get(lang, lang), self)
            action.setCheckable(True)
            action.setChecked(lang == self._language)
            action.setData(lang)
            action.triggered.connect(lambda _checked=False, code=lang: self.set_language(code))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[lang] = action
        self.view_menu.addMenu(self.language_menu)

        self.menuBar().addMenu(self.file_menu)
        self.menuBar().addMenu(self.view_menu)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setObjectName("status_bar")
        self.facility_label = ElidedLabel(bar)
        self.facility_label.setObjectName("status_facility")
        bar.addWidget(self.facility_label, 1)
        self.staff_label = QLabel(bar)
        self.staff_label.setObjectName("status_staff")
        self.staff_label.setTextFormat(Qt.TextFormat.PlainText)
        self.staff_label.hide()
        bar.addPermanentWidget(self.staff_label)
        database_icon = QLabel(bar)
        database_icon.setPixmap(qta.icon("mdi6.database").pixmap(16, 16))
        bar.addPermanentWidget(database_icon)
        self.database_label = ElidedLabel(bar)
        self.database_label.setObjectName("status_database")
        self.database_label.setMaximumWidth(560)
        self.database_label.set_full_text(self._target.describe())
        bar.addPermanentWidget(self.database_label)

    # --- behaviour ---------------------------------------------------------------------

    @property
    def language(self) -> str:
        """The language the window is shown in now ("id" or "en")."""
        return self._language

    def page(self, key: str) -> QWidget | None:
        """The page for ``key`` if it has been built."""
        return self._pages.get(key)

    def set_language(self, lang: str) -> None:
        """Switch the whole window to ``lang`` without a restart, and remember the choice."""
        i18n.install(lang)
        self._language = lang
        self.language_actions[lang].setChecked(True)
        self._settings.setValue(SETTINGS_LANGUAGE, lang)
        self.retranslate_ui()

    def set_signed_in_staff(self, name: str | None) -> None:
        """Show who is signed in (None: nobody)."""
        self.staff_label.setText(name or "")
        self.staff_label.setVisible(bool(name))

    def sign_in(self, staff: Staff) -> None:
        """Start working as ``staff``: status bar, idle lock from the facility's setting."""
        SESSION.sign_in(staff)
        self.set_signed_in_staff(f"{staff.full_name} ({staff.username})")
        try:
            minutes = int(get_setting("idle_lock_minutes"))
        except Exception as exc:  # a busy database: keep the default
            if not expected(exc):
                raise
            minutes = 10
        self.idle.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
            app.installEventFilter(self.idle)
        self._show_allowed_pages(staff)
        self.screens.setCurrentWidget(self.content)
        self.menuBar().setEnabled(True)
        home = self._pages.get("home")
        refresh_day = getattr(home, "refresh_day", None)
        if home is not None and home.isVisible() and callable(refresh_day):
            refresh_day()  # the day's list belongs to whoever just signed in

    def _show_allowed_pages(self, staff: Staff) -> None:
        """Hide Laporan and Admin from a role that may not use them (not a page inside
        that only says "no rights")."""
        for row, entry in enumerate(NAV_ENTRIES):
            area = NAV_AREAS.get(entry.key)
            allowed = area is None or has_right(staff, area, Action.VIEW)
            self.nav.item(row).setHidden(not allowed)
            self.page_actions[row].setVisible(allowed)
            self.page_actions[row].setEnabled(allowed and entry.make_page is not None)

    def _allowed(self, key: str) -> bool:
        area = NAV_AREAS.get(key)
        return area is None or (SESSION.staff is not None
                                and has_right(SESSION.staff, area, Action.VIEW))

    def _keep_drafts(self) -> None:
        for page in self._pages.values():
            keep = getattr(page, "keep_draft", None)
            if callable(keep):
                try:
                    keep()
                except Exception as exc:  # the text stays in the widgets
                    if not expected(exc):
                        raise

    def lock(self, on_request: bool = False) -> None:
        """Hide every page behind the sign-in form; the pages keep what was typed.

        ``on_request``: Ctrl+L or the menu (the idle timer's lock says it was idle)."""
        if SESSION.staff is None or SESSION.locked:
            return
        self._keep_drafts()
        SESSION.set_locked(True)
        self.idle.timer.stop()
        self.menuBar().setEnabled(False)
        self.screens.setCurrentWidget(self.lock_overlay)
        self.lock_overlay.lock(SESSION.staff.username, on_request)

    def sign_out(self) -> None:
        """End this member's work: drafts kept, pages closed, the sign-in form shown."""
        self._keep_drafts()
        self._drop_pages()
        SESSION.sign_out()
        self.set_signed_in_staff(None)
        self.idle.timer.stop()
        self.menuBar().setEnabled(False)
        self.screens.setCurrentWidget(self.lock_overlay)
        self.lock_overlay.lock("")
        self.lock_overlay.form.explanation.setText("")
        self.lock_overlay.form.username.setFocus()

    def _unlocked(self, staff: Staff) -> None:
        previous = SESSION.staff
        if previous is not None and previous.id != staff.id:
            # Another member at this desk: the first one's input must not be shown to them.
            self._keep_drafts()
            self._drop_pages()
        self.sign_in(staff)
        if previous is None or previous.id != staff.id:
            self.nav.setCurrentRow(0)
            self._open_row(0)

    def _drop_pages(self) -> None:
        for key, page in list(self._pages.items()):
            if key == "home":
                continue
            self.pages.removeWidget(page)
            page.deleteLater()
            del self._pages[key]

    def open_page(self, key: str) -> QWidget | None:
        """Show the page ``key`` (building it if needed) and return it."""
        for row, entry in enumerate(NAV_ENTRIES):
            if entry.key == key and entry.make_page is not None:
                self.nav.setCurrentRow(row)
                self._open_row(row)
                return self._pages.get(key)
        return None

    def find_client(self) -> None:
        """Ctrl+F: the client search, focused (from an open record too)."""
        page = self.open_page("clients")
        if page is not None:
            page.focus_search()

    def start_intake(self, person_id: int = 0) -> None:
        """Ctrl+N (a new person), or a new episode for ``person_id``."""
        page = self.open_page("intake")
        if page is not None:
            page.start(person_id or None)

    def open_person(self, person_id: int) -> None:
        self.open_record(person_id, "")

    def open_record(self, person_id: int, tab: str) -> None:
        """Open a person's record on ``tab`` (a record tab's name, "" for the first)."""
        page = self.open_page("clients")
        if page is not None:
            page.open_person(person_id, tab)

    def change_own_password(self) -> bool:
        """The signed-in member changes their own password; True when changed."""
        from ui.auth.own_password import OwnPasswordDialog
        if SESSION.staff is None:
            return False
        dialog = OwnPasswordDialog(self)
        try:
            if dialog.exec() != OwnPasswordDialog.DialogCode.Accepted:
                return False
        finally:
            dialog.deleteLater()
        self.statusBar().showMessage(self.tr("Your password was changed."), 8000)
        return True

    def retranslate_ui(self) -> None:
        """Set every text in the current language, on the window and the pages built."""
        translate = QCoreApplication.translate
        later = self.tr("This screen comes in a later version of Pulih.")
        for row, entry in enumerate(NAV_ENTRIES):
            label = translate(NAV_CONTEXT, entry.label)
            item = self.nav.item(row)
            item.setText(label)
            item.setToolTip(later if entry.make_page is None else label)
            action = self.page_actions[row]
            action.setText(label)
            action.setToolTip(later if entry.make_page is None else label)
            action.setStatusTip(later if entry.make_page is None else "")
        self.file_menu.setTitle(self.tr("&File"))
        self.lock_action.setText(self.tr("&Lock the window"))
        self.sign_out_action.setText(self.tr("Sign &out"))
        self.password_action.setText(self.tr("Change my &password..."))
        self.search_action.setText(self.tr("&Find a client"))
        self.new_intake_action.setText(self.tr("&New intake"))
        self.lock_overlay.retranslate_ui()
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.database_label.setToolTip(
            self.tr("Database in use: {where}").format(where=self._target.describe()))
        self._fit_nav_width()
        self._show_facility()
        for page in self._pages.values():
            retranslate = getattr(page, "retranslate_ui", None)
            if callable(retranslate):
                retranslate()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Keep drafts, remember size and position for next time."""
        self._keep_drafts()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        self._settings.setValue(SETTINGS_GEOMETRY, self.saveGeometry())
        self._settings.setValue(SETTINGS_STATE, self.saveState())
        super().closeEvent(event)

    def _open_row(self, row: int) -> None:
        if not 0 <= row < len(NAV_ENTRIES):
            return
        entry = NAV_ENTRIES[row]
        if entry.make_page is None or not self._allowed(entry.key):
            return
        page = self._pages.get(entry.key)
        if page is None:
            page = entry.make_page()
            page.setObjectName(f"page_{entry.key}")
            if isinstance(page, OverviewPage):
                page.facility_changed.connect(self._set_facility)
            self._wire(page)
            self._pages[entry.key] = page
            self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)

    def _wire(self, page: QWidget) -> None:
        """Connect a page's requests to go elsewhere (signals carry ids)."""
        new_intake = getattr(page, "new_intake", None)
        if new_intake is not None and hasattr(new_intake, "connect"):
            new_intake.connect(self.start_intake)
        open_person = getattr(page, "open_person", None)
        if open_person is not None and hasattr(open_person, "connect"):
            open_person.connect(self.open_person)
        open_record = getattr(page, "open_record", None)
        if open_record is not None and hasattr(open_record, "connect"):
            open_record.connect(self.open_record)

    def _set_facility(self, facility: FacilityHeading | None) -> None:
        self._facility = facility
        self._show_facility()

    def _show_facility(self) -> None:
        name = self._facility.name if self._facility else ""
        self.facility_label.set_full_text(name)
        self.setWindowTitle(f"{name} – Pulih" if name else "Pulih")

    def _fit_nav_width(self) -> None:
        metrics = self.nav.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.nav.item(row).text())
                     for row in range(self.nav.count()))
        # icon, gaps, item padding and frame; at least wide enough not to look cramped
        self.nav.setFixedWidth(max(170, widest + NAV_ICON_PX + 56))

    def _restore_geometry(self) -> None:
        geometry = self._settings.value(SETTINGS_GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1180, 760)
        state = self._settings.value(SETTINGS_STATE)
        if state is not None:
            self.restoreState(state)
