"""``parse``: a logger file → UTC timestamps and float channels plus a report of what could not be read;
``align``: several parsed files on one time axis (by timestamp, or resampled to a common interval).

After reading (``reader`` for text, ``xlsx`` for sheets) the local times become UTC through the zone's single
offset over the data (a DST switch inside the data is an error naming ``--tz``), the rows are sorted (rows out of
order are counted), repeated timestamps are dropped keeping the first row (counted), and steps longer than three
times the median step are reported as gaps.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np
import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.compute as pc  # type: ignore[import-untyped]

from desktop_app.domain.errors import AmbiguousChoice, ImportCancelled, ImportFileError, ValidationError
from desktop_app.importers.logs.convert import Sink
from desktop_app.importers.logs.detect import Inspected, inspect
from desktop_app.importers.logs.model import Ambiguity, Detection, LogOptions, ParsedLog, ParseReport
from desktop_app.importers.logs.reader import read_column, read_text
from desktop_app.importers.logs.timeparse import resolve_tz, to_utc, utc_offset_ms
from desktop_app.importers.logs.xlsx import read_sheet

GAP_FACTOR = 3
MAX_GAPS = 100_000
MAX_BINS = 50_000_000
_AB = r"^[ \t]*(?P<a>[0-9]{1,2})[-/.](?P<b>[0-9]{1,2})[-/.][0-9]{4}"


def parse(path: Path, options: LogOptions | None = None,
          progress: Callable[[float], bool] | None = None) -> ParsedLog:
    """Read ``path`` with ``options`` (None: detect everything). ``progress(fraction)`` returning False cancels
    (``ImportCancelled``). An open ambiguity the data do not settle raises ``AmbiguousChoice`` naming the option."""
    path = Path(path)
    where = str(path)
    options = options or LogOptions()
    if progress is not None and not progress(0.0):
        raise ImportCancelled(path=where)
    found = inspect(path, options)
    found = _settle(path, options, found)
    detection, layout = found.detection, found.layout
    resolved = detection.options
    decimal = resolved.decimal or "."
    if layout.kind == "xlsx":
        sink = read_sheet(path, layout, decimal, layout.names, progress)
    else:
        sink = read_text(path, layout, decimal, layout.names, progress)
    log = _finish(where, detection, sink)
    if progress is not None and not progress(1.0):
        raise ImportCancelled(path=where)
    return log


def _settle(path: Path, options: LogOptions, found: Inspected) -> Inspected:
    """Open ambiguities: settle day/month order from the whole date column, else raise AmbiguousChoice."""
    for ambiguity in found.detection.ambiguities:
        if ambiguity.option == "--date-format":
            settled = _day_month_order(path, found)
            if settled == "both":
                raise _ambiguous(str(path), replace(ambiguity, message=(
                    f"“{path.name}”的“{found.detection.options.date_column}”列中，有的日期第一个数大于 12、有的第二个数"
                    "大于 12，日、月顺序前后不一致")))
            if settled is not None:
                again = inspect(path, replace(options, date_format=settled))
                note = (f"日期格式按整列数据判断为 {settled}（样本中的日、月都不大于 12，后面的行中"
                        f"{'日' if settled == 'dmy' else '月'}大于 12）")
                detection = replace(again.detection, notes=(*again.detection.notes, note))
                return Inspected(detection, again.layout)
        raise _ambiguous(str(path), ambiguity)
    return found


def _ambiguous(where: str, ambiguity: Ambiguity) -> AmbiguousChoice:
    return AmbiguousChoice(option=ambiguity.option, detail=ambiguity.message, candidates=ambiguity.candidates,
                           path=where)


def _day_month_order(path: Path, found: Inspected) -> str | None:
    """"dmy" / "mdy" when some date in the whole column has its first / second number above 12 ("both": some
    have either; None: no date settles it)."""
    layout = found.layout
    if layout.kind == "xlsx":
        cells = pa.array([str(r[layout.date_idx]) if len(r) > layout.date_idx else ""
                          for r in layout.rows[layout.first_data:]], pa.string())
    else:
        cells = read_column(path, layout, layout.date_idx)
    parts = pc.extract_regex(cells, pattern=_AB)
    first = pc.max(pc.cast(pc.struct_field(parts, "a"), pa.int64())).as_py() or 0
    second = pc.max(pc.cast(pc.struct_field(parts, "b"), pa.int64())).as_py() or 0
    if first > 12 and second > 12:
        return "both"
    if first <= 12 and second <= 12:
        return None
    return "dmy" if first > 12 else "mdy"


def _finish(where: str, detection: Detection, sink: Sink) -> ParsedLog:
    naive, zones, columns = sink.result()
    values = dict(zip(sink.names, columns, strict=True))
    if sink.rows_total and not len(naive):
        first = sink.examples[0] if sink.examples else None
        detail = f"全部 {sink.rows_total} 个数据行都无法读取"
        if first:
            detail += f"（如第 {first[1]} 行：{first[3]}）"
        raise ImportFileError(path=where, detail=detail + "；请检查日期格式、小数点和分隔符")
    if not sink.rows_total:
        raise ImportFileError(path=where, detail="没有数据行（只有表头或说明文字）")
    times, _offset = to_utc(where, detection.options.tz, naive, zones)
    steps = np.diff(times)  # of the rows as read: reused below when they are in order and unique
    out_of_order = int(np.count_nonzero(steps < 0))
    if out_of_order:
        order = np.argsort(times, kind="stable")
        times = times[order]
        values = {k: v[order] for k, v in values.items()}
    duplicates = 0
    if len(times) > 1:
        repeat = np.concatenate(([False], times[1:] == times[:-1]))
        duplicates = int(np.count_nonzero(repeat))
        if duplicates:
            keep = ~repeat
            times = times[keep]
            values = {k: v[keep] for k, v in values.items()}
    interval: int | None = None
    gaps: list[tuple[int, int]] = []
    if len(times) > 1:
        if out_of_order or duplicates:
            steps = np.diff(times)
        interval = int(np.median(steps))
        if interval > 0:
            at = np.flatnonzero(steps > GAP_FACTOR * interval)[:MAX_GAPS]
            gaps = [(int(times[i]), int(times[i + 1])) for i in at]
    report = ParseReport(
        rows_total=sink.rows_total, rows_bad=sink.rows_bad,
        bad_examples=[(number, text or "", reason) for _k, number, text, reason in sink.examples],
        missing={k: int(np.count_nonzero(np.isnan(v))) for k, v in values.items()}, duplicates=duplicates,
        out_of_order=out_of_order, gaps=gaps, interval_ms=interval)
    if detection.format == "csv":
        _mark_truncated(where, detection.options.encoding, report)
    return ParsedLog(detection, times, values, report)


def _mark_truncated(where: str, encoding: str | None, report: ParseReport) -> None:
    """The last bad row is the file's last line and the file does not end with a line break: say it was cut off."""
    if not report.bad_examples or not encoding:
        return
    path = Path(where)
    size = path.stat().st_size
    with path.open("rb") as f:
        first = f.read(2)
        start = max(0, size - 4096)
        f.seek(start)
        tail = f.read()
    name = codecs.lookup(encoding).name
    if name == "utf-16":
        name = "utf-16-be" if first == codecs.BOM_UTF16_BE else "utf-16-le"
    if name.startswith("utf-16") and start % 2:
        tail = tail[1:]
    text = tail.decode(name, errors="replace")
    if not text or text[-1] in "\r\n":
        return
    last = re.split(r"\r\n|\r|\n", text)[-1].strip()
    line, raw, reason = report.bad_examples[-1]
    if raw.strip() == last and line == max(n for n, _t, _r in report.bad_examples):
        report.bad_examples[-1] = (line, raw, reason + "（文件最后一行不完整，可能被截断）")


