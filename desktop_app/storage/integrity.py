"""What the journal proves about a case file: every engineer row, the workflow state, the schema and its triggers,
every blob, and the length of the chain — recomputed from the file, not taken from it.

The app writes rows only through ``Tx``, whose entries carry the digest of the row they leave behind
(``journal.row_digest``). A row whose digest differs from its newest entry's, a row no entry created, or a row
whose newest entry does not delete it but which is gone, was changed behind the journal's back. The chain itself
(``journal.first_broken``) shows an entry edited in place; ``meta`` keeps the head and seq the last commit left,
so a journal cut short or extended by hand no longer ends there. The schema is compared with the one the
migrations build (dropped append-only triggers, an added trigger or table). Blobs are named by their SHA-256.

None of this is keyed: someone who rewrites rows, digests, chain and meta consistently — with this program's own
code — leaves a file that audits clean. That is what signatures are for (``signing``): an audit proves the file
is what the app wrote, a valid signature proves who stood behind which head.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from desktop_app.domain import review as rv
from desktop_app.domain.messages import current_language, render
from desktop_app.domain.workflow import State
from desktop_app.storage import journal as jr
from desktop_app.storage import schema

# Problem codes; each one is blocking. ``unsealed`` is not a problem: rows older than schema 9 read without being
# upgraded in place cannot be proven (they are sealed at the next writable open).
CHAIN = "chain"  # an entry does not follow from its predecessor
HEAD = "head"  # the journal does not end where the last commit left it (cut short or extended)
SCHEMA = "schema"  # a table, index or trigger differs from what the migrations build
ROW_CHANGED = "row_changed"
ROW_ADDED = "row_added"
ROW_DELETED = "row_deleted"
BLOB = "blob"  # a blob whose bytes do not match its SHA-256 or size
WORKFLOW = "workflow"  # a workflow state no decision led to
STORAGE = "storage"  # SQLite's own integrity_check failed

MAX_LISTED = 20  # problems of one code listed one by one; the rest are counted


@dataclass(frozen=True)
class Problem:
    code: str
    table: str = ""
    key: str = ""
    detail: str = ""  # columns that differ, the trigger dropped, the seq where the chain breaks …


@dataclass
class Audit:
    problems: list[Problem] = field(default_factory=list)
    more: dict[str, int] = field(default_factory=dict)  # problems beyond MAX_LISTED, per code
    rows: int = 0  # rows checked against the journal
    unsealed: int = 0  # rows whose newest entry carries no digest (schema < 9 not upgraded in place)
    blobs: int = 0  # blobs whose bytes were hashed (0 when not asked)
    entries: int = 0
    integrity: str = "ok"  # PRAGMA integrity_check's first line ("" when not run)

    @property
    def ok(self) -> bool:
        return not self.problems

    def count(self, code: str) -> int:
        return sum(1 for p in self.problems if p.code == code) + self.more.get(code, 0)

    def add(self, problem: Problem) -> None:
        if sum(1 for p in self.problems if p.code == problem.code) >= MAX_LISTED:
            self.more[problem.code] = self.more.get(problem.code, 0) + 1
        else:
            self.problems.append(problem)


def audit(conn: sqlite3.Connection, *, blobs: bool = True, storage: bool = True) -> Audit:
    """Recompute everything the journal vouches for. ``blobs=False`` skips hashing blob contents and
    ``storage=False`` SQLite's page-level ``integrity_check`` (the portfolio's cheaper pass says so)."""
    result = Audit()
    if storage:
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check(20)")]
        result.integrity = rows[0] if rows == ["ok"] else "; ".join(rows)[:300]
        if rows != ["ok"]:
            result.add(Problem(STORAGE, detail=result.integrity))
    else:
        result.integrity = ""
    _audit_schema(conn, result)
    _audit_chain(conn, result)
    _audit_rows(conn, result)
    _audit_workflow(conn, result)
    if blobs:
        _audit_blobs(conn, result)
    return result


# -- in words ------------------------------------------------------------------------------------------------
def describe(p: Problem, lang: str | None = None) -> str:
    """The problem as one sentence naming what and where (简体中文 or English)."""
    code = "integrity.row_readded" if p.code == ROW_ADDED and p.detail == "deleted" else f"integrity.{p.code}"
    return render(code, lang, **_params(p, lang or current_language()))


def _params(p: Problem, lang: str) -> dict[str, object]:
    zh = lang == "zh"
    label = rv.TABLE_LABELS.get(p.table, p.table)
    table = f"{label}（{p.table}）" if zh and label != p.table else p.table
    if p.code == CHAIN:
        return {"seq": p.key}
    if p.code == HEAD:
        return {"saved": p.detail, "found": p.key}
    if p.code == SCHEMA:
        how = render(f"integrity.schema.{p.detail}", lang) if p.detail in ("missing", "added", "altered") else p.detail
        return {"kind": p.table, "name": p.key, "how": how}
    if p.code == ROW_CHANGED:
        cols = f"（{'、'.join(p.detail.split(', '))}）" if zh and p.detail else (f" ({p.detail})" if p.detail else "")
        return {"table": table, "key": p.key, "columns": cols}
    if p.code in (ROW_ADDED, ROW_DELETED):
        return {"table": table, "key": p.key}
    if p.code == BLOB:
        return {"sha": p.key[:12]}
    if p.code == WORKFLOW:
        return {"state": State(p.detail).label_zh if zh and p.detail in State._value2member_map_ else p.detail}
    return {"detail": p.detail}


# -- the schema ----------------------------------------------------------------------------------------------
@cache
def reference_schema() -> frozenset[tuple[str, str, str, str]]:
    """(type, name, table, sql) of everything the migrations build, as a fresh case has it."""
    mem = sqlite3.connect(":memory:", isolation_level=None)
    try:
        schema.upgrade(mem, 0)
        return frozenset(_schema_rows(mem))
    finally:
        mem.close()


def _schema_rows(conn: sqlite3.Connection) -> Iterator[tuple[str, str, str, str]]:
    for kind, name, table, sql in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"):
        if name.startswith("sqlite_"):  # sqlite_stat1 (PRAGMA optimize), autoindexes
            continue
        yield str(kind), str(name), str(table), " ".join(str(sql or "").split())


def _audit_schema(conn: sqlite3.Connection, result: Audit) -> None:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version != schema.SCHEMA_VERSION:  # an older file read in place: its schema is not today's to compare
        return
    found = {(k, n): s for k, n, _t, s in _schema_rows(conn)}
    expected = {(k, n): s for k, n, _t, s in reference_schema()}
    for key in sorted(expected.keys() - found.keys()):
        result.add(Problem(SCHEMA, key[0], key[1], "missing"))
    for key in sorted(found.keys() - expected.keys()):
        result.add(Problem(SCHEMA, key[0], key[1], "added"))
    for key in sorted(found.keys() & expected.keys()):
        if found[key] != expected[key]:
            result.add(Problem(SCHEMA, key[0], key[1], "altered"))


# -- the chain -----------------------------------------------------------------------------------------------
def _audit_chain(conn: sqlite3.Connection, result: Audit) -> None:
    entries = [jr.Entry(*r) for r in conn.execute(f"SELECT {_entry_columns(conn)} FROM journal ORDER BY seq")]
    result.entries = len(entries)
    broken = jr.first_broken(entries)
    if broken is not None:
        result.add(Problem(CHAIN, "journal", str(broken)))
    meta = dict(conn.execute("SELECT key, value FROM meta WHERE key IN (?, ?)", (schema.META_HEAD, schema.META_SEQ)))
    if schema.META_HEAD not in meta:
        # Written before schema 9 and not upgraded in place — unless some entry has a digest: then the app wrote
        # it at 9 or later, and always wrote the head.
        if any(e.digest is not None for e in entries):
            result.add(Problem(HEAD, "journal", str(entries[-1].seq), "-"))
        return
    last = entries[-1] if entries else None
    head, seq = (last.hash, str(last.seq)) if last else (jr.GENESIS, "0")
    if meta.get(schema.META_HEAD) != head or meta.get(schema.META_SEQ) != seq:
        result.add(Problem(HEAD, "journal", seq, f"{meta.get(schema.META_SEQ)}"))


def _has_digest(conn: sqlite3.Connection) -> bool:
    """Schema 9's journal column (an older file read without upgrading it has none)."""
    return "digest" in {r[1] for r in conn.execute("PRAGMA table_info(journal)")}


