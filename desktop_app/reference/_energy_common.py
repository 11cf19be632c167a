"""Shared loading helpers for the energy reference data (GB/T 2589, CO2 factors, GB 17167): strict parsing of
decimal strings, dates, labels and edition chains, each failure a ReferenceDataError naming file and key."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from desktop_app.reference.catalogues import PROVENANCE_LABELS, ReferenceDataError, _Doc, _document

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


# --- file helpers ------------------------------------------------------------------------------------------------


def _file(name: str) -> str:
    return str(_document(name)[0].path)


def _unknown_edition(name: str, edition: str, known: list[str]) -> ReferenceDataError:
    return ReferenceDataError(
        detail=f"参考数据文件 {_file(name)}，键 editions：没有版本“{edition}”（已收录：{'、'.join(known)}）"
    )


def _editions(doc: _Doc) -> list[tuple[str, str, Mapping[str, object]]]:
    """(edition name, key path, edition object) for each entry of a file's non-empty ``editions`` object."""
    editions_obj = doc.mapping(doc.get(doc.root, "editions", ""), "editions")
    if not editions_obj:
        raise doc.error("editions", "不能为空")
    return [(name, f"editions.{name}", doc.mapping(value, f"editions.{name}")) for name, value in editions_obj.items()]
