"""The spec tables of the calculator registry (``registry`` is the public face: import from there).

Each ``Calculator`` names its inputs (label, unit, kind, default, help), its formula and basis, a worked example,
and an adapter that maps the parsed inputs onto the pure functions of ``calculators_electrical``,
``calculators_fluid``, ``boiler``, ``pipe_heat_loss``, ``if97``, ``economics``, ``co2`` and ``equipment_grading``,
and their results onto labelled, formatted ``Output`` rows.

Form units are what engineers read on site; an adapter converts them to the pure function's unit and says so in
the trace: pump and fan flow m³/h (÷ 3600 → m³/s), steam, blowdown and hot-water flow t/h (× 1000 → kg/h), pipe
diameters mm (÷ 1000 → m), load rates and the discount rate in % (÷ 100), and boiler steam pressure (gauge) and
water/steam temperatures instead of enthalpies (IAPWS-IF97). A converted input is checked in the unit the user
typed, so the message shows the number as entered. Input keys carry their unit where it helps the command line
and match the equipment register's parameter names (``rated_kw``, ``p0_kw``, ``flow_m3_h``, ``head_m``…).

Also here: ``transformer_replacement``, the one calculation the pure modules lack (annual loss of the old
transformer minus that of the new one at the same load), a pure function like the others.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TypeVar

from desktop_app.calculations import boiler, co2, economics, if97, pipe_heat_loss
from desktop_app.calculations import calculators_electrical as el
from desktop_app.calculations import calculators_fluid as fl
from desktop_app.calculations.calculators import (
    ELECTRICITY_KGCE_PER_KWH,
    MAX_LOAD_RATE,
    Quantity,
    fmt,
    grid_factor,
    hours_per_year,
    load_rate,
    non_negative,
    positive,
)
from desktop_app.calculations.equipment_grading import grade_compressor
from desktop_app.domain.errors import ValidationError
from desktop_app.reference import co2_factors

GROUPS = ("电动机", "变压器", "空压机", "泵与风机", "锅炉", "电能质量", "保温", "水和水蒸气", "经济性", "碳排放")

#: Input keys that are numbers without a unit (fractions, ratios, counts). Every other numeric input has a unit.
DIMENSIONLESS = frozenset({
    "cos_phi", "cos_before", "cos_after",  # power factors
    "emissivity",  # surface emissivity ε
    "compressibility",  # fan compressibility coefficient K_p
    "stages",  # number of pump stages
    "m", "n",  # q2 coefficients
    "oxidation",  # carbon oxidation fraction OF
})

Value = Decimal | int | str | None
T = TypeVar("T")
ZERO_C = 273.15  # K


# --- the spec types ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Input:
    """One form field / CLI ``key=value``. ``kind``: number (Decimal as typed), int, or choice (one of ``choices``).

    ``default`` fills a blank field (and is recorded in the run's inputs); a blank field without a default is an
    error unless ``optional``. ``aliases`` are the other names the pure function gives this input in its
    ValidationErrors (see ``registry.input_for_field``).
    """

    key: str
    label: str  # 简体中文
    unit: str = ""
    kind: str = "number"  # number | int | choice
    default: str = ""
    choices: tuple[tuple[str, str], ...] = ()  # (value, 简体中文 label)
    optional: bool = False
    help: str = ""
    aliases: tuple[str, ...] = ()

    @property
    def field(self) -> str:
        """The label with its unit, as a ValidationError from ``registry.run`` names this input: 额定功率（kW）."""
        return f"{self.label}（{self.unit}）" if self.unit else self.label


@dataclass(frozen=True)
class Output:
    key: str
    label: str  # 简体中文
    unit: str
    text: str  # the value formatted by ``fmt`` (or a text such as the operating zone)


class Args:
    """The parsed inputs of one run: numbers as Decimal (exactly as typed), ints, choice values; None = blank."""

    def __init__(self, values: Mapping[str, Value]) -> None:
        self._values = dict(values)

    def dec(self, key: str) -> Decimal:
        value = self._values[key]
        if not isinstance(value, Decimal):
            raise TypeError(f"{key}: {value!r} is not a number")
        return value

    def num(self, key: str) -> float:
        return float(self.dec(key))

    def opt_dec(self, key: str) -> Decimal | None:
        return None if self._values[key] is None else self.dec(key)

    def opt(self, key: str) -> float | None:
        value = self.opt_dec(key)
        return None if value is None else float(value)

    def int_(self, key: str) -> int:
        value = self._values[key]
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{key}: {value!r} is not an int")
        return value

    def choice(self, key: str) -> str:
        value = self._values[key]
        if not isinstance(value, str):
            raise TypeError(f"{key}: {value!r} is not a choice")
        return value

    def opt_choice(self, key: str) -> str | None:
        return None if self._values[key] is None else self.choice(key)


Computed = tuple[Sequence[Output], str]  # outputs and the trace


@dataclass(frozen=True)
class Calculator:
    id: str
    title: str  # 简体中文
    group: str  # one of GROUPS
    inputs: tuple[Input, ...]
    formula: str  # 简体中文, with symbols
    standard: str  # basis, with the provenance labels [V]/[V-2]/[M]/[I]
    compute: Callable[[Args], Computed] = field(repr=False, compare=False)
    example: tuple[tuple[str, str], ...] = ()  # a worked example (key, text); blank fields take their defaults

    def input(self, key: str) -> Input:
        return next(i for i in self.inputs if i.key == key)


# --- small helpers -------------------------------------------------------------------------------------------


def _n(key: str, label: str, unit: str = "", help: str = "", *, default: str = "", optional: bool = False,
       aliases: tuple[str, ...] = ()) -> Input:
    return Input(key, label, unit, "number", default, (), optional, help, aliases)


def _choice(key: str, label: str, choices: tuple[tuple[str, str], ...], help: str = "", *, default: str = "",
            optional: bool = False) -> Input:
    return Input(key, label, "", "choice", default, choices, optional, help)


def _out(key: str, label: str, value: float, unit: str = "", decimals: int = 4) -> Output:
    return Output(key, label, unit, fmt(value, decimals))


def _pct(key: str, label: str, fraction: float) -> Output:
    """A fraction (β 0.75) shown in percent ("75", "%")."""
    return Output(key, label, "%", fmt(fraction * 100, 2))


def _text(key: str, label: str, text: str) -> Output:
    return Output(key, label, "", text)


def _sig(value: float, digits: int = 6) -> str:
    """``digits`` significant digits (steam-table style): 115.331, 0.00100215, 2674.95."""
    if value == 0 or not math.isfinite(value):
        return fmt(value)
    return fmt(value, max(0, digits - 1 - math.floor(math.log10(abs(value)))))


def _lines(*parts: str) -> str:
    return "\n".join(p for p in parts if p)


PCT_HELP = "以百分数输入，如 88.5"
BETA_HELP = "以小数输入：0.75 表示 75 %（超过 1.5 视为输入错误）"
HOURS = _n("hours", "年运行小时数", "h", "0–8784 h")
GRID = _n("grid_factor", "电网排放因子", "kgCO2/kWh",
          "= tCO2/MWh；如 2022 年全国电力平均 0.5366、不含市场化交易非化石能源电量的全国值 0.5856 "
          "[V：生态环境部、国家统计局公告]；按项目年份与地区选定并注明来源")
SHAFT_OR_ELECTRIC = (("shaft", "轴功率（求泵/风机效率）"), ("electric", "电动机输入功率（求机组效率）"))


# --- motors --------------------------------------------------------------------------------------------------

MOTOR_ZONE_STD = ("GB/T 12497《三相异步电动机经济运行》运行区：β ≥ 0.7 经济、0.4–0.7 允许、< 0.4 非经济"
                  "（[M]凭记忆，待核对原文）；负载率公式为通用工程公式 [M]（REFERENCE §2.6）")
LOAD_HELP = "以百分数输入，如 75（0–150 %）"


def _beta(a: Args, key: str, label: str) -> float:
    """A load rate typed in % (0–150), as the fraction β the pure functions take."""
    pct = a.num(key)
    if not 0 <= pct <= MAX_LOAD_RATE * 100:
        raise ValidationError(field=label, detail=f"{fmt(pct)} % 不合理（应在 0–150 %，以百分数输入，如 75）")
    return pct / 100


def _motor_load(r: el.MotorLoad) -> Computed:
    return [_pct("beta", "负载率", r.beta), _text("zone", "运行区", r.zone)], r.trace


def _motor_load_power(a: Args) -> Computed:
    return _motor_load(el.motor_load_from_power(a.num("input_kw"), a.num("efficiency"), a.num("rated_kw")))


def _motor_load_current(a: Args) -> Computed:
    return _motor_load(el.motor_load_from_current(a.num("current_a"), a.num("rated_current_a"),
                                                  a.num("no_load_current_a")))


def _motor_replacement(a: Args) -> Computed:
    r = el.motor_replacement(a.num("rated_kw"), _beta(a, "load", "负载率"), a.num("efficiency_old"),
                             a.num("efficiency_new"), a.num("hours"), a.num("grid_factor"))
    return [
        _out("output_kw", "输出功率", r.output_kw, "kW"),
        _out("input_old_kw", "原电动机输入功率", r.input_old_kw, "kW"),
        _out("input_new_kw", "新电动机输入功率", r.input_new_kw, "kW"),
        _out("saving_kw", "节约功率", r.saving_kw, "kW"),
        _out("saving_kwh", "年节电量", r.saving_kwh, "kWh/a", 1),
        _out("saving_tce", "年节约标准煤（当量值）", r.saving_tce, "tce/a", 3),
        _out("saving_tco2", "年减排 CO2", r.saving_tco2, "tCO2/a", 3),
    ], r.trace


MOTOR = (
    Calculator(
        "motor-load-power", "电动机负载率（功率法）", "电动机",
        (_n("input_kw", "输入功率", "kW", "实测电动机输入有功功率"),
         _n("efficiency", "电动机效率", "%", "运行效率；用铭牌额定效率时结果为近似。" + PCT_HELP),
         _n("rated_kw", "额定功率", "kW", "铭牌额定（输出）功率 P_N")),
        "负载率 β = P_in × η / P_N", MOTOR_ZONE_STD, _motor_load_power,
        (("input_kw", "12.712"), ("efficiency", "88.5"), ("rated_kw", "15"))),
    Calculator(
        "motor-load-current", "电动机负载率（电流法）", "电动机",
        (_n("current_a", "实测电流", "A"),
         _n("rated_current_a", "额定电流", "A", "铭牌额定电流 I_N"),
         _n("no_load_current_a", "空载电流", "A", "空载电流 I0（实测或厂家数据）")),
        "负载率 β ≈ √((I² − I0²)/(I_N² − I0²))（近似，未计功率因数随负载的变化）", MOTOR_ZONE_STD,
        _motor_load_current, (("current_a", "20"), ("rated_current_a", "30"), ("no_load_current_a", "10"))),
    Calculator(
        "motor-replacement", "高效电动机替换节能量", "电动机",
        (_n("rated_kw", "额定功率", "kW", "原电动机额定功率 P_N（替换前后输出功率相同）"),
         _n("load", "负载率", "%", "β，" + LOAD_HELP),
         _n("efficiency_old", "原电动机效率", "%", PCT_HELP),
         _n("efficiency_new", "新电动机效率", "%", "如 GB 18613-2020 2级额定效率；" + PCT_HELP),
         HOURS, GRID),
        "P_out = P_N β；ΔP = P_out (1/η_old − 1/η_new)；ΔE = ΔP h；标准煤 = ΔE × 0.1229 kgce/kWh；CO2 = ΔE × EF",
        "REFERENCE §2.6 替换节能量公式 [M，通用工程公式]；电力折标准煤 0.1229 kgce/kWh 当量值（GB/T 2589，[V-2]）；"
        "按额定效率计，部分负载效率不同", _motor_replacement,
        (("rated_kw", "15"), ("load", "75"), ("efficiency_old", "88.5"), ("efficiency_new", "93.9"),
         ("hours", "6000"), ("grid_factor", "0.5366"))),
)


# --- transformers --------------------------------------------------------------------------------------------

TRANSFORMER_STD = "GB/T 13462《电力变压器经济运行》（[M]公式凭记忆，待核对原文；REFERENCE §2.7）"
P0 = _n("p0_kw", "空载损耗", "kW", "P0；GB 20052 表或铭牌以 W 给出时除以 1000")
PK = _n("pk_kw", "负载损耗", "kW", "Pk（短路损耗，额定电流时）")
SN = _n("rated_kva", "额定容量", "kVA", "S_N")
BETA = _n("load", "负载系数", "%", "β = S/S_N，" + LOAD_HELP)
HOURS_ON = _n("hours_on", "年运行小时数", "h", "T_on，0–8784 h")
TAU = _n("loss_hours", "最大负荷损耗小时数", "h", "τ，不大于年运行小时数；或按负荷曲线求得")


@dataclass(frozen=True)
class TransformerReplacement:
    load_new: float  # β of the new transformer at the same load (fraction)
    loss_old_kwh: float  # per year
    loss_new_kwh: float
    saving_kwh: float
    saving_tce: float  # 当量值
    saving_tco2: float
    trace: str


def _prefixed(prefix: str, call: Callable[[], Quantity]) -> Quantity:
    """Run ``call``; a ValidationError's field gets ``prefix`` (空载损耗 → 原变压器空载损耗)."""
    try:
        return call()
    except ValidationError as error:
        raise ValidationError(field=f"{prefix}{error.params['field']}", detail=error.params["detail"]) from None


def transformer_replacement(rated_kva: float, p0_old_kw: float, pk_old_kw: float, p0_new_kw: float,
                            pk_new_kw: float, load: float, hours_on: float, max_loss_hours: float,
                            grid_factor_kg_per_kwh: float, *, rated_kva_new: float | None = None,
                            kgce_per_kwh: float = ELECTRICITY_KGCE_PER_KWH) -> TransformerReplacement:
    """Savings of replacing a transformer: ΔA_old − ΔA_new at the same load, ΔA = P0 T_on + β² Pk τ (kWh/a).

    ``load`` is β of the old transformer as a fraction; the new one carries the same kVA, so
    β_new = β S_N,old / S_N,new (``rated_kva_new`` None: same capacity). tce at ``kgce_per_kwh`` (电力当量值),
    CO2 at the grid factor (kgCO2/kWh). A worse new transformer gives negative savings.
    """
    beta = load_rate(load, "负载系数")
    t_on = hours_per_year(hours_on, "年运行小时数")
    tau = hours_per_year(max_loss_hours, "最大负荷损耗小时数")
    if tau > t_on:
        raise ValidationError(field="最大负荷损耗小时数", detail=f"{fmt(tau)} h 大于年运行小时数 {fmt(t_on)} h")
    ef = grid_factor(grid_factor_kg_per_kwh)
    kgce = positive(kgce_per_kwh, "电力折标准煤系数")
    s_old = positive(rated_kva, "原变压器额定容量")
    s_new = s_old if rated_kva_new is None else positive(rated_kva_new, "新变压器额定容量")
    beta_new = beta * s_old / s_new
    if beta_new > MAX_LOAD_RATE:
        raise ValidationError(field="新变压器额定容量",
                              detail=f"同一负载下新变压器负载系数 {fmt(beta_new * 100, 1)} % 超过 150 %，容量过小")
    old = _prefixed("原变压器", lambda: el.transformer_annual_loss(p0_old_kw, pk_old_kw, s_old, beta, t_on, tau))
    new = _prefixed("新变压器", lambda: el.transformer_annual_loss(p0_new_kw, pk_new_kw, s_new, beta_new, t_on, tau))
    saving = old.value - new.value
    tce = saving * kgce / 1000
    tco2 = saving * ef / 1000
    same = "" if s_new == s_old else (f"新变压器负载系数 β' = β × S_N/S_N' = {fmt(beta)} × {fmt(s_old)}/{fmt(s_new)}"
                                      f" = {fmt(beta_new)}\n")
    trace = (f"原变压器：{old.trace}\n{same}新变压器：{new.trace}\n"
             f"年节电量 = ΔA_原 − ΔA_新 = {fmt(old.value, 1)} − {fmt(new.value, 1)} = {fmt(saving, 1)} kWh/a；"
             f"折标准煤 {fmt(saving, 1)} kWh × {fmt(kgce)} kgce/kWh（当量值）= {fmt(tce, 3)} tce/a；"
             f"CO2 {fmt(saving, 1)} kWh × {fmt(ef)} kgCO2/kWh = {fmt(tco2, 3)} tCO2/a")
    return TransformerReplacement(beta_new, old.value, new.value, saving, tce, tco2, trace)


def _transformer_operation(a: Args) -> Computed:
    r = el.transformer_operation(a.num("load_kw"), a.num("rated_kva"), a.num("cos_phi"), a.num("p0_kw"),
                                 a.num("pk_kw"))
    return [_pct("beta", "负载系数", r.beta), _out("loss_kw", "有功损耗", r.loss_kw, "kW"),
            _out("efficiency", "效率", r.efficiency_pct, "%", 2)], r.trace


def _transformer_annual_loss(a: Args) -> Computed:
    q = el.transformer_annual_loss(a.num("p0_kw"), a.num("pk_kw"), a.num("rated_kva"), _beta(a, "load", "负载系数"),
                                   a.num("hours_on"), a.num("loss_hours"))
    return [_out("loss_kwh", "年电能损耗", q.value, "kWh/a", 1)], q.trace


def _transformer_optimal_load(a: Args) -> Computed:
    q = el.transformer_optimal_load(a.num("p0_kw"), a.num("pk_kw"))
    return [_pct("beta_opt", "最佳负载系数", q.value)], q.trace


def _transformer_integrated_power(a: Args) -> Computed:
    r = el.transformer_integrated_power(a.num("p0_kw"), a.num("pk_kw"), a.num("rated_kva"), a.num("i0_pct"),
                                        a.num("uk_pct"), _beta(a, "load", "负载系数"), a.num("k_q"))
    return [_out("q0_kvar", "空载无功功率 Q0", r.q0_kvar, "kvar"),
            _out("qk_kvar", "额定负载无功功率 Qk", r.qk_kvar, "kvar"),
            _out("total_kw", "综合功率 P_Z", r.total_kw, "kW")], r.trace


def _transformer_replacement(a: Args) -> Computed:
    r = transformer_replacement(a.num("rated_kva"), a.num("p0_old_kw"), a.num("pk_old_kw"), a.num("p0_new_kw"),
                                a.num("pk_new_kw"), _beta(a, "load", "负载系数"), a.num("hours_on"),
                                a.num("loss_hours"), a.num("grid_factor"), rated_kva_new=a.opt("rated_kva_new"))
    return [
        _pct("load_new", "新变压器负载系数", r.load_new),
        _out("loss_old_kwh", "原变压器年电能损耗", r.loss_old_kwh, "kWh/a", 1),
        _out("loss_new_kwh", "新变压器年电能损耗", r.loss_new_kwh, "kWh/a", 1),
        _out("saving_kwh", "年节电量", r.saving_kwh, "kWh/a", 1),
        _out("saving_tce", "年节约标准煤（当量值）", r.saving_tce, "tce/a", 3),
        _out("saving_tco2", "年减排 CO2", r.saving_tco2, "tCO2/a", 3),
    ], r.trace


TRANSFORMER = (
    Calculator(
        "transformer-operation", "变压器运行负载系数、损耗与效率", "变压器",
        (_n("load_kw", "负载有功功率", "kW"), SN, _n("cos_phi", "功率因数", "", "cosφ，0–1"), P0, PK),
        "β = P / (S_N cosφ)；ΔP = P0 + β² Pk；η = P / (P + ΔP)", TRANSFORMER_STD, _transformer_operation,
        (("load_kw", "600"), ("rated_kva", "1000"), ("cos_phi", "0.9"), ("p0_kw", "0.83"), ("pk_kw", "10.3"))),
    Calculator(
        "transformer-annual-loss", "变压器年电能损耗", "变压器",
        (P0, PK, SN, BETA, HOURS_ON, TAU),
        "ΔA = P0 T_on + β² Pk τ", TRANSFORMER_STD, _transformer_annual_loss,
        (("p0_kw", "0.83"), ("pk_kw", "10.3"), ("rated_kva", "1000"), ("load", "60"), ("hours_on", "8760"),
         ("loss_hours", "4000"))),
    Calculator(
        "transformer-optimal-load", "变压器最佳负载系数", "变压器", (P0, PK),
        "β_opt = √(P0/Pk)（仅计有功损耗）", TRANSFORMER_STD, _transformer_optimal_load,
        (("p0_kw", "0.83"), ("pk_kw", "10.3"))),
    Calculator(
        "transformer-integrated-power", "变压器综合功率（计无功）", "变压器",
        (P0, PK, SN, _n("i0_pct", "空载电流百分数", "%", "I0 %，铭牌值"),
         _n("uk_pct", "短路阻抗百分数", "%", "Uk %，铭牌值"), BETA,
         _n("k_q", "无功经济当量", "kW/kvar", "K_Q，常见 0.02–0.1 kW/kvar [M]，无缺省值，按 GB/T 13462 选定")),
        "Q0 = I0% S_N；Qk = Uk% S_N；P_Z = (P0 + K_Q Q0) + β² (Pk + K_Q Qk)",
        TRANSFORMER_STD + "；K_Q 取值 [M]", _transformer_integrated_power,
        (("p0_kw", "0.83"), ("pk_kw", "10.3"), ("rated_kva", "1000"), ("i0_pct", "0.7"), ("uk_pct", "4.5"),
         ("load", "50"), ("k_q", "0.1"))),
    Calculator(
        "transformer-replacement", "变压器更换节能量", "变压器",
        (_n("rated_kva", "原变压器额定容量", "kVA"),
         _n("p0_old_kw", "原变压器空载损耗", "kW", "P0；以 W 给出时除以 1000"),
         _n("pk_old_kw", "原变压器负载损耗", "kW"),
         _n("rated_kva_new", "新变压器额定容量", "kVA", "空则与原变压器相同；容量不同时按同一负载折算负载系数",
            optional=True),
         _n("p0_new_kw", "新变压器空载损耗", "kW", "如 GB 20052-2024 1级或2级限值"),
         _n("pk_new_kw", "新变压器负载损耗", "kW"),
         _n("load", "负载系数", "%", "原变压器的负载系数 β，" + LOAD_HELP), HOURS_ON, TAU, GRID),
        "ΔA = P0 T_on + β² Pk τ（新旧各算一次，β_新 = β S_N,原/S_N,新）；节电量 = ΔA_原 − ΔA_新；"
        "标准煤 = 节电量 × 0.1229 kgce/kWh；CO2 = 节电量 × EF",
        TRANSFORMER_STD + "；电力折标准煤 0.1229 kgce/kWh 当量值（GB/T 2589，[V-2]）", _transformer_replacement,
        (("rated_kva", "1000"), ("p0_old_kw", "1.7"), ("pk_old_kw", "10.3"), ("p0_new_kw", "0.665"),
         ("pk_new_kw", "7.415"), ("load", "60"), ("hours_on", "8760"), ("loss_hours", "4000"),
         ("grid_factor", "0.5366"))),
)


# --- air compressors -----------------------------------------------------------------------------------------


def _compressor_grade(a: Args) -> Computed:
    sp = fl.compressor_specific_power(a.num("input_kw"), a.num("flow_m3_min"))
    grade = grade_compressor(a.opt_dec("rated_kw"), a.opt_dec("pressure_mpa"), a.opt_choice("cooling"), sp.value)
    outputs = [_out("specific_power", "机组输入比功率", sp.value, sp.unit, 2),
               _text("grade", "能效等级（GB 19153-2019）", grade.label_zh)]
    return outputs, _lines(sp.trace, "能效等级（按未修约的比功率判定）：", *grade.trace)


def _compressor_leak_rate(a: Args) -> Computed:
    q = fl.compressor_leak_rate(a.num("load_seconds"), a.num("unload_seconds"))
    outputs = [_out("leak_pct", "泄漏率", q.value, "%", 1)]
    flow = a.opt("flow_m3_min")
    if flow is None:
        return outputs, q.trace
    flow = positive(flow, "排气量")
    leak = flow * q.value / 100
    outputs.append(_out("leak_m3_min", "泄漏量", leak, "m³/min", 3))
    return outputs, _lines(q.trace, f"泄漏量 = 排气量 × 泄漏率 = {fmt(flow)} m³/min × {fmt(q.value, 1)} % = "
                                    f"{fmt(leak, 3)} m³/min")


def _compressor_leak_energy(a: Args) -> Computed:
    q = fl.compressor_leak_energy(a.num("leak_m3_min"), a.num("specific_power"), a.num("hours"))
    return [_out("energy_kwh", "泄漏年耗电量", q.value, "kWh/a", 1)], q.trace


def _compressor_pressure_reduction(a: Args) -> Computed:
    r = fl.compressor_pressure_reduction(a.num("input_kw"), a.num("reduction_mpa"), a.num("hours"),
                                         pct_per_0_1_mpa=a.num("pct_per_0_1_mpa"))
    return [_out("saving_pct", "节电率", r.saving_pct, "%", 1), _out("saving_kw", "节约功率", r.saving_kw, "kW"),
            _out("saving_kwh", "年节电量", r.saving_kwh, "kWh/a", 1)], r.trace


COMPRESSOR = (
    Calculator(
        "compressor-specific-power", "空压机比功率与能效等级", "空压机",
        (_n("input_kw", "输入功率", "kW", "实测机组输入有功功率"),
         _n("flow_m3_min", "排气量", "m³/min", "实测容积流量（按吸气状态，GB/T 3853）"),
         _n("rated_kw", "额定功率", "kW", "定级用：电动机额定功率；空则不定级", optional=True),
         _n("pressure_mpa", "额定排气压力", "MPa", "定级用：如 0.7、0.8、1.0；空则不定级", optional=True),
         _choice("cooling", "冷却方式", (("air", "风冷"), ("liquid", "水冷（液冷）")), "定级用；空则不定级",
                 optional=True)),
        "SP = P_in / Q（kW/(m³/min)，越低越好）；SP ≤ 某级限值即达该级",
        "GB 19153-2019《容积式空气压缩机能效限定值及能效等级》表1，一般用喷油回转（螺杆）定速机型，"
        "只转录了部分样本行（限值 [V-2]），其他机型与未收录规格不作判定；现场测试值仅作参考，"
        "正式定级须按 GB/T 3853 测试 [M/I]", _compressor_grade,
        (("input_kw", "41.0"), ("flow_m3_min", "5.9"), ("rated_kw", "37"), ("pressure_mpa", "0.8"),
         ("cooling", "air"))),
    Calculator(
        "compressor-leak-rate", "压缩空气系统泄漏率（加卸载法）", "空压机",
        (_n("load_seconds", "加载时间", "s", "停用全部用气设备后，一个周期内的加载时间"),
         _n("unload_seconds", "卸载时间", "s"),
         _n("flow_m3_min", "排气量", "m³/min", "可选：空压机排气量，用于折算泄漏量", optional=True)),
        "泄漏率 = t_加载 / (t_加载 + t_卸载)；泄漏量 = Q × 泄漏率", "现场经验方法 [M/I]（REFERENCE §2.8）",
        _compressor_leak_rate, (("load_seconds", "20"), ("unload_seconds", "80"), ("flow_m3_min", "5.9"))),
    Calculator(
        "compressor-leak-energy", "压缩空气泄漏年耗电量", "空压机",
        (_n("leak_m3_min", "泄漏量", "m³/min"),
         _n("specific_power", "比功率", "kW/(m³/min)", "机组输入比功率"), HOURS),
        "E = Q_泄漏 × SP × h", "通用工程算法 [M]", _compressor_leak_energy,
        (("leak_m3_min", "1.18"), ("specific_power", "6.95"), ("hours", "6000"))),
    Calculator(
        "compressor-pressure-reduction", "空压机降压节电量", "空压机",
        (_n("input_kw", "输入功率", "kW"),
         _n("reduction_mpa", "降压幅度", "MPa", "排气压力降低值，仅适用于小幅降压"), HOURS,
         _n("pct_per_0_1_mpa", "每 0.1 MPa 节电率", "%", "经验值约 7 % [M]，未核对", default="7")),
        "节电率 ≈ k × Δp / 0.1 MPa（k ≈ 7 %）；ΔP = P_in × 节电率；ΔE = ΔP × h",
        "经验值：每降低 0.1 MPa 约节电 7 % [M]（REFERENCE §2.8）", _compressor_pressure_reduction,
        (("input_kw", "41"), ("reduction_mpa", "0.1"), ("hours", "6000"))),
)


# --- pumps and fans ------------------------------------------------------------------------------------------


def _flow_m3s(a: Args, key: str, label: str, *, strictly_positive: bool = False) -> tuple[float, str]:
    """Flow typed in m³/h, checked in m³/h, converted to m³/s; with the trace line."""
    q_h = a.num(key)
    q_h = positive(q_h, label) if strictly_positive else non_negative(q_h, label)
    q = q_h / 3600
    return q, f"换算：{label} Q = {fmt(q_h)} m³/h ÷ 3600 = {fmt(q, 6)} m³/s"


def _basis(a: Args) -> fl.Basis:
    return "electric" if a.choice("basis") == "electric" else "shaft"


def _pump_efficiency(a: Args) -> Computed:
    q, note = _flow_m3s(a, "flow_m3_h", "流量")
    basis = _basis(a)
    r = fl.pump_efficiency(q, a.num("head_m"), a.num("power_kw"), density=a.num("density"), basis=basis)
    label = "机组效率" if basis == "electric" else "泵效率"
    return [_out("useful_kw", "有效功率", r.useful_kw, "kW"), _out("efficiency", label, r.efficiency_pct, "%", 2)], \
        _lines(note, r.trace)


def _pump_specific_speed(a: Args) -> Computed:
    q, note = _flow_m3s(a, "flow_m3_h", "流量", strictly_positive=True)
    r = fl.pump_specific_speed(a.num("speed_rpm"), q, a.num("head_m"), stages=a.int_("stages"),
                               double_suction=a.choice("suction") == "double")
    return [_out("ns", "比转速 ns", r.value, "", 1)], _lines(note, r.trace)


def _fan_efficiency(a: Args) -> Computed:
    q, note = _flow_m3s(a, "flow_m3_h", "风量")
    basis = _basis(a)
    r = fl.fan_efficiency(q, a.num("total_pressure_pa"), a.num("power_kw"),
                          compressibility=a.num("compressibility"), basis=basis)
    label = "机组效率" if basis == "electric" else "风机效率"
    return [_out("useful_kw", "空气功率", r.useful_kw, "kW"), _out("efficiency", label, r.efficiency_pct, "%", 2)], \
        _lines(note, r.trace)


def _affinity(a: Args) -> Computed:
    head_unit = a.choice("head_unit")
    r = fl.affinity_speed_change(a.num("flow_m3_h"), a.num("head"), a.num("power_kw"), a.num("speed_before"),
                                 a.num("speed_after"), flow_unit="m³/h", head_unit=head_unit)
    outputs = [_out("speed_ratio", "转速比 n2/n1", r.speed_ratio), _out("flow", "调速后流量", r.flow, "m³/h"),
               _out("head", "调速后扬程/压力", r.head, head_unit), _out("power_kw", "调速后功率", r.power_kw, "kW"),
               _out("saving_kw", "节约功率（上限）", r.saving_kw, "kW")]
    hours = a.opt("hours")
    if hours is None:
        return outputs, r.trace
    h = hours_per_year(hours, "年运行小时数")
    outputs.append(_out("saving_kwh", "年节电量（上限）", r.saving_kw * h, "kWh/a", 1))
    return outputs, _lines(r.trace, f"年节电量（上限）= {fmt(r.saving_kw)} kW × {fmt(h)} h = "
                                    f"{fmt(r.saving_kw * h, 1)} kWh/a")


BASIS = _choice("basis", "功率基准", SHAFT_OR_ELECTRIC, "实测的是轴功率还是电动机输入功率", default="shaft")
POWER = _n("power_kw", "功率", "kW", "按“功率基准”：轴功率或电动机输入功率", aliases=("轴功率", "电动机输入功率"))
PUMP_FAN = (
    Calculator(
        "pump-efficiency", "水泵效率（实测流量、扬程、功率）", "泵与风机",
        (_n("flow_m3_h", "流量", "m³/h", "流量计读数 m³/h，计算时 ÷ 3600 换算为 m³/s"),
         _n("head_m", "扬程", "m", "实测总扬程"),
         BASIS, POWER, _n("density", "密度", "kg/m³", "液体密度，清水 1000", default="1000")),
        "P_u = ρ g Q H / 1000；η = P_u / P（g = 9.80665 m/s²）",
        "REFERENCE §2.10 现场效率公式 [M，通用工程公式]", _pump_efficiency,
        (("flow_m3_h", "180"), ("head_m", "32"), ("power_kw", "20"))),
    Calculator(
        "pump-specific-speed", "水泵比转速", "泵与风机",
        (_n("speed_rpm", "转速", "r/min"),
         _n("flow_m3_h", "流量", "m³/h", "设计点（最高效率点）流量，÷ 3600 换算为 m³/s"),
         _n("head_m", "扬程", "m", "总扬程；多级泵按级数折算为单级扬程"),
         Input("stages", "级数", "", "int", "1", help="叶轮级数（整数）"),
         _choice("suction", "吸入方式", (("single", "单吸"), ("double", "双吸（Q 取一半）")), default="single")),
        "ns = 3.65 n √Q / H^0.75（Q 为 m³/s，双吸取 Q/2，H 为单级扬程）",
        "GB 19762 比转速公式（REFERENCE §2.10，[V-2]）", _pump_specific_speed,
        (("speed_rpm", "2900"), ("flow_m3_h", "180"), ("head_m", "40"))),
    Calculator(
        "fan-efficiency", "风机效率（实测风量、全压、功率）", "泵与风机",
        (_n("flow_m3_h", "风量", "m³/h", "进口状态风量 m³/h，计算时 ÷ 3600 换算为 m³/s"),
         _n("total_pressure_pa", "全压升", "Pa", "风机出口与进口全压之差 p_F"), BASIS, POWER,
         _n("compressibility", "压缩性系数", "", "K_p（ISO 5801，0.8–1），缺省 1 即 REFERENCE 公式", default="1")),
        "P_a = Q p_F K_p / 1000；η = P_a / P",
        "REFERENCE §2.9 现场效率公式 [M，通用工程公式]；K_p 按 ISO 5801 [M]", _fan_efficiency,
        (("flow_m3_h", "36000"), ("total_pressure_pa", "2000"), ("power_kw", "25"))),
    Calculator(
        "affinity-speed-change", "调速节能（相似定律）", "泵与风机",
        (_n("flow_m3_h", "流量", "m³/h", "调速前流量"),
         _choice("head_unit", "扬程/压力单位", (("m", "m（水泵扬程）"), ("Pa", "Pa（风机全压）")), default="m"),
         _n("head", "扬程/压力", "m 或 Pa", "调速前扬程（m）或全压（Pa），单位按上一项"),
         _n("power_kw", "功率", "kW", "调速前功率"),
         _n("speed_before", "调速前转速", "r/min", "也可用 Hz，前后单位一致即可"),
         _n("speed_after", "调速后转速", "r/min", "也可用 Hz，前后单位一致即可"),
         _n("hours", "年运行小时数", "h", "可选：用于年节电量", optional=True)),
        "Q2 = Q1 r；H2 = H1 r²；P2 = P1 r³（r = n2/n1）；节约 = P1 − P2",
        "相似定律 [M]：只适用于无静扬程的管路，静扬程与变频器损耗使实际节电低于此值，结果为上限",
        _affinity,
        (("flow_m3_h", "100"), ("head", "30"), ("power_kw", "50"), ("speed_before", "50"), ("speed_after", "40"),
         ("hours", "6000"))),
)


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
T_SAT_MAX_C = 350.0  # IF97 saturation states from regions 1 and 2 (if97.saturated)


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
    enthalpies = [Output("h_steam", "蒸汽焓 h_s", "kJ/kg", _sig(h_s)),
                  Output("h_feed", "给水焓 h_fw", "kJ/kg", _sig(h_fw))]
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
    enthalpies = [Output("h_out", "出水焓 h_out", "kJ/kg", _sig(h_out)),
                  Output("h_in", "进水焓 h_in", "kJ/kg", _sig(h_in))]
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
    q = el.power_factor_from_power(a.num("active_kw"), a.num("apparent_kva"))
    return [_out("cos_phi", "功率因数", q.value)], q.trace


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
        "power-factor-power", "功率因数（功率法）", "电能质量",
        (_n("active_kw", "有功功率", "kW"), _n("apparent_kva", "视在功率", "kVA")),
        "cosφ = P / S", PF_STD, _pf_power, (("active_kw", "80"), ("apparent_kva", "100"))),
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

