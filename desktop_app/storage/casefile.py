"""The case file (``.jnzd``): identify, gate the version, migrate, lock, and commit every edit at once.

Journal mode: the file uses SQLite's rollback journal (``journal_mode=DELETE``) with ``synchronous=FULL``.
Engineers copy, mail and USB-stick these files, so a closed case must be ONE self-contained file; WAL would
leave ``-wal``/``-shm`` files beside it and lose edits if only the main file were copied. FULL sync makes each
commit durable before ``edit()`` returns (an acknowledged edit survives a power cut), and a crash mid-commit
leaves a hot journal that SQLite rolls back on the next open. Measured cost: ~1 ms per edit (``make bench``).

A case another instance holds, or one written by a newer version, is opened read-only as an in-memory copy
(backup API), so the reader never holds a lock on the writer's file.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop_app import __version__
from desktop_app.domain import errors
from desktop_app.domain.changes import ROW, OpChanges
from desktop_app.domain.messages import render
from desktop_app.domain.workflow import is_editable
from desktop_app.storage import case_io, integrity, schema, snapshots, tempfiles
from desktop_app.storage import journal as jr
from desktop_app.storage.case_io import (
    has_hot_journal,
    identify,
    journal_path,
    map_sqlite_error,
    quick_check,
    read_only_copy_noted,
    reader_connection,
)
from desktop_app.storage.lock import CaseLock, default_user
from desktop_app.storage.snapshots import Snapshot

PAGE_SIZE = 16384  # of new case files; existing files keep theirs


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


class Tx:
    """Journaled writes inside one ``CaseFile.edit`` transaction."""

    def __init__(self, case: CaseFile, grp: int, kind: str, label: str, ref_grp: int | None) -> None:
        self._case = case
        self.grp = grp
        self.kind = kind
        self.label = label
        self.ref_grp = ref_grp
        self.fields: set[tuple[str, str]] = set()
        self.entries: list[jr.Entry] = []

    # -- primitives --------------------------------------------------------------------------------------
    def update(self, table: str, key: object, values: dict[str, object]) -> dict[str, object]:
        """Set columns of one row; journal each column whose value really changes. Returns {col: old}.

        Every entry carries the digest of the row as this update leaves it, so ``integrity.audit`` can tell a
        row changed through the journal from one changed behind its back."""
        keycol = _keycol(table)
        conn = self._case.conn
        cols = list(values)
        for c in cols:
            _check_ident(c)
        row = conn.execute(f"SELECT {', '.join(cols)} FROM {table} WHERE {keycol} = ?", (key,)).fetchone()
        if row is None:
            raise KeyError(f"{table}[{key}]")
        olds: dict[str, object] = {}
        for c in cols:
            old, new = row[c], values[c]
            if old == new and type(old) is type(new):
                continue
            conn.execute(f"UPDATE {table} SET {c} = ? WHERE {keycol} = ?", (new, key))
            olds[c] = old
        if olds:
            after = conn.execute(f"SELECT * FROM {table} WHERE {keycol} = ?", (key,)).fetchone()
            digest = jr.row_digest(table, dict(after))
            for c, old in olds.items():
                self._journal(table, str(key), c, jr.encode(old), jr.encode(values[c]), digest)
                self.fields.add((table, c))
        return olds

    def insert(self, table: str, values: dict[str, object]) -> int:
        keycol = _keycol(table)
        for c in values:
            _check_ident(c)
        cols = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        cur = self._case.conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", tuple(values.values()))
        key = values.get(keycol, cur.lastrowid)
        assert key is not None
        row = dict(self._case.conn.execute(f"SELECT * FROM {table} WHERE {keycol} = ?", (key,)).fetchone())
        self._journal(table, str(key), None, None, jr.encode(row), jr.row_digest(table, row))
        self.fields.add((table, ROW))
        return int(key) if isinstance(key, int) else key  # type: ignore[return-value]

    def delete(self, table: str, key: object) -> None:
        keycol = _keycol(table)
        row = self._case.conn.execute(f"SELECT * FROM {table} WHERE {keycol} = ?", (key,)).fetchone()
        if row is None:
            raise KeyError(f"{table}[{key}]")
        self._case.conn.execute(f"DELETE FROM {table} WHERE {keycol} = ?", (key,))
        self._journal(table, str(key), None, jr.encode(dict(row)), None)
        self.fields.add((table, ROW))

    def upsert(self, table: str, where: dict[str, object], values: dict[str, object]) -> object:
        """Update the row matching ``where`` (all columns equal), or insert ``where`` + ``values``. Journaled."""
        keycol = _keycol(table)
        for c in where:
            _check_ident(c)
        clause = " AND ".join(f"{c} = ?" for c in where)
        row = self._case.conn.execute(f"SELECT {keycol} FROM {table} WHERE {clause}", tuple(where.values())).fetchone()
        if row is None:
            return self.insert(table, {**where, **values})
        self.update(table, row[0], values)
        return row[0]

    def put_blob(self, data: bytes) -> str:
        """Store bytes by their SHA-256 (immutable, not journaled: rows that reference them are)."""
        digest = hashlib.sha256(data).hexdigest()
        self._case.conn.execute("INSERT OR IGNORE INTO blob (sha256, size, data) VALUES (?, ?, ?)",
                                (digest, len(data), data))
        return digest

    def position(self) -> tuple[int, str]:
        """(seq, hash) of the newest entry, counting this transaction's: where the chain stands now."""
        if self.entries:
            return self.entries[-1].seq, self.entries[-1].hash
        return self._case.last_seq, self._case.head

    def note(self, text: str) -> None:
        """A journal entry without a data change (workflow transitions, restores)."""
        self._journal(None, None, None, None, jr.encode(text))

    def seal_unsealed(self) -> int:
        """Vouch for every row no journal entry has a digest for: the rows a new case starts with and those of a
        case written before schema 9, as found now. Rows whose digest disagrees are never sealed (that is
        evidence). Only for ``create``, ``migrate`` and ``restore`` groups. Returns the number sealed."""
        assert self.kind in jr.SEAL_KINDS
        conn = self._case.conn
        latest = {(t, k): d for t, k, d, _seq in conn.execute(
            "SELECT tbl, row_key, digest, max(seq) FROM journal WHERE tbl IS NOT NULL GROUP BY tbl, row_key")}
        done = {(e.tbl, e.row_key) for e in self.entries if e.digest is not None}
        sealed = 0
        for table, keycol in schema.JOURNALED_TABLES.items():
            for r in conn.execute(f"SELECT * FROM {table} ORDER BY {keycol}"):
                row = dict(r)
                key = str(row[keycol])
                if latest.get((table, key)) is None and (table, key) not in done:
                    self._journal(table, key, None, None, jr.encode_row(row), jr.row_digest(table, row))
                    sealed += 1
        return sealed

    # -- internals ---------------------------------------------------------------------------------------
    def _journal(self, tbl: str | None, key: str | None, col: str | None, old: str | None, new: str | None,
                 digest: str | None = None) -> None:
        case = self._case
        prev = self.entries[-1].hash if self.entries else case._head
        seq = (self.entries[-1].seq if self.entries else case._last_seq) + 1
        e = jr.Entry(seq, self.grp, now_utc(), case.user, self.kind, self.label, tbl, key, col, old, new,
                     self.ref_grp, "", digest)
        e = jr.Entry(**{**e.__dict__, "hash": jr.entry_hash(prev, e)})
        case.conn.execute(
            f"INSERT INTO journal ({jr.COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (e.seq, e.grp, e.ts_utc, e.user, e.kind, e.label, e.tbl, e.row_key, e.col, e.old, e.new, e.ref_grp,
             e.hash, e.digest),
        )
        self.entries.append(e)


