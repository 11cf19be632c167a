"""节能措施 (PRODUCT.md §8): one measure's resource streams → tce (当量 / 等价), CO2 and yuan, and its economics.

A measure saves one or more **resource streams** (the IAC idea of up to four streams per recommendation, PEERS.md
§5.3): kWh of electricity, m³ of natural gas, t of coal, steam, water … each an annual physical saving with an
optional unit price. ``evaluate`` converts every stream with the case's GB/T 2589 edition (coefficients come from
the reference layer, never copied here), adds CO2 (electricity × the grid factor the caller supplies; fuels with
the CO2 reference defaults where they exist) and money, then the economics of REFERENCE.md §2.13 through
``calculations.economics``: annual saving S = Σ yuan / 10 000 − extra O&M, payback T = I / S, NPV and IRR.

Money is in 万元 (investment, saving, NPV) except the per-stream ``yuan``; all arithmetic is exact ``Decimal``;
rounding happens only in the trace text. Every result carries a 简体中文 trace naming each coefficient, its unit
and its source (standard + edition + provenance label, or the factor source the caller gave).

A negative stream quantity is allowed: a measure may increase one resource while saving another (a VSD saves kWh,
a heat-recovery pump uses some). It is counted with its sign and the trace says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal, localcontext

from desktop_app.calculations import co2, economics, energy
from desktop_app.calculations.units import decimal
from desktop_app.domain.errors import ValidationError
from desktop_app.reference import energy_data
from desktop_app.reference.catalogues import ReferenceDataError

__all__ = [
    "CATEGORIES",
    "DECISIONS",
    "PRIORITIES",
    "RESOURCES",
    "MeasureFigures",
    "MeasureTotals",
    "Resource",
    "Stream",
    "StreamFigures",
    "evaluate",
    "totals",
]

#: 措施类别 (PRODUCT.md §8; REFERENCE.md §1.2 item 35).
CATEGORIES: dict[str, str] = {"management": "管理", "retrofit": "技术改造", "operation": "运行优化"}
#: The enterprise's decision over time, in workflow order (IAC implementation status, PEERS.md §5.3).
DECISIONS: dict[str, str] = {
    "proposed": "建议",
    "adopted": "采纳",
    "in_progress": "实施中",
    "implemented": "已实施",
    "rejected": "不采纳",
}
PRIORITIES: dict[str, str] = {"high": "高", "medium": "中", "low": "低"}

WAN = Decimal(10_000)  # 元 per 万元
KG_PER_T = Decimal(1000)
MAX_LIFETIME_YEARS = 100


@dataclass(frozen=True)
class Resource:
    """A resource a measure can save, and how one unit of it converts.

    ``quantity × per_coefficient_unit`` is the quantity in the GB/T 2589 row's unit (``coefficient_unit``);
    ``coefficient_code`` None means the stream is entered directly in tce. ``co2_fuel`` names the fuel row of the
    CO2 reference data (``quantity × co2_activity_per_unit`` = its activity data); electricity uses the grid factor.
    """

    key: str
    name_zh: str
    unit: str
    coefficient_code: str | None
    coefficient_unit: str
    per_coefficient_unit: Decimal
    working_medium: bool
    co2_fuel: str | None
    co2_activity_per_unit: Decimal
    note: str  # 简体中文: how it converts, and what to watch
    co2_note: str  # 简体中文: why CO2 is not computed, where it is not


def _r(key: str, name: str, unit: str, code: str | None, code_unit: str, factor: str, *, note: str,
       co2_note: str = "", medium: bool = False, fuel: str | None = None, activity: str = "1") -> Resource:
    return Resource(key, name, unit, code, code_unit, Decimal(factor), medium, fuel, Decimal(activity), note, co2_note)


_NO_CO2_SOURCE = "不直接排放，其排放取决于产生它的能源；如需计入，请把所替代的燃料或电力作为资源流录入"

#: The resource streams, in display order. Keys are shared with ``reference.measures_catalogue.RESOURCE_KEYS``.
RESOURCES: dict[str, Resource] = {
    r.key: r
    for r in (
        _r("electricity", "电力", "kWh", "electricity", "kWh", "1",
           note="当量值按 GB/T 2589 电力折标系数；等价值按调用方给出的当年供电标准煤耗（须注明来源）；"
                "CO2 = 节电量 × 电网排放因子"),
        _r("natural_gas", "天然气", "m³", "natural_gas", "m3", "1", fuel="natural_gas", activity="0.0001",
           note="按 GB/T 2589 气田天然气行折标；其他气源（油田气、煤层气等）请按实测热值折算后以“其他（tce）”录入"),
        _r("coal", "原煤", "t", "raw_coal", "kg", "1000",
           note="按 GB/T 2589 原煤行折标（t → kg）；洗精煤、焦炭等或有实测热值时，请折算后以“其他（tce）”录入",
           co2_note="固体燃料的排放参数因行业核算指南而异，CO2 参考数据未收录原煤缺省值"),
        _r("steam", "蒸汽", "t", "steam_lp", "kg", "1000",
           note="按 GB/T 2589 低压蒸汽行折标（t → kg）；其他压力的蒸汽宜按焓值计算后以“其他（tce）”录入"
                "（炼化企业边界可用 GB 30251 表 A.1）",
           co2_note=_NO_CO2_SOURCE),
        _r("water", "新水", "t", "fresh_water", "t", "1", medium=True,
           note="耗能工质，按 GB/T 2589 附录B 新水行折标", co2_note="耗能工质，" + _NO_CO2_SOURCE),
        _r("diesel", "柴油", "t", "diesel", "kg", "1000", fuel="diesel",
           note="按 GB/T 2589 柴油行折标（t → kg）"),
        _r("heavy_oil", "重油（燃料油）", "t", "fuel_oil", "kg", "1000", fuel="fuel_oil",
           note="按 GB/T 2589 燃料油行折标（t → kg）；渣油系数相同"),
        _r("compressed_air", "压缩空气", "m³", "compressed_air", "m3", "1", medium=True,
           note="耗能工质，按 GB/T 2589 附录B 压缩空气行折标；同一措施若已按空压机节电量（kWh）计入，"
                "不要再录入压缩空气，以免重复计算",
           co2_note="耗能工质，其排放已在空压机用电中"),
        _r("heat", "热力", "GJ", "heat", "MJ", "1000",
           note="按 GB/T 2589 热力（当量值）行折标（GJ → MJ）",
           co2_note="热力的排放取决于热源（外购热力有缺省因子，自产热按所替代的燃料）；"
                    "如需计入，请把所替代的燃料作为资源流录入"),
        _r("other", "其他（直接按 tce）", "tce", None, "tce", "1",
           note="直接录入折标准煤量（tce），由录入者自行说明折算依据",
           co2_note="直接按 tce 录入的节能量无法对应排放因子"),
    )
}


@dataclass(frozen=True)
class Stream:
    """One resource stream of a measure: the annual saving in the resource's unit (negative = increase)."""

    resource: str
    quantity: Decimal
    price_yuan_per_unit: Decimal | None = None
    note: str = ""