PIPE_STD = ("传热学标准方法 [M]：水平圆管空气自然对流 α_c = 1.32 (ΔT/D)^0.25 与辐射 α_r；REFERENCE 未给公式；"
            "热力当量值 0.03412 kgce/MJ（GB/T 2589，[V-2]）；不计风速，室外管道散热大于此估算")
EMISSIVITY_HELP = "ε，0–1；常见值 [M]：氧化钢管约 0.8–0.9，镀锌铁皮约 0.25–0.3，铝皮约 0.1–0.3"


def _mm(a: Args, key: str, label: str) -> tuple[float, str]:
    d_mm = positive(a.num(key), label)
    return d_mm / 1000, f"{label} {fmt(d_mm)} mm = {fmt(d_mm / 1000)} m"


def _pipe(r: pipe_heat_loss.PipeHeatLoss, note: str, *, surface: bool) -> Computed:
    outputs = [_out("loss_w_per_m", "单位长度散热损失", r.loss_w_per_m, "W/m", 2)]
    if surface:
        outputs.append(_out("surface_c", "外表面温度", r.surface_c, "°C", 2))
    outputs += [_out("coefficient", "表面换热系数 α", r.coefficient, "W/(m²·K)", 3),
                _out("annual_kwh", "年散热量", r.annual_kwh, "kWh/a", 1),
                _out("annual_tce", "年散热折标准煤（当量值）", r.annual_tce, "tce/a", 3)]
    return outputs, _lines(note, r.trace)


