"""A supervisor's portfolio of case files (issue 8): one row per case file or upload bundle under the folders, a row
with its error for a file that cannot be read (never a crash), and the province's roll-ups — the 意向企业名单 across
the portfolio grouped by agency, and the 工作总结 figures (counts by diagnosis type, industry, region and state;
measures by category; savings in tce, CO2 and yuan; investment; feedback received; adopted measures; typical
problems found).

Reading never writes: cases are read in place through read-only connections (``CaseFile.open_reader``), bundles
are rebuilt in a private temporary folder. What each file gave is kept in a per-folder index in the user's data
folder (``storage.portfolio_index``), so a second scan re-reads only the files that changed. Many files to read
are read by worker processes (``spawn``: the same in a PyInstaller-frozen app, whose entry calls
``multiprocessing.freeze_support``), in chunks, with progress and cancel.
"""

from __future__ import annotations

import io
import math
import multiprocessing
import os
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, fields
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop_app import CASE_SUFFIX, __version__
from desktop_app.domain.errors import from_os_error
from desktop_app.domain.messages import current_language
from desktop_app.operations.portfolio_extract import BUNDLE_SUFFIX, PROBLEMS, CaseRow, read_row, read_rows
from desktop_app.storage import keys, tempfiles
from desktop_app.storage import portfolio_index as index
from desktop_app.storage.schema import SCHEMA_VERSION

__all__ = ["PROBLEMS", "CaseRow", "Summary", "case_files", "read_row", "scan", "summarize",
           "write_workbook"]

EXTRACT_VERSION = "3"  # bump when a row's figures are computed differently: every index is then rebuilt
POOL_MIN_FILES = 24  # fewer files to read are read in this process (starting workers costs ~0.6 s)
_CHUNK_MAX = 16  # files per worker task: small enough for prompt progress and cancel

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def case_files(folders: Iterable[Path]) -> list[Path]:
    """Every case file and upload bundle under the folders (recursively), each once, in a stable order."""
    out: list[Path] = []
    seen: set[str] = set()
    for folder in folders:
        found = [folder] if folder.is_file() else sorted(
            p for p in folder.rglob("*") if p.name.lower().endswith((CASE_SUFFIX, BUNDLE_SUFFIX)) and p.is_file())
        for p in found:
            key = os.path.normcase(os.path.abspath(p))
            if key not in seen:
                seen.add(key)
                out.append(p)
    return out


def index_key() -> dict[str, str]:
    """What an index must have been built with to be reused (messages are cached in the user's language)."""
    return {"app": __version__, "schema": str(SCHEMA_VERSION), "extract": EXTRACT_VERSION,
            "lang": current_language(), "keyring": keys.keyring_stamp()}  # whose keys are known decides a column


def scan(folders: Sequence[Path], *, progress: Progress | None = None, cancelled: Cancelled | None = None,
         use_index: bool = True, workers: int | None = None) -> list[CaseRow]:
    """One row per case file (and upload bundle) under the folders, in ``case_files`` order; ``progress(done,
    total)`` as files are done (the unchanged ones of the index count at once); stops early (returning the rows
    read so far, and keeping them in the index) when ``cancelled()`` says so.

    ``use_index=False`` reads every file and leaves the index alone; ``workers`` caps the worker processes
    (default: one per CPU; 1 reads everything in this process)."""
    roots = [Path(f) for f in folders]
    files = case_files(roots)
    total = len(files)
    key = index_key()
    rows: dict[Path, CaseRow] = {}
    cached: dict[Path, dict[str, Any]] = {}  # rows reused from the index, as stored
    stamps: dict[Path, index.Stamp | None] = {}
    indexes: dict[Path, dict[str, index.Entry]] = {}
    owner: dict[Path, Path] = {}  # file → the scanned folder whose index holds it
    for root in roots:
        if root.is_dir():
            indexes[root] = index.load(root, key) if use_index else {}
    for path in files:
        try:
            stamps[path] = index.stamp(path)
        except OSError:
            stamps[path] = None
        home = next((r for r in roots if r in indexes and path.is_relative_to(r)), None)
        if home is None:
            continue
        owner[path] = home
        entry = indexes[home].get(_rel(path, home))
        if entry is not None and entry.stamp == stamps[path]:
            try:
                rows[path] = row_from_json(entry.row, path)
                cached[path] = entry.row
            except (KeyError, TypeError, ValueError, ArithmeticError):
                pass  # a damaged entry: read the file again
    if progress is not None and rows:
        progress(len(rows), total)
    todo = [p for p in files if p not in rows]
    for path, row in _read(todo, workers, cancelled):
        rows[path] = row
        if progress is not None:
            progress(len(rows), total)
    if use_index:
        for root in indexes:
            entries = {_rel(p, root): index.Entry(s, cached.get(p) or row_to_json(rows[p])) for p in files
                       if owner.get(p) == root and p in rows and (s := stamps[p]) is not None}
            if entries != indexes[root]:
                index.save(root, key, entries)
    return [rows[p] for p in files if p in rows]


