"""Dates and times of logger rows: recognising a format in a sample (``classify``) and reading whole columns
(``read_datetimes``, ``read_times``, ``read_serials``) vectorised — one regular expression per column through
pyarrow's RE2 and integer arithmetic in numpy, never a Python loop per row.

Formats: ``ymd`` (ISO ``YYYY-MM-DD[ T]HH:MM[:SS[.fff]]``, ``YYYY/MM/DD``, ``YYYY.MM.DD``, ``YYYY年MM月DD日``),
``dmy`` (``DD.MM.YYYY``, ``DD/MM/YYYY``), ``mdy`` (``MM/DD/YYYY``), the same three orders with a two-digit year
(``ymd-yy`` ``YY/MM/DD``, ``dmy-yy`` ``DD/MM/YY``, ``mdy-yy`` ``MM/DD/YY``; 00–68 → 20xx, 69–99 → 19xx, as
strptime's ``%y``), ``excel`` (serial day numbers), ``time`` (a time of day only: the date comes from elsewhere,
see ``clock``) or a strptime format. Time of day: ``HH:MM[:SS[.fff]]`` with an optional AM/PM after it (``AM``,
``am``, ``a.m.``, ``a. m.``, 上午/下午) or 上午/下午 before it, ``8时05分09秒``; 12 AM is 0 h, 12 PM is 12 h. A
trailing ``Z`` or ``+08:00`` offset is honoured per row. Impossible dates (30 February, hour 25) are invalid rows,
not shifted.

Local times become UTC through one fixed offset: the zone must not change its offset inside the data
(``utc_offset_ms`` refuses a DST switch and names ``--tz``).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import numpy as np
import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.compute as pc  # type: ignore[import-untyped]

from desktop_app.domain.errors import ImportFileError, ValidationError
from desktop_app.importers.logs.columns import offset_minutes, offset_zone

DAY_MS = 86_400_000
EXCEL_EPOCH = 25_569  # serial day number of 1970-01-01 (1900 date system)

_SP = r"[ \t]"
_NB = "[ \t\u00a0\u202f]"  # white space before AM/PM, where Windows locales put a (narrow) no-break space
_AMPM = rf"[AaPp]\.?{_NB}?[Mm]\.?|上午|下午"  # AM am a.m. a. m. (Spanish) 上午 …
_TIME = (rf"(?:(?P<q>上午|下午){_SP}*)?"  # 上午/下午 before the time (2024/3/1 上午 08:00:00)
         r"(?P<H>[0-9]{1,2})[:：时](?P<M>[0-9]{2})(?:[:：分](?P<S>[0-9]{2})(?:[.,](?P<f>[0-9]{1,9}))?秒?)?分?"
         rf"(?:{_NB}*(?P<p>{_AMPM}))?")
_ZONE = r"(?:" + _SP + r"*(?P<z>Z|(?P<zs>[+\-])(?P<zh>[0-9]{2}):?(?P<zm>[0-9]{2})?))?"
_YMD = rf"(?P<Y>[0-9]{{4}}){_SP}*[-/.年]{_SP}*(?P<m>[0-9]{{1,2}}){_SP}*[-/.月]{_SP}*(?P<d>[0-9]{{1,2}}){_SP}*日?"
_DMY = r"(?P<d>[0-9]{1,2})[-/.](?P<m>[0-9]{1,2})[-/.](?P<Y>[0-9]{4})"
_MDY = r"(?P<m>[0-9]{1,2})[-/.](?P<d>[0-9]{1,2})[-/.](?P<Y>[0-9]{4})"
_AB = r"(?P<a>[0-9]{1,2})(?P<sep>[-/.])(?P<b>[0-9]{1,2})[-/.](?P<Y>[0-9]{4})"
# two-digit years: all three numbers are short, so the time must be set off (T or a space)
_YMD2 = r"(?P<y>[0-9]{2})[-/.](?P<m>[0-9]{1,2})[-/.](?P<d>[0-9]{1,2})"
_DMY2 = r"(?P<d>[0-9]{1,2})[-/.](?P<m>[0-9]{1,2})[-/.](?P<y>[0-9]{2})"
_MDY2 = r"(?P<m>[0-9]{1,2})[-/.](?P<d>[0-9]{1,2})[-/.](?P<y>[0-9]{2})"
_ABC = r"(?P<a>[0-9]{1,2})(?P<sep>[-/.])(?P<b>[0-9]{1,2})[-/.](?P<c>[0-9]{1,2})"


def _full(date: str, gap: str = f"{_SP}*") -> str:
    return rf"^{_SP}*{date}(?:(?:T|{gap}){_TIME})?{_ZONE}{_SP}*$"


TWO_DIGIT = ("ymd-yy", "dmy-yy", "mdy-yy")  # named formats with a two-digit year, in the order they are offered
PATTERNS = {"ymd": _full(_YMD), "dmy": _full(_DMY), "mdy": _full(_MDY), "ymd-yy": _full(_YMD2, f"{_SP}+"),
            "dmy-yy": _full(_DMY2, f"{_SP}+"), "mdy-yy": _full(_MDY2, f"{_SP}+")}
TIME_ONLY = rf"^{_SP}*{_TIME}{_SP}*$"
ISO_STRICT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[ T][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,3})?)?)?")
_RE_YMD = re.compile(PATTERNS["ymd"])
_RE_AB = re.compile(_full(_AB))
_RE_ABC = re.compile(_full(_ABC, f"{_SP}+"))
_RE_TIME = re.compile(TIME_ONLY)
NAMED_FORMATS = ("ymd", "dmy", "mdy", "excel", *TWO_DIGIT, "time")
PIVOT = 69  # two-digit years below it are 20xx, from it on 19xx (strptime's %y)


# --- recognising formats in a sample ------------------------------------------------------------------------------

def classify(cell: str) -> tuple[str, int, int, bool] | None:
    """("ymd" | "ab" | "yy" | "time", a, b, has_time) of a date/time cell, or None. For "ab" (day/month order
    unknown) a and b are the first two numbers and the separator decides nothing yet; "yy" is three short numbers
    (a two-digit year somewhere: ``two_digit_orders`` tells which orders fit)."""
    match = _RE_YMD.match(cell)
    if match:
        return "ymd", 0, 0, match.group("H") is not None
    match = _RE_AB.match(cell)
    if match:
        a, b = int(match.group("a")), int(match.group("b"))
        if match.group("sep") == "." and a <= 31 and b <= 12:
            return "dmy", a, b, match.group("H") is not None
        return "ab", a, b, match.group("H") is not None
    match = _short_date(cell)
    if match:
        return "yy", int(match.group("a")), int(match.group("b")), match.group("H") is not None
    if _RE_TIME.match(cell):
        return "time", 0, 0, True
    return None


def _short_date(cell: str) -> re.Match[str] | None:
    """Three short numbers as a date; with dots only when all three have two digits (1.2.10 is a version)."""
    match = _RE_ABC.match(cell)
    if match and match.group("sep") == "." and not all(len(match.group(g)) == 2 for g in "abc"):
        return None
    return match


def two_digit_orders(cells: list[str]) -> tuple[str, ...]:
    """The two-digit-year formats (``TWO_DIGIT`` order) under which every "yy" cell is a possible date: a month is
    1–12, a day 1–31 and the year has two digits."""
    fits = dict.fromkeys(TWO_DIGIT, True)
    for cell in cells:
        match = _short_date(cell)
        if not match:
            continue
        a, b, c = (match.group(g) for g in "abc")
        x, y, z = int(a), int(b), int(c)
        fits["ymd-yy"] &= len(a) == 2 and 1 <= y <= 12 and 1 <= z <= 31
        fits["dmy-yy"] &= len(c) == 2 and 1 <= x <= 31 and 1 <= y <= 12
        fits["mdy-yy"] &= len(c) == 2 and 1 <= x <= 12 and 1 <= y <= 31
    return tuple(f for f, ok in fits.items() if ok)


def two_digit_year(cell: str, date_format: str) -> tuple[str, int] | None:
    """(the year as written, the year it is read as) of one cell in a format with a two-digit year, else None."""
    if date_format not in NAMED_FORMATS and "%y" not in date_format:
        return None
    if date_format in NAMED_FORMATS and date_format not in TWO_DIGIT:
        return None
    match = re.match(pattern_for(date_format), cell)
    if not match or match.group("y") is None:
        return None
    yy = int(match.group("y"))
    return match.group("y"), (2000 + yy if yy < PIVOT else 1900 + yy)


def reading(cell: str, date_format: str) -> str | None:
    """"YYYY-MM-DD" of one cell read in a named day/month order (for messages that show what each order means)."""
    match = re.match(pattern_for(date_format), cell)
    if not match:
        return None
    groups = match.groupdict()
    if groups.get("Y"):
        year = int(groups["Y"])
    else:
        yy = int(groups["y"])
        year = 2000 + yy if yy < PIVOT else 1900 + yy
    try:
        return datetime(year, int(groups["m"]), int(groups["d"])).strftime("%Y-%m-%d")
    except ValueError:
        return None


def is_iso(cell: str) -> bool:
    """Zero-padded ISO without offset: what pyarrow's own timestamp parser reads (the fast path)."""
    return ISO_STRICT.fullmatch(cell.strip()) is not None


