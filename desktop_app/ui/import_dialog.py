"""The logger-file import wizard: files, the detected reading choices (editable), a preview of the raw lines, the
columns with their quantity and unit, and a dry run in the background that shows what will be imported and what
will be skipped before anything is written. Accepting hands the prepared import to the page, which stores it in
one edit.

Per value column the table shows the quantity and the unit of the values in the file (both can be changed), where
that unit came from, the conversion to the stored unit and how it was checked. An inferred unit is amber until the
user confirms or changes it (then it is the user's: ``LogOptions.units``); a unit nobody can decide is red and
blocks the import until one is chosen. After the dry run the table shows what reading the whole file decided,
derived channels included."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QStyle,
    QTableWidgetItem,
    QWidget,
)

from desktop_app.domain.errors import AmbiguousChoice, JnzdError
from desktop_app.domain.messages import current_language
from desktop_app.importers.logs import ColumnInfo, Detection, LogOptions, detect
from desktop_app.importers.logs.columns import canonical_unit, known_units, quantity_names, unit_def
from desktop_app.importers.logs.units import Decision, conversion_text
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
                  QT_TRANSLATE_NOOP("ImportLogDialog", "文件中的单位"), QT_TRANSLATE_NOOP("ImportLogDialog", "来源"),
                  QT_TRANSLATE_NOOP("ImportLogDialog", "换算"), QT_TRANSLATE_NOOP("ImportLogDialog", "核对"))
C_IMPORT, C_NAME, C_ROLE, C_QUANTITY, C_UNIT, C_SOURCE, C_CONVERSION, C_CHECK = range(len(COLUMN_HEADERS))
ROLES = {"date": QT_TRANSLATE_NOOP("ImportLogDialog", "日期时间"),
         "time": QT_TRANSLATE_NOOP("ImportLogDialog", "时间"),
         "start": QT_TRANSLATE_NOOP("ImportLogDialog", "区间起点"),
         "end": QT_TRANSLATE_NOOP("ImportLogDialog", "区间终点"),
         "value": QT_TRANSLATE_NOOP("ImportLogDialog", "数值"),
         "text": QT_TRANSLATE_NOOP("ImportLogDialog", "文字（不导入）"),
         "derived": QT_TRANSLATE_NOOP("ImportLogDialog", "推算通道")}
KINDS = {"interval": QT_TRANSLATE_NOOP("ImportLogDialog", "数值（每行一个时段的电量）"),
         "cumulative": QT_TRANSLATE_NOOP("ImportLogDialog", "数值（累计读数）"),
         "interval_mean": QT_TRANSLATE_NOOP("ImportLogDialog", "推算通道（时段平均功率）")}
SOURCES = {"header": QT_TRANSLATE_NOOP("ImportLogDialog", "表头"),
           "unit_row": QT_TRANSLATE_NOOP("ImportLogDialog", "单位行"),
           "cell": QT_TRANSLATE_NOOP("ImportLogDialog", "单元格"),
           "user": QT_TRANSLATE_NOOP("ImportLogDialog", "用户指定"),
           "inferred": QT_TRANSLATE_NOOP("ImportLogDialog", "推断"),
           "none": QT_TRANSLATE_NOOP("ImportLogDialog", "无量纲"),
           "derived": QT_TRANSLATE_NOOP("ImportLogDialog", "由电能推算")}
UNIT_QUESTIONS = ("--unit", "--quantity")  # open questions the column table answers
AMBER = QColor("#ffe3a3")  # an inferred unit not yet confirmed
RED = QColor("#f7c6c0")  # a unit (or quantity) nobody could decide: must be chosen before importing
INFERRED_MARK = "⚠"
QUESTION_MARK = "？"


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


@dataclass(frozen=True)
class Question:
    """An open unit (or quantity) question of one column: the import waits until the user answers it."""

    path: Path
    column: str
    option: str  # "--unit" | "--quantity"
    message: str  # 简体中文, from the importer
    units: tuple[str, ...]  # the units the question offers ("--unit")


def _questions(path: Path, option: str, message: str, candidates: tuple[str, ...]) -> list[Question]:
    """One question per column its candidates ("COL=VALUE") name."""
    by_column: dict[str, list[str]] = {}
    for candidate in candidates:
        column, _sep, value = candidate.rpartition("=")
        by_column.setdefault(column, []).append(value)
    return [Question(path, column, option, message, tuple(values) if option == "--unit" else ())
            for column, values in by_column.items() if column]


def _conversion(c: ColumnInfo) -> str:
    """"× 0.001 → kW", "(x − 32) × 5/9 → °C"; "" when the values are stored as read."""
    if c.role != "value" or not c.unit_source:
        return ""
    text = conversion_text(Decision(c.quantity, c.unit_original, c.unit, c.factor, c.offset, c.unit_source, c.kind,
                                    c.check))
    return f"{text} → {c.unit or _tr('无量纲')}" if text else ""


def _rich(text: str) -> str:
    """A tooltip that wraps (Qt wraps rich text only)."""
    return f"<p>{html.escape(text)}</p>" if text else ""


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
        # the whole file's reading from the last dry run, with the options it was read with (valid while they hold)
        self.parsed: dict[Path, tuple[LogOptions | None, Detection]] = {}
        self.prepared: PreparedImport | None = None
        self.asked: AmbiguousChoice | None = None  # the unit question the last dry run stopped at
        self._error = ""
        self._rows: list[tuple[ColumnInfo, str]] = []  # the column table: (column, "" | "inferred" | "question")
        self._quantity_names = quantity_names(current_language())
        self._task: Task | None = None
        self._accept_when_done = False
        self._dry_run = QTimer(self)
        self._dry_run.setSingleShot(True)
        self._dry_run.setInterval(250)
        self._dry_run.timeout.connect(self.run_dry)
        _fill(ui.resampleCombo, [(str(ms), _tr(text)) for ms, text in RESAMPLE], str(resample_ms or 0))
        ui.labelEdit.setText(label)
        table = ui.columnTable
        table.setColumnCount(len(COLUMN_HEADERS))
        table.setHorizontalHeaderLabels([_tr(h) for h in COLUMN_HEADERS])
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        ui.previewSplitter.setStretchFactor(0, 2)
        ui.previewSplitter.setStretchFactor(1, 3)
        ui.previewSplitter.setStretchFactor(2, 1)
        ui.legendLabel.setText(self._legend())
        ui.fileList.currentRowChanged.connect(self._show_file)
        ui.addFileButton.clicked.connect(self.add_files_dialog)
        ui.removeFileButton.clicked.connect(self.remove_file)
        ui.importButton.clicked.connect(self.do_import)
        ui.cancelButton.clicked.connect(self.cancel_or_close)
        ui.confirmUnitButton.clicked.connect(self.confirm_selected)
        ui.resampleCombo.currentIndexChanged.connect(lambda _i: self._changed())
        for box in (ui.encodingCombo, ui.delimiterCombo, ui.decimalCombo, ui.dateColumnCombo, ui.timeColumnCombo,
                    ui.dateFormatCombo, ui.timestampAtCombo, ui.tzCombo, ui.sheetCombo):
            box.activated.connect(lambda _i: self._options_edited())
            if box.isEditable():
                box.lineEdit().editingFinished.connect(self._options_edited)
        ui.skipSpin.valueChanged.connect(lambda _v: self._options_edited())
        ui.unitRowCheck.toggled.connect(lambda _v: self._options_edited())
        table.itemChanged.connect(lambda _i: self._options_edited())
        table.itemSelectionChanged.connect(self._update_buttons)
        ui.progressBar.setVisible(False)
        self._filling = False
        self.add_files(paths)

    def _legend(self) -> str:
        amber, red = self.tr("琥珀色"), self.tr("红色")
        inferred = self.tr("单位是推断的，尚未确认：请核对，选中这些行后点“确认所选单位”，或在“文件中的单位”中改选。")
        asked = self.tr("单位无法判断：选定单位（或物理量）后才能导入。")
        def swatch(colour: QColor, mark: str, word: str) -> str:
            return f'<span style="background-color:{colour.name()}">&nbsp;{mark} {html.escape(word)}&nbsp;</span>'

        return (f"{swatch(AMBER, INFERRED_MARK, amber)} {html.escape(inferred)}&nbsp;&nbsp; "
                f"{swatch(RED, QUESTION_MARK, red)} {html.escape(asked)}")

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
            self.parsed.pop(path, None)
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
            self.ui.reportLabel.setText(f'<span style="color:#c0392b">{html.escape(exc.message())}</span>')
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
            self._update_buttons()
            return
        self._filling = True
        try:
            self._fill_options(detection)
            self._fill_preview(detection)
        finally:
            self._filling = False
        self._refresh_view()

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

    def reading(self, path: Path) -> Detection | None:
        """How ``path`` is read: the last dry run's reading of the whole file while its options still hold, else the
        sample's detection."""
        parsed = self.parsed.get(path)
        if parsed is not None and parsed[0] == self.overrides.get(path):
            return parsed[1]
        return self.detections.get(path)

    def open_questions(self) -> list[Question]:
        """Every unit or quantity question still open, over all files: the one the dry run stopped at and those of
        the samples of files the whole-file reading has not settled."""
        found: dict[tuple[Path, str], Question] = {}
        if self.asked is not None and self.asked.option in UNIT_QUESTIONS:
            where = Path(str(self.asked.params.get("path", "")))
            for q in _questions(where, self.asked.option, self.asked.detail, self.asked.candidates):
                found[(q.path, q.column)] = q
        for path in self.files:
            parsed = self.parsed.get(path)
            if parsed is not None and parsed[0] == self.overrides.get(path):
                continue  # the whole file answered what the sample left open
            d = self.detections.get(path)
            for a in d.ambiguities if d is not None else ():
                if a.option in UNIT_QUESTIONS:
                    for q in _questions(path, a.option, a.message, a.candidates):
                        found.setdefault((q.path, q.column), q)
        return list(found.values())

    # -- the column table ------------------------------------------------------------------------------------
    def _refresh_view(self) -> None:
        """The column table, the report and the buttons from what is known now (no new detection)."""
        path = self.current()
        reading = self.reading(path) if path is not None else None
        if path is not None and reading is not None:
            self._fill_columns(path, reading)
            self._show_report(path, reading)
        self._update_buttons()

    def _fill_columns(self, path: Path, reading: Detection) -> None:
        table = self.ui.columnTable
        questions = {q.column: q for q in self.open_questions() if q.path == path}
        selected = set(reading.options.columns) if reading.options.columns else None
        self._rows = []
        table.blockSignals(True)
        try:
            table.setRowCount(len(reading.columns))
            for r, col in enumerate(reading.columns):
                question = questions.get(col.name)
                state = "question" if question else (
                    "inferred" if col.role == "value" and col.unit_source == "inferred" else "")
                self._rows.append((col, state))
                self._fill_row(r, col, state, question, selected)
        finally:
            table.blockSignals(False)
        for c in range(C_CHECK):
            table.resizeColumnToContents(c)

    def _fill_row(self, r: int, col: ColumnInfo, state: str, question: Question | None,
                  selected: set[str] | None) -> None:
        table = self.ui.columnTable
        check = QTableWidgetItem()
        if col.role == "value":
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            on = selected is None or col.name in selected
            check.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        else:
            check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        table.setItem(r, C_IMPORT, check)
        channel = col.role in ("value", "derived")
        role = KINDS.get(col.kind) if channel and col.kind in KINDS else ROLES.get(col.role, col.role)
        if question is not None:
            source = f"{QUESTION_MARK} " + self.tr("待指定")
            note = question.message
        else:
            source = _tr(SOURCES[col.unit_source]) if channel and col.unit_source in SOURCES else ""
            if state == "inferred":
                source = f"{INFERRED_MARK} {source}"
            note = col.check
        texts = {C_NAME: col.name, C_ROLE: _tr(role), C_SOURCE: source, C_CONVERSION: _conversion(col),
                 C_CHECK: note}
        if col.role == "value":
            self._quantity_box(r, col)
            self._unit_box(r, col, question)
            for c in (C_QUANTITY, C_UNIT):
                table.setItem(r, c, QTableWidgetItem())
        else:
            for c in (C_QUANTITY, C_UNIT):
                table.removeCellWidget(r, c)
            texts[C_QUANTITY] = self._quantity_names.get(col.quantity, col.quantity) if channel else ""
            texts[C_UNIT] = col.unit if channel else ""
        for c, text in texts.items():
            table.setItem(r, c, QTableWidgetItem(text))
        name = table.item(r, C_NAME)
        name.setData(Qt.ItemDataRole.UserRole, col.name)
        tip = ""
        if state == "inferred":
            name.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            tip = self.tr("单位是推断的，尚未确认：请核对，选中该行后点“确认所选单位”，或在“文件中的单位”中改选。")
        elif state == "question":
            name.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxQuestion))
            tip = self.tr("单位无法判断：请在“文件中的单位”中选定（或改选物理量），选定后才能导入。")
        for c in range(len(COLUMN_HEADERS)):
            item = table.item(r, c)
            if state:
                item.setBackground(AMBER if state == "inferred" else RED)
            if c == C_CHECK:
                item.setToolTip(_rich(note + ("\n\n" + tip if tip else "")))
            elif tip:
                item.setToolTip(_rich(tip))

    def _box(self, r: int, c: int, column: str, editable: bool) -> tuple[QComboBox, bool]:
        """The combo box of a cell (kept when it belongs to the same column) and whether the user is using it."""
        table = self.ui.columnTable
        old = table.cellWidget(r, c)
        if isinstance(old, QComboBox) and old.property("column") == column:
            edit = old.lineEdit()
            busy = old.view().isVisible() or (edit is not None and edit.isModified() and old.hasFocus())
            return old, busy
        box = QComboBox()
        box.setProperty("column", column)
        if editable:
            box.setEditable(True)
            box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(7)  # "kgf/cm²", and the "请选择单位" prompt
            box.activated.connect(lambda _i, b=box: self._unit_chosen(b, explicit=True))
            box.lineEdit().editingFinished.connect(lambda b=box: self._unit_chosen(b, explicit=False))
        else:
            box.activated.connect(lambda _i, b=box: self._quantity_chosen(b))
        table.setCellWidget(r, c, box)
        return box, False

    def _quantity_box(self, r: int, col: ColumnInfo) -> None:
        box, busy = self._box(r, C_QUANTITY, col.name, editable=False)
        if busy:
            return
        items = list(self._quantity_names.items())
        if col.quantity not in self._quantity_names:
            items.append((col.quantity, col.quantity))
        _fill(box, [(key, name) for key, name in items], col.quantity)
        box.setProperty("shown", col.quantity)
        box.setToolTip(self.tr("这一列的物理量（改选后按新的物理量判断单位）"))

    def _unit_box(self, r: int, col: ColumnInfo, question: Question | None) -> None:
        box, busy = self._box(r, C_UNIT, col.name, editable=True)
        if busy:
            return
        units = list(question.units if question is not None else ())
        units += [u for u in known_units(col.quantity) if u not in units]
        if col.unit_original and col.unit_original not in units:
            units.insert(0, col.unit_original)
        items = [(u, u) for u in units]
        if not canonical_unit(col.quantity):
            items.insert(0, ("", self.tr("（无量纲）")))
        box.blockSignals(True)
        box.clear()
        for value, text in items:
            box.addItem(text, value)
        decided = question is None and bool(col.unit_source)  # else: asked, or not imported (not decided)
        index = box.findData(col.unit_original) if decided else -1
        box.setCurrentIndex(index)
        if index < 0:
            box.setEditText(col.unit_original if decided else "")
        box.lineEdit().setPlaceholderText(self.tr("请选择单位") if question is not None else "")
        box.lineEdit().setModified(False)
        box.blockSignals(False)
        box.setProperty("shown", box.currentText())
        box.setToolTip(self.tr("文件中数值的单位（可选或输入；选定即按用户指定导入，并换算到标准单位）"))

    def _unit_chosen(self, box: QComboBox, *, explicit: bool) -> None:
        """A unit picked from the list (also the one shown: that confirms it) or typed (when it differs)."""
        column = str(box.property("column"))
        text = box.currentText().strip()
        if not explicit and text == box.property("shown"):
            return  # the focus left the cell without a change
        if box.currentIndex() < 0 and not text:
            return
        value = _value(box)
        if value and unit_def(value) is None and not re.fullmatch(r"[^\s]{1,12}", value):
            self.ui.reportLabel.setText('<span style="color:#c0392b">' + html.escape(
                self.tr("“%1”不是单位").replace("%1", value)) + "</span>")
            return
        self.choose(column, unit=value)

    def _quantity_chosen(self, box: QComboBox) -> None:
        key = box.currentData()
        if key is None or key == box.property("shown"):
            return
        self.choose(str(box.property("column")), quantity=str(key))

    def confirm_selected(self) -> None:
        """The inferred units of the selected rows are the user's: imported as given (unit source "user")."""
        rows = {i.row() for i in self.ui.columnTable.selectedIndexes()}
        units = {col.name: col.unit_original for r, (col, state) in enumerate(self._rows)
                 if r in rows and state == "inferred"}
        if units:
            self.choose_units(units)

    def choose(self, column: str, *, unit: str | None = None, quantity: str | None = None) -> None:
        """The user's unit (the values in the file are in it) or quantity of a column of the current file; a new
        quantity drops a unit given for the old one."""
        if quantity is not None:
            path = self.current()
            if path is None:
                return
            base = self.overrides.get(path, LogOptions())
            quantities = dict(base.quantities)
            quantities[column] = quantity
            units = {c: u for c, u in base.units if c != column}
            self._set_choices(path, replace(base, quantities=tuple(quantities.items()), units=tuple(units.items())))
        if unit is not None:
            self.choose_units({column: unit})

    def choose_units(self, chosen: dict[str, str]) -> None:
        path = self.current()
        if path is None:
            return
        base = self.overrides.get(path, LogOptions())
        units = dict(base.units)
        units.update(chosen)
        self._set_choices(path, replace(base, units=tuple(units.items())))

    def _set_choices(self, path: Path, options: LogOptions) -> None:
        if options == self.overrides.get(path):
            return
        self.overrides[path] = options
        self._show_file()
        self._changed()

    def _options_edited(self) -> None:
        path = self.current()
        if self._filling or path is None:
            return
        ui = self.ui
        skip = ui.skipSpin.value()
        table = ui.columnTable
        columns = tuple(table.item(r, C_NAME).text() for r in range(table.rowCount())
                        if table.item(r, C_IMPORT).flags() & Qt.ItemFlag.ItemIsUserCheckable
                        and table.item(r, C_IMPORT).checkState() == Qt.CheckState.Checked)
        base = self.overrides.get(path, LogOptions())
        options = replace(
            base, encoding=_value(ui.encodingCombo) or None, delimiter=_value(ui.delimiterCombo) or None,
            decimal=_value(ui.decimalCombo) or None, skip_rows=skip, unit_row=ui.unitRowCheck.isChecked(),
            date_column=_value(ui.dateColumnCombo) or None, time_column=_value(ui.timeColumnCombo),
            date_format=_value(ui.dateFormatCombo) or None, timestamp_at=_value(ui.timestampAtCombo) or None,
            tz=_value(ui.tzCombo) or "Asia/Shanghai", sheet=_value(ui.sheetCombo) or None,
            columns=columns or None)
        self.overrides[path] = options
        self._show_file()
        self._changed()

    def _update_buttons(self) -> None:
        ui = self.ui
        questions = self.open_questions()
        ui.importButton.setEnabled(bool(self.files) and not questions)
        ui.importButton.setToolTip(self.tr("先为标红的列选定单位") if questions else "")
        waiting = {q.path for q in questions}
        for row, path in enumerate(self.files):
            item = ui.fileList.item(row)
            if item is not None:
                item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxQuestion)
                             if path in waiting else QIcon())
        rows = {i.row() for i in ui.columnTable.selectedIndexes()}
        ui.confirmUnitButton.setEnabled(any(state == "inferred" for r, (_c, state) in enumerate(self._rows)
                                            if r in rows))

    # -- the report under the tables ---------------------------------------------------------------------------
    def _show_report(self, path: Path, reading: Detection) -> None:
        lines = self._summary(self.prepared) if self.prepared is not None else []
        if self._error:
            lines.append(f'<span style="color:#c0392b">{html.escape(self._error)}</span>')
        questions = self.open_questions()
        for q in questions:
            lines.append(f'<span style="color:#c0392b">{QUESTION_MARK} {html.escape(q.path.name)}：'
                         f"{html.escape(q.message)}</span>")
        if questions:
            lines.append('<span style="color:#c0392b">' + html.escape(
                self.tr("请在上表中为标红的列选定单位（或物理量），然后才能导入。")) + "</span>")
        lines += [html.escape(n) for n in reading.notes]
        lines += [f'<span style="color:#c0392b">{html.escape(a.message)}</span>' for a in reading.ambiguities
                  if a.option not in UNIT_QUESTIONS]
        self.ui.reportLabel.setText("<br>".join(lines))

    def _summary(self, prepared: PreparedImport) -> list[str]:
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
            lines.append(html.escape(line))
        lines += [f'<span style="color:#d35400">⚠ {html.escape(w)}</span>' for w in prepared.warnings]
        return lines

    # -- dry run and import ------------------------------------------------------------------------------------
    def _changed(self) -> None:
        self.prepared = None
        self.asked = None
        self._error = ""
        self._refresh_view()
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

        def work(progress: Callable[[float], bool]) -> PreparedImport | AmbiguousChoice:
            try:
                return prepare(files, options, resample_ms=resample, progress=progress)
            except AmbiguousChoice as exc:  # a question for the user, not a failure: shown in the column table
                return exc

        task = Task(work)
        task.signals.progress.connect(lambda f: self.ui.progressBar.setValue(round(f * 100)))
        task.signals.finished.connect(lambda result: self._prepared(result, (files, options, resample)))
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

    def _prepared(self, result: PreparedImport | AmbiguousChoice,
                  used: tuple[list[Path], list[LogOptions | None], int | None]) -> None:
        if used != (self.files, self._options_list(), int(_value(self.ui.resampleCombo) or 0) or None):
            self._task = None  # finished just before the choices changed: read again with the new ones
            self._dry_run.stop()
            self.run_dry()
            return
        accept = self._accept_when_done
        self._stopped()
        if isinstance(result, AmbiguousChoice):
            self.prepared = None
            if result.option in UNIT_QUESTIONS:
                self.asked = result
            else:
                self._error = result.message()
            self._refresh_view()
            return
        self.prepared = result
        for (path, _b), log in zip(result.files, result.logs, strict=True):
            self.parsed[path] = (self.overrides.get(path), log.detection)
        self._refresh_view()
        if accept:
            self.accept()

    def _failed(self, message: str) -> None:
        self._stopped()
        self.prepared = None
        self._error = message
        self.ui.reportLabel.setText(f'<span style="color:#c0392b">{html.escape(message)}</span>')
        self._update_buttons()

    def do_import(self) -> None:
        if self.open_questions():
            return
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

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        """Enter in an editable choice (a unit, the encoding, the time zone …) commits what was typed; it must not
        also press 导入, the default button."""
        focus = QApplication.focusWidget()
        if isinstance(focus, QLineEdit):
            focus = focus.parent()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(focus, QComboBox) and focus.isEditable():
            event.accept()
            return
        super().keyPressEvent(event)

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
