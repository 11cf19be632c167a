"""Limit standards transcribed from one secondary source (issue 15, item 1, group 1): every file, every indicator.

Each file is loaded directly (json + ``limits.check``), not through ``limits.standards()``. For every indicator and
every choice of its ``select`` input: a value equal to each grade's limit gets that grade (equal takes the better
grade), a value just past the worst limit is below the limit, and one day before the effective date the standard
is not in force. Corrections are checked one case per standard, with the corrected limits asserted exactly.
"""

from __future__ import annotations

import ast
import re
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from limit_files import load

from desktop_app.calculations.grading import GRADES, grade

# Inputs that make every correction of a file neutral (zero shares, factor 1, conditions not met).
NEUTRAL: dict[str, dict[str, object]] = {
    "gb21252_2023.json": {"thickness_factor": 1},
    "gb21257_2024.json": {},
    "gb21343_2023.json": {},
    "gb21344_2023.json": {},
    "gb21340_2019.json": {"flat_a": 1, "flat_b": 1, "flat_c": 1, "flat_d": 1},
    "gb21341_2022.json": {  # ore grades at the standard's base, so the grade corrections are zero
        "fesi_ore_grade_pct": 98, "hcfemn_ore_grade_pct": 39, "simn_ore_grade_pct": 36, "lcsimn_ore_grade_pct": 38,
        "mcfemn_ore_grade_pct": 44, "hcfecr_ore_grade_pct": 40, "chfecr_ore_grade_pct": 40,
        "mlcfecr_ore_grade_pct": 48, "bffemn_ore_grade_pct": 37, "hcfecr_cr_fe_ratio": 3, "chfecr_cr_fe_ratio": 3,
    },
    "gb21258_2024.json": {"influence_factor": 1, "supply_coal_addition": 0},
    "gb21256_2025.json": {
        "sinter_rare_earth_pct": 0, "sinter_vti_pct": 0, "sinter_laterite_pct": 0,
        "pellet_rare_earth_pct": 0, "pellet_vti_pct": 0, "pellet_laterite_pct": 0,
        "bf_rare_earth_pct": 0, "bf_vti_pct": 0, "bf_laterite_pct": 0, "bf_feed_grade_pct": 62,
        "bof_scrap_ratio_pct": 0, "eaf_hot_metal_ratio_pct": 0,
    },
}
FILES = sorted(NEUTRAL)

# Rows where a better grade's limit is looser than a worse one's, kept as transcribed (reported as suspicious).
NON_MONOTONE = {
    ("gb21258_2024.json", "supply_coal_rate", c)
    for c in ("超临界 600 MW", "超临界 300 MW", "亚临界 600 MW", "亚临界 300 MW")  # grade 2 = 285 < grade 1
}


STANDARDS = {name: load(name) for name in FILES}


def _in_force(std: dict[str, Any]) -> date:
    return date.fromisoformat(std["effective_date"])


def _value_inputs(std: dict[str, Any], ind: dict[str, Any], value: Decimal) -> dict[str, object]:
    """Inputs whose value expression gives exactly ``value``: ``a / b`` → a = value × 1000, b = 1000; ``a`` → a."""
    node = ast.parse(ind["value"], mode="eval").body
    if isinstance(node, ast.Name):
        return {node.id: value}
    assert isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div), ind["value"]
    assert isinstance(node.left, ast.Name) and isinstance(node.right, ast.Name), ind["value"]
    return {node.left.id: value * 1000, node.right.id: 1000}


def _variants(std: dict[str, Any], ind: dict[str, Any]) -> list[tuple[str | None, dict[str, str]]]:
    """(choice, limits row) for each choice of the select input, or (None, rows) without select."""
    spec = ind["limits"]
    if "select" not in spec:
        return [(None, spec["rows"])]
    choices = std["inputs"][spec["select"]]["choices"]
    assert set(spec["rows"]) <= set(choices), ind["id"]  # no row is unreachable
    return [(c, spec["rows"][c]) for c in choices if c in spec["rows"]]


def _base(name: str, ind: dict[str, Any], choice: str | None) -> dict[str, object]:
    inputs = dict(NEUTRAL[name])
    if choice is not None:
        inputs[ind["limits"]["select"]] = choice
    return inputs


CASES = [(name, ind["id"], choice, g, row[g])
         for name in FILES for ind in STANDARDS[name]["indicators"]
         for choice, row in _variants(STANDARDS[name], ind) for g in GRADES if row.get(g) not in (None, "")]
VARIANTS = [(name, ind["id"], choice)
            for name in FILES for ind in STANDARDS[name]["indicators"]
            for choice, _ in _variants(STANDARDS[name], ind)]
INDICATORS = [(name, ind["id"]) for name in FILES for ind in STANDARDS[name]["indicators"]]
UNLISTED = [(name, ind["id"], choice)  # a choice the standard lists no limits for under this indicator
            for name in FILES for ind in STANDARDS[name]["indicators"] if "select" in ind["limits"]
            for choice in STANDARDS[name]["inputs"][ind["limits"]["select"]]["choices"]
            if choice not in ind["limits"]["rows"]]


