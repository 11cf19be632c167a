"""Measurements in a case (PRODUCT.md §6): logger files imported into datasets of chunked channels, spot
measurements typed in by hand, day-type assignments and annotations.

An import is two steps so the GUI can parse off the UI thread: ``prepare`` reads and aligns the files (pure,
no case access, progress and cancel), ``store`` writes the result in one journaled edit (one undo step). The
original files are kept byte-exact in the case with their SHA-256, so an import can be redone with other choices.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from desktop_app.domain.changes import OpChanges
from desktop_app.domain.errors import ImportFileError, ValidationError
from desktop_app.importers.logs import ColumnInfo, LogOptions, ParsedLog, align, parse
from desktop_app.storage.casefile import CaseFile, now_utc

CHUNK = 262_144  # samples per blob: 2 MB of float64, a week of 1 s data in 3 chunks
FILE_PIECE = 4 * 1024**2  # the original file is stored in pieces of this size, read from disk while storing
MAX_FILE_BYTES = 2 * 1024**3


@dataclass
class PreparedImport:
    files: list[tuple[Path, tuple[int, int, str]]]  # (path, (size, mtime_ns, SHA-256) when parsed)
    logs: list[ParsedLog]
    times: np.ndarray  # int64 ms UTC
    columns: dict[str, tuple[int, str, np.ndarray]]  # channel key → (file index, column name, values)
    resampled_ms: int | None
    tz: str
    warnings: list[str] = field(default_factory=list)


def prepare(paths: Sequence[Path | str], options: LogOptions | Sequence[LogOptions | None] | None = None, *,
            resample_ms: int | None = None,
            progress: Callable[[float], bool] | None = None) -> PreparedImport:
    """Parse every file (and align them by timestamp when there are several). Touches no case."""
    files = [Path(p) for p in paths]
    if not files:
        raise ValidationError(field="导入文件", detail="没有选择文件")
    per_file = list(options) if isinstance(options, Sequence) else [options] * len(files)
    if len(per_file) != len(files):
        raise ValidationError(field="导入选项", detail="选项个数与文件个数不一致")
    if resample_ms is not None and resample_ms <= 0:
        raise ValidationError(field="重采样间隔", detail="必须大于 0")
    logs: list[ParsedLog] = []
    originals: list[tuple[Path, tuple[int, int, str]]] = []
    for n, (path, opts) in enumerate(zip(files, per_file, strict=True)):
        if not path.is_file():
            raise ImportFileError(path=str(path), detail="这是一个文件夹" if path.is_dir() else "文件不存在")
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ImportFileError(path=str(path), detail="超过 2 GB，请分割后导入")

        def part(fraction: float, n: int = n) -> bool:
            return progress is None or progress((n + fraction) / len(files))

        stat = path.stat()
        # The whole file's SHA-256 beside the parse: hashlib releases the GIL on large pieces, so on two cores the
        # hash costs next to nothing of the import's time (it was ~50 ms of 49 MB, after the parse).
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="jnzd-hash") as pool:
            digest = pool.submit(_sha256, path)
            logs.append(parse(path, opts, part))
            originals.append((path, (stat.st_size, stat.st_mtime_ns, digest.result())))
        read = logs[-1].values
        if read and not any(np.isfinite(v).any() for v in read.values()):  # a dataset of nothing but gaps
            rows = logs[-1].report.rows_total
            detail = f"没有任何有效数值：{rows} 行中每个数值列都为空、NaN 或无法读取"
            raise ImportFileError(path=str(path), detail=detail)
    tzs = {log.detection.options.tz for log in logs}
    if len(tzs) > 1:
        raise ValidationError(field="时区", detail=f"各文件的时区不同（{'、'.join(sorted(tzs))}），请统一后再一起导入")
    if len(logs) == 1 and resample_ms is None:
        times = logs[0].times
        values = {name: (0, name, v) for name, v in logs[0].values.items()}
    else:
        times, merged = align(logs, resample_ms)
        values = {}
        for key, v in merged.items():
            index, column = _source(logs, key)
            values[key] = (index, column, v)
    warnings = [f"{p.name}：{w}" for (p, _s), log in zip(originals, logs, strict=True) for w in _warnings(log)]
    return PreparedImport(originals, logs, times, values, resample_ms, tzs.pop(), warnings)


def _source(logs: Sequence[ParsedLog], key: str) -> tuple[int, str]:
    """Which file a (possibly stem-prefixed) aligned channel key came from."""
    for n, log in enumerate(logs):
        if key in log.values:
            return n, key
    for n, log in enumerate(logs):
        stem = Path(log.detection.path).stem
        for name in log.values:
            if key in (f"{stem}:{name}", f"{stem}.{name}", f"{stem}_{name}", f"{stem} {name}"):
                return n, name
    return 0, key


def _warnings(log: ParsedLog) -> list[str]:
    r = log.report
    out = []
    if r.rows_bad:
        examples = "；".join(f"第 {line} 行（{reason}）" for line, _text, reason in r.bad_examples[:3])
        out.append(f"{r.rows_bad} 行无法读取，未导入：{examples}")
    if r.duplicates:
        out.append(f"{r.duplicates} 个重复时间戳（保留第一个）")
    if r.out_of_order:
        out.append(f"{r.out_of_order} 行的时间早于其上一行，导入时已按时间重新排序；请核对原文件中这些行的先后顺序")
    if r.gaps:
        out.append(f"{len(r.gaps)} 处数据中断")
    out += r.time_notes  # how the times were read or corrected (two-digit years, dates taken from elsewhere …)
    return out


def _chunks(tx_put: Callable[[bytes], str], array: np.ndarray) -> list[str]:
    return [tx_put(array[i:i + CHUNK].tobytes()) for i in range(0, max(len(array), 1), CHUNK)] if len(array) else []


def _info(log: ParsedLog) -> dict[str, Any]:
    return {c.name: c for c in log.detection.columns}


def store(case: CaseFile, prepared: PreparedImport, *, label: str = "", instrument: str = "",
          source: object | None = None) -> tuple[OpChanges, int]:
    """Write a prepared import into the case: originals, one dataset, its channels (one undo step)."""
    times = np.ascontiguousarray(prepared.times, dtype="<i8")
    if len(times) == 0:
        raise ValidationError(field="导入", detail="没有可导入的数据行")
    names = "、".join(p.name for p, _s in prepared.files)
    title = label.strip() or names
    op_label = f"导入测量数据 {names}"
    interval = prepared.resampled_ms or _median_interval(times)
    order = 1 + max((int(r[0] or 0) for r in case.columns("dataset", "sort_order")), default=0)
    with case.edit(op_label) as tx:
        file_ids = []
        for (path, seen), log in zip(prepared.files, prepared.logs, strict=True):
            digest, size, pieces = _store_original(tx.put_blob, path, seen)
            opts = {k: v for k, v in asdict(log.detection.options).items() if v is not None}
            report = asdict(log.report)
            report["bad_examples"] = [list(x) for x in log.report.bad_examples[:10]]
            report["gaps"] = [list(g) for g in log.report.gaps[:100]]
            file_ids.append(tx.insert("measurement_file", {
                "filename": path.name, "sha256": digest, "size": size, "chunks": json.dumps(pieces),
                "format": log.detection.format,
                "options": json.dumps(opts, ensure_ascii=False, default=str),
                "report": json.dumps(report, ensure_ascii=False, default=str),
                "imported_by": case.user, "imported_utc": now_utc()}))
        dataset_id = tx.insert("dataset", {
            "label": title, "tz": prepared.tz, "n": len(times), "t_first": int(times[0]), "t_last": int(times[-1]),
            "interval_ms": interval, "chunk_size": CHUNK, "time_chunks": json.dumps(_chunks(tx.put_blob, times)),
            "file_ids": json.dumps(file_ids), "resampled_ms": prepared.resampled_ms, "sort_order": order})
        ids: dict[tuple[int, str], int] = {}
        for n, (key, (index, column, values)) in enumerate(prepared.columns.items()):
            info = _info(prepared.logs[index]).get(column)
            v = np.ascontiguousarray(values, dtype="<f8")
            ids[(index, column)] = tx.insert("channel", {
                "dataset_id": dataset_id, "file_id": file_ids[index], "column_name": column, "label": key,
                "quantity": getattr(info, "quantity", "other") or "other", "unit": getattr(info, "unit", "") or "",
                "instrument": instrument or None, "chunks": json.dumps(_chunks(tx.put_blob, v)),
                "n_valid": int(np.count_nonzero(~np.isnan(v))), "sort_order": n + 1,
                **_unit_fields(info, ids.get((index, getattr(info, "derived_from", "") or "")))})
    return OpChanges(op_label, "edit", frozenset(tx.fields), source), dataset_id


def _unit_fields(info: ColumnInfo | None, derived_from: int | None) -> dict[str, Any]:
    """Where a channel's unit came from and how its values were converted (schema v8)."""
    if info is None:
        return {}
    return {"unit_source": info.unit_source or None, "unit_original": info.unit_original,
            "unit_factor": info.factor, "unit_offset": info.offset, "unit_check": info.check or None,
            "series_kind": info.kind, "derived_from": derived_from}


