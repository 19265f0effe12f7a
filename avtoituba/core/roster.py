"""Reading a registration list (.csv or .xlsx) into rows to import, each with its problems.

What trainers bring: an Excel sheet or its CSV export, written by Estonian Excel
(Windows-1257, semicolons) or by a web form (UTF-8, often with a BOM, commas), headers in
Estonian or English, sometimes a title row above the header, extra columns, blank lines.
Nothing here writes anything: ``read_roster`` returns a ``Roster`` the trainer previews
and ``core.participants.import_rows`` saves.

Problems are codes with parameters (``Problem.message``, ``RosterError.message``); their
wording lives in the translation catalogues (see ``avtoituba/wording.py``), so the command
line and the GUI say the same thing.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from avtoituba.core import roster_columns as columns
from avtoituba.core import roster_read as read
from avtoituba.core.roster_read import column_letter  # noqa: F401 (for the GUI)
from avtoituba.core.text import clean_line

from avtoituba.wording import QT_TRANSLATE_NOOP, Message, WordedError, Words, comma_list

MAX_BYTES = read.MAX_BYTES

from avtoituba.core.roster_columns import FIELDS, REQUIRED  # noqa: E402,F401

# --- messages --------------------------------------------------------------------------------
# The wording lives in the catalogues (resources/i18n/<lang>/core_roster.ts), see wording.py;
# ``PARAMS`` gives the order of a code's named parameters as %1, %2, ...

WORDS = Words("Roster", {
    # file-level
    "empty": QT_TRANSLATE_NOOP("Roster", "the file is empty"),
    "no_rows": QT_TRANSLATE_NOOP("Roster", "the file has a header but no participants under it"),
    "too_big": QT_TRANSLATE_NOOP("Roster",
                                 "the file is too large for a registration list (%1 MB)"),
    "binary": QT_TRANSLATE_NOOP("Roster", "this is not a text or spreadsheet file (%1); save "
                                "the list as .xlsx or .csv and try again"),
    "old_excel": QT_TRANSLATE_NOOP("Roster", "an old Excel .xls file; open it in Excel and "
                                   "save it as .xlsx or .csv"),
    "bad_xlsx": QT_TRANSLATE_NOOP("Roster", "the Excel file cannot be read (%1)"),
    "unsupported": QT_TRANSLATE_NOOP("Roster",
                                     "files of type %1 cannot be imported; use .xlsx or .csv"),
    "unreadable": QT_TRANSLATE_NOOP("Roster", "the file cannot be read (%1)"),
    "no_header": QT_TRANSLATE_NOOP(
        "Roster", "no header row with the columns name and municipality was found in the "
        "first %1 rows. Columns found: %2. Name the columns e.g. “Nimi” and “Omavalitsus”"),
    "missing_columns": QT_TRANSLATE_NOOP("Roster", "the required column %1 is missing. "
                                         "Columns found: %2"),
    # row-level
    "missing_name": QT_TRANSLATE_NOOP("Roster", "the name is empty"),
    "missing_municipality": QT_TRANSLATE_NOOP("Roster", "the municipality is empty"),
    "too_long": QT_TRANSLATE_NOOP("Roster", "the %1 is longer than %2 characters"),
    "bad_email": QT_TRANSLATE_NOOP("Roster",
                                   "the e-mail address “%1” looks wrong (kept as written)"),
    "bad_present": QT_TRANSLATE_NOOP("Roster",
                                     "“%1” in the present column is not yes or no (taken as no)"),
    "duplicate_in_file": QT_TRANSLATE_NOOP("Roster", "the same name and municipality as row %1"),
    "duplicate_existing": QT_TRANSLATE_NOOP("Roster", "already a participant of this workshop"),
    # field names (%1 of too_long) and the hints of missing columns
    "field/name": QT_TRANSLATE_NOOP("Roster", "name"),
    "field/municipality": QT_TRANSLATE_NOOP("Roster", "municipality"),
    "field/role": QT_TRANSLATE_NOOP("Roster", "role"),
    "field/email": QT_TRANSLATE_NOOP("Roster", "e-mail"),
    "field/present": QT_TRANSLATE_NOOP("Roster", "present"),
    "quoted": QT_TRANSLATE_NOOP("Roster", "“%1”"),
    # reading bounds and doubts (from the groups zone's roster work)
    "not_a_file": QT_TRANSLATE_NOOP(
        "Roster", "this is not a regular file (a pipe or a device); save the list as a "
                  ".xlsx or .csv file and choose that"),
    "too_big_limit": QT_TRANSLATE_NOOP(
        "Roster", "the file is %1 MB; a registration list may be at most %2 MB. "
                  "Save only the list's sheet, or split the list"),
    "zip_bomb": QT_TRANSLATE_NOOP(
        "Roster", "the Excel file would unpack to more than %1 MB, far more than a "
                  "registration list needs; copy the list into a new workbook and save that"),
    "too_many_rows": QT_TRANSLATE_NOOP(
        "Roster", "the sheet has more than %1 rows; a registration list may have at "
                  "most %1. Delete the empty or extra rows below the list, or split it"),
    "too_many_columns": QT_TRANSLATE_NOOP(
        "Roster", "the sheet reaches column %1; a registration list may have at most "
                  "%2 columns. Delete the cells right of the list and save again"),
    "field_too_long": QT_TRANSLATE_NOOP(
        "Roster", "row %1 has a field longer than %2 characters, which no list "
                  "needs; check the file's separators and quotation marks"),
    "bad_encoding": QT_TRANSLATE_NOOP(
        "Roster", "the text cannot be read in any known character encoding; save the list "
                  "as “CSV UTF-8” or as .xlsx and try again"),
    "guessed_encoding": QT_TRANSLATE_NOOP(
        "Roster", "the text encoding was guessed (Mac Roman); check that the names with "
                  "õ, ä, ö, ü read right before importing"),
    "mixed_encoding": QT_TRANSLATE_NOOP(
        "Roster", "the file mixes two text encodings; each line was read in its own, but "
                  "check that the names with õ, ä, ö, ü read right"),
    "hidden_sheet": QT_TRANSLATE_NOOP(
        "Roster", "the list was read from the hidden sheet “%1”; check that it is the "
                  "right list"),
    "merged_cell": QT_TRANSLATE_NOOP(
        "Roster", "the %1 comes from merged cells (row %2); check it"),
    "formula_without_value": QT_TRANSLATE_NOOP(
        "Roster", "the %1 is a formula without a saved value; open the file in Excel, "
                  "save it and import again"),
    "no_such_column": QT_TRANSLATE_NOOP(
        "Roster", "there is no column “%1”; the columns are: %2"),
    "not_text": QT_TRANSLATE_NOOP(
        "Roster", "the %1 “%2” is a number or a date, not a name; check which "
                  "column holds it"),
    "hint/name": QT_TRANSLATE_NOOP("Roster", "name (Nimi/Name)"),
    "hint/municipality": QT_TRANSLATE_NOOP("Roster",
                                           "municipality (Omavalitsus/KOV/Municipality)"),
})

PARAMS = {"too_big": ("size",), "binary": ("kind",), "bad_xlsx": ("detail",),
          "unsupported": ("suffix",), "unreadable": ("detail",), "no_header": ("rows", "found"),
          "missing_columns": ("missing", "found"), "too_long": ("field", "limit"),
          "bad_email": ("value",), "bad_present": ("value",), "duplicate_in_file": ("row",),
          "too_big_limit": ("size", "limit"), "zip_bomb": ("limit",), "too_many_rows": ("limit",),
          "too_many_columns": ("column", "limit"), "field_too_long": ("row", "limit"),
          "hidden_sheet": ("sheet",), "merged_cell": ("field", "row"),
          "formula_without_value": ("field",), "no_such_column": ("column", "found"),
          "not_text": ("field", "value")}

# The kinds and details that core itself puts into %1 (anything else, e.g. the system's
# reason a file cannot be read, is shown as it comes).
DETAILS = (
    QT_TRANSLATE_NOOP("Roster", "PNG image"), QT_TRANSLATE_NOOP("Roster", "PDF document"),
    QT_TRANSLATE_NOOP("Roster", "JPEG image"), QT_TRANSLATE_NOOP("Roster", "GIF image"),
    QT_TRANSLATE_NOOP("Roster", "SQLite database"), QT_TRANSLATE_NOOP("Roster", "gzip archive"),
    QT_TRANSLATE_NOOP("Roster", "RAR archive"), QT_TRANSLATE_NOOP("Roster", "7-Zip archive"),
    QT_TRANSLATE_NOOP("Roster", "RTF document"), QT_TRANSLATE_NOOP("Roster", "a zip archive"),
    QT_TRANSLATE_NOOP("Roster", "contains NUL bytes"), QT_TRANSLATE_NOOP("Roster", "a folder"),
    QT_TRANSLATE_NOOP("Roster", "not an Excel workbook"),
)


def problem_message(code: str, **params: object) -> Message:
    """The message of ``code`` with its named ``params`` in the catalogue's order."""
    if code == "too_big" and "limit" in params:
        code = "too_big_limit"
    args: list[object] = []
    for key in PARAMS.get(code, ()):
        value = params.get(key, "")
        if key == "found" and isinstance(value, (list, tuple)):
            value = comma_list([WORDS("quoted", v) for v in value]) or "-"
        elif key == "field" and f"field/{value}" in WORDS.sources:
            value = WORDS(f"field/{value}")
        elif key == "missing" and isinstance(value, (list, tuple)):
            value = comma_list([WORDS(f"hint/{v}") if f"hint/{v}" in WORDS.sources else v
                                for v in value])
        elif key in ("kind", "detail") and value in DETAILS:
            value = Message("Roster", "detail", str(value))
        args.append(value)
    return WORDS(code, *args)


