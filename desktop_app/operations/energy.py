"""Energy consumption of a case: items with their balance and months, settings, and the computed report.

The GB/T 2589 rows a case uses are frozen into it (``frozen_reference``) the first time an energy item is
entered, in the edition its as-of date selects; later data releases never change an old case's figures.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from desktop_app.calculations import co2, energy, plausibility
from desktop_app.calculations.units import UNITS, decimal, to_base
from desktop_app.domain.changes import OpChanges
from desktop_app.domain.errors import ValidationError
from desktop_app.operations import frozen
from desktop_app.operations.memo import per_revision
from desktop_app.reference import energy_data
from desktop_app.reference.paths import resources_dir
from desktop_app.storage.casefile import CaseFile, Tx

NUMBER_COLUMNS = ("purchased", "opening_stock", "closing_stock", "transferred_out", "consumed", "cost_yuan",
                  "measured_ncv", "co2_ncv", "co2_cc", "co2_oxidation")
TEXT_COLUMNS = ("name", "ncv_source", "co2_source")
LABELS = {"purchased": "购入量", "opening_stock": "期初库存", "closing_stock": "期末库存", "transferred_out": "外供量",
          "consumed": "消费量", "cost_yuan": "费用（元）", "measured_ncv": "实测低位发热量",
          "co2_ncv": "CO2 计算用低位发热量", "co2_cc": "单位热值含碳量", "co2_oxidation": "碳氧化率", "name": "名称",
          "ncv_source": "发热量来源", "co2_source": "CO2 参数来源"}
SETTING_NUMBERS = ("equal_value", "grid_factor", "heat_factor", "compare_tce", "compare_output_value_wan")
STEAM_GJ_PER_T = Decimal("3.763")  # GB/T 2589 low-pressure steam 3 763 MJ/t, for purchased-steam CO2


# --- frozen reference ------------------------------------------------------------------------------------------
def _frozen_key(edition: str) -> str:
    return f"gbt2589/{edition}"


def edition(case: CaseFile) -> str:
    setting = case.row("energy_setting", 1) or {}
    if setting.get("gbt2589_edition"):
        return str(setting["gbt2589_edition"])
    as_of = str((case.row("case_info", 1) or {}).get("as_of_date") or date.today().isoformat())
    return energy_data.gbt2589_edition_for(date.fromisoformat(as_of))


def coefficients(case: CaseFile) -> dict[str, energy_data.Coefficient]:
    """The coefficients this case uses: its frozen copy, or (before anything is entered) the current data."""
    ed = edition(case)
    row = case.row("frozen_reference", _frozen_key(ed))
    if row is None:
        return energy_data.coefficients(ed)
    names = {f.name for f in fields(energy_data.Coefficient)}
    out = {}
    for code, data in json.loads(str(row["content"])).items():
        values: dict[str, Any] = {k: (Decimal(v) if k in ("kgce_per_unit", "kgce_per_unit_max", "ncv", "ncv_max")
                                      and v is not None else v) for k, v in data.items() if k in names}
        out[code] = energy_data.Coefficient(**values)
    return out


def _freeze(case: CaseFile, tx: Tx) -> None:
    ed = edition(case)
    if case.row("frozen_reference", _frozen_key(ed)) is not None:
        return
    rows = {code: {k: (str(v) if isinstance(v, Decimal) else v) for k, v in asdict(c).items()}
            for code, c in energy_data.coefficients(ed).items()}
    tx.insert("frozen_reference", {"key": _frozen_key(ed), "content": json.dumps(rows, ensure_ascii=False),
                                   "frozen_utc": datetime.now(UTC).isoformat(timespec="seconds")})
    tx.update("energy_setting", 1, {"gbt2589_edition": ed})
    frozen.freeze(case, tx, CO2_KEY, _fuels_now)


CO2_KEY = "co2/fuels"


def _fuels_now() -> dict[str, dict[str, object]]:
    return {f.code: {"ncv": str(f.ncv), "ncv_unit": f.ncv_unit, "cc": str(f.cc),
                     "oxidation": None if f.oxidation is None else str(f.oxidation), "label": f.label}
            for f in energy_data.fuels_co2()}


def fuel_defaults(case: CaseFile, code: str) -> tuple[Decimal, str, Decimal, Decimal | None, str] | None:
    """(NCV, NCV unit, CC, OF, label) of a fuel's default CO2 parameters, as this case froze them."""
    row = frozen.load(case, CO2_KEY, _fuels_now).get(code)
    if row is None:
        return None
    return (Decimal(row["ncv"]), str(row["ncv_unit"]), Decimal(row["cc"]),
            None if row["oxidation"] is None else Decimal(row["oxidation"]), str(row["label"]))


