"""Column names → quantity and unit: Chinese and foreign logger headers (PEERS.md §5.5), from the table in
``resources/reference/log_columns.json`` (a new vendor's headers are a data change).

A header is split into a name and a unit (``P总(kW)``, ``Ua/V``, ``温度[℃]``, ``Temp, °F``, ``Usage_kWh``; or the
unit row under the header). The unit is kept as read — only its spelling is normalised (``KW`` → ``kW``, ``m3/h`` →
``m³/h``, ``℃`` → ``°C``); values are not converted here (``units`` decides and converts). The name is read after
dropping a vendor statistic suffix (``_avg``, ``_max``, ``(2)``) and separators (``Global_active_power``,
``Current_Power_Factor``, ``PowerP_Total``), with its phase marker (A/B/C, L1/L2/L3, AN/BN/CN, AB/BC/CA, A相, 总).
The quantity comes from the name (first matching pattern wins) and the unit; when they disagree the unit wins
(``P(MPa)`` is a pressure).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.reference import log_columns
from desktop_app.reference.log_columns import ColumnTable, UnitDef, unit_key


@dataclass(frozen=True)
class NameInfo:
    """What a header says of its column: the name without unit, the unit as written, the quantity the name
    suggests, the phase (``a``/``b``/``c``, ``ab``/``bc``/``ca`` line-to-line, ``total``, "" unknown), the vendor
    statistic (``avg``, ``max`` …) and whether the name is Chinese."""

    name: str
    unit_text: str
    quantity: str | None
    phase: str
    statistic: str
    chinese: bool


def _table() -> ColumnTable:
    return log_columns.table()


def quantity_names(lang: str = "zh") -> dict[str, str]:
    """quantity key → its name for screens and reports (简体中文, or English with ``lang="en"``)."""
    return {q.key: (q.en if lang == "en" else q.zh) for q in _table().quantities}


def known_units(quantity: str) -> list[str]:
    """The units a value of ``quantity`` may be given in, for a choice list: the candidates the importer considers
    when a file states none, then every other spelling of the quantity the table knows (``万kWh`` …), and ``%``
    where a percentage is allowed."""
    table = _table()
    q = table.by_key.get(quantity)
    out = [c.unit for c in q.candidates] if q else []
    out += [u.unit for u in table.by_unit.values() if u.quantity == quantity and u.unit not in out]
    if quantity in table.percent_allowed and "%" not in out:
        out.append("%")
    return out


def canonical_unit(quantity: str) -> str:
    q = _table().by_key.get(quantity)
    return q.canonical if q else ""


# "P总(kW)", "P总（kW）", "温度[℃]", "Ua/V", "Ua V", "Temp, °F", "Usage_kWh" — the unit is the trailing bracket,
# after a slash, a comma or an underscore, or the last word.
_BRACKET = re.compile(r"^(?P<name>.*?)\s*[(（\[【{](?P<unit>[^()（）\[\]【】{}]*)[)）\]】}]\s*$")
_SLASH = re.compile(r"^(?P<name>.*?[^\s/])\s*/\s*(?P<unit>[^/]+(?:/[a-zA-Z]+)?)$")
_COMMA = re.compile(r"^(?P<name>.*?[^\s,，])\s*[,，;]\s*(?P<unit>[^,，;]+)$")
_UNDERSCORE = re.compile(r"^(?P<name>.*?[^\s_])_(?P<unit>[^_]+)$")

# Role of a column from its header (the cell contents decide first; these break ties and name interval rows).
START_HEADER = re.compile(r"^(start|begin|from|开始|起始)|开始时间|起始时间", re.IGNORECASE)
END_HEADER = re.compile(r"^(stop|end|to\b|结束|终止|截止)|结束时间|终止时间|截止时间", re.IGNORECASE)
TIME_HEADER = re.compile(r"时间|日期|时刻|date|time|stamp|zeit|datum|fecha|hora|^t$|^start|^stop|^end|开始|结束",
                         re.IGNORECASE)
# A running number, not a measurement: not imported unless asked for (--columns).
INDEX_HEADER = re.compile(r"^(no\.?|nr\.?|num|index|id|#|序号|编号|行号|记录号|点号)$", re.IGNORECASE)
_CJK = re.compile(r"[\u4e00-\u9fff]")


#: quantity key → 简体中文 name, for screens and reports
QUANTITY_NAMES: dict[str, str] = quantity_names("zh")


def normalise_unit(text: str) -> tuple[str, str] | None:
    """(normalised unit, quantity) of a unit spelling, or None when it is not a unit we know."""
    if not text.strip():
        return None
    found = _table().units.get(unit_key(text))
    return (found.unit, found.quantity) if found else None


def unit_def(unit: str) -> UnitDef | None:
    """The definition (quantity, factor and offset to the canonical unit) of a normalised spelling or any
    spelling we know."""
    table = _table()
    return table.by_unit.get(unit) or table.units.get(unit_key(unit))


def split_header(header: str) -> tuple[str, str]:
    """(name, unit text) of a header; the unit text is "" when the header carries none we recognise."""
    text = header.strip()
    for pattern in (_BRACKET, _SLASH, _COMMA, _UNDERSCORE):
        match = pattern.match(text)
        if match and match.group("name").strip() and normalise_unit(match.group("unit")) is not None:
            return match.group("name").strip(), match.group("unit").strip()
    parts = text.rsplit(None, 1)  # "Ua V", "Flow m3/h"
    if len(parts) == 2 and len(parts[1]) > 1 and normalise_unit(parts[1]) is not None and not normalise_unit(parts[0]):
        return parts[0], parts[1]
    return text, ""


def _strip_suffix(name: str) -> tuple[str, str]:
    """(name without a vendor statistic suffix like ``_avg`` or ``(2)``, the statistic key or "")."""
    rules = _table().rules
    match = rules.vendor_suffix.search(name)
    if not match or match.start() == 0:
        return name, ""
    word = re.sub(r"[^a-z]", "", match.group(0).lower())
    return name[:match.start()], word if word in rules.statistic else ""


def compact(name: str) -> str:
    """The name as the patterns see it: lower case, camelCase kept as letters, separators and brackets removed."""
    return _table().rules.compact_removes.sub("", name).lower()


def _phase(name: str) -> str:
    rules = _table().rules
    zh = rules.phase_zh.search(name)
    if zh:
        return zh.group(1).lower()
    if rules.total_markers.search(name):
        return "total"
    match = rules.phase_suffix.search(name)
    if match:
        return {"1": "a", "2": "b", "3": "c", "l1": "a", "l2": "b", "l3": "c", "l1n": "a", "l2n": "b", "l3n": "c",
                "an": "a", "bn": "b", "cn": "c", "12": "ab", "23": "bc", "31": "ca", "l12": "ab", "l23": "bc",
                "l31": "ca"}.get(match.group(1).lower(), match.group(1).lower())
    key = compact(name)
    symbol = re.fullmatch(r"[uvipqse](?:rms)?(l?[abc123]|ab|bc|ca|an|bn|cn|12|23|31)", key)
    if symbol:
        return _phase("_" + symbol.group(1))
    if re.fullmatch(r"[pqs](总|sum|total|t|sys)", key):
        return "total"
    return ""


def quantity_of_name(name: str) -> str | None:
    base, _stat = _strip_suffix(name.strip())
    key = compact(base)
    if not key:
        return None
    for q in _table().quantities:
        if any(p.search(key) for p in q.patterns):
            return q.key
    return None


def read_name(header: str, unit_row_text: str = "") -> NameInfo:
    name, unit_text = split_header(header)
    if unit_row_text.strip():
        unit_text = unit_row_text.strip()
    base, statistic = _strip_suffix(name)
    return NameInfo(name, unit_text, quantity_of_name(name), _phase(base), statistic, bool(_CJK.search(name)))


def classify(header: str, unit_row_text: str = "") -> tuple[str, str, str, bool]:
    """(unit text, quantity, unit, defaulted) of a value column. ``unit`` is the unit of the values in the file,
    its spelling normalised (never converted here); ``defaulted``: the file states no unit and ``unit`` is the
    quantity's canonical one (``importers.logs.units`` then checks or asks)."""
    info = read_name(header, unit_row_text)
    unit_text, by_name = info.unit_text, info.quantity
    by_unit = normalise_unit(unit_text) if unit_text else None
    if by_unit is not None:
        unit, unit_quantity = by_unit
        if by_name is not None and (by_name == unit_quantity or (unit == "%" and by_name in _table().percent_allowed)):
            return unit_text, by_name, unit, False
        return unit_text, unit_quantity, unit, False
    if by_name is not None:
        default = canonical_unit(by_name)
        if unit_text:  # a unit we do not know: keep it as written
            return unit_text, by_name, unit_text, False
        return "", by_name, default, bool(default)
    bracket = _BRACKET.match(header.strip())
    if not unit_text and bracket and _unknown_unit(bracket.group("unit")):
        unit_text = bracket.group("unit")  # "液位(mm)": a unit we do not know, on a name we do not know
    return unit_text, "other", unit_text, False


def _unknown_unit(text: str) -> bool:
    """Bracket text that may be a unit we do not know: short, not digits alone (``(2)`` marks a repeated name),
    not a statistic (``(Max)``)."""
    return bool(re.fullmatch(r"[^\s]{1,10}", text)) and not text.isdigit() and not is_statistic(text)


def is_statistic(cell: str) -> bool:
    """A cell that names how a value was taken (``Smp``, ``Avg``, ``Max``, ``瞬时值`` …), not a name or a unit."""
    return bool(_table().rules.processing_row.fullmatch(cell.strip()))


def looks_like_unit(cell: str) -> bool:
    """A cell of a unit row: a unit we know, or a unit we do not know in brackets (``(mm)``; not ``(2)``)."""
    text = cell.strip()
    if not text:
        return False
    if normalise_unit(text) is not None:
        return True
    bracket = re.fullmatch(r"[(（\[【](.{0,12})[)）\]】]", text)
    return bracket is not None and _unknown_unit(bracket.group(1).strip())


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