# --- strptime formats given by the user ------------------------------------------------------------------------------

_DIRECTIVES = {
    "Y": r"(?P<Y>[0-9]{4})", "y": r"(?P<y>[0-9]{2})", "m": r"(?P<m>[0-9]{1,2})", "d": r"(?P<d>[0-9]{1,2})",
    "e": r"[ ]?(?P<d>[0-9]{1,2})", "b": r"(?P<b>[A-Za-z]{3,9}\.?)", "B": r"(?P<b>[A-Za-z]{3,9})",
    "H": r"(?P<H>[0-9]{1,2})", "I": r"(?P<H>[0-9]{1,2})", "M": r"(?P<M>[0-9]{1,2})", "S": r"(?P<S>[0-9]{1,2})",
    "f": r"(?P<f>[0-9]{1,9})", "p": rf"(?P<p>{_AMPM})",
    "z": r"(?P<z>Z|(?P<zs>[+\-])(?P<zh>[0-9]{2}):?(?P<zm>[0-9]{2})?)",
}
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def strptime_regex(fmt: str) -> str:
    """RE2 pattern for a strptime format (``%Y-%m-%d %H:%M:%S.%f``); ValidationError for what we cannot read."""
    out = [f"^{_SP}*"]
    i = 0
    seen: set[str] = set()
    fmt = fmt.replace("%T", "%H:%M:%S").replace("%F", "%Y-%m-%d").replace("%D", "%m/%d/%y").replace("%R", "%H:%M")
    while i < len(fmt):
        ch = fmt[i]
        if ch == "%" and i + 1 < len(fmt):
            d = fmt[i + 1]
            i += 2
            if d == "%":
                out.append("%")
                continue
            if d not in _DIRECTIVES or d in seen:
                raise ValidationError(field="--date-format", detail=f"不支持日期格式中的 %{d}"
                                      if d not in seen else f"%{d} 出现了两次")
            seen.add(d)
            out.append(_DIRECTIVES[d])
        elif ch.isspace():
            out.append(f"{_SP}*")
            i += 1
        else:
            out.append(re.escape(ch))
            i += 1
    if not ({"Y", "y"} & seen and {"m", "b", "B"} & seen and {"d", "e"} & seen):
        raise ValidationError(field="--date-format", detail=f"“{fmt}”缺少年、月或日（%Y、%m、%d）")
    out.append(f"{_SP}*$")
    return "".join(out)


