"""CO2 emissions: fuel combustion (AD × NCV × CC × OF × 44/12) and purchased electricity and heat."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from desktop_app.domain.errors import ValidationError

C_TO_CO2 = Decimal(44) / Decimal(12)


@dataclass(frozen=True)
class Emission:
    source: str
    tco2: Decimal
    trace: str  # 简体中文: formula with the numbers used


def fuel(name: str, activity: Decimal, ncv: Decimal, cc: Decimal, oxidation: Decimal, *,
         activity_unit: str, ncv_unit: str) -> Emission:
    """CO2 (t) = AD × NCV × CC × OF × 44/12. AD in t (or 10⁴ Nm³), NCV in GJ per that unit, CC in tC/GJ."""
    for label, value in (("活动水平", activity), ("低位发热量", ncv), ("单位热值含碳量", cc), ("碳氧化率", oxidation)):
        if value < 0:
            raise ValidationError(field=f"{name} {label}", detail="不能为负")
    if oxidation > 1:
        raise ValidationError(field=f"{name} 碳氧化率", detail=f"{oxidation} 大于 1（应为 0–1 的小数）")
    t = activity * ncv * cc * oxidation * C_TO_CO2
    trace = (f"{name}：{activity} {activity_unit} × {ncv} {ncv_unit} × {cc} tC/GJ × {oxidation} × 44/12")
    return Emission(name, t, trace)


def electricity(mwh: Decimal, factor_kg_per_kwh: Decimal, factor_basis: str) -> Emission:
    """Purchased electricity: MWh × EF (kgCO2/kWh = tCO2/MWh)."""
    if mwh < 0:
        raise ValidationError(field="外购电力", detail="不能为负")
    if not (Decimal(0) <= factor_kg_per_kwh <= Decimal("1.5")):
        raise ValidationError(field="电网排放因子", detail=f"{factor_kg_per_kwh} kgCO2/kWh 不合理（应在 0–1.5）")
    return Emission("外购电力", mwh * factor_kg_per_kwh,
                    f"外购电力：{mwh} MWh × {factor_kg_per_kwh} tCO2/MWh（{factor_basis}）")


def heat(gj: Decimal, factor_t_per_gj: Decimal, factor_basis: str) -> Emission:
    if gj < 0:
        raise ValidationError(field="外购热力", detail="不能为负")
    trace = f"外购热力：{gj} GJ × {factor_t_per_gj} tCO2/GJ（{factor_basis}）"
    return Emission("外购热力", gj * factor_t_per_gj, trace)


def total(emissions: list[Emission]) -> Decimal:
    return sum((e.tco2 for e in emissions), Decimal(0))
