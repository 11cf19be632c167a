"""Field calculators of a diagnosis (REFERENCE.md §2.6–§2.12): shared input checks and the one-number result.

The calculators themselves live in ``calculators_electrical`` (motors, transformers, power factor) and
``calculators_fluid`` (air compressors, pumps, fans, affinity laws). They are pure functions on floats (physics,
not money) that return small frozen dataclasses with the value(s), the unit(s) and a 简体中文 trace giving the
formula with the numbers; an input that is physically impossible is a ValidationError naming that input.

Conventions: efficiencies and percentages are entered as percent (88.5 for 88.5 %); load rates β and speed
ratios as fractions (0.75 for 75 %); power in kW, energy in kWh, flow in the unit named by the parameter.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal

from desktop_app.domain.errors import ValidationError

MAX_LOAD_RATE = 1.5  # β above 150 % is treated as an input error, not an overload
HOURS_PER_YEAR_MAX = 8784.0  # leap year
G_STANDARD = 9.80665  # m/s², standard gravity
ELECTRICITY_KGCE_PER_KWH = 0.1229  # GB/T 2589 电力当量值


@dataclass(frozen=True)
class Quantity:
    """A single computed value with its unit and the 简体中文 trace of how it was computed."""

    value: float
    unit: str
    trace: str


def fmt(value: float, decimals: int = 4) -> str:
    """A number for a trace: ``decimals`` decimals (more below 0.1, to keep 4 significant digits), no trailing zeros.

    12.71186 → "12.7119", 6.0 → "6", 0.0028317 → "0.002832".
    """
    if 0 < abs(value) < 0.1 and math.isfinite(value):
        decimals = max(decimals, 3 - math.floor(math.log10(abs(value))))
    text = f"{value:.{decimals}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


SIGNIFICANT_RULE = "GB/T 8170（四舍六入五成双）"
MAX_DIGITS = 15  # a float carries 15–17 significant digits


def round_significant(value: float, digits: int) -> str:
    """``value`` rounded to ``digits`` significant digits by GB/T 8170 (四舍六入五成双, as ``energy.display_tce``),
    written without an exponent: (2.675, 3) → "2.68", (2.665, 3) → "2.66", (1234567, 3) → "1230000".

    The rule is applied to the shortest decimal that reads back as the float (``repr``), i.e. to the number as a
    person would write it, not to its binary expansion (2.675 is 2.67499999… in binary). Trailing zeros that are
    significant are kept: (0.5, 3) → "0.500".
    """
    if not 1 <= digits <= MAX_DIGITS:
        raise ValidationError(field="有效数字位数", detail=f"{digits} 不合理（应为 1–{MAX_DIGITS}）")
    if not math.isfinite(value):
        return str(value)
    exact = Decimal(repr(float(value)))
    if exact.is_zero():
        return "0" if digits == 1 else "0." + "0" * (digits - 1)
    exponent = exact.adjusted() - digits + 1  # the place of the last kept digit
    rounded = exact.quantize(Decimal(1).scaleb(exponent), rounding=ROUND_HALF_EVEN)
    if rounded.adjusted() > exact.adjusted():  # 9.995 → 10.00 at 4 digits: one digit too many
        rounded = rounded.quantize(Decimal(1).scaleb(exponent + 1), rounding=ROUND_HALF_EVEN)
    return format(rounded, "f")


def number(value: float, field: str) -> float:
    """``value`` (int, float or Decimal) as a finite float; bool, None, text, NaN and ∞ are ValidationErrors."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise ValidationError(field=field, detail=f"“{value}”不是数字")
    result = float(value)
    if not math.isfinite(result):
        raise ValidationError(field=field, detail="不是有限的数字")
    return result


def positive(value: float, field: str) -> float:
    result = number(value, field)
    if result <= 0:
        raise ValidationError(field=field, detail=f"{fmt(result)} 必须大于 0")
    return result


def non_negative(value: float, field: str) -> float:
    result = number(value, field)
    if result < 0:
        raise ValidationError(field=field, detail=f"{fmt(result)} 不能为负")
    return result


def efficiency_pct(value: float, field: str) -> float:
    """An efficiency in percent: 0 < η ≤ 100. η ≤ 1 is refused as a fraction entered by mistake."""
    result = number(value, field)
    if result <= 0 or result > 100:
        raise ValidationError(field=field, detail=f"{fmt(result)} % 不合理（效率应在 0–100 % 之间）")
    if result <= 1:
        raise ValidationError(field=field, detail=f"{fmt(result)} % 过低，疑似以小数输入（请以百分数输入，如 88.5）")
    return result


def percent(value: float, field: str, *, upper: float = 100.0) -> float:
    """A percentage 0 ≤ x ≤ ``upper`` (for example I0 %, Uk %)."""
    result = number(value, field)
    if result < 0 or result > upper:
        raise ValidationError(field=field, detail=f"{fmt(result)} % 不合理（应在 0–{fmt(upper)} % 之间）")
    return result


def power_factor(value: float, field: str) -> float:
    """cosφ in (0, 1]."""
    result = number(value, field)
    if result <= 0 or result > 1:
        raise ValidationError(field=field, detail=f"{fmt(result)} 不合理（功率因数应在 0–1 之间，且大于 0）")
    return result


def load_rate(value: float, field: str) -> float:
    """A load rate β as a fraction, 0 ≤ β ≤ 1.5; 75 entered for 75 % is caught by the upper bound."""
    result = number(value, field)
    if result < 0:
        raise ValidationError(field=field, detail=f"{fmt(result)} 不能为负")
    if result > MAX_LOAD_RATE:
        raise ValidationError(field=field, detail=f"{fmt(result)} 超过 150 %（负载率以小数输入，0.75 表示 75 %）")
    return result


def check_computed_load_rate(beta: float, field: str, inputs: str) -> None:
    """A β computed from measurements above 150 % means an input is wrong: blame ``field``, list ``inputs``."""
    if beta > MAX_LOAD_RATE:
        raise ValidationError(field=field, detail=f"算得负载率 {fmt(beta * 100, 1)} % 超过 150 %，请核对{inputs}")


def hours_per_year(value: float, field: str) -> float:
    result = non_negative(value, field)
    if result > HOURS_PER_YEAR_MAX:
        raise ValidationError(field=field, detail=f"{fmt(result)} h 超过一年的小时数 {fmt(HOURS_PER_YEAR_MAX)} h")
    return result


def grid_factor(value: float, field: str = "电网排放因子") -> float:
    """kgCO2/kWh (= tCO2/MWh), 0–1.5 as in ``co2.electricity``: 581 entered as g/kWh is refused."""
    result = number(value, field)
    if not 0 <= result <= 1.5:
        raise ValidationError(field=field, detail=f"{fmt(result)} kgCO2/kWh 不合理（应在 0–1.5）")
    return result
