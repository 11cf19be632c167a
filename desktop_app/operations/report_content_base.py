"""Shared pieces of the report builder (``report_content``): the case read once through the operations layer,
number formatting, checklist findings as report blocks, and the measurement statistics.

Numbers are rounded for the report only, with GB/T 8170 rounding (``calculations.energy.display_tce``, the rule
the app uses everywhere it shows a figure); the exact decimals stay in the case. Every number that is printed
carries its unit, in the text or in the column header. "—" means "not available"; a missing section says what is
missing instead of vanishing.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from desktop_app.calculations.calculators import fmt
from desktop_app.calculations.energy import display_tce
from desktop_app.calculations.measures import MeasureTotals
from desktop_app.calculations.series import RangeStats, range_stats
from desktop_app.domain.checklist import Section, Status
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.findings import CheckReport
from desktop_app.operations import (
    calc_results,
    checklist,
    energy,
    equipment,
    feedback,
    measurements,
    measures,
    metering,
    products,
    spot_measurements,
    summary,
)
from desktop_app.operations.calc_results import SavedResult
from desktop_app.operations.check import check_case
from desktop_app.operations.checklist import ChecklistState, ItemState
from desktop_app.operations.energy import EnergyReport
from desktop_app.operations.equipment import DeviceView
from desktop_app.operations.feedback import Feedback
from desktop_app.operations.measures import MeasureView
from desktop_app.operations.metering import MeteringReport
from desktop_app.operations.products import ProductResult
from desktop_app.operations.summary import CaseSummary
from desktop_app.reporting import model as m
from desktop_app.storage.casefile import CaseFile

DASH = "—"
GENERAL_SECTIONS = ("P", "E", "C", "T", "S", "M", "K", "N", "R")


# --- numbers and texts --------------------------------------------------------------------------------------------
def num(value: Decimal | float | int | str | None, places: int = 2) -> str:
    """``value`` rounded to ``places`` decimals (GB/T 8170, half to even) for the report; None/NaN → "—"."""
    if value is None or value == "":
        return DASH
    if isinstance(value, float):
        if not math.isfinite(value):
            return DASH
        value = Decimal(repr(value))
    try:
        d = Decimal(value) if not isinstance(value, Decimal) else value
    except ArithmeticError:
        return str(value)
    if not d.is_finite():
        return DASH
    text = display_tce(d, places)
    return text.lstrip("-") if Decimal(text) == 0 else text


def qty(value: Decimal | float | int | None) -> str:
    """A physical quantity for running text: no decimals when it is whole ("96000"), else 2 (GB/T 8170)."""
    if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
        return num(value, 0)
    return num(value, 2)


def price(value: Decimal | None) -> str:
    """A unit price: at most 4 decimals (GB/T 8170), trailing zeros dropped ("0.62", "880")."""
    if value is None:
        return DASH
    rounded = Decimal(num(value, 4))
    return format(rounded.normalize(), "f") if rounded else "0"


def pct(fraction: Decimal | float | None, places: int = 1) -> str:
    """A fraction (0.123) as a percentage number ("12.3"); the caller adds "%"."""
    if fraction is None:
        return DASH
    return num(Decimal(repr(fraction)) * 100 if isinstance(fraction, float) else fraction * 100, places)


def text(value: object, missing: str = DASH) -> str:
    s = "" if value is None else str(value).strip()
    return s or missing


def date_zh(iso: str) -> str:
    """"2026-03-20" → "2026年3月20日" ("" stays "")."""
    try:
        d = datetime.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return f"{d.year}年{d.month}月{d.day}日"


def local_time(ms: int | None, tz: str) -> str:
    if ms is None:
        return DASH
    return datetime.fromtimestamp(ms / 1000, ZoneInfo(tz)).strftime("%Y-%m-%d %H:%M")


def missing_note(what: str, where: str) -> m.Note:
    """The standard sentence for an empty part of the report."""
    return m.Note(f"尚未填写{what}：请在“{where}”中录入后重新生成报告。", "warning")


# --- the case, read once ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ChannelStat:
    dataset: dict[str, Any]
    channel: dict[str, Any]
    equipment: str  # title of the linked device, "" when none
    stats: RangeStats


@dataclass
class CaseData:
    """Everything the report and the annex workbook print, read through the operations layer."""

    case: CaseFile
    ent: dict[str, Any]
    eng: dict[str, Any]
    info: dict[str, Any]
    contacts: list[dict[str, Any]]
    summary: CaseSummary
    check: CheckReport
    energy: EnergyReport
    products: list[ProductResult]
    metering: MeteringReport
    meters: list[dict[str, Any]]
    devices: list[DeviceView]
    measures: list[MeasureView]
    totals: MeasureTotals
    feedback: Feedback
    checklist: ChecklistState
    calcs: list[SavedResult]
    spots: list[dict[str, Any]]
    channels: list[ChannelStat]

    @property
    def has_energy(self) -> bool:
        return any(i.conversion for i in self.energy.items)

    def device_title(self, equipment_id: object) -> str:
        for d in self.devices:
            if equipment_id is not None and d.id == equipment_id:
                return d.title
        return ""

    def general(self, section_id: str) -> Section | None:
        """A section of the general checklist ("P", "E", … "R"), if the case uses one."""
        general_ids = {t.id for t in self.checklist.templates if t.kind == "general"}
        return next((s for s in self.checklist.sections if s.id == section_id and s.template in general_ids), None)

    def industry_sections(self) -> list[Section]:
        industry_ids = {t.id for t in self.checklist.templates if t.kind != "general"}
        return [s for s in self.checklist.sections if s.template in industry_ids]


def gather(case: CaseFile) -> CaseData:
    check = check_case(case)
    devices = equipment.register(case)
    titles = {d.id: d.title for d in devices}
    return CaseData(
        case=case,
        ent=case.row("enterprise", 1) or {},
        eng=case.row("engagement", 1) or {},
        info=case.row("case_info", 1) or {},
        contacts=sorted(case.rows("contact"), key=lambda r: (r.get("sort_order") or 0, r["id"])),
        summary=summary.summarize(case, check),
        check=check,
        energy=energy.report(case),
        products=products.grade_products(case),
        metering=metering.report(case),
        meters=sorted(case.rows("meter"), key=lambda r: (_energy_rank(str(r.get("energy"))), int(r.get("level") or 0),
                                                         r["id"])),
        devices=devices,
        measures=measures.register(case),
        totals=measures.totals(case),
        feedback=feedback.load(case),
        checklist=checklist.load(case),
        calcs=calc_results.saved(case),
        spots=sorted(spot_measurements.spots(case), key=lambda r: (str(r.get("taken_at") or ""), r["id"])),
        channels=_channel_stats(case, titles),
    )


def _energy_rank(name: str) -> int:
    order = metering.energies()  # GB 17167's order: 电力, 煤炭, …
    return order.index(name) if name in order else len(order)


def _channel_stats(case: CaseFile, titles: dict[int, str]) -> list[ChannelStat]:
    out: list[ChannelStat] = []
    for d in measurements.datasets(case):
        times = measurements.dataset_times(case, int(d["id"]))
        for ch in measurements.channels(case, int(d["id"])):
            values = measurements.channel_values(case, int(ch["id"]))
            try:
                stats = range_stats(times, values, str(ch.get("unit") or ""),
                                    kind=str(ch.get("series_kind") or "sample"))
            except ValidationError:
                continue  # a damaged series is reported by the measurement page, not by the report
            out.append(ChannelStat(d, ch, titles.get(int(ch["equipment_id"]), "") if ch.get("equipment_id") else "",
                                   stats))
    return out


def main_channel(data: CaseData) -> ChannelStat | None:
    """The channel whose daily profile the report shows: an active power not linked to a device (a feeder of the
    whole plant) first, then any active power, then any channel; the most valid samples wins within a rank."""
    def rank(c: ChannelStat) -> tuple[int, int]:
        power = c.channel.get("quantity") == "active_power"
        plant = not c.channel.get("equipment_id")
        return (0 if power and plant else 1 if power else 2, -c.stats.count)

    usable = [c for c in data.channels if c.stats.count > 1]
    return min(usable, key=rank) if usable else None


def last_change(case: CaseFile) -> datetime | None:
    """The time of the newest journal entry (UTC): the report's date, so an unchanged case gives the same PDF."""
    stamp = case.journal_stats()[1] or str((case.row("case_info", 1) or {}).get("created_utc") or "")
    try:
        when = datetime.fromisoformat(stamp)
    except ValueError:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


