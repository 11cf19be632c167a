"""The demo enterprise: a fictional mid-size cement plant in 河南, filled through the same operations a user
would call, so its journal and undo history are real. Every later module adds its part here.

All names, codes and figures are invented but plausible for a 2 × 2500 t/d new-dry-process clinker line.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from desktop_app.domain import errors
from desktop_app.domain.messages import render
from desktop_app.importers.evidence import prepare_evidence
from desktop_app.operations import (
    checklist,
    demo_equipment,
    demo_measurements,
    demo_measures,
    demo_photos,
    energy,
    metering,
    products,
    profile,
)
from desktop_app.operations.cases import new_case
from desktop_app.reference.paths import resources_dir
from desktop_app.storage import tempfiles
from desktop_app.storage.casefile import CaseFile, check_folder_writable

AS_OF = "2026-03-20"

ENTERPRISE = {
    "enterprise.name": "河南中岳建材有限公司",
    "enterprise.uscc": "91410782MA9K3C7E2M",
    "enterprise.province_code": "41",
    "enterprise.city": "新乡市",
    "enterprise.county": "辉县市",
    "enterprise.address": "河南省新乡市辉县市常村镇工业园区建材路 8 号",
    "enterprise.industry_code": "C30",
    "enterprise.employees": "486",
    "enterprise.revenue_wan": "52600",
    "enterprise.output_value_wan": "55800",
    "enterprise.energy_tce_last_year": "168520",
    "enterprise.main_products": "P·O 42.5 普通硅酸盐水泥 180 万吨/年；P·C 42.5 复合硅酸盐水泥 40 万吨/年；"
                                "商品熟料 15 万吨/年",
    "enterprise.capacity": "2 条 2500 t/d 新型干法熟料生产线（年产熟料约 155 万吨）；"
                           "水泥粉磨系统 3 套（Φ4.2×13 m 球磨机 + 辊压机联合粉磨）；9 MW 纯低温余热发电",
    "enterprise.process_description": "石灰石破碎 → 原料配料与立磨粉磨 → 生料均化 → 五级旋风预热器及分解炉 → "
                                      "回转窑煅烧 → 篦冷机冷却 → 熟料储存 → 水泥配料与粉磨 → 包装及散装发运",
    "enterprise.supply_systems": "电：110 kV 专线，总降压站 2 × 31.5 MVA 主变，10 kV 配电；余热电站自发电并网自用。\n"
                                 "燃料：烟煤汽车进厂，煤磨制粉供窑头、分解炉。\n"
                                 "压缩空气：集中空压站 4 台螺杆空压机。\n水：厂区深井取水，循环水系统。",
}

ENGAGEMENT = {
    "engagement.agency": "中原节能诊断服务有限公司",
    "engagement.diagnosis_type": "key_industry",
    "engagement.task_book_no": "豫工信节诊〔2026〕017 号",
    "engagement.team": "李明（组长，高级工程师，热工）\n王芳（工程师，电气）\n赵强（工程师，能源计量）",
    "engagement.visit_start": "2026-03-16",
    "engagement.visit_end": "2026-03-20",
    "engagement.period_start": "2025-01-01",
    "engagement.period_end": "2025-12-31",
    "engagement.remarks": "2025 年度数据；企业已通过能源管理体系认证（GB/T 23331）。",
}

CONTACTS = [
    {"name": "陈建国", "role": "副总经理（分管能源）", "phone": "0373-6281234", "email": "chenjg@zhongyue-bm.example"},
    {"name": "刘晓燕", "role": "能源管理员", "phone": "139 3730 5678", "email": ""},
]


def build_demo(path: Path | str, *, overwrite: bool = False, user: str = "李明") -> Path:
    """Write the demo case to ``path``. It is built under a hidden temporary name in the same folder and renamed
    when complete, so a kill, a full disk or a file-size limit never leaves half a demo under ``path`` (and a
    re-run works); a failed build removes its temporary files, a killed one's are swept by a later run."""
    given = Path(path)
    path = given.absolute()
    tempfiles.check_case_name(path)
    if os.path.lexists(path) and not overwrite:  # a dangling symbolic link is the user's too
        raise errors.CaseExists(path=str(path))
    if path.is_dir():  # even with --force: a folder is not replaced by a case
        raise errors.NotACaseFile(path=str(path), detail=render("case.detail.directory"))
    check_folder_writable(path)
    tmp = tempfiles.temp_path(path)
    try:
        _fill_demo(tmp, user)
        if os.path.lexists(path) and not overwrite:
            raise errors.CaseExists(path=str(path))
        os.replace(tmp, path)
    except OSError as exc:
        tempfiles.discard(tmp)
        raise errors.from_os_error(exc, path) from None
    except errors.StorageFull:
        tempfiles.discard(tmp)
        raise errors.OutputDiskFull(path=str(path)) from None
    except errors.CaseFileError as exc:
        tempfiles.discard(tmp)
        if exc.params.get("path") != str(tmp):
            raise
        raise type(exc)(**{**exc.params, "path": str(path)}) from None  # the user's name, not the temporary one
    except BaseException:
        tempfiles.discard(tmp)
        raise
    return given