def _sha256(path: Path) -> str:
    """The whole file's SHA-256, computed while preparing (off the UI thread)."""
    whole = hashlib.sha256()
    try:
        with path.open("rb") as f:
            while piece := f.read(FILE_PIECE):
                whole.update(piece)
    except OSError as exc:
        raise ImportFileError(path=str(path), detail=f"无法读取（{exc.strerror or exc}）") from None
    return whole.hexdigest()


def _store_original(put: Callable[[bytes], str], path: Path,
                    seen: tuple[int, int, str]) -> tuple[str, int, list[str]]:
    """Copy the original file into the case piece by piece (bounded memory); refused if it changed since."""
    try:
        stat = path.stat()
        if (stat.st_size, stat.st_mtime_ns) != seen[:2]:
            raise ImportFileError(path=str(path), detail="文件在读取之后被修改过，请重新导入")
        pieces: list[str] = []
        with path.open("rb") as f:
            while piece := f.read(FILE_PIECE):
                pieces.append(put(piece))
    except OSError as exc:
        raise ImportFileError(path=str(path), detail=f"无法读取（{exc.strerror or exc}）") from None
    return seen[2], stat.st_size, pieces


def _median_interval(times: np.ndarray) -> int | None:
    if len(times) < 2:
        return None
    return int(np.median(np.diff(times)))


