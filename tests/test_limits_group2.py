"""Limit standards, group 2 of issue 15: figures transcribed from one secondary source (adgo07/ECQuota-Insight, S-1).

Each file is loaded directly (json + ``limits.check``) and every indicator is graded at each of its limits (equal takes
that grade), just past the worst limit (below_limit), for every choice of its ``select`` input, and one day before
the effective date (not_in_force). Each standard with corrections has a case asserting the corrected limits exactly.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from limit_files import load

from desktop_app.calculations.grading import grade
from desktop_app.domain.expressions import evaluate, names_in

FILES = [
    "gb25324_2022.json",
    "gb29140_2024.json",
    "gb29141_2012.json",
    "gb29141_2024.json",
    "gb29436_2023.json",
    "gb29438_2012.json",
    "gb29445_2025.json",
    "gb29447_2026.json",
    "gb29448_2022.json",
    "gb29449_2024.json",
    "gb29995_2024.json",
    "gb30180_2024.json",
    "gb30183_2013.json",
    "gb30184_2013.json",
]
OUTPUT = Decimal(1000)  # the denominator of every "energy / output" case
STEP = Decimal("0.001")  # just past a limit: one thousandth of the indicator's unit


STANDARDS = {name: load(name) for name in FILES}


def _indicator(std: dict[str, Any], indicator_id: str) -> dict[str, Any]:
    return next(i for i in std["indicators"] if i["id"] == indicator_id)


def _cases() -> list[tuple[str, str, str | None]]:
    out: list[tuple[str, str, str | None]] = []
    for name, std in STANDARDS.items():
        for ind in std["indicators"]:
            rows = ind["limits"]["rows"]
            for choice in (rows if "select" in ind["limits"] else [None]):
                out.append((name, ind["id"], choice))
    return out


CASES = _cases()


def _neutral(std: dict[str, Any], ind: dict[str, Any]) -> dict[str, object]:
    """Inputs that keep every conditional correction off (its ``when`` does not hold)."""
    out: dict[str, object] = {}
    for corr in ind.get("corrections", []):
        when = corr.get("when")
        if when is None:
            continue
        v = Decimal(str(when["value"]))
        out[when["input"]] = {">": v, ">=": v - 1, "<": v, "<=": v + 1}[when["op"]]
    return out


def _inputs_for(std: dict[str, Any], ind: dict[str, Any], target: Decimal, choice: str | None) -> dict[str, object]:
    """Inputs whose value expression gives exactly ``target``.

    The first name in the expression is the energy, the name right after the first "/" the output (set to 1000); any
    other name is an input that may be zero (a folding coefficient, a yield correction) and is set to 0. The
    expression is then linear in the energy, so energy = target / value(energy = 1).
    """
    expr = str(ind["value"])
    inputs = _neutral(std, ind)
    if "select" in ind["limits"]:
        inputs[ind["limits"]["select"]] = choice
    order = [t for t in re.findall(r"[A-Za-z_]\w*", expr) if t in std["inputs"]]
    if len(order) == 1:
        inputs[order[0]] = target
        return inputs
    top = order[0]
    bottom = next(t for t in re.findall(r"/\s*([A-Za-z_]\w*)", expr) if t in std["inputs"])
    trial: dict[str, Decimal] = {top: Decimal(1), bottom: OUTPUT}
    for other in set(order) - {top, bottom}:
        assert std["inputs"][other].get("positive") is False, f"{other} would need its own builder"
        trial[other] = Decimal(0)
    inputs.update({k: v for k, v in trial.items() if k != top})
    inputs[top] = target / evaluate(expr, trial)
    return inputs


def _row(ind: dict[str, Any], choice: str | None) -> dict[str, str]:
    rows = ind["limits"]["rows"]
    return dict(rows[choice]) if choice is not None else dict(rows)


def _as_of(std: dict[str, Any]) -> date:
    return date.fromisoformat(std["effective_date"])


@pytest.mark.parametrize("name", FILES)
def test_file_is_a_valid_s1_transcription(name: str) -> None:
    std = STANDARDS[name]
    assert std["format"] == "jnzd-limit-standard" and std["format_version"] == 1 and std["label"] == "S-1"
    assert name == f"{std['id']}_{std['edition']}.json"
    assert std["standard"].replace(" ", "").lower().startswith(std["id"])
    assert re.fullmatch(r"[0-9a-f]{64}", std["source_sha256"])
    assert std["source"].startswith("adgo07/ECQuota-Insight data/definitions/")
    assert re.search(r"@ [0-9a-f]{40}:", std["source"]) and std["source_sha256"] in std["source"]
    assert "原文" in std["note"]
    date.fromisoformat(std["effective_date"])
    ids = [i["id"] for i in std["indicators"]]
    assert len(ids) == len(set(ids)) and all(re.fullmatch(r"[a-z][a-z0-9_]*", i) for i in ids)
    for ind in std["indicators"]:
        assert ind["better"] in ("lower", "higher")
        assert names_in(str(ind["value"])) <= set(std["inputs"])
        rows = ind["limits"]["rows"]
        for row in (rows.values() if "select" in ind["limits"] else [rows]):
            assert row and set(row) <= {"1", "2", "3"}
            for figure in row.values():
                assert isinstance(figure, str) and Decimal(figure).is_finite()
        if "select" in ind["limits"]:
            assert set(rows) == set(std["inputs"][ind["limits"]["select"]]["choices"])


@pytest.mark.parametrize(("name", "indicator_id", "choice"), CASES)
def test_each_limit_takes_its_grade_and_past_the_worst_is_below_limit(name: str, indicator_id: str,
                                                                      choice: str | None) -> None:
    std = STANDARDS[name]
    ind = _indicator(std, indicator_id)
    row = _row(ind, choice)
    as_of = _as_of(std)
    for g, figure in row.items():
        r = grade(std, indicator_id, _inputs_for(std, ind, Decimal(figure), choice), as_of)
        assert r.value == Decimal(figure), r.trace
        assert r.outcome == f"grade_{g}", r.trace
        assert r.limits[g] == Decimal(figure)
    for g in ("1", "2", "3"):
        if g not in row:
            r = grade(std, indicator_id, _inputs_for(std, ind, Decimal(next(iter(row.values()))), choice), as_of)
            assert r.limits[g] is None  # a grade the standard does not set stays missing
    worst = Decimal(row[max(row)])
    past = worst + STEP if ind["better"] == "lower" else worst - STEP
    r = grade(std, indicator_id, _inputs_for(std, ind, past, choice), as_of)
    assert r.outcome == "below_limit", r.trace


@pytest.mark.parametrize(("name", "indicator_id", "choice"), CASES)
def test_not_in_force_the_day_before_the_effective_date(name: str, indicator_id: str, choice: str | None) -> None:
    std = STANDARDS[name]
    ind = _indicator(std, indicator_id)
    row = _row(ind, choice)
    inputs = _inputs_for(std, ind, Decimal(next(iter(row.values()))), choice)
    assert grade(std, indicator_id, inputs, _as_of(std) - timedelta(days=1)).outcome == "not_in_force"
    assert grade(std, indicator_id, inputs, _as_of(std)).outcome != "not_in_force"


def test_two_editions_of_one_family_share_the_id() -> None:
    old, new = STANDARDS["gb29141_2012.json"], STANDARDS["gb29141_2024.json"]
    assert old["id"] == new["id"] == "gb29141"
    assert (old["edition"], new["edition"]) == ("2012", "2024") and old["effective_date"] < new["effective_date"]


# --- corrections: the corrected limits, exactly --------------------------------------------------------------------

def _grade_at(name: str, indicator_id: str, inputs: dict[str, object]) -> Any:
    std = STANDARDS[name]
    return grade(std, indicator_id, inputs, _as_of(std))


def test_gb29140_sun_dried_salt_multiplies_the_dual_process_limits_by_1_18() -> None:
    base = {"dual_process_light_energy_kgce": Decimal("171100"), "dual_process_light_output_t": 1000}
    r = _grade_at("gb29140_2024.json", "dual_process_light", {**base, "sun_dried_salt": 1})
    assert r.limits == {"1": Decimal("171.10"), "2": Decimal("188.80"), "3": Decimal("236.00")}
    assert r.value == Decimal("171.1") and r.outcome == "grade_1"
    assert any("日晒工业盐修正" in line for line in r.trace)
    r = _grade_at("gb29140_2024.json", "dual_process_light", {**base, "sun_dried_salt": 0})
    assert r.limits == {"1": Decimal(145), "2": Decimal(160), "3": Decimal(200)} and r.outcome == "grade_3"
    r = _grade_at("gb29140_2024.json", "dual_process_dense", {"dual_process_dense_energy_kgce": 250_000,
                                                             "dual_process_dense_output_t": 1000})
    assert r.outcome == "cannot_judge" and any("日晒工业盐" in m for m in r.missing)  # the salt must be stated


def test_gb29141_2024_oleum_adds_35_to_every_grade() -> None:
    inputs = {"sulfur_acid_energy_kgce": -85_000, "sulfur_acid_acid_t": 1000, "oleum_20pct": 1,
              "sulfur_heat_recovery": "有低温热回收"}
    r = _grade_at("gb29141_2024.json", "sulfur_acid", inputs)
    assert r.limits == {"1": Decimal(-125), "2": Decimal(-115), "3": Decimal(-85)}
    assert r.value == Decimal(-85) and r.outcome == "grade_3"
    r = _grade_at("gb29141_2024.json", "sulfur_acid", {**inputs, "sulfur_heat_recovery": "无低温热回收"})
    assert r.limits["3"] == Decimal(-75) and r.outcome == "grade_3"
    r = _grade_at("gb29141_2024.json", "copper_gas_acid", {"copper_gas_acid_energy_kgce": 47_000,
                                                          "copper_gas_acid_acid_t": 1000, "oleum_20pct": 1,
                                                          "copper_gas_so2": "SO₂浓度≤13%"})
    assert r.limits == {"1": Decimal(37), "2": Decimal(41), "3": Decimal(47)} and r.outcome == "grade_3"
    r = _grade_at("gb29141_2024.json", "copper_gas_acid", {"copper_gas_acid_energy_kgce": 1,
                                                          "copper_gas_acid_acid_t": 1, "oleum_20pct": 0,
                                                          "copper_gas_so2": "13%"})
    assert r.outcome == "out_of_scope"  # a concentration class the standard does not name


def test_gb29445_folding_coefficients_scale_the_energy() -> None:
    inputs: dict[str, object] = {"underground_energy_kgce": 6000, "underground_output_t": 1000,
                                 **{f"underground_k{i}": 0 for i in range(1, 6)}}
    r = _grade_at("gb29445_2025.json", "underground", {**inputs, "underground_k1": "0.05", "underground_k3": "-0.02"})
    assert r.value == Decimal("6.18") and r.outcome == "grade_2"  # 6000 × (1 + 0.05 − 0.02) / 1000
    r = _grade_at("gb29445_2025.json", "underground", {**inputs, "underground_k1": None})
    assert r.outcome == "cannot_judge"  # every coefficient must be stated, 0 when there is none


def test_gb29995_semi_coke_yield_correction_is_subtracted_from_the_value() -> None:
    base = {"semi_coke_energy_kgce": 215_000, "semi_coke_output_t": 1000}
    r = _grade_at("gb29995_2024.json", "semi_coke", {**base, "semi_coke_yield_correction_kgce_per_t": "12.5"})
    assert r.value == Decimal("202.5") and r.outcome == "grade_3"  # 215 − 12.5
    assert r.limits == {"1": Decimal(160), "2": Decimal(180), "3": Decimal(210)}
    r = _grade_at("gb29995_2024.json", "semi_coke", {**base, "semi_coke_yield_correction_kgce_per_t": 0})
    assert r.outcome == "below_limit"
