"""The upload bundle (``.zip``): written deterministically and atomically, checked before anything is read.

Layout: ``manifest.json`` first (format, version, app version, the caller's fields such as case id, 统一社会信用代码,
enterprise, as-of date and ``created``; then name, size and SHA-256 of every member), then the members sorted by
name. Nothing here touches a case: the caller hands in member bytes (``data``), a file (``path``) or a loader
(``load``, so thousands of measurement blobs never sit in memory together).

Writing: same members → byte-identical file (fixed order, fixed date from ``created``, fixed permissions, one
compression level). The archive grows under a temporary name beside the target, is fsynced and only then
``os.replace``d, so a full disk or a crash never leaves half a bundle under the final name.

A member that deflates more than ``Limits.max_ratio`` : 1 (a constant measurement channel: 2 MB of zeros) is
STORED instead, so every bundle we write passes our own zip-bomb rule on reading.

Reading (``open_bundle``, ``verify_bundle``, ``read_member``): everything the central directory says is checked
before a byte is inflated — member count (from the end record, before the directory is even parsed), names
(absolute, ``..``, backslash, drive letter or colon, control characters, Windows device names), symlinks,
duplicates (case-insensitive: they collide on Windows), encryption, compression method, overlapping entries,
each member's and the total uncompressed size, and the compression ratio. Members are then read through a
bounded reader that stops as soon as a member inflates past its declared size. A ``BundleError`` names the
first problem and the member.
"""

from __future__ import annotations

import errno
import hashlib
import itertools
import json
import os
import re
import stat
import uuid
import zipfile
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from desktop_app import __version__
from desktop_app.domain.errors import BundleError, StorageFull, StorageIOError

BUNDLE_FORMAT = "jnzd-bundle"
BUNDLE_VERSION = 1
MANIFEST = "manifest.json"
# The signature of the manifest (``SIGNATURE``): the one member the manifest cannot list, since it signs the
# manifest's bytes. Small JSON; what it holds and how it is checked is the caller's (operations/export.py).
SIGNATURE = "manifest.sig"
MAX_SIGNATURE_SIZE = 16 * 1024