def import_logs(case: CaseFile, paths: Sequence[Path | str],
                options: LogOptions | Sequence[LogOptions | None] | None = None, *,
                resample_ms: int | None = None, label: str = "", instrument: str = "",
                progress: Callable[[float], bool] | None = None,
                source: object | None = None) -> tuple[OpChanges, int, PreparedImport]:
    """``prepare`` + ``store`` in one call (the command line)."""
    prepared = prepare(paths, options, resample_ms=resample_ms, progress=progress)
    changes, dataset_id = store(case, prepared, label=label, instrument=instrument, source=source)
    return changes, dataset_id, prepared


# --- reading -------------------------------------------------------------------------------------------------


def _array(case: CaseFile, digests_json: str, dtype: str) -> np.ndarray:
    digests = json.loads(digests_json)
    parts = [np.frombuffer(b, dtype=dtype) for b in case.blobs(digests)]
    if not parts:
        return np.empty(0, dtype=dtype)
    return parts[0] if len(parts) == 1 else np.concatenate(parts)


def dataset_times(case: CaseFile, dataset_id: int) -> np.ndarray:
    row = _dataset(case, dataset_id)
    times = _array(case, row["time_chunks"], "<i8")
    if len(times) != row["n"]:
        raise ValidationError(field=f"数据集 {row['label']}", detail="时间轴长度与记录不符，案例文件可能已损坏")
    return times


def channel_values(case: CaseFile, channel_id: int) -> np.ndarray:
    row = _channel(case, channel_id)
    values = _array(case, row["chunks"], "<f8")
    n = _dataset(case, row["dataset_id"])["n"]
    if len(values) != n:
        raise ValidationError(field=f"通道 {row['label']}", detail="数据长度与时间轴不符，案例文件可能已损坏")
    return values


def load_channel(case: CaseFile, channel_id: int) -> tuple[np.ndarray, np.ndarray]:
    """(times ms UTC, values) of one channel."""
    row = _channel(case, channel_id)
    return dataset_times(case, row["dataset_id"]), channel_values(case, channel_id)


def _dataset(case: CaseFile, dataset_id: int) -> dict[str, Any]:
    row = case.row("dataset", dataset_id)
    if row is None:
        raise ValidationError(field="数据集", detail=f"第 {dataset_id} 号不存在（可能已删除）")
    return row


def _channel(case: CaseFile, channel_id: int) -> dict[str, Any]:
    row = case.row("channel", channel_id)
    if row is None:
        raise ValidationError(field="通道", detail=f"第 {channel_id} 号不存在（可能已删除）")
    return row


def datasets(case: CaseFile) -> list[dict[str, Any]]:
    return sorted(case.rows("dataset"), key=lambda r: (r.get("sort_order") or 0, r["id"]))


