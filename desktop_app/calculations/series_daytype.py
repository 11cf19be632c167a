"""Logged series on the local clock: input checks, epoch → local time, and the day-type analysis (PEERS.md §1.3).

A series is ``times`` (int64 milliseconds since the Unix epoch, UTC, strictly ascending) and ``values`` (float64,
same length, NaN = missing sample). ``series_arrays`` checks that shape; ``series`` builds on it for range
statistics and energy, and re-exports ``day_types``.

Local time uses the zone's offset at each sample (zoneinfo): the offset is looked up once per UTC hour that holds
samples and per sample only inside an hour in which the offset changes, so DST zones are exact and cheap and
DST-free zones (Asia/Shanghai: UTC+8 since 1991) cost a few hundred look-ups a week. On a DST day the local day has
23 or 25 hours: the missing hour's bins stay empty, the repeated hour's samples share their bins.

Day types, as in MEASUR's Data Explorer but with the hourly mean ± standard deviation table users asked for
(#3496): each local day becomes a profile of bin means (15, 30 or 60 min); days are 工作日 (Mon–Fri) or 周末
(Sat, Sun) unless an override names the date (排除 = left out, or any custom type such as 检修日); a day with
fewer than ``min_coverage`` of its bins filled is listed in ``incomplete_days`` and left out of the averages
(MEASUR leaves out a day missing any interval). Per bin, the profile of a type is the mean of its days' bin means
and the sample standard deviation (ddof = 1) across those days.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import numpy as np
import numpy.typing as npt

from desktop_app.domain.errors import ValidationError

Times = npt.NDArray[np.int64]
Values = npt.NDArray[np.float64]

WEEKDAY = "工作日"
WEEKEND = "周末"
EXCLUDED = "排除"
BIN_MINUTES = (15, 30, 60)
MS_PER_HOUR = 3_600_000
MS_PER_DAY = 86_400_000
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def series_arrays(times: npt.ArrayLike, values: npt.ArrayLike) -> tuple[Times, Values, Times]:
    """``times`` and ``values`` as int64/float64 arrays (no copy when they already are) and the sample intervals.

    ValidationError (field 时间 / 数值) for a shape that is not one-dimensional, non-integer times, lengths
    that differ, and times that are not strictly ascending (names the first offending sample, 1-based).
    """
    t = np.asarray(times)
    if t.ndim != 1:
        raise ValidationError(field="时间", detail="应为一维数组")
    if t.size and t.dtype.kind not in "iu":
        raise ValidationError(field="时间", detail="应为整数毫秒时间戳（自 1970-01-01 UTC 起）")
    t = t.astype(np.int64, copy=False)
    try:
        v = np.asarray(values, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise ValidationError(field="数值", detail="含有非数字的值") from exc
    if v.shape != t.shape:
        raise ValidationError(field="数值", detail=f"长度 {v.size} 与时间的长度 {t.size} 不一致")
    steps = np.diff(t)
    if steps.size and not bool((steps > 0).all()):
        bad = int(np.argmin(steps > 0)) + 2
        raise ValidationError(field="时间", detail=f"第 {bad} 个时间戳不晚于前一个（须严格递增且不重复）")
    return t, v, steps


def zone(tz: str) -> ZoneInfo:
    """The zoneinfo zone named ``tz`` (IANA name such as Asia/Shanghai); ValidationError (时区) if unknown."""
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError, TypeError) as exc:
        raise ValidationError(field="时区", detail=f"“{tz}”不是已知的时区名称（如 Asia/Shanghai）") from exc


def _offset_ms(ms: int, zi: ZoneInfo) -> int:
    # Epoch + timedelta, not datetime.fromtimestamp: no OS call, so times before 1970 work on Windows too.
    try:
        offset = (_EPOCH + timedelta(milliseconds=ms)).astimezone(zi).utcoffset()
    except (OverflowError, ValueError) as exc:
        raise ValidationError(field="时间", detail=f"时间戳 {ms} 超出可表示的日期范围") from exc
    return 0 if offset is None else int(offset.total_seconds() * 1000)


def local_ms(times: Times, tz: str) -> Times:
    """Epoch ms → local wall-clock ms (milliseconds since 1970-01-01 00:00 on the zone's clock), vectorised.

    The offset is evaluated at the first and last millisecond of every UTC hour holding samples; only in an hour
    where the two differ (a DST or zone change) is it evaluated per sample.
    """
    zi = zone(tz)
    if times.size == 0:
        return times.copy()
    hours = times // MS_PER_HOUR
    starts = np.flatnonzero(np.diff(hours)) + 1
    first = np.concatenate(([0], starts))
    counts = np.diff(np.concatenate((first, [times.size])))
    unique_hours = hours[first].tolist()
    at_start = np.array([_offset_ms(h * MS_PER_HOUR, zi) for h in unique_hours], dtype=np.int64)
    at_end = np.array([_offset_ms(h * MS_PER_HOUR + MS_PER_HOUR - 1, zi) for h in unique_hours], dtype=np.int64)
    offsets = np.repeat(at_start, counts)
    for k in np.flatnonzero(at_start != at_end).tolist():
        lo, hi = int(first[k]), int(first[k] + counts[k])
        offsets[lo:hi] = [_offset_ms(int(ms), zi) for ms in times[lo:hi].tolist()]
    result: Times = times + offsets
    return result


def iso_dates(first_day: int, last_day: int) -> list[str]:
    """ISO dates (YYYY-MM-DD) of the day numbers ``first_day``..``last_day`` (days since 1970-01-01)."""
    days = np.arange(first_day, last_day + 1, dtype=np.int64).astype("datetime64[D]")
    return [str(d) for d in np.datetime_as_string(days)]


def local_midnights(first_day: int, last_day: int, tz: str) -> Times:
    """Epoch ms of the local midnights that start the local days ``first_day``..``last_day + 1``.

    With DST the day lengths differ (23/25 h); a midnight that does not exist on the clock resolves as zoneinfo
    does (the offset before the transition).
    """
    zi = zone(tz)
    result = []
    for d in iso_dates(first_day, last_day + 1):
        y, m, dd = (int(p) for p in d.split("-"))
        result.append((datetime(y, m, dd, tzinfo=zi) - _EPOCH) // timedelta(milliseconds=1))
    return np.array(result, dtype=np.int64)


@dataclass(frozen=True, eq=False)
class DayProfile:
    """The average day of one day type: per bin, the mean and sample std (ddof = 1) across its days.

    ``bins``: bin starts in minutes since local midnight. ``daily``: one row per day in ``days``, the bin means
    of that day (NaN where a bin holds no valid sample). ``std`` is NaN where fewer than two days have the bin.
    """

    day_type: str
    days: tuple[str, ...]
    bins: npt.NDArray[np.int64]
    mean: Values
    std: Values
    daily: Values = field(default_factory=lambda: np.empty((0, 0)))


@dataclass(frozen=True, eq=False)
class DayTypeResult:
    """Day-type analysis of one channel.

    ``day_of``: every local date from the first to the last sample → its type (排除 for excluded days; incomplete
    days keep their type but are not averaged). ``hourly``: hour 0–23 → {type: (mean, std)}, where a day's value
    for the hour is the mean of its bin means in that hour, and mean/std (ddof = 1) are across the type's days.
    ``coverage``: date → share of the day's bins holding at least one valid sample.
    """

    bin_minutes: int
    tz: str
    profiles: tuple[DayProfile, ...]
    day_of: dict[str, str]
    incomplete_days: tuple[str, ...]
    hourly: list[tuple[int, dict[str, tuple[float, float]]]]
    coverage: dict[str, float] = field(default_factory=dict)
    trace: str = ""


def _check_overrides(overrides: Mapping[str, str] | None) -> dict[str, str]:
    checked: dict[str, str] = {}
    for day, kind in (overrides or {}).items():
        try:
            if not isinstance(day, str) or not _ISO_DATE.fullmatch(day):
                raise ValueError(day)
            date.fromisoformat(day)
        except ValueError as exc:
            raise ValidationError(field="日期", detail=f"“{day}”不是 YYYY-MM-DD 格式的日期") from exc
        if not isinstance(kind, str) or not kind.strip():
            raise ValidationError(field="日类型", detail=f"{day} 的日类型为空")
        checked[day] = kind.strip()
    return checked


def mean_std(rows: Values) -> tuple[Values, Values]:
    """Column mean and sample std (ddof = 1) of ``rows`` ignoring NaN, without warnings: NaN where < 1 / < 2."""
    ok = np.isfinite(rows)
    n = ok.sum(axis=0)
    filled = np.where(ok, rows, 0.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean: Values = filled.sum(axis=0) / n
        squares = np.where(ok, (filled - mean) ** 2, 0.0).sum(axis=0)
        std: Values = np.sqrt(squares / (n - 1))
    mean[n == 0] = np.nan
    std[n < 2] = np.nan
    return mean, std


def day_types(times: npt.ArrayLike, values: npt.ArrayLike, *, tz: str = "Asia/Shanghai", bin_minutes: int = 60,
              overrides: Mapping[str, str] | None = None, min_coverage: float = 0.8) -> DayTypeResult:
    """Average daily profiles per day type (module docstring); ValidationError for bad bins, coverage or zone."""
    t, v, _ = series_arrays(times, values)
    if isinstance(bin_minutes, bool) or bin_minutes not in BIN_MINUTES:
        raise ValidationError(field="时段长度", detail=f"{bin_minutes} min 不可用（可选 15、30、60 min）")
    if isinstance(min_coverage, bool) or not isinstance(min_coverage, int | float) or not 0 <= min_coverage <= 1:
        raise ValidationError(field="最低数据覆盖率", detail=f"{min_coverage} 应在 0–1 之间（0.8 表示 80 %）")
    fixed = _check_overrides(overrides)
    zone(tz)
    per_day = 1440 // bin_minutes
    hourly_empty: list[tuple[int, dict[str, tuple[float, float]]]] = [(h, {}) for h in range(24)]
    if t.size == 0:
        return DayTypeResult(bin_minutes, tz, (), {}, (), hourly_empty, {}, "没有数据")
    loc = local_ms(t, tz)
    day = loc // MS_PER_DAY
    first_day, last_day = int(day.min()), int(day.max())
    n_days = last_day - first_day + 1
    cell = (day - first_day) * per_day + (loc - day * MS_PER_DAY) // (bin_minutes * 60_000)
    valid = np.isfinite(v)
    sums = np.bincount(cell[valid], weights=v[valid], minlength=n_days * per_day)
    counts = np.bincount(cell[valid], minlength=n_days * per_day)
    with np.errstate(invalid="ignore", divide="ignore"):
        daily = (sums / counts).reshape(n_days, per_day)
    coverage = (counts > 0).reshape(n_days, per_day).sum(axis=1) / per_day
    dates = iso_dates(first_day, last_day)
    weekday = (np.arange(first_day, last_day + 1) + 3) % 7  # 1970-01-01 was a Thursday; Monday = 0
    day_of = {d: fixed.get(d, WEEKDAY if wd < 5 else WEEKEND) for d, wd in zip(dates, weekday.tolist(), strict=True)}
    complete = coverage >= min_coverage
    incomplete = tuple(d for i, d in enumerate(dates) if day_of[d] != EXCLUDED and not complete[i])
    order = [WEEKDAY, WEEKEND] + [k for k in dict.fromkeys(day_of.values()) if k not in (WEEKDAY, WEEKEND)]
    per_hour = 60 // bin_minutes
    with np.errstate(invalid="ignore", divide="ignore"):
        ok = np.isfinite(daily).reshape(n_days, 24, per_hour)
        day_hours = np.where(ok, daily.reshape(n_days, 24, per_hour), 0.0).sum(axis=2) / ok.sum(axis=2)
    bins = np.arange(per_day, dtype=np.int64) * bin_minutes
    profiles: list[DayProfile] = []
    hourly: dict[str, tuple[Values, Values]] = {}
    for kind in order:
        rows = [i for i, d in enumerate(dates) if day_of[d] == kind and complete[i]]
        if kind == EXCLUDED or not rows:
            continue
        mean, std = mean_std(daily[rows])
        profiles.append(DayProfile(kind, tuple(dates[i] for i in rows), bins, mean, std, daily[rows]))
        hourly[kind] = mean_std(day_hours[rows])
    table = [(h, {k: (float(m[h]), float(s[h])) for k, (m, s) in hourly.items()}) for h in range(24)]
    counted = "、".join(f"{p.day_type} {len(p.days)} 天" for p in profiles) or "无完整日"
    trace = (f"按 {tz} 本地日划分，{bin_minutes} min 时段，共 {n_days} 天：{counted}；"
             f"覆盖率低于 {min_coverage * 100:g} % 的 {len(incomplete)} 天未计入平均")
    excluded = sum(1 for k in day_of.values() if k == EXCLUDED)
    if excluded:
        trace += f"；{excluded} 天指定为排除"
    return DayTypeResult(bin_minutes, tz, tuple(profiles), day_of, incomplete, table,
                         dict(zip(dates, coverage.tolist(), strict=True)), trace)
