"""统一社会信用代码 (GB 32100-2015) validation."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.uscc import (
    USCC_CHARSET,
    is_valid_uscc,
    normalize_uscc,
    uscc_check_char,
    uscc_region_code,
    validate_uscc,
)

symbols = st.sampled_from(USCC_CHARSET)
digits = st.sampled_from("0123456789")


@st.composite
def valid_codes(draw: st.DrawFn) -> str:
    head = draw(st.text(symbols, min_size=2, max_size=2))
    region = draw(st.text(digits, min_size=6, max_size=6))
    body = draw(st.text(symbols, min_size=9, max_size=9))
    first17 = head + region + body
    return first17 + uscc_check_char(first17)


def _detail(text: str) -> str:
    with pytest.raises(ValidationError) as info:
        validate_uscc(text)
    assert info.value.params["field"] == "统一社会信用代码"
    detail = info.value.params["detail"]
    assert isinstance(detail, str)
    return detail


# --- hand-computed examples ------------------------------------------------------------------------------


def test_hand_computed_example_1() -> None:
    # 9×1 + 1×3 + 3×9 + 5×27 + 0×19 + 1×26 + 0×16 + 0×17 + M(21)×20 + 0×29 + 0×25 + 0×13 + 1×8 + 0×24
    #   + 0×10 + Y(30)×30 + 4×28 = 1640; 1640 mod 31 = 28; 31 − 28 = 3 → "3"
    assert uscc_check_char("91350100M000100Y4") == "3"
    assert validate_uscc("91350100M000100Y43") == "91350100M000100Y43"
    assert uscc_region_code("91350100M000100Y43") == "350100"


def test_hand_computed_example_2() -> None:
    # 9×1 + 1×3 + 6×9 + ... : 538 mod 31 = 11; 31 − 11 = 20 → "L"
    assert uscc_check_char("91110000600037341") == "L"
    assert is_valid_uscc("91110000600037341L")


def test_hand_computed_example_check_value_31_becomes_0() -> None:
    # 9×1 + 1×3 + 4×9 + 1×27 + 0×19 + 1×26 + 0×16 + 0×17 + M(21)×20 + A(10)×29 + 3×25 + X(29)×13 + 7×8
    #   + Q(24)×24 + 0×10 + A(10)×30 + X(29)×28 = 3007 = 97×31; mod 31 = 0; 31 − 0 = 31 → 0 → "0"
    assert uscc_check_char("91410100MA3X7Q0AX") == "0"
    assert validate_uscc("91410100MA3X7Q0AX0") == "91410100MA3X7Q0AX0"
    assert uscc_region_code("91410100MA3X7Q0AX0") == "410100"


# --- properties ------------------------------------------------------------------------------------------


@given(valid_codes())
def test_computed_check_char_validates(code: str) -> None:
    assert validate_uscc(code) == code
    assert is_valid_uscc(code)
    assert uscc_region_code(code) == code[2:8]


@given(valid_codes(), st.integers(0, 17), st.integers(1, 30))
def test_any_single_substitution_is_invalid(code: str, pos: int, shift: int) -> None:
    old = USCC_CHARSET.index(code[pos])
    new = USCC_CHARSET[(old + shift) % 31]
    mutated = code[:pos] + new + code[pos + 1 :]
    assert mutated != code
    assert not is_valid_uscc(mutated)


@given(valid_codes())
def test_lowercase_and_full_width_normalize(code: str) -> None:
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in code.lower())
    spaced = f"\u3000 {code[:6]} {code[6:].lower()}\t\n"
    assert normalize_uscc(full_width) == code
    assert validate_uscc(full_width) == code
    assert validate_uscc(spaced) == code


def test_normalize_examples() -> None:
    assert normalize_uscc("  ９１３５０１００ｍ０００１００ｙ４３\u3000") == "91350100M000100Y43"
    assert normalize_uscc("9135 0100 m000 100y 43") == "91350100M000100Y43"


# --- error details ---------------------------------------------------------------------------------------


def test_empty() -> None:
    assert _detail(" \u3000 ") == "不能为空，应为18位代码"


@pytest.mark.parametrize(("text", "count"), [("91350100M000100Y4", 17), ("91350100M000100Y433", 19), ("9", 1)])
def test_wrong_length_says_how_many(text: str, count: int) -> None:
    assert _detail(text) == f"应为18位，实际输入了{count}位"


@pytest.mark.parametrize(
    ("text", "pos", "ch"),
    [
        ("91350100M000100I43", 16, "I"),
        ("O1350100M000100Y43", 1, "O"),
        ("9135010ZM000100Y43", 8, "Z"),
        ("91350100S000100Y43", 9, "S"),
        ("91350100M000100YV3", 17, "V"),
        ("91350100M000100Y4-", 18, "-"),
    ],
)
def test_illegal_character_names_it_and_position(text: str, pos: int, ch: str) -> None:
    assert _detail(text) == f"第{pos}位“{ch}”不是合法字符（只能使用数字0–9和除I、O、Z、S、V以外的大写英文字母）"


def test_region_must_be_digits() -> None:
    assert _detail("9135A100M000100Y43") == "第3–8位是登记管理机关行政区划码，应为6位数字，实际为“35A100”"


def test_wrong_check_character_says_expected_and_given() -> None:
    assert _detail("91350100M000100Y44") == "校验码错误：第18位应为“3”，实际为“4”"
    assert _detail("91110000600037341K") == "校验码错误：第18位应为“L”，实际为“K”"


def test_message_renders_field_and_detail() -> None:
    with pytest.raises(ValidationError) as info:
        validate_uscc("123")
    assert info.value.message("zh") == "“统一社会信用代码”的值无效：应为18位，实际输入了3位"


def test_check_char_rejects_bad_input() -> None:
    with pytest.raises(ValidationError):
        uscc_check_char("9135")
    with pytest.raises(ValidationError):
        uscc_check_char("91350100M000100I4")


def test_region_code_of_invalid_code_raises() -> None:
    with pytest.raises(ValidationError):
        uscc_region_code("91350100M000100Y44")
