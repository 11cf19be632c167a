"""The demo plant's equipment register and the calculations the engineers saved on site.

Chosen so the register shows every kind of answer a reviewer meets: grades 1/2/3, 低于能效限定值, an
eliminated model (JO2 motor, L-10/8 compressor), a suspected one, 无法判定 with the missing inputs, a high-voltage
motor out of scope, a permanent-magnet motor whose standard's table is not shipped, and a kiln with no grade
standard. Figures are invented but plausible for a 2 × 2500 t/d clinker line.
"""

from __future__ import annotations

from desktop_app.operations import calc_results, equipment
from desktop_app.storage.casefile import CaseFile

DEVICES: list[tuple[str, dict[str, object]]] = [
    ("motor", {"tag": "M-01", "name": "生料立磨主电机", "model": "YRKK800-6", "location": "原料粉磨", "year": 2012,
               "hours": "7200", "rated_kw": "3550", "poles": "6", "efficiency": "96.2", "voltage_v": "10000",
               "driven": "生料立磨"}),
    ("motor", {"tag": "M-02", "name": "窑尾排风机电机", "model": "YE3-355L2-4", "location": "烧成窑尾", "year": 2019,
               "hours": "7600", "rated_kw": "315", "poles": "4", "efficiency": "96.0", "voltage_v": "380",
               "rated_current_a": "560", "no_load_current_a": "150", "driven": "窑尾排风机"}),
    ("motor", {"tag": "M-03", "name": "篦冷机冷却风机电机", "model": "YE4-280M-4", "location": "烧成窑头", "year": 2022,
               "quantity": 2, "hours": "7600", "rated_kw": "90", "poles": "4", "efficiency": "96.1",
               "voltage_v": "380", "driven": "篦冷机一室风机"}),
    ("motor", {"tag": "M-04", "name": "选粉机电机", "model": "YE5-250M-4", "location": "水泥粉磨", "year": 2024,
               "hours": "6800", "rated_kw": "55", "poles": "4", "efficiency": "96.5", "voltage_v": "380",
               "driven": "O-Sepa 选粉机"}),
    ("motor", {"tag": "M-05", "name": "煤磨喂料电机", "model": "YE3-315M-4", "location": "煤粉制备", "year": 2018,
               "hours": "7000", "rated_kw": "132", "poles": "4", "efficiency": "95.6", "voltage_v": "380"}),
    ("motor", {"tag": "M-06", "name": "熟料拉链机电机", "model": "JO2-42-4", "location": "熟料输送", "year": 1998,
               "hours": "6500", "rated_kw": "5.5", "poles": "4", "efficiency": "85.5", "voltage_v": "380",
               "frame_mm": "160", "note": "铭牌锈蚀，效率按出厂资料"}),
    ("motor", {"tag": "M-07", "name": "包装机电机", "model": "YE2-160M-4", "location": "包装", "year": 2015,
               "quantity": 6, "hours": "4000", "rated_kw": "11", "poles": "4", "voltage_v": "380",
               "note": "铭牌效率不清，待企业提供出厂资料"}),
    ("motor", {"tag": "M-08", "name": "原煤仓除尘风机电机", "model": "YB-160L-4", "location": "煤粉制备",
               "year": 2010, "hours": "7000", "rated_kw": "15", "poles": "4", "efficiency": "91.0",
               "voltage_v": "380", "note": "隔爆型，机座号待核"}),
    ("pm_motor", {"tag": "M-09", "name": "长皮带输送永磁电机", "model": "TYCX-280M-8", "location": "石灰石输送",
                  "year": 2023, "hours": "5000", "rated_kw": "37", "poles": "8", "efficiency": "95.0",
                  "voltage_v": "380"}),
    ("transformer", {"tag": "T-01", "name": "1# 窑系统配电变压器", "model": "SCB13-2500/10", "location": "窑尾配电室",
                     "year": 2020, "hours": "8760", "rated_kva": "2500", "insulation": "油浸式", "core": "电工钢带",
                     "connection": "Yyn0", "voltage_kv": "10", "p0_kw": "1.42", "pk_kw": "16.5", "i0_pct": "0.5",
                     "uk_pct": "5", "load_rate": "62"}),
    ("transformer", {"tag": "T-02", "name": "办公区变压器", "model": "SH15-1000/10", "location": "厂前区",
                     "year": 2021, "hours": "8760", "rated_kva": "1000", "insulation": "油浸式", "core": "非晶合金",
                     "connection": "Yyn0", "voltage_kv": "10", "p0_kw": "0.44", "pk_kw": "8.7", "load_rate": "28"}),
    ("transformer", {"tag": "T-03", "name": "石灰石破碎变压器", "model": "S9-1000/10", "location": "矿山破碎",
                     "year": 2006, "hours": "8760", "rated_kva": "1000", "insulation": "油浸式", "core": "电工钢带",
                     "connection": "Yyn0", "voltage_kv": "10", "p0_kw": "1.7", "pk_kw": "10.3", "load_rate": "45"}),
    ("compressor", {"tag": "C-01", "name": "1# 螺杆空压机", "model": "LU37-8A", "location": "空压站", "year": 2020,
                    "hours": "7800", "compressor_kind": "oil_injected_rotary_fixed_speed", "rated_kw": "37",
                    "pressure_mpa": "0.8", "cooling": "air", "flow_m3_min": "6.2", "specific_power": "7.0"}),
    ("compressor", {"tag": "C-02", "name": "2# 螺杆空压机", "model": "LU45-7W", "location": "空压站", "year": 2017,
                    "quantity": 2, "hours": "7800", "compressor_kind": "oil_injected_rotary_fixed_speed",
                    "rated_kw": "45", "pressure_mpa": "0.7", "cooling": "liquid", "flow_m3_min": "7.3",
                    "specific_power": "6.9"}),
    ("compressor", {"tag": "C-03", "name": "备用活塞空压机", "model": "L-10/8", "location": "空压站", "year": 1995,
                    "hours": "300", "compressor_kind": "reciprocating", "rated_kw": "75", "pressure_mpa": "0.8",
                    "cooling": "liquid", "flow_m3_min": "10"}),
    ("fan", {"tag": "F-01", "name": "窑头排风机", "model": "Y4-73-12No20D", "location": "烧成窑头", "year": 2016,
             "hours": "7600", "fan_type": "centrifugal", "rated_kw": "400", "flow_m3_h": "380000",
             "total_pressure_pa": "2600", "speed_rpm": "960", "machine_number": "20", "pressure_coefficient": "0.5",
             "specific_speed": "40", "efficiency": "84"}),
    ("fan", {"tag": "F-02", "name": "煤磨高压风机", "model": "9-27-5.6A", "location": "煤粉制备", "year": 2003,
             "hours": "7000", "fan_type": "centrifugal", "rated_kw": "30", "flow_m3_h": "3600",
             "total_pressure_pa": "9000", "speed_rpm": "2900", "machine_number": "5.6"}),
    ("pump", {"tag": "P-01", "name": "循环水泵", "model": "KQSN300-M9/380", "location": "循环水站", "year": 2019,
              "quantity": 2, "hours": "7800", "pump_type": "single_suction", "flow_m3_h": "400",
              "head_m": "32", "speed_rpm": "1480", "efficiency": "86", "rated_kw": "75"}),
    ("pump", {"tag": "P-02", "name": "深井取水泵", "model": "200QJ80-55", "location": "水源地", "year": 2014,
              "hours": "6000", "pump_type": "multistage", "flow_m3_h": "80", "head_m": "55", "stages": "5",
              "speed_rpm": "2850", "efficiency": "72", "rated_kw": "18.5"}),
    ("boiler", {"tag": "B-01", "name": "办公区采暖燃气热水锅炉", "model": "WNS2.8-1.0/95/70-Q", "location": "厂前区",
                "year": 2021, "hours": "2900", "boiler_type": "chamber", "fuel": "natural_gas", "medium": "hot_water",
                "capacity_t_h": "4", "capacity_mw": "2.8", "pressure_mpa": "1.0", "condensing": "0",
                "grate": "none", "efficiency": "94.5"}),
    ("other", {"tag": "K-01", "name": "1# 回转窑", "model": "Φ4.8×72 m", "location": "烧成", "year": 2012,
               "hours": "7600", "category": "furnace", "energy": "烟煤", "capacity": "2500 t/d 熟料"}),
]

