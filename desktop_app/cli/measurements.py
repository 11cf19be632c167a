"""``jnzd import-log`` (non-interactive, every detector choice as an option) and ``jnzd measurements``."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

from desktop_app.cli.output import one_line
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.messages import current_language, render

COMMANDS = ("import-log", "measurements")


def _count(text: str) -> int:
    """A number of lines: 0 or more (argparse reports anything else as a usage error, exit 2)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(render("cli.not_a_count", value=text)) from None
    if value < 0:
        raise argparse.ArgumentTypeError(render("cli.not_a_count", value=text))
    return value


def _date(text: str) -> str:
    """An ISO date (``--date``): checked here, so a day that does not exist is a usage error, not ignored."""
    from datetime import date

    try:
        return date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(render("cli.not_a_date", value=text)) from None


def _reading_options(p: argparse.ArgumentParser, zh: bool, defaults: bool = True) -> None:
    """The reading choices of one file (given before any ``--file``: of every file)."""
    none = None if defaults else argparse.SUPPRESS
    p.add_argument("--encoding", default=none, help="utf-8、utf-8-sig、utf-16、gb18030、shift_jis、cp1252 …")
    p.add_argument("--delimiter", default=none, help="分隔符：, ; tab space" if zh else "delimiter: , ; tab space")
    p.add_argument("--decimal", default=none, choices=(".", ","), help="小数点" if zh else "decimal separator")
    p.add_argument("--skip-rows", default=none, type=_count, metavar="N",
                   help="表头前的说明行数" if zh else "preamble lines")
    unit = p.add_mutually_exclusive_group()
    unit.add_argument("--unit-row", dest="unit_row", action="store_true", default=none,
                      help="表头下一行是单位" if zh else "a unit row under the header")
    unit.add_argument("--no-unit-row", dest="unit_row", action="store_false", default=none)
    p.add_argument("--date-column", default=none, metavar="NAME")
    p.add_argument("--time-column", default=none, metavar="NAME",
                   help="单独的时间列（\"\" 表示没有）" if zh else "separate time column")
    p.add_argument("--date-format", default=none, metavar="FMT",
                   help="ymd、dmy、mdy（两位年份：ymd-yy、dmy-yy、mdy-yy）、excel、time（只有时刻）"
                   "或 strptime 格式" if zh
                   else "ymd, dmy, mdy (two-digit years: ymd-yy, dmy-yy, mdy-yy), excel, time (time of day only) "
                   "or a strptime format")
    p.add_argument("--date", default=none, metavar="YYYY-MM-DD", dest="base_date", type=_date,
                   help="只有时刻的行所属的日期" if zh else "the date of rows that hold only a time of day")
    p.add_argument("--accept-timing", default=none, action="store_true",
                   help="时间跨度或间隔异常时仍然导入" if zh else "import although the span or interval looks wrong")
    p.add_argument("--timestamp-at", default=none, choices=("start", "end"), help="区间行取起点或终点" if zh
                   else "interval rows: start or end time")
    p.add_argument("--tz", default="Asia/Shanghai" if defaults else argparse.SUPPRESS,
                   help="时区（默认 Asia/Shanghai）" if zh else "time zone")
    p.add_argument("--sheet", default=none, help="XLSX 工作表" if zh else "XLSX sheet")
    p.add_argument("--columns", default=none, metavar="A,B,…",
                   help="只导入这些列" if zh else "only these value columns")
    p.add_argument("--unit", action="append", default=[] if defaults else argparse.SUPPRESS, metavar="COL=UNIT",
                   dest="units", help="该列数值的单位，如 --unit \"PowerP_Total_avg=W\"（可重复）" if zh
                   else "the unit of a column's values, e.g. --unit PowerP_Total_avg=W (repeatable)")
    p.add_argument("--quantity", action="append", default=[] if defaults else argparse.SUPPRESS, metavar="COL=Q",
                   dest="quantities", help="该列的物理量，如 --quantity \"Current_Power_Factor=power_factor\"（可重复）"
                   if zh else "a column's quantity, e.g. --quantity Current_Power_Factor=power_factor (repeatable)")
    p.add_argument("--kind", action="append", default=[] if defaults else argparse.SUPPRESS, metavar="COL=KIND",
                   dest="kinds", help="电能列：interval（每个时段的电量）或 cumulative（累计读数）（可重复）" if zh
                   else "energy columns: interval (energy per interval) or cumulative (meter reading) (repeatable)")


