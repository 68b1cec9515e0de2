"""Scoring of WHO ASSIST v3.1, DAST-10, the ASI grid and ICD-10 codes (no database).

The expected figures are written out here from DOMAIN.md §5, not read from the module, so
a wrong weight in models/care/scoring.py makes these tests fail.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.care import scoring
from models.care.scoring import (
    assist_injecting,
    assist_risk,
    assist_substance_score,
    check_asi_grid,
    check_icd10,
    dast10_band,
    dast10_total,
    evaluate,
    evaluate_assist,
    evaluate_dast10,
)
from models.core.errors import ValidationError

FREQ = ["never", "once_twice", "monthly", "weekly", "daily"]
WHEN = ["no", "yes_recent", "yes_past"]
#: DOMAIN.md §5, row by row.
Q_WEIGHTS = {
    "q2": [0, 2, 3, 4, 6],
    "q3": [0, 3, 4, 5, 6],
    "q4": [0, 4, 5, 6, 7],
    "q5": [0, 5, 6, 7, 8],
}
CONCERN = {"no": 0, "yes_recent": 6, "yes_past": 3}
SUBSTANCES = ["tobacco", "alcohol", "cannabis", "cocaine", "amphetamines", "inhalants",
              "sedatives", "hallucinogens", "opioids", "other"]


def answers(q2="once_twice", q3="never", q4="never", q5="never", q6="no", q7="no",
            tobacco=False) -> dict:
    out = {"q2": q2, "q3": q3, "q4": q4, "q5": q5, "q6": q6, "q7": q7}
    if tobacco:
        del out["q5"]
    return out


# --- ASSIST: every answer of every question -------------------------------------------------

@pytest.mark.parametrize("index, value", list(enumerate(FREQ)))
def test_q2_weight_of_every_frequency(index, value):
    given_answers = answers(q2=value)
    if value == "never":
        for q in ("q3", "q4", "q5"):
            del given_answers[q]
    assert assist_substance_score("cannabis", given_answers) == Q_WEIGHTS["q2"][index]


@pytest.mark.parametrize("question", ["q3", "q4", "q5"])
@pytest.mark.parametrize("index, value", list(enumerate(FREQ)))
def test_q3_to_q5_weight_of_every_frequency(question, index, value):
    # Q2 "once or twice" scores 2; the question under test adds its own weight.
    score = assist_substance_score("opioids", answers(**{question: value}))
    assert score == 2 + Q_WEIGHTS[question][index]


@pytest.mark.parametrize("question", ["q6", "q7"])
@pytest.mark.parametrize("value, weight", [("no", 0), ("yes_recent", 6), ("yes_past", 3)])
def test_q6_and_q7_weights(question, value, weight):
    assert assist_substance_score("alcohol", answers(**{question: value})) == 2 + weight


@pytest.mark.parametrize("value", WHEN)
def test_q6_and_q7_count_even_when_not_used_in_the_last_3_months(value):
    score = assist_substance_score("cocaine", {"q2": "never", "q6": value, "q7": value})
    assert score == 2 * CONCERN[value]


def test_q2_never_skips_q3_to_q5():
    assert assist_substance_score("cannabis", {"q2": "never", "q6": "no", "q7": "no"}) == 0
    # "never" in a skipped question is the same as leaving it out ...
    assert assist_substance_score("cannabis", {"q2": "never", "q3": "never", "q6": "no",
                                               "q7": "no"}) == 0
    # ... but any other answer there contradicts Q2.
    for q in ("q3", "q4", "q5"):
        with pytest.raises(ValidationError, match="skipped"):
            assist_substance_score("cannabis", {"q2": "never", q: "daily", "q6": "no",
                                                "q7": "no"})


def test_q5_is_not_asked_for_tobacco():
    assert assist_substance_score("tobacco", answers(q2="daily", q3="daily", q4="daily",
                                                     q6="yes_recent", q7="yes_recent",
                                                     tobacco=True)) == 6 + 6 + 7 + 6 + 6
    with pytest.raises(ValidationError, match="not asked"):
        assist_substance_score("tobacco", answers())
    # For every other substance Q5 is needed.
    with pytest.raises(ValidationError, match="fill in"):
        assist_substance_score("alcohol", answers(tobacco=True))


def test_highest_score_is_39():
    top = answers("daily", "daily", "daily", "daily", "yes_recent", "yes_recent")
    assert assist_substance_score("amphetamines", top) == 39 == scoring.ASSIST_MAX


@pytest.mark.parametrize("bad", [
    {"q2": "sometimes"}, {"q3": "yes"}, {"q6": "weekly"}, {"q7": 3},
    {"q4": ""}, {"q5": "DAILY"},
])
def test_an_answer_out_of_range_is_refused(bad):
    with pytest.raises(ValidationError):
        assist_substance_score("sedatives", {**answers(), **bad})


def test_unknown_substance_or_question_is_refused():
    with pytest.raises(ValidationError):
        assist_substance_score("kratom", answers())
    with pytest.raises(ValidationError):
        assist_substance_score("alcohol", {**answers(), "q9": "no"})
    with pytest.raises(ValidationError):
        evaluate_assist({"substances": {}, "q8": "no", "q1": "yes"})


# --- ASSIST risk levels --------------------------------------------------------------------

@pytest.mark.parametrize("score, level", [
    (0, "low"), (10, "low"), (11, "moderate"), (26, "moderate"), (27, "high"), (39, "high")])
def test_alcohol_risk_bands(score, level):
    assert assist_risk("alcohol", score) == level


@pytest.mark.parametrize("substance", [s for s in SUBSTANCES if s != "alcohol"])
@pytest.mark.parametrize("score, level", [
    (0, "low"), (3, "low"), (4, "moderate"), (26, "moderate"), (27, "high"), (39, "high")])
def test_other_substances_risk_bands(substance, score, level):
    assert assist_risk(substance, score) == level


@pytest.mark.parametrize("score", [-1, 40, 3.5, True, "4"])
def test_impossible_score_has_no_risk(score):
    with pytest.raises(ValidationError):
        assist_risk("cannabis", score)


# --- ASSIST as a whole -----------------------------------------------------------------------

def test_q8_injecting_is_reported_on_its_own():
    base = {"substances": {"opioids": answers(q2="weekly")}}
    without = evaluate_assist({**base, "q8": "no"})
    with_injecting = evaluate_assist({**base, "q8": "yes_recent"})
    assert without.total == with_injecting.total == 4
    rows = {i.item: i for i in with_injecting.items}
    assert rows["injecting"].level == "yes_recent" and rows["injecting"].score is None
    assert rows["opioids"].score == 4 and rows["opioids"].level == "moderate"
    for value in WHEN:
        assert assist_injecting(value) == value
    with pytest.raises(ValidationError):
        assist_injecting("sometimes")


def test_headline_is_the_substance_of_greatest_concern():
    result = evaluate_assist({"substances": {
        "alcohol": answers("daily", "daily", "daily", "never", "no", "no"),  # 19 moderate
        "cannabis": answers("weekly", "weekly", "weekly", "weekly", "yes_recent", "yes_recent"),
        "tobacco": answers("once_twice", tobacco=True)}, "q8": "no"})
    assert result.complete
    scores = {i.item: (i.score, i.level) for i in result.items}
    assert scores["alcohol"] == (19, "moderate")
    assert scores["cannabis"] == (4 + 5 + 6 + 7 + 12, "high")
    assert scores["tobacco"] == (2, "low")
    assert (result.total, result.level) == (34, "high")


def test_alcohol_at_eleven_outranks_cannabis_at_three():
    # Same band thresholds would make alcohol 11 "moderate" and cannabis 3 "low".
    result = evaluate_assist({"substances": {
        "alcohol": answers("weekly", "monthly", "never", "never", "yes_past", "no"),  # 4+4+3
        "cannabis": answers("never", q6="yes_past", q7="no") | {"q3": None, "q4": None,
                                                                 "q5": None}},
        "q8": "no"})
    assert result.level == "moderate" and result.total == 11


def test_a_half_filled_assist_reports_what_is_missing():
    result = evaluate_assist({"substances": {"alcohol": {"q2": "weekly", "q3": "never"},
                                             "cannabis": answers()}})
    assert not result.complete and result.total is None
    assert set(result.missing) == {"alcohol q4", "alcohol q5", "alcohol q6", "alcohol q7", "q8"}
    assert [i.item for i in result.items] == ["cannabis"]  # the complete one is scored


def test_no_substance_ever_used_is_low_risk():
    result = evaluate_assist({"substances": {}, "q8": "no"})
    assert (result.complete, result.total, result.level) == (True, 0, "low")


# --- DAST-10 ---------------------------------------------------------------------------------

ALL_CLEAR = {f"q{i}": "no" for i in range(1, 11)} | {"q3": "yes"}


def test_dast_all_clear_scores_zero():
    assert dast10_total(ALL_CLEAR) == 0


@pytest.mark.parametrize("item", range(1, 11))
def test_every_dast_item_scores_one_point_on_its_answer(item):
    key = f"q{item}"
    flipped = ALL_CLEAR | {key: "no" if ALL_CLEAR[key] == "yes" else "yes"}
    assert dast10_total(flipped) == 1
    if item == 3:
        assert flipped[key] == "no"  # item 3 scores on "no"


def test_dast_all_problems_scores_ten():
    worst = {f"q{i}": "yes" for i in range(1, 11)} | {"q3": "no"}
    assert dast10_total(worst) == 10
    assert evaluate_dast10(worst).level == "severe"


@pytest.mark.parametrize("total, band", [
    (0, "none"), (1, "low"), (2, "low"), (3, "moderate"), (5, "moderate"),
    (6, "substantial"), (8, "substantial"), (9, "severe"), (10, "severe")])
def test_dast_bands(total, band):
    assert dast10_band(total) == band


@pytest.mark.parametrize("total", [-1, 11, 2.0, False])
def test_dast_impossible_total(total):
    with pytest.raises(ValidationError):
        dast10_band(total)


@pytest.mark.parametrize("bad", [{"q4": "maybe"}, {"q4": True}, {"q11": "no"}, {"q1": 1}])
def test_dast_answers_out_of_range(bad):
    with pytest.raises(ValidationError):
        dast10_total(ALL_CLEAR | bad)


def test_dast_missing_item():
    partial = dict(ALL_CLEAR)
    del partial["q7"]
    result = evaluate_dast10(partial)
    assert not result.complete and result.missing == ("q7",)
    with pytest.raises(ValidationError, match="item 7"):
        dast10_total(partial)


# --- ASI grid --------------------------------------------------------------------------------

DOMAINS = ["medical", "employment", "drugs", "legal", "family", "psychiatric"]
GRID = {d: {"severity": i, "trouble": i % 5, "need": 4 - i % 5} for i, d in enumerate(DOMAINS)}


def test_asi_grid_accepts_the_full_ranges():
    assert check_asi_grid(GRID)["legal"] == {"severity": 3, "trouble": 3, "need": 1}
    top = {d: {"severity": 9, "trouble": 4, "need": 4} for d in DOMAINS}
    assert evaluate("asi", {"grid": top, "drug_use": {"alcohol": [0, 2]}}).total == 9
    # The client may decline to rate.
    no_client = {d: {"severity": 0} for d in DOMAINS}
    assert check_asi_grid(no_client)["medical"] == {"severity": 0, "trouble": None,
                                                    "need": None}


@pytest.mark.parametrize("domain, rating, value", [
    ("medical", "severity", 10), ("drugs", "severity", -1), ("legal", "trouble", 5),
    ("family", "need", 5), ("psychiatric", "severity", 4.5), ("employment", "need", True),
    ("medical", "severity", "3")])
def test_asi_rating_out_of_range(domain, rating, value):
    grid = {d: dict(r) for d, r in GRID.items()}
    grid[domain][rating] = value
    with pytest.raises(ValidationError):
        check_asi_grid(grid)


def test_asi_grid_needs_six_known_domains():
    with pytest.raises(ValidationError, match="fill in"):
        check_asi_grid({d: r for d, r in GRID.items() if d != "legal"})
    with pytest.raises(ValidationError):
        check_asi_grid(GRID | {"spiritual": {"severity": 1}})
    result = evaluate("asi", {"grid": {"medical": {"severity": 2}}})
    assert not result.complete and "psychiatric" in result.missing


# --- ICD-10 ----------------------------------------------------------------------------------

@pytest.mark.parametrize("group", range(10, 20))
@pytest.mark.parametrize("fourth", range(10))
def test_every_f1x_code_is_valid(group, fourth):
    assert check_icd10(f"F{group}.{fourth}") == f"F{group}.{fourth}"


@pytest.mark.parametrize("raw, clean", [("f15.2", "F15.2"), (" F152 ", "F15.2"),
                                        ("f 10 . 0", "F10.0")])
def test_icd_codes_are_normalised(raw, clean):
    assert check_icd10(raw) == clean


@pytest.mark.parametrize("bad", ["F20.0", "F09.2", "F15", "F15.", "F15.22", "X15.2", "F1.52",
                                 "", None, "F15.A"])
def test_codes_outside_f10_to_f19_are_refused(bad):
    with pytest.raises(ValidationError):
        check_icd10(bad)


def test_diagnosis_labels():
    assert scoring.diagnosis_label("F15.2") == ("Other stimulants, including caffeine",
                                                "Dependence syndrome")


# --- properties --------------------------------------------------------------------------

def reference_score(substance: str, given_answers: dict) -> int:
    """An independent reading of DOMAIN.md §5."""
    total = Q_WEIGHTS["q2"][FREQ.index(given_answers["q2"])]
    if given_answers["q2"] != "never":
        for q in ("q3", "q4") + (() if substance == "tobacco" else ("q5",)):
            total += Q_WEIGHTS[q][FREQ.index(given_answers[q])]
    return total + CONCERN[given_answers["q6"]] + CONCERN[given_answers["q7"]]


@st.composite
def substance_answers(draw):
    substance = draw(st.sampled_from(SUBSTANCES))
    q2 = draw(st.sampled_from(FREQ))
    out = {"q2": q2, "q6": draw(st.sampled_from(WHEN)), "q7": draw(st.sampled_from(WHEN))}
    if q2 != "never":
        for q in ("q3", "q4", "q5"):
            if not (q == "q5" and substance == "tobacco"):
                out[q] = draw(st.sampled_from(FREQ))
    return substance, out


@settings(max_examples=300, deadline=None)
@given(substance_answers())
def test_score_within_range_and_band_consistent(case):
    substance, given_answers = case
    score = assist_substance_score(substance, given_answers)
    assert 0 <= score <= 39
    assert score == reference_score(substance, given_answers)
    level = assist_risk(substance, score)
    low, high = (10, 27) if substance == "alcohol" else (3, 27)
    assert level == ("low" if score <= low else "high" if score >= high else "moderate")


@settings(max_examples=200, deadline=None)
@given(substance_answers(), st.sampled_from(["q3", "q4", "q5", "q6", "q7"]))
def test_a_worse_answer_never_lowers_the_score(case, question):
    substance, given_answers = case
    if question not in given_answers:
        return
    worse = dict(given_answers)
    scale = WHEN if question in ("q6", "q7") else FREQ
    order = ["no", "yes_past", "yes_recent"] if scale is WHEN else FREQ
    current = order.index(worse[question])
    worse[question] = order[min(current + 1, len(order) - 1)]
    assert assist_substance_score(substance, worse) >= assist_substance_score(
        substance, given_answers)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["yes", "no"]), min_size=10, max_size=10))
def test_dast_total_counts_problem_answers(values):
    given_answers = {f"q{i + 1}": value for i, value in enumerate(values)}
    expected = sum((value == "no") if i == 2 else (value == "yes")
                   for i, value in enumerate(values))
    result = evaluate_dast10(given_answers)
    assert result.total == expected
    assert result.level == dast10_band(expected)


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.sampled_from(SUBSTANCES), st.just(None), max_size=10),
       st.data())
def test_assist_headline_is_one_of_the_substance_scores(chosen, data):
    subs = {}
    for substance in chosen:
        q2 = data.draw(st.sampled_from(FREQ))
        entry = {"q2": q2, "q6": data.draw(st.sampled_from(WHEN)),
                 "q7": data.draw(st.sampled_from(WHEN))}
        if q2 != "never":
            entry |= {q: data.draw(st.sampled_from(FREQ)) for q in ("q3", "q4", "q5")
                      if not (q == "q5" and substance == "tobacco")}
        subs[substance] = entry
    result = evaluate_assist({"substances": subs, "q8": "no"})
    rows = [i for i in result.items if i.item != "injecting"]
    rank = {"low": 0, "moderate": 1, "high": 2}
    assert result.complete
    assert result.level == max((i.level for i in rows), key=rank.get, default="low")
    assert all(rank[result.level] >= rank[i.level] for i in rows)
    if rows:
        assert (result.total, result.level) in {(i.score, i.level) for i in rows}
