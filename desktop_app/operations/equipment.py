"""The equipment register: devices with their type-specific fields, graded against the product standards by the
case's as-of date, and checked against the eliminated-equipment catalogues.

A device's fields are stored as entered (``equipment.params`` JSON of text); its grade and eliminated check are
computed per revision of the case, never stored, so a corrected nameplate value or a new data release can never
leave a stale grade behind.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop_app.calculations import equipment_register as reg
from desktop_app.calculations.elimination import EliminationResult
from desktop_app.calculations.equipment_grading import EquipmentGradeResult
from desktop_app.domain.changes import OpChanges
from desktop_app.domain.errors import ValidationError
from desktop_app.operations.memo import per_revision
from desktop_app.storage.casefile import CaseFile, Tx

COLUMNS = tuple(f.key for f in reg.COMMON)  # the equipment table's own columns besides kind and params
MAX_ROWS = 5000  # one paste or import; a register larger than this is a data error, not a factory


def _clean_common(values: Mapping[str, object]) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, raw in values.items():
        spec = next((f for f in reg.COMMON if f.key == key), None)
        if spec is None:
            raise ValidationError(field=key, detail="设备没有这个字段")
        text = reg.clean_value(spec, raw)
        if spec.kind == "int":
            out[key] = int(text) if text else (1 if key == "quantity" else None)
        else:
            out[key] = text or None
    return out


def _split(kind: str, values: Mapping[str, object]) -> tuple[dict[str, object], dict[str, object]]:
    """(common columns, type-specific params) of a flat field → value mapping."""
    common = {k: v for k, v in values.items() if k in COLUMNS}
    params = {k: v for k, v in values.items() if k not in COLUMNS}
    return _clean_common(common), dict(reg.clean_params(kind, params))


def _next_order(case: CaseFile) -> int:
    return 1 + max((int(r[0] or 0) for r in case.columns("equipment", "sort_order")), default=0)


def _insert(case: CaseFile, tx: Tx, kind: str, values: Mapping[str, object], order: int | None = None) -> int:
    common, params = _split(kind, values)
    order = _next_order(case) if order is None else order
    row: dict[str, object] = {"kind": kind, "params": json.dumps(params, ensure_ascii=False, sort_keys=True),
                              "quantity": 1, "sort_order": order, **common}
    return tx.insert("equipment", row)


def add(case: CaseFile, kind: str, values: Mapping[str, object], source: object | None = None
        ) -> tuple[OpChanges, int]:
    """Add one device of type ``kind`` with ``values`` (common columns and type fields, by key)."""
    k = reg.kind(kind)
    name = str(values.get("name") or values.get("tag") or k.label)
    label = f"添加设备 {name}"
    with case.edit(label) as tx:
        key = _insert(case, tx, kind, values)
    return OpChanges(label, "edit", frozenset(tx.fields), source), key


def _row(case: CaseFile, equipment_id: int) -> dict[str, Any]:
    row = case.row("equipment", equipment_id)
    if row is None:
        raise ValidationError(field="设备", detail=f"第 {equipment_id} 号设备不存在（可能已删除）")
    return row


def params_of(row: Mapping[str, Any]) -> dict[str, str]:
    try:
        data = json.loads(str(row.get("params") or "{}"))
    except json.JSONDecodeError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def update(case: CaseFile, equipment_id: int, values: Mapping[str, object], source: object | None = None
           ) -> OpChanges:
    """Set some fields of a device; a blank value clears a field. ``kind`` changes the type (fields kept where
    the new type has them)."""
    row = _row(case, equipment_id)
    kind = str(values.get("kind") or row["kind"])
    reg.kind(kind)
    rest = {k: v for k, v in values.items() if k != "kind"}
    common, params = _split(kind, rest)
    merged = params_of(row)
    for key in (k for k in rest if k not in COLUMNS):
        merged.pop(key, None)
    merged.update({k: str(v) for k, v in params.items()})
    if kind != row["kind"]:
        new_keys = {f.key for f in reg.kind(kind).fields}
        merged = {k: v for k, v in merged.items() if k in new_keys}
    changes: dict[str, object] = dict(common)
    text = json.dumps(merged, ensure_ascii=False, sort_keys=True)
    if text != row["params"]:
        changes["params"] = text
    if kind != row["kind"]:
        changes["kind"] = kind
    label = f"修改设备 {row.get('name') or row.get('tag') or equipment_id}"
    with case.edit(label) as tx:
        if changes:
            tx.update("equipment", equipment_id, changes)
    return OpChanges(label, "edit", frozenset(tx.fields), source)


def delete(case: CaseFile, equipment_ids: Sequence[int], source: object | None = None) -> OpChanges:
    """Delete devices; saved calculations linked to them are kept and unlinked."""
    rows = [_row(case, i) for i in equipment_ids]
    label = f"删除设备 {rows[0].get('name') or rows[0]['id']}" if len(rows) == 1 else f"删除 {len(rows)} 台设备"
    with case.edit(label) as tx:
        for row in rows:
            for calc in case.rows_where("calc_result", "equipment_id", row["id"]):
                tx.update("calc_result", calc["id"], {"equipment_id": None})
            tx.delete("equipment", row["id"])
    return OpChanges(label, "edit", frozenset(tx.fields), source)


def _next_tag(tag: str, taken: set[str]) -> str:
    """"M-07" → "M-08" (first free), "空压机" → "空压机-2"."""
    match = re.search(r"(\d+)(?!.*\d)", tag)
    for n in range(2, 100000):
        if match:
            num = int(match.group(1)) + n - 1
            candidate = f"{tag[:match.start()]}{num:0{len(match.group(1))}d}{tag[match.end():]}"
        else:
            candidate = f"{tag}-{n}"
        if candidate not in taken:
            return candidate
    return tag


def duplicate(case: CaseFile, equipment_id: int, source: object | None = None) -> tuple[OpChanges, int]:
    """A copy of a device right after it, with the next free equipment number."""
    row = _row(case, equipment_id)
    taken = {str(r[0]) for r in case.columns("equipment", "tag") if r[0]}
    values: dict[str, object] = {k: row.get(k) for k in COLUMNS if row.get(k) is not None}
    if row.get("tag"):
        values["tag"] = _next_tag(str(row["tag"]), taken)
    values.update(params_of(row))
    label = f"复制设备 {row.get('name') or row.get('tag') or equipment_id}"
    with case.edit(label) as tx:
        key = _insert(case, tx, str(row["kind"]), values)
    return OpChanges(label, "edit", frozenset(tx.fields), source), key


def kind_from_text(text: str) -> str:
    """A type key from its key or 简体中文 label ("电动机" is accepted for 三相异步电动机)."""
    t = text.strip()
    aliases = {"电动机": "motor", "电机": "motor", "异步电动机": "motor", "永磁电动机": "pm_motor",
               "变压器": "transformer", "空压机": "compressor", "空气压缩机": "compressor", "风机": "fan",
               "水泵": "pump", "泵": "pump", "锅炉": "boiler", "其他": "other"}
    for key, k in reg.KINDS.items():
        if t in (key, k.label):
            return key
    if t in aliases:
        return aliases[t]
    known = "、".join(k.label for k in reg.KINDS.values())
    raise ValidationError(field="设备类型", detail=f"“{t}”不是已知类型（{known}）")


def header_key(kind: str | None, heading: str) -> str | None:
    """The field key a column heading names (its label, with or without the unit, or the key itself)."""
    h = _heading_form(heading)
    if h in ("设备类型", "类型", "设备类别", "kind"):
        return "kind"
    if h in HEADING_ALIASES:
        return HEADING_ALIASES[h]
    specs = list(reg.COMMON) + (list(reg.kind(kind).fields) if kind else
                                [f for k in reg.KINDS.values() for f in k.fields])
    for spec in specs:
        if h in (spec.key, _heading_form(spec.label), _heading_form(spec.heading)):
            return spec.key
    return None


def _heading_form(text: str) -> str:
    """A heading as compared: no white space, brackets full-width — on both sides (our own template writes
    ``机组输入比功率（kW/(m³/min)）``, half-width inside full-width, and was not recognised when read back)."""
    return re.sub(r"\s+", "", text).replace("(", "（").replace(")", "）")


#: headings enterprise registers use for the common columns (besides the register's own labels)
HEADING_ALIASES = {
    "编号": "tag", "设备位号": "tag", "位号": "tag", "名称": "name", "规格型号": "model", "型号规格": "model",
    "生产厂家": "manufacturer", "制造商": "manufacturer", "数量": "quantity", "数量（台）": "quantity",
    "位置": "location", "安装位置": "location", "所在工序": "location", "使用部门": "location",
    "投运年份": "year", "出厂年份": "year", "年份": "year", "年运行时间（h）": "hours", "年运行小时（h）": "hours",
    "年运行小时数": "hours", "备注说明": "note",
}


@dataclass(frozen=True)
class RowsResult:
    added: list[int]
    ignored_columns: list[str]  # headings no field matched (reported, never silently dropped)


def add_rows(case: CaseFile, headings: Sequence[str], rows: Sequence[Sequence[object]], *, kind: str | None = None,
             where: str = "粘贴", first_row: int = 1, source: object | None = None) -> tuple[OpChanges, RowsResult]:
    """Add many devices in one edit (one undo step): pasted from a spreadsheet or read from an Excel sheet.

    ``headings`` name the fields (labels as the register shows them, with or without units); a "设备类型" column
    gives each row's type, else every row is ``kind``. All or nothing: the first bad cell raises a
    ValidationError naming its row and column, and nothing is added.
    """
    if kind is not None:
        reg.kind(kind)
    if len(rows) > MAX_ROWS:
        raise ValidationError(field=where, detail=f"{len(rows)} 行，超过一次 {MAX_ROWS} 行的上限")
    keys = [header_key(None, str(h)) for h in headings]
    ignored = [str(h) for h, k in zip(headings, keys, strict=True) if k is None and str(h).strip()]
    if "kind" not in keys and kind is None:
        raise ValidationError(field=where, detail="没有“设备类型”列，请先选择设备类型")
    prepared: list[tuple[str, dict[str, object]]] = []
    for n, cells in enumerate(rows, start=first_row):
        if all(c is None or str(c).strip() == "" for c in cells):
            continue
        cells_by_key = {k: (str(h), c) for k, h, c in zip(keys, headings, cells, strict=False)
                        if k is not None and c is not None and str(c).strip() != ""}
        at = f"{where}第 {n} 行"
        try:
            row_kind = kind_from_text(str(cells_by_key.pop("kind")[1])) if "kind" in cells_by_key else kind
        except ValidationError as exc:
            raise ValidationError(field=f"{at}“设备类型”列", detail=exc.params.get("detail", "")) from None
        if row_kind is None:
            raise ValidationError(field=f"{at}“设备类型”列", detail="为空")
        k = reg.kind(row_kind)
        values: dict[str, object] = {}
        for key, (heading, cell) in cells_by_key.items():
            spec = next((f for f in reg.COMMON if f.key == key), None) or \
                next((f for f in k.fields if f.key == key), None)
            if spec is None:
                raise ValidationError(field=f"{at}“{heading}”列", detail=f"{k.label}没有这一项，请清空该格或改设备类型")
            try:
                reg.clean_value(spec, cell)
            except ValidationError as exc:
                raise ValidationError(field=f"{at}“{heading}”列", detail=exc.params.get("detail", "")) from None
            values[key] = cell
        prepared.append((row_kind, values))
    if not prepared:
        raise ValidationError(field=where, detail="没有可添加的设备行")
    label = f"{where}添加 {len(prepared)} 台设备"
    added: list[int] = []
    with case.edit(label) as tx:
        first_order = _next_order(case)
        for n, (row_kind, values) in enumerate(prepared):
            added.append(_insert(case, tx, row_kind, values, first_order + n))
    return OpChanges(label, "edit", frozenset(tx.fields), source), RowsResult(added, ignored)


def parse_pasted(text: str) -> list[list[str]]:
    """Tab-separated rows as a spreadsheet puts them on the clipboard (quoted cells with newlines kept)."""
    import csv
    import io

    return [row for row in csv.reader(io.StringIO(text.replace("\r\n", "\n")), delimiter="\t")]


# --- computed ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DeviceView:
    id: int
    kind: str
    kind_label: str
    row: dict[str, Any]
    params: dict[str, str]
    grade: EquipmentGradeResult | None  # None: no product standard for this type
    grade_error: str  # an impossible stored value (never written by this app, but files travel)
    elimination: EliminationResult | None

    @property
    def title(self) -> str:
        parts = [str(self.row.get(k) or "") for k in ("tag", "name")]
        return " ".join(p for p in parts if p) or f"{self.kind_label} #{self.id}"

    @property
    def outcome_label(self) -> str:
        if self.grade_error:
            return "数据有误"
        if self.grade is None:
            return "无适用能效标准"
        return self.grade.label_zh

    @property
    def elimination_label(self) -> str:
        if self.elimination is None:
            return "不适用"
        return {"eliminated": "淘汰", "suspected": "疑似淘汰",
                "not_found_in_covered_entries": "所收录条目中未见"}[self.elimination.outcome]


def as_of(case: CaseFile) -> date | None:
    info = case.row("case_info", 1) or {}
    try:
        return date.fromisoformat(str(info.get("as_of_date")))
    except ValueError:
        return None


def view(case: CaseFile, row: dict[str, Any], when: date | None) -> DeviceView:
    kind = str(row["kind"])
    params = params_of(row)
    grade: EquipmentGradeResult | None = None
    error = ""
    elim: EliminationResult | None = None
    try:
        k = reg.kind(kind)
        grade = reg.grade(kind, params, when)
        elim = reg.eliminated(kind, str(row.get("model") or ""), params)
        label = k.label
    except ValidationError as exc:
        error = f"{exc.params.get('field', '')}：{exc.params.get('detail', '')}"
        label = reg.KINDS[kind].label if kind in reg.KINDS else kind
    return DeviceView(int(row["id"]), kind, label, row, params, grade, error, elim)


@per_revision
def register(case: CaseFile) -> list[DeviceView]:
    """Every device with its grade and eliminated check, in register order."""
    when = as_of(case)
    rows = sorted(case.rows("equipment"), key=lambda r: (r.get("sort_order") or 0, r["id"]))
    return [view(case, r, when) for r in rows]


def device(case: CaseFile, equipment_id: int) -> DeviceView:
    for v in register(case):
        if v.id == equipment_id:
            return v
    raise ValidationError(field="设备", detail=f"第 {equipment_id} 号设备不存在（可能已删除）")


@dataclass(frozen=True)
class RegisterSummary:
    devices: int  # rows
    units: int  # Σ quantity
    outcomes: dict[str, int]  # outcome label → rows
    eliminated: list[str]
    suspected: list[str]
    below_limit: list[str]
    cannot_judge: list[str]


def summary(case: CaseFile) -> RegisterSummary:
    views = register(case)
    counts = Counter(v.outcome_label for v in views)
    return RegisterSummary(
        len(views), sum(int(v.row.get("quantity") or 1) for v in views), dict(counts),
        [v.title for v in views if v.elimination and v.elimination.outcome == "eliminated"],
        [v.title for v in views if v.elimination and v.elimination.outcome == "suspected"],
        [v.title for v in views if v.grade and v.grade.outcome == "below_limit"],
        [v.title for v in views if v.grade and v.grade.outcome == "cannot_judge"])


def is_heading(text: str) -> bool:
    return header_key(None, text) is not None


def import_sheet(case: CaseFile, path: object, *, kind: str | None = None, sheet: str | None = None,
                 source: object | None = None) -> tuple[OpChanges, RowsResult]:
    """Import the register from an enterprise's Excel sheet (one undo step; all rows or none)."""
    from pathlib import Path

    from desktop_app.importers.sheet import read_table

    table = read_table(Path(str(path)), is_heading, sheet)
    where = f"{Path(table.file).name}“{table.sheet}”"
    return add_rows(case, table.headings, table.rows, kind=kind, where=where, first_row=table.first_row,
                    source=source)
