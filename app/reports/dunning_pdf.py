"""The dunning letter (催款函) as a PDF: the statement's letterhead and font, the overdue
invoices with their open amounts and days overdue, the total in figures and in Chinese
capitals, the date to pay by and the lab's bank account, in the formal register a Chinese
lab writes to a customer in."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import IO, Any

from reportlab.lib.colors import black
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    LongTable,
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
    DecoratedCanvas,
    Heading,
    Letterhead,
    PageDecor,
    Sealed,
    StartDocument,
    amount,
    long_date,
    page_template_args,
    style,
    wrap,
)
from app.services.core.settings_service import LabImages
from app.services.statements.dunning_service import DunningLetter

# 序号, 发票号码, 检测项目, 开票日期, 到期日, 发票金额, 未付金额, 逾期天数 (mm).
COLUMNS = (9 * mm, 35 * mm, 36 * mm, 19 * mm, 19 * mm, 21 * mm, 21 * mm, 18 * mm)
SIZE = 8.5


def write_dunning_letter(
    letter: DunningLetter,
    out: str | Path | IO[bytes],
    *,
    images: LabImages | None = None,
    font: CjkFont | None = None,
) -> None:
    cjk = font or find_cjk_font()
    _require_glyphs(cjk, letter)
    buffer = BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        title=f"催款函 {letter.customer.name}",
        author=letter.lab.name,
        subject="催款函",
        creator="LabLedger",
        initialFontName=cjk.name,
        **page_template_args(),
    )
    doc.build(_story(letter, cjk, images or LabImages()), canvasmaker=DecoratedCanvas)
    data = buffer.getvalue()
    if isinstance(out, str | Path):
        try:
            Path(out).write_bytes(data)
        except OSError as exc:
            raise ReportFileError(path=str(out), reason=exc.strerror or str(exc)) from exc
    else:
        out.write(data)


def dunning_letter_pdf(
    letter: DunningLetter, *, images: LabImages | None = None, font: CjkFont | None = None
) -> bytes:
    buffer = BytesIO()
    write_dunning_letter(letter, buffer, images=images, font=font)
    return buffer.getvalue()


def _require_glyphs(font: CjkFont, letter: DunningLetter) -> None:
    texts = [letter.lab.name, letter.lab.address, letter.lab.bank_name, letter.lab.contact]
    texts += [letter.customer.name, *(i.project + i.number for i in letter.items)]
    missing = font.missing("".join(texts))
    if missing:
        raise PdfFontError(
            "The PDF font {font} has no glyph for {chars} ({customer}). Set "
            "LABLEDGER_PDF_FONT to a font that has them, such as SimSun.",
            font=font.family,
            chars=missing,
            customer=letter.customer.name,
        )


def _story(letter: DunningLetter, font: CjkFont, images: LabImages) -> list[Flowable]:
    lab, customer = letter.lab, letter.customer
    total = letter.total_fen
    body = style(font, 10.5, 19, firstLineIndent=21)
    plain = style(font, 10.5, 19)
    decor = PageDecor(
        font=font,
        footer=f"催款函　{customer.name}",
        footer_right=lab.name,
        running_header=f"催款函（续）　{customer.name}　截至 {letter.as_of.isoformat()}",
    )
    paragraphs = [
        "承蒙贵单位长期以来对我单位检测工作的信任与支持，谨致谢意！",
        f"经我单位财务核对，截至{long_date(letter.as_of)}，贵单位委托我单位检测服务的下列"
        f"款项已超过约定付款期限，至今尚未支付，合计人民币 ¥{amount(total)}"
        f"（大写：{Money(total).capitals()}）。明细如下：",
    ]
    after = [
        f"上述款项均已逾期。请贵单位在收到本函后，于{long_date(letter.pay_by)}前将上述款项"
        "足额汇入我单位以下账户：",
    ]
    closing = []
    if letter.prepaid_fen > 0:
        closing.append(
            f"另：贵单位尚有已到账、未核销的款项人民币 ¥{amount(letter.prepaid_fen)}，"
            "可用于抵付上述欠款，请与我单位财务联系确认。"
        )
    closing += [
        "如贵单位已安排付款，请将付款凭证发送我单位以便核对，并请忽略本函。如对上述款项"
        "有异议，请于收到本函之日起七日内以书面形式告知我单位。",
        "逾期仍未支付的，我单位将依照合同约定暂停受理贵单位新的检测委托、暂缓出具尚未"
        "发放的检测报告，并保留依法追偿欠款及相关费用的权利。",
        "特此函告。",
    ]
    reach = "　".join(
        t
        for t in (
            f"联系人：{lab.contact}" if lab.contact else "",
            f"联系电话：{lab.phone}" if lab.phone else "",
        )
        if t
    )
    story: list[Flowable] = [
        StartDocument(decor),
        Letterhead(font, lab, images),
        Spacer(1, 4 * mm),
        Heading(font, "催款函"),
        Paragraph(f"日期：{long_date(letter.as_of)}", style(font, 9, alignment=TA_RIGHT)),
        Spacer(1, 3 * mm),
        Paragraph(f"{customer.name}：", plain),
        *(Paragraph(p, body) for p in paragraphs),
        Spacer(1, 2 * mm),
        _items(letter, font),
        Spacer(1, 3 * mm),
        *(Paragraph(p, body) for p in after),
        Spacer(1, 2 * mm),
    ]
    bank = _bank(letter, font)
    if bank is not None:
        story += [bank, Spacer(1, 3 * mm)]
    story += [Paragraph(p, body) for p in closing]
    if reach:
        story += [Spacer(1, 2 * mm), Paragraph(reach, plain)]
    story.append(
        KeepTogether(
            [
                Spacer(1, 6 * mm),
                Sealed(font, [f"{lab.name}（盖章）", long_date(letter.as_of)], images.seal),
            ]
        )
    )
    return story


def _grid(font: CjkFont, size: float) -> list[Any]:
    return [
        ("FONTNAME", (0, 0), (-1, -1), font.name),
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), size * 1.3),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("INNERGRID", (0, 0), (-1, -1), 0.3, RULE),
        ("BOX", (0, 0), (-1, -1), 0.8, black),
    ]


def _items(letter: DunningLetter, font: CjkFont) -> LongTable:
    with_projects = any(item.project for item in letter.items)
    # (Without projects, the invoice number takes the project column's room.)
    widths = (
        COLUMNS if with_projects else (9 * mm, 43 * mm, 22 * mm, 22 * mm, 27 * mm, 27 * mm, 28 * mm)
    )
    header = ["序号", "发票号码", "开票日期", "到期日", "发票金额", "未付金额", "逾期天数"]
    if with_projects:
        header.insert(2, "检测项目")
    rows = [header]
    for index, item in enumerate(letter.items, start=1):
        row = [
            str(index),
            item.number,
            item.issue_date.isoformat(),
            item.due_date.isoformat(),
            amount(item.amount_fen),
            amount(item.open_fen),
            f"{item.days_overdue} 天",
        ]
        if with_projects:
            row.insert(2, wrap(item.project, font, SIZE, widths[2] - 6))
        rows.append(row)
    money = len(header) - 3  # the first money column
    total = [""] * len(header)
    total[0], total[money + 1] = "合计", amount(letter.total_fen)
    rows.append(total)
    last = len(rows) - 1
    table = LongTable(rows, colWidths=widths[: len(header)], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                *_grid(font, SIZE),
                ("ALIGN", (0, 0), (-1, 0), "CENTER"),
                ("ALIGN", (0, 1), (0, -1), "CENTER"),
                ("ALIGN", (money, 1), (-1, -1), "RIGHT"),
                ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, black),
                ("SPAN", (0, last), (money, last)),
                ("ALIGN", (0, last), (money, last), "CENTER"),
                ("BACKGROUND", (0, last), (-1, last), FAINT),
            ]
        )
    )
    return table


def _bank(letter: DunningLetter, font: CjkFont) -> Table | None:
    lab = letter.lab
    if not (lab.bank_name or lab.bank_account):
        return None
    rows = [["户名", lab.name], ["开户银行", lab.bank_name], ["账号", lab.bank_account]]
    table = Table(rows, colWidths=(26 * mm, WIDTH - 26 * mm))
    table.setStyle(
        TableStyle(
            [
                *_grid(font, 10),
                ("BACKGROUND", (0, 0), (0, -1), LIGHT),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table