def pattern_for(date_format: str) -> str:
    if date_format in PATTERNS:
        return PATTERNS[date_format]
    if "%" not in date_format:
        raise ValidationError(field="--date-format",
                              detail=f"“{date_format}”不是 ymd、dmy、mdy、ymd-yy、dmy-yy、mdy-yy、excel、time "
                                     "或 strptime 格式")
    return strptime_regex(date_format)


# --- vectorised reading -----------------------------------------------------------------------------------------------

def _field(parts: pa.StructArray, names: set[str], name: str, default: str = "0") -> pa.Array:
    if name not in names:
        return pa.nulls(len(parts), pa.string())
    f = pc.struct_field(parts, name)
    return pc.if_else(pc.equal(f, ""), None, f)


def _ints(arr: pa.Array, default: int = 0) -> np.ndarray:
    return np.asarray(pc.fill_null(pc.cast(arr, pa.int64()), default).to_numpy(zero_copy_only=False), dtype=np.int64)


def _days_from_civil(y: np.ndarray, m: np.ndarray, d: np.ndarray) -> np.ndarray:
    y = y - (m <= 2)
    era = np.floor_divide(y, 400)
    yoe = y - era * 400
    mp = (m + 9) % 12
    doy = (153 * mp + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return np.asarray(era * 146_097 + doe - 719_468, dtype=np.int64)


_DIM = np.array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.int64)