@dataclass(frozen=True)
class StreamFigures:
    resource: str
    name_zh: str
    unit: str
    quantity: Decimal
    price_yuan_per_unit: Decimal | None
    tce_equivalent: Decimal  # 当量值
    tce_equal: Decimal | None  # 等价值; None without an electricity 等价 factor
    tco2: Decimal | None  # None where no factor applies (see ``notes``)
    yuan: Decimal | None  # per year; None without a price
    coefficient: Decimal | None  # kgce per coefficient unit used for 当量值; None for tce entered directly
    coefficient_unit: str
    coefficient_basis: str  # 简体中文: standard, edition, annex, row, value
    label: str  # provenance label of the coefficient ("" for tce entered directly)
    notes: tuple[str, ...]
    note: str = ""  # the user's note on the stream


@dataclass(frozen=True)
class MeasureFigures:
    streams: tuple[StreamFigures, ...]
    tce_equivalent: Decimal
    tce_equal: Decimal | None
    tco2: Decimal | None  # sum over the streams that have CO2; None when none has
    co2_missing: tuple[str, ...]  # names of streams counted without CO2
    yuan_per_year: Decimal  # sum over the priced streams
    unpriced: tuple[str, ...]  # names of streams without a price (not in the money figures)
    investment_wan: Decimal
    extra_om_wan: Decimal
    annual_saving_wan: Decimal
    payback_years: Decimal | None  # None when the annual saving is ≤ 0
    discount_rate: Decimal | None
    lifetime_years: int | None
    npv_wan: Decimal | None
    irr_percent: Decimal | None
    edition: str
    trace: tuple[str, ...]

    @property
    def trace_text(self) -> str:
        return "\n".join(self.trace)


