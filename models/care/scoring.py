"""Scoring of the screening and assessment instruments: pure functions, no database.

Answers come as plain dicts (the JSON kept in ``Assessment.answers``):

WHO ASSIST v3.1::

    {"substances": {"alcohol": {"q2": "weekly", "q3": "monthly", "q4": "never",
                                "q5": "once_twice", "q6": "no", "q7": "yes_past"},
                    "cannabis": {"q2": "never", "q6": "yes_recent", "q7": "no"}},
     "q8": "no"}

    A substance listed under ``substances`` is one the client has used in their life
    (Q1 yes); one not listed was never used and scores nothing. Q2-Q5 take a frequency
    (:data:`FREQUENCIES`), Q6-Q8 one of :data:`YES_NO_WHEN`. Q2 "never" skips Q3-Q5 (leave
    them out, or "never"), and Q5 is not asked for tobacco (leave it out).

DAST-10::

    {"q1": "yes", "q2": "no", ..., "q10": "no"}

ASI-based form: the summary grid under ``grid``; the other sections of the form are kept
as they come and not scored::

    {"grid": {"medical": {"severity": 3, "trouble": 1, "need": 2}, ...}, "drug_use": {...}}

The ASI's working diagnosis is checked by :func:`check_icd10` (from :mod:`models.care.diagnosis`).

Values out of range raise :class:`ValidationError`; :func:`evaluate` also reports what is
still unanswered, so that a draft can be saved half-filled and signed only when complete.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from models.care.diagnosis import check_icd10, diagnosis_label  # noqa: F401 - the ASI's diagnosis
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import ValidationError

# --- WHO ASSIST v3.1 ------------------------------------------------------------------

ASSIST_SUBSTANCES: tuple[tuple[str, str], ...] = (
    ("tobacco", T("Codes", "a. Tobacco products")),
    ("alcohol", T("Codes", "b. Alcoholic beverages")),
    ("cannabis", T("Codes", "c. Cannabis")),
    ("cocaine", T("Codes", "d. Cocaine")),
    ("amphetamines", T("Codes", "e. Amphetamine-type stimulants")),
    ("inhalants", T("Codes", "f. Inhalants")),
    ("sedatives", T("Codes", "g. Sedatives or sleeping pills")),
    ("hallucinogens", T("Codes", "h. Hallucinogens")),
    ("opioids", T("Codes", "i. Opioids")),
    ("other", T("Codes", "j. Other")),
)
FREQUENCIES: tuple[tuple[str, str], ...] = (
    ("never", T("Codes", "Never")),
    ("once_twice", T("Codes", "Once or twice")),
    ("monthly", T("Codes", "Monthly")),
    ("weekly", T("Codes", "Weekly")),
    ("daily", T("Codes", "Daily or almost daily")),
)
YES_NO_WHEN: tuple[tuple[str, str], ...] = (
    ("no", T("Codes", "No, never")),
    ("yes_recent", T("Codes", "Yes, in the last 3 months")),
    ("yes_past", T("Codes", "Yes, but not in the last 3 months")),
)
#: Weights of Q2-Q5 by frequency (never, once or twice, monthly, weekly, daily).
FREQUENCY_WEIGHTS: dict[str, dict[str, int]] = {
    "q2": {"never": 0, "once_twice": 2, "monthly": 3, "weekly": 4, "daily": 6},
    "q3": {"never": 0, "once_twice": 3, "monthly": 4, "weekly": 5, "daily": 6},
    "q4": {"never": 0, "once_twice": 4, "monthly": 5, "weekly": 6, "daily": 7},
    "q5": {"never": 0, "once_twice": 5, "monthly": 6, "weekly": 7, "daily": 8},
}
#: Weights of Q6 and Q7.
CONCERN_WEIGHTS: dict[str, int] = {"no": 0, "yes_recent": 6, "yes_past": 3}
ASSIST_QUESTIONS: dict[str, str] = {
    "q2": T("Codes", "ASSIST Q2 (use in the last 3 months)"),
    "q3": T("Codes", "ASSIST Q3 (strong desire or urge)"),
    "q4": T("Codes", "ASSIST Q4 (health, social, legal or money problems)"),
    "q5": T("Codes", "ASSIST Q5 (failed to do what was expected)"),
    "q6": T("Codes", "ASSIST Q6 (someone expressed concern)"),
    "q7": T("Codes", "ASSIST Q7 (tried and failed to cut down)"),
    "q8": T("Codes", "ASSIST Q8 (injecting)"),
}
#: Highest possible score of one substance: 6 + 6 + 7 + 8 + 6 + 6.
ASSIST_MAX = 39
RISK_LEVELS: tuple[tuple[str, str], ...] = (
    ("low", T("Codes", "Low risk")),
    ("moderate", T("Codes", "Moderate risk")),
    ("high", T("Codes", "High risk")),
)
_RISK_RANK = {code: rank for rank, (code, _label) in enumerate(RISK_LEVELS)}

# --- DAST-10 -----------------------------------------------------------------------------

DAST_ITEMS: tuple[tuple[str, str], ...] = (
    ("q1", T("Codes", "DAST-10 item 1 (drugs other than for medical reasons)")),
    ("q2", T("Codes", "DAST-10 item 2 (more than one drug at a time)")),
    ("q3", T("Codes", "DAST-10 item 3 (always able to stop)")),
    ("q4", T("Codes", "DAST-10 item 4 (blackouts or flashbacks)")),
    ("q5", T("Codes", "DAST-10 item 5 (feel bad or guilty)")),
    ("q6", T("Codes", "DAST-10 item 6 (spouse or parents complain)")),
    ("q7", T("Codes", "DAST-10 item 7 (neglected family)")),
    ("q8", T("Codes", "DAST-10 item 8 (illegal activities to get drugs)")),
    ("q9", T("Codes", "DAST-10 item 9 (withdrawal symptoms)")),
    ("q10", T("Codes", "DAST-10 item 10 (medical problems from use)")),
)
#: The item that scores a point on "no" rather than on "yes".
DAST_REVERSED = "q3"
DAST_BANDS: tuple[tuple[str, str, int, int], ...] = (
    ("none", T("Codes", "No problems reported"), 0, 0),
    ("low", T("Codes", "Low level"), 1, 2),
    ("moderate", T("Codes", "Moderate level"), 3, 5),
    ("substantial", T("Codes", "Substantial level"), 6, 8),
    ("severe", T("Codes", "Severe level"), 9, 10),
)
YES_NO: tuple[tuple[str, str], ...] = (("yes", T("Codes", "Yes")), ("no", T("Codes", "No")))

# --- ASI grid -------------------------------------------------------------------------

ASI_DOMAINS: tuple[tuple[str, str], ...] = (
    ("medical", T("Codes", "Medical")),
    ("employment", T("Codes", "Employment / support")),
    ("drugs", T("Codes", "Drug use")),
    ("legal", T("Codes", "Legal")),
    ("family", T("Codes", "Family / social")),
    ("psychiatric", T("Codes", "Psychiatric")),
)
F_SEVERITY = T("Codes", "Interviewer severity rating")
F_TROUBLE = T("Codes", "Client's rating of trouble")
F_NEED = T("Codes", "Client's rating of need for help")
_ASI_RATINGS = {"severity": (F_SEVERITY, 9), "trouble": (F_TROUBLE, 4), "need": (F_NEED, 4)}

MSG_ANSWER = T("Errors", "{value} is not a valid answer to {field}.")
MSG_ANSWER_FOR = T("Errors", "{value} is not a valid answer to {field} for {substance}.")
MSG_NOT_ASKED = T("Errors", "{field} is not asked for {substance}: leave it empty.")
MSG_SKIPPED = T("Errors", "{field} is skipped for {substance} when it was never used in the "
                "last 3 months: leave it empty.")
MSG_UNKNOWN_ITEM = T("Errors", "The answers contain {item}, which this form does not have.")
MSG_NOT_FORM = T("Errors", "The answers of {field} are not a filled form.")
MSG_RATING = T("Errors", "{field} for {domain} must be a whole number from 0 to {high}.")
MSG_SCORE = T("Errors", "{value} is not a possible score.")

F_ASSIST = T("Codes", "WHO ASSIST v3.1")
F_DAST = T("Codes", "DAST-10")
F_ASI = T("Codes", "ASI-based assessment")


@dataclass(frozen=True)
class ItemScore:
    """One row of a result: an ASSIST substance, an ASI domain, or ASSIST Q8 (injecting).

    ``level`` is the ASSIST risk level; for the injecting row it is the Q8 answer.
    """

    item: str
    score: int | None
    level: str = ""
    client_trouble: int | None = None
    client_need: int | None = None


@dataclass(frozen=True)
class Evaluation:
    """What an instrument's answers add up to.

    Attributes:
        complete: every question that must be answered is.
        missing: readable names of unanswered questions, e.g. ``"alcohol q3"``.
        total: the instrument's headline score (DAST-10 total; for ASSIST the score of
            the substance of greatest concern; for the ASI the highest severity), or None
            while incomplete.
        level: the band or risk level of ``total`` ("" while incomplete or for the ASI).
        items: per-substance or per-domain rows, for the items that are complete.
    """

    complete: bool
    missing: tuple[str, ...]
    total: int | None
    level: str
    items: tuple[ItemScore, ...]


def _label(table: tuple[tuple[str, str], ...], code: str) -> str:
    return dict(table).get(code, code)


def _form(value: object, field: str) -> Mapping[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise ValidationError(MSG_NOT_FORM, field=field)
    return value


def _pick(value: object, allowed: Mapping[str, Any] | tuple[tuple[str, str], ...], field: str,
          substance: str | None = None) -> str:
    codes = dict(allowed) if isinstance(allowed, tuple) else allowed
    if not isinstance(value, str) or value not in codes:
        if substance is None:
            raise ValidationError(MSG_ANSWER, field=field, value=str(value)[:40])
        raise ValidationError(MSG_ANSWER_FOR, field=field, value=str(value)[:40],
                              substance=_label(ASSIST_SUBSTANCES, substance))
    return value


def _check_substance(substance: str, answers: Mapping[str, Any]) -> tuple[int, list[str]]:
    """Score of one substance's answers so far, and the questions still missing."""
    if substance not in dict(ASSIST_SUBSTANCES):
        raise ValidationError(MSG_UNKNOWN_ITEM, item=str(substance)[:40])
    answers = _form(answers, F_ASSIST)
    for key in answers:
        if key not in ("q2", "q3", "q4", "q5", "q6", "q7"):
            raise ValidationError(MSG_UNKNOWN_ITEM, item=f"{substance} {str(key)[:20]}")
    label = _label(ASSIST_SUBSTANCES, substance)
    if substance == "tobacco" and answers.get("q5") is not None:
        raise ValidationError(MSG_NOT_ASKED, field=ASSIST_QUESTIONS["q5"], substance=label)
    score, missing = 0, []
    q2 = answers.get("q2")
    if q2 is None:
        missing.append("q2")
    else:
        score += FREQUENCY_WEIGHTS["q2"][_pick(q2, FREQUENCY_WEIGHTS["q2"],
                                               ASSIST_QUESTIONS["q2"], substance)]
    for q in ("q3", "q4", "q5"):
        if q == "q5" and substance == "tobacco":
            continue
        value = answers.get(q)
        if q2 == "never":
            if value not in (None, "never"):
                raise ValidationError(MSG_SKIPPED, field=ASSIST_QUESTIONS[q], substance=label)
        elif value is None:
            missing.append(q)
        else:
            score += FREQUENCY_WEIGHTS[q][_pick(value, FREQUENCY_WEIGHTS[q],
                                                ASSIST_QUESTIONS[q], substance)]
    for q in ("q6", "q7"):
        value = answers.get(q)
        if value is None:
            missing.append(q)
        else:
            score += CONCERN_WEIGHTS[_pick(value, CONCERN_WEIGHTS, ASSIST_QUESTIONS[q],
                                           substance)]
    return score, missing


