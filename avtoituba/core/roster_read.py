"""Reading the bytes of a registration list, bounded: what kind of file it is, its text
encoding, its cells. Every limit refuses with a ``RosterError`` naming the limit.

Limits: the file's size, an .xlsx's unpacked size and unpack ratio (zip bombs), a sheet's
rows and columns (a stray cell at XFD1048576 must not make the reader allocate the sheet),
a CSV field's length; special files (FIFO, devices) are refused before they are opened.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

from avtoituba.core import bounded
from avtoituba.core.text import clean_line

MAX_BYTES = 20 * 1024 * 1024
MAX_UNPACKED = 100 * 1024 * 1024   # all parts of an .xlsx together, unpacked
MAX_RATIO = 200                    # unpacked / packed of one part above 1 MB
MAX_ROWS = 5000
MAX_COLUMNS = 200
MAX_CSV_FIELD = 100_000

Table = list[tuple[int, list[str]]]
Report = Callable[[int, int, str], None]


def _error(code: str, **params: object) -> Exception:
    from avtoituba.core.roster import RosterError

    return RosterError(code, **params)


def read_bytes(path: Path) -> bytes:
    """The file's bytes; special files and too large files refused before reading."""
    try:
        return bounded.read_file(path, MAX_BYTES)
    except bounded.Refused as refused:
        if refused.kind == "folder":
            raise _error("unreadable", detail="a folder") from refused
        raise _error(refused.kind, **refused.params) from refused


# --- text -----------------------------------------------------------------------------------

_UTF8_MULTI = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")


def _utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when NULs sit on every other byte (ASCII-heavy text)."""
    head = data[:4096]
    if len(head) < 4:
        return None
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    half = len(head) // 2
    if odd > 0.6 * half and even < 0.1 * half:
        return "utf-16-le"
    if even > 0.6 * half and odd < 0.1 * half:
        return "utf-16-be"
    return None


def decode(data: bytes) -> tuple[str, str, list[str]]:
    """(text, encoding, notes): UTF-16 (BOM or not), UTF-8, Windows-1257 or Mac Roman.

    Notes name what the trainer should check ("guessed_encoding", "mixed_encoding"); bytes
    that fit no encoding are refused, never replaced silently.
    """
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16"), "utf-16", []
        guess = _utf16_without_bom(data)
        if guess is not None:
            return data.decode(guess), guess, []
    except UnicodeDecodeError as exc:
        raise _error("bad_encoding") from exc
    try:
        text = data.decode("utf-8-sig")
        return text, "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8", []
    except UnicodeDecodeError:
        pass
    if _UTF8_MULTI.search(data):
        # some lines UTF-8, some not: decode each line as what it is
        lines = []
        for line in data.splitlines(keepends=True):
            try:
                lines.append(line.decode("utf-8"))
            except UnicodeDecodeError:
                lines.append(_single_byte(line)[0])
        return "".join(lines), "utf-8", ["mixed_encoding"]
    text, encoding = _single_byte(data)
    return text, encoding, ["guessed_encoding"] if encoding == "mac-roman" else []


def _single_byte(data: bytes) -> tuple[str, str]:
    """Windows-1257 when every byte is defined there (Estonian Excel's CSV); otherwise Mac
    Roman, whose ä, ö, ü are bytes that Windows-1257 leaves undefined (marked as a guess)."""
    try:
        return data.decode("cp1257"), "cp1257"
    except UnicodeDecodeError:
        return data.decode("mac-roman"), "mac-roman"


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return clean_line(str(value))


def split_csv(text: str, delimiter: str) -> Table:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    table: Table = []
    try:
        for number, record in enumerate(reader, start=1):
            if any(len(c) > MAX_CSV_FIELD for c in record):
                raise _error("field_too_long", row=number, limit=MAX_CSV_FIELD)
            if number > MAX_ROWS + 50:
                raise _error("too_many_rows", limit=MAX_ROWS)
            table.append((number, [cell_text(c) for c in record]))
    except csv.Error as exc:
        if "field larger" in str(exc):
            raise _error("field_too_long", row=reader.line_num, limit=MAX_CSV_FIELD) from exc
        raise _error("unreadable", detail=str(exc)) from exc
    return table


# --- xlsx -----------------------------------------------------------------------------------

def check_zip(data: bytes) -> None:
    """Refuse a workbook whose parts would unpack beyond the limits (a zip bomb)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            bounded.check_zip(zf, MAX_UNPACKED, MAX_RATIO)
    except bounded.Refused as refused:
        raise _error(refused.kind, **refused.params) from refused
    except zipfile.BadZipFile as exc:
        raise _error("bad_xlsx", detail=str(exc) or "not a zip file") from exc


_MERGE = re.compile(rb'<mergeCell ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')
_FORMULA = re.compile(rb'<c r="([A-Z]+)(\d+)"[^>]*>(?:(?!</c>).)*?<f[ >/](?:(?!</c>).)*?</c>',
                      re.S)


def column_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n - 1


def column_letter(index: int) -> str:
    """0 → "A", 27 → "AB"."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def sheet_extras(data: bytes, sheet_part: str) -> tuple[list[tuple[int, int, int, int]],
                                                        set[tuple[int, int]]]:
    """(merged ranges as (row1, col1, row2, col2), formula cells without a saved value)."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        try:
            xml = zf.read(sheet_part)
        except KeyError:
            return [], set()
    merges = [(int(r1), column_index(c1.decode()), int(r2), column_index(c2.decode()))
              for c1, r1, c2, r2 in _MERGE.findall(xml)]
    empty_formulas = set()
    for match in _FORMULA.finditer(xml):
        body = match.group(0)
        if b"<v>" not in body and b"<v " not in body:
            empty_formulas.add((int(match.group(2)), column_index(match.group(1).decode())))
    return merges, empty_formulas


def sheet_table(sheet, report: Report | None = None) -> Table:
    """The cells of a read-only openpyxl sheet as text, never beyond the limits."""
    rows, cols = sheet.max_row, sheet.max_column
    if isinstance(rows, int) and rows > MAX_ROWS + 50:
        raise _error("too_many_rows", limit=MAX_ROWS)
    if isinstance(cols, int) and cols > MAX_COLUMNS:
        raise _error("too_many_columns", limit=MAX_COLUMNS, column=column_letter(cols - 1))
    table: Table = []
    total = rows if isinstance(rows, int) else MAX_ROWS
    for number, values in enumerate(sheet.iter_rows(max_row=MAX_ROWS + 51,
                                                    max_col=MAX_COLUMNS, values_only=True),
                                    start=1):
        if number > MAX_ROWS + 50:
            raise _error("too_many_rows", limit=MAX_ROWS)
        table.append((number, [cell_text(v) for v in values]))
        if report is not None and number % 200 == 0:
            report(number, total, "")
    return table
