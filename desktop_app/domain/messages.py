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
    "case.hot_journal_read": (
        "案例旁有未完成写入留下的日志 {journal}（程序曾在保存中途退出）：已在临时副本中回滚后读取，案例文件和日志均未改动；以可写方式打开时会先备份两者再恢复",
        "A journal left by an unfinished write ({journal}) sits beside the case: it was rolled back in a temporary "
        "copy to read the case; neither file was changed. Opening the case writable backs both up, then recovers",
    ),
    "case.foreign_journal_read": (
        "案例旁的日志 {journal} 不属于这个文件（回滚后文件损坏；可能是崩溃后又放回了旧副本）：已忽略它，按文件本身读取，两者均未改动",
        "The journal {journal} beside the case does not belong to it (rolling it back damages the file; perhaps "
        "an older copy was put back after a crash): it was ignored and the file read as it is; neither was changed",
    ),
    "case.hot_journal_recovered": (
        "已恢复未完成的写入：案例文件和日志已先备份到 {folder}，回滚后完整性检查通过",
        "An unfinished write was recovered: the case and its journal were first backed up to {folder}; the "
        "integrity check passed after the roll-back",
    ),
    "case.foreign_journal_set_aside": (
        "案例旁的日志 {journal} 不属于这个文件（回滚后完整性检查失败）：文件已恢复原样，日志已移到 {folder}",
        "The journal {journal} beside the case does not belong to it (the integrity check failed after rolling "
        "it back): the file was put back as it was and the journal moved to {folder}",
    ),
    "case.detail.foreign_journal_damaged": (
        "文件本身和旁边的日志 {journal} 回滚后都未通过完整性检查",
        "neither the file alone nor the file with its journal {journal} rolled back passes the integrity check",
    ),
    "case.exists": ("文件已存在，未覆盖：{path}", "File already exists, not overwritten: {path}"),
    "case.migration_failed": (
        "案例文件升级失败（{detail}），文件未改动，升级前快照：{snapshot}",
        "Upgrading the case file failed ({detail}); the file is unchanged; snapshot taken before: {snapshot}",
    ),
    "storage.full": ("磁盘已满或超出文件大小上限，最后一次修改未保存，案例文件保持完好：{path}", "Disk full or over the file-size limit: the last edit was not saved; the case file is intact: {path}"),
    "storage.full_output": (
        "磁盘已满或超出文件大小上限，未写出 {path}（没有留下不完整的文件）",
        "Disk full or over the file-size limit: {path} was not written (no incomplete file was left)",
    ),
    "storage.folder_read_only": (
        "无法在文件夹“{folder}”中写入（{detail}：没有写入权限，或是只读的介质），未写出 {path}",
        "Cannot write into the folder '{folder}' ({detail}: no write permission, or a read-only medium); "
        "{path} was not written",
    ),
    "storage.folder_missing": ("文件夹不存在：{folder}（未写出 {path}）", "Folder does not exist: {folder} ({path} was not written)"),
    "storage.path_conflict": ("无法写出 {path}：{detail}", "Cannot write {path}: {detail}"),
    "storage.detail.is_dir": ("已有同名的文件夹", "a folder of that name exists"),
    "storage.detail.not_dir": ("路径中有一部分是文件，不是文件夹", "part of the path is a file, not a folder"),
    "storage.name_too_long": (
        "文件名过长（文件系统允许 {limit} 字节，案例文件名还须留出“-journal”“.lock”的位置），请用较短的名称：{path}",
        "File name too long (the file system allows {limit} bytes, and a case's name must leave room for "
        "'-journal' and '.lock'); choose a shorter name: {path}",
    ),
    "case.read_only_medium": (
        "案例文件不能写入：文件本身、所在文件夹或介质为只读（{detail}），已以只读方式打开（并非在别处打开）：{path}",
        "The case file cannot be written: the file, its folder or the medium is read-only ({detail}); opened "
        "read-only (it is not open elsewhere): {path}",
    ),
    "case.hard_linked": (
        "案例文件有 {links} 个硬链接（同一文件的多个名称），经不同名称同时写入或崩溃后恢复会损坏文件，"
        "已以只读方式打开；请复制一份（不是链接）再编辑：{path}",
        "The case file has {links} hard links (several names for one file); writing it through different names, "
        "or recovering after a crash, could corrupt it, so it was opened read-only; edit a copy (not a link): {path}",
    ),
    "case.busy": (
        "案例文件正被其他程序占用（如正在读取它的汇总或备份程序），等待 {seconds} 秒后仍未释放，本次修改未保存，"
        "案例文件保持完好；请稍后重试：{path}",
        "The case file is busy (another program, e.g. a roll-up or a backup, is reading it) and was not released "
        "within {seconds} s; this change was not saved and the case file is intact; try again later: {path}",
    ),
    "case.version_mismatch": (
        "案例文件头记录的格式版本 {found} 与文件内容不符，无法升级到本程序的格式版本 {supported} 来读取"
        "（{detail}），文件未改动：{path}",
        "The case file's header says schema {found}, which does not match its content, so it cannot be upgraded "
        "to this app's schema {supported} for reading ({detail}); the file is unchanged: {path}",
    ),
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
    # what the journal proves (storage.integrity; jnzd check, the overview, the review window)
    "integrity.section": ("文件完整性", "File integrity"),
    "integrity.chain": ("修改记录第 {seq} 条与校验链不符：修改记录在程序之外被改动过",
                        "Journal entry {seq} does not follow from the chain: the journal was altered outside the app"),
    "integrity.head": ("修改记录的结尾与最后一次保存时不同（保存时到第 {saved} 条，现在到第 {found} 条）：修改记录被截短或在程序之外追加",
                       "The journal does not end where the last save left it (saved at entry {saved}, now at {found}): "
                       "it was cut short or extended outside the app"),
    "integrity.schema": ("数据库结构在程序之外被改动：{kind} {name} {how}",
                         "The database structure was changed outside the app: {kind} {name} {how}"),
    "integrity.schema.missing": ("被删除", "was removed"),
    "integrity.schema.added": ("是多出来的", "was added"),
    "integrity.schema.altered": ("被修改", "was altered"),
    "integrity.row_changed": ("{table} {key} 在修改记录之外被改动{columns}",
                              "{table} {key} was changed without the journal{columns}"),
    "integrity.row_added": ("{table} {key} 不是通过本程序添加的（修改记录中没有）",
                            "{table} {key} was not added through the app (the journal has no entry for it)"),
    "integrity.row_readded": ("{table} {key} 已在修改记录中删除，却又出现在文件中",
                              "{table} {key} was deleted in the journal but is back in the file"),
    "integrity.row_deleted": ("{table} {key} 在修改记录之外被删除", "{table} {key} was deleted without the journal"),
    "integrity.blob": ("数据块 {sha}… 的内容与其 SHA-256 或大小不符（被改动或损坏，如证据照片、测量数据）",
                       "Data block {sha}… does not match its SHA-256 or size (altered or damaged: an evidence photo, "
                       "measurement data)"),
    "integrity.workflow": ("状态为“{state}”，但没有审核人作出的相应决定：状态在程序之外被改动",
                           "The state is '{state}' but no reviewer decided so: the state was changed outside the app"),
    "integrity.storage": ("SQLite 完整性检查失败（{detail}）：文件已损坏，请从快照恢复",
                          "SQLite's integrity check failed ({detail}): the file is damaged; restore it from a snapshot"),
    "integrity.more": ("另有 {count} 处同类问题（{what}）", "{count} more of the same kind ({what})"),
    # signatures and keys (domain.signature, storage.keys, jnzd keys)
    "keys.invalid": ("密钥文件无法使用（{detail}）：{path}", "Cannot use the key file ({detail}): {path}"),
    "keys.detail.missing": ("文件不存在", "the file does not exist"),
    "keys.detail.unreadable": ("无法读取：{detail}", "cannot be read: {detail}"),
    "keys.detail.json": ("不是密钥卡或密钥环（JSON）", "not a key card or keyring (JSON)"),
    "keys.detail.key": ("公钥不是 Ed25519 公钥", "the public key is not an Ed25519 public key"),
    "keys.detail.fingerprint": ("指纹与公钥不符", "the fingerprint does not match the public key"),
    "keys.detail.name": ("缺少姓名", "the name is missing"),
    "keys.detail.private": ("私钥文件损坏或不是 Ed25519 私钥", "the private key file is damaged or not Ed25519"),
    "keys.detail.unknown_fp": ("密钥环中没有指纹 {fingerprint}", "no key with fingerprint {fingerprint} in the keyring"),
    "signature.forged.message": ("签名与所签内容不符", "the signature does not match what it signs"),
    "signature.forged.head": ("所签的修改记录位置（第 {seq} 条）在本文件的修改记录中不存在或已不同",
                              "the signed journal position (entry {seq}) is missing from this file's journal or differs"),
    "signature.forged.case": ("签名属于另一个案例", "the signature belongs to another case"),
    "signature.forged.decision": ("所签的审核决定与文件中的不符", "the signed review decision differs from the file's"),
    "signature.section": ("签名", "Signatures"),
    "signature.unsigned": ("案例未签名：无法证明是谁提交的（{state}）", "The case is unsigned: who submitted it cannot be proven ({state})"),
    "signature.decision_unsigned": ("审核决定“{action}”（{reviewer}）未签名：无法证明是审核人作出的",
                                    "Review decision '{action}' ({reviewer}) is unsigned: it cannot be proven the "
                                    "reviewer made it"),
    "signature.bundle_unsigned": ("数据包未签名：无法证明是谁导出的", "The bundle is unsigned: who exported it cannot be proven"),
    "signature.unknown_key": ("{what}：签名人的密钥未登记，无法确认签名人身份（用 jnzd keys add 导入其密钥卡）",
                              "{what}: the signer's key is not in the keyring, so the signer cannot be confirmed "
                              "(import their key card with jnzd keys add)"),
    "cli.keys_own": ("本人的签名密钥：{name}，指纹 {fingerprint}（私钥：{path}，请勿外传）",
                     "Your signing key: {name}, fingerprint {fingerprint} (private key: {path}; never hand it out)"),
    "cli.keys_ring": ("密钥环：{path}，{count} 个已登记的密钥", "Keyring: {path}, {count} known keys"),
    "cli.keys_exported": ("已导出密钥卡：{path}（指纹 {fingerprint}，请对方电话核对）",
                          "Key card written: {path} (fingerprint {fingerprint}; have it confirmed by phone)"),
    "cli.keys_added": ("已登记：{name}，指纹 {fingerprint}（请与本人电话核对指纹）",
                       "Added: {name}, fingerprint {fingerprint} (confirm the fingerprint with them by phone)"),
    "cli.keys_added_total": ("新登记或更新 {count} 个密钥：{path}", "{count} keys added or updated: {path}"),
    "cli.keys_removed": ("已从密钥环删除：{name}（{fingerprint}）", "Removed from the keyring: {name} ({fingerprint})"),
    "cli.submit_done": ("已提交审核并签名：{path}", "Submitted for review and signed: {path}"),
    "cli.withdraw_done": ("已撤回，可继续修改：{path}", "Withdrawn; editable again: {path}"),
    "integrity.ok": ("已按修改记录核对 {rows} 行、{entries} 条修改记录、{blobs} 个数据块和数据库结构：未发现程序之外的改动",
                     "Checked against the journal: {rows} rows, {entries} journal entries, {blobs} data blocks and the "
                     "database structure: no change outside the app"),
    "integrity.unsealed": ("{count} 行由旧版本写入，尚未封存，无法证明未被改动（以可写方式打开一次即封存）",
                           "{count} rows were written by an older version and are not sealed yet, so they cannot be "
                           "proven unchanged (opening the case writable once seals them)"),
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
    "bundle.detail.tampered": ("case.json 的内容与其修改记录不符：{table} {key} {why}（数据在程序之外被改动）",
                               "case.json does not match its own journal: {table} {key} {why} (data changed "
                               "outside the app)"),
    "bundle.detail.forged": ("{member} 的签名伪造或已失效：{signer}（{fingerprint}）{why}",
                             "forged or broken signature in {member}: {signer} ({fingerprint}) {why}"),
    "bundle.detail.signature": ("签名文件 {member} 无法读取（{why}）", "the signature file {member} cannot be read ({why})"),
    "bundle.why.chain": ("修改记录的校验链断开", "the journal's hash chain is broken"),
    "bundle.why.head": ("修改记录被截短或追加", "the journal was cut short or extended"),
    "bundle.why.schema": ("表结构与格式版本不符", "the table structure does not match the schema version"),
    "bundle.why.row_changed": ("在修改记录之外被改动", "was changed without the journal"),
    "bundle.why.row_added": ("不是通过修改记录添加的", "was not added through the journal"),
    "bundle.why.row_deleted": ("在修改记录之外被删除", "was deleted without the journal"),
    "bundle.why.workflow": ("的状态没有相应的审核决定", "has a state no review decision led to"),
    "bundle.why.blob": ("的数据块与其 SHA-256 不符", "has a data block that does not match its SHA-256"),
    "bundle.why.storage": ("未通过完整性检查", "fails the integrity check"),
    "bundle.why.sig_message": ("：签名与清单不符", ": the signature does not match the manifest"),
    "bundle.why.sig_case": ("：案例中的签名与所签内容不符", ": a signature in the case does not match what it signs"),
    "journal.from_bundle": ("从上报数据包打开（{bundle}）", "Opened from an upload bundle ({bundle})"),
    # read-only reasons
    "ro.too_new": ("文件版本较新", "written by a newer version"),
    "ro.locked": ("已在别处打开：{holder}", "open elsewhere: {holder}"),
    "ro.read_only_medium": ("文件、所在文件夹或介质为只读", "the file, its folder or the medium is read-only"),
    "ro.file_read_only": ("文件属性为只读", "the file is write-protected"),
    "ro.hard_linked": ("文件有多个硬链接，请复制一份再编辑", "the file has several hard links; edit a copy"),
    "ro.requested": ("以只读方式打开", "opened read-only"),
    "ro.workflow": ("案例已提交或已通过，需退回或撤回后才能修改", "submitted or approved; return or withdraw it to edit"),
    # CLI
    "cli.not_a_date": ("“{value}”不是日期（应写成 YYYY-MM-DD，如 2024-03-01）", "'{value}' is not a date (YYYY-MM-DD expected, e.g. 2024-03-01)"),
    "cli.not_a_count": ("“{value}”不是行数（应为 0 或正整数）", "'{value}' is not a number of lines (0 or more expected)"),
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
    "portfolio.signature_forged": ("伪造：{signer}", "forged: {signer}"),
    "portfolio.signature_unknown": ("{signer}（密钥未登记）", "{signer} (key unknown)"),
    "portfolio.signature_none": ("未签名", "unsigned"),
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
