"""The calculator registry's spec tables for heat and money: boilers, power quality, pipe insulation, water and
steam (IAPWS-IF97), economics and CO2. The spec types and the electrical and fluid-machinery tables are in
``registry_specs``; ``registry`` joins both into ``CALCULATORS``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal

from desktop_app.calculations import boiler, co2, economics, if97, pipe_heat_loss
from desktop_app.calculations import calculators_electrical as el
from desktop_app.calculations.calculators import (
    fmt,
    non_negative,
    positive,
)
from desktop_app.calculations.if97_regions import PC, TC
from desktop_app.calculations.registry_specs import (
    GRID,
    ZERO_C,
    Args,
    Calculator,
    Computed,
    Input,
    Output,
    T,
    _choice,
    _lines,
    _n,
    _out,
    _sig,
    _text,
)
from desktop_app.domain.errors import ValidationError
from desktop_app.reference import co2_factors

# --- boilers -------------------------------------------------------------------------------------------------

BOILER_STD = ("GB/T 10180-2017《工业锅炉热工性能试验规程》（[M]公式按参考资料记忆；REFERENCE §2.11）；"
              "焓值按 IAPWS-IF97 [V]")
FUEL = _n("fuel_rate", "燃料消耗量", "kg/h（气体 m³/h）", "B；气体燃料以 m³/h 计，发热量相应以 kJ/m³ 计")
LHV = _n("fuel_lhv", "燃料低位发热量", "kJ/kg（气体 kJ/m³）", "收到基低位发热量 Q_net,ar")
LOSSES = (
    _n("q3_pct", "q3 气体未完全燃烧热损失", "%"),
    _n("q4_pct", "q4 固体未完全燃烧热损失", "%", "燃气、燃油锅炉一般为 0"),
    _n("q5_pct", "q5 散热损失", "%"),
    _n("q6_pct", "q6 灰渣物理热损失", "%", "燃气、燃油锅炉一般为 0"),
)
T_SAT_MAX_C = 350.0  # water temperatures of the boiler forms: region 1 at p_sat up to 623.15 K


def _t_h_to_kg_h(a: Args, key: str, label: str, *, allow_zero: bool = False) -> tuple[float, str]:
    value = a.num(key)
    value = non_negative(value, label) if allow_zero else positive(value, label)
    kg = value * 1000
    return kg, f"换算：{label} {fmt(value)} t/h × 1000 = {fmt(kg)} kg/h"


def _if97(fields: Mapping[str, str], call: Callable[[], T]) -> T:
    """Run an IF97 call; its ValidationError's 压力/温度 becomes the input's own label (蒸汽压力, 给水温度)."""
    try:
        return call()
    except ValidationError as error:
        field = str(error.params["field"])
        raise ValidationError(field=fields.get(field, field), detail=error.params["detail"]) from None


def _water_temperature(a: Args, key: str, label: str) -> float:
    t = a.num(key)
    if not 0 <= t <= T_SAT_MAX_C:
        raise ValidationError(field=label, detail=f"{fmt(t)} °C 超出范围（0–{fmt(T_SAT_MAX_C)} °C）")
    return t


def _direct(r: boiler.DirectEfficiency, enthalpies: list[Output], *notes: str) -> Computed:
    return [_out("useful_kj_h", "有效利用热量 Q1", r.useful_kj_h, "kJ/h", 1),
            _out("input_kj_h", "输入热量 B × Q_net", r.input_kj_h, "kJ/h", 1),
            _out("efficiency", "正平衡效率 η1", r.efficiency_pct, "%", 2), *enthalpies], _lines(*notes, r.trace)


def _boiler_steam(a: Args) -> Computed:
    steam, note = _t_h_to_kg_h(a, "steam_t_h", "蒸汽流量")
    blowdown, note_bd = _t_h_to_kg_h(a, "blowdown_t_h", "排污量", allow_zero=True)
    gauge = non_negative(a.num("steam_mpa"), "蒸汽压力")
    atm = positive(a.num("atm_mpa"), "当地大气压")
    if atm > 0.11:
        raise ValidationError(field="当地大气压", detail=f"{fmt(atm)} MPa 不合理（海平面约 0.1013 MPa）")
    p = gauge + atm
    sat = _if97({"压力": "蒸汽压力"}, lambda: if97.saturated(p))
    wet = a.num("humidity_pct")
    if not 0 <= wet <= 100:
        raise ValidationError(field="蒸汽湿度", detail=f"{fmt(wet)} % 不合理（应在 0–100 %）")
    t_steam = a.opt("steam_c")
    lines = [note,
             f"绝对压力 p = {fmt(gauge)} + {fmt(atm)} = {fmt(p)} MPa，饱和温度 {_sig(sat.t_sat_c)} °C（IAPWS-IF97）"]
    if t_steam is None:
        h_s = sat.h_vapour - sat.latent_heat * wet / 100
        lines.append(f"饱和蒸汽焓 h_s = h″ − r w/100 = {_sig(sat.h_vapour)} − {_sig(sat.latent_heat)} × {fmt(wet)}/100"
                     f" = {_sig(h_s)} kJ/kg")
    else:
        if t_steam <= sat.t_sat_c:
            raise ValidationError(field="蒸汽温度", detail=f"{fmt(t_steam)} °C 不高于 {fmt(p)} MPa 下的饱和温度 "
                                                       f"{_sig(sat.t_sat_c)} °C；饱和蒸汽请留空")
        if wet:
            raise ValidationError(field="蒸汽湿度", detail="过热蒸汽的湿度应为 0")
        h_s = _if97({"温度": "蒸汽温度", "压力": "蒸汽压力"}, lambda: if97.steam(p, t_steam)).h
        lines.append(f"过热蒸汽焓 h_s = h(p, t) = h({fmt(p)} MPa, {fmt(t_steam)} °C) = {_sig(h_s)} kJ/kg")
    t_feed = _water_temperature(a, "feed_c", "给水温度")
    if t_feed >= sat.t_sat_c:
        raise ValidationError(field="给水温度", detail=f"{fmt(t_feed)} °C 不低于 {fmt(p)} MPa 下的饱和温度 "
                                                   f"{_sig(sat.t_sat_c)} °C")
    h_fw = if97.region1(p, t_feed + ZERO_C).h
    lines.append(f"给水焓 h_fw = h({fmt(p)} MPa, {fmt(t_feed)} °C) = {_sig(h_fw)} kJ/kg")
    h_bd = None
    if blowdown:
        h_bd = sat.h_liquid
        lines += [note_bd, f"排污水焓 h_bd = h′({fmt(p)} MPa) = {_sig(h_bd)} kJ/kg"]
    r = boiler.steam_boiler_efficiency_direct(steam, h_s, h_fw, a.num("fuel_rate"), a.num("fuel_lhv"),
                                              blowdown_kg_h=blowdown, h_blowdown_kj_kg=h_bd)
    enthalpies = [Output("h_steam", "蒸汽焓 h_s", "kJ/kg", _sig(h_s), h_s),
                  Output("h_feed", "给水焓 h_fw", "kJ/kg", _sig(h_fw), h_fw)]
    return _direct(r, enthalpies, *lines)


def _boiler_hot_water(a: Args) -> Computed:
    water, note = _t_h_to_kg_h(a, "water_t_h", "循环水量")
    t_out = _water_temperature(a, "t_out_c", "出水温度")
    t_in = _water_temperature(a, "t_in_c", "进水温度")
    if t_out <= t_in:
        raise ValidationError(field="出水温度", detail=f"{fmt(t_out)} °C 不高于进水温度 {fmt(t_in)} °C")
    h_out = if97.region1(if97.p_sat(t_out + ZERO_C), t_out + ZERO_C).h
    h_in = if97.region1(if97.p_sat(t_in + ZERO_C), t_in + ZERO_C).h
    text = (f"出水焓 h_out = h′({fmt(t_out)} °C) = {_sig(h_out)} kJ/kg，进水焓 h_in = h′({fmt(t_in)} °C) = "
            f"{_sig(h_in)} kJ/kg（IAPWS-IF97 饱和水焓；压力对焓差的影响可忽略）")
    r = boiler.hot_water_boiler_efficiency_direct(water, h_out, h_in, a.num("fuel_rate"), a.num("fuel_lhv"))
    enthalpies = [Output("h_out", "出水焓 h_out", "kJ/kg", _sig(h_out), h_out),
                  Output("h_in", "进水焓 h_in", "kJ/kg", _sig(h_in), h_in)]
    return _direct(r, enthalpies, note, text)


def _indirect(r: boiler.IndirectEfficiency) -> list[Output]:
    return [_out("q2_pct", "q2 排烟热损失", r.q2_pct, "%", 2),
            _out("total_loss", "各项热损失之和", r.total_loss_pct, "%", 2),
            _out("efficiency", "反平衡效率 η2", r.efficiency_pct, "%", 2)]


def _boiler_indirect(a: Args) -> Computed:
    r = boiler.boiler_efficiency_indirect(a.num("q2_pct"), a.num("q3_pct"), a.num("q4_pct"), a.num("q5_pct"),
                                          a.num("q6_pct"))
    return _indirect(r)[1:], r.trace


def _boiler_flue_gas(a: Args) -> Computed:
    r = boiler.boiler_efficiency_indirect_from_flue_gas(
        a.num("flue_gas_c"), a.num("air_c"), a.num("o2_pct"), m=a.num("m"), n=a.num("n"), q3_pct=a.num("q3_pct"),
        q4_pct=a.num("q4_pct"), q5_pct=a.num("q5_pct"), q6_pct=a.num("q6_pct"))
    alpha = boiler.excess_air_from_o2(a.num("o2_pct"))
    return [_out("alpha", "过量空气系数 α", alpha.value, "", 3), *_indirect(r)], r.trace


BOILER = (
    Calculator(
        "boiler-direct-steam", "蒸汽锅炉正平衡效率", "锅炉",
        (_n("steam_t_h", "蒸汽流量", "t/h", "D；计算时 × 1000 换算为 kg/h"),
         _n("steam_mpa", "蒸汽压力", "MPa", "锅炉出口压力表读数（表压）；加当地大气压得绝对压力"),
         _n("steam_c", "蒸汽温度", "°C", "过热蒸汽填实测温度；饱和蒸汽留空", optional=True),
         _n("humidity_pct", "蒸汽湿度", "%", "饱和蒸汽的湿度 w，h_s = h″ − r w/100；过热蒸汽为 0", default="0"),
         _n("feed_c", "给水温度", "°C"), FUEL, LHV,
         _n("blowdown_t_h", "排污量", "t/h", "D_bd，无排污为 0；排污水焓取该压力下的饱和水焓", default="0"),
         _n("atm_mpa", "当地大气压", "MPa", "海平面约 0.1013；高海拔地区按当地值（如拉萨约 0.065）",
            default="0.1013")),
        "h_s = h″ − r w/100（饱和）或 h(p, t)（过热）；h_fw = h(p, t_fw)；"
        "Q1 = D (h_s − h_fw) + D_bd (h_bd − h_fw)；η1 = Q1 / (B × Q_net,ar) × 100",
        BOILER_STD + "；Q_r 取收到基低位发热量，未计燃料与空气的物理显热", _boiler_steam,
        (("steam_t_h", "4"), ("steam_mpa", "1.0"), ("feed_c", "105"), ("fuel_rate", "500"),
         ("fuel_lhv", "23000"))),
    Calculator(
        "boiler-direct-hot-water", "热水锅炉正平衡效率", "锅炉",
        (_n("water_t_h", "循环水量", "t/h", "G；体积流量 m³/h 乘密度换算为 t/h；计算时 × 1000 换算为 kg/h"),
         _n("t_out_c", "出水温度", "°C"), _n("t_in_c", "进水温度", "°C"), FUEL, LHV),
        "h = h′(t)（饱和水焓）；Q1 = G (h_out − h_in)；η1 = Q1 / (B × Q_net,ar) × 100",
        BOILER_STD + "；Q_r 取收到基低位发热量，未计燃料与空气的物理显热", _boiler_hot_water,
        (("water_t_h", "50"), ("t_out_c", "95"), ("t_in_c", "70"), ("fuel_rate", "160"), ("fuel_lhv", "35000"))),
    Calculator(
        "boiler-indirect", "锅炉反平衡效率（各项热损失）", "锅炉",
        (_n("q2_pct", "q2 排烟热损失", "%"), *LOSSES),
        "η2 = 100 − (q2 + q3 + q4 + q5 + q6)", BOILER_STD, _boiler_indirect,
        (("q2_pct", "7.889"), ("q3_pct", "0.5"), ("q4_pct", "2"), ("q5_pct", "1.5"), ("q6_pct", "0.6"))),
    Calculator(
        "boiler-indirect-flue-gas", "锅炉反平衡效率（烟气测试估算 q2）", "锅炉",
        (_n("flue_gas_c", "排烟温度", "°C", "t_py"), _n("air_c", "入炉冷空气温度", "°C", "t_lk"),
         _n("o2_pct", "烟气含氧量", "%", "干烟气 O2 体积分数"),
         _n("m", "系数 m", "", "燃料相关系数 [M]：参考资料未给出数值，须按所用节能监测标准录入，本软件不提供缺省值"),
         _n("n", "系数 n", "", "燃料相关系数 [M]：参考资料未给出数值，须按所用节能监测标准录入，本软件不提供缺省值"),
         *LOSSES),
        "α = 21 / (21 − O2)；q2 ≈ (m + n α)(t_py − t_lk)/100 × (1 − q4/100)；η2 = 100 − (q2 + q3 + q4 + q5 + q6)",
        BOILER_STD + "；q2 为节能监测简化公式，系数 m、n 未核实 [M]", _boiler_flue_gas,
        (("flue_gas_c", "160"), ("air_c", "20"), ("o2_pct", "7"), ("m", "0.5"), ("n", "3.5"), ("q3_pct", "0.5"),
         ("q4_pct", "2"), ("q5_pct", "1.5"), ("q6_pct", "0.6"))),
)


# --- power quality -------------------------------------------------------------------------------------------

PF_STD = "通用工程公式 [M]（REFERENCE §2.12）"


def _pf_energy(a: Args) -> Computed:
    q = el.power_factor_from_energy(a.num("active_kwh"), a.num("reactive_kvarh"))
    return [_out("cos_phi", "加权平均功率因数", q.value)], q.trace


def _pf_power(a: Args) -> Computed:
    r = el.power_triangle(a.num("active_kw"), apparent_kva=a.opt("apparent_kva"), cos_phi=a.opt("cos_phi"))
    outputs = [_out("cos_phi", "功率因数", r.cos_phi), _out("q_kvar", "无功功率 Q", r.reactive_kvar, "kvar", 2),
               _out("phi_deg", "功率因数角 φ", r.phi_deg, "°", 2),
               _out("s_kva", "视在功率 S", r.apparent_kva, "kVA", 2)]
    return outputs, r.trace


def _capacitor(a: Args) -> Computed:
    q = el.capacitor_size(a.num("active_kw"), a.num("cos_before"), a.num("cos_after"))
    return [_out("q_c", "补偿容量", q.value, "kvar", 1)], q.trace


def _line_loss(a: Args) -> Computed:
    r = el.line_loss_ratio(a.num("cos_before"), a.num("cos_after"))
    return [_out("ratio", "线损比 ΔP2/ΔP1", r.ratio), _out("reduction", "线损降低", r.reduction_pct, "%", 1)], r.trace


POWER_QUALITY = (
    Calculator(
        "power-factor-energy", "加权平均功率因数（电量法）", "电能质量",
        (_n("active_kwh", "有功电量", "kWh", "同一计量期（如一个月）的有功电量"),
         _n("reactive_kvarh", "无功电量", "kvarh")),
        "cosφ = W_P / √(W_P² + W_Q²)", PF_STD + "；力调电费考核标准 0.90/0.85/0.80 [M]", _pf_energy,
        (("active_kwh", "300000"), ("reactive_kvarh", "400000"))),
    Calculator(
        "power-factor-power", "功率因数、无功功率与功率因数角（功率法）", "电能质量",
        (_n("active_kw", "有功功率", "kW"),
         _n("apparent_kva", "视在功率", "kVA", "与功率因数填且只填一项", optional=True),
         _n("cos_phi", "功率因数", "", "cosφ，0–1；与视在功率填且只填一项", optional=True)),
        "cosφ = P / S 或 S = P / cosφ；Q = √(S² − P²) = P tanφ；φ = arccos(cosφ)", PF_STD, _pf_power,
        (("active_kw", "80"), ("apparent_kva", "100"))),
    Calculator(
        "capacitor-size", "无功补偿电容器容量", "电能质量",
        (_n("active_kw", "有功功率", "kW"), _n("cos_before", "补偿前功率因数", "", "cosφ1，0–1"),
         _n("cos_after", "目标功率因数", "", "cosφ2，0–1，如 GB/T 3485 企业目标 0.90 [M]")),
        "Q_C = P (tanφ1 − tanφ2)", PF_STD, _capacitor,
        (("active_kw", "800"), ("cos_before", "0.75"), ("cos_after", "0.92"))),
    Calculator(
        "line-loss-reduction", "提高功率因数的线损降低率", "电能质量",
        (_n("cos_before", "补偿前功率因数", "", "cosφ1，0–1"), _n("cos_after", "补偿后功率因数", "", "cosφ2，0–1")),
        "ΔP2/ΔP1 = (cosφ1/cosφ2)²（有功功率与电压不变）", PF_STD, _line_loss,
        (("cos_before", "0.75"), ("cos_after", "0.92"))),
)


# --- pipe insulation -----------------------------------------------------------------------------------------

PIPE_STD = ("传热学标准方法 [M]，REFERENCE 未给公式：外表面 α = α_c + α_r；自然对流 Churchill–Chu（水平圆柱），"
            "有风时强制对流 Churchill–Bernstein（横掠圆柱），混合对流 Nu = (Nu_F³ + Nu_N³)^(1/3)；空气物性按膜温取"
            "（干空气 1 atm：Sutherland 黏度式、线性 k(t)、c_p = 1007 J/(kg·K)）；"
            "辐射 α_r = εσ(T_s⁴ − T_a⁴)/(T_s − T_a)；"
            "保温材料 λ = λ0 + b·t（GB/T 4272、GB/T 8175 的线性形式，沿保温层精确积分）；"
            "热力当量值 0.03412 kgce/MJ（GB/T 2589，[V-2]）")
EMISSIVITY_HELP = "ε，0–1；常见值 [M]：氧化钢管约 0.8–0.9，镀锌铁皮约 0.25–0.3，铝皮约 0.1–0.3"


def _mm(a: Args, key: str, label: str) -> tuple[float, str]:
    d_mm = positive(a.num(key), label)
    return d_mm / 1000, f"{label} {fmt(d_mm)} mm = {fmt(d_mm / 1000)} m"


def _pipe(r: pipe_heat_loss.PipeHeatLoss, note: str, *, insulated: bool) -> Computed:
    outputs = [_out("loss_w_per_m", "单位长度散热损失", r.loss_w_per_m, "W/m", 2)]
    if insulated:
        outputs.append(_out("surface_c", "外表面温度", r.surface_c, "°C", 2))
    outputs += [_out("coefficient", "表面换热系数 α", r.coefficient, "W/(m²·K)", 3),
                _out("convection", "对流换热系数 α_c", r.convection, "W/(m²·K)", 3),
                _out("radiation", "辐射换热系数 α_r", r.radiation, "W/(m²·K)", 3)]
    if insulated:
        outputs.append(_out("conductivity_mean", "保温层平均导热系数 λ_m", r.conductivity_mean, "W/(m·K)", 4))
    outputs += [_out("annual_kwh", "年散热量", r.annual_kwh, "kWh/a", 1),
                _out("annual_tce", "年散热折标准煤（当量值）", r.annual_tce, "tce/a", 3)]
    return outputs, _lines(note, r.trace)


def _pipe_bare(a: Args) -> Computed:
    d, note = _mm(a, "diameter_mm", "管道外径")
    r = pipe_heat_loss.bare_pipe_heat_loss(a.num("pipe_c"), a.num("air_c"), d, a.num("emissivity"),
                                           hours=a.num("hours"), length_m=a.num("length_m"),
                                           wind_m_s=a.num("wind_m_s"))
    return _pipe(r, f"换算：{note}", insulated=False)


def _pipe_insulated(a: Args) -> Computed:
    d_i, note_i = _mm(a, "inner_d_mm", "保温层内径")
    d_o, note_o = _mm(a, "outer_d_mm", "保温层外径")
    r = pipe_heat_loss.insulated_pipe_heat_loss(a.num("inner_c"), a.num("air_c"), d_i, d_o, a.num("conductivity"),
                                                a.num("emissivity"), hours=a.num("hours"),
                                                length_m=a.num("length_m"), conductivity_b=a.num("conductivity_b"),
                                                wind_m_s=a.num("wind_m_s"))
    return _pipe(r, f"换算：{note_i}，{note_o}", insulated=True)


AIR_C = _n("air_c", "环境温度", "°C", "管道周围空气温度；周围辐射环境取同一温度")
WIND = _n("wind_m_s", "风速", "m/s", "横掠管道的风速，0–60 m/s；0 = 静止空气，只计自然对流（室内管道）", default="0")
PIPE_HOURS = _n("hours", "年运行小时数", "h", "0–8784 h；0 则不计年散热量", default="0")
LENGTH = _n("length_m", "管道长度", "m", "用于年散热量", default="1")
PIPE = (
    Calculator(
        "pipe-bare", "裸管散热损失", "保温",
        (_n("pipe_c", "管道表面温度", "°C", "取介质温度（忽略管壁热阻）"), AIR_C,
         _n("diameter_mm", "管道外径", "mm", "计算时 ÷ 1000 换算为 m"),
         _n("emissivity", "表面发射率", "", EMISSIVITY_HELP), WIND, PIPE_HOURS, LENGTH),
        "q = α π D (t − t_a)，α = α_c + α_r，α_c = Nu k / D，Nu = (Nu_F³ + Nu_N³)^(1/3)（无风 Nu = Nu_N）；"
        "E = q L h / 1000；标准煤 = E × 3.6 × 0.03412 / 1000",
        PIPE_STD, _pipe_bare,
        (("pipe_c", "150"), ("air_c", "20"), ("diameter_mm", "108"), ("emissivity", "0.9"))),
    Calculator(
        "pipe-insulated", "保温管道散热损失", "保温",
        (_n("inner_c", "保温层内表面温度", "°C", "取介质温度（忽略管壁与管内换热热阻）"), AIR_C,
         _n("inner_d_mm", "保温层内径", "mm", "即管道外径；÷ 1000 换算为 m"),
         _n("outer_d_mm", "保温层外径", "mm", "含保温层的外径；÷ 1000 换算为 m"),
         _n("conductivity", "保温材料导热系数", "W/(m·K)", "λ0：λ(t) = λ0 + b·t 中 0 °C 的值；b 为 0 时即常数 λ"),
         _n("conductivity_b", "导热系数温度系数", "W/(m·K²)",
            "b：λ(t) = λ0 + b·t（t 为 °C，按 GB/T 4272、GB/T 8175 的线性形式，取材料标准或产品样本值）；"
            "缺省 0 为假设值（常数导热系数）", default="0"),
         _n("emissivity", "表面发射率", "", "外护层的 " + EMISSIVITY_HELP), WIND, PIPE_HOURS, LENGTH),
        "q = 2πλ_m(t_in − t_s)/ln(D_o/D_i) = α π D_o (t_s − t_a)，λ_m = λ0 + b(t_in + t_s)/2，二分法解 t_s；"
        "E = q L h / 1000",
        PIPE_STD, _pipe_insulated,
        (("inner_c", "150"), ("air_c", "20"), ("inner_d_mm", "108"), ("outer_d_mm", "208"),
         ("conductivity", "0.05"), ("emissivity", "0.3"), ("hours", "8000"), ("length_m", "100"))),
)


# --- water and steam (IAPWS-IF97) ----------------------------------------------------------------------------

IF97_STD = "IAPWS-IF97（IAPWS R7-97(2012)）基本方程 [V：已按发布文件验证表核对至相对 1e-8]"
REGION_NAMES = {1: "第 1 区（未饱和水）", 2: "第 2 区（过热蒸汽）", 3: "第 3 区（近临界区）", 5: "第 5 区（高温蒸汽）"}
PRESSURE = _n("p_mpa", "压力", "MPa", "绝对压力（表压 + 当地大气压，约 0.1 MPa）")
T_CRITICAL_C = TC - ZERO_C  # 373.946 °C
SAT_R3_NOTE = "；350 °C 以上的饱和液、汽由第 3 区方程在 p_sat(T) 下求两个密度（距临界点 0.5 kg/m³ 以内的精度受限）"


def _celsius(a: Args, key: str, upper: float) -> float:
    t = a.num(key)
    if not 0 <= t <= upper:
        raise ValidationError(field="温度", detail=f"{fmt(t)} °C 超出范围（0–{fmt(upper)} °C）")
    return t


def _steam_pt(a: Args) -> Computed:
    p, t = a.num("p_mpa"), _celsius(a, "t_c", 2000)
    st = if97.steam(p, t)
    rho = 1 / st.v
    outputs = [_text("region", "IF97 分区", REGION_NAMES[st.region]), Output("v", "比体积", "m³/kg", _sig(st.v), st.v),
               Output("rho", "密度", "kg/m³", _sig(rho), rho), Output("h", "比焓", "kJ/kg", _sig(st.h), st.h),
               Output("s", "比熵", "kJ/(kg·K)", _sig(st.s), st.s),
               Output("cp", "定压比热容", "kJ/(kg·K)", _sig(st.cp), st.cp)]
    region3 = "，由第 3 区方程迭代求密度" if st.region == 3 else ""
    trace = (f"IAPWS-IF97：p = {fmt(p)} MPa，t = {fmt(t)} °C（T = {fmt(t + ZERO_C, 2)} K）位于{REGION_NAMES[st.region]}"
             f"{region3}；v = {_sig(st.v)} m³/kg，ρ = 1/v = {_sig(rho)} kg/m³，"
             f"h = {_sig(st.h)} kJ/kg，s = {_sig(st.s)} kJ/(kg·K)，cp = {_sig(st.cp)} kJ/(kg·K)"
             f"（饱和线上的状态按液态计）")
    return outputs, trace


def _saturation(sat: if97.Saturation, head: list[Output], first: str) -> Computed:
    outputs = [*head, Output("h_liquid", "饱和水比焓 h′", "kJ/kg", _sig(sat.h_liquid), sat.h_liquid),
               Output("h_vapour", "饱和蒸汽比焓 h″", "kJ/kg", _sig(sat.h_vapour), sat.h_vapour),
               Output("latent_heat", "汽化潜热 r", "kJ/kg", _sig(sat.latent_heat), sat.latent_heat),
               Output("s_liquid", "饱和水比熵 s′", "kJ/(kg·K)", _sig(sat.s_liquid), sat.s_liquid),
               Output("s_vapour", "饱和蒸汽比熵 s″", "kJ/(kg·K)", _sig(sat.s_vapour), sat.s_vapour),
               Output("v_liquid", "饱和水比体积 v′", "m³/kg", _sig(sat.v_liquid), sat.v_liquid),
               Output("v_vapour", "饱和蒸汽比体积 v″", "m³/kg", _sig(sat.v_vapour), sat.v_vapour)]
    trace = (f"{first}；饱和水按第 1 区、饱和蒸汽按第 2 区方程在 T_sat 下计算：h′ = {_sig(sat.h_liquid)}，"
             f"h″ = {_sig(sat.h_vapour)}，r = h″ − h′ = {_sig(sat.latent_heat)} kJ/kg；s′ = {_sig(sat.s_liquid)}，"
             f"s″ = {_sig(sat.s_vapour)} kJ/(kg·K)；v′ = {_sig(sat.v_liquid)}，v″ = {_sig(sat.v_vapour)} m³/kg")
    return outputs, trace


def _saturation_p(a: Args) -> Computed:
    sat = if97.saturated(a.num("p_mpa"))
    first = f"IAPWS-IF97 饱和线（第 4 区）：p = {fmt(sat.p_mpa)} MPa → t_sat = {_sig(sat.t_sat_c)} °C"
    return _saturation(sat, [Output("t_sat", "饱和温度", "°C", _sig(sat.t_sat_c), sat.t_sat_c)], first)


def _saturation_t(a: Args) -> Computed:
    t = _celsius(a, "t_c", T_CRITICAL_C)
    p = min(if97.p_sat(t + ZERO_C), PC)  # at 373.946 °C p_sat exceeds the rounded 22.064 MPa by rounding
    sat = if97.saturated(p)
    first = f"IAPWS-IF97 饱和线（第 4 区）：t = {fmt(t)} °C → p_sat = {_sig(p)} MPa"
    return _saturation(sat, [Output("p_sat", "饱和压力", "MPa", _sig(p), p)], first)


def _t_from_ps(a: Args) -> Computed:
    p, s_in = a.num("p_mpa"), a.num("s_kj_kgk")
    t_k = _if97({}, lambda: if97.t_from_ps(p, s_in))
    reg = if97.region(p, t_k)
    t_c = t_k - ZERO_C
    trace = (f"IAPWS-IF97：在 p = {fmt(p)} MPa 下解 s(p, T) = {fmt(s_in)} kJ/(kg·K)（二分法，|ΔT| ≤ 1e-10 K）→ "
             f"T = {fmt(t_k, 4)} K = {fmt(t_c, 4)} °C，{REGION_NAMES[reg]}；正向方程的精确反解，与 IF97 反向方程 "
             f"T(p, s) 的验证表（表 9、表 29）相差不超过 25 mK（第 1 区）/ 10 mK（第 2 区）")
    return [Output("t", "温度", "°C", fmt(t_c, 4), t_c), _text("region", "IF97 分区", REGION_NAMES[reg])], trace


def _t_from_ph(a: Args) -> Computed:
    p, h = a.num("p_mpa"), a.num("h_kj_kg")
    t_k = if97.t_from_ph(p, h)
    reg = if97.region(p, t_k)
    t_c = t_k - ZERO_C
    trace = (f"IAPWS-IF97：在 p = {fmt(p)} MPa 下解 h(p, T) = {fmt(h)} kJ/kg（二分法，|ΔT| ≤ 1e-10 K）→ "
             f"T = {fmt(t_k, 4)} K = {fmt(t_c, 4)} °C，{REGION_NAMES[reg]}；正向方程的精确反解，"
             f"与 IF97 反向方程相差约 0.01–0.03 K")
    return [Output("t", "温度", "°C", fmt(t_c, 4), t_c), _text("region", "IF97 分区", REGION_NAMES[reg])], trace


STEAM = (
    Calculator(
        "steam-pt", "水和水蒸气性质（压力、温度）", "水和水蒸气",
        (PRESSURE, _n("t_c", "温度", "°C", "0–800 °C（压力 ≤ 50 MPa 时至 2000 °C）")),
        "IF97 分区判定后按该区基本方程求 v、h、s、cp（第 3 区按 p、T 迭代求密度）", IF97_STD, _steam_pt,
        (("p_mpa", "3"), ("t_c", "26.85"))),
    Calculator(
        "steam-saturation-p", "饱和水和饱和蒸汽性质（按压力）", "水和水蒸气",
        (_n("p_mpa", "压力", "MPa", "绝对压力，0.000611213–22.064 MPa（饱和温度 0–373.946 °C，至临界点）"),),
        "T_sat(p) 按 IF97 式 (31)；饱和温度 ≤ 350 °C 时 h′、s′、v′ 按第 1 区，h″、s″、v″ 按第 2 区，"
        "高于 350 °C 按第 3 区方程在饱和液、汽密度下计算；r = h″ − h′", IF97_STD + SAT_R3_NOTE,
        _saturation_p, (("p_mpa", "0.1"),)),
    Calculator(
        "steam-saturation-t", "饱和水和饱和蒸汽性质（按温度）", "水和水蒸气",
        (_n("t_c", "温度", "°C", "饱和温度，0–373.946 °C（至临界点）"),),
        "p_sat(T) 按 IF97 式 (30)；饱和温度 ≤ 350 °C 时 h′、s′、v′ 按第 1 区，h″、s″、v″ 按第 2 区，"
        "高于 350 °C 按第 3 区；r = h″ − h′", IF97_STD + SAT_R3_NOTE,
        _saturation_t, (("t_c", "100"),)),
    Calculator(
        "steam-t-from-ph", "由压力、比焓求温度", "水和水蒸气",
        (PRESSURE, _n("h_kj_kg", "比焓", "kJ/kg", "第 1 区（水）或第 2 区（蒸汽）；湿蒸汽区请用饱和性质计算")),
        "解 h(p, T) = h 求 T（第 1、2 区正向方程的精确反解）",
        IF97_STD + "；非 IF97 反向方程，与其验证表相差约 0.01–0.03 K", _t_from_ph,
        (("p_mpa", "3"), ("h_kj_kg", "500"))),
    Calculator(
        "steam-t-from-ps", "由压力、比熵求温度", "水和水蒸气",
        (PRESSURE, _n("s_kj_kgk", "比熵", "kJ/(kg·K)", "第 1 区（水）或第 2 区（蒸汽）；湿蒸汽区请用饱和性质计算")),
        "解 s(p, T) = s 求 T（第 1、2 区正向方程的精确反解）",
        IF97_STD + "；非 IF97 反向方程，与其验证表（表 9、29）相差不超过 25 mK", _t_from_ps,
        (("p_mpa", "3"), ("s_kj_kgk", "0.5"))),
)


# --- economics -----------------------------------------------------------------------------------------------


def _economics(a: Args) -> Computed:
    investment, saving, years = a.dec("investment"), a.dec("annual_saving"), a.int_("years")
    if years > 100:
        raise ValidationError(field="计算年限", detail=f"{years} 年超过 100 年")
    rate = a.dec("rate_pct") / 100
    payback = economics.payback_years(investment, saving)
    npv = economics.npv(investment, saving, rate, years)
    irr = economics.irr(investment, saving, years)
    i_t, s_t = fmt(float(investment), 2), fmt(float(saving), 2)
    lines = []
    if payback is None:
        outputs = [_text("payback", "静态投资回收期", "不能回收（年节约金额不大于 0）")]
        lines.append(f"静态投资回收期：年节约金额 {s_t} 元/a 不大于 0，不能回收")
    else:
        outputs = [_out("payback", "静态投资回收期", float(payback), "a", 2)]
        lines.append(f"静态投资回收期 T = I / S = {i_t} 元 / {s_t} 元/a = {fmt(float(payback), 2)} a")
    outputs.append(_out("npv", "净现值 NPV", float(npv), "元", 2))
    lines.append(f"净现值 NPV = Σ(t=1..n) S/(1+r)^t − I = Σ(t=1..{years}) {s_t}/(1+{fmt(float(rate))})^t − {i_t} = "
                 f"{fmt(float(npv), 2)} 元")
    if irr is None:
        outputs.append(_text("irr", "内部收益率 IRR", "无解"))
        lines.append("内部收益率 IRR：投资或年节约金额不大于 0，或 IRR 超过 10000 %，不计算")
    else:
        outputs.append(_out("irr", "内部收益率 IRR", float(irr) * 100, "%", 2))
        lines.append(f"内部收益率 IRR：使 NPV = 0 的折现率，二分法求得 {fmt(float(irr) * 100, 2)} %")
    return outputs, _lines(*lines)


ECONOMICS = (
    Calculator(
        "economics", "节能措施经济性（回收期、NPV、IRR）", "经济性",
        (_n("investment", "投资", "元"),
         _n("annual_saving", "年节约金额", "元/a", "S = 节能量 × 单价 − 运行维护费用增加"),
         _n("rate_pct", "折现率", "%", "如 8"),
         Input("years", "计算年限", "a", "int", help="整数年，1–100")),
        "T = I / S；NPV = Σ(t=1..n) S/(1+r)^t − I；IRR：NPV = 0 时的 r",
        "REFERENCE §2.13 [M，标准公式]；报告中应列明电价、小时数、折现率等假设 [I]", _economics,
        (("investment", "120000"), ("annual_saving", "130000"), ("rate_pct", "8"), ("years", "5"))),
)


# --- CO2 -----------------------------------------------------------------------------------------------------

OTHER_FUEL = "other"
UNIT_ZH = {"t": "t", "10^4Nm3": "10⁴Nm³"}


def _non_negative_dec(value: Decimal, label: str) -> Decimal:
    if value < 0:
        raise ValidationError(field=label, detail=f"{value} 不能为负")
    return value


def _co2_electricity(a: Args) -> Computed:
    e = co2.electricity(a.dec("mwh"), a.dec("grid_factor"), "使用者录入的电网排放因子")
    return [_out("tco2", "CO2 排放量", float(e.tco2), "tCO2", 3)], f"{e.trace} = {fmt(float(e.tco2), 3)} tCO2"


def _co2_heat(a: Args) -> Computed:
    factor = _non_negative_dec(a.dec("factor"), "热力排放因子")
    e = co2.heat(a.dec("gj"), factor, "使用者录入的热力排放因子")
    return [_out("tco2", "CO2 排放量", float(e.tco2), "tCO2", 3)], f"{e.trace} = {fmt(float(e.tco2), 3)} tCO2"


def _co2_fuel(a: Args) -> Computed:
    code = a.choice("fuel")
    ref = None if code == OTHER_FUEL else co2_factors.fuel_co2(code)
    activity = _non_negative_dec(a.dec("activity"), "活动水平")
    ncv, cc, oxidation = a.opt_dec("ncv"), a.opt_dec("cc"), a.opt_dec("oxidation")
    unit = a.opt_choice("activity_unit")
    from_ref: list[str] = []
    if ncv is None:
        if ref is None:
            raise ValidationError(field="低位发热量", detail="选择“其他燃料”时必须录入")
        ncv = ref.ncv
        from_ref.append(f"NCV {ref.ncv} {ref.ncv_unit}")
        if unit is not None and unit != ref.activity_unit:
            ref_unit = UNIT_ZH[ref.activity_unit]
            raise ValidationError(field="活动水平单位", detail=f"{ref.name_zh}的参考低位发热量以 GJ/{ref_unit} 给出，"
                                                          f"活动水平应以 {ref_unit} 录入")
        unit = ref.activity_unit
    unit = unit or (ref.activity_unit if ref is not None else "t")
    if cc is None:
        if ref is None:
            raise ValidationError(field="单位热值含碳量", detail="选择“其他燃料”时必须录入")
        cc = ref.cc
        from_ref.append(f"CC {ref.cc} tC/GJ")
    if oxidation is None:
        if ref is None or ref.oxidation is None:
            name = "其他燃料" if ref is None else ref.name_zh
            raise ValidationError(field="碳氧化率", detail=f"参考数据未给出{name}的碳氧化率，须按适用的核算指南录入")
        oxidation = ref.oxidation
        from_ref.append(f"OF {ref.oxidation}")
    for value, label in ((ncv, "低位发热量"), (cc, "单位热值含碳量"), (oxidation, "碳氧化率")):
        _non_negative_dec(value, label)
    if oxidation > 1:
        raise ValidationError(field="碳氧化率", detail=f"{oxidation} 大于 1（应为 0–1 的小数）")
    name = "燃料" if ref is None else ref.name_zh
    e = co2.fuel(name, activity, ncv, cc, oxidation, activity_unit=UNIT_ZH[unit], ncv_unit=f"GJ/{UNIT_ZH[unit]}")
    trace = f"{e.trace} = {fmt(float(e.tco2), 3)} tCO2"
    if ref is not None and from_ref:
        trace += f"\n取自参考数据（{name}，[{ref.label}] {ref.source}）：{'、'.join(from_ref)}"
    return [_out("tco2", "CO2 排放量", float(e.tco2), "tCO2", 3)], trace


CO2_STD = "CO2 = AD × NCV × CC × OF × 44/12，生态环境部温室气体核算指南方法 [M]（REFERENCE §2.3）"
CO2 = (
    Calculator(
        "co2-electricity", "外购电力 CO2 排放", "碳排放",
        (_n("mwh", "外购电力", "MWh", "= 千 kWh"), GRID),
        "CO2 = 外购电量 × EF_grid（kgCO2/kWh = tCO2/MWh）",
        "电力排放因子按生态环境部、国家统计局公告选定 [V]（REFERENCE §2.3）", _co2_electricity,
        (("mwh", "5000"), ("grid_factor", "0.5366"))),
    Calculator(
        "co2-fuel", "化石燃料燃烧 CO2 排放", "碳排放",
        (_choice("fuel", "燃料", (*((f.code, f.name_zh) for f in co2_factors.fuels_co2()),
                                   (OTHER_FUEL, "其他燃料（自行录入参数）")),
                 "选定燃料时 NCV、CC、OF 空则取参考数据 [V-2]"),
         _n("activity", "活动水平", "t 或 10⁴Nm³",
            "燃料消耗量：固体、液体燃料以 t 计，天然气以 10⁴Nm³（万标准立方米）计"),
         _choice("activity_unit", "活动水平单位", (("t", "t"), ("10^4Nm3", "10⁴Nm³")),
                 "空则按所选燃料（天然气 10⁴Nm³，其余 t）", optional=True),
         _n("ncv", "低位发热量", "GJ/t 或 GJ/10⁴Nm³", "NCV；空则取参考数据", optional=True),
         _n("cc", "单位热值含碳量", "tC/GJ", "CC；空则取参考数据", optional=True),
         _n("oxidation", "碳氧化率", "", "OF，0–1 的小数（如 0.98）；空则取参考数据", optional=True)),
        "CO2 = AD × NCV × CC × OF × 44/12", CO2_STD + "；缺省参数 [V-2]", _co2_fuel,
        (("fuel", "diesel"), ("activity", "100"))),
    Calculator(
        "co2-heat", "外购热力 CO2 排放", "碳排放",
        (_n("gj", "外购热力", "GJ"),
         _n("factor", "热力排放因子", "tCO2/GJ", "通行缺省值 0.11 tCO2/GJ [M]，须按适用的核算指南核对")),
        "CO2 = 外购热量 × EF_heat", "外购热力排放因子 [M]（REFERENCE §2.3）", _co2_heat,
        (("gj", "10000"), ("factor", "0.11"))),
)