def _keycol(table: str) -> str:
    try:
        return schema.JOURNALED_TABLES[table]
    except KeyError:
        raise ValueError(f"table {table!r} is not journaled") from None


def _check_ident(name: str) -> None:
    if not name.replace("_", "").isalnum() or not name.isascii():
        raise ValueError(f"bad column name {name!r}")


class CaseFile:
    """An open case. Use ``CaseFile.open`` / ``CaseFile.create``; close it (or use it as a context manager)."""

    def __init__(self, path: Path, conn: sqlite3.Connection, user: str, lock: CaseLock | None,
                 notice: errors.JnzdError | None) -> None:
        self.path = path
        self.conn = conn
        self.user = user
        self._lock = lock
        # Why the case is read-only (CaseLocked, CaseFileTooNew, or CaseReadOnly when asked for), else None.
        self.read_only_notice = notice
        self.snapshot_error: errors.SnapshotError | None = None  # the last automatic snapshot that failed
        self._head = jr.GENESIS
        self._last_seq = 0
        self._last_grp = 0
        self.stacks = jr.Stacks.empty()
        self._snapshot_head = ""
        self._verified: tuple[int, str] = (0, jr.GENESIS)
        self._thorough: tuple[list[integrity.Problem], integrity.Audit] | None = None
        self._audit_memo: tuple[tuple[str, bool, bool], integrity.Audit] | None = None
        # Whether this open committed anything: a writable open that only read (a refused submission, a command
        # that stopped at a bad input) leaves the file byte for byte as it found it, statistics included.
        self._committed = False
        # What opening had to do about a hot journal beside the file ("" when nothing): said by info, check, GUI.
        self.recovery_note = ""
        self._load_journal_state()

    # -- opening -----------------------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str, *, as_of_date: str, user: str | None = None,
               overwrite: bool = False) -> CaseFile:
        """Create a new empty case atomically (temp file + rename) and open it for writing."""
        path = Path(path)
        user = user or default_user()
        tempfiles.check_case_name(path)
        if path.exists() and not overwrite:
            raise errors.CaseExists(path=str(path))
        check_folder_writable(path)
        tempfiles.sweep(path.parent)
        tmp = tempfiles.temp_path(path)
        try:
            conn = sqlite3.connect(tmp, isolation_level=None)
            try:
                # 16 KB pages: measurement chunks and evidence photos are MB-sized blobs, which SQLite writes
                # ~2× faster than with 4 KB pages (0.35 → 0.15 s for 92 MB); a small edit still journals one page.
                conn.execute(f"PRAGMA page_size={PAGE_SIZE}")
                conn.execute("PRAGMA journal_mode=DELETE")
                schema.upgrade(conn, 0)
                created = now_utc()
                conn.execute("BEGIN IMMEDIATE")
                for key, value in (("format", schema.FORMAT_NAME), ("created_by_app", __version__),
                                   ("written_by_app", __version__), ("created_utc", created)):
                    conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (key, value))
                conn.execute(
                    "INSERT INTO case_info (id, case_uuid, as_of_date, workflow_state, created_utc)"
                    " VALUES (1, ?, ?, 'draft', ?)", (str(uuid.uuid4()), as_of_date, created))
                conn.execute("INSERT INTO enterprise (id) VALUES (1)")
                conn.execute("INSERT INTO engagement (id) VALUES (1)")
                conn.execute("COMMIT")
            finally:
                conn.close()
            os.replace(tmp, path)
        except sqlite3.Error as exc:
            tempfiles.discard(tmp)
            check_folder_writable(path)  # e.g. SQLITE_CANTOPEN: say why, naming the folder
            error = map_sqlite_error(exc, path)
            raise (errors.OutputDiskFull(path=str(path)) if isinstance(error, errors.StorageFull) else error) \
                from None
        except OSError as exc:
            tempfiles.discard(tmp)
            raise errors.from_os_error(exc, path) from None
        case = cls.open(path, user=user)
        with case.edit(render("journal.created"), kind="create") as tx:
            tx.note(f"as_of_date={as_of_date}")
            tx.seal_unsealed()
        return case

    @classmethod
    def open(cls, path: Path | str, *, user: str | None = None, read_only: bool = False,
             snapshot: bool = True) -> CaseFile:
        """Open a case; writable unless asked, locked elsewhere or too new (then ``read_only_notice`` says why).

        ``snapshot=False`` lets the GUI take the on-open snapshot after its first frame is drawn."""
        # One writer per case however it is reached. The lock is ``<file>.lock`` beside the file, so the file must
        # have one name: a symbolic link is resolved to the file it points to (lock, SQLite connection and
        # messages all use that real path). A hard link cannot be resolved — every name is as real as the other,
        # and a lock keyed by (st_dev, st_ino) in the user's data folder would not stop a second user or laptop
        # reaching the file through the other name. Worse, SQLite keeps its rollback journal beside the *name* it
        # opened ("-journal"), so a writer that crashed through one name leaves a hot journal that an opener
        # through the other name never sees, and the torn commit stays in the file (sqlite.org/howtocorrupt.html
        # §2.5). So a hard-linked case (st_nlink > 1) is opened read-only, with a message saying to edit a copy.
        path = Path(path).absolute()
        with suppress(OSError, RuntimeError):
            path = path.resolve()
        user = user or default_user()
        version = identify(path)
        notice: errors.JnzdError | None = None
        if version > schema.SCHEMA_VERSION:
            notice = errors.CaseFileTooNew(path=str(path), found=version, supported=schema.SCHEMA_VERSION)
        elif read_only:
            notice = errors.CaseReadOnly(path=str(path), reason=render("ro.requested"))
        else:
            notice = _write_obstacle(path)
        lock: CaseLock | None = None
        if notice is None:
            lock = CaseLock(path)
            try:
                acquired = lock.acquire(user)
            except OSError as exc:  # e.g. a read-only folder or medium: still readable, and nobody holds it
                acquired = False
                notice = errors.CaseOnReadOnlyMedium(path=str(path), detail=exc.strerror or str(exc))
            if not acquired:
                notice = notice or errors.CaseLocked(path=str(path), holder=lock.holder())
                lock = None
        if notice is not None:
            conn, recovery = read_only_copy_noted(path)
            if version < schema.SCHEMA_VERSION:  # upgrade the copy in memory: every reader sees today's tables
                try:
                    schema.upgrade(conn, version)
                except sqlite3.Error as exc:
                    conn.close()
                    raise _version_mismatch(exc, path, version) from None
            case = cls(path, conn, user, None, notice)
            case.recovery_note = recovery
            return case
        assert lock is not None
        try:
            recovery = _recover_hot_journal(path) if has_hot_journal(path) else ""
            conn = _open_writable(path)
            try:
                if version < schema.SCHEMA_VERSION:
                    _migrate(conn, path, version)
                case = cls(path, conn, user, lock, None)
                case.recovery_note = recovery
                if version < schema.SCHEMA_VERSION:
                    label = render("journal.migrated", old=version, new=schema.SCHEMA_VERSION)
                    with case.edit(label, kind="migrate") as tx:
                        tx.note(label)
                        tx.seal_unsealed()
            except BaseException:
                conn.close()
                raise
        except BaseException:
            lock.release()
            raise
        tempfiles.sweep(path.parent)  # left-overs of a killed run beside the case (stale ones only)
        if snapshot:
            case.snapshot_on_open()
        return case

    def snapshot_on_open(self) -> None:
        """The on-open snapshot. It must not stop the user from working: a full or read-only data folder leaves
        the case open (and its lock held by this open, released by ``close``) with ``snapshot_error`` saying why."""
        try:
            self.snapshot("open", only_if_changed=True)
        except errors.SnapshotError as exc:
            self.snapshot_error = exc

    @classmethod
    def open_reader(cls, path: Path | str, *, user: str | None = None) -> CaseFile:
        """Open a case to read a few figures from it (the supervisor's portfolio of hundreds of cases).

        Reads the file in place through a ``mode=ro`` connection: no in-memory copy of its MB-sized blobs, no
        lock file, no snapshot, and nothing ever written into or beside the case (not even its mtime). No
        ``quick_check`` either: a damaged page is reported when a read reaches it. A hot journal left by a
        crashed writer is rolled back in a private temporary copy, never in the case; a case of an older schema
        is upgraded in an in-memory copy. Always read-only (``read_only_notice`` says why).

        The whole read is one read transaction (a consistent view while the engineer keeps editing); close the
        case promptly, since a writer's commit waits for it."""
        path = Path(path).absolute()
        version = identify(path)
        notice: errors.JnzdError = errors.CaseReadOnly(path=str(path), reason=render("ro.requested"))
        if version > schema.SCHEMA_VERSION:
            notice = errors.CaseFileTooNew(path=str(path), found=version, supported=schema.SCHEMA_VERSION)
        conn = reader_connection(path)
        try:
            if version < schema.SCHEMA_VERSION:
                mem = sqlite3.connect(":memory:", isolation_level=None)
                conn.backup(mem)
                conn.close()
                conn = mem
                conn.row_factory = sqlite3.Row
                try:
                    schema.upgrade(conn, version)
                except sqlite3.Error as exc:
                    raise _version_mismatch(exc, path, version) from None
            return cls(path, conn, user or default_user(), None, notice)
        except sqlite3.Error as exc:
            conn.close()
            raise map_sqlite_error(exc, path) from None
        except BaseException:
            conn.close()
            raise

    # -- state -------------------------------------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        return self.read_only_notice is not None

    @property
    def case_uuid(self) -> str:
        return str(self.conn.execute("SELECT case_uuid FROM case_info WHERE id = 1").fetchone()[0])

    @property
    def workflow_state(self) -> str:
        return str(self.conn.execute("SELECT workflow_state FROM case_info WHERE id = 1").fetchone()[0])

    @property
    def head(self) -> str:
        return self._head

    @property
    def last_seq(self) -> int:
        """Sequence number of the newest journal entry (0 for an empty journal)."""
        return self._last_seq

    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def meta(self) -> dict[str, str]:
        return {r[0]: r[1] for r in self.conn.execute("SELECT key, value FROM meta")}

    def row(self, table: str, key: object) -> dict[str, Any] | None:
        r = self.conn.execute(f"SELECT * FROM {table} WHERE {_keycol(table)} = ?", (key,)).fetchone()
        return dict(r) if r is not None else None

    def rows(self, table: str) -> list[dict[str, Any]]:
        order = "sort_order, id" if table == "contact" else _keycol(table)
        return [dict(r) for r in self.conn.execute(f"SELECT * FROM {table} ORDER BY {order}")]

    def journal_entries(self, since_seq: int = 0) -> list[jr.Entry]:
        cur = self.conn.execute(
            f"SELECT {jr.COLUMNS} FROM journal WHERE seq > ? ORDER BY seq", (since_seq,))
        return [jr.Entry(*r) for r in cur]

    def blob(self, sha256: str) -> bytes | None:
        r = self.conn.execute("SELECT data FROM blob WHERE sha256 = ?", (sha256,)).fetchone()
        return bytes(r[0]) if r is not None else None

    def blobs(self, digests: list[str]) -> list[bytes]:
        """Several blobs in the given order, in one query (loading a measurement channel's chunks)."""
        if not digests:
            return []
        marks = ", ".join("?" for _ in digests)
        found = {r[0]: bytes(r[1]) for r in self.conn.execute(
            f"SELECT sha256, data FROM blob WHERE sha256 IN ({marks})", digests)}
        missing = [d for d in digests if d not in found]
        if missing:
            raise errors.CaseCorrupt(path=str(self.path), detail=f"缺少数据块 {missing[0][:12]}…")
        return [found[d] for d in digests]

    def count(self, table: str) -> int:
        if table not in schema.JOURNALED_TABLES and table != "blob":
            raise ValueError(f"unknown table {table!r}")
        return int(self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def columns(self, table: str, *columns: str) -> list[tuple[Any, ...]]:
        """Some columns of every row (cheap listings that skip large columns)."""
        keycol = _keycol(table)
        for c in columns:
            _check_ident(c)
        return [tuple(r) for r in self.conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {keycol}")]

    def rows_where(self, table: str, column: str, value: object) -> list[dict[str, Any]]:
        _check_ident(column)
        keycol = _keycol(table)
        cur = self.conn.execute(f"SELECT * FROM {table} WHERE {column} = ? ORDER BY {keycol}", (value,))
        return [dict(r) for r in cur]

    def journal_stats(self) -> tuple[int, str]:
        """(number of journal entries, UTC time of the newest)."""
        r = self.conn.execute("SELECT count(*), max(ts_utc) FROM journal").fetchone()
        return int(r[0]), str(r[1] or "")

    def verify_journal(self) -> int | None:
        """Seq of the first tampered journal entry, or None when the hash chain holds.

        Verified entries are remembered, so repeated checks only hash what was appended since."""
        seq, head = self._verified
        entries = self.journal_entries(since_seq=seq)
        broken = jr.first_broken(entries, start=head)
        if broken is None and entries:
            self._verified = (entries[-1].seq, entries[-1].hash)
        return broken

    def audit(self, *, thorough: bool = True, blobs: bool = True) -> integrity.Audit:
        """What the journal proves about this file (``integrity.audit``). ``thorough`` adds SQLite's page check
        and the blobs' hashes; it runs once per open (blobs are immutable and this writer's own commits cannot
        corrupt pages), and later calls recompute only rows, chain, schema and workflow, merging its findings.
        ``thorough=False`` skips the page check, and the blobs too unless ``blobs``. A result is kept until the
        journal head moves (the check, the summary and the overview each ask for it on one refresh)."""
        key = (self._head, thorough, blobs)
        if self._audit_memo is not None and self._audit_memo[0] == key:
            return self._audit_memo[1]
        if not thorough:
            found = integrity.audit(self.conn, blobs=blobs, storage=False)
        elif self._thorough is None:
            found = integrity.audit(self.conn)
            self._thorough = [p for p in found.problems if p.code in (integrity.BLOB, integrity.STORAGE)], found
        else:
            kept, first = self._thorough
            found = integrity.audit(self.conn, blobs=False, storage=False)
            found.problems[:0] = kept
            found.blobs, found.integrity = first.blobs, first.integrity
        self._audit_memo = key, found
        return found

    def integrity_check(self) -> str:
        return str(self.conn.execute("PRAGMA integrity_check").fetchone()[0])

    # -- writing -----------------------------------------------------------------------------------------
    @contextmanager
    def edit(self, label: str, *, kind: str = "edit", ref_grp: int | None = None) -> Iterator[Tx]:
        """One operation = one transaction = one journal group. Committed (durably) when the block exits."""
        self._check_writable(kind)
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise map_sqlite_error(exc, self.path) from None
        tx = Tx(self, self._last_grp + 1, kind, label, ref_grp)
        try:
            yield tx
            if tx.entries:
                conn.execute("UPDATE meta SET value = ? WHERE key = 'written_by_app'", (__version__,))
                # The head and length of the chain as this writer left it: a journal cut short or extended by
                # hand no longer ends there (``integrity.audit``).
                conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                                 ((schema.META_HEAD, tx.entries[-1].hash),
                                  (schema.META_SEQ, str(tx.entries[-1].seq))))
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            raise map_sqlite_error(exc, self.path) from None
        except BaseException:
            self._rollback()
            raise
        if tx.entries:
            self._committed = True
            self._head = tx.entries[-1].hash
            self._last_seq = tx.entries[-1].seq
            self._last_grp = tx.grp
            self.stacks.record(tx.grp, kind, label, ref_grp)

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            with suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")

    def _check_writable(self, kind: str) -> None:
        if self.read_only_notice is not None:
            raise errors.CaseReadOnly(path=str(self.path), reason=read_only_reason(self.read_only_notice))
        if kind in ("edit", "undo", "redo") and not is_editable(self.workflow_state):
            raise errors.CaseReadOnly(path=str(self.path), reason=render("ro.workflow"))

    # -- undo / redo -------------------------------------------------------------------------------------
    def undo_label(self) -> str | None:
        return self.stacks.undo[-1][1] if self.stacks.undo else None

    def redo_label(self) -> str | None:
        return self.stacks.redo[-1][1] if self.stacks.redo else None

    def undo(self) -> OpChanges:
        self._check_writable("undo")  # a read-only or submitted case says so, not "nothing to undo"
        if not self.stacks.undo:
            raise errors.NothingToUndo(what=render("journal.undo_word"))
        grp, label = self.stacks.undo[-1]
        entries = self._group_entries(grp)
        with self.edit(jr.UNDO_PREFIX + label, kind="undo", ref_grp=self._origin(grp)) as tx:
            for e in reversed(entries):
                self._apply(tx, e, inverse=True)
        return OpChanges(tx.label, "undo", frozenset(tx.fields))

    def redo(self) -> OpChanges:
        self._check_writable("redo")  # a read-only or submitted case says so, not "nothing to redo"
        if not self.stacks.redo:
            raise errors.NothingToUndo(what=render("journal.redo_word"))
        grp, label = self.stacks.redo[-1]
        entries = self._group_entries(grp)
        with self.edit(jr.REDO_PREFIX + label, kind="redo", ref_grp=grp) as tx:
            for e in entries:
                self._apply(tx, e, inverse=False)
        return OpChanges(tx.label, "redo", frozenset(tx.fields))

    def _origin(self, grp: int) -> int:
        """A redo group replays an original edit group; undoing it must record that original group."""
        r = self.conn.execute("SELECT kind, ref_grp FROM journal WHERE grp = ? LIMIT 1", (grp,)).fetchone()
        return int(r[1]) if r is not None and r[0] == "redo" and r[1] is not None else grp

    def _group_entries(self, grp: int) -> list[jr.Entry]:
        cur = self.conn.execute(
            f"SELECT {jr.COLUMNS} FROM journal WHERE grp = ? ORDER BY seq", (grp,))
        return [jr.Entry(*r) for r in cur]

    @staticmethod
    def _apply(tx: Tx, e: jr.Entry, *, inverse: bool) -> None:
        if e.tbl is None or e.is_seal:
            return
        before, after = (e.new, e.old) if inverse else (e.old, e.new)
        key: object = int(e.row_key) if e.row_key is not None and e.row_key.lstrip("-").isdigit() else e.row_key
        if e.col is not None:
            tx.update(e.tbl, key, {e.col: jr.decode(after)})
        elif after is None:  # the row must go
            tx.delete(e.tbl, key)
        else:
            row = jr.decode(after)
            assert isinstance(row, dict)
            tx.insert(e.tbl, row)
        del before

    def _load_journal_state(self) -> None:
        r = self.conn.execute("SELECT seq, grp, hash FROM journal ORDER BY seq DESC LIMIT 1").fetchone()
        if r is not None:
            self._last_seq, self._last_grp, self._head = int(r[0]), int(r[1]), str(r[2])
        stacks = jr.Stacks.empty()
        cur = self.conn.execute("SELECT grp, kind, label, ref_grp FROM journal GROUP BY grp ORDER BY grp")
        for grp, kind, label, ref in cur:
            stacks.record(grp, kind, label, ref)
        self.stacks = stacks

    # -- snapshots ---------------------------------------------------------------------------------------
    def snapshot(self, reason: str, *, only_if_changed: bool = False) -> Snapshot | None:
        """Back the case up with SQLite's backup API. With ``only_if_changed``, skip when nothing changed
        since the newest snapshot (compared by journal head)."""
        uid = self.case_uuid
        if only_if_changed:
            if self._snapshot_head == self._head:
                return None
            newest = snapshots.list_snapshots(uid)
            if newest and newest[0].head == self._head[:12]:
                self._snapshot_head = self._head
                return None
        try:
            snap = snapshots.take(self.conn, uid, reason, self._head)
        except sqlite3.Error as exc:
            raise errors.SnapshotError(path=str(self.path), detail=getattr(exc, "sqlite_errorname", str(exc))) \
                from None
        except OSError as exc:  # name the data folder that is full or read-only
            detail = f"{exc.strerror or exc}：{snapshots.snapshot_dir(uid)}"
            raise errors.SnapshotError(path=str(self.path), detail=detail) from None
        self._snapshot_head = self._head
        snapshots.prune(uid)
        return snap

    def snapshots(self) -> list[Snapshot]:
        return snapshots.list_snapshots(self.case_uuid)

    def restore(self, snap: Snapshot) -> OpChanges:
        """Replace the case's content with a snapshot (after snapshotting the current state)."""
        self._check_writable("restore")
        src_version = identify(snap.path)
        if src_version > schema.SCHEMA_VERSION:
            raise errors.CaseFileTooNew(path=str(snap.path), found=src_version, supported=schema.SCHEMA_VERSION)
        uid = self.case_uuid
        discarded_head = self._head
        self.snapshot("before-restore")
        try:
            src = sqlite3.connect(f"file:{snap.path}?mode=ro", uri=True)
            try:
                src_uuid = src.execute("SELECT case_uuid FROM case_info WHERE id = 1").fetchone()[0]
                if src_uuid != uid:
                    raise errors.SnapshotError(path=str(snap.path), detail=render("snapshot.other_case"))
                src.backup(self.conn)
            finally:
                src.close()
            if src_version < schema.SCHEMA_VERSION:
                schema.upgrade(self.conn, src_version)
        except sqlite3.Error as exc:
            raise map_sqlite_error(exc, self.path) from None
        self._load_journal_state()
        self._verified = (0, jr.GENESIS)
        self._thorough = None
        self._audit_memo = None
        label = render("journal.restored", when=snap.taken_utc.strftime("%Y-%m-%d %H:%M:%S"))
        with self.edit(label, kind="restore") as tx:
            tx.note(f"snapshot={snap.path.name}; discarded_head={discarded_head}")
            tx.seal_unsealed()
        return OpChanges(label, "restore", frozenset())

    # -- closing -----------------------------------------------------------------------------------------
    def close(self, *, snapshot: bool = True) -> None:
        """Close (taking a "close" snapshot of a changed writable case unless ``snapshot=False``)."""
        if self.conn is None:
            return
        try:
            if not self.read_only:
                if snapshot:
                    try:
                        self.snapshot("close", only_if_changed=True)
                    except errors.SnapshotError as exc:
                        self.snapshot_error = exc  # a failed snapshot must never stop the user from closing
                # Only statistics for the query planner: on a full disk (or a busy file) it fails, and that must
                # not turn a close after committed edits into an error (every edit is already durable). Only after
                # this open committed something: it rewrites sqlite_stat1, and an open that changed nothing must
                # leave every byte of the file as it was.
                if self._committed:
                    with suppress(sqlite3.Error):
                        self.conn.execute("PRAGMA optimize")
        finally:
            self.conn.close()
            self.conn = None  # type: ignore[assignment]
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    def __enter__(self) -> CaseFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _recover_hot_journal(path: Path) -> str:
    """A hot journal beside a case this writer holds: save both files to the data folder's ``recovery/``, let
    SQLite roll the journal back, and check the result's integrity. When that fails the journal belonged to
    another copy of the file (a crash, then an older copy put back): the file is put back as it was and the
    journal stays only in the recovery folder. Returns the note for the user. Raises CaseCorrupt when the file
    alone is damaged too."""
    import shutil

    journal = journal_path(path)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    folder = snapshots.data_dir() / "recovery" / f"{path.stem}-{stamp}-{uuid.uuid4().hex[:6]}"
    try:
        folder.mkdir(parents=True)
        shutil.copyfile(path, folder / path.name)
        shutil.copyfile(journal, folder / journal.name)
    except OSError as exc:
        raise errors.StorageIOError(path=str(folder), detail=exc.strerror or str(exc)) from None
    if _integrity_ok(path):  # the first read rolls the journal back
        return render("case.hot_journal_recovered", folder=folder)
    try:
        tmp = tempfiles.temp_path(path)
        shutil.copyfile(folder / path.name, tmp)
        os.replace(tmp, path)
        journal.unlink(missing_ok=True)
    except OSError as exc:
        raise errors.StorageIOError(path=str(path), detail=exc.strerror or str(exc)) from None
    if not _integrity_ok(path):
        raise errors.CaseCorrupt(path=str(path), detail=render("case.detail.foreign_journal_damaged",
                                                               journal=journal.name))
    return render("case.foreign_journal_set_aside", journal=journal.name, folder=folder)


def _integrity_ok(path: Path) -> bool:
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=case_io.BUSY_TIMEOUT_S)
        try:
            return bool(conn.execute("PRAGMA integrity_check(1)").fetchone()[0] == "ok")
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


