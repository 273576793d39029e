"""The SMTP password and the DingTalk signing secrets, kept in the OS keyring (Windows
Credential Manager, macOS Keychain, the Secret Service on Linux) under the service name
"LabLedger"; never in the database.

A PC without a usable keyring (a headless Linux server often has none: keyring then picks
its "fail" backend) cannot keep them: saving one is refused with a message that says what to
install, rather than quietly writing the secret somewhere readable."""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

from app.domain.errors import LedgerError

SERVICE = "LabLedger"

KEYRING_TEMPLATES = {
    "none": "No system keyring is available to keep the password safely, so it was not "
    "saved. On Windows and macOS the system's own keyring is used; on Linux install and "
    "unlock one with the Secret Service (GNOME Keyring or KWallet) and the Python package "
    "secretstorage, or configure another keyring backend. LabLedger never keeps the "
    "password in the database. ({detail})",
    "failed": "The system keyring refused the password: {detail}",
}
NO_KEYRING = KEYRING_TEMPLATES["none"]
KEYRING_FAILED = KEYRING_TEMPLATES["failed"]


def smtp_account(user: str, host: str) -> str:
    """The keyring entry of the SMTP password of ``user`` on ``host``."""
    return f"smtp:{user}@{host}"


def robot_account(name: str) -> str:
    """The keyring entry of a DingTalk robot's signing secret."""
    return f"dingtalk:{name}"


def store_secret(account: str, secret: str) -> None:
    """Keep ``secret``; an empty one removes the entry. Raises LedgerError when no keyring
    can keep it."""
    if not secret:
        delete_secret(account)
        return
    try:
        keyring.set_password(SERVICE, account, secret)
    except NoKeyringError as exc:
        raise LedgerError(NO_KEYRING, detail=str(exc)) from exc
    except KeyringError as exc:
        raise LedgerError(KEYRING_FAILED, detail=str(exc)) from exc


def load_secret(account: str) -> str | None:
    """The secret kept for ``account``, None when there is none. Raises LedgerError when
    no keyring is available (a message cannot be sent without its secret)."""
    try:
        return keyring.get_password(SERVICE, account)
    except NoKeyringError as exc:
        raise LedgerError(NO_KEYRING, detail=str(exc)) from exc
    except KeyringError as exc:
        raise LedgerError(KEYRING_FAILED, detail=str(exc)) from exc


def delete_secret(account: str) -> None:
    try:
        keyring.delete_password(SERVICE, account)
    except PasswordDeleteError:
        pass  # nothing kept: nothing to remove
    except NoKeyringError:
        pass  # no keyring: nothing can have been kept in it
    except KeyringError as exc:
        raise LedgerError(KEYRING_FAILED, detail=str(exc)) from exc
