"""Issue-5 figures: grading a large equipment register (what one refresh of the equipment page costs), importing
an enterprise's register from Excel next to bare openpyxl and python-calamine reads of the same file, and
running every calculator on its worked example."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import openpyxl
from python_calamine import CalamineWorkbook

from desktop_app.calculations import registry
from desktop_app.calculations.equipment_grading import grade_motor
from desktop_app.operations import equipment
from desktop_app.operations.demo_equipment import DEVICES
from desktop_app.storage.casefile import CaseFile

RUNS = 7
COPIES = 100  # 21 demo devices × 100 = 2100 rows: a large plant's register


def _register(tmp: Path) -> tuple[Path, int]:
    path = tmp / "equipment-bench.jnzd"
    with CaseFile.create(path, as_of_date="2026-03-20") as case:
        headings = ["设备类型", *sorted({k for _kind, values in DEVICES for k in values})]
        rows = []
        for n in range(COPIES):
            for kind, values in DEVICES:
                row = [kind] + [values.get(h, "") for h in headings[1:]]
                row[headings.index("tag")] = f"{values['tag']}-{n}"
                rows.append(row)
        equipment.add_rows(case, headings, rows)
        return path, len(rows)


def _xlsx(tmp: Path, rows: int) -> Path:
    path = tmp / "register.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["重点用能设备台账"])
    ws.append(["设备类型", "设备编号", "设备名称", "型号", "台数", "额定功率（kW）", "极数", "额定效率（%）",
               "安装位置（车间/工序）"])
    for n in range(rows):
        ws.append(["电动机", f"M-{n:04d}", "风机电机", "YE3-160M-4", 1 + n % 3, 11, 4, 91.4 + (n % 30) / 10, "粉磨"])
    wb.save(path)
    return path


def run(tmp: Path) -> list[tuple[str, str, str, str, str]]:
    path, count = _register(tmp)
    grading: list[float] = []
    with CaseFile.open(path, read_only=True) as case:
        for _ in range(RUNS):
            t0 = time.perf_counter()
            equipment.register.__wrapped__(case)  # the computation, not the per-revision memo
            grading.append(time.perf_counter() - t0)
    bare: list[float] = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        for n in range(count):
            _ = 91.4 + n % 7 >= 91.4
        bare.append(time.perf_counter() - t0)
    one: list[float] = []
    for _ in range(200):
        t0 = time.perf_counter()
        grade_motor("11", "4", "91.4")
        one.append(time.perf_counter() - t0)

    xlsx = _xlsx(tmp, 2000)
    ours: list[float] = []
    plain: list[float] = []
    calamine: list[float] = []
    for n in range(3):
        with CaseFile.create(tmp / f"import-{n}.jnzd", as_of_date="2026-03-20") as case:
            t0 = time.perf_counter()
            equipment.import_sheet(case, xlsx)
            ours.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        wb = openpyxl.load_workbook(xlsx, read_only=True, data_only=True)
        _ = list(wb.active.iter_rows(values_only=True))
        wb.close()
        plain.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        _ = CalamineWorkbook.from_path(str(xlsx)).get_sheet_by_index(0).to_python()
        calamine.append(time.perf_counter() - t0)

    calcs: list[float] = []
    for calc in registry.CALCULATORS.values():
        t0 = time.perf_counter()
        registry.run(calc.id, dict(calc.example))
        calcs.append(time.perf_counter() - t0)

    g, b, o = statistics.median(grading), statistics.median(bare), statistics.median(ours)
    p, c = statistics.median(plain), statistics.median(calamine)
    return [
        (f"设备清单判定 grade + eliminated check, {count} devices, median", f"{g * 1000:.0f} ms",
         f"{b * 1000:.2f} ms bare float compares", f"{g / b:.0f}×", "< 500 ms per page refresh"),
        ("单台电机判定 one motor grade (with trace), median", f"{statistics.median(one) * 1e6:.0f} µs", "", "",
         "< 1 ms"),
        ("Excel 台账导入 import 2000 rows (read, validate, one commit)", f"{o * 1000:.0f} ms",
         f"{p * 1000:.0f} ms openpyxl read-only read", f"{o / p:.1f}×", "≤ 3× a bare openpyxl read"),
        ("", "", f"{c * 1000:.0f} ms python-calamine read", f"{o / c:.1f}×", ""),
        (f"计算器 {len(calcs)} calculators on their examples, median / max",
         f"{statistics.median(calcs) * 1000:.2f} / {max(calcs) * 1000:.1f} ms", "", "", "< 50 ms (instant)"),
    ]