def _entry_columns(conn: sqlite3.Connection) -> str:
    return jr.COLUMNS if _has_digest(conn) else jr.COLUMNS.replace(", digest", "")


# -- the rows ------------------------------------------------------------------------------------------------
def _audit_rows(conn: sqlite3.Connection, result: Audit) -> None:
    digest_col = "digest" if _has_digest(conn) else "NULL"
    # The newest entry per row (SQLite takes the bare columns from the row holding max(seq)).
    latest: dict[str, dict[str, tuple[str | None, bool]]] = {}  # table → row key → (digest, deleted)
    for tbl, key, digest, col, old, new, _seq in conn.execute(
            f"SELECT tbl, row_key, {digest_col}, col, old, new, max(seq) FROM journal WHERE tbl IS NOT NULL"
            " GROUP BY tbl, row_key"):
        latest.setdefault(str(tbl), {})[str(key)] = (digest, col is None and old is not None and new is None)
    # A file written before schema 9 (read without upgrading it in place) has no seals: rows its first version
    # created without an entry cannot be told from rows added by hand.
    sealed = any(d is not None for by_key in latest.values() for d, _deleted in by_key.values())
    tables = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table, keycol in schema.JOURNALED_TABLES.items():
        if table not in tables:
            continue
        journaled = latest.get(table, {})
        seen: set[str] = set()
        cur = conn.execute(f"SELECT * FROM {table}")
        names = [d[0] for d in cur.description]
        for r in cur:
            row = dict(zip(names, r, strict=True))
            key = str(row.get(keycol))
            seen.add(key)
            result.rows += 1
            newest = journaled.get(key)
            if newest is None:
                if sealed:
                    result.add(Problem(ROW_ADDED, table, key))
                else:
                    result.unsealed += 1
                continue
            digest, deleted = newest
            if deleted:
                result.add(Problem(ROW_ADDED, table, key, "deleted"))
            elif digest is None:
                result.unsealed += 1
            elif digest != jr.row_digest(table, row):
                result.add(Problem(ROW_CHANGED, table, key, ", ".join(_changed_columns(conn, table, key, row))))
        for key, (_digest, deleted) in journaled.items():
            if key not in seen and not deleted:
                result.add(Problem(ROW_DELETED, table, key))