def add_parsers(sub: Any, zh: bool) -> None:
    i = sub.add_parser(
        "import-log", help="导入记录仪数据文件（CSV/TSV/TXT/XLSX）" if zh else "import logger files",
        description=("选项作用于所有文件；写在 --file FILE 之后的选项只作用于该文件（--file 放在命令最后，可重复）。"
                     "每个检测结果和推断的单位都会打印出来。") if zh else (
            "Options apply to every file; options after --file FILE apply to that file only (--file goes last, "
            "repeatable). Every detection note and every inferred unit is printed."))
    i.add_argument("case", type=Path, metavar="CASE")
    i.add_argument("files", type=Path, nargs="*", metavar="FILE")
    i.add_argument("--json", action="store_true")
    i.add_argument("--dry-run", action="store_true",
                   help="只读取并显示将要导入的内容，不写入案例" if zh
                   else "read and show what would be stored; write nothing")
    _reading_options(i, zh)
    i.add_argument("--resample", metavar="INTERVAL", help="对齐到统一间隔，如 60s、1min、15min" if zh
                   else "resample to a common interval, e.g. 60s, 15min")
    i.add_argument("--label", default="", help="数据集名称" if zh else "dataset label")
    i.add_argument("--instrument", default="", help="测试仪器" if zh else "instrument")
    i.add_argument("--file", dest="file_groups", default=None, metavar="FILE [OPTION …]",
                   help="一个文件及只作用于它的选项（放在最后）" if zh
                   else "a file and the options for it alone (last)")

    m = sub.add_parser("measurements",
                       help="列出测量数据集与通道统计" if zh else "list datasets and channel statistics")
    m.add_argument("case", type=Path, metavar="CASE")
    m.add_argument("--json", action="store_true")


def run(args: argparse.Namespace) -> int:
    return _import(args) if args.command == "import-log" else _list(args)