_MIB = 1024 * 1024
_GIB = 1024 * _MIB
_PIECE = _MIB  # bytes per read/write step: bounded memory for any member size
_LEVEL = 6  # deflate level of every member (zlib's default); fixed so the output is reproducible
_Date = tuple[int, int, int, int, int, int]
_EPOCH: _Date = (1980, 1, 1, 0, 0, 0)  # the earliest date a ZIP entry can carry
_RESERVED = frozenset({"format", "version", "app_version", "members"})
_WINDOWS_DEVICES = frozenset({"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                              *(f"LPT{i}" for i in range(1, 10))})
_SHA_CHARS = frozenset("0123456789abcdef")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class Limits:
    """What a bundle may hold. A real case: a few thousand members (2 MB measurement chunks, photos, logger
    files), a few hundred MB in all; the largest single members are CSV exports of long 1 s recordings."""

    max_members: int = 100_000
    max_member_size: int = 2 * _GIB
    max_total_size: int = 16 * _GIB
    max_ratio: int = 100  # uncompressed : compressed, per member
    max_manifest_size: int = 64 * _MIB


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class Member:
    """One member to write: exactly one of ``data``, ``path`` or ``load`` (called when needed, possibly twice)."""

    name: str
    data: bytes | None = None
    path: Path | None = None
    load: Callable[[], bytes] | None = None


@dataclass(frozen=True)
class MemberInfo:
    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    format: str
    version: int
    app_version: str
    created: str
    members: tuple[MemberInfo, ...]
    extra: Mapping[str, Any] = field(default_factory=dict)  # the writer's manifest_extra (minus ``created``)
    # name → entry: ``member`` is called once per member read, so a scan of ``members`` would make reading a
    # bundle quadratic in its member count (100,000 members: minutes instead of seconds).
    _by_name: dict[str, MemberInfo] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_name", {m.name: m for m in self.members})

    @property
    def names(self) -> list[str]:
        return [m.name for m in self.members]

    def member(self, name: str) -> MemberInfo | None:
        return self._by_name.get(name)


# --- errors ----------------------------------------------------------------------------------------------


def _err(path: Path | str, problem: str, member: str = "", **params: object) -> BundleError:
    return BundleError.of(path, problem, member, **params)


def _mb(size: int) -> str:
    return f"{size / _MIB:.1f} MB" if size < _GIB else f"{size / _GIB:.2f} GB"


def name_problem(name: str) -> tuple[str, dict[str, str]] | None:
    """Why ``name`` may not be a bundle member (detail code and its parameters, ``why`` a message code that the
    error renders in its reader's language), or None when it is safe."""
    if name.startswith("/"):
        return "absolute", {}
    if ":" in name:
        return "drive", {}
    if "\\" in name:
        return "backslash", {}
    parts = name.split("/")
    if ".." in parts:
        return "parent", {}
    if name.endswith("/") and name.strip("/"):
        return "bad_name", {"why": "bundle.why.directory"}
    for part in parts:
        if part in ("", "."):
            return "bad_name", {"why": "bundle.why.empty"}
        if _CONTROL.search(part):
            return "bad_name", {"why": "bundle.why.control"}
        if part != part.rstrip(" .") or part.split(".", 1)[0].upper() in _WINDOWS_DEVICES:
            return "bad_name", {"why": "bundle.why.windows"}
    return None


# --- writing ---------------------------------------------------------------------------------------------


@dataclass
class _Prepared:
    member: Member
    size: int
    sha256: str
    deflated: int  # compressed size at _LEVEL


def _pieces(member: Member) -> Iterator[bytes]:
    if member.path is not None:
        with open(member.path, "rb") as fh:
            while piece := fh.read(_PIECE):
                yield piece
        return
    data = member.data if member.data is not None else member.load() if member.load is not None else b""
    view = memoryview(data)
    for start in range(0, len(data), _PIECE):
        yield bytes(view[start:start + _PIECE])


def _prepare(member: Member) -> _Prepared:
    digest = hashlib.sha256()
    comp = zlib.compressobj(_LEVEL, zlib.DEFLATED, -15)
    size = deflated = 0
    for piece in _pieces(member):
        digest.update(piece)
        size += len(piece)
        deflated += len(comp.compress(piece))
    deflated += len(comp.flush())
    return _Prepared(member, size, digest.hexdigest(), deflated)


def _zip_date(created: str) -> _Date:
    try:
        when = datetime.fromisoformat(created)
    except ValueError:
        return _EPOCH
    if not 1980 <= when.year <= 2107:
        return _EPOCH
    return (when.year, when.month, when.day, when.hour, when.minute, when.second)


def _zip_info(name: str, date: _Date, stored: bool, size: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date)
    info.create_system = 3  # Unix, on every platform: the permissions below mean the same everywhere
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    info.file_size = size
    return info


def _manifest_bytes(prepared: list[_Prepared], extra: Mapping[str, object]) -> bytes:
    clash = sorted(_RESERVED & set(extra))
    if clash:
        raise ValueError(f"manifest_extra may not set {clash}")
    created = extra.get("created")
    if not isinstance(created, str):
        raise ValueError("manifest_extra needs 'created' (ISO date-time text): bundles never read the clock")
    doc = {**extra, "format": BUNDLE_FORMAT, "version": BUNDLE_VERSION, "app_version": __version__,
           "members": [{"name": p.member.name, "size": p.size, "sha256": p.sha256} for p in prepared]}
    return (json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=1, allow_nan=False) + "\n").encode("utf-8")


def _write_archive(fh: IO[bytes], manifest: bytes, prepared: list[_Prepared], date: _Date,
                   stored: set[str], signature: bytes | None = None) -> list[zipfile.ZipInfo]:
    with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=_LEVEL, allowZip64=True) as zf:
        entries = [(Member(MANIFEST, data=manifest), len(manifest), hashlib.sha256(manifest).hexdigest())]
        if signature is not None:
            entries.append((Member(SIGNATURE, data=signature), len(signature), hashlib.sha256(signature).hexdigest()))
        entries += [(p.member, p.size, p.sha256) for p in prepared]
        for member, size, sha in entries:
            info = _zip_info(member.name, date, member.name in stored, size)
            digest = hashlib.sha256()
            written = 0
            with zf.open(info, "w", force_zip64=size > 0x7FFF_0000) as out:
                for piece in _pieces(member):
                    digest.update(piece)
                    written += len(piece)
                    out.write(piece)
            if written != size or digest.hexdigest() != sha:
                raise OSError(errno.EAGAIN, f"{member.name} changed while the bundle was written")
        return list(zf.infolist())


