"""The Excel annexes of a case (``tables.xlsx`` in the upload bundle, ``<name>_附表.xlsx`` next to the report).

Sheets: 能源消费 (purchase/stock/consumption balance, conversion to tce, CO2, months), 产品能耗, 设备清单 (grades with
the table row that decided them, eliminated-equipment check), 计量器具台账, 计量配备率, 节能措施 (resource streams,
tce, CO2, 万元, investment, payback, the enterprise's decision), 测量统计 (logged channels and spot readings) and
意向企业名单 (the enterprise's row in the columns of the 2021 notice's Attachment 3, REFERENCE.md §3.3).

Numbers are written as numbers (never text) with a number format; units are in the headers (or, where the unit
differs per row, in a unit column). Same case → same bytes: the document dates are the case's last change and the
zip members carry that date too (openpyxl stamps them with the clock, so the archive is rewritten).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]
from openpyxl.worksheet.worksheet import Worksheet  # type: ignore[import-untyped]
from openpyxl.writer.excel import ExcelWriter  # type: ignore[import-untyped]

import desktop_app
from desktop_app.calculations import measures as calc
from desktop_app.calculations.equipment_grading import INDICATORS
from desktop_app.calculations.units import decimal_or_none
from desktop_app.importers.logs.columns import QUANTITY_NAMES
from desktop_app.operations import energy, intention_list, products
from desktop_app.operations.intention_list import LIST_COLUMNS
from desktop_app.operations.metering import LEVELS
from desktop_app.operations.report_content_base import CaseData, gather, last_change
from desktop_app.operations.report_content_equipment import basis_text, elimination_text, params_text
from desktop_app.storage.casefile import CaseFile

FONT = "宋体"
HEAD_FILL = PatternFill("solid", fgColor="DDE6F0")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
THIN = Side(style="thin", color="A6A6A6")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FIXED_ZIP_DATE = (2000, 1, 1, 0, 0, 0)

# number formats
N0, N2, N4, PCT = "#,##0", "#,##0.00", "0.0000", "0.00"
DATE, DATETIME = "yyyy-mm-dd", "yyyy-mm-dd hh:mm"

#: the columns of 意向企业名单 (2021 notice, Attachment 3; REFERENCE.md §3.3), in order

Cell = object  # str, int, float, Decimal, date, datetime or None; anything else is written as its text


@dataclass(frozen=True)
class Col:
    title: str  # with the unit: "消费量（t）"
    width: float = 12
    fmt: str | None = None  # number format of numeric cells
    wrap: bool = False


def _value(v: Cell) -> str | int | float | date | datetime | None:
    if v is None or isinstance(v, bool):
        return None if v is None else str(v)
    if isinstance(v, Decimal):
        return float(v) if v.is_finite() else None
    if isinstance(v, float):
        return v if v == v and v not in (float("inf"), float("-inf")) else None
    if isinstance(v, int | date):
        return v
    text = str(v)
    return text if text.strip() else None


class Sheet:
    """Writes blocks (a header row and data rows) down one worksheet."""

    def __init__(self, ws: Worksheet) -> None:
        self.ws = ws
        self.row = 1
        self.widths: dict[int, float] = {}

    def block(self, cols: Sequence[Col], rows: Sequence[Sequence[Cell]], *, total: Sequence[Cell] | None = None,
              title: str = "", freeze: str | None = None) -> None:
        ws = self.ws
        if title:
            if self.row > 1:
                self.row += 1
            c = ws.cell(self.row, 1, title)
            c.font = Font(name=FONT, bold=True, size=11)
            self.row += 1
        for j, col in enumerate(cols, 1):
            c = ws.cell(self.row, j, col.title)
            c.font = Font(name=FONT, bold=True, size=10)
            c.fill = HEAD_FILL
            c.border = BORDER
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            self.widths[j] = max(self.widths.get(j, 0), col.width)
        if freeze:
            ws.freeze_panes = freeze
        self.row += 1
        for r in [*rows, *([total] if total is not None else [])]:
            is_total = total is not None and r is total
            for j, (col, raw) in enumerate(zip(cols, r, strict=True), 1):
                v = _value(raw)
                c = ws.cell(self.row, j, v)
                c.font = Font(name=FONT, size=10, bold=is_total)
                c.border = BORDER
                if is_total:
                    c.fill = TOTAL_FILL
                if isinstance(v, datetime):
                    c.number_format = DATETIME
                elif isinstance(v, date):
                    c.number_format = DATE
                elif isinstance(v, int | float) and col.fmt:
                    c.number_format = col.fmt
                c.alignment = Alignment(vertical="top", wrap_text=col.wrap)
            self.row += 1

    def note(self, text: str) -> None:
        c = self.ws.cell(self.row, 1, text)
        c.font = Font(name=FONT, size=9, italic=True, color="595959")
        self.row += 1

    def finish(self) -> None:
        for j, w in self.widths.items():
            self.ws.column_dimensions[get_column_letter(j)].width = w


def _d(value: object) -> Decimal | None:
    return decimal_or_none(value)


# --- sheets -----------------------------------------------------------------------------------------------------
def energy_sheet(sh: Sheet, data: CaseData) -> None:
    rep = data.energy
    coefs = energy.coefficients(data.case)
    total = rep.total_tce
    rows: list[list[Cell]] = []
    for n, i in enumerate(rep.items, 1):
        row = data.case.row("energy_item", i.id) or {}
        c, b, e = i.conversion, i.balance, i.emission
        coef = coefs.get(i.energy_code)
        cost = _d(row.get("cost_yuan"))
        rows.append([n, i.name, coef.name_zh if coef else i.energy_code, i.unit,  # one row per energy item
                     b.purchased if b else _d(row.get("purchased")), b.opening_stock if b else None,
                     b.closing_stock if b else None, b.transferred_out if b else None, _d(row.get("consumed")),
                     b.difference if b else None, c.coefficient if c else None,
                     f"kgce/{coef.unit}" if coef else None, c.basis if c else "未折标（无消费量或不计入的耗能工质）",
                     c.label if c else None, c.tce if c else None, c.tce / total * 100 if c and total else None,
                     (i.equal or c).tce if c else None, e.tco2 if e else None,
                     e.trace if e else i.co2_missing or None, cost / 10_000 if cost is not None else None])
    equal = rep.total_tce_equal
    cols = [Col("序号", 6, N0), Col("能源品种", 16, wrap=True), Col("GB/T 2589 品种", 14), Col("计量单位", 9),
            Col("购入量（计量单位）", 14, N2), Col("期初库存（计量单位）", 14, N2), Col("期末库存（计量单位）", 14, N2),
            Col("外供量（计量单位）", 14, N2), Col("消费量（计量单位）", 14, N2),
            Col("平衡差额（计量单位）", 14, N2), Col("折标准煤系数", 12, N4), Col("系数单位", 11),
            Col("系数依据", 40, wrap=True), Col("来源等级", 8), Col("当量值（tce）", 14, N2), Col("占比（%）", 9, PCT),
            Col("等价值（tce）", 14, N2), Col("CO2 排放（t）", 14, N2), Col("CO2 计算式", 50, wrap=True),
            Col("费用（万元）", 12, N2)]
    costs = [y for i in rep.items if (y := _d((data.case.row("energy_item", i.id) or {}).get("cost_yuan"))) is not None]
    total_row: list[Cell] = ["合计", None, None, None, None, None, None, None, None, None, None, None, None, None,
                             total, 100 if total else None, equal if equal is not None else total,
                             rep.total_co2 if any(i.emission for i in rep.items) else None, None,
                             sum(costs, Decimal(0)) / 10_000 if costs else None]
    sh.block(cols, rows, total=total_row if rows else None, freeze="C2")
    sh.note(f"折标准煤系数：GB/T 2589-{rep.edition}；综合能耗以当量值计，电力等价值按案例设定的供电标准煤耗折算。"
            "平衡差额 = 消费量 −（购入量 + 期初库存 − 期末库存 − 外供量）。")
    months = [i for i in rep.items if any(v is not None for v in i.months)]
    if months:
        sh.block([Col("能源品种", 16), Col("计量单位", 9)] + [Col(f"{m}月（计量单位）", 11, N2) for m in range(1, 13)]
                 + [Col("合计（计量单位）", 13, N2)],
                 [[i.name, i.unit, *i.months, sum((v for v in i.months if v is not None), Decimal(0))]
                  for i in months], title="分月消费量")


def products_sheet(sh: Sheet, data: CaseData) -> None:
    rows = []
    for n, p in enumerate(data.products, 1):
        row = data.case.row("product", p.id) or {}
        r = p.result
        rows.append([n, p.name, p.standard, r.indicator, r.unit, r.value, r.limits.get("1"), r.limits.get("2"),
                     r.limits.get("3"), r.label_zh, _d(row.get("output")), _d(row.get("base_value")), p.savings_tce,
                     "、".join(r.missing) or None, "\n".join(r.trace)])
    sh.block([Col("序号", 6, N0), Col("产品", 14), Col("限额标准", 14), Col("指标", 22, wrap=True), Col("单位", 9),
              Col("计算值", 11, N2), Col("1级", 9, N2), Col("2级", 9, N2), Col("3级（限定值）", 11, N2),
              Col("判定", 12), Col("诊断期产量（t）", 14, N0), Col("对比期单耗（同指标单位）", 14, N2),
              Col("节能量（tce）", 12, N2), Col("缺少的输入", 16, wrap=True), Col("计算过程", 60, wrap=True)],
             rows, freeze="C2")
    intensity = products.output_value_intensity(data.case, data.energy.total_tce) if data.has_energy else None
    sh.block([Col("指标", 22), Col("单位", 9), Col("数值", 11, N4), Col("综合能耗（tce）", 14, N2),
              Col("工业总产值（万元）", 14, N2)],
             [["单位工业总产值综合能耗", "tce/万元", intensity, data.energy.total_tce if data.has_energy else None,
               _d(data.ent.get("output_value_wan"))]], title="单位产值综合能耗")


def equipment_sheet(sh: Sheet, data: CaseData) -> None:
    rows: list[list[Cell]] = []
    for n, d in enumerate(data.devices, 1):
        g = d.grade
        keys = [k for k in INDICATORS if g and k in g.values]
        first = keys[0] if keys else None
        limits = g.limits.get(first, {}) if g and first else {}
        others = "；".join(f"{INDICATORS[k][0]} {g.values[k]} {INDICATORS[k][1]}（1/2/3级 "
                          + "/".join(str(g.limits.get(k, {}).get(x, "—")) for x in "123") + "）"
                          for k in keys[1:]) if g else ""
        rows.append([n, d.row.get("tag"), d.row.get("name"), d.kind_label, d.row.get("model"),
                     d.row.get("manufacturer"), int(d.row.get("quantity") or 1), d.row.get("location"),
                     d.row.get("year"), _d(d.row.get("hours")), _d(d.params.get("rated_kw")),
                     _d(d.params.get("rated_kva")), params_text(d),
                     f"{INDICATORS[first][0]}（{INDICATORS[first][1]}）" if first else None,
                     g.values.get(first) if g and first else None, limits.get("1"), limits.get("2"), limits.get("3"),
                     others or None, d.outcome_label, g.standard if g else None, basis_text(d), d.elimination_label,
                     elimination_text(d) if d.elimination and d.elimination.outcome != "not_found_in_covered_entries"
                     else None])
    sh.block([Col("序号", 6, N0), Col("设备编号", 10), Col("设备名称", 18, wrap=True), Col("设备类型", 14),
              Col("型号", 16), Col("制造厂", 12), Col("台数（台）", 8, N0), Col("安装位置", 12),
              Col("投运年份", 9), Col("年运行小时数（h/a）", 11, N0), Col("额定功率（kW）", 11, N2),
              Col("额定容量（kVA）", 11, N0), Col("铭牌与测试参数", 40, wrap=True), Col("能效指标", 18),
              Col("指标值", 10, N2), Col("1级限值", 9, N2), Col("2级限值", 9, N2), Col("3级限值（能效限定值）", 11, N2),
              Col("其他指标", 30, wrap=True), Col("能效判定", 14), Col("依据标准", 14),
              Col("判定依据（标准表、行或原因）", 40, wrap=True), Col("淘汰核查", 12), Col("淘汰依据", 40, wrap=True)],
             rows, freeze="D2")
    sh.note("能效等级按诊断基准日期适用的标准版本判定；淘汰核查仅覆盖参考数据所收录的目录条目，"
            "“所收录条目中未见”不等于“不属于淘汰设备”。")


def meters_sheet(sh: Sheet, data: CaseData) -> None:
    as_of = str(data.info.get("as_of_date") or "")
    rows = []
    for n, r in enumerate(data.meters, 1):
        due = str(r.get("calibration_due") or "")
        status = "未登记有效期" if not due else "过期" if as_of and due < as_of else "有效"
        rows.append([n, r.get("name"), r.get("kind"), r.get("model"), r.get("range_text"), r.get("accuracy_class"),
                     r.get("location"), r.get("energy"), LEVELS.get(int(r.get("level") or 0)),
                     _date(r.get("calibrated_on")), _date(due), status])
    sh.block([Col("序号", 6, N0), Col("名称", 22, wrap=True), Col("种类", 14), Col("型号", 12), Col("量程", 20),
              Col("准确度等级", 10), Col("安装位置", 12), Col("能源种类", 9), Col("计量级别", 18),
              Col("检定日期", 12), Col("有效期至", 12), Col(f"检定状态（于 {as_of or '诊断基准日期'}）", 14)],
             rows, freeze="C2")


def rates_sheet(sh: Sheet, data: CaseData) -> None:
    rows = [[r.energy, r.level, r.required, r.installed, r.rate_pct, r.required_pct, r.verdict_zh]
            for r in data.metering.rates]
    sh.block([Col("能源种类", 10), Col("计量级别", 20), Col("应配备（台）", 11, N0), Col("已配备（台）", 11, N0),
              Col("配备率（%）", 11, "0.0"), Col("要求（%）", 10, "0"), Col("结论", 10)], rows, freeze="A2")
    sh.note(f"要求值依据 {data.metering.basis}。")


def measures_sheet(sh: Sheet, data: CaseData) -> None:
    used = [k for k in calc.RESOURCES if any(s.resource == k for v in data.measures if v.figures
                                             for s in v.figures.streams)]
    rows = []
    for n, v in enumerate(data.measures, 1):
        f = v.figures
        qty = {k: sum((s.quantity for s in f.streams if s.resource == k), Decimal(0)) if f and any(
            s.resource == k for s in f.streams) else None for k in used}
        last = v.decisions[-1] if v.decisions else {}
        rows.append([n, v.row.get("code"), v.row["title"], calc.CATEGORIES.get(str(v.row["category"])),
                     calc.PRIORITIES.get(str(v.row.get("priority") or "")), *[qty[k] for k in used],
                     f.tce_equivalent if f else None, f.tce_equal if f else None, f.tco2 if f else None,
                     f.yuan_per_year / 10_000 if f else None, f.extra_om_wan if f else None,
                     f.annual_saving_wan if f else None, f.investment_wan if f else None,
                     f.payback_years if f else None, f.npv_wan if f else None, f.irr_percent if f else None,
                     v.decision_label, _date(last.get("decided_on")), last.get("note"), v.row.get("description"),
                     v.error or None])
    t = data.totals
    total: list[Cell] = ["合计（不含不采纳）", None, f"{t.count} 项", None, None,
                         *[t.quantities.get(k) for k in used], t.tce_equivalent, t.tce_equal, t.tco2,
                         t.yuan_per_year / 10_000, None, t.annual_saving_wan, t.investment_wan, t.payback_years,
                         None, None, None, None, None, None, None]
    sh.block([Col("序号", 6, N0), Col("编号", 8), Col("措施名称", 30, wrap=True), Col("类别", 10), Col("优先级", 7)]
             + [Col(f"年节约{calc.RESOURCES[k].name_zh}（{calc.RESOURCES[k].unit}/a）", 14, N2) for k in used]
             + [Col("节能量 当量值（tce/a）", 12, N2), Col("节能量 等价值（tce/a）", 12, N2),
                Col("CO2 减排（t/a）", 12, N2), Col("节约金额（万元/a）", 12, N2),
                Col("新增运维费用（万元/a）", 12, N2), Col("年节约费用（万元/a）", 12, N2), Col("投资（万元）", 11, N2),
                Col("静态回收期（年）", 10, "0.0"), Col("净现值（万元）", 11, N2), Col("内部收益率（%）", 10, "0.0"),
                Col("企业决定", 10), Col("决定日期", 12), Col("决定说明", 24, wrap=True),
                Col("措施内容", 50, wrap=True), Col("计算问题", 20, wrap=True)],
             rows, total=total if rows else None, freeze="D2")
    sh.note("年节约费用 = 节约金额 − 新增运维费用；静态回收期 = 投资 ÷ 年节约费用。"
            "合计行不含企业决定为“不采纳”的措施。")


def measurements_sheet(sh: Sheet, data: CaseData) -> None:
    rows = []
    for c in data.channels:
        st, tz = c.stats, str(c.dataset.get("tz") or "Asia/Shanghai")
        quantity = QUANTITY_NAMES.get(str(c.channel.get("quantity") or ""))
        rows.append([c.dataset.get("label"), c.channel.get("label"),
                     quantity or c.channel.get("quantity"), c.channel.get("unit"),
                     c.equipment or None, _local(c.dataset.get("t_first"), tz), _local(c.dataset.get("t_last"), tz),
                     st.count, st.missing, st.min, st.max, st.mean, st.std, st.p5, st.p95, st.duration_h,
                     st.energy, st.energy_unit or None])
    sh.block([Col("数据集", 24, wrap=True), Col("通道", 18), Col("物理量", 14), Col("单位", 8), Col("关联设备", 18),
              Col("起始时间（本地）", 17), Col("结束时间（本地）", 17), Col("有效样本（个）", 10, N0),
              Col("缺失样本（个）", 10, N0), Col("最小（通道单位）", 12, N4), Col("最大（通道单位）", 12, N4),
              Col("平均（通道单位）", 12, N4), Col("标准差（通道单位）", 12, N4), Col("P5（通道单位）", 12, N4),
              Col("P95（通道单位）", 12, N4), Col("时长（h）", 10, N2), Col("能量（能量单位）", 14, N2),
              Col("能量单位", 9)], rows, freeze="C2")
    sh.block([Col("测量项目", 24, wrap=True), Col("关联设备", 18), Col("测量值", 12, "General"), Col("单位", 8),
              Col("测量时间", 17), Col("仪器", 16), Col("说明", 30, wrap=True)],
             [[s.get("label"), data.device_title(s.get("equipment_id")) or None, _d(s.get("value")), s.get("unit"),
               _datetime(s.get("taken_at")), s.get("instrument"), s.get("note")] for s in data.spots],
             title="现场单点测量")


def list_sheet(sh: Sheet, data: CaseData) -> None:
    sh.block([Col(t, w) for t, w in zip(LIST_COLUMNS, (6, 26, 12, 12, 24, 14, 20, 26, 14, 16, 40), strict=True)],
             [intention_row(data)], freeze="A2")
    sh.ws.cell(sh.row - 1, 10).number_format = N2
    sh.row += 1  # a blank row: the list itself stays a clean table for whoever reads it back
    sh.note("格式依据 2021 年度工业节能诊断服务工作通知附件3“节能诊断服务意向企业名单”；组织机构代码取自统一社会"
            "信用代码第 9–17 位。")


def intention_row(data: CaseData) -> list[Cell]:
    s = data.summary
    return intention_list.intention_row(data.ent, data.eng, enterprise=s.enterprise, industry=s.industry,
                                        diagnosis_type=s.diagnosis_type)


def _date(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _datetime(value: object) -> datetime | str | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value).replace(" ", "T"))
    except ValueError:
        return str(value)


def _local(ms: object, tz: str) -> datetime | None:
    if ms is None:
        return None
    return datetime.fromtimestamp(int(str(ms)) / 1000, ZoneInfo(tz)).replace(tzinfo=None)


SHEETS = (("能源消费", energy_sheet), ("产品能耗", products_sheet), ("设备清单", equipment_sheet),
          ("计量器具台账", meters_sheet), ("计量配备率", rates_sheet), ("节能措施", measures_sheet),
          ("测量统计", measurements_sheet), ("意向企业名单", list_sheet))


# --- the workbook -------------------------------------------------------------------------------------------------
def build_workbook(case: CaseFile) -> bytes:
    """The annex workbook as XLSX bytes (same case → same bytes)."""
    return workbook_from(gather(case))


def workbook_from(data: CaseData) -> bytes:
    """The workbook of the case ``data`` was gathered from."""
    case = data.case
    when = last_change(case)
    stamp = (when or datetime(2000, 1, 1, tzinfo=UTC)).astimezone(UTC).replace(tzinfo=None, microsecond=0)
    wb = Workbook()
    wb.remove(wb.active)
    for title, fill in SHEETS:
        sh = Sheet(wb.create_sheet(title))
        fill(sh, data)
        sh.finish()
    props = wb.properties
    props.created = props.modified = stamp
    props.creator = props.lastModifiedBy = f"{desktop_app.APP_NAME} {desktop_app.__version__}"
    props.title = f"{data.summary.enterprise or '企业'} 节能诊断附表"
    props.identifier = case.case_uuid
    raw = io.BytesIO()
    # ExcelWriter, not wb.save: save_workbook stamps ``modified`` with the clock
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(wb, archive).write_data()
    return _reproducible_zip(raw.getvalue(), stamp.timetuple()[:6] if stamp.year >= 1980 else FIXED_ZIP_DATE)


def _reproducible_zip(data: bytes, when: tuple[int, ...]) -> bytes:
    """The same archive with every member dated ``when`` (openpyxl dates them with the clock)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=when[:6])  # type: ignore[arg-type]
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = info.external_attr
            dst.writestr(member, src.read(info.filename))
    return out.getvalue()

