"""Limit-standard grading (REFERENCE.md §5 A1, A3, A4 and the cement corrections) and the expression guard."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.calculations.grading import grade
from desktop_app.domain.expressions import ExpressionError, evaluate
from desktop_app.reference import limits
from desktop_app.reference.catalogues import ReferenceDataError

GB29446 = limits.standard("gb29446")
GB16780 = limits.standard("gb16780")


@pytest.mark.parametrize(("coal", "process", "kwh", "value", "outcome"), [
    ("炼焦煤", "重介", 560, "6.272", "grade_2"),
    ("炼焦煤", "重介+浮选", 975, "8.0925", "grade_3"),
    ("炼焦煤", "重介", 1000, "11.2", "below_limit"),
    ("动力煤", "重介", 280, "2.492", "grade_2"),
    ("动力煤", "干法", 400, "4.16", "grade_3"),
])
def test_gb29446_golden_cases(coal: str, process: str, kwh: int, value: str, outcome: str) -> None:
    r = grade(GB29446, "electricity", {"electricity_kwh": kwh, "raw_coal_t": 100, "coal_type": coal,
                                       "process": process})
    assert r.value == Decimal(value) and r.outcome == outcome
    assert any("附录A" in line for line in r.trace) and any("表1" in line for line in r.trace)


@pytest.mark.parametrize(("kwh", "outcome"), [
    ("446.4285714", "grade_1"),  # 5.000000 after rounding to 6 places (k = 1.12, m = 100)
    ("446.4375", "grade_2"),  # 5.0001
])
def test_equal_to_limit_takes_the_better_grade(kwh: str, outcome: str) -> None:
    r = grade(GB29446, "electricity", {"electricity_kwh": kwh, "raw_coal_t": 100, "coal_type": "炼焦煤",
                                       "process": "重介"})
    assert r.outcome == outcome


def test_six_decimal_comparison() -> None:
    std = copy.deepcopy(GB29446)
    std["tables"]["k"]["rows"][2]["value"] = "1"  # 炼焦煤 重介 → k = 1, so the value is kWh / t
    base = {"raw_coal_t": 1, "coal_type": "炼焦煤", "process": "重介"}
    assert grade(std, "electricity", {**base, "electricity_kwh": "5.0000004"}).outcome == "grade_1"
    assert grade(std, "electricity", {**base, "electricity_kwh": "5.0000005"}).outcome == "grade_2"


@pytest.mark.parametrize("bad", [0, -5, "abc", float("nan"), float("inf"), None, ""])
def test_invalid_inputs_cannot_be_judged_and_are_listed(bad: object) -> None:
    r = grade(GB29446, "electricity", {"electricity_kwh": bad, "raw_coal_t": 100, "coal_type": "动力煤",
                                       "process": "重介"})
    assert r.outcome == "cannot_judge" and r.missing == ["选煤电力消耗量（kWh）"]


def test_unknown_process_is_out_of_scope() -> None:
    r = grade(GB29446, "electricity", {"electricity_kwh": 1, "raw_coal_t": 1, "coal_type": "炼焦煤",
                                       "process": "干法"})  # 干法 is listed only for 动力煤
    assert r.outcome == "out_of_scope"


def test_missing_grade_is_skipped_and_non_monotone_limits_are_kept() -> None:
    eaf = {  # A4: GB 21256-2025 EAF < 50 t: 61 / — / 86; A3 shows grade 1 may exceed grade 2
        "standard": "GB 21256-2025", "title": "粗钢主要工序单位产品能源消耗限额", "effective_date": "2026-07-01",
        "label": "V-2", "inputs": {"v": {"name": "电炉工序能耗", "unit": "kgce/t"}},
        "indicators": [{"id": "eaf", "name": "电炉", "unit": "kgce/t", "value": "v",
                        "limits": {"table": "表", "rows": {"1": "61", "2": None, "3": "86"}}}],
    }
    r = grade(eaf, "eaf", {"v": 70}, as_of=date(2026, 8, 1))
    assert r.outcome == "grade_3" and r.limits["2"] is None
    coke = copy.deepcopy(eaf)
    coke["indicators"][0]["limits"]["rows"] = {"1": "126.57", "2": "124.07", "3": "198.03"}
    r = grade(coke, "eaf", {"v": "125"}, as_of=date(2026, 8, 1))
    assert r.outcome == "grade_1" and r.limits["1"] == Decimal("126.57")  # used as given, never re-ordered
    assert grade(eaf, "eaf", {"v": 70}, as_of=date(2025, 1, 1)).outcome == "not_in_force"


def test_cement_clinker_ratio_and_altitude_corrections() -> None:
    base = {"cement_energy_kgce": 8_900_000, "cement_output_t": 100_000, "altitude_m": 120}
    r = grade(GB16780, "cement_comprehensive", {**base, "clinker_ratio_pct": 75})
    assert r.limits == {"1": Decimal(80), "2": Decimal(87), "3": Decimal(94)}
    assert r.value == Decimal(89) and r.outcome == "grade_3"
    r = grade(GB16780, "cement_comprehensive", {**base, "clinker_ratio_pct": 80})  # +5 points
    assert r.limits == {"1": Decimal("85.50"), "2": Decimal("92.75"), "3": Decimal("100.00")}
    assert r.outcome == "grade_2"
    assert any("熟料配比修正" in line for line in r.trace)
    high = {**base, "clinker_ratio_pct": 75, "altitude_m": 2000, "pressure_pa": 79_500}
    r = grade(GB16780, "cement_comprehensive", high)
    factor = Decimal("1.179") - Decimal("0.211") * Decimal(79_500) / Decimal(101_325)
    assert r.limits["3"] == Decimal(94) * factor and r.limits["2"] == Decimal(87)
    r = grade(GB16780, "cement_comprehensive", {**base, "clinker_ratio_pct": 75, "altitude_m": 2000})
    assert r.outcome == "cannot_judge" and any("大气压" in m for m in r.missing)
    r = grade(GB16780, "cement_comprehensive", {**base}, as_of=date(2022, 1, 1))
    assert r.outcome == "not_in_force"


def test_demo_plant_clinker_figures() -> None:
    # 1 512 000 t clinker, 102.4 kgce/t coal, 58.1 kWh/t (the demo's checklist figures)
    r = grade(GB16780, "clinker_coal", {"clinker_coal_kgce": Decimal("154828800"), "clinker_output_t": 1_512_000})
    assert r.value == Decimal("102.4") and r.outcome == "grade_3"
    r = grade(GB16780, "clinker_electricity", {"clinker_electricity_kwh": Decimal("87847200"),
                                               "clinker_output_t": 1_512_000})
    assert r.value == Decimal("58.1") and r.outcome == "grade_3"


def test_expressions_are_arithmetic_only() -> None:
    assert evaluate("(a - 75) * 1.10", {"a": Decimal(80)}) == Decimal("5.50")
    for bad in ("__import__('os')", "a ** 2", "a if a else 1", "open('x')", "a.real"):
        with pytest.raises(ExpressionError):
            evaluate(bad, {"a": Decimal(1)})
    with pytest.raises(ExpressionError):
        evaluate("a / b", {"a": Decimal(1), "b": Decimal(0)})


@given(st.decimals(min_value=1, max_value=10**6, places=3), st.decimals(min_value=1, max_value=10**6, places=3))
def test_linear_in_energy(kwh: Decimal, t: Decimal) -> None:
    inputs = {"electricity_kwh": kwh, "raw_coal_t": t, "coal_type": "动力煤", "process": "重介"}
    double = {**inputs, "electricity_kwh": kwh * 2}
    one, two = grade(GB29446, "electricity", inputs).value, grade(GB29446, "electricity", double).value
    assert abs(two - 2 * one) <= Decimal("1e-20") * max(one, Decimal(1))  # 28-digit context, exact otherwise


def test_a_malformed_standard_names_file_and_indicator() -> None:
    broken = copy.deepcopy(GB16780)
    broken["indicators"][0]["value"] = "cement_energy_kgce / cement_tonnes"
    with pytest.raises(ReferenceDataError) as err:
        limits.check(broken, "gb16780_2021.json")
    message = err.value.message("zh")
    assert "gb16780_2021.json" in message and "cement_comprehensive" in message and "cement_tonnes" in message


def test_the_trace_prints_whole_numbers_as_numbers() -> None:
    """90 kgce/t was traced as "9E+1" and 120 as "1.2E+2" (Decimal.normalize in scientific notation; issue 15)."""
    std = limits.standard("gb16780")
    result = grade(std, "clinker_comprehensive", {"clinker_energy_kgce": 90000, "clinker_output_t": 1000})
    text = "\n".join(result.trace)
    assert "E+" not in text and "= 90 kgce/t" in text


def _edition(path: Path, edition: str, effective: str, limit: str) -> None:
    data = copy.deepcopy(dict(GB29446))
    data.update(id="gb99999", standard=f"GB 99999-{edition}", edition=edition, effective_date=effective)
    data["indicators"][0]["limits"]["rows"]["炼焦煤"]["3"] = limit
    (path / f"gb99999_{edition}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


@pytest.fixture
def two_editions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    _edition(tmp_path, "2012", "2013-10-01", "9.5")
    _edition(tmp_path, "2024", "2025-05-01", "8.5")
    monkeypatch.setattr(limits, "limits_dir", lambda: tmp_path)
    limits.families.cache_clear()
    yield tmp_path
    limits.families.cache_clear()


@pytest.mark.parametrize(("as_of", "edition"), [("2013-09-30", "2012"), ("2013-10-01", "2012"), ("2025-04-30", "2012"),
                                                ("2025-05-01", "2024"), ("2026-12-07", "2024"), (None, "2024")])
def test_the_as_of_date_picks_the_edition_in_force(two_editions: Path, as_of: str | None, edition: str) -> None:
    std = limits.standard("gb99999", date.fromisoformat(as_of) if as_of else None)
    assert std["edition"] == edition
    assert [d["edition"] for d in limits.editions("gb99999")] == ["2012", "2024"]
    assert limits.standards()["gb99999"]["edition"] == "2024"


def test_before_the_first_edition_the_standard_is_not_in_force(two_editions: Path) -> None:
    when = date(2013, 9, 30)
    result = grade(limits.standard("gb99999", when), "electricity",
                   {"electricity_kwh": 9000, "raw_coal_t": 1000, "coal_type": "炼焦煤", "process": "跳汰+浮选"}, when)
    assert result.outcome == "not_in_force"


def test_an_edition_shipped_twice_is_refused(two_editions: Path) -> None:
    _edition(two_editions, "2024", "2025-05-01", "8.5")
    (two_editions / "gb99999_2024.json").rename(two_editions / "gb99999_2024b.json")
    _edition(two_editions, "2024", "2025-05-01", "8.5")
    limits.families.cache_clear()
    with pytest.raises(ReferenceDataError, match="重复"):
        limits.families()


@pytest.mark.parametrize(("change", "where"), [
    (lambda d: d["indicators"][0]["limits"]["rows"]["炼焦煤"].update({"1": "五"}), "indicators/0/limits"),
    (lambda d: d.update(surprise=1), "文件顶层"),
    (lambda d: d.update(label="凭记忆"), "label"),
    (lambda d: d["indicators"][0]["limits"]["rows"].update({"褐煤": {"1": "3"}}), "行名不在可选项中"),
    (lambda d: d["indicators"][0]["limits"].update(select="raw_coal_t"), "不是有可选项的输入"),
    (lambda d: d.pop("source"), "source"),
], ids=["not-a-number", "unknown-key", "bad-label", "row-not-a-choice", "select-not-a-choice", "no-source"])
def test_a_malformed_limit_file_is_refused_naming_where(change: object, where: str) -> None:
    data = copy.deepcopy(dict(GB29446))
    change(data)  # type: ignore[operator]
    with pytest.raises(ReferenceDataError) as exc:
        limits.check(data, "gb29446_2019.json")
    assert "gb29446_2019.json" in exc.value.message() and where in exc.value.message()


def test_gb29141_edition_switch_by_as_of_date() -> None:
    """The shipped GB 29141 has two editions: 2012 until GB 29141-2024 took effect on 2025-06-01."""
    assert limits.standard("gb29141", date(2025, 5, 31))["standard"] == "GB 29141-2012"
    assert limits.standard("gb29141", date(2025, 6, 1))["standard"] == "GB 29141-2024"
    assert [d["edition"] for d in limits.editions("gb29141")] == ["2012", "2024"]