# --- editing ---------------------------------------------------------------------------------------------------
def _clean(coef: energy_data.Coefficient, unit: str, values: Mapping[str, object]) -> dict[str, object]:
    out: dict[str, object] = {}
    for col, raw in values.items():
        where = f"{coef.name_zh} {LABELS.get(col, col)}"
        if col in TEXT_COLUMNS:
            out[col] = str(raw).strip() or None if raw is not None else None
            continue
        if col not in NUMBER_COLUMNS:
            raise ValidationError(field=where, detail="能源项目没有这个字段")
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            out[col] = None
            continue
        number = decimal(raw, what=where)
        if number < 0:
            raise ValidationError(field=where, detail=f"不能为负（{number}）")
        if col == "co2_oxidation" and number > 1:
            raise ValidationError(field=where, detail=f"{number} 大于 1，应为 0–1 的小数（例如 0.98）")
        if col == "measured_ncv" and number == 0:
            raise ValidationError(field=where, detail="必须大于 0")
        out[col] = str(number)
    if unit not in UNITS:
        raise ValidationError(field=f"{coef.name_zh} 单位", detail=f"未知单位“{unit}”")
    to_base(Decimal(1), unit, coef.unit, what=f"{coef.name_zh} 单位")  # the unit must fit the coefficient
    return out


def add_item(case: CaseFile, energy_code: str, unit: str, values: Mapping[str, object] | None = None,
             source: object | None = None) -> tuple[OpChanges, int]:
    coefs = coefficients(case)
    if energy_code not in coefs:
        raise ValidationError(field="能源品种", detail=f"GB/T 2589 中没有“{energy_code}”")
    coef = coefs[energy_code]
    clean = _clean(coef, unit, dict(values or {}))
    order = max((int(r["sort_order"] or 0) for r in case.rows("energy_item")), default=0) + 1
    label = f"添加能源品种 {coef.name_zh}"
    with case.edit(label) as tx:
        _freeze(case, tx)
        key = tx.insert("energy_item", {"energy_code": energy_code, "name": clean.pop("name", None) or coef.name_zh,
                                        "unit": unit, "sort_order": order, **clean})
    return OpChanges(label, "edit", frozenset(tx.fields), source), key


def update_item(case: CaseFile, item_id: int, values: Mapping[str, object], source: object | None = None) -> OpChanges:
    row = case.row("energy_item", item_id)
    if row is None:
        raise ValidationError(field="能源品种", detail=f"没有编号为 {item_id} 的能源项目")
    coef = coefficients(case)[str(row["energy_code"])]
    unit = str(values.get("unit", row["unit"]))
    clean = _clean(coef, unit, {k: v for k, v in values.items() if k != "unit"})
    if unit != row["unit"]:
        clean["unit"] = unit
    label = f"修改能源品种 {row['name']}"
    with case.edit(label) as tx:
        tx.update("energy_item", item_id, clean)
    return OpChanges(label, "edit", frozenset(tx.fields), source)


def delete_item(case: CaseFile, item_id: int, source: object | None = None) -> OpChanges:
    row = case.row("energy_item", item_id)
    if row is None:
        raise ValidationError(field="能源品种", detail=f"没有编号为 {item_id} 的能源项目")
    label = f"删除能源品种 {row['name']}"
    with case.edit(label) as tx:
        for m in case.rows_where("energy_month", "item_id", item_id):
            tx.delete("energy_month", m["id"])
        tx.delete("energy_item", item_id)
    return OpChanges(label, "edit", frozenset(tx.fields), source)


def set_month(case: CaseFile, item_id: int, month: int, quantity: object, source: object | None = None) -> OpChanges:
    row = case.row("energy_item", item_id)
    if row is None or not 1 <= month <= 12:
        raise ValidationError(field="月度数据", detail=f"能源项目 {item_id} 或月份 {month} 无效")
    value = None
    if quantity is not None and str(quantity).strip():
        number = decimal(quantity, what=f"{row['name']} {month} 月")
        if number < 0:
            raise ValidationError(field=f"{row['name']} {month} 月", detail="不能为负")
        value = str(number)
    label = f"修改 {row['name']} {month} 月用量"
    with case.edit(label) as tx:
        tx.upsert("energy_month", {"item_id": item_id, "month": month}, {"quantity": value})
    return OpChanges(label, "edit", frozenset(tx.fields), source)


