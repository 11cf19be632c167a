"""The 工作总结 figures of a portfolio as a short Chinese PDF (REFERENCE.md §3.3, 附件4 工作总结提纲): key figures;
diagnoses completed by type, industry, region, agency and workflow state; typical problems found; measures by
category with savings (tce, tCO2, 万元) and investment; enterprise feedback and adopted measures; the files that
could not be read, with their errors. Built with ``reporting.model`` and rendered by ``reporting.pdf``.

Every figure is a count or a sum over the rows the scan read from the case files (``portfolio.summarize``); the
PDF says so, with the time of the scan. Written atomically (``pdf.render``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from desktop_app import __version__
from desktop_app.operations.portfolio import PROBLEM_UNITS, CaseRow, Summary, summarize
from desktop_app.operations.report_content_base import num
from desktop_app.reporting import model as m
from desktop_app.reporting import pdf

TITLE = "工业节能诊断服务工作总结（汇总数据）"
_TOP = 8  # rows of a count table before the rest is summed up as 其他


def write_pdf(rows: Sequence[CaseRow], out: Path, *, title: str = TITLE, scanned: datetime | None = None) -> Path:
    """Write the roll-up PDF of ``rows`` (the result of ``portfolio.scan``) to ``out``, atomically. ``scanned``: when
    the files were read (default: now), printed with the figures."""
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf.render(build(rows, title=title, scanned=scanned or datetime.now().astimezone()), out)
    return out


def build(rows: Sequence[CaseRow], *, title: str = TITLE, scanned: datetime) -> m.Report:
    s = summarize(rows)
    when = f"{scanned.year}年{scanned.month}月{scanned.day}日 {scanned:%H:%M}"
    sections = [
        m.Chapter("诊断完成情况", _completion(s)),
        m.Chapter("主要发现问题", _problems(s)),
        m.Chapter("提出措施及预计节能效果", _measures(rows, s)),
        m.Chapter("企业反馈及采纳情况", _feedback(s)),
        m.Chapter("无法读取的文件", _unreadable(rows)),
    ]
    intro: list[m.Block] = [
        m.Paragraph(f"本汇总读取了 {len(rows)} 个文件：{s.cases} 个案例可以读取（其中 {s.bundles} 个来自上报数据包），"
                    f"{s.unreadable} 个文件无法读取（见第 1.5 节）。"),
        _key_figures(s),
        m.Note(f"以上及以下各项数字均为 {when} 扫描时各案例文件中数据的计数与合计，未经人工调整；案例文件此后的修改"
               "不会反映在本汇总中。节能量为各案例节能措施（不含企业不采纳的措施）节能量（当量值）之和，"
               "二氧化碳减排、年节约费用和投资同样按措施合计。"),
    ]
    return m.Report(title=title, subtitle=f"截至 {when} 的案例文件汇总", enterprise="", agency=_agencies(s),
                    date_text=f"汇总日期：{scanned.year}年{scanned.month}月{scanned.day}日", draft=False,
                    meta={"app_version": __version__, "cases": str(s.cases)},
                    chapters=[m.Chapter("汇总数据", intro, sections)])


def _agencies(s: Summary) -> str:
    names = [k for k in sorted(s.by_agency) if k != "—"]
    return "、".join(names) if len(names) <= 3 else f"{names[0]} 等 {len(names)} 家服务机构"


def _key_figures(s: Summary) -> m.KeyFigures:
    return m.KeyFigures([
        ("诊断企业", str(s.cases), "家"),
        ("节能措施（不含不采纳）", str(s.measures), "项"),
        ("预计节能量（当量值）", num(s.saving_tce), "tce/a"),
        ("预计二氧化碳减排", num(s.saving_tco2), "t/a"),
        ("预计年节约费用", num(s.saving_wan), "万元/a"),
        ("预计投资", num(s.investment_wan), "万元"),
        ("已确认企业反馈", str(s.feedback_received), "家"),
        ("企业拟采纳措施", str(s.adopted_measures), "项"),
        ("无法读取的文件", str(s.unreadable), "个"),
    ])


def _count_table(title: str, what: str, counts: dict[str, int], total: int) -> m.Table:
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    shown, rest = ranked[:_TOP], ranked[_TOP:]
    if rest:
        shown.append((f"其他（{len(rest)} 项）", sum(v for _, v in rest)))
    rows = [[k, str(v), num(Decimal(v) * 100 / total, 1) if total else "—"] for k, v in shown]
    return m.Table([m.Column(what), m.Column("案例数", "家", "right"), m.Column("占比", "%", "right")], rows,
                   title, total_row=["合计", str(sum(counts.values())), "100.0" if total else "—"])


def _completion(s: Summary) -> list[m.Block]:
    blocks: list[m.Block] = [
        _count_table("按节能诊断类型", "节能诊断类型", s.by_type, s.cases),
        _count_table("按所属行业", "所属行业", s.by_industry, s.cases),
        _count_table("按所在地区", "地区（省 市）", s.by_city, s.cases),
        m.Paragraph("按服务机构：" + "；".join(f"{k} {v} 家" for k, v in sorted(s.by_agency.items(),
                                                                             key=lambda kv: (-kv[1], kv[0]))) + "。"),
    ]
    states = sorted(s.by_state, key=lambda k: (_STATE_ORDER.index(k) if k in _STATE_ORDER else 9, k))
    if states:
        blocks.append(m.BarChart("各工作状态的案例数", states, [("案例数", [float(s.by_state[k]) for k in states])],
                                 unit="家"))
    if s.blocking_cases:
        blocks.append(m.Paragraph(f"其中 {s.blocking_cases} 个案例仍有阻断提交的问题（必填项未填、清单待补充等），"
                                  f"审核意见中尚有 {s.open_comments} 条未解决。"))
    return blocks


_STATE_ORDER = ("草稿", "已提交", "退回修改", "已通过")


def _problems(s: Summary) -> list[m.Block]:
    rows = [[k, str(n), PROBLEM_UNITS.get(k, "项"), str(s.problem_cases.get(k, 0))] for k, n in s.problems.items()]
    return [
        m.Table([m.Column("问题"), m.Column("数量", align="right"), m.Column("单位"),
                 m.Column("涉及案例", "家", "right")], rows, "诊断发现的典型问题",
                notes=["淘汰设备、低于能效限定值的设备：按各案例设备清单的判定结果计数（台数）；产品单耗超过限定值：按强制性"
                       "能耗限额标准判定；计量器具配备率不达标：GB 17167 配备率表中未达要求的能源种类与级别；"
                       "诊断清单不符合项：清单中状态为“不符合”的条目。"]),
    ]


def _measures(rows: Sequence[CaseRow], s: Summary) -> list[m.Block]:
    cats = sorted(s.measures_by_category, key=lambda k: -s.measures_by_category[k])
    payback = num(s.investment_wan / s.saving_wan, 1) if s.saving_wan > 0 else "—"
    lines = [[f"节能措施：{k}", str(s.measures_by_category[k]), "项"] for k in cats]
    lines += [["节能措施合计（不含企业不采纳的）", str(s.measures), "项"],
              ["预计节能量（当量值）", num(s.saving_tce), "tce/a"], ["预计二氧化碳减排", num(s.saving_tco2), "t/a"],
              ["预计年节约费用", num(s.saving_wan), "万元/a"], ["预计投资", num(s.investment_wan), "万元"],
              ["总体静态回收期（投资 ÷ 年节约费用）", payback, "年"]]
    blocks: list[m.Block] = [m.Table([m.Column("项目"), m.Column("合计", align="right"), m.Column("单位")], lines,
                                     "节能措施及预计节能效果与投资")]
    saving: dict[str, Decimal] = {}
    for r in rows:
        if not r.error:
            saving[r.industry or "—"] = saving.get(r.industry or "—", Decimal(0)) + r.saving_tce
    top = sorted(saving, key=lambda k: -saving[k])[:8]
    if any(saving[k] for k in top):
        blocks.append(m.BarChart("预计节能量按行业（前 8，行业代码）", [k.split(" ")[0] for k in top],
                                 [("节能量", [float(num(saving[k], 1)) for k in top])], unit="tce/a"))
    return blocks


def _feedback(s: Summary) -> list[m.Block]:
    share = num(Decimal(s.feedback_received) * 100 / s.cases, 1) if s.cases else "—"
    return [m.Paragraph(f"{s.cases} 个案例中，{s.feedback_received} 家企业已确认反馈表（{share}%）；"
                        f"企业表示拟采纳的措施共 {s.adopted_measures} 项（占提出措施 {s.measures} 项的 "
                        f"{num(Decimal(s.adopted_measures) * 100 / s.measures, 1) if s.measures else '—'}%）。")]


def _unreadable(rows: Sequence[CaseRow]) -> list[m.Block]:
    bad = [r for r in rows if r.error]
    if not bad:
        return [m.Paragraph("所有文件均可读取。")]
    return [m.Table([m.Column("文件", width=50), m.Column("错误")], [[r.path.name, r.error] for r in bad],
                    "无法读取的文件", notes=["这些文件未计入以上任何数字。"])]
