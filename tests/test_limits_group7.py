"""Limit standards transcribed from one secondary source (issue 15, item 1, group 7): GB 25323-2023.

The file is loaded directly (json + ``limits.check``), not through ``limits.standards()``. For every indicator and
every choice of its ``select`` input: a value equal to each grade's limit gets that grade (equal takes the better
grade), a value just past the worst limit is below the limit, and one day before the effective date the standard
is not in force. GB 25323-2023 as transcribed has no corrections, so there is no correction case; the file covers
表1–表10 only (表11/表12 are not shipped, see the file's note).
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

FILES = ["gb25323_2023.json"]


STANDARDS = {name: load(name) for name in FILES}


def _in_force(std: dict[str, Any]) -> date:
    return date.fromisoformat(std["effective_date"])


def _indicator(name: str, indicator_id: str) -> dict[str, Any]:
    return next(i for i in STANDARDS[name]["indicators"] if i["id"] == indicator_id)


def _base(ind: dict[str, Any], choice: str | None) -> dict[str, object]:
    return {} if choice is None else {ind["limits"]["select"]: choice}


CASES = [(name, ind["id"], choice, g, row[g])
         for name in FILES for ind in STANDARDS[name]["indicators"]
         for choice, row in choice_rows(STANDARDS[name], ind) for g in GRADES if row.get(g) not in (None, "")]
VARIANTS = [(name, ind["id"], choice)
            for name in FILES for ind in STANDARDS[name]["indicators"]
            for choice, _ in choice_rows(STANDARDS[name], ind)]
INDICATORS = [(name, ind["id"]) for name in FILES for ind in STANDARDS[name]["indicators"]]
SELECTED = [(n, i) for n, i in INDICATORS if "select" in _indicator(n, i)["limits"]]


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
        assert re.fullmatch(r"[a-z0-9_]+", ind["id"]) and ind["better"] == "lower" and ind["unit"] == "kgce/t"
        assert re.search(r"第 \d+ 页", ind["limits"]["table"]), ind["id"]
        assert not ind.get("corrections"), ind["id"]  # the transcription has none
        for _, row in choice_rows(std, ind):
            assert set(row) == set(GRADES) and all(Decimal(v).is_finite() for v in row.values()), ind["id"]


def test_gb25323_covers_tables_1_to_10_only() -> None:
    std = STANDARDS["gb25323_2023.json"]
    assert len(std["indicators"]) == 41 and len(VARIANTS) == 51
    tables = {int(re.findall(r"^表(\d+) ", i["limits"]["table"])[0]) for i in std["indicators"]}
    assert tables == set(range(1, 11))
    assert "表11" in std["note"] and "表12" in std["note"]  # what is not shipped is said in the file


# Spot checks of figures against the transcription, one or two rows per table: (indicator, choice, 1/2/3).
FIGURES: list[tuple[str, str | None, tuple[str, str, str]]] = [
    ("cu_smelting", None, ("210", "230", "340")),
    ("cu_cathode_from_scrap", None, ("290", "310", "370")),
    ("zn_hydro", "无渣处理", ("550", "660", "820")),
    ("zn_enriched_calcine", "进一步富集并脱除氟、氯", ("300", "330", "350")),
    ("pb_smelting", None, ("300", "330", "420")),
    ("pb_battery_pretreatment", None, ("3", "3.5", "4")),
    ("ni_smelting", None, ("3450", "3650", "4680")),
    ("sn_pretreatment", "回转窑处理", ("60", "70", "90")),
    ("sb_smelting", "锑低品位矿", ("1970", "2210", "2390")),
    ("jm_smelting", None, ("1710", "1820", "2100")),
]


@pytest.mark.parametrize(("indicator_id", "choice", "expected"), FIGURES)
def test_transcribed_figures(indicator_id: str, choice: str | None, expected: tuple[str, str, str]) -> None:
    name = "gb25323_2023.json"
    row = dict(choice_rows(STANDARDS[name], _indicator(name, indicator_id)))[choice]
    assert tuple(row[g] for g in GRADES) == expected


@pytest.mark.parametrize(("name", "indicator_id", "choice", "g", "limit"), CASES)
def test_value_equal_to_a_limit_gets_that_grade(name: str, indicator_id: str, choice: str | None, g: str,
                                               limit: str) -> None:
    std, ind = STANDARDS[name], _indicator(name, indicator_id)
    r = grade(std, indicator_id, {**_base(ind, choice), **value_inputs(ind, Decimal(limit))}, as_of=_in_force(std))
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
    r = grade(std, indicator_id, {**_base(ind, choice), **value_inputs(ind, worst + Decimal("0.001"))},
              as_of=_in_force(std))
    assert r.outcome == "below_limit", r.trace


@pytest.mark.parametrize(("name", "indicator_id"), INDICATORS)
def test_not_in_force_the_day_before(name: str, indicator_id: str) -> None:
    std, ind = STANDARDS[name], _indicator(name, indicator_id)
    assert _in_force(std) == date(2024, 6, 1)
    choice = choice_rows(std, ind)[0][0]
    r = grade(std, indicator_id, {**_base(ind, choice), **value_inputs(ind, Decimal(1))},
              as_of=_in_force(std) - timedelta(days=1))
    assert r.outcome == "not_in_force"


@pytest.mark.parametrize(("name", "indicator_id"), SELECTED)
def test_unknown_choice_is_out_of_scope(name: str, indicator_id: str) -> None:
    std, ind = STANDARDS[name], _indicator(name, indicator_id)
    inputs = {ind["limits"]["select"]: "不在表中的类别", **value_inputs(ind, Decimal(1))}
    assert grade(std, indicator_id, inputs, as_of=_in_force(std)).outcome == "out_of_scope"


@pytest.mark.parametrize(("name", "indicator_id"), SELECTED)
def test_missing_choice_cannot_be_judged(name: str, indicator_id: str) -> None:
    std, ind = STANDARDS[name], _indicator(name, indicator_id)
    r = grade(std, indicator_id, value_inputs(ind, Decimal(1)), as_of=_in_force(std))
    assert r.outcome == "cannot_judge" and r.missing == [std["inputs"][ind["limits"]["select"]]["name"]]
