"""``parse``: a logger file → UTC timestamps and float channels plus a report of what could not be read;
``align``: several parsed files on one time axis (by timestamp, or resampled to a common interval).

After reading (``reader`` for text, ``xlsx`` for sheets) rows with only a time of day get their date and the
end-of-day ``00:00`` of some loggers is read as 24:00 (``clock``), the local times become UTC through the zone's
single offset over the data (a DST switch inside the data is an error naming ``--tz``), the rows are sorted (rows
out of order are counted), repeated timestamps are dropped keeping the first row (counted), steps longer than three
times the median step are reported as gaps, and timing no field measurement has (a span of years, an interval that
changes mid-file) stops the import unless ``accept_timing`` is set.

A day/month order the sample left open is settled from the whole column: by which orders read every date, then
by the sequence each order gives (``clock.pick_order``); what remains open is an ``AmbiguousChoice``.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np
import pyarrow as pa  # type: ignore[import-untyped]

from desktop_app.calculations.series import interval_power
from desktop_app.domain.errors import AmbiguousChoice, ImportCancelled, ImportFileError, ValidationError
from desktop_app.importers.logs import clock, units
from desktop_app.importers.logs.convert import Sink, datetimes
from desktop_app.importers.logs.detect import TRUNCATED, Inspected, Layout, inspect, truncation
from desktop_app.importers.logs.model import Ambiguity, ColumnInfo, Detection, LogOptions, ParsedLog, ParseReport
from desktop_app.importers.logs.reader import read_column, read_text
from desktop_app.importers.logs.timeparse import resolve_tz, to_utc, utc_offset_ms
from desktop_app.importers.logs.xlsx import cell_text, read_sheet
from desktop_app.reference import log_columns

GAP_FACTOR = 3
MAX_GAPS = 100_000
MAX_BINS = 50_000_000


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
    log = _finish(where, detection, sink, layout.time_notes)
    log = _apply_units(where, layout, log)
    if progress is not None and not progress(1.0):
        raise ImportCancelled(path=where)
    return log


def _settle(path: Path, options: LogOptions, found: Inspected) -> Inspected:
    """Open ambiguities: settle the date order from the whole date column, else raise AmbiguousChoice."""
    for ambiguity in found.detection.ambiguities:
        if ambiguity.option in UNIT_OPTIONS:
            continue  # decided again on the whole file once it is read (_apply_units)
        if ambiguity.option == "--date-format":
            settled, note = _date_order(path, options, found, ambiguity)
            given = replace(options, date_format=settled)
            again = inspect(path, given)
            again.layout.time_notes.append(note)
            detection = replace(again.detection, notes=(*again.detection.notes, note))
            return _settle(path, given, Inspected(detection, again.layout))
        raise _ambiguous(str(path), ambiguity)
    return found


def _ambiguous(where: str, ambiguity: Ambiguity) -> AmbiguousChoice:
    return AmbiguousChoice(option=ambiguity.option, detail=ambiguity.message, candidates=ambiguity.candidates,
                           path=where)


def _whole_column(path: Path, layout: Layout, index: int) -> pa.Array:
    if layout.kind == "xlsx":
        return pa.array([cell_text(r[index]) if len(r) > index else "" for r in layout.rows[layout.first_data:]],
                        pa.string())
    return read_column(path, layout, index)


def _date_order(path: Path, options: LogOptions, found: Inspected, ambiguity: Ambiguity) -> tuple[str, str]:
    """(format, note) of the one candidate order that reads every date of the whole column any order reads and,
    when several do, gives the sequence a logger writes (``clock.pick_order``); else AmbiguousChoice."""
    layout = found.layout
    where, column = str(path), found.detection.options.date_column
    dates = _whole_column(path, layout, layout.date_idx)
    times = _whole_column(path, layout, layout.time_idx) if layout.time_idx is not None else None
    readings = {}
    for fmt in ambiguity.candidates:
        naive, valid, _empty, _zones = datetimes(dates, times, fmt, ".")
        readings[fmt] = (naive, valid)
    union = np.logical_or.reduce([valid for _naive, valid in readings.values()])

    def unread(fmt: str) -> str:
        missing = union & ~readings[fmt][1]
        at = int(np.argmax(missing))
        example = str(dates[at].as_py() or "") + (f" {times[at].as_py() or ''}" if times is not None else "")
        return f"按 {fmt} 有 {int(missing.sum())} 行读不了，如“{example.strip()}”"

    whole = [fmt for fmt, (_naive, valid) in readings.items() if np.array_equal(valid, union)]
    if not whole:
        raise AmbiguousChoice(option="--date-format", candidates=ambiguity.candidates, path=where, detail=(
            f"“{path.name}”的“{column}”列中，没有一种日期顺序能读取全部日期（{'；'.join(map(unread, readings))}），"
            "日、月顺序前后不一致"))
    if len(whole) == 1:
        others = "；".join(unread(fmt) for fmt in readings if fmt != whole[0])
        return whole[0], f"日期格式按整列数据判断为 {whole[0]}（只有按 {whole[0]} 能读取全部日期；{others}）"
    sequences = {fmt: clock.timeline(readings[fmt][0][readings[fmt][1]]) for fmt in whole}
    chosen = clock.pick_order(sequences)
    if chosen is not None and (sequences[chosen].plausible or options.accept_timing):
        best = sequences[chosen]
        others = "；".join(f"按 {fmt} 读取则{clock.why_not(best, sequences[fmt])}" for fmt in whole if fmt != chosen)
        return chosen, f"日期格式按时间先后判断为 {chosen}：按 {chosen} 读取为 {best.describe()}；{others}"
    described = "；".join(f"按 {fmt} 为 {seq.describe()}" for fmt, seq in sequences.items())
    if chosen is not None:  # the likeliest order, but no field measurement spans that long
        verdict = (f"按 {chosen} 最合理，但跨度超过 {clock.MAX_SPAN_DAYS} 天，不像一次现场测量；若确实如此，请指定 "
                   f"--date-format {chosen} 并加 --accept-timing")
    elif not any(seq.plausible for seq in sequences.values()):
        verdict = f"都不像一次现场测量（跨度超过 {clock.MAX_SPAN_DAYS} 天），无法判断" + (
            "" if options.accept_timing else "；若时间确实如此，指定日期格式后另加 --accept-timing")
    else:
        verdict = "前后顺序都说得通，无法判断"
    raise AmbiguousChoice(option="--date-format", candidates=tuple(whole), path=where,
                          detail=f"{ambiguity.message}；整列数据{described}，{verdict}")


UNIT_OPTIONS = ("--unit", "--quantity", "--kind")


def _apply_units(where: str, layout: Layout, log: ParsedLog) -> ParsedLog:
    """The units decided on the whole file (the sample's decision was shown by ``detect``), the values converted
    to canonical units in place, and a derived interval-power channel for every energy column."""
    detection = log.detection
    overrides = layout.overrides
    cols = [replace(c, values=log.values[c.name]) for c in layout.unit_columns if c.name in log.values]
    outcome = units.decide(cols, units=overrides.units if overrides else {}, kinds=overrides.kinds if overrides else {},
                           interval_ms=log.report.interval_ms)
    if outcome.ambiguities:
        raise _ambiguous(where, outcome.ambiguities[0])
    infos = {c.name: c for c in detection.columns}
    values = dict(log.values)
    derived: list[ColumnInfo] = []
    for name, d in outcome.decisions.items():
        v = values[name]
        if d.factor != 1.0:
            np.multiply(v, d.factor, out=v)
        if d.offset:
            np.add(v, d.offset, out=v)
        old = infos[name]
        infos[name] = replace(old, quantity=d.quantity, unit=d.unit, unit_source=d.source,
                              unit_original=d.unit_original, factor=d.factor, offset=d.offset, kind=d.kind,
                              check=d.check)
        if d.kind in ("interval", "cumulative"):
            power_q = log_columns.table().by_key[d.quantity].energy_of
            power_unit = log_columns.table().by_key[power_q].canonical
            label = f"{name}（推算功率）"
            values[label] = interval_power(log.times, v, d.kind, log.report.interval_ms)
            derived.append(ColumnInfo(label, "", power_q, power_unit, "derived", "derived", "", 1.0, 0.0,
                                      "interval_mean", f"由“{name}”推算：功率 = 时段电量 ÷ 时段长度", infos[name].phase,
                                      name))
    notes = [n for n in detection.notes if n not in layout.unit_notes] + outcome.notes
    ambiguities = tuple(a for a in detection.ambiguities if a.option not in UNIT_OPTIONS)
    columns = tuple(infos[c.name] for c in detection.columns) + tuple(derived)
    return ParsedLog(replace(detection, columns=columns, notes=tuple(notes), ambiguities=ambiguities), log.times,
                     values, log.report)


def _finish(where: str, detection: Detection, sink: Sink, time_notes: Sequence[str] = ()) -> ParsedLog:
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
    options = detection.options
    found: list[str] = []  # what reading the rows decided about their times (notes, and import warnings)
    if options.date_format == "time" and options.base_date:
        naive, note = clock.date_time_only(naive, options.base_date, options.date_column or "")
    else:
        naive, note = clock.end_of_day(naive)
    if note:
        found.append(note)
    times, offset = to_utc(where, detection.options.tz, naive, zones)
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
    implausible = clock.timing_findings(times, offset or 0)
    if implausible and not options.accept_timing:
        raise ImportFileError(path=where, detail=(
            f"“{options.date_column}”列的时间不像一次现场测量：{'；'.join(implausible)}。请核对日期格式（--date-format）、"
            "日期列（--date-column）和时区（--tz）；若时间确实如此，可用 --accept-timing 照常导入"))
    found += [f"时间不像一次现场测量，已按 --accept-timing 照常导入：{finding}" for finding in implausible]
    report.time_notes = [*time_notes, *found]
    if found:
        detection = replace(detection, notes=(*detection.notes, *found))
    if detection.format == "csv" and (cut := _mark_truncated(where, detection.options.encoding, report)):
        report.time_notes.append(cut)  # a warning of the import (the examples shown may stop before it)
        if cut not in detection.notes:
            detection = replace(detection, notes=(*detection.notes, cut))
    return ParsedLog(detection, times, values, report)


def _mark_truncated(where: str, encoding: str | None, report: ParseReport) -> str | None:
    """The last bad row is the file's last line and the file does not end with a line break: say it was cut off
    (in its reason, and the note returned)."""
    if not report.bad_examples or not encoding:
        return None
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
        return None
    last = re.split(r"\r\n|\r|\n", text)[-1].strip()
    line, raw, reason = report.bad_examples[-1]
    if raw.strip() == last and line == max(n for n, _t, _r in report.bad_examples):
        report.bad_examples[-1] = (line, raw, f"{TRUNCATED}；{reason}")
        return truncation(line, raw) + "，未导入"
    return None


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
    ``interval_ms``, a regular grid of bins aligned to local clock time (mean of the samples in each bin; for
    energy per interval their sum, for a meter reading the last reading)."""
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
        kinds = {c.name: c.kind for c in log.detection.columns}
        for name, key in pairs:
            v = log.values[name]
            ok = ~np.isnan(v)
            sums = np.bincount(index[ok], weights=v[ok], minlength=bins)
            counts = np.bincount(index[ok], minlength=bins)
            kind = kinds.get(name, "sample")
            if kind == "interval":  # energy per interval: the energy of a bin is the sum of its intervals
                out[key] = np.where(counts > 0, sums, np.nan)
            elif kind == "cumulative":  # a meter reading: the last reading in each bin
                last = np.full(bins, np.nan)
                last[index[ok]] = v[ok]  # ascending times: the last write of a bin wins
                out[key] = last
            else:
                with np.errstate(invalid="ignore", divide="ignore"):
                    out[key] = np.where(counts > 0, sums / np.maximum(counts, 1), np.nan)
    return times, out


def _local_offset(tz: str, lo: int, hi: int) -> int:
    try:
        zone = resolve_tz(tz)
        return utc_offset_ms("", zone, lo, hi)
    except (ValidationError, ImportFileError):
        return 0