def set_settings(case: CaseFile, values: Mapping[str, object], source: object | None = None) -> OpChanges:
    clean: dict[str, object] = {}
    for key, raw in values.items():
        if key in SETTING_NUMBERS:
            clean[key] = None if raw in (None, "") else str(decimal(raw, what=key))
        elif key in ("equal_value_year", "compare_year"):
            clean[key] = None if raw in (None, "") else int(str(raw))
        elif key == "include_working_media":
            clean[key] = 1 if raw else 0
        elif key in ("equal_value_source", "grid_factor_basis", "heat_factor_basis"):
            clean[key] = str(raw).strip() or None
        else:
            raise ValidationError(field=key, detail="没有这个能源设置")
    if clean.get("equal_value") and not (clean.get("equal_value_source") or
                                         (case.row("energy_setting", 1) or {}).get("equal_value_source")):
        raise ValidationError(field="电力等价值",
                              detail="请同时注明年份和来源（如：国家统计局 2024 年火电供电标准煤耗）")
    label = "修改能源计算设置"
    with case.edit(label) as tx:
        tx.update("energy_setting", 1, clean)
    return OpChanges(label, "edit", frozenset(tx.fields), source)


# --- the report ------------------------------------------------------------------------------------------------
@dataclass
class ItemResult:
    id: int
    name: str
    energy_code: str
    unit: str
    conversion: energy.Conversion | None
    equal: energy.Conversion | None
    balance: energy.Balance | None
    emission: co2.Emission | None
    co2_missing: str = ""  # why CO2 could not be computed
    months: list[Decimal | None] = field(default_factory=list)


@dataclass(frozen=True)
class Comparison:
    """Year-on-year against the comparison period entered in the settings."""

    year: int | None
    base_tce: Decimal
    change: Decimal  # relative change of the total, e.g. -0.032
    savings_by_output_value: Decimal | None  # GB/T 13234: (e_g,base − e_g,report) × G_report, tce


@dataclass
class EnergyReport:
    edition: str
    items: list[ItemResult] = field(default_factory=list)
    hints: list[plausibility.Hint] = field(default_factory=list)
    comparison: Comparison | None = None

    @property
    def total_tce(self) -> Decimal:
        return sum((i.conversion.tce for i in self.items if i.conversion), Decimal(0))

    @property
    def total_tce_equal(self) -> Decimal | None:
        if not any(i.equal for i in self.items):
            return None
        return sum(((i.equal or i.conversion).tce for i in self.items if i.conversion), Decimal(0))

    @property
    def total_co2(self) -> Decimal:
        return sum((i.emission.tco2 for i in self.items if i.emission), Decimal(0))

    def structure(self) -> list[tuple[str, Decimal]]:
        """(item name, share of the 当量值 total) for the items with a consumption."""
        total = self.total_tce
        if total == 0:
            return []
        return [(i.name, i.conversion.tce / total) for i in self.items if i.conversion]


def _d(value: object) -> Decimal | None:
    return None if value in (None, "") else Decimal(str(value))


def _ranges() -> dict[str, dict[str, dict[str, str]]]:
    data: dict[str, dict[str, dict[str, str]]] = json.loads(
        (resources_dir() / "reference" / "typical_ranges.json").read_text(encoding="utf-8"))
    return data


