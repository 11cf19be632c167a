"""Logger exports saved as Excel workbooks (``.xlsx``), read with python-calamine.

Calamine loads a whole sheet at once (~11 s for 604,800 rows; ARCHITECTURE.md), so ``parse`` loads it once and
detection looks at its first 200 rows. Date cells arrive as ``datetime``; numbers in the date column are Excel
serial days. Both are ``date_format="excel"``. Dates written as text are read like CSV text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import cast

import pyarrow as pa  # type: ignore[import-untyped]

from desktop_app.domain.errors import ImportCancelled, ImportFileError
from desktop_app.importers.logs.convert import Sink
from desktop_app.importers.logs.detect import PREVIEW_ROWS, SAMPLE_LINES, Inspected, Layout, resolve_shape
from desktop_app.importers.logs.model import LogOptions
from desktop_app.importers.sheet import _check_zip


def cell_text(value: object) -> str:
    """A sheet cell as the text a CSV export of it would hold."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="milliseconds" if value.microsecond else "seconds")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    if isinstance(value, float):
        return repr(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value).strip()


def load_sheet(path: Path, sheet: str | None) -> tuple[str, list[list[object]], int]:
    """(sheet name, rows, sheet row number of rows[0] minus 1)."""
    from python_calamine import CalamineWorkbook  # only importing needs it

    where = str(path)
    _check_zip(path)
    try:
        wb = CalamineWorkbook.from_path(where)
    except Exception as exc:  # calamine raises its own types for a broken or encrypted workbook
        raise ImportFileError(path=where,
                              detail=f"无法读取工作簿（{type(exc).__name__}），文件可能已损坏或加密") from None
    try:
        names = list(wb.sheet_names)
        if sheet is not None and sheet not in names:
            raise ImportFileError(path=where, detail=f"没有工作表“{sheet}”（--sheet；有：{'、'.join(names)}）")
        for name in [sheet] if sheet is not None else names:
            try:
                ws = wb.get_sheet_by_name(name)
                rows = cast(list[list[object]], ws.to_python())
                offset = int(ws.start[0]) if ws.start else 0
            except Exception as exc:
                raise ImportFileError(path=where, detail=f"工作表“{name}”读取失败（{type(exc).__name__}）") from None
            if len(rows) >= 2 or sheet is not None:
                return name, rows, offset
    finally:
        wb.close()
    raise ImportFileError(path=where, detail="工作簿中没有数据（各工作表都少于两行）")


def inspect_xlsx(path: Path, options: LogOptions, loaded: tuple[str, list[list[object]], int] | None = None
                 ) -> Inspected:
    where = str(path)
    name, rows, offset = loaded or load_sheet(path, options.sheet)
    sample = rows[:SAMPLE_LINES]
    text = [[cell_text(v) for v in r] for r in sample]
    # rows that are entirely empty are blank lines
    split = [r if any(c for c in r) else [] for r in text]
    preview = tuple(tuple(r) for r in text[:PREVIEW_ROWS])
    notes = [f"工作表：{name}"]
    detection, layout = resolve_shape(where, options, split, [list(r) for r in sample], preview, notes)
    detection = replace(detection, options=replace(detection.options, sheet=name))
    layout.kind = "xlsx"
    layout.rows = rows
    layout.row_offset = offset
    return Inspected(detection, layout)


BLOCK_ROWS = 65_536


def _column(cells: Sequence[object]) -> pa.Array:
    # The common column — numbers or date-times, no empty cell — typed by pyarrow in one C++ pass: the same array
    # the loop below builds. Dates (pyarrow would keep them dates), booleans, text and empty cells go through it.
    first = next((v for v in cells if v != ""), None)
    if type(first) is not date:
        try:
            arr = pa.array(cells)
        except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError, OverflowError):
            pass
        else:
            if pa.types.is_floating(arr.type) or pa.types.is_integer(arr.type) or pa.types.is_timestamp(arr.type):
                return arr
    values = [None if v == "" else v for v in cells]
    kinds = set(map(type, values))
    try:
        if date in kinds:  # calamine gives a date for a date-time cell at midnight: keep the column date-time
            values = [datetime.combine(v, time()) if type(v) is date else v for v in values]
            arr = pa.array(values, pa.timestamp("us"))
        else:
            arr = pa.array(values)
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError):
        arr = pa.array([None if v is None else cell_text(v) for v in values], pa.string())
    if pa.types.is_null(arr.type):
        arr = pa.nulls(len(values), pa.string())
    return arr


def read_sheet(path: Path, layout: Layout, decimal: str, names: list[str],
               progress: Callable[[float], bool] | None) -> Sink:
    """The data rows of a loaded sheet into a Sink; example rows are numbered as sheet rows."""
    rows = layout.rows[layout.first_data:]
    sink = Sink([names[j] for j in layout.value_idx], len(rows),
                cell_units=[layout.cell_units.get(j) for j in layout.value_idx] if layout.cell_units else [])
    width = layout.width
    for start in range(0, len(rows), BLOCK_ROWS):
        block = rows[start:start + BLOCK_ROWS]
        if min(map(len, block)) != width or max(map(len, block)) != width:  # calamine's rows are mostly even
            block = [r if len(r) == width else [*r[:width], *[""] * (width - len(r))] for r in block]
        by_column = list(zip(*block, strict=True))

        def cells(j: int, by_column: list[tuple[object, ...]] = by_column) -> pa.Array:
            return _column(by_column[j])

        def text(i: int, block: list[list[object]] = block) -> str:
            return "\t".join(cell_text(v) for v in block[i]).rstrip("\t")

        time_cells = cells(layout.time_idx) if layout.time_idx is not None else None
        sink.add(cells(layout.date_idx), time_cells, [cells(j) for j in layout.value_idx],
                 layout.date_format or "excel", decimal, text=text, hint=layout.date_hint)
        if progress is not None and not progress(0.3 + 0.6 * min(1.0, (start + BLOCK_ROWS) / max(len(rows), 1))):
            raise ImportCancelled(path=str(path))
    first = layout.row_offset + layout.first_data + 1
    sink.examples = [("line", first + n if k == "row" else n, t, r) for k, n, t, r in sink.examples]
    return sink
