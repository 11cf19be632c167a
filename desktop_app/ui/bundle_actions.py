"""File-menu actions on upload bundles: verify one, or open one back into a case file (then open that)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop_app import CASE_SUFFIX
from desktop_app.domain.errors import JnzdError
from desktop_app.domain.messages import current_language, render
from desktop_app.operations import export
from desktop_app.storage.lock import default_user


def verify_dialog(parent: QWidget) -> None:
    path, _ = QFileDialog.getOpenFileName(parent, parent.tr("校验上报数据包"), "", parent.tr("上报数据包 (*.zip)"))
    if not path:
        return
    try:
        checked = export.inspect(Path(path))
    except JnzdError as exc:
        QMessageBox.warning(parent, parent.tr("校验上报数据包"), exc.message())
        return
    manifest = checked.manifest
    extra = export.loads_manifest_extra(manifest)
    text = parent.tr("校验通过：%1 个成员，SHA-256 与大小均一致。\n企业：%2\n统一社会信用代码：%3\n诊断基准日期：%4")
    text = (text.replace("%1", str(len(manifest.members))).replace("%2", str(extra.get("enterprise", "")))
            .replace("%3", str(extra.get("uscc", ""))).replace("%4", str(extra.get("as_of_date", ""))))
    signed = checked.signature
    lines = [signed.describe(current_language()) if signed is not None else render("signature.bundle_unsigned"),
             *checked.case_signatures]
    QMessageBox.information(parent, parent.tr("校验上报数据包"), text + "\n\n" + "\n".join(lines))


def open_dialog(parent: QWidget) -> Path | None:
    """Ask for a bundle and a new case file name; returns the restored case path, or None."""
    path, _ = QFileDialog.getOpenFileName(parent, parent.tr("打开上报数据包"), "", parent.tr("上报数据包 (*.zip)"))
    if not path:
        return None
    target, _ = QFileDialog.getSaveFileName(parent, parent.tr("还原为案例文件"),
                                            str(Path(path).with_suffix(CASE_SUFFIX)),
                                            parent.tr("节能诊断案例 (*%1)").replace("%1", CASE_SUFFIX))
    if not target:
        return None
    try:
        return export.open_bundle(Path(path), Path(target), user=default_user())
    except JnzdError as exc:
        QMessageBox.warning(parent, parent.tr("打开上报数据包"), exc.message())
        return None
