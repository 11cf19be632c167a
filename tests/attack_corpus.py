"""The bad-input corpus (issue 14, item 7): named bad inputs for every ``jnzd`` command, as data.

Each ``Attack`` says which command it aims at, the argv (a template: ``{case}`` is the attack folder's copy of the
demo case, ``{w}`` the attack folder), how its input is built in that folder from the copy of the demo case (and,
for bundle attacks, from one signed bundle exported from the demo once per run), the exit code and the Chinese
fragment of the one-line message it must get, and its kind. ``execute`` runs one attack — in-process through
``desktop_app.cli.main``, or in a subprocess where a file-size limit or dropped privileges are needed — and
reports what happened: exit code, output, every file of the folder whose bytes changed (or that appeared or went),
crash logs, and for tampered cases the integrity codes ``check`` named.

Used by ``tests/test_attack_corpus.py`` (one test per attack) and ``benchmarks/attack.py`` (``make attack``: the
counts). Everything here is built from our own demo case and our own code; nothing is downloaded.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import resource
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import traceback
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tamper_support import rechain, sql

CASE = "demo.jnzd"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"

# The integrity codes of desktop_app.storage.integrity, and "signature" (a forged submission signature).
TAMPER_KINDS = ("chain", "head", "schema", "row_changed", "row_added", "row_deleted", "blob", "workflow", "storage",
                "signature")


@dataclass
class Ctx:
    """What a setup works with: the attack's own folder (the demo case copied in as ``demo.jnzd``) and the
    session's signed bundle (outside the folder; copy it in with ``bundle``)."""

    work: Path
    bundle_src: Path
    cleanups: list[Callable[[], None]] = field(default_factory=list)

    @property
    def case(self) -> Path:
        return self.work / CASE

    def p(self, name: str) -> Path:
        return self.work / name

    def bundle(self, name: str = "b.zip") -> Path:
        return Path(shutil.copyfile(self.bundle_src, self.work / name))


Setup = Callable[[Ctx], None]


@dataclass(frozen=True)
class Attack:
    id: str
    command: str  # the jnzd command attacked (per-command counts)
    argv: tuple[str, ...]  # template: {case}, {w}
    setup: Setup
    code: int  # the exit code expected
    message: str  # a fragment of the one stderr line (for tamper attacks: of check's findings on stdout)
    kind: str  # corrupt, foreign, truncated, tamper, logger, equipment, bundle, value, usage, disk, read-only, alias
    protect: tuple[str, ...] = (CASE,)  # files that must exist and stay byte-identical (besides the whole folder)
    runner: str = "inproc"  # inproc · fsize (RLIMIT_FSIZE in a subprocess) · unprivileged (setpriv, as root)
    fsize: int = 0
    detect: frozenset[str] = frozenset()  # tamper: the integrity codes ``check --json`` must report
    may_create: tuple[str, ...] = ()  # empty folders the command may leave (an export's output folder)

    def args(self, work: Path) -> list[str]:
        return [a.format(case=work / CASE, w=work) for a in self.argv]


# --- running --------------------------------------------------------------------------------------------------


@dataclass
class Outcome:
    attack: Attack
    code: int
    out: str
    err: str
    changed: list[str]  # files (or folders) that changed, appeared or went
    crash_logs: list[str]
    detected: frozenset[str] = frozenset()
    skipped: str = ""

    @property
    def problems(self) -> list[str]:
        """Why this is not the clear, harmless refusal the attack expects (empty: it is)."""
        a, found = self.attack, []
        if self.code != a.code:
            found.append(f"exit {self.code}, expected {a.code}")
        if "Traceback" in self.err or "Traceback" in self.out:
            found.append("traceback")
        if a.detect:
            if self.err.strip():
                found.append(f"stderr not empty: {self.err.strip()[:200]!r}")
            missing = a.detect - self.detected
            if missing:
                found.append(f"check did not name {sorted(missing)} (named {sorted(self.detected)})")
            if a.message not in self.out:
                found.append(f"{a.message!r} not in check's findings")
        elif a.code == 0:  # accepted as documented (a harmless oddity): quiet stderr, the fragment on stdout
            if self.err.strip():
                found.append(f"stderr not empty: {self.err.strip()[:300]!r}")
            if a.message not in self.out:
                found.append(f"{a.message!r} not in the output")
        else:
            lines = self.err.strip().splitlines()
            if len(lines) != 1:
                found.append(f"{len(lines)} lines on stderr: {self.err.strip()[:300]!r}")
            elif not lines[0].startswith("jnzd: ") or a.message not in lines[0]:
                found.append(f"{a.message!r} not in {lines[0]!r}")
        if "\x1b" in self.out or "\x1b" in self.err:
            found.append("a raw escape sequence reached the terminal")
        if self.changed:
            found.append(f"changed: {self.changed}")
        if self.crash_logs:
            found.append(f"crash logs: {self.crash_logs}")
        return found

    @property
    def clear(self) -> bool:
        """As expected: a clear refusal (or, for the few accepted inputs, handled without a change)."""
        return not self.skipped and not self.problems


def tree(folder: Path) -> dict[str, str]:
    """Every entry under ``folder``: files by SHA-256, links by target, folders as such."""
    found: dict[str, str] = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            p = Path(root) / name
            rel = str(p.relative_to(folder))
            if p.is_symlink():
                found[rel] = "link:" + os.readlink(p)
            elif p.is_dir():
                found[rel] = "dir"
            elif p.is_file():
                found[rel] = hashlib.sha256(p.read_bytes()).hexdigest()
            else:
                found[rel] = "other"
    return found


def _diff(before: dict[str, str], after: dict[str, str], may_create: tuple[str, ...]) -> list[str]:
    changed = []
    for name in sorted(set(before) | set(after)):
        if before.get(name) == after.get(name):
            continue
        if name not in before and name in may_create and after[name] == "dir":
            continue
        state = "new" if name not in before else "gone" if name not in after else "changed"
        changed.append(f"{name} ({state})")
    return changed


def unprivileged_prefix() -> tuple[str, ...] | None:
    """A command prefix under which permission bits bind: none needed unless root; as root setpriv without
    CAP_DAC_OVERRIDE (None: not available)."""
    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    caps = "-dac_override,-dac_read_search"
    return (setpriv, f"--bounding-set={caps}", f"--inh-caps={caps}")


def _file_size_limit(limit: int) -> Callable[[], None]:
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG, not a kill
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def _inproc(argv: list[str]) -> tuple[int, str, str]:
    from desktop_app.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:  # main never exits; say so if it does
            code = exc.code if isinstance(exc.code, int) else 2
            print(f"SystemExit escaped main: {exc.code!r}", file=sys.stderr)
        except BaseException:  # a leak is a finding, written as the traceback it is
            code = -1
            print(traceback.format_exc(), file=sys.stderr)
    return code, out.getvalue(), err.getvalue()


def _subprocess(argv: list[str], prefix: tuple[str, ...] = (),
                preexec: Callable[[], None] | None = None) -> tuple[int, str, str]:
    p = subprocess.run([*prefix, sys.executable, "-m", "desktop_app", *argv], capture_output=True, text=True,
                       encoding="utf-8", errors="replace", timeout=180, preexec_fn=preexec)
    return p.returncode, p.stdout, p.stderr


def _detected(out: str) -> frozenset[str]:
    try:
        doc = json.loads(out)
    except ValueError:
        return frozenset()
    codes = {p["code"] for p in doc.get("audit", {}).get("problems", [])} | set(doc.get("audit", {}).get("more", {}))
    codes |= {"signature" for s in doc.get("signatures", []) if s.get("verdict") == "forged"}
    return frozenset(codes)


def execute(attack: Attack, work: Path, demo: Path, bundle_src: Path, data_dir: Path) -> Outcome:
    """Build the attack's input in ``work`` (made here; ``demo`` copied in as demo.jnzd), run the command, and
    report. ``data_dir`` is the JNZD_DATA_DIR the command uses (its crash logs are looked for there)."""
    work.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(demo, work / CASE)
    ctx = Ctx(work, bundle_src)
    logs = data_dir / "logs"
    logs_before = set(os.listdir(logs)) if logs.is_dir() else set()
    try:
        attack.setup(ctx)
        before = tree(work)
        missing = [name for name in attack.protect if not (work / name).exists() and not (work / name).is_symlink()]
        argv = attack.args(work)
        skipped = ""
        if attack.runner == "inproc":
            code, out, err = _inproc(argv)
        elif attack.runner == "fsize":
            code, out, err = _subprocess(argv, preexec=_file_size_limit(attack.fsize))
        else:
            prefix = unprivileged_prefix()
            if prefix is None:
                code, out, err, skipped = attack.code, "", "", "root without setpriv: permission bits do not bind"
            else:
                code, out, err = _subprocess(argv, prefix=prefix)
        after = tree(work)
    finally:
        for undo in reversed(ctx.cleanups):
            undo()
    changed = [f"{m} (missing before the run)" for m in missing] + _diff(before, after, attack.may_create)
    crashes = sorted(set(os.listdir(logs)) - logs_before) if logs.is_dir() else []
    return Outcome(attack, code, out, err, changed, crashes, _detected(out) if attack.detect else frozenset(),
                   skipped)