def message(code: str, lang: str | None = None, **params: object) -> str:
    """``code`` worded in ``lang`` (default: the chosen language)."""
    return problem_message(code, **params).text(lang) if code in WORDS.sources else code


@dataclass(frozen=True)
class Problem:
    """Something wrong with a row. ``error`` rows cannot be imported; warnings can."""

    code: str
    error: bool
    params: tuple[tuple[str, object], ...] = ()

    @property
    def message(self) -> Message:
        return problem_message(self.code, **dict(self.params))

    def text(self, lang: str | None = None) -> str:
        return message(self.code, lang, **dict(self.params))

    @property
    def is_duplicate(self) -> bool:
        return self.code in ("duplicate_in_file", "duplicate_existing")


class RosterError(WordedError):
    """The file as a whole cannot be read as a registration list (a ``WordedError``)."""

    def __init__(self, code: str, **params: object):
        self.params = params
        super().__init__(problem_message(code, **params))



@dataclass
class RosterRow:
    row: int  # the row number as a spreadsheet shows it (1 = the first line of the file)
    name: str
    municipality: str
    role: str = ""
    email: str = ""
    present: bool = False
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """No error: the row can be imported."""
        return not any(p.error for p in self.problems)

    @property
    def duplicate(self) -> bool:
        return any(p.is_duplicate for p in self.problems)

    @property
    def accepted_by_default(self) -> bool:
        """What the preview ticks at first: good rows that are not duplicates."""
        return self.ok and not self.duplicate

    def key(self) -> tuple[str, str]:
        return person_key(self.name, self.municipality)

    def problem_texts(self, lang: str | None = None) -> list[str]:
        return [p.text(lang) for p in self.problems]


