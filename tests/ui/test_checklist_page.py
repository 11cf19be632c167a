"""Walking the checklist with the keyboard, filters and search, evidence by drop and paste, persistence."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.domain.checklist import Status
from desktop_app.operations import checklist as ops
from desktop_app.operations.cases import new_case
from desktop_app.storage.casefile import CaseFile
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.pages.checklist import ChecklistPage
from desktop_app.ui.pages.overview import OverviewPage


@pytest.fixture
def fresh_path(tmp_path: Path) -> Path:
    path = tmp_path / "walk.jnzd"
    new_case(path, as_of_date="2026-03-20", module_ids=["industry.jiancai"]).close()
    return path


def open_window(qtbot: QtBot, path: Path) -> tuple[MainWindow, ChecklistPage]:
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(780, 560)
    w.show()
    assert w.open_path(path)
    w.ui.navList.setCurrentRow(3)
    page = w.page("checklist")
    assert isinstance(page, ChecklistPage)
    return w, page


def test_walk_every_item_with_the_keyboard(qtbot: QtBot, fresh_path: Path) -> None:
    w, page = open_window(qtbot, fresh_path)
    tree = page.ui.itemTree
    tree.setFocus()
    total = len(page.state.items)
    assert total > 45
    seen = []
    for _ in range(total):
        seen.append(page._current)
        qtbot.keyClick(tree, Qt.Key.Key_1)  # 符合
        qtbot.keyClick(tree, Qt.Key.Key_Down)  # skips section rows
    assert len(set(seen)) == total  # each item visited once, in order
    with CaseFile.open(fresh_path, read_only=True) as other:  # committed, visible to another reader
        state = ops.load(other)
        assert all(st.status in (Status.CONFORMING,) or st.derived is not None for st in state.ordered())
    # A section row highlighted by the mouse: a status key must not answer the item shown before it.
    section_row = tree.topLevelItem(1)
    tree.setCurrentItem(section_row)
    before = {k: st.manual_status for k, st in page.state.items.items()}
    qtbot.keyClick(tree, Qt.Key.Key_2)
    assert {k: st.manual_status for k, st in page.state.items.items()} == before
    w.close()


def test_status_keys_finding_and_undo(qtbot: QtBot, fresh_path: Path) -> None:
    w, page = open_window(qtbot, fresh_path)
    tree = page.ui.itemTree
    tree.setFocus()
    item_id = page._current
    qtbot.keyClick(tree, Qt.Key.Key_2)
    assert page.state.items[item_id].status is Status.NONCONFORMING
    assert page.ui.nonconformingButton.isChecked()
    assert "不符合" in page._tree_items[item_id].text(1)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert page.ui.findingEdit.hasFocus() or not w.isActiveWindow()
    page.ui.findingEdit.setPlainText("诊断团队缺少计量专业人员")
    qtbot.keyClick(page.ui.findingEdit, Qt.Key.Key_Escape)
    assert page.state.items[item_id].answer["finding"] == "诊断团队缺少计量专业人员"
    w.act_undo.trigger()
    assert page.ui.findingEdit.toPlainText() == ""
    w.act_undo.trigger()
    assert page.state.items[item_id].manual_status is Status.UNCHECKED
    w.close()


def test_next_unanswered_required_and_filters_and_search(qtbot: QtBot, fresh_path: Path) -> None:
    w, page = open_window(qtbot, fresh_path)
    assert page.next_unanswered_required()
    first = page._current
    assert page.state.items[first].item.required and not page.state.items[first].answered
    page.set_status(Status.CONFORMING)
    assert page.next_unanswered_required()
    assert page._current != first
    page.set_status(Status.NONCONFORMING)
    nonconforming = page._current
    page.ui.filterCombo.setCurrentIndex(page.ui.filterCombo.findData("nonconforming"))
    assert page.visible_item_ids() == [nonconforming]
    page.ui.filterCombo.setCurrentIndex(page.ui.filterCombo.findData("required"))
    assert all(page.state.items[i].item.required for i in page.visible_item_ids())
    page.ui.filterCombo.setCurrentIndex(0)
    page.ui.searchEdit.setText("篦冷机")
    visible = page.visible_item_ids()
    assert visible and all("篦冷机" in (page.state.items[i].item.title + page.state.items[i].item.guidance)
                           for i in visible)
    w.close()


def test_number_answer_validation_in_panel(qtbot: QtBot, fresh_path: Path) -> None:
    w, page = open_window(qtbot, fresh_path)
    number = next(st.item for st in page.state.ordered() if st.item.answer.type == "number")
    assert page.focus_field(f"checklist.{number.id}")
    assert page.ui.valueEdit.isVisible() and page.ui.unitLabel.text() == number.answer.unit
    page.ui.valueEdit.setText("不是数字")
    page.ui.valueEdit.editingFinished.emit()
    assert "不是数字" in page.ui.valueEdit.toolTip()
    assert page.state.items[number.id].value() is None
    good = number.answer.minimum if number.answer.minimum is not None else 1.0
    page.ui.valueEdit.setText(str(good))
    page.ui.valueEdit.editingFinished.emit()
    assert page.state.items[number.id].value() == good
    w.close()


def test_drop_and_paste_evidence_then_reopen(qtbot: QtBot, fresh_path: Path, tmp_path: Path) -> None:
    w, page = open_window(qtbot, fresh_path)
    item_id = page._current
    photo = tmp_path / "现场照片.jpg"
    buf = io.BytesIO()
    Image.new("RGB", (320, 200), (10, 120, 200)).save(buf, "JPEG")
    photo.write_bytes(buf.getvalue())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    page.dropEvent(QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                              Qt.KeyboardModifier.NoModifier))
    assert page.ui.evidenceList.count() == 1
    assert not page.ui.evidenceList.item(0).icon().isNull()
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkGreen)
    QGuiApplication.clipboard().setImage(image)
    assert page.evidence.paste()
    assert page.ui.evidenceList.count() == 2
    bad = tmp_path / "空文件.jpg"
    bad.write_bytes(b"")
    assert page.evidence.add_files([bad]) == 0
    assert "0 字节" in w.statusBar().currentMessage()
    w.close()
    # "kill the app, reopen, and find everything": the file has it without any save step
    with CaseFile.open(fresh_path, read_only=True) as case:
        rows = ops.evidence_for(case, item_id)
        assert next(r["filename"] for r in rows) == "现场照片.jpg"
        assert ops.evidence_bytes(case, int(rows[0]["id"])) == photo.read_bytes()


def test_overview_shows_checklist_completeness_and_jumps(qtbot: QtBot, fresh_path: Path) -> None:
    w, page = open_window(qtbot, fresh_path)
    overview = w.page("overview")
    assert isinstance(overview, OverviewPage)
    overview.reload()
    assert overview.ui.checklistBar.value() < 20
    item = next(overview.ui.findingsList.item(i) for i in range(overview.ui.findingsList.count())
                if "诊断清单" in overview.ui.findingsList.item(i).text())
    overview._jump(item)
    assert w.ui.navList.currentRow() == 3
    assert page._current == str(item.data(Qt.ItemDataRole.UserRole)).split(".", 1)[1]
    w.close()


def test_template_change_dialog_previews_and_applies(qtbot: QtBot, fresh_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.ui.templates_dialog import TemplatesDialog

    w, page = open_window(qtbot, fresh_path)
    dialog = TemplatesDialog(w.document, ["general", "industry.jiancai"], w)
    assert dialog.ui.previewEdit.toPlainText() == "没有变化。"
    lst = dialog.ui.modulesList
    for i in range(lst.count()):
        if lst.item(i).data(Qt.ItemDataRole.UserRole) == "industry.gangtie":
            lst.item(i).setCheckState(Qt.CheckState.Checked)
    assert "加入模板" in dialog.ui.previewEdit.toPlainText()
    w.document.run(ops.apply_templates, dialog.selection())
    assert any(i.startswith("GT") for i in page.state.items)
    dialog.deleteLater()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    w.close()


def test_damaged_template_copy_in_the_case_is_a_message_not_a_crash(qtbot: QtBot, fresh_path: Path) -> None:
    import sqlite3

    raw = sqlite3.connect(fresh_path)
    raw.execute("UPDATE checklist_template SET content = '{\"format\": 1}' WHERE kind = 'general'")
    raw.commit()
    raw.close()
    ops._PARSED.clear()
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    assert w.open_path(fresh_path)
    assert "清单模板" in w.statusBar().currentMessage()
    w.ui.navList.setCurrentRow(3)
    page = w.page("checklist")
    assert page.state is None and page.ui.itemTree.topLevelItemCount() == 0
    w.close()


def test_save_evidence_as_writes_the_original_bytes(qtbot: QtBot, fresh_path: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    w, page = open_window(qtbot, fresh_path)
    buf = io.BytesIO()
    Image.new("RGB", (50, 40), (1, 2, 3)).save(buf, "PNG")
    assert page.evidence.add_bytes("图.png", buf.getvalue())
    page.ui.evidenceList.setCurrentRow(0)
    out = tmp_path / "导出.png"
    monkeypatch.setattr("desktop_app.ui.evidence.QFileDialog.getSaveFileName", lambda *a, **k: (str(out), ""))
    page.evidence.save_selected()
    assert out.read_bytes() == buf.getvalue()
    w.close()
