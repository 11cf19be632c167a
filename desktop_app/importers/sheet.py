"""Read a table from an Excel sheet the enterprise gives (``.xlsx``): the heading row and the data rows below it.

python-calamine (already used for logger exports, ~10× faster than openpyxl's read-only mode: ``make bench``)
streams the rows of one sheet. The
heading row is found, not assumed: enterprise sheets carry a title and a date line above the table, so the first
row (within the first 20) in which ``is_heading`` recognises at least two cells is taken as the headings.
A file that is not a readable workbook (truncated, encrypted, renamed .xls, a zip bomb) is an ``ImportFileError``
naming the file; nothing is half-read.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from desktop_app.domain.errors import ImportFileError

MAX_UNCOMPRESSED = 200 * 1024 * 1024  # a register workbook is a few MB; more than this unpacked is a zip bomb
HEADING_SEARCH_ROWS = 20


@dataclass(frozen=True)
class SheetTable:
    file: str
    sheet: str
    headings: list[str]
    rows: list[list[object]]
    first_row: int  # sheet row number of rows[0]


def _cell(value: object) -> object:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as zf:
            total = sum(i.file_size for i in zf.infolist())
    except zipfile.BadZipFile:
        raise ImportFileError(path=str(path),
                              detail="不是有效的 Excel 工作簿（.xlsx），文件可能已损坏或是旧版 .xls") from None
    if total > MAX_UNCOMPRESSED:
        raise ImportFileError(path=str(path), detail=f"解压后 {total // 1024 // 1024} MB，超过 "
                                                     f"{MAX_UNCOMPRESSED // 1024 // 1024} MB 上限，拒绝读取")


def read_table(path: Path, is_heading: Callable[[str], bool], sheet: str | None = None,
               max_rows: int = 100_000) -> SheetTable:
    """The table on ``sheet`` (default: the first sheet with a heading row)."""
    from python_calamine import CalamineWorkbook  # only importing needs it

    if not path.is_file():
        raise ImportFileError(path=str(path), detail="这是一个文件夹" if path.is_dir() else "文件不存在")
    _check_zip(path)
    try:
        wb = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own error types for a broken workbook
        raise ImportFileError(path=str(path), detail=f"无法读取工作簿（{type(exc).__name__}）") from None
    try:
        names = [sheet] if sheet else list(wb.sheet_names)
        if sheet and sheet not in wb.sheet_names:
            raise ImportFileError(path=str(path), detail=f"没有工作表“{sheet}”（有：{'、'.join(wb.sheet_names)}）")
        for name in names:
            try:
                table = _read_sheet(wb.get_sheet_by_name(name), str(path), name, is_heading, max_rows)
            except ImportFileError:
                raise
            except Exception as exc:
                raise ImportFileError(path=str(path),
                                      detail=f"工作表“{name}”读取失败（{type(exc).__name__}）") from None
            if table is not None:
                return table
    finally:
        wb.close()
    raise ImportFileError(path=str(path),
                          detail="找不到表头行（前 20 行中没有可识别的列名，如“设备名称”“额定功率（kW）”）")


def _read_sheet(ws: object, file: str, name: str, is_heading: Callable[[str], bool],
                max_rows: int) -> SheetTable | None:
    rows_iter = iter(ws.iter_rows())  # type: ignore[attr-defined]
    for number, row in enumerate(rows_iter, start=1):
        if number > HEADING_SEARCH_ROWS:
            return None
        cells = ["" if c is None else str(c).strip() for c in row]
        if sum(1 for c in cells if c and is_heading(c)) >= 2:
            data: list[list[object]] = []
            for data_row in rows_iter:
                if len(data) >= max_rows:
                    raise ImportFileError(path=file, detail=f"工作表“{name}”超过 {max_rows} 行")
                data.append([_cell(c) for c in data_row])
            while data and all(c is None or str(c).strip() == "" for c in data[-1]):
                data.pop()
            return SheetTable(file, name, cells, data, number + 1)
    return None
