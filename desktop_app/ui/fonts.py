"""Make sure Chinese renders: use a system CJK font when there is one, else the bundled JNZD Micro Hei."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop_app.reference.paths import resources_dir

# System fonts known to draw every character our data uses (units such as ℃ and ㎡ included). Other CJK fonts
# are not trusted blindly: WenQuanYi Micro Hei, common on Linux, claims ℃ but draws nothing (resources/fonts).
PREFERRED = ("Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC")
BUNDLED = "fonts/JNZDMicroHei.ttf"


def app_font_family() -> str:
    """The family the application font uses (charts and rich text name it explicitly)."""
    return QApplication.font().family()


def ensure_cjk_font(app: QApplication, *, force_bundled: bool = False) -> str:
    """Set the application font to a family that covers 简体中文 and return its name."""
    families = [] if force_bundled else QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    chosen = next((f for f in PREFERRED if f in families), "")
    if not chosen:
        font_id = QFontDatabase.addApplicationFont(str(resources_dir() / BUNDLED))
        loaded = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        chosen = loaded[0] if loaded else ""
    if chosen:
        font = QFont(app.font())
        font.setFamilies([chosen])
        if font.pointSizeF() < 9:
            font.setPointSizeF(9)
        app.setFont(font)
    return chosen
