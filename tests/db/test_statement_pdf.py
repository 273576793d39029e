"""The statement and dunning letter PDFs, read back with pdfplumber: every figure printed
is the ledger's, the Chinese font is embedded as a subset, long statements paginate with
the table header and "第 x 页 共 y 页" on every page."""

from __future__ import annotations

import re
import subprocess
from datetime import date, timedelta
from io import BytesIO
from pathlib import Path

import pdfplumber
import pytest

from app.db.location import resolve
from app.domain.errors import LedgerError, PdfFontError
from app.domain.money import Money
from app.models import Customer
from app.reports import pdf_fonts
from app.reports.dunning_pdf import dunning_letter_pdf
from app.reports.pdf_fonts import find_cjk_font
from app.reports.statement_pdf import statement_pdf, write_statements
from app.services.core.settings_service import LabImages
from app.services.core.startup import open_database
from app.services.customers.activity_service import list_activities
from app.services.statements import statement_service as svc
from app.services.statements.dunning_service import build_dunning_letter, record_dunning_letter
from app.services.statements.statement_builder import build_statement
from app.services.statements.statement_content import StatementContent
from tests import factories
from tests.db.statement_ledger import (
    CLOSING,
    EXPECTED,
    LAB,
    OPENING,
    PERIOD,
    PREPAID,
    USCC,
    make_ledger,
)

HEADER = ["日期", "单据号码", "摘要", "应收增加", "应收减少", "余额"]


def yuan(fen: int) -> str:
    whole, cents = divmod(abs(fen), 100)
    return f"{'-' if fen < 0 else ''}{whole:,}.{cents:02d}"


def cell(fen: int) -> str:
    return yuan(fen) if fen else ""


def read(pdf: bytes) -> tuple[list[str], list[list[list[str | None]]]]:
    """Each page's text, and each page's tables."""
    with pdfplumber.open(BytesIO(pdf)) as doc:
        pages = [(page.extract_text() or "", page.extract_tables()) for page in doc.pages]
    return [text for text, _ in pages], [tables for _, tables in pages]


def line_rows(tables: list[list[list[str | None]]]) -> list[list[str | None]]:
    """The rows of the lines table over all pages, each page's header row checked."""
    rows = []
    for page in tables:
        found = [t for t in page if t and t[0] == HEADER]
        assert len(found) <= 1
        for table in found:
            rows += table[1:]
    return rows


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    """One SQLite ledger for the module: what is printed does not depend on the database
    (test_statement_service.py checks the figures on each)."""
    db, _ = open_database(resolve(str(tmp_path_factory.mktemp("pdf") / "ledger.sqlite3")))
    yield make_ledger(db)
    db.dispose()


@pytest.fixture
def issued(ledger) -> StatementContent:
    # Issuing again with nothing changed gives back the same statement.
    actor = ledger.on(date(2026, 4, 1))
    return svc.issue_statement(ledger.db, actor, ledger.customer_id, *PERIOD).value.content


def test_every_figure_printed_is_the_ledgers(ledger, issued):
    pages, tables = read(statement_pdf(issued))
    text = "\n".join(pages)
    assert "对 账 单" in text and LAB.name in text
    details = tables[0][0]
    assert details[0] == ["对账单号", issued.number, "对账日期", "2026年4月1日"]
    assert details[1][:2] == ["客户名称", "苏州凯鑫建材有限公司"]
    assert details[2] == ["统一社会信用代码", USCC, "客户编号", "C000003"]
    assert details[3] == [
        "联系人",
        "何立新 13661697748",
        "对账期间",
        "2026年2月1日 至 2026年3月31日",
    ]

    rows = line_rows(tables)
    assert rows[0] == ["2026-01-31", "", "期初余额", "", "", yuan(OPENING)]
    numbers = ledger.numbers
    printed = [(r[0], r[1], r[3], r[4], r[5]) for r in rows[1:-1]]
    assert printed == [
        (day, numbers[key], cell(debit), cell(credit), yuan(balance))
        for day, key, debit, credit, balance in EXPECTED
    ]
    summaries = [r[2] for r in rows[1:-1]]
    assert summaries[0] == "收款（银行转账）"
    assert summaries[1].startswith(f"红字发票，冲减 {numbers['I2']}")
    assert summaries[3] == "收款冲回（银行转账退回）"
    assert summaries[4].startswith("增值税专用发票，到期日 2026-04-09")
    assert summaries[5] == "发票作废" and summaries[6] == "坏账核销"
    debits = sum(d for _, _, d, _, _ in EXPECTED)
    credits = sum(c for _, _, _, c, _ in EXPECTED)
    assert rows[-1] == [
        "2026-03-31",
        "",
        "本期合计（7 笔）及期末余额",
        yuan(debits),
        yuan(credits),
        yuan(CLOSING),
    ]
    # Every running balance is the one before plus the line.
    balance = OPENING
    for r in rows[1:-1]:
        debit = Money.parse(r[3] or "0").fen
        credit = Money.parse(r[4] or "0").fen
        balance += debit - credit
        assert r[5] == yuan(balance)
    assert balance == CLOSING

    capitals = Money(CLOSING).capitals()
    assert capitals == "壹万零伍佰元整"
    assert f"¥{yuan(CLOSING)}" in text
    assert f"人民币（大写）：{capitals}" in text
    # The slip repeats the balance to confirm, in figures and in capitals.
    assert f"所列期末余额为人民币 ¥{yuan(CLOSING)}" in text.replace("\n", "")
    assert f"（大写：{capitals}）" in text.replace("\n", "")

    flat = [row for page in tables for table in page for row in table]
    aging_header = next(r for r in flat if r[0] == "账龄")
    aging_values = flat[flat.index(aging_header) + 1]
    assert aging_header[1:] == [
        "未到期",
        "逾期1-30天",
        "逾期31-60天",
        "逾期61-90天",
        "逾期91-180天",
        "逾期181-365天",
        "逾期365天以上",
        "未结清合计",
    ]
    assert aging_values[1:] == [
        "0.00",
        "0.00",
        yuan(1_350_000),
        "0.00",
        "0.00",
        "0.00",
        "0.00",
        yuan(1_350_000),
    ]
    prepaid = next(t for page in tables for t in page if t[0][0] == "收款日期")
    assert prepaid[1:] == [
        ["2026-02-20", numbers["P2"], "银行转账", yuan(300_000), yuan(PREPAID)],
        ["合计", None, None, None, yuan(PREPAID)],
    ]
    assert "期末余额 = 未结清合计 13,500.00 − 预收款 3,000.00 = 10,500.00" in text
    assert ["请将款项汇入", "户名", LAB.name] in flat
    assert [None, "账号", LAB.bank_account] in flat
    assert "□ 核对相符" in text and "□ 核对不符，差异如下：" in text
    assert text.count("经办人签字：") == 2 and text.count("（盖章）") >= 3
    assert all(f"第 {i} 页 共 {len(pages)} 页" in p for i, p in enumerate(pages, start=1))


