"""Economics of a measure: simple payback, NPV, IRR (REFERENCE.md §2.13)."""

from __future__ import annotations

from decimal import Decimal, localcontext

from desktop_app.domain.errors import ValidationError


def payback_years(investment: Decimal, annual_saving: Decimal) -> Decimal | None:
    """T = I / S; None when the measure saves nothing (never pays back)."""
    if investment < 0:
        raise ValidationError(field="投资", detail="不能为负")
    if annual_saving <= 0:
        return None
    return investment / annual_saving


def npv(investment: Decimal, annual_saving: Decimal, rate: Decimal, years: int) -> Decimal:
    """Σ_{t=1..n} S/(1+r)^t − I."""
    if years <= 0:
        raise ValidationError(field="计算年限", detail="必须大于 0")
    if rate <= -1:
        raise ValidationError(field="折现率", detail="必须大于 −100 %")
    with localcontext() as ctx:
        ctx.prec = 34
        return sum((annual_saving / (1 + rate) ** t for t in range(1, years + 1)), Decimal(0)) - investment


def irr(investment: Decimal, annual_saving: Decimal, years: int) -> Decimal | None:
    """The rate where NPV = 0, by bisection (monotone for one outlay then equal savings); None if none > −99 %."""
    if investment <= 0 or annual_saving <= 0:
        return None
    low, high = Decimal("-0.99"), Decimal(100)
    if npv(investment, annual_saving, high, years) > 0:
        return None
    for _ in range(200):
        mid = (low + high) / 2
        if npv(investment, annual_saving, mid, years) > 0:
            low = mid
        else:
            high = mid
        if high - low < Decimal("1e-12"):
            break
    return (low + high) / 2
