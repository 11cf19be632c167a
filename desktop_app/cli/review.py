"""``jnzd review``, ``comment``, ``comments``, ``resolve`` and ``decide``: supervisor review from the command line.

``review DIR…`` opens the review window; the others read or write review comments and decisions in one case file
(never the engineer's data).
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from desktop_app.cli.output import say
from desktop_app.domain import review as rv
from desktop_app.domain.messages import render

COMMANDS = ("review", "comment", "comments", "resolve", "decide")


def add_parsers(sub: Any, zh: bool) -> None:
    r = sub.add_parser("review", help="打开审核窗口：案例文件夹一览" if zh else "open the review window on folders")
    r.add_argument("folders", type=Path, nargs="+", metavar="DIR")

    c = sub.add_parser("comment", help="添加审核意见" if zh else "add a review comment")
    c.add_argument("case", type=Path, metavar="CASE")
    c.add_argument("--section", required=True, choices=list(rv.SECTIONS), metavar="SECTION",
                   help="、".join(f"{k}（{v}）" for k, v in rv.SECTIONS.items()))
    c.add_argument("--target", default="", metavar="KIND:KEY",
                   help="checklist:条目编号、equipment:设备编号 或 measure:措施编号" if zh
                   else "checklist:ITEM, equipment:ID or measure:ID")
    c.add_argument("--text", required=True)
    c.add_argument("--reviewer", default="", help="审核人（默认为登录名）" if zh else "reviewer (default: login)")

    ls = sub.add_parser("comments", help="列出审核意见、审核记录和审核后的修改" if zh
                        else "list review comments, decisions and changes since the last review")
    ls.add_argument("case", type=Path, metavar="CASE")
    ls.add_argument("--json", action="store_true")

    s = sub.add_parser("resolve", help="把审核意见标记为已解决" if zh else "mark a review comment resolved")
    s.add_argument("case", type=Path, metavar="CASE")
    s.add_argument("id", type=int, metavar="ID")
    s.add_argument("--note", default="", help="处理说明" if zh else "what was done")

    d = sub.add_parser("decide", help="审核决定：退回修改、通过、重新打开" if zh
                       else "decision: return, approve or reopen")
    d.add_argument("case", type=Path, metavar="CASE")
    d.add_argument("action", choices=list(rv.DECISION_LABELS))
    d.add_argument("--comment", default="")
    d.add_argument("--reviewer", default="")


def run(args: argparse.Namespace) -> int:
    from desktop_app.operations import review
    from desktop_app.storage.lock import default_user

    if args.command == "review":
        return _gui(args.folders)
    if args.command == "comments":
        return _list(args)
    reviewer = getattr(args, "reviewer", "") or default_user()
    with review.writable(args.case, user=reviewer) as case:
        if args.command == "comment":
            kind, _, key = args.target.partition(":")
            _, cid = review.add_comment(case, section=args.section, text=args.text, reviewer=reviewer,
                                        target_kind=kind, target_key=key)
            print(render("cli.review_commented", id=cid, path=case.path))
        elif args.command == "resolve":
            review.resolve(case, args.id, args.note)
            print(render("cli.review_resolved", id=args.id, path=case.path))
        else:
            review.decide(case, args.action, reviewer=reviewer, comment=args.comment)
            print(render("cli.review_decided", action=rv.DECISION_LABELS[args.action], path=case.path))
    return 0


def _list(args: argparse.Namespace) -> int:
    from desktop_app.operations import review
    from desktop_app.storage.casefile import CaseFile

    with CaseFile.open(args.case, read_only=True) as case:
        st = review.status(case)
        state = case.workflow_state
    if args.json:
        print(json.dumps({"workflow_state": state,
                          "comments": [{**asdict(c), "open": c.open, "where": c.where} for c in st.comments],
                          "decisions": [{**asdict(d), "label": d.label} for d in st.decisions],
                          "changes_since_review": [asdict(g) for g in st.changes]},
                         ensure_ascii=False, indent=2))
        return 0
    for d in st.decisions:
        print(f"[{d.decided_utc[:16].replace('T', ' ')}] {d.label} · {d.reviewer}" + (f"：{d.comment}" if d.comment
                                                                                      else ""))
    for c in st.comments:
        mark = "○" if c.open else "✓"
        print(f"{mark} #{c.id} {c.where} — {c.text}（{c.reviewer}）")
        if not c.open:
            print(f"    ✓ {c.resolved_by}：{c.resolution or '已解决'}")
    since = render("cli.review_changes", count=len(st.changes))
    print(since)
    for g in st.changes[:20]:
        print(f"  {g.ts_utc[:16].replace('T', ' ')} {g.user} {g.label}")
    return 0


def _gui(folders: list[Path]) -> int:
    from desktop_app.cli import _has_display

    missing = [f for f in folders if not f.exists()]
    if missing:
        say(render("case.not_found", path=missing[0]))
        return 3
    if not _has_display():
        say(render("cli.no_display"))
        return 2
    from desktop_app.ui.app import run_review

    return run_review(folders)
