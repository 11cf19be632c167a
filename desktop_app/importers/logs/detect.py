"""``detect``: every reading choice of a logger file, from a sample (the first 64 KB / 200 lines of a text file;
the first 200 rows of a sheet), each overridable by ``LogOptions``.

The result is a ``Detection`` (public, shown by the import wizard) plus the internal ``Layout`` the parser
follows. An open question (03/04/2024: March or April?) is an ``Ambiguity`` naming the option that settles it;
``detect`` never guesses it, ``parse`` refuses to go on without it (unless the whole column settles it).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from pathlib import Path

import numpy as np

from desktop_app.domain.errors import ImportFileError, ValidationError
from desktop_app.importers.logs import cellunits, clock, units
from desktop_app.importers.logs import columns as col
from desktop_app.importers.logs.encoding import ZIP_MAGIC, check_encoding, decode_sample, sniff
from desktop_app.importers.logs.model import DEFAULT_TZ, Ambiguity, ColumnInfo, Detection, LogOptions
from desktop_app.importers.logs.table import (
    DELIMITER_NAMES,
    Shape,
    find_shape,
    is_data,
    kind,
    sniff_decimal,
    sniff_delimiter,
    split_line,
)
from desktop_app.importers.logs.timeparse import (
    NAMED_FORMATS,
    PIVOT,
    TWO_DIGIT,
    classify,
    is_iso,
    iso_hint,
    pattern_for,
    reading,
    resolve_tz,
    two_digit_orders,
    two_digit_year,
)

SAMPLE_BYTES = 64 * 1024
MAX_SAMPLE_BYTES = 1024 * 1024
SAMPLE_LINES = 200
PREVIEW_ROWS = 30
EXCEL_RANGE = (20_000.0, 80_000.0)
_LINES = re.compile(r"\r\n|\r|\n")


@dataclass
class Layout:
    """How ``parse`` reads the file (internal; derived again from the resolved options on every call)."""

    kind: str  # "csv" | "ws" (runs of white space) | "xlsx"
    encoding: str  # codec name of the text ("" for XLSX)
    delimiter: str  # "" for XLSX
    width: int  # cells per row
    first_data: int  # lines (sheet rows) before the data: preamble, header, unit row
    names: list[str]
    date_idx: int
    time_idx: int | None
    value_idx: list[int]
    date_format: str | None
    typed_iso: bool  # pyarrow's own ISO parser can read the date column
    date_hint: str | None = None  # "iso" | "rewrite": Arrow's ISO cast reads the date column (else: regexes)
    rows_hint: int = 1024  # estimated data rows (output arrays are preallocated)
    native: bool = False  # XLSX date cells (datetime objects) in the date column
    rows: list[list[object]] = field(default_factory=list)  # XLSX: the sheet
    row_offset: int = 0  # XLSX: sheet row number (1-based) of rows[0] minus 1
    unit_columns: list[units.Column] = field(default_factory=list)  # the value columns as the unit decision saw
    # them in the sample (decided again on the whole file by ``parse``)
    unit_notes: list[str] = field(default_factory=list)  # the sample decision's notes (replaced after parsing)
    overrides: Overrides | None = None
    time_notes: list[str] = field(default_factory=list)  # how the times were read: also warnings of the import
    cell_units: dict[int, cellunits.CellUnit] = field(default_factory=dict)  # value columns whose cells carry
    # their unit ("27.4 °C"): read as text and the unit cut off before the numbers are read


@dataclass
class Inspected:
    detection: Detection
    layout: Layout


def detect(path: Path, options: LogOptions | None = None) -> Detection:
    """The detected (or given) reading choices of ``path``; ImportFileError for a file that is no table."""
    return inspect(Path(path), options or LogOptions()).detection


def inspect(path: Path, options: LogOptions) -> Inspected:
    if not path.is_file():
        raise ImportFileError(path=str(path), detail="文件不存在" if not path.exists() else "这不是文件")
    size = path.stat().st_size
    if size == 0:
        raise ImportFileError(path=str(path), detail="文件为空（0 字节）")
    with path.open("rb") as f:
        head = f.read(SAMPLE_BYTES)
        if head.count(b"\n") < 30 and size > len(head):
            head += f.read(MAX_SAMPLE_BYTES - len(head))
    if head.startswith(ZIP_MAGIC) or path.suffix.lower() in (".xlsx", ".xlsm"):
        from desktop_app.importers.logs.xlsx import inspect_xlsx

        return inspect_xlsx(path, options)
    return _inspect_text(path, options, head, whole=len(head) >= size)


# --- text files -----------------------------------------------------------------------------------------------------

def _inspect_text(path: Path, options: LogOptions, head: bytes, whole: bool) -> Inspected:
    where = str(path)
    notes: list[str] = []
    if options.encoding:
        encoding = check_encoding(where, options.encoding)
        notes.append(f"编码：{options.encoding}（指定）")
    else:
        encoding, _bom, note = sniff(where, head, whole)
        notes.append(note)
    text = decode_sample(head, encoding, whole)
    if not text.strip():
        raise ImportFileError(path=where, detail="文件没有内容（只有空白）")
    lines = _LINES.split(text)
    if lines and not lines[-1]:
        lines.pop()
    size = path.stat().st_size
    rows_hint = len(lines) if whole else int(size / max(len(head), 1) * len(lines) * 1.15) + 64
    lines = lines[:SAMPLE_LINES]
    delimiter = options.delimiter
    open_end = whole and len(lines) <= SAMPLE_LINES and text[-1] not in "\r\n"  # the last line has no line break
    if delimiter is None:
        delimiter = sniff_delimiter(lines)
        if open_end and len(lines) > 1:  # a cut-off last line can mislead the sniffing: "…00:00:00,1.5" has a space
            before = sniff_delimiter(lines[:-1])
            if before and before != delimiter and _cut_off([split_line(x, before) for x in lines]) is not None:
                delimiter = before
        if delimiter is None:
            raise ImportFileError(path=where, detail="找不到分隔符：每行只有一列，不是数据表（可用 --delimiter 指定）")
        notes.append(f"分隔符：{DELIMITER_NAMES.get(delimiter, repr(delimiter))}")
    elif len(delimiter) != 1 or delimiter in "\"\r\n":
        raise ValidationError(field="--delimiter", detail=f"“{delimiter}”不能作分隔符（应为一个字符，如 , ; tab）")
    rows = [split_line(line, delimiter) for line in lines]
    preview = tuple(tuple(r) if r else ("",) for r in rows[:PREVIEW_ROWS])
    cut = _cut_off(rows) if open_end else None
    if cut is not None:  # the shape is found without it (the reader then counts it as a bad row)
        rows[cut] = []
        truncated = truncation(cut + 1, lines[cut])
    shape = find_shape(rows, options.skip_rows, options.unit_row)
    if cut is not None:
        if shape is None or shape.data >= len(shape.rows):
            raise ImportFileError(path=where, detail=f"{truncated}；除这一行外没有数据行（只有表头或说明文字）")
        notes.append(truncated + "，未导入")
    detection, layout = _resolve(where, "csv", options, shape, [[c for c in r] for r in rows], preview, notes)
    layout.kind = "ws" if delimiter == " " else "csv"
    layout.encoding = encoding
    layout.delimiter = delimiter
    layout.rows_hint = rows_hint
    detection = replace(detection, options=replace(detection.options, encoding=options.encoding or encoding,
                                                   delimiter=delimiter))
    return Inspected(detection, layout)


TRUNCATED = "文件最后一行不完整（可能被截断）"


def truncation(line: int, text: str) -> str:
    """文件最后一行不完整（可能被截断）：第 N 行“…”."""
    shown = text.strip().lstrip("\ufeff")
    return f"{TRUNCATED}：第 {line} 行“{shown[:80]}{'…' if len(shown) > 80 else ''}”"


def _cut_off(rows: list[list[str]]) -> int | None:
    """The index of the file's last line (which has no line break after it) when it was cut off: fewer cells
    than the lines before it, or a last cell of another kind than that column's cells in the data rows above
    (text where they are dates, a bare number where they carry a unit; an empty cell is not taken as cut)."""
    filled = [i for i, r in enumerate(rows) if r]
    if len(filled) < 2:
        return None
    last, others = filled[-1], [rows[i] for i in filled[:-1]]
    width = max(len(r) for r in others[-100:])
    row = rows[last]
    if len(row) < width and len(row) < len(others[-1]):
        return last
    if len(row) != len(others[-1]):
        return None
    j = len(row) - 1
    above = [kind(r[j]) for r in others[-20:] if len(r) == len(row) and is_data(r, len(r))]
    if not above:
        return None
    usual, count = Counter(above).most_common(1)[0]
    mine = kind(row[j])
    typed = usual in ("num", "date", "time", "qty") and count >= 0.8 * len(above)
    return last if typed and mine not in (usual, "empty") else None


# --- shared resolution (text and sheets) ------------------------------------------------------------------------------

def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for n in names:
        if n in seen:
            seen[n] += 1
            n = f"{n}({seen[n]})"
        seen.setdefault(n, 1)
        out.append(n)
    return out


def _index(where: str, names: list[str], name: str, option: str) -> int:
    if name in names:
        return names.index(name)
    folded = [n.strip().lower() for n in names]
    if name.strip().lower() in folded:
        return folded.index(name.strip().lower())
    raise ImportFileError(path=where, detail=f"没有“{name}”列（{option}；有：{'、'.join(names)}）")


@dataclass
class _Col:
    cells: list[str]
    kinds: list[str]
    native: list[object]

    @property
    def filled(self) -> list[str]:
        return [c for c, k in zip(self.cells, self.kinds, strict=True) if k != "empty"]

    def share(self, *kinds: str) -> float:
        n = sum(1 for k in self.kinds if k != "empty")
        return sum(1 for k in self.kinds if k in kinds) / n if n else 0.0

    @property
    def has_time(self) -> bool:
        return any((found := classify(c)) is not None and found[3] for c in self.filled)

    def excel_like(self) -> bool:
        values = [_number(c) for c in self.filled]
        return bool(values) and all(v is not None and EXCEL_RANGE[0] <= v <= EXCEL_RANGE[1] for v in values)

    def native_dates(self) -> bool:
        filled = [v for v in self.native if v not in ("", None)]
        return bool(filled) and all(isinstance(v, datetime | date) for v in filled)

    def native_times(self) -> bool:
        filled = [v for v in self.native if v not in ("", None)]
        return bool(filled) and all(isinstance(v, time) for v in filled)


def _number(cell: str) -> float | None:
    try:
        return float(cell.replace(",", "."))
    except ValueError:
        return None


_ORDER_NAMES = {"ymd-yy": "年/月/日", "dmy-yy": "日/月/年", "mdy-yy": "月/日/年"}


def _two_digit(where: str, name: str, cells: list[str]) -> tuple[str | None, Ambiguity | None, str | None]:
    """(format, ambiguity, note) of a date column whose dates are three short numbers (a two-digit year)."""
    orders = two_digit_orders(cells)
    example = next(c for c in cells if (f := classify(c)) is not None and f[0] == "yy")
    if len(orders) == 1:
        return orders[0], None, None
    file = Path(where).name
    if not orders:
        return None, Ambiguity("--date-format", f"“{file}”的“{name}”列中两位数年份的日期前后顺序不一致"
                               f"（如“{example}”），按年/月/日、日/月/年、月/日/年都不能读取全部日期", TWO_DIGIT), None
    readings = "、".join(f"{_ORDER_NAMES[o]}（{o}：{reading(example, o)}）" for o in orders)
    return None, Ambiguity("--date-format", f"“{file}”的“{name}”列中的日期（如“{example}”）年份只有两位数，可读作"
                           f"{readings}", orders), None


def _pivot_note(name: str, date_format: str, cells: list[str]) -> str | None:
    """The note on how a two-digit year is read, with the column's first year as the example."""
    for cell in cells:
        found = two_digit_year(cell, date_format)
        if found:
            return (f"“{name}”列的年份为两位数，{found[0]} 按 {found[1]} 年读取（00–{PIVOT - 1} 为 20xx 年，"
                    f"{PIVOT}–99 为 19xx 年）")
    return None


