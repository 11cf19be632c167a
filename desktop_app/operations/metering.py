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
from desktop_app.operations import frozen
from desktop_app.operations.memo import per_revision
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
        frozen.freeze(case, tx, "gb17167/2006/rates", _rates_now)
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
    label = f"设定 {energy} {LEVELS[level]} 应配备数"
    with case.edit(label) as tx:
        tx.upsert("metering_requirement", {"energy": energy, "level": level}, {"required": count})
    return OpChanges(label, "edit", frozenset(tx.fields), source)


@dataclass
class MeteringReport:
    rates: list[calc.RateResult] = field(default_factory=list)
    overdue: list[str] = field(default_factory=list)  # meter names whose calibration expired before the as-of date
    excess: list[str] = field(default_factory=list)  # (energy, level) with more meters than required: check the count
    accuracy: list[str] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)
    basis: str = "GB 17167-2006 表3（来源等级见参考数据；2025 版表格未取得）"

    @property
    def noncompliant(self) -> list[calc.RateResult]:
        return [r for r in self.rates if r.compliant is False]


def _rates_now() -> list[dict[str, object]]:
    return [{"energy": r.energy, "levels": [None if v is None else str(v) for v in (r.level1, r.level2, r.level3)],
             "label": r.label} for r in energy_data.gb17167_rates()]


def rates_table(case: CaseFile) -> dict[str, tuple[Decimal | None, Decimal | None, Decimal | None]]:
    """GB 17167-2006 Table 3 as this case froze it."""
    rows = frozen.load(case, "gb17167/2006/rates", _rates_now)
    out: dict[str, tuple[Decimal | None, Decimal | None, Decimal | None]] = {}
    for r in rows:
        a, b, c = (None if v is None else Decimal(str(v)) for v in r["levels"])
        out[str(r["energy"])] = (a, b, c)
    return out


def _class_value(text: str) -> Decimal | None:
    try:
        return Decimal(text.strip().upper().rstrip("S").strip())
    except (ArithmeticError, ValueError):
        return None


ACCURACY_INSTRUMENT = {"电力": "电能表", "煤炭": "衡器", "焦炭": "衡器", "成品油": "油流量表", "重油": "油流量表",
                       "渣油": "油流量表", "原油": "油流量表", "天然气": "气体流量表", "煤气": "气体流量表",
                       "液化气": "气体流量表", "蒸汽": "气体流量表", "水": "水流量表"}


def accuracy_findings(meters: list[dict[str, object]]) -> list[str]:
    """Meters whose class is worse than the LOOSEST class GB 17167 Table 4 allows for their instrument type —
    non-compliant whatever the user class or use. Classes in another scheme (e.g. 衡器 Ⅲ级) cannot be compared and
    are listed as such; the table itself is [M] (from memory), which the message says."""
    reqs = energy_data.gb17167_accuracy()
    out = []
    for m in meters:
        instrument = ACCURACY_INSTRUMENT.get(str(m["energy"]))
        cls = str(m.get("accuracy_class") or "").strip()
        if instrument is None or not cls:
            continue
        allowed = [v for r in reqs if r.instrument.startswith(instrument) and (v := _class_value(r.accuracy_class))]
        value = _class_value(cls)
        if not allowed:
            continue
        if value is None:
            out.append(f"{m['name']}：准确度等级“{cls}”无法与 GB 17167 表4（{instrument}）比较 [表为 M]")
        elif value > max(allowed):
            out.append(f"{m['name']}：准确度等级 {cls} 低于 GB 17167 表4 对{instrument}的最低要求 "
                       f"{max(allowed).normalize():f} 级 [表为 M]")
    return out


@per_revision
def report(case: CaseFile) -> MeteringReport:
    as_of = str((case.row("case_info", 1) or {}).get("as_of_date") or date.today().isoformat())
    table = rates_table(case)
    meters = case.rows("meter")
    rep = MeteringReport()
    for req in case.rows("metering_requirement"):
        energy, level = str(req["energy"]), int(req["level"])
        installed = sum(1 for m in meters if m["energy"] == energy and m["level"] == level)
        row = table.get(energy)
        required_pct: Decimal | None = row[level - 1] if row is not None else None
        if installed > int(req["required"]):
            rep.excess.append(f"{energy} {LEVELS[level]}（已登记 {installed} 台，应配备 {req['required']} 台）")
        rep.rates.append(calc.rate(energy, LEVELS[level], min(installed, int(req["required"])),
                                   int(req["required"]), required_pct))
    rep.accuracy = accuracy_findings(meters)
    for m in meters:
        if not m["calibration_due"]:
            rep.undated.append(str(m["name"]))
        elif str(m["calibration_due"]) < as_of:
            rep.overdue.append(str(m["name"]))
    return rep
