"""节能措施: the measures register — each measure's resource streams converted with the case's GB/T 2589 edition,
electricity 等价值, grid factor and energy prices; the enterprise's decisions over time; links to checklist items,
equipment, measurements and calculator results; totals. Figures are computed per revision, never stored."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop_app.calculations import measures as calc
from desktop_app.domain.changes import OpChanges
from desktop_app.domain.errors import JnzdError, ValidationError
from desktop_app.operations.memo import per_revision
from desktop_app.reference import measures_catalogue
from desktop_app.storage.casefile import CaseFile

TEXT = ("code", "title", "description", "catalogue_id")
LINK_KINDS = {"checklist": "诊断清单条目", "equipment": "设备", "dataset": "测量数据集", "channel": "测量通道",
              "calc_result": "计算结果"}
#: energy item unit → measure resource unit: multiply the item's price per its unit by this
_UNIT_FACTORS = {("万kWh", "kWh"): Decimal("0.0001"), ("kWh", "kWh"): Decimal(1), ("万m3", "m³"): Decimal("0.0001"),
                 ("m3", "m³"): Decimal(1), ("万m³", "m³"): Decimal("0.0001"), ("m³", "m³"): Decimal(1),
                 ("t", "t"): Decimal(1), ("kg", "t"): Decimal(1000), ("GJ", "GJ"): Decimal(1)}


def _decimal(raw: object, field: str, *, allow_negative: bool = True) -> str | None:
    text = "" if raw is None else str(raw).strip().replace(",", "")
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValidationError(field=field, detail=f"“{text}”不是数字") from None
    if not value.is_finite():
        raise ValidationError(field=field, detail="不是有限的数")
    if value < 0 and not allow_negative:
        raise ValidationError(field=field, detail=f"{text} 不能为负")
    return text


def _clean(values: Mapping[str, object]) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, raw in values.items():
        text = "" if raw is None else str(raw).strip()
        if key in TEXT:
            if key == "title" and not text:
                raise ValidationError(field="措施名称", detail="不能为空")
            out[key] = text or None
        elif key == "category":
            if text not in calc.CATEGORIES:
                text = next((k for k, v in calc.CATEGORIES.items() if v == text), text)
            if text not in calc.CATEGORIES:
                raise ValidationError(field="措施类别", detail=f"“{text}”应为{'、'.join(calc.CATEGORIES.values())}")
            out[key] = text
        elif key == "priority":
            if text and text not in calc.PRIORITIES:
                text = next((k for k, v in calc.PRIORITIES.items() if v == text), text)
            if text and text not in calc.PRIORITIES:
                raise ValidationError(field="优先级", detail=f"“{text}”应为{'、'.join(calc.PRIORITIES.values())}")
            out[key] = text or None
        elif key == "investment_wan":
            out[key] = _decimal(raw, "投资（万元）", allow_negative=False)
        elif key == "extra_om_wan":
            out[key] = _decimal(raw, "新增运维费用（万元/年）")
        elif key == "discount_rate_pct":
            rate = _decimal(raw, "折现率（%）", allow_negative=False)
            if rate is not None and Decimal(rate) >= 100:
                raise ValidationError(field="折现率（%）", detail=f"{rate} % 不合理")
            out[key] = rate
        elif key == "lifetime_years":
            if not text:
                out[key] = None
            elif not text.isdigit() or not 1 <= int(text) <= 50:
                raise ValidationError(field="寿命期（年）", detail=f"“{text}”应为 1–50 的整数")
            else:
                out[key] = int(text)
        else:
            raise ValidationError(field=key, detail="节能措施没有这个字段")
    return out


def _measure(case: CaseFile, measure_id: int) -> dict[str, Any]:
    row = case.row("measure", measure_id)
    if row is None:
        raise ValidationError(field="节能措施", detail=f"第 {measure_id} 号不存在（可能已删除）")
    return row


def add(case: CaseFile, values: Mapping[str, object], *, decided_on: str | None = None,
        source: object | None = None) -> tuple[OpChanges, int]:
    """A new measure (status 建议 from ``decided_on``, default today)."""
    clean = _clean({"category": "retrofit", **values})
    if not clean.get("title"):
        raise ValidationError(field="措施名称", detail="不能为空")
    order = 1 + max((int(r[0] or 0) for r in case.columns("measure", "sort_order")), default=0)
    label = f"添加节能措施 {clean['title']}"
    with case.edit(label) as tx:
        key = tx.insert("measure", {**clean, "sort_order": order})
        tx.insert("measure_decision", {"measure_id": key, "decision": "proposed",
                                       "decided_on": decided_on or date.today().isoformat()})
    return OpChanges(label, "edit", frozenset(tx.fields), source), key


def add_from_catalogue(case: CaseFile, catalogue_id: str, source: object | None = None) -> tuple[OpChanges, int]:
    entry = measures_catalogue.measure(catalogue_id)
    return add(case, {"title": entry.name, "category": entry.category, "description": entry.description,
                      "catalogue_id": entry.id}, source=source)


def update(case: CaseFile, measure_id: int, values: Mapping[str, object], source: object | None = None) -> OpChanges:
    row = _measure(case, measure_id)
    clean = _clean(values)
    label = f"修改节能措施 {row['title']}"
    with case.edit(label) as tx:
        tx.update("measure", measure_id, clean)
    return OpChanges(label, "edit", frozenset(tx.fields), source)


def delete(case: CaseFile, measure_id: int, source: object | None = None) -> OpChanges:
    row = _measure(case, measure_id)
    label = f"删除节能措施 {row['title']}"
    with case.edit(label) as tx:
        for table in ("measure_stream", "measure_decision", "measure_link"):
            for r in case.rows_where(table, "measure_id", measure_id):
                tx.delete(table, r["id"])
        tx.delete("measure", measure_id)
    return OpChanges(label, "edit", frozenset(tx.fields), source)


# --- streams, decisions, links ---------------------------------------------------------------------------


def set_stream(case: CaseFile, measure_id: int, resource: str, quantity: object, price: object = None,
               note: str = "", *, stream_id: int | None = None, source: object | None = None) -> tuple[OpChanges, int]:
    """Add (or, with ``stream_id``, change) one resource stream: annual saving in the resource's unit."""
    row = _measure(case, measure_id)
    if resource not in calc.RESOURCES:
        resource = next((k for k, r in calc.RESOURCES.items() if r.name_zh == resource), resource)
    if resource not in calc.RESOURCES:
        raise ValidationError(field="资源", detail=f"“{resource}”不是可选资源（"
                                                  f"{'、'.join(r.name_zh for r in calc.RESOURCES.values())}）")
    unit = calc.RESOURCES[resource].unit
    qty = _decimal(quantity, f"年节约量（{unit}）")
    if qty is None:
        raise ValidationError(field=f"年节约量（{unit}）", detail="不能为空")
    values = {"measure_id": measure_id, "resource": resource, "quantity": qty,
              "price": _decimal(price, f"单价（元/{unit}）", allow_negative=False), "note": note.strip() or None}
    label = f"{row['title']}：{'修改' if stream_id else '添加'}资源流"
    with case.edit(label) as tx:
        if stream_id is None:
            key = tx.insert("measure_stream", values)
        else:
            if case.row("measure_stream", stream_id) is None:
                raise ValidationError(field="资源流", detail=f"第 {stream_id} 条不存在")
            tx.update("measure_stream", stream_id, values)
            key = stream_id
    return OpChanges(label, "edit", frozenset(tx.fields), source), key


