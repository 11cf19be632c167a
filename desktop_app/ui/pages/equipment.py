"""设备: the equipment register — fast entry (add, duplicate, paste rows, Excel import) on the left, the selected
device's fields, grade with its trace and eliminated-equipment check on the right."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from desktop_app.calculations import equipment_register as reg
from desktop_app.domain.changes import OpChanges
from desktop_app.domain.errors import JnzdError
from desktop_app.operations import equipment as ops
from desktop_app.ui.document import CaseDocument
from desktop_app.ui.document_state import editable
from desktop_app.ui.forms.ui_equipment import Ui_EquipmentForm
from desktop_app.ui.pages.base import SectionPage
from desktop_app.ui.pages.equipment_detail import ELIMINATION_COLOURS, OUTCOME_COLOURS, EquipmentDetail, tr_label

T = "EquipmentPage"
COLUMNS = (
    QT_TRANSLATE_NOOP("EquipmentPage", "编号"),
    QT_TRANSLATE_NOOP("EquipmentPage", "名称"),
    QT_TRANSLATE_NOOP("EquipmentPage", "类型"),
    QT_TRANSLATE_NOOP("EquipmentPage", "能效等级"),
    QT_TRANSLATE_NOOP("EquipmentPage", "淘汰核查"),
    QT_TRANSLATE_NOOP("EquipmentPage", "型号"),
    QT_TRANSLATE_NOOP("EquipmentPage", "台数"),
    QT_TRANSLATE_NOOP("EquipmentPage", "位置"),
)
GRADE_COLUMN, ELIMINATION_COLUMN = 3, 4
TABLES = ("equipment", "calc_result", "case_info")


class EquipmentPage(SectionPage):
    section_id = "equipment"
    jump = Signal(str)  # "calc_result.equipment:<id>": open the calculators for a device

    def __init__(self, document: CaseDocument) -> None:
        form = QWidget()
        self.ui = Ui_EquipmentForm()
        self.ui.setupUi(form)
        super().__init__(document, form, scroll=False)
        ui = self.ui
        for key, k in reg.KINDS.items():
            ui.kindCombo.addItem(tr_label(k.label), key)
        table = ui.registerTable
        table.setColumnCount(len(COLUMNS))
        table.setHorizontalHeaderLabels([QCoreApplication.translate(T, h) for h in COLUMNS])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setVisible(False)
        table.itemSelectionChanged.connect(self._selection_changed)
        ui.splitter.setSizes([620, 560])
        self.detail = EquipmentDetail(ui, document)
        self.detail.calculate.connect(lambda i: self.jump.emit(f"calc_result.equipment:{i}"))
        ui.addButton.clicked.connect(self.add)
        ui.duplicateButton.clicked.connect(self.duplicate)
        ui.deleteButton.clicked.connect(self.delete)
        ui.pasteButton.clicked.connect(self.paste)
        ui.headingsButton.clicked.connect(self.copy_headings)
        ui.importButton.clicked.connect(self.import_sheet)
        ui.filterEdit.textChanged.connect(self._apply_filter)
        for keys, slot in ((QKeySequence("Ctrl+D"), self.duplicate), (QKeySequence.StandardKey.Paste, self.paste),
                           (QKeySequence.StandardKey.Delete, self.delete)):
            shortcut = QShortcut(keys, table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self._ids: list[int] = []
        self._views: dict[int, ops.DeviceView] = {}

    # -- loading ---------------------------------------------------------------------------------------
    def reload(self) -> None:
        case = self.document.case
        if case is None:
            return
        selected = self.selected_ids()
        views = ops.register(case)
        self._views = {v.id: v for v in views}
        self._ids = [v.id for v in views]
        table = self.ui.registerTable
        table.blockSignals(True)
        try:
            table.setRowCount(len(views))
            for r, v in enumerate(views):
                cells = (str(v.row.get("tag") or ""), str(v.row.get("name") or ""), tr_label(v.kind_label),
                         v.outcome_label, v.elimination_label, str(v.row.get("model") or ""),
                         str(v.row.get("quantity") or 1), str(v.row.get("location") or ""))
                for c, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    if c == GRADE_COLUMN:
                        colour = "#c0392b" if v.grade_error else OUTCOME_COLOURS.get(
                            v.grade.outcome if v.grade else "", "#666666")
                        item.setForeground(QBrush(QColor(colour)))
                        if v.grade is not None:
                            item.setToolTip("\n".join(v.grade.trace))
                    if c == ELIMINATION_COLUMN and v.elimination is not None:
                        item.setForeground(QBrush(QColor(ELIMINATION_COLOURS[v.elimination.outcome])))
                        item.setToolTip(v.elimination.trace)
                    table.setItem(r, c, item)
            keep = [i for i in selected if i in self._views]
            if keep:
                self.select(keep)
        finally:
            table.blockSignals(False)
        self._apply_filter(self.ui.filterEdit.text())
        self._show_summary()
        self._selection_changed()

    def _show_summary(self) -> None:
        case = self.document.case
        if case is None:
            return
        s = ops.summary(case)
        counts = "、".join(f"{label} {n}" for label, n in s.outcomes.items())
        text = self.tr("共 %1 行、%2 台。").replace("%1", str(s.devices)).replace("%2", str(s.units))
        if counts:
            text += self.tr("能效等级：") + counts + "。"
        if s.eliminated:
            text += self.tr("淘汰：") + "、".join(s.eliminated) + "。"
        if s.suspected:
            text += self.tr("疑似淘汰：") + "、".join(s.suspected) + "。"
        as_of = ops.as_of(case)
        text += self.tr("按诊断基准日期 %1 选用标准版本。").replace("%1", str(as_of or "—"))
        self.ui.summaryLabel.setText(text)

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        table = self.ui.registerTable
        for r in range(table.rowCount()):
            cells = [table.item(r, c).text().casefold() for c in range(table.columnCount()) if table.item(r, c)]
            table.setRowHidden(r, bool(needle) and not any(needle in c for c in cells))

    def on_changed(self, changes: OpChanges) -> None:
        if changes.everything or any(changes.touches(t) for t in TABLES):
            self.reload()

    def set_read_only(self, read_only: bool) -> None:
        read_only = read_only or not editable(self.document.case)
        for w in (self.ui.addButton, self.ui.duplicateButton, self.ui.deleteButton, self.ui.pasteButton,
                  self.ui.importButton):
            w.setEnabled(not read_only)
        self.detail.set_read_only(read_only)

    def commit_pending(self) -> None:
        self.detail.commit_pending()

    # -- selection -------------------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.ui.registerTable.selectedIndexes()})
        return [self._ids[r] for r in rows if r < len(self._ids)]

    def select(self, ids: list[int]) -> None:
        table = self.ui.registerTable
        table.clearSelection()
        for n, equipment_id in enumerate(ids):
            if equipment_id in self._ids:
                r = self._ids.index(equipment_id)
                if n == 0:
                    table.setCurrentCell(r, 0)
                table.selectRow(r)

    def _selection_changed(self) -> None:
        ids = self.selected_ids()
        self.detail.show(self._views.get(ids[0]) if len(ids) == 1 else None)

    def focus_field(self, key: str) -> bool:
        """``equipment.<id>`` (a check finding) selects that device."""
        table, _, rest = key.partition(".")
        if table != "equipment" or not rest.isdigit() or int(rest) not in self._views:
            return False
        self.select([int(rest)])
        self.ui.registerTable.setFocus()
        return True

    # -- editing ---------------------------------------------------------------------------------------
    def _kind(self) -> str:
        return str(self.ui.kindCombo.currentData())

    def add(self) -> None:
        result = self.document.run(ops.add, self._kind(), {}, source=self)
        if result is not None:
            self.reload()
            self.select([result[1]])
            self.detail.focus("tag")

    def duplicate(self) -> None:
        new_ids = []
        for equipment_id in self.selected_ids():
            result = self.document.run(ops.duplicate, equipment_id, source=self)
            if result is not None:
                new_ids.append(result[1])
        if new_ids:
            self.reload()
            self.select(new_ids)

    def delete(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        answer = QMessageBox.question(self, self.tr("删除设备"),
                                      self.tr("删除所选的 %1 行设备？可用“撤销”恢复。").replace("%1", str(len(ids))))
        if answer == QMessageBox.StandardButton.Yes:
            self.document.run(ops.delete, ids, source=self)

    def paste(self) -> None:
        rows = ops.parse_pasted(QGuiApplication.clipboard().text())
        if not rows:
            self.document.failed.emit(self.tr("剪贴板中没有可粘贴的表格内容"))
            return
        if sum(1 for c in rows[0] if ops.is_heading(c)) >= 2:
            headings, data, first = rows[0], rows[1:], 2
        else:
            headings, data, first = self._template_headings(), rows, 1
        result = self.document.run(ops.add_rows, headings, data, kind=self._kind(), first_row=first, source=self)
        if result is not None:
            self._report_rows(result[1])

    def _template_headings(self) -> list[str]:
        k = reg.kind(self._kind())
        return [f.heading for f in (*reg.COMMON, *k.fields)]

    def copy_headings(self) -> None:
        QGuiApplication.clipboard().setText("\t".join(self._template_headings()) + "\n")
        self.document.failed.emit(self.tr("已复制列名，可粘贴到 Excel 作为录入模板"))

    def import_sheet(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("导入设备清单"), "", self.tr("Excel 工作簿 (*.xlsx)"))
        if not path:
            return
        try:
            _changes, result = self.document.try_run(ops.import_sheet, path, kind=self._kind(), source=self)
        except JnzdError as exc:
            QMessageBox.warning(self, self.tr("导入设备清单"), exc.message() + "\n" + self.tr("未导入任何设备。"))
            return
        self._report_rows(result)

    def _report_rows(self, result: ops.RowsResult) -> None:
        self.reload()
        self.select(result.added)
        text = self.tr("已添加 %1 台设备").replace("%1", str(len(result.added)))
        if result.ignored_columns:
            text += self.tr("；未识别的列未导入：") + "、".join(result.ignored_columns)
        self.document.failed.emit(text)
