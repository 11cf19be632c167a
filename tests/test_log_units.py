"""Units of logger columns (issue 13): known, converted, or asked — never assumed silently. Each class of file that
once came in with wrong numbers has a generated file here with exact expected values and energy totals."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.calculations.series import range_stats
from desktop_app.cli import main
from desktop_app.domain.errors import AmbiguousChoice
from desktop_app.importers.logs import LogOptions, parse
from desktop_app.operations import measurements as ops
from desktop_app.storage.casefile import CaseFile
from tests import log_corpus as lc
from tests import log_corpus_time as lt
from tests import log_corpus_units as lu


def _col(log, name: str):  # type: ignore[no-untyped-def]
    return next(c for c in log.detection.columns if c.name == name)


def test_power_without_unit_is_inferred_from_u_and_i_and_stored_in_kw(tmp_path: Path) -> None:
    path, expected = lu.power_in_watts(tmp_path)
    log = parse(path)
    power = _col(log, "PowerP_Total_avg")
    assert (power.unit, power.unit_original, power.unit_source, power.factor) == ("kW", "W", "inferred", 0.001)
    assert "3·U·I·PF" in power.check and "按 kW 计为" in power.check  # the evidence, and why kW was not it
    np.testing.assert_allclose(log.values["PowerP_Total_avg"], expected["p_kw"], rtol=1e-12)
    stats = range_stats(log.times, log.values["PowerP_Total_avg"], power.unit)
    assert stats.energy == pytest.approx(expected["energy_kwh"], rel=1e-9)  # kWh, not 1000× too high
    assert 170 < float(np.mean(log.values["PowerP_Total_avg"])) < 190
    assert any("PowerP_Total_avg" in n and "推断" in n for n in log.detection.notes)


def test_stated_unit_contradicted_by_physics_stops_and_asks(tmp_path: Path) -> None:
    path, expected = lu.stated_but_wrong(tmp_path)
    with pytest.raises(AmbiguousChoice) as asked:
        parse(path)
    assert asked.value.option == "--unit"
    assert "PowerP_Total_avg (kW)=W" in asked.value.candidates and "960" in asked.value.detail
    # the engineer's answer is followed, and recorded as theirs
    log = parse(path, LogOptions(units=(("PowerP_Total_avg (kW)", "W"),)))
    power = _col(log, "PowerP_Total_avg (kW)")
    assert (power.unit, power.unit_source, power.factor) == ("kW", "user", 0.001)
    np.testing.assert_allclose(log.values["PowerP_Total_avg (kW)"], expected["p_kw"], rtol=1e-12)


def test_unit_no_check_can_settle_is_asked_never_defaulted(tmp_path: Path) -> None:
    path = lu.unanswerable(tmp_path)
    with pytest.raises(AmbiguousChoice) as asked:
        parse(path)
    assert asked.value.option == "--unit" and set(asked.value.candidates) == {"Power=W", "Power=kW"}
    log = parse(path, LogOptions(units=(("Power", "kW"),)))
    assert _col(log, "Power").unit_source == "user"
    assert log.values["Power"][0] == 180_000.0  # kW as given: unchanged


def test_energy_per_interval_and_register_with_reset(tmp_path: Path) -> None:
    path, expected = lu.meter_15min(tmp_path)
    log = parse(path)
    usage, kvarh, reading = (_col(log, n) for n in ("Usage_kWh", "Q1_kVarh", "Reading_kWh"))
    assert (usage.quantity, usage.unit, usage.kind) == ("energy", "kWh", "interval")
    assert (kvarh.quantity, kvarh.unit, kvarh.kind) == ("reactive_energy", "kvarh", "interval")
    assert (reading.quantity, reading.kind) == ("energy", "cumulative")
    assert any("Reading_kWh" in n and "1 处读数回落" in n for n in log.detection.notes)
    t = log.times
    assert range_stats(t, log.values["Usage_kWh"], "kWh", kind="interval").energy == pytest.approx(
        expected["usage_kwh"])
    assert range_stats(t, log.values["Q1_kVarh"], "kvarh", kind="interval").energy == pytest.approx(
        expected["kvarh"])
    register = range_stats(t, log.values["Reading_kWh"], "kWh", kind="cumulative")
    assert register.energy == pytest.approx(expected["register_kwh"]) and "复位" in register.trace
    # the derived interval power: kW (not kvar or "other"), each interval's energy ÷ 15 min, integrating back
    derived = _col(log, "Usage_kWh（推算功率）")
    assert (derived.quantity, derived.unit, derived.kind, derived.derived_from) == (
        "active_power", "kW", "interval_mean", "Usage_kWh")
    np.testing.assert_allclose(log.values["Usage_kWh（推算功率）"], expected["kw"], rtol=1e-12)
    assert range_stats(t, log.values["Usage_kWh（推算功率）"], "kW", kind="interval_mean").energy == pytest.approx(
        expected["usage_kwh"], rel=1e-9)
    assert _col(log, "Q1_kVarh（推算功率）").unit == "kvar"


def test_resampling_sums_interval_energy_and_keeps_the_last_reading(tmp_path: Path) -> None:
    path, expected = lu.meter_15min(tmp_path)
    prepared = ops.prepare([path], resample_ms=3_600_000)
    usage = prepared.columns["Usage_kWh"][2]
    assert float(np.nansum(usage)) == pytest.approx(expected["usage_kwh"])  # hourly bins: sums, not means
    reading = prepared.columns["Reading_kWh"][2]
    # hourly bins keep each hour's last reading: the rise is counted from 00:45 of the first hour (the intervals
    # ending 00:30 and 00:45 are before it), and the meter exchanged in the hour of 00:00 on day 2 loses that
    # hour's interval ending at 00:00 (before the reset, after the last reading of the hour before)
    lost = float(expected["kw"][1] + expected["kw"][2] + expected["kw"][95]) / 4
    assert range_stats(prepared.times, reading, "kWh", kind="cumulative").energy == pytest.approx(
        expected["register_kwh"] - lost, rel=1e-9)


def test_household_meter_names_without_units(tmp_path: Path) -> None:
    path, expected = lu.household(tmp_path)
    log = parse(path)
    cols = {c.name: c for c in log.detection.columns}
    assert (cols["Global_active_power"].quantity, cols["Global_active_power"].unit_original) == ("active_power", "kW")
    assert cols["Global_active_power"].unit_source == "inferred"
    assert (cols["Global_reactive_power"].quantity, cols["Global_reactive_power"].unit_original) == (
        "reactive_power", "kvar")
    assert (cols["Global_intensity"].quantity, cols["Voltage"].quantity) == ("current", "voltage")
    np.testing.assert_allclose(log.values["Global_active_power"], expected["p_kw"])
    # the sub-meters are energy per minute in Wh: 40 % of the total, inferred against the total power
    sub3 = cols["Sub_metering_3"]
    assert (sub3.quantity, sub3.unit_original, sub3.unit, sub3.kind) == ("energy", "Wh", "kWh", "interval")
    assert range_stats(log.times, log.values["Sub_metering_3"], "kWh", kind="interval").energy == pytest.approx(
        expected["sub3_kwh"])


def test_quantities_from_names_and_fahrenheit(tmp_path: Path) -> None:
    path, expected = lu.names_and_fahrenheit(tmp_path)
    log = parse(path)
    cols = {c.name: c for c in log.detection.columns}
    assert cols["Main_Current_Power_Factor"].quantity == "power_factor"  # not a current in A
    assert (cols["Wind speed (m/s)"].quantity, cols["Wind speed (m/s)"].unit) == ("wind_speed", "m/s")  # not r/min
    temp = cols["Temp, °F"]
    assert (temp.quantity, temp.unit, temp.unit_original) == ("temperature", "°C", "°F")
    np.testing.assert_allclose(log.values["Temp, °F"], expected["temp_c"], rtol=1e-12)
    assert (cols["CO2 (ppm)"].quantity, cols["CO2 (ppm)"].unit) == ("co2_concentration", "ppm")
    assert any("(x − 32) × 5/9" in n for n in log.detection.notes)


def test_quantity_override(tmp_path: Path) -> None:
    path, _expected = lu.names_and_fahrenheit(tmp_path)
    log = parse(path, LogOptions(quantities=(("CO2 (ppm)", "other"),)))
    assert _col(log, "CO2 (ppm)").quantity == "other"


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(power=st.lists(st.floats(min_value=0.5, max_value=5000, allow_nan=False), min_size=3, max_size=40))
def test_a_power_column_in_w_gives_the_same_kw_series_as_in_kw(tmp_path_factory: pytest.TempPathFactory,
                                                               power: list[float]) -> None:
    folder = tmp_path_factory.mktemp("scale")
    stamps = [f"2024-05-06 00:{k // 60:02d}:{k % 60:02d}" for k in range(len(power))]
    kw = folder / "kw.csv"
    kw.write_text("Time,P (kW)\n" + "\n".join(f"{t},{p!r}" for t, p in zip(stamps, power, strict=True)) + "\n")
    w = folder / "w.csv"
    w.write_text("Time,P (W)\n" + "\n".join(f"{t},{p * 1000!r}" for t, p in zip(stamps, power, strict=True)) + "\n")
    a, b = parse(kw), parse(w)
    np.testing.assert_allclose(b.values["P (W)"], a.values["P (kW)"], rtol=1e-12)
    assert _col(b, "P (W)").unit == _col(a, "P (kW)").unit == "kW"


def _corpus(folder: Path) -> list[Path]:
    folder.mkdir()
    files = [lu.power_in_watts(folder)[0], lu.meter_15min(folder)[0], lu.household(folder)[0],
             lu.names_and_fahrenheit(folder)[0], lu.stated_but_wrong(folder)[0], lu.unanswerable(folder)]
    files += [lc.chinese_gbk(folder), lc.utf16(folder, False), lc.decimal_comma_semicolon(folder),
              lc.fluke_tsv(folder), lc.hioki_unit_row(folder), lc.preamble(folder), lc.interval_rows(folder),
              lc.messy(folder), lc.whitespace_txt(folder), lc.xlsx(folder)]
    files += [lt.two_digit_us(folder)[0], lt.two_digit_daily(folder)[0], lt.chinese_preamble_time_only(folder)[0],
              lt.end_of_day(folder)[0], lt.clock_reset(folder)[0], lt.interval_change(folder)[0]]
    return files


def test_import_log_never_exits_0_with_an_inferred_unit_it_did_not_report(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = tmp_path / "c.jnzd"
    with CaseFile.create(case, as_of_date="2024-06-01"):
        pass
    corpus = _corpus(tmp_path / "corpus")
    imported = asked = 0
    for path in corpus:
        code = main(["import-log", str(case), str(path), "--json", "--accept-timing"])
        out = capsys.readouterr().out
        if code != 0:
            asked += 1
            continue
        imported += 1
        report = json.loads(out)
        notes = " ".join(n for f in report["files"] for n in f["notes"])
        for channel in report["channels"]:
            assert channel["unit_source"], f"{path.name}: {channel['label']} has no unit source"
            if channel["unit_source"] == "inferred":
                assert channel["label"] in notes and channel["check"], f"{path.name}: {channel['label']} unreported"
            if channel["factor"] not in (None, 1, 1.0):
                assert "换算" in notes, f"{path.name}: {channel['label']} converted silently"
        # and the text output says the same: every inferred unit printed with its source
        main(["import-log", str(case), str(path), "--dry-run", "--accept-timing"])
        text = capsys.readouterr().out
        for channel in report["channels"]:
            if channel["unit_source"] == "inferred":
                assert f"{channel['label']}（{channel['unit'] or '—'}）" in text and "推断" in text
    assert imported >= 10 and asked >= 2  # the corpus has both kinds


def test_dry_run_writes_nothing_and_per_file_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = tmp_path / "c.jnzd"
    with CaseFile.create(case, as_of_date="2024-06-01"):
        pass
    before = case.read_bytes()
    eap = lc.interval_rows(tmp_path)
    power, _expected = lu.power_in_watts(tmp_path)
    code = main(["import-log", str(case), str(power), "--dry-run", "--file", str(eap), "--unit",
                 "PowerP_Total_avg=W", "--unit", "PowerS_Total_avg=VA", "--unit", "TotalActiveEnergyForward_avg=kWh",
                 "--unit", "PowerQfund_Total_avg=var"])
    out = capsys.readouterr().out
    assert code == 0 and "试导入（未写入案例）" in out
    assert case.read_bytes() == before  # nothing written
    assert "PowerP_Total_avg：单位 W（用户指定）" in out.replace("“", "").replace("”", "")
    # the options after --file are that file's only: the analyser's power stays inferred
    assert "单位按 W 推断" in out
    # without the per-file units the EAP file is asked about, and the case is unchanged
    code = main(["import-log", str(case), str(power), str(eap)])
    assert code == 2 and "--unit" in capsys.readouterr().err
    assert case.read_bytes() == before
