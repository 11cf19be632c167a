"""Energy-efficiency grade of a device against its product standard (REFERENCE.md §2.6–§2.8, §6).

- motors: GB 18613-2020 表1, nominal efficiency, higher is better (``grade_motor``);
- transformers: GB 20052-2024 表1 (10 kV oil-immersed), 表2 (10 kV dry-type) and 表3/表4 (35 kV oil-immersed,
  off-circuit / on-load tap changer), no-load loss P0 and load loss Pk, a grade needs both ≤ its limits
  (``grade_transformer``); the file's other tables are shipped but not graded yet (refused, naming the table);
- air compressors: GB 19153-2019 表1, package specific power, lower is better (``grade_compressor``).

Rules: compare inclusively (equal takes the better grade), values and limits rounded half-up to 6 places; the
best grade met wins; failing grade 3 (the 能效限定值) is ``below_limit``; a grade the table does not set is
skipped; a device the standard does not cover is ``out_of_scope`` (with the standard that does, where known); a
row that is not in the shipped table is ``out_of_coverage``: no interpolation, no nearest row, and a partly
transcribed row never yields a grade that an untranscribed limit could change. Missing inputs give
``cannot_judge`` with the inputs listed (and the limits, once the row is known); impossible inputs (text,
negative, efficiency over 100 %) raise ``ValidationError``. Every result carries a trace in 简体中文.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from desktop_app.domain.errors import ValidationError
from desktop_app.reference import equipment as ref
from desktop_app.reference.catalogues import Provenance

__all__ = [
    "INDICATORS",
    "OUTCOME_LABELS",
    "EquipmentGradeResult",
    "grade_compressor",
    "grade_motor",
    "grade_transformer",
]

Q6 = Decimal("0.000001")
GRADES = ref.GRADES

OUTCOME_LABELS = {
    "grade_1": "1级",
    "grade_2": "2级",
    "grade_3": "3级",
    "meets_limit": "达到能效限定值（该类不分级）",
    "below_limit": "低于能效限定值",
    "out_of_scope": "不在标准适用范围",
    "out_of_coverage": "未收录该规格（不作推断）",
    "cannot_judge": "无法判定",
    "not_in_force": "该日期适用的标准版本未收录",
}

#: indicator key → (Chinese name, unit)
INDICATORS = {
    "efficiency": ("额定效率", "%"),
    "p0": ("空载损耗 P0", "kW"),
    "pk": ("负载损耗 Pk", "kW"),
    "specific_power": ("机组输入比功率", "kW/(m³/min)"),
    "fan_efficiency": ("通风机效率", "%"),
    "pump_efficiency": ("泵效率", "%"),
    "boiler_efficiency": ("设计热效率", "%"),
}


@dataclass(frozen=True)
class EquipmentGradeResult:
    standard: str  # "GB 18613-2020"
    equipment: str  # "电动机" / "电力变压器" / "空气压缩机"
    # grade_1 | grade_2 | grade_3 | meets_limit | below_limit | out_of_scope | out_of_coverage | cannot_judge
    # | not_in_force
    outcome: str
    values: dict[str, Decimal | None]  # indicator key (INDICATORS) → the device's value
    limits: dict[str, dict[str, Decimal | None]]  # indicator key → grade "1"/"2"/"3" → limit (None: not set)
    provenance_label: str  # V / V-2 / … of the table the limits come from
    table: str = ""
    row: str = ""  # the table row used, e.g. "15 kW，4极"
    reason: str = ""  # why out_of_scope / out_of_coverage / not_in_force
    missing: list[str] = field(default_factory=list)
    trace: list[str] = field(default_factory=list)

    @property
    def label_zh(self) -> str:
        return OUTCOME_LABELS[self.outcome]

    @property
    def grade(self) -> int | None:
        """1, 2 or 3 when a grade was reached, else None."""
        return int(self.outcome[-1]) if self.outcome.startswith("grade_") else None


class _Builder:
    """Collects the trace and builds results for one evaluation."""

    def __init__(self, prov: Provenance, equipment: str, table: str) -> None:
        self.prov = prov
        self.equipment = equipment
        self.table = table
        self.values: dict[str, Decimal | None] = {}
        self.limits: dict[str, dict[str, Decimal | None]] = {}
        self.row = ""
        self.trace = [f"{prov.standard}《{prov.title}》（{prov.edition}版，{prov.effective_date} 实施），"
                      f"来源等级 {prov.label}"]

    def add(self, line: str) -> None:
        self.trace.append(line)

    def result(self, outcome: str, reason: str = "", missing: list[str] | None = None) -> EquipmentGradeResult:
        said = not reason or self.trace[-1] == reason  # the reason was just traced: do not repeat it
        self.add(f"结论：{OUTCOME_LABELS[outcome]}" + ("" if said else f"（{reason}）"))
        return EquipmentGradeResult(self.prov.standard, self.equipment, outcome, dict(self.values),
                                    {k: dict(v) for k, v in self.limits.items()}, self.prov.label, self.table,
                                    self.row, reason, list(missing or []), list(self.trace))

    def not_in_force(self, as_of: date | None) -> EquipmentGradeResult | None:
        effective = date.fromisoformat(self.prov.effective_date)
        if as_of is None or as_of >= effective:
            return None
        return self.result("not_in_force", f"诊断基准日期 {as_of} 早于 {self.prov.standard} 的实施日期 {effective}，"
                                           "该日期适用的是此前的版本，其限值本程序未收录，不用新版代替判定")

    def missing(self, missing: list[str]) -> EquipmentGradeResult:
        self.add("缺少输入：" + "、".join(missing))
        return self.result("cannot_judge", "缺少" + "、".join(missing), missing)


# --- motors (GB 18613-2020) ------------------------------------------------------------------------------

_MOTOR_KINDS = {"induction": "induction", "三相异步": "induction", "异步": "induction",
                "pmsm": "pmsm", "永磁同步": "pmsm", "permanent_magnet": "pmsm"}


def grade_motor(rated_kw: object, poles: object, efficiency_pct: object, *, phases: object = 3,
                voltage_v: object = 380, frequency_hz: object = 50, kind: str = "induction",
                as_of: date | None = None) -> EquipmentGradeResult:
    """Grade of a low-voltage three-phase induction motor from its nameplate efficiency (%).

    ``rated_kw`` must equal a row of 表1 exactly; ``kind`` is ``"induction"`` or ``"pmsm"`` (the latter is
    GB 30253's). ``None`` or ``""`` is a missing input (→ ``cannot_judge``); an impossible one raises
    ``ValidationError``.
    """
    table = ref.motor_table()
    b = _Builder(table.provenance, "电动机", table.table)
    kw = _positive(rated_kw, "额定功率（kW）")
    n_poles = _poles(poles)
    eta = _positive(efficiency_pct, "额定效率（%）")
    if eta is not None and eta > 100:
        raise ValidationError(field="额定效率（%）", detail=f"不能超过 100 %（{_fmt(eta)}）")
    n_phases = _phases(phases)
    volts = _positive(voltage_v, "额定电压（V）")
    hertz = _positive(frequency_hz, "频率（Hz）")
    b.values["efficiency"] = eta
    if (stopped := b.not_in_force(as_of)) is not None:
        return stopped

    scope = table.scope
    b.add(f"适用范围：{scope.description}")
    reasons: list[str] = []
    motor_kind = _MOTOR_KINDS.get(str(kind).strip().casefold())
    if motor_kind == "pmsm":
        reasons.append("永磁同步电动机不适用 GB 18613-2020，应按 GB 30253-2024"
                       "《永磁同步电动机能效限定值及能效等级》评价")
    elif motor_kind is None:
        reasons.append(f"电动机类型“{kind}”：GB 18613-2020 表1 仅适用于三相异步电动机")
    if n_phases is not None and n_phases != scope.phases:
        reasons.append("单相电动机（含电容起动/运转电动机）不在 GB 18613-2020 表1 范围内，表1 仅适用于三相异步电动机")
    if volts is not None and volts > scope.max_voltage_v:
        reasons.append(f"额定电压 {_fmt(volts)} V 高于 {_fmt(scope.max_voltage_v)} V：高压电动机应按 "
                       "GB 30254-2024《高压三相笼型异步电动机能效限定值及能效等级》评价")
    if hertz is not None and hertz != scope.frequency_hz:
        reasons.append(f"频率 {_fmt(hertz)} Hz：GB 18613-2020 适用于 {_fmt(scope.frequency_hz)} Hz 电动机")
    if kw is not None and not scope.min_kw <= kw <= scope.max_kw:
        reasons.append(f"额定功率 {_fmt(kw)} kW 不在 {_fmt(scope.min_kw)} kW～{_fmt(scope.max_kw)} kW 范围内")
    if n_poles is not None and n_poles not in scope.poles:
        reasons.append(f"{n_poles} 极不在适用极数（{'、'.join(map(str, scope.poles))} 极）内")
    if reasons:
        b.add("；".join(reasons))
        return b.result("out_of_scope", "；".join(reasons))

    missing = [name for name, v in (("额定功率（kW）", kw), ("极数", n_poles)) if v is None]
    if missing:
        if eta is None:
            missing.append("额定效率（%）")
        return b.missing(missing)
    assert kw is not None and n_poles is not None

    row = table.rows.get(kw)
    if row is None:
        below = max((k for k in table.rows if k < kw), default=None)
        above = min((k for k in table.rows if k > kw), default=None)
        near = "、".join(f"{_fmt(k)} kW" for k in (below, above) if k is not None)
        reason = (f"{table.table} 没有额定功率 {_fmt(kw)} kW 这一行（相邻行：{near}）；不插值，也不就近取值，"
                  "须按标准原文的规定确定")
        b.add(reason)
        return b.result("out_of_coverage", reason)
    group = table.group_of(kw)
    b.row = f"{_fmt(kw)} kW，{n_poles}极"
    b.limits["efficiency"] = {g: row[g][n_poles] for g in GRADES}
    b.add(f"{table.table}：{_fmt(kw)} kW 行" + (f"（原表 {group} kW 合并行）" if group else "")
          + f"，{n_poles}极 → " + _limits_text(b.limits["efficiency"], "%"))
    if eta is None:
        return b.missing(["额定效率（%）"])
    return _decide(b, {"efficiency": eta}, higher_better=True)


# --- transformers (GB 20052-2024) ------------------------------------------------------------------------

_OIL = {"油浸式", "油浸", "oil", "oil-immersed"}
_DRY = {"干式", "dry", "dry-type"}


def grade_transformer(kva: object, core: object, connection: object, p0_kw: object, pk_kw: object, *,
                      voltage_kv: object = None, insulation: object = None, insulation_class: object = None,
                      tap_changer: object = None, as_of: date | None = None) -> EquipmentGradeResult:
    """Grade of a power transformer from its no-load loss P0 and load loss Pk (both in kW).

    A grade is met only if both losses are ≤ that grade's limits. Graded: 表1 (10 kV oil-immersed: core and
    connection), 表2 (10 kV dry-type: core and ``insulation_class`` B/F/H) and 表3/表4 (35 kV oil-immersed,
    ``tap_changer`` 无励磁调压/有载调压). A capacity the table does not list is ``out_of_coverage``: the tables
    give discrete ratings, and neither they nor this tool interpolate or take the nearest row.

    Left blank, the voltage is taken as 10 kV, the insulation as oil-immersed and (at 10 kV) the tap changer as
    off-circuit — the 表1 distribution transformer most registers hold — and the trace says so; at 35 kV the tap
    changer decides between 表3 and 表4 and is asked for, never assumed.
    """
    assumed: list[str] = []
    if _text(voltage_kv) is None:
        voltage_kv = 10
        assumed.append("电压等级未填，按 10 kV 判定")
    if _text(insulation) is None:
        insulation = "油浸式"
        assumed.append("绝缘型式未填，按油浸式判定")
    table = ref.transformer_table()
    rating = _positive(kva, "额定容量（kVA）")
    p0 = _positive(p0_kw, "空载损耗 P0（kW）")
    pk = _positive(pk_kw, "负载损耗 Pk（kW）")
    volts = _positive(voltage_kv, "电压等级（kV）")
    core_name = _text(core)
    conn = _text(connection)
    dry = str(insulation).strip().casefold() in _DRY
    if not dry and str(insulation).strip().casefold() not in _OIL:
        b = _Builder(table.provenance, "电力变压器", table.table)
        b.values.update(p0=p0, pk=pk)
        if (stopped := b.not_in_force(as_of)) is not None:
            return stopped
        b.add(f"收录范围：{table.coverage}")
        return _not_covered(b, f"绝缘型式“{insulation}”不是油浸式或干式，GB 20052-2024 的表中没有")
    tap = _text(tap_changer)
    sub = None
    if volts == Decimal(10) and dry:
        sub = table.find("表2")
    elif volts == Decimal(35) and not dry and tap is not None:
        sub = table.find("表4" if "有载" in tap else "表3")
    b = _Builder(table.provenance, "电力变压器", table.table if sub is None else f"{sub.table} {sub.description}")
    b.values.update(p0=p0, pk=pk)
    if (stopped := b.not_in_force(as_of)) is not None:
        return stopped
    b.add(f"收录范围：{table.coverage}")
    for note in assumed:
        b.add(f"{note}（默认值，请核对铭牌）")
    if volts == Decimal(35) and not dry and tap is None:
        return b.missing(["调压方式（无励磁调压 / 有载调压：GB 20052-2024 表3 / 表4）"])
    if volts == Decimal(10) and not dry:
        if tap is None:
            b.add("调压方式未填，按无励磁调压判定（表1 的适用范围；默认值，请核对铭牌）")
        elif "有载" in tap:
            return _not_covered(b, "10 kV 有载调压油浸式变压器不在表1（无励磁调压）中，本工具未收录其表，不代为选表")
    if sub is not None:
        return _grade_sub_table(b, sub, rating, core_name, insulation_class, p0, pk)
    if volts is not None and (volts != table.scope.voltage_kv or dry):
        kind = "干式" if dry else "油浸式"
        shipped = [t for t in table.more_tables if t.voltage_kv == volts and (t.insulation == "干式") == dry]
        if shipped:
            names = "、".join(f"{t.table}（{t.description}）" for t in shipped)
            return _not_covered(b, f"{_fmt(volts)} kV {kind}变压器的限值已收录于 {names}，但本工具尚未按这些表判定"
                                   "（须另给绕组数、调压方式、是否新能源用等），不代为选表")
        return _not_covered(b, f"转录来源中没有 {_fmt(volts)} kV {kind}变压器的表，未收录；"
                               "该电压等级是否在 GB 20052-2024 适用范围内须查原文")
    scope = table.scope
    missing = [name for name, v in (("额定容量（kVA）", rating), ("铁心材料", core_name), ("联结组别", conn))
               if v is None]
    if missing:
        missing += [name for name, v in (("空载损耗 P0（kW）", p0), ("负载损耗 Pk（kW）", pk)) if v is None]
        return b.missing(missing)
    assert rating is not None and core_name is not None and conn is not None

    if core_name not in scope.cores:
        return _not_covered(b, f"铁心材料“{core_name}”不在 {table.table[:2]} 中（表中有：{'、'.join(scope.cores)}）")
    same_core = [r for r in table.rows if r.core == core_name]
    row = next((r for r in same_core if r.kva == rating and conn.casefold() in {c.casefold() for c in r.connections}),
               None)
    if row is None:
        at_rating = [r for r in same_core if r.kva == rating]
        if at_rating:
            groups = "、".join("/".join(r.connections) for r in at_rating)
            reason = f"{_fmt(rating)} kVA {core_name} 在来源转录中只有联结组别 {groups} 的行，没有 {conn}"
        else:
            reason = _between(rating, sorted({r.kva for r in same_core}), f"{core_name} ")
        return _not_covered(b, reason)

    connection_name = next(c for c in row.connections if c.casefold() == conn.casefold())
    b.row = f"{_fmt(row.kva)} kVA，{row.core}，{'/'.join(row.connections)}"
    b.add(f"{table.table}：{_fmt(row.kva)} kVA，{row.core}，{'/'.join(row.connections)} 行（输入 {connection_name}）")
    return _losses(b, row, p0, pk)


def _grade_sub_table(b: _Builder, sub: ref.TransformerSubTable, rating: Decimal | None, core_name: str | None,
                     insulation_class: object, p0: Decimal | None, pk: Decimal | None) -> EquipmentGradeResult:
    cls = _insulation_class(insulation_class, sub.insulation_classes) if sub.insulation_classes else None
    needs: list[tuple[str, object]] = [("额定容量（kVA）", rating)]
    if sub.cores:
        needs.append(("铁心材料", core_name))
    if sub.insulation_classes:
        needs.append(("绝缘耐热等级", cls))
    missing = [name for name, v in needs if v is None]
    if missing:
        missing += [name for name, v in (("空载损耗 P0（kW）", p0), ("负载损耗 Pk（kW）", pk)) if v is None]
        return b.missing(missing)
    assert rating is not None
    if sub.cores and core_name not in sub.cores:
        return _not_covered(b, f"铁心材料“{core_name}”不在 {sub.table} 中（表中有：{'、'.join(sub.cores)}）")
    if sub.insulation_classes and cls not in sub.insulation_classes:
        return _not_covered(b, f"绝缘耐热等级“{cls}”不在 {sub.table} 中（表中有：{'、'.join(sub.insulation_classes)}）")
    rows = [r for r in sub.rows if (not sub.cores or r.core == core_name) and r.insulation_class == cls]
    row = next((r for r in rows if r.kva == rating), None)
    if row is None:
        return _not_covered(b, _between(rating, sorted({r.kva for r in rows}), f"{core_name or ''} "))
    parts = [f"{_fmt(row.kva)} kVA", *(x for x in (row.core, row.insulation_class) if x)]
    b.row = "，".join(parts)
    b.add(f"{sub.table}（{sub.description}，来源第 {sub.source_page} 页）：{b.row} 行")
    return _losses(b, row, p0, pk)


def _losses(b: _Builder, row: ref.TransformerRow, p0: Decimal | None, pk: Decimal | None) -> EquipmentGradeResult:
    b.limits["p0"] = dict(row.p0)
    b.limits["pk"] = dict(row.pk)
    b.add("空载损耗 P0 限值：" + _limits_text(row.p0, "kW"))
    b.add("负载损耗 Pk 限值：" + _limits_text(row.pk, "kW"))
    missing = [name for name, v in (("空载损耗 P0（kW）", p0), ("负载损耗 Pk（kW）", pk)) if v is None]
    if missing:
        return b.missing(missing)
    assert p0 is not None and pk is not None
    return _decide(b, {"p0": p0, "pk": pk}, higher_better=False)


def _between(rating: Decimal, kvas: list[Decimal], what: str) -> str:
    below = max((k for k in kvas if k < rating), default=None)
    above = min((k for k in kvas if k > rating), default=None)
    if below is None or above is None:
        span = f"{_fmt(kvas[0])}～{_fmt(kvas[-1])} kVA" if kvas else "无"
        return f"{_fmt(rating)} kVA {what}超出表中容量范围（{span}），不外推"
    return (f"{_fmt(rating)} kVA {what}不是表中的额定容量（相邻的表列容量：{_fmt(below)} kVA、{_fmt(above)} kVA）；"
            "表只给出离散的额定容量，不插值，也不就近取值")


def _insulation_class(raw: object, classes: tuple[str, ...]) -> str | None:
    text = _text(raw)
    if text is None:
        return None
    letter = text.strip().upper()[:1]
    return next((c for c in classes if c[0] == letter), text)


# --- air compressors (GB 19153-2019) ---------------------------------------------------------------------

_COOLINGS = {"air": "air", "风冷": "air", "liquid": "liquid", "液冷": "liquid", "水冷": "liquid"}
_COOLING_ZH = {"air": "风冷", "liquid": "水冷（液冷）"}


def grade_compressor(rated_kw: object, pressure_mpa: object, cooling: object, specific_power: object, *,
                     kind: str = "oil_injected_rotary_fixed_speed",
                     as_of: date | None = None) -> EquipmentGradeResult:
    """Grade of an oil-injected rotary fixed-speed air compressor from its package specific power.

    ``cooling`` is ``"air"``/``"风冷"`` or ``"liquid"``/``"水冷"``/``"液冷"``; ``specific_power`` in
    kW/(m³/min), lower is better. Only the rows the file holds (GB 19153-2019 表1, 1.5–400 kW) can be graded:
    a power or pressure between two rows is refused, not interpolated (the source states no such rule).
    """
    table = ref.compressor_table()
    b = _Builder(table.provenance, "空气压缩机", table.table)
    kw = _positive(rated_kw, "额定功率（kW）")
    pressure = _positive(pressure_mpa, "额定排气压力（MPa）")
    sp = _positive(specific_power, "机组输入比功率（kW/(m³/min)）")
    cooling_text = _text(cooling)
    cool: str | None = None
    if cooling_text is not None:
        cool = _COOLINGS.get(cooling_text.casefold())
        if cool is None:
            raise ValidationError(field="冷却方式", detail=f"“{cooling_text}”不是风冷或水冷（液冷）")
    b.values["specific_power"] = sp
    if (stopped := b.not_in_force(as_of)) is not None:
        return stopped

    b.add(f"收录范围：{table.coverage}")
    if str(kind).strip() != table.scope.kind:
        return _not_covered(b, f"压缩机类型“{kind}”：只收录了{table.scope.description}（{table.table}），"
                               "该类型的表未收录，不代用其他类型的限值")
    missing = [name for name, v in (("额定功率（kW）", kw), ("额定排气压力（MPa）", pressure), ("冷却方式", cool))
               if v is None]
    if missing:
        if sp is None:
            missing.append("机组输入比功率（kW/(m³/min)）")
        return b.missing(missing)
    assert kw is not None and pressure is not None and cool is not None

    row = next((r for r in table.rows if r.kw == kw and r.pressure_mpa == pressure), None)
    if row is None:
        listed = "、".join(f"{_fmt(r.pressure_mpa)} MPa" for r in table.rows if r.kw == kw)
        if listed:
            reason = f"{_fmt(kw)} kW 只收录了 {listed}，没有 {_fmt(pressure)} MPa"
        else:
            kws = sorted({r.kw for r in table.rows})
            below = max((k for k in kws if k < kw), default=None)
            above = min((k for k in kws if k > kw), default=None)
            near = "、".join(f"{_fmt(k)} kW" for k in (below, above) if k is not None)
            reason = f"{_fmt(kw)} kW 不是{table.table}中已收录的功率段（相邻的已收录功率：{near}）"
        return _not_covered(b, reason + "；来源未给出表中行间的插值规则，不插值，也不就近取值")
    if cool not in row.limits:
        return _not_covered(b, f"{table.table}对 {_fmt(row.kw)} kW {_COOLING_ZH[cool]}不设限值（表中为“—”），无法分级")

    b.row = f"{_fmt(row.kw)} kW，{_fmt(row.pressure_mpa)} MPa，{_COOLING_ZH[cool]}"
    b.limits["specific_power"] = dict(row.limits[cool])
    b.add(f"{table.table}：{b.row} → " + _limits_text(row.limits[cool], table.unit, row.not_transcribed))
    if sp is None:
        return b.missing(["机组输入比功率（kW/(m³/min)）"])
    return _decide(b, {"specific_power": sp}, higher_better=False, not_transcribed=row.not_transcribed)


# --- shared ----------------------------------------------------------------------------------------------


def _decide(b: _Builder, values: Mapping[str, Decimal], *, higher_better: bool,
            not_transcribed: frozenset[str] = frozenset()) -> EquipmentGradeResult:
    """Best grade first; a grade is met when every indicator meets it; equal meets (rounded to 6 places)."""
    op = "≥" if higher_better else "≤"
    meets: Callable[[Decimal, Decimal], bool] = (
        (lambda v, lim: v >= lim) if higher_better else (lambda v, lim: v <= lim))
    unknown: list[str] = []  # better grades whose limits were never read
    for g in GRADES:
        if g in not_transcribed:
            unknown.append(g)
            b.add(f"{g}级：限值未转录，无法比较")
            continue
        limits = {k: b.limits[k][g] for k in values}
        if any(v is None for v in limits.values()):
            b.add(f"{g}级：标准未设该级限值，跳过")
            continue
        parts: list[str] = []
        met = True
        for key, value in values.items():
            limit = limits[key]
            assert limit is not None
            v6, l6 = _q6(value), _q6(limit)
            ok = meets(v6, l6)
            met = met and ok
            name, unit = INDICATORS[key]
            sign = op if ok else ("<" if higher_better else ">")
            parts.append(f"{name} {_fmt(v6)} {unit} {sign} {g}级限值 {_fmt(l6)} {unit}（{'满足' if ok else '不满足'}）")
        b.add(f"{g}级{'（能效限定值）' if g == GRADES[-1] else ''}：" + "；".join(parts))
        if met:
            if unknown:
                grades = "、".join(f"{u}级" for u in unknown)
                return b.result("out_of_coverage", f"达到{g}级，但更高的{grades}限值未转录，不能确定等级")
            return b.result(f"grade_{g}")
    if GRADES[-1] in not_transcribed:
        return b.result("out_of_coverage", "未达到已转录的等级，而3级（能效限定值）未转录，不能判断是否低于限定值")
    return b.result("below_limit")


def _not_covered(b: _Builder, reason: str) -> EquipmentGradeResult:
    b.add(reason)
    return b.result("out_of_coverage", reason)


def _limits_text(limits: Mapping[str, Decimal | None], unit: str, not_transcribed: frozenset[str] = frozenset()) -> str:
    def one(g: str) -> str:
        v = limits[g]
        shown = "未转录" if g in not_transcribed else ("—" if v is None else f"{_fmt(v)} {unit}")
        return f"{g}级{'（限定值）' if g == GRADES[-1] else ' '}{shown}"

    return "，".join(one(g) for g in GRADES)


def _number(raw: object, what: str) -> Decimal | None:
    """``None``/blank → None (missing); anything else must be a finite number, else ``ValidationError``."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, bool):
        raise ValidationError(field=what, detail="不是数字")
    if isinstance(raw, float):
        number = Decimal(repr(raw))
    elif isinstance(raw, int | Decimal):
        number = Decimal(raw)
    elif isinstance(raw, str):
        try:
            number = Decimal(raw.strip())
        except InvalidOperation:
            raise ValidationError(field=what, detail=f"“{raw}”不是数字") from None
    else:
        raise ValidationError(field=what, detail=f"不是数字（{type(raw).__name__}）")
    if not number.is_finite():
        raise ValidationError(field=what, detail=f"必须是有限的数（{raw}）")
    return number


def _positive(raw: object, what: str) -> Decimal | None:
    number = _number(raw, what)
    if number is not None and number <= 0:
        raise ValidationError(field=what, detail=f"必须大于 0（{_fmt(number)}）")
    return number


def _poles(raw: object) -> int | None:
    number = _positive(raw, "极数")
    if number is None:
        return None
    if number != number.to_integral_value() or int(number) % 2:
        raise ValidationError(field="极数", detail=f"应为正偶数（{_fmt(number)}）")
    return int(number)


def _phases(raw: object) -> int | None:
    number = _positive(raw, "相数")
    if number is None:
        return None
    if number not in (1, 3):
        raise ValidationError(field="相数", detail=f"应为 1 或 3（{_fmt(number)}）")
    return int(number)


def _text(raw: object) -> str | None:
    if raw is None:
        return None
    text = str(raw).strip()
    return text or None


def _q6(v: Decimal) -> Decimal:
    return v.quantize(Q6, ROUND_HALF_UP)


def _fmt(v: Decimal) -> str:
    return format(_q6(v).normalize(), "f")
