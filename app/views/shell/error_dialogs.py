"""Errors the user sees: expected ones as a clear message, unexpected ones as a dialog with
a copyable report, and always in the log file."""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QObject, Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import LabLedgerError, ValidationErrors
from app.views.translate import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]

# Every template that services, domain and db raise, listed so that lupdate extracts them
# for translation (tests/ui/test_translations.py finds any that are missing).
KNOWN_TEMPLATES = (
    QT_TRANSLATE_NOOP(
        "errors", "{entity} {key} does not exist (it may have been deleted on another PC)."
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{entity} {key} was changed by someone else while you were "
        "editing it. Reload it and make your change again.",
    ),
    QT_TRANSLATE_NOOP("errors", "Your role ({role}) may not {action}."),
    QT_TRANSLATE_NOOP(
        "errors", "The database is busy (another PC is writing). Try again in a moment."
    ),
    QT_TRANSLATE_NOOP("errors", "Cannot open the database {location}: {reason}"),
    QT_TRANSLATE_NOOP("errors", "Unknown follow-up kind: {kind}."),
    QT_TRANSLATE_NOOP("errors", "The summary is required."),
    QT_TRANSLATE_NOOP("errors", "The summary is longer than {max} characters."),
    QT_TRANSLATE_NOOP("errors", "Say when the follow-up happened."),
    QT_TRANSLATE_NOOP("errors", "The follow-up date ({date}) is in the future."),
    QT_TRANSLATE_NOOP("errors", "The next action date is before the follow-up itself."),
    QT_TRANSLATE_NOOP("errors", "A promise to pay needs the promised date."),
    QT_TRANSLATE_NOOP("errors", "A promise to pay needs the promised amount."),
    QT_TRANSLATE_NOOP("errors", "The promised amount must be greater than zero."),
    QT_TRANSLATE_NOOP("errors", "The promised date is before the follow-up ({date})."),
    QT_TRANSLATE_NOOP("errors", "The project belongs to another customer."),
    QT_TRANSLATE_NOOP("errors", "The tier proposal for {customer} was already {status}."),
    QT_TRANSLATE_NOOP(
        "errors", "{customer} changed tier after this proposal was made; it no longer applies."
    ),
    QT_TRANSLATE_NOOP("errors", "The tier code is required."),
    QT_TRANSLATE_NOOP(
        "errors",
        "The tier code {code} must start with a lower-case letter and "
        "use only a-z, 0-9 and _ (at most 32 characters).",
    ),
    QT_TRANSLATE_NOOP("errors", "The tier name is required."),
    QT_TRANSLATE_NOOP("errors", "The tier name has more than {max} characters."),
    QT_TRANSLATE_NOOP("errors", "The English tier name has more than {max} characters."),
    QT_TRANSLATE_NOOP("errors", "Unknown role: {role}."),
    QT_TRANSLATE_NOOP("errors", "Say after how many days overdue to escalate."),
    QT_TRANSLATE_NOOP("errors", "Choose whom to escalate to."),
    QT_TRANSLATE_NOOP("errors", "Tier code {code} is already used."),
    QT_TRANSLATE_NOOP("errors", "A tier named {name} already exists."),
    QT_TRANSLATE_NOOP("errors", "The code of the default tier {name} cannot change."),
    QT_TRANSLATE_NOOP("errors", "{name} is a default tier and cannot be deleted; edit it instead."),
    QT_TRANSLATE_NOOP(
        "errors", "{count} customers are in the tier {name}; move them to another tier first."
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{count} tier-change proposals refer to the tier {name}, so it stays in the history.",
    ),
    QT_TRANSLATE_NOOP("errors", "The customer name is required."),
    QT_TRANSLATE_NOOP("errors", "A customer named {name} already exists."),
    QT_TRANSLATE_NOOP("errors", "Customer code {code} is already used."),
    QT_TRANSLATE_NOOP("errors", "Unknown customer category: {category}."),
    QT_TRANSLATE_NOOP("errors", "Choose a credit tier."),
    QT_TRANSLATE_NOOP("errors", "Choose a customer."),
    QT_TRANSLATE_NOOP("errors", "The credit limit cannot be negative."),
    QT_TRANSLATE_NOOP("errors", "Payment terms must be 0 to {max} days."),
    QT_TRANSLATE_NOOP("errors", "The unified social credit code {code} is invalid: {problem}."),
    QT_TRANSLATE_NOOP(
        "errors", "Another customer already has the unified social credit code {code}."
    ),
    QT_TRANSLATE_NOOP("errors", "The salesperson does not exist or is inactive."),
    QT_TRANSLATE_NOOP("errors", "Choose two different customers to merge."),
    QT_TRANSLATE_NOOP("errors", "At least one customer is needed, not {value}."),
    QT_TRANSLATE_NOOP("errors", "The number of invoices cannot be {value}."),
    QT_TRANSLATE_NOOP("errors", "The database has no credit tiers; run `labledger init` first."),
    QT_TRANSLATE_NOOP(
        "errors",
        "The database already has customers. Demo data can only be "
        "generated into an empty database.",
    ),
    QT_TRANSLATE_NOOP("errors", "This invoice request was already {status}."),
    QT_TRANSLATE_NOOP("errors", "Say why the request is rejected."),
    QT_TRANSLATE_NOOP("errors", "The amount must be greater than zero."),
    QT_TRANSLATE_NOOP("errors", "An invoice request for {code} is already waiting for finance."),
    QT_TRANSLATE_NOOP("errors", "The installment is not part of this project."),
    QT_TRANSLATE_NOOP("errors", "Unknown invoice kind: {kind}."),
    QT_TRANSLATE_NOOP("errors", "The tax rate must be between 0% and 17%."),
    QT_TRANSLATE_NOOP("errors", "The due date is before the issue date."),
    QT_TRANSLATE_NOOP("errors", "The amount to credit must be greater than zero."),
    QT_TRANSLATE_NOOP("errors", "Say why the invoice is credited."),
    QT_TRANSLATE_NOOP("errors", "Say why the invoice is voided."),
    QT_TRANSLATE_NOOP("errors", "Invoice number {number} already exists."),
    QT_TRANSLATE_NOOP(
        "errors", "Only an issued, normal invoice can be credited; {number} is not one."
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Invoice {number} has {open} open; a credit of {amount} would "
        "exceed it. Remove payments applied to it first.",
    ),
    QT_TRANSLATE_NOOP("errors", "A red-letter invoice cannot predate the invoice it credits."),
    QT_TRANSLATE_NOOP("errors", "Invoice {number} is already void."),
    QT_TRANSLATE_NOOP(
        "errors",
        "Invoice {number} has {settled} applied to it (payments, "
        "write-offs or red-letter invoices). Remove those first.",
    ),
    QT_TRANSLATE_NOOP("errors", "Say why the payment is reversed."),
    QT_TRANSLATE_NOOP("errors", "Say why the allocation is removed."),
    QT_TRANSLATE_NOOP("errors", "Unknown payment method: {method}."),
    QT_TRANSLATE_NOOP("errors", "Payment {number} has been reversed."),
    QT_TRANSLATE_NOOP(
        "errors",
        "Allocation {key} was already removed (here or on another PC); nothing was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "errors", "Payment {number} has {free} unallocated; the split adds up to {total}."
    ),
    QT_TRANSLATE_NOOP("errors", "An allocation to {number} is negative."),
    QT_TRANSLATE_NOOP("errors", "Invoice {number} belongs to another customer."),
    QT_TRANSLATE_NOOP(
        "errors", "Invoice {number} is void or a red-letter invoice and cannot take a payment."
    ),
    QT_TRANSLATE_NOOP(
        "errors", "Invoice {number} has {open} open; {amount} cannot be applied to it."
    ),
    QT_TRANSLATE_NOOP("errors", "Use either shares or amounts for every line."),
    QT_TRANSLATE_NOOP("errors", "The project title is required."),
    QT_TRANSLATE_NOOP("errors", "The project cannot start in the future."),
    QT_TRANSLATE_NOOP("errors", "A quote needs at least one test item."),
    QT_TRANSLATE_NOOP("errors", "The contract number is required."),
    QT_TRANSLATE_NOOP("errors", "Project {code} is closed ({stage})."),
    QT_TRANSLATE_NOOP("errors", "Project {code} is already at {stage}; stages only move forward."),
    QT_TRANSLATE_NOOP("errors", "The date is before the project's current stage began ({since})."),
    QT_TRANSLATE_NOOP("errors", "A payment plan needs at least one line."),
    QT_TRANSLATE_NOOP("errors", "Quote line {n}: the test item is missing."),
    QT_TRANSLATE_NOOP(
        "errors", "Quote line {n}: quantity, price and discount must not be negative."
    ),
    QT_TRANSLATE_NOOP("errors", "Quote line {n}: the discount exceeds the amount."),
    QT_TRANSLATE_NOOP("errors", "Project {code} is past the quote stage."),
    QT_TRANSLATE_NOOP("errors", "The contract amount must be greater than zero."),
    QT_TRANSLATE_NOOP(
        "errors", "Sign the contract (number and amount) to move {code} to contracted."
    ),
    QT_TRANSLATE_NOOP("errors", "Say why the project is cancelled."),
    QT_TRANSLATE_NOOP(
        "errors", "Project {code} has open invoices; credit or void them before cancelling."
    ),
    QT_TRANSLATE_NOOP("errors", "The shares must be positive and add up to 100%."),
    QT_TRANSLATE_NOOP("errors", "Quote or sign the contract before planning by shares."),
    QT_TRANSLATE_NOOP("errors", "Each installment must be greater than zero."),
    QT_TRANSLATE_NOOP("errors", "The installments add up to {total}, the contract is {base}."),
    QT_TRANSLATE_NOOP("errors", "The report of {code} has not been issued yet."),
    QT_TRANSLATE_NOOP("errors", "The report of {code} was released on {date}."),
    QT_TRANSLATE_NOOP("errors", "Line {n}: a fixed installment needs a due date."),
    QT_TRANSLATE_NOOP(
        "errors",
        "{customer}'s credit tier asks for {share} of the contract before the report of "
        "{code} is released: {required} is required, {paid} has been paid or prepaid. A "
        "manager can release it with a written reason.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{customer}'s credit tier asks for payment in full before the report of {code} is "
        "released: {required} is required, {paid} has been paid or prepaid. A manager can "
        "release it with a written reason.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{customer} is on credit hold ({overdue} overdue more than {days} days): the report "
        "of {code} is held until the project's {required} is paid; {paid} has been paid or "
        "prepaid. A manager can release it with a written reason.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Installment {n} ({amount}) has been invoiced: its amount and due date can no "
        "longer change.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Installment {n} ({amount}) has an invoice request waiting for finance: its amount "
        "and due date cannot change until the request is issued or rejected.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Installment {n} ({amount}) has been invoiced and cannot be removed from the plan.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Installment {n} ({amount}) has an invoice request waiting for finance and cannot "
        "be removed from the plan.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Installment {n} ({amount}) is named by earlier invoices or invoice requests and "
        "cannot be removed from the plan; change it instead.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The payment plan of {code} was changed on another PC; reopen it and make your "
        "change again.",
    ),
    QT_TRANSLATE_NOOP("errors", "The lab's name is required."),
    QT_TRANSLATE_NOOP("errors", "Say why the amount is written off."),
    QT_TRANSLATE_NOOP("errors", "Invoice {number} is void or a red-letter invoice."),
    QT_TRANSLATE_NOOP("errors", "Invoice {number} has only {open} open."),
    QT_TRANSLATE_NOOP(
        "errors",
        "Invoice {number} has {open} open and write-offs of {waiting} already wait for "
        "approval: at most {left} more can be asked for.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Invoice {number} has only {open} open now, less than the {amount} this request asks "
        "to write off. Reject it; finance can ask again.",
    ),
    QT_TRANSLATE_NOOP("errors", "Say why the write-off is rejected."),
    QT_TRANSLATE_NOOP("errors", "Only the person who asked for a write-off can withdraw it."),
    QT_TRANSLATE_NOOP("errors", "This write-off request was already {status}."),
    QT_TRANSLATE_NOOP(
        "errors",
        "Write-offs are approved or rejected by a manager under their own name, not by {login}.",
    ),
    QT_TRANSLATE_NOOP(
        "errors", "You asked for this write-off; another manager must approve or reject it."
    ),
    QT_TRANSLATE_NOOP("errors", "Only one contact can be the primary contact."),
    QT_TRANSLATE_NOOP("errors", "Contact {n}: the name is required."),
    QT_TRANSLATE_NOOP("errors", "Contact {n}: {email} is not an e-mail address."),
    QT_TRANSLATE_NOOP(
        "errors",
        "{customer} has {overdue} overdue more than {days} days: new invoices are on credit hold.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{customer} has {overdue} overdue more than {days} days: contract "
        "{reference} is on credit hold.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "This invoice would take {customer} to {exposure} against a credit "
        "limit of {limit} (open invoices {open}, contracts not yet invoiced"
        " {contracted}, prepayments {prepaid}, this invoice adds "
        "{added}).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Contract {reference} would take {customer} to {exposure} against a"
        " credit limit of {limit} (open invoices {open}, contracts not yet "
        "invoiced {contracted}, prepayments {prepaid}, this contract adds "
        "{added}).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{customer} has {overdue} overdue more than {days} days: voiding red-letter invoice "
        "{reference}, which gives its credit back, is on credit hold.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Merging {reference} into {customer} brings {customer} to {overdue} overdue more than "
        "{days} days: it would be on credit hold.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Voiding red-letter invoice {reference} would take {customer} to {exposure} against a "
        "credit limit of {limit} (open invoices {open}, contracts not yet invoiced "
        "{contracted}, prepayments {prepaid}, the credit given back adds {added}).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Merging {reference} into {customer} would take {customer} to {exposure} against a "
        "credit limit of {limit} (open invoices {open}, contracts not yet invoiced "
        "{contracted}, prepayments {prepaid}, the merged customer adds {added}).",
    ),
    QT_TRANSLATE_NOOP("errors", "Only a manager can raise the credit limit above {limit}."),
    QT_TRANSLATE_NOOP("errors", "Only a manager can give payment terms longer than {days} days."),
    QT_TRANSLATE_NOOP(
        "errors",
        "The date {date} is too far in the future: entries may be dated up to {latest} "
        "(today plus {days} days).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "A write-off cannot be dated {date}, before invoice {number} was issued ({issued}).",
    ),
    QT_TRANSLATE_NOOP("errors", "Entries may be dated 0 to {max} days ahead."),
    QT_TRANSLATE_NOOP("errors", "change how far ahead entries may be dated"),
    QT_TRANSLATE_NOOP("errors", "Payment terms must be {low} to {high} days."),
    QT_TRANSLATE_NOOP("errors", "The prepayment share must be between 0% and 100%."),
    QT_TRANSLATE_NOOP("errors", "A project stalls after {low} to {high} days without moving."),
    QT_TRANSLATE_NOOP("errors", "The sort order must be a whole number."),
    QT_TRANSLATE_NOOP("errors", "Escalation must come {low} to {high} days after the due date."),
    QT_TRANSLATE_NOOP(
        "errors", "The credit hold must start {low} to {high} days after the due date."
    ),
    QT_TRANSLATE_NOOP(
        "errors", "Reminder days must be whole days from {low} to {high} relative to the due date."
    ),
    QT_TRANSLATE_NOOP(
        "errors", "The unified social credit code {code} has {found} characters; it must have 18."
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The unified social credit code {code} has an invalid character "
        "{char} at position {position}.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The unified social credit code {code} is wrong at position 18: the"
        " check character should be {expected}, not {found}.",
    ),
    # Beyond the most one document may carry (MAX_AMOUNT_FEN).
    QT_TRANSLATE_NOOP("errors", "The amount cannot be more than {max}."),
    QT_TRANSLATE_NOOP("errors", "An allocation to {number} cannot be more than {max}."),
    QT_TRANSLATE_NOOP(
        "errors", "Quote line {n}: price, discount and amount cannot be more than {max}."
    ),
    QT_TRANSLATE_NOOP("errors", "The quote adds up to {total}, more than {max}."),
    QT_TRANSLATE_NOOP("errors", "The contract amount cannot be more than {max}."),
    QT_TRANSLATE_NOOP("errors", "An installment cannot be more than {max}."),
    QT_TRANSLATE_NOOP("errors", "The credit limit cannot be more than {max}."),
    QT_TRANSLATE_NOOP("errors", "The promised amount cannot be more than {max}."),
    QT_TRANSLATE_NOOP(
        "errors",
        "LabLedger cannot use the database {url}: it works with a SQLite file (give its "
        "path) or a PostgreSQL server (postgresql://user@host/database).",
    ),
    QT_TRANSLATE_NOOP("errors", "There is no database file at {path}."),
    QT_TRANSLATE_NOOP(
        "errors", "Cannot create the folder {folder} for the database {path}: {reason}"
    ),
    QT_TRANSLATE_NOOP(
        "errors", "{path} is not a LabLedger database: it is not a SQLite database file."
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{path} is not a LabLedger database: it is a SQLite file without LabLedger's tables.",
    ),
    QT_TRANSLATE_NOOP(
        "errors", "The database {path} is damaged ({reason}). Restore it from the latest backup."
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{path} has schema {revision}, which this version of LabLedger does not know (it "
        "knows up to {head}): it was written by a newer LabLedger, or it is not a LabLedger "
        "database.",
    ),
    QT_TRANSLATE_NOOP("errors", "Cannot write the backup {target}: {reason}"),
    QT_TRANSLATE_NOOP("errors", "Cannot write the report {path}: {reason}"),
    QT_TRANSLATE_NOOP(
        "errors", "Invoice {number} had money taken back on {taken}; date this on or after it."
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Project {code} is closed (paid or cancelled): its payment plan stays as it is.",
    ),
    QT_TRANSLATE_NOOP(
        "errors", "Cannot write the backup {target}: the folder {folder} does not exist."
    ),
    QT_TRANSLATE_NOOP("errors", "Aging buckets: give at least one bound in days."),
    QT_TRANSLATE_NOOP("errors", "Aging buckets: at most {max} bounds."),
    QT_TRANSLATE_NOOP(
        "errors", "Aging buckets: each bound must be a whole number of days above 0, not {value}."
    ),
    QT_TRANSLATE_NOOP(
        "errors", "Aging buckets: the bounds must increase, but {value} follows {previous}."
    ),
    QT_TRANSLATE_NOOP("errors", "Aging buckets: a bound cannot be more than {max} days."),
    QT_TRANSLATE_NOOP(
        "errors", "Provision rates: give one rate for each of the {count} age bands."
    ),
    QT_TRANSLATE_NOOP("errors", "Provision rates must be between 0% and 100%."),
    # Lengths, phone numbers and staff (app/services/core/field_checks.py, staff_service.py).
    QT_TRANSLATE_NOOP(
        "errors", "{label} can have at most {max} characters; this one has {length}."
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{label}: {phone} is not a phone number ({char} cannot be part of one). Give one "
        "number, e.g. 138 0013 8000 or 021-5888 0001 转 123.",
    ),
    QT_TRANSLATE_NOOP("errors", "{label}: {phone} has {digits} digits; a mobile number has 11."),
    QT_TRANSLATE_NOOP(
        "errors", "{label}: {phone} is not a mobile number; those start with 13 to 19."
    ),
    QT_TRANSLATE_NOOP("errors", "{label}: {phone} needs its area code, e.g. 021-5888 0001."),
    QT_TRANSLATE_NOOP(
        "errors",
        "{label}: after the area code {area}, {phone} should have 7 or 8 digits, not {digits}.",
    ),
    QT_TRANSLATE_NOOP("errors", "{label}: the extension of {phone} can have at most 6 digits."),
    QT_TRANSLATE_NOOP(
        "errors",
        "{label}: {phone} is not a phone number. Give a mobile number (11 digits) or a landline "
        "with its area code, e.g. 138 0013 8000 or 021-5888 0001 转 123.",
    ),
    QT_TRANSLATE_NOOP("errors", "The amount to confirm must be above zero and at most {max}."),
    QT_TRANSLATE_NOOP("errors", "The name is required."),
    QT_TRANSLATE_NOOP(
        "errors",
        "The login {login} may use only letters a-z, digits and . _ @ - (it is typed when "
        "logging in).",
    ),
    QT_TRANSLATE_NOOP("errors", "The login {login} is already used."),
    QT_TRANSLATE_NOOP("errors", "{email} is not an e-mail address."),
    QT_TRANSLATE_NOOP("errors", "Nobody can be their own manager."),
    QT_TRANSLATE_NOOP("errors", "The manager does not exist or is inactive."),
    QT_TRANSLATE_NOOP(
        "errors", "{name} cannot be managed by {manager}: {manager} reports to {name}."
    ),
    QT_TRANSLATE_NOOP("errors", "You cannot make yourself inactive."),
    QT_TRANSLATE_NOOP(
        "errors",
        "{entity} numbers: the pattern needs the running number, e.g. {{seq:6}} for six digits.",
    ),
    QT_TRANSLATE_NOOP("errors", "{entity} numbers: {token} may appear only once in the pattern."),
    QT_TRANSLATE_NOOP(
        "errors",
        "{entity} numbers: {token} is not understood; a pattern can use {{yyyy}}, {{yy}}, "
        "{{mm}} and {{seq:N}}.",
    ),
    QT_TRANSLATE_NOOP(
        "errors", "{entity} numbers: the running number takes 1 to 9 digits, not {digits}."
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{entity} numbers: a pattern with the month {{mm}} needs the year too, {{yyyy}} or {{yy}}.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{entity} numbers: “{char}” cannot be part of a number; use letters, digits, - _ and .",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{entity} numbers: the text and dates around the running number may have at most "
        "{max} characters, not {length}.",
    ),
    QT_TRANSLATE_NOOP("errors", "The period starts on {start}, after its end {end}."),
    QT_TRANSLATE_NOOP(
        "errors", "The charts can be kept to a credit tier or a test category, not both."
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The period ends on {end}, after today ({today}): a statement covers days that are over.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The ledger of {customer} does not add up from {start} to {end}: the opening balance "
        "{opening} and the entries of the period come to {lines}, but the balance on {end} is "
        "{closing}. Run `labledger check` and report the problem.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Fill in the lab's name, address and bank account in the settings before issuing "
        "statements: they are printed on them.",
    ),
    QT_TRANSLATE_NOOP("errors", "A reply is either agreed or disputed."),
    QT_TRANSLATE_NOOP("errors", "The note is longer than {max} characters."),
    QT_TRANSLATE_NOOP("errors", "Give the amount the customer disputes."),
    QT_TRANSLATE_NOOP("errors", "Say what the customer disputes."),
    QT_TRANSLATE_NOOP("errors", "An agreed reply has no disputed amount or invoices."),
    QT_TRANSLATE_NOOP("errors", "Say how the dispute was resolved."),
    QT_TRANSLATE_NOOP("errors", "Statement {number} has no disputed reply to resolve."),
    QT_TRANSLATE_NOOP("errors", "The dispute of statement {number} was resolved on {date}."),
    QT_TRANSLATE_NOOP("errors", "The date {date} is before {earliest}."),
    QT_TRANSLATE_NOOP("errors", "The date {date} is in the future."),
    QT_TRANSLATE_NOOP("errors", "The scan file is empty."),
    QT_TRANSLATE_NOOP("errors", "The scan is {size} MB; at most {max} MB can be attached."),
    QT_TRANSLATE_NOOP("errors", "Attach the scan as a PDF, JPEG, PNG or TIFF file."),
    QT_TRANSLATE_NOOP("errors", "The disputed invoices must be this customer's invoices."),
    QT_TRANSLATE_NOOP("errors", "The image must be a PNG or JPEG file."),
    QT_TRANSLATE_NOOP("errors", "The image is larger than {max} MB."),
    QT_TRANSLATE_NOOP("errors", "Ask for payment within 1 to 90 days."),
    QT_TRANSLATE_NOOP(
        "errors", "{customer} has nothing overdue on {date}: there is nothing to ask for."
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "No Chinese font that can be embedded in a PDF was found on this computer. Install a "
        "TrueType Chinese font (on Windows SimSun or Microsoft YaHei come with the system; on "
        "Debian or Ubuntu: apt install fonts-wqy-microhei) or set the environment variable "
        "LABLEDGER_PDF_FONT to the path of a .ttf or .ttc font file.",
    ),
    QT_TRANSLATE_NOOP("errors", "There is no font file at {path}."),
    QT_TRANSLATE_NOOP(
        "errors",
        "The font {path} cannot be used: after # comes the number of the font in the "
        "collection, e.g. simsun.ttc#0.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The font {path} cannot be embedded in a PDF: it is not a TrueType font. Use a .ttf or "
        ".ttc font with TrueType outlines, such as SimSun, Microsoft YaHei or WenQuanYi Micro Hei.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The font {path} lacks Chinese characters. Use a Chinese TrueType font, such as SimSun, "
        "Microsoft YaHei or WenQuanYi Micro Hei.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The PDF font {font} has no glyph for {chars} ({customer}). Set LABLEDGER_PDF_FONT to a "
        "font that has them, such as SimSun.",
    ),
    QT_TRANSLATE_NOOP("errors", "A collection target cannot be negative."),
    QT_TRANSLATE_NOOP(
        "errors", "Scorecard weights must be whole numbers from 0 to 100, not all 0."
    ),
    QT_TRANSLATE_NOOP("errors", "The DSO aim must be from 1 to 365 days."),
    # Reminders, collection tasks, notifications and the calendar.
    QT_TRANSLATE_NOOP("errors", "A reminder schedule needs at least one level."),
    QT_TRANSLATE_NOOP("errors", "A reminder schedule has at most {max} levels."),
    QT_TRANSLATE_NOOP(
        "errors", "A reminder level's day must be a whole number from {min} to {max}."
    ),
    QT_TRANSLATE_NOOP("errors", "Reminder level {days}: unknown recipient or action {name}."),
    QT_TRANSLATE_NOOP("errors", "Reminder level {days}: say who is told and what happens."),
    QT_TRANSLATE_NOOP(
        "errors", "Reminder level {days}: a collection task starts only after the due date."
    ),
    QT_TRANSLATE_NOOP("errors", "Two reminder levels fall on the same day."),
    QT_TRANSLATE_NOOP("errors", "This collection task is closed."),
    QT_TRANSLATE_NOOP("errors", "Snooze until a time in the future."),
    QT_TRANSLATE_NOOP("errors", "Unknown notification kind: {kind}."),
    QT_TRANSLATE_NOOP("errors", "Quiet hours need both a start and an end."),
    QT_TRANSLATE_NOOP("errors", "The end of the range is before its start."),
    QT_TRANSLATE_NOOP("errors", "A calendar range is at most {max} days."),
    QT_TRANSLATE_NOOP("errors", "Unknown calendar kind: {kind}."),
    # Import of legacy records (app/importers).
    QT_TRANSLATE_NOOP("errors", "Cannot import {path}: {reason}"),
    QT_TRANSLATE_NOOP("errors", "{count} cell(s) cannot be imported; nothing was written."),
    QT_TRANSLATE_NOOP("errors", "The import was cancelled; nothing was written."),
    QT_TRANSLATE_NOOP("errors", "Cannot import {path}: the file is empty."),
    QT_TRANSLATE_NOOP(
        "errors",
        "Cannot import {path}: the workbook is protected with a password. Open it "
        "in Excel, remove the password (File > Info > Protect Workbook), save it "
        "and import it again.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Cannot import {path}: it is a web page (HTML) with an Excel name, as "
        "some systems export it. Open it in Excel, save it as an Excel workbook "
        "(.xlsx) and import that.",
    ),
    QT_TRANSLATE_NOOP(
        "errors", "Cannot import {path}: it is not an Excel workbook, or it is damaged."
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Cannot import {path}: the file is damaged or incomplete (perhaps cut "
        "short while copying).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Cannot import {path}: it unpacks to far more data than a workbook holds "
        "(it may be a zip bomb).",
    ),
    QT_TRANSLATE_NOOP(
        "errors", "Cannot import {path}: it mixes text encodings; save it again as UTF-8 CSV."
    ),
    QT_TRANSLATE_NOOP("errors", "Cannot import {path}: the CSV file is malformed ({detail})."),
    QT_TRANSLATE_NOOP(
        "errors",
        "Cannot import {path}: no sheet has a header row LabLedger recognises "
        "(such as 客户名称, 开票日期, 开票金额); give a mapping file.",
    ),
    QT_TRANSLATE_NOOP("errors", "Cannot import {path}: it has no sheet named {sheet}."),
    QT_TRANSLATE_NOOP("errors", "Give the mapping a name."),
    QT_TRANSLATE_NOOP("errors", "The mapping name is longer than {max} characters."),
    QT_TRANSLATE_NOOP("errors", "Cannot use the mapping file {path}: {detail}"),
    QT_TRANSLATE_NOOP(
        "errors",
        "Not a date: write it as 2023-05-06, 2023/5/6, 2023.5.6, 2023年5月6日 or 20230506.",
    ),
    QT_TRANSLATE_NOOP("errors", "Not an amount: write it as 12345.60, ¥12,345.60 or 12,345."),
    QT_TRANSLATE_NOOP("errors", "The amount has more than two decimals (fen)."),
    QT_TRANSLATE_NOOP("errors", "The amount is more than {max}."),
    QT_TRANSLATE_NOOP("errors", "Not a number of days: write it as 30 or 30天."),
    QT_TRANSLATE_NOOP("errors", "This cell is required."),
    QT_TRANSLATE_NOOP(
        "errors", "A formula with no saved result: open the file in Excel, save it, then import."
    ),
    QT_TRANSLATE_NOOP("errors", "The text is longer than {max} characters."),
    QT_TRANSLATE_NOOP("errors", "Not a valid unified social credit code (统一社会信用代码)."),
    QT_TRANSLATE_NOOP("errors", "The date {date} is after today."),
    QT_TRANSLATE_NOOP("errors", "Not a tax rate: write it as 6%, 0.06 or 6."),
    QT_TRANSLATE_NOOP("errors", "A payment needs both its date and its amount."),
    QT_TRANSLATE_NOOP("errors", "The payments add up to more than the invoice."),
    QT_TRANSLATE_NOOP("errors", "Invoice number {number} is already used by another invoice."),
    QT_TRANSLATE_NOOP("errors", "No customer {name} in LabLedger or earlier in this file."),
    QT_TRANSLATE_NOOP("errors", "No invoice {number} of this customer."),
    QT_TRANSLATE_NOOP(
        "errors",
        "A negative (red-letter) amount cannot be imported as an invoice; enter "
        "the red-letter invoice in LabLedger against the invoice it credits.",
    ),
    # The outbound channels (app/services/outbound/).
    QT_TRANSLATE_NOOP(
        "errors",
        "No system keyring is available to keep the password safely, so it was not saved. "
        "On Windows and macOS the system's own keyring is used; on Linux install and "
        "unlock one with the Secret Service (GNOME Keyring or KWallet) and the Python "
        "package secretstorage, or configure another keyring backend. LabLedger never "
        "keeps the password in the database. ({detail})",
    ),
    QT_TRANSLATE_NOOP("errors", "The system keyring refused the password: {detail}"),
    QT_TRANSLATE_NOOP("errors", "The mail server (SMTP host) is required."),
    QT_TRANSLATE_NOOP("errors", "The port must be a number from 1 to 65535."),
    QT_TRANSLATE_NOOP("errors", "Unknown connection security: {value}."),
    QT_TRANSLATE_NOOP("errors", "The sender's email address is required."),
    QT_TRANSLATE_NOOP("errors", "{label}: {value} is not an email address."),
    QT_TRANSLATE_NOOP("errors", "The time-out must be from 1 to 300 seconds."),
    QT_TRANSLATE_NOOP("errors", "The user name can have only letters, digits and ASCII symbols."),
    QT_TRANSLATE_NOOP("errors", "A password needs the user name it belongs to."),
    QT_TRANSLATE_NOOP("errors", "The password can have only letters, digits and ASCII symbols."),
    QT_TRANSLATE_NOOP(
        "errors", "The webhook address must start with https:// and name a server: {url}"
    ),
    QT_TRANSLATE_NOOP("errors", "At most {max} team robots can be set."),
    QT_TRANSLATE_NOOP("errors", "A robot is WeCom or DingTalk, not {value}."),
    QT_TRANSLATE_NOOP("errors", "Each robot needs a name."),
    QT_TRANSLATE_NOOP("errors", "Two robots are named {name}."),
    QT_TRANSLATE_NOOP("errors", "Unknown robot scope: {value}."),
    QT_TRANSLATE_NOOP("errors", "The robot {name} is for one salesperson or team: choose whom."),
    QT_TRANSLATE_NOOP("errors", "Only a DingTalk robot has a signing secret: {name}."),
    QT_TRANSLATE_NOOP("errors", "The test email was not sent: {detail}"),
    QT_TRANSLATE_NOOP("errors", "The robot {name} did not take the test message: {detail}"),
    # Logging in (app/services/core/auth_service.py).
    QT_TRANSLATE_NOOP("errors", "The login name or the password is wrong."),
    QT_TRANSLATE_NOOP(
        "errors",
        "This account is locked after {attempts} failed log-ins. Try again after {until}, "
        "or ask an administrator to unlock it.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "This database requires a log-in on the command line: give --user LOGIN (the "
        "password is asked for, or read from LABLEDGER_PASSWORD).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The password of {login} was reset: log in to the application and change it first.",
    ),
    QT_TRANSLATE_NOOP("errors", "An account may be locked after 1 to {max} failed log-ins."),
    QT_TRANSLATE_NOOP("errors", "A lock may last 1 to {max} minutes."),
    QT_TRANSLATE_NOOP("errors", "The password needs at least {min} characters."),
    QT_TRANSLATE_NOOP("errors", "The password may have at most {max} characters."),
    QT_TRANSLATE_NOOP("errors", "The two passwords are not the same."),
    QT_TRANSLATE_NOOP("errors", "The login name is required."),
    QT_TRANSLATE_NOOP("errors", "The name may have at most {max} characters."),
    QT_TRANSLATE_NOOP("errors", "An administrator exists already: log in as them to add users."),
    QT_TRANSLATE_NOOP("errors", "The current password is wrong."),
    QT_TRANSLATE_NOOP("errors", "The new password must differ from the current one."),
    # Bank statements (app/importers/bank, app/services/bank).
    QT_TRANSLATE_NOOP(
        "errors",
        "Cannot import {path}: it is not a bank statement LabLedger can read (no header row "
        "names a date and an amount column, such as 交易日期 and 交易金额).",
    ),
    QT_TRANSLATE_NOOP("errors", "Cannot import {path}: the statement has no transactions."),
    QT_TRANSLATE_NOOP(
        "errors", "Cannot import {path}: row {row} has an amount LabLedger cannot read ({value})."
    ),
    QT_TRANSLATE_NOOP("errors", "Choose the customer who paid {amount} on {date}."),
    QT_TRANSLATE_NOOP(
        "errors",
        "The bank line of {date} for {amount} was already {status} (here or on another PC); "
        "nothing was changed.",
    ),
    QT_TRANSLATE_NOOP("errors", "Keep between 1 and {max} daily backups."),
    QT_TRANSLATE_NOOP(
        "errors",
        "Backups of a server database are made and restored on the server (pg_dump, pg_restore).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "migrate-to copies into a PostgreSQL database (postgresql://user@host/database); "
        "{url} is not one.",
    ),
    QT_TRANSLATE_NOOP(
        "errors", "migrate-to copies a SQLite database; this one is already on a server."
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The database {target} is not empty ({table} holds {rows} rows): migrate-to copies "
        "only into an empty database.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The database {target} has schema {theirs} and the original {mine}; both must be at "
        "this version's schema.",
    ),
    QT_TRANSLATE_NOOP("errors", "The copy in {target} differs from the original: {problems}"),
)

# Words (codes) that services pass as these parameters: entity names, actions, roles,
# request and proposal statuses, project stages.
TRANSLATED_PARAMS = ("entity", "action", "role", "status", "stage", "label")
PARAM_WORDS = (
    QT_TRANSLATE_NOOP("errors", "Customer"),
    QT_TRANSLATE_NOOP("errors", "Collection task"),
    QT_TRANSLATE_NOOP("errors", "work collection tasks"),
    QT_TRANSLATE_NOOP("errors", "change reminder schedules"),
    QT_TRANSLATE_NOOP("errors", "read notifications"),
    QT_TRANSLATE_NOOP("errors", "change others' preferences"),
    QT_TRANSLATE_NOOP("errors", "Tier proposal"),
    QT_TRANSLATE_NOOP("errors", "Credit tier"),
    QT_TRANSLATE_NOOP("errors", "Invoice request"),
    QT_TRANSLATE_NOOP("errors", "Write-off request"),
    QT_TRANSLATE_NOOP("errors", "Project"),
    QT_TRANSLATE_NOOP("errors", "Invoice"),
    QT_TRANSLATE_NOOP("errors", "Payment"),
    QT_TRANSLATE_NOOP("errors", "Allocation"),
    QT_TRANSLATE_NOOP("errors", "record"),
    QT_TRANSLATE_NOOP("errors", "Contact"),
    QT_TRANSLATE_NOOP("errors", "User"),
    QT_TRANSLATE_NOOP("errors", "log follow-ups"),
    QT_TRANSLATE_NOOP("errors", "judge promises to pay"),
    QT_TRANSLATE_NOOP("errors", "propose credit tier changes"),
    QT_TRANSLATE_NOOP("errors", "decide credit tier changes"),
    QT_TRANSLATE_NOOP("errors", "edit credit tiers"),
    QT_TRANSLATE_NOOP("errors", "create customers"),
    QT_TRANSLATE_NOOP("errors", "edit customers"),
    QT_TRANSLATE_NOOP("errors", "archive customers"),
    QT_TRANSLATE_NOOP("errors", "hand customers over"),
    QT_TRANSLATE_NOOP("errors", "merge customers"),
    QT_TRANSLATE_NOOP("errors", "request invoices"),
    QT_TRANSLATE_NOOP("errors", "issue invoices"),
    QT_TRANSLATE_NOOP("errors", "reject invoice requests"),
    QT_TRANSLATE_NOOP("errors", "void invoices"),
    QT_TRANSLATE_NOOP("errors", "record payments"),
    QT_TRANSLATE_NOOP("errors", "allocate payments"),
    QT_TRANSLATE_NOOP("errors", "reverse payments"),
    QT_TRANSLATE_NOOP("errors", "create projects"),
    QT_TRANSLATE_NOOP("errors", "quote projects"),
    QT_TRANSLATE_NOOP("errors", "sign contracts"),
    QT_TRANSLATE_NOOP("errors", "move projects to lead"),
    QT_TRANSLATE_NOOP("errors", "move projects to quoted"),
    QT_TRANSLATE_NOOP("errors", "move projects to contracted"),
    QT_TRANSLATE_NOOP("errors", "move projects to samples_received"),
    QT_TRANSLATE_NOOP("errors", "move projects to testing"),
    QT_TRANSLATE_NOOP("errors", "move projects to report_issued"),
    QT_TRANSLATE_NOOP("errors", "move projects to invoiced"),
    QT_TRANSLATE_NOOP("errors", "move projects to paid"),
    QT_TRANSLATE_NOOP("errors", "move projects to cancelled"),
    QT_TRANSLATE_NOOP("errors", "plan payments"),
    QT_TRANSLATE_NOOP("errors", "release reports"),
    QT_TRANSLATE_NOOP("errors", "override a report hold"),
    QT_TRANSLATE_NOOP("errors", "write off bad debts"),
    QT_TRANSLATE_NOOP("errors", "approve write-offs"),
    QT_TRANSLATE_NOOP("errors", "admin"),
    QT_TRANSLATE_NOOP("errors", "manager"),
    QT_TRANSLATE_NOOP("errors", "sales"),
    QT_TRANSLATE_NOOP("errors", "finance"),
    QT_TRANSLATE_NOOP("errors", "technician"),
    QT_TRANSLATE_NOOP("errors", "viewer"),
    QT_TRANSLATE_NOOP("errors", "pending"),
    QT_TRANSLATE_NOOP("errors", "issued"),
    QT_TRANSLATE_NOOP("errors", "rejected"),
    QT_TRANSLATE_NOOP("errors", "accepted"),
    QT_TRANSLATE_NOOP("errors", "approved"),
    QT_TRANSLATE_NOOP("errors", "lead"),
    QT_TRANSLATE_NOOP("errors", "quoted"),
    QT_TRANSLATE_NOOP("errors", "contracted"),
    QT_TRANSLATE_NOOP("errors", "samples_received"),
    QT_TRANSLATE_NOOP("errors", "testing"),
    QT_TRANSLATE_NOOP("errors", "report_issued"),
    QT_TRANSLATE_NOOP("errors", "invoiced"),
    QT_TRANSLATE_NOOP("errors", "paid"),
    QT_TRANSLATE_NOOP("errors", "cancelled"),
    QT_TRANSLATE_NOOP("errors", "change a customer's credit tier"),
    QT_TRANSLATE_NOOP("errors", "move projects to that stage"),
    QT_TRANSLATE_NOOP("errors", "override a credit hold"),
    QT_TRANSLATE_NOOP("errors", "change aging settings"),
    QT_TRANSLATE_NOOP("errors", "manage staff"),
    QT_TRANSLATE_NOOP("errors", "give or take the admin role"),
    QT_TRANSLATE_NOOP("errors", "change the log-in rules"),
    QT_TRANSLATE_NOOP("errors", "reset passwords"),
    QT_TRANSLATE_NOOP("errors", "unlock accounts"),
    QT_TRANSLATE_NOOP("errors", "change when large amounts are confirmed"),
    QT_TRANSLATE_NOOP("errors", "set collection targets"),
    QT_TRANSLATE_NOOP("errors", "change the scorecard"),
    # Fields named in messages (``label``, app/services/core/field_checks.py).
    QT_TRANSLATE_NOOP("errors", "Customer name"),
    QT_TRANSLATE_NOOP("errors", "Short name"),
    QT_TRANSLATE_NOOP("errors", "Customer code"),
    QT_TRANSLATE_NOOP("errors", "Region"),
    QT_TRANSLATE_NOOP("errors", "Address"),
    QT_TRANSLATE_NOOP("errors", "Phone"),
    QT_TRANSLATE_NOOP("errors", "Invoice title"),
    QT_TRANSLATE_NOOP("errors", "Tax ID"),
    QT_TRANSLATE_NOOP("errors", "Bank"),
    QT_TRANSLATE_NOOP("errors", "Bank account"),
    QT_TRANSLATE_NOOP("errors", "Contact name"),
    QT_TRANSLATE_NOOP("errors", "Contact title"),
    QT_TRANSLATE_NOOP("errors", "Contact phone"),
    QT_TRANSLATE_NOOP("errors", "Contact e-mail"),
    QT_TRANSLATE_NOOP("errors", "Contact WeChat"),
    QT_TRANSLATE_NOOP("errors", "Project title"),
    QT_TRANSLATE_NOOP("errors", "Test category"),
    QT_TRANSLATE_NOOP("errors", "Contract number"),
    QT_TRANSLATE_NOOP("errors", "Test item"),
    QT_TRANSLATE_NOOP("errors", "Name"),
    QT_TRANSLATE_NOOP("errors", "Login"),
    QT_TRANSLATE_NOOP("errors", "E-mail"),
    QT_TRANSLATE_NOOP("errors", "Lab name"),
    QT_TRANSLATE_NOOP("errors", "Contact person"),
    QT_TRANSLATE_NOOP("errors", "Statement"),
    QT_TRANSLATE_NOOP("errors", "change numbering rules"),
    QT_TRANSLATE_NOOP("errors", "Statement"),
    QT_TRANSLATE_NOOP("errors", "issue statements"),
    QT_TRANSLATE_NOOP("errors", "record statements sent"),
    QT_TRANSLATE_NOOP("errors", "record statement replies"),
    QT_TRANSLATE_NOOP("errors", "resolve statement disputes"),
    QT_TRANSLATE_NOOP("errors", "change the lab profile"),
    QT_TRANSLATE_NOOP("errors", "change the notification channels"),
    QT_TRANSLATE_NOOP("errors", "import records"),
    QT_TRANSLATE_NOOP("errors", "Mail server"),
    QT_TRANSLATE_NOOP("errors", "Sender's address"),
    QT_TRANSLATE_NOOP("errors", "Reply-to address"),
    QT_TRANSLATE_NOOP("errors", "User name"),
    QT_TRANSLATE_NOOP("errors", "Sender's name"),
    QT_TRANSLATE_NOOP("errors", "Robot name"),
    QT_TRANSLATE_NOOP("errors", "Webhook address"),
    QT_TRANSLATE_NOOP("errors", "Send to"),
    QT_TRANSLATE_NOOP("errors", "Bank line"),
    QT_TRANSLATE_NOOP("errors", "import bank statements"),
    QT_TRANSLATE_NOOP("errors", "confirmed"),
    QT_TRANSLATE_NOOP("errors", "ignored"),
    QT_TRANSLATE_NOOP("errors", "view the audit log"),
    QT_TRANSLATE_NOOP("errors", "change the backup settings"),
    QT_TRANSLATE_NOOP("errors", "back up the database"),
    QT_TRANSLATE_NOOP("errors", "restore a backup"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def translated_message(exc: LabLedgerError) -> str:
    """The error's message in the UI language; falls back to the English message if a
    translation does not fit the parameters. Several field errors: one line each."""
    if isinstance(exc, ValidationErrors):
        return "\n".join(translated_message(error) for error in exc.errors)
    params = dict(exc.params)
    for name in TRANSLATED_PARAMS:
        value = params.get(name)
        if isinstance(value, str):
            params[name] = _tr(value)
    try:
        return _tr(exc.template).format(**params)
    except (KeyError, IndexError, ValueError):
        return exc.message


def expected_error_box(parent: QWidget | None, exc: LabLedgerError) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ErrorDialogs", "LabLedger"))
    box.setText(translated_message(exc))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def show_expected_error(parent: QWidget | None, exc: LabLedgerError) -> QMessageBox:
    """A clear, window-modal message; no traceback (the user can act on the text)."""
    box = expected_error_box(parent, exc)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def error_report(exc_info: ExcInfo) -> str:
    """Plain text a user can paste into an e-mail to support."""
    details = "".join(traceback.format_exception(*exc_info))
    return (
        f"LabLedger unexpected error\n"
        f"Python {platform.python_version()} on {platform.platform()}\n"
        f"Qt {qVersion()}, PySide6 {pyside_version}\n\n{details}"
    )


class UnexpectedErrorDialog(QDialog):
    def __init__(
        self, exc_info: ExcInfo, log_path: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Something went wrong that LabLedger did not expect. Your data already saved is "
                "safe. Please copy the report below and send it to whoever supports LabLedger "
                "for you."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.report = QPlainTextEdit(error_report(exc_info))
        self.report.setReadOnly(True)
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        layout.addWidget(self.report)
        if log_path is not None:
            where = QLabel(
                self.tr("The report is also in the log file: {path}").format(path=str(log_path))
            )
            where.setWordWrap(True)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy report"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())


def show_unexpected_error(
    parent: QWidget | None, exc_info: ExcInfo, log_path: Path | None
) -> UnexpectedErrorDialog:
    dialog = UnexpectedErrorDialog(exc_info, log_path, parent)
    dialog.open()
    return dialog


class ErrorPresenter(QObject):
    """Where every error the GUI meets ends up. ``parent_widget`` is set by the main window
    so dialogs sit over it."""

    def __init__(self, log_path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.parent_widget: QWidget | None = None
        self._open_unexpected: UnexpectedErrorDialog | None = None
        self._previous_hook = sys.excepthook

    def expected(self, exc: LabLedgerError) -> None:
        log.info("expected error: %s", exc.message)
        show_expected_error(self.parent_widget, exc)

    def unexpected(self, exc_info: ExcInfo) -> None:
        log.error("unexpected error", exc_info=exc_info)
        # One dialog at a time: an error repeating in a loop must not bury the window.
        if self._open_unexpected is not None and self._open_unexpected.isVisible():
            return
        self._open_unexpected = show_unexpected_error(self.parent_widget, exc_info, self.log_path)

    def install_excepthook(self) -> None:
        """Uncaught exceptions (e.g. in a slot) reach the dialog and the log."""
        sys.excepthook = self._excepthook

    def _excepthook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_hook(exc_type, exc, tb)
            return
        if isinstance(exc, LabLedgerError):
            self.expected(exc)
        else:
            self.unexpected((exc_type, exc, tb))
