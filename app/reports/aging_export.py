"""The aging and provision reports as files: CSV and JSON for machines (the command-line
contract in DESIGN.md), an Excel workbook and a text table for people.

CSV: header ``<by>,total,<bucket keys...>``, one row per group with a non-zero total,
amounts in yuan with two decimals and no separators, no total row. The group is named by
its customer, salesperson or tier name, project code or category; the group of receivables
without one (no salesperson, no project) is named by an empty field."""

from __future__ import annotations

import csv
import json
from collections.abc import Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from app.domain.money import Money, plain_yuan
from app.reports import report_table
from app.reports.report_table import ReportTable
from app.services.ledger.aging_service import AgingBy, AgingReport, AgingRow, ProvisionRow

# Headers of the workbook (people read it; Chinese like the application).
GROUP_HEADERS: Mapping[AgingBy, str] = {
    AgingBy.CUSTOMER: "客户",
    AgingBy.SALESPERSON: "业务员",
    AgingBy.TIER: "信用等级",
    AgingBy.CATEGORY: "检测类别",
    AgingBy.PROJECT: "项目",
}
NO_GROUP: Mapping[AgingBy, str] = {
    AgingBy.CUSTOMER: "（无客户）",
    AgingBy.SALESPERSON: "（未分配业务员）",
    AgingBy.TIER: "（无等级）",
    AgingBy.CATEGORY: "（未分类）",
    AgingBy.PROJECT: "（无项目）",
}
BUCKET_HEADERS: Mapping[str, str] = {"current": "未到期"}


def group_name(by: AgingBy, row: AgingRow | ProvisionRow) -> str:
    """What names the group in machine output: the project's code, anything else's name."""
    if row.key is None:
        return ""
    return row.code if by is AgingBy.PROJECT else row.label


def bucket_header(key: str) -> str:
    return BUCKET_HEADERS.get(key, f"{key}天")


def write_csv(report: AgingReport, out: IO[str]) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([report.by.value, "total", *(b.key for b in report.buckets)])
    for row in report.rows:
        if row.total_fen:
            writer.writerow(
                [
                    group_name(report.by, row),
                    plain_yuan(row.total_fen),
                    *(plain_yuan(a) for a in row.amounts),
                ]
            )


def as_json(report: AgingReport) -> dict[str, Any]:
    """Everything the report holds, amounts as strings with two decimals."""
    return {
        "as_of": report.as_of.isoformat(),
        "by": report.by.value,
        "buckets": [b.key for b in report.buckets],
        "rows": [
            {
                "key": row.key,
                "name": group_name(report.by, row),
                "label": row.label,
                "code": row.code,
                "total": plain_yuan(row.total_fen),
                "amounts": {
                    b.key: Money(a).plain()
                    for b, a in zip(report.buckets, row.amounts, strict=True)
                },
                "prepaid": Money(row.prepaid_fen).plain(),
            }
            for row in report.rows
        ],
        "totals": {
            b.key: Money(a).plain() for b, a in zip(report.buckets, report.totals, strict=True)
        },
        "total": Money(report.total_fen).plain(),
        "prepaid": Money(report.prepaid_fen).plain(),
        "net": Money(report.net_fen).plain(),
    }


def write_json(report: AgingReport, out: IO[str]) -> None:
    json.dump(as_json(report), out, ensure_ascii=False, indent=2)
    out.write("\n")


def table_lines(report: AgingReport) -> list[str]:
    """A plain text table for the terminal, with the prepayments apart and a total row."""
    table = aging_table(report)
    assert table.totals is not None
    shown = [
        [Money(cell).format() if isinstance(cell, int) else str(cell) for cell in row]
        for row in (*table.rows, table.totals)
    ]
    return [f"{table.title}（{AGING_NOTE}）", *_aligned([list(table.headers), *shown])]


def _shown_name(by: AgingBy, row: AgingRow | ProvisionRow) -> str:
    if row.key is None:
        return NO_GROUP[by]
    return f"{row.code} {row.label}".strip() if by is AgingBy.PROJECT else row.label