@dataclass(frozen=True)
class MeasureTotals:
    """Sums over several measures (the caller chooses which: e.g. without 不采纳)."""

    count: int
    tce_equivalent: Decimal
    tce_equal: Decimal | None  # None when any measure lacks its 等价值
    tco2: Decimal | None  # None when no measure has CO2
    co2_incomplete: bool  # some stream somewhere was counted without CO2
    yuan_per_year: Decimal
    investment_wan: Decimal
    annual_saving_wan: Decimal
    payback_years: Decimal | None
    quantities: dict[str, Decimal]  # resource key → Σ physical quantity, in RESOURCES order
    trace: tuple[str, ...]

    @property
    def trace_text(self) -> str:
        return "\n".join(self.trace)


# --- helpers ---------------------------------------------------------------------------------------------


def _n(value: Decimal, places: int = 4) -> str:
    """A Decimal for the trace: at most ``places`` decimals (GB/T 8170 half-even), no exponent, no trailing 0."""
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and -exponent > places:
        with localcontext() as ctx:
            ctx.prec = 60
            value = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


def _signed(value: Decimal, negative: bool) -> Decimal:
    return -value if negative else value


def _formula(em: co2.Emission, negative: bool) -> str:
    """The formula of a ``co2`` trace without its "name：" prefix, negated for a stream that increases use."""
    body = em.trace.split("：", 1)[-1]
    return f"−（{body}）" if negative else body


def _number(value: object, field: str) -> Decimal:
    """``units.decimal`` with this module's field naming (non-numeric → ValidationError naming the field)."""
    if isinstance(value, Decimal) and value.is_finite():
        return value
    return decimal(value, what=field)


def _lifetime(value: object) -> int:
    field = "计算年限（年）"
    years = Decimal(value) if isinstance(value, int) and not isinstance(value, bool) else _number(value, field)
    if years <= 0:
        raise ValidationError(field=field, detail=f"{years} 必须大于 0")
    if years != years.to_integral_value():
        raise ValidationError(field=field, detail=f"{years} 应为整数年")
    if years > MAX_LIFETIME_YEARS:
        raise ValidationError(field=field, detail=f"{years} 年不合理（应不超过 {MAX_LIFETIME_YEARS} 年）")
    return int(years)


def _edition_title(edition: str) -> str:
    try:
        ed = energy_data.gbt2589_edition(edition)
    except ReferenceDataError:
        known = "、".join(e.edition for e in energy_data.gbt2589_editions())
        raise ValidationError(field="GB/T 2589 版本", detail=f"未收录版本“{edition}”（已收录：{known}）") from None
    return ed.standard


def _coefficient(res: Resource, edition: str, standard: str) -> tuple[energy_data.Coefficient | None, str]:
    """The edition's row for ``res``, or None and the sentence saying the table lacks it."""
    assert res.coefficient_code is not None
    try:
        coef = energy_data.coefficient(res.coefficient_code, edition)
    except ReferenceDataError:
        return None, (f"{standard} 系数表中没有“{res.name_zh}”（{res.coefficient_code}）行，未折标（按 0 计）；"
                      "请按其他依据折算后以“其他（tce）”录入")
    if coef.unit != res.coefficient_unit:
        raise ReferenceDataError(
            detail=f"{standard} “{coef.name_zh}”行的单位为 {coef.unit}，"
                   f"措施计算按 {res.coefficient_unit} 换算，两者不一致")
    return coef, ""