def _date_format(where: str, name: str, cells: list[str]) -> tuple[str | None, Ambiguity | None, str | None]:
    """(format, ambiguity, note) of a date column from its sample cells."""
    found = [f for f in (classify(c) for c in cells) if f is not None and f[0] != "time"]
    kinds = {f[0] for f in found}
    if kinds == {"yy"}:
        return _two_digit(where, name, cells)
    if "ab" in kinds or "dmy" in kinds:
        day_first = any(f[1] > 12 for f in found if f[0] in ("ab", "dmy")) or "dmy" in kinds
        month_first = any(f[2] > 12 for f in found if f[0] in ("ab", "dmy"))
        if day_first and not month_first:
            return "dmy", None, None
        if month_first and not day_first:
            return "mdy", None, None
        example = next(c for c in cells if (f := classify(c)) is not None and f[0] in ("ab", "dmy"))
        if day_first and month_first:
            return None, Ambiguity("--date-format", f"“{Path(where).name}”的“{name}”列中日期的日、月顺序前后不一致"
                                   f"（如“{example}”）", ("dmy", "mdy")), None
        return None, Ambiguity(
            "--date-format",
            f"“{Path(where).name}”的“{name}”列中的日期（如“{example}”）日和月都不大于 12，无法判断是“日/月/年”（dmy）"
            f"还是“月/日/年”（mdy）", ("dmy", "mdy")), None
    return "ymd", None, None


