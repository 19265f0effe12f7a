"""Shared python-docx helpers: the template, text that never breaks a document, fast tables,
safe file names and atomic writes."""

from __future__ import annotations

import errno
import os
import re
import tempfile
import unicodedata
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from avtoituba.core.text import clean_line, clean_text

from avtoituba.resources import resource_path

TITLE_PLACEHOLDER = "{title}"
PAGE_PLACEHOLDER = "{page}"


class TemplateError(ValueError):
    """The chosen Word template cannot be used."""

    def __init__(self, path: Path, message: str):
        super().__init__(message)
        self.path = path


class WriteError(OSError):
    """A document could not be written. ``kind``: locked, read_only, disk_full or other."""

    def __init__(self, path: Path, kind: str, cause: OSError):
        super().__init__(cause.errno, cause.strerror or str(cause), str(path))
        self.path = path
        self.kind = kind
        self.cause = cause

    def __str__(self) -> str:
        what = {
            "locked": "the file is open in another program (close it in Word) or cannot be "
                      "replaced",
            "read_only": "the folder cannot be written to; choose another folder",
            "disk_full": "the disk is full; free some space or choose another drive",
        }.get(self.kind, self.cause.strerror or str(self.cause))
        return f"{self.path}: {what}"


# --- the template -----------------------------------------------------------------------------

def default_template() -> Path:
    return resource_path("templates", "avtoituba.docx")


def open_template(path: str | os.PathLike[str] | None = None) -> DocxDocument:
    """A new document from ``path`` (or the app's template): its styles, header and footer,
    with the template's own body text removed."""
    source = Path(path) if path else default_template()
    try:
        doc = docx.Document(str(source))
    except FileNotFoundError as exc:
        raise TemplateError(source, f"{source}: the Word template was not found") from exc
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise TemplateError(source, f"{source}: not a Word document (.docx)") from exc
    except OSError as exc:
        raise TemplateError(source, f"{source}: cannot be read ({exc.strerror})") from exc
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return doc


class Styles:
    """The styles a document has, so that a template without one falls back gracefully."""

    def __init__(self, doc: DocxDocument):
        self.paragraph: dict[str, str] = {}
        self.table: dict[str, str] = {}
        for style in doc.styles:
            kind = style.type
            key = style.name.casefold() if style.name else ""
            if kind == WD_STYLE_TYPE.PARAGRAPH:
                self.paragraph[key] = style.style_id
            elif kind == WD_STYLE_TYPE.TABLE:
                self.table[key] = style.style_id

    def para(self, *names: str) -> str | None:
        """The style id of the first of ``names`` the document has (None: Normal)."""
        for name in names:
            found = self.paragraph.get(name.casefold())
            if found:
                return found
        return None

    def tbl(self, *names: str) -> str | None:
        for name in names:
            found = self.table.get(name.casefold())
            if found:
                return found
        return None


def fill_header_footer(doc: DocxDocument, title: str, page_label: str) -> None:
    """Put the workshop's title and the page label into the template's placeholders."""
    for section in doc.sections:
        for part in (section.header, section.footer, section.first_page_header,
                     section.first_page_footer, section.even_page_header,
                     section.even_page_footer):
            if part.is_linked_to_previous:
                continue
            for paragraph in part.paragraphs:
                _replace_in_paragraph(paragraph, {TITLE_PLACEHOLDER: title,
                                                  PAGE_PLACEHOLDER: page_label})


def _replace_in_paragraph(paragraph: Paragraph, mapping: dict[str, str]) -> None:
    for run in paragraph.runs:
        for key, value in mapping.items():
            if key in run.text:
                run.text = run.text.replace(key, value)
    full = paragraph.text
    if any(key in full for key in mapping):  # a placeholder split over several runs
        runs = paragraph.runs
        text = "".join(r.text for r in runs)
        for key, value in mapping.items():
            text = text.replace(key, value)
        runs[0].text = text
        for run in runs[1:]:
            run.text = ""


# --- text -------------------------------------------------------------------------------------

