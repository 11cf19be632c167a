"""Cells of one block of rows → timestamps and float values, with every unreadable row counted and the first
ones described. Shared by the text reader (pyarrow record batches) and the sheet reader (columns of a sheet).

A row is *empty* (skipped, not counted) when its time cell and all its value cells are empty. It is *bad* (counted,
shown, not imported) when its time is missing or unreadable, a value cell holds something that is not a number
(``OL``, ``1.2.3``, ``inf``), or its cell count is wrong. An empty value cell is not bad: it is a NaN (missing).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

import numpy as np
import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.compute as pc  # type: ignore[import-untyped]

from desktop_app.importers.logs.cellunits import CellUnit
from desktop_app.importers.logs.table import NULLS
from desktop_app.importers.logs.timeparse import (
    DAY_MS,
    NO_ZONE,
    read_datetimes,
    read_serials,
    read_times,
    read_timestamps,
)

MAX_EXAMPLES = 10


@cache
def _nulls() -> pa.Array:
    """Built on first use: ``pa.array`` at import time makes pyarrow import pandas when it is installed
    (+0.3 s of start-up in a development environment)."""
    return pa.array(NULLS, pa.string())

_NUMBER = {".": r"^[+\-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+\-]?[0-9]+)?$",
           ",": r"^[+\-]?(?:[0-9]+(?:,[0-9]*)?|,[0-9]+)(?:[eE][+\-]?[0-9]+)?$"}


def _np_bool(arr: pa.Array | pa.ChunkedArray, default: bool = False) -> np.ndarray:
    return np.asarray(pc.fill_null(arr, default).to_numpy(zero_copy_only=False), dtype=bool)


def is_null(cells: pa.Array) -> np.ndarray:
    if pa.types.is_string(cells.type) or pa.types.is_large_string(cells.type):
        trimmed = pc.utf8_trim_whitespace(cells)
        return _np_bool(pc.or_kleene(pc.is_null(trimmed), pc.is_in(trimmed, value_set=_nulls())), True)
    return np.asarray(pc.is_null(cells).to_numpy(zero_copy_only=False), dtype=bool)


def numbers(cells: pa.Array, decimal: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(float64 values with NaN where empty or bad, bad, empty) of one column."""
    if pa.types.is_floating(cells.type) or pa.types.is_integer(cells.type) or pa.types.is_null(cells.type):
        values = np.asarray(pc.cast(cells, pa.float64()).to_numpy(zero_copy_only=False), dtype=np.float64)
        empty = np.isnan(values)
        bad = np.isinf(values)
    else:
        if not (pa.types.is_string(cells.type) or pa.types.is_large_string(cells.type)):
            cells = pc.cast(cells, pa.string())
        trimmed = pc.utf8_trim_whitespace(cells)
        empty = _np_bool(pc.or_kleene(pc.is_null(trimmed), pc.is_in(trimmed, value_set=_nulls())), True)
        text = trimmed if decimal == "." else pc.replace_substring(trimmed, ",", ".")
        if decimal == "." or not pc.any(pc.match_substring(trimmed, ".")).as_py():
            try:  # a clean column: one cast, no pattern matching
                values = np.asarray(pc.cast(pc.if_else(pa.array(empty), pa.scalar(None, pa.string()), text),
                                            pa.float64()).to_numpy(zero_copy_only=False), dtype=np.float64)
            except pa.ArrowInvalid:
                pass
            else:
                bad = np.isinf(values)
                return (np.where(bad, np.nan, values) if bad.any() else values), bad, empty
        ok = _np_bool(pc.match_substring_regex(trimmed, _NUMBER[decimal])) & ~empty
        picked = pc.if_else(pa.array(ok), text, pa.scalar(None, pa.string()))
        values = np.asarray(pc.cast(picked, pa.float64()).to_numpy(zero_copy_only=False), dtype=np.float64)
        bad = ~ok & ~empty
        bad |= np.isinf(values)
    if bad.any():
        values = np.where(bad, np.nan, values)
    return values, bad, empty


def datetimes(date_cells: pa.Array, time_cells: pa.Array | None, date_format: str, decimal: str,
              hint: str | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray | None]:
    """(naive local ms, valid, empty, zone minutes or None) of the date column (and separate time column)."""
    zones = None
    if pa.types.is_timestamp(date_cells.type) or pa.types.is_date(date_cells.type):
        naive, valid = read_timestamps(date_cells)
        empty = ~valid
    elif date_format == "excel":
        serial, bad, empty = numbers(date_cells, decimal)
        naive, valid = read_serials(serial)
        valid &= ~bad & ~empty
    else:
        strings = date_cells if pa.types.is_string(date_cells.type) else pc.cast(date_cells, pa.string())
        empty = is_null(strings)
        naive, valid, zones = read_datetimes(strings, date_format, hint)
    if time_cells is not None:
        clock, clock_ok = read_times(time_cells)
        empty &= is_null(time_cells) if not pa.types.is_time(time_cells.type) else ~clock_ok
        naive = naive // DAY_MS * DAY_MS + clock
        valid &= clock_ok
    return naive, valid & ~empty, empty, zones


def cell(cells: pa.Array | None, i: int) -> str:
    if cells is None:
        return ""
    value = cells[i].as_py()
    return "" if value is None else str(value)


