"""The logger-column table (``resources/reference/log_columns.json``): quantities with the name patterns that
recognise them and their canonical unit, the unit spellings with their factor (and offset) to it, the name rules
(vendor suffixes, phase and total markers, cumulative/interval hints) and the windows of the physics checks.

A new vendor's headers or a new unit spelling is a change of that file, not of code.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from desktop_app.reference.catalogues import _Doc, _document

FILE = "log_columns"


@dataclass(frozen=True)
class Candidate:
    """A unit a logger may write values in without saying so, with the typical magnitude of field values in it."""

    unit: str
    low: float
    high: float


@dataclass(frozen=True)
class QuantityDef:
    key: str
    zh: str
    en: str
    canonical: str  # the unit values are stored in ("" = dimensionless)
    patterns: tuple[re.Pattern[str], ...]  # searched in the compact name (see ``compact``)
    candidates: tuple[Candidate, ...]  # units to consider when the file states none
    energy_of: str  # for an energy quantity: the power quantity it integrates ("" otherwise)
    zh_default: str  # unit a Chinese header implies (the legal unit), "" when none
    zh_reason: str


@dataclass(frozen=True)
class UnitDef:
    unit: str  # normalised spelling
    quantity: str
    factor: float  # canonical = value × factor + offset
    offset: float


@dataclass(frozen=True)
class NameRules:
    compact_removes: re.Pattern[str]
    vendor_suffix: re.Pattern[str]
    statistic: Mapping[str, str]
    phase_suffix: re.Pattern[str]
    phase_zh: re.Pattern[str]
    total_markers: re.Pattern[str]
    cumulative_hints: re.Pattern[str]
    interval_hints: re.Pattern[str]
    processing_row: re.Pattern[str]  # a cell of the line under the header that names how a value was taken
    # (Smp, Avg, Max, 瞬时值 …): a statistic, not a name or a unit


@dataclass(frozen=True)
class Physics:
    active_ratio: tuple[float, float]
    reactive_ratio: tuple[float, float]
    apparent_ratio: tuple[float, float]
    pf_tolerance: float
    energy_ratio: tuple[float, float]
    note: str


@dataclass(frozen=True)
class ColumnTable:
    quantities: tuple[QuantityDef, ...]
    by_key: Mapping[str, QuantityDef]
    units: Mapping[str, UnitDef]  # unit key (``unit_key``) → definition
    by_unit: Mapping[str, UnitDef]  # normalised spelling → definition
    rules: NameRules
    percent_allowed: frozenset[str]
    physics: Physics


def unit_key(text: str) -> str:
    """How a unit spelling is looked up: brackets, blanks, ``·*.`` dropped, superscripts folded, lower case."""
    t = text.strip().strip("()（）[]【】").strip()
    t = t.replace("³", "3").replace("²", "2").replace("µ", "u").replace("μ", "u").replace("₂", "2")
    return re.sub(r"[\s·*.]", "", t).lower()


def _floats(doc: _Doc, value: object, key: str) -> tuple[float, float]:
    if not (isinstance(value, list) and len(value) == 2 and all(isinstance(v, int | float) for v in value)):
        raise doc.error(key, "应为两个数的数组 [下限, 上限]")
    low, high = float(value[0]), float(value[1])
    if low > high:
        raise doc.error(key, f"下限 {low} 大于上限 {high}")
    return low, high


def _regex(doc: _Doc, text: str, key: str) -> re.Pattern[str]:
    try:
        return re.compile(text)
    except re.error as exc:
        raise doc.error(key, f"正则表达式无效（{exc}）") from None


def _number(doc: _Doc, obj: Mapping[str, object], name: str, key: str, default: float | None = None) -> float:
    value = obj.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise doc.error(f"{key}.{name}", "应为数字")
    return float(value)


@cache
def table() -> ColumnTable:
    doc, _prov = _document(FILE)
    root = doc.root
    quantities = []
    for i, q in enumerate(doc.list_of_objects(root, "quantities", "")):
        where = f"quantities[{i}]"
        names = doc.get(q, "names", where)
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise doc.error(f"{where}.names", "应为字符串数组")
        cands = []
        listed = q.get("candidates", [])
        if not isinstance(listed, list):
            raise doc.error(f"{where}.candidates", "应为数组")
        for j, item in enumerate(listed):
            ckey = f"{where}.candidates[{j}]"
            cand = doc.mapping(item, ckey)
            low, high = _floats(doc, doc.get(cand, "typical", ckey), f"{ckey}.typical")
            cands.append(Candidate(doc.str_(cand, "unit", ckey), low, high))
        quantities.append(QuantityDef(
            key=doc.str_(q, "key", where), zh=doc.str_(q, "zh", where), en=doc.str_(q, "en", where),
            canonical=doc.str_(q, "canonical", where, allow_empty=True),
            patterns=tuple(_regex(doc, n, f"{where}.names") for n in names), candidates=tuple(cands),
            energy_of=str(q.get("energy_of", "")), zh_default=str(q.get("zh_default", "")),
            zh_reason=str(q.get("zh_reason", ""))))
    by_key = {q.key: q for q in quantities}
    units: dict[str, UnitDef] = {}
    by_unit: dict[str, UnitDef] = {}
    for i, u in enumerate(doc.list_of_objects(root, "units", "")):
        where = f"units[{i}]"
        quantity = doc.str_(u, "quantity", where)
        if quantity not in by_key:
            raise doc.error(f"{where}.quantity", f"“{quantity}”不是已定义的物理量")
        unit = UnitDef(doc.str_(u, "unit", where), quantity, _number(doc, u, "factor", where),
                       _number(doc, u, "offset", where, 0.0))
        by_unit[unit.unit] = unit
        spellings = doc.get(u, "spellings", where)
        if not isinstance(spellings, list) or not spellings:
            raise doc.error(f"{where}.spellings", "应为非空的字符串数组")
        for s in [unit.unit, *spellings]:
            units.setdefault(unit_key(str(s)), unit)
    for qd in quantities:
        for c in qd.candidates:
            if c.unit not in by_unit:
                raise doc.error(f"quantities.{qd.key}.candidates", f"单位“{c.unit}”不在 units 中")
            if by_unit[c.unit].quantity != qd.key and not (c.unit == "%" and qd.key != "percent"):
                raise doc.error(f"quantities.{qd.key}.candidates", f"单位“{c.unit}”属于 {by_unit[c.unit].quantity}")
    r = doc.mapping(doc.get(root, "name_rules", ""), "name_rules")
    stats = doc.mapping(doc.get(r, "statistic", "name_rules"), "name_rules.statistic")
    def rule(name: str) -> re.Pattern[str]:
        return _regex(doc, doc.str_(r, name, "name_rules"), f"name_rules.{name}")

    rules = NameRules(rule("compact_removes"), rule("vendor_suffix"), {str(k): str(v) for k, v in stats.items()},
                      rule("phase_suffix"), rule("phase_zh"), rule("total_markers"), rule("cumulative_hints"),
                      rule("interval_hints"), rule("processing_row"))
    p = doc.mapping(doc.get(root, "physics", ""), "physics")
    physics = Physics(
        _floats(doc, doc.get(p, "active_ratio", "physics"), "physics.active_ratio"),
        _floats(doc, doc.get(p, "reactive_ratio", "physics"), "physics.reactive_ratio"),
        _floats(doc, doc.get(p, "apparent_ratio", "physics"), "physics.apparent_ratio"),
        _number(doc, p, "pf_tolerance", "physics"),
        _floats(doc, doc.get(p, "energy_ratio", "physics"), "physics.energy_ratio"),
        doc.str_(p, "note", "physics"))
    allowed = doc.get(root, "percent_allowed", "")
    if not isinstance(allowed, list):
        raise doc.error("percent_allowed", "应为字符串数组")
    return ColumnTable(tuple(quantities), by_key, units, by_unit, rules, frozenset(map(str, allowed)), physics)
