"""Statements as files, for the command line and the GUI alike: one customer or a batch
(every customer with a balance or entries in the period), one PDF per customer named by
customer and period, or all of them in one PDF.

Long batches report progress and can be cancelled (``progress(done, total)`` and
``cancelled()`` are called between statements, from the thread doing the work). Customers
are built, recorded and written a chunk at a time; a cancelled batch may leave the last
chunk's statements recorded without their files, and running the batch again reprints
them under the same numbers (issuing finds them unchanged)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.db.session import Database
from app.domain.errors import ReportFileError
from app.reports.pdf_fonts import CjkFont, find_cjk_font
from app.reports.statement_pdf import write_statements
from app.services.core.changes import Changed, Kind
from app.services.core.context import Actor
from app.services.core.permissions import SALES, require
from app.services.core.settings_service import get_lab_images
from app.services.statements.statement_builder import build_statements, check_period
from app.services.statements.statement_content import StatementContent
from app.services.statements.statement_service import record_statements

CHUNK = 50
# Characters Windows refuses in file names, and control characters.
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class StatementFile:
    number: str  # "" for a draft
    customer_id: int
    customer_code: str
    customer_name: str
    closing_fen: int
    lines: int
    path: Path
    reused: bool  # issued before with the same figures: a reprint


@dataclass(frozen=True)
class StatementBatch:
    files: tuple[StatementFile, ...]
    total: int  # statements asked for
    cancelled: bool


def file_name(content: StatementContent) -> str:
    """'C000123_上海某某检测有限公司_2026-10-01_2026-12-31.pdf': by customer and period."""
    name = _UNSAFE.sub("_", content.customer.name).strip(" .")[:80] or "customer"
    code = _UNSAFE.sub("_", content.customer.code)
    return f"{code}_{name}_{content.period_from.isoformat()}_{content.period_to.isoformat()}.pdf"


def write_statement_files(
    db: Database,
    actor: Actor,
    customer_ids: Sequence[int],
    period_from: date,
    period_to: date,
    *,
    out_dir: Path | None = None,
    combined: Path | None = None,
    draft: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    font: CjkFont | None = None,
) -> Changed[StatementBatch]:
    """Issue (or, with ``draft``, only preview) the statements of ``customer_ids`` for
    the period and write them: one file each into ``out_dir``, or all into ``combined``."""
    if (out_dir is None) == (combined is None):
        raise ValueError("give either out_dir or combined")
    if not draft:
        require(actor, "issue statements", SALES)
    check_period(period_from, period_to, actor.clock.today())
    target = combined if combined is not None else out_dir
    assert target is not None
    folder = target.parent if combined is not None else target
    if not folder.is_dir():
        raise ReportFileError(path=str(target), reason=f"there is no folder {folder}")
    cjk = font or find_cjk_font()  # before anything is recorded: no font, no statements
    with db.read() as session:
        images = get_lab_images(session)
    ids = list(dict.fromkeys(customer_ids))
    files: list[StatementFile] = []
    kinds: set[Kind] = set()
    done = 0
    stopped = False
    kept: list[StatementContent] = []
    for start in range(0, len(ids), CHUNK):
        if cancelled is not None and cancelled():
            stopped = True
            break
        chunk = ids[start : start + CHUNK]
        with db.read() as session:
            built = build_statements(session, chunk, period_from, period_to)
        contents = [built[cid] for cid in chunk]
        reused = [False] * len(contents)
        if not draft:
            recorded = record_statements(db, actor, contents)
            kinds |= recorded.kinds
            contents = [r.content for r in recorded.value]
            reused = [r.reused for r in recorded.value]
        for content, again in zip(contents, reused, strict=True):
            if cancelled is not None and cancelled():
                stopped = True
                break
            path = combined if combined is not None else folder / file_name(content)
            if combined is None:
                write_statements([content], path, images=images, font=cjk)
            else:
                kept.append(content)
            files.append(_file(content, path, again))
            done += 1
            if progress is not None:
                progress(done, len(ids))
        if stopped:
            break
    if combined is not None and kept and not stopped:
        write_statements(kept, combined, images=images, font=cjk)
    if combined is not None and stopped:
        files = []  # the combined file is written whole or not at all
    batch = StatementBatch(tuple(files), len(ids), stopped)
    return Changed(batch, frozenset(kinds))


def _file(content: StatementContent, path: Path, reused: bool) -> StatementFile:
    return StatementFile(
        content.number,
        content.customer.id,
        content.customer.code,
        content.customer.name,
        content.closing_fen,
        len(content.lines),
        path,
        reused,
    )