def _resolve(where: str, fmt: str, options: LogOptions, shape: Shape | None, rows: list[list[object]],
             preview: tuple[tuple[str, ...], ...], notes: list[str]) -> tuple[Detection, Layout]:
    if shape is None or shape.data >= len(shape.rows):
        raise ImportFileError(path=where, detail="找不到数据行（只有表头或说明文字；可用 --skip-rows 指定表头所在行）")
    width = shape.width
    header = shape.rows[shape.header] if shape.header is not None else []
    names = [(header[j] if j < len(header) else "").strip().strip('"') or f"列{j + 1}" for j in range(width)]
    unit_cells = shape.rows[shape.units] if shape.units is not None else []
    stat_cells = shape.rows[shape.stats] if shape.stats is not None else []
    stats = [(stat_cells[j] if j < len(stat_cells) else "").strip() for j in range(width)]
    shown = [c for c in dict.fromkeys(stats) if c]
    if shape.header is None:
        notes.append("没有表头行，列名按 列1、列2 … 编排" + (f"；前 {shape.data} 行已跳过" if shape.data else ""))
    elif shape.header > 0 or shape.units is not None or shape.stats is not None or shape.skipped:
        notes.append(_header_note(shape, shown))
    data_rows = [i for i in range(shape.data, len(shape.rows)) if len(shape.rows[i]) == width]
    cols = []
    for j in range(width):
        cells = [shape.rows[i][j] for i in data_rows]
        objects = [rows[i][j] if j < len(rows[i]) else "" for i in data_rows]
        cols.append(_Col(cells, [kind(c) for c in cells], objects))
    # numbers written with their unit ("27.4 °C", "230.1V"): the column is read as numbers, the unit kept
    cell_units: dict[int, cellunits.CellUnit] = {}
    for j, c in enumerate(cols):
        if "qty" in c.kinds and (found_unit := cellunits.find(c.cells)) is not None:
            cell_units[j] = found_unit
            cells = [found_unit.number(x) for x in c.cells]
            cols[j] = _Col(cells, [kind(x) for x in cells], c.native)
    # whitespace-separated text: "2024-03-01 08:00:00" is two cells under one header ("Time")
    if len(header) == width - 1 and shape.header is not None:
        for j in range(width - 1):
            if cols[j].share("date") >= 0.9 and not cols[j].has_time and cols[j + 1].share("time") >= 0.9:
                names = [*header[:j + 1], "时刻", *header[j + 1:]]
                break
    if len(shown) > 1:  # Avg, Max, Min: the statistic tells the columns apart ("Temp (Max)")
        names = [f"{n} ({st})" if st and j < len(header) else n for j, (n, st) in enumerate(zip(names, stats,
                                                                                               strict=True))]
    names = _unique(names)

    # --- the time columns
    dated = [j for j in range(width) if cols[j].share("date") >= 0.9 or cols[j].native_dates()]
    timed = [j for j in range(width) if cols[j].share("time") >= 0.9 or cols[j].native_times()]
    starts = [j for j in dated if col.START_HEADER.search(names[j])]
    ends = [j for j in dated if col.END_HEADER.search(names[j]) and j not in starts]
    pair = (starts[0], ends[0]) if starts and ends else None
    timestamp_at = options.timestamp_at
    if timestamp_at not in (None, "start", "end"):
        raise ValidationError(field="--timestamp-at", detail="应为 start 或 end")
    if options.date_column:
        date_idx = _index(where, names, options.date_column, "--date-column")
        if pair and date_idx in pair and timestamp_at is not None:
            date_idx = pair[0] if timestamp_at == "start" else pair[1]
        elif pair and date_idx in pair:
            timestamp_at = "start" if date_idx == pair[0] else "end"
    elif pair:
        timestamp_at = timestamp_at or "start"
        date_idx = pair[0] if timestamp_at == "start" else pair[1]
        notes.append(f"每行是一个时间区间（“{names[pair[0]]}”至“{names[pair[1]]}”），时间戳取区间"
                     f"{'起点' if timestamp_at == 'start' else '终点'}（--timestamp-at 可改）")
    elif dated:
        date_idx = next((j for j in dated if col.TIME_HEADER.search(names[j])), dated[0])
    else:
        excel = [j for j in range(width) if cols[j].share("num") >= 0.9 and cols[j].excel_like()
                 and (col.TIME_HEADER.search(names[j]) or j == 0)]
        if excel:
            date_idx = excel[0]
        elif timed:  # rows with a time of day only: the date comes from --date, the preamble or the file name
            date_idx = next((j for j in timed if col.TIME_HEADER.search(names[j])), timed[0])
        else:
            raise ImportFileError(path=where, detail=f"找不到日期/时间列（前 {len(data_rows)} 行中没有可识别的日期，如 "
                                                     f"2024-03-01 08:00:00；可用 --date-column 和 --date-format 指定）")
    if pair is None or date_idx not in pair:
        timestamp_at = None if options.date_column is None or pair is None else timestamp_at
    date_col = cols[date_idx]
    ambiguities: list[Ambiguity] = []
    time_notes: list[str] = []
    base: str | None = None
    if options.date_format == "time" or (options.date_format is None and date_col.share("time") >= 0.9
                                         and not date_col.native_dates()):
        preamble = [(i + 1, " ".join(shape.rows[i])) for i in range(shape.header if shape.header is not None
                                                                    else shape.data)]
        found_date = clock.base_date(where, names[date_idx], preamble, options.base_date)
        if found_date is None:
            raise ImportFileError(path=where, detail=(
                f"只有时刻列（“{names[date_idx]}”）、没有日期列，文件说明和文件名中也找不到日期：请用 --date 指定"
                "测量日期（如 --date 2024-03-01），或用 --date-column 和 --date-format 指定日期列"))
        base = found_date.iso
        if found_date.ambiguity:
            ambiguities.append(found_date.ambiguity)
        else:
            notes.append(found_date.note)
            time_notes.append(found_date.note)
        options = replace(options, date_format="time")
    elif options.base_date is not None:
        notes.append(f"文件有日期列“{names[date_idx]}”，未使用指定的日期 {options.base_date}（--date）")

    time_idx: int | None = None
    if options.time_column:
        time_idx = _index(where, names, options.time_column, "--time-column")
    elif options.time_column is None and not date_col.has_time and not date_col.native_dates():
        candidates = [j for j in timed if j != date_idx]
        time_idx = next((j for j in candidates if col.TIME_HEADER.search(names[j])), candidates[0] if candidates
                        else None)
    elif options.time_column is None and date_col.native_dates() and all(
            isinstance(v, date) and not isinstance(v, datetime) for v in date_col.native if v not in ("", None)):
        time_idx = next((j for j in timed if j != date_idx), None)

    # --- the date format
    date_format = options.date_format
    native = fmt == "xlsx" and date_col.native_dates()
    if date_format is not None:
        if date_format not in NAMED_FORMATS:
            pattern_for(date_format)  # ValidationError naming --date-format for what we cannot read
    elif native or (date_col.share("num") >= 0.9 and date_col.excel_like()):
        date_format = "excel"
    else:
        date_format, ambiguity, _ = _date_format(where, names[date_idx], date_col.filled)
        if ambiguity:
            ambiguities.append(ambiguity)
    if date_format == "excel" and not native:
        notes.append(f"“{names[date_idx]}”列是 Excel 日期序号")
    if date_format is not None and (pivot := _pivot_note(names[date_idx], date_format, date_col.filled)):
        notes.append(pivot)
        time_notes.append(pivot)
    typed_iso = (fmt == "csv" and date_format == "ymd" and time_idx is None and bool(date_col.filled)
                 and all(is_iso(c) for c in date_col.filled))

    # --- value columns
    time_roles = {date_idx: "date"}
    if pair:
        time_roles.update({pair[0]: "start", pair[1]: "end"})
    if time_idx is not None:
        time_roles[time_idx] = "time"
    quantities = {j: col.classify(names[j], unit_cells[j] if j < len(unit_cells) else "") for j in range(width)}
    from_cells = {j for j in cell_units if not quantities[j][0]}  # no unit in the header or the unit row
    for j in from_cells:
        quantities[j] = col.classify(names[j], cell_units[j].spellings[0])
    known = {j for j in range(width) if quantities[j][1] != "other"}
    numeric = [j for j in range(width) if j not in time_roles and not col.INDEX_HEADER.match(names[j]) and (
        cols[j].share("num") >= 0.8 or (j in known and (cols[j].share("num") >= 0.5 or not cols[j].filled)))]
    if options.columns is not None:
        value_idx = [_index(where, names, c, "--columns") for c in options.columns]
        value_idx = [j for j in dict.fromkeys(value_idx) if j not in time_roles]
    else:
        value_idx = numeric
        skipped = [names[j] for j in range(width) if j not in time_roles and j not in numeric]
        if skipped:
            notes.append(f"未导入的列（不是数值或是序号）：{'、'.join(skipped)}")
    if not value_idx:
        raise ImportFileError(path=where, detail="没有数值列可导入（除时间列外各列都不是数字）")

    # --- time zone
    tz = resolve_tz(options.tz)
    for j in [date_idx] + ([time_idx] if time_idx is not None else []):
        found = col.zone_in_header(names[j])
        if found and found[0] != tz:
            if options.tz == DEFAULT_TZ:
                notes.append(f"时区取自表头“{found[1]}”：{found[0]}（--tz 可改）")
                tz = found[0]
            else:
                notes.append(f"表头写的时区是“{found[1]}”，按指定的 {tz} 读取")
        elif (unknown := col.unknown_zone_in_header(names[j])) is not None:
            notes.append(f"表头中的时区“{unknown}”无法识别，按 {tz} 读取（--tz 可改）")
    notes.append(f"日期列：“{names[date_idx]}”" + (f"，时刻列：“{names[time_idx]}”" if time_idx is not None else "")
                 + (f"，格式 {date_format}" if date_format else "") + f"，时区 {tz}")

    # --- decimal separator
    decimal = options.decimal
    if decimal not in (None, ".", ","):
        raise ValidationError(field="--decimal", detail="应为 . 或 ,")
    if decimal is None:
        number_cells = [c for j in value_idx for c in cols[j].filled]
        if date_format == "excel":
            number_cells += date_col.filled
        decimal, note = sniff_decimal(number_cells)
        if note:
            notes.append(note)
        elif decimal == ",":
            notes.append("小数点：逗号")

    # --- units of the value columns (checked against each other; see units.py)
    overrides = _overrides(where, names, options)
    value_cols = []
    for j in value_idx:
        info = col.read_name(names[j], unit_cells[j] if j < len(unit_cells) else "")
        unit_text, quantity, _unit, _defaulted = quantities[j]
        quantity = overrides.quantities.get(names[j], quantity)
        in_cells = cell_units.get(j)
        unit_from = ("cell" if j in from_cells else "unit_row" if j < len(unit_cells) and unit_cells[j].strip()
                     else "header") if unit_text else ""
        value_cols.append(units.Column(names[j], quantity, unit_text, unit_from, info.phase, info.chinese,
                                       _sample_floats(cols[j].cells, decimal or "."),
                                       in_cells.unit if in_cells else "", in_cells.example if in_cells else ""))
    in_cells_used = [j for j in value_idx if j in cell_units]
    if in_cells_used:
        notes.append("数值带单位的列（读取时去掉单位）：" + "、".join(
            f"“{names[j]}”（{cell_units[j].unit}，如“{cell_units[j].example}”）" for j in in_cells_used))
    interval = _sample_interval(date_col, cols[time_idx] if time_idx is not None else None, date_format, native)
    decided = units.decide(value_cols, units=overrides.units, kinds=overrides.kinds, interval_ms=interval)
    notes.extend(decided.notes)
    ambiguities.extend(decided.ambiguities)
    infos = []
    for j in range(width):
        role = time_roles.get(j) or ("value" if j in numeric or j in value_idx else "text")
        d = decided.decisions.get(names[j]) if j in value_idx else None
        if d is not None:
            phase = col.read_name(names[j]).phase
            infos.append(ColumnInfo(names[j], quantities[j][0], d.quantity, d.unit, role, d.source, d.unit_original,
                                    d.factor, d.offset, d.kind, d.check, phase))
        elif role == "value":
            unit_text, quantity, unit, _defaulted = quantities[j]
            infos.append(ColumnInfo(names[j], unit_text, quantity, unit, role))
        else:
            infos.append(ColumnInfo(names[j], unit_cells[j] if j < len(unit_cells) else "", "", "", role))

    resolved = LogOptions(
        encoding=None, delimiter=None, decimal=decimal,
        skip_rows=shape.header if shape.header is not None else shape.data,
        unit_row=shape.units is not None, date_column=names[date_idx],
        time_column=names[time_idx] if time_idx is not None else "", date_format=date_format,
        timestamp_at=timestamp_at, tz=tz, sheet=options.sheet, columns=tuple(names[j] for j in value_idx),
        units=options.units, quantities=options.quantities, kinds=options.kinds)
    detection = Detection(where, fmt, resolved, tuple(infos), preview, tuple(ambiguities), tuple(notes))
    hint = iso_hint(date_col.filled[0], date_format) if date_col.filled and date_format and not native else None
    layout = Layout(kind=fmt, encoding="", delimiter="", width=width, first_data=shape.first_data, names=names,
                    date_idx=date_idx, time_idx=time_idx, value_idx=value_idx, date_format=date_format,
                    typed_iso=typed_iso, date_hint=hint, native=native, unit_columns=value_cols,
                    unit_notes=decided.notes, overrides=overrides,
                    cell_units={j: u for j, u in cell_units.items() if j in value_idx})
    # how the times are read (clock.py): the date of time-only rows, the timing check's override, their notes
    detection = replace(detection, options=replace(detection.options, base_date=base,
                                                   accept_timing=options.accept_timing))
    layout.time_notes = time_notes
    return detection, layout