def _width(text: str) -> int:
    """Terminal columns: a CJK character takes two."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _pad(text: str, width: int, *, left: bool) -> str:
    space = " " * (width - _width(text))
    return text + space if left else space + text


AGING_NOTE = "到期当日计为未到期，逾期30天计入1-30天；预收款单列，不冲减账龄。"


def aging_table(report: AgingReport) -> ReportTable:
    """The report as the people's table: a row per group, the totals row, the note on the
    bucket edges; amounts in fen."""
    return ReportTable(
        title=f"应收账龄 截至 {report.as_of.isoformat()}",
        headers=(
            GROUP_HEADERS[report.by],
            *(bucket_header(b.key) for b in report.buckets),
            "合计",
            "预收",
            "净额",
        ),
        money=(False, *(True for _ in report.buckets), True, True, True),
        rows=tuple(
            (
                _shown_name(report.by, row),
                *row.amounts,
                row.total_fen,
                row.prepaid_fen,
                row.net_fen,
            )
            for row in report.rows
        ),
        totals=("合计", *report.totals, report.total_fen, report.prepaid_fen, report.net_fen),
        notes=(AGING_NOTE,),
        sheet_name="应收账龄",
    )


def write_xlsx(report: AgingReport, path: Path) -> None:
    """One sheet: the title with the date, the header, a row per group, the totals row and
    the note; money as numbers in yuan (exact Decimals) with thousands separators."""
    report_table.write_xlsx(aging_table(report), path)


# --- 坏账准备 -------------------------------------------------------------------------------


def provision_csv(by: AgingBy, rows: Sequence[ProvisionRow], out: IO[str]) -> None:
    """Header ``<by>,open,provision,<band>,...,<band> provision,...``; a row per group."""
    writer = csv.writer(out, lineterminator="\n")
    bands = [line.bucket.key for line in rows[0].lines] if rows else []
    writer.writerow(
        [by.value, "open", "provision", *bands, *(f"{band} provision" for band in bands)]
    )
    for row in rows:
        writer.writerow(
            [
                group_name(by, row),
                Money(row.open_fen).plain(),
                Money(row.provision_fen).plain(),
                *(Money(line.open_fen).plain() for line in row.lines),
                *(Money(line.provision_fen).plain() for line in row.lines),
            ]
        )


def provision_json(by: AgingBy, rows: Sequence[ProvisionRow]) -> dict[str, Any]:
    return {
        "by": by.value,
        "rows": [
            {
                "key": row.key,
                "name": group_name(by, row),
                "open": Money(row.open_fen).plain(),
                "provision": Money(row.provision_fen).plain(),
                "bands": [
                    {
                        "band": line.bucket.key,
                        "open": Money(line.open_fen).plain(),
                        "rate": str(Decimal(line.rate_bp) / 100) + "%",
                        "provision": Money(line.provision_fen).plain(),
                    }
                    for line in row.lines
                ],
            }
            for row in rows
        ],
        "open": Money(sum(r.open_fen for r in rows)).plain(),
        "provision": Money(sum(r.provision_fen for r in rows)).plain(),
    }


def provision_lines(by: AgingBy, rows: Sequence[ProvisionRow]) -> list[str]:
    """A plain text table of the provision per group and band, the total row, the rates."""
    bands = [line.bucket.key for line in rows[0].lines] if rows else []
    headers = [GROUP_HEADERS[by], *bands, "应收合计", "坏账准备"]
    body = [
        [
            _shown_name(by, row),
            *(Money(line.open_fen).format() for line in row.lines),
            Money(row.open_fen).format(),
            Money(row.provision_fen).format(),
        ]
        for row in rows
    ]
    body.append(
        [
            "合计",
            *(Money(sum(r.lines[i].open_fen for r in rows)).format() for i in range(len(bands))),
            Money(sum(r.open_fen for r in rows)).format(),
            Money(sum(r.provision_fen for r in rows)).format(),
        ]
    )
    lines = _aligned([headers, *body])
    if rows:
        lines.append(
            "计提比例: "
            + "  ".join(
                f"{line.bucket.key} {Decimal(line.rate_bp) / 100}%" for line in rows[0].lines
            )
        )
    return lines


def _aligned(table: list[list[str]]) -> list[str]:
    """Rows of cells as lines: the first column left-aligned, the amounts right-aligned."""
    widths = [max(_width(r[i]) for r in table) for i in range(len(table[0]))]
    lines = []
    for r in table:
        cells = [_pad(r[0], widths[0], left=True)]
        cells += [_pad(c, w, left=False) for c, w in zip(r[1:], widths[1:], strict=True)]
        lines.append("  ".join(cells))
    return lines
