"""Enterprise size classification for industry (工业) per 工信部联企业〔2011〕300号.

Rules (工业; employees = 从业人员, revenue = 营业收入 in 万元):

* 中小微型: employees < 1000 **or** revenue < 40000; otherwise 大型;
* 中型: employees ≥ 300 **and** revenue ≥ 2000;
* 小型: employees ≥ 20 **and** revenue ≥ 300;
* 微型: the rest (employees < 20 or revenue < 300).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from desktop_app.domain.errors import ValidationError

__all__ = ["SME_BASIS", "SmeClass", "SmeResult", "classify_sme"]

SME_BASIS = "工信部联企业〔2011〕300号（工业）"

FIELD_EMPLOYEES = "从业人员"
FIELD_REVENUE = "营业收入"

LARGE_EMPLOYEES = 1000
LARGE_REVENUE = Decimal(40000)
MEDIUM_EMPLOYEES = 300
MEDIUM_REVENUE = Decimal(2000)
SMALL_EMPLOYEES = 20
SMALL_REVENUE = Decimal(300)


class SmeClass(StrEnum):
    LARGE = "large"
    MEDIUM = "medium"
    SMALL = "small"
    MICRO = "micro"

    @property
    def label_zh(self) -> str:
        return _LABELS_ZH[self]

    @property
    def is_sme(self) -> bool:
        """中小微型企业 (everything but 大型)."""
        return self is not SmeClass.LARGE


_LABELS_ZH = {
    SmeClass.LARGE: "大型",
    SmeClass.MEDIUM: "中型",
    SmeClass.SMALL: "小型",
    SmeClass.MICRO: "微型",
}


@dataclass(frozen=True)
class SmeResult:
    sme_class: SmeClass | None
    reason: str
    basis: str = SME_BASIS

    @property
    def is_sme(self) -> bool | None:
        """True/False, or None when the class could not be determined."""
        return None if self.sme_class is None else self.sme_class.is_sme


def _fmt(value: Decimal) -> str:
    """300.00 → "300", 4E+4 → "40000"."""
    return format(value.normalize(), "f")


def _check_employees(employees: int | None) -> int | None:
    if employees is None:
        return None
    if isinstance(employees, bool) or not isinstance(employees, int):
        raise ValidationError(field=FIELD_EMPLOYEES, detail=f"应为整数人数，实际为“{employees!r}”")
    if employees < 0:
        raise ValidationError(field=FIELD_EMPLOYEES, detail=f"不能为负数，实际为{employees}人")
    return employees


def _check_revenue(revenue: Decimal | int | float | None) -> Decimal | None:
    if revenue is None:
        return None
    if isinstance(revenue, bool):
        raise ValidationError(field=FIELD_REVENUE, detail="应为以万元计的数值")
    if isinstance(revenue, float):
        if not math.isfinite(revenue):
            raise ValidationError(field=FIELD_REVENUE, detail=f"应为有限数值，实际为“{revenue}”")
        value = Decimal(repr(revenue))
    else:
        try:
            value = Decimal(revenue)
        except (InvalidOperation, TypeError, ValueError):
            raise ValidationError(field=FIELD_REVENUE, detail=f"应为以万元计的数值，实际为“{revenue!r}”") from None
    if not value.is_finite():
        raise ValidationError(field=FIELD_REVENUE, detail=f"应为有限数值，实际为“{value}”")
    if value < 0:
        raise ValidationError(field=FIELD_REVENUE, detail=f"不能为负数，实际为{_fmt(value)}万元")
    return value + 0  # + 0 turns -0 into 0


def classify_stored(employees: object, revenue_wan: object) -> tuple[SmeResult, ValidationError | None]:
    """``classify_sme`` for the values a case file holds, which may be what no setter accepts (a file changed
    outside the app: -5 persons): then no class, the reason, and the error, for ``check`` to report as a finding
    instead of refusing to read the case."""
    try:
        return classify_sme(employees if isinstance(employees, int) else None,
                            revenue_wan if isinstance(revenue_wan, int | float) else None), None
    except ValidationError as exc:
        return SmeResult(None, exc.message()), exc


def classify_sme(employees: int | None, revenue_wan: Decimal | int | float | None) -> SmeResult:
    """Classify an industrial enterprise by 从业人员 (persons) and 营业收入 (万元).

    Missing input gives ``sme_class=None`` and a reason naming what is missing; negative input raises
    ``ValidationError``.
    """
    emp = _check_employees(employees)
    rev = _check_revenue(revenue_wan)
    missing = [name for name, value in ((FIELD_EMPLOYEES, emp), (FIELD_REVENUE, rev)) if value is None]
    if missing:
        return SmeResult(None, f"缺少{'和'.join(missing)}，无法按{SME_BASIS}划型")
    assert emp is not None and rev is not None
    given = f"从业人员{emp}人、营业收入{_fmt(rev)}万元"
    if emp >= LARGE_EMPLOYEES and rev >= LARGE_REVENUE:
        return SmeResult(
            SmeClass.LARGE,
            f"{given}：从业人员≥{LARGE_EMPLOYEES}人且营业收入≥{_fmt(LARGE_REVENUE)}万元，为大型企业",
        )
    if emp >= MEDIUM_EMPLOYEES and rev >= MEDIUM_REVENUE:
        return SmeResult(
            SmeClass.MEDIUM,
            f"{given}：从业人员≥{MEDIUM_EMPLOYEES}人且营业收入≥{_fmt(MEDIUM_REVENUE)}万元，"
            "未达到大型企业标准，为中型企业",
        )
    if emp >= SMALL_EMPLOYEES and rev >= SMALL_REVENUE:
        return SmeResult(
            SmeClass.SMALL,
            f"{given}：从业人员≥{SMALL_EMPLOYEES}人且营业收入≥{_fmt(SMALL_REVENUE)}万元，"
            "未达到中型企业标准，为小型企业",
        )
    if emp < SMALL_EMPLOYEES and rev < SMALL_REVENUE:
        why = f"从业人员<{SMALL_EMPLOYEES}人且营业收入<{_fmt(SMALL_REVENUE)}万元"
    elif emp < SMALL_EMPLOYEES:
        why = f"从业人员<{SMALL_EMPLOYEES}人"
    else:
        why = f"营业收入<{_fmt(SMALL_REVENUE)}万元"
    return SmeResult(SmeClass.MICRO, f"{given}：{why}，未达到小型企业标准，为微型企业")
