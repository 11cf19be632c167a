"""``jnzd export``, ``jnzd verify`` and ``jnzd open-bundle``: the upload bundle on the command line."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from desktop_app.domain.messages import render

COMMANDS = ("export", "verify", "open-bundle", "portfolio")


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
    p.add_argument("--json", action="store_true")


def run(args: argparse.Namespace) -> int:
    if args.command == "export":
        return _export(args)
    if args.command == "verify":
        return _verify(args)
    if args.command == "portfolio":
        return _portfolio(args)
    return _open(args)


def _portfolio(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from desktop_app.operations import portfolio

    rows = portfolio.read_portfolio(args.folders)
    portfolio.write_workbook(rows, args.out)
    s = portfolio.summarize(rows)
    if args.json:
        print(json.dumps({"out": str(args.out), **asdict(s),
                          "errors": [{"file": str(r.path), "error": r.error} for r in rows if r.error]},
                         ensure_ascii=False, indent=2, default=str))
    else:
        print(render("cli.portfolio", cases=s.cases, unreadable=s.unreadable, path=args.out))
        for r in rows:
            if r.error:
                print(f"  ⚠ {r.path}：{r.error}")
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

    manifest = export.verify(args.bundle)
    if args.json:
        print(json.dumps({"ok": True, "format": manifest.format, "version": manifest.version,
                          "created": manifest.created, "members": len(manifest.members),
                          **export.loads_manifest_extra(manifest)}, ensure_ascii=False, indent=2))
    else:
        print(render("cli.bundle_ok", path=args.bundle, count=len(manifest.members)))
    return 0


def _open(args: argparse.Namespace) -> int:
    from desktop_app.operations import export
    from desktop_app.storage.casefile import default_user

    export.open_bundle(args.bundle, args.out, user=default_user())
    print(render("cli.bundle_opened", path=args.out))
    return 0
