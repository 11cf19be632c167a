"""The demo plant's energy-saving measures and the enterprise's feedback, entered through the same operations a
user calls. Savings are the engineers' estimates for a 2 × 2500 t/d line, consistent with the register, the
measurements and the saved calculations; prices come from the case's energy items (electricity 0.62 元/kWh,
coal 880 元/t)."""

from __future__ import annotations

from desktop_app.operations import calc_results, equipment, feedback, measures
from desktop_app.storage.casefile import CaseFile

# (code, title, category, catalogue id or "", description, investment 万元, extra O&M 万元/a, lifetime, streams,
#  links [(kind, equipment tag / checklist item / "calc:<calculator>" / "dataset")], decisions [(decision, date, note)])
MEASURES: list[dict[str, object]] = [
    {"code": "JN-01", "title": "余热发电系统优化（窑头 AQC 锅炉增设受热面）", "category": "retrofit",
     "description": "现有 9 MW 纯低温余热电站窑头取风温度偏低，AQC 锅炉增设一级省煤器并优化篦冷机抽风口位置，"
                    "提高吨熟料发电量约 3 kWh。",
     "investment_wan": "680", "lifetime_years": 15, "discount_rate_pct": "8",
     "streams": [("electricity", "4800000", "增发电量自用，替代外购电")],
     "links": [("equipment", "K-01"), ("checklist", "G-S-17")],
     "decisions": [("adopted", "2026-03-20", "列入 2026 年技改计划")]},
    {"code": "JN-02", "title": "窑头排风机变频调速改造", "category": "retrofit",
     "description": "窑头排风机（F-01，400 kW）采用入口阀门调节，实测平均功率 287 kW；改为变频调速，"
                    "按实测负荷曲线估算节电约 2 成。",
     "investment_wan": "85", "lifetime_years": 10, "discount_rate_pct": "8",
     "streams": [("electricity", "820000", "按一周实测数据折算全年")],
     "links": [("equipment", "F-01"), ("dataset", "")],
     "decisions": [("adopted", "2026-03-20", "")]},
    {"code": "JN-03", "title": "空压站降压运行（0.75 MPa → 0.65 MPa）", "category": "operation",
     "description": "用气末端最高需求 0.55 MPa，管网压降 0.06 MPa；排气压力下调 0.1 MPa，按每 0.1 MPa 约 7 % 估算"
                    "（经验值 [M]）。",
     "investment_wan": "2", "lifetime_years": 5,
     "streams": [("electricity", "61000", "")],
     "links": [("equipment", "C-01"), ("equipment", "C-02"), ("checklist", "G-S-08")],
     "decisions": [("adopted", "2026-03-20", "")]},
    {"code": "JN-04", "title": "压缩空气系统泄漏治理", "category": "management",
     "description": "停产泄漏测试泄漏率 34.2 %；逐点查漏、更换老化快插接头和排水阀，目标泄漏率 10 % 以下，"
                    "并建立每季度查漏制度。",
     "investment_wan": "5", "lifetime_years": 3,
     "streams": [("electricity", "96000", "")],
     "links": [("equipment", "C-01"), ("calc", "compressor-leak-rate"), ("checklist", "G-S-07")],
     "decisions": [("adopted", "2026-03-19", ""), ("implemented", "2026-03-20", "现场已完成首轮查漏")]},
    {"code": "JN-05", "title": "淘汰及低于能效限定值电动机更换为 2 级能效电机", "category": "retrofit",
     "description": "JO2-42-4（淘汰型号）及 YB 系列隔爆电机效率低于 GB 18613-2020 能效限定值，更换为 2 级能效电机。",
     "investment_wan": "2.6", "lifetime_years": 15,
     "streams": [("electricity", "8600", "M-06、M-08 两台合计")],
     "links": [("equipment", "M-06"), ("equipment", "M-08"), ("calc", "motor-replacement")],
     "decisions": [("adopted", "2026-03-20", "")]},
    {"code": "JN-06", "title": "S9 变压器更换为一级能效变压器", "category": "retrofit",
     "description": "矿山破碎变压器（T-03，S9-1000/10）空载损耗 1.7 kW、负载损耗 10.3 kW，均低于 GB 20052-2024 限定值；"
                    "更换为一级能效油浸式变压器。",
     "investment_wan": "28", "lifetime_years": 20,
     "streams": [("electricity", "16400", "按年损耗计算结果")],
     "links": [("equipment", "T-03"), ("calc", "transformer-annual-loss"), ("checklist", "G-S-01")],
     "decisions": [("rejected", "2026-03-20", "资金安排在 2027 年，届时重新评估")]},
    {"code": "JN-07", "title": "回转窑筒体及三次风管保温改造", "category": "retrofit",
     "description": "筒体表面温度实测 280–350 ℃，三次风管局部 120 ℃；筒体加装纳米隔热回收罩，三次风管更换保温层。",
     "investment_wan": "120", "lifetime_years": 8, "discount_rate_pct": "8",
     "streams": [("coal", "1150", "按散热损失计算")],
     "links": [("equipment", "K-01"), ("checklist", "G-S-14")],
     "decisions": []},
    {"code": "JN-08", "title": "厂区及车间照明 LED 改造", "category": "retrofit",
     "description": "厂区道路及车间 1 260 盏金卤灯、高压钠灯更换为 LED，配合光控、时控。",
     "investment_wan": "36", "lifetime_years": 8,
     "streams": [("electricity", "210000", "")],
     "links": [("checklist", "G-S-15")],
     "decisions": [("adopted", "2026-03-20", "")]},
    {"code": "JN-09", "title": "建设能源管理中心（能耗在线监测）", "category": "management",
     "description": "覆盖二级计量点的能源管控系统，接入省重点用能单位能耗在线监测平台；按综合能耗 0.5 % 估算节能量。",
     "investment_wan": "260", "lifetime_years": 10, "extra_om_wan": "8",
     "streams": [("electricity", "524000", ""), ("coal", "1080", "")],
     "links": [("checklist", "G-M-06")],
     "decisions": []},
    {"code": "JN-10", "title": "完善三级能源计量器具配备", "category": "management",
     "description": "主要用能设备电能计量配备率 25 %，低于 GB 17167 要求；增配 6 块电能表并纳入检定计划。"
                    "间接节能，不单独计算节能量。",
     "investment_wan": "18", "lifetime_years": 10,
     "streams": [],
     "links": [],
     "decisions": [("adopted", "2026-03-20", "")]},
    {"code": "JN-11", "title": "水泥磨避峰运行（峰谷分时电价）", "category": "operation",
     "description": "调整水泥磨开停机计划，避开 8:00–11:00、18:00–23:00 高峰时段；不节约电量，降低电费。",
     "investment_wan": "0", "lifetime_years": 5, "extra_om_wan": "-45",
     "streams": [],
     "links": [("dataset", "")],
     "decisions": [("adopted", "2026-03-20", "")]},
]