def test_the_chinese_font_is_embedded_as_a_subset(issued, tmp_path):
    path = tmp_path / "s.pdf"
    path.write_bytes(statement_pdf(issued))
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    fonts = out.stdout.splitlines()[2:]
    assert fonts
    for line in fonts:
        name, *_, emb, sub, uni, _obj, _gen = line.split()
        assert re.fullmatch(r"[A-Z]{6}\+.+", name), line
        assert (emb, sub, uni) == ("yes", "yes", "yes"), line
    assert find_cjk_font().family.replace(" ", "") in out.stdout


def test_a_draft_says_so_and_has_no_number(ledger):
    with ledger.db.read() as s:
        draft = svc.draft_statement(s, ledger.customer_id, *PERIOD, today=date(2026, 4, 1))
    pages, tables = read(statement_pdf(draft))
    assert tables[0][0][0] == ["对账单号", "（预览，未登记）", "对账日期", ""]
    assert "预览" in pages[0]


@pytest.mark.slow
def test_a_thousand_lines_paginate_with_the_header_on_every_page(tmp_path):
    db, _ = open_database(resolve(str(tmp_path / "long.sqlite3")))
    start = date(2025, 1, 1)
    with db.write() as s:
        cust = factories.customer(s, "杭州市拱墅区市场监督管理局", code="G0001")
        for n in range(500):
            day = start + timedelta(days=n // 2)
            inv = factories.invoice(s, cust, 10_000 + n, day, number=f"FP{n:08d}")
            factories.payment(s, cust, 10_000 + n, day + timedelta(days=1), [(inv, 10_000 + n)])
        cid = cust.id
    end = start + timedelta(days=400)
    with db.read() as s:
        content = build_statement(s, cid, start, end).issued("DZ2026000009", end)
    db.dispose()
    assert len(content.lines) == 1000
    pages, tables = read(statement_pdf(content))
    assert len(pages) > 10
    for number, (text, page_tables) in enumerate(zip(pages, tables, strict=True), start=1):
        assert f"第 {number} 页 共 {len(pages)} 页" in text
        if number < len(pages) - 1:  # the last pages may hold only the summary and slip
            assert any(t[0] == HEADER for t in page_tables), number
        if number > 1:
            assert text.startswith("对账单（续）"), number
    rows = line_rows(tables)
    assert len(rows) == 1002
    assert [r[1] for r in rows[1:-1]] == [line.number for line in content.lines]
    assert [r[5] for r in rows[1:-1]] == [yuan(line.balance_fen) for line in content.lines]
    assert rows[-1][5] == yuan(content.closing_fen) == "0.00"


def test_statements_in_one_file_count_their_own_pages(ledger, issued):
    with ledger.db.read() as s:
        other = build_statement(s, ledger.other_id, *PERIOD).issued("DZ2026000099", PERIOD[1])
    buffer = BytesIO()
    write_statements([issued, other, issued], buffer)
    pages, _ = read(buffer.getvalue())
    alone = len(read(statement_pdf(issued))[0])
    second = len(read(statement_pdf(other))[0])
    assert len(pages) == 2 * alone + second
    footers = [re.search(r"第 (\d+) 页 共 (\d+) 页", p).groups() for p in pages]
    expected = [(str(i), str(alone)) for i in range(1, alone + 1)]
    expected += [(str(i), str(second)) for i in range(1, second + 1)]
    expected += [(str(i), str(alone)) for i in range(1, alone + 1)]
    assert footers == expected
    assert "上海新盛造纸股份有限公司" in pages[alone]


def test_logo_and_seal_are_drawn_when_set(issued):
    from PIL import Image

    picture = BytesIO()
    Image.new("RGB", (120, 120), "red").save(picture, format="PNG")
    plain = statement_pdf(issued)
    with_images = statement_pdf(issued, images=LabImages(picture.getvalue(), picture.getvalue()))
    with pdfplumber.open(BytesIO(plain)) as doc:
        assert sum(len(p.images) for p in doc.pages) == 0
    with pdfplumber.open(BytesIO(with_images)) as doc:
        assert sum(len(p.images) for p in doc.pages) == 2


def test_a_character_the_font_lacks_is_refused_not_printed_as_a_box(ledger, issued):
    from dataclasses import replace

    odd = replace(issued, customer=replace(issued.customer, name="𠀀𠀁科技有限公司"))
    with pytest.raises(PdfFontError, match="no glyph for 𠀀𠀁"):
        statement_pdf(odd)


def test_an_explicit_font_must_exist_be_truetype_and_have_chinese(tmp_path, monkeypatch):
    with pytest.raises(PdfFontError, match="There is no font file"):
        find_cjk_font(tmp_path / "missing.ttf")
    junk = tmp_path / "junk.ttf"
    junk.write_bytes(b"OTTO" + b"\0" * 200)
    with pytest.raises(PdfFontError, match="not a TrueType font"):
        find_cjk_font(junk)
    latin = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if latin.is_file():
        with pytest.raises(PdfFontError, match="lacks Chinese"):
            find_cjk_font(latin)
    monkeypatch.setenv(pdf_fonts.ENV_VAR, str(tmp_path / "nowhere.ttc"))
    with pytest.raises(PdfFontError, match=r"nowhere\.ttc"):
        find_cjk_font()
    system = next(pdf_fonts.candidates())
    assert find_cjk_font(f"{system}#0").path == system


def test_no_chinese_font_at_all_says_how_to_fix_it(monkeypatch):
    monkeypatch.delenv(pdf_fonts.ENV_VAR, raising=False)
    monkeypatch.setattr(pdf_fonts, "_found", {})
    monkeypatch.setattr(pdf_fonts, "candidates", lambda: iter(()))
    with pytest.raises(PdfFontError) as caught:
        find_cjk_font()
    assert "fonts-wqy-microhei" in caught.value.message
    assert "LABLEDGER_PDF_FONT" in caught.value.message


def test_the_dunning_letter_lists_the_overdue_invoices(ledger):
    as_of = date(2026, 4, 10)
    with ledger.db.read() as s:
        letter = build_dunning_letter(s, ledger.customer_id, as_of, pay_within_days=10)
    assert [(i.number, i.open_fen, i.days_overdue) for i in letter.items] == [
        (ledger.numbers["I1"], 1_000_000, 65),
        (ledger.numbers["I2"], 350_000, 50),
    ]
    assert letter.total_fen == 1_350_000 and letter.prepaid_fen == PREPAID
    pages, tables = read(dunning_letter_pdf(letter))
    text = "".join(pages).replace("\n", "")
    assert "催 款 函" in text and "苏州凯鑫建材有限公司：" in text
    assert "合计人民币 ¥13,500.00（大写：壹万叁仟伍佰元整）" in text
    assert "于2026年4月20日前" in text
    assert "尚有已到账、未核销的款项人民币 ¥3,000.00" in text
    assert "特此函告。" in text and f"{LAB.name}（盖章）" in text
    items = next(t for page in tables for t in page if t[0][0] == "序号")
    assert [r[1] for r in items[1:-1]] == [ledger.numbers["I1"], ledger.numbers["I2"]]
    assert items[1][4:] == ["10,000.00", "10,000.00", "65 天"]
    assert items[2][4:] == ["5,000.00", "3,500.00", "50 天"]
    assert items[-1][0] == "合计" and items[-1][5] == "13,500.00"
    activity = record_dunning_letter(ledger.db, ledger.on(as_of), letter).value
    with ledger.db.read() as s:
        logged = [a for a in list_activities(s, ledger.customer_id) if a.id == activity]
    assert logged and logged[0].kind == "dunning_letter"
    assert logged[0].next_action_date == date(2026, 4, 20)


def test_no_dunning_letter_for_a_customer_with_nothing_overdue(ledger):
    with ledger.db.read() as s, pytest.raises(LedgerError, match="nothing overdue"):
        build_dunning_letter(s, ledger.other_id, date(2026, 4, 10))
    with ledger.db.read() as s:
        assert s.get(Customer, ledger.other_id) is not None
