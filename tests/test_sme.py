"""Industrial SME classification per 工信部联企业〔2011〕300号."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.sme import SME_BASIS, SmeClass, classify_sme

L, M, S, X = SmeClass.LARGE, SmeClass.MEDIUM, SmeClass.SMALL, SmeClass.MICRO


@pytest.mark.parametrize(
    ("employees", "revenue", "expected"),
    [
        # employees boundaries 19/20, 299/300, 999/1000 with ample revenue
        (19, 100000, X),
        (20, 100000, S),
        (299, 100000, S),
        (300, 100000, M),
        (999, 100000, M),
        (1000, 100000, L),
        # revenue boundaries 299.99/300, 1999/2000, 39999/40000 with ample employees
        (5000, Decimal("299.99"), X),
        (5000, Decimal("300"), S),
        (5000, 1999, S),
        (5000, 2000, M),
        (5000, 39999, M),
        (5000, 40000, L),
        (5000, 39999.99, M),
        (5000, 40000.0, L),
        # both at the lower edge of a class
        (20, 300, S),
        (300, 2000, M),
        (1000, 40000, L),
        # just below on one side
        (19, 300, X),
        (20, Decimal("299.99"), X),
        (299, 2000, S),
        (300, 1999, S),
        (999, 40000, M),
        (1000, 39999, M),
        (0, 0, X),
    ],
)
def test_boundaries(employees: int, revenue: Decimal | int | float, expected: SmeClass) -> None:
    result = classify_sme(employees, revenue)
    assert result.sme_class is expected
    assert result.basis == SME_BASIS == "工信部联企业〔2011〕300号（工业）"
    assert result.is_sme is (expected is not SmeClass.LARGE)
    assert result.reason.startswith(f"从业人员{employees}人、营业收入")
    assert result.reason.endswith(f"为{expected.label_zh}企业")


def test_reason_sentences() -> None:
    assert classify_sme(1200, 50000).reason == (
        "从业人员1200人、营业收入50000万元：从业人员≥1000人且营业收入≥40000万元，为大型企业"
    )
    assert classify_sme(350, Decimal("2000.00")).reason == (
        "从业人员350人、营业收入2000万元：从业人员≥300人且营业收入≥2000万元，未达到大型企业标准，为中型企业"
    )
    assert classify_sme(19, 100).reason == (
        "从业人员19人、营业收入100万元：从业人员<20人且营业收入<300万元，未达到小型企业标准，为微型企业"
    )
    assert classify_sme(50, Decimal("299.99")).reason.endswith("：营业收入<300万元，未达到小型企业标准，为微型企业")
    assert classify_sme(5, 5000).reason.endswith("：从业人员<20人，未达到小型企业标准，为微型企业")


def test_labels_and_values() -> None:
    assert [c.label_zh for c in SmeClass] == ["大型", "中型", "小型", "微型"]
    assert [c.value for c in SmeClass] == ["large", "medium", "small", "micro"]
    assert SmeClass("medium") is SmeClass.MEDIUM
    assert not SmeClass.LARGE.is_sme
    assert SmeClass.MICRO.is_sme


@pytest.mark.parametrize(
    ("employees", "revenue", "missing"),
    [
        (None, 1000, "从业人员"),
        (100, None, "营业收入"),
        (None, None, "从业人员和营业收入"),
    ],
)
def test_missing_inputs(employees: int | None, revenue: int | None, missing: str) -> None:
    result = classify_sme(employees, revenue)
    assert result.sme_class is None
    assert result.is_sme is None
    assert result.reason == f"缺少{missing}，无法按工信部联企业〔2011〕300号（工业）划型"


def test_negative_employees() -> None:
    with pytest.raises(ValidationError) as info:
        classify_sme(-1, 100)
    assert info.value.params == {"field": "从业人员", "detail": "不能为负数，实际为-1人"}


@pytest.mark.parametrize("revenue", [-1, Decimal("-0.01"), -5.5])
def test_negative_revenue(revenue: Decimal | int | float) -> None:
    with pytest.raises(ValidationError) as info:
        classify_sme(10, revenue)
    assert info.value.params["field"] == "营业收入"
    assert str(info.value.params["detail"]).startswith("不能为负数")


@pytest.mark.parametrize("revenue", [float("nan"), float("inf"), Decimal("NaN")])
def test_non_finite_revenue(revenue: Decimal | float) -> None:
    with pytest.raises(ValidationError):
        classify_sme(10, revenue)


def test_negative_zero_is_zero() -> None:
    assert classify_sme(0, Decimal("-0")).reason.startswith("从业人员0人、营业收入0万元")


def test_result_is_frozen() -> None:
    result = classify_sme(10, 10)
    with pytest.raises(AttributeError):
        result.sme_class = SmeClass.LARGE  # type: ignore[misc]
