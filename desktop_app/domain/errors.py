"""Typed errors. Callers branch on the type (never on message text); the CLI and UI render ``message()``.

Every error carries the *where* (file, row, field) in its parameters, so the one-line message can name it.
"""

from __future__ import annotations

import errno
import os

from desktop_app.domain.messages import has_message, render


class JnzdError(Exception):
    """Base of every error the app expects and reports to the user."""

    code = "error"
    exit_code = 1

    def __init__(self, **params: object) -> None:
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str | None = None) -> str:
        return render(self.code, lang, **self.params)


# --- case file -------------------------------------------------------------------------------------------


class CaseFileError(JnzdError):
    code = "case.error"
    exit_code = 3


class CaseNotFound(CaseFileError):
    code = "case.not_found"


class NotACaseFile(CaseFileError):
    """Empty, text, zip, another application's SQLite: anything that is not ours."""

    code = "case.not_ours"


class CaseCorrupt(CaseFileError):
    code = "case.corrupt"
    exit_code = 5


class CaseFileTooNew(CaseFileError):
    """Written by a newer app version: opened read-only."""

    code = "case.too_new"
    exit_code = 4


class CaseLocked(CaseFileError):
    """Open in another instance: opened read-only."""

    code = "case.locked"
    exit_code = 4


class CaseOnReadOnlyMedium(CaseFileError):
    """The case's folder (or the case file itself) cannot be written: a write-protected USB stick, a CD, a
    read-only share or folder. Opened read-only; not "open elsewhere" — nobody holds it."""

    code = "case.read_only_medium"
    exit_code = 4


class CaseHardLinked(CaseFileError):
    """The case file has several names (hard links): opened read-only, see ``CaseFile.open``."""

    code = "case.hard_linked"
    exit_code = 4


class CaseBusy(CaseFileError):
    """Another program kept the file busy (a long read) for longer than the writer waits."""

    code = "case.busy"
    exit_code = 6


class CaseVersionMismatch(CaseFileError):
    """The schema version in the file's header does not match its tables, so it cannot be upgraded to be read."""

    code = "case.version_mismatch"
    exit_code = 5


class CaseReadOnly(CaseFileError):
    """A write was attempted on a case opened read-only (or write-protected by its workflow state)."""

    code = "case.read_only"
    exit_code = 4


class CaseExists(CaseFileError):
    code = "case.exists"


class StorageFull(CaseFileError):
    code = "storage.full"
    exit_code = 6


class OutputDiskFull(StorageFull):
    """A new file (a demo case, an export, a restored bundle) not written for want of space or over the file-size
    limit; nothing incomplete was left under its name."""

    code = "storage.full_output"


class StorageIOError(CaseFileError):
    code = "storage.io"
    exit_code = 6


class FolderNotWritable(CaseFileError):
    """A file cannot be created in ``folder``: no write permission, or a read-only medium."""

    code = "storage.folder_read_only"
    exit_code = 6


class FolderNotFound(CaseFileError):
    code = "storage.folder_missing"
    exit_code = 3


class PathConflict(CaseFileError):
    """A file to write whose name is taken by a folder, or whose folder's name is taken by a file (``-o`` naming the
    case itself, a folder given where a file is to go): ``detail`` says which."""

    code = "storage.path_conflict"
    exit_code = 6


class PathTooLong(CaseFileError):
    """A file name longer than the file system allows (``limit`` bytes), counting the ``-journal`` and ``.lock``
    names SQLite and the lock put beside a case."""

    code = "storage.name_too_long"
    exit_code = 2


class MigrationFailed(CaseFileError):
    code = "case.migration_failed"
    exit_code = 5


class SnapshotError(CaseFileError):
    """A snapshot could not be written or read (the data folder is full, read-only, or the snapshot damaged)."""

    code = "snapshot.error"
    exit_code = 6


_DISK_FULL = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG})
_NOT_WRITABLE = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})


def from_os_error(exc: OSError, path: object = None) -> CaseFileError:
    """The typed error for an OSError from writing or reading ``path`` (default: the error's own file name), by
    errno: disk full or over the file-size limit → OutputDiskFull; name too long → PathTooLong; no permission or a
    read-only medium → FolderNotWritable (naming the folder); a missing file → CaseNotFound; a folder where a file
    goes or a file where a folder goes → PathConflict; else StorageIOError."""
    where = str(path if path is not None else (exc.filename if exc.filename is not None else "?"))
    detail = exc.strerror or str(exc)
    if exc.errno in _DISK_FULL:
        return OutputDiskFull(path=where)
    if exc.errno == errno.ENAMETOOLONG:
        return PathTooLong(path=where, limit=255)
    if exc.errno in _NOT_WRITABLE:
        folder = where if os.path.isdir(where) else os.path.dirname(where) or "."
        return FolderNotWritable(path=where, folder=folder, detail=detail)
    if exc.errno == errno.ENOENT:
        return CaseNotFound(path=where)
    if exc.errno == errno.EISDIR:
        return PathConflict(path=where, detail=render("storage.detail.is_dir"))
    if exc.errno in (errno.ENOTDIR, errno.EEXIST):  # a folder to make or to go through is a file
        return PathConflict(path=where, detail=render("storage.detail.not_dir"))
    return StorageIOError(path=where, detail=detail)


