"""Limit standards transcribed from one secondary source (issue 15, group 6: GB 47835-2026 硅单晶, GB 21370-2017
炭素): each file passes ``check``; every indicator grades its own limits right — a value equal to a grade's limit
takes that grade, just past the worst limit is below the limit, every select choice is graded, and the day
before the effective date the standard is not yet in force. The figures are pinned here as well, row by row, so a
slip in a data file is caught against the transcription's figures.

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

FILES = ["gb47835_2026.json", "gb21370_2017.json"]

# (file, indicator, select choice or None) → grade 1/2/3 limits, as adgo07/ECQuota-Insight transcribes them
PINNED: dict[tuple[str, str, str | None], tuple[str, str, str]] = {
    ("gb47835_2026.json", "ingot_comprehensive", None): ("1.90", "2.16", "2.58"),
    ("gb47835_2026.json", "wafer_comprehensive", None): ("5900", "7005", "9525"),
    ("gb21370_2017.json", "graphite_electrode_comprehensive", "普通功率"): ("2060", "2170", "2410"),
    ("gb21370_2017.json", "graphite_electrode_comprehensive", "高功率"): ("2620", "2740", "3050"),
    ("gb21370_2017.json", "graphite_electrode_comprehensive", "超高功率"): ("3230", "3425", "3780"),
    ("gb21370_2017.json", "graphite_electrode_electricity", "普通功率"): ("5630", "5800", "6440"),
    ("gb21370_2017.json", "graphite_electrode_electricity", "高功率"): ("6160", "6640", "6820"),
    ("gb21370_2017.json", "graphite_electrode_electricity", "超高功率"): ("6800", "6865", "7260"),
    ("gb21370_2017.json", "carbon_electrode_comprehensive", "产品直径≤1000 mm"): ("720", "765", "895"),
    ("gb21370_2017.json", "carbon_electrode_comprehensive", "产品直径＞1000 mm"): ("1325", "1375", "1575"),
    ("gb21370_2017.json", "carbon_block_comprehensive", "半石墨质炭块"): ("1130", "1200", "1330"),
    ("gb21370_2017.json", "carbon_block_comprehensive", "微孔炭块"): ("1280", "1350", "1500"),
    ("gb21370_2017.json", "baking_process", "产品直径≤500 mm"): ("385", "455", "530"),
    ("gb21370_2017.json", "baking_process", "500 mm＜产品直径≤1000 mm"): ("450", "525", "610"),
    ("gb21370_2017.json", "baking_process", "产品直径＞1000 mm"): ("900", "1120", "1260"),
    ("gb21370_2017.json", "graphitization_comprehensive", "普通功率"): ("1035", "1105", "1170"),
    ("gb21370_2017.json", "graphitization_comprehensive", "高功率"): ("1140", "1215", "1285"),
    ("gb21370_2017.json", "graphitization_comprehensive", "超高功率"): ("1200", "1280", "1345"),
    ("gb21370_2017.json", "graphitization_electricity", "普通功率"): ("4080", "4330", "4770"),
    ("gb21370_2017.json", "graphitization_electricity", "高功率"): ("4480", "4765", "4970"),
    ("gb21370_2017.json", "graphitization_electricity", "超高功率"): ("4685", "4930", "5480"),
}


STANDARDS = {name: load(name) for name in FILES}


def indicator(name: str, ind_id: str) -> dict[str, Any]:
    return next(i for i in STANDARDS[name]["indicators"] if i["id"] == ind_id)


def inputs_for(name: str, ind_id: str, value: Decimal, choice: str | None) -> dict[str, object]:
    ind = indicator(name, ind_id)
    energy, output = ratio(ind)
    inputs: dict[str, object] = {energy: value * OUTPUT, output: OUTPUT}
    if choice is not None:
        inputs[str(ind["limits"]["select"])] = choice
    return inputs


def step(limit: str) -> Decimal:
    """The smallest step in the limit's last decimal place (at least 0.01): "just past" it."""
    places = len(limit.partition(".")[2])
    return Decimal(1).scaleb(-max(places, 2))


def in_force(name: str) -> date:
    return date.fromisoformat(STANDARDS[name]["effective_date"])


VARIANTS = [(name, ind["id"], choice, row)
            for name, std in STANDARDS.items() for ind in std["indicators"]
            for choice, row in rows_of(ind)]
VARIANT_IDS = [f"{n}:{i}:{c or '-'}" for n, i, c, _ in VARIANTS]
CASES = [(name, ind, choice, g, row[g]) for name, ind, choice, row in VARIANTS for g in GRADES if row.get(g)]
SELECTS = [(name, ind["id"], str(ind["limits"]["select"]))
           for name, std in STANDARDS.items() for ind in std["indicators"] if "select" in ind["limits"]]


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
    assert f"data/definitions/gb-{family.removeprefix('gb')}-{edition}.json" in std["source"]
    assert std["source"].endswith(f"(PDF SHA-256 {std['source_sha256']})")
    ids = [i["id"] for i in std["indicators"]]
    assert len(ids) == len(set(ids))
    for ind in std["indicators"]:
        assert ind["better"] == "lower" and re.search(r"第 \d+ 页", ind["limits"]["table"])
        if "select" in ind["limits"]:
            assert list(ind["limits"]["rows"]) == std["inputs"][ind["limits"]["select"]]["choices"]


