"""``jnzd``: the GUI entry and the headless subcommands. Errors are one line and a documented exit code.

Exit codes: 0 ok · 1 ``check`` found blocking problems · 2 usage or invalid value · 3 file missing or not a
case file · 4 read-only (locked, too new, submitted, read-only medium, hard-linked) · 5 corrupt · 6 disk full, folder
not writable, file busy or I/O error · 70 internal error · 130 Ctrl+C · 141 output pipe closed (quietly).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import traceback
import uuid
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

from desktop_app import APP_NAME, __version__
from desktop_app.cli import bundle as bundle_cli
from desktop_app.cli import equipment as equipment_cli
from desktop_app.cli import keys as keys_cli
from desktop_app.cli import limits as limits_cli
from desktop_app.cli import measurements as measurements_cli
from desktop_app.cli import review as review_cli
from desktop_app.cli.output import say
from desktop_app.domain import errors
from desktop_app.domain.errors import JnzdError
from desktop_app.domain.messages import current_language, render

EXIT_INTERNAL = 70


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        say(render("cli.usage", detail=message))
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    zh = current_language() == "zh"
    p = _Parser(prog="jnzd", description=f"{APP_NAME} {__version__}" if zh else f"JNZD Workbench {__version__}")
    p.add_argument("--version", action="version", version=f"jnzd {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    d = sub.add_parser("demo", help="生成演示案例" if zh else "write the demo case")
    d.add_argument("out", type=Path, metavar="OUT.jnzd")
    d.add_argument("--force", action="store_true", help="覆盖已有文件" if zh else "overwrite an existing file")

    i = sub.add_parser("info", help="显示案例概况" if zh else "show a case's overview")
    i.add_argument("case", type=Path, metavar="CASE")
    i.add_argument("--json", action="store_true")

    c = sub.add_parser("check", help="检查完整性与合理性（有阻断问题时退出码为 1）" if zh
                       else "completeness and plausibility (exit 1 on blocking problems)")
    c.add_argument("case", type=Path, metavar="CASE")
    c.add_argument("--json", action="store_true")
    equipment_cli.add_parsers(sub, zh)
    measurements_cli.add_parsers(sub, zh)
    bundle_cli.add_parsers(sub, zh)
    review_cli.add_parsers(sub, zh)
    keys_cli.add_parsers(sub, zh)
    limits_cli.add_parsers(sub, zh)
    return p


class _NoPandas:
    """A meta-path finder that refuses pandas. pyarrow's C++ layer imports pandas on its first conversion (any
    ``pa.array``, any ``to_numpy``) whenever pandas is importable, to recognise pandas' own scalars in Python
    sequences, and tries again on every later conversion until that succeeds. jnzd never uses pandas — it is a
    bench-only dependency, absent from the shipped app — but where it is installed (a development venv after
    ``make bench``) that import cost ``jnzd import-log`` 0.25 s of its 2 s."""

    @staticmethod
    def find_spec(name: str, path: object = None, target: object = None) -> None:
        if name == "pandas" or name.startswith("pandas."):
            raise ModuleNotFoundError(f"No module named {name!r} (jnzd does not use it)", name=name)
        return None


@contextlib.contextmanager
def _without_pandas() -> Iterator[None]:
    """pandas refused while jnzd runs (unless something already imported it); lifted when ``main`` returns."""
    if "pandas" in sys.modules:
        yield
        return
    sys.meta_path.insert(0, _NoPandas)
    try:
        yield
    finally:
        with contextlib.suppress(ValueError):
            sys.meta_path.remove(_NoPandas)


EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: what a command killed by the broken pipe would report, as 130 for Ctrl+C


def main(argv: Sequence[str] | None = None) -> int:
    with _without_pandas():
        try:
            code = _main(argv)
            sys.stdout.flush()  # a broken pipe shows here when the output fitted in the buffer
        except BrokenPipeError:
            return _broken_pipe()
        return code


def _broken_pipe() -> int:
    """The reader of our output went away (``jnzd info X --json | head -1``): stop quietly, as ``cat`` does — no
    message, no crash log. stdout is pointed at the null device so the interpreter's last flush cannot fail."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    return EXIT_BROKEN_PIPE