# --- building inputs ------------------------------------------------------------------------------------------


def _bytes(fn: Callable[[bytes], bytes], name: str = CASE) -> Setup:
    def setup(ctx: Ctx) -> None:
        p = ctx.p(name)
        p.write_bytes(fn(p.read_bytes()))
    return setup


def _poke(offset: int, data: bytes) -> Setup:
    return _bytes(lambda b: b[:offset] + data + b[offset + len(data):])


def _sql_setup(*statements: str) -> Setup:
    def setup(ctx: Ctx) -> None:
        sql(ctx.case, *statements)
    return setup


def _chain(*setups: Setup) -> Setup:
    def setup(ctx: Ctx) -> None:
        for s in setups:
            s(ctx)
    return setup


def _nothing(ctx: Ctx) -> None:
    return None


def _write(name: str, data: bytes | str, encoding: str = "utf-8") -> Setup:
    def setup(ctx: Ctx) -> None:
        p = ctx.p(name)
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))
    return setup


def _mkdir(name: str) -> Setup:
    def setup(ctx: Ctx) -> None:
        ctx.p(name).mkdir(parents=True, exist_ok=True)
    return setup


def _replace_case_with_dir(ctx: Ctx) -> None:
    ctx.case.unlink()
    ctx.case.mkdir()


def _remove_case(ctx: Ctx) -> None:
    ctx.case.unlink()


def _bundle_as_case(ctx: Ctx) -> None:
    shutil.copyfile(ctx.bundle_src, ctx.case)


def _foreign_sqlite(ctx: Ctx) -> None:
    ctx.case.unlink()
    sql(ctx.case, "CREATE TABLE contacts (name TEXT, phone TEXT)", "INSERT INTO contacts VALUES ('张三', '1')")


def _page_size(path: Path) -> int:
    raw = int.from_bytes(path.read_bytes()[16:18], "big")
    return 65536 if raw == 1 else raw


def _first_page_of(table: str) -> Callable[[Path], int]:
    def find(path: Path) -> int:
        conn = sqlite3.connect(path)
        try:
            return int(conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0])
        finally:
            conn.close()
    return find


def _flip_page(page_of: Callable[[Path], int], at: int, data: bytes) -> Setup:
    """Overwrite bytes ``at`` into the b-tree page ``page_of`` finds (1-based, as SQLite numbers pages)."""
    def setup(ctx: Ctx) -> None:
        page, size = page_of(ctx.case), _page_size(ctx.case)
        b = bytearray(ctx.case.read_bytes())
        start = (page - 1) * size + (100 if page == 1 else 0) + at
        b[start:start + len(data)] = data
        ctx.case.write_bytes(bytes(b))
    return setup


def _hold_lock(who: str) -> Setup:
    def setup(ctx: Ctx) -> None:
        from desktop_app.storage.lock import CaseLock

        lock = CaseLock(ctx.case.resolve())
        assert lock.acquire(who)
        ctx.cleanups.append(lock.release)
    return setup


def _chmod(name: str, mode: int) -> Setup:
    def setup(ctx: Ctx) -> None:
        p = ctx.p(name)
        old = stat.S_IMODE(p.stat().st_mode)
        p.chmod(mode)
        ctx.cleanups.append(lambda: p.chmod(old))
    return setup


def _symlink(name: str, target: str) -> Setup:
    def setup(ctx: Ctx) -> None:
        ctx.p(name).symlink_to(target)
    return setup


def _with_bundle(ctx: Ctx) -> None:
    ctx.bundle()


def _copy_case(name: str) -> Setup:
    def setup(ctx: Ctx) -> None:
        shutil.copyfile(ctx.case, ctx.p(name))
    return setup


def _hardlink(name: str) -> Setup:
    def setup(ctx: Ctx) -> None:
        os.link(ctx.case, ctx.p(name))
    return setup


def _submitted(ctx: Ctx) -> None:
    from desktop_app.operations import workflow
    from desktop_app.storage.casefile import CaseFile

    with CaseFile.open(ctx.case, snapshot=False) as case:
        workflow.transition(case, "submit")


# --- logger and equipment files -----------------------------------------------------------------------------

GOOD_LOG = "时间,有功功率(kW)\n2024-01-01 00:00,1.5\n2024-01-01 00:01,1.6\n2024-01-01 00:02,1.7\n"


def _good_log(name: str = "ok.csv") -> Setup:
    return _write(name, GOOD_LOG)


def _register(rows: list[list[object]], name: str = "reg.xlsx", sheet: str = "设备") -> Setup:
    def setup(ctx: Ctx) -> None:
        import openpyxl

        wb = openpyxl.Workbook()
        ws = wb.active
        assert ws is not None
        ws.title = sheet
        for r in rows:
            ws.append(r)
        wb.save(ctx.p(name))
    return setup


MOTOR_HEAD = ["设备编号", "设备名称", "设备类型", "额定功率（kW）", "极数", "额定效率（%）", "数量"]


def _good_register(name: str = "reg.xlsx") -> Setup:
    return _register([MOTOR_HEAD, ["N-1", "新电机", "三相异步电动机", 22, 4, 93.0, 1]], name)


# --- bundles ------------------------------------------------------------------------------------------------


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def _zip(path: Path, entries: list[tuple[str | zipfile.ZipInfo, bytes]],
         compression: int = zipfile.ZIP_DEFLATED) -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are written on purpose
        with zipfile.ZipFile(path, "w", compression) as zf:
            for name, data in entries:
                zf.writestr(name, data)


