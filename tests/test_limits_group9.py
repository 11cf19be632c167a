"""Limit standards transcribed from one secondary source (issue 15, item 1, group 9): GB 21342-2025 (coke).

The file is loaded directly (json + ``limits.check``), not through ``limits.standards()``. Both oven types (顶装焦炉,
捣固焦炉) are graded at each limit and just past the worst; every correction is checked to the exact figure; one day
before 2026-05-01 the standard is not in force. Grades 1 and 2 share one base limit in the transcription, so a value
equal to the grade-2 limit takes grade 1 (equal takes the better grade).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from limit_files import load

from desktop_app.calculations.grading import grade

NAME = "gb21342_2025.json"
STD: dict[str, Any] = load(NAME)
IN_FORCE = date(2026, 5, 1)
VOLATILE = {"coke_top_charging": "top_volatile_correction_kgce_per_t",
            "coke_stamp_charging": "stamp_volatile_correction_kgce_per_t"}

# Every row of 表1 as transcribed: (indicator, base limits 1/2/3).
ROWS = [
    ("coke_top_charging", {"1": "110", "2": "110", "3": "135"}),
    ("coke_stamp_charging", {"1": "115", "2": "115", "3": "140"}),
]

# A value equal to each grade's limit: (indicator, grade, limit, outcome). 1 = 2, so the grade-2 limit is grade 1.
AT_LIMIT = [
    ("coke_top_charging", "1", "110", "grade_1"),
    ("coke_top_charging", "2", "110", "grade_1"),
    ("coke_top_charging", "3", "135", "grade_3"),
    ("coke_stamp_charging", "1", "115", "grade_1"),
    ("coke_stamp_charging", "2", "115", "grade_1"),
    ("coke_stamp_charging", "3", "140", "grade_3"),
]


def _inputs(indicator_id: str, value: Decimal, **over: object) -> dict[str, object]:
    """Reference conditions (no correction applies): coke-oven gas only, volatile correction 0, base moisture,
    dry quenching, a young oven; energy = value × 1000 over 1000 t."""
    base: dict[str, object] = {
        "coke_energy_kgce": value * 1000, "coke_output_t": 1000, "mixed_gas_ratio": 0, VOLATILE[indicator_id]: 0,
        "total_moisture_pct": "10" if indicator_id == "coke_top_charging" else "10.5",
        "wet_quenching": 0, "oven_age_years": 10,
    }
    base.update(over)
    return base


def test_file_header() -> None:
    assert STD["id"] == "gb21342" and STD["edition"] == "2025" and STD["standard"] == "GB 21342-2025"
    assert STD["effective_date"] == "2026-05-01" and STD["label"] == "S-1"
    assert STD["source"].startswith("adgo07/ECQuota-Insight data/definitions/gb-21342-2025.json @ ")
    assert STD["source_sha256"] in STD["source"]
    assert "挥发分" in STD["note"] and "插值" in STD["note"]  # the entered volatile correction is said in the file
    assert [i["id"] for i in STD["indicators"]] == [r[0] for r in ROWS]


@pytest.mark.parametrize(("indicator_id", "rows"), ROWS)
def test_transcribed_base_limits(indicator_id: str, rows: dict[str, str]) -> None:
    ind = next(i for i in STD["indicators"] if i["id"] == indicator_id)
    assert ind["limits"]["rows"] == rows and "第 6 页" in ind["limits"]["table"]
    r = grade(STD, indicator_id, _inputs(indicator_id, Decimal(1)), as_of=IN_FORCE)
    assert r.limits == {g: Decimal(v) for g, v in rows.items()}  # no correction at the reference conditions


@pytest.mark.parametrize(("indicator_id", "g", "limit", "outcome"), AT_LIMIT)
def test_value_equal_to_a_limit(indicator_id: str, g: str, limit: str, outcome: str) -> None:
    r = grade(STD, indicator_id, _inputs(indicator_id, Decimal(limit)), as_of=IN_FORCE)
    assert r.value == Decimal(limit) and r.limits[g] == Decimal(limit)
    assert r.outcome == outcome, r.trace


@pytest.mark.parametrize(("indicator_id", "worst"), [("coke_top_charging", "135"), ("coke_stamp_charging", "140")])
def test_just_past_the_worst_limit_is_below_limit(indicator_id: str, worst: str) -> None:
    r = grade(STD, indicator_id, _inputs(indicator_id, Decimal(worst) + Decimal("0.001")), as_of=IN_FORCE)
    assert r.outcome == "below_limit", r.trace
    r = grade(STD, indicator_id, _inputs(indicator_id, Decimal(worst) - Decimal("0.001")), as_of=IN_FORCE)
    assert r.outcome == "grade_3"


@pytest.mark.parametrize("indicator_id", [r[0] for r in ROWS])
def test_not_in_force_the_day_before(indicator_id: str) -> None:
    r = grade(STD, indicator_id, _inputs(indicator_id, Decimal(100)), as_of=IN_FORCE - timedelta(days=1))
    assert r.outcome == "not_in_force"


# Corrections: (indicator, changed inputs, corrected limits 1/2/3).
CORRECTED = [
    # mixed gas 8.00 / 12.00 × time share, all grades
    ("coke_top_charging", {"mixed_gas_ratio": "0.5"}, ("114.00", "114.00", "139.00")),
    ("coke_stamp_charging", {"mixed_gas_ratio": "1"}, ("127.00", "127.00", "152.00")),
    # volatile correction entered from 表2, all grades (top 24.5 % → 4.25 + 0.5 × 4.30 = 6.40; stamp 25 % → 0)
    ("coke_top_charging", {"top_volatile_correction_kgce_per_t": "6.40"}, ("116.40", "116.40", "141.40")),
    ("coke_top_charging", {"top_volatile_correction_kgce_per_t": "-8.30"}, ("101.70", "101.70", "126.70")),
    ("coke_stamp_charging", {"stamp_volatile_correction_kgce_per_t": "24.50"}, ("139.50", "139.50", "164.50")),
    # moisture: top (Mt − 10) × 3.67, stamp (Mt − 10.5) × 3.71, all grades
    ("coke_top_charging", {"total_moisture_pct": "12"}, ("117.34", "117.34", "142.34")),
    ("coke_top_charging", {"total_moisture_pct": "9"}, ("106.33", "106.33", "131.33")),
    ("coke_stamp_charging", {"total_moisture_pct": "11.5"}, ("118.71", "118.71", "143.71")),
    # wet quenching: grade 3 only, + 46.46
    ("coke_top_charging", {"wet_quenching": 1}, ("110", "110", "181.46")),
    ("coke_stamp_charging", {"wet_quenching": 1}, ("115", "115", "186.46")),
    # oven age: grades 1 and 3; ≤ 15 a: 0, > 15 to 25 a: 2.50, > 25 a: 5.50
    ("coke_top_charging", {"oven_age_years": 15}, ("110", "110", "135")),
    ("coke_top_charging", {"oven_age_years": "15.5"}, ("112.50", "110", "137.50")),
    ("coke_top_charging", {"oven_age_years": 25}, ("112.50", "110", "137.50")),
    ("coke_top_charging", {"oven_age_years": 26}, ("115.50", "110", "140.50")),
    ("coke_stamp_charging", {"oven_age_years": 30}, ("120.50", "115", "145.50")),
    # all at once (stamp): 115 + 12 × 0.25 + 6.44 + (11 − 10.5) × 3.71 [+ 46.46 on 3] + 2.50 on 1 and 3
    ("coke_stamp_charging", {"mixed_gas_ratio": "0.25", "stamp_volatile_correction_kgce_per_t": "6.44",
                             "total_moisture_pct": "11", "wet_quenching": 1, "oven_age_years": 20},
     ("128.795", "126.295", "200.255")),
]


@pytest.mark.parametrize(("indicator_id", "over", "expected"), CORRECTED)
def test_corrections(indicator_id: str, over: dict[str, object], expected: tuple[str, str, str]) -> None:
    r = grade(STD, indicator_id, _inputs(indicator_id, Decimal(100), **over), as_of=IN_FORCE)
    assert r.limits == {g: Decimal(v) for g, v in zip(("1", "2", "3"), expected, strict=True)}, r.trace


def test_a_corrected_limit_decides_the_grade() -> None:
    # 137 kgce/t is past the top-charging 3-level limit 135, within it once wet quenching adds 46.46
    over = {"wet_quenching": 1}
    assert grade(STD, "coke_top_charging", _inputs("coke_top_charging", Decimal(137)), IN_FORCE).outcome == \
        "below_limit"
    r = grade(STD, "coke_top_charging", _inputs("coke_top_charging", Decimal(137), **over), IN_FORCE)
    assert r.outcome == "grade_3" and any("湿熄焦修正" in line for line in r.trace)


def test_a_missing_correction_input_cannot_be_judged() -> None:
    inputs = _inputs("coke_top_charging", Decimal(100))
    del inputs["top_volatile_correction_kgce_per_t"]
    r = grade(STD, "coke_top_charging", inputs, as_of=IN_FORCE)
    assert r.outcome == "cannot_judge" and any("挥发分修正量" in m for m in r.missing)
