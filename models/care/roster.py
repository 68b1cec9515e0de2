"""Who can be on the roster of a group session: the clients now in a program.

A group note's roster is picked from the clients enrolled in a program that has not ended
(optionally one program, optionally by a part of their name). Reading it needs the program
view right; the list shows names, so it is audited like any other list of clients.
"""
from __future__ import annotations

from dataclasses import dataclass

from models.care.program import Enrollment, Phase, ProgramTemplate
from models.core import validation as v
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.names import name_key
from models.db.connection import write_transaction
from models.intake.episode import Episode
from models.people.person import Person
from models.safety import audit
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff

F_SEARCH = T("Codes", "Search text")


@dataclass(frozen=True)
class ProgramClient:
    """A client in a program, as a roster picker lists them (the episode is what a roster
    holds)."""

    episode_id: int
    person_id: int
    full_name: str
    reg_no: str
    episode_no: str
    template_id: int
    template_name: str
    phase_name: str


def running_programs(actor: Staff) -> list[tuple[int, str]]:
    """``(template id, name)`` of the programs offered now, by name."""
    require(actor, Area.PROGRAM, Action.VIEW)
    return list(ProgramTemplate.select(ProgramTemplate.id, ProgramTemplate.name)
                .where(ProgramTemplate.active)
                .order_by(ProgramTemplate.name, ProgramTemplate.id).tuples())


def program_clients(actor: Staff, template_id: int | None = None, contains: str = "",
                    limit: int = 500) -> list[ProgramClient]:
    """Clients whose enrolment has not ended, by name; in one program when ``template_id``
    is given, and whose name contains ``contains`` (case and spacing do not matter)."""
    require(actor, Area.PROGRAM, Action.VIEW)
    needle = name_key(v.text(contains, F_SEARCH, limit=200))
    query = (Enrollment.select(Episode.id, Person.id, Person.full_name, Person.reg_no,
                               Episode.episode_no, ProgramTemplate.id, ProgramTemplate.name,
                               Phase.name)
             .join(Episode, on=(Enrollment.episode == Episode.id))
             .join(Person, on=(Episode.person == Person.id))
             .switch(Enrollment)
             .join(ProgramTemplate, on=(Enrollment.template == ProgramTemplate.id))
             .switch(Enrollment)
             .join(Phase, on=(Enrollment.current_phase == Phase.id))
             .where(Enrollment.ended_on.is_null() & Person.merged_into.is_null())
             .order_by(Person.full_name, Episode.id)
             .limit(max(1, min(limit, 2000))))
    if template_id is not None:
        query = query.where(Enrollment.template == template_id)
    if needle:
        query = query.where(Person.name_key.contains(needle))
    result = [ProgramClient(*row) for row in query.tuples()]
    with write_transaction():
        audit.record(actor, "program.roster", "program", template_id or 0, count=len(result))
    return result
