"""The group lists as a Word handout: one page per group with its theme, presenter and
members (name, municipality, role), in the workshop's language.

Qt-free. Written under a temporary name and renamed, so a crash never leaves half a file.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from avtoituba.core.groups import GroupView, list_groups
from avtoituba.core.text import clean_line, clean_text
from avtoituba.store.db import Store
from avtoituba.store.models import Workshop

LABELS = {
    "et": {
        "title": "Grupid",
        "theme": "Teema",
        "question": "Küsimus",
        "presenter": "Esitaja",
        "no_presenter": "lepitakse kokku grupis",
        "no": "Nr",
        "name": "Nimi",
        "municipality": "Omavalitsus",
        "role": "Amet",
        "people": "{n} osalejat",
        "empty": "Grupis pole veel kedagi.",
        "municipalities": "Omavalitsused",
        "presentations": "Esitlused kell {time}.",
    },
    "en": {
        "title": "Groups",
        "theme": "Theme",
        "question": "Question",
        "presenter": "Presenter",
        "no_presenter": "to be agreed in the group",
        "no": "No.",
        "name": "Name",
        "municipality": "Municipality",
        "role": "Role",
        "people": "{n} participants",
        "empty": "Nobody is in this group yet.",
        "municipalities": "Municipalities",
        "presentations": "Presentations at {time}.",
    },
}

ACCENT = RGBColor(0x1F, 0x4E, 0x79)
MUTED = RGBColor(0x59, 0x59, 0x59)


def _labels(language: str) -> dict[str, str]:
    return LABELS.get(language, LABELS["et"])


def _date_text(workshop: Workshop) -> str:
    if workshop.date is None:
        return ""
    if workshop.language == "en":
        return workshop.date.strftime("%-d %B %Y") if os.name != "nt" else \
            workshop.date.strftime("%d %B %Y")
    return workshop.date.strftime("%d.%m.%Y")


def _shade(cell, hex_fill: str) -> None:  # noqa: ANN001
    props = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), hex_fill)
    props.append(shading)


def _repeat_header(row) -> None:  # noqa: ANN001
    props = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    props.append(flag)


def _group_page(doc, group: GroupView, labels: dict[str, str], header: str,  # noqa: ANN001
                question: str) -> None:
    if header:
        p = doc.add_paragraph()
        run = p.add_run(header)
        run.font.size = Pt(9)
        run.font.color.rgb = MUTED
    heading = doc.add_heading(clean_line(group.name), level=1)
    for run in heading.runs:
        run.font.color.rgb = ACCENT
    statement = doc.add_paragraph()
    run = statement.add_run(clean_text(group.statement))
    run.font.size = Pt(14)
    run.bold = True
    if question:
        q = doc.add_paragraph()
        r = q.add_run(f"{labels['question']}: ")
        r.bold = True
        q.add_run(clean_line(question))
    presenter = group.presenter
    p = doc.add_paragraph()
    r = p.add_run(f"{labels['presenter']}: ")
    r.bold = True
    if presenter:
        p.add_run(clean_line(presenter.name))
        if presenter.municipality:
            p.add_run(f" ({clean_line(presenter.municipality)})")
    else:
        p.add_run(labels["no_presenter"]).italic = True
    count = doc.add_paragraph()
    count_run = count.add_run(labels["people"].format(n=len(group.members)))
    count_run.font.color.rgb = MUTED
    if not group.members:
        doc.add_paragraph(labels["empty"])
        return
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Cm(1.2), Cm(5.8), Cm(4.6), Cm(5.4))
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for cell, text, width in zip(table.rows[0].cells,
                                 (labels["no"], labels["name"], labels["municipality"],
                                  labels["role"]), widths, strict=True):
        cell.width = width
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        _shade(cell, "D9E2F3")
    _repeat_header(table.rows[0])
    for i, member in enumerate(group.members, start=1):
        cells = table.add_row().cells
        values = (str(i), clean_line(member.name), clean_line(member.municipality),
                  clean_line(member.role))
        for cell, value, width in zip(cells, values, widths, strict=True):
            cell.width = width
            cell.text = value
        if member.presenter:
            for run in cells[1].paragraphs[0].runs:
                run.bold = True
    munis = sorted({m.municipality for m in group.members if m.municipality}, key=str.casefold)
    if munis:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        r = p.add_run(f"{labels['municipalities']} ({len(munis)}): ")
        r.bold = True
        p.add_run(", ".join(clean_line(m) for m in munis))


def build_group_lists(store: Store):  # noqa: ANN201 - a python-docx Document
    """The group-lists document of the open workshop (not yet saved)."""
    with store.session() as session:
        workshop = session.get(Workshop, store.workshop_id)
        assert workshop is not None
        language = workshop.language if workshop.language in LABELS else "et"
        header_parts = [clean_line(workshop.title), _date_text(workshop),
                        clean_line(workshop.venue)]
        question = workshop.group_question
    labels = _labels(language)
    header = " · ".join(p for p in header_parts if p)
    groups = list_groups(store)

    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin = section.bottom_margin = Cm(2)
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    doc.core_properties.title = f"{labels['title']} – {clean_line(header_parts[0])}"
    doc.core_properties.language = "et-EE" if language == "et" else "en-GB"
    for index, group in enumerate(groups):
        if index:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _group_page(doc, group, labels, header, question)
    if not groups:
        doc.add_paragraph(labels["empty"])
    return doc


def write_group_lists(store: Store, target: str | os.PathLike[str]) -> Path:
    """Save the group lists to ``target`` (.docx), atomically."""
    target = Path(target).expanduser()
    if target.suffix.lower() != ".docx":
        target = target.with_name(target.name + ".docx")
    target.parent.mkdir(parents=True, exist_ok=True)
    doc = build_group_lists(store)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".docx.tmp",
                                    dir=target.parent)
    os.close(fd)
    try:
        doc.save(tmp_name)
        with open(tmp_name, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp_name, target)
    finally:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)
    return target


def default_file_name(store: Store) -> str:
    with store.session() as session:
        workshop = session.get(Workshop, store.workshop_id)
        language = workshop.language if workshop else "et"
        date = workshop.date.isoformat() if workshop and workshop.date else ""
    base = "grupid" if language != "en" else "groups"
    return f"{base}-{date}.docx" if date else f"{base}.docx"
