"""The invisible identity of a homework pack document.

The workshop, the municipality (id and the name it had) and the kind of document are
custom document properties (docProps/custom.xml, File › Properties › Custom in Word,
File › Properties › Custom Properties in LibreOffice). Each activity row, each activity
table and each answer box carries a collapsed bookmark in its first cell; names start with
an underscore, so Word lists them only under "Hidden bookmarks". Both survive saving in
Word and in LibreOffice; a row whose bookmark was lost is matched by its content.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

PREFIX = "_avt_"
#: custom property names
P_KIND = "avtoituba.kind"
P_WORKSHOP = "avtoituba.workshop"
P_MUNICIPALITY = "avtoituba.municipality"
P_MUNICIPALITY_NAME = "avtoituba.municipality_name"
P_VERSION = "avtoituba.marks"
KIND_HOMEWORK = "homework"
VERSION = "1"

CUSTOM_CT = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
CUSTOM_RT = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
             "custom-properties")
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"


def workshop_identity(workshop_id: int, created_at: object) -> str:
    """A stable identity of a workshop file: its creation time and id, hashed. A copy or
    a backup of the file keeps it; another workshop never has it."""
    text = f"{created_at}|{workshop_id}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


@dataclass(frozen=True)
class Mark:
    """What one top-level table of the document is, in the order the tables come."""

    kind: str                      # "answer", "area", "new", "ogp" or "other"
    key: str = ""                  # answer: "homework", "a", "b"...
    group: int | None = None       # area table: the theme's group number
    area: int | None = None        # area table: the area's number
    activity_ids: tuple[int | None, ...] = ()   # area table: one per body row; ogp: its one

    def table_name(self) -> str:
        if self.kind == "answer":
            return f"{PREFIX}q_{self.key}"
        if self.kind == "area":
            return f"{PREFIX}t_g{_n(self.group)}_a{_n(self.area)}"
        if self.kind == "new":
            return f"{PREFIX}new"
        if self.kind == "ogp" and self.activity_ids and self.activity_ids[0] is not None:
            return f"{PREFIX}o{self.activity_ids[0]}"
        return ""


def _n(value: int | None) -> str:
    return "x" if value is None else str(value)


def row_name(activity_id: int) -> str:
    return f"{PREFIX}a{activity_id}"


def parse_table_name(name: str) -> Mark | None:
    """The mark a table bookmark stands for (None: not ours)."""
    if not name.startswith(PREFIX):
        return None
    rest = name[len(PREFIX):]
    if rest.startswith("q_") and len(rest) > 2:
        return Mark("answer", key=rest[2:])
    if rest == "new":
        return Mark("new")
    if rest.startswith("o") and rest[1:].isdigit():
        return Mark("ogp", activity_ids=(int(rest[1:]),))
    if rest.startswith("t_g") and "_a" in rest:
        group, _, area = rest[3:].partition("_a")
        try:
            return Mark("area", group=None if group == "x" else int(group),
                        area=None if area == "x" else int(area))
        except ValueError:
            return None
    return None


def parse_row_name(name: str) -> int | None:
    if name.startswith(f"{PREFIX}a") and name[len(PREFIX) + 1:].isdigit():
        return int(name[len(PREFIX) + 1:])
    return None


def _bookmark(element: object, name: str, number: int) -> None:
    """A collapsed bookmark at the start of the first paragraph of ``element`` (a w:tc)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    paragraph = element.find(qn("w:p"))  # type: ignore[attr-defined]
    if paragraph is None:
        paragraph = OxmlElement("w:p")
        element.append(paragraph)  # type: ignore[attr-defined]
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(number))
    ppr = paragraph.find(qn("w:pPr"))
    at = 1 if ppr is not None else 0
    paragraph.insert(at, end)
    paragraph.insert(at, start)


def apply_marks(doc: object, marks: Sequence[Mark], *, workshop: str, municipality_id: int,
                municipality_name: str) -> None:
    """Write the identity into a finished pack document: the custom properties, and a
    bookmark for each table in ``marks`` (given in the order the tables were written) and
    for each activity row. Tables are counted from the body's top level."""
    from docx.oxml.ns import qn

    body = doc.element.body  # type: ignore[attr-defined]
    tables = body.findall(qn("w:tbl"))
    if len(tables) != len(marks):   # the writer and the marks disagree: mark nothing
        raise ValueError(f"{len(tables)} tables, {len(marks)} marks")
    number = 9000
    for table, mark in zip(tables, marks, strict=True):
        name = mark.table_name()
        if not name:
            continue
        rows = table.findall(qn("w:tr"))
        if not rows:
            continue
        number += 1
        _bookmark(rows[0].find(qn("w:tc")), name, number)
        body_rows = rows[1:] if mark.kind in ("area", "new") else []
        for row, activity_id in zip(body_rows, mark.activity_ids, strict=False):
            if activity_id is None:
                continue
            number += 1
            _bookmark(row.find(qn("w:tc")), row_name(activity_id), number)
    set_custom_properties(doc, {
        P_KIND: KIND_HOMEWORK, P_VERSION: VERSION, P_WORKSHOP: workshop,
        P_MUNICIPALITY: str(municipality_id), P_MUNICIPALITY_NAME: municipality_name})


def custom_xml(values: dict[str, str]) -> bytes:
    props = "".join(
        f'<property fmtid="{_FMTID}" pid="{i}" name="{escape(k, {chr(34): "&quot;"})}">'
        f"<vt:lpwstr>{escape(v)}</vt:lpwstr></property>"
        for i, (k, v) in enumerate(values.items(), start=2))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
            'custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
            f'2006/docPropsVTypes">{props}</Properties>').encode()


def set_custom_properties(doc: object, values: dict[str, str]) -> None:
    """docProps/custom.xml with ``values`` as text properties (replacing an earlier one)."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    package = doc.part.package  # type: ignore[attr-defined]
    for rel in list(package.rels.values()):
        if rel.reltype == CUSTOM_RT:
            rel.target_part._blob = custom_xml(values)
            return
    part = Part(PackURI("/docProps/custom.xml"), CUSTOM_CT, custom_xml(values), package)
    package.relate_to(part, CUSTOM_RT)
