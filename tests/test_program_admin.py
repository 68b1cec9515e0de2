"""The admin's edits of program templates (models.care.program_admin) and their editor: rights,
validation that never strands a client, audit with old and new values, and the rules
taking effect on the next move."""
from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from models.care.enrollment import enroll, move_phase
from models.care.program import Phase, PhaseTransition
from models.care.program_admin import (
    add_transition,
    remove_transition,
    set_template_active,
    template_detail,
    update_phase,
)
from models.care.program_templates import install_default_templates
from models.core.errors import NotFound, PermissionDenied, ValidationError
from models.desk.course import active_templates
from models.intake import intake
from models.safety.audit import AuditEvent
from tests.consent import consented
from ui import i18n
from ui.program.program_tab import ProgramTab
from ui.session import SESSION

TODAY = dt.date.today()
DAY = dt.timedelta(days=1)


@pytest.fixture
def tc(db):
    return install_default_templates()["bnn_rawat_inap_tc"]


def phases(template_id: int) -> list[Phase]:
    return list(Phase.select().where(Phase.template == template_id).order_by(Phase.seq))


def test_phase_edits_are_the_admins_validated_and_audited(staff, tc):
    induction = phases(tc)[1]
    with pytest.raises(PermissionDenied):
        update_phase(staff["counselor"], induction.id, "Induksi", 45, "")
    for bad in (0, -3, 4000):
        with pytest.raises(ValidationError, match="between 1 and 3650"):
            update_phase(staff["admin"], induction.id, "Induksi", bad, "")
    with pytest.raises(ValidationError, match="not a valid choice"):
        update_phase(staff["admin"], induction.id, "Induksi", 45, "signed_horoscope")
    with pytest.raises(ValidationError, match="Please fill in Phase name"):
        update_phase(staff["admin"], induction.id, "  ", 45, "")
    update_phase(staff["admin"], induction.id, "Induksi dan orientasi", 45, "signed_asi")
    row = Phase.get_by_id(induction.id)
    assert (row.name, row.target_days, row.requirements) == (
        "Induksi dan orientasi", 45, "signed_asi")
    event = AuditEvent.get(AuditEvent.action == "template.phase")
    assert event.detail["old"] == {"name": "Induksi / orientasi", "target_days": 30,
                                   "requirements": ""}
    assert event.detail["new"]["target_days"] == 45
    update_phase(staff["admin"], induction.id, "Induksi dan orientasi", None, "signed_asi")
    assert Phase.get_by_id(induction.id).target_days is None


def test_a_new_requirement_holds_the_next_move(staff, person_id, tc):
    detox, induction = phases(tc)[:2]
    episode_id = intake.open_episode(staff["intake"], person_id, intake.EpisodeInput(
        service_type="inpatient", reported_on=TODAY - 30 * DAY))
    consented(staff["intake"], episode_id)
    enrollment_id = enroll(staff["counselor"], episode_id, tc, TODAY - 20 * DAY)
    update_phase(staff["admin"], detox.id, detox.name, 14, "signed_asi")
    with pytest.raises(ValidationError, match="a signed ASI-based assessment"):
        move_phase(staff["counselor"], enrollment_id, induction.id, TODAY, "")


def test_allowed_moves_follow_the_shape_of_a_program(staff, tc):
    p = phases(tc)
    admin = staff["admin"]
    with pytest.raises(ValidationError, match="next phase"):
        add_transition(admin, tc, p[0].id, p[2].id, "forward")
    with pytest.raises(ValidationError, match="earlier phase"):
        add_transition(admin, tc, p[1].id, p[3].id, "back")
    with pytest.raises(ValidationError, match="past the next phase"):
        add_transition(admin, tc, p[1].id, p[2].id, "skip")
    with pytest.raises(ValidationError, match="already allowed"):
        add_transition(admin, tc, p[0].id, p[1].id, "forward")
    with pytest.raises(ValidationError, match="ends the program"):
        add_transition(admin, tc, p[6].id, p[5].id, "skip")
    with pytest.raises(ValidationError, match="same phase"):
        add_transition(admin, tc, p[2].id, p[2].id, "back")
    with pytest.raises(PermissionDenied):
        add_transition(staff["counselor"], tc, p[2].id, p[0].id, "back")
    back_two = add_transition(admin, tc, p[2].id, p[0].id, "back")
    skip = add_transition(admin, tc, p[0].id, p[3].id, "skip")  # no reason asked: forced
    assert PhaseTransition.get_by_id(skip).requires_reason
    assert AuditEvent.select().where(AuditEvent.action == "template.move_add").count() == 2
    assert any(t.id == back_two for t in template_detail(admin, tc).transitions)


