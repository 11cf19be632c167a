"""GUI entry: QApplication, translations, the CJK font, the main window."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from desktop_app import APP_ID, APP_NAME, ORG_NAME, __version__
from desktop_app.domain.messages import current_language
from desktop_app.reference.paths import resources_dir
from desktop_app.ui.fonts import ensure_cjk_font
from desktop_app.ui.main_window import MainWindow


def install_translators(app: QApplication) -> list[QTranslator]:
    """简体中文 is the source language; English loads ``resources/translations/jnzd_en.qm`` when present."""
    lang = current_language()
    installed: list[QTranslator] = []
    qt = QTranslator(app)
    qt_name = "qtbase_zh_CN" if lang == "zh" else "qtbase_en"
    if qt.load(qt_name, QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    if lang != "zh":
        ours = QTranslator(app)
        if ours.load(str(resources_dir() / "translations" / f"jnzd_{lang}.qm")):
            app.installTranslator(ours)
            installed.append(ours)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese if lang == "zh" else QLocale.Language.English,
                               QLocale.Country.China if lang == "zh" else QLocale.Country.UnitedStates))
    return installed


def create_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    install_translators(app)
    ensure_cjk_font(app)
    return app


def _quit_on_signals(app: QApplication) -> None:
    """SIGTERM (logout, ``kill``) and Ctrl+C close the window normally, so the field being typed is committed
    and the lock released. Python handles signals only when it runs, so a timer gives it a turn twice a second.
    The quit is queued, not called: a signal that arrives while the case is still opening (before ``exec``) would
    otherwise be lost, since ``quit()`` does nothing without a running event loop, and the window would stay up."""
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: QTimer.singleShot(0, app.quit))
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(500)


def run(case: Path | None) -> int:
    app = create_app()
    window = MainWindow()
    app.aboutToQuit.connect(window.close)
    _quit_on_signals(app)
    window.show()
    if case is not None:
        window.open_path(case)
    if os.environ.get("JNZD_EXIT_AFTER_SHOW"):  # start-up benchmark: quit once the first frame is drawn
        QTimer.singleShot(0, lambda: (print(f"shown {os.environ['JNZD_EXIT_AFTER_SHOW']}", flush=True), app.quit()))
    return app.exec()


def run_review(folders: list[Path]) -> int:
    """The supervisor's review window on folders of case files (``jnzd review DIR…``)."""
    from desktop_app.ui.review.window import ReviewWindow

    app = create_app()
    window = ReviewWindow()
    app.aboutToQuit.connect(window.close)  # stops a running scan before the interpreter goes away
    _quit_on_signals(app)
    window.show()
    window.open_folders(folders)
    if os.environ.get("JNZD_EXIT_AFTER_SHOW"):
        QTimer.singleShot(0, lambda: (print(f"shown {os.environ['JNZD_EXIT_AFTER_SHOW']}", flush=True), app.quit()))
    return app.exec()