# --- one measure -----------------------------------------------------------------------------------------


def evaluate(
    streams: Sequence[Stream],
    *,
    investment_wan: Decimal,
    edition: str,
    equal_value_kgce_per_kwh: Decimal | None = None,
    equal_value_source: str = "",
    grid_factor_kg_per_kwh: Decimal | None = None,
    grid_factor_source: str = "",
    extra_om_wan: Decimal = Decimal(0),
    discount_rate: Decimal | None = None,
    lifetime_years: int | None = None,
    include_working_media: bool = True,
) -> MeasureFigures:
    """Figures of one measure.

    ``edition``: the case's GB/T 2589 edition ("2008", "2020"). ``equal_value_kgce_per_kwh`` (with its source):
    electricity at 等价值; without it every ``tce_equal`` is None. ``grid_factor_kg_per_kwh`` (with its source):
    CO2 of electricity; without it electricity streams have no CO2. ``extra_om_wan``: added O&M cost per year;
    negative = a cost saved that is not an energy stream (O&M, 力调电费, the peak/valley tariff difference).
    ``discount_rate`` as a fraction (0.08 = 8 %); NPV needs it and ``lifetime_years``; IRR needs ``lifetime_years``
    only. ``include_working_media`` False mirrors a case that leaves purchased
    耗能工质 out of 综合能耗: water and compressed air then count 0 tce (their money still counts).
    """
    standard = _edition_title(edition)
    investment = _number(investment_wan, "投资（万元）")
    if investment < 0:
        raise ValidationError(field="投资（万元）", detail=f"{investment} 不能为负")
    extra_om = _number(extra_om_wan, "新增运维费用（万元/年）")
    rate = None if discount_rate is None else _number(discount_rate, "折现率")
    if rate is not None and not Decimal(0) <= rate < 1:
        raise ValidationError(field="折现率", detail=f"{rate} 不合理（应为 0–1 的小数，如 0.08 表示 8 %）")
    years = None if lifetime_years is None else _lifetime(lifetime_years)

    trace: list[str] = [f"折标准煤系数：{standard}《综合能耗计算通则》（由参考数据提供，标注其来源等级）"]
    equal: tuple[Decimal, str] | None = None
    if equal_value_kgce_per_kwh is not None:
        value = _number(equal_value_kgce_per_kwh, "电力等价值折标系数")
        source = equal_value_source.strip() or "未注明来源"
        # energy.convert holds the plausibility rule for 等价值 (0.2–0.5 kgce/kWh): check it once, up front
        energy.convert(energy_data.coefficient("electricity", edition), Decimal(0), "kWh", equal_value=(value, source))
        equal = (value, source)
        trace.append(f"电力等价值：{_n(value)} kgce/kWh（{source}）；其他能源的等价值与当量值相同（只有一个折标系数）")
    else:
        trace.append("未给电力等价值折标系数：不计算等价值")
    grid: tuple[Decimal, str] | None = None
    if grid_factor_kg_per_kwh is not None:
        grid = (_number(grid_factor_kg_per_kwh, "电网排放因子"), grid_factor_source.strip() or "未注明来源")
        co2.electricity(Decimal(0), *grid)  # co2.electricity holds the plausibility rule for the factor (0–1.5)
        trace.append(f"电网排放因子：{_n(grid[0])} kgCO2/kWh（{grid[1]}）")
    if not streams:
        trace.append("未录入资源流：节能量与节约金额均为 0")

    figures = [_stream(i, s, edition, standard, equal, grid, include_working_media, trace)
               for i, s in enumerate(streams, start=1)]

    tce = sum((f.tce_equivalent for f in figures), Decimal(0))
    tce_equal = None if equal is None else sum((f.tce_equal or Decimal(0) for f in figures), Decimal(0))
    with_co2 = [f.tco2 for f in figures if f.tco2 is not None]
    tco2 = sum(with_co2, Decimal(0)) if with_co2 else None
    co2_missing = tuple(f.name_zh for f in figures if f.tco2 is None)
    yuan = sum((f.yuan for f in figures if f.yuan is not None), Decimal(0))
    unpriced = tuple(f.name_zh for f in figures if f.yuan is None)

    equal_text = "" if tce_equal is None else f"，{_n(tce_equal)} tce（等价值）"
    trace.append(f"节能量合计：{_n(tce)} tce（当量值）{equal_text}")
    if tco2 is not None:
        trace.append(f"CO2 减排合计：{_n(tco2)} t" + (f"（不含：{'、'.join(co2_missing)}）" if co2_missing else ""))
    elif figures:
        trace.append("CO2 减排：各资源流均无可用的排放因子，未计")
    if unpriced:
        trace.append(f"未给单价、不计入节约金额的资源流：{'、'.join(unpriced)}")

    saving = yuan / WAN - extra_om
    om_text = ("" if extra_om == 0 else f" − 新增运维 {_n(extra_om)} 万元/年" if extra_om > 0
               else f" + 运维等其他费用节约 {_n(-extra_om)} 万元/年")
    trace.append(f"年节约费用 S = {_n(yuan, 2)} 元 ÷ 10000{om_text} = {_n(saving)} 万元/年")

    payback = economics.payback_years(investment, saving)
    if payback is None:
        trace.append(f"静态回收期：年节约费用 {_n(saving)} 万元/年 ≤ 0，无法回收")
    else:
        trace.append(f"静态回收期 T = I / S = {_n(investment)} 万元 ÷ {_n(saving)} 万元/年 = {_n(payback, 2)} 年")

    npv: Decimal | None = None
    irr: Decimal | None = None
    if years is not None:
        if rate is not None:
            npv = economics.npv(investment, saving, rate, years)
            trace.append(f"净现值 NPV = Σ(t=1..{years}) {_n(saving)}/(1+{_n(rate)})^t − {_n(investment)} "
                         f"= {_n(npv)} 万元（折现率 {_n(rate * 100, 2)} %，{years} 年）")
        else:
            trace.append("未给折现率：不计算净现值")
        irr_fraction = economics.irr(investment, saving, years)
        if irr_fraction is None:
            trace.append(f"内部收益率：{years} 年内无大于 −99 % 的解（投资为 0 或年节约费用 ≤ 0 等），不计算")
        else:
            irr = irr_fraction * 100
            trace.append(f"内部收益率 IRR = {_n(irr, 2)} %（使 {years} 年净现值为 0 的折现率，二分法求解）")
    elif rate is not None:
        trace.append("未给计算年限：不计算净现值和内部收益率")

    return MeasureFigures(
        streams=tuple(figures),
        tce_equivalent=tce,
        tce_equal=tce_equal,
        tco2=tco2,
        co2_missing=co2_missing,
        yuan_per_year=yuan,
        unpriced=unpriced,
        investment_wan=investment,
        extra_om_wan=extra_om,
        annual_saving_wan=saving,
        payback_years=payback,
        discount_rate=rate,
        lifetime_years=years,
        npv_wan=npv,
        irr_percent=irr,
        edition=edition,
        trace=tuple(trace),
    )


