"""The reconciliation statement (对账单) as a PDF, as DESIGN.md lays it out: letterhead;
number and date; the customer's name, 统一社会信用代码 and contact; the period; the opening
balance, every entry of the period in date order with the running balance, the closing
balance in figures and in Chinese capitals (人民币大写); the aging of the closing balance;
the prepayments (预收); the lab's bank account; the confirmation slip (回执) with signature,
seal and date boxes for both sides. A4 portrait, "第 x 页 共 y 页" on every page, the table
header on every page. Several statements can share one file (the period-end batch), each
counting its own pages."""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO
from pathlib import Path
from typing import IO, Any

from reportlab.lib.colors import black
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    LongTable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.domain.errors import PdfFontError, ReportFileError
from app.domain.money import Money
from app.reports.pdf_fonts import CjkFont, find_cjk_font
from app.reports.pdf_layout import (
    FAINT,
    LIGHT,
    RULE,
    WIDTH,
    CutLine,
    DecoratedCanvas,
    Heading,
    LedgerTable,
    Letterhead,
    PageDecor,
    Row,
    Sealed,
    StartDocument,
    amount,
    long_date,
    page_template_args,
    style,
    wrap,
)
from app.services.core.settings_service import LabImages
from app.services.statements.statement_content import (
    AgingAmount,
    LineKind,
    StatementContent,
    StatementLine,
)

INVOICE_KINDS = {
    "vat_special": "增值税专用发票",
    "vat_normal": "增值税普通发票",
    "digital": "数电发票",
    "receipt": "收据",
}
METHODS = {
    "bank_transfer": "银行转账",
    "cash": "现金",
    "cheque": "支票",
    "acceptance_bill": "承兑汇票",
    "wechat_alipay": "微信/支付宝",
}
# Columns of the lines: date, document, summary, debit, credit, balance (mm).
# (A fully digital invoice number has 20 digits and fits on one line.)
COLUMNS = (18 * mm, 36 * mm, 59.5 * mm, 21.5 * mm, 21.5 * mm, 21.5 * mm)
HEADER = ("日期", "单据号码", "摘要", "应收增加", "应收减少", "余额")
SIZE = 8.5
PAD = 3


def line_summary(line: StatementLine) -> str:
    """摘要 of one line, as the customer reads it."""
    kind = INVOICE_KINDS.get(line.detail, line.detail)
    method = METHODS.get(line.detail, line.detail)
    # A second line (after \n) for the project or the reason, when there is one.
    extra = f"\n{line.text}" if line.text else ""
    match line.kind:
        case LineKind.INVOICE:
            due = f"，到期日 {line.due_date.isoformat()}" if line.due_date else ""
            return f"{kind}{due}{extra}"
        case LineKind.RED_LETTER:
            return f"红字发票，冲减 {line.related}{extra}"
        case LineKind.INVOICE_VOID:
            return f"发票作废{extra}"
        case LineKind.RED_LETTER_VOID:
            return f"红字发票作废，恢复发票 {line.related}"
        case LineKind.PAYMENT:
            return f"收款（{method}）" + (f"，付款人：{line.text}" if line.text else "")
        case LineKind.PAYMENT_REVERSAL:
            return f"收款冲回（{method}退回）"
        case LineKind.WRITE_OFF:
            return "坏账核销"


def bucket_label(bucket: AgingAmount) -> str:
    if bucket.low is None:
        return "未到期"
    if bucket.high is None:
        return f"逾期{bucket.low - 1}天以上"
    return f"逾期{bucket.low}-{bucket.high}天"


def capitals_line(fen: int) -> str:
    return f"人民币（大写）：{Money(fen).capitals()}"


def write_statements(
    contents: Sequence[StatementContent],
    out: str | Path | IO[bytes],
    *,
    images: LabImages | None = None,
    font: CjkFont | None = None,
) -> None:
    """One or several statements into one PDF file (or binary stream)."""
    if not contents:
        raise ValueError("no statement to write")
    cjk = font or find_cjk_font()
    story: list[Flowable] = []
    for index, content in enumerate(contents):
        _require_glyphs(cjk, content)
        if index:
            story.append(PageBreak())
        story += statement_story(content, cjk, images or LabImages())
    first = contents[0]
    title = (
        f"对账单 {first.number or '预览'} {first.customer.name}"
        if len(contents) == 1
        else f"对账单 {first.period_from.isoformat()} 至 {first.period_to.isoformat()}"
    )
    buffer = BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        title=title,
        author=first.lab.name,
        subject="对账单",
        creator="LabLedger",
        initialFontName=cjk.name,
        **page_template_args(),
    )
    doc.build(story, canvasmaker=DecoratedCanvas)
    data = buffer.getvalue()
    if isinstance(out, str | Path):
        try:
            Path(out).write_bytes(data)
        except OSError as exc:
            raise ReportFileError(path=str(out), reason=exc.strerror or str(exc)) from exc
    else:
        out.write(data)


