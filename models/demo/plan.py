"""Timelines of the synthetic demo facility: who comes when, and how each episode runs.

Planning happens before any row is made. Every person gets a first-contact day; a share of
them are SKHPN applicants only, the others get one episode of care or, when they come back
after an earlier one closed, two or three. An episode's whole course is fixed here (report,
assessment, waiting, admission, every phase move, discharge, aftercare) and its status is
read off at ``end``. The row generator then walks all these dated events in calendar order,
so ids, registration and document numbers grow with time as at a real desk.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import NamedTuple

from models.demo.clinical import PRIMARY, SECONDARY, Pick, route_of
from models.demo.people import Region, pick_region

SKHPN_SHARE = 0.60  # applicants for a certificate only; a BNN clinic issues more than it treats
DUPLICATE_SHARE = 0.005  # registered twice, under a variant of their name
P_RELAPSE = 0.05  # per program phase: a positive test and a move back one phase
P_SKIP = 0.03
P_UNDONE = 0.02  # a move recorded too early and undone by the counselor
MAX_EPISODES = 3
P_NEVER_ADMITTED = 0.02  # screened, then never came back: the episode stays in screening
P_SLOW_ADMISSION = 0.08  # admitted weeks after assessment (a TAT letter, a family decision)

REFERRAL = Pick([("voluntary", 33), ("family", 20), ("police_tat", 14), ("court", 4),
                 ("prison", 4), ("health", 7), ("rehab", 3), ("school", 5), ("workplace", 4),
                 ("other", 6)])
TEMPLATE_GENERAL = Pick([("bnn_rawat_jalan", 70), ("bnn_rawat_inap_tc", 15),
                         ("kemensos_rehsos", 15)])
TEMPLATE_COURT = Pick([("bnn_rawat_inap_tc", 50), ("bnn_rawat_jalan", 35),
                       ("kemensos_rehsos", 15)])
SERVICE = {"bnn_rawat_jalan": "outpatient", "bnn_rawat_inap_tc": "inpatient",
           "kemensos_rehsos": "social", "lapas_wbp": "social"}
OUTCOME = {
    "bnn_rawat_jalan": Pick([("completed", 55), ("dropped_out", 24), ("absconded", 1),
                             ("terminated", 2), ("transferred", 7), ("incarcerated", 3),
                             ("died", 0.3), ("other", 7.7)]),
    "bnn_rawat_inap_tc": Pick([("completed", 62), ("dropped_out", 10), ("absconded", 10),
                               ("terminated", 8), ("transferred", 5), ("incarcerated", 1.5),
                               ("died", 0.5), ("other", 3)]),
    "kemensos_rehsos": Pick([("completed", 65), ("dropped_out", 12), ("absconded", 8),
                             ("terminated", 5), ("transferred", 4), ("incarcerated", 1),
                             ("died", 0.3), ("other", 4.7)]),
    "lapas_wbp": Pick([("completed", 82), ("transferred", 8), ("died", 0.2), ("other", 9.8)]),
}
RETURN_CHANCE = {"completed": 0.1, "dropped_out": 0.3, "absconded": 0.3, "terminated": 0.25,
                 "transferred": 0.05, "incarcerated": 0.1, "died": 0.0, "other": 0.1}
MINOR_PRIMARY = Pick([("synthetic_cannabinoid", 25), ("cannabis", 25), ("inhalant", 15),
                      ("methamphetamine", 20), ("trihexyphenidyl", 7), ("dextromethorphan", 4),
                      ("pcc", 2), ("alcohol", 2)])
CLIENT_AGES = Pick([((13, 14), 0.5), ((15, 17), 6), ((18, 24), 25), ((25, 34), 36),
                    ((35, 44), 22), ((45, 55), 9), ((56, 65), 1.5)])
APPLICANT_AGES = Pick([((15, 17), 10), ((18, 24), 45), ((25, 34), 30), ((35, 44), 12),
                       ((45, 55), 3)])
SKIP_REASONS = ("Kemajuan klien sangat baik menurut evaluasi tim",
                "Klien telah menjalani tahap ini di fasilitas sebelumnya")
RELAPSE_REASON = "Relaps: hasil tes urin positif, kembali ke tahap sebelumnya"


class Phase(NamedTuple):
    """What the planner needs of a template phase."""

    id: int
    seq: int
    code: str
    target_days: int | None
    is_final: bool


@dataclass(slots=True, eq=False)
class Move:
    """A planned phase move; ``until`` is when the phase it starts ends (or None)."""

    on: int
    from_index: int | None
    to_index: int
    kind: str
    reason: str = ""
    undone: bool = False
    until: int | None = None


@dataclass(slots=True, eq=False)
class EpisodePlan:
    """The full course of one episode (day ordinals); ``status`` is the stage at ``end``."""

    person: PersonPlan
    number: int  # 0 for a person's first episode
    reported: int
    assessed: int
    template: str
    service_type: str
    referral: str
    legal: str
    reporter: str
    wajib_lapor: bool
    funding: str
    minor: bool
    substances: list[tuple[str, str, int, int, int, str, int]]
    waiting_from: int | None = None
    admitted: int | None = None
    moves: list[Move] = field(default_factory=list)
    discharged: int | None = None
    reason: str = ""
    aftercare_from: int | None = None
    aftercare_closed: int | None = None
    not_continued: int | None = None  # closed as "tidak melanjutkan" on this day
    status: str = "screening"
    # Filled in while rows are made:
    id: int = 0
    enrollment_id: int = 0
    counselor: int = 0
    doctor: int = 0
    intake: int = 0
    diagnosis: str = ""


@dataclass(slots=True, eq=False)
class PersonPlan:
    """One person: when they first came, who they are in outline, and what they came for."""

    created: int
    sex: str
    birth: int
    region: Region
    applicant: bool  # SKHPN applicant only
    episodes: list[EpisodePlan] = field(default_factory=list)
    duplicate_of: PersonPlan | None = None
    # Filled in when the person row is made:
    id: int = 0
    name: str = ""
    nik: str | None = None
    reg_no: str = ""
    phone: str = ""
    address: str = ""
    birth_place: str = ""
    occupation: str = ""
    guardian: tuple[str, str] = ("", "")  # name and phone of a minor's parent or guardian
    family: tuple[str, str] = ("", "")  # another family contact
    clock: tuple[int, int] = (0, 0)  # (day, second) the person's last act ended


def workday(day: int) -> int:
    """Saturday and Sunday moved to the Friday before and the Monday after."""
    weekday = (day - 1) % 7  # ordinal 1 (1 January of year 1) was a Monday
    return day - 1 if weekday == 5 else day + 1 if weekday == 6 else day


def plan_people(rng: random.Random, clients: int, start: int, end: int,
                phases: dict[str, list[Phase]]) -> list[PersonPlan]:
    """Plan ``clients`` people whose first contact falls in [start, end], oldest first."""
    span = end - start
    # Slightly more people in later years, as a clinic becomes known.
    days = sorted(start + int(span * rng.random() ** 0.9) for _ in range(clients))
    people: list[PersonPlan] = []
    for day in days:
        day = min(workday(day), end)
        original = rng.choice(people) if people and rng.random() < DUPLICATE_SHARE else None
        if original is not None and all(e.reason != "died" for e in original.episodes):
            # The same human registered again under a variant of the name.
            person = PersonPlan(day, original.sex, original.birth, original.region,
                                rng.random() < 0.5, duplicate_of=original)
        else:
            applicant = rng.random() < SKHPN_SHARE
            sex = ("L" if rng.random() < 0.6 else "P") if applicant else \
                ("L" if rng.random() < 0.88 else "P")
            low, high = (APPLICANT_AGES if applicant else CLIENT_AGES)(rng)
            birth = day - int((rng.randint(low, high) + rng.random()) * 365.25)
            person = PersonPlan(day, sex, birth, pick_region(rng), applicant)
        if not person.applicant:
            _plan_episodes(rng, person, end, phases)
        people.append(person)
    return people


def _plan_episodes(rng: random.Random, person: PersonPlan, end: int,
                   phases: dict[str, list[Phase]]) -> None:
    reported = person.created
    while reported <= end and len(person.episodes) < MAX_EPISODES:
        episode = _plan_episode(rng, person, len(person.episodes), reported, end, phases)
        person.episodes.append(episode)
        # A person has one open episode at a time (models.intake.intake.open_episode): only a
        # closed one can be followed by another.
        closed = episode.aftercare_closed or episode.discharged
        if closed is None or closed >= end or rng.random() >= RETURN_CHANCE[episode.reason]:
            break
        reported = workday(closed + rng.randint(30, 400))


def _substances(rng: random.Random, age: int, minor: bool
                ) -> list[tuple[str, str, int, int, int, str, int]]:
    count = 1 if rng.random() < 0.45 else 2 if rng.random() < 0.73 else 3
    chosen = [(MINOR_PRIMARY if minor else PRIMARY)(rng)]
    while len(chosen) < count:
        extra = SECONDARY(rng)
        if extra not in chosen:
            chosen.append(extra)
    rows = []
    for rank, substance in enumerate(chosen):
        days = rng.randint(8, 30) if rank == 0 else rng.randint(0, 12)
        first = rng.randint(min(12, age), max(min(12, age), min(age, 28)))
        years = max(0, min(age - first, rng.randint(0, 12)))
        pattern = ("compulsive" if rng.random() < 0.6 else "habitual") if days >= 20 else \
            ("habitual" if rng.random() < 0.6 else "situational") if days >= 8 else \
            ("recreational" if rng.random() < 0.5 else "situational") if days >= 2 else \
            "experimental"
        opioid = substance in ("heroin", "other_opioid", "tramadol")
        overdoses = rng.randint(1, 3) if opioid and rng.random() < 0.2 else \
            1 if rng.random() < 0.02 else 0
        rows.append((substance, route_of(rng, substance), days, years, first, pattern, overdoses))
    return rows


def _plan_episode(rng: random.Random, person: PersonPlan, number: int, reported: int,
                  end: int, phases: dict[str, list[Phase]]) -> EpisodePlan:
    age = int((reported - person.birth) / 365.25)
    minor = age < 18
    referral = REFERRAL(rng)
    if minor and referral in ("prison", "court"):
        referral = "family"
    substances = _substances(rng, age, minor)
    if referral == "prison":
        template, legal = "lapas_wbp", "inmate"
    elif referral == "court":
        template, legal = TEMPLATE_COURT(rng), "defendant" if rng.random() < 0.7 else "suspect"
    else:
        template = TEMPLATE_GENERAL(rng)
        legal = ("suspect" if rng.random() < 0.8 else "defendant") \
            if referral == "police_tat" else "none"
    service = SERVICE[template]
    if template == "bnn_rawat_jalan" and substances[0][0] in ("heroin", "other_opioid") \
            and rng.random() < 0.6:
        service = "maintenance"
    if minor:
        reporter = "parent_guardian"
    elif referral in ("police_tat", "court", "prison"):
        reporter = "other" if rng.random() < 0.7 else "self"
    elif referral == "family":
        reporter = "family" if rng.random() < 0.7 else "self"
    else:
        reporter = "self" if rng.random() < 0.75 else "family" if rng.random() < 0.6 else "other"
    if referral in ("police_tat", "court", "prison"):
        wajib_lapor = False
    else:
        wajib_lapor = rng.random() < (0.75 if referral in ("voluntary", "family") else 0.4)
    funding = "government" if referral == "prison" or rng.random() < 0.82 else \
        "self" if rng.random() < 0.72 else "other"
    assessed = workday(reported + rng.choice((0, 0, 0, 1, 2, 3, 5, 7)))
    episode = EpisodePlan(person, number, reported, assessed, template, service, referral, legal,
                          reporter, wajib_lapor, funding, minor, substances)
    residential = template in ("bnn_rawat_inap_tc", "kemensos_rehsos")
    if rng.random() < P_NEVER_ADMITTED:
        episode.admitted = None
        # Three in five are closed as "tidak melanjutkan" two to six weeks later; derived
        # from the report day, not drawn, so the rest of the demo stays as it was.
        if reported % 5 < 3:
            episode.not_continued = reported + 14 + reported % 29
        episode.status = _status(episode, end)
        return episode
    if residential and rng.random() < 0.45:
        episode.waiting_from = assessed
        admitted = assessed + rng.randint(7, 60)
    elif template == "bnn_rawat_jalan" and rng.random() < 0.05:
        episode.waiting_from = assessed
        admitted = workday(assessed + rng.randint(3, 14))
    elif rng.random() < P_SLOW_ADMISSION:
        admitted = workday(assessed + rng.randint(14, 45))
    else:
        admitted = assessed + rng.choice((0, 0, 1, 2, 3, 7))
    episode.admitted = admitted
    _plan_course(rng, episode, phases[template], end)
    return episode


def _plan_course(rng: random.Random, episode: EpisodePlan, phases: list[Phase],
                 end: int) -> None:
    """Moves from admission to the final phase, cut short unless the program completes."""
    admitted = episode.admitted
    assert admitted is not None
    last = len(phases) - 1
    moves = [Move(admitted, None, 0, "start")]
    day, index = admitted, 0
    while index < last:
        stay = max(3, int((phases[index].target_days or 30) * (0.7 + 0.6 * rng.random())))
        if 1 <= index < last and rng.random() < P_RELAPSE:
            back_on = day + rng.randint(1, stay)
            moves.append(Move(back_on, index, index - 1, "back", RELAPSE_REASON))
            day = back_on + max(7, (phases[index - 1].target_days or 14) // 2)
            moves.append(Move(day, index - 1, index, "forward"))
        day += stay
        target, kind, reason = index + 1, "forward", ""
        if index + 2 < last and rng.random() < P_SKIP:
            target, kind, reason = index + 2, "skip", rng.choice(SKIP_REASONS)
        if target < last and rng.random() < P_UNDONE:
            moves.append(Move(day - 2, index, target, kind, reason, undone=True))
        moves.append(Move(day, index, target, kind, reason))
        index = target
    reason = OUTCOME[episode.template](rng)
    if reason == "completed":
        discharged = day
    else:
        discharged = admitted + max(1, int((day - admitted) * (0.05 + 0.85 * rng.random())))
        moves = [move for move in moves if move.on < discharged]
    episode.reason = reason
    episode.discharged = discharged
    kept = [move for move in moves if not move.undone]
    for move, following in zip(kept, kept[1:] + [None]):
        move.until = following.on if following else discharged
    episode.moves = moves
    if reason == "completed":
        episode.aftercare_from = discharged
        episode.aftercare_closed = discharged + 183 + rng.randint(0, 14)
    episode.status = _status(episode, end)


def _status(episode: EpisodePlan, end: int) -> str:
    if episode.not_continued is not None and episode.not_continued <= end:
        return "closed"
    if episode.waiting_from is not None and episode.assessed <= end < (episode.admitted or 0):
        return "waiting"
    if episode.admitted is None or episode.admitted > end:
        return "screening"
    if episode.discharged is None or episode.discharged > end:
        return "in_program"
    if episode.aftercare_closed is not None and episode.aftercare_closed > end:
        return "aftercare"
    return "closed"