def _indicator(name: str, indicator_id: str) -> dict[str, Any]:
    return next(i for i in STANDARDS[name]["indicators"] if i["id"] == indicator_id)


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
        assert re.fullmatch(r"[a-z0-9_]+", ind["id"]) and ind["better"] in ("lower", "higher")
        assert re.search(r"第 \d+ 页", ind["limits"]["table"]), ind["id"]
        for row in (ind["limits"]["rows"].values() if "select" in ind["limits"] else [ind["limits"]["rows"]]):
            assert set(row) <= set(GRADES) and all(isinstance(v, str) and Decimal(v).is_finite()
                                                   for v in row.values()), ind["id"]


@pytest.mark.parametrize(("name", "indicator_id", "choice", "g", "limit"), CASES)
def test_value_equal_to_a_limit_gets_that_grade(name: str, indicator_id: str, choice: str | None, g: str,
                                               limit: str) -> None:
    std, ind = STANDARDS[name], _indicator(name, indicator_id)
    inputs = {**_base(name, ind, choice), **_value_inputs(std, ind, Decimal(limit))}
    r = grade(std, indicator_id, inputs, as_of=_in_force(std))
    assert r.value == Decimal(limit) and r.limits[g] == Decimal(limit)
    # the best grade whose limit the value meets: g itself, unless a better grade's limit is looser (non-monotone)
    row = dict(_variants(std, ind))[choice]
    sign = 1 if ind["better"] == "lower" else -1
    best = next(b for b in GRADES if row.get(b) not in (None, "") and sign * Decimal(limit) <= sign * Decimal(row[b]))
    assert best == g or Decimal(row[best]) == Decimal(limit) or (name, indicator_id, choice) in NON_MONOTONE
    assert r.outcome == f"grade_{best}", r.trace


def _monotone(row: dict[str, str], better: str) -> bool:
    values = [Decimal(row[g]) for g in GRADES if row.get(g) not in (None, "")]
    return values == (sorted(values) if better == "lower" else sorted(values, reverse=True))


def test_non_monotone_rows_are_exactly_the_known_ones() -> None:
    found = {(name, ind["id"], choice) for name in FILES for ind in STANDARDS[name]["indicators"]
             for choice, row in _variants(STANDARDS[name], ind) if not _monotone(row, ind["better"])}
    assert found == NON_MONOTONE


@pytest.mark.parametrize(("name", "indicator_id", "choice"), VARIANTS)
def test_just_past_the_worst_limit_is_below_limit(name: str, indicator_id: str, choice: str | None) -> None:
    std, ind = STANDARDS[name], _indicator(name, indicator_id)
    row = dict(_variants(std, ind))[choice]
    worst = Decimal(next(row[g] for g in reversed(GRADES) if row.get(g) not in (None, "")))
    step = Decimal("0.001") if ind["better"] == "lower" else Decimal("-0.001")
    r = grade(std, indicator_id, {**_base(name, ind, choice), **_value_inputs(std, ind, worst + step)},
              as_of=_in_force(std))
    assert r.outcome == "below_limit", r.trace


@pytest.mark.parametrize(("name", "indicator_id"), INDICATORS)
def test_not_in_force_the_day_before(name: str, indicator_id: str) -> None:
    std, ind = STANDARDS[name], _indicator(name, indicator_id)
    choice = _variants(std, ind)[0][0]
    r = grade(std, indicator_id, {**_base(name, ind, choice), **_value_inputs(std, ind, Decimal(1))},
              as_of=_in_force(std) - timedelta(days=1))
    assert r.outcome == "not_in_force"


@pytest.mark.parametrize(("name", "indicator_id", "choice"), UNLISTED)
def test_a_choice_without_limits_is_out_of_scope(name: str, indicator_id: str, choice: str) -> None:
    std, ind = STANDARDS[name], _indicator(name, indicator_id)
    r = grade(std, indicator_id, {**_base(name, ind, choice), **_value_inputs(std, ind, Decimal(1))},
              as_of=_in_force(std))
    assert r.outcome == "out_of_scope"


