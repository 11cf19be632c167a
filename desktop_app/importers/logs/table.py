"""The shape of a logger table in a sample of lines: delimiter, where the header and the data start, a unit row,
the decimal separator. Works on text split into cells, so CSV/TSV/TXT and XLSX rows share it.

Rules (each overridable through ``LogOptions``):

* delimiter — of tab, ``;``, ``,``, ``|`` and runs of white space, the one that splits the last lines of the sample
  into the same number (≥ 2) of cells most consistently, weighted by how many cells then read as numbers, dates or
  times; ties go to that order.
* data start — the first line from which ≥ 70 % of the non-blank lines have that many cells, half of them typed.
* header — of the non-blank lines above the data (up to 8), the line that reads most as column names (names of
  quantities and times, distinct cells; the nearest to the data on a tie). Between it and the data a unit row
  (``kW, V, A`` or ``(kW)``) and a statistic row (``Smp``; ``Avg, Max, Min``; ``瞬时值``) are recognised; lines
  with fewer cells than the data or of the form ``key: value`` are the file's description. No such line: the
  file has no header and the columns are named 列1, 列2 ….
* decimal — comma only when number cells use it and none uses a point (with ``,`` as delimiter only quoted cells
  can); dates and times are not counted.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass

from desktop_app.importers.logs.columns import (
    TIME_HEADER,
    is_statistic,
    looks_like_unit,
    normalise_unit,
    quantity_of_name,
)
from desktop_app.importers.logs.timeparse import classify

DELIMITERS = ("\t", ";", ",", "|", " ")
DELIMITER_NAMES = {"\t": "制表符", ";": "分号", ",": "逗号", "|": "竖线", " ": "空白"}
NULLS = ("", "-", "--", "---", "—", "NA", "N/A", "n/a", "#N/A", "#NA", "NaN", "nan", "NAN", "-nan", "null", "NULL",
         "None", "none", "#VALUE!", "#DIV/0!", "#REF!")
_NULL_SET = frozenset(NULLS)
NUMBER = re.compile(r"[+\-]?(?:[0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)(?:[eE][+\-]?[0-9]+)?")
_COMMA_NUMBER = re.compile(r"[+\-]?[0-9]*,[0-9]+(?:[eE][+\-]?[0-9]+)?")
_POINT_NUMBER = re.compile(r"[+\-]?[0-9]*\.[0-9]+(?:[eE][+\-]?[0-9]+)?")
TYPED = frozenset(("empty", "num", "date", "time", "qty"))


_NUM = NUMBER.pattern
_SUFFIX = re.compile(rf"(?P<num>{_NUM})\s*(?P<unit>[^\d\s+\-.,:;][^\s]*(?:\s[^\d\s]\S*)?)")
_PREFIX = re.compile(rf"(?P<unit>[^\d\s+\-.,:;][^\d\s]*)\s*(?P<num>{_NUM})")


def number_with_unit(cell: str) -> tuple[str, str, str, str] | None:
    """(number, unit as written, unit normalised, "suffix" | "prefix") of a cell that is a number with a unit we
    know (``27.4 °C``, ``230.1V``, ``1,5 kW``, ``V 230``); None for anything else, a bare number included."""
    text = cell.strip()
    for side, pattern in (("suffix", _SUFFIX), ("prefix", _PREFIX)):
        match = pattern.fullmatch(text)
        if match:
            found = normalise_unit(match.group("unit"))
            if found is not None:
                return match.group("num"), match.group("unit"), found[0], side
    return None


def kind(cell: str) -> str:
    """"empty" | "num" | "date" | "time" | "qty" (a number with its unit) | "text" of one stripped cell."""
    if cell in _NULL_SET:
        return "empty"
    if NUMBER.fullmatch(cell):
        return "num"
    found = classify(cell)
    if found is None:
        return "qty" if number_with_unit(cell) is not None else "text"
    return "time" if found[0] == "time" else "date"


def split_line(line: str, delimiter: str) -> list[str]:
    """Cells of one line (quotes honoured, cells stripped); [] for a blank line."""
    if not line.strip():
        return []
    if delimiter == " ":
        return line.split()
    try:
        cells = next(csv.reader([line], delimiter=delimiter, quotechar='"', skipinitialspace=True))
    except (csv.Error, StopIteration):
        cells = line.split(delimiter)
    return [c.strip().strip("\ufeff") for c in cells]


def _typed_share(cells: list[str]) -> float:
    if not cells:
        return 0.0
    return sum(1 for c in cells if kind(c) in TYPED) / len(cells)


def sniff_delimiter(lines: list[str]) -> str | None:
    nonblank = [line for line in lines if line.strip()]
    tail = nonblank[-100:]
    best: tuple[float, int, str] | None = None
    for order, d in enumerate(DELIMITERS):
        rows = [split_line(line, d) for line in tail]
        counts = Counter(len(r) for r in rows)
        width, n = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
        if width < 2:
            continue
        cells = [c for r in rows if len(r) == width for c in r]
        score = n / len(rows) * (0.4 + 0.6 * _typed_share(cells))
        if best is None or (round(score, 3), -order) > (round(best[0], 3), -best[1]):
            best = (score, order, d)
    return None if best is None else best[2]


@dataclass
class Shape:
    rows: list[list[str]]  # every sample line split into cells ([] for a blank line)
    width: int  # cells per data row
    header: int | None  # line index of the header (None: no header)
    units: int | None  # line index of the unit row
    data: int  # line index of the first data row
    first_data: int  # lines before the data as the reader skips them (header and unit row included)
    stats: int | None = None  # line index of the statistic row (Smp / Avg, Max, Min / 瞬时值) under the header
    skipped: tuple[int, ...] = ()  # lines between the header and the data that are none of these (skipped)


def is_data(row: list[str], width: int) -> bool:
    if len(row) != width:
        return False
    kinds = [kind(c) for c in row]
    return sum(k in TYPED for k in kinds) >= 0.5 * width and any(k in ("num", "date", "time", "qty") for k in kinds)


def _is_texty(row: list[str], width: int) -> bool:
    filled = [c for c in row if c]
    if not filled or not width - 1 <= len(row) <= width + 1:
        return False
    kinds = [kind(c) for c in filled]
    return kinds.count("num") + kinds.count("qty") < 0.5 * len(filled) and "date" not in kinds


def _is_unit_row(row: list[str], width: int) -> bool:
    filled = [c for c in row if c]
    if not filled or not width - 1 <= len(row) <= width + 1 or any(kind(c) in ("num", "qty") for c in filled):
        return False
    return sum(1 for c in filled if looks_like_unit(c)) >= max(1, len(filled) // 2)


HEADER_BLOCK = 8  # non-blank lines above the data that may hold the header, a unit row and a statistic row
# "Logger: HOBO", "文件：…" — not "GMT+08:00", nor "Temp, °C (LGR S/N: 1024)" (a name with its unit and more)
_KEY_VALUE = re.compile(r"^[^:：,，()（）\[\]]{0,30}[^\d:：\s,，()（）\[\]]\s*[:：]")


def role(row: list[str], width: int) -> str:
    """What a line above the data is: "preamble" (fewer or more cells than the data, or ``key: value``),
    "stats" (every cell a statistic: Smp, Avg, Max, 瞬时值), "units", "names" (mostly text) or "other"."""
    filled = [c for c in row if c]
    if not filled:
        return "blank"
    key_value = sum(1 for c in filled if _KEY_VALUE.match(c))
    if not width - 1 <= len(row) <= width + 1 or (width > 2 and len(filled) < 2) or 2 * key_value >= len(filled):
        return "preamble"
    if all(is_statistic(c) for c in filled):
        return "stats"
    if _is_unit_row(row, width):
        return "units"
    return "names" if _is_texty(row, width) else "other"


def name_score(row: list[str]) -> float:
    """How much a line reads as column names: 2 for each name of a quantity or a time (``Temp``, ``Date Time``,
    ``P总(kW)``), plus the share of distinct non-empty cells."""
    filled = [c for c in row if c]
    known = sum(1 for c in filled if quantity_of_name(c) is not None or TIME_HEADER.search(c))
    return 2 * known + len(set(filled)) / max(len(row), 1)


def _data_start(rows: list[list[str]], width: int, start: int = 0) -> int | None:
    """The first line from ``start`` that is data and after which ≥ 70 % of the non-blank lines are."""
    flags = [is_data(r, width) for r in rows]
    good = bad = 0
    suffix: list[tuple[int, int]] = [(0, 0)] * (len(rows) + 1)
    for i in range(len(rows) - 1, start - 1, -1):
        if rows[i]:
            good, bad = good + flags[i], bad + (not flags[i])
        suffix[i] = (good, bad)
    return next((i for i in range(start, len(rows)) if flags[i] and suffix[i][0] >= 0.7 * sum(suffix[i])), None)


def _below_header(rows: list[list[str]], width: int, header: int, data: int, unit_row: bool | None) -> Shape:
    """The unit row, the statistic row and the lines skipped between a header and the data."""
    between = [i for i in range(header + 1, data) if rows[i]]
    roles = {i: role(rows[i], width) for i in between}
    units: int | None = None
    if unit_row is not False:
        units = next((i for i in between if roles[i] == "units"), None)
        if units is None and unit_row and between:
            units = between[0]  # --unit-row: the line under the header, whatever it holds
    stats = next((i for i in between if roles[i] == "stats" and i != units), None)
    last = max([header] + [i for i in between if roles[i] != "other" or i in (units, stats)])
    skipped = tuple(i for i in between if i <= last and i not in (units, stats))
    return Shape(rows, width, header, units, data, last + 1, stats, skipped)


def _below(rows: list[list[str]], index: int) -> int | None:
    i = index + 1
    while i < len(rows) and not rows[i]:
        i += 1
    return i if i < len(rows) else None


def _shape_at(rows: list[list[str]], width: int, header: int, unit_row: bool | None) -> Shape | None:
    """The shape when the header line is given (``--skip-rows``); a data line there means: no header."""
    if header >= len(rows):
        return None
    if is_data(rows[header], width) or not rows[header]:
        return Shape(rows, width, None, None, header, header)
    below = _below(rows, header)
    data = _data_start(rows, width, header + 1)
    if data is None or (unit_row and data == below):  # --unit-row: the line under the header, whatever it holds
        start = below + 1 if below is not None and unit_row else header + 1
        data = next((i for i in range(start, len(rows)) if rows[i]), len(rows))
    return _below_header(rows, width, header, data, unit_row)


def _width(rows: list[list[str]]) -> int:
    counts = Counter(len(r) for r in [r for r in rows if r][-100:])
    return max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]


def find_shape(rows: list[list[str]], skip_rows: int | None, unit_row: bool | None) -> Shape | None:
    """Header, unit row, statistic row and data start of split sample lines; None when no data rows are found.

    The header is chosen by score among the non-blank lines above the data (up to ``HEADER_BLOCK``): lines of
    names (``name_score``) first, the nearest to the data on a tie; a unit row and a statistic row are looked for
    between it and the data; lines above it are the file's description."""
    if not any(rows):
        return None
    width = _width(rows)
    if skip_rows is not None:
        return _shape_at(rows, width, skip_rows, unit_row)
    data = _data_start(rows, width)
    if data is None:
        return None
    block = [i for i in range(data - 1, -1, -1) if rows[i]][:HEADER_BLOCK]  # nearest first
    roles = {i: role(rows[i], width) for i in block}
    candidates = block[1:] if unit_row else block  # --unit-row: a line between the header and the data
    names = [i for i in candidates if roles[i] == "names"]
    header: int | None
    if names:
        header = max(names, key=lambda i: (round(name_score(rows[i]), 6), i))
    else:  # no line of names: the nearest line of text (a line of units or statistics names the columns)
        header = next((i for i in candidates[:1] if roles[i] not in ("preamble", "other")
                       and _is_texty(rows[i], width)), None)
    if header is None:
        return Shape(rows, width, None, None, data, data)
    return _below_header(rows, width, header, data, unit_row)


def sniff_decimal(cells: list[str]) -> tuple[str, str | None]:
    """("." or ",", a note when both were seen) from the number cells of the value columns."""
    comma = sum(1 for c in cells if _COMMA_NUMBER.fullmatch(c))
    point = sum(1 for c in cells if _POINT_NUMBER.fullmatch(c))
    if comma and point:
        chosen = "," if comma > point else "."
        return chosen, (f"数值中既有小数点也有小数逗号（{point}:{comma}），按“{chosen}”读取，"
                        "另一种写法的行将计为无法读取")
    return ("," if comma else "."), None
