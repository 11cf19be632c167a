"""Report chapters 7 能源管理诊断 and 8 能源计量诊断."""

from __future__ import annotations

from collections import Counter

from desktop_app.domain.checklist import Status
from desktop_app.operations import metering
from desktop_app.operations.metering import LEVELS
from desktop_app.operations.report_content_base import (
    DASH,
    CaseData,
    findings,
    items,
    missing_note,
    num,
)
from desktop_app.reporting import model as m

MANAGEMENT_GROUPS = (("能源管理组织与目标", ("G-M-01", "G-M-02")), ("能源管理制度与能源管理体系", ("G-M-03", "G-M-04")),
                     ("能源统计与信息化", ("G-M-05", "G-M-06")), ("节能项目实施情况", ("G-M-07",)))


def _status_counts(data: CaseData, section_id: str) -> str:
    section = data.general(section_id)
    if section is None:
        return ""
    counts = Counter(data.checklist.items[i.id].status for i in section.items)
    parts = [f"{s.label_zh} {counts[s]} 项" for s in (Status.CONFORMING, Status.NONCONFORMING, Status.NOT_APPLICABLE,
                                                    Status.FOLLOW_UP, Status.UNCHECKED) if counts[s]]
    return f"本节核查 {len(section.items)} 项：" + "、".join(parts) + "。"


def management_chapter(data: CaseData) -> m.Chapter:
    section = data.general("M")
    if section is None:
        return m.Chapter("能源管理诊断", [m.Paragraph("依据 GB/T 15587、GB/T 23331 对企业能源管理现状进行诊断。"),
                                         *findings(data, [section], what="能源管理诊断")])
    grouped = {i for _, ids in MANAGEMENT_GROUPS for i in ids}
    others = tuple(it.id for it in section.items if it.id not in grouped)
    groups = [m.Chapter(title, items(data, ids)) for title, ids in MANAGEMENT_GROUPS if items(data, ids)]
    if others:
        groups.append(m.Chapter("其他", items(data, others)))
    lead = m.Paragraph("依据 GB/T 15587、GB/T 23331 对企业的能源管理组织、制度、能源管理体系、能源统计和"
                       "信息化建设进行诊断。" + _status_counts(data, "M"))
    return m.Chapter("能源管理诊断", [lead], groups)


def rates_table(data: CaseData) -> m.Table:
    rows = [[r.energy, r.level, str(r.required), str(r.installed), num(r.rate_pct, 1),
             num(r.required_pct, 0) if r.required_pct is not None else DASH, r.verdict_zh]
            for r in data.metering.rates]
    return m.Table([m.Column("能源种类"), m.Column("计量级别"), m.Column("应配备", "台", "right"),
                    m.Column("已配备", "台", "right"), m.Column("配备率", "%", "right"),
                    m.Column("要求", "%", "right"), m.Column("结论", align="center")],
                   rows, "能源计量器具配备率",
                   notes=[f"配备率 = 已配备数 ÷ 应配备数 × 100 %；要求值依据 {data.metering.basis}。"])


def ledger_summary(data: CaseData) -> m.Table:
    counts: Counter[tuple[str, int]] = Counter((str(r.get("energy")), int(r.get("level") or 0)) for r in data.meters)
    order = metering.energies()
    energies = sorted({e for e, _ in counts}, key=lambda e: (order.index(e) if e in order else len(order), e))
    rows = [[e] + [str(counts[(e, level)]) for level in LEVELS] + [str(sum(counts[(e, lv)] for lv in LEVELS))]
            for e in energies]
    return m.Table([m.Column("能源种类")] + [m.Column(name, "台", "right") for name in LEVELS.values()]
                   + [m.Column("合计", "台", "right")], rows, "计量器具台账汇总（按能源种类和计量级别）",
                   notes=["台账明细见附件“计量器具台账”。"])


def metering_chapter(data: CaseData) -> m.Chapter:
    rep = data.metering
    config: list[m.Block] = []
    if data.meters:
        config.append(ledger_summary(data))
    else:
        config.append(missing_note("计量器具台账", "能源计量"))
    if rep.rates:
        config.append(rates_table(data))
        bad = rep.noncompliant
        if bad:
            config.append(m.Note("配备率不符合 GB 17167 要求：" + "；".join(
                f"{r.energy}{r.level} {num(r.rate_pct, 1)} %（要求 {num(r.required_pct, 0)} %）" for r in bad) + "。",
                "warning"))
    else:
        config.append(missing_note("各能源种类、各级别的应配备计量器具数", "能源计量"))
    if rep.excess:
        config.append(m.Note("登记数多于应配备数，请核对应配备数：" + "；".join(rep.excess) + "。"))
    calibration: list[m.Block] = []
    if data.meters:
        lines = []
        lines.append("检定过期：" + ("、".join(rep.overdue) if rep.overdue else "无") + "。")
        if rep.undated:
            lines.append("未登记检定有效期：" + "、".join(rep.undated) + "。")
        accuracy = "；".join(rep.accuracy) if rep.accuracy else "所登记器具均不低于 GB 17167 表4 的要求"
        lines.append(f"准确度等级：{accuracy}。")
        calibration.append(m.Paragraph("\n".join(lines)))
    else:
        calibration.append(m.Paragraph("未登记计量器具，无法核查检定状态和准确度等级。"))
    return m.Chapter("能源计量诊断", [m.Paragraph(
        "依据 GB 17167 核查企业能源计量器具的配备、准确度等级和检定状态。" + _status_counts(data, "K"))], [
        m.Chapter("计量器具配备", config),
        m.Chapter("检定状态与准确度等级", calibration),
        m.Chapter("现场核查情况", findings(data, [data.general("K")], what="能源计量诊断")),
    ])
