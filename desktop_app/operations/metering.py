"""The metering-instrument ledger, required counts, 配备率 against GB 17167, and calibration findings."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from desktop_app.calculations import metering as calc
from desktop_app.domain.changes import OpChanges
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.profile import parse_date
from desktop_app.reference import energy_data
from desktop_app.storage.casefile import CaseFile

LEVELS = {1: "进出用能单位", 2: "进出主要次级用能单位", 3: "主要用能设备"}
TEXT = ("name", "kind", "model", "range_text", "accuracy_class", "location")


def energies() -> list[str]:
    return [r.energy for r in energy_data.gb17167_rates()]


def _check(values: Mapping[str, object]) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, raw in values.items():
        if key in TEXT:
            out[key] = str(raw).strip() or None if raw is not None else None
        elif key == "energy":
            if str(raw) not in energies():
                raise ValidationError(field="计量能源种类",
                                      detail=f"“{raw}”不在 GB 17167 表中（{'、'.join(energies())}）")
            out[key] = str(raw)
        elif key == "level":
            try:
                level = int(str(raw))
            except ValueError:
                level = 0
            if level not in LEVELS:
                raise ValidationError(field="计量级别",
                                      detail="应为 1（进出用能单位）、2（次级用能单位）或 3（主要用能设备）")
            out[key] = level
        elif key in ("calibrated_on", "calibration_due"):
            out[key] = None if raw in (None, "") else parse_date(str(raw), "检定日期").isoformat()
        else:
            raise ValidationError(field=key, detail="计量器具没有这个字段")
    if out.get("calibrated_on") and out.get("calibration_due") and \
            str(out["calibration_due"]) < str(out["calibrated_on"]):
        raise ValidationError(field="有效期至", detail="早于检定日期")
    return out


def add_meter(case: CaseFile, values: Mapping[str, object], source: object | None = None) -> tuple[OpChanges, int]:
    clean = _check(values)
    for required in ("name", "energy", "level"):
        if not clean.get(required):
            raise ValidationError(field="计量器具", detail=f"缺少“{required}”")
    label = f"添加计量器具 {clean['name']}"
    with case.edit(label) as tx:
        key = tx.insert("meter", clean)
    return OpChanges(label, "edit", frozenset(tx.fields), source), key


def update_meter(case: CaseFile, meter_id: int, values: Mapping[str, object],
                 source: object | None = None) -> OpChanges:
    clean = _check(values)
    label = "修改计量器具"
    with case.edit(label) as tx:
        tx.update("meter", meter_id, clean)
    return OpChanges(label, "edit", frozenset(tx.fields), source)


def delete_meter(case: CaseFile, meter_id: int, source: object | None = None) -> OpChanges:
    label = "删除计量器具"
    with case.edit(label) as tx:
        tx.delete("meter", meter_id)
    return OpChanges(label, "edit", frozenset(tx.fields), source)


def set_required(case: CaseFile, energy: str, level: int, required: object,
                 source: object | None = None) -> OpChanges:
    _check({"energy": energy, "level": level})
    try:
        count = int(str(required))
    except ValueError:
        raise ValidationError(field=f"{energy} {LEVELS.get(level, level)} 应配备数", detail="应为整数") from None
    if count < 0:
        raise ValidationError(field=f"{energy} {LEVELS[level]} 应配备数", detail="不能为负")
    existing = next((r for r in case.rows("metering_requirement") if r["energy"] == energy and r["level"] == level),
                    None)
    label = f"设定 {energy} {LEVELS[level]} 应配备数"
    with case.edit(label) as tx:
        if existing is None:
            tx.insert("metering_requirement", {"energy": energy, "level": level, "required": count})
        else:
            tx.update("metering_requirement", existing["id"], {"required": count})
    return OpChanges(label, "edit", frozenset(tx.fields), source)


@dataclass
class MeteringReport:
    rates: list[calc.RateResult] = field(default_factory=list)
    overdue: list[str] = field(default_factory=list)  # meter names whose calibration expired before the as-of date
    excess: list[str] = field(default_factory=list)  # (energy, level) with more meters than required: check the count
    undated: list[str] = field(default_factory=list)
    basis: str = "GB 17167-2006 表3（来源等级见参考数据；2025 版表格未取得）"

    @property
    def noncompliant(self) -> list[calc.RateResult]:
        return [r for r in self.rates if r.compliant is False]


def report(case: CaseFile) -> MeteringReport:
    as_of = str((case.row("case_info", 1) or {}).get("as_of_date") or date.today().isoformat())
    table = {r.energy: r for r in energy_data.gb17167_rates()}
    meters = case.rows("meter")
    rep = MeteringReport()
    for req in case.rows("metering_requirement"):
        energy, level = str(req["energy"]), int(req["level"])
        installed = sum(1 for m in meters if m["energy"] == energy and m["level"] == level)
        row = table.get(energy)
        required_pct: Decimal | None = None
        if row is not None:
            required_pct = (row.level1, row.level2, row.level3)[level - 1]
        if installed > int(req["required"]):
            rep.excess.append(f"{energy} {LEVELS[level]}（已登记 {installed} 台，应配备 {req['required']} 台）")
        rep.rates.append(calc.rate(energy, LEVELS[level], min(installed, int(req["required"])),
                                   int(req["required"]), required_pct))
    for m in meters:
        if not m["calibration_due"]:
            rep.undated.append(str(m["name"]))
        elif str(m["calibration_due"]) < as_of:
            rep.overdue.append(str(m["name"]))
    return rep