@dataclass
class Roster:
    path: Path
    kind: str  # "csv" or "xlsx"
    encoding: str | None
    delimiter: str | None
    header_row: int
    columns: dict[str, str]  # field -> the header as written in the file
    ignored_columns: list[str]
    rows: list[RosterRow]
    sheet: str | None = None
    headers: list[str] = field(default_factory=list)  # the header row, every column
    mapping: dict[str, int] = field(default_factory=dict)  # field -> column (-1: joined)
    doubtful: tuple[str, ...] = ()  # fields where another column could be meant
    notes: list[Problem] = field(default_factory=list)  # about the whole file
    table: list[tuple[int, list[str]]] = field(default_factory=list, repr=False)
    extras: dict[tuple[int, int], str] = field(default_factory=dict, repr=False)

    @property
    def shape(self) -> str:
        """The same for every list with the same header row (to remember a choice)."""
        return columns.shape_of(self.headers)

    def column_choice(self) -> dict[str, str]:
        """field -> header text, for name, municipality, role, e-mail."""
        return {f: self.headers[i] for f, i in self.mapping.items()
                if f in ("name", "municipality", "role", "email") and 0 <= i < len(self.headers)}

    @property
    def good_rows(self) -> list[RosterRow]:
        return [r for r in self.rows if r.ok]

    @property
    def bad_rows(self) -> list[RosterRow]:
        return [r for r in self.rows if not r.ok]

    @property
    def duplicate_rows(self) -> list[RosterRow]:
        return [r for r in self.rows if r.ok and r.duplicate]


