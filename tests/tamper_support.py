"""How the tests change a case file behind the app's back, as someone with the sqlite3 shell (or this program's own
code) would: plain SQL without the journal, and a journal rewritten and re-chained with the unkeyed SHA-256."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_app.storage import journal as jr
from desktop_app.storage import schema

APPEND_ONLY_U = ("CREATE TRIGGER journal_append_only_u BEFORE UPDATE ON journal "
                 "BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END")


def sql(path: Path, *statements: str) -> None:
    """Change a file as someone with the sqlite3 shell would: no app, no journal."""
    conn = sqlite3.connect(path)
    try:
        for s in statements:
            conn.execute(s)
        conn.commit()
    finally:
        conn.close()


def rechain(path: Path, seq: int, *, update_meta: bool, restore_trigger: bool = False) -> None:
    """Rewrite entry ``seq``'s new value and recompute every later hash; with ``update_meta`` the head the app
    keeps in ``meta`` too, and with ``restore_trigger`` the append-only trigger put back: then nothing unkeyed is
    left to see."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("DROP TRIGGER journal_append_only_u")
        conn.execute("UPDATE journal SET new = ? WHERE seq = ?", (jr.encode("伪造"), seq))
        prev = jr.GENESIS
        for e in [jr.Entry(*r) for r in conn.execute(f"SELECT {jr.COLUMNS} FROM journal ORDER BY seq")]:
            h = jr.entry_hash(prev, e)
            if h != e.hash:
                conn.execute("UPDATE journal SET hash = ? WHERE seq = ?", (h, e.seq))
            prev = h
        if update_meta:
            conn.execute("UPDATE meta SET value = ? WHERE key = ?", (prev, schema.META_HEAD))
        if restore_trigger:
            conn.execute(APPEND_ONLY_U)
        conn.commit()
    finally:
        conn.close()