def _over_ratio(size: int, compressed: int, limit: int) -> bool:
    return size > limit * max(compressed, 1)


def write_bundle(target: Path, members: Sequence[Member], manifest_extra: Mapping[str, object], *,
                 limits: Limits = DEFAULT_LIMITS, sign: Callable[[bytes], bytes] | None = None) -> None:
    """Write the bundle atomically. ``sign(manifest bytes)`` returns the ``manifest.sig`` member, when the
    bundle is signed. Raises StorageFull (disk full), StorageIOError, BundleError (a member over the limits the
    reader enforces), ValueError (a bad member name or manifest_extra: the caller's mistake)."""
    target = Path(target)
    seen: set[str] = set()
    for m in members:
        if sum(x is not None for x in (m.data, m.path, m.load)) != 1:
            raise ValueError(f"member {m.name!r} needs exactly one of data, path or load")
        problem = name_problem(m.name)
        if problem is not None or m.name in (MANIFEST, SIGNATURE):
            raise ValueError(f"bad member name {m.name!r}: {problem[0] if problem else 'reserved'}")
        if m.name.casefold() in seen:
            raise ValueError(f"duplicate member name {m.name!r}")
        seen.add(m.name.casefold())
    if len(members) + 1 > limits.max_members:
        raise _err(target, "too_many", count=len(members) + 1, limit=limits.max_members)
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.writing")
    try:
        prepared = [_prepare(m) for m in sorted(members, key=lambda m: m.name)]
        total = 0
        for p in prepared:
            total += p.size
            if p.size > limits.max_member_size:
                raise _err(target, "member_too_large", p.member.name, size=_mb(p.size),
                           limit=_mb(limits.max_member_size))
            if total > limits.max_total_size:
                raise _err(target, "total_too_large", size=_mb(total), limit=_mb(limits.max_total_size))
        manifest = _manifest_bytes(prepared, manifest_extra)
        signature = sign(manifest) if sign is not None else None
        date = _zip_date(str(manifest_extra["created"]))
        stored = {p.member.name for p in prepared if _over_ratio(p.size, p.deflated, limits.max_ratio)}
        with open(tmp, "xb") as fh:
            infos = _write_archive(fh, manifest, prepared, date, stored, signature)
            # zlib is deterministic, so the pre-pass already knew every compressed size; this is a safety net
            # that keeps the writer's promise even if it did not.
            again = {i.filename for i in infos if _over_ratio(i.file_size, i.compress_size, limits.max_ratio)}
            if again - stored:
                fh.seek(0)
                fh.truncate()
                _write_archive(fh, manifest, prepared, date, stored | again, signature)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except BaseException as exc:
        _remove(tmp)
        failure = _os_error(exc) if isinstance(exc, Exception) and not isinstance(exc, BundleError) else None
        if failure is None:
            raise
        if failure.errno in _DISK_FULL:
            raise StorageFull(path=str(target)) from None
        where = failure.filename if isinstance(failure.filename, str) and failure.filename != str(tmp) \
            else str(target)
        raise StorageIOError(path=where, detail=failure.strerror or str(failure)) from None


_DISK_FULL = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), getattr(errno, "EFBIG", errno.ENOSPC)})


