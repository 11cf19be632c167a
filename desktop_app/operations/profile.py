"""Editing the enterprise profile, the engagement and the contacts: validate, then one journaled commit."""

from __future__ import annotations

from collections.abc import Mapping

from desktop_app.domain.changes import OpChanges
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.profile import CONTACT_FIELDS, Field, field
from desktop_app.reference import catalogues
from desktop_app.storage.casefile import CaseFile

SINGLE_ROW_TABLES = ("enterprise", "engagement", "case_info")


def validate(f: Field, raw: object) -> object:
    """Parse and check one value, including the rules that need reference data."""
    value = f.parse(raw)
    if value is None:
        return None
    if f.key == "enterprise.province_code" and (len(str(value)) != 2 or catalogues.province(str(value)) is None):
        raise ValidationError(field=f.label, detail=f"“{value}”不是 GB/T 2260 的省级行政区划代码")
    if f.key == "enterprise.industry_code":
        division = catalogues.industry_division(str(value))
        if division is None:
            raise ValidationError(field=f.label, detail=f"“{value}”不是 GB/T 4754-2017 的行业代码")
        value = str(value).upper()
    if f.key == "engagement.diagnosis_type" and catalogues.diagnosis_type(str(value)) is None:
        names = "、".join(t.name_zh for t in catalogues.diagnosis_types())
        raise ValidationError(field=f.label, detail=f"“{value}”不是诊断类型之一（{names}）")
    return value


def set_field(case: CaseFile, key: str, raw: object, source: object | None = None) -> OpChanges:
    """Set one profile/engagement/case field. Nothing is written when the value is invalid."""
    f = field(key)
    if f.table not in SINGLE_ROW_TABLES:
        raise ValidationError(field=f.label, detail="该字段属于多行表，请用对应的编辑操作")
    value = validate(f, raw)
    if f.required and value is None and f.table == "case_info":
        raise ValidationError(field=f.label, detail="不能为空")
    label = f"修改{f.label}"
    with case.edit(label) as tx:
        tx.update(f.table, 1, {f.column: value})
    return OpChanges(label, "edit", frozenset(tx.fields), source)


def set_fields(case: CaseFile, values: Mapping[str, object], label: str, source: object | None = None) -> OpChanges:
    """Several fields in one operation (one undo step). All are validated before anything is written."""
    parsed = [(field(k), validate(field(k), raw)) for k, raw in values.items()]
    with case.edit(label) as tx:
        for f, value in parsed:
            tx.update(f.table, 1, {f.column: value})
    return OpChanges(label, "edit", frozenset(tx.fields), source)


def _contact_values(values: Mapping[str, object]) -> dict[str, object]:
    known = {f.column: f for f in CONTACT_FIELDS}
    out: dict[str, object] = {}
    for col, raw in values.items():
        if col not in known:
            raise ValidationError(field=col, detail="联系人没有这个字段")
        out[col] = validate(known[col], raw)
    return out


def add_contact(case: CaseFile, values: Mapping[str, object], source: object | None = None) -> tuple[OpChanges, int]:
    parsed = _contact_values(values)
    if not parsed.get("name"):
        raise ValidationError(field="联系人", detail="姓名不能为空")
    order = max((r["sort_order"] or 0 for r in case.rows("contact")), default=0) + 1
    label = f"添加联系人 {parsed['name']}"
    with case.edit(label) as tx:
        key = tx.insert("contact", {**parsed, "sort_order": order})
    return OpChanges(label, "edit", frozenset(tx.fields), source), key


def update_contact(case: CaseFile, contact_id: int, values: Mapping[str, object],
                   source: object | None = None) -> OpChanges:
    parsed = _contact_values(values)
    if "name" in parsed and not parsed["name"]:
        raise ValidationError(field="联系人", detail="姓名不能为空")
    label = "修改联系人"
    with case.edit(label) as tx:
        tx.update("contact", contact_id, parsed)
    return OpChanges(label, "edit", frozenset(tx.fields), source)


def delete_contact(case: CaseFile, contact_id: int, source: object | None = None) -> OpChanges:
    row = case.row("contact", contact_id)
    label = f"删除联系人 {row['name'] if row else contact_id}"
    with case.edit(label) as tx:
        tx.delete("contact", contact_id)
    return OpChanges(label, "edit", frozenset(tx.fields), source)
