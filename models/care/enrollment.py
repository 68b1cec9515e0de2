"""Enrolling an episode in a program and moving it through the template's phases.

Only the moves a template declares (:class:`PhaseTransition`) are allowed; a skip, and any
move the template marks so, needs a reason; a phase's requirements (``Phase.requirements``,
e.g. ``signed_asi``) must be met before moving on from it. Moves are dated, never before the
previous one nor in the future; the last move can be undone (repeatedly, back to the start),
and a discharge ends the moves. ``Enrollment.current_phase`` and ``phase_since`` always mirror
the last move not undone.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.care.assessment import KINDS as ASSESSMENT_KINDS
from models.care.assessment import has_signed
from models.care.program import Enrollment, Phase, PhaseMove, PhaseTransition, ProgramTemplate
from models.core import validation as v
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import ConflictError, NotFound, ValidationError
from models.db.connection import write_transaction
from models.intake.admission import assign_at_admission, check_admission, check_template_fits
from models.intake.episode import Episode, WaitingListEntry, get_episode
from models.safety import audit
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff

F_TEMPLATE = T("Codes", "Program")
F_STARTED = T("Codes", "Program start date")
F_MOVED_ON = T("Codes", "Date of the move")
F_NOTE = T("Codes", "Note")
F_REASON = T("Codes", "Reason")
F_REPORTED = T("Codes", "Date reported")
F_ADMITTED = T("Codes", "Admission date")
F_PREVIOUS_MOVE = T("Codes", "the previous phase move")

MSG_TEMPLATE_GONE = T("Errors", "This program does not exist or is no longer offered.")
MSG_NO_FIRST = T("Errors", "The program {template} has no first phase. "
                 "Ask the facility admin to fix the program template.")
MSG_NOT_ENROLLABLE = T("Errors", "Episode {episode_no} cannot start a program: only a client "
                       "in screening, on the waiting list or admitted can.")
MSG_ENROLLED = T("Errors", "Episode {episode_no} is already in the program {template}.")
MSG_GONE = T("Errors", "This program enrolment does not exist.")
MSG_ENDED = T("Errors", "The program ended on {date} with the discharge: no more phase moves.")
MSG_NO_MOVE = T("Errors", "The program {template} does not allow a move from {from_phase} "
                "to {to_phase}.")
MSG_NEEDS_REASON = T("Errors", "A move from {from_phase} to {to_phase} needs a reason.")
MSG_REQUIREMENT = T("Errors", "{phase} cannot be left yet: a signed {instrument} for this "
                    "episode is needed first.")
MSG_UNKNOWN_REQUIREMENT = T("Errors", "The phase {phase} requires {code}, which Pulih does not "
                            "know. Ask the facility admin to fix the program template.")
MSG_NOTHING_TO_UNDO = T("Errors", "There is no phase move to undo: the program is at its start.")
MSG_CONFLICT = T("Errors", "Another desk moved this client since you opened the record. "
                 "Review the current phase and try again.")


@dataclass(frozen=True)
class AllowedMove:
    """A move the template allows from the current phase."""

    to_phase_id: int
    to_phase_name: str
    kind: str  # forward / back / skip
    needs_reason: bool


@dataclass(frozen=True)
class MoveRecord:
    id: int
    from_phase_id: int | None
    to_phase_id: int
    kind: str  # start / forward / back / skip
    moved_on: dt.date
    staff_id: int
    note: str
    reason: str
    undone: bool


@dataclass(frozen=True)
class EnrollmentRecord:
    """An enrolment as the program screen shows it: where the client is and may go."""

    id: int
    episode_id: int
    template_id: int
    started_on: dt.date
    current_phase_id: int | None
    current_phase_name: str
    phase_since: dt.date | None
    ended_on: dt.date | None
    version: int
    moves: tuple[MoveRecord, ...]
    allowed: tuple[AllowedMove, ...]


def _first_phase(template: ProgramTemplate) -> Phase:
    phase = (Phase.select()
             .where((Phase.template == template.id) & (Phase.is_first == True))  # noqa: E712
             .order_by(Phase.seq).first())
    if phase is None:
        raise ValidationError(MSG_NO_FIRST, field=F_TEMPLATE, template=template.name)
    return phase


def enroll(actor: Staff, episode_id: int, template_id: int, started_on: dt.date, *,
           today: dt.date | None = None, skip_reason: str = "",
           counselor_id: int | None = None) -> int:
    """Put an episode in the template's first phase; returns the enrolment id.

    The episode becomes "in program" (admitted on ``started_on`` unless it already was). A
    screening or waiting episode is admitted here, so the admission step's checks apply
    (:func:`models.intake.admission.check_admission`: consent, a free place of its service type,
    the waiting-list order); the template must be one of the episode's service type.
    """
    require(actor, Area.PROGRAM, Action.INPUT)
    started_on = v.past_date(started_on, F_STARTED, today=today, required=True)
    with write_transaction():
        episode = get_episode(episode_id, lock=True)
        template = ProgramTemplate.get_or_none((ProgramTemplate.id == template_id)
                                               & (ProgramTemplate.active == True))  # noqa: E712
        if template is None:
            raise NotFound(MSG_TEMPLATE_GONE)
        if episode.status not in ("screening", "waiting", "in_program"):
            raise ValidationError(MSG_NOT_ENROLLABLE, episode_no=episode.episode_no)
        running = (Enrollment.select(Enrollment, ProgramTemplate).join(ProgramTemplate)
                   .where((Enrollment.episode == episode_id) & Enrollment.ended_on.is_null())
                   .first())
        if running is not None:
            raise ValidationError(MSG_ENROLLED, episode_no=episode.episode_no,
                                  template=running.template.name)
        v.not_before(started_on, F_STARTED, episode.reported_on, F_REPORTED)
        v.not_before(started_on, F_STARTED, episode.admitted_on, F_ADMITTED)
        check_template_fits(episode, template.name, template.service_type)
        admitting = episode.status in ("screening", "waiting")
        if admitting:
            check_admission(actor, episode, started_on, skip_reason, queue_when_full=False)
        first = _first_phase(template)
        enrollment = Enrollment.create(episode=episode_id, template=template_id,
                                       started_on=started_on, current_phase=first.id,
                                       phase_since=started_on)
        PhaseMove.create(enrollment=enrollment.id, from_phase=None, to_phase=first.id,
                         kind="start", moved_on=started_on, staff=actor.id)
        Episode.update(status="in_program", admitted_on=episode.admitted_on or started_on,
                       updated_at=dt.datetime.now(), version=Episode.version + 1
                       ).where(Episode.id == episode_id).execute()
        WaitingListEntry.update(state="admitted", left_on=started_on).where(
            (WaitingListEntry.episode == episode_id)
            & (WaitingListEntry.state == "waiting")).execute()
        if admitting or episode.counselor_id is None:
            assign_at_admission(actor, episode, counselor_id)
        audit.record(actor, "enrollment.create", "enrollment", enrollment.id,
                     person_id=episode.person_id, template=template.code, phase=first.code)
    return enrollment.id


def _open_enrollment(enrollment_id: int, expected_version: int | None) -> Enrollment:
    enrollment = Enrollment.get_or_none(Enrollment.id == enrollment_id)
    if enrollment is None:
        raise NotFound(MSG_GONE)
    if enrollment.ended_on is not None:
        raise ValidationError(MSG_ENDED, date=enrollment.ended_on)
    if expected_version is not None and enrollment.version != expected_version:
        raise ConflictError(MSG_CONFLICT)
    return enrollment


def _check_requirements(phase: Phase, episode_id: int) -> None:
    """Every requirement of ``phase`` (comma- or space-separated codes) must be met."""
    kinds = dict(ASSESSMENT_KINDS)
    for code in phase.requirements.replace(",", " ").split():
        kind = code[len("signed_"):] if code.startswith("signed_") else ""
        if kind not in kinds:
            raise ValidationError(MSG_UNKNOWN_REQUIREMENT, phase=phase.name, code=code)
        if not has_signed(episode_id, kind):
            raise ValidationError(MSG_REQUIREMENT, phase=phase.name, instrument=kinds[kind])


def _save_position(enrollment: Enrollment, phase_id: int | None, since: dt.date | None) -> None:
    rows = (Enrollment.update(current_phase=phase_id, phase_since=since,
                              version=Enrollment.version + 1)
            .where((Enrollment.id == enrollment.id) & (Enrollment.version == enrollment.version)
                   & Enrollment.ended_on.is_null())
            .execute())
    if rows == 0:
        raise ConflictError(MSG_CONFLICT)


def move_phase(actor: Staff, enrollment_id: int, to_phase_id: int, moved_on: dt.date,
               note: str, reason: str = "", *, expected_version: int | None = None,
               today: dt.date | None = None) -> int:
    """Move a client to another phase along a move the template allows; returns the move id.

    Forward moves and skips need the current phase's requirements met; a move back after a
    relapse does not. Moving into the final phase does not discharge: that is its own step.
    """
    require(actor, Area.PROGRAM, Action.INPUT)
    moved_on = v.past_date(moved_on, F_MOVED_ON, today=today, required=True)
    note = v.text(note, F_NOTE, limit=4000, multiline=True)
    reason = v.text(reason, F_REASON, limit=2000, multiline=True)
    with write_transaction():
        enrollment = _open_enrollment(enrollment_id, expected_version)
        current = Phase.get_by_id(enrollment.current_phase_id)
        target = Phase.get_or_none(Phase.id == to_phase_id)
        transition = (PhaseTransition.get_or_none(
            (PhaseTransition.template == enrollment.template_id)
            & (PhaseTransition.from_phase == current.id)
            & (PhaseTransition.to_phase == to_phase_id)) if target is not None else None)
        if transition is None:
            raise ValidationError(MSG_NO_MOVE, template=enrollment.template.name,
                                  from_phase=current.name,
                                  to_phase=target.name if target is not None else "?")
        if _needs_reason(transition.kind, transition.requires_reason) and not reason:
            raise ValidationError(MSG_NEEDS_REASON, field=F_REASON, from_phase=current.name,
                                  to_phase=target.name)
        v.not_before(moved_on, F_MOVED_ON, enrollment.phase_since, F_PREVIOUS_MOVE)
        episode = Episode.get_by_id(enrollment.episode_id)
        if transition.kind != "back":
            _check_requirements(current, episode.id)
        _save_position(enrollment, target.id, moved_on)
        move = PhaseMove.create(enrollment=enrollment.id, from_phase=current.id,
                                to_phase=target.id, kind=transition.kind, moved_on=moved_on,
                                staff=actor.id, note=note, reason=reason)
        audit.record(actor, "phase.move", "enrollment", enrollment.id,
                     person_id=episode.person_id, move_id=move.id, kind=transition.kind,
                     from_phase=current.code, to_phase=target.code)
    return move.id


def _needs_reason(kind: str, requires_reason: bool) -> bool:
    """A skip and a move back after a relapse always need a reason; other moves when the
    template says so."""
    return kind in ("skip", "back") or bool(requires_reason)


#: The order moves are offered in: the usual next step first, a relapse move last.
KIND_ORDER = {"forward": 0, "skip": 1, "back": 2}


def _active_moves(enrollment_id: int) -> list[PhaseMove]:
    return list(PhaseMove.select()
                .where((PhaseMove.enrollment == enrollment_id) & PhaseMove.undone_at.is_null())
                .order_by(PhaseMove.id.desc()).limit(2))


def undo_last_move(actor: Staff, enrollment_id: int, *,
                   expected_version: int | None = None) -> int:
    """Undo the last move not yet undone; returns the phase the client is back in.

    The move stays on record, marked undone (when, by whom). The start of the program is
    not a move that can be undone.
    """
    require(actor, Area.PROGRAM, Action.CORRECT)
    with write_transaction():
        enrollment = _open_enrollment(enrollment_id, expected_version)
        moves = _active_moves(enrollment_id)
        if not moves or moves[0].kind == "start" or len(moves) < 2:
            raise ValidationError(MSG_NOTHING_TO_UNDO)
        last, before = moves
        _save_position(enrollment, last.from_phase_id, before.moved_on)
        PhaseMove.update(undone_at=dt.datetime.now().replace(microsecond=0),
                         undone_by=actor.id).where(PhaseMove.id == last.id).execute()
        audit.record(actor, "phase.undo", "enrollment", enrollment.id,
                     person_id=enrollment.episode.person_id, move_id=last.id,
                     back_to=last.from_phase_id)
    return int(last.from_phase_id)


def allowed_moves(enrollment: Enrollment) -> tuple[AllowedMove, ...]:
    """The moves the template allows from the enrolment's current phase (none once ended)."""
    if enrollment.ended_on is not None or enrollment.current_phase_id is None:
        return ()
    query = (PhaseTransition.select(Phase.id, Phase.name, PhaseTransition.kind,
                                    PhaseTransition.requires_reason)
             .join(Phase, on=(PhaseTransition.to_phase == Phase.id))
             .where((PhaseTransition.template == enrollment.template_id)
                    & (PhaseTransition.from_phase == enrollment.current_phase_id))
             .order_by(Phase.seq))
    moves = [AllowedMove(pid, name, kind, _needs_reason(kind, needs))
             for pid, name, kind, needs in query.tuples()]
    # stable: within a kind the template's phase order stays
    return tuple(sorted(moves, key=lambda move: KIND_ORDER.get(move.kind, 1)))


def view_enrollment(actor: Staff, enrollment_id: int) -> EnrollmentRecord:
    """Where a client is in their program, the moves so far and the moves allowed (audited)."""
    require(actor, Area.PROGRAM, Action.VIEW)
    enrollment = Enrollment.get_or_none(Enrollment.id == enrollment_id)
    if enrollment is None:
        raise NotFound(MSG_GONE)
    moves = tuple(MoveRecord(m.id, m.from_phase_id, m.to_phase_id, m.kind, m.moved_on,
                             m.staff_id, m.note, m.reason, m.undone_at is not None)
                  for m in enrollment.moves.order_by(PhaseMove.id))
    phase = enrollment.current_phase
    with write_transaction():
        audit.record(actor, "enrollment.view", "enrollment", enrollment_id,
                     person_id=enrollment.episode.person_id)
    return EnrollmentRecord(enrollment.id, enrollment.episode_id, enrollment.template_id,
                            enrollment.started_on, enrollment.current_phase_id,
                            phase.name if phase is not None else "", enrollment.phase_since,
                            enrollment.ended_on, enrollment.version, moves,
                            allowed_moves(enrollment))
