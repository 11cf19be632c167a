"""GB/T 2589 折标准煤系数 (editions 2008 and 2020), electricity 等价值 guidance and the refinery steam table."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache

from desktop_app.reference._energy_common import (
    COEFFICIENT_CATEGORIES,
    COEFFICIENT_UNITS,
    GBT2589_FILE,
    _check_edition_chain,
    _date,
    _date_or_none,
    _decimal,
    _decimal_or_none,
    _edition_for,
    _editions,
    _file,
    _label,
    _one_of,
    _text,
    _unique,
    _unknown_edition,
)
from desktop_app.reference.catalogues import ReferenceDataError, _Doc, _document


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



# --- GB/T 2589 -----------------------------------------------------------------------------------------------


@cache
def _gbt2589() -> tuple[tuple[Gbt2589Edition, ...], dict[str, dict[str, Coefficient]]]:
    doc, _ = _document(GBT2589_FILE)
    editions: list[Gbt2589Edition] = []
    tables: dict[str, dict[str, Coefficient]] = {}
    for name, where, ed in _editions(doc):
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
