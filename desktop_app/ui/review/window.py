"""审核: the supervisor's portfolio window — every case file under some folders in one sortable, filterable table,
what needs attention marked, the 工作总结 figures above it, charts beside it, exports, and the drill-in hook.

Reading runs off the UI thread (``worker.Task`` around ``portfolio.scan``) and never writes a case file."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.operations import portfolio
from desktop_app.operations.portfolio import CaseRow
from desktop_app.ui.forms.ui_review_window import Ui_ReviewWindowForm
from desktop_app.ui.review import reviewer_name, set_reviewer_name, window_state
from desktop_app.ui.review.filter_bar import FilterBar
from desktop_app.ui.review.jobs import Jobs
from desktop_app.ui.review.legend import build_legend
from desktop_app.ui.review.portfolio_charts import PortfolioCharts
from desktop_app.ui.review.portfolio_columns import COLUMNS, ERROR_SPAN, SUBMITTED
from desktop_app.ui.review.portfolio_model import PortfolioFilter, PortfolioModel
from desktop_app.ui.worker import Task


class ReviewWindow(QMainWindow):
    """The portfolio of case files under ``folders`` (the remembered folders when None)."""

    case_requested = Signal(object)  # the Path of the case the supervisor opened (double-click / Enter)

    def __init__(self, folders: list[Path] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ReviewWindowForm()
        ui.setupUi(self)
        self.model = PortfolioModel(self)
        self.proxy = PortfolioFilter(self.model, self)
        self.charts = PortfolioCharts(ui.statePlot, ui.industryPlot, ui.regionPlot, ui.savingPlot)
        self.jobs = Jobs(self)
        self._chart_timer = QTimer(self, singleShot=True, interval=150)
        self._chart_timer.timeout.connect(self._update_charts)
        self._folders: list[Path] = []
        self._setup_table()
        self._setup_bars()
        self._setup_filters()
        build_legend(ui.legendHost)
        window_state.restore(self, ui)
        self._loaded()
        if folders is None:
            folders = window_state.remembered_folders()
        if folders:
            self.open_folders(folders)
        else:
            self.statusBar().showMessage(self.tr("用“打开文件夹…”选择存放案例文件（.jnzd）的文件夹"))

    # -- set-up ------------------------------------------------------------------------------------------
    def _setup_table(self) -> None:
        table = self.ui.caseTable
        table.setModel(self.proxy)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicatorClearable(True)  # a third click returns to the file order
        header.setStretchLastSection(True)
        for c, col in COLUMNS.items():
            table.setColumnWidth(c, col.width)
        table.doubleClicked.connect(self._activate)
        table.installEventFilter(self)  # Enter / Return opens the current row too
        # Not rowsRemoved / rowsInserted: a filter change emits those once per range of rows.
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged, self.proxy.filter_changed):
            signal.connect(self._visible_changed)

    def _setup_bars(self) -> None:
        ui = self.ui
        ui.actionOpenFolder.triggered.connect(self.choose_folder)
        ui.actionAddFolder.triggered.connect(self.add_folder_dialog)
        ui.actionRefresh.triggered.connect(self.refresh)
        ui.actionExportXlsx.triggered.connect(self.export_xlsx_dialog)
        ui.actionExportPdf.triggered.connect(self.export_pdf_dialog)
        ui.actionClose.triggered.connect(self.close)
        ui.viewMenu.addAction(ui.chartsDock.toggleViewAction())
        reviewer = QLabel(self.tr("审核人："))
        self.reviewer_edit = QLineEdit(reviewer_name())
        self.reviewer_edit.setMaximumWidth(160)
        self.reviewer_edit.setToolTip(self.tr("记录在审核意见和审核决定中的姓名"))
        self.reviewer_edit.editingFinished.connect(self._reviewer_edited)
        reviewer.setBuddy(self.reviewer_edit)
        ui.toolBar.addWidget(reviewer)
        ui.toolBar.addWidget(self.reviewer_edit)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setMaximumWidth(220)
        self.progress.setFormat(self.tr("读取中 %p%"))
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.setToolTip(self.tr("停止读取；表格保持原样"))
        self.cancel_button.clicked.connect(self.cancel_scan)
        for w in (self.progress, self.cancel_button):
            self.statusBar().addPermanentWidget(w)
            w.hide()
        jobs = self.jobs
        jobs.scan_progress.connect(lambda f: self.progress.setValue(round(f * 1000)))
        jobs.scan_finished.connect(self._scan_finished)
        jobs.scan_failed.connect(self._scan_failed)
        jobs.scan_cancelled.connect(
            lambda: self.statusBar().showMessage(self.tr("已取消读取，表格未更改"), 15000))
        jobs.export_finished.connect(
            lambda out: self.statusBar().showMessage(self.tr("已导出：%1").replace("%1", str(out)), 15000))
        jobs.export_failed.connect(self._export_failed)
        jobs.idle_changed.connect(self._busy_changed)

    def _setup_filters(self) -> None:
        ui = self.ui
        self.filters = FilterBar(ui, self.proxy)
        ui.followFilterCheck.toggled.connect(self._update_charts)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(lambda: (ui.searchEdit.setFocus(), ui.searchEdit.selectAll()))

    # -- public API --------------------------------------------------------------------------------------
    def open_folders(self, folders: Sequence[Path]) -> None:
        """Show the cases under ``folders`` (replacing the list); reading starts in the background."""
        unique: list[Path] = []
        for folder in (Path(f) for f in folders):
            if folder.absolute() not in unique:
                unique.append(folder.absolute())
        self._folders = unique
        window_state.remember_folders(unique)
        names = "、".join(f.name or str(f) for f in unique)
        title = self.tr("案例审核")
        self.setWindowTitle(f"{title} — {names} — {APP_NAME}")
        self._start_scan()

    def folders(self) -> list[Path]:
        return list(self._folders)

    def rows(self) -> list[CaseRow]:
        """Every row read (not only the filtered ones), readable cases first."""
        return self.model.rows()

    def refresh(self) -> None:
        """Read the same folders again (F5)."""
        if self._folders:
            self._start_scan()
        else:
            self.statusBar().showMessage(self.tr("尚未打开文件夹"), 5000)

    def refresh_file(self, path: Path) -> None:
        """Read one case file again (after a review) and update its row in place."""
        path = Path(path)
        found = portfolio.scan([path]) if path.is_file() else []
        row = found[0] if found else CaseRow(path, error=self.tr("文件已不存在：%1").replace("%1", str(path)))
        self.model.put(row)
        self._loaded()

    def scanning(self) -> bool:
        return self.jobs.scanning()

    def cancel_scan(self) -> None:
        """Stop reading; the table keeps what it showed before."""
        if self.jobs.scanning():
            self.jobs.cancel_scan()
            self.cancel_button.setEnabled(False)
            self.statusBar().showMessage(self.tr("正在停止读取…"))

    # -- folders -----------------------------------------------------------------------------------------
    def _ask_folder(self) -> Path | None:
        start = str(self._folders[0].parent) if self._folders else ""
        chosen = QFileDialog.getExistingDirectory(self, self.tr("选择存放案例文件的文件夹"), start)
        return Path(chosen) if chosen else None

    def choose_folder(self) -> None:
        folder = self._ask_folder()
        if folder is not None:
            self.open_folders([folder])

    def add_folder_dialog(self) -> None:
        folder = self._ask_folder()
        if folder is not None:
            self.open_folders([*self._folders, folder])

    # -- scanning ----------------------------------------------------------------------------------------
    def _start_scan(self) -> None:
        self.jobs.scan(self._folders)  # a scan still running is cancelled: the newer one wins
        self.progress.setValue(0)
        self.cancel_button.setEnabled(True)
        self.statusBar().showMessage(self.tr("正在读取案例文件…"))

    def _busy_changed(self) -> None:
        for w in (self.progress, self.cancel_button):
            w.setVisible(self.jobs.scanning())
        self._update_export_actions()

    def _scan_finished(self, rows: list[CaseRow]) -> None:
        self.model.set_rows(rows)
        self._loaded()
        bad = sum(1 for r in rows if r.error)
        text = self.tr("已读取 %1 个文件").replace("%1", str(len(rows)))
        if bad:
            text += self.tr("，其中 %1 个无法读取").replace("%1", str(bad))
        self.statusBar().showMessage(text, 15000)

    def _scan_failed(self, message: str) -> None:
        self.statusBar().showMessage(message, 15000)
        QMessageBox.warning(self, self.tr("读取案例"), message)

    # -- showing -----------------------------------------------------------------------------------------
    def _loaded(self) -> None:
        """After the rows changed: filter choices, summary, charts, count and what can be exported."""
        rows = self.model.rows()
        self.filters.refill(rows)
        s = portfolio.summarize(rows)
        ui = self.ui
        ui.casesValue.setText(str(s.cases))
        ui.submittedValue.setText(str(s.by_state.get(SUBMITTED, 0)))
        ui.unreadableValue.setText(str(s.unreadable))
        ui.unreadableValue.setStyleSheet("color:#a4161a;" if s.unreadable else "")
        ui.savingValue.setText(f"{s.saving_tce:,.1f}")
        ui.co2Value.setText(f"{s.saving_tco2:,.1f}")
        ui.wanValue.setText(f"{s.saving_wan:,.2f}")
        ui.investmentValue.setText(f"{s.investment_wan:,.2f}")
        ui.feedbackValue.setText(f"{s.feedback_received} / {s.cases}")
        self._update_export_actions()
        self._visible_changed()
        self._update_charts()

    def _visible_changed(self) -> None:
        table = self.ui.caseTable
        table.clearSpans()
        first, width = ERROR_SPAN
        for n in self.model.error_rows():
            shown = self.proxy.mapFromSource(self.model.index(n, 0))
            if shown.isValid():
                table.setSpan(shown.row(), first, 1, width)
        self.ui.countLabel.setText(self.tr("显示 %1 / 共 %2 个案例").replace("%1", str(self.proxy.rowCount()))
                                   .replace("%2", str(self.model.rowCount())))
        if self.ui.followFilterCheck.isChecked():
            self._chart_timer.start()  # once typing pauses: counting thousands of rows is not per keystroke

    def _update_charts(self) -> None:
        follow = self.ui.followFilterCheck.isChecked()
        rows = self.proxy.visible_rows() if follow else self.model.rows()
        self.charts.set_rows(rows)
        note = self.tr("统计筛选后显示的 %1 个文件") if follow else self.tr("统计全部 %1 个文件（不随筛选变化）")
        self.ui.chartsNoteLabel.setText(note.replace("%1", str(len(rows))))

    def _reviewer_edited(self) -> None:
        set_reviewer_name(self.reviewer_edit.text())
        self.reviewer_edit.setText(reviewer_name())

    # -- drill-in ----------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.ui.caseTable and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._activate(self.ui.caseTable.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def _activate(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row = self.model.row(self.proxy.mapToSource(index).row())
        if row.error:
            self.statusBar().showMessage(self.tr("无法打开：") + row.error, 15000)
            return
        self.case_requested.emit(row.path)
        from desktop_app.ui.review.case_review import open_for_review  # the drill-in, built on demand

        open_for_review(row.path, self)

    # -- exports -----------------------------------------------------------------------------------------
    def _ask_save(self, title: str, name: str, pattern: str) -> Path | None:
        start = window_state.export_dir() or (str(self._folders[0]) if self._folders else "")
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(Path(start) / name) if start else name, pattern)
        if not chosen:
            return None
        window_state.remember_export_dir(Path(chosen).parent)
        return Path(chosen)

    def export_xlsx_dialog(self) -> None:
        out = self._ask_save(self.tr("导出汇总表"), self.tr("案例汇总") + ".xlsx", self.tr("Excel 工作簿 (*.xlsx)"))
        if out is not None:
            self.export_xlsx(out if out.suffix.lower() == ".xlsx" else out.with_name(out.name + ".xlsx"))

    def export_pdf_dialog(self) -> None:
        out = self._ask_save(self.tr("导出工作总结"), self.tr("工作总结") + ".pdf", self.tr("PDF 文件 (*.pdf)"))
        if out is not None:
            self.export_pdf(out if out.suffix.lower() == ".pdf" else out.with_name(out.name + ".pdf"))

    def export_xlsx(self, out: Path) -> Task:
        """Write the 案例一览 / 意向企业名单 / 工作总结 workbook of all rows read (not only the filtered ones)."""
        rows = self.model.rows()
        self.statusBar().showMessage(self.tr("正在导出…"))
        return self.jobs.export(lambda _progress: portfolio.write_workbook(rows, out))

    def export_pdf(self, out: Path) -> Task:
        """Write the 工作总结 PDF of all rows read (not only the filtered ones)."""
        from desktop_app.operations import portfolio_report  # reportlab: not needed until asked for

        rows = self.model.rows()
        self.statusBar().showMessage(self.tr("正在导出…"))
        return self.jobs.export(lambda _progress: portfolio_report.write_pdf(rows, out))

    def _update_export_actions(self) -> None:
        for action in (self.ui.actionExportXlsx, self.ui.actionExportPdf):
            action.setEnabled(self.model.rowCount() > 0 and not self.jobs.exporting())

    def _export_failed(self, message: str) -> None:
        self.statusBar().showMessage(message, 15000)
        QMessageBox.warning(self, self.tr("导出"), message)

    # -- window state ------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel_scan()
        self.jobs.shutdown()  # a scan stops within ~0.1 s of cancel; an export is let finish
        window_state.save(self, self.ui)
        super().closeEvent(event)
