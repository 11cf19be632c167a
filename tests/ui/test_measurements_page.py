"""The measurements page on the demo (channels, range statistics, day types, spot readings) and the import
wizard (detected choices, dry run showing what is skipped, an ambiguity resolved in the form, cancel)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from desktop_app.operations import measurements as ops
from desktop_app.operations import spot_measurements as spot
from desktop_app.ui.import_dialog import ImportLogDialog
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.pages.measurements import MeasurementsPage
from desktop_app.ui.sections import SECTIONS


def open_page(qtbot: QtBot, path: Path) -> tuple[MainWindow, MeasurementsPage]:
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    assert w.open_path(path)
    w.ui.navList.setCurrentRow([s.id for s in SECTIONS].index("measurements"))
    page = w.page("measurements")
    assert isinstance(page, MeasurementsPage)
    return w, page


def test_demo_channels_stats_and_day_types(qtbot: QtBot, demo_path: Path) -> None:
    w, page = open_page(qtbot, demo_path)
    ui = page.ui
    # the first dataset: the feeder's 7 channels and the compressor logger's 4 (power, voltage, current, pressure)
    assert ui.channelList.count() == 11 and len(page.shown_ids()) == 2
    assert "gb18030" in ui.fileLabel.text().lower() and "跳过 1 行" in ui.fileLabel.text()
    ui.rangeCheck.setChecked(True)
    assert ui.statsTable.rowCount() == 2
    energy = ui.statsTable.item(0, 10).text()
    assert energy.endswith("kWh") and float(energy.split()[0]) > 0
    ui.rangeCheck.setChecked(False)
    full = int(ui.statsTable.item(0, 2).text())
    assert full == 10079  # one unreadable row in a week of minutes
    ui.tabs.setCurrentWidget(ui.dayTab)
    assert "工作日 4 天" in ui.dayNote.text() and "周末 2 天" in ui.dayNote.text()
    ui.calendar.setSelectedDate(QDate(2026, 3, 12))
    ui.dayTypeCombo.setEditText("排除")
    ui.setDayTypeButton.click()
    assert "工作日 3 天" in ui.dayNote.text()
    case = w.document.case
    assert case is not None and spot.day_overrides(case)["2026-03-12"] == "排除"
    w.document.undo()
    assert "2026-03-12" not in spot.day_overrides(case)
    w.close()


def test_channel_link_and_spot_edit(qtbot: QtBot, demo_path: Path) -> None:
    w, page = open_page(qtbot, demo_path)
    ui = page.ui
    case = w.document.case
    assert case is not None
    ui.channelList.setCurrentRow(0)
    ui.channelLabelEdit.setText("10kV 总有功")
    ui.channelLabelEdit.editingFinished.emit()
    assert ops.channels(case)[0]["label"] == "10kV 总有功"
    ui.tabs.setCurrentWidget(ui.spotTab)
    assert ui.spotTable.rowCount() == 4
    ui.spotTable.item(0, 1).setText("不是数字")
    assert "不是数字" in w.statusBar().currentMessage()
    assert ui.spotTable.item(0, 1).text() == "452" and spot.spots(case)[0]["value"] == "452"
    w.close()


def test_import_wizard_dry_run_then_import(qtbot: QtBot, demo_path: Path, tmp_path: Path) -> None:
    w, page = open_page(qtbot, demo_path)
    src = tmp_path / "仪表.csv"
    src.write_bytes(("说明：测试\n时间,P总(kW)\n,kW\n2026-03-16 10:00:00,1.5\n2026-03-16 10:01:00,坏值\n"
                     "2026-03-16 10:02:00,2.5\n").encode("gb18030"))
    dialog = ImportLogDialog([src], page)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.prepared is not None, timeout=10_000)
    assert dialog.ui.encodingCombo.currentText().lower() in ("gb18030", "gbk")
    assert dialog.ui.skipSpin.value() == 1 and dialog.ui.unitRowCheck.isChecked()
    text = dialog.ui.reportLabel.text()
    assert "跳过 1 行" in text and "第 5 行" in text
    case = w.document.case
    assert case is not None
    before = case.count("dataset")
    result = w.document.run(ops.store, dialog.prepared, label="测试", instrument="")
    assert result is not None and case.count("dataset") == before + 1
    dialog.close()
    w.close()


def test_import_wizard_asks_when_dates_are_ambiguous(qtbot: QtBot, tmp_path: Path) -> None:
    src = tmp_path / "us.csv"
    src.write_text("Date,P(kW)\n03/04/2026 10:00,1\n03/05/2026 10:00,2\n", encoding="utf-8")
    dialog = ImportLogDialog([src])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "--date-format" in dialog.ui.reportLabel.text()
                    or "日期格式" in dialog.ui.reportLabel.text(), timeout=10_000)
    assert dialog.prepared is None
    box = dialog.ui.dateFormatCombo
    box.setCurrentIndex(box.findData("mdy"))
    box.activated.emit(box.currentIndex())
    qtbot.waitUntil(lambda: dialog.prepared is not None, timeout=10_000)
    assert int(dialog.prepared.times[0]) == 1772589600000  # 2026-03-04 10:00 Asia/Shanghai
    dialog.close()


def test_import_can_be_cancelled(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from desktop_app.domain.errors import ImportCancelled
    from desktop_app.ui import import_dialog

    started = []

    def slow_prepare(files: object, options: object, *, resample_ms: object, progress: object) -> None:
        started.append(True)
        while progress(0.5):  # type: ignore[operator]
            time.sleep(0.01)
        raise ImportCancelled(path="slow.csv")

    monkeypatch.setattr(import_dialog, "prepare", slow_prepare)
    src = tmp_path / "slow.csv"
    src.write_text("time,P(kW)\n2026-03-16 10:00:00,1\n", encoding="utf-8")
    dialog = ImportLogDialog([src])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(started) and dialog._task is not None, timeout=10_000)
    assert dialog.ui.cancelButton.text() == "停止" and dialog.ui.progressBar.isVisible()
    dialog.ui.cancelButton.click()  # while running: stops the work, keeps the dialog open
    qtbot.waitUntil(lambda: dialog._task is None, timeout=10_000)
    assert dialog.isVisible() and dialog.prepared is None
    assert dialog.ui.cancelButton.text() == "取消"
    dialog.ui.cancelButton.click()  # idle: closes
    assert not dialog.isVisible()


def test_reimport_with_other_choices_replaces_the_dataset(qtbot: QtBot, demo_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.ui import import_dialog

    w, page = open_page(qtbot, demo_path)
    case = w.document.case
    assert case is not None
    old, meter = ops.datasets(case)  # the week of 1-min records, and the 15-min meter
    seen: dict[str, object] = {}

    def run_dialog(self: ImportLogDialog) -> int:
        seen["files"] = [p.name for p in self.files]
        seen["encoding"] = self.overrides[self.files[0]].encoding
        seen["resample"] = self.ui.resampleCombo.currentData()
        self._dry_run.stop()
        self.run_dry()
        qtbot.waitUntil(lambda: self.prepared is not None, timeout=20_000)
        return 1

    monkeypatch.setattr(import_dialog.ImportLogDialog, "exec", run_dialog)
    page.ui.reimportButton.click()
    assert seen["files"] == ["10kV总进线_窑头排风机_20260309.csv", "C01_compressor_log.csv"]
    assert str(seen["encoding"]).lower() == "gb18030" and seen["resample"] == "60000"
    new = next(d for d in ops.datasets(case) if d["id"] != meter["id"])
    assert len(ops.datasets(case)) == 2
    assert new["id"] != old["id"] and new["n"] == old["n"] and new["label"] == old["label"]
    w.close()


def test_import_button_asks_for_files_then_opens_the_wizard(qtbot: QtBot, demo_path: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from desktop_app.ui import import_dialog

    src = tmp_path / "x.csv"
    src.write_text("时间,P总(kW)\n2026-03-16 10:00:00,1\n2026-03-16 10:01:00,2\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(src)], "")))
    seen: list[list[str]] = []

    def run_dialog(self: ImportLogDialog) -> int:
        seen.append([p.name for p in self.files])
        return 0

    monkeypatch.setattr(import_dialog.ImportLogDialog, "exec", run_dialog)
    w, page = open_page(qtbot, demo_path)
    page.ui.importButton.click()
    assert seen == [["x.csv"]]
    w.close()
