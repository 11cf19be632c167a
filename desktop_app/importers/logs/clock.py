"""What the sequence of timestamps says about how they were read (issue 13): the date of rows that carry only a time
of day, the day/month order when several fit every cell, the end-of-day ``00:00`` some loggers write with the
day's own date, and timing no field measurement has (a span of years, an interval that changes mid-file).

Rules (each finding is a Detection note, each open question an Ambiguity or an error naming the option):

* time-only rows — the date is ``--date`` (``LogOptions.base_date``), else the first date in the lines above the
  header (a line naming a start is preferred; lines naming an export, print or report date are not used), else a
  date in the file name (``20240301_log.csv``, ``log_2024-03-01.txt``). A slash date whose day and month are
  both ≤ 12 is settled by the file name when it names one of the two readings, else it is asked (``--date``).
  A row whose time of day is more than ``ROLLOVER_MS`` (12 h) before the row above it starts the next day
  (23:59:30 → 00:00:00); a smaller step back is a row out of order (sorted and counted as such).
* day/month order — of the orders that read every date the others read, the one under which the timestamps
  (a) go back least often, (b) span at most ``MAX_SPAN_DAYS``, (c) are regular: the share of steps equal to the
  median step (±1 %, at least 1 s) times how much of the span those steps cover. It must lead (c) by
  ``QUALITY_LEAD`` and reach ``MIN_QUALITY`` when (c) decides; else the order is asked (``--date-format``).
* end of day — a row at exactly 00:00 of day D whose row above is late on D (≥ 12:00) and whose row below is on
  D+1 after 00:00 (or which is the last row) is read as D+1 00:00 (24:00 of D).
* timing — after sorting, a span above ``MAX_SPAN_DAYS`` (400: a year of monitoring and a margin) or, with at
  least ``MIN_SEGMENT`` steps in each of two or more equal segments (at most 8), segment median steps that differ
  by more than ``INTERVAL_FACTOR`` (4×) stop the import (``--accept-timing`` imports anyway, the finding noted).

Everything here is numpy over the int64 ms array of the whole file; nothing loops per row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

from desktop_app.domain.errors import ValidationError
from desktop_app.importers.logs.model import Ambiguity
from desktop_app.importers.logs.timeparse import DAY_MS

MAX_SPAN_DAYS = 400
INTERVAL_FACTOR = 4
MIN_SEGMENT = 50
SEGMENTS = 8
ROLLOVER_MS = 12 * 3_600_000
LATE_MS = 12 * 3_600_000
QUALITY_LEAD = 1.25
MIN_QUALITY = 0.5
_EPOCH = datetime(1970, 1, 1)


# --- formatting -----------------------------------------------------------------------------------------------------

def stamp(naive_ms: int, seconds: bool | None = None) -> str:
    """"2024-03-01 08:00[:05]" of a naive local ms value (seconds shown when not zero, or when asked)."""
    moment = _EPOCH + timedelta(milliseconds=int(naive_ms))
    show = moment.second or moment.microsecond if seconds is None else seconds
    return moment.strftime("%Y-%m-%d %H:%M:%S" if show else "%Y-%m-%d %H:%M")


def clock_text(naive_ms: int, seconds: bool | None = None) -> str:
    """"23:45" or "23:59:30" — the time of day of a naive ms value."""
    return stamp(naive_ms, seconds).split(" ")[1]


def share(fraction: float) -> str:
    """"4%", or "不到 1%" (never a "0%" that reads as none)."""
    return "不到 1%" if fraction < 0.005 else f"{fraction:.0%}"


def duration(ms: float) -> str:
    """A step or span for a message: "1 秒", "15 分钟", "2.5 小时", "3 天"."""
    for size, unit in ((DAY_MS, "天"), (3_600_000, "小时"), (60_000, "分钟"), (1000, "秒")):
        if abs(ms) >= size:
            value = ms / size
            return f"{value:.0f} {unit}" if abs(value - round(value)) < 0.05 else f"{value:.1f} {unit}"
    return f"{ms:.0f} 毫秒"


# --- the date of time-only rows --------------------------------------------------------------------------------------

_YMD = re.compile(r"(?<![0-9])([0-9]{4})\s*[-/.年]\s*([0-9]{1,2})\s*[-/.月]\s*([0-9]{1,2})(?![0-9])")
_AB = re.compile(r"(?<![0-9])([0-9]{1,2})([-/.])([0-9]{1,2})[-/.]([0-9]{4})(?![0-9])")
_NAME = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})([-_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12][0-9]|3[01])(?![0-9])")
_START = re.compile(r"(?i)start|begin|开始|起始")
_NOT_THE_DAY = re.compile(r"(?i)export|print|report|generat|creat|save|导出|打印|报告|生成|创建|保存")


@dataclass(frozen=True)
class BaseDate:
    iso: str | None  # the date of the rows, None while it is asked
    note: str  # where it came from (a Detection note)
    ambiguity: Ambiguity | None = None


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def given_date(text: str) -> str:
    """The ISO date of ``--date``; ValidationError naming the option."""
    match = re.fullmatch(r"\s*([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})\s*", text or "")
    found = _iso(*(int(g) for g in match.groups())) if match else None
    if found is None:
        raise ValidationError(field="--date", detail=f"“{text}”不是日期（应为 2024-03-01 这样的年-月-日）")
    return found


def _dates_in(line: str) -> list[str]:
    """The readings of the first date in a line: one, or two for a slash date whose day and month are ≤ 12."""
    match = _YMD.search(line)
    if match:
        found = _iso(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        return [found] if found else []
    match = _AB.search(line)
    if not match:
        return []
    a, sep, b, year = int(match.group(1)), match.group(2), int(match.group(3)), int(match.group(4))
    day_first, month_first = _iso(year, b, a), _iso(year, a, b)
    if sep == "." or month_first is None or day_first == month_first:
        return [day_first] if day_first else []
    if day_first is None:
        return [month_first]
    return [month_first, day_first]


def name_date(name: str) -> str | None:
    """A date in a file name: 20240301_log.csv, log_2024-03-01.txt (else None)."""
    for match in _NAME.finditer(name):
        found = _iso(int(match.group(1)), int(match.group(3)), int(match.group(4)))
        if found:
            return found
    return None


def base_date(where: str, column: str, preamble: list[tuple[int, str]], given: str | None) -> BaseDate | None:
    """The date of rows that carry only a time of day (``preamble``: (line number, text) above the header), or
    None when there is none anywhere."""
    if given is not None:
        iso = given_date(given)
        return BaseDate(iso, f"“{column}”列只有时刻，日期按指定的 {iso} 读取（--date）")
    name = Path(where).name
    from_name = name_date(name)
    lines = [(n, text.strip()) for n, text in preamble if text.strip() and not _NOT_THE_DAY.search(text)]
    lines.sort(key=lambda item: 0 if _START.search(item[1]) else 1)  # stable: a start line first, then in order
    for number, text in lines:
        readings = _dates_in(text)
        if not readings:
            continue
        where_said = f"文件说明第 {number} 行“{text}”"
        if len(readings) == 1:
            return BaseDate(readings[0], f"“{column}”列只有时刻，日期取自{where_said}：{readings[0]}（--date 可改）")
        if from_name in readings:
            return BaseDate(from_name, f"“{column}”列只有时刻，日期取自{where_said}：{from_name}（日、月顺序按文件名"
                                       f"“{name}”确定；--date 可改）")
        message = (f"“{name}”的“{column}”列只有时刻，{where_said}中的日期日和月都不大于 12，无法判断是"
                   f" {readings[0]}（月/日/年）还是 {readings[1]}（日/月/年）")
        return BaseDate(None, "", Ambiguity("--date", message, tuple(readings)))
    if from_name:
        return BaseDate(from_name, f"“{column}”列只有时刻，日期取自文件名“{name}”：{from_name}（--date 可改）")
    return None


def date_time_only(naive: np.ndarray, iso: str, column: str) -> tuple[np.ndarray, str | None]:
    """Times of day (ms, file order) on ``iso``, a day later at each step back of more than ROLLOVER_MS."""
    day = date.fromisoformat(iso)
    start = (day - _EPOCH.date()).days * DAY_MS
    if len(naive) < 2:
        return naive + start, None
    back = np.diff(naive) < -ROLLOVER_MS
    rolls = int(np.count_nonzero(back))
    if not rolls:
        return naive + start, None
    days = np.concatenate((np.zeros(1, np.int64), np.cumsum(back, dtype=np.int64)))
    first = int(np.argmax(back))
    out = naive + start + days * DAY_MS
    before, after = int(naive[first]), int(naive[first + 1])
    seconds = bool(before % 60_000 or after % 60_000)
    note = (f"“{column}”列的时刻 {rolls} 次回到前一行之前（跨过午夜，如 {clock_text(before, seconds)} 之后是 "
            f"{clock_text(after, seconds)}），每次日期加 1 天：{iso} 至 {stamp(int(out[-1]))[:10]}")
    return out, note


# --- the end-of-day 00:00 ---------------------------------------------------------------------------------------------

def end_of_day(naive: np.ndarray) -> tuple[np.ndarray, str | None]:
    """Rows at 00:00 of day D between rows late on D and rows of D+1 (or at the end) → D+1 00:00."""
    n = len(naive)
    at = np.flatnonzero(naive[1:] % DAY_MS == 0) + 1 if n > 1 else np.empty(0, np.int64)  # few: one a day
    if not len(at):
        return naive, None
    here, above = naive[at], naive[at - 1]
    below = naive[np.minimum(at + 1, n - 1)]
    fix = (above // DAY_MS == here // DAY_MS) & (above % DAY_MS >= LATE_MS)
    fix &= (at == n - 1) | ((below // DAY_MS == here // DAY_MS + 1) & (below > here + DAY_MS))
    if not fix.any():
        return naive, None
    first = int(at[np.argmax(fix)])
    late = clock_text(int(naive[first - 1]))
    note = (f"{int(fix.sum())} 行“日期 00:00”位于当日 {late} 之后，按当日 24:00（次日 0 时）读取"
            f"（如“{stamp(int(naive[first]))}”读作 {stamp(int(naive[first]) + DAY_MS)}）")
    out = naive.copy()
    out[at[fix]] += DAY_MS
    return out, note


# --- the day/month order from the sequence ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Timeline:
    rows: int
    backward: int  # steps to an earlier time, in file order
    first: int  # earliest and latest naive ms
    last: int
    median: int  # median step between distinct sorted times
    regular: float  # share of those steps equal to the median (±1 %, at least 1 s)
    coverage: float  # how much of the span the median steps cover (1: no gaps)

    @property
    def span_days(self) -> float:
        return (self.last - self.first) / DAY_MS

    @property
    def plausible(self) -> bool:
        return self.span_days <= MAX_SPAN_DAYS

    @property
    def quality(self) -> float:
        return self.regular * self.coverage

    def describe(self) -> str:
        text = f"{stamp(self.first)} 至 {stamp(self.last)}，跨 {self.span_days:.1f} 天"
        if self.backward:
            text += f"，{self.backward} 处时间倒退"
        if self.median:
            text += f"，中位间隔 {duration(self.median)}"
            if self.coverage < 0.5:
                text += f"，只有 {share(self.coverage)} 的时段有数据"
            elif self.regular < 0.8:
                text += f"，只有 {share(self.regular)} 的间隔等于中位间隔"
        return text


def timeline(naive: np.ndarray) -> Timeline:
    """How ordered and regular the valid naive times of one reading are (file order)."""
    n = len(naive)
    if n < 2:
        first = int(naive[0]) if n else 0
        return Timeline(n, 0, first, first, 0, 1.0, 1.0)
    backward = int(np.count_nonzero(np.diff(naive) < 0))
    ordered = np.sort(naive)
    steps = np.diff(ordered)
    steps = steps[steps > 0]
    first, last = int(ordered[0]), int(ordered[-1])
    if not len(steps):
        return Timeline(n, backward, first, last, 0, 1.0, 1.0)
    median = int(np.median(steps))
    regular = float(np.count_nonzero(np.abs(steps - median) <= max(median // 100, 1000)) / len(steps))
    coverage = min(1.0, len(steps) * median / max(last - first, 1))
    return Timeline(n, backward, first, last, median, regular, coverage)


def pick_order(readings: dict[str, Timeline]) -> str | None:
    """The order whose sequence is clearly the one a logger writes, or None when several remain."""
    left = dict(readings)
    if min(s.rows for s in left.values()) < 3:
        return None
    fewest = min(s.backward for s in left.values())
    left = {k: s for k, s in left.items() if s.backward == fewest}
    if any(s.plausible for s in left.values()):
        left = {k: s for k, s in left.items() if s.plausible}
    if len(left) == 1:
        return next(iter(left))
    best = max(s.quality for s in left.values())
    left = {k: s for k, s in left.items() if s.quality * QUALITY_LEAD >= best}
    if len(left) == 1 and best >= MIN_QUALITY:
        return next(iter(left))
    return None


def why_not(chosen: Timeline, other: Timeline) -> str:
    """Why ``other`` lost to ``chosen`` (for the note)."""
    if other.backward > chosen.backward:
        return f"有 {other.backward} 处时间倒退"
    if not other.plausible:
        return f"跨 {other.span_days:.0f} 天"
    if other.coverage < chosen.coverage * 0.8:
        return f"跨 {other.span_days:.1f} 天而只有 {share(other.coverage)} 的时段有数据"
    return f"只有 {share(other.regular)} 的间隔等于中位间隔 {duration(other.median)}"


# --- implausible timing --------------------------------------------------------------------------------------------

def timing_findings(times: np.ndarray, offset_ms: int) -> list[str]:
    """What is implausible about sorted unique UTC ``times`` (local for the messages: + ``offset_ms``)."""
    n = len(times)
    if n < 2:
        return []
    found = []
    span = int(times[-1] - times[0])
    steps = np.diff(times)
    if span > MAX_SPAN_DAYS * DAY_MS:
        widest = int(np.argmax(steps))
        found.append(f"时间跨度 {span / DAY_MS:.0f} 天（{stamp(int(times[0]) + offset_ms)} 至 "
                     f"{stamp(int(times[-1]) + offset_ms)}），超过一次现场测量可能的长度（{MAX_SPAN_DAYS} 天）；"
                     f"最长的间断在 {stamp(int(times[widest]) + offset_ms)} 与 "
                     f"{stamp(int(times[widest + 1]) + offset_ms)} 之间（{duration(int(steps[widest]))}）")
    segments = min(SEGMENTS, len(steps) // MIN_SEGMENT)
    if segments >= 2:
        size = len(steps) // segments
        medians = np.median(steps[: segments * size].reshape(segments, size), axis=1)
        low, high = int(np.argmin(medians)), int(np.argmax(medians))
        if medians[high] > INTERVAL_FACTOR * medians[low]:
            def example(segment: int) -> str:
                at = segment * size + int(np.argmin(np.abs(steps[segment * size:(segment + 1) * size]
                                                           - medians[segment])))
                return f"{stamp(int(times[at]) + offset_ms)} → {stamp(int(times[at + 1]) + offset_ms)}"

            found.append(f"采样间隔前后不一致：有的段中位间隔 {duration(float(medians[low]))}（如 {example(low)}），"
                         f"有的段 {duration(float(medians[high]))}（如 {example(high)}），相差 "
                         f"{medians[high] / medians[low]:.0f} 倍")
    return found
