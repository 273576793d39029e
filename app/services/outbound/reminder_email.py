"""The payment reminder emailed to a customer: a polite Chinese letter to the billing contact
listing the open invoices (overdue ones first and marked), their total and the lab's bank
account, as plain text with a simple HTML alternative; a statement PDF may be attached.

The content is written when the reminder is put in the outbox (what the ledger said then);
a later payment does not rewrite a message already waiting."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import LedgerError
from app.domain.money import Money
from app.models import Contact
from app.reports.statement_pdf import statement_pdf
from app.services.core.settings_service import get_lab_images
from app.services.outbound.outbox import Channel, Enqueued, OutboundMessage, enqueue
from app.services.statements.dunning_service import DunningLetter, build_dunning_letter
from app.services.statements.statement_builder import build_statement

# Invoices not yet due are listed too, as far ahead as any could be.
ALL_OPEN = -36_500


@dataclass(frozen=True)
class BillingContact:
    name: str
    email: str


def billing_contact(session: Session, customer_id: int) -> BillingContact | None:
    """Whom reminders go to: the primary contact if they have an email address, else the
    first contact recorded who has one; None when no contact has one."""
    row = session.execute(
        select(Contact.name, Contact.email)
        .where(
            Contact.customer_id == customer_id,
            Contact.email.is_not(None),
            Contact.email != "",
        )
        .order_by(Contact.is_primary.desc(), Contact.id)
        .limit(1)
    ).first()
    if row is None or not row[1]:
        return None
    return BillingContact(row[0] or "", row[1].strip())


def yuan(fen: int) -> str:
    """An amount in yuan with two decimals and thousands separators: 12,345.60."""
    return Money(fen).format().replace("¥", "")


def reminder_subject(letter: DunningLetter) -> str:
    lab = letter.lab.name or "我司"
    return f"【{lab}】付款提醒：{letter.customer.name} 截至 {letter.as_of.isoformat()} 未结款项"


def _status(days_overdue: int) -> str:
    if days_overdue > 0:
        return f"逾期 {days_overdue} 天"
    if days_overdue == 0:
        return "今日到期"
    return f"{-days_overdue} 天后到期"


def reminder_text(letter: DunningLetter, contact: BillingContact) -> str:
    lab = letter.lab
    greeting = f"{contact.name}：" if contact.name else "您好："
    lines = [
        f"尊敬的{letter.customer.name} {greeting}",
        "",
        f"感谢贵司一直以来对{lab.name or '我司'}的信任与支持。截至 {letter.as_of.isoformat()}，"
        "贵司尚有以下款项未结清，烦请安排付款：",
        "",
    ]
    for item in letter.items:
        lines.append(
            f"- 发票号 {item.number}，开票日期 {item.issue_date.isoformat()}，"
            f"到期日 {item.due_date.isoformat()}，未结金额 {yuan(item.open_fen)} 元，"
            f"{_status(item.days_overdue)}"
        )
    lines += ["", f"合计未结：{yuan(letter.total_fen)} 元"]
    overdue = sum(i.open_fen for i in letter.items if i.days_overdue > 0)
    if overdue:
        lines.append(f"其中已逾期：{yuan(overdue)} 元")
    if letter.prepaid_fen:
        lines.append(f"（贵司另有已付未核销款项 {yuan(letter.prepaid_fen)} 元，核销后相应冲减。）")
    lines.append("")
    if lab.bank_account:
        lines += [
            "请汇款至：",
            f"户名：{lab.name}",
            f"开户行：{lab.bank_name}",
            f"账号：{lab.bank_account}",
            "",
        ]
    lines += [
        "如已付款，请忽略本邮件，并烦请告知付款日期以便我们核对；如对上述款项有疑问，欢迎随时与我们联系。",
        "",
        "此致",
        "敬礼！",
        "",
        lab.name,
    ]
    contact_line = "  ".join(t for t in (lab.contact, lab.phone) if t)
    if contact_line:
        lines.append(f"联系人：{contact_line}")
    return "\n".join(lines) + "\n"


def reminder_html(letter: DunningLetter, contact: BillingContact) -> str:
    lab = letter.lab
    e = html.escape
    greeting = f"{contact.name}：" if contact.name else "您好："
    rows = "".join(
        "<tr>"
        f"<td>{e(item.number)}</td><td>{item.issue_date.isoformat()}</td>"
        f"<td>{item.due_date.isoformat()}</td>"
        f'<td style="text-align:right">{yuan(item.open_fen)}</td>'
        f"<td>{e(_status(item.days_overdue))}</td>"
        "</tr>"
        for item in letter.items
    )
    bank = ""
    if lab.bank_account:
        bank = (
            f"<p>请汇款至：<br>户名：{e(lab.name)}<br>开户行：{e(lab.bank_name)}<br>"
            f"账号：{e(lab.bank_account)}</p>"
        )
    contact_line = "  ".join(t for t in (lab.contact, lab.phone) if t)
    return (
        '<html><body style="font-family:sans-serif">'
        f"<p>尊敬的{e(letter.customer.name)} {e(greeting)}</p>"
        f"<p>感谢贵司一直以来对{e(lab.name or '我司')}的信任与支持。截至 "
        f"{letter.as_of.isoformat()}，贵司尚有以下款项未结清，烦请安排付款：</p>"
        '<table border="1" cellspacing="0" cellpadding="4">'
        "<tr><th>发票号</th><th>开票日期</th><th>到期日</th><th>未结金额（元）</th>"
        "<th>状态</th></tr>"
        f"{rows}"
        f'<tr><td colspan="3"><b>合计</b></td><td style="text-align:right"><b>'
        f"{yuan(letter.total_fen)}</b></td><td></td></tr>"
        "</table>"
        f"{bank}"
        "<p>如已付款，请忽略本邮件，并烦请告知付款日期以便我们核对；如对上述款项有疑问，"
        "欢迎随时与我们联系。</p>"
        f"<p>此致<br>敬礼！</p><p>{e(lab.name)}"
        + (f"<br>联系人：{e(contact_line)}" if contact_line else "")
        + "</p></body></html>"
    )


@dataclass(frozen=True)
class Attachment:
    name: str
    data: bytes


def statement_attachment(
    session: Session, customer_id: int, period_from: date, period_to: date
) -> Attachment:
    """The customer's statement of the period as a PDF (a draft: no number), to attach."""
    content = build_statement(session, customer_id, period_from, period_to)
    data = statement_pdf(content, images=get_lab_images(session))
    name = f"对账单_{content.customer.code}_{period_from.isoformat()}_{period_to.isoformat()}.pdf"
    return Attachment(name, data)


def enqueue_customer_reminder(
    session: Session,
    customer_id: int,
    as_of: date,
    dedupe_key: str,
    now: datetime,
    *,
    attachment: Attachment | None = None,
) -> Enqueued | None:
    """Put the payment reminder of the customer's open invoices on ``as_of`` in the outbox
    (in the caller's transaction). None when there is nothing to send: no contact with an
    email address, or nothing open."""
    contact = billing_contact(session, customer_id)
    if contact is None:
        return None
    try:
        letter = build_dunning_letter(session, customer_id, as_of, min_days_overdue=ALL_OPEN)
    except LedgerError:
        return None  # nothing open on that day
    message = OutboundMessage(
        channel=Channel.EMAIL.value,
        recipient=contact.email,
        subject=reminder_subject(letter),
        body=reminder_text(letter, contact),
        html=reminder_html(letter, contact),
        attachment=attachment.data if attachment else None,
        attachment_name=attachment.name if attachment else None,
        dedupe_key=dedupe_key,
        customer_id=customer_id,
    )
    return enqueue(session, message, now)
