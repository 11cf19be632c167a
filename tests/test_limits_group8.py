"""Limit standards transcribed from one secondary source (issue 15, item 1, group 8): GB 36889-2025 化学纤维.

The file is loaded directly (json + ``limits.check``), not through ``limits.standards()``. Every product row's
limits are written out below (``EXPECTED``) and compared with the file, so a typo in either is caught; the grading
cases use these figures, not the file's. For every indicator: a value equal to each grade's limit gets that grade
(equal takes the better grade), a value just past the 3-grade limit is below the limit, and one day before the
effective date the standard is not in force. The transcription has one indicator per product row, no category
``select`` and no corrections, so there are no select or correction cases (asserted, not skipped).
"""

from __future__ import annotations

import itertools
import re
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from limit_files import load

from desktop_app.calculations.grading import GRADES, grade

NAME = "gb36889_2025.json"
STD: dict[str, Any] = load(NAME)
EFFECTIVE = date(2026, 6, 1)

# indicator id: (table, page, grade 1, grade 2, grade 3) as transcribed (kgce/t)
EXPECTED: dict[str, tuple[int, int, str, str, str]] = {
    # 表1 聚酯涤纶
    "pet_polymerization": (1, 6, "85", "90", "100"),
    "pet_ssp_high_viscosity_chip": (1, 6, "40", "42", "45"),
    "pet_lsp_high_viscosity_melt": (1, 6, "35", "37", "40"),
    "pet_melt_poy": (1, 6, "40", "45", "50"),
    "pet_melt_fdy": (1, 6, "50", "60", "83"),
    "pet_melt_industrial_filament": (1, 6, "120", "140", "145"),
    "pet_melt_staple": (1, 6, "85", "100", "110"),
    "pet_chip_poy": (1, 6, "90", "92", "95"),
    "pet_chip_fdy": (1, 6, "92", "95", "105"),
    "pet_chip_industrial_filament": (1, 6, "140", "160", "165"),
    "pet_chip_staple": (1, 6, "140", "160", "180"),
    "pet_dty_nozzle_le_0_12": (1, 6, "90", "105", "115"),
    "pet_dty_nozzle_0_12_to_0_35": (1, 6, "120", "130", "140"),
    "pet_dty_nozzle_ge_0_35": (1, 6, "150", "160", "180"),
    # 表2 循环再利用涤纶
    "rpet_chip": (2, 7, "55", "65", "75"),
    "rpet_poy": (2, 7, "100", "115", "120"),
    "rpet_fdy_bottle_flake": (2, 7, "130", "140", "150"),
    "rpet_fdy_chip": (2, 7, "100", "120", "130"),
    "rpet_dty_nozzle_le_0_12": (2, 7, "95", "110", "118"),
    "rpet_dty_nozzle_0_12_to_0_35": (2, 7, "130", "135", "145"),
    "rpet_dty_nozzle_ge_0_35": (2, 7, "155", "167", "185"),
    "rpet_staple": (2, 7, "150", "160", "185"),
    # 表3 瓶用聚酯
    "bottle_pet_chip": (3, 7, "100", "115", "120"),
    # 表4 粘胶纤维
    "viscose_staple": (4, 7, "800", "900", "950"),
    "viscose_modal_staple": (4, 7, "1150", "1170", "1200"),
    "viscose_filament": (4, 7, "2700", "2900", "3000"),
    # 表5 锦纶6
    "pa6_civil_chip": (5, 8, "100", "135", "145"),
    "pa6_industrial_chip": (5, 8, "130", "160", "190"),
    "pa6_poy_hoy": (5, 8, "115", "160", "200"),
    "pa6_fdy": (5, 8, "180", "250", "270"),
    "pa6_industrial_filament": (5, 8, "160", "180", "350"),
    "pa6_dty": (5, 8, "165", "245", "285"),
    # 表6 氨纶
    "spandex_dry_spun": (6, 8, "900", "1100", "1300"),
    # 表7 维纶
    "pva_high_strength_modulus_short_cut": (7, 8, "800", "1070", "1200"),
    "pva_water_soluble_staple": (7, 8, "950", "1100", "1200"),
    # 表8 腈纶
    "acrylic_dmac_wet_two_step": (8, 9, "950", "1000", "1050"),
    # 表9 丙纶
    "pp_fdy": (9, 9, "130", "150", "200"),
    "pp_bcf": (9, 9, "175", "200", "220"),
    "pp_staple": (9, 9, "110", "130", "155"),
    # 表10 超高分子量聚乙烯纤维（湿法纺丝）
    "uhmwpe_halogenated_extractant": (10, 9, "3000", "3500", "4000"),
    "uhmwpe_hydrocarbon_extractant": (10, 9, "4000", "6000", "8000"),
    # 表11 双组分复合纤维
    "bico_polymer": (11, 10, "120", "130", "150"),
    "bico_melt_poy": (11, 10, "45", "55", "70"),
    "bico_melt_fdy": (11, 10, "55", "65", "80"),
    "bico_chip_poy": (11, 10, "120", "155", "180"),
    "bico_chip_fdy": (11, 10, "150", "170", "190"),
    "bico_pe_pet_staple": (11, 10, "120", "130", "190"),
    "bico_lmpet_pet_staple": (11, 10, "155", "165", "175"),
}

