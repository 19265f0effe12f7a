#!/usr/bin/env python3
"""Generate resources/templates/avtoituba.docx, the Word template of the homework pack.

  python packaging/make_template.py [OUT.docx]

The template carries what the export uses: A4 page and margins, the body font, the styles
Title, Subtitle, Heading 1-3, List Bullet, the paragraph styles "Table Text", "Table
Heading", "Cover Name" and "Small", the table style "Avtoituba Table", a header with the
workshop's title ({title}, filled at export) and a footer with page numbers
"{page} X / Y" ({page} becomes "lk" or "page"; X and Y are PAGE and NUMPAGES fields).
The first page (the cover) has no header or footer. A trainer's own template may carry
any of these; what it lacks falls back to Word's defaults.
"""

from __future__ import annotations

import sys
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "templates" / "avtoituba.docx"

FONT = "Calibri"  # metric-compatible Carlito stands in on Linux
NAVY = RGBColor(0x1F, 0x3A, 0x5F)
ACCENT = RGBColor(0x2B, 0x6C, 0xB0)
GREY = RGBColor(0x5B, 0x67, 0x70)
DARK = RGBColor(0x22, 0x2B, 0x33)


def set_font(style, size: float, bold: bool | None = None, color: RGBColor | None = None,
             italic: bool | None = None) -> None:
    style.font.name = FONT
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attr), None)
    style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold
    if italic is not None:
        style.font.italic = italic
    if color is not None:
        style.font.color.rgb = color


def spacing(style, before: float, after: float, line: float | None = None,
            keep_next: bool = False) -> None:
    pf = style.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line is not None:
        pf.line_spacing = line
    if keep_next:
        pf.keep_with_next = True


def bottom_border(style, color: str, size: int = 8, space: int = 4) -> None:
    ppr = style.element.get_or_add_pPr()
    ppr.append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="{size}" w:space="{space}" '
        f'w:color="{color}"/></w:pBdr>'))


def paragraph_style(doc, name: str, base: str = "Normal"):
    try:
        return doc.styles[name]
    except KeyError:
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = doc.styles[base]
        style.quick_style = True
        return style


TABLE_STYLE = f"""
<w:style {nsdecls('w')} w:type="table" w:customStyle="1" w:styleId="AvtoitubaTable">
  <w:name w:val="Avtoituba Table"/>
  <w:basedOn w:val="TableNormal"/>
  <w:uiPriority w:val="40"/>
  <w:qFormat/>
  <w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
  <w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>
  <w:tblPr>
    <w:tblBorders>
      <w:top w:val="single" w:sz="4" w:space="0" w:color="B8C2CC"/>
      <w:left w:val="single" w:sz="4" w:space="0" w:color="B8C2CC"/>
      <w:bottom w:val="single" w:sz="4" w:space="0" w:color="B8C2CC"/>
      <w:right w:val="single" w:sz="4" w:space="0" w:color="B8C2CC"/>
      <w:insideH w:val="single" w:sz="4" w:space="0" w:color="B8C2CC"/>
      <w:insideV w:val="single" w:sz="4" w:space="0" w:color="B8C2CC"/>
    </w:tblBorders>
    <w:tblCellMar>
      <w:top w:w="57" w:type="dxa"/>
      <w:left w:w="85" w:type="dxa"/>
      <w:bottom w:w="57" w:type="dxa"/>
      <w:right w:w="85" w:type="dxa"/>
    </w:tblCellMar>
  </w:tblPr>
  <w:tblStylePr w:type="firstRow">
    <w:rPr><w:b/><w:color w:val="FFFFFF"/></w:rPr>
    <w:tblPr/>
    <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="1F3A5F"/></w:tcPr>
  </w:tblStylePr>
</w:style>
"""


def add_field(run, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) inside ``run``."""
    run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    run._r.append(parse_xml(
        f'<w:instrText {nsdecls("w")} xml:space="preserve"> {instruction} </w:instrText>'))
    run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'))
    run._r.append(parse_xml(f'<w:t {nsdecls("w")}>1</w:t>'))
    run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))


def build() -> docx.document.Document:
    doc = docx.Document()
    props = doc.core_properties
    props.title = "avtoituba"
    props.author = "avtoituba"
    props.comments = "Template of the avtoituba homework pack"

    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.0)
    section.top_margin = Cm(2.4)
    section.bottom_margin = Cm(2.2)
    section.header_distance = Cm(1.1)
    section.footer_distance = Cm(1.0)
    section.different_first_page_header_footer = True

    styles = doc.styles
    normal = styles["Normal"]
    set_font(normal, 10.5, color=DARK)
    spacing(normal, 0, 6, 1.15)
    # the document defaults, so that table text and anything unstyled uses the font too
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        rfonts = defaults.find(".//" + qn("w:rFonts"))
        if rfonts is not None:
            for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
                rfonts.attrib.pop(qn(attr), None)
            for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                rfonts.set(qn(attr), FONT)

    title = styles["Title"]
    set_font(title, 26, bold=True, color=NAVY)
    spacing(title, 0, 8, 1.0)
    title_ppr = title.element.get_or_add_pPr()
    old = title_ppr.find(qn("w:pBdr"))
    if old is not None:
        title_ppr.remove(old)
    subtitle = styles["Subtitle"]
    set_font(subtitle, 14, color=GREY, italic=False)
    spacing(subtitle, 0, 18, 1.1)

    h1 = styles["Heading 1"]
    set_font(h1, 16, bold=True, color=NAVY)
    spacing(h1, 18, 8, 1.0, keep_next=True)
    bottom_border(h1, "2B6CB0", 8, 4)
    h2 = styles["Heading 2"]
    set_font(h2, 13, bold=True, color=ACCENT)
    spacing(h2, 14, 4, 1.0, keep_next=True)
    h3 = styles["Heading 3"]
    set_font(h3, 11, bold=True, color=DARK)
    spacing(h3, 10, 4, 1.0, keep_next=True)

    bullet = styles["List Bullet"]
    set_font(bullet, 10.5, color=DARK)
    spacing(bullet, 0, 3, 1.15)

    table_text = paragraph_style(doc, "Table Text")
    set_font(table_text, 9, color=DARK)
    spacing(table_text, 0, 0, 1.0)
    table_heading = paragraph_style(doc, "Table Heading", "Table Text")
    set_font(table_heading, 9, bold=True, color=RGBColor(0xFF, 0xFF, 0xFF))
    spacing(table_heading, 0, 0, 1.0)
    cover_name = paragraph_style(doc, "Cover Name")
    set_font(cover_name, 22, bold=True, color=ACCENT)
    spacing(cover_name, 36, 24, 1.0)
    small = paragraph_style(doc, "Small")
    set_font(small, 9, color=GREY)
    spacing(small, 0, 2, 1.0)
    for name in ("Header", "Footer"):
        set_font(styles[name], 8.5, color=GREY)

    styles.element.append(parse_xml(TABLE_STYLE))

    header = section.header.paragraphs[0]
    header.text = "{title}"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    header._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="4" w:space="4" '
        f'w:color="B8C2CC"/></w:pBdr>'))
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("{page} ")
    add_field(footer.add_run(), "PAGE")
    footer.add_run(" / ")
    add_field(footer.add_run(), "NUMPAGES")
    section.first_page_header.paragraphs[0].text = ""
    section.first_page_footer.paragraphs[0].text = ""

    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return doc


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else OUT
    out.parent.mkdir(parents=True, exist_ok=True)
    build().save(str(out))
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
