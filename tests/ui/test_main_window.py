"""The GUI shell on the demo case: edits commit, views follow the model, undo/redo, read-only, workflow."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.operations import profile as ops
from desktop_app.storage.casefile import CaseFile
from desktop_app.ui import binder as binder_module
from desktop_app.ui import recent
from desktop_app.ui.document import CaseDocument
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.pages.engagement import EngagementPage
from desktop_app.ui.pages.overview import OverviewPage
from desktop_app.ui.pages.profile import ProfilePage


@pytest.fixture
def window(qtbot: QtBot, demo_path: Path) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    assert w.open_path(demo_path)
    return w


def page(w: MainWindow, kind: type) -> object:
    ids = {OverviewPage: "overview", ProfilePage: "profile", EngagementPage: "engagement"}
    result = w.page(ids[kind])
    assert isinstance(result, kind)
    return result


def journal_len(w: MainWindow) -> int:
    assert w.document.case is not None
    return len(w.document.case.journal_entries())


def test_opens_demo_with_sections_and_title(window: MainWindow) -> None:
    nav = window.ui.navList
    expected = ["案例概览", "企业概况", "诊断任务", "诊断清单", "能源消费", "产品能耗", "能源计量", "设备", "测量",
                "计算", "节能措施", "企业反馈", "报告与上报"]
    assert [nav.item(i).text() for i in range(nav.count())] == expected
    assert "河南中岳建材有限公司" in window.windowTitle()
    overview = page(window, OverviewPage)
    assert overview.ui.enterpriseValue.text() == "河南中岳建材有限公司"
    assert overview.ui.completenessBar.value() == 100
    assert overview.ui.submitButton.isVisible() or not overview.isVisible()
    assert not window.ui.bannerLabel.isVisible()


def test_line_edit_commits_at_once_and_status_says_saved(window: MainWindow) -> None:
    p = page(window, ProfilePage)
    before = journal_len(window)
    p.ui.nameEdit.setText("河南中岳新材料有限公司")
    p.ui.nameEdit.editingFinished.emit()
    # A separate connection sees the committed value: it is on disk, not in a pending transaction.
    with CaseFile.open(window.document.case.path, read_only=True) as other:
        assert other.row("enterprise", 1)["name"] == "河南中岳新材料有限公司"
    assert journal_len(window) == before + 1
    assert "已保存" in window.saved_label.text()
    assert "河南中岳新材料有限公司" in window.windowTitle()


def test_invalid_value_is_marked_and_changes_nothing(window: MainWindow) -> None:
    p = page(window, ProfilePage)
    before = journal_len(window)
    p.ui.usccEdit.setText("91410782MA9K3C7E2X")  # wrong check character
    p.ui.usccEdit.editingFinished.emit()
    assert p.ui.usccEdit.property("invalid") is True
    assert "统一社会信用代码" in p.ui.usccEdit.toolTip()
    assert "校验" in p.ui.usccEdit.toolTip()
    assert window.document.case.row("enterprise", 1)["uscc"] == "91410782MA9K3C7E2M"
    assert journal_len(window) == before
    assert "校验" in window.statusBar().currentMessage()
    p.ui.employeesEdit.setText("-5")
    p.ui.employeesEdit.editingFinished.emit()
    assert "不能小于" in p.ui.employeesEdit.toolTip()
    assert window.document.case.row("enterprise", 1)["employees"] == 486


def test_undo_redo_actions_and_view_follows(window: MainWindow) -> None:
    p = page(window, ProfilePage)
    p.ui.cityEdit.setText("郑州市")
    p.ui.cityEdit.editingFinished.emit()
    assert window.act_undo.isEnabled()
    assert "所在地市" in window.act_undo.text()
    window.act_undo.trigger()
    assert window.document.case.row("enterprise", 1)["city"] == "新乡市"
    assert p.ui.cityEdit.text() == "新乡市"
    assert window.act_redo.isEnabled()
    window.act_redo.trigger()
    assert p.ui.cityEdit.text() == "郑州市"


def test_view_follows_model_changes_made_elsewhere(window: MainWindow) -> None:
    p = page(window, ProfilePage)
    e = page(window, EngagementPage)
    window.document.run(ops.set_field, "enterprise.revenue_wan", "1500")
    assert p.ui.revenueEdit.text() == "1500"
    assert "小型" in p.ui.smeLabel.text()  # 486 employees but 1500 万元 < 2000 → 小型
    window.document.run(ops.set_field, "engagement.agency", "另一家机构")
    assert e.ui.agencyEdit.text() == "另一家机构"
    assert page(window, OverviewPage).ui.agencyValue.text() == "另一家机构"


def test_combo_and_multiline_commit(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    p = page(window, ProfilePage)
    combo = p.ui.provinceCombo
    combo.setCurrentIndex(combo.findData("11"))
    combo.activated.emit(combo.currentIndex())
    assert window.document.case.row("enterprise", 1)["province_code"] == "11"
    # Multi-line text commits after a pause in typing, without leaving the field.
    p.binder._timers.clear()
    monkeypatch.setattr(binder_module, "IDLE_COMMIT_MS", 30)
    p.ui.processEdit.setPlainText("新工艺说明")
    qtbot.waitUntil(lambda: window.document.case.row("enterprise", 1)["process_description"] == "新工艺说明",
                    timeout=2000)


def test_contacts_add_edit_delete(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    p = page(window, ProfilePage)
    table = p.ui.contactTable
    assert table.rowCount() == 2
    monkeypatch.setattr("desktop_app.ui.pages.profile.QInputDialog.getText", lambda *a, **k: ("孙伟", True))
    p.add_contact()
    assert table.rowCount() == 3
    table.item(2, 2).setText("0373-1234567")
    assert window.document.case.rows("contact")[2]["phone"] == "0373-1234567"
    table.item(2, 3).setText("not-an-email")  # refused: the table shows the stored value again
    assert window.document.case.rows("contact")[2]["email"] is None
    assert table.item(2, 3).text() == ""
    table.selectRow(2)
    p.remove_contact()
    assert table.rowCount() == 2


def test_second_opener_gets_read_only_banner(window: MainWindow, qtbot: QtBot, demo_path: Path) -> None:
    other = MainWindow(CaseDocument())
    qtbot.addWidget(other)
    other.show()
    assert other.open_path(demo_path)
    assert other.document.case.read_only
    assert other.ui.bannerLabel.isVisible()
    assert "正由" in other.ui.bannerLabel.text() and "只读" in other.ui.bannerLabel.text()
    assert page(other, ProfilePage).ui.nameEdit.isReadOnly()
    assert not other.act_undo.isEnabled()
    other.close()


def test_workflow_submit_makes_read_only_and_withdraw_reopens(window: MainWindow) -> None:
    ov = page(window, OverviewPage)
    p = page(window, ProfilePage)
    ov.ui.submitButton.click()
    assert window.document.case.workflow_state == "submitted"
    assert window.ui.bannerLabel.isVisible()
    assert p.ui.nameEdit.isReadOnly()
    assert ov.ui.withdrawButton.isVisibleTo(ov) and not ov.ui.submitButton.isVisibleTo(ov)
    ov.ui.withdrawButton.click()
    assert window.document.case.workflow_state == "draft"
    assert not p.ui.nameEdit.isReadOnly()


def test_snapshot_dialog_restore(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.ui.snapshots_dialog import SnapshotsDialog

    dialog = SnapshotsDialog(window.document, window)
    dialog.create()
    count = dialog.ui.snapshotTable.rowCount()
    assert count >= 1
    window.document.run(ops.set_field, "enterprise.name", "改错的名字")
    dialog.refresh()
    dialog.ui.snapshotTable.selectRow(0)  # newest: the manual one, taken before the bad edit
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.restore()
    assert window.document.case.row("enterprise", 1)["name"] == "河南中岳建材有限公司"
    assert page(window, ProfilePage).ui.nameEdit.text() == "河南中岳建材有限公司"
    assert dialog.ui.snapshotTable.rowCount() > count  # the before-restore snapshot is listed too
    dialog.close()


def test_drop_a_case_file_opens_it(qtbot: QtBot, demo_path: Path) -> None:
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    assert w.document.case is None
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(demo_path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    w.dropEvent(event)
    assert w.document.case is not None
    assert str(demo_path) in recent.recent_files()[0]


def test_window_state_and_last_section_remembered(qtbot: QtBot, demo_path: Path) -> None:
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    w.open_path(demo_path)
    w.resize(700, 500)  # the offscreen screen is 800 × 600
    w.ui.navList.setCurrentRow(2)
    w.close()
    assert recent.settings().value("geometry") is not None
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    again.open_path(demo_path)
    assert again.ui.navList.currentRow() == 2
    assert (again.size().width(), again.size().height()) == (700, 500)
    again.close()


def test_closing_commits_the_field_being_edited(qtbot: QtBot, demo_path: Path) -> None:
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    w.open_path(demo_path)
    w.ui.navList.setCurrentRow(1)
    p = page(w, ProfilePage)
    p.ui.countyEdit.setFocus()
    p.ui.countyEdit.setText("卫辉市")
    w.close()
    with CaseFile.open(demo_path, read_only=True) as case:
        assert case.row("enterprise", 1)["county"] == "卫辉市"


def test_findings_jump_to_the_field(qtbot: QtBot, tmp_path: Path) -> None:
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    assert w.document.create(tmp_path / "new.jnzd", "2026-05-01")
    ov = page(w, OverviewPage)
    assert ov.ui.findingsList.count() > 5
    assert ov.ui.completenessBar.value() < 10  # only the as-of date is set
    item = ov.ui.findingsList.item(0)
    assert "企业名称" in item.text()
    ov._jump(item)
    assert w.ui.navList.currentRow() == 1
    assert w.focusWidget() is page(w, ProfilePage).ui.nameEdit or not w.isActiveWindow()


def test_open_failure_shows_message_and_keeps_start_page(qtbot: QtBot, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "bad.jnzd"
    bad.write_text("不是案例", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    assert not w.open_path(bad)
    assert shown and "不是节能诊断工作台的案例文件" in shown[0]
    assert w.ui.pageStack.currentWidget() is w.start


def test_overview_shows_energy_and_co2(window: MainWindow) -> None:
    overview = page(window, OverviewPage)
    assert "168498.64 tce" in overview.ui.energyValue.text() and "等价值" in overview.ui.energyValue.text()
    assert overview.ui.co2Value.text() == "483447.70 t"