def _lines(first: int, last: int) -> str:
    """"第 3 行" or "第 1–3 行" (0-based indices in, 1-based numbers out)."""
    return f"第 {first + 1} 行" if first == last else f"第 {first + 1}–{last + 1} 行"


def _header_note(shape: Shape, stats: list[str]) -> str:
    """表头：第 2 行（列名），第 3 行为单位行，第 4 行为统计方式（Smp），第 1 行为文件说明."""
    assert shape.header is not None
    parts = [f"表头：第 {shape.header + 1} 行（列名）"]
    if shape.units is not None:
        parts.append(f"第 {shape.units + 1} 行为单位行")
    if shape.stats is not None:
        parts.append(f"第 {shape.stats + 1} 行为统计方式（{'、'.join(stats)}"
                     + ("，已加在列名后" if len(stats) > 1 else "") + "）")
    if shape.skipped:
        parts.append("、".join(_lines(i, i) for i in shape.skipped) + "已跳过")
    if shape.header > 0:
        parts.append(f"{_lines(0, shape.header - 1)}为文件说明")
    return "，".join(parts)


@dataclass
class Overrides:
    units: dict[str, str]
    quantities: dict[str, str]
    kinds: dict[str, str]


def _overrides(where: str, names: list[str], options: LogOptions) -> Overrides:
    """The user's units, quantities and kinds per column, the column names checked (case-insensitively)."""
    from desktop_app.reference.log_columns import table

    def resolve(pairs: tuple[tuple[str, str], ...], option: str) -> dict[str, str]:
        out = {}
        for column, value in pairs:
            out[names[_index(where, names, column, option)]] = value.strip()
        return out

    quantities = resolve(options.quantities, "--quantity")
    known = table().by_key
    for column, q in quantities.items():
        if q not in known:
            raise ValidationError(field="--quantity",
                                  detail=f"“{column}={q}”：没有物理量“{q}”（可用：{'、'.join(known)}）")
    unit_map = resolve(options.units, "--unit")
    for column, u in unit_map.items():
        if u and col.unit_def(u) is None and not re.fullmatch(r"[^\s]{1,12}", u):
            raise ValidationError(field="--unit", detail=f"“{column}={u}”不是单位")
    kinds = resolve(options.kinds, "--kind")
    for column, k in kinds.items():
        if k not in ("interval", "cumulative"):
            raise ValidationError(field="--kind",
                                  detail=f"“{column}={k}”：应为 interval（每个时段的电量）或 cumulative（累计读数）")
    return Overrides(unit_map, quantities, kinds)


