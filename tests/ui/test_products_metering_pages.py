"""The product grading page shows the trace and follows input edits; the metering page edits the ledger."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.pages.metering import MeteringPage
from desktop_app.ui.pages.products import ProductsPage


def open_demo(qtbot: QtBot, path: Path) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    assert w.open_path(path)
    return w


def test_products_page_grades_and_follows_inputs(qtbot: QtBot, demo_path: Path) -> None:
    w = open_demo(qtbot, demo_path)
    w.ui.navList.setCurrentRow(5)
    page = w.page("products")
    assert isinstance(page, ProductsPage)
    table = page.ui.productTable
    assert table.rowCount() == 5 and "tce/万元" in page.ui.intensityLabel.text()
    table.selectRow(3)  # cement, corrected for 82 % clinker
    assert table.item(3, 7).text() == "2级"
    assert "熟料配比修正" in page.ui.traceLabel.text()
    inputs = page.ui.inputTable
    names = [inputs.item(r, 0).text() for r in range(inputs.rowCount())]
    assert "熟料产量" not in names and "水泥中熟料配比" in names  # only this indicator's inputs
    row = names.index("水泥综合能耗（折标准煤）")
    inputs.item(row, 1).setText("200000000")  # 111 kgce/t: above every limit
    assert page.ui.productTable.item(3, 7).text().startswith("未达到")
    inputs = page.ui.inputTable
    inputs.item(row, 1).setText("不是数字")
    assert "不是数字" in w.statusBar().currentMessage()
    w.close()


def test_metering_page_rates_and_ledger_edit(qtbot: QtBot, demo_path: Path) -> None:
    w = open_demo(qtbot, demo_path)
    w.ui.navList.setCurrentRow(6)
    page = w.page("metering")
    assert isinstance(page, MeteringPage)
    rates = page.ui.rateTable
    verdicts = [rates.item(r, 6).text() for r in range(rates.rowCount())]
    assert verdicts.count("不符合") == 2
    assert "原料磨" in page.ui.findingsLabel.text()
    page.ui.meterTable.item(3, 9).setText("2027-03-01")  # the overdue meter was re-calibrated
    assert "原料磨" not in page.ui.findingsLabel.text()
    page.ui.meterTable.item(3, 9).setText("2026-13-01")  # not a date: refused, stored value shown again
    assert page.ui.meterTable.item(3, 9).text() == "2027-03-01"
    rates.item(1, 2).setText("4")  # 4 of 4 sub-unit meters required
    assert rates.item(1, 6).text() == "符合"
    w.close()


def test_comparison_period_gives_savings_in_the_trace(qtbot: QtBot, demo_path: Path) -> None:
    w = open_demo(qtbot, demo_path)
    w.ui.navList.setCurrentRow(5)
    page = w.page("products")
    page.ui.productTable.selectRow(1)  # clinker electricity: no comparison period yet
    inputs = page.ui.inputTable
    row = next(r for r in range(inputs.rowCount()) if inputs.item(r, 0).text().startswith("对比期"))
    inputs.item(row, 1).setText("60.1")
    page.ui.productTable.selectRow(1)
    assert "GB/T 13234" in page.ui.traceLabel.text() and "3024.00 tce" in page.ui.traceLabel.text()
    assert page.ui.productTable.item(1, 9).text() == "3024.00"
    w.close()


def test_adding_a_product_through_the_standard_picker(qtbot: QtBot, demo_path: Path, monkeypatch: object,
                                                       tmp_path: Path) -> None:
    """The picker lists every shipped standard (the edition in force on the case's as-of date), filters by
    number or name, says the source label, and adds the chosen indicator under the name given."""
    import pytest

    from desktop_app.reference import limits
    from desktop_app.ui import limit_picker

    w = open_demo(qtbot, demo_path)
    w.ui.navList.setCurrentRow(5)
    page = w.page("products")
    assert isinstance(page, ProductsPage)
    seen: dict[str, object] = {}

    def choose(dialog: limit_picker.LimitPickerDialog) -> int:
        tree = dialog.ui.standardsTree
        assert tree.topLevelItemCount() == len(limits.families())
        dialog.ui.filterEdit.setText("29446")
        visible = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                   if not tree.topLevelItem(i).isHidden()]
        assert [t.text(0).split()[1] for t in visible] == ["29446-2019"]
        tree.setCurrentItem(visible[0].child(0))
        assert "来源等级" in dialog.ui.noteLabel.text()
        assert not dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok).isEnabled() or \
            dialog.name()  # the indicator's name is the default product name
        dialog.ui.nameEdit.setText("精煤（1 号厂）")
        seen["shot"] = dialog.grab()
        return int(limit_picker.QDialog.DialogCode.Accepted)

    mp = pytest.MonkeyPatch()
    mp.setattr(limit_picker.LimitPickerDialog, "exec", choose)
    try:
        before = page.ui.productTable.rowCount()
        page.add_product()
    finally:
        mp.undo()
    assert page.ui.productTable.rowCount() == before + 1
    assert w.document.case is not None
    row = w.document.case.rows("product")[-1]
    assert (row["name"], row["standard_id"], row["indicator_id"]) == ("精煤（1 号厂）", "gb29446", "electricity")
    seen["shot"].save(str(tmp_path / "limit_picker.png"))  # type: ignore[attr-defined]
    w.close()
