"""Report chapter 6 主要用能设备诊断: the register's grades and eliminated-equipment check, the operating tests
(logged measurements with the main channel's daily profile, spot readings, saved calculations), and the checklist's
T and S sections."""

from __future__ import annotations

import math
from collections import Counter
from decimal import Decimal

from desktop_app.calculations import equipment_register as reg
from desktop_app.calculations.equipment_grading import INDICATORS, OUTCOME_LABELS
from desktop_app.calculations.series import day_types
from desktop_app.domain.errors import ValidationError
from desktop_app.operations import measurements, spot_measurements
from desktop_app.operations.equipment import DeviceView
from desktop_app.operations.report_content_base import (
    DASH,
    CaseData,
    ChannelStat,
    findings,
    local_time,
    main_channel,
    missing_note,
    num,
)
from desktop_app.reference.elimination import catalogue_set
from desktop_app.reporting import model as m

#: the nameplate fields the per-type grade tables show (besides number, name, model, quantity and the indicators)
TABLE_FIELDS = {"motor": ("rated_kw", "poles"), "pm_motor": ("rated_kw", "poles"), "transformer": ("rated_kva",),
                "compressor": ("rated_kw", "pressure_mpa"), "fan": ("fan_type", "rated_kw"),
                "pump": ("flow_m3_h", "head_m"), "boiler": ("capacity_t_h", "fuel"),
                "other": ("category", "rated_kw", "capacity")}


OUTCOME_ORDER = [*(OUTCOME_LABELS[k] for k in ("grade_1", "grade_2", "grade_3", "meets_limit", "below_limit",
                                              "cannot_judge", "out_of_scope", "out_of_coverage", "not_in_force")),
                 "无适用能效标准", "数据有误"]


def plain(value: Decimal | None) -> str:
    """An exact value as the standard or the nameplate gives it ("96.2", "1.28"), without exponent."""
    if value is None:
        return DASH
    text = format(value, "f")
    return "0" if text in ("-0", "") else text


def params_text(d: DeviceView, keys: tuple[str, ...] | None = None) -> str:
    """"额定功率 315 kW，4极，额定电压 380 V" from the device's fields, labelled and with units."""
    if d.kind not in reg.KINDS:
        return "；".join(f"{k}={v}" for k, v in sorted(d.params.items()))
    kind = reg.KINDS[d.kind]
    parts = []
    for key in keys if keys is not None else tuple(f.key for f in kind.fields):
        value = d.params.get(key)
        if not value:
            continue
        spec = kind.field(key)
        if spec.kind == "choice":
            parts.append(f"{spec.label} {spec.choice_label(value)}" if key != "poles" else spec.choice_label(value))
        else:
            parts.append(f"{spec.label} {value}{' ' + spec.unit if spec.unit else ''}")
    return "，".join(parts)


def indicator_text(d: DeviceView) -> str:
    g = d.grade
    if g is None:
        return DASH
    out = []
    for key, value in g.values.items():
        name, unit = INDICATORS.get(key, (key, ""))
        limits = g.limits.get(key, {})
        lim = "／".join(f"{grade}级 {num(v, 2)}" for grade, v in sorted(limits.items()) if v is not None)
        out.append(f"{name} {num(value, 2) if value is not None else '缺'} {unit}" + (f"（{lim}）" if lim else ""))
    return "；".join(out) or DASH


def basis_text(d: DeviceView) -> str:
    """Which table and row decided the grade, or why it could not be judged."""
    if d.grade_error:
        return f"数据有误：{d.grade_error}"
    g = d.grade
    if g is None:
        return "该类设备无适用的能效标准"
    parts = [g.standard, g.table, g.row, f"来源等级 {g.provenance_label}" if g.provenance_label else ""]
    if g.reason:
        parts.append(g.reason)
    if g.missing and "缺少" not in g.reason:
        parts.append("缺少" + "、".join(g.missing))
    return "；".join(p for p in parts if p)


def elimination_text(d: DeviceView) -> str:
    e = d.elimination
    if e is None:
        return "不适用"
    if e.outcome == "not_found_in_covered_entries":
        return "所收录条目中未见"
    cite = e.entry.cite() if e.entry else ""
    missing = f"；需补充：{'、'.join(e.missing_conditions)}" if e.missing_conditions else ""
    return f"{d.elimination_label}：{cite}{missing}"


def _field_value(kind: reg.EquipmentKind, key: str, d: DeviceView) -> str:
    value = d.params.get(key)
    if not value:
        return DASH
    spec = kind.field(key)
    return spec.choice_label(value) if spec.kind == "choice" else value