def parse_interval(text: str) -> int:
    """"60s", "1min", "15 min", "1h", "500ms", "60" (seconds) → milliseconds."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(ms|s|sec|min|m|h)?\s*", text or "")
    if not match:
        raise ValidationError(field="--resample", detail=f"“{text}”不是时间间隔（如 60s、1min、15min）")
    value, unit = float(match.group(1)), match.group(2) or "s"
    ms = value * {"ms": 1, "s": 1000, "sec": 1000, "min": 60_000, "m": 60_000, "h": 3_600_000}[unit]
    if ms < 1:
        raise ValidationError(field="--resample", detail="必须至少 1 ms")
    return int(ms)


def _pairs(items: list[str], option: str) -> tuple[tuple[str, str], ...]:
    """``COL=VALUE`` items (the column name may itself hold "=": the last one splits)."""
    out = []
    for item in items:
        column, sep, value = item.rpartition("=")
        if not sep or not column.strip() or not value.strip():
            raise ValidationError(field=option, detail=f"“{item}”应写成 列名=值，如 {option} \"P总=kW\"")
        out.append((column.strip(), value.strip()))
    return tuple(out)


def _options(args: argparse.Namespace) -> Any:
    from desktop_app.importers.logs import LogOptions

    delimiter = {"tab": "\t", "\\t": "\t", "space": " "}.get(args.delimiter or "", args.delimiter)
    columns = tuple(c.strip() for c in args.columns.split(",") if c.strip()) if args.columns else None
    return LogOptions(encoding=args.encoding, delimiter=delimiter, decimal=args.decimal, skip_rows=args.skip_rows,
                      unit_row=args.unit_row, date_column=args.date_column, time_column=args.time_column,
                      date_format=args.date_format, timestamp_at=args.timestamp_at, tz=args.tz, sheet=args.sheet,
                      columns=columns, units=_pairs(args.units, "--unit"),
                      quantities=_pairs(args.quantities, "--quantity"), kinds=_pairs(args.kinds, "--kind"),
                      base_date=args.base_date, accept_timing=bool(args.accept_timing))


def split_argv(argv: list[str]) -> tuple[list[str], list[str]]:
    """``import-log`` arguments before the first ``--file`` (parsed as usual) and the ``--file`` groups."""
    if "--file" not in argv:
        return argv, []
    at = argv.index("--file")
    return argv[:at], argv[at:]


def file_groups(args: argparse.Namespace) -> tuple[list[Path], list[Any]]:
    """The files and their options: positional files take the common options; each ``--file FILE OPTION …``
    group takes the common options with its own on top."""
    zh = current_language() == "zh"
    files = list(args.files)
    options = [_options(args)] * len(files)
    groups: list[list[str]] = []
    for token in args.file_groups or []:
        if token == "--file":
            groups.append([])
        elif groups:
            groups[-1].append(token)
    one = argparse.ArgumentParser(prog="jnzd import-log --file", add_help=False, exit_on_error=False)
    one.add_argument("file", type=Path)
    _reading_options(one, zh, defaults=False)
    for group in groups:
        if not group:
            raise ValidationError(field="--file", detail="--file 后面缺少文件名")
        try:
            own, rest = one.parse_known_args(group)
        except (argparse.ArgumentError, SystemExit) as exc:
            raise ValidationError(field="--file", detail=f"{' '.join(group)}：{exc}") from None
        if rest:
            raise ValidationError(field="--file", detail=f"{own.file}：不认识的选项 {' '.join(rest)}")
        merged = argparse.Namespace(**vars(args))
        for key, value in vars(own).items():
            if key in ("units", "quantities", "kinds"):
                value = [*getattr(args, key), *value]
            setattr(merged, key, value)
        files.append(own.file)
        options.append(_options(merged))
    if not files:
        raise ValidationError(field="FILE", detail="没有要导入的文件")
    return files, options


def _import(args: argparse.Namespace) -> int:
    from desktop_app.domain.errors import AmbiguousChoice
    from desktop_app.operations import measurements

    resample = parse_interval(args.resample) if args.resample else None
    files, options = file_groups(args)
    try:
        prepared = measurements.prepare(files, options, resample_ms=resample)  # parse before opening the case
    except AmbiguousChoice as exc:
        if args.json:  # the question as data too, for scripts
            print(json.dumps({"ok": False, "asked": {"option": exc.option, "detail": exc.detail,
                                                      "candidates": list(exc.candidates),
                                                      "file": exc.params.get("path")}}, ensure_ascii=False, indent=2))
        raise
    if args.dry_run:
        return _show(args, prepared, None, [], {})
    from desktop_app.storage.casefile import CaseFile

    with CaseFile.open(args.case) as case:
        _changes, dataset_id = measurements.store(case, prepared, label=args.label, instrument=args.instrument)
        channels = measurements.channels(case, dataset_id)
        dataset = case.row("dataset", dataset_id) or {}
    return _show(args, prepared, dataset_id, channels, dataset)


def _column_record(c: Any) -> dict[str, Any]:
    return {"name": c.name, "role": c.role, "quantity": c.quantity, "unit": c.unit, "unit_text": c.unit_text,
            "unit_original": c.unit_original, "unit_source": c.unit_source, "factor": c.factor, "offset": c.offset,
            "kind": c.kind, "check": c.check, "derived_from": c.derived_from}


def _show(args: argparse.Namespace, prepared: Any, dataset_id: int | None, channels: list[dict[str, Any]],
          dataset: dict[str, Any]) -> int:
    import numpy as np

    from desktop_app.importers.logs.units import SOURCE_NAMES, SOURCE_NAMES_EN, conversion_text

    zh = current_language() == "zh"
    values = [log.detection.columns for log in prepared.logs]
    if dataset_id is None:
        channels = []
        for key, (index, column, v) in prepared.columns.items():
            info = next((c for c in values[index] if c.name == column), None)
            channels.append({"id": None, "label": key, "quantity": getattr(info, "quantity", "other"),
                             "unit": getattr(info, "unit", ""), "unit_source": getattr(info, "unit_source", ""),
                             "unit_original": getattr(info, "unit_original", ""),
                             "unit_factor": getattr(info, "factor", 1),
                             "unit_offset": getattr(info, "offset", 0), "unit_check": getattr(info, "check", ""),
                             "series_kind": getattr(info, "kind", "sample"), "n_valid": int((v == v).sum())})
        times = prepared.times
        dataset = {"n": len(times), "t_first": int(times[0]) if len(times) else None,
                   "t_last": int(times[-1]) if len(times) else None, "tz": prepared.tz,
                   "interval_ms": prepared.resampled_ms or (int(np.median(np.diff(times))) if len(times) > 1 else None)}
    if args.json:
        print(json.dumps({
            "dry_run": dataset_id is None, "dataset_id": dataset_id, "rows": dataset.get("n"),
            "interval_ms": dataset.get("interval_ms"), "t_first": dataset.get("t_first"),
            "t_last": dataset.get("t_last"), "tz": dataset.get("tz"),
            "channels": [{"id": c["id"], "label": c["label"], "quantity": c["quantity"], "unit": c["unit"],
                          "unit_source": c.get("unit_source"), "unit_original": c.get("unit_original"),
                          "factor": c.get("unit_factor"), "offset": c.get("unit_offset"),
                          "check": c.get("unit_check"), "kind": c.get("series_kind"), "n_valid": c["n_valid"]}
                         for c in channels],
            "files": [{"file": str(p), "options": _jsonable(log.detection.options), "report": _report(log),
                       "notes": list(log.detection.notes),
                       "columns": [_column_record(c) for c in log.detection.columns if c.role in ("value", "derived")]}
                      for (p, _b), log in zip(prepared.files, prepared.logs, strict=True)],
            "warnings": prepared.warnings,
        }, ensure_ascii=False, indent=2, default=str))
        return 0
    if dataset_id is None:
        print(("试导入（未写入案例）：{count} 个通道、{rows} 行" if zh else
               "Dry run (nothing written): {count} channels, {rows} rows").format(count=len(channels),
                                                                                rows=dataset.get("n")))
    else:
        print(render("cli.log_imported", count=len(channels), rows=dataset.get("n"), path=args.case))
    for (path, _b), log in zip(prepared.files, prepared.logs, strict=True):
        o = log.detection.options
        print(f"  {path.name}：{o.encoding}，分隔符 {o.delimiter!r}，小数点 {o.decimal!r}，日期格式 {o.date_format}，"
              f"时区 {o.tz}，{log.report.rows_total} 行")
        for note in log.detection.notes:
            print(f"    · {one_line(note)}")  # notes and warnings quote the file's cells
    names = SOURCE_NAMES if zh else SOURCE_NAMES_EN
    for c in channels:
        source = c.get("unit_source") or ""
        how = names.get(source, source) if source else ""
        conv = ""
        if c.get("unit_original") is not None and (c.get("unit_factor") not in (None, 1, 1.0) or c.get("unit_offset")):
            from desktop_app.importers.logs.units import Decision

            conv = conversion_text(Decision(c["quantity"], c.get("unit_original") or "", c["unit"],
                                            float(c.get("unit_factor") or 1), float(c.get("unit_offset") or 0),
                                            source, c.get("series_kind") or "sample", ""))
            original = c.get("unit_original")
            conv = f"，由 {original} 换算（{conv}）" if zh else f", converted from {original} ({conv})"
        flag = "⚠ " if source == "inferred" else ""
        ident = f"[{c['id']}] " if c["id"] is not None else ""
        unit_info = f"单位来源：{flag}{how}{conv}" if zh else f"unit: {flag}{how}{conv}"
        print(f"  {ident}{c['label']}（{c['unit'] or '—'}）{c['n_valid']} 个有效值；{unit_info}" if how else
              f"  {ident}{c['label']}（{c['unit'] or '—'}）{c['n_valid']} 个有效值")
    for w in prepared.warnings:
        print(f"  ⚠ {one_line(w)}")
    return 0


def _num(value: float) -> str:
    """Four significant digits without an exponent (15210, 729.2, 0.9496)."""
    import math

    if not math.isfinite(value):
        return "—"
    decimals = 0 if value == 0 else max(0, 3 - math.floor(math.log10(abs(value))))
    return f"{value:.{min(decimals, 6)}f}"


def _jsonable(options: Any) -> dict[str, Any]:
    from dataclasses import asdict

    return {k: v for k, v in asdict(options).items() if v is not None}


def _report(log: Any) -> dict[str, Any]:
    r = log.report
    return {"rows_total": r.rows_total, "rows_bad": r.rows_bad, "bad_examples": r.bad_examples[:10],
            "duplicates": r.duplicates, "out_of_order": r.out_of_order, "gaps": len(r.gaps),
            "interval_ms": r.interval_ms, "missing": r.missing}


def _list(args: argparse.Namespace) -> int:
    from desktop_app.calculations import series
    from desktop_app.operations import measurements
    from desktop_app.storage.casefile import CaseFile

    out = []
    with CaseFile.open(args.case, read_only=True) as case:
        for d in measurements.datasets(case):
            times = measurements.dataset_times(case, d["id"])
            chans = []
            for c in measurements.channels(case, d["id"]):
                s = series.range_stats(times, measurements.channel_values(case, c["id"]), c["unit"] or "",
                                       kind=c.get("series_kind") or "sample")
                chans.append({"id": c["id"], "label": c["label"], "quantity": c["quantity"], "unit": c["unit"],
                              "unit_source": c.get("unit_source"), "unit_original": c.get("unit_original"),
                              "unit_factor": c.get("unit_factor"), "unit_check": c.get("unit_check"),
                              "series_kind": c.get("series_kind"),
                              "equipment_id": c["equipment_id"], "count": s.count, "missing": s.missing,
                              "min": s.min, "max": s.max, "mean": s.mean, "energy": s.energy,
                              "energy_unit": s.energy_unit})
            out.append({"id": d["id"], "label": d["label"], "tz": d["tz"], "rows": d["n"],
                        "interval_ms": d["interval_ms"], "t_first": d["t_first"], "t_last": d["t_last"],
                        "channels": chans})
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=2, default=str))
        return 0
    zh = current_language() == "zh"
    if not out:
        print("（没有测量数据）" if zh else "(no measurements)")
    for d in out:
        print(f"[{d['id']}] {d['label']}：{d['rows']} 行，间隔 {(d['interval_ms'] or 0) / 1000:g} s，时区 {d['tz']}")
        for c in d["channels"]:
            energy = f"，累计 {c['energy']:.1f} {c['energy_unit']}" if c["energy"] is not None else ""
            source = ""
            if c["unit_source"]:
                from desktop_app.importers.logs.units import SOURCE_NAMES

                source = f"；单位来源：{SOURCE_NAMES.get(c['unit_source'], c['unit_source'])}"
                if c["unit_factor"] not in (None, 1, 1.0):
                    source += f"（由 {c['unit_original']} 换算）"
            print(f"    [{c['id']}] {c['label']}（{c['unit'] or '—'}）：{c['count']} 个值，最小 {_num(c['min'])}，"
                  f"最大 {_num(c['max'])}，平均 {_num(c['mean'])}{energy}{source}")
    return 0
