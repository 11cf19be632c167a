"""Reading the shipped limit-standard files in the table-driven tests (tests/test_limits_group*.py): each file loaded
directly and validated, its rows by select choice, and inputs that make an ``energy / output`` value exact."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

from desktop_app.reference.limits import check, limits_dir

OUTPUT = Decimal(1000)  # the denominator of every "energy / output" case


def load(name: str) -> dict[str, Any]:
    """One file of resources/reference/limits, validated (not through ``limits.families()``)."""
    return check(json.loads((limits_dir() / name).read_text(encoding="utf-8")), name)


def rows_of(ind: dict[str, Any]) -> list[tuple[str | None, dict[str, str]]]:
    """(select choice or None, limits by grade) for every row of an indicator."""
    spec = ind["limits"]
    return list(spec["rows"].items()) if "select" in spec else [(None, spec["rows"])]


def choice_rows(std: dict[str, Any], ind: dict[str, Any]) -> list[tuple[str | None, dict[str, str]]]:
    """``rows_of`` in the order of the select input's choices, asserting every choice has limits."""
    spec = ind["limits"]
    if "select" not in spec:
        return [(None, spec["rows"])]
    choices = std["inputs"][spec["select"]]["choices"]
    assert set(spec["rows"]) == set(choices), ind["id"]  # every choice has limits, no row is unreachable
    return [(c, spec["rows"][c]) for c in choices]


def ratio(ind: dict[str, Any]) -> tuple[str, str]:
    """The (energy, output) inputs of an ``energy / output`` value expression."""
    match = re.fullmatch(r"\s*([a-z]\w*)\s*/\s*([a-z]\w*)\s*", str(ind["value"]))
    assert match, f"{ind['id']}: the value is expected to be energy / output"
    return match.group(1), match.group(2)


def value_inputs(ind: dict[str, Any], value: Decimal) -> dict[str, object]:
    """Inputs whose ``energy / output`` value expression gives exactly ``value`` (output 1000)."""
    energy, output = ratio(ind)
    return {energy: value * OUTPUT, output: OUTPUT}