def _main(argv: Sequence[str] | None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    _utf8_stdio()
    # ``jnzd`` and ``jnzd CASE`` start the GUI; everything else is a subcommand.
    if not args_list or (len(args_list) == 1 and not args_list[0].startswith("-")
                         and args_list[0] not in ("demo", "info", "check", *equipment_cli.COMMANDS,
                                                  *measurements_cli.COMMANDS, *bundle_cli.COMMANDS,
                                                  *review_cli.COMMANDS, *keys_cli.COMMANDS,
                                                  *limits_cli.COMMANDS)):
        case = Path(args_list[0]) if args_list else None
        # A windowed executable (jnzd-gui.exe) has no stderr: there the GUI itself shows the message.
        if case is not None and not case.exists() and sys.stderr is not None:
            say(render("case.not_found", path=case))
            return 3
        return _gui(case)
    groups: list[str] = []
    if args_list[0] == "import-log":  # per-file option groups: everything from the first --file on
        args_list, groups = measurements_cli.split_argv(args_list)
    try:
        if groups or args_list[0] == "import-log":
            # FILE… may follow options (argparse gives an optional-interleaved positional list up at the first
            # option): the leftover plain words are more files
            args, extra = build_parser().parse_known_args(args_list)
            unknown = [e for e in extra if e.startswith("-")]
            if unknown:
                build_parser().error(f"unrecognized arguments: {' '.join(unknown)}")
            args.files = [*args.files, *(Path(e) for e in extra)]
        else:
            args = build_parser().parse_args(args_list)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.command == "import-log":
        args.file_groups = groups
    try:
        if args.command == "demo":
            return _demo(args)
        if args.command == "info":
            return _info(args)
        if args.command == "check":
            return _check(args)
        if args.command in equipment_cli.COMMANDS:
            return equipment_cli.run(args)
        if args.command in measurements_cli.COMMANDS:
            return measurements_cli.run(args)
        if args.command in bundle_cli.COMMANDS:
            return bundle_cli.run(args)
        if args.command in review_cli.COMMANDS:
            return review_cli.run(args)
        if args.command in keys_cli.COMMANDS:
            return keys_cli.run(args)
        if args.command in limits_cli.COMMANDS:
            return limits_cli.run(args)
    except JnzdError as exc:
        say(exc.message())
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        raise  # main() ends quietly
    except OSError as exc:  # the environment, not a bug: disk full, no permission, a name too long, …
        error = errors.from_os_error(exc)
        say(error.message())
        return error.exit_code
    except Exception as exc:  # never a traceback on the terminal: one line, details in a log file
        log = _write_crash_log()
        say(render("cli.internal", detail=type(exc).__name__, log=log))
        return EXIT_INTERNAL
    build_parser().print_help()
    return 2


def _demo(args: argparse.Namespace) -> int:
    from desktop_app.operations.demo import build_demo

    path = build_demo(args.out, overwrite=args.force)
    print(render("cli.demo_written", path=path))
    return 0


def _info(args: argparse.Namespace) -> int:
    from desktop_app.operations.summary import summarize
    from desktop_app.storage.casefile import CaseFile

    with CaseFile.open(args.case, read_only=True) as case:
        s = summarize(case)
        _say_recovery(case.recovery_note)
    if args.json:
        print(json.dumps({**s.as_dict(), "recovery": case.recovery_note}, ensure_ascii=False, indent=2))
        return 0
    zh = current_language() == "zh"
    rows = [
        ("企业名称" if zh else "Enterprise", s.enterprise),
        ("统一社会信用代码" if zh else "USCC", s.uscc),
        ("所在地区" if zh else "Region", s.region),
        ("所属行业" if zh else "Industry", s.industry),
        ("企业规模" if zh else "Size class", s.sme_class),
        ("诊断类型" if zh else "Diagnosis type", s.diagnosis_type),
        ("服务机构" if zh else "Agency", s.agency),
        ("诊断基准日期" if zh else "As-of date", s.as_of_date),
        ("状态" if zh else "State", s.workflow_label if zh else s.workflow_state),
        ("完整度" if zh else "Completeness", f"{s.completeness:.0%}"),
        ("阻断问题 / 警告" if zh else "Blocking / warnings", f"{s.blocking} / {s.warnings}"),
        ("修改记录" if zh else "Journal entries", str(s.journal_entries)),
        ("格式版本" if zh else "Schema", str(s.schema_version)),
        ("案例编号" if zh else "Case id", s.case_uuid),
    ]
    if s.read_only:
        rows.append(("只读" if zh else "Read-only", s.read_only))
    if s.review:
        rows.append(("审核" if zh else "Review", s.review))
    for line in s.signatures:
        rows.append(("签名" if zh else "Signature", line))
    for line in s.integrity:
        rows.append(("文件完整性" if zh else "File integrity", line))
    if s.energy_tce:
        basis = f"GB/T 2589-{s.gbt2589_edition}"
        rows.append(("综合能耗（当量值）" if zh else "Energy (calorific)", f"{s.energy_tce} tce（{basis}）"))
    if s.energy_tce_equal:
        rows.append(("综合能耗（等价值）" if zh else "Energy (equivalent)", f"{s.energy_tce_equal} tce"))
    if s.co2_t:
        rows.append(("二氧化碳排放" if zh else "CO2", f"{s.co2_t} t"))
    for line in s.products:
        rows.append(("产品能耗" if zh else "Product", line))
    for line in s.metering_rates:
        rows.append(("计量配备率" if zh else "Metering rate", line))
    if s.equipment:
        rows.append(("设备" if zh else "Equipment", s.equipment))
    if s.calc_results:
        rows.append(("计算结果" if zh else "Saved calculations", str(s.calc_results)))
    rows.append(("诊断清单" if zh else "Checklist", "；".join(s.checklist_templates) or "—"))
    rows.append(("清单完整度（必填）" if zh else "Checklist (required)", f"{s.checklist_completeness:.0%}"))
    for sec in s.checklist_sections:
        name = f"  {sec['id']} {sec['title']}"
        rows.append((name, f"{sec['answered']}/{sec['total']}，" + ("必填" if zh else "required ")
                     + f"{sec['required_answered']}/{sec['required_total']}"))
    width = max(_display_width(k) for k, _ in rows)
    for k, v in rows:
        print(f"{k}{' ' * (width - _display_width(k))}  {v or '—'}")
    return 0


def _check(args: argparse.Namespace) -> int:
    from desktop_app.operations import signing
    from desktop_app.operations.check import check_case
    from desktop_app.storage.casefile import CaseFile

    with CaseFile.open(args.case, read_only=True) as case:
        report = check_case(case)  # its integrity part runs SQLite's full integrity_check and hashes every blob
        found = case.audit()
        signatures = [{"purpose": s.purpose, "signer": s.signer, "fingerprint": s.fingerprint,
                       "signed_utc": s.signed_utc, "journal_seq": s.journal_seq, "verdict": s.verdict.value,
                       "known_as": s.known_as, "own": s.own, "why": s.why if current_language() == "zh" else s.why_en,
                       "changes_after": s.changes_after} for s in signing.verify(case)]
        signature_lines = signing.summary(case)
        _say_recovery(case.recovery_note)
    blocking, warnings = len(report.blocking), len(report.warnings)
    if args.json:
        print(json.dumps({
            "ok": blocking == 0, "blocking": blocking, "warnings": warnings,
            "completeness": round(report.completeness, 4), "integrity": found.integrity,
            "audit": {"ok": found.ok, "rows": found.rows, "entries": found.entries, "blobs": found.blobs,
                      "unsealed": found.unsealed,
                      "problems": [{"code": p.code, "table": p.table, "key": p.key, "detail": p.detail}
                                   for p in found.problems], "more": found.more},
            "signatures": signatures, "recovery": case.recovery_note,
            "findings": [f.as_dict() for f in report.findings],
        }, ensure_ascii=False, indent=2))
    else:
        for f in report.findings:
            print(f"[{f.severity.label_zh if current_language() == 'zh' else f.severity.value}] {f.message}")
        if found.ok:
            print(render("integrity.ok", rows=found.rows, entries=found.entries, blobs=found.blobs))
        for line in signature_lines:
            print(line)
        key = "cli.check_ok" if blocking == 0 else "cli.check_blocking"
        print(render(key, blocking=blocking, warnings=warnings))
    return 0 if blocking == 0 else 1


def _say_recovery(note: str) -> None:
    """What opening did about a hot journal beside the case: on stderr, so ``--json`` output stays JSON."""
    if note:
        say(note)


def _gui(case: Path | None) -> int:
    if not _has_display():
        say(render("cli.no_display"))
        return 2
    from desktop_app.ui.app import run

    return run(case)


def _has_display() -> bool:
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _display_width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def _utf8_stdio() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="replace")


def _write_crash_log() -> str:
    from desktop_app.storage.snapshots import data_dir

    try:
        folder = data_dir() / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        # The second, the process and a random part: several crashes in one second (a batch) keep every log.
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        path = folder / f"crash-{stamp}-{os.getpid()}-{uuid.uuid4().hex[:8]}.log"
        with open(path, "x", encoding="utf-8") as fh:
            fh.write(traceback.format_exc())
        return str(path)
    except OSError:
        return "-"
