"""The logger-file import wizard: files, the detected reading choices (editable), a preview of the raw lines, the
columns with their quantity and unit, and a dry run in the background that shows what will be imported and what
will be skipped before anything is written. Accepting hands the prepared import to the page, which stores it in
one edit."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QTableWidgetItem, QWidget

from desktop_app.domain.errors import JnzdError
from desktop_app.importers.logs import Detection, LogOptions, detect
from desktop_app.importers.logs.columns import QUANTITY_NAMES
from desktop_app.operations.measurements import PreparedImport, prepare
from desktop_app.ui.forms.ui_import_log import Ui_ImportLogDialog
from desktop_app.ui.worker import Task

T = "ImportLogDialog"
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "gb18030", "gbk", "shift_jis", "cp1252",
             "cp1250", "cp1251")
DELIMITERS = ((",", QT_TRANSLATE_NOOP("ImportLogDialog", "逗号 ,")),
              ("\t", QT_TRANSLATE_NOOP("ImportLogDialog", "制表符")),
              (";", QT_TRANSLATE_NOOP("ImportLogDialog", "分号 ;")),
              (" ", QT_TRANSLATE_NOOP("ImportLogDialog", "空格")))
DECIMALS = ((".", QT_TRANSLATE_NOOP("ImportLogDialog", "点 .")), (",", QT_TRANSLATE_NOOP("ImportLogDialog", "逗号 ,")))
DATE_FORMATS = (("ymd", QT_TRANSLATE_NOOP("ImportLogDialog", "年-月-日（ISO、YYYY/MM/DD、YYYY年MM月DD日）")),
                ("dmy", QT_TRANSLATE_NOOP("ImportLogDialog", "日.月.年 / 日/月/年")),
                ("mdy", QT_TRANSLATE_NOOP("ImportLogDialog", "月/日/年")),
                ("ymd-yy", QT_TRANSLATE_NOOP("ImportLogDialog", "两位数年份：年/月/日（YY/MM/DD）")),
                ("dmy-yy", QT_TRANSLATE_NOOP("ImportLogDialog", "两位数年份：日/月/年（DD/MM/YY）")),
                ("mdy-yy", QT_TRANSLATE_NOOP("ImportLogDialog", "两位数年份：月/日/年（MM/DD/YY）")),
                ("excel", QT_TRANSLATE_NOOP("ImportLogDialog", "Excel 序列日期")),
                ("time", QT_TRANSLATE_NOOP("ImportLogDialog", "只有时刻（日期取自文件说明或文件名）")))
TIMESTAMP_AT = (("", QT_TRANSLATE_NOOP("ImportLogDialog", "（不是区间行）")),
                ("start", QT_TRANSLATE_NOOP("ImportLogDialog", "区间起点")),
                ("end", QT_TRANSLATE_NOOP("ImportLogDialog", "区间终点")))
ZONES = ("Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Tokyo", "Asia/Seoul", "Asia/Singapore", "UTC",
         "Europe/Berlin", "America/New_York")
RESAMPLE = ((0, QT_TRANSLATE_NOOP("ImportLogDialog", "不重采样（按时间戳对齐）")), (1000, "1 s"), (10_000, "10 s"),
            (60_000, "1 min"), (300_000, "5 min"), (900_000, "15 min"), (3_600_000, "1 h"))
COLUMN_HEADERS = (QT_TRANSLATE_NOOP("ImportLogDialog", "导入"), QT_TRANSLATE_NOOP("ImportLogDialog", "列名"),
                  QT_TRANSLATE_NOOP("ImportLogDialog", "用途"), QT_TRANSLATE_NOOP("ImportLogDialog", "物理量"),
                  QT_TRANSLATE_NOOP("ImportLogDialog", "单位"))
ROLES = {"date": QT_TRANSLATE_NOOP("ImportLogDialog", "日期时间"),
         "time": QT_TRANSLATE_NOOP("ImportLogDialog", "时间"),
         "start": QT_TRANSLATE_NOOP("ImportLogDialog", "区间起点"),
         "end": QT_TRANSLATE_NOOP("ImportLogDialog", "区间终点"),
         "value": QT_TRANSLATE_NOOP("ImportLogDialog", "数值"),
         "text": QT_TRANSLATE_NOOP("ImportLogDialog", "文字（不导入）")}


def _tr(text: str) -> str:
    return QCoreApplication.translate(T, text)


def _fill(box: QComboBox, items: tuple[tuple[str, str], ...] | list[tuple[str, str]], current: str | None) -> None:
    box.blockSignals(True)
    box.clear()
    for value, label in items:
        box.addItem(label, value)
    index = box.findData(current if current is not None else "")
    if index < 0 and box.isEditable() and current:
        box.setEditText(current)
    else:
        box.setCurrentIndex(max(0, index))
    box.blockSignals(False)


def _value(box: QComboBox) -> str:
    if box.isEditable() and box.currentText() != box.itemText(box.currentIndex()):
        return box.currentText().strip()
    data = box.currentData()
    return "" if data is None else str(data)


class ImportLogDialog(QDialog):
    def __init__(self, paths: list[Path], parent: QWidget | None = None, *,
                 overrides: dict[Path, LogOptions] | None = None, resample_ms: int | None = None,
                 label: str = "") -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ImportLogDialog()
        ui.setupUi(self)
        self.files: list[Path] = []
        self.overrides: dict[Path, LogOptions] = dict(overrides or {})
        self.detections: dict[Path, Detection] = {}
        self.prepared: PreparedImport | None = None
        self._task: Task | None = None
        self._accept_when_done = False
        self._dry_run = QTimer(self)
        self._dry_run.setSingleShot(True)
        self._dry_run.setInterval(250)
        self._dry_run.timeout.connect(self.run_dry)
        _fill(ui.resampleCombo, [(str(ms), _tr(text)) for ms, text in RESAMPLE], str(resample_ms or 0))
        ui.labelEdit.setText(label)
        ui.columnTable.setColumnCount(len(COLUMN_HEADERS))
        ui.columnTable.setHorizontalHeaderLabels([_tr(h) for h in COLUMN_HEADERS])
        ui.columnTable.verticalHeader().setVisible(False)
        ui.fileList.currentRowChanged.connect(self._show_file)
        ui.addFileButton.clicked.connect(self.add_files_dialog)
        ui.removeFileButton.clicked.connect(self.remove_file)
        ui.importButton.clicked.connect(self.do_import)
        ui.cancelButton.clicked.connect(self.cancel_or_close)
        ui.resampleCombo.currentIndexChanged.connect(lambda _i: self._changed())
        for box in (ui.encodingCombo, ui.delimiterCombo, ui.decimalCombo, ui.dateColumnCombo, ui.timeColumnCombo,
                    ui.dateFormatCombo, ui.timestampAtCombo, ui.tzCombo, ui.sheetCombo):
            box.activated.connect(lambda _i: self._options_edited())
            if box.isEditable():
                box.lineEdit().editingFinished.connect(self._options_edited)
        ui.skipSpin.valueChanged.connect(lambda _v: self._options_edited())
        ui.unitRowCheck.toggled.connect(lambda _v: self._options_edited())
        ui.columnTable.itemChanged.connect(lambda _i: self._options_edited())
        ui.progressBar.setVisible(False)
        self._filling = False
        self.add_files(paths)

    # -- files ---------------------------------------------------------------------------------------------
    def add_files_dialog(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("选择记录仪文件"), "",
                                                self.tr("记录仪数据 (*.csv *.tsv *.txt *.xlsx);;所有文件 (*)"))
        self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        for p in paths:
            if p not in self.files:
                self.files.append(p)
                self.ui.fileList.addItem(p.name)
        if self.files and self.ui.fileList.currentRow() < 0:
            self.ui.fileList.setCurrentRow(0)
        self._changed()

    def remove_file(self) -> None:
        row = self.ui.fileList.currentRow()
        if 0 <= row < len(self.files):
            path = self.files.pop(row)
            self.overrides.pop(path, None)
            self.detections.pop(path, None)
            self.ui.fileList.takeItem(row)
            self._changed()

    def current(self) -> Path | None:
        row = self.ui.fileList.currentRow()
        return self.files[row] if 0 <= row < len(self.files) else None

    # -- detection and options -------------------------------------------------------------------------------
    def _detect(self, path: Path) -> Detection | None:
        try:
            detection = detect(path, self.overrides.get(path))
        except JnzdError as exc:
            self.ui.reportLabel.setText(f'<span style="color:#c0392b">{exc.message()}</span>')
            self.detections.pop(path, None)
            return None
        self.detections[path] = detection
        return detection

    def _show_file(self, _row: int = -1) -> None:
        path = self.current()
        if path is None:
            return
        detection = self._detect(path)
        if detection is None:
            return
        self._filling = True
        try:
            self._fill_options(detection)
            self._fill_preview(detection)
        finally:
            self._filling = False

    def _fill_options(self, d: Detection) -> None:
        ui, o = self.ui, d.options
        _fill(ui.encodingCombo, [(e, e) for e in ENCODINGS], o.encoding)
        _fill(ui.delimiterCombo, [(v, _tr(label)) for v, label in DELIMITERS], o.delimiter)
        _fill(ui.decimalCombo, [(v, _tr(label)) for v, label in DECIMALS], o.decimal)
        ui.skipSpin.blockSignals(True)
        ui.skipSpin.setValue(o.skip_rows or 0)
        ui.skipSpin.blockSignals(False)
        ui.unitRowCheck.blockSignals(True)
        ui.unitRowCheck.setChecked(bool(o.unit_row))
        ui.unitRowCheck.blockSignals(False)
        names = [(c.name, c.name) for c in d.columns]
        _fill(ui.dateColumnCombo, names, o.date_column)
        _fill(ui.timeColumnCombo, [("", self.tr("（无）")), *names], o.time_column or "")
        _fill(ui.dateFormatCombo, [(v, _tr(label)) for v, label in DATE_FORMATS], o.date_format or "")
        if not o.date_format:
            ui.dateFormatCombo.setCurrentIndex(-1)
        _fill(ui.timestampAtCombo, [(v, _tr(label)) for v, label in TIMESTAMP_AT], o.timestamp_at or "")
        _fill(ui.tzCombo, [(z, z) for z in ZONES], o.tz)
        _fill(ui.sheetCombo, [(o.sheet, o.sheet)] if o.sheet else [], o.sheet)
        ui.sheetCombo.setEnabled(d.format == "xlsx")

    def _fill_preview(self, d: Detection) -> None:
        ui = self.ui
        rows = d.preview
        width = max((len(r) for r in rows), default=0)
        ui.previewTable.setRowCount(len(rows))
        ui.previewTable.setColumnCount(width)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                ui.previewTable.setItem(r, c, QTableWidgetItem(text))
        ui.previewTable.resizeColumnsToContents()
        selected = set(d.options.columns) if d.options.columns else None
        ui.columnTable.blockSignals(True)
        ui.columnTable.setRowCount(len(d.columns))
        for r, col in enumerate(d.columns):
            check = QTableWidgetItem()
            if col.role == "value":
                check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                on = selected is None or col.name in selected
                check.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            else:
                check.setFlags(Qt.ItemFlag.ItemIsEnabled)
            ui.columnTable.setItem(r, 0, check)
            for c, text in enumerate((col.name, _tr(ROLES.get(col.role, col.role)),
                                      QUANTITY_NAMES.get(col.quantity, col.quantity) if col.role == "value" else "",
                                      col.unit or col.unit_text), start=1):
                ui.columnTable.setItem(r, c, QTableWidgetItem(text))
        ui.columnTable.blockSignals(False)
        ui.columnTable.resizeColumnsToContents()
        notes = list(d.notes)
        for a in d.ambiguities:
            notes.append(f'<span style="color:#c0392b">{a.message}</span>')
        if notes:
            ui.reportLabel.setText("<br>".join(notes))

    def _options_edited(self) -> None:
        path = self.current()
        if self._filling or path is None:
            return
        ui = self.ui
        skip = ui.skipSpin.value()
        columns = tuple(ui.columnTable.item(r, 1).text() for r in range(ui.columnTable.rowCount())
                        if ui.columnTable.item(r, 0).flags() & Qt.ItemFlag.ItemIsUserCheckable
                        and ui.columnTable.item(r, 0).checkState() == Qt.CheckState.Checked)
        base = self.overrides.get(path, LogOptions())
        self.overrides[path] = replace(
            base, encoding=_value(ui.encodingCombo) or None, delimiter=_value(ui.delimiterCombo) or None,
            decimal=_value(ui.decimalCombo) or None, skip_rows=skip, unit_row=ui.unitRowCheck.isChecked(),
            date_column=_value(ui.dateColumnCombo) or None, time_column=_value(ui.timeColumnCombo),
            date_format=_value(ui.dateFormatCombo) or None, timestamp_at=_value(ui.timestampAtCombo) or None,
            tz=_value(ui.tzCombo) or "Asia/Shanghai", sheet=_value(ui.sheetCombo) or None,
            columns=columns or None)
        self._show_file()
        self._changed()

    # -- dry run and import ------------------------------------------------------------------------------------
    def _changed(self) -> None:
        self.prepared = None
        self.ui.importButton.setEnabled(bool(self.files))
        if self.files:
            self._dry_run.start()

    def _options_list(self) -> list[LogOptions | None]:
        return [self.overrides.get(p) for p in self.files]

    def run_dry(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._dry_run.start()  # try again once the running one has stopped
            return
        if not self.files:
            return
        files, options = list(self.files), self._options_list()
        resample = int(_value(self.ui.resampleCombo) or 0) or None
        task = Task(lambda progress: prepare(files, options, resample_ms=resample, progress=progress))
        task.signals.progress.connect(lambda f: self.ui.progressBar.setValue(round(f * 100)))
        task.signals.finished.connect(self._prepared)
        task.signals.failed.connect(self._failed)
        task.signals.cancelled.connect(self._stopped)
        self._task = task
        self.ui.progressBar.setValue(0)
        self.ui.progressBar.setVisible(True)
        self.ui.cancelButton.setText(self.tr("停止"))
        task.start()

    def _stopped(self) -> None:
        self._task = None
        self._accept_when_done = False
        self.ui.progressBar.setVisible(False)
        self.ui.cancelButton.setText(self.tr("取消"))

    def _prepared(self, prepared: PreparedImport) -> None:
        accept = self._accept_when_done
        self._stopped()
        self.prepared = prepared
        n = len(prepared.times)
        span = ""
        if n:
            hours = (int(prepared.times[-1]) - int(prepared.times[0])) / 3_600_000
            span = self.tr("，跨 %1 小时").replace("%1", f"{hours:.1f}")
        head = self.tr("将导入 %1 个时间点、%2 个通道").replace("%1", str(n))
        lines = [head.replace("%2", str(len(prepared.columns))) + span]
        for (path, _b), log in zip(prepared.files, prepared.logs, strict=True):
            r = log.report
            line = f"{path.name}：{r.rows_total} " + self.tr("行") + "；" + self.tr("跳过 %1 行").replace(
                "%1", str(r.rows_bad))
            if r.bad_examples:
                line += "（" + "；".join(f"第 {no} 行：{reason}" for no, _t, reason in r.bad_examples[:3]) + "）"
            lines.append(line)
        lines += [f'<span style="color:#d35400">⚠ {w}</span>' for w in prepared.warnings]
        self.ui.reportLabel.setText("<br>".join(lines))
        if accept:
            self.accept()

    def _failed(self, message: str) -> None:
        self._stopped()
        self.prepared = None
        self.ui.reportLabel.setText(f'<span style="color:#c0392b">{message}</span>')

    def do_import(self) -> None:
        if self.prepared is not None:
            self.accept()
            return
        self._accept_when_done = True
        if self._task is None:
            self._dry_run.stop()
            self.run_dry()
            self._accept_when_done = True

    def cancel_or_close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            return
        self.reject()

    def done(self, result: int) -> None:  # Qt override: stop a running dry run first
        self._dry_run.stop()
        if self._task is not None:
            self._task.cancel()
            self._task.done.wait(10)
        super().done(result)

    @property
    def label(self) -> str:
        return self.ui.labelEdit.text()

    @property
    def instrument(self) -> str:
        return self.ui.instrumentEdit.text()