def _os_error(exc: BaseException | None) -> OSError | None:
    """The OSError behind a failure: zipfile's clean-up after a failed write may raise a second error (its own
    OSError, or ValueError) whose context is the first; a full disk shows in either."""
    found: OSError | None = None
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, OSError) and (found is None or exc.errno in _DISK_FULL):
            found = exc
        exc = exc.__context__
        seen += 1
    return found


def _remove(tmp: Path) -> None:
    try:
        tmp.unlink(missing_ok=True)
    except OSError:
        pass  # nothing more can be done; the name is hidden (leading dot) and never the final one


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable (POSIX); Windows cannot open a folder and NTFS journals the rename itself."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # the bundle is complete under its name; only the rename's durability is left to the OS
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (network shares) refuse fsync on a folder; the data itself is synced
    finally:
        os.close(fd)


# --- reading ---------------------------------------------------------------------------------------------


def _declared_entries(fh: IO[bytes]) -> int | None:
    """Entry count from the end-of-central-directory record (ZIP64 aware), before zipfile parses the directory:
    a forged directory of millions of entries is refused without building millions of objects."""
    fh.seek(0, os.SEEK_END)
    size = fh.tell()
    tail_len = min(size, 22 + 0xFFFF)
    fh.seek(size - tail_len)
    tail = fh.read(tail_len)
    i = tail.rfind(b"PK\x05\x06")
    if i < 0 or len(tail) - i < 22:
        return None
    count = int.from_bytes(tail[i + 10:i + 12], "little")
    if count == 0xFFFF and i >= 20 and tail[i - 20:i - 16] == b"PK\x06\x07":
        offset = int.from_bytes(tail[i - 12:i - 4], "little")
        if offset + 56 <= size:
            fh.seek(offset)
            record = fh.read(56)
            if record[:4] == b"PK\x06\x06":
                count = int.from_bytes(record[32:40], "little")
    return count


