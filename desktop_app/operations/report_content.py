"""The Chinese diagnosis report (企业节能诊断报告) of a case, as a ``reporting.model.Report``.

The outline follows REFERENCE.md §3.1: cover; 1 摘要; 2 诊断说明; 3 企业概况; 4 能源消费状况; 5 能效指标与对标;
6 主要用能设备诊断; 7 能源管理诊断; 8 能源计量诊断; 9 节能潜力与措施建议; 10 结论与企业反馈; 11 附件. The data comes
through the operations layer only; the chapters are built in ``report_content_*`` modules. A case with nothing
entered still gives a valid report whose chapters say what is missing.

Same case → same model → same PDF: the report's date is the case's last change (newest journal entry), never the
clock, and nothing here depends on the order of a dict or set.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from desktop_app import __version__
from desktop_app.operations import (
    products,
    report_content_annex,
    report_content_energy,
    report_content_equipment,
    report_content_manage,
    report_content_measures,
)
from desktop_app.operations.report_content_base import (
    CaseData,
    gather,
    items,
    last_change,
    missing_note,
    nonconforming,
    num,
    pct,
    text,
)
from desktop_app.reporting import model as m
from desktop_app.storage.casefile import CaseFile

TITLE = "企业节能诊断报告"
NOT_FILLED = "尚未填写"


def build_report(case: CaseFile) -> m.Report:
    return report_from(gather(case))


def report_from(data: CaseData) -> m.Report:
    """The report of the case ``data`` was gathered from (``export_all`` gathers once for report and workbook)."""
    case = data.case
    ent, eng, info = data.ent, data.eng, data.info
    created = last_change(case)
    local = created.astimezone(ZoneInfo("Asia/Shanghai")) if created else None
    subtitle = data.summary.diagnosis_type or "工业节能诊断服务"
    chapters = [
        summary_chapter(data),
        description_chapter(data),
        profile_chapter(data),
        report_content_energy.consumption_chapter(data),
        report_content_energy.indicators_chapter(data),
        report_content_equipment.equipment_chapter(data),
        report_content_manage.management_chapter(data),
        report_content_manage.metering_chapter(data),
        report_content_measures.measures_chapter(data),
        report_content_measures.conclusion_chapter(data),
        report_content_annex.annex_chapter(data),
    ]
    return m.Report(
        title=TITLE,
        subtitle=subtitle,
        enterprise=text(ent.get("name"), "（企业名称尚未填写）"),
        agency=text(eng.get("agency"), "（服务机构尚未填写）"),
        date_text=f"报告日期：{local.year}年{local.month}月{local.day}日" if local else "",
        draft=case.workflow_state != "approved",
        meta={"case_id": case.case_uuid, "app_version": __version__, "as_of_date": str(info.get("as_of_date") or ""),
              "uscc": str(ent.get("uscc") or ""), "workflow_state": case.workflow_state},
        cover_rows=cover_rows(data),
        chapters=chapters,
        created=created,
    )


def _period(start: object, end: object) -> str:
    if not start and not end:
        return NOT_FILLED
    return f"{start or '？'} 至 {end or '？'}"


def cover_rows(data: CaseData) -> list[tuple[str, str]]:
    ent, eng, info, s = data.ent, data.eng, data.info, data.summary
    team = [line.strip() for line in str(eng.get("team") or "").splitlines() if line.strip()]
    names = "、".join(line.split("（")[0].strip() for line in team)
    return [
        ("统一社会信用代码", text(ent.get("uscc"), NOT_FILLED)),
        ("所在地区", text(s.region, NOT_FILLED)),
        ("所属行业", text(s.industry, NOT_FILLED)),
        ("诊断类型", text(s.diagnosis_type, NOT_FILLED)),
        ("服务机构", text(eng.get("agency"), NOT_FILLED)),
        ("任务书编号", text(eng.get("task_book_no"), NOT_FILLED)),
        ("诊断基准日期", text(info.get("as_of_date"), NOT_FILLED)),
        ("诊断期", _period(eng.get("period_start"), eng.get("period_end"))),
        ("现场诊断日期", _period(eng.get("visit_start"), eng.get("visit_end"))),
        ("诊断组成员", names or NOT_FILLED),
    ]


# --- 1 摘要 --------------------------------------------------------------------------------------------------
def key_figures(data: CaseData) -> m.KeyFigures:
    s, t = data.summary, data.totals
    has = bool(data.measures)
    total = data.energy.total_tce
    share = t.tce_equivalent / total if has and data.has_energy and total > 0 else None
    intensity = products.output_value_intensity(data.case, total) if data.has_energy else None
    return m.KeyFigures([
        ("综合能耗（当量值）", s.energy_tce or "—", "tce"),
        ("综合能耗（等价值）", s.energy_tce_equal or "—", "tce"),
        ("二氧化碳排放", s.co2_t or "—", "tCO2"),
        ("单位工业总产值综合能耗", num(intensity, 3), "tce/万元"),
        ("诊断发现的不符合项", str(len(nonconforming(data))), "项"),
        ("节能措施", str(len(data.measures)), "项"),
        ("预计节能量（当量值）", num(t.tce_equivalent) if has else "—", "tce/a"),
        ("预计二氧化碳减排", num(t.tco2) if t.tco2 is not None else "—", "tCO2/a"),
        ("年节约费用", num(t.annual_saving_wan) if has else "—", "万元/a"),
        ("措施总投资", num(t.investment_wan) if has else "—", "万元"),
        ("总体静态回收期", num(t.payback_years, 1) if t.payback_years is not None else "—", "年"),
        ("节能潜力占综合能耗", pct(share, 2) if share is not None else "—", "%"),
    ])


def summary_chapter(data: CaseData) -> m.Chapter:
    s, eng = data.summary, data.eng
    intro = (f"受{text(eng.get('agency'), '（服务机构尚未填写）')}委托开展的{s.diagnosis_type or '节能诊断'}，"
             f"诊断对象为{s.enterprise or '（企业名称尚未填写）'}"
             + (f"（{s.region}，{s.industry}）" if s.region or s.industry else "")
             + f"。诊断期 {_period(eng.get('period_start'), eng.get('period_end'))}，"
             f"现场诊断 {_period(eng.get('visit_start'), eng.get('visit_end'))}，"
             f"诊断基准日期 {s.as_of_date or NOT_FILLED}。")
    blocks: list[m.Block] = [m.Paragraph(intro), key_figures(data)]
    if data.has_energy:
        blocks.append(m.Paragraph(
            f"诊断期综合能源消费量 {s.energy_tce} tce（当量值，GB/T 2589-{s.gbt2589_edition}）"
            + (f"，等价值 {s.energy_tce_equal} tce" if s.energy_tce_equal else "")
            + (f"；二氧化碳排放 {s.co2_t} t" if s.co2_t else "") + "。"))
    else:
        blocks.append(missing_note("能源消费数据", "能源消费"))
    if data.products:
        blocks.append(m.Table(
            [m.Column("产品"), m.Column("指标"), m.Column("计算值", align="right"), m.Column("单位"),
             m.Column("判定", align="center"), m.Column("依据标准")],
            [[p.name, p.result.indicator, num(p.result.value), p.result.unit, p.result.label_zh, p.standard]
             for p in data.products],
            "主要产品单位能耗与能耗限额对标"))
    problems = nonconforming(data)
    if problems:
        blocks.append(m.Paragraph("诊断发现的主要问题（诊断清单中判为“不符合”的条目）：\n" + "\n".join(
            f"{n}. {st.item.title}（{st.item.id}）" for n, st in enumerate(problems, 1))))
    if s.equipment:
        blocks.append(m.Paragraph(f"重点用能设备 {s.equipment}。"))
    if data.measures:
        t = data.totals
        blocks.append(m.Paragraph(
            f"提出节能措施 {len(data.measures)} 项，其中计入合计的 {t.count} 项（不含企业决定“不采纳”的措施）"
            f"预计年节能 {num(t.tce_equivalent)} tce（当量值）"
            + (f"、{num(t.tce_equal)} tce（等价值）" if t.tce_equal is not None else "")
            + (f"，减排二氧化碳 {num(t.tco2)} t" if t.tco2 is not None else "")
            + f"，年节约费用 {num(t.annual_saving_wan)} 万元，总投资 {num(t.investment_wan)} 万元"
            + (f"，总体静态回收期 {num(t.payback_years, 1)} 年" if t.payback_years is not None else "") + "。"))
    else:
        blocks.append(missing_note("节能措施", "节能措施"))
    if data.check.blocking:
        blocks.append(m.Note("本报告所依据的案例尚缺以下必填信息，报告相应部分不完整：\n"
                             + "\n".join(f.message for f in data.check.blocking), "warning"))
    return m.Chapter("摘要", blocks)


# --- 2 诊断说明 ----------------------------------------------------------------------------------------------
PURPOSE = ("依据《工业节能诊断服务行动计划》和《工业企业节能诊断服务指南（2020年版）》，对企业的能源利用效率、"
           "能源管理和能源计量状况进行诊断，帮助企业发现用能问题，挖掘节能潜力，提出切实可行的节能措施建议，提高能源利用效率"
           "和能源管理水平，降低用能成本。")

METHOD = ("诊断按“资料收集—现场核查与测试—计算分析—措施建议—现场总结与企业反馈”的程序开展：收集并核对能源购入、"
          "消费、库存和产量等统计资料；按诊断清单逐项现场核查；对重点用能设备进行仪器测试和铭牌核查；按有关标准计算"
          "综合能耗、单位产品能耗和设备能效等级；提出节能措施并进行经济性评价。")


def basis_table(data: CaseData) -> m.Table:
    rows: list[list[str]] = [
        ["法律法规", "《中华人民共和国节约能源法》", "2018 年修正", "诊断的法律依据"],
        ["政策文件", "《工业节能诊断服务行动计划》", "工信部节〔2019〕101号", "诊断内容与目标"],
        ["政策文件", "《关于组织开展2020年工业节能诊断服务工作的通知》", "工信厅节函〔2020〕107号", "诊断组织与报送"],
        ["政策文件", "《工业企业节能诊断服务指南》", "2020年版", "诊断程序与内容"],
    ]
    std_rows: dict[str, list[str]] = {}
    std_rows["GB/T 2589"] = ["标准", "《综合能耗计算通则》", f"GB/T 2589-{data.energy.edition}",
                             "综合能耗、折标准煤系数"]
    for p in data.products:
        std_rows.setdefault(p.standard, ["标准", f"{p.standard.split('-')[0]}（单位产品能源消耗限额）", p.standard,
                                         "单位产品能耗限额对标"])
        title = p.result.trace[0].split("《")[1].split("》")[0] if "《" in p.result.trace[0] else ""
        if title:
            std_rows[p.standard][1] = f"《{title}》"
    for d in data.devices:
        g = d.grade
        if g is None or not g.standard or g.standard in std_rows:
            continue
        title = g.trace[0].split("《")[1].split("》")[0] if g.trace and "《" in g.trace[0] else ""
        std_rows[g.standard] = ["标准", f"《{title}》" if title else g.standard, g.standard, "设备能效等级判定"]
    if data.meters or data.metering.rates:
        std_rows["GB 17167"] = ["标准", "《用能单位能源计量器具配备和管理通则》", "GB 17167-2006",
                                "计量器具配备率与准确度等级"]
    rows += list(std_rows.values())
    rows += [
        ["标准", "《用能单位节能量计算方法》", "GB/T 13234-2018", "对比期节能量"],
        ["标准", "《能源审计技术通则》", "GB/T 17166-2019", "诊断程序参考"],
        ["标准", "《能源管理体系 要求及使用指南》", "GB/T 23331-2020", "能源管理诊断"],
        ["标准", "《工业企业能源管理导则》", "GB/T 15587（按诊断期适用版本）", "能源管理诊断"],
        ["标准", "《数值修约规则与极限数值的表示和判定》", "GB/T 8170-2008", "报告数值修约"],
    ]
    if any(d.elimination is not None for d in data.devices):
        rows.append(["目录", "《高耗能落后机电设备（产品）淘汰目录》、《产业结构调整指导目录（2024年本）》淘汰类",
                     "所收录条目（见第 6 章说明）", "淘汰设备核查"])
    grid = str((data.case.row("energy_setting", 1) or {}).get("grid_factor_basis") or "")
    if grid:
        rows.append(["排放因子", grid, "—", "外购电力二氧化碳排放"])
    for t in data.checklist.templates:
        rows.append(["诊断清单", t.title, f"{t.edition}版（来源等级 {t.provenance_label}）", "现场核查条目"])
    return m.Table([m.Column("类别", width=17), m.Column("名称", width=63), m.Column("标准号、文号或版本", width=42),
                    m.Column("在本报告中的用途", width=38)],
                   rows, "诊断依据",
                   notes=["标准的版本按诊断基准日期选定，并冻结在案例中；单位产品能耗限额、设备能效等级和折标准煤系数的"
                          "来源等级（V 已核实、V-2 二手转录、M 凭记忆、I 推定）见相应表格。"])


def description_chapter(data: CaseData) -> m.Chapter:
    eng, s = data.eng, data.summary
    setting = data.case.row("energy_setting", 1) or {}
    team = [line.strip() for line in str(eng.get("team") or "").splitlines() if line.strip()]
    period = [m.Paragraph(
        f"诊断期：{_period(eng.get('period_start'), eng.get('period_end'))}。"
        + (f"对比期：{setting.get('compare_year')} 年。" if setting.get("compare_year") else "对比期：尚未设定。")
        + f"诊断基准日期：{s.as_of_date or NOT_FILLED}（据此选定标准和排放因子的版本）。")]
    method: list[m.Block] = [m.Paragraph(METHOD), m.Paragraph(
        f"现场诊断：{_period(eng.get('visit_start'), eng.get('visit_end'))}。诊断组：" + ("；".join(team) or NOT_FILLED)
        + "。")]
    if data.checklist.templates:
        method.append(m.Paragraph("诊断清单：" + "；".join(f"{t.title}" for t in data.checklist.templates)
                                  + f"；必填条目完成 {pct(data.checklist.completeness, 0)} %。"))
    instruments = sorted({str(c.channel.get("instrument") or "") for c in data.channels if c.channel.get("instrument")}
                         | {str(sp.get("instrument") or "") for sp in data.spots if sp.get("instrument")})
    if instruments:
        method.append(m.Paragraph("测试仪器：" + "；".join(instruments) + "。"))
    method += items(data, ("G-P-01", "G-P-04", "G-P-05"), derived=False)
    conventions = m.Paragraph(
        "数值修约：计算全程使用精确十进制，报告中的数值按 GB/T 8170 修约（四舍六入五成双），合计值由未修约的数值相加后"
        "再修约，故可能与各分项修约值之和略有差异。\n综合能耗以当量值为准；等价值仅在设定电力等价折标系数及其来源后计算。")
    return m.Chapter("诊断说明", sections=[
        m.Chapter("诊断目的", [m.Paragraph(PURPOSE)]),
        m.Chapter("诊断依据", [basis_table(data)]),
        m.Chapter("诊断范围与边界", (items(data, ("G-P-02",)) or [missing_note("诊断范围与边界", "诊断清单")])
                  + ([m.Paragraph(f"备注：{eng['remarks']}")] if eng.get("remarks") else [])),
        m.Chapter("诊断期与对比期", period + items(data, ("G-P-03",))),
        m.Chapter("诊断方法与过程", method),
        m.Chapter("数据处理约定", [conventions]),
    ])


# --- 3 企业概况 ----------------------------------------------------------------------------------------------
def _with_unit(value: object, unit: str, places: int = 0) -> str:
    if value in (None, ""):
        return NOT_FILLED
    return f"{num(str(value), places)} {unit}"


def profile_chapter(data: CaseData) -> m.Chapter:
    ent, s = data.ent, data.summary
    key_user = data.checklist.items.get("G-E-02")
    rows = [
        ["企业名称", text(ent.get("name"), NOT_FILLED)],
        ["统一社会信用代码", text(ent.get("uscc"), NOT_FILLED)],
        ["所在地区", text(s.region, NOT_FILLED)],
        ["详细地址", text(ent.get("address"), NOT_FILLED)],
        ["所属行业（GB/T 4754-2017）", text(s.industry, NOT_FILLED)],
        ["从业人员", _with_unit(ent.get("employees"), "人")],
        ["营业收入", _with_unit(ent.get("revenue_wan"), "万元", 2)],
        ["工业总产值", _with_unit(ent.get("output_value_wan"), "万元", 2)],
        ["企业规模", f"{s.sme_class}（{s.sme_reason}）" if s.sme_class else s.sme_reason or NOT_FILLED],
        ["上年度综合能源消费量", _with_unit(ent.get("energy_tce_last_year"), "tce", 2)],
    ]
    if key_user is not None and key_user.value():
        rows.append(["重点用能单位类别", str(key_user.value())])
    contacts = m.Table([m.Column("联系人"), m.Column("职务"), m.Column("电话"), m.Column("电子邮箱")],
                       [[text(c.get("name")), text(c.get("role")), text(c.get("phone")), text(c.get("email"))]
                        for c in data.contacts], "企业联系人")

    def field(key: str, label: str) -> list[m.Block]:
        value = str(ent.get(key) or "").strip()
        return [m.Paragraph(value)] if value else [missing_note(label, "企业概况")]

    return m.Chapter("企业概况", sections=[
        m.Chapter("基本情况", [m.Table([m.Column("项目", width=52), m.Column("内容")], rows, "企业基本情况"),
                              *items(data, ("G-E-01", "G-E-02"), derived=False)]),
        m.Chapter("主要产品与生产能力", field("main_products", "主要产品") + field("capacity", "生产能力")
                  + items(data, ("G-E-03",))),
        m.Chapter("主要生产工艺", field("process_description", "主要生产工艺")
                  + items(data, ("G-E-04",), derived=False)),
        m.Chapter("能源供应系统", field("supply_systems", "能源供应系统")
                  + items(data, ("G-E-05", "G-E-06", "G-E-07"), derived=False)),
        m.Chapter("企业联系人", [contacts] if data.contacts else [missing_note("企业联系人", "企业概况")]),
    ])

