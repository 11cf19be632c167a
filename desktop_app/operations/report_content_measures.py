"""Report chapters 9 节能潜力与措施建议 and 10 结论与企业反馈."""

from __future__ import annotations

from desktop_app.calculations import measures as calc
from desktop_app.domain.checklist import Status
from desktop_app.operations import feedback
from desktop_app.operations.measures import LINK_KINDS, MeasureView
from desktop_app.operations.report_content_base import (
    DASH,
    CaseData,
    findings,
    missing_note,
    nonconforming,
    num,
    pct,
    price,
    product_label,
    qty,
)
from desktop_app.reporting import model as m


def _opt(value: object, places: int = 2) -> str:
    return DASH if value is None else num(value, places)  # type: ignore[arg-type]


# --- 9 节能潜力与措施建议 ------------------------------------------------------------------------------------
def register_table(data: CaseData) -> m.Table:
    rows = []
    for v in data.measures:
        f = v.figures
        rows.append([str(v.row.get("code") or v.id), str(v.row["title"]), _opt(f.tce_equivalent if f else None),
                     _opt(f.tco2 if f else None),
                     _opt(f.annual_saving_wan if f else None), _opt(f.investment_wan if f else None),
                     _opt(f.payback_years if f else None, 1), v.decision_label])
    t = data.totals
    return m.Table(
        [m.Column("编号", width=14), m.Column("措施", width=44), m.Column("节能量", "tce/a", "right"),
         m.Column("CO2 减排", "t/a", "right"),
         m.Column("年节约费用", "万元/a", "right"), m.Column("投资", "万元", "right"),
         m.Column("静态回收期", "年", "right"), m.Column("企业决定", align="center")],
        rows, "节能措施汇总",
        notes=["节能量为当量值；合计不含企业决定为“不采纳”的措施；回收期“—”表示年节约费用为 0 或未计算。",
               "节能量按案例的 GB/T 2589 版本折算；CO2 减排中电力按案例设定的电网排放因子计算。"]
        + (["部分资源流无可用排放因子，CO2 减排合计不完整。"] if t.co2_incomplete else []),
        total_row=["合计", f"{t.count} 项", num(t.tce_equivalent), _opt(t.tco2), num(t.annual_saving_wan),
                   num(t.investment_wan), _opt(t.payback_years, 1), ""])


def charts(data: CaseData) -> list[m.Block]:
    with_figures = [v for v in data.measures if v.figures is not None]
    out: list[m.Block] = []
    saving = [v for v in with_figures if v.figures and v.figures.tce_equivalent != 0]
    if saving:
        out.append(m.BarChart("各项措施预计节能量（当量值）", [_short(v) for v in saving],
                              [("节能量", [float(num(v.figures.tce_equivalent)) for v in saving if v.figures])],
                              unit="tce/a"))
    payback = [v for v in with_figures if v.figures and v.figures.payback_years is not None
               and v.figures.investment_wan > 0]
    if payback:
        out.append(m.BarChart("各项措施静态投资回收期", [_short(v) for v in payback],
                              [("静态回收期", [float(num(v.figures.payback_years or 0, 1))
                                          for v in payback if v.figures])],
                              unit="年"))
    return out


def _short(v: MeasureView) -> str:
    return str(v.row.get("code") or v.row["title"])[:12]


def measure_blocks(data: CaseData, v: MeasureView) -> list[m.Block]:
    row, f = v.row, v.figures
    lines = [f"类别：{calc.CATEGORIES.get(str(row['category']), '')}；优先级："
             f"{calc.PRIORITIES.get(str(row.get('priority') or ''), '未定')}。"]
    if row.get("description"):
        lines.append(f"措施内容：{row['description']}")
    if f is not None:
        for s in f.streams:
            given = s.price_yuan_per_unit
            unit_price = f"，单价 {price(given)} 元/{s.unit}" if given is not None else ""
            note = f"（{s.note}）" if s.note else ""
            co2 = f"，CO2 {num(s.tco2)} t" if s.tco2 is not None else ""
            lines.append(f"年节约{s.name_zh}：{qty(s.quantity)} {s.unit}{note}{unit_price}；"
                         f"折 {num(s.tce_equivalent)} tce（当量值）{co2}。")
        if not f.streams:
            lines.append("未录入节约的资源流。")
        econ = (f"节能量 {num(f.tce_equivalent)} tce/a（当量值）"
                + (f"、{num(f.tce_equal)} tce/a（等价值）" if f.tce_equal is not None else "")
                + (f"；CO2 减排 {num(f.tco2)} t/a" if f.tco2 is not None else "")
                + f"；年节约费用 {num(f.annual_saving_wan)} 万元/a；投资 {num(f.investment_wan)} 万元"
                + (f"；静态回收期 {num(f.payback_years, 1)} 年" if f.payback_years is not None else "")
                + (f"；净现值 {num(f.npv_wan)} 万元（折现率 {pct(f.discount_rate, 1)} %，{f.lifetime_years} 年）"
                   if f.npv_wan is not None else "")
                + (f"；内部收益率 {num(f.irr_percent, 1)} %" if f.irr_percent is not None else "") + "。")
        lines.append(econ)
    elif v.error:
        lines.append(f"无法计算节能量：{v.error}")
    if v.decisions:
        lines.append("企业决定：" + " → ".join(
            f"{calc.DECISIONS.get(str(d['decision']), d['decision'])}（{d['decided_on']}"
            + (f"，{d['note']}" if d.get("note") else "") + "）" for d in v.decisions) + "。")
    if v.links:
        lines.append("关联：" + "；".join(_link(data, lk) for lk in v.links) + "。")
    return [m.Paragraph("\n".join(lines))]


