"""Sending an email through the lab's SMTP server: plain text with an optional HTML
alternative and an optional attachment (a statement PDF), over SSL/TLS, STARTTLS or (on the
lab's own network only) a plain connection, certificates checked with the system's CAs."""

from __future__ import annotations

import mimetypes
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, formatdate, make_msgid

from app.services.outbound.channel_settings import Security, SmtpSettings


class EmailError(Exception):
    """The server did not take the message; the text says why (stored as the last error)."""


@dataclass(frozen=True)
class Email:
    to: str
    subject: str
    text: str
    html: str | None = None
    attachment: bytes | None = None
    attachment_name: str | None = None


def build_message(settings: SmtpSettings, email: Email) -> EmailMessage:
    message = EmailMessage()
    message["From"] = formataddr((settings.from_name, settings.from_address))
    message["To"] = email.to
    if settings.reply_to:
        message["Reply-To"] = settings.reply_to
    message["Subject"] = email.subject
    message["Date"] = formatdate(localtime=True)
    domain = settings.from_address.rpartition("@")[2] or None
    message["Message-ID"] = make_msgid(domain=domain)
    message.set_content(email.text)
    if email.html:
        message.add_alternative(email.html, subtype="html")
    if email.attachment is not None:
        name = email.attachment_name or "attachment"
        guessed, _ = mimetypes.guess_type(name)
        if guessed is None or guessed.startswith("text/"):
            # Bytes of unknown encoding: as a text part a mail client would guess it wrong.
            guessed = "application/octet-stream"
        maintype, _, subtype = guessed.partition("/")
        message.add_attachment(email.attachment, maintype=maintype, subtype=subtype, filename=name)
    return message


def send(settings: SmtpSettings, password: str | None, email: Email) -> None:
    """Send one email; raises EmailError with the reason when the server does not take it."""
    message = build_message(settings, email)
    timeout = float(settings.timeout_seconds)
    try:
        if settings.security == Security.SSL:
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                settings.host, settings.port, timeout=timeout, context=ssl.create_default_context()
            )
        else:
            client = smtplib.SMTP(settings.host, settings.port, timeout=timeout)
        with client:
            if settings.security == Security.STARTTLS:
                client.starttls(context=ssl.create_default_context())
            if settings.user:
                client.login(settings.user, password or "")
            refused = client.send_message(message)
    except smtplib.SMTPAuthenticationError as exc:
        raise EmailError(f"the server refused the user name or password ({_reply(exc)})") from exc
    except smtplib.SMTPRecipientsRefused as exc:
        raise EmailError(f"the server refused the recipient {email.to}") from exc
    except smtplib.SMTPResponseException as exc:
        raise EmailError(f"the server answered {_reply(exc)}") from exc
    except UnicodeEncodeError as exc:
        # smtplib sends the user name and password as ASCII only.
        raise EmailError("the user name or password has characters other than ASCII") from exc
    except (smtplib.SMTPException, OSError) as exc:
        raise EmailError(f"{type(exc).__name__}: {exc}") from exc
    if refused:
        raise EmailError(f"the server refused the recipient {email.to}")


def _reply(exc: smtplib.SMTPResponseException) -> str:
    text = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else ""
    return f"{exc.smtp_code} {text}".strip()
