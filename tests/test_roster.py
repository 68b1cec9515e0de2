"""Who can be put on a group session's roster: clients whose program has not ended, by name,
in one program or all, with the list audited."""
from __future__ import annotations

import datetime as dt

from models.care.discharge import discharge_episode
from models.care.enrollment import enroll
from models.care.program_templates import install_default_templates
from models.care.roster import program_clients, running_programs
from models.intake import intake
from models.people.registry import PersonInput, register_person
from models.safety.audit import AuditEvent
from tests.consent import EARLY, consented

REPORTED = dt.date.today() - dt.timedelta(days=60)


def _client(staff, name: str, template_id: int | None) -> int:
    person = register_person(staff["intake"], PersonInput(
        full_name=name, sex="L", birth_date=dt.date(1991, 3, 4), id_type="none",
        no_id_reason="Hilang"))
    from models.care.program import ProgramTemplate  # the episode's service fits its program
    service = (ProgramTemplate.get_by_id(template_id).service_type if template_id is not None
               else "inpatient")
    episode = intake.open_episode(staff["intake"], person, intake.EpisodeInput(
        service_type=service, reported_on=REPORTED))
    consented(staff["intake"], episode)
    if template_id is not None:
        enroll(staff["counselor"], episode, template_id, REPORTED + dt.timedelta(days=1))
    return episode


def test_program_clients_by_program_and_name(staff):
    templates = list(install_default_templates().values())
    first, second = templates[0], templates[1]
    budi = _client(staff, "Muhammad Budi", first)
    agus = _client(staff, "Agus Wijaya", second)
    _client(staff, "Tanpa Program", None)
    counselor = staff["counselor"]
    assert [c.full_name for c in program_clients(counselor)] == ["Agus Wijaya",
                                                                "Muhammad Budi"]
    assert [c.episode_id for c in program_clients(counselor, first)] == [budi]
    # Name spelling variants meet, as in the client search.
    assert [c.episode_id for c in program_clients(counselor, contains="mhd budi")] == [budi]
    only = program_clients(counselor, second)[0]
    assert (only.episode_id, only.template_id) == (agus, second) and only.phase_name
    assert {name for _id, name in running_programs(counselor)} >= {only.template_name}
    assert AuditEvent.select().where(AuditEvent.action == "program.roster").count() == 4


def test_a_discharged_client_is_no_longer_offered(staff):
    template = list(install_default_templates().values())[0]
    episode = _client(staff, "Selesai Program", template)
    assert len(program_clients(staff["counselor"])) == 1
    discharge_episode(staff["counselor"], episode, dt.date.today(), "completed",
                      early_reason=EARLY)
    assert program_clients(staff["counselor"]) == []