def _pipe_bare(a: Args) -> Computed:
    d, note = _mm(a, "diameter_mm", "管道外径")
    r = pipe_heat_loss.bare_pipe_heat_loss(a.num("pipe_c"), a.num("air_c"), d, a.num("emissivity"),
                                           hours=a.num("hours"), length_m=a.num("length_m"))
    return _pipe(r, f"换算：{note}", surface=False)


def _pipe_insulated(a: Args) -> Computed:
    d_i, note_i = _mm(a, "inner_d_mm", "保温层内径")
    d_o, note_o = _mm(a, "outer_d_mm", "保温层外径")
    r = pipe_heat_loss.insulated_pipe_heat_loss(a.num("inner_c"), a.num("air_c"), d_i, d_o, a.num("conductivity"),
                                                a.num("emissivity"), hours=a.num("hours"),
                                                length_m=a.num("length_m"))
    return _pipe(r, f"换算：{note_i}，{note_o}", surface=True)


AIR_C = _n("air_c", "环境温度", "°C", "静止室内空气温度")
PIPE_HOURS = _n("hours", "年运行小时数", "h", "0–8784 h；0 则不计年散热量", default="0")
LENGTH = _n("length_m", "管道长度", "m", "用于年散热量", default="1")
PIPE = (
    Calculator(
        "pipe-bare", "裸管散热损失", "保温",
        (_n("pipe_c", "管道表面温度", "°C", "取介质温度（忽略管壁热阻）"), AIR_C,
         _n("diameter_mm", "管道外径", "mm", "计算时 ÷ 1000 换算为 m"),
         _n("emissivity", "表面发射率", "", EMISSIVITY_HELP), PIPE_HOURS, LENGTH),
        "q = α π D (t − t_a)，α = α_c + α_r；E = q L h / 1000；标准煤 = E × 3.6 × 0.03412 / 1000",
        PIPE_STD, _pipe_bare,
        (("pipe_c", "150"), ("air_c", "20"), ("diameter_mm", "108"), ("emissivity", "0.9"))),
    Calculator(
        "pipe-insulated", "保温管道散热损失", "保温",
        (_n("inner_c", "保温层内表面温度", "°C", "取介质温度（忽略管壁与管内换热热阻）"), AIR_C,
         _n("inner_d_mm", "保温层内径", "mm", "即管道外径；÷ 1000 换算为 m"),
         _n("outer_d_mm", "保温层外径", "mm", "含保温层的外径；÷ 1000 换算为 m"),
         _n("conductivity", "保温材料导热系数", "W/(m·K)", "λ，按平均温度取值"),
         _n("emissivity", "表面发射率", "", "外护层的 " + EMISSIVITY_HELP), PIPE_HOURS, LENGTH),
        "q = 2πλ(t_in − t_s)/ln(D_o/D_i) = α π D_o (t_s − t_a)，二分法解 t_s；E = q L h / 1000",
        PIPE_STD, _pipe_insulated,
        (("inner_c", "150"), ("air_c", "20"), ("inner_d_mm", "108"), ("outer_d_mm", "208"),
         ("conductivity", "0.05"), ("emissivity", "0.3"), ("hours", "8000"), ("length_m", "100"))),
)


