"""Which row is the header and which column holds what.

The header is found among the first rows of a sheet (title rows such as the report name
and 编制单位 stand above it): the row whose cells name the most known fields, combined with
the row below or above when the pair names more (a two-row header whose group cells, such as
"回款" over 日期 and 金额, are merged across). Cell text is compared after NFKC folding,
without white space or line breaks, case-insensitively and without a trailing unit such as
(元); exact synonyms first, then rules for composed names such as 第一次回款日期.

A mapping file (JSON) overrides the guess: ``{"kind": "ledger", "header_row": 3,
"columns": {"客户名称": "customer", "F": "payment_date", ...}}``: keys are header texts or
column letters, values field names (``""`` ignores a column). The wizard saves the same."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.importers.values import text_of
from app.importers.workbook import column_index

# Every field a column can hold.
FIELDS = (
    "customer",
    "uscc",
    "customer_code",
    "short_name",
    "phone",
    "address",
    "terms",
    "credit_limit",
    "project",
    "project_code",
    "contract_no",
    "invoice_number",
    "issue_date",
    "amount",
    "tax_rate",
    "due_date",
    "settled_date",
    "payment_date",
    "payment_amount",
    "payment_ref",
    "payer",
    "note",
)
# Fields that may repeat: payment date/amount pairs, in column order.
REPEATED = frozenset({"payment_date", "payment_amount"})

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "customer": (
        "客户名称", "客户", "单位名称", "客户单位", "委托单位", "委托方", "客户全称", "付款单位",
        "购买方", "购方名称", "customer", "customername", "client", "customerid",
    ),
    "uscc": (
        "统一社会信用代码", "社会信用代码", "信用代码", "纳税人识别号", "税号", "uscc", "taxid",
    ),
    "customer_code": ("客户编号", "客户代码", "customercode"),
    "short_name": ("客户简称", "简称", "shortname"),
    "phone": ("联系电话", "电话", "phone"),
    "address": ("地址", "客户地址", "address"),
    "terms": ("账期", "信用期", "付款期限", "账期天数", "信用天数", "terms", "paymentterms"),
    "credit_limit": ("信用额度", "额度", "creditlimit"),
    "project": (
        "项目名称", "项目", "委托项目", "检测项目", "project", "projectname", "projecttitle",
    ),
    "project_code": ("项目编号", "委托编号", "委托单号", "projectcode"),
    "contract_no": ("合同编号", "合同号", "contract", "contractno"),
    "invoice_number": (
        "发票号码", "发票号", "发票编号", "invoicenumber", "invoiceno", "invoice",
    ),
    "issue_date": ("开票日期", "发票日期", "开票时间", "invoicedate"),
    "amount": (
        "开票金额", "发票金额", "价税合计", "应收金额", "金额", "invoiceamount", "amount",
    ),
    "tax_rate": ("税率", "taxrate"),
    "due_date": ("到期日", "到期日期", "应收到期日", "duedate"),
    "settled_date": ("结清日期", "付清日期", "settleddate", "settlementdate"),
    "payment_date": ("回款日期", "收款日期", "到账日期", "付款日期", "paymentdate", "receiveddate"),
    "payment_amount": (
        "回款金额", "收款金额", "到账金额", "已收金额", "回款", "paymentamount", "amountreceived",
    ),
    "payment_ref": ("银行流水号", "流水号", "凭证号", "reference", "bankref"),
    "payer": ("付款人", "付款方", "payer", "payername"),
    "note": ("备注", "说明", "note", "notes", "remark", "remarks"),
}  # fmt: skip
_EXACT = {word: name for name, words in _SYNONYMS.items() for word in words}
_PAID = ("回款", "收款", "到账", "已收", "付款", "paid", "payment")
# Composed names, tried in order when no synonym matches exactly.
_RULES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("payment_date", _PAID, ("日期", "时间", "date")),
    ("payment_amount", _PAID, ("金额", "amount")),
    ("invoice_number", ("发票", "invoice"), ("号", "number", "no")),
    ("issue_date", ("开票", "发票", "invoice"), ("日期", "date")),
    ("amount", ("开票", "发票", "应收", "invoice"), ("金额", "amount")),
    ("due_date", ("到期", "due"), ("",)),
    ("customer", ("客户", "单位"), ("名称",)),
    ("project", ("项目",), ("名称",)),
    ("uscc", ("信用代码",), ("",)),
    ("terms", ("账期", "信用期"), ("",)),
)
_UNIT = re.compile(r"[(（\[【][^)）\]】]*[)）\]】]$")
HEADER_SCAN_ROWS = 30


def normalise(value: object) -> str:
    text = unicodedata.normalize("NFKC", text_of(value))
    text = re.sub(r"\s+", "", text).casefold().strip("*:：")
    return _UNIT.sub("", text) or text


def field_of(header: str) -> str | None:
    key = normalise(header)
    if not key:
        return None
    if key in _EXACT:
        return _EXACT[key]
    for name, first, second in _RULES:
        if any(a in key for a in first) and any(b in key for b in second):
            return name
    return None


@dataclass
class Columns:
    """Where each field is: column index by field, payment pairs in order, header texts."""

    header_rows: tuple[int, ...]  # 1-based
    headers: dict[int, str]  # column index -> header text as shown
    fields: dict[str, int] = field(default_factory=dict)
    payments: list[tuple[int, int | None]] = field(default_factory=list)  # (date col, amount col)

    @property
    def data_start(self) -> int:
        return max(self.header_rows) + 1

    def label(self, col: int) -> str:
        from app.importers.workbook import column_letter

        header = self.headers.get(col, "")
        return f"{column_letter(col)} ({header})" if header else column_letter(col)

    def describe(self) -> dict[str, str]:
        out = {name: self.label(col) for name, col in self.fields.items()}
        for n, (d, a) in enumerate(self.payments, start=1):
            out[f"payment {n}"] = self.label(d) + (f" + {self.label(a)}" if a is not None else "")
        return out


def _combine(upper: Sequence[object], lower: Sequence[object]) -> list[str]:
    width = max(len(upper), len(lower))
    out = []
    for i in range(width):
        a = text_of(upper[i]) if i < len(upper) else ""
        b = text_of(lower[i]) if i < len(lower) else ""
        out.append(a if a == b or not b else b if not a else a + b)
    return out


def _fill_right(group: Sequence[object], sub: Sequence[object]) -> list[object]:
    """Without merge information (CSV), a group cell covers the blank cells to its right
    that have a sub-header of their own."""
    out = list(group)
    last: object = None
    for i, value in enumerate(out):
        if text_of(value):
            last = value
        elif i < len(sub) and text_of(sub[i]) and last is not None:
            out[i] = last
        else:
            last = None
    return out


def _score(texts: Sequence[object]) -> int:
    """Distinct fields named, plus each payment date/amount pair after the first."""
    found = [field_of(text_of(t)) for t in texts]
    distinct = {f for f in found if f is not None}
    pairs = min(found.count("payment_date"), found.count("payment_amount"))
    return len(distinct) + max(pairs - 1, 0)


def _distinct_texts(values: Sequence[object]) -> int:
    return len({text_of(v) for v in values} - {""})


def detect(rows: Sequence[tuple[int, list[object]]], filled: bool) -> Columns | None:
    """The header among ``rows`` (the first rows of a sheet); None if none names two fields.
    ``filled``: merged cells already carry their value (Excel); else group cells are spread
    right (CSV)."""
    best: tuple[int, tuple[int, ...], list[str]] | None = None
    head = rows[:HEADER_SCAN_ROWS]
    for i, (number, values) in enumerate(head):
        single = _score(values)
        candidates: list[tuple[int, tuple[int, ...], list[str]]] = [
            (single, (number,), [text_of(v) for v in values])
        ]
        # With the row below as sub-headers: only when that names more than either row
        # alone, and this row is not a title (one text, perhaps merged across).
        if i + 1 < len(head) and _distinct_texts(values) >= 2:
            below = head[i + 1][1]
            group = values if filled else _fill_right(values, below)
            texts = _combine(group, below)
            score = _score(texts)
            if score > max(single, _score(below)):
                candidates.append((score, (number, head[i + 1][0]), texts))
        for score, header_rows, texts in candidates:
            if score >= 2 and (best is None or score > best[0]):
                best = (score, header_rows, texts)
    if best is None:
        return None
    _, header_rows, texts = best
    return assign(header_rows, texts, {})


def assign(
    header_rows: tuple[int, ...], texts: Sequence[str], overrides: Mapping[str, str]
) -> Columns:
    """Fields by column: ``overrides`` (header text or column letter -> field) first."""
    columns = Columns(header_rows, {i: " ".join(t.split()) for i, t in enumerate(texts) if t})
    by_text = {normalise(k): v for k, v in overrides.items()}
    dates: list[int] = []
    amounts: list[int] = []
    for i, text in enumerate(texts):
        name: str | None
        letter = _letter(i)
        if letter in overrides:
            name = overrides[letter] or None
        elif text and normalise(text) in by_text:
            name = by_text[normalise(text)] or None
        else:
            name = field_of(text) if text else None
        if name == "payment_date":
            dates.append(i)
        elif name == "payment_amount":
            amounts.append(i)
        elif name is not None and name not in columns.fields:
            columns.fields[name] = i
    for d in dates:
        # Each payment date pairs with the nearest amount column that follows it.
        later = [a for a in amounts if a > d]
        a = later[0] if later else None
        if a is not None:
            amounts.remove(a)
        columns.payments.append((d, a))
    columns.payments += [(-1, a) for a in amounts]  # an amount with no date column: reported
    return columns


def _letter(i: int) -> str:
    from app.importers.workbook import column_letter

    return column_letter(i)


@dataclass(frozen=True)
class ColumnMapping:
    kind: str | None
    header_row: int | None
    columns: dict[str, str]
    sheet: str | None = None


def read_mapping(path: Path) -> ColumnMapping:
    """A mapping file; ValueError with the reason when it is not one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ValueError(str(exc)) from exc
    if not isinstance(data, dict) or not isinstance(data.get("columns", {}), dict):
        raise ValueError('expected {"columns": {"header or letter": "field"}}')
    columns = {str(k): str(v or "") for k, v in data.get("columns", {}).items()}
    unknown = sorted({v for v in columns.values() if v and v not in FIELDS})
    if unknown:
        raise ValueError("unknown field(s): " + ", ".join(unknown))
    header_row = data.get("header_row")
    if header_row is not None and (not isinstance(header_row, int) or header_row < 1):
        raise ValueError("header_row must be a row number (1 or more)")
    for key in columns:
        if re.fullmatch(r"[A-Z]{1,3}", key) and column_index(key) > 16383:
            raise ValueError(f"no column {key}")
    kind = data.get("kind")
    sheet = data.get("sheet")
    return ColumnMapping(
        str(kind) if kind else None,
        header_row,
        columns,
        str(sheet) if sheet else None,
    )
