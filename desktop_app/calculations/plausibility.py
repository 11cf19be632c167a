"""Plausibility checks for the mistakes reviewers see (REFERENCE.md, PEERS.md §5.4): a unit price far from the
typical range (often a 万元 / 元 or W / kW mix-up), monthly values that do not add up to the annual total, a
measured calorific value that belongs to another fuel, magnitudes off by 1000.

Each check returns Hints (简体中文, naming what and where) — they are hints, never blocking: the typical
ranges in ``resources/reference/typical_ranges.json`` are engineering experience [M].
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

SCALES = {Decimal(1000): "千", Decimal(10000): "万", Decimal("0.001"): "千", Decimal("0.0001"): "万"}


@dataclass(frozen=True)
class Hint:
    code: str
    where: str
    message: str


def _scaled_hint(value: Decimal, low: Decimal, high: Decimal) -> str:
    for factor, word in SCALES.items():
        if low <= value * factor <= high:
            return f"（乘以 {factor.normalize():f} 后落在范围内，可能是“{word}”单位混淆）"
    return ""


def unit_price(energy: str, name: str, cost_yuan: Decimal, quantity: Decimal,
               ranges: Mapping[str, Mapping[str, str]]) -> list[Hint]:
    spec = ranges.get(energy)
    if spec is None or quantity <= 0 or cost_yuan <= 0:
        return []
    price = cost_yuan / quantity
    low, high = Decimal(spec["low"]), Decimal(spec["high"])
    if low <= price <= high:
        return []
    return [Hint("plausibility.price", name,
                    f"{name}单价 {price.quantize(Decimal('0.0001')).normalize():f} {spec['unit']} 超出常见范围 "
                    f"{low}–{high} {spec['unit']}{_scaled_hint(price, low, high)}")]


def monthly_sum(name: str, months: Sequence[Decimal | None], annual: Decimal | None, unit: str,
                tolerance: Decimal = Decimal("0.005")) -> list[Hint]:
    """12 monthly values against the annual total (missing months are reported, not assumed zero)."""
    out = []
    missing = [str(i + 1) for i, v in enumerate(months) if v is None]
    if missing and len(missing) < len(months):
        out.append(Hint("plausibility.months_missing", name, f"{name}缺少 {'、'.join(missing)} 月的数据"))
    given = [v for v in months if v is not None]
    if annual is not None and given and not missing:
        total = sum(given, Decimal(0))
        base = max(abs(annual), abs(total))
        if base and abs(total - annual) / base > tolerance:
            out.append(Hint("plausibility.months_sum", name,
                               f"{name}各月合计 {total.normalize():f} {unit} 与全年 {annual.normalize():f} {unit} "
                               f"不符（相差 {(total - annual).normalize():f} {unit}）"))
    return out


def measured_ncv(energy: str, name: str, kj_per_unit: Decimal,
                 ranges: Mapping[str, Mapping[str, str]]) -> list[Hint]:
    spec = ranges.get(energy)
    if spec is None:
        return []
    low, high = Decimal(spec["low"]), Decimal(spec["high"])
    if low <= kj_per_unit <= high:
        return []
    hint = _scaled_hint(kj_per_unit, low, high) or (f"；可能是另一种燃料的数值（{spec['others']}）"
                                                    if spec.get("others") else "")
    return [Hint("plausibility.ncv", name, f"{name}实测低位发热量 {kj_per_unit.normalize():f} {spec['unit']} "
                                              f"不在该能源常见范围 {low}–{high} {spec['unit']}{hint}")]


def magnitude(name: str, value: Decimal, low: Decimal, high: Decimal, unit: str) -> list[Hint]:
    """A derived indicator (e.g. kgce/t of cement) outside its plausible range, with a ×1000 hint."""
    if low <= value <= high:
        return []
    shown = f"{value.quantize(Decimal('0.01')).normalize():f}"
    return [Hint("plausibility.magnitude", name,
                 f"{name} {shown} {unit} 不在合理范围 {low}–{high} {unit}{_scaled_hint(value, low, high)}")]
