"""The shape of a logger table in a sample of lines: delimiter, where the header and the data start, a unit row,
the decimal separator. Works on text split into cells, so CSV/TSV/TXT and XLSX rows share it.

Rules (each overridable through ``LogOptions``):

* delimiter — of tab, ``;``, ``,``, ``|`` and runs of white space, the one that splits the last lines of the sample
  into the same number (≥ 2) of cells most consistently, weighted by how many cells then read as numbers, dates or
  times; ties go to that order.
* data start — the first line from which ≥ 70 % of the non-blank lines have that many cells, half of them typed.
* header — the nearest non-blank line above the data when it is mostly text; a unit row (``kW, V, A`` or
  ``(kW)``) between them is recognised. No such line: the file has no header and the columns are named 列1, 列2 ….
* decimal — comma only when number cells use it and none uses a point (with ``,`` as delimiter only quoted cells
  can); dates and times are not counted.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass

from desktop_app.importers.logs.columns import looks_like_unit
from desktop_app.importers.logs.timeparse import classify

DELIMITERS = ("\t", ";", ",", "|", " ")
DELIMITER_NAMES = {"\t": "制表符", ";": "分号", ",": "逗号", "|": "竖线", " ": "空白"}
NULLS = ("", "-", "--", "---", "—", "NA", "N/A", "n/a", "#N/A", "#NA", "NaN", "nan", "NAN", "-nan", "null", "NULL",
         "None", "none", "#VALUE!", "#DIV/0!", "#REF!")
_NULL_SET = frozenset(NULLS)
NUMBER = re.compile(r"[+\-]?(?:[0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)(?:[eE][+\-]?[0-9]+)?")
_COMMA_NUMBER = re.compile(r"[+\-]?[0-9]*,[0-9]+(?:[eE][+\-]?[0-9]+)?")
_POINT_NUMBER = re.compile(r"[+\-]?[0-9]*\.[0-9]+(?:[eE][+\-]?[0-9]+)?")
TYPED = frozenset(("empty", "num", "date", "time"))


def kind(cell: str) -> str:
    """"empty" | "num" | "date" | "time" | "text" of one stripped cell."""
    if cell in _NULL_SET:
        return "empty"
    if NUMBER.fullmatch(cell):
        return "num"
    found = classify(cell)
    if found is None:
        return "text"
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


def _is_data(row: list[str], width: int) -> bool:
    if len(row) != width:
        return False
    kinds = [kind(c) for c in row]
    return sum(k in TYPED for k in kinds) >= 0.5 * width and any(k in ("num", "date", "time") for k in kinds)


def _is_texty(row: list[str], width: int) -> bool:
    filled = [c for c in row if c]
    if not filled or not width - 1 <= len(row) <= width + 1:
        return False
    kinds = [kind(c) for c in filled]
    return kinds.count("num") < 0.5 * len(filled) and "date" not in kinds


def _is_unit_row(row: list[str], width: int) -> bool:
    filled = [c for c in row if c]
    if not filled or not width - 1 <= len(row) <= width + 1 or any(kind(c) == "num" for c in filled):
        return False
    return sum(1 for c in filled if looks_like_unit(c)) >= max(1, len(filled) // 2)


def _above(rows: list[list[str]], index: int) -> int | None:
    i = index - 1
    while i >= 0 and not rows[i]:
        i -= 1
    return i if i >= 0 else None


def _below(rows: list[list[str]], index: int) -> int | None:
    i = index + 1
    while i < len(rows) and not rows[i]:
        i += 1
    return i if i < len(rows) else None


def _shape_at(rows: list[list[str]], width: int, header: int, unit_row: bool | None) -> Shape | None:
    """The shape when the header line is given (``--skip-rows``); a data line there means: no header."""
    if header >= len(rows):
        return None
    if _is_data(rows[header], width) or not rows[header]:
        return Shape(rows, width, None, None, header, header)
    below = _below(rows, header)
    units = below if below is not None and (unit_row or (unit_row is None and _is_unit_row(rows[below], width))) \
        else None
    start = (units if units is not None else header) + 1
    data = next((i for i in range(start, len(rows)) if rows[i]), len(rows))
    return Shape(rows, width, header, units, data, start)


def find_shape(rows: list[list[str]], skip_rows: int | None, unit_row: bool | None) -> Shape | None:
    """Header, unit row and data start of split sample lines; None when no data rows are found."""
    nonblank = [r for r in rows if r]
    if not nonblank:
        return None
    tail = nonblank[-100:]
    counts = Counter(len(r) for r in tail)
    width = max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]
    if skip_rows is not None:
        return _shape_at(rows, width, skip_rows, unit_row)
    flags = [_is_data(r, width) for r in rows]
    good = bad = 0
    suffix: list[tuple[int, int]] = [(0, 0)] * (len(rows) + 1)
    for i in range(len(rows) - 1, -1, -1):
        if rows[i]:
            good, bad = good + flags[i], bad + (not flags[i])
        suffix[i] = (good, bad)
    data = next((i for i in range(len(rows)) if flags[i] and suffix[i][0] >= 0.7 * sum(suffix[i])), None)
    if data is None:
        return None
    above = _above(rows, data)
    header: int | None = None
    units: int | None = None
    if above is not None:
        above2 = _above(rows, above)
        unit_candidate = unit_row if unit_row is not None else _is_unit_row(rows[above], width)
        if unit_candidate and above2 is not None and _is_texty(rows[above2], width):
            header, units = above2, above
        elif unit_row is not True and _is_texty(rows[above], width):
            header = above
    start = (units if units is not None else header if header is not None else data - 1) + 1
    return Shape(rows, width, header, units, data, start)


def sniff_decimal(cells: list[str]) -> tuple[str, str | None]:
    """("." or ",", a note when both were seen) from the number cells of the value columns."""
    comma = sum(1 for c in cells if _COMMA_NUMBER.fullmatch(c))
    point = sum(1 for c in cells if _POINT_NUMBER.fullmatch(c))
    if comma and point:
        chosen = "," if comma > point else "."
        return chosen, (f"数值中既有小数点也有小数逗号（{point}:{comma}），按“{chosen}”读取，"
                        "另一种写法的行将计为无法读取")
    return ("," if comma else "."), None
