"""The statement exports LabLedger reads, told apart by their header rows.

Banks name the same columns differently (对方户名, 对方账户名, 交易对方, 对手信息 all hold the
payer), so each column is found by its synonyms, compared without white space, after NFKC
folding and case-insensitively. Which bank wrote the file is told by the header cells only
that bank uses (日志号 is ABC's, 联机余额 CMB's, ...); a file from another bank still reads when
its header names a date and an amount, and is shown as "other"."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from app.importers.values import text_of

# Fields a statement column can hold. ``amount`` is signed, or unsigned with a direction
# column; ``credit``/``debit`` are separate in and out columns.
FIELDS = (
    "date",
    "time",
    "amount",
    "credit",
    "debit",
    "direction",
    "balance",
    "payer",
    "payer_account",
    "kind",
    "memo",
    "serial",
    "own_account",
    "status",
)

# Synonyms per field, in order of preference: the first one present wins (ICBC's 记账金额
# holds the amount booked; its 交易金额 columns read "-").
SYNONYMS: dict[str, tuple[str, ...]] = {
    "date": ("交易日期", "记账日期", "入账日期", "日期", "交易时间"),
    "time": ("交易时间", "记账时间", "时间"),
    "amount": ("交易金额", "金额(元)", "金额", "发生额", "交易金额(元)"),
    # Seen from the account holder: 贷方 (credit) is money in, 借方 (debit) money out.
    "credit": (
        "记账金额(收入)",
        "交易金额(收入)",
        "存入金额",
        "收入金额",
        "贷方金额",
        "贷方发生额",
        "收入",
    ),
    "debit": (
        "记账金额(支出)",
        "交易金额(支出)",
        "取出金额",
        "支出金额",
        "借方金额",
        "借方发生额",
        "支出",
    ),
    "direction": ("借贷", "收/支", "借贷标志", "收支"),
    "balance": ("余额", "本次余额", "联机余额", "账户余额"),
    "payer": (
        "对方户名",
        "对方账户名",
        "交易对方",
        "交易对手名称",
        "对手信息",
        "对方名称",
        "对方单位名称",
        "付款人名称",
        "付款方名称",
    ),
    "payer_account": ("对方账号", "对方卡号/账号", "交易对手账号", "对方账户"),
    "kind": ("交易摘要", "摘要", "交易类型", "交易名称", "交易分类"),
    "memo": (
        "附言",
        "交易附言",
        "客户摘要",
        "商品说明",
        "商品",
        "备注",
        "交易详情",
        "用途",
        "交易场所",
    ),
    "serial": ("日志号", "交易单号", "交易订单号", "交易流水号", "流水号", "凭证号"),
    "own_account": ("借记卡号", "本方账号"),
    "status": ("交易状态", "当前状态"),
}
# Fields that take every column that names them (their texts are joined), not only the first.
JOINED = frozenset({"kind", "memo"})


@dataclass(frozen=True)
class BankFormat:
    code: str
    # Header cells (folded) that only this export has, all of them.
    signature: tuple[str, ...]


# Most specific first: ICBC's second version adds 交易详情 to the first's columns.
FORMATS = (
    BankFormat("icbc_v2", ("记账金额(收入)", "交易详情", "对方账户")),
    BankFormat("icbc", ("记账金额(收入)", "交易场所")),
    BankFormat("abc", ("日志号", "本次余额")),
    BankFormat("boc", ("借记卡号", "对方卡号/账号")),
    BankFormat("bocom", ("借贷", "对方户名")),
    BankFormat("cmb", ("联机余额", "客户摘要")),
    BankFormat("spdb", ("存入金额", "取出金额", "交易对手名称")),
    BankFormat("alipay", ("交易订单号", "商家订单号")),
    BankFormat("wechat", ("交易单号", "商户单号")),
)
OTHER = "other"
# Wallet exports (WeChat, Alipay) record payments by WeChat/Alipay, not by bank transfer.
WALLETS = frozenset({"alipay", "wechat"})

_SPACES = re.compile(r"\s+")


def fold(value: object) -> str:
    """A header cell as compared: NFKC, no white space, lower case."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", text_of(value))).casefold()


@dataclass(frozen=True)
class Columns:
    """Which column (0-based) holds each field; joined fields may have several."""

    single: dict[str, int]
    joined: dict[str, tuple[int, ...]]

    def usable(self) -> bool:
        has_amount = "amount" in self.single or {"credit", "debit"} <= self.single.keys()
        return "date" in self.single and has_amount


def map_columns(header: Sequence[object]) -> Columns:
    cells = [fold(cell) for cell in header]
    single: dict[str, int] = {}
    joined: dict[str, list[int]] = {}
    taken: set[int] = set()
    for field in FIELDS:
        for synonym in SYNONYMS[field]:
            wanted = fold(synonym)
            found = [i for i, cell in enumerate(cells) if cell == wanted and i not in taken]
            if not found:
                continue
            if field in JOINED:
                joined.setdefault(field, []).extend(found)
                taken.update(found)
                continue
            single[field] = found[0]
            taken.add(found[0])
            break
    return Columns(single, {k: tuple(sorted(v)) for k, v in joined.items()})


def detect_format(header: Sequence[object]) -> str:
    cells = {fold(cell) for cell in header}
    for bank in FORMATS:
        if all(fold(s) in cells for s in bank.signature):
            return bank.code
    return OTHER
