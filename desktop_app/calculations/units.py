"""Physical units of energy quantities, converted exactly (Decimal) to the base unit a coefficient is per."""

from __future__ import annotations

from decimal import Decimal

from desktop_app.domain.errors import ValidationError

# unit → (base unit, factor): quantity_in_base = quantity × factor
UNITS: dict[str, tuple[str, Decimal]] = {
    "kg": ("kg", Decimal(1)),
    "t": ("kg", Decimal(1000)),
    "万t": ("kg", Decimal(10_000_000)),
    "m3": ("m3", Decimal(1)),
    "m³": ("m3", Decimal(1)),
    "万m3": ("m3", Decimal(10_000)),
    "万m³": ("m3", Decimal(10_000)),
    "kWh": ("kWh", Decimal(1)),
    "MWh": ("kWh", Decimal(1000)),
    "万kWh": ("kWh", Decimal(10_000)),
    "MJ": ("MJ", Decimal(1)),
    "GJ": ("MJ", Decimal(1000)),
}


def to_base(quantity: Decimal, unit: str, base: str, *, what: str = "数量") -> Decimal:
    """``quantity`` in ``unit`` expressed in ``base``; a unit of the wrong kind is a ValidationError."""
    try:
        unit_base, factor = UNITS[unit]
    except KeyError:
        raise ValidationError(field=what, detail=f"未知单位“{unit}”（可用：{'、'.join(UNITS)}）") from None
    if unit_base == base:
        return quantity * factor
    if base in UNITS and UNITS[base][0] == unit_base:  # a coefficient per a non-base unit (新水: per t)
        return quantity * factor / UNITS[base][1]
    raise ValidationError(field=what, detail=f"单位“{unit}”不能换算为“{base}”")


def decimal(value: object, *, what: str) -> Decimal:
    """A finite Decimal from user input (str, int, Decimal); floats go through repr to avoid binary noise."""
    if isinstance(value, bool) or value is None:
        raise ValidationError(field=what, detail="不是数字")
    try:
        d = Decimal(repr(value)) if isinstance(value, float) else Decimal(str(value).strip().replace(",", ""))
    except ArithmeticError:
        raise ValidationError(field=what, detail=f"“{value}”不是数字") from None
    if not d.is_finite():
        raise ValidationError(field=what, detail="不是有限的数字")
    return d


def decimal_or_none(value: object) -> Decimal | None:
    """A stored number as Decimal; None for empty, non-numeric, infinite or NaN values."""
    if value in (None, ""):
        return None
    try:
        d = Decimal(str(value))
    except ArithmeticError:
        return None
    return d if d.is_finite() else None
