"""The equipment page shows each device's grade with its trace and follows edits; fast entry (add, duplicate,
paste) works from the GUI; the calculators page computes, refuses impossible inputs and saves linked results."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from desktop_app.operations import calc_results
from desktop_app.operations import equipment as ops
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.pages.calculators import CalculatorsPage
from desktop_app.ui.pages.equipment import ELIMINATION_COLUMN, GRADE_COLUMN, EquipmentPage
from desktop_app.ui.sections import SECTIONS

IDS = [s.id for s in SECTIONS]


def open_demo(qtbot: QtBot, path: Path, section: str) -> tuple[MainWindow, object]:
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    assert w.open_path(path)
    w.ui.navList.setCurrentRow(IDS.index(section))
    return w, w.page(section)


def row_of(page: EquipmentPage, tag: str) -> int:
    table = page.ui.registerTable
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text() == tag)


def test_every_demo_device_shows_a_grade_or_a_reason(qtbot: QtBot, demo_path: Path) -> None:
    w, page = open_demo(qtbot, demo_path, "equipment")
    assert isinstance(page, EquipmentPage)
    table = page.ui.registerTable
    assert table.rowCount() == 21
    grades = {table.item(r, 0).text(): table.item(r, GRADE_COLUMN).text() for r in range(table.rowCount())}
    assert all(grades.values())
    assert grades["M-04"] == "1级" and grades["M-06"] == "低于能效限定值" and grades["M-07"] == "无法判定"
    assert table.item(row_of(page, "M-06"), ELIMINATION_COLUMN).text() == "淘汰"
    table.selectRow(row_of(page, "M-07"))
    assert "缺少" in page.ui.gradeLabel.text() and "额定效率" in page.ui.gradeLabel.text()
    assert "表1" in page.ui.gradeTrace.toPlainText() and "11 kW 行" in page.ui.gradeTrace.toPlainText()
    assert "所收录" in page.ui.eliminationTrace.toPlainText()
    w.close()


def test_editing_a_field_regrades_and_bad_input_changes_nothing(qtbot: QtBot, demo_path: Path) -> None:
    w, page = open_demo(qtbot, demo_path, "equipment")
    assert isinstance(page, EquipmentPage)
    page.ui.registerTable.selectRow(row_of(page, "M-07"))
    edit = page.detail._widgets["efficiency"]
    assert isinstance(edit, QLineEdit)
    edit.setFocus()
    qtbot.keyClicks(edit, "93.3")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert page.ui.registerTable.item(row_of(page, "M-07"), GRADE_COLUMN).text() == "2级"
    head = w.document.case.head  # type: ignore[union-attr]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "120")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert "额定效率" in page.ui.errorLabel.text()
    assert edit.text() == "93.3" and w.document.case.head == head  # type: ignore[union-attr]
    poles = page.detail._widgets["poles"]
    assert isinstance(poles, QComboBox)
    poles.setCurrentIndex(poles.findData("2"))
    poles.activated.emit(poles.currentIndex())
    assert "11 kW，2极" in page.ui.gradeLabel.text()
    w.close()


def test_add_duplicate_and_paste_rows(qtbot: QtBot, demo_path: Path) -> None:
    w, page = open_demo(qtbot, demo_path, "equipment")
    assert isinstance(page, EquipmentPage)
    case = w.document.case
    assert case is not None
    page.ui.kindCombo.setCurrentIndex(page.ui.kindCombo.findData("compressor"))
    page.ui.addButton.click()
    assert page.ui.registerTable.rowCount() == 22 and ops.register(case)[-1].kind == "compressor"
    page.ui.registerTable.selectRow(row_of(page, "M-03"))
    page.ui.duplicateButton.click()
    assert ops.register(case)[-1].row["tag"] == "M-10"  # M-04…M-09 are taken: the next free number
    page.ui.kindCombo.setCurrentIndex(page.ui.kindCombo.findData("motor"))
    QApplication.clipboard().setText("设备编号\t额定功率（kW）\t极数\t额定效率（%）\nX-1\t7.5\t4\t92.6\nX-2\t7.5\t4\t90\n")
    page.ui.pasteButton.click()
    assert page.ui.registerTable.rowCount() == 25
    assert page.ui.registerTable.item(row_of(page, "X-1"), GRADE_COLUMN).text() == "2级"
    assert page.ui.registerTable.item(row_of(page, "X-2"), GRADE_COLUMN).text() == "低于能效限定值"
    QApplication.clipboard().setText("设备编号\t额定功率（kW）\nY-1\t七点五\n")
    page.ui.pasteButton.click()
    assert "第 2 行" in w.statusBar().currentMessage() and page.ui.registerTable.rowCount() == 25
    w.close()


def test_calculator_computes_refuses_and_saves_linked(qtbot: QtBot, demo_path: Path) -> None:
    w, page = open_demo(qtbot, demo_path, "equipment")
    assert isinstance(page, EquipmentPage)
    page.ui.registerTable.selectRow(row_of(page, "C-02"))
    page.ui.calculatorButton.click()  # jumps to the calculators with C-02 preselected
    calc = w.page("calculators")
    assert isinstance(calc, CalculatorsPage)
    assert w.ui.pageStack.currentWidget() is calc
    assert calc.ui.equipmentCombo.currentText().startswith("C-02")
    calc.select_calculator("compressor-leak-rate")
    calc.set_values({"load_seconds": "30", "unload_seconds": "90"})
    assert calc.ui.resultTable.item(0, 1).text() == "25"
    calc.set_values({"load_seconds": "-3", "unload_seconds": "90"})
    assert calc.ui.errorLabel.text() and not calc.ui.saveButton.isEnabled()
    calc.set_values({"load_seconds": "30", "unload_seconds": "90"})
    case = w.document.case
    assert case is not None
    before = len(calc_results.saved(case))
    calc.ui.saveButton.click()
    saved = calc_results.saved(case)
    assert len(saved) == before + 1 and saved[-1].calculator == "compressor-leak-rate"
    c02 = next(v for v in ops.register(case) if v.row["tag"] == "C-02")
    assert saved[-1].equipment_id == c02.id and saved[-1].inputs["load_seconds"] == "30"
    assert calc.ui.savedTable.rowCount() == before + 1
    w.close()


def test_a_check_finding_jumps_to_its_device(qtbot: QtBot, demo_path: Path) -> None:
    w, _overview = open_demo(qtbot, demo_path, "overview")
    case = w.document.case
    assert case is not None
    m06 = next(v for v in ops.register(case) if v.row["tag"] == "M-06")
    w.jump_to_field(f"equipment.{m06.id}")
    page = w.page("equipment")
    assert isinstance(page, EquipmentPage) and w.ui.pageStack.currentWidget() is page
    assert page.selected_ids() == [m06.id] and "M-06" in page.ui.detailTitle.text()
    w.close()
