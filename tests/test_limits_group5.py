"""Limit standards transcribed from one secondary source (issue 15, item 1, group 5): every file, every indicator.

Each file is loaded directly (json + ``limits.check``), not through ``limits.standards()``. For every indicator and
every choice of its ``select`` input: a value equal to each grade's limit gets that grade (equal takes the better
grade), a value just past the worst limit is below the limit, and one day before the effective date the standard
is not in force. Corrections are checked one case per standard, with the corrected limits asserted exactly.
"""

from __future__ import annotations

import itertools
import re
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from limit_files import choice_rows, load, value_inputs

from desktop_app.calculations.grading import GRADES, grade

# Inputs that make every correction of a file neutral (one forging heat: no increment).
NEUTRAL: dict[str, dict[str, object]] = {
    "gb21351_2023.json": {"open_die_forging_heats": 1, "die_forging_heats": 1},
}
FILES = sorted(NEUTRAL)


STANDARDS = {name: load(name) for name in FILES}


def _in_force(std: dict[str, Any]) -> date:
    return date.fromisoformat(std["effective_date"])


def _indicator(name: str, indicator_id: str) -> dict[str, Any]:
    return next(i for i in STANDARDS[name]["indicators"] if i["id"] == indicator_id)


def _base(name: str, ind: dict[str, Any], choice: str | None) -> dict[str, object]:
    inputs = dict(NEUTRAL[name])
    if choice is not None:
        inputs[ind["limits"]["select"]] = choice
    return inputs


CASES = [(name, ind["id"], choice, g, row[g])
         for name in FILES for ind in STANDARDS[name]["indicators"]
         for choice, row in choice_rows(STANDARDS[name], ind) for g in GRADES if row.get(g) not in (None, "")]
VARIANTS = [(name, ind["id"], choice)
            for name in FILES for ind in STANDARDS[name]["indicators"]
            for choice, _ in choice_rows(STANDARDS[name], ind)]
INDICATORS = [(name, ind["id"]) for name in FILES for ind in STANDARDS[name]["indicators"]]


@pytest.mark.parametrize("name", FILES)
def test_file_header(name: str) -> None:
    std = STANDARDS[name]
    family, edition = name.removesuffix(".json").split("_")
    assert std["format"] == "jnzd-limit-standard" and std["format_version"] == 1
    assert std["id"] == family and std["edition"] == edition
    assert std["standard"].replace(" ", "").lower() == f"{family}-{edition}"
    assert std["label"] == "S-1" and std["note"]
    assert re.fullmatch(r"[0-9a-f]{64}", std["source_sha256"])
    assert std["source_sha256"] in std["source"] and re.search(r"@ [0-9a-f]{40}:", std["source"])
    assert std["source"].startswith(f"adgo07/ECQuota-Insight data/definitions/gb-{family[2:]}-{edition}.json")
    for ind in std["indicators"]:
        assert re.fullmatch(r"[a-z0-9_]+", ind["id"]) and ind["better"] == "lower"
        assert re.search(r"第 \d+ 页", ind["limits"]["table"]), ind["id"]
        for _, row in choice_rows(std, ind):
            assert set(row) <= set(GRADES) and all(Decimal(v).is_finite() for v in row.values()), ind["id"]


def test_gb21351_covers_every_transcribed_row() -> None:
    std = STANDARDS["gb21351_2023.json"]
    assert len(std["indicators"]) == 18 and len(VARIANTS) == 108


@pytest.mark.parametrize(("name", "indicator_id", "choice", "g", "limit"), CASES)
def test_value_equal_to_a_limit_gets_that_grade(name: str, indicator_id: str, choice: str | None, g: str,
                                               limit: str) -> None:
    std, ind = STANDARDS[name], _indicator(name, indicator_id)
    r = grade(std, indicator_id, {**_base(name, ind, choice), **value_inputs(ind, Decimal(limit))},
              as_of=_in_force(std))
    assert r.value == Decimal(limit) and r.limits[g] == Decimal(limit)
    assert r.outcome == f"grade_{g}", r.trace  # every row is strictly monotone, so g is the best grade it meets