def _link(data: CaseData, lk: dict[str, object]) -> str:
    kind, target = str(lk["kind"]), str(lk["target"])
    if kind == "equipment" and target.isdigit():
        return f"设备 {data.device_title(int(target)) or target}"
    if kind == "checklist":
        st = data.checklist.items.get(target)
        return f"清单 {target}" + (f" {st.item.title}" if st else "")
    if kind == "calc_result" and target.isdigit():
        calc_result = next((r for r in data.calcs if r.id == int(target)), None)
        return f"计算 {calc_result.title if calc_result else target}"
    if kind == "dataset":
        label = next((str(c.dataset.get("label")) for c in data.channels if str(c.dataset["id"]) == target), target)
        return f"测量数据 {label}"
    if kind == "channel":
        label = next((str(c.channel.get("label")) for c in data.channels if str(c.channel["id"]) == target), target)
        return f"测量通道 {label}"
    return f"{LINK_KINDS.get(kind, kind)} {target}"


def potential_blocks(data: CaseData) -> list[m.Block]:
    t = data.totals
    total = data.energy.total_tce
    rows = [[calc.RESOURCES[k].name_zh, num(q), calc.RESOURCES[k].unit] for k, q in t.quantities.items()]
    share = (f"，占诊断期综合能耗 {num(total)} tce 的 {pct(t.tce_equivalent / total, 2)} %"
             if data.has_energy and total > 0 else "")
    blocks: list[m.Block] = [m.Paragraph(
        f"计入合计的措施 {t.count} 项，预计年节能 {num(t.tce_equivalent)} tce（当量值）{share}"
        + (f"；等价值 {num(t.tce_equal)} tce" if t.tce_equal is not None else "")
        + (f"；减排二氧化碳 {num(t.tco2)} t" if t.tco2 is not None else "")
        + f"；年节约费用 {num(t.annual_saving_wan)} 万元；总投资 {num(t.investment_wan)} 万元"
        + (f"；总体静态回收期 {num(t.payback_years, 1)} 年" if t.payback_years is not None else "") + "。")]
    if rows:
        blocks.append(m.Table([m.Column("资源"), m.Column("年节约量", align="right"), m.Column("单位", align="center")],
                              rows, "节能潜力按资源汇总（不含不采纳措施）"))
    return blocks


def measures_chapter(data: CaseData) -> m.Chapter:
    if not data.measures:
        return m.Chapter("节能潜力与措施建议", [missing_note("节能措施", "节能措施")],
                         [m.Chapter("现场核查情况", findings(data, [data.general("N")]))])
    by_category = [m.Chapter(f"{label}措施", sections=[
        m.Chapter(v.title, measure_blocks(data, v)) for v in data.measures if v.row["category"] == key])
        for key, label in calc.CATEGORIES.items() if any(v.row["category"] == key for v in data.measures)]
    return m.Chapter("节能潜力与措施建议", sections=[
        m.Chapter("措施汇总", [register_table(data), *charts(data)]),
        *by_category,
        m.Chapter("节能潜力汇总", potential_blocks(data)),
        m.Chapter("现场核查情况", findings(data, [data.general("N")])),
    ])