def grades_tables(data: CaseData) -> list[m.Table]:
    """One table per equipment type: its key nameplate fields, each graded indicator with the limits of grades
    1/2/3, and the outcome."""
    tables = []
    for key, kind in reg.KINDS.items():
        devices = [d for d in data.devices if d.kind == key]
        if not devices:
            continue
        fields = [kind.field(f) for f in TABLE_FIELDS.get(key, ())]
        indicators = [i for i in INDICATORS if any(d.grade and i in d.grade.values for d in devices)]
        wide = len(indicators) < 2
        columns = [m.Column("编号", width=12), m.Column("名称", width=26 if wide else 21),
                   m.Column("型号", width=24 if wide else 21), m.Column("台数", "台", "right", width=10)]
        columns += [m.Column(f.label, f.unit, "left" if f.kind in ("choice", "text") else "right") for f in fields]
        for ind in indicators:
            name, unit = INDICATORS[ind]
            columns += [m.Column(name, unit, "right"),
                        m.Column("限值 1/2/3 级", unit, "center", width=27 if wide else 23)]
        columns.append(m.Column("判定", align="center", width=20))
        rows = []
        for d in devices:
            row = [text_or(d.row.get("tag")), text_or(d.row.get("name")), text_or(d.row.get("model")),
                   str(d.row.get("quantity") or 1)] + [_field_value(kind, f.key, d) for f in fields]
            for ind in indicators:
                g = d.grade
                value = g.values.get(ind) if g else None
                limits = g.limits.get(ind, {}) if g else {}
                row += [plain(value), "/".join(plain(limits.get(n)) for n in ("1", "2", "3")) if limits else DASH]
            rows.append([*row, d.outcome_label])
        caption = f"{kind.label}能效等级判定" + (f"（{kind.standard}）" if kind.standard else "")
        notes = ["限值为该规格在标准表中的 1、2、3 级值（3 级即能效限定值）；“—”表示标准未收录该规格或缺少数据，"
                 "判定依据和原因见附件“设备清单”。"] if indicators else ["该类设备无适用的能效标准，只登记不判级。"]
        tables.append(m.Table(columns, rows, caption, notes=notes))
    return tables


def text_or(value: object) -> str:
    s = "" if value is None else str(value).strip()
    return s or DASH


def outcome_table(data: CaseData) -> m.Table:
    counts = Counter(d.outcome_label for d in data.devices)
    units: Counter[str] = Counter()
    for d in data.devices:
        units[d.outcome_label] += int(d.row.get("quantity") or 1)
    order = sorted(counts, key=lambda k: OUTCOME_ORDER.index(k) if k in OUTCOME_ORDER else len(OUTCOME_ORDER))
    return m.Table([m.Column("判定结果", width=70), m.Column("设备", "行", "right", width=25),
                    m.Column("台数", "台", "right", width=25)],
                   [[k, str(counts[k]), str(units[k])] for k in order], "设备能效判定结果汇总",
                   total_row=["合计", str(len(data.devices)), str(sum(units.values()))])


def elimination_blocks(data: CaseData) -> list[m.Block]:
    found = [d for d in data.devices
             if d.elimination is not None and d.elimination.outcome != "not_found_in_covered_entries"]
    checked = sum(1 for d in data.devices if d.elimination is not None)
    coverage = catalogue_set().coverage
    blocks: list[m.Block] = [m.Paragraph(
        f"对照淘汰目录核查设备 {checked} 行（其余类型不在目录范围内），发现淘汰设备 "
        f"{sum(1 for d in found if d.elimination and d.elimination.outcome == 'eliminated')} 行、疑似淘汰 "
        f"{sum(1 for d in found if d.elimination and d.elimination.outcome == 'suspected')} 行。")]
    if found:
        blocks.append(m.Table([m.Column("编号"), m.Column("名称"), m.Column("型号"), m.Column("核查结论")],
                              [[text_or(d.row.get("tag")), text_or(d.row.get("name")), text_or(d.row.get("model")),
                                elimination_text(d)] for d in found], "淘汰设备核查结果"))
    blocks.append(m.Note("核查范围说明：" + coverage + " “所收录条目中未见”不等于“不属于淘汰设备”。"))
    return blocks


def daily_profile(data: CaseData) -> list[m.Block]:
    main = main_channel(data)
    if main is None:
        return []
    times, values = measurements.load_channel(data.case, int(main.channel["id"]))
    tz = str(main.dataset.get("tz") or "Asia/Shanghai")
    try:
        result = day_types(times, values, tz=tz, bin_minutes=60,
                           overrides=spot_measurements.day_overrides(data.case))
    except ValidationError:
        return []
    series = [(f"{p.day_type}（{len(p.days)} 天平均）", [float(v) for v in p.mean]) for p in result.profiles
              if len(p.mean) == 24 and all(math.isfinite(float(v)) for v in p.mean)]
    if not series:
        return [m.Paragraph(f"{_channel_name(main)}：没有完整的日数据，未绘制日负荷曲线。")]
    unit = str(main.channel.get("unit") or "")
    return [m.LineChart(f"{_channel_name(main)} 日负荷曲线（按日类型的小时平均值）", [float(h) for h in range(24)],
                        series, unit=unit, x_unit="时"),
            m.Paragraph(f"日负荷曲线取自测量数据“{main.dataset.get('label')}”的通道“{main.channel.get('label')}”"
                        f"（{unit}）。日类型分析：{result.trace}。")]


