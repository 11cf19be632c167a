"""Logger files whose timestamps real exports write in ways the importer used to refuse or misread (issue 13, item 4):
two-digit years, AM/PM spellings, rows with only a time of day, the end-of-day ``00:00``, implausible timing.

Each ``write_*`` function writes one file into ``folder`` and returns its path together with the local wall-clock
times (naive ``datetime``) the rows stand for; the tests turn those into UTC ms with ``log_corpus.ms``
(``datetime`` + ``zoneinfo``), independently of the importer's arithmetic.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from log_corpus import write


def _rows(header: str, moments: list[datetime], fmt: str, sep: str = ",") -> str:
    lines = [header] + [f"{m.strftime(fmt)}{sep}{i}.5" for i, m in enumerate(moments)]
    return "\n".join(lines) + "\n"


def _every(start: datetime, step: timedelta, count: int) -> list[datetime]:
    return [start + step * i for i in range(count)]


# --- two-digit years -------------------------------------------------------------------------------------------------

def two_digit_us(folder: Path) -> tuple[Path, list[datetime]]:
    """``10/02/13 06:00:00 AM``: hourly over four October days of 2013. Every cell reads as month/day/year,
    day/month/year and year/month/day alike; only month/day/year gives an hourly sequence."""
    moments = _every(datetime(2013, 10, 2), timedelta(hours=1), 96)
    return write(folder / "us_2digit.csv", _rows("Time,P(kW)", moments, "%m/%d/%y %I:%M:%S %p")), moments


def two_digit_daily(folder: Path) -> tuple[Path, list[datetime]]:
    """``24/07/20``: one row a day from 24 July 2020 into August. 24 is no month; read as year/month/day the
    dates jump a year a row and fall back at 01/08/20 (2031 → 2001)."""
    moments = _every(datetime(2020, 7, 24), timedelta(days=1), 20)
    return write(folder / "daily_2digit.csv", _rows("Datum;Energie (kWh)", moments, "%d/%m/%y", ";")), moments


def two_digit_ymd(folder: Path) -> tuple[Path, list[datetime]]:
    """``13-02-10``: 15-minute rows over four days from 2013-02-10. 13 is no month; read as day-month-year
    the dates step a year a day (13 Feb 2010, 2011, …)."""
    moments = _every(datetime(2013, 2, 10), timedelta(minutes=15), 4 * 96)
    return write(folder / "ymd_2digit.csv", _rows("时间,流量(m³/h)", moments, "%y-%m-%d %H:%M")), moments


def two_digit_one_day(folder: Path) -> tuple[Path, list[datetime]]:
    """``24/07/20 08:00`` … within one day: 2020-07-24 or 2024-07-20, nothing in the file tells."""
    moments = _every(datetime(2020, 7, 24, 8), timedelta(minutes=15), 40)
    return write(folder / "one_day_2digit.csv", _rows("Time,P(kW)", moments, "%d/%m/%y %H:%M")), moments


# --- AM/PM ---------------------------------------------------------------------------------------------------------

AMPM_MOMENTS = [datetime(2024, 3, 13, 0, 0), datetime(2024, 3, 13, 0, 30), datetime(2024, 3, 13, 8, 0),
                datetime(2024, 3, 13, 12, 0), datetime(2024, 3, 13, 12, 45), datetime(2024, 3, 13, 15, 5),
                datetime(2024, 3, 13, 23, 59, 30)]
AMPM_MARKS = {  # variant → (file name, before noon, after noon, date format, mark before the time)
    "AM/PM": ("ampm_upper.csv", "AM", "PM", "%m/%d/%Y", False),
    "am/pm": ("ampm_lower.csv", "am", "pm", "%m/%d/%Y", False),
    "a.m./p.m.": ("ampm_dots.csv", "a.m.", "p.m.", "%m/%d/%Y", False),
    "a. m./p. m.": ("ampm_es.csv", "a. m.", "p. m.", "%d/%m/%Y", False),  # Spanish: with a space
    "上午/下午": ("ampm_zh_after.csv", "上午", "下午", "%Y/%m/%d", False),
    "上午/下午 在前": ("ampm_zh_before.csv", "上午", "下午", "", True),
}


def ampm(folder: Path, variant: str) -> tuple[Path, list[datetime]]:
    """One row per moment of ``AMPM_MOMENTS`` with a 12-hour clock in the spelling ``variant``: 12 AM is
    midnight, 12 PM noon. The Chinese mark before the time is written both with and without a space
    (``2024/3/13 上午 08:00:00``, ``2024-03-13 下午3:05``)."""
    name, am, pm, date_fmt, before = AMPM_MARKS[variant]
    lines = ["Fecha,P(kW)"]
    for i, m in enumerate(AMPM_MOMENTS):
        mark = am if m.hour < 12 else pm
        hour = m.hour % 12 or 12
        clock = f"{hour:02d}:{m.minute:02d}:{m.second:02d}" if m.second else f"{hour}:{m.minute:02d}"
        if before:
            when = f"{m.year}/{m.month}/{m.day} {mark} {clock}" if i % 2 else f"{m:%Y-%m-%d} {mark}{clock}"
        else:
            when = f"{m.strftime(date_fmt)} {clock} {mark}"
        lines.append(f"{when},{i}.5")
    return write(folder / name, "\n".join(lines) + "\n"), AMPM_MOMENTS


# --- rows with only a time of day ------------------------------------------------------------------------------------

def _over_midnight(day: datetime) -> list[datetime]:
    """30-second rows from 23:50 to 00:10 of the next day (the time of day goes back once)."""
    return _every(day.replace(hour=23, minute=50), timedelta(seconds=30), 41)


def time_only(folder: Path, name: str, preamble: list[str], day: datetime,
              delimiter: str = ",") -> tuple[Path, list[datetime]]:
    """A time-of-day column only; ``preamble`` lines above the header, rows across midnight from ``day``."""
    moments = _over_midnight(day)
    d = delimiter
    lines = [*preamble, f"Time{d}P(kW){d}U(V)"] + [f"{m:%H:%M:%S}{d}{i}.5{d}230" for i, m in enumerate(moments)]
    return write(folder / name, "\n".join(lines) + "\n"), moments


def chinese_preamble_time_only(folder: Path) -> tuple[Path, list[datetime]]:
    """开始日期：2024年3月1日 in the preamble, an export date above it (not the day of the rows), 24 h clock."""
    moments = _every(datetime(2024, 3, 1, 8), timedelta(minutes=1), 30)
    text = ("设备：2# 空压机\n导出时间：2024-03-05 10:00\n开始日期：2024年3月1日\n\n时刻,有功功率(kW)\n"
            + "".join(f"{m:%H:%M:%S},{i}.25\n" for i, m in enumerate(moments)))
    return write(folder / "空压机_时刻.csv", text), moments


# --- the end-of-day 00:00 --------------------------------------------------------------------------------------------

def end_of_day(folder: Path) -> tuple[Path, list[datetime], list[str]]:
    """15-minute interval ends over two days, each day's last one written ``D 00:00`` (24:00 of D) after
    ``D 23:45``; the file ends on such a row. Returns (path, true moments, the lines as written)."""
    moments = _every(datetime(2024, 3, 1, 0, 15), timedelta(minutes=15), 2 * 96)
    written = []
    for m in moments:
        if m.hour == 0 and m.minute == 0:
            written.append(f"{m - timedelta(days=1):%Y-%m-%d} 00:00")
        else:
            written.append(f"{m:%Y-%m-%d %H:%M}")
    text = "Ende,P(kW)\n" + "".join(f"{w},{i}.5\n" for i, w in enumerate(written))
    return write(folder / "end_of_day.csv", text), moments, written


# --- implausible timing ----------------------------------------------------------------------------------------------

def clock_reset(folder: Path) -> tuple[Path, list[datetime]]:
    """Hourly rows over three days and one row whose clock was reset to 2000-01-01 (a span of 24 years)."""
    moments = _every(datetime(2024, 3, 1), timedelta(hours=1), 72)
    lines = [f"{m:%Y-%m-%d %H:%M:%S}" for m in moments]
    lines[40] = "2000-01-01 00:00:00"
    moments[40] = datetime(2000, 1, 1)
    text = "时间,P(kW)\n" + "".join(f"{w},{i}.5\n" for i, w in enumerate(lines))
    return write(folder / "reset.csv", text), moments


def interval_change(folder: Path) -> tuple[Path, list[datetime]]:
    """200 rows a minute apart, then 200 rows 15 minutes apart (the logger was reconfigured, or two files were
    pasted together)."""
    first = _every(datetime(2024, 3, 1, 8), timedelta(minutes=1), 200)
    second = _every(first[-1] + timedelta(minutes=15), timedelta(minutes=15), 200)
    moments = first + second
    return write(folder / "interval.csv", _rows("时间,P(kW)", moments, "%Y-%m-%d %H:%M:%S")), moments


def yearly_ambiguous(folder: Path) -> tuple[Path, list[datetime]]:
    """Hourly rows on 5 June (or 6 May) of four years: either day/month order spans three years."""
    moments = [datetime(year, 6, 5, hour) for year in (2020, 2021, 2022, 2023) for hour in range(24)]
    return write(folder / "yearly.csv", _rows("Date/Time,P(kW)", moments, "%d/%m/%Y %H:%M")), moments


def implausible_guess(folder: Path) -> tuple[Path, list[datetime]]:
    """Hourly rows on three days written DD/MM/YYYY, all ≤ 12: 12 January and 1 February 2022, 5 March 2024.
    Day-first is the likelier order (month-first goes back from December to January) but spans 784 days."""
    moments = [datetime(y, m, d, h) for y, m, d in ((2022, 1, 12), (2022, 2, 1), (2024, 3, 5)) for h in range(24)]
    return write(folder / "guess.csv", _rows("Date/Time,P(kW)", moments, "%d/%m/%Y %H:%M")), moments


def daily_ambiguous(folder: Path) -> tuple[Path, list[datetime]]:
    """15-minute rows from 1 to 5 March 2024 written DD/MM/YYYY: every day and month ≤ 12, but read as
    month/day the rows would jump a month a day."""
    moments = _every(datetime(2024, 3, 1), timedelta(minutes=15), 5 * 96)
    return write(folder / "daily_dm.csv", _rows("Date/Time,P(kW)", moments, "%d/%m/%Y %H:%M:%S")), moments
