"""CO2 factors: grid electricity by year and region, fuel-combustion parameters, purchased heat, and the
province → regional-grid mapping."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from desktop_app.reference import catalogues
from desktop_app.reference._energy_common import (
    _FUEL_NCV_UNITS,
    _GRID_KINDS,
    _NATIONAL_KIND_REGION,
    CO2_FILE,
    GRID_REGIONS,
    NATIONAL,
    _decimal,
    _decimal_or_none,
    _label,
    _one_of,
    _text,
    _unique,
)
from desktop_app.reference.catalogues import _Doc, _document


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