def assist_substance_score(substance: str, answers: Mapping[str, Any]) -> int:
    """The specific substance involvement score (0-39): the weighted sum of Q2-Q7.

    Every question asked for ``substance`` must be answered; see the module docstring.
    """
    score, missing = _check_substance(substance, answers)
    if missing:
        raise ValidationError(T("Errors", "Please fill in {field}."),
                              field=ASSIST_QUESTIONS[missing[0]])
    return score


def assist_risk(substance: str, score: int) -> str:
    """"low", "moderate" or "high": alcohol 0-10 / 11-26 / 27+, others 0-3 / 4-26 / 27+."""
    if isinstance(score, bool) or not isinstance(score, int) or not 0 <= score <= ASSIST_MAX:
        raise ValidationError(MSG_SCORE, value=str(score)[:20])
    low_up_to = 10 if substance == "alcohol" else 3
    if score <= low_up_to:
        return "low"
    return "moderate" if score <= 26 else "high"


def assist_injecting(answer: object) -> str:
    """Q8, reported on its own and never added to a score: one of :data:`YES_NO_WHEN`."""
    return _pick(answer, YES_NO_WHEN, ASSIST_QUESTIONS["q8"])


def evaluate_assist(answers: Mapping[str, Any]) -> Evaluation:
    """Scores of every substance used, the injecting answer, and the headline figures."""
    answers = _form(answers, F_ASSIST)
    for key in answers:
        if key not in ("substances", "q8"):
            raise ValidationError(MSG_UNKNOWN_ITEM, item=str(key)[:40])
    items, missing = [], []
    for substance, given in _form(answers.get("substances"), F_ASSIST).items():
        score, gaps = _check_substance(substance, given)
        missing += [f"{substance} {q}" for q in gaps]
        if not gaps:
            items.append(ItemScore(substance, score, assist_risk(substance, score)))
    if answers.get("q8") is None:
        missing.append("q8")
    else:
        items.append(ItemScore("injecting", None, assist_injecting(answers["q8"])))
    if missing:
        return Evaluation(False, tuple(missing), None, "", tuple(items))
    scored = [i for i in items if i.item != "injecting"]
    if not scored:  # used nothing in their life: nothing to be at risk from
        return Evaluation(True, (), 0, "low", tuple(items))
    worst = max(scored, key=lambda i: (_RISK_RANK[i.level], i.score))
    return Evaluation(True, (), worst.score, worst.level, tuple(items))


