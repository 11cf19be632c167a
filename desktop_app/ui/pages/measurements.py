"""测量: logger datasets imported through the wizard, their channels (shown, named, linked to equipment), and the
analyses of ``measurements_analysis``; export of any chart as PNG or SVG for the report."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QListWidgetItem, QMessageBox, QWidget

from desktop_app.domain.changes import OpChanges
from desktop_app.importers.logs.columns import QUANTITY_NAMES
from desktop_app.operations import equipment as equipment_ops
from desktop_app.operations import measurements as ops
from desktop_app.operations import spot_measurements as spot_ops
from desktop_app.ui.document import CaseDocument
from desktop_app.ui.document_state import editable
from desktop_app.ui.forms.ui_measurements import Ui_MeasurementsForm
from desktop_app.ui.pages.base import SectionPage
from desktop_app.ui.pages.measurements_analysis import MeasurementAnalysis

TABLES = ("dataset", "channel", "annotation", "day_type", "spot_measurement", "equipment")



class MeasurementsPage(SectionPage):
    section_id = "measurements"

    def __init__(self, document: CaseDocument) -> None:
        form = QWidget()
        self.ui = Ui_MeasurementsForm()
        self.ui.setupUi(form)
        super().__init__(document, form, scroll=False)
        ui = self.ui
        ui.splitter.setSizes([300, 1000])
        self.analysis = MeasurementAnalysis(ui, document, self)
        ui.importButton.clicked.connect(self.choose_and_import)
        ui.deleteDatasetButton.clicked.connect(self.delete_dataset)
        ui.reimportButton.clicked.connect(self.reimport)
        ui.datasetCombo.activated.connect(lambda _i: self._load_dataset())
        ui.channelList.itemChanged.connect(lambda _i: self._shown_changed())
        ui.channelList.currentRowChanged.connect(lambda _r: self._show_channel())
        ui.channelLabelEdit.editingFinished.connect(lambda: self._edit_channel("label", ui.channelLabelEdit.text()))
        ui.channelUnitEdit.editingFinished.connect(lambda: self._edit_channel("unit", ui.channelUnitEdit.text()))
        ui.channelInstrumentEdit.editingFinished.connect(
            lambda: self._edit_channel("instrument", ui.channelInstrumentEdit.text()))
        ui.channelEquipmentCombo.activated.connect(
            lambda _i: self._edit_channel("equipment_id", str(ui.channelEquipmentCombo.currentData() or "")))
        ui.pngButton.clicked.connect(lambda: self.export("png"))
        ui.svgButton.clicked.connect(lambda: self.export("svg"))
        ui.annotateButton.clicked.connect(self.annotate)
        self.dataset_id: int | None = None
        self.times = np.empty(0, dtype=np.int64)
        self._values: dict[int, np.ndarray] = {}
        self._channels: list[dict[str, object]] = []
        self._filling = False

    # -- loading ---------------------------------------------------------------------------------------------
    def reload(self) -> None:
        case = self.document.case
        if case is None:
            return
        ui = self.ui
        current = self.dataset_id
        sets = ops.datasets(case)
        ui.datasetCombo.clear()
        for d in sets:
            ui.datasetCombo.addItem(f"{d['label']}（{d['n']} 行）", d["id"])
        index = ui.datasetCombo.findData(current) if current is not None else 0
        ui.datasetCombo.setCurrentIndex(max(0, index) if sets else -1)
        devices = equipment_ops.register(case)
        ui.channelEquipmentCombo.clear()
        ui.channelEquipmentCombo.addItem(self.tr("（不关联）"), 0)
        for v in devices:
            ui.channelEquipmentCombo.addItem(v.title, v.id)
        self._load_dataset()

    def _load_dataset(self) -> None:
        case = self.document.case
        data = self.ui.datasetCombo.currentData()
        new_id = int(data) if data else None
        if case is None:
            return
        if new_id != self.dataset_id:
            self._values = {}
        self.dataset_id = new_id
        self.times = ops.dataset_times(case, new_id) if new_id is not None else np.empty(0, dtype=np.int64)
        self._channels = ops.channels(case, new_id) if new_id is not None else []
        self._fill_channels()
        self.analysis.dataset_changed()
        self._show_channel()

    def _fill_channels(self) -> None:
        lst = self.ui.channelList
        shown = self.shown_ids()
        first = not shown
        self._filling = True
        try:
            current = lst.currentRow()
            lst.clear()
            for n, ch in enumerate(self._channels):
                item = QListWidgetItem(f"{ch['label']}（{ch['unit'] or '—'}）")
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                on = (n < 2) if first else (int(str(ch["id"])) in shown)
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                item.setData(Qt.ItemDataRole.UserRole, int(str(ch["id"])))
                lst.addItem(item)
            lst.setCurrentRow(min(max(current, 0), lst.count() - 1) if lst.count() else -1)
        finally:
            self._filling = False

    def values(self, channel_id: int) -> np.ndarray:
        case = self.document.case
        if channel_id not in self._values and case is not None:
            self._values[channel_id] = ops.channel_values(case, channel_id)
        return self._values.get(channel_id, np.empty(0))

    def channel_rows(self) -> list[dict[str, object]]:
        return self._channels

    def shown_ids(self) -> list[int]:
        lst = self.ui.channelList
        return [int(lst.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(lst.count())
                if lst.item(i).checkState() == Qt.CheckState.Checked]

    def current_channel(self) -> dict[str, object] | None:
        row = self.ui.channelList.currentRow()
        return self._channels[row] if 0 <= row < len(self._channels) else None

    def tz(self) -> str:
        case = self.document.case
        row = case.row("dataset", self.dataset_id) if case is not None and self.dataset_id is not None else None
        return str(row["tz"]) if row else "Asia/Shanghai"

    def _shown_changed(self) -> None:
        if not self._filling:
            self.analysis.refresh_time_chart()

    def _show_channel(self) -> None:
        ch = self.current_channel()
        ui = self.ui
        ui.channelGroup.setEnabled(ch is not None)
        if ch is None:
            ui.fileLabel.setText(self.tr("尚无测量数据：点“导入记录仪文件…”，或在命令行用 jnzd import-log。")
                                 if self.dataset_id is None else "")
            self.analysis.channel_changed()
            return
        ui.channelLabelEdit.setText(str(ch["label"]))
        ui.channelUnitEdit.setText(str(ch["unit"] or ""))
        ui.channelQuantityValue.setText(_quantity_and_unit_source(ch))
        ui.channelQuantityValue.setToolTip(str(ch.get("unit_check") or ""))
        ui.channelInstrumentEdit.setText(str(ch["instrument"] or ""))
        ui.channelEquipmentCombo.setCurrentIndex(max(0, ui.channelEquipmentCombo.findData(ch["equipment_id"] or 0)))
        case = self.document.case
        if case is not None and ch.get("file_id"):
            info = ops.file_report(case, int(str(ch["file_id"])))
            r, o = info["report"], info["options"]
            text = (self.tr("来源：") + f"{info['filename']}（SHA-256 {str(info['sha256'])[:12]}…）；"
                    + f"{o.get('encoding', '')}，{o.get('tz', '')}；"
                    + self.tr("读取 %1 行，跳过 %2 行").replace("%1", str(r.get("rows_total"))).replace(
                        "%2", str(r.get("rows_bad"))))
            if r.get("duplicates"):
                text += self.tr("，重复时间戳 %1").replace("%1", str(r["duplicates"]))
            if r.get("gaps"):
                text += self.tr("，中断 %1 处").replace("%1", str(len(r["gaps"])))
            ui.fileLabel.setText(text)
        self.analysis.channel_changed()

    def _edit_channel(self, key: str, value: str) -> None:
        ch = self.current_channel()
        if ch is None or self._filling or str(ch.get(key) or "") == value:
            return
        self.document.run(ops.update_channel, int(str(ch["id"])), {key: value}, source=self)

    def on_changed(self, changes: OpChanges) -> None:
        if changes.everything or any(changes.touches(t) for t in TABLES):
            if changes.touches("day_type") and not changes.touches("dataset") and not changes.everything:
                self.analysis.refresh_day_types()
            elif changes.touches("spot_measurement") and not changes.touches("dataset"):
                self.analysis.fill_spots()
            else:
                self.reload()

    def set_read_only(self, read_only: bool) -> None:
        read_only = read_only or not editable(self.document.case)
        for w in (self.ui.importButton, self.ui.reimportButton, self.ui.deleteDatasetButton, self.ui.annotateButton,
                  self.ui.channelGroup):
            w.setEnabled(not read_only)
        self.analysis.set_read_only(read_only)

    # -- actions ---------------------------------------------------------------------------------------------
    def choose_and_import(self) -> None:
        """The import button (a separate slot: ``clicked`` passes ``checked``, which must not become ``paths``)."""
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("选择记录仪文件"), "",
                                                self.tr("记录仪数据 (*.csv *.tsv *.txt *.xlsx);;所有文件 (*)"))
        self.import_files([Path(n) for n in names])

    def import_files(self, paths: list[Path]) -> None:
        from desktop_app.ui.import_dialog import ImportLogDialog  # only when importing

        if not paths:
            return
        dialog = ImportLogDialog(paths, self)
        self._dialog = dialog
        if dialog.exec() and dialog.prepared is not None:
            result = self.document.run(ops.store, dialog.prepared, label=dialog.label, instrument=dialog.instrument,
                                       source=self)
            if result is not None:
                self.dataset_id = result[1]
                self.reload()

    def reimport(self) -> None:
        """Open the wizard on the dataset's original files and choices; accepting replaces the dataset."""
        import shutil
        import tempfile

        from desktop_app.ui.import_dialog import ImportLogDialog

        case, old = self.document.case, self.dataset_id
        if case is None or old is None:
            return
        row = case.row("dataset", old) or {}
        folder = Path(tempfile.mkdtemp(prefix="jnzd-reimport-"))
        try:
            originals = self.document.run(lambda c: ops.extract_originals(c, old, folder))
            if not originals:
                return
            dialog = ImportLogDialog([p for p, _o in originals], self, overrides=dict(originals),
                                     resample_ms=row.get("resampled_ms"), label=str(row.get("label") or ""))
            self._dialog = dialog
            if dialog.exec() and dialog.prepared is not None:
                result = self.document.run(ops.store, dialog.prepared, label=dialog.label,
                                           instrument=dialog.instrument, source=self)
                if result is not None:
                    self.document.run(ops.delete_dataset, old, source=self)
                    self.dataset_id = result[1]
                    self.reload()
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def delete_dataset(self) -> None:
        if self.dataset_id is None:
            return
        answer = QMessageBox.question(self, self.tr("删除数据集"),
                                      self.tr("删除当前数据集及其通道和标注？原始文件保留在案例中；可用“撤销”恢复。"))
        if answer == QMessageBox.StandardButton.Yes:
            self.document.run(ops.delete_dataset, self.dataset_id, source=self)
            self.dataset_id = None
            self.reload()

    def annotate(self) -> None:
        if self.dataset_id is None or len(self.times) == 0:
            return
        region = self.analysis.time_chart.region()
        t = region[0] if region else int(self.times[len(self.times) // 2])
        text, ok = QInputDialog.getText(self, self.tr("添加标注"), self.tr("标注文字："))
        if ok and text.strip():
            self.document.run(spot_ops.add_annotation, self.dataset_id, t, text, source=self)
            self.analysis.refresh_time_chart()

    def export(self, fmt: str) -> None:
        chart = self.analysis.current_chart()
        if chart is None:
            return
        suffix = "png" if fmt == "png" else "svg"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出图表"), f"chart.{suffix}", f"*.{suffix}")
        if not path:
            return
        try:
            (chart.export_png if fmt == "png" else chart.export_svg)(Path(path))
        except OSError as exc:
            self.document.failed.emit(self.tr("导出失败：") + f"{path}：{exc.strerror or exc}")


def _quantity_and_unit_source(ch: dict[str, object]) -> str:
    """"有功功率 · 推断（W → kW × 0.001）": the quantity, where the unit came from and the conversion on import."""
    from desktop_app.domain.messages import current_language
    from desktop_app.importers.logs.units import SOURCE_NAMES, SOURCE_NAMES_EN, Decision, conversion_text

    quantity = QUANTITY_NAMES.get(str(ch.get("quantity")), str(ch.get("quantity")))
    source = str(ch.get("unit_source") or "")
    if not source:
        return quantity
    names = SOURCE_NAMES_EN if current_language() == "en" else SOURCE_NAMES
    factor, offset = float(str(ch.get("unit_factor") or 1)), float(str(ch.get("unit_offset") or 0))
    conv = conversion_text(Decision(str(ch.get("quantity") or ""), str(ch.get("unit_original") or ""),
                                    str(ch.get("unit") or ""), factor, offset, source, "sample", ""))
    how = names.get(source, source)
    if conv:
        how += f"（{ch.get('unit_original')} → {ch.get('unit')} {conv}）"
    return f"{quantity} · {'⚠ ' if source == 'inferred' else ''}{how}"