def test_removing_moves_never_strands_a_client(staff, person_id, tc):
    p = phases(tc)
    admin = staff["admin"]
    forward = PhaseTransition.get((PhaseTransition.from_phase == p[0].id)
                                  & (PhaseTransition.kind == "forward"))
    with pytest.raises(ValidationError, match="only forward move"):
        remove_transition(admin, forward.id)
    back = PhaseTransition.get((PhaseTransition.from_phase == p[1].id)
                               & (PhaseTransition.kind == "back"))
    episode_id = intake.open_episode(staff["intake"], person_id, intake.EpisodeInput(
        service_type="inpatient", reported_on=TODAY - 30 * DAY))
    consented(staff["intake"], episode_id)
    enrollment_id = enroll(staff["counselor"], episode_id, tc, TODAY - 20 * DAY)
    move_phase(staff["counselor"], enrollment_id, p[1].id, TODAY - 10 * DAY, "")
    move_phase(staff["counselor"], enrollment_id, p[0].id, TODAY - 5 * DAY, "", "kambuh")
    assert remove_transition(admin, back.id) is True  # clients had made it
    with pytest.raises(NotFound):
        remove_transition(admin, back.id)
    move_phase(staff["counselor"], enrollment_id, p[1].id, TODAY - 2 * DAY, "")
    with pytest.raises(ValidationError, match="does not allow a move"):
        move_phase(staff["counselor"], enrollment_id, p[0].id, TODAY, "")


def test_a_template_no_longer_offered(staff, person_id, tc):
    set_template_active(staff["admin"], tc, False)
    assert tc not in [t.id for t in active_templates(staff["counselor"])]
    episode_id = intake.open_episode(staff["intake"], person_id, intake.EpisodeInput(
        service_type="inpatient", reported_on=TODAY - 3 * DAY))
    consented(staff["intake"], episode_id)
    with pytest.raises(NotFound):
        enroll(staff["counselor"], episode_id, tc, TODAY)
    set_template_active(staff["admin"], tc, True)
    assert enroll(staff["counselor"], episode_id, tc, TODAY)


def test_the_editor_from_the_program_tab(qtbot, qapp, staff, person_id, tc):
    i18n.install("id")
    try:
        SESSION.sign_in(staff["counselor"])
        tab = ProgramTab()
        qtbot.addWidget(tab)
        tab.show()
        tab.set_person(person_id)
        assert not tab.templates_button.isVisible()  # counselors do not edit templates
        SESSION.sign_in(staff["admin"])
        tab.set_person(person_id)
        assert tab.templates_button.isVisible()
        tab.templates_button.click()
        editor = tab.template_editor
        qtbot.waitExposed(editor)
        editor.template.setCurrentIndex(editor.template.findData(tc))
        editor.phases.selectRow(1)
        assert editor.phase_name.text() == "Induksi / orientasi"
        assert editor.target.value() == 30
        editor.target.setValue(45)
        editor.save_phase_button.click()
        assert Phase.get_by_id(phases(tc)[1].id).target_days == 45
        assert editor.phases.item(1, 2).text() == "45"
        editor.from_phase.setCurrentIndex(0)
        editor.to_phase.setCurrentIndex(2)
        editor.kind.setCurrentIndex(editor.kind.findData("forward"))
        editor.add_button.click()
        error = editor.move_form.rows["To phase"].error
        assert error.isVisible() and "fase berikutnya" in error.text()
        editor.kind.setCurrentIndex(editor.kind.findData("skip"))
        error_rows = editor.moves.rowCount()
        editor.add_button.click()
        assert "sudah diizinkan" in error.text() and editor.moves.rowCount() == error_rows
        shots = os.environ.get("PULIH_SHOTS")
        if shots:
            editor.grab().save(os.path.join(shots, "30_template_editor.png"))
        editor.close()
    finally:
        SESSION.sign_out()
