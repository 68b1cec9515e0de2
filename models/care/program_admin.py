"""The facility admin's edits of a program template: phase names, target durations and the
steps required before leaving a phase; the moves allowed between phases; whether the program
is offered.

Every edit needs the admin correction right, is validated so that no client can be left in
a phase with no way on, and is audited with the old and new values. Enrolments keep working
across edits: they point at phases, which are edited in place, never replaced.
"""
from __future__ import annotations

from dataclasses import dataclass

from peewee import fn

from models.care.assessment import KINDS as ASSESSMENT_KINDS
from models.care.program import MOVE_KINDS, Phase, PhaseMove, PhaseTransition, ProgramTemplate
from models.core import validation as v
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import NotFound, ValidationError
from models.db.connection import write_transaction
from models.safety import audit
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff

F_PHASE_NAME = T("Codes", "Phase name")
F_TARGET = T("Codes", "Target duration (days)")
F_REQUIREMENT = T("Codes", "Required before leaving")
F_FROM = T("Codes", "From phase")
F_TO = T("Codes", "To phase")
F_KIND = T("Codes", "Kind of move")
MAX_TARGET_DAYS = 3650

MSG_TEMPLATE_GONE = T("Errors", "This program template does not exist.")
MSG_PHASE_GONE = T("Errors", "This phase does not exist in the program.")
MSG_MOVE_GONE = T("Errors", "This move is not allowed by the program any more.")
MSG_TARGET = T("Errors", "{field} must be between 1 and {high} days, or empty for no target.")
MSG_SAME = T("Errors", "A move goes from one phase to another, not to the same phase.")
MSG_FORWARD = T("Errors", "A forward move goes to the next phase ({phase}).")
MSG_BACK = T("Errors", "A move back goes to an earlier phase.")
MSG_SKIP = T("Errors", "A skip goes past the next phase to a later one.")
MSG_FROM_FINAL = T("Errors", "{phase} ends the program: from there only a move back is "
                   "possible; the program ends with the discharge.")
MSG_EXISTS = T("Errors", "The move from {from_phase} to {to_phase} is already allowed.")
MSG_LAST_WAY_ON = T("Errors", "This is the only forward move out of {phase}: without it a "
                    "client in that phase could never move on. Add another way on first.")
MSG_MOVES_MADE = T("Errors", "Clients have already made this move; it stays in their history, "
                   "but no new client can make it.")


@dataclass(frozen=True)
class TransitionLine:
    """A move the template allows."""

    id: int
    from_phase_id: int
    to_phase_id: int
    kind: str
    requires_reason: bool


@dataclass(frozen=True)
class TemplateDetail:
    """A template as its editor shows it."""

    id: int
    code: str
    name: str
    service_type: str
    active: bool
    phases: tuple[tuple[int, int, str, int | None, bool, bool, str], ...]
    transitions: tuple[TransitionLine, ...]


def all_templates(actor: Staff) -> list[tuple[int, str, bool]]:
    """Every template (offered or not): id, name, active."""
    require(actor, Area.ADMIN, Action.VIEW)
    return list(ProgramTemplate.select(ProgramTemplate.id, ProgramTemplate.name,
                                       ProgramTemplate.active)
                .order_by(ProgramTemplate.name).tuples())


def template_detail(actor: Staff, template_id: int) -> TemplateDetail:
    """Phases (id, seq, name, target days, first, final, requirements) and allowed moves."""
    require(actor, Area.ADMIN, Action.VIEW)
    row = ProgramTemplate.get_or_none(ProgramTemplate.id == template_id)
    if row is None:
        raise NotFound(MSG_TEMPLATE_GONE)
    phases = tuple(Phase.select(Phase.id, Phase.seq, Phase.name, Phase.target_days,
                                Phase.is_first, Phase.is_final, Phase.requirements)
                   .where(Phase.template == template_id).order_by(Phase.seq).tuples())
    seq = {p[0]: p[1] for p in phases}
    moves = sorted((TransitionLine(*t) for t in PhaseTransition.select(
        PhaseTransition.id, PhaseTransition.from_phase, PhaseTransition.to_phase,
        PhaseTransition.kind, PhaseTransition.requires_reason)
        .where(PhaseTransition.template == template_id).tuples()),
        key=lambda t: (seq.get(t.from_phase_id, 0), seq.get(t.to_phase_id, 0)))
    return TemplateDetail(row.id, row.code, row.name, row.service_type, row.active, phases,
                          tuple(moves))


def clean_requirements(text: str) -> str:
    """Requirement codes (``signed_<assessment kind>``), space separated, known ones only."""
    text = v.text(text, F_REQUIREMENT, limit=200)
    kinds = {code for code, _label in ASSESSMENT_KINDS}
    codes = text.replace(",", " ").split()
    for code in codes:
        if not (code.startswith("signed_") and code[len("signed_"):] in kinds):
            raise ValidationError(v.MSG_CHOICE, field=F_REQUIREMENT, value=code[:40])
    return " ".join(dict.fromkeys(codes))


