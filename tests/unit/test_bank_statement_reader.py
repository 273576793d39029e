"""Every example export in tests/data/bank reads into the lines it holds, to the fen (the
counts and totals below were added up by hand from the files)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.domain.errors import ImportFileError
from app.importers.bank.statement_reader import BankStatement, Direction, read_statement

DATA = Path(__file__).resolve().parents[1] / "data"
BANK = DATA / "bank"


def totals(statement: BankStatement) -> dict[str, tuple[int, int]]:
    found: dict[str, tuple[int, int]] = {}
    for line in statement.lines:
        count, fen = found.get(line.direction.value, (0, 0))
        found[line.direction.value] = (count + 1, fen + line.amount_fen)
    return found


# file, bank, account, lines, {direction: (lines, fen)}
EXPECTED = [
    (
        "abc_debit__example-abc_debit-records.csv",
        "abc",
        "",
        5,
        {"credit": (2, 1_000_001), "debit": (2, 1_235_589), "neutral": (1, 0)},
    ),
    (
        "alipay__example-alipay-records.csv",
        "alipay",
        "xx@gmail.com",
        10,
        {"credit": (1, 22_222_850), "debit": (5, 21_164), "neutral": (4, 24_737)},
    ),
    (
        "boc__debit__example-boc-records.csv",
        "boc",
        "3167",
        17,
        {"credit": (4, 982_100), "debit": (13, 939_430)},
    ),
    (
        "bocom_debit__example-bocom_debit-records.csv",
        "bocom",
        "",
        6,
        {"credit": (3, 1_125), "debit": (3, 11_400)},
    ),
    (
        "cmb__debit__example-cmb-records.csv",
        "cmb",
        "",
        5,
        {"credit": (1, 123_400), "debit": (4, 201_314)},
    ),
    (
        "icbc__debit-v1__example-icbc-debit-v1-records.csv",
        "icbc",
        "1234****9876",
        11,
        {"credit": (5, 284_174), "debit": (6, 424_108)},
    ),
    (
        "icbc__debit-v2__example-icbc-debit-v2-records.csv",
        "icbc_v2",
        "1234****9876",
        11,
        {"credit": (5, 284_174), "debit": (6, 424_108)},
    ),
    (
        "wechat__example-wechat-records.csv",
        "wechat",
        "测试",
        27,
        {"credit": (5, 2_849), "debit": (11, 290_453), "neutral": (11, 2_610_089)},
    ),
    (
        "spdb_debit__example-spdb_debit-records.xls",
        "spdb",
        "6200000000001230",
        4,
        {"credit": (1, 1_000), "debit": (3, 1_164)},
    ),
]


@pytest.mark.parametrize(("name", "bank", "account", "count", "sums"), EXPECTED)
def test_each_example_export_reads_to_the_fen(name, bank, account, count, sums):
    folder = DATA if name.endswith(".xls") else BANK
    statement = read_statement(folder / name)
    assert (statement.bank, statement.account, len(statement.lines)) == (bank, account, count)
    assert totals(statement) == sums
    assert len(set(statement.keys())) == count


def test_lines_carry_payer_memo_serial_and_balance():
    boc = read_statement(BANK / "boc__debit__example-boc-records.csv")
    salary = next(line for line in boc.lines if line.kind == "工资")
    assert salary.date == date(2025, 8, 5) and salary.time == "16:00:44"
    assert (salary.payer_name, salary.payer_account) == ("美金数据有限公司", "4520******1924")
    assert (salary.amount_fen, salary.balance_fen) == (577_100, 661_809)
    # CMB writes the payer's name and account in one cell.
    cmb = read_statement(BANK / "cmb__debit__example-cmb-records.csv")
    assert (cmb.lines[0].payer_name, cmb.lines[0].payer_account) == (
        "北京住房公积金管理中心",
        "1111111111",
    )
    assert cmb.lines[0].memo == "01月01日约定提取"
    # ABC's log number is the serial; BOCOM's 借/贷 column gives the direction.
    abc = read_statement(BANK / "abc_debit__example-abc_debit-records.csv")
    assert abc.lines[0].serial == "369396693" and abc.lines[0].direction == Direction.CREDIT
    bocom = read_statement(BANK / "bocom_debit__example-bocom_debit-records.csv")
    assert [line.direction.value for line in bocom.lines[:2]] == ["credit", "debit"]
    # ICBC masks the balance ("xx,yyyy.zz"): the line stands without it.
    icbc = read_statement(BANK / "icbc__debit-v1__example-icbc-debit-v1-records.csv")
    assert icbc.lines[2].payer_name == "李四" and icbc.lines[2].balance_fen is None


def test_the_same_line_in_an_overlapping_export_has_the_same_key(tmp_path):
    source = BANK / "cmb__debit__example-cmb-records.csv"
    text = source.read_text(encoding="utf-8").splitlines()
    part = tmp_path / "cmb-part.csv"
    part.write_text("\n".join(text[:3]) + "\n", encoding="utf-8")
    whole, first = read_statement(source), read_statement(part)
    assert first.keys() == whole.keys()[:2]
    # Two lines that say the same in one file are two lines.
    twice = tmp_path / "twice.csv"
    twice.write_text("\n".join([text[0], text[2], text[2]]) + "\n", encoding="utf-8")
    keys = read_statement(twice).keys()
    assert len(set(keys)) == 2 and keys[0] == whole.keys()[1]


def test_an_xlsx_export_of_another_bank_with_in_and_out_columns(tmp_path):
    path = tmp_path / "other.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["账户明细", None, None])
    ws.append(["交易日期", "收入金额", "支出金额", "对方户名", "附言", "账户余额"])
    ws.append([date(2026, 3, 2), 1234.5, None, "上海某某检测有限公司", "发票 FP001", 5000])
    ws.append(["2026-03-03", None, "20.00", "电费", "", 4980])
    wb.save(path)
    statement = read_statement(path)
    assert statement.bank == "other"
    first, second = statement.lines
    assert (first.direction, first.amount_fen, first.balance_fen) == (
        Direction.CREDIT,
        123_450,
        500_000,
    )
    assert (second.direction, second.amount_fen) == (Direction.DEBIT, 2_000)


def test_a_gbk_csv_with_a_bom_less_preamble_reads(tmp_path):
    path = tmp_path / "gbk.csv"
    path.write_bytes(
        "某银行账户明细\n账号,6222000011112222\n交易日期,交易金额,对方户名,附言\n"
        '2026/4/1,"1,000.00",杭州丙丁环境科技有限公司,货款\n'.encode("gbk")
    )
    statement = read_statement(path)
    [line] = statement.lines
    assert statement.account == "6222000011112222"
    assert (line.payer_name, line.amount_fen, line.memo) == (
        "杭州丙丁环境科技有限公司",
        100_000,
        "货款",
    )


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("客户名称,开票金额\n甲,100\n", "not a bank statement"),
        ("交易日期,交易金额,对方户名\n合计,,\n", "no transactions"),
        ("交易日期,交易金额,对方户名\n2026-01-02,一百元,甲\n", "row 2 has an amount"),
    ],
)
def test_files_that_are_no_statement_say_why(tmp_path, content, reason):
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportFileError, match=reason):
        read_statement(path)


def test_a_web_page_named_xls_is_refused_in_words(tmp_path):
    path = tmp_path / "statement.xls"
    path.write_text("<html><body><table></table></body></html>", encoding="utf-8")
    with pytest.raises(ImportFileError, match="web page"):
        read_statement(path)


def test_a_corporate_statement_with_debit_and_credit_turnover_columns(tmp_path):
    path = tmp_path / "corporate.csv"
    path.write_text(
        "交易日期,借方发生额,贷方发生额,余额,对方单位名称,用途\n"
        '2026-05-06,,"12,000.00",52000.00,宁波某某检测有限公司,检测费 FP2026001\n'
        "2026-05-07,300.00,,51700.00,某物业公司,物业费\n",
        encoding="utf-8",
    )
    first, second = read_statement(path).lines
    assert (first.direction, first.amount_fen, first.payer_name) == (
        Direction.CREDIT,
        1_200_000,
        "宁波某某检测有限公司",
    )
    assert first.memo == "检测费 FP2026001"
    assert (second.direction, second.amount_fen) == (Direction.DEBIT, 30_000)
