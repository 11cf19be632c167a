"""Report chapter 11 附件: checklist answers, equipment list, metering ledger, measure register, measurement
statistics, photos (captioned with their checklist item), calculation results, and the case's completeness check."""

from __future__ import annotations

from desktop_app.calculations import registry
from desktop_app.domain.errors import JnzdError
from desktop_app.operations import checklist
from desktop_app.operations.metering import LEVELS
from desktop_app.operations.report_content_base import (
    DASH,
    CaseData,
    answer_value,
    local_time,
    missing_note,
    num,
    price,
    product_label,
)
from desktop_app.operations.report_content_energy import C_SECTION_5
from desktop_app.operations.report_content_equipment import basis_text, elimination_text, params_text, text_or
from desktop_app.reporting import model as m

PHOTO_MIMES = ("image/jpeg", "image/png")


#: the chapter (of ``report_content``'s fixed outline) that discusses each section of the general checklist
CHAPTER_OF_SECTION = {"P": "2", "E": "3", "T": "6", "S": "6", "M": "7", "K": "8", "N": "9", "R": "10"}


def _chapter_of(section_id: str, item_id: str, general: bool) -> str:
    if not general:
        return "5"  # industry modules: 能效指标与对标, 行业专项指标
    if section_id == "C":
        return "5" if item_id in C_SECTION_5 else "4"
    return CHAPTER_OF_SECTION.get(section_id, DASH)


def checklist_annex(data: CaseData) -> list[m.Block]:
    """Every item's status and value at a glance; the findings themselves are in the chapter named."""
    if not data.checklist.templates:
        return [missing_note("诊断清单（尚未选择清单模板）", "诊断清单")]
    general_ids = {t.id for t in data.checklist.templates if t.kind == "general"}
    rows = []
    for s in data.checklist.sections:
        for it in s.items:
            st = data.checklist.items[it.id]
            rows.append([it.id, it.title + ("＊" if it.required else ""), st.status.label_zh,
                         answer_value(st) or DASH, _chapter_of(s.id, it.id, s.template in general_ids),
                         str(st.evidence_count) if st.evidence_count else ""])
    counts = [f"{p.section.id} {p.section.title} {p.answered}/{p.total}" for p in data.checklist.progress()]
    return [m.Table(
        [m.Column("条目", width=17), m.Column("内容", width=50), m.Column("状态", align="center", width=14),
         m.Column("数值"), m.Column("正文章", align="center", width=15), m.Column("证据", "份", "center", width=11)],
        rows, "诊断清单答复汇总",
        notes=["＊为必填条目；“发现与说明”见所列正文章节；证据为所附照片或文件的份数。",
               "各节已核查条目数：" + "；".join(counts) + "。"])]


def equipment_annex(data: CaseData) -> list[m.Block]:
    if not data.devices:
        return [missing_note("重点用能设备清单", "设备")]
    base = m.Table([m.Column("编号"), m.Column("名称", width=26), m.Column("类型", width=22),
                    m.Column("型号", width=24), m.Column("制造厂"),
                    m.Column("台数", "台", "right"), m.Column("安装位置"), m.Column("投运年份", align="center"),
                    m.Column("年运行时间", "h/a", "right")],
                   [[text_or(d.row.get("tag")), text_or(d.row.get("name")), d.kind_label, text_or(d.row.get("model")),
                     text_or(d.row.get("manufacturer")), str(d.row.get("quantity") or 1),
                     text_or(d.row.get("location")),
                     text_or(d.row.get("year")), num(d.row.get("hours"), 0) if d.row.get("hours") else DASH]
                    for d in data.devices], "设备清单（基本信息）")
    grades = m.Table([m.Column("编号", width=13), m.Column("铭牌与测试参数", width=45), m.Column("能效判定", width=18),
                      m.Column("判定依据", width=44), m.Column("淘汰核查", width=40)],
                     [[text_or(d.row.get("tag")), params_text(d) or DASH, d.outcome_label, basis_text(d),
                       elimination_text(d)] for d in data.devices], "设备清单（能效判定与淘汰核查）")
    return [base, grades]