@dataclass
class Sink:
    """Accumulates the imported rows of all blocks, the counts and the first bad-row examples.

    Output columns are preallocated from the detector's row estimate and filled in place (grown by a quarter
    when the estimate was short), so the file's rows are never held twice (chunks plus their concatenation)."""

    names: list[str]  # value column names
    capacity: int = 1024
    size: int = 0
    naive: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))
    zones: np.ndarray | None = None  # minutes east of UTC written in the cells (NO_ZONE where none)
    values: list[np.ndarray] = field(default_factory=list)
    rows_total: int = 0
    rows_bad: int = 0
    rows_seen: int = 0  # rows handed to ``add`` so far (blank ones included): the reader's row index
    examples: list[tuple[str, int, str | None, str]] = field(default_factory=list)  # (kind, number, text, reason)
    cell_units: list[CellUnit | None] = field(default_factory=list)  # per value column: the unit its cells
    # carry ("27.4 °C"), cut off before the numbers are read; [] when no column has one

    def __post_init__(self) -> None:
        self.capacity = max(self.capacity, 16)
        self.naive = np.empty(self.capacity, np.int64)
        self.values = [np.empty(self.capacity, np.float64) for _ in self.names]

    def _reserve(self, more: int) -> None:
        if self.size + more <= self.capacity:
            return
        self.capacity = max(self.size + more, self.capacity + self.capacity // 4)

        def grown(old: np.ndarray) -> np.ndarray:
            new = np.empty(self.capacity, old.dtype)
            new[: self.size] = old[: self.size]
            return new

        self.naive = grown(self.naive)
        self.values = [grown(v) for v in self.values]
        if self.zones is not None:
            self.zones = grown(self.zones)

    def result(self) -> tuple[np.ndarray, np.ndarray | None, list[np.ndarray]]:
        """(naive ms, zones or None, values): views of the filled part."""
        n = self.size
        return self.naive[:n], None if self.zones is None else self.zones[:n], [v[:n] for v in self.values]

    def bad_line(self, line: int, text: str, reason: str) -> None:
        """A row the reader already refused (wrong cell count) at physical ``line`` (1-based)."""
        if not text.strip():
            return
        self.rows_total += 1
        self.rows_bad += 1
        if len(self.examples) < MAX_EXAMPLES:
            self.examples.append(("line", line, text, reason))

    def add(self, date_cells: pa.Array, time_cells: pa.Array | None, value_cells: list[pa.Array], date_format: str,
            decimal: str, shape_bad: np.ndarray | None = None, shape_reason: Callable[[int], str] | None = None,
            text: Callable[[int], str] | None = None, hint: str | None = None) -> None:
        n = len(date_cells)
        written = value_cells
        naive, valid, t_empty, zones = datetimes(date_cells, time_cells, date_format, decimal, hint)
        if self.cell_units:
            value_cells = [c if u is None else u.strip(c) for c, u in zip(value_cells, self.cell_units, strict=True)]
        converted = [numbers(c, decimal) for c in value_cells]
        all_empty = t_empty.copy()
        bad_value = np.zeros(n, dtype=bool)
        for _values, bad, empty in converted:
            all_empty &= empty
            bad_value |= bad
        if shape_bad is not None:
            all_empty &= ~shape_bad
        bad = ~all_empty & (~valid | bad_value)
        if shape_bad is not None:
            bad |= shape_bad
        keep = ~all_empty & ~bad
        self.rows_total += int(n - all_empty.sum())
        n_bad = int(bad.sum())
        self.rows_bad += n_bad
        if n_bad and len(self.examples) < MAX_EXAMPLES:
            for i in np.flatnonzero(bad)[: MAX_EXAMPLES - len(self.examples)]:
                reason = self._reason(int(i), date_cells, time_cells, written, date_format, t_empty, valid,
                                      converted, shape_bad, shape_reason)
                self.examples.append(("row", self.rows_seen + int(i), text(int(i)) if text else None, reason))
        self.rows_seen += n
        every = bool(keep.all())
        k = n if every else int(keep.sum())
        self._reserve(k)
        at = slice(self.size, self.size + k)
        self.naive[at] = naive if every else naive[keep]
        if zones is not None and self.zones is None:
            self.zones = np.full(self.capacity, NO_ZONE, np.int64)
        if self.zones is not None:
            self.zones[at] = NO_ZONE if zones is None else (zones if every else zones[keep])
        for store, (values, _bad, _empty) in zip(self.values, converted, strict=True):
            store[at] = values if every else values[keep]
        self.size += k

    def _reason(self, i: int, date_cells: pa.Array, time_cells: pa.Array | None, value_cells: list[pa.Array],
                date_format: str, t_empty: np.ndarray, valid: np.ndarray,
                converted: list[tuple[np.ndarray, np.ndarray, np.ndarray]], shape_bad: np.ndarray | None,
                shape_reason: Callable[[int], str] | None) -> str:
        if shape_bad is not None and shape_bad[i]:
            return shape_reason(i) if shape_reason else "列数不符"
        if t_empty[i]:
            return "缺少时间"
        if not valid[i]:
            when = cell(date_cells, i) + (" " + cell(time_cells, i) if time_cells is not None else "")
            return f"时间“{when.strip()}”无法按日期格式 {date_format} 读取"
        units = self.cell_units or [None] * len(self.names)
        for name, cells, unit, (_values, bad, _empty) in zip(self.names, value_cells, units, converted, strict=True):
            if bad[i]:
                return unit.reason(name, cell(cells, i)) if unit else f"“{name}”列的“{cell(cells, i)}”不是有效数字"
        return "无法读取"
