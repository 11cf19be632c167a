"""What an operation changed (Anki's ``OpChanges``): screens refresh only what it touched."""

from __future__ import annotations

from dataclasses import dataclass, field

ROW = "*"  # column marker for a whole-row insert or delete


@dataclass(frozen=True)
class OpChanges:
    label: str
    kind: str  # edit | undo | redo | workflow | restore | create | migrate
    fields: frozenset[tuple[str, str]] = field(default_factory=frozenset)
    source: object | None = None  # the widget/caller that asked, so it can ignore its own echo

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(t for t, _ in self.fields)

    @property
    def everything(self) -> bool:
        """Restores replace the whole case: every screen reloads."""
        return self.kind == "restore"

    def touches(self, table: str, column: str | None = None) -> bool:
        if self.everything:
            return True
        if column is None:
            return table in self.tables
        return (table, column) in self.fields or (table, ROW) in self.fields