def _clock(parts: pa.StructArray, names: set[str]) -> tuple[np.ndarray, np.ndarray]:
    """(ms of day, valid) from the H M S f p groups."""
    hour = _ints(_field(parts, names, "H"))
    minute = _ints(_field(parts, names, "M"))
    second = _ints(_field(parts, names, "S"))
    frac = _field(parts, names, "f")
    millis = _ints(pc.utf8_slice_codeunits(pc.utf8_rpad(pc.fill_null(frac, ""), 3, "0"), 0, 3))
    ok = (minute <= 59) & (second <= 59)
    ampm = _field(parts, names, "p")
    if "q" in names:  # 上午/下午 written before the time
        ampm = pc.coalesce(ampm, _field(parts, names, "q"))
    has_p = np.asarray(pc.is_valid(ampm).to_numpy(zero_copy_only=False), dtype=bool)
    if has_p.any():
        pm = np.asarray(pc.fill_null(pc.match_substring_regex(ampm, "^[Pp下]"), False).to_numpy(zero_copy_only=False),
                        dtype=bool)
        ok &= ~has_p | ((hour >= 1) & (hour <= 12))
        hour = np.where(has_p, hour % 12 + 12 * pm, hour)
    ok &= (hour <= 23) | ((hour == 24) & (minute == 0) & (second == 0) & (millis == 0))
    return ((hour * 60 + minute) * 60 + second) * 1000 + millis, ok


def _zone(parts: pa.StructArray, names: set[str]) -> np.ndarray | None:
    """Minutes east of UTC per row where the cell carries an offset (else a sentinel), or None if none does."""
    if "z" not in names:
        return None
    zone = _field(parts, names, "z")
    if zone.null_count == len(zone):
        return None
    sign = np.where(np.asarray(pc.fill_null(pc.equal(_field(parts, names, "zs"), "-"), False)
                               .to_numpy(zero_copy_only=False), dtype=bool), -1, 1)
    minutes = sign * (_ints(_field(parts, names, "zh")) * 60 + _ints(_field(parts, names, "zm")))
    present = np.asarray(pc.is_valid(zone).to_numpy(zero_copy_only=False), dtype=bool)
    return np.where(present, minutes, NO_ZONE)


NO_ZONE = np.iinfo(np.int64).min


_ISO_TIME = r"(?:[ T]([0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,9})?)?))?$"
_REWRITES = {
    "ymd": (r"^([0-9]{4})[-/.年]([0-9]{2})[-/.月]([0-9]{2})日?" + _ISO_TIME, r"\1-\2-\3 \4"),
    "dmy": (r"^([0-9]{2})[-/.]([0-9]{2})[-/.]([0-9]{4})" + _ISO_TIME, r"\3-\2-\1 \4"),
    "mdy": (r"^([0-9]{2})[-/.]([0-9]{2})[-/.]([0-9]{4})" + _ISO_TIME, r"\3-\1-\2 \4"),
}


def iso_hint(cell: str, date_format: str) -> str | None:
    """"iso" when ``cell`` is zero-padded ISO, "rewrite" when a regular-expression rewrite makes it so (then
    Arrow's strict ISO cast reads a whole block at once), None otherwise (the general reader takes it)."""
    if is_iso(cell) and date_format == "ymd":
        return "iso"
    rewrite = _REWRITES.get(date_format)
    if rewrite and re.match(rewrite[0], cell.strip()) and re.match(r"^[^ T]+[ T][0-9]", cell.strip()):
        return "rewrite"
    return None


def _fast(cells: pa.Array, date_format: str, hint: str) -> tuple[np.ndarray, np.ndarray] | None:
    """(naive ms, valid) through Arrow's ISO cast — it refuses 30 February, unlike its strptime — or None when
    some cell of the block does not fit (the block then goes to the general reader)."""
    text = cells
    if hint == "rewrite":
        pattern, replacement = _REWRITES[date_format]
        text = pc.replace_substring_regex(cells, pattern=pattern, replacement=replacement)
    try:
        stamps = pc.cast(text, pa.timestamp("ms"))
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    return read_timestamps(stamps)