@pytest.mark.parametrize(("name", "indicator_id", "choice"), VARIANTS)
def test_rows_are_strictly_monotone(name: str, indicator_id: str, choice: str | None) -> None:
    row = dict(choice_rows(STANDARDS[name], _indicator(name, indicator_id)))[choice]
    values = [Decimal(row[g]) for g in GRADES if row.get(g) not in (None, "")]
    assert all(a < b for a, b in itertools.pairwise(values)), (indicator_id, choice, values)


@pytest.mark.parametrize(("name", "indicator_id", "choice"), VARIANTS)
def test_just_past_the_worst_limit_is_below_limit(name: str, indicator_id: str, choice: str | None) -> None:
    std, ind = STANDARDS[name], _indicator(name, indicator_id)
    row = dict(choice_rows(std, ind))[choice]
    worst = Decimal(next(row[g] for g in reversed(GRADES) if row.get(g) not in (None, "")))
    r = grade(std, indicator_id, {**_base(name, ind, choice), **value_inputs(ind, worst + Decimal("0.001"))},
              as_of=_in_force(std))
    assert r.outcome == "below_limit", r.trace


@pytest.mark.parametrize(("name", "indicator_id"), INDICATORS)
def test_not_in_force_the_day_before(name: str, indicator_id: str) -> None:
    std, ind = STANDARDS[name], _indicator(name, indicator_id)
    choice = choice_rows(std, ind)[0][0]
    r = grade(std, indicator_id, {**_base(name, ind, choice), **value_inputs(ind, Decimal(1))},
              as_of=_in_force(std) - timedelta(days=1))
    assert r.outcome == "not_in_force"


@pytest.mark.parametrize(("name", "indicator_id"),
                         [(n, i) for n, i in INDICATORS if "select" in _indicator(n, i)["limits"]])
def test_unknown_choice_is_out_of_scope(name: str, indicator_id: str) -> None:
    std, ind = STANDARDS[name], _indicator(name, indicator_id)
    inputs = {**_base(name, ind, None), ind["limits"]["select"]: "不在表中的品种",
              **value_inputs(ind, Decimal(1))}
    assert grade(std, indicator_id, inputs, as_of=_in_force(std)).outcome == "out_of_scope"


# One correction case per standard with corrections: (file, indicator, choice, inputs, corrected limits).
CORRECTIONS: list[tuple[str, str, str | None, dict[str, object], dict[str, str]]] = [
    # GB 21351 表18: free forging, forging + annealing, 3 heats → +2 × 260/290/320
    ("gb21351_2023.json", "open_die_forging", "锻造+退火", {"open_die_forging_heats": 3},
     {"1": "1060", "2": "1180", "3": "1300"}),
    # GB 21351 表19: die forging, forging + solution + ageing, 2.5 heats (a mean) → +1.5 × 300/330/370
    ("gb21351_2023.json", "die_forging", "锻造+固溶热处理+时效", {"die_forging_heats": "2.5"},
     {"1": "1120", "2": "1235", "3": "1380"}),
    # one heat: no increment
    ("gb21351_2023.json", "die_forging", "锻造", {"die_forging_heats": 1}, {"1": "480", "2": "530", "3": "590"}),
]


@pytest.mark.parametrize(("name", "indicator_id", "choice", "extra", "expected"), CORRECTIONS)
def test_corrections(name: str, indicator_id: str, choice: str | None, extra: dict[str, object],
                     expected: dict[str, str]) -> None:
    std, ind = STANDARDS[name], _indicator(name, indicator_id)
    limit3 = Decimal(expected["3"])
    r = grade(std, indicator_id, {**_base(name, ind, choice), **extra, **value_inputs(ind, limit3)},
              as_of=_in_force(std))
    assert r.limits == {g: Decimal(v) for g, v in expected.items()}
    assert r.outcome == "grade_3", r.trace


def test_forging_heats_are_required() -> None:
    std = STANDARDS["gb21351_2023.json"]
    r = grade(std, "open_die_forging", {"open_die_forging_row": "锻造", **value_inputs(
        _indicator("gb21351_2023.json", "open_die_forging"), Decimal(400))}, as_of=_in_force(std))
    assert r.outcome == "cannot_judge" and any("锻造火次" in m for m in r.missing)
