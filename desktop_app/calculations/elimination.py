"""Eliminated-equipment check (REFERENCE.md §4 item 6) against the covered sample of the catalogues.

Policy: a model is matched only by an entry's bounded rule; all the entry's conditions satisfied → "eliminated";
rule matched but a condition's attribute not given → "suspected" (疑似) naming the missing condition(s);
a condition contradicted, or nothing matched → "not_found_in_covered_entries". The app never concludes "not
eliminated": only the entries listed in the data file's ``coverage`` are checked.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from desktop_app.calculations.calculators import fmt, number
from desktop_app.domain.errors import ValidationError
from desktop_app.reference.elimination import (
    AttributeSpec,
    CatalogueSet,
    Condition,
    EliminationEntry,
    catalogue_set,
)

Outcome = Literal["eliminated", "suspected", "not_found_in_covered_entries"]
Verdict = Literal["satisfied", "missing", "contradicted"]
_RANK: dict[Verdict, int] = {"satisfied": 0, "missing": 1, "contradicted": 2}


@dataclass(frozen=True)
class EntryCheck:
    """One entry whose model rule matched, with the verdict of its conditions."""

    entry: EliminationEntry
    verdict: Verdict
    missing_conditions: tuple[str, ...]
    contradicted_conditions: tuple[str, ...]


@dataclass(frozen=True)
class EliminationResult:
    outcome: Outcome
    entry: EliminationEntry | None  # the eliminating (or first suspected) entry; None when not found
    missing_conditions: list[str]
    trace: str
    matches: tuple[EntryCheck, ...] = ()  # every entry whose model rule matched


def _describe(condition: Condition, spec: AttributeSpec) -> str:
    if spec.kind == "choice":
        return f"{spec.label}为{'或'.join(spec.choices[c] for c in condition.one_of)}"
    if condition.minimum is not None and condition.maximum is not None:
        return f"{spec.label} {condition.minimum}–{condition.maximum} {spec.unit}"
    if condition.maximum is not None:
        return f"{spec.label} ≤ {condition.maximum} {spec.unit}"
    return f"{spec.label} ≥ {condition.minimum} {spec.unit}"


def _attributes(data: CatalogueSet, given: dict[str, object]) -> dict[str, Decimal | str]:
    out: dict[str, Decimal | str] = {}
    for name, value in given.items():
        spec = data.attributes.get(name)
        if spec is None:
            raise ValidationError(field=name, detail=f"未知的设备属性（可用：{'、'.join(data.attributes)}）")
        if value is None:
            continue
        if spec.kind == "number":
            if not isinstance(value, int | float | Decimal):
                raise ValidationError(field=spec.label, detail=f"“{value}”不是数字")
            amount = number(float(value), spec.label)
            if amount <= 0:
                raise ValidationError(field=spec.label, detail=f"{fmt(amount)} 必须大于 0")
            out[name] = Decimal(str(value))
        else:
            code = str(value).strip().casefold()
            if code not in spec.choices:
                options = "、".join(f"{c}（{label}）" for c, label in spec.choices.items())
                raise ValidationError(field=spec.label, detail=f"“{value}”不是可选值（{options}）")
            out[name] = code
    return out


def _check(entry: EliminationEntry, data: CatalogueSet, attrs: dict[str, Decimal | str]) -> EntryCheck:
    missing: list[str] = []
    contradicted: list[str] = []
    for condition in entry.conditions:
        spec = data.attributes[condition.attribute]
        text = _describe(condition, spec)
        value = attrs.get(condition.attribute)
        if value is None:
            missing.append(text)
            continue
        if isinstance(value, str):
            ok = value in condition.one_of
        else:
            ok = ((condition.minimum is None or value >= condition.minimum)
                  and (condition.maximum is None or value <= condition.maximum))
        if not ok:
            contradicted.append(f"{text}（实际 {value}{' ' + spec.unit if spec.unit else ''}）")
    verdict: Verdict = "contradicted" if contradicted else "missing" if missing else "satisfied"
    return EntryCheck(entry, verdict, tuple(missing), tuple(contradicted))


def _covered(data: CatalogueSet) -> str:
    return "；".join(f"{e.catalogue.title} {e.item or '（编号未转录）'} {e.name}" for e in data.entries)


def check_eliminated(equipment_type: str, model: str, *, catalogues: CatalogueSet | None = None,
                     **attributes: object) -> EliminationResult:
    """Check one device against the covered entries; ``attributes`` are the data file's (frame_mm, voltage_v,
    capacity_t_h, fuel, grate); an attribute passed as ``None`` counts as not given."""
    data = catalogues if catalogues is not None else catalogue_set()
    if not isinstance(equipment_type, str) or not equipment_type.strip():
        raise ValidationError(field="设备类型", detail="不能为空")
    if not isinstance(model, str):
        raise ValidationError(field="型号", detail=f"“{model}”不是文字")
    etype = equipment_type.strip().casefold()
    attrs = _attributes(data, attributes)
    candidates = [e for e in data.entries if e.equipment_type == etype]
    given_model = model.strip()
    matches = tuple(_check(e, data, attrs) for e in candidates
                    if (e.model.kind == "any" or given_model) and e.model.matches(given_model))
    matches = tuple(sorted(matches, key=lambda m: _RANK[m.verdict]))
    basis = (f"依据 {data.file}（来源 {data.source.label}，待人工审核）；收录范围：{data.coverage}")
    type_label = data.equipment_types.get(etype, equipment_type)
    head = f"设备 {type_label} 型号“{given_model or '（未填）'}”"
    if matches and matches[0].verdict == "satisfied":
        hit = matches[0].entry
        reason = f"，原因：{hit.reason}" if hit.reason else ""
        trace = (f"{head} 符合 {hit.cite()}（{hit.model.describe()}"
                 f"{'，条件均满足' if hit.conditions else ''}）→ 淘汰{reason}。{basis}")
        return EliminationResult("eliminated", hit, [], trace, matches)
    if matches and matches[0].verdict == "missing":
        hit = matches[0].entry
        missing = list(matches[0].missing_conditions)
        trace = (f"{head} 符合 {hit.cite()} 的 {hit.model.describe()}，但缺少条件：{'；'.join(missing)} → 疑似淘汰，"
                 f"需补充上述数据后确认，不判定为淘汰。{basis}")
        return EliminationResult("suspected", hit, missing, trace, matches)
    lines = [f"{m.entry.cite()}：{m.entry.model.describe()}，但{'；'.join(m.contradicted_conditions)} 不符"
             for m in matches]
    detail = f"型号规则匹配但条件不符：{'；'.join(lines)}。" if lines else ""
    if not candidates:
        detail += f"所收录条目中没有“{type_label}”类设备。"
    elif not given_model and all(e.model.kind != "any" for e in candidates):
        detail += "未填型号，无法按型号匹配。"
    trace = (f"{head} 在所收录的淘汰目录条目中未找到 → 不能据此认定未淘汰（只核对了所收录条目）。{detail}"
             f"所核对条目：{_covered(data)}。{basis}")
    return EliminationResult("not_found_in_covered_entries", None, [], trace, matches)
