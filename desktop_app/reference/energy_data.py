"""Energy reference data from ``resources/reference``: GB/T 2589 折标准煤系数 (editions 2008 and 2020), CO2
factors (grid electricity by year and region, fuel-combustion parameters, purchased heat, province → grid region)
and GB 17167 metering requirements (配备率, thresholds, accuracy classes).

Every number is a ``Decimal`` parsed from a JSON *string* exactly as printed (a JSON number is rejected, so no
float ever enters). Every row carries its REFERENCE.md label (V, V-2, D, M, I) and its source. A malformed file
raises ``ReferenceDataError`` naming the file and the key path; so does asking for an unknown edition or code.

Loaders are cached; ``clear_cache()`` drops the caches (tests, or after replacing the files).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from functools import cache

from desktop_app.reference import catalogues
from desktop_app.reference.catalogues import PROVENANCE_LABELS, ReferenceDataError, _Doc, _document

__all__ = [
    "CO2_FILE",
    "COEFFICIENT_CATEGORIES",
    "COEFFICIENT_UNITS",
    "GB17167_FILE",
    "GBT2589_FILE",
    "GRID_REGIONS",
    "NATIONAL",
    "NATIONAL_EXCL_MARKET_NONFOSSIL",
    "NATIONAL_FOSSIL",
    "AccuracyRequirement",
    "Coefficient",
    "ElectricityEqualValue",
    "FuelCO2",
    "Gb17167Edition",
    "Gbt2589Edition",
    "GridFactor",
    "MeteringRate",
    "MeteringReading",
    "MeteringThreshold",
    "RefinerySteamClass",
    "clear_cache",
    "coefficient",
    "coefficients",
    "electricity_equal_value",
    "fuel_co2",
    "fuels_co2",
    "gb17167_accuracy",
    "gb17167_edition",
    "gb17167_edition_for",
    "gb17167_editions",
    "gb17167_exemptions",
    "gb17167_rates",
    "gb17167_thresholds",
    "gbt2589_edition",
    "gbt2589_edition_for",
    "gbt2589_editions",
    "grid_factor",
    "grid_factors",
    "grid_region",
    "heat_co2_default",
    "refinery_steam_classes",
]

GBT2589_FILE = "gbt2589_coefficients"
CO2_FILE = "co2_factors"
GB17167_FILE = "gb17167_2006"

COEFFICIENT_CATEGORIES = frozenset({"solid", "liquid", "gas", "electricity", "heat", "steam", "medium"})
COEFFICIENT_UNITS = frozenset({"kg", "m3", "kWh", "MJ", "t"})

#: Region names used by ``grid_factor``: the three national factors of the MEE/NBS announcements …
NATIONAL = "全国"
NATIONAL_EXCL_MARKET_NONFOSSIL = "全国（不包括市场化交易的非化石能源电量）"
NATIONAL_FOSSIL = "全国化石能源"
#: … and the seven regional grids of the 2022 announcement (provincial factors use the province's short name).
GRID_REGIONS = ("华北", "东北", "华东", "华中", "西北", "南方", "西南")

_GRID_KINDS = frozenset(
    {"national", "national_excl_market_nonfossil", "national_fossil", "regional", "provincial", "carbon_market"}
)
_NATIONAL_KIND_REGION = {
    "national": NATIONAL,
    "national_excl_market_nonfossil": NATIONAL_EXCL_MARKET_NONFOSSIL,
    "national_fossil": NATIONAL_FOSSIL,
}
_FUEL_NCV_UNITS = {"GJ/t": "t", "GJ/10^4Nm3": "10^4Nm3"}


# --- dataclasses -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Coefficient:
    """One GB/T 2589 折标准煤系数 row: ``kgce_per_unit`` kgce per ``unit`` (kg, m3, kWh, MJ or t).

    Range rows (煤泥, 煤矿瓦斯气, 焦炉煤气) carry the lower bound in ``kgce_per_unit`` and the upper in
    ``kgce_per_unit_max``: the engineer enters a measured NCV or chooses within the range. ``ncv`` is the printed
    average low heating value in kJ per ``unit`` (for working media: the printed 等价热值, converted from MJ).
    """

    code: str
    name_zh: str
    category: str
    unit: str
    kgce_per_unit: Decimal
    kgce_per_unit_max: Decimal | None
    ncv: Decimal | None
    ncv_max: Decimal | None
    label: str
    source: str
    standard: str
    edition: str
    table: str
    note: str
    is_working_medium: bool

    @property
    def is_range(self) -> bool:
        return self.kgce_per_unit_max is not None

    @property
    def ncv_unit(self) -> str:
        """Unit of ``ncv``/``ncv_max``, e.g. ``"kJ/kg"``, ``"kJ/m3"``."""
        return f"kJ/{self.unit}"


@dataclass(frozen=True)
class Gbt2589Edition:
    edition: str
    standard: str
    effective_from: date
    effective_until: date | None
    effective_from_label: str
    note: str


@dataclass(frozen=True)
class ElectricityEqualValue:
    """电力等价值 is not a table value: the user enters the year's 供电标准煤耗; ``typical_range`` is a hint only."""

    note: str
    typical_range: tuple[Decimal, Decimal]
    unit: str
    label: str
    source: str