def meters_annex(data: CaseData) -> list[m.Block]:
    if not data.meters:
        return [missing_note("计量器具台账", "能源计量")]
    return [m.Table([m.Column("名称", width=24), m.Column("种类", width=15), m.Column("型号与量程", width=25),
                     m.Column("准确度等级", align="center", width=12), m.Column("安装位置", width=15),
                     m.Column("能源", align="center", width=10), m.Column("计量级别", width=19),
                     m.Column("检定日期", align="center", width=20), m.Column("有效期至", align="center", width=20)],
                    [[text_or(r.get("name")), text_or(r.get("kind")),
                      " ".join(str(r.get(k) or "") for k in ("model", "range_text")).strip() or DASH,
                      text_or(r.get("accuracy_class")), text_or(r.get("location")), text_or(r.get("energy")),
                      LEVELS.get(int(r.get("level") or 0), DASH), text_or(r.get("calibrated_on")),
                      text_or(r.get("calibration_due"))] for r in data.meters], "能源计量器具台账")]


def measures_annex(data: CaseData) -> list[m.Block]:
    if not data.measures:
        return [missing_note("节能措施", "节能措施")]
    rows = []
    for v in data.measures:
        f = v.figures
        if f is None or not f.streams:
            rows.append([str(v.row.get("code") or v.id), str(v.row["title"]), DASH, DASH, DASH, DASH, DASH, DASH,
                         v.error or "未录入资源流"])
            continue
        for s in f.streams:
            rows.append([str(v.row.get("code") or v.id), str(v.row["title"]), s.name_zh, f"{num(s.quantity)} {s.unit}",
                         price(s.price_yuan_per_unit),
                         num(s.tce_equivalent), num(s.tce_equal) if s.tce_equal is not None else DASH,
                         num(s.tco2) if s.tco2 is not None else DASH,
                         f"{num(s.coefficient, 4)} kgce/{s.coefficient_unit}" + (f" [{s.label}]" if s.label else "")
                         if s.coefficient is not None else s.coefficient_basis])
    return [m.Table([m.Column("编号", width=13), m.Column("措施", width=36), m.Column("资源", width=12),
                     m.Column("年节约量", align="right", width=22), m.Column("单价", "元/单位", "right", width=14),
                     m.Column("当量值", "tce/a", "right", width=15), m.Column("等价值", "tce/a", "right", width=15),
                     m.Column("CO2", "t/a", "right", width=15), m.Column("折标系数", width=18)],
                    rows, "节能措施登记表（按资源流）",
                    notes=[f"折标系数取自 GB/T 2589-{data.energy.edition}（方括号内为来源等级）；电力等价值按案例设定的"
                           "供电标准煤耗；CO2 中电力按电网排放因子、燃料按缺省排放参数计算。"])]


def measurement_annex(data: CaseData) -> list[m.Block]:
    if not data.channels:
        return [m.Paragraph("未导入记录仪测量数据。")]
    rows = []
    for c in data.channels:
        st, unit = c.stats, str(c.channel.get("unit") or "")
        size = max((abs(v) for v in (st.min, st.max) if v == v), default=0.0)
        p = 0 if size >= 1000 else 1 if size >= 100 else 2 if size >= 2 else 3  # about 4–5 significant digits
        rows.append([str(c.channel.get("label")) + (f"（{c.equipment}）" if c.equipment else ""), unit or DASH,
                     f"{st.count}/{st.missing}", num(st.min, p), num(st.mean, p), num(st.max, p), num(st.std, p),
                     num(st.p5, p), num(st.p95, p),
                     f"{num(st.energy, 1)} {st.energy_unit}" if st.energy is not None else DASH])
    first = data.channels[0]
    tz = str(first.dataset.get("tz") or "Asia/Shanghai")
    return [m.Table([m.Column("通道", width=30), m.Column("单位", align="center", width=10),
                     m.Column("有效/缺失", "个", "right", width=17), m.Column("最小", align="right", width=13),
                     m.Column("平均", align="right", width=13), m.Column("最大", align="right", width=13),
                     m.Column("标准差", align="right", width=13), m.Column("P5", align="right", width=13),
                     m.Column("P95", align="right", width=13), m.Column("能量", align="right", width=25)],
                    rows, "测量统计（全记录时段）",
                    notes=[f"统计时段：{local_time(first.dataset.get('t_first'), tz)} 至 "
                           f"{local_time(first.dataset.get('t_last'), tz)}（{tz}）；能量为功率通道的梯形积分，"
                           "超过 3 倍采样间隔的数据缺口不桥接。统计值的单位与通道单位相同，按数量级修约。"])]