def read_datetimes(cells: pa.Array, date_format: str, hint: str | None = None
                   ) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """(naive local ms, valid, zone minutes or None) of a string column in a named or strptime format."""
    if date_format == "time":  # a time of day only: ms of the day (the date is added by ``clock``)
        clock, ok = read_times(cells)
        return clock, ok, None
    if hint:
        fast = _fast(cells, date_format, hint)
        if fast is not None:
            return fast[0], fast[1], None
    pattern = pattern_for(date_format)
    names = set(re.findall(r"\(\?P<(\w+)>", pattern))
    parts = pc.extract_regex(cells, pattern=pattern)
    matched = np.asarray(pc.is_valid(parts).to_numpy(zero_copy_only=False), dtype=bool)
    if "Y" in names:
        year = _ints(_field(parts, names, "Y"), 1970)
    else:
        yy = _ints(_field(parts, names, "y"), 70)
        year = np.where(yy < PIVOT, 2000 + yy, 1900 + yy)
    if "b" in names:
        month_name = pc.utf8_slice_codeunits(pc.utf8_lower(_field(parts, names, "b")), 0, 3)
        month = np.asarray(pc.fill_null(pc.index_in(month_name, value_set=pa.array(_MONTHS)), -1)
                           .to_numpy(zero_copy_only=False), dtype=np.int64) + 1
    else:
        month = _ints(_field(parts, names, "m"), 1)
    day = _ints(_field(parts, names, "d"), 1)
    clock, ok = _clock(parts, names)
    ok &= matched & (year >= 1) & (month >= 1) & (month <= 12) & (day >= 1)
    m_index = np.clip(month, 1, 12) - 1
    leap = (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))
    ok &= day <= _DIM[m_index] + ((m_index == 1) & leap)
    naive = _days_from_civil(year, np.clip(month, 1, 12), day) * DAY_MS + clock
    return np.where(ok, naive, 0), ok, _zone(parts, names)