@dataclass(frozen=True)
class RefinerySteamClass:
    """GB 30251-2024 Table A.1 steam class: usable only inside a refinery (炼化) boundary.

    ``kgce_per_t`` is derived (label ``kgce_label`` = D): kgoe/t × 1.4286, one decimal.
    """

    steam_class: str
    pressure_min_mpa: Decimal | None
    pressure_max_mpa: Decimal | None
    kgoe_per_t: Decimal
    mj_per_t: Decimal
    kgce_per_t: Decimal
    label: str
    kgce_label: str


@dataclass(frozen=True)
class GridFactor:
    """Purchased-electricity CO2 factor in kgCO2/kWh (= tCO2/MWh) for one year and region.

    ``usable_by_default`` is false for unverified values, which must never be picked without the user.
    """

    year: int
    region: str
    kg_per_kwh: Decimal
    label: str
    source: str
    usable_by_default: bool
    kind: str = ""
    note: str = ""


@dataclass(frozen=True)
class FuelCO2:
    """Fuel-combustion parameters for ``CO2 (t) = AD × NCV × CC × OF × 44/12``.

    ``ncv`` is per ``activity_unit`` (GJ/t, or GJ/10^4Nm3 for natural gas); ``cc`` in tC/GJ; ``oxidation`` is the
    oxidation fraction, None where REFERENCE.md gives none (the user must enter it).
    """

    code: str
    name_zh: str
    ncv: Decimal
    ncv_unit: str
    cc: Decimal
    oxidation: Decimal | None
    label: str
    source: str
    note: str = ""

    @property
    def activity_unit(self) -> str:
        """Unit of the activity data AD: ``"t"`` or ``"10^4Nm3"``."""
        return _FUEL_NCV_UNITS[self.ncv_unit]


@dataclass(frozen=True)
class Gb17167Edition:
    edition: str
    standard: str
    effective_from: date
    effective_until: date | None
    effective_from_label: str
    tables_available: bool
    note: str


@dataclass(frozen=True)
class MeteringReading:
    """One reading of an unresolved 配备率 row (see ``MeteringRate.readings``)."""

    level1: Decimal | None
    level2: Decimal | None
    level3: Decimal | None
    label: str
    source: str


@dataclass(frozen=True)
class MeteringRate:
    """Required 配备率 (%) for one energy type: level1 进出用能单位, level2 进出主要次级用能单位, level3 主要用能设备.

    None means "—" (no requirement). ``unresolved`` rows (可回收利用的余能) list every reading in ``readings``; the
    level fields hold the first one, and a compliance result on such a row must be shown as 待核实.
    """

    energy: str
    level1: Decimal | None
    level2: Decimal | None
    level3: Decimal | None
    label: str
    note: str
    group: str = ""
    source: str = ""
    unresolved: bool = False
    readings: tuple[MeteringReading, ...] = ()


@dataclass(frozen=True)
class MeteringThreshold:
    """GB 17167 Table 1 (主要次级用能单位, ``sub_unit_*``) and Table 2 (主要用能设备, ``equipment_*``): ≥ values."""

    energy: str
    sub_unit_min: Decimal
    sub_unit_unit: str
    equipment_min: Decimal
    equipment_unit: str
    label: str
    source: str


@dataclass(frozen=True)
class AccuracyRequirement:
    """GB 17167 Table 4: required accuracy class (a string, e.g. ``"0.5S"``)."""

    instrument: str
    application: str
    accuracy_class: str
    label: str
    source: str


# --- validated access ------------------------------------------------------------------------------------


def _key(where: str, name: str) -> str:
    return f"{where}.{name}" if where else name


def _label(doc: _Doc, obj: Mapping[str, object], where: str, name: str = "label") -> str:
    value = doc.str_(obj, name, where)
    if value not in PROVENANCE_LABELS:
        raise doc.error(_key(where, name), f"应为 {'/'.join(sorted(PROVENANCE_LABELS))} 之一，实际为“{value}”")
    return value


