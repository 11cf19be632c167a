"""``jnzd import-log`` (non-interactive, every detector choice as an option) and ``jnzd measurements``."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.messages import current_language, render

COMMANDS = ("import-log", "measurements")


def add_parsers(sub: Any, zh: bool) -> None:
    i = sub.add_parser("import-log", help="导入记录仪数据文件（CSV/TSV/TXT/XLSX）" if zh else "import logger files")
    i.add_argument("case", type=Path, metavar="CASE")
    i.add_argument("files", type=Path, nargs="+", metavar="FILE")
    i.add_argument("--json", action="store_true")
    i.add_argument("--encoding", help="utf-8、utf-8-sig、utf-16、gb18030、shift_jis、cp1252 …")
    i.add_argument("--delimiter", help="分隔符：, ; tab space" if zh else "delimiter: , ; tab space")
    i.add_argument("--decimal", choices=(".", ","), help="小数点" if zh else "decimal separator")
    i.add_argument("--skip-rows", type=int, metavar="N", help="表头前的说明行数" if zh else "preamble lines")
    unit = i.add_mutually_exclusive_group()
    unit.add_argument("--unit-row", dest="unit_row", action="store_true", default=None,
                      help="表头下一行是单位" if zh else "a unit row under the header")
    unit.add_argument("--no-unit-row", dest="unit_row", action="store_false")
    i.add_argument("--date-column", metavar="NAME")
    i.add_argument("--time-column", metavar="NAME",
                   help="单独的时间列（\"\" 表示没有）" if zh else "separate time column")
    i.add_argument("--date-format", metavar="FMT", help="ymd、dmy、mdy、excel 或 strptime 格式" if zh
                   else "ymd, dmy, mdy, excel or a strptime format")
    i.add_argument("--timestamp-at", choices=("start", "end"), help="区间行取起点或终点" if zh
                   else "interval rows: start or end time")
    i.add_argument("--tz", default="Asia/Shanghai", help="时区（默认 Asia/Shanghai）" if zh else "time zone")
    i.add_argument("--sheet", help="XLSX 工作表" if zh else "XLSX sheet")
    i.add_argument("--columns", metavar="A,B,…", help="只导入这些列" if zh else "only these value columns")
    i.add_argument("--resample", metavar="INTERVAL", help="对齐到统一间隔，如 60s、1min、15min" if zh
                   else "resample to a common interval, e.g. 60s, 15min")
    i.add_argument("--label", default="", help="数据集名称" if zh else "dataset label")
    i.add_argument("--instrument", default="", help="测试仪器" if zh else "instrument")

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


def _options(args: argparse.Namespace) -> Any:
    from desktop_app.importers.logs import LogOptions

    delimiter = {"tab": "\t", "\\t": "\t", "space": " "}.get(args.delimiter or "", args.delimiter)
    columns = tuple(c.strip() for c in args.columns.split(",") if c.strip()) if args.columns else None
    return LogOptions(encoding=args.encoding, delimiter=delimiter, decimal=args.decimal, skip_rows=args.skip_rows,
                      unit_row=args.unit_row, date_column=args.date_column, time_column=args.time_column,
                      date_format=args.date_format, timestamp_at=args.timestamp_at, tz=args.tz, sheet=args.sheet,
                      columns=columns)


def _import(args: argparse.Namespace) -> int:
    from desktop_app.operations import measurements
    from desktop_app.storage.casefile import CaseFile

    resample = parse_interval(args.resample) if args.resample else None
    options = _options(args)
    prepared = measurements.prepare(args.files, options, resample_ms=resample)  # parse before opening the case
    with CaseFile.open(args.case) as case:
        _changes, dataset_id = measurements.store(case, prepared, label=args.label, instrument=args.instrument)
        channels = measurements.channels(case, dataset_id)
        dataset = case.row("dataset", dataset_id) or {}
    if args.json:
        print(json.dumps({
            "dataset_id": dataset_id, "rows": dataset.get("n"), "interval_ms": dataset.get("interval_ms"),
            "t_first": dataset.get("t_first"), "t_last": dataset.get("t_last"), "tz": dataset.get("tz"),
            "channels": [{"id": c["id"], "label": c["label"], "quantity": c["quantity"], "unit": c["unit"],
                          "n_valid": c["n_valid"]} for c in channels],
            "files": [{"file": str(p), "options": _jsonable(log.detection.options), "report": _report(log)}
                      for (p, _b), log in zip(prepared.files, prepared.logs, strict=True)],
            "warnings": prepared.warnings,
        }, ensure_ascii=False, indent=2, default=str))
        return 0
    print(render("cli.log_imported", count=len(channels), rows=dataset.get("n"), path=args.case))
    for (path, _b), log in zip(prepared.files, prepared.logs, strict=True):
        o = log.detection.options
        print(f"  {path.name}：{o.encoding}，分隔符 {o.delimiter!r}，小数点 {o.decimal!r}，日期格式 {o.date_format}，"
              f"时区 {o.tz}，{log.report.rows_total} 行")
    for c in channels:
        print(f"  [{c['id']}] {c['label']}（{c['unit'] or '—'}）{c['n_valid']} 个有效值")
    for w in prepared.warnings:
        print(f"  ⚠ {w}")
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
                s = series.range_stats(times, measurements.channel_values(case, c["id"]), c["unit"] or "")
                chans.append({"id": c["id"], "label": c["label"], "quantity": c["quantity"], "unit": c["unit"],
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
            print(f"    [{c['id']}] {c['label']}（{c['unit'] or '—'}）：{c['count']} 个值，最小 {_num(c['min'])}，"
                  f"最大 {_num(c['max'])}，平均 {_num(c['mean'])}{energy}")
    return 0