def _sample_floats(cells: list[str], decimal: str) -> np.ndarray:
    out = np.full(len(cells), np.nan)
    for i, c in enumerate(cells):
        try:
            out[i] = float(c.replace(",", ".") if decimal == "," else c)
        except ValueError:
            pass
    return out


def _sample_interval(date_col: _Col, time_col: _Col | None, date_format: str | None, native: bool) -> int | None:
    """Median step (ms) of the sample's timestamps, None when they cannot be read here."""
    import pyarrow as pa  # type: ignore[import-untyped]

    from desktop_app.importers.logs.timeparse import read_datetimes, read_serials, read_times

    try:
        if native:
            stamps = [v for v in date_col.native if isinstance(v, datetime)]
            ms = np.array([int(v.timestamp() * 1000) for v in stamps], dtype=np.int64)
        elif date_format == "excel":
            serial = _sample_floats(date_col.filled, ".")
            ms, ok = read_serials(serial)
            ms = ms[ok]
        elif date_format:
            naive, ok, _z = read_datetimes(pa.array(date_col.cells, pa.string()), date_format)
            if time_col is not None and len(time_col.cells) == len(date_col.cells):
                clock, clock_ok = read_times(pa.array(time_col.cells, pa.string()))
                naive = naive // 86_400_000 * 86_400_000 + clock
                ok &= clock_ok
            ms = naive[ok]
        else:
            return None
    except (ValueError, ValidationError, ImportFileError, TypeError, OverflowError):
        return None
    steps = np.diff(np.sort(ms))
    steps = steps[steps > 0]
    return int(np.median(steps)) if steps.size else None


def resolve_shape(where: str, options: LogOptions, rows: list[list[str]], native: list[list[object]],
                  preview: tuple[tuple[str, ...], ...], notes: list[str]) -> tuple[Detection, Layout]:
    """Entry for sheets: the rows are already cells."""
    shape = find_shape(rows, options.skip_rows, options.unit_row)
    return _resolve(where, "xlsx", options, shape, native, preview, notes)