def _text(doc: _Doc, obj: Mapping[str, object], name: str, where: str) -> str:
    """Optional free text (``note``): absent or empty is ``""``."""
    return doc.str_(obj, name, where, allow_empty=True) if name in obj else ""


def _decimal(doc: _Doc, obj: Mapping[str, object], name: str, where: str, *, positive: bool = True) -> Decimal:
    key = _key(where, name)
    value = doc.get(obj, name, where)
    if not isinstance(value, str):
        raise doc.error(key, f'应为十进制数字字符串（如 "0.7143"），实际为 {type(value).__name__}')
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise doc.error(key, f"不是有效的十进制数字：“{value}”") from None
    if value != value.strip() or not number.is_finite():
        raise doc.error(key, f"不是有效的十进制数字：“{value}”")
    if positive and number <= 0:
        raise doc.error(key, f"应为正数，实际为 {value}")
    return number


def _decimal_or_none(doc: _Doc, obj: Mapping[str, object], name: str, where: str) -> Decimal | None:
    if doc.get(obj, name, where) is None:
        return None
    return _decimal(doc, obj, name, where)


def _date(doc: _Doc, obj: Mapping[str, object], name: str, where: str) -> date:
    value = doc.str_(obj, name, where)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise doc.error(_key(where, name), f"应为 YYYY-MM-DD 日期，实际为“{value}”") from None


def _date_or_none(doc: _Doc, obj: Mapping[str, object], name: str, where: str) -> date | None:
    if doc.get(obj, name, where) is None:
        return None
    return _date(doc, obj, name, where)


def _one_of(doc: _Doc, obj: Mapping[str, object], name: str, where: str, allowed: frozenset[str]) -> str:
    value = doc.str_(obj, name, where)
    if value not in allowed:
        raise doc.error(_key(where, name), f"应为 {'/'.join(sorted(allowed))} 之一，实际为“{value}”")
    return value


def _unique(doc: _Doc, key: str, values: list[str]) -> None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise doc.error(key, f"“{value}”重复")
        seen.add(value)


def _check_edition_chain(doc: _Doc, key: str, spans: list[tuple[str, date, date | None]]) -> None:
    """Editions, by start date, follow each other without gap or overlap; only the last is open-ended."""
    ordered = sorted(spans, key=lambda s: s[1])
    for (name, start, until), nxt in zip(ordered, [*ordered[1:], None], strict=True):
        if until is not None and until < start:
            raise doc.error(f"{key}.{name}.effective_until", "早于 effective_from")
        if nxt is None:
            if until is not None:
                raise doc.error(f"{key}.{name}.effective_until", "最新版本应为 null（现行）")
        elif until != nxt[1] - timedelta(days=1):
            raise doc.error(f"{key}.{name}.effective_until", f"应为下一版本（{nxt[0]}）实施日期的前一天")


def _edition_for(editions: list[tuple[str, date]], as_of: date) -> str:
    """The latest edition in force on ``as_of``; before the earliest known edition, the earliest one."""
    ordered = sorted(editions, key=lambda e: e[1])
    current = ordered[0][0]
    for name, start in ordered:
        if start <= as_of:
            current = name
    return current


# --- GB/T 2589 -----------------------------------------------------------------------------------------------


@cache
def _gbt2589() -> tuple[tuple[Gbt2589Edition, ...], dict[str, dict[str, Coefficient]]]:
    doc, _ = _document(GBT2589_FILE)
    editions_obj = doc.mapping(doc.get(doc.root, "editions", ""), "editions")
    if not editions_obj:
        raise doc.error("editions", "不能为空")
    editions: list[Gbt2589Edition] = []
    tables: dict[str, dict[str, Coefficient]] = {}
    for name, raw in editions_obj.items():
        where = f"editions.{name}"
        ed = doc.mapping(raw, where)
        standard = doc.str_(ed, "standard", where)
        edition = Gbt2589Edition(
            edition=name,
            standard=standard,
            effective_from=_date(doc, ed, "effective_from", where),
            effective_until=_date_or_none(doc, ed, "effective_until", where),
            effective_from_label=_label(doc, ed, where, "effective_from_label"),
            note=_text(doc, ed, "note", where),
        )
        editions.append(edition)
        rows: dict[str, Coefficient] = {}
        for i, row in enumerate(doc.list_of_objects(ed, "rows", where)):
            coeff = _coefficient_row(doc, row, f"{where}.rows[{i}]", standard, name)
            if coeff.code in rows:
                raise doc.error(f"{where}.rows[{i}].code", f"代码“{coeff.code}”重复")
            rows[coeff.code] = coeff
        tables[name] = rows
    _check_edition_chain(doc, "editions", [(e.edition, e.effective_from, e.effective_until) for e in editions])
    return tuple(sorted(editions, key=lambda e: e.effective_from)), tables