def _changed_columns(conn: sqlite3.Connection, table: str, key: str, row: dict[str, object]) -> list[str]:
    """The columns whose value differs from what the row's journal entries, replayed, leave behind."""
    expected: dict[str, object] | None = None
    for col, old, new in conn.execute("SELECT col, old, new FROM journal WHERE tbl = ? AND row_key = ? ORDER BY seq",
                                      (table, key)):
        if col is not None:
            if expected is not None:
                expected[str(col)] = jr.decode(new)
        elif new is not None:
            decoded = jr.decode(new)
            expected = dict(decoded) if isinstance(decoded, dict) else None
        elif old is not None:
            expected = None
    if expected is None:
        return []
    return sorted(c for c in row.keys() | expected.keys()
                  if jr.encode_row({"v": row.get(c)}) != jr.encode_row({"v": expected.get(c)}))


# -- the workflow state --------------------------------------------------------------------------------------
_DECIDED = {"approved": ("approve",), "returned": ("return", "reopen")}


def _audit_workflow(conn: sqlite3.Connection, result: Audit) -> None:
    """A state only a reviewer's decision reaches needs that decision as the newest one."""
    try:
        state = conn.execute("SELECT workflow_state FROM case_info WHERE id = 1").fetchone()
        last = conn.execute("SELECT action FROM review_decision ORDER BY id DESC LIMIT 1").fetchone()
    except sqlite3.OperationalError:  # older schemas had no review tables
        return
    if state is None or str(state[0]) not in _DECIDED:
        return
    if last is None or str(last[0]) not in _DECIDED[str(state[0])]:
        result.add(Problem(WORKFLOW, "case_info", "1", str(state[0])))


# -- the blobs -----------------------------------------------------------------------------------------------
def _audit_blobs(conn: sqlite3.Connection, result: Audit) -> None:
    for sha, size, data in conn.execute("SELECT sha256, size, data FROM blob"):
        result.blobs += 1
        body = bytes(data) if data is not None else b""
        if hashlib.sha256(body).hexdigest() != sha or len(body) != size:
            result.add(Problem(BLOB, "blob", str(sha)))
