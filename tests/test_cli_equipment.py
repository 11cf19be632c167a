"""``jnzd equipment``, ``jnzd import-equipment`` and ``jnzd calc`` on the demo case and on bad input."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from desktop_app.cli import main
from desktop_app.operations.demo import build_demo
from desktop_app.storage.casefile import CaseFile


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err and lines[0].startswith("jnzd: "), err
    return lines[0]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("cli") / "demo.jnzd")


def test_equipment_lists_every_device_with_grade_or_reason(capsys: pytest.CaptureFixture[str], demo: Path) -> None:
    code, out, _ = run(capsys, "equipment", demo, "--json")
    assert code == 0
    devices = json.loads(out)
    assert len(devices) == 21
    assert all(d["outcome_label"] for d in devices)
    by_tag = {d["tag"]: d for d in devices}
    assert by_tag["M-04"]["outcome"] == "grade_1" and by_tag["M-04"]["row"] == "55 kW，4极"
    assert by_tag["M-06"]["elimination"] == "eliminated" and by_tag["M-06"]["outcome"] == "below_limit"
    assert by_tag["M-07"]["outcome"] == "cannot_judge" and by_tag["M-07"]["missing"] == ["额定效率（%）"]
    assert by_tag["M-01"]["outcome"] == "out_of_scope" and "GB 30254" in " ".join(by_tag["M-01"]["trace"])
    assert by_tag["K-01"]["outcome"] is None and by_tag["K-01"]["outcome_label"] == "无适用能效标准"
    code, out, _ = run(capsys, "equipment", demo, "--trace")
    assert code == 0 and "表1 电动机能效等级" in out and "结论：" in out


def test_info_and_check_include_equipment(capsys: pytest.CaptureFixture[str], demo: Path) -> None:
    code, out, _ = run(capsys, "info", demo, "--json")
    info = json.loads(out)
    assert code == 0 and info["equipment"].startswith("21 行、29 台") and info["calc_results"] == 5
    _code, out, _ = run(capsys, "check", demo, "--json")
    codes = {f["code"] for f in json.loads(out)["findings"]}
    assert {"equipment.eliminated", "equipment.below_limit", "equipment.cannot_judge"} <= codes


def test_import_equipment(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    case_path = build_demo(tmp_path / "c.jnzd")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["设备编号", "设备名称", "额定功率（kW）", "极数", "额定效率（%）", "颜色"])
    ws.append(["N-1", "新电机", 22, 4, 93.0, "蓝"])
    wb.save(tmp_path / "reg.xlsx")
    code, out, _ = run(capsys, "import-equipment", case_path, tmp_path / "reg.xlsx", "--kind", "电动机")
    assert code == 0 and "1 台" in out and "颜色" in out
    with CaseFile.open(case_path, read_only=True) as case:
        assert case.count("equipment") == 22
    (tmp_path / "bad.xlsx").write_bytes(b"PK\x03\x04 truncated")
    code, _, err = run(capsys, "import-equipment", case_path, tmp_path / "bad.xlsx")
    assert code == 2 and "bad.xlsx" in one_line_error(err)
    with CaseFile.open(case_path, read_only=True) as case:
        assert case.count("equipment") == 22 and case.integrity_check() == "ok"


def test_calc_json_is_full_precision_and_text_rounds_by_gbt8170(capsys: pytest.CaptureFixture[str]) -> None:
    # IF97 Table 5 (3 MPa, 300 K): v = 0.100215168e-2 m³/kg, h = 0.115331273e3 kJ/kg
    code, out, _ = run(capsys, "calc", "steam-pt", "p_mpa=3", "t_c=26.85", "--json")
    outputs = {o["key"]: o for o in json.loads(out)["outputs"]}
    assert code == 0 and isinstance(outputs["h"]["value"], float) and outputs["h"]["text"] == "115.331"
    assert abs(outputs["h"]["value"] - 115.331273) < 1e-6  # more digits than the 6 the text shows
    assert abs(outputs["v"]["value"] - 0.100215168e-2) < 1e-11
    assert outputs["region"]["value"] == outputs["region"]["text"] == "第 1 区（未饱和水）"
    code, out, _ = run(capsys, "calc", "steam-pt", "p_mpa=3", "t_c=26.85", "--digits", "4")
    assert code == 0 and "比焓：115.3 kJ/kg" in out and "比体积：0.001002 m³/kg" in out
    assert "GB/T 8170（四舍六入五成双），4 位有效数字" in out
    code, out, _ = run(capsys, "calc", "steam-pt", "p_mpa=3", "t_c=26.85")  # default: each output's own digits
    assert code == 0 and "比焓：115.331 kJ/kg" in out and "各项按计算器默认位数" in out
    code, _, err = run(capsys, "calc", "steam-pt", "p_mpa=3", "t_c=26.85", "--digits", "0")
    assert code == 2 and "有效数字位数" in err


def test_calc_lists_runs_and_saves(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "calc")
    assert code == 0 and "motor-load-power" in out and "steam-pt" in out
    code, out, _ = run(capsys, "calc", "capacitor-size")
    assert code == 0 and "cos" in out.casefold()
    code, out, _ = run(capsys, "calc", "steam-pt", "p_mpa=3", "t_c=26.85", "--json")  # IF97 table 5: 3 MPa, 300 K
    result = json.loads(out)
    h = next(o for o in result["outputs"] if o["key"] == "h")
    assert code == 0 and abs(float(h["value"]) - 115.331273) < 1e-3
    case_path = build_demo(tmp_path / "c.jnzd")
    code, out, _ = run(capsys, "calc", "compressor-leak-rate", "load_seconds=30", "unload_seconds=90",
                       "--save", case_path, "--equipment", "13")
    assert code == 0 and "25" in out
    with CaseFile.open(case_path, read_only=True) as case:
        assert case.count("calc_result") == 6 and case.row("calc_result", 6)["equipment_id"] == 13


@pytest.mark.parametrize("args", [
    ("calc", "no-such-calculator"),
    ("calc", "motor-load-power", "input_kw=50", "efficiency=120", "rated_kw=55"),  # η > 100 %
    ("calc", "pump-efficiency", "flow_m3_h=-5", "head_m=30", "power_kw=10"),  # negative flow
    ("calc", "motor-load-power", "input_kw=100", "efficiency=95", "rated_kw=55"),  # β > 150 %
    ("calc", "motor-load-power", "oops"),
    ("calc", "motor-load-power", "colour=red"),
])
def test_calc_bad_input_is_one_line_exit_2(capsys: pytest.CaptureFixture[str], args: tuple[str, ...]) -> None:
    code, out, err = run(capsys, *args)
    assert code == 2 and out == ""
    one_line_error(err)
