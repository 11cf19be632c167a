"""Limit standards transcribed from one secondary source (issue 15, group 3): every file checks, and every
indicator grades its own limits right — equal to a grade's limit takes that grade, just past the worst limit is
below the limit, each select choice is graded, corrections give the exact corrected limit, and the day before the
effective date the standard is not yet in force.

Each file is read directly (json + ``limits.check``), not through ``limits.standards()``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from limit_files import load, rows_of

from desktop_app.calculations.grading import GRADES, grade
from desktop_app.domain.expressions import evaluate, names_in
from desktop_app.reference.limits import limits_dir

FILES = [
    "gb30251_2024.json",
    "gb30526_2019.json",
    "gb31335_2024.json",
    "gb31825_2024.json",
    "gb32047_2025.json",
    "gb33654_2017.json",
    "gb36888_2018.json",
    "gb36891_2018.json",
    "gb36892_2018.json",
    "gb38263_2019.json",
    "gb45549_2025.json",
]
SOURCE_REPO = "adgo07/ECQuota-Insight data/definitions/"
STEP = Decimal("0.01")  # "just past" the worst limit; every limit here has at most 2 decimals


STANDARDS = {name: load(name) for name in FILES}


def numerator(expr: str) -> str:
    """The first name in a value expression; every value here is proportional to it (energy / output ...)."""
    match = re.match(r"[\s(]*([A-Za-z_]\w*)", expr)
    assert match, expr
    return match.group(1)


def neutral(ind: dict[str, Any]) -> dict[str, object]:
    """Inputs under which every correction leaves the limits as the table gives them."""
    out: dict[str, object] = {}
    for corr in ind.get("corrections", []):
        expr = str(corr["expr"]).strip()
        assert re.fullmatch(r"[A-Za-z_]\w*", expr), f"{ind['id']}: give the neutral inputs of {corr['name']}"
        out[expr] = 0 if corr["kind"] == "add" else 1
    return out


def inputs_for(std: dict[str, Any], ind: dict[str, Any], value: Decimal, choice: str | None) -> dict[str, object]:
    """Inputs under which the indicator's value is exactly ``value``: other quantities 1000, the numerator solved."""
    expr = str(ind["value"])
    num = numerator(expr)
    others: dict[str, Decimal] = {n: Decimal(1000) for n in names_in(expr) - {num}}
    per_unit = evaluate(expr, {**others, num: Decimal(1)})
    inputs: dict[str, object] = {**others, num: value / per_unit, **neutral(ind)}
    if "select" in ind["limits"]:
        inputs[str(ind["limits"]["select"])] = choice
    return inputs


def variants() -> Iterator[tuple[str, str, str | None, dict[str, str]]]:
    """(file, indicator, select choice or None, limits by grade) for every row of every indicator."""
    for name, std in STANDARDS.items():
        for ind in std["indicators"]:
            for choice, row in rows_of(ind):
                yield name, ind["id"], choice, row


VARIANTS = list(variants())
CASES = [(name, ind, choice, g, row[g]) for name, ind, choice, row in VARIANTS for g in GRADES if row.get(g)]


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
    assert std["standard"].replace(" ", "").lower().startswith(family) and std["standard"].endswith(f"-{edition}")
    assert std["label"] == "S-1" and std["note"]
    assert std["source"].startswith(SOURCE_REPO) and std["source_sha256"] in std["source"]
    assert re.fullmatch(r"[0-9a-f]{64}", std["source_sha256"])
    assert re.search(r" @ [0-9a-f]{40}: ", std["source"])
    ids = [i["id"] for i in std["indicators"]]
    assert len(ids) == len(set(ids)) and all(re.fullmatch(r"[a-z][a-z0-9_]*", i) for i in ids)
    for ind in std["indicators"]:
        assert ind["better"] in ("lower", "higher") and re.search(r"第 \d+ 页", ind["limits"]["table"])
        rows = ind["limits"]["rows"]
        for row in rows.values() if "select" in ind["limits"] else [rows]:
            assert row and set(row) <= set(GRADES)
            assert all(isinstance(v, str) and Decimal(v).is_finite() for v in row.values())
        if "select" in ind["limits"]:
            assert set(rows) == set(std["inputs"][ind["limits"]["select"]]["choices"])


@pytest.mark.parametrize(("name", "ind_id", "choice", "g", "limit"), CASES,
                         ids=[f"{n}:{i}:{c or '-'}:{g}" for n, i, c, g, _ in CASES])
def test_value_equal_to_a_limit_takes_that_grade(name: str, ind_id: str, choice: str | None, g: str,
                                                 limit: str) -> None:
    std, ind = STANDARDS[name], indicator(name, ind_id)
    r = grade(std, ind_id, inputs_for(std, ind, Decimal(limit), choice), as_of=in_force(name))
    assert r.value == Decimal(limit) and r.limits[g] == Decimal(limit)
    assert r.outcome == f"grade_{g}", r.trace