def dast10_total(answers: Mapping[str, Any]) -> int:
    """DAST-10 total 0-10: a point per "yes", except item 3, which scores on "no"."""
    evaluation = evaluate_dast10(answers)
    if not evaluation.complete:
        raise ValidationError(T("Errors", "Please fill in {field}."),
                              field=_label(DAST_ITEMS, evaluation.missing[0]))
    assert evaluation.total is not None
    return evaluation.total


def dast10_band(total: int) -> str:
    """none (0), low (1-2), moderate (3-5), substantial (6-8), severe (9-10)."""
    if isinstance(total, bool) or not isinstance(total, int):
        raise ValidationError(MSG_SCORE, value=str(total)[:20])
    for code, _label_text, low, high in DAST_BANDS:
        if low <= total <= high:
            return code
    raise ValidationError(MSG_SCORE, value=str(total))


def evaluate_dast10(answers: Mapping[str, Any]) -> Evaluation:
    """The DAST-10 total and band once all ten items are answered."""
    answers = _form(answers, F_DAST)
    items = dict(DAST_ITEMS)
    for key in answers:
        if key not in items:
            raise ValidationError(MSG_UNKNOWN_ITEM, item=str(key)[:40])
    total, missing = 0, []
    for key, label in DAST_ITEMS:
        value = answers.get(key)
        if value is None:
            missing.append(key)
            continue
        scoring_answer = "no" if key == DAST_REVERSED else "yes"
        total += _pick(value, YES_NO, label) == scoring_answer
    if missing:
        return Evaluation(False, tuple(missing), None, "", ())
    return Evaluation(True, (), total, dast10_band(total), ())