def test_effective_dates() -> None:
    assert STANDARDS["gb47835_2026.json"]["effective_date"] == "2027-01-01"
    assert STANDARDS["gb21370_2017.json"]["effective_date"] == "2018-11-01"


def test_every_row_is_pinned() -> None:
    rows = {(name, ind_id, choice): tuple(row.get(g) for g in GRADES) for name, ind_id, choice, row in VARIANTS}
    assert rows == PINNED


@pytest.mark.parametrize(("name", "ind_id", "choice", "g", "limit"), CASES,
                         ids=[f"{n}:{i}:{c or '-'}:{g}" for n, i, c, g, _ in CASES])
def test_value_equal_to_a_limit_takes_that_grade(name: str, ind_id: str, choice: str | None, g: str,
                                                 limit: str) -> None:
    r = grade(STANDARDS[name], ind_id, inputs_for(name, ind_id, Decimal(limit), choice), as_of=in_force(name))
    assert r.value == Decimal(limit) and r.limits[g] == Decimal(limit)
    assert r.outcome == f"grade_{g}", r.trace


@pytest.mark.parametrize(("name", "ind_id", "choice", "row"), VARIANTS, ids=VARIANT_IDS)
def test_just_past_the_worst_limit_is_below_limit(name: str, ind_id: str, choice: str | None,
                                                  row: dict[str, str]) -> None:
    worst = next(row[g] for g in reversed(GRADES) if row.get(g))
    r = grade(STANDARDS[name], ind_id, inputs_for(name, ind_id, Decimal(worst) + step(worst), choice),
              as_of=in_force(name))
    assert r.outcome == "below_limit", r.trace
    assert r.limits == {g: (Decimal(row[g]) if row.get(g) else None) for g in GRADES}


@pytest.mark.parametrize(("name", "ind_id", "choice", "row"), VARIANTS, ids=VARIANT_IDS)
def test_not_in_force_the_day_before(name: str, ind_id: str, choice: str | None, row: dict[str, str]) -> None:
    inputs = inputs_for(name, ind_id, Decimal(row["1"]), choice)
    assert grade(STANDARDS[name], ind_id, inputs, as_of=in_force(name) - timedelta(days=1)).outcome == "not_in_force"
    assert grade(STANDARDS[name], ind_id, inputs, as_of=in_force(name)).outcome == "grade_1"


def test_neither_standard_has_corrections() -> None:
    # the transcriptions carry no correction figures (GB 47835's wafer 折标 of 表3/表4 is not transcribed)
    assert not any(ind.get("corrections") for std in STANDARDS.values() for ind in std["indicators"])


@pytest.mark.parametrize(("name", "ind_id", "choice", "value", "outcome"), [
    ("gb21370_2017.json", "graphite_electrode_comprehensive", "普通功率", "2410.01", "below_limit"),
    ("gb21370_2017.json", "graphite_electrode_comprehensive", "高功率", "2410.01", "grade_1"),  # same value
    ("gb21370_2017.json", "graphite_electrode_electricity", "超高功率", "6864.99", "grade_2"),
    ("gb21370_2017.json", "carbon_electrode_comprehensive", "产品直径＞1000 mm", "896", "grade_1"),
    ("gb21370_2017.json", "carbon_electrode_comprehensive", "产品直径≤1000 mm", "896", "below_limit"),
    ("gb21370_2017.json", "carbon_block_comprehensive", "微孔炭块", "1330.5", "grade_2"),
    ("gb21370_2017.json", "baking_process", "500 mm＜产品直径≤1000 mm", "530.5", "grade_3"),
    ("gb21370_2017.json", "graphitization_electricity", "高功率", "4766", "grade_3"),
])
def test_the_select_choice_picks_its_own_row(name: str, ind_id: str, choice: str | None, value: str,
                                             outcome: str) -> None:
    r = grade(STANDARDS[name], ind_id, inputs_for(name, ind_id, Decimal(value), choice), as_of=in_force(name))
    assert r.outcome == outcome, r.trace


@pytest.mark.parametrize(("name", "ind_id", "select"), SELECTS, ids=[f"{n}:{i}" for n, i, _ in SELECTS])
def test_an_unknown_category_is_out_of_scope_and_a_missing_one_cannot_be_judged(name: str, ind_id: str,
                                                                                select: str) -> None:
    first = next(iter(indicator(name, ind_id)["limits"]["rows"].values()))
    inputs = inputs_for(name, ind_id, Decimal(first["1"]), "不在表中的类别")
    assert grade(STANDARDS[name], ind_id, inputs, as_of=in_force(name)).outcome == "out_of_scope"
    del inputs[select]
    assert grade(STANDARDS[name], ind_id, inputs, as_of=in_force(name)).outcome == "cannot_judge"


def test_the_silicon_ingot_limit_is_per_kg() -> None:
    # 2.16 kgce/kg: 2 160 kgce for 1 000 kg of qualified 方棒 is grade 2; one kgce more is grade 3
    std = STANDARDS["gb47835_2026.json"]
    as_of = in_force("gb47835_2026.json")
    assert grade(std, "ingot_comprehensive", {"ingot_energy_kgce": 2160, "ingot_output_kg": 1000},
                 as_of=as_of).outcome == "grade_2"
    assert grade(std, "ingot_comprehensive", {"ingot_energy_kgce": 2161, "ingot_output_kg": 1000},
                 as_of=as_of).outcome == "grade_3"