# --- several files ----------------------------------------------------------------------------------------------------

def _keys(logs: Sequence[ParsedLog]) -> list[list[tuple[str, str]]]:
    """(column, channel key) per file: the column name, prefixed "stem:" when another file has it too."""
    counts: dict[str, int] = {}
    for log in logs:
        for name in log.values:
            counts[name] = counts.get(name, 0) + 1
    used: set[str] = set()
    out = []
    for log in logs:
        stem = Path(log.detection.path).stem
        keys = []
        for name in log.values:
            key = name if counts[name] == 1 else f"{stem}:{name}"
            n = 2
            while key in used:
                key = f"{stem}:{name}#{n}"
                n += 1
            used.add(key)
            keys.append((name, key))
        out.append(keys)
    return out


def align(logs: Sequence[ParsedLog], interval_ms: int | None = None) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """One time axis for several files: the union of their timestamps (NaN where a file has no sample), or, with
    ``interval_ms``, a regular grid of bins aligned to local clock time (mean of the samples in each bin)."""
    if not logs:
        return np.empty(0, np.int64), {}
    keys = _keys(logs)
    out: dict[str, np.ndarray] = {}
    if interval_ms is None:
        times = np.unique(np.concatenate([log.times for log in logs])).astype(np.int64)
        for log, pairs in zip(logs, keys, strict=True):
            at = np.searchsorted(times, log.times)
            for name, key in pairs:
                column = np.full(len(times), np.nan)
                column[at] = log.values[name]
                out[key] = column
        return times, out
    if interval_ms <= 0:
        raise ValidationError(field="重采样间隔", detail="必须大于 0")
    every = np.concatenate([log.times for log in logs])
    if not len(every):
        return np.empty(0, np.int64), {key: np.empty(0) for pairs in keys for _n, key in pairs}
    lo, hi = int(every.min()), int(every.max())
    offset = _local_offset(logs[0].detection.options.tz, lo, hi)
    start = (lo + offset) // interval_ms * interval_ms - offset
    bins = (hi - start) // interval_ms + 1
    if bins > MAX_BINS:
        raise ValidationError(field="重采样间隔", detail=f"间隔太短：{bins} 个时段超过 {MAX_BINS} 的上限")
    times = start + np.arange(bins, dtype=np.int64) * interval_ms
    for log, pairs in zip(logs, keys, strict=True):
        index = (log.times - start) // interval_ms
        for name, key in pairs:
            v = log.values[name]
            ok = ~np.isnan(v)
            sums = np.bincount(index[ok], weights=v[ok], minlength=bins)
            counts = np.bincount(index[ok], minlength=bins)
            with np.errstate(invalid="ignore", divide="ignore"):
                out[key] = np.where(counts > 0, sums / np.maximum(counts, 1), np.nan)
    return times, out


def _local_offset(tz: str, lo: int, hi: int) -> int:
    try:
        zone = resolve_tz(tz)
        return utc_offset_ms("", zone, lo, hi)
    except (ValidationError, ImportFileError):
        return 0
