"""Message catalogue for the Qt-free layers (CLI, errors, checks): 简体中文 first, English by locale.

The Qt UI translates its own strings with Qt's translation calls; text produced below the UI layer (error
messages, check findings) comes from here, keyed by a stable code, so nothing ever matches message text.
"""

from __future__ import annotations

import locale
import os

_CATALOGUE: dict[str, tuple[str, str]] = {
    # code: (简体中文, English)
    "error": ("错误：{detail}", "Error: {detail}"),
    "case.error": ("案例文件错误：{path}：{detail}", "Case file error: {path}: {detail}"),
    "case.not_found": ("找不到案例文件：{path}", "Case file not found: {path}"),
    "case.not_ours": (
        "不是节能诊断工作台的案例文件（{detail}）：{path}",
        "Not a JNZD case file ({detail}): {path}",
    ),
    "case.corrupt": (
        "案例文件已损坏（{detail}）：{path}。请从快照恢复。",
        "Case file is corrupt ({detail}): {path}. Restore it from a snapshot.",
    ),
    "case.too_new": (
        "案例文件由更新版本的程序写入（格式版本 {found}，本程序支持 {supported}），已以只读方式打开：{path}",
        "Case file was written by a newer version (schema {found}, this app supports {supported}); "
        "opened read-only: {path}",
    ),
    "case.locked": (
        "案例文件正由 {holder} 打开，已以只读方式打开：{path}",
        "Case file is open by {holder}; opened read-only: {path}",
    ),
    "case.read_only": ("案例文件为只读（{reason}），未作任何更改：{path}", "Case file is read-only ({reason}); nothing changed: {path}"),
    "case.exists": ("文件已存在，未覆盖：{path}", "File already exists, not overwritten: {path}"),
    "case.migration_failed": (
        "案例文件升级失败（{detail}），文件未改动，升级前快照：{snapshot}",
        "Upgrading the case file failed ({detail}); the file is unchanged; snapshot taken before: {snapshot}",
    ),
    "storage.full": ("磁盘已满，最后一次修改未保存，案例文件保持完好：{path}", "Disk full: the last edit was not saved; the case file is intact: {path}"),
    "storage.io": ("读写案例文件出错（{detail}）：{path}", "I/O error on the case file ({detail}): {path}"),
    "snapshot.error": ("快照操作失败（{detail}）：{path}", "Snapshot failed ({detail}): {path}"),
    "validation": ("“{field}”的值无效：{detail}", "Invalid value for '{field}': {detail}"),
    "workflow.transition": (
        "不能从“{state}”执行“{action}”",
        "Cannot '{action}' a case in state '{state}'",
    ),
    "journal.nothing": ("没有可{what}的操作", "Nothing to {what}"),
    # what is wrong with a file that is not a (valid) case
    "case.detail.notadb": ("不是数据库文件", "not a database"),
    "case.detail.directory": ("这是一个文件夹", "this is a folder"),
    "case.detail.empty": ("文件为空", "the file is empty"),
    "case.detail.zip": ("这是 ZIP 压缩包；上报数据包请用 jnzd open-bundle 打开", "this is a ZIP archive; open upload bundles with jnzd open-bundle"),
    "case.detail.notsqlite": ("不是 SQLite 数据库", "not an SQLite database"),
    "case.detail.truncated": ("文件被截断，长度小于文件头记录的大小", "the file is truncated: shorter than its header says"),
    "case.detail.foreign_sqlite": ("这是另一个程序的 SQLite 数据库", "an SQLite database of another application"),
    "case.detail.no_meta": ("缺少案例文件的格式信息", "the case-file format record is missing"),
    # journal
    "journal.created": ("创建案例", "Case created"),
    "journal.migrated": ("案例文件格式从 {old} 升级到 {new}", "Case file upgraded from schema {old} to {new}"),
    "journal.restored": ("从快照恢复（{when} UTC）", "Restored from snapshot ({when} UTC)"),
    "journal.undo_word": ("撤销", "undo"),
    "journal.redo_word": ("重做", "redo"),
    "snapshot.other_case": ("该快照属于另一个案例", "the snapshot belongs to another case"),
    # checklist
    "template.invalid": ("清单模板 {file} 有误（{where}）：{detail}", "Checklist template {file} is invalid ({where}): {detail}"),
    "evidence.invalid": ("证据文件“{file}”未保存：{detail}", "Evidence file '{file}' not stored: {detail}"),
    "cli.equipment_imported": ("已导入 {count} 台设备：{path}", "Imported {count} devices: {path}"),
    "cli.columns_ignored": ("未识别、未导入的列：{columns}", "Columns not recognised (not imported): {columns}"),
    "cli.log_imported": ("已导入 {count} 个通道、{rows} 行：{path}", "Imported {count} channels, {rows} rows: {path}"),
    "cli.calc_saved": ("计算结果已保存（第 {id} 条）：{path}", "Result saved (#{id}): {path}"),
    "import.invalid": ("无法导入“{path}”：{detail}", "Cannot import '{path}': {detail}"),
    "import.ambiguous": ("无法自动确定“{path}”的读取方式：{detail}。请用 {option} 指定（可选：{candidates}）", "Cannot decide how to read '{path}': {detail}. Choose with {option} ({candidates})"),
    "import.cancelled": ("已取消导入，未作任何更改：{path}", "Import cancelled; nothing changed: {path}"),
    # read-only reasons
    "ro.too_new": ("文件版本较新", "written by a newer version"),
    "ro.locked": ("已在别处打开", "open elsewhere"),
    "ro.requested": ("以只读方式打开", "opened read-only"),
    "ro.workflow": ("案例已提交或已通过，需退回或撤回后才能修改", "submitted or approved; return or withdraw it to edit"),
    # CLI
    "cli.usage": ("用法错误：{detail}", "Usage error: {detail}"),
    "cli.no_display": (
        "没有可用的显示器，无法启动图形界面。可用的命令行功能：jnzd demo / info / check（jnzd --help）",
        "No display available for the GUI. Headless commands: jnzd demo / info / check (jnzd --help)",
    ),
    "cli.demo_written": ("已生成演示案例：{path}", "Demo case written: {path}"),
    "cli.check_ok": ("检查通过：没有阻断提交的问题（警告 {warnings} 条）", "Check passed: no blocking problems ({warnings} warnings)"),
    "cli.check_blocking": ("检查未通过：{blocking} 个阻断问题，{warnings} 条警告", "Check failed: {blocking} blocking problems, {warnings} warnings"),
    "cli.internal": (
        "内部错误（{detail}），详情已写入 {log}",
        "Internal error ({detail}); details written to {log}",
    ),
}


def current_language() -> str:
    """'zh' unless JNZD_LANG or the locale asks for English."""
    forced = os.environ.get("JNZD_LANG", "").lower()
    if forced.startswith(("zh", "en")):
        return forced[:2]
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "en" if value.lower().startswith("en") else "zh"
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return "en" if loc.lower().startswith("en") else "zh"


def render(code: str, lang: str | None = None, **params: object) -> str:
    zh, en = _CATALOGUE.get(code, _CATALOGUE["error"])
    template = en if (lang or current_language()) == "en" else zh
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return f"{template} {params}"


def has_message(code: str) -> bool:
    return code in _CATALOGUE
