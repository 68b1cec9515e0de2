"""Issue 12, fault 5: settings are checked by the real rules on every path, and dates that
must be past or within a range are refused at their own field."""
from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from models.admin.facility_admin import set_setting
from models.core.errors import ValidationError
from models.facility.facility import get_setting
from models.intake.intake import (
    F_SIGNED_ON,
    F_VALID_UNTIL,
    F_WITHDRAWN_ON,
    EpisodeInput,
    admit,
    open_episode,
    record_consent,
    withdraw_waiting,
)
from models.people.registry import PersonInput, register_person
from ui import i18n
from ui.admin.settings_panel import SettingsPanel
from ui.session import SESSION

TODAY = dt.date.today()


@pytest.mark.parametrize("key, value", [
    ("number_format", "{nik}"), ("number_format", "{seq}"), ("age_bands", [60, "x", -5]),
    ("age_bands", [0, 20, 15]), ("funding_sources", []), ("funding_sources", ["", "x"]),
    ("urine_extra_parameters", [3])])
def test_set_setting_refuses_what_would_break_later(staff, key, value):
    before = get_setting(key)
    with pytest.raises(ValidationError) as err:
        set_setting(staff["admin"], key, value)
    from models.facility.facility import SETTINGS
    assert err.value.field == SETTINGS[key].description  # said at the setting's own field
    assert get_setting(key) == before


def test_the_settings_screen_refuses_a_bad_number_format_at_its_field(qtbot, staff):
    i18n.install("id")
    SESSION.sign_in(staff["admin"])
    try:
        panel = SettingsPanel()
        qtbot.addWidget(panel)
        panel.show()
        panel.load(force=True)
        edit = panel.rows["number_format"].widget
        edit.setFocus()
        edit.selectAll()
        qtbot.keyClicks(edit, "{nik}")
        panel.save()
        error = panel.rows["number_format"].error
        assert error.isVisible() and "{nik}" in error.text()
        assert get_setting("number_format") != "{nik}"
        assert edit.text() == "{nik}"  # what was typed stays
    finally:
        SESSION.sign_out()


def _episode(staff) -> int:
    pid = register_person(staff["intake"], PersonInput(
        full_name="Eka", sex="P", birth_date=dt.date(1990, 1, 1), id_type="none",
        no_id_reason="-"))
    return open_episode(staff["intake"], pid, EpisodeInput(
        service_type="outpatient", reported_on=TODAY - dt.timedelta(days=3)))


def test_consent_dates_are_checked_at_their_own_field(staff):
    episode = _episode(staff)
    with pytest.raises(ValidationError) as err:
        record_consent(staff["intake"], episode, "general", TODAY + dt.timedelta(days=1), "Eka")
    assert err.value.field == F_SIGNED_ON  # was: reported against "Date reported"
    with pytest.raises(ValidationError) as err:
        record_consent(staff["intake"], episode, "disclosure", TODAY, "Eka", recipient="PN",
                       purpose="sidang", valid_until=dt.date(2001, 1, 1))
    assert err.value.field == F_VALID_UNTIL


def test_a_waiting_list_withdrawal_in_2099_is_refused(staff):
    from models.intake.episode import WaitingListEntry
    episode = _episode(staff)
    WaitingListEntry.create(episode=episode, added_on=TODAY - dt.timedelta(days=2))
    with pytest.raises(ValidationError) as err:
        withdraw_waiting(staff["intake"], episode, dt.date(2099, 1, 1))
    assert err.value.field == F_WITHDRAWN_ON
    with pytest.raises(ValidationError):
        withdraw_waiting(staff["intake"], episode, TODAY - dt.timedelta(days=10))
    withdraw_waiting(staff["intake"], episode, TODAY)
    assert admit  # imported for the record: admission has its own date checks