def _stream(i: int, stream: Stream, edition: str, standard: str, equal: tuple[Decimal, str] | None,
            grid: tuple[Decimal, str] | None, include_media: bool, trace: list[str]) -> StreamFigures:
    res = RESOURCES.get(stream.resource) if isinstance(stream.resource, str) else None
    if res is None:
        raise ValidationError(field=f"资源流{i}：资源",
                              detail=f"未知资源“{stream.resource}”（可用：{'、'.join(RESOURCES)}）")
    where = f"资源流{i}（{res.name_zh}）"
    quantity = _number(stream.quantity, f"{where}节约量")
    price = None if stream.price_yuan_per_unit is None else _number(stream.price_yuan_per_unit, f"{where}单价")
    if price is not None and price < 0:
        raise ValidationError(field=f"{where}单价", detail=f"{price} 元/{res.unit} 不能为负")
    negative = quantity < 0
    size = abs(quantity)
    notes: list[str] = []
    head = f"{where[:-1]}，{stream.note}）：" if stream.note.strip() else f"{where}："
    if negative:
        notes.append(f"节约量为负（{_n(quantity)} {res.unit}），表示本措施增加该资源消耗，按负值计入合计")
        trace.append(f"{head}注意：{notes[-1]}")

    # --- tce, 当量值 -------------------------------------------------------------------------------------
    coefficient: Decimal | None = None
    basis, label, coef_unit = "直接录入 tce", "", "tce"
    if res.coefficient_code is None:
        tce = quantity
        trace.append(f"{head}直接录入 {_n(quantity)} tce（{res.note}）")
    else:
        coef, missing = _coefficient(res, edition, standard)
        if coef is None:
            tce, basis = Decimal(0), missing
            notes.append(missing)
            trace.append(f"{head}{missing}")
        else:
            value, basis, label, _ = energy.coefficient_for(coef, None)
            coefficient, coef_unit = value, coef.unit
            base = size * res.per_coefficient_unit
            factor = res.per_coefficient_unit
            convert = "" if factor == 1 else f" × {_n(factor)} {coef.unit}/{res.unit}"
            if res.working_medium and not include_media:
                tce = Decimal(0)
                notes.append("本案例设置不计入耗能工质，折标按 0 计")
                trace.append(f"{head}{notes[-1]}（{basis} [{label}]）")
            else:
                tce = _signed(base * value / KG_PER_T, negative)
                trace.append(f"{head}{_n(quantity)} {res.unit}{convert} × {_n(value)} kgce/{coef.unit} ÷ 1000 "
                             f"= {_n(tce)} tce（当量值；{basis} [{label}]）")
                if res.working_medium:
                    notes.append("GB/T 2589 对耗能工质只给出等价热值折算系数，当量值与等价值两栏均用此系数")
                    trace.append(f"{head}{notes[-1]}")

    # --- tce, 等价值 -------------------------------------------------------------------------------------
    tce_equal: Decimal | None = None
    if equal is not None:
        if res.key == "electricity" and coefficient is not None:
            conv = energy.convert(energy_data.coefficient("electricity", edition), size, "kWh", equal_value=equal)
            tce_equal = _signed(conv.tce, negative)
            trace.append(f"{head}{_n(quantity)} kWh × {_n(equal[0])} kgce/kWh ÷ 1000 = {_n(tce_equal)} tce"
                         f"（等价值；{conv.basis}）")
        else:
            tce_equal = tce

    # --- CO2 ---------------------------------------------------------------------------------------------
    tco2: Decimal | None = None
    if res.key == "electricity":
        if grid is None:
            notes.append("未给电网排放因子，未计 CO2")
            trace.append(f"{head}{notes[-1]}")
        else:
            em = co2.electricity(size / KG_PER_T, grid[0], grid[1])
            tco2 = _signed(em.tco2, negative)
            trace.append(f"{head}CO2 = {_formula(em, negative)} = {_n(tco2)} t")
    elif res.co2_fuel is not None:
        fuel = energy_data.fuel_co2(res.co2_fuel)
        if fuel is None or fuel.oxidation is None:
            notes.append(f"CO2 参考数据中“{res.co2_fuel}”缺少缺省参数（碳氧化率等），未计 CO2")
            trace.append(f"{head}{notes[-1]}")
        else:
            em = co2.fuel(res.name_zh, size * res.co2_activity_per_unit, fuel.ncv, fuel.cc, fuel.oxidation,
                          activity_unit=fuel.activity_unit, ncv_unit=fuel.ncv_unit)
            tco2 = _signed(em.tco2, negative)
            trace.append(f"{head}CO2 = {_formula(em, negative)} = {_n(tco2)} t"
                         f"（{fuel.name_zh}缺省参数 [{fuel.label}]，{fuel.source}）")
    else:
        notes.append(f"未计 CO2：{res.co2_note}")
        trace.append(f"{head}{notes[-1]}")

    # --- money -------------------------------------------------------------------------------------------
    yuan: Decimal | None = None
    if price is None:
        notes.append("未给单价，不计入节约金额")
        trace.append(f"{head}{notes[-1]}")
    else:
        yuan = quantity * price
        trace.append(f"{head}{_n(quantity)} {res.unit} × {_n(price)} 元/{res.unit} = {_n(yuan, 2)} 元/年")

    return StreamFigures(
        resource=res.key,
        name_zh=res.name_zh,
        unit=res.unit,
        quantity=quantity,
        price_yuan_per_unit=price,
        tce_equivalent=tce,
        tce_equal=tce_equal,
        tco2=tco2,
        yuan=yuan,
        coefficient=coefficient,
        coefficient_unit=coef_unit,
        coefficient_basis=basis,
        label=label,
        notes=tuple(notes),
        note=stream.note,
    )