def delete_stream(case: CaseFile, stream_id: int, source: object | None = None) -> OpChanges:
    if case.row("measure_stream", stream_id) is None:
        raise ValidationError(field="资源流", detail=f"第 {stream_id} 条不存在")
    label = "删除资源流"
    with case.edit(label) as tx:
        tx.delete("measure_stream", stream_id)
    return OpChanges(label, "edit", frozenset(tx.fields), source)


def decide(case: CaseFile, measure_id: int, decision: str, decided_on: str, note: str = "",
           source: object | None = None) -> OpChanges:
    """Record the enterprise's decision on a date (the history is kept: 建议 → 采纳 → 实施中 → 已实施, or 不采纳)."""
    row = _measure(case, measure_id)
    if decision not in calc.DECISIONS:
        decision = next((k for k, v in calc.DECISIONS.items() if v == decision), decision)
    if decision not in calc.DECISIONS:
        raise ValidationError(field="企业决定", detail=f"“{decision}”应为{'、'.join(calc.DECISIONS.values())}")
    try:
        date.fromisoformat(decided_on)
    except ValueError:
        raise ValidationError(field="决定日期", detail=f"“{decided_on}”不是日期（YYYY-MM-DD）") from None
    label = f"{row['title']}：{calc.DECISIONS[decision]}"
    with case.edit(label) as tx:
        tx.insert("measure_decision", {"measure_id": measure_id, "decision": decision, "decided_on": decided_on,
                                       "note": note.strip() or None})
    return OpChanges(label, "edit", frozenset(tx.fields), source)


def _target_exists(case: CaseFile, kind: str, target: str) -> bool:
    if kind == "checklist":
        return any(r["item_id"] == target for r in case.rows("checklist_answer")) or bool(target.strip())
    table = {"equipment": "equipment", "dataset": "dataset", "channel": "channel", "calc_result": "calc_result"}[kind]
    return target.isdigit() and case.row(table, int(target)) is not None


