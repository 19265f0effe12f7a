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

import csv
import datetime as dt
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from avtoituba.core.text import clean_line

from avtoituba.wording import QT_TRANSLATE_NOOP, Message, WordedError, Words, comma_list

MAX_BYTES = 20 * 1024 * 1024
HEADER_SEARCH_ROWS = 10
MAX_FIELD = 300
DELIMITERS = (";", ",", "\t")

FIELDS = ("name", "municipality", "role", "email", "present")
REQUIRED = ("name", "municipality")

# Header spellings, compared after ``_header_key`` (case, accents of punctuation and
# spaces folded away). Earlier entries win when two columns could be the same field.
ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("nimi", "name", "osalejanimi", "osaleja", "eesjaperekonnanimi", "täisnimi",
             "fullname", "participant", "participantname", "nimiperekonnanimi"),
    "first_name": ("eesnimi", "firstname", "givenname", "forename"),
    "last_name": ("perekonnanimi", "perenimi", "lastname", "surname", "familyname"),
    "municipality": ("omavalitsus", "kov", "municipality", "kohalikomavalitsus", "vald",
                     "linn", "valdlinn", "linnvald", "vallalinn", "localgovernment",
                     "omavalitsusüksus", "asutus", "organisatsioon", "organisation",
                     "organization"),
    "role": ("amet", "ametikoht", "roll", "role", "ametinimetus", "position", "jobtitle",
             "töökoht"),
    "email": ("epost", "email", "emailaddress", "epostiaadress", "meil", "mail", "eposti"),
    "present": ("kohal", "present", "kohalolek", "osales", "attended", "checkin",
                "registreeritud"),
}

TRUE_WORDS = {"1", "x", "jah", "ja", "yes", "y", "true", "tõene", "kohal", "present", "✓",
              "✔", "+", "osales"}
FALSE_WORDS = {"", "0", "ei", "no", "n", "false", "väär", "puudub", "-", "absent"}

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

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
    "hint/name": QT_TRANSLATE_NOOP("Roster", "name (Nimi/Name)"),
    "hint/municipality": QT_TRANSLATE_NOOP("Roster",
                                           "municipality (Omavalitsus/KOV/Municipality)"),
})

PARAMS = {"too_big": ("size",), "binary": ("kind",), "bad_xlsx": ("detail",),
          "unsupported": ("suffix",), "unreadable": ("detail",), "no_header": ("rows", "found"),
          "missing_columns": ("missing", "found"), "too_long": ("field", "limit"),
          "bad_email": ("value",), "bad_present": ("value",), "duplicate_in_file": ("row",)}

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
    args: list[object] = []
    for key in PARAMS.get(code, ()):
        value = params.get(key, "")
        if key == "field" and f"field/{value}" in WORDS.sources:
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


# --- reading cells ------------------------------------------------------------------------

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


def _sniff_kind(head: bytes) -> str | None:
    for magic, kind in MAGIC:
        if head.startswith(magic):
            return kind
    return None


