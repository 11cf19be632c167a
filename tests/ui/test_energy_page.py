"""The energy page on the demo: totals and trace shown, cell edits commit or are refused, months, charts."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.operations import energy as ops
from desktop_app.storage.casefile import CaseFile
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.pages.energy import COLUMNS, EnergyPage


def col(key: str) -> int:
    return next(i for i, (k, _h, _e) in enumerate(COLUMNS) if k == key)


def test_energy_page_shows_edits_and_refuses(qtbot: QtBot, demo_path: Path) -> None:
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    assert w.open_path(demo_path)
    w.ui.navList.setCurrentRow(4)
    page = w.page("energy")
    assert isinstance(page, EnergyPage)
    assert "168498.64" in page.ui.totalsLabel.text() and "187226.40" in page.ui.totalsLabel.text()
    table = page.ui.itemTable
    assert table.rowCount() == 3
    assert table.item(0, col("tce")).text() == "154772.14"
    assert table.item(0, col("share")).text().endswith("%")
    assert "化验" in page.ui.traceLabel.text() and "44/12" in page.ui.traceLabel.text()
    assert "GB/T 2589-2020" in table.item(1, col("coefficient")).toolTip()
    # a valid edit commits at once and the figures follow
    table.item(2, col("consumed")).setText("600")
    with CaseFile.open(demo_path, read_only=True) as other:
        assert next(r for r in other.rows("energy_item") if r["name"].startswith("柴油"))["consumed"] == "600"
    assert table.item(2, col("tce")).text() == "874.26"
    # a negative value is refused, the stored value comes back, the status bar says why
    table.item(2, col("consumed")).setText("-1")
    assert table.item(2, col("consumed")).text() == "600"
    assert "不能为负" in w.statusBar().currentMessage()
    # months of the selected item, and the chart follows
    table.selectRow(1)
    assert page.ui.monthTable.item(0, 0).text() == "842"
    page.ui.monthTable.item(0, 6).setText("900")
    rep = ops.report(w.document.case)
    assert rep.items[1].months[6] == 900
    assert page.months.curve.yData is not None and page.months.curve.yData[6] == 900
    assert page.structure.bars.opts["height"][0] > 90  # coal dominates the structure
    w.close()
