"""Messy legacy ledgers as labs keep them, written with openpyxl for the import tests."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook

HEAD_GROUP = [
    "序号",
    "客户名称",
    "项目名称",
    "发票",
    None,
    None,
    "账期",
    "第一次回款",
    None,
    "第二次回款",
    None,
    "备注",
]
HEAD_SUB = [
    None,
    None,
    None,
    "号码",
    "开票\n日期",
    "开票金额\n（元）",
    None,
    "日期",
    "金额",
    "日期",
    "金额",
    None,
]


def _header(ws, top: int) -> None:
    for col, text in enumerate(HEAD_GROUP, start=1):
        ws.cell(top, col, text)
    for col, text in enumerate(HEAD_SUB, start=1):
        if text is not None:
            ws.cell(top + 1, col, text)
    for letters in ("A", "B", "C", "G", "L"):
        ws.merge_cells(f"{letters}{top}:{letters}{top + 1}")
    ws.merge_cells(f"D{top}:F{top}")
    ws.merge_cells(f"H{top}:I{top}")
    ws.merge_cells(f"J{top}:K{top}")


def messy_ledger(path: Path) -> dict[str, int]:
    """Two years' sheets; returns the open balance per customer name (fen) the file means."""
    wb = Workbook()
    ws = wb.active
    ws.title = "2023年"
    ws["A1"] = "应收账款台账（2023年度）"
    ws.merge_cells("A1:L1")
    ws["A2"] = "编制单位：某某检测技术有限公司"
    ws["H2"] = "单位：元"
    _header(ws, 3)
    rows = [
        # (seq, customer, project, number, date, amount, terms, p1d, p1a, p2d, p2a, note)
        (None, None, None, None, None, None, None, None, None, None, None, "合计：123,456.00"),
        (
            1,
            "上海甲乙环境科技有限公司",
            "水质检测",
            "00012301",
            date(2023, 5, 6),
            12345.0,
            "30天",
            date(2023, 6, 1),
            "¥2,345.00",
            "2023.7.1",
            "10,000",
        ),
        (
            2,
            None,
            "土壤检测",
            "00012302",
            "2023.5.6",
            "¥12,345.60",
            30,
            "2023年6月1日",
            "１２，３４５．６０",
            None,
            None,
        ),
        (3, None, "噪声检测", "00012303", 45052, "12,345", "30", None, None, None, None),
        (None, "小计", None, None, None, 37035.60, None, None, None, None, None),
        (None, None, None, None, None, None, None, None, None, None, None),
        (
            4,
            "北京丙丁（集团）有限公司",
            "空气检测",
            "00012304",
            "2023/05/06",
            800,
            None,
            "20230601",
            300,
            None,
            None,
        ),
        (
            5,
            "杭州戊己有限公司",
            "食品检测",
            "00012305",
            "20230506",
            1000.5,
            "45天",
            None,
            None,
            None,
            None,
        ),
    ]
    top = 5
    for r, values in enumerate(rows):
        for c, v in enumerate(values, start=1):
            if v is not None:
                ws.cell(top + r, c, v)
    ws.merge_cells(f"B{top + 1}:B{top + 3}")  # one customer, three projects
    ws.cell(top + len(rows), 2, "合计")
    ws.cell(top + len(rows), 6, "=SUM(F6:F12)")  # a total with no cached value: skipped
    ws.cell(top + len(rows) + 1, 1, "备注：本表金额含税")

    ws2 = wb.create_sheet("2024年")
    ws2["A1"] = "应收账款台账（2024年度）"
    _header(ws2, 2)
    rows2 = [
        (
            1,
            "上海甲乙环境科技有限公司 ",
            "复检",
            "00012401",
            datetime(2024, 1, 8),
            500,
            30,
            "2024-02-01",
            500,
            None,
            None,
        ),
        (
            2,
            "北京丙丁(集团)有限公司",
            "空气复检",
            "00012402",
            "2024.1.9",
            "2,000.00",
            None,
            None,
            None,
            None,
            None,
        ),
    ]
    for r, values in enumerate(rows2):
        for c, v in enumerate(values, start=1):
            if v is not None:
                ws2.cell(4 + r, c, v)
    wb.save(path)
    return {
        "上海甲乙环境科技有限公司": 1234500 - 1234500 + 1234560 - 1234560 + 1234500,
        "北京丙丁（集团）有限公司": 80000 - 30000 + 200000,
        "杭州戊己有限公司": 100050,
    }
