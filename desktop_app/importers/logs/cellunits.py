"""Numbers written with their unit in the cell: ``27.4 °C``, ``577 ppm``, ``230.1V``, ``1,5 kW``, ``V 230``.

A value column is read this way when its sample cells are numbers with one unit we know (``columns``) after (or
before) them — at least half of the non-empty cells carry it, and all but a tenth carry it or are bare numbers.
A bare number in such a column is not given the column's unit: its row is bad (``没有单位``), as is a cell with
another unit.
The unit is handed to the unit decision as written in the cells (source ``cell``); the numbers are read after the
unit is cut off by one regular expression per block (``strip``), so such a column costs one vectorised replace
more than a plain one. A cell with another unit (``27.4 °F`` in a °C column) is left as it is, fails the number
check and makes its row bad, with the reason saying which unit it has (``reason``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.compute as pc  # type: ignore[import-untyped]

from desktop_app.importers.logs.table import NULLS, NUMBER, number_with_unit

_NULLS = frozenset(NULLS)
_BARE = rf"^\s*{NUMBER.pattern}\s*$"
NO_UNIT = "\ufffd无单位"  # what a bare number becomes: no number, so its row is bad
_RE2_SPECIAL = re.compile(r"([\\.^$|?*+()\[\]{}])")


def _escape(text: str) -> str:
    return _RE2_SPECIAL.sub(r"\\\1", text)


@dataclass(frozen=True)
class CellUnit:
    """The unit a value column writes in its cells."""

    unit: str  # normalised (``°C``)
    spellings: tuple[str, ...]  # as written in the sample (``°C``, ``℃``)
    side: str  # "suffix" | "prefix"
    example: str  # a sample cell (``27.4 °C``)

    @property
    def pattern(self) -> str:
        """The RE2 pattern whose first group is the number of a cell with this unit."""
        units = "|".join(_escape(s) for s in self.spellings)
        if self.side == "suffix":
            return rf"^\s*(.*[0-9.,])\s*(?:{units})\s*$"
        return rf"^\s*(?:{units})\s*([+\-]?[0-9.,].*?)\s*$"

    def strip(self, cells: pa.Array) -> pa.Array:
        """The cells with this unit cut off (vectorised); a bare number becomes text that is no number (its unit
        is not assumed: the row is bad), other cells stay as they are."""
        if not (pa.types.is_string(cells.type) or pa.types.is_large_string(cells.type)):
            if pa.types.is_null(cells.type):
                return cells
            # a block of a sheet where every cell of the column is a bare number (no text cell among them)
            return pc.if_else(pc.is_valid(cells), pa.scalar(NO_UNIT, pa.string()), pa.scalar(None, pa.string()))
        stripped = pc.replace_substring_regex(cells, pattern=self.pattern, replacement=r"\1")
        bare = pc.match_substring_regex(cells, _BARE)
        return pc.if_else(bare, pa.scalar(NO_UNIT, cells.type), stripped)

    def number(self, cell: str) -> str:
        """One sample cell with this unit cut off (the cell unchanged when it has another or none)."""
        found = number_with_unit(cell)
        return found[0] if found is not None and found[1] in self.spellings and found[3] == self.side else cell

    def reason(self, name: str, cell: str) -> str:
        """Why a cell of this column could not be read."""
        found = number_with_unit(cell)
        if found is not None and found[2] != self.unit:
            return f"“{name}”列的“{cell}”单位是 {found[2]}，与该列单元格中的单位 {self.unit} 不同"
        if found is not None:
            return f"“{name}”列的“{cell}”去掉单位后不是有效数字"
        if NUMBER.fullmatch(cell.strip()):
            return f"“{name}”列的“{cell}”没有单位（该列单元格中的单位是 {self.unit}，如“{self.example}”）"
        return f"“{name}”列的“{cell}”不是有效数字（该列的数值带单位 {self.unit}，如“{self.example}”）"


def find(cells: list[str]) -> CellUnit | None:
    """The unit a column's sample cells carry, or None when they are not numbers with one unit."""
    filled = [c.strip() for c in cells if c.strip() not in _NULLS]
    if not filled:
        return None
    found = [(c, f) for c in filled if (f := number_with_unit(c)) is not None]
    if 2 * len(found) < len(filled):
        return None
    (unit, side), count = Counter((f[2], f[3]) for _c, f in found).most_common(1)[0]
    bare = sum(1 for c in filled if NUMBER.fullmatch(c))
    if 2 * count < len(filled) or count + bare < 0.9 * len(filled):
        return None
    mine = [(c, f) for c, f in found if (f[2], f[3]) == (unit, side)]
    spellings = tuple(dict.fromkeys(f[1] for _c, f in mine))
    return CellUnit(unit, spellings, side, mine[0][0])