@per_revision
def report(case: CaseFile) -> EnergyReport:
    coefs = coefficients(case)
    setting = case.row("energy_setting", 1) or {}
    rep = EnergyReport(edition(case))
    ranges = _ranges()
    include_media = bool(setting.get("include_working_media"))
    for row in case.rows("energy_item"):
        coef = coefs.get(str(row["energy_code"]))
        if coef is None:
            continue
        consumed = _d(row["consumed"])
        item = ItemResult(int(row["id"]), str(row["name"]), coef.code, str(row["unit"]), None, None, None, None)
        months = {int(m["month"]): _d(m["quantity"]) for m in case.rows_where("energy_month", "item_id", row["id"])}
        item.months = [months.get(m) for m in range(1, 13)]
        rep.items.append(item)
        if consumed is None or (coef.is_working_medium and not include_media):
            continue
        measured = (energy.MeasuredNcv(Decimal(str(row["measured_ncv"])), str(row["ncv_source"] or "未注明来源"))
                    if row["measured_ncv"] else None)
        item.conversion = energy.convert(coef, consumed, item.unit, measured)
        if coef.code == "electricity" and setting.get("equal_value"):
            item.equal = energy.convert(coef, consumed, item.unit, equal_value=(
                Decimal(str(setting["equal_value"])),
                f"{setting.get('equal_value_year') or ''} {setting.get('equal_value_source') or ''}".strip()))
        parts = [_d(row[c]) for c in ("purchased", "opening_stock", "closing_stock", "transferred_out")]
        if parts[0] is not None:
            item.balance = energy.Balance(parts[0], parts[1] or Decimal(0), parts[2] or Decimal(0),
                                          parts[3] or Decimal(0), consumed)
        item.emission, item.co2_missing = _emission(case, coef, row, consumed, setting)
        base = to_base(consumed, item.unit, coef.unit)
        if row["cost_yuan"] and base:
            price_unit = {"kWh": Decimal(1), "m3": Decimal(1), "kg": Decimal(1000), "MJ": Decimal(1000)}[coef.unit]
            rep.hints += plausibility.unit_price(coef.code, item.name, Decimal(str(row["cost_yuan"])),
                                                 base / price_unit, ranges["unit_prices"])
        if measured is not None:
            rep.hints += plausibility.measured_ncv(coef.code, item.name, measured.kj_per_unit, ranges["measured_ncv"])
        if any(v is not None for v in item.months):
            rep.hints += plausibility.monthly_sum(item.name, item.months, consumed, item.unit)
    rep.comparison = _comparison(case, setting, rep.total_tce)
    return rep


def _comparison(case: CaseFile, setting: Mapping[str, object], total: Decimal) -> Comparison | None:
    base = _d(setting.get("compare_tce"))
    if base is None or base <= 0 or total <= 0:
        return None
    savings = None
    base_g = _d(setting.get("compare_output_value_wan"))
    report_g = (case.row("enterprise", 1) or {}).get("output_value_wan")
    if base_g and report_g:
        g = Decimal(str(report_g))
        savings = (base / base_g - total / g) * g
    year = setting.get("compare_year")
    return Comparison(int(str(year)) if year else None, base, (total - base) / base, savings)


def _emission(case: CaseFile, coef: energy_data.Coefficient, row: Mapping[str, object], consumed: Decimal,
              setting: Mapping[str, object]) -> tuple[co2.Emission | None, str]:
    base = to_base(consumed, str(row["unit"]), coef.unit)
    if coef.code == "electricity":
        factor = _d(setting.get("grid_factor"))
        if factor is None:
            return None, "未设定电网排放因子"
        return co2.electricity(base / 1000, factor, str(setting.get("grid_factor_basis") or "")), ""
    if coef.code in ("heat", "steam_lp"):
        factor = _d(setting.get("heat_factor"))
        if factor is None:
            return None, "未设定外购热力排放因子"
        gj = base / 1000 if coef.code == "heat" else base / 1000 * STEAM_GJ_PER_T
        return co2.heat(gj, factor, str(setting.get("heat_factor_basis") or "")), ""
    if coef.category in ("solid", "liquid", "gas"):
        ncv, cc, of = _d(row.get("co2_ncv")), _d(row.get("co2_cc")), _d(row.get("co2_oxidation"))
        defaults = fuel_defaults(case, coef.code)
        src = str(row.get("co2_source") or "")
        if defaults is not None:
            d_ncv, d_unit, d_cc, d_of, d_label = defaults
            ncv, cc, of = ncv or d_ncv, cc or d_cc, of if of is not None else d_of
            src = src or f"缺省值（{d_label}）"
            unit = d_unit
            activity = base / 1000 if coef.unit == "kg" else base / 10000
        else:
            unit = "GJ/t" if coef.unit == "kg" else "GJ/万m³"
            activity = base / 1000 if coef.unit == "kg" else base / 10000
        if ncv is None or cc is None or of is None:
            return None, "缺少 CO2 计算参数（低位发热量、单位热值含碳量、碳氧化率）"
        return co2.fuel(coef.name_zh, activity, ncv, cc, of, activity_unit="t" if coef.unit == "kg" else "万m³",
                        ncv_unit=f"{unit}（{src}）"), ""
    return None, ""