def _rehash(files: dict[str, bytes]) -> None:
    """Rewrite the manifest's sizes and SHA-256s to match the members (as a forger who read the format would)."""
    manifest = json.loads(files[MANIFEST])
    manifest["members"] = [{**m, "size": len(files[m["name"]]), "sha256": hashlib.sha256(files[m["name"]]).hexdigest()}
                           for m in manifest["members"] if m["name"] in files]
    files[MANIFEST] = (json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode()


def _resign(files: dict[str, bytes]) -> None:
    from desktop_app.operations import signing

    files[SIGNATURE] = signing.sign_manifest(files[MANIFEST])


def _bundle(change: Callable[[dict[str, bytes]], None] | None = None, *, rehash: bool = False, resign: bool = False,
            extra: list[tuple[str | zipfile.ZipInfo, bytes]] | None = None, name: str = "bad.zip") -> Setup:
    """A copy of the session bundle with its members changed by ``change`` (a dict, name → bytes), the manifest
    re-hashed and/or re-signed on request, and raw ``extra`` entries appended."""
    def setup(ctx: Ctx) -> None:
        files = _members(ctx.bundle_src)
        if change is not None:
            change(files)
        if rehash:
            _rehash(files)
        if resign:
            _resign(files)
        _zip(ctx.p(name), [*files.items(), *(extra or [])])
    return setup


def _case_json(edit: Callable[[dict[str, object]], None]) -> Callable[[dict[str, bytes]], None]:
    def change(files: dict[str, bytes]) -> None:
        doc = json.loads(files["case.json"])
        edit(doc)
        files["case.json"] = json.dumps(doc, ensure_ascii=False).encode()
    return change


def _tables(doc: dict[str, object]) -> dict[str, list[dict[str, object]]]:
    tables = doc["tables"]
    assert isinstance(tables, dict)
    return tables


def _x1000(doc: dict[str, object]) -> None:
    row = _tables(doc)["energy_month"][0]
    row["quantity"] = str(float(str(row["quantity"])) * 1000)


def _approve(doc: dict[str, object]) -> None:
    _tables(doc)["case_info"][0]["workflow_state"] = "approved"


def _first(files: dict[str, bytes], prefix: str) -> str:
    return next(n for n in files if n.startswith(prefix))


def _symlink_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def _bomb(ctx: Ctx) -> None:
    files = _members(ctx.bundle_src)
    with zipfile.ZipFile(ctx.p("bad.zip"), "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
        zf.writestr("blobs/bomb", bytes(64 * 1024 * 1024))  # 64 MB of zeros deflate ~1000:1


def _encrypted_flag(ctx: Ctx) -> None:
    files = _members(ctx.bundle_src)
    info = zipfile.ZipInfo("photos/secret.jpg")
    with zipfile.ZipFile(ctx.p("bad.zip"), "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
        zf.writestr(info, b"\xff\xd8\xff secret")
    _set_directory_flag(ctx.p("bad.zip"), "photos/secret.jpg", 0x1)


def _set_directory_flag(path: Path, name: str, flag: int) -> None:
    data = bytearray(path.read_bytes())
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        length = int.from_bytes(data[at + 28:at + 30], "little")
        if data[at + 46:at + 46 + length] == name.encode():
            bits = int.from_bytes(data[at + 8:at + 10], "little") | flag
            data[at + 8:at + 10] = bits.to_bytes(2, "little")
            path.write_bytes(bytes(data))
            return
        at = data.find(b"PK\x01\x02", at + 4)
    raise AssertionError(name)


def _bzip2_member(ctx: Ctx) -> None:
    files = _members(ctx.bundle_src)
    with zipfile.ZipFile(ctx.p("bad.zip"), "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data, compress_type=zipfile.ZIP_BZIP2 if name == "report.pdf" else None)


def _overlap(ctx: Ctx) -> None:
    _bundle()(ctx)
    path = ctx.p("bad.zip")
    with zipfile.ZipFile(path) as zf:
        names = [i.filename for i in zf.infolist()]
        first = zf.getinfo(names[1]).header_offset
    data = bytearray(path.read_bytes())
    at = data.find(b"PK\x01\x02")
    target = names[2].encode()
    while at >= 0:
        length = int.from_bytes(data[at + 28:at + 30], "little")
        if data[at + 46:at + 46 + length] == target:
            data[at + 42:at + 46] = first.to_bytes(4, "little")
            break
        at = data.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(data))


# --- the corpus -----------------------------------------------------------------------------------------------

COMMENT = ("comment", "{case}", "--section", "profile", "--text", "请核实从业人员")


def _cmd(name: str) -> tuple[str, ...]:
    """Each command's argv against the case (writers with harmless valid arguments)."""
    return {
        "info": ("info", "{case}"),
        "info --json": ("info", "{case}", "--json"),
        "check": ("check", "{case}"),
        "equipment": ("equipment", "{case}", "--trace"),
        "measurements": ("measurements", "{case}"),
        "comments": ("comments", "{case}"),
        "comment": COMMENT,
        "resolve": ("resolve", "{case}", "1", "--note", "已处理"),
        "decide": ("decide", "{case}", "return", "--comment", "补充"),
        "submit": ("submit", "{case}"),
        "withdraw": ("withdraw", "{case}"),
        "export": ("export", "{case}", "-o", "{w}/out"),
        "import-log": ("import-log", "{case}", "{w}/ok.csv"),
        "import-equipment": ("import-equipment", "{case}", "{w}/reg.xlsx"),
        "calc --save": ("calc", "motor-load-power", "input_kw=15", "efficiency=93", "rated_kw=22", "--save",
                        "{case}"),
    }[name]


def _inputs_for(command: str) -> Setup:
    return {"import-log": _good_log(), "import-equipment": _good_register()}.get(command, _nothing)


# (id, setup, exit code, message fragment, kind, the commands it is tried on)
BAD_CASES: list[tuple[str, Setup, int, str, str, tuple[str, ...]]] = [
    ("missing", _remove_case, 3, "找不到案例文件", "corrupt",
     ("info", "check", "comment", "export", "import-log", "calc --save")),
    ("zero-length", _bytes(lambda b: b""), 3, "文件为空", "corrupt",
     ("info", "check", "equipment", "comment", "submit", "import-log")),
    ("directory", _replace_case_with_dir, 3, "这是一个文件夹", "corrupt",
     ("info", "check", "measurements", "export", "resolve")),
    ("bundle-zip", _bundle_as_case, 3, "这是 ZIP 压缩包", "foreign",
     ("info", "check", "comments", "decide")),
    ("text", _bytes(lambda b: "企业名称,河南中岳建材\n".encode() * 40), 3, "不是 SQLite 数据库", "foreign",
     ("info", "check", "equipment", "import-equipment")),
    ("foreign-sqlite", _foreign_sqlite, 3, "另一个程序的 SQLite", "foreign",
     ("info", "check", "measurements", "comment", "withdraw")),
    ("application-id", _sql_setup("PRAGMA application_id = 1234"), 3, "另一个程序的 SQLite", "foreign",
     ("info", "check", "comments", "submit")),
    ("user-version-0", _sql_setup("PRAGMA user_version = 0"), 5, "格式版本 0 与文件内容不符", "corrupt",
     ("info", "check", "equipment")),
    ("user-version-3", _sql_setup("PRAGMA user_version = 3"), 5, "格式版本 3 与文件内容不符", "corrupt",
     ("info", "measurements")),
    ("user-version-3-writer", _sql_setup("PRAGMA user_version = 3"), 5, "案例文件升级失败", "corrupt",
     ("comment", "import-equipment")),
    ("user-version-99", _sql_setup("PRAGMA user_version = 99"), 4, "更新版本的程序写入", "foreign",
     ("comment", "submit", "resolve")),
    ("user-version-99-edit", _sql_setup("PRAGMA user_version = 99"), 4, "文件版本较新", "foreign",
     ("import-log", "calc --save")),
    ("truncated-50", _bytes(lambda b: b[:50]), 5, "文件被截断", "truncated", ("info", "check")),
    ("truncated-1-page", _bytes(lambda b: b[:4096]), 5, "文件被截断", "truncated", ("info", "comment")),
    ("truncated-half", _bytes(lambda b: b[: len(b) // 2]), 5, "文件被截断", "truncated",
     ("info", "check", "export", "equipment")),
    ("truncated-last-page", _bytes(lambda b: b[:-4096]), 5, "文件被截断", "truncated", ("info", "submit")),
    ("truncated-odd", _bytes(lambda b: b[:-1]), 5, "文件被截断", "truncated", ("check", "measurements")),
    ("header-magic-flipped", _poke(0, b"sQLite"), 3, "不是 SQLite 数据库", "corrupt", ("info", "check")),
    ("header-page-count-huge", _poke(28, (10**6).to_bytes(4, "big")), 5, "文件被截断", "corrupt",
     ("info", "comment")),
    ("sqlite-master-page-garbled", _flip_page(lambda p: 1, 0, b"\x00" * 8), 5, "已损坏", "corrupt",
     ("info", "check", "comment")),
    ("enterprise-page-garbled", _flip_page(_first_page_of("enterprise"), 0, b"\xff" * 12), 5, "已损坏",
     "corrupt", ("info", "check", "export")),
    ("journal-page-garbled", _flip_page(_first_page_of("journal"), 0, b"\x0d\xff\xff\xff\xff"), 5, "已损坏",
     "corrupt", ("check", "comments")),
]


def _bad_case_attacks() -> list[Attack]:
    out = []
    for name, setup, code, message, kind, commands in BAD_CASES:
        for command in commands:
            if command == "export":
                may: tuple[str, ...] = ("out",)
            else:
                may = ()
            protect = () if name in ("missing", "directory") else (CASE,)
            out.append(Attack(f"{command.split()[0]}:case-{name}", command.split()[0], _cmd(command),
                              _chain(setup, _inputs_for(command)), code, message, kind, protect=protect,
                              may_create=may))
    return out


def _rechain_setup(seq: int, *, update_meta: bool, restore_trigger: bool = False) -> Setup:
    def setup(ctx: Ctx) -> None:
        rechain(ctx.case, seq, update_meta=update_meta, restore_trigger=restore_trigger)
    return setup


def _index_mismatch(ctx: Ctx) -> None:
    """An index whose stored definition no longer matches its entries: SQLite's integrity_check fails, its
    quick_check (run on every open) does not look."""
    conn = sqlite3.connect(ctx.case)
    try:
        name, table, sql_text = conn.execute(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            "AND tbl_name = 'journal' LIMIT 1").fetchone()
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        indexed = sql_text[sql_text.index("(") + 1: sql_text.rindex(")")]
        other = next(c for c in cols if c not in indexed and c not in ("seq",))
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?",
                     (f"{sql_text[: sql_text.index('(')]}({other})", name))
        conn.commit()
    finally:
        conn.close()


TAMPER: list[tuple[str, Setup, frozenset[str], str]] = [
    ("enterprise-name-edited", _sql_setup("UPDATE enterprise SET name = '某某公司' WHERE id = 1"),
     frozenset({"row_changed"}), "在修改记录之外被改动"),
    ("employees-negative", _sql_setup("UPDATE enterprise SET employees = -5 WHERE id = 1"),
     frozenset({"row_changed"}), "“从业人员”的值无效：不能为负数"),
    ("revenue-not-a-number", _sql_setup("UPDATE enterprise SET revenue_wan = -1e308 WHERE id = 1"),
     frozenset({"row_changed"}), "营业收入"),
    ("energy-x1000", _sql_setup("UPDATE energy_month SET quantity = quantity * 1000"
                                " WHERE id = (SELECT min(id) FROM energy_month)"),
     frozenset({"row_changed"}), "energy_month"),
    ("equipment-row-deleted", _sql_setup("DELETE FROM equipment WHERE id = (SELECT min(id) FROM equipment)"),
     frozenset({"row_deleted"}), "在修改记录之外被删除"),
    ("measure-added", _sql_setup("INSERT INTO measure (id, title, category) VALUES (9999, '伪造的措施', 'other')"),
     frozenset({"row_added"}), "不是通过本程序添加的"),
    ("journal-cut", _sql_setup("DROP TRIGGER journal_append_only_d",
                               "DELETE FROM journal WHERE grp > (SELECT max(grp) - 20 FROM journal)",
                               "CREATE TRIGGER journal_append_only_d BEFORE DELETE ON journal "
                               "BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END"),
     frozenset({"head"}), "修改记录被截短"),
    ("journal-rechained", _rechain_setup(40, update_meta=False), frozenset({"head", "schema"}), "修改记录的结尾"),
    ("approved-without-decision", _sql_setup("UPDATE case_info SET workflow_state = 'approved'"),
     frozenset({"workflow", "row_changed"}), "没有审核人作出的相应决定"),
    ("triggers-dropped", _sql_setup("DROP TRIGGER journal_append_only_u", "DROP TRIGGER journal_append_only_d"),
     frozenset({"schema"}), "数据库结构在程序之外被改动"),
    ("trigger-added", _sql_setup("CREATE TRIGGER evil AFTER UPDATE ON enterprise BEGIN SELECT 1; END"),
     frozenset({"schema"}), "evil"),
    ("table-added", _sql_setup("CREATE TABLE backdoor (x)"), frozenset({"schema"}), "backdoor"),
    ("photo-zeroed", _sql_setup("UPDATE blob SET data = zeroblob(size)"
                                " WHERE sha256 = (SELECT sha256 FROM evidence LIMIT 1)"),
     frozenset({"blob"}), "SHA-256"),
    ("journal-entry-edited", _sql_setup("DROP TRIGGER journal_append_only_u",
                                        "UPDATE journal SET user = '别人' WHERE seq = 30"),
     frozenset({"chain", "schema"}), "与校验链不符"),
    ("index-definition-swapped", _index_mismatch, frozenset({"storage"}), "SQLite 完整性检查失败"),
    ("submitted-then-rechained", _chain(_submitted, _rechain_setup(40, update_meta=True, restore_trigger=True)),
     frozenset({"signature"}), "签名伪造或已失效"),
    ("submission-signature-edited", _chain(_submitted, _sql_setup("UPDATE signature SET signer = '李四'")),
     frozenset({"signature"}), "签名伪造或已失效"),
]


def _tamper_attacks() -> list[Attack]:
    out = [Attack(f"check:tamper-{name}", "check", ("check", "{case}", "--json"), setup, 1, message, "tamper",
                  detect=codes) for name, setup, codes, message in TAMPER]
    # what the other commands do with a tampered case: a submission, an approval and a bundle are refused
    out += [
        Attack("submit:tamper-enterprise-name-edited", "submit", _cmd("submit"),
               _sql_setup("UPDATE enterprise SET name = '某某公司' WHERE id = 1"), 2, "阻断问题", "tamper"),
        Attack("submit:tamper-employees-negative", "submit", _cmd("submit"),
               _sql_setup("UPDATE enterprise SET employees = -5 WHERE id = 1"), 2, "阻断问题", "tamper"),
        Attack("info:tamper-employees-negative", "info", ("info", "{case}"),
               _sql_setup("UPDATE enterprise SET employees = -5 WHERE id = 1"), 0, "在修改记录之外被改动", "tamper"),
        Attack("decide:tamper-approve-with-rows-changed", "decide", ("decide", "{case}", "approve"),
               _chain(_submitted, _sql_setup("UPDATE energy_month SET quantity = quantity * 1000"
                                             " WHERE id = (SELECT min(id) FROM energy_month)")),
               2, "阻断问题", "tamper"),
    ]
    return out


def _log(id_: str, data: bytes | str, code: int, message: str, *options: str, name: str = "bad.csv",
         encoding: str = "utf-8") -> Attack:
    return Attack(f"import-log:{id_}", "import-log", ("import-log", "{case}", "{w}/" + name, *options),
                  _write(name, data, encoding), code, message, "logger", protect=(CASE, name))


def _opt(id_: str, code: int, message: str, *options: str) -> Attack:
    """A good logger file with a bad option."""
    return Attack(f"import-log:{id_}", "import-log", ("import-log", "{case}", "{w}/ok.csv", *options),
                  _good_log(), code, message, "logger", protect=(CASE, "ok.csv"))


def _logger_attacks() -> list[Attack]:
    wide = ",".join(["时间", *(f"P{i}(kW)" for i in range(10_000))]) + "\n"
    wide += "\n".join(",".join(["2024-01-01 00:0" + str(m), *(["1.0"] * 10_000)]) for m in range(3)) + "\n"
    return [
        _log("empty", b"", 2, "bad.csv"),
        _log("binary", bytes(range(256)) * 64, 2, "bad.csv"),
        _log("png-renamed", b"\x89PNG\r\n\x1a\n" + bytes(2000), 2, "bad.csv"),
        _log("only-header", "时间,有功功率(kW)\n", 2, "bad.csv"),
        _log("no-timestamp-column", "有功功率(kW),电压(V)\n1.5,230\n1.6,231\n1.7,229\n", 2, "bad.csv"),
        _log("all-nan", "时间,有功功率(kW)\n2024-01-01 00:00,NaN\n2024-01-01 00:01,nan\n2024-01-01 00:02,\n",
             2, "bad.csv"),
        _log("all-text-values", "时间,有功功率(kW)\n2024-01-01 00:00,abc\n2024-01-01 00:01,def\n"
             "2024-01-01 00:02,ghi\n", 2, "bad.csv"),
        _log("mixed-encodings", "时间,有功功率(kW)\n".encode("gbk") + b"2024-01-01 00:00,1.5\n"
             + "2024-01-01 00:01,1.6 千瓦\n".encode("utf-16-le") + b"\xff\xfe\x00\x01", 2, "bad.csv"),
        _log("10000-columns", wide, 0, "试导入（未写入案例）：10000 个通道", "--dry-run"),
        _log("impossible-dates", "时间,有功功率(kW)\n2024-02-30 00:00,1\n2024-13-45 25:61,2\n2024-00-00 00:00,3\n",
             2, "bad.csv"),
        _log("timestamps-all-equal", "时间,有功功率(kW)\n" + "2024-01-01 00:00,1.5\n" * 5, 0, "重复",
             "--dry-run"),
        _log("span-of-decades", "时间,有功功率(kW)\n2001-01-01 00:00,1.5\n2024-01-01 00:01,1.6\n"
             "2039-01-01 00:02,1.7\n", 2, "--accept-timing"),
        _log("span-across-a-dst-change", "时间,有功功率(kW)\n1900-01-01 00:00,1.5\n2024-01-01 00:01,1.6\n", 2,
             "--tz", "--accept-timing"),
        _log("unit-unknown-in-header", "时间,有功功率(furlong)\n2024-01-01 00:00,1.5\n2024-01-01 00:01,1.6\n",
             2, "bad.csv"),
        _log("power-without-unit", "时间,Power\n2024-01-01 00:00,1500\n2024-01-01 00:01,1600\n", 2, "--unit"),
        _log("xlsx-garbage", b"PK\x03\x04 not really a workbook", 2, "bad.xlsx", name="bad.xlsx"),
        _log("xlsx-is-text", GOOD_LOG, 2, "bad.xlsx", name="bad.xlsx"),
        _log("nul-bytes", "时间,有功功率(kW)\n2024-01-01 00:00,1.5\x00\x00\x00\n\x00\x00\n", 2, "bad.csv"),
        Attack("import-log:file-missing", "import-log", ("import-log", "{case}", "{w}/none.csv"), _nothing, 2,
               "none.csv", "logger"),
        Attack("import-log:file-is-directory", "import-log", ("import-log", "{case}", "{w}/logs"), _mkdir("logs"),
               2, "这是一个文件夹", "logger"),
        Attack("import-log:newline-in-file-name", "import-log", ("import-log", "{case}", "{w}/a\nb.csv"), _nothing,
               2, "a\\nb.csv", "logger"),
        _log("escape-sequence-in-cell", "时间,有功功率(kW)\n2024-01-01 00:00,1\n"
             "2024-01-01 00:01,2\x1b[2J\x1b]0;owned\x07\n2024-01-01 00:02,3\n", 0, "\\x1b[2J", "--dry-run"),
        Attack("import-log:no-file", "import-log", ("import-log", "{case}"), _nothing, 2, "没有要导入的文件",
               "usage"),
        _opt("skip-rows-negative", 2, "不是行数", "--skip-rows", "-5"),
        _opt("skip-rows-text", 2, "不是行数", "--skip-rows", "x"),
        _opt("skip-rows-past-end", 2, "ok.csv", "--skip-rows", "1000"),
        _opt("unit-unknown-column", 2, "Nope", "--unit", "Nope=kW"),
        _opt("unit-unknown-unit", 2, "furlong", "--unit", "有功功率(kW)=furlong"),
        _opt("unit-malformed", 2, "--unit", "--unit", "no-equals-sign"),
        _opt("quantity-unknown-column", 2, "Nope", "--quantity", "Nope=power"),
        _opt("quantity-unknown", 2, "teleportation", "--quantity", "有功功率(kW)=teleportation"),
        _opt("kind-unknown", 2, "sideways", "--kind", "有功功率(kW)=sideways"),
        _opt("date-format-bogus", 2, "bogus", "--date-format", "bogus"),
        _opt("date-format-wrong-order", 2, "ok.csv", "--date-format", "dmy-yy"),
        _opt("date-format-strptime-mismatch", 2, "ok.csv", "--date-format", "%d.%m.%Y %H:%M"),
        _opt("date-impossible", 2, "2024-13-45", "--date", "2024-13-45"),
        _opt("tz-unknown", 2, "Mars/Olympus_Mons", "--tz", "Mars/Olympus_Mons"),
        _opt("encoding-unknown", 2, "klingon-8", "--encoding", "klingon-8"),
        _opt("encoding-wrong", 2, "ok.csv", "--encoding", "utf-16"),
        _opt("delimiter-empty", 2, "--delimiter", "--delimiter", ""),
        _opt("decimal-bad", 2, "--decimal", "--decimal", ";"),
        _opt("columns-unknown", 2, "Nope", "--columns", "Nope"),
        _opt("date-column-unknown", 2, "Nope", "--date-column", "Nope"),
        _opt("time-column-unknown", 2, "Nope", "--time-column", "Nope"),
        _opt("sheet-on-csv", 0, "试导入（未写入案例）", "--sheet", "Sheet9", "--dry-run"),
        _opt("resample-text", 2, "--resample", "--resample", "fast"),
        _opt("resample-zero", 2, "--resample", "--resample", "0"),
        _opt("timestamp-at-bad", 2, "--timestamp-at", "--timestamp-at", "middle"),
        _opt("file-group-empty", 2, "--file", "--file"),
        _opt("file-group-unknown-option", 2, "--frobnicate", "--file", "{w}/ok.csv", "--frobnicate"),
        _opt("file-group-bad-skip-rows", 2, "不是行数", "--file", "{w}/ok.csv", "--skip-rows", "-5"),
        _opt("unknown-option", 2, "--frobnicate", "--frobnicate"),
    ]


def _reg(id_: str, rows: list[list[object]], code: int, message: str, *options: str) -> Attack:
    return Attack(f"import-equipment:{id_}", "import-equipment", ("import-equipment", "{case}", "{w}/reg.xlsx",
                                                                  *options),
                  _register(rows), code, message, "equipment", protect=(CASE, "reg.xlsx"))


def _equipment_attacks() -> list[Attack]:
    row = ["N-1", "新电机", "三相异步电动机", 22, 4, 93.0, 1]
    return [
        Attack("import-equipment:file-missing", "import-equipment", ("import-equipment", "{case}", "{w}/none.xlsx"),
               _nothing, 2, "文件不存在", "equipment"),
        Attack("import-equipment:empty-file", "import-equipment", ("import-equipment", "{case}", "{w}/reg.xlsx"),
               _write("reg.xlsx", b""), 2, "reg.xlsx", "equipment", protect=(CASE, "reg.xlsx")),
        Attack("import-equipment:text-as-xlsx", "import-equipment", ("import-equipment", "{case}", "{w}/reg.xlsx"),
               _write("reg.xlsx", "设备名称,额定功率\n电机,22\n"), 2, "reg.xlsx", "equipment",
               protect=(CASE, "reg.xlsx")),
        Attack("import-equipment:truncated-zip", "import-equipment", ("import-equipment", "{case}", "{w}/reg.xlsx"),
               _write("reg.xlsx", b"PK\x03\x04 truncated"), 2, "reg.xlsx", "equipment", protect=(CASE, "reg.xlsx")),
        Attack("import-equipment:directory", "import-equipment", ("import-equipment", "{case}", "{w}/reg.xlsx"),
               _mkdir("reg.xlsx"), 2, "这是一个文件夹", "equipment"),
        Attack("import-equipment:zip-bomb-xlsx", "import-equipment", ("import-equipment", "{case}", "{w}/reg.xlsx"),
               lambda ctx: _zip(ctx.p("reg.xlsx"), [("[Content_Types].xml", b"<Types/>"),
                                                    ("xl/worksheets/sheet1.xml", bytes(64 * 1024 * 1024))]),
               2, "reg.xlsx", "equipment", protect=(CASE, "reg.xlsx")),
        _reg("no-heading-row", [["a", "b", "c"], [1, 2, 3]], 2, "找不到表头行"),
        _reg("heading-only", [MOTOR_HEAD], 2, "reg.xlsx"),
        _reg("unknown-kind", [MOTOR_HEAD, ["N-1", "电机", "永动机", 22, 4, 93.0, 1]], 2, "永动机"),
        _reg("negative-power", [MOTOR_HEAD, ["N-1", "电机", "三相异步电动机", -22, 4, 93.0, 1]], 2, "额定功率"),
        _reg("efficiency-over-100", [MOTOR_HEAD, ["N-1", "电机", "三相异步电动机", 22, 4, 193.0, 1]], 2, "额定效率"),
        _reg("quantity-zero", [MOTOR_HEAD, ["N-1", "电机", "三相异步电动机", 22, 4, 93.0, 0]], 2, "数量"),
        _reg("power-text", [MOTOR_HEAD, ["N-1", "电机", "三相异步电动机", "二十二", 4, 93.0, 1]], 2, "额定功率"),
        _reg("bad-row-among-good", [MOTOR_HEAD, row, ["N-2", "电机", "三相异步电动机", 22, 4, 93.0, 1],
                                    ["N-3", "电机", "三相异步电动机", float("nan"), 4, 93.0, -1]], 2, "第"),
        _reg("kind-option-unknown", [MOTOR_HEAD[:2] + MOTOR_HEAD[3:], ["N-1", "电机", 22, 4, 93.0, 1]], 2, "永动机",
             "--kind", "永动机"),
        _reg("sheet-missing", [MOTOR_HEAD, row], 2, "没有工作表", "--sheet", "第九页"),
    ]


def _bundle_attacks() -> list[Attack]:
    def drop(name: str) -> Callable[[dict[str, bytes]], None]:
        return lambda files: files.pop(name)

    def same_size_change(files: dict[str, bytes]) -> None:
        data = files["report.pdf"]
        files["report.pdf"] = data[:-10] + b"x" * 10

    def grow(files: dict[str, bytes]) -> None:
        files["report.pdf"] += b"%% appended"

    def manifest(edit: Callable[[dict[str, object]], None]) -> Callable[[dict[str, bytes]], None]:
        def change(files: dict[str, bytes]) -> None:
            doc = json.loads(files[MANIFEST])
            edit(doc)
            files[MANIFEST] = json.dumps(doc).encode()
        return change

    def sig(edit: Callable[[dict[str, object]], None]) -> Callable[[dict[str, bytes]], None]:
        def change(files: dict[str, bytes]) -> None:
            doc = json.loads(files[SIGNATURE])
            edit(doc)
            files[SIGNATURE] = json.dumps(doc).encode()
        return change

    def flip_sig(doc: dict[str, object]) -> None:
        s = str(doc["signature"])
        doc["signature"] = ("B" if s[0] != "B" else "C") + s[1:]

    def other_key(doc: dict[str, object]) -> None:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        from desktop_app.domain import signature as sg

        doc["public_key"] = sg.encode_key(sg.public_bytes(Ed25519PrivateKey.generate().public_key()))

    def blob_renamed(files: dict[str, bytes]) -> None:
        name = _first(files, "blobs/")
        files[name] = files[name][:-1] + bytes([files[name][-1] ^ 1])

    def template_changed(files: dict[str, bytes]) -> None:
        name = _first(files, "templates/")
        files[name] = files[name].replace(b"{", b"{ ", 1)

    def set_field(key: str, value: object) -> Callable[[dict[str, object]], None]:
        def edit(doc: dict[str, object]) -> None:
            doc[key] = value
        return edit

    def extra_table(doc: dict[str, object]) -> None:
        _tables(doc)["backdoor"] = [{"x": 1}]

    def extra_column(doc: dict[str, object]) -> None:
        _tables(doc)["enterprise"][0]["secret"] = "x"

    def drop_blob_row(doc: dict[str, object]) -> None:
        _tables(doc)["blob"].pop(0)

    def not_json(files: dict[str, bytes]) -> None:
        files["case.json"] = b"{\"format\": \"jnzd-case-json\", truncated"

    def garbled(files: dict[str, bytes]) -> None:
        files[SIGNATURE] = b"{not json"

    specs: list[tuple[str, Setup, str]] = [
        ("zip-slip", _bundle(extra=[("../../evil.txt", b"owned")]), "含“..”"),
        ("zip-slip-nested", _bundle(extra=[("photos/../../evil.txt", b"owned")]), "含“..”"),
        ("absolute-path", _bundle(extra=[("/etc/cron.d/evil", b"* * * * * root sh")]), "绝对路径"),
        ("backslash", _bundle(extra=[("..\\evil.txt", b"x")]), "反斜杠"),
        ("drive-letter", _bundle(extra=[("C:/Windows/evil.dll", b"MZ")]), "盘符"),
        ("control-char", _bundle(extra=[("photos/a\x01.jpg", b"x")]), "含控制字符"),
        ("newline-in-name", _bundle(extra=[("photos/a\nb.jpg", b"x")]), "photos/a\\nb.jpg"),
        ("escape-sequence-in-name", _bundle(extra=[("photos/\x1b[2J\x1b]0;owned\x07.jpg", b"x")]), "\\x1b[2J"),
        ("line-separator-in-name", _bundle(extra=[("photos/a\u2028b.jpg", b"x")]), "\\u2028"),
        ("windows-device", _bundle(extra=[("photos/CON.jpg", b"x")]), "Windows 上无法使用的名称"),
        ("folder-entry", _bundle(extra=[("photos/", b"")]), "文件夹条目"),
        ("symlink", _bundle(extra=[(_symlink_info("photos/link.jpg"), b"/etc/passwd")]), "符号链接"),
        ("duplicate", _bundle(extra=[("report.pdf", b"%PDF-1.7 another")]), "重复出现"),
        ("duplicate-case-only", _bundle(extra=[("REPORT.pdf", b"%PDF-1.7 another")]), "重复出现"),
        ("bomb-by-ratio", _bomb, "疑似压缩炸弹"),
        ("overlapping-members", _overlap, "疑似压缩炸弹"),
        ("encrypted-member", _encrypted_flag, "已加密"),
        ("bzip2-member", _bzip2_member, "不支持的压缩方法"),
        ("sha256-mismatch", _bundle(same_size_change), "SHA-256 与清单不符"),
        ("size-mismatch", _bundle(grow), "大小不符"),
        ("member-missing", _bundle(drop("report.pdf")), "不在数据包中"),
        ("member-extra", _bundle(extra=[("notes.txt", b"added later")]), "未列在清单中"),
        ("no-manifest", _bundle(drop(MANIFEST)), "缺少清单"),
        ("manifest-not-json", _bundle(lambda f: f.update({MANIFEST: b"{not json"})), "manifest.json 无效"),
        ("manifest-format-foreign", _bundle(manifest(set_field("format", "someone-else"))), "someone-else"),
        ("manifest-version-99", _bundle(manifest(set_field("version", 99))), "请升级程序"),
        ("case-json-x1000-rehashed", _bundle(_case_json(_x1000), rehash=True), "签名伪造或已失效"),
        ("case-json-x1000-rehashed-resigned", _bundle(_case_json(_x1000), rehash=True, resign=True),
         "与其修改记录不符"),
        ("case-json-approved-resigned", _bundle(_case_json(_approve), rehash=True, resign=True),
         "与其修改记录不符"),
        ("template-changed-rehashed", _bundle(template_changed, rehash=True), "签名伪造或已失效"),
        ("signature-bytes-forged", _bundle(sig(flip_sig)), "签名伪造或已失效"),
        ("signature-other-key", _bundle(sig(other_key)), "签名伪造或已失效"),
        ("signature-garbled", _bundle(garbled), "无法读取"),
        ("schema-version-99", _bundle(_case_json(set_field("schema_version", 99)), rehash=True, resign=True),
         "schema_version 99"),
        ("case-json-format-foreign", _bundle(_case_json(set_field("format", "other")), rehash=True, resign=True),
         "不是案例数据"),
        ("case-json-version-99", _bundle(_case_json(set_field("version", 99)), rehash=True, resign=True),
         "请升级程序"),
        ("case-json-not-json", _bundle(not_json, rehash=True, resign=True), "不是有效的 JSON"),
        ("case-json-missing", _bundle(drop("case.json"), rehash=True, resign=True), "没有 case.json"),
        ("case-json-extra-table", _bundle(_case_json(extra_table), rehash=True, resign=True), "backdoor"),
        ("case-json-extra-column", _bundle(_case_json(extra_column), rehash=True, resign=True), "secret"),
        ("blob-row-dropped", _bundle(_case_json(drop_blob_row), rehash=True, resign=True), "case.json"),
        ("blob-content-not-its-name", _bundle(blob_renamed, rehash=True, resign=True), "内容与名称不符"),
        ("not-a-zip", _write("bad.zip", "这不是压缩包"), "不是 ZIP 压缩包"),
        ("empty", _write("bad.zip", b""), "不是 ZIP 压缩包"),
        ("truncated-half", lambda ctx: ctx.p("bad.zip").write_bytes(ctx.bundle_src.read_bytes()[
            : ctx.bundle_src.stat().st_size // 2]), "不是 ZIP 压缩包"),
        ("directory", _mkdir("bad.zip"), "这是一个文件夹"),
        ("case-file-as-bundle", lambda ctx: shutil.copyfile(ctx.case, ctx.p("bad.zip")), "不是 ZIP 压缩包"),
    ]
    out = []
    for name, setup, message in specs:
        protect = (CASE,) if name == "directory" else (CASE, "bad.zip")
        out.append(Attack(f"verify:{name}", "verify", ("verify", "{w}/bad.zip"), setup, 1, message, "bundle",
                          protect=protect))
        out.append(Attack(f"open-bundle:{name}", "open-bundle", ("open-bundle", "{w}/bad.zip", "-o", "{w}/new.jnzd"),
                          setup, 1, message, "bundle", protect=protect))
    out += [
        Attack("verify:missing", "verify", ("verify", "{w}/none.zip"), _nothing, 1, "文件不存在", "bundle"),
        Attack("open-bundle:missing", "open-bundle", ("open-bundle", "{w}/none.zip", "-o", "{w}/new.jnzd"),
               _nothing, 1, "文件不存在", "bundle"),
        Attack("open-bundle:target-exists", "open-bundle", ("open-bundle", "{w}/b.zip", "-o", "{case}"),
               _with_bundle, 3, "文件已存在，未覆盖", "alias", protect=(CASE, "b.zip")),
        Attack("open-bundle:target-symlink-to-case", "open-bundle", ("open-bundle", "{w}/b.zip", "-o", "{w}/l.jnzd"),
               _chain(_with_bundle, _symlink("l.jnzd", CASE)), 3, "文件已存在",
               "alias", protect=(CASE, "b.zip")),
        Attack("open-bundle:target-dangling-symlink", "open-bundle",
               ("open-bundle", "{w}/b.zip", "-o", "{w}/l.jnzd"),
               _chain(_with_bundle, _symlink("l.jnzd", "/nonexistent/x.jnzd")), 3,
               "已存在", "alias", protect=(CASE, "b.zip")),
        Attack("open-bundle:target-folder-missing", "open-bundle",
               ("open-bundle", "{w}/b.zip", "-o", "{w}/no/such/new.jnzd"),
               _with_bundle, 3, "文件夹不存在", "alias", protect=(CASE, "b.zip")),
        Attack("open-bundle:target-name-too-long", "open-bundle",
               ("open-bundle", "{w}/b.zip", "-o", "{w}/" + "长" * 100 + ".jnzd"),
               _with_bundle, 2, "文件名过长", "value", protect=(CASE, "b.zip")),
    ]
    return out


def _calc(id_: str, code: int, message: str, *argv: str, setup: Setup = _nothing) -> Attack:
    return Attack(f"calc:{id_}", "calc", ("calc", *argv), setup, code, message, "value")


def _value_attacks() -> list[Attack]:
    motor = ("motor-load-power",)
    return [
        _calc("unknown-calculator", 2, "perpetual-motion", "perpetual-motion"),
        Attack("limits:unknown-standard", "limits", ("limits", "gb99999"), _nothing, 2, "gb99999", "value"),
        Attack("limits:unknown-indicator", "limits", ("limits", "gb16780", "perpetual"), _nothing, 2, "perpetual",
               "value"),
        Attack("limits:unknown-input", "limits", ("limits", "gb16780", "clinker_comprehensive", "warp=9"), _nothing,
               2, "warp", "value"),
        Attack("limits:malformed-pair", "limits", ("limits", "gb16780", "clinker_comprehensive", "clinker"),
               _nothing, 2, "clinker", "value"),
        Attack("limits:bad-date", "limits", ("limits", "--as-of", "2026-02-30"), _nothing, 2, "2026-02-30", "value"),
        Attack("limits:nan-input", "limits", ("limits", "gb16780", "clinker_comprehensive", "clinker_energy_kgce=nan",
                                              "clinker_output_t=1000"), _nothing, 2, "无法判定", "value"),
        _calc("unknown-input", 2, "warp", *motor, "warp=9"),
        _calc("malformed-pair", 2, "KEY=VALUE", *motor, "input_kw"),
        _calc("negative-power", 2, "输入功率", *motor, "input_kw=-15", "efficiency=93", "rated_kw=22"),
        _calc("nan", 2, "输入功率", *motor, "input_kw=nan", "efficiency=93", "rated_kw=22"),
        _calc("inf", 2, "额定功率", *motor, "input_kw=15", "efficiency=93", "rated_kw=inf"),
        _calc("minus-inf", 2, "输入功率", *motor, "input_kw=-inf", "efficiency=93", "rated_kw=22"),
        _calc("text", 2, "输入功率", *motor, "input_kw=十五", "efficiency=93", "rated_kw=22"),
        _calc("efficiency-over-100", 2, "电动机效率", *motor, "input_kw=15", "efficiency=193", "rated_kw=22"),
        _calc("zero-divisor", 2, "额定功率", *motor, "input_kw=15", "efficiency=93", "rated_kw=0"),
        _calc("huge-exponent", 2, "输入功率", *motor, "input_kw=1e999999", "efficiency=93", "rated_kw=22"),
        _calc("empty-value", 2, "输入功率", *motor, "input_kw=", "efficiency=93", "rated_kw=22"),
        _calc("steam-out-of-range", 2, "超出范围", "steam-pt", "p_mpa=-3", "t_c=-500"),
        _calc("economics-negative-life", 2, "计算年限", "economics", "investment=100000", "annual_saving=20000",
              "rate_pct=8", "years=-3"),
        _calc("economics-rate-nan", 2, "折现率", "economics", "investment=100000", "annual_saving=20000",
              "rate_pct=nan", "years=10"),
        _calc("save-to-missing-case", 3, "找不到案例文件", *motor, "input_kw=15", "efficiency=93", "rated_kw=22",
              "--save", "{w}/none.jnzd"),
        _calc("save-equipment-missing", 2, "9999", *motor, "input_kw=15", "efficiency=93", "rated_kw=22",
              "--save", "{case}", "--equipment", "9999"),
        _calc("equipment-not-a-number", 2, "--equipment", *motor, "input_kw=15", "--save", "{case}",
              "--equipment", "M-01"),
        Attack("comment:section-unknown", "comment", ("comment", "{case}", "--section", "bogus", "--text", "x"),
               _nothing, 2, "bogus", "usage"),
        Attack("comment:text-empty", "comment", ("comment", "{case}", "--section", "profile", "--text", ""),
               _nothing, 2, "意见", "value"),
        Attack("comment:target-unknown-kind", "comment",
               ("comment", "{case}", "--section", "equipment", "--target", "spaceship:1", "--text", "x"),
               _nothing, 2, "spaceship", "value"),
        Attack("comment:target-equipment-missing", "comment",
               ("comment", "{case}", "--section", "equipment", "--target", "equipment:9999", "--text", "x"),
               _nothing, 2, "9999", "value"),
        Attack("comment:target-checklist-missing", "comment",
               ("comment", "{case}", "--section", "checklist", "--target", "checklist:Z-99-99", "--text", "x"),
               _nothing, 2, "Z-99-99", "value"),
        Attack("resolve:id-missing", "resolve", ("resolve", "{case}", "9999"), _nothing, 2, "9999", "value"),
        Attack("resolve:id-negative", "resolve", ("resolve", "{case}", "-1"), _nothing, 2, "-1", "value"),
        Attack("resolve:id-text", "resolve", ("resolve", "{case}", "一"), _nothing, 2, "用法错误", "usage"),
        Attack("decide:approve-a-draft", "decide", ("decide", "{case}", "approve"), _nothing, 4, "不能从“草稿”",
               "value"),
        Attack("decide:reopen-a-draft", "decide", ("decide", "{case}", "reopen"), _nothing, 4, "不能从“草稿”",
               "value"),
        Attack("decide:return-without-reason", "decide", ("decide", "{case}", "return"), _submitted, 2, "原因",
               "value"),
        Attack("decide:action-unknown", "decide", ("decide", "{case}", "burn"), _nothing, 2, "burn", "usage"),
        Attack("withdraw:a-draft", "withdraw", ("withdraw", "{case}"), _nothing, 4, "不能从“草稿”", "value"),
        Attack("submit:already-submitted", "submit", ("submit", "{case}"), _submitted, 4, "已提交", "value"),
        Attack("comment:on-locked-case", "comment", COMMENT, _hold_lock("王工"), 4, "王工@", "read-only"),
        Attack("submit:on-locked-case", "submit", ("submit", "{case}"), _hold_lock("王工"), 4, "王工@", "read-only"),
        Attack("demo-portfolio:count-zero", "demo-portfolio", ("demo-portfolio", "{w}/cases", "--count", "0"),
               _nothing, 2, "--count", "value"),
        Attack("demo-portfolio:count-negative", "demo-portfolio", ("demo-portfolio", "{w}/cases", "--count", "-5"),
               _nothing, 2, "--count", "value"),
        Attack("demo-portfolio:count-text", "demo-portfolio", ("demo-portfolio", "{w}/cases", "--count", "many"),
               _nothing, 2, "用法错误", "usage"),
        Attack("demo-portfolio:folder-is-a-file", "demo-portfolio", ("demo-portfolio", "{case}", "--count", "1"),
               _nothing, 6, "路径中有一部分是文件", "alias"),
        Attack("demo:exists", "demo", ("demo", "{case}"), _nothing, 3, "文件已存在，未覆盖", "alias"),
        Attack("demo:onto-a-directory", "demo", ("demo", "{w}/d", "--force"), _mkdir("d"), 3, "这是一个文件夹",
               "alias"),
        Attack("demo:folder-missing", "demo", ("demo", "{w}/no/such/d.jnzd"), _nothing, 3, "文件夹不存在", "alias"),
        Attack("demo:name-too-long", "demo", ("demo", "{w}/" + "长" * 100 + ".jnzd"), _nothing, 2, "文件名过长",
               "value"),
        Attack("portfolio:folder-missing", "portfolio", ("portfolio", "{w}/none", "-o", "{w}/p.xlsx"), _nothing, 3,
               "找不到", "value"),
        Attack("portfolio:out-is-a-directory", "portfolio", ("portfolio", "{w}", "-o", "{w}/p.xlsx"),
               _mkdir("p.xlsx"), 6, "已有同名的文件夹", "alias"),
        Attack("portfolio:out-under-a-file", "portfolio", ("portfolio", "{w}", "-o", "{case}/p.xlsx"),
               _nothing, 6, "路径中有一部分是文件", "alias"),
        Attack("keys:add-missing-file", "keys", ("keys", "add", "{w}/none.json"), _nothing, 2, "none.json", "value"),
        Attack("keys:add-not-json", "keys", ("keys", "add", "{w}/card.json"), _write("card.json", "not json"), 2,
               "不是密钥卡", "value", protect=(CASE, "card.json")),
        Attack("keys:add-bad-key", "keys", ("keys", "add", "{w}/card.json"),
               _write("card.json", '{"format": "jnzd-key-card", "name": "x", "public_key": "AAAA"}'), 2,
               "不是 Ed25519 公钥", "value", protect=(CASE, "card.json")),
        Attack("keys:add-wrong-fingerprint", "keys", ("keys", "add", "{w}/card.json"),
               _write("card.json", '{"format": "jnzd-key-card", "name": "x", "fingerprint": "0000-0000-0000-0000", '
                      '"public_key": "CRyyTW0PS/gqS2SM+4dFZ7ahFpatMTos/svbNgl1re0="}'), 2, "指纹与公钥不符", "value",
               protect=(CASE, "card.json")),
        Attack("keys:add-case-file", "keys", ("keys", "add", "{case}"), _nothing, 2, "demo.jnzd", "value"),
        Attack("keys:add-nothing", "keys", ("keys", "add"), _nothing, 2, "keys add", "usage"),
        Attack("keys:remove-unknown", "keys", ("keys", "remove", "0000-0000-0000-0000"), _nothing, 2,
               "0000-0000-0000-0000", "value"),
        Attack("keys:set-name-empty", "keys", ("keys", "set-name", ""), _nothing, 2, "姓名", "value"),
        Attack("keys:set-name-two-args", "keys", ("keys", "set-name", "张", "三"), _nothing, 2, "set-name", "usage"),
        Attack("keys:action-unknown", "keys", ("keys", "steal"), _nothing, 2, "steal", "usage"),
        Attack("keys:export-onto-a-directory", "keys", ("keys", "export", "-o", "{w}/cards"), _mkdir("cards"), 6,
               "已有同名的文件夹", "alias"),
        Attack("keys:export-under-a-file", "keys", ("keys", "export", "-o", "{case}/card.json"), _nothing, 6,
               "路径中有一部分是文件", "alias"),
        Attack("usage:unknown-command", "usage", ("frobnicate", "{case}"), _nothing, 2, "frobnicate", "usage"),
        Attack("usage:info-without-case", "info", ("info",), _nothing, 2, "用法错误", "usage"),
        Attack("usage:export-without-out", "export", ("export", "{case}"), _nothing, 2, "-o", "usage"),
        Attack("usage:gui-case-missing", "gui", ("{w}/none.jnzd",), _nothing, 3, "找不到案例文件", "usage"),
        Attack("review:folder-missing", "review", ("review", "{w}/none"), _nothing, 3, "找不到", "usage"),
    ]


def _alias_attacks() -> list[Attack]:
    return [
        Attack("comment:hard-link", "comment", ("comment", "{w}/other.jnzd", "--section", "profile", "--text", "x"),
               _hardlink("other.jnzd"), 4, "硬链接", "alias"),
        Attack("import-log:hard-link", "import-log", ("import-log", "{w}/other.jnzd", "{w}/ok.csv"),
               _chain(_hardlink("other.jnzd"), _good_log()), 4, "硬链接", "alias", protect=(CASE, "ok.csv")),
        Attack("submit:hard-link", "submit", ("submit", "{case}"), _hardlink("other.jnzd"), 4, "硬链接", "alias"),
        Attack("comment:symlink-while-locked", "comment",
               ("comment", "{w}/sub/link.jnzd", "--section", "profile", "--text", "x"),
               _chain(_mkdir("sub"), _symlink("sub/link.jnzd", "../" + CASE), _hold_lock("王工")), 4, "王工@",
               "alias"),
        Attack("comment:dotdot-while-locked", "comment",
               ("comment", "{w}/sub/../demo.jnzd", "--section", "profile", "--text", "x"),
               _chain(_mkdir("sub"), _hold_lock("王工")), 4, "王工@", "alias"),
        Attack("import-equipment:symlink-while-locked", "import-equipment",
               ("import-equipment", "{w}/link.jnzd", "{w}/reg.xlsx"),
               _chain(_symlink("link.jnzd", CASE), _good_register(), _hold_lock("王工")), 4, "王工@", "alias",
               protect=(CASE, "reg.xlsx")),
        Attack("info:dangling-symlink", "info", ("info", "{w}/link.jnzd"), _symlink("link.jnzd", "gone.jnzd"), 3,
               "找不到案例文件", "alias"),
        Attack("info:symlink-loop", "info", ("info", "{w}/a.jnzd"),
               _chain(_symlink("a.jnzd", "b.jnzd"), _symlink("b.jnzd", "a.jnzd")), 3, "a.jnzd", "alias"),
        Attack("check:symlink-to-directory", "check", ("check", "{w}/link.jnzd"),
               _chain(_mkdir("folder"), _symlink("link.jnzd", "folder")), 3, "这是一个文件夹", "alias"),
        Attack("comment:trailing-slash-while-locked", "comment",
               ("comment", "{case}/", "--section", "profile", "--text", "x"), _hold_lock("王工"), 4, "王工@", "alias"),
        Attack("info:trailing-slash", "info", ("info", "{case}/"), _nothing, 0, "河南中岳建材有限公司", "alias"),
        Attack("info:dotdot-through-missing-folder", "info", ("info", "{w}/none/../demo.jnzd"), _nothing, 0,
               "河南中岳建材有限公司", "alias"),
        Attack("info:through-a-file", "info", ("info", "{case}/inner.jnzd"), _nothing, 3, "inner.jnzd", "alias"),
        Attack("export:out-is-the-case", "export", ("export", "{case}", "-o", "{case}"), _nothing, 6,
               "路径中有一部分是文件", "alias"),
        Attack("export:out-is-a-file-symlink", "export", ("export", "{case}", "-o", "{w}/out"),
               _symlink("out", CASE), 6, "路径中有一部分是文件", "alias"),
        Attack("info:newline-in-name", "info", ("info", "{w}/a\nb.jnzd"), _nothing, 3, "a\\nb.jnzd", "alias"),
        Attack("usage:newline-in-command", "usage", ("info\nrm",), _nothing, 3, "info\\nrm", "usage"),
        Attack("usage:escape-in-option", "usage", ("info", "{case}", "--\x1b[31mred"), _nothing, 2, "\\x1b[31mred",
               "usage"),
    ]


def _disk_attacks() -> list[Attack]:
    def case_size_limit(ctx: Ctx) -> None:
        return None

    size = 4_600_000  # a little more than the demo case: existing pages may be rewritten, the file cannot grow much
    return [
        Attack("demo:file-size-limit", "demo", ("demo", "{w}/d.jnzd"), _nothing, 6, "磁盘已满或超出文件大小上限",
               "disk", runner="fsize", fsize=1_000_000),
        Attack("export:file-size-limit", "export", ("export", "{case}", "-o", "{w}/out"), _nothing, 6,
               "磁盘已满或超出文件大小上限", "disk", runner="fsize", fsize=300_000, may_create=("out",)),
        Attack("open-bundle:file-size-limit", "open-bundle", ("open-bundle", "{w}/b.zip", "-o", "{w}/new.jnzd"),
               _with_bundle, 6, "磁盘已满或超出文件大小上限", "disk", runner="fsize",
               fsize=3_000_000, protect=(CASE, "b.zip")),
        Attack("import-log:file-size-limit", "import-log", ("import-log", "{case}", "{w}/big.csv"),
               _write("big.csv", "时间,有功功率(kW),电压(V)\n" + "".join(
                   f"2024-01-{1 + i // 1440:02d} {i // 60 % 24:02d}:{i % 60:02d},{1.5 + i % 7},{230 + i % 3}\n"
                   for i in range(40_000))), 6, "磁盘已满", "disk", runner="fsize", fsize=size,
               protect=(CASE, "big.csv")),
        Attack("portfolio:file-size-limit", "portfolio", ("portfolio", "{w}/in", "-o", "{w}/p.xlsx"),
               _chain(_mkdir("in"), _copy_case("in/a.jnzd")),
               6, "磁盘已满或超出文件大小上限", "disk", runner="fsize", fsize=2_000, protect=(CASE, "in/a.jnzd")),
    ]


def _read_only_attacks() -> list[Attack]:
    ro = _chmod(".", 0o555)
    return [
        Attack("comment:read-only-folder", "comment", COMMENT, ro, 4, "只读", "read-only", runner="unprivileged"),
        Attack("import-log:read-only-folder", "import-log", ("import-log", "{case}", "{w}/ok.csv"),
               _chain(_good_log(), ro), 4, "只读", "read-only", runner="unprivileged", protect=(CASE, "ok.csv")),
        Attack("submit:read-only-file", "submit", ("submit", "{case}"), _chmod(CASE, 0o444), 4, "只读", "read-only",
               runner="unprivileged"),
        Attack("demo:read-only-folder", "demo", ("demo", "{w}/d.jnzd"), ro, 6, "无法在文件夹", "read-only",
               runner="unprivileged"),
        Attack("export:read-only-out-folder", "export", ("export", "{case}", "-o", "{w}/out"),
               _chain(_mkdir("out"), _chmod("out", 0o555)), 6, "无法在文件夹", "read-only", runner="unprivileged"),
        Attack("open-bundle:read-only-folder", "open-bundle", ("open-bundle", "{w}/b.zip", "-o", "{w}/new.jnzd"),
               _chain(_with_bundle, ro), 6, "无法在文件夹", "read-only",
               runner="unprivileged", protect=(CASE, "b.zip")),
        Attack("info:unreadable-file", "info", ("info", "{case}"), _chmod(CASE, 0o000), 6, "demo.jnzd", "read-only",
               runner="unprivileged"),
    ]


def corpus() -> list[Attack]:
    attacks = [*_bad_case_attacks(), *_tamper_attacks(), *_logger_attacks(), *_equipment_attacks(),
               *_bundle_attacks(), *_value_attacks(), *_alias_attacks(), *_disk_attacks(), *_read_only_attacks()]
    ids = [a.id for a in attacks]
    dupes = {i for i in ids if ids.count(i) > 1}
    assert not dupes, dupes
    return attacks


ATTACKS = corpus()
BY_ID = {a.id: a for a in ATTACKS}


def build_bundle(demo: Path, out: Path) -> Path:
    """The session's bundle: the demo case exported (signed by the current data folder's key), no PDF or xlsx
    rendered (a small stand-in report keeps the member names)."""
    from desktop_app.operations import export
    from desktop_app.storage.casefile import CaseFile

    with CaseFile.open(demo, read_only=True) as case:
        export.export_bundle(case, out, report_pdf=b"%PDF-1.7 attack corpus stand-in\n" * 20,
                             tables_xlsx=b"PK stand-in tables")
    return out


@contextlib.contextmanager
def environment(data_dir: Path) -> Iterator[None]:
    """JNZD_DATA_DIR, JNZD_USER and JNZD_LANG as the tests set them (for running outside pytest)."""
    keep = {k: os.environ.get(k) for k in ("JNZD_DATA_DIR", "JNZD_USER", "JNZD_LANG")}
    os.environ.update({"JNZD_DATA_DIR": str(data_dir), "JNZD_USER": "测试工程师", "JNZD_LANG": "zh"})
    try:
        yield
    finally:
        for k, v in keep.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
