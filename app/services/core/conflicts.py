"""Refusing an edit of a record that another PC saved since the form was opened.

A form keeps what it was opened with: the record's version (customers) or the facts it
showed and acts on (an invoice's status and applied amount before voiding it). When the
saved record no longer matches, the write is refused with ``ConcurrentEditError`` listing
each field as the form has it and as it is saved now; nothing is written, and the form
keeps the user's input."""

from __future__ import annotations

from collections.abc import Mapping

from app.domain.errors import ConcurrentEditError, FieldChange
from app.domain.money import Money

# What a form saw of a record: field label (English, as FieldChange.field) -> shown value.
Facts = Mapping[str, str]


def differences(yours: Facts, theirs: Facts) -> tuple[FieldChange, ...]:
    """The fields of ``theirs`` whose value differs from ``yours``, in the order of theirs."""
    return tuple(
        FieldChange(field, yours.get(field, ""), value)
        for field, value in theirs.items()
        if yours.get(field, "") != value
    )


def refuse_if_changed(entity: str, key: str, seen: Facts | None, now: Facts) -> None:
    """Raise ConcurrentEditError when what the form saw (``seen``; None when the caller
    did not open a form, e.g. the command line) differs from the record ``now``."""
    if seen is None:
        return
    changes = differences(seen, now)
    if changes:
        raise ConcurrentEditError(entity=entity, key=key, changes=changes)


def refuse_if_newer(
    entity: str, key: str, version: int | None, saved_version: int, yours: Facts, theirs: Facts
) -> None:
    """Raise ConcurrentEditError when the record's version is no longer the one the form
    loaded (``version``; None skips the check), listing where the form's input differs."""
    if version is not None and version != saved_version:
        raise ConcurrentEditError(entity=entity, key=key, changes=differences(yours, theirs))


def invoice_facts(status: str, amount_fen: int, settled_fen: int) -> dict[str, str]:
    """What a form acting on an invoice (voiding it) shows and depends on."""
    return {
        "Status": status,
        "Amount": Money(amount_fen).format(),
        "Applied": Money(settled_fen).format(),
    }


def payment_facts(status: str, amount_fen: int, allocated_fen: int) -> dict[str, str]:
    """What a form acting on a payment (reversing it) shows and depends on."""
    return {
        "Status": status,
        "Amount": Money(amount_fen).format(),
        "Allocated": Money(allocated_fen).format(),
    }


def project_facts(stage: str, quoted_fen: int, contract_fen: int) -> dict[str, str]:
    """What a form revising a project's quote shows and depends on."""
    return {
        "Stage": stage,
        "Quoted amount": Money(quoted_fen).format(),
        "Contract amount": Money(contract_fen).format(),
    }
