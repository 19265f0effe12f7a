"""Shared python-docx helpers: the template, text that never breaks a document, fast tables,
safe file names and atomic writes."""

from __future__ import annotations

import errno
import os
import tempfile
import unicodedata
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.text.paragraph import Paragraph

from avtoituba.core.text import clean_line, clean_text
from avtoituba.export.filenames import (  # noqa: F401 - part of this module's API
    MAX_NAME_BYTES,
    inside,
    safe_file_stem,
    unique_file_name,
)

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
    if not source.is_file():
        raise TemplateError(source, f"{source}: the Word template was not found")
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
        kinds = {"paragraph": self.paragraph, "table": self.table}
        w_type, w_id, w_val = qn("w:type"), qn("w:styleId"), qn("w:val")
        for style in doc.styles.element.findall(qn("w:style")):
            found = kinds.get(style.get(w_type) or "paragraph")
            name = style.find(qn("w:name"))
            style_id = style.get(w_id)
            if found is not None and name is not None and style_id:
                found.setdefault((name.get(w_val) or "").casefold(), style_id)

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


def _runs_xml(text: str, bold: bool = False, italic: bool = False) -> str:
    """One run for ``text`` (already clean), its line breaks kept as breaks."""
    props = ("<w:b/><w:bCs/>" if bold else "") + ("<w:i/><w:iCs/>" if italic else "")
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    lines = text.split("\n")
    body = "<w:br/>".join(f'<w:t xml:space="preserve">{escape(line)}</w:t>' for line in lines)
    return f"<w:r>{rpr}{body}</w:r>"


def _ppr_xml(style: str | None, rtl: bool, extra: str = "") -> str:
    inner = (f'<w:pStyle w:val="{style}"/>' if style else "") + extra + \
        ("<w:bidi/>" if rtl else "")
    return f"<w:pPr>{inner}</w:pPr>" if inner else ""


Cell = str | Sequence[str]
#: rows with up to this much text never split across pages (a longer one may)
KEEP_WHOLE_CHARS = 1200


def _clean_keep_spaces(text: str) -> str:
    """clean_text, keeping the spaces at either end (between runs of one paragraph)."""
    cleaned = clean_text(text)
    if not cleaned:
        return ""
    lead = " " if text[:1].isspace() else ""
    tail = " " if text[-1:].isspace() else ""
    return f"{lead}{cleaned}{tail}"


