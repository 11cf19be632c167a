"""Column names → quantity and unit, as data: Chinese and foreign logger headers (PEERS.md §5.5).

A header is split into a name and a unit (``P总(kW)``, ``Ua/V``, ``温度[℃]``; or the unit row under the header).
The unit is kept as read — only its spelling is normalised (``KW`` → ``kW``, ``m3/h`` → ``m³/h``, ``℃`` → ``°C``);
values are never converted here. The quantity comes from the name (``QUANTITIES`` patterns, first match wins)
and the unit (``UNITS``); when they disagree the unit wins (``P(MPa)`` is a pressure). A recognised name without
a unit gets the quantity's default unit, and a note says so (Fluke exports write ``PowerP_Total_avg`` in W).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Quantity:
    key: str
    name_zh: str
    unit: str  # default unit when the file gives none ("" = dimensionless)
    patterns: tuple[str, ...]  # regexes searched in the normalised name (lower case, no blanks, unit removed)


# Order matters: the first quantity whose pattern matches the name wins ("功率因数" before "功率", "无功" before
# "功率", "电压不平衡" a percentage before "电压").
QUANTITIES: tuple[Quantity, ...] = (
    Quantity("power_factor", "功率因数", "", (r"功率因数|因数", r"^pf", r"powerfactor", r"^cos", r"^λ", r"^lambda")),
    Quantity("reactive_energy", "无功电能", "kvarh", (r"无功电[能量]", r"^eq", r"reactiveenergy", r"^e[_]?q")),
    Quantity("energy", "有功电能", "kWh", (r"电能|电量|能耗|电度", r"^ep", r"^e(总|sum|total|[abc])?($|_)",
                                          r"energy", r"^kwh$")),
    Quantity("reactive_power", "无功功率", "kvar", (r"无功", r"^q(总|sum|\(sum\)|total|t|fund|[abc123])?($|_)",
                                                 r"^powerq", r"reactive", r"^k?var$")),
    Quantity("apparent_power", "视在功率", "kVA", (r"视在", r"^s(总|sum|\(sum\)|total|t|[abc123])?($|_)",
                                                r"^powers", r"apparent", r"^k?va$")),
    Quantity("active_power", "有功功率", "kW", (r"有功", r"^p(总|sum|\(sum\)|total|t|[abc123]|l[123])?($|_)",
                                             r"^powerp", r"activepower", r"realpower", r"^power", r"功率",
                                             r"^k?w$")),
    Quantity("frequency", "频率", "Hz", (r"频率", r"frequency", r"^freq", r"^f($|_)", r"^hz$")),
    Quantity("percent", "百分比", "%", (r"率$|率_|不平衡|畸变", r"unbalance", r"^thd", r"percent", r"ratio")),
    Quantity("voltage", "电压", "V", (r"电压", r"voltage", r"^[uv](rms)?[_]?([abc123]|l[123])?n?($|_)",
                                     r"^[uv](rms)?[_]?(ab|bc|ca|an|bn|cn|12|23|31)($|_)")),
    Quantity("current", "电流", "A", (r"电流", r"current", r"^i(rms)?[_]?([abc123n]|l[123])?($|_)", r"^amps?$")),
    Quantity("flow", "流量", "m³/h", (r"流量", r"flow",)),
    Quantity("temperature", "温度", "°C", (r"温度|水温|油温|气温|烟温", r"temperature", r"^temp")),
    Quantity("pressure", "压力", "MPa", (r"压力|压强", r"pressure", r"^press")),
    Quantity("oxygen", "含氧量", "%", (r"含氧|氧含量|氧量", r"^o2", r"oxygen")),
    Quantity("speed", "转速", "r/min", (r"转速", r"speed", r"^rpm$", r"^n($|_)")),
    Quantity("other", "其他", "", ()),
)
BY_KEY = {q.key: q for q in QUANTITIES}

# Unit spellings (compared after ``_unit_key``) → (normalised spelling, quantity).
UNITS: dict[str, tuple[str, str]] = {
    "w": ("W", "active_power"), "kw": ("kW", "active_power"), "mw": ("MW", "active_power"),
    "千瓦": ("kW", "active_power"), "瓦": ("W", "active_power"),
    "var": ("var", "reactive_power"), "kvar": ("kvar", "reactive_power"), "mvar": ("Mvar", "reactive_power"),
    "千乏": ("kvar", "reactive_power"),
    "va": ("VA", "apparent_power"), "kva": ("kVA", "apparent_power"), "mva": ("MVA", "apparent_power"),
    "wh": ("Wh", "energy"), "kwh": ("kWh", "energy"), "mwh": ("MWh", "energy"),
    "千瓦时": ("kWh", "energy"), "度": ("kWh", "energy"),
    "varh": ("varh", "reactive_energy"), "kvarh": ("kvarh", "reactive_energy"),
    "v": ("V", "voltage"), "kv": ("kV", "voltage"), "acv": ("V", "voltage"), "dcv": ("V", "voltage"),
    "伏": ("V", "voltage"), "千伏": ("kV", "voltage"),
    "a": ("A", "current"), "ka": ("kA", "current"), "ma": ("mA", "current"), "aca": ("A", "current"),
    "dca": ("A", "current"), "安": ("A", "current"),
    "hz": ("Hz", "frequency"), "赫兹": ("Hz", "frequency"),
    "m3/h": ("m³/h", "flow"), "nm3/h": ("Nm³/h", "flow"), "m3/min": ("m³/min", "flow"), "m3/s": ("m³/s", "flow"),
    "nm3/min": ("Nm³/min", "flow"), "l/s": ("L/s", "flow"), "l/min": ("L/min", "flow"), "l/h": ("L/h", "flow"),
    "t/h": ("t/h", "flow"), "kg/h": ("kg/h", "flow"), "kg/s": ("kg/s", "flow"), "方/时": ("m³/h", "flow"),
    "立方米/小时": ("m³/h", "flow"),
    "°c": ("°C", "temperature"), "℃": ("°C", "temperature"), "degc": ("°C", "temperature"),
    "摄氏度": ("°C", "temperature"), "°f": ("°F", "temperature"), "℉": ("°F", "temperature"),
    "mpa": ("MPa", "pressure"), "kpa": ("kPa", "pressure"), "pa": ("Pa", "pressure"), "bar": ("bar", "pressure"),
    "mbar": ("mbar", "pressure"), "兆帕": ("MPa", "pressure"), "千帕": ("kPa", "pressure"),
    "%": ("%", "percent"), "％": ("%", "percent"),
    "r/min": ("r/min", "speed"), "rpm": ("r/min", "speed"), "1/min": ("r/min", "speed"), "转/分": ("r/min", "speed"),
}

# Quantities whose values may also be written in percent (the name decides, the unit stays "%").
_PERCENT_OK = {"percent", "oxygen", "power_factor"}

# "P总(kW)", "P总（kW）", "温度[℃]", "Ua/V", "Ua V" — the unit is the trailing bracket (or after a slash).
_BRACKET = re.compile(r"^(?P<name>.*?)\s*[(（\[【](?P<unit>[^()（）\[\]【】]*)[)）\]】]\s*$")
_SLASH = re.compile(r"^(?P<name>.*?[^\s/])\s*/\s*(?P<unit>[^/]+(?:/[a-zA-Z]+)?)$")

# Role of a column from its header (the cell contents decide first; these break ties and name interval rows).
START_HEADER = re.compile(r"^(start|begin|from|开始|起始)|开始时间|起始时间", re.IGNORECASE)
END_HEADER = re.compile(r"^(stop|end|to\b|结束|终止|截止)|结束时间|终止时间|截止时间", re.IGNORECASE)
TIME_HEADER = re.compile(r"时间|日期|时刻|date|time|stamp|zeit|datum|^t$|^start|^stop|^end|开始|结束", re.IGNORECASE)
# A running number, not a measurement: not imported unless asked for (--columns).
INDEX_HEADER = re.compile(r"^(no\.?|nr\.?|num|index|id|#|序号|编号|行号|记录号|点号)$", re.IGNORECASE)


#: quantity key → 简体中文 name, for screens and reports
QUANTITY_NAMES: dict[str, str] = {q.key: q.name_zh for q in QUANTITIES} | {"other": "其他"}


def _unit_key(text: str) -> str:
    t = text.strip().strip("()（）[]【】").strip()
    t = t.replace("³", "3").replace("²", "2").replace("µ", "u").replace("μ", "u")
    return re.sub(r"[\s·*.]", "", t).lower()


def normalise_unit(text: str) -> tuple[str, str] | None:
    """(normalised unit, quantity) of a unit spelling, or None when it is not a unit we know."""
    return UNITS.get(_unit_key(text)) if text.strip() else None


def split_header(header: str) -> tuple[str, str]:
    """(name, unit text) of a header; the unit text is "" when the header carries none we recognise."""
    text = header.strip()
    for pattern in (_BRACKET, _SLASH):
        match = pattern.match(text)
        if match and match.group("name").strip() and normalise_unit(match.group("unit")) is not None:
            return match.group("name").strip(), match.group("unit").strip()
    parts = text.rsplit(None, 1)  # "Ua V", "Flow m3/h"
    if len(parts) == 2 and len(parts[1]) > 1 and normalise_unit(parts[1]) is not None and not normalise_unit(parts[0]):
        return parts[0], parts[1]
    return text, ""


def _name_key(name: str) -> str:
    return re.sub(r"[\s\-]", "", name).lower()


def quantity_of_name(name: str) -> str | None:
    key = _name_key(name)
    if not key:
        return None
    for q in QUANTITIES:
        if any(re.search(p, key) for p in q.patterns):
            return q.key
    return None


def classify(header: str, unit_row_text: str = "") -> tuple[str, str, str, bool]:
    """(unit text, quantity, unit, defaulted) of a value column. ``defaulted``: the unit is the quantity's
    default because the file gave none (the caller notes it)."""
    name, unit_text = split_header(header)
    if unit_row_text.strip():
        unit_text = unit_row_text.strip()
    by_name = quantity_of_name(name)
    by_unit = normalise_unit(unit_text) if unit_text else None
    if by_unit is not None:
        unit, unit_quantity = by_unit
        if by_name is not None and (by_name == unit_quantity or (unit == "%" and by_name in _PERCENT_OK)):
            return unit_text, by_name, unit, False
        return unit_text, unit_quantity, unit, False
    if by_name is not None:
        default = BY_KEY[by_name].unit
        if unit_text:  # a unit we do not know: keep it as written
            return unit_text, by_name, unit_text, False
        return "", by_name, default, bool(default)
    bracket = _BRACKET.match(header.strip())
    if not unit_text and bracket and re.fullmatch(r"[^\s]{1,10}", bracket.group("unit")):
        unit_text = bracket.group("unit")  # "液位(mm)": a unit we do not know, on a name we do not know
    return unit_text, "other", unit_text, False


def looks_like_unit(cell: str) -> bool:
    """A cell of a unit row: a unit we know, or anything in brackets."""
    text = cell.strip()
    return bool(text) and (normalise_unit(text) is not None or bool(re.fullmatch(r"[(（\[【].{0,12}[)）\]】]", text)))


# --- time zone written in a header: "Start(China Standard Time)", "时间(UTC+8)", "Time [GMT+08:00]" ----------------

WINDOWS_ZONES: dict[str, str] = {
    "china": "Asia/Shanghai", "中国标准时间": "Asia/Shanghai", "北京时间": "Asia/Shanghai",
    "tokyo": "Asia/Tokyo", "korea": "Asia/Seoul", "taipei": "Asia/Taipei", "singapore": "Asia/Singapore",
    "malay peninsula": "Asia/Kuala_Lumpur", "india": "Asia/Kolkata", "se asia": "Asia/Bangkok",
    "n. central asia": "Asia/Novosibirsk", "north asia": "Asia/Krasnoyarsk", "north asia east": "Asia/Irkutsk",
    "ulaanbaatar": "Asia/Ulaanbaatar", "pakistan": "Asia/Karachi", "bangladesh": "Asia/Dhaka",
    "arabian": "Asia/Dubai", "arab": "Asia/Riyadh", "iran": "Asia/Tehran", "israel": "Asia/Jerusalem",
    "w. australia": "Australia/Perth", "aus eastern": "Australia/Sydney", "new zealand": "Pacific/Auckland",
    "russian": "Europe/Moscow", "turkey": "Europe/Istanbul", "fle": "Europe/Kiev", "e. europe": "Europe/Chisinau",
    "w. europe": "Europe/Berlin", "central europe": "Europe/Budapest", "central european": "Europe/Warsaw",
    "romance": "Europe/Paris", "gmt": "Europe/London", "greenwich": "Atlantic/Reykjavik",
    "coordinated universal": "UTC", "utc": "UTC", "egypt": "Africa/Cairo", "south africa": "Africa/Johannesburg",
    "w. central africa": "Africa/Lagos", "e. africa": "Africa/Nairobi", "eastern": "America/New_York",
    "central": "America/Chicago", "mountain": "America/Denver", "pacific": "America/Los_Angeles",
    "alaskan": "America/Anchorage", "hawaiian": "Pacific/Honolulu", "sa pacific": "America/Bogota",
    "e. south america": "America/Sao_Paulo", "central america": "America/Guatemala",
}
_WINDOWS = re.compile(r"[(（\[]\s*(?P<zone>[^()（）\[\]]*?)\s+(standard|daylight)\s+time\s*[)）\]]", re.IGNORECASE)
_OFFSET = re.compile(r"(?:utc|gmt)\s*(?P<sign>[+\-−])\s*(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?", re.IGNORECASE)
_CN_ZONE = re.compile(r"北京时间|中国标准时间")
HALF_HOUR_ZONES = {330: "Asia/Kolkata", 345: "Asia/Kathmandu", 570: "Australia/Darwin", 210: "Asia/Tehran",
                   -210: "America/St_Johns", 630: "Australia/Lord_Howe", 525: "Australia/Eucla"}


def offset_zone(minutes: int) -> str | None:
    """A zoneinfo name for a fixed UTC offset (Etc/GMT±h has the sign inverted, by POSIX convention)."""
    if minutes == 0:
        return "UTC"
    if minutes % 60 == 0 and -12 * 60 <= minutes <= 14 * 60:
        hours = minutes // 60
        return f"Etc/GMT{'-' if hours > 0 else '+'}{abs(hours)}"
    return HALF_HOUR_ZONES.get(minutes)


def offset_minutes(text: str) -> int | None:
    """Minutes east of UTC of "UTC+8", "GMT+08:00", "UTC-5:30"; None when ``text`` holds no such offset."""
    match = _OFFSET.search(text)
    if not match:
        return None
    sign = -1 if match.group("sign") in "-−" else 1
    return sign * (int(match.group("h")) * 60 + int(match.group("m") or 0))


def zone_in_header(header: str) -> tuple[str, str] | None:
    """(zoneinfo name, the text it came from) of a time zone written in a header, or None."""
    match = _WINDOWS.search(header)
    if match:
        zone = WINDOWS_ZONES.get(match.group("zone").strip().lower())
        if zone:
            return zone, match.group(0).strip("()（）[] ")
    minutes = offset_minutes(header)
    if minutes is not None:
        zone = offset_zone(minutes)
        if zone:
            return zone, _OFFSET.search(header).group(0)  # type: ignore[union-attr]
    match_cn = _CN_ZONE.search(header)
    if match_cn:
        return "Asia/Shanghai", match_cn.group(0)
    return None


def unknown_zone_in_header(header: str) -> str | None:
    """A "(… Standard Time)" we cannot map (the caller notes it and keeps --tz)."""
    match = _WINDOWS.search(header)
    return match.group(0).strip("()（）[] ") if match and zone_in_header(header) is None else None
