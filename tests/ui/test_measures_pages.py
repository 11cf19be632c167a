"""The measures page shows the demo's register with totals and edits a measure; the feedback page commits."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.operations import feedback
from desktop_app.operations import measures as ops
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.pages.feedback import FeedbackPage
from desktop_app.ui.pages.measures import MeasuresPage
from desktop_app.ui.sections import SECTIONS


def open_section(qtbot: QtBot, path: Path, section: str) -> tuple[MainWindow, object]:
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    assert w.open_path(path)
    w.ui.navList.setCurrentRow([s.id for s in SECTIONS].index(section))
    return w, w.page(section)


def test_measures_register_edit_and_totals(qtbot: QtBot, demo_path: Path) -> None:
    w, page = open_section(qtbot, demo_path, "measures")
    assert isinstance(page, MeasuresPage)
    ui = page.ui
    assert ui.measureTable.rowCount() == 11
    assert "10 项" in ui.totalsLabel.text() and "tce（当量）" in ui.totalsLabel.text()
    ui.measureTable.selectRow(1)  # JN-02 窑头排风机变频
    assert ui.titleEdit.text().startswith("窑头排风机") and "tce（当量）" in ui.figuresLabel.text()
    assert "0.1229" in ui.traceBrowser.toPlainText()
    before = ui.measureTable.item(1, 4).text()
    ui.streamTable.item(0, 1).setText("1640000")  # double the saving
    assert ui.measureTable.item(1, 4).text() != before
    ui.investmentEdit.setText("-3")
    ui.investmentEdit.setModified(True)
    ui.investmentEdit.editingFinished.emit()
    assert "不能为负" in ui.figuresLabel.text() and ui.investmentEdit.text() == "85"
    count = ui.measureTable.rowCount()
    ui.fromCatalogueButton.click()
    assert ui.measureTable.rowCount() == count + 1
    w.close()


def test_feedback_page_commits(qtbot: QtBot, demo_path: Path) -> None:
    w, page = open_section(qtbot, demo_path, "feedback")
    assert isinstance(page, FeedbackPage)
    case = w.document.case
    assert case is not None
    box = page.boxes["report"]
    box.setCurrentIndex(box.findData("5"))
    box.activated.emit(box.currentIndex())
    assert feedback.load(case).satisfaction["report"] == 5
    item = page.ui.measureList.item(5)  # JN-06, not adopted
    item.setCheckState(Qt.CheckState.Checked)
    jn06 = next(v.id for v in ops.register(case) if v.row["code"] == "JN-06")
    assert jn06 in feedback.load(case).adopted
    page.ui.confirmedOnEdit.setText("明天")
    page.ui.confirmedOnEdit.editingFinished.emit()
    assert "日期" in page.ui.statusLabel.text() and feedback.load(case).confirmed_on == "2026-03-20"
    w.close()
