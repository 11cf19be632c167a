"""GB 17167 metering requirements: editions, 配备率 (Table 3), thresholds (Tables 1–2), accuracy (Table 4)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache

from desktop_app.reference._energy_common import (
    GB17167_FILE,
    _check_edition_chain,
    _date,
    _date_or_none,
    _decimal,
    _decimal_or_none,
    _edition_for,
    _editions,
    _label,
    _text,
    _unique,
    _unknown_edition,
)
from desktop_app.reference.catalogues import _Doc, _document


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



# --- GB 17167 ----------------------------------------------------------------------------------------------


@cache
def _gb17167_editions() -> tuple[tuple[Gb17167Edition, ...], dict[str, Mapping[str, object]]]:
    doc, _ = _document(GB17167_FILE)
    result: list[Gb17167Edition] = []
    raw: dict[str, Mapping[str, object]] = {}
    for name, where, ed in _editions(doc):
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