def statement_pdf(
    content: StatementContent, *, images: LabImages | None = None, font: CjkFont | None = None
) -> bytes:
    buffer = BytesIO()
    write_statements([content], buffer, images=images, font=font)
    return buffer.getvalue()


def _require_glyphs(font: CjkFont, content: StatementContent) -> None:
    lab, customer = content.lab, content.customer
    texts = [
        lab.name,
        lab.address,
        lab.phone,
        lab.bank_name,
        lab.bank_account,
        lab.contact,
        customer.name,
        customer.contact,
        customer.address,
        customer.phone,
    ]
    texts += [line_summary(line) + line.number for line in content.lines]
    missing = font.missing("".join(texts))
    if missing:
        raise PdfFontError(
            "The PDF font {font} has no glyph for {chars} ({customer}). Set "
            "LABLEDGER_PDF_FONT to a font that has them, such as SimSun.",
            font=font.family,
            chars=missing,
            customer=customer.name,
        )


def statement_story(content: StatementContent, font: CjkFont, images: LabImages) -> list[Flowable]:
    number = content.number or "（预览，未登记）"
    customer = content.customer
    period = f"{content.period_from.isoformat()} 至 {content.period_to.isoformat()}"
    decor = PageDecor(
        font=font,
        footer=f"对账单 {content.number or '预览'}　{customer.name}",
        footer_right=content.lab.name,
        running_header=f"对账单（续）　{number}　{customer.name}　对账期间 {period}",
        watermark="预览" if content.is_draft else "",
    )
    body = style(font, 9)
    story: list[Flowable] = [
        StartDocument(decor),
        Letterhead(font, content.lab, images),
        Spacer(1, 3 * mm),
        Heading(font, "对账单"),
        Spacer(1, 2 * mm),
        _details(content, font, number),
        Spacer(1, 3 * mm),
        Paragraph(
            f"{customer.name}：<br/>"
            f"兹将贵单位与我单位对账期间（{period}）的往来账目列示如下，请核对。"
            "金额单位：人民币元。",
            body,
        ),
        Spacer(1, 2 * mm),
        _lines_table(content, font),
        Spacer(1, 3 * mm),
        KeepTogether([_closing(content, font), Spacer(1, 3 * mm), *_aging(content, font)]),
    ]
    if content.prepayments:
        story += [Spacer(1, 3 * mm), *_prepayments(content, font)]
    bank = _bank(content, font)
    if bank is not None:
        story += [Spacer(1, 3 * mm), bank]
    issued = long_date(content.issued_on) if content.issued_on else "    年    月    日"
    # The notes stay with the lab's name and seal that close them.
    story.append(
        KeepTogether(
            [
                Spacer(1, 3 * mm),
                *_notes(content, font),
                Spacer(1, 2 * mm),
                Sealed(font, [f"{content.lab.name}（盖章）", issued], images.seal),
            ]
        )
    )
    story.append(KeepTogether(_slip(content, font, number)))
    return story


def _grid(font: CjkFont, size: float = SIZE) -> list[Any]:
    return [
        ("FONTNAME", (0, 0), (-1, -1), font.name),
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), size * 1.3),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("INNERGRID", (0, 0), (-1, -1), 0.3, RULE),
        ("BOX", (0, 0), (-1, -1), 0.8, black),
    ]


def _details(content: StatementContent, font: CjkFont, number: str) -> Table:
    c = content.customer
    value_width = WIDTH / 2 - 27 * mm - 2 * PAD
    contact = "　".join(t for t in (c.contact, c.phone) if t)
    rows = [
        ["对账单号", number, "对账日期", long_date(content.issued_on) if content.issued_on else ""],
        ["客户名称", wrap(c.name, font, 9, WIDTH - 27 * mm - 2 * PAD), "", ""],
        ["统一社会信用代码", c.uscc, "客户编号", c.code],
        [
            "联系人",
            wrap(contact, font, 9, value_width),
            "对账期间",
            f"{long_date(content.period_from)} 至 {long_date(content.period_to)}",
        ],
    ]
    if c.address:
        rows.append(["地址", wrap(c.address, font, 9, WIDTH - 27 * mm - 2 * PAD), "", ""])
    table = Table(rows, colWidths=(27 * mm, WIDTH / 2 - 27 * mm, 27 * mm, WIDTH / 2 - 27 * mm))
    commands: list[Any] = [
        *_grid(font, 9),
        ("BACKGROUND", (0, 0), (0, -1), LIGHT),
        ("BACKGROUND", (2, 0), (2, 0), LIGHT),
        ("BACKGROUND", (2, 2), (2, 3), LIGHT),
        ("SPAN", (1, 1), (3, 1)),
    ]
    if c.address:
        commands.append(("SPAN", (1, 4), (3, 4)))
    table.setStyle(TableStyle(commands))
    return table


