"""Readers: a workbook (.xlsx, .xls) or a CSV file as sheets of rows of plain values.

Excel files are read with python-calamine (Rust; about ten times faster than openpyxl's
read-only mode, see bench/README.md). Calamine reports merged ranges, which is how a customer
name merged down over several rows reaches each row. It reads a formula with no saved result
as an empty cell, so for .xlsx the sheet XML is scanned once (a regular expression over the
streamed bytes, bounded memory) for such cells, which then read as ``NO_CACHED_VALUE`` and
are reported instead of being taken for blanks.

A file that cannot be read at all raises ``ImportFileError`` with the reason in words: a
damaged or truncated file, a web page saved with an .xls name, a password-protected
workbook, a zip bomb."""

from __future__ import annotations

import codecs
import csv
import posixpath
import re
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from charset_normalizer import from_bytes
from python_calamine import CalamineError, CalamineSheet, CalamineWorkbook

from app.domain.errors import ImportFileError

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Compound File: .xls, or an encrypted .xlsx
# An .xlsx unpacks to about 5-10 times its size; far more is a zip bomb, not a ledger.
MAX_UNPACKED_BYTES = 2 * 1024**3
MAX_RATIO = 200
_SAMPLE_BYTES = 256 * 1024
_CELL_RE = re.compile(rb"<c\b([^>]*?)(/>|>(.*?)</c>)", re.DOTALL)
_REF_RE = re.compile(rb'\br="([A-Z]+)(\d+)"')
_VALUE_RE = re.compile(rb"<v>[^<]")  # a saved result (openpyxl writes <v /> for none)


# Why a file cannot be read at all (translation keys, listed in KNOWN_TEMPLATES).
FILE_TEMPLATES = {
    "empty": "Cannot import {path}: the file is empty.",
    "password": "Cannot import {path}: the workbook is protected with a password. Open it in "
    "Excel, remove the password (File > Info > Protect Workbook), save it and import it again.",
    "html": "Cannot import {path}: it is a web page (HTML) with an Excel name, as some systems "
    "export it. Open it in Excel, save it as an Excel workbook (.xlsx) and import that.",
    "not_excel": "Cannot import {path}: it is not an Excel workbook, or it is damaged.",
    "damaged": "Cannot import {path}: the file is damaged or incomplete (perhaps cut short "
    "while copying).",
    "zip_bomb": "Cannot import {path}: it unpacks to far more data than a workbook holds (it "
    "may be a zip bomb).",
    "encoding": "Cannot import {path}: it mixes text encodings; save it again as UTF-8 CSV.",
    "csv": "Cannot import {path}: the CSV file is malformed ({detail}).",
    "no_header": "Cannot import {path}: no sheet has a header row LabLedger recognises (such "
    "as 客户名称, 开票日期, 开票金额); give a mapping file.",
    "no_sheet": "Cannot import {path}: it has no sheet named {sheet}.",
    "mapping": "Cannot use the mapping file {path}: {detail}",
}


class _NoCachedValue:
    """A formula cell whose result was never saved (written by a program, not Excel)."""

    def __repr__(self) -> str:
        return "NO_CACHED_VALUE"


NO_CACHED_VALUE = _NoCachedValue()


@dataclass
class Sheet:
    name: str
    height: int  # rows, for progress
    # Merged ranges as (first row, first column, last row, last column); rows 1-based,
    # columns 0-based.
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)


