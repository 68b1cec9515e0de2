"""The Laporan page counts its month off the window's thread (issue 11, fault 7): the
window keeps painting while it counts, on the worker's own database connection, and an
export reuses the report already counted instead of counting the month again."""
from __future__ import annotations

import datetime as dt
import threading
import time

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer

import models.tallies.close as tally_close
from models.db import connection as dbmod
from models.intake.intake import EpisodeInput, admit, open_episode
from models.people.registry import PersonInput, register_person
from tests.consent import consented
from ui import i18n
from ui.reports.reports_page import ReportsPage
from ui.session import SESSION

LAST_MONTH = dt.date.today().replace(day=1) - dt.timedelta(days=1)
SLOW_S = 0.6


@pytest.fixture
def counted(monkeypatch):
    """Every count of a month, with the thread it ran on; each takes SLOW_S (a big
    facility's month takes about that long)."""
    calls: list[tuple[str, int]] = []
    real = tally_close.compute_month_report

    def slow(year: int, month: int):
        calls.append((threading.current_thread().name, id(dbmod.database.connection())))
        time.sleep(SLOW_S)
        return real(year, month)
    monkeypatch.setattr(tally_close, "compute_month_report", slow)
    return calls


@pytest.fixture
def page(qtbot, db, staff):
    i18n.install("id")
    person = register_person(staff["intake"], PersonInput(
        full_name="Klien Satu", sex="L", id_type="none", no_id_reason="-",
        birth_date=dt.date(1990, 1, 1)))
    episode = open_episode(staff["intake"], person, EpisodeInput(
        service_type="outpatient", reported_on=LAST_MONTH.replace(day=2)))
    consented(staff["intake"], episode)
    admit(staff["intake"], episode, LAST_MONTH.replace(day=3))
    SESSION.sign_in(staff["admin"])
    widget = ReportsPage()
    qtbot.addWidget(widget)
    yield widget
    widget.wait_for_report()
    SESSION.sign_out()


def test_the_month_is_counted_off_the_window_thread_and_the_window_keeps_ticking(
        qtbot, page, counted):
    gaps: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    ticker = QTimer()
    ticker.setInterval(10)

    def tick() -> None:
        gaps.append(clock.restart())
    ticker.timeout.connect(tick)
    ticker.start()
    main_connection = id(dbmod.database.connection())
    page.show()  # the first show counts the chosen month
    assert page.busy.isVisible() or page.is_computing()
    qtbot.waitUntil(lambda: page.payload is not None and not page.is_computing(),
                    timeout=20_000)
    ticker.stop()
    assert len(counted) == 1
    thread_name, connection = counted[0]
    assert thread_name != threading.main_thread().name
    assert connection != main_connection  # its own database connection
    assert len(gaps) >= SLOW_S / 0.010 / 3  # the window's loop ran all along
    assert max(gaps) < 300  # no stall near the count's length (generous for 2 shared cores)
    assert not page.busy.isVisible()


def test_an_export_reuses_the_report_counted_for_the_screen(qtbot, page, counted, tmp_path):
    page.show()
    qtbot.waitUntil(lambda: page.payload is not None and not page.is_computing(),
                    timeout=20_000)
    path = tmp_path / "laporan.csv"
    page.start_export("csv", str(path))
    qtbot.waitUntil(lambda: not page.is_exporting(), timeout=20_000)
    assert path.exists() and path.stat().st_size > 0
    assert len(counted) == 1  # counted once: for the screen, not again for the file
