"""Report chapters 4 能源消费状况 and 5 能效指标与对标."""

from __future__ import annotations

from decimal import Decimal

from desktop_app.calculations.units import decimal_or_none
from desktop_app.operations import energy, products
from desktop_app.operations.report_content_base import (
    DASH,
    CaseData,
    findings,
    items,
    missing_note,
    num,
    pct,
    product_label,
)
from desktop_app.reporting import model as m

MONTHS = [f"{n}月" for n in range(1, 13)]
#: unit entered → (unit the price is quoted per, how many of those one entered unit holds)
PRICE_UNITS = {"万kWh": ("kWh", Decimal(10_000)), "MWh": ("kWh", Decimal(1000)), "万m3": ("m³", Decimal(10_000)),
               "万m³": ("m³", Decimal(10_000)), "m3": ("m³", Decimal(1)), "kg": ("t", Decimal("0.001")),
               "万t": ("t", Decimal(10_000))}
UNIT_TEXT = {"m3": "m³", "万m3": "万m³"}
C_SECTION_4 = ("G-C-01", "G-C-02", "G-C-03", "G-C-04", "G-C-05", "G-C-06", "G-C-12", "G-C-13")
C_SECTION_5 = ("G-C-07", "G-C-08", "G-C-09", "G-C-10", "G-C-11")


def unit_text(unit: str) -> str:
    return UNIT_TEXT.get(unit, unit)


# --- 4 能源消费状况 ------------------------------------------------------------------------------------------
def consumption_table(data: CaseData) -> m.Table:
    rep = data.energy
    coefs = energy.coefficients(data.case)
    total = rep.total_tce
    rows: list[list[str]] = []
    bases: list[str] = []
    for i in rep.items:
        c = i.conversion
        if c is None:
            rows.append([i.name, DASH, unit_text(i.unit), DASH, DASH, DASH, DASH])
            bases.append(f"{i.name}：未录入消费量，或为不计入综合能耗的耗能工质。")
            continue
        base = unit_text(coefs[i.energy_code].unit) if i.energy_code in coefs else ""
        rows.append([i.name, num(c.quantity), unit_text(i.unit), f"{num(c.coefficient, 4)} kgce/{base}",
                     num(c.tce), pct(c.tce / total if total else None, 2), num(i.equal.tce if i.equal else c.tce)])
        bases.append(f"{i.name}：{c.basis} [{c.label}]"
                     + (f"；等价值 {i.equal.basis}" if i.equal else "") + "。")
    equal = rep.total_tce_equal
    notes = ["综合能耗以当量值计；电力等价值按案例设定的供电标准煤耗折算，其他能源的等价值与当量值相同。"]
    if equal is None:
        notes.append("未设定电力等价折标系数，等价值一栏按当量值列出。")
    notes.append("折标准煤系数依据（方括号内为来源等级）：")
    return m.Table(
        [m.Column("能源品种", width=30), m.Column("实物消费量", align="right"), m.Column("单位", align="center"),
         m.Column("折标准煤系数", align="right"), m.Column("当量值", "tce", "right"),
         m.Column("占比", "%", "right"), m.Column("等价值", "tce", "right")],
        rows, f"能源消费量及折标准煤（GB/T 2589-{rep.edition}）", notes=notes + bases,
        total_row=["合计", "", "", "", num(total), "100.00" if total else DASH,
                   num(equal if equal is not None else total)])


def structure_chart(data: CaseData) -> m.BarChart | None:
    parts = data.energy.structure()
    if not parts:
        return None
    return m.BarChart("能源消费结构（当量值占比）", [name for name, _ in parts],
                      [("占综合能耗比例", [float(pct(share, 2)) for _, share in parts])], unit="%")


def balance_table(data: CaseData) -> m.Table:
    rows = []
    for i in data.energy.items:
        b = i.balance
        if b is None:
            continue
        imbalance = b.difference / b.expected if b.expected else None
        rows.append([i.name, unit_text(i.unit), num(b.purchased), num(b.opening_stock), num(b.closing_stock),
                     num(b.transferred_out), num(b.consumed), num(b.difference), pct(imbalance, 2)])
    return m.Table(
        [m.Column("能源品种"), m.Column("单位", align="center"), m.Column("购入量", align="right"),
         m.Column("期初库存", align="right"), m.Column("期末库存", align="right"), m.Column("外供量", align="right"),
         m.Column("消费量", align="right"), m.Column("平衡差额", align="right"), m.Column("差率", "%", "right")],
        rows, "能源购入、消费与库存平衡",
        notes=["平衡差额 = 消费量 −（购入量 + 期初库存 − 期末库存 − 外供量）；差率以平衡计算的消费量为基数。"])