def read_times(cells: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """(ms of day, valid) of a separate time-of-day column (strings, time64, or Excel day fractions)."""
    if pa.types.is_time(cells.type):
        ms = pc.cast(pc.cast(cells, pa.time64("us")), pa.int64())
        valid = np.asarray(pc.is_valid(ms).to_numpy(zero_copy_only=False), dtype=bool)
        return np.asarray(pc.fill_null(ms, 0).to_numpy(zero_copy_only=False), dtype=np.int64) // 1000, valid
    if pa.types.is_floating(cells.type) or pa.types.is_integer(cells.type):
        frac = np.asarray(pc.fill_null(pc.cast(cells, pa.float64()), np.nan).to_numpy(zero_copy_only=False))
        with np.errstate(invalid="ignore"):
            valid = (frac >= 0) & (frac < 1)
        return np.where(valid, np.round(np.nan_to_num(frac) * DAY_MS), 0).astype(np.int64), valid
    parts = pc.extract_regex(cells, pattern=TIME_ONLY)
    names = set(re.findall(r"\(\?P<(\w+)>", TIME_ONLY))
    clock, ok = _clock(parts, names)
    ok &= np.asarray(pc.is_valid(parts).to_numpy(zero_copy_only=False), dtype=bool)
    return np.where(ok, clock, 0), ok


def read_serials(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(naive ms, valid) of Excel serial day numbers (1900 date system, after its 1900-02-29 bug)."""
    with np.errstate(invalid="ignore"):
        valid = (values >= 61) & (values < 2_958_466)
    ms = np.round((np.where(valid, values, EXCEL_EPOCH) - EXCEL_EPOCH) * DAY_MS)
    return ms.astype(np.int64), valid


def read_timestamps(cells: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """(naive ms, valid) of an Arrow timestamp or date column (XLSX date cells, pyarrow's ISO parser)."""
    if pa.types.is_date(cells.type):
        cells = pc.cast(cells, pa.timestamp("ms"))
    ms = pc.cast(pc.cast(cells, pa.timestamp("ms")), pa.int64())
    valid = np.asarray(pc.is_valid(ms).to_numpy(zero_copy_only=False), dtype=bool)
    return np.asarray(pc.fill_null(ms, 0).to_numpy(zero_copy_only=False), dtype=np.int64), valid


# --- time zones -------------------------------------------------------------------------------------------------------

def resolve_tz(name: str) -> str:
    """The zoneinfo name for ``--tz`` (``UTC+8`` → ``Etc/GMT-8``); ValidationError naming the option."""
    text = (name or "").strip()
    minutes = offset_minutes(text) if re.fullmatch(r"(?i)(utc|gmt)\s*[+\-−].*", text) else None
    if minutes is None and re.fullmatch(r"[+\-][0-9]{1,2}(:?[0-9]{2})?", text):
        minutes = offset_minutes("UTC" + text)
    if minutes is not None:
        zone = offset_zone(minutes)
        if zone is None:
            raise ValidationError(field="--tz", detail=f"“{name}”不是可用的时区偏移")
        return zone
    if text.upper() in ("UTC", "GMT", "Z"):
        return "UTC"
    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(field="--tz",
                              detail=f"“{name}”不是已知时区（如 Asia/Shanghai、Asia/Tokyo、UTC+8）") from None
    return text


def _offset_of_local(zone: ZoneInfo, naive_ms: int) -> int:
    local = datetime(1970, 1, 1) + timedelta(milliseconds=naive_ms)
    delta = local.replace(tzinfo=zone).utcoffset() or timedelta(0)
    return int(delta.total_seconds() * 1000)


def _offset_at_utc(zone: ZoneInfo, utc_ms: int) -> int:
    moment = datetime(1970, 1, 1, tzinfo=UTC) + timedelta(milliseconds=utc_ms)
    delta = moment.astimezone(zone).utcoffset() or timedelta(0)
    return int(delta.total_seconds() * 1000)


def _fmt_offset(ms: int) -> str:
    minutes = ms // 60_000
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def utc_offset_ms(path: str, tz: str, naive_lo: int, naive_hi: int) -> int:
    """The one UTC offset of ``tz`` over local times ``naive_lo..naive_hi``; ImportFileError if it changes."""
    zone = ZoneInfo(tz)
    try:
        offset = _offset_of_local(zone, naive_lo)
        lo, hi = naive_lo - offset, naive_hi - offset
        step = int(min(max((hi - lo) / 5000, 3_600_000), 7 * DAY_MS))
        t = lo
        while True:
            other = _offset_at_utc(zone, min(t, hi))
            if other != offset:
                before, after = max(lo, t - step), min(t, hi)
                while after - before > 60_000:  # to the minute
                    middle = (before + after) // 2
                    before, after = (middle, after) if _offset_at_utc(zone, middle) == offset else (before, middle)
                when = datetime(1970, 1, 1) + timedelta(milliseconds=after)
                raise ImportFileError(
                    path=path,
                    detail=f"时区 {tz} 在数据的时间范围内 UTC 偏移有变化（{_fmt_offset(offset)} → "
                           f"{_fmt_offset(other)}，"
                           f"{when:%Y-%m-%d %H:%M} UTC 起，夏令时切换），切换前后的本地时间无法唯一换算成 UTC。"
                           f"请用 --tz 指定记录仪实际使用的固定偏移时区，如 Etc/GMT-1（即 UTC+1）或 UTC+2")
            if t >= hi:
                return offset
            t += step
    except (OverflowError, ValueError):
        raise ImportFileError(path=path, detail="时间超出可处理的范围（公元 1–9999 年）") from None


def to_utc(path: str, tz: str, naive: np.ndarray, zones: np.ndarray | None) -> tuple[np.ndarray, int | None]:
    """UTC ms of local ``naive`` ms (rows with their own offset in ``zones`` use it); (utc, offset used)."""
    if len(naive) == 0:
        return naive.astype(np.int64), None
    local = naive if zones is None else naive[zones == NO_ZONE]
    offset = utc_offset_ms(path, tz, int(local.min()), int(local.max())) if len(local) else None
    utc = naive - (offset or 0)
    if zones is not None:
        utc = np.where(zones == NO_ZONE, utc, naive - zones * 60_000)
    return utc.astype(np.int64, copy=False), offset