class Workbook:
    """An opened file: its sheets, and their rows as (1-based row number, values)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.sheets: list[Sheet] = []

    def rows(self, sheet: Sheet) -> Iterator[tuple[int, list[object]]]:
        raise NotImplementedError

    def close(self) -> None:
        """Nothing to release by default."""


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_index(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n - 1


def open_workbook(path: Path) -> Workbook:
    """The file opened for reading, or ImportFileError saying why it cannot be."""
    try:
        with path.open("rb") as f:
            head = f.read(_SAMPLE_BYTES)
    except OSError as exc:
        raise ImportFileError(path=path.name, reason=exc.strerror or str(exc)) from exc
    suffix = path.suffix.lower()
    if not head:
        raise _unreadable(path, "empty")
    if head.startswith(_ZIP_MAGIC):
        return _ExcelWorkbook(path, check_zip(path))
    if head.startswith(_OLE_MAGIC):
        if suffix in (".xlsx", ".xlsm") or b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00" in head:
            raise _unreadable(path, "password")
        return _ExcelWorkbook(path, is_xlsx=False)
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith((b"<!doctype html", b"<html", b"<table", b"<?xml")) or (
        b"<html" in stripped[:2048]
    ):
        raise _unreadable(
            path,
            "html",
        )
    if suffix in (".xlsx", ".xlsm", ".xls"):
        raise _unreadable(path, "not_excel")
    return _CsvWorkbook(path, head)


def _unreadable(path: Path, problem: str, **params: object) -> ImportFileError:
    return ImportFileError(FILE_TEMPLATES[problem], path=path.name, **params)


def check_zip(path: Path) -> bool:
    """Refuse a damaged zip or a zip bomb; whether it is an .xlsx (not .ods or another)."""
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
            names = {i.filename for i in infos}
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise _unreadable(path, "damaged") from exc
    unpacked = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    bomb = unpacked > 100 * 1024**2 and unpacked / packed > MAX_RATIO
    if unpacked > MAX_UNPACKED_BYTES or bomb:
        raise _unreadable(
            path,
            "zip_bomb",
        )
    if "xl/workbook.xml" not in names:
        raise _unreadable(path, "not_excel")
    return True


class _ExcelWorkbook(Workbook):
    def __init__(self, path: Path, is_xlsx: bool) -> None:
        super().__init__(path)
        self.is_xlsx = is_xlsx
        self._kept: tuple[str, CalamineSheet] | None = None
        try:
            self._book = CalamineWorkbook.from_path(str(path))
            names = [m.name for m in self._book.sheets_metadata if str(m.typ).endswith("WorkSheet")]
            for name in names:
                sheet = self._sheet(name)
                merged = [
                    (r0 + 1, c0, r1 + 1, c1)
                    for (r0, c0), (r1, c1) in (sheet.merged_cell_ranges or [])
                ]
                self.sheets.append(Sheet(name, sheet.height, merged))
        except (CalamineError, ValueError, OSError) as exc:
            raise _calamine_error(path, exc) from exc
        self._sheet_paths = _sheet_paths(path) if is_xlsx else {}

    def rows(self, sheet: Sheet) -> Iterator[tuple[int, list[object]]]:
        missing = self._formulas_without_value(sheet.name)
        try:
            calamine_sheet = self._sheet(sheet.name)
            first_row = calamine_sheet.start[0] + 1 if calamine_sheet.start else 1
            first_col = calamine_sheet.start[1] if calamine_sheet.start else 0
            number = first_row - 1
            for offset, values in enumerate(calamine_sheet.iter_rows()):
                number = first_row + offset
                row: list[object] = [None] * first_col + list(values)
                yield number, _mark(row, missing.pop(number, ()))
            # Calamine's range ends at the last cell with a value: formula cells with none
            # can stand below it.
            for later in sorted(n for n in missing if n > number):
                yield later, _mark([], missing[later])
        except (CalamineError, ValueError) as exc:
            raise _calamine_error(self.path, exc) from exc

    def _sheet(self, name: str) -> CalamineSheet:
        """The sheet's cells, read from the file once while it is the one being used (the
        last sheet asked for is kept: reading a sheet is most of the cost of a pass)."""
        if self._kept is None or self._kept[0] != name:
            self._kept = None  # the previous sheet's cells freed before the next are read
            self._kept = (name, self._book.get_sheet_by_name(name))
        return self._kept[1]

    def _formulas_without_value(self, name: str) -> dict[int, list[int]]:
        member = self._sheet_paths.get(name)
        if member is None:
            return {}
        found: dict[int, list[int]] = {}
        with zipfile.ZipFile(self.path) as z, z.open(member) as f:
            for attrs, body in _cells_with_formula(f):
                ref = _REF_RE.search(attrs)
                if ref is not None and _VALUE_RE.search(body) is None:
                    found.setdefault(int(ref[2]), []).append(column_index(ref[1].decode()))
        return found

    def close(self) -> None:
        self._kept = None
        self._book.close()


def _mark(row: list[object], columns: Sequence[int]) -> list[object]:
    """The row with NO_CACHED_VALUE in ``columns`` (formulas with no saved result)."""
    for col in columns:
        if col >= len(row):
            row.extend([None] * (col + 1 - len(row)))
        if row[col] in ("", None):
            row[col] = NO_CACHED_VALUE
    return row


def _cells_with_formula(f: IO[bytes]) -> Iterator[tuple[bytes, bytes]]:
    """(attributes, body) of each <c> element that holds an <f>, read in chunks."""
    tail = b""
    while True:
        chunk = f.read(1 << 20)
        data = tail + chunk
        if not chunk:
            ends = len(data)
        else:
            ends = data.rfind(b"</c>")
            ends = ends + 4 if ends >= 0 else 0
        if b"<f" in data[:ends]:
            for m in _CELL_RE.finditer(data, 0, ends):
                body = m[3] or b""
                if b"<f" in body:
                    yield m[1], body
        tail = data[ends:]
        if not chunk:
            return


def _sheet_paths(path: Path) -> dict[str, str]:
    """Sheet name -> its XML member, from the workbook and its relationships."""
    with zipfile.ZipFile(path) as z:
        book = z.read("xl/workbook.xml").decode("utf-8", "replace")
        try:
            rels = z.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
        except KeyError:
            return {}
    targets = {
        m[1]: m[2]
        for m in re.finditer(r'<Relationship\b[^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"', rels)
    }
    targets |= {
        m[2]: m[1]
        for m in re.finditer(r'<Relationship\b[^>]*?Target="([^"]+)"[^>]*?Id="([^"]+)"', rels)
    }
    found = {}
    for m in re.finditer(r"<(?:\w+:)?sheet\b([^>]*)/?>", book):
        name = re.search(r'\bname="([^"]*)"', m[1])
        rid = re.search(r'\br:id="([^"]*)"|\bid="([^"]*)"', m[1])
        if name is None or rid is None:
            continue
        target = targets.get(rid[1] or rid[2])
        if target is None:
            continue
        member = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
        found[_xml_unescape(name[1])] = posixpath.normpath(member)
    return found


def _xml_unescape(text: str) -> str:
    return (
        text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", '"')
        .replace("&apos;", "'")
        .replace("&amp;", "&")
    )


def _calamine_error(path: Path, exc: Exception) -> ImportFileError:
    text = str(exc)
    if "ncrypt" in text or "assword" in text:
        return _unreadable(path, "password")
    return _unreadable(path, "not_excel")


class _CsvWorkbook(Workbook):
    """One sheet named after the file. UTF-8 (with or without BOM) or, failing that, the
    encoding charset-normalizer finds (GBK/GB2312 are read as GB18030, their superset)."""

    def __init__(self, path: Path, head: bytes) -> None:
        super().__init__(path)
        self.encoding = _detect_encoding(head)
        sample = head.decode(self.encoding, "ignore")
        try:
            self.dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
                sample[:20000], delimiters=",\t;|"
            )
        except csv.Error:
            self.dialect = csv.excel
        with path.open("rb") as f:
            lines = sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))
        self.sheets.append(Sheet(path.stem, lines))

    def rows(self, sheet: Sheet) -> Iterator[tuple[int, list[object]]]:
        try:
            with self.path.open(encoding=self.encoding, newline="") as f:
                for number, values in enumerate(csv.reader(f, self.dialect), start=1):
                    yield number, list(values)
        except UnicodeDecodeError as exc:
            raise _unreadable(self.path, "encoding") from exc
        except csv.Error as exc:
            raise _unreadable(self.path, "csv", detail=str(exc)) from exc


def _detect_encoding(head: bytes) -> str:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:  # labs' files that are not UTF-8 are GBK (GB18030 is its superset)
        codecs.getincrementaldecoder("gb18030")().decode(head, final=False)
        return "gb18030"
    except UnicodeDecodeError:
        pass
    best = from_bytes(head).best()
    return best.encoding if best is not None else "gb18030"