def _coefficient_row(doc: _Doc, row: Mapping[str, object], where: str, standard: str, edition: str) -> Coefficient:
    code = doc.str_(row, "code", where)
    if not (code.isascii() and code.replace("_", "").isalnum() and code == code.lower()):
        raise doc.error(f"{where}.code", f"应为小写 ASCII 标识符，实际为“{code}”")
    category = _one_of(doc, row, "category", where, COEFFICIENT_CATEGORIES)
    low = _decimal(doc, row, "kgce_per_unit", where)
    high = _decimal_or_none(doc, row, "kgce_per_unit_max", where)
    if high is not None and high <= low:
        raise doc.error(f"{where}.kgce_per_unit_max", "应大于 kgce_per_unit（范围的下限）")
    ncv = _decimal_or_none(doc, row, "ncv", where)
    ncv_max = _decimal_or_none(doc, row, "ncv_max", where)
    if ncv_max is not None and (ncv is None or ncv_max <= ncv):
        raise doc.error(f"{where}.ncv_max", "只能与 ncv 同时给出，且应大于 ncv")
    medium = doc.bool_(row, "is_working_medium", where)
    if medium != (category == "medium"):
        raise doc.error(f"{where}.is_working_medium", "应当且仅当 category 为 medium 时为 true")
    return Coefficient(
        code=code,
        name_zh=doc.str_(row, "name_zh", where),
        category=category,
        unit=_one_of(doc, row, "unit", where, COEFFICIENT_UNITS),
        kgce_per_unit=low,
        kgce_per_unit_max=high,
        ncv=ncv,
        ncv_max=ncv_max,
        label=_label(doc, row, where),
        source=doc.str_(row, "source", where),
        standard=standard,
        edition=edition,
        table=doc.str_(row, "table", where),
        note=_text(doc, row, "note", where),
        is_working_medium=medium,
    )


def gbt2589_editions() -> tuple[Gbt2589Edition, ...]:
    """The GB/T 2589 editions, oldest first ("2008", "2020")."""
    return _gbt2589()[0]


def gbt2589_edition(edition: str) -> Gbt2589Edition:
    for ed in gbt2589_editions():
        if ed.edition == edition:
            return ed
    raise _unknown_edition(GBT2589_FILE, edition, [e.edition for e in gbt2589_editions()])


def gbt2589_edition_for(as_of: date) -> str:
    """Edition in force on ``as_of``: "2008" before 2021-04-01, "2020" from then (earlier dates: "2008")."""
    return _edition_for([(e.edition, e.effective_from) for e in gbt2589_editions()], as_of)


def coefficients(edition: str) -> dict[str, Coefficient]:
    """All 折标准煤系数 of an edition by code (a fresh dict; the rows are frozen)."""
    tables = _gbt2589()[1]
    if edition not in tables:
        raise _unknown_edition(GBT2589_FILE, edition, list(tables))
    return dict(tables[edition])


def coefficient(code: str, edition: str) -> Coefficient:
    """One 折标准煤系数; an unknown code or edition raises ``ReferenceDataError`` naming it."""
    table = coefficients(edition)
    try:
        return table[code]
    except KeyError:
        raise ReferenceDataError(
            detail=f"参考数据文件 {_file(GBT2589_FILE)}，键 editions.{edition}.rows：没有代码为“{code}”的折标准煤系数"
        ) from None


@cache
def electricity_equal_value() -> ElectricityEqualValue:
    """电力等价值 guidance: the user enters the year's value and its source (``typical_range`` is a hint)."""
    doc, _ = _document(GBT2589_FILE)
    where = "electricity_equal_value"
    obj = doc.mapping(doc.get(doc.root, where, ""), where)
    raw = doc.get(obj, "typical_range", where)
    if not isinstance(raw, list) or len(raw) != 2:
        raise doc.error(f"{where}.typical_range", "应为两个数字字符串组成的数组")
    pair = {"low": raw[0], "high": raw[1]}
    low = _decimal(doc, pair, "low", f"{where}.typical_range")
    high = _decimal(doc, pair, "high", f"{where}.typical_range")
    if high <= low:
        raise doc.error(f"{where}.typical_range", "上限应大于下限")
    return ElectricityEqualValue(
        note=doc.str_(obj, "note", where),
        typical_range=(low, high),
        unit=doc.str_(obj, "unit", where),
        label=_label(doc, obj, where),
        source=doc.str_(obj, "source", where),
    )