def _lines_table(content: StatementContent, font: CjkFont) -> LedgerTable:
    """The lines with their running balance between the opening and the closing row."""
    summary_width = COLUMNS[2] - 2 * PAD
    number_width = COLUMNS[1] - 2 * PAD
    before = content.period_from.fromordinal(content.period_from.toordinal() - 1)
    rows = [Row((before.isoformat(), "", "期初余额", "", "", amount(content.opening_fen)), True)]
    for line in content.lines:
        cells = (
            line.on.isoformat(),
            wrap(line.number, font, SIZE, number_width),
            wrap(line_summary(line), font, SIZE, summary_width),
            amount(line.debit_fen) if line.debit_fen else "",
            amount(line.credit_fen) if line.credit_fen else "",
            amount(line.balance_fen),
        )
        rows.append(Row(cells))
    if not content.lines:
        rows.append(Row(("", "", "本期无往来", "", "", "")))
    total = (
        content.period_to.isoformat(),
        "",
        f"本期合计（{len(content.lines)} 笔）及期末余额",
        amount(content.debit_fen),
        amount(content.credit_fen),
        amount(content.closing_fen),
    )
    rows.append(Row(total, shaded=True, rule_above=True))
    aligns = ("left", "left", "left", "right", "right", "right")
    return LedgerTable(font, SIZE, COLUMNS, aligns, HEADER, rows, pad=PAD)


def _closing(content: StatementContent, font: CjkFont) -> Table:
    closing = content.closing_fen
    note = "（负数为贵单位预付款多于应付款）" if closing < 0 else ""
    rows = [
        [f"期末余额\n（截至 {long_date(content.period_to)}）", f"¥{amount(closing)}{note}"],
        ["", capitals_line(closing)],
    ]
    table = Table(rows, colWidths=(45 * mm, WIDTH - 45 * mm))
    table.setStyle(
        TableStyle(
            [
                *_grid(font, 10),
                ("FONTSIZE", (0, 0), (0, 0), 9.5),
                ("LEADING", (0, 0), (0, 0), 13),
                ("ALIGN", (0, 0), (0, 0), "CENTER"),
                ("FONTSIZE", (1, 0), (1, 0), 11.5),
                ("INNERGRID", (0, 0), (-1, -1), 0, black),
                ("SPAN", (0, 0), (0, 1)),
                ("BACKGROUND", (0, 0), (0, -1), LIGHT),
                ("LINEAFTER", (0, 0), (0, -1), 0.3, RULE),
                ("ALIGN", (1, 0), (1, -1), "LEFT"),
            ]
        )
    )
    return table


def _aging(content: StatementContent, font: CjkFont) -> list[Flowable]:
    cells = [(bucket_label(a), amount(a.amount_fen)) for a in content.aging]
    cells.append(("未结清合计", amount(content.open_fen)))
    per_row = 8 if len(cells) <= 8 else (len(cells) + 1) // 2
    label_width = 22 * mm
    rows: list[list[str]] = []
    for start in range(0, len(cells), per_row):
        part = cells[start : start + per_row]
        part += [("", "")] * (per_row - len(part))
        rows.append(["账龄" if not start else "", *(label for label, _ in part)])
        rows.append(["金额" if not start else "", *(value for _, value in part)])
    width = (WIDTH - label_width) / per_row
    table = Table(rows, colWidths=(label_width, *([width] * per_row)))
    commands: list[Any] = [
        *_grid(font, 8),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("BACKGROUND", (0, 0), (0, -1), LIGHT),
    ]
    for index in range(0, len(rows), 2):
        commands.append(("BACKGROUND", (1, index), (-1, index), FAINT))
    table.setStyle(TableStyle(commands))
    netted = (
        f"期末余额 = 未结清合计 {amount(content.open_fen)} − 预收款 {amount(content.prepaid_fen)}"
        f" = {amount(content.closing_fen)}"
        if content.prepaid_fen
        else ""
    )
    title = Paragraph(
        f"期末余额账龄（截至 {long_date(content.period_to)}，按发票到期日）", style(font, 9)
    )
    flow: list[Flowable] = [title, Spacer(1, 1.5 * mm), table]
    if netted:
        flow += [Spacer(1, 1.5 * mm), Paragraph(netted, style(font, 8.5))]
    return flow