# --- several measures ------------------------------------------------------------------------------------


def totals(figures: Sequence[MeasureFigures]) -> MeasureTotals:
    """Σ tce (当量 / 等价), CO2, yuan, investment and annual saving; overall payback = Σ I / Σ S."""
    tce = sum((f.tce_equivalent for f in figures), Decimal(0))
    equal_parts = [f.tce_equal for f in figures]
    tce_equal = (sum((e for e in equal_parts if e is not None), Decimal(0))
                 if figures and all(e is not None for e in equal_parts) else None)
    co2_parts = [f.tco2 for f in figures if f.tco2 is not None]
    tco2 = sum(co2_parts, Decimal(0)) if co2_parts else None
    incomplete = any(f.co2_missing for f in figures)
    yuan = sum((f.yuan_per_year for f in figures), Decimal(0))
    investment = sum((f.investment_wan for f in figures), Decimal(0))
    saving = sum((f.annual_saving_wan for f in figures), Decimal(0))
    payback = economics.payback_years(investment, saving)
    quantities: dict[str, Decimal] = {}
    for key in RESOURCES:
        parts = [s.quantity for f in figures for s in f.streams if s.resource == key]
        if parts:
            quantities[key] = sum(parts, Decimal(0))

    trace = [f"措施 {len(figures)} 项合计"]
    editions = sorted({f.edition for f in figures})
    if len(editions) > 1:
        trace.append(f"注意：各措施所用 GB/T 2589 版本不同（{'、'.join(editions)}），合计仅供参考")
    trace.append(f"节能量：{_n(tce)} tce（当量值）" + ("" if tce_equal is None else f"，{_n(tce_equal)} tce（等价值）"))
    if figures and tce_equal is None:
        trace.append("等价值：有措施未计算等价值，不合计")
    for key, qty in quantities.items():
        trace.append(f"{RESOURCES[key].name_zh}：{_n(qty)} {RESOURCES[key].unit}")
    if tco2 is not None:
        trace.append(f"CO2 减排：{_n(tco2)} t" + ("（部分资源流未计 CO2）" if incomplete else ""))
    trace.append(f"投资 {_n(investment)} 万元；年节约费用 {_n(saving)} 万元/年；节约金额 {_n(yuan, 2)} 元/年")
    trace.append("总体静态回收期：年节约费用 ≤ 0，无法回收" if payback is None else
                 f"总体静态回收期 = {_n(investment)} ÷ {_n(saving)} = {_n(payback, 2)} 年")
    return MeasureTotals(
        count=len(figures),
        tce_equivalent=tce,
        tce_equal=tce_equal,
        tco2=tco2,
        co2_incomplete=incomplete,
        yuan_per_year=yuan,
        investment_wan=investment,
        annual_saving_wan=saving,
        payback_years=payback,
        quantities=quantities,
        trace=tuple(trace),
    )