CALCULATIONS: list[tuple[str, str, dict[str, str], str]] = [
    # (equipment tag, calculator id, inputs, title)
    ("M-02", "motor-load-current", {"current_a": "452", "rated_current_a": "560", "no_load_current_a": "150"},
     "窑尾排风机电机负载率（钳形表实测 452 A）"),
    ("M-06", "motor-replacement", {"rated_kw": "5.5", "load": "75", "efficiency_old": "85.5",
                                   "efficiency_new": "91.9", "hours": "6500", "grid_factor": "0.5366"},
     "JO2 电机更换为 2 级能效电机的节电量"),
    ("C-01", "compressor-leak-rate", {"load_seconds": "41", "unload_seconds": "79"}, "空压站停产泄漏测试"),
    ("T-03", "transformer-annual-loss", {"p0_kw": "1.7", "pk_kw": "10.3", "rated_kva": "1000", "load": "45",
                                         "hours_on": "8760", "loss_hours": "4500"}, "S9 变压器年损耗"),
    ("B-01", "boiler-direct-hot-water", {"water_t_h": "96", "t_out_c": "80", "t_in_c": "60",
                                         "fuel_rate": "250", "fuel_lhv": "35588"}, "采暖锅炉正平衡效率（现场测试）"),
]


def add_equipment(case: CaseFile) -> None:
    ids: dict[str, int] = {}
    for kind, values in DEVICES:
        _changes, key = equipment.add(case, kind, values)
        ids[str(values["tag"])] = key
    for tag, calc_id, inputs, title in CALCULATIONS:
        calc_results.run_and_save(case, calc_id, inputs, equipment_id=ids[tag], title=title)
