"""The import wizard's column table: per channel the quantity, the unit in the file, its source and conversion and
the check; an inferred unit amber until confirmed (then the user's), an undecidable unit red and blocking the import
until chosen; the table refreshed from the dry run's whole-file reading (derived channels included); screenshots at
two screen sizes with nothing cut off."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog
from pytestqt.qtbot import QtBot

from desktop_app.operations import measurements as ops
from desktop_app.ui import import_dialog
from desktop_app.ui.import_dialog import (
    AMBER,
    C_CHECK,
    C_CONVERSION,
    C_IMPORT,
    C_QUANTITY,
    C_ROLE,
    C_SOURCE,
    C_UNIT,
    RED,
    ImportLogDialog,
)
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.pages.measurements import MeasurementsPage
from desktop_app.ui.sections import SECTIONS

POWER = "PowerP_Total_avg"


def power_log(path: Path, rows: int = 120, energy: bool = False) -> Path:
    """A three-phase logger's export without units: P in W ≈ 3·U·I·0.9 (phase voltage), every 15 min with
    ``energy`` (and a kWh register), else every second."""
    lines = [f"Time,{POWER},Vrms_AN_avg,Irms_A_avg" + (",Energy_Import_kWh" if energy else "")]
    register = 1000.0
    for i in range(rows):
        u, i_a = 230 + (i % 7) * 0.5, 40 + (i % 11)
        p = 3 * u * i_a * 0.9
        if energy:
            register += p / 1000 * 0.25
            when = f"2026-03-16 {i // 4:02d}:{i % 4 * 15:02d}:00"
            lines.append(f"{when},{p:.1f},{u:.2f},{i_a:.2f},{register:.3f}")
        else:
            lines.append(f"2026-03-16 10:{i // 60:02d}:{i % 60:02d},{p:.1f},{u:.2f},{i_a:.2f}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def bare_power(path: Path) -> Path:
    """Power without a unit and nothing to check it against: W, kW and MW all make sense."""
    path.write_text("Time,Power\n" + "".join(f"2026-03-16 10:{i:02d}:00,{100 + i}\n" for i in range(30)),
                    encoding="utf-8")
    return path


def row_of(dialog: ImportLogDialog, name: str) -> int:
    table = dialog.ui.columnTable
    rows = [r for r in range(table.rowCount()) if table.item(r, 1).text() == name]
    assert rows, f"no row {name!r}"
    return rows[0]


def cell(dialog: ImportLogDialog, name: str, column: int) -> str:
    return dialog.ui.columnTable.item(row_of(dialog, name), column).text()


def background(dialog: ImportLogDialog, name: str) -> str:
    return dialog.ui.columnTable.item(row_of(dialog, name), C_SOURCE).background().color().name()


def unit_box(dialog: ImportLogDialog, name: str) -> QComboBox:
    box = dialog.ui.columnTable.cellWidget(row_of(dialog, name), C_UNIT)
    assert isinstance(box, QComboBox)
    return box


def dry_run_done(qtbot: QtBot, dialog: ImportLogDialog) -> None:
    qtbot.waitUntil(lambda: dialog._task is None and not dialog._dry_run.isActive()
                    and (dialog.prepared is not None or dialog.asked is not None), timeout=10_000)


def open_page(qtbot: QtBot, path: Path) -> tuple[MainWindow, MeasurementsPage]:
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    assert w.open_path(path)
    w.ui.navList.setCurrentRow([s.id for s in SECTIONS].index("measurements"))
    page = w.page("measurements")
    assert isinstance(page, MeasurementsPage)
    return w, page


def test_inferred_unit_is_amber_until_confirmed_then_stored_as_the_users(
        qtbot: QtBot, demo_path: Path, tmp_path: Path, monkeypatch: object) -> None:
    src = power_log(tmp_path / "pq_logger.csv")
    w, page = open_page(qtbot, demo_path)
    seen: dict[str, object] = {}

    def run_dialog(self: ImportLogDialog) -> int:
        dry_run_done(qtbot, self)
        ui = self.ui
        assert [ui.columnTable.horizontalHeaderItem(c).text() for c in range(ui.columnTable.columnCount())] == [
            "导入", "列名", "用途", "物理量", "文件中的单位", "来源", "换算", "核对"]
        assert cell(self, POWER, C_SOURCE) == "⚠ 推断"
        assert cell(self, POWER, C_CONVERSION) == "× 0.001 → kW"
        assert "3·U·I" in cell(self, POWER, C_CHECK)
        assert unit_box(self, POWER).currentText() == "W"
        quantity = ui.columnTable.cellWidget(row_of(self, POWER), C_QUANTITY)
        assert isinstance(quantity, QComboBox) and quantity.currentData() == "active_power"
        assert background(self, POWER) == AMBER.name()
        assert "琥珀色" in ui.legendLabel.text()
        assert ui.importButton.isEnabled()  # an inferred unit does not block: it is checked, only not confirmed
        assert not ui.confirmUnitButton.isEnabled()  # nothing selected
        ui.columnTable.selectRow(row_of(self, POWER))
        assert ui.confirmUnitButton.isEnabled()
        ui.confirmUnitButton.click()
        assert ("PowerP_Total_avg", "W") in self.overrides[self.files[0]].units
        dry_run_done(qtbot, self)
        assert cell(self, POWER, C_SOURCE) == "用户指定"
        assert cell(self, POWER, C_CONVERSION) == "× 0.001 → kW"
        assert background(self, POWER) != AMBER.name()
        assert background(self, "Vrms_AN_avg") == AMBER.name()  # the others are still to be confirmed
        seen["done"] = True
        self.ui.importButton.click()
        return int(self.result())

    monkeypatch.setattr(import_dialog.ImportLogDialog, "exec", run_dialog)  # type: ignore[attr-defined]
    page.import_files([src])
    assert seen == {"done": True}
    case = w.document.case
    assert case is not None
    power = next(c for c in ops.channels(case, page.dataset_id) if c["column_name"] == POWER)
    assert (power["unit_source"], power["unit"], power["unit_original"]) == ("user", "kW", "W")
    assert power["unit_factor"] == 0.001
    values = ops.channel_values(case, power["id"])
    assert 20 < float(np.nanmedian(values)) < 40  # kW, not W
    w.close()


def test_unanswerable_unit_blocks_the_import_until_chosen(qtbot: QtBot, tmp_path: Path) -> None:
    src = bare_power(tmp_path / "bare.csv")
    dialog = ImportLogDialog([src])
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert not ui.importButton.isEnabled()  # the sample already asks
    dry_run_done(qtbot, dialog)
    assert dialog.asked is not None and dialog.asked.option == "--unit" and dialog.prepared is None
    assert not ui.importButton.isEnabled()
    assert background(dialog, "Power") == RED.name()
    assert cell(dialog, "Power", C_SOURCE).startswith("？")
    assert "没有写单位" in cell(dialog, "Power", C_CHECK)
    assert "没有写单位" in ui.reportLabel.text()
    box = unit_box(dialog, "Power")
    assert box.currentText() == "" and [box.itemData(i) for i in range(box.count())][:3] == ["W", "kW", "MW"]
    dialog.do_import()  # refused while asked
    assert dialog.result() == 0 and dialog._task is None
    box.setCurrentIndex(box.findData("kW"))
    box.activated.emit(box.currentIndex())
    assert dialog.overrides[src].units == (("Power", "kW"),)
    dry_run_done(qtbot, dialog)
    assert dialog.prepared is not None and ui.importButton.isEnabled()
    assert cell(dialog, "Power", C_SOURCE) == "用户指定" and cell(dialog, "Power", C_CONVERSION) == ""
    assert background(dialog, "Power") not in (RED.name(), AMBER.name())
    _index, _column, values = dialog.prepared.columns["Power"]
    assert values.tolist() == [100.0 + i for i in range(30)]  # kW: stored as read
    ui.importButton.click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_typing_a_unit_and_enter_sets_it_without_importing(qtbot: QtBot, tmp_path: Path) -> None:
    src = bare_power(tmp_path / "bare.csv")
    dialog = ImportLogDialog([src])
    qtbot.addWidget(dialog)
    dialog.show()
    dry_run_done(qtbot, dialog)
    pressed: list[bool] = []
    dialog.ui.importButton.clicked.connect(lambda: pressed.append(True))
    box = unit_box(dialog, "Power")
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "W")
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    assert dialog.overrides[src].units == (("Power", "W"),)
    dry_run_done(qtbot, dialog)
    assert not pressed and dialog.isVisible() and dialog.result() == 0  # Enter is not 导入
    assert cell(dialog, "Power", C_CONVERSION) == "× 0.001 → kW"
    tz = dialog.ui.tzCombo  # nor in the other editable choices
    tz.setFocus()
    qtbot.keyClick(tz.lineEdit(), Qt.Key.Key_Return)
    assert not pressed
    dialog.close()


def test_changing_the_quantity_answers_the_question(qtbot: QtBot, tmp_path: Path) -> None:
    src = bare_power(tmp_path / "bare.csv")
    dialog = ImportLogDialog([src])
    qtbot.addWidget(dialog)
    dry_run_done(qtbot, dialog)
    quantity = dialog.ui.columnTable.cellWidget(row_of(dialog, "Power"), C_QUANTITY)
    assert isinstance(quantity, QComboBox)
    quantity.setCurrentIndex(quantity.findData("other"))
    quantity.activated.emit(quantity.currentIndex())
    assert dialog.overrides[src].quantities == (("Power", "other"),)
    dry_run_done(qtbot, dialog)
    assert dialog.prepared is not None and dialog.ui.importButton.isEnabled()
    assert cell(dialog, "Power", C_SOURCE) == "无量纲"


def test_dry_run_shows_the_whole_file_reading_with_derived_channels(qtbot: QtBot, tmp_path: Path) -> None:
    src = power_log(tmp_path / "meter.csv", rows=96, energy=True)
    dialog = ImportLogDialog([src])
    qtbot.addWidget(dialog)
    dry_run_done(qtbot, dialog)
    derived = "Energy_Import_kWh（推算功率）"
    table = dialog.ui.columnTable
    r = row_of(dialog, derived)
    assert cell(dialog, derived, C_SOURCE) == "由电能推算" and cell(dialog, derived, C_UNIT) == "kW"
    assert "推算" in cell(dialog, derived, C_ROLE)
    assert table.cellWidget(r, C_UNIT) is None and table.cellWidget(r, C_QUANTITY) is None  # read-only
    assert not table.item(r, C_IMPORT).flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert cell(dialog, "Energy_Import_kWh", C_SOURCE) == "表头"
    assert "累计" in cell(dialog, "Energy_Import_kWh", C_ROLE)
    assert "已核对" in cell(dialog, "Energy_Import_kWh", C_CHECK)
    assert dialog.reading(src) is dialog.parsed[src][1]  # the whole file's reading, not the sample's
    text = dialog.ui.reportLabel.text()
    assert "将导入 96 个时间点" in text and "累计读数" in text  # the dry run's report and the file's notes


def test_screenshots_nothing_cut_off(qtbot: QtBot, tmp_path: Path) -> None:
    """The wizard at 1920×1080 and 1366×768 (set JNZD_SCREENSHOTS=/tmp to keep the pictures)."""
    out = Path(os.environ.get("JNZD_SCREENSHOTS") or tmp_path)
    files = [power_log(tmp_path / "meter.csv", rows=96, energy=True), bare_power(tmp_path / "bare.csv")]
    for width, height in ((1920, 1080), (1366, 768)):
        dialog = ImportLogDialog([files[0]])
        qtbot.addWidget(dialog)
        dialog.resize(width, height)
        dialog.show()
        dry_run_done(qtbot, dialog)
        dialog.add_files([files[1]])
        for row, state in ((0, "inferred"), (1, "question")):
            dialog.ui.fileList.setCurrentRow(row)
            dry_run_done(qtbot, dialog)
            qtbot.wait(50)
            table = dialog.ui.columnTable
            header = table.horizontalHeader()
            for c in range(C_CHECK):  # every column but the stretching check text is fully visible
                assert header.sectionViewportPosition(c) + header.sectionSize(c) <= table.viewport().width()
            assert header.sectionSize(C_CHECK) >= 200
            assert table.viewport().height() >= 3 * table.rowHeight(0)
            legend = dialog.ui.legendLabel
            assert legend.height() >= legend.heightForWidth(legend.width())
            assert dialog.ui.importButton.isVisible() and dialog.ui.importButton.geometry().bottom() < height
            dialog.grab().save(str(out / f"wizard_{state}_{width}x{height}.png"))
        dialog.close()