def _is_xlsx_zip(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return "xl/workbook.xml" in zf.namelist()
    except zipfile.BadZipFile:
        return False


def _decode(data: bytes) -> tuple[str, str]:
    """(text, encoding): UTF-16 with a BOM, UTF-8 (BOM or not), else Windows-1257."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        text = data.decode("utf-8-sig")
        return text, "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1257", errors="replace"), "cp1257"


def _cell_text(value: object) -> str:
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


def _header_key(cell: str) -> str:
    text = re.sub(r"\(.*?\)|\[.*?\]", "", cell)
    text = unicodedata.normalize("NFC", text).casefold()
    return "".join(ch for ch in text if ch.isalnum())


def _match_header(cells: Sequence[str]) -> dict[str, int]:
    """field -> column index, for the cells of a candidate header row."""
    best: dict[str, tuple[int, int]] = {}
    for index, cell in enumerate(cells):
        key = _header_key(cell)
        if not key:
            continue
        for fld, aliases in ALIASES.items():
            rank = aliases.index(key) if key in aliases else None
            if rank is None:
                # "E-posti aadress", "Omavalitsus (vald või linn)" and similar
                rank = next((i + 100 for i, a in enumerate(aliases)
                             if len(a) >= 5 and key.startswith(a)), None)
            if rank is not None and (fld not in best or rank < best[fld][0]):
                best[fld] = (rank, index)
    mapping = {fld: idx for fld, (_, idx) in best.items()}
    # one column is one field: the better ranked claim wins
    used: dict[int, str] = {}
    for fld in sorted(mapping, key=lambda f: best[f][0]):
        idx = mapping[fld]
        if idx in used:
            del mapping[fld]
        else:
            used[idx] = fld
    if "name" not in mapping and {"first_name", "last_name"} <= mapping.keys():
        mapping["name"] = -1  # joined from the two
    return mapping


def _has_required(mapping: dict[str, int]) -> bool:
    return all(f in mapping for f in REQUIRED)


def _find_header(rows: Sequence[Sequence[str]]) -> tuple[int, dict[str, int]] | None:
    for index, cells in enumerate(rows[:HEADER_SEARCH_ROWS]):
        mapping = _match_header(cells)
        if _has_required(mapping):
            return index, mapping
    return None


def _header_failure(rows: Sequence[Sequence[str]]) -> RosterError:
    candidates = [(len(_match_header(c)), i) for i, c in enumerate(rows[:HEADER_SEARCH_ROWS])
                  if any(x.strip() for x in c)]
    if not candidates:
        return RosterError("empty")
    score, index = max(candidates, key=lambda t: (t[0], -t[1]))
    found = comma_list([WORDS("quoted", c) for c in rows[index] if c.strip()]) or "-"
    if score == 0:
        return RosterError("no_header", rows=HEADER_SEARCH_ROWS, found=found)
    mapping = _match_header(rows[index])
    missing = [f for f in REQUIRED if f not in mapping]
    return RosterError("missing_columns", missing=missing, found=found)


def _parse_present(value: str) -> tuple[bool, bool]:
    """(present, understood)."""
    key = value.strip().casefold()
    if key in TRUE_WORDS:
        return True, True
    if key in FALSE_WORDS:
        return False, True
    return False, False


def _rows_to_roster(path: Path, kind: str, table: list[tuple[int, list[str]]],
                    encoding: str | None, delimiter: str | None,
                    sheet: str | None) -> Roster:
    cells_only = [cells for _, cells in table]
    found = _find_header(cells_only)
    if found is None:
        raise _header_failure(cells_only)
    header_index, mapping = found
    header_cells = cells_only[header_index]
    columns = {f: header_cells[i] for f, i in mapping.items() if i >= 0 and f in FIELDS}
    if mapping.get("name") == -1:
        columns["name"] = f"{header_cells[mapping['first_name']]} + " \
                          f"{header_cells[mapping['last_name']]}"
    used = {i for i in mapping.values() if i >= 0}
    ignored = [c for i, c in enumerate(header_cells) if i not in used and c.strip()]

    def cell(cells: list[str], fld: str) -> str:
        idx = mapping.get(fld)
        if idx is None:
            return ""
        if idx == -1:
            return clean_line(f"{cell(cells, 'first_name')} {cell(cells, 'last_name')}")
        return cells[idx] if idx < len(cells) else ""

    rows: list[RosterRow] = []
    for number, cells in table[header_index + 1:]:
        if not any(c.strip() for c in cells):
            continue
        name = cell(cells, "name")
        municipality = cell(cells, "municipality")
        present_raw = cell(cells, "present")
        present, understood = _parse_present(present_raw)
        row = RosterRow(row=number, name=name, municipality=municipality,
                        role=cell(cells, "role"), email=cell(cells, "email"), present=present)
        if not name:
            row.problems.append(Problem("missing_name", True))
        if not municipality:
            row.problems.append(Problem("missing_municipality", True))
        for fld in ("name", "municipality", "role", "email"):
            if len(getattr(row, fld)) > MAX_FIELD:
                row.problems.append(Problem("too_long", True,
                                            (("field", fld), ("limit", MAX_FIELD))))
        if row.email and not EMAIL_RE.match(row.email):
            row.problems.append(Problem("bad_email", False, (("value", row.email),)))
        if "present" in mapping and not understood:
            row.problems.append(Problem("bad_present", False, (("value", present_raw),)))
        rows.append(row)
    if not rows:
        raise RosterError("no_rows")
    return Roster(path=path, kind=kind, encoding=encoding, delimiter=delimiter,
                  header_row=table[header_index][0], columns=columns,
                  ignored_columns=ignored, rows=rows, sheet=sheet)


# --- CSV ------------------------------------------------------------------------------------

def _split(text: str, delimiter: str) -> list[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    return [(n, [_cell_text(c) for c in record]) for n, record in enumerate(reader, start=1)]


def _delimiter_order(text: str) -> list[str]:
    """Candidate delimiters, the likeliest first (csv.Sniffer, then counting)."""
    sample = "\n".join(text.splitlines()[:HEADER_SEARCH_ROWS + 20])
    order: list[str] = []
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
        if sniffed in DELIMITERS:
            order.append(sniffed)
    except csv.Error:
        pass
    counts = {d: sample.count(d) for d in DELIMITERS}
    order += [d for d in sorted(DELIMITERS, key=lambda d: -counts[d]) if d not in order]
    return order


def _read_csv(path: Path, data: bytes) -> Roster:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise RosterError("binary", kind="contains NUL bytes")
    text, encoding = _decode(data)
    if not text.strip():
        raise RosterError("empty")
    if "\x00" in text:
        raise RosterError("binary", kind="contains NUL bytes")
    first_error: RosterError | None = None
    best: tuple[int, RosterError] | None = None
    for delimiter in _delimiter_order(text):
        table = _split(text, delimiter)
        try:
            return _rows_to_roster(path, "csv", table, encoding, delimiter, None)
        except RosterError as exc:
            first_error = first_error or exc
            score = max((len(_match_header(c)) for _, c in table[:HEADER_SEARCH_ROWS]),
                        default=0)
            if best is None or score > best[0]:
                best = (score, exc)
    assert first_error is not None
    raise best[1] if best else first_error


# --- XLSX -----------------------------------------------------------------------------------

def _read_xlsx(path: Path, data: bytes) -> Roster:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise RosterError("bad_xlsx", detail=str(exc) or type(exc).__name__) from exc
    try:
        sheets = list(workbook.worksheets)
        active = workbook.active
        if active in sheets:
            sheets.remove(active)
            sheets.insert(0, active)
        first_error: RosterError | None = None
        for sheet in sheets:
            table = []
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                table.append((number, [_cell_text(v) for v in values]))
            try:
                return _rows_to_roster(path, "xlsx", table, None, None, sheet.title)
            except RosterError as exc:
                if first_error is None or (first_error.code == "empty" and exc.code != "empty"):
                    first_error = exc
        raise first_error or RosterError("empty")
    finally:
        workbook.close()


# --- the entry point ------------------------------------------------------------------------

def read_roster(path: str | Path, existing: Iterable[tuple[str, str]] = ()) -> Roster:
    """Read a registration list; ``existing`` holds (name, municipality) of those already in.

    Raises ``RosterError`` when the file as a whole cannot be used; problems of single rows
    are on the rows.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise RosterError("too_big", size=round(size / 1024 / 1024))
        data = path.read_bytes()
    except IsADirectoryError as exc:
        raise RosterError("unreadable", detail="a folder") from exc
    except OSError as exc:
        raise RosterError("unreadable", detail=exc.strerror or str(exc)) from exc
    if not data.strip():
        raise RosterError("empty")
    suffix = path.suffix.lower()
    if data.startswith(OLE_MAGIC):
        raise RosterError("old_excel")
    if data.startswith(ZIP_MAGIC):
        if _is_xlsx_zip(data):
            roster = _read_xlsx(path, data)  # also an .xlsx renamed to .csv
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
        roster = _read_csv(path, data)
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
