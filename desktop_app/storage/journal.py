"""The append-only change journal: hash chain, and the undo/redo stacks derived from it.

Undo and redo never delete history: undoing group G appends a group of kind ``undo`` (``ref_grp`` = G) holding
the inverse changes; redoing appends a ``redo`` group that replays G. The stacks are a pure function of the
sequence of groups, so they survive closing and reopening the case.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

GENESIS = "0" * 64
BARRIER_KINDS = frozenset({"workflow", "restore", "create", "migrate"})
SEAL_KINDS = frozenset({"restore", "create", "migrate"})


@dataclass(frozen=True)
class Entry:
    seq: int
    grp: int
    ts_utc: str
    user: str
    kind: str
    label: str
    tbl: str | None
    row_key: str | None
    col: str | None
    old: str | None
    new: str | None
    ref_grp: int | None
    hash: str
    # SHA-256 of the row this entry leaves behind (``row_digest``); None for a deleted row, a note, and every entry
    # written before schema 9. A "seal" — a row entry of a create, migrate or restore group, holding the whole row
    # as ``new`` — vouches for a row as found when the case was created, upgraded to schema 9 or restored.
    digest: str | None = None

    @property
    def is_seal(self) -> bool:
        return self.tbl is not None and self.kind in SEAL_KINDS


def encode(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def decode(text: str | None) -> object:
    return None if text is None else json.loads(text)


def entry_hash(prev: str, e: Entry) -> str:
    parts = [prev, str(e.seq), str(e.grp), e.ts_utc, e.user, e.kind, e.label, e.tbl or "", e.row_key or "",
             e.col or "", "" if e.old is None else e.old, "" if e.new is None else e.new,
             "" if e.ref_grp is None else str(e.ref_grp)]
    if e.digest is not None:  # entries before schema 9 have none, and keep their hashes
        parts.append(e.digest)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


COLUMNS = "seq, grp, ts_utc, user, kind, label, tbl, row_key, col, old, new, ref_grp, hash, digest"


def encode_row(row: dict[str, object]) -> str:
    """A row as JSON, like ``encode``; bytes (never in a journaled row unless put there by hand) by their digest."""
    return json.dumps(row, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=_bytes_digest)


def row_digest(table: str, row: dict[str, object]) -> str:
    """The SHA-256 of a row's content: its table and every non-NULL column (a column a later schema adds, NULL in
    old rows, leaves the digest as it was)."""
    text = encode_row({k: v for k, v in row.items() if v is not None})
    return hashlib.sha256(f"{table}\x1f{text}".encode()).hexdigest()


def _bytes_digest(value: object) -> str:
    """Journaled rows hold no bytes; one put there by hand still gets a digest."""
    if isinstance(value, bytes | bytearray | memoryview):
        return "bytes:" + hashlib.sha256(bytes(value)).hexdigest()
    raise TypeError(type(value).__name__)


def first_broken(entries: list[Entry], start: str = GENESIS) -> int | None:
    """Seq of the first entry whose hash does not follow from its predecessor; None if the chain holds."""
    prev = start
    for e in entries:
        if entry_hash(prev, e) != e.hash:
            return e.seq
        prev = e.hash
    return None


@dataclass
class Stacks:
    undo: list[tuple[int, str]]  # (group to invert, label)
    redo: list[tuple[int, str]]  # (group to replay, label)

    @classmethod
    def empty(cls) -> Stacks:
        return cls([], [])

    def record(self, grp: int, kind: str, label: str, ref_grp: int | None) -> None:
        if kind == "edit":
            self.undo.append((grp, label))
            self.redo.clear()
        elif kind == "undo":
            if self.undo:
                self.undo.pop()
            if ref_grp is not None:
                self.redo.append((ref_grp, _base_label(label)))
        elif kind == "redo":
            if self.redo:
                self.redo.pop()
            self.undo.append((grp, _base_label(label)))
        elif kind in BARRIER_KINDS:
            self.undo.clear()
            self.redo.clear()


UNDO_PREFIX = "撤销："
REDO_PREFIX = "重做："


def _base_label(label: str) -> str:
    for prefix in (UNDO_PREFIX, REDO_PREFIX):
        if label.startswith(prefix):
            return label[len(prefix):]
    return label