# --- water and steam (IAPWS-IF97) ----------------------------------------------------------------------------

IF97_STD = "IAPWS-IF97（IAPWS R7-97(2012)）基本方程 [V：已按发布文件验证表核对至相对 1e-8]"
REGION_NAMES = {1: "第 1 区（未饱和水）", 2: "第 2 区（过热蒸汽）", 3: "第 3 区（近临界区）", 5: "第 5 区（高温蒸汽）"}
PRESSURE = _n("p_mpa", "压力", "MPa", "绝对压力（表压 + 当地大气压，约 0.1 MPa）")


def _celsius(a: Args, key: str, upper: float) -> float:
    t = a.num(key)
    if not 0 <= t <= upper:
        raise ValidationError(field="温度", detail=f"{fmt(t)} °C 超出范围（0–{fmt(upper)} °C）")
    return t


def _steam_pt(a: Args) -> Computed:
    p, t = a.num("p_mpa"), _celsius(a, "t_c", 2000)
    st = if97.steam(p, t)
    rho = 1 / st.v
    outputs = [_text("region", "IF97 分区", REGION_NAMES[st.region]), Output("v", "比体积", "m³/kg", _sig(st.v)),
               Output("rho", "密度", "kg/m³", _sig(rho)), Output("h", "比焓", "kJ/kg", _sig(st.h)),
               Output("s", "比熵", "kJ/(kg·K)", _sig(st.s)), Output("cp", "定压比热容", "kJ/(kg·K)", _sig(st.cp))]
    region3 = "，由第 3 区方程迭代求密度" if st.region == 3 else ""
    trace = (f"IAPWS-IF97：p = {fmt(p)} MPa，t = {fmt(t)} °C（T = {fmt(t + ZERO_C, 2)} K）位于{REGION_NAMES[st.region]}"
             f"{region3}；v = {_sig(st.v)} m³/kg，ρ = 1/v = {_sig(rho)} kg/m³，"
             f"h = {_sig(st.h)} kJ/kg，s = {_sig(st.s)} kJ/(kg·K)，cp = {_sig(st.cp)} kJ/(kg·K)"
             f"（饱和线上的状态按液态计）")
    return outputs, trace