# --- checklist findings ------------------------------------------------------------------------------------------
def answer_value(st: ItemState) -> str:
    v = st.value()
    if v is None or v == "":
        return ""
    if st.item.answer.type == "number" and isinstance(v, int | float):
        unit = st.item.answer.unit if st.item.answer.unit not in ("—", "-") else ""
        return f"{fmt(float(v))} {unit}".strip()
    return str(v)


def item_line(st: ItemState) -> str:
    """"G-S-04 电动机负载率与匹配【不符合】：finding" (value, finding, or what bound data says)."""
    value = answer_value(st)
    head = f"{st.item.id} {st.item.title}【{st.status.label_zh}{'，' + value if value else ''}】"
    finding = str((st.answer or {}).get("finding") or "").strip()
    if not finding and st.derived is not None:
        finding = f"{st.derived.text}（据{st.derived.source}数据）" if st.derived.source else st.derived.text
    return head + (f"：{finding}" if finding else "")


def findings(data: CaseData, sections: Iterable[Section | None], *, what: str = "现场核查") -> list[m.Block]:
    """The answered items of ``sections`` as paragraphs, then one line naming the items still open."""
    secs = [s for s in sections if s is not None]
    if not data.checklist.templates:
        return [m.Note(f"尚未选择诊断清单模板，{what}结论缺失：请在“诊断清单”中选择清单并逐项核查。", "warning")]
    if not secs:
        return [m.Paragraph("本案例所用诊断清单不含本节条目。")]
    blocks: list[m.Block] = []
    open_items: list[str] = []
    for s in secs:
        for it in s.items:
            st = data.checklist.items[it.id]
            if st.status in (Status.UNCHECKED,) and not (st.answer or {}).get("finding"):
                open_items.append(f"{it.id} {it.title}")
                continue
            blocks.append(m.Paragraph(item_line(st)))
    if open_items:
        blocks.append(m.Note("以下条目尚未核查（诊断清单中为“未查”）：" + "；".join(open_items) + "。", "warning"))
    return blocks