def link(case: CaseFile, measure_id: int, kind: str, target: object, *, on: bool = True,
         source: object | None = None) -> OpChanges:
    row = _measure(case, measure_id)
    if kind not in LINK_KINDS:
        raise ValidationError(field="关联类型", detail=f"“{kind}”应为{'、'.join(LINK_KINDS.values())}")
    key = str(target).strip()
    if on and not _target_exists(case, kind, key):
        raise ValidationError(field=LINK_KINDS[kind], detail=f"“{key}”不存在")
    existing = next((r for r in case.rows_where("measure_link", "measure_id", measure_id)
                     if r["kind"] == kind and r["target"] == key), None)
    label = f"{row['title']}：{'关联' if on else '取消关联'}{LINK_KINDS[kind]}"
    with case.edit(label) as tx:
        if on and existing is None:
            tx.insert("measure_link", {"measure_id": measure_id, "kind": kind, "target": key})
        elif not on and existing is not None:
            tx.delete("measure_link", existing["id"])
    return OpChanges(label, "edit", frozenset(tx.fields), source)


# --- figures ---------------------------------------------------------------------------------------------


def default_prices(case: CaseFile) -> dict[str, Decimal]:
    """Price per resource unit from the case's energy items (cost ÷ consumption), where the units convert."""
    prices: dict[str, Decimal] = {}
    for item in case.rows("energy_item"):
        try:
            cost, used = Decimal(str(item.get("cost_yuan") or "")), Decimal(str(item.get("consumed") or ""))
        except InvalidOperation:
            continue
        if used <= 0:
            continue
        for key, res in calc.RESOURCES.items():
            factor = _UNIT_FACTORS.get((str(item["unit"]), res.unit))
            if res.coefficient_code == item["energy_code"] and factor is not None and key not in prices:
                prices[key] = (cost / used * factor).quantize(Decimal("0.0001"))
    return prices


@dataclass(frozen=True)
class MeasureView:
    id: int
    row: dict[str, Any]
    streams: list[dict[str, Any]]
    decisions: list[dict[str, Any]]  # oldest first
    links: list[dict[str, Any]]
    figures: calc.MeasureFigures | None
    error: str

    @property
    def decision(self) -> str:
        return str(self.decisions[-1]["decision"]) if self.decisions else "proposed"

    @property
    def decision_label(self) -> str:
        return calc.DECISIONS.get(self.decision, self.decision)

    @property
    def title(self) -> str:
        return f"{self.row.get('code') or ''} {self.row['title']}".strip()


def _settings(case: CaseFile) -> dict[str, Any]:
    from desktop_app.operations import energy

    s = case.row("energy_setting", 1) or {}
    edition = s.get("gbt2589_edition") or energy.edition(case)
    return {"edition": str(edition), "equal": s.get("equal_value"), "equal_source": s.get("equal_value_source") or "",
            "grid": s.get("grid_factor"), "grid_source": s.get("grid_factor_basis") or "",
            "media": bool(s.get("include_working_media"))}


def _figures(row: Mapping[str, Any], streams: list[dict[str, Any]], settings: Mapping[str, Any],
             prices: Mapping[str, Decimal]) -> calc.MeasureFigures:
    def dec(v: object) -> Decimal | None:
        return Decimal(str(v)) if v not in (None, "") else None

    items = [calc.Stream(s["resource"], Decimal(str(s["quantity"])),
                         dec(s.get("price")) if s.get("price") not in (None, "") else prices.get(s["resource"]),
                         str(s.get("note") or "")) for s in streams]
    rate = dec(row.get("discount_rate_pct"))
    return calc.evaluate(items, investment_wan=dec(row.get("investment_wan")) or Decimal(0),
                         edition=settings["edition"], equal_value_kgce_per_kwh=dec(settings["equal"]),
                         equal_value_source=settings["equal_source"], grid_factor_kg_per_kwh=dec(settings["grid"]),
                         grid_factor_source=settings["grid_source"], extra_om_wan=dec(row.get("extra_om_wan")) or
                         Decimal(0), discount_rate=rate / 100 if rate is not None else None,
                         lifetime_years=row.get("lifetime_years"), include_working_media=settings["media"])


@per_revision
def register(case: CaseFile) -> list[MeasureView]:
    settings = _settings(case)
    prices = default_prices(case)
    streams = case.rows("measure_stream")
    decisions = sorted(case.rows("measure_decision"), key=lambda r: (r["decided_on"], r["id"]))
    links = case.rows("measure_link")
    out = []
    for row in sorted(case.rows("measure"), key=lambda r: (r.get("sort_order") or 0, r["id"])):
        mine = [s for s in streams if s["measure_id"] == row["id"]]
        figures, error = None, ""
        try:
            figures = _figures(row, mine, settings, prices)
        except JnzdError as exc:
            error = exc.message()
        out.append(MeasureView(int(row["id"]), row, mine, [d for d in decisions if d["measure_id"] == row["id"]],
                               [lk for lk in links if lk["measure_id"] == row["id"]], figures, error))
    return out


def totals(case: CaseFile, *, include_rejected: bool = False) -> calc.MeasureTotals:
    views = [v for v in register(case) if v.figures is not None and (include_rejected or v.decision != "rejected")]
    return calc.totals([v.figures for v in views if v.figures is not None])