@pytest.mark.parametrize(("name", "ind_id", "choice", "row"), VARIANTS,
                         ids=[f"{n}:{i}:{c or '-'}" for n, i, c, _ in VARIANTS])
def test_just_past_the_worst_limit_is_below_limit(name: str, ind_id: str, choice: str | None,
                                                  row: dict[str, str]) -> None:
    std, ind = STANDARDS[name], indicator(name, ind_id)
    worst = Decimal(next(row[g] for g in reversed(GRADES) if row.get(g)))
    past = worst + STEP if ind["better"] == "lower" else worst - STEP
    r = grade(std, ind_id, inputs_for(std, ind, past, choice), as_of=in_force(name))
    assert r.outcome == "below_limit", r.trace
    assert r.limits == {g: (Decimal(row[g]) if row.get(g) else None) for g in GRADES}


@pytest.mark.parametrize(("name", "ind_id", "choice", "row"), VARIANTS,
                         ids=[f"{n}:{i}:{c or '-'}" for n, i, c, _ in VARIANTS])
def test_not_in_force_the_day_before(name: str, ind_id: str, choice: str | None, row: dict[str, str]) -> None:
    std, ind = STANDARDS[name], indicator(name, ind_id)
    best = Decimal(next(row[g] for g in GRADES if row.get(g)))
    inputs = inputs_for(std, ind, best, choice)
    assert grade(std, ind_id, inputs, as_of=in_force(name) - timedelta(days=1)).outcome == "not_in_force"
    assert grade(std, ind_id, inputs, as_of=in_force(name)).outcome != "not_in_force"


# One correction case per standard that has corrections: inputs, and the corrected limits exactly.
CORRECTIONS: list[tuple[str, str, dict[str, object], dict[str, str], str]] = [
    # GB 31825 表2 注: TAD tissue, +320 kgce/t on every grade; 700 kgce/t is then grade 1 (380 + 320)
    ("gb31825_2024.json", "paper_tissue_wood",
     {"paper_tissue_wood_energy_kgce": 700_000, "paper_tissue_wood_output_t": 1000,
      "paper_tissue_wood_special_kgce_per_t": 320},
     {"1": "700", "2": "770", "3": "840"}, "grade_1"),
]


@pytest.mark.parametrize(("name", "ind_id", "inputs", "limits", "outcome"), CORRECTIONS,
                         ids=[f"{c[0]}:{c[1]}" for c in CORRECTIONS])
def test_correction_gives_the_exact_corrected_limit(name: str, ind_id: str, inputs: dict[str, object],
                                                    limits: dict[str, str], outcome: str) -> None:
    r = grade(STANDARDS[name], ind_id, inputs, as_of=in_force(name))
    assert r.limits == {g: (Decimal(limits[g]) if g in limits else None) for g in GRADES}
    assert r.outcome == outcome, r.trace
    corr_names = {c["name"] for c in indicator(name, ind_id)["corrections"]}
    assert any(n in line for line in r.trace for n in corr_names)


def test_every_standard_with_corrections_has_a_correction_case() -> None:
    with_corrections = {n for n, s in STANDARDS.items() if any(i.get("corrections") for i in s["indicators"])}
    assert with_corrections == {c[0] for c in CORRECTIONS}


def test_phthalic_anhydride_limits_are_negative_and_net_export_is_graded() -> None:
    # GB 30251-2024 表8: the process exports energy, so the limits are below zero; a smaller value is better.
    std = STANDARDS["gb30251_2024.json"]
    r = grade(std, "phthalic_anhydride", {"phthalic_anhydride_energy_kgce": -250_000,
                                          "phthalic_anhydride_output_t": 1000}, as_of=date(2025, 5, 1))
    assert r.value == Decimal(-250) and r.outcome == "grade_2"  # −250 ≤ −249 (grade 2), > −296 (grade 1)


def test_missing_grades_stay_missing() -> None:
    # GB 30251-2024 表7, 氯醇法: only the limit value (grade 3) is set
    std = STANDARDS["gb30251_2024.json"]
    r = grade(std, "po_chlorohydrin", {"po_chlorohydrin_energy_kgce": 100_000, "po_chlorohydrin_output_t": 1000},
              as_of=date(2025, 5, 1))
    assert r.limits == {"1": None, "2": None, "3": Decimal(380)} and r.outcome == "grade_3"


def test_the_files_are_in_the_limits_directory() -> None:
    assert all((limits_dir() / n).is_file() for n in FILES)
    assert Path(limits_dir()).name == "limits"
