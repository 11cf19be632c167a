"""报告: export the PDF report, the Excel annexes and the upload bundle (off the UI thread, with progress and
cancel), and preview the report's pages in the app (rendered with pdfium)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QWidget

from desktop_app.domain.changes import OpChanges
from desktop_app.ui.document import CaseDocument
from desktop_app.ui.forms.ui_report import Ui_ReportForm
from desktop_app.ui.pages.base import SectionPage
from desktop_app.ui.worker import Task

PREVIEW_WIDTH = 420  # pixels per page thumbnail


def _preview_pdf(case_path: Path, progress: object) -> bytes:
    from desktop_app.operations.report_content import build_report
    from desktop_app.reporting.pdf import render_bytes
    from desktop_app.storage.casefile import CaseFile

    with CaseFile.open(case_path, read_only=True) as case:  # a snapshot: its own connection, safe off-thread
        report = build_report(case)
    return render_bytes(report)


def pages_as_images(pdf: bytes, width: int = PREVIEW_WIDTH) -> list[QImage]:
    import pypdfium2 as pdfium  # only the preview needs it

    doc = pdfium.PdfDocument(pdf)
    images = []
    try:
        for page in doc:
            scale = width / page.get_width()
            pil = page.render(scale=scale).to_pil().convert("RGB")
            data = pil.tobytes("raw", "RGB")
            images.append(QImage(data, pil.width, pil.height, 3 * pil.width, QImage.Format.Format_RGB888).copy())
    finally:
        doc.close()
    return images


class ReportPage(SectionPage):
    section_id = "report"

    def __init__(self, document: CaseDocument) -> None:
        form = QWidget()
        self.ui = Ui_ReportForm()
        self.ui.setupUi(form)
        super().__init__(document, form, scroll=False)
        ui = self.ui
        ui.pageList.setIconSize(QSize(PREVIEW_WIDTH, int(PREVIEW_WIDTH * 1.414)))
        ui.folderButton.clicked.connect(self.choose_folder)
        ui.exportButton.clicked.connect(self.export)
        ui.previewButton.clicked.connect(self.preview)
        ui.cancelButton.clicked.connect(self.cancel)
        self._task: Task | None = None
        self.last_outputs: dict[str, Path] = {}
        self.preview_pdf: bytes | None = None
        self._idle()

    def reload(self) -> None:
        case = self.document.case
        if case is not None and not self.ui.folderEdit.text():
            self.ui.folderEdit.setText(str(Path(case.path).parent / "导出"))

    def on_changed(self, changes: OpChanges) -> None:
        """The preview shows the case as it was when built; say so after an edit."""
        if self.ui.pageList.count():
            self.ui.statusLabel.setText(self.tr("案例已修改，预览不是最新的：请重新预览。"))

    def set_read_only(self, read_only: bool) -> None:
        """Exporting reads the case only: allowed on a read-only case too."""

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择导出文件夹"), self.ui.folderEdit.text())
        if folder:
            self.ui.folderEdit.setText(folder)

    def _busy(self, text: str) -> None:
        self.ui.progressBar.setVisible(True)
        self.ui.progressBar.setValue(0)
        self.ui.cancelButton.setVisible(True)
        self.ui.exportButton.setEnabled(False)
        self.ui.previewButton.setEnabled(False)
        self.ui.statusLabel.setText(text)

    def _idle(self) -> None:
        self._task = None
        self.ui.progressBar.setVisible(False)
        self.ui.cancelButton.setVisible(False)
        self.ui.exportButton.setEnabled(True)
        self.ui.previewButton.setEnabled(True)

    def _start(self, task: Task) -> None:
        task.signals.progress.connect(lambda f: self.ui.progressBar.setValue(round(f * 100)))
        task.signals.failed.connect(self._failed)
        task.signals.cancelled.connect(lambda: (self._idle(), self.ui.statusLabel.setText(self.tr("已停止。"))))
        self._task = task
        task.start()

    def export(self) -> None:
        case = self.document.case
        if case is None or self._task is not None:
            return
        folder = Path(self.ui.folderEdit.text().strip() or ".")
        path = Path(case.path)

        def work(progress: object) -> dict[str, Path]:
            from desktop_app.operations import outputs

            folder.mkdir(parents=True, exist_ok=True)
            return outputs.export_all(path, folder, progress=progress)  # type: ignore[arg-type]

        task = Task(work)
        task.signals.finished.connect(self._exported)
        self._busy(self.tr("正在导出……"))
        self._start(task)

    def _exported(self, outputs: dict[str, Path]) -> None:
        self._idle()
        self.last_outputs = outputs
        self.ui.statusLabel.setText(self.tr("已导出：") + "<br>".join(f"{k}：{v}" for k, v in outputs.items()))

    def preview(self) -> None:
        case = self.document.case
        if case is None or self._task is not None:
            return
        path = Path(case.path)
        task = Task(lambda progress: _preview_pdf(path, progress))
        task.signals.finished.connect(self._previewed)
        self._busy(self.tr("正在生成预览……"))
        self._start(task)

    def _previewed(self, pdf: bytes) -> None:
        self._idle()
        self.preview_pdf = pdf
        lst = self.ui.pageList
        lst.clear()
        images = pages_as_images(pdf)
        for n, image in enumerate(images, start=1):
            item = QListWidgetItem(QIcon(QPixmap.fromImage(image)), self.tr("第 %1 页").replace("%1", str(n)))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            lst.addItem(item)
        text = self.tr("预览：共 %1 页（草稿水印直至案例审核通过）")
        self.ui.statusLabel.setText(text.replace("%1", str(len(images))))

    def _failed(self, message: str) -> None:
        self._idle()
        self.ui.statusLabel.setText(f'<span style="color:#c0392b">{message}</span>')

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