class Body:
    """A document's body written as WordprocessingML text and parsed once at the end.

    Building with python-docx's objects costs a lookup (styles, sections, element order)
    for every paragraph and table; a pack of a hundred documents with thousands of rows
    spends most of its time there. Here every piece of text is cleaned (control
    characters removed: Word refuses them) and escaped; ``flush()`` puts the result into
    the document before its final section properties.
    """

    def __init__(self, doc: DocxDocument):
        self.doc = doc
        self._chunks: list[str] = []

    # paragraphs
    def paragraph(self, text: str, style: str | None = None, *, bold: bool = False,
                  italic: bool = False, one_line: bool = False,
                  keep_next: bool = False, new_page: bool = False) -> None:
        """``new_page``: the paragraph starts a page (no blank page when the one before
        ends exactly at the foot of a page, unlike ``page_break``)."""
        text = clean_line(text) if one_line else clean_text(text)
        runs = _runs_xml(text, bold, italic) if text else ""
        ppr = _ppr_xml(style, is_rtl(text), ("<w:keepNext/>" if keep_next else "")
                       + ("<w:pageBreakBefore/>" if new_page else ""))
        self._chunks.append(f"<w:p>{ppr}{runs}</w:p>")

    def rich(self, parts: Sequence[tuple[str, bool]], style: str | None = None) -> None:
        """One paragraph of several runs: (text, bold) pairs."""
        texts = [(_clean_keep_spaces(t), b) for t, b in parts]
        runs = "".join(_runs_xml(t, b) for t, b in texts if t)
        ppr = _ppr_xml(style, is_rtl("".join(t for t, _ in texts)))
        self._chunks.append(f"<w:p>{ppr}{runs}</w:p>")

    def link(self, label: str, url: str, style: str | None = None) -> None:
        """A paragraph "label: URL" with the URL clickable."""
        url = clean_line(url)
        r_id = self.doc.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
        link = (f'<w:hyperlink r:id="{r_id}"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/>'
                f'<w:color w:val="1F5F99"/><w:u w:val="single"/></w:rPr>'
                f'<w:t xml:space="preserve">{escape(url)}</w:t></w:r></w:hyperlink>')
        self._chunks.append(f"<w:p>{_ppr_xml(style, False)}"
                            f"{_runs_xml(_clean_keep_spaces(label), True)}{link}</w:p>")

    def page_break(self) -> None:
        self._chunks.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')

    def empty(self, count: int = 1) -> None:
        self._chunks.extend("<w:p/>" for _ in range(count))

    # tables
    def table(self, header: Sequence[str] | None, rows: Iterable[Sequence[Cell]],
              widths_cm: Sequence[float], *, table_style: str | None,
              cell_style: str | None = None, header_style: str | None = None,
              min_height_cm: float | None = None, keep_together: bool = False) -> None:
        """A table of fixed column widths. A cell is a text (line breaks kept) or a list of
        paragraphs. The header row repeats on every page; a row splits across pages only
        when it holds more text than fits on one (Word would cut off the rest). With
        ``keep_together`` a short table stays on one page with the heading before it."""
        widths = [round(w * 567) for w in widths_cm]
        first = 1 if header is not None else 0
        out = ["<w:tbl><w:tblPr>"]
        if table_style:
            out.append(f'<w:tblStyle w:val="{table_style}"/>')
        out.append(f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
                   f'<w:tblLook w:val="{"04A0" if first else "0480"}" w:firstRow="{first}" '
                   f'w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" '
                   f'w:noVBand="1"/></w:tblPr><w:tblGrid>')
        out.extend(f'<w:gridCol w:w="{w}"/>' for w in widths)
        out.append("</w:tblGrid>")
        rows = list(rows)
        if header is not None:
            out.append(_row_xml(header, widths, header_style or cell_style,
                                "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>",
                                bold=header_style is None, keep_next=keep_together))
        height = (f'<w:trHeight w:val="{int(min_height_cm * 567)}" w:hRule="atLeast"/>'
                  if min_height_cm else "")
        keep = f"<w:trPr><w:cantSplit/>{height}</w:trPr>"
        may_split = f"<w:trPr>{height}</w:trPr>" if height else ""
        last = len(rows) - 1
        for i, row in enumerate(rows):
            # A row kept whole must fit on a page: Word cuts off the rest of a taller one.
            size = sum(len(c) if isinstance(c, str) else sum(map(len, c)) for c in row)
            short = size <= KEEP_WHOLE_CHARS
            out.append(_row_xml(row, widths, cell_style, keep if short else may_split,
                                keep_next=keep_together and short and i < last))
        out.append("</w:tbl>")
        self._chunks.append("".join(out))
        # Word needs a paragraph between two tables, or it merges them
        self._chunks.append('<w:p><w:pPr><w:spacing w:before="0" w:after="0"/>'
                            '<w:rPr><w:sz w:val="8"/></w:rPr></w:pPr></w:p>')

    def writing_box(self, height_cm: float, width_cm: float, table_style: str | None) -> None:
        """A framed empty box to write in by hand."""
        borders = "".join(f'<w:{side} w:val="single" w:sz="6" w:space="0" w:color="9AA5B1"/>'
                          for side in ("top", "left", "bottom", "right"))
        width = round(width_cm * 567)
        style = f'<w:tblStyle w:val="{table_style}"/>' if table_style else ""
        self._chunks.append(
            f'<w:tbl><w:tblPr>{style}<w:tblW w:w="{width}" w:type="dxa"/>'
            f'<w:tblLayout w:type="fixed"/><w:tblLook w:val="0480" w:firstRow="0" '
            f'w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>'
            f'</w:tblPr><w:tblGrid><w:gridCol w:w="{width}"/></w:tblGrid>'
            f'<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="{int(height_cm * 567)}" '
            f'w:hRule="atLeast"/></w:trPr><w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>'
            f'<w:tcBorders>{borders}</w:tcBorders></w:tcPr><w:p/></w:tc></w:tr></w:tbl>'
            '<w:p><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr></w:p>')

    def flush(self) -> None:
        """Parse what was written and put it into the document (before its sectPr)."""
        if not self._chunks:
            return
        parsed = parse_xml(f"<w:body {nsdecls('w', 'r')}>{''.join(self._chunks)}</w:body>")
        self._chunks.clear()
        body = self.doc.element.body
        sect = body.find(qn("w:sectPr"))
        existing = [child for child in body if child is not sect]
        if len(existing) < len(parsed):
            # Moving a big parsed table into the document element by element costs time
            # that grows faster than its size (lxml re-homes every node, a 1,500-row table
            # took 6 s); swapping in the whole new body at once takes milliseconds.
            for index, child in enumerate(existing):
                parsed.insert(index, child)
            if sect is not None:
                parsed.append(sect)
            for name, value in body.attrib.items():
                parsed.set(name, value)
            self.doc.element.replace(body, parsed)
            if hasattr(self.doc, "_Document__body"):
                self.doc._Document__body = None  # python-docx caches the old body
            return
        for child in list(parsed):
            if sect is not None:
                sect.addprevious(child)
            else:
                body.append(child)


