"""The report page previews the demo's PDF pages and exports the three outputs off the UI thread."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.operations import export
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.pages.report import ReportPage
from desktop_app.ui.sections import SECTIONS


def test_preview_and_export(qtbot: QtBot, demo_path: Path, tmp_path: Path) -> None:
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    assert w.open_path(demo_path)
    w.ui.navList.setCurrentRow([s.id for s in SECTIONS].index("report"))
    page = w.page("report")
    assert isinstance(page, ReportPage)
    page.ui.previewButton.click()
    assert page.ui.progressBar.isVisible() and not page.ui.exportButton.isEnabled()
    qtbot.waitUntil(lambda: page.ui.pageList.count() > 20, timeout=60_000)
    assert page.preview_pdf is not None and page.preview_pdf.startswith(b"%PDF")
    assert page.ui.pageList.item(0).icon().availableSizes()
    page.ui.folderEdit.setText(str(tmp_path / "out"))
    page.ui.exportButton.click()
    qtbot.waitUntil(lambda: bool(page.last_outputs), timeout=60_000)
    bundle = page.last_outputs["上报数据包"]
    assert export.verify(bundle).names[0] == "case.json" or "case.json" in export.verify(bundle).names
    assert all(p.exists() for p in page.last_outputs.values())
    w.close()