def _fill_demo(path: Path, user: str) -> None:
    with new_case(path, as_of_date=AS_OF, module_ids=["industry.jiancai"], user=user, overwrite=False) as case:
        profile.set_fields(case, ENTERPRISE, "填写企业概况")
        profile.set_fields(case, ENGAGEMENT, "填写诊断任务")
        for contact in CONTACTS:
            profile.add_contact(case, contact)
        # A correction on site, so the journal shows old → new as a real case does.
        profile.set_field(case, "enterprise.employees", "512")
        profile.set_field(case, "enterprise.employees", "486")
        _answer_checklist(case)
        fill_energy(case)
        demo_equipment.add_equipment(case)
        demo_measurements.add_measurements(case)
        demo_measures.add_measures(case)


ELECTRICITY_MONTHS = ("842", "798", "905", "896", "912", "873", "868", "887", "901", "910", "853", "835")  # 万kWh


def _products(case: CaseFile) -> None:
    """The plant's products graded against GB 16780-2021 (figures consistent with the checklist findings)."""
    clinker = {"clinker_output_t": "1512000", "clinker_coal_kgce": "154828800",
               "clinker_electricity_kwh": "87847200", "clinker_energy_kgce": "163450000"}
    products.add_product(case, "熟料", "gb16780", "clinker_coal", clinker, output="1512000", base_value="104.9")
    products.add_product(case, "熟料", "gb16780", "clinker_electricity", clinker, output="1512000")
    products.add_product(case, "熟料", "gb16780", "clinker_comprehensive", clinker, output="1512000")
    products.add_product(case, "P·O 42.5 水泥", "gb16780", "cement_comprehensive", {
        "cement_energy_kgce": "161700000", "cement_output_t": "1800000", "clinker_ratio_pct": "82",
        "altitude_m": "180", "cement_grinding_kwh": "58680000"}, output="1800000")
    products.add_product(case, "P·O 42.5 水泥", "gb16780", "cement_preparation_electricity", {
        "cement_output_t": "1800000", "cement_grinding_kwh": "58680000"}, output="1800000")


METERS = (
    ("110 kV 进线关口电能表", "多功能电能表", "DTSD341", "3×57.7/100 V 3×1.5(6) A", "0.2S", "总降压站", "电力", 1,
     "2025-09-12", "2026-09-11"),
    ("1# 窑 10 kV 馈线电能表", "多功能电能表", "DTSD341", "3×100 V 3×1.5(6) A", "0.5S", "窑头配电室", "电力", 2,
     "2025-05-20", "2026-05-19"),
    ("2# 窑 10 kV 馈线电能表", "多功能电能表", "DTSD341", "3×100 V 3×1.5(6) A", "0.5S", "窑头配电室", "电力", 2,
     "2025-05-20", "2026-05-19"),
    ("原料磨 10 kV 馈线电能表", "多功能电能表", "DTSD341", "3×100 V 3×1.5(6) A", "0.5S", "原料配电室", "电力", 2,
     "2024-03-02", "2025-03-01"),
    ("水泥磨 10 kV 馈线电能表", "多功能电能表", "DTSD341", "3×100 V 3×1.5(6) A", "0.5S", "水泥配电室", "电力", 2,
     "2025-06-18", "2026-06-17"),
    ("高温风机电能表", "电能表", "DTZY", "3×100 V", "0.5S", "窑尾", "电力", 3, "2025-06-18", "2026-06-17"),
    ("原料立磨主电机电能表", "电能表", "DTZY", "3×100 V", "0.5S", "原料磨", "电力", 3, "2025-06-18", "2026-06-17"),
    ("入厂汽车衡", "电子汽车衡", "SCS-120", "0–120 t", "III", "厂区大门", "煤炭", 1, "2025-10-08", "2026-10-07"),
    ("1# 窑头喂煤秤", "转子秤", "DRW", "0–15 t/h", "0.5", "煤磨", "煤炭", 3, "2025-04-11", "2026-04-10"),
    ("2# 窑头喂煤秤", "转子秤", "DRW", "0–15 t/h", "0.5", "煤磨", "煤炭", 3, "2025-04-11", "2026-04-10"),
    ("深井取水流量计", "电磁流量计", "LDG-150", "0–300 m³/h", "0.5", "水泵房", "水", 1, "2025-07-01", "2026-06-30"),
)
REQUIRED = (("电力", 1, 1), ("电力", 2, 5), ("电力", 3, 8), ("煤炭", 1, 1), ("煤炭", 3, 2), ("水", 1, 1))