def _channel_name(c: ChannelStat) -> str:
    label = str(c.channel.get("label") or "")
    return f"{c.equipment} {label}" if c.equipment else label


def tests_blocks(data: CaseData) -> list[m.Block]:
    blocks: list[m.Block] = []
    datasets: dict[int, list[ChannelStat]] = {}
    for c in data.channels:
        datasets.setdefault(int(c.dataset["id"]), []).append(c)
    if datasets:
        rows = []
        for chans in datasets.values():
            d = chans[0].dataset
            tz = str(d.get("tz") or "Asia/Shanghai")
            span = f"{local_time(d.get('t_first'), tz)} 至 {local_time(d.get('t_last'), tz)}"
            rows.append([str(d.get("label")), span,
                         num((d.get("interval_ms") or 0) / 1000, 0), str(len(chans)),
                         "、".join(str(c.channel.get("label")) for c in chans)])
        blocks.append(m.Table([m.Column("测量数据集"), m.Column("记录时段"), m.Column("记录间隔", "s", "right"),
                               m.Column("通道数", align="right"), m.Column("通道")], rows, "现场测量记录",
                              notes=["各通道的统计值（最小、最大、平均、能量等）见附件“测量统计”。"]))
        blocks += daily_profile(data)
    if data.spots:
        blocks.append(m.Table([m.Column("测量项目"), m.Column("关联设备"), m.Column("测量值", align="right"),
                               m.Column("单位", align="center"), m.Column("时间"), m.Column("仪器"), m.Column("说明")],
                              [[str(s.get("label")), data.device_title(s.get("equipment_id")) or DASH,
                                str(s.get("value")), str(s.get("unit") or ""), text_or(s.get("taken_at")),
                                text_or(s.get("instrument")), text_or(s.get("note"))] for s in data.spots],
                              "现场单点测量"))
    if data.calcs:
        blocks.append(m.Table([m.Column("计算", width=45), m.Column("关联设备", width=35), m.Column("主要结果")],
                              [[r.title, data.device_title(r.equipment_id) or DASH,
                                "；".join(f"{o['label']} {o['value']} {o['unit']}".strip() for o in r.outputs.values())]
                               for r in data.calcs], "设备测试计算结果",
                              notes=["各项计算的输入和计算过程见附件“计算结果”。"]))
    if not blocks:
        blocks.append(missing_note("现场测试数据（记录仪数据、单点测量或计算结果）", "测量”或“计算"))
    return blocks


def equipment_chapter(data: CaseData) -> m.Chapter:
    if data.devices:
        units = sum(int(d.row.get("quantity") or 1) for d in data.devices)
        overview: list[m.Block] = [
            m.Paragraph(f"登记重点用能设备 {len(data.devices)} 行、{units} 台，按设备类型对照相应的能效标准"
                        "判定能效等级，并对照淘汰目录核查。"),
            outcome_table(data)]
        below = [d for d in data.devices if d.grade and d.grade.outcome == "below_limit"]
        undecided = [d for d in data.devices if d.grade and d.grade.outcome == "cannot_judge"]
        if below:
            overview.append(m.Note("低于能效限定值、应列为更新改造对象的设备："
                                   + "、".join(d.title for d in below) + "。", "warning"))
        if undecided:
            overview.append(m.Note("无法判定能效等级（缺少铭牌或测试数据）的设备：" + "；".join(
                f"{d.title}（缺{'、'.join(d.grade.missing) if d.grade else ''}）" for d in undecided) + "。"))
        sections = [m.Chapter("设备概况", overview), m.Chapter("能效等级判定", grades_tables(data)),
                    m.Chapter("淘汰设备核查", elimination_blocks(data))]
    else:
        sections = [m.Chapter("设备概况", [missing_note("重点用能设备清单", "设备")])]
    sections += [
        m.Chapter("运行测试", tests_blocks(data)),
        m.Chapter("工艺技术装备核查", findings(data, [data.general("T")])),
        m.Chapter("用能系统诊断", findings(data, [data.general("S")])),
    ]
    return m.Chapter("主要用能设备诊断", sections=sections)
