"""Products graded against GB 16780 from the case, GB/T 13234 savings, and the GB 17167 metering ledger."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.domain.errors import ValidationError
from desktop_app.operations import bindings, metering, products
from desktop_app.operations.cases import new_case
from desktop_app.operations.demo import build_demo
from desktop_app.storage.casefile import CaseFile

D = Decimal


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("pm") / "demo.jnzd")


def test_demo_products_are_graded_with_a_trace(demo_path: Path) -> None:
    with CaseFile.open(demo_path, read_only=True) as case:
        results = {(p.name, p.result.indicator): p for p in products.grade_products(case)}
    coal = results[("熟料", "熟料单位产品煤耗")]
    assert coal.result.value == D("102.4") and coal.result.outcome == "grade_3"
    assert coal.savings_tce == (D("104.9") - D("102.4")) * D(1_512_000) / 1000
    cement = results[("P·O 42.5 水泥", "水泥单位产品综合能耗")]
    assert cement.result.outcome == "grade_2"  # 89.83 with the limits corrected for 82 % clinker
    assert cement.result.limits["2"] == D(87) + 7 * D("1.15")
    assert any("熟料配比修正" in line for line in cement.result.trace)


def test_product_validation(tmp_path: Path) -> None:
    with new_case(tmp_path / "p.jnzd", as_of_date="2026-03-01") as case:
        for kwargs in ({"standard_id": "gb99999", "indicator_id": "x"},
                       {"standard_id": "gb16780", "indicator_id": "no_such"}):
            with pytest.raises(ValidationError) as err:
                products.add_product(case, "水泥", **kwargs)
            assert kwargs["standard_id"] in err.value.message("zh") or kwargs["indicator_id"] in err.value.message("zh")
        with pytest.raises(ValidationError):
            products.add_product(case, "水泥", "gb16780", "cement_comprehensive", {"cement_output_t": "-1"})
        with pytest.raises(ValidationError):
            products.add_product(case, "水泥", "gb16780", "cement_comprehensive", {"bogus": "1"})
        _c, pid = products.add_product(case, "水泥", "gb16780", "cement_comprehensive", {"cement_output_t": "10"})
        result = products.grade_products(case)[0].result
        assert result.outcome == "cannot_judge" and any("综合能耗" in m for m in result.missing)
        products.set_inputs(case, pid, {"cement_energy_kgce": "800", "clinker_ratio_pct": "75", "altitude_m": "50"})
        assert products.grade_products(case)[0].result.outcome == "grade_1"  # 80 kgce/t = the grade-1 limit


def test_metering_rates_and_calibration(demo_path: Path) -> None:
    with CaseFile.open(demo_path, read_only=True) as case:
        rep = metering.report(case)
    by = {(r.energy, r.level): r for r in rep.rates}
    sub = by[("电力", "进出主要次级用能单位")]
    assert (sub.installed, sub.required, sub.rate_pct, sub.compliant) == (4, 5, D(80), False)
    assert by[("煤炭", "主要用能设备")].compliant is True
    assert rep.overdue == ["原料磨 10 kV 馈线电能表"]


def test_meter_validation_and_excess(tmp_path: Path) -> None:
    with new_case(tmp_path / "m.jnzd", as_of_date="2026-03-01") as case:
        bad = [{"name": "表", "energy": "电能", "level": 1}, {"name": "表", "energy": "电力", "level": 4},
               {"name": "表", "energy": "电力", "level": 1, "calibrated_on": "2026-02-30"},
               {"name": "表", "energy": "电力", "level": 1, "calibrated_on": "2026-01-01",
                "calibration_due": "2025-01-01"}]
        for values in bad:
            with pytest.raises(ValidationError):
                metering.add_meter(case, values)
        assert case.rows("meter") == []
        for _ in range(3):
            metering.add_meter(case, {"name": "表", "energy": "电力", "level": 1})
        metering.set_required(case, "电力", 1, 2)
        rep = metering.report(case)
        assert rep.excess and "已登记 3 台" in rep.excess[0]
        assert rep.undated == ["表", "表", "表"]
        with pytest.raises(ValidationError):
            metering.set_required(case, "电力", 1, "很多")


def test_bindings_for_benchmark_and_metering(demo_path: Path) -> None:
    with CaseFile.open(demo_path, read_only=True) as case:
        bench = bindings.derive(case, "energy.benchmark")
        assert bench is not None and bench.status.value == "conforming" and "GB 16780-2021" in bench.text
        rate = bindings.derive(case, "metering.rate")
        assert rate is not None and rate.status.value == "nonconforming" and "80.0%" in rate.text
        ledger = bindings.derive(case, "metering.ledger")
        assert ledger.status.value == "nonconforming" and "原料磨" in ledger.text


def test_reference_data_used_is_frozen_into_the_case(demo_path: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import copy
    import shutil

    from desktop_app.operations import energy
    from desktop_app.reference import energy_data, limits

    path = tmp_path / "frozen.jnzd"
    shutil.copy(demo_path, path)
    real_standard = limits.standard

    def stricter(standard_id: str) -> dict:
        data = copy.deepcopy(real_standard(standard_id))
        for ind in data["indicators"]:
            ind["limits"]["rows"] = {g: "1" for g in ("1", "2", "3")} if "rows" in ind["limits"] and \
                "select" not in ind["limits"] else ind["limits"]["rows"]
        return data

    monkeypatch.setattr(limits, "standard", stricter)
    monkeypatch.setattr(energy_data, "gb17167_rates", lambda edition="2006": [])
    monkeypatch.setattr(energy_data, "fuels_co2", lambda: [])
    with CaseFile.open(path, read_only=True) as case:
        assert {p.result.outcome for p in products.grade_products(case)} != {"below_limit"}
        assert metering.report(case).noncompliant  # the frozen GB 17167 rates still apply
        diesel = next(i for i in energy.report(case).items if i.energy_code == "diesel")
        assert diesel.emission is not None  # frozen MEE defaults


def test_meter_accuracy_and_product_magnitude_findings(tmp_path: Path) -> None:
    from desktop_app.operations.check import check_case

    with new_case(tmp_path / "acc.jnzd", as_of_date="2026-03-01") as case:
        metering.add_meter(case, {"name": "老电表", "energy": "电力", "level": 2, "accuracy_class": "3.0"})
        metering.add_meter(case, {"name": "新电表", "energy": "电力", "level": 2, "accuracy_class": "0.5S"})
        expected = "老电表：准确度等级 3.0 低于 GB 17167 表4 对电能表的最低要求 2 级 [表为 M]"
        assert metering.report(case).accuracy == [expected]
        products.add_product(case, "熟料", "gb16780", "clinker_electricity",
                             {"clinker_electricity_kwh": "58100", "clinker_output_t": "1000000"})  # 0.0581 kWh/t
        codes = {f.code for f in check_case(case).findings}
        assert {"metering.accuracy", "plausibility.magnitude"} <= codes


def test_removing_a_measured_ncv_restores_the_table_coefficient(tmp_path: Path) -> None:
    from desktop_app.operations import energy

    with new_case(tmp_path / "ncv.jnzd", as_of_date="2026-03-01") as case:
        _c, coal = energy.add_item(case, "raw_coal", "t", {"consumed": "1000"})
        default = energy.report(case).total_tce
        energy.update_item(case, coal, {"measured_ncv": "23000", "ncv_source": "化验"})
        assert energy.report(case).total_tce != default
        energy.update_item(case, coal, {"measured_ncv": ""})
        assert energy.report(case).total_tce == default == D("714.3")
