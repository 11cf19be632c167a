"""Evidence of one checklist item: thumbnails, add by dialog / drag and drop / paste, open, save, remove."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QIcon, QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QListWidget, QListWidgetItem, QWidget

from desktop_app.domain.errors import JnzdError
from desktop_app.importers.evidence import prepare_evidence, read_evidence_file
from desktop_app.operations import checklist as ops
from desktop_app.storage.snapshots import data_dir
from desktop_app.ui.document import CaseDocument

THUMB = QSize(128, 128)


class EvidenceController(QObject):
    """Drives the evidence list of the item panel; the page tells it which item is current."""

    def __init__(self, document: CaseDocument, lst: QListWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.document = document
        self.list = lst
        self.parent_widget = parent
        self.item_id: str | None = None
        lst.setViewMode(QListWidget.ViewMode.IconMode)
        lst.setIconSize(THUMB)
        lst.setResizeMode(QListWidget.ResizeMode.Adjust)
        lst.setMovement(QListWidget.Movement.Static)
        lst.setWordWrap(True)
        lst.itemDoubleClicked.connect(lambda _i: self.open_selected())

    def show_item(self, item_id: str | None) -> None:
        self.item_id = item_id
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        case = self.document.case
        if case is None or self.item_id is None:
            return
        for row in ops.evidence_for(case, self.item_id):
            entry = QListWidgetItem(str(row["filename"]))
            entry.setData(Qt.ItemDataRole.UserRole, row["id"])
            thumb = ops.thumbnail_bytes(case, int(str(row["id"])))
            pixmap = QPixmap()
            if thumb and pixmap.loadFromData(thumb):
                entry.setIcon(QIcon(pixmap))
            else:
                entry.setIcon(self.parent_widget.style().standardIcon(
                    self.parent_widget.style().StandardPixmap.SP_FileIcon))
            size = int(str(row["size"])) / 1024
            tip = f"{row['filename']}\n{size:,.0f} KB"
            if row.get("width"):
                tip += f"，{row['width']}×{row['height']} 像素"
            if row.get("taken_utc"):
                tip += "\n" + self.tr("拍摄时间：") + str(row["taken_utc"])
            tip += "\n" + self.tr("添加：") + f"{row['added_by']} {row['added_utc']}"
            entry.setToolTip(tip)
            self.list.addItem(entry)

    def selected_id(self) -> int | None:
        items = self.list.selectedItems() or ([self.list.currentItem()] if self.list.currentItem() else [])
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items and items[0] is not None else None

    # -- adding ----------------------------------------------------------------------------------------------
    def add_files(self, paths: list[Path]) -> int:
        """Store each file as evidence of the current item; report each refusal. Returns how many were added."""
        if self.item_id is None:
            return 0
        added = 0
        for path in paths:
            try:
                prepared = read_evidence_file(path)
            except JnzdError as exc:
                self.document.failed.emit(exc.message())
                continue
            if self.document.run(ops.add_evidence, self.item_id, prepared, source=self) is not None:
                added += 1
        self.refresh()
        return added

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self.parent_widget, self.tr("添加证据"), "",
            self.tr("照片和文件 (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.pdf *.doc *.docx *.xls *.xlsx *.csv "
                    "*.txt *.ppt *.pptx *.dwg *.ofd *.wps *.et);;所有文件 (*)"))
        self.add_files([Path(n) for n in names])

    def add_bytes(self, filename: str, data: bytes) -> bool:
        if self.item_id is None:
            return False
        try:
            prepared = prepare_evidence(filename, data)
        except JnzdError as exc:
            self.document.failed.emit(exc.message())
            return False
        ok = self.document.run(ops.add_evidence, self.item_id, prepared, source=self) is not None
        self.refresh()
        return ok

    def paste(self) -> bool:
        """Paste files (copied in the file manager) or an image (a screenshot) as evidence."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            return False
        files = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        if files:
            return self.add_files(files) > 0
        if mime.hasImage():
            image = QImage(mime.imageData())
            if image.isNull():
                return False
            data = QByteArray()
            buffer = QBuffer(data)
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            image.save(buffer, "PNG")
            name = self.tr("粘贴的图片") + datetime.now().strftime(" %Y%m%d-%H%M%S") + ".png"
            return self.add_bytes(name, bytes(data.data()))
        self.document.failed.emit(self.tr("剪贴板里没有图片或文件"))
        return False

    # -- using -----------------------------------------------------------------------------------------------
    def _write_selected(self, choose_target: object) -> Path | None:
        """Write the selected evidence's original bytes to the file ``choose_target(id, filename)`` names."""
        evidence_id = self.selected_id()
        case = self.document.case
        if evidence_id is None or case is None:
            return None
        filename = str((case.row("evidence", evidence_id) or {}).get("filename", "evidence"))
        target = choose_target(evidence_id, filename)  # type: ignore[operator]
        if target is None:
            return None
        try:
            target.write_bytes(ops.evidence_bytes(case, evidence_id))
        except OSError as exc:
            self.document.failed.emit(self.tr("无法保存：") + (exc.strerror or str(exc)))
            return None
        except JnzdError as exc:
            self.document.failed.emit(exc.message())
            return None
        return Path(target)

    def open_selected(self) -> None:
        """Open a copy with the system viewer (the case itself is never handed to another program)."""
        def in_view_folder(evidence_id: int, filename: str) -> Path:
            folder = data_dir() / "evidence-view"
            folder.mkdir(parents=True, exist_ok=True)
            return folder / f"{evidence_id}-{_safe_name(filename)}"

        written = self._write_selected(in_view_folder)
        if written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))

    def save_selected(self) -> None:
        def ask(_evidence_id: int, filename: str) -> Path | None:
            name, _ = QFileDialog.getSaveFileName(self.parent_widget, self.tr("证据另存为"), filename)
            return Path(name) if name else None

        self._write_selected(ask)

    def remove_selected(self) -> None:
        evidence_id = self.selected_id()
        if evidence_id is not None:
            self.document.run(ops.remove_evidence, evidence_id, source=self)
            self.refresh()


def _safe_name(name: str) -> str:
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", name)[:120] or "evidence"