IDS = list(EXPECTED)
CASES = [(i, g, EXPECTED[i][2 + n]) for i in IDS for n, g in enumerate(GRADES)]


def _indicator(indicator_id: str) -> dict[str, Any]:
    return next(i for i in STD["indicators"] if i["id"] == indicator_id)


def _inputs(indicator_id: str, value: Decimal) -> dict[str, object]:
    """Energy and output (1000 t) whose quotient is exactly ``value``."""
    return {f"{indicator_id}_energy_kgce": value * 1000, f"{indicator_id}_output_t": 1000}


def test_file_header() -> None:
    assert STD["format"] == "jnzd-limit-standard" and STD["format_version"] == 1
    assert (STD["id"], STD["standard"], STD["edition"]) == ("gb36889", "GB 36889-2025", "2025")
    assert STD["title"] == "化学纤维单位产品能源消耗限额"
    assert STD["effective_date"] == EFFECTIVE.isoformat()
    assert STD["label"] == "S-1" and STD["note"]
    assert STD["source_sha256"] == "3f271d29a2b5d8f19757ed875222c5b4849b72e22f68e57f835e69bfc1dc17a7"
    assert STD["source"].startswith("adgo07/ECQuota-Insight data/definitions/gb-36889-2025.json @ ")
    assert re.search(r"@ [0-9a-f]{40}:", STD["source"]) and STD["source_sha256"] in STD["source"]
    assert "tables" not in STD


def test_note_says_what_is_covered() -> None:
    note = STD["note"]
    assert "48" in note and "表1–表11" in note and "第 6 章" in note  # coverage and output conversion
    assert "无修正" in note and "未收录" in note


def test_every_transcribed_row_is_in_the_file_and_nothing_else() -> None:
    assert [i["id"] for i in STD["indicators"]] == IDS
    assert len(IDS) == 48
    assert set(STD["inputs"]) == {f"{i}_{k}" for i in IDS for k in ("energy_kgce", "output_t")}


@pytest.mark.parametrize("indicator_id", IDS)
def test_row_matches_the_written_out_figures(indicator_id: str) -> None:
    ind, (table, page, *figures) = _indicator(indicator_id), EXPECTED[indicator_id]
    assert ind["unit"] == "kgce/t" and ind["better"] == "lower"
    assert ind["name"].endswith(" 单位产品综合能耗")
    assert ind["value"] == f"{indicator_id}_energy_kgce / {indicator_id}_output_t"
    assert ind["limits"]["rows"] == dict(zip(GRADES, figures, strict=True))
    assert re.fullmatch(rf"表{table} \S+（第 {page} 页）", ind["limits"]["table"]), ind["limits"]["table"]
    assert "select" not in ind["limits"] and not ind.get("corrections")  # none in the transcription


@pytest.mark.parametrize("indicator_id", IDS)
def test_rows_are_strictly_monotone(indicator_id: str) -> None:
    values = [Decimal(v) for v in EXPECTED[indicator_id][2:]]
    assert all(a < b for a, b in itertools.pairwise(values)), (indicator_id, values)


@pytest.mark.parametrize(("indicator_id", "g", "limit"), CASES)
def test_value_equal_to_a_limit_gets_that_grade(indicator_id: str, g: str, limit: str) -> None:
    r = grade(STD, indicator_id, _inputs(indicator_id, Decimal(limit)), as_of=EFFECTIVE)
    assert r.value == Decimal(limit) and r.limits[g] == Decimal(limit)
    assert r.outcome == f"grade_{g}", r.trace


@pytest.mark.parametrize("indicator_id", IDS)
def test_just_past_the_worst_limit_is_below_limit(indicator_id: str) -> None:
    worst = Decimal(EXPECTED[indicator_id][4])
    r = grade(STD, indicator_id, _inputs(indicator_id, worst + Decimal("0.001")), as_of=EFFECTIVE)
    assert r.outcome == "below_limit", r.trace


@pytest.mark.parametrize("indicator_id", IDS)
def test_not_in_force_the_day_before(indicator_id: str) -> None:
    limit = Decimal(EXPECTED[indicator_id][2])
    r = grade(STD, indicator_id, _inputs(indicator_id, limit), as_of=EFFECTIVE - timedelta(days=1))
    assert r.outcome == "not_in_force"


@pytest.mark.parametrize("indicator_id", IDS)
def test_missing_output_cannot_be_judged(indicator_id: str) -> None:
    r = grade(STD, indicator_id, {f"{indicator_id}_energy_kgce": 1000}, as_of=EFFECTIVE)
    assert r.outcome == "cannot_judge"
    assert r.missing == [f"{STD['inputs'][f'{indicator_id}_output_t']['name']}（t）"]