FEEDBACK = {"attitude": "5", "expertise": "5", "report": "4", "measures": "4", "overall": "5",
            "comments": "诊断细致，措施可操作。建议余热发电优化方案进一步细化投资估算；变压器更换列入 2027 年计划。",
            "confirmed_by": "陈建国", "position": "副总经理（分管能源）", "confirmed_on": "2026-03-20"}


def add_measures(case: CaseFile) -> None:
    tags = {str(v.row.get("tag")): v.id for v in equipment.register(case)}
    calcs = {r.calculator: r.id for r in calc_results.saved(case)}
    dataset = next((d["id"] for d in case.rows("dataset")), None)
    codes: dict[str, int] = {}
    for m in MEASURES:
        values: dict[str, object] = {k: m[k] for k in ("code", "title", "category", "description",
                                                       "investment_wan", "extra_om_wan",
                                    "lifetime_years", "discount_rate_pct") if k in m}
        _c, key = measures.add(case, {**values, "priority": "high" if m["code"] in ("JN-01", "JN-02", "JN-04")
                                      else "medium"}, decided_on="2026-03-18")
        codes[str(m["code"])] = key
        for resource, quantity, note in m["streams"]:  # type: ignore[attr-defined]
            measures.set_stream(case, key, resource, quantity, note=note)
        for kind, target in m["links"]:  # type: ignore[attr-defined]
            if kind == "equipment":
                measures.link(case, key, "equipment", tags[target])
            elif kind == "calc":
                measures.link(case, key, "calc_result", calcs[target])
            elif kind == "dataset" and dataset is not None:
                measures.link(case, key, "dataset", dataset)
            elif kind == "checklist":
                measures.link(case, key, "checklist", target)
        for decision, on, note in m["decisions"]:  # type: ignore[attr-defined]
            measures.decide(case, key, decision, on, note)
    adopted = [codes[c] for c in ("JN-01", "JN-02", "JN-03", "JN-04", "JN-05", "JN-08", "JN-10", "JN-11")]
    feedback.set_fields(case, {**FEEDBACK, "adopted": adopted})