def _saturation(sat: if97.Saturation, head: list[Output], first: str) -> Computed:
    outputs = [*head, Output("h_liquid", "饱和水比焓 h′", "kJ/kg", _sig(sat.h_liquid)),
               Output("h_vapour", "饱和蒸汽比焓 h″", "kJ/kg", _sig(sat.h_vapour)),
               Output("latent_heat", "汽化潜热 r", "kJ/kg", _sig(sat.latent_heat)),
               Output("s_liquid", "饱和水比熵 s′", "kJ/(kg·K)", _sig(sat.s_liquid)),
               Output("s_vapour", "饱和蒸汽比熵 s″", "kJ/(kg·K)", _sig(sat.s_vapour)),
               Output("v_liquid", "饱和水比体积 v′", "m³/kg", _sig(sat.v_liquid)),
               Output("v_vapour", "饱和蒸汽比体积 v″", "m³/kg", _sig(sat.v_vapour))]
    trace = (f"{first}；饱和水按第 1 区、饱和蒸汽按第 2 区方程在 T_sat 下计算：h′ = {_sig(sat.h_liquid)}，"
             f"h″ = {_sig(sat.h_vapour)}，r = h″ − h′ = {_sig(sat.latent_heat)} kJ/kg；s′ = {_sig(sat.s_liquid)}，"
             f"s″ = {_sig(sat.s_vapour)} kJ/(kg·K)；v′ = {_sig(sat.v_liquid)}，v″ = {_sig(sat.v_vapour)} m³/kg")
    return outputs, trace


