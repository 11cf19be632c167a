"""A case's data as plain rows (for the upload bundle's ``case.json``) and a new case file rebuilt from them.

What ``dump_tables`` returns: EVERY table of the case file except ``meta`` (returned by ``CaseFile.meta``, a
separate part of ``case.json``) — the journaled data tables, the change journal itself, and the ``blob`` table
without its bytes (``sha256`` and ``size`` only: the bytes travel as bundle members ``blobs/<sha256>``). Rows are
in key order, every column, values exactly as SQLite returns them (TEXT decimals stay text).

The journal is carried verbatim, so the rebuilt case has the same history, the same undo/redo stacks, and a
hash chain that still verifies. All blobs are carried, not only the ones current rows reference: the journal
can bring a removed photo back (undo), and then its bytes must be there.

``restore_case`` writes the rows back into a new file built under a temporary name and renamed only when
complete (like ``CaseFile.create``); it adds nothing to the journal unless given a ``note``, except the usual
"upgraded" entry when the rows came from an older schema version (that upgrade runs through ``CaseFile.open``,
exactly as opening an old case file does).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from desktop_app.domain import errors
from desktop_app.storage import schema, tempfiles
from desktop_app.storage.case_io import map_sqlite_error
from desktop_app.storage.casefile import PAGE_SIZE, CaseFile, check_folder_writable

BLOB_TABLE = "blob"
# Keys of the tables that are not journaled (the journaled ones are in schema.JOURNALED_TABLES).
_OTHER_KEYS = {"journal": "seq", "meta": "key", BLOB_TABLE: "sha256"}
# Columns whose values are blob SHA-256s: lists (JSON text) and single digests. A column named ``sha256`` in
# another table may hash something kept elsewhere (the template text, a whole logger file), so only those
# found in ``blob`` count as references there.
_LIST_COLUMNS = frozenset({"chunks", "time_chunks"})
_DIGEST_COLUMNS = frozenset({"thumb_sha256"})
_MAYBE_DIGEST_COLUMNS = frozenset({"sha256"})
_DEFINITE = {("evidence", "sha256")}


# --- dumping ---------------------------------------------------------------------------------------------


def _table_names(conn: sqlite3.Connection) -> list[str]:
    cur = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                       " ORDER BY name")
    return [str(r[0]) for r in cur]


def _columns(conn: sqlite3.Connection, table: str) -> list[tuple[str, str, int]]:
    """(name, declared type, primary-key position) of each column."""
    return [(str(r[1]), str(r[2]).upper(), int(r[5])) for r in conn.execute(f"PRAGMA table_info({table})")]


def _key(conn: sqlite3.Connection, table: str) -> str:
    known = schema.JOURNALED_TABLES.get(table) or _OTHER_KEYS.get(table)
    if known:
        return known
    pk = [name for name, _type, pos in _columns(conn, table) if pos == 1]
    return pk[0] if pk else "rowid"


def table_keys(case: CaseFile) -> dict[str, str]:
    """The key column of every table ``dump_tables`` returns (rows are sorted by it)."""
    return {t: _key(case.conn, t) for t in _table_names(case.conn) if t != "meta"}


def _dump(conn: sqlite3.Connection) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for table in _table_names(conn):
        if table == "meta":
            continue
        cols = [name for name, _type, _pk in _columns(conn, table) if not (table == BLOB_TABLE and name == "data")]
        cur = conn.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY {_key(conn, table)}")
        rows = [dict(zip(cols, r, strict=True)) for r in cur]
        for row in rows:
            for col, value in row.items():
                if isinstance(value, bytes):
                    raise ValueError(f"{table}.{col} holds bytes: a new BLOB column needs its own bundle support")
        out[table] = rows
    return out


def dump_tables(case: CaseFile) -> dict[str, list[dict[str, Any]]]:
    """Every table but ``meta``: data tables, ``journal``, and ``blob`` as {sha256, size} rows (see module doc)."""
    return _dump(case.conn)


def _references(conn: sqlite3.Connection, path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """({digest: where} that must be in ``blob``, {digest: where} that count when they are)."""
    definite: dict[str, str] = {}
    maybe: dict[str, str] = {}
    for table in _table_names(conn):
        if table in _OTHER_KEYS:
            continue
        for col, _type, _pk in _columns(conn, table):
            if col not in _LIST_COLUMNS | _DIGEST_COLUMNS | _MAYBE_DIGEST_COLUMNS:
                continue
            for (value,) in conn.execute(f"SELECT {col} FROM {table} WHERE {col} IS NOT NULL"):
                where = f"{table}.{col}"
                if col in _LIST_COLUMNS:
                    try:
                        digests = json.loads(value)
                    except (TypeError, ValueError):
                        digests = None
                    if not isinstance(digests, list) or not all(isinstance(d, str) for d in digests):
                        raise errors.CaseCorrupt(path=str(path), detail=f"{where}: {str(value)[:40]}")
                    for d in digests:
                        definite.setdefault(d, where)
                elif col in _DIGEST_COLUMNS or (table, col) in _DEFINITE:
                    definite.setdefault(str(value), where)
                else:
                    maybe.setdefault(str(value), where)
    return definite, maybe


def _stored(conn: sqlite3.Connection) -> set[str]:
    return {str(r[0]) for r in conn.execute(f"SELECT sha256 FROM {BLOB_TABLE}")}


def referenced_blobs(case: CaseFile) -> list[str]:
    """SHA-256s of the blobs the current rows reference (evidence photos and thumbnails, logger-file pieces,
    measurement time and value chunks), sorted. ``dump_tables`` lists every stored blob, these and more."""
    definite, maybe = _references(case.conn, case.path)
    stored = _stored(case.conn)
    return sorted((set(definite) | set(maybe)) & stored)


def missing_blobs(case: CaseFile) -> dict[str, str]:
    """{digest: where it is referenced} for references whose blob is not stored (a damaged case)."""
    definite, _maybe = _references(case.conn, case.path)
    stored = _stored(case.conn)
    return {d: w for d, w in sorted(definite.items()) if d not in stored}


# --- restoring -------------------------------------------------------------------------------------------


def _bad(target: Path, problem: str, **params: object) -> errors.BundleError:
    return errors.BundleError.of(target, problem, "case.json", **params)


def _create_schema(conn: sqlite3.Connection, version: int) -> None:
    """The empty schema of ``version`` (what ``schema.upgrade`` builds, stopped early), without the rows the
    migrations insert: the bundle carries those rows itself."""
    conn.execute("BEGIN EXCLUSIVE")
    try:
        for step in schema.MIGRATIONS[:version]:
            step(conn)
        for table in _table_names(conn):
            if table != "journal":  # append-only (and still empty)
                conn.execute(f"DELETE FROM {table}")
        conn.execute(f"PRAGMA user_version = {version}")
        conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
        conn.execute("COMMIT")
    except BaseException:
        schema.rollback(conn)
        raise


# (sha256, size) → the bytes to store in ``blob.data``; raises BundleError when the blob is not there or not that.
BlobData = Callable[[str, int], bytes]


def _insert(conn: sqlite3.Connection, target: Path, version: int, table: str, rows: Sequence[Mapping[str, Any]],
            blob_data: BlobData) -> None:
    columns = {name for name, _type, _pk in _columns(conn, table)}
    if not columns or table == "meta":
        raise _bad(target, "table", table=table, version=version)
    sql: dict[tuple[str, ...], str] = {}
    for n, row in enumerate(rows, start=1):
        values = dict(row)
        for col, value in values.items():
            if col not in columns or (table == BLOB_TABLE and col == "data"):
                raise _bad(target, "column", table=table, column=col, version=version)
            if (value is not None and not isinstance(value, str | int | float)) or isinstance(value, bool):
                raise _bad(target, "row", table=table, row=n, why=f"{col}: {type(value).__name__}")
        if table == BLOB_TABLE:
            sha, size = values.get("sha256"), values.get("size")
            if not isinstance(sha, str) or not isinstance(size, int):
                raise _bad(target, "row", table=table, row=n, why="sha256, size")
            values["data"] = blob_data(sha, size)
        cols = tuple(values)
        statement = sql.get(cols)
        if statement is None:
            statement = sql[cols] = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        try:
            conn.execute(statement, tuple(values.values()))
        except (sqlite3.IntegrityError, sqlite3.DataError, OverflowError) as exc:  # a constraint; a huge integer
            raise _bad(target, "row", table=table, row=n, why=str(exc)[:200]) from None


def _fill(conn: sqlite3.Connection, target: Path, version: int, tables: Mapping[str, Sequence[Mapping[str, Any]]],
          meta: Mapping[str, str], blob_data: BlobData) -> None:
    existing = set(_table_names(conn))
    for table in sorted(tables):
        if table not in existing or table == "meta":
            raise _bad(target, "table", table=table, version=version)
    conn.execute("BEGIN IMMEDIATE")
    try:
        for key, value in sorted(meta.items()):
            if not isinstance(key, str) or not isinstance(value, str):
                raise _bad(target, "row", table="meta", row=key, why=type(value).__name__)
            conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (key, value))
        for table in sorted(tables):
            _insert(conn, target, version, table, tables[table], blob_data)
        if meta.get("format") != schema.FORMAT_NAME:
            raise _bad(target, "no_case", what="meta.format")
        if conn.execute("SELECT count(*) FROM case_info WHERE id = 1").fetchone()[0] != 1:
            raise _bad(target, "no_case", what="case_info")
        definite, _maybe = _references(conn, target)
        stored = _stored(conn)
        for digest, where in sorted(definite.items()):
            if digest not in stored:
                raise _bad(target, "blob_missing", sha=digest[:12], where=where)
        conn.execute("COMMIT")
    except BaseException:
        schema.rollback(conn)
        raise


def _check_version(where: Path, schema_version: int) -> None:
    if schema_version > schema.SCHEMA_VERSION:
        raise _bad(where, "schema_newer", found=schema_version, supported=schema.SCHEMA_VERSION)
    if schema_version < 1:
        raise _bad(where, "schema", where="schema_version", why=str(schema_version))


def _build(conn: sqlite3.Connection, where: Path, tables: Mapping[str, Sequence[Mapping[str, Any]]],
           meta: Mapping[str, str], blob_data: BlobData, schema_version: int) -> None:
    """The rows written into the empty ``conn`` at ``schema_version``: what both ``check_restore`` (in memory)
    and ``restore_case`` (into the new file) do, so the one refuses exactly what the other would."""
    _create_schema(conn, schema_version)
    _fill(conn, where, schema_version, tables, meta, blob_data)


def _checked_blobs(target: Path, blobs: Callable[[str], bytes]) -> BlobData:
    def data(sha: str, size: int) -> bytes:
        found = blobs(sha)
        if len(found) != size or hashlib.sha256(found).hexdigest() != sha:
            raise _bad(target, "blob", sha=sha[:12])
        return found

    return data


def check_restore(where: Path, tables: Mapping[str, Sequence[Mapping[str, Any]]], meta: Mapping[str, str],
                  blob_check: Callable[[str, int], None], *, user: str, schema_version: int = schema.SCHEMA_VERSION,
                  note: str | None = None, inspect: Callable[[CaseFile], None] | None = None) -> None:
    """Everything ``restore_case`` would refuse, found without writing a file: the same rows go into the same
    schema, in an in-memory database, then through the same upgrade and journal entry. ``blob_check(sha256,
    size)`` raises when that blob is not available (its bytes are not stored here: a case's blobs can be
    hundreds of MB; ``restore_case`` checks the bytes themselves). ``where`` names the source in errors.

    ``inspect(case)`` is then called on the in-memory case (read what it needs, raise to refuse) before it is
    dropped.

    Raises BundleError naming the first problem (and where in case.json)."""
    _check_version(where, schema_version)

    def placeholder(sha: str, size: int) -> bytes:
        blob_check(sha, size)
        return b""

    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        try:
            _build(conn, where, tables, meta, placeholder, schema_version)
        except sqlite3.Error as exc:
            raise _bad(where, "row", table="—", row="—", why=str(exc)[:200]) from None
        try:  # what CaseFile.open does to the new file: upgrade an older schema, then journal the note
            schema.upgrade(conn, schema_version)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA foreign_keys=ON")
            case = CaseFile(where, conn, user, None, None)
            if note:
                with case.edit(note, kind="restore") as tx:
                    tx.note(note)
        except errors.JnzdError:
            raise
        except Exception as exc:  # a migration step that cannot take these rows
            raise _bad(where, "upgrade", version=schema_version, why=f"{type(exc).__name__}: {exc}"[:200]) from None
        if inspect is not None:
            inspect(case)
    finally:
        conn.close()


def restore_case(target: Path, tables: Mapping[str, Sequence[Mapping[str, Any]]], meta: Mapping[str, str],
                 blobs: Callable[[str], bytes], *, user: str, schema_version: int = schema.SCHEMA_VERSION,
                 note: str | None = None) -> None:
    """Create a new case file at ``target`` holding exactly ``tables`` (as ``dump_tables`` returns them, keys
    preserved), ``meta`` and the blobs (``blobs(sha256)`` returns each one's bytes; they are checked against
    their digest). ``schema_version`` is the version the rows were dumped at: older rows are upgraded like an
    old case file; newer ones are refused. ``note`` (e.g. ``render("journal.from_bundle", bundle=…)``) is
    journaled by ``user``. ``check_restore`` finds every problem this refuses, without writing.

    Raises CaseExists (never overwrites), BundleError (rows that do not fit), StorageFull, StorageIOError.
    Nothing is left under ``target`` or beside it on failure.
    """
    target = Path(target).absolute()
    if os.path.lexists(target):  # a dangling symbolic link too: it is the user's, not ours to replace
        raise errors.CaseExists(path=str(target))
    _check_version(target, schema_version)
    tempfiles.check_case_name(target)
    check_folder_writable(target)  # a missing or read-only folder named as such, not as SQLite's CANTOPEN
    tempfiles.sweep(target.parent)  # a killed open-bundle's left-overs
    tmp = tempfiles.temp_path(target)
    try:
        try:
            conn = sqlite3.connect(tmp, isolation_level=None)
            try:
                conn.execute(f"PRAGMA page_size={PAGE_SIZE}")
                conn.execute("PRAGMA journal_mode=DELETE")
                conn.execute("PRAGMA synchronous=FULL")
                _build(conn, target, tables, meta, _checked_blobs(target, blobs), schema_version)
            finally:
                conn.close()
        except sqlite3.Error as exc:
            raise map_sqlite_error(exc, target) from None
        if schema_version < schema.SCHEMA_VERSION or note:
            case = CaseFile.open(tmp, user=user, snapshot=False)  # upgrades (and journals it) when older
            try:
                if note:
                    with case.edit(note, kind="restore") as tx:
                        tx.note(note)
            finally:
                case.close()
        if os.path.lexists(target):
            raise errors.CaseExists(path=str(target))
        os.replace(tmp, target)
    except OSError as exc:
        _clean(tmp)
        raise errors.from_os_error(exc, target) from None  # disk full / file-size limit, no permission, …
    except errors.StorageFull:
        _clean(tmp)
        raise errors.OutputDiskFull(path=str(target)) from None  # a new file: nothing was left, not "an edit"
    except BaseException:
        _clean(tmp)
        raise


def _clean(tmp: Path) -> None:
    for p in (tmp, tmp.with_name(tmp.name + "-journal")):
        try:
            p.unlink(missing_ok=True)
        except OSError:
            pass  # a hidden leftover; never under the final name
