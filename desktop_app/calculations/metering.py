"""GB 17167 metering-instrument 配备率: installed / required × 100 %, compliant when ≥ the required rate."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from desktop_app.domain.errors import ValidationError


@dataclass(frozen=True)
class RateResult:
    energy: str
    level: str
    installed: int
    required: int
    rate_pct: Decimal | None  # None when nothing is required
    required_pct: Decimal | None  # None when the standard sets no rate for this level
    compliant: bool | None  # None: not applicable / not judged

    @property
    def verdict_zh(self) -> str:
        if self.compliant is None:
            return "不适用"
        return "符合" if self.compliant else "不符合"


def rate(energy: str, level: str, installed: int, required: int, required_pct: Decimal | None) -> RateResult:
    if installed < 0 or required < 0:
        raise ValidationError(field=f"{energy} {level} 计量器具数量", detail="不能为负")
    if installed > required and required > 0:
        raise ValidationError(field=f"{energy} {level} 计量器具数量",
                              detail=f"已配备 {installed} 台多于应配备 {required} 台，请核对应配备数")
    if required == 0:
        return RateResult(energy, level, installed, required, None, required_pct, None)
    pct = Decimal(installed) * 100 / Decimal(required)
    compliant = None if required_pct is None else pct >= required_pct
    return RateResult(energy, level, installed, required, pct, required_pct, compliant)