# One correction case per standard with corrections: (file, indicator, choice, inputs, corrected limits).
CORRECTIONS: list[tuple[str, str, str | None, dict[str, object], dict[str, str | None]]] = [
    # GB 21252: thickness factor 1.05 multiplies every grade
    ("gb21252_2023.json", "ceramic_tile", "0.5%＜吸水率≤10%", {"thickness_factor": "1.05"},
     {"1": "3.570", "2": "3.885", "3": "4.830"}),
    ("gb21252_2023.json", "ceramic_board", None, {"thickness_factor": "1.2"},
     {"1": "7.20", "2": "10.44", "3": "15.84"}),
    # GB 21258: factor 1.02 on every grade; the Table 2 addition (3) only on grades 1 and 3, as transcribed
    ("gb21258_2024.json", "supply_coal_rate", "超超临界 600 MW",
     {"influence_factor": "1.02", "supply_coal_addition": 3}, {"1": "283.50", "2": "287.64", "3": "299.82"}),
    ("gb21258_2024.json", "heat_coal_rate", "亚临界 300 MW", {"influence_factor": "1.02"},
     {"1": "40.80", "2": "41.310", "3": "43.350"}),
    # GB 21340: flat glass 500–800 t/d, a = 1.1 and b = 1.02 → × 1.122; ≤ 500 t/d has grade 3 only
    ("gb21340_2019.json", "flat_glass", "500 t/d＜生产能力≤800 t/d",
     {"flat_a": "1.1", "flat_b": "1.02", "flat_c": 1, "flat_d": 1}, {"1": "10.659", "2": "12.903", "3": "15.147"}),
    ("gb21340_2019.json", "flat_glass", "≤500 t/d", {"flat_d": "1.1"}, {"1": None, "2": None, "3": "15.4"}),
    # GB 21341: 硅铁 ore 1 point above 98 % → −40; 高碳铬铁 2 points below 40 % → +160 only if Cr/Fe ≥ 2.2
    ("gb21341_2022.json", "fesi_smelting_electricity", None, {"fesi_ore_grade_pct": 99},
     {"1": "8010", "2": "8260", "3": "8360"}),
    ("gb21341_2022.json", "hcfecr_smelting_electricity", None,
     {"hcfecr_ore_grade_pct": 38, "hcfecr_cr_fe_ratio": "2.5"},
     {"1": "3260", "2": "3460", "3": "3660"}),
    ("gb21341_2022.json", "hcfecr_smelting_electricity", None,
     {"hcfecr_ore_grade_pct": 38, "hcfecr_cr_fe_ratio": "2.0"},
     {"1": "3100", "2": "3300", "3": "3500"}),
    ("gb21341_2022.json", "bffemn_coke", None, {"bffemn_ore_grade_pct": "35.5"},
     {"1": "1325", "2": "1365", "3": "1395"}),
    # GB 21256: sintering 2 % rare earth + 3 % V-Ti + 1 % laterite → +0.3 +0.6 +1.2 = +2.1
    ("gb21256_2025.json", "sintering", None,
     {"sinter_rare_earth_pct": 2, "sinter_vti_pct": 3, "sinter_laterite_pct": 1},
     {"1": "45.1", "2": "48.1", "3": "54.1"}),
    # blast furnace: grade 60 % → 2 points × 3.61 = +7.22; grade 55 % → capped at 5 points = +18.05
    ("gb21256_2025.json", "blast_furnace", None, {"bf_feed_grade_pct": 60},
     {"1": "368.22", "2": "377.22", "3": "422.22"}),
    ("gb21256_2025.json", "blast_furnace", None, {"bf_feed_grade_pct": 55, "bf_vti_pct": 10},
     {"1": "383.55", "2": "392.55", "3": "437.55"}),
    # converter, 优质碳素结构钢 row, scrap ratio 10 % → +2.3
    ("gb21256_2025.json", "converter", "优质碳素结构钢", {"bof_scrap_ratio_pct": 10},
     {"1": "-26.9", "2": "-24.9", "3": "-8.9"}),
    # EAF ≥ 70 t, 全不锈钢 row, hot metal 30 % → −24; < 50 t keeps grade 2 missing
    ("gb21256_2025.json", "eaf_ge70", "全不锈钢", {"eaf_hot_metal_ratio_pct": 30},
     {"1": "43.1", "2": "46.4", "3": "55.2"}),
    ("gb21256_2025.json", "eaf_lt50", "普碳钢", {"eaf_hot_metal_ratio_pct": 30},
     {"1": "37", "2": None, "3": "62"}),
]


def test_every_standard_with_corrections_has_a_correction_case() -> None:
    with_corrections = {name for name in FILES if any(i.get("corrections") for i in STANDARDS[name]["indicators"])}
    assert with_corrections <= {case[0] for case in CORRECTIONS}


@pytest.mark.parametrize(("name", "indicator_id", "choice", "extra", "expected"), CORRECTIONS)
def test_corrected_limits(name: str, indicator_id: str, choice: str | None, extra: dict[str, object],
                          expected: dict[str, str | None]) -> None:
    std, ind = STANDARDS[name], _indicator(name, indicator_id)
    worst = next(Decimal(v) for v in reversed(list(expected.values())) if v is not None)
    inputs = {**_base(name, ind, choice), **extra, **_value_inputs(std, ind, worst)}
    r = grade(std, indicator_id, inputs, as_of=_in_force(std))
    assert r.limits == {g: (Decimal(v) if v is not None else None) for g, v in expected.items()}
    assert r.outcome == "grade_3", r.trace  # the corrected worst limit, exactly, is still within it