@cache
def refinery_steam_classes() -> tuple[RefinerySteamClass, ...]:
    """GB 30251-2024 Table A.1 steam classes, highest pressure first; only for refinery boundaries."""
    doc, _ = _document(GBT2589_FILE)
    where = "steam_refinery_gb30251_2024"
    obj = doc.mapping(doc.get(doc.root, where, ""), where)
    factor = _decimal(doc, obj, "kgce_per_kgoe", where)
    result: list[RefinerySteamClass] = []
    for i, row in enumerate(doc.list_of_objects(obj, "rows", where)):
        rw = f"{where}.rows[{i}]"
        kgoe = _decimal(doc, row, "kgoe_per_t", rw)
        kgce = _decimal(doc, row, "kgce_per_t", rw)
        if kgce != (kgoe * factor).quantize(Decimal("0.1")):
            raise doc.error(f"{rw}.kgce_per_t", f"应为 kgoe_per_t × {factor} 保留一位小数")
        result.append(
            RefinerySteamClass(
                steam_class=doc.str_(row, "steam_class", rw),
                pressure_min_mpa=_decimal_or_none(doc, row, "pressure_min_mpa", rw),
                pressure_max_mpa=_decimal_or_none(doc, row, "pressure_max_mpa", rw),
                kgoe_per_t=kgoe,
                mj_per_t=_decimal(doc, row, "mj_per_t", rw),
                kgce_per_t=kgce,
                label=_label(doc, row, rw),
                kgce_label=_label(doc, row, rw, "kgce_label"),
            )
        )
    _unique(doc, f"{where}.rows[].steam_class", [r.steam_class for r in result])
    return tuple(result)


# --- CO2 factors -------------------------------------------------------------------------------------------


@cache
def _grid_factors() -> tuple[GridFactor, ...]:
    doc, _ = _document(CO2_FILE)
    short_names = {p.short_name for p in catalogues.provinces()}
    result: list[GridFactor] = []
    for i, row in enumerate(doc.list_of_objects(doc.root, "grid_factors", "")):
        where = f"grid_factors[{i}]"
        year = doc.int_(row, "year", where)
        if not 1990 <= year <= 2100:
            raise doc.error(f"{where}.year", f"年份不合理：{year}")
        kind = _one_of(doc, row, "kind", where, _GRID_KINDS)
        region = doc.str_(row, "region", where)
        if kind in _NATIONAL_KIND_REGION and region != _NATIONAL_KIND_REGION[kind]:
            raise doc.error(f"{where}.region", f"kind 为 {kind} 时应为“{_NATIONAL_KIND_REGION[kind]}”")
        if kind == "regional" and region not in GRID_REGIONS:
            raise doc.error(f"{where}.region", f"应为区域电网 {'/'.join(GRID_REGIONS)} 之一，实际为“{region}”")
        if kind == "provincial" and region not in short_names:
            raise doc.error(f"{where}.region", f"应为省级行政区简称（见 provinces_gbt2260.json），实际为“{region}”")
        if kind == "carbon_market" and region in (*GRID_REGIONS, *_NATIONAL_KIND_REGION.values()):
            raise doc.error(f"{where}.region", "未核实的因子不能与已核实的因子同名")
        result.append(
            GridFactor(
                year=year,
                region=region,
                kg_per_kwh=_decimal(doc, row, "kg_per_kwh", where),
                label=_label(doc, row, where),
                source=doc.str_(row, "source", where),
                usable_by_default=doc.bool_(row, "usable_by_default", where),
                kind=kind,
                note=_text(doc, row, "note", where),
            )
        )
    _unique(doc, "grid_factors[].(year, region)", [f"{f.year} {f.region}" for f in result])
    return tuple(result)


def grid_factors() -> list[GridFactor]:
    """Every stored grid factor (including the unverified ones with ``usable_by_default`` false)."""
    return list(_grid_factors())


def grid_factor(year: int, region: str = NATIONAL) -> GridFactor | None:
    """The factor for exactly that year and region, or None (then the caller asks the user; never substitute
    another year). ``region``: ``NATIONAL`` (default), ``NATIONAL_EXCL_MARKET_NONFOSSIL``, ``NATIONAL_FOSSIL``,
    a ``GRID_REGIONS`` name, or a province short name (only a few 2022 provinces are stored)."""
    return next((f for f in _grid_factors() if f.year == year and f.region == region), None)