def monthly_blocks(data: CaseData) -> list[m.Block]:
    with_months = [i for i in data.energy.items if any(v is not None for v in i.months)]
    if not with_months:
        return [m.Paragraph("未录入分月用量。")]
    columns = [m.Column("能源品种", width=26)] + [m.Column(f"{n}月", align="right") for n in range(1, 13)]
    rows = []
    for i in with_months:
        given = [v for v in i.months if v is not None]
        places = 0 if all(v == v.to_integral_value() for v in given) else 2
        rows.append([f"{i.name}（{unit_text(i.unit)}）"] + [num(v, places) for v in i.months]
                    + [num(sum(given, Decimal(0)), places)])
    blocks: list[m.Block] = [m.Table([*columns, m.Column("合计", align="right")], rows, "分月能源消费量",
                                     notes=["合计为各月之和，应与年消费量一致（不一致时见数据提示）。"])]
    for i in with_months:
        if i.energy_code == "electricity" and all(v is not None for v in i.months):
            blocks.append(m.LineChart(f"{i.name}分月消费量", MONTHS,
                                      [(i.name, [float(v or 0) for v in i.months])], unit=unit_text(i.unit)))
        elif i.energy_code == "electricity":
            missing = "、".join(MONTHS[n] for n, v in enumerate(i.months) if v is None)
            blocks.append(m.Note(f"{i.name}分月数据不全（缺 {missing}），未绘制月度曲线。", "warning"))
    return blocks


def cost_table(data: CaseData) -> m.Table:
    rows = []
    costs: list[tuple[str, str, Decimal, Decimal | None]] = []
    for i in data.energy.items:
        row = data.case.row("energy_item", i.id) or {}
        cost = decimal_or_none(row.get("cost_yuan"))
        if cost is None:
            continue
        consumed = decimal_or_none(row.get("consumed"))
        price_unit, per = PRICE_UNITS.get(i.unit, (unit_text(i.unit), Decimal(1)))
        price = cost / (consumed * per) if consumed else None
        costs.append((i.name, price_unit, cost, price))
    total = sum((c for _, _, c, _ in costs), Decimal(0))
    for name, price_unit, cost, price in costs:
        rows.append([name, num(cost / 10_000), f"{num(price, 2)} 元/{price_unit}" if price is not None else DASH,
                     pct(cost / total if total else None)])
    return m.Table([m.Column("能源品种"), m.Column("费用", "万元", "right"), m.Column("平均单价", align="right"),
                    m.Column("占能源费用", "%", "right")], rows, "能源费用",
                   total_row=["合计", num(total / 10_000), "", "100.0" if total else DASH] if rows else None)


def co2_table(data: CaseData) -> m.Table:
    rows = []
    total = data.energy.total_co2
    for i in data.energy.items:
        if i.emission is not None:
            rows.append([i.name, num(i.emission.tco2), pct(i.emission.tco2 / total if total else None),
                         i.emission.trace.split("：", 1)[-1]])
        elif i.co2_missing:
            rows.append([i.name, DASH, DASH, f"未计算：{i.co2_missing}"])
    return m.Table([m.Column("排放源"), m.Column("排放量", "tCO2", "right"), m.Column("占比", "%", "right"),
                    m.Column("计算式")], rows, "二氧化碳排放",
                   notes=["燃料燃烧：活动水平 × 低位发热量 × 单位热值含碳量 × 碳氧化率 × 44/12；"
                          "外购电力：电量 × 电网排放因子。"],
                   total_row=["合计", num(total), "100.0" if total else DASH, ""] if rows else None)


def comparison_blocks(data: CaseData) -> list[m.Block]:
    cmp = data.energy.comparison
    if cmp is None:
        return [m.Paragraph("尚未设定对比期综合能耗（能源消费—计算设置），未进行同比分析。")]
    text = (f"对比期（{cmp.year or '年份未注明'}）综合能耗 {num(cmp.base_tce)} tce，"
            f"诊断期 {num(data.energy.total_tce)} tce，变化 {pct(cmp.change, 2)} %。")
    if cmp.savings_by_output_value is not None:
        text += (f"按 GB/T 13234 以单位工业总产值综合能耗计算的节能量为 {num(cmp.savings_by_output_value)} tce"
                 "（正值为节能，负值为多耗）。")
    return [m.Paragraph(text)]