def person_key(name: str, municipality: str) -> tuple[str, str]:
    """Two participants are the same person when name and municipality match like this."""
    return (clean_line(name).casefold(), clean_line(municipality).casefold())


# --- reading ------------------------------------------------------------------------------

MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "PNG image"),
    (b"%PDF", "PDF document"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\x1f\x8b", "gzip archive"),
    (b"Rar!", "RAR archive"),
    (b"7z\xbc\xaf", "7-Zip archive"),
    (b"{\\rtf", "RTF document"),
)
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
Choice = Mapping[str, "str | int | None"]
Remembered = Callable[[str], Mapping[str, str]]


def _sniff_kind(head: bytes) -> str | None:
    return next((kind for magic, kind in MAGIC if head.startswith(magic)), None)


def _is_xlsx_zip(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return "xl/workbook.xml" in zf.namelist()
    except zipfile.BadZipFile:
        return False


def _build(path: Path, kind: str, table: list[tuple[int, list[str]]], encoding: str | None,
           delimiter: str | None, sheet: str | None, choice: Choice | None,
           remembered: Remembered | None, notes: list[Problem],
           extras: dict[tuple[int, int], str] | None = None) -> Roster:
    found = columns.find_header(table, choice, remembered)
    header_index, mapping, doubtful = found
    roster = Roster(path=path, kind=kind, encoding=encoding, delimiter=delimiter,
                    header_row=table[header_index][0], columns={}, ignored_columns=[],
                    rows=[], sheet=sheet, headers=list(table[header_index][1]),
                    mapping=mapping, doubtful=doubtful, notes=notes,
                    table=table[header_index + 1:], extras=extras or {})
    return _fill(roster)


def _fill(roster: Roster) -> Roster:
    """Rows, columns used and ignored, from ``roster.table`` and ``roster.mapping``."""
    headers, mapping = roster.headers, roster.mapping
    roster.columns = {f: headers[i] for f, i in mapping.items()
                      if 0 <= i < len(headers) and f in FIELDS}
    if mapping.get("name") == -1:
        roster.columns["name"] = f"{headers[mapping['first_name']]} + " \
                                 f"{headers[mapping['last_name']]}"
    used = {i for i in mapping.values() if i >= 0}
    roster.ignored_columns = [c for i, c in enumerate(headers) if i not in used and c.strip()]
    roster.rows = columns.make_rows(roster.table, mapping, roster.extras, Problem, RosterRow)
    if not roster.rows:
        raise RosterError("no_rows")
    return roster


def remap(roster: Roster, choice: Mapping[str, int | None],
          existing: Iterable[tuple[str, str]] = ()) -> Roster:
    """The same list read with other columns for name, municipality, role or e-mail."""
    mapping = dict(roster.mapping)
    for fld, index in choice.items():
        if index is None:
            mapping.pop(fld, None)
        elif index >= 0 or (index == -1 and fld == "name"):
            mapping[fld] = index
    if mapping.get("name", -1) != -1:
        mapping.pop("first_name", None)
        mapping.pop("last_name", None)
    new = Roster(**{**roster.__dict__, "mapping": mapping, "doubtful": ()})
    try:
        _fill(new)
    except RosterError:
        new.rows = []
    mark_duplicates(new.rows, existing)
    return new


def _read_csv(path: Path, data: bytes, choice: Choice | None,
              remembered: Remembered | None) -> Roster:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")) \
            and read._utf16_without_bom(data) is None:
        raise RosterError("binary", kind="contains NUL bytes")
    text, encoding, codes = read.decode(data)
    if not text.strip():
        raise RosterError("empty")
    if "\x00" in text:
        raise RosterError("binary", kind="contains NUL bytes")
    notes = [Problem(code, False) for code in codes]
    best: tuple[int, RosterError] | None = None
    for delimiter in columns.delimiter_order(text):
        table = read.split_csv(text, delimiter)
        try:
            return _build(path, "csv", table, encoding, delimiter, None, choice, remembered,
                          notes)
        except RosterError as exc:
            score = max((len(columns.match_header(c)) for _, c in
                         table[:columns.HEADER_SEARCH_ROWS]), default=0)
            if best is None or score > best[0]:
                best = (score, exc)
    assert best is not None
    raise best[1]


def _read_xlsx(path: Path, data: bytes, choice: Choice | None, remembered: Remembered | None,
               report: read.Report | None) -> Roster:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    read.check_zip(data)
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise RosterError("bad_xlsx", detail=str(exc) or type(exc).__name__) from exc
    try:
        parts = {name: part for name, part in _sheet_parts(data).items()}
        sheets = sorted(workbook.worksheets,
                        key=lambda ws: (ws.sheet_state != "visible", ws is not workbook.active))
        first_error: RosterError | None = None
        for sheet in sheets:
            table = read.sheet_table(sheet, report)
            notes = [] if sheet.sheet_state == "visible" else \
                [Problem("hidden_sheet", False, (("sheet", sheet.title),))]
            merges, formulas = read.sheet_extras(data, parts.get(sheet.title, ""))
            extras = columns.extras_from(table, merges, formulas)
            try:
                return _build(path, "xlsx", table, None, None, sheet.title, choice, remembered,
                              notes, extras)
            except RosterError as exc:
                if first_error is None or (first_error.code == "empty" and exc.code != "empty"):
                    first_error = exc
        raise first_error or RosterError("empty")
    finally:
        workbook.close()


def _sheet_parts(data: bytes) -> dict[str, str]:
    """sheet title -> the zip part holding it."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        workbook = zf.read("xl/workbook.xml").decode("utf-8", "replace")
        try:
            rels = zf.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
        except KeyError:
            return {}
    targets = dict(re.findall(r'<Relationship[^>]*Id="([^"]+)"[^>]*Target="([^"]+)"', rels))
    targets.update({k: v for v, k in re.findall(
        r'<Relationship[^>]*Target="([^"]+)"[^>]*Id="([^"]+)"', rels)})
    out = {}
    for title, rid in re.findall(r'<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"', workbook):
        target = targets.get(rid, "")
        out[html_unescape(title)] = target.lstrip("/") if target.startswith("/") \
            else "xl/" + target
    return out


def html_unescape(text: str) -> str:
    import html

    return html.unescape(text)


# --- the entry point ------------------------------------------------------------------------

def read_roster(path: str | Path, existing: Iterable[tuple[str, str]] = (), *,
                mapping: Choice | None = None, remembered: Remembered | None = None,
                progress: read.Report | None = None) -> Roster:
    """Read a registration list; ``existing`` holds (name, municipality) of those already in.

    ``mapping`` names the columns for some fields (field -> header text or 1-based column
    number), ``remembered(shape)`` gives the trainer's earlier choice for a list of the same
    shape, ``progress(done, total, text)`` hears how far the reading got (and may raise to
    stop it). Raises ``RosterError`` when the file as a whole cannot be used; problems of
    single rows are on the rows.
    """
    path = Path(path)
    data = read.read_bytes(path)
    if not data.strip():
        raise RosterError("empty")
    suffix = path.suffix.lower()
    if data.startswith(OLE_MAGIC):
        raise RosterError("old_excel")
    if data.startswith(ZIP_MAGIC):
        if _is_xlsx_zip(data):
            roster = _read_xlsx(path, data, mapping, remembered, progress)
        elif suffix == ".xlsx":
            raise RosterError("bad_xlsx", detail="not an Excel workbook")
        else:
            raise RosterError("binary", kind="a zip archive")
    else:
        kind = _sniff_kind(data[:32])
        if kind is not None:
            raise RosterError("binary", kind=kind)
        if suffix in (".xlsx", ".xlsm"):
            raise RosterError("bad_xlsx", detail="not an Excel workbook")
        if suffix in (".ods", ".numbers", ".doc", ".docx", ".pdf"):
            raise RosterError("unsupported", suffix=suffix)
        roster = _read_csv(path, data, mapping, remembered)
    mark_duplicates(roster.rows, existing)
    return roster


def mark_duplicates(rows: Iterable[RosterRow], existing: Iterable[tuple[str, str]]) -> None:
    """Point out rows that repeat an earlier row or an existing participant."""
    known = {person_key(n, m) for n, m in existing}
    seen: dict[tuple[str, str], int] = {}
    for row in rows:
        row.problems = [p for p in row.problems if not p.is_duplicate]
        if not row.name or not row.municipality:
            continue
        key = row.key()
        if key in known:
            row.problems.append(Problem("duplicate_existing", False))
        elif key in seen:
            row.problems.append(Problem("duplicate_in_file", False, (("row", seen[key]),)))
        else:
            seen[key] = row.row


SUPPORTED_SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx", ".xlsm")
