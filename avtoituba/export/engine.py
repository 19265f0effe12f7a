"""The one Word engine: every document the app writes starts and ends here.

A document is opened from the template (its styles, header and footer), set to A4 (turned
for wide tables), given the proofing language of its words (et-EE, or en-GB in English:
Word then checks the spelling in the right language) and document properties that name
the workshop, the trainer and the time of export; it is saved through a temporary file
with the user's normal permissions. The homework pack, the trainer's document, the group
lists and the agenda report are all written through :class:`WordWriter`.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

from avtoituba.core.text import clean_line
from avtoituba.export.documents import Body, Styles, atomic_save, fill_header_footer, open_template
from avtoituba.export.labels import Labels

A4 = (Cm(21.0), Cm(29.7))
TEXT_WIDTH_CM = 17.0      # A4 with 2 cm margins; other pages scale the columns to fit
PROOFING = {"et": "et-EE", "en": "en-GB"}
GENERATOR = "avtoituba"


def proofing_language(language: str) -> str:
    return PROOFING.get(language, PROOFING["et"])


class WordWriter:
    """One document being built: the template's styles and the document's language."""

    def __init__(self, *, language: str, workshop_title: str, kind: str,
                 trainer: str = "", template: Path | None = None, landscape: bool = False,
                 now: dt.datetime | None = None):
        self.L = Labels(language)
        self.doc: DocxDocument = open_template(template)
        self.body = Body(self.doc)
        st = Styles(self.doc)
        self.styles = st
        self.title = st.para("Title")
        self.subtitle = st.para("Subtitle")
        self.h1 = st.para("Heading 1")
        self.h2 = st.para("Heading 2")
        self.h3 = st.para("Heading 3")
        self.bullet = st.para("List Bullet")
        self.cell = st.para("Table Text")
        self.cell_head = st.para("Table Heading")
        self.cover_name = st.para("Cover Name", "Subtitle", "Heading 1")
        self.small = st.para("Small")
        self.table = st.tbl("Avtoituba Table", "Table Grid")
        set_a4(self.doc, landscape)
        self.text_width = text_width_cm(self.doc)
        fill_header_footer(self.doc, clean_line(workshop_title), self.L["page"])
        set_proofing_language(self.doc, proofing_language(self.L.language))
        set_properties(self.doc, kind=kind, workshop_title=workshop_title, trainer=trainer,
                       language=proofing_language(self.L.language), now=now)

    def widths(self, columns: Iterable[float]) -> tuple[float, ...]:
        """Column widths (cm) given for a 17 cm text width, scaled to the page's."""
        scale = self.text_width / TEXT_WIDTH_CM
        return tuple(round(c * scale, 2) for c in columns)

    def finish(self) -> DocxDocument:
        self.body.flush()
        return self.doc

    # small pieces
    def text(self, text: str, style: str | None = None, **kw: bool) -> None:
        self.body.paragraph(text, style, **kw)

    def heading(self, level: int, text: str) -> None:
        style = {1: self.h1, 2: self.h2, 3: self.h3}[level]
        self.body.paragraph(text, style, bold=style is None, one_line=True, keep_next=True)

    def bullets(self, items: Iterable[str]) -> None:
        for item in items:
            self.body.paragraph(item if self.bullet else f"•\u00a0{item}", self.bullet)

    def numbered(self, items: Iterable[str], letters: bool = False,
                 style: str | None = None) -> None:
        for i, item in enumerate(items):
            mark = f"{'abcdefghij'[i % 10]})" if letters else f"{i + 1}."
            self.body.paragraph(f"{mark}\u00a0{item}", style)

    def key_values(self, rows: Iterable[tuple[str, str]], keep_next: bool = False) -> None:
        """"Key: value" lines; ``keep_next`` keeps them on the page of what follows (the
        lines that introduce a table)."""
        for key, value in rows:
            if value:
                self.body.rich([(f"{key}: ", True), (value, False)], keep_next=keep_next)

    def grid(self, header: list[str], rows: list[list[str]], widths: Iterable[float],
             **kw: object) -> None:
        """A plain table in the template's look (widths in cm for a 17 cm text width)."""
        self.body.table(header, rows, self.widths(widths), table_style=self.table,
                        cell_style=self.cell, header_style=self.cell_head, **kw)  # type: ignore[arg-type]


def set_a4(doc: DocxDocument, landscape: bool = False) -> None:
    """Every section on A4 (portrait, or landscape for wide tables), margins kept."""
    width, height = A4
    for section in doc.sections:
        if landscape:
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = height, width
        else:
            section.orientation = WD_ORIENT.PORTRAIT
            section.page_width, section.page_height = width, height


def text_width_cm(doc: DocxDocument) -> float:
    """The width between the margins of the last section (A4 with 2 cm margins: 17 cm)."""
    try:
        section = doc.sections[-1]
        width = (section.page_width - section.left_margin - section.right_margin) / 360000
    except (TypeError, IndexError, AttributeError):
        return TEXT_WIDTH_CM
    return width if 5 <= width <= 60 else TEXT_WIDTH_CM


def set_proofing_language(doc: DocxDocument, tag: str) -> None:
    """Word checks spelling in ``tag`` (et-EE): the document defaults, every style that
    names a language of its own, and the theme's font language in the settings."""
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    _set_lang(rpr, tag)
    for lang in styles.iter(qn("w:lang")):
        lang.set(qn("w:val"), tag)
    settings = doc.settings.element
    theme = settings.find(qn("w:themeFontLang"))
    if theme is not None:
        theme.set(qn("w:val"), tag)


def _set_lang(rpr: OxmlElement, tag: str) -> None:
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), tag)
    lang.set(qn("w:bidi"), "ar-SA")


def set_properties(doc: DocxDocument, *, kind: str, workshop_title: str, trainer: str,
                   language: str, now: dt.datetime | None = None) -> None:
    """File › Properties: what the document is, for which workshop, by whom and when."""
    now = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    if now.tzinfo is not None:
        now = now.astimezone(dt.UTC).replace(tzinfo=None)
    props = doc.core_properties
    workshop_title = clean_line(workshop_title)
    props.title = f"{clean_line(kind)} – {workshop_title}"[:250] if workshop_title \
        else clean_line(kind)[:250]
    props.subject = workshop_title[:250]
    props.author = clean_line(trainer)[:250]
    props.last_modified_by = clean_line(trainer)[:250]
    props.comments = ""
    props.keywords = ""
    props.category = ""
    props.language = language
    props.created = now
    props.modified = now
    props.revision = 1
    props.identifier = ""
    props.content_status = ""
    props.version = ""


@cache
def _file_mode() -> int:
    """The mode a new file gets from the user's umask (0644 with the usual 022)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def save(doc: DocxDocument, path: Path) -> Path:
    """Write ``doc`` atomically to ``path`` with the user's normal file permissions."""
    return atomic_save(doc, path, mode=_file_mode())