@cache
def _fuels() -> tuple[FuelCO2, ...]:
    doc, _ = _document(CO2_FILE)
    result: list[FuelCO2] = []
    for i, row in enumerate(doc.list_of_objects(doc.root, "fuels", "")):
        where = f"fuels[{i}]"
        oxidation = _decimal_or_none(doc, row, "oxidation", where)
        if oxidation is not None and oxidation > 1:
            raise doc.error(f"{where}.oxidation", f"碳氧化率应为不大于 1 的小数，实际为 {oxidation}")
        result.append(
            FuelCO2(
                code=doc.str_(row, "code", where),
                name_zh=doc.str_(row, "name_zh", where),
                ncv=_decimal(doc, row, "ncv", where),
                ncv_unit=_one_of(doc, row, "ncv_unit", where, frozenset(_FUEL_NCV_UNITS)),
                cc=_decimal(doc, row, "cc", where),
                oxidation=oxidation,
                label=_label(doc, row, where),
                source=doc.str_(row, "source", where),
                note=_text(doc, row, "note", where),
            )
        )
    _unique(doc, "fuels[].code", [f.code for f in result])
    return tuple(result)


def fuels_co2() -> tuple[FuelCO2, ...]:
    """Every stored fuel-combustion parameter set."""
    return _fuels()


def fuel_co2(code: str) -> FuelCO2 | None:
    """Fuel parameters by code (``"diesel"``, ``"natural_gas"`` …), or None if not stored."""
    return next((f for f in _fuels() if f.code == code), None)


@cache
def heat_co2_default() -> tuple[Decimal, str, str]:
    """Purchased-heat default: (tCO2/GJ, label, source). Label M: verify against the applicable guideline."""
    doc, _ = _document(CO2_FILE)
    obj = doc.mapping(doc.get(doc.root, "purchased_heat", ""), "purchased_heat")
    return (
        _decimal(doc, obj, "t_co2_per_gj", "purchased_heat"),
        _label(doc, obj, "purchased_heat"),
        doc.str_(obj, "source", "purchased_heat"),
    )


@dataclass(frozen=True)
class _RegionMap:
    by_province: dict[str, str]
    southwest_region: str
    southwest_provinces: frozenset[str]
    southwest_from_year: int
    mengdong_region: str
    mengdong_prefixes: frozenset[str]


@cache
def _region_map() -> _RegionMap:
    doc, _ = _document(CO2_FILE)
    where = "grid_regions"
    obj = doc.mapping(doc.get(doc.root, where, ""), where)
    _label(doc, obj, where)
    known = {p.code for p in catalogues.provinces()}
    regions = doc.mapping(doc.get(obj, "regions", where), f"{where}.regions")
    by_province: dict[str, str] = {}
    for region, codes in regions.items():
        key = f"{where}.regions.{region}"
        if region not in GRID_REGIONS:
            raise doc.error(key, f"应为区域电网 {'/'.join(GRID_REGIONS)} 之一")
        for code in _code_list(doc, codes, key, known):
            if code in by_province:
                raise doc.error(key, f"省级代码“{code}”已归入{by_province[code]}")
            by_province[code] = region
    sw_where = f"{where}.southwest"
    sw = doc.mapping(doc.get(obj, "southwest", where), sw_where)
    _label(doc, sw, sw_where)
    sw_region = _one_of(doc, sw, "region", sw_where, frozenset(GRID_REGIONS))
    sw_provinces = frozenset(_code_list(doc, doc.get(sw, "provinces", sw_where), f"{sw_where}.provinces", known))
    md_where = f"{where}.mengdong"
    md = doc.mapping(doc.get(obj, "mengdong", where), md_where)
    _label(doc, md, md_where)
    md_region = _one_of(doc, md, "region", md_where, frozenset(GRID_REGIONS))
    md_raw = doc.get(md, "prefecture_prefixes", md_where)
    if not (isinstance(md_raw, list) and all(isinstance(p, str) and len(p) == 4 and p.isdigit() for p in md_raw)):
        raise doc.error(f"{md_where}.prefecture_prefixes", "应为4位数字字符串组成的数组")
    mainland = {c for c in known if c < "71"}
    missing = sorted(mainland - set(by_province) - sw_provinces)
    if missing:
        raise doc.error(f"{where}.regions", f"以下省级代码未归入任何区域电网：{'、'.join(missing)}")
    return _RegionMap(
        by_province=by_province,
        southwest_region=sw_region,
        southwest_provinces=sw_provinces,
        southwest_from_year=doc.int_(sw, "from_year", sw_where),
        mengdong_region=md_region,
        mengdong_prefixes=frozenset(md_raw),
    )


def _code_list(doc: _Doc, value: object, key: str, known: set[str]) -> list[str]:
    if not isinstance(value, list) or not value:
        raise doc.error(key, "应为非空的省级代码数组")
    for code in value:
        if not isinstance(code, str) or code not in known:
            raise doc.error(key, f"“{code}”不是 provinces_gbt2260.json 中的省级代码")
    return list(value)


