"""Comprehensive energy consumption per GB/T 2589: physical quantities → standard coal, with a trace.

Exact decimal arithmetic throughout; rounding only for display (``display_tce``). A coefficient is used as the
table prints it — never recomputed from the printed heat value (REFERENCE.md §2.1: 20 908 / 29 307.6 = 0.7134,
but the table says 0.7143). Only a measured net calorific value replaces it: p = Q_net / 29 307.6.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, Decimal

from desktop_app.calculations.units import to_base
from desktop_app.domain.errors import ValidationError
from desktop_app.reference.energy_data import Coefficient

KJ_PER_KGCE = Decimal("29307.6")  # 1 kgce = 7000 kcal (IT) = 29 307.6 kJ
KG_PER_T = Decimal(1000)


@dataclass(frozen=True)
class MeasuredNcv:
    """A measured 低位发热量 overriding the table coefficient, with where it came from."""

    kj_per_unit: Decimal  # kJ per the coefficient's unit (kg, m3, …)
    source: str  # e.g. "2025 年煤质化验报告（月均值）"


@dataclass(frozen=True)
class Conversion:
    energy: str
    name_zh: str
    quantity: Decimal  # as entered
    unit: str
    base_quantity: Decimal  # in the coefficient's unit
    coefficient: Decimal  # kgce per base unit actually used
    basis: str  # 简体中文: where the coefficient comes from
    label: str  # provenance label of the coefficient
    tce: Decimal
    measured: bool = False


def coefficient_for(coef: Coefficient, measured: MeasuredNcv | None) -> tuple[Decimal, str, str, bool]:
    if measured is not None:
        if measured.kj_per_unit <= 0:
            raise ValidationError(field=f"{coef.name_zh} 实测低位发热量", detail="必须大于 0")
        value = measured.kj_per_unit / KJ_PER_KGCE
        basis = f"实测低位发热量 {measured.kj_per_unit} kJ/{coef.unit} ÷ 29 307.6（{measured.source}）"
        return value, basis, "实测", True
    if coef.kgce_per_unit_max is not None:
        basis = (f"GB/T 2589-{coef.edition} {coef.table} {coef.name_zh} {coef.kgce_per_unit}"
                 f"（表列范围 {coef.kgce_per_unit}–{coef.kgce_per_unit_max}，取下限；宜用实测发热量）")
    else:
        basis = f"GB/T 2589-{coef.edition} {coef.table} {coef.name_zh} {coef.kgce_per_unit} kgce/{coef.unit}"
    return coef.kgce_per_unit, basis, coef.label, False


def convert(coef: Coefficient, quantity: Decimal, unit: str, measured: MeasuredNcv | None = None,
            equal_value: tuple[Decimal, str] | None = None) -> Conversion:
    """One energy line to tce. ``equal_value`` = (kgce/kWh, source) converts electricity at 等价值."""
    if quantity < 0:
        raise ValidationError(field=coef.name_zh, detail=f"消费量不能为负（{quantity} {unit}）")
    base = to_base(quantity, unit, coef.unit, what=coef.name_zh)
    if equal_value is not None:
        if coef.code != "electricity":
            raise ValidationError(field=coef.name_zh, detail="等价值只适用于电力")
        value, source = equal_value
        if not (Decimal("0.2") <= value <= Decimal("0.5")):
            raise ValidationError(field="电力等价值折标系数",
                                  detail=f"{value} kgce/kWh 不在合理范围（0.2–0.5，常见 0.30–0.31）内")
        basis, label, measured_flag = f"电力等价值 {value} kgce/kWh（{source}）", "用户录入", False
    else:
        value, basis, label, measured_flag = coefficient_for(coef, measured)
    tce = base * value / KG_PER_T
    return Conversion(coef.code, coef.name_zh, quantity, unit, base, value, basis, label, tce, measured_flag)


@dataclass
class Consumption:
    lines: list[Conversion] = field(default_factory=list)

    @property
    def total_tce(self) -> Decimal:
        return sum((c.tce for c in self.lines), Decimal(0))

    def structure(self) -> list[tuple[str, Decimal]]:
        """(energy name, share 0..1) in the order entered; empty when the total is zero."""
        total = self.total_tce
        if total == 0:
            return []
        return [(c.name_zh, c.tce / total) for c in self.lines]


def comprehensive(lines: Iterable[Conversion]) -> Consumption:
    """E = Σ e_i × p_i (GB/T 2589)."""
    return Consumption(list(lines))


def unit_consumption(energy_tce: Decimal, output: Decimal, *, per: str = "t") -> Decimal:
    """Unit-product comprehensive consumption in kgce per unit of output (e_p = E_p / P)."""
    if output <= 0:
        raise ValidationError(field="产量", detail=f"必须大于 0（{output} {per}）")
    return energy_tce * KG_PER_T / output


def output_value_intensity(energy_tce: Decimal, output_value_wan: Decimal) -> Decimal:
    """tce per 万元 of output value (e_g = E / G)."""
    if output_value_wan <= 0:
        raise ValidationError(field="产值", detail="必须大于 0 万元")
    return energy_tce / output_value_wan


@dataclass(frozen=True)
class Balance:
    purchased: Decimal
    opening_stock: Decimal
    closing_stock: Decimal
    transferred_out: Decimal
    consumed: Decimal

    @property
    def expected(self) -> Decimal:
        """Purchase + opening stock − closing stock − transferred out."""
        return self.purchased + self.opening_stock - self.closing_stock - self.transferred_out

    @property
    def difference(self) -> Decimal:
        return self.consumed - self.expected

    def imbalance(self, tolerance: Decimal = Decimal("0.01")) -> Decimal | None:
        """Relative difference when it exceeds ``tolerance`` (default 1 %), else None."""
        base = max(abs(self.expected), abs(self.consumed))
        if base == 0:
            return None
        rel = abs(self.difference) / base
        return rel if rel > tolerance else None


def savings_by_product(base_unit: Decimal, report_unit: Decimal, report_output: Decimal) -> Decimal:
    """GB/T 13234: ΔE = (e_base − e_report) × M_report (same units as the unit consumption × output)."""
    return (base_unit - report_unit) * report_output


ROUNDING_RULE = "GB/T 8170 数值修约（四舍六入五成双），仅用于显示和报告；计算全程用精确十进制 [M: rule as remembered]"


def display_tce(value: Decimal, places: int = 2) -> str:
    """Round for display and reports only (``ROUNDING_RULE``)."""
    return str(value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN))
