"""Typed errors. Callers branch on the type (never on message text); the CLI and UI render ``message()``.

Every error carries the *where* (file, row, field) in its parameters, so the one-line message can name it.
"""

from __future__ import annotations

from desktop_app.domain.messages import render


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


class CaseReadOnly(CaseFileError):
    """A write was attempted on a case opened read-only (or write-protected by its workflow state)."""

    code = "case.read_only"
    exit_code = 4


class CaseExists(CaseFileError):
    code = "case.exists"


class StorageFull(CaseFileError):
    code = "storage.full"
    exit_code = 6


class StorageIOError(CaseFileError):
    code = "storage.io"
    exit_code = 6


class MigrationFailed(CaseFileError):
    code = "case.migration_failed"
    exit_code = 5


class SnapshotError(CaseFileError):
    code = "snapshot.error"


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
    member; ``problem`` (a stable code, e.g. ``sha256``) and ``member`` let callers branch without the text."""

    code = "bundle.invalid"
    exit_code = 1


class KeyFileError(JnzdError):
    """A key card or keyring that cannot be read or written: names the file and why."""

    code = "keys.invalid"
    exit_code = 2
