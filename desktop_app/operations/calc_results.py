"""Saved calculator results (PRODUCT.md §7): each with its inputs, outputs and trace, linked to a device.

A saved result is a record of what was computed on site, with the numbers the engineer entered; it is never
recomputed silently. ``stale`` tells whether re-running the calculator today would give a different answer
(a corrected formula or data release), so a reviewer sees it rather than a changed figure.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop_app.calculations import registry
from desktop_app.domain.changes import OpChanges
from desktop_app.domain.errors import ValidationError
from desktop_app.storage.casefile import CaseFile, now_utc


@dataclass(frozen=True)
class SavedResult:
    id: int
    calculator: str
    title: str
    inputs: dict[str, str]
    outputs: dict[str, dict[str, str]]  # key → {"label", "value", "unit"}
    trace: str
    equipment_id: int | None
    saved_by: str
    saved_utc: str

    def headline(self) -> str:
        """The figure a list shows: the saving or efficiency where the calculator gives one, else its first."""
        key = next((k for k in HEADLINE_KEYS if k in self.outputs), next(iter(self.outputs), None))
        if key is None:
            return ""
        o = self.outputs[key]
        return f"{o['label']} {o['value']} {o['unit']}".strip()


HEADLINE_KEYS = ("saving_kwh", "efficiency", "leak_pct", "specific_power")


def run_and_save(case: CaseFile, calculator_id: str, inputs: Mapping[str, object], *,
                 equipment_id: int | None = None, title: str = "", source: object | None = None
                 ) -> tuple[OpChanges, int]:
    """Run a calculator on ``inputs`` (text as typed) and save its result; invalid inputs save nothing."""
    calc = registry.calculator(calculator_id)
    result = registry.run(calculator_id, inputs)
    if equipment_id is not None and case.row("equipment", equipment_id) is None:
        raise ValidationError(field="关联设备", detail=f"第 {equipment_id} 号设备不存在")
    outputs = {o.key: {"label": o.label, "value": o.text, "unit": o.unit} for o in result.outputs}
    label = f"保存计算结果：{calc.title}"
    with case.edit(label) as tx:
        key = tx.insert("calc_result", {
            "calculator": calculator_id, "title": title.strip() or calc.title,
            "inputs": json.dumps(result.inputs, ensure_ascii=False, sort_keys=True),
            "outputs": json.dumps(outputs, ensure_ascii=False),
            "trace": result.trace, "equipment_id": equipment_id, "saved_by": case.user, "saved_utc": now_utc()})
    return OpChanges(label, "edit", frozenset(tx.fields), source), key


def _saved(row: Mapping[str, Any]) -> SavedResult:
    return SavedResult(int(row["id"]), str(row["calculator"]), str(row.get("title") or ""),
                       json.loads(str(row["inputs"])), json.loads(str(row["outputs"])), str(row["trace"]),
                       row.get("equipment_id"), str(row.get("saved_by") or ""), str(row["saved_utc"]))


def saved(case: CaseFile, equipment_id: int | None = None) -> list[SavedResult]:
    rows = case.rows("calc_result") if equipment_id is None else case.rows_where("calc_result", "equipment_id",
                                                                                 equipment_id)
    return [_saved(r) for r in sorted(rows, key=lambda r: r["id"])]


def link(case: CaseFile, result_id: int, equipment_id: int | None, source: object | None = None) -> OpChanges:
    if case.row("calc_result", result_id) is None:
        raise ValidationError(field="计算结果", detail=f"第 {result_id} 条不存在")
    if equipment_id is not None and case.row("equipment", equipment_id) is None:
        raise ValidationError(field="关联设备", detail=f"第 {equipment_id} 号设备不存在")
    label = "关联计算结果与设备" if equipment_id is not None else "取消计算结果的设备关联"
    with case.edit(label) as tx:
        tx.update("calc_result", result_id, {"equipment_id": equipment_id})
    return OpChanges(label, "edit", frozenset(tx.fields), source)


def delete(case: CaseFile, result_id: int, source: object | None = None) -> OpChanges:
    if case.row("calc_result", result_id) is None:
        raise ValidationError(field="计算结果", detail=f"第 {result_id} 条不存在")
    label = "删除计算结果"
    with case.edit(label) as tx:
        tx.delete("calc_result", result_id)
    return OpChanges(label, "edit", frozenset(tx.fields), source)


def stale(result: SavedResult) -> bool:
    """True when re-running the calculator on the saved inputs now gives other outputs (or fails)."""
    try:
        again = registry.run(result.calculator, result.inputs)
    except (ValidationError, KeyError):
        return True
    return {o.key: o.text for o in again.outputs} != {k: v["value"] for k, v in result.outputs.items()}