def grid_region(province_code: str, year: int) -> str | None:
    """Regional grid for a GB/T 2260 code (2 digits, or a longer code: its prefix decides) in a factor year.

    From the year the 西南 region exists (2021 on), 四川/重庆/西藏 belong to 西南; before, 川渝 to 华中 and 西藏
    to none. 内蒙古 maps to 华北 (蒙西) unless a 蒙东 prefecture code (1504, 1505, 1507, 1522) is given (东北).
    None for 台湾/香港/澳门, unknown or malformed codes: the caller asks the user. The mapping is label M.
    """
    text = province_code.strip()
    if not (len(text) >= 2 and text.isascii() and text.isdigit()):
        return None
    m = _region_map()
    prefix = text[:2]
    if len(text) >= 4 and text[:4] in m.mengdong_prefixes:
        return m.mengdong_region
    if prefix in m.southwest_provinces and year >= m.southwest_from_year:
        return m.southwest_region
    return m.by_province.get(prefix)


# --- GB 17167 ----------------------------------------------------------------------------------------------


@cache
def _gb17167_editions() -> tuple[tuple[Gb17167Edition, ...], dict[str, Mapping[str, object]]]:
    doc, _ = _document(GB17167_FILE)
    editions_obj = doc.mapping(doc.get(doc.root, "editions", ""), "editions")
    if not editions_obj:
        raise doc.error("editions", "不能为空")
    result: list[Gb17167Edition] = []
    raw: dict[str, Mapping[str, object]] = {}
    for name, value in editions_obj.items():
        where = f"editions.{name}"
        ed = doc.mapping(value, where)
        raw[name] = ed
        result.append(
            Gb17167Edition(
                edition=name,
                standard=doc.str_(ed, "standard", where),
                effective_from=_date(doc, ed, "effective_from", where),
                effective_until=_date_or_none(doc, ed, "effective_until", where),
                effective_from_label=_label(doc, ed, where, "effective_from_label"),
                tables_available=doc.bool_(ed, "tables_available", where),
                note=_text(doc, ed, "note", where),
            )
        )
    _check_edition_chain(doc, "editions", [(e.edition, e.effective_from, e.effective_until) for e in result])
    return tuple(sorted(result, key=lambda e: e.effective_from)), raw


def gb17167_editions() -> tuple[Gb17167Edition, ...]:
    """The GB 17167 editions, oldest first ("2006"; "2025" with ``tables_available`` false)."""
    return _gb17167_editions()[0]


def gb17167_edition(edition: str) -> Gb17167Edition:
    for ed in gb17167_editions():
        if ed.edition == edition:
            return ed
    raise _unknown_edition(GB17167_FILE, edition, [e.edition for e in gb17167_editions()])


def gb17167_edition_for(as_of: date) -> str:
    """Edition in force on ``as_of``: "2006" before 2026-02-01, "2025" from then (check ``tables_available``)."""
    return _edition_for([(e.edition, e.effective_from) for e in gb17167_editions()], as_of)


def _gb17167_tables(edition: str) -> tuple[_Doc, Mapping[str, object], str]:
    ed = gb17167_edition(edition)
    doc, _ = _document(GB17167_FILE)
    where = f"editions.{edition}"
    if not ed.tables_available:
        raise doc.error(f"{where}.tables_available", f"{ed.standard} 的表格未收录，须由用户按原文录入要求")
    return doc, _gb17167_editions()[1][edition], where


@cache
def _rates(edition: str) -> tuple[MeteringRate, ...]:
    doc, ed, where = _gb17167_tables(edition)
    result: list[MeteringRate] = []
    for i, row in enumerate(doc.list_of_objects(ed, "metering_rates", where)):
        rw = f"{where}.metering_rates[{i}]"
        levels = _levels(doc, row, rw)
        unresolved = doc.bool_(row, "unresolved", rw) if "unresolved" in row else False
        readings: list[MeteringReading] = []
        if unresolved:
            for j, item in enumerate(doc.list_of_objects(row, "readings", rw)):
                iw = f"{rw}.readings[{j}]"
                readings.append(
                    MeteringReading(*_levels(doc, item, iw), _label(doc, item, iw), doc.str_(item, "source", iw))
                )
            if len(readings) < 2 or levels != (readings[0].level1, readings[0].level2, readings[0].level3):
                raise doc.error(f"{rw}.readings", "未定行应列出至少两种读法，且第一种与本行 level1–level3 相同")
        elif "readings" in row:
            raise doc.error(f"{rw}.readings", "只有 unresolved 为 true 的行才能列出多种读法")
        result.append(
            MeteringRate(
                energy=doc.str_(row, "energy", rw),
                level1=levels[0],
                level2=levels[1],
                level3=levels[2],
                label=_label(doc, row, rw),
                note=_text(doc, row, "note", rw),
                group=_text(doc, row, "group", rw),
                source=doc.str_(row, "source", rw),
                unresolved=unresolved,
                readings=tuple(readings),
            )
        )
    _unique(doc, f"{where}.metering_rates[].energy", [r.energy for r in result])
    return tuple(result)