def _rating(value: object, field: str, domain: str, high: int) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= high:
        raise ValidationError(MSG_RATING, field=field, domain=_label(ASI_DOMAINS, domain),
                              high=high)
    return value


def check_asi_grid(grid: Mapping[str, Any]) -> dict[str, dict[str, int | None]]:
    """The summary grid, checked: six domains, interviewer 0-9, client's two ratings 0-4.

    Every domain needs the interviewer's severity; the client's ratings may stay empty
    (``None``) when the client did not give one. Returns the grid in domain order.
    """
    evaluation = evaluate_asi({"grid": grid})
    if not evaluation.complete:
        raise ValidationError(T("Errors", "Please fill in {field}."),
                              field=_label(ASI_DOMAINS, evaluation.missing[0]))
    return {i.item: {"severity": i.score, "trouble": i.client_trouble, "need": i.client_need}
            for i in evaluation.items}


def evaluate_asi(answers: Mapping[str, Any]) -> Evaluation:
    """The grid's rows; ``total`` is the highest interviewer severity once all six are rated.

    Keys other than ``grid`` are the form's other sections and are not checked here.
    """
    grid = _form(_form(answers, F_ASI).get("grid"), F_ASI)
    domains = dict(ASI_DOMAINS)
    for key in grid:
        if key not in domains:
            raise ValidationError(MSG_UNKNOWN_ITEM, item=str(key)[:40])
    items, missing = [], []
    for domain, _label_text in ASI_DOMAINS:
        row = _form(grid.get(domain), F_ASI)
        for key in row:
            if key not in _ASI_RATINGS:
                raise ValidationError(MSG_UNKNOWN_ITEM, item=f"{domain} {str(key)[:20]}")
        values = {key: _rating(row.get(key), field, domain, high)
                  for key, (field, high) in _ASI_RATINGS.items()}
        if values["severity"] is None:
            missing.append(domain)
        else:
            items.append(ItemScore(domain, values["severity"], "", values["trouble"],
                                   values["need"]))
    if missing:
        return Evaluation(False, tuple(missing), None, "", tuple(items))
    return Evaluation(True, (), max(i.score or 0 for i in items), "", tuple(items))


SCORED_KINDS = {"assist": evaluate_assist, "dast10": evaluate_dast10, "asi": evaluate_asi}


def evaluate(kind: str, answers: Mapping[str, Any]) -> Evaluation | None:
    """The evaluation of a scored instrument ("assist", "dast10", "asi") or the checks of a
    physical examination (:mod:`models.care.physical_exam`); None for others."""
    if kind == "physical":
        from models.care.physical_exam import evaluate_physical  # it builds on this module
        return evaluate_physical(answers)
    scorer = SCORED_KINDS.get(kind)
    return scorer(answers) if scorer is not None else None
