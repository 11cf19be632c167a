"""One declarative registry of the engineering calculators, shared by the GUI form, the CLI (``jnzd calc NAME
key=value …``) and the saved results in the case file.

``CALCULATORS`` (id → ``Calculator``, in display order, grouped by ``GROUPS``) describes each calculator's inputs
(label, unit, kind, default, choices, help), formula and basis; ``run(id, inputs)`` parses the inputs from text (or
numbers), calls the pure functions and returns labelled, formatted outputs with the trace. The spec tables and
their adapters live in ``registry_specs``; this module is the public face.

Parsing (``run``):

- a blank field takes its ``Input.default``; blank and neither defaulted nor optional → ValidationError naming the
  input with its unit (``输入功率（kW）``), detail "必填";
- numbers are read exactly (Decimal) from text: full-width digits and the Unicode minus are accepted, and so are
  thousands separators (``12,500``); anything else, NaN, ∞ or an absurd magnitude → ValidationError naming the
  input; ``int`` inputs must be whole numbers; a ``choice`` takes its value or its 简体中文 label (with or
  without the note in brackets: 水冷 selects “水冷（液冷）”);
- an unknown key is a ValidationError (a typo on the command line must not be silently ignored);
- ValidationErrors of the pure functions propagate unchanged: they name the input by its label without the unit
  (``input_for_field`` maps either form, and the function's other names, back to the ``Input``).

``RunResult.inputs`` is the cleaned text of every input (defaults filled in, blank optional inputs as ""), so
``run(id, result.inputs)`` reproduces the outputs: saved results are re-run later to detect staleness.

Numeric inputs without a unit are the dimensionless ones listed in ``DIMENSIONLESS`` (cosφ, ε, K_p, the number of
stages, the q2 coefficients m and n, the carbon oxidation fraction); load rates are typed in %.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from desktop_app.calculations.registry_specs import (
    COMPRESSOR,
    DIMENSIONLESS,
    GROUPS,
    MOTOR,
    PUMP_FAN,
    TRANSFORMER,
    Args,
    Calculator,
    Input,
    Output,
    TransformerReplacement,
    Value,
    transformer_replacement,
)
from desktop_app.calculations.registry_specs_thermal import BOILER, CO2, ECONOMICS, PIPE, POWER_QUALITY, STEAM
from desktop_app.domain.errors import ValidationError

__all__ = [
    "CALCULATORS",
    "DIMENSIONLESS",
    "GROUPS",
    "Calculator",
    "Input",
    "Output",
    "RunResult",
    "TransformerReplacement",
    "calculator",
    "input_for_field",
    "run",
    "transformer_replacement",
]

#: every calculator, in display order (the spec tables are split by subject across two modules)
CALCULATORS: dict[str, Calculator] = {
    c.id: c for c in (*MOTOR, *TRANSFORMER, *COMPRESSOR, *PUMP_FAN, *BOILER, *POWER_QUALITY, *PIPE, *STEAM,
                      *ECONOMICS, *CO2)
}
MAX_MAGNITUDE = Decimal("1e15")
MIN_MAGNITUDE = Decimal("1e-12")
_THOUSANDS = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d*)?")


@dataclass(frozen=True)
class RunResult:
    calculator: str  # the calculator's id
    inputs: dict[str, str]  # every input's cleaned text, defaults filled in; "" for a blank optional input
    outputs: tuple[Output, ...]
    trace: str  # 简体中文, the formulas with the numbers (several lines when a calculator combines functions)


def calculator(calc_id: str) -> Calculator:
    """The calculator ``calc_id``; an unknown id is a ValidationError listing the known ones."""
    try:
        return CALCULATORS[calc_id]
    except (KeyError, TypeError):
        known = "、".join(CALCULATORS)
        raise ValidationError(field="计算器", detail=f"“{calc_id}”未知（可用：{known}）") from None


def run(calc_id: str, inputs: Mapping[str, object]) -> RunResult:
    """Parse ``inputs`` (text as typed, or numbers) for the calculator ``calc_id``, compute, format."""
    calc = calculator(calc_id)
    keys = {i.key for i in calc.inputs}
    for key in inputs:
        if key not in keys:
            known = "、".join(f"{i.key}（{i.label}）" for i in calc.inputs)
            raise ValidationError(field=str(key), detail=f"不是“{calc.title}”的输入（可用：{known}）")
    values: dict[str, Value] = {}
    cleaned: dict[str, str] = {}
    for spec in calc.inputs:
        values[spec.key], cleaned[spec.key] = _parse(spec, inputs.get(spec.key))
    outputs, trace = calc.compute(Args(values))
    return RunResult(calc.id, cleaned, tuple(outputs), trace)


def input_for_field(calc_id: str, field: str) -> Input | None:
    """The input a ValidationError's ``field`` names (label, label with unit, or an alias), else None."""
    for spec in calculator(calc_id).inputs:
        if field in (spec.label, spec.field, *spec.aliases):
            return spec
    return None


# --- parsing -------------------------------------------------------------------------------------------------


def _normalised(text: str) -> str:
    """Full-width forms to ASCII (NFKC), the Unicode minus to "-", no surrounding or inner blanks."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text).replace("−", "-"))


def _blank(raw: object) -> bool:
    return raw is None or (isinstance(raw, str) and not _normalised(raw))


def _parse(spec: Input, raw: object) -> tuple[Value, str]:
    if _blank(raw):
        if spec.default:
            raw = spec.default
        elif spec.optional:
            return None, ""
        else:
            raise ValidationError(field=spec.field, detail="必填")
    if spec.kind == "choice":
        value = _choice(spec, raw)
        return value, value
    number = _decimal(spec, raw)
    if spec.kind == "int":
        if number != number.to_integral_value():
            raise ValidationError(field=spec.field, detail=f"“{raw}”不是整数")
        whole = int(number)
        return whole, str(whole)
    return number, format(number, "f")


def _decimal(spec: Input, raw: object) -> Decimal:
    if isinstance(raw, bool):
        raise ValidationError(field=spec.field, detail=f"“{raw}”不是数字")
    if isinstance(raw, float):
        if not math.isfinite(raw):
            raise ValidationError(field=spec.field, detail="不是有限的数字")
        number = Decimal(repr(raw))
    elif isinstance(raw, int | Decimal):
        number = Decimal(raw)
    elif isinstance(raw, str):
        text = _normalised(raw)
        if _THOUSANDS.fullmatch(text):
            text = text.replace(",", "")
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise ValidationError(field=spec.field, detail=f"“{raw}”不是数字") from None
    else:
        raise ValidationError(field=spec.field, detail=f"“{raw}”不是数字")
    if not number.is_finite():
        raise ValidationError(field=spec.field, detail="不是有限的数字")
    if abs(number) > MAX_MAGNITUDE or (number != 0 and abs(number) < MIN_MAGNITUDE):
        raise ValidationError(field=spec.field, detail=f"{raw} 数量级不合理")
    return abs(number) if number.is_zero() else number  # "-0" → "0"


def _choice(spec: Input, raw: object) -> str:
    """The value of the option whose value, label or label before its note（…）is ``raw``: 水冷 → liquid."""
    text = _normalised(str(raw)).casefold()
    for value, label in spec.choices:
        name = _normalised(label).casefold()
        if text in (value.casefold(), name, name.split("(")[0]):
            return value
    options = "、".join(f"{value}（{label}）" for value, label in spec.choices)
    raise ValidationError(field=spec.field, detail=f"“{raw}”不是可选项（可选：{options}）")
