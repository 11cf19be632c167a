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
    "cli.portfolio": ("已汇总 {cases} 个案例（{unreadable} 个文件无法读取）：{path}",
                      "Rolled up {cases} cases ({unreadable} files unreadable): {path}"),
    "cli.exported": ("已导出{kind}：{path}", "Exported {kind}: {path}"),
    "cli.bundle_ok": ("数据包校验通过（{count} 个成员）：{path}", "Bundle verified ({count} members): {path}"),
    "cli.bundle_opened": ("已还原为案例文件：{path}", "Opened as a case file: {path}"),
    "cli.calc_saved": ("计算结果已保存（第 {id} 条）：{path}", "Result saved (#{id}): {path}"),
    "cli.review_commented": ("已添加审核意见（第 {id} 条）：{path}", "Review comment added (#{id}): {path}"),
    "cli.review_resolved": ("审核意见第 {id} 条已标记为已解决：{path}", "Review comment #{id} resolved: {path}"),
    "cli.review_decided": ("已记录审核决定“{action}”：{path}", "Decision recorded ({action}): {path}"),
    "cli.review_changes": ("上次审核后的修改：{count} 项操作", "Changes since the last review: {count} operations"),
    "import.invalid": ("无法导入“{path}”：{detail}", "Cannot import '{path}': {detail}"),
    "import.ambiguous": ("无法自动确定“{path}”的读取方式：{detail}。请用 {option} 指定（可选：{candidates}）", "Cannot decide how to read '{path}': {detail}. Choose with {option} ({candidates})"),
    "import.cancelled": ("已取消导入，未作任何更改：{path}", "Import cancelled; nothing changed: {path}"),
    "export.cancelled": ("已取消导出（未写出不完整的文件）：{path}", "Export cancelled (no incomplete file was left): {path}"),
    # reporting
    "report.font": (
        "无法生成 PDF 报告：找不到可嵌入的中文 TrueType 字体（已尝试：{tried}）。请重新安装本程序以恢复自带字体 resources/fonts/JNZDMicroHei.ttf，或安装一种中文 TrueType 字体（如微软雅黑、黑体、文泉驿微米黑）后重试",
        "Cannot write the PDF report: no embeddable Chinese TrueType font found (tried: {tried}). Reinstall the app to restore its bundled font resources/fonts/JNZDMicroHei.ttf, or install a Chinese TrueType font (e.g. Microsoft YaHei, SimHei, WenQuanYi Micro Hei) and try again",
    ),
    # upload bundle: bundle.invalid carries one of the bundle.detail.* texts
    "bundle.invalid": ("上报数据包无效（{detail}）：{path}", "Invalid upload bundle ({detail}): {path}"),
    "bundle.detail.missing_blob": ("案例中缺少数据块 {sha}…", "the case lacks data block {sha}…"),
    "bundle.detail.no_case_json": ("数据包中没有 case.json", "the bundle holds no case.json"),
    "bundle.detail.not_found": ("文件不存在", "the file does not exist"),
    "bundle.detail.directory": ("这是一个文件夹", "this is a folder"),
    "bundle.detail.unreadable": ("无法读取文件：{detail}", "cannot read the file: {detail}"),
    "bundle.detail.not_zip": ("不是 ZIP 压缩包，或文件已损坏、被截断", "not a ZIP archive, or the file is damaged or truncated"),
    "bundle.detail.too_many": ("成员过多：{count} 个，上限 {limit} 个", "too many members: {count}, the limit is {limit}"),
    "bundle.detail.absolute": ("成员“{member}”是绝对路径，会写到数据包文件夹之外", "member '{member}' is an absolute path, outside the bundle's folder"),
    "bundle.detail.drive": ("成员“{member}”含盘符或冒号", "member '{member}' contains a drive letter or a colon"),
    "bundle.detail.backslash": ("成员“{member}”含反斜杠“\\”", "member '{member}' contains a backslash"),
    "bundle.detail.parent": ("成员“{member}”含“..”，会写到数据包文件夹之外", "member '{member}' contains '..', which escapes the bundle's folder"),
    "bundle.detail.bad_name": ("成员名称“{member}”无效（{why}）", "invalid member name '{member}' ({why})"),
    "bundle.detail.symlink": ("成员“{member}”是符号链接", "member '{member}' is a symbolic link"),
    "bundle.detail.duplicate": ("成员“{member}”重复出现", "member '{member}' occurs twice"),
    "bundle.detail.encrypted": ("成员“{member}”已加密", "member '{member}' is encrypted"),
    "bundle.detail.method": ("成员“{member}”使用不支持的压缩方法（{method}）", "member '{member}' uses an unsupported compression method ({method})"),
    "bundle.detail.member_too_large": ("成员“{member}”解压后 {size}，超过 {limit} 上限", "member '{member}' is {size} uncompressed, over the {limit} limit"),
    "bundle.detail.total_too_large": ("解压后共 {size}，超过 {limit} 上限", "{size} uncompressed in all, over the {limit} limit"),
    "bundle.detail.ratio": ("成员“{member}”压缩比 {ratio}:1，超过 {limit}:1，疑似压缩炸弹", "member '{member}' has a compression ratio of {ratio}:1, over {limit}:1 (a zip bomb?)"),
    "bundle.detail.overlap": ("成员“{member}”与其他成员的数据重叠，疑似压缩炸弹", "member '{member}' overlaps another member's data (a zip bomb?)"),
    "bundle.detail.overrun": ("成员“{member}”解压出的数据多于声明的 {size} 字节", "member '{member}' inflates to more than its declared {size} bytes"),
    "bundle.detail.corrupt": ("成员“{member}”已损坏（{why}）", "member '{member}' is damaged ({why})"),
    "bundle.detail.no_manifest": ("缺少清单 manifest.json", "manifest.json is missing"),
    "bundle.detail.manifest": ("清单 manifest.json 无效：{why}", "manifest.json is invalid: {why}"),
    "bundle.detail.format": ("格式“{found}”不是上报数据包（应为 {expected}）", "format '{found}' is not an upload bundle ({expected} expected)"),
    "bundle.detail.newer": ("数据包格式版本 {found} 由更新版本的程序写入（本程序支持到 {supported}），请升级程序", "bundle format version {found} was written by a newer version (this app reads up to {supported}); update the app"),
    "bundle.detail.missing": ("清单中列出的成员“{member}”不在数据包中", "member '{member}' is listed in the manifest but missing"),
    "bundle.detail.extra": ("成员“{member}”未列在清单中", "member '{member}' is not listed in the manifest"),
    "bundle.detail.size": ("成员“{member}”大小不符：清单 {expected} 字节，实际 {found} 字节", "member '{member}' has the wrong size: {expected} bytes listed, {found} found"),
    "bundle.detail.sha256": ("成员“{member}”的 SHA-256 与清单不符，内容已被改动或损坏", "member '{member}' does not match its SHA-256 in the manifest: changed or damaged"),
    "bundle.detail.not_listed": ("数据包中没有成员“{member}”", "the bundle has no member '{member}'"),
    "bundle.detail.json": ("{member} 不是有效的 JSON（{why}）", "{member} is not valid JSON ({why})"),
    "bundle.detail.case_format": ("case.json 的格式“{found}”不是案例数据（应为 {expected}）", "case.json has format '{found}', not case data ({expected} expected)"),
    "bundle.detail.case_newer": ("case.json 格式版本 {found} 由更新版本的程序写入（本程序支持到 {supported}），请升级程序", "case.json format version {found} was written by a newer version (this app reads up to {supported}); update the app"),
    "bundle.detail.schema": ("case.json 在 {where} 处不符合格式：{why}", "case.json does not match its schema at {where}: {why}"),
    "bundle.detail.schema_newer": ("case.json 的 schema_version {found} 是更新的案例文件格式（本程序支持到 {supported}），请升级程序", "case.json has schema_version {found}, a newer case-file schema (this app supports up to {supported}); update the app"),
    "bundle.detail.value": ("{where} 的值无法写入（{why}）", "the value at {where} cannot be written ({why})"),
    "bundle.detail.table": ("case.json 中的表“{table}”不属于案例文件格式 {version}", "case.json table '{table}' is not part of case-file schema {version}"),
    "bundle.detail.column": ("case.json 表“{table}”中的列“{column}”不属于案例文件格式 {version}", "case.json table '{table}' has column '{column}', which case-file schema {version} does not"),
    "bundle.detail.row": ("case.json 表“{table}”第 {row} 行无法写入（{why}）", "case.json table '{table}' row {row} cannot be written ({why})"),
    "bundle.detail.blob": ("数据块 {sha} 与其 SHA-256 或大小不符", "data block {sha} does not match its SHA-256 or size"),
    "bundle.detail.blob_missing": ("case.json 中 {where} 引用的数据块 {sha} 不在 blob 表中", "case.json: data block {sha}, referenced by {where}, is not in the blob table"),
    "bundle.detail.blob_name": ("成员“{member}”的内容与名称不符：数据块以内容的 SHA-256 命名，其内容的 SHA-256 为 {sha}", "member '{member}' does not match its name: a data block is named by its content's SHA-256, and its content's is {sha}"),
    "bundle.detail.blob_member": ("case.json 的 blob 表列出的数据块成员“{member}”不在数据包中", "member '{member}', a data block listed in case.json's blob table, is not in the bundle"),
    "bundle.detail.blob_size": ("数据块成员“{member}”大小不符：case.json 的 blob 表为 {expected} 字节，数据包中为 {found} 字节", "data block member '{member}' has the wrong size: {expected} bytes in case.json's blob table, {found} in the bundle"),
    "bundle.detail.upgrade": ("case.json 的数据无法从案例文件格式 {version} 升级到当前格式（{why}）", "case.json's rows cannot be upgraded from case-file schema {version} ({why})"),
    "bundle.detail.no_case": ("case.json 缺少案例基本信息（{what}）", "case.json lacks the case's identity ({what})"),
    "bundle.why.directory": ("文件夹条目", "a folder entry"),
    "bundle.why.empty": ("名称为空或含空的路径段", "empty, or an empty or '.' path part"),
    "bundle.why.control": ("含控制字符", "contains a control character"),
    "bundle.why.windows": ("Windows 上无法使用的名称", "a name Windows cannot use"),
    "journal.from_bundle": ("从上报数据包打开（{bundle}）", "Opened from an upload bundle ({bundle})"),
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
    # supervisor portfolio
    "portfolio.unreadable": ("无法读取文件（{detail}）：{path}", "Cannot read the file ({detail}): {path}"),
    "cli.portfolio_pdf": ("已写出工作总结（汇总数据）PDF：{path}", "Work summary (roll-up) PDF written: {path}"),
    "cli.demo_portfolio": ("已生成 {count} 个演示案例（另有 {extra} 个用于演示错误行的文件），用时 {seconds} 秒：{path}", "Wrote {count} demo cases (and {extra} files that show error rows) in {seconds} s: {path}"),
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
