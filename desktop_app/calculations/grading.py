"""Grading against the mandatory unit-product energy-consumption limit standards (能耗限额), as data.

A standard is a JSON document (``resources/reference/limits/*.json``): inputs, lookup tables, and per indicator
a value expression, limits per grade (optionally selected by an input) and corrections. Adding a standard is a
data change. Rules (REFERENCE.md §4, §5 A1–A4): each indicator is graded on its own; a value equal to a limit
takes the better grade; values are compared rounded to 6 decimals; a missing grade stays missing (skipped, never
interpolated); non-monotone limits are used as given; missing or invalid inputs give "cannot judge" with the
inputs listed; a standard is not applied before its effective date. Every result carries a trace.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from desktop_app.domain.expressions import evaluate, names_in

Q6 = Decimal("0.000001")  # values and limits are compared rounded half-up to 6 places (REFERENCE §5 A1)
GRADES = ("1", "2", "3")


@dataclass(frozen=True)
class GradeResult:
    standard: str
    indicator: str
    unit: str
    outcome: str  # grade_1 | grade_2 | grade_3 | below_limit | out_of_scope | cannot_judge | not_in_force
    value: Decimal | None
    limits: dict[str, Decimal | None]  # after corrections; None = the standard sets no such grade
    missing: list[str] = field(default_factory=list)
    trace: list[str] = field(default_factory=list)

    @property
    def label_zh(self) -> str:
        return OUTCOME_LABELS[self.outcome]


UNCONFIRMED = {"S-1": "限额数值来自单一公开转录，尚未与标准原文核对", "M": "限额数值凭记忆填写，须与标准原文核对",
               "I": "限额数值为推断，须与标准原文核对"}

OUTCOME_LABELS = {"grade_1": "1级", "grade_2": "2级", "grade_3": "3级", "below_limit": "未达到限定值（超限额）",
                  "out_of_scope": "不在标准适用范围", "cannot_judge": "无法判定", "not_in_force": "标准尚未实施"}


def grade(standard: Mapping[str, Any], indicator_id: str, inputs: Mapping[str, object],
          as_of: date | None = None) -> GradeResult:
    std_name = str(standard["standard"])
    ind = next((i for i in standard["indicators"] if i["id"] == indicator_id), None)
    if ind is None:
        raise KeyError(f"{std_name} 没有指标 {indicator_id}")
    unit = str(ind["unit"])
    trace = [f"{std_name}《{standard['title']}》 指标：{ind['name']}（{unit}），来源等级 {standard['label']}"]
    if standard["label"] in UNCONFIRMED:  # said in the tool, beside the grade; the formal report gives the grade
        trace.append(f"注意：{UNCONFIRMED[str(standard['label'])]}（{str(standard.get('source', ''))[:80]}）")

    def result(outcome: str, value: Decimal | None = None, limits: dict[str, Decimal | None] | None = None,
               missing: list[str] | None = None) -> GradeResult:
        return GradeResult(std_name, str(ind["name"]), unit, outcome, value, limits or {}, missing or [], trace)

    effective = date.fromisoformat(str(standard["effective_date"]))
    if as_of is not None and as_of < effective:
        trace.append(f"诊断基准日期 {as_of} 早于实施日期 {effective}")
        return result("not_in_force")

    # 1. inputs: choices must be known, numbers finite and positive where the standard says so
    specs: Mapping[str, Mapping[str, Any]] = standard["inputs"]
    values: dict[str, Decimal] = {}
    choices: dict[str, str] = {}
    missing: list[str] = []
    needed = _needed_inputs(standard, ind, inputs)
    for key in needed:
        spec = specs[key]
        raw = inputs.get(key)
        if "choices" in spec:
            if raw in (None, ""):
                missing.append(str(spec["name"]))
            elif str(raw) not in spec["choices"]:
                trace.append(f"{spec['name']}“{raw}”不在标准范围内（{'、'.join(spec['choices'])}）")
                return result("out_of_scope")
            else:
                choices[key] = str(raw)
            continue
        number = _number(raw)
        if number is None or (spec.get("positive", True) and number <= 0):
            missing.append(f"{spec['name']}（{spec.get('unit', '')}）")
        else:
            values[key] = number
    if missing:
        trace.append("缺少或无效的输入：" + "、".join(missing))
        return result("cannot_judge", missing=missing)

    # 2. lookup tables (e.g. process factor k by coal type and process)
    for name, table in standard.get("tables", {}).items():
        if name not in names_in(str(ind["value"])):
            continue
        row = next((r for r in table["rows"] if all(r[k] == choices.get(k) for k in table["key"])), None)
        if row is None:
            trace.append(f"{table['table']} 中没有 {'、'.join(choices.get(k, '?') for k in table['key'])} 的{name}")
            return result("out_of_scope")
        values[name] = Decimal(str(row["value"]))
        trace.append(f"{table['table']}：{'、'.join(choices[k] for k in table['key'])} → {name} = {row['value']}")

    # 3. the value
    value = evaluate(str(ind["value"]), values)
    trace.append(f"计算值 = {ind['value']} = {_fmt(value)} {unit}")

    # 4. limits, selected and corrected
    limits_spec = ind["limits"]
    if "select" in limits_spec:
        row_limits = limits_spec["rows"].get(choices.get(limits_spec["select"], ""))
        if row_limits is None:
            return result("out_of_scope", value)
    else:
        row_limits = limits_spec["rows"]
    limits: dict[str, Decimal | None] = {g: (Decimal(str(row_limits[g])) if row_limits.get(g) not in (None, "")
                                             else None) for g in GRADES}
    trace.append(f"{limits_spec['table']} 限额：" + "，".join(f"{g}级 {_fmt(v)}" for g, v in limits.items()))
    for corr in ind.get("corrections", []):
        limits = _apply_correction(corr, limits, values, trace)

    # 5. compare, best grade first; equal takes the better grade; missing grades are skipped
    v6 = value.quantize(Q6, ROUND_HALF_UP)
    lower_better = ind.get("better", "lower") == "lower"
    for g in GRADES:
        limit = limits[g]
        if limit is None:
            continue
        l6 = limit.quantize(Q6, ROUND_HALF_UP)
        if (v6 <= l6) if lower_better else (v6 >= l6):
            trace.append(f"{_fmt(v6)} {'≤' if lower_better else '≥'} {g}级限额 {_fmt(l6)} → {g}级")
            return result(f"grade_{g}", value, limits)
    worst = next((limits[g] for g in reversed(GRADES) if limits[g] is not None), None)
    trace.append(f"{_fmt(v6)} 超过限定值 {_fmt(worst)} → 未达到限定值")
    return result("below_limit", value, limits)


def relevant_inputs(standard: Mapping[str, Any], indicator_id: str) -> list[str]:
    """Every input an indicator can use (its value, lookups, limit selection, any correction)."""
    ind = next(i for i in standard["indicators"] if i["id"] == indicator_id)
    return _inputs(standard, ind, None)


def _needed_inputs(standard: Mapping[str, Any], ind: Mapping[str, Any], inputs: Mapping[str, object]) -> list[str]:
    """The inputs this evaluation needs: a correction's inputs only when its condition holds."""
    return _inputs(standard, ind, inputs)