def channels(case: CaseFile, dataset_id: int | None = None) -> list[dict[str, Any]]:
    rows = case.rows("channel") if dataset_id is None else case.rows_where("channel", "dataset_id", dataset_id)
    return sorted(rows, key=lambda r: (r["dataset_id"], r.get("sort_order") or 0, r["id"]))


def file_report(case: CaseFile, file_id: int) -> dict[str, Any]:
    row = case.row("measurement_file", file_id)
    if row is None:
        raise ValidationError(field="测量文件", detail=f"第 {file_id} 号不存在")
    return {**row, "options": json.loads(row["options"]), "report": json.loads(row["report"])}


def stored_options(case: CaseFile, file_id: int) -> LogOptions:
    """The reading choices an import used, to redo it (in the wizard, with other choices)."""
    known = set(LogOptions.__dataclass_fields__)
    raw = {k: v for k, v in file_report(case, file_id)["options"].items() if k in known}
    if isinstance(raw.get("columns"), list):
        raw["columns"] = tuple(raw["columns"])
    return LogOptions(**raw)


def extract_originals(case: CaseFile, dataset_id: int, folder: Path) -> list[tuple[Path, LogOptions]]:
    """Write a dataset's original files into ``folder`` (verified against their SHA-256) with their choices."""
    out: list[tuple[Path, LogOptions]] = []
    for n, file_id in enumerate(json.loads(_dataset(case, dataset_id)["file_ids"]), start=1):
        name, data = original_file(case, int(file_id))
        target = folder / name
        if target.exists():
            target = folder / f"{n}_{name}"
        target.write_bytes(data)
        out.append((target, stored_options(case, int(file_id))))
    return out


def original_file(case: CaseFile, file_id: int) -> tuple[str, bytes]:
    row = file_report(case, file_id)
    data = b"".join(case.blobs(json.loads(row["chunks"])))
    if hashlib.sha256(data).hexdigest() != row["sha256"]:
        raise ValidationError(field="测量文件", detail=f"{row['filename']} 的原始文件校验值不符，案例文件可能已损坏")
    return str(row["filename"]), data


# --- editing ---------------------------------------------------------------------------------------------------

CHANNEL_FIELDS = ("label", "quantity", "unit", "instrument", "equipment_id")


def update_channel(case: CaseFile, channel_id: int, values: Mapping[str, object],
                   source: object | None = None) -> OpChanges:
    row = _channel(case, channel_id)
    clean: dict[str, object] = {}
    for key, raw in values.items():
        if key not in CHANNEL_FIELDS:
            raise ValidationError(field=key, detail="通道没有这个字段")
        if key == "equipment_id":
            if raw in (None, "", 0, "0"):
                clean[key] = None
                continue
            try:
                equipment_id = int(str(raw))
            except ValueError:
                raise ValidationError(field="关联设备", detail=f"“{raw}”不是设备编号") from None
            if case.row("equipment", equipment_id) is None:
                raise ValidationError(field="关联设备", detail=f"第 {equipment_id} 号设备不存在")
            clean[key] = equipment_id
        else:
            text = "" if raw is None else str(raw).strip()
            if key in ("label", "unit") and not text and key == "label":
                raise ValidationError(field="通道名称", detail="不能为空")
            clean[key] = text if key in ("label", "unit") else (text or None)
    if "unit" in clean and clean["unit"] != (row.get("unit") or ""):  # the stored values are declared in the new unit
        clean.update({"unit_source": "user", "unit_original": clean["unit"], "unit_factor": 1.0, "unit_offset": 0.0,
                      "unit_check": f"导入后由用户把单位由“{row.get('unit') or '—'}”改为“{clean['unit']}”"
                                    "（数值未换算）"})
    label = f"修改通道 {row['label']}"
    with case.edit(label) as tx:
        tx.update("channel", channel_id, clean)
    return OpChanges(label, "edit", frozenset(tx.fields), source)


def delete_dataset(case: CaseFile, dataset_id: int, source: object | None = None) -> OpChanges:
    """Delete a dataset, its channels and annotations (one undo step; the data blobs stay for undo)."""
    row = _dataset(case, dataset_id)
    label = f"删除测量数据 {row['label']}"
    with case.edit(label) as tx:
        for ch in case.rows_where("channel", "dataset_id", dataset_id):
            tx.delete("channel", ch["id"])
        for note in case.rows_where("annotation", "dataset_id", dataset_id):
            tx.delete("annotation", note["id"])
        tx.delete("dataset", dataset_id)
    return OpChanges(label, "edit", frozenset(tx.fields), source)