def items(data: CaseData, ids: Sequence[str], *, derived: bool = True) -> list[m.Block]:
    """The given checklist items as paragraphs (an open item says so); nothing when the case lacks the item.

    ``derived=False`` leaves out 符合/不适用 items without a finding of their own: what they hold is the case's
    data, which the chapter already shows (e.g. the profile)."""
    out: list[m.Block] = []
    for item_id in ids:
        st = data.checklist.items.get(item_id)
        if st is None:
            continue
        if not derived and not (st.answer or {}).get("finding") and st.status in (Status.CONFORMING,
                                                                                   Status.NOT_APPLICABLE):
            continue
        if st.answered or (st.answer or {}).get("finding") or st.derived is not None:
            out.append(m.Paragraph(item_line(st)))
        else:
            out.append(m.Paragraph(f"{st.item.id} {st.item.title}：尚未核查。"))
    return out


def product_label(p: ProductResult) -> str:
    """"熟料单位产品煤耗" (the indicator names the product) or "P·O 42.5 水泥 水泥单位产品综合能耗"."""
    indicator = p.result.indicator
    return indicator if indicator.startswith(p.name) else f"{p.name} {indicator}"


def nonconforming(data: CaseData) -> list[ItemState]:
    return [st for st in data.checklist.ordered() if st.status is Status.NONCONFORMING]


def table_or_note(table: m.Table, note: m.Note | None) -> list[m.Block]:
    """The table, or (when it has no rows and a note is given) the note saying what is missing."""
    if not table.rows and note is not None:
        return [note]
    return [table]


def join(parts: Sequence[str], sep: str = "；") -> str:
    return sep.join(p for p in parts if p)