# --- 10 结论与企业反馈 ---------------------------------------------------------------------------------------
def conclusions(data: CaseData) -> list[str]:
    s, out = data.summary, []
    if data.has_energy:
        parts = data.energy.structure()
        main = max(parts, key=lambda p: p[1]) if parts else None
        out.append(f"诊断期综合能耗 {s.energy_tce} tce（当量值）"
                   + (f"，以{main[0]}为主（占 {pct(main[1], 1)} %）" if main else "")
                   + (f"，二氧化碳排放 {s.co2_t} t" if s.co2_t else "") + "。")
    else:
        out.append("尚未录入能源消费数据，无法给出综合能耗结论。")
    if data.products:
        below = [p for p in data.products if p.result.outcome == "below_limit"]
        grades = "；".join(f"{product_label(p)} {num(p.result.value)} {p.result.unit}，{p.result.label_zh}"
                          for p in data.products)
        out.append(f"单位产品能耗对标（{data.products[0].standard}）：{grades}。"
                   + ("超过能耗限定值的指标须限期整改。" if below else "各项指标均未超过能耗限定值。"))
    if data.devices:
        weak = [d.title for d in data.devices if d.grade and d.grade.outcome == "below_limit"]
        elim = [d.title for d in data.devices if d.elimination and d.elimination.outcome == "eliminated"]
        out.append(f"重点用能设备 {len(data.devices)} 行："
                   + (f"低于能效限定值 {len(weak)} 行（{'、'.join(weak)}）" if weak else "未发现低于能效限定值的设备")
                   + (f"；属于淘汰目录的 {len(elim)} 行（{'、'.join(elim)}），应淘汰更换" if elim else "") + "。")
    management = [st.item.title for st in nonconforming(data) if st.item.section == "M"]
    if management:
        out.append("能源管理方面存在的问题：" + "、".join(management) + "。")
    bad = data.metering.noncompliant
    if bad or data.metering.overdue:
        out.append("能源计量方面："
                   + ("；".join(f"{r.energy}{r.level}配备率 {num(r.rate_pct, 1)} % 低于要求 {num(r.required_pct, 0)} %"
                                for r in bad) if bad else "配备率符合要求")
                   + (f"；检定过期器具 {len(data.metering.overdue)} 台" if data.metering.overdue else "") + "。")
    if data.measures:
        t = data.totals
        out.append(f"提出节能措施 {len(data.measures)} 项，预计年节能 {num(t.tce_equivalent)} tce（当量值），"
                   f"年节约费用 {num(t.annual_saving_wan)} 万元，总投资 {num(t.investment_wan)} 万元。")
    open_items = [st for st in data.checklist.ordered() if st.status in (Status.FOLLOW_UP, Status.UNCHECKED)]
    if open_items:
        out.append("尚待补充或核查的诊断清单条目：" + "；".join(f"{st.item.id} {st.item.title}" for st in open_items)
                   + "。")
    return out


def feedback_blocks(data: CaseData) -> list[m.Block]:
    fb = data.feedback
    blocks: list[m.Block] = []
    if fb.satisfaction:
        blocks.append(m.Table([m.Column("评价项目", width=70), m.Column("企业评价", align="center", width=40)],
                              [[label, feedback.LEVELS.get(fb.satisfaction[key], DASH) if key in fb.satisfaction
                                else "未评价"] for key, label in feedback.ASPECTS], "企业满意度评价"))
    adopted = [v for v in data.measures if v.id in fb.adopted]
    if adopted:
        titles = "；".join(v.title for v in adopted)
        blocks.append(m.Paragraph(f"企业拟采纳的措施（{len(adopted)} 项）：{titles}。"))
    if fb.comments:
        blocks.append(m.Paragraph(f"企业意见：{fb.comments}"))
    if fb.confirmed_by or fb.confirmed_on:
        blocks.append(m.Paragraph(f"企业确认人：{fb.confirmed_by or '尚未填写'}"
                                  + (f"，职务：{fb.position}" if fb.position else "")
                                  + f"；确认日期：{fb.confirmed_on or '尚未填写'}。"))
    if not fb.complete:
        blocks.append(m.Note("企业反馈尚未完成，尚缺：" + "、".join(fb.missing()) + "。", "warning"))
    return blocks


def conclusion_chapter(data: CaseData) -> m.Chapter:
    lines = conclusions(data)
    return m.Chapter("结论与企业反馈", sections=[
        m.Chapter("诊断结论", [m.Paragraph("\n".join(f"{n}. {line}" for n, line in enumerate(lines, 1)))]),
        m.Chapter("企业反馈", feedback_blocks(data)),
        m.Chapter("报告确认与跟踪", findings(data, [data.general("R")])),
    ])