def _levels(doc: _Doc, row: Mapping[str, object], where: str) -> tuple[Decimal | None, Decimal | None, Decimal | None]:
    values: list[Decimal | None] = []
    for name in ("level1", "level2", "level3"):
        value = _decimal_or_none(doc, row, name, where)
        if value is not None and value > 100:
            raise doc.error(f"{where}.{name}", f"配备率应在 0–100 之间，实际为 {value}")
        values.append(value)
    return values[0], values[1], values[2]


def gb17167_rates(edition: str = "2006") -> list[MeteringRate]:
    """Required 配备率 (GB 17167 Table 3) in table order. An edition without tables raises ``ReferenceDataError``."""
    return list(_rates(edition))


@cache
def _thresholds(edition: str) -> tuple[MeteringThreshold, ...]:
    doc, ed, where = _gb17167_tables(edition)
    result: list[MeteringThreshold] = []
    for i, row in enumerate(doc.list_of_objects(ed, "thresholds", where)):
        rw = f"{where}.thresholds[{i}]"
        result.append(
            MeteringThreshold(
                energy=doc.str_(row, "energy", rw),
                sub_unit_min=_decimal(doc, row, "sub_unit_min", rw),
                sub_unit_unit=doc.str_(row, "sub_unit_unit", rw),
                equipment_min=_decimal(doc, row, "equipment_min", rw),
                equipment_unit=doc.str_(row, "equipment_unit", rw),
                label=_label(doc, row, rw),
                source=doc.str_(row, "source", rw),
            )
        )
    _unique(doc, f"{where}.thresholds[].energy", [t.energy for t in result])
    return tuple(result)


def gb17167_thresholds(edition: str = "2006") -> list[MeteringThreshold]:
    """Table 1/2 thresholds defining 主要次级用能单位 and 主要用能设备."""
    return list(_thresholds(edition))


@cache
def _accuracy(edition: str) -> tuple[AccuracyRequirement, ...]:
    doc, ed, where = _gb17167_tables(edition)
    result: list[AccuracyRequirement] = []
    for i, row in enumerate(doc.list_of_objects(ed, "accuracy", where)):
        rw = f"{where}.accuracy[{i}]"
        result.append(
            AccuracyRequirement(
                instrument=doc.str_(row, "instrument", rw),
                application=doc.str_(row, "application", rw),
                accuracy_class=doc.str_(row, "accuracy_class", rw),
                label=_label(doc, row, rw),
                source=doc.str_(row, "source", rw),
            )
        )
    _unique(doc, f"{where}.accuracy[]", [f"{a.instrument} {a.application}" for a in result])
    return tuple(result)


def gb17167_accuracy(edition: str = "2006") -> list[AccuracyRequirement]:
    """Table 4 accuracy-class requirements."""
    return list(_accuracy(edition))


@cache
def gb17167_exemptions(edition: str = "2006") -> tuple[str, ...]:
    """Exemptions from metering (free text, label M)."""
    doc, ed, where = _gb17167_tables(edition)
    raw = doc.get(ed, "exemptions", where)
    if not isinstance(raw, list) or not all(isinstance(s, str) and s.strip() for s in raw):
        raise doc.error(f"{where}.exemptions", "应为非空字符串组成的数组")
    return tuple(raw)


# --- helpers ------------------------------------------------------------------------------------------------


def _file(name: str) -> str:
    return str(_document(name)[0].path)


def _unknown_edition(name: str, edition: str, known: list[str]) -> ReferenceDataError:
    return ReferenceDataError(
        detail=f"参考数据文件 {_file(name)}，键 editions：没有版本“{edition}”（已收录：{'、'.join(known)}）"
    )


def clear_cache() -> None:
    """Forget every loaded file, here and in ``catalogues`` (the next call re-reads ``resources/reference``)."""
    catalogues.clear_cache()
    for fn in (
        _gbt2589,
        electricity_equal_value,
        refinery_steam_classes,
        _grid_factors,
        _fuels,
        heat_co2_default,
        _region_map,
        _gb17167_editions,
        _rates,
        _thresholds,
        _accuracy,
        gb17167_exemptions,
    ):
        fn.cache_clear()
