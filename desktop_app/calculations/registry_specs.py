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

from desktop_app.calculations import calculators_air as air
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

GROUPS = ("电动机", "变压器", "空压机", "泵与风机", "锅炉", "电能质量", "保温", "水和水蒸气", "经济性", "碳排放")

#: Input keys that are numbers without a unit (fractions, ratios, counts). Every other numeric input has a unit.
DIMENSIONLESS = frozenset({
    "cos_phi", "cos_before", "cos_after",  # power factors
    "emissivity",  # surface emissivity ε
    "compressibility",  # fan compressibility coefficient K_p
    "stages",  # number of pump or compressor stages
    "count",  # number of leaks
    "k",  # ratio of specific heats
    "cd",  # discharge coefficient
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
    """One result row. ``text`` is what the form and the text output show (rounded by ``fmt``, or a text such as
    the operating zone); ``value`` is the unrounded number behind it (None for a text output), for ``--json`` and
    for rounding to another number of significant digits (``calculators.round_significant``)."""

    key: str
    label: str  # 简体中文
    unit: str
    text: str
    value: float | None = None


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
    return Output(key, label, unit, fmt(value, decimals), value)


def _pct(key: str, label: str, fraction: float) -> Output:
    """A fraction (β 0.75) shown in percent ("75", "%")."""
    return Output(key, label, "%", fmt(fraction * 100, 2), fraction * 100)


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

ATM = _n("atm_mpa", "当地大气压", "MPa", "表压换算为绝对压力；海平面约 0.1013，高海拔按当地值", default="0.1013")


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
    r = air.compressor_pressure_reduction_adiabatic(
        a.num("input_kw"), a.num("pressure_mpa"), a.num("reduction_mpa"), a.num("hours"), atm_mpa=a.num("atm_mpa"),
        suction_mpa=a.opt("suction_mpa"), stages=a.int_("stages"), k=a.num("k"),
        pct_per_0_1_mpa=a.num("pct_per_0_1_mpa"))
    return [_out("saving_pct", "节电率（等熵压缩功比）", r.saving_pct, "%", 2),
            _out("saving_kw", "节约功率", r.saving_kw, "kW"),
            _out("saving_kwh", "年节电量", r.saving_kwh, "kWh/a", 1),
            _out("rule_saving_pct", "对照：经验值节电率（不作结果）", r.rule_saving_pct, "%", 2),
            _out("rule_saving_kwh", "对照：经验值年节电量（不作结果）", r.rule_saving_kwh, "kWh/a", 1)], r.trace


def _compressor_leak_orifice(a: Args) -> Computed:
    r = air.orifice_leak(a.num("diameter_mm"), a.num("pressure_mpa"), a.num("air_c"), count=a.int_("count"),
                         cd=a.num("cd"), atm_mpa=a.num("atm_mpa"), ref_c=a.num("ref_c"),
                         specific_power=a.opt("specific_power"), hours=a.num("hours"))
    return [_text("regime", "流态", "临界流（壅塞）" if r.choked else "亚临界流"),
            _out("mass_kg_s", "质量流量", r.mass_flow_kg_s, "kg/s", 6),
            _out("leak_m3_min", "泄漏量（自由空气）", r.free_air_m3_min, "m³/min", 4),
            _out("energy_kwh", "泄漏年耗电量", r.energy_kwh, "kWh/a", 1)], r.trace


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
        "收录 1.5–400 kW、0.3–1.25 MPa 六档压力（限值 [S-1]），400 kW 以上、其他机型与表外规格不作判定、不插值；"
        "现场测试值仅作参考，"
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
        "compressor-leak-orifice", "压缩空气泄漏量（孔口法）", "空压机",
        (_n("diameter_mm", "孔径", "mm", "泄漏孔当量直径"),
         _n("pressure_mpa", "管网压力", "MPa", "泄漏点处压力（表压）"),
         _n("air_c", "压缩空气温度", "°C", "泄漏点处压缩空气温度 T1", default="20"),
         Input("count", "泄漏点数", "", "int", "1", help="同样孔径、压力的泄漏点个数"),
         _n("cd", "流量系数", "", "Cd，假设值：锐边孔口约 0.61 [M]；实际泄漏缝隙形状不同，结果为估算",
            default="0.61"),
         ATM,
         _n("ref_c", "基准温度", "°C", "自由空气量的基准状态温度（吸气温度），压力取当地大气压", default="20"),
         _n("specific_power", "比功率", "kW/(m³/min)", "可选：机组输入比功率（按吸气状态），用于年耗电量",
            optional=True),
         _n("hours", "年运行小时数", "h", "0–8784 h；0 则不计年耗电量", default="0")),
        "p_a/p1 ≤ 0.528 时 ṁ = Cd·A·p1·√(k/(R·T1))·(2/(k+1))^((k+1)/(2(k−1)))，否则按亚临界流公式；"
        "Q = ṁ·R·T_ref/p_ref；E = Q × SP × h（k = 1.4，R = 287.05 J/(kg·K)）",
        "理想气体孔口流动（临界流）教科书公式 [M]；Cd 0.61 为锐边孔口假设值 [M]", _compressor_leak_orifice,
        (("diameter_mm", "3"), ("pressure_mpa", "0.7"), ("specific_power", "6.95"), ("hours", "6000"))),
    Calculator(
        "compressor-pressure-reduction", "空压机降压节电量（等熵压缩功比）", "空压机",
        (_n("input_kw", "输入功率", "kW"),
         _n("pressure_mpa", "排气压力", "MPa", "降压前的排气压力（表压）"),
         _n("reduction_mpa", "降压幅度", "MPa", "排气压力降低值"), HOURS, ATM,
         _n("suction_mpa", "吸气压力", "MPa", "吸气绝对压力 p0；空则取当地大气压", optional=True),
         Input("stages", "压缩级数", "", "int", "1", help="1–4；多级按各级压比相等、级间冷却至吸气温度"),
         _n("k", "绝热指数", "", "k，空气 1.4", default="1.4"),
         _n("pct_per_0_1_mpa", "每 0.1 MPa 节电率", "%", "仅作对照的经验值（约 7 % [M]，未核对），不作结果",
            default="7")),
        "节电率 = 1 − W(p2)/W(p1)，W(p) ∝ n·k/(k−1)·[(p/p0)^((k−1)/(k·n)) − 1]（绝对压力）；ΔP = P_in × 节电率；"
        "ΔE = ΔP × h；对照：经验值 节电率 ≈ 7 % × Δp/0.1 MPa",
        "理想气体等熵压缩功比 [M，教科书公式]，排气量与压缩机效率不变；经验值每 0.1 MPa 约 7 % [M] 仅作对照",
        _compressor_pressure_reduction,
        (("input_kw", "41"), ("pressure_mpa", "0.8"), ("reduction_mpa", "0.1"), ("hours", "6000"))),
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