def update_phase(actor: Staff, phase_id: int, name: str, target_days: int | None,
                 requirements: str) -> None:
    """Rename a phase, change its target duration (None: no target) and its requirements."""
    require(actor, Area.ADMIN, Action.CORRECT)
    name = v.text(name, F_PHASE_NAME, limit=200, required=True)
    if target_days is not None and (isinstance(target_days, bool)
                                    or not 1 <= int(target_days) <= MAX_TARGET_DAYS):
        raise ValidationError(MSG_TARGET, field=F_TARGET, high=MAX_TARGET_DAYS)
    requirements = clean_requirements(requirements)
    with write_transaction():
        phase = Phase.get_or_none(Phase.id == phase_id)
        if phase is None:
            raise NotFound(MSG_PHASE_GONE)
        new = {"name": name, "target_days": target_days, "requirements": requirements}
        old = {key: getattr(phase, key) for key in new}
        changed = sorted(key for key in new if old[key] != new[key])
        if not changed:
            return
        Phase.update(**new).where(Phase.id == phase_id).execute()
        audit.record(actor, "template.phase", "program_template", phase.template_id,
                     phase=phase.code, old={k: old[k] for k in changed},
                     new={k: new[k] for k in changed})


def _phase(template_id: int, phase_id: int, field: str) -> Phase:
    phase = Phase.get_or_none((Phase.id == phase_id) & (Phase.template == template_id))
    if phase is None:
        raise ValidationError(MSG_PHASE_GONE, field=field)
    return phase


def add_transition(actor: Staff, template_id: int, from_phase_id: int, to_phase_id: int,
                   kind: str, requires_reason: bool = False) -> int:
    """Allow a move: forward to the next phase, back to an earlier one, or a skip to a later
    one (a skip always needs a reason). Returns the new move's id."""
    require(actor, Area.ADMIN, Action.CORRECT)
    kind = v.choice(kind, F_KIND, MOVE_KINDS)
    with write_transaction():
        if ProgramTemplate.get_or_none(ProgramTemplate.id == template_id) is None:
            raise NotFound(MSG_TEMPLATE_GONE)
        source = _phase(template_id, from_phase_id, F_FROM)
        target = _phase(template_id, to_phase_id, F_TO)
        if source.id == target.id:
            raise ValidationError(MSG_SAME, field=F_TO)
        if source.is_final and kind != "back":
            raise ValidationError(MSG_FROM_FINAL, field=F_FROM, phase=source.name)
        if kind == "forward" and target.seq != source.seq + 1:
            following = Phase.get_or_none((Phase.template == template_id)
                                          & (Phase.seq == source.seq + 1))
            raise ValidationError(MSG_FORWARD, field=F_TO,
                                  phase=following.name if following else "-")
        if kind == "back" and target.seq >= source.seq:
            raise ValidationError(MSG_BACK, field=F_TO)
        if kind == "skip" and target.seq <= source.seq + 1:
            raise ValidationError(MSG_SKIP, field=F_TO)
        if PhaseTransition.select().where((PhaseTransition.from_phase == source.id)
                                          & (PhaseTransition.to_phase == target.id)).exists():
            raise ValidationError(MSG_EXISTS, field=F_TO, from_phase=source.name,
                                  to_phase=target.name)
        needs = bool(requires_reason) or kind == "skip"
        row = PhaseTransition.create(template=template_id, from_phase=source.id,
                                     to_phase=target.id, kind=kind, requires_reason=needs)
        audit.record(actor, "template.move_add", "program_template", template_id,
                     from_phase=source.code, to_phase=target.code, kind=kind,
                     requires_reason=needs)
    return row.id


def remove_transition(actor: Staff, transition_id: int) -> bool:
    """Stop allowing a move. Refused for the only forward move out of a phase that is not
    the final one. Returns True when clients had already made the move (their history keeps
    it; the caller may say so)."""
    require(actor, Area.ADMIN, Action.CORRECT)
    with write_transaction():
        row = PhaseTransition.get_or_none(PhaseTransition.id == transition_id)
        if row is None:
            raise NotFound(MSG_MOVE_GONE)
        source = Phase.get_by_id(row.from_phase_id)
        if row.kind == "forward":
            others = (PhaseTransition.select(fn.COUNT(PhaseTransition.id))
                      .where((PhaseTransition.from_phase == source.id)
                             & (PhaseTransition.kind == "forward")
                             & (PhaseTransition.id != row.id)).scalar())
            if not others:
                raise ValidationError(MSG_LAST_WAY_ON, phase=source.name)
        made = PhaseMove.select().where((PhaseMove.from_phase == row.from_phase_id)
                                        & (PhaseMove.to_phase == row.to_phase_id)).exists()
        target = Phase.get_by_id(row.to_phase_id)
        PhaseTransition.delete().where(PhaseTransition.id == transition_id).execute()
        audit.record(actor, "template.move_remove", "program_template", row.template_id,
                     from_phase=source.code, to_phase=target.code, kind=row.kind,
                     requires_reason=row.requires_reason, moves_made=made)
    return made


def set_template_active(actor: Staff, template_id: int, active: bool) -> None:
    """Offer the program for new enrolments, or stop offering it (running ones go on)."""
    require(actor, Area.ADMIN, Action.CORRECT)
    with write_transaction():
        row = ProgramTemplate.get_or_none(ProgramTemplate.id == template_id)
        if row is None:
            raise NotFound(MSG_TEMPLATE_GONE)
        if row.active == bool(active):
            return
        ProgramTemplate.update(active=bool(active)).where(
            ProgramTemplate.id == template_id).execute()
        audit.record(actor, "template.active", "program_template", template_id,
                     old=row.active, new=bool(active))
