"""``jnzd export``, ``jnzd verify`` and ``jnzd open-bundle``: the upload bundle on the command line; ``jnzd portfolio``
and ``jnzd demo-portfolio``: the supervisor's roll-up of many cases, and a folder of demo cases for it."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from desktop_app.domain.messages import current_language, render

COMMANDS = ("export", "verify", "open-bundle", "portfolio", "demo-portfolio")


def add_parsers(sub: Any, zh: bool) -> None:
    e = sub.add_parser("export", help="导出报告、附表和上报数据包" if zh
                       else "export the report, annexes and bundle")
    e.add_argument("case", type=Path, metavar="CASE")
    e.add_argument("-o", "--out", type=Path, required=True, metavar="DIR")
    e.add_argument("--json", action="store_true")

    v = sub.add_parser("verify", help="校验上报数据包（有问题时退出码为 1）" if zh
                       else "verify a bundle (exit 1 on a problem)")
    v.add_argument("bundle", type=Path, metavar="BUNDLE")
    v.add_argument("--json", action="store_true")

    o = sub.add_parser("open-bundle", help="把上报数据包还原为案例文件" if zh
                       else "turn a bundle back into a case file")
    o.add_argument("bundle", type=Path, metavar="BUNDLE")
    o.add_argument("-o", "--out", type=Path, required=True, metavar="CASE")

    p = sub.add_parser("portfolio", help="汇总多个案例：案例一览、意向企业名单、工作总结" if zh
                       else "roll up many cases: overview, 意向企业名单, 工作总结")
    p.add_argument("folders", type=Path, nargs="+", metavar="DIR")
    p.add_argument("-o", "--out", type=Path, required=True, metavar="OUT.xlsx")
    p.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="另写工作总结（汇总数据）PDF" if zh
                   else "also write the work-summary (roll-up) PDF")
    p.add_argument("--no-index", action="store_true", help="不使用也不更新索引，重新读取每个文件" if zh
                   else "read every file again, without using or updating the index")
    p.add_argument("--json", action="store_true")

    g = sub.add_parser("demo-portfolio", help="生成一批演示案例（审核汇总用）" if zh
                       else "write a folder of demo cases (for the portfolio)")
    g.add_argument("folder", type=Path, metavar="DIR")
    g.add_argument("--count", type=int, default=20, metavar="N")
    g.add_argument("--seed", type=int, default=1, metavar="S")
    g.add_argument("--no-extras", action="store_true", help="不生成数据包、损坏文件和非案例文件" if zh
                   else "no bundle, corrupt or foreign file")


def run(args: argparse.Namespace) -> int:
    if args.command == "export":
        return _export(args)
    if args.command == "verify":
        return _verify(args)
    if args.command == "portfolio":
        return _portfolio(args)
    if args.command == "demo-portfolio":
        return _demo_portfolio(args)
    return _open(args)


def _portfolio(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from desktop_app.domain.errors import CaseNotFound
    from desktop_app.operations import portfolio, portfolio_report

    for folder in args.folders:
        if not folder.exists():
            raise CaseNotFound(path=str(folder))
    rows = portfolio.scan(args.folders, use_index=not args.no_index)
    portfolio.write_workbook(rows, args.out)
    if args.pdf:
        portfolio_report.write_pdf(rows, args.pdf)
    s = portfolio.summarize(rows)
    if args.json:
        print(json.dumps({"out": str(args.out), "pdf": str(args.pdf) if args.pdf else None, **asdict(s),
                          "errors": [{"file": str(r.path), "error": r.error} for r in rows if r.error]},
                         ensure_ascii=False, indent=2, default=str))
    else:
        print(render("cli.portfolio", cases=s.cases, unreadable=s.unreadable, path=args.out))
        if args.pdf:
            print(render("cli.portfolio_pdf", path=args.pdf))
        for r in rows:
            if r.error:
                print(f"  ⚠ {r.error}")
    return 0


def _demo_portfolio(args: argparse.Namespace) -> int:
    import time

    from desktop_app.domain.errors import ValidationError
    from desktop_app.operations import demo_portfolio

    if args.count < 1:
        raise ValidationError(field="--count", detail=str(args.count))
    start = time.perf_counter()
    files = demo_portfolio.generate(args.folder, args.count, seed=args.seed, extras=not args.no_extras)
    print(render("cli.demo_portfolio", count=args.count, extra=len(files) - args.count, path=args.folder,
                 seconds=f"{time.perf_counter() - start:.1f}"))
    return 0


def _export(args: argparse.Namespace) -> int:
    from desktop_app.operations import outputs

    result = outputs.export_all(args.case, args.out)
    if args.json:
        print(json.dumps({k: str(v) for k, v in result.items()}, ensure_ascii=False, indent=2))
    else:
        for kind, path in result.items():
            print(render("cli.exported", kind=kind, path=path))
    return 0


def _verify(args: argparse.Namespace) -> int:
    from desktop_app.operations import export

    checked = export.inspect(args.bundle)
    manifest, signed = checked.manifest, checked.signature
    lang = current_language()
    bundle_line = signed.describe(lang) if signed is not None else render("signature.bundle_unsigned")
    if args.json:
        print(json.dumps({"ok": True, "format": manifest.format, "version": manifest.version,
                          "created": manifest.created, "members": len(manifest.members),
                          **export.loads_manifest_extra(manifest),
                          "signature": None if signed is None else {
                              "signer": signed.signer, "fingerprint": signed.fingerprint,
                              "signed_utc": signed.signed_utc, "verdict": signed.verdict.value,
                              "known_as": signed.known_as, "own": signed.own},
                          "signature_text": bundle_line, "case_signatures": list(checked.case_signatures)},
                         ensure_ascii=False, indent=2))
    else:
        print(render("cli.bundle_ok", path=args.bundle, count=len(manifest.members)))
        print(bundle_line)
        for line in checked.case_signatures:
            print(line)
    return 0


def _open(args: argparse.Namespace) -> int:
    from desktop_app.operations import export
    from desktop_app.storage.casefile import default_user

    export.open_bundle(args.bundle, args.out, user=default_user())
    print(render("cli.bundle_opened", path=args.out))
    return 0