def consumption_chapter(data: CaseData) -> m.Chapter:
    if not data.energy.items:
        return m.Chapter("能源消费状况", [missing_note("能源消费数据（能源品种、购入量、消费量）", "能源消费"),
                                          *findings(data, [data.general("C")])])
    chart = structure_chart(data)
    hints = [m.Note(f"数据提示：{h.message}", "warning") for h in data.energy.hints]
    cost, co2 = cost_table(data), co2_table(data)
    balance = balance_table(data)
    return m.Chapter("能源消费状况", sections=[
        m.Chapter("能源消费量与综合能耗", [consumption_table(data), *hints]),
        m.Chapter("能源消费结构", [chart] if chart else [m.Paragraph("综合能耗为 0，无法计算能源消费结构。")]),
        m.Chapter("能源购销存平衡", [balance] if balance.rows else [missing_note("能源购入量与库存", "能源消费")]),
        m.Chapter("分月能源消费", monthly_blocks(data)),
        m.Chapter("能源费用", [cost] if cost.rows else [missing_note("能源费用", "能源消费")]),
        m.Chapter("二氧化碳排放", [co2] if co2.rows else [m.Paragraph("未计算二氧化碳排放。")]),
        m.Chapter("与对比期比较", comparison_blocks(data)),
        m.Chapter("现场核查情况", items(data, C_SECTION_4) or findings(data, [])),
    ])


# --- 5 能效指标与对标 ----------------------------------------------------------------------------------------
def _limit(p: products.ProductResult, grade: str) -> str:
    value = p.result.limits.get(grade)
    return num(value) if value is not None else DASH


def products_table(data: CaseData) -> m.Table:
    rows = [[p.name, p.result.indicator, num(p.result.value), p.result.unit, _limit(p, "1"), _limit(p, "2"),
             _limit(p, "3"), p.result.label_zh + ("（缺：" + "、".join(p.result.missing) + "）" if p.result.missing
                                                  else ""), p.standard] for p in data.products]
    return m.Table(
        [m.Column("产品"), m.Column("指标"), m.Column("计算值", align="right"), m.Column("单位", align="center"),
         m.Column("1级", align="right"), m.Column("2级", align="right"), m.Column("3级（限定值）", align="right"),
         m.Column("判定", align="center"), m.Column("依据标准")],
        rows, "单位产品能耗与能耗限额对标",
        notes=["限额值为按标准修正（如熟料配比、海拔）后的数值，计算过程见附件“计算结果”；各指标分别定级，不合并为总体等级。",
               "数值等于某级限额时取较优等级；未达到 3 级限额即超过能耗限定值。"])


def savings_table(data: CaseData) -> m.Table:
    rows = []
    for p in data.products:
        if p.savings_tce is None:
            continue
        row = data.case.row("product", p.id) or {}
        rows.append([product_label(p), f"{num(row.get('base_value'))} {p.result.unit}",
                     f"{num(p.result.value)} {p.result.unit}", num(row.get("output"), 0), num(p.savings_tce)])
    return m.Table([m.Column("产品与指标"), m.Column("对比期单耗", align="right"),
                    m.Column("诊断期单耗", align="right"),
                    m.Column("诊断期产量", "t", "right"), m.Column("节能量", "tce", "right")],
                   rows, "按单位产品能耗计算的节能量（GB/T 13234）",
                   notes=["节能量 =（对比期单耗 − 诊断期单耗）× 诊断期产量；正值为节能。"])


def indicators_chapter(data: CaseData) -> m.Chapter:
    intensity = products.output_value_intensity(data.case, data.energy.total_tce) if data.has_energy else None
    value_text = (f"单位工业总产值综合能耗 {num(intensity, 3)} tce/万元（综合能耗 {num(data.energy.total_tce)} tce ÷ "
                  f"工业总产值 {num(str(data.ent.get('output_value_wan')))} 万元）。" if intensity is not None else
                  "单位工业总产值综合能耗：缺少综合能耗或工业总产值，未计算。")
    savings = savings_table(data)
    industry = [m.Chapter(f"行业专项指标（{s.title}）", findings(data, [s])) for s in data.industry_sections()
                if any(data.checklist.items[i.id].status.value != "not_applicable" for i in s.items)]
    return m.Chapter("能效指标与对标", sections=[
        m.Chapter("单位产品能耗与限额对标",
                  [products_table(data)] if data.products else
                  [missing_note("产品产量与单位产品能耗（能耗限额对标）", "能源消费—产品")]),
        m.Chapter("单位产值综合能耗", [m.Paragraph(value_text)]),
        m.Chapter("与对比期比较的节能量", ([savings] if savings.rows else
                                          [m.Paragraph("未录入对比期单位产品能耗，未按产品计算节能量。")])
                  + [m.Paragraph("按单位工业总产值计算的节能量见第 4 章“与对比期比较”。")]),
        m.Chapter("指标分析与对标结论", items(data, C_SECTION_5) or findings(data, [])),
        *industry,
    ])