def photos_annex(data: CaseData) -> list[m.Block]:
    blocks: list[m.Block] = []
    documents: list[list[str]] = []
    for st in data.checklist.ordered():
        if not st.evidence_count:
            continue
        for e in checklist.evidence_for(data.case, st.item.id):
            caption = f"{st.item.id} {st.item.title}：{e.get('caption') or e.get('filename')}"
            taken = str(e.get("taken_utc") or "").replace("T", " ")
            if e.get("kind") == "photo" and e.get("mime") in PHOTO_MIMES:
                try:
                    blob = checklist.evidence_bytes(data.case, int(str(e["id"])))
                except JnzdError:
                    documents.append([caption, str(e.get("filename")), "文件内容缺失"])
                    continue
                blocks.append(m.Image(blob, caption + (f"（拍摄时间 {taken}）" if taken else ""), max_height_mm=95))
            else:
                documents.append([caption, str(e.get("filename")), str(e.get("mime") or DASH)])
    if documents:
        blocks.append(m.Table([m.Column("清单条目与说明"), m.Column("文件名"), m.Column("类型")], documents,
                              "其他证据文件（见上报数据包）"))
    return blocks or [m.Paragraph("未附现场照片。")]


def calculations_annex(data: CaseData) -> list[m.Chapter]:
    out: list[m.Chapter] = []
    if data.products:
        out.append(m.Chapter("单位产品能耗对标计算过程", [m.Paragraph(
            f"{product_label(p)}：\n" + "\n".join(p.result.trace)) for p in data.products]))
    for r in data.calcs:
        try:
            specs = {s.key: s for s in registry.calculator(r.calculator).inputs}
        except (KeyError, JnzdError):
            specs = {}
        rows = [["输入", specs[k].label if k in specs else k, v or DASH, specs[k].unit if k in specs else ""]
                for k, v in r.inputs.items()]
        rows += [["结果", o["label"], o["value"], o["unit"]] for o in r.outputs.values()]
        device = data.device_title(r.equipment_id)
        saved = r.saved_utc[:19].replace("T", " ")
        head = m.Paragraph(f"关联设备：{device or '无'}；保存人：{r.saved_by or DASH}；保存时间：{saved} UTC。")
        out.append(m.Chapter(r.title, [
            head,
            m.Table([m.Column("", align="center", width=14), m.Column("项目", width=60),
                     m.Column("数值", align="right"), m.Column("单位", align="center")], rows,
                    f"{r.title}：输入与结果"),
            m.Paragraph("计算过程：" + r.trace)]))
    return out or [m.Chapter("计算结果", [m.Paragraph("未保存计算结果。")])]


def check_annex(data: CaseData) -> list[m.Block]:
    rows = [[f.severity.label_zh, f.section, f.message] for f in data.check.findings]
    if not rows:
        return [m.Paragraph("完整性与合理性检查未发现问题。")]
    return [m.Table([m.Column("级别", align="center", width=14), m.Column("模块", width=22), m.Column("问题")], rows,
                    "案例完整性与合理性检查结果",
                    notes=["“阻断”为提交前必须补齐的必填信息；“警告”为应在报告中说明或核实的情况。"])]


def annex_chapter(data: CaseData) -> m.Chapter:
    return m.Chapter("附件", sections=[
        m.Chapter("附件1 诊断清单答复", checklist_annex(data)),
        m.Chapter("附件2 设备清单", equipment_annex(data)),
        m.Chapter("附件3 计量器具台账", meters_annex(data)),
        m.Chapter("附件4 节能措施登记表", measures_annex(data)),
        m.Chapter("附件5 测量统计", measurement_annex(data)),
        m.Chapter("附件6 现场照片", photos_annex(data)),
        m.Chapter("附件7 计算结果", sections=calculations_annex(data)),
        m.Chapter("附件8 完整性与合理性检查", check_annex(data)),
    ])