def is_rtl(text: str) -> bool:
    """Whether the first strongly directed letter of ``text`` is right-to-left."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def _runs_xml(text: str, bold: bool = False, size_pt: float | None = None) -> str:
    """The runs of one paragraph for ``text`` (already clean), line breaks kept."""
    rpr = ""
    props = ("<w:b/>" if bold else "") + (f'<w:sz w:val="{int(size_pt * 2)}"/>' if size_pt
                                            else "")
    if props:
        rpr = f"<w:rPr>{props}</w:rPr>"
    parts = []
    for i, line in enumerate(text.split("\n")):
        br = "<w:br/>" if i else ""
        parts.append(f'{br}<w:t xml:space="preserve">{escape(line)}</w:t>')
    return f"<w:r>{rpr}{''.join(parts)}</w:r>"


def _para_xml(text: str, style: str | None, bold: bool = False) -> str:
    ppr = ""
    inner = (f'<w:pStyle w:val="{style}"/>' if style else "") + ("<w:bidi/>" if is_rtl(text)
                                                                else "")
    if inner:
        ppr = f"<w:pPr>{inner}</w:pPr>"
    runs = _runs_xml(text, bold) if text else ""
    return f"<w:p>{ppr}{runs}</w:p>"


def add_text(container, text: str, style: str | None = None, *, bold: bool = False,  # noqa: ANN001
             italic: bool = False, size_pt: float | None = None,
             one_line: bool = False) -> Paragraph:
    """A paragraph of cleaned text (control characters removed, line breaks kept)."""
    text = clean_line(text) if one_line else clean_text(text)
    paragraph = container.add_paragraph()
    if style:
        paragraph._p.style = style  # a style id from Styles
    if text:
        run = paragraph.add_run(text)  # python-docx turns "\n" into line breaks
        if bold:
            run.bold = True
        if italic:
            run.italic = True
        if size_pt:
            run.font.size = Pt(size_pt)
    if is_rtl(text):
        paragraph._p.get_or_add_pPr().append(parse_xml(f"<w:bidi {nsdecls('w')}/>"))
    return paragraph


def add_page_break(doc: DocxDocument) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def add_hyperlink(paragraph: Paragraph, url: str, text: str | None = None) -> None:
    """A clickable link (shown underlined in the link colour)."""
    url = clean_line(url)
    r_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    label = escape(clean_line(text or url))
    xml = (f'<w:hyperlink {nsdecls("w", "r")} r:id="{r_id}"><w:r><w:rPr>'
           f'<w:rStyle w:val="Hyperlink"/><w:color w:val="1F5F99"/><w:u w:val="single"/>'
           f'</w:rPr><w:t xml:space="preserve">{label}</w:t></w:r></w:hyperlink>')
    paragraph._p.append(parse_xml(xml))


# --- tables -----------------------------------------------------------------------------------

Cell = str | Sequence[str]


def add_table(doc: DocxDocument, header: Sequence[str] | None, rows: Iterable[Sequence[Cell]],
              widths_cm: Sequence[float], *, table_style: str | None,
              cell_style: str | None = None, header_style: str | None = None,
              min_height_cm: float | None = None, bold_first_line: bool = False) -> Table:
    """A table built in one go: the rows are written as XML and parsed once, which stays
    fast however many rows there are (``table.add_row()`` slows down as a table grows).

    A cell is a text (line breaks kept) or a sequence of paragraphs. With
    ``bold_first_line`` the first paragraph of a multi-paragraph cell is bold.
    The header row repeats on every page and no row splits across pages.
    """
    widths = [round(w * 567) for w in widths_cm]
    cols = len(widths)
    table = doc.add_table(rows=0, cols=cols)
    if table_style:
        table.style = doc.styles.get_by_id(table_style, WD_STYLE_TYPE.TABLE)
    tbl = table._tbl
    tblPr = tbl.tblPr
    for tag in ("w:tblW", "w:tblLayout", "w:tblLook"):
        for old in tblPr.findall(qn(tag)):
            tblPr.remove(old)
    tblPr.append(parse_xml(f'<w:tblW {nsdecls("w")} w:w="{sum(widths)}" w:type="dxa"/>'))
    tblPr.append(parse_xml(f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>'))
    first = 1 if header is not None else 0
    tblPr.append(parse_xml(
        f'<w:tblLook {nsdecls("w")} w:val="{"04A0" if first else "0480"}" '
        f'w:firstRow="{first}" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
        f'w:noHBand="1" w:noVBand="1"/>'))
    grid = tbl.tblGrid
    for gc, width in zip(grid.findall(qn("w:gridCol")), widths, strict=False):
        gc.set(qn("w:w"), str(width))

    height = (f'<w:trHeight w:val="{int(min_height_cm * 567)}" w:hRule="atLeast"/>'
              if min_height_cm else "")
    chunks: list[str] = []
    if header is not None:
        chunks.append(_row_xml(header, widths, header_style or cell_style,
                               '<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>', bold=True))
    row_pr = f"<w:trPr><w:cantSplit/>{height}</w:trPr>"
    for row in rows:
        chunks.append(_row_xml(row, widths, cell_style, row_pr, bold_first=bold_first_line))
    if chunks:
        parsed = parse_xml(f"<w:tbl {nsdecls('w')}>{''.join(chunks)}</w:tbl>")
        for tr in list(parsed):
            tbl.append(tr)
    return table


def _row_xml(cells: Sequence[Cell], widths: Sequence[int], style: str | None, tr_pr: str,
             bold: bool = False, bold_first: bool = False) -> str:
    out = [f"<w:tr>{tr_pr}"]
    for i, width in enumerate(widths):
        value = cells[i] if i < len(cells) else ""
        paragraphs = [value] if isinstance(value, str) else list(value) or [""]
        body = []
        for j, text in enumerate(paragraphs):
            text = clean_text(text)
            body.append(_para_xml(text, style, bold or (bold_first and j == 0
                                                         and len(paragraphs) > 1)))
        out.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
                   f'{"".join(body)}</w:tc>')
    out.append("</w:tr>")
    return "".join(out)


def add_writing_box(doc: DocxDocument, height_cm: float, width_cm: float,
                    table_style: str | None) -> Table:
    """A framed empty box to write in by hand."""
    table = add_table(doc, None, [[""]], [width_cm], table_style=table_style,
                      min_height_cm=height_cm)
    tc_pr = table._tbl.tr_lst[0].tc_lst[0].get_or_add_tcPr()
    tc_pr.append(parse_xml(
        f'<w:tcBorders {nsdecls("w")}>'
        + "".join(f'<w:{side} w:val="single" w:sz="6" w:space="0" w:color="9AA5B1"/>'
                  for side in ("top", "left", "bottom", "right"))
        + "</w:tcBorders>"))
    return table


def shade_cells(table: Table, row_index: int, fill: str) -> None:
    """Direct shading of one row (for templates whose table style has no header shading)."""
    tr = table._tbl.tr_lst[row_index]
    for tc in tr.tc_lst:
        tc.get_or_add_tcPr().append(
            parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


# --- file names -------------------------------------------------------------------------------

_INVALID = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f-\x9f]')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$",
                       re.IGNORECASE)
MAX_NAME_BYTES = 180  # well under 255 (bytes on Linux/macOS, UTF-16 units on Windows)


def safe_file_stem(name: str, fallback: str = "dokument") -> str:
    """A file name stem valid on Windows, macOS and Linux, keeping Estonian letters.

    No path separators (nothing can escape the chosen folder), no characters Windows
    refuses, no reserved device name, no leading dot, no trailing dot or space, and short
    enough for every file system.
    """
    text = unicodedata.normalize("NFC", clean_line(name))
    text = _INVALID.sub("_", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf", "Cs",
                                                                         "Co", "Cn", "Zl",
                                                                         "Zp"))
    text = re.sub(r"\s+", " ", text)
    text = _truncate_bytes(text, MAX_NAME_BYTES)
    text = text.strip(" .").lstrip("-") or ""
    text = text.strip(" .")
    if not text:
        text = fallback
    if _RESERVED.match(text.split(".")[0].strip()):
        text = f"_{text}"
    return text


def _truncate_bytes(text: str, limit: int) -> str:
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return text
    return encoded[:limit].decode("utf-8", errors="ignore")


def unique_file_name(stem: str, suffix: str, taken: set[str]) -> str:
    """``stem + suffix``, made unique against ``taken`` (compared case-insensitively, as on
    Windows and macOS) with " (2)", " (3)", ...; the name is added to ``taken``."""
    safe = safe_file_stem(stem)
    name = f"{safe}{suffix}"
    n = 2
    while name.casefold() in taken:
        name = f"{_truncate_bytes(safe, MAX_NAME_BYTES - 8).rstrip(' .')} ({n}){suffix}"
        n += 1
    taken.add(name.casefold())
    return name


def inside(folder: Path, name: str) -> Path:
    """``folder / name``, refusing anything that would land outside ``folder``."""
    target = folder / name
    if target.parent != folder or name in ("", ".", "..") or os.sep in name or \
            (os.altsep and os.altsep in name):
        raise ValueError(f"{name!r}: not a plain file name")
    return target


# --- writing ----------------------------------------------------------------------------------

def classify(exc: OSError, replacing: bool) -> str:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return "disk_full"
    if exc.errno == errno.EROFS:
        return "read_only"
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM,
                                                         errno.EBUSY):
        return "locked" if replacing else "read_only"
    return "other"


def atomic_save(doc: DocxDocument, path: Path) -> Path:
    """Write ``doc`` to a temporary file beside ``path``, then rename it into place.

    An interrupted or failed write leaves no half-written file: either the old file (if
    any) or the complete new one. Raises WriteError naming ``path``.
    """
    folder = path.parent
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".~avtoituba-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise WriteError(path, classify(exc, replacing=False), exc) from exc
    tmp = Path(tmp_name)
    replacing = False
    try:
        with os.fdopen(fd, "wb") as fh:
            doc.save(fh)
            fh.flush()
            os.fsync(fh.fileno())
        replacing = True
        os.replace(tmp, path)
    except OSError as exc:
        _unlink_quietly(tmp)
        raise WriteError(path, classify(exc, replacing), exc) from exc
    except BaseException:
        _unlink_quietly(tmp)
        raise
    return path


def _unlink_quietly(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
