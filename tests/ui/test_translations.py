"""Every UI string goes through Qt's translation calls and has an English translation; the .qm is current."""

from __future__ import annotations

import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import translations  # noqa: E402


def test_every_ui_string_has_an_english_translation(tmp_path: Path) -> None:
    ts = tmp_path / "jnzd_en.ts"
    shutil.copy(translations.TS, ts)
    translations.lupdate(ts)  # adds any new source string as unfinished
    messages = list(ET.parse(ts).iter("message"))
    assert len(messages) > 100
    untranslated = [m.findtext("source") for m in messages
                    if m.find("translation").get("type") == "unfinished" or not m.findtext("translation")]
    assert not untranslated, f"run `make translations` and translate: {untranslated[:10]}"


def test_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    qm = tmp_path / "jnzd_en.qm"
    translations.lrelease(translations.TS, qm)
    assert qm.read_bytes() == translations.QM.read_bytes(), "run `make translations`"


def test_english_translator_translates_the_window(qapp: object) -> None:
    translator = QTranslator()
    assert translator.load(str(translations.QM))
    QCoreApplication.installTranslator(translator)
    try:
        from desktop_app.ui.main_window import MainWindow

        w = MainWindow()
        titles = [a.text() for a in w.menuBar().actions()]
        assert titles[0] == "&File"
        assert "Recent" in w.start_ui.recentLabel.text()
        w.deleteLater()
    finally:
        QCoreApplication.removeTranslator(translator)