def read_only_reason(notice: errors.JnzdError) -> str:
    """Why edits are refused, for ``CaseReadOnly``'s message: a lock names who holds the case."""
    if isinstance(notice, errors.CaseLocked):
        return render("ro.locked", holder=notice.params.get("holder", "?"))
    keys: dict[type[errors.JnzdError], str] = {errors.CaseFileTooNew: "ro.too_new",
                                               errors.CaseOnReadOnlyMedium: "ro.read_only_medium",
                                               errors.CaseHardLinked: "ro.hard_linked"}
    return render(keys.get(type(notice), "ro.requested"))


def check_folder_writable(path: Path) -> None:
    """FolderNotFound / FolderNotWritable (naming the folder) when a new file ``path`` cannot be created there."""
    folder = path.parent
    if not folder.is_dir():
        raise errors.FolderNotFound(path=str(path), folder=str(folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise errors.FolderNotWritable(path=str(path), folder=str(folder), detail=os.strerror(13))


def _write_obstacle(path: Path) -> errors.JnzdError | None:
    """Why a case cannot be opened for writing although nobody holds it: several hard links (see ``open``), or a
    file or folder that cannot be written (write-protected medium, file attributes, permissions)."""
    try:
        st = path.stat()
    except OSError:
        return None  # identify() just read it; let the open report what changed
    if st.st_nlink > 1:
        return errors.CaseHardLinked(path=str(path), links=st.st_nlink)
    if not os.access(path, os.W_OK):
        return errors.CaseOnReadOnlyMedium(path=str(path), detail=render("ro.file_read_only"))
    if not os.access(path.parent, os.W_OK | os.X_OK):  # no room for the lock and SQLite's journal
        return errors.CaseOnReadOnlyMedium(path=str(path), detail=os.strerror(13))
    return None


def _version_mismatch(exc: sqlite3.Error, path: Path, version: int) -> errors.JnzdError:
    """The in-memory upgrade of a reader's copy failed: the header's schema version does not describe the tables
    (a writable open reports the same as MigrationFailed, after its snapshot)."""
    if getattr(exc, "sqlite_errorcode", 0) & 0xFF != 1:  # not SQLITE_ERROR (a schema error): full, I/O …
        return map_sqlite_error(exc, path)
    return errors.CaseVersionMismatch(path=str(path), found=version, supported=schema.SCHEMA_VERSION,
                                      detail=getattr(exc, "sqlite_errorname", type(exc).__name__))


def _open_writable(path: Path) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=case_io.BUSY_TIMEOUT_S)
    except sqlite3.Error as exc:
        raise map_sqlite_error(exc, path) from None
    try:
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode=DELETE")  # see the module docstring
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        quick_check(conn, path)  # the first read also rolls back a hot journal left by a crashed writer
        if path.with_name(path.name + "-journal").exists():
            # A writer killed before its commit point leaves a journal that is not hot: SQLite ignores it but
            # never removes it, so the closed case would not be one file. Leaving PERSIST for DELETE makes
            # SQLite delete it, under its own lock.
            conn.execute("PRAGMA journal_mode=PERSIST")
            conn.execute("PRAGMA journal_mode=DELETE")
    except sqlite3.Error as exc:
        conn.close()
        raise map_sqlite_error(exc, path) from None
    except BaseException:
        conn.close()
        raise
    return conn


def _migrate(conn: sqlite3.Connection, path: Path, version: int) -> None:
    uid_row = None
    with suppress(sqlite3.OperationalError):
        uid_row = conn.execute("SELECT case_uuid FROM case_info WHERE id = 1").fetchone()
    uid = str(uid_row[0]) if uid_row else "unknown-" + path.stem
    try:
        snap = snapshots.take(conn, uid, "before-migrate", jr.GENESIS)
    except (sqlite3.Error, OSError) as exc:
        raise errors.MigrationFailed(path=str(path), detail=str(exc), snapshot="-") from None
    try:
        schema.upgrade(conn, version)
    except Exception as exc:  # a step's Python error too: upgrade() rolled it back, the file is unchanged
        detail = getattr(exc, "sqlite_errorname", None) or f"{type(exc).__name__}: {exc}"
        raise errors.MigrationFailed(path=str(path), detail=detail, snapshot=str(snap.path)) from None
