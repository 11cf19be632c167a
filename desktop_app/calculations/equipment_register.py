"""The equipment register's types: their nameplate and operating fields, and the grade and eliminated-equipment
check of one device (PRODUCT.md §5, REFERENCE.md §2.6–§2.11 and §4 item 6).

Each equipment type is declared once here; the register page, the Excel import, the CLI and the report read these
declarations, so a field's label, unit and rule never drift apart. A device's fields are held as text (as the
engineer typed them); ``grade`` and ``eliminated`` parse them through the graders, which reject impossible values
with a ``ValidationError`` naming the field.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop_app.calculations import equipment_grading as eg
from desktop_app.calculations import equipment_grading_more as egm
from desktop_app.calculations.elimination import EliminationResult, check_eliminated
from desktop_app.domain.errors import ValidationError

__all__ = ["COMMON", "KINDS", "EquipmentKind", "FieldSpec", "clean_params", "eliminated", "grade", "kind"]


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str  # 简体中文, as the forms and reports say it
    unit: str = ""
    kind: str = "decimal"  # decimal | int | choice | text | bool
    choices: tuple[tuple[str, str], ...] = ()  # (stored value, 简体中文 label)
    minimum: Decimal | None = None  # inclusive
    maximum: Decimal | None = None  # inclusive
    graded: bool = False  # an input of the grade (missing → 无法判定)

    @property
    def heading(self) -> str:
        return f"{self.label}（{self.unit}）" if self.unit else self.label

    def choice_label(self, value: str) -> str:
        return dict(self.choices).get(value, value)


@dataclass(frozen=True)
class EquipmentKind:
    key: str
    label: str
    standard: str  # the product standard it is graded against ("" when none)
    fields: tuple[FieldSpec, ...]
    elimination_type: str = ""  # equipment type in the eliminated-equipment catalogues ("" → not checked)

    def field(self, key: str) -> FieldSpec:
        for f in self.fields:
            if f.key == key:
                return f
        raise KeyError(key)


def _d(text: str) -> Decimal:
    return Decimal(text)


_POLES = (("2", "2极"), ("4", "4极"), ("6", "6极"), ("8", "8极"), ("10", "10极"), ("12", "12极"))


def _f(key: str, label: str, unit: str = "", **kw: object) -> FieldSpec:
    return FieldSpec(key, label, unit, **kw)  # type: ignore[arg-type]


def _pct(key: str, label: str, *, graded: bool = False) -> FieldSpec:
    return FieldSpec(key, label, "%", minimum=_d("0"), maximum=_d("100"), graded=graded)


def _choices(mapping: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple(mapping.items())


#: fields every device has (columns of the equipment table, not params)
COMMON: tuple[FieldSpec, ...] = (
    _f("tag", "设备编号", kind="text"),
    _f("name", "设备名称", kind="text"),
    _f("model", "型号", kind="text"),
    _f("manufacturer", "制造厂", kind="text"),
    _f("quantity", "台数", "台", kind="int", minimum=_d("1"), maximum=_d("100000")),
    _f("location", "安装位置（车间/工序）", kind="text"),
    _f("year", "出厂/投运年份", kind="int", minimum=_d("1900"), maximum=_d("2100")),
    _f("hours", "年运行小时数", "h/a", minimum=_d("0"), maximum=_d("8784")),
    _f("note", "备注", kind="text"),
)

_MOTOR = (
    _f("rated_kw", "额定功率", "kW", minimum=_d("0.001"), graded=True),
    _f("poles", "极数", kind="choice", choices=_POLES, graded=True),
    _pct("efficiency", "额定效率", graded=True),
    _f("voltage_v", "额定电压", "V", minimum=_d("1")),
    _f("frequency_hz", "额定频率", "Hz", minimum=_d("1")),
    _f("rated_current_a", "额定电流", "A", minimum=_d("0")),
    _f("no_load_current_a", "空载电流", "A", minimum=_d("0")),
    _f("speed_rpm", "额定转速", "r/min", minimum=_d("0")),
    _f("frame_mm", "机座号（中心高）", "mm", minimum=_d("0")),
    _f("driven", "拖动设备", kind="text"),
)

KINDS: dict[str, EquipmentKind] = {
    "motor": EquipmentKind("motor", "三相异步电动机", "GB 18613-2020", _MOTOR, "motor"),
    "pm_motor": EquipmentKind("pm_motor", "永磁同步电动机", "GB 30253-2024（限值未收录）", (
        *_MOTOR[:3],
        _f("voltage_v", "额定电压", "V", minimum=_d("1")),
        _f("speed_rpm", "额定转速", "r/min", minimum=_d("0")),
        _f("driven", "拖动设备", kind="text"),
    )),
    "transformer": EquipmentKind("transformer", "电力变压器", "GB 20052-2024", (
        _f("rated_kva", "额定容量", "kVA", minimum=_d("0.001"), graded=True),
        _f("insulation", "绝缘型式", kind="choice", choices=(("油浸式", "油浸式"), ("干式", "干式")), graded=True),
        _f("core", "铁心材料", kind="choice", graded=True,
           choices=(("电工钢带", "电工钢带"), ("非晶合金", "非晶合金"))),
        _f("connection", "联结组别", kind="text", graded=True),
        _f("voltage_kv", "电压等级", "kV", minimum=_d("0.001"), graded=True),
        _f("tap_changer", "调压方式", kind="choice", graded=True,
           choices=(("无励磁调压", "无励磁调压"), ("有载调压", "有载调压"))),
        _f("insulation_class", "绝缘耐热等级（干式）", kind="choice", graded=True,
           choices=(("B", "B"), ("F", "F"), ("H", "H"))),
        _f("p0_kw", "空载损耗 P0", "kW", minimum=_d("0"), graded=True),
        _f("pk_kw", "负载损耗 Pk", "kW", minimum=_d("0"), graded=True),
        _pct("i0_pct", "空载电流 I0"),
        _pct("uk_pct", "短路阻抗 Uk"),
        _f("load_rate", "实测负载率 β", "%", minimum=_d("0"), maximum=_d("150")),
    )),
    "compressor": EquipmentKind("compressor", "容积式空气压缩机", "GB 19153-2019", (
        _f("compressor_kind", "压缩机类型", kind="choice", graded=True, choices=(
            ("oil_injected_rotary_fixed_speed", "喷油回转（螺杆）定转速"),
            ("oil_injected_rotary_variable_speed", "喷油回转（螺杆）变转速"),
            ("oil_free", "无油"), ("reciprocating", "活塞式"), ("other", "其他"))),
        _f("rated_kw", "额定功率", "kW", minimum=_d("0.001"), graded=True),
        _f("pressure_mpa", "额定排气压力", "MPa", minimum=_d("0.001"), graded=True),
        _f("cooling", "冷却方式", kind="choice", choices=(("air", "风冷"), ("liquid", "水冷（液冷）")), graded=True),
        _f("flow_m3_min", "容积流量", "m³/min", minimum=_d("0")),
        _f("specific_power", "机组输入比功率", "kW/(m³/min)", minimum=_d("0"), graded=True),
    ), "compressor"),
    "fan": EquipmentKind("fan", "通风机", "GB 19761-2020", (
        _f("fan_type", "通风机型式", kind="choice", choices=_choices(egm.FAN_TYPES), graded=True),
        _f("rated_kw", "电动机功率", "kW", minimum=_d("0")),
        _f("flow_m3_h", "流量", "m³/h", minimum=_d("0")),
        _f("total_pressure_pa", "全压", "Pa", minimum=_d("0")),
        _f("speed_rpm", "转速", "r/min", minimum=_d("0")),
        _f("machine_number", "机号 No", minimum=_d("0"), graded=True),
        _f("pressure_coefficient", "压力系数 ψ", minimum=_d("0"), graded=True),
        _f("specific_speed", "比转速 ns", minimum=_d("0"), graded=True),
        _pct("efficiency", "通风机效率", graded=True),
    ), "fan"),
    "pump": EquipmentKind("pump", "离心泵", "GB 19762-2025", (
        _f("pump_type", "泵型式", kind="choice", choices=_choices(egm.PUMP_TYPES), graded=True),
        _f("flow_m3_h", "规定点流量", "m³/h", minimum=_d("0"), graded=True),
        _f("head_m", "规定点扬程", "m", minimum=_d("0"), graded=True),
        _f("speed_rpm", "转速", "r/min", minimum=_d("0"), graded=True),
        _f("stages", "级数", kind="int", minimum=_d("1"), maximum=_d("50")),
        _pct("efficiency", "规定点效率", graded=True),
        _f("rated_kw", "配用功率", "kW", minimum=_d("0")),
    ), "pump"),
    "boiler": EquipmentKind("boiler", "工业锅炉", "GB 24500-2020", (
        _f("boiler_type", "燃烧方式", kind="choice", choices=_choices(egm.BOILER_TYPES), graded=True),
        _f("fuel", "燃料", kind="choice", choices=_choices(egm.BOILER_FUELS), graded=True),
        _f("medium", "介质", kind="choice", choices=(("steam", "蒸汽"), ("hot_water", "热水"))),
        _f("capacity_t_h", "额定蒸发量", "t/h", minimum=_d("0"), graded=True),
        _f("capacity_mw", "额定热功率", "MW", minimum=_d("0")),
        _f("pressure_mpa", "额定压力", "MPa", minimum=_d("0")),
        _f("condensing", "冷凝式", kind="choice", choices=(("0", "否"), ("1", "是"))),
        _f("grate", "炉排型式", kind="choice", choices=(
            ("chain", "链条炉排"), ("reciprocating", "往复炉排"), ("fixed", "固定炉排"),
            ("fluidised_bed", "流化床（无炉排）"), ("none", "无炉排（室燃）"))),
        _f("efficiency", "设计热效率", "%", minimum=_d("0"), maximum=_d("110"), graded=True),
    ), "boiler"),
    "other": EquipmentKind("other", "其他用能设备", "", (
        _f("category", "类别", kind="choice", choices=(
            ("furnace", "工业炉窑"), ("chiller", "制冷机组"), ("lighting", "照明"), ("electric_heater", "电加热设备"),
            ("other", "其他"))),
        _f("rated_kw", "额定功率", "kW", minimum=_d("0")),
        _f("energy", "主要能源", kind="text"),
        _f("capacity", "额定能力（含单位）", kind="text"),
    )),
}


def kind(key: str) -> EquipmentKind:
    try:
        return KINDS[key]
    except KeyError:
        known = "、".join(f"{k}（{v.label}）" for k, v in KINDS.items())
        raise ValidationError(field="设备类型", detail=f"没有“{key}”（可选：{known}）") from None


def clean_value(spec: FieldSpec, raw: object) -> str:
    """The text to store for ``raw`` in field ``spec``: "" for blank; numbers checked against the range."""
    if raw is None:
        return ""
    text = str(raw).strip()
    if text == "":
        return ""
    if spec.kind == "text":
        if len(text) > 500:
            raise ValidationError(field=spec.label, detail="超过 500 个字符")
        return text
    if spec.kind == "choice":
        by_label = {label: value for value, label in spec.choices}
        if text in dict(spec.choices):
            return text
        if text in by_label:
            return by_label[text]
        options = "、".join(label for _, label in spec.choices)
        raise ValidationError(field=spec.label, detail=f"“{text}”不是可选项（{options}）")
    try:
        number = Decimal(text.replace(",", "").replace("，", ""))
    except InvalidOperation:
        raise ValidationError(field=spec.heading, detail=f"“{text}”不是数字") from None
    if not number.is_finite():
        raise ValidationError(field=spec.heading, detail=f"“{text}”不是有限的数")
    if spec.kind == "int" and number != number.to_integral_value():
        raise ValidationError(field=spec.heading, detail=f"“{text}”应为整数")
    if spec.minimum is not None and number < spec.minimum:
        raise ValidationError(field=spec.heading, detail=f"{text} 小于 {spec.minimum}")
    if spec.maximum is not None and number > spec.maximum:
        raise ValidationError(field=spec.heading, detail=f"{text} 大于 {spec.maximum}")
    if spec.kind == "int":
        return str(int(number))
    return format(number.normalize(), "f") if "E" in str(number) else text.replace(",", "").replace("，", "")


def clean_params(kind_key: str, params: Mapping[str, object]) -> dict[str, str]:
    """Checked params of a device (unknown keys refused), blanks dropped."""
    k = kind(kind_key)
    out: dict[str, str] = {}
    for key, raw in params.items():
        try:
            spec = k.field(key)
        except KeyError:
            raise ValidationError(field=key, detail=f"{k.label}没有这一项") from None
        value = clean_value(spec, raw)
        if value:
            out[key] = value
    return out


def _get(params: Mapping[str, str], key: str) -> str | None:
    value = params.get(key, "")
    return value if value.strip() else None


def _dec(params: Mapping[str, str], key: str) -> Decimal | None:
    """A stored number for the eliminated-equipment matcher (which takes numbers, not text); blank → None."""
    text = _get(params, key)
    if text is None:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        raise ValidationError(field=key, detail=f"“{text}”不是数字") from None


def grade(kind_key: str, params: Mapping[str, str], as_of: date | None) -> eg.EquipmentGradeResult | None:
    """The grade of one device against its product standard, or None for types without one (``other``)."""
    p = params
    if kind_key == "motor":
        return eg.grade_motor(_get(p, "rated_kw"), _get(p, "poles"), _get(p, "efficiency"),
                              voltage_v=_get(p, "voltage_v") or 380, frequency_hz=_get(p, "frequency_hz") or 50,
                              as_of=as_of)
    if kind_key == "pm_motor":
        return eg.grade_motor(_get(p, "rated_kw"), _get(p, "poles"), _get(p, "efficiency"), kind="pmsm",
                              voltage_v=_get(p, "voltage_v") or 380, as_of=as_of)
    if kind_key == "transformer":
        return eg.grade_transformer(_get(p, "rated_kva"), _get(p, "core"), _get(p, "connection"), _get(p, "p0_kw"),
                                    _get(p, "pk_kw"), voltage_kv=_get(p, "voltage_kv"),
                                    insulation=_get(p, "insulation"), insulation_class=_get(p, "insulation_class"),
                                    tap_changer=_get(p, "tap_changer"), as_of=as_of)
    if kind_key == "compressor":
        return eg.grade_compressor(_get(p, "rated_kw"), _get(p, "pressure_mpa"), _get(p, "cooling"),
                                   _get(p, "specific_power"),
                                   kind=_get(p, "compressor_kind") or "oil_injected_rotary_fixed_speed", as_of=as_of)
    if kind_key == "fan":
        return egm.grade_fan(_get(p, "fan_type"), _get(p, "pressure_coefficient"), _get(p, "specific_speed"),
                             _get(p, "machine_number"), _get(p, "efficiency"), as_of=as_of)
    if kind_key == "pump":
        return egm.grade_pump(_get(p, "pump_type"), _get(p, "flow_m3_h"), _get(p, "head_m"), _get(p, "speed_rpm"),
                              _get(p, "efficiency"), stages=_get(p, "stages") or 1, as_of=as_of)
    if kind_key == "boiler":
        return egm.grade_boiler(_get(p, "boiler_type"), _get(p, "fuel"), _get(p, "capacity_t_h"),
                                _get(p, "efficiency"), capacity_mw=_get(p, "capacity_mw"),
                                condensing=_get(p, "condensing") == "1", as_of=as_of)
    kind(kind_key)
    return None


def eliminated(kind_key: str, model: str, params: Mapping[str, str]) -> EliminationResult | None:
    """The eliminated-equipment check of one device, or None for types the catalogues do not list."""
    etype = kind(kind_key).elimination_type
    if not etype:
        return None
    attrs: dict[str, Any] = {}
    if kind_key == "motor":
        attrs = {"frame_mm": _dec(params, "frame_mm"), "voltage_v": _dec(params, "voltage_v")}
    elif kind_key == "boiler":
        attrs = {"capacity_t_h": _dec(params, "capacity_t_h"), "fuel": egm.elimination_fuel(_get(params, "fuel")),
                 "grate": _get(params, "grate")}
    return check_eliminated(etype, model or "", **attrs)