def _metering(case: CaseFile) -> None:
    keys = ("name", "kind", "model", "range_text", "accuracy_class", "location", "energy", "level", "calibrated_on",
            "calibration_due")
    for meter in METERS:
        metering.add_meter(case, dict(zip(keys, meter, strict=True)))
    for energy_name, level, required in REQUIRED:
        metering.set_required(case, energy_name, level, required)


def fill_energy(case: CaseFile) -> None:
    """2025: coal for the kilns, grid electricity, diesel for mobile plant (waste-heat power is own-produced
    secondary energy and is not counted again)."""
    energy.set_settings(case, {
        "grid_factor": "0.5366",
        "grid_factor_basis": "2022 年全国电力平均二氧化碳排放因子（生态环境部、国家统计局公告，最新已核实年份）",
        "equal_value": "0.3016", "equal_value_year": 2023,
        "equal_value_source": "演示值：全国 6000 kW 及以上火电厂供电标准煤耗 301.6 gce/kWh（须按当年公布值核实）",
        "compare_year": 2024, "compare_tce": "171900", "compare_output_value_wan": "53200",
    })
    energy.add_item(case, "raw_coal", "t", {
        "name": "原煤（烟煤）", "purchased": "218000", "opening_stock": "12000", "closing_stock": "14000",
        "transferred_out": "0", "consumed": "216000", "cost_yuan": "190080000",
        "measured_ncv": "21000", "ncv_source": "2025 年入厂煤质化验报告（按量加权平均低位发热量）",
        "co2_ncv": "21.0", "co2_cc": "0.0261", "co2_oxidation": "0.98",
        "co2_source": "低位发热量取企业化验；含碳量、氧化率为演示值，须按适用的核算指南核实",
    })
    _changes, power = energy.add_item(case, "electricity", "万kWh", {
        "name": "外购电力", "purchased": "10480", "consumed": "10480", "cost_yuan": "64976000",
    })
    for month, value in enumerate(ELECTRICITY_MONTHS, start=1):
        energy.set_month(case, power, month, value)
    _products(case)
    _metering(case)
    energy.add_item(case, "diesel", "t", {
        "name": "柴油（厂内车辆）", "purchased": "585", "opening_stock": "20", "closing_stock": "24",
        "transferred_out": "0", "consumed": "581", "cost_yuan": "4531800",
    })


def _answer_checklist(case: CaseFile) -> None:
    """The site visit as recorded: answers, findings and photos from resources/demo/cement_checklist.json."""
    data = json.loads((resources_dir() / "demo" / "cement_checklist.json").read_text(encoding="utf-8"))
    for item_id, answer in data["answers"].items():
        kwargs = {k: answer[k] for k in ("status", "value", "finding") if answer.get(k) not in (None, "")}
        if kwargs:
            checklist.set_answer(case, item_id, **kwargs)
    by_name = {p.filename: p for p in demo_photos.PHOTOS}
    for filename, item_id in data["photos"].items():
        photo = by_name[filename]
        checklist.add_evidence(case, item_id, prepare_evidence(filename, demo_photos.render(photo)),
                               caption=photo.caption)
