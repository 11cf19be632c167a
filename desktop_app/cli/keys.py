"""``jnzd keys``: this user's signing key and the agency keyring; ``jnzd submit`` / ``withdraw``: the engineer's
workflow steps from the command line (a submission signs the case's journal head).

    jnzd keys [list] [--json]          own key (name, fingerprint) and the keys this computer knows
    jnzd keys export [-o FILE] [--all] own key card (or, with --all, a keyring of every known key and one's own)
    jnzd keys add FILE… [--role R] [--note TEXT]   import key cards or an agency keyring
    jnzd keys remove FINGERPRINT
    jnzd keys set-name NAME            the name signatures carry (default: the login name)
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from desktop_app.cli.output import say
from desktop_app.domain.messages import current_language, render

COMMANDS = ("keys", "submit", "withdraw")


def add_parsers(sub: Any, zh: bool) -> None:
    k = sub.add_parser("keys", help="签名密钥与密钥环" if zh else "signing key and keyring")
    k.add_argument("action", nargs="?", default="list", choices=("list", "export", "add", "remove", "set-name"))
    k.add_argument("args", nargs="*", metavar="ARG",
                   help="add：密钥卡或密钥环文件；remove：指纹；set-name：姓名" if zh
                   else "add: key card or keyring files; remove: a fingerprint; set-name: the name")
    k.add_argument("-o", "--output", type=Path, metavar="FILE")
    k.add_argument("--all", action="store_true", help="导出整个密钥环" if zh else "export the whole keyring")
    k.add_argument("--role", choices=("engineer", "reviewer"), default=None)
    k.add_argument("--note", default="")
    k.add_argument("--json", action="store_true")

    s = sub.add_parser("submit", help="提交审核（用本人的密钥签名）" if zh
                       else "submit for review (signed with your key)")
    s.add_argument("case", type=Path, metavar="CASE")
    w = sub.add_parser("withdraw", help="撤回已提交的案例" if zh else "take a submitted case back")
    w.add_argument("case", type=Path, metavar="CASE")


def run(args: argparse.Namespace) -> int:
    if args.command in ("submit", "withdraw"):
        return _transition(args)
    return _keys(args)


def _transition(args: argparse.Namespace) -> int:
    from desktop_app.operations import signing, workflow
    from desktop_app.storage.casefile import CaseFile

    with CaseFile.open(args.case) as case:
        if case.read_only_notice is not None:
            raise case.read_only_notice
        workflow.transition(case, args.command)
        print(render(f"cli.{args.command}_done", path=args.case, state=case.workflow_state))
        if args.command == "submit":
            for line in signing.summary(case):
                print(line)
    return 0


def _keys(args: argparse.Namespace) -> int:
    from desktop_app.domain import errors
    from desktop_app.storage import keys

    zh = current_language() == "zh"
    if args.action == "list":
        own = keys.own_key()
        assert own is not None
        ring = keys.keyring()
        if args.json:
            print(json.dumps({"own": {**own.card.as_dict(), "private_key": str(own.path)},
                              "keyring": str(keys.keyring_path()), "keys": [c.as_dict() for c in ring]},
                             ensure_ascii=False, indent=2))
            return 0
        print(render("cli.keys_own", name=own.card.name, fingerprint=own.card.fingerprint, path=own.path))
        print(render("cli.keys_ring", path=keys.keyring_path(), count=len(ring)))
        for c in ring:
            role = {"engineer": "工程师", "reviewer": "审核人"}.get(c.role, c.role) if zh else c.role
            print(f"  {c.fingerprint}  {c.name}" + (f"  {role}" if role else "") + (f"  {c.note}" if c.note else ""))
        return 0
    if args.action == "export":
        own = keys.own_key()
        assert own is not None
        if args.all:
            ring = keys.keyring()
            cards = ring + ([own.card] if all(c.public_key != own.card.public_key for c in ring) else [])
            if args.output is None:
                print(json.dumps({"format": keys.KEYRING_FORMAT, "version": 1,
                                  "keys": [c.as_dict() for c in cards]}, ensure_ascii=False, indent=2))
            else:
                keys.write_keyring(args.output, cards)
        elif args.output is None:
            print(json.dumps({"format": keys.CARD_FORMAT, "version": 1, **own.card.as_dict()}, ensure_ascii=False,
                             indent=2))
        else:
            keys.write_card(args.output, own.card)
        if args.output is not None:
            print(render("cli.keys_exported", path=args.output, fingerprint=own.card.fingerprint))
        return 0
    if args.action == "add":
        if not args.args:
            say(render("cli.usage", detail="keys add FILE…"))
            return 2
        cards = []
        for name in args.args:
            for c in keys.read_cards(Path(name)):
                cards.append(keys.Card(c.name, c.public_key, args.role or c.role, args.note or c.note))
        added = keys.add_to_keyring(cards)
        for c in added:
            print(render("cli.keys_added", name=c.name, fingerprint=c.fingerprint))
        print(render("cli.keys_added_total", count=len(added), path=keys.keyring_path()))
        return 0
    if args.action in ("remove", "set-name") and len(args.args) != 1:
        say(render("cli.usage", detail=f"keys {args.action} {'FINGERPRINT' if args.action == 'remove' else 'NAME'}"))
        return 2
    if args.action == "remove":
        gone = keys.remove_from_keyring(args.args[0])
        print(render("cli.keys_removed", name=gone.name, fingerprint=gone.fingerprint))
        return 0
    if args.action == "set-name":
        own = keys.set_name(args.args[0])
        print(render("cli.keys_own", name=own.card.name, fingerprint=own.card.fingerprint, path=own.path))
        return 0
    raise errors.ValidationError(field="keys", detail=args.action)
