"""统一社会信用代码 (Unified Social Credit Code) per GB 32100-2015.

Structure of the 18 characters:

* position 1: 登记管理部门代码; position 2: 机构类别代码;
* positions 3–8: 登记管理机关行政区划码 (6 digits, GB/T 2260);
* positions 9–17: 主体标识码 (组织机构代码);
* position 18: check character.

Charset: the 31 symbols ``0123456789ABCDEFGHJKLMNPQRTUWXY`` (values 0..30; I, O, Z, S, V are not used).
Check value = 31 − (Σ value × weight mod 31), with 31 → 0; the check character is the symbol of that value.
"""

from __future__ import annotations

import re

from desktop_app.domain.errors import ValidationError

__all__ = [
    "USCC_CHARSET",
    "USCC_LENGTH",
    "USCC_WEIGHTS",
    "is_valid_uscc",
    "normalize_uscc",
    "uscc_check_char",
    "uscc_region_code",
    "validate_uscc",
]

FIELD = "统一社会信用代码"
USCC_LENGTH = 18
USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS: tuple[int, ...] = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_VALUE = {ch: i for i, ch in enumerate(USCC_CHARSET)}
_REGION = slice(2, 8)
_WHITESPACE = re.compile(r"\s+")  # str patterns match Unicode whitespace, incl. U+3000 全角空格
_CHARSET_HINT = "只能使用数字0–9和除I、O、Z、S、V以外的大写英文字母"


def _to_half_width(text: str) -> str:
    """Full-width ASCII (U+FF01..U+FF5E) → half-width; U+3000 → space."""
    out: list[str] = []
    for ch in text:
        cp = ord(ch)
        if 0xFF01 <= cp <= 0xFF5E:
            out.append(chr(cp - 0xFEE0))
        elif cp == 0x3000:
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def normalize_uscc(text: str) -> str:
    """Remove all whitespace (incl. full-width spaces), convert full-width ASCII to half-width, uppercase."""
    return _WHITESPACE.sub("", _to_half_width(text)).upper()


def uscc_check_char(first17: str) -> str:
    """The 18th (check) character for the first 17 characters (already normalized, charset symbols only)."""
    if len(first17) != USCC_LENGTH - 1:
        raise ValidationError(field=FIELD, detail=f"计算校验码需要前17位，实际给出了{len(first17)}位")
    total = 0
    for pos, (ch, weight) in enumerate(zip(first17, USCC_WEIGHTS, strict=True), start=1):
        value = _VALUE.get(ch)
        if value is None:
            raise ValidationError(field=FIELD, detail=_illegal_char_detail(ch, pos))
        total += value * weight
    return USCC_CHARSET[(31 - total % 31) % 31]


def _illegal_char_detail(ch: str, pos: int) -> str:
    return f"第{pos}位“{ch}”不是合法字符（{_CHARSET_HINT}）"


def validate_uscc(text: str) -> str:
    """Return the normalized code, or raise ``ValidationError`` with a precise Chinese ``detail``."""
    code = normalize_uscc(text)
    if not code:
        raise ValidationError(field=FIELD, detail="不能为空，应为18位代码")
    if len(code) != USCC_LENGTH:
        raise ValidationError(field=FIELD, detail=f"应为18位，实际输入了{len(code)}位")
    for pos, ch in enumerate(code, start=1):
        if ch not in _VALUE:
            raise ValidationError(field=FIELD, detail=_illegal_char_detail(ch, pos))
    region = code[_REGION]
    if not (region.isascii() and region.isdigit()):
        raise ValidationError(
            field=FIELD,
            detail=f"第3–8位是登记管理机关行政区划码，应为6位数字，实际为“{region}”",
        )
    expected = uscc_check_char(code[:17])
    if code[17] != expected:
        raise ValidationError(field=FIELD, detail=f"校验码错误：第18位应为“{expected}”，实际为“{code[17]}”")
    return code


def is_valid_uscc(text: str) -> bool:
    try:
        validate_uscc(text)
    except ValidationError:
        return False
    return True


def uscc_region_code(code: str) -> str:
    """The 6-digit administrative region code (positions 3–8) of a valid code."""
    return validate_uscc(code)[_REGION]
