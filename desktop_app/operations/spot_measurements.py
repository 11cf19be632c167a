"""Spot measurements typed in by hand (a clamp-meter reading, a flue-gas analyser value), day-type assignments
for the day-type analysis, and chart annotations."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop_app.domain.changes import OpChanges
from desktop_app.domain.errors import ValidationError
from desktop_app.storage.casefile import CaseFile

SPOT_FIELDS = ("equipment_id", "quantity", "label", "value", "unit", "taken_at", "instrument", "note")
DAY_TYPES = ("工作日", "周末", "排除")  # the defaults; any other name is a custom day type


def _clean_spot(case: CaseFile, values: Mapping[str, object]) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, raw in values.items():
        if key not in SPOT_FIELDS:
            raise ValidationError(field=key, detail="现场测量没有这个字段")
        text = "" if raw is None else str(raw).strip()
        if key == "value":
            try:
                number = Decimal(text.replace(",", ""))
            except InvalidOperation:
                raise ValidationError(field="测量值", detail=f"“{text}”不是数字") from None
            if not number.is_finite():
                raise ValidationError(field="测量值", detail="不是有限的数")
            out[key] = text.replace(",", "")
        elif key == "equipment_id":
            if text in ("", "0"):
                out[key] = None
            elif not text.isdigit() or case.row("equipment", int(text)) is None:
                raise ValidationError(field="关联设备", detail=f"第 {text} 号设备不存在")
            else:
                out[key] = int(text)
        elif key == "taken_at":
            if text:
                try:
                    datetime.fromisoformat(text.replace(" ", "T"))
                except ValueError:
                    raise ValidationError(field="测量时间",
                                          detail=f"“{text}”不是日期时间（如 2026-03-18 10:30）") from None
            out[key] = text or None
        elif key in ("label", "unit"):
            if not text:
                raise ValidationError(field="测量项目" if key == "label" else "单位", detail="不能为空")
            out[key] = text
        else:
            out[key] = text or None
    return out


def add_spot(case: CaseFile, values: Mapping[str, object], source: object | None = None) -> tuple[OpChanges, int]:
    clean = _clean_spot(case, values)
    for required, name in (("label", "测量项目"), ("value", "测量值"), ("unit", "单位")):
        if required not in clean:
            raise ValidationError(field="现场测量", detail=f"缺少“{name}”")
    label = f"添加现场测量 {clean['label']}"
    with case.edit(label) as tx:
        key = tx.insert("spot_measurement", clean)
    return OpChanges(label, "edit", frozenset(tx.fields), source), key


def update_spot(case: CaseFile, spot_id: int, values: Mapping[str, object], source: object | None = None) -> OpChanges:
    if case.row("spot_measurement", spot_id) is None:
        raise ValidationError(field="现场测量", detail=f"第 {spot_id} 条不存在")
    clean = _clean_spot(case, values)
    label = "修改现场测量"
    with case.edit(label) as tx:
        tx.update("spot_measurement", spot_id, clean)
    return OpChanges(label, "edit", frozenset(tx.fields), source)


def delete_spot(case: CaseFile, spot_id: int, source: object | None = None) -> OpChanges:
    if case.row("spot_measurement", spot_id) is None:
        raise ValidationError(field="现场测量", detail=f"第 {spot_id} 条不存在")
    label = "删除现场测量"
    with case.edit(label) as tx:
        tx.delete("spot_measurement", spot_id)
    return OpChanges(label, "edit", frozenset(tx.fields), source)


def spots(case: CaseFile, equipment_id: int | None = None) -> list[dict[str, Any]]:
    if equipment_id is None:
        return case.rows("spot_measurement")
    return case.rows_where("spot_measurement", "equipment_id", equipment_id)


# --- day types ---------------------------------------------------------------------------------------------------


def day_overrides(case: CaseFile) -> dict[str, str]:
    return {str(r["day"]): str(r["day_type"]) for r in case.rows("day_type")}


def set_day_type(case: CaseFile, day: str, day_type: str | None, source: object | None = None) -> OpChanges:
    """Reassign one local date to a day type ("排除" excludes it); ``None`` or "" restores the default."""
    try:
        date.fromisoformat(day)
    except ValueError:
        raise ValidationError(field="日期", detail=f"“{day}”不是日期（YYYY-MM-DD）") from None
    name = (day_type or "").strip()
    if len(name) > 20:
        raise ValidationError(field="日类型", detail="名称过长（最多 20 字）")
    existing = next((r for r in case.rows("day_type") if r["day"] == day), None)
    label = f"设定 {day} 为{name}" if name else f"恢复 {day} 的默认日类型"
    with case.edit(label) as tx:
        if not name:
            if existing is not None:
                tx.delete("day_type", existing["id"])
        else:
            tx.upsert("day_type", {"day": day}, {"day_type": name})
    return OpChanges(label, "edit", frozenset(tx.fields), source)


# --- annotations ---------------------------------------------------------------------------------------------------


def add_annotation(case: CaseFile, dataset_id: int, t_ms: int, text: str,
                   source: object | None = None) -> tuple[OpChanges, int]:
    if case.row("dataset", dataset_id) is None:
        raise ValidationError(field="数据集", detail=f"第 {dataset_id} 号不存在")
    if not text.strip():
        raise ValidationError(field="标注", detail="不能为空")
    label = "添加图表标注"
    with case.edit(label) as tx:
        key = tx.insert("annotation", {"dataset_id": dataset_id, "t": int(t_ms), "text": text.strip()})
    return OpChanges(label, "edit", frozenset(tx.fields), source), key


def delete_annotation(case: CaseFile, annotation_id: int, source: object | None = None) -> OpChanges:
    if case.row("annotation", annotation_id) is None:
        raise ValidationError(field="标注", detail=f"第 {annotation_id} 条不存在")
    label = "删除图表标注"
    with case.edit(label) as tx:
        tx.delete("annotation", annotation_id)
    return OpChanges(label, "edit", frozenset(tx.fields), source)


def annotations_of(case: CaseFile, dataset_id: int) -> list[tuple[int, str, int]]:
    """(t ms, text, id) of a dataset's annotations, in time order."""
    rows = case.rows_where("annotation", "dataset_id", dataset_id)
    return sorted((int(r["t"]), str(r["text"]), int(r["id"])) for r in rows)
