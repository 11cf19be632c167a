"""Limit standards transcribed from one secondary source (issue 15, group 4): each file passes ``check``, and every
indicator grades its own limits right — a value equal to a grade's limit takes that grade, just past the worst
limit is below the limit, every select choice is graded, and the day before the effective date the standard is
not yet in force.

The files are read directly (json + ``limits.check``), not through ``limits.standards()``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from limit_files import OUTPUT, load, ratio, rows_of

from desktop_app.calculations.grading import GRADES, grade

FILES = ["gb21346_2022.json", "gb21347_2023.json", "gb46029_2025.json"]
STEP = Decimal("0.01")  # "just past" the worst limit; no limit here has more than 2 decimals


STANDARDS = {name: load(name) for name in FILES}


def inputs_for(ind: dict[str, Any], value: Decimal, choice: str | None) -> dict[str, object]:
    energy, output = ratio(ind)
    inputs: dict[str, object] = {energy: value * OUTPUT, output: OUTPUT}
    if choice is not None:
        inputs[str(ind["limits"]["select"])] = choice
    return inputs


VARIANTS = [(name, ind["id"], choice, row)
            for name, std in STANDARDS.items() for ind in std["indicators"]
            for choice, row in rows_of(ind)]
CASES = [(name, ind, choice, g, row[g]) for name, ind, choice, row in VARIANTS for g in GRADES if row.get(g)]
VARIANT_IDS = [f"{n}:{i}:{c or '-'}" for n, i, c, _ in VARIANTS]


def indicator(name: str, ind_id: str) -> dict[str, Any]:
    return next(i for i in STANDARDS[name]["indicators"] if i["id"] == ind_id)


def in_force(name: str) -> date:
    return date.fromisoformat(STANDARDS[name]["effective_date"])


@pytest.mark.parametrize("name", FILES)
def test_file_format_and_provenance(name: str) -> None:
    std = STANDARDS[name]
    assert std["format"] == "jnzd-limit-standard" and std["format_version"] == 1
    family, edition = name.removesuffix(".json").split("_")
    assert std["id"] == family and std["edition"] == edition
    assert std["standard"] == f"GB {family.removeprefix('gb')}-{edition}"
    assert std["label"] == "S-1" and std["note"]
    assert re.fullmatch(r"adgo07/ECQuota-Insight data/definitions/gb-\d+-\d{4}\.json @ [0-9a-f]{40}: "
                        r"transcription of .+\.pdf \(PDF SHA-256 [0-9a-f]{64}\)", std["source"])
    assert std["source"].endswith(f"(PDF SHA-256 {std['source_sha256']})")
    ids = [i["id"] for i in std["indicators"]]
    assert len(ids) == len(set(ids))
    for ind in std["indicators"]:
        assert ind["better"] == "lower" and re.search(r"第 \d+ 页", ind["limits"]["table"])
        if "select" in ind["limits"]:
            assert list(ind["limits"]["rows"]) == std["inputs"][ind["limits"]["select"]]["choices"]


@pytest.mark.parametrize(("name", "ind_id", "choice", "g", "limit"), CASES,
                         ids=[f"{n}:{i}:{c or '-'}:{g}" for n, i, c, g, _ in CASES])
def test_value_equal_to_a_limit_takes_that_grade(name: str, ind_id: str, choice: str | None, g: str,
                                                 limit: str) -> None:
    r = grade(STANDARDS[name], ind_id, inputs_for(indicator(name, ind_id), Decimal(limit), choice),
              as_of=in_force(name))
    assert r.value == Decimal(limit) and r.limits[g] == Decimal(limit)
    assert r.outcome == f"grade_{g}", r.trace


@pytest.mark.parametrize(("name", "ind_id", "choice", "row"), VARIANTS, ids=VARIANT_IDS)
def test_just_past_the_worst_limit_is_below_limit(name: str, ind_id: str, choice: str | None,
                                                  row: dict[str, str]) -> None:
    worst = Decimal(next(row[g] for g in reversed(GRADES) if row.get(g)))
    r = grade(STANDARDS[name], ind_id, inputs_for(indicator(name, ind_id), worst + STEP, choice),
              as_of=in_force(name))
    assert r.outcome == "below_limit", r.trace
    assert r.limits == {g: (Decimal(row[g]) if row.get(g) else None) for g in GRADES}


@pytest.mark.parametrize(("name", "ind_id", "choice", "row"), VARIANTS, ids=VARIANT_IDS)
def test_not_in_force_the_day_before(name: str, ind_id: str, choice: str | None, row: dict[str, str]) -> None:
    inputs = inputs_for(indicator(name, ind_id), Decimal(row["1"]), choice)
    assert grade(STANDARDS[name], ind_id, inputs, as_of=in_force(name) - timedelta(days=1)).outcome == "not_in_force"
    assert grade(STANDARDS[name], ind_id, inputs, as_of=in_force(name)).outcome == "grade_1"


def test_none_of_these_standards_has_corrections() -> None:
    # the transcriptions of GB 21346-2022, GB 21347-2023 and GB 46029-2025 carry no corrections
    assert not any(ind.get("corrections") for std in STANDARDS.values() for ind in std["indicators"])


@pytest.mark.parametrize(("name", "ind_id", "choice", "value", "outcome"), [
    ("gb21346_2022.json", "liquid_ac", None, "13001", "grade_3"),  # 13000 < 13001 ≤ 13350
    ("gb21346_2022.json", "alumina_comprehensive", "拜耳法", "460.01", "below_limit"),
    ("gb21346_2022.json", "alumina_comprehensive", "其他工艺", "460.01", "grade_1"),  # same figure, other row
    ("gb21347_2023.json", "industrial_silicon", "石油焦和煤混合", "2999.99", "grade_2"),
    ("gb46029_2025.json", "formaldehyde", "铁钼法", "680", "below_limit"),  # the 银法 grade 1 limit
])
def test_the_select_choice_picks_its_own_row(name: str, ind_id: str, choice: str | None, value: str,
                                             outcome: str) -> None:
    r = grade(STANDARDS[name], ind_id, inputs_for(indicator(name, ind_id), Decimal(value), choice),
              as_of=in_force(name))
    assert r.outcome == outcome, r.trace


def test_an_unknown_choice_is_out_of_scope() -> None:
    ind = indicator("gb46029_2025.json", "formaldehyde")
    r = grade(STANDARDS["gb46029_2025.json"], "formaldehyde", inputs_for(ind, Decimal(600), "电解法"),
              as_of=date(2026, 8, 1))
    assert r.outcome == "out_of_scope"
