"""The main window: navigation, menus, status bar and drag-and-drop. It wires; the document owns the case."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QListWidgetItem, QMainWindow, QMessageBox, QWidget

from desktop_app import APP_NAME, CASE_SUFFIX, __version__
from desktop_app.domain.changes import OpChanges
from desktop_app.domain.workflow import is_editable
from desktop_app.storage.casefile import CaseFile
from desktop_app.ui import recent
from desktop_app.ui.document import CaseDocument
from desktop_app.ui.forms.ui_main_window import Ui_MainWindow
from desktop_app.ui.forms.ui_start import Ui_StartForm
from desktop_app.ui.pages.base import SectionPage
from desktop_app.ui.sections import SECTIONS


class MainWindow(QMainWindow):
    def __init__(self, document: CaseDocument | None = None) -> None:
        super().__init__()
        self.document = document or CaseDocument(self)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setAcceptDrops(True)
        self.ui.bannerLabel.hide()
        self.saved_label = QLabel()
        self.statusBar().addPermanentWidget(self.saved_label)

        self.start = QWidget()
        self.start_ui = Ui_StartForm()
        self.start_ui.setupUi(self.start)
        self.start_ui.newButton.clicked.connect(self.new_case)
        self.start_ui.openButton.clicked.connect(self.open_dialog)
        self.start_ui.recentList.itemDoubleClicked.connect(lambda item: self.open_path(item.text()))
        self.ui.pageStack.addWidget(self.start)

        self._pages: dict[str, SectionPage] = {}  # built on first show (see sections.py)
        self.ui.navList.currentRowChanged.connect(self._show_section)

        self._build_actions()
        self._attach_review()
        self.document.opened.connect(self._on_opened)
        self.document.closed.connect(self._on_closed)
        self.document.changed.connect(self._on_changed)
        self.document.saved.connect(lambda t: self.saved_label.setText(self.tr("✓ 已保存 %s") % t))
        self.document.failed.connect(self.show_error)
        self._restore_window_state()
        self._on_closed()

    # -- actions -----------------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        mb = self.menuBar()
        file_menu = mb.addMenu(self.tr("文件(&F)"))
        self.act_new = self._action(file_menu, self.tr("新建案例(&N)…"), self.new_case, QKeySequence.StandardKey.New)
        self.act_open = self._action(file_menu, self.tr("打开案例(&O)…"), self.open_dialog,
                                     QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu(self.tr("最近打开(&R)"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.act_close = self._action(file_menu, self.tr("关闭案例(&C)"), self.document.close,
                                      QKeySequence.StandardKey.Close)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("打开上报数据包(&B)…"), self.open_bundle)
        self._action(file_menu, self.tr("校验上报数据包(&V)…"), self.verify_bundle)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("审核案例文件夹(&W)…"), self.open_review)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("退出(&X)"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = mb.addMenu(self.tr("编辑(&E)"))
        self.act_undo = self._action(edit_menu, self.tr("撤销"), self.document.undo, QKeySequence("Ctrl+Z"))
        self.act_redo = self._action(edit_menu, self.tr("重做"), self.document.redo, QKeySequence("Ctrl+Y"))
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])

        case_menu = mb.addMenu(self.tr("案例(&A)"))
        self.act_snapshots = self._action(case_menu, self.tr("快照与恢复(&S)…"), self.show_snapshots)

        help_menu = mb.addMenu(self.tr("帮助(&H)"))
        self._action(help_menu, self.tr("关于(&A)"), self.about)

    def _attach_review(self) -> None:
        """The engineer's side of review: the comments of a reviewed case in a dock (the review window's
        drill-in overrides this with the reviewer's panel)."""
        from desktop_app.ui.review.engineer import EngineerReview

        self.review = EngineerReview(self)

    def _action(self, menu: object, text: str, slot: object, shortcut: object = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)  # type: ignore[arg-type]
        action.triggered.connect(slot)  # type: ignore[arg-type]
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in recent.recent_files():
            self.recent_menu.addAction(path).triggered.connect(lambda _c=False, p=path: self.open_path(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("（无）")).setEnabled(False)

    def open_bundle(self) -> None:
        from desktop_app.ui import bundle_actions  # not needed at start-up

        path = bundle_actions.open_dialog(self)
        if path is not None:
            self.open_path(path)

    def open_review(self) -> None:
        """The supervisor's review window on a folder of case files."""
        from desktop_app.ui.review.window import ReviewWindow  # not needed at start-up

        folder = QFileDialog.getExistingDirectory(self, self.tr("选择要审核的案例文件夹"))
        if folder:
            # Its own top-level window (it outlives this one if the engineer closes the case window first); kept
            # referenced here, and closed on quit so a running scan is stopped before the interpreter ends.
            self.review_window = ReviewWindow([Path(folder)])
            app = QApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(self.review_window.close)
            self.review_window.show()

    def verify_bundle(self) -> None:
        from desktop_app.ui import bundle_actions

        bundle_actions.verify_dialog(self)

    # -- opening -----------------------------------------------------------------------------------------
    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("打开案例"), "",
                                              self.tr("节能诊断案例 (*%s)") % CASE_SUFFIX)
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path) -> bool:
        ok = self.document.open(path)
        if ok:
            recent.remember(Path(path))
        elif not Path(path).exists():
            recent.forget(str(path))
        return ok

    def new_case(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("新建案例"), self.tr("新案例") + CASE_SUFFIX,
                                              self.tr("节能诊断案例 (*%s)") % CASE_SUFFIX)
        if not path:
            return
        if not path.endswith(CASE_SUFFIX):
            path += CASE_SUFFIX
        from desktop_app.ui.templates_dialog import TemplatesDialog  # not needed at start-up

        choice = TemplatesDialog.for_new_case(self)
        if choice is None:
            return
        as_of, modules, edition = choice
        if self.document.create(path, as_of, modules, edition):
            recent.remember(Path(path))
            self.ui.navList.setCurrentRow(1)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(u.toLocalFile().endswith(CASE_SUFFIX) for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.toLocalFile().endswith(CASE_SUFFIX):
                self.open_path(url.toLocalFile())
                event.acceptProposedAction()
                return

    # -- document events ---------------------------------------------------------------------------------
    def _on_opened(self, case: CaseFile) -> None:
        nav = self.ui.navList
        last = int(recent.settings().value("lastSection", 0) or 0)
        nav.blockSignals(True)
        nav.clear()
        for section in SECTIONS:
            nav.addItem(QListWidgetItem(section.display_title()))
        nav.blockSignals(False)
        nav.setEnabled(True)
        nav.setCurrentRow(min(max(last, 0), nav.count() - 1))
        self._show_section(nav.currentRow())
        self._update_title_and_banner()
        self._update_undo()
        self.saved_label.setText(self.tr("只读") if case.read_only else self.tr("所有修改均已保存"))
        for action in (self.act_close, self.act_snapshots):
            action.setEnabled(True)

    def _on_closed(self) -> None:
        self.ui.navList.blockSignals(True)
        self.ui.navList.clear()
        self.ui.navList.blockSignals(False)
        self.ui.navList.setEnabled(False)
        self.ui.pageStack.setCurrentWidget(self.start)
        self.start_ui.recentList.clear()
        self.start_ui.recentList.addItems(recent.recent_files())
        self.ui.bannerLabel.hide()
        self.saved_label.clear()
        self.setWindowTitle(f"{APP_NAME} {__version__}")
        for action in (self.act_close, self.act_snapshots, self.act_undo, self.act_redo):
            action.setEnabled(False)

    def _on_changed(self, changes: OpChanges) -> None:
        self._update_undo()
        if changes.kind in ("workflow", "restore") or changes.touches("enterprise", "name"):
            self._update_title_and_banner()

    def _update_undo(self) -> None:
        case = self.document.case
        can_edit = case is not None and not case.read_only and is_editable(case.workflow_state)
        undo = case.undo_label() if case else None
        redo = case.redo_label() if case else None
        self.act_undo.setEnabled(can_edit and undo is not None)
        self.act_redo.setEnabled(can_edit and redo is not None)
        self.act_undo.setText(self.tr("撤销：%s") % undo if undo else self.tr("撤销"))
        self.act_redo.setText(self.tr("重做：%s") % redo if redo else self.tr("重做"))

    def _update_title_and_banner(self) -> None:
        case = self.document.case
        if case is None:
            return
        name = (case.row("enterprise", 1) or {}).get("name") or case.path.stem
        self.setWindowTitle(f"{name} — {case.path.name} — {APP_NAME}")
        banner = ""
        if case.read_only_notice is not None:
            banner = case.read_only_notice.message()
        elif not is_editable(case.workflow_state):
            banner = self.tr("案例已提交或已通过，处于只读状态；如需修改，请在“案例概览”中撤回或由审核人退回。")
        self.ui.bannerLabel.setText(banner)
        self.ui.bannerLabel.setVisible(bool(banner))

    def page(self, section_id: str) -> SectionPage:
        """The page of a section, built (and loaded with the open case) the first time it is asked for."""
        page = self._pages.get(section_id)
        if page is None:
            section = next(s for s in SECTIONS if s.id == section_id)
            page = section.create(self.document)
            self._pages[section_id] = page
            self.ui.pageStack.addWidget(page)
            jump = getattr(page, "jump", None)
            if jump is not None:
                jump.connect(self.jump_to_field)
            if self.document.case is not None:
                page.reload()
                page.set_read_only(self.document.case.read_only)
        return page

    def _show_section(self, row: int) -> None:
        if 0 <= row < len(SECTIONS):
            self.ui.pageStack.setCurrentWidget(self.page(SECTIONS[row].id))
            recent.settings().setValue("lastSection", row)

    def jump_to_field(self, key: str) -> None:
        table = key.split(".", 1)[0]
        for row, section in enumerate(SECTIONS):
            if table in section.field_tables:
                self.ui.navList.setCurrentRow(row)
                self.page(section.id).focus_field(key)
                return

    # -- dialogs -----------------------------------------------------------------------------------------
    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 15000)
        if self.document.case is None:  # opening failed: make sure it is seen
            QMessageBox.warning(self, APP_NAME, message)

    def show_snapshots(self) -> None:
        from desktop_app.ui.snapshots_dialog import SnapshotsDialog  # not needed at start-up

        SnapshotsDialog(self.document, self).exec()

    def about(self) -> None:
        text = self.tr("<b>%s</b> %s<br>工业节能诊断服务的离线工具。<br>每一次修改都立即保存在案例文件中。")
        QMessageBox.about(self, self.tr("关于"), text % (APP_NAME, __version__))

    # -- window state ------------------------------------------------------------------------------------
    def _restore_window_state(self) -> None:
        s = recent.settings()
        geometry, state = s.value("geometry"), s.value("windowState")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = s.value("splitter")
        if isinstance(splitter, QByteArray):
            self.ui.splitter.restoreState(splitter)
        else:
            self.ui.splitter.setSizes([180, 920])

    def closeEvent(self, event: QCloseEvent) -> None:
        s = recent.settings()
        s.setValue("geometry", self.saveGeometry())
        s.setValue("windowState", self.saveState())
        s.setValue("splitter", self.ui.splitter.saveState())
        self.document.close()  # pages commit the field still being edited first (about_to_close)
        event.accept()