def _saturation_p(a: Args) -> Computed:
    sat = if97.saturated(a.num("p_mpa"))
    first = f"IAPWS-IF97 饱和线（第 4 区）：p = {fmt(sat.p_mpa)} MPa → t_sat = {_sig(sat.t_sat_c)} °C"
    return _saturation(sat, [Output("t_sat", "饱和温度", "°C", _sig(sat.t_sat_c))], first)


def _saturation_t(a: Args) -> Computed:
    t = _celsius(a, "t_c", T_SAT_MAX_C)
    p = min(if97.p_sat(t + ZERO_C), if97.P_SAT_13)  # at 350 °C p_sat exceeds the rounded P_SAT_13 by 5e-12 MPa
    sat = if97.saturated(p)
    first = f"IAPWS-IF97 饱和线（第 4 区）：t = {fmt(t)} °C → p_sat = {_sig(p)} MPa"
    return _saturation(sat, [Output("p_sat", "饱和压力", "MPa", _sig(p))], first)


def _t_from_ph(a: Args) -> Computed:
    p, h = a.num("p_mpa"), a.num("h_kj_kg")
    t_k = if97.t_from_ph(p, h)
    reg = if97.region(p, t_k)
    t_c = t_k - ZERO_C
    trace = (f"IAPWS-IF97：在 p = {fmt(p)} MPa 下解 h(p, T) = {fmt(h)} kJ/kg（二分法，|ΔT| ≤ 1e-10 K）→ "
             f"T = {fmt(t_k, 4)} K = {fmt(t_c, 4)} °C，{REGION_NAMES[reg]}；正向方程的精确反解，"
             f"与 IF97 反向方程相差约 0.01–0.03 K")
    return [Output("t", "温度", "°C", fmt(t_c, 4)), _text("region", "IF97 分区", REGION_NAMES[reg])], trace


