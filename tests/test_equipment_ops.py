"""The equipment register in a case: entry (add, edit, duplicate, paste, Excel import), grades by as-of date,
eliminated checks, bindings and check findings — on real case files."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from desktop_app.domain.checklist import Status
from desktop_app.domain.errors import ImportFileError, ValidationError
from desktop_app.operations import bindings, calc_results, check
from desktop_app.operations import equipment as ops
from desktop_app.storage.casefile import CaseFile


@pytest.fixture
def case(tmp_path: Path):  # type: ignore[no-untyped-def]
    with CaseFile.create(tmp_path / "e.jnzd", as_of_date="2026-03-20", user="测试") as c:
        yield c


MOTOR = {"tag": "M-07", "name": "风机电机", "rated_kw": "15", "poles": "4", "efficiency": "92.1"}


def test_add_grades_by_the_standard_with_trace(case: CaseFile) -> None:
    _ch, key = ops.add(case, "motor", MOTOR)
    v = ops.device(case, key)
    assert v.grade is not None and v.grade.outcome == "grade_3"  # 15 kW 4P: 3级 92.1 exactly (equal meets)
    assert v.grade.standard == "GB 18613-2020" and v.grade.row == "15 kW，4极"
    assert any("92.1" in line for line in v.grade.trace)
    assert v.elimination is not None and v.elimination.outcome == "not_found_in_covered_entries"
    assert v.elimination_label == "所收录条目中未见"


def test_bad_value_names_field_and_changes_nothing(case: CaseFile) -> None:
    _ch, key = ops.add(case, "motor", MOTOR)
    head = case.head
    with pytest.raises(ValidationError) as exc:
        ops.update(case, key, {"efficiency": "101"})
    assert "额定效率" in exc.value.message()
    with pytest.raises(ValidationError, match="不是数字"):
        ops.update(case, key, {"rated_kw": "十五"})
    with pytest.raises(ValidationError):
        ops.update(case, key, {"quantity": "-1"})
    assert case.head == head
    assert ops.device(case, key).params["efficiency"] == "92.1"


def test_blank_clears_and_grade_becomes_cannot_judge(case: CaseFile) -> None:
    _ch, key = ops.add(case, "motor", MOTOR)
    ops.update(case, key, {"efficiency": ""})
    g = ops.device(case, key).grade
    assert g is not None and g.outcome == "cannot_judge" and g.missing == ["额定效率（%）"]


def test_as_of_date_selects_edition(tmp_path: Path) -> None:
    with CaseFile.create(tmp_path / "old.jnzd", as_of_date="2020-05-01") as c:
        _ch, key = ops.add(c, "motor", MOTOR)
        g = ops.device(c, key).grade
        assert g is not None and g.outcome == "not_in_force"  # GB 18613-2020 in force from 2021-06-01


def test_change_kind_keeps_shared_fields(case: CaseFile) -> None:
    _ch, key = ops.add(case, "motor", {**MOTOR, "frame_mm": "160"})
    ops.update(case, key, {"kind": "pm_motor"})
    v = ops.device(case, key)
    assert v.kind == "pm_motor" and v.params.get("rated_kw") == "15" and "frame_mm" not in v.params
    assert v.grade is not None and v.grade.outcome == "out_of_scope" and "GB 30253" in v.grade.reason


def test_duplicate_takes_next_free_number(case: CaseFile) -> None:
    _ch, key = ops.add(case, "motor", MOTOR)
    ops.add(case, "motor", {**MOTOR, "tag": "M-08"})
    _ch, copy = ops.duplicate(case, key)
    v = ops.device(case, copy)
    assert v.row["tag"] == "M-09" and v.params == ops.device(case, key).params


def test_delete_keeps_linked_calculations_unlinked(case: CaseFile) -> None:
    _ch, key = ops.add(case, "motor", MOTOR)
    _ch, rid = calc_results.run_and_save(case, "motor-load-power",
                                         {"input_kw": "10", "efficiency": "92", "rated_kw": "15"}, equipment_id=key)
    ops.delete(case, [key])
    saved = calc_results.saved(case)
    assert [r.id for r in saved] == [rid] and saved[0].equipment_id is None
    case.undo()
    assert ops.device(case, key).row["tag"] == "M-07"
    assert calc_results.saved(case)[0].equipment_id == key


def test_paste_rows_all_or_nothing_naming_row_and_column(case: CaseFile) -> None:
    text = ("设备编号\t设备名称\t额定功率（kW）\t极数\t额定效率（%）\t颜色\n"
            "M-1\t一号\t11\t4\t91.4\t红\n"
            "M-2\t二号\t7.5\t4\t90.4\t\n")
    rows = ops.parse_pasted(text)
    _ch, result = ops.add_rows(case, rows[0], rows[1:], kind="motor", first_row=2)
    assert len(result.added) == 2 and result.ignored_columns == ["颜色"]
    assert [ops.device(case, i).grade.outcome for i in result.added] == ["grade_3", "grade_3"]  # type: ignore[union-attr]
    before = case.count("equipment")
    bad = ops.parse_pasted("设备名称\t额定功率（kW）\n三号\t11\n四号\tabc\n")
    with pytest.raises(ValidationError) as exc:
        ops.add_rows(case, bad[0], bad[1:], kind="motor", first_row=2)
    assert "第 3 行" in exc.value.message() and "额定功率（kW）" in exc.value.message()
    assert case.count("equipment") == before
    case.undo()  # one paste is one undo step
    assert case.count("equipment") == 0


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "设备台账"
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_import_sheet_with_title_rows_and_mixed_types(case: CaseFile, tmp_path: Path) -> None:
    path = _workbook(tmp_path / "台账.xlsx", [
        ["河南中岳建材有限公司重点用能设备台账"], ["2026 年 3 月"],
        ["序号", "设备类型", "设备编号", "设备名称", "型号", "台数", "额定功率（kW）", "极数", "额定效率（%）",
         "额定容量（kVA）"],
        [1, "电动机", "M-1", "磨机电机", "YE3-315M-4", 2, 132, 4, 95.6, None],
        [2, "变压器", "T-1", "配电变压器", "S13-1000/10", 1, None, None, None, 1000],
        [3, "电动机", "M-2", "老电机", "JO2-42-4", 1, 5.5, 4, 85.5, None],
    ])
    _ch, result = ops.import_sheet(case, path)
    assert len(result.added) == 3 and result.ignored_columns == ["序号"]
    views = ops.register(case)
    assert [v.kind for v in views] == ["motor", "transformer", "motor"]
    assert views[0].row["quantity"] == 2 and views[0].grade.outcome == "grade_3"  # type: ignore[union-attr]
    assert views[1].grade.outcome == "cannot_judge"  # type: ignore[union-attr]
    assert views[2].elimination.outcome == "eliminated"  # type: ignore[union-attr]


def test_import_errors_name_file_row_column(case: CaseFile, tmp_path: Path) -> None:
    path = _workbook(tmp_path / "bad.xlsx", [
        ["设备类型", "设备名称", "额定功率（kW）"], ["电动机", "好", 11], ["电动机", "坏", -3]])
    with pytest.raises(ValidationError) as exc:
        ops.import_sheet(case, path)
    message = exc.value.message()
    assert "bad.xlsx" in message and "第 3 行" in message and "额定功率" in message
    assert case.count("equipment") == 0
    unknown = _workbook(tmp_path / "kind.xlsx", [["设备类型", "设备名称"], ["飞机", "x"]])
    with pytest.raises(ValidationError, match="飞机"):
        ops.import_sheet(case, unknown)


def test_broken_workbooks_are_refused(case: CaseFile, tmp_path: Path) -> None:
    good = _workbook(tmp_path / "good.xlsx", [["设备类型", "设备名称"], ["电动机", "x"]])
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    text = tmp_path / "text.xlsx"
    text.write_text("设备类型,设备名称\n", encoding="utf-8")
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/big.bin", b"\0" * (210 * 1024 * 1024))
    no_heading = _workbook(tmp_path / "none.xlsx", [["a", "b"], [1, 2]])
    for path in (truncated, text, bomb, no_heading, tmp_path / "missing.xlsx"):
        with pytest.raises(ImportFileError) as exc:
            ops.import_sheet(case, path)
        assert path.name in exc.value.message()
    assert case.count("equipment") == 0


def test_bindings_and_findings(case: CaseFile) -> None:
    assert bindings.derive(case, "equipment.inventory") is None
    ops.add(case, "motor", MOTOR)
    assert bindings.derive(case, "equipment.eliminated").status is Status.CONFORMING  # type: ignore[union-attr]
    _ch, old = ops.add(case, "motor", {"tag": "M-9", "model": "JO2-42-4", "rated_kw": "5.5", "poles": "4",
                                       "efficiency": "85.5"})
    _ch, yb = ops.add(case, "motor", {"tag": "M-10", "model": "YB-160L-4", "rated_kw": "15", "poles": "4"})
    eliminated = bindings.derive(case, "equipment.eliminated")
    assert eliminated is not None and eliminated.status is Status.NONCONFORMING and "M-9" in eliminated.text
    assert "M-10" in eliminated.text  # YB: 机座号 and voltage missing → suspected
    grades = bindings.derive(case, "equipment.grades")
    assert grades is not None and grades.status is Status.NONCONFORMING and "M-9" in grades.text
    inventory = bindings.derive(case, "equipment.inventory")
    assert inventory is not None and inventory.value == 3
    codes = {(f.code, f.key) for f in check.check_equipment(case).findings}
    assert ("equipment.eliminated", f"equipment.{old}") in codes
    assert ("equipment.below_limit", f"equipment.{old}") in codes
    assert ("equipment.suspected", f"equipment.{yb}") in codes
    assert ("equipment.cannot_judge", f"equipment.{yb}") in codes


def test_other_kind_has_no_grade_but_says_so(case: CaseFile) -> None:
    _ch, key = ops.add(case, "other", {"name": "回转窑", "category": "furnace"})
    v = ops.device(case, key)
    assert v.grade is None and v.outcome_label == "无适用能效标准" and v.elimination_label == "不适用"


def test_every_heading_of_our_own_template_is_read_back() -> None:
    """The template the equipment page copies (every kind's headings with units, e.g. the compressor's
    机组输入比功率（kW/(m³/min)）, half-width brackets inside full-width) is recognised when pasted or imported:
    it was not, so every compressor came out 无法判定 (issue 15, item 6)."""
    from desktop_app.calculations import equipment_register as reg

    for key, k in reg.KINDS.items():
        for spec in (*reg.COMMON, *k.fields):
            assert ops.header_key(key, spec.heading) == spec.key, (key, spec.heading)
    assert ops.header_key("compressor", "机组输入比功率（kW/(m³/min)）") == "specific_power"
    assert ops.header_key("compressor", "机组输入比功率 (kW/(m³/min))") == "specific_power"