def _row_xml(cells: Sequence[Cell], widths: Sequence[int], style: str | None, tr_pr: str,
             bold: bool = False, keep_next: bool = False) -> str:
    out = [f"<w:tr>{tr_pr}"]
    for i, width in enumerate(widths):
        value = cells[i] if i < len(cells) else ""
        paragraphs = [value] if isinstance(value, str) else (list(value) or [""])
        body = []
        for text in paragraphs:
            text = clean_text(text)
            runs = _runs_xml(text, bold) if text else ""
            ppr = _ppr_xml(style, is_rtl(text), "<w:keepNext/>" if keep_next else "")
            body.append(f"<w:p>{ppr}{runs}</w:p>")
        out.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
                   f'{"".join(body)}</w:tc>')
    out.append("</w:tr>")
    return "".join(out)


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


#: Temporary documents are written as ``.~avtoituba-XXXX.tmp`` beside the target; one an
#: interrupted export left behind is removed by the next export to that folder once it is
#: older than STALE_TEMP_SECONDS (a younger one may be another export's, still writing).
TEMP_PREFIX = ".~avtoituba-"
STALE_TEMP_SECONDS = 3600
_cleaned: set[Path] = set()


def _remove_stale_temp(folder: Path) -> None:
    """Once per folder and run: remove the temporary documents interrupted exports left."""
    key = folder.resolve()
    if key in _cleaned:
        return
    _cleaned.add(key)
    from avtoituba.store.leftovers import remove_leftovers

    remove_leftovers(folder, TEMP_PREFIX, (".tmp",), STALE_TEMP_SECONDS)


def atomic_save(doc: DocxDocument, path: Path, mode: int | None = None) -> Path:
    """Write ``doc`` to a temporary file beside ``path``, then rename it into place.

    An interrupted or failed write leaves no half-written file: either the old file (if
    any) or the complete new one. ``mode``: the file's permissions (the temporary file is
    private until then). Raises WriteError naming ``path``.
    """
    folder = path.parent
    _remove_stale_temp(folder)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".tmp", dir=folder)
    except OSError as exc:
        raise WriteError(path, classify(exc, replacing=False), exc) from exc
    tmp = Path(tmp_name)
    replacing = False
    try:
        with os.fdopen(fd, "wb") as fh:
            doc.save(fh)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
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
