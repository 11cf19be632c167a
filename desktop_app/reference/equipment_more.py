"""More equipment standards as data: fans, centrifugal pumps and industrial boilers (REFERENCE.md §2.9–§2.11).

- ``gb19761_2020.json``: fans, GB 19761-2020 表2 (centrifugal, 0.25≤ψ<0.95): 16 ψ × ns rows of four
  machine-number bands each, from one public transcription (S-1); a band the source leaves empty has ``null`` limits;
- ``gb19762_2025.json``: clean-water centrifugal pumps, GB 19762-2025, the efficiency formula's coefficients and
  the C_i REFERENCE.md §2.10 gives, per pump type and flow range (a type whose range REFERENCE does not give has
  unbounded ranges: it is shipped, but not graded);
- ``gb24500_2020.json``: industrial boilers, GB 24500-2020, the design-efficiency table of REFERENCE.md §2.11.

Same file format and rules as ``equipment.py`` (whose strict ``Reader`` this module reuses): a ``provenance``
block, a ``coverage`` sentence, ``assumptions`` (each labelled, e.g. ``[I]``), limits as decimal strings, ``null``
for a grade the table does not set or, when listed in ``not_transcribed``, a value nobody has read. A malformed
file raises ``ReferenceDataError`` naming the file and the key. Loaders are cached; ``clear_cache()`` drops them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from itertools import pairwise

from desktop_app.reference.catalogues import Provenance
from desktop_app.reference.equipment import GRADES, Reader, equipment_dir, join, read

__all__ = [
    "BOILER_FILE",
    "FAN_FILE",
    "FILES",
    "PUMP_FILE",
    "BoilerRow",
    "BoilerTable",
    "FanBand",
    "FanRow",
    "FanTable",
    "PumpRange",
    "PumpTable",
    "PumpType",
    "StandardTable",
    "boiler_table",
    "check_boiler",
    "check_fan",
    "check_pump",
    "clear_cache",
    "fan_table",
    "pump_table",
]

FAN_FILE = "gb19761_2020.json"
PUMP_FILE = "gb19762_2025.json"
BOILER_FILE = "gb24500_2020.json"
FILES = (FAN_FILE, PUMP_FILE, BOILER_FILE)
COEFFICIENTS = ("a", "b", "c", "d", "e")

_SIGNED = re.compile(r"-?\d+(\.\d+)?")
_LABEL = re.compile(r"\[(V|V-2|S-1|D|M|I)\]")


# --- dataclasses -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StandardTable:
    """What every file of this module has besides its rows."""

    file: str
    provenance: Provenance
    coverage: str
    table: str
    indicator: str
    unit: str
    assumptions: tuple[str, ...]  # each starts with its label, e.g. "[I] …"


@dataclass(frozen=True)
class FanBand:
    no_min: Decimal  # machine number band: no_min ≤ No < no_max (no_max None: no upper end)
    no_max: Decimal | None
    limits: dict[str, Decimal | None] | None  # grade → minimum efficiency, %; None: the source gives none ("—")


@dataclass(frozen=True)
class FanRow:
    fan_type: str
    psi_min: Decimal  # psi_min ≤ ψ < psi_max
    psi_max: Decimal
    ns_min: Decimal  # ns_min ≤ ns < ns_max
    ns_max: Decimal
    bands: tuple[FanBand, ...]


@dataclass(frozen=True)
class FanTable(StandardTable):
    description: str
    fan_types: tuple[str, ...]
    rows: tuple[FanRow, ...]


@dataclass(frozen=True)
class PumpRange:
    q_min: Decimal | None  # m³/h; both None: REFERENCE gives no flow range for this type
    q_max: Decimal | None
    c: dict[str, Decimal | None]  # grade → C_i
    not_transcribed: frozenset[str]

    @property
    def bounded(self) -> bool:
        return self.q_min is not None and self.q_max is not None


@dataclass(frozen=True)
class PumpType:
    key: str
    label: str
    stages: str | None  # "single" | "multi" | None (not stated)
    coefficients: str | None  # key of PumpTable.coefficients; None only for a type without flow ranges
    ranges: tuple[PumpRange, ...]

    @property
    def ranges_given(self) -> bool:
        return all(r.bounded for r in self.ranges)


@dataclass(frozen=True)
class PumpTable(StandardTable):
    expression: str
    q_unit: str
    round_to: Decimal
    coefficients: dict[str, dict[str, Decimal]]  # "single_stage" → {"a": …, …, "e": …}
    types: dict[str, PumpType]


@dataclass(frozen=True)
class BoilerRow:
    boiler_types: tuple[str, ...]
    fuels: tuple[str, ...]
    capacity_op: str | None  # "le" (≤) | "gt" (>) | None (any capacity)
    capacity_t_h: Decimal | None
    capacity_mw: Decimal | None
    condensing: bool
    limits: dict[str, Decimal | None]


@dataclass(frozen=True)
class BoilerTable(StandardTable):
    description: str
    boiler_types: tuple[str, ...]
    fuels: tuple[str, ...]
    fuel_notes: dict[str, str]
    rows: tuple[BoilerRow, ...]


# --- shared reading --------------------------------------------------------------------------------------


_Base = tuple[str, Provenance, str, str, str, str, tuple[str, ...]]  # StandardTable's fields, in order


def _base(r: Reader, root: Mapping[str, object]) -> _Base:
    if root.get("better") != "higher":
        raise r.error("better", f"应为“higher”，实际为 {root.get('better')!r}")
    assumptions = r.strings(root, "assumptions", "")
    for i, text in enumerate(assumptions):
        if not _LABEL.match(text):
            raise r.error(f"assumptions[{i}]", "应以来源标签开头，如“[I] …”")
    return (r.file, r.provenance(root), r.str_(root, "coverage", ""), r.str_(root, "table", ""),
            r.str_(root, "indicator", ""), r.str_(root, "unit", ""), assumptions)


def _optional_dec(r: Reader, obj: Mapping[str, object], name: str, where: str) -> Decimal | None:
    value = r.get(obj, name, where)
    return None if value is None else r.decimal(value, join(where, name))


def _signed(r: Reader, obj: Mapping[str, object], name: str, where: str) -> Decimal:
    value = r.get(obj, name, where)
    if not isinstance(value, str) or not _SIGNED.fullmatch(value):
        raise r.error(join(where, name), f"应为十进制数字字符串（如 \"-8.44\"），实际为 {value!r}")
    return Decimal(value)


def _keys(r: Reader, obj: Mapping[str, object], where: str, allowed: set[str]) -> None:
    unknown = set(obj) - allowed
    if unknown:
        raise r.error(where or "（根）", f"未知的键：{'、'.join(sorted(unknown))}")


def _interval(r: Reader, obj: Mapping[str, object], name: str, where: str) -> tuple[Decimal, Decimal]:
    key = join(where, name)
    span = r.obj(obj, name, where)
    _keys(r, span, key, {"min", "max"})
    low, high = r.dec(span, "min", key), r.dec(span, "max", key)
    if low >= high:
        raise r.error(key, f"下限 {low} 应小于上限 {high}")
    return low, high


def _limits(r: Reader, obj: Mapping[str, object], name: str, where: str,
            ceiling: Decimal = Decimal(100)) -> dict[str, Decimal | None]:
    limits = r.grades(obj, name, where)
    for g, v in limits.items():
        if v is not None and v > ceiling:
            raise r.error(f"{join(where, name)}.{g}", f"效率不能超过 {ceiling} %，实际为 {v}")
    return limits


def _not_transcribed(r: Reader, row: Mapping[str, object], where: str,
                     limits: Mapping[str, Decimal | None], name: str) -> frozenset[str]:
    missing = frozenset(r.strings(row, "not_transcribed", where) if "not_transcribed" in row else ())
    if not missing <= set(GRADES):
        raise r.error(f"{where}.not_transcribed", "只能列出等级 1、2、3")
    for g in missing:
        if limits[g] is not None:
            raise r.error(f"{where}.{name}.{g}", "列为未转录的等级应为 null")
    return missing


def _higher_order(r: Reader, limits: Mapping[str, Decimal | None], where: str) -> None:
    """Higher is better: the 1级 limit is at least the 2级 one, which is at least the 3级 one."""
    given = [(g, limits[g]) for g in GRADES if limits[g] is not None]
    for (g_hi, hi), (g_lo, lo) in pairwise(given):
        assert hi is not None and lo is not None
        if hi < lo:
            raise r.error(f"{where}.{g_lo}", f"{g_hi}级限值 {hi} 不应低于{g_lo}级限值 {lo}（越高越好）")


# --- fans ------------------------------------------------------------------------------------------------


def check_fan(data: object, file: str = FAN_FILE) -> FanTable:
    r = Reader(file)
    root = r.header(data, "gb19761")
    base = _base(r, root)
    scope = r.obj(root, "scope", "")
    fan_types = r.strings(scope, "fan_types", "scope")
    rows: list[FanRow] = []
    for i, value in enumerate(r.list_(root, "rows", "")):
        where = f"rows[{i}]"
        row = r.mapping(value, where)
        _keys(r, row, where, {"fan_type", "psi", "ns", "bands"})
        fan_type = r.str_(row, "fan_type", where)
        if fan_type not in fan_types:
            raise r.error(f"{where}.fan_type", f"“{fan_type}”不在 scope.fan_types 中")
        psi, ns = _interval(r, row, "psi", where), _interval(r, row, "ns", where)
        bands: list[FanBand] = []
        for j, band_value in enumerate(r.list_(row, "bands", where)):
            at = f"{where}.bands[{j}]"
            band = r.mapping(band_value, at)
            _keys(r, band, at, {"no_min", "no_max", "limits"})
            no_min, no_max = r.dec(band, "no_min", at), _optional_dec(r, band, "no_max", at)
            if no_max is not None and no_min >= no_max:
                raise r.error(at, f"机号下限 {no_min} 应小于上限 {no_max}")
            if bands and bands[-1].no_max != no_min:
                raise r.error(f"{at}.no_min", f"应紧接上一段的上限 {bands[-1].no_max}（机号段须连续、不重叠）")
            limits = None if r.get(band, "limits", at) is None else _limits(r, band, "limits", at)
            if limits is not None:
                _higher_order(r, limits, f"{at}.limits")
            bands.append(FanBand(no_min, no_max, limits))
        if bands and all(b.limits is None for b in bands):
            raise r.error(f"{where}.bands", "所有机号段都没有限值")
        if any(b.no_max is None for b in bands[:-1]):
            raise r.error(f"{where}.bands", "只有最后一个机号段可以没有上限")
        for k, other in enumerate(rows):
            overlap = (other.fan_type == fan_type and psi[0] < other.psi_max and other.psi_min < psi[1]
                       and ns[0] < other.ns_max and other.ns_min < ns[1])
            if overlap:
                raise r.error(where, f"ψ 与 ns 区间与 rows[{k}] 重叠")
        rows.append(FanRow(fan_type, psi[0], psi[1], ns[0], ns[1], tuple(bands)))
    return FanTable(*base, description=r.str_(scope, "description", "scope"),
                    fan_types=fan_types, rows=tuple(rows))


# --- pumps -----------------------------------------------------------------------------------------------


def _pump_type(r: Reader, key: str, value: object, sets: set[str]) -> PumpType:
    where = f"pump_types.{key}"
    obj = r.mapping(value, where)
    _keys(r, obj, where, {"label", "stages", "coefficients", "ranges"})
    stages = r.get(obj, "stages", where)
    if stages not in ("single", "multi", None):
        raise r.error(f"{where}.stages", f"应为 \"single\"、\"multi\" 或 null，实际为 {stages!r}")
    coefficients = None if r.get(obj, "coefficients", where) is None else r.str_(obj, "coefficients", where)
    if coefficients is not None and coefficients not in sets:
        raise r.error(f"{where}.coefficients", f"“{coefficients}”不在 formula.coefficients 中")
    ranges: list[PumpRange] = []
    for i, range_value in enumerate(r.list_(obj, "ranges", where)):
        at = f"{where}.ranges[{i}]"
        rng = r.mapping(range_value, at)
        _keys(r, rng, at, {"q_min", "q_max", "c", "not_transcribed"})
        q_min, q_max = _optional_dec(r, rng, "q_min", at), _optional_dec(r, rng, "q_max", at)
        if (q_min is None) != (q_max is None):
            raise r.error(at, "q_min 与 q_max 应同时给出，或同时为 null（参考资料未给出流量范围）")
        if q_min is not None and q_max is not None and q_min >= q_max:
            raise r.error(at, f"流量下限 {q_min} 应小于上限 {q_max}")
        c = r.grades(rng, "c", at)
        ranges.append(PumpRange(q_min, q_max, c, _not_transcribed(r, rng, at, c, "c")))
    pump_type = PumpType(key, r.str_(obj, "label", where), stages, coefficients, tuple(ranges))
    if not pump_type.ranges_given:
        if len(ranges) != 1:
            raise r.error(f"{where}.ranges", "没有流量范围的泵型只能有一个条目")
    elif coefficients is None:
        raise r.error(f"{where}.coefficients", "给出了流量范围的泵型须指明系数组")
    else:
        for i in range(1, len(ranges)):
            prev, this = ranges[i - 1], ranges[i]
            assert prev.q_min is not None and prev.q_max is not None and this.q_min is not None
            if this.q_min < prev.q_max:
                raise r.error(f"{where}.ranges[{i}]", "流量范围应按从小到大排列且不重叠")
    return pump_type


def check_pump(data: object, file: str = PUMP_FILE) -> PumpTable:
    r = Reader(file)
    root = r.header(data, "gb19762")
    base = _base(r, root)
    formula = r.obj(root, "formula", "")
    _keys(r, formula, "formula", {"expression", "q_unit", "round_to", "coefficients"})
    sets: dict[str, dict[str, Decimal]] = {}
    for name, value in r.obj(formula, "coefficients", "formula").items():
        where = f"formula.coefficients.{name}"
        obj = r.mapping(value, where)
        if set(obj) != set(COEFFICIENTS):
            raise r.error(where, f"应恰有 a、b、c、d、e 五个键，实际为 {sorted(obj)}")
        sets[name] = {k: _signed(r, obj, k, where) for k in COEFFICIENTS}
    if not sets:
        raise r.error("formula.coefficients", "没有系数组")
    types = {key: _pump_type(r, key, value, set(sets)) for key, value in r.obj(root, "pump_types", "").items()}
    if not types:
        raise r.error("pump_types", "没有泵型")
    return PumpTable(*base, expression=r.str_(formula, "expression", "formula"),
                     q_unit=r.str_(formula, "q_unit", "formula"), round_to=r.dec(formula, "round_to", "formula"),
                     coefficients=sets, types=types)


# --- boilers ---------------------------------------------------------------------------------------------


def _boiler_row(r: Reader, i: int, value: object, types: tuple[str, ...], fuels: tuple[str, ...]) -> BoilerRow:
    where = f"rows[{i}]"
    row = r.mapping(value, where)
    _keys(r, row, where, {"boiler_types", "fuels", "capacity", "condensing", "limits"})
    row_types, row_fuels = r.strings(row, "boiler_types", where), r.strings(row, "fuels", where)
    for name, items, known in (("boiler_types", row_types, types), ("fuels", row_fuels, fuels)):
        for item in items:
            if item not in known:
                raise r.error(f"{where}.{name}", f"“{item}”不在 scope.{name} 中")
    condensing = row.get("condensing", False)
    if not isinstance(condensing, bool):
        raise r.error(f"{where}.condensing", f"应为 true 或 false，实际为 {condensing!r}")
    op: str | None = None
    t_h = mw = None
    if "capacity" in row:
        at = f"{where}.capacity"
        cap = r.obj(row, "capacity", where)
        _keys(r, cap, at, {"op", "t_h", "mw"})
        op = r.str_(cap, "op", at)
        if op not in ("le", "gt"):
            raise r.error(f"{at}.op", f"应为 \"le\"（≤）或 \"gt\"（>），实际为“{op}”")
        t_h, mw = r.dec(cap, "t_h", at), r.dec(cap, "mw", at)
    limits = _limits(r, row, "limits", where, Decimal(110) if condensing else Decimal(100))
    return BoilerRow(row_types, row_fuels, op, t_h, mw, condensing, limits)


def check_boiler(data: object, file: str = BOILER_FILE) -> BoilerTable:
    r = Reader(file)
    root = r.header(data, "gb24500")
    base = _base(r, root)
    scope = r.obj(root, "scope", "")
    types, fuels = r.strings(scope, "boiler_types", "scope"), r.strings(scope, "fuels", "scope")
    notes_obj = r.mapping(root.get("fuel_notes", {}), "fuel_notes")
    notes = {k: r.str_(notes_obj, k, "fuel_notes") for k in notes_obj}
    for k in notes:
        if k not in fuels:
            raise r.error(f"fuel_notes.{k}", f"“{k}”不在 scope.fuels 中")
    rows = tuple(_boiler_row(r, i, v, types, fuels) for i, v in enumerate(r.list_(root, "rows", "")))
    # each (type, fuel, condensing) has one row for any capacity, or a ≤X row and a >X row with the same X
    groups: dict[tuple[str, str, bool], list[int]] = {}
    for i, row in enumerate(rows):
        for t in row.boiler_types:
            for f in row.fuels:
                groups.setdefault((t, f, row.condensing), []).append(i)
    for (t, f, condensing), members in groups.items():
        shape = sorted((rows[i].capacity_op or "", rows[i].capacity_t_h, rows[i].capacity_mw) for i in members)
        whole = [s[0] for s in shape] == [""]
        split = [s[0] for s in shape] == ["gt", "le"] and shape[0][1:] == shape[1][1:]
        if not (whole or split):
            where = "、".join(f"rows[{i}]" for i in members)
            kind = "冷凝式" if condensing else "非冷凝式"
            raise r.error(where, f"{t} / {f}（{kind}）的行应为一行（不分容量）或同一界限的 ≤、> 两行")
    return BoilerTable(*base, description=r.str_(scope, "description", "scope"),
                       boiler_types=types, fuels=fuels, fuel_notes=notes, rows=rows)


# --- cached loaders --------------------------------------------------------------------------------------


@cache
def fan_table() -> FanTable:
    return check_fan(read(equipment_dir() / FAN_FILE))


@cache
def pump_table() -> PumpTable:
    return check_pump(read(equipment_dir() / PUMP_FILE))


@cache
def boiler_table() -> BoilerTable:
    return check_boiler(read(equipment_dir() / BOILER_FILE))


def clear_cache() -> None:
    for loader in (fan_table, pump_table, boiler_table):
        loader.cache_clear()
