"""Measurements in a case: import stores the original and chunked channels, loads back exactly, one undo step;
spot measurements, day types, annotations; ``jnzd import-log`` and ``jnzd measurements``; the demo's data."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
import pytest

from desktop_app.calculations.series import range_stats
from desktop_app.cli import main
from desktop_app.domain.errors import ImportFileError, JnzdError, ValidationError
from desktop_app.importers.logs import LogOptions
from desktop_app.operations import measurements as ops
from desktop_app.operations import spot_measurements as spot
from desktop_app.storage.casefile import CaseFile

SH = ZoneInfo("Asia/Shanghai")


def ms(*args: int) -> int:
    return int(datetime(*args, tzinfo=SH).timestamp() * 1000)  # type: ignore[misc]


@pytest.fixture
def case(tmp_path: Path):  # type: ignore[no-untyped-def]
    with CaseFile.create(tmp_path / "m.jnzd", as_of_date="2026-03-20", user="测试") as c:
        yield c


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_import_stores_original_and_channels_exactly(case: CaseFile, tmp_path: Path) -> None:
    src = write(tmp_path / "feeder.csv", "时间,P总(kW),Ia(A)\n2026-03-09 00:00:00,100.5,10\n"
                                         "2026-03-09 00:01:00,101.25,11\n2026-03-09 00:02:00,99,12\n", "gb18030")
    _ch, dataset_id, prepared = ops.import_logs(case, [src])
    assert prepared.logs[0].detection.options.encoding.lower().replace("-", "") in ("gb18030", "gbk", "utf8")
    times = ops.dataset_times(case, dataset_id)
    assert times.tolist() == [ms(2026, 3, 9, 0, 0), ms(2026, 3, 9, 0, 1), ms(2026, 3, 9, 0, 2)]
    chans = ops.channels(case, dataset_id)
    assert [(c["quantity"], c["unit"]) for c in chans] == [("active_power", "kW"), ("current", "A")]
    _t, p = ops.load_channel(case, chans[0]["id"])
    assert p.tolist() == [100.5, 101.25, 99.0]
    name, data = ops.original_file(case, chans[0]["file_id"])
    assert name == "feeder.csv" and data == src.read_bytes()
    dataset = case.row("dataset", dataset_id)
    assert dataset is not None and dataset["tz"] == "Asia/Shanghai" and dataset["interval_ms"] == 60_000
    case.undo()
    assert case.count("dataset") == 0 and case.count("channel") == 0
    case.redo()
    assert ops.channel_values(case, chans[0]["id"]).tolist() == [100.5, 101.25, 99.0]


def test_large_channel_spans_several_chunks(case: CaseFile, tmp_path: Path) -> None:
    n = ops.CHUNK + 1000
    start = ms(2026, 3, 9, 0, 0)
    lines = ["time,P(kW)"] + [f"{datetime.fromtimestamp((start + 1000 * k) / 1000, SH):%Y-%m-%d %H:%M:%S},{k % 997}"
                              for k in range(n)]
    src = write(tmp_path / "big.csv", "\n".join(lines) + "\n")
    _ch, dataset_id, _p = ops.import_logs(case, [src])
    ch = ops.channels(case, dataset_id)[0]
    assert len(json.loads(ch["chunks"])) == 2
    times, values = ops.load_channel(case, ch["id"])
    assert len(times) == n and times[0] == start and times[-1] == start + 1000 * (n - 1)
    assert np.array_equal(values, np.arange(n) % 997)


def test_two_files_aligned_and_resampled(case: CaseFile, tmp_path: Path) -> None:
    a = write(tmp_path / "a.csv", "时间,P总(kW)\n" + "".join(
        f"2026-03-09 00:{m:02d}:00,{100 + m}\n" for m in range(5)))
    b = write(tmp_path / "b.csv", "Time,Pressure(MPa)\n" + "".join(
        f"2026-03-09 00:{s // 60:02d}:{s % 60:02d},{0.6 + s / 6000:.4f}\n" for s in range(0, 300, 30)))
    _ch, dataset_id, _p = ops.import_logs(case, [a, b], resample_ms=60_000)
    times = ops.dataset_times(case, dataset_id)
    assert times.tolist() == [ms(2026, 3, 9, 0, m) for m in range(5)]
    chans = {c["column_name"]: c for c in ops.channels(case, dataset_id)}
    pressure = ops.channel_values(case, chans["Pressure(MPa)"]["id"])
    assert pressure[0] == pytest.approx((0.6 + 0.605) / 2)  # mean of the two 30 s samples in the first minute
    assert len({c["file_id"] for c in chans.values()}) == 2


def test_bad_files_change_nothing(case: CaseFile, tmp_path: Path) -> None:
    empty = write(tmp_path / "empty.csv", "")
    binary = tmp_path / "photo.csv"
    binary.write_bytes(bytes(range(256)) * 40)
    for path in (empty, binary, tmp_path / "missing.csv"):
        with pytest.raises(ImportFileError) as exc:
            ops.import_logs(case, [path])
        assert path.name in exc.value.message()
    assert case.count("dataset") == 0 and case.count("measurement_file") == 0


def test_ambiguous_dates_need_a_choice(case: CaseFile, tmp_path: Path) -> None:
    src = write(tmp_path / "us.csv", "Date,P(kW)\n03/04/2026 10:00,1\n03/05/2026 10:00,2\n")
    with pytest.raises(JnzdError) as exc:
        ops.import_logs(case, [src])
    assert "--date-format" in exc.value.message()
    _ch, dataset_id, _p = ops.import_logs(case, [src], LogOptions(date_format="mdy"))
    assert ops.dataset_times(case, dataset_id)[0] == ms(2026, 3, 4, 10, 0)


def test_channel_edits_and_links(case: CaseFile, tmp_path: Path) -> None:
    from desktop_app.operations import equipment

    _e, motor = equipment.add(case, "motor", {"tag": "M-1"})
    src = write(tmp_path / "x.csv", "时间,P总(kW)\n2026-03-09 00:00:00,1\n2026-03-09 00:01:00,2\n")
    _ch, dataset_id, _p = ops.import_logs(case, [src])
    ch = ops.channels(case, dataset_id)[0]
    ops.update_channel(case, ch["id"], {"label": "总有功", "equipment_id": str(motor)})
    row = case.row("channel", ch["id"])
    assert row is not None and row["label"] == "总有功" and row["equipment_id"] == motor
    with pytest.raises(ValidationError):
        ops.update_channel(case, ch["id"], {"equipment_id": "999"})
    with pytest.raises(ValidationError):
        ops.update_channel(case, ch["id"], {"label": " "})
    ops.delete_dataset(case, dataset_id)
    assert case.count("channel") == 0 and case.count("measurement_file") == 1  # the original stays as evidence


def test_spot_day_type_annotation(case: CaseFile, tmp_path: Path) -> None:
    _c, sid = spot.add_spot(case, {"label": "排烟温度", "value": "148", "unit": "℃", "taken_at": "2026-03-18 09:30"})
    with pytest.raises(ValidationError, match="不是数字"):
        spot.update_spot(case, sid, {"value": "高"})
    with pytest.raises(ValidationError):
        spot.add_spot(case, {"label": "x", "value": "1", "unit": "A", "taken_at": "昨天"})
    assert spot.spots(case)[0]["value"] == "148"
    spot.set_day_type(case, "2026-03-11", "排除")
    spot.set_day_type(case, "2026-03-11", "检修日")
    assert spot.day_overrides(case) == {"2026-03-11": "检修日"}
    spot.set_day_type(case, "2026-03-11", None)
    assert spot.day_overrides(case) == {}
    with pytest.raises(ValidationError):
        spot.set_day_type(case, "2026-02-30", "排除")
    src = write(tmp_path / "x.csv", "时间,P总(kW)\n2026-03-09 00:00:00,1\n2026-03-09 00:01:00,2\n")
    _ch, dataset_id, _p = ops.import_logs(case, [src])
    spot.add_annotation(case, dataset_id, ms(2026, 3, 9, 0, 1), "启动")
    assert spot.annotations_of(case, dataset_id)[0][:2] == (ms(2026, 3, 9, 0, 1), "启动")


def test_cli_import_log_and_measurements(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with CaseFile.create(tmp_path / "c.jnzd", as_of_date="2026-03-20"):
        pass
    src = write(tmp_path / "eu.tsv", "Zeit\tP (kW)\n09.03.2026 00:00\t1,5\n09.03.2026 00:01\t2,5\n")
    code = main(["import-log", str(tmp_path / "c.jnzd"), str(src), "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    result = json.loads(out)
    assert result["rows"] == 2 and result["channels"][0]["n_valid"] == 2
    code = main(["measurements", str(tmp_path / "c.jnzd"), "--json"])
    listing = json.loads(capsys.readouterr()[0])
    assert listing[0]["channels"][0]["mean"] == pytest.approx(2.0)
    us = write(tmp_path / "us.csv", "Date,P(kW)\n03/04/2026 10:00,1\n03/05/2026 10:00,2\n")
    code = main(["import-log", str(tmp_path / "c.jnzd"), str(us)])
    out, err = capsys.readouterr()
    assert code == 2 and "--date-format" in err and len(err.strip().splitlines()) == 1
    code = main(["import-log", str(tmp_path / "c.jnzd"), str(us), "--date-format", "dmy", "--resample", "1h"])
    assert code == 0
    code = main(["import-log", str(tmp_path / "c.jnzd"), str(us), "--resample", "fast"])
    assert code == 2


def test_demo_has_aligned_week_and_spots(tmp_path: Path) -> None:
    from desktop_app.operations.demo import build_demo

    path = build_demo(tmp_path / "demo.jnzd")
    with CaseFile.open(path, read_only=True) as case:
        dataset, meter = ops.datasets(case)
        assert dataset["resampled_ms"] == 60_000 and dataset["n"] == 7 * 1440
        files = case.rows("measurement_file")
        assert len(files) == 3
        report = json.loads(files[0]["report"])
        assert report["rows_bad"] == 1  # the logger's 通讯中断 row is reported, not dropped silently
        assert json.loads(files[0]["options"])["encoding"].lower().replace("-", "") in ("gb18030", "gbk")
        chans = ops.channels(case, dataset["id"])
        assert {c["unit"] for c in chans} >= {"kW", "kvar", "V", "A", "MPa"}
        assert sum(1 for c in chans if c["equipment_id"]) >= 3
        # the compressor logger writes no units: its power in W is inferred (checked against 3·U·I·PF) and stored
        # in kW; the pressure's unit was given on import
        by_column = {c["column_name"]: c for c in chans}
        power = by_column["PowerP_Total_avg"]
        assert (power["unit"], power["unit_original"], power["unit_factor"], power["unit_source"]) == (
            "kW", "W", 0.001, "inferred")
        assert "3·U·I" in power["unit_check"]
        assert 20 < float(np.nanmean(ops.channel_values(case, power["id"]))) < 25  # kW, not W
        assert by_column["Pressure_avg"]["unit_source"] == "user"
        # the 15-min meter: a register (cumulative) and the energy per interval, each with a derived power
        meter_chans = {c["column_name"]: c for c in ops.channels(case, meter["id"])}
        assert meter_chans["Meter_Reading_kWh"]["series_kind"] == "cumulative"
        assert meter_chans["Usage_kWh"]["series_kind"] == "interval"
        derived = meter_chans["Usage_kWh（推算功率）"]
        assert (derived["series_kind"], derived["unit"], derived["derived_from"]) == (
            "interval_mean", "kW", meter_chans["Usage_kWh"]["id"])
        times = ops.dataset_times(case, meter["id"])
        usage = ops.channel_values(case, meter_chans["Usage_kWh"]["id"])
        reading = ops.channel_values(case, meter_chans["Meter_Reading_kWh"]["id"])
        total = range_stats(times, usage, "kWh", kind="interval").energy
        assert total == pytest.approx(float(np.sum(usage)))
        # the register's rise equals the usage after its first reading; the derived power integrates to the usage
        assert range_stats(times, reading, "kWh", kind="cumulative").energy == pytest.approx(
            float(np.sum(usage[1:])), rel=1e-9)
        assert range_stats(times, ops.channel_values(case, derived["id"]), "kW", kind="interval_mean").energy == \
            pytest.approx(total, rel=1e-9)
        assert len(spot.spots(case)) == 4 and spot.day_overrides(case) == {"2026-03-11": "排除"}