class BundleReader:
    """An open bundle whose directory and manifest passed every check; ``read`` verifies each member it reads.

    Use ``open_bundle`` (a context manager)."""

    def __init__(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
        self.path = Path(path)
        self.limits = limits
        if not self.path.exists():
            raise _err(self.path, "not_found")
        if self.path.is_dir():
            raise _err(self.path, "directory")
        try:
            self._fh: IO[bytes] = open(self.path, "rb")  # noqa: SIM115 - closed by close()
        except OSError as exc:
            raise _err(self.path, "unreadable", detail=exc.strerror or str(exc)) from None
        try:
            self._zf = self._open_zip()
            self._infos = self._check_directory()
            self.manifest = self._check_manifest()
        except BaseException:
            self._fh.close()
            raise

    # -- the central directory -----------------------------------------------------------------------------
    def _open_zip(self) -> zipfile.ZipFile:
        try:
            count = _declared_entries(self._fh)
            if count is None:
                raise _err(self.path, "not_zip")
            if count > self.limits.max_members:
                raise _err(self.path, "too_many", count=count, limit=self.limits.max_members)
            self._fh.seek(0)
            return zipfile.ZipFile(self._fh)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, NotImplementedError):
            raise _err(self.path, "not_zip") from None
        except OSError as exc:
            raise _err(self.path, "unreadable", detail=exc.strerror or str(exc)) from None

    def _check_directory(self) -> dict[str, zipfile.ZipInfo]:
        infos = self._zf.infolist()
        limits = self.limits
        if len(infos) > limits.max_members:
            raise _err(self.path, "too_many", count=len(infos), limit=limits.max_members)
        by_name: dict[str, zipfile.ZipInfo] = {}
        folded: set[str] = set()
        total = 0
        for info in infos:
            name = info.filename
            # The name as stored: zipfile cuts it at a NUL and, on Windows, turns backslashes into slashes.
            for raw in (info.orig_filename, name) if info.orig_filename != name else (name,):
                problem = name_problem(raw)
                if problem is not None:
                    raise _err(self.path, problem[0], raw, **problem[1])
            if stat.S_ISLNK(info.external_attr >> 16):
                raise _err(self.path, "symlink", name)
            if name.casefold() in folded:
                raise _err(self.path, "duplicate", name)
            folded.add(name.casefold())
            if info.flag_bits & 0x1:
                raise _err(self.path, "encrypted", name)
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise _err(self.path, "method", name, method=info.compress_type)
            if info.file_size > limits.max_member_size:
                raise _err(self.path, "member_too_large", name, size=_mb(info.file_size),
                           limit=_mb(limits.max_member_size))
            total += info.file_size
            if total > limits.max_total_size:
                raise _err(self.path, "total_too_large", size=_mb(total), limit=_mb(limits.max_total_size))
            if _over_ratio(info.file_size, info.compress_size, limits.max_ratio):
                ratio = info.file_size // max(info.compress_size, 1)
                raise _err(self.path, "ratio", name, ratio=ratio, limit=limits.max_ratio)
            by_name[name] = info
        # Overlapping entries (one deflate stream shared by many names) is the classic non-recursive zip bomb.
        spans = sorted(infos, key=lambda i: i.header_offset)
        for a, b in itertools.pairwise(spans):
            end = a.header_offset + 30 + a.compress_size  # 30: the fixed local header; name and extra add more
            if end > b.header_offset:
                raise _err(self.path, "overlap", b.filename)
        return by_name

    # -- the manifest --------------------------------------------------------------------------------------
    def _check_manifest(self) -> Manifest:
        info = self._infos.get(MANIFEST)
        if info is None:
            raise _err(self.path, "no_manifest")
        if info.file_size > self.limits.max_manifest_size:
            raise _err(self.path, "member_too_large", MANIFEST, size=_mb(info.file_size),
                       limit=_mb(self.limits.max_manifest_size))
        data = b"".join(self._stream(info))
        self.manifest_bytes = data
        self.signature_bytes: bytes | None = None
        sig = self._infos.get(SIGNATURE)
        if sig is not None:
            if sig.file_size > MAX_SIGNATURE_SIZE:
                raise _err(self.path, "member_too_large", SIGNATURE, size=_mb(sig.file_size),
                           limit=_mb(MAX_SIGNATURE_SIZE))
            self.signature_bytes = b"".join(self._stream(sig))
        try:
            doc = loads_strict(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise _err(self.path, "manifest", why=short_error(exc)) from None
        manifest = self._parse_manifest(doc)
        listed = set(manifest.names)
        for m in manifest.members:
            if m.name not in self._infos:
                raise _err(self.path, "missing", m.name)
        for name in self._infos:
            if name not in (MANIFEST, SIGNATURE) and name not in listed:
                raise _err(self.path, "extra", name)
        for m in manifest.members:
            found = self._infos[m.name].file_size
            if found != m.size:
                raise _err(self.path, "size", m.name, expected=m.size, found=found)
        return manifest

    def _parse_manifest(self, doc: object) -> Manifest:
        def bad(why: str) -> BundleError:
            return _err(self.path, "manifest", why=why)

        if not isinstance(doc, dict):
            raise bad("not a JSON object")
        fmt = doc.get("format")
        if fmt != BUNDLE_FORMAT:
            raise _err(self.path, "format", found=fmt if isinstance(fmt, str) else "—", expected=BUNDLE_FORMAT)
        version = doc.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise bad("version")
        if version > BUNDLE_VERSION:
            raise _err(self.path, "newer", found=version, supported=BUNDLE_VERSION)
        app_version, created, members = doc.get("app_version"), doc.get("created"), doc.get("members")
        if not isinstance(app_version, str):
            raise bad("app_version")
        if not isinstance(created, str):
            raise bad("created")
        if not isinstance(members, list):
            raise bad("members")
        parsed: list[MemberInfo] = []
        seen: set[str] = set()
        for n, m in enumerate(members):
            if not isinstance(m, dict) or set(m) != {"name", "size", "sha256"}:
                raise bad(f"members[{n}]")
            name, size, sha = m["name"], m["size"], m["sha256"]
            if not isinstance(name, str) or name in (MANIFEST, SIGNATURE):
                raise bad(f"members[{n}].name")
            problem = None if name in self._infos else name_problem(name)  # the directory's names passed it
            if problem is not None:
                raise _err(self.path, problem[0], name, **problem[1])
            if name.casefold() in seen:
                raise _err(self.path, "duplicate", name)
            seen.add(name.casefold())
            if not isinstance(size, int) or isinstance(size, bool) or size < 0:
                raise bad(f"members[{n}].size")
            if not isinstance(sha, str) or len(sha) != 64 or not set(sha) <= _SHA_CHARS:
                raise bad(f"members[{n}].sha256")
            parsed.append(MemberInfo(name, size, sha))
        extra = {k: v for k, v in doc.items() if k not in _RESERVED and k != "created"}
        return Manifest(fmt, version, app_version, created, tuple(parsed), extra)

    # -- members -------------------------------------------------------------------------------------------
    def _stream(self, info: zipfile.ZipInfo) -> Iterator[bytes]:
        """The member's bytes in pieces, never more than its declared size (a lying header cannot inflate
        further), with zipfile's CRC check at the end."""
        name = info.filename
        got = 0
        try:
            with self._zf.open(info) as src:
                while True:
                    piece = src.read(min(_PIECE, info.file_size - got + 1))
                    if not piece:
                        break
                    got += len(piece)
                    if got > info.file_size:
                        raise _err(self.path, "overrun", name, size=info.file_size)
                    yield piece
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError) as exc:
            raise _err(self.path, "corrupt", name, why=short_error(exc)) from None
        except OSError as exc:
            raise _err(self.path, "unreadable", detail=exc.strerror or str(exc)) from None
        if got != info.file_size:
            raise _err(self.path, "size", name, expected=info.file_size, found=got)

    def _checked(self, name: str) -> Iterator[bytes]:
        listed = self.manifest.member(name)
        if listed is None:
            raise _err(self.path, "not_listed", name)
        digest = hashlib.sha256()
        for piece in self._stream(self._infos[name]):
            digest.update(piece)
            yield piece
        if digest.hexdigest() != listed.sha256:
            raise _err(self.path, "sha256", name)

    def read(self, name: str) -> bytes:
        """A member's bytes, checked against the manifest (size and SHA-256)."""
        return b"".join(self._checked(name))

    def check(self, name: str) -> None:
        """Check a member against the manifest without holding it in memory."""
        for _piece in self._checked(name):
            pass

    def close(self) -> None:
        self._zf.close()
        self._fh.close()

    def __enter__(self) -> BundleReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_bundle(path: Path, *, limits: Limits = DEFAULT_LIMITS) -> BundleReader:
    """Open a bundle for reading (directory and manifest checked). Raises BundleError."""
    return BundleReader(Path(path), limits)


def verify_bundle(path: Path, *, limits: Limits = DEFAULT_LIMITS) -> Manifest:
    """Check everything: the directory, the manifest, and every member's size and SHA-256. Raises BundleError
    naming the first problem; returns the manifest."""
    with open_bundle(path, limits=limits) as bundle:
        for m in bundle.manifest.members:
            bundle.check(m.name)
        return bundle.manifest


def read_member(path: Path, name: str, *, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """One member, checked (open the bundle once with ``open_bundle`` to read many)."""
    with open_bundle(path, limits=limits) as bundle:
        return bundle.read(name)


def loads_strict(text: str) -> Any:
    """``json.loads`` that refuses duplicate keys and NaN/Infinity (raises ValueError, RecursionError)."""
    return json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant)


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)  # called for every object (a manifest of 100,000 members): the loop only when one repeats
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise ValueError(f"duplicate key {key!r}")
            seen.add(key)
    return out


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not JSON")


def short_error(exc: BaseException) -> str:
    return (str(exc) or type(exc).__name__)[:200]
