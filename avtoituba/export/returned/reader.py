"""Reading a completed homework pack back, bounded and without python-docx's objects.

The file is checked before it is parsed: its size, that it is a Word document and not a
PDF or an OpenDocument file renamed to .docx, that its parts do not unpack beyond a
limit. Then the custom properties name the workshop and the municipality, and the
bookmarks name each table and each activity row (see ``marks``). What the team did in
Word or LibreOffice is read as text: the activities' fields, the ticks of who to involve
(☒, ☑, ✓, ✔, x, or a deleted ☐), the answers in the boxes.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from avtoituba.core import bounded
from avtoituba.core.text import clean_line, clean_text
from avtoituba.export.returned import marks as M

MAX_BYTES = 20 * 1024 * 1024
MAX_UNPACKED = 100 * 1024 * 1024
MAX_RATIO = 200
MAX_ROWS = 2000
MAX_CELL = 20_000

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DOCX_MAIN = "wordprocessingml.document.main"
TICKED = {"☒", "☑", "✓", "✔", "✗", "✘", "x", "X", "■", "⊠", "v", "V+", "+", "⌧"}
UNTICKED = {"☐", "□", "▢", "o", "❑"}
#: Word's symbol font characters (w:sym) for boxes and ticks
_SYMBOLS = {"F0FE": "☒", "F0FD": "☒", "F0FC": "✓", "F0FB": "☒", "F078": "☒",
            "F0A8": "☐", "F06F": "☐", "F071": "☐", "2612": "☒", "2610": "☐", "2713": "✓"}
AREA_COLUMNS = 6
NEW_COLUMNS = 7


class ReadError(Exception):
    """The file cannot be read as a returned homework pack; ``code`` and ``params`` say
    why (core.returns words the message)."""

    def __init__(self, code: str, **params: object):
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass
class Involve:
    leaders: bool | None
    key_people: bool | None
    partners: bool | None
    notes: str


@dataclass
class ReadRow:
    table: int                  # the table's number in the document (1 = the first)
    row: int                    # the row's number in its table (1 = the first below the header)
    kind: str                   # "area" or "new"
    activity_id: int | None     # the row's bookmark, if it survived
    group: int | None
    area: int | None
    area_text: str              # the new-activities table: what the team wrote as the area
    title: str
    description: str
    involve: Involve
    responsible: str
    time_frame: str
    digital: bool | None


@dataclass
class ReadProblem:
    code: str
    table: int = 0
    row: int = 0
    params: dict[str, Any] = field(default_factory=dict)


@dataclass
class OgpSheet:
    """A commitment sheet as the team left it: per row (in the order of
    ``export.commitments.ROWS`` after the activity and its area) the paragraphs of the
    value cell; ``export.returned.ogp_sheet`` turns them into a commitment."""

    table: int
    activity_id: int
    cells: list[list[str]]


@dataclass
class ReturnedDocument:
    path: Path
    digest: str
    workshop: str
    municipality_id: int | None
    municipality_name: str
    rows: list[ReadRow] = field(default_factory=list)
    answers: dict[str, str] = field(default_factory=dict)
    problems: list[ReadProblem] = field(default_factory=list)
    tables: dict[int, M.Mark] = field(default_factory=dict)   # table number → its mark
    sheets: list[OgpSheet] = field(default_factory=list)      # the OGP commitment sheets

    @property
    def name(self) -> str:
        return self.path.name


# --- the file -----------------------------------------------------------------------------

def read_bytes(path: Path) -> bytes:
    try:
        return bounded.read_file(path, MAX_BYTES)
    except bounded.Refused as refused:
        raise ReadError(refused.kind, **refused.params) from refused


def _open_zip(data: bytes) -> zipfile.ZipFile:
    if data.startswith(b"%PDF"):
        raise ReadError("pdf")
    if not data.startswith(b"PK"):
        raise ReadError("not_docx")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        names = set(zf.namelist())
        bounded.check_zip(zf, MAX_UNPACKED, MAX_RATIO)
    except bounded.Refused as refused:
        raise ReadError(refused.kind, **refused.params) from refused
    except zipfile.BadZipFile as exc:
        raise ReadError("not_docx") from exc
    if "mimetype" in names:
        mime = zf.read("mimetype")[:100]
        if b"opendocument" in mime:
            raise ReadError("odt")
    if "[Content_Types].xml" not in names or \
            _DOCX_MAIN.encode() not in zf.read("[Content_Types].xml"):
        raise ReadError("not_docx")
    return zf


def _xml(zf: zipfile.ZipFile, name: str) -> Any:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(zf.read(name), parser)
    except (KeyError, etree.XMLSyntaxError) as exc:
        raise ReadError("damaged", part=name) from exc


def _part_name(zf: zipfile.ZipFile, reltype_tail: str, default: str) -> str:
    """The package part a root relationship points at (LibreOffice may move parts)."""
    try:
        rels = _xml(zf, "_rels/.rels")
    except ReadError:
        return default
    for rel in rels:
        if str(rel.get("Type", "")).endswith(reltype_tail):
            return str(rel.get("Target", default)).lstrip("/")
    return default


def custom_properties(zf: zipfile.ZipFile) -> dict[str, str]:
    name = _part_name(zf, "/custom-properties", "docProps/custom.xml")
    if name not in zf.namelist():
        return {}
    root = _xml(zf, name)
    out: dict[str, str] = {}
    for prop in root:
        key = prop.get("name")
        if key and len(prop):
            out[key] = (prop[0].text or "").strip()
    return out


# --- the text -----------------------------------------------------------------------------

def paragraph_text(p: Any) -> str:
    parts: list[str] = []
    for el in p.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}cr", f"{W}sym",
                     f"{W}delText", f"{W}noBreakHyphen"):
        if el.tag == f"{W}t":
            if _inside_deleted(el):
                continue
            parts.append(el.text or "")
        elif el.tag in (f"{W}tab",):
            parts.append(" ")
        elif el.tag in (f"{W}br", f"{W}cr"):
            parts.append("\n")
        elif el.tag == f"{W}sym":
            parts.append(_SYMBOLS.get(str(el.get(f"{W}char", "")).upper()[-4:], ""))
        elif el.tag == f"{W}noBreakHyphen":
            parts.append("-")
    return "".join(parts)


def _inside_deleted(el: Any) -> bool:
    parent = el.getparent()
    while parent is not None and parent.tag != f"{W}p":
        if parent.tag == f"{W}del":
            return True
        parent = parent.getparent()
    return False


def cell_paragraphs(tc: Any) -> list[str]:
    return [paragraph_text(p) for p in tc.iter(f"{W}p")]


def cell_text(tc: Any) -> str:
    text = "\n".join(cell_paragraphs(tc))
    return clean_text(text[:MAX_CELL]).strip()


def bookmarks(el: Any) -> list[str]:
    return [str(b.get(f"{W}name", "")) for b in el.iter(f"{W}bookmarkStart")]


_TOKEN = re.compile(r"[A-Za-zÕÄÖÜŠŽõäöüšž]+|[^\sA-Za-zÕÄÖÜŠŽõäöüšž]")


def read_involve(paragraphs: list[str], labels: tuple[str, str, str]) -> Involve:
    """Who to involve from "☒ J ☐ V ☐ P": a label after ☐ is not ticked, after ☒, ✓, x
    (or with its ☐ deleted) it is; a label that is gone leaves the value as it was."""
    first = paragraphs[0] if paragraphs else ""
    tokens = _TOKEN.findall(first.replace("\u00a0", " "))
    folded = [t.casefold() for t in labels]
    found: list[bool | None] = [None, None, None]
    for i, token in enumerate(tokens):
        if token.casefold() not in folded:
            continue
        index = folded.index(token.casefold())
        before = tokens[i - 1] if i > 0 else ""
        found[index] = before not in UNTICKED
    if all(f is None for f in found) and first.strip():   # no labels: the line is a note
        notes = "\n".join(paragraphs)
    else:
        notes = "\n".join(paragraphs[1:])
    return Involve(found[0], found[1], found[2], clean_text(notes).strip())


def read_tick(text: str) -> bool | None:
    text = text.strip()
    if not text:
        return True        # the ☐ was deleted: ticked
    if text[0] in UNTICKED:
        return False
    if text[0] in TICKED or text.casefold() in ("jah", "yes", "x"):
        return True
    if text.casefold() in ("ei", "no", "-", "–"):
        return False
    return None


# --- the document -------------------------------------------------------------------------

def read_document(path: Path, labels: tuple[str, str, str] = ("J", "V", "P"),
                  data: bytes | None = None) -> ReturnedDocument:
    """Read one returned pack. Raises ReadError when the file as a whole cannot be read;
    single rows that cannot be read are listed in ``problems``."""
    path = Path(path)
    if data is None:
        data = read_bytes(path)
    digest = hashlib.sha256(data).hexdigest()
    with _open_zip(data) as zf:
        props = custom_properties(zf)
        if props.get(M.P_KIND) != M.KIND_HOMEWORK or not props.get(M.P_WORKSHOP):
            raise ReadError("not_a_pack")
        doc_name = _part_name(zf, "/officeDocument", "word/document.xml")
        root = _xml(zf, doc_name)
    try:
        municipality_id: int | None = int(props.get(M.P_MUNICIPALITY, ""))
    except ValueError:
        municipality_id = None
    out = ReturnedDocument(path, digest, props[M.P_WORKSHOP], municipality_id,
                           props.get(M.P_MUNICIPALITY_NAME, ""))
    body = root.find(f"{W}body")
    if body is None:
        raise ReadError("damaged", part=doc_name)
    tables = body.findall(f"{W}tbl")
    activity_tables = 0
    for number, tbl in enumerate(tables, start=1):
        rows = tbl.findall(f"{W}tr")
        if not rows:
            continue
        head = [M.parse_table_name(n) for n in bookmarks(rows[0])]
        mark = next((m for m in head if m is not None), None)
        later = [m for r in rows[1:] for n in bookmarks(r)
                 if (m := M.parse_table_name(n)) is not None]
        if later:
            raise ReadError("merged", table=number)
        if mark is None:
            continue
        out.tables[number] = mark
        if mark.kind == "answer":
            out.answers[mark.key] = "\n".join(cell_text(tc) for r in rows
                                              for tc in r.findall(f"{W}tc")).strip()
            continue
        if mark.kind == "ogp":
            _read_sheet(out, number, rows, mark)
            continue
        activity_tables += 1
        if len(rows) > MAX_ROWS:
            raise ReadError("too_many_rows", table=number, limit=MAX_ROWS)
        columns = AREA_COLUMNS if mark.kind == "area" else NEW_COLUMNS
        grid = tbl.find(f"{W}tblGrid")
        if mark.kind == "area" and grid is not None and \
                len(grid.findall(f"{W}gridCol")) == AREA_COLUMNS + 1:
            columns = AREA_COLUMNS + 1   # the dot vote's priority column, last (not read)
        if grid is not None and len(grid.findall(f"{W}gridCol")) != columns:
            raise ReadError("columns", table=number, found=len(grid.findall(f"{W}gridCol")),
                            expected=columns)
        for row_number, tr in enumerate(rows[1:], start=1):
            _read_row(out, number, row_number, tr, mark, columns, labels)
    if activity_tables == 0:
        raise ReadError("no_tables")
    return out


#: a commitment sheet: the activity, its area and the ten fields, two cells a row
SHEET_ROWS = 12


def _read_sheet(out: ReturnedDocument, table: int, rows: list[Any], mark: M.Mark) -> None:
    cells = [r.findall(f"{W}tc") for r in rows]
    if len(rows) != SHEET_ROWS or any(len(c) != 2 for c in cells):
        out.problems.append(ReadProblem("ogp_rows", table, 0))
        return
    activity_id = mark.activity_ids[0] if mark.activity_ids else None
    if activity_id is None:
        return
    out.sheets.append(OgpSheet(table, activity_id, [
        [clean_text(p[:MAX_CELL]).strip() for p in cell_paragraphs(c[1])] for c in cells]))


def _read_row(out: ReturnedDocument, table: int, row_number: int, tr: Any, mark: M.Mark,
              columns: int, labels: tuple[str, str, str]) -> None:
    cells = tr.findall(f"{W}tc")
    ids = [i for n in bookmarks(tr) if (i := M.parse_row_name(n)) is not None]
    texts = [cell_text(tc) for tc in cells]
    if not any(t.strip("☐ \n" + "".join(labels) + "\u00a0") for t in texts):
        return   # an empty row left empty
    merged = any(tc.find(f"{W}tcPr/{W}gridSpan") is not None
                 or tc.find(f"{W}tcPr/{W}vMerge") is not None for tc in cells)
    if len(cells) != columns or merged:
        out.problems.append(ReadProblem("row_cells", table, row_number))
        return
    offset = 1 if mark.kind == "new" else 0
    title = clean_line(texts[offset])
    if not title:
        out.problems.append(ReadProblem("no_title", table, row_number))
        return
    involve = read_involve(cell_paragraphs(cells[offset + 2]), labels)
    digital = read_tick(texts[offset + 5])
    if digital is None:
        out.problems.append(ReadProblem("tick", table, row_number,
                                        {"text": texts[offset + 5][:40]}))
    out.rows.append(ReadRow(
        table, row_number, mark.kind, ids[0] if ids else None, mark.group, mark.area,
        clean_line(texts[0]) if offset else "", title, texts[offset + 1], involve,
        clean_line(texts[offset + 3]), clean_line(texts[offset + 4]), digital))
