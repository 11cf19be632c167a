"""Statistics of logged series (desktop_app.calculations.series): range statistics against numpy references,
hand-computed energies (gaps not bridged), load duration, histogram, resampling, scatter pairing, day types on a
synthetic week in Asia/Shanghai, energy per local day, and hypothesis properties."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.calculations import series
from desktop_app.calculations.series_daytype import local_ms
from desktop_app.domain.errors import ValidationError

MIN = 60_000
HOUR = 3_600_000
DAY = 86_400_000
# Monday 2024-01-01 00:00 in Beijing = 2023-12-31 16:00 UTC.
MONDAY = int(datetime(2024, 1, 1, tzinfo=ZoneInfo("Asia/Shanghai")).timestamp() * 1000)


def field_of(excinfo: pytest.ExceptionInfo[ValidationError]) -> object:
    return excinfo.value.params["field"]


def minutes(n: int, start: int = 0, step: int = MIN) -> np.ndarray:
    return start + np.arange(n, dtype=np.int64) * step


# --- input checks ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("times", "values", "field"),
    [
        ([0, 2, 1], [1.0, 2.0, 3.0], "时间"),
        ([0, 1, 1], [1.0, 2.0, 3.0], "时间"),
        ([0, 1, 2], [1.0, 2.0], "数值"),
        ([0.5, 1.5], [1.0, 2.0], "时间"),
        ([[0, 1]], [[1.0, 2.0]], "时间"),
        ([0, 1], ["a", "b"], "数值"),
    ],
)
def test_malformed_series_is_refused(times: list[Any], values: list[Any], field: str) -> None:
    with pytest.raises(ValidationError) as excinfo:
        series.range_stats(times, values, "kW")
    assert field_of(excinfo) == field


def test_unsorted_names_the_sample() -> None:
    with pytest.raises(ValidationError) as excinfo:
        series.range_stats([0, 10, 20, 15], [1.0] * 4, "kW")
    assert "第 4 个" in excinfo.value.message("zh")


def test_bad_arguments_are_refused() -> None:
    t, v = minutes(10), np.ones(10)
    cases: list[tuple[Callable[[], object], str]] = [
        (lambda: series.range_stats(t, v, "kW", 5 * MIN, 2 * MIN), "区间"),
        (lambda: series.range_stats(t, v, "kW", max_gap_ms=0), "最大桥接间隔"),
        (lambda: series.day_types(t, v, bin_minutes=45), "时段长度"),
        (lambda: series.day_types(t, v, min_coverage=80), "最低数据覆盖率"),
        (lambda: series.day_types(t, v, tz="Mars/Olympus"), "时区"),
        (lambda: series.day_types(t, v, overrides={"2024/01/01": "排除"}), "日期"),
        (lambda: series.day_types(t, v, overrides={"2024-02-30": "排除"}), "日期"),
        (lambda: series.day_types(t, v, overrides={"2024-01-01": " "}), "日类型"),
        (lambda: series.resample(t, v, 0), "重采样间隔"),
        (lambda: series.resample(t, v, MIN, "median"), "汇总方式"),
        (lambda: series.resample([0, 10**12], [1.0, 2.0], 1), "重采样间隔"),  # 10¹² bins
        (lambda: series.resample(t, v, MIN, origin_ms="0"), "重采样起点"),  # type: ignore[arg-type]
        (lambda: series.scatter_pairs(t, v, t, v, -1), "配对容差"),
        (lambda: series.histogram(v, 0), "分组数"),
        (lambda: series.daily_energy(t, v, "kW", tz="nowhere"), "时区"),
    ]
    for call, field in cases:
        with pytest.raises(ValidationError) as excinfo:
            call()
        assert field_of(excinfo) == field


# --- range statistics -----------------------------------------------------------------------------------


def test_range_stats_matches_numpy() -> None:
    rng = np.random.default_rng(7)
    t = np.cumsum(rng.integers(1, 5000, 5000)).astype(np.int64)
    v = rng.normal(50, 12, t.size)
    v[rng.random(t.size) < 0.1] = np.nan
    t0, t1 = int(t[300]), int(t[4200]) + 1  # t1 between samples
    st_ = series.range_stats(t, v, "A", t0, t1)
    sel = v[300:4201]
    ok = sel[np.isfinite(sel)]
    assert st_.count == ok.size and st_.missing == sel.size - ok.size
    assert st_.min == ok.min() and st_.max == ok.max()
    assert st_.mean == pytest.approx(np.mean(ok), rel=1e-12)
    assert st_.std == pytest.approx(np.std(ok, ddof=1), rel=1e-12)
    p5, p95 = np.percentile(ok, [5, 95])
    assert st_.p5 == pytest.approx(p5, rel=1e-12) and st_.p95 == pytest.approx(p95, rel=1e-12)
    tt = t[300:4201][np.isfinite(sel)]
    assert st_.t_min == tt[np.argmin(ok)] and st_.t_max == tt[np.argmax(ok)]
    assert st_.duration_h == pytest.approx((t[4200] - t[300]) / HOUR)
    assert st_.energy is None and st_.energy_unit == "" and "不是功率" in st_.trace


def test_range_is_inclusive_and_may_be_empty() -> None:
    t, v = minutes(10), np.arange(10.0)
    assert series.range_stats(t, v, "kW", 2 * MIN, 4 * MIN).count == 3
    empty = series.range_stats(t, v, "kW", 100 * MIN, 200 * MIN)
    assert (empty.count, empty.missing, empty.t_min, empty.energy, empty.duration_h) == (0, 0, None, 0.0, 0.0)
    assert math.isnan(empty.mean) and math.isnan(empty.std)
    one = series.range_stats(t, v, "kW", 3 * MIN, 3 * MIN)
    assert one.count == 1 and one.mean == 3 and math.isnan(one.std) and one.p5 == one.p95 == 3
    nothing = series.range_stats([], [], "kW")
    assert nothing.count == 0 and nothing.energy == 0.0


def test_constant_100_kw_for_2_h_is_200_kwh() -> None:
    t = minutes(121)  # 0 … 120 min inclusive
    st_ = series.range_stats(t, np.full(121, 100.0), "kW")
    assert st_.energy == pytest.approx(200.0, rel=1e-12)
    assert st_.energy_unit == "kWh" and st_.gaps_skipped == 0 and st_.duration_h == 2.0
    assert st_.max_gap_ms == 3 * MIN
    assert "200 kWh" in st_.trace


def test_ramp_is_integrated_exactly() -> None:
    t = minutes(121)
    st_ = series.range_stats(t, np.linspace(0, 120, 121), "kW")  # 0 → 120 kW over 2 h
    assert st_.energy == pytest.approx(120.0, rel=1e-12)


def test_gap_longer_than_max_gap_is_not_bridged() -> None:
    t, v = minutes(121), np.full(121, 100.0)
    v[31:60] = np.nan  # valid samples at 30 and 60 min: a 30 min gap > 3 × 1 min
    v[10] = np.nan  # a 2 min hole: bridged
    st_ = series.range_stats(t, v, "kW")
    assert st_.count == 91 and st_.missing == 30
    assert st_.energy == pytest.approx(150.0) and st_.gaps_skipped == 1 and st_.skipped_h == pytest.approx(0.5)
    assert "跳过 1 段" in st_.trace
    wide = series.range_stats(t, v, "kW", max_gap_ms=30 * MIN)
    assert wide.energy == pytest.approx(200.0) and wide.gaps_skipped == 0


def test_missing_rows_are_gaps_too() -> None:
    t = np.concatenate((minutes(31), minutes(61, start=60 * MIN)))  # no rows between 30 and 60 min
    st_ = series.range_stats(t, np.full(t.size, 100.0), "kW")
    assert st_.energy == pytest.approx(150.0) and st_.gaps_skipped == 1


@pytest.mark.parametrize(
    ("unit", "energy_unit"),
    [("kW", "kWh"), ("KW", "kWh"), ("W", "Wh"), ("MW", "MWh"), ("kvar", "kvarh"), ("kVAr", "kvarh"),
     ("kVA", "kVAh"), ("千瓦", "千瓦时"), (" kW ", "kWh"), ("mW", None), ("kWh", None), ("A", None),
     ("%", None), ("°C", None), ("m³/h", None), ("", None)],
)
def test_power_units(unit: str, energy_unit: str | None) -> None:
    assert series.energy_unit(unit) == energy_unit


def test_watts_give_watt_hours() -> None:
    st_ = series.range_stats(minutes(61), np.full(61, 500.0), "W")
    assert st_.energy == pytest.approx(500.0) and st_.energy_unit == "Wh"


# --- load duration, histogram ---------------------------------------------------------------------------


def test_load_duration() -> None:
    v = np.array([3.0, np.nan, 1.0, 4.0, 1.0, 5.0, np.inf])
    percent, ordered = series.load_duration(v)
    assert ordered.tolist() == [5.0, 4.0, 3.0, 1.0, 1.0]
    assert percent.tolist() == [0.0, 25.0, 50.0, 75.0, 100.0]
    assert series.load_duration([7.0])[0].tolist() == [0.0]
    assert series.load_duration([np.nan])[1].size == 0
    rng = np.random.default_rng(3)
    percent, ordered = series.load_duration(rng.normal(size=10_001))
    assert np.all(np.diff(ordered) <= 0) and np.all(np.diff(percent) > 0)
    assert percent[0] == 0 and percent[-1] == 100


def test_histogram_matches_numpy() -> None:
    rng = np.random.default_rng(4)
    v = rng.normal(size=2000)
    v[::10] = np.nan
    edges, counts = series.histogram(v, 25)
    ref_counts, ref_edges = np.histogram(v[np.isfinite(v)], 25)
    assert np.array_equal(counts, ref_counts) and np.allclose(edges, ref_edges)
    assert counts.sum() == 1800 and edges.size == 26
    edges, counts = series.histogram([2.0, 2.0, 2.0], 4)  # constant: numpy's ±0.5 range
    assert counts.sum() == 3 and edges[0] < 2 < edges[-1]


# --- resampling -----------------------------------------------------------------------------------------


def test_resample_bins() -> None:
    t, v = minutes(10), np.arange(10.0)
    expected = {"mean": [2, 7], "min": [0, 5], "max": [4, 9], "first": [0, 5], "last": [4, 9], "sum": [10, 35]}
    for how, values in expected.items():
        labels, out = series.resample(t, v, 5 * MIN, how)
        assert labels.tolist() == [0, 5 * MIN] and out.tolist() == values, how


def test_resample_empty_bins_and_nan() -> None:
    t = np.array([0, MIN, 12 * MIN, 16 * MIN, 17 * MIN], dtype=np.int64)
    v = np.array([1.0, np.nan, 4.0, np.nan, np.nan])
    labels, out = series.resample(t, v, 5 * MIN, "sum")
    assert labels.tolist() == [0, 5 * MIN, 10 * MIN, 15 * MIN]
    assert out[0] == 1 and math.isnan(out[1]) and out[2] == 4 and math.isnan(out[3])
    assert series.resample([], [], MIN)[0].size == 0


def test_resample_origin_and_epoch_alignment() -> None:
    t = minutes(10, start=7 * MIN)
    labels, _ = series.resample(t, np.ones(10), 5 * MIN)
    assert labels.tolist() == [5 * MIN, 10 * MIN, 15 * MIN]
    labels, out = series.resample(t, np.arange(10.0), 5 * MIN, origin_ms=8 * MIN)
    assert labels.tolist() == [3 * MIN, 8 * MIN, 13 * MIN] and out.tolist() == [0, 3, 7.5]
    # Daily bins from a local midnight.
    day_t = minutes(48, start=MONDAY, step=HOUR)
    labels, out = series.resample(day_t, np.ones(48), DAY, "sum", origin_ms=MONDAY)
    assert labels.tolist() == [MONDAY, MONDAY + DAY] and out.tolist() == [24, 24]


def test_resample_mean_matches_loop() -> None:
    rng = np.random.default_rng(5)
    t = np.cumsum(rng.integers(1, 90_000, 3000)).astype(np.int64)
    v = rng.normal(size=t.size)
    v[rng.random(t.size) < 0.2] = np.nan
    labels, out = series.resample(t, v, 15 * MIN, "mean")
    for label, value in zip(labels, out, strict=True):
        sel = v[(t >= label) & (t < label + 15 * MIN)]
        sel = sel[np.isfinite(sel)]
        if sel.size:
            assert value == pytest.approx(sel.mean(), rel=1e-12)
        else:
            assert math.isnan(value)


# --- scatter pairs --------------------------------------------------------------------------------------


def test_scatter_pairs_within_tolerance() -> None:
    ta, va = [0, 60_000, 120_000], [1.0, 2.0, 3.0]
    tb, vb = [1_000, 58_000, 200_000], [10.0, 20.0, 30.0]
    x, y = series.scatter_pairs(ta, va, tb, vb, 5_000)
    assert x.tolist() == [1.0, 2.0] and y.tolist() == [10.0, 20.0]
    x, y = series.scatter_pairs(ta, va, tb, vb, 500)
    assert x.size == 0 and y.size == 0


def test_scatter_pairs_nearest_valid_and_ties() -> None:
    x, y = series.scatter_pairs([10], [1.0], [5, 15], [50.0, 150.0], 5)
    assert y.tolist() == [50.0]  # tie: the earlier sample
    x, y = series.scatter_pairs([10], [1.0], [9, 12], [np.nan, 120.0], 5)
    assert y.tolist() == [120.0]  # the nearest *valid* sample
    x, y = series.scatter_pairs([10, 20], [np.nan, 2.0], [10, 20], [1.0, 2.0], 0)
    assert x.tolist() == [2.0] and y.tolist() == [2.0]
    assert series.scatter_pairs([1], [1.0], [], [], 10)[0].size == 0


# --- day types ------------------------------------------------------------------------------------------


def synthetic_week(step_ms: int = MIN) -> tuple[np.ndarray, np.ndarray]:
    """Mon 2024-01-01 … Sun 2024-01-07 in Beijing. Weekday d (0–4): 100 + d + 50·sin(2π·minute/1440);
    weekend: constant 40."""
    t = MONDAY + np.arange(7 * DAY // step_ms, dtype=np.int64) * step_ms
    day, minute = (t - MONDAY) // DAY, ((t - MONDAY) % DAY) / MIN
    v = np.where(day < 5, 100 + day + 50 * np.sin(2 * np.pi * minute / 1440), 40.0)
    return t, v


def sine_bins(bin_minutes: int) -> np.ndarray:
    minute = np.arange(1440)
    means: np.ndarray = (50 * np.sin(2 * np.pi * minute / 1440)).reshape(-1, bin_minutes).mean(axis=1)
    return means


@pytest.mark.parametrize("bin_minutes", [15, 30, 60])
def test_day_types_on_a_synthetic_week(bin_minutes: int) -> None:
    t, v = synthetic_week()
    r = series.day_types(t, v, bin_minutes=bin_minutes)
    assert r.bin_minutes == bin_minutes and r.tz == "Asia/Shanghai" and r.incomplete_days == ()
    weekday, weekend = r.profiles
    assert weekday.day_type == "工作日" and weekday.days == tuple(f"2024-01-0{d}" for d in range(1, 6))
    assert weekend.day_type == "周末" and weekend.days == ("2024-01-06", "2024-01-07")
    assert weekday.bins.tolist() == list(range(0, 1440, bin_minutes))
    assert np.allclose(weekday.mean, 102 + sine_bins(bin_minutes))
    assert np.allclose(weekday.std, np.std([0, 1, 2, 3, 4], ddof=1))
    assert np.allclose(weekend.mean, 40) and np.allclose(weekend.std, 0)
    assert weekday.daily.shape == (5, 1440 // bin_minutes)
    assert np.allclose(weekday.daily[3], 103 + sine_bins(bin_minutes))
    assert r.day_of["2024-01-01"] == "工作日" and r.day_of["2024-01-07"] == "周末" and len(r.day_of) == 7
    hourly_sine = sine_bins(60)
    assert [h for h, _ in r.hourly] == list(range(24))
    for hour, by_type in r.hourly:
        assert by_type["工作日"][0] == pytest.approx(102 + hourly_sine[hour])
        assert by_type["工作日"][1] == pytest.approx(math.sqrt(2.5))
        assert by_type["周末"] == pytest.approx((40.0, 0.0))
    assert "工作日 5 天、周末 2 天" in r.trace


def test_day_type_overrides_exclude_and_custom() -> None:
    t, v = synthetic_week()
    r = series.day_types(t, v, overrides={"2024-01-03": "排除", "2024-01-06": "检修日", "2025-05-01": "排除"})
    assert [p.day_type for p in r.profiles] == ["工作日", "周末", "检修日"]
    weekday, weekend, custom = r.profiles
    assert weekday.days == ("2024-01-01", "2024-01-02", "2024-01-04", "2024-01-05")
    assert np.allclose(weekday.mean, 100 + np.mean([0, 1, 3, 4]) + sine_bins(60))
    assert weekend.days == ("2024-01-07",) and np.all(np.isnan(weekend.std))  # one day: no std
    assert custom.days == ("2024-01-06",) and np.allclose(custom.mean, 40)
    assert r.day_of["2024-01-03"] == "排除" and r.day_of["2024-01-06"] == "检修日"
    assert "2025-05-01" not in r.day_of
    assert r.hourly[0][1].keys() == {"工作日", "周末", "检修日"}
    assert "1 天指定为排除" in r.trace


def test_incomplete_day_is_listed_and_not_averaged() -> None:
    t, v = synthetic_week()
    tuesday = (t >= MONDAY + DAY) & (t < MONDAY + DAY + 12 * HOUR)
    v = np.where(tuesday, np.nan, v)  # half of Tuesday missing
    r = series.day_types(t, v)
    assert r.incomplete_days == ("2024-01-02",) and r.coverage["2024-01-02"] == 0.5
    assert r.profiles[0].days == ("2024-01-01", "2024-01-03", "2024-01-04", "2024-01-05")
    assert np.allclose(r.profiles[0].mean, 100 + np.mean([0, 2, 3, 4]) + sine_bins(60))
    assert "1 天未计入" in r.trace
    lenient = series.day_types(t, v, min_coverage=0.5)
    assert lenient.incomplete_days == () and len(lenient.profiles[0].days) == 5
    excluded = series.day_types(t, v, overrides={"2024-01-02": "排除"})
    assert excluded.incomplete_days == ()  # excluded anyway: not reported as incomplete


def test_day_without_rows_in_the_span_is_incomplete() -> None:
    t, v = synthetic_week()
    keep = (t < MONDAY + 2 * DAY) | (t >= MONDAY + 3 * DAY)
    r = series.day_types(t[keep], v[keep])
    assert r.incomplete_days == ("2024-01-03",) and r.coverage["2024-01-03"] == 0.0


def test_beijing_local_midnight_is_16_utc() -> None:
    last_of_2023 = int(datetime(2023, 12, 31, 15, 59, tzinfo=UTC).timestamp() * 1000)
    first_of_2024 = int(datetime(2023, 12, 31, 16, 0, tzinfo=UTC).timestamp() * 1000)
    assert first_of_2024 == MONDAY
    r = series.day_types([last_of_2023, first_of_2024], [1.0, 2.0], min_coverage=0)
    assert list(r.day_of) == ["2023-12-31", "2024-01-01"]
    sunday, monday = r.profiles[1], r.profiles[0]
    assert sunday.days == ("2023-12-31",) and sunday.mean[23] == 1 and np.isnan(sunday.mean[:23]).all()
    assert monday.days == ("2024-01-01",) and monday.mean[0] == 2 and np.isnan(monday.mean[1:]).all()
    utc = series.day_types([last_of_2023, first_of_2024], [1.0, 2.0], tz="UTC", min_coverage=0)
    assert list(utc.day_of) == ["2023-12-31"] and utc.profiles[0].mean[15:17].tolist() == [1.0, 2.0]


def test_day_types_of_nothing() -> None:
    r = series.day_types([], [])
    assert r.profiles == () and r.day_of == {} and len(r.hourly) == 24


@pytest.mark.parametrize(
    ("tz", "start"), [("America/New_York", datetime(2024, 3, 9, tzinfo=UTC)),
                      ("America/New_York", datetime(2024, 11, 2, tzinfo=UTC)),
                      ("Australia/Lord_Howe", datetime(2024, 4, 6, tzinfo=UTC)),  # 30 min DST shift
                      ("Asia/Shanghai", datetime(1991, 4, 13, tzinfo=UTC))],  # China's last DST
)
def test_local_time_across_dst(tz: str, start: datetime) -> None:
    t = int(start.timestamp() * 1000) + np.arange(0, 3 * DAY, 7 * MIN + 13_000, dtype=np.int64)
    zi = ZoneInfo(tz)
    expected = [int(datetime.fromtimestamp(ms / 1000, zi).replace(tzinfo=UTC).timestamp() * 1000)
                for ms in t.tolist()]
    assert local_ms(t, tz).tolist() == expected


def test_dst_day_has_23_hours() -> None:
    tz = "America/New_York"
    start = int(datetime(2024, 3, 9, tzinfo=ZoneInfo(tz)).timestamp() * 1000)
    t = minutes(3 * 24 * 60 - 60, start=start)  # 9, 10 (23 h), 11 March, local
    r = series.day_types(t, np.ones(t.size), tz=tz, min_coverage=0.9)
    assert r.coverage == {"2024-03-09": 1.0, "2024-03-10": 23 / 24, "2024-03-11": 1.0}
    energy = series.daily_energy(t, np.ones(t.size), "kW", tz=tz)
    assert [d for d, _ in energy] == ["2024-03-09", "2024-03-10", "2024-03-11"]
    assert [e for _, e in energy] == pytest.approx([24.0, 23.0, 24 - 1 / 60])


# --- energy per day -------------------------------------------------------------------------------------


def test_daily_energy_constant_power() -> None:
    t = minutes(2 * 1440 + 1, start=MONDAY)  # two full Beijing days
    result = series.daily_energy(t, np.full(t.size, 10.0), "kW")
    assert [d for d, _ in result] == ["2024-01-01", "2024-01-02", "2024-01-03"]
    # The last sample opens a third day in which no interval is integrated.
    assert [e for _, e in result] == [pytest.approx(240.0), pytest.approx(240.0), None]
    assert series.daily_energy(t, np.ones(t.size), "A") == [("2024-01-01", None), ("2024-01-02", None),
                                                             ("2024-01-03", None)]
    assert series.daily_energy([], [], "kW") == []


def test_daily_energy_splits_at_local_midnight() -> None:
    t = [MONDAY - HOUR, MONDAY + HOUR]  # 23:00 and 01:00 Beijing time; a 2 h interval, bridged (only interval)
    ramp = series.daily_energy(t, [0.0, 20.0], "kW")  # 10 kW at midnight
    assert [d for d, _ in ramp] == ["2023-12-31", "2024-01-01"]
    assert [e for _, e in ramp] == pytest.approx([5.0, 15.0])
    assert sum(e for _, e in ramp if e is not None) == pytest.approx(series.range_stats(t, [0.0, 20.0], "kW").energy)


def test_daily_energy_skips_days_without_data() -> None:
    t = np.concatenate((minutes(1441, start=MONDAY), minutes(1441, start=MONDAY + 2 * DAY)))
    result = dict(series.daily_energy(t, np.full(t.size, 1.0), "kW"))
    assert result["2024-01-01"] == pytest.approx(24.0) and result["2024-01-02"] is None
    assert result["2024-01-03"] == pytest.approx(24.0)


# --- properties -----------------------------------------------------------------------------------------


@st.composite
def logged(draw: st.DrawFn, min_size: int = 0, span: int = 10**13) -> tuple[np.ndarray, np.ndarray]:
    times = draw(st.lists(st.integers(-10**12, span), min_size=min_size, max_size=60, unique=True))
    values = draw(st.lists(st.one_of(st.floats(-1e6, 1e6), st.just(float("nan"))),
                           min_size=len(times), max_size=len(times)))
    order = np.argsort(times)
    return np.array(times, dtype=np.int64)[order], np.array(values, dtype=np.float64)


@settings(max_examples=200, deadline=None)
@given(data=logged(), bounds=st.tuples(st.integers(-10**12, 10**13), st.integers(-10**12, 10**13)))
def test_range_stats_properties(data: tuple[np.ndarray, np.ndarray], bounds: tuple[int, int]) -> None:
    t, v = data
    t0, t1 = sorted(bounds)
    st_ = series.range_stats(t, v, "kW", t0, t1)
    assert st_.count + st_.missing == int(np.count_nonzero((t >= t0) & (t <= t1)))
    assert st_.count == int(np.count_nonzero(np.isfinite(v) & (t >= t0) & (t <= t1)))
    if st_.count:
        slack = 1e-9 * max(abs(st_.min), abs(st_.max), 1)
        assert st_.min - slack <= st_.mean <= st_.max + slack
        assert st_.min <= st_.p5 <= st_.p95 <= st_.max
        assert st_.t_min is not None and t0 <= st_.t_min <= t1
    if st_.count > 1:
        assert st_.std >= 0
    assert st_.gaps_skipped >= 0 and st_.energy is not None


@settings(max_examples=200, deadline=None)
@given(power=st.floats(-1e5, 1e5), n=st.integers(2, 500), step=st.integers(1, 10**7), start=st.integers(0, 10**12))
def test_energy_of_constant_power(power: float, n: int, step: int, start: int) -> None:
    t = minutes(n, start=start, step=step)
    st_ = series.range_stats(t, np.full(n, power), "kW")
    assert st_.energy == pytest.approx(power * st_.duration_h, rel=1e-9, abs=1e-9)
    assert st_.gaps_skipped == 0


@settings(max_examples=150, deadline=None)
@given(data=logged(min_size=2, span=10 * 365 * DAY), gap=st.integers(1, 10**12))  # ≤ 42 years: one call per day
def test_daily_energy_sums_to_range_energy(data: tuple[np.ndarray, np.ndarray], gap: int) -> None:
    t, v = data
    total = series.range_stats(t, v, "kW", max_gap_ms=gap)
    days = series.daily_energy(t, v, "kW", max_gap_ms=gap)
    summed = sum(e for _, e in days if e is not None)
    scale = float(np.nansum(np.abs(v))) * float(t[-1] - t[0]) / HOUR + 1
    assert summed == pytest.approx(total.energy, abs=1e-9 * scale)


@settings(max_examples=150, deadline=None)
@given(data=logged(min_size=1), interval=st.integers(1, 10**11))
def test_resample_sum_and_count_preserved(data: tuple[np.ndarray, np.ndarray], interval: int) -> None:
    t, v = data
    span = (int(t[-1]) - int(t[0])) // interval
    if span > 100_000:
        return
    labels, sums = series.resample(t, v, interval, "sum")
    assert np.all(np.diff(labels) == interval) and labels[0] <= t[0] < labels[0] + interval
    assert labels[-1] <= t[-1] < labels[-1] + interval
    assert float(np.nansum(sums)) == pytest.approx(float(np.nansum(v)), abs=1e-6)
    _, lows = series.resample(t, v, interval, "min")
    _, highs = series.resample(t, v, interval, "max")
    _, means = series.resample(t, v, interval, "mean")
    ok = np.isfinite(means)
    assert np.all(lows[ok] <= means[ok] + 1e-6) and np.all(means[ok] <= highs[ok] + 1e-6)


@settings(max_examples=100, deadline=None)
@given(values=st.lists(st.one_of(st.floats(-1e9, 1e9), st.just(float("nan"))), max_size=200))
def test_load_duration_is_monotonic(values: list[float]) -> None:
    percent, ordered = series.load_duration(values)
    assert percent.size == ordered.size == sum(1 for x in values if not math.isnan(x))
    assert np.all(np.diff(ordered) <= 0) and np.all((percent >= 0) & (percent <= 100))
    assert sorted(ordered.tolist()) == sorted(x for x in values if not math.isnan(x))


# --- large inputs (how fast: benchmarks/measurements.py, ``make bench``) ----------------------------------


def test_range_stats_on_10_million_points_matches_numpy() -> None:
    n = 10_000_000
    t = MONDAY + np.arange(n, dtype=np.int64) * 1000
    v = 100 + np.sin(np.arange(n) / 1000.0)
    v[::1000] = np.nan
    st_ = series.range_stats(t, v, "kW")
    assert st_.count == n - 10_000 and st_.missing == 10_000 and st_.gaps_skipped == 0
    ok = np.isfinite(v)
    tv, vv = t[ok], v[ok]
    assert (st_.min, st_.max) == (float(vv.min()), float(vv.max()))
    assert (st_.t_min, st_.t_max) == (int(tv[np.argmin(vv)]), int(tv[np.argmax(vv)]))
    assert st_.mean == pytest.approx(float(np.nanmean(v)), rel=1e-12)
    assert st_.std == pytest.approx(float(np.nanstd(v, ddof=1)), rel=1e-9)
    assert st_.duration_h == pytest.approx((n - 1) / 3600)
    trapezoid = float(np.sum((vv[1:] + vv[:-1]) * np.diff(tv))) / 2 / HOUR  # the 2 s steps over a NaN bridged
    assert st_.energy == pytest.approx(trapezoid, rel=1e-12) and st_.energy_unit == "kWh"


def test_day_types_on_a_week_of_seconds() -> None:
    t, v = synthetic_week(step_ms=1000)
    assert t.size == 604_800
    r = series.day_types(t, v, bin_minutes=15)
    weekday, weekend = r.profiles
    assert weekday.days == tuple(f"2024-01-0{d}" for d in range(1, 6)) and weekend.days == ("2024-01-06", "2024-01-07")
    assert r.incomplete_days == ()
    per_bin = v.reshape(7, 96, 900).mean(axis=2)  # 900 one-second samples in each 15-minute bin
    assert np.allclose(weekday.mean, per_bin[:5].mean(axis=0)) and np.allclose(weekend.mean, 40.0)
    assert np.allclose(weekday.std, np.std([0, 1, 2, 3, 4], ddof=1))
