"""What the wizard has been told so far: the file, its sheets, the kind and the mapping. The
steps read and change it; the check and the import turn it into ImportOptions."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from app.importers.engine import ImportOptions
from app.importers.headers import ColumnMapping
from app.importers.preview import SheetInfo, SheetLayout

AUTO = "auto"


@dataclass
class ImportDraft:
    path: Path | None = None
    sheets: list[SheetInfo] = field(default_factory=list)
    chosen: list[str] = field(default_factory=list)  # the sheets to import
    kind: str = AUTO  # as chosen; AUTO: the guess
    guessed_kind: str | None = None
    # None: each sheet as detected; else the mapping chosen, saved or edited.
    mapping: ColumnMapping | None = None
    layout: SheetLayout | None = None  # of the sheet the mapping step shows

    def reset(self, path: Path | None = None) -> None:
        self.path = path
        self.sheets = []
        self.chosen = []
        self.kind = AUTO
        self.guessed_kind = None
        self.mapping = None
        self.layout = None

    def effective_kind(self) -> str:
        if self.kind != AUTO:
            return self.kind
        if self.mapping is not None and self.mapping.kind:
            return self.mapping.kind
        return self.guessed_kind or "ledger"

    def options(self, *, dry_run: bool, skip_invalid: bool) -> ImportOptions:
        mapping = replace(self.mapping, sheet=None) if self.mapping is not None else None
        return ImportOptions(
            kind=self.effective_kind(),
            mapping=mapping,
            dry_run=dry_run,
            skip_invalid=skip_invalid,
            sheets=tuple(self.chosen),
        )