# --- data ------------------------------------------------------------------------------------------------


class ValidationError(JnzdError):
    """A value the user entered is impossible or malformed. ``field`` names where."""

    code = "validation"
    exit_code = 2


class WorkflowError(JnzdError):
    code = "workflow.transition"
    exit_code = 4


class NothingToUndo(JnzdError):
    code = "journal.nothing"
    exit_code = 1


class TemplateError(JnzdError):
    """A checklist template that is malformed: names the file and the item (or JSON path)."""

    code = "template.invalid"
    exit_code = 3


class EvidenceError(JnzdError):
    """An evidence file that cannot be stored: names the file and why."""

    code = "evidence.invalid"
    exit_code = 2


class ImportFileError(JnzdError):
    """A file to import (equipment register, logger file) that cannot be read: names the file and why."""

    code = "import.invalid"
    exit_code = 2


class AmbiguousChoice(ImportFileError):
    """A reading choice the importer cannot make from the file (e.g. 03/04/2024: day or month first).

    ``option`` names the command-line option that resolves it (``--date-format``); ``candidates`` its values.
    """

    code = "import.ambiguous"

    def __init__(self, *, option: str, detail: str, candidates: tuple[str, ...] = (), path: str = "") -> None:
        self.option = option
        self.detail = detail
        self.candidates = tuple(candidates)
        super().__init__(option=option, detail=detail, candidates="、".join(self.candidates) or "—", path=path)


class ImportCancelled(JnzdError):
    """The user cancelled a running import; nothing was stored."""

    code = "import.cancelled"
    exit_code = 1


# --- reporting -------------------------------------------------------------------------------------------


class ExportCancelled(JnzdError):
    """The user cancelled a running export; the files already complete stay, no partial file is left."""

    code = "export.cancelled"
    exit_code = 1


class ReportFontError(JnzdError):
    """No Chinese TrueType font that a PDF can embed: ``tried`` lists the fonts looked at and why each failed."""

    code = "report.font"
    exit_code = 3


class BundleError(JnzdError):
    """An upload bundle (or its case.json) that cannot be trusted: ``detail`` names the first problem and the
    member; ``problem`` (a stable code, e.g. ``sha256``) and ``member`` let callers branch without the text.

    Made by ``of``, the detail is the ``bundle.detail.<problem>`` text rendered in the language asked of
    ``message`` (Chinese by default, English on request), not only in the one current when it was raised."""

    code = "bundle.invalid"
    exit_code = 1

    @classmethod
    def of(cls, path: object, problem: str, member: str = "", **params: object) -> BundleError:
        """The error for ``bundle.detail.<problem>`` about ``member`` of the bundle at ``path``; a parameter
        that is a ``bundle.why.*`` code is rendered in the message's language too."""
        detail = render(f"bundle.detail.{problem}", None, **_texts({"member": member, **params}, None))
        err = cls(path=str(path), detail=detail, problem=problem, member=member)
        err.detail_params = {"member": member, **params}
        err.args = (err.message("en"),)
        return err

    detail_params: dict[str, object] | None = None

    def at(self, path: object) -> BundleError:
        """The same problem, reported against ``path`` (the bundle that holds the member found wanting)."""
        err = type(self)(**{**self.params, "path": str(path)})
        err.detail_params = self.detail_params
        err.args = (err.message("en"),)
        return err

    def message(self, lang: str | None = None) -> str:
        if self.detail_params is None:
            return super().message(lang)
        detail = render(f"bundle.detail.{self.params['problem']}", lang, **_texts(self.detail_params, lang))
        return render(self.code, lang, **{**self.params, "detail": detail})


def _texts(params: dict[str, object], lang: str | None) -> dict[str, object]:
    return {k: render(v, lang) if isinstance(v, str) and v.startswith("bundle.why.") and has_message(v) else v
            for k, v in params.items()}


class KeyFileError(JnzdError):
    """A key card or keyring that cannot be read or written: names the file and why."""

    code = "keys.invalid"
    exit_code = 2