def _prepayments(content: StatementContent, font: CjkFont) -> list[Flowable]:
    rows = [["收款日期", "收款单号", "收款方式", "收款金额", "未核销金额（预收）"]]
    for p in content.prepayments:
        rows.append(
            [
                p.received.isoformat(),
                p.number,
                METHODS.get(p.method, p.method),
                amount(p.amount_fen),
                amount(p.unallocated_fen),
            ]
        )
    rows.append(["合计", "", "", "", amount(content.prepaid_fen)])
    last = len(rows) - 1
    table = LongTable(
        rows,
        colWidths=(24 * mm, 40 * mm, 34 * mm, 38 * mm, WIDTH - 136 * mm),
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                *_grid(font),
                ("ALIGN", (3, 1), (-1, -1), "RIGHT"),
                ("ALIGN", (0, 0), (-1, 0), "CENTER"),
                ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                ("SPAN", (0, last), (3, last)),
                ("BACKGROUND", (0, last), (-1, last), FAINT),
            ]
        )
    )
    title = Paragraph("预收款（已收到、尚未核销到发票的款项，可抵扣应收）", style(font, 9))
    return [title, Spacer(1, 1.5 * mm), table]


def _bank(content: StatementContent, font: CjkFont) -> Table | None:
    lab = content.lab
    if not (lab.bank_name or lab.bank_account):
        return None
    rows = [
        ["请将款项汇入", "户名", lab.name],
        ["", "开户银行", lab.bank_name],
        ["", "账号", lab.bank_account],
    ]
    table = Table(rows, colWidths=(27 * mm, 22 * mm, WIDTH - 49 * mm))
    table.setStyle(
        TableStyle(
            [
                *_grid(font, 9),
                ("SPAN", (0, 0), (0, -1)),
                ("BACKGROUND", (0, 0), (1, -1), LIGHT),
            ]
        )
    )
    return table


def _notes(content: StatementContent, font: CjkFont) -> list[Flowable]:
    lab = content.lab
    reach = "　".join(
        t
        for t in (
            f"联系人：{lab.contact}" if lab.contact else "",
            f"电话：{lab.phone}" if lab.phone else "",
        )
        if t
    )
    notes = [
        "说明：",
        "1. 本对账单仅用于核对往来账目，不作为付款或收款凭证。",
        "2. 请贵单位核对后在下方回执中勾选“核对相符”或“核对不符”并签字盖章，"
        "于收到本对账单之日起十五日内寄回或将扫描件发送我单位。",
        "3. 如有已付款项未列入本对账单，请随回执附上付款凭证，以便我单位核实。",
    ]
    if reach:
        notes.append(f"4. 对账{reach}")
    note_style = style(font, 8.5, 12.5, alignment=TA_LEFT)
    return [Paragraph(text, note_style) for text in notes]


def _slip(content: StatementContent, font: CjkFont, number: str) -> list[Flowable]:
    body = style(font, 9, 14)
    closing = content.closing_fen
    period = f"{content.period_from.isoformat()} 至 {content.period_to.isoformat()}"
    choice = Table(
        [
            ["□ 核对相符", "□ 核对不符，差异如下："],
            [
                "",
                "差异金额：______________________\n"
                "涉及发票：______________________\n"
                "差异说明：______________________\n"
                "__________________________________",
            ],
        ],
        colWidths=(WIDTH / 2, WIDTH / 2),
        rowHeights=(8 * mm, 24 * mm),
    )
    choice.setStyle(
        TableStyle(
            [
                *_grid(font, 10),
                ("FONTSIZE", (0, 1), (-1, 1), 9),
                ("LEADING", (0, 1), (-1, 1), 15),
                ("VALIGN", (0, 1), (-1, 1), "TOP"),
            ]
        )
    )
    sign = Table(
        [
            ["客户单位确认", "本单位确认"],
            ["（盖章）", "（盖章）"],
            ["经办人签字：", "经办人签字："],
            ["日期：　　　　年　　月　　日", "日期：　　　　年　　月　　日"],
        ],
        colWidths=(WIDTH / 2, WIDTH / 2),
        rowHeights=(7 * mm, 26 * mm, 8 * mm, 8 * mm),
    )
    sign.setStyle(
        TableStyle(
            [
                *_grid(font, 9),
                ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                ("ALIGN", (0, 0), (-1, 0), "CENTER"),
                ("VALIGN", (0, 1), (-1, 1), "TOP"),
            ]
        )
    )
    return [
        Spacer(1, 4 * mm),
        CutLine(font, "请沿此线剪下，核对、签章后寄回"),
        Spacer(1, 2 * mm),
        Heading(font, "对账回执", size=13, space=2),
        Spacer(1, 2 * mm),
        Paragraph(
            f"{content.lab.name}：<br/>"
            f"贵单位编号为 {number} 的对账单（对账期间 {period}）已收悉，"
            f"所列期末余额为人民币 ¥{amount(closing)}"
            f"（大写：{Money(closing).capitals()}）。经我单位核对：",
            body,
        ),
        Spacer(1, 2 * mm),
        choice,
        Spacer(1, 3 * mm),
        sign,
    ]
