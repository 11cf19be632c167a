"""The importer's public records: the reading choices, what detection found, and what parsing produced."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

DEFAULT_TZ = "Asia/Shanghai"


@dataclass(frozen=True)
class LogOptions:
    """Every reading choice; ``None`` means "detect it". ``Detection.options`` holds the resolved values, and
    passing those back reproduces the same reading (the case file stores them so an import can be redone)."""

    encoding: str | None = None
    delimiter: str | None = None  # ",", "\t", ";", "|" or " " (runs of white space)
    decimal: str | None = None  # "." or ","
    skip_rows: int | None = None  # preamble lines before the header row (pointing at a data line: no header)
    unit_row: bool | None = None  # a row of units right under the header
    date_column: str | None = None  # header name of the date (or date-and-time) column
    time_column: str | None = None  # separate time-of-day column ("" = none)
    date_format: str | None = None  # "ymd" | "dmy" | "mdy" | "ymd-yy" | "dmy-yy" | "mdy-yy" (two-digit year) |
    # "excel" | "time" (a time of day only, on base_date) | a strptime format
    timestamp_at: str | None = None  # "start" | "end": which end of an interval row is its timestamp
    tz: str = DEFAULT_TZ  # the zone the logger's local clock ran in (a zoneinfo name, or UTC+8 style)
    sheet: str | None = None  # XLSX sheet
    columns: tuple[str, ...] | None = None  # value columns to import (None: every numeric column)
    units: tuple[tuple[str, str], ...] = ()  # (column, unit) the user gave: the values are in that unit
    quantities: tuple[tuple[str, str], ...] = ()  # (column, quantity key) the user gave
    kinds: tuple[tuple[str, str], ...] = ()  # (column, "interval" | "cumulative") for energy columns
    base_date: str | None = None  # ISO date of rows that carry only a time of day (--date; None: from the lines
    # above the header or the file name)
    accept_timing: bool = False  # import although the span or the interval looks implausible (--accept-timing)


@dataclass(frozen=True)
class ColumnInfo:
    """One column of the file. For a value column the unit is decided by ``units.decide``: ``unit_original`` is
    the unit of the values in the file, ``unit`` the canonical unit they are stored in (value × ``factor`` +
    ``offset``), ``unit_source`` where the unit came from (header, unit_row, cell, user, inferred, none —
    dimensionless — or derived), ``check`` how it was decided or checked."""

    name: str  # header text (made unique), the key of ParsedLog.values
    unit_text: str  # the unit as written (bracket in the header, the unit row, or in the cells)
    quantity: str  # a quantity key of resources/reference/log_columns.json ("other" when not recognised)
    unit: str  # canonical unit of the stored values
    role: str  # "date" | "time" | "start" | "end" | "value" | "text" | "derived"
    unit_source: str = ""
    unit_original: str = ""
    factor: float = 1.0
    offset: float = 0.0
    kind: str = "sample"  # "sample" | "interval" (energy per interval) | "cumulative" (meter reading) |
    # "interval_mean" (a derived power: the mean over the interval ending at the timestamp)
    check: str = ""
    phase: str = ""
    derived_from: str = ""  # a derived column: the energy column it was computed from


@dataclass(frozen=True)
class Ambiguity:
    option: str  # the command-line option that resolves it, e.g. "--date-format"
    message: str  # 简体中文, names the file, the column and an example value
    candidates: tuple[str, ...]


@dataclass(frozen=True)
class Detection:
    path: str
    format: str  # "csv" (CSV, TSV, TXT) | "xlsx"
    options: LogOptions  # resolved where possible; an open ambiguity leaves its option None
    columns: tuple[ColumnInfo, ...]
    preview: tuple[tuple[str, ...], ...]  # the first ~30 raw rows, preamble included, split into cells
    ambiguities: tuple[Ambiguity, ...]
    notes: tuple[str, ...]


@dataclass
class ParseReport:
    rows_total: int  # data rows read (blank lines not counted)
    rows_bad: int  # rows not imported because a time or number could not be read or the cell count was wrong
    bad_examples: list[tuple[int, str, str]]  # (file line or sheet row, 1-based; raw text; reason), first 10
    missing: dict[str, int]  # empty cells per imported column
    duplicates: int  # rows dropped because their timestamp was already seen (the first one is kept)
    out_of_order: int  # rows whose timestamp is earlier than the row before (the data are sorted)
    gaps: list[tuple[int, int]]  # (last time before, first time after), ms UTC, where a step > 3× the median
    interval_ms: int | None  # median step
    time_notes: list[str] = field(default_factory=list)  # how the times were read or corrected (import warnings)


@dataclass
class ParsedLog:
    detection: Detection
    times: np.ndarray  # int64 ms since the epoch, UTC, ascending, unique
    values: dict[str, np.ndarray]  # column name → float64, NaN where empty
    report: ParseReport