def _inputs(standard: Mapping[str, Any], ind: Mapping[str, Any], given: Mapping[str, object] | None) -> list[str]:
    names = names_in(str(ind["value"]))
    for name, table in standard.get("tables", {}).items():
        if name in names:
            names |= set(table["key"])
    if "select" in ind["limits"]:
        names.add(str(ind["limits"]["select"]))
    for corr in ind.get("corrections", []):
        when = corr.get("when")
        if given is None or when is None or _when_holds(when, given):
            names |= set(corr.get("requires", []))
        if when is not None:
            names.add(str(when["input"]))
    return [n for n in standard["inputs"] if n in names]


def _when_holds(when: Mapping[str, Any], inputs: Mapping[str, object]) -> bool:
    number = _number(inputs.get(str(when["input"])))
    if number is None:
        return False
    limit = Decimal(str(when["value"]))
    return {">": number > limit, ">=": number >= limit, "<": number < limit, "<=": number <= limit}[when["op"]]


def _apply_correction(corr: Mapping[str, Any], limits: dict[str, Decimal | None], values: Mapping[str, Decimal],
                      trace: list[str]) -> dict[str, Decimal | None]:
    when = corr.get("when")
    if when is not None and not _when_holds(when, values):
        trace.append(f"{corr['name']}：不适用（{when['input']} {when['op']} {when['value']} 不成立）")
        return limits
    out = dict(limits)
    for g in corr.get("grades", GRADES):
        if out[g] is None:
            continue
        names = dict(values)
        names.update({k: Decimal(str(v)) for k, v in corr.get("per_grade", {}).get(g, {}).items()})
        amount = evaluate(str(corr["expr"]), names)
        before = out[g]
        assert before is not None
        out[g] = before + amount if corr["kind"] == "add" else before * amount
        trace.append(f"{corr['name']}（{corr['basis']}）：{g}级 {_fmt(before)} "
                     f"{'+' if corr['kind'] == 'add' else '×'} {_fmt(amount)} = {_fmt(out[g])}")
    return out


def _number(raw: object) -> Decimal | None:
    if raw is None or isinstance(raw, bool):
        return None
    try:
        d = Decimal(repr(raw)) if isinstance(raw, float) else Decimal(str(raw).strip())
    except (InvalidOperation, ValueError):
        return None
    return d if d.is_finite() else None


def _fmt(v: Decimal | None) -> str:
    if v is None:
        return "—"
    return format(v.quantize(Q6, ROUND_HALF_UP).normalize(), "f")