STEAM = (
    Calculator(
        "steam-pt", "水和水蒸气性质（压力、温度）", "水和水蒸气",
        (PRESSURE, _n("t_c", "温度", "°C", "0–800 °C（压力 ≤ 50 MPa 时至 2000 °C）")),
        "IF97 分区判定后按该区基本方程求 v、h、s、cp（第 3 区按 p、T 迭代求密度）", IF97_STD, _steam_pt,
        (("p_mpa", "3"), ("t_c", "26.85"))),
    Calculator(
        "steam-saturation-p", "饱和水和饱和蒸汽性质（按压力）", "水和水蒸气",
        (_n("p_mpa", "压力", "MPa", "绝对压力，0.000611213–16.529 MPa（饱和温度 0–350 °C）"),),
        "T_sat(p) 按 IF97 式 (31)；h′、s′、v′ 按第 1 区，h″、s″、v″ 按第 2 区；r = h″ − h′", IF97_STD,
        _saturation_p, (("p_mpa", "0.1"),)),
    Calculator(
        "steam-saturation-t", "饱和水和饱和蒸汽性质（按温度）", "水和水蒸气",
        (_n("t_c", "温度", "°C", "饱和温度，0–350 °C"),),
        "p_sat(T) 按 IF97 式 (30)；h′、s′、v′ 按第 1 区，h″、s″、v″ 按第 2 区；r = h″ − h′", IF97_STD,
        _saturation_t, (("t_c", "100"),)),
    Calculator(
        "steam-t-from-ph", "由压力、比焓求温度", "水和水蒸气",
        (PRESSURE, _n("h_kj_kg", "比焓", "kJ/kg", "第 1 区（水）或第 2 区（蒸汽）；湿蒸汽区请用饱和性质计算")),
        "解 h(p, T) = h 求 T（第 1、2 区正向方程的精确反解）",
        IF97_STD + "；非 IF97 反向方程，与其验证表相差约 0.01–0.03 K", _t_from_ph,
        (("p_mpa", "3"), ("h_kj_kg", "500"))),
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


CALCULATORS: dict[str, Calculator] = {
    c.id: c for c in (*MOTOR, *TRANSFORMER, *COMPRESSOR, *PUMP_FAN, *BOILER, *POWER_QUALITY, *PIPE, *STEAM,
                      *ECONOMICS, *CO2)
}
