"""Products graded against the mandatory limit standards, the output-value indicator, and GB/T 13234 savings.

A product names a limit standard and indicator (``resources/reference/limits``) and holds that indicator's
inputs as entered; the grade, the corrected limits and the trace are computed, never stored.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from desktop_app.calculations import energy as energy_calc
from desktop_app.calculations.grading import GradeResult, grade
from desktop_app.calculations.units import decimal
from desktop_app.domain.changes import OpChanges
from desktop_app.domain.errors import ValidationError
from desktop_app.operations import frozen
from desktop_app.operations.memo import per_revision
from desktop_app.reference import limits
from desktop_app.storage.casefile import CaseFile


def standard(case: CaseFile, standard_id: str) -> dict[str, Any]:
    """The limit standard as this case froze it (or, before its first product, the edition in force on the case's
    as-of date)."""
    data: dict[str, Any] = frozen.load(case, f"limits/{standard_id}",
                                       lambda: limits.standard(standard_id, as_of_date(case)))
    return data


def as_of_date(case: CaseFile) -> date | None:
    raw = (case.row("case_info", 1) or {}).get("as_of_date")
    try:
        return date.fromisoformat(str(raw)) if raw else None
    except ValueError:
        return None


def _indicator(case: CaseFile, standard_id: str, indicator_id: str) -> Mapping[str, object]:
    if standard_id not in limits.standards():
        known = "、".join(s["standard"] for s in limits.standards().values())
        raise ValidationError(field="限额标准", detail=f"没有“{standard_id}”（已收录：{known}）")
    std = standard(case, standard_id)
    ind: Mapping[str, object] | None = next((i for i in std["indicators"] if i["id"] == indicator_id), None)
    if ind is None:
        raise ValidationError(field="限额指标", detail=f"{std['standard']} 没有指标“{indicator_id}”")
    return ind


def _clean_inputs(case: CaseFile, standard_id: str, inputs: Mapping[str, object]) -> dict[str, str]:
    specs = standard(case, standard_id)["inputs"]
    out: dict[str, str] = {}
    for key, raw in inputs.items():
        if key not in specs:
            raise ValidationError(field="限额输入", detail=f"{standard_id} 没有输入项“{key}”")
        if raw is None or str(raw).strip() == "":
            continue
        if "choices" in specs[key]:
            if str(raw) not in specs[key]["choices"]:
                raise ValidationError(field=specs[key]["name"], detail=f"“{raw}”不是可选项")
            out[key] = str(raw)
        else:
            number = decimal(raw, what=specs[key]["name"])
            if number < 0 and specs[key].get("positive", True):
                raise ValidationError(field=specs[key]["name"], detail="不能为负")
            out[key] = str(number)
    return out


def add_product(case: CaseFile, name: str, standard_id: str, indicator_id: str,
                inputs: Mapping[str, object] | None = None, *, unit: str = "t", output: object = None,
                base_value: object = None, source: object | None = None) -> tuple[OpChanges, int]:
    if not name.strip():
        raise ValidationError(field="产品名称", detail="不能为空")
    _indicator(case, standard_id, indicator_id)
    clean = _clean_inputs(case, standard_id, inputs or {})
    values: dict[str, object] = {
              "name": name.strip(), "unit": unit, "standard_id": standard_id, "indicator_id": indicator_id,
              "inputs": json.dumps(clean, ensure_ascii=False, sort_keys=True),
              "output": None if output in (None, "") else str(decimal(output, what="产量")),
              "base_value": None if base_value in (None, "") else str(decimal(base_value, what="对比期单耗")),
              "sort_order": len(case.rows("product")) + 1}
    label = f"添加产品 {name}"
    with case.edit(label) as tx:
        frozen.freeze(case, tx, f"limits/{standard_id}", lambda: limits.standard(standard_id, as_of_date(case)))
        key = tx.insert("product", values)
    return OpChanges(label, "edit", frozenset(tx.fields), source), key


def set_inputs(case: CaseFile, product_id: int, inputs: Mapping[str, object],
               source: object | None = None) -> OpChanges:
    row = case.row("product", product_id)
    if row is None:
        raise ValidationError(field="产品", detail=f"没有编号为 {product_id} 的产品")
    merged = {**json.loads(str(row["inputs"] or "{}")), **inputs}
    clean = _clean_inputs(case, str(row["standard_id"]), merged)
    label = f"修改产品 {row['name']} 的限额输入"
    with case.edit(label) as tx:
        tx.update("product", product_id, {"inputs": json.dumps(clean, ensure_ascii=False, sort_keys=True)})
    return OpChanges(label, "edit", frozenset(tx.fields), source)


def update_product(case: CaseFile, product_id: int, values: Mapping[str, object],
                   source: object | None = None) -> OpChanges:
    """Name, output (本期产量) or the comparison period's unit consumption (对比期单耗, for GB/T 13234 savings)."""
    row = case.row("product", product_id)
    if row is None:
        raise ValidationError(field="产品", detail=f"没有编号为 {product_id} 的产品")
    clean: dict[str, object] = {}
    for key, raw in values.items():
        if key == "name":
            if not str(raw).strip():
                raise ValidationError(field="产品名称", detail="不能为空")
            clean[key] = str(raw).strip()
        elif key in ("output", "base_value"):
            label = "本期产量" if key == "output" else "对比期单位产品能耗"
            if raw in (None, ""):
                clean[key] = None
                continue
            number = decimal(raw, what=label)
            if number <= 0:
                raise ValidationError(field=label, detail="必须大于 0")
            clean[key] = str(number)
        else:
            raise ValidationError(field=key, detail="产品没有这个字段")
    label = f"修改产品 {row['name']}"
    with case.edit(label) as tx:
        tx.update("product", product_id, clean)
    return OpChanges(label, "edit", frozenset(tx.fields), source)


def delete_product(case: CaseFile, product_id: int, source: object | None = None) -> OpChanges:
    label = "删除产品"
    with case.edit(label) as tx:
        tx.delete("product", product_id)
    return OpChanges(label, "edit", frozenset(tx.fields), source)


@dataclass(frozen=True)
class ProductResult:
    id: int
    name: str
    standard: str
    result: GradeResult
    savings_tce: Decimal | None  # (e_base − e_report) × output, when a comparison period is entered


@per_revision
def grade_products(case: CaseFile) -> list[ProductResult]:
    as_of = date.fromisoformat(str((case.row("case_info", 1) or {}).get("as_of_date")))
    out = []
    for row in case.rows("product"):
        std = standard(case, str(row["standard_id"]))
        result = grade(std, str(row["indicator_id"]), json.loads(str(row["inputs"] or "{}")), as_of)
        savings = None
        if row["base_value"] and row["output"] and result.value is not None:
            # unit consumption in kgce/t × t → kgce; reported in tce
            savings = energy_calc.savings_by_product(Decimal(str(row["base_value"])), result.value,
                                                     Decimal(str(row["output"]))) / 1000
        out.append(ProductResult(int(row["id"]), str(row["name"]), str(std["standard"]), result, savings))
    return out


def output_value_intensity(case: CaseFile, total_tce: Decimal) -> Decimal | None:
    """tce / 万元 of 工业总产值 from the profile, when both are known."""
    value = (case.row("enterprise", 1) or {}).get("output_value_wan")
    if not value or total_tce <= 0:
        return None
    return energy_calc.output_value_intensity(total_tce, Decimal(str(value)))
