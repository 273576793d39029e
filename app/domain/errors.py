"""Typed errors that services raise and views translate into clear dialogs.

Each error has an English ``template`` (the translation key) and named ``params``; the
message is the template filled in. Views translate the template, the CLI prints it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass


class LabLedgerError(Exception):
    """An expected error: its message is for the user, never a traceback."""

    template: str = "{detail}"

    def __init__(self, template: str | None = None, **params: object) -> None:
        if template is not None:
            self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError):
            return self.template


class ValidationError(LabLedgerError):
    """Bad input; ``field`` names the field (and the form shows it next to that field)."""

    def __init__(self, field: str, template: str, **params: object) -> None:
        self.field = field
        super().__init__(template, field=field, **params)


class ValidationErrors(ValidationError):
    """Several fields are wrong at once; a form shows each error at its own field. As a
    ValidationError it is the first of them, for callers that show one message."""

    def __init__(self, errors: Sequence[ValidationError]) -> None:
        self.errors = tuple(errors)
        first = self.errors[0]
        params = {k: v for k, v in first.params.items() if k != "field"}
        super().__init__(first.field, first.template, **params)

    @property
    def message(self) -> str:
        return "\n".join(error.message for error in self.errors)


class FieldProblems:
    """Collects the problems of one input, field by field, so that all of them are reported
    together; ``raise_if_any`` raises one ValidationError, or ValidationErrors for several."""

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def add(self, error: ValidationError) -> None:
        self.errors.extend(error.errors if isinstance(error, ValidationErrors) else (error,))

    @contextmanager
    def collect(self) -> Iterator[None]:
        """A check that raises (a helper other callers share) adds its error here."""
        try:
            yield
        except ValidationError as exc:
            self.add(exc)

    def has(self, field: str) -> bool:
        return any(error.field == field for error in self.errors)

    def raise_if_any(self) -> None:
        if len(self.errors) == 1:
            raise self.errors[0]
        if self.errors:
            raise ValidationErrors(self.errors)


class NotFoundError(LabLedgerError):
    template = "{entity} {key} does not exist (it may have been deleted on another PC)."


@dataclass(frozen=True)
class FieldChange:
    """One field of a record that another PC saved differently: ``field`` is its English
    label (the views translate it), ``yours`` what this form has, ``theirs`` what is saved."""

    field: str
    yours: str
    theirs: str


class ConcurrentEditError(LabLedgerError):
    """Someone else saved the record since the form was opened; nothing was written.
    ``changes`` lists the fields that differ, so the form can show them and keep its input."""

    template = (
        "{entity} {key} was changed by someone else while you were editing it. "
        "Reload it and make your change again."
    )

    def __init__(
        self, template: str | None = None, *, changes: Sequence[FieldChange] = (), **params: object
    ) -> None:
        self.changes = tuple(changes)
        super().__init__(template, **params)


class PermissionDeniedError(LabLedgerError):
    template = "Your role ({role}) may not {action}."


class LoginFailedError(LabLedgerError):
    """Says neither which of the two was wrong nor whether the login exists."""

    template = "The login name or the password is wrong."


class AccountLockedError(LabLedgerError):
    template = (
        "This account is locked after {attempts} failed log-ins. Try again after {until}, "
        "or ask an administrator to unlock it."
    )


class LoginRequiredError(LabLedgerError):
    template = (
        "This database requires a log-in on the command line: give --user LOGIN (the "
        "password is asked for, or read from LABLEDGER_PASSWORD)."
    )


class DatabaseBusyError(LabLedgerError):
    template = "The database is busy (another PC is writing). Try again in a moment."


class DatabaseUnavailableError(LabLedgerError):
    template = "Cannot open the database {location}: {reason}"


class UnsupportedDatabaseError(LabLedgerError):
    template = (
        "LabLedger cannot use the database {url}: it works with a SQLite file (give its path) "
        "or a PostgreSQL server (postgresql://user@host/database)."
    )


class DatabaseNotFoundError(LabLedgerError):
    template = "There is no database file at {path}."


class DatabaseFolderError(LabLedgerError):
    template = "Cannot create the folder {folder} for the database {path}: {reason}"


class NotADatabaseError(LabLedgerError):
    template = "{path} is not a LabLedger database: it is not a SQLite database file."


class ForeignDatabaseError(LabLedgerError):
    template = "{path} is not a LabLedger database: it is a SQLite file without LabLedger's tables."


class DatabaseDamagedError(LabLedgerError):
    template = "The database {path} is damaged ({reason}). Restore it from the latest backup."


class UnknownSchemaError(LabLedgerError):
    template = (
        "{path} has schema {revision}, which this version of LabLedger does not know (it "
        "knows up to {head}): it was written by a newer LabLedger, or it is not a LabLedger "
        "database."
    )


class BackupError(LabLedgerError):
    template = "Cannot write the backup {target}: {reason}"


class ServerCopyError(LabLedgerError):
    """``labledger migrate-to`` cannot copy, or the copy differs from the original."""


class ReportFileError(LabLedgerError):
    template = "Cannot write the report {path}: {reason}"


class LedgerError(LabLedgerError):
    """An operation would break a ledger rule (over-allocation, voiding a paid invoice...)."""


class CreditHoldError(LabLedgerError):
    """Refused by credit control; a manager may override with a written reason."""


class PdfFontError(LabLedgerError):
    """No Chinese font that a PDF can embed, or the one given cannot be used."""

    template = (
        "No Chinese font that can be embedded in a PDF was found on this computer. Install "
        "a TrueType Chinese font (on Windows SimSun or Microsoft YaHei come with the system; "
        "on Debian or Ubuntu: apt install fonts-wqy-microhei) or set the environment variable "
        "LABLEDGER_PDF_FONT to the path of a .ttf or .ttc font file."
    )


class ImportFileError(LabLedgerError):
    """A file to import that cannot be read at all (the CLI exits 2)."""

    template = "Cannot import {path}: {reason}"


class ImportValidationError(LabLedgerError):
    """Cells that cannot be imported; nothing was written. ``problems`` locate each one."""

    template = "{count} cell(s) cannot be imported; nothing was written."

    def __init__(self, problems: Sequence[object], count: int) -> None:
        self.problems = tuple(problems)
        super().__init__(count=count)


class ImportCancelledError(LabLedgerError):
    template = "The import was cancelled; nothing was written."
