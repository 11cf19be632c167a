"""Typical energy-saving measures to start from (PRODUCT.md §8): ``resources/reference/measures_catalogue.json``.

A starting catalogue, not a standard: the savings ranges and paybacks are engineering rules of thumb labelled
[M] (from memory, to be verified), as the file's ``provenance`` and ``coverage`` say. Each entry gives the measure's
category, what it applies to (systems and equipment in 简体中文; GB/T 4754 大类 codes where it is
industry-specific, e.g. "30" 非金属矿物制品业 for cement), the resource streams it saves (keys of
``calculations.measures.RESOURCES``), a typical saving range and a typical payback range.

Loading is strict like the equipment standards (``equipment.Reader``): a malformed file raises
``ReferenceDataError`` naming the file and the key path; duplicate JSON keys are refused; numbers are decimal
strings. The loader is cached; ``clear_cache()`` drops the cache.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from desktop_app.reference import catalogues, paths
from desktop_app.reference.catalogues import PROVENANCE_LABELS, Provenance, ReferenceDataError
from desktop_app.reference.equipment import Reader, join, read

__all__ = [
    "CATALOGUE_FILE",
    "CATEGORY_KEYS",
    "FORMAT",
    "RESOURCE_KEYS",
    "SAVING_KINDS",
    "CatalogueMeasure",
    "MeasuresCatalogue",
    "PaybackRange",
    "SavingRange",
    "catalogue",
    "check_catalogue",
    "clear_cache",
    "measure",
]

FORMAT = "jnzd-measures-catalogue"
CATALOGUE_FILE = "measures_catalogue.json"
#: Resource streams a measure can save; the same keys, in the same order, as ``calculations.measures.RESOURCES``.
RESOURCE_KEYS = ("electricity", "natural_gas", "coal", "steam", "water", "diesel", "heavy_oil", "compressed_air",
                 "heat", "other")
#: Measure categories; the same keys as ``calculations.measures.CATEGORIES``.
CATEGORY_KEYS = ("management", "retrofit", "operation")
#: How a typical saving is expressed: share of the affected system's consumption, a physical figure, or a share
#: of a cost (saves money, not energy: e.g. running at off-peak tariff).
SAVING_KINDS = ("percent", "physical", "cost_percent")
MAX_PAYBACK_YEARS = Decimal(30)

_ID = re.compile(r"[a-z][a-z0-9_]*")
_ARC = re.compile(r"\d\.\d")
_MEASURE_KEYS = frozenset({"id", "name", "category", "applies_to", "industries", "description", "resources",
                           "typical_saving", "payback_years", "arc_group", "label", "note"})
_SAVING_KEYS = frozenset({"kind", "low", "high", "unit", "of"})
_PAYBACK_KEYS = frozenset({"low", "high"})


@dataclass(frozen=True)
class SavingRange:
    kind: str  # one of SAVING_KINDS
    low: Decimal
    high: Decimal
    unit: str  # "%" for the percent kinds, else e.g. "kWh/t熟料"
    of: str  # what the figure is a share (or an amount) of, in 简体中文

    @property
    def saves_energy(self) -> bool:
        return self.kind != "cost_percent"

    @property
    def summary(self) -> str:
        """E.g. "15–40 %（该风机耗电量）", "28–40 kWh/t熟料（吨熟料余热发电量）"."""
        unit = " %" if self.unit == "%" else f" {self.unit}"
        return f"{self.low}–{self.high}{unit}（{self.of}）"


@dataclass(frozen=True)
class PaybackRange:
    low: Decimal  # years
    high: Decimal

    @property
    def summary(self) -> str:
        return f"{self.low}–{self.high} 年"


@dataclass(frozen=True)
class CatalogueMeasure:
    id: str
    name: str
    category: str  # one of CATEGORY_KEYS
    applies_to: tuple[str, ...]
    industries: tuple[str, ...]  # GB/T 4754-2017 大类 codes; empty = any industry
    description: str
    resources: tuple[str, ...]  # RESOURCE_KEYS, the main one first
    saving: SavingRange
    payback: PaybackRange
    arc_group: str  # IAC ARC energy sub-group, e.g. "2.4" (PEERS.md §5.3; label M)
    label: str
    note: str

    @property
    def general(self) -> bool:
        """True when the measure is not specific to an industry."""
        return not self.industries


@dataclass(frozen=True)
class MeasuresCatalogue:
    file: str
    provenance: Provenance
    coverage: str
    saving_kinds: dict[str, str]  # kind → 简体中文 explanation
    arc_groups: dict[str, str]  # "2.4" → 简体中文 name
    measures: tuple[CatalogueMeasure, ...]

    def find(self, measure_id: str) -> CatalogueMeasure | None:
        return next((m for m in self.measures if m.id == measure_id), None)

    def for_industry(self, division: str | None) -> tuple[CatalogueMeasure, ...]:
        """General measures plus those for the GB/T 4754 大类 of ``division`` ("C30", "30", "3011" …)."""
        found = catalogues.industry_division(division) if division else None
        code = found.code if found else None
        return tuple(m for m in self.measures if m.general or (code is not None and code in m.industries))

    def by_category(self, category: str) -> tuple[CatalogueMeasure, ...]:
        return tuple(m for m in self.measures if m.category == category)


# --- strict reading --------------------------------------------------------------------------------------


def _only(r: Reader, obj: Mapping[str, object], allowed: frozenset[str], where: str,
          optional: frozenset[str] = frozenset()) -> None:
    unknown = set(obj) - allowed
    if unknown:
        raise r.error(where, f"未知的键：{'、'.join(sorted(unknown))}")
    missing = allowed - optional - set(obj)
    if missing:
        raise r.error(join(where, sorted(missing)[0]), "缺少该键")


def _text(r: Reader, obj: Mapping[str, object], name: str, where: str) -> str:
    """Optional free text: absent or "" is ""; anything else must be a string."""
    value = obj.get(name, "")
    if not isinstance(value, str):
        raise r.error(join(where, name), f"应为字符串，实际为 {type(value).__name__}")
    return value


def _provenance(r: Reader, root: Mapping[str, object]) -> Provenance:
    version = r.int_(root, "version", "")
    if version < 1:
        raise r.error("version", f"应为正整数，实际为 {version}")
    prov = r.obj(root, "provenance", "")
    label = r.str_(prov, "label", "provenance")
    if label not in PROVENANCE_LABELS:
        raise r.error("provenance.label", f"应为 {'/'.join(sorted(PROVENANCE_LABELS))} 之一，实际为“{label}”")
    fields = ("standard", "title", "edition", "effective_date", "source", "note")
    values = {f: r.str_(prov, f, "provenance") for f in fields}
    return Provenance(label=label, version=version, **values)


def _names(r: Reader, obj: Mapping[str, object], name: str, where: str) -> dict[str, str]:
    table = r.obj(obj, name, where)
    if not table:
        raise r.error(join(where, name), "不能为空")
    return {key: r.str_(table, key, join(where, name)) for key in table}


def _range(r: Reader, obj: Mapping[str, object], where: str) -> tuple[Decimal, Decimal]:
    low = r.dec(obj, "low", where)
    high = r.dec(obj, "high", where)
    if high < low:
        raise r.error(join(where, "high"), f"上限 {high} 小于下限 {low}")
    return low, high


def _saving(r: Reader, row: Mapping[str, object], where: str, kinds: Mapping[str, str]) -> SavingRange:
    key = join(where, "typical_saving")
    obj = r.obj(row, "typical_saving", where)
    _only(r, obj, _SAVING_KEYS, key)
    kind = r.str_(obj, "kind", key)
    if kind not in kinds:
        raise r.error(join(key, "kind"), f"应为 {'/'.join(kinds)} 之一，实际为“{kind}”")
    low, high = _range(r, obj, key)
    unit = r.str_(obj, "unit", key)
    if kind in ("percent", "cost_percent"):
        if unit != "%":
            raise r.error(join(key, "unit"), f"kind 为 {kind} 时应为“%”，实际为“{unit}”")
        if high > 100:
            raise r.error(join(key, "high"), f"百分比不能超过 100，实际为 {high}")
    elif unit == "%":
        raise r.error(join(key, "unit"), "kind 为 physical 时应为实物量单位（如 kWh/t熟料），不能是“%”")
    return SavingRange(kind, low, high, unit, r.str_(obj, "of", key))


def _industries(r: Reader, row: Mapping[str, object], where: str) -> tuple[str, ...]:
    key = join(where, "industries")
    value = r.get(row, "industries", where)
    if not isinstance(value, list):
        raise r.error(key, "应为 JSON 数组（通用措施为空数组）")
    codes: list[str] = []
    for i, code in enumerate(value):
        if not (isinstance(code, str) and len(code) == 2 and code.isascii() and code.isdigit()):
            raise r.error(f"{key}[{i}]", f"应为 GB/T 4754-2017 大类的2位数字代码，实际为 {code!r}")
        if catalogues.industry_division(code) is None:
            raise r.error(f"{key}[{i}]", f"“{code}”不是 GB/T 4754-2017 的大类代码")
        if code in codes:
            raise r.error(f"{key}[{i}]", f"“{code}”重复")
        codes.append(code)
    return tuple(codes)


def _measure(r: Reader, row: Mapping[str, object], where: str, kinds: Mapping[str, str],
             arc_groups: Mapping[str, str]) -> CatalogueMeasure:
    _only(r, row, _MEASURE_KEYS, where, optional=frozenset({"note"}))
    measure_id = r.str_(row, "id", where)
    if not _ID.fullmatch(measure_id):
        raise r.error(join(where, "id"), f"应为小写 ASCII 标识符（字母开头，字母、数字、下划线），实际为“{measure_id}”")
    category = r.str_(row, "category", where)
    if category not in CATEGORY_KEYS:
        raise r.error(join(where, "category"), f"应为 {'/'.join(CATEGORY_KEYS)} 之一，实际为“{category}”")
    resources = r.strings(row, "resources", where)
    for i, res in enumerate(resources):
        if res not in RESOURCE_KEYS:
            raise r.error(f"{join(where, 'resources')}[{i}]", f"未知资源“{res}”（可用：{'、'.join(RESOURCE_KEYS)}）")
    payback_key = join(where, "payback_years")
    payback_obj = r.obj(row, "payback_years", where)
    _only(r, payback_obj, _PAYBACK_KEYS, payback_key)
    low, high = _range(r, payback_obj, payback_key)
    if high > MAX_PAYBACK_YEARS:
        raise r.error(join(payback_key, "high"), f"{high} 年不合理（应不超过 {MAX_PAYBACK_YEARS} 年）")
    arc = r.str_(row, "arc_group", where)
    if not _ARC.fullmatch(arc) or arc not in arc_groups:
        raise r.error(join(where, "arc_group"), f"应为 arc_groups 中的分组（{'、'.join(arc_groups)}），实际为“{arc}”")
    label = r.str_(row, "label", where)
    if label not in PROVENANCE_LABELS:
        raise r.error(join(where, "label"), f"应为 {'/'.join(sorted(PROVENANCE_LABELS))} 之一，实际为“{label}”")
    return CatalogueMeasure(
        id=measure_id,
        name=r.str_(row, "name", where),
        category=category,
        applies_to=r.strings(row, "applies_to", where),
        industries=_industries(r, row, where),
        description=r.str_(row, "description", where),
        resources=resources,
        saving=_saving(r, row, where, kinds),
        payback=PaybackRange(low, high),
        arc_group=arc,
        label=label,
        note=_text(r, row, "note", where),
    )


def check_catalogue(data: object, file: str = CATALOGUE_FILE) -> MeasuresCatalogue:
    """Validate a parsed catalogue (public so tests can feed malformed documents)."""
    r = Reader(file)
    root = r.mapping(data, "")
    if root.get("format") != FORMAT:
        raise r.error("format", f"应为“{FORMAT}”，实际为 {root.get('format')!r}")
    if root.get("id") != "measures_catalogue":
        raise r.error("id", f"应为“measures_catalogue”，实际为 {root.get('id')!r}")
    prov = _provenance(r, root)
    coverage = r.str_(root, "coverage", "")
    kinds = _names(r, root, "saving_kinds", "")
    if set(kinds) != set(SAVING_KINDS):
        raise r.error("saving_kinds", f"应恰有 {'、'.join(SAVING_KINDS)} 三个键，实际为 {sorted(kinds)}")
    arc_groups = _names(r, root, "arc_groups", "")
    for code in arc_groups:
        if not _ARC.fullmatch(code):
            raise r.error(f"arc_groups.{code}", "分组代码应形如“2.4”")
    measures: list[CatalogueMeasure] = []
    for i, value in enumerate(r.list_(root, "measures", "")):
        where = f"measures[{i}]"
        m = _measure(r, r.mapping(value, where), where, kinds, arc_groups)
        if any(m.id == other.id for other in measures):
            raise r.error(join(where, "id"), f"“{m.id}”重复")
        if any(m.name == other.name for other in measures):
            raise r.error(join(where, "name"), f"“{m.name}”重复")
        measures.append(m)
    return MeasuresCatalogue(file, prov, coverage, kinds, arc_groups, tuple(measures))


# --- cached loader ---------------------------------------------------------------------------------------


@cache
def catalogue() -> MeasuresCatalogue:
    """The bundled catalogue (``ReferenceDataError`` naming file and key when it is malformed)."""
    return check_catalogue(read(paths.reference_dir() / CATALOGUE_FILE))


def measure(measure_id: str) -> CatalogueMeasure:
    """One catalogue entry by id; an unknown id raises ``ReferenceDataError`` naming it."""
    found = catalogue().find(measure_id)
    if found is None:
        raise ReferenceDataError(detail=f"参考数据文件 {CATALOGUE_FILE}，键 measures：没有 id 为“{measure_id}”的措施")
    return found


def clear_cache() -> None:
    catalogue.cache_clear()