def _rel(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def _read(todo: list[Path], workers: int | None, cancelled: Cancelled | None) -> Iterable[tuple[Path, CaseRow]]:
    """(path, row) of each file as read, in this process or by worker processes; stops when cancelled."""
    n = min(workers or os.cpu_count() or 1, math.ceil(len(todo) / 4))
    if n > 1 and len(todo) >= POOL_MIN_FILES:
        yield from _read_parallel(todo, n, cancelled)
        return
    for path in todo:
        if cancelled is not None and cancelled():
            return
        yield path, read_row(path)


def _read_parallel(todo: list[Path], n: int, cancelled: Cancelled | None) -> Iterable[tuple[Path, CaseRow]]:
    size = max(1, min(_CHUNK_MAX, len(todo) // (n * 4)))
    bundles = [p for p in todo if p.name.lower().endswith(BUNDLE_SUFFIX)]  # slow ones first: no long tail
    cases = [p for p in todo if not p.name.lower().endswith(BUNDLE_SUFFIX)]
    chunks = [[p] for p in bundles] + [cases[i:i + size] for i in range(0, len(cases), size)]
    done: set[Path] = set()
    pool = ProcessPoolExecutor(max_workers=n, mp_context=multiprocessing.get_context("spawn"))
    stopped = False
    try:
        pending: dict[Future[list[CaseRow]], list[Path]] = {pool.submit(read_rows, c): c for c in chunks}
        while pending:
            if cancelled is not None and cancelled():
                stopped = True
                return
            finished, _ = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
            for fut in finished:
                chunk = pending.pop(fut)
                for path, row in zip(chunk, fut.result(), strict=True):
                    done.add(path)
                    yield path, row
    except (BrokenProcessPool, OSError, RuntimeError):
        pass  # workers could not start or died: the rest is read in this process below
    finally:
        pool.shutdown(wait=not stopped, cancel_futures=True)
    for path in todo:
        if path in done:
            continue
        if cancelled is not None and cancelled():
            return
        yield path, read_row(path)


# --- rows in the index -------------------------------------------------------------------------------------------
def row_to_json(row: CaseRow) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields(CaseRow):
        if f.name != "path":
            out[f.name] = _enc(getattr(row, f.name))
    return out


def row_from_json(doc: dict[str, Any], path: Path) -> CaseRow:
    row = CaseRow(path)
    for f in fields(CaseRow):
        if f.name == "path":
            continue
        value = _dec(doc[f.name])
        if type(value) is not type(getattr(row, f.name)) and not (f.name == "completeness" and isinstance(value, int)):
            raise TypeError(f.name)
        setattr(row, f.name, value)
    return row


def _enc(value: object) -> Any:
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, list):
        return [_enc(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _enc(v) for k, v in value.items()}
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def _dec(value: Any) -> Any:
    if isinstance(value, dict):
        if set(value) == {"$decimal"}:
            return Decimal(value["$decimal"])
        return {k: _dec(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_dec(v) for v in value]
    return value


# --- roll-ups ----------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Summary:
    """The 工作总结 figures over the readable cases."""

    cases: int
    unreadable: int
    by_type: dict[str, int]
    by_industry: dict[str, int]
    by_region: dict[str, int]  # province
    by_state: dict[str, int]
    measures: int
    measures_by_category: dict[str, int]
    saving_tce: Decimal
    saving_tco2: Decimal
    saving_wan: Decimal
    investment_wan: Decimal
    feedback_received: int
    adopted_measures: int
    by_city: dict[str, int] = field(default_factory=dict)  # "河南省 新乡市"
    by_agency: dict[str, int] = field(default_factory=dict)
    problems: dict[str, int] = field(default_factory=dict)  # PROBLEMS order: Σ over the cases
    problem_cases: dict[str, int] = field(default_factory=dict)  # cases with at least one
    bundles: int = 0  # readable rows that came from upload bundles
    blocking_cases: int = 0  # cases with blocking problems
    open_comments: int = 0


def summarize(rows: Sequence[CaseRow]) -> Summary:
    ok = [r for r in rows if not r.error]
    categories: Counter[str] = Counter()
    problems: Counter[str] = Counter()
    problem_cases: Counter[str] = Counter()
    for r in ok:
        categories.update(r.by_category)
        problems.update(r.problems)
        problem_cases.update(k for k, n in r.problems.items() if n)
    kinds = [*PROBLEMS, *sorted(set(problems) - set(PROBLEMS))]
    return Summary(
        len(ok), len(rows) - len(ok), dict(Counter(r.diagnosis_type or "—" for r in ok)),
        dict(Counter(r.industry or "—" for r in ok)), dict(Counter(r.region.split(" ")[0] or "—" for r in ok)),
        dict(Counter(r.workflow or "—" for r in ok)), sum(r.measures for r in ok), dict(categories),
        sum((r.saving_tce for r in ok), Decimal(0)), sum((r.saving_tco2 for r in ok), Decimal(0)),
        sum((r.saving_wan for r in ok), Decimal(0)), sum((r.investment_wan for r in ok), Decimal(0)),
        sum(1 for r in ok if r.feedback), sum(r.adopted for r in ok),
        by_city=dict(Counter(" ".join(r.region.split(" ")[:2]) or "—" for r in ok)),
        by_agency=dict(Counter(r.agency or "—" for r in ok)),
        problems={k: problems.get(k, 0) for k in kinds}, problem_cases={k: problem_cases.get(k, 0) for k in kinds},
        bundles=sum(1 for r in ok if r.kind == "bundle"), blocking_cases=sum(1 for r in ok if r.blocking),
        open_comments=sum(r.open_comments for r in ok))


def write_workbook(rows: Sequence[CaseRow], out: Path) -> Path:
    """案例一览, 意向企业名单 (grouped by agency, numbered) and 工作总结 sheets; numbers as numbers; written
    atomically."""
    import openpyxl  # type: ignore[import-untyped]
    from openpyxl.styles import Font  # type: ignore[import-untyped]

    from desktop_app.operations.intention_list import LIST_COLUMNS

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "案例一览"
    ws.append(["案例文件", "文件类型", "企业名称", "统一社会信用代码", "所在地区", "所属行业", "服务机构", "诊断类型",
               "状态", "完整度（%）", "阻断问题", "警告", "其中合理性问题", "综合能耗（当量值，tce）", "节能措施（项）",
               "节能量（tce/a）", "减排（tCO2/a）", "年节约（万元）", "投资（万元）", "企业反馈", "拟采纳措施（项）",
               "未解决审核意见", "最近审核决定", "签名", "上次审核后修改（次）", "典型问题", "最后修改（UTC）", "错误"])
    for r in rows:
        ok = not r.error
        ws.append([r.path.name, "上报数据包" if r.kind == "bundle" else "案例文件", r.enterprise or None,
                   r.uscc or None, r.region or None, r.industry or None, r.agency or None, r.diagnosis_type or None,
                   r.workflow or None, round(r.completeness * 100, 1) if ok else None, r.blocking if ok else None,
                   r.warnings if ok else None, r.plausibility if ok else None, _number(r.energy_tce),
                   r.measures if ok else None,
                   float(r.saving_tce) if ok else None, float(r.saving_tco2) if ok else None,
                   float(r.saving_wan) if ok else None, float(r.investment_wan) if ok else None,
                   ("已确认" if r.feedback else "未填完") if ok else None, r.adopted if ok else None,
                   r.open_comments if ok else None, r.last_decision or None, r.signature or None,
                   r.changed_since_review if ok and r.last_decision else None,
                   "；".join(f"{k} {n}" for k, n in r.problems.items()) or None, r.last_change or None,
                   r.error or None])
    lst = wb.create_sheet("意向企业名单")
    lst.append(list(LIST_COLUMNS))
    for n, r in enumerate(intention_rows(rows), start=1):
        lst.append([n, *r.intention[1:]])
    total = wb.create_sheet("工作总结")
    for line in summary_lines(summarize(rows)):
        total.append(line)
    for sheet in (ws, lst, total):
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
    tmp = tempfiles.temp_path(out, "writing")  # unique: two roll-ups into one folder never share it
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tempfiles.sweep(out.parent)
        raw = io.BytesIO()  # in memory first: openpyxl's own file, left open when a write fails, would fail
        wb.save(raw)  # again (with a traceback) when the interpreter collects it
        with open(tmp, "wb") as fh:
            fh.write(raw.getvalue())
        os.replace(tmp, out)
    except OSError as exc:
        raise from_os_error(exc, out) from None
    finally:
        tempfiles.discard(tmp)
    return out


def intention_rows(rows: Sequence[CaseRow]) -> list[CaseRow]:
    """The readable rows of the 意向企业名单, grouped by agency (sorted by agency, then enterprise)."""
    return sorted((r for r in rows if not r.error and r.intention), key=lambda r: (r.agency, r.enterprise))


def summary_lines(s: Summary) -> list[list[object]]:
    """The 工作总结 figures as (项目, 数值, 单位) lines (the workbook sheet; the PDF uses the same figures)."""
    lines: list[list[object]] = [["项目", "数值", "单位"], ["诊断企业数", s.cases, "家"],
                                 ["其中来自上报数据包", s.bundles, "家"], ["无法读取的文件", s.unreadable, "个"]]
    for title, counts in (("按诊断类型", s.by_type), ("按行业", s.by_industry), ("按地区（省）", s.by_region),
                          ("按地区（市）", s.by_city), ("按服务机构", s.by_agency), ("按状态", s.by_state)):
        lines += [[f"{title}：{k}", v, "家"] for k, v in sorted(counts.items())]
    lines += [[f"节能措施按类别：{k}", v, "项"] for k, v in sorted(s.measures_by_category.items())]
    lines += [["节能措施（不含不采纳）", s.measures, "项"], ["节能量（当量值）", float(s.saving_tce), "tce/a"],
              ["二氧化碳减排", float(s.saving_tco2), "t/a"], ["年节约费用", float(s.saving_wan), "万元/a"],
              ["投资", float(s.investment_wan), "万元"], ["已确认企业反馈", s.feedback_received, "家"],
              ["企业拟采纳措施", s.adopted_measures, "项"], ["有阻断问题的案例", s.blocking_cases, "家"],
              ["未解决的审核意见", s.open_comments, "条"]]
    for k, n in s.problems.items():
        lines += [[f"发现问题：{k}", n, PROBLEM_UNITS.get(k, "项")],
                  [f"发现问题：{k}（涉及企业）", s.problem_cases.get(k, 0), "家"]]
    return lines


PROBLEM_UNITS = {"淘汰设备": "台", "疑似淘汰设备": "台", "低于能效限定值的设备": "台",
                 "产品单耗超过限定值": "项", "计量器具配备率不达标": "项", "计量器具检定过期": "台",
                 "能源购销存不平衡": "种能源", "诊断清单不符合项": "项"}


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", "")) if text else None
    except ValueError:
        return None
