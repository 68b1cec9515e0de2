"""Every problem of an intake before it is saved, each at its field and in one summary.

models/ says what is wrong (the same checks its save runs:
:func:`models.people.registry.person_problems`, :func:`models.intake.intake.clean_episode`,
:func:`models.intake.intake.clean_substances`); this module only gathers them from the wizard's
forms, so the desk sees all of them at once instead of one per press of Save.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from models.core.errors import PulihError, ValidationError
from models.intake.intake import clean_episode, clean_substances
from models.people.registry import person_problems

if TYPE_CHECKING:
    from ui.intake.wizard import IntakeWizard


def _try(found: list[PulihError], call: Callable[[], Any]) -> Any:
    try:
        return call()
    except ValidationError as exc:
        found.append(exc)
        return None


def intake_problems(wizard: IntakeWizard) -> list[PulihError]:
    """The problems the save would meet in the person, arrival and substances steps."""
    found: list[PulihError] = []
    for field in (wizard.person.birth_date, wizard.arrival.reported_on,
                  wizard.consent.signed_on, wizard.consent.admitted_on):
        _try(found, field.date)
    person = None
    if wizard.person_id is None:
        person = wizard.person.value_lenient()
        found.extend(person_problems(person, wizard.person.override_nik()))
    substances = _try(found, wizard.substances.value)
    if substances is not None:
        _try(found, lambda: clean_substances(substances))
        episode = wizard.arrival.value_lenient(substances)
        born = person.birth_date if person is not None else wizard.existing_birth()
        _try(found, lambda: clean_episode(episode, born))
    return found
